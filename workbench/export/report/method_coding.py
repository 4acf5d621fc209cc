"""The method section's account of the coding: who coded how much, how segments were
double-coded and the agreement reached, how model suggestions were used, and how
contradictions between survey and qualitative results were recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import joint, privacy, procedure, retrieval
from ...errors import InputError
from ...store import assist as assist_sql
from ...store import reporting as sql
from .model import DASH, Bullets, Paragraph, Section, Table, day

if TYPE_CHECKING:  # pragma: no cover
    from .build import Build

SOURCES = ("human", "accepted", "rejected")
OUTCOMES = ("shown", "accepted", "rejected", "open")


def sections(b: Build, themes: list[str]) -> list[Section]:
    return [_coders(b), *_figures(b), _double_coding(b), _suggestions(b), _verdicts(b, themes)]


def _figures(b: Build) -> list[Section]:
    """How the theme figures were made (coverage, samples, methods), in the report's
    language."""
    section = Section(b.w("How the theme figures were made"), 2)
    section.add(*[Paragraph(text) for text in procedure.paragraphs(b.core, b.w.language)])
    return [section]


def _coders(b: Build) -> Section:
    w = b.w
    counts = sql.coder_counts(b.core.db)
    people = [c for c in counts if c != "consensus"]
    live = sum(counts[c].get(s, 0) for c in counts for s in ("human", "accepted"))
    text = w(
        "{coders} ({names}) made {live} (their own codings and suggestions they accepted). "
        "A coding marks a span of an answer or turn with a code; a respondent carries a "
        "theme when a live human or accepted coding of the theme or one of its sub-codes "
        "lies in their open answers.",
        coders=w.plural(len(people), "coder"),
        names=w.names(b.coder(c) for c in people) or w("none"),
        live=w.plural(live, "live coding"),
    )
    removed = sql.removed_codings(b.core.db)
    if removed:
        text += " " + w(
            "{codings} were removed or undone later; they are kept, marked as removed, and "
            "do not count.",
            codings=w.plural(removed, "coding"),
        )
    section = Section(w("Coding"), 2).add(Paragraph(text))
    if counts:
        section.add(
            Table(
                [
                    w(c)
                    for c in (
                        "Coder",
                        "Own codings",
                        "Suggestions accepted",
                        "Suggestions rejected",
                    )
                ],
                [[b.coder(c), *[w.count(counts[c].get(s, 0)) for s in SOURCES]] for c in counts],
                caption=w(
                    "Live codings per coder ('consensus': decisions agreed after double coding)"
                ),
                data=[{"coder": b.coder(c), **counts[c]} for c in counts],
            )
        )
    return section


def _double_coding(b: Build) -> Section:
    w = b.w
    section = Section(w("Double coding and agreement"), 2)
    samples = sql.samples(b.core.db)
    if not samples:
        return section.add(
            Paragraph(
                w(
                    "No segments were assigned for double coding, so no "
                    "agreement between coders was measured."
                )
            )
        )
    section.add(
        Bullets(
            [
                w(
                    "Sample {name!r}: {units} drawn at random{seed} on {day}, each assigned "
                    "to {coders}.",
                    name=s["sample"],
                    units=w.plural(s["units"], s["unit"] or "unit"),
                    seed=w(" (seed {seed})", seed=s["seed"]) if s["seed"] is not None else "",
                    day=day(s["time"]),
                    coders=w.names(b.coder(c) for c in s["coders"]),
                )
                for s in samples
            ]
        )
    )
    section.add(
        Paragraph(
            w(
                "Agreement is computed per unit (answer or turn) over the units the coders "
                "both saw (assigned to them, or in a document they coded): for each code, "
                "whether each coder applied it. Percent agreement, Cohen's kappa (two coders) "
                "and Krippendorff's alpha (nominal) are given per code and pooled over all "
                "codes."
            )
        )
    )
    for coders in sorted({tuple(s["coders"]) for s in samples}):
        section.add(*_agreement(b, list(coders)))
    return section


def _agreement(b: Build, coders: list[str]) -> list:
    """Pooled and per-code agreement of ``coders``. In the viewer version a code that a
    coder applied to fewer than ``min_cell`` units shows no figures (a dash)."""
    w = b.w
    shown = w.names(b.coder(c) for c in coders)
    try:
        report = retrieval.agreement(b.core, coders)
    except InputError as error:
        return [
            Paragraph(w("{coders}: no agreement yet ({why}).", coders=shown, why=error.problem))
        ]
    pooled = report.overall
    text = w(
        "{coders}: pooled over {pairs}, percent agreement {agreement}, Cohen's kappa "
        "{kappa}, Krippendorff's alpha {alpha}.",
        coders=shown,
        pairs=w.plural(pooled.units, "(unit, code) pair"),
        agreement=w.pct(pooled.percent_agreement),
        kappa=w.number(pooled.cohen_kappa, 3),
        alpha=w.number(pooled.krippendorff_alpha, 3),
    )
    rows = [r for r in report.per_code if any(r.applied.values())]
    cells = []
    for r in rows:
        applied = [r.applied.get(c, 0) for c in coders]
        if b.ctx.viewer and b.cells.hide(*[n for n in applied if n], figures=len(coders) + 3):
            cells.append([r.code, w.count(r.units), *[DASH] * (len(coders) + 3)])
            continue
        cells.append(
            [
                r.code,
                w.count(r.units),
                *[w.count(n) for n in applied],
                w.pct(r.percent_agreement),
                w.number(r.cohen_kappa, 3),
                w.number(r.krippendorff_alpha, 3),
            ]
        )
    table = Table(
        [
            w("Code"),
            w("Units"),
            *[w("Applied by {coder}", coder=b.coder(c)) for c in coders],
            w("Agreement"),
            w("Kappa"),
            w("Alpha"),
        ],
        cells,
        caption=w("Agreement per code: {coders}", coders=shown),
        data=[r.to_dict() for r in rows] + [{**pooled.to_dict(), "code": "(pooled)"}],
        notes=b.cells.notes(cells),
    )
    return [Paragraph(text), table]


def _suggestions(b: Build) -> Section:
    w = b.w
    section = Section(w("Model suggestions"), 2)
    runs = assist_sql.runs(b.core.db, "suggestions")
    made = sql.suggestion_outcomes(b.core.db)
    by_event = {o["event_id"]: o for o in made}
    if not made:
        section.add(Paragraph(w("No model suggestions were made: every coding is a person's.")))
    else:
        total = {k: sum(o[k] for o in made) for k in ("shown", "accepted", "rejected")}
        runs_text = w.plural(len(runs), "suggestion run")
        if len(made) > len(runs):
            runs_text += w(", and topics promoted to or merged into codes")
        section.add(
            Paragraph(
                w(
                    "Models proposed codes for units no person had coded with them ({runs}): "
                    "{shown} suggestions shown, {accepted} accepted and {rejected} rejected by "
                    "a coder. Suggestions never count as codings; an accepted one counts as "
                    "the accepting coder's coding (source 'accepted'), a rejected one is kept "
                    "as a negative example.",
                    runs=runs_text,
                    shown=w.count(total["shown"]),
                    accepted=w.count(total["accepted"]),
                    rejected=w.count(total["rejected"]),
                )
            )
        )
    rows, data = [], []
    for run in runs:
        o, params = by_event.get(run["event_id"], {}), run["params"]
        methods = sorted(
            {m.get("method", "") for m in run["metrics"].values() if isinstance(m, dict)} - {""}
        )
        rows.append(
            [
                str(run["id"]),
                f"{params.get('label') or params.get('backend')}"
                + (f" ({', '.join(methods)})" if methods else ""),
                w.names(params.get("codes") or []),
                w.number(params.get("threshold")),
                str(run["seed"]),
                *[w.count(o.get(k, 0)) for k in OUTCOMES],
            ]
        )
        data.append({**run, **o})
    others = [o for o in made if o["action"] != "suggest"]
    if others:
        rows.append(
            [
                w("topics"),
                w("promoted or merged topics"),
                "",
                "",
                "",
                *[w.count(sum(o[k] for o in others)) for k in OUTCOMES],
            ]
        )
        data += others
    if rows:
        section.add(
            Table(
                [
                    w(c)
                    for c in (
                        "Run",
                        "Model",
                        "Codes",
                        "Threshold",
                        "Seed",
                        "Shown",
                        "Accepted",
                        "Rejected",
                        "Open",
                    )
                ],
                rows,
                caption=w("Suggestion runs"),
                data=data,
            )
        )
    topics = assist_sql.runs(b.core.db, "topics")
    if topics:
        statuses: dict[str, int] = {}
        for counts in sql.topic_statuses(b.core.db).values():
            for status, n in counts.items():
                statuses[status] = statuses.get(status, 0) + n
        section.add(
            Paragraph(
                w(
                    "{runs} grouped units into topics for the researchers to inspect; topics: "
                    "{statuses}. A promoted or merged topic only made suggestions, never "
                    "codings.",
                    runs=w.plural(len(topics), "topic-model run"),
                    statuses=", ".join(f"{w.count(n)} {w(s)}" for s, n in sorted(statuses.items()))
                    or w("none"),
                )
            )
        )
    return section


def _verdicts(b: Build, themes: list[str]) -> Section:
    """How contradictions were recorded: the current verdict per theme, diverge memos."""
    w = b.w
    section = Section(w("Contradictions between survey and qualitative results"), 2)
    history = joint.verdicts(b.core)
    current = {v["code"]: v for v in history}
    tally: dict[str, int] = {}
    for v in current.values():
        tally[v["verdict"]] = tally.get(v["verdict"], 0) + 1
    missing = [t for t in themes if t not in current]
    section.add(
        Paragraph(
            w(
                "For each theme the researchers record whether the survey figures and the "
                "qualitative material converge, diverge or complement each other; a diverging "
                "verdict must carry a memo on how the contradiction was examined. {verdicts} "
                "recorded on {themes}{current}; earlier verdicts are kept.",
                verdicts=w.plural(len(history), "verdict"),
                themes=w.plural(len(current), "theme"),
                current=w(
                    " (current: {tally})",
                    tally=", ".join(f"{n} {w(k)}" for k, n in sorted(tally.items())),
                )
                if tally
                else "",
            )
            + (
                " "
                + w("Themes in this report without a verdict: {themes}.", themes=w.names(missing))
                if missing
                else ""
            )
        )
    )
    diverging = [v for v in current.values() if v["verdict"] == "diverge"]
    if diverging:
        section.add(
            Paragraph(w("Diverging results and their memos (redacted):")),
            Bullets([f"{v['code']}: {privacy.redact(v['memo'])}" for v in diverging]),
        )
    return section
