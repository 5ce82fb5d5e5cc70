"""The project's entry point: ``nox`` (lint + tests), ``nox -s docs``, ``nox -s serve``."""

from __future__ import annotations

import os

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
BUILD_ENV = {"NO_MKDOCS_2_WARNING": "1"}


def install(session: nox.Session, group: str) -> None:
    """Install a dependency group: from the lock file with uv, else from pyproject.toml."""
    if session.venv_backend == "uv":
        session.run_install(
            "uv",
            "sync",
            "--locked",
            "--no-install-project",
            "--only-group",
            group,
            env={"UV_PROJECT_ENVIRONMENT": session.virtualenv.location},
            silent=True,
        )
    else:
        session.install(*nox.project.dependency_groups(PYPROJECT, group))


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (check + format check) and codespell."""
    install(session, "dev")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("codespell")


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite, including a strict build of the site."""
    install(session, "test")
    session.run("pytest", *session.posargs, env=BUILD_ENV)


@nox.session
def browser(session: nox.Session) -> None:
    """Build the site, serve it with gzip and test it in Chromium (apt-get install chromium
    fonts-noto-cjk)."""
    install(session, "test")
    session.run("pytest", "tests/test_browser.py", *session.posargs, env=BUILD_ENV)


@nox.session
def lighthouse(session: nox.Session) -> None:
    """Lighthouse (mobile, median of 3) on every page, against the budgets it states."""
    install(session, "docs")
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    site_url = "http://127.0.0.1:8765/concurrency-live/"
    env = {**BUILD_ENV, "SITE_URL": site_url}
    session.run("mkdocs", "build", "--strict", "--site-dir", "site-lighthouse", env=env)
    session.run("python", "tools/lighthouse.py", "site-lighthouse", *session.posargs, env=env)


@nox.session
def docs(session: nox.Session) -> None:
    """A strict build into site/, running every snippet afresh."""
    install(session, "docs")
    session.run("mkdocs", "build", "--strict", env={**BUILD_ENV, "SNIPPETS_CACHE": "fresh"})


@nox.session(name="serve")
def serve(session: nox.Session) -> None:
    """Serve the site with live reload, reusing cached runs and pages (a prose edit shows in
    about a second; see README, "The writer's loop")."""
    install(session, "docs")
    address = os.environ.get("SERVE_ADDRESS", "127.0.0.1:8000")
    session.run(
        "python",
        "-m",
        "concurrency_live.site_hooks.writers_loop",
        "serve",
        "--dev-addr",
        address,
        *session.posargs,
        env={**BUILD_ENV, "SNIPPETS_CACHE": "reuse"},
    )
