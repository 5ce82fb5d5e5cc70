"""Two workloads with known answers: counting primes (CPU-bound) and slow
HTTP requests (I/O-bound).

Everything a worker runs is a module-level function here, so worker
processes (spawn, forkserver), subinterpreters and notebooks can import it by
name.
"""

import asyncio
import contextlib
import http.client
import math
import multiprocessing
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# CPU: count the primes below PRIME_LIMIT * BENCH_SCALE by trial division,
# split into TASKS tasks: task r takes the numbers r, r + TASKS,
# r + 2 * TASKS, ... An odd TASKS gives every task as many odd numbers (the
# costly ones) as even ones, so every task costs about the same.
PRIME_LIMIT = 400_000
TASKS = 31

# I/O: REQUESTS requests to a local server that waits DELAY seconds before it
# answers each.
REQUESTS = 16
DELAY = 0.05


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    factor = 3
    while factor * factor <= n:
        if n % factor == 0:
            return False
        factor += 2
    return True


def count_primes(start: int, stop: int, step: int) -> int:
    """How many of start, start + step, ... (below stop) are prime:
    pure-Python work."""
    # A plain loop rather than sum(<generator expression>): on CPython 3.14.7
    # a generator expression in a function run by InterpreterPoolExecutor
    # failed to see module globals.
    found = 0
    for n in range(start, stop, step):
        if is_prime(n):
            found += 1
    return found


def count_primes_noted(
    tasks: list[tuple[int, int, int]], every: int
) -> tuple[list[int], list[float]]:
    """count_primes for each task, also noting time.perf_counter() every
    ``every`` numbers: the notes show when the worker was running (see
    who_ran_when_primes.py)."""
    counts, notes = [], []
    for start, stop, step in tasks:
        found = 0
        for i, n in enumerate(range(start, stop, step)):
            if is_prime(n):
                found += 1
            if i % every == 0:
                notes.append(time.perf_counter())
        counts.append(found)
    notes.append(time.perf_counter())
    return counts, notes


def prime_tasks(limit: int, tasks: int = TASKS) -> list[tuple[int, int, int]]:
    return [(start, limit, tasks) for start in range(tasks)]


def expected_prime_counts(limit: int, tasks: int = TASKS) -> list[int]:
    """The answer of each task, from a sieve of Eratosthenes: another method,
    same answer."""
    sieve = bytearray([1]) * limit
    sieve[: min(limit, 2)] = bytes(min(limit, 2))
    for n in range(2, math.isqrt(max(limit - 1, 0)) + 1):
        if sieve[n]:
            sieve[n * n :: n] = bytes(len(range(n * n, limit, n)))
    return [sum(sieve[start::tasks]) for start in range(tasks)]


def body(i: int) -> bytes:
    """What the server answers to request ``i``: the client checks every byte
    of it."""
    return f"item {i}\n".encode()


class SlowHandler(BaseHTTPRequestHandler):
    """Answers GET /item/<i> with body(i) after the server's delay, like a
    slow backend."""

    def do_GET(self) -> None:
        prefix = "/item/"
        if not (
            self.path.startswith(prefix) and self.path[len(prefix) :].isdigit()
        ):
            self.send_error(404)
            return
        time.sleep(self.server.delay)
        payload = body(int(self.path[len(prefix) :]))
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format, *args) -> None:
        pass  # one line per request would drown the program's output


class SlowServer(ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog (5) would drop simultaneous connections.
    request_queue_size = 128


def serve(conn, delay: float) -> None:
    """Run the server on a free port of 127.0.0.1 and send that port back
    through ``conn``."""
    with SlowServer(("127.0.0.1", 0), SlowHandler) as server:
        server.delay = delay
        conn.send(server.server_address[1])
        conn.close()
        server.serve_forever()


@contextlib.contextmanager
def http_server(delay: float = DELAY):
    """A SlowServer in its own process for the duration of the block; yields
    its port."""
    receiver, sender = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.Process(
        target=serve, args=(sender, delay), daemon=True
    )
    process.start()
    try:
        yield receiver.recv()
    finally:
        process.terminate()
        process.join()


def fetch(port: int, i: int) -> bytes:
    """GET /item/<i> with http.client (blocking); the body of a 200 answer."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", f"/item/{i}")
        response = conn.getresponse()
        payload = response.read()
    finally:
        conn.close()
    if response.status != 200:
        raise RuntimeError(f"request {i}: HTTP {response.status}")
    return payload


async def fetch_async(port: int, i: int) -> bytes:
    """The same request over a raw asyncio stream, in HTTP/1.0 (the server
    closes at the end)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET /item/{i} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    answer = await reader.read()
    writer.close()
    await writer.wait_closed()
    head, _, payload = answer.partition(b"\r\n\r\n")
    if head.split(b" ", 2)[1:2] != [b"200"]:
        raise RuntimeError(f"request {i}: {head[:40]!r}")
    return payload


async def fetch_all_async(port: int, count: int, workers: int) -> list[bytes]:
    """``count`` requests, at most ``workers`` at a time, on one thread."""
    limit = asyncio.Semaphore(workers)

    async def one(i: int) -> bytes:
        async with limit:
            return await fetch_async(port, i)

    return list(await asyncio.gather(*(one(i) for i in range(count))))


def nap(delay: float, i: int) -> bytes:
    """The idealised I/O task: wait without any work, then give the expected
    answer."""
    time.sleep(delay)
    return body(i)


def fetch_all_asyncio(port: int, count: int, workers: int) -> list[bytes]:
    """fetch_all_async in a fresh event loop: one call is one complete run."""
    return asyncio.run(fetch_all_async(port, count, workers))
