"""A child process has its own PID, memory and interpreter: its change to a
global stays there."""

import multiprocessing
import os
import sys
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:own_memory]
counter = 0


def child(report):
    global counter
    counter = 100
    print(f"child  (pid {os.getpid()}): set counter to {counter}", flush=True)
    report.put({"pid": os.getpid(), "counter": counter})


if __name__ == "__main__":
    print(
        f"parent (pid {os.getpid()}): counter is {counter}"
        " before the child starts",
        flush=True,
    )
    report = multiprocessing.Queue()
    process = multiprocessing.Process(target=child, args=(report,))
    process.start()
    seen = report.get()
    process.join()
    print(
        f"parent (pid {os.getpid()}): counter is {counter}"
        " after the child ended",
        flush=True,
    )
    # --8<-- [end:own_memory]
    measure.emit(
        {
            "parent_pid": os.getpid(),
            "child_pid": seen["pid"],
            "child_counter": seen["counter"],
            "parent_counter": counter,
            "child_exitcode": process.exitcode,
        }
    )
