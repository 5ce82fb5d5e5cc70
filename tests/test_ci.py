"""CI gates: a test that needs the free-threaded interpreter skips without it, and fails instead
when REQUIRE_FREE_THREADED is set (as .ci/run sets it); .ci/run and the GitHub workflow run lint
and the tests with everything they need from inside the repository."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from concurrency_live.pages import gil
from tests.conftest import PROJECT, REQUIRE_FREE_THREADED, free_threaded_python

CI_RUN = PROJECT / ".ci" / "run"
WORKFLOW = PROJECT / ".github" / "workflows" / "site.yml"


def fake_python(tmp_path: Path, name: str, script: str) -> str:
    """An executable that stands in for an interpreter: ``script`` is its shell body."""
    path = tmp_path / name
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(0o755)
    return str(path)


def answering(tmp_path: Path, name: str, build: bool) -> str:
    """A fake interpreter whose probe says whether it is a free-threaded build."""
    return fake_python(tmp_path, name, f"echo '{{\"free_threaded_build\": {str(build).lower()}}}'")


@pytest.fixture
def ask(monkeypatch):
    """``ask(python, required)`` sets FREE_THREADED_PYTHON and REQUIRE_FREE_THREADED and calls
    the helper; returns the path, or how the test was stopped ("skip" or "fail") and why."""

    def call(python: str, required: str | None) -> tuple[str, str]:
        monkeypatch.setenv(gil.FREE_THREADED_VAR, python)
        if required is None:
            monkeypatch.delenv(REQUIRE_FREE_THREADED, raising=False)
        else:
            monkeypatch.setenv(REQUIRE_FREE_THREADED, required)
        try:
            return "ran", free_threaded_python()
        except pytest.skip.Exception as stop:
            return "skip", str(stop)
        except pytest.fail.Exception as stop:
            return "fail", str(stop)

    return call


@pytest.mark.parametrize(
    ("required", "outcome"), [(None, "skip"), ("", "skip"), ("0", "skip"), ("1", "fail")]
)
def test_a_missing_interpreter_skips_unless_required(ask, tmp_path, required, outcome):
    nowhere = str(tmp_path / "no" / "python3.14t")
    how, why = ask(nowhere, required)
    assert how == outcome
    assert f"no interpreter at {nowhere} (FREE_THREADED_PYTHON)" in why
    assert (f"{REQUIRE_FREE_THREADED} is set" in why) is (outcome == "fail")


@pytest.mark.parametrize(("required", "outcome"), [(None, "skip"), ("1", "fail")])
def test_an_interpreter_with_the_gil_counts_as_missing(ask, tmp_path, required, outcome):
    python = answering(tmp_path, f"python-gil-{required}", build=False)
    how, why = ask(python, required)
    assert how == outcome
    assert f"{python} (FREE_THREADED_PYTHON) is not a free-threaded build" in why


@pytest.mark.parametrize(("required", "outcome"), [(None, "skip"), ("1", "fail")])
def test_an_interpreter_that_does_not_start_counts_as_missing(ask, tmp_path, required, outcome):
    python = fake_python(tmp_path, f"python-broken-{required}", "exit 3")
    how, why = ask(python, required)
    assert how == outcome
    assert f"{python} (FREE_THREADED_PYTHON) does not start" in why


@pytest.mark.parametrize("required", [None, "1"])
def test_a_free_threaded_interpreter_is_returned(ask, tmp_path, required):
    python = answering(tmp_path, f"python-ft-{required}", build=True)
    assert ask(python, required) == ("ran", python)


def run_free_threaded_tests(python: str, required: str | None) -> subprocess.CompletedProcess:
    """Run the tests marked free_threaded in test_gil.py and test_ipc.py in a fresh pytest,
    with FREE_THREADED_PYTHON set to ``python`` (each stops before running a program: with
    no interpreter there is nothing to run)."""
    env = {**os.environ, gil.FREE_THREADED_VAR: python}
    env.pop(REQUIRE_FREE_THREADED, None)
    if required is not None:
        env[REQUIRE_FREE_THREADED] = required
    modules = ["tests/test_gil.py", "tests/test_ipc.py"]
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-m", "free_threaded", *modules],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


def counts(output: str) -> dict[str, int]:
    """pytest's last line as numbers: {"skipped": 11, "deselected": 150, ...}."""
    last = output.strip().splitlines()[-1]
    return {word: int(n) for n, word in re.findall(r"(\d+) (\w+)", last)}


def test_the_gil_off_tests_fail_when_required_and_skip_otherwise(tmp_path):
    """What .ci/run relies on: with REQUIRE_FREE_THREADED=1 and no interpreter, every test
    marked free_threaded fails (pytest exits 1); without it, every one of them skips."""
    nowhere = str(tmp_path / "python3.14t")
    required = run_free_threaded_tests(nowhere, "1")
    assert required.returncode == 1, required.stdout + required.stderr
    failed = counts(required.stdout)
    assert failed["failed"] >= 5, required.stdout
    assert failed.keys() == {"failed", "deselected"}, required.stdout
    assert f"REQUIRE_FREE_THREADED is set, but no interpreter at {nowhere}" in required.stdout

    relaxed = run_free_threaded_tests(nowhere, None)
    assert relaxed.returncode == 0, relaxed.stdout + relaxed.stderr
    skipped = counts(relaxed.stdout)
    assert skipped == {"skipped": failed["failed"], "deselected": failed["deselected"]}


def test_every_test_finds_the_free_threaded_interpreter_through_the_helper():
    """No test names the interpreter itself: FREE_THREADED_PYTHON, read by the helper."""
    for module in sorted((PROJECT / "tests").glob("test_*.py")):
        if module.name == "test_ci.py":
            continue
        text = module.read_text(encoding="utf-8")
        assert "/opt/py-ft" not in text, module.name
        # test_gil.py tests the site's own lookup, which the helper calls.
        if module.name != "test_gil.py":
            assert "gil.free_threaded_python()" not in text, module.name
        if "free_threaded_python()" in text:
            assert "@pytest.mark.free_threaded" in text, module.name


def test_ci_run_uses_only_what_the_repository_holds():
    text = CI_RUN.read_text(encoding="utf-8")
    assert "../" not in text  # a fresh clone has nothing beside it
    scripts = re.findall(r"bash (\S+\.sh)", text)
    assert scripts == ["tools/free-threaded-python.sh"]
    assert all((PROJECT / script).is_file() for script in scripts)
    # Required after the attempt to build it, whatever its outcome.
    build = text.index("tools/free-threaded-python.sh")
    assert text.index(f"export {REQUIRE_FREE_THREADED}=1") > build
    assert text.index("export REQUIRE_BROWSER=1") < text.index("nox -s tests")
    assert text.rstrip().endswith("nox -s lint\nnox -s tests")


def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True)  # YAML 1.1 reads the key `on` as true
    return data


def steps_running(job: dict) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def test_the_workflow_gates_pushes_and_pull_requests_on_lint_and_tests():
    data = workflow()
    assert data["on"]["push"] == {"branches": ["**"]} and "pull_request" in data["on"]
    jobs = data["jobs"]
    assert "nox -s lint" in steps_running(jobs["lint"])
    assert "nox -s tests" in steps_running(jobs["tests"])
    assert "nox -s docs" in steps_running(jobs["build"])
    assert set(jobs["deploy"]["needs"]) == {"lint", "tests", "build"}
    assert "refs/heads/main" in jobs["deploy"]["if"]
    env = next(step["env"] for step in jobs["tests"]["steps"] if step.get("run") == "nox -s tests")
    assert env[REQUIRE_FREE_THREADED] == "1" and env["REQUIRE_BROWSER"] == "1"
    assert env[gil.FREE_THREADED_VAR] == "python3.14t"


@pytest.mark.parametrize("name", ["tests", "build"])
def test_the_workflow_checks_the_interpreter_its_comment_names(name):
    """setup-python makes the last version listed the default `python`; the job asserts that
    this is the version its comment says builds the site or runs the tests."""
    job = workflow()["jobs"][name]
    setup = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python"))
    last = setup["with"]["python-version"].split()[-1]
    major, minor = last.split(".")
    assert f"sys.version_info[:2] == ({major}, {minor})" in " ".join(steps_running(job))
    source = WORKFLOW.read_text(encoding="utf-8")
    assert f"the LAST version listed the default `python`: {last}" in re.sub(
        r"\s*#\s*", " ", source
    )
