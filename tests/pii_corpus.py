"""A seeded generator of Dutch open survey answers with planted personal data, and of
ordinary answers without any, to measure redaction on forms and names it was not built on.

``planted(n, seed)`` gives answers (a few ordinary sentences around one or two planted
items) with the items' kind and value; ``ordinary(n, seed)`` gives answers with no personal
data, full of what must survive: places, organisations, peoples, feasts, abbreviations,
numbers and dates, typos, capitalised words at a sentence's start, "mijn team".

The names here are HELD OUT: none of the first names or surnames below is on the
redactor's lists (workbench/resources; tests/test_privacy.py checks it), so recall on them
measures what the rules generalise to, not list look-up. Used by tests/test_privacy.py
and benchmarks/bench_redaction.py.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from types import ModuleType, SimpleNamespace

Vocabulary = SimpleNamespace | ModuleType

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
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]

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


@dataclass(frozen=True)
class Item:
    kind: str
    value: str
    keys: tuple[str, ...]  # the parts that must not survive


@dataclass(frozen=True)
class Answer:
    text: str
    items: tuple[Item, ...]


def first_names(v: Vocabulary | None = None) -> list[str]:
    v = v or DEV
    return [n for names in v.FIRST.values() for n in names.split()]


def surnames(v: Vocabulary | None = None) -> list[str]:
    v = v or DEV
    return [n for names in v.SURNAME.values() for n in names]


PARTICLES = {"van", "der", "den", "de", "ten", "ter", "in", "'t", "el", "ben", "ait", "a"}


def _name_keys(value: str) -> tuple[str, ...]:
    words = re.findall(r"[^\W\d_][\w'’-]*", value)
    return tuple(
        w
        for w in words
        if len(w) > 1
        and w.lower() not in PARTICLES
        and w.lower().rstrip(".") not in {"mevr", "mevrouw", "dhr", "meneer", "heer", "mw"}
        and not re.fullmatch(r"[A-Za-z]\.?", w)
    )


def _case(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.2:
        return text.lower()
    if roll < 0.25:
        return text.upper()
    return text


def _name(rng: random.Random, v: Vocabulary) -> str:
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
    return _case(rng, name)


def _iban(rng: random.Random) -> str:
    bank = rng.choice(BANKS)
    account = f"{rng.randrange(10**9, 10**10)}"
    digits = "".join(str(ord(c) - 55) for c in bank) + account + "232100"  # N=23 L=21 00
    check = 98 - int(digits) % 97
    iban = f"NL{check:02d}{bank}{account}"
    form = rng.random()
    if form < 0.4:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban.lower() if form < 0.5 else iban


def _bsn(rng: random.Random) -> str:
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


def _phone(rng: random.Random) -> str:
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


def _email(rng: random.Random, v: Vocabulary) -> str:
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


def _address(rng: random.Random, v: Vocabulary) -> str:
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


def _team(rng: random.Random, v: Vocabulary) -> str:
    if rng.random() < 0.6:
        name = f"team {rng.choice(v.TEAMS)}"
    else:
        cue, dept = rng.choice(v.DEPARTMENTS)
        name = f"{cue} {dept}"
    return _case(rng, name) if rng.random() < 0.5 else name


def _employee(rng: random.Random, v: Vocabulary) -> str:
    n = str(rng.randrange(10 ** (rng.choice([4, 5, 6, 7]) - 1), 10**7))
    return rng.choice(v.EMPLOYEE_CUES).format(n=n)


def _item(rng: random.Random, kind: str, v: Vocabulary) -> tuple[str, Item]:
    """A sentence with one planted item of ``kind`` and the item."""
    if kind == "name":
        if rng.random() < 0.1:
            first = rng.choice(first_names(v))
            value = _case(rng, first)
            frame = rng.choice(v.POSSESSIVE_FRAMES)
            shown = value + ("'s" if value[-1] in "aeiouy" else "s")
            return frame.format(x=shown), Item(kind, value, _name_keys(value))
        value = _name(rng, v)
        return rng.choice(v.NAME_FRAMES).format(x=value), Item(kind, value, _name_keys(value))
    make = {
        "email": _email,
        "phone": _phone,
        "iban": _iban,
        "bsn": _bsn,
        "address": _address,
        "employee_number": _employee,
        "team": _team,
    }[kind]
    value = make(rng, v) if kind in ("email", "address", "employee_number", "team") else make(rng)
    frame = rng.choice(v.NUMBER_FRAMES[kind])
    if kind == "employee_number":
        keys = tuple(re.findall(r"\d{3,}", value))
    elif kind == "team":
        keys = tuple(
            w
            for w in re.findall(r"[\w&'-]+", value)
            if w.lower()
            not in {
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
        )
    elif kind == "email":
        keys = (value,)
    elif kind == "address":
        keys = tuple(
            w
            for w in re.findall(r"[^\W_]+", value)
            if (len(w) > 2 or w.isdigit())
            and w.lower() not in {"van", "hs", "bij", "den"}
            and w not in v.CITIES
            and not any(w in c.split() for c in v.CITIES)
        )
    else:
        keys = (
            tuple(re.findall(r"\d{3,}|[A-Za-z]{4}", value))
            if kind == "iban"
            else tuple(re.findall(r"\d{2,}", value))
        )
    return frame.format(x=value), Item(kind, value, keys)


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


DEV = SimpleNamespace(
    **{
        name: globals()[name]
        for name in (
            "FIRST",
            "SURNAME",
            "TITLES",
            "TEAMS",
            "DEPARTMENTS",
            "STREETS",
            "CITIES",
            "OPENERS",
            "CLOSERS",
            "NAME_FRAMES",
            "POSSESSIVE_FRAMES",
            "NUMBER_FRAMES",
            "EMPLOYEE_CUES",
            "ORDINARY",
        )
    }
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
