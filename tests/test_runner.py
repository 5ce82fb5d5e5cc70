"""The snippet runner: failures fail a strict build by name, nothing outlives a snippet, caching."""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PROJECT

# The package exports the function run(); the module of the same name is reached by path.
runner = importlib.import_module("concurrency_live.running.runner")

FIXTURES = PROJECT / "tests" / "fixtures" / "snippets"

MKDOCS_YML = f"""\
site_name: runner test
hooks:
  - {PROJECT / "concurrency_live" / "site_hooks" / "hooks.py"}
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - pymdownx.details
  - pymdownx.highlight
  - pymdownx.superfences
plugins:
  - markdown-exec
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A throwaway project: the fixture snippets, an empty docs/ and a runner pointed at it."""
    shutil.copytree(FIXTURES, tmp_path / "snippets")
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML)
    monkeypatch.setattr(runner.config, "project", tmp_path)
    monkeypatch.setattr(runner, "_memo", {})
    return tmp_path


def build(project: Path, *calls: str) -> subprocess.CompletedProcess:
    """A strict build of one page with a markdown-exec block for each ``show(...)`` call."""
    block = '```python exec="on"\nfrom concurrency_live import show; print({})\n```\n'
    page = "# Test\n\n" + "\n".join(block.format(call) for call in calls)
    (project / "docs" / "index.md").write_text(page)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SNIPPETS_CACHE": "fresh"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def pids_alive(pid_file: Path) -> list[int]:
    alive = []
    for pid in map(int, pid_file.read_text().split()):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            continue
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        if state != "Z":
            alive.append(pid)
    return alive


def test_a_good_snippet_builds_and_shows_its_output(project):
    result = build(project, 'show("bad/ok_with_helper.py")')
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "index.html").read_text()
    assert "hello from the helper" in html
    assert "snippets/bad/ok_with_helper.py" in html
    # The program can be downloaded from the site itself, as it is on disk.
    href = re.search(r'<a class="snippet-file" href="([^"]+)"', html)[1]
    published = (project / "site" / href).resolve()
    assert published.read_bytes() == (project / "snippets/bad/ok_with_helper.py").read_bytes()


def test_a_raising_snippet_fails_the_strict_build_by_name(project):
    result = build(project, 'show("bad/raises.py")')
    assert result.returncode != 0
    assert "snippets/bad/raises.py failed: exited with code 1" in result.stderr
    assert "ValueError: this snippet fails on purpose" in result.stderr


def test_a_failing_snippet_runs_once_however_many_blocks_show_it(project):
    result = build(project, *['show("bad/counts_and_fails.py")'] * 3)
    assert result.returncode != 0
    assert "snippets/bad/counts_and_fails.py failed: exited with code 1" in result.stderr
    marks = project / "snippets" / "bad" / "counts_and_fails.runs"
    assert marks.read_text().splitlines() == ["ran"]
    assert not list((project / ".cache" / "snippets").glob("*.json"))  # failures are not cached


def test_a_missing_snippet_fails_the_strict_build_by_name(project):
    result = build(project, 'show("bad/not_there.py")')
    assert result.returncode != 0
    assert "snippets/bad/not_there.py does not exist" in result.stderr


def test_a_hanging_snippet_is_killed_with_its_children(project):
    start = time.monotonic()
    result = build(project, 'show("bad/hangs.py", timeout=3)')
    assert time.monotonic() - start < 60
    assert result.returncode != 0
    assert "snippets/bad/hangs.py failed: timed out after 3 s" in result.stderr
    assert "hanging" in result.stderr  # the tail of its output
    assert pids_alive(project / "snippets" / "bad" / "hangs.pids") == []


def test_a_snippet_that_leaves_a_child_running_fails_and_the_child_is_killed(project):
    result = build(project, 'show("bad/leaves_child.py")')
    assert result.returncode != 0
    assert "snippets/bad/leaves_child.py failed: left 1 process(es) running" in result.stderr
    assert pids_alive(project / "snippets" / "bad" / "leaves_child.pids") == []


def test_an_unexpected_exit_code_is_accepted_only_when_expected(project):
    record = runner.run("bad/raises.py", expect_exit=1)
    assert record.ok
    assert record.returncode == 1


def test_the_suite_runs_as_machines_without_pythonunbuffered_do():
    assert "PYTHONUNBUFFERED" not in os.environ


def test_output_order_does_not_depend_on_pythonunbuffered(project, monkeypatch):
    monkeypatch.setenv("PYTHONUNBUFFERED", "1")
    record = runner.execute(project / "snippets" / "bad" / "raises.py")
    # Traceback on stderr comes after the flushed stdout line: one pipe, real order.
    assert record.output.index("about to fail") < record.output.index("Traceback")


def test_the_record_describes_the_interpreter(project):
    record = runner.run("bad/ok_with_helper.py")
    fp = record.interpreter
    assert fp["version"] == ".".join(map(str, sys.version_info[:3]))
    assert fp["usable_cores"] >= 1
    assert fp["start_method"] in {"fork", "spawn", "forkserver"}
    assert isinstance(fp["gil_enabled"], bool)
    assert record.command == ["python", "snippets/bad/ok_with_helper.py"]
    assert record.elapsed > 0


def key_of(project: Path, snippet: str) -> str:
    return runner.cache_key(project / "snippets" / snippet, sys.executable, 10, (), {})


def test_editing_a_snippet_or_a_module_it_imports_changes_the_cache_key(project):
    before = key_of(project, "bad/ok_with_helper.py")
    assert key_of(project, "bad/ok_with_helper.py") == before
    helper = project / "snippets" / "bad" / "helper.py"
    helper.write_text(helper.read_text() + "# edited\n")
    after_helper = key_of(project, "bad/ok_with_helper.py")
    assert after_helper != before
    snippet = project / "snippets" / "bad" / "ok_with_helper.py"
    snippet.write_text(snippet.read_text() + "# edited\n")
    assert key_of(project, "bad/ok_with_helper.py") not in {before, after_helper}


def test_settings_are_part_of_the_cache_key(project, monkeypatch):
    path = project / "snippets" / "bad" / "ok_with_helper.py"
    base = runner.cache_key(path, sys.executable, 10, (), {})
    assert runner.cache_key(path, sys.executable, 20, (), {}) != base
    assert runner.cache_key(path, sys.executable, 10, ("x",), {}) != base
    monkeypatch.setenv("BENCH_RUNS", "9")
    assert runner.cache_key(path, sys.executable, 10, (), {}) != base


def test_reuse_mode_takes_a_success_from_the_cache(project, monkeypatch):
    monkeypatch.setenv("SNIPPETS_CACHE", "reuse")
    first = runner.run("bad/ok_with_helper.py")
    assert not first.cached
    monkeypatch.setattr(runner, "_memo", {})
    second = runner.run("bad/ok_with_helper.py")
    assert second.cached
    assert second.output == first.output


def test_fresh_mode_never_reads_the_cache(project, monkeypatch):
    monkeypatch.setenv("SNIPPETS_CACHE", "reuse")
    runner.run("bad/ok_with_helper.py")
    monkeypatch.setattr(runner, "_memo", {})
    monkeypatch.setenv("SNIPPETS_CACHE", "fresh")
    assert not runner.run("bad/ok_with_helper.py").cached


def test_a_failure_is_never_cached(project, monkeypatch):
    monkeypatch.setenv("SNIPPETS_CACHE", "reuse")
    record = runner.run("bad/raises.py")
    assert not record.ok
    assert not list((project / ".cache").rglob("*.json"))
    assert not runner.run("bad/raises.py").cached


def test_a_snippet_runs_once_per_build(project, monkeypatch):
    first = runner.run("bad/ok_with_helper.py")
    assert runner.run("bad/ok_with_helper.py") is first


def test_an_unknown_mode_is_refused(project, monkeypatch):
    monkeypatch.setenv("SNIPPETS_CACHE", "sometimes")
    with pytest.raises(ValueError, match="SNIPPETS_CACHE"):
        runner.run("bad/ok_with_helper.py")


def test_a_prefetched_snippet_runs_once_and_run_waits_for_it(project):
    start = time.monotonic()
    runner.prefetch(["bad/counts_and_fails.py", "bad/ok_with_helper.py"])
    first = runner.run("bad/counts_and_fails.py")
    assert runner.run("bad/counts_and_fails.py") is first
    assert not first.ok
    assert runner.run("bad/ok_with_helper.py").ok
    marks = project / "snippets" / "bad" / "counts_and_fails.runs"
    assert marks.read_text().splitlines() == ["ran"]
    assert time.monotonic() - start < 60


FOCUSED = """\
import sys

# --8<-- [start:work]
def work():
    return 42
# --8<-- [end:work]


def plumbing():
    sys.exit(0)


# --8<-- [start:main]
if __name__ == "__main__":
    print(work())
# --8<-- [end:main]
"""


def test_a_page_shows_the_marked_part_and_the_whole_program_one_click_away():
    from concurrency_live.rendering import programs

    whole = programs.without_markers(FOCUSED)
    assert "--8<--" not in whole and "def plumbing" in whole
    assert programs.focus(FOCUSED) == (
        'def work():\n    return 42\n\n# ...\n\nif __name__ == "__main__":\n    print(work())\n'
    )
    assert programs.focus(FOCUSED, ("main",)).startswith('if __name__ == "__main__":')
    assert programs.focus("print(1)\n") == "print(1)\n"  # nothing marked: the whole program
    record = runner.Run("x/y.py", [], "42\n", 0.1, 0, {}, None, None)
    page = programs.present(record, FOCUSED)
    code, output = page.index("def work():"), page.index('title="Output"')
    assert code < output < page.index('??? quote "The whole program: snippets/x/y.py"')
    assert "def plumbing" in page.split("??? quote")[1] and "def plumbing" not in page[:output]
    # Nothing marked: the program shows once, with no collapsed copy of itself.
    assert "??? quote" not in programs.present(record, "print(42)\n")
