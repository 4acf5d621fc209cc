"""Reading focus-group transcripts (.txt/.md, .docx, .vtt, .srt) into speaker turns.

Pure parsing: no database. Every problem is one :class:`InputError` naming the file, the
line and the problem.

Plain text and .docx
    A turn starts at a line ``[timestamp] Speaker: text`` (timestamp optional: ``[hh:mm:ss]``,
    ``(hh:mm:ss)``, ``[mm:ss]``, ``hh:mm:ss``, ``hh:mm:ss.mmm``; also ``Speaker [hh:mm:ss]:``,
    ``Speaker: [hh:mm:ss] text``, and ``Speaker  hh:mm:ss`` alone on a line).
    A speaker label is 1-5 words (letters, digits, ``. - ' ( ) &``), at most 40 characters,
    followed by ``:`` and a space or the end of the line. Which labels count as speakers is
    decided over the whole file (see :func:`._speakers.accepted_labels`), so "Ik zei toen:
    nee" inside a turn stays text. Other lines continue the current turn and are joined with
    "\\n"; blank lines only separate. Lines before the first turn form the ``title`` (joined
    with "\\n"; a Markdown "#" is removed). Turns without any text are dropped. ``end`` is
    None. ``line`` is the 1-based line number (txt) or paragraph number (docx, see
    :mod:`._docx`).
WebVTT and SubRip
    See :mod:`._subtitles`: voice tags or "Name: " prefixes, same-speaker cues merged,
    lines joined with a single space, ``line`` = cue number (1-based, counting cues only).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.errors import InputError

from . import _text
from ._speakers import accepted_labels, parse_time, split_line

__all__ = ["Turn", "Transcript", "read_transcript"]

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


def read_transcript(path: str | Path, *, encoding: str | None = None, format: str | None = None) -> Transcript:
    """Read a transcript; the format comes from the extension unless ``format`` is given.

    ``encoding`` overrides detection (UTF-8 with or without BOM, else Windows-1252) for the
    text formats.
    """
    path = Path(path)
    fmt = format.lower().lstrip(".") if format else FORMATS.get(path.suffix.lower())
    if fmt == "md":
        fmt = "txt"
    if fmt not in ("txt", "docx", "vtt", "srt"):
        what = f"format {format!r}" if format else f"transcript file type {path.suffix or '(no extension)'!r}"
        raise InputError(path, f"unknown {what}; expected .txt, .md, .docx, .vtt or .srt")
    data = _text.read_bytes(path)
    if not data.strip():
        raise InputError(path, "file is empty")
    if fmt == "docx":
        from ._docx import docx_lines

        title, turns = _line_turns(path, docx_lines(path, data), markdown=False)
        return Transcript(path, fmt, turns, title)
    text, _ = _text.decode(data, path, encoding)
    text = _text.normalise(text)
    if not text.strip():
        raise InputError(path, "file is empty")
    if fmt in ("vtt", "srt"):
        from ._subtitles import parse_srt, parse_vtt

        title, raw = parse_vtt(text, path) if fmt == "vtt" else (None, parse_srt(text, path))
        turns = [Turn(speaker, body, start, end, cue) for speaker, body, start, end, cue in raw]
        return Transcript(path, fmt, turns, title)
    lines = list(enumerate(text.split("\n"), start=1))
    title, turns = _line_turns(path, lines, markdown=path.suffix.lower() == ".md")
    return Transcript(path, fmt, turns, title)


def _line_turns(path: Path, lines: list[tuple[int, str]], *, markdown: bool) -> tuple[str | None, list[Turn]]:
    """Split numbered lines into (title, turns); see the module docstring for the rules."""
    candidates = [(n, line, split_line(line)) for n, line in lines]
    accepted = accepted_labels([c for _, _, c in candidates if c is not None])
    preamble: list[str] = []
    turns: list[Turn] = []
    current: tuple[str, float | None, int] | None = None
    body: list[str] = []
    for number, line, candidate in candidates:
        if candidate is not None and candidate.label in accepted:
            if current is not None and body:
                turns.append(Turn(current[0], "\n".join(body), current[1], None, current[2]))
            start = None
            if candidate.time is not None:
                start = parse_time(candidate.time)
                if start is None:
                    raise InputError(
                        path, f"invalid timestamp {candidate.time!r} (minutes and seconds must be below 60)", line=number
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
    return title, turns


def _hint(lines: list[tuple[int, str]]) -> str:
    """Say what the file looks like instead, if it is recognisable."""
    first = next((line.strip() for _, line in lines if line.strip()), "")
    if first.startswith("WEBVTT"):
        return " (this looks like a WebVTT file; use the .vtt extension)"
    if any("-->" in line for _, line in lines[:5]):
        return " (this looks like a subtitle file; use the .srt or .vtt extension)"
    return ""
