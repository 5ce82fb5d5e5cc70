"""The bytecode of the seed's print_numbers, as this interpreter compiled it."""

import dis
import sys
from pathlib import Path

sys.path.insert(
    0, str(Path(__file__).resolve().parents[1])
)  # snippets/, for measure.py
import measure
from seed.numbers_letters_threads import print_numbers

if __name__ == "__main__":
    dis.dis(print_numbers)
    sys.stdout.flush()
    instructions = [
        {"opname": i.opname, "argval": str(i.argval), "argrepr": i.argrepr}
        for i in dis.get_instructions(print_numbers)
    ]
    measure.emit({"function": "print_numbers", "instructions": instructions})
