"""The GIL page: its programs run on their own, and its renderers say what the data shows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from snippet_runner import gil
from snippet_runner.run import Run
from tests.conftest import PROJECT

FREE_THREADED = gil.free_threaded_python()
needs_free_threaded = pytest.mark.skipif(
    FREE_THREADED is None, reason="no free-threaded interpreter on this machine"
)


def run_with(python: str, name: str, tmp_path: Path, **env: str) -> dict:
    """Run ``snippets/<name>`` under another interpreter and return its results."""
    results = tmp_path / "results.json"
    proc = subprocess.run(
        [python, f"snippets/{name}"],
        cwd=PROJECT,
        env={**os.environ, **env, "SNIPPET_RESULTS": str(results)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return json.loads(results.read_text())


def cores_free() -> float:
    """How many cores two CPU-bound processes got just now (2.0 on an idle 2-core machine)."""
    spin = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass"
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(2)]
    for proc in procs:
        proc.wait()
    return 0.6 / (time.perf_counter() - start)


def stats(median: float, low: float | None = None, high: float | None = None, runs=5) -> dict:
    return {"median": median, "min": low or median, "max": high or median, "runs": runs}


def record(results: dict | None, snippet: str = "gil/cpu_bound_threads.py") -> Run:
    return Run(snippet, [], "", 1.0, 0, {}, results, None if results else "exited with code 1")


def threads_results(walls: dict[int, float], cpus: dict[int, float], *, gil_on=True, cores=2):
    return {
        "python": "3.14.7" if not gil_on else "3.11.7",
        "free_threaded_build": not gil_on,
        "gil_enabled": gil_on,
        "cores": cores,
        "rows": [
            {"threads": n, "wall": stats(walls[n]), "cpu": stats(cpus[n])} for n in sorted(walls)
        ],
    }


TOOK_TURNS = threads_results({1: 0.20, 2: 0.20, 4: 0.21}, {1: 0.20, 2: 0.20, 4: 0.21})
RAN_PARALLEL = threads_results(
    {1: 0.20, 2: 0.11, 4: 0.12}, {1: 0.20, 2: 0.21, 4: 0.22}, gil_on=False
)
STARVED = threads_results({1: 0.20, 2: 0.19, 4: 0.20}, {1: 0.20, 2: 0.19, 4: 0.20}, gil_on=False)
CONTENDED = threads_results({1: 0.20, 2: 0.19, 4: 0.20}, {1: 0.2, 2: 0.38, 4: 0.40}, gil_on=False)


def convoy_results(lateness: list[float], *, gil_on=True, share=0.97) -> dict:
    intervals = (0.0005, 0.005, 0.05)
    return {
        "python": "3.11.7",
        "free_threaded_build": not gil_on,
        "gil_enabled": gil_on,
        "default_interval": 0.005,
        "nap": 0.001,
        "idle": stats(7e-5, 6e-5, 1e-4, runs=20),
        "busy": [
            {"interval": i, "lateness": stats(late, runs=20), "spinner_share": share}
            for i, late in zip(intervals, lateness, strict=True)
        ],
    }


# --- The programs, run as a reader would run them -------------------------------------------


def test_reference_counts_follow_the_references(snippet):
    ran = snippet("gil/refcount_show.py")
    assert ran.returncode == 0, ran.output
    counts = [int(line.rsplit("->", 1)[1]) for line in ran.lines]
    base = counts[0]
    # One more for the alias, two more for the list that holds it twice, back after del.
    assert counts == [base, base + 1, base + 3, base]


def test_the_switch_interval_is_cpythons_default(snippet):
    ran = snippet("gil/switch_interval_read.py")
    assert ran.returncode == 0, ran.output
    assert ran.results == {"switch_interval": gil.CITED_DEFAULT_INTERVAL}
    assert "5000 µs" in ran.output


def test_the_free_threading_check_matches_the_interpreter(snippet):
    ran = snippet("gil/free_threading_check.py")
    assert ran.returncode == 0, ran.output
    assert ran.results["free_threaded_build"] == bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    gil_on = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    assert ran.results["gil_enabled"] == gil_on
    assert ran.results["python"] == sys.version.split()[0]


@needs_free_threaded
@pytest.mark.parametrize(("setting", "gil_on"), [("0", False), ("1", True)])
def test_the_free_threading_check_under_the_free_threaded_build(tmp_path, setting, gil_on):
    results = run_with(FREE_THREADED, "gil/free_threading_check.py", tmp_path, PYTHON_GIL=setting)
    assert results["free_threaded_build"] is True
    assert results["gil_enabled"] is gil_on


@pytest.mark.slow
def test_pure_python_threads_take_turns_under_the_gil(snippet):
    ran = snippet("gil/cpu_bound_threads.py")
    assert ran.returncode == 0, ran.output
    record_ = record(ran.results)
    assert [row["threads"] for row in gil.rows(record_)] == [1, 2, 4]
    assert all(row["wall"]["runs"] == 5 for row in gil.rows(record_))
    if not ran.results["gil_enabled"]:
        pytest.skip("this interpreter runs without the GIL")
    # Whatever the load on the machine, the GIL lets only one thread compute at a time.
    for row in gil.rows(record_):
        assert row["busy"] < gil.PARALLEL
    assert gil.best(record_)["speedup"] < gil.PARALLEL
    assert "No speedup" in gil.cpu_claim(record_)


@pytest.mark.slow
@needs_free_threaded
def test_pure_python_threads_use_more_cores_without_the_gil(tmp_path):
    results = run_with(FREE_THREADED, "gil/cpu_bound_threads.py", tmp_path, PYTHON_GIL="0")
    top = gil.best(record(results))
    if top["busy"] < gil.PARALLEL and cores_free() < 1.6:
        pytest.skip("the machine is busy: fewer than two cores were free")
    assert top["busy"] >= gil.PARALLEL
    assert top["speedup"] >= gil.PARALLEL


@pytest.mark.slow
def test_hashing_threads_run_in_parallel(snippet):
    ran = snippet("gil/sha256_threads.py")
    assert ran.returncode == 0, ran.output
    top = gil.best(record(ran.results, "gil/sha256_threads.py"))
    assert top["threads"] == 2
    if top["busy"] < gil.PARALLEL and cores_free() < 1.6:
        pytest.skip("the machine is busy: fewer than two cores were free")
    # hashlib lets go of the GIL, so two threads keep two cores busy.
    assert top["busy"] >= gil.PARALLEL
    assert top["speedup"] >= gil.PARALLEL


@pytest.mark.slow
def test_a_nap_waits_one_switch_interval_for_the_gil(snippet):
    ran = snippet("gil/convoy_wakeup.py")
    assert ran.returncode == 0, ran.output
    results = ran.results
    assert results["default_interval"] == gil.CITED_DEFAULT_INTERVAL
    assert [item["lateness"]["runs"] for item in results["busy"]] == [20, 20, 20]
    if not results["gil_enabled"]:
        pytest.skip("this interpreter runs without the GIL")
    assert_naps_waited_for_the_gil(results)


def assert_naps_waited_for_the_gil(results: dict) -> None:
    """Every setting where the CPU-bound thread had a core ended a switch interval late.

    A CPU-bound thread that other programs keep off the CPU may not take the GIL while the
    napper sleeps (the page says so); such settings prove nothing either way."""
    fed = [item for item in results["busy"] if item["spinner_share"] >= gil.STARVED]
    if not fed:
        pytest.skip("the machine is busy: the CPU-bound thread never got most of a core")
    for item in fed:
        assert item["lateness"]["median"] >= gil.WAITED * item["interval"]


@pytest.mark.slow
@needs_free_threaded
def test_without_the_gil_a_nap_does_not_wait_for_the_switch_interval(tmp_path):
    off = run_with(FREE_THREADED, "gil/convoy_wakeup.py", tmp_path, PYTHON_GIL="0")
    longest = off["busy"][-1]
    assert longest["lateness"]["median"] < gil.WAITED * longest["interval"]
    on = run_with(FREE_THREADED, "gil/convoy_wakeup.py", tmp_path, PYTHON_GIL="1")
    assert on["gil_enabled"] is True
    assert_naps_waited_for_the_gil(on)


# --- The renderers, fed constructed runs ---------------------------------------------------


def test_the_interval_sentence_names_the_default_or_the_difference():
    default = gil.switch_interval(record({"switch_interval": 0.005}))
    assert "**5 ms** (5000 µs)" in default
    assert "That is the default" in default
    assert gil.CEVAL_GIL in default
    other = gil.switch_interval(record({"switch_interval": 0.001}))
    assert "**1 ms**" in other
    assert "not the default" in other


def test_the_speedup_table_has_one_row_per_thread_count():
    table = gil.speedup_table(record(RAN_PARALLEL)).splitlines()
    assert len(table) == 2 + 3
    assert table[2].startswith("| 1 | 200 ms |")
    assert "| 1.82&times; | 1.9 | 5 |" in table[3]


@pytest.mark.parametrize(
    ("results", "expected", "absent"),
    [
        (TOOK_TURNS, ["**No speedup.**", "what the GIL predicts", "(2 here)"], "parallel"),
        (
            RAN_PARALLEL,
            ["ran in parallel", "2 threads did the work 1.82&times;", "= 2&times;"],
            "No speedup",
        ),
        (STARVED, ["**No speedup.**", "got only 1.0 cores", "other programs"], "parallel"),
        (CONTENDED, ["**No speedup.**", "kept 2.0 cores busy", "each other's way"], "programs"),
    ],
)
def test_the_cpu_claim_follows_the_data_and_the_gil_state(results, expected, absent):
    text = gil.cpu_claim(record(results))
    for part in expected:
        assert part in text
    assert absent not in text


def test_a_speedup_under_the_gil_is_called_noise():
    results = {**RAN_PARALLEL, "gil_enabled": True}
    text = gil.cpu_claim(record(results))
    assert "ran in parallel" in text
    assert "noise" in text


@pytest.mark.parametrize(
    ("walls", "cpus", "cores", "expected"),
    [
        ({1: 0.12, 2: 0.062}, {1: 0.12, 2: 0.12}, 2, "**The threads ran in parallel.**"),
        ({1: 0.12, 2: 0.12}, {1: 0.12, 2: 0.12}, 2, "other programs were using the other core"),
        ({1: 0.12, 2: 0.12}, {1: 0.12, 2: 0.24}, 2, "although the process kept 2.0 cores busy"),
        ({1: 0.12, 2: 0.12}, {1: 0.12, 2: 0.12}, 1, "only one core"),
    ],
)
def test_the_c_claim_follows_the_data(walls, cpus, cores, expected):
    results = threads_results(walls, cpus, cores=cores)
    assert expected in gil.c_claim(record(results, "gil/sha256_threads.py"))


@pytest.mark.parametrize(
    ("lateness", "gil_on", "expected"),
    [
        ([0.00066, 0.0052, 0.0502], True, "**The nap ended about one switch interval late.**"),
        ([0.00007, 0.00008, 0.00007], False, "**The switch interval made no difference.**"),
        ([0.0007, 0.00008, 0.00007], True, "only at some settings"),
    ],
)
def test_the_convoy_claim_follows_the_lateness(lateness, gil_on, expected):
    text = gil.convoy_claim(record(convoy_results(lateness, gil_on=gil_on), "gil/convoy.py"))
    assert expected in text
    assert "70 µs with no other thread" in text


def test_the_convoy_table_marks_the_default_interval():
    table = gil.convoy_table(record(convoy_results([0.00066, 0.0052, 0.0502])))
    rows = table.splitlines()[2:]
    assert rows[0].startswith("| none | &ndash; | 70 µs |")
    assert rows[0].endswith("| 20 | &ndash; |")
    assert "| 5 ms (default) | 5.2 ms |" in rows[2]
    assert rows[2].endswith("| 20 | 97% |")
    assert "(default)" not in rows[1] + rows[3]


@pytest.mark.parametrize(
    ("lateness", "gil_on", "share", "starved"),
    [
        ([0.0007, 0.00008, 0.00007], True, 0.4, True),
        ([0.0007, 0.00008, 0.00007], True, 0.95, False),
        ([0.00066, 0.0052, 0.0502], True, 0.4, False),
        ([0.00007, 0.00008, 0.00007], False, 0.4, False),
    ],
)
def test_a_starved_cpu_bound_thread_explains_missing_lateness(lateness, gil_on, share, starved):
    results = convoy_results(lateness, gil_on=gil_on, share=share)
    text = gil.convoy_claim(record(results, "gil/convoy_wakeup.py"))
    assert ("as little as 40% of a core" in text) is starved


def test_the_convoy_chart_draws_every_interpreter_and_repeats_the_figures_as_text():
    records = [
        record(convoy_results([0.00066, 0.0052, 0.0502])),
        record({**convoy_results([7e-5, 7e-5, 7e-5], gil_on=False), "python": "3.14.7"}),
    ]
    out = gil.convoy_chart(records)
    assert out.startswith("<div>\n<svg")
    assert "<title" in out
    assert 'role="img"' in out
    assert "Python 3.11.7, GIL on" in out
    assert "Python 3.14.7 free-threaded, GIL off" in out
    table = [line for line in out.splitlines() if line.startswith("| Python")]
    assert len(table) == 2
    # The build's own run is described earlier on the page; the others get a sentence here.
    claims = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(claims) == 1
    assert "made no difference" in claims[0]


def test_the_interpreter_table_gives_each_run_a_row_and_a_verdict():
    out = gil.interpreter_table([record(TOOK_TURNS), record(RAN_PARALLEL)])
    rows = [line for line in out.splitlines() if line.startswith("| Python")]
    assert rows[0].endswith("| no speedup |")
    assert rows[1].startswith("| Python 3.14.7 free-threaded, GIL off | 200 ms | 1.82&times; |")
    assert rows[1].endswith("| parallel |")
    claims = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(claims) == 1
    assert "ran in parallel" in claims[0]


@pytest.mark.parametrize(
    ("build", "gil_on", "expected"),
    [
        (False, True, "is not a free-threaded build"),
        (True, True, "but the GIL was on"),
        (True, False, "**This build ran without the GIL.**"),
    ],
)
def test_the_build_verdict_follows_the_interpreter(build, gil_on, expected):
    results = {"python": "3.14.7", "free_threaded_build": build, "gil_enabled": gil_on}
    assert expected in gil.build_verdict(record(results, "gil/free_threading_check.py"))


def test_a_failed_run_is_reported_not_rendered():
    failed = record(None)
    for render in (gil.cpu_claim, gil.c_claim, gil.speedup_table, gil.convoy_claim):
        assert render(failed).startswith("This example failed in the build")
    assert gil.interpreter_table([failed]).startswith("This example failed in the build")


def test_durations_read_in_a_sensible_unit():
    assert gil.duration(2.345) == "2.35 s"
    assert gil.duration(0.0142) == "14.2 ms"
    assert gil.duration(8.7e-5) == "87 µs"
    assert gil.duration(1.2e-7) == "120 ns"


# --- Finding and using a free-threaded interpreter -------------------------------------------


def test_a_missing_free_threaded_interpreter_gives_a_note(monkeypatch, tmp_path):
    missing = str(tmp_path / "python3.14t")
    monkeypatch.setenv(gil.FREE_THREADED_VAR, missing)
    assert gil.free_threaded_python() is None
    note = gil.show_free_threaded("gil/free_threading_check.py")
    assert missing in note
    assert "only the build's own interpreter" in note


def test_the_variable_points_at_another_interpreter(monkeypatch):
    monkeypatch.setenv(gil.FREE_THREADED_VAR, sys.executable)
    assert gil.free_threaded_python() == sys.executable


def test_a_free_threaded_interpreter_also_runs_with_the_gil_switched_on(monkeypatch):
    calls, free_threaded = [], sys.executable
    monkeypatch.setenv(gil.FREE_THREADED_VAR, free_threaded)
    monkeypatch.setattr(gil.sys, "executable", "/usr/bin/python-build")
    monkeypatch.setattr(
        gil,
        "fingerprint",
        lambda python: {"free_threaded_build": python != "/usr/bin/python-build"},
    )
    monkeypatch.setattr(gil, "run", lambda snippet, **options: calls.append(options) or record({}))
    assert len(gil.runs_by_interpreter("gil/convoy_wakeup.py")) == 3
    assert [call["python"] for call in calls] == [
        "/usr/bin/python-build",
        free_threaded,
        free_threaded,
    ]
    assert [call["env"] for call in calls] == [{}, {}, {"PYTHON_GIL": "1"}]


FREE_THREADED_FP = {
    "implementation": "CPython",
    "version": "3.14.7",
    "free_threaded_build": True,
    "gil_enabled": False,
    "start_method": "forkserver",
    "usable_cores": 2,
    "cpu_model": "AMD EPYC",
}


def test_the_free_threaded_box_shows_output_meta_and_claim():
    results = {"python": "3.14.7", "free_threaded_build": True, "gil_enabled": False}
    ran = Run(
        "gil/free_threading_check.py",
        [],
        "Python 3.14.7\n",
        0.1,
        0,
        FREE_THREADED_FP,
        results,
        None,
    )
    box = gil.free_threaded_box(ran, gil.build_verdict)
    lines = box.splitlines()
    assert lines[0] == '!!! example "The same program under Python 3.14.7 free-threaded, GIL off"'
    assert "    Python 3.14.7" in lines
    assert "    Ran in 0.10 s · exit 0 · CPython 3.14.7 (GIL off)" in box
    assert "    **This build ran without the GIL.**" in box
    # Everything after the title is indented into the admonition.
    assert all(line.startswith("    ") or not line for line in lines[1:])


def test_a_failed_free_threaded_run_says_so_and_makes_no_claim():
    ran = Run(
        "gil/x.py", [], "Traceback ...\n", 0.1, 1, FREE_THREADED_FP, None, "exited with code 1"
    )
    box = gil.free_threaded_box(ran, gil.build_verdict)
    assert "This example failed in the build: exited with code 1." in box
    assert "This build ran" not in box
