"""Personal data in text: find it and redact it, so that what viewers see and what leaves
the project does not identify anyone.

Rule-based and offline: e-mail addresses, Dutch phone numbers, IBANs, BSNs (with the
eleven test), employee numbers, team names, and person names (a first-name list, initials
with a surname, and names after words like "collega" or "leidinggevende"). It errs on the
side of redacting; its recall on the demo's planted data is measured in benchmarks/.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

LABELS = {"email": "[e-mail]", "phone": "[telefoonnummer]", "iban": "[IBAN]", "bsn": "[BSN]",
          "employee_number": "[personeelsnummer]", "team": "[team]", "name": "[naam]"}
_PARTICLE = r"(?:van|de|der|den|te|ten|ter|het|'t|el|al|ben|da|dos|le|la|du|op)"
_CAP = r"[A-ZÀ-Ý][a-zà-ÿ'’\-]+"
_SURNAME = rf"(?:{_PARTICLE}\s+){{0,3}}{_CAP}"
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d{2,4}){2,4}\b")),
    ("phone", re.compile(
        r"(?<![\w+])(?:(?:\+|00)31[\s-]?(?:\(0\))?[\s-]?\d|0\d)(?:[\s-]?\d){7,8}(?!\d)")),
    ("employee_number", re.compile(
        r"\b(?:personeels|medewerker|werknemer|pers|p)(?:nummer|nr|\.?nr)\.?:?\s*(?:is\s+)?#?\s*"
        r"\d{4,9}\b",
        re.IGNORECASE)),
    ("bsn", re.compile(r"(?<!\d)\d{3}[.\s]?\d{2}[.\s]?\d{3}[.\s]?\d(?!\d)|(?<!\d)\d{9}(?!\d)")),
    # "team Inkoop Noord", "Team Data & Analyse"; lower-case team names only after
    # "bij/van/in/om" ("bij team post en archief"), where they are not a verb phrase
    ("team", re.compile(r"\b[Tt]eam\s+[A-ZÀ-Ý][\w-]*"
                        r"(?:\s+(?:(?:&|en|de|den)\s+)?[A-ZÀ-Ý0-9][\w-]*)*")),
    ("team", re.compile(r"(?i:\b(?:bij|van|in|om|op|binnen)\s+)(team\s+[a-zà-ÿ][\w-]*"
                        r"(?:\s+(?:en|den|de|[a-zà-ÿ]+|\d+)){0,3}?)(?=[.,;:!?)]|$)")),
    ("name", re.compile(rf"\b[A-Z]\.\s?(?:[A-Z]\.\s?)*{_SURNAME}")),
    ("name", re.compile(
        rf"(?i:\b(?:collega|leidinggevende|manager|teamleider|lg|meneer|mevrouw|mevr\.|mw\.|"
        rf"dhr\.|heer|directeur|afdelingshoofd|aan|met name|namelijk)\s+)"
        rf"((?i:[a-zà-ÿ][a-zà-ÿ'’\-]+)(?:\s+(?:{_PARTICLE}\s+){{0,3}}(?i:[a-zà-ÿ][a-zà-ÿ'’\-]+))?)")),
]


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str
    text: str


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    path = Path(__file__).with_name("resources") / "first_names.txt"
    words = (w for line in path.read_text(encoding="utf-8").splitlines()
             if not line.startswith("#") for w in line.split())
    return frozenset(w.lower() for w in words)


def _bsn_valid(digits: str) -> bool:
    if len(digits) != 9:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0 and digits != "000000000"


_NAME_AT = re.compile(rf"\b({_CAP})(?:\s+(?:{_PARTICLE}\s+){{0,3}}{_CAP}){{0,2}}")


def find(text: str) -> list[Found]:
    """Personal data in ``text``, non-overlapping, in order."""
    found: list[Found] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            group = 1 if pattern.groups else 0
            start, end = match.span(group)
            value = match.group(group)
            if kind == "bsn" and not _bsn_valid(re.sub(r"\D", "", value)):
                continue
            if kind == "name" and group == 1 and value.split()[0].lower() not in first_names() \
                    and not value[:1].isupper():
                continue
            found.append(Found(start, end, kind, value))
    names = first_names()
    for match in _NAME_AT.finditer(text):
        if match.group(1).lower() in names:
            found.append(Found(match.start(), match.end(), "name", match.group(0)))
    for match in re.finditer(r"\b[a-zà-ÿ]+\s+[a-zà-ÿ]+\b", text):
        first, last = match.group(0).split()
        if first in names and last not in _COMMON_WORDS and len(last) > 2 and _after_cue(text, match.start()):
            found.append(Found(match.start(), match.end(), "name", match.group(0)))
    return _merge(found)


_COMMON_WORDS = frozenset("de het een en is was dat die er ook niet wel maar of als bij".split())
_CUE = re.compile(r"(?:collega|leidinggevende|lg|manager|aan|met name|namelijk|mijn)\s*$", re.IGNORECASE)


def _after_cue(text: str, position: int) -> bool:
    return bool(_CUE.search(text[max(0, position - 25):position]))


def _merge(found: list[Found]) -> list[Found]:
    result: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if result and item.start < result[-1].end:
            last = result[-1]
            if item.end > last.end:
                result[-1] = Found(last.start, item.end, last.kind, last.text)
            continue
        result.append(item)
    return result


def redact(text: str) -> str:
    """``text`` with every piece of personal data replaced by a label such as [naam]."""
    out, last = [], 0
    for item in find(text):
        out += [text[last:item.start], LABELS[item.kind]]
        last = item.end
    return "".join(out) + text[last:]
