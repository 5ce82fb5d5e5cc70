"""A thread naps for 1 ms while another burns CPU: how much later does the
napper wake up than it does alone?"""

import statistics
import sys
import threading
import time
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

BUDGET = 3.0  # seconds of rounds at most; one round runs every setting once

# --8<-- [start:naps]
NAP = 0.001  # seconds; like a short wait for a socket or a file
INTERVALS = (0.0005, 0.005, 0.05)  # switch intervals to try, in seconds
# Naps per round: alone, and beside the CPU-bound thread at each switch
# interval (fewer at long intervals, where each nap may take a whole interval).
NAPS = {"alone": 20, 0.0005: 20, 0.005: 8, 0.05: 2}


def late_by(count):
    """The median of how much later than NAP each of ``count`` naps ended."""
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        time.sleep(NAP)
        samples.append(time.perf_counter() - start - NAP)
    return statistics.median(samples)


def spin(stop, shares):
    """Burn CPU in Python until stopped, then note the share of a core this
    thread got."""
    wall, cpu = time.perf_counter(), time.thread_time()
    while not stop.is_set():
        pass
    shares.append((time.thread_time() - cpu) / (time.perf_counter() - wall))


def beside_spinner(interval, shares):
    """Naps next to a CPU-bound thread, with the GIL's switch interval set to
    ``interval``."""
    default = sys.getswitchinterval()
    sys.setswitchinterval(interval)
    stop = threading.Event()
    spinner = threading.Thread(target=spin, args=(stop, shares))
    spinner.start()
    try:
        time.sleep(0.005)  # let the spinner get going
        return late_by(NAPS[interval])
    finally:
        stop.set()
        spinner.join()
        sys.setswitchinterval(default)


# --8<-- [end:naps]


def setting(interval):
    return f"{measure.human(interval)} interval"


def seconds(estimate):
    low, high = measure.human(estimate.low), measure.human(estimate.high)
    median = measure.human(estimate.median)
    return f"{median} ({estimate.confidence:.0%} interval {low} to {high})"


if __name__ == "__main__":
    facts = measure.machine()
    default = sys.getswitchinterval()
    gil = "on" if facts["gil_enabled"] else "off"
    print(f"Python {facts['version']}, GIL {gil}", flush=True)
    shares = {setting(i): [] for i in INTERVALS}
    work = {"alone": lambda: late_by(NAPS["alone"])}
    for interval in INTERVALS:
        work[setting(interval)] = lambda i=interval: beside_spinner(
            i, shares[setting(i)]
        )
    # Per round: lateness beside the CPU-bound thread minus lateness alone in
    # the same round, the lateness that the CPU-bound thread caused.
    extra = {setting(i): (setting(i), "alone") for i in INTERVALS}
    measured = measure.rounds(
        work, {}, differences=extra, budget=BUDGET, timed=False
    )
    history = measured["rounds"]
    idle = measure.median_interval([r["values"]["alone"] for r in history])
    print(
        f"alone: a {measure.human(NAP)} nap ended {seconds(idle)} late",
        flush=True,
    )
    busy = []
    for interval in INTERVALS:
        key = setting(interval)
        late = measure.median_interval([r["values"][key] for r in history])
        caused = measure.Estimate.of(measured["differences"][key])
        share = statistics.median(shares[key])
        print(
            f"beside a CPU-bound thread, {key}: ended {seconds(late)} late",
            flush=True,
        )
        print(
            f"  {seconds(caused)} later than alone, "
            f"{caused.median / interval:.2f} switch intervals; "
            f"the CPU-bound thread got {share:.0%} of a core",
            flush=True,
        )
        busy.append(
            {
                "interval": interval,
                "config": key,
                "naps": NAPS[interval],
                "lateness": late,
                "extra": measured["differences"][key],
                "spinner_share": share,
            }
        )
    print(
        f"{len(history)} rounds, ended by {measured['stopped']}.", flush=True
    )
    print(measure.describe(measured["noise"]), flush=True)
    measure.emit(
        {
            "machine": facts,
            "default_interval": default,
            "nap": NAP,
            "idle": {
                "config": "alone",
                "naps": NAPS["alone"],
                "lateness": idle,
            },
            "busy": busy,
            "measurement": measured,
        }
    )
