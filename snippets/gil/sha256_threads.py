"""SHA-256 over large buffers on 1 and 2 threads: C code that lets go of the GIL."""

import hashlib
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import measure

BUFFER = bytes(4 * 1024 * 1024)  # 4 MiB; hashlib lets go of the GIL for more than 2047 bytes
HASHES = 48  # buffers hashed in total, shared out equally between the threads
THREAD_COUNTS = (1, 2)
RUNS = 5


def hash_buffers(n):
    for _ in range(n):
        hashlib.sha256(BUFFER).digest()


def in_threads(count):
    threads = [threading.Thread(target=hash_buffers, args=(HASHES // count,)) for _ in range(count)]
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
