"""Canaries for the hook's rewrites: each pattern of concurrency_live/site_hooks/html.py finds
its target in what the installed Material, markdown-exec, Pygments and mkdocs-jupyter really
produce. A small site is built with those plugins and without our hook;
when an upgrade changes the markup a pattern expects, its test here fails by name, instead of
the site silently losing the rewrite.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from concurrency_live.site_hooks import csp, html

pytestmark = pytest.mark.timeout(300)

MKDOCS_YML = """\
site_name: markup canary
site_url: https://example.org/canary/
theme:
  name: material
  features: [content.code.copy]
markdown_extensions:
  - tables
  - md_in_html
  - pymdownx.highlight
  - pymdownx.superfences
  - toc:
      permalink: true
plugins:
  - markdown-exec:
      languages: [python]
  - mkdocs-jupyter:
      include: ["*.ipynb"]
      execute: false
"""

PAGE = """\
# Page

| Threads | Time |
|---|---|
| 2 | 1 ms |

```python
total = sum(range(10))
print(total)
```

```python exec="on"
print("[measured here](page.md#page)")
```

```{ .text .program-output title="Output" }
a < b
```

```{ .python .program-whole }
x = 1
```
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """A site built by the installed plugins alone (no hook): the markup the patterns meet."""
    root = tmp_path_factory.mktemp("canary")
    (root / "docs").mkdir()
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (root / "docs" / "page.md").write_text(PAGE, encoding="utf-8")
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# 직접 측정하기"),
        nbformat.v4.new_code_cell("print(max([1, 2.5]))", execution_count=1),
    ]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nbformat.write(notebook, root / "docs" / "nb.ipynb")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return root / "site"


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_materials_config_block_carries_the_base_a_translation_moves(site):
    page = read(site, "page/index.html")
    assert html.CONFIG_BASE.search(page)
    assert '"base": "../ko/"' in html.translated_config(page, "ko")


def test_pygments_wraps_names_in_spans_that_change_nothing_on_screen(site):
    page = read(site, "page/index.html")
    assert html.PLAIN_TOKEN.search(page)
    assert '<span class="n">total</span>' not in html.PLAIN_TOKEN.sub(r"\1", page)


def test_pymdownx_writes_the_blocks_the_rewrite_makes_plain(site):
    """rendering/programs.py marks outputs and whole programs; PLAIN_BLOCK finds them as
    pymdownx.highlight writes them and takes their <code> from Material's script."""
    page = read(site, "page/index.html")
    assert [m["kind"] for m in html.PLAIN_BLOCK.finditer(page)] == [
        "program-output",
        "program-whole",
    ]
    rewritten = html.plain_blocks(page)
    assert '<span class="filename">Output</span><pre><samp tabindex="0">a &lt; b' in rewritten
    assert '<pre><span class="program-text" tabindex="0">' in rewritten
    assert rewritten.count("<code") == page.count("<code") - 2


def test_python_markdown_writes_the_heading_links_whose_title_becomes_a_name(site):
    page = read(site, "page/index.html")
    assert len(html.HEADERLINK.findall(page)) == 1
    rewritten = html.headerlinks(page, "Link to this section")
    assert 'class="headerlink" href="#page" aria-label="Link to this section">' in rewritten
    assert 'title="Permanent link"' not in rewritten


def test_python_markdown_writes_tables_the_rewrite_can_mark(site):
    page = read(site, "page/index.html")
    assert html.TABLE.search(page) and html.CELL.search(page)
    assert '<table tabindex="0" data-search-exclude="">' in html.tables(page)


def test_markdown_exec_leaves_markdown_links_for_the_hook_to_resolve(site):
    page = read(site, "page/index.html")
    assert html.MD_LINK.search(page), "markdown-exec output no longer keeps page.md links"
    assert 'href="./#page"' in html.page_links(page, "page.md", "page/", None)


def test_mkdocs_jupyter_markup_the_notebook_rewrites_expect(site):
    page = read(site, "nb/index.html")
    assert html.NOTEBOOK_CODE.search(page)
    assert html.NOTEBOOK_HEADING.search(page)
    assert html.NOTEBOOK_COPIES.search(page)
    assert len(html.NOTEBOOK_BAGGAGE.findall(page)) >= 2  # the JupyterLab theme, code colours
    rewritten = html.notebook_content(page, ["_1"])
    assert '<h1 id="_1">' in rewritten and '<div class="clipboard-copy-txt"' not in rewritten


def test_materials_assets_end_with_source_map_comments(site):
    assets = [*(site / "assets").rglob("*.js"), *(site / "assets").rglob("*.css")]
    assert any(html.SOURCE_MAP_COMMENT.search(a.read_bytes()) for a in assets)
    bundle = next((site / "assets" / "javascripts").glob("bundle.*.js")).read_bytes()
    assert html.CODE_NAV.search(bundle)


FIRST_GOVERNED = re.compile(r"<(?:script|style|link)\b")


@pytest.mark.parametrize("path", ["page/index.html", "nb/index.html", "404.html"])
def test_materials_head_takes_the_policy_before_anything_it_governs(site, path):
    """Material's pages (and mkdocs-jupyter's, and the 404 page) start their head with
    <meta charset>: the policy goes right after it, before the first script, style or link,
    and names every inline script but the JSON config block."""
    page = read(site, path)
    assert csp.HEAD_START.search(page)
    found = csp.inline_of(page)
    # Material's base script (head), its palette script and its anchor script (body).
    assert len(found.head_scripts) == 1 and "__md_scope" in found.head_scripts[0]
    assert any("__palette" in s for s in found.body_scripts)
    assert not [s for s in found.head_scripts + found.body_scripts if '"base":' in s]
    secured = csp.secure(page, csp.policy(found), path)
    meta = csp.POLICY_META.search(secured)
    assert meta and meta.start() < FIRST_GOVERNED.search(secured).start()
    assert secured.index('<meta charset="utf-8">') < meta.start() < 1024
    for script in found.head_scripts + found.body_scripts:
        assert csp.sha256(script) in meta["policy"]
    # A second pass (the next language's build) replaces the policy instead of adding one.
    assert csp.secure(secured, "default-src 'none'") == csp.secure(page, "default-src 'none'")


def test_mkdocs_jupyter_brings_inline_scripts_and_styles_a_notebook_page_must_name(site):
    found = csp.inline_of(read(site, "nb/index.html"))
    assert any("ClipboardCopyElement" in s for s in found.body_scripts)
    assert found.styles
    assert found.style_attributes == []


def test_every_pattern_has_its_canary():
    """A pattern added to html.py or csp.py without a test here fails this test."""
    tested = Path(__file__).read_text(encoding="utf-8")
    for module in (html, csp):
        prefix = module.__name__.rsplit(".", 1)[1]
        patterns = {name for name, value in vars(module).items() if hasattr(value, "pattern")}
        assert {p for p in patterns if f"{prefix}.{p}" not in tested} == set()


def test_the_markdown_a_page_writes_is_what_unsearched_blocks_expects():
    """EXEC_BLOCK reads our own pages' Markdown (no plugin writes it): every page's blocks."""
    docs = Path(__file__).resolve().parents[1] / "docs"
    for page in docs.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        top_level = text.count('\n```python exec="on"\n') + text.startswith('```python exec="on"')
        assert len(html.EXEC_BLOCK.findall(text)) == top_level, page.name
    # TAG strips tags from the search index's text: any tag, any attribute.
    assert html.TAG.sub("", '<a href="x">link</a> <b>b</b>') == "link b"


def test_materials_tooltips_mount_on_the_abbr_elements_the_glossary_writes(site):
    """With content.tooltips (mkdocs.yml), Material's own script shows the title of each
    <abbr title="..."> that concurrency_live/site_hooks/tooltips.py writes as a tooltip: no
    script of ours, nothing inline. An upgrade that selects other markup fails here."""
    bundle = next((site / "assets" / "javascripts").glob("bundle.*.js")).read_text("utf-8")
    assert '"content.tooltips"' in bundle and '"abbr[title]"' in bundle
    mount = re.search(r'"content\.tooltips"\)&&\w+\(\w+\("abbr\[title\]"', bundle)
    assert mount, "Material no longer mounts its tooltips on abbr[title] (content.tooltips)"
