"""The build hook's rewrites of what Material and mkdocs-jupyter produce, on their real markup."""

from __future__ import annotations

from pathlib import Path

import material
import pytest
from mkdocs.exceptions import PluginError

from snippet_runner.mkdocs_hook import code_buttons_in_a_div, notebook_heading_ids

SCRIPTS = Path(material.__file__).parent / "templates" / "assets" / "javascripts"
BUNDLES = sorted(SCRIPTS.glob("bundle.*.js"))


def test_code_block_buttons_are_no_navigation_landmark():
    """The installed Material's bundle: its one <nav> per code block becomes a <div>."""
    assert len(BUNDLES) == 1
    bundle = BUNDLES[0].read_bytes()
    patched = code_buttons_in_a_div(bundle)
    assert b'("nav",{class:"md-code__nav"})' in bundle
    assert b'("nav",{class:"md-code__nav"})' not in patched
    assert patched.count(b'("div",{class:"md-code__nav"})') == 1
    assert len(patched) == len(bundle)
    # Each language's build finishes the site again: a patched bundle stays as it is.
    assert code_buttons_in_a_div(patched) == patched


def test_a_bundle_that_builds_code_buttons_another_way_fails_the_build():
    with pytest.raises(PluginError, match="CODE_NAV"):
        code_buttons_in_a_div(b'h("nav",{className:"md-code__nav"})')


# What mkdocs-jupyter 0.26 writes for a markdown cell "# 직접 측정하기" and "## CPU-bound work".
KOREAN = '<h1 id="">직접 측정하기<a class="anchor-link" href="#">\xb6</a></h1>'
ENGLISH = (
    '<h2 id="cpu-bound-work">CPU-bound work'
    '<a class="anchor-link" href="#cpu-bound-work">\xb6</a></h2>'
)


def test_notebook_headings_take_the_ids_of_the_table_of_contents():
    html = f"<div>{KOREAN}<p>text</p>\n{ENGLISH}</div>"
    assert notebook_heading_ids(html, ["_1", "cpu-bound-work"]) == (
        '<div><h1 id="_1">직접 측정하기<a class="anchor-link" href="#_1">\xb6</a></h1><p>text</p>\n'
        f"{ENGLISH}</div>"
    )


def test_a_notebook_heading_the_rewrite_cannot_see_fails_the_build():
    with pytest.raises(PluginError, match="NOTEBOOK_HEADING"):
        notebook_heading_ids(f'{KOREAN}<h2 id="x">plain</h2>', ["_1", "x"])
