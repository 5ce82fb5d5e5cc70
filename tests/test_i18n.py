"""The Korean edition: a twin for every page, translated words, and the same live numbers."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from mkdocs.config import load_config

from concurrency_live.words import CATALOGUE
from tests.conftest import PROJECT

DOCS = PROJECT / "docs"
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def english_pages() -> list[Path]:
    pages = [*DOCS.rglob("*.md"), *DOCS.rglob("*.ipynb")]
    return sorted(p for p in pages if ".ko." not in p.name)


def korean_twin(page: Path) -> Path:
    return page.with_name(f"{page.stem}.ko{page.suffix}")


def test_every_english_page_has_a_korean_twin():
    assert [p for p in english_pages() if not korean_twin(p).exists()] == []


def test_every_korean_page_has_an_english_original():
    korean = [*DOCS.rglob("*.ko.md"), *DOCS.rglob("*.ko.ipynb")]
    originals = [k.with_name(k.name.replace(".ko.", ".")) for k in korean]
    assert [o for o in originals if not o.exists()] == []


# A markdown-exec block, indented or not; its closing fence has the same indent.
EXEC_BLOCK = re.compile(r'^( *)```python exec="on"\n(.*?)\n\1```', re.S | re.M)


def test_every_korean_page_calls_the_same_snippets_in_korean():
    for page in english_pages():
        if page.suffix != ".md":
            continue
        blocks = [b for _, b in EXEC_BLOCK.findall(page.read_text())]
        ko_blocks = [b for _, b in EXEC_BLOCK.findall(korean_twin(page).read_text())]
        assert [re.sub(r'(, )?lang="ko"', "", b) for b in ko_blocks] == blocks, page.name
        assert all('lang="ko"' in b for b in ko_blocks if "print(" in b), page.name


def placeholders(text: str) -> list[tuple[str, str]]:
    return sorted((f, spec) for _, f, spec, _ in string.Formatter().parse(text) if f is not None)


def test_every_message_has_a_korean_translation_with_the_same_placeholders():
    english, korean = CATALOGUE["en"], CATALOGUE["ko"]
    assert sorted(set(english) - set(korean)) == []
    assert sorted(set(korean) - set(english)) == []
    for key, text in english.items():
        assert placeholders(korean[key]) == placeholders(text), key


def test_every_nav_title_is_translated():
    config = load_config(str(PROJECT / "mkdocs.yml"))
    titles: list[str] = []

    def walk(items):
        for item in items:
            for title, value in item.items():
                titles.append(title)
                if isinstance(value, list):
                    walk(value)

    walk(config["nav"])
    ko = next(lang for lang in config.plugins["i18n"].config.languages if lang.locale == "ko")
    assert [t for t in titles if t not in ko.nav_translations] == []


def html_pages(site: Path) -> list[tuple[Path, Path]]:
    """(English page, Korean page) pairs of the built site."""
    pairs = []
    for english in site.rglob("index.html"):
        rel = english.relative_to(site)
        if rel.parts[0] in {"ko", "search", "assets"} or rel == Path("404.html"):
            continue
        pairs.append((english, site / "ko" / rel))
    return sorted(pairs)


ARTICLE = re.compile(r"<article.*?</article>", re.S)


def measured_numbers(html: str) -> list[str]:
    """Every number in the executed outputs, tables and charts of a page's article."""
    article = ARTICLE.search(html).group(0)
    parts = re.findall(r"<pre.*?</pre>|<table.*?</table>|<svg.*?</svg>", article, re.S)
    text = re.sub(r"<[^>]+>", " ", " ".join(parts))
    # Ignore code line numbers, anchors and ids: numbers from the runs have a decimal point.
    return sorted(re.findall(r"\d+\.\d+", text))


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_both_editions_show_identical_figures(built_site):
    pairs = html_pages(built_site)
    assert len(pairs) >= 10
    for english, korean in pairs:
        assert korean.exists(), korean
        en_numbers = measured_numbers(english.read_text(encoding="utf-8"))
        ko_numbers = measured_numbers(korean.read_text(encoding="utf-8"))
        assert en_numbers == ko_numbers, english.relative_to(built_site)


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_korean_pages_are_korean(built_site):
    for _, korean in html_pages(built_site):
        html = korean.read_text(encoding="utf-8")
        assert '<html lang="ko"' in html, korean
        article = ARTICLE.search(html).group(0)
        article = re.sub(r"<pre.*?</pre>|<code.*?</code>|<svg.*?</svg>", "", article, flags=re.S)
        # Prose only: tables may quote what a program printed, which stays English.
        article = re.sub(r"<table.*?</table>", "", article, flags=re.S)
        blocks = re.findall(r"<(?:p|li|h[1-6])\b.*?</(?:p|li|h[1-6])>", article, re.S)
        paragraphs = [re.sub(r"<[^>]+>", "", b).strip() for b in blocks]
        prose = [p for p in paragraphs if len(re.findall(r"[A-Za-z]{3,}", p)) >= 6]
        english_only = [p[:80] for p in prose if not HANGUL.search(p)]
        assert english_only == [], korean.relative_to(built_site)
