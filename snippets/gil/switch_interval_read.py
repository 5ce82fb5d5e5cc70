"""How long a thread may run Python code before it is asked to hand over the
GIL."""

# --8<-- [start:imports]
import sys

# --8<-- [end:imports]
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:main]
if __name__ == "__main__":
    interval = sys.getswitchinterval()
    print(
        f"sys.getswitchinterval() = {interval} s ({interval * 1e6:g} µs)",
        flush=True,
    )
    # --8<-- [end:main]
    measure.emit({"switch_interval": interval})
