"""Pages rendered in an earlier build, taken from disk while nothing they depend on changed.

Only with ``SNIPPETS_CACHE=reuse`` (``nox -s serve``): a writer's build renders again only the
pages whose inputs changed, and `mkdocs serve` starts in seconds. A ``fresh`` build (``nox -s
docs``, the tests, CI) renders every page, as it runs every program.

What a page's HTML depends on, and how each is checked:

- its Markdown after every hook has run on it (:func:`key`), the language being built, the
  site's files (links are resolved against them), ``mkdocs.yml``, the versions of the packages
  that render Markdown, the settings a program may read from the environment, and the text of
  every file under ``concurrency_live/`` and ``snippets/`` (the renderers, the words, the
  programs shown): any change there renders every page again;
- the interpreters a block may ask for (the free-threaded one, pyenv's versions): which exist,
  and when each was last changed;
- for a page whose blocks call a renderer that reads the pages' sources (:data:`READS_DOCS`:
  the about page lists every page's title and programs), the text of every file under docs/;
- the runs its blocks took (:mod:`concurrency_live.running.runner` records them while the page
  renders): each run's cache key is computed again, as the runner would, and its cached run
  must still be on disk (another interpreter, or a run that was deleted, means another run).

A page whose rendering logged a warning is not kept, so that the warning shows again in the
next build; files a page published (:mod:`concurrency_live.rendering.downloads`) are kept with
it and published again when it is taken from disk.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
from importlib import metadata
from pathlib import Path

from mkdocs.structure.toc import get_toc

from concurrency_live.rendering import downloads
from concurrency_live.running import runner

# The packages whose versions change how Markdown becomes HTML.
RENDERERS = (
    "mkdocs",
    "mkdocs-material",
    "markdown",
    "pymdown-extensions",
    "markdown-exec",
    "pygments",
    "mkdocs-static-i18n",
)
# Environment variables a page's blocks read (which interpreters to run, programs' settings).
ENVIRONMENT = ("FREE_THREADED_PYTHON", "PYENV_ROOT", "PATH", *runner.SETTING_PREFIXES)
# Renderers that read docs/ (other pages' Markdown and notebooks): a page that calls one
# depends on every page.
READS_DOCS = ("pages.about.",)
FORMAT = 1  # bump when an entry's layout changes
log = logging.getLogger("mkdocs.hooks.concurrency_live.page_cache")


def enabled() -> bool:
    return runner.mode() == "reuse"


def folder() -> Path:
    return runner.config.project / ".cache" / "pages"


# The renderers and their words: this package.
PACKAGE = Path(__file__).resolve().parents[1]


def _tree_digest(snippets: Path) -> str:
    """The text of every file of the renderers and of the programs (once per build)."""
    return _folder_digest(PACKAGE) + _folder_digest(snippets)


@functools.cache
def _folder_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts  # not caches (__pycache__, .ruff_cache)
        if path.is_file() and not any(p.startswith((".", "__pycache__")) for p in parts[:-1]):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.cache
def _interpreters() -> list:
    """The interpreters a block may look for, by path: whether each exists, and its time."""
    from concurrency_live.pages import gil, io_vs_cpu

    paths = [gil.free_threaded_asked()]
    versions = io_vs_cpu.pyenv_root() / "versions"
    paths += sorted(str(p / "bin") for p in versions.iterdir()) if versions.is_dir() else []
    return [(p, os.path.exists(p) and os.stat(p).st_mtime_ns) for p in paths]


# Per build: the runs found unchanged (by cache key), and the entries used (to delete the others).
_checked: dict[str, bool] = {}
_used: set[str] = set()


def new_build(first_language: bool) -> None:
    """A build starts: files under ``concurrency_live/`` or ``snippets/`` may have changed
    since the last one (a rebuild in `mkdocs serve`); the first language's build starts the
    site's (the i18n plugin builds each language in turn)."""
    for cached in (_folder_digest, _interpreters):
        cached.cache_clear()
    _checked.clear()
    if first_language:
        _used.clear()


def forget_unused() -> None:
    """Delete the entries the site's build did not use (older versions of pages)."""
    if not enabled() or not folder().is_dir():
        return
    for path in folder().glob("*.json"):
        if path.name not in _used:
            path.unlink(missing_ok=True)


def key(markdown: str, page, config, files, language: str | None) -> str:
    digest = hashlib.sha256()
    settings = {
        "format": FORMAT,
        "page": page.file.src_uri,
        "url": page.url,
        "language": language,
        "config": Path(config.config_file_path).read_text(encoding="utf-8"),
        "renderers": [_version(name) for name in RENDERERS],
        "environ": sorted((k, v) for k, v in os.environ.items() if k.startswith(ENVIRONMENT)),
        "files": sorted((f.src_uri, f.dest_uri) for f in files),
        "tree": _tree_digest(runner.config.snippets),
        "interpreters": _interpreters(),
    }
    if any(name in markdown for name in READS_DOCS):
        settings["docs"] = _folder_digest(Path(config.docs_dir))
    digest.update(json.dumps(settings, sort_keys=True).encode())
    digest.update(markdown.encode())
    return digest.hexdigest()[:32]


@functools.cache
def _version(name: str) -> str:
    try:
        return f"{name}=={metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return f"{name} absent"


def use(markdown: str, page, config, files, language: str | None) -> None:
    """Make ``page.render`` take the page from disk, or render it and keep what it made."""
    if not enabled() or not page.file.src_uri.endswith(".md"):
        return
    entry_key = key(markdown, page, config, files, language)
    path = folder() / f"{entry_key}.json"
    _used.add(path.name)
    entry = _load(path)
    if entry is not None and _runs_unchanged(entry["runs"]):
        page.render = functools.partial(_restore, page, entry)
        log.debug("%s: taken from %s", page.file.src_uri, path)
        return
    log.debug("%s: rendered (no %s, or its runs changed)", page.file.src_uri, path)
    page.render = functools.partial(_render_and_keep, page, page.render, path)


def _load(path: Path) -> dict | list | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _keep(path: Path, data: dict | list) -> None:
    """Write an entry whole or not at all (a build stopped halfway leaves no torn entry)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data), encoding="utf-8")
    temporary.replace(path)


def _runs_unchanged(runs: list[dict]) -> bool:
    return all(_run_unchanged(used) for used in runs)


def _run_unchanged(used: dict) -> bool:
    """Would the runner take the same cached run for these options now?"""
    if used["key"] not in _checked:
        _checked[used["key"]] = _same_key(used)
    return _checked[used["key"]]


def _same_key(used: dict) -> bool:
    path = runner.config.snippets / used["snippet"]
    if not path.is_file():
        return False
    options = {k: used[k] for k in ("python", "timeout", "args", "env", "expect_exit")}
    key = runner.run_key(path, **options)
    return key == used["key"] and runner.cached_run_file(key).is_file()


def _restore(page, entry: dict, config, files) -> None:
    page.content = entry["content"]
    page.toc = get_toc(entry["toc_tokens"])
    page._title_from_render = entry["title"]
    page.present_anchor_ids = set(entry["anchors"])
    page.links_to_anchors = {
        target: links
        for src_uri, links in entry["links_to_anchors"].items()
        if (target := files.get_file_from_path(src_uri)) is not None
    }
    for name, text in entry["published"].items():
        downloads.published[name] = text.encode("latin-1")


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _render_and_keep(page, render, path: Path, config, files) -> None:
    warnings = _Warnings()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(warnings)
    with runner.recording() as runs, downloads.recording() as published:
        try:
            render(config, files)
        finally:
            mkdocs_log.removeHandler(warnings)
    if warnings.count or any(not run["ok"] for run in runs):
        return
    entry = {
        "content": page.content,
        "toc_tokens": _tokens(page.toc),
        "title": page._title_from_render,
        "anchors": sorted(page.present_anchor_ids or ()),
        "links_to_anchors": {
            target.src_uri: links for target, links in (page.links_to_anchors or {}).items()
        },
        "published": {name: data.decode("latin-1") for name, data in published.items()},
        "runs": runs,
    }
    _keep(path, entry)


def _tokens(toc) -> list[dict]:
    """The table of contents back as the tokens MkDocs builds it from."""
    return [
        {
            "level": item.level,
            "id": item.id,
            "name": item.title,
            "children": _tokens(item.children),
        }
        for item in toc
    ]


def remember_search_entries() -> None:
    """Make Material's search index take a page's entries from disk when the page's HTML, its
    address, title, metadata and table of contents are those it indexed before (reuse mode).

    Indexing parses every page's HTML with html.parser, a second per language: after the
    pages themselves, the largest part of a build whose pages come from disk. The entries
    depend on nothing else (and on Material's version, part of the key).
    """
    from material.plugins.search.plugin import SearchIndex

    index = SearchIndex.add_entry_from_context
    if not enabled() or hasattr(index, "remembered"):
        return

    def add_entry_from_context(self, page):
        digest = hashlib.sha256()
        described = [page.url, str(page.title), str(page.toc), page.meta, self.config]
        digest.update(json.dumps(described, sort_keys=True, default=str).encode())
        digest.update(json.dumps(_version("mkdocs-material")).encode())
        digest.update((page.content or "").encode())
        path = folder() / f"search-{digest.hexdigest()[:32]}.json"
        _used.add(path.name)
        entries = _load(path)
        if entries is not None:
            self.entries.extend(entries)
            return
        before = len(self.entries)
        index(self, page)
        _keep(path, self.entries[before:])

    add_entry_from_context.remembered = True
    SearchIndex.add_entry_from_context = add_entry_from_context
