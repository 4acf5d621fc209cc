"""Personal data with a shape: e-mail addresses, phone numbers, IBANs, BSNs, employee
numbers, postcodes and street addresses, team and department names.

Each rule yields (start, end, kind) spans; :mod:`workbench.privacy` merges them with the
names of :mod:`.names`. Written for the ways Dutch survey answers write these things:
any case, spaces or dashes inside numbers, a cue word before a number ("pers.nr. 123456",
"personeelsnummer, 8868501"), a team name in lower case or in parentheses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import stop_words, words

Span = tuple[int, int, str]

_EMAIL = re.compile(
    r"[\w.+-]+(?:@|\s?[\[(]at[\])]\s?)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE
)
_IBAN = re.compile(r"\b[A-Z]{2}\s?\d{2}[\s.-]?[A-Z]{4}(?:[\s.-]?\d){7,20}\b", re.IGNORECASE)
# 06-12345678, 06 1234 5678, +31 (0)6 12 34 56 78, 0031-6-..., 020 - 123 45 67, (020) 1234567
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?31[\s.-]?(?:\(0\)[\s.-]?)?|\(0|0)"
    r"(?:[\s.)/-]{0,3}\d){9}(?!\d)"
)
_BSN = re.compile(r"(?<![\d.,])\d(?:[.\s-]?\d){8}(?![\d])")
_BSN_CUE = re.compile(
    r"\b(?:bsn|burgerservicenummer|sofi-?nummer)\b\W{0,3}(?:is\s+|was\s+)?"
    r"(\d(?:[.\s-]?\d){7,8})(?!\d)",
    re.IGNORECASE,
)
_EMPLOYEE = re.compile(
    r"\b(?:(?:personeels|medewerkers?|werknemers?|registratie|employee|salaris)[\s-]?"
    r"(?:nummer|nr|no|id|number)s?|pers(?:oneels)?\.?\s?nr|p[.-]?\s?nr|p-?nummer|persnr|pnr)"
    r"\.?[\s:,;#=()–-]{0,4}(?:(?:is|was|luidt|staat op)\s*:?\s*)?(?:[A-Z]{1,2}-?)?\d{4,9}\b",
    re.IGNORECASE,
)
_POSTCODE = re.compile(
    r"\b[1-9]\d{3}\s?(?P<letters>[A-Za-z]{2})\b"
    r"(?P<number>[\s,]{1,3}(?:nr\.?\s?)?\d{1,4}(?:\s?[a-zA-Z]\b|-\d{1,4})?\b)?"
)
_STREET_END = (
    r"(?:straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|steeg|pad|hof|park|wijk|"
    r"hout|horst|vaart|brink|dijkje|polder|meer|berg|heuvel|bos|"
    r"dreef|plantsoen|markt|baan|wal|erf|ring|allee|boulevard|kwartier|veld|haven|"
    r"burgwal|poort|dam|zijde|oord|kant|hoven|akker|weide|straatje)"
)
_STREET_WORDS = (
    r"(?:[A-Z][\w'.-]*|van|de|der|den|het|'t|burgemeester|prins|prinses|koningin|"
    r"koning|graaf|gravin|generaal|dokter|dr\.|pastoor|sint|st\.|oude|nieuwe|korte|"
    r"lange|hoge|lage|groot|klein|noord|zuid|oost|west)"
)
_ADDRESS = re.compile(
    r"\b(?:"
    + _STREET_WORDS
    + r"\s+){0,3}[A-Za-zÀ-ÿ'-]{2,}"
    + _STREET_END
    + r"\s+\d{1,4}(?:\s?[a-zA-Z](?![\w])|-\d{1,4}|\s?(?:hs|bis|I{1,3})\b)?(?!\s?(?:%|km|m\b|keer|jaar|uur))"
    r"|\b(?i:laan|plein|straat|dreef|weg)\s+(?:van|der|de|den|op|in|achter|langs)(?:\s+[\w'-]+){1,3}"
    r"\s+\d{1,4}(?:\s?[a-zA-Z](?![\w])|-\d{1,4})?"
)
_HOUSE = r"\d{1,4}(?:\s?[a-zA-Z](?![\w])|-\d{1,4}|\s?(?:hs|bis|I{1,3})\b)?"
# "Lange Voorhout 92, 2514 EC", or after "adres", "woon(achtig)", "langs op": any street name
_BEFORE_POSTCODE = re.compile(
    r"\b(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]+\s+" + _HOUSE + r"(?=,?\s+[1-9]\d{3}\s?[A-Za-z]{2}\b)"
)
_AFTER_CUE = re.compile(
    r"(?i:\b(?:adres|huisadres|woonadres|woonachtig|woon(?:t|de)?\s+(?:op|aan|in)"
    r"|langs\s+op|verhuisd\s+naar)\b[\s:(]*(?:is\s+)?)"
    r"((?:(?:[A-Za-z][\w'.-]*|van|de|der|den)\s+){0,3}[A-Za-z][\w'-]+\s+" + _HOUSE + r")"
)
_TEAM_CUE = r"(?:team|unit|cluster|vakgroep|eenheid)"
_DEPT_CUE = (
    r"(?:afdeling|afd\.|directie|directoraat(?:-generaal)?|dg|sector|bureau|dienst|"
    r"stafafdeling|hoofdafdeling|divisie|district|regiokantoor|vestiging)"
)
# a capitalised name: "team Inkoop Noord", "afdeling HR-advies", "directie Financiën",
# "Team Data & Analyse", "team ICT Servicedesk B"
_NAMED = re.compile(
    rf"(?i:\b(?P<cue>{_TEAM_CUE}|{_DEPT_CUE}))[ \t]+(?P<name>(?:[A-ZÀ-Ý0-9][\w&'-]*|[a-zà-ÿ]+-[A-Za-zÀ-ÿ-]+"
    rf"|[A-Z]&[A-Z])(?:[ \t]+(?:(?:&|en|de|den|der|van|voor|in|op)[ \t]+)?(?:[A-ZÀ-Ý0-9][\w&'-]*))*"
    rf"(?:(?:,[ \t]+[A-ZÀ-Ý][\w'-]*)+[ \t]+(?:en|&)[ \t]+[A-ZÀ-Ý][\w'-]*)?)"
)
# a lower-case name: "(team inkoop noord)", "bij team post en archief", "afdeling handhaving."
_LOWER = re.compile(
    rf"(?i:\b(?P<cue>{_TEAM_CUE}|{_DEPT_CUE}))[ \t]+"
    rf"(?P<name>[a-zà-ÿ][\w'-]*(?:[ \t]+(?:&[ \t]+)?[a-zà-ÿ0-9][\w'-]*){{0,4}})"
)
_BEFORE = re.compile(r"(?:(?P<word>[\w'’]+)\s+|(?P<mark>[(\[,;:.!?\"“])\s*|^\s*)$")
# words before "team" that make it any team, not a named one ("mijn team", "het hele team")
_GENERIC_BEFORE = frozenset(
    "de het een mijn m'n ons onze jouw je jullie zijn z'n haar hun dit dat deze die elk elke "
    "ieder iedere welk welke ander andere hele heel zelfde eigen nieuwe nieuw oude vorig "
    "vorige huidige ons hetzelfde zo'n zulk zulke geen ieders per".split()
)
_INSIDE = frozenset("en & de den der van voor".split())
_TWO_LETTER_CODES = frozenset(
    "HR IT PR OR MT DG OM NS VS EU UK AI BV NV PZ PO VO WO SA SD SS EZ OV ID CV TV GGZ".split()
)


def _bsn_valid(digits: str) -> bool:
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def spans(text: str) -> Iterator[Span]:
    """Every shaped item in ``text`` as (start, end, kind); they may overlap."""
    for pattern, kind in (
        (_EMAIL, "email"),
        (_IBAN, "iban"),
        (_PHONE, "phone"),
        (_EMPLOYEE, "employee_number"),
    ):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), kind
    for match in _BSN.finditer(text):
        if _bsn_valid(re.sub(r"\D", "", match.group(0))):
            yield match.start(), match.end(), "bsn"
    for match in _BSN_CUE.finditer(text):
        yield match.start(1), match.end(1), "bsn"
    yield from _addresses(text)
    yield from _units(text)


def _addresses(text: str) -> Iterator[Span]:
    for match in _POSTCODE.finditer(text):
        letters = match.group("letters")
        if letters.isupper():
            if letters in _TWO_LETTER_CODES and not match.group("number"):
                continue
        elif letters.islower():
            spaced = not match.group(0)[4].isdigit() and match.group(0)[4].isspace()
            if spaced and (letters in words() or not match.group("number")):
                continue  # "2023 en 2024", "1998 ik"
        else:
            continue
        yield match.start(), match.end(), "address"
    for match in _ADDRESS.finditer(text):
        yield match.start(), match.end(), "address"
    for match in _BEFORE_POSTCODE.finditer(text):
        yield match.start(), match.end(), "address"
    for match in _AFTER_CUE.finditer(text):
        yield match.start(1), match.end(1), "address"


def _units(text: str) -> Iterator[Span]:
    """Team and department names, capitalised or (without "mijn", "het" before) lower-case."""
    for match in _NAMED.finditer(text):
        name = match.group("name")
        parts = name.split()
        while parts and parts[-1].lower() in _INSIDE:
            parts.pop()
        if not parts or (len(parts) == 1 and parts[0].lower() in stop_words()):
            continue
        yield match.start(), match.start("name") + _end_of(name, parts), _kind(match.group("cue"))
    for match in _LOWER.finditer(text):
        preceding = _BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        if preceding is None:
            continue  # "voetbalteam", or a word joined to the cue
        before = (preceding.group("word") or "").lower()
        if before in _GENERIC_BEFORE or (
            before.endswith("e") and before in words() and before not in stop_words()
        ):
            continue
        taken = _lower_name(match.group("name"), preceding.group("mark") or "")
        if taken:
            end = match.start("name") + len(taken)
            yield match.start("cue"), end, _kind(match.group("cue"))


def _lower_name(name: str, opening: str) -> str:
    """The part of the words after a cue that is the team's name: in parentheses all of
    them; otherwise up to a stop word (not a name at all when the first word is one)."""
    parts = name.split()
    stops = stop_words()
    if opening == "(":
        return name
    if parts[0].lower() in stops or _verb(parts[0].lower()):
        return ""
    taken: list[str] = []
    for i, part in enumerate(parts):
        low = part.lower()
        if low in _INSIDE and i + 1 < len(parts) and parts[i + 1].lower() not in stops:
            taken.append(part)
            continue
        if low in stops or _verb(low):
            break
        taken.append(part)
    while taken and taken[-1].lower() in _INSIDE:
        taken.pop()
    # keep the spacing of the original
    return name[: _end_of(name, taken)] if taken else ""


def _end_of(name: str, parts: list[str]) -> int:
    position = 0
    for part in parts:
        position = name.index(part, position) + len(part)
    return position


_VERBS = frozenset(
    "ging gaat gingen kwam komt kwamen keek kijkt kreeg krijgt kregen zag ziet zei "
    "zegt deed doet liep loopt bleef blijft stond staat zat zit lag ligt nam neemt "
    "gaf geeft vond vindt wist weet dacht denkt bracht brengt sprak spreekt hoorde "
    "reageerde reageert werkt werkte werken lachte heeft hebben had hadden is was "
    "werd wordt kan kon moet moest wil wilde zou mag mocht".split()
)


def _verb(low: str) -> bool:
    """A verb form that ends a lower-case team name ("team keek weg")."""
    vocabulary = words()
    return (
        low in _VERBS
        or (
            len(low) > 3
            and low.endswith("t")
            and not low.endswith("st")
            and low[:-1] + "en" in vocabulary
        )
        or (len(low) > 4 and low.endswith(("de", "te")) and low[:-2] + "en" in vocabulary)
        or (low.startswith("ge") and low.endswith(("d", "t")) and low in vocabulary)
        or (len(low) > 5 and low.endswith("d") and low[:-1] + "en" in vocabulary)
    )  # veranderd


def _kind(cue: str) -> str:
    return "team" if re.fullmatch(_TEAM_CUE, cue, re.IGNORECASE) else "department"
