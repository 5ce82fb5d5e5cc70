"""The build hook's rewrites of generated pages, and of what Material and mkdocs-jupyter
produce, each on the exact markup it expects."""

from __future__ import annotations

from pathlib import Path

import material
import pytest
from mkdocs.exceptions import PluginError

from concurrency_live.site_hooks import html
from concurrency_live.site_hooks.html import code_buttons_in_a_div, notebook_heading_ids

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
    item = f'<li>figure (<a href="{href}">measured here</a>)</li>'
    out = html.page_links(item, src, url, None if language == "en" else language)
    assert out == f'<li>figure (<a href="{address}">measured here</a>)</li>'


@pytest.mark.parametrize(
    "href", ["https://docs.python.org/3/library/dis.md", "#anchor", "/abs.md", "mailto:x.md"]
)
def test_other_links_are_left_alone(href):
    assert not html.MD_LINK.search(f'<a href="{href}">x</a>')


def test_generated_blocks_stay_out_of_search_but_shown_programs_keep_their_own_mark():
    markdown = (
        "Prose.\n\n"
        '```python exec="on"\nfrom concurrency_live import pages; print(pages.gil.table())\n```\n\n'
        '```python exec="on"\nfrom concurrency_live import show; print(show("x/y.py"))\n```\n'
    )
    out = html.unsearched_blocks(markdown)
    assert out.count('<section class="generated" data-search-exclude="" markdown>') == 1
    wrapped = out.split('<section class="generated"')[1].split("</section>")[0]
    assert "gil.table()" in wrapped and "show(" not in wrapped
    assert out.startswith("Prose.")


def test_every_table_takes_the_focus_and_tables_of_figures_stay_unsearched():
    figures = (
        "<table><tr><th>Threads</th><th>Time</th></tr><tr><td>2</td><td>1 ms</td></tr></table>"
    )
    words = (
        "<table><tr><th>Aspect</th><th>Threads</th></tr>"
        "<tr><td>Memory</td><td>one</td></tr></table>"
    )
    out = html.tables(figures + words)
    assert out.count('<table tabindex="0"') == 2
    assert out.count('data-search-exclude=""') == 1
    assert '<table tabindex="0" data-search-exclude=""><tr><th>Threads' in out


def test_a_template_compiles_once_per_process_and_again_when_it_changes(tmp_path, monkeypatch):
    """Each build (each rebuild of `mkdocs serve`, each language) makes a new Jinja
    environment; the hook gives it the compilations of earlier builds."""
    import jinja2

    from concurrency_live.site_hooks import template_cache

    monkeypatch.setattr(template_cache, "CACHE", template_cache.InMemory())
    compiled = []
    real = jinja2.Environment.compile
    monkeypatch.setattr(
        jinja2.Environment, "compile", lambda env, *a, **k: compiled.append(a) or real(env, *a, **k)
    )
    (tmp_path / "page.html").write_text("{% for x in xs %}{{ x }}{% endfor %}")

    def render(*extensions: str) -> str:
        loader = jinja2.FileSystemLoader(tmp_path)
        env = template_cache.use(jinja2.Environment(loader=loader, extensions=extensions))
        return env.get_template("page.html").render(xs=[1, 2])

    assert render() == "12"
    assert render() == "12"
    assert len(compiled) == 1  # the second build took the first one's compilation
    (tmp_path / "page.html").write_text("{% for x in xs %}<{{ x }}>{% endfor %}")
    assert render() == "<1><2>"
    assert len(compiled) == 2  # an edited template compiles again
    assert render("jinja2.ext.loopcontrols") == "<1><2>"
    assert len(compiled) == 3  # so does one in an environment that compiles otherwise


def test_highlighted_code_is_remembered_and_the_same_as_pygments_makes_it(monkeypatch):
    """pymdownx.highlight calls Pygments through the name the hook wraps (an upgrade that
    stops doing so fails here), and a remembered result is what Pygments returns."""
    import markdown
    import pygments
    import pymdownx.highlight

    from concurrency_live.site_hooks import highlight_cache

    highlight_cache.install()
    results = pymdownx.highlight.highlight.results

    def convert(text: str) -> str:
        extensions = ["pymdownx.highlight", "pymdownx.superfences"]
        return markdown.Markdown(extensions=extensions).convert(text)

    block = "```python\nprint('remembered')\n```"
    titled = "```python title=\"x.py\"\nprint('remembered')\n```"
    first = convert(block)
    kept = {key for key in results if key[0].startswith("print('remembered')")}
    assert len(kept) == 1
    assert convert(block) == first
    (key,) = kept
    html = results[key]
    results[key] = html.replace("remembered", "taken from the cache")
    assert "taken from the cache" in convert(block)
    results[key] = html
    with_title = convert(titled)
    assert with_title != first  # the formatter's options are part of the key
    assert len({key for key in results if key[0].startswith("print('remembered')")}) == 2
    with monkeypatch.context() as patch:
        patch.setattr(pymdownx.highlight, "highlight", pygments.highlight)
        assert convert(block) == first
        assert convert(titled) == with_title


@pytest.mark.parametrize(("command", "secured"), [("build", True), ("serve", False)])
def test_a_built_site_gets_its_policy_and_mkdocs_serve_does_not(
    tmp_path, monkeypatch, command, secured
):
    """`mkdocs serve` adds an inline live-reload script that changes on each request: no hash
    can allow it, so its pages go without the policy (see CONTRIBUTING.md)."""
    from concurrency_live.site_hooks import csp, hooks

    page = '<html><head><meta charset="utf-8"><script>a()</script></head><body></body></html>'
    (tmp_path / "index.html").write_text(page)
    monkeypatch.setattr(hooks, "command", None)
    hooks.on_startup(command=command, dirty=False)
    hooks._secure(tmp_path)
    policy = csp.page_policy((tmp_path / "index.html").read_text())
    assert (policy is not None) == secured
    if secured:
        assert csp.sha256("a()") in policy
