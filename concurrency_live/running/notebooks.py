"""Run each notebook once per build and give every translation of it the same outputs.

mkdocs-jupyter would execute every notebook it renders, and a translated notebook is a
different file: the two editions would show two different runs. Here the notebook in the
default language runs once (nbclient, a per-cell timeout, any error fails the build) and
each translation -- the same code cells, prose in another language -- receives its outputs.

A run that succeeded is kept under ``.cache/notebooks/`` like a snippet's: ``SNIPPETS_CACHE=reuse``
(``nox -s serve``) takes it from there while the notebook, the modules it imports and the
interpreter are unchanged; ``fresh`` (the default) always runs the notebook.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from concurrency_live.running import runner
from concurrency_live.running.fingerprint import fingerprint
from concurrency_live.running.runner import config

CELL_TIMEOUT_VAR = "NOTEBOOK_CELL_TIMEOUT"
DEFAULT_CELL_TIMEOUT = 300


class NotebookError(Exception):
    """A notebook failed to run, or a translation does not match its original's code."""


def original_of(path: Path) -> Path:
    """``x.ko.ipynb`` -> ``x.ipynb``; an original is its own original."""
    stem, _, lang = path.stem.rpartition(".")
    return path.with_name(f"{stem}.ipynb") if stem and len(lang) == 2 else path


def code_cells(nb) -> list[str]:
    return [cell.source for cell in nb.cells if cell.cell_type == "code"]


def cache_dir() -> Path:
    return config.project / ".cache" / "notebooks"


def imported_modules(original: Path) -> list[Path]:
    """The project's modules that the notebook's code imports, and those they import.

    The notebook puts folders of snippets/ and the project's root on ``sys.path``: a module it
    names may lie under any of them.
    """
    code = "\n".join(python_source(cell) for cell in code_cells(nbformat.read(original, 4)))
    roots = [config.project, config.snippets]
    roots += sorted(p for p in config.snippets.rglob("*") if p.is_dir() and p.name != "__pycache__")
    return sorted(runner.imported_modules(code.encode(), original.resolve(), roots))


def python_source(cell: str) -> str:
    """A code cell as Python: IPython's magics (``%time``, ``!ls``) become calls; a cell that is
    not Python even so imports nothing (its run fails, and a failed run is not cached)."""
    if parses(cell):
        return cell
    from IPython.core.inputtransformer2 import TransformerManager

    cell = TransformerManager().transform_cell(cell)
    return cell if parses(cell) else ""


def parses(code: str) -> bool:
    try:
        ast.parse(code)
    except SyntaxError:
        return False
    return True


def inputs_key(original: Path) -> str:
    """A hash of what one run of the notebook depends on: its text, the text of every project
    module it imports, the interpreter that runs its kernel and the benchmark settings."""
    digest = hashlib.sha256()
    for path in [original.resolve(), *imported_modules(original)]:
        digest.update(runner.rel(path).encode())
        digest.update(path.read_bytes())
    fp = fingerprint(sys.executable)
    settings = {
        "python": [fp["executable"], fp["version"], fp["gil_enabled"]],
        "environ": {k: v for k, v in os.environ.items() if k.startswith(runner.SETTING_PREFIXES)},
    }
    digest.update(json.dumps(settings, sort_keys=True).encode())
    return digest.hexdigest()[:24]


def executed(original: Path) -> nbformat.NotebookNode:
    """The notebook after one run: from the cache in reuse mode when nothing it depends on
    changed, else run now (and cached when it succeeds)."""
    key = inputs_key(original)
    reuse = runner.mode() == "reuse"
    if (original, key, reuse) not in _memo:
        cached = cache_dir() / f"{original.stem}-{key}.ipynb"
        if reuse and cached.is_file():
            runner.log.info("notebook %s: taken from %s", runner.rel(original), runner.rel(cached))
            nb = nbformat.read(cached, as_version=4)
        else:
            start = time.perf_counter()
            nb = _execute(original)
            elapsed = time.perf_counter() - start
            runner.log.info("notebook %s: ran in %.1f s", runner.rel(original), elapsed)
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_name(f".{cached.name}.{os.getpid()}")
            nbformat.write(nb, partial)
            partial.replace(cached)  # whole or not at all, were two builds to write it at once
        _memo[original, key, reuse] = nb
    return _memo[original, key, reuse]


# One run (or one read of the cache) per process, for both languages and every rebuild of
# `mkdocs serve`; a run that failed raised and is not remembered.
_memo: dict[tuple[Path, str, bool], nbformat.NotebookNode] = {}


def _execute(original: Path) -> nbformat.NotebookNode:
    """The notebook after one run, in its own folder so relative paths work as for a reader."""
    # A Jupyter client: only a run needs it, so a build that takes the run from the cache
    # (nox -s serve) does not import it.
    from nbclient import NotebookClient

    nb = nbformat.read(original, as_version=4)
    timeout = int(os.environ.get(CELL_TIMEOUT_VAR, DEFAULT_CELL_TIMEOUT))
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        allow_errors=False,
        resources={"metadata": {"path": str(original.parent)}},
    )
    try:
        client.execute()
    except Exception as error:  # CellExecutionError, CellTimeoutError, DeadKernelError
        raise NotebookError(f"notebook {original} failed: {error}") from error
    return nb


def with_outputs(path: Path, out_dir: Path) -> Path:
    """Write ``path`` with the outputs of its original's run into ``out_dir``; return the copy."""
    original = original_of(path)
    ran = executed(original)
    nb = nbformat.read(path, as_version=4)
    if code_cells(nb) != code_cells(ran):
        raise NotebookError(f"{path} must have exactly the code cells of {original}")
    outputs = iter([cell for cell in ran.cells if cell.cell_type == "code"])
    for cell in nb.cells:
        if cell.cell_type == "code":
            source = next(outputs)
            cell.outputs, cell.execution_count = source.outputs, source.execution_count
    out_dir.mkdir(parents=True, exist_ok=True)
    copy = out_dir / path.name
    nbformat.write(nb, copy)
    return copy


@functools.cache
def build_dir() -> Path:
    """Where this process keeps executed copies (removed with the temporary folder)."""
    return Path(tempfile.mkdtemp(prefix="notebooks-"))
