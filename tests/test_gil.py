"""The GIL page: its programs run on their own, and its renderers say what the data shows."""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from concurrency_live.pages import evidence, gil
from concurrency_live.rendering import claims
from concurrency_live.running.runner import Run
from tests.conftest import PROJECT, SNIPPETS, free_threaded_python

sys.path.insert(0, str(SNIPPETS))

import measure

DATA = Path(__file__).parent / "data" / "gil"


def run_with(python: str, name: str, tmp_path: Path, **env: str) -> tuple[dict, list[str]]:
    """Run ``snippets/<name>`` under another interpreter: its results and its output lines."""
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
    return json.loads(results.read_text()), proc.stdout.splitlines()


def cores_free() -> float:
    """How many cores two CPU-bound processes got just now (2.0 on an idle 2-core machine)."""
    spin = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass"
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(2)]
    for proc in procs:
        proc.wait()
    return 0.6 / (time.perf_counter() - start)


def assert_parallel_once(attempt, tries: int = 3) -> None:
    """Two threads kept two cores busy and finished the work at least 1.5x as fast, in one of
    ``tries`` runs of ``attempt()`` (which returns the two-thread row). A shared machine can
    take a core away from any single run; it cannot make threads that never run at once look
    parallel. No run parallel while two cores were free: a failure; while they were not: skip.
    """
    for _ in range(tries):
        two = attempt()
        if two.busy.median >= 1.5 and two.speedup.median >= 1.5:
            return
    if cores_free() < 1.6:
        pytest.skip("the machine is busy: fewer than two cores were free")
    pytest.fail(f"no run of {tries} kept two cores busy: last {two}")


def facts(gil_on: bool = True, cores: int = 2) -> dict:
    """What snippets/measure.py's machine() reports: 3.11 with the GIL, 3.14t without it."""
    return {
        "implementation": "CPython",
        "version": "3.11.7" if gil_on else "3.14.7",
        "free_threaded_build": not gil_on,
        "gil_enabled": gil_on,
        "start_method": "fork" if gil_on else "forkserver",
        "usable_cores": cores,
    }


def record(results: dict | None, snippet: str = "gil/cpu_bound_threads.py") -> Run:
    fp = {"implementation": "CPython"}
    return Run(snippet, [], "", 1.0, 0, fp, results, None if results else "exited with code 1")


def recorded(name: str) -> Run:
    """A run recorded on this machine (2 usable cores), as the snippet wrote it."""
    snippet = "gil/" + name.split("-")[0] + ".py"
    return record(json.loads((DATA / f"{name}.json").read_text()), snippet)


def estimate(median: float, low: float, high: float, rounds: int = 8) -> dict:
    return {"median": median, "low": low, "high": high, "rounds": rounds, "confidence": 0.97}


def measurement(rounds=8, stopped="budget", load=(1.5, 1.62), steal=0.02, budget=4.0) -> dict:
    settings = {"min_rounds": 6, "max_rounds": 60, "precision": 0.05, "budget": budget}
    noise = {"load_before": load[0], "load_after": load[1], "steal": steal, "elapsed": 3.9}
    return {
        "stopped": stopped,
        "rounds": [{}] * rounds,
        "settings": {**settings, "confidence": 0.95, "timed": True},
        "noise": {**noise, "cores": 2},
    }


def threads_results(speedups, busy, *, gil_on=True, cores=2, one=0.15, **extra) -> dict:
    """A run of cpu_bound_threads.py (or sha256_threads.py): ``speedups`` and ``busy`` map a
    thread count to (median, low, high)."""
    rows = []
    for n in sorted(busy):
        time_ = one / (speedups[n][0] if n in speedups else 1.0)
        rows.append(
            {
                "threads": n,
                "config": f"{n} threads",
                "time": {"median": time_, "min": time_ * 0.9, "max": time_ * 1.2, "runs": 8},
                "speedup": {"of": ["1 thread", f"{n} threads"], **estimate(*speedups[n])}
                if n in speedups
                else None,
                "busy": estimate(*busy[n]),
            }
        )
    return {
        "machine": facts(gil_on, cores),
        "buffer": 4 * 1024 * 1024,
        "rows": rows,
        "measurement": measurement(),
        **extra,
    }


ONE_CORE = (0.99, 0.97, 1.0)
TWO_CORES = (1.95, 1.9, 1.99)
TOOK_TURNS = threads_results(
    {2: (0.98, 0.95, 1.02), 4: (0.97, 0.94, 1.0)}, {1: ONE_CORE, 2: ONE_CORE, 4: ONE_CORE}
)
RAN_PARALLEL = threads_results(
    {2: (1.82, 1.7, 1.9), 4: (1.85, 1.75, 1.95)},
    {1: ONE_CORE, 2: TWO_CORES, 4: TWO_CORES},
    gil_on=False,
)


def convoy_results(caused, *, gil_on=True, share=0.97, idle=8e-5, rounds=9) -> dict:
    """A run of convoy_wakeup.py: ``caused`` gives, per switch interval (0.5, 5 and 50 ms),
    the lateness the CPU-bound thread caused, in switch intervals, as (median, low, high)."""
    intervals = (0.0005, 0.005, 0.05)
    busy = []
    for interval, (m, low, high) in zip(intervals, caused, strict=True):
        extra = estimate(m * interval, low * interval, high * interval, rounds)
        late = estimate(idle + m * interval, idle + low * interval, idle + high * interval, rounds)
        busy.append(
            {
                "interval": interval,
                "config": f"{interval} interval",
                "naps": 10,
                "lateness": late,
                "extra": {"of": [f"{interval} interval", "alone"], **extra},
                "spinner_share": share,
            }
        )
    return {
        "machine": facts(gil_on),
        "default_interval": 0.005,
        "nap": 0.001,
        "idle": {
            "config": "alone",
            "naps": 20,
            "lateness": estimate(idle, idle * 0.9, idle * 1.1, rounds),
        },
        "busy": busy,
        "measurement": measurement(rounds, "precise"),
    }


WAITED = [(1.18, 1.15, 1.22), (1.03, 1.01, 1.05), (1.0, 1.0, 1.01)]
NO_WAIT = [(0.01, -0.01, 0.02), (0.0, -0.001, 0.002), (0.0, -0.0002, 0.0001)]


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
    assert ran.results["machine"]["free_threaded_build"] == bool(
        sysconfig.get_config_var("Py_GIL_DISABLED")
    )
    gil_on = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    assert ran.results["machine"]["gil_enabled"] == gil_on
    assert ran.results["machine"]["version"] == sys.version.split()[0]


@pytest.mark.free_threaded
@pytest.mark.parametrize(("setting", "gil_on"), [("0", False), ("1", True)])
def test_the_free_threading_check_under_the_free_threaded_build(tmp_path, setting, gil_on):
    python = free_threaded_python()
    results, _ = run_with(python, "gil/free_threading_check.py", tmp_path, PYTHON_GIL=setting)
    assert results["machine"]["free_threaded_build"] is True
    assert results["machine"]["gil_enabled"] is gil_on


def assert_paired_rounds(results: dict, configs: list[str]) -> None:
    """Every round ran every configuration once, the order rotating by one per round."""
    m = results["measurement"]
    assert m["configs"] == configs
    assert len(m["rounds"]) >= measure.MIN_ROUNDS
    for i, one in enumerate(m["rounds"]):
        assert one["order"] == measure.rotated(configs, i)
        assert set(one["values"]) == set(configs)
    assert m["stopped"] in {"precise", "budget", "max_rounds"}
    assert set(m["noise"]) >= {"load_before", "load_after", "steal", "elapsed", "cores"}


def assert_threads_run(results: dict, lines: list[str], counts: list[int]) -> None:
    """What every threads run emits and prints: a row per thread count whose speedup is the
    median of the per-round ratios, and the noise on the last line."""
    names = [gil_name(n) for n in counts]
    assert_paired_rounds(results, names)
    assert [row["threads"] for row in results["rows"]] == counts
    history = results["measurement"]["rounds"]
    for row in results["rows"][1:]:
        ratios = [r["values"][names[0]] / r["values"][row["config"]] for r in history]
        assert row["speedup"]["median"] == pytest.approx(statistics.median(ratios))
        assert row["speedup"]["rounds"] == len(history)
        busy = [r["cpu"][row["config"]] / r["values"][row["config"]] for r in history]
        assert row["busy"]["median"] == pytest.approx(statistics.median(busy))
    assert lines[-1] == measure.describe(results["measurement"]["noise"])
    for n in counts[1:]:
        assert any(line.startswith("  speed against 1 thread: ") for line in lines), n


def gil_name(n: int) -> str:
    return f"{n} thread" + ("s" if n > 1 else "")


def claim_status(name: str, item: claims.Evidence) -> str:
    return claims.status_of(claims.CLAIMS[name], item)


@pytest.mark.slow
def test_pure_python_threads_take_turns_under_the_gil(snippet):
    ran = snippet("gil/cpu_bound_threads.py")
    assert ran.returncode == 0, ran.output
    assert_threads_run(ran.results, ran.lines, [1, 2, 4])
    if not ran.results["machine"]["gil_enabled"]:
        pytest.skip("this interpreter runs without the GIL")
    check_took_turns(record(ran.results))


def check_took_turns(run_: Run) -> None:
    # Whatever the load on the machine, the GIL lets only one thread run bytecode at a time:
    # no thread count keeps much more than one core busy, and two threads are not faster.
    for row in gil.rows(run_):
        assert row.busy.median < 1.2, row
    item = gil.squares_evidence(run_)
    assert claim_status("threads_cpu", item) != claims.NOT_REPRODUCED, item


@pytest.mark.slow
@pytest.mark.free_threaded
def test_pure_python_threads_under_the_free_threaded_build(tmp_path):
    python = free_threaded_python()
    results, lines = run_with(python, "gil/cpu_bound_threads.py", tmp_path, PYTHON_GIL="1")
    assert results["machine"]["gil_enabled"] is True
    assert_threads_run(results, lines, [1, 2, 4])
    check_took_turns(record(results))

    def attempt():
        results, lines = run_with(python, "gil/cpu_bound_threads.py", tmp_path, PYTHON_GIL="0")
        assert results["machine"]["gil_enabled"] is False
        assert_threads_run(results, lines, [1, 2, 4])
        return gil.at(record(results))

    assert_parallel_once(attempt)


@pytest.mark.slow
def test_hashing_threads_run_in_parallel(snippet):

    def attempt():
        ran = snippet("gil/sha256_threads.py")
        assert ran.returncode == 0, ran.output
        assert_threads_run(ran.results, ran.lines, [1, 2])
        return gil.at(record(ran.results, "gil/sha256_threads.py"))

    # hashlib lets go of the GIL, so two threads keep two cores busy.
    assert_parallel_once(attempt)


@pytest.mark.free_threaded
@pytest.mark.slow
def test_hashing_runs_under_the_free_threaded_build(tmp_path):
    results, lines = run_with(free_threaded_python(), "gil/sha256_threads.py", tmp_path)
    assert_threads_run(results, lines, [1, 2])
    item = gil.hashing_evidence(record(results, "gil/sha256_threads.py"))
    assert claim_status("c_threads", item) == claims.NOT_APPLICABLE  # no GIL to let go of


def assert_convoy_run(results: dict, lines: list[str]) -> None:
    """Every round napped alone and at each interval; the lateness the CPU-bound thread
    caused is, round by round, the lateness next to it minus the lateness alone."""
    intervals = [item["interval"] for item in results["busy"]]
    assert intervals == [0.0005, 0.005, 0.05]
    configs = ["alone", *(item["config"] for item in results["busy"])]
    assert_paired_rounds(results, configs)
    history = results["measurement"]["rounds"]
    for item in results["busy"]:
        caused = [r["values"][item["config"]] - r["values"]["alone"] for r in history]
        assert item["extra"]["median"] == pytest.approx(statistics.median(caused))
        assert item["extra"]["of"] == [item["config"], "alone"]
        late = [r["values"][item["config"]] for r in history]
        assert item["lateness"]["median"] == pytest.approx(statistics.median(late))
    assert lines[-1] == measure.describe(results["measurement"]["noise"])


def assert_naps_waited_for_the_gil(results: dict) -> None:
    """Every setting where the CPU-bound thread had a core: the lateness it caused was at
    least half a switch interval.

    A CPU-bound thread that other programs keep off the CPU may not take the GIL while the
    napper sleeps (the page says so); such settings prove nothing either way."""
    fed = [nap for nap in gil.naps(results) if nap.share >= gil.STARVED]
    if not fed:
        pytest.skip("the machine is busy: the CPU-bound thread never got most of a core")
    for nap in fed:
        assert nap.intervals.median >= claims.CLAIMS["convoy"].threshold, nap


@pytest.mark.slow
def test_a_nap_waits_one_switch_interval_for_the_gil(snippet):
    ran = snippet("gil/convoy_wakeup.py")
    assert ran.returncode == 0, ran.output
    assert ran.results["default_interval"] == gil.CITED_DEFAULT_INTERVAL
    assert_convoy_run(ran.results, ran.lines)
    if not ran.results["machine"]["gil_enabled"]:
        pytest.skip("this interpreter runs without the GIL")
    assert_naps_waited_for_the_gil(ran.results)


@pytest.mark.slow
@pytest.mark.free_threaded
def test_without_the_gil_a_nap_does_not_wait_for_the_switch_interval(tmp_path):
    python = free_threaded_python()
    off, lines = run_with(python, "gil/convoy_wakeup.py", tmp_path, PYTHON_GIL="0")
    assert_convoy_run(off, lines)
    longest = gil.naps(off)[-1]
    assert longest.intervals.median < claims.CLAIMS["convoy"].threshold
    on, lines = run_with(python, "gil/convoy_wakeup.py", tmp_path, PYTHON_GIL="1")
    assert on["machine"]["gil_enabled"] is True
    assert_convoy_run(on, lines)
    assert_naps_waited_for_the_gil(on)


# --- Recorded runs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "cpu_bound_threads-3.11",
        "cpu_bound_threads-3.14t",
        "cpu_bound_threads-3.14t-gil",
        "sha256_threads-3.11",
        "convoy_wakeup-3.11",
        "convoy_wakeup-3.14t",
        "convoy_wakeup-3.14t-gil",
    ],
)
def test_recorded_runs_render_with_their_rounds_and_noise(name):
    run_ = recorded(name)
    m = run_.results["measurement"]
    if name.startswith("convoy"):
        text = gil.convoy_table(run_) + gil.convoy_claim(run_)
    else:
        claim = gil.cpu_claim if name.startswith("cpu") else gil.c_claim
        text = gil.speedup_table(run_) + claim(run_)
    assert f": {len(m['rounds'])} rounds, ended " in text
    assert f"load average was {m['noise']['load_before']:.2f} before the rounds" in text
    assert "The hypervisor took" in text
    assert "This example failed" not in text


# --- The renderers, fed constructed runs ---------------------------------------------------


def test_the_interval_sentence_names_the_default_or_the_difference():
    default = gil.switch_interval(record({"switch_interval": 0.005}))
    assert "**5 ms** (5000 µs)" in default
    assert "That is the default" in default
    assert gil.CEVAL_GIL in default
    other = gil.switch_interval(record({"switch_interval": 0.001}))
    assert "**1 ms**" in other
    assert "not the default" in other


def test_the_speedup_table_gives_each_speedup_its_interval_and_the_rounds():
    out = gil.speedup_table(record(RAN_PARALLEL))
    table = [line for line in out.splitlines() if line.startswith("|")]
    assert len(table) == 2 + 3
    assert table[2].startswith("| 1 | 150 ms |")
    assert table[2].endswith("| baseline | 1&times; | 0.99 (0.97\u20131.00) |")
    assert table[3].endswith("| 1.82\u00d7 (1.70\u20131.90) | 2&times; | 1.95 (1.90\u20131.99) |")
    assert "at the limit" not in out and "anomaly" not in out
    # How it was measured: rounds, what ended them, load and steal.
    assert (
        "CPython 3.14.7 free-threaded (GIL off): 8 rounds, ended by the time budget of 4 s" in out
    )
    assert "load average was 1.50 before the rounds and 1.62 after them" in out
    assert "The hypervisor took 0.02 s of CPU time" in out


@pytest.mark.parametrize(
    ("two", "mark", "note"),
    [
        ((1.9, 1.8, 2.05), "**at the limit**", False),  # the interval reaches 2 cores
        ((2.3, 2.1, 2.5), "**past the limit: a measurement anomaly**", True),  # wholly above
        ((1.6, 1.5, 1.7), None, False),
    ],
)
def test_a_speedup_at_or_past_the_limit_is_flagged(two, mark, note):
    results = threads_results(
        {2: two, 4: (1.0, 0.9, 1.1)}, {1: ONE_CORE, 2: TWO_CORES, 4: TWO_CORES}, gil_on=False
    )
    out = gil.speedup_table(record(results))
    row = next(line for line in out.splitlines() if line.startswith("| 2 |"))
    assert (mark is not None and mark in row) or (mark is None and "limit" not in row)
    assert ("*Past the limit* marks a figure" in out) is note
    sentence = gil.cpu_claim(record(results))
    assert ("a measurement anomaly, not real parallelism" in sentence) is note


def test_one_core_makes_one_thread_the_limit():
    results = threads_results({2: (1.02, 0.98, 1.05)}, {1: ONE_CORE, 2: ONE_CORE}, cores=1)
    row = gil.at(record(results))
    assert row.ideal == 1.0 and row.limit == claims.AT_LIMIT
    assert "**at the limit**" in gil.speedup_table(record(results))


def gil_on_run(two: tuple, busy=ONE_CORE, **kw) -> dict:
    return threads_results({2: two, 4: two}, {1: ONE_CORE, 2: busy, 4: busy}, **kw)


def gil_off_run(two: tuple, busy=TWO_CORES) -> dict:
    return threads_results({2: two, 4: two}, {1: ONE_CORE, 2: busy, 4: busy}, gil_on=False)


CPU_CASES = [
    # (results, claim, status, words the sentence must hold, words it must not)
    (
        gil_on_run((0.98, 0.95, 1.02)),
        "threads_cpu",
        claims.REPRODUCED,
        [
            "**No speedup.**",
            "0.98\u00d7 (95 % interval 0.95\u20131.02, 8 rounds)",
            "(2 here)",
        ],
        "noise",
    ),
    (
        gil_on_run((1.4, 1.3, 1.5)),
        "threads_cpu",
        claims.NOT_REPRODUCED,
        ["**Faster than one thread, with the GIL on.**", "noise in the timing"],
        "No speedup",
    ),
    (
        gil_on_run((1.1, 0.9, 1.3)),  # straddles 1.2
        "threads_cpu",
        claims.INCONCLUSIVE,
        ["**This run cannot tell.**", "straddles 1.20\u00d7"],
        "predicts",
    ),
    (
        gil_off_run((1.82, 1.7, 1.9)),
        "free_threads_cpu",
        claims.REPRODUCED,
        [
            "**The threads ran in parallel.**",
            "1.82\u00d7 (95 % interval 1.70\u20131.90",
            "= 2&times;",
        ],
        "No parallel",
    ),
    (
        gil_off_run((1.0, 0.97, 1.03), busy=ONE_CORE),
        "free_threads_cpu",
        claims.NOT_REPRODUCED,
        ["**No parallel speedup in this run.**", "got only 0.99 cores", "other programs"],
        "each other's way",
    ),
    (
        gil_off_run((1.0, 0.97, 1.03), busy=TWO_CORES),
        "free_threads_cpu",
        claims.NOT_REPRODUCED,
        ["**No parallel speedup in this run.**", "kept 1.95 cores busy", "each other's way"],
        "other programs",
    ),
    (
        gil_off_run((1.5, 1.3, 1.7)),  # straddles 1.5
        "free_threads_cpu",
        claims.INCONCLUSIVE,
        ["**This run cannot tell.**", "straddles 1.50\u00d7"],
        "ran in parallel.**",
    ),
    (
        gil_on_run((1.0, 0.97, 1.03), cores=1),
        "threads_cpu",
        claims.NOT_APPLICABLE,
        ["only one usable core"],
        "predicts",
    ),
]


@pytest.mark.parametrize(("results", "name", "status", "expected", "absent"), CPU_CASES)
def test_the_cpu_sentence_follows_the_claims_verdict(results, name, status, expected, absent):
    run_ = record(results)
    assert gil.squares_claim(results) == name
    verdict = claims.verdict(name, [gil.squares_evidence(run_)])
    assert verdict.status == status
    text = gil.cpu_claim(run_)
    for part in expected:
        assert part in text
    assert absent not in text


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (gil_on_run((0.98, 0.95, 1.02)), "no speedup, as the GIL predicts"),
        (gil_on_run((1.4, 1.3, 1.5)), "faster: noise, not parallelism"),
        (gil_on_run((1.1, 0.9, 1.3)), "this run cannot tell"),
        (gil_off_run((1.82, 1.7, 1.9)), "parallel"),
        (gil_off_run((1.0, 0.97, 1.03)), "no parallel speedup"),
        (gil_on_run((1.0, 0.97, 1.03), cores=1), "one core: cannot run in parallel"),
    ],
)
def test_the_interpreter_table_gives_each_row_its_claims_verdict(results, expected):
    out = gil.interpreter_table([record(TOOK_TURNS), record(results)])
    rows = [line for line in out.splitlines() if line.startswith("| CPython")]
    assert rows[0].endswith("| no speedup, as the GIL predicts |")
    assert rows[1].endswith(f"| {expected} |")


def test_the_interpreter_table_describes_each_run_beyond_the_first():
    out = gil.interpreter_table([record(TOOK_TURNS), record(RAN_PARALLEL)])
    rows = [line for line in out.splitlines() if line.startswith("| CPython")]
    assert rows[1].startswith(
        "| CPython 3.14.7 free-threaded (GIL off) | 150 ms | 1.82\u00d7 (1.70\u20131.90) "
        "| 1.85\u00d7 (1.75\u20131.95) | 1.95 (1.90\u20131.99) |"
    )
    bullets = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(bullets) == 1
    assert "ran in parallel" in bullets[0]
    assert "8 rounds, ended by the time budget" in bullets[0]


C_CASES = [
    (gil_on_run((1.9, 1.8, 1.97), busy=TWO_CORES), claims.REPRODUCED, "hashed in parallel"),
    (gil_on_run((1.05, 0.95, 1.1)), claims.NOT_REPRODUCED, "got only 0.99 cores"),
    (gil_on_run((1.05, 0.95, 1.1), busy=TWO_CORES), claims.NOT_REPRODUCED, "although the"),
    (gil_on_run((1.5, 1.3, 1.7), busy=TWO_CORES), claims.INCONCLUSIVE, "straddles 1.50\u00d7"),
    (gil_on_run((1.0, 0.97, 1.03), cores=1), claims.NOT_APPLICABLE, "only one usable core"),
    (gil_off_run((1.9, 1.8, 1.97)), claims.NOT_APPLICABLE, "ran with the GIL off"),
]


@pytest.mark.parametrize(("results", "status", "expected"), C_CASES)
def test_the_c_sentence_follows_the_claims_verdict(results, status, expected):
    run_ = record(results, "gil/sha256_threads.py")
    item = gil.hashing_evidence(run_)
    assert claims.verdict("c_threads", [item]).status == status
    assert "SHA-256 of 4 MiB buffers, 2 threads against 1" in item.source
    text = gil.c_claim(run_)
    assert expected in text
    assert claims.figure(claims.CLAIMS["c_threads"], item.estimate) in text


# --- The convoy ----------------------------------------------------------------------------


def test_the_convoy_claim_is_defined_once_with_its_threshold():
    claim = claims.CLAIMS["convoy"]
    assert (claim.holds, claim.threshold, claim.unit) == ("at_least", 0.5, "intervals")


def test_the_convoy_figure_is_the_lateness_the_busy_thread_caused():
    """A machine whose timer alone makes a nap 0.4 ms late: next to the CPU-bound thread the
    nap is 0.6 ms late, 1.2 intervals of 0.5 ms, but the thread caused only 0.2 ms of that,
    0.4 intervals. The claim goes by what the thread caused."""
    results = convoy_results([(0.4, 0.35, 0.45), *WAITED[1:]], idle=4e-4)
    first = gil.naps(results)[0]
    assert first.late.median / first.interval == pytest.approx(1.2)  # 0.6 ms late in all
    assert first.intervals.median == pytest.approx(0.4)
    assert claims.decide(claims.CLAIMS["convoy"], first.intervals) == claims.NOT_REPRODUCED


def test_the_convoy_evidence_is_the_default_interval():
    results = convoy_results([(0.1, 0.0, 0.2), (1.03, 1.01, 1.05), (0.2, 0.1, 0.3)])
    item = gil.convoy_evidence(record(results, "gil/convoy_wakeup.py"))
    assert item.estimate.median == pytest.approx(1.03)
    assert "a 1 ms nap next to a CPU-bound thread, 5 ms switch interval" in item.source
    assert claims.verdict("convoy", [item]).status == claims.REPRODUCED
    off = gil.convoy_evidence(record(convoy_results(NO_WAIT, gil_on=False)))
    assert claims.verdict("convoy", [off]).status == claims.NOT_APPLICABLE
    assert claims.verdict("convoy", [item, off]).status == claims.REPRODUCED


@pytest.mark.parametrize(
    ("caused", "gil_on", "share", "expected", "absent"),
    [
        (
            WAITED,
            True,
            0.97,
            "**The nap waited about one switch interval for the GIL.**",
            "(at least half",
        ),
        (NO_WAIT, True, 0.97, "**The napping thread did not wait for the GIL.**", "as little"),
        (NO_WAIT, True, 0.4, "as little as 40% of a core: other programs", "waited about"),
        (
            [(0.3, -0.1, 1.2), *WAITED[1:]],
            True,
            0.97,
            "(this run cannot tell); 5 ms: 5.15 ms, that is 1.03",
            "waited about",
        ),
        ([(0.1, 0.0, 0.2), *WAITED[1:]], True, 0.97, "(less than half an interval)", "waited"),
        (NO_WAIT, False, 0.97, "**No wait for a GIL.**", "as little"),
        ([(0.8, 0.6, 1.0), *NO_WAIT[1:]], False, 0.4, "comes from the machine", "as little"),
    ],
)
def test_the_convoy_sentence_follows_each_settings_verdict(caused, gil_on, share, expected, absent):
    results = convoy_results(caused, gil_on=gil_on, share=share)
    text = gil.convoy_claim(record(results, "gil/convoy_wakeup.py"))
    assert expected in text
    assert "alone: 80 µs (72 µs\u201388 µs) late" in text
    # Every setting with its figure and interval.
    for nap in gil.naps(results):
        assert claims.figure(claims.CLAIMS["convoy"], nap.intervals) in text
    assert absent not in text


def test_the_convoy_table_gives_the_baseline_and_what_the_busy_thread_caused():
    out = gil.convoy_table(record(convoy_results(WAITED), "gil/convoy_wakeup.py"))
    rows = [line for line in out.splitlines() if line.startswith("| ")][1:]
    assert rows[0] == "| none | &ndash; | 80 µs (72 µs\u201388 µs) | &ndash; | &ndash; | &ndash; |"
    assert rows[2].startswith("| CPU-bound | 5 ms (default) | 5.23 ms (5.13 ms\u20135.33 ms) |")
    assert "| 5.15 ms (5.05 ms\u20135.25 ms) | 1.03 (1.01\u20131.05) | 97% |" in rows[2]
    assert "(default)" not in rows[1] + rows[3]
    assert "minus the lateness alone in the same round" in out
    assert "9 rounds, ended because every interval was within ±5% of its median" in out


def test_the_convoy_chart_draws_intervals_and_repeats_the_figures_as_text():
    records = [
        record(convoy_results(WAITED)),
        record(convoy_results(NO_WAIT, gil_on=False)),
    ]
    out = gil.convoy_chart(records)
    assert out.startswith("<div>\n<svg")
    assert 'role="img"' in out
    assert out.count('class="chart-error') == 2  # one path of error bars per interpreter
    assert "5 ms → 5.23 ms (5.13 ms\u20135.33 ms)" in out  # the description gives the interval too
    assert "CPython 3.11.7 (GIL on)" in out
    assert "CPython 3.14.7 free-threaded (GIL off)" in out
    table = [line for line in out.splitlines() if line.startswith("| CPython")]
    assert len(table) == 2
    assert "| 5.23 ms; caused 1.03 (1.01\u20131.05) intervals |" in table[0]
    # The build's own run is described earlier on the page; the others get a sentence here.
    bullets = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(bullets) == 1
    assert "**No wait for a GIL.**" in bullets[0]
    assert "9 rounds, ended because" in bullets[0]


# --- Evidence: the GIL page's runs in the claims ---------------------------------------------


@pytest.fixture
def gil_runs(monkeypatch):
    """The GIL page's runs, as runs_by_interpreter would return them, without running
    anything; the benchmarks contribute no evidence here."""
    runs = {
        gil.CPU_SNIPPET: [record(TOOK_TURNS), record(RAN_PARALLEL), record(TOOK_TURNS)],
        gil.CONVOY_SNIPPET: [
            record(convoy_results(WAITED)),
            record(convoy_results(NO_WAIT, gil_on=False)),
            record(convoy_results(WAITED)),
        ],
    }
    hashing = record(gil_on_run((1.9, 1.8, 1.97), busy=TWO_CORES), gil.C_SNIPPET)
    monkeypatch.setattr(evidence.io_vs_cpu, "columns", lambda snippet: [])
    monkeypatch.setattr(evidence.gil, "runs_by_interpreter", lambda snippet: runs[snippet])
    monkeypatch.setattr(evidence, "run", lambda snippet: hashing)
    return runs


def test_the_gil_page_runs_are_evidence_for_the_threads_claims(gil_runs):
    items = evidence.threads_cpu()
    assert [item.not_about for item in items] == [None, "evidence.gil_off", None]
    assert [item.anchor for item in items] == [gil.CPU_ANCHOR, gil.OTHERS_ANCHOR, gil.OTHERS_ANCHOR]
    assert evidence.verdict("threads_cpu").status == claims.REPRODUCED
    free = evidence.free_threads_cpu()
    assert len(free) == 1 and free[0].not_about is None
    assert evidence.verdict("free_threads_cpu").status == claims.REPRODUCED
    box = evidence.show("threads_cpu")
    assert 'data-claim="threads_cpu" data-verdict="reproduced"' in box
    assert "CPython 3.11.7 (GIL on), sum of squares, 2 threads against 1" in box


def test_the_hashing_run_is_the_one_source_of_the_c_claim(gil_runs):
    items = evidence.c_threads()
    assert len(items) == 1 and items[0].anchor == gil.C_ANCHOR
    assert evidence.verdict("c_threads").status == claims.REPRODUCED


def test_the_convoy_claim_counts_only_runs_with_the_gil(gil_runs):
    items = evidence.convoy()
    assert [item.not_about for item in items] == [None, "evidence.gil_off", None]
    assert items[0].anchor == gil.CONVOY_ANCHOR
    box = evidence.show("convoy")
    assert 'data-verdict="reproduced"' in box
    assert "1.03 (95 % interval 1.01\u20131.05, 9 rounds)" in box


def test_a_failed_run_gives_no_evidence(monkeypatch):
    monkeypatch.setattr(evidence.io_vs_cpu, "columns", lambda snippet: [])
    monkeypatch.setattr(evidence.gil, "runs_by_interpreter", lambda snippet: [record(None)])
    monkeypatch.setattr(evidence, "run", lambda snippet: record(None))
    for name in ("threads_cpu", "free_threads_cpu", "c_threads", "convoy"):
        assert evidence.verdict(name).status == claims.NO_DATA


def test_the_page_states_each_claim_through_the_registry():
    for page in ("gil.md", "gil.ko.md"):
        text = (PROJECT / "docs" / page).read_text(encoding="utf-8")
        shown = re.findall(r'evidence\.show\("(\w+)"', text)
        assert shown == ["threads_cpu", "c_threads", "convoy", "free_threads_cpu"], page


# --- Other renderers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "gil_on", "expected"),
    [
        (False, True, "is not a free-threaded build"),
        (True, True, "but the GIL was on"),
        (True, False, "**This build ran without the GIL.**"),
    ],
)
def test_the_build_verdict_follows_the_interpreter(build, gil_on, expected):
    results = {"machine": {**facts(gil_on), "version": "3.14.7", "free_threaded_build": build}}
    assert expected in gil.build_verdict(record(results, "gil/free_threading_check.py"))


def test_a_failed_run_is_reported_not_rendered():
    failed = record(None)
    notice = f"`{failed.snippet}`: This example failed in the build"
    for render in (gil.cpu_claim, gil.c_claim, gil.speedup_table, gil.convoy_claim):
        assert render(failed).startswith(notice)
    assert gil.convoy_table(failed).startswith(notice)
    assert gil.interpreter_table([failed]).startswith(notice)
    assert gil.convoy_chart([failed]).startswith(notice)


def test_korean_sentences_come_from_the_same_verdicts():
    text = gil.cpu_claim(record(gil_on_run((0.98, 0.95, 1.02))), lang="ko")
    assert text.startswith("**속도 향상이 없습니다.**")
    text = gil.convoy_claim(record(convoy_results(NO_WAIT, gil_on=False)), lang="ko")
    assert text.startswith("**GIL을 기다리지 않았습니다.**")


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
    results = {"machine": facts(False)}
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
