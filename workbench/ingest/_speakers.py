"""Speaker labels and timestamps at the start of transcript lines, and which labels are
speakers.

A line opens a turn when it looks like ``[timestamp] Speaker: text``. Ordinary sentences
can look like that too ("Ik zei toen: nee"), so :func:`decide` settles which labels are
speakers over the whole file: from each label's shape (:mod:`._label_words`), how often it
is used, timestamps, the speakers the user names and those the project already knows.
A label it cannot settle (one capitalised word, used once, like no other label) is read as
a speaker and reported as ambiguous, so it is never silently merged into the turn before.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ._label_words import (
    CODE,
    HEADING,
    NAME,
    ROLE,
    SENTENCE,
    SINGLE,
    core_and_notes,
    label_shape,
    same_speaker_key,
)

MAX_LABEL_WORDS = 8  # not counting words in parentheses
MAX_LABEL_CHARS = 80

# [hh:mm:ss], (mm:ss), hh:mm:ss.mmm, optionally followed by "-" or "–"; a timestamp
# without brackets needs hours, so "12:30 uur" is not one
_TIME = r"(?:[0-9]{1,3}:)?[0-9]{1,2}:[0-9]{2}(?:[.,][0-9]{1,3})?"
_STAMP = re.compile(
    rf"^(?:\[(?P<b>{_TIME})\]|\((?P<p>{_TIME})\)|(?P<bare>[0-9]{{1,3}}:[0-9]{{2}}:[0-9]{{2}}(?:[.,][0-9]{{1,3}})?))\s*(?:[-–—]\s*)?"
)
_WORD = r"[^\W_][\w.'’()\-&/,+]*"
_WORDS = rf"[(\[]?{_WORD}(?:[ \t]+[(\[]?{_WORD}){{0,{MAX_LABEL_WORDS + 3}}}"
_LABEL = re.compile(
    rf"^(?:\*\*|__)?(?P<label>{_WORDS})"
    rf"(?:[ \t]*[\[(](?P<after>{_TIME})[\])])?(?:\*\*|__)?:(?:\*\*|__)?(?:[ \t]+|$)"
)
# "Spreker 1   00:05" alone on a line, the text on the next lines (Otter-style exports)
_LABEL_TIME_LINE = re.compile(
    rf"^(?P<label>{_WORDS})[ \t]+(?:\[(?P<b>{_TIME})\]|\((?P<p>{_TIME})\)|(?P<bare>{_TIME}))[ \t]*$"
)
_LETTER = re.compile(r"[^\W\d_]")
_LEADING_STAMP = re.compile(rf"^[\[(](?P<t>{_TIME})[\])][ \t]*")


def parse_time(text: str) -> float | None:
    """ "hh:mm:ss", "mm:ss", with optional ".mmm" or ",mmm" -> seconds; None if invalid
    (minutes or seconds of 60 or more when a larger unit is present)."""
    main, _, frac = text.replace(",", ".").partition(".")
    parts = main.split(":")
    if (
        not 2 <= len(parts) <= 3
        or not all(_digits(p) for p in parts)
        or (frac and not _digits(frac))
    ):
        return None
    numbers = [int(p) for p in parts]
    if any(n >= 60 for n in numbers[1:]):
        return None
    seconds = 0
    for n in numbers:
        seconds = seconds * 60 + n
    return seconds + (float(f"0.{frac}") if frac else 0.0)


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


@dataclass(frozen=True)
class Candidate:
    """A line that looks like a turn start."""

    label: str
    text: str  # the rest of the line after "Label:"
    time: str | None  # the raw timestamp, if any
    stamped: bool  # "Label:" with a timestamp: strong evidence of a speaker
    weak: bool = False  # "Label  time" alone on a line, without a colon


def split_line(line: str) -> Candidate | None:
    """Parse a turn start at the start of a line; None if the line does not look like one.

    Accepted shapes: ``[time] Label: text``, ``Label [time]: text``, ``Label: [time] text``
    and ``Label  time`` alone on a line (the text follows on the next lines). A label is
    at most 8 words (not counting words in parentheses) and 80 characters, starts with a
    letter or digit and has at least one letter.
    """
    rest = line.strip()
    time = None
    stamp = _STAMP.match(rest)
    if stamp:
        time = stamp.group("b") or stamp.group("p") or stamp.group("bare")
        rest = rest[stamp.end() :]
    weak = False
    match = _LABEL.match(rest)
    if match:
        label, text = match.group("label"), rest[match.end() :].strip()
        time = time or match.group("after")
        if time is None and (lead := _LEADING_STAMP.match(text)):
            time, text = lead.group("t"), text[lead.end() :]
        stamped = time is not None
    elif time is None and (own := _LABEL_TIME_LINE.match(rest)):
        # weaker evidence than "Label:": "Ik kom om 10:30" has the same shape
        label, text, stamped, weak = own.group("label"), "", False, True
        time = own.group("b") or own.group("p") or own.group("bare")
    else:
        return None
    label = " ".join(label.split()).rstrip(",")
    if (
        len(label) > MAX_LABEL_CHARS
        or label.count("(") != label.count(")")
        or not _LETTER.search(label)
    ):
        return None
    if (
        label.count(" ") >= MAX_LABEL_WORDS
        and len(core_and_notes(label)[0].split()) > MAX_LABEL_WORDS
    ):
        return None
    return Candidate(label, text, time, stamped, weak)


AMBIGUOUS = "ambiguous"


@dataclass(frozen=True)
class Notice:
    """Something the user should see before a transcript is imported.

    ``kind`` is "ambiguous" (the reader could not tell whether ``label`` is a speaker; it
    was read as one, and an import refuses until the user decides) or one of "heading",
    "sentence", "stamped", "once", "similar", "header", "unused" (information: the reading
    is probably right, but say so).
    """

    where: str  # "line 14", "paragraph 5", "cue 3", or "" for the whole file
    label: str
    kind: str
    message: str  # one line, starting with ``where``

    @property
    def ambiguous(self) -> bool:
        return self.kind == AMBIGUOUS


def matches(label: str, names: Iterable[str]) -> bool:
    """Whether a label is one of ``names``: the same words (case ignored), or a name
    followed by a number ("Vraag" matches "Vraag 3")."""
    folded = " ".join(label.casefold().split())
    for name in names:
        name = " ".join(name.casefold().split())
        if folded == name or (
            not name[-1:].isdigit() and re.fullmatch(re.escape(name) + r"[ \-]?\d+[a-z]?", folded)
        ):
            return True
    return False


def decide(
    candidates: list[tuple[int, Candidate]],
    *,
    unit: str = "line",
    speakers: Iterable[str] = (),
    not_speakers: Iterable[str] = (),
    known: Iterable[str] = (),
) -> tuple[set[str], list[Notice]]:
    """Which labels are speakers, and what to tell the user; ``candidates`` are (place,
    candidate) in file order, ``unit`` names a place ("line", "paragraph", "cue").

    A label is a speaker if the user says so (``speakers``; ``not_speakers`` always wins),
    the project already has it (``known``), it carries a timestamp, or its shape is a role,
    code or name. One capitalised word ("single") is a speaker if it opens >= 2 lines or
    shares its first word or its digit pattern with a speaker ("P7" ~ "P1"); otherwise it
    is read as a speaker and reported as ambiguous. Headings and sentences are text.
    """
    speakers, not_speakers, known = list(speakers), list(not_speakers), list(known)
    places: dict[str, list[int]] = defaultdict(list)
    stamped: set[str] = set()
    strong: set[str] = set()  # opened with "Label:", not only "Label  time"
    for place, candidate in candidates:
        places[candidate.label].append(place)
        if candidate.stamped:
            stamped.add(candidate.label)
        if not candidate.weak:
            strong.add(candidate.label)
    shapes = {label: label_shape(label) for label in places}
    refused = {label for label in places if matches(label, not_speakers)}
    told = {
        label for label in places if matches(label, speakers) or matches(label, known)
    } - refused

    def where(label: str) -> str:
        return f"{unit} {places[label][0]}"

    accepted: set[str] = set(told)
    for label, shape in shapes.items():
        if label in refused:
            continue
        used = len(places[label])
        if (
            label in stamped
            or shape in (ROLE, CODE)
            or (shape == NAME and label in strong)
            or (shape in (NAME, SINGLE) and used >= 2)
        ):
            accepted.add(label)
    firsts = {_first_word(label) for label in accepted}
    patterns = {_digit_pattern(label) for label in accepted}
    notices: list[Notice] = []
    for label, shape in shapes.items():
        if label in accepted or label in refused or shape not in (NAME, SINGLE):
            continue
        if _first_word(label) in firsts or _digit_pattern(label) in patterns:
            accepted.add(label)
        elif label not in strong:
            notices.append(
                Notice(
                    where(label),
                    label,
                    "once",
                    (
                        f"{where(label)}: {label!r} followed by a time is read as text, not as a speaker"
                        f" (it occurs once); use --speaker {label!r} if it is one"
                    ),
                )
            )
        else:
            accepted.add(label)
            notices.append(
                Notice(
                    where(label),
                    label,
                    AMBIGUOUS,
                    (
                        f"{where(label)}: is {label!r} a speaker? It opens a turn only here and is not"
                        f" a role, name or code like the other labels; it is read as a new speaker"
                        f" (--speaker {label!r} confirms that, --not-speaker {label!r} makes it text"
                        " of the turn before)"
                    ),
                )
            )
    notices.extend(_information(places, shapes, accepted, stamped, told | refused, unit))
    for option, names in (("--speaker", speakers), ("--not-speaker", not_speakers)):
        for name in names:
            if not any(matches(label, [name]) for label in places):
                notices.append(
                    Notice("", name, "unused", f"{option} {name!r} matches no label in the file")
                )
    return accepted, sorted(notices, key=file_order)


def file_order(notice: Notice) -> float:
    """Sort key: the place a notice names, notices about the whole file last."""
    return int(notice.where.split()[-1]) if notice.where else float("inf")


def _information(
    places: dict[str, list[int]],
    shapes: dict[str, str],
    accepted: set[str],
    stamped: set[str],
    told: set[str],
    unit: str,
) -> list[Notice]:
    """Notices about readings that are probably right but could hide a speaker."""
    notices: list[Notice] = []
    first_turn = min((places[label][0] for label in accepted), default=None)
    for label, shape in shapes.items():
        if label in told:
            continue
        after = [p for p in places[label] if first_turn is not None and p > first_turn]
        if label in stamped and shape in (HEADING, SENTENCE):
            notices.append(
                Notice(
                    f"{unit} {places[label][0]}",
                    label,
                    "stamped",
                    (
                        f"{unit} {places[label][0]}: {label!r} reads like a {'heading' if shape == HEADING else 'sentence'}"
                        f" but has a timestamp, so it opens a turn; use --not-speaker {label!r} if it is text"
                    ),
                )
            )
        elif label not in accepted and shape == HEADING and after:
            notices.append(
                Notice(
                    f"{unit} {after[0]}",
                    label,
                    "heading",
                    (
                        f"{unit} {after[0]}: {label!r} reads as a heading, not a speaker; it is kept as text"
                        f" of the turn before (use --speaker {label!r} if it is a speaker)"
                    ),
                )
            )
        elif label not in accepted and shape == SENTENCE and len(after) >= 2:
            notices.append(
                Notice(
                    f"{unit} {after[0]}",
                    label,
                    "sentence",
                    (
                        f"{unit} {after[0]}: {label!r} opens {len(after)} lines like a speaker label but reads"
                        f" as a sentence; it is kept as text (use --speaker {label!r} if it is a speaker)"
                    ),
                )
            )
    seen: dict[str, str] = {}
    for label in sorted(accepted, key=lambda lab: places[lab][0]):
        key = same_speaker_key(label)
        if key in seen:
            other = seen[key]
            notices.append(
                Notice(
                    f"{unit} {places[label][0]}",
                    label,
                    "similar",
                    (
                        f"{unit} {places[label][0]}: {label!r} and {other!r} ({unit} {places[other][0]}) may be"
                        " the same speaker; they are kept apart (write the labels the same way if they are one)"
                    ),
                )
            )
        else:
            seen[key] = label
    return notices


def _first_word(label: str) -> str:
    words = core_and_notes(label)[0].casefold().split() or label.casefold().split()
    while len(words) > 1 and words[0] in ("de", "het", "the"):
        words = words[1:]
    return words[0]


def _digit_pattern(label: str) -> str:
    return re.sub(r"\d+", "#", label.casefold()) if re.search(r"\d", label) else "\x00" + label
