"""The word lists personal-data detection leans on, loaded once from workbench/resources.

- ``first_names()`` and ``surnames()``: names compiled by hand for this project (many
  origins); a surname is also known by its last word ("El Amrani" -> "amrani").
- ``words()``: ordinary words, lower-case: Dutch (the OpenTaal word list, 356,517 entries
  without its capitalised proper nouns; BSD / CC BY 3.0) and English (SCOWL's
  american-english, 63,993 lower-case entries, answers use English words: "awareness",
  "commitment"), see resources/README.md; plus spaCy's Dutch stop words and common chat
  abbreviations. A word that is not on it and does
  not look like a typo of one is "unknown", which is what most names are.
- ``proper_nouns()``: places, countries, peoples, organisations, days and feasts, which are
  capitalised but are nobody's name.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import re
import unicodedata
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
# abbreviations and chat forms survey answers use; spaCy's stop words miss them
CHAT = (
    "lg lgs afd ff idd oid ivm mbt dmv bijv bv tov evt zgn nvt mn m'n z'n d'r 'n ok oke oké okee hr ict "
    "p&o fte zzp mt dg pz po vo mbo hbo wo etc enz ca nav iom ipv ihkv ivm tzt vwb wrs "
    "jl vnl resp incl excl max min nl eu vs uk sowieso lol haha pff hmm nou jah nee yes no "
    "collegas collegaas allochtonen allochtoon autochtoon autochtonen kutmarokkanen"
)


def _entries(name: str) -> list[str]:
    text = (RESOURCES / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Known first names, lower-case."""
    return frozenset(w.lower() for line in _entries("first_names.txt") for w in line.split())


@functools.lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Known surnames, lower-case: each whole entry and its last word."""
    entries = [line.lower() for line in _entries("surnames.txt")]
    return frozenset(entries) | frozenset(e.split()[-1] for e in entries)


@functools.lru_cache(maxsize=1)
def proper_nouns() -> frozenset[str]:
    """Capitalised words that are not people (places, peoples, organisations, feasts)."""
    return frozenset(w.lower() for line in _entries("proper_nouns.txt") for w in line.split())


@functools.lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Ordinary Dutch words (lower-case), stop words and chat abbreviations."""

    with gzip.open(RESOURCES / "english_words.txt.gz", "rt", encoding="utf-8") as handle:
        english = handle.read().split("\n")
    return dutch_words() | frozenset(english)


@functools.lru_cache(maxsize=1)
def dutch_words() -> frozenset[str]:
    """Ordinary Dutch words only (OpenTaal, stop words, chat abbreviations): what a typo
    is taken to be a typo of."""
    with gzip.open(RESOURCES / "dutch_words.txt.gz", "rt", encoding="utf-8") as handle:
        listed = handle.read().split("\n")
    return frozenset(listed) | stop_words() | frozenset(CHAT.split())


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Dutch stop words ("de", "bij", "werd"), lower-case; read from spaCy's file
    without importing spaCy (seconds and 200 MB that a CLI export need not pay)."""
    spec = importlib.util.find_spec("spacy")
    path = (
        Path(spec.origin).parent / "lang" / "nl" / "stop_words.py" if spec and spec.origin else None
    )
    found = re.search(r'"""(.*?)"""', path.read_text(encoding="utf-8"), re.S) if path else None
    if found is None:  # pragma: no cover - a spaCy whose file looks different
        from spacy.lang.nl.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS)
    return frozenset(found.group(1).split())


@functools.lru_cache(maxsize=1)
def not_name_words() -> frozenset[str]:
    """Stop words and chat abbreviations: never part of a person's name."""
    return stop_words() | frozenset(CHAT.split())


_LETTERS = "abcdefghijklmnopqrstuvwxyzéëèïöüáó'-"


@functools.lru_cache(maxsize=65536)
def is_word(low: str, typos: bool = True, compounds: bool = False, loose: bool = False) -> bool:
    """``low`` (lower-case) is an ordinary word, or a long word with one letter left out,
    added or swapped (a typo such as "collegas" or "leidinggevnde"). Shorter words must
    match exactly, and a changed letter does not count: names are often one letter off a
    word ("soeniel", "nijenhuis"). With ``compounds``, two words joined (with a linking
    s, e or en: "diversiteitsnetwerk") count too; Dutch surnames are often such compounds
    ("Zandbergen"), so this is for lower-case words only. ``loose`` also takes one changed
    letter, from 4 letters on ("mken", "wordwn"), for where a name needs more evidence."""
    vocabulary = words()
    if low in vocabulary:
        return True
    plain = _plain_letters(low)
    if plain != low and plain in vocabulary:
        return True  # "eén" for "één"
    if compounds and _compound(low, vocabulary):
        return True
    if loose and len(low) >= 4 and _one_off(low, dutch_words()):
        return True
    if len(low) < 8 or not typos:
        return False
    for i in range(len(low) + 1):
        left, right = low[:i], low[i:]
        if right and left + right[1:] in vocabulary:
            return True
        if len(right) > 1 and left + right[1] + right[0] + right[2:] in vocabulary:
            return True
        if any(left + c + right in vocabulary for c in _LETTERS):
            return True
    return False


def _compound(low: str, vocabulary: frozenset[str]) -> bool:
    for i in range(4, len(low) - 3):
        left, right = low[:i], low[i:]
        if right not in vocabulary:
            continue
        if (
            left in vocabulary
            or (left[-1] in "se" and left[:-1] in vocabulary)
            or (left.endswith("en") and left[:-2] in vocabulary)
        ):
            return True
    return False


def _plain_letters(low: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))


def _one_off(low: str, vocabulary: frozenset[str]) -> bool:
    """One letter changed, added, left out or two swapped."""
    for i in range(len(low) + 1):
        left, right = low[:i], low[i:]
        if right and left + right[1:] in vocabulary:
            return True
        if len(right) > 1 and left + right[1] + right[0] + right[2:] in vocabulary:
            return True
        if any(
            left + c + right in vocabulary or (right and left + c + right[1:] in vocabulary)
            for c in _LETTERS
        ):
            return True
    return False
