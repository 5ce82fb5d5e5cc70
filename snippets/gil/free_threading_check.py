"""Is this a free-threaded build, and is the GIL on right now?"""

import platform
import sys
import sysconfig
from pathlib import Path

sys.path.insert(
    0, str(Path(__file__).resolve().parents[1])
)  # snippets/, for measure.py
import measure

if __name__ == "__main__":
    build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    print("Python", platform.python_version(), flush=True)
    print(
        'sysconfig.get_config_var("Py_GIL_DISABLED") =',
        sysconfig.get_config_var("Py_GIL_DISABLED"),
        flush=True,
    )
    if hasattr(sys, "_is_gil_enabled"):  # Python 3.13 and later
        gil = sys._is_gil_enabled()
        print("sys._is_gil_enabled() =", gil, flush=True)
    else:
        gil = True
        print(
            "sys._is_gil_enabled() does not exist before Python 3.13: the GIL is on",
            flush=True,
        )
    measure.emit(
        {
            "python": platform.python_version(),
            "free_threaded_build": build,
            "gil_enabled": gil,
        }
    )
