"""What docs/scaling.md (and its Korean twin) shows."""
