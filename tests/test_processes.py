"""The processes page: its snippets run on their own, and its renderers say what the data shows."""

from __future__ import annotations

import ast
import multiprocessing
import signal
import sys

import pytest

from snippet_runner import processes
from snippet_runner.run import Run, execute
from tests.conftest import SNIPPETS

METHODS = [
    m for m in ("fork", "forkserver", "spawn") if m in multiprocessing.get_all_start_methods()
]
SIGKILL = -signal.SIGKILL if hasattr(signal, "SIGKILL") else None


def record(results: dict | None, snippet: str = "processes/x.py", output: str = "", code=0) -> Run:
    return Run(snippet, [], output, 1.0, code, {}, results, None)


def has_main_guard(path) -> bool:
    """True when the module has a top-level ``if __name__ == "__main__":``."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Compare):
            left = node.test.left
            if isinstance(left, ast.Name) and left.id == "__name__":
                return True
    return False


# --- the snippets, run as a reader would --------------------------------------------------


def test_a_child_changes_only_its_own_copy_of_a_global(snippet):
    ran = snippet("processes/own_memory_child.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    assert r["child_counter"] == 100
    assert r["parent_counter"] == 0
    assert r["child_pid"] != r["parent_pid"]
    assert r["child_exitcode"] == 0
    assert ran.lines[0].endswith("counter is 0 before the child starts")
    assert ran.lines[1].endswith("set counter to 100")
    assert ran.lines[2].endswith("counter is 0 after the child ended")


def test_each_start_method_gives_the_child_what_the_documentation_says(snippet):
    ran = snippet("processes/start_methods_compare.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    assert r["default"] == multiprocessing.get_start_method()
    assert list(r["methods"]) == METHODS
    expected = {
        "fork": ("changed by the parent before start()", "__main__", True),
        "forkserver": ("set when the module was imported", "__mp_main__", False),
        "spawn": ("set when the module was imported", "__mp_main__", True),
    }
    for method, seen in r["methods"].items():
        assert (seen["setting"], seen["main_module"], seen["parent_is_main"]) == expected[method]


@pytest.mark.slow
def test_starting_a_process_costs_far_more_than_starting_a_thread(snippet):
    ran = snippet("processes/start_cost_methods.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    assert r["thread"]["runs"] == 300
    assert list(r["methods"]) == METHODS
    for stats in (r["thread"], *r["methods"].values()):
        assert stats["min"] <= stats["median"] <= stats["max"]
    for method, stats in r["methods"].items():
        assert stats["runs"] == 15
        assert stats["median"] > 5 * r["thread"]["median"], method
    if "spawn" in r["methods"] and "fork" in r["methods"]:
        assert r["methods"]["spawn"]["median"] > 3 * r["methods"]["fork"]["median"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_an_idle_child_holds_more_private_memory_than_an_idle_thread_adds(snippet):
    ran = snippet("processes/memory_rss_idle.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    assert r["threads"] == 20
    assert list(r["children"]) == METHODS
    for memory in (r["parent"], *r["children"].values()):
        assert 0 < memory["private"] <= memory["rss"]
    per_thread = r["thread_growth"]["all"] / r["threads"]
    # A spawned child is a whole interpreter of its own; a thread is a stack and a little state.
    assert r["children"]["spawn"]["private"] > 4 * max(per_thread, 1)
    if "fork" in r["children"]:
        # Most of a forked child's pages are still the parent's, shared copy-on-write.
        assert r["children"]["fork"]["private"] < r["children"]["fork"]["rss"] / 2


def test_children_that_fail_leave_the_parent_running_with_their_exit_codes(snippet):
    ran = snippet("processes/crash_isolation_children.py")
    assert ran.returncode == 0, ran.output
    assert ran.results["exitcodes"] == {"raises": 1, "exits_3": 3, "killed": SIGKILL}
    assert "ValueError: something went wrong in the child" in ran.output
    assert "Process raises:" in ran.output
    assert ran.lines[-1].endswith("still running")


GUARD_ERROR = (
    "An attempt has been made to start a new process before the\n"
    "        current process has finished its bootstrapping phase."
)


def test_without_the_guard_spawn_fails_in_the_child_and_the_script_exits_0(snippet):
    ran = snippet("processes/no_main_guard_spawn.py")
    assert ran.returncode == 0, ran.output
    names = [line.split("__name__ = ")[1] for line in ran.lines if "module code runs" in line]
    assert names == ["'__main__'", "'__mp_main__'"]
    assert "RuntimeError" in ran.output
    assert GUARD_ERROR in ran.output
    assert "child: working" not in ran.output
    assert ran.lines[-1] == "parent: the child's exit code is 1"


def test_the_guardless_snippet_ends_fast_and_leaves_no_process_behind():
    ran = execute(SNIPPETS / "processes" / "no_main_guard_spawn.py", timeout=30)
    assert ran.problem is None
    assert ran.returncode == 0
    assert ran.elapsed < 10


def test_only_the_guardless_example_lacks_the_main_guard():
    files = sorted((SNIPPETS / "processes").glob("*.py")) + sorted(
        (SNIPPETS / "threads").glob("*.py")
    )
    unguarded = [p.name for p in files if not has_main_guard(p)]
    assert unguarded == ["no_main_guard_spawn.py"]


# --- the renderers, fed recorded and constructed runs ----------------------------------------


def test_exit_meaning_covers_normal_status_and_signal():
    assert processes.exit_meaning(0) == "ended normally"
    assert processes.exit_meaning(3) == "exited with status 3"
    assert processes.exit_meaning(-9).startswith("killed by signal SIGKILL (9)")
    assert processes.exit_meaning(-6).startswith("killed by signal SIGABRT (6)")
    assert processes.exit_meaning(None) == "still running"


def test_times_and_sizes_read_as_a_person_would_write_them():
    assert processes.times(1221.4) == "1,221\u00d7"
    assert processes.times(1.55) == "1.6\u00d7"
    assert processes.human(0.0000586) == "58.6 µs"
    assert processes.kib(1592) == "1.6 MiB"
    assert processes.kib(16) == "16 KiB"
    assert processes.kib(None) == "unavailable"


def test_a_failed_run_gives_a_note_not_a_crash():
    failed = record(None, snippet="processes/memory_rss_idle.py")
    for render in (
        processes.own_memory,
        processes.start_methods_table,
        processes.start_cost_table,
        processes.memory_table,
        processes.exit_codes_table,
    ):
        assert "No results from `processes/memory_rss_idle.py`" in render(failed)


OWN = {"parent_pid": 10, "child_pid": 11, "child_counter": 100, "child_exitcode": 0}


def test_own_memory_says_which_way_the_run_went():
    kept = processes.own_memory(record({**OWN, "parent_counter": 0}))
    assert "still had `counter` = 0" in kept
    shared = processes.own_memory(record({**OWN, "parent_counter": 100}))
    assert "the change reached the parent" in shared


def test_the_start_methods_table_marks_the_default_and_the_fork_server():
    results = {
        "default": "forkserver",
        "methods": {
            "fork": {"setting": "a", "main_module": "__main__", "parent_is_main": True},
            "forkserver": {"setting": "b", "main_module": "__mp_main__", "parent_is_main": False},
        },
    }
    table = processes.start_methods_table(record(results))
    assert "| `fork` | a | `__main__` | the main process |" in table
    assert "| `forkserver` (default here) | b | `__mp_main__` | another process" in table


def stats(median: float, runs: int = 15) -> dict:
    return {"median": median, "min": median * 0.9, "max": median * 1.5, "runs": runs}


def test_the_start_cost_table_gives_ratios_to_a_thread_and_the_range():
    results = {
        "default": "fork",
        "thread": stats(0.0001, 300),
        "methods": {"fork": stats(0.002), "forkserver": stats(0.01), "spawn": stats(0.05)},
    }
    text = processes.start_cost_table(record(results))
    assert "| a thread | 100 µs | 90 µs | 150 µs | 300 | 1\u00d7 |" in text
    assert "| a process, `fork` (default here) | 2 ms | 1.8 ms | 3 ms | 15 | 20\u00d7 |" in text
    assert "| a process, `spawn` | 50 ms | 45 ms | 75 ms | 15 | 500\u00d7 |" in text
    assert "`fork`, took 2 ms (median): 20\u00d7 the 100 µs of a thread" in text
    assert "`fork` was the quickest (2 ms) and `spawn` the slowest (50 ms, 25\u00d7 `fork`)" in text


def test_the_start_cost_claim_holds_when_the_process_wins_too():
    results = {"default": "fork", "thread": stats(0.004, 300), "methods": {"fork": stats(0.002)}}
    text = processes.start_cost_table(record(results))
    assert "less than the 4 ms of a thread (0.5\u00d7)" in text
    assert "quickest" not in text  # one method: no range to state


def memory_results(one: int, all_: int, fork_private: int = 1600) -> dict:
    return {
        "default": "fork",
        "parent": {"rss": 14800, "private": 8000},
        "children": {
            "fork": {"rss": 12400, "private": fork_private},
            "spawn": {"rss": 16500, "private": 9200},
        },
        "threads": 20,
        "thread_growth": {"one": one, "all": all_},
    }


def test_the_memory_table_compares_a_child_with_a_thread_either_way():
    text = processes.memory_table(record(memory_results(16, 320)))
    assert "| an idle child, `fork` (default here) | 12.1 MiB | 1.6 MiB |" in text
    assert "| the parent grew by, after 20 idle threads | +320 KiB | |" in text
    assert "16 KiB each" in text
    assert "private memory alone was 100\u00d7 the growth per idle thread" in text
    assert "87% of its pages were still shared" in text
    heavy = processes.memory_table(record(memory_results(400, 8000, fork_private=200)))
    assert "Per idle thread, the growth was 2\u00d7 the idle child's private memory" in heavy
    nothing = processes.memory_table(record(memory_results(0, 0)))
    assert "added nothing measurable" in nothing


def test_the_memory_table_says_when_there_were_no_figures():
    results = memory_results(0, 0)
    results["thread_growth"] = None
    results["children"] = {"spawn": {"rss": None, "private": None}}
    text = processes.memory_table(record(results))
    assert "| an idle child, `spawn` | unavailable | unavailable |" in text
    assert "no memory figures" in text


CRASH_OUTPUT = "parent (pid 5): still running\n"


def test_the_exit_code_table_explains_each_code():
    results = {"exitcodes": {"raises": 1, "exits_3": 3, "killed": -9}}
    text = processes.exit_codes_table(record(results, output=CRASH_OUTPUT))
    assert "| `raises` | raised `ValueError` (uncaught) | 1 | exited with status 1 |" in text
    assert "| `killed` | was sent SIGKILL" in text
    assert "| -9 | killed by signal SIGKILL (9)" in text
    assert "exited with code 0: no failure of a child reached it" in text
    failed = processes.exit_codes_table(record(results, output="", code=1))
    assert "a child's failure did reach it" in failed


GUARD_OUTPUT = """\
module code runs: pid 1, __name__ = '__main__'
module code runs: pid 2, __name__ = '__mp_main__'
RuntimeError:
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.
parent: the child's exit code is 1
"""


def test_the_guard_summary_follows_the_output():
    text = processes.guard_summary(record(None, output=GUARD_OUTPUT))
    assert "ran 2 times, with `__name__` set to `__main__`, then `__mp_main__`" in text
    assert "the child exited with code 1" in text
    assert "**The script itself exited with code 0**" in text
    fine = GUARD_OUTPUT.replace("exit code is 1", "exit code is 0").replace("RuntimeError", "")
    assert "The child exited with code 0." in processes.guard_summary(record(None, output=fine))
    assert "The script itself exited with code 1." in processes.guard_summary(
        record(None, output=GUARD_OUTPUT, code=1)
    )
    assert "printed no exit code" in processes.guard_summary(record(None, output=""))
