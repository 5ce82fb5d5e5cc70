"""MkDocs hook: lets pages import snippet_runner and points it at this site's snippets/ folder."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from snippet_runner.run import config as runner_config


def on_config(config):
    runner_config.project = Path(config.config_file_path).resolve().parent
    return config
