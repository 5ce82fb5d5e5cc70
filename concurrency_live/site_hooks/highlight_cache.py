"""Code highlighted once per process, not once per build.

Every page shows programs and their output, and pymdownx.highlight hands each code block to
Pygments again at every build: a fifth of a rebuild in `mkdocs serve`, for code that an edit
of the prose did not touch. Pygments' result depends only on the code, the lexer (its class
and options) and the formatter (its class and options), so that is what a result is kept by.
"""

from __future__ import annotations

import pymdownx.highlight

MAX_BLOCKS = 4096  # the site has about 300 code blocks per language


def install() -> None:
    """Make pymdownx.highlight's call to Pygments remember its results (once per process)."""
    highlight = getattr(pymdownx.highlight, "highlight", None)  # None: pymdownx works otherwise
    if highlight is not None and not hasattr(highlight, "results"):
        pymdownx.highlight.highlight = remembering(highlight)


def remembering(highlight):
    """``highlight(code, lexer, formatter)``, computed once for each code, lexer and formatter."""
    results: dict[tuple, str] = {}

    def remembered(code, lexer, formatter, outfile=None):
        if outfile is not None or lexer.filters:  # writes elsewhere, or filters we cannot key
            return highlight(code, lexer, formatter, outfile)
        key = (
            code,
            type(lexer),
            repr(sorted(lexer.options.items())),
            type(formatter),
            repr(sorted(formatter.options.items())),
        )
        if key not in results:
            if len(results) >= MAX_BLOCKS:
                results.clear()
            results[key] = highlight(code, lexer, formatter)
        return results[key]

    remembered.results = results
    return remembered
