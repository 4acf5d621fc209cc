"""Survey import: respondents, their variables and open answers, all or nothing.

The reader in :mod:`workbench.ingest.survey` parses and validates the file on its own;
this module checks it against the project (duplicate and known ids, weights, strata,
variable clashes) in a first pass over its chunks, then writes it chunk by chunk in the
one import transaction. Anything wrong raises :class:`InputError` before the first write.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import sqlite_utils

from . import segmentation
from .errors import InputError
from .imports import column_values, file_digest, plain_value, refuse_reimport
from .ingest.survey import (
    SurveyFile,
    SurveyStream,
    check_columns,
    stream_survey,
    validate_weights,
    value_key,
)
from .progress import Progress, step
from .store import queries, records

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core


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
    progress: Progress | None = None,
) -> dict:
    """Project.import_survey: read the file in chunks, check it, write it in one event."""
    db = core.db
    sha256, size = file_digest(path)
    refuse_reimport(db, path, sha256, core.path)
    step(progress, "read")
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
            step(progress, "check")
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
            step(progress, "write")
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
    where the value is missing; values as :func:`plain_value` gives them. Each distinct value
    is encoded once."""
    key = json.dumps(name, ensure_ascii=False) + ": "
    codes, uniques = pd.factorize(column)
    members = [
        None
        if (value := plain_value(u)) is None
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
            strata.get(v) or strata.setdefault(v, str(plain_value(v)))
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
                for i, (key, text) in enumerate(
                    zip(_id_keys(chunk[id]), column_values(chunk[question]))
                )
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
