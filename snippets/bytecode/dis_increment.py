"""The bytecode of `counter += 1`: one line of Python, several instructions."""

# --8<-- [start:imports]
import dis

# --8<-- [end:imports]
import sys
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:main]
counter = 0


def increment():
    global counter
    counter += 1


if __name__ == "__main__":
    dis.dis(increment)
    # --8<-- [end:main]
    sys.stdout.flush()
    instructions = [
        {"opname": i.opname, "argval": str(i.argval), "argrepr": i.argrepr}
        for i in dis.get_instructions(increment)
    ]
    measure.emit({"variable": "counter", "instructions": instructions})
