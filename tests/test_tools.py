"""The developer tools: the Lighthouse script finds every page, and its npm lock installs."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import PROJECT

sys.path.insert(0, str(PROJECT / "tools"))
import lighthouse  # tools/ is not a package: found through sys.path above


def test_lighthouse_scores_every_built_page_notebooks_included(tmp_path):
    for page in ("", "gil/", "ko/gil/", "notebooks/measure-it-yourself/"):
        (tmp_path / page).mkdir(parents=True, exist_ok=True)
        (tmp_path / page / "index.html").write_text("<html></html>")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "bundle.js").write_text("")
    assert lighthouse.pages(tmp_path, "http://h/s/") == [
        "http://h/s/",
        "http://h/s/gil/",
        "http://h/s/ko/gil/",
        "http://h/s/notebooks/measure-it-yourself/",
    ]


@pytest.mark.skipif(shutil.which("npm") is None, reason="needs npm (Node.js)")
def test_the_npm_lock_installs_as_committed(tmp_path):
    """`nox -s lighthouse` runs `npm ci`, which refuses a lock out of step with package.json
    (it happened when a dependency asked for a package's 'latest')."""
    for name in ("package.json", "package-lock.json"):
        shutil.copy(PROJECT / name, tmp_path / name)
    check = subprocess.run(
        ["npm", "ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert check.returncode == 0, check.stdout + check.stderr
