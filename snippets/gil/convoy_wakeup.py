"""A thread naps for 1 ms while another burns CPU: how late does the napper wake up?"""

import platform
import sys
import sysconfig
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import measure

NAP = 0.001  # seconds; like a short wait for a socket or a file
NAPS = 20  # naps measured per setting
INTERVALS = (0.0005, 0.005, 0.05)  # switch intervals to try, in seconds


def spin(stop, share):
    """Burn CPU in Python until stopped, then report the share of a core this thread got."""
    wall, cpu = time.perf_counter(), time.thread_time()
    while not stop.is_set():
        pass
    share.append((time.thread_time() - cpu) / (time.perf_counter() - wall))


def naps():
    """How much later than NAP each of NAPS naps ended."""
    samples = []
    for _ in range(NAPS):
        start = time.perf_counter()
        time.sleep(NAP)
        samples.append(time.perf_counter() - start - NAP)
    return measure.summarize(samples)


def naps_beside_spinner():
    stop, share = threading.Event(), []
    spinner = threading.Thread(target=spin, args=(stop, share))
    spinner.start()
    time.sleep(0.01)  # let the spinner get going
    late = naps()
    stop.set()
    spinner.join()
    return late, share[0]


if __name__ == "__main__":
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    default = sys.getswitchinterval()
    print(f"Python {platform.python_version()}, GIL {'on' if gil else 'off'}", flush=True)
    idle = naps()
    print(f"no other thread: late by {idle}", flush=True)
    busy = []
    for interval in INTERVALS:
        sys.setswitchinterval(interval)
        late, share = naps_beside_spinner()
        busy.append({"interval": interval, "lateness": late, "spinner_share": share})
        print(f"CPU-bound thread, {measure.human(interval)} interval:", flush=True)
        print(f"  late by {late}; the spinner got {share:.0%} of a core", flush=True)
    sys.setswitchinterval(default)
    measure.emit(
        {
            "python": platform.python_version(),
            "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
            "gil_enabled": gil,
            "default_interval": default,
            "nap": NAP,
            "idle": idle,
            "busy": busy,
        }
    )
