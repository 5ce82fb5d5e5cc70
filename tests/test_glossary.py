"""The glossary (docs/glossary.md and its Korean twin) and the tooltips it lends to every other
page (concurrency_live/site_hooks/tooltips.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import markdown
import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from concurrency_live.site_hooks import tooltips
from tests.conftest import PROJECT

DOCS = PROJECT / "docs"
LANGUAGES = ("en", "ko")

# The terms issue 13 asks for, by their ids (the same in both languages), in the page's order.
REQUIRED = [
    "process",
    "thread",
    "gil",
    "bytecode",
    "switch-interval",
    "ipc",
    "pickling",
    "start-method",
    "coroutine",
    "event-loop",
    "free-threaded-build",
    "subinterpreter",
    "race-condition",
    "lock",
    "cpu-bound",
    "io-bound",
]
# Where a definition comes from Python's documentation, the page cites it.
SOURCES = {
    "gil": "https://docs.python.org/3/glossary.html#term-global-interpreter-lock",
    "bytecode": "https://docs.python.org/3/glossary.html#term-bytecode",
    "coroutine": "https://docs.python.org/3/glossary.html#term-coroutine",
    "free-threaded-build": "https://peps.python.org/pep-0703/",
    "subinterpreter": "https://peps.python.org/pep-0734/",
}

HEADING = re.compile(r"^##\s+(?P<title>.*?)\s*\{\s*#(?P<anchor>[\w-]+)\s*\}\s*$", re.M)
INLINE_LINK = re.compile(r"\]\((?P<url>[^)\s]+)\)")
REFERENCE_LINK = re.compile(r"\]\[(?P<ref>[^\]]+)\]")
REFERENCE = re.compile(r"^\[(?P<ref>[^\]]+)\]:\s*(?P<url>\S+)", re.M)


def glossary(lang: str) -> str:
    return tooltips.glossary_page(DOCS, lang).read_text(encoding="utf-8")


def sections(text: str) -> dict[str, str]:
    """Each entry's id -> its whole text, up to the next heading or the reference list."""
    body = REFERENCE.split(text)[0] if REFERENCE.search(text) else text
    heads = list(HEADING.finditer(body))
    ends = [h.start() for h in heads[1:]] + [len(body)]
    return {h["anchor"]: body[h.end() : end] for h, end in zip(heads, ends, strict=True)}


def urls(section: str, text: str) -> list[str]:
    references = {m["ref"].lower(): m["url"] for m in REFERENCE.finditer(text)}
    found = [m["url"] for m in INLINE_LINK.finditer(section)]
    found += [references[m["ref"].lower()] for m in REFERENCE_LINK.finditer(section)]
    return found


def site_links(section: str, text: str) -> list[str]:
    """Links to the site's pages (``gil.md#x``), not within the glossary or to other hosts."""
    return [u for u in urls(section, text) if re.match(r"[\w-]+\.md(#[\w-]+)?$", u)]


# --- The entries ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_glossary_has_every_required_term_in_order(lang):
    assert list(sections(glossary(lang))) == REQUIRED


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_links_to_a_page_of_the_site_that_exists(lang):
    text = glossary(lang)
    for anchor, section in sections(text).items():
        links = site_links(section, text)
        assert links, f"{lang}: {anchor} links to no page of the site"
        for link in links:
            page, _, fragment = link.partition("#")
            assert (DOCS / page).is_file(), (anchor, link)
            if fragment:
                # The Korean twins write their ids out ({ #id }), the same as the English
                # headings' (the strict build checks the English ones).
                twin = (DOCS / page).with_suffix(".ko.md").read_text(encoding="utf-8")
                assert f"{{ #{fragment} }}" in twin, (anchor, link)


def test_both_languages_link_each_entry_to_the_same_pages():
    en, ko = glossary("en"), glossary("ko")
    for (anchor, english), korean in zip(sections(en).items(), sections(ko).values(), strict=True):
        assert site_links(english, en) == site_links(korean, ko), anchor


def test_the_pages_written_alongside_are_linked_without_anchors():
    """asyncio.md, thread-safety.md and scaling.md were written at the same time as the
    glossary: their headings were not known, so links go to the page."""
    for lang in LANGUAGES:
        text = glossary(lang)
        links = [link for s in sections(text).values() for link in site_links(s, text)]
        for page in ("asyncio.md", "thread-safety.md", "scaling.md"):
            assert page in links, (lang, page)
            assert not [link for link in links if link.startswith(f"{page}#")], (lang, page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_definitions_taken_from_pythons_documentation_cite_it(lang):
    text = glossary(lang)
    found = sections(text)
    for anchor, url in SOURCES.items():
        assert url in urls(found[anchor], text), (lang, anchor)


def test_every_entry_is_one_or_two_sentences_and_a_line_of_links():
    """A definition, not an article: the first paragraph holds a sentence or two."""
    for lang in LANGUAGES:
        for anchor, section in sections(glossary(lang)).items():
            paragraphs = [p for p in section.strip().split("\n\n") if p.strip()]
            assert len(paragraphs) == 2, (lang, anchor)
            sentences = re.findall(r"[.!?](?:\s|$)", tooltips.plain(paragraphs[0]))
            assert 1 <= len(sentences) <= 3, (lang, anchor, sentences)
            assert paragraphs[1].startswith(("On this site:", "이 사이트에서:")), (lang, anchor)


def test_the_glossary_is_in_the_navigation_before_about():
    config = load_config(str(PROJECT / "mkdocs.yml"))
    flat = [next(iter(item.values())) for item in config["nav"]]
    assert flat.index("glossary.md") == flat.index("about.md") - 1


# --- The tooltips -----------------------------------------------------------------------------


def test_every_tooltip_is_a_glossary_entry_of_both_languages():
    for tooltip in tooltips.TOOLTIPS:
        assert tooltip.anchor in REQUIRED
        assert set(tooltip.words) == set(LANGUAGES), tooltip.anchor
        for page in tooltip.home:
            assert (DOCS / page).is_file(), page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_tooltip_is_the_first_sentence_of_its_entry_as_plain_text(lang):
    found = tooltips.entries(glossary(lang))
    for tooltip in tooltips.TOOLTIPS:
        title = tooltips.first_sentence(found[tooltip.anchor])
        assert title.endswith(".") and 40 <= len(title) <= 250, title
        assert not re.search(r"[`*\[\]]", title), title
        assert title in tooltips.definitions(glossary(lang), lang, "threads.md")


def test_the_english_and_korean_gil_tooltips_say_the_same_in_their_language():
    en = tooltips.first_sentence(tooltips.entries(glossary("en"))["gil"])
    ko = tooltips.first_sentence(tooltips.entries(glossary("ko"))["gil"])
    assert en.startswith("The global interpreter lock:")
    assert ko.startswith("전역 인터프리터 락(global interpreter lock):")


def test_plain_text_keeps_what_links_code_and_emphasis_hold():
    assert tooltips.plain("A *build* [PEP 703][pep703] `python3.14t`, `__main__`.") == (
        "A build PEP 703 python3.14t, __main__."
    )
    assert tooltips.plain("See [the GIL](gil.md#x) and `a*b`.") == "See the GIL and a*b."
    assert tooltips.first_sentence("It runs `python3.13t`. Then more.") == "It runs python3.13t."


def test_pages_get_their_languages_definitions_but_the_glossary_and_notebooks_none():
    page = "A thread holds the GIL.\n"
    english = tooltips.for_page(page, "threads.md", DOCS, "en")
    korean = tooltips.for_page(page, "threads.ko.md", DOCS, "ko")
    assert english.startswith(page) and "\n*[GIL]: The global interpreter lock:" in english
    assert "\n*[GIL]: 전역 인터프리터 락" in korean
    assert "*[프리스레딩]: " in korean and "*[프리스레딩]" not in english
    for glossary_page in ("glossary.md", "glossary.ko.md"):
        assert tooltips.for_page(page, glossary_page, DOCS, "en") == page
    assert tooltips.for_page(page, "notebooks/nb.ipynb", DOCS, "en") == page
    # A site without a glossary (the tests' small sites) is left as it is.
    assert tooltips.for_page(page, "threads.md", Path("/nonexistent"), "en") == page


def test_a_term_has_no_tooltip_on_the_page_that_explains_it():
    on_gil = tooltips.for_page("x\n", "gil.ko.md", DOCS, "ko")
    assert "*[GIL]" not in on_gil and "*[IPC]" in on_gil
    assert "*[free-threaded]" not in tooltips.for_page("x\n", "scaling.md", DOCS, "en")


def test_a_tooltip_without_its_glossary_entry_fails_the_build():
    with pytest.raises(PluginError, match="#gil"):
        tooltips.definitions("# Glossary\n\n## Thread { #thread }\n\nA thread.\n", "en")


def site_markdown() -> markdown.Markdown:
    """Markdown as the site configures it, with the tooltips the hook adds (by name)."""
    config = load_config(str(PROJECT / "mkdocs.yml"))
    names = [e for e in config["markdown_extensions"] if e != "pymdownx.snippets"]
    configs = {k: v for k, v in config["mdx_configs"].items() if k in names}
    return markdown.Markdown(
        extensions=[*names, "concurrency_live.site_hooks.tooltips"], extension_configs=configs
    )


SAMPLE = """\
# Why the GIL

The GIL은 locks; GIL을 내려놓고, PYTHON_GIL, GILs and `GIL` stay; [the GIL](gil.md) links.
A free-threaded build, 프리스레딩 빌드, IPC.

!!! note "GIL"
    Inside an admonition, the GIL.

| Model | Lock |
|---|---|
| threads | GIL |

```python
GIL = "held"  # GIL
```

*[GIL]: The lock.
*[IPC]: Between processes.
*[free-threaded]: Without the lock.
*[프리스레딩]: 락 없이.
"""


def test_every_occurrence_in_prose_and_tables_gets_its_abbr_and_nothing_else_does():
    html = site_markdown().convert(SAMPLE)
    abbrs = re.findall(r'<abbr title="([^"]*)">([^<]*)</abbr>', html)
    assert abbrs == [
        ("The lock.", "GIL"),  # "The GIL은"
        ("The lock.", "GIL"),  # "GIL을"
        ("Without the lock.", "free-threaded"),
        ("락 없이.", "프리스레딩"),
        ("Between processes.", "IPC"),
        ("The lock.", "GIL"),  # in the admonition's text
        ("The lock.", "GIL"),  # in the table
    ]
    heading = re.search(r"<h1[^>]*>.*?</h1>", html, re.S)[0]
    code = re.search(r"<pre.*?</pre>", html, re.S)[0]
    title = re.search(r'<p class="admonition-title">.*?</p>', html)[0]
    link = re.search(r'<a href="gil.md">.*?</a>', html)[0]
    assert "<abbr" not in heading + code + title + link
    assert 'id="why-the-gil"' in heading
    assert "PYTHON_GIL, GILs and <code>GIL</code>" in html
    assert "*[" not in html  # the definitions leave no text behind


def test_a_page_without_definitions_is_unchanged():
    md = site_markdown()
    text = "The GIL.\n"
    assert md.convert(text) == markdown.Markdown().convert(text)


# --- The built site ---------------------------------------------------------------------------

ABBR = re.compile(r'<abbr title="([^"]*)">([^<]*)</abbr>')
ARTICLE = re.compile(r"<article.*?</article>", re.S)


@pytest.mark.slow
@pytest.mark.timeout(1500)
@pytest.mark.parametrize(("lang", "prefix"), [("en", ""), ("ko", "ko/")])
def test_a_page_explains_the_gil_in_its_own_language(built_site, lang, prefix):
    html = (built_site / prefix / "bytecode" / "index.html").read_text(encoding="utf-8")
    title = tooltips.first_sentence(tooltips.entries(glossary(lang))["gil"])
    article = ARTICLE.search(html)[0]
    found = ABBR.findall(article)
    assert found and all(t == title.replace("&", "&amp;") for t, word in found if word == "GIL")
    for part in re.findall(r"<pre.*?</pre>|<h[1-6].*?</h[1-6]>|<code.*?</code>", article, re.S):
        assert "<abbr" not in part
    # What a program printed and what a renderer wrote stay as they were.
    for section in re.findall(r'<section class="generated".*?</section>', article, re.S):
        assert "<abbr" not in section
    assert "<abbr" not in html.split("<article", 1)[0]  # the navigation and the page's contents
    assert '"content.tooltips"' in html  # Material mounts its tooltips on abbr[title]


@pytest.mark.slow
@pytest.mark.timeout(1500)
@pytest.mark.parametrize("prefix", ["", "ko/"])
def test_the_glossary_page_links_instead(built_site, prefix):
    html = (built_site / prefix / "glossary" / "index.html").read_text(encoding="utf-8")
    assert "<abbr" not in html
    for anchor in REQUIRED:
        assert f'id="{anchor}"' in html
    assert 'href="#gil"' in html


@pytest.mark.slow
@pytest.mark.timeout(1500)
@pytest.mark.parametrize("prefix", ["", "ko/"])
def test_the_search_index_holds_no_definitions(built_site, prefix):
    index = json.loads((built_site / prefix / "search" / "search_index.json").read_text("utf-8"))
    text = " ".join(doc["text"] + doc["title"] for doc in index["docs"])
    assert "*[GIL]" not in text and "abbr" not in text
    assert any(doc["location"].startswith("glossary/") for doc in index["docs"])
