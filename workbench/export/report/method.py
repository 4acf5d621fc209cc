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
from .model import Bullets, Paragraph, Section, Table, day

if TYPE_CHECKING:  # pragma: no cover
    from .build import Build


def method_sections(b: Build, themes: list[str]) -> list[Section]:
    """The "Method" section and its subsections, in the order a reader asks."""
    intro = Section(b.w("Method"), 1).add(
        Paragraph(
            b.w(
                "This section is generated from the project's records: the imported files, "
                "the survey design, the codebook, every coding and decision, and the audit "
                "trail."
            )
        )
    )
    parts = [_sources(b), _design(b), _codebook(b), *method_coding.sections(b, themes)]
    return [intro, *parts, _privacy(b), _audit(b)]


def _sources(b: Build) -> Section:
    w, plural, count = b.w, b.w.plural, b.w.count
    db = b.core.db
    counts = queries.counts(b.core.db)
    files = sql.sources(db)
    part = sql.participants(db)
    questions = sql.questions(db)
    text = w(
        "The project holds {respondents} and {answers} from {answering} to {questions}; "
        "and {transcripts} of {groups} with {speakers} ({speaking} of whom spoke) in "
        "{turns}. Answers and turns were split into {sentences} for search and coding. "
        "Speakers are never linked to survey respondents.",
        respondents=plural(counts["respondents"], "survey respondent"),
        answers=plural(counts["answers"], "open answer"),
        answering=plural(sql.respondents_answering(db), "respondent"),
        questions=plural(len(questions), "open question"),
        transcripts=plural(counts["transcripts"], "focus-group transcript"),
        groups=plural(part["groups"], "focus group"),
        speakers=plural(part["speakers"], "speaker"),
        speaking=count(part["speaking"]),
        turns=plural(counts["turns"], "turn"),
        sentences=plural(counts["sentences"], "sentence"),
    )
    section = Section(w("Data sources"), 2).add(Paragraph(text))
    if files:
        section.add(
            Table(
                [
                    w(c)
                    for c in (
                        "File",
                        "Kind",
                        "Format",
                        "Imported",
                        "Respondents",
                        "Open answers",
                        "Turns",
                    )
                ],
                [
                    [
                        f["filename"],
                        w(f["kind"]),
                        f["format"],
                        day(f["time"]),
                        count(f["respondents"]),
                        count(f["answers"]),
                        count(f["turns"]),
                    ]
                    for f in files
                ],
                caption=w("Imported files"),
                data=files,
            )
        )
    if questions:
        section.add(
            Table(
                [w("Open question"), w("Label"), w("Answers")],
                [[q["question"], q["label"] or "", count(q["answers"])] for q in questions],
                caption=w("Open questions"),
                data=questions,
            )
        )
    return section


def _design(b: Build) -> Section:
    """Strata, response per stratum, the weights and the representativeness check."""
    w, count, pct, number = b.w, b.w.count, b.w.pct, b.w.number
    section = Section(w("Sampling and weighting"), 2)
    frame = b.frame
    if frame.empty:
        return section.add(Paragraph(w("The project has no survey respondents.")))
    strata = design_sql.strata(b.core.db)
    observed = frame["stratum"].astype(str).value_counts()
    weight = next((v["name"] for v in queries.variables(b.core.db) if v["role"] == "weight"), None)
    section.add(
        Paragraph(
            w(
                "The survey is a stratified sample of {strata}.",
                strata=w.plural(len(observed), "stratum", "strata"),
            )
            + " "
            + (
                w("Population and sample sizes per stratum were imported (import-design):")
                if strata
                else w(
                    "No population sizes per stratum were imported, so estimates use no "
                    "finite population correction."
                )
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
                w("All strata"),
                count(sum(s["population"] for s in strata)),
                count(sampled or None),
                count(total),
                pct(total / sampled if sampled else None),
            ]
        )
        section.add(
            Table(
                [w(c) for c in ("Stratum", "Population", "Sampled", "Respondents", "Response")],
                rows,
                caption=w("Strata"),
                data=strata,
                notes=b.cells.notes(rows),
            )
        )
    report = estimation.weights_report(b.core)
    summaries = report["weights"]
    section.add(Paragraph(_weights_text(b, weight, strata, list(design_sql.margins(b.core.db)))))
    section.add(
        Table(
            [w(c) for c in ("Weights", "Min", "Max", "Mean", "CV", "Kish deff")],
            [
                [
                    w(name),
                    number(s["min"]),
                    number(s["max"]),
                    number(s["mean"]),
                    number(s["cv"]),
                    number(s["deff_kish"]),
                ]
                for name, s in summaries.items()
            ],
            caption=w("Weights (Kish's design effect of weighting: 1 + CV²)"),
            data=[{"weights": name, **s} for name, s in summaries.items()],
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
                [w("Variable"), w("Value"), w("Population"), *[w(k.capitalize()) for k in keys]],
                [
                    [
                        r["variable"],
                        str(r["value"]),
                        pct(r["population"]),
                        *[pct(r.get(k)) for k in keys],
                    ]
                    for r in report["representativeness"]
                ],
                caption=w("Respondents against the known population shares"),
                data=report["representativeness"],
            )
        )
    section.add(Paragraph(_variance_text(b)))
    return section


def _weights_text(b: Build, weight: str | None, strata: list[dict], margins: list[str]) -> str:
    w = b.w
    text = (
        w(
            "Estimates in this report use the weights imported with the survey (column {weight!r}).",
            weight=weight,
        )
        if weight
        else w("The survey was imported without weights, so every respondent weighs 1.")
    )
    if strata:
        design = survey.design_weights(
            b.frame, {s["stratum"]: s["population"] for s in strata}, strata="stratum"
        )
        gap = float(((b.frame["weight"] - design).abs() / design).max())
        text += " " + (
            w(
                "They equal the design weights N_h / n_h, stratum population over "
                "respondents (largest relative difference {gap}).",
                gap=w.localise(f"{gap:.1e}"),
            )
            if gap < 1e-6
            else w(
                "They differ from the design weights N_h / n_h (stratum population over "
                "respondents) by up to {gap}.",
                gap=w.pct(gap),
            )
        )
    if margins:
        text += " " + w(
            "For comparison, weights raked to the known population shares of {margins} "
            "were computed (below: 'raked')."
            if not strata
            else "For comparison, weights raked to the known population shares of {margins} "
            "and the stratum sizes were computed (below: 'raked').",
            margins=w.names(margins),
        )
    return text


def _variance_text(b: Build) -> str:
    w = b.w
    survey_design = design.survey_design(b.core)
    tests = sorted({t[3]["test"]["test"] for t in b.tests if t[3]["test"]})
    return w(
        "Standard errors are Taylor-linearised for the stratified design ({strata}, "
        "{df} degrees of freedom, {fpc}); 95% confidence intervals of shares are computed "
        "on the logit scale; domains (subgroups) are estimated on the full design. "
        "Group differences: {tests}.",
        strata=w.plural(len(survey_design.strata_), "stratum", "strata"),
        df=w.count(survey_design.degf()),
        fpc=w(
            "with finite population correction"
            if survey_design.fpc
            else "without finite population correction"
        ),
        tests=w("{tests}, p < 0.05 marked *", tests=w.names(tests)) if tests else w("none tested"),
    )


def _codebook(b: Build) -> Section:
    w, plural = b.w, b.w.plural
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
    text = w(
        "Codebook version {version}: {codes} in {tops}",
        version=book.version,
        codes=plural(len(codes), "active code"),
        tops=plural(len(tops), "top-level theme"),
    )
    if imports:
        text += w(", imported from {files}", files=w.names(sorted({e["target"] for e in imports})))
    text += w(
        "; {changes} (added, renamed, moved, merged, split or edited codes), each recorded "
        "as an event",
        changes=plural(changes, "later change"),
    )
    if len(every) > len(codes):
        text += w(
            "; {codes} merged or retired, their codings kept",
            codes=plural(len(every) - len(codes), "code"),
        )
    english = w.language == "en"
    items = [
        f"{c.path}"
        + (f" ({c.label_en})" if c.label_en and english else "")
        + ": "
        + plural(sum(1 for d in codes if d.path.startswith(c.path + "/")), "sub-code")
        for c in tops
    ]
    return Section(w("Codebook"), 2).add(Paragraph(text + "."), Bullets(items))


def _privacy(b: Build) -> Section:
    w = b.w
    redacted = w.names(sorted(set(privacy.LABELS.values())))
    return Section(w("Privacy and small cells"), 2).add(
        Paragraph(
            w(
                "Every figure based on fewer than {min_cell} respondents (or focus-group "
                "participants) is suppressed and shown as –, for a subgroup's size and for "
                "the number counted in a share alike: {figures} in this report. The threshold "
                "is the project's setting and can only be raised. Quotes are redacted by "
                "rule-based detection of personal data before they appear (replaced by "
                "{redacted}); the report names no respondent id and no focus-group speaker.",
                min_cell=b.cells.min_cell,
                figures=w.plural(b.cells.suppressed, "figure"),
                redacted=redacted,
            )
        )
    )


def _audit(b: Build) -> Section:
    w = b.w
    actions = sql.action_counts(b.core.db)
    m = b.ctx.meta
    text = w(
        "The project's audit trail holds {events}; this report shows the state after event "
        "{last} ({as_of}). Events by action: {actions}. Making this report changed nothing "
        "in the project.",
        events=w.plural(sum(actions.values()), "event"),
        last=m["last_event"],
        as_of=m["as_of"],
        actions="; ".join(f"{a} {w.count(n)}" for a, n in actions.items()),
    )
    return Section(w("Audit trail"), 2).add(Paragraph(text))
