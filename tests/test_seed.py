"""The two examples the project started from, run on their own and read by the overview page."""

from __future__ import annotations

import re

import pytest

from snippet_runner import seed
from snippet_runner.run import Run

STAMP = re.compile(r"^\[\s*[\d.]+ s\] ")
TEN_LINES = [f"Letter: {c}" for c in "ABCDE"] + [f"Number: {i}" for i in range(1, 6)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "closing"),
    [
        ("seed/numbers_letters_threads.py", "All threads are done!"),
        ("seed/numbers_letters_processes.py", "All processes are done!"),
    ],
)
def test_seed_prints_every_line_then_its_closing_line(snippet, name, closing):
    ran = snippet(name)
    assert ran.returncode == 0, ran.output
    lines = [STAMP.sub("", line) for line in ran.lines]
    # Threads and processes interleave: compare the set of lines, then where the last one is.
    assert sorted(lines[:-1]) == TEN_LINES
    assert lines[-1] == closing
    stamps = [float(line[1:].split(" s]")[0]) for line in ran.lines]
    # The run is bounded below by the longest chain of sleeps (5 x 1.5 s).
    assert stamps[-1] >= 7.4


def record(output: str, snippet: str = "seed/numbers_letters_threads.py", elapsed=7.6) -> Run:
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


def test_the_floor_is_the_longest_chain_of_sleeps():
    assert seed.floor(record(TIE_NUMBER_FIRST)) == pytest.approx(7.5)


def test_the_tie_is_reported_in_the_order_it_happened():
    text = seed.summary(record(TIE_NUMBER_FIRST))
    assert "`Number: 4` and `Letter: C` are both due at 3.0 s" in text
    assert "`Number: 4` printed first (at 3.00 s, and `Letter: C` at 3.01 s)" in text
    swapped = TIE_NUMBER_FIRST.replace(
        "[ 3.00 s] Number: 4\n[ 3.01 s] Letter: C", "[ 3.00 s] Letter: C\n[ 3.01 s] Number: 4"
    )
    assert "`Letter: C` printed first" in seed.summary(record(swapped))


def test_lines_due_at_the_start_are_not_called_a_tie():
    assert "due at 0.0 s" not in seed.summary(record(TIE_NUMBER_FIRST))


def test_the_summary_states_elapsed_against_the_floor():
    text = seed.summary(record(TIE_NUMBER_FIRST, elapsed=7.62))
    assert "Elapsed 7.62 s against a floor of 7.50 s" in text
    assert "0.12 s over it" in text
