"""MkDocs hook: lets pages import snippet_runner and points it at this site's snippets/ folder."""

import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from snippet_runner.run import config as runner_config  # noqa: E402
from snippet_runner.run import mode  # noqa: E402


def on_config(config):
    runner_config.project = Path(config.config_file_path).resolve().parent
    # Notebooks: a per-cell timeout, and no stale outputs in a fresh build (mkdocs-jupyter's
    # cache key covers the notebook but not the snippet modules it imports).
    os.environ["JUPYTER_CONFIG_DIR"] = str(HERE / "jupyter")
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is not None:
        jupyter.config["cache"] = mode() == "reuse"
    return config


SOURCE_MAP_COMMENT = re.compile(rb"\n?/[/*]# sourceMappingURL=\S+?(?: \*/)?\s*$")


def on_post_build(config):
    """Ship no source maps: readers never need them, and a dangling reference would 404."""
    site = Path(config.site_dir)
    for source_map in site.rglob("*.map"):
        source_map.unlink()
    for asset in [*site.rglob("*.js"), *site.rglob("*.css")]:
        data = asset.read_bytes()
        stripped = SOURCE_MAP_COMMENT.sub(b"\n", data)
        if stripped != data:
            asset.write_bytes(stripped)
