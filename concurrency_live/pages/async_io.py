"""What docs/asyncio.md (and its Korean twin) shows."""
