"""Where a person works, for the planted personal-data corpus (tests/pii_corpus.py): teams
and departments small enough to point at a person, written after their cue, and which
parts must not survive redaction.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

from pii_names import case

if TYPE_CHECKING:
    from pii_corpus import Vocabulary

TEAMS = [
    "Vergunningen Oost",
    "Burgerzaken Centrum",
    "Toezicht Scheepvaart",
    "Grenszaken",
    "Bedrijfsvoering Noord 2",
    "Klantcontact Heerlen",
    "Innovatie & Data",
    "Subsidies A",
    "Informatiebeheer",
    "Handhaving Havens",
    "Personeelsadvies West",
    "Wet- en Regelgeving",
    "Facilitaire Dienstverlening",
    "Schadeafhandeling",
    "Openbare Orde",
    "Vastgoed Zuid",
]
DEPARTMENTS = [
    ("afdeling", "HR-advies"),
    ("afdeling", "Juridische Zaken"),
    ("directie", "Financiën"),
    ("directie", "Bedrijfsvoering"),
    ("afdeling", "P&O"),
    ("directie", "Internationale Zaken"),
    ("afdeling", "Communicatie"),
    ("directoraat-generaal", "Migratie"),
    ("afdeling", "Inkoop en Aanbesteding"),
    ("directie", "Toezicht Zorg"),
    ("sector", "Uitvoering Oost"),
    ("afdeling", "Beleidsondersteuning"),
]
# a team's or department's cue and small words: not what identifies it
CUE_WORDS = {
    "team",
    "afdeling",
    "directie",
    "sector",
    "directoraat-generaal",
    "dienst",
    "bureau",
    "en",
    "&",
    "de",
    "van",
    "voor",
    "a",
    "2",
    "3",
}


def make_team(rng: random.Random, v: Vocabulary) -> str:
    """A team ("team X") or a department after its cue, sometimes re-cased."""
    if rng.random() < 0.6:
        name = f"team {rng.choice(v.TEAMS)}"
    else:
        cue, dept = rng.choice(v.DEPARTMENTS)
        name = f"{cue} {dept}"
    return case(rng, name) if rng.random() < 0.5 else name


def team_keys(value: str, v: Vocabulary) -> tuple[str, ...]:
    """The team's or department's own words, not its cue or small words."""
    return tuple(w for w in re.findall(r"[\w&'-]+", value) if w.lower() not in CUE_WORDS)
