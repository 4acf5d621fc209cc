"""The generated method section: what was done, stated from the project's own records
(imported files, strata, weights, codebook, codings, samples, model runs, verdicts, events),
never from fixed text about a particular study."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import design, estimation, privacy
from ...analysis import survey
from ...codebook import Codebook
from ...store import design as design_sql
from ...store import queries
from ...store import reporting as sql
from . import method_coding
from .model import Bullets, Paragraph, Section, Table, count, day, names, number, pct, plural

if TYPE_CHECKING:  # pragma: no cover
    from .build import Build


def method_sections(b: Build, themes: list[str]) -> list[Section]:
    """The "Method" section and its subsections, in the order a reader asks."""
    intro = Section("Method", 1).add(
        Paragraph(
            "This section is generated from the project's records: the imported files, the "
            "survey design, the codebook, every coding and decision, and the audit trail."
        )
    )
    parts = [_sources(b), _design(b), _codebook(b), *method_coding.sections(b, themes)]
    return [intro, *parts, _privacy(b), _audit(b)]


def _sources(b: Build) -> Section:
    db = b.core.db
    counts = queries.counts(b.core.db)
    files = sql.sources(db)
    part = sql.participants(db)
    questions = sql.questions(db)
    text = (
        f"The project holds {plural(counts['respondents'], 'survey respondent')} and "
        f"{plural(counts['answers'], 'open answer')} from "
        f"{plural(sql.respondents_answering(db), 'respondent')} to "
        f"{plural(len(questions), 'open question')}; and "
        f"{plural(counts['transcripts'], 'focus-group transcript')} of "
        f"{plural(part['groups'], 'focus group')} with {plural(part['speakers'], 'speaker')} "
        f"({part['speaking']:,} of whom spoke) in {plural(counts['turns'], 'turn')}. "
        f"Answers and turns were split into {plural(counts['sentences'], 'sentence')} "
        f"for search and coding. Speakers are never linked to survey respondents."
    )
    section = Section("Data sources", 2).add(Paragraph(text))
    if files:
        section.add(
            Table(
                ["File", "Kind", "Format", "Imported", "Respondents", "Open answers", "Turns"],
                [
                    [
                        f["filename"],
                        f["kind"],
                        f["format"],
                        day(f["time"]),
                        count(f["respondents"]),
                        count(f["answers"]),
                        count(f["turns"]),
                    ]
                    for f in files
                ],
                caption="Imported files",
                data=files,
            )
        )
    if questions:
        section.add(
            Table(
                ["Open question", "Label", "Answers"],
                [[q["question"], q["label"] or "", count(q["answers"])] for q in questions],
                caption="Open questions",
                data=questions,
            )
        )
    return section


def _design(b: Build) -> Section:
    """Strata, response per stratum, the weights and the representativeness check."""
    section = Section("Sampling and weighting", 2)
    frame = b.frame
    if frame.empty:
        return section.add(Paragraph("The project has no survey respondents."))
    strata = design_sql.strata(b.core.db)
    observed = frame["stratum"].astype(str).value_counts()
    weight = next((v["name"] for v in queries.variables(b.core.db) if v["role"] == "weight"), None)
    section.add(
        Paragraph(
            f"The survey is a stratified sample of {plural(len(observed), 'stratum', 'strata')}. "
            + (
                "Population and sample sizes per stratum were imported (import-design):"
                if strata
                else "No population sizes per stratum were imported, so estimates use no "
                "finite population correction."
            )
        )
    )
    if strata:
        rows, sampled = [], 0
        for s in strata:
            n = int(observed.get(s["stratum"], 0))
            hidden = b.cells.hide(n, figures=2)
            rate = None if hidden or not s["sampled"] else n / s["sampled"]
            rows.append(
                [
                    s["stratum"],
                    count(s["population"]),
                    count(s["sampled"]),
                    count(None if hidden else n),
                    pct(rate),
                ]
            )
            sampled += s["sampled"] or 0
        total = len(frame)
        rows.append(
            [
                "All strata",
                count(sum(s["population"] for s in strata)),
                count(sampled or None),
                count(total),
                pct(total / sampled if sampled else None),
            ]
        )
        section.add(
            Table(
                ["Stratum", "Population", "Sampled", "Respondents", "Response"],
                rows,
                caption="Strata",
                data=strata,
                notes=b.cells.notes(rows),
            )
        )
    report = estimation.weights_report(b.core)
    summaries = report["weights"]
    section.add(Paragraph(_weights_text(b, weight, strata, list(design_sql.margins(b.core.db)))))
    section.add(
        Table(
            ["Weights", "Min", "Max", "Mean", "CV", "Kish deff"],
            [
                [
                    name,
                    number(w["min"]),
                    number(w["max"]),
                    number(w["mean"]),
                    number(w["cv"]),
                    number(w["deff_kish"]),
                ]
                for name, w in summaries.items()
            ],
            caption="Weights (Kish's design effect of weighting: 1 + CV²)",
            data=[{"weights": name, **w} for name, w in summaries.items()],
        )
    )
    if report["representativeness"]:
        keys = [
            k
            for k in ("unweighted", "imported", "design", "raked")
            if k in report["representativeness"][0]
        ]
        section.add(
            Table(
                ["Variable", "Value", "Population", *[k.capitalize() for k in keys]],
                [
                    [
                        r["variable"],
                        str(r["value"]),
                        pct(r["population"]),
                        *[pct(r.get(k)) for k in keys],
                    ]
                    for r in report["representativeness"]
                ],
                caption="Respondents against the known population shares",
                data=report["representativeness"],
            )
        )
    section.add(Paragraph(_variance_text(b)))
    return section


def _weights_text(b: Build, weight: str | None, strata: list[dict], margins: list[str]) -> str:
    text = (
        f"Estimates in this report use the weights imported with the survey (column {weight!r})."
        if weight
        else "The survey was imported without weights, so every respondent weighs 1."
    )
    if strata:
        design = survey.design_weights(
            b.frame, {s["stratum"]: s["population"] for s in strata}, strata="stratum"
        )
        gap = float(((b.frame["weight"] - design).abs() / design).max())
        text += (
            " They equal the design weights N_h / n_h, stratum population over "
            f"respondents (largest relative difference {gap:.1e})."
            if gap < 1e-6
            else f" They differ from the design weights N_h / n_h (stratum population over "
            f"respondents) by up to {pct(gap)}."
        )
    if margins:
        text += (
            f" For comparison, weights raked to the known population shares of "
            f"{names(margins)}{' and the stratum sizes' if strata else ''} were computed "
            f"(below: 'raked')."
        )
    return text


def _variance_text(b: Build) -> str:
    survey_design = design.survey_design(b.core)
    tests = sorted({t[3]["test"]["test"] for t in b.tests if t[3]["test"]})
    fpc = "with" if survey_design.fpc else "without"
    return (
        f"Standard errors are Taylor-linearised for the stratified design "
        f"({plural(len(survey_design.strata_), 'stratum', 'strata')}, {survey_design.degf():,} degrees of "
        f"freedom, {fpc} finite population correction); 95% confidence intervals of shares "
        f"are computed on the logit scale; domains (subgroups) are estimated on the full "
        f"design. Group differences: {names(tests) or 'none tested'}"
        f"{', p < 0.05 marked *' if tests else ''}."
    )


def _codebook(b: Build) -> Section:
    book = Codebook(b.core)
    codes = book.codes()
    every = book.codes(include_inactive=True)
    tops = [c for c in codes if c.parent_id is None]
    imports = sql.events_of(b.core.db, ["codebook-import"])
    changes = sum(
        n
        for a, n in sql.action_counts(b.core.db).items()
        if a.startswith("codebook-") and a != "codebook-import"
    )
    text = (
        f"Codebook version {book.version}: {plural(len(codes), 'active code')} in "
        f"{plural(len(tops), 'top-level theme')}"
        + (f", imported from {names(sorted({e['target'] for e in imports}))}" if imports else "")
        + f"; {plural(changes, 'later change')} (added, renamed, moved, merged, split or "
        f"edited codes), each recorded as an event"
        + (
            f"; {plural(len(every) - len(codes), 'code')} merged or retired, their codings kept"
            if len(every) > len(codes)
            else ""
        )
        + "."
    )
    items = [
        f"{c.path}"
        + (f" ({c.label_en})" if c.label_en else "")
        + ": "
        + plural(sum(1 for d in codes if d.path.startswith(c.path + "/")), "sub-code")
        for c in tops
    ]
    return Section("Codebook", 2).add(Paragraph(text), Bullets(items))


def _privacy(b: Build) -> Section:
    redacted = names(sorted(set(privacy.LABELS.values())))
    return Section("Privacy and small cells", 2).add(
        Paragraph(
            f"Every figure based on fewer than {b.cells.min_cell} respondents (or focus-group "
            f"participants) is suppressed and shown as –, for a subgroup's size and for the number "
            f"counted in a share alike: {plural(b.cells.suppressed, 'figure')} in this report. "
            f"The threshold is the project's setting and can only be raised. Quotes are redacted "
            f"by rule-based detection of personal data before they appear (replaced by "
            f"{redacted}); the report names no respondent id and no focus-group speaker."
        )
    )


def _audit(b: Build) -> Section:
    actions = sql.action_counts(b.core.db)
    m = b.ctx.meta
    text = (
        f"The project's audit trail holds {plural(sum(actions.values()), 'event')}; "
        f"this report shows the state after event {m['last_event']} ({m['as_of']}). "
        "Events by action: " + "; ".join(f"{a} {n:,}" for a, n in actions.items()) + ". "
        "Making this report changed nothing in the project."
    )
    return Section("Audit trail", 2).add(Paragraph(text))
