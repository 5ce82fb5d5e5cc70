"""Every object carries a reference count that changes whenever a reference
comes or goes."""

import sys


def main():
    data = []
    print("data = []            ->", sys.getrefcount(data), flush=True)
    alias = data
    print("alias = data         ->", sys.getrefcount(data), flush=True)
    box = [data, data]
    print("box = [data, data]   ->", sys.getrefcount(data), flush=True)
    del alias, box
    print("del alias, box       ->", sys.getrefcount(data), flush=True)


if __name__ == "__main__":
    main()
