"""The IPC page: every mechanism delivers every byte, the harness rejects damage, the comparison
program times all of them in paired rounds, and the renderer's tables, chart, sentences and
verdicts follow the data whichever way it goes."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from concurrency_live.pages import evidence, ipc
from concurrency_live.rendering import claims
from concurrency_live.rendering.text import times
from concurrency_live.running.runner import Run
from tests.conftest import PROJECT, free_threaded_python, run_snippet

sys.path.insert(0, str(PROJECT / "snippets" / "ipc"))

import compare_mechanisms
import handover

SVG = "{http://www.w3.org/2000/svg}"

EXPECTED = {
    "ipc/transfer_queue.py": ("multiprocessing.Queue", "processes"),
    "ipc/transfer_pipe.py": ("multiprocessing.Pipe", "processes"),
    "ipc/transfer_shared_memory.py": ("shared_memory.SharedMemory", "processes"),
    "ipc/transfer_value_array.py": ("multiprocessing.Value + Array", "processes"),
    "ipc/transfer_manager.py": ("multiprocessing.Manager().Queue()", "processes"),
    "ipc/transfer_thread_queue.py": ("queue.Queue", "threads"),
    "ipc/pickle_roundtrip.py": ("pickle.dumps + pickle.loads", "none"),
}
COMPARE_BUDGET = "4"  # seconds: enough rounds for the slow tests' tolerances


# --- The programs, run as a reader would ---------------------------------------------------


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    """Every transfer program and the pickling program, run once for this module."""
    tmp = tmp_path_factory.mktemp("ipc")
    return {name: run_snippet(name, tmp) for name in EXPECTED}


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    """The comparison program, run once for this module with a short budget."""
    return run_snippet(ipc.COMPARE, tmp_path_factory.mktemp("compare"), COMPARE_BUDGET)


def test_the_page_lists_every_program():
    assert set(EXPECTED) == {*ipc.PROGRAMS, ipc.PICKLE}
    on_disk = {f"ipc/{p.name}" for p in (PROJECT / "snippets" / "ipc").glob("*.py")}
    assert on_disk == {*EXPECTED, ipc.TOUR, ipc.COMPARE, "ipc/handover.py"}
    assert [m.MECHANISM for m in compare_mechanisms.PROGRAMS] == [
        name for name, _ in EXPECTED.values()
    ]
    page = (PROJECT / "docs" / "ipc.md").read_text()
    for name in (*EXPECTED, ipc.COMPARE, ipc.TOUR):
        assert f'show("{name}")' in page


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPECTED)
def test_every_transfer_arrived_intact(ran, name):
    result = ran[name]
    assert result.returncode == 0, result.output
    ping = result.results["ping"]
    assert ping["size"] == handover.PING
    assert ping["sent"] == ping["intact"] == handover.PINGS + handover.WARMUP
    transfers = result.results["transfers"]
    assert [item["size"] for item in transfers] == list(handover.SIZES)
    for item in transfers:
        expected = handover.RUNS[item["size"]] + handover.WARMUP
        assert item["sent"] == item["intact"] == expected, item


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPECTED)
def test_results_are_complete_for_every_size(ran, name):
    results = ran[name].results
    assert (results["mechanism"], results["between"]) == EXPECTED[name]
    assert results["warmup"] == handover.WARMUP
    series = [results["ping"], *results["transfers"]]
    for item, runs in zip(series, [handover.PINGS, *handover.RUNS.values()], strict=True):
        stats = item["time"]
        assert stats["runs"] == runs
        assert 0 < stats["min"] <= stats["median"] <= stats["max"]


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPECTED)
def test_output_has_a_line_per_size_with_its_check(ran, name):
    lines = ran[name].lines
    assert lines[0].startswith(f"{EXPECTED[name][0]}, round trip of 8 bytes: median ")
    assert len(lines) == 1 + len(handover.SIZES)
    for line, size in zip(lines[1:], handover.SIZES, strict=True):
        sent = handover.RUNS[size] + handover.WARMUP
        assert line.lstrip().startswith(f"{size:,} bytes: ")
        assert line.endswith(f"{sent}/{sent} intact")


TOUR = [
    "Queue:        sent 12, got back 144",
    "Pipe:         sent 'hello', got back 'HELLO'",
    "SharedMemory: the child changed the bytes in place: b'HELLO'",
    "Value/Array:  counter = 1 numbers = [15.0, 25.0, 35.0]",
    "Manager:      list = ['from the parent', 'from the child'] dict = {'answer': 42}",
    "queue.Queue:  the thread received the very same list object: True",
]


def test_the_tour_shows_each_mechanism_at_work(snippet):
    result = snippet(ipc.TOUR)
    assert result.returncode == 0, result.output
    assert result.lines == TOUR


# --- The comparison program, run as a reader would -------------------------------------------


@pytest.mark.slow
def test_the_comparison_covers_every_mechanism_and_size_in_every_round(compared):
    assert compared.returncode == 0, compared.output
    results = compared.results
    names = [name for name, _ in EXPECTED.values()]
    assert [m["name"] for m in results["mechanisms"]] == names
    assert [m["between"] for m in results["mechanisms"]] == [b for _, b in EXPECTED.values()]
    assert results["sizes"] == [handover.PING, *handover.SIZES]
    measured = results["measurement"]
    rounds = measured["rounds"]
    assert len(rounds) >= measured["settings"]["min_rounds"] == 6
    assert measured["stopped"] in {"precise", "budget", "max_rounds"}
    configs = {ipc.config(name, n) for name in names for n in results["sizes"]}
    assert set(measured["configs"]) == configs
    for i, one in enumerate(rounds):
        assert set(one["values"]) == configs
        assert all(value > 0 for value in one["values"].values())
        assert one["order"] == measured["configs"][i % 35 :] + measured["configs"][: i % 35]
    # Every hand-over was checked; a damaged one would have ended the program.
    per_round = sum(results["per"].values())
    expected = len(rounds) * per_round + len(results["sizes"])
    assert results["checked"] == {"sent": expected, "intact": expected}
    assert f"{expected} hand-overs per mechanism, all intact" in compared.output


@pytest.mark.slow
def test_every_time_and_comparison_has_an_interval(compared):
    results = compared.results
    rounds = len(results["measurement"]["rounds"])
    for name, by_size in results["times"].items():
        assert set(by_size) == {str(n) for n in results["sizes"]}, name
        for summary in by_size.values():
            assert 0 < summary["low"] <= summary["median"] <= summary["high"]
            assert summary["rounds"] == rounds and summary["confidence"] >= 0.95
    ratios = results["measurement"]["ratios"]
    assert len(ratios) == 2 + 1 + 1 + 5  # shared memory, pickling, Manager, threads
    for summary in ratios.values():
        assert summary["low"] <= summary["median"] <= summary["high"]
    chosen = results["chosen"]
    assert chosen["quickest"] in (*ipc.SHARED, ipc.PIPE)
    assert chosen["round_trip_vs_quickest"][chosen["quickest"]]["median"] == 1.0
    assert set(chosen["pickle_share"]) == {ipc.QUEUE, ipc.PIPE}


@pytest.mark.slow
def test_the_comparison_prints_what_it_measured(compared):
    lines = compared.lines
    head = "Median time of one hand-over of 8 B | 1 kB | 100 kB | 1 MB | 10 MB"
    assert " ".join(lines[0].split()) == head
    for line, (name, _) in zip(lines[1:8], EXPECTED.values(), strict=True):
        assert line.startswith(name)
    assert any(line.startswith("multiprocessing.Queue, 10 MB / shared_memory") for line in lines)
    # Then every comparison with its interval: 9 for the claims, 3 that the page adds.
    assert len(lines) == 1 + 7 + 9 + 3 + 1
    assert all(" interval " in line and line.endswith(" rounds)") for line in lines[8:-1])
    assert re.fullmatch(
        r"\d+ rounds, ended by (precise|budget|max_rounds); \d+ hand-overs per mechanism, all "
        r"intact; load average [\d.]+ before, [\d.]+ after; [\d.]+ s of CPU time stolen by the "
        r"hypervisor",
        lines[-1],
    )


@pytest.mark.slow
def test_shared_memory_beats_a_queue_for_ten_megabytes(compared):
    """Paired: 7-11x here; a factor of 2 leaves room for a busy machine."""
    results = compared.results
    ratio = ipc.ratio(results, ipc.config(ipc.QUEUE, 10**7), ipc.config(ipc.SHARED[0], 10**7))
    assert ratio.median > 2


@pytest.mark.slow
def test_a_thread_queue_beats_a_pipe_for_ten_megabytes(compared):
    """Only a reference moves between threads; 300x or more here, paired."""
    results = compared.results
    ratio = ipc.ratio(results, ipc.config(ipc.PIPE, 10**7), ipc.config(ipc.THREADS, 10**7))
    assert ratio.median > 3


@pytest.mark.slow
def test_every_renderer_and_verdict_works_on_the_real_run(compared):
    record = Run(ipc.COMPARE, [], compared.output, 1.0, 0, {}, compared.results, None)
    for lang in ("en", "ko"):
        for render in (
            ipc.latency_table,
            ipc.latency_claim,
            ipc.throughput_table,
            ipc.throughput_chart,
            ipc.pickle_table,
            ipc.pickle_claim,
            ipc.choosing,
            ipc.setup,
        ):
            assert render(record, lang)
        for name in ipc.GATHER:
            assert ipc.verdict(name, record, lang).status in claims.TESTED


@pytest.mark.slow
@pytest.mark.free_threaded
@pytest.mark.parametrize(
    ("name", "args"),
    [
        (ipc.TOUR, []),
        ("ipc/transfer_shared_memory.py", []),
        ("ipc/transfer_value_array.py", []),
        ("ipc/transfer_manager.py", []),
        (ipc.COMPARE, ["1"]),
    ],
)
def test_runs_under_forkserver_and_without_the_gil(name, args, tmp_path):
    """Python 3.14 starts children with forkserver: arguments must pickle, targets import."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["SNIPPET_RESULTS"] = str(tmp_path / "results.json")
    proc = subprocess.run(
        [free_threaded_python(), f"snippets/{name}", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stderr == ""  # no leaked shared memory, no traceback from a feeder thread
    if name == ipc.TOUR:
        assert proc.stdout.splitlines() == TOUR
    elif name == ipc.COMPARE:
        assert "hand-overs per mechanism, all intact" in proc.stdout
    else:
        assert proc.stdout.count("intact") == len(handover.SIZES)


# --- The harness: it must be able to fail ---------------------------------------------------


@pytest.fixture
def quick(monkeypatch):
    """The harness with few runs, so that in-process fakes finish at once."""
    monkeypatch.setattr(handover, "PINGS", 3)
    monkeypatch.setattr(handover, "RUNS", dict.fromkeys(handover.SIZES, 2))
    monkeypatch.delenv("SNIPPET_RESULTS", raising=False)


class Receiver:
    """An in-process stand-in for a receiver; ``damage`` decides what it does to a payload."""

    def __init__(self, damage=lambda payload, seen: payload):
        self.damage = damage
        self.seen: list[bytes] = []

    def send(self, payload: bytes) -> None:
        self.seen.append(payload)

    def proof(self) -> bytes:
        return hashlib.sha256(self.damage(self.seen[-1], self.seen)).digest()


def flip_last_byte(payload, seen):
    return payload[:-1] + bytes([payload[-1] ^ 1]) if len(payload) == 10**6 else payload


def keep_the_previous(payload, seen):
    return seen[-2] if len(seen) > 1 else payload


def test_an_honest_receiver_passes_and_every_transfer_counts(quick, capsys):
    receiver = Receiver()
    results = handover.benchmark("fake", "none", receiver.send, receiver.proof)
    assert results["ping"]["sent"] == results["ping"]["intact"] == 3 + handover.WARMUP
    assert [item["intact"] for item in results["transfers"]] == [2 + handover.WARMUP] * 4
    assert len(receiver.seen) == 4 + 4 * 3
    assert len(capsys.readouterr().out.splitlines()) == 5


def test_one_flipped_byte_is_an_error_not_a_timing(quick):
    receiver = Receiver(flip_last_byte)
    with pytest.raises(RuntimeError, match="a payload of 1000000 bytes arrived damaged"):
        handover.benchmark("fake", "none", receiver.send, receiver.proof)


def test_a_receiver_that_kept_the_previous_payload_fails(quick):
    receiver = Receiver(keep_the_previous)
    with pytest.raises(RuntimeError, match="arrived damaged"):
        handover.benchmark("fake", "none", receiver.send, receiver.proof)


def test_payloads_have_the_size_asked_for_and_differ_each_time():
    payloads = handover.Payloads()
    for size in (handover.PING, *handover.SIZES):
        first, second = payloads.next(size), payloads.next(size)
        assert len(first) == len(second) == size
        assert first != second


# --- The comparison's rounds, with in-process fakes -------------------------------------------


def fakes(**damaged) -> dict[str, Receiver]:
    """A fake receiver under every mechanism's name; ``damaged`` maps a name to its damage."""
    names = [p.MECHANISM for p in compare_mechanisms.PROGRAMS]
    return {name: Receiver(damaged.get(name, lambda payload, seen: payload)) for name in names}


def channels(receivers: dict[str, Receiver]) -> dict:
    return {name: (r.send, r.proof) for name, r in receivers.items()}


def test_every_mechanism_gets_the_same_new_payloads_in_every_round():
    receivers = fakes()
    results = compare_mechanisms.measure_all(channels(receivers), budget=0.1)
    rounds = len(results["measurement"]["rounds"])
    assert rounds == 6  # the fewest; the budget is spent at once
    sent = rounds * sum(compare_mechanisms.PER.values()) + len(compare_mechanisms.SIZES)
    assert results["checked"] == {"sent": sent, "intact": sent}
    warmup = len(compare_mechanisms.SIZES)
    sequences = []
    for receiver in receivers.values():
        assert len(receiver.seen) == sent
        # No receiver ever got the same bytes twice, so none can pass with old ones.
        assert len(set(receiver.seen)) == len(receiver.seen)
        by_size = {
            n: [p for p in receiver.seen[warmup:] if len(p) == n] for n in compare_mechanisms.SIZES
        }
        assert all(len(v) == rounds * compare_mechanisms.PER[n] for n, v in by_size.items())
        sequences.append(by_size)
    assert all(s == sequences[0] for s in sequences)  # the same payloads, round by round


def test_the_comparison_stops_at_a_damaged_payload():
    receivers = fakes(**{ipc.PIPE: flip_last_byte})
    with pytest.raises(RuntimeError, match="a payload of 1000000 bytes arrived damaged"):
        compare_mechanisms.measure_all(channels(receivers), budget=0.1)


def test_the_comparison_stops_at_a_stale_payload():
    receivers = fakes(**{ipc.SHARED[0]: keep_the_previous})
    with pytest.raises(RuntimeError, match="arrived damaged"):
        compare_mechanisms.measure_all(channels(receivers), budget=0.1)


def test_a_round_payload_is_renewed_only_after_every_mechanism_took_it():
    payloads = compare_mechanisms.RoundPayloads(takers=3)
    first = [payloads.take(1_000) for _ in range(3)]
    assert first[0] is first[1] is first[2]
    assert len(first[0]) == compare_mechanisms.PER[1_000]
    nxt = payloads.take(1_000)
    assert not {p for p, _ in nxt} & {p for p, _ in first[0]}
    assert all(hashlib.sha256(p).digest() == d for p, d in nxt)


# --- The renderer, on constructed results -----------------------------------------------------

SIZES = (8, 1_000, 100_000, 1_000_000, 10_000_000)
BIG = SIZES[-1]
NAMES = [name for name, _ in EXPECTED.values()]
QUEUE, PIPE, SHM, VA, MANAGER, THREADS, PICKLING = NAMES
SHAPES = {  # (fixed seconds, seconds per byte), shaped like this machine's runs
    QUEUE: (40e-6, 1.5e-9),
    PIPE: (20e-6, 1.7e-9),
    SHM: (6e-6, 1.5e-10),
    VA: (5e-6, 1.5e-10),
    MANAGER: (110e-6, 3.5e-9),
    THREADS: (15e-6, 0.0),
    PICKLING: (1e-6, 6e-10),
}


def est(median: float, low: float | None = None, high: float | None = None, rounds=20) -> dict:
    low = median * 0.9 if low is None else low
    high = median * 1.1 if high is None else high
    return {"median": median, "low": low, "high": high, "rounds": rounds, "confidence": 0.96}


def constructed(
    ratios: dict[tuple[str, int, str, int], dict] | None = None,
    shapes: dict | None = None,
    per_byte: dict | None = None,
    threads_vs_quickest: dict | None = None,
    stopped: str = "budget",
    noise: dict | None = None,
) -> Run:
    """A comparison's results built from SHAPES; ``ratios`` replaces chosen per-round ratios,
    keyed (a, size, b, size)."""
    shapes = {**SHAPES, **(shapes or {})}
    median = {
        name: {n: fixed + n * slope for n in SIZES} for name, (fixed, slope) in shapes.items()
    }
    ratios = ratios or {}

    def ratio(a, na, b, nb, scale=1.0):
        of = [ipc.config(a, na), ipc.config(b, nb)]
        found = ratios.get((a, na, b, nb)) or est(median[a][na] / median[b][nb] * scale)
        return {"of": of, **found}

    declared = [
        *((QUEUE, BIG, name, BIG) for name in (SHM, VA)),
        (PICKLING, BIG, QUEUE, BIG),
        (MANAGER, BIG, QUEUE, BIG),
        *((name, BIG, THREADS, BIG) for name in (QUEUE, PIPE, SHM, VA, MANAGER)),
    ]
    processes = [QUEUE, PIPE, SHM, VA, MANAGER]
    by_ping = sorted(processes, key=lambda name: median[name][8])
    best = min(processes, key=lambda name: median[name][BIG])
    versus = {name: ratio(name, 8, by_ping[0], 8) for name in [*processes, THREADS]}
    versus[by_ping[0]] = {**versus[by_ping[0]], **est(1.0, 1.0, 1.0)}
    if threads_vs_quickest:
        versus[THREADS] = {**versus[THREADS], **threads_vs_quickest}
    small = {"of": [ipc.config(best, 1_000), ipc.config(best, BIG)]}
    small.update(per_byte or ratio(best, 1_000, best, BIG, BIG / 1_000))
    results = {
        "mechanisms": [
            {"name": name, "between": between, "program": program}
            for program, (name, between) in EXPECTED.items()
        ],
        "sizes": list(SIZES),
        "per": {"8": 20, "1000": 20, "100000": 10, "1000000": 3, "10000000": 1},
        "checked": {"sent": 1085, "intact": 1085},
        "times": {name: {str(n): est(median[name][n]) for n in SIZES} for name in NAMES},
        "chosen": {
            "quickest": by_ping[0],
            "slowest": by_ping[-1],
            "best": best,
            "round_trip_vs_quickest": versus,
            "pickle_share": {
                carrier: {str(n): ratio(PICKLING, n, carrier, n) for n in SIZES[1:]}
                for carrier in (QUEUE, PIPE)
            },
            "small_vs_large_per_byte": small,
        },
        "measurement": {
            "ratios": {f"{a}/{b}/{nb}": ratio(a, na, b, nb) for a, na, b, nb in declared},
            "rounds": [{"order": [], "values": {}}] * 20,
            "stopped": stopped,
            "settings": {
                "min_rounds": 6,
                "max_rounds": 60,
                "precision": 0.05,
                "budget": 8.0,
                "confidence": 0.95,
                "timed": False,
            },
            "noise": noise
            or {
                "load_before": 0.5,
                "load_after": 1.25,
                "steal": 0.12,
                "elapsed": 8.0,
                "cores": 2,
            },
        },
    }
    return Run(ipc.COMPARE, [], "", 9.0, 0, {}, results, None)


def test_units_read_as_a_reader_expects():
    assert [ipc.size(n) for n in SIZES] == ["8 B", "1 kB", "100 kB", "1 MB", "10 MB"]
    assert ipc.rate(953e6) == "953 MB/s"
    assert ipc.rate(29.5e9) == "29.5 GB/s"
    # The renderer finds configurations under the names the program gives them.
    assert ipc.config(QUEUE, BIG) == compare_mechanisms.config(QUEUE, BIG)
    assert ipc.config(PIPE, 8) == compare_mechanisms.config(PIPE, 8) == f"{PIPE}, 8 B"


def test_latency_table_lists_every_carrier_quickest_first_with_intervals():
    text = ipc.latency_table(constructed())
    lines = text.splitlines()
    assert "Round trip, 8 B (median)" in lines[0]
    assert "the time of `multiprocessing.Value + Array`" in lines[0]
    rows = [line for line in lines if line.startswith("| `")]
    names = [row.split("`")[1] for row in rows]
    assert names == [VA, SHM, THREADS, PIPE, QUEUE, MANAGER]  # pickling alone is no carrier
    assert rows[0].endswith("| the quickest | 20 |")
    # 5 µs (and 8 B at 0.15 ns each); the interval 0.9x-1.1x of it; Queue/VA: 8x.
    assert rows[0].startswith(
        "| `multiprocessing.Value + Array` | processes | 5 µs | 4.5 µs\u20135.5 µs |"
    )
    assert "8.00\u00d7<br><small>7.20\u20138.80</small>" in next(
        r for r in rows if r.startswith(f"| `{QUEUE}`")
    )
    assert "20 round trips of 8 B in every round" in text


def test_latency_claim_when_threads_are_slower():
    text = ipc.latency_claim(constructed())
    assert (
        "quickest round trip was `multiprocessing.Value + Array`, 5 µs (95 % interval 4.5" in text
    )
    assert "the slowest was `multiprocessing.Manager().Queue()` at 110 µs, 22.0\u00d7" in text
    assert "20 rounds) as long in the same rounds" in text
    assert "slower than the quickest way between processes" in text
    assert "waking the waiting thread does" in text


def test_latency_claim_when_threads_are_quicker():
    text = ipc.latency_claim(constructed(threads_vs_quickest=est(0.5, 0.4, 0.9)))
    assert "`queue.Queue` took 15 µs, 0.50\u00d7 (95 % interval 0.40\u20130.90" in text
    assert "quicker than any way between processes" in text
    assert "slower" not in text


def test_latency_claim_when_the_interval_straddles_one():
    text = ipc.latency_claim(constructed(threads_vs_quickest=est(1.1, 0.8, 1.4)))
    assert "cannot tell which of the two is quicker" in text
    assert "quicker than any way" not in text and "slower than" not in text


def test_throughput_table_has_a_row_per_carrier_and_a_column_per_size():
    text = ipc.throughput_table(constructed())
    lines = text.splitlines()
    assert lines[0] == "| Mechanism | 1 kB | 100 kB | 1 MB | 10 MB |"
    rows = [line for line in lines if line.startswith("| `")]
    assert len(rows) == 6
    queue = next(row for row in rows if row.startswith(f"| `{QUEUE}`"))
    # 10 MB in 40 µs + 15 ms = 0.01504 s: 665 MB/s; the interval 1/1.1 to 1/0.9 of it.
    assert "665 MB/s<br><small>604 MB/s\u2013739 MB/s</small>" in queue
    assert "over 20 rounds" in text
    assert "1 kB \u00d720, 100 kB \u00d710, 1 MB \u00d73, 10 MB \u00d71" in text
    assert "Every one of the 1085 hand-overs of each of the 7 ways" in text
    assert "1085 of each arrived intact" in text


def parse_chart(html: str) -> ET.Element:
    assert html.startswith("<div>\n<svg") and html.endswith("</svg>\n</div>")
    return ET.fromstring(html.removeprefix("<div>\n").removesuffix("\n</div>"))


def test_chart_has_a_line_with_error_bars_per_carrier_and_pickling_dashed():
    root = parse_chart(ipc.throughput_chart(constructed()))
    assert root.get("role") == "img"
    title = "Throughput by payload size: median and 95 % interval, 20 rounds"
    assert root.find(f"{SVG}title").text == title
    desc = root.find(f"{SVG}desc").text
    assert "from 1 kB to 10 MB over 20 rounds" in desc
    assert (
        "Queue: 1 kB \u2192 24.1 MB/s (21.9 MB/s\u201326.8 MB/s)" in desc
    )  # values with intervals
    assert "queue.Queue (threads) had the highest median" in desc
    lines = [p.get("class") for p in root.iter(f"{SVG}polyline")]
    assert sum("chart-line" in c for c in lines) == 6
    assert sum("chart-ref" in c for c in lines) == 1
    bars = [p for p in root.iter(f"{SVG}path") if "chart-error" in (p.get("class") or "")]
    assert len(bars) == 6
    assert all(p.get("d").count("V") == 4 for p in bars)  # one bar per size
    texts = {el.text for el in root.iter(f"{SVG}text")}
    assert {"1 kB", "10 MB", "Queue", "queue.Queue (threads)", "pickle.dumps + loads alone"} <= (
        texts
    )


def test_chart_points_follow_the_throughput():
    root = parse_chart(ipc.throughput_chart(constructed()))
    polylines = {p.get("class"): p for p in root.iter(f"{SVG}polyline")}
    # Series 2 (SharedMemory) sits higher (smaller y) than series 0 (Queue) at 10 MB.
    queue = polylines["chart-line chart-s0"].get("points").split()
    shared = polylines["chart-line chart-s2"].get("points").split()
    assert float(shared[-1].split(",")[1]) < float(queue[-1].split(",")[1])


def test_pickle_table_sets_pickling_beside_queue_and_pipe_with_shares():
    text = ipc.pickle_table(constructed())
    lines = text.splitlines()
    assert "`multiprocessing.Queue` transfer (median, 95 % interval)" in lines[0]
    assert "Pickling's share of the `multiprocessing.Pipe` transfer" in lines[0]
    rows = [line for line in lines if line.startswith("| ")][1:]
    assert len(rows) == 4
    # 10 MB: pickling 6 ms, Queue 15 ms: a share of 40 %, interval 36 %-44 %.
    assert rows[-1].startswith("| 10 MB | 6 ms<br><small>5.4 ms\u20136.6 ms</small> | 15 ms")
    assert "40%<br><small>36%\u201344%</small>" in rows[-1]
    assert "All from the same 20 rounds" in text


def pickle_at(median, low, high) -> dict:
    return {(PICKLING, BIG, QUEUE, BIG): est(median, low, high)}


@pytest.mark.parametrize(
    ("share", "status", "words"),
    [
        ((0.4, 0.3, 0.5), claims.REPRODUCED, "at least 20% over the whole interval"),
        ((0.1, 0.05, 0.15), claims.NOT_REPRODUCED, "below 20% over the whole interval"),
        ((0.25, 0.15, 0.35), claims.INCONCLUSIVE, "The interval straddles 20%"),
    ],
)
def test_pickle_claim_follows_the_verdict(share, status, words):
    record = constructed(pickle_at(*share))
    assert ipc.verdict("ipc_pickle_share", record).status == status
    text = ipc.pickle_claim(record)
    assert words in text
    assert f"{share[0]:.0%} (95 % interval {share[1]:.0%}\u2013{share[2]:.0%}, 20 rounds)" in text
    assert "took 6 ms, and a `multiprocessing.Queue` transfer of the same payloads 15 ms" in text


# --- Claims: one definition each, verdicts both ways ------------------------------------------


def test_the_claims_are_defined_once_with_their_thresholds():
    expected = {
        "ipc_shared_memory": ("at_least", 2.0),
        "ipc_pickle_share": ("at_least", 0.2),
        "ipc_manager": ("at_least", 1.25),
        "ipc_threads": ("at_least", 2.0),
    }
    for name, (holds, threshold) in expected.items():
        claim = claims.CLAIMS[name]
        assert (claim.holds, claim.threshold) == (holds, threshold)
        assert evidence.GATHER[name].__name__ == name
        assert ipc.GATHER[name]


def test_the_page_and_its_twin_state_every_claim():
    for page, lang in (("ipc.md", ""), ("ipc.ko.md", ', lang="ko"')):
        text = (PROJECT / "docs" / page).read_text()
        for name in ipc.GATHER:
            assert f'evidence.show("{name}"{lang})' in text, (page, name)


def test_evidence_show_renders_the_verdict_of_the_run(monkeypatch):
    record = constructed(pickle_at(0.1, 0.05, 0.15))
    monkeypatch.setattr(evidence, "run", lambda snippet, **kw: record)
    box = evidence.show("ipc_pickle_share")
    assert 'data-claim="ipc_pickle_share" data-verdict="not_reproduced"' in box
    assert "pickling alone \u00f7 the whole transfer 10% (95 % interval 5%\u201315%" in box
    assert "([measured here](ipc.md#what-pickling-costs))" in box
    box = evidence.show("ipc_shared_memory")
    assert 'data-verdict="reproduced"' in box
    assert box.count("**Reproduced:**") == 2


def shared_at(shm, va) -> dict:
    return {(QUEUE, BIG, SHM, BIG): est(*shm), (QUEUE, BIG, VA, BIG): est(*va)}


@pytest.mark.parametrize(
    ("shm", "va", "status", "words"),
    [
        ((8, 6, 10), (10, 9, 12), claims.REPRODUCED, "shared memory moved the bytes faster"),
        ((1.2, 1, 1.5), (1.1, 0.9, 1.4), claims.NOT_REPRODUCED, "did not reach 2.00\u00d7"),
        ((2.5, 1.5, 3.5), (8, 6, 10), claims.INCONCLUSIVE, "cannot tell whether it reaches"),
        ((8, 6, 10), (1.2, 1, 1.5), claims.INCONCLUSIVE, "cannot tell whether it reaches"),
    ],
)
def test_shared_memory_verdict_and_bullet(shm, va, status, words):
    record = constructed(shared_at(shm, va))
    assert ipc.verdict("ipc_shared_memory", record).status == status
    bullet = ipc.choosing(record).splitlines()[0]
    assert bullet.startswith("- **Large payloads:** at 10 MB")
    assert words in bullet
    assert f"`shared_memory.SharedMemory`, 10 MB: {shm[0]:.2f}\u00d7" in bullet


def manager_at(median, low, high) -> dict:
    return {(MANAGER, BIG, QUEUE, BIG): est(median, low, high)}


@pytest.mark.parametrize(
    ("big", "status", "words"),
    [
        ((2.2, 2.0, 2.6), claims.REPRODUCED, "took longer than a plain `multiprocessing.Queue`"),
        ((1.05, 0.95, 1.2), claims.NOT_REPRODUCED, "did not make it clearly slower"),
        ((1.6, 1.1, 2.6), claims.INCONCLUSIVE, "cannot tell whether the detour"),
    ],
)
def test_manager_verdict_and_bullet(big, status, words):
    record = constructed(manager_at(*big))
    assert ipc.verdict("ipc_manager", record).status == status
    bullet = next(b for b in ipc.choosing(record).splitlines() if "**Managers:**" in b)
    assert words in bullet
    assert f"`multiprocessing.Manager().Queue()`, 10 MB: {big[0]:.2f}\u00d7" in bullet


def threads_at(**by_name) -> dict:
    return {(name, BIG, THREADS, BIG): est(*value) for name, value in by_name.items()}


@pytest.mark.parametrize(
    ("change", "status", "words"),
    [
        ({}, claims.REPRODUCED, "between threads only a reference moves"),
        (
            {name: (1.2, 0.9, 1.5) for name in (QUEUE, PIPE, SHM, VA, MANAGER)},
            claims.NOT_REPRODUCED,
            "threads were not 2.00\u00d7 as fast",
        ),
        ({VA: (2.5, 1.5, 3.0)}, claims.INCONCLUSIVE, "cannot tell whether threads are at least"),
    ],
)
def test_threads_verdict_and_bullet(change, status, words):
    record = constructed(threads_at(**change))
    result = ipc.verdict("ipc_threads", record)
    assert result.status == status
    assert len(result.items) == 5  # one piece of evidence per way between processes
    bullet = ipc.choosing(record).splitlines()[-1]
    assert bullet.startswith("- **Threads:** `queue.Queue` handed 10 MB to another thread in 15 µs")
    assert words in bullet
    # The quickest way between processes (Value + Array here) against threads, paired.
    assert "1.51 ms" in bullet and "`multiprocessing.Value + Array`" in bullet
    assert times(change.get(VA, (100.0,))[0]) + " (95 % interval" in bullet


@pytest.mark.parametrize(
    ("per_byte", "words"),
    [
        (est(300, 250, 350), "many small messages cost far more"),
        (est(1.5, 1.2, 1.8), "not much dearer per byte"),
        (est(2.2, 1.5, 3.0), "cannot tell whether small messages are much dearer"),
    ],
)
def test_small_messages_are_called_dearer_only_when_they_were(per_byte, words):
    bullet = ipc.choosing(constructed(per_byte=per_byte)).splitlines()[1]
    assert bullet.startswith(
        "- **Small messages:** with `multiprocessing.Value + Array`, a byte sent in a 1 kB"
    )
    assert words in bullet


def test_every_verdict_is_no_data_when_the_comparison_failed():
    broken = Run(ipc.COMPARE, [], "", 1.0, 1, {}, None, "exited with code 1")
    for name in ipc.GATHER:
        assert ipc.verdict(name, broken).status == claims.NO_DATA


# --- How it was measured, failures, the page's cost -------------------------------------------


@pytest.mark.parametrize(
    ("stopped", "words"),
    [
        ("budget", "20 rounds, ended by the time budget of 8 s"),
        ("precise", "20 rounds, ended because every interval was within \u00b15%"),
        ("max_rounds", "20 rounds, the most allowed"),
    ],
)
def test_setup_gives_rounds_what_ended_them_and_the_noise(stopped, words):
    text = ipc.setup(constructed(stopped=stopped))
    assert words in text
    assert "8 B \u00d720, 1 kB \u00d720, 100 kB \u00d710, 1 MB \u00d73, 10 MB \u00d71" in text
    assert "all 7 programs" in text and "1085 per mechanism" in text
    assert "load average was 0.50 before the rounds and 1.25 after them" in text
    assert "took 0.12 s of CPU time" in text


def test_setup_leaves_out_noise_figures_the_system_lacks():
    quiet = {"load_before": None, "load_after": None, "steal": None, "elapsed": 8.0, "cores": 2}
    text = ipc.setup(constructed(noise=quiet))
    assert "load average" not in text and "hypervisor" not in text
    assert "20 rounds" in text


def test_a_failed_run_is_named_instead_of_rendered():
    broken = Run(ipc.COMPARE, [], "", 1.0, 1, {}, None, "exited with code 1")
    for render in (
        ipc.latency_table,
        ipc.latency_claim,
        ipc.throughput_table,
        ipc.throughput_chart,
        ipc.pickle_table,
        ipc.pickle_claim,
        ipc.choosing,
        ipc.setup,
    ):
        text = render(broken)
        assert "`ipc/compare_mechanisms.py`" in text
        assert "exited with code 1" in text


def test_budget_adds_up_the_runs():
    records = [constructed()] * 3
    assert "3 programs on this page ran for 27.0 s" in ipc.budget(records)
