"""Storage: the SQLite archive, its schema and migrations, near-duplicate detection."""

from nashra.storage.archive import Archive, IngestStats, default_path

__all__ = ["Archive", "IngestStats", "default_path"]
