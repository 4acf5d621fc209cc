"""The report's content, built once from the project as it is and written out by every
renderer: title, the survey items, a joint display per theme, the p-value table and the
method section."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ... import estimation
from ...codebook import Codebook
from ...errors import InputError
from ...store import design as design_sql
from ...store import queries
from ..common import ExportContext, header_line
from . import method, themes
from .build import Build, Item
from .model import (
    DASH,
    Cells,
    Paragraph,
    Report,
    Section,
    Table,
    count,
    names,
    number,
    p_value,
    pct_ci,
)

if TYPE_CHECKING:  # pragma: no cover
    from ...core import Core


def choose_themes(core: Core, codes: Sequence[str | int] | None) -> list[str]:
    """The codes given, or every top-level code with live codings in its subtree."""
    if codes is not None:
        return [Codebook(core).get(c).path for c in codes]
    counts = Codebook(core).coding_counts()
    tops = [c.path for c in Codebook(core).codes() if c.parent_id is None]
    return [t for t in tops if any(n for p, n in counts.items() if p == t or p.startswith(t + "/"))]


def choose_by(core: Core, by: Sequence[str] | None) -> list[str]:
    """The breakdowns given (checked), else the variables with known population margins."""
    not_groups = {"respondent", "weight"} | {
        v["name"] for v in queries.variables(core.db) if v["role"] in ("id", "weight")
    }
    columns = set(core.respondents().columns) - not_groups
    if by is None:
        return sorted(v for v in design_sql.margins(core.db) if v in columns)
    unknown = [v for v in by if v not in columns]
    if unknown:
        raise InputError(None, f"no survey variable {unknown[0]!r} to break the report down by")
    return list(by)


def build(
    ctx: ExportContext,
    *,
    by: Sequence[str] | None = None,
    codes: Sequence[str | int] | None = None,
    items: Sequence[Item] | None = None,
) -> Report:
    """The whole report for ``ctx``'s project; see :func:`workbench.export.report.write_report`."""
    core = ctx.core
    chosen = choose_themes(core, codes)
    b = Build(
        ctx,
        choose_by(core, by),
        [(v, tuple(vals)) for v, vals in (items or [])],
        Cells(ctx.min_cell),
    )
    if (b.by or b.items) and b.frame.empty:
        raise InputError(None, "the project has no respondents: import a survey first")
    for variable, values in b.items:
        if variable not in b.frame.columns or not values:
            raise InputError(
                None,
                f"a survey item needs a survey variable and the values it "
                f"counts: {variable!r} {list(values)!r}",
            )
    m = ctx.meta
    title = f"{m['project']}: summary report"
    subtitle = [
        f"Codebook version {m['codebook_version']}; state as of {m['as_of']} "
        f"(event {m['last_event']}).",
        f"Breakdowns: {names(b.by) or 'none'}; themes: {len(chosen)}.",
    ]
    sections = []
    if b.items:
        sections.append(_items_section(b))
    sections.append(
        Section("Themes", 1).add(
            Paragraph(
                "Each theme puts the survey figures, the theme's weighted prevalence among the "
                "respondents who answered an open question, the focus-group counts and quotes side "
                "by side, with the verdict the researchers recorded."
                if chosen
                else "No theme has been coded yet."
            )
        )
    )
    sections += [themes.theme_section(b, path) for path in chosen]
    for item in b.items:
        b.tests += [("item", b.item_label(item), by, b.item_estimate(item, by)) for by in b.by]
    sections.append(_tests_section(b))
    sections += method.method_sections(b, chosen)
    return Report(title, subtitle, sections, header_line(ctx), b.cells.suppressed)


def _items_section(b: Build) -> Section:
    """The survey items overall: weighted share with 95% CI."""
    rows, data = [], []
    for item in b.items:
        row = estimation.estimate(b.core, proportion=(item[0], list(item[1])))["estimates"][0]
        hidden = b.cells.hide(row["n"], int(b.item_indicator(item).sum()))
        rows.append([b.item_label(item), DASH if hidden else pct_ci(row), count(row["n"])])
        data.append(row)
    return Section("Survey figures", 1).add(
        Table(
            ["Survey item", "Weighted share (95% CI)", "Respondents (n)"],
            rows,
            caption="Survey items, all respondents",
            data=data,
            notes=b.cells.notes(rows),
        )
    )


def _tests_section(b: Build) -> Section:
    """Every theme and survey item by every breakdown: the design-based test, F, p and an
    asterisk at p < 0.05."""
    section = Section("Tests of group differences", 1)
    if not b.tests:
        return section.add(Paragraph("No breakdown was asked for, so nothing was tested."))
    rows, data = [], []
    for kind, name, by, estimate in b.tests:
        test = estimate["test"] or {}
        hidden = any(r["suppressed"] for r in estimate["estimates"])
        rows.append(
            [
                ("Theme: " if kind == "theme" else "Survey: ") + name,
                by,
                test.get("test", DASH),
                number(test.get("statistic")),
                f"{number(test.get('ndf'))}, {number(test.get('ddf'), 1)}" if test else DASH,
                p_value(test.get("p")),
                (test.get("sig") or "") + (" †" if hidden else ""),
            ]
        )
        data.append({"kind": kind, "name": name, "by": by, **test})
    kinds = names(sorted({r["test"] for r in data if r.get("test")})) or "none"
    notes = [
        f"Test: {kinds}, on the weighted, stratified design; df: numerator, "
        f"denominator. * p < 0.05.",
        "Themes: among the respondents who answered an open question.",
        *(
            [
                "† some groups have fewer than the small-cell threshold of respondents; their "
                "figures are suppressed, the test uses all respondents."
            ]
            if any("†" in r[-1] for r in rows)
            else []
        ),
    ]
    return section.add(
        Table(
            ["Theme or item", "By", "Test", "F", "df", "p", "Sig."],
            rows,
            caption="Group differences",
            notes=notes,
            data=data,
        )
    )
