"""Timelines: the drawing, and the three pages that draw who ran (or printed) when."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from concurrency_live.pages import gil, io_vs_cpu, overview
from concurrency_live.rendering import timelines
from concurrency_live.running.runner import Run

DATA = Path(__file__).resolve().parent / "data"
SVG = "{http://www.w3.org/2000/svg}"


def svgs(markup: str) -> list[ET.Element]:
    return [ET.fromstring(s) for s in re.findall(r"<svg.*?</svg>", markup, re.S)]


def test_a_timeline_draws_spans_marks_and_reference_lines():
    lanes = {
        "A": [timelines.Lane("one", spans=((0.0, 0.5), (1.0, 1.5))), timelines.Lane("two")],
        "B": [timelines.Lane("one", marks=((0.25, "hello"),))],
    }
    svg = timelines.timeline(
        "title", lanes, end=2.0, x_label="s", desc="words", references={"floor": 1.75}
    )
    root = ET.fromstring(svg)
    assert root.get("role") == "img" and root.find(f"{SVG}desc").text == "words"
    spans = [p for p in root.iter(f"{SVG}path") if "timeline-span" in p.get("class", "")]
    assert len(spans) == 1 and spans[0].get("d").count("Z") == 2
    marks = list(root.iter(f"{SVG}circle"))
    assert len(marks) == 1 and marks[0].find(f"{SVG}title").text == "hello"
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert {"A", "B", "one", "two", "floor"} <= set(texts)
    # The n-th lane of every panel has the same colour class: the same role, run another way.
    classes = [g.get("class") for g in root.iter(f"{SVG}g") if "chart-marker" in g.get("class")]
    assert classes == ["chart-marker chart-s0"]


def test_stretches_split_at_a_long_pause():
    assert timelines.slices([0, 1, 2, 10, 11], gap=2) == [(0, 2), (10, 11)]
    assert timelines.slices([0, 5], gap=2) == [(0, 0), (5, 5)]


# --- The overview: who printed when ----------------------------------------------------------


def seed_run(snippet: str, stamps: dict[str, float], closing: float) -> Run:
    lines = [f"[{at:5.2f} s] {text}" for text, at in sorted(stamps.items(), key=lambda i: i[1])]
    lines.append(f"[{closing:5.2f} s] All done!".replace("All done!", "All threads are done!"))
    return Run(snippet, [], "\n".join(lines) + "\n", closing + 0.05, 0, {}, None, None)


def test_the_seed_timeline_marks_every_line_of_both_programs():
    stamps = {f"Number: {i + 1}": i * 1.0 for i in range(5)}
    stamps |= {f"Letter: {c}": i * 1.5 for i, c in enumerate("ABCDE")}
    threads = seed_run("seed/numbers_letters_threads.py", stamps, 7.5)
    processes = seed_run("seed/numbers_letters_processes.py", stamps, 7.52)
    out = overview.timeline(threads, processes)
    (root,) = svgs(out)
    assert len(list(root.iter(f"{SVG}circle"))) == 2 * (10 + 1)
    assert "floor: the longest chain of sleeps, 7.50 s" in [t.text for t in root.iter(f"{SVG}text")]
    table = out.split("</div>")[1]
    assert "| `Letter: C` | 3.00 s | 3.00 s |" in table
    assert "| `the closing line, after both join()s` | 7.50 s | 7.52 s |" in table


# --- The GIL page: who ran when ----------------------------------------------------------------


def who(threads_slices, processes_slices, *, gil_on=True, together=None) -> Run:
    def part(slices, overlap):
        lengths = [(b - a) / 1e6 for runs in slices for a, b in runs if b > a]
        lengths.sort()
        median = {
            "median": lengths[len(lengths) // 2],
            "low": lengths[0],
            "high": lengths[-1],
            "rounds": len(lengths),
            "confidence": 0.98,
        }
        span = max(b for runs in slices for _, b in runs) / 1e6
        return {
            "slices": slices,
            "slice_median": median if len(lengths) >= 6 else None,
            "slice_count": len(lengths),
            "together": overlap,
            "span": span,
        }

    results = {
        "machine": {
            "implementation": "CPython",
            "version": "3.14.7" if not gil_on else "3.11.7",
            "free_threaded_build": not gil_on,
            "gil_enabled": gil_on,
        },
        "switch_interval": 0.005,
        "threads": part(threads_slices, together if together is not None else 0.0),
        "processes": part(processes_slices, 0.98),
    }
    return Run(gil.WHO_SNIPPET, [], "", 1.0, 0, {}, results, None)


ALONGSIDE = [[[0, 120_000]], [[0, 119_000]]]
TURNS = [
    [[i * 10_000, i * 10_000 + 5_000] for i in range(12)],
    [[i * 10_000 + 5_000, i * 10_000 + 10_000] for i in range(12)],
]
ONE_AFTER_THE_OTHER = [[[0, 60_000]], [[60_000, 120_000]]]


def test_a_gil_run_takes_turns_in_slices_beside_the_switch_interval():
    out = gil.who_ran_when([who(TURNS, ALONGSIDE)])
    assert "**took turns**" in out and "**5 ms**" in out and "switch interval of 5 ms" in out
    (root,) = svgs(out)
    spans = [p for p in root.iter(f"{SVG}path") if "timeline-span" in p.get("class", "")]
    assert [p.get("d").count("Z") for p in spans] == [12, 12, 1, 1]
    assert "| thread 1 + thread 2 | 24 | 5 ms (5 ms\u20135 ms) | 0% |" in out


def test_a_free_threaded_run_runs_side_by_side():
    out = gil.who_ran_when([who(ALONGSIDE, ALONGSIDE, gil_on=False, together=0.99)])
    assert "With the GIL off, the two threads **ran side by side**" in out
    assert "CPython 3.14.7 free-threaded (GIL off)" in out
    # Two unbroken stretches are too few for an interval: the sentence says so, no "?".
    assert "in 2 stretches in all, too few to give their length an interval" in out
    assert "?" not in out.split("ran side by side")[1].split("\n")[0]


def test_too_few_slices_for_an_interval_are_called_so():
    few = [[[0, 5_000], [10_000, 15_000]], [[5_000, 10_000], [15_000, 20_000]]]
    out = gil.who_ran_when([who(few, ALONGSIDE)])
    assert "in 4 stretches in all: too few to give their length an interval" in out
    assert "**took turns**" not in out


def test_threads_that_never_alternate_are_called_so():
    out = gil.who_ran_when([who(ONE_AFTER_THE_OTHER, ALONGSIDE)])
    assert "**did not take turns**" in out
    # Free to run side by side, yet seen one at a time: the operating system's doing.
    starved = gil.who_ran_when([who(TURNS, ALONGSIDE, gil_on=False, together=0.02)])
    assert "could have run side by side" in starved


def test_a_recorded_gil_run():
    results = json.loads((DATA / "gil" / "who-ran-when-3.11.json").read_text())
    out = gil.who_ran_when([Run(gil.WHO_SNIPPET, [], "", 1.0, 0, {}, results, None)])
    assert results["machine"]["gil_enabled"] and results["threads"]["together"] < gil.TURNS
    assert "**took turns**" in out
    median = results["threads"]["slice_median"]["median"]
    assert f"**{gil.duration(median)}**" in out


def test_a_failed_run_says_so():
    failed = Run(gil.WHO_SNIPPET, [], "", 1.0, 1, {}, None, "exited with code 1")
    assert "failed in the build" in gil.who_ran_when([failed])


# --- The benchmark page: primes on two threads and two processes --------------------------------


@pytest.mark.parametrize(("threads", "processes"), [(0.0, 0.97), (0.95, 0.96)])
def test_the_primes_timeline_states_who_ran_at_once(threads, processes):
    part = {"slices": TURNS, "span": 0.12}
    results = {
        "machine": {"implementation": "CPython", "version": "3.11.7", "gil_enabled": True},
        "threads": {**part, "together": threads},
        "processes": {**part, "slices": ALONGSIDE, "together": processes},
    }
    out = io_vs_cpu.who_ran_when(Run(io_vs_cpu.WHO, [], "", 1.0, 0, {}, results, None))
    assert f"running at the same time for {threads:.0%} of the time" in out
    assert f"the two processes for {processes:.0%}" in out
    assert len(svgs(out)) == 1 and "| Two threads | 24 |" in out
