"""The two examples the project started from, run on their own and read by the overview page."""

from __future__ import annotations

import ast
import re
import time

import pytest

from concurrency_live.pages import overview
from concurrency_live.running.runner import Run
from tests.conftest import SNIPPETS, constants

STAMP = re.compile(r"^\[\s*[\d.]+ s\] ")
TEN_LINES = [f"Letter: {c}" for c in "ABCDE"] + [f"Number: {i}" for i in range(1, 6)]
THREADS = "seed/numbers_letters_threads.py"
PROCESSES = "seed/numbers_letters_processes.py"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "closing"),
    [(THREADS, "All threads are done!"), (PROCESSES, "All processes are done!")],
)
def test_seed_prints_every_line_then_its_closing_line(snippet, name, closing):
    began = time.perf_counter()
    ran = snippet(name)
    elapsed = time.perf_counter() - began
    assert ran.returncode == 0, ran.output
    lines = [STAMP.sub("", line) for line in ran.lines]
    # Threads and processes interleave: compare the set of lines, then where the last one is.
    assert sorted(lines[:-1]) == TEN_LINES
    assert lines[-1] == closing
    stamps = [float(line[1:].split(" s]")[0]) for line in ran.lines]
    # The run is bounded below by the longest chain of sleeps (5 x 1.5 s).
    assert stamps[-1] >= 7.4
    # The summary's parts add up to the time over the floor (each shown to 10 ms).
    recorded = record(ran.output, name, elapsed)
    split = overview.excess(recorded)
    over = elapsed - overview.floor(recorded)
    assert split["start"] + split["drift"] + split["outside"] == pytest.approx(over, abs=0.02)
    assert split["first"] == "Letter: A"  # 5 x 1.5 s of letters is the longer chain


def test_every_line_of_the_seed_is_printed_as_one_string():
    # print(a, b) writes a, a space and b separately: another thread's line could land between
    # a stamp and its text, and the page could no longer tell which line printed when.
    for name in (THREADS, PROCESSES):
        tree = ast.parse((SNIPPETS / name).read_text(encoding="utf-8"))
        prints = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print"
        ]
        assert len(prints) == 3, name
        assert all(len(call.args) == 1 for call in prints), name


def test_both_examples_sleep_alike():
    # The overview compares the two programs' runs with one sum of sleeps.
    pauses = ("NUMBER_PAUSE", "LETTER_PAUSE")
    assert [constants(THREADS)[p] for p in pauses] == [constants(PROCESSES)[p] for p in pauses]


def record(output: str, snippet: str = THREADS, elapsed=7.6) -> Run:
    return Run(snippet, [], output, elapsed, 0, {}, None, None)


TIE_NUMBER_FIRST = """\
[ 0.00 s] Number: 1
[ 0.00 s] Letter: A
[ 1.00 s] Number: 2
[ 1.50 s] Letter: B
[ 2.00 s] Number: 3
[ 3.00 s] Number: 4
[ 3.01 s] Letter: C
[ 4.00 s] Number: 5
[ 4.50 s] Letter: D
[ 6.00 s] Letter: E
[ 7.50 s] All threads are done!
"""

# Processes start later than threads, and a wake-up comes late.
LATE_START = """\
[ 0.04 s] Number: 1
[ 0.05 s] Letter: A
[ 1.04 s] Number: 2
[ 1.55 s] Letter: B
[ 2.04 s] Number: 3
[ 3.04 s] Number: 4
[ 3.05 s] Letter: C
[ 4.04 s] Number: 5
[ 4.56 s] Letter: D
[ 6.06 s] Letter: E
[ 7.58 s] All processes are done!
"""


def test_the_floor_is_the_longest_chain_of_sleeps():
    assert overview.floor(record(TIE_NUMBER_FIRST)) == pytest.approx(7.5)
    assert overview.asleep(record(TIE_NUMBER_FIRST)) == pytest.approx(12.5)


def test_two_lines_written_at_once_are_both_read():
    glued = TIE_NUMBER_FIRST.replace(
        "[ 0.00 s] Number: 1\n[ 0.00 s] Letter: A\n", "[ 0.00 s] Number: 1[ 0.00 s] Letter: A\n\n"
    )
    lines = overview.schedule(record(glued))
    assert sorted(line["text"] for line in lines) == TEN_LINES
    assert overview.floor(record(glued)) == pytest.approx(7.5)


def test_the_tie_is_reported_in_the_order_it_happened():
    text = overview.summary(record(TIE_NUMBER_FIRST))
    assert "`Number: 4` and `Letter: C` are both due at 3.0 s" in text
    assert "`Number: 4` printed first (at 3.00 s, and `Letter: C` at 3.01 s)" in text
    swapped = TIE_NUMBER_FIRST.replace(
        "[ 3.00 s] Number: 4\n[ 3.01 s] Letter: C", "[ 3.00 s] Letter: C\n[ 3.01 s] Number: 4"
    )
    assert "`Letter: C` printed first" in overview.summary(record(swapped))


def test_lines_due_at_the_start_are_not_called_a_tie():
    assert "due at 0.0 s" not in overview.summary(record(TIE_NUMBER_FIRST))


def test_without_lines_due_at_once_there_is_no_tie_sentence():
    # With three numbers (due at 0, 1 and 2 s) no two lines share a moment after 0 s.
    three = re.sub(r".*Number: [45]\n", "", TIE_NUMBER_FIRST)
    assert len(overview.schedule(record(three))) == 8
    assert "both due" in overview.summary(record(TIE_NUMBER_FIRST))
    assert "both due" not in overview.summary(record(three))


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_summary_names_no_cause_it_did_not_time(lang):
    text = overview.summary(record(TIE_NUMBER_FIRST, elapsed=7.62), lang)
    for cause in ("interpreter and the workers", "인터프리터와 워커"):
        assert cause not in text


def test_the_summary_states_elapsed_against_the_floor():
    text = overview.summary(record(TIE_NUMBER_FIRST, elapsed=7.62))
    assert "Elapsed 7.62 s against a floor of 7.50 s" in text
    assert "0.12 s over it" in text


def test_the_excess_is_split_on_the_programs_own_clock():
    # Letter A at 0.00 s, the closing line at 7.50 s: nothing inside, all 0.12 s outside.
    text = overview.summary(record(TIE_NUMBER_FIRST, elapsed=7.62))
    assert "`Letter: A`, the first line of that chain, printed at 0.00 s" in text
    assert "closing line at 7.50 s: 0.00 s more between them than the chain's 7.50 s" in text
    assert "The other 0.12 s passed outside the program's clock" in text
    # Letter A at 0.05 s, closing at 7.58 s: 0.05 + 0.03 inside, 0.04 outside.
    text = overview.summary(record(LATE_START, PROCESSES, elapsed=7.62))
    assert "0.12 s over it" in text
    assert "printed at 0.05 s and the closing line at 7.58 s: 0.03 s more" in text
    assert "The other 0.04 s passed outside" in text


def test_a_run_without_its_closing_line_is_not_split():
    cut = TIE_NUMBER_FIRST.replace("[ 7.50 s] All threads are done!\n", "")
    assert overview.excess(record(cut)) is None
    text = overview.summary(record(cut))
    assert "over it." in text and "own clock" not in text


def overlap(threads: float, processes: float, lang: str = "en") -> str:
    return overview.overlap(
        record(TIE_NUMBER_FIRST, THREADS, threads),
        record(LATE_START, PROCESSES, processes),
        lang,
    )


def test_sleeps_overlap_when_a_program_ends_before_their_sum():
    text = overlap(7.52, 7.62)
    assert text.startswith("Both programs ended before the 12.50 s")
    assert "(threads 7.52 s, processes 7.62 s)" in text


def test_one_program_past_the_sum_of_its_sleeps_is_named():
    text = overlap(7.52, 12.6)
    assert text.startswith("The threads program ended after 7.52 s, before the 12.50 s")
    assert "The processes program took 12.60 s, no less than that sum" in text
    text = overlap(13.0, 7.62)
    assert text.startswith("The processes program ended after 7.62 s")
    assert "The threads program took 13.00 s" in text


def test_neither_program_before_the_sum_shows_nothing():
    text = overlap(12.5, 12.7)
    assert text.startswith("Neither program ended before the 12.50 s")
    assert "cannot show" in text


@pytest.mark.parametrize(
    ("threads", "processes", "korean"),
    [
        (7.52, 7.62, "두 프로그램 모두 잠자는 시간을 모두 더한 12.50초보다 먼저 끝났습니다"),
        (7.52, 12.6, "스레드 프로그램은 7.52초 만에"),
        (12.5, 12.7, "먼저 끝나지 않았습니다"),
    ],
)
def test_the_overlap_sentence_in_korean(threads, processes, korean):
    assert korean in overlap(threads, processes, "ko")
