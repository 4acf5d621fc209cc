"""A whole project as a REFI-QDA project (.qdpx, QDA-XML project 1.0), the exchange format
of ATLAS.ti, NVivo, MAXQDA and QualCoder; valid against Project.xsd (March 2019).

The archive holds ``project.qde`` and ``sources/<GUID>.txt``: each document's exact text,
UTF-8. What goes where:

=============================  ===========================================================
Duiding                        REFI-QDA
=============================  ===========================================================
project name, created          Project@name, @creationDateTime; @modifiedDateTime = the
                               state exported (the newest event's time)
language, small-cell           Project/Description: the export header, then a "Duiding:
threshold, strata, margins     project" block (language, threshold, GUID namespace,
                               population and sample size per stratum, population shares)
coders, memo authors           Users/User (name)
codes                          CodeBook/Codes/Code, as the .qdc export (GUID, name, colour,
                               definition, criteria, examples, English label), NoteRef
survey variables, roles        Variables/Variable "respondent variable" (role id, stratum,
                               weight or variable; type; label; value labels; position);
                               typeOfVariable Text/Integer/Float/Boolean from the values
speaker attributes             Variables/Variable "speaker attribute"
respondent                     Case (name = respondent id): VariableValues (id, stratum,
                               weight, every variable with a value), SourceRef per answer
focus-group speaker            Case (name = speaker, "Focus group" in its Description):
                               VariableValues (attributes), SelectionRef per turn
document (answer, transcript)  TextSource (name = title, plainTextPath internal://...)
turn                           PlainTextSelection "speaker (n)" with a "turn" Description
                               (ordinal, start and end time in seconds)
coding                         Coding (creatingUser, creationDateTime, CodeRef) in the
                               PlainTextSelection of its span; positions are characters
                               (Unicode code points) of the text file
memo                           Note (PlainTextContent) + NoteRef on the Project, TextSource,
                               Code, Coding or the PlainTextSelection of a segment's span
open question, focus group     Set ("open question" / "focus group") of its documents
=============================  ===========================================================

Speakers are Cases rather than Sets because a Case can point at selections (their turns)
and carry variables (their attributes); a Set holds only whole sources.

Only live codings by people travel: human codings and accepted suggestions (the latter as
the accepting coder's codings). Open and rejected suggestions, removed codings and memos,
the audit trail, double-coding samples, verdicts, embeddings, topics and sentence segments
(recomputed on import) stay in the project; the returned dict counts what was left out.

A project exchange holds every text, respondent id and speaker name, so it is never a
viewer export: ``ctx.viewer`` is refused. Same state, same bytes: GUIDs are uuid5 of the
project's namespace and natural keys, times are the stored ones, the zip has fixed dates.
"""

from __future__ import annotations

import io
import math
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..codebook import Codebook
from ..errors import InputError
from ..formats.refi.guids import make_guid, namespace_for
from ..formats.refi.qdc import code_elements
from ..formats.refi.qde import NS, describe
from ..store import codings as coding_store
from ..store import design as design_store
from ..store import qdpx as store
from ..version import __version__
from .common import ExportContext, header_line, stable_zip, write_atomically

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FIXED_TYPES = {"id": "Text", "stratum": "Text", "weight": "Float"}


def write_qdpx(ctx: ExportContext, out: str | Path) -> dict:
    """Write the project as a .qdpx at ``out`` (replaced only when complete); returns counts."""
    out = Path(out)
    if ctx.viewer:
        raise InputError(
            out,
            "a REFI-QDA project holds every text, respondent id and speaker "
            "name; it cannot be a viewer export (export it as a researcher)",
        )
    if not out.parent.is_dir():
        raise InputError(out, f"folder {out.parent} does not exist")
    build = _Build(ctx)
    root = build.project()
    ET.indent(root, space="  ")
    xml = (
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        + ET.tostring(root, encoding="utf-8", xml_declaration=False)
        + b"\n"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml)
        for name, text in build.files:
            archive.writestr(name, text.encode("utf-8"))
    try:
        write_atomically(out, stable_zip(buffer.getvalue()))
    except OSError as exc:
        raise InputError(out, f"cannot write file ({exc.strerror or exc})") from None
    left_out = {
        **store.left_out(ctx.core.db),
        "memos_on_what_is_not_exported": build.memos_left_out,
    }
    return {"file": str(out), **build.counts, "left_out": left_out}


def _x(value: Any) -> str:
    """Text XML 1.0 can hold (characters it forbids become U+FFFD)."""
    return _ILLEGAL.sub("\ufffd", str(value))


def _excerpt(text: str, size: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[: size - 1] + "…"


def refi_type(values: list[Any], ours: str) -> str:
    """typeOfVariable for a variable with these (non-missing) values and our type."""
    if not values:
        return "Float" if ours == "numeric" else "Text"
    if all(isinstance(v, bool) for v in values):
        return "Boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "Integer"
    if all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in values
    ):
        return "Float"
    return "Text"


def _value_element(parent: ET.Element, guid: str, kind: str, value: Any) -> None:
    element = ET.SubElement(parent, "VariableValue")
    ET.SubElement(element, "VariableRef", {"targetGUID": guid})
    if kind == "Boolean":
        ET.SubElement(element, "BooleanValue").text = "true" if value else "false"
    elif kind == "Integer":
        ET.SubElement(element, "IntegerValue").text = str(int(value))
    elif kind == "Float":  # xsd:decimal: no exponent; repr's digits, so float() gives it back
        ET.SubElement(element, "FloatValue").text = format(Decimal(repr(float(value))), "f")
    else:
        ET.SubElement(element, "TextValue").text = _x(value)


class _Build:
    """The project read once, with the GUIDs of everything, turned into XML elements."""

    def __init__(self, ctx: ExportContext) -> None:
        self.ctx = ctx
        core = ctx.core
        self.db = db = core.db
        settings = core.settings
        try:
            self.ns = uuid.UUID(settings["refi_namespace"])
        except (KeyError, ValueError):
            self.ns = namespace_for(settings.get("name", core.path.stem), settings.get("created"))
        self.settings = settings
        self.documents = store.documents(db)
        seen: Counter = Counter()
        self.doc_guid: dict[int, str] = {}
        for doc in self.documents:
            if doc["kind"] == "answer":
                key: tuple = ("answer", doc["respondent"], doc["question"])
            else:
                key = ("transcript", doc["group"], doc["title"])
                seen[key] += 1
                key += (seen[key],)
            self.doc_guid[doc["id"]] = make_guid(self.ns, *key)
        self.codes = Codebook(core).tree()
        self.code_guid = {c.id: c.guid for c in Codebook(core).codes()}
        self.users: set[str] = set()
        self.spans: dict[int, dict[tuple[int, int], dict]] = defaultdict(dict)
        self.notes: list[tuple[dict, str]] = []  # (memo, target GUID or "")
        self.refs: dict[str, list[str]] = defaultdict(list)  # target GUID -> note GUIDs
        self._turns()
        self.coding_guid: dict[int, str] = {}
        self._codings()
        self._memos()
        self.counts = {
            "sources": len(self.documents),
            "codes": len(self.code_guid),
            "codings": len(self.coding_guid),
            "memos": len(self.notes),
        }

    def guid(self, *key: object) -> str:
        return make_guid(self.ns, *key)

    def span(self, document_id: int, start: int, end: int) -> dict:
        """The selection of a span (made on first use)."""
        spans = self.spans[document_id]
        if (start, end) not in spans:
            spans[(start, end)] = {
                "guid": self.guid("selection", self.doc_guid[document_id], start, end),
                "turn": None,
                "codings": [],
            }
        return spans[(start, end)]

    def _turns(self) -> None:
        self.turn_refs: dict[tuple[str, str], list[str]] = defaultdict(list)
        for turn in store.turns(self.db):
            selection = self.span(turn["document_id"], turn["start"], turn["end"])
            selection["turn"] = turn
            self.turn_refs[(turn["group"], turn["speaker"])].append(selection["guid"])

    def _codings(self) -> None:
        order = {doc["id"]: i for i, doc in enumerate(self.documents)}
        rows = [c for c in coding_store.codings(self.db) if c["code_id"] in self.code_guid]
        rows.sort(
            key=lambda c: (
                order[c["document_id"]],
                c["start"],
                c["end"],
                c["time"],
                c["coder"],
                self.code_guid[c["code_id"]],
                c["id"],
            )
        )
        seen: Counter = Counter()
        for row in rows:
            selection = self.span(row["document_id"], row["start"], row["end"])
            key = (selection["guid"], self.code_guid[row["code_id"]], row["coder"])
            seen[key] += 1
            guid = self.guid("coding", *key, seen[key])
            self.coding_guid[row["id"]] = guid
            selection["codings"].append({**row, "guid": guid})
            self.users.add(row["coder"])

    def _memos(self) -> None:
        spans = store.segment_spans(self.db)
        documents = {doc["id"] for doc in self.documents}
        seen: Counter = Counter()
        memos = sorted(coding_store.memos(self.db), key=lambda m: (m["time"], m["id"]))
        self.memos_left_out = len(memos)
        for memo in memos:
            kind, target = memo["kind"], memo["target_id"]
            if kind == "project":
                guid = ""
            elif kind == "document" and target in documents:
                guid = self.doc_guid[target]
            elif kind == "code" and target in self.code_guid:
                guid = self.code_guid[target]
            elif kind == "coding" and target in self.coding_guid:
                guid = self.coding_guid[target]
            elif kind == "segment" and target in spans:
                guid = self.span(*spans[target])["guid"]
            else:
                continue  # its target is not exported (a removed coding, a retired code)
            key = ("note", guid or "project", memo["coder"], memo["time"])
            seen[key] += 1
            note = self.guid(*key, seen[key])
            self.notes.append(({**memo, "guid": note}, guid))
            self.memos_left_out -= 1
            self.refs[guid].append(note)
            self.users.add(memo["coder"])

    # -- elements ----------------------------------------------------------------------
    def project(self) -> ET.Element:
        attributes = {
            "xmlns": NS,
            "name": _x(self.settings.get("name", "")),
            "origin": f"Duiding {__version__}",
        }
        if self.settings.get("created"):
            attributes["creationDateTime"] = self.settings["created"]
        if self.ctx.meta.get("as_of"):
            attributes["modifiedDateTime"] = self.ctx.meta["as_of"]
        root = ET.Element("Project", attributes)
        self.counts["users"] = len(self.users)
        if self.users:
            users = ET.SubElement(root, "Users")
            for name in sorted(self.users):
                ET.SubElement(users, "User", {"guid": self.user(name), "name": _x(name)})
        if self.codes:
            codebook = ET.SubElement(root, "CodeBook")
            code_elements(ET.SubElement(codebook, "Codes"), self.codes, self.refs)
        variables, cases = self.cases()
        if len(variables):
            root.append(variables)
        if len(cases):
            root.append(cases)
        self.files: list[tuple[str, str]] = []
        if self.documents:
            root.append(self.sources())
        if self.notes:
            notes = ET.SubElement(root, "Notes")
            for memo, _ in self.notes:
                note = ET.SubElement(
                    notes,
                    "Note",
                    {
                        "guid": memo["guid"],
                        "name": _x(_excerpt(memo["text"].split("\n")[0])),
                        "creatingUser": self.user(memo["coder"]),
                        "creationDateTime": memo["time"],
                    },
                )
                ET.SubElement(note, "PlainTextContent").text = _x(memo["text"])
        sets = self.sets()
        if len(sets):
            root.append(sets)
        ET.SubElement(root, "Description").text = self.description()
        for note in self.refs.get("", []):
            ET.SubElement(root, "NoteRef", {"targetGUID": note})
        return root

    def user(self, name: str) -> str:
        return self.guid("user", name)

    def description(self) -> str:
        strata = design_store.strata(self.db)
        return describe(
            "project",
            {
                "Language": self.settings.get("language"),
                "Small-cell threshold": self.ctx.meta.get("min_cell"),
                "GUID namespace": str(self.ns),
                "Population per stratum": {s["stratum"]: s["population"] for s in strata},
                "Sampled per stratum": {
                    s["stratum"]: s["sampled"] for s in strata if s["sampled"] is not None
                },
                "Population shares": design_store.margins(self.db),
            },
            text=header_line(self.ctx),
        )

    def cases(self) -> tuple[ET.Element, ET.Element]:
        variables, cases = ET.Element("Variables"), ET.Element("Cases")
        rows = store.variables(self.db)
        respondents = store.respondents(self.db)
        first = {}
        for row in rows:
            first.setdefault(row["role"], row["name"])
        own = {"id": "external_id", "stratum": "stratum", "weight": "weight"}
        values: dict[str, list[Any]] = {}
        for row in rows:
            if row["role"] == "variable":
                values[row["name"]] = [
                    r["data"][row["name"]]
                    for r in respondents
                    if r["data"].get(row["name"]) is not None
                ]
        kinds: dict[str, tuple[str, str]] = {}  # name -> (GUID, typeOfVariable)
        for row in rows:
            kind = FIXED_TYPES.get(row["role"]) or refi_type(values[row["name"]], row["type"])
            kinds[row["name"]] = (self.guid("variable", row["name"]), kind)
            self._variable(
                variables,
                row["name"],
                kinds[row["name"]],
                describe(
                    "respondent variable",
                    {
                        "Role": row["role"],
                        "Type": row["type"],
                        "Position": row["position"],
                        "Value labels": row["value_labels"],
                    },
                    text=row["label"] or "",
                ),
            )
        answers: dict[str, list[str]] = defaultdict(list)
        for doc in self.documents:
            if doc["kind"] == "answer":
                answers[doc["respondent"]].append(self.doc_guid[doc["id"]])
        for person in respondents:
            case = ET.SubElement(
                cases,
                "Case",
                {
                    "guid": self.guid("respondent", person["external_id"]),
                    "name": _x(person["external_id"]),
                },
            )
            ET.SubElement(case, "Description").text = describe("respondent", {})
            for row in rows:
                name = row["name"]
                value = (
                    person[own[row["role"]]]
                    if row["role"] in own and first[row["role"]] == name
                    else person["data"].get(name)
                    if row["role"] == "variable"
                    else None
                )
                if value is not None:
                    _value_element(case, *kinds[name], value)
            for guid in answers[person["external_id"]]:
                ET.SubElement(case, "SourceRef", {"targetGUID": guid})
        self._speakers(variables, cases)
        self.counts.update(respondents=len(respondents), variables=len(variables))
        return variables, cases

    def _variable(self, parent: ET.Element, name: str, kind: tuple[str, str], text: str) -> None:
        variable = ET.SubElement(
            parent, "Variable", {"guid": kind[0], "name": _x(name), "typeOfVariable": kind[1]}
        )
        ET.SubElement(variable, "Description").text = _x(text)

    def _speakers(self, variables: ET.Element, cases: ET.Element) -> None:
        speakers = store.speakers(self.db)
        names = sorted({k for s in speakers for k in s["attributes"]})
        kinds = {}
        for name in names:
            found = [
                s["attributes"][name] for s in speakers if s["attributes"].get(name) is not None
            ]
            kinds[name] = (self.guid("speaker attribute", name), refi_type(found, "text"))
            self._variable(variables, name, kinds[name], describe("speaker attribute", {}))
        for speaker in speakers:
            key = (speaker["group"], speaker["name"])
            case = ET.SubElement(
                cases, "Case", {"guid": self.guid("speaker", *key), "name": _x(speaker["name"])}
            )
            ET.SubElement(case, "Description").text = _x(
                describe("speaker", {"Focus group": speaker["group"]})
            )
            for name in names:
                if speaker["attributes"].get(name) is not None:
                    _value_element(case, *kinds[name], speaker["attributes"][name])
            for guid in self.turn_refs.get(key, []):
                ET.SubElement(case, "SelectionRef", {"targetGUID": guid})
        self.counts["speakers"] = len(speakers)

    def sources(self) -> ET.Element:
        sources = ET.Element("Sources")
        for doc in self.documents:
            guid = self.doc_guid[doc["id"]]
            element = ET.SubElement(
                sources,
                "TextSource",
                {"guid": guid, "name": _x(doc["title"]), "plainTextPath": f"internal://{guid}.txt"},
            )
            self.files.append((f"sources/{guid}.txt", doc["text"]))
            for (start, end), selection in sorted(self.spans.get(doc["id"], {}).items()):
                self._selection(element, doc["text"], start, end, selection)
            for note in self.refs.get(guid, []):
                ET.SubElement(element, "NoteRef", {"targetGUID": note})
        return sources

    def _selection(
        self, parent: ET.Element, text: str, start: int, end: int, selection: dict
    ) -> None:
        turn = selection["turn"]
        name = f"{turn['speaker']} ({turn['ordinal'] + 1})" if turn else _excerpt(text[start:end])
        attributes = {
            "guid": selection["guid"],
            "name": _x(name),
            "startPosition": str(start),
            "endPosition": str(end),
        }
        # one selection per coder: QualCoder (and tools like it) give every coding of a
        # selection to the selection's creatingUser; the first, by the earliest coder, keeps
        # the turn and the span's notes
        by_coder: dict[str, list[dict]] = defaultdict(list)
        for coding in sorted(selection["codings"], key=lambda c: (c["time"], c["coder"])):
            by_coder[coding["coder"]].append(coding)
        groups = list(by_coder.items()) or [(None, [])]
        for index, (coder, codings) in enumerate(groups):
            first = index == 0
            guid = selection["guid"] if first else self.guid("selection", selection["guid"], coder)
            element = ET.SubElement(parent, "PlainTextSelection", {**attributes, "guid": guid})
            if codings:
                element.set("creatingUser", self.user(coder))
                element.set("creationDateTime", codings[0]["time"])
            if turn and first:
                ET.SubElement(element, "Description").text = describe(
                    "turn",
                    {"Turn": turn["ordinal"], "Start": turn["time_start"], "End": turn["time_end"]},
                )
            for coding in codings:
                self._coding(element, coding)
            for note in self.refs.get(selection["guid"], []) if first else ():
                ET.SubElement(element, "NoteRef", {"targetGUID": note})

    def _coding(self, parent: ET.Element, coding: dict) -> None:
        item = ET.SubElement(
            parent,
            "Coding",
            {
                "guid": coding["guid"],
                "creatingUser": self.user(coding["coder"]),
                "creationDateTime": coding["time"],
            },
        )
        ET.SubElement(item, "CodeRef", {"targetGUID": self.code_guid[coding["code_id"]]})
        for note in self.refs.get(coding["guid"], []):
            ET.SubElement(item, "NoteRef", {"targetGUID": note})

    def sets(self) -> ET.Element:
        sets = ET.Element("Sets")
        members: dict[tuple[str, str], list[str]] = defaultdict(list)
        for doc in self.documents:
            key = (
                ("question", doc["question"])
                if doc["kind"] == "answer"
                else ("group", doc["group"])
            )
            members[key].append(self.doc_guid[doc["id"]])
        for question in store.questions(self.db):
            self._set(
                sets,
                ("question", question["name"]),
                members,
                describe("open question", {}, text=question["label"] or ""),
            )
        for group in store.groups(self.db):
            self._set(sets, ("group", group), members, describe("focus group", {}))
        return sets

    def _set(self, parent: ET.Element, key: tuple[str, str], members: dict, text: str) -> None:
        element = ET.SubElement(parent, "Set", {"guid": self.guid(*key), "name": _x(key[1])})
        ET.SubElement(element, "Description").text = _x(text)
        for guid in members.get(key, []):
            ET.SubElement(element, "MemberSource", {"targetGUID": guid})
