"""SQL of the report's method section: what was imported, who coded how much, the
double-coding samples, what became of model suggestions, and the events behind them.
Reads only."""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlite_utils


def sources(db: sqlite_utils.Database) -> list[dict]:
    """Every imported file, oldest first, with what it brought in: respondents, open
    answers, transcripts and turns."""
    keys = ("kind", "filename", "format", "time", "respondents", "answers", "transcripts", "turns")
    return [
        dict(zip(keys, r))
        for r in db.execute(
            "SELECT s.kind, s.filename, s.format, e.time, "
            "(SELECT count(*) FROM respondents r WHERE r.source_id = s.id), "
            "(SELECT count(*) FROM documents d WHERE d.source_id = s.id AND d.kind = 'answer'), "
            "(SELECT count(*) FROM documents d WHERE d.source_id = s.id AND d.kind = 'transcript'), "
            "(SELECT count(*) FROM segments g JOIN documents d ON d.id = g.document_id "
            " WHERE d.source_id = s.id AND g.kind = 'turn') "
            "FROM sources s LEFT JOIN events e ON e.id = s.event_id ORDER BY s.id"
        )
    ]


def questions(db: sqlite_utils.Database) -> list[dict]:
    """Each open question with its label and number of (non-empty) answers."""
    keys = ("question", "label", "answers")
    return [
        dict(zip(keys, r))
        for r in db.execute(
            "SELECT q.name, q.label, (SELECT count(*) FROM documents d WHERE d.question_id = q.id) "
            "FROM questions q ORDER BY q.id"
        )
    ]


def respondents_answering(db: sqlite_utils.Database) -> int:
    """Respondents with at least one open answer."""
    return db.execute(
        "SELECT count(DISTINCT respondent_id) FROM documents WHERE kind = 'answer'"
    ).fetchone()[0]


def participants(db: sqlite_utils.Database) -> dict[str, int]:
    """Focus groups, speakers and speakers who took at least one turn."""
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "groups": one("SELECT count(*) FROM groups"),
        "speakers": one("SELECT count(*) FROM speakers"),
        "speaking": one(
            "SELECT count(DISTINCT speaker_id) FROM segments "
            "WHERE kind = 'turn' AND speaker_id IS NOT NULL"
        ),
    }


def coder_counts(db: sqlite_utils.Database) -> dict[str, dict[str, int]]:
    """coder -> source -> live codings (human, accepted, rejected; suggestions are the
    models' and left out), coders in name order."""
    counts: dict[str, dict[str, int]] = {}
    for coder, source, n in db.execute(
        "SELECT coder, source, count(*) FROM codings WHERE removed_event IS NULL "
        "AND source <> 'suggestion' GROUP BY coder, source ORDER BY coder, source"
    ):
        counts.setdefault(coder, {})[source] = n
    return counts


def removed_codings(db: sqlite_utils.Database) -> int:
    """Human codings that were removed or undone (kept, marked, never deleted)."""
    return db.execute(
        "SELECT count(*) FROM codings WHERE removed_event IS NOT NULL AND source = 'human'"
    ).fetchone()[0]


def samples(db: sqlite_utils.Database) -> list[dict]:
    """Each double-coding sample: its units, their kind, the coders, and the seed and time
    of the event that drew it."""
    out = []
    for name, kind, units, coders, payload, time in db.execute(
        "SELECT a.sample, min(s.kind), count(DISTINCT a.segment_id), "
        "group_concat(DISTINCT a.coder), min(e.payload), min(e.time) FROM assignments a "
        "JOIN segments s ON s.id = a.segment_id JOIN events e ON e.id = a.event_id "
        "GROUP BY a.sample ORDER BY min(a.event_id), a.sample"
    ):
        seed = json.loads(payload or "{}").get("seed")
        out.append(
            {
                "sample": name,
                "unit": kind,
                "units": units,
                "coders": sorted(coders.split(",")),
                "seed": seed,
                "time": time,
            }
        )
    return out


def suggestion_outcomes(db: sqlite_utils.Database) -> list[dict]:
    """Per event that made suggestions (a suggestion run, a promoted or merged topic): its
    action, the suggestions shown, the live accepted and rejected decisions on them, and
    those still open."""
    keys = ("event_id", "action", "shown", "open", "accepted", "rejected")
    return [
        dict(zip(keys, r))
        for r in db.execute(
            "SELECT c.event_id, e.action, count(*), sum(c.removed_event IS NULL), "
            "sum(a.id IS NOT NULL), sum(r.id IS NOT NULL) FROM codings c "
            "JOIN events e ON e.id = c.event_id "
            "LEFT JOIN codings a ON a.origin_id = c.id AND a.source = 'accepted' "
            "AND a.removed_event IS NULL "
            "LEFT JOIN codings r ON r.origin_id = c.id AND r.source = 'rejected' "
            "AND r.removed_event IS NULL "
            "WHERE c.source = 'suggestion' GROUP BY c.event_id ORDER BY c.event_id"
        )
    ]


def topic_statuses(db: sqlite_utils.Database) -> dict[int, dict[str, int]]:
    """Per topic run (id): how many topics are open, promoted, merged or dismissed."""
    out: dict[int, dict[str, int]] = {}
    for run, status, n in db.execute(
        "SELECT run_id, status, count(*) FROM topics "
        "GROUP BY run_id, status ORDER BY run_id, status"
    ):
        out.setdefault(run, {})[status] = n
    return out


def events_of(db: sqlite_utils.Database, actions: Sequence[str]) -> list[dict]:
    """The events with one of ``actions``, oldest first, payloads parsed."""
    marks = ",".join("?" * len(actions))
    keys = ("id", "time", "actor", "action", "target", "payload")
    out = []
    for row in db.execute(
        f"SELECT {', '.join(keys)} FROM events WHERE action IN ({marks}) ORDER BY id", list(actions)
    ):
        found = dict(zip(keys, row))
        found["payload"] = json.loads(found["payload"] or "{}")
        out.append(found)
    return out


def action_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """action -> number of events, for the audit-trail summary."""
    return dict(db.execute("SELECT action, count(*) FROM events GROUP BY action ORDER BY action"))
