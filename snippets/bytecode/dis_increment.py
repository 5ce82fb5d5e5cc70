"""The bytecode of `counter += 1`: one line of Python, several instructions."""

import dis
import sys
from pathlib import Path

sys.path.insert(
    0, str(Path(__file__).resolve().parents[1])
)  # snippets/, for measure.py
import measure

counter = 0


def increment():
    global counter
    counter += 1


if __name__ == "__main__":
    dis.dis(increment)
    sys.stdout.flush()
    instructions = [
        {"opname": i.opname, "argval": str(i.argval), "argrepr": i.argrepr}
        for i in dis.get_instructions(increment)
    ]
    measure.emit({"variable": "counter", "instructions": instructions})
