"""Every page's Content-Security-Policy (concurrency_live/site_hooks/csp.py): the hashes, the
policy's text, where it goes, the header tools/serve.py sends, and every page of the built
site. tests/test_markup.py checks it on Material's markup; tests/test_browser.py that a
browser meets no violation and blocks what the policy leaves out."""

from __future__ import annotations

import gzip
import re
import urllib.request

import pytest
from mkdocs.exceptions import PluginError

from concurrency_live.site_hooks import csp
from tools.serve import serving

HEAD = '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8">\n'


def page(head: str = "", body: str = "") -> str:
    return f"{HEAD}{head}\n  </head>\n  <body>{body}</body>\n</html>\n"


def test_a_hash_is_the_one_the_csp_specification_gives_for_its_example():
    # CSP Level 3, "Allowing inline scripts": alert('Hello, world.');
    assert csp.sha256("alert('Hello, world.');") == (
        "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
    )
    # The browser's parser makes CRLF and CR plain LF before it hashes.
    assert csp.sha256("a\r\nb\rc") == csp.sha256("a\nb\nc")


def test_scripts_that_run_are_named_data_blocks_and_files_are_not():
    found = csp.inline_of(
        page(
            head='<script>var a = "</div>";</script><script src="x.js"></script>',
            body=(
                '<script id="__config" type="application/json">{"base": "."}</script>'
                '<script type="module">import "./m.js"</script>'
                '<script type="text/template"><b>not run</b></script>'
                "<style>p { color: red }</style>"
            ),
        )
    )
    assert found.head_scripts == ['var a = "</div>";']
    assert found.body_scripts == ['import "./m.js"']
    assert found.styles == ["p { color: red }"]
    assert found.style_attributes == [] and found.blocked == []


def test_the_policy_names_each_hash_once_and_every_fixed_directive():
    own = csp.Inline(head_scripts=["a()"], body_scripts=["b()", "b()"], styles=["p{}"])
    brought = csp.Inline(body_scripts=["b()", "c()"], styles=["q{}"])
    text = csp.policy(own, brought)
    assert text == (
        "default-src 'self'; "
        f"script-src 'self' {csp.sha256('a()')} {csp.sha256('b()')} {csp.sha256('c()')}; "
        f"style-src 'self' {csp.sha256('p{}')} {csp.sha256('q{}')}; "
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
        "base-uri 'self'; form-action 'none'"
    )
    assert "unsafe" not in text


def test_a_style_attribute_is_allowed_by_its_hash_alone():
    found = csp.inline_of(page(body='<td style="text-align: right;">1</td>'))
    text = csp.policy(found)
    assert f"'unsafe-hashes' {csp.sha256('text-align: right;')}" in text
    assert "'unsafe-inline'" not in text


def test_what_no_hash_can_allow_fails_the_build(tmp_path):
    (tmp_path / "index.html").write_text(
        page(body='<button onclick="go()">x</button><a href="javascript:go()">y</a>'), "utf-8"
    )
    with pytest.raises(PluginError, match=r"onclick.*javascript:go\(\)"):
        csp.secure_site(tmp_path)


def test_the_policy_goes_first_after_the_charset_once_whatever_the_passes():
    original = page(head="<style>p{}</style><script>a()</script>")
    secured = csp.secure(original, "default-src 'self'")
    assert secured.startswith(
        HEAD + '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">'
        '\n<meta name="referrer" content="no-referrer">'
    )
    again = csp.secure(secured, "default-src 'none'")
    assert again.count("Content-Security-Policy") == 1
    assert csp.page_policy(again) == "default-src 'none'"
    assert csp.inline_of(again) == csp.inline_of(original)


def test_a_page_without_a_charset_first_in_its_head_fails_the_build():
    with pytest.raises(PluginError, match="HEAD_START"):
        csp.secure("<html><head><script>a()</script></head></html>", "default-src 'self'")


def test_each_page_allows_its_own_head_and_every_pages_body_and_styles(tmp_path):
    """Instant navigation runs another page's body scripts again and adds its styles in the
    page the reader opened; it never runs another page's head scripts."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "index.html").write_text(page("<script>root()</script>", "<script>t()</script>"))
    (tmp_path / "sub" / "index.html").write_text(
        page("<script>sub()</script><style>s{}</style>", "<script>nb()</script>")
    )
    assert csp.secure_site(tmp_path) == 2
    root = csp.page_policy((tmp_path / "index.html").read_text())
    sub = csp.page_policy((tmp_path / "sub" / "index.html").read_text())
    for hashed in ("t()", "nb()", "s{}"):
        assert csp.sha256(hashed) in root and csp.sha256(hashed) in sub
    assert csp.sha256("root()") in root and csp.sha256("root()") not in sub
    assert csp.sha256("sub()") in sub and csp.sha256("sub()") not in root


def test_the_local_server_sends_the_pages_policy_as_a_header_with_frame_ancestors(tmp_path):
    (tmp_path / "gil").mkdir()
    (tmp_path / "gil" / "index.html").write_text(
        csp.secure(page(head="<script>a()</script>"), csp.policy(csp.Inline(["a()"])))
    )
    (tmp_path / "x.js").write_text("a()")
    with serving(tmp_path, prefix="/site/") as url:
        for encoding in ("gzip", "identity"):
            request = urllib.request.Request(url + "gil/", headers={"Accept-Encoding": encoding})
            with urllib.request.urlopen(request) as response:
                body = response.read()
                header = response.headers["Content-Security-Policy"]
                referrer = response.headers["Referrer-Policy"]
                compressed = response.headers["Content-Encoding"] == "gzip"
            text = (gzip.decompress(body) if compressed else body).decode()
            assert compressed == (encoding == "gzip")
            assert header == csp.page_policy(text) + "; frame-ancestors 'none'"
            assert csp.sha256("a()") in header and referrer == "no-referrer"
        with urllib.request.urlopen(url + "x.js") as response:
            assert response.headers["Content-Security-Policy"] is None


FIRST_GOVERNED = re.compile(r"<(?:script|style|link)\b")


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_every_built_page_carries_its_policy_before_anything_it_governs(built_site):
    pages = sorted(built_site.rglob("*.html"))
    names = {p.relative_to(built_site).as_posix() for p in pages}
    assert {"404.html", "index.html", "ko/index.html"} <= names
    assert {"notebooks/measure-it-yourself/index.html"} <= names
    for path in pages:
        text = path.read_text(encoding="utf-8")
        meta = csp.POLICY_META.search(text)
        assert meta, path
        assert text.index('<meta charset="utf-8">') < meta.start(), path
        assert meta.end() < FIRST_GOVERNED.search(text).start(), path
        found = csp.inline_of(text)
        policy = meta["policy"]
        for inline in [*found.head_scripts, *found.body_scripts, *found.styles]:
            assert csp.sha256(inline) in policy, path
        # No page needs a style attribute (see csp.py): keep it so.
        assert found.style_attributes == [] and "'unsafe-hashes'" not in policy, path
        assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy, path
