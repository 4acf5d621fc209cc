"""The report's content, built once from the project as it is and written out by every
renderer: title, the survey items, a joint display per theme, the p-value table and the
method section."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ... import estimation
from ...codebook import Codebook
from ...errors import InputError
from ...progress import Progress, step
from ...store import design as design_sql
from ...store import queries
from ..common import ExportContext, header_line
from . import method, themes
from .build import Build, Item
from .model import DASH, Cells, Paragraph, Report, Section, Table
from .words import Words

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
    language: str = "en",
    progress: Progress | None = None,
) -> Report:
    """The whole report for ``ctx``'s project in ``language`` (nl or en); see
    :func:`workbench.export.report.write_report`."""
    core = ctx.core
    w = Words(language)
    chosen = choose_themes(core, codes)
    b = Build(
        ctx,
        choose_by(core, by),
        [(v, tuple(vals)) for v, vals in (items or [])],
        Cells(ctx.min_cell, _dash_note(w, ctx.min_cell)),
        w,
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
    title = w("{project}: summary report", project=m["project"])
    subtitle = [
        w(
            "Codebook version {version}; state as of {as_of} (event {event}).",
            version=m["codebook_version"],
            as_of=m["as_of"],
            event=m["last_event"],
        ),
        w(
            "Breakdowns: {by}; themes: {themes}.",
            by=w.names(b.by) or w("none"),
            themes=len(chosen),
        ),
        *_audience(b),
    ]
    sections = []
    if b.items:
        sections.append(_items_section(b))
    sections.append(
        Section(w("Themes"), 1).add(
            Paragraph(
                w(
                    "Each theme puts the survey figures, the theme's weighted prevalence among "
                    "the respondents who answered an open question, the focus-group counts and "
                    "quotes side by side, with the verdict the researchers recorded."
                )
                if chosen
                else w("No theme has been coded yet.")
            )
        )
    )
    for number, path in enumerate(chosen):
        step(progress, "themes", number, len(chosen))
        sections.append(themes.theme_section(b, path))
    step(progress, "method")
    for item in b.items:
        b.tests += [("item", b.item_label(item), by, b.item_estimate(item, by)) for by in b.by]
    sections.append(_tests_section(b))
    sections += method.method_sections(b, chosen)
    footer = header_line(ctx) if language == "en" else _footer(w, ctx)
    figure = w("Figure")
    return Report(
        title, subtitle, sections, footer, b.cells.suppressed, language, figure, sorted(w.missing)
    )


def _dash_note(w: Words, min_cell: int) -> str:
    return w(
        "{dash} suppressed: based on fewer than {min_cell} respondents (or participants).",
        dash=DASH,
        min_cell=min_cell,
    )


def _footer(w: Words, ctx: ExportContext) -> str:
    """:func:`header_line` in the report's language."""
    m = ctx.meta
    return w(
        "Duiding export of project {project!r}, codebook version {version}, state as of "
        "{as_of} (event {event}), audience {audience}, small-cell threshold {min_cell}",
        project=m["project"],
        version=m["codebook_version"],
        as_of=m["as_of"],
        event=m["last_event"],
        audience=w(m["audience"]),
        min_cell=m["min_cell"],
    )


def _audience(b: Build) -> list[str]:
    """The first page's line saying who the report is for and what that changes."""
    if b.ctx.viewer:
        return [
            b.w(
                "Viewer version: coder names are replaced by 'coder 1', 'coder 2', …; "
                "no respondent id or speaker name appears; quotes are redacted; every figure "
                "from fewer than {min_cell} people is suppressed.",
                min_cell=b.cells.min_cell,
            )
        ]
    return [
        b.w(
            "Researcher version: names the coders. Not for circulation beyond the "
            "research team; share the viewer version."
        )
    ]


def _items_section(b: Build) -> Section:
    """The survey items overall: weighted share with 95% CI."""
    rows, data = [], []
    for item in b.items:
        row = estimation.estimate(b.core, proportion=(item[0], list(item[1])))["estimates"][0]
        hidden = b.cells.hide(row["n"], int(b.item_indicator(item).sum()))
        rows.append([b.item_label(item), DASH if hidden else b.w.pct_ci(row), b.w.count(row["n"])])
        data.append(row)
    w = b.w
    return Section(w("Survey figures"), 1).add(
        Table(
            [w("Survey item"), w("Weighted share (95% CI)"), w("Respondents (n)")],
            rows,
            caption=w("Survey items, all respondents"),
            data=data,
            notes=b.cells.notes(rows),
        )
    )


def _tests_section(b: Build) -> Section:
    """Every theme and survey item by every breakdown: the design-based test, F, p and an
    asterisk at p < 0.05."""
    w = b.w
    section = Section(w("Tests of group differences"), 1)
    if not b.tests:
        return section.add(Paragraph(w("No breakdown was asked for, so nothing was tested.")))
    rows, data = [], []
    for kind, name, by, estimate in b.tests:
        test = estimate["test"] or {}
        hidden = any(r["suppressed"] for r in estimate["estimates"])
        rows.append(
            [
                w("Theme: {name}" if kind == "theme" else "Survey: {name}", name=name),
                by,
                test.get("test", DASH),
                w.number(test.get("statistic")),
                w("{ndf}, {ddf}", ndf=w.number(test.get("ndf")), ddf=w.number(test.get("ddf"), 1))
                if test
                else DASH,
                w.p_value(test.get("p")),
                (test.get("sig") or "") + (" †" if hidden else ""),
            ]
        )
        data.append({"kind": kind, "name": name, "by": by, **test})
    kinds = w.names(sorted({r["test"] for r in data if r.get("test")})) or w("none")
    notes = [
        w(
            "Test: {kinds}, on the weighted, stratified design; df: numerator, "
            "denominator. * p < 0.05.",
            kinds=kinds,
        ),
        w("Themes: among the respondents who answered an open question."),
        *(
            [
                w(
                    "† some groups have fewer than the small-cell threshold of respondents; "
                    "their figures are suppressed, the test uses all respondents."
                )
            ]
            if any("†" in r[-1] for r in rows)
            else []
        ),
    ]
    return section.add(
        Table(
            [w("Theme or item"), w("By"), w("Test"), "F", w("df"), "p", w("Sig.")],
            rows,
            caption=w("Group differences"),
            notes=notes,
            data=data,
        )
    )
