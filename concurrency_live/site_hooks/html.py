"""Rewrites of what MkDocs, Material, mkdocs-jupyter and markdown-exec produce, each a pure
function on a page's Markdown, HTML or Material's script, each matched to the exact markup it
expects (tests/test_hook.py runs every pattern on the markup of the installed versions, so a
theme or plugin upgrade that changes it fails a test instead of silently changing pages).
"""

from __future__ import annotations

import posixpath
import re
from html import escape

from mkdocs.exceptions import PluginError

SOURCE_MAP_COMMENT = re.compile(rb"\n?/[/*]# sourceMappingURL=\S+?(?: \*/)?\s*$")


CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">[^<]*?"base": ")([^"]*)"')


# What mkdocs-jupyter inlines in every notebook page: JupyterLab's whole theme (about 570 KB)
# and loaders for mermaid (from a CDN) and MathJax. Our notebooks use none of them;
# overrides/partials/styles.html styles what they do use.
NOTEBOOK_BAGGAGE = re.compile(
    r"<style[^>]*>[^<]{100000,}</style>"
    r"|<script[^>]*>\s*init_mathjax = .*?</script>"
    r"|<script[^>]*>\s*document\.addEventListener\(\"DOMContentLoaded\", async \(\) => \{"
    r"\s*const diagrams = .*?</script>"
    # Pygments' default (light) colours for notebook code, twice: on the dark palette its
    # strings are 2.6:1 on the background. NOTEBOOK_CODE gives the code Material's colours.
    r"|<style[^>]*>[^<]*?\.highlight-ipynb [^<]*</style>",
    re.S,
)

# mkdocs-jupyter marks notebook code "highlight-ipynb", which Material's code colours (for
# ".highlight") do not reach; with Material's class too it looks like every other code block,
# in both palettes.
NOTEBOOK_CODE = re.compile(r'<div class="highlight-ipynb (hl-[\w-]+)">')

# nbconvert makes a heading's id from its ASCII letters only: every Korean heading gets id=""
# and a link to "#", while the page's table of contents and Material's skip link point at the
# ids Python-Markdown gave the same headings ("_1", "_2", ...) and so lead nowhere.
NOTEBOOK_HEADING = re.compile(
    r'<h([1-6]) id="[^"]*">(.*?)<a class="anchor-link" href="#[^"]*">\xb6</a>(\s*)</h\1>', re.S
)


# mkdocs-jupyter puts a hidden copy of each code cell next to it for its own copy button,
# which our notebook pages hide (overrides/partials/styles.html): it would double the code
# in every download.
NOTEBOOK_COPIES = re.compile(
    r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
    r'|<div class="clipboard-copy-txt"[^>]*>[^<]*</div>',
    re.S,
)
TAG = re.compile(r"<[^>]+>")
TABLE = re.compile(r"<table>(.*?)</table>", re.S)
CELL = re.compile(r"<td[^>]*>(.*?)</td>", re.S)


# Pygments wraps every name and every run of spaces in a span of its own; Material gives
# names the colour of plain code text and spaces none. A third of a long page's elements,
# which the browser styles and lays out one by one: the text alone looks the same.
PLAIN_TOKEN = re.compile(r'<span class="[nw]">([^<]*)</span>')


# A markdown-exec block at the top level of a page, and the opening of what it prints.
EXEC_BLOCK = re.compile(r'^```python exec="on"\n(?P<code>.*?)^```$', re.S | re.M)


def unsearched_block(block: re.Match) -> str:
    if "show(" in block["code"]:
        return block[0]
    return (
        f'<section class="generated" data-search-exclude="" markdown>\n\n{block[0]}\n\n</section>'
    )


# A link to another page as Markdown writes it ("gil.md#anchor"). MkDocs turns such links into
# addresses only in a page's own Markdown; markdown-exec renders what a block prints on its own.
MD_LINK = re.compile(r'href="(?![a-z][\w+.-]*:|/|#)(?P<path>[\w./-]+?)\.md(?P<fragment>#[^"]*)?"')


def unsearched_blocks(markdown: str) -> str:
    """Keep what the renderers print out of the search index: readers search the prose, and
    the figures of every run would make the index (which every page downloads) far larger.

    Each top-level block is wrapped in a <section> marked data-search-exclude. A block that
    shows a program (show(...)) prints a marked <section> of its own, and Material's search
    loses track of a mark on a section that holds another one, so those stay as they are.
    """
    return EXEC_BLOCK.sub(unsearched_block, markdown)


def page_links(html: str, src_uri: str, url: str, language: str | None) -> str:
    """Links to pages as Markdown writes them ("gil.md#x"), left in generated output, made
    addresses relative to the page at ``url`` (in ``language``, when not the default)."""
    return MD_LINK.sub(lambda m: f'href="{page_address(m, src_uri, url, language)}"', html)


def page_address(link: re.Match, src_uri: str, url: str, language: str | None) -> str:
    """The address of the linked page (in the language being built), relative to ``url``."""
    folder = posixpath.dirname(src_uri)
    target = posixpath.normpath(posixpath.join(folder, link["path"]))
    stem = "" if target == "index" else target.removesuffix("/index")
    address = (f"{language}/" if language else "") + (f"{stem}/" if stem else "")
    relative = posixpath.relpath(address or ".", url or ".")
    return ("./" if relative == "." else relative + "/") + (link["fragment"] or "")


def notebook_heading_ids(html: str, ids: list[str]) -> str:
    """Give a notebook's headings, in order, the ids of its table of contents."""
    found = NOTEBOOK_HEADING.findall(html)
    if len(found) != len(ids):
        raise PluginError(
            f"a notebook page has {len(found)} headings and {len(ids)} entries in its table"
            " of contents: mkdocs-jupyter's heading markup has changed (see NOTEBOOK_HEADING)"
        )
    taken = iter(ids)

    def heading(m: re.Match) -> str:
        anchor = next(taken)
        return (
            f'<h{m[1]} id="{anchor}">{m[2]}<a class="anchor-link" href="#{anchor}">\xb6</a>'
            f"{m[3]}</h{m[1]}>"
        )

    return NOTEBOOK_HEADING.sub(heading, html)


def table(table: re.Match) -> str:
    """Every table can take the keyboard's focus: Material puts each one in a box that scrolls
    sideways when the table is wider than the page (a phone, or a column per interpreter),
    and a keyboard can scroll only what it can focus. Tables of figures also stay out of the
    search index."""
    cells = [TAG.sub("", cell) for cell in CELL.findall(table[1])]
    figures = sum(any(c.isdigit() for c in cell) for cell in cells)
    unsearched = ' data-search-exclude=""' if cells and figures * 2 >= len(cells) else ""
    return f'<table tabindex="0"{unsearched}>{table[1]}</table>'


def tables(html: str) -> str:
    return TABLE.sub(table, html)


# A program's output and the whole program (collapsed under the part a page talks about) as
# pymdownx.highlight writes them, with the class the renderer gave them (rendering/programs.py).
# Material's script makes every <pre><code> a code block when a page loads: a copy button with
# its tooltip, and its size watched, which makes the browser lay the page out again for each
# block (on the GIL page, a quarter of the time the script blocks a phone). An output is no code
# to copy, and the whole program is one click from its download link: they become plain
# blocks, an output as <samp> (sample output), the program as plain preformatted text, and
# overrides/partials/styles.html draws them as Material draws a code block. The reader can
# scroll a wide one from the keyboard (tabindex), as Material lets them scroll a code block.
PLAIN_BLOCK = re.compile(
    r'<div class="(?P<kind>program-output|program-whole) highlight">'
    r'(?P<title>(?:<span class="filename">[^<]*</span>)?)'
    r"<pre><span></span><code>(?P<body>.*?)</code></pre></div>",
    re.S,
)


def plain_block(block: re.Match) -> str:
    # The element that scrolls takes the focus, as Material's <code> does.
    tag = "samp" if block["kind"] == "program-output" else "span"
    kind = "" if tag == "samp" else ' class="program-text"'
    body = f'<{tag}{kind} tabindex="0">{block["body"]}</{tag}>'
    return f'<div class="{block["kind"]} highlight">{block["title"]}<pre>{body}</pre></div>'


def plain_blocks(html: str) -> str:
    return PLAIN_BLOCK.sub(plain_block, html)


# The ¶ link after each heading (toc: permalink), as Python-Markdown writes it. With
# content.tooltips, Material's script mounts a tooltip on every element with a title, and each
# watches its element's size and place: the nine headings of the IPC page cost a phone about
# 90 ms of blocked time at load (Lighthouse, 4 alternating rounds). The link keeps its name for
# screen readers as aria-label, in the page's language; the ¶ says what it is on screen.
HEADERLINK = re.compile(r'(<a class="headerlink" href="[^"]*") title="[^"]*"')


def headerlinks(html: str, label: str) -> str:
    return HEADERLINK.sub(lambda m: f'{m[1]} aria-label="{escape(label)}"', html)


# Material's script puts each code block's buttons (copy) in a <nav>: a page with 30 code
# blocks gets 30 more navigation landmarks, all unnamed, that a screen reader lists beside
# the site's navigation (axe: landmark-unique). A copy button is no navigation: a <div> holds
# it the same way (Material's CSS styles the class, not the element).
CODE_NAV = re.compile(rb'(\w+)\("nav",\{class:"md-code__nav"\}\)')
CODE_NAV_DONE = rb'("div",{class:"md-code__nav"})'


def code_buttons_in_a_div(bundle: bytes) -> bytes:
    """Material's bundle, making each code block's button bar a <div> instead of a <nav>."""
    patched, count = CODE_NAV.subn(rb'\1("div",{class:"md-code__nav"})', bundle)
    if count == 0 and b"md-code__nav" in bundle and CODE_NAV_DONE not in bundle:
        raise PluginError(
            "Material's script builds its code-block buttons differently: see CODE_NAV in"
            " concurrency_live/site_hooks/html.py"
        )
    return patched


def notebook_content(content: str, toc_ids: list[str]) -> str:
    """A notebook page's content: without mkdocs-jupyter's hidden copies of the code, its code
    in Material's colours, its headings with the ids of its table of contents."""
    content = NOTEBOOK_COPIES.sub("", content)
    content = NOTEBOOK_CODE.sub(r'<div class="highlight highlight-ipynb \1">', content)
    return notebook_heading_ids(content, toc_ids)


def translated_config(output: str, language: str) -> str:
    """A translation's pages search their own language's index and sitemap, under
    ``<language>/``: Material reads both from the base address in its config block."""
    return CONFIG_BASE.sub(lambda m: f'{m[1]}{m[2]}/{language}/"', output, count=1)
