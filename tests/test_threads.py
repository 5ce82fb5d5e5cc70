"""The threads page: its snippets run on their own, and its renderers say what the data shows."""

from __future__ import annotations

import signal

import pytest

from snippet_runner import threads
from snippet_runner.run import Run
from tests.conftest import constants, prose

WORDS = ["alpha", "beta", "gamma"]


def record(results: dict | None, output: str = "", snippet: str = "threads/x.py") -> Run:
    return Run(snippet, [], output, 1.0, 0, {}, results, None)


# --- the snippets, run as a reader would --------------------------------------------------


def test_a_list_one_thread_appends_to_is_the_list_another_reads(snippet):
    ran = snippet("threads/shared_list_threads.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    assert r["written"] == r["read"] == WORDS
    assert set(r["thread_ids"]) == {"writer", "reader", "main"}
    assert len(set(r["thread_ids"].values())) == 3
    pids = {line.split("(pid ")[1].split(",")[0] for line in ran.lines}
    assert pids == {str(r["pid"])}


@pytest.mark.slow
def test_a_process_costs_far_more_to_start_than_a_thread(snippet):
    ran = snippet("threads/start_cost_threads.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    assert r["one"]["runs"] == 1000
    assert r["batch"]["runs"] == 15
    assert r["batch_size"] == 100
    for stats in (r["one"], r["batch"]):
        assert 0 < stats["min"] <= stats["median"] <= stats["max"]
    procs = snippet("processes/start_cost_methods.py").results
    default = procs["methods"][procs["default"]]
    assert default["median"] > 5 * r["one"]["median"]


def test_an_exception_ends_only_its_own_thread(snippet):
    ran = snippet("threads/exception_one_thread.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    assert sorted(r["alive_after_failure"]) == ["MainThread", "worker-10", "worker-100"]
    assert r["results"] == {"worker-10": 45, "worker-100": 4950}
    assert ran.lines[0] == "Exception in thread failing:"
    assert "ValueError: something went wrong in this thread" in ran.output


def test_os_abort_in_one_thread_ends_every_thread_of_the_process(snippet):
    ran = snippet("threads/abort_child_threads.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    assert r["exitcode"] == -signal.SIGABRT
    assert r["at_exit"] == r["later"]
    assert all(0 < steps < r["steps"] for steps in r["at_exit"])
    assert "finished all" not in ran.output
    assert "child: all threads done" not in ran.output
    assert "child: crash thread calls os.abort()" in ran.output


def test_hand_made_threads_lose_the_failing_result_to_excepthook(snippet):
    ran = snippet("threads/squares_handmade.py")
    assert ran.returncode == 0, ran.output
    assert ran.results["results"] == [1, 4, 9, None, 25]
    assert "Exception in thread square(-4):" in ran.output
    assert "ValueError: negative input -4" in ran.output


def test_a_pool_hands_results_and_the_exception_to_the_caller(snippet):
    ran = snippet("threads/squares_pool.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    assert r["mapped"] == [1, 4, 9]
    # JSON object keys are strings.
    assert r["submitted"] == {
        "1": 1,
        "2": 4,
        "3": 9,
        "-4": "ValueError('negative input -4')",
        "5": 25,
    }
    assert "Exception in thread" not in ran.output
    assert ran.lines[0] == "map: got [1, 4, 9], then re-raised ValueError('negative input -4')"


def test_exit_waits_for_the_worker_and_cuts_the_daemon_off(snippet):
    ran = snippet("threads/exit_daemon_thread.py")
    assert ran.returncode == 0, ran.output
    texts = [line.split("] ", 1)[1] for line in ran.lines]
    assert texts[0] == "main: reached the end of the script"
    assert texts[-1] == "worker: done"
    assert "daemon: finished its loop" not in texts
    ticks = [text for text in texts if text.startswith("daemon: tick")]
    assert 1 <= len(ticks) < 50


# --- the renderers, fed recorded and constructed runs ----------------------------------------


def test_a_failed_run_gives_a_note_not_a_crash():
    failed = record(None, snippet="threads/shared_list_threads.py")
    for text in (
        threads.shared_list(failed),
        threads.start_cost_table(failed, failed),
        threads.exception_summary(failed),
        threads.abort_summary(failed),
        threads.pool_summary(failed, failed),
    ):
        assert "No results from `threads/shared_list_threads.py`" in text


def test_the_shared_list_claim_follows_the_data():
    results = {"written": WORDS, "read": WORDS, "pid": 7, "thread_ids": {"writer": 8, "main": 7}}
    assert "exactly what the writer appended" in threads.shared_list(record(results))
    assert "(writer 8, main 7)" in threads.shared_list(record(results))
    short = threads.shared_list(record({**results, "read": WORDS[:1]}))
    assert "did not see the writer's whole list" in short


def stats(median: float, runs: int) -> dict:
    return {"median": median, "min": median / 2, "max": median * 2, "runs": runs}


THREAD_RESULTS = {"one": stats(0.0001, 1000), "batch": stats(0.00015, 15), "batch_size": 100}
PROCESS_RESULTS = {
    "default": "fork",
    "thread": stats(0.00008, 300),
    "methods": {"fork": stats(0.002, 15), "spawn": stats(0.05, 15)},
}


def test_the_start_cost_table_puts_the_processes_page_figures_next_to_a_thread():
    text = threads.start_cost_table(record(THREAD_RESULTS), record(PROCESS_RESULTS))
    assert "| a thread, one at a time | 100 µs | 50 µs | 200 µs | 1000 | 1\u00d7 |" in text
    assert "| a thread, in a batch of 100 (per thread) | 150 µs |" in text
    assert "| a process, `fork` (default) | 2 ms | 1 ms | 4 ms | 15 | 20\u00d7 |" in text
    assert "| a process, `spawn` | 50 ms |" in text
    assert "`fork`, took 2 ms: 20\u00d7 the 100 µs of a thread" in text
    assert "that run measured 80 µs for a thread" in text


def test_the_start_cost_claim_holds_either_way_and_without_process_figures():
    fast = {**PROCESS_RESULTS, "methods": {"fork": stats(0.00005, 15)}}
    text = threads.start_cost_table(record(THREAD_RESULTS), record(fast))
    assert "less than the 100 µs of a thread (0.5\u00d7)" in text
    alone = threads.start_cost_table(record(THREAD_RESULTS), record(None))
    assert "no process to compare with" in alone
    assert "a process," not in alone


EXCEPTHOOK_OUTPUT = "Exception in thread failing:\nTraceback (most recent call last):\n"


def test_the_exception_summary_names_the_survivors_or_says_they_did_not_finish():
    results = {
        "alive_after_failure": ["MainThread", "worker-10", "worker-100"],
        "results": {"worker-10": 45, "worker-100": 4950},
    }
    text = threads.exception_summary(record(results, output=EXCEPTHOOK_OUTPUT))
    assert "`threading.excepthook` printed" in text
    assert "`worker-10`, `worker-100` were still alive, and they went on to finish" in text
    assert "`worker-100` = 4950" in text
    unfinished = {**results, "results": {"worker-10": 45}}
    text = threads.exception_summary(record(unfinished, output=""))
    assert "No `Exception in thread` report" in text
    assert "did not all finish" in text


def test_the_abort_summary_says_whether_the_counts_stopped():
    results = {"exitcode": -6, "steps": 1000, "at_exit": [5, 6], "later": [5, 6], "look_again": 0.5}
    text = threads.abort_summary(record(results))
    assert "exitcode -6: killed by signal SIGABRT (6)" in text
    assert "0.5 s later the counts were the same, [5, 6]" in text
    assert "No worker printed its closing line" in text
    moved = {**results, "later": [7, 8]}
    output = "child: worker 0 finished all 1000 steps\n"
    text = threads.abort_summary(record(moved, output=output))
    assert "the counts still changed" in text
    assert "1 worker(s) still printed their closing line" in text


HANDMADE = {"inputs": [1, 2, -3], "results": [1, 4, None]}
POOL = {"inputs": [1, 2, -3], "mapped": [1, 4], "submitted": {"1": 1, "2": 4, "-3": "E('x')"}}


def test_the_pool_summary_says_where_results_and_errors_went():
    text = threads.pool_summary(
        record(HANDMADE, output="Exception in thread square(-3):\n"), record(POOL)
    )
    lines = text.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("- ") for line in lines)
    assert "came back as [1, 4, None]; the task for -3 left its slot empty" in lines[0]
    assert "went to `threading.excepthook`" in lines[0]
    assert "the loop got [1, 4], 2 of 3 results" in lines[1]
    assert "2 results, and the failing task's exception re-raised" in lines[2]
    assert "(`E('x')`)" in lines[2]
    assert "The pool printed no `Exception in thread` report" in lines[2]


def test_the_pool_summary_when_nothing_failed():
    handmade = {"inputs": [1, 2], "results": [1, 4]}
    pool = {"inputs": [1, 2], "mapped": [1, 4], "submitted": {"1": 1, "2": 4}}
    text = threads.pool_summary(record(handmade), record(pool))
    assert "came back as [1, 4]." in text
    assert "excepthook" not in text
    assert "all 2 results, [1, 4], and no exception" in text
    assert "all 2 results, and no exception" in text


DAEMON_OUTPUT = """\
[0.00 s] main: reached the end of the script
[0.10 s] daemon: tick 1 of 50
[0.20 s] daemon: tick 2 of 50
[0.30 s] daemon: tick 3 of 50
[0.35 s] worker: done
"""


def test_the_daemon_summary_counts_the_ticks_before_the_cut():
    text = threads.daemon_summary(record(None, output=DAEMON_OUTPUT))
    assert "printed 3 of its 50 ticks" in text
    assert "reached the end of the script at 0.00 s" in text
    assert "whose line came last at 0.35 s" in text


def test_the_daemon_summary_when_the_run_went_otherwise():
    finished = DAEMON_OUTPUT + "[5.00 s] daemon: finished its loop\n"
    text = threads.daemon_summary(record(None, output=finished))
    assert "got through all 50 ticks" in text
    assert "was not the last one" in text
    no_worker = DAEMON_OUTPUT.replace("[0.35 s] worker: done\n", "")
    assert "line is missing" in threads.daemon_summary(record(None, output=no_worker))


def test_the_prose_gives_the_programs_own_parameters():
    """The pages describe the abort and daemon programs with numbers from their source."""
    abort = constants("threads/abort_child_threads.py")
    daemon = constants("threads/exit_daemon_thread.py")
    assert (daemon["TICKS"], daemon["TICK"]) == (50, 0.1)  # "fifty ... a tenth of a second"
    en, ko = prose("threads.md"), prose("threads.ko.md")
    assert f"calls `os.abort()` after {abort['CRASH_AFTER']:g} s" in en
    assert f"again {abort['LOOK_AGAIN']:g} s later" in en
    assert f"works for {daemon['WORKER_TIME']:g} s" in en
    assert f"네 번째는 {abort['CRASH_AFTER']:g}초 뒤에" in ko
    assert f"{abort['LOOK_AGAIN']:g}초 뒤에 그 수를" in ko
    assert f"보통 스레드는 {daemon['WORKER_TIME']:g}초 동안" in ko
    assert "10분의 1초 간격으로 쉰 번" in ko and "fifty times, a tenth of a second apart" in en
