"""Run the example programs under ``snippets/`` at build time and render what they did.

Pages call :func:`show` from a one-line markdown-exec block; tests and renderers
use :func:`run` to get the :class:`Run` record of a snippet.
"""

from snippet_runner.render import about_table, show
from snippet_runner.run import Run, run

__all__ = ["Run", "about_table", "run", "show"]
