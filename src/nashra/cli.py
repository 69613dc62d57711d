"""The ``nashra`` command line. Each command mirrors a function of the Python API."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import html
import json
import os
import sys
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import click

from nashra.evaluation.score import ALL_TYPES as EVENT_TYPES
from nashra.evaluation.score import align_sources, load_gold, load_predictions, score
from nashra.extraction.english import english_event
from nashra.extraction.entities import transliterate
from nashra.extraction.pipeline import extract
from nashra.model import Item
from nashra.publishing import compose, feeds
from nashra.reading import Limits, ReadError, read
from nashra.runtime import tune_for_batch
from nashra.search.engine import FilterError, Filters, entities, events, search
from nashra.search.query import QueryError, QueryLimits
from nashra.storage import postgres
from nashra.storage.archive import Archive, default_path, errors, exists
from nashra.storage.export import ROWS, write_export, write_parquet
from nashra.storage.progress import Progress
from nashra.storage.refresh import refresh, stale
from nashra.text.analysis import analyze


class _Failures:
    """Counts what went wrong, and says it on stderr with file and line."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: ReadError | str) -> None:
        self.count += 1
        click.echo(f"nashra: {error}", err=True)


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


# Limits as options: (option, field, metavar, help, largest value allowed). What a reading
# will take (nashra.reading.Limits):
_READING_LIMITS = (
    (
        "--max-document",
        "document",
        "CHARACTERS",
        "The longest document stored; a longer one is reported and skipped.",
        None,
    ),
    (
        "--max-zip-depth",
        "zip_depth",
        None,
        "How deep zips inside zips are read (1: no zip inside a zip).",
        None,
    ),
    (
        "--max-inner-zip",
        "inner_zip",
        "BYTES",
        "The largest zip read inside a zip (it is held in memory).",
        None,
    ),
    (
        "--max-zip-expansion",
        "zip_expansion",
        "BYTES",
        "What one zip may expand to, all its members together; a larger one is not read.",
        None,
    ),
    (
        "--max-json-depth",
        "json_depth",
        "LEVELS",
        "How deep a JSON record may nest; a deeper one is reported and skipped.",
        None,
    ),
)
# … and what a query may be (nashra.search.query.QueryLimits): the server takes no longer
# query string, the parser recurses once a level
_QUERY_LIMITS = (
    ("--max-query-length", "length", "CHARACTERS", "The longest query searched.", 10_000),
    ("--max-query-depth", "depth", "LEVELS", "How deep a query's parentheses may nest.", 200),
)


def _limits_as_options(table, settings: type, keyword: str):
    """A decorator adding ``table``'s options to a command, which gets them as one
    ``settings`` instance in its ``keyword`` argument."""
    defaults = settings()

    def decorate(command):
        @functools.wraps(command)
        def with_limits(*args, **kwargs):
            chosen = {field: kwargs.pop(_dest(name)) for name, field, *_ in table}
            return command(*args, **{keyword: settings(**chosen)}, **kwargs)

        for name, field, metavar, text, largest in reversed(table):
            with_limits = click.option(
                name,
                _dest(name),
                type=click.IntRange(1, largest),
                default=getattr(defaults, field),
                show_default=True,
                metavar=metavar,
                help=text,
            )(with_limits)
        return with_limits

    return decorate


def _dest(option: str) -> str:
    return option.lstrip("-").replace("-", "_")


# documents over the reading limits are reported with their file and skipped, the rest is
# stored; a query over its limits is refused with a message
_limit_options = _limits_as_options(_READING_LIMITS, Limits, "limits")
_query_limit_options = _limits_as_options(_QUERY_LIMITS, QueryLimits, "query_limits")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nashra")
def main() -> None:
    """nashra: Arabic news bulletins and articles into structured diplomatic events."""


def _items(
    paths: tuple[str, ...], published: dt.date | None, failures: _Failures
) -> Iterator[Item]:
    for document in read(paths, on_error=failures):
        try:
            yield from extract(document, published=published)
        except Exception as exc:  # one bad document must not stop a batch
            failures(f"{document.where}: extraction failed: {type(exc).__name__}: {exc}")


def _engine_options(command):
    options = [
        click.option(
            "--engine",
            type=click.Choice(["local", "dask"]),
            default="local",
            show_default=True,
            help="Extract in local processes, or on a Dask cluster.",
        ),
        click.option(
            "--scheduler",
            metavar="ADDRESS",
            help="Dask scheduler (tcp://host:8786); without it, --engine dask starts a local "
            "cluster of --workers processes.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="One JSON object per item, or a table to read.",
)
@click.option(
    "--published",
    callback=_iso_date,
    metavar="YYYY-MM-DD",
    help="Publication date for documents that carry none (resolves اليوم, أمس).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    help="Write the items to Parquet files in this folder (one a partition) instead.",
)
@click.option(
    "--workers",
    type=int,
    default=os.cpu_count() or 1,
    show_default=True,
    help="Processes of the local Dask cluster (--engine dask).",
)
@_engine_options
def extract_command(
    paths: tuple[str, ...],
    output_format: str,
    published: dt.date | None,
    out_dir: str | None,
    workers: int,
    engine: str,
    scheduler: str | None,
) -> None:
    """Read documents (text, HTML, PDF, DOCX, JSON, JSONL, zip, folders, - for stdin) and
    print their items with headline, dateline, date and events."""
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    failures = _Failures()
    tune_for_batch()
    if engine == "dask" or out_dir:
        if not out_dir:
            raise click.UsageError("--engine dask writes Parquet files: give --out DIR")
        _extract_to_parquet(paths, out_dir, published, failures, engine, scheduler, workers)
        return
    items = _items(paths, published, failures)
    if output_format == "jsonl":
        out = sys.stdout
        for item in items:
            out.write(json.dumps(item.to_record(), ensure_ascii=False) + "\n")
    else:
        _print_table(items)
    if failures.count:
        click.echo(f"nashra: {failures.count} problem(s); everything else was extracted", err=True)
        sys.exit(1)


def _extract_to_parquet(paths, out_dir, published, failures, engine, scheduler, workers) -> None:
    from nashra import cluster

    documents = read(paths, on_error=failures)
    here = contextlib.nullcontext(None)
    try:
        with cluster.connect(scheduler, max(1, workers)) if engine == "dask" else here as client:
            stats = cluster.extract_to_parquet(
                documents, out_dir, client, published=published, on_error=failures
            )
    except cluster.ClusterError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"{stats.documents} documents, {stats.items} items in {len(stats.files)} Parquet "
        f"file(s) [{out_dir}]; {failures.count} problem(s)",
        err=True,
    )
    if failures.count:
        sys.exit(1)


def _print_table(items: Iterator[Item]) -> None:
    headers = ("#", "date", "place", "agency", "events", "headline")
    click.echo("  ".join(headers))
    last_source = None
    for item in items:
        doc = item.document
        if doc.source_id != last_source:
            label = doc.title or doc.source_id
            issue = f" (issue {doc.issue})" if doc.issue else ""
            click.echo(f"\n== {label}{issue}")
            last_source = doc.source_id
        dateline = item.dateline
        click.echo(
            "  ".join(
                [
                    str(item.index + 1),
                    item.date.isoformat() if item.date else "-",
                    (dateline.place if dateline and dateline.place else "-"),
                    (dateline.agency if dateline and dateline.agency else "-"),
                    str(len(item.events)),
                    _shorten(item.headline or item.body, 70),
                ]
            )
        )
        for event in item.events:
            parties = " · ".join(_party(p) for p in event.participants)
            click.echo(f"   {event.type}: {parties}")
        for warning in item.warnings:
            click.echo(f"   ! {warning}")


def _party(participant) -> str:
    who = participant.name or participant.role or participant.affiliation or "?"
    where = participant.country or participant.org
    side = f" ({participant.side})" if participant.side != "participant" else ""
    return f"{who}{f' [{where}]' if where else ''}{side}"


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command("eval")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--pred", "pred_path", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
def eval_command(gold_path: str, pred_path: str, output_format: str) -> None:
    """Score ``nashra extract`` output against a gold file, as ANNOTATION.md defines."""
    try:
        gold = load_gold(gold_path)
        predicted = align_sources(gold, load_predictions(pred_path))
    except (ValueError, KeyError) as exc:
        raise click.ClickException(str(exc)) from None
    report = score(gold, predicted)
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    from nashra.evaluation.report import render

    click.echo(render(report))


# ---- the archive --------------------------------------------------------------------------

_db_option = click.option(
    "--db",
    "db_path",
    default=None,
    envvar="NASHRA_DB",
    metavar="FILE|URL",
    help="Archive: a SQLite file (default: archive.sqlite in the user's data directory) or "
    "a PostgreSQL URL, postgresql://user@host/database. Also read from $NASHRA_DB.",
)


_workers_option = click.option(
    "--workers",
    type=int,
    default=os.cpu_count() or 1,
    show_default=True,
    help="Processes that extract; the archive is written by one.",
)


def _filter_options(command):
    options = [
        click.option("--from", "date_from", callback=_iso_text, metavar="YYYY-MM-DD"),
        click.option("--to", "date_to", callback=_iso_text, metavar="YYYY-MM-DD"),
        click.option(
            "--state",
            multiple=True,
            help="ISO alpha-3 code, English or Arabic name; twice: between the two.",
        ),
        click.option(
            "--org",
            multiple=True,
            help="Organisation code, English or Arabic name; twice: between the two.",
        ),
        click.option(
            "--person",
            multiple=True,
            help="Entity key, or any written form of the name; twice: between the two.",
        ),
        click.option("--type", "event_type", type=click.Choice(EVENT_TYPES)),
        click.option("--source", help="Publication (e.g. sabq) or a source id prefix."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _iso_text(ctx, param, value):
    return _iso_date(ctx, param, value).isoformat() if value else None


def _filters(**kwargs) -> Filters:
    return Filters(**{k: v for k, v in kwargs.items() if k in Filters.__dataclass_fields__})


def _archive(db_path: str | None, create: bool = False) -> Archive:
    """The archive at ``db_path``; only ``ingest`` may create one (a mistyped --db given to
    a query would otherwise answer "no results" from a new, empty file)."""
    location = db_path or default_path()
    shown = postgres.shown(str(location))
    try:
        if not create and not exists(location):
            raise click.ClickException(f"no archive at {shown}: make one with nashra ingest")
        return Archive(location)
    except errors() as exc:
        raise click.ClickException(f"{shown}: {str(exc).strip()}") from None


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@_db_option
@_workers_option
@click.option(
    "--published",
    callback=_iso_date,
    metavar="YYYY-MM-DD",
    help="Publication date for documents that carry none.",
)
@_limit_options
@_engine_options
def ingest_command(paths, db_path, workers, published, limits, engine, scheduler) -> None:
    """Extract documents and store them in the archive. Documents already stored are
    skipped; a bad file or record is reported and the rest is stored."""
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    failures = _Failures()
    progress = Progress(paths)

    def failed(error: ReadError | str) -> None:
        failures(error)
        if isinstance(error, ReadError) and error.line is None:
            progress.not_read(error.source)

    def documents():
        for document in read(paths, on_error=failed, limits=limits):
            if document.published is None and published is not None:
                document.published = published
            progress.seen(document)
            yield document

    with _archive(db_path, create=True) as archive:
        if stale(archive):
            click.echo(
                f"nashra: {archive.name} holds documents another release of nashra read; "
                "`nashra refresh` reads them again, so that old and new are read alike",
                err=True,
            )
        if engine == "dask":
            from nashra import cluster

            try:
                with cluster.connect(scheduler, max(1, workers)) as client:
                    stats = cluster.ingest(
                        archive, documents(), client, on_error=failures, on_progress=progress.show
                    )
            except cluster.ClusterError as exc:
                raise click.ClickException(str(exc)) from None
        else:
            stats = archive.ingest(
                documents(), workers=max(1, workers), on_error=failures, on_progress=progress.show
            )
        progress.show(stats, final=True)
        progress.done()
        click.echo(
            f"{stats.documents} documents, {stats.items} items, {stats.events} events stored; "
            f"{stats.skipped} already in the archive; {failures.count} problem(s) "
            f"[{archive.name}]",
            err=True,
        )
    if failures.count:
        sys.exit(1)


@main.command("refresh")
@_db_option
@click.option(
    "--into",
    metavar="FILE|URL",
    help="A new, empty archive to build (SQLite file or PostgreSQL URL); without it a "
    "SQLite archive is replaced in place once the new one is complete.",
)
@_workers_option
def refresh_command(db_path, into, workers) -> None:
    """Extract the archive's documents again with this release: events, people and their
    keys as this nashra reads them. Composed bulletins are carried over."""
    location = db_path or default_path()
    if into is None and postgres.is_url(str(location)):
        raise click.UsageError("a PostgreSQL archive is refreshed into a new one: --into URL")
    building = into or f"{location}.refresh"
    if into is None:
        Path(building).unlink(missing_ok=True)
    failures = _Failures()
    with _archive(db_path) as source, _archive(building, create=True) as target:
        progress = Progress(())
        try:
            stats = refresh(
                source,
                target,
                workers=max(1, workers),
                on_error=failures,
                on_progress=progress.show,
            )
        except ValueError as exc:  # the archive to build holds documents already
            raise click.ClickException(str(exc)) from None
        progress.show(stats.ingest, final=True)
        progress.done()
        name = target.name
    if into is None:
        if failures.count:
            Path(building).unlink(missing_ok=True)
            raise click.ClickException(
                f"{failures.count} document(s) could not be read again; {location} is unchanged"
            )
        os.replace(building, location)
        name = postgres.shown(str(location))
    dropped = stats.items_dropped
    dropped = f", {dropped} bulletin item(s) no longer read" if dropped else ""
    click.echo(
        f"{stats.ingest.documents} documents, {stats.ingest.items} items, "
        f"{stats.ingest.events} events; {stats.bulletins} bulletin(s){dropped} [{name}]",
        err=True,
    )
    if failures.count:
        sys.exit(1)


@main.command("search")
@click.argument("query", required=False, default="")
@_db_option
@_filter_options
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table")
@_query_limit_options
def search_command(query, db_path, limit, output_format, query_limits, **filters) -> None:
    """Full-text search: words (by stem), "exact phrases", prefix*, OR, NOT/-word, ( )."""
    with _archive(db_path) as archive:
        try:
            hits = search(archive, query, _filters(**filters), limit=limit, limits=query_limits)
        except (QueryError, FilterError) as exc:
            raise click.UsageError(str(exc)) from None
        if output_format == "json":  # (each hit's events read from the archive)
            for hit in hits:
                click.echo(json.dumps(hit.to_json(), ensure_ascii=False))
            return
    for hit in hits:
        more = f"  (+{hit.sources - 1} similar)" if hit.sources > 1 else ""
        click.echo(f"{_hit_date(hit)}  {hit.media or ''}  {_shorten(hit.headline or '', 80)}{more}")
        shown = hit.snippet.replace("<mark>", "\x1b[1m").replace("</mark>", "\x1b[0m")
        click.echo("    " + html.unescape(shown))
        click.echo(f"    {hit.source_id}")
    if not hits:
        click.echo("no results", err=True)


@main.command("events")
@_db_option
@_filter_options
@click.option("--limit", type=click.IntRange(1, 100000), default=50, show_default=True)
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table")
@click.option(
    "--lang",
    type=click.Choice(["ar", "en"]),
    default="ar",
    show_default=True,
    help="en: names as English-language media spell them, offices in English where known.",
)
def events_command(db_path, limit, output_format, lang, **filters) -> None:
    """Who met whom: events matching the filters, each happening once with its sources."""
    with _archive(db_path) as archive:
        try:
            found = events(
                archive, _filters(**filters), limit=limit, with_reports=output_format == "json"
            )
        except FilterError as exc:
            raise click.UsageError(str(exc)) from None
    if output_format == "json":
        for event in found:
            click.echo(json.dumps(event, ensure_ascii=False))
    elif lang == "en":
        for event in found:
            reports = f"  [{event['reports']} reports]" if event["reports"] > 1 else ""
            click.echo(english_event(event) + reports)
    else:
        _print_events(found)


def _hit_date(hit) -> str:
    """The item's own date, else its publication date in parentheses ("(2015-08-10)")."""
    if hit.date:
        return hit.date
    return f"({hit.published[:10]})" if hit.published else "-"


def _print_events(found: list[dict]) -> None:
    for event in found:
        parties = " · ".join(_party_record(p) for p in event["participants"])
        reports = f"  [{event['reports']} reports]" if event["reports"] > 1 else ""
        click.echo(f"{event['date'] or '-'}  {event['type']:<10} {parties}{reports}")


def _party_record(p: dict) -> str:
    who = p["name"] or p["role"] or p["affiliation"] or "?"
    where = p["country"] or p["org"]
    return f"{who}{f' [{where}]' if where else ''}"


@main.command("entities")
@_db_option
@click.option("--type", "entity_type", type=click.Choice(["person", "state", "org", "place"]))
@click.option("--limit", type=click.IntRange(1, 100000), default=50, show_default=True)
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table")
def entities_command(db_path, entity_type, limit, output_format) -> None:
    """People, states, organisations and places, by the number of items naming them."""
    with _archive(db_path) as archive:
        found = entities(archive, entity_type, limit=limit)
    for entity in found:
        if output_format == "json":
            click.echo(json.dumps(entity, ensure_ascii=False))
        else:
            latin = f"  {entity['latin']}" if entity["latin"] else ""
            click.echo(
                f"{entity['items']:>6}  {entity['type']:<6}  {entity['canonical']}"
                f"  {entity['code'] or entity['key']}{latin}"
            )


@main.command("export")
@_db_option
@_filter_options
@click.option(
    "--format", "output_format", type=click.Choice(["csv", "jsonl", "parquet"]), default="csv"
)
@click.option(
    "--rows",
    type=click.Choice(list(ROWS)),
    default="event",
    show_default=True,
    help="One row per event, one per pair of participants, or a network's nodes or edges "
    "(weight: events between the two) for Gephi and networkx.",
)
@click.option(
    "--bom/--no-bom",
    default=None,
    help="Begin a CSV with a UTF-8 byte-order mark, which Excel needs to read Arabic "
    "[default: with it to a file, without it to standard output].",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="File to write (default: standard output; Parquet needs a file).",
)
def export_command(db_path, output_format, rows, bom, output, **filters) -> None:
    """Export events (with PLOVER codes) as CSV, JSON Lines or Parquet."""
    if output_format == "parquet" and output == "-":
        raise click.UsageError("Parquet is binary: give a file with --output")
    with _archive(db_path) as archive:
        try:
            found = events(archive, _filters(**filters), limit=10_000_000)
        except FilterError as exc:
            raise click.UsageError(str(exc)) from None
    if bom is None:
        bom = output != "-"
    encoding = "utf-8-sig" if bom and output_format == "csv" else "utf-8"
    try:
        if output_format == "parquet":
            write_parquet(found, output, rows)
            return
        with click.open_file(output, "w", encoding=encoding) as out:
            write_export(found, out, output_format, rows)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:  # a folder that does not exist, a file not writable
        raise click.ClickException(f"{output}: {exc.strerror or exc}") from None


@main.group("bulletin")
def bulletin_group() -> None:
    """Compose numbered bulletin issues from the archive, list them, show them again."""


_bulletin_format = click.option(
    "--format",
    "output_format",
    type=click.Choice(list(compose.FORMATS)),
    default="text",
    show_default=True,
)
_digits = click.option(
    "--digits", type=click.Choice(compose.DIGITS), default="arabic-indic", show_default=True
)


@bulletin_group.command("compose")
@_db_option
@_filter_options
@click.option("--issue", "number", type=click.IntRange(1), help="Default: the next number.")
@click.option("--items", "item_ids", help="Item ids, in order, separated by commas.")
@click.option("--query", "-q", help="Full-text query choosing the items (with the filters).")
@click.option("--limit", type=click.IntRange(1, 200), default=10, show_default=True)
@click.option("--title", default="نشرة الأخبار", show_default=True)
@click.option("--tag", "tags", multiple=True, help="A tag for the tags line (repeatable).")
@click.option("--date", "published", callback=_iso_date, metavar="YYYY-MM-DD")
@_bulletin_format
@_digits
def bulletin_compose(db_path, number, item_ids, query, limit, title, tags, published,
                     output_format, digits, **filters) -> None:  # fmt: skip
    """Compose issue N of the items given (--items) or chosen by a search and filters
    (newest first), store it, and print it."""
    with _archive(db_path) as archive:
        try:
            if item_ids:
                ids = [int(i) for i in item_ids.replace(" ", "").split(",") if i]
            else:
                hits = search(archive, query, _filters(**filters), limit=limit)
                hits.sort(key=lambda h: (h.date or "", h.item_id), reverse=True)
                ids = [h.item_id for h in hits]
            if not ids:
                raise click.ClickException("no items for the issue: nothing matched")
            bulletin = compose.Bulletin(
                number=number or compose.next_number(archive),
                title=title,
                date=published or dt.date.today(),
                items=compose.items_from_archive(archive, ids),
                tags=list(tags),
            )
            compose.store(archive, bulletin)
        except ValueError as exc:  # BulletinError, QueryError, FilterError, a bad id
            raise click.ClickException(str(exc)) from None
    click.echo(compose.FORMATS[output_format](bulletin, digits), nl=False)
    click.echo(f"issue {bulletin.number} stored: {len(bulletin.items)} items", err=True)


@bulletin_group.command("show")
@click.argument("number", type=int)
@_db_option
@_bulletin_format
@_digits
def bulletin_show(number, db_path, output_format, digits) -> None:
    """Print issue NUMBER again, as it was composed."""
    with _archive(db_path) as archive:
        bulletin = compose.load(archive, number)
    if bulletin is None:
        raise click.ClickException(f"no issue {number}")
    click.echo(compose.FORMATS[output_format](bulletin, digits), nl=False)


@bulletin_group.command("list")
@_db_option
def bulletin_list(db_path) -> None:
    """Published issues, newest first."""
    with _archive(db_path) as archive:
        for row in compose.listing(archive):
            click.echo(
                f"{row['number']:>5}  {row['date']}  {row['items']:>3} items  {row['title']}"
            )


@main.command("feed")
@click.argument("query", required=False, default="")
@_db_option
@_filter_options
@click.option("--format", "output_format", type=click.Choice(["atom", "rss"]), default="atom")
@click.option("--bulletins", is_flag=True, help="A feed of published issues, not of items.")
@click.option("--base-url", default=None, envvar="NASHRA_BASE_URL",
              help="Where `nashra serve` is reached, for the feed's links (also "
              "$NASHRA_BASE_URL) [default: http://localhost:8000, with a note].")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
def feed_command(query, db_path, output_format, bulletins, base_url, limit, **filters) -> None:
    """An Atom or RSS 2.0 feed of the items a search selects, or of published issues."""
    if base_url is None:
        base_url = "http://localhost:8000"
        click.echo(
            f"nashra feed: links point to {base_url}; give --base-url (or NASHRA_BASE_URL) "
            "where readers reach nashra serve",
            err=True,
        )
    with _archive(db_path) as archive:
        try:
            kind = "bulletins" if bulletins else "items"
            self_url = f"{base_url.rstrip('/')}/feeds/{kind}.{output_format}"
            if bulletins:
                made = feeds.bulletins_feed(archive, base_url, limit=limit, self_url=self_url)
            else:
                made = feeds.items_feed(
                    archive, base_url, query, _filters(**filters), limit, self_url=self_url
                )
        except (QueryError, FilterError) as exc:
            raise click.UsageError(str(exc)) from None
    click.echo(feeds.atom(made) if output_format == "atom" else feeds.rss(made), nl=False)


@main.command("analyze")
@click.argument("text")
def analyze_command(text: str) -> None:
    """Print the tokens indexing would make of TEXT: exact form, tab, stem."""
    for token in analyze(text):
        click.echo(f"{token.exact}\t{token.stem}")


@main.command("transliterate")
@click.argument("names", nargs=-1)
def transliterate_command(names: tuple[str, ...]) -> None:
    """Print the Latin spelling of each NAME (or of each line of standard input): the
    Arabic, a tab, the Latin, as English-language media spell the words
    data/name_spellings.tsv knows."""
    for name in names or (line.strip() for line in sys.stdin):
        if name:
            click.echo(f"{name}\t{transliterate(name)}")


@main.command("serve")
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option(
    "--token",
    envvar="NASHRA_TOKEN",
    help="Enables POST /api/documents for requests that carry it (or set NASHRA_TOKEN).",
)
@click.option(
    "--max-upload",
    type=click.IntRange(1),
    default=20 * 1024 * 1024,
    show_default=True,
    help="Largest upload accepted, in bytes.",
)
@_limit_options
@_query_limit_options
def serve_command(db_path, host, port, workers, token, max_upload, limits, query_limits) -> None:
    """Serve the archive: web UI at /, JSON API at /api, its documentation at /docs."""
    with _archive(db_path):  # refuses a missing archive, migrates an old one
        pass
    from nashra.serving.environment import QUERY, READING, as_environment

    os.environ.update(as_environment(limits, READING), **as_environment(query_limits, QUERY))
    _serve(db_path or default_path(), host, port, workers, token, max_upload)


def _serve(db: str | Path, host: str, port: int, workers: int, token, max_upload: int) -> None:
    import uvicorn

    location = str(db) if postgres.is_url(db) else str(Path(db).resolve())
    os.environ.update(NASHRA_DB=location, NASHRA_MAX_UPLOAD=str(max_upload))
    if token:
        os.environ["NASHRA_TOKEN"] = token
    else:
        os.environ.pop("NASHRA_TOKEN", None)
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    where = postgres.shown(str(db))
    click.echo(f"nashra: serving {where} at http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    from nashra.serving.protocol import JSONErrorsH11Protocol

    uvicorn.run(
        "nashra.serving.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        http=JSONErrorsH11Protocol,  # a request it cannot parse answered in the API's shape
    )


@main.command("demo")
@click.argument("paths", nargs=-1)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    help="Archive to build (default: demo.sqlite in the user's data directory).",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--no-serve", is_flag=True, help="Build the archive and print its events only.")
def demo_command(paths, db_path, port, no_serve) -> None:
    """Build an archive of the bundled sample bulletins (and PATHS, if given), print who
    met whom, and serve it: the web UI is at the printed address."""
    sample = files("nashra").joinpath("sample")
    sources = sorted(
        str(Path(str(sample)) / name) for name in _names(sample) if name.endswith(".txt")
    )
    db = db_path or str(default_path().with_name("demo.sqlite"))
    failures = _Failures()
    with _archive(db, create=True) as archive:
        stats = archive.ingest(read([*sources, *paths], on_error=failures), workers=2)
        found = events(archive, Filters(), limit=20)
        counts = archive.counts()
    _print_events(found)
    click.echo(
        f"{counts['items']} items, {counts['events']} events in {postgres.shown(db)} "
        f"({stats.documents} documents new); {failures.count} problem(s)",
        err=True,
    )
    if failures.count:
        sys.exit(1)
    if not no_serve:
        _serve(db, "127.0.0.1", port, 1, None, 20 * 1024 * 1024)


def _names(folder) -> list[str]:
    return [entry.name for entry in folder.iterdir()]


if __name__ == "__main__":
    main()
