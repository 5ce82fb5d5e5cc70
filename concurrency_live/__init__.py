"""The code behind "Python concurrency, measured": it runs the example programs under
``snippets/`` while the site builds and turns what they did into its pages.

- :mod:`concurrency_live.running`: run a program in a fresh interpreter, once per build
  (timeout, process group, cache, the interpreter's facts), and the notebooks.
- :mod:`concurrency_live.rendering`: the toolkit every page uses (how a program's run is
  shown, tables, durations, charts, timelines, the claims and their verdicts).
- :mod:`concurrency_live.pages`: one renderer per page.
- :mod:`concurrency_live.words`: every generated word, in English and Korean.
- :mod:`concurrency_live.site_hooks`: the MkDocs hook and its rewrites of the built HTML.

A page's markdown-exec block calls :func:`show` (a program and its output) or a function of
its page's renderer with the :class:`Run` that :func:`run` returns.
"""

from concurrency_live.rendering.programs import show
from concurrency_live.running.runner import Run, run

__all__ = ["Run", "run", "show"]
