"""Personal data in text: find it and redact it, so that what viewers see and what leaves
the project does not identify anyone.

Rule-based and offline (no Dutch NER pipeline installs from the package registries):
e-mail addresses, Dutch phone numbers in every usual format, IBANs, BSNs (with the eleven
test, or after "BSN"), employee numbers after a cue ("pers.nr. 123456"), postcodes and
street addresses, team and department names (capitalised, or lower case where no "mijn"
or "het" makes them any team), and person names (:mod:`.names`: titles and roles,
initials, name lists, and capitalised or lower-case words that are no ordinary Dutch
word). It errs on the side of redacting; recall and the rate of ordinary words redacted
are measured in benchmarks/bench_redaction.py on held-out names and forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import names, rules
from .lexicon import first_names, surnames

__all__ = ["LABELS", "Found", "find", "redact", "first_names", "surnames"]

LABELS = {
    "email": "[e-mail]",
    "phone": "[telefoonnummer]",
    "iban": "[IBAN]",
    "bsn": "[BSN]",
    "employee_number": "[personeelsnummer]",
    "address": "[adres]",
    "team": "[team]",
    "department": "[afdeling]",
    "name": "[naam]",
}
# when two finds overlap, the longer wins; at equal length the more specific kind
_PRIORITY = (
    "email",
    "iban",
    "phone",
    "bsn",
    "employee_number",
    "address",
    "department",
    "team",
    "name",
)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str
    text: str


_LABEL = re.compile("|".join(re.escape(label) for label in LABELS.values()))


def find(text: str) -> list[Found]:
    """Personal data in ``text``, non-overlapping, in order. The labels of an earlier
    redaction ("[naam]", "[IBAN]") are left alone, so redacting twice changes nothing."""
    spans = list(rules.spans(text))
    taken = [(s, e) for s, e, _ in spans]
    for start, end, kind in names.spans(text):
        # a "name" inside an e-mail address or a team name is already covered
        if not any(s <= start and end <= e for s, e in taken):
            spans.append((start, end, kind))
    labels = [m.span() for m in _LABEL.finditer(text)]
    spans = [(s, e, k) for s, e, k in spans if not any(s < le and ls < e for ls, le in labels)]
    return _merge(text, spans)


def _merge(text: str, spans: list[tuple[int, int, str]]) -> list[Found]:
    """Overlapping spans become one (the kind of the one that starts first and is longest);
    an address next to a postcode ("Kerkstraat 1, 1234 AB") becomes one address."""
    order = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]), _PRIORITY.index(s[2])))
    merged: list[list] = []
    for start, end, kind in order:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            continue
        if (
            merged
            and merged[-1][2] == kind == "address"
            and text[merged[-1][1] : start].strip(" ,") == ""
        ):
            merged[-1][1] = end
            continue
        merged.append([start, end, kind])
    return [Found(s, e, k, text[s:e]) for s, e, k in merged]


def redact(text: str) -> str:
    """``text`` with every piece of personal data replaced by a label such as [naam]."""
    out, last = [], 0
    for item in find(text):
        out += [text[last : item.start], LABELS[item.kind]]
        last = item.end
    return "".join(out) + text[last:]
