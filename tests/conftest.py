"""Shared fixtures: run a snippet the way a reader would, and find the project's folders."""

from __future__ import annotations

import ast
import contextlib
import json
import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from concurrency_live.pages import gil
from concurrency_live.running.fingerprint import fingerprint

# Most machines do not export PYTHONUNBUFFERED (the developers' machine does): the suite runs
# as it would there, so no test passes only because a child's output was unbuffered.
os.environ.pop("PYTHONUNBUFFERED", None)

PROJECT = Path(__file__).resolve().parent.parent
SNIPPETS = PROJECT / "snippets"


@dataclass
class Ran:
    returncode: int
    output: str
    results: dict | None

    @property
    def lines(self) -> list[str]:
        return self.output.splitlines()


def run_snippet(snippet: str, tmp_path: Path, *args: str, timeout: float = 240) -> Ran:
    """Run ``python snippets/<snippet>`` from the project root, as a reader would."""
    results = tmp_path / f"{snippet.replace('/', '_')}.json"
    env = {**os.environ, "SNIPPET_RESULTS": str(results)}
    proc = subprocess.run(
        [sys.executable, f"snippets/{snippet}", *args],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
        start_new_session=True,
    )
    data = json.loads(results.read_text()) if results.exists() else None
    return Ran(proc.returncode, proc.stdout, data)


@pytest.fixture
def snippet(tmp_path):
    """``snippet("topic/name.py")`` runs it and returns a Ran (exit code, output, results)."""
    return lambda name, *args, **kw: run_snippet(name, tmp_path, *args, **kw)


# .ci/run sets it: a test marked free_threaded then fails, not skips, when the interpreter is
# missing, so CI cannot pass with every GIL-off path untested. "" or "0": not required.
REQUIRE_FREE_THREADED = "REQUIRE_FREE_THREADED"


def find_free_threaded() -> tuple[str | None, str | None]:
    """``(python, None)`` for the free-threaded interpreter named by FREE_THREADED_PYTHON (found
    as the site's build finds it), or ``(None, why)`` when there is none to run. The probe of
    the interpreter runs once per session (``fingerprint`` caches it)."""
    asked = os.environ.get(gil.FREE_THREADED_VAR) or gil.FREE_THREADED_DEFAULT
    python = gil.free_threaded_python()
    if python is None:
        return None, f"no interpreter at {asked} ({gil.FREE_THREADED_VAR})"
    try:
        build = fingerprint(python)["free_threaded_build"]
    except (OSError, subprocess.SubprocessError, ValueError, KeyError) as error:
        return None, f"{python} ({gil.FREE_THREADED_VAR}) does not start: {error}"
    if not build:
        return None, f"{python} ({gil.FREE_THREADED_VAR}) is not a free-threaded build"
    return python, None


def free_threaded_python() -> str:
    """The free-threaded interpreter, for a test that runs programs under it: skips the test
    when there is none, fails it instead when REQUIRE_FREE_THREADED is set."""
    python, why = find_free_threaded()
    if python is not None:
        return python
    if os.environ.get(REQUIRE_FREE_THREADED, "") not in ("", "0"):
        pytest.fail(f"{REQUIRE_FREE_THREADED} is set, but {why}", pytrace=False)
    pytest.skip(f"no free-threaded interpreter: {why}")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> None:
    """A test marked ``free_threaded`` needs the free-threaded interpreter (see above): checked
    as the test starts, so that a missing one is reported as the test's failure."""
    if item.get_closest_marker("free_threaded"):
        free_threaded_python()


def constants(snippet: str) -> dict[str, object]:
    """The module-level constants (NAME = literal) of ``snippets/<snippet>``."""
    tree = ast.parse((SNIPPETS / snippet).read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.isupper():
                with contextlib.suppress(ValueError):  # not a literal: not a parameter
                    found[target.id] = ast.literal_eval(node.value)
    return found


def prose(page: str) -> str:
    """``docs/<page>`` with its line breaks and runs of spaces made single spaces."""
    return " ".join((PROJECT / "docs" / page).read_text(encoding="utf-8").split())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Where the browser tests serve the site. The build must know it: Material's instant
# navigation only follows links whose host and port match the sitemap's (site_url).
# TEST_SITE_DIR and TEST_SITE_URL let a developer test a site built earlier with that SITE_URL.
SITE_URL = os.environ.get("TEST_SITE_URL") or f"http://127.0.0.1:{free_port()}/concurrency-live/"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """One strict build of the whole site per test session, shared by the site and browser tests."""
    if os.environ.get("TEST_SITE_DIR"):
        return Path(os.environ["TEST_SITE_DIR"])
    out = tmp_path_factory.mktemp("site")
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SNIPPETS_CACHE": "fresh",
        "SITE_URL": SITE_URL,
    }
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    return out
