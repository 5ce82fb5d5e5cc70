"""The MkDocs hook (mkdocs.yml: hooks): lets pages import concurrency_live, points the runner
at this site's snippets/ folder, runs the notebooks once per build (or, with
SNIPPETS_CACHE=reuse, takes their cached run), and applies the rewrites of
:mod:`concurrency_live.site_hooks.html` at the right moment of each page's build. What does not
change from one build to the next in a process (compiled templates, highlighted code) is kept,
so that a rebuild in `mkdocs serve` does not do that work again.
"""

import logging
import shutil
import sys
from pathlib import Path

# MkDocs loads this file by its path: the project's root must be importable for the pages.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs_jupyter.plugin import NotebookFile

from concurrency_live.rendering import downloads
from concurrency_live.running import notebooks
from concurrency_live.running.runner import config as runner_config
from concurrency_live.running.runner import prefetch
from concurrency_live.site_hooks import (
    csp,
    highlight_cache,
    html,
    page_cache,
    search_index,
    template_cache,
    tooltips,
)
from concurrency_live.words import t


class InstantNavigationIsFine(logging.Filter):
    """mkdocs-static-i18n warns that its language switcher and Material's instant navigation
    do not mix; Material (9.4+) follows the alternate links itself, and the browser tests
    check that switching language keeps the reader on the same page."""

    def filter(self, record):
        return "not compatible with theme.features = navigation.instant" not in record.getMessage()


logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(
    InstantNavigationIsFine()
)


# The glossary's terms as tooltips, a Markdown extension (concurrency_live/site_hooks/tooltips.py).
TOOLTIPS_EXTENSION = "concurrency_live.site_hooks.tooltips"

log = logging.getLogger("mkdocs.hooks.concurrency_live")

# Set by on_startup: the command that is building (build, serve, gh-deploy).
command: str | None = None


def on_startup(command, dirty):
    globals()["command"] = command  # the parameter's name is MkDocs' and shadows the global


def on_config(config):
    runner_config.project = Path(config.config_file_path).resolve().parent
    highlight_cache.install()
    page_cache.remember_search_entries()
    # By name, so that each page's Markdown gets an instance of its own: MkDocs imports
    # mkdocs.yml's extensions before this hook has made the project importable.
    if TOOLTIPS_EXTENSION not in config.markdown_extensions:
        config.markdown_extensions.append(TOOLTIPS_EXTENSION)
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
    page_cache.new_build(first_language=_translation(config) is None)
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
    """Run each notebook once per build (or take its cached run) and hand it to mkdocs-jupyter
    as a page."""
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is None:
        return files
    jupyter.config["include"] = NOTEBOOKS
    jupyter.config["cache_dir"] = str(_jupyter_cache(config))
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


def _jupyter_cache(config) -> Path:
    """Where mkdocs-jupyter keeps its HTML of this language's notebooks.

    It keys an entry by the notebook's text (here the executed copy, outputs included) and
    after each build deletes every entry that build did not use: with one folder for all
    languages, each language's build deleted the other's, and every build converted both
    notebooks again.
    """
    return runner_config.project / ".cache" / "mkdocs-jupyter" / (_translation(config) or "default")


@event_priority(-100)  # after every plugin's change to the Markdown
def on_page_markdown(markdown, page, config, files):
    """Generated output stays out of the search index; the glossary's terms explain
    themselves in the language being built (see concurrency_live/site_hooks/tooltips.py).
    With SNIPPETS_CACHE=reuse, a page rendered before from the same Markdown and inputs is
    taken from disk (concurrency_live/site_hooks/page_cache.py)."""
    markdown = html.unsearched_blocks(markdown)
    language = _translation(config)
    docs = Path(config.docs_dir)
    markdown = tooltips.for_page(markdown, page.file.src_uri, docs, language or "en")
    page_cache.use(markdown, page, config, files, language)
    return markdown


def on_page_content(content, page, config, files):
    """What no reader needs goes (spans that change nothing on screen, the notebooks' hidden
    copies of their code, copy buttons on outputs and on collapsed whole programs, tooltips on
    the links to headings); links in generated output become addresses; tables take the
    focus and those of figures stay out of the search index."""
    language = _translation(config)
    if page.file.src_uri.endswith(".ipynb"):
        content = html.notebook_content(content, [item.id for item in _toc_items(page.toc)])
    content = html.plain_blocks(html.PLAIN_TOKEN.sub(r"\1", content))
    content = html.headerlinks(content, t("permalink", language or "en"))
    content = html.page_links(content, page.file.src_uri, page.url, language)
    return html.tables(content)


def _toc_items(toc):
    for item in toc:
        yield item
        yield from _toc_items(item.children)


def on_env(env, config, files):
    """The theme's templates compiled in an earlier build of this process are not compiled
    again (a rebuild in `mkdocs serve`, the next language's build)."""
    return template_cache.use(env)


def on_post_page(output, page, config):
    """Pages of a translation search their own language's index and sitemap; notebook pages
    lose what they would load for nothing; published files get addresses for this page."""
    language = _translation(config)
    if language:
        output = html.translated_config(output, language)
    if page.file.src_uri.endswith(".ipynb"):
        output = html.NOTEBOOK_BAGGAGE.sub("", output)
    return downloads.resolve(output, page.url)


def _translation(config) -> str | None:
    """The language being built, when it is not the default one."""
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.current_language == i18n.default_language:
        return None
    return i18n.current_language


def _other_languages(i18n) -> list[str]:
    """Every language but the default one (none without the i18n plugin)."""
    if i18n is None:
        return []
    return [lang.locale for lang in i18n.config.languages if lang.locale != i18n.default_language]


@event_priority(-200)
def on_post_build(config):
    """Finish the site: per-language search indexes, published files, no source maps, and
    Material's script with its code-block buttons out of the navigation landmarks."""
    _hold_back_notebooks(config)  # the i18n plugin builds the next language after this
    site = Path(config.site_dir)
    i18n = config.plugins.get("i18n")
    if i18n is None or not i18n.building:  # after the last language: the index is complete
        others = _other_languages(i18n)
        search_index.split(site, i18n.default_language if i18n else None, others)
        for name, data in downloads.published.items():
            target = site / downloads.FOLDER / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        # Material's instant navigation reads <language>/sitemap.xml to switch language in
        # place; the i18n plugin writes one sitemap, with every language's pages, at the root.
        for language in others:
            shutil.copy(site / "sitemap.xml", site / language / "sitemap.xml")
        _secure(site)
        page_cache.forget_unused()
    for source_map in site.rglob("*.map"):
        source_map.unlink()
    for asset in [*site.rglob("*.js"), *site.rglob("*.css")]:
        data = asset.read_bytes()
        stripped = html.SOURCE_MAP_COMMENT.sub(b"\n", data)
        if asset.name.startswith("bundle.") and asset.suffix == ".js":
            stripped = html.code_buttons_in_a_div(stripped)
        if stripped != data:
            asset.write_bytes(stripped)


def _secure(site: Path) -> None:
    """Every page's Content-Security-Policy, computed from the final HTML of every page of
    every language (see concurrency_live/site_hooks/csp.py), so it runs after all else.

    `mkdocs serve` adds an inline script of its own to every page it serves (live reload,
    with a number that changes on each request, so no hash can allow it): its pages go
    without the policy. A built site (`nox -s docs`, tools/serve.py, the tests) has it."""
    if command == "serve":
        log.info("mkdocs serve: pages go without their Content-Security-Policy (live reload)")
        return
    csp.secure_site(site)
