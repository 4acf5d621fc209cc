"""WebVTT and SubRip subtitles to speaker turns.

Cues are split into lines with a speaker (from a ``<v Name>`` voice span, or from an
"Name: " prefix that :func:`._speakers.decide` accepts; voice names count as known speakers) or without one (continuing the current
speaker). Consecutive cues of the same speaker merge into one turn: start of the first
cue, end of the last. Lines and merged cues are joined with a single space, because
subtitle line breaks are layout, not meaning. Lines without a speaker before the first
speaker in the file get the speaker "Onbekend"; a file without any speaker is an error.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import InputError

from ._speakers import Notice, decide, parse_time, split_line

UNKNOWN_SPEAKER = "Onbekend"
NO_SPEAKERS = (
    "no recognisable turns (no speaker labels): expected cues with '<v Name>' or 'Name: text'"
)

_TIMING = re.compile(r"^\s*(\S+?)\s*-->\s*(\S+)(?:\s+.*)?$")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<\d[\d:.]*>|</v>")
_ASS = re.compile(r"\{\\[^}]*\}")
_VTT_HEADER = re.compile(r"^WEBVTT(?:[ \t]|$)")

# (speaker, text, start, end, cue number)
RawTurn = tuple[str, str, float, float, int]


@dataclass
class _Piece:
    cue: int
    start: float
    end: float
    voice: str | None
    text: str


def parse_vtt(
    text: str, path: Path, **lists: Sequence[str]
) -> tuple[str | None, tuple[list[RawTurn], list[Notice]]]:
    """WebVTT text (decoded, LF line ends) -> (header title, (turns, notices)); ``lists``
    are the speakers, not_speakers and known of :func:`._speakers.decide`."""
    lines = text.split("\n")
    if not _VTT_HEADER.match(lines[0]):
        hint = " (this looks like a SubRip .srt file)" if _looks_like_srt(lines) else ""
        raise InputError(path, f"not a WebVTT file: the first line must be 'WEBVTT'{hint}", line=1)
    title = lines[0][6:].strip().lstrip("-–:").strip() or None
    i = 1  # header metadata runs to the first blank line (or, in sloppy files, the first cue)
    while i < len(lines) and lines[i].strip() and "-->" not in lines[i]:
        i += 1
    pieces: list[_Piece] = []
    cue = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        word = lines[i].split(maxsplit=1)[0]
        if word in ("NOTE", "STYLE", "REGION") and "-->" not in lines[i]:
            i = _skip_block(lines, i)
            continue
        if "-->" not in lines[i]:  # cue identifier
            i += 1
            if i >= len(lines) or "-->" not in lines[i]:
                raise InputError(
                    path,
                    f"{lines[i - 1].strip()[:60]!r} is not followed by a cue timing line"
                    " 'hh:mm:ss.mmm --> hh:mm:ss.mmm' (a blank line inside a cue?)",
                    line=i,
                )
        start, end = _timing(lines[i], path, i + 1)
        cue += 1
        i += 1
        payload: list[str] = []
        while i < len(lines) and lines[i].strip() and "-->" not in lines[i]:
            payload.append(lines[i])
            i += 1
        pieces.extend(_pieces("\n".join(payload), cue, start, end))
    return title, _turns(pieces, path, **lists)


def parse_srt(text: str, path: Path, **lists: Sequence[str]) -> tuple[list[RawTurn], list[Notice]]:
    """SubRip text (decoded, LF line ends) -> (turns, notices)."""
    lines = text.split("\n")
    pieces: list[_Piece] = []
    cue = 0
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        timing_at = _cue_start(lines, i)
        if timing_at is None:
            shown = repr(lines[i].strip()[:60])
            if cue == 0:
                hint = (
                    " (this looks like a WebVTT file)"
                    if _VTT_HEADER.match(lines[i].lstrip())
                    else ""
                )
                problem = f"not a SubRip file{hint}: expected a cue number or 'hh:mm:ss,mmm --> hh:mm:ss,mmm', found {shown}"
            else:
                problem = f"malformed cue after cue {cue}: expected a cue number or timing line, found {shown}"
            raise InputError(path, problem, line=i + 1)
        start, end = _timing(lines[timing_at], path, timing_at + 1)
        cue += 1
        i = timing_at + 1
        payload: list[str] = []
        while i < len(lines) and lines[i].strip() and _cue_start(lines, i) is None:
            payload.append(lines[i])
            i += 1
        pieces.extend(_pieces("\n".join(payload), cue, start, end))
    if cue == 0:
        raise InputError(path, "not a SubRip file: no cues found")
    return _turns(pieces, path, **lists)


def _cue_start(lines: list[str], i: int) -> int | None:
    """Index of the timing line if a cue starts at ``i`` ("N" + timing, or timing alone)."""
    line = lines[i].strip()
    if "-->" in line:
        return i
    if line.isdigit() and i + 1 < len(lines) and "-->" in lines[i + 1]:
        return i + 1
    return None


def _skip_block(lines: list[str], i: int) -> int:
    while i < len(lines) and lines[i].strip():
        i += 1
    return i


def _timing(line: str, path: Path, number: int) -> tuple[float, float]:
    match = _TIMING.match(line)
    start = parse_time(match.group(1)) if match else None
    end = parse_time(match.group(2)) if match else None
    if start is None or end is None:
        raise InputError(
            path,
            f"malformed cue timing {line.strip()[:60]!r}; expected 'hh:mm:ss.mmm --> hh:mm:ss.mmm'",
            line=number,
        )
    if end < start:
        raise InputError(path, f"cue ends before it starts ({line.strip()[:60]!r})", line=number)
    return start, end


def _pieces(payload: str, cue: int, start: float, end: float) -> list[_Piece]:
    """Split a cue payload into lines, each with the voice (``<v Name>``) it is spoken in."""
    out: list[_Piece] = []
    voice: str | None = None
    position = 0
    spans: list[tuple[str | None, str]] = []
    for match in _VOICE.finditer(payload):
        spans.append((voice, payload[position : match.start()]))
        voice = " ".join((match.group(1) or "").split()) or None
        position = match.end()
    spans.append((voice, payload[position:]))
    for speaker, chunk in spans:
        chunk = html.unescape(_ASS.sub("", _TAG.sub("", chunk))).replace("\xa0", " ")
        for line in chunk.split("\n"):
            line = " ".join(line.split())
            if line:
                out.append(_Piece(cue, start, end, speaker, line))
    return out


def _turns(
    pieces: list[_Piece], path: Path, **lists: Sequence[str]
) -> tuple[list[RawTurn], list[Notice]]:
    """Assign speakers ("Name: " prefixes decided file-wide) and merge into turns."""
    candidates = {id(p): split_line(p.text) for p in pieces if p.voice is None}
    voices = {p.voice for p in pieces if p.voice is not None}
    found = [(p.cue, candidates[id(p)]) for p in pieces if candidates.get(id(p)) is not None]
    known = [*lists.get("known", ()), *voices]
    accepted, notices = decide(
        found,
        unit="cue",
        speakers=lists.get("speakers", ()),
        not_speakers=lists.get("not_speakers", ()),
        known=known,
    )
    turns: list[list] = []  # [speaker, texts, start, end, cue]
    for piece in pieces:
        speaker, text = piece.voice, piece.text
        candidate = candidates.get(id(piece))
        if candidate is not None and candidate.label in accepted:
            speaker, text = candidate.label, candidate.text
        if speaker is None:
            speaker = turns[-1][0] if turns else UNKNOWN_SPEAKER
        if turns and turns[-1][0] == speaker:
            turns[-1][3] = max(turns[-1][3], piece.end)
        else:
            turns.append([speaker, [], piece.start, piece.end, piece.cue])
        if text:
            turns[-1][1].append(text)
    if not any(t[0] != UNKNOWN_SPEAKER for t in turns):
        raise InputError(path, NO_SPEAKERS)
    raw = [(s, " ".join(texts), start, end, cue) for s, texts, start, end, cue in turns if texts]
    return raw, notices


def _looks_like_srt(lines: list[str]) -> bool:
    head = [line.strip() for line in lines[:3]]
    return len(head) >= 2 and head[0].isdigit() and "-->" in head[1]
