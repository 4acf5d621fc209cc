"""A seeded generator of Dutch open survey answers with planted personal data, and of
ordinary answers without any, to measure redaction on forms and names it was not built on.

``planted(n, seed)`` gives answers (a few ordinary sentences around one or two planted
items) with the items' kind and value; ``ordinary(n, seed)`` gives answers with no personal
data, full of what must survive: places, organisations, peoples, feasts, abbreviations,
numbers and dates, typos, capitalised words at a sentence's start, "mijn team".

This module holds the sentences and puts the answers together; the planted values, by kind,
come from pii_names.py (held-out names), pii_numbers.py (IBAN, BSN, employee numbers),
pii_contacts.py (e-mail, phone, home address) and pii_teams.py (teams, departments), each
with the parts of a value that must not survive. The names are HELD OUT: none is on the
redactor's lists (workbench/resources; tests/test_privacy.py checks it), so recall on them
measures what the rules generalise to, not list look-up. Used by tests/test_privacy.py and
benchmarks/bench_redaction.py.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from types import ModuleType, SimpleNamespace

import pii_contacts
import pii_names
import pii_numbers
import pii_teams
from pii_names import case, first_names, make_name, name_keys

Vocabulary = SimpleNamespace | ModuleType

# answers are built from these (what staff write about racism at work) around the planted item
OPENERS = [
    "Ik heb dit vaker meegemaakt dan ik wil toegeven.",
    "Het begon vorig jaar, kort nadat ik bij deze organisatie kwam werken.",
    "Eerlijk gezegd weet ik niet goed waar ik het moet melden.",
    "In het begin dacht ik dat het aan mij lag.",
    "Er worden grappen gemaakt over mijn achtergrond en niemand grijpt in.",
    "Bij sollicitaties wordt er nog steeds naar afkomst gekeken, dat merk je gewoon.",
    "ik voel me niet altijd veilig op het werk",
    "Het is lastig om hierover te praten.",
    "Mijn collega's bedoelen het vaak niet slecht, maar het doet wel pijn.",
    "In 2023 is er een gesprek geweest met de vertrouwenspersoon.",
]
CLOSERS = [
    "Daarna is er niets meer mee gedaan.",
    "Ik hoop dat dit onderzoek iets verandert.",
    "Het is inmiddels beter, maar nog niet goed.",
    "Ik heb er uiteindelijk niets mee gedaan.",
    "Sindsdien hou ik mijn mond in overleggen.",
    "Graag meer aandacht voor dit onderwerp in de organisatie.",
    "",
]
NAME_FRAMES = [
    "Mijn leidinggevende {x} maakte er grapjes over.",
    "{x} zei in het teamoverleg dat ik 'goed Nederlands sprak voor iemand zoals ik'.",
    "Ik heb het gemeld bij {x}, maar er gebeurde niets.",
    "Na een gesprek met {x} ben ik naar de vertrouwenspersoon gegaan.",
    "Samen met {x} heb ik een klacht ingediend.",
    "{x} kan dit bevestigen.",
    "vraag het maar aan {x}",
    "De opmerking kwam van {x} (teamleider).",
    "Een collega, {x}, heeft het toen voor mij opgenomen.",
    "Ook {x} heeft dit meegemaakt en is daarna vertrokken.",
    "Toen ik het aankaartte bij collega {x} werd er gelachen.",
    "het ging om {x}, die al jaren zulke opmerkingen maakt",
    "Gisteren nog zei {x} dat ik 'terug moest naar mijn eigen land'.",
    "Ik werk nu onder {x} en dat gaat gelukkig beter.",
]
POSSESSIVE_FRAMES = [
    "{x} leidinggevende deed er niets mee.",
    "Ik heb het via {x} teamleider aangekaart.",
]
NUMBER_FRAMES = {
    "email": [
        "Mail me gerust op {x}.",
        "Je kunt contact opnemen via {x} als je meer wilt weten.",
        "mijn mail: {x}",
        "Reactie graag naar {x}",
    ],
    "phone": [
        "Bel me gerust op {x}.",
        "Mijn nummer is {x}, bel gerust.",
        "bereikbaar op {x} na 17.00 uur",
        "Tel: {x}",
    ],
    "iban": [
        "De reiskosten zijn nooit vergoed op mijn rekening {x}.",
        "Mijn IBAN is {x}, daar is het geld nooit op gekomen.",
        "rekeningnummer {x}",
    ],
    "bsn": [
        "Ze vroegen zelfs om mijn BSN ({x}) bij de intake.",
        "Op de lijst stond mijn burgerservicenummer {x} gewoon voor iedereen zichtbaar.",
        "{x} is mijn bsn, dat stond in de mail naar het hele team.",
    ],
    "address": [
        "Er is zelfs een brief naar mijn huisadres gestuurd, {x}.",
        "Ik woon op {x} en werd daar door een collega opgezocht.",
        "mijn adres is {x}",
    ],
    "employee_number": [
        "Mijn {x}, mocht u het willen nagaan.",
        "Melding gedaan onder {x}.",
        "zie dossier ({x})",
        "Het staat geregistreerd bij {x}.",
    ],
    "team": [
        "Het gebeurde bij {x} vorige week.",
        "Ik werk bij {x}.",
        "({x})",
        "Sinds ik bij {x} werk, is het erger geworden.",
        "{x} is een hechte groep, maar niet voor mij.",
        "bij {x} wordt dit gewoon genegeerd",
    ],
}


@dataclass(frozen=True)
class Item:
    kind: str
    value: str
    keys: tuple[str, ...]  # the parts that must not survive


@dataclass(frozen=True)
class Answer:
    text: str
    items: tuple[Item, ...]


# each kind but names: how a value is made and which of its parts must not survive
MAKERS = {
    "email": (pii_contacts.make_email, pii_contacts.email_keys),
    "phone": (pii_contacts.make_phone, pii_numbers.digit_keys),
    "iban": (pii_numbers.make_iban, pii_numbers.iban_keys),
    "bsn": (pii_numbers.make_bsn, pii_numbers.digit_keys),
    "address": (pii_contacts.make_address, pii_contacts.address_keys),
    "employee_number": (pii_numbers.make_employee_number, pii_numbers.employee_number_keys),
    "team": (pii_teams.make_team, pii_teams.team_keys),
}


def _item(rng: random.Random, kind: str, v: Vocabulary) -> tuple[str, Item]:
    """A sentence with one planted item of ``kind`` and the item."""
    if kind == "name":
        if rng.random() < 0.1:
            first = rng.choice(first_names(v))
            value = case(rng, first)
            frame = rng.choice(v.POSSESSIVE_FRAMES)
            shown = value + ("'s" if value[-1] in "aeiouy" else "s")
            return frame.format(x=shown), Item(kind, value, name_keys(value))
        value = make_name(rng, v)
        return rng.choice(v.NAME_FRAMES).format(x=value), Item(kind, value, name_keys(value))
    make, keys = MAKERS[kind]
    value = make(rng, v)
    frame = rng.choice(v.NUMBER_FRAMES[kind])
    return frame.format(x=value), Item(kind, value, keys(value, v))


KINDS = {
    "name": 10,
    "email": 2,
    "phone": 2,
    "iban": 1,
    "bsn": 1,
    "address": 2,
    "employee_number": 2,
    "team": 3,
}


def planted(n: int = 2000, seed: int = 11, variant: str = "dev") -> list[Answer]:
    """``n`` answers, each with one or two planted items between ordinary sentences, from
    the ``variant`` vocabulary ("dev" or "test")."""
    v = vocabulary(variant)
    rng = random.Random(seed)
    kinds = list(KINDS)
    weights = [KINDS[k] for k in kinds]
    answers = []
    for _ in range(n):
        items, parts = [], [rng.choice(v.OPENERS)]
        for _ in range(1 if rng.random() < 0.7 else 2):
            sentence, item = _item(rng, rng.choices(kinds, weights)[0], v)
            parts.append(sentence)
            items.append(item)
        parts.append(rng.choice(v.CLOSERS))
        text = " ".join(p for p in parts if p)
        if rng.random() < 0.15:
            text = text.lower()
        answers.append(Answer(text, tuple(items)))
    return answers


def survives(item: Item, redacted: str, original: str) -> bool:
    """Does any identifying part of ``item`` still appear in ``redacted``? A part that the
    rest of the original answer also contains (an ordinary word) is not counted."""
    rest = original.replace(item.value, " ")
    for key in item.keys:
        pattern = re.compile(rf"(?<![\w@.]){re.escape(key)}(?![\w@])", re.IGNORECASE)
        if pattern.search(redacted) and not pattern.search(rest):
            return True
    return False


def survives(item: Item, redacted: str, original: str) -> bool:
    """Does any identifying part of ``item`` still appear in ``redacted``? A part that the
    rest of the original answer also contains (an ordinary word) is not counted."""
    rest = original.replace(item.value, " ")
    for key in item.keys:
        pattern = re.compile(rf"(?<![\w@.]){re.escape(key)}(?![\w@])", re.IGNORECASE)
        if pattern.search(redacted) and not pattern.search(rest):
            return True
    return False


# ordinary answers: what must survive redaction
ORDINARY = [
    "Ik werk al twaalf jaar bij de Belastingdienst in Apeldoorn en heb nooit iets gemeld.",
    "Mijn team keek weg toen er grappen werden gemaakt over de Ramadan.",
    "Het hele team was erbij, ook de teamleider, en niemand zei iets.",
    "In Den Haag is het anders dan op de vestiging in Hellevoetsluis.",
    "Als Marokkaanse Nederlander word ik vaker gecontroleerd bij de ingang.",
    "Tijdens Keti Koti kregen we een mail van de directie, dat was mooi.",
    "Het Suikerfeest werd niet als vrije dag gezien, Pinksteren wel.",
    "Bij Rijkswaterstaat en de IND speelt dit volgens mij net zo goed.",
    "De roos op mijn bureau werd weggehaald, maar dat was geen racisme.",
    "Mark je agenda voor de training in september, schreef HR.",
    "HR en P&O reageerden pas na drie maanden.",
    "We hadden een sessie over diversity & inclusion met een externe trainer.",
    "Ik ben van Surinaamse afkomst en mijn collega's van Turkse afkomst merken hetzelfde.",
    "1 op de 4 collega's heeft het meegemaakt, zegt de enquête van 2023.",
    "Op 12-03-2023 om 09.30 uur was het overleg waarin het gebeurde.",
    "Ik werk 0,8 fte en zit twee dagen op kantoor in Utrecht.",
    "De leidinggevende deed niets en het bleef stil.",
    "Mijn collegas lachten erom, ook de leidinggevnde.",
    "Er is geen vertrouwenspersoon op onze afdeling.",
    "Op de afdeling is het beter geworden sinds de nieuwe directeur er is.",
    "Ze noemden me 'de Marokkaan' van het team, als grap.",
    "Via Teams en Outlook kreeg ik berichten die niet oké waren.",
    "Black Lives Matter werd in de kantine belachelijk gemaakt.",
    "Wij van de uitvoering horen er nooit iets van.",
    "Het ministerie van Justitie en Veiligheid doet er te weinig aan.",
    "In Zierikzee en Spijkenisse ging het er anders aan toe dan in Rotterdam-Zuid.",
    "Ik heb mijn klacht bij het Meldpunt Integriteit ingediend.",
    "Dat werd op de Prinsjesdag-borrel gezegd, door iemand van buiten.",
    "Mijn Hindoestaanse achtergrond werd steeds benoemd.",
    "Sinds de reorganisatie in 2021 is het aantal incidenten afgenomen.",
    "Er hangt een poster van de Nationale Ombudsman in de gang.",
    "ik ben moslim en draag een hoofddoek, dat valt op",
    "Wie klaagt wordt gezien als lastig, dat is de cultuur hier.",
    "Het team bestaat uit 14 mensen, waarvan 3 met een migratieachtergrond.",
    "Ons kleine team werkt goed samen, gelukkig.",
    "Bij de afdeling toezicht gaat het prima.",
    "De Nederlandse Spoorwegen en ProRail doen hier meer aan.",
    "Mijn collega zei dat ik 'best goed' Nederlands spreek.",
    "Morgen heb ik een gesprek met de vertrouwenspersoon en met HR.",
    "Vanuit de ondernemingsraad is er een brief gestuurd aan het MT.",
    "Wat mij betreft mag de Rijksoverheid hier strenger in zijn.",
    "Ik kom uit Eritrea en werk sinds 2019 bij het COA in Ter Apel.",
    "Na de training 'Omgaan met vooroordelen' was er even aandacht voor.",
    "Een klant riep iets over Zwarte Piet, mijn collega lachte mee.",
    "Niet iedereen durft het te zeggen tegen de teamleider.",
    "In de kantine op de Wilhelminakade wordt vaak over 'die Polen' gepraat.",
    "Onze afdeling heeft een diversiteitsnetwerk opgericht, Samen Sterk.",
    "Tijdens de Pride-maand hingen er vlaggen, tijdens de Ramadan niets.",
    "Er werken veel mensen uit Polen en Bulgarije bij ons in de logistiek.",
    "Soms voel ik me de enige met een kleur in de vergadering.",
]


def ordinary(n: int = 1000, seed: int = 12, variant: str = "dev") -> list[str]:
    """``n`` answers of two to four ordinary sentences, with no personal data."""
    v = vocabulary(variant)
    rng = random.Random(seed)
    answers = []
    for _ in range(n):
        text = " ".join(rng.sample(v.ORDINARY, rng.randint(2, 4)))
        answers.append(text.lower() if rng.random() < 0.1 else text)
    return answers


# the "dev" vocabulary: the values of the kind modules and the sentences here
DEV = SimpleNamespace(
    FIRST=pii_names.FIRST,
    SURNAME=pii_names.SURNAME,
    TITLES=pii_names.TITLES,
    TEAMS=pii_teams.TEAMS,
    DEPARTMENTS=pii_teams.DEPARTMENTS,
    STREETS=pii_contacts.STREETS,
    CITIES=pii_contacts.CITIES,
    OPENERS=OPENERS,
    CLOSERS=CLOSERS,
    NAME_FRAMES=NAME_FRAMES,
    POSSESSIVE_FRAMES=POSSESSIVE_FRAMES,
    NUMBER_FRAMES=NUMBER_FRAMES,
    EMPLOYEE_CUES=pii_numbers.EMPLOYEE_CUES,
    ORDINARY=ORDINARY,
)


def vocabulary(variant: str) -> Vocabulary:
    """ "dev" (this module's lists, which the rules were developed against) or "test"
    (tests/pii_corpus_b.py, written afterwards and never tuned on)."""
    if variant == "dev":
        return DEV
    if variant == "test":
        import importlib
        import sys
        from pathlib import Path

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        return importlib.import_module("pii_corpus_b")
    raise ValueError(f"unknown variant {variant!r}")
