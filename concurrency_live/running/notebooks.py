"""Run each notebook once per build and give every translation of it the same outputs.

mkdocs-jupyter would execute every notebook it renders, and a translated notebook is a
different file: the two editions would show two different runs. Here the notebook in the
default language runs once (nbclient, a per-cell timeout, any error fails the build) and
each translation -- the same code cells, prose in another language -- receives its outputs.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

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


def inputs_key(original: Path) -> str:
    """A hash of the notebook and of every snippet module it could import."""
    digest = hashlib.sha256(original.read_bytes())
    for module in sorted(config.snippets.rglob("*.py")):
        digest.update(module.read_bytes())
    return digest.hexdigest()


def executed(original: Path) -> nbformat.NotebookNode:
    return _executed(original, inputs_key(original))


@functools.cache
def _executed(original: Path, key: str) -> nbformat.NotebookNode:
    """The notebook after one run, in its own folder so relative paths work as for a reader."""
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
