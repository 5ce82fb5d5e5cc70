"""Shared fixtures: run a snippet the way a reader would, and find the project's folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SNIPPETS = PROJECT / "snippets"


@dataclass
class Ran:
    returncode: int
    output: str
    results: dict | None

    @property
    def lines(self) -> list[str]:
        return self.output.splitlines()


def run_snippet(snippet: str, tmp_path: Path, *args: str, timeout: float = 240) -> Ran:
    """Run ``python snippets/<snippet>`` from the project root, as a reader would."""
    results = tmp_path / f"{snippet.replace('/', '_')}.json"
    env = {**os.environ, "SNIPPET_RESULTS": str(results)}
    env.pop("PYTHONUNBUFFERED", None)
    proc = subprocess.run(
        [sys.executable, f"snippets/{snippet}", *args],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
        start_new_session=True,
    )
    data = json.loads(results.read_text()) if results.exists() else None
    return Ran(proc.returncode, proc.stdout, data)


@pytest.fixture
def snippet(tmp_path):
    """``snippet("topic/name.py")`` runs it and returns a Ran (exit code, output, results)."""
    return lambda name, *args, **kw: run_snippet(name, tmp_path, *args, **kw)
