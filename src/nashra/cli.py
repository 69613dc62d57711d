"""The ``nashra`` command line. Each command mirrors a function of the Python API."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import click

from nashra.evaluation.score import align_sources, load_gold, load_predictions, score
from nashra.extraction.pipeline import extract
from nashra.model import Item
from nashra.reading import ReadError, read
from nashra.runtime import tune_for_batch


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
            where = document.source_file or document.source_id
            if document.line is not None:
                where = f"{where}:{document.line}"
            failures(f"{where}: extraction failed: {type(exc).__name__}: {exc}")


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
def extract_command(paths: tuple[str, ...], output_format: str, published: dt.date | None) -> None:
    """Read documents (text, HTML, JSON, JSONL, zip, folders, - for stdin) and print their
    items with headline, dateline, date and events."""
    failures = _Failures()
    tune_for_batch()
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


@main.command("demo")
def demo_command() -> None:
    """Extract the bundled sample bulletins and show their items."""
    sample = files("nashra").joinpath("sample")
    paths = sorted(
        str(Path(str(sample)) / name) for name in _names(sample) if name.endswith(".txt")
    )
    failures = _Failures()
    _print_table(_items(tuple(paths), None, failures))
    if failures.count:
        sys.exit(1)


def _names(folder) -> list[str]:
    return [entry.name for entry in folder.iterdir()]


if __name__ == "__main__":
    main()
