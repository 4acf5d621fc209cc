"""One theme's joint display in the report: its weighted prevalence by subgroup next to the
survey items (table and chart with 95% CIs), focus-group counts, redacted quotes per
subgroup and the recorded verdict. Every figure from fewer than ``min_cell`` respondents
(or participants) is suppressed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from ... import estimation, figures, joint, privacy, retrieval, small_cells
from ...codebook import Codebook
from ...errors import InputError
from ...store import queries
from . import charts
from .model import DASH, THIN, Figure, Paragraph, Quote, Section, Table, day

if TYPE_CHECKING:  # pragma: no cover
    from .build import Build

QUOTES = 3


def title(b: Build, path: str) -> str:
    code = Codebook(b.core).get(path)
    english = code.label_en and b.w.language == "en"
    return f"{code.path} ({code.label_en})" if english else code.path


def theme_section(b: Build, path: str) -> Section:
    """The joint display of the theme ``path`` (with its sub-codes)."""
    code = Codebook(b.core).get(path)
    w = b.w
    section = Section(w("Theme: {name}", name=title(b, path)), 2)
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
        thin = shown and bool(overall.get("thin"))
        section.add(
            Paragraph(
                w(
                    "Weighted share of the respondents who answered an open question whose "
                    "answers carry this theme: {share}; {coded} respondents coded.",
                    share=w.pct_ci(overall, w("95% CI ")) + (f" {THIN}" if thin else "")
                    if shown
                    else DASH,
                    coded=w.count(coded) if shown else DASH,
                )
            )
        )
        basis = result["basis"] if w.language == "en" else figures.basis(result, w.language)
        section.add(Paragraph(w("This figure is {basis}.", basis=basis), "note"))
        if thin:
            section.add(Paragraph(thin_note(b), "note"))
        displays = {by: joint.joint_display(b.core, path, by) for by in b.by}
    elif refused is not None:
        section.add(Paragraph(w("No valid survey figure yet: {why}", why=refused), "note"))
    else:
        section.add(
            Paragraph(
                w(
                    "No open answer carries this theme, so it has no survey "
                    "figure; it can only be shown from the focus groups."
                )
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
            panels,
            w("{name}: share by subgroup", name=title(b, path)),
            w(charts.FOOTER),
            w(charts.HIDDEN, dash=DASH, min_cell=b.cells.min_cell),
        )
        alt = w(
            "Chart: weighted share with 95% confidence intervals of {path} by {by}"
            if not b.items
            else "Chart: weighted share with 95% confidence intervals of {path} by {by}, "
            "next to the survey items",
            path=path,
            by=w.names(displays),
        )
        section.blocks.insert(
            2 if code.definition else 1,
            Figure(png, alt, w("{name} by {by}.", name=title(b, path), by=w.names(displays))),
        )
    section.add(_focus_groups(b, path, displays))
    section.add(*_quotes(b, path, displays))
    section.add(*_verdict(b, path))
    return section


def thin_note(b: Build) -> str:
    """What the mark on a thin figure means (figures.THIN_MENTIONS)."""
    return b.w(
        "{mark} rests on fewer than {n} human-coded mentions: its 95% interval covers the "
        "true share less reliably than stated, so read it as an indication.",
        mark=THIN,
        n=figures.THIN_MENTIONS,
    )


def _breakdown(
    b: Build, path: str, by: str, prevalence: dict, indicator: pd.Series
) -> tuple[Table, charts.Panel]:
    """The theme and the items per value of ``by``: a table and a chart panel."""
    w = b.w
    groups = [str(r[by]) for r in prevalence["estimates"]]
    columns = [by, w("Answered (n)"), w("Coded (n)"), w("Theme share (95% CI)")]
    series = [charts.Series(w("Theme: share of respondents who answered"), [])]
    numerators = b.numerators(indicator, by)
    rows, data = [], []
    for row in prevalence["estimates"]:
        value = str(row[by])
        hidden = b.cells.hide(row["n"], numerators.get(value, 0), figures=2)
        rows.append(
            [
                value,
                w.count(row["n"]),
                DASH if hidden else w.count(numerators.get(value, 0)),
                DASH if hidden else w.pct_ci(row) + (f" {THIN}" if row.get("thin") else ""),
            ]
        )
        series[0].values.append(
            None if hidden else (row["estimate"], row["ci_low"], row["ci_high"])
        )
        data.append({**row, "suppressed": hidden})
    for item in b.items:
        columns.append(w("{item} (95% CI)", item=b.item_label(item)))
        found = {str(r[by]): r for r in b.item_estimate(item, by)["estimates"]}
        counted = b.numerators(b.item_indicator(item), by)
        values = []
        for value, cells in zip(groups, rows):
            row = found.get(value)
            hidden = row is None or b.cells.hide(row["n"], counted.get(value, 0))
            cells.append(DASH if hidden else w.pct_ci(row))
            values.append(None if hidden else (row["estimate"], row["ci_low"], row["ci_high"]))
        series.append(charts.Series(w("Survey: {name}", name=b.item_label(item)), values))
    table = Table(
        columns,
        rows,
        caption=w("{name} by {by}", name=title(b, path), by=by),
        data=data,
        notes=[
            w(
                "Shares are weighted; the theme's share is among the respondents who "
                "answered an open question."
            ),
            *b.cells.notes(rows),
            *([thin_note(b)] if any(THIN in cells[3] for cells in rows) else []),
        ],
    )
    return table, charts.Panel(w("by {by}", by=by), groups, series)


def _focus_groups(b: Build, path: str, displays: dict[str, dict]) -> Table | Paragraph:
    """Speakers and turns coded per focus group (and per speaker attribute that is one of
    the breakdowns), never weighted; small groups suppressed."""
    w = b.w
    if not queries.speakers(b.core.db, None):
        return Paragraph(w("The project holds no focus-group transcripts."), "note")
    parts = [(w("Focus group"), joint.focus_group_counts(b.core, path).to_dict(orient="records"))]
    parts += [(by, d["focus_groups_by"]) for by, d in displays.items() if d["focus_groups_by"]]
    rows, data = [], []
    for label, records in parts:
        for r in records:
            value = f"{label}: " + (w("(not recorded)") if pd.isna(r["value"]) else str(r["value"]))
            rows.append(_group_row(b, value, r))
            data.append(r)
    total = {
        k: sum(int(r[k]) for r in parts[0][1])
        for k in ("speakers", "coded_speakers", "coded_turns")
    }
    rows.append(_group_row(b, w("All focus groups"), total))
    return Table(
        [w("Group"), w("Speakers"), w("Speakers coded"), w("Turns coded")],
        rows,
        caption=w("{path} in the focus groups (counts, not weighted)", path=path),
        data=data,
        notes=b.cells.notes(rows),
    )


def _group_row(b: Build, label: str, r: dict) -> list[str]:
    count = b.w.count
    speakers = DASH if b.cells.hide(r["speakers"]) else count(r["speakers"])
    coded = DASH if b.cells.hide(r["coded_speakers"], figures=2) else count(r["coded_speakers"])
    return [label, speakers, coded, DASH if coded == DASH else count(r["coded_turns"])]


def _quotes(b: Build, path: str, displays: dict[str, dict]) -> list:
    """Redacted quotes per subgroup of the first breakdown (or overall)."""
    w = b.w
    if displays:
        by = next(iter(displays))
        quotes = displays[by]["quotes"]
        intro = w(
            "Quotes per {by}: the first coded answers of each subgroup in coding order, "
            "at most two, personal data redacted; none from subgroups with fewer than "
            "{min_cell} coded respondents.",
            by=by,
            min_cell=b.cells.min_cell,
        )
        blocks: list = [Paragraph(intro)]
        for value, texts in sorted(quotes.items()):
            blocks += [Quote(privacy.redact(t), f"{by}: {value}") for t in texts]
        return blocks if quotes else [Paragraph(intro + " " + w("No subgroup qualifies."))]
    try:
        passages = retrieval.retrieve(b.core, path, unit="answers")
    except InputError:
        return []
    if passages.empty or small_cells.suppressed(passages["respondent"].nunique(), b.cells.min_cell):
        return [Paragraph(w("No quotes: fewer than the small-cell threshold of respondents."))]
    texts = passages.sort_values("coding_id")["unit_text"].head(QUOTES)
    return [Paragraph(w("Quotes (personal data redacted):"))] + [
        Quote(privacy.redact(" ".join(t.split()))) for t in texts
    ]


def _verdict(b: Build, path: str) -> list:
    """The current verdict with its memo (redacted), and how many came before it."""
    w = b.w
    history = joint.verdicts(b.core, path)
    if not history:
        return [Paragraph(w("Verdict: none recorded yet."), "note")]
    last = history[-1]
    text = w(
        "Verdict: {verdict} (recorded by {coder} on {day}",
        verdict=w(last["verdict"]),
        coder=b.coder(last["coder"]),
        day=day(last["time"]),
    )
    if len(history) > 1:
        text += w("; {earlier} kept", earlier=w.plural(len(history) - 1, "earlier verdict"))
    blocks: list = [Paragraph(text + ").", "lead")]
    if last["memo"].strip():
        blocks.append(Paragraph(w("Memo: ") + privacy.redact(last["memo"])))
    return blocks
