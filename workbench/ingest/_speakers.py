"""Speaker labels and timestamps at the start of transcript lines.

A line opens a turn when it looks like ``[timestamp] Speaker: text``. Because ordinary
sentences can look like that too ("Ik zei toen: nee"), labels are accepted in a second
pass over the whole file (:func:`accepted_labels`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

MAX_LABEL_WORDS = 5
MAX_LABEL_CHARS = 40
# Lower-case words that occur inside names ("Mw. de Vries", "Van der Berg").
NAME_PARTICLES = frozenset(
    "de der den van von het 't ter ten te la le du di da del dos des op in 'n & mw. mr. dr. drs. ir. ing.".split()
)

# [hh:mm:ss], (mm:ss), hh:mm:ss.mmm, optionally followed by "-" or "–"; a timestamp
# without brackets needs hours, so "12:30 uur" is not one
_TIME = r"(?:[0-9]{1,3}:)?[0-9]{1,2}:[0-9]{2}(?:[.,][0-9]{1,3})?"
_STAMP = re.compile(
    rf"^(?:\[(?P<b>{_TIME})\]|\((?P<p>{_TIME})\)|(?P<bare>[0-9]{{1,3}}:[0-9]{{2}}:[0-9]{{2}}(?:[.,][0-9]{{1,3}})?))\s*(?:[-–—]\s*)?"
)
_WORD = r"[^\W_][\w.'’()\-&]*"
_WORDS = rf"[(\[]?{_WORD}(?:[ \t]+[(\[]?{_WORD}){{0,{MAX_LABEL_WORDS - 1}}}"
_LABEL = re.compile(
    rf"^(?:\*\*|__)?(?P<label>{_WORDS})"
    rf"(?:[ \t]*[\[(](?P<after>{_TIME})[\])])?(?:\*\*|__)?:(?:\*\*|__)?(?:[ \t]+|$)"
)
# "Spreker 1   00:05" alone on a line, the text on the next lines (Otter-style exports)
_LABEL_TIME_LINE = re.compile(rf"^(?P<label>{_WORDS})[ \t]+(?:\[(?P<b>{_TIME})\]|\((?P<p>{_TIME})\)|(?P<bare>{_TIME}))[ \t]*$")
_LEADING_STAMP = re.compile(rf"^[\[(](?P<t>{_TIME})[\])][ \t]*")


def parse_time(text: str) -> float | None:
    """"hh:mm:ss", "mm:ss", with optional ".mmm" or ",mmm" -> seconds; None if invalid
    (minutes or seconds of 60 or more when a larger unit is present)."""
    main, _, frac = text.replace(",", ".").partition(".")
    parts = main.split(":")
    if not 2 <= len(parts) <= 3 or not all(_digits(p) for p in parts) or (frac and not _digits(frac)):
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


def split_line(line: str) -> Candidate | None:
    """Parse a turn start at the start of a line; None if the line does not look like one.

    Accepted shapes: ``[time] Label: text``, ``Label [time]: text``, ``Label: [time] text``
    and ``Label  time`` alone on a line (the text follows on the next lines).
    """
    rest = line.strip()
    time = None
    stamp = _STAMP.match(rest)
    if stamp:
        time = stamp.group("b") or stamp.group("p") or stamp.group("bare")
        rest = rest[stamp.end() :]
    match = _LABEL.match(rest)
    if match:
        label, text = match.group("label"), rest[match.end() :].strip()
        time = time or match.group("after")
        if time is None and (lead := _LEADING_STAMP.match(text)):
            time, text = lead.group("t"), text[lead.end() :]
        stamped = time is not None
    elif time is None and (own := _LABEL_TIME_LINE.match(rest)):
        # weaker evidence than "Label:": "Ik kom om 10:30" has the same shape
        label, text, stamped = own.group("label"), "", False
        time = own.group("b") or own.group("p") or own.group("bare")
    else:
        return None
    label = " ".join(label.split())
    if len(label) > MAX_LABEL_CHARS:
        return None
    return Candidate(label, text, time, stamped)


def looks_like_sentence(label: str) -> bool:
    """True for "Ik zei toen": a later word starts lower-case and is not a name particle."""
    words = label.split()
    return any(w[0].islower() and w.casefold() not in NAME_PARTICLES for w in words[1:])


def accepted_labels(candidates: list[Candidate]) -> set[str]:
    """Labels that really are speakers.

    A label is accepted if (a) it carries a timestamp somewhere, or (b) it opens >= 2
    lines, or (c) the file has fewer than 4 candidate lines, or (d) it is used once but has
    the first word ("Deelnemer 7" ~ "Deelnemer 3") or the shape with digits ignored
    ("P7" ~ "P1") of a label accepted by (a) or (b). (b)-(d) also require that the label
    does not look like a sentence (see :func:`looks_like_sentence`).
    """
    counts = Counter(c.label for c in candidates)
    stamped = {c.label for c in candidates if c.stamped}
    strong = stamped | {lab for lab, n in counts.items() if n >= 2 and not looks_like_sentence(lab)}
    accepted = set(strong)
    first_words = {_first_word(lab) for lab in strong}
    shapes = {_shape(lab) for lab in strong}
    for label in counts:
        if label in accepted or looks_like_sentence(label):
            continue
        if len(candidates) < 4 or _first_word(label) in first_words or _shape(label) in shapes:
            accepted.add(label)
    return accepted


def _first_word(label: str) -> str:
    return label.split()[0].casefold()


def _shape(label: str) -> str:
    return re.sub(r"\d+", "#", label.casefold())
