"""Run one snippet file in a fresh interpreter, with a timeout, and cache what succeeded.

A snippet is run exactly as a reader would run it (``python snippets/<topic>/<name>.py``
from the project root), in a new session so that the whole process group -- children
and grandchildren included -- can be checked and killed when it ends.
"""

from __future__ import annotations

import ast
import concurrent.futures
import contextlib
import dataclasses
import functools
import hashlib
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from concurrency_live.running.fingerprint import fingerprint

log = logging.getLogger("mkdocs.plugins.concurrency_live")

DEFAULT_TIMEOUT = 120.0
# How long processes of a finished snippet may take to go away on their own (multiprocessing's
# resource tracker and forkserver exit just after their parent) before they count as left behind.
LEFTOVER_GRACE = 3.0
TAIL_LINES = 20

# "fresh": run every snippet once per build (nox -s docs, CI).
# "reuse": take successful runs from the cache when nothing they depend on changed (nox -s serve).
MODE_VAR = "SNIPPETS_CACHE"
# Settings a snippet may read from the environment; they are part of its cache key.
SETTING_PREFIXES = ("BENCH_", "SNIPPET_")


@dataclasses.dataclass
class Config:
    project: Path = Path(__file__).resolve().parents[2]

    @property
    def snippets(self) -> Path:
        return self.project / "snippets"

    @property
    def cache(self) -> Path:
        return self.project / ".cache" / "snippets"


config = Config()
_memo: dict[str, Run] = {}
# Runs under way in another thread (see prefetch): run() waits for them instead of starting
# the same program a second time.
_pending: dict[str, concurrent.futures.Future] = {}
_lock = threading.Lock()


@dataclasses.dataclass(frozen=True)
class Run:
    """What one run of a snippet did."""

    snippet: str  # path relative to the snippets folder, "seed/threads.py"
    command: list[str]
    output: str  # stdout and stderr, interleaved as they happened
    elapsed: float  # wall time in seconds, interpreter start-up included
    returncode: int | None  # None when it was killed at the timeout
    interpreter: dict
    results: dict | None  # what the snippet passed to measure.emit(), if anything
    problem: str | None  # why the run failed, or None
    cached: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None

    def tail(self, lines: int = TAIL_LINES) -> str:
        return "\n".join(self.output.rstrip().splitlines()[-lines:])


def mode() -> str:
    value = os.environ.get(MODE_VAR, "fresh")
    if value not in {"fresh", "reuse"}:
        raise ValueError(f"{MODE_VAR} must be 'fresh' or 'reuse', not {value!r}")
    return value


def local_modules(path: Path, root: Path | None = None) -> list[Path]:
    """The snippet's own file and every module under ``root`` that it imports, recursively."""
    path = path.resolve()
    return sorted({path, *imported_modules(path.read_bytes(), path, [root or config.snippets])})


def imported_modules(source: bytes, path: Path, roots: list[Path]) -> set[Path]:
    """The files of the modules that ``source`` (the text of ``path``) imports, found beside the
    importing file or under one of ``roots``, and of the modules they import in turn."""
    # Strings and os.path, not Path: this runs for every block of every page, and each name
    # an import mentions (the standard library's too) is looked for in every folder.
    found = {str(path)}
    todo = [(str(path), source)]
    while todo:
        current, text = todo.pop()
        bases = [os.path.dirname(current), *map(str, roots)]
        for name in imported_names(text, current):
            rel = os.path.join(*name.split("."))
            for base in bases:
                for candidate in (f"{base}/{rel}.py", f"{base}/{rel}/__init__.py"):
                    if os.path.isfile(candidate):
                        module = os.path.realpath(candidate)
                        if module not in found:
                            found.add(module)
                            todo.append((module, Path(module).read_bytes()))
    return {Path(module) for module in found - {str(path)}}


# Every block of every page asks for its snippet's cache key, so a build parses the same few
# modules (measure.py, bench/harness.py) hundreds of times: about half of a rebuild in
# `mkdocs serve`. Parsing depends on the source alone, so it is done once per source text.
@functools.lru_cache(maxsize=1024)
def imported_names(source: bytes, filename: str) -> tuple[str, ...]:
    """The absolute module names a module's source imports, packages included ("a.b.c" imports
    "a" and "a.b" first), in the order they appear."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            # "from bench import workloads" may name a module as well as an attribute.
            modules = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        else:
            continue
        for module in modules:
            parts = module.split(".")
            names.extend(".".join(parts[:end]) for end in range(1, len(parts) + 1))
    return tuple(dict.fromkeys(names))


def cache_key(path: Path, python: str, timeout: float, args: tuple[str, ...], env: dict) -> str:
    digest = hashlib.sha256()
    for module in local_modules(path):
        digest.update(str(module.relative_to(config.project)).encode())
        digest.update(module.read_bytes())
    fp = fingerprint(python, env)
    settings = {
        "python": [fp["executable"], fp["version"], fp["gil_enabled"]],
        "timeout": float(timeout),
        "args": list(args),
        "env": env,
        "environ": {k: v for k, v in os.environ.items() if k.startswith(SETTING_PREFIXES)},
    }
    digest.update(json.dumps(settings, sort_keys=True).encode())
    return digest.hexdigest()[:24]


def run_key(path: Path, python, timeout, args, env, expect_exit) -> str:
    """What a run is remembered and cached by: its cache key and the exit code it expects."""
    return cache_key(path, python, timeout, tuple(args), env) + f"-{expect_exit}"


def cached_run_file(key: str) -> Path:
    return config.cache / f"{key}.json"


def run(
    snippet: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    args: tuple[str, ...] = (),
    env: dict | None = None,
    python: str = sys.executable,
    expect_exit: int = 0,
) -> Run:
    """Run ``snippets/<snippet>`` once per build (or take it from the cache) and return the Run.

    A failure -- missing file, unexpected exit code, timeout, a process left behind -- is
    logged as an MkDocs warning naming the snippet, so a strict build fails on it. It is
    logged once: the failed run is remembered for the rest of the build like a good one.
    """
    path = config.snippets / snippet
    if not path.is_file():
        problem = f"snippet {rel(path)} does not exist"
        log.warning(problem)
        return Run(snippet, [], "", 0.0, None, {}, None, problem)
    env = dict(env or {})
    key = run_key(path, python, timeout, args, env, expect_exit)
    options = {"python": python, "timeout": timeout, "args": list(args), "env": env}
    record = _run_shared(path, key, timeout, args, env, python, expect_exit)
    for runs in _recordings:
        runs.append(
            {"snippet": snippet, **options, "expect_exit": expect_exit, "key": key, "ok": record.ok}
        )
    return record


def _run_shared(path, key, timeout, args, env, python, expect_exit) -> Run:
    """The run of this key: from the memo, from a thread already running it, or run now."""
    with _lock:
        if key in _memo:
            return _memo[key]
        owner = key not in _pending
        if owner:
            _pending[key] = concurrent.futures.Future()
        future = _pending[key]
    if not owner:
        return future.result()
    try:
        record = _run_once(path, key, timeout, args, env, python, expect_exit)
    except BaseException as error:
        future.set_exception(error)
        raise
    finally:
        with _lock:
            _pending.pop(key, None)
    future.set_result(record)
    return record


def _run_once(path, key, timeout, args, env, python, expect_exit) -> Run:
    cache_file = cached_run_file(key)
    if mode() == "reuse" and cache_file.is_file():
        record = Run(**{**json.loads(cache_file.read_text(encoding="utf-8")), "cached": True})
    else:
        record = execute(path, timeout=timeout, args=args, env=env, python=python)
        if record.ok and record.returncode != expect_exit:
            record = dataclasses.replace(record, problem=f"exited with code {record.returncode}")
        if record.ok:
            config.cache.mkdir(parents=True, exist_ok=True)
            cache_file.write_text(json.dumps(dataclasses.asdict(record)), encoding="utf-8")
    log.info(
        "snippet %s: %.1f s%s", rel(path), record.elapsed, " (cached)" if record.cached else ""
    )
    if not record.ok:
        log.warning(
            "snippet %s failed: %s. Last lines of its output:\n%s",
            rel(path),
            record.problem,
            record.tail(),
        )
    # A failure is remembered too (never cached on disk): a page that renders a snippet in
    # several blocks must not run a failing or hanging program once per block.
    with _lock:
        _memo[key] = record
    return record


_recordings: list[list[dict]] = []


@contextlib.contextmanager
def recording():
    """Collect, in the yielded list, every run() made until the block ends: the snippet, its
    options and its cache key (concurrency_live/site_hooks/page_cache.py checks them again)."""
    runs: list[dict] = []
    _recordings.append(runs)
    try:
        yield runs
    finally:
        _recordings.remove(runs)


def prefetch(snippets: list[str]) -> None:
    """Start these snippets now, side by side, each in a thread of its own; a later run()
    with the same options waits for the run instead of starting another.

    Only for programs that spend their time asleep (the overview's examples): two programs
    that time work side by side would disturb each other's figures.
    """
    executor = concurrent.futures.ThreadPoolExecutor(max(1, len(snippets)))
    for snippet in snippets:
        executor.submit(run, snippet)
    executor.shutdown(wait=False)


def rel(path: Path) -> str:
    with contextlib.suppress(ValueError):
        return str(path.relative_to(config.project))
    return str(path)


def execute(
    path: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    args: tuple[str, ...] = (),
    env: dict | None = None,
    python: str = sys.executable,
) -> Run:
    """Start the snippet in a new session, wait for it, then make sure nothing of it survives."""
    with tempfile.TemporaryDirectory(prefix="snippet-") as tmp:
        results_file = Path(tmp) / "results.json"
        child_env = {**os.environ, **(env or {}), "SNIPPET_RESULTS": str(results_file)}
        # Output order must not depend on the machine: snippets flush what they print.
        child_env.pop("PYTHONUNBUFFERED", None)
        child_env["PYTHONIOENCODING"] = "utf-8"
        command = [python, rel(path), *args]
        start = time.perf_counter()
        proc = subprocess.Popen(
            command,
            cwd=config.project,
            env=child_env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        chunks: list[bytes] = []
        reader = threading.Thread(target=lambda: chunks.append(proc.stdout.read()), daemon=True)
        reader.start()
        problem = None
        try:
            returncode: int | None = proc.wait(timeout=timeout)
            elapsed = time.perf_counter() - start
            survivors = _wait_for_group(proc.pid, LEFTOVER_GRACE)
            if survivors:
                problem = (
                    f"left {len(survivors)} process(es) running after it exited "
                    f"(pid {', '.join(map(str, survivors))}); they were killed"
                )
        except subprocess.TimeoutExpired:
            elapsed = time.perf_counter() - start
            returncode = None
            problem = f"timed out after {timeout:g} s; its process group was killed"
        _kill_group(proc.pid)
        if returncode is None:
            proc.wait()
        reader.join(timeout=5)
        proc.stdout.close()
        results = None
        if results_file.is_file():
            results = json.loads(results_file.read_text(encoding="utf-8"))
    output = b"".join(chunks).decode("utf-8", errors="replace")
    if problem is None and returncode is not None and returncode < 0:
        problem = f"was killed by signal {signal.Signals(-returncode).name}"
    return Run(
        snippet=str(path.relative_to(config.snippets))
        if path.is_relative_to(config.snippets)
        else str(path),
        command=["python", rel(path), *args],
        output=output,
        elapsed=elapsed,
        returncode=returncode,
        interpreter=fingerprint(python, env),
        results=results,
        problem=problem,
    )


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes whose process group is ``pgid``."""
    members = []
    proc_root = Path("/proc")
    if not proc_root.is_dir():
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            return []
        return [pgid]
    for entry in proc_root.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        state, pgrp = fields[0], int(fields[2])
        if pgrp == pgid and state not in {"Z", "X"}:
            members.append(int(entry.name))
    return sorted(members)


def _wait_for_group(pgid: int, grace: float) -> list[int]:
    deadline = time.monotonic() + grace
    while (members := group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return members


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
