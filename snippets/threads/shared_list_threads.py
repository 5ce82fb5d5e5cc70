"""Threads of one process share its memory: one thread appends to a list that
another reads."""

import os
import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

thread_ids = {}


def whoami(name):
    """The name, with the PID of this process and this thread's own id."""
    thread_ids[name] = threading.get_native_id()
    return f"{name:<6} (pid {os.getpid()}, thread {thread_ids[name]})"


# --8<-- [start:share]
items = []
filled = threading.Event()


def writer():
    for word in ("alpha", "beta", "gamma"):
        items.append(word)
    print(f"{whoami('writer')}: appended 3 items", flush=True)
    filled.set()


def reader(seen):
    filled.wait()
    seen.extend(items)
    print(f"{whoami('reader')}: read {items}", flush=True)


if __name__ == "__main__":
    seen = []
    threads = [
        threading.Thread(target=reader, args=(seen,)),
        threading.Thread(target=writer),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"{whoami('main')}: items = {items}", flush=True)
    # --8<-- [end:share]
    measure.emit(
        {
            "written": items,
            "read": seen,
            "pid": os.getpid(),
            "thread_ids": thread_ids,
        }
    )
