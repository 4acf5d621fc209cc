"""Build the six fictional focus-group transcripts and write them in their formats."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np

from . import fg_script as fs
from . import fg_speech as sp
from . import phrases as ph
from .textgen import Style, compose, expand, lower_first, make_pii, pick, wpick


@dataclass
class FGTurn:
    """One turn as a reader counts it (continuations merged). '\\n' marks a line/cue break."""

    speaker: str
    text: str
    themes: list[str]
    start: float = 0.0
    end: float = 0.0


# ------------------------------------------------------------------ building
def _spell_out(m: re.Match, word: str) -> str:
    """Abbreviation -> full word, capitalised only at the start of a sentence."""
    before = m.string[max(0, m.start() - 2) : m.start()]
    at_start = m.start() == 0 or before in (". ", "? ", "! ")
    return word[:1].upper() + word[1:] if at_start else word


def _spoken(text: str, rng: np.random.Generator, prev: str | None, reacting: bool) -> str:
    """Add spoken-language markers to a composed written turn.

    `reacting` is true when the previous turn was another participant's (not a question).
    """
    for pattern, word in sp.SPOKEN_WORDS:
        text = re.sub(pattern, lambda m, w=word: _spell_out(m, w), text, flags=re.I)
    start = pick(rng, sp.SPOKEN_REACT if reacting and rng.random() < 0.6 else sp.SPOKEN_START)
    if "<PREV>" in start:
        start = start.replace("<PREV>", prev) if prev else ""
    sentences = re.split(r"(?<=[.!?]) ", text)
    out = []
    for i, s in enumerate(sentences):
        if i > 0 and rng.random() < 0.18:
            s = pick(rng, sp.SPOKEN_MID) + lower_first(s)
        if rng.random() < 0.08 and s.endswith("."):
            s = s[:-1] + ", zeg maar."
        out.append(s)
    body = " ".join(out)
    if start and not start.endswith(". ") and not start.endswith("? "):
        body = lower_first(body)
    # occasional line break (continuation) between sentences of longer turns
    parts = re.split(r"(?<=[.!?]) ", start + body)
    if len(parts) >= 3 and rng.random() < 0.35:
        k = int(rng.integers(1, len(parts)))
        parts[k] = "\n" + parts[k]
    return " ".join(parts).replace(" \n", "\n")


def _themes_for(
    phase: str, herkomst: str, leid: bool, org: str, rng: np.random.Generator
) -> tuple[str, list[str]]:
    """(question, themes) for a composed participant turn in a discussion phase."""
    if phase == "A":
        self_ = herkomst != "Nederland" and rng.random() < 0.65 and not leid
        forms = {
            "form/remarks_jokes": 2.5,
            "form/ignored_excluded": 1.2,
            "form/bullied": 0.5,
            "form/treated_differently": 1.5,
            "form/disadvantaged": 1.0,
            "form/rules_procedures": 0.6,
            "form/culture": 1.2,
        }
        themes = [wpick(rng, forms)]
        if rng.random() < 0.6:
            g = {
                "buiten Europa": {
                    "ground/skin_colour": 0.45,
                    "ground/origin": 0.35,
                    "ground/religion": 0.2,
                },
                "Europa": {"ground/origin": 0.85, "ground/religion": 0.15},
            }.get(
                herkomst,
                {"ground/skin_colour": 0.3, "ground/origin": 0.45, "ground/religion": 0.25},
            )
            themes.append(wpick(rng, g))
        if rng.random() < 0.5:
            frontline = org in ("uitvoering", "inspectie")
            themes.append(
                wpick(
                    rng,
                    {
                        "actor/colleague": 3,
                        "actor/manager": 1.2,
                        "actor/citizen": 0.8 * frontline,
                        "actor/organisation": 0.7,
                    },
                )
            )
        return ("ervaring" if self_ else "gesignaleerd"), themes[:3]
    if phase == "B":
        r = wpick(
            rng,
            {
                "response/manager": 1.2,
                "response/confidential_adviser": 0.6,
                "response/integrity": 0.4,
                "response/colleagues_involved": 0.8,
                "response/formal_report": 0.4,
                "response/nothing": 1.0,
            },
        )
        themes = [r]
        if rng.random() < 0.7:
            if r == "response/nothing":
                themes.append("outcome/fear_of_consequences")
            elif r == "response/colleagues_involved":
                themes.append(
                    "outcome/satisfied" if rng.random() < 0.6 else "outcome/not_satisfied"
                )
            else:
                themes.append(
                    "outcome/not_satisfied" if rng.random() < 0.6 else "outcome/satisfied"
                )
        if rng.random() < 0.2:
            themes.append("context/bystander")
        return "ervaring", themes
    ctx = {
        "context/leadership": 1.2,
        "context/norm_setting": 1.0,
        "context/training": 1.1,
        "context/bystander": 0.8,
    }
    themes = [wpick(rng, ctx)]
    if rng.random() < 0.5:
        themes.append(wpick(rng, {k: v for k, v in ctx.items() if k not in themes}))
    if rng.random() < 0.25:
        themes.append(
            wpick(
                rng,
                {
                    "response/formal_report": 1,
                    "form/culture": 1,
                    "outcome/fear_of_consequences": 0.6,
                    "response/confidential_adviser": 0.5,
                },
            )
        )
    return "verbetering", themes


def _fill_pii(text: str, spec: fs.GroupSpec, rng: np.random.Generator, pii: list[dict]) -> str:
    """Replace <PII:kind> placeholders with fictional values and record them."""

    def repl(m: re.Match) -> str:
        value = make_pii(m.group(1), rng)
        if m.group(1) == "name":
            value = f"{pick(rng, ph.FIRST_NAMES)} {pick(rng, ph.LAST_NAMES)}"
        pii.append(
            {"respondent_id": "", "question": spec.filename, "kind": m.group(1), "value": value}
        )
        return value

    return re.sub(r"<PII:(\w+)>", repl, text)


def build_group(spec: fs.GroupSpec, rng: np.random.Generator, pii: list[dict]) -> list[FGTurn]:
    """Assemble the turns of one focus group in discussion order."""
    names = [p[0] for p in spec.participants]
    quotes = ("“", "”") if rng.random() < 0.5 else ('"', '"')
    turns: list[FGTurn] = []
    count = dict.fromkeys(names, 0)

    def add(speaker: str, text: str, themes: list[str]) -> None:
        if turns and turns[-1].speaker == speaker and speaker != spec.moderator:
            add(spec.moderator, pick(rng, sp.FOLLOW_SAME), [])
        text = text.replace("<<", quotes[0]).replace(">>", quotes[1])
        turns.append(FGTurn(speaker, text, themes))
        if speaker in count:
            count[speaker] += 1

    def next_speaker(exclude: str | None) -> int:
        w = {str(i): 1.0 / (1 + count[n]) ** 1.5 for i, n in enumerate(names) if n != exclude}
        return int(wpick(rng, w))

    def composed(idx: int, phase: str) -> None:
        name, fg, _org, herk = spec.participants[idx]
        q, themes = _themes_for(phase, herk, fg == "leidinggevende", _org, rng)
        nat = {"buiten Europa": ph.NAT_BE, "Europa": ph.NAT_EU}.get(herk, ph.NAT_NL)
        style = Style.draw(rng, spoken=True)
        style.register = "neutral"
        length = int(rng.integers(12, 55 if phase != "C" else 40))
        gender = "f" if rng.random() < 0.5 else "m"
        tgt = pick(rng, ph.TARGET_COLLEAGUE)
        tgt = (tgt[0], tgt[2]) if q == "gesignaleerd" else ("", "collega")
        text, used = compose(q, themes, nat, rng, style, tgt, gender, length, spoken=True)
        reacting = bool(turns) and turns[-1].speaker != spec.moderator
        prev = turns[-1].speaker if reacting and not spec.names_are_codes else None
        add(name, _spoken(text, rng, prev, reacting), used)

    # welcome, consent, introductions
    named = spec.moderator not in ("Moderator", "Gespreksleider")
    mod = sp.MOD_NAMED.replace("<NAME>", spec.moderator) if named else expand(sp.MOD_ANON, rng)
    add(spec.moderator, expand(sp.WELCOME, rng).replace("<MOD>", mod), [])
    for i in rng.permutation(len(names))[: int(rng.integers(2, 4))]:
        add(names[int(i)], pick(rng, sp.CONSENT), [])
    add(spec.moderator, expand(sp.INTRO_ASK, rng), [])
    for i, name in enumerate(names):
        tpl = pick(rng, sp.INTRO_CODE if spec.names_are_codes else sp.INTRO)
        n = int(rng.integers(1, 26))
        org = spec.participants[i][2]
        role = (
            pick(rng, sp.MANAGER_ROLES)
            if spec.participants[i][1] == "leidinggevende"
            else pick(rng, sp.ROLES[org])
        )
        text = (
            expand(tpl, rng)
            .replace("<NAME>", name)
            .replace("<N>", str(n))
            .replace("<Y>", str(2024 - n))
            .replace("<PLACE>", pick(rng, sp.PLACES[org]))
            .replace("<ROLE>", role)
        )
        if i in spec.intro_pii:
            text += sp.INTRO_PII[spec.intro_pii[i]].replace("<V>", f"<PII:{spec.intro_pii[i]}>")
        add(name, _fill_pii(text, spec, rng, pii), [])

    phases = [
        ("A", pick(rng, sp.Q_A), int(rng.integers(7, 11))),
        ("B", pick(rng, sp.Q_B), int(rng.integers(5, 8))),
        ("C", pick(rng, sp.Q_C), int(rng.integers(6, 9))),
    ]
    for phase, question, n_comp in phases:
        add(spec.moderator, question, [])
        blocks = list(spec.special.get(phase, []))
        slots: list[object] = ["c"] * n_comp + blocks
        order = rng.permutation(len(slots))
        slots = [slots[int(k)] for k in order]
        if (
            phase == "B"
        ):  # the survey figure comes after a couple of turns, followed by reactions to it
            at = min(2, len(slots))
            slots[at:at] = ["figure"] + list(spec.special.get("B_FIG", []))
        for s in slots:
            prev = turns[-1].speaker
            if s == "figure":
                add(spec.moderator, expand(sp.B_FIGURE, rng), [])
            elif s == "c":
                r = rng.random()
                if r < 0.06 and prev != spec.moderator:
                    add(spec.moderator, pick(rng, sp.FOLLOW_SAME), [])
                    composed(names.index(prev), phase)
                    continue
                if r < 0.12 and prev != spec.moderator:
                    add(spec.moderator, pick(rng, sp.FOLLOW_OTHERS), [])
                elif r < 0.2 and prev != spec.moderator:
                    idx = next_speaker(prev)
                    add(spec.moderator, pick(rng, sp.ADDRESS).replace("<NAME>", names[idx]), [])
                    composed(idx, phase)
                    continue
                composed(next_speaker(turns[-1].speaker), phase)
                if rng.random() < 0.12:
                    add(names[next_speaker(turns[-1].speaker)], pick(rng, sp.BACKCHANNEL), [])
            else:
                for idx, text, themes in s:  # scripted exchange
                    add(names[idx], _fill_pii(text, spec, rng, pii), list(themes))
    add(spec.moderator, sp.Q_END, [])
    for block in spec.special.get("END", []):
        for idx, text, themes in block:
            add(names[idx], _fill_pii(text, spec, rng, pii), list(themes))
    add(
        names[next_speaker(turns[-1].speaker)],
        pick(
            rng,
            [
                "Nee, volgens mij is alles gezegd.",
                "Alleen dat ik blij ben dat dit gesprek er is.",
                "Ik hoop dat er echt iets mee gebeurt.",
            ],
        ),
        [],
    )
    add(spec.moderator, expand(sp.THANKS, rng), [])
    _timestamps(turns, rng)
    return turns


def _timestamps(turns: list[FGTurn], rng: np.random.Generator) -> None:
    """Start/end seconds from speaking rate (about 2.4 words per second) plus pauses."""
    t = float(rng.uniform(2, 6))
    for turn in turns:
        dur = max(1.2, len(turn.text.split()) / rng.uniform(2.1, 2.7))
        turn.start, turn.end = round(t, 3), round(t + dur, 3)
        t = turn.end + float(rng.uniform(0.4, 2.5))


# ------------------------------------------------------------------ writers
def hms(t: float) -> str:
    s = int(t)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def cue_time(t: float, sep: str) -> str:
    ms = int(round(t * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}{sep}{ms % 1000:03d}"


def _pieces(turn: FGTurn, rng: np.random.Generator, max_words: int = 0) -> list[str]:
    """Split a turn at its marked breaks, and (for cues) at sentence ends when long."""
    pieces = [p.strip() for p in turn.text.split("\n") if p.strip()]
    if not max_words:
        return pieces
    out: list[str] = []
    for p in pieces:
        sents = re.split(r"(?<=[.!?]) ", p)
        cur: list[str] = []
        for s in sents:
            if cur and len(" ".join(cur + [s]).split()) > max_words:
                out.append(" ".join(cur))
                cur = []
            cur.append(s)
        out.append(" ".join(cur))
    return out


def write_txt(turns: list[FGTurn], path: Path, brackets: bool, rng: np.random.Generator) -> None:
    """Plain text, one turn per line with timestamp; continuation lines and blank lines."""
    lines: list[str] = []
    for turn in turns:
        stamp = f"[{hms(turn.start)}]" if brackets else hms(turn.start)
        pieces = _pieces(turn, rng)
        lines.append(f"{stamp} {turn.speaker}: {pieces[0]}")
        lines.extend(pieces[1:])
        if rng.random() < 0.3:
            lines.append("")
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


FIXED_TIME = datetime(2024, 3, 25, 9, 0, 0)


def write_docx(
    turns: list[FGTurn], path: Path, title: str, timestamps: bool, rng: np.random.Generator
) -> None:
    """Word document, one paragraph per turn, reproducible byte-for-byte."""
    from docx import Document

    doc = Document()
    doc.add_paragraph(title, style="Title")
    for turn in turns:
        pieces = _pieces(turn, rng)
        stamp = f"[{hms(turn.start)}] " if timestamps else ""
        doc.add_paragraph(f"{stamp}{turn.speaker}: {pieces[0]}")
        for p in pieces[1:]:
            doc.add_paragraph(p)
    cp = doc.core_properties
    cp.author = "Onderzoeksbureau (fictief)"
    cp.last_modified_by = "Onderzoeksbureau (fictief)"
    cp.title = title
    cp.revision = 1
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with sorted entries, fixed dates and attributes (stable bytes)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, src.read(name), compresslevel=6)
    return out.getvalue()


def _split_cues(turn: FGTurn, rng: np.random.Generator) -> list[tuple[float, float, str]]:
    """Cues for one turn: long utterances become 2-3 consecutive cues."""
    pieces = _pieces(turn, rng, max_words=28 if len(turn.text.split()) > 34 else 0)
    if len(pieces) > 3:
        pieces = pieces[:2] + [" ".join(pieces[2:])]
    total = sum(len(p.split()) for p in pieces)
    out, t = [], turn.start
    for p in pieces:
        d = (turn.end - turn.start) * len(p.split()) / total
        out.append((t, t + d, p))
        t += d
    return out


def write_vtt(turns: list[FGTurn], path: Path, rng: np.random.Generator) -> None:
    """WebVTT with <v Speaker> voice tags; split utterances repeat the voice tag."""
    out = ["WEBVTT", "", "NOTE Fictief demo-transcript (Duiding). Geen echte deelnemers.", ""]
    for turn in turns:
        for a, b, text in _split_cues(turn, rng):
            out += [
                f"{cue_time(a, '.')} --> {cue_time(b, '.')}",
                f"<v {turn.speaker}>{text}</v>",
                "",
            ]
    path.write_text("\n".join(out), encoding="utf-8")


def write_srt(turns: list[FGTurn], path: Path, rng: np.random.Generator) -> None:
    """SubRip; follow-on cues of a split utterance carry no speaker prefix."""
    out, n = [], 0
    for turn in turns:
        for k, (a, b, text) in enumerate(_split_cues(turn, rng)):
            n += 1
            line = f"{turn.speaker}: {text}" if k == 0 else text
            out += [str(n), f"{cue_time(a, ',')} --> {cue_time(b, ',')}", line, ""]
    path.write_text("\n".join(out), encoding="utf-8")


def write_group(
    spec: fs.GroupSpec, turns: list[FGTurn], folder: Path, rng: np.random.Generator
) -> None:
    """Dispatch to the writer for this group's format."""
    path = folder / spec.filename
    title = f"Focusgroep {spec.number} – {spec.label}, {spec.date}"
    if spec.ext == "txt":
        write_txt(turns, path, brackets=spec.number == 1, rng=rng)
    elif spec.ext == "docx":
        write_docx(turns, path, title, timestamps=spec.number == 3, rng=rng)
    elif spec.ext == "vtt":
        write_vtt(turns, path, rng)
    else:
        write_srt(turns, path, rng)


def speakers_rows(spec: fs.GroupSpec) -> list[dict]:
    rows = [
        {
            "group": spec.stem,
            "speaker": spec.moderator,
            "role": "moderator",
            "functiegroep": "",
            "organisatietype": "",
            "herkomst": "",
        }
    ]
    for name, fg, org, herk in spec.participants:
        rows.append(
            {
                "group": spec.stem,
                "speaker": name,
                "role": "participant",
                "functiegroep": fg,
                "organisatietype": org,
                "herkomst": herk,
            }
        )
    return rows


def key_rows(spec: fs.GroupSpec, turns: list[FGTurn]) -> list[dict]:
    return [
        {
            "group": spec.stem,
            "turn_number": i,
            "speaker": t.speaker,
            "themes": ";".join(x for x in ph.THEMES if x in t.themes),
        }
        for i, t in enumerate(turns, start=1)
    ]
