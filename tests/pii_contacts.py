"""Where a person can be reached, for the planted personal-data corpus
(tests/pii_corpus.py): e-mail addresses built from the held-out names, Dutch phone numbers
(mobile and landline, national and international), and home addresses (street and number,
postcode, city), each in the forms people write them in, and which parts of each must not
survive redaction.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

from pii_names import first_names, surnames

if TYPE_CHECKING:
    from pii_corpus import Vocabulary

STREETS = [
    "Kastanjelaan",
    "Zeeheldenstraat",
    "Laan van Nieuw Oost-Indië",
    "Oudegracht",
    "Prins Hendrikkade",
    "Burgemeester Grothestraat",
    "Molenweg",
    "Stationsplein",
    "Van Speijkstraat",
    "Bloemendaalseweg",
    "Westersingel",
    "Dorpsstraat",
    "Kerkpad",
    "Heuveldreef",
    "Marktstraat",
]
CITIES = [
    "Zoetermeer",
    "Lelystad",
    "Wijk bij Duurstede",
    "Hellevoetsluis",
    "Groningen",
    "Spijkenisse",
    "Zierikzee",
    "Den Haag",
    "Emmen",
    "Oosterhout",
]


def make_email(rng: random.Random, v: Vocabulary) -> str:
    """An address from a held-out name at a government or mail-provider domain."""
    first = rng.choice(first_names(v)).lower().replace("-", "")
    surname = rng.choice(surnames(v)).lower().replace(" ", "").replace("'", "")
    local = rng.choice(
        [
            f"{first[0]}.{surname}",
            f"{first}.{surname}",
            f"{first}{surname[:3]}",
            f"{first}_{surname}",
            f"{surname}{rng.randrange(10, 99)}",
        ]
    )
    domain = rng.choice(
        [
            "minbzk.nl",
            "rijksoverheid.nl",
            "belastingdienst.nl",
            "gmail.com",
            "hotmail.com",
            "live.nl",
            "uwv.nl",
            "rws.nl",
            "ind.minjenv.nl",
        ]
    )
    address = f"{local}@{domain}"
    return address.upper() if rng.random() < 0.1 else address


def make_phone(rng: random.Random, v: Vocabulary) -> str:
    """A mobile or landline number in one of fifteen written forms."""
    mobile = f"{rng.randrange(10**7, 10**8)}"
    area = rng.choice(["20", "10", "70", "30", "40", "50", "73", "251", "495", "88"])
    rest = f"{rng.randrange(10 ** (8 - len(area)), 10 ** (9 - len(area)))}"[: 9 - len(area)]
    forms = [
        f"06-{mobile}",
        f"06 {mobile}",
        f"06 {mobile[:4]} {mobile[4:]}",
        f"06{mobile}",
        f"06 {mobile[:2]} {mobile[2:4]} {mobile[4:6]} {mobile[6:]}",
        f"+31 6 {mobile[:4]} {mobile[4:]}",
        f"+31612{mobile[2:]}",
        f"+31 (0)6 {mobile}",
        f"0031 6 {mobile}",
        f"0031-6-{mobile}",
        f"0{area}-{rest}",
        f"0{area} - {rest[:3]} {rest[3:5]} {rest[5:]}",
        f"(0{area}) {rest}",
        f"0{area} {rest}",
        f"+31 {area} {rest}",
    ]
    return rng.choice(forms)


def make_address(rng: random.Random, v: Vocabulary) -> str:
    """Street and number, with or without postcode and city, or a postcode alone."""
    number = f"{rng.randrange(1, 250)}{rng.choice(['', '', 'a', 'B', '-2', ' hs'])}"
    postcode = f"{rng.randrange(1000, 9999)} {rng.choice('ABCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}"
    form = rng.random()
    street = rng.choice(v.STREETS)
    if form < 0.35:
        return f"{street} {number}"
    if form < 0.6:
        return f"{street} {number}, {postcode} {rng.choice(v.CITIES)}"
    if form < 0.75:
        return f"{postcode} {number}"
    if form < 0.9:
        return postcode.replace(" ", "").lower()
    return f"{street.lower()} {number}"


def email_keys(value: str, v: Vocabulary) -> tuple[str, ...]:
    """The whole address."""
    return (value,)


def address_keys(value: str, v: Vocabulary) -> tuple[str, ...]:
    """The words of the street, the number and the postcode; not a city of ``v`` (a city
    alone does not point at a person) nor a particle."""
    return tuple(
        w
        for w in re.findall(r"[^\W_]+", value)
        if (len(w) > 2 or w.isdigit())
        and w.lower() not in {"van", "hs", "bij", "den"}
        and w not in v.CITIES
        and not any(w in c.split() for c in v.CITIES)
    )
