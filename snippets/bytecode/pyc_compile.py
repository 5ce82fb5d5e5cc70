"""Where .pyc files come from: compile the seed's threads example to a bytecode
file."""

# --8<-- [start:imports]
import importlib.util
import marshal
import py_compile
import sys
import tempfile
from pathlib import Path

# --8<-- [end:imports]
# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:main]
SNIPPETS = Path(__file__).resolve().parents[1]
SOURCE = SNIPPETS / "seed" / "numbers_letters_threads.py"

if __name__ == "__main__":
    print("sys.dont_write_bytecode =", sys.dont_write_bytecode, flush=True)
    cached = Path(importlib.util.cache_from_source(SOURCE))
    print(
        "an import would cache it as", cached.relative_to(SNIPPETS), flush=True
    )

    # Write the .pyc into a temporary folder, not into snippets/.
    with tempfile.TemporaryDirectory() as tmp:
        written = py_compile.compile(
            SOURCE,
            cfile=str(Path(tmp) / cached.name),
            doraise=True,
            # What imports write: checked against the source's mtime and size.
            invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP,
        )
        data = Path(written).read_bytes()
    print(f"py_compile wrote {cached.name}: {len(data)} bytes", flush=True)

    magic, flags = data[0:4], int.from_bytes(data[4:8], "little")
    mtime = int.from_bytes(data[8:12], "little")
    size = int.from_bytes(data[12:16], "little")
    print("bytes 0-3, magic number:", magic.hex(" "), flush=True)
    print(
        "  this interpreter's:   ",
        importlib.util.MAGIC_NUMBER.hex(" "),
        flush=True,
    )
    print(
        "bytes 4-7, flags:",
        flags,
        "(0: checked against the source's time and size)",
        flush=True,
    )
    print(
        "bytes 8-11, source mtime:",
        mtime,
        "=",
        int(SOURCE.stat().st_mtime),
        flush=True,
    )
    print(
        "bytes 12-15, source size:",
        size,
        "=",
        SOURCE.stat().st_size,
        flush=True,
    )

    code = marshal.loads(data[16:])
    functions = [c.co_name for c in code.co_consts if hasattr(c, "co_code")]
    print(
        "the rest: a marshalled code object with functions",
        functions,
        flush=True,
    )
    # --8<-- [end:main]
    measure.emit(
        {
            "dont_write_bytecode": sys.dont_write_bytecode,
            "cache_path": str(cached.relative_to(SNIPPETS)),
            "size": len(data),
            "magic": magic.hex(),
            "interpreter_magic": importlib.util.MAGIC_NUMBER.hex(),
            "functions": functions,
        }
    )
