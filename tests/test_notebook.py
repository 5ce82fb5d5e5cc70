"""Notebooks run in the build: a raising cell, a dead worker or a hanging cell fails it."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from tests.conftest import PROJECT, SNIPPETS

pytestmark = pytest.mark.timeout(600)

MKDOCS_YML = f"""\
site_name: notebook test
hooks:
  - {PROJECT / "concurrency_live" / "site_hooks" / "hooks.py"}
plugins:
  - mkdocs-jupyter:
      include: ["*.ipynb"]
      execute: false
"""


def write_notebook(path: Path, *cells) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = list(cells)
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, path)


def build_notebook(
    tmp_path: Path, source: str, timeout: int = 300, before: tuple = ()
) -> subprocess.CompletedProcess:
    """Build a site of one notebook: the cells ``before``, then a code cell of ``source``."""
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML)
    write_notebook(tmp_path / "docs" / "nb.ipynb", *before, nbformat.v4.new_code_cell(source))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NOTEBOOK_CELL_TIMEOUT": str(timeout)}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_notebook_that_runs_builds(tmp_path):
    result = build_notebook(tmp_path, "print(6 * 7)")
    assert result.returncode == 0, result.stderr
    assert "42" in (tmp_path / "site" / "nb" / "index.html").read_text()


def test_notebook_headings_and_code_are_rewritten_on_mkdocs_jupyters_real_markup(tmp_path):
    """The hook's notebook rewrites (concurrency_live/site_hooks/html.py) meet the markup
    they expect."""
    headings = nbformat.v4.new_markdown_cell("# 직접 측정하기\n\n## CPU-bound work")
    result = build_notebook(tmp_path, "print(max([1, 2.5]))", before=(headings,))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "nb" / "index.html").read_text()
    # A Korean heading has the id its table-of-contents entry points at (not id="").
    assert '<h1 id="_1">직접 측정하기<a class="anchor-link" href="#_1">' in html
    assert 'href="#_1"' in html.split('<h1 id="_1">')[0]  # the table of contents, before it
    assert '<h2 id="cpu-bound-work">CPU-bound work' in html
    assert 'id=""' not in html
    # Code carries Material's class, and Pygments' light-only colours are gone.
    assert '<div class="highlight highlight-ipynb hl-python">' in html
    assert '<span class="nb">max</span>' in html
    assert ".highlight-ipynb " not in html


def test_a_raising_cell_fails_the_build(tmp_path):
    result = build_notebook(tmp_path, "raise ValueError('this cell fails on purpose')")
    assert result.returncode != 0
    assert "this cell fails on purpose" in result.stderr


def test_a_dead_worker_process_fails_the_build(tmp_path):
    # os.abort runs in the worker and kills it: the pool breaks, the cell raises.
    source = (
        "import os\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "with ProcessPoolExecutor(1) as pool:\n"
        "    pool.submit(os.abort).result()\n"
    )
    result = build_notebook(tmp_path, source)
    assert result.returncode != 0
    assert "BrokenProcessPool" in result.stderr


def test_a_cell_past_its_timeout_fails_the_build(tmp_path):
    result = build_notebook(tmp_path, "import time\ntime.sleep(60)", timeout=3)
    assert result.returncode != 0
    assert "CellTimeoutError" in result.stderr or "timed out" in result.stderr


def test_a_translation_gets_the_outputs_of_the_one_run(tmp_path, monkeypatch):
    from concurrency_live.running import notebooks, runner

    monkeypatch.setattr(runner.config, "project", tmp_path)  # its run is cached there
    code = nbformat.v4.new_code_cell("import random\nprint(random.random())")
    write_notebook(tmp_path / "nb.ipynb", nbformat.v4.new_markdown_cell("English"), code)
    write_notebook(tmp_path / "nb.ko.ipynb", nbformat.v4.new_markdown_cell("한국어"), code)
    english = nbformat.read(notebooks.with_outputs(tmp_path / "nb.ipynb", tmp_path / "a"), 4)
    korean = nbformat.read(notebooks.with_outputs(tmp_path / "nb.ko.ipynb", tmp_path / "b"), 4)
    printed = english.cells[1].outputs[0]["text"]
    assert float(printed)  # it ran
    assert korean.cells[1].outputs[0]["text"] == printed  # once: the same random number
    assert korean.cells[0].source == "한국어"


def test_a_translation_with_other_code_is_refused(tmp_path, monkeypatch):
    from concurrency_live.running import notebooks, runner

    monkeypatch.setattr(runner.config, "project", tmp_path)  # its run is cached there
    write_notebook(tmp_path / "nb.ipynb", nbformat.v4.new_code_cell("print(1)"))
    write_notebook(tmp_path / "nb.ko.ipynb", nbformat.v4.new_code_cell("print(2)"))
    with pytest.raises(notebooks.NotebookError, match="exactly the code cells"):
        notebooks.with_outputs(tmp_path / "nb.ko.ipynb", tmp_path / "out")


def test_the_notebook_imports_its_workers_from_the_snippet_files():
    nb = nbformat.read(PROJECT / "docs" / "notebooks" / "measure-it-yourself.ipynb", as_version=4)
    code = "\n".join(cell.source for cell in nb.cells if cell.cell_type == "code")
    assert "import harness" in code and "import workloads" in code
    # Functions defined in the notebook cannot reach spawn/forkserver workers: none go to a pool.
    assert "def count_primes" not in code and "def fetch(" not in code


NOTEBOOK = PROJECT / "docs" / "notebooks" / "measure-it-yourself.ipynb"
ATTRIBUTE = re.compile(r"\b(harness|workloads)\.(\w+)")


def notebook_code(path: Path = NOTEBOOK) -> str:
    nb = nbformat.read(path, as_version=4)
    return "\n".join(cell.source for cell in nb.cells if cell.cell_type == "code")


def test_the_korean_notebook_has_the_same_code():
    korean = NOTEBOOK.with_name("measure-it-yourself.ko.ipynb")
    assert notebook_code(korean) == notebook_code()


def test_the_notebook_uses_only_what_the_harness_and_workloads_define():
    # It once called harness.measure_pool after the harness had dropped it: the build failed.
    modules = {}
    for name in ("harness", "workloads"):
        spec = importlib.util.spec_from_file_location(name, SNIPPETS / "bench" / f"{name}.py")
        modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(modules[name])
    used = set(ATTRIBUTE.findall(notebook_code()))
    assert used
    assert sorted((m, a) for m, a in used if not hasattr(modules[m], a)) == []


def test_the_notebook_measures_in_paired_rounds_within_a_budget():
    code = notebook_code()
    assert "harness.Benchmark(" in code and ".measure()" in code
    # Its own budget, whatever the environment says: it runs in every build.
    assert re.search(r'os\.environ\["BENCH_BUDGET"\] = ', code)
    assert re.search(r'os\.environ\["BENCH_RUNS"\] = ', code)


@pytest.mark.slow
def test_the_notebook_runs_and_shows_every_speedup_with_its_interval():
    from concurrency_live.running import notebooks

    ran = notebooks.executed(NOTEBOOK)
    outputs = [o for cell in ran.cells if cell.cell_type == "code" for o in cell.outputs]
    text = "".join(o.get("text", "") for o in outputs)
    speedups = [line for line in text.splitlines() if "as fast as sequential" in line]
    # CPU: threads and processes with 1, 2 (and the core count) workers; I/O: 2 x 2.
    assert len(speedups) >= 8, text
    for line in speedups:
        assert re.search(r"\d+% interval \d+\.\d\d-\d+\.\d\d, \d+ rounds", line), line
    assert len(re.findall(r"\d+ rounds, ended by (precise|budget|max_rounds)", text)) == 2
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert html.count("<svg") == 2
    # Error bars on every series of both charts (threads, processes; threads, asyncio).
    assert html.count('class="chart-error') == 4


# The executed copy is cached like a snippet's run: `SNIPPETS_CACHE=reuse` (nox -s serve) takes
# it from .cache/notebooks/ while nothing it depends on changed; `fresh` runs the notebook.


@pytest.fixture
def cached_project(tmp_path, monkeypatch):
    """A throwaway project whose notebook imports snippets/bench/helper.py (which imports
    snippets/measure.py); every run of a notebook is counted in the returned list."""
    from concurrency_live.running import notebooks, runner

    snippets = tmp_path / "snippets"
    (snippets / "bench").mkdir(parents=True)
    (snippets / "gil").mkdir()
    (snippets / "measure.py").write_text("SCALE = 1\n")
    (snippets / "bench" / "helper.py").write_text("import measure\n\nVALUE = 1\n")
    (snippets / "gil" / "unrelated.py").write_text("X = 1\n")
    (tmp_path / "docs").mkdir()
    source = (
        "import random, sys\n"
        f"sys.path[:0] = [{str(snippets / 'bench')!r}, {str(snippets)!r}]\n"
        "import helper\n"
        "print(helper.VALUE, random.random())"
    )
    write_notebook(tmp_path / "docs" / "nb.ipynb", nbformat.v4.new_code_cell(source))
    monkeypatch.setattr(runner.config, "project", tmp_path)
    monkeypatch.setattr(notebooks, "_memo", {})
    runs = []
    real = notebooks._execute
    monkeypatch.setattr(notebooks, "_execute", lambda path: runs.append(path) or real(path))
    return tmp_path, runs


def printed(project: Path) -> str:
    """What the notebook's cell printed, in a new build (one process, one build: the memo
    of runs starts empty)."""
    from concurrency_live.running import notebooks

    notebooks._memo.clear()
    ran = notebooks.executed(project / "docs" / "nb.ipynb")
    return ran.cells[0].outputs[0]["text"]


def test_reuse_takes_the_run_from_the_cache_without_running_the_notebook(
    cached_project, monkeypatch
):
    project, runs = cached_project
    monkeypatch.setenv("SNIPPETS_CACHE", "fresh")  # nox -s docs: runs it, and caches the run
    first = printed(project)
    assert len(runs) == 1
    assert [p.name for p in (project / ".cache" / "notebooks").iterdir()] == [
        f"nb-{notebook_key(project)}.ipynb"
    ]
    monkeypatch.setenv("SNIPPETS_CACHE", "reuse")  # nox -s serve
    assert printed(project) == first  # the same random number: the same run
    assert printed(project) == first
    assert len(runs) == 1


def test_fresh_always_runs_the_notebook(cached_project, monkeypatch):
    project, runs = cached_project
    monkeypatch.setenv("SNIPPETS_CACHE", "reuse")
    first = printed(project)
    monkeypatch.setenv("SNIPPETS_CACHE", "fresh")
    second = printed(project)
    assert len(runs) == 2
    assert second != first


def test_an_edit_to_a_module_the_notebook_imports_runs_it_again(cached_project, monkeypatch):
    project, runs = cached_project
    monkeypatch.setenv("SNIPPETS_CACHE", "reuse")
    assert printed(project).startswith("1 ")
    helper = project / "snippets" / "bench" / "helper.py"
    helper.write_text(helper.read_text().replace("VALUE = 1", "VALUE = 2"))
    assert printed(project).startswith("2 ")
    assert len(runs) == 2


def notebook_key(project: Path) -> str:
    from concurrency_live.running import notebooks

    return notebooks.inputs_key(project / "docs" / "nb.ipynb")


@pytest.mark.parametrize(
    ("edited", "invalidates"),
    [
        ("docs/nb.ipynb", True),
        ("snippets/bench/helper.py", True),  # imported by the notebook
        ("snippets/measure.py", True),  # imported by what the notebook imports
        ("snippets/gil/unrelated.py", False),  # imported by nothing the notebook runs
    ],
)
def test_the_cache_key_changes_with_the_notebook_and_what_it_imports(
    cached_project, edited, invalidates
):
    project, _ = cached_project
    before = notebook_key(project)
    assert notebook_key(project) == before
    path = project / edited
    if path.suffix == ".ipynb":
        nb = nbformat.read(path, 4)
        nb.cells.append(nbformat.v4.new_markdown_cell("One more sentence."))
        nbformat.write(nb, path)
    else:
        path.write_text(path.read_text() + "# edited\n")
    assert (notebook_key(project) != before) is invalidates


def test_the_cache_key_changes_with_the_benchmark_settings(cached_project, monkeypatch):
    project, _ = cached_project
    before = notebook_key(project)
    monkeypatch.setenv("BENCH_SCALE", "2")
    assert notebook_key(project) != before


def test_modules_imported_beside_magics_are_found(cached_project):
    from concurrency_live.running import notebooks

    project, _ = cached_project
    cell = "%load_ext autoreload\n!echo hello\nimport helper\n%time helper.VALUE"
    write_notebook(project / "docs" / "nb.ipynb", nbformat.v4.new_code_cell(cell))
    found = notebooks.imported_modules(project / "docs" / "nb.ipynb")
    assert [p.relative_to(project).as_posix() for p in found] == [
        "snippets/bench/helper.py",
        "snippets/measure.py",
    ]


def test_the_sites_notebook_key_covers_the_modules_it_imports():
    from concurrency_live.running import notebooks

    found = {p.relative_to(PROJECT).as_posix() for p in notebooks.imported_modules(NOTEBOOK)}
    assert {"snippets/bench/harness.py", "snippets/bench/workloads.py"} <= found
    assert {"snippets/measure.py", "concurrency_live/rendering/charts.py"} <= found


TWO_LANGUAGES_YML = f"""\
site_name: notebook cache test
hooks:
  - {PROJECT / "concurrency_live" / "site_hooks" / "hooks.py"}
plugins:
  - i18n:
      docs_structure: suffix
      languages:
        - locale: en
          default: true
          name: English
        - locale: ko
          name: 한국어
  - mkdocs-jupyter:
      include: ["*.ipynb"]
      ignore: ["*.md"]
      execute: false
"""


def test_a_second_build_in_reuse_mode_neither_runs_nor_converts_a_notebook(tmp_path):
    """What `nox -s serve` does at each start: the run comes from .cache/notebooks/ and
    mkdocs-jupyter's HTML of both languages from .cache/mkdocs-jupyter/<language>/."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(TWO_LANGUAGES_YML)
    code = nbformat.v4.new_code_cell("import random\nprint(random.random())")
    write_notebook(tmp_path / "docs" / "nb.ipynb", nbformat.v4.new_markdown_cell("# One"), code)
    write_notebook(tmp_path / "docs" / "nb.ko.ipynb", nbformat.v4.new_markdown_cell("# 하나"), code)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SNIPPETS_CACHE": "reuse"}
    env["PYTHONPATH"] = str(PROJECT)
    logs, pages = [], []
    for _ in range(2):
        # Not strict: MkDocs' own theme has no Korean words, and this site no home page.
        # Built as nox -s serve builds, with mkdocs-jupyter's converters imported on first use.
        result = subprocess.run(
            [sys.executable, "-m", "concurrency_live.site_hooks.writers_loop", "build"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        logs.append(result.stderr)
        pages.append([(tmp_path / "site" / p / "index.html").read_text() for p in ("nb", "ko/nb")])
    first, second = logs
    assert "ran in" in first and first.count("Converting notebook") == 2
    assert "ran in" not in second and "taken from .cache/notebooks/nb-" in second
    assert "Converting notebook" not in second and second.count("Cache hit") == 2
    assert pages[1] == pages[0]  # the same run, the same pages
