"""Transcript import: a focus-group transcript read, checked against the project (a file
imported before, labels the reader could not settle) and written as one document of
turns; its preview; and speaker attributes from a table. Nothing is written until every
check has passed; anything wrong raises :class:`InputError`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from .errors import InputError
from .imports import file_digest, plain_value, refuse_reimport
from .ingest.survey import check_columns, read_survey
from .ingest.transcript import Transcript, read_transcript
from .progress import Progress, step
from .store import queries, records

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core


@dataclass
class LoadedTranscript:
    """A transcript read and checked against the project, ready to be written."""

    path: Path
    group: str
    sha256: str
    size: int
    transcript: Transcript
    options: dict


def load_transcript(
    db: sqlite_utils.Database,
    project: Path,
    path: str | Path,
    group: str | None = None,
    *,
    encoding: str | None = None,
    format: str | None = None,
    speakers: Sequence[str] = (),
    not_speakers: Sequence[str] = (),
) -> LoadedTranscript:
    """Read a transcript for ``group`` (default: the file name), refusing a file imported
    before; the speakers the group already has count as known speakers."""
    path = Path(path)
    sha256, size = file_digest(path)
    refuse_reimport(db, path, sha256, project)
    group = (group or path.stem).strip()
    if not group:
        raise InputError(path, "the group name is empty")
    known = [s["name"] for s in queries.speakers(db, group)]
    transcript = read_transcript(
        path,
        encoding=encoding,
        format=format,
        speakers=speakers,
        not_speakers=not_speakers,
        known=known,
    )
    options = {
        "group": group,
        "encoding": encoding,
        "speakers": list(speakers),
        "not_speakers": list(not_speakers),
    }
    return LoadedTranscript(path, group, sha256, size, transcript, options)


def import_transcript(
    core: Core, path: str | Path, progress: Progress | None = None, **options: Any
) -> dict:
    """Project.import_transcript: read, refuse ambiguous labels, write in one event."""
    step(progress, "read")
    loaded = load_transcript(core.db, core.path, path, **options)
    refuse_ambiguous(loaded.transcript)
    transcript = loaded.transcript
    step(progress, "write")
    with core.write("import-transcript", loaded.path.name) as payload:
        source_id = records.add_source(
            core.db,
            kind="transcript",
            filename=loaded.path.name,
            format=transcript.format,
            sha256=loaded.sha256,
            size=loaded.size,
            options=loaded.options,
            event_id=payload["event_id"],
        )
        result = write_transcript(core.db, transcript, loaded.group, source_id)
        payload.update(result, source=source_id, warnings=transcript.warnings)
    return {
        "file": str(loaded.path),
        "format": transcript.format,
        **result,
        "warnings": transcript.warnings,
    }


def refuse_ambiguous(transcript: Transcript) -> None:
    """One error line for the first label the reader could not settle, naming the others;
    nothing is written until the user has decided (--speaker / --not-speaker)."""
    ambiguous = transcript.ambiguous
    if not ambiguous:
        return
    first, rest = ambiguous[0], ambiguous[1:]
    more = ""
    if rest:
        listed = ", ".join(f"{n.label!r} at {n.where}" for n in rest[:5])
        more = f" (the same holds for {listed}{', ...' if len(rest) > 5 else ''})"
    raise InputError(
        transcript.path,
        f"{first.where}: is {first.label!r} a speaker? It opens a turn only here and is not a role,"
        f" name or code like the other labels{more}; nothing was imported: re-run with"
        f" --speaker {first.label!r} (a speaker) or --not-speaker {first.label!r} (text of the turn"
        " before) for each, or see them all with --preview",
    )


def preview_transcript(transcript: Transcript, group: str) -> dict:
    """What an import would write, and what the user should check first."""
    speakers: dict[str, dict] = {}
    for turn in transcript.turns:
        entry = speakers.setdefault(
            turn.speaker, {"name": turn.speaker, "turns": 0, "first": turn.line}
        )
        entry["turns"] += 1
    unit = {"docx": "paragraph", "vtt": "cue", "srt": "cue"}.get(transcript.format, "line")
    return {
        "file": str(transcript.path),
        "format": transcript.format,
        "group": group,
        "title": transcript.title,
        "turns": len(transcript.turns),
        "unit": unit,
        "speakers": list(speakers.values()),
        "warnings": transcript.warnings,
        "notices": [
            {"where": n.where, "label": n.label, "kind": n.kind, "message": n.message}
            for n in transcript.notices
        ],
        "ambiguous": [{"label": n.label, "where": n.where} for n in transcript.ambiguous],
    }


def transcript_text(transcript: Transcript) -> tuple[str, list[tuple[int, int]]]:
    """The document text for a transcript ("Speaker: text" per turn) and each turn's span.

    Spans cover the words spoken, not the speaker label, so codings of a turn never
    include the label.
    """
    parts: list[str] = []
    spans = []
    length = 0
    for turn in transcript.turns:
        label = f"{turn.speaker}: "
        text = unicodedata.normalize("NFC", turn.text)
        start = length + len(label)
        parts.append(label + text + "\n")
        spans.append((start, start + len(text)))
        length += len(label) + len(text) + 1
    return "".join(parts), spans


def write_transcript(
    db: sqlite_utils.Database, transcript: Transcript, group: str, source_id: int
) -> dict:
    """Write a parsed transcript as one document of ``group`` with one segment per turn."""
    group_id = queries.group_id(db, group) or records.add_group(db, group)
    known = {s["name"]: s["id"] for s in queries.speakers(db, group)}
    names = list(dict.fromkeys(t.speaker for t in transcript.turns))
    known.update(records.add_speakers(db, group_id, [n for n in names if n not in known]))
    text, spans = transcript_text(transcript)
    title = transcript.title or f"{group} ({transcript.path.name})"
    [document_id] = records.add_documents(
        db,
        [
            {
                "kind": "transcript",
                "title": title,
                "text": text,
                "respondent_id": None,
                "question_id": None,
                "group_id": group_id,
                "source_id": source_id,
            }
        ],
    )
    records.add_segments(
        db,
        [
            {
                "document_id": document_id,
                "kind": "turn",
                "ordinal": i,
                "start": start,
                "end": end,
                "speaker_id": known[turn.speaker],
                "time_start": turn.start,
                "time_end": turn.end,
            }
            for i, (turn, (start, end)) in enumerate(zip(transcript.turns, spans))
            if end > start
        ],
    )
    return {"group": group, "document": document_id, "turns": len(spans), "speakers": len(names)}


def prepare_speakers(db: sqlite_utils.Database, path: Path) -> list[tuple[int, dict]]:
    """Read a speakers table (group, speaker, attributes...) into (speaker id, attributes)."""
    table = read_survey(path)
    check_columns(table, {"group": "group", "speaker": "speaker"})
    known = {(s["group"], s["name"]): s for s in queries.speakers(db)}
    attributes = [c for c in table.columns if c not in ("group", "speaker")]
    if not attributes:
        raise InputError(path, "no attribute columns besides 'group' and 'speaker'")
    updates = []
    for row, record in table.frame.iterrows():
        key = (str(plain_value(record["group"])), str(plain_value(record["speaker"])))
        if key not in known:
            in_group = [n for g, n in known if g == key[0]]
            where = f"speakers there: {', '.join(in_group)}" if in_group else "no such group"
            raise InputError(path, f"no speaker {key[1]!r} in group {key[0]!r} ({where})", row=row)
        values = {a: plain_value(record[a]) for a in attributes}
        merged = {**known[key]["attributes"], **{k: v for k, v in values.items() if v is not None}}
        updates.append((known[key]["id"], merged))
    return updates


def preview(core: Core, path: str | Path, **options: Any) -> dict:
    """What :func:`import_transcript` with these options would write; writes nothing."""
    loaded = load_transcript(core.db, core.path, path, **options)
    return preview_transcript(loaded.transcript, loaded.group)


def import_speakers(core: Core, path: Path) -> dict:
    """Set speaker attributes from a table (group, speaker, attributes...); one event."""
    file_digest(path)
    updates = prepare_speakers(core.db, path)
    with core.write("import-speakers", path.name) as payload:
        for speaker_id, attributes in updates:
            records.update_speaker_attributes(core.db, speaker_id, attributes)
        payload.update(speakers=len(updates))
    return {"file": str(path), "speakers": len(updates)}
