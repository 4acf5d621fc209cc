"""Schema versions. Each migration moves a project file up one version, in one transaction.

The version lives in ``PRAGMA user_version``. Version 1 is the first schema; later versions
append a function to ``MIGRATIONS`` and never edit an earlier one, so every project file
ever written can be brought up to date.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils

from ..errors import ProjectError
from .db import transaction
from .migrations_later import _v9, _v10, _v11, _v12


def _v1(db: sqlite_utils.Database) -> None:
    """Project, audit trail, survey, focus groups, documents, segments, codes, search index."""
    db.executescript(  # inside a transaction, sqlite-utils runs it without committing
        """
        CREATE TABLE project (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT,
            payload TEXT NOT NULL DEFAULT '{}',
            undoes INTEGER REFERENCES events(id)
        );
        CREATE INDEX events_actor ON events(actor, id);

        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('survey', 'transcript', 'speakers')),
            filename TEXT NOT NULL,
            format TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            options TEXT NOT NULL DEFAULT '{}',
            event_id INTEGER REFERENCES events(id)
        );

        CREATE TABLE variables (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('id', 'stratum', 'weight', 'variable')),
            type TEXT NOT NULL CHECK (type IN ('numeric', 'categorical', 'text')),
            label TEXT,
            value_labels TEXT,
            position INTEGER NOT NULL,
            source_id INTEGER NOT NULL REFERENCES sources(id)
        );

        CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            label TEXT,
            source_id INTEGER NOT NULL REFERENCES sources(id)
        );

        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            external_id TEXT NOT NULL UNIQUE,
            stratum TEXT NOT NULL,
            weight REAL NOT NULL CHECK (weight > 0),
            data TEXT NOT NULL DEFAULT '{}',
            source_id INTEGER NOT NULL REFERENCES sources(id),
            source_row INTEGER NOT NULL
        );

        CREATE TABLE groups (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            attributes TEXT NOT NULL DEFAULT '{}'
        );

        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES groups(id),
            name TEXT NOT NULL,
            attributes TEXT NOT NULL DEFAULT '{}',
            UNIQUE (group_id, name)
        );

        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('answer', 'transcript')),
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            respondent_id INTEGER REFERENCES respondents(id),
            question_id INTEGER REFERENCES questions(id),
            group_id INTEGER REFERENCES groups(id),
            source_id INTEGER NOT NULL REFERENCES sources(id),
            segmented INTEGER NOT NULL DEFAULT 0,
            CHECK ((kind = 'answer' AND respondent_id IS NOT NULL AND question_id IS NOT NULL)
                OR (kind = 'transcript' AND group_id IS NOT NULL AND respondent_id IS NULL)),
            UNIQUE (respondent_id, question_id)
        );
        CREATE INDEX documents_unsegmented ON documents(segmented) WHERE segmented = 0;
        CREATE TRIGGER documents_text_immutable BEFORE UPDATE OF text ON documents
        BEGIN SELECT RAISE(ABORT, 'document text is immutable'); END;

        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            kind TEXT NOT NULL CHECK (kind IN ('answer', 'turn', 'sentence')),
            parent_id INTEGER REFERENCES segments(id),
            ordinal INTEGER NOT NULL,
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL,
            speaker_id INTEGER REFERENCES speakers(id),
            time_start REAL,
            time_end REAL,
            n_tokens INTEGER,
            lemmas TEXT,
            CHECK ("end" > start)
        );
        CREATE INDEX segments_document ON segments(document_id, kind, ordinal);
        CREATE INDEX segments_parent ON segments(parent_id);

        CREATE VIEW segment_texts AS
            SELECT s.id AS id, s.kind AS kind,
                   substr(d.text, s.start + 1, s."end" - s.start) AS text, s.lemmas AS lemmas
            FROM segments s JOIN documents d ON d.id = s.document_id;
        CREATE VIRTUAL TABLE segments_fts USING fts5(
            text, lemmas, kind UNINDEXED,
            content = 'segment_texts', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TABLE codes (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES codes(id),
            name TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),
            label_en TEXT,
            definition TEXT NOT NULL DEFAULT '',
            inclusion TEXT NOT NULL DEFAULT '',
            exclusion TEXT NOT NULL DEFAULT '',
            examples TEXT NOT NULL DEFAULT '[]',
            color TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            guid TEXT NOT NULL UNIQUE,
            active INTEGER NOT NULL DEFAULT 1,
            merged_into INTEGER REFERENCES codes(id)
        );
        CREATE UNIQUE INDEX codes_unique_name ON codes(coalesce(parent_id, 0), name)
            WHERE active = 1;

        CREATE TABLE codings (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            segment_id INTEGER REFERENCES segments(id),
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL,
            code_id INTEGER NOT NULL REFERENCES codes(id),
            coder TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('human', 'suggestion', 'accepted', 'rejected')),
            score REAL,
            time TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id),
            removed_event INTEGER REFERENCES events(id),
            CHECK ("end" > start)
        );
        CREATE INDEX codings_document ON codings(document_id, start);
        CREATE INDEX codings_code ON codings(code_id);
        CREATE INDEX codings_event ON codings(event_id);

        CREATE TABLE memos (
            id INTEGER PRIMARY KEY,
            target_kind TEXT NOT NULL
                CHECK (target_kind IN ('project', 'document', 'segment', 'code', 'coding')),
            target_id INTEGER,
            coder TEXT NOT NULL,
            text TEXT NOT NULL,
            time TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id),
            removed_event INTEGER REFERENCES events(id)
        );
        CREATE INDEX memos_target ON memos(target_kind, target_id);

        CREATE TABLE assignments (
            id INTEGER PRIMARY KEY,
            sample TEXT NOT NULL,
            segment_id INTEGER NOT NULL REFERENCES segments(id),
            coder TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id),
            UNIQUE (sample, segment_id, coder)
        );
        """
    )


def _v2(db: sqlite_utils.Database) -> None:
    """The survey design (population per stratum, known margins) and joint-display verdicts."""
    db.executescript(
        """
        CREATE TABLE strata (
            stratum TEXT PRIMARY KEY,
            population REAL NOT NULL CHECK (population > 0),
            sampled INTEGER CHECK (sampled IS NULL OR sampled > 0)
        );

        CREATE TABLE margins (
            variable TEXT NOT NULL,
            value TEXT NOT NULL,
            share REAL NOT NULL CHECK (share >= 0 AND share <= 1),
            PRIMARY KEY (variable, value)
        );

        CREATE TABLE verdicts (
            id INTEGER PRIMARY KEY,
            code_id INTEGER NOT NULL REFERENCES codes(id),
            verdict TEXT NOT NULL CHECK (verdict IN ('converge', 'diverge', 'complement', 'open')),
            memo TEXT NOT NULL DEFAULT '',
            coder TEXT NOT NULL,
            time TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id)
        );
        CREATE INDEX verdicts_code ON verdicts(code_id, id);
        """
    )


def _v3(db: sqlite_utils.Database) -> None:
    """Models that assist coders: stored embeddings, model runs, topics and their members,
    and the link from an accepted or rejected decision to the suggestion it answers."""
    db.executescript(
        """
        CREATE TABLE embeddings (
            model TEXT NOT NULL,
            segment_id INTEGER NOT NULL REFERENCES segments(id),
            vector BLOB NOT NULL,
            PRIMARY KEY (model, segment_id)
        ) WITHOUT ROWID;

        CREATE TABLE model_runs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('topics', 'suggestions')),
            params TEXT NOT NULL DEFAULT '{}',
            seed INTEGER,
            metrics TEXT NOT NULL DEFAULT '{}',
            event_id INTEGER NOT NULL REFERENCES events(id)
        );

        CREATE TABLE topics (
            run_id INTEGER NOT NULL REFERENCES model_runs(id),
            topic INTEGER NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            keywords TEXT NOT NULL DEFAULT '[]',
            size INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'promoted', 'merged', 'dismissed')),
            code_id INTEGER REFERENCES codes(id),
            PRIMARY KEY (run_id, topic)
        );

        CREATE TABLE topic_members (
            run_id INTEGER NOT NULL REFERENCES model_runs(id),
            segment_id INTEGER NOT NULL REFERENCES segments(id),
            topic INTEGER NOT NULL,
            probability REAL,
            x REAL,
            y REAL,
            PRIMARY KEY (run_id, segment_id)
        );

        ALTER TABLE codings ADD COLUMN origin_id INTEGER REFERENCES codings(id);
        CREATE INDEX codings_origin ON codings(origin_id) WHERE origin_id IS NOT NULL;
        """
    )


def _v4(db: sqlite_utils.Database) -> None:
    """Each topic member's topic before outlier reduction (-1: it was an outlier), moved
    out of the run's metrics, where v3 kept the list of reassigned segment ids."""
    db.executescript(
        """
        ALTER TABLE topic_members ADD COLUMN original_topic INTEGER;
        UPDATE topic_members SET original_topic = topic;
        UPDATE topic_members SET original_topic = -1 WHERE EXISTS (
            SELECT 1 FROM model_runs r, json_each(r.metrics, '$.reassigned') j
            WHERE r.id = topic_members.run_id AND j.value = topic_members.segment_id);
        UPDATE model_runs SET metrics = json_set(metrics, '$.reassigned',
            json_array_length(metrics, '$.reassigned'))
        WHERE json_type(metrics, '$.reassigned') = 'array';
        """
    )


def _v5(db: sqlite_utils.Database) -> None:
    """Figures at any coverage: coding samples (a probability sample of answers, its frame,
    strata and draws), reviews (a coder has read a unit against the whole codebook, so the
    codes they did not apply are known not to apply), model scores for every unit of a
    suggestion run, and the event that created each code (a review only covers the codes
    that existed when it was made)."""
    db.executescript(
        """
        CREATE TABLE coding_samples (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            unit TEXT NOT NULL CHECK (unit IN ('respondent', 'answer')),
            question TEXT,
            stratify_by TEXT NOT NULL DEFAULT '[]',
            params TEXT NOT NULL DEFAULT '{}',
            event_id INTEGER NOT NULL REFERENCES events(id)
        );

        CREATE TABLE sample_frame (
            sample_id INTEGER NOT NULL REFERENCES coding_samples(id),
            unit_id INTEGER NOT NULL,
            stratum TEXT NOT NULL,
            draw INTEGER,
            position INTEGER,
            PRIMARY KEY (sample_id, unit_id)
        ) WITHOUT ROWID;
        CREATE INDEX sample_frame_drawn ON sample_frame(sample_id, draw, position)
            WHERE draw IS NOT NULL;

        CREATE TABLE sample_draws (
            sample_id INTEGER NOT NULL REFERENCES coding_samples(id),
            draw INTEGER NOT NULL,
            seed INTEGER NOT NULL,
            allocation TEXT NOT NULL,
            sizes TEXT NOT NULL,
            params TEXT NOT NULL DEFAULT '{}',
            event_id INTEGER NOT NULL REFERENCES events(id),
            PRIMARY KEY (sample_id, draw)
        );

        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            segment_id INTEGER NOT NULL REFERENCES segments(id),
            coder TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id),
            removed_event INTEGER REFERENCES events(id)
        );
        CREATE INDEX reviews_segment ON reviews(segment_id);
        CREATE INDEX reviews_event ON reviews(event_id);

        CREATE TABLE model_scores (
            run_id INTEGER NOT NULL REFERENCES model_runs(id),
            code_id INTEGER NOT NULL REFERENCES codes(id),
            segment_ids BLOB NOT NULL,
            scores BLOB NOT NULL,
            PRIMARY KEY (run_id, code_id)
        ) WITHOUT ROWID;

        ALTER TABLE codes ADD COLUMN created_event INTEGER REFERENCES events(id);
        CREATE TRIGGER codes_created_event AFTER INSERT ON codes
        WHEN NEW.created_event IS NULL
        BEGIN UPDATE codes SET created_event = (SELECT max(id) FROM events) WHERE id = NEW.id;
        END;
        """
    )
    # the double-coding samples drawn before v5 become coding samples of answers (simple
    # random, one stratum): their frame is every answer segment imported before the draw
    samples = db.execute(
        "SELECT a.sample, min(a.event_id) FROM assignments a JOIN segments s "
        "ON s.id = a.segment_id WHERE s.kind = 'answer' GROUP BY a.sample"
    ).fetchall()
    for name, event_id in samples:
        cursor = db.conn.execute(
            "INSERT INTO coding_samples (name, unit, params, event_id) VALUES (?, 'answer', "
            "json_object('legacy', 1), ?)",
            [name, event_id],
        )
        sample_id = cursor.lastrowid
        db.conn.execute(
            "INSERT INTO sample_frame (sample_id, unit_id, stratum, draw, position) "
            "SELECT ?, s.id, '(all)', CASE WHEN EXISTS (SELECT 1 FROM assignments a "
            "WHERE a.sample = ? AND a.segment_id = s.id) THEN 1 END, NULL FROM segments s "
            "JOIN documents d ON d.id = s.document_id JOIN sources src ON src.id = d.source_id "
            "WHERE s.kind = 'answer' AND coalesce(src.event_id, 0) < ?",
            [sample_id, name, event_id],
        )
        drawn = db.execute(
            "SELECT count(*) FROM sample_frame WHERE sample_id = ? AND draw = 1", [sample_id]
        ).fetchone()[0]
        db.conn.execute(
            "INSERT INTO sample_draws (sample_id, draw, seed, allocation, sizes, event_id) "
            "VALUES (?, 1, coalesce((SELECT json_extract(payload, '$.seed') FROM events "
            "WHERE id = ?), 0), 'simple', json_object('(all)', ?), ?)",
            [sample_id, event_id, drawn, event_id],
        )


def _v6(db: sqlite_utils.Database) -> None:
    """At most one live coding per (document, span, code, coder), and codings files recorded
    in ``sources`` (kind 'codings') so the same file is not imported twice.

    Duplicates already in the file are marked removed by one recorded event (actor
    ``migration``), never deleted: per group the coding that carries memos is kept (else the
    oldest), and memos on the others move to it. The sources table is rebuilt to allow the
    new kind (SQLite cannot change a CHECK); foreign keys are checked at commit."""
    groups: dict[tuple, list[int]] = {}
    for row in db.execute(
        'SELECT document_id, start, "end", code_id, coder, id FROM codings '
        "WHERE removed_event IS NULL AND source IN ('human', 'accepted') ORDER BY id"
    ):
        groups.setdefault(tuple(row[:5]), []).append(row[5])
    twins = [ids for ids in groups.values() if len(ids) > 1]
    if twins:
        noted = {
            r[0]
            for r in db.execute(
                "SELECT DISTINCT target_id FROM memos WHERE target_kind = 'coding' "
                "AND removed_event IS NULL"
            )
        }
        kept, removed, moved = [], [], {}
        for ids in twins:
            keep = next((i for i in ids if i in noted), ids[0])
            kept.append(keep)
            for other in ids:
                if other != keep:
                    removed.append(other)
                    moved[other] = keep
        payload = {
            "kept": kept,
            "removed": removed,
            "reason": "two live codings with the same document, span, code and coder",
        }
        event_id = db.execute(
            "INSERT INTO events (time, actor, action, target, payload) VALUES (?, ?, ?, ?, ?)",
            [
                datetime.now(UTC).isoformat(timespec="microseconds"),
                "migration",
                "deduplicate-codings",
                f"{len(removed)} codings",
                "{}",
            ],
        ).lastrowid
        db.conn.executemany(
            "UPDATE codings SET removed_event = ? WHERE id = ?", [(event_id, i) for i in removed]
        )
        memos = (
            db.execute(
                f"SELECT id, target_id FROM memos WHERE target_kind = 'coding' AND target_id IN "
                f"({','.join('?' * len(removed))})",
                removed,
            ).fetchall()
            if removed
            else []
        )
        db.conn.executemany(
            "UPDATE memos SET target_id = ? WHERE id = ?",
            [(moved[target], memo) for memo, target in memos],
        )
        payload["memos_moved"] = {str(memo): [target, moved[target]] for memo, target in memos}
        db.execute(
            "UPDATE events SET payload = ? WHERE id = ?",
            [json.dumps(payload, sort_keys=True), event_id],
        )
    db.executescript(
        """
        CREATE UNIQUE INDEX IF NOT EXISTS codings_live_unique
            ON codings(document_id, start, "end", code_id, coder)
            WHERE removed_event IS NULL AND source IN ('human', 'accepted');

        PRAGMA defer_foreign_keys = ON;
        CREATE TEMP TABLE sources_v4 AS SELECT * FROM sources;
        DROP TABLE sources;
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('survey', 'transcript', 'speakers', 'codings')),
            filename TEXT NOT NULL,
            format TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            options TEXT NOT NULL DEFAULT '{}',
            event_id INTEGER REFERENCES events(id)
        );
        INSERT INTO sources (id, kind, filename, format, sha256, size, options, event_id)
            SELECT id, kind, filename, format, sha256, size, options, event_id FROM sources_v4;
        DROP TABLE sources_v4;
        """
    )


def _v7(db: sqlite_utils.Database) -> None:
    """Cheaper bulk segmentation: no index on ``segments.parent_id`` (nothing looks
    sentences up by their unit, and segments are never deleted), and the search index
    merges its b-trees 16 at a time instead of 4 (each segmentation batch adds one)."""
    db.executescript(
        """
        DROP INDEX IF EXISTS segments_parent;
        INSERT INTO segments_fts (segments_fts, rank) VALUES ('automerge', 16);
        """
    )


def _v8(db: sqlite_utils.Database) -> None:
    """Members and their roles per project (owner, coder, viewer). A file without members
    is a single-user project: whoever opens it acts as owner, as before this version."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS members (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('owner', 'coder', 'viewer')),
            event_id INTEGER NOT NULL REFERENCES events(id)
        );
        """
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8,
    _v9,
    _v10,
    _v11,
    _v12,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    """The version the file is at (0 for a new, empty file)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database) -> int:
    """Apply every pending migration, each in its own transaction; returns the new version."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"project schema version {version} is newer than this workbench supports "
            f"({SCHEMA_VERSION}); upgrade the workbench"
        )
    for number in range(version + 1, SCHEMA_VERSION + 1):
        with transaction(db):
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
    return SCHEMA_VERSION
