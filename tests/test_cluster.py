"""The page about Dask's distributed scheduler: every way gives the sequential answers, the
cluster leaves nothing behind, a killed worker is survived, nothing leaves the loopback
address, and the renderer's tables, chart and claims follow the data whichever way it goes."""

from __future__ import annotations

import ast
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from snippet_runner import cluster
from snippet_runner.run import Run
from tests.conftest import PROJECT, SNIPPETS, constants, prose, run_snippet

sys.path.insert(0, str(SNIPPETS / "bench"))
sys.path.insert(0, str(SNIPPETS / "cluster"))

import sized_tasks
import workloads

PAGE = PROJECT / "docs" / "beyond-one-machine.md"
SVG = "{http://www.w3.org/2000/svg}"
HELPERS = {"cluster/loopback.py", "cluster/sized_tasks.py"}
WAYS = [cluster.SEQUENTIAL, cluster.POOL, cluster.DASK, cluster.EXECUTOR]
HAS_PROC = Path("/proc").is_dir()

# Loaded by every interpreter of a run (PYTHONPATH is inherited by the workers): it writes
# each socket address or host name that the process uses to the file NET_AUDIT_LOG names.
SITECUSTOMIZE = """
import os
import sys

ADDRESSED = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
NAMED = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"}


def audit(event, args, log=os.environ["NET_AUDIT_LOG"]):
    if event in ADDRESSED or event in NAMED:
        with open(log, "a", encoding="utf-8") as f:
            f.write(repr((event, args[1] if event in ADDRESSED else args[0])) + "\\n")


sys.addaudithook(audit)
"""
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def audited_env(tmp: Path, name: str) -> dict[str, str]:
    """Environment variables that make every interpreter of a run log its network use."""
    hook = tmp / "audit"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    path = os.pathsep.join(p for p in (str(hook), os.environ.get("PYTHONPATH")) if p)
    return {"PYTHONPATH": path, "NET_AUDIT_LOG": str(tmp / f"{name}.net.log")}


def network_use(log: Path) -> list[tuple[str, object]]:
    if not log.exists():
        return []
    return [ast.literal_eval(line) for line in log.read_text(encoding="utf-8").splitlines()]


def is_local(event: str, address) -> bool:
    """A loopback host, or a Unix socket path (a str or bytes address of a socket call)."""
    if event in {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"}:
        host = address
    elif address is None or isinstance(address, (str, bytes)):
        return True
    else:
        host = address[0]
    if isinstance(host, bytes):
        host = host.decode()
    return host is None or host in LOOPBACK or host.startswith("127.")


def outside(log: Path) -> list[tuple[str, object]]:
    return [(event, address) for event, address in network_use(log) if not is_local(event, address)]


# --- Processes left behind -------------------------------------------------------------------


def state(pid: int) -> str | None:
    """The process's state letter from /proc, or None when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rindex(")") + 2]


def live_workers(pids: list[int]) -> list[int]:
    """Those of ``pids`` that are still running as a multiprocessing or Dask process."""
    found = []
    for pid in pids:
        if state(pid) in {None, "Z", "X"}:
            continue
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if any(word in cmdline for word in (b"multiprocessing", b"dask", b"distributed")):
            found.append(pid)
    return found


def carrying(marker: str) -> list[int]:
    """Live processes whose environment holds SNIPPET_RESULTS=``marker``: one run's processes."""
    needle = f"SNIPPET_RESULTS={marker}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if needle in environ.split(b"\0") and state(int(entry.name)) not in {None, "Z", "X"}:
            found.append(int(entry.name))
    return found


def survivors(pids: list[int], marker: str, grace: float = 3.0) -> list[int]:
    """What of a finished run still runs after ``grace`` seconds (the runner allows as long)."""
    deadline = time.monotonic() + grace
    while (
        left := sorted({*live_workers(pids), *carrying(marker)})
    ) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def marker_of(tmp: Path, name: str) -> str:
    """The SNIPPET_RESULTS path that run_snippet gives the run of ``name`` in ``tmp``."""
    return str(tmp / f"{name.replace('/', '_')}.json")


# --- The programs, run as a reader would ------------------------------------------------------


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    """The three timed programs, each run once for this module, with their network use logged.

    TMPDIR points at a fresh folder per run, so a scratch folder left behind would show.
    """
    tmp = tmp_path_factory.mktemp("cluster")
    runs = {}
    with pytest.MonkeyPatch.context() as mp:
        for name in (cluster.PRIMES, cluster.START, cluster.SWEEP):
            scratch = tmp / f"{Path(name).stem}.tmp"
            scratch.mkdir()
            for key, value in {**audited_env(tmp, Path(name).stem), "TMPDIR": str(scratch)}.items():
                mp.setenv(key, value)
            result = run_snippet(name, tmp)
            runs[name] = {
                "run": result,
                "survivors": survivors(
                    (result.results or {}).get("worker_pids", []), marker_of(tmp, name)
                ),
                "network": tmp / f"{Path(name).stem}.net.log",
                "scratch": sorted(p.name for p in scratch.iterdir()),
            }
    return runs


def test_the_page_shows_every_program_and_nothing_else():
    on_disk = {f"cluster/{p.name}" for p in (SNIPPETS / "cluster").glob("*.py")}
    assert on_disk == {*cluster.SNIPPETS, *HELPERS}
    text = PAGE.read_text(encoding="utf-8")
    for name in cluster.SNIPPETS:
        assert f'show("{name}")' in text, name
    for helper in HELPERS:
        assert f'--8<-- "{helper}"' in text, helper


def test_no_module_shadows_the_distributed_package():
    folders = [PROJECT, PROJECT / "snippet_runner", PROJECT / "tests", *SNIPPETS.glob("*/")]
    shadows = [f / name for f in [*folders, SNIPPETS] for name in ("distributed.py", "distributed")]
    assert [path for path in shadows if path.exists()] == []


def test_the_page_links_back_and_onward():
    last = PAGE.read_text(encoding="utf-8").rstrip().rsplit("---", 1)[1]
    for target in ("(about.md)", "(choosing.md)", "(index.md#threads-or-processes)"):
        assert target in last


@pytest.mark.parametrize("name", [cluster.PRIMES, cluster.START, cluster.SWEEP])
def test_the_program_exits_cleanly_with_no_warning_or_log_line(ran, name):
    result = ran[name]["run"]
    assert result.returncode == 0, result.output
    assert "Warning" not in result.output
    assert "Traceback" not in result.output
    assert " - INFO - " not in result.output and " - WARNING - " not in result.output


def test_every_way_gives_the_sequential_answers(ran):
    r = ran[cluster.PRIMES]["run"].results
    tasks = workloads.prime_tasks(r["limit"])
    sequential = [workloads.count_primes(*task) for task in tasks]
    assert sequential == workloads.expected_prime_counts(r["limit"])
    assert list(r["answers"]) == WAYS
    for way, answers in r["answers"].items():
        assert answers == sequential, way
    assert r["primes"] == sum(sequential)
    assert r["tasks"] == len(tasks) == workloads.TASKS


def test_the_workload_output_and_timings(ran):
    result = ran[cluster.PRIMES]["run"]
    r = result.results
    assert result.lines[0] == (
        f"Counting the {r['primes']:,} primes below {r['limit']:,} in {r['tasks']} tasks, "
        f"{r['workers']} workers per pool."
    )
    assert result.lines[1] == f"All 4 ways gave the same {r['tasks']} counts. Times:"
    assert len(result.lines) == 2 + len(WAYS)
    for line, way in zip(result.lines[2:], WAYS, strict=True):
        assert re.fullmatch(rf"  {re.escape(way)} +median .+ \(min .+, max .+, \d+ runs\)", line)
    assert list(r["times"]) == WAYS
    for stats in r["times"].values():
        assert stats["runs"] >= 3
        assert 0 < stats["min"] <= stats["median"] <= stats["max"]


def test_the_workers_listen_on_loopback_only(ran):
    r = ran[cluster.PRIMES]["run"].results
    assert len(r["worker_addresses"]) == len(r["worker_pids"]) == r["workers"]
    for address in r["worker_addresses"]:
        assert address.startswith("tcp://127.0.0.1:")


@pytest.mark.parametrize("name", [cluster.PRIMES, cluster.START, cluster.SWEEP])
def test_the_programs_talk_to_no_other_host(ran, name):
    log = ran[name]["network"]
    used = network_use(log)
    # The hook saw the cluster's own traffic, so silence below means nothing else, not no hook.
    assert any(event == "socket.connect" and is_local(event, a) for event, a in used)
    assert outside(log) == []


@pytest.mark.skipif(not HAS_PROC, reason="needs /proc to find processes")
@pytest.mark.parametrize("name", [cluster.PRIMES, cluster.START, cluster.SWEEP])
def test_no_worker_process_survives_the_program(ran, name):
    result = ran[name]["run"]
    if name != cluster.START:
        assert len(result.results["worker_pids"]) == result.results["workers"]
    assert ran[name]["survivors"] == []


@pytest.mark.parametrize("name", [cluster.PRIMES, cluster.START, cluster.SWEEP])
def test_no_scratch_folder_is_left_behind(ran, name):
    assert ran[name]["scratch"] == []
    for folder in (PROJECT, SNIPPETS, SNIPPETS / "cluster"):
        for leftover in ("dask-scratch-space", "dask-worker-space"):
            assert not (folder / leftover).exists()


def test_the_start_up_program_starts_each_pool_three_times(ran):
    result = ran[cluster.START]["run"]
    r = result.results
    for name in (cluster.POOL, cluster.CLUSTER):
        for phase in ("ready", "stop"):
            stats = r[name][phase]
            assert stats["runs"] == 3
            assert 0 < stats["min"] <= stats["median"] <= stats["max"]
    assert result.lines[0] == f"{r['workers']} workers, each pool started and stopped 3 times:"
    assert [line.split()[0] for line in result.lines[1::2]] == [cluster.POOL, cluster.CLUSTER]
    assert all(line.lstrip().startswith("stop:  median ") for line in result.lines[2::2])


def test_the_sweep_checks_every_size_and_keeps_the_number_of_tasks(ran):
    r = ran[cluster.SWEEP]["run"].results
    assert r["noops"] == 500
    assert list(r["overhead"]) == [cluster.SEQUENTIAL, cluster.POOL, cluster.DASK]
    assert r["tasks"] == 4 * r["workers"]
    assert [p["size"] for p in r["sweep"]] == [1e-5, 1e-4, 1e-3, 1e-2, 3e-2, 1e-1]
    for point in r["sweep"]:
        assert point["steps"] == round(point["size"] * r["steps_per_second"])
        ideal = r["tasks"] * point["steps"] / r["steps_per_second"] / r["workers"]
        assert point["ideal"] == pytest.approx(ideal)
        for name in (cluster.POOL, cluster.DASK):
            assert point[name]["runs"] >= 3
    lines = ran[cluster.SWEEP]["run"].lines
    assert lines[1] == "500 tasks that do nothing, time per task (median):"
    assert lines[5] == f"{r['tasks']} tasks of each size; efficiency = ideal time / median time:"
    assert len(lines) == 6 + len(r["sweep"])


def test_the_sized_tasks_give_the_answers_the_sweep_expects():
    for steps in (0, 1, 2, 10, 12_345):
        assert sized_tasks.spin(steps) == sized_tasks.spin_answer(steps) == sum(range(steps))
    assert sized_tasks.noop(7) == 7
    assert sized_tasks.steps_per_second(steps=10_000, runs=3) > 0


# --- A worker killed in the middle of a run ------------------------------------------------


@pytest.mark.skipif(not HAS_PROC, reason="needs /proc to find processes")
def test_a_worker_killed_mid_run_is_survived_and_leaves_nothing_behind(snippet, tmp_path):
    result = snippet(cluster.KILLED)
    assert result.returncode == 0, result.output
    r = result.results
    tasks = workloads.prime_tasks(workloads.PRIME_LIMIT)
    assert r["tasks"] == r["answers"] == len(tasks)
    assert r["counts"] == workloads.expected_prime_counts(workloads.PRIME_LIMIT)
    assert r["correct"] is True and r["restarted"] is True
    assert r["in_hand"] >= 1  # the worker had work when it was killed
    assert r["killed_pid"] in r["pids_before"]
    assert r["killed_pid"] not in r["pids_after"]
    assert len(r["pids_after"]) == len(r["pids_before"])
    assert result.lines[0] == f"{len(tasks)} tasks submitted to {len(r['pids_before'])} workers."
    assert result.lines[1].startswith("Killed a worker with SIGKILL. It had ")
    assert result.lines[2] == (
        f"gather() returned {len(tasks)} answers for {len(tasks)} tasks: all equal to the sieve's."
    )
    assert result.lines[3] == "The nanny started a new worker process in its place."
    assert len(result.lines) == 4
    pids = [*r["pids_before"], *r["pids_after"]]
    assert survivors(pids, marker_of(tmp_path, cluster.KILLED)) == []


# A new user and network namespace whose only interface, lo, is brought up: no way out.
NO_NETWORK = ["unshare", "-rn", "sh", "-c", 'ip link set lo up && exec "$@"', "sh"]


def unshare_available() -> bool:
    if not (shutil.which("unshare") and shutil.which("ip")):
        return False
    probe = subprocess.run(
        ["unshare", "-rn", "ip", "link", "set", "lo", "up"], capture_output=True, check=False
    )
    return probe.returncode == 0


@pytest.mark.skipif(not unshare_available(), reason="cannot make a network namespace here")
def test_the_fault_program_runs_with_no_network_but_loopback(tmp_path):
    """In a namespace whose only interface is lo, with every address the processes use logged."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env |= audited_env(tmp_path, "killed")
    env["SNIPPET_RESULTS"] = str(tmp_path / "results.json")
    proc = subprocess.run(
        [*NO_NETWORK, sys.executable, f"snippets/{cluster.KILLED}"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.splitlines()[-1] == "The nanny started a new worker process in its place."
    assert network_use(tmp_path / "killed.net.log")
    assert outside(tmp_path / "killed.net.log") == []


# --- The checks above must be able to fail --------------------------------------------------


def test_the_network_log_catches_an_outside_address(tmp_path):
    env = {**os.environ, **audited_env(tmp_path, "probe")}
    code = (
        "import socket\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
        "try:\n"
        "    s.connect(('192.0.2.1', 9))\n"  # TEST-NET-1: a UDP connect sends no packet
        "except OSError:\n"
        "    pass\n"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert outside(tmp_path / "probe.net.log") == [("socket.connect", ("192.0.2.1", 9))]


@pytest.mark.skipif(not HAS_PROC, reason="needs /proc to find processes")
def test_the_survivor_check_finds_a_process_of_the_run(tmp_path):
    marker = str(tmp_path / "marker.json")
    # Without PYTHONUNBUFFERED, as on most machines: the child must flush its line itself.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["SNIPPET_RESULTS"] = marker
    code = "import multiprocessing, time; print('up', flush=True); time.sleep(60)"
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    try:
        # Popen can return before /proc shows the new program; wait until it runs.
        assert child.stdout.readline() == "up\n"
        assert survivors([child.pid], marker, grace=0.5) == [child.pid]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert survivors([child.pid], marker, grace=0.5) == []


# --- Timings, only as generous ratios --------------------------------------------------------


@pytest.mark.slow
def test_a_cluster_takes_far_longer_to_start_than_a_process_pool(ran):
    """Measured 100-200x here (spawn + importing Dask against fork); 3x leaves room."""
    r = ran[cluster.START]["run"].results
    assert r[cluster.CLUSTER]["ready"]["median"] > 3 * r[cluster.POOL]["ready"]["median"]


@pytest.mark.slow
def test_a_dask_task_costs_more_to_hand_over_than_a_pool_task(ran):
    """Measured 15-20x here; 2x leaves room for a busy machine."""
    r = ran[cluster.SWEEP]["run"].results
    assert cluster.per_task(r, cluster.DASK) > 2 * cluster.per_task(r, cluster.POOL)


@pytest.mark.slow
def test_small_tasks_favour_the_pool_and_large_ones_narrow_the_gap(ran):
    sweep = ran[cluster.SWEEP]["run"].results["sweep"]
    small, large = sweep[0], sweep[-1]
    small_share = cluster.efficiency(small, cluster.DASK) / cluster.efficiency(small, cluster.POOL)
    large_share = cluster.efficiency(large, cluster.DASK) / cluster.efficiency(large, cluster.POOL)
    assert small_share < 0.5  # measured under 10% at 10 µs
    assert large_share > 2 * small_share  # measured 85-160% at 100 ms


@pytest.mark.slow
@pytest.mark.skipif(os.cpu_count() < 2, reason="one core: nothing to gain")
def test_the_process_pool_beats_running_in_turn(ran):
    """Measured 1.5-1.9x on 2 busy cores; only 'faster at all' is asserted."""
    times = ran[cluster.PRIMES]["run"].results["times"]
    assert times[cluster.POOL]["median"] < times[cluster.SEQUENTIAL]["median"]


# --- The renderer, on constructed runs ------------------------------------------------------


def stats(median: float, runs: int = 3) -> dict:
    return {"median": median, "min": median * 0.9, "max": median * 1.2, "runs": runs}


MACHINE = {"start_method": "fork", "usable_cores": 2}


def primes_run(pool: float = 0.55, dask: float = 0.7, executor: float = 0.72) -> Run:
    medians = {cluster.SEQUENTIAL: 1.0, cluster.POOL: pool, cluster.DASK: dask}
    medians[cluster.EXECUTOR] = executor
    results = {
        "machine": MACHINE,
        "limit": 650_000,
        "tasks": 16,
        "primes": 52_831,
        "workers": 2,
        "answers": dict.fromkeys(medians, [1] * 16),
        "times": {name: stats(m) for name, m in medians.items()},
        "worker_addresses": ["tcp://127.0.0.1:40001", "tcp://127.0.0.1:40002"],
        "worker_pids": [101, 102],
    }
    return Run(cluster.PRIMES, [], "", 12.0, 0, {}, results, None)


def start_run(ready: float = 1.0, pool_ready: float = 0.01) -> Run:
    results = {
        "machine": MACHINE,
        "workers": 2,
        cluster.POOL: {"ready": stats(pool_ready), "stop": stats(0.005)},
        cluster.CLUSTER: {"ready": stats(ready), "stop": stats(0.1)},
    }
    return Run(cluster.START, [], "", 5.0, 0, {}, results, None)


SIZES = [1e-5, 1e-4, 1e-3, 1e-2, 3e-2, 1e-1]


def sweep_run(
    pool_eff: list[float] | None = None,
    dask_eff: list[float] | None = None,
    per_task: tuple[float, float, float] = (40e-9, 100e-6, 1.5e-3),
) -> Run:
    """A sweep with the given efficiencies (ideal / median) per size, 8 tasks on 2 workers."""
    pool_eff = pool_eff or [0.04, 0.25, 0.7, 0.9, 0.95, 0.97]
    dask_eff = dask_eff or [0.005, 0.03, 0.2, 0.6, 0.8, 0.9]
    sweep = []
    for size, pool, dask in zip(SIZES, pool_eff, dask_eff, strict=True):
        ideal = 8 * size / 2
        point = {"size": size, "steps": round(size * 3e7), "ideal": ideal}
        point[cluster.POOL] = stats(ideal / pool, 25)
        point[cluster.DASK] = stats(ideal / dask, 5)
        sweep.append(point)
    noops = 500
    overhead = {
        name: stats(cost * noops, 25)
        for name, cost in zip(
            [cluster.SEQUENTIAL, cluster.POOL, cluster.DASK], per_task, strict=True
        )
    }
    results = {
        "machine": MACHINE,
        "workers": 2,
        "steps_per_second": 3e7,
        "noops": noops,
        "overhead": overhead,
        "tasks": 8,
        "sweep": sweep,
        "worker_pids": [201, 202],
    }
    return Run(cluster.SWEEP, [], "", 14.0, 0, {}, results, None)


def killed_run(correct: bool = True, restarted: bool = True) -> Run:
    results = {
        "tasks": 16,
        "answers": 16,
        "correct": correct,
        "restarted": restarted,
        "killed_pid": 301,
        "in_hand": 2,
        "results_held": 1,
        "pids_before": [301, 302],
        "pids_after": [302, 303],
    }
    return Run(cluster.KILLED, [], "", 3.0, 0 if correct else 1, {}, results, None)


def test_units_read_as_a_reader_expects():
    assert cluster.duration(1e-5) == "10 µs"
    assert cluster.duration(0.03) == "30 ms"
    assert cluster.duration(2.0) == "2 s"
    assert cluster.duration(38.3e-9) == "38.3 ns"
    assert cluster.times(174.4) == "174"
    assert cluster.times(1.53) == "1.5"


def test_workload_table_has_a_row_per_way_with_its_speed_up():
    lines = cluster.workload_table(primes_run()).splitlines()
    assert lines[0] == (
        "| Way | Wall time (median) | min &ndash; max | Runs | Speed-up vs sequential |"
    )
    assert [line.split("`")[1] for line in lines[2:]] == WAYS
    assert lines[3] == (
        "| `ProcessPoolExecutor` | 550 ms | 495 ms &ndash; 660 ms | 3 | 1.82&times; |"
    )


def test_workload_claim_when_dask_is_slower():
    text = cluster.workload_claim(primes_run())
    assert text.startswith("On 2 workers, the 16 tasks took 550 ms in the process pool ")
    assert "(1.82&times; as fast as one after another), 700 ms with `Client.map`" in text
    assert "720 ms through `Client.get_executor()` (1.39&times;)" in text
    assert "**Dask's `Client.map` took 27% longer than the process pool**" in text


def test_workload_claim_when_dask_is_faster_or_the_same():
    faster = cluster.workload_claim(primes_run(pool=0.7, dask=0.55))
    assert "**Dask's `Client.map` was 21% quicker than the process pool**" in faster
    assert "longer" not in faster
    same = cluster.workload_claim(primes_run(pool=0.6, dask=0.63))
    assert "were within 10% of each other" in same
    assert "longer" not in same and "quicker" not in same


def test_start_claim_both_ways():
    text = cluster.start_claim(start_run())
    assert "ready in **1 s** (median of 3 starts, 900 ms &ndash; 1.2 s)" in text
    assert "100&times; the 10 ms that a `ProcessPoolExecutor`" in text
    assert "(start method `fork`). Stopping took 100 ms against 5 ms." in text
    other = cluster.start_claim(start_run(ready=0.005))
    assert "no slower than the 10 ms" in other
    assert "&times;" not in other


def test_overhead_table_and_claim():
    lines = cluster.overhead_table(sweep_run()).splitlines()
    assert lines[0] == "| Way | 500 tasks (median) | Per task | min &ndash; max | Runs |"
    assert lines[4] == "| `Client.map + gather` | 750 ms | 1.5 ms | 1.35 ms &ndash; 1.8 ms | 25 |"
    text = cluster.overhead_claim(sweep_run())
    assert "cost **1.5 ms**, 15&times; the 100 µs of a process pool" in text
    assert "calling the function directly cost 40 ns" in text
    cheap = cluster.overhead_claim(sweep_run(per_task=(40e-9, 100e-6, 90e-6)))
    assert "cost **90 µs**, no more than the 100 µs of a process pool" in cheap


def test_crossover_is_the_start_of_the_run_of_sizes_that_pass():
    assert cluster.crossover(sweep_run().results)["size"] == 3e-2  # 0.8/0.95 = 84%
    # 10 ms passes, 30 ms fails, 100 ms passes: only 100 ms starts a run that lasts.
    dips = sweep_run(dask_eff=[0.005, 0.03, 0.2, 0.8, 0.7, 0.9]).results
    assert cluster.crossover(dips)["size"] == 1e-1
    everywhere = sweep_run(dask_eff=[0.04, 0.25, 0.7, 0.9, 0.95, 0.97]).results
    assert cluster.crossover(everywhere)["size"] == 1e-5
    none = sweep_run(dask_eff=[0.005, 0.03, 0.2, 0.6, 0.8, 0.7]).results
    assert cluster.crossover(none) is None


def test_crossover_claim_for_each_outcome():
    found = cluster.crossover_claim(sweep_run())
    assert found.startswith(
        "**From tasks of 30 ms upward, Dask's efficiency was at least 80% of the process pool's**"
    )
    assert "(at 30 ms: 80% against 95%); at 10 ms, the next size down, it reached only 67%" in found
    none = cluster.crossover_claim(sweep_run(dask_eff=[0.005, 0.03, 0.2, 0.6, 0.8, 0.7]))
    assert none.startswith("**No crossover in this build:**")
    assert "at the largest size in the sweep, 100 ms of work per task" in none
    assert "Dask's efficiency (70%) stayed below 80% of the process pool's (97%)" in none
    everywhere = cluster.crossover_claim(sweep_run(dask_eff=[0.04, 0.25, 0.7, 0.9, 0.95, 0.97]))
    assert "at every task size in the sweep**, down to 10 µs (4% against 4% there)" in everywhere


def parse_chart(html: str) -> ET.Element:
    assert html.startswith("<div>\n<svg") and html.endswith("</svg>\n</div>")
    return ET.fromstring(html.removeprefix("<div>\n").removesuffix("\n</div>"))


def test_chart_has_title_desc_two_lines_and_the_ideal():
    root = parse_chart(cluster.efficiency_chart(sweep_run()))
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Efficiency by task size (8 tasks per run)"
    desc = root.find(f"{SVG}desc").text
    assert "from 10 µs to 100 ms" in desc
    assert "10 µs: process pool 4%, Dask 0%" in desc
    assert "100 ms: process pool 97%, Dask 90%" in desc
    classes = [p.get("class") for p in root.iter(f"{SVG}polyline")]
    assert sum("chart-line" in c for c in classes) == 2
    assert sum("chart-ref" in c for c in classes) == 1
    texts = {el.text for el in root.iter(f"{SVG}text")}
    assert {"ProcessPoolExecutor", "Dask Client.map", "10 µs", "100 ms", "100%"} <= texts


def test_chart_points_follow_the_efficiency():
    root = parse_chart(cluster.efficiency_chart(sweep_run()))
    lines = {p.get("class"): p.get("points").split() for p in root.iter(f"{SVG}polyline")}
    pool, dask = lines["chart-line chart-s0"], lines["chart-line chart-s1"]
    assert len(pool) == len(dask) == len(SIZES)
    # The pool's line sits higher (smaller y) than Dask's at the smallest size.
    assert float(pool[0].split(",")[1]) < float(dask[0].split(",")[1])


def test_efficiency_table_is_the_charts_text_alternative():
    lines = cluster.efficiency_table(sweep_run()).splitlines()
    assert lines[0].startswith("| Work per task | Ideal time (8 tasks on 2 workers) |")
    assert len(lines) == 2 + len(SIZES)
    assert lines[-1] == ("| 100 ms | 400 ms | 412 ms (97%) | 444 ms (90%) | 93% | 25 / 5 |")


def test_killed_claim_follows_the_results():
    text = cluster.killed_claim(killed_run())
    assert "had 2 unfinished task(s) in hand and held 1 finished result(s)" in text
    assert "`gather()` returned all 16 answers for the 16 tasks, each equal to the sieve's" in text
    assert "started a new one in its place" in text
    bad = cluster.killed_claim(killed_run(correct=False, restarted=False))
    assert "did **not** return the sieve's answers" in bad
    assert "No new worker process took its place" in bad


def test_summary_for_a_crossover_and_for_none():
    text = cluster.summary(primes_run(), start_run(), sweep_run())
    assert text.splitlines() == [
        "- **Start-up:** a local cluster was ready in 1 s, a process pool in 10 ms.",
        "- **Per task:** 1.5 ms with Dask, 100 µs with a process pool.",
        "- **Task size:** from 30 ms of work per task, Dask's efficiency reached 80% of the "
        "process pool's.",
        "- **The prime-counting workload** (16 tasks): 550 ms in the process pool, 700 ms on "
        "the local cluster.",
    ]
    none = cluster.summary(
        primes_run(), start_run(), sweep_run(dask_eff=[0.005, 0.03, 0.2, 0.6, 0.8, 0.7])
    )
    assert "up to 100 ms of work per task, Dask's efficiency did not reach 80%" in none


def test_a_failed_run_is_named_instead_of_rendered():
    broken = Run(cluster.SWEEP, [], "", 1.0, 1, {}, None, "exited with code 1")
    for text in (
        cluster.overhead_table(broken),
        cluster.overhead_claim(broken),
        cluster.efficiency_chart(broken),
        cluster.efficiency_table(broken),
        cluster.crossover_claim(broken),
        cluster.summary(primes_run(), start_run(), broken),
    ):
        assert text == f"`{cluster.SWEEP}`: This example failed in the build: exited with code 1."
    missing = Run(cluster.KILLED, [], "", 1.0, 0, {}, None, None)
    assert "it handed over no results" in cluster.killed_claim(missing)


def test_budget_adds_up_the_runs():
    records = [primes_run(), start_run(), sweep_run(), killed_run()]
    assert cluster.budget(records) == (
        "The 4 programs on this page ran for 34.0 s together in this build."
    )


def test_the_prose_gives_the_sweeps_own_parameters():
    """The page describes the sweep with the sizes and task count from its source."""
    sweep = constants(cluster.SWEEP)
    assert sweep["TASKS_PER_WORKER"] == 4  # "four tasks per worker", "네 개씩"
    low, high = min(sweep["SIZES"]), max(sweep["SIZES"])
    span = f"{low * 1e6:g} µs to {high * 1e3:g} ms"
    assert f"four tasks per worker, all of one size, from about {span}" in prose(PAGE.name)
    assert (
        f"네 개씩 실행하며, 태스크 하나의 작업량은 약 {span.replace(' to ', '부터 ')}까지"
        in prose("beyond-one-machine.ko.md")
    )
