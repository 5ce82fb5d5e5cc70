"""MkDocs hook: lets pages import snippet_runner and points it at this site's snippets/ folder."""

import json
import logging
import posixpath
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs_jupyter.plugin import NotebookFile  # noqa: E402

from snippet_runner import notebooks, publish  # noqa: E402
from snippet_runner.run import config as runner_config  # noqa: E402
from snippet_runner.run import prefetch  # noqa: E402


class InstantNavigationIsFine(logging.Filter):
    """mkdocs-static-i18n warns that its language switcher and Material's instant navigation
    do not mix; Material (9.4+) follows the alternate links itself, and the browser tests
    check that switching language keeps the reader on the same page."""

    def filter(self, record):
        return "not compatible with theme.features = navigation.instant" not in record.getMessage()


logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(
    InstantNavigationIsFine()
)


def on_config(config):
    runner_config.project = Path(config.config_file_path).resolve().parent
    _hold_back_notebooks(config)
    return config


# The overview's examples (the site's and the blog post's) sleep for 7.5 s each and time
# nothing but their own naps: they run side by side from the start of the build, which saves
# three of those waits.
SLEEPERS = (
    "seed/numbers_letters_threads.py",
    "seed/numbers_letters_processes.py",
    "seed/original_threads.py",
    "seed/original_processes.py",
)


def on_pre_build(config):
    prefetch([s for s in SLEEPERS if (runner_config.snippets / s).is_file()])


# mkdocs-static-i18n drops files that another plugin has already turned into pages, so
# mkdocs-jupyter must not wrap notebooks before it: its include list stays empty until the
# i18n plugin (priority -100) has sorted the files by language.
NOTEBOOKS = ["*.ipynb"]


def _hold_back_notebooks(config):
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is not None:
        jupyter.config["include"] = []


@event_priority(-200)
def on_files(files, config):
    """Run each notebook once per build and hand it to mkdocs-jupyter as a page."""
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is None:
        return files
    jupyter.config["include"] = NOTEBOOKS
    for file in [f for f in files if f.src_uri.endswith(".ipynb")]:
        out_dir = notebooks.build_dir() / Path(file.src_uri).parent
        try:
            executed = str(notebooks.with_outputs(Path(file.abs_src_path), out_dir))
        except notebooks.NotebookError as error:
            raise PluginError(str(error)) from error
        page = NotebookFile(file, **config)
        page.abs_src_path = executed  # mkdocs-jupyter renders (and offers) the executed copy
        # The i18n plugin already chose where this language's copy goes (x.ko.ipynb ->
        # ko/x.ipynb); the page lives beside it, at x/index.html.
        dest = Path(file.dest_uri).with_suffix("") / "index.html"
        page.dest_uri = dest.as_posix()
        page.abs_dest_path = str(Path(config.site_dir) / dest)
        page.url = dest.parent.as_posix() + "/"
        files.remove(file)  # in place: the i18n plugin's Files finds pages by language
        files.append(page)
    return files


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


def on_page_markdown(markdown, page, config, files):
    """Keep what the renderers print out of the search index: readers search the prose, and
    the figures of every run would make the index (which every page downloads) far larger.

    Each top-level block is wrapped in a <section> marked data-search-exclude. A block that
    shows a program (show(...)) prints a marked <section> of its own, and Material's search
    loses track of a mark on a section that holds another one, so those stay as they are.
    """
    return EXEC_BLOCK.sub(_unsearched_block, markdown)


def _unsearched_block(block: re.Match) -> str:
    if "show(" in block["code"]:
        return block[0]
    return (
        f'<section class="generated" data-search-exclude="" markdown>\n\n{block[0]}\n\n</section>'
    )


# A link to another page as Markdown writes it ("gil.md#anchor"). MkDocs turns such links into
# addresses only in a page's own Markdown; markdown-exec renders what a block prints on its own.
MD_LINK = re.compile(r'href="(?![a-z][\w+.-]*:|/|#)(?P<path>[\w./-]+?)\.md(?P<fragment>#[^"]*)?"')


def on_page_content(html, page, config, files):
    """Keep out of the search index what no reader searches for: tables of figures (most
    cells hold a number; the prose beside them says what they show) and the notebooks'
    hidden copies of their code. Every page downloads its index, so it stays small.
    Code loses the spans that change nothing on screen."""
    if page.file.src_uri.endswith(".ipynb"):
        html = NOTEBOOK_COPIES.sub("", html)
        html = NOTEBOOK_CODE.sub(r'<div class="highlight highlight-ipynb \1">', html)
        html = notebook_heading_ids(html, [item.id for item in _toc_items(page.toc)])
    html = PLAIN_TOKEN.sub(r"\1", html)
    html = MD_LINK.sub(lambda m: f'href="{_page_address(m, page, config)}"', html)
    return TABLE.sub(_table, html)


def _page_address(link: re.Match, page, config) -> str:
    """The address of the linked page (in the language being built), relative to ``page``."""
    folder = posixpath.dirname(page.file.src_uri)
    target = posixpath.normpath(posixpath.join(folder, link["path"]))
    stem = "" if target == "index" else target.removesuffix("/index")
    language = _translation(config)
    url = (f"{language}/" if language else "") + (f"{stem}/" if stem else "")
    relative = posixpath.relpath(url or ".", page.url or ".")
    address = "./" if relative == "." else relative + "/"
    return address + (link["fragment"] or "")


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


def _toc_items(toc):
    for item in toc:
        yield item
        yield from _toc_items(item.children)


def _table(table: re.Match) -> str:
    """Every table can take the keyboard's focus: Material puts each one in a box that scrolls
    sideways when the table is wider than the page (a phone, or a column per interpreter),
    and a keyboard can scroll only what it can focus. Tables of figures also stay out of the
    search index."""
    cells = [TAG.sub("", cell) for cell in CELL.findall(table[1])]
    figures = sum(any(c.isdigit() for c in cell) for cell in cells)
    unsearched = ' data-search-exclude=""' if cells and figures * 2 >= len(cells) else ""
    return f'<table tabindex="0"{unsearched}>{table[1]}</table>'


def on_post_page(output, page, config):
    """Pages of a translation search their own language's index and sitemap (see below);
    notebook pages lose what they would load for nothing."""
    language = _translation(config)
    if language:
        output = CONFIG_BASE.sub(lambda m: f'{m[1]}{m[2]}/{language}/"', output, count=1)
    if page.file.src_uri.endswith(".ipynb"):
        output = NOTEBOOK_BAGGAGE.sub("", output)
    return publish.resolve(output, page.url)


def _translation(config) -> str | None:
    """The language being built, when it is not the default one."""
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.current_language == i18n.default_language:
        return None
    return i18n.current_language


@event_priority(-200)
def on_post_build(config):
    """Finish the site: per-language search indexes, no source maps."""
    _hold_back_notebooks(config)  # the i18n plugin builds the next language after this
    site = Path(config.site_dir)
    i18n = config.plugins.get("i18n")
    if i18n is None or not i18n.building:  # after the last language: the index is complete
        _split_search_index(site, i18n)
        for name, data in publish.published.items():
            target = site / publish.FOLDER / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        # Material's instant navigation reads <language>/sitemap.xml to switch language in
        # place; the i18n plugin writes one sitemap, with every language's pages, at the root.
        for language in _other_languages(i18n):
            shutil.copy(site / "sitemap.xml", site / language / "sitemap.xml")
    for source_map in site.rglob("*.map"):
        source_map.unlink()
    for asset in [*site.rglob("*.js"), *site.rglob("*.css")]:
        data = asset.read_bytes()
        stripped = SOURCE_MAP_COMMENT.sub(b"\n", data)
        if asset.name.startswith("bundle.") and asset.suffix == ".js":
            stripped = code_buttons_in_a_div(stripped)
        if stripped != data:
            asset.write_bytes(stripped)


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
            " snippet_runner/mkdocs_hook.py"
        )
    return patched


CODE_BLOCK = re.compile(r"<pre\b.*?</pre>", re.S)


def _split_search_index(site: Path, i18n) -> None:
    """One index per language, without code blocks (charts carry data-search-exclude).

    Every page downloads its search index as soon as it loads; the i18n plugin writes one for
    all languages together. Readers search the prose (the runner already keeps outputs and
    sources out), in the language they read.
    """
    index_file = site / "search" / "search_index.json"
    if not index_file.exists():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    for doc in index["docs"]:
        # Results show as plain text: the markup would cost every page a download.
        doc["text"] = TAG.sub("", CODE_BLOCK.sub(" ", doc["text"]))
    others = _other_languages(i18n)
    for language in [None, *others]:
        prefix = f"{language}/" if language else ""
        docs = [
            {**doc, "location": doc["location"][len(prefix) :]}
            for doc in index["docs"]
            if (
                doc["location"].startswith(prefix)
                if language
                else not any(doc["location"].startswith(f"{other}/") for other in others)
            )
        ]
        lang = language or (i18n.default_language if i18n else None)
        config = {**index["config"], "lang": [lang]} if lang else index["config"]
        target = site / prefix / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        data = {"config": config, "docs": docs}
        target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")


def _other_languages(i18n) -> list[str]:
    """Every language but the default one (none without the i18n plugin)."""
    if i18n is None:
        return []
    return [lang.locale for lang in i18n.config.languages if lang.locale != i18n.default_language]
