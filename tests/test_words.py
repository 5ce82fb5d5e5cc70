"""The message catalogue (concurrency_live/words/) cannot rot silently.

- Every key used exists, and every key defined is used. A key is *used* where it is written as a
  string literal in the package outside words/: as the first argument of ``t()``, or anywhere
  else (a mapping from a run's value to its key, a claim's statement, a list of column heads).
- No key is assembled: a ``t()`` call takes a literal, a name, or a lookup in a mapping (whose
  keys are written out beside it), and no f-string, ``+``, ``%`` or ``.format()`` in the package
  starts like a message key. An assembled key would hide its use from the two checks above.
- No translation is stale: each Korean entry records the hash of the English it translates,
  and the English of that key still has it.

Each check is a function of the package's sources and the catalogue, so the tests at the end
plant an error of each kind and see it reported.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from concurrency_live import words
from concurrency_live.words import CATALOGUE, MODULES, source_hash, stale
from tests.conftest import PROJECT

PACKAGE = PROJECT / "concurrency_live"
WORDS = PACKAGE / "words"
# A dotted message key: "gil.col_threads", "bench.strategy.threads".
KEY_SHAPE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")
# Dotted literals that name a file, not a message: "measure.py".
FILE_SUFFIXES = {"py", "json", "md", "ipynb", "html", "svg", "txt", "csv", "yml"}


def sources() -> dict[str, str]:
    """Every module of the package but the catalogue's own, by its path in the project."""
    return {
        path.relative_to(PROJECT).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(PACKAGE.rglob("*.py"))
        if WORDS not in path.parents
    }


def _docstrings(tree: ast.AST) -> set[int]:
    owners = ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, owners) and ast.get_docstring(node, clean=False) is not None
    }


def literals(tree: ast.AST) -> list[ast.Constant]:
    """The string literals a key can be written as: not docstrings, not the fixed parts of an
    f-string, not an index into data (``results["machine"]``)."""
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip.update(id(value) for value in node.values)
        elif isinstance(node, ast.Subscript):
            skip.add(id(node.slice))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
    ]


def t_calls(tree: ast.AST) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Name) and node.func.id == "t")
            or (isinstance(node.func, ast.Attribute) and node.func.attr == "t")
        )
        and node.args
    ]


def written_out(node: ast.expr) -> bool:
    """Whether a t() call's key is written out: a literal, a name, an attribute, a lookup
    (``STRATEGY[p.strategy]``, ``ROW_KEYS.get(name)``), or a choice between those."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Name | ast.Attribute | ast.Subscript):
        return True
    if isinstance(node, ast.Call):
        return isinstance(node.func, ast.Attribute) and node.func.attr == "get"
    if isinstance(node, ast.IfExp):
        return written_out(node.body) and written_out(node.orelse)
    if isinstance(node, ast.BoolOp):
        return all(written_out(value) for value in node.values)
    return False


def assembled_head(node: ast.AST) -> str | None:
    """The fixed start of a string built at run time (f-string, +, %, .format()), if any."""
    if isinstance(node, ast.JoinedStr) and node.values:
        first = node.values[0]
        return first.value if isinstance(first, ast.Constant) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        left = node.left
        if isinstance(left, ast.Constant) and isinstance(left.value, str):
            return left.value.split("%")[0] if isinstance(node.op, ast.Mod) else left.value
        return None
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        return node.func.value.value.split("{")[0]
    return None


def check(texts: dict[str, str], keys: set[str]) -> tuple[set[str], list[str]]:
    """The keys ``texts`` use, and what is wrong in them: unknown keys, assembled keys."""
    namespaces = {key.split(".")[0] for key in keys if "." in key}
    starts = {key[:i] for key in keys for i in range(2, len(key))}
    used: set[str] = set()
    problems: list[str] = []
    for path, text in texts.items():
        tree = ast.parse(text, path)
        for node in literals(tree):
            value = node.value
            where = f"{path}:{node.lineno}"
            if value in keys:
                used.add(value)
            elif (
                KEY_SHAPE.fullmatch(value)
                and value.split(".")[0] in namespaces
                and value.rsplit(".", 1)[1] not in FILE_SUFFIXES
            ):
                problems.append(f"{where}: unknown message key {value!r}")
        for call in t_calls(tree):
            key = call.args[0]
            where = f"{path}:{call.lineno}"
            if not written_out(key):
                problems.append(f"{where}: t() key not written out: {ast.unparse(key)}")
            elif isinstance(key, ast.Constant) and key.value not in keys:
                problems.append(f"{where}: unknown message key {key.value!r}")
        for node in ast.walk(tree):
            head = assembled_head(node)
            if head and (head in starts or head in keys):
                problems.append(f"{path}:{node.lineno}: assembled key: {ast.unparse(node)}")
    return used, sorted(set(problems))


def unused(texts: dict[str, str], keys: set[str]) -> list[str]:
    used, _ = check(texts, keys)
    return sorted(keys - used)


def stale_report(found: dict[str, tuple[str, str]], lang: str = "ko") -> str:
    """What a translator reads when English changed under a translation: what to review, where,
    and the hash to record once it is reviewed."""
    lines = [f"{len(found)} {lang} entries translate English that has changed since:"]
    for key, (recorded, current) in sorted(found.items()):
        where = Path(words.module_of(key).__file__).relative_to(PROJECT)
        lines.append(
            f"- {key} in {where}: the English is now {CATALOGUE['en'][key]!r}; review "
            f"{CATALOGUE[lang][key]!r}, then record {current!r} in place of {recorded!r}"
        )
    lines.append("(python -m concurrency_live.words --stale lists them again)")
    return "\n".join(lines)


# --- The real tree ----------------------------------------------------------------------------


def test_every_key_used_exists_and_none_is_assembled():
    _, problems = check(sources(), set(CATALOGUE["en"]))
    assert not problems, "\n".join(problems)


def test_every_key_defined_is_used():
    found = unused(sources(), set(CATALOGUE["en"]))
    assert not found, f"defined in concurrency_live/words/ but used nowhere: {found}"


def test_no_translation_is_older_than_its_english():
    found = stale("ko")
    assert not found, stale_report(found)


def test_each_module_translates_its_own_keys_and_records_a_hash():
    for module in MODULES:
        assert list(module.KO) == list(module.EN), module.__name__  # same keys, same order
        for key, (text, recorded) in module.KO.items():
            assert isinstance(text, str) and re.fullmatch(r"[0-9a-f]{6}", recorded), key


def test_no_key_is_written_twice_in_one_module():
    # Python keeps the last of two equal keys in a dict display; the import cannot see it.
    for path in sorted(WORDS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                assert len(keys) == len(set(keys)), path.name


def test_a_key_in_two_modules_fails_the_import():
    with pytest.raises(ValueError, match=r"defined twice, again in b: \['gil.col_threads'\]"):
        words._merged([("a", {"gil.col_threads": "x"}), ("b", {"gil.col_threads": "y"})])


def test_the_hashes_tool_prints_what_to_record(capsys):
    from concurrency_live.words.__main__ import main

    assert main(["--hashes", "gil.col_threads"]) == 0
    assert capsys.readouterr().out == f"gil.col_threads\t{source_hash('Threads')}\n"
    assert main(["--stale"]) == 0


# --- Each check fails on a planted error --------------------------------------------------------


def planted(path: str, line: str) -> dict[str, str]:
    """The package's sources with ``line`` added at the end of ``path``."""
    texts = sources()
    texts[path] += f"\n{line}\n"
    return texts


@pytest.mark.parametrize(
    ("line", "reported"),
    [
        ('t("gil.col_thread", "en")', "unknown message key 'gil.col_thread'"),
        ('STRATEGY = {"threads": "bench.strategy.thread"}', "'bench.strategy.thread'"),
        ('t(f"bench.strategy.{name}", "en")', "t() key not written out"),
        ('t("bench.strategy." + name, "en")', "t() key not written out"),
        ('KEY = "ipc.pickle_" + status', "assembled key: 'ipc.pickle_' + status"),
        ('KEY = "processes.did_%s" % name', "assembled key"),
        ('KEY = "gil.col_{}".format(name)', "assembled key"),
        ("t(KEYS[0] + suffix)", "t() key not written out"),
        ('KEY = PREFIX + name; PREFIX = "gil.col_"', "unknown message key 'gil.col_'"),
    ],
)
def test_an_unknown_or_assembled_key_is_reported(line, reported):
    path = "concurrency_live/pages/gil.py"
    texts = planted(path, line)
    at = f"{path}:{len(texts[path].splitlines())}:"  # the planted line, the last
    _, problems = check(texts, set(CATALOGUE["en"]))
    assert problems and all(problem.startswith(at) for problem in problems), problems
    assert any(reported in problem for problem in problems), problems


def test_a_key_defined_but_not_used_is_reported():
    keys = set(CATALOGUE["en"]) | {"gil.col_unused"}
    assert unused(sources(), keys) == ["gil.col_unused"]
    # Nor does a docstring, an f-string's fixed part or an index into data count as a use.
    code = (
        'def f(x, r):\n    """gil.col_unused"""\n'
        '    return f"gil.col_unused{x}", r["gil.col_unused"]'
    )
    assert unused(planted("concurrency_live/pages/gil.py", code), keys) == ["gil.col_unused"]


def test_a_key_whose_use_is_removed_is_reported():
    texts = sources()
    path = "concurrency_live/rendering/text.py"
    assert texts[path].count('"how_measured"') == 1
    texts[path] = texts[path].replace('"how_measured"', '"output"')
    assert unused(texts, set(CATALOGUE["en"])) == ["how_measured"]


def test_a_changed_english_text_makes_its_translation_stale(monkeypatch):
    monkeypatch.setitem(CATALOGUE["en"], "gil.col_threads", "Thread count")
    found = stale("ko")
    assert found == {"gil.col_threads": (source_hash("Threads"), source_hash("Thread count"))}
    report = stale_report(found)
    assert "- gil.col_threads in concurrency_live/words/gil.py" in report
    assert f"then record '{source_hash('Thread count')}' in place of '3e42e3'" in report
