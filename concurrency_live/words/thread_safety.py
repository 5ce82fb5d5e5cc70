"""The words of docs/thread-safety.md (pages/thread_safety.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {}

KO: dict[str, tuple[str, str]] = {}
