"""One renderer per page of the site: ``pages.gil`` says what docs/gil.md (and its Korean
twin) shows, from the runs of the programs under snippets/gil/. A page calls one function
of its module in a one-line markdown-exec block."""

from concurrency_live.pages import (
    about,
    async_io,
    beyond_one_machine,
    bytecode,
    choosing,
    evidence,
    gil,
    io_vs_cpu,
    ipc,
    overview,
    processes,
    scaling,
    thread_safety,
    threads,
)

__all__ = [
    "about",
    "async_io",
    "beyond_one_machine",
    "bytecode",
    "choosing",
    "evidence",
    "gil",
    "io_vs_cpu",
    "ipc",
    "overview",
    "processes",
    "scaling",
    "thread_safety",
    "threads",
]
