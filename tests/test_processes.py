"""The processes page: its snippets run on their own, and its renderers say what the data shows."""

from __future__ import annotations

import ast
import multiprocessing
import signal
import sys

import pytest

from concurrency_live.pages import evidence, processes
from concurrency_live.rendering import claims
from concurrency_live.running.runner import Run, execute
from concurrency_live.words import t
from tests.conftest import SNIPPETS, constants, prose
from tests.paired_results import INTERPRETER, estimate, measurement

METHODS = [
    m for m in ("fork", "forkserver", "spawn") if m in multiprocessing.get_all_start_methods()
]
SIGKILL = -signal.SIGKILL if hasattr(signal, "SIGKILL") else None


def record(
    results: dict | None, snippet: str = "processes/x.py", output: str = "", code=0, fp=None
) -> Run:
    return Run(snippet, [], output, 1.0, code, fp or {}, results, None)


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
    params = constants("processes/start_cost_methods.py")
    m = r["measurement"]
    assert r["default"] == multiprocessing.get_start_method()
    assert r["methods"] == METHODS
    assert r["threads"] == params["THREADS"]
    assert m["configs"] == ["thread", *METHODS]
    assert 6 <= len(m["rounds"]) <= 60
    assert m["settings"]["budget"] == params["BUDGET"]
    # Every configuration ran once in every round, the first one rotating.
    assert all(set(rnd["values"]) == set(m["configs"]) for rnd in m["rounds"])
    assert [rnd["order"][0] for rnd in m["rounds"][:4]] == (m["configs"] * 2)[:4]
    for name in m["configs"]:
        stats = m["stats"][name]
        assert stats["min"] <= stats["median"] <= stats["max"]
    # A value is the time of one start + join: a thread's is the batch divided by THREADS.
    assert m["stats"]["thread"]["median"] < 0.01
    for method in METHODS:
        ratio = claims.Estimate.of(m["ratios"][f"{method}/thread"])
        assert ratio.low <= ratio.median <= ratio.high
        assert ratio.median > 5, method  # fork measures ~30x here, spawn ~800x
    if "spawn" in METHODS and "fork" in METHODS:
        assert claims.Estimate.of(m["ratios"]["spawn/fork"]).median > 3
    assert f"{len(m['rounds'])} rounds ({r['threads']} threads each)" in ran.output
    assert "load average" in ran.output


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


def test_sizes_read_as_a_person_would_write_them():
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
        notice = "`processes/memory_rss_idle.py`: This example failed in the build"
        assert render(failed).startswith(notice)


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


def cost_results(
    ratios: dict[str, tuple], medians: dict[str, float] | None = None, default="fork", **options
) -> dict:
    """A start-cost run: a process per method over a thread, and method over method."""
    medians = medians or {"thread": 100e-6, "fork": 2e-3, "forkserver": 10e-3, "spawn": 50e-3}
    methods = [name for name in medians if name != "thread"]
    return {
        "default": default,
        "methods": methods,
        "threads": 50,
        "measurement": measurement(
            medians,
            {name: estimate(*value, of=name.split("/")) for name, value in ratios.items()},
            **options,
        ),
    }


RATIOS = {
    "fork/thread": (20.0, 18.5, 21.0),
    "forkserver/thread": (100.0, 95.0, 104.0),
    "spawn/thread": (500.0, 480.0, 530.0),
    "forkserver/fork": (5.0, 4.8, 5.3),
    "spawn/fork": (25.0, 24.0, 26.5),
    "spawn/forkserver": (5.0, 4.9, 5.2),
}


def test_the_start_cost_table_gives_each_ratio_with_its_interval():
    text = processes.start_cost_table(record(cost_results(RATIOS), fp=INTERPRETER))
    assert "| a thread | 100 µs | 90 µs | 150 µs | 1.00\u00d7 |" in text
    assert (
        "| a process, `fork` (default here) | 2 ms | 1.8 ms | 3 ms | 20.0\u00d7 (18.5\u201321.0) |"
        in text
    )
    assert "| a process, `spawn` | 50 ms | 45 ms | 75 ms | 500\u00d7 (480\u2013530) |" in text
    assert (
        "`fork`, took 2 ms (median): 20.0\u00d7 the 100 µs of a thread in the same rounds** "
        "(95 % interval 18.5\u201321.0, 12 rounds)"
    ) in text
    assert "`fork` had the lowest median (2 ms) and `spawn` the highest (50 ms)" in text
    assert (
        "per round, `spawn` took 25.0\u00d7 the time of `fork` (95 % interval 24.0\u201326.5"
        in text
    )
    assert "starts and joins 50 threads one after the other" in text
    assert "(`fork`, `forkserver`, `spawn`)" in text
    assert "CPython 3.11.7 (GIL on): 12 rounds, ended because every interval was within" in text
    assert "load average was 0.50 before the rounds and 0.75 after them" in text


@pytest.mark.parametrize(
    ("ratio", "words"),
    [
        ((0.5, 0.45, 0.55), "less than the 4 ms of a thread in the same rounds: 0.50\u00d7**"),
        ((1.02, 0.9, 1.1), "an interval that includes 1, so this run cannot tell the two apart"),
        ((1.6, 1.4, 1.8), "1.60\u00d7 the 4 ms of a thread in the same rounds**"),
    ],
)
def test_the_default_cost_sentence_follows_where_the_interval_lies(ratio, words):
    results = cost_results({"fork/thread": ratio}, {"thread": 4e-3, "fork": 2e-3})
    text = processes.start_cost_table(record(results))
    assert words in text
    assert "lowest median" not in text  # one method: no range to state


def test_the_range_names_the_pair_the_run_compared_whichever_way_it_went():
    medians = {"thread": 1e-4, "fork": 9e-3, "spawn": 5e-3}  # fork slower than spawn, here
    results = cost_results({"spawn/fork": (0.55, 0.5, 0.6)}, medians)
    text = processes.start_cost_table(record(results))
    assert "`spawn` had the lowest median (5 ms) and `fork` the highest (9 ms)" in text
    assert "per round, `spawn` took 0.55\u00d7 the time of `fork`" in text
    assert "| a process, `spawn` | 5 ms | 4.5 ms | 7.5 ms | - |" in text


@pytest.mark.parametrize(
    ("ratio", "verdict"),
    [
        ((20.0, 18.5, 21.0), claims.REPRODUCED),
        ((10.5, 9.0, 12.0), claims.INCONCLUSIVE),
        ((6.0, 5.0, 7.0), claims.NOT_REPRODUCED),
    ],
)
def test_the_process_start_claim_is_decided_by_the_interval(monkeypatch, ratio, verdict):
    assert claims.CLAIMS["process_start"].threshold == 10
    results = cost_results({**RATIOS, "fork/thread": ratio})
    monkeypatch.setattr(
        evidence, "run", lambda snippet: record(results, snippet=snippet, fp=INTERPRETER)
    )
    box = evidence.show("process_start")
    assert f'data-claim="process_start" data-verdict="{verdict}"' in box
    assert (
        "CPython 3.11.7 (GIL on), start + join of a process with the default method, `fork`" in box
    )
    assert t("claims.process_start", "ko") in evidence.show("process_start", "ko")
    # Another default picks its own ratio.
    other = cost_results({**RATIOS, "fork/thread": ratio}, default="spawn")
    monkeypatch.setattr(evidence, "run", lambda snippet: record(other, snippet=snippet))
    assert 'data-verdict="reproduced"' in evidence.show("process_start")
    monkeypatch.setattr(evidence, "run", lambda snippet: record(None, snippet=snippet))
    assert 'data-verdict="no_data"' in evidence.show("process_start")


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
    assert "| the parent grew by, after 20 idle threads | +320 KiB |  |" in text
    assert "16 KiB each" in text
    assert "private memory alone was 100\u00d7 the growth per idle thread" in text
    assert "87% of its pages were still shared" in text
    heavy = processes.memory_table(record(memory_results(400, 8000, fork_private=200)))
    assert "Per idle thread, the growth was 2.00\u00d7 the idle child's private memory" in heavy
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


def test_the_page_leaves_every_outcome_to_the_run_and_states_its_claim():
    typed = {
        "processes.md": [
            "The child worked on its own copy",
            "first child came from",
            "cheap enough",
        ],
        "processes.ko.md": [
            "모듈의 사본으로 작업했습니다",
            "첫 번째 자식의 트레이스백",
            "충분히 싸지만",
        ],
    }
    for page, phrases in typed.items():
        text = prose(page)
        for phrase in phrases:
            assert phrase not in text, (page, phrase)
        assert 'evidence.show("process_start"' in text
