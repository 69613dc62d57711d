"""A scoring report as a plain-text table."""

from __future__ import annotations

from nashra.evaluation.score import INTERACTION_TYPES, PRF, Accuracy, Report, Scope


def _f(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def _prf_row(label: str, prf: PRF) -> str:
    support = prf.tp + prf.fn
    return (
        f"{label:<34}{_f(prf.precision)}  {_f(prf.recall)}  {_f(prf.f1)}"
        f"  {support:>5}  {prf.tp + prf.fp:>5}"
    )


def _acc_row(label: str, acc: Accuracy) -> str:
    return f"{label:<34}{_f(acc.value)}  ({acc.right}/{acc.total})"


def _scope_rows(name: str, scope: Scope) -> list[str]:
    return [
        _prf_row(f"event types, {name}", scope.types),
        _prf_row(f"participants, {name}", scope.participants),
        _prf_row(f"countries/orgs, {name}", scope.countries),
        _acc_row(f"participant country/org, {name}", scope.attribution),
    ]


def render(report: Report) -> str:
    lines = [
        f"sources {report.sources}  gold items {report.items_gold}  "
        f"predicted items {report.items_predicted}",
    ]
    if report.sources_missing:
        lines.append(f"sources with no prediction: {len(report.sources_missing)}")
    lines += ["", f"{'':<34}{'  prec':>6}  {'recall':>6}  {'    F1':>6}  {'gold':>5}  {'pred':>5}"]
    lines += _scope_rows("all", report.all_types)
    lines += _scope_rows("interactions", report.interactions)
    lines.append("")
    for event_type in (*INTERACTION_TYPES, "statement", "aid"):
        lines.append(_prf_row(f"  {event_type}", report.per_type[event_type]))
    lines += [
        "",
        _acc_row("date", report.date),
        _acc_row("dateline place", report.dateline_place),
        _acc_row("dateline date", report.dateline_date),
        _acc_row("dateline agency", report.dateline_agency),
        _acc_row("headline", report.headline),
    ]
    return "\n".join(lines)
