"""Reading focus-group transcripts (.txt/.md, .docx, .vtt, .srt) into speaker turns.

Pure parsing: no database. Every problem is one :class:`InputError` naming the file, the
line and the problem.

Plain text and .docx
    A turn starts at a line ``[timestamp] Speaker: text`` (timestamp optional: ``[hh:mm:ss]``,
    ``(hh:mm:ss)``, ``[mm:ss]``, ``hh:mm:ss``, ``hh:mm:ss.mmm``; also ``Speaker [hh:mm:ss]:``,
    ``Speaker: [hh:mm:ss] text``, and ``Speaker  hh:mm:ss`` alone on a line).
    A speaker label is up to 8 words (letters, digits, ``. - ' ( ) & / , +``), at most 80
    characters, followed by ``:`` and a space or the end of the line. Which labels are
    speakers is decided over the whole file (see :func:`._speakers.decide`), so "Ik zei
    toen: nee" inside a turn stays text, while "Fractie CDA/ChristenUnie:" or "Spreker 2:"
    used once is a speaker. Other lines continue the current turn and are joined with
    "\\n"; blank lines only separate. Lines before the first turn form the ``title`` (joined
    with "\\n"; a Markdown "#" is removed), and so do header lines at the top that give a
    role and a name ("Voorzitter: Van der Berg", "Griffier: De Vries"). Turns without any
    text are dropped. ``end`` is None. ``line`` is the 1-based line number (txt) or
    paragraph number (docx, see :mod:`._docx`).
WebVTT and SubRip
    See :mod:`._subtitles`: voice tags or "Name: " prefixes, same-speaker cues merged,
    lines joined with a single space, ``line`` = cue number (1-based, counting cues only).

What the reader could not be sure of is in ``Transcript.notices`` (see
:class:`._speakers.Notice`): an import shows them first and refuses while any is ambiguous.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workbench.errors import InputError
from workbench.formats.text import decode, normalise, read_bytes

from ._label_words import HEADING, SENTENCE, is_name_value, label_shape
from ._speakers import Candidate, Notice, decide, file_order, parse_time, split_line

__all__ = ["Notice", "Turn", "Transcript", "read_transcript"]

FORMATS = {".txt": "txt", ".md": "txt", ".docx": "docx", ".vtt": "vtt", ".srt": "srt"}
NO_TURNS = "no recognisable turns: expected lines like 'Speaker: text'"


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted contribution."""

    speaker: str
    text: str
    start: float | None  # seconds from the start of the recording
    end: float | None  # seconds; subtitle cue end, None for txt/docx
    line: int  # where the turn starts: line (txt), paragraph (docx), cue number (vtt/srt)


@dataclass
class Transcript:
    """A parsed transcript file."""

    path: Path
    format: str  # "txt" | "docx" | "vtt" | "srt"
    turns: list[Turn]
    title: str | None
    notices: list[Notice] = field(default_factory=list)

    @property
    def ambiguous(self) -> list[Notice]:
        """Labels the reader could not settle: an import refuses until the user decides."""
        return [n for n in self.notices if n.ambiguous]

    @property
    def warnings(self) -> list[str]:
        """Every notice as one line of text, in file order."""
        return [n.message for n in self.notices]


def read_transcript(
    path: str | Path,
    *,
    encoding: str | None = None,
    format: str | None = None,
    speakers: Sequence[str] = (),
    not_speakers: Sequence[str] = (),
    known: Sequence[str] = (),
) -> Transcript:
    """Read a transcript; the format comes from the extension unless ``format`` is given.

    ``encoding`` overrides detection (UTF-8 with or without BOM, else Windows-1252) for the
    text formats. ``speakers`` and ``not_speakers`` settle labels the user has decided on
    ("Vraag" also covers "Vraag 3"); ``known`` are speakers the project already has.
    """
    path = Path(path)
    fmt = format.lower().lstrip(".") if format else FORMATS.get(path.suffix.lower())
    if fmt == "md":
        fmt = "txt"
    if fmt not in ("txt", "docx", "vtt", "srt"):
        what = (
            f"format {format!r}"
            if format
            else f"transcript file type {path.suffix or '(no extension)'!r}"
        )
        raise InputError(path, f"unknown {what}; expected .txt, .md, .docx, .vtt or .srt")
    lists = {"speakers": speakers, "not_speakers": not_speakers, "known": known}
    data = read_bytes(path)
    if not data.strip():
        raise InputError(path, "file is empty")
    if fmt == "docx":
        from ._docx import docx_lines

        return Transcript(
            path,
            fmt,
            *_line_turns(path, docx_lines(path, data), markdown=False, unit="paragraph", **lists),
        )
    text, _ = decode(data, path, encoding)
    text = normalise(text)
    if not text.strip():
        raise InputError(path, "file is empty")
    if fmt in ("vtt", "srt"):
        from ._subtitles import parse_srt, parse_vtt

        title, (raw, notices) = (
            parse_vtt(text, path, **lists)
            if fmt == "vtt"
            else (None, parse_srt(text, path, **lists))
        )
        turns = [Turn(speaker, body, start, end, cue) for speaker, body, start, end, cue in raw]
        return Transcript(path, fmt, turns, title, notices)
    lines = list(enumerate(text.split("\n"), start=1))
    return Transcript(
        path,
        fmt,
        *_line_turns(path, lines, markdown=path.suffix.lower() == ".md", unit="line", **lists),
    )


def _line_turns(
    path: Path, lines: list[tuple[int, str]], *, markdown: bool, unit: str, **lists: Sequence[str]
) -> tuple[list[Turn], str | None, list[Notice]]:
    """Split numbered lines into (turns, title, notices); see the module docstring."""
    candidates = [(n, line, split_line(line)) for n, line in lines]
    header = _header_lines(candidates)
    found = [(n, c) for n, _, c in candidates if c is not None and n not in header]
    accepted, notices = decide(found, unit=unit, **lists)
    notices = sorted(
        [
            *notices,
            *(
                Notice(
                    f"{unit} {n}",
                    c.label,
                    "header",
                    f"{unit} {n}: {c.label}: {c.text!r} is read as header"
                    " information (part of the title), not as a turn",
                )
                for n, _, c in candidates
                if n in header and c is not None
            ),
        ],
        key=file_order,
    )
    preamble: list[str] = []
    turns: list[Turn] = []
    current: tuple[str, float | None, int] | None = None
    body: list[str] = []
    for number, line, candidate in candidates:
        if candidate is not None and candidate.label in accepted and number not in header:
            if current is not None and body:
                turns.append(Turn(current[0], "\n".join(body), current[1], None, current[2]))
            start = None
            if candidate.time is not None:
                start = parse_time(candidate.time)
                if start is None:
                    raise InputError(
                        path,
                        f"invalid timestamp {candidate.time!r} (minutes and seconds must be below 60)",
                        line=number,
                    )
            current, body = (candidate.label, start, number), []
            if candidate.text:
                body.append(candidate.text)
            continue
        stripped = line.strip()
        if not stripped:
            continue
        if current is None:
            preamble.append(stripped.lstrip("#").strip() if markdown else stripped)
        else:
            body.append(stripped)
    if current is not None and body:
        turns.append(Turn(current[0], "\n".join(body), current[1], None, current[2]))
    if not turns:
        raise InputError(path, NO_TURNS + _hint(lines))
    title = "\n".join(p for p in preamble if p) or None
    return turns, title, notices


def _header_lines(candidates: list[tuple[int, str, Candidate | None]]) -> set[int]:
    """Lines at the top that give a role and a name ("Voorzitter: Van der Berg") rather than
    open a turn: every candidate line before the first one whose text is not just names,
    headings and sentences aside. Nothing is a header if no turn follows."""
    header: set[int] = set()
    for number, _, candidate in candidates:
        if candidate is None:
            continue
        if not candidate.stamped and label_shape(candidate.label) in (HEADING, SENTENCE):
            continue
        if candidate.stamped or candidate.weak or not is_name_value(candidate.text):
            return header
        header.add(number)
    return set()


def _hint(lines: list[tuple[int, str]]) -> str:
    """Say what the file looks like instead, if it is recognisable."""
    first = next((line.strip() for _, line in lines if line.strip()), "")
    if first.startswith("WEBVTT"):
        return " (this looks like a WebVTT file; use the .vtt extension)"
    if any("-->" in line for _, line in lines[:5]):
        return " (this looks like a subtitle file; use the .srt or .vtt extension)"
    return ""
