"""The hashes a translation records, for a translator: ``python -m concurrency_live.words``.

``--stale`` lists the entries whose English changed since they were translated (review each,
then record its new hash); ``--hashes [KEY ...]`` prints the hash of the English of each key
(of every key when none is given).
"""

from __future__ import annotations

import argparse
import sys

from concurrency_live.words import CATALOGUE, TRANSLATIONS, module_of, source_hash, stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m concurrency_live.words", description=__doc__)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--stale", action="store_true", help="translations to review")
    what.add_argument("--hashes", nargs="*", metavar="KEY", help="hash of each key's English")
    parser.add_argument("--lang", default="ko", choices=sorted(TRANSLATIONS))
    args = parser.parse_args(argv)
    if args.stale:
        found = stale(args.lang)
        for key, (recorded, current) in found.items():
            where = module_of(key).__name__.replace(".", "/") + ".py"
            print(f"{key}\t{recorded} -> {current}\t{where}")
            print(f"    en: {CATALOGUE['en'][key]!r}")
            print(f"    {args.lang}: {CATALOGUE[args.lang][key]!r}")
        return 1 if found else 0
    unknown = [key for key in args.hashes if key not in CATALOGUE["en"]]
    if unknown:
        parser.error(f"no such key: {', '.join(unknown)}")
    for key in args.hashes or CATALOGUE["en"]:
        print(f"{key}\t{source_hash(CATALOGUE['en'][key])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
