"""At exit Python waits for non-daemon threads, and cuts daemon threads off
wherever they are."""

import threading
import time

TICKS = 50  # the daemon's loop would need 5 s for all of them
TICK = 0.1  # seconds between ticks
WORKER_TIME = 0.35  # seconds the non-daemon thread works


def stamp(start):
    return f"[{time.perf_counter() - start:4.2f} s]"


def ticking(start):
    for i in range(1, TICKS + 1):
        time.sleep(TICK)
        print(stamp(start), f"daemon: tick {i} of {TICKS}", flush=True)
    print(stamp(start), "daemon: finished its loop", flush=True)


def working(start):
    time.sleep(WORKER_TIME)
    print(stamp(start), "worker: done", flush=True)


if __name__ == "__main__":
    start = time.perf_counter()
    threading.Thread(target=ticking, args=(start,), daemon=True).start()
    # daemon=False, the default
    threading.Thread(target=working, args=(start,)).start()
    print(stamp(start), "main: reached the end of the script", flush=True)
