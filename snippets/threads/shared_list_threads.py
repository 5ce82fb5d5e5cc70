"""Threads of one process share its memory: one thread appends to a list that another reads."""

import os
import sys
import threading
from pathlib import Path

sys.path.insert(
    0, str(Path(__file__).resolve().parents[1])
)  # snippets/, for measure.py
import measure

items = []
filled = threading.Event()
thread_ids = {}


def whoami(name):
    thread_ids[name] = threading.get_native_id()
    return f"{name:<6} (pid {os.getpid()}, thread {thread_ids[name]})"


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
    measure.emit(
        {
            "written": items,
            "read": seen,
            "pid": os.getpid(),
            "thread_ids": thread_ids,
        }
    )
