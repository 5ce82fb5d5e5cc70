"""Kill a Dask worker process while it runs tasks: the results still come
back, complete."""

import os
import signal
import sys
import time
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import distributed
import loopback  # beside this file: a Dask cluster on 127.0.0.1

import bench.harness as harness
import bench.workloads as workloads
import measure

# --8<-- [start:kill]
RESTART_TIMEOUT = 60  # seconds to wait for the nanny to start a new worker


def busy_worker(client, futures) -> tuple[str, list]:
    """A worker that has tasks in hand, and those tasks."""
    while not all(future.done() for future in futures):
        for worker, keys in client.processing().items():
            if keys:
                return worker, keys
        time.sleep(0.01)
    raise RuntimeError("every task finished before a worker could be killed")


def replaced(client, victim: str, workers: int) -> bool:
    """Wait until the scheduler has dropped ``victim`` and counts ``workers``
    workers again."""
    deadline = time.monotonic() + RESTART_TIMEOUT
    while time.monotonic() < deadline:
        known = client.scheduler_info()["workers"]
        if victim not in known and len(known) == workers:
            return True
        time.sleep(0.1)
    return False


def main() -> None:
    cores = harness.usable_cores()
    limit = int(workloads.PRIME_LIMIT * harness.scale())
    tasks = workloads.prime_tasks(limit)
    expected = workloads.expected_prime_counts(limit)
    with loopback.cluster(cores) as client:
        before = loopback.worker_pids(client)
        futures = client.map(
            workloads.count_primes, *zip(*tasks, strict=True), pure=False
        )
        print(
            f"{len(futures)} tasks submitted to {len(before)} workers.",
            flush=True,
        )

        # After the first answer the workers are busy with the next tasks:
        # kill one of them.
        distributed.wait(futures, return_when="FIRST_COMPLETED")
        victim, in_hand = busy_worker(client, futures)
        held = [
            key
            for key, where in client.who_has(futures).items()
            if victim in where
        ]
        os.kill(before[victim], signal.SIGKILL)
        print(
            "Killed a worker with SIGKILL.",
            f"It had {len(in_hand)} unfinished task(s) in hand",
            f"and held {len(held)} finished result(s).",
            flush=True,
        )

        # The scheduler runs the lost tasks again.
        answers = client.gather(futures)
        complete = answers == expected
        print(
            f"gather() returned {len(answers)} answers",
            f"for {len(tasks)} tasks:",
            "all equal to the sieve's."
            if complete
            else "NOT the sieve's answers.",
            flush=True,
        )
        restarted = replaced(client, victim, cores)
        after = loopback.worker_pids(client)
        print(
            "The nanny started a new worker process in its place."
            if restarted
            else f"No new worker within {RESTART_TIMEOUT} s.",
            flush=True,
        )
    # --8<-- [end:kill]
    measure.emit(
        {
            "tasks": len(tasks),
            "answers": len(answers),
            "counts": answers,
            "correct": complete,
            "restarted": restarted,
            "killed_pid": before[victim],
            "in_hand": len(in_hand),
            "results_held": len(held),
            "pids_before": sorted(before.values()),
            "pids_after": sorted(after.values()),
        }
    )
    if not (complete and restarted):
        sys.exit(1)


if __name__ == "__main__":
    main()
