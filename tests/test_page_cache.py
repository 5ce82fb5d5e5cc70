"""The writer's loop (SNIPPETS_CACHE=reuse, nox -s serve): a page is taken from disk only while
nothing it depends on changed, and then it is the page a new rendering makes; interpreters'
facts are kept per binary; mkdocs-jupyter's converters load when a notebook needs them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from concurrency_live.running import fingerprint
from tests.conftest import PROJECT
from tests.test_runner import FIXTURES, MKDOCS_YML

BLOCK = '```python exec="on"\nfrom concurrency_live import show; print(show({!r}))\n```\n'


@pytest.fixture
def site(tmp_path):
    """A throwaway project with one page that shows (and publishes) a fixture program."""
    shutil.copytree(FIXTURES, tmp_path / "snippets")
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML)
    page(tmp_path, "Some prose.", "bad/ok_with_helper.py")
    return tmp_path


def page(project: Path, prose: str, *snippets: str) -> None:
    blocks = "\n".join(BLOCK.format(s) for s in snippets)
    (project / "docs" / "index.md").write_text(f"# Test\n\n{prose}\n\n{blocks}")


def build(project: Path, mode: str = "reuse", strict: bool = True) -> str:
    """Build (verbose, so that the page cache says what it did); returns the log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SNIPPETS_CACHE": mode}
    command = [sys.executable, "-m", "mkdocs", "build", "--verbose"]
    result = subprocess.run(
        command + (["--strict"] if strict else []),
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 or not strict, result.stderr
    return result.stderr


def taken(log: str) -> bool:
    return "index.md: taken from" in log


def rendered(log: str) -> bool:
    return "index.md: rendered" in log


def files_of(site: Path) -> dict[str, bytes]:
    """Every file of a built site, but the time of the build MkDocs' own theme writes."""
    return {
        str(path.relative_to(site)): re.sub(rb"Build Date UTC : [^\n]*", b"", path.read_bytes())
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_a_second_build_takes_the_page_from_disk_and_makes_the_same_site(site):
    first = build(site)
    assert rendered(first) and not taken(first)
    before = files_of(site / "site")
    second = build(site)
    assert taken(second) and not rendered(second)
    assert "snippets/bad/ok_with_helper.py" not in second  # not even asked of the runner
    # Every file: the page, its search entries, the program it publishes for download.
    assert files_of(site / "site") == before
    assert "hello from the helper" in (site / "site" / "index.html").read_text()


def test_an_edit_of_the_prose_a_program_or_a_module_it_imports_renders_the_page_again(site):
    build(site)
    page(site, "Other prose.", "bad/ok_with_helper.py")
    assert rendered(build(site))
    assert "Other prose." in (site / "site" / "index.html").read_text()
    assert taken(build(site))

    program = site / "snippets" / "bad" / "ok_with_helper.py"
    program.write_text(program.read_text() + '\nprint("a line added")\n')
    assert rendered(build(site))
    assert "a line added" in (site / "site" / "index.html").read_text()

    helper = site / "snippets" / "bad" / "helper.py"  # the module the program imports
    helper.write_text(helper.read_text() + "\n# edited\n")
    assert rendered(build(site))
    assert taken(build(site))
    # Only the entry the last build used stays (this site has no search index).
    assert len(list((site / ".cache" / "pages").glob("*.json"))) == 1


def test_a_page_whose_run_left_the_cache_runs_it_again(site):
    build(site)
    for cached in (site / ".cache" / "snippets").glob("*.json"):
        cached.unlink()
    log = build(site)
    assert rendered(log)
    assert "snippet snippets/bad/ok_with_helper.py:" in log and "(cached)" not in log


def test_a_page_that_warned_is_rendered_and_warns_again(site):
    page(site, "Some prose.", "bad/not_there.py")
    for _ in range(2):
        log = build(site, strict=False)
        assert rendered(log) and "snippets/bad/not_there.py does not exist" in log


def test_fresh_builds_neither_take_nor_keep_pages(site):
    build(site)  # reuse: keeps the page
    log = build(site, mode="fresh")
    assert not taken(log) and not rendered(log)
    assert "snippet snippets/bad/ok_with_helper.py:" in log  # ran again


# --- Interpreters' facts ------------------------------------------------------------------------


def test_reuse_keeps_an_interpreters_facts_until_its_binary_changes(tmp_path, monkeypatch):
    wrapper = tmp_path / "python"
    wrapper.write_text(f'#!/bin/sh\nexec {sys.executable} "$@"\n')
    wrapper.chmod(0o755)
    monkeypatch.setattr(fingerprint, "SNIPPETS", PROJECT / "snippets")
    monkeypatch.setenv("SNIPPETS_CACHE", "reuse")
    probes = []
    real_probe = fingerprint._run_probe
    monkeypatch.setattr(fingerprint, "_run_probe", lambda *a: probes.append(a) or real_probe(*a))
    kept = fingerprint._kept_at(str(wrapper), ())
    monkeypatch.setattr(fingerprint, "_kept_at", lambda p, e: tmp_path / kept.name)

    facts = fingerprint._probe.__wrapped__(str(wrapper), ())
    assert facts == fingerprint._probe.__wrapped__(str(wrapper), ())
    assert len(probes) == 1  # the second time from disk
    assert facts["version"] == f"{sys.version_info.major}.{sys.version_info.minor}." + str(
        sys.version_info.micro
    )

    monkeypatch.undo()
    os.utime(wrapper, ns=(0, 0))  # the binary changed: its facts are looked for elsewhere
    assert fingerprint._kept_at(str(wrapper), ()) != kept
    assert fingerprint._kept_at(str(wrapper), (("PYTHON_GIL", "1"),)) != kept


# --- Deferred imports ---------------------------------------------------------------------------

DEFERRED_CHECK = """
import sys
from concurrency_live.site_hooks import writers_loop
for name in writers_loop.DEFERRED:
    writers_loop.defer(name)
import mkdocs_jupyter.plugin as plugin
assert "nbconvert" not in sys.modules and "jupytext.formats" not in sys.modules, "imported"
assert callable(plugin.convert.nb2html)  # the first name read imports the real module
assert "nbconvert" in sys.modules
assert callable(plugin.jupytext.read)
print("ok")
"""


def test_mkdocs_jupyters_converters_load_when_first_used():
    result = subprocess.run(
        [sys.executable, "-c", DEFERRED_CHECK],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip() == "ok", result.stderr


# --- The whole site -----------------------------------------------------------------------------


@pytest.mark.slow
def test_the_whole_site_taken_from_disk_is_the_site_rendered_again(built_site, tmp_path):
    """Every page of both languages, their search index and published files: a copy of the
    project with the runs of this session's build, built twice in reuse mode."""
    copy = tmp_path / "project"
    for part in ("docs", "snippets", "concurrency_live", "overrides"):
        shutil.copytree(PROJECT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "mkdocs.yml", copy)
    for cache in ("snippets", "notebooks", "fingerprints"):
        if (PROJECT / ".cache" / cache).is_dir():
            shutil.copytree(PROJECT / ".cache" / cache, copy / ".cache" / cache)
    first = build(copy)
    before = files_of(copy / "site")
    second = build(copy)
    assert "rendered (" in first and "taken from" in second and "rendered (" not in second
    runs = [line for line in second.splitlines() if "snippet snippets/" in line]
    assert all(line.endswith("(cached)") for line in runs)  # no program ran
    assert "ran in" not in second  # nor the notebook
    assert files_of(copy / "site") == before


def test_the_writers_loop_looks_for_changed_files_five_times_as_often_as_mkdocs():
    check = (
        "from concurrency_live.site_hooks import writers_loop as w\n"
        "from mkdocs.livereload import LiveReloadServer as S\n"
        "before = S(builder=lambda: None, host='127.0.0.1', port=0, root='.').observer.timeout\n"
        "w.poll_often(); w.poll_often()\n"
        "after = S(builder=lambda: None, host='127.0.0.1', port=0, root='.').observer.timeout\n"
        "print(before, after)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], cwd=PROJECT, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["0.5", "0.1"], result.stderr


def test_a_page_that_reads_other_pages_is_rendered_again_when_one_changes(site):
    """The about page lists every page's title: its blocks read docs/ through pages.about."""
    reader = (
        '```python exec="on"\n'
        'from concurrency_live import pages; print(pages.about.title("other.md"))\n'
        "```\n"
    )
    (site / "docs" / "index.md").write_text(f"# Test\n\n{reader}")
    (site / "docs" / "plain.md").write_text("# Plain\n\nNo blocks.\n")
    (site / "docs" / "other.md").write_text("# First title\n")
    build(site)
    assert "First title" in (site / "site" / "index.html").read_text()
    (site / "docs" / "other.md").write_text("# Second title\n")
    log = build(site)
    assert "index.md: rendered" in log and "plain.md: taken from" in log
    assert "Second title" in (site / "site" / "index.html").read_text()


def test_a_page_from_disk_publishes_its_files_whatever_other_pages_do(site):
    """Two pages offer the same program for download; the first stops showing it while the
    second is taken from disk: the file is still published for the second."""
    block = BLOCK.format("bad/ok_with_helper.py")
    (site / "docs" / "second.md").write_text(f"# Second\n\n{block}")
    build(site)
    page(site, "No program any more.")
    log = build(site)
    assert "second.md: taken from" in log
    html = (site / "site" / "second" / "index.html").read_text()
    href = re.search(r'<a class="snippet-file" href="([^"]+)"', html)[1]
    published = (site / "site" / "second" / href).resolve()
    assert published.read_text() == (site / "snippets/bad/ok_with_helper.py").read_text()
