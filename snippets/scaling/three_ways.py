"""The same work written three ways, on 1, 2 and 4 threads: which scales?

Every step adds one number from a table of weights to a total. The three
ways differ only in what the threads share: (a) one total, under a lock,
that every step adds to; (b) one table that every step reads; (c) nothing:
each thread has its own table and its own total, merged once at the end.

Each way is measured in an interpreter of its own (this program, started
again with the way's name), so that nothing one way leaves behind in an
interpreter can affect the next.
"""

import json
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# Seconds of rounds at most, for each way; one round runs the way at every
# thread count once.
BUDGET = 1.2

# --8<-- [start:work]
WORK = 250_000  # steps in total, shared out equally between the threads
SIZE = 64  # weights in a table
THREAD_COUNTS = (1, 2, 4)


def make_weights():
    """A new table: its numbers (above 256) are new objects, owned by the
    thread that calls this."""
    return [1000 + i for i in range(SIZE)]


SHARED_WEIGHTS = make_weights()  # made once, by the main thread


class Total:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()


def shared_total(n, total):
    """(a) Every step adds to the one total all threads share."""
    weights = make_weights()
    for i in range(n):
        with total.lock:
            total.value += weights[i % SIZE]


def shared_table(n, total):
    """(b) Every step reads the one table all threads share."""
    weights = SHARED_WEIGHTS
    mine = 0
    for i in range(n):
        mine += weights[i % SIZE]
    with total.lock:
        total.value += mine


def own_data(n, total):
    """(c) Own table, own total; merged once, at the end."""
    weights = make_weights()
    mine = 0
    for i in range(n):
        mine += weights[i % SIZE]
    with total.lock:
        total.value += mine


WAYS = {
    "shared total": shared_total,
    "shared table": shared_table,
    "own data": own_data,
}


def in_threads(way, count):
    """Share WORK out between ``count`` threads doing it ``way``."""
    total = Total()
    ready = threading.Barrier(count)  # the threads start their steps at once

    def steps():
        ready.wait()
        WAYS[way](WORK // count, total)

    threads = [threading.Thread(target=steps) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return total.value


# --8<-- [end:work]


def expected(count):
    """What ``count`` threads must add up: each does n = WORK // count
    steps, cycling through the table."""
    n = WORK // count
    weights = make_weights()
    return count * ((n // SIZE) * sum(weights) + sum(weights[: n % SIZE]))


def name(way, count):
    return f"{way}, {count} thread" + ("s" if count > 1 else "")


def check(config, answer):
    threads = config.split(", ")[1]
    count = int(threads.split()[0])
    if answer != expected(count):
        raise RuntimeError(f"{config}: wrong total {answer}")


def measure_way(way):
    """Paired rounds of one way on every thread count, in this interpreter:
    per round, one thread's time over the time with more threads."""
    work = {
        name(way, n): lambda n=n: in_threads(way, n) for n in THREAD_COUNTS
    }
    for run in work.values():
        run()  # once untimed, so that no round pays for a first run
    one = name(way, THREAD_COUNTS[0])
    speedups = {name(way, n): (one, name(way, n)) for n in THREAD_COUNTS[1:]}
    return measure.rounds(work, speedups, budget=BUDGET, check=check, cpu=True)


def in_a_new_interpreter(way):
    """This program, run again by the same Python, measuring ``way`` only."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "rounds.json"
        subprocess.run(
            [sys.executable, __file__, way, str(out)], check=True, timeout=60
        )
        return json.loads(out.read_text())


if __name__ == "__main__":
    if len(sys.argv) == 3:  # started by in_a_new_interpreter()
        way, out = sys.argv[1:]
        Path(out).write_text(json.dumps(measure_way(way)))
        sys.exit()
    facts = measure.machine()
    gil = "on" if facts["gil_enabled"] else "off"
    print(
        f"Python {facts['version']}, GIL {gil}, {facts['usable_cores']} cores",
        flush=True,
    )
    rows, measurements = [], {}
    for way in WAYS:
        measured = measurements[way] = in_a_new_interpreter(way)
        print(f"{way}:", flush=True)
        for count in THREAD_COUNTS:
            key = name(way, count)
            # Cores busy: CPU time of all threads / wall time, per round.
            busy = measure.median_interval(
                [r["cpu"][key] / r["values"][key] for r in measured["rounds"]]
            )
            time = measure.human(measured["stats"][key]["median"])
            line = f"  {count}: {time}"
            if speedup := measure.Estimate.of(measured["ratios"].get(key)):
                line += f", speedup {speedup}"
            print(f"{line}, {busy.median:.2f} cores busy", flush=True)
            rows.append(
                {
                    "way": way,
                    "threads": count,
                    "config": key,
                    "time": measured["stats"][key],
                    "speedup": measured["ratios"].get(key),
                    "busy": busy,
                }
            )
        print(
            f"  ({len(measured['rounds'])} rounds, ended by "
            f"{measured['stopped']}; {measure.describe(measured['noise'])})",
            flush=True,
        )
    measure.emit(
        {
            "machine": facts,
            "work": WORK,
            "ways": list(WAYS),
            "rows": rows,
            "measurements": measurements,
        }
    )
