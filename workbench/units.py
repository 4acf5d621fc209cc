"""The units text is read, coded and counted in, and their names: one vocabulary for every
API that takes ``unit=`` (search, retrieval, agreement, double coding, embeddings,
suggestions, topics), the coding samples, the CLI's choices and the UI's lists.

A segment is of one kind: ``answer`` (a whole open answer), ``turn`` (the words of one
speaker turn in a transcript) or ``sentence`` (a sentence of either, made by segmentation).
A unit name says which kinds are meant; ``units`` means answers and turns together. The
singular and the plural name mean the same (``answer`` = ``answers``), everywhere.

Pure: no database, no imports from the package but its errors.
"""

from __future__ import annotations

from .errors import InputError

KINDS = ("answer", "turn", "sentence")  # the segment kinds, as stored
# unit name -> the segment kinds it means; the names offered in choices, in this order
NAMES: dict[str, tuple[str, ...]] = {
    "units": ("answer", "turn"),
    "answers": ("answer",),
    "turns": ("turn",),
    "sentences": ("sentence",),
}
SINGULAR = {"answer": "answers", "turn": "turns", "sentence": "sentences"}
ACCEPTED = (*NAMES, *SINGULAR)  # every name the API, the CLI and the UI accept
DESCRIPTIONS = {
    "units": "answers and turns",
    "answers": "whole open answers",
    "turns": "speaker turns of transcripts",
    "sentences": "sentences of either",
}
# a coding sample draws respondents (with an answer in scope) or answers
SAMPLE_UNITS = ("respondent", "answer")
SAMPLE_NAMES = {
    "respondent": "respondent",
    "respondents": "respondent",
    "answer": "answer",
    "answers": "answer",
}


def name(unit: str) -> str:
    """The plural name ``unit`` stands for (``answer`` -> ``answers``); an unknown name is
    one InputError, worded the same by every API."""
    if unit in NAMES:
        return unit
    if unit in SINGULAR:
        return SINGULAR[unit]
    raise InputError(
        None, f"unknown unit {unit!r}; use one of {', '.join(NAMES)} (or {', '.join(SINGULAR)})"
    )


def kinds(unit: str) -> tuple[str, ...]:
    """The segment kinds a unit name means: ``units`` -> (answer, turn), ``turn`` -> (turn,)."""
    return NAMES[name(unit)]


def sample_unit(unit: str) -> str:
    """A coding sample's unit as stored (respondent or answer), from any of its names."""
    if unit not in SAMPLE_NAMES:
        raise InputError(None, f"a sample's unit is 'respondent' or 'answer', not {unit!r}")
    return SAMPLE_NAMES[unit]


def describe(names: tuple[str, ...] = tuple(NAMES)) -> str:
    """The names with what they mean, for help texts: ``units (answers and turns), ...``."""
    return ", ".join(f"{n} ({DESCRIPTIONS[n]})" for n in names)
