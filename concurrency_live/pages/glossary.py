"""What docs/glossary.md (and its Korean twin) shows."""
