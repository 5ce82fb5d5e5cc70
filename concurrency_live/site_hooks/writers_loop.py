"""``mkdocs``, started for the writer's loop: ``python -m concurrency_live.site_hooks.writers_loop
serve`` (what ``nox -s serve`` runs) takes the same arguments as ``mkdocs``.

MkDocs imports every plugin before it builds anything, and mkdocs-jupyter's module imports
Jupytext and its own converter (nbconvert, Jupyter's client, bleach, BeautifulSoup...) at the
top: about a second of every start, spent for nothing when the notebook's HTML comes from
mkdocs-jupyter's cache (a warm ``.cache/``), and for nothing at all for Jupytext, which the
plugin uses only to look for notebooks among Markdown pages (mkdocs.yml tells it not to).

Here those two modules are stand-ins until a name is first read from them: the plugin's
``jupytext.read`` or ``convert.nb2html`` imports the real module then, and the stand-in takes
its names. ``mkdocs build`` and ``mkdocs serve`` without this module build the same site, a
second slower.

`mkdocs serve` also looks for changed files every half second: half a second, on average a
quarter, between saving a page and the rebuild starting, when the rebuild itself takes about
0.7 s. Here it looks every :data:`POLLING_INTERVAL` (a few hundred files' times, read).
"""

from __future__ import annotations

import functools
import importlib
import sys
import types

DEFERRED = ("jupytext", "mkdocs_jupyter.convert")
POLLING_INTERVAL = 0.1  # seconds; MkDocs' default is 0.5


class Deferred(types.ModuleType):
    """A module imported when one of its names is first read."""

    def __getattr__(self, name: str):
        # Called only for names the stand-in does not have yet: the real module's are copied
        # in below, so this runs once, or for names the real module lacks too.
        if self.__dict__.get("_loaded"):
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        vars(self).update({k: v for k, v in vars(real).items() if k != "__class__"})
        self._loaded = True
        return getattr(real, name)


def defer(name: str) -> None:
    if name in sys.modules:
        return
    stand_in = Deferred(name)
    stand_in.__spec__ = None  # importlib reads it; a stand-in is not being initialised
    sys.modules[name] = stand_in
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(importlib.import_module(parent), child, stand_in)


def poll_often() -> None:
    """Make `mkdocs serve` look for changed files every POLLING_INTERVAL seconds."""
    from mkdocs.livereload import LiveReloadServer

    init = LiveReloadServer.__init__
    if getattr(init, "polls_often", False):
        return

    @functools.wraps(init)
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("polling_interval", POLLING_INTERVAL)
        init(self, *args, **kwargs)

    __init__.polls_often = True
    LiveReloadServer.__init__ = __init__


def main() -> None:
    for name in DEFERRED:
        defer(name)
    poll_often()
    from mkdocs.__main__ import cli

    sys.argv[0] = "mkdocs"
    cli()


if __name__ == "__main__":
    main()
