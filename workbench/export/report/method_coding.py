"""The method section's account of the coding: who coded how much, how segments were
double-coded and the agreement reached, how model suggestions were used, and how
contradictions between survey and qualitative results were recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import joint, privacy, procedure, retrieval
from ...errors import InputError
from ...store import assist as assist_sql
from ...store import reporting as sql
from .model import Bullets, Paragraph, Section, Table, count, day, names, number, pct, plural

if TYPE_CHECKING:  # pragma: no cover
    from .build import Build

SOURCES = ("human", "accepted", "rejected")
OUTCOMES = ("shown", "accepted", "rejected", "open")


def sections(b: Build, themes: list[str]) -> list[Section]:
    return [_coders(b), *_figures(b), _double_coding(b), _suggestions(b), _verdicts(b, themes)]


def _figures(b: Build) -> list[Section]:
    """How the theme figures were made (coverage, samples, methods), in English and Dutch."""

    english = Section("How the theme figures were made", 2)
    english.add(*[Paragraph(text) for text in procedure.paragraphs(b.core, "en")])
    dutch = Section("Werkwijze van de themacijfers (Nederlands)", 3)
    dutch.add(*[Paragraph(text) for text in procedure.paragraphs(b.core, "nl")])
    return [english, dutch]


def _coders(b: Build) -> Section:
    counts = sql.coder_counts(b.core.db)
    people = [c for c in counts if c != "consensus"]
    live = sum(counts[c].get(s, 0) for c in counts for s in ("human", "accepted"))
    text = (
        f"{plural(len(people), 'coder')} ({names(people) or 'none'}) made "
        f"{plural(live, 'live coding')} (their own codings and suggestions they "
        f"accepted). A coding marks a span of an answer or turn with a code; a respondent "
        f"carries a theme when a live human or accepted coding of the theme or one of its "
        f"sub-codes lies in their open answers."
    )
    removed = sql.removed_codings(b.core.db)
    if removed:
        text += (
            f" {plural(removed, 'coding')} were removed or undone later; they are kept, "
            f"marked as removed, and do not count."
        )
    section = Section("Coding", 2).add(Paragraph(text))
    if counts:
        section.add(
            Table(
                ["Coder", "Own codings", "Suggestions accepted", "Suggestions rejected"],
                [[c, *[count(counts[c].get(s, 0)) for s in SOURCES]] for c in counts],
                caption="Live codings per coder ('consensus': decisions agreed after double coding)",
                data=[{"coder": c, **counts[c]} for c in counts],
            )
        )
    return section


def _double_coding(b: Build) -> Section:
    section = Section("Double coding and agreement", 2)
    samples = sql.samples(b.core.db)
    if not samples:
        return section.add(
            Paragraph(
                "No segments were assigned for double coding, so no "
                "agreement between coders was measured."
            )
        )
    section.add(
        Bullets(
            [
                f"Sample {s['sample']!r}: {plural(s['units'], s['unit'] or 'unit')} drawn at random"
                + (f" (seed {s['seed']})" if s["seed"] is not None else "")
                + f" on {day(s['time'])}, each assigned to {names(s['coders'])}."
                for s in samples
            ]
        )
    )
    section.add(
        Paragraph(
            "Agreement is computed per unit (answer or turn) over the units the coders both saw "
            "(assigned to them, or in a document they coded): for each code, whether each coder "
            "applied it. Percent agreement, Cohen's kappa (two coders) and Krippendorff's alpha "
            "(nominal) are given per code and pooled over all codes."
        )
    )
    for coders in sorted({tuple(s["coders"]) for s in samples}):
        section.add(*_agreement(b, list(coders)))
    return section


def _agreement(b: Build, coders: list[str]) -> list:
    try:
        report = retrieval.agreement(b.core, coders)
    except InputError as error:
        return [Paragraph(f"{names(coders)}: no agreement yet ({error.problem}).")]
    pooled = report.overall
    text = (
        f"{names(coders)}: pooled over {plural(pooled.units, '(unit, code) pair')}, "
        f"percent agreement {pct(pooled.percent_agreement)}, Cohen's kappa "
        f"{number(pooled.cohen_kappa, 3)}, Krippendorff's alpha "
        f"{number(pooled.krippendorff_alpha, 3)}."
    )
    rows = [r for r in report.per_code if any(r.applied.values())]
    table = Table(
        ["Code", "Units", *[f"Applied by {c}" for c in coders], "Agreement", "Kappa", "Alpha"],
        [
            [
                r.code,
                count(r.units),
                *[count(r.applied.get(c, 0)) for c in coders],
                pct(r.percent_agreement),
                number(r.cohen_kappa, 3),
                number(r.krippendorff_alpha, 3),
            ]
            for r in rows
        ],
        caption=f"Agreement per code: {names(coders)}",
        data=[r.to_dict() for r in rows] + [{**pooled.to_dict(), "code": "(pooled)"}],
    )
    return [Paragraph(text), table]


def _suggestions(b: Build) -> Section:
    section = Section("Model suggestions", 2)
    runs = assist_sql.runs(b.core.db, "suggestions")
    made = sql.suggestion_outcomes(b.core.db)
    by_event = {o["event_id"]: o for o in made}
    if not made:
        section.add(Paragraph("No model suggestions were made: every coding is a person's."))
    else:
        total = {k: sum(o[k] for o in made) for k in ("shown", "accepted", "rejected")}
        section.add(
            Paragraph(
                f"Models proposed codes for units no person had coded with them "
                f"({plural(len(runs), 'suggestion run')}"
                + (", and topics promoted to or merged into codes" if len(made) > len(runs) else "")
                + f"): {total['shown']:,} suggestions shown, {total['accepted']:,} accepted and "
                f"{total['rejected']:,} rejected by a coder. Suggestions never count as codings; "
                f"an accepted one counts as the accepting coder's coding (source 'accepted'), a "
                f"rejected one is kept as a negative example."
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
                names(params.get("codes") or []),
                number(params.get("threshold")),
                str(run["seed"]),
                *[count(o.get(k, 0)) for k in OUTCOMES],
            ]
        )
        data.append({**run, **o})
    others = [o for o in made if o["action"] != "suggest"]
    if others:
        rows.append(
            [
                "topics",
                "promoted or merged topics",
                "",
                "",
                "",
                *[count(sum(o[k] for o in others)) for k in OUTCOMES],
            ]
        )
        data += others
    if rows:
        section.add(
            Table(
                [
                    "Run",
                    "Model",
                    "Codes",
                    "Threshold",
                    "Seed",
                    "Shown",
                    "Accepted",
                    "Rejected",
                    "Open",
                ],
                rows,
                caption="Suggestion runs",
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
                f"{plural(len(topics), 'topic-model run')} grouped units into topics for the "
                f"researchers to inspect; topics: "
                + (", ".join(f"{n:,} {s}" for s, n in sorted(statuses.items())) or "none")
                + ". A promoted or merged topic only made suggestions, never codings."
            )
        )
    return section


def _verdicts(b: Build, themes: list[str]) -> Section:
    """How contradictions were recorded: the current verdict per theme, diverge memos."""
    section = Section("Contradictions between survey and qualitative results", 2)
    history = joint.verdicts(b.core)
    current = {v["code"]: v for v in history}
    tally: dict[str, int] = {}
    for v in current.values():
        tally[v["verdict"]] = tally.get(v["verdict"], 0) + 1
    missing = [t for t in themes if t not in current]
    section.add(
        Paragraph(
            f"For each theme the researchers record whether the survey figures and the "
            f"qualitative material converge, diverge or complement each other; a diverging "
            f"verdict must carry a memo on how the contradiction was examined. "
            f"{plural(len(history), 'verdict')} recorded on {plural(len(current), 'theme')}"
            + (
                " (current: " + ", ".join(f"{n} {k}" for k, n in sorted(tally.items())) + ")"
                if tally
                else ""
            )
            + "; earlier verdicts are kept."
            + (f" Themes in this report without a verdict: {names(missing)}." if missing else "")
        )
    )
    diverging = [v for v in current.values() if v["verdict"] == "diverge"]
    if diverging:
        section.add(
            Paragraph("Diverging results and their memos (redacted):"),
            Bullets([f"{v['code']}: {privacy.redact(v['memo'])}" for v in diverging]),
        )
    return section
