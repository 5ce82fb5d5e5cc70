"""Facts about an interpreter and the machine it runs on, read by that interpreter itself."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

# This project's own programs folder (not a test project's: the probe needs measure.py).
SNIPPETS = Path(__file__).resolve().parents[2] / "snippets"
# Runs inside the interpreter being described: the facts come from snippets/measure.py, the
# module the programs themselves use to record them (one source of interpreter facts).
PROBE = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import measure
print(json.dumps(measure.machine()))
"""


def fingerprint(python: str = sys.executable, env: dict | None = None) -> dict:
    """Describe ``python`` (a path or command) by running :data:`PROBE` in it.

    ``env`` is what a snippet's run adds to the environment: PYTHON_GIL=1, for one, turns
    the GIL of a free-threaded build back on.
    """
    return _probe(python, tuple(sorted((env or {}).items())))


@functools.cache
def _probe(python: str, env: tuple[tuple[str, str], ...]) -> dict:
    out = subprocess.run(
        [python, "-c", PROBE, str(SNIPPETS)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, **dict(env)},
    ).stdout
    return json.loads(out)
