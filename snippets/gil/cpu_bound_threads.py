"""The same pure-Python work on 1, 2 and 4 threads: does it finish sooner?"""

import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import measure

WORK = 4_000_000  # loop steps in total, shared out equally between the threads
THREAD_COUNTS = (1, 2, 4)
RUNS = 5


def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def in_threads(count):
    threads = [threading.Thread(target=sum_of_squares, args=(WORK // count,)) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    facts = measure.interpreter()
    gil = "on" if facts["gil_enabled"] else "off"
    print(f"Python {facts['python']}, GIL {gil}, {facts['cores']} cores", flush=True)
    rows = []
    for count in THREAD_COUNTS:
        wall, cpu = measure.repeat_wall_cpu(lambda c=count: in_threads(c), RUNS)
        rows.append({"threads": count, "wall": wall, "cpu": cpu})
        speedup = rows[0]["wall"].median / wall.median
        print(f"{count} thread(s): {wall}", flush=True)
        print(f"  {speedup:.2f}x one thread, {cpu.median / wall.median:.1f} cores busy", flush=True)
    measure.emit({**facts, "rows": rows})
