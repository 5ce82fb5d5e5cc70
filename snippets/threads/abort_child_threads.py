"""A hard crash ends every thread of the process: os.abort() in one thread of
a child process."""

import multiprocessing
import os
import sys
import threading
import time
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure


def no_core_file():
    """Keep os.abort() from writing a core dump where a system is set up to
    make one."""
    try:
        import resource
    except ImportError:  # Windows
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


# --8<-- [start:crash]
WORKERS = 3
STEPS = 1000  # each worker would need about a second for all of them
CRASH_AFTER = 0.2  # seconds
# Seconds after the child died when the parent reads the counts again.
LOOK_AGAIN = 0.3


def count(steps_done, i):
    for _ in range(STEPS):
        steps_done[i] += 1
        time.sleep(0.001)
    print(f"child: worker {i} finished all {STEPS} steps", flush=True)


def crash():
    time.sleep(CRASH_AFTER)
    print("child: crash thread calls os.abort()", flush=True)
    os.abort()


def child(steps_done):
    no_core_file()
    threads = [
        threading.Thread(target=count, args=(steps_done, i))
        for i in range(WORKERS)
    ]
    threads.append(threading.Thread(target=crash))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("child: all threads done", flush=True)


if __name__ == "__main__":
    # Shared memory the parent can still read after the crash. No lock: a lock
    # held by a thread that dies with its process would never be released,
    # and each worker has its own slot.
    steps_done = multiprocessing.Array("i", WORKERS, lock=False)
    process = multiprocessing.Process(target=child, args=(steps_done,))
    process.start()
    process.join()
    at_exit = list(steps_done)
    time.sleep(LOOK_AGAIN)
    later = list(steps_done)
    print(f"parent: the child's exitcode is {process.exitcode}", flush=True)
    print(
        f"parent: steps done when it died {at_exit}, "
        f"{LOOK_AGAIN} s later {later}",
        flush=True,
    )
    # --8<-- [end:crash]
    measure.emit(
        {
            "exitcode": process.exitcode,
            "steps": STEPS,
            "at_exit": at_exit,
            "later": later,
            "look_again": LOOK_AGAIN,
        }
    )
