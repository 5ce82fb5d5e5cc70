"""The benchmark page: workloads, harness, server, the renderer's limits and claims, columns."""

from __future__ import annotations

import ast
import concurrent.futures
import copy
import dataclasses
import json
import multiprocessing
import re
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from snippet_runner import bench, choosing, publish
from snippet_runner.run import Run, cache_key

PROJECT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "bench"
sys.path.insert(0, str(PROJECT / "snippets" / "bench"))

import harness  # noqa: E402
import workloads  # noqa: E402


def load(name: str) -> Run:
    """A Run recorded on the build machine (or constructed; see tests/data/bench/README.md)."""
    return Run(**json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")))


def col(record: Run, name: str = "python") -> bench.Column:
    return bench.Column(name, record)


def with_results(record: Run, change) -> Run:
    """A copy of ``record`` whose results went through ``change(results)``."""
    results = copy.deepcopy(record.results)
    change(results)
    return dataclasses.replace(record, results=results)


def set_median(results: dict, workload: str, strategy: str, workers: int, value: float):
    for item in results["results"]:
        if (item["workload"], item["strategy"], item["workers"]) == (workload, strategy, workers):
            item["stats"].update(median=value, min=value, max=value)
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


def fake_clock(monkeypatch, durations):
    """perf_counter() returns 0, d1, 100, 100 + d2, 200, ...: runs that took d1, d2, ..."""
    ticks = iter([tick for i, d in enumerate(durations) for tick in (100.0 * i, 100.0 * i + d)])
    monkeypatch.setattr(harness.time, "perf_counter", lambda: next(ticks))


def test_measure_work_warms_up_then_times_runs(monkeypatch):
    monkeypatch.setenv("BENCH_RUNS", "4")
    fake_clock(monkeypatch, [0.5, 2.0, 1.0, 0.25])
    calls = []
    stats = harness.measure_work(
        lambda: calls.append("run") or 42, 42, warmup=lambda: calls.append("warm-up")
    )
    assert calls == ["warm-up", "run", "run", "run", "run"]
    assert (stats.median, stats.min, stats.max, stats.runs) == (0.75, 0.25, 2.0, 4)


def test_short_work_runs_until_min_time(monkeypatch):
    monkeypatch.setenv("BENCH_RUNS", "3")
    fake_clock(monkeypatch, [0.125] * 50)
    stats = harness.measure_work(lambda: 1, 1, warmup=lambda: None)
    assert stats.runs == 4  # 3 runs are only 0.375 s; 4 reach MIN_TIME
    fake_clock(monkeypatch, [0.001] * 50)
    assert harness.measure_work(lambda: 1, 1, warmup=lambda: None).runs == harness.MAX_RUNS


def test_a_wrong_answer_is_an_error_not_a_timing(monkeypatch):
    monkeypatch.setenv("BENCH_RUNS", "2")
    answers = iter([1, 2])
    with pytest.raises(RuntimeError, match="wrong answer"):
        harness.measure_work(lambda: next(answers), 1, warmup=lambda: None)


def test_settings_from_the_environment(monkeypatch):
    monkeypatch.delenv("BENCH_RUNS", raising=False)
    monkeypatch.delenv("BENCH_SCALE", raising=False)
    assert harness.runs() == harness.DEFAULT_RUNS and harness.scale() == 1.0
    monkeypatch.setenv("BENCH_RUNS", "9")
    monkeypatch.setenv("BENCH_SCALE", "2.5")
    assert harness.runs() == 9 and harness.scale() == 2.5


def test_machine_fingerprint():
    machine = harness.machine()
    assert machine["version"] == ".".join(map(str, sys.version_info[:3]))
    assert machine["gil_enabled"] is (
        sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    )
    assert machine["start_method"] == multiprocessing.get_start_method()
    assert machine["usable_cores"] >= 1 and machine["cpu_model"]
    assert machine["load_average"] is None or machine["load_average"] >= 0


def test_interpreters_strategy_only_where_the_executor_exists():
    has = hasattr(concurrent.futures, "InterpreterPoolExecutor")
    assert (harness.unavailable("interpreters") is None) is has
    assert harness.unavailable("threads") is None


@pytest.mark.parametrize("strategy", ["sequential", "threads", "processes"])
def test_every_strategy_gives_the_right_answers_in_order(strategy, monkeypatch):
    monkeypatch.setenv("BENCH_RUNS", "1")
    tasks = workloads.prime_tasks(5000)
    stats = harness.measure_pool(
        strategy, 2, workloads.count_primes, tasks, workloads.expected_prime_counts(5000)
    )
    assert 1 <= stats.runs <= harness.MAX_RUNS  # and every answer was right, or it raised


def test_workloads_import_in_spawned_children():
    # spawn (macOS, Windows) and forkserver (Linux from 3.14) import the function by name.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as executor:
        counts = list(
            executor.map(workloads.count_primes, *zip(*workloads.prime_tasks(2000), strict=True))
        )
    assert counts == workloads.expected_prime_counts(2000)


def test_report_json(monkeypatch, tmp_path, capsys):
    out = tmp_path / "results.json"
    monkeypatch.setenv("SNIPPET_RESULTS", str(out))
    monkeypatch.setenv("BENCH_RUNS", "3")
    report = harness.Report("cpu", limit=10)
    report.add("primes", "threads", 2, harness.measure.Stats(1.0, 0.5, 2.0, 3))
    report.skip("interpreters", "not here")
    report.emit()
    data = json.loads(out.read_text())
    assert data["settings"] == {
        "runs": 3,
        "min_time": harness.MIN_TIME,
        "max_runs": harness.MAX_RUNS,
        "scale": 1.0,
        "limit": 10,
    }
    assert data["results"] == [
        {
            "workload": "primes",
            "strategy": "threads",
            "workers": 2,
            "stats": {"median": 1.0, "min": 0.5, "max": 2.0, "runs": 3},
        }
    ]
    assert data["skipped"] == [{"strategy": "interpreters", "reason": "not here"}]
    assert "interpreters: skipped, not here" in capsys.readouterr().out


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
    monkeypatch.setenv("BENCH_RUNS", "1")
    monkeypatch.setenv("BENCH_SCALE", "0.05")
    ran = snippet("bench/speedup_cpu.py")
    assert ran.returncode == 0, ran.output
    results = ran.results
    assert results["kind"] == "cpu" and results["settings"]["runs"] == 1
    assert results["settings"]["primes"] == sum(workloads.expected_prime_counts(32_500))
    cores = results["machine"]["usable_cores"]
    # Powers of two up to twice the cores, plus the core count: [1, 2, 4] on 2 cores.
    expected_workers = [
        w for w in range(1, 2 * cores + 1) if w in (cores, 2 * cores) or w & (w - 1) == 0
    ]
    for strategy in ("threads", "processes"):
        assert [
            r["workers"] for r in results["results"] if r["strategy"] == strategy
        ] == expected_workers
    has_interpreters = hasattr(concurrent.futures, "InterpreterPoolExecutor")
    assert bool(results["skipped"]) is not has_interpreters
    assert len([line for line in ran.lines if " workers: median " in line]) == len(
        results["results"]
    )
    assert all(1 <= r["stats"]["runs"] <= harness.MAX_RUNS for r in results["results"])


@pytest.mark.slow
def test_io_snippet(snippet, monkeypatch):
    monkeypatch.setenv("BENCH_RUNS", "1")
    ran = snippet("bench/speedup_io.py")
    assert ran.returncode == 0, ran.output
    results = ran.results
    http = [r for r in results["results"] if r["workload"] == "http"]
    assert {r["strategy"] for r in http} >= {"sequential", "threads", "processes", "asyncio"}
    assert [r["workers"] for r in http if r["strategy"] == "asyncio"] == [1, 2, 4, 8, 16, 32]
    # With 32 workers, 32 requests take one round: far less than 32 rounds, one after another.
    points = bench.points(results)
    seq = bench.find(points, "http", "sequential", 1)
    assert bench.find(points, "http", "threads", 32).median < seq.median / 4
    assert bench.find(points, "sleep", "threads", 32).median < seq.median / 4


# --- Limits -------------------------------------------------------------------------------------


def test_cpu_points_speedup_ideal_and_share():
    results = load("cpu-3.11").results
    pts = bench.points(results)
    seq = bench.find(pts, "primes", "sequential", 1)
    assert seq.speedup == 1.0 and seq.ideal == 1.0
    p = bench.find(pts, "primes", "processes", 4)
    assert results["machine"]["usable_cores"] == 2
    assert p.ideal == 2.0  # min(4 workers, 2 cores)
    assert p.speedup == pytest.approx(seq.median / p.median)
    assert p.share == pytest.approx(p.speedup / 2)


def test_io_points_floor_and_share():
    results = load("io-3.11").results
    settings = results["settings"]
    pts = bench.points(results)
    for workers, rounds in ((1, 32), (2, 16), (8, 4), (32, 1)):
        p = bench.find(pts, "http", "threads", workers)
        assert p.limit == pytest.approx(settings["delay"] * rounds)
        assert p.ideal == pytest.approx(32 / rounds)
        assert p.share == pytest.approx(p.limit / p.median)
    assert bench.find(pts, "http", "sequential", 1).limit == pytest.approx(settings["delay"] * 32)


def test_io_floor_with_workers_that_do_not_divide_the_requests():
    results = with_results(load("io-3.11"), lambda r: r["settings"].update(requests=33)).results
    p = bench.find(bench.points(results), "http", "threads", 16)
    assert p.limit == pytest.approx(results["settings"]["delay"] * 3)  # ceil(33 / 16) rounds


# --- Claims --------------------------------------------------------------------------------


def test_claims_on_the_recorded_gil_interpreter():
    cpu, io = load("cpu-3.11").results, load("io-3.11").results
    assert cpu["machine"]["gil_enabled"] and cpu["machine"]["usable_cores"] == 2
    threads = bench.find(bench.points(cpu), "primes", "threads", 2).speedup
    processes = bench.find(bench.points(cpu), "primes", "processes", 2).speedup
    assert bench.threads_cpu(cpu).status == ("reproduced" if threads < 1.2 else "not_reproduced")
    assert bench.processes_cpu(cpu).status == (
        "reproduced" if processes >= 1.5 else "not_reproduced"
    )
    assert f"{threads:.2f}" in bench.threads_cpu(cpu).text
    assert bench.io_floor(io).status in {"reproduced", "not_reproduced"}


def test_threads_claim_the_other_way():
    def fast_threads(results):
        seq = bench.find(bench.points(results), "primes", "sequential", 1).median
        set_median(results, "primes", "threads", 2, seq / 1.8)

    results = with_results(load("cpu-3.11"), fast_threads).results
    verdict = bench.threads_cpu(results)
    assert verdict.status == "not_reproduced"
    assert "1.80" in verdict.text


def test_processes_claim_the_other_way():
    def slow_processes(results):
        seq = bench.find(bench.points(results), "primes", "sequential", 1).median
        set_median(results, "primes", "processes", 2, seq / 1.1)

    verdict = bench.processes_cpu(with_results(load("cpu-3.11"), slow_processes).results)
    assert verdict.status == "not_reproduced" and "1.10" in verdict.text
    assert "load average" not in verdict.text  # not recorded in this run

    def busy(results):
        slow_processes(results)
        results["machine"]["load_average"] = 1.25

    verdict = bench.processes_cpu(with_results(load("cpu-3.11"), busy).results)
    assert "load average was 1.25 on 2 usable cores" in verdict.text


def test_claims_on_one_usable_core():
    results = load("cpu-one-core").results
    assert results["machine"]["usable_cores"] == 1
    assert bench.threads_cpu(results).status == "not_applicable"
    assert "one core" in bench.threads_cpu(results).text
    assert bench.processes_cpu(results).status == "not_applicable"
    # The ideal on one core is 1x, whatever the number of workers.
    assert {p.ideal for p in bench.points(results)} == {1.0}


def test_threads_claim_with_the_gil_off():
    results = load("cpu-3.14t").results
    assert results["machine"]["gil_enabled"] is False
    verdict = bench.threads_cpu(results)
    assert verdict.status == "not_applicable" and "GIL off" in verdict.text
    # The processes claim still applies to a free-threaded interpreter.
    assert bench.processes_cpu(results).status in {"reproduced", "not_reproduced"}


def test_io_claim_both_ways():
    record = load("io-3.11")
    delay = record.results["settings"]["delay"]

    def near_floor(results):
        for workers in (16, 32):
            for strategy in ("threads", "asyncio"):
                set_median(results, "http", strategy, workers, delay * 32 / workers * 1.2)

    def far(results):
        near_floor(results)
        set_median(results, "http", "asyncio", 32, delay * 2)  # the floor is one delay

    assert bench.io_floor(with_results(record, near_floor).results).status == "reproduced"
    verdict = bench.io_floor(with_results(record, far).results)
    assert verdict.status == "not_reproduced"
    assert "asyncio with 32 workers" in verdict.text and "(2.00\u00d7)" in verdict.text


def test_missing_measurement_is_no_data():
    def drop(results):
        results["results"] = [r for r in results["results"] if r["strategy"] != "threads"]

    results = with_results(load("cpu-3.11"), drop).results
    assert bench.threads_cpu(results).status == "no_data"


def test_claim_admonition_summarises_interpreters():
    gil, nogil = load("cpu-3.11"), load("cpu-3.14t")
    text = bench.claim("threads_cpu", [col(gil), col(nogil)])
    status = bench.threads_cpu(gil.results).status
    kind = {"reproduced": "success", "not_reproduced": "failure"}[status]
    assert text.startswith(f"!!! {kind} ")
    assert "CPython 3.11.7 (GIL on)" in text and "CPython 3.14.7 (GIL off)" in text
    assert "does not apply:" in text
    only_nogil = bench.claim("threads_cpu", [col(nogil)])
    assert only_nogil.startswith('!!! info "') and "could not be tested here" in only_nogil


# --- Columns: one per interpreter ----------------------------------------------------------------


def fake_runner(calls):
    def runner(snippet, *, timeout, python):
        calls.append((snippet, timeout, python))
        return load("cpu-3.11")

    return runner


def test_columns_skip_missing_interpreters_and_merge_duplicates():
    calls = []
    names = [sys.executable, "no-such-python-3.99", sys.executable, "/no/such/python"]
    cols = bench.columns(bench.CPU, names, runner=fake_runner(calls), probe=lambda p: {})
    assert [(c.name, c.skipped) for c in cols] == [
        (sys.executable, None),
        ("no-such-python-3.99", "not_found"),
        ("/no/such/python", "not_found"),
    ]
    assert calls == [(bench.CPU, bench.TIMEOUT, sys.executable)]
    notes = bench.skipped_notes(cols)
    assert notes.count("skipped, no such interpreter on this machine") == 2


def test_columns_merge_links_to_one_interpreter(tmp_path):
    exe = tmp_path / "python3.14t"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    (tmp_path / "python3").symlink_to(exe)
    (tmp_path / "python3.14").hardlink_to(exe)
    names = [str(exe), str(tmp_path / "python3"), str(tmp_path / "python3.14")]
    calls = []
    cols = bench.columns(bench.CPU, names, runner=fake_runner(calls), probe=lambda p: {})
    assert [c.name for c in cols] == [str(exe)]
    assert calls == [(bench.CPU, bench.TIMEOUT, str(exe))]


def test_columns_skip_an_interpreter_that_does_not_start(tmp_path):
    broken = tmp_path / "python3.42"
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)

    def probe(path):
        import subprocess

        subprocess.run([path], check=True)

    cols = bench.columns(bench.CPU, [str(broken)], runner=fake_runner([]), probe=probe)
    assert cols == [bench.Column(str(broken), None, "does_not_start")]


def test_resolve_looks_past_a_pyenv_shim(tmp_path):
    shims = tmp_path / "shims"
    shims.mkdir()
    for folder in (shims, *(tmp_path / "versions" / v / "bin" for v in ("3.9.18", "3.13.0"))):
        folder.mkdir(parents=True, exist_ok=True)
        exe = folder / "python3.13"
        exe.write_text("#!/bin/sh\n")
        exe.chmod(0o755)
    environ = {"PATH": str(shims), "PYENV_ROOT": str(tmp_path)}
    assert bench.resolve("python3.13", environ) == str(
        tmp_path / "versions" / "3.13.0" / "bin" / "python3.13"
    )
    assert bench.resolve("python3.99", environ) is None


def test_asked_pythons_from_the_environment():
    assert bench.asked_pythons({}) == [sys.executable]
    assert bench.asked_pythons({"BENCH_PYTHONS": " python3.12  /opt/x/python3.14t "}) == [
        sys.executable,
        "python3.12",
        "/opt/x/python3.14t",
    ]


RECORDED = ["3.11", "3.12", "3.13", "3.14t"]


def test_table_has_one_column_per_interpreter_and_notes_for_the_rest():
    cols = [col(load(f"cpu-{v}"), v) for v in RECORDED]
    cols.append(bench.Column("python3.99", None, "not_found"))
    text = bench.table(cols)
    header = text.splitlines()[0]
    labels = [bench.label(load(f"cpu-{v}").results["machine"]) for v in RECORDED]
    assert header.split(" | ")[4:] == [*labels[:-1], labels[-1] + " |"]
    assert "(GIL off)" in labels[-1] and "(GIL on)" in labels[0]
    rows = [line for line in text.splitlines() if line.startswith("| primes | subinterpreters")]
    # Subinterpreters exist only from 3.14: the other columns say "not run".
    assert rows and all(line.count("not run") == 3 for line in rows)
    assert "`python3.99`: skipped" in text
    assert (
        "Subinterpreters not measured on CPython 3.11.7 (GIL on), CPython 3.12.1 (GIL on), "
        "CPython 3.13.0 (GIL on): `concurrent.futures.InterpreterPoolExecutor` is new in "
        "Python 3.14." in text
    )


def test_table_cells_match_the_points():
    record = load("cpu-3.11")
    p = bench.find(bench.points(record.results), "primes", "processes", 2)
    row = next(
        line
        for line in bench.table([col(record)]).splitlines()
        if line.startswith("| primes | processes | 2 |")
    )
    assert row.endswith(f"| {p.speedup:.2f}\u00d7 ({p.share:.0%}) |")
    assert "| 2\u00d7 |" in row


def test_charts_one_svg_or_tabs_per_interpreter():
    one = bench.charts_block([col(load("io-3.11"))])
    root = ET.fromstring(one)
    assert root.get("role") == "img"
    texts = [el.text for el in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "asyncio" in texts and "threads, time.sleep only" in texts
    two = bench.charts_block([col(load("cpu-3.11")), col(load("cpu-3.14t"))])
    assert two.count('=== "') == 2 and two.count("<svg") == 2
    assert all(
        line.startswith("    ") for line in two.splitlines() if line and not line.startswith("===")
    )


def test_download_link_holds_the_results():
    record = load("cpu-3.11")
    link = bench.download(record)
    href = re.search(r'href="([^"]+)"', link).group(1)
    assert href == publish.PLACEHOLDER + "speedup_cpu-3.11.7.json"
    document = json.loads(publish.published["speedup_cpu-3.11.7.json"])
    assert document["results"] == record.results
    # The hook makes the address relative to the page that shows it.
    assert publish.resolve(link, "ko/io-vs-cpu/").count('href="../../data/speedup_cpu-3.11.7') == 1
    assert 'download="speedup_cpu-3.11.7.json"' in link
    assert 'download="speedup_cpu-3.14.7-nogil.json"' in bench.download(load("cpu-3.14t"))


def test_pages_show_with_the_same_cache_key_as_columns():
    # Otherwise show() and columns() would have different cache keys and run twice.
    page = (PROJECT / "docs" / "io-vs-cpu.md").read_text(encoding="utf-8")
    shows = re.findall(r'show\("(bench/[^"]+)", timeout=([^)]+)\)', page)
    assert sorted(name for name, _ in shows) == sorted([bench.CPU, bench.IO])
    for name, literal in shows:
        path = PROJECT / "snippets" / name
        as_shown = cache_key(path, sys.executable, ast.literal_eval(literal), (), {})
        assert as_shown == cache_key(path, sys.executable, bench.TIMEOUT, (), {})


def test_pages_end_with_their_links():
    tail = (PROJECT / "docs" / "io-vs-cpu.md").read_text(encoding="utf-8").splitlines()[-2:]
    assert "(choosing.md)" in tail[0] and "(index.md#threads-or-processes)" in tail[1]
    tail = (PROJECT / "docs" / "choosing.md").read_text(encoding="utf-8").splitlines()[-2:]
    assert "(beyond-one-machine.md)" in tail[0] and "(index.md#threads-or-processes)" in tail[1]


# --- The decision page -------------------------------------------------------------------------


def test_recommendation_follows_the_data():
    cpu, io = [col(load("cpu-3.11"))], [col(load("io-3.11"))]
    ranked = choosing.cpu_ranking(cpu[0].run.results)
    best = ranked[0].strategy
    text = choosing.recommendations(cpu, io)
    row = next(line for line in text.splitlines() if line.startswith("| Pure-Python"))
    assert row.split(" | ")[1].startswith(bench.t(f"bench.strategy.{best}"))

    def threads_win(results):
        seq = bench.find(bench.points(results), "primes", "sequential", 1).median
        set_median(results, "primes", "threads", 2, seq / 3)

    cpu = [col(with_results(load("cpu-3.11"), threads_win))]
    row = next(
        line
        for line in choosing.recommendations(cpu, io).splitlines()
        if line.startswith("| Pure-Python")
    )
    assert row.split(" | ")[1] == "threads"


def test_decision_tree_svg_and_text():
    cpu = [col(load("cpu-3.11")), col(load("cpu-3.14t"))]
    io = [col(load("io-3.11"))]
    out = choosing.decision_tree(cpu, io)
    svg, listing = out.split("\n\n", 1)
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.find("{http://www.w3.org/2000/svg}title").text.startswith("Which concurrency")
    texts = [el.text for el in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "asyncio" in texts and "processes" in texts
    processes = bench.find(bench.points(cpu[0].run.results), "primes", "processes", 2)
    free = bench.find(bench.points(cpu[1].run.results), "primes", "threads", 2)
    assert f"here: {processes.speedup:.2f}\u00d7" in texts
    assert f"here: {free.speedup:.2f}\u00d7" in texts
    assert texts.count("with 2 workers") == 2
    assert len(root.findall("{http://www.w3.org/2000/svg}rect")) == len(choosing.NODES)
    assert listing.count("- Yes:") + listing.count("- No:") == len(choosing.EDGES)


def test_start_methods_from_each_run():
    cols = [col(load("cpu-3.11")), col(load("cpu-3.14t"))]
    text = choosing.start_methods(cols)
    for c in cols:
        assert f"`{c.run.results['machine']['start_method']}`" in text
