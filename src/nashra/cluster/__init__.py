"""Extraction spread over a Dask cluster: ``nashra ingest --engine dask`` and
``nashra extract --engine dask --out DIR``."""

from nashra.cluster.engine import (
    ClusterError,
    ExtractStats,
    connect,
    extract_to_parquet,
    ingest,
)

__all__ = ["ClusterError", "ExtractStats", "connect", "extract_to_parquet", "ingest"]
