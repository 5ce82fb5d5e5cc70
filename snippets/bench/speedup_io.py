"""I/O-bound work: many requests to a local HTTP server that waits before
each answer."""

# --8<-- [start:main]
import functools

import harness  # beside this file, like workloads
import workloads

WORKERS = [4, 8, 16]


def main() -> None:
    count, delay = workloads.REQUESTS, workloads.DELAY
    expected = [workloads.body(i) for i in range(count)]
    print(
        f"{count} requests, {delay * 1000:g} ms each on the server;",
        "every configuration once per round, every body checked.",
        flush=True,
    )
    with (
        harness.Benchmark("io", requests=count, delay=delay) as bench,
        workloads.http_server(delay) as port,
    ):
        requests = [(port, i) for i in range(count)]
        for strategy in (*harness.STRATEGIES, "asyncio"):
            if reason := harness.unavailable(strategy):
                bench.skip(strategy, reason)
                continue
            for workers in [1] if strategy == "sequential" else WORKERS:
                if strategy == "asyncio":
                    # Warm-up: one request per worker.
                    workloads.fetch_all_asyncio(port, workers, workers)
                    work = functools.partial(
                        workloads.fetch_all_asyncio, port, count, workers
                    )
                    bench.add("http", strategy, workers, work, expected)
                else:
                    fetch = workloads.fetch
                    bench.add_pool(
                        "http", strategy, workers, fetch, requests, expected
                    )
        # The idealised case: the same waits as time.sleep, no network and no
        # server.
        naps = [(delay, i) for i in range(count)]
        for strategy, counts in (("sequential", [1]), ("threads", WORKERS)):
            for workers in counts:
                bench.add_pool(
                    "sleep", strategy, workers, workloads.nap, naps, expected
                )
        bench.measure()
    # --8<-- [end:main]
    bench.emit()


if __name__ == "__main__":
    main()
