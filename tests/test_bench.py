"""The benchmark page: workloads, harness, server, the renderer's limits and claims, columns."""

from __future__ import annotations

import ast
import concurrent.futures
import copy
import dataclasses
import json
import multiprocessing
import re
import statistics
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from concurrency_live.pages import choosing, evidence, io_vs_cpu
from concurrency_live.rendering import claims, downloads
from concurrency_live.running.runner import Run, cache_key

PROJECT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "bench"
sys.path.insert(0, str(PROJECT / "snippets" / "bench"))

import harness  # noqa: E402
import workloads  # noqa: E402


def load(name: str) -> Run:
    """A Run recorded on the build machine (or constructed; see tests/data/bench/README.md)."""
    return Run(**json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")))


def col(record: Run, name: str = "python") -> io_vs_cpu.Column:
    return io_vs_cpu.Column(name, record)


def with_results(record: Run, change) -> Run:
    """A copy of ``record`` whose results went through ``change(results)``."""
    results = copy.deepcopy(record.results)
    change(results)
    return dataclasses.replace(record, results=results)


def set_speedup(results, workload, strategy, workers, median, low=None, high=None):
    """Give one configuration another speedup (and interval) over sequential."""
    for item in results["results"]:
        if (item["workload"], item["strategy"], item["workers"]) == (workload, strategy, workers):
            low, high = low or median, high or median
            item["speedup"].update(median=median, low=low, high=high)
            return
    raise KeyError((workload, strategy, workers))


def set_time(results, workload, strategy, workers, median, low=None, high=None):
    """Give one configuration another time (and interval), in seconds."""
    for item in results["results"]:
        if (item["workload"], item["strategy"], item["workers"]) == (workload, strategy, workers):
            item["time"].update(median=median, low=low or median, high=high or median)
            return
    raise KeyError((workload, strategy, workers))


# --- Workloads: known answers ------------------------------------------------------------------


def test_is_prime_on_known_values():
    primes_below_60 = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59]
    assert [n for n in range(60) if workloads.is_prime(n)] == primes_below_60
    assert workloads.is_prime(1_000_003) and not workloads.is_prime(1_000_001)


@pytest.mark.parametrize(("limit", "count"), [(10, 4), (100, 25), (10_000, 1229), (100_000, 9592)])
def test_prime_counts_match_known_pi(limit, count):
    # pi(10^k) for k = 1..5: 4, 25, 168, 1229, 9592 (OEIS A006880).
    tasks = workloads.prime_tasks(limit)
    counted = [workloads.count_primes(*task) for task in tasks]
    assert counted == workloads.expected_prime_counts(limit)
    assert sum(counted) == count


@pytest.mark.parametrize("limit", [0, 1, 2, 3, 17])
def test_prime_counts_at_the_edges(limit):
    counted = [workloads.count_primes(*task) for task in workloads.prime_tasks(limit)]
    assert counted == workloads.expected_prime_counts(limit)


def test_tasks_cover_every_number_once():
    limit = 1000
    numbers = sorted(
        n for start, stop, step in workloads.prime_tasks(limit) for n in range(start, stop, step)
    )
    assert numbers == list(range(limit))


# --- Harness ---------------------------------------------------------------------------------


def test_settings_from_the_environment(monkeypatch):
    for name in ("BENCH_RUNS", "BENCH_SCALE", "BENCH_BUDGET"):
        monkeypatch.delenv(name, raising=False)
    assert harness.min_rounds() == harness.measure.MIN_ROUNDS and harness.scale() == 1.0
    assert harness.budget() == harness.BUDGET
    monkeypatch.setenv("BENCH_RUNS", "9")
    monkeypatch.setenv("BENCH_SCALE", "2.5")
    monkeypatch.setenv("BENCH_BUDGET", "7")
    assert harness.min_rounds() == 9 and harness.scale() == 2.5 and harness.budget() == 7.0
    monkeypatch.setenv("BENCH_RUNS", "2")  # fewer than 6 rounds give no 95 % interval
    assert harness.min_rounds() == harness.measure.MIN_ROUNDS


def test_machine_fingerprint():
    machine = harness.machine()
    assert machine["version"] == ".".join(map(str, sys.version_info[:3]))
    assert machine["gil_enabled"] is (
        sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    )
    assert machine["start_method"] == multiprocessing.get_start_method()
    assert machine["usable_cores"] >= 1 and machine["cpu_model"]


def test_interpreters_strategy_only_where_the_executor_exists():
    has = hasattr(concurrent.futures, "InterpreterPoolExecutor")
    assert (harness.unavailable("interpreters") is None) is has
    assert harness.unavailable("threads") is None


@pytest.mark.parametrize("strategy", ["sequential", "threads", "processes"])
def test_every_strategy_gives_the_right_answers_in_order(strategy):
    tasks = workloads.prime_tasks(5000)
    expected = workloads.expected_prime_counts(5000)
    with harness.Benchmark("cpu") as bench_:
        bench_.add_pool("primes", strategy, 2, workloads.count_primes, tasks, expected)
        assert bench_.work["primes " + strategy + " 2"]() == expected


def test_the_benchmark_pairs_every_configuration_with_its_sequential_run(monkeypatch, capsys):
    monkeypatch.setenv("BENCH_BUDGET", "0")  # the fewest rounds: MIN_ROUNDS
    with harness.Benchmark("cpu", limit=10) as b:
        b.add("primes", "sequential", 1, lambda: 42, 42)
        b.add("primes", "threads", 2, lambda: 42, 42)
        b.skip("interpreters", "not here")
        data = b.measure()
    m = data["measurement"]
    assert len(m["rounds"]) == harness.measure.MIN_ROUNDS and m["stopped"] == "budget"
    # The order rotates: each configuration goes first in every other round.
    assert [r["order"][0] for r in m["rounds"][:2]] == ["primes sequential 1", "primes threads 2"]
    assert m["ratios"]["primes threads 2"]["of"] == ["primes sequential 1", "primes threads 2"]
    threads = next(r for r in data["results"] if r["strategy"] == "threads")
    assert threads["speedup"]["rounds"] == harness.measure.MIN_ROUNDS
    assert next(r for r in data["results"] if r["strategy"] == "sequential")["speedup"] is None
    assert data["skipped"] == [{"strategy": "interpreters", "reason": "not here"}]
    out = capsys.readouterr().out
    assert "interpreters: skipped, not here" in out and "as fast as sequential" in out


def test_a_wrong_answer_is_an_error_not_a_timing():
    with harness.Benchmark("cpu") as b:
        b.add("primes", "sequential", 1, lambda: 41, 42)
        with pytest.raises(RuntimeError, match="wrong answer"):
            b.measure()


def test_workloads_import_in_spawned_children():
    # spawn (macOS, Windows) and forkserver (Linux from 3.14) import the function by name.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as executor:
        counts = list(
            executor.map(workloads.count_primes, *zip(*workloads.prime_tasks(2000), strict=True))
        )
    assert counts == workloads.expected_prime_counts(2000)


# --- The HTTP server ------------------------------------------------------------------------------


def test_server_answers_32_concurrent_requests():
    delay, count = 0.2, 32
    with workloads.http_server(delay) as port:
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(count) as executor:
            bodies = list(executor.map(workloads.fetch, [port] * count, range(count)))
        elapsed = time.perf_counter() - start
        assert bodies == [workloads.body(i) for i in range(count)]
        # One after another they would take count * delay = 6.4 s; at once, about one delay.
        assert elapsed < count * delay / 4
        assert workloads.fetch_all_asyncio(port, count, count) == bodies


def test_server_rejects_other_paths():
    with workloads.http_server(0.0) as port:
        with pytest.raises(RuntimeError, match="HTTP 404"):
            workloads.fetch(port, -1)  # "/item/-1" is not /item/<digits>
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/item/7") as response:
            assert response.read() == b"item 7\n"


def test_server_process_is_gone_after_the_block():
    with workloads.http_server(0.0) as port:
        children = multiprocessing.active_children()
        assert len(children) == 1
        assert workloads.fetch(port, 3) == b"item 3\n"
    assert not children[0].is_alive()


# --- The snippets, run as a reader would ---------------------------------------------------------


@pytest.mark.slow
def test_cpu_snippet(snippet, monkeypatch):
    monkeypatch.setenv("BENCH_BUDGET", "0")
    monkeypatch.setenv("BENCH_SCALE", "0.05")
    ran = snippet("bench/speedup_cpu.py")
    assert ran.returncode == 0, ran.output
    results = ran.results
    assert results["kind"] == "cpu"
    assert results["settings"]["primes"] == sum(workloads.expected_prime_counts(20_000))
    cores = results["machine"]["usable_cores"]
    # Powers of two from 2 up to twice the cores, plus the core count: [2, 4] on 2 cores.
    expected_workers = [
        w for w in range(2, 2 * cores + 1) if w in (cores, 2 * cores) or w & (w - 1) == 0
    ]
    for strategy in ("threads", "processes"):
        assert [
            r["workers"] for r in results["results"] if r["strategy"] == strategy
        ] == expected_workers
    has_interpreters = hasattr(concurrent.futures, "InterpreterPoolExecutor")
    assert bool(results["skipped"]) is not has_interpreters
    rounds = results["measurement"]["rounds"]
    assert len(rounds) == harness.measure.MIN_ROUNDS
    assert all(sorted(r["order"]) == sorted(results["measurement"]["configs"]) for r in rounds)
    measured = [line for line in ran.lines if re.search(r" workers?: ", line)]
    assert len(measured) == len(results["results"])
    assert ran.lines[-1].startswith(f"{len(rounds)} rounds, ended by budget;")


@pytest.mark.slow
def test_io_snippet(snippet, monkeypatch):
    monkeypatch.setenv("BENCH_BUDGET", "0")
    ran = snippet("bench/speedup_io.py")
    assert ran.returncode == 0, ran.output
    results = ran.results
    http = [r for r in results["results"] if r["workload"] == "http"]
    assert {r["strategy"] for r in http} >= {"sequential", "threads", "processes", "asyncio"}
    assert [r["workers"] for r in http if r["strategy"] == "asyncio"] == [4, 8, 16]
    # With 16 workers, 16 requests take one round of waits: far less than 16, one after another.
    points = io_vs_cpu.points(results)
    for workload in ("http", "sleep"):
        many = io_vs_cpu.find(points, workload, "threads", 16)
        assert many.speedup.median > 4
        assert many.time.median < io_vs_cpu.find(points, workload, "sequential", 1).time.median / 4


# --- Limits -------------------------------------------------------------------------------------


def test_cpu_points_speedup_ideal_and_limit():
    results = load("cpu-3.11").results
    pts = io_vs_cpu.points(results)
    seq = io_vs_cpu.find(pts, "primes", "sequential", 1)
    assert seq.speedup is None and seq.ideal == 1.0
    p = io_vs_cpu.find(pts, "primes", "processes", 4)
    assert results["machine"]["usable_cores"] == 2
    assert p.ideal == 2.0  # min(4 workers, 2 cores)
    assert p.speedup.low <= p.speedup.median <= p.speedup.high
    ratio = results["measurement"]["ratios"]["primes processes 4"]
    assert p.speedup.median == ratio["median"]
    assert p.speedup.rounds == len(rounds_of(results))
    assert p.limit == claims.against_limit(p.speedup, 2.0)


def rounds_of(results: dict) -> list:
    return results["measurement"]["rounds"]


def test_the_recorded_speedups_are_the_medians_of_their_rounds():
    """The JSON holds every round: the summary can be redone from it, as the README says."""
    results = load("cpu-3.11").results
    for key, ratio in results["measurement"]["ratios"].items():
        a, b = ratio["of"]
        per_round = sorted(r["values"][a] / r["values"][b] for r in rounds_of(results))
        assert ratio["median"] == pytest.approx(statistics.median(per_round))
        assert ratio["low"] in per_round and ratio["high"] in per_round, key


@pytest.mark.parametrize(
    ("low", "high", "limit"),
    [
        (1.5, 1.9, claims.BELOW_LIMIT),
        (1.9, 2.05, claims.AT_LIMIT),
        (2.02, 2.1, claims.PAST_LIMIT),  # superlinear: a disturbed baseline, not parallelism
    ],
)
def test_a_speedup_is_placed_against_the_cores(low, high, limit):
    record = with_results(
        load("cpu-3.11"),
        lambda r: set_speedup(r, "primes", "processes", 2, (low + high) / 2, low, high),
    )
    p = io_vs_cpu.find(io_vs_cpu.points(record.results), "primes", "processes", 2)
    assert p.limit == limit
    text = io_vs_cpu.table([col(record)])
    row = next(line for line in text.splitlines() if line.startswith("| primes | processes | 2 |"))
    assert ("at the limit" in row) is (limit == claims.AT_LIMIT)
    assert ("past the limit" in row) is (limit == claims.PAST_LIMIT)
    assert ("not real parallelism" in text.split(row)[1]) is (limit == claims.PAST_LIMIT)


def test_io_points_floor_and_limit():
    results = load("io-3.11").results
    settings = results["settings"]
    pts = io_vs_cpu.points(results)
    for workers, rounds in ((4, 4), (8, 2), (16, 1)):
        p = io_vs_cpu.find(pts, "http", "threads", workers)
        assert p.floor == pytest.approx(settings["delay"] * rounds)
        assert p.ideal == pytest.approx(16 / rounds)
        assert p.over_floor.median == pytest.approx(p.time.median / p.floor)
    seq = io_vs_cpu.find(pts, "http", "sequential", 1)
    assert seq.floor == pytest.approx(settings["delay"] * 16)
    # A run quicker than its floor is impossible: flagged.
    quick = with_results(
        load("io-3.11"), lambda r: set_time(r, "sleep", "threads", 16, 0.045, 0.044, 0.046)
    )
    assert io_vs_cpu.find(io_vs_cpu.points(quick.results), "sleep", "threads", 16).limit == (
        claims.PAST_LIMIT
    )


def test_io_floor_with_workers_that_do_not_divide_the_requests():
    results = with_results(load("io-3.11"), lambda r: r["settings"].update(requests=17)).results
    p = io_vs_cpu.find(io_vs_cpu.points(results), "http", "threads", 8)
    assert p.floor == pytest.approx(results["settings"]["delay"] * 3)  # ceil(17 / 8) rounds


# --- Claims from the benchmarks ----------------------------------------------------------------


@pytest.fixture
def recorded(monkeypatch):
    """evidence.py's benchmark columns, from recorded runs (``set(cpu=[...], io=[...])``)."""
    chosen = {"cpu": [col(load("cpu-3.11"))], "io": [col(load("io-3.11"))]}

    def columns(snippet, *args, **kwargs):
        return chosen["cpu" if snippet == io_vs_cpu.CPU else "io"]

    monkeypatch.setattr(evidence.io_vs_cpu, "columns", columns)
    # The GIL page's own runs bear on the same claims; here only the benchmarks speak.
    monkeypatch.setattr(evidence.gil, "runs_by_interpreter", lambda snippet, **options: [])
    # The decision page's C-code row takes the GIL page's claim; here, a fixed measurement.
    hashing = claims.Evidence("hashing, 2 threads", claims.Estimate(1.9, 1.8, 1.95, 8, 0.96))
    monkeypatch.setitem(evidence.GATHER, "c_threads", lambda lang="en": [hashing])
    # Its asyncio row takes the asyncio page's claims: here none, so no program runs.
    for name in ("asyncio_floor", "thread_memory", "blocking_call"):
        monkeypatch.setitem(evidence.GATHER, name, lambda lang="en": [])
    return chosen


def test_claims_on_the_recorded_gil_interpreter(recorded):
    cpu = recorded["cpu"][0].run.results
    assert cpu["machine"]["gil_enabled"] and cpu["machine"]["usable_cores"] == 2
    threads = io_vs_cpu.find(io_vs_cpu.points(cpu), "primes", "threads", 2).speedup
    result = claims.verdict("threads_cpu", evidence.threads_cpu())
    bench_items = [e for e, _ in result.items if "counting primes" in e.source]
    assert bench_items[0].estimate == threads
    assert claims.decide(claims.CLAIMS["threads_cpu"], threads) in claims.TESTED


def test_threads_claim_every_way(recorded):
    name = "threads_cpu"

    def with_threads(median, low, high):
        record = with_results(
            load("cpu-3.11"), lambda r: set_speedup(r, "primes", "threads", 2, median, low, high)
        )
        recorded["cpu"] = [col(record)]
        return next(s for e, s in evidence.verdict(name).items if "counting primes" in e.source)

    assert with_threads(1.0, 0.95, 1.05) == claims.REPRODUCED
    assert with_threads(1.8, 1.7, 1.9) == claims.NOT_REPRODUCED
    assert with_threads(1.15, 1.05, 1.25) == claims.INCONCLUSIVE  # straddles 1.2


def test_processes_claim_every_way(recorded):
    def with_processes(median, low, high):
        record = with_results(
            load("cpu-3.11"), lambda r: set_speedup(r, "primes", "processes", 2, median, low, high)
        )
        recorded["cpu"] = [col(record)]
        return evidence.verdict("processes_cpu").status

    assert with_processes(1.9, 1.8, 1.98) == claims.REPRODUCED
    assert with_processes(1.1, 1.0, 1.2) == claims.NOT_REPRODUCED
    assert with_processes(1.5, 1.3, 1.7) == claims.INCONCLUSIVE


def test_claims_on_one_usable_core(recorded):
    record = with_results(load("cpu-3.11"), lambda r: r["machine"].update(usable_cores=1))
    recorded["cpu"] = [col(record)]
    for name in ("processes_cpu", "threads_cpu"):
        result = evidence.verdict(name)
        statuses = {s for e, s in result.items if "counting primes" in e.source}
        assert statuses == {claims.NOT_APPLICABLE}, name
    assert "one core" in evidence.show("processes_cpu")
    # The ideal on one core is 1x, whatever the number of workers.
    assert {p.ideal for p in io_vs_cpu.points(record.results)} == {1.0}


def test_threads_claim_with_the_gil_off(recorded):
    recorded["cpu"] = [col(load("cpu-3.11")), col(load("cpu-3.14t"))]
    nogil = [(e, s) for e, s in evidence.verdict("threads_cpu").items if "GIL off" in e.source]
    assert nogil and all(s == claims.NOT_APPLICABLE for _, s in nogil)
    free = evidence.verdict("free_threads_cpu")
    assert [e.source for e, _ in free.items if "counting primes" in e.source] == [
        e.source for e, _ in nogil
    ]
    # The processes claim still applies to a free-threaded interpreter.
    assert len(evidence.verdict("processes_cpu").items) == 2


def test_io_claim_every_way(recorded):
    delay = load("io-3.11").results["settings"]["delay"]

    def with_asyncio(over_floor):
        def change(results):
            for strategy in ("threads", "asyncio"):
                set_time(results, "http", strategy, 16, delay * 1.1, delay * 1.05, delay * 1.15)
            low, high = over_floor
            set_time(
                results, "http", "asyncio", 16, delay * (low + high) / 2, delay * low, delay * high
            )

        recorded["io"] = [col(with_results(load("io-3.11"), change))]
        return evidence.verdict("io_floor")

    assert with_asyncio((1.1, 1.3)).status == claims.REPRODUCED
    assert with_asyncio((1.4, 1.6)).status == claims.INCONCLUSIVE
    result = with_asyncio((1.8, 2.2))
    assert result.status == claims.INCONCLUSIVE  # the threads reproduce it, asyncio does not
    assert [s for e, s in result.items if "asyncio" in e.source] == [claims.NOT_REPRODUCED]
    text = claims.render(result)
    assert "2.00\u00d7" in text and "asyncio with 16 workers" in text


def test_missing_measurement_is_no_data(recorded):
    def drop(results):
        results["results"] = [r for r in results["results"] if r["strategy"] != "threads"]

    recorded["cpu"] = [col(with_results(load("cpu-3.11"), drop))]
    items = [s for e, s in evidence.verdict("threads_cpu").items if "counting primes" in e.source]
    assert items == [claims.NO_DATA]


# --- Columns: one per interpreter ----------------------------------------------------------------


def fake_runner(calls):
    def runner(snippet, *, timeout, python):
        calls.append((snippet, timeout, python))
        return load("cpu-3.11")

    return runner


def test_columns_skip_missing_interpreters_and_merge_duplicates():
    calls = []
    names = [sys.executable, "no-such-python-3.99", sys.executable, "/no/such/python"]
    cols = io_vs_cpu.columns(io_vs_cpu.CPU, names, runner=fake_runner(calls), probe=lambda p: {})
    assert [(c.name, c.skipped) for c in cols] == [
        (sys.executable, None),
        ("no-such-python-3.99", "not_found"),
        ("/no/such/python", "not_found"),
    ]
    assert calls == [(io_vs_cpu.CPU, io_vs_cpu.TIMEOUT, sys.executable)]
    notes = io_vs_cpu.skipped_notes(cols)
    assert notes.count("skipped, no such interpreter on this machine") == 2


def test_columns_merge_links_to_one_interpreter(tmp_path):
    exe = tmp_path / "python3.14t"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    (tmp_path / "python3").symlink_to(exe)
    (tmp_path / "python3.14").hardlink_to(exe)
    names = [str(exe), str(tmp_path / "python3"), str(tmp_path / "python3.14")]
    calls = []
    cols = io_vs_cpu.columns(io_vs_cpu.CPU, names, runner=fake_runner(calls), probe=lambda p: {})
    assert [c.name for c in cols] == [str(exe)]
    assert calls == [(io_vs_cpu.CPU, io_vs_cpu.TIMEOUT, str(exe))]


def test_columns_skip_an_interpreter_that_does_not_start(tmp_path):
    broken = tmp_path / "python3.42"
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)

    def probe(path):
        import subprocess

        subprocess.run([path], check=True)

    cols = io_vs_cpu.columns(io_vs_cpu.CPU, [str(broken)], runner=fake_runner([]), probe=probe)
    assert cols == [io_vs_cpu.Column(str(broken), None, "does_not_start")]


def test_resolve_looks_past_a_pyenv_shim(tmp_path):
    shims = tmp_path / "shims"
    shims.mkdir()
    for folder in (shims, *(tmp_path / "versions" / v / "bin" for v in ("3.9.18", "3.13.0"))):
        folder.mkdir(parents=True, exist_ok=True)
        exe = folder / "python3.13"
        exe.write_text("#!/bin/sh\n")
        exe.chmod(0o755)
    environ = {"PATH": str(shims), "PYENV_ROOT": str(tmp_path)}
    assert io_vs_cpu.resolve("python3.13", environ) == str(
        tmp_path / "versions" / "3.13.0" / "bin" / "python3.13"
    )
    assert io_vs_cpu.resolve("python3.99", environ) is None


def test_asked_pythons_from_the_environment():
    assert io_vs_cpu.asked_pythons({}) == [sys.executable]
    assert io_vs_cpu.asked_pythons({"BENCH_PYTHONS": " python3.12  /opt/x/python3.14t "}) == [
        sys.executable,
        "python3.12",
        "/opt/x/python3.14t",
    ]


RECORDED = ["3.11", "3.14t"]


def test_table_has_one_column_per_interpreter_and_notes_for_the_rest():
    cols = [col(load(f"cpu-{v}"), v) for v in RECORDED]
    cols.append(io_vs_cpu.Column("python3.99", None, "not_found"))
    text = io_vs_cpu.table(cols)
    header = text.splitlines()[0]
    labels = [io_vs_cpu.label(load(f"cpu-{v}").results["machine"]) for v in RECORDED]
    assert header.split(" | ")[4:] == [*labels[:-1], labels[-1] + " |"]
    assert "(GIL off)" in labels[-1] and "(GIL on)" in labels[0]
    rows = [line for line in text.splitlines() if line.startswith("| primes | subinterpreters")]
    # Subinterpreters exist only from 3.14: the other columns say "not run".
    assert rows and all(line.count("not run") == 1 for line in rows)
    assert "`python3.99`: skipped" in text
    assert (
        "Subinterpreters not measured on CPython 3.11.7 (GIL on): "
        "`concurrent.futures.InterpreterPoolExecutor` is new in Python 3.14." in text
    )
    assert text.count("rounds, ended by") == 2


def test_table_cells_match_the_points():
    record = load("cpu-3.11")
    p = io_vs_cpu.find(io_vs_cpu.points(record.results), "primes", "processes", 2)
    row = next(
        line
        for line in io_vs_cpu.table([col(record)]).splitlines()
        if line.startswith("| primes | processes | 2 |")
    )
    s = p.speedup
    assert f"| {s.median:.2f}\u00d7 ({s.low:.2f}\u2013{s.high:.2f})" in row
    assert "| 2\u00d7 |" in row


def test_charts_one_svg_or_tabs_per_interpreter():
    one = io_vs_cpu.charts_block([col(load("io-3.11"))])
    root = ET.fromstring(one)
    assert root.get("role") == "img"
    texts = [el.text for el in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "asyncio" in texts and "threads, time.sleep only" in texts
    # Every measured point carries its interval as an error bar, and the text says it too.
    bars = [
        el
        for el in root.iter("{http://www.w3.org/2000/svg}path")
        if "chart-error" in el.get("class", "")
    ]
    assert len(bars) == 4  # one path per series: threads, processes, asyncio, time.sleep
    desc = root.find("{http://www.w3.org/2000/svg}desc").text
    p = io_vs_cpu.find(io_vs_cpu.points(load("io-3.11").results), "http", "threads", 16).speedup
    assert f"16 → {p.median:.1f} ({p.low:.1f}\u2013{p.high:.1f})" in desc
    two = io_vs_cpu.charts_block([col(load("cpu-3.11")), col(load("cpu-3.14t"))])
    assert two.count('=== "') == 2 and two.count("<svg") == 2
    assert all(
        line.startswith("    ") for line in two.splitlines() if line and not line.startswith("===")
    )


def test_download_link_holds_the_results():
    record = load("cpu-3.11")
    link = downloads.results_link(record)
    href = re.search(r'href="([^"]+)"', link).group(1)
    assert href == downloads.PLACEHOLDER + "speedup_cpu-3.11.7.json"
    document = json.loads(downloads.published["speedup_cpu-3.11.7.json"])
    assert document["results"] == record.results
    # The hook makes the address relative to the page that shows it.
    assert (
        downloads.resolve(link, "ko/io-vs-cpu/").count('href="../../data/speedup_cpu-3.11.7') == 1
    )
    assert 'download="speedup_cpu-3.11.7.json"' in link
    assert 'download="speedup_cpu-3.14.7-nogil.json"' in downloads.results_link(load("cpu-3.14t"))


def test_pages_show_with_the_same_cache_key_as_columns():
    # Otherwise show() and columns() would have different cache keys and run twice.
    page = (PROJECT / "docs" / "io-vs-cpu.md").read_text(encoding="utf-8")
    shows = re.findall(r'show\("(bench/[^"]+)", timeout=([^)]+)\)', page)
    assert sorted(name for name, _ in shows) == sorted([io_vs_cpu.CPU, io_vs_cpu.IO])
    for name, literal in shows:
        path = PROJECT / "snippets" / name
        as_shown = cache_key(path, sys.executable, ast.literal_eval(literal), (), {})
        assert as_shown == cache_key(path, sys.executable, io_vs_cpu.TIMEOUT, (), {})


def test_pages_end_with_their_links():
    tail = (PROJECT / "docs" / "io-vs-cpu.md").read_text(encoding="utf-8").splitlines()[-2:]
    assert "(choosing.md)" in tail[0] and "(index.md#threads-or-processes)" in tail[1]
    tail = (PROJECT / "docs" / "choosing.md").read_text(encoding="utf-8").splitlines()[-2:]
    assert "(beyond-one-machine.md)" in tail[0] and "(index.md#threads-or-processes)" in tail[1]


# --- The decision page -------------------------------------------------------------------------


def test_recommendation_follows_the_data(recorded):
    cpu, io = [col(load("cpu-3.11"))], [col(load("io-3.11"))]
    ranked = choosing.cpu_ranking(cpu[0].run.results)
    best = ranked[0].strategy
    text = choosing.recommendations(cpu, io)
    row = next(line for line in text.splitlines() if line.startswith("| Pure-Python"))
    assert row.split(" | ")[1].startswith(io_vs_cpu.t(io_vs_cpu.STRATEGY[best]))

    def threads_win(results):
        set_speedup(results, "primes", "threads", 2, 3.0, 2.9, 3.1)

    cpu = [col(with_results(load("cpu-3.11"), threads_win))]
    row = next(
        line
        for line in choosing.recommendations(cpu, io).splitlines()
        if line.startswith("| Pure-Python")
    )
    assert row.split(" | ")[1] == "threads"


def test_decision_tree_svg_and_text(recorded):
    cpu = [col(load("cpu-3.11")), col(load("cpu-3.14t"))]
    io = [col(load("io-3.11"))]
    out = choosing.decision_tree(cpu, io)
    svg, listing = out.split("\n\n", 1)
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.find("{http://www.w3.org/2000/svg}title").text.startswith("Which concurrency")
    texts = [el.text for el in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "asyncio" in texts and "processes" in texts
    processes = io_vs_cpu.find(io_vs_cpu.points(cpu[0].run.results), "primes", "processes", 2)
    free = io_vs_cpu.find(io_vs_cpu.points(cpu[1].run.results), "primes", "threads", 2)
    assert f"here: {processes.speedup.median:.2f}\u00d7" in texts
    assert f"here: {free.speedup.median:.2f}\u00d7" in texts
    assert texts.count("with 2 workers") == 2
    assert len(root.findall("{http://www.w3.org/2000/svg}rect")) == len(choosing.NODES)
    assert listing.count("- Yes:") + listing.count("- No:") == len(choosing.EDGES)


def test_the_c_code_row_is_the_gil_pages_verdict(recorded, monkeypatch):
    cpu, io = [col(load("cpu-3.11"))], [col(load("io-3.11"))]
    row = next(line for line in choosing.recommendations(cpu, io).splitlines() if "hashlib" in line)
    assert row.split(" | ")[1] == "threads"
    assert "1.90\u00d7 (95 % interval 1.80\u20131.95, 8 rounds)" in row
    assert "(reproduced in this build)" in row and "(gil.md)" in row
    straddling = claims.Evidence("hashing", claims.Estimate(1.5, 1.3, 1.7, 8, 0.96))
    monkeypatch.setitem(evidence.GATHER, "c_threads", lambda lang="en": [straddling])
    row = next(line for line in choosing.recommendations(cpu, io).splitlines() if "hashlib" in line)
    assert "not confirmed in this build" in row and "(inconclusive in this build)" in row


def test_start_methods_from_each_run():
    cols = [col(load("cpu-3.11")), col(load("cpu-3.14t"))]
    text = choosing.start_methods(cols)
    for c in cols:
        assert f"`{c.run.results['machine']['start_method']}`" in text
