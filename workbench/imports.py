"""Turn parsed survey and transcript files into project records, all or nothing.

The readers in :mod:`workbench.ingest` parse and validate a file on its own; this module
checks it against the project (duplicates, existing variables) and writes it in the
caller's transaction. Anything wrong raises :class:`InputError` before the first write.
"""

from __future__ import annotations

import hashlib
import json
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import sqlite_utils

from . import segmentation
from .errors import InputError
from .ingest.survey import (
    SurveyFile,
    SurveyStream,
    check_columns,
    read_survey,
    stream_survey,
    validate_weights,
    value_key,
)
from .ingest.transcript import Transcript, read_transcript
from .store import queries, records

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core


def file_digest(path: Path) -> tuple[str, int]:
    """sha256 and size of a file, or an InputError if it cannot be read."""
    if not path.is_file():
        raise InputError(path, "file not found")
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest(), path.stat().st_size


def refuse_reimport(
    db: sqlite_utils.Database, path: Path, sha256: str, project: Path | None = None
) -> None:
    """Refuse a file imported before; if its import was interrupted before segmentation
    finished, say that ``segment`` finishes the job (importing again would double it)."""
    earlier = queries.source_by_hash(db, sha256)
    if not earlier:
        return
    where = f"as {earlier['filename']!r}, source {earlier['id']}, {earlier['time']}"
    pending, total = queries.unsegmented_of_source(db, earlier["id"])
    if pending:
        command = (
            f"python -m workbench segment {project}"
            if project
            else "python -m workbench segment PROJECT"
        )
        raise InputError(
            path,
            f"this file was already imported ({where}), but {pending} of its {total} documents are not"
            " segmented yet (the import was stopped during segmentation); nothing was changed: run"
            f" '{command}' (or 'Segment now' on the Project page) to finish it, do not import it again",
        )
    raise InputError(
        path,
        f"this file was already imported ({where}) and is fully segmented; nothing was changed and"
        " nothing is left to do (to import a corrected version, save it as a new file)",
    )


def _plain(value: Any) -> Any:
    """A JSON-ready Python value, or None for missing."""
    if value is None:
        return None
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
    if isinstance(value, str):
        value = value.strip()
        return value or None
    try:
        if value != value:  # pandas NA-likes
            return None
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, (int, float, str, bool)) else str(value)


def _values(column: pd.Series) -> list[Any]:
    """A column as plain Python values (None for missing), fast enough for 100,000 rows."""
    return [_plain(v) for v in column.astype(object).where(column.notna(), None).tolist()]


def import_survey(
    core: Core,
    path: Path,
    *,
    id: str,
    stratum: str,
    weight: str | None,
    open: list[str],
    delimiter: str | None,
    encoding: str | None,
    sheet: str | int | None,
    decimal: str | None,
    warm_nlp: bool,
) -> dict:
    """Project.import_survey: read the file in chunks, check it, write it in one event."""
    db = core.db
    sha256, size = file_digest(path)
    refuse_reimport(db, path, sha256, core.path)
    with stream_survey(
        path,
        delimiter=delimiter,
        encoding=encoding,
        sheet=sheet,
        decimal=decimal,
        spill_dir=core.path.parent,
    ) as survey:
        started = warm_nlp and segmentation.start_nlp(core, survey.rows * len(open))
        try:
            plan = check_survey(db, survey, id=id, stratum=stratum, weight=weight, open=open)
            options = {
                "id": id,
                "stratum": stratum,
                "weight": weight,
                "open": open,
                "encoding": survey.encoding,
                "delimiter": survey.delimiter,
                "sheet": sheet,
            }
            with core.write("import-survey", path.name) as payload:
                source_id = records.add_source(
                    db,
                    kind="survey",
                    filename=path.name,
                    format=survey.format,
                    sha256=sha256,
                    size=size,
                    options=options,
                    event_id=payload["event_id"],
                )
                result = write_survey(db, survey, plan, source_id)
                payload.update(result, options=options, source=source_id)
        except BaseException:
            if started:  # nothing to segment: the workers go
                core.stop_analyser()
            raise
    return {
        "file": str(path),
        "format": survey.format,
        "encoding": survey.encoding,
        "delimiter": survey.delimiter,
        **result,
    }


class _FirstError:
    """The first problem of one kind in file order (chunks come in file order)."""

    def __init__(self) -> None:
        self.error: InputError | None = None

    def note(self, error: InputError) -> None:
        if self.error is None:
            self.error = error


def _id_keys(column: pd.Series) -> list[str]:
    """Respondent ids as strings, the way :func:`validate_ids` compares them."""
    if column.dtype == "str":
        return column.tolist()  # clean strings are NFC already
    return [value_key(v) for v in column]


def _role(role: str) -> str:
    return "a survey variable" if role == "variable" else f"the {role}"


def check_survey(
    db: sqlite_utils.Database,
    survey: SurveyStream,
    *,
    id: str,
    stratum: str,
    weight: str | None,
    open: Sequence[str],
) -> dict:
    """Check a survey against itself and the project, reading it chunk by chunk; returns
    what :func:`write_survey` needs. Problems are raised in the order a whole-file check
    finds them: ids (missing, duplicate), weights, strata, ids already in the project,
    then the column names."""
    path = survey.path
    roles = {"--id": id, "--stratum": stratum}
    if weight is not None:
        roles["--weight"] = weight
    roles.update({f"--open {name}": name for name in open})
    check_columns(survey, roles)  # type: ignore[arg-type]
    if len(set(open)) != len(open):
        raise InputError(path, "the same column is given twice with --open")
    special = {id, stratum, weight} - {None}
    clash = special.intersection(open)
    if clash:
        raise InputError(
            path,
            f"column {sorted(clash)[0]!r} cannot be both an --open question "
            "and the id, stratum or weight",
        )

    missing_id, weights, strata, known = _FirstError(), _FirstError(), _FirstError(), _FirstError()
    hashes = []
    look_up = queries.counts_respondents(db) > 0
    for chunk in survey.chunks([n for n in (id, stratum, weight) if n is not None]):
        part = SurveyFile(path, survey.format, chunk, survey.columns)
        ids = chunk[id]
        if ids.isna().any():
            missing_id.note(
                InputError(
                    path, f"id column {id!r} is empty", row=int(ids.index[ids.isna().argmax()])
                )
            )
            continue
        keys = _id_keys(ids)
        hashes.append(pd.util.hash_array(np.asarray(keys, dtype=object)))
        if weight is not None and weights.error is None:
            try:
                validate_weights(part, weight)
            except InputError as error:
                weights.note(error)
        empty = chunk[stratum].isna()
        if empty.any():
            strata.note(
                InputError(
                    path, f"stratum ({stratum!r}) is empty", row=int(chunk.index[empty.argmax()])
                )
            )
        if look_up and known.error is None:
            found = queries.existing_respondents(db, keys)
            if found:
                row, dup = next((r, k) for r, k in zip(chunk.index, keys) if k in found)
                known.note(
                    InputError(
                        path,
                        f"respondent id {dup!r} is already in the project "
                        "(from an earlier import); nothing was changed",
                        row=int(row),
                    )
                )
    if missing_id.error:
        raise missing_id.error
    if hashes:
        _refuse_duplicate_ids(survey, id, np.concatenate(hashes))
    for found in (weights, strata, known):
        if found.error:
            raise found.error

    existing_vars = {v["name"]: v for v in queries.variables(db)}
    existing_questions = queries.question_names(db)
    variable_columns = [c for c in survey.columns if c not in special and c not in open]
    reserved = {"respondent", "stratum", "weight"}.intersection(variable_columns)
    if reserved:
        name = sorted(reserved)[0]
        raise InputError(
            path,
            f"column {name!r} would clash with the respondent's own "
            f"{name}: name it with --{'id' if name == 'respondent' else name}, "
            "or rename the column",
        )
    given = {
        **dict.fromkeys(variable_columns, "variable"),
        id: "id",
        stratum: "stratum",
        weight: "weight",
    }
    for name, role in given.items():
        earlier = existing_vars.get(name)
        if name is not None and earlier and earlier["role"] != role:
            raise InputError(
                path,
                f"column {name!r} is {_role(role)} here but "
                f"{_role(earlier['role'])} in the project (an earlier "
                "import); give it the same role",
            )
    for name in variable_columns:
        earlier = existing_vars.get(name)
        if earlier and earlier["type"] != survey.columns[name].type:
            raise InputError(
                path,
                f"column {name!r} is {survey.columns[name].type} here but "
                f"{earlier['type']} in the project",
            )
    for name in open:
        if name in existing_vars:
            raise InputError(path, f"--open {name!r} is already a survey variable in the project")
    for name in variable_columns:
        if name in existing_questions:
            raise InputError(
                path,
                f"column {name!r} is already an open question in the project; name it with --open",
            )
    return {
        "id": id,
        "stratum": stratum,
        "weight": weight,
        "open": list(open),
        "variables": variable_columns,
        "new_variables": [
            c
            for c in [id, stratum, weight, *variable_columns]
            if c is not None and c not in existing_vars
        ],
        "new_questions": [q for q in open if q not in existing_questions],
        "roles": {id: "id", stratum: "stratum", weight: "weight"},
    }


def _refuse_duplicate_ids(survey: SurveyStream, id: str, hashes: np.ndarray) -> None:
    """Raise on the first id that repeats an earlier one; the hashes of every id (8 bytes
    per respondent) say whether to look, an exact pass says where."""
    ordered = np.sort(hashes)
    if not (ordered[1:] == ordered[:-1]).any():
        return
    first_row: dict[str, int] = {}
    for chunk in survey.chunks([id]):
        for row, key in zip(chunk.index, _id_keys(chunk[id])):
            if key in first_row:
                raise InputError(
                    survey.path,
                    f"duplicate id {key!r} in column {id!r} (first on row {first_row[key]})",
                    row=int(row),
                )
            first_row[key] = int(row)


def _json_fragments(name: str, column: pd.Series) -> list[str | None]:
    """'"name": value' per row as ``json.dumps(sort_keys=True)`` writes a member, None
    where the value is missing; values as :func:`_plain` gives them. Each distinct value
    is encoded once."""
    key = json.dumps(name, ensure_ascii=False) + ": "
    codes, uniques = pd.factorize(column)
    members = [
        None
        if (value := _plain(u)) is None
        else key + json.dumps(value, ensure_ascii=False, default=str)
        for u in uniques.tolist()
    ]
    return np.array(members + [None], dtype=object)[codes].tolist()


def _respondent_data(chunk: pd.DataFrame, names: Sequence[str]) -> list[str]:
    """Each row's survey variables as one JSON object (missing values left out)."""
    columns = [_json_fragments(name, chunk[name]) for name in sorted(names)]
    if not columns:
        return ["{}"] * len(chunk)
    return ["{" + ", ".join([p for p in parts if p is not None]) + "}" for parts in zip(*columns)]


def write_survey(
    db: sqlite_utils.Database, survey: SurveyStream, plan: dict, source_id: int
) -> dict:
    """Write what :func:`check_survey` passed, in the caller's transaction, chunk by chunk:
    respondents, then each open question's answers (documents with one answer segment)."""
    start = queries.counts(db)["variables"]
    records.add_variables(
        db,
        [
            {
                "name": name,
                "role": plan["roles"].get(name, "variable"),
                "type": survey.columns[name].type,
                "label": survey.columns[name].label,
                "value_labels": survey.columns[name].value_labels,
                "position": start + position,
                "source_id": source_id,
            }
            for position, name in enumerate(plan["new_variables"])
        ],
    )
    records.add_questions(db, plan["new_questions"], source_id)
    question_ids = queries.question_ids(db)
    id, stratum, weight = plan["id"], plan["stratum"], plan["weight"]
    first_respondent = records.next_id(db, "respondents")
    respondents = 0
    strata: dict[Any, str] = {}
    for chunk in survey.chunks(
        [n for n in (id, stratum, weight, *plan["variables"]) if n is not None]
    ):
        part = SurveyFile(survey.path, survey.format, chunk, survey.columns)
        weights = (
            validate_weights(part, weight).astype(float).tolist()
            if weight is not None
            else [1.0] * len(chunk)
        )
        labels = [
            strata.get(v) or strata.setdefault(v, str(_plain(v)))
            for v in chunk[stratum].astype(object).tolist()
        ]
        records.add_respondent_rows(
            db,
            zip(
                _id_keys(chunk[id]),
                labels,
                weights,
                _respondent_data(chunk, plan["variables"]),
                chunk.index.tolist(),
            ),
            source_id,
        )
        respondents += len(chunk)
    answers = 0
    for question in plan["open"]:
        number = 0
        for chunk in survey.chunks([id, question]):
            rows = [
                (
                    f"{key} · {question}",
                    unicodedata.normalize("NFC", str(text)),
                    first_respondent + number + i,
                )
                for i, (key, text) in enumerate(zip(_id_keys(chunk[id]), _values(chunk[question])))
                if text is not None
            ]
            number += len(chunk)
            document_ids = records.add_answer_documents(db, rows, question_ids[question], source_id)
            records.add_unit_segments(db, [(d, len(row[1])) for d, row in zip(document_ids, rows)])
            answers += len(rows)
    return {
        "respondents": respondents,
        "answers": answers,
        "variables": sum(1 for n in plan["new_variables"] if n not in plan["roles"]),
        "questions": plan["new_questions"],
    }


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


def import_transcript(core: Core, path: str | Path, **options: Any) -> dict:
    """Project.import_transcript: read, refuse ambiguous labels, write in one event."""
    loaded = load_transcript(core.db, core.path, path, **options)
    refuse_ambiguous(loaded.transcript)
    transcript = loaded.transcript
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
        key = (str(_plain(record["group"])), str(_plain(record["speaker"])))
        if key not in known:
            in_group = [n for g, n in known if g == key[0]]
            where = f"speakers there: {', '.join(in_group)}" if in_group else "no such group"
            raise InputError(path, f"no speaker {key[1]!r} in group {key[0]!r} ({where})", row=row)
        values = {a: _plain(record[a]) for a in attributes}
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
