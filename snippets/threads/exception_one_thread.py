"""An exception ends only the thread it is raised in: the other threads carry
on."""

import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:exception]
go = threading.Event()
results = {}


def work(n):
    go.wait()  # runs only after the failing thread is gone
    results[threading.current_thread().name] = sum(range(n))


def fail():
    raise ValueError("something went wrong in this thread")


if __name__ == "__main__":
    workers = [
        threading.Thread(target=work, args=(n,), name=f"worker-{n}")
        for n in (10, 100)
    ]
    for worker in workers:
        worker.start()
    failing = threading.Thread(target=fail, name="failing")
    failing.start()
    failing.join()  # threading.excepthook has printed its report by now
    alive = [thread.name for thread in threading.enumerate()]
    print(
        f"main: 'failing' has ended; threads still alive: {alive}", flush=True
    )
    go.set()
    for worker in workers:
        worker.join()
    print(f"main: results {dict(sorted(results.items()))}", flush=True)
    # --8<-- [end:exception]
    measure.emit({"alive_after_failure": alive, "results": results})
