"""Run original_processes.py as a reader would, with another start method.

    python snippets/seed/original_under.py spawn

sets the start method, then runs the program as __main__, exactly as
``python snippets/seed/original_processes.py`` would under that default.
"""

import multiprocessing
import runpy
import sys
from pathlib import Path

if __name__ == "__main__":
    method = sys.argv[1]
    print(f"start method: {method}", flush=True)
    multiprocessing.set_start_method(method)
    program = Path(__file__).with_name("original_processes.py")
    runpy.run_path(str(program), run_name="__main__")
