"""Numbers that identify a person, for the planted personal-data corpus
(tests/pii_corpus.py): IBANs (valid check digits), BSNs (valid eleven-test) and employee
numbers after their cue, each in the forms people write them in, and which parts of each
must not survive redaction.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pii_corpus import Vocabulary

BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
EMPLOYEE_CUES = [
    "personeelsnummer {n}",
    "personeelsnummer is {n}",
    "pers.nr. {n}",
    "personeelsnr {n}",
    "medewerkernummer: {n}",
    "personeelsnummer, {n}",
    "Personeelsnummer: {n}",
    "werknemersnummer {n}",
    "pers. nr {n}",
    "P-nummer {n}",
]


def make_iban(rng: random.Random, v: Vocabulary) -> str:
    """A Dutch IBAN with valid check digits: grouped by four, lower or upper case."""
    bank = rng.choice(BANKS)
    account = f"{rng.randrange(10**9, 10**10)}"
    digits = "".join(str(ord(c) - 55) for c in bank) + account + "232100"  # N=23 L=21 00
    check = 98 - int(digits) % 97
    iban = f"NL{check:02d}{bank}{account}"
    form = rng.random()
    if form < 0.4:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban.lower() if form < 0.5 else iban


def make_bsn(rng: random.Random, v: Vocabulary) -> str:
    """A BSN that passes the eleven-test: plain, dotted or spaced."""
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1)))
        last = total % 11
        if last < 10 and digits[0] != 0:
            number = "".join(map(str, digits + [last]))
            break
    form = rng.random()
    if form < 0.5:
        return number
    if form < 0.75:
        return f"{number[:4]}.{number[4:6]}.{number[6:]}"
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def make_employee_number(rng: random.Random, v: Vocabulary) -> str:
    """An employee number of 4 to 7 digits after one of the cues of ``v``."""
    n = str(rng.randrange(10 ** (rng.choice([4, 5, 6, 7]) - 1), 10**7))
    return rng.choice(v.EMPLOYEE_CUES).format(n=n)


def iban_keys(value: str, v: Vocabulary) -> tuple[str, ...]:
    """The digit groups and the bank code."""
    return tuple(re.findall(r"\d{3,}|[A-Za-z]{4}", value))


def digit_keys(value: str, v: Vocabulary) -> tuple[str, ...]:
    """The digit groups (of a BSN, a phone number)."""
    return tuple(re.findall(r"\d{2,}", value))


def employee_number_keys(value: str, v: Vocabulary) -> tuple[str, ...]:
    """The number, not its cue."""
    return tuple(re.findall(r"\d{3,}", value))
