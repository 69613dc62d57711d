"""Documents partitioned over Dask workers; extraction on the workers.

Documents are read where nashra runs (the client) and sent to the workers a partition at
a time, a bounded number in flight. A partition whose task raises is retried (``retries``);
one whose worker dies is rescheduled by Dask on another worker.

- **Ingest**: each partition's results come back and the client stores them, in the order
  the documents were read, one transaction per partition, exactly as a local ingest does —
  so the archive's ids do not depend on the cluster, and a partition computed twice is
  stored once. A partition that still fails is reported, document by document, and the
  rest goes on; running the ingest again extracts what is missing (by content hash).
- **Extract**: each worker writes its partition's items to ``part-NNNNN.parquet`` (written
  to a temporary name, then renamed): a retried partition replaces its own file, so an
  item is never written twice. The directory must be one the workers can reach.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nashra.model import Document
from nashra.storage.archive import Archive, IngestStats, Prepared, batches, prepare

PARTITION = 200  # documents per partition: one transaction of a local ingest
Report = Callable[[str], None]


class ClusterError(RuntimeError):
    """The Dask scheduler cannot be reached."""


@contextmanager
def connect(scheduler: str | None = None, workers: int = 2) -> Iterator[Any]:
    """A Dask client: of the scheduler at ``scheduler`` (``tcp://host:8786``), or of a
    local cluster of ``workers`` processes with one thread each (extraction holds the GIL)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--engine dask needs Dask: pip install 'nashra[cluster]'") from None

    if scheduler:
        try:
            client = Client(scheduler, timeout=15)
        except OSError as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: two clusters may run at once
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def prepare_partition(documents: list[Document]) -> list[Prepared]:
    """A worker's task: extract a partition for storage."""
    return [prepare(document) for document in documents]


def _in_order(
    client: Any,
    task: Callable,
    parts: Iterable[list[Document]],
    retries: int,
    arguments: Callable[[int], tuple] = lambda _index: (),
) -> Iterator[tuple[list[Document], Any, BaseException | None]]:
    """Each partition with its task's result (or its error), in input order, while at most
    two partitions per worker thread are in flight. Without a client, in this process."""
    if client is None:
        for index, part in enumerate(parts):
            try:
                yield part, task(part, *arguments(index)), None
            except Exception as exc:
                yield part, None, exc
        return
    run = uuid.uuid4().hex[:8]
    window = 2 * max(1, sum(client.nthreads().values()))
    flight: deque[tuple[list[Document], Any]] = deque()

    def finished() -> tuple[list[Document], Any, BaseException | None]:
        part, future = flight.popleft()
        try:
            return part, future.result(), None
        except Exception as exc:  # the partition failed, retries included
            return part, None, exc
        finally:
            future.release()

    for index, part in enumerate(parts):
        with warnings.catch_warnings():
            # A partition travels inside its task, not scattered ahead: a scattered copy
            # dies with its worker, and the task could not be retried elsewhere. Dask warns
            # of this for a partition holding a large document.
            warnings.filterwarnings("ignore", "Sending large graph", UserWarning)
            future = client.submit(
                task, part, *arguments(index), key=f"nashra-{run}-{index}", retries=retries
            )
        flight.append((part, future))
        if len(flight) >= window:
            yield finished()
    while flight:
        yield finished()


def ingest(
    archive: Archive,
    documents: Iterable[Document],
    client: Any,
    *,
    partition: int = PARTITION,
    retries: int = 2,
    on_error: Report | None = None,
    on_progress: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Extract ``documents`` on the cluster and store them in ``archive``; those already
    stored are skipped."""
    stats = IngestStats()
    report = on_error or (lambda _message: None)
    new = archive.new_documents(documents, stats)
    for part, prepared, error in _in_order(
        client, prepare_partition, batches(new, partition), retries
    ):
        if error is not None:
            for document in part:
                report(f"{document.where}: extraction failed on the cluster: {_said(error)}")
            stats.errors += len(part)
            continue
        archive.store(list(zip(part, prepared, strict=True)), stats, report)
        if on_progress is not None:
            on_progress(stats)
    archive.settle(stats)
    return stats


@dataclass
class ExtractStats:
    documents: int = 0
    items: int = 0
    files: list[str] = field(default_factory=list)
    errors: int = 0


def extract_partition(
    documents: list[Document], out: str, index: int, published: Any = None
) -> tuple[int, str, list[str]]:
    """A worker's task: extract a partition and write its items to one Parquet file.
    Returns the number of items, the file, and the documents that failed."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from nashra.extraction.pipeline import extract

    rows: dict[str, list] = {name: [] for name in _COLUMNS}
    failed = []
    for document in documents:
        try:
            items = list(extract(document, published=published))
        except Exception as exc:  # one bad document must not sink its partition
            failed.append(f"{document.where}: extraction failed: {type(exc).__name__}: {exc}")
            continue
        for item in items:
            record = item.to_record()
            values = {
                "source_id": document.source_id,
                "source_file": document.source_file,
                "line": document.line,
                "item_index": item.index,
                "headline": item.headline,
                "date": record["date"],
                "place": record["dateline"]["place"],
                "agency": record["dateline"]["agency"],
                "events": len(record["events"]),
                "record": json.dumps(record, ensure_ascii=False),
            }
            for name in _COLUMNS:
                rows[name].append(values[name])
    path = Path(out) / f"part-{index:05d}.parquet"
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(
        pa.table({name: pa.array(rows[name], type=t) for name, t in _types()}), temporary
    )
    os.replace(temporary, path)  # a retried partition replaces its file whole
    return len(rows["record"]), str(path), failed


_COLUMNS = (
    "source_id",
    "source_file",
    "line",
    "item_index",
    "headline",
    "date",
    "place",
    "agency",
    "events",
    "record",
)


def _types():
    import pyarrow as pa

    kinds = {"line": pa.int64(), "item_index": pa.int32(), "events": pa.int32()}
    return [(name, kinds.get(name, pa.string())) for name in _COLUMNS]


def extract_to_parquet(
    documents: Iterable[Document],
    out: str | os.PathLike[str],
    client: Any,
    *,
    partition: int = PARTITION,
    retries: int = 2,
    published: Any = None,
    on_error: Report | None = None,
) -> ExtractStats:
    """Extract ``documents`` on the cluster (or, without a client, here) into Parquet files
    in ``out``, one a partition."""
    Path(out).mkdir(parents=True, exist_ok=True)
    stats = ExtractStats()
    report = on_error or (lambda _message: None)
    for part, result, error in _in_order(
        client,
        extract_partition,
        batches(documents, partition),
        retries,
        lambda index: (str(out), index, published),
    ):
        if error is not None:
            for document in part:
                report(f"{document.where}: extraction failed on the cluster: {_said(error)}")
            stats.errors += len(part)
            continue
        items, path, failed = result
        for message in failed:
            report(message)
        stats.errors += len(failed)
        stats.documents += len(part) - len(failed)
        stats.items += items
        stats.files.append(path)
    return stats


def _said(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}".strip()
