"""Scaling without the GIL: the program runs on its own and does what the page says, and the
renderer says what the data shows, with and without a free-threaded interpreter."""

from __future__ import annotations

import html
import importlib.util
import json
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from concurrency_live.pages import evidence, gil, scaling
from concurrency_live.rendering import claims
from concurrency_live.running.runner import Run
from tests.conftest import PROJECT, SNIPPETS, constants, free_threaded_python, prose
from tests.test_gil import (
    assert_paired_rounds,
    cores_free,
    estimate,
    facts,
    measurement,
    record,
    run_with,
)

sys.path.insert(0, str(SNIPPETS))

import measure

DATA = Path(__file__).parent / "data" / "scaling"
SNIPPET = scaling.SNIPPET
COUNTS = [1, 2, 4]


def program():
    """snippets/scaling/three_ways.py as a module (its measurement runs only as __main__)."""
    spec = importlib.util.spec_from_file_location("three_ways", SNIPPETS / SNIPPET)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def recorded(name: str) -> Run:
    """A run recorded on this machine (2 usable cores), as the program wrote it."""
    return record(json.loads((DATA / f"three_ways-{name}.json").read_text()), SNIPPET)


# The three runs the build makes where the free-threaded interpreter exists, and the one it
# makes where it does not.
WITH_FT = ["3.11", "3.14t", "3.14t-gil"]
WITHOUT_FT = ["3.11"]


def config(way: str, n: int) -> str:
    return f"{way}, {n} thread" + ("s" if n > 1 else "")


def results_of(speedups: dict, busy: dict, *, gil_on: bool = False, cores: int = 2) -> dict:
    """A run of three_ways.py: ``speedups[way][n]`` and ``busy[way][n]`` are (median, low,
    high); a way missing from ``busy`` gets one core's worth at every count."""
    rows = []
    for way in scaling.WAYS:
        for n in COUNTS:
            s = speedups.get(way, {}).get(n, (1.0, 0.95, 1.05)) if n > 1 else None
            t = 0.02 / (s[0] if s else 1.0)
            rows.append(
                {
                    "way": way,
                    "threads": n,
                    "config": config(way, n),
                    "time": {"median": t, "min": t * 0.9, "max": t * 1.2, "runs": 8},
                    "speedup": {"of": [config(way, 1), config(way, n)], **estimate(*s)}
                    if s
                    else None,
                    "busy": estimate(*busy.get(way, {}).get(n, (1.0, 0.97, 1.0))),
                }
            )
    return {
        "machine": facts(gil_on, cores),
        "work": 300_000,
        "ways": list(scaling.WAYS),
        "rows": rows,
        "measurements": {way: measurement() for way in scaling.WAYS},
    }


SCALED = (1.9, 1.8, 1.97)
FLAT = (0.95, 0.9, 1.05)
BETWEEN = (1.3, 1.1, 1.6)
TWO = (1.95, 1.9, 2.0)
ONE = (1.0, 0.97, 1.0)
LOW = (0.5, 0.4, 0.6)
# The expected run without the GIL: own data and the shared table scale, the shared total
# does not, its two threads keeping one core busy (one waits for the lock).
EXPECTED = results_of(
    {
        scaling.OWN_DATA: {2: SCALED, 4: SCALED},
        scaling.SHARED_TABLE: {2: SCALED, 4: SCALED},
        scaling.SHARED_TOTAL: {2: FLAT, 4: FLAT},
    },
    {
        scaling.OWN_DATA: {2: TWO, 4: TWO},
        scaling.SHARED_TABLE: {2: TWO, 4: TWO},
        scaling.SHARED_TOTAL: {2: ONE, 4: ONE},
    },
)
WITH_THE_GIL = results_of({}, {}, gil_on=True)


# --- The program, run as a reader would run it ----------------------------------------------


def test_every_way_adds_up_to_the_same_total():
    three_ways = program()
    for n in COUNTS:
        want = three_ways.expected(n)
        # The formula against a plain loop over the same steps.
        steps = three_ways.WORK // n
        weights = three_ways.make_weights()
        assert want == n * sum(weights[i % three_ways.SIZE] for i in range(steps))
        for way in three_ways.WAYS:
            assert three_ways.in_threads(way, n) == want, (way, n)


def test_the_ways_differ_only_in_what_they_share():
    three_ways = program()
    # Own data: a new table per call, the same numbers, none of them the shared table's.
    mine = three_ways.make_weights()
    assert mine == three_ways.SHARED_WEIGHTS
    assert all(a is not b for a, b in zip(mine, three_ways.SHARED_WEIGHTS, strict=True))
    # Every number is above 256, so it is not one of the small integers every build makes
    # immortal (what the page says).
    assert min(mine) > 256


def test_a_wrong_total_stops_the_program():
    three_ways = program()
    three_ways.check(config("own data", 2), three_ways.expected(2))
    with pytest.raises(RuntimeError, match="wrong total"):
        three_ways.check(config("own data", 2), three_ways.expected(2) + 1)


def test_the_page_names_the_programs_thread_counts():
    assert constants(SNIPPET)["THREAD_COUNTS"] == (1, 2, 4)
    assert "on 1, 2 and 4 threads" in prose("scaling.md")
    assert "스레드 1개, 2개, 4개로" in prose("scaling.ko.md")


def assert_three_ways_run(results: dict, lines: list[str]) -> None:
    """Each way in paired rounds of its own over every count; each speedup the median of the
    per-round ratios; one output block per way, ending with its rounds and noise."""
    assert results["ways"] == list(scaling.WAYS)
    assert set(results["measurements"]) == set(scaling.WAYS)
    for way in scaling.WAYS:
        m = results["measurements"][way]
        assert_paired_rounds({"measurement": m}, [config(way, n) for n in COUNTS])
        # Beyond the six rounds a median's interval needs, a round starts only within the
        # budget: the timed work of every round before the last fits in it.
        if len(m["rounds"]) > measure.MIN_ROUNDS:
            before_last = sum(sum(r["values"].values()) for r in m["rounds"][:-1])
            assert before_last <= m["settings"]["budget"]
    for row in results["rows"]:
        assert row["config"] == config(row["way"], row["threads"])
        history = results["measurements"][row["way"]]["rounds"]
        busy = [r["cpu"][row["config"]] / r["values"][row["config"]] for r in history]
        assert row["busy"]["median"] == pytest.approx(statistics.median(busy))
        if row["threads"] == 1:
            assert row["speedup"] is None
            continue
        one = config(row["way"], 1)
        ratios = [r["values"][one] / r["values"][row["config"]] for r in history]
        assert row["speedup"]["median"] == pytest.approx(statistics.median(ratios))
        assert row["speedup"]["rounds"] == len(history)
    assert [line for line in lines if line.endswith(":")] == [f"{w}:" for w in scaling.WAYS]
    ends = [line for line in lines if line.startswith("  (")]
    for way, line in zip(scaling.WAYS, ends, strict=True):
        noise = measure.describe(results["measurements"][way]["noise"])
        assert line.endswith(f"; {noise})"), line


def test_the_program_runs_on_its_own(snippet):
    ran = snippet(SNIPPET)
    assert ran.returncode == 0, ran.output
    assert_three_ways_run(ran.results, ran.lines)


def test_started_with_a_way_the_program_measures_only_that_way(tmp_path):
    """What in_a_new_interpreter() starts: the program again, for one way, its rounds written
    to a file and nothing printed."""
    out = tmp_path / "rounds.json"
    proc = subprocess.run(
        [sys.executable, f"snippets/{SNIPPET}", "own data", str(out)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    m = json.loads(out.read_text())
    assert m["configs"] == [config("own data", n) for n in COUNTS]
    assert_paired_rounds({"measurement": m}, m["configs"])


@pytest.mark.free_threaded
def test_the_program_runs_under_the_free_threaded_build(tmp_path):
    results, lines = run_with(free_threaded_python(), SNIPPET, tmp_path, PYTHON_GIL="0")
    assert results["machine"]["free_threaded_build"] is True
    assert results["machine"]["gil_enabled"] is False
    assert_three_ways_run(results, lines)


@pytest.mark.free_threaded
def test_the_shared_tables_numbers_are_not_immortal_on_the_free_threaded_build():
    """What the page says about 3.14t: small integers are immortal, the table's numbers are
    not (their reference counts change when another thread reads them)."""
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(SNIPPETS / 'scaling')!r})\n"
        "import three_ways\n"
        "print(sys._is_immortal(256), sys._is_immortal(None),"
        " any(sys._is_immortal(n) for n in three_ways.SHARED_WEIGHTS))\n"
    )
    out = subprocess.run(
        [free_threaded_python(), "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["True", "True", "False"]


def two_thread_rows(results: dict) -> dict[str, scaling.Row]:
    run_ = record(results, SNIPPET)
    return {way: scaling.at(run_, way) for way in scaling.WAYS}


@pytest.mark.slow
def test_with_the_gil_no_way_keeps_two_cores_busy(snippet):
    ran = snippet(SNIPPET)
    assert ran.returncode == 0, ran.output
    if not ran.results["machine"]["gil_enabled"]:
        pytest.skip("this interpreter runs without the GIL")
    for way, row in two_thread_rows(ran.results).items():
        # Only the thread holding the GIL runs: about one core, whatever the load.
        assert row.busy.median < 1.3, (way, row)


@pytest.mark.slow
@pytest.mark.free_threaded
def test_without_the_gil_own_data_scales_and_the_shared_total_does_not(tmp_path):
    """In one of three runs, own data keeps two cores busy and finishes at least 1.5x as fast
    on two threads, while the shared total stays below 1.2x; a busy machine (fewer than two
    cores free) skips instead of failing."""
    python = free_threaded_python()
    rows = {}
    for _ in range(3):
        results, _ = run_with(python, SNIPPET, tmp_path, PYTHON_GIL="0")
        rows = two_thread_rows(results)
        own, total = rows[scaling.OWN_DATA], rows[scaling.SHARED_TOTAL]
        if own.busy.median >= 1.5 and own.speedup.median >= 1.5:
            assert total.speedup.median < 1.2, total
            return
    if cores_free() < 1.6:
        pytest.skip("the machine is busy: fewer than two cores were free")
    pytest.fail(f"own data never scaled in three runs: last {rows}")


# --- The renderer on recorded runs ----------------------------------------------------------


@pytest.mark.parametrize("names", [WITH_FT, WITHOUT_FT])
def test_recorded_runs_render_a_chart_with_its_table(names):
    records = [recorded(name) for name in names]
    text = scaling.chart(records)
    assert text.count("<svg") == 1 and "<desc" in text
    # The table: one row per interpreter and way, each with its interval.
    rows = [line for line in text.splitlines() if line.startswith("| CPython")]
    assert len(rows) == 3 * len(names)
    for line in rows:
        assert line.count("\u00d7 (") == 2, line
    # How the rounds went: a line per interpreter and way, in the collapsed note.
    for way in scaling.WAYS:
        assert text.count(f"    - *{way}*, CPython ") == len(names), way
    absent = "had no free-threaded interpreter" in text
    assert absent is (names == WITHOUT_FT)
    ko = scaling.chart(records, lang="ko")
    assert "스레드 하나 대비 속도 향상" in ko
    assert ("프리스레딩 인터프리터가 없었으므로" in ko) is absent


def test_the_chart_draws_the_free_threaded_run_with_the_ideal():
    records = [recorded(name) for name in WITH_FT]
    text = html.unescape(scaling.chart(records))
    assert "Speedup over one thread, CPython 3.14.7 free-threaded (GIL off)" in text
    assert "ideal: min(threads, 2 cores)" in text
    for way in ("shared total", "shared table", "own data"):
        assert f"{way}: 1 \u2192 1.00\u00d7" in text  # the description, point by point


def test_findings_without_a_free_threaded_run_say_it_is_absent(monkeypatch):
    monkeypatch.setenv(gil.FREE_THREADED_VAR, "/nonexistent")
    records = [recorded(name) for name in WITHOUT_FT]
    text = scaling.findings(records)
    assert "had no free-threaded interpreter at `/nonexistent`" in text
    assert "프리스레딩 인터프리터가 없었으므로" in scaling.findings(records, lang="ko")
    # The GIL page's helper says so in place of the program's output, too.
    assert "`/nonexistent`" in gil.show_free_threaded(SNIPPET)
    # The GIL-on run still gets its sentence.
    assert scaling.with_gil(records).startswith("- *CPython 3.11.7 (GIL on)*: ")


def test_findings_of_a_recorded_free_threaded_run_cover_every_way():
    records = [recorded(name) for name in WITH_FT]
    text = scaling.findings(records)
    lines = text.splitlines()
    assert lines[0].startswith("Under CPython 3.14.7 free-threaded (GIL off), ")
    for way in scaling.WAYS:
        assert sum(line.startswith(f"- **{way}: ") for line in lines) == 1, way
    gil_lines = scaling.with_gil(records).splitlines()
    assert [line.split("*")[1] for line in gil_lines] == [
        "CPython 3.11.7 (GIL on)",
        "CPython 3.14.7 free-threaded (GIL on)",
    ]


# --- Every branch of the sentences, on constructed runs -------------------------------------


def sentence(results: dict, way: str, lang: str = "en") -> str:
    return scaling.way_sentence(record(results, SNIPPET), way, lang)


@pytest.mark.parametrize(
    ("way", "speedup", "busy", "own_busy", "lead", "why"),
    [
        (scaling.OWN_DATA, SCALED, TWO, TWO, "scaled.", "share nothing until they merge"),
        (scaling.OWN_DATA, FLAT, TWO, TWO, "did not scale.", "something they still share"),
        (scaling.OWN_DATA, FLAT, LOW, LOW, "did not scale.", "The process got only 0.50"),
        (scaling.SHARED_TABLE, SCALED, TWO, TWO, "scaled.", "did not get in their way"),
        (scaling.SHARED_TABLE, FLAT, TWO, TWO, "did not scale.", "reference count"),
        (scaling.SHARED_TABLE, BETWEEN, ONE, TWO, "neither clearly", "this run does not say"),
        (scaling.SHARED_TABLE, FLAT, ONE, LOW, "did not scale.", "also kept only 0.50"),
        (scaling.SHARED_TOTAL, FLAT, ONE, TWO, "did not scale.", "waits for the lock"),
        (scaling.SHARED_TOTAL, FLAT, TWO, TWO, "did not scale.", "handing them over"),
        (scaling.SHARED_TOTAL, SCALED, TWO, TWO, "scaled.", "rarely queued"),
        (scaling.SHARED_TOTAL, BETWEEN, LOW, LOW, "neither clearly", "cannot tell what sharing"),
    ],
)
def test_each_way_gets_the_sentence_its_figures_call_for(way, speedup, busy, own_busy, lead, why):
    speedups = {way: {2: speedup}}
    cores = {way: {2: busy}}
    if way != scaling.OWN_DATA:
        cores[scaling.OWN_DATA] = {2: own_busy}
    text = sentence(results_of(speedups, cores), way)
    # The program's names of the ways are the English page's.
    assert text.startswith(f"**{way}: {lead}"), text
    assert why in text
    assert "95 % interval" in text
    ko = sentence(results_of(speedups, cores), way, "ko")
    assert "95 % 구간" in ko and "코어" in ko


def test_a_speedup_past_the_limit_is_flagged():
    results = results_of({scaling.OWN_DATA: {2: (2.4, 2.2, 2.6)}}, {scaling.OWN_DATA: {2: TWO}})
    assert "a measurement anomaly" in sentence(results, scaling.OWN_DATA)
    assert "**past the limit" in scaling.table([record(results, SNIPPET)])


def test_a_way_without_a_two_thread_figure_says_so():
    results = results_of({}, {})
    results["rows"] = [row for row in results["rows"] if row["threads"] != 2]
    assert "has no figure for two threads" in sentence(results, scaling.OWN_DATA)


@pytest.mark.parametrize(
    ("speedups", "expected"),
    [
        ({w: {2: SCALED} for w in scaling.WAYS}, "all three ways scaled at 2 threads"),
        ({}, "none of the three ways clearly scaled at 2 threads"),
        (
            {scaling.OWN_DATA: {2: SCALED}, scaling.SHARED_TABLE: {2: SCALED}},
            "at 2 threads, shared table, own data scaled; shared total did not clearly scale.",
        ),
    ],
)
def test_the_summary_names_the_ways_that_scaled(speedups, expected):
    assert expected in scaling.summary(record(results_of(speedups, {}), SNIPPET))


def test_the_gil_sentence_calls_a_speedup_under_the_gil_noise():
    flat = record(WITH_THE_GIL, SNIPPET)
    assert "no way ran clearly faster" in scaling.with_gil([flat])
    faster = record(results_of({scaling.OWN_DATA: {2: SCALED}}, {}, gil_on=True), SNIPPET)
    text = scaling.with_gil([faster])
    assert "own data ran faster on 2 threads" in text and "noise" in text
    # A run with the GIL off gets no line here: the findings above describe it.
    assert scaling.with_gil([record(EXPECTED, SNIPPET)]) == ""


def test_a_run_without_results_is_named():
    failed = record(None, SNIPPET)
    for render in (scaling.chart, scaling.findings, scaling.with_gil):
        assert f"`{SNIPPET}`" in render([failed])


# --- The claims ------------------------------------------------------------------------------


def verdict(name: str, records: list[Run]) -> claims.Verdict:
    way = {"free_threads_own_data": scaling.OWN_DATA}.get(name, scaling.SHARED_TOTAL)
    return claims.verdict(name, scaling.claim_evidence(records, way))


@pytest.mark.parametrize(
    ("results", "own", "lock"),
    [
        (EXPECTED, claims.REPRODUCED, claims.REPRODUCED),
        (
            results_of({w: {2: SCALED} for w in scaling.WAYS}, {}),
            claims.REPRODUCED,
            claims.NOT_REPRODUCED,
        ),
        (results_of({}, {}), claims.NOT_REPRODUCED, claims.REPRODUCED),
        (
            results_of({w: {2: BETWEEN} for w in scaling.WAYS}, {}),
            claims.INCONCLUSIVE,
            claims.INCONCLUSIVE,
        ),
        (results_of({}, {}, cores=1), claims.NOT_APPLICABLE, claims.NOT_APPLICABLE),
    ],
)
def test_the_claims_follow_the_free_threaded_run(results, own, lock):
    records = [record(WITH_THE_GIL, SNIPPET), record(results, SNIPPET)]
    assert verdict("free_threads_own_data", records).status == own
    assert verdict("free_threads_shared_lock", records).status == lock


def test_without_a_free_threaded_run_the_claims_do_not_apply():
    records = [recorded(name) for name in WITHOUT_FT]
    for name in ("free_threads_own_data", "free_threads_shared_lock"):
        result = verdict(name, records)
        assert result.status == claims.NOT_APPLICABLE
        box = claims.render(result)
        assert f'data-claim="{name}"' in box and "the GIL is on in this interpreter" in box
        assert "GIL이 켜져 있어" in claims.render(result, "ko")


def test_a_run_on_a_busy_machine_says_the_cores_were_taken():
    """Recorded while other programs kept this 2-core machine busy: the own-data threads
    kept about one core busy, so no way could scale, and the sentences say why."""
    busy = recorded("3.14t-busy")
    own = scaling.at(busy, scaling.OWN_DATA)
    assert own.busy.median < scaling.BUSY
    text = scaling.findings([recorded("3.11"), busy])
    assert "none of the three ways clearly scaled" in text
    assert "other programs were using the rest of the machine" in text
    status = verdict("free_threads_own_data", [busy]).status
    assert status in {claims.NOT_REPRODUCED, claims.INCONCLUSIVE}


def test_a_recorded_free_threaded_run_gets_a_verdict_from_its_interval():
    records = [recorded(name) for name in WITH_FT]
    for name in ("free_threads_own_data", "free_threads_shared_lock"):
        result = verdict(name, records)
        statuses = [status for _, status in result.items]
        # The two GIL-on runs do not count; the GIL-off run decides.
        assert statuses.count(claims.NOT_APPLICABLE) == 2
        assert result.status in claims.TESTED


def test_a_run_without_results_is_unmeasured_evidence():
    items = scaling.claim_evidence([record(None, SNIPPET)], scaling.OWN_DATA)
    assert claims.verdict("free_threads_own_data", items).status == claims.NO_DATA


def test_the_claims_are_gathered_from_the_pages_runs(monkeypatch):
    records = [record(WITH_THE_GIL, SNIPPET), record(EXPECTED, SNIPPET)]
    monkeypatch.setattr(scaling, "runs", lambda: records)
    assert evidence.verdict("free_threads_own_data").status == claims.REPRODUCED
    assert evidence.verdict("free_threads_shared_lock").status == claims.REPRODUCED
    assert 'data-verdict="reproduced"' in evidence.show("free_threads_own_data", "ko")


def test_the_gil_page_links_here_in_both_languages():
    assert "(scaling.md)" in (PROJECT / "docs" / "gil.md").read_text(encoding="utf-8")
    assert "(scaling.md)" in (PROJECT / "docs" / "gil.ko.md").read_text(encoding="utf-8")
