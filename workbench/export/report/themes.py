"""One theme's joint display in the report: its weighted prevalence by subgroup next to the
survey items (table and chart with 95% CIs), focus-group counts, redacted quotes per
subgroup and the recorded verdict. Every figure from fewer than ``min_cell`` respondents
(or participants) is suppressed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from ... import estimation, joint, privacy, retrieval, small_cells
from ...codebook import Codebook
from ...errors import InputError
from ...store import queries
from . import charts
from .model import DASH, Figure, Paragraph, Quote, Section, Table, count, day, names, pct_ci, plural

if TYPE_CHECKING:  # pragma: no cover
    from .build import Build

QUOTES = 3


def title(b: Build, path: str) -> str:
    code = Codebook(b.core).get(path)
    return f"{code.path} ({code.label_en})" if code.label_en else code.path


def theme_section(b: Build, path: str) -> Section:
    """The joint display of the theme ``path`` (with its sub-codes)."""
    code = Codebook(b.core).get(path)
    section = Section(f"Theme: {title(b, path)}", 2)
    if code.definition:
        section.add(Paragraph(code.definition, "note"))
    indicator = b.indicator(path)
    coded = int(indicator.sum())
    displays: dict[str, dict] = {}
    refused = None
    if coded:
        try:
            result = estimation.estimate(b.core, code=path, among="answered", method="best")
        except InputError as error:
            refused = error.problem
    if coded and refused is None:
        overall = result["estimates"][0]
        shown = not b.cells.hide(overall["n"], coded, figures=2)
        section.add(
            Paragraph(
                f"Weighted share of the respondents who answered an open question whose answers "
                f"carry this theme: {pct_ci(overall, '95% CI ') if shown else DASH}; "
                f"{count(coded) if shown else DASH} respondents coded."
            )
        )
        section.add(Paragraph(f"This figure is {result['basis']}.", "note"))
        displays = {by: joint.joint_display(b.core, path, by) for by in b.by}
    elif refused is not None:
        section.add(Paragraph(f"No valid survey figure yet: {refused}", "note"))
    else:
        section.add(
            Paragraph(
                "No open answer carries this theme, so it has no survey "
                "figure; it can only be shown from the focus groups."
            )
        )
    panels = []
    for by, display in displays.items():
        table, panel = _breakdown(b, path, by, display["prevalence"], indicator)
        section.add(table)
        panels.append(panel)
        b.tests.append(("theme", path, by, display["prevalence"]))
    if panels:
        png = charts.interval_chart(
            panels, f"{title(b, path)}: share by subgroup", b.cells.min_cell
        )
        alt = (
            f"Chart: weighted share with 95% confidence intervals of {path} by "
            f"{names(list(displays))}" + (", next to the survey items" if b.items else "")
        )
        section.blocks.insert(
            2 if code.definition else 1,
            Figure(png, alt, f"{title(b, path)} by {names(list(displays))}."),
        )
    section.add(_focus_groups(b, path, displays))
    section.add(*_quotes(b, path, displays))
    section.add(*_verdict(b, path))
    return section


def _breakdown(
    b: Build, path: str, by: str, prevalence: dict, indicator: pd.Series
) -> tuple[Table, charts.Panel]:
    """The theme and the items per value of ``by``: a table and a chart panel."""
    groups = [str(r[by]) for r in prevalence["estimates"]]
    columns = [by, "Answered (n)", "Coded (n)", "Theme share (95% CI)"]
    series = [charts.Series("Theme: share of respondents who answered", [])]
    numerators = b.numerators(indicator, by)
    rows, data = [], []
    for row in prevalence["estimates"]:
        value = str(row[by])
        hidden = b.cells.hide(row["n"], numerators.get(value, 0), figures=2)
        rows.append(
            [
                value,
                count(row["n"]),
                DASH if hidden else count(numerators.get(value, 0)),
                DASH if hidden else pct_ci(row),
            ]
        )
        series[0].values.append(
            None if hidden else (row["estimate"], row["ci_low"], row["ci_high"])
        )
        data.append({**row, "suppressed": hidden})
    for item in b.items:
        columns.append(f"{b.item_label(item)} (95% CI)")
        found = {str(r[by]): r for r in b.item_estimate(item, by)["estimates"]}
        counted = b.numerators(b.item_indicator(item), by)
        values = []
        for value, cells in zip(groups, rows):
            row = found.get(value)
            hidden = row is None or b.cells.hide(row["n"], counted.get(value, 0))
            cells.append(DASH if hidden else pct_ci(row))
            values.append(None if hidden else (row["estimate"], row["ci_low"], row["ci_high"]))
        series.append(charts.Series(f"Survey: {b.item_label(item)}", values))
    table = Table(
        columns,
        rows,
        caption=f"{title(b, path)} by {by}",
        data=data,
        notes=[
            "Shares are weighted; the theme's share is among the respondents who "
            "answered an open question.",
            *b.cells.notes(rows),
        ],
    )
    return table, charts.Panel(f"by {by}", groups, series)


def _focus_groups(b: Build, path: str, displays: dict[str, dict]) -> Table | Paragraph:
    """Speakers and turns coded per focus group (and per speaker attribute that is one of
    the breakdowns), never weighted; small groups suppressed."""
    if not queries.speakers(b.core.db, None):
        return Paragraph("The project holds no focus-group transcripts.", "note")
    parts = [("Focus group", joint.focus_group_counts(b.core, path).to_dict(orient="records"))]
    parts += [(by, d["focus_groups_by"]) for by, d in displays.items() if d["focus_groups_by"]]
    rows, data = [], []
    for label, records in parts:
        for r in records:
            value = f"{label}: " + ("(not recorded)" if pd.isna(r["value"]) else str(r["value"]))
            rows.append(_group_row(b, value, r))
            data.append(r)
    total = {
        k: sum(int(r[k]) for r in parts[0][1])
        for k in ("speakers", "coded_speakers", "coded_turns")
    }
    rows.append(_group_row(b, "All focus groups", total))
    return Table(
        ["Group", "Speakers", "Speakers coded", "Turns coded"],
        rows,
        caption=f"{path} in the focus groups (counts, not weighted)",
        data=data,
        notes=b.cells.notes(rows),
    )


def _group_row(b: Build, label: str, r: dict) -> list[str]:
    speakers = DASH if b.cells.hide(r["speakers"]) else count(r["speakers"])
    coded = DASH if b.cells.hide(r["coded_speakers"], figures=2) else count(r["coded_speakers"])
    return [label, speakers, coded, DASH if coded == DASH else count(r["coded_turns"])]


def _quotes(b: Build, path: str, displays: dict[str, dict]) -> list:
    """Redacted quotes per subgroup of the first breakdown (or overall)."""
    if displays:
        by = next(iter(displays))
        quotes = displays[by]["quotes"]
        intro = (
            f"Quotes per {by}: the first coded answers of each subgroup in coding order, "
            f"at most two, personal data redacted; none from subgroups with fewer than "
            f"{b.cells.min_cell} coded respondents."
        )
        blocks: list = [Paragraph(intro)]
        for value, texts in sorted(quotes.items()):
            blocks += [Quote(privacy.redact(t), f"{by}: {value}") for t in texts]
        return blocks if quotes else [Paragraph(intro + " No subgroup qualifies.")]
    try:
        passages = retrieval.retrieve(b.core, path, unit="answers")
    except InputError:
        return []
    if passages.empty or small_cells.suppressed(passages["respondent"].nunique(), b.cells.min_cell):
        return [Paragraph("No quotes: fewer than the small-cell threshold of respondents.")]
    texts = passages.sort_values("coding_id")["unit_text"].head(QUOTES)
    return [Paragraph("Quotes (personal data redacted):")] + [
        Quote(privacy.redact(" ".join(t.split()))) for t in texts
    ]


def _verdict(b: Build, path: str) -> list:
    """The current verdict with its memo (redacted), and how many came before it."""
    history = joint.verdicts(b.core, path)
    if not history:
        return [Paragraph("Verdict: none recorded yet.", "note")]
    last = history[-1]
    text = (
        f"Verdict: {last['verdict']} (recorded by {last['coder']} on {day(last['time'])}"
        + (f"; {plural(len(history) - 1, 'earlier verdict')} kept" if len(history) > 1 else "")
        + ")."
    )
    blocks: list = [Paragraph(text, "lead")]
    if last["memo"].strip():
        blocks.append(Paragraph("Memo: " + privacy.redact(last["memo"])))
    return blocks
