"""The build hook's rewrites of what Material and mkdocs-jupyter produce, on their real markup."""

from __future__ import annotations

from pathlib import Path

import material
import pytest
from mkdocs.exceptions import PluginError

from snippet_runner.mkdocs_hook import code_buttons_in_a_div

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
