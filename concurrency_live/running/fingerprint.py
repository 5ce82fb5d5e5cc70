"""Facts about an interpreter and the machine it runs on, read by that interpreter itself."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
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
    """Once per process; with SNIPPETS_CACHE=reuse (the writer's loop), once per interpreter
    binary: the facts are kept on disk by the binary's path, size and time of change, the
    environment added and the probe's own code (a rebuilt or upgraded interpreter is probed
    again). Each probe starts an interpreter, a tenth of a second, half a dozen per build."""
    from concurrency_live.running import runner  # which imports this module

    if runner.mode() != "reuse":
        return _run_probe(python, env)
    path = _kept_at(python, env)
    if path is None:
        return _run_probe(python, env)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        facts = _run_probe(python, env)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(facts), encoding="utf-8")
        return facts


def _kept_at(python: str, env: tuple[tuple[str, str], ...]) -> Path | None:
    found = shutil.which(python)
    if found is None:
        return None
    binary = os.path.realpath(found)
    stat = os.stat(binary)
    digest = hashlib.sha256()
    described = [python, binary, stat.st_size, stat.st_mtime_ns, env, PROBE]
    digest.update(json.dumps(described).encode())
    digest.update((SNIPPETS / "measure.py").read_bytes())
    return SNIPPETS.parent / ".cache" / "fingerprints" / f"{digest.hexdigest()[:24]}.json"


def _run_probe(python: str, env: tuple[tuple[str, str], ...]) -> dict:
    out = subprocess.run(
        [python, "-c", PROBE, str(SNIPPETS)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, **dict(env)},
    ).stdout
    return json.loads(out)
