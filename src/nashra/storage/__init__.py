"""Storage: the archive on SQLite or PostgreSQL, its schema and migrations, near-duplicate
detection."""

from nashra.storage.archive import Archive, IngestStats, default_path, errors, exists

__all__ = ["Archive", "IngestStats", "default_path", "errors", "exists"]
