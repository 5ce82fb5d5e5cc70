"""What docs/thread-safety.md (and its Korean twin) shows."""
