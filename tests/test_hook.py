"""The build hook's rewrites of pages, on the exact markup they expect."""

from __future__ import annotations

import types

import pytest

from snippet_runner import mkdocs_hook as hook


def page(src_uri: str, url: str):
    return types.SimpleNamespace(file=types.SimpleNamespace(src_uri=src_uri), url=url)


def config(language: str):
    i18n = types.SimpleNamespace(current_language=language, default_language="en")
    return types.SimpleNamespace(plugins={"i18n": i18n})


@pytest.mark.parametrize(
    ("src", "url", "language", "href", "address"),
    [
        ("ipc.md", "ipc/", "en", "gil.md#convoy", "../gil/#convoy"),
        ("ipc.ko.md", "ko/ipc/", "ko", "gil.md#convoy", "../gil/#convoy"),
        ("index.md", "", "en", "gil.md", "gil/"),
        ("index.ko.md", "ko/", "ko", "ipc.md#y", "ipc/#y"),
        ("ipc.md", "ipc/", "en", "ipc.md#z", "./#z"),
        ("gil.md", "gil/", "en", "index.md#threads-or-processes", "../#threads-or-processes"),
        ("notebooks/nb.ipynb", "notebooks/nb/", "en", "../io-vs-cpu.md", "../../io-vs-cpu/"),
    ],
)
def test_a_link_to_a_page_in_generated_output_becomes_its_address(
    src, url, language, href, address
):
    html = f'<li>figure (<a href="{href}">measured here</a>)</li>'
    out = hook.MD_LINK.sub(
        lambda m: f'href="{hook._page_address(m, page(src, url), config(language))}"', html
    )
    assert out == f'<li>figure (<a href="{address}">measured here</a>)</li>'


@pytest.mark.parametrize(
    "href", ["https://docs.python.org/3/library/dis.md", "#anchor", "/abs.md", "mailto:x.md"]
)
def test_other_links_are_left_alone(href):
    assert not hook.MD_LINK.search(f'<a href="{href}">x</a>')


def test_generated_blocks_stay_out_of_search_but_shown_programs_keep_their_own_mark():
    markdown = (
        "Prose.\n\n"
        '```python exec="on"\nfrom snippet_runner import gil; print(gil.table())\n```\n\n'
        '```python exec="on"\nfrom snippet_runner import show; print(show("x/y.py"))\n```\n'
    )
    out = hook.on_page_markdown(markdown, None, None, None)
    assert out.count('<section class="generated" data-search-exclude="" markdown>') == 1
    wrapped = out.split('<section class="generated"')[1].split("</section>")[0]
    assert "gil.table()" in wrapped and "show(" not in wrapped
    assert out.startswith("Prose.")
