"""The bytecode of the seed's print_numbers, compiled by this interpreter."""

# --8<-- [start:imports]
import dis

# --8<-- [end:imports]
import sys
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:main]
from seed.numbers_letters_threads import print_numbers

if __name__ == "__main__":
    dis.dis(print_numbers)
    # --8<-- [end:main]
    sys.stdout.flush()
    instructions = [
        {"opname": i.opname, "argval": str(i.argval), "argrepr": i.argrepr}
        for i in dis.get_instructions(print_numbers)
    ]
    measure.emit({"function": "print_numbers", "instructions": instructions})
