"""Held-out person names for the planted personal-data corpus (tests/pii_corpus.py): first
names by origin, surnames with their tussenvoegsel, titles, and the forms people write a
name in (full, initials, title and surname, first name alone, any case).

None of these names is on the redactor's lists (workbench/resources; tests/test_privacy.py
checks it), so recall on them measures what the rules generalise to, not list look-up.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pii_corpus import Vocabulary

# held-out first names, by origin
FIRST = {
    "dutch": "Sybren Auke Jorrit Sjoukje Marit Femmie Gerlof Hylke Rixt Tjitske Berber "
    "Jildou Wander Sietske Reinout Tjalling-Sipke Evelyne Jacoba Geertje Harmen "
    "Gysbert Lieuwe Dorine Annabel Diederik Tijmen Rozemarijn Jort Lidewij "
    "Pepijn Floortje Carlijn Marlies Jeroentje Hendrika Berthe Lucienne Gijsje",
    "moroccan": "Soufian Mohcine Ikram Chahid Noufissa Bilel Anouar Nisrine Hayat "
    "Youness Laïla Oualid Zakia Mehdi Abdelkarim Btissam Fikri Ilhame Touria "
    "Jaouad Najoua Hassna Karima Mustapha",
    "turkish": "Kerem Nurten Tuncay Gülşen Yiğit Büşra Oktay Şeyma Ercan Nilgün Cihan "
    "Sümeyye Taner Dilara Serdar Hilal Erdal Pınar Kübra Levent",
    "surinamese": "Radjinder Kishan Soeniel Kamlawatie Ashvin Shardha Ruchi Jerrel "
    "Quincy Romeo Ginelva Sherida Dwight Revano Natasha-Lee Anoeschka Wensley",
    "indonesian": "Hendrawan Sulistyo Ratna Wulan Ketut Ardiansyah Yudhi Retno Nyoto "
    "Lientje Frederika Johanis",
    "polish": "Przemysław Grażyna Wiesław Bożena Radosław Jadwiga Mirosław Halina "
    "Zdzisław Sławomir",
    "other": "Abebe Mulugeta Kwesi Afua Chiamaka Emeka Xiuying Quang Ngoc Lamar Faisal "
    "Iqra Hamdi Sahra",
}
# held-out surnames, with their tussenvoegsel (if any) first
SURNAME = {
    "dutch": [
        "van der Zanden",
        "Zandbergen",
        "ten Brummelhuis",
        "in 't Hout",
        "van Oosterom",
        "Klaassen-Vermaat",
        "de Wijs",
        "Hoogstraten",
        "van 't Zand",
        "Veldhuizen",
        "Nijenhuis",
        "ter Steege",
        "Oudshoorn",
        "Wagemakers",
        "van Rossum",
        "Bijl",
        "Stoutjesdijk",
        "van den Akker",
        "de Feijter",
        "Haverkamp",
        "Ruigrok",
        "Lodewijks",
        "van der Schaaf",
        "Kloosterboer",
        "Spanjaard",
        "Tuinstra",
        "Elzinga",
        "van Wijngaarden",
        "de Kort",
        "Hoogeboom",
        "Dijkhuizen",
        "Vreugdenhil",
        "Wolthuis",
        "Beukers",
        "van Duijn",
        "Rijnders",
    ],
    "moroccan": [
        "Ouazzani",
        "El Yaakoubi",
        "Boulahrouz",
        "Aarab",
        "Ben Yahia",
        "Azaouagh",
        "El Ghazaoui",
        "Zaouj",
        "Marzouki",
        "Bouchtaoui",
        "Amezian",
        "Ait Hammou",
    ],
    "turkish": [
        "Yıldırım",
        "Acar",
        "Karataş",
        "Eren",
        "Kocabaş",
        "Altıntaş",
        "Gündoğdu",
        "Sarıkaya",
        "Topçu",
        "Ekinci",
        "Kurtuluş",
        "Bozkurt",
    ],
    "surinamese": [
        "Ramdhani",
        "Sewdien",
        "Kanhaisingh",
        "Bhagwandin",
        "Tjon-A-Loi",
        "Slagveer",
        "Brewster",
        "Fränkel",
        "Kasanmoentalib",
        "Oemrawsingh",
        "Parabirsing",
        "Dwarkasing",
    ],
    "indonesian": [
        "Sumampouw",
        "Pattinasarany",
        "Lokollo",
        "Ririmasse",
        "Nanlohy",
        "Tuanakotta",
        "Soedarso",
        "Simatupang",
    ],
    "polish": [
        "Grabowski",
        "Pawłowska",
        "Michalski",
        "Zając",
        "Wróblewski",
        "Jabłońska",
        "Sikorski",
        "Baran",
    ],
    "other": [
        "Tesfamariam",
        "Adjei",
        "Okonkwo",
        "Mekonnen",
        "Thiam",
        "Hoang",
        "Dlamini",
        "Al-Khafaji",
        "Mahamud",
        "Oyelaran",
    ],
}
TITLES = ["mevr.", "mevrouw", "dhr.", "meneer", "de heer", "mw.", "Mevrouw", "Meneer"]
PARTICLES = {"van", "der", "den", "de", "ten", "ter", "in", "'t", "el", "ben", "ait", "a"}


def first_names(v: Vocabulary | None = None) -> list[str]:
    """Every first name of vocabulary ``v`` (by default the "dev" one: these lists)."""
    first = FIRST if v is None else v.FIRST
    return [n for names in first.values() for n in names.split()]


def surnames(v: Vocabulary | None = None) -> list[str]:
    """Every surname of vocabulary ``v`` (by default the "dev" one: these lists)."""
    surname = SURNAME if v is None else v.SURNAME
    return [n for names in surname.values() for n in names]


def name_keys(value: str) -> tuple[str, ...]:
    """The words of a written name that must not survive: not particles, titles, initials."""
    words = re.findall(r"[^\W\d_][\w'’-]*", value)
    return tuple(
        w
        for w in words
        if len(w) > 1
        and w.lower() not in PARTICLES
        and w.lower().rstrip(".") not in {"mevr", "mevrouw", "dhr", "meneer", "heer", "mw"}
        and not re.fullmatch(r"[A-Za-z]\.?", w)
    )


def case(rng: random.Random, text: str) -> str:
    """``text`` as typed: mostly as is, sometimes all lower or all upper case."""
    roll = rng.random()
    if roll < 0.2:
        return text.lower()
    if roll < 0.25:
        return text.upper()
    return text


def make_name(rng: random.Random, v: Vocabulary) -> str:
    """A name of vocabulary ``v`` in one of the forms people write a name in."""
    origin = rng.choice(list(v.FIRST))
    first = rng.choice(v.FIRST[origin].split())
    surname = rng.choice(v.SURNAME[rng.choice([origin, origin, "dutch"])])
    form = rng.random()
    if form < 0.45:
        name = f"{first} {surname}"
    elif form < 0.6:
        initials = "".join(f"{p[0]}." for p in first.split("-"))
        name = f"{initials} {surname}" if rng.random() < 0.7 else f"{initials}{first[0]}. {surname}"
    elif form < 0.75:
        title = rng.choice(v.TITLES)
        name = f"{title} {surname}"
    elif form < 0.9:
        name = first
    else:
        name = f"{first} {surname.split()[-1]}"
    return case(rng, name)
