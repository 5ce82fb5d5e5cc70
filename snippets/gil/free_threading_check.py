"""Is this a free-threaded build, and is the GIL on right now?"""

# --8<-- [start:imports]
import platform
import sys
import sysconfig

# --8<-- [end:imports]
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:main]
if __name__ == "__main__":
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
            "sys._is_gil_enabled() does not exist before Python 3.13:"
            " the GIL is on",
            flush=True,
        )
    # --8<-- [end:main]
    measure.emit({"machine": measure.machine()})
