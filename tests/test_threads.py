"""The threads page: its snippets run on their own, and its renderers say what the data shows."""

from __future__ import annotations

import signal

import pytest

from concurrency_live.pages import threads
from concurrency_live.running.runner import Run
from tests.conftest import constants, prose
from tests.paired_results import INTERPRETER, estimate, measurement

WORDS = ["alpha", "beta", "gamma"]


def record(results: dict | None, output: str = "", snippet: str = "threads/x.py", fp=None) -> Run:
    return Run(snippet, [], output, 1.0, 0, fp or {}, results, None)


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
def test_threads_started_one_at_a_time_and_in_a_batch_are_timed_in_paired_rounds(snippet):
    ran = snippet("threads/start_cost_threads.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    params = constants("threads/start_cost_threads.py")
    m = r["measurement"]
    assert r["batch_size"] == params["BATCH"]
    assert m["configs"] == ["one", "batch"]
    assert m["settings"]["budget"] == params["BUDGET"]
    assert 6 <= len(m["rounds"]) <= 60
    # The order alternates: each way goes first in every other round.
    assert [rnd["order"][0] for rnd in m["rounds"][:4]] == ["one", "batch", "one", "batch"]
    for name in ("one", "batch"):
        stats = m["stats"][name]
        assert 0 < stats["min"] <= stats["median"] <= stats["max"] < 0.01  # per thread
    ratio = m["ratios"]["batch/one"]
    assert ratio["of"] == ["batch", "one"]
    assert ratio["low"] <= ratio["median"] <= ratio["high"]
    # Either way a thread costs a stack and some interpreter state: the same order of time.
    assert 0.3 < ratio["median"] < 3
    assert f"{len(m['rounds'])} rounds, ended by: {m['stopped']}" in ran.output


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
        assert text.startswith("`threads/shared_list_threads.py`: This example failed in the build")


def test_the_shared_list_claim_follows_the_data():
    results = {"written": WORDS, "read": WORDS, "pid": 7, "thread_ids": {"writer": 8, "main": 7}}
    assert "exactly what the writer appended" in threads.shared_list(record(results))
    assert "(writer 8, main 7)" in threads.shared_list(record(results))
    short = threads.shared_list(record({**results, "read": WORDS[:1]}))
    assert "did not see the writer's whole list" in short


def thread_results(ratio: tuple, **options) -> dict:
    return {
        "batch_size": 100,
        "measurement": measurement(
            {"one": 100e-6, "batch": 80e-6},
            {"batch/one": estimate(*ratio, of=("batch", "one"))},
            **options,
        ),
    }


def process_results(ratio: tuple = (25.0, 23.0, 27.0)) -> dict:
    """The processes page's run: its own thread (80 µs) and processes, in the same rounds."""
    return {
        "default": "fork",
        "methods": ["fork", "spawn"],
        "threads": 50,
        "measurement": measurement(
            {"thread": 80e-6, "fork": 2e-3, "spawn": 50e-3},
            {
                "fork/thread": estimate(*ratio, of=("fork", "thread")),
                "spawn/thread": estimate(600.0, 570.0, 640.0, of=("spawn", "thread")),
                "spawn/fork": estimate(25.0, 24.0, 26.0, of=("spawn", "fork")),
            },
        ),
    }


@pytest.mark.parametrize(
    ("ratio", "words"),
    [
        ((0.8, 0.75, 0.85), "a thread cost 80 µs, 0.80\u00d7 the 100 µs of a thread started"),
        ((1.3, 1.2, 1.4), "1.30\u00d7 the 100 µs of a thread started and joined on its own** "),
        ((0.98, 0.9, 1.05), "an interval that includes 1, so this run cannot tell the two apart"),
    ],
)
def test_the_batch_sentence_follows_where_the_interval_lies(ratio, words):
    text = threads.start_cost_table(record(thread_results(ratio)), record(process_results()))
    assert words in text
    if ratio[1] > 1:
        assert "more per thread, not less" in text
    assert f"95 % interval {ratio[1]:.2f}\u2013{ratio[2]:.2f}, 12 rounds" in text


def test_the_start_cost_table_and_how_it_was_measured():
    ours = thread_results((0.8, 0.75, 0.85), rounds=9, stopped="max_rounds")
    text = threads.start_cost_table(record(ours, fp=INTERPRETER), record(process_results()))
    assert "| a thread, one at a time | 100 µs | 90 µs | 150 µs | 1.00\u00d7 |" in text
    assert (
        "| a thread, in a batch of 100 | 80 µs | 72 µs | 120 µs | 0.80\u00d7 (0.75\u20130.85) |"
        in text
    )
    assert "starts and joins 100 threads one at a time, and starts 100 threads" in text
    assert "CPython 3.11.7 (GIL on): 9 rounds, the most allowed" in text
    assert "load average was 0.50 before the rounds and 0.75 after them" in text


def test_a_process_is_compared_with_the_thread_of_its_own_run_only():
    text = threads.start_cost_table(
        record(thread_results((0.8, 0.75, 0.85))), record(process_results())
    )
    # The processes run's thread (80 µs) and its per-round ratio, not 2 ms / this page's 100 µs.
    assert "`fork`, took 2 ms: 25.0\u00d7 the 80 µs of a thread in the same rounds** " in text
    assert "(95 % interval 23.0\u201327.0, 12 rounds)" in text
    assert "20.0\u00d7" not in text
    assert "The other start methods, in the same rounds: `spawn` 600\u00d7" in text
    assert "`fork` 25.0" not in text  # the default is not listed twice


@pytest.mark.parametrize(
    ("ratio", "words"),
    [
        ((0.5, 0.4, 0.6), "less than the 80 µs of a thread in the same rounds: 0.50\u00d7**"),
        ((1.0, 0.9, 1.1), "so that run cannot tell the two apart"),
    ],
)
def test_the_process_sentence_follows_where_the_interval_lies(ratio, words):
    text = threads.start_cost_table(
        record(thread_results((0.8, 0.75, 0.85))), record(process_results(ratio))
    )
    assert words in text


def test_without_process_figures_the_page_says_so():
    alone = threads.start_cost_table(record(thread_results((0.8, 0.75, 0.85))), record(None))
    assert "no process to compare with" in alone
    assert "`fork`" not in alone


def test_the_page_says_where_its_process_figures_come_from():
    en, ko = prose("threads.md"), prose("threads.ko.md")
    assert "every ratio below comes from the rounds of one run, never from two runs" in en
    assert "모든 비율은 두 실행이 아니라 한 실행의 라운드에서 나옵니다" in ko
    for page in (en, ko):
        assert 'evidence.show("process_start"' in page


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


def test_the_page_leaves_every_outcome_to_the_run():
    typed = {
        "threads.md": ["Nothing was copied", "processes page showed", "a thousand times"],
        "threads.ko.md": ["보낸 것은 하나도 없습니다", "보았듯이", "천 번"],
    }
    for page, phrases in typed.items():
        text = prose(page)
        for phrase in phrases:
            assert phrase not in text, (page, phrase)
