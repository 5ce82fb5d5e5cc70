"""Every word the generators put on a page, per language, so a new language needs no new code."""

from __future__ import annotations

CATALOGUE: dict[str, dict[str, str]] = {
    "en": {
        "source": "Source",
        "output": "Output",
        "no_output": "(no output)",
        "meta": "Ran in {elapsed:.2f} s · exit {exit} · {machine}",
        "meta_cached": " · cached from an earlier build",
        "failed": "This example failed in the build: {problem}.",
        "machine": (
            "{implementation} {version} ({gil}), start method {start_method}, "
            "{usable_cores} usable cores, {cpu_model}"
        ),
        "gil_on": "GIL on",
        "gil_off": "GIL off",
        "fact": "Fact",
        "value": "Value",
        "fp.implementation": "Implementation",
        "fp.version": "Version",
        "fp.executable": "Executable",
        "fp.free_threaded_build": "Free-threaded build",
        "fp.gil_enabled": "GIL enabled",
        "fp.start_method": "Default multiprocessing start method",
        "fp.cpu_model": "CPU model",
        "fp.usable_cores": "Usable cores (sched_getaffinity)",
        "fp.logical_cpus": "Logical CPUs (os.cpu_count)",
        "fp.platform": "Platform",
        "fp.machine": "Architecture",
        "seed.floor": (
            "**Elapsed {elapsed:.2f} s against a floor of {floor:.2f} s** (the longest chain of "
            "sleeps), {over:.2f} s over it: starting the interpreter and the workers."
        ),
        "seed.tie": (
            "`{first}` and `{second}` are both due at {due:.1f} s. In this build `{first}` "
            "printed first (at {first_at:.2f} s, and `{second}` at {second_at:.2f} s). Nothing "
            "orders two workers that wake at the same moment: the operating system runs "
            "whichever it picks first, so another build may print them the other way round."
        ),
        "yes": "yes",
        "no": "no",
    },
}


def t(key: str, lang: str = "en", **values: object) -> str:
    """The message ``key`` in ``lang`` (English when that language lacks it), filled in."""
    text = CATALOGUE.get(lang, {}).get(key, CATALOGUE["en"][key])
    return text.format(**values)
