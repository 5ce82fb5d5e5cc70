"""The theme's templates, compiled once per process instead of once per build.

MkDocs makes a new Jinja environment for every build, and the i18n plugin builds once per
language: every build compiled Material's ~60 templates again, which is a tenth of a rebuild in
`mkdocs serve`. Jinja's bytecode cache keeps what a compilation produced; an entry is used only
for the same template file with the same source text (Jinja checks a checksum of it) in an
environment that compiles alike (the same extensions and syntax settings).
"""

from __future__ import annotations

import jinja2
from jinja2.bccache import Bucket, BytecodeCache


class InMemory(BytecodeCache):
    def __init__(self) -> None:
        self.entries: dict[tuple, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.entries.get(self.entry(bucket))
        if code is not None:
            bucket.bytecode_from_string(code)  # ignored if the source's checksum differs

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.entries[self.entry(bucket)] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self.entries.clear()

    @staticmethod
    def entry(bucket: Bucket) -> tuple:
        """The template (by name and file) and what its compilation depends on besides."""
        return bucket.key, compiles_like(bucket.environment)


def compiles_like(env: jinja2.Environment) -> tuple:
    """What of an environment shapes the code it compiles a template to."""
    settings = (
        "block_start_string",
        "block_end_string",
        "variable_start_string",
        "variable_end_string",
        "comment_start_string",
        "comment_end_string",
        "line_statement_prefix",
        "line_comment_prefix",
        "trim_blocks",
        "lstrip_blocks",
        "newline_sequence",
        "keep_trailing_newline",
        "optimized",
        "autoescape",
        "newstyle_gettext",
    )
    return (
        tuple(sorted(env.extensions)),
        tuple(repr(getattr(env, name, None)) for name in settings),
    )


CACHE = InMemory()


def use(env: jinja2.Environment) -> jinja2.Environment:
    env.bytecode_cache = CACHE
    return env
