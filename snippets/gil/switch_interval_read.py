"""How long a thread may run Python code before it is asked to hand over the GIL."""

import sys
from pathlib import Path

sys.path.insert(
    0, str(Path(__file__).resolve().parents[1])
)  # snippets/, for measure.py
import measure

if __name__ == "__main__":
    interval = sys.getswitchinterval()
    print(
        f"sys.getswitchinterval() = {interval} s ({interval * 1e6:g} µs)",
        flush=True,
    )
    measure.emit({"switch_interval": interval})
