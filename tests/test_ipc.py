"""The IPC page: every mechanism delivers every byte, the harness rejects damage, and the
renderer's tables, chart and claims follow the data whichever way it goes."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from snippet_runner import ipc
from snippet_runner.run import Run
from tests.conftest import PROJECT, run_snippet

sys.path.insert(0, str(PROJECT / "snippets" / "ipc"))

import handover

SVG = "{http://www.w3.org/2000/svg}"
FREE_THREADED = Path("/opt/py-ft/bin/python3.14t")

EXPECTED = {
    "ipc/transfer_queue.py": ("multiprocessing.Queue", "processes"),
    "ipc/transfer_pipe.py": ("multiprocessing.Pipe", "processes"),
    "ipc/transfer_shared_memory.py": ("shared_memory.SharedMemory", "processes"),
    "ipc/transfer_value_array.py": ("multiprocessing.Value + Array", "processes"),
    "ipc/transfer_manager.py": ("multiprocessing.Manager().Queue()", "processes"),
    "ipc/transfer_thread_queue.py": ("queue.Queue", "threads"),
    "ipc/pickle_roundtrip.py": ("pickle.dumps + pickle.loads", "none"),
}


# --- The programs, run as a reader would ---------------------------------------------------


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    """Every transfer program and the pickling program, run once for this module."""
    tmp = tmp_path_factory.mktemp("ipc")
    return {name: run_snippet(name, tmp) for name in EXPECTED}


def test_the_page_lists_every_program():
    assert set(EXPECTED) == {*ipc.MECHANISMS, ipc.PICKLE}
    on_disk = {f"ipc/{p.name}" for p in (PROJECT / "snippets" / "ipc").glob("*.py")}
    assert on_disk == {*EXPECTED, "ipc/mechanisms_tour.py", "ipc/handover.py"}


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
    result = snippet("ipc/mechanisms_tour.py")
    assert result.returncode == 0, result.output
    assert result.lines == TOUR


@pytest.mark.slow
@pytest.mark.skipif(not FREE_THREADED.exists(), reason="no free-threaded Python 3.14 here")
@pytest.mark.parametrize(
    "name",
    [
        "ipc/mechanisms_tour.py",
        "ipc/transfer_shared_memory.py",
        "ipc/transfer_value_array.py",
        "ipc/transfer_manager.py",
    ],
)
def test_runs_under_forkserver_and_without_the_gil(name, tmp_path):
    """Python 3.14 starts children with forkserver: arguments must pickle, targets import."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["SNIPPET_RESULTS"] = str(tmp_path / "results.json")
    proc = subprocess.run(
        [str(FREE_THREADED), f"snippets/{name}"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stderr == ""  # no leaked shared memory, no traceback from a feeder thread
    if name == "ipc/mechanisms_tour.py":
        assert proc.stdout.splitlines() == TOUR
    else:
        assert proc.stdout.count("intact") == len(handover.SIZES)


@pytest.mark.slow
def test_shared_memory_beats_a_queue_for_ten_megabytes(ran):
    """Measured 15-30x here; a factor of 3 leaves room for a busy machine."""
    queue = ipc.largest(ran["ipc/transfer_queue.py"].results)["time"]["median"]
    shared = ipc.largest(ran["ipc/transfer_shared_memory.py"].results)["time"]["median"]
    assert shared * 3 < queue


@pytest.mark.slow
def test_a_thread_queue_beats_a_pipe_for_ten_megabytes(ran):
    """Only a reference moves between threads; measured 100x faster or more here."""
    pipe = ipc.largest(ran["ipc/transfer_pipe.py"].results)["time"]["median"]
    thread = ipc.largest(ran["ipc/transfer_thread_queue.py"].results)["time"]["median"]
    assert thread * 3 < pipe


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


def test_an_honest_receiver_passes_and_every_transfer_counts(quick, capsys):
    receiver = Receiver()
    results = handover.benchmark("fake", "none", receiver.send, receiver.proof)
    assert results["ping"]["sent"] == results["ping"]["intact"] == 3 + handover.WARMUP
    assert [item["intact"] for item in results["transfers"]] == [2 + handover.WARMUP] * 4
    assert len(receiver.seen) == 4 + 4 * 3
    assert len(capsys.readouterr().out.splitlines()) == 5


def test_one_flipped_byte_is_an_error_not_a_timing(quick):
    def flip_last_byte(payload, seen):
        return payload[:-1] + bytes([payload[-1] ^ 1]) if len(payload) == 10**6 else payload

    receiver = Receiver(flip_last_byte)
    with pytest.raises(RuntimeError, match="a payload of 1000000 bytes arrived damaged"):
        handover.benchmark("fake", "none", receiver.send, receiver.proof)


def test_a_receiver_that_kept_the_previous_payload_fails(quick):
    receiver = Receiver(lambda payload, seen: seen[-2] if len(seen) > 1 else payload)
    with pytest.raises(RuntimeError, match="arrived damaged"):
        handover.benchmark("fake", "none", receiver.send, receiver.proof)


def test_payloads_have_the_size_asked_for_and_differ_each_time():
    payloads = handover.Payloads()
    for size in (handover.PING, *handover.SIZES):
        first, second = payloads.next(size), payloads.next(size)
        assert len(first) == len(second) == size
        assert first != second


# --- The renderer, on constructed runs ------------------------------------------------------

SIZES = (1_000, 100_000, 1_000_000, 10_000_000)


def stats(median: float, runs: int = 10) -> dict:
    return {"median": median, "min": median * 0.8, "max": median * 1.5, "runs": runs}


def record(mechanism: str, between: str, ping: float, seconds: dict[int, float]) -> Run:
    results = {
        "mechanism": mechanism,
        "between": between,
        "warmup": 1,
        "ping": {"size": 8, "time": stats(ping, 500), "sent": 501, "intact": 501},
        "transfers": [
            {"size": n, "time": stats(seconds[n]), "sent": 11, "intact": 11} for n in SIZES
        ],
    }
    return Run(f"ipc/{mechanism}.py", [], "", 1.0, 0, {}, results, None)


def scaled(per_byte: float, fixed: float) -> dict[int, float]:
    return {n: fixed + n * per_byte for n in SIZES}


def build(**change) -> list[Run]:
    """Six constructed runs shaped like this machine's, with some medians changed."""
    shapes = {
        "multiprocessing.Queue": ("processes", 50e-6, scaled(2e-9, 40e-6)),
        "multiprocessing.Pipe": ("processes", 20e-6, scaled(1.8e-9, 20e-6)),
        "shared_memory.SharedMemory": ("processes", 6e-6, scaled(8e-11, 6e-6)),
        "multiprocessing.Value + Array": ("processes", 6e-6, scaled(9e-11, 6e-6)),
        "multiprocessing.Manager().Queue()": ("processes", 120e-6, scaled(4e-9, 110e-6)),
        "queue.Queue": ("threads", 19e-6, scaled(0, 10e-6)),
    }
    for name, seconds in change.items():
        between, ping, _ = shapes[name]
        shapes[name] = (between, ping, seconds)
    return [record(name, *shape) for name, shape in shapes.items()]


def with_ping(records: list[Run], mechanism: str, ping: float) -> list[Run]:
    out = []
    for r in records:
        if r.results["mechanism"] == mechanism:
            r.results["ping"]["time"] = stats(ping, 500)
        out.append(r)
    return out


PICKLE_SECONDS = scaled(6e-10, 0.5e-6)


def pickle_run(share_of_queue: float | None = None) -> Run:
    seconds = dict(PICKLE_SECONDS)
    if share_of_queue is not None:
        seconds[SIZES[-1]] = scaled(2e-9, 40e-6)[SIZES[-1]] * share_of_queue
    return record("pickle.dumps + pickle.loads", "none", 0.5e-6, seconds)


def test_units_read_as_a_reader_expects():
    assert [ipc.size(n) for n in (8, 1_000, 100_000, 1_000_000, 10_000_000)] == [
        "8 B",
        "1 kB",
        "100 kB",
        "1 MB",
        "10 MB",
    ]
    assert ipc.rate(953e6) == "953 MB/s"
    assert ipc.rate(29.5e9) == "29.5 GB/s"
    assert ipc.duration(6.26e-6) == "6.26 µs"
    assert ipc.duration(0.0221) == "22.1 ms"


def test_latency_table_lists_every_mechanism_quickest_first():
    lines = ipc.latency_table(build()).splitlines()
    assert "Round trip, 8 B (median)" in lines[0]
    rows = lines[2:]
    assert len(rows) == 6
    names = [row.split("`")[1] for row in rows]
    assert names[0] in ipc.SHARED and names[-1] == "multiprocessing.Manager().Queue()"
    assert (
        "| `queue.Queue` | threads | 19 µs | 15.2 µs &ndash; 28.5 µs | 500 | 501 of 501 |" in rows
    )


def test_latency_claim_when_threads_are_not_quicker():
    text = ipc.latency_claim(build())
    assert "quickest round trip was `shared_memory.SharedMemory`" in text
    assert "`multiprocessing.Manager().Queue()`, 120 µs, 20&times; as long" in text
    assert "no quicker than `shared_memory.SharedMemory`" in text


def test_latency_claim_when_threads_are_quicker():
    text = ipc.latency_claim(with_ping(build(), "queue.Queue", 2e-6))
    assert "`queue.Queue` took 2 µs: quicker than any way between processes" in text
    assert "no quicker" not in text


def test_throughput_table_has_a_row_per_mechanism_and_a_column_per_size():
    text = ipc.throughput_table(build())
    lines = text.splitlines()
    assert lines[0] == "| Mechanism | 1 kB | 100 kB | 1 MB | 10 MB |"
    rows = [line for line in lines if line.startswith("| `")]
    assert len(rows) == 6
    queue = next(row for row in rows if row.startswith("| `multiprocessing.Queue`"))
    # 10 MB in 40 µs + 20 ms = 0.02004 s: 499 MB/s; slowest run 1.5x, fastest 0.8x the median.
    assert "499 MB/s<br><small>333 MB/s &ndash; 624 MB/s</small>" in queue
    assert "All 264 transfers in this table" in text
    assert "264 arrived intact" in text


def parse_chart(html: str) -> ET.Element:
    assert html.startswith("<div>\n<svg") and html.endswith("</svg>\n</div>")
    return ET.fromstring(html.removeprefix("<div>\n").removesuffix("\n</div>"))


def test_chart_has_title_desc_and_a_line_per_mechanism():
    root = parse_chart(ipc.throughput_chart(build(), pickle_run()))
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Throughput by payload size"
    desc = root.find(f"{SVG}desc").text
    assert "from 1 kB to 10 MB" in desc
    assert "Queue: 1 kB 23.8 MB/s" in desc  # every value is in the words too
    lines = [p.get("class") for p in root.iter(f"{SVG}polyline")]
    assert sum("chart-line" in c for c in lines) == 6
    assert sum("chart-ref" in c for c in lines) == 1
    texts = {el.text for el in root.iter(f"{SVG}text")}
    assert {
        "1 kB",
        "10 MB",
        "Queue",
        "queue.Queue (threads)",
        "pickle.dumps + loads alone",
    } <= texts


def test_chart_points_follow_the_throughput():
    root = parse_chart(ipc.throughput_chart(build()))
    polylines = {p.get("class"): p for p in root.iter(f"{SVG}polyline")}
    # Series 2 (SharedMemory) sits higher (smaller y) than series 0 (Queue) at 10 MB.
    queue = polylines["chart-line chart-s0"].get("points").split()
    shared = polylines["chart-line chart-s2"].get("points").split()
    assert float(shared[-1].split(",")[1]) < float(queue[-1].split(",")[1])


@pytest.mark.parametrize(
    ("share", "key_words"),
    [
        (0.8, "most of that hand-over is pickle's work"),
        (0.5, "about half of that hand-over is pickle's work"),
        (0.2, "most of the time goes to the transport"),
    ],
)
def test_pickle_claim_follows_the_share(share, key_words):
    text = ipc.pickle_claim(pickle_run(share), build())
    assert key_words in text
    assert f"{share:.0%} of the 20 ms" in text


def test_pickle_table_sets_pickling_beside_queue_and_pipe():
    lines = ipc.pickle_table(pickle_run(), build()).splitlines()
    assert "`multiprocessing.Queue` transfer (median)" in lines[0]
    assert "`multiprocessing.Pipe` transfer (median)" in lines[0]
    assert len(lines) == 2 + len(SIZES)
    assert lines[-1].startswith("| 10 MB | 6 ms (4.8 ms &ndash; 9 ms, 10) | 20 ms | 30% |")


def test_choosing_when_shared_memory_wins_and_managers_lose():
    text = ipc.choosing(build())
    first = text.splitlines()[0]
    assert first.startswith("- **Large payloads:** at 10 MB, `shared_memory.SharedMemory` was")
    assert "Shared memory avoids the copies" in first
    assert "**Managers:** `multiprocessing.Manager().Queue()` took 40.1 ms" in text
    assert "2&times; the 20 ms of a plain `multiprocessing.Queue`" in text
    assert "between threads only a reference moves" in text


def test_choosing_when_the_data_goes_the_other_way():
    records = build(
        **{
            "shared_memory.SharedMemory": scaled(5e-9, 6e-6),
            "multiprocessing.Value + Array": scaled(5e-9, 6e-6),
            "multiprocessing.Manager().Queue()": scaled(1.9e-9, 110e-6),
            "queue.Queue": scaled(1e-8, 10e-6),
        }
    )
    text = ipc.choosing(records)
    assert "`multiprocessing.Pipe` was the fastest way between processes in this build" in text
    assert "shared memory reached 200 MB/s" in text
    assert "did not make it slower" in text
    assert "no faster than `multiprocessing.Pipe`" in text


def test_a_failed_run_is_named_instead_of_rendered():
    broken = Run("ipc/transfer_pipe.py", [], "", 1.0, 1, {}, None, "exited with code 1")
    records = [*build()[:1], broken]
    for text in (
        ipc.latency_table(records),
        ipc.throughput_table(records),
        ipc.throughput_chart(records),
        ipc.choosing(records),
    ):
        assert "`ipc/transfer_pipe.py`" in text
        assert "exited with code 1" in text


def test_budget_adds_up_the_runs():
    assert "6 programs on this page ran for 6.0 s" in ipc.budget(build())


def test_small_messages_are_called_dearer_only_when_they_were():
    assert "many small messages cost far more" in ipc.choosing(build())
    flat = build(
        **{
            name: scaled(per_byte, 0.0)
            for name, per_byte in [
                ("multiprocessing.Queue", 2e-9),
                ("multiprocessing.Pipe", 1.8e-9),
                ("shared_memory.SharedMemory", 1e-10),
                ("multiprocessing.Value + Array", 1e-10),
                ("multiprocessing.Manager().Queue()", 4e-9),
            ]
        }
    )
    text = ipc.choosing(flat)
    assert "moved between 250 MB/s and 10 GB/s, and the best of them 10 GB/s at 10 MB" in text
    assert "not much dearer per byte" in text
