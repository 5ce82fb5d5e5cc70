"""The whole site: it builds strictly, shows real output, and every snippet is used."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from concurrency_live.running.runner import local_modules
from concurrency_live.words import t
from tests.conftest import PROJECT, SNIPPETS

DOCS = PROJECT / "docs"
# show("topic/name.py") or run("topic/name.py") in a page's markdown-exec blocks.
CALL = re.compile(r"""\b(?:show|run)\(\s*["']([\w/.-]+\.py)["']""")


def named_snippets() -> dict[str, list[Path]]:
    """Snippet path -> pages that name it, from every page and notebook under docs/."""
    names: dict[str, list[Path]] = {}
    for page in [*DOCS.rglob("*.md"), *DOCS.rglob("*.ipynb")]:
        for name in CALL.findall(page.read_text(encoding="utf-8")):
            names.setdefault(name, []).append(page)
    return names


def test_every_snippet_a_page_names_exists():
    missing = {n: p for n, p in named_snippets().items() if not (SNIPPETS / n).is_file()}
    assert not missing


def test_every_file_under_snippets_is_used_by_a_page():
    used: set[Path] = set()
    for name in named_snippets():
        used.update(local_modules(SNIPPETS / name, SNIPPETS))
    for notebook in DOCS.rglob("*.ipynb"):
        text = notebook.read_text(encoding="utf-8")
        for module in SNIPPETS.rglob("*.py"):
            if re.search(rf"\bimport {module.stem}\b|\bfrom {module.stem} import", text):
                used.update(local_modules(module, SNIPPETS))
    files = {p.resolve() for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts}
    unused = sorted(str(p.relative_to(PROJECT)) for p in files - used)
    assert not unused


def text_of(html_file: Path) -> str:
    html = html_file.read_text(encoding="utf-8")
    return re.sub(r"<[^>]+>", "", html).replace("&amp;", "&").replace("&quot;", '"')


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_the_overview_shows_the_seed_examples_real_output(built_site):
    text = text_of(built_site / "index.html")
    for closing in ("All threads are done!", "All processes are done!"):
        assert closing in text
    for line in [f"Number: {i}" for i in range(1, 6)] + [f"Letter: {c}" for c in "ABCDE"]:
        # Twice: once from the threads, once from the child processes.
        assert len(re.findall(rf"\] {line}\n", text)) == 2, line
    assert "against a floor of 7.50 s" in text
    # The site's two programs, the post's two, and the post's under spawn and forkserver.
    assert len(re.findall(r"Ran in \d+\.\d\d s · exit 0", text)) >= 6
    assert text.count("start method: spawn") == 1 and text.count("start method: forkserver") == 1
    assert "RuntimeError" in text and "bootstrapping phase" in text


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_the_about_page_carries_the_machine_fingerprint(built_site):
    text = text_of(built_site / "about" / "index.html")
    assert f"{sys.version_info.major}.{sys.version_info.minor}." in text
    assert "Usable cores" in text


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_the_benchmark_results_are_published_and_linked(built_site):
    for page in (
        built_site / "io-vs-cpu" / "index.html",
        built_site / "ko" / "io-vs-cpu" / "index.html",
    ):
        links = re.findall(r'href="([^"]+\.json)" download', page.read_text(encoding="utf-8"))
        assert links, page
        for link in links:
            target = (page.parent / link).resolve()
            assert target.is_file(), link
            assert json.loads(target.read_text())["results"]["kind"] in {"cpu", "io"}


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_the_site_ships_no_source_maps(built_site):
    assert list(built_site.rglob("*.map")) == []
    for asset in built_site.rglob("*.js"):
        assert b"sourceMappingURL" not in asset.read_bytes(), asset


@pytest.mark.slow
@pytest.mark.timeout(1500)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_search_index_holds_the_prose_and_nothing_else(built_site, lang):
    """Every page downloads its language's index: program text, run lines, chart labels and
    tables of figures stay out of it, while prose and hand-written tables stay in."""
    prefix = "" if lang == "en" else f"{lang}/"
    index = json.loads((built_site / prefix / "search" / "search_index.json").read_text("utf-8"))
    text = "\n".join(f"{doc['title']} {doc['text']}" for doc in index["docs"])
    # In: the first body row of the overview's hand-written table (its first two cells).
    page = DOCS / ("index.md" if lang == "en" else f"index.{lang}.md")
    rows = [line for line in page.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    first, second = [cell.strip() for cell in rows[2].strip("|").split("|")][:2]
    assert f"{first} {second}" in text
    # Out: what the programs say first (their docstrings), in pages and in the notebook.
    for snippet in SNIPPETS.rglob("*.py"):
        source = snippet.read_text(encoding="utf-8")
        if source.startswith('"""'):
            assert source.splitlines()[0].strip('"') not in text, snippet
    assert "from pathlib import Path" not in text
    # Out: the line under every run, the charts' data (their text says "workers → speedup"),
    # and tables of figures (three durations in a row).
    ran = t("meta", lang, elapsed=1.5, exit=0, machine="").split("1.50")[0]
    assert not re.search(re.escape(ran) + r"\d", text)
    assert "→" not in text
    assert not re.search(r"(\d+(\.\d+)? (s|ms|µs) ){3}", text)


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_pages_hold_back_nothing_from_the_first_paint(built_site):
    """Our CSS is inline (only Material's own files are linked), Material's script is
    deferred, and code carries no spans that change nothing on screen."""
    pages = sorted(built_site.rglob("index.html"))
    assert len(pages) > 20
    for page in pages:
        html = page.read_text(encoding="utf-8")
        sheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
        assert sheets and all("assets/stylesheets/" in sheet for sheet in sheets), page
        assert "svg.chart" in html and ".snippet-meta" in html, page
        scripts = re.findall(r"<script src=\"[^\"]*bundle\.[0-9a-f]+\.min\.js\"([^>]*)>", html)
        assert scripts == [" defer"], page
        assert '<span class="n">' not in html and '<span class="w">' not in html, page


CLAIM_BOX = re.compile(
    r'<div class="admonition [\w-]+ claim" data-claim="(\w+)" data-verdict="(\w+)"'
)


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_every_claim_has_one_verdict_on_every_page_and_in_both_languages(built_site):
    """A claim stated on several pages is decided once: the same verdict everywhere."""
    verdicts: dict[str, set[str]] = {}
    pages: dict[str, list[str]] = {}
    for page in sorted(built_site.rglob("index.html")):
        for claim, verdict in CLAIM_BOX.findall(page.read_text(encoding="utf-8")):
            verdicts.setdefault(claim, set()).add(verdict)
            pages.setdefault(claim, []).append(str(page.relative_to(built_site)))
    assert verdicts, "no claim box on any page"
    assert {claim: v for claim, v in verdicts.items() if len(v) > 1} == {}
    # Every claim is stated in both languages.
    for claim, where in pages.items():
        assert any(p.startswith("ko/") for p in where), claim
        assert any(not p.startswith("ko/") for p in where), claim


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_no_page_links_to_a_markdown_file(built_site):
    """Links in generated output ("measured here") point at pages, as MkDocs' own do."""
    broken = {}
    for page in sorted(built_site.rglob("*.html")):
        found = re.findall(r'href="([^":]+\.md(?:#[^"]*)?)"', page.read_text(encoding="utf-8"))
        if found:
            broken[str(page.relative_to(built_site))] = found
    assert broken == {}


PLUMBING = ("sys.path.insert", "import measure", "measure.emit(", "SNIPPET_RESULTS")


@pytest.mark.parametrize("name", sorted(named_snippets()))
def test_the_focused_view_leaves_the_plumbing_out(name):
    """What a page shows first is the part its text talks about, not the hand-over to the
    build; the whole program stays one click away."""
    from concurrency_live.rendering.programs import focus

    shown = focus((SNIPPETS / name).read_text(encoding="utf-8"))
    assert [p for p in PLUMBING if p in shown] == [], name
