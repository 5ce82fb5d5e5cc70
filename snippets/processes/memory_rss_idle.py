"""Resident memory of an idle child process, next to what an idle thread adds
to its parent."""

import multiprocessing
import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure


def kib(value):
    return "unavailable" if value is None else f"{value:,} KiB"


# --8<-- [start:memory]
THREADS = 20  # idle threads added in all, to average out page-sized steps


def memory_kib(pid="self"):
    """Resident (VmRSS) and private (not shared with any other process)
    memory, in KiB.

    Linux only: elsewhere there is no /proc to read, and the value is None.
    """
    found = {"rss": None, "private": None}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    found["rss"] = int(line.split()[1])
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            private = [
                int(line.split()[1])
                for line in f
                if line.startswith("Private_")
            ]
            found["private"] = sum(private)
    except OSError:
        pass
    return found


def idle(ready, done):
    ready.set()
    done.wait()


def idle_child(method):
    context = multiprocessing.get_context(method)
    ready, done = context.Event(), context.Event()
    child = context.Process(target=idle, args=(ready, done))
    child.start()
    ready.wait()
    memory = memory_kib(child.pid)
    done.set()
    child.join()
    return memory


def thread_growth():
    """How much this process's resident memory grows with one more idle
    thread, and with THREADS of them (None where it cannot be read)."""
    done = threading.Event()
    threads = [threading.Thread(target=done.wait) for _ in range(THREADS)]
    before = memory_kib()["rss"]
    threads[0].start()
    one = memory_kib()["rss"]
    for thread in threads[1:]:
        thread.start()
    after = memory_kib()["rss"]
    done.set()
    for thread in threads:
        thread.join()
    if before is None:
        return None
    return {"one": one - before, "all": after - before}
    # --8<-- [end:memory]


if __name__ == "__main__":
    parent = memory_kib()
    print(
        f"parent: {kib(parent['rss'])} resident, "
        f"{kib(parent['private'])} private",
        flush=True,
    )
    children = {}
    for method in ("fork", "forkserver", "spawn"):
        if method in multiprocessing.get_all_start_methods():
            children[method] = memory = idle_child(method)
            print(
                f"idle child ({method}): {kib(memory['rss'])} resident, "
                f"{kib(memory['private'])} private",
                flush=True,
            )

    # Threads last: forking a process that runs threads is unsafe.
    growth = thread_growth()
    if growth is None:
        print("parent growth per idle thread: unavailable", flush=True)
    else:
        print(
            f"parent grew by {kib(growth['one'])} with 1 idle thread",
            flush=True,
        )
        print(
            f"parent grew by {kib(growth['all'])} with {THREADS} idle threads",
            flush=True,
        )
    measure.emit(
        {
            "default": multiprocessing.get_start_method(),
            "parent": parent,
            "children": children,
            "threads": THREADS,
            "thread_growth": growth,
        }
    )
