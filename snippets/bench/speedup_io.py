"""I/O-bound work: many requests to a local HTTP server that waits before each answer."""

import functools

import harness  # beside this file, like workloads
import workloads

WORKERS = [1, 2, 4, 8, 16, 32]


def main() -> None:
    count, delay = workloads.REQUESTS, workloads.DELAY
    expected = [workloads.body(i) for i in range(count)]
    report = harness.Report("io", requests=count, delay=delay)
    print(
        f"{count} requests, {delay * 1000:g} ms each on the server;",
        f"at least {harness.runs()} timed runs after a warm-up, every body checked.",
        flush=True,
    )
    with workloads.http_server(delay) as port:
        requests = [(port, i) for i in range(count)]
        for strategy in (*harness.STRATEGIES, "asyncio"):
            if reason := harness.unavailable(strategy):
                report.skip(strategy, reason)
                continue
            for workers in [1] if strategy == "sequential" else WORKERS:
                if strategy == "asyncio":
                    stats = harness.measure_work(
                        functools.partial(workloads.fetch_all_asyncio, port, count, workers),
                        expected,
                        warmup=functools.partial(
                            workloads.fetch_all_asyncio, port, workers, workers
                        ),
                    )
                else:
                    stats = harness.measure_pool(
                        strategy, workers, workloads.fetch, requests, expected
                    )
                report.add("http", strategy, workers, stats)
    # The idealised case: the same waits as time.sleep, no network and no server.
    # (One thread would only repeat the sequential run: the sleep line starts at two.)
    naps = [(delay, i) for i in range(count)]
    for strategy, counts in (("sequential", [1]), ("threads", WORKERS[1:])):
        for workers in counts:
            stats = harness.measure_pool(strategy, workers, workloads.nap, naps, expected)
            report.add("sleep", strategy, workers, stats)
    report.emit()


if __name__ == "__main__":
    main()
