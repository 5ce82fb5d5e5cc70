"""Facts about an interpreter and the machine it runs on, read by that interpreter itself."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys

# Runs inside the interpreter being described, so it must work on every Python we support.
PROBE = r"""
import json, multiprocessing, os, platform, sys, sysconfig

def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()

usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
print(json.dumps({
    "implementation": platform.python_implementation(),
    "version": platform.python_version(),
    "executable": sys.executable,
    "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "gil_enabled": sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True,
    "start_method": multiprocessing.get_start_method(),
    "cpu_model": cpu_model(),
    "usable_cores": usable,
    "logical_cpus": os.cpu_count(),
    "platform": platform.platform(),
    "machine": platform.machine(),
}))
"""


def fingerprint(python: str = sys.executable, env: dict | None = None) -> dict:
    """Describe ``python`` (a path or command) by running :data:`PROBE` in it.

    ``env`` is what a snippet's run adds to the environment: PYTHON_GIL=1, for one, turns
    the GIL of a free-threaded build back on.
    """
    return _probe(python, tuple(sorted((env or {}).items())))


@functools.cache
def _probe(python: str, env: tuple[tuple[str, str], ...]) -> dict:
    out = subprocess.run(
        [python, "-c", PROBE],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, **dict(env)},
    ).stdout
    return json.loads(out)
