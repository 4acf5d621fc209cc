"""What one "Label:" at the start of a transcript line looks like, on its own.

:func:`label_shape` sorts a label into one of the shapes below, from the words people use
in Dutch (and English) transcripts: parliamentary minutes ("De voorzitter", "De heer
Omtzigt (NSC)", "Minister De Jonge", "Fractie CDA/ChristenUnie"), interviews ("I", "R",
"Interviewer", "Respondent 3"), focus groups ("Deelnemer 4", "P2", "Moderator (M)") and
names ("Anna", "Mw. de Vries", "Karel van Dam"). The file-wide decision (how often a label
is used, timestamps, the user's lists) is made in :mod:`._speakers`.

Shapes
    ``role``      a role or title word: voorzitter, minister, deelnemer, mevrouw, de heer...
    ``code``      a short code: "I", "R", "P2", "R-3", "FG1"
    ``name``      a first name from the list, two or more capitalised words ("Van Dijk",
                  "Karel Verbeek"), or a capitalised word with a parenthesis ("Jansen (VVD)")
    ``single``    one capitalised word that is none of the above ("Omtzigt", "Belangrijk"):
                  a speaker if the file says so, otherwise the user must decide
    ``heading``   a heading or metadata key: Datum, Aanwezig, Besluit, Let op, Noot...
    ``sentence``  text: a lower-case word that is not part of a name or role ("Ik zei toen",
                  "Mijn teamleider zei"), or it starts with a pronoun or discourse word
"""

from __future__ import annotations

import re
from functools import lru_cache

ROLE, CODE, NAME, SINGLE, HEADING, SENTENCE = (
    "role",
    "code",
    "name",
    "single",
    "heading",
    "sentence",
)

# Lower-case words inside names ("Mw. de Vries", "Van der Berg", "El Amrani").
PARTICLES = frozenset(
    "de der den van von het 't ter ten te la le du di da del dos des op in 'n d' vd v.d. el al bin ben ibn "
    "und zu &".split()
)
TITLES = frozenset(
    "heer meneer mevrouw mevr mevr. mw mw. dhr dhr. mr mr. mrs mrs. ms ms. dr dr. drs drs. prof prof. ir ir. "
    "ing ing. juffrouw".split()
)
ROLES = frozenset(
    """voorzitter vicevoorzitter vz vz. moderator moderatrice gespreksleider gespreksleidster facilitator
    begeleider begeleidster interviewer interviewster onderzoeker onderzoekster observator observer
    waarnemer notulist notuliste respondent respondente geïnterviewde geinterviewde interviewee
    deelnemer deelneemster deelnemers participant participants spreker spreekster sprekers speaker
    inspreker insprekers minister staatssecretaris premier minister-president kamerlid kamerleden lid
    leden fractie fractievoorzitter commissaris burgemeester wethouder griffier raadslid statenlid
    secretaris rapporteur getuige deskundige expert tolk gast gasten allen iedereen meerdere onbekend
    onbekende stem publiek zaal collega medewerker medewerkster manager leidinggevende teamleider
    directeur vertrouwenspersoon adviseur coach trainer docent student ouder cliënt client klant
    man vrouw chair chairman chairwoman chairperson host guest researcher member audience unknown
    unidentified several all interpreter""".split()
)
# Lower-case words that may join the words of a role: "Minister voor Rechtsbescherming".
ROLE_LINKS = frozenset("voor en namens uit of bij".split())
# A first word that makes the label a sentence: pronouns, determiners, discourse words.
SENTENCE_STARTS = frozenset(
    """ik jij je hij zij ze wij we jullie u men mijn m'n jouw zijn z'n haar onze ons hun uw die dat dit
    deze daar hier er iemand niemand niets niks iets geen elke ieder zo als toen dan nu wel niet ook
    nog om want maar en of dus omdat terwijl hoewel ja nee nou oké ok okay goed prima precies
    inderdaad klopt zeker juist kortom samengevat samenvattend daarom daarnaast bovendien vervolgens
    verder eerst daarna uiteindelijk achteraf eigenlijk helaas gelukkig natuurlijk uiteraard
    bijvoorbeeld bv bijv namelijk oftewel ofwel trouwens overigens nogmaals kijk zie luister hoe wat
    wie waar waarom wanneer welke hallo hoi dag welkom goedemorgen goedemiddag goedenavond bedankt
    dank dankjewel sorry pardon excuus tja hmm eh ehm uh echt serieus letterlijk citaat quote
    yes no well so but and i'm we're""".split()
)
# Headings and metadata keys, with or without a number after them ("Agendapunt 3").
HEADINGS = frozenset(
    """datum tijd tijdstip plaats locatie aanwezig aanwezigen afwezig afwezigen afgemeld verhinderd
    verslag verslaglegging notulen onderwerp onderwerpen agenda agendapunt punt bijlage bijlagen bron
    bronnen titel duur opname opnamedatum transcriptie transcript codering thema toelichting
    samenvatting inleiding context achtergrond doel resultaat resultaten stemming uitslag besluit
    besluiten besluitenlijst actie acties actiepunt actiepunten toezegging toezeggingen afspraak
    afspraken conclusie conclusies noot nb n.b. ps p.s. opmerking opmerkingen tip waarschuwing
    belangrijk focusgroep groep groepsgesprek interview sessie bijeenkomst vergadering aanvang
    sluiting pauze einde vervolg
    date time place location present absent attendees subject topic summary decision decisions
    action actions note notes title duration recording minutes""".split()
) | frozenset(
    [
        "let op",
        "let wel",
        "bericht van verhindering",
        "ten eerste",
        "ten tweede",
        "ten slotte",
        "tot slot",
        "met name",
        "kort gezegd",
        "eerlijk gezegd",
    ]
)

_PARENS = re.compile(r"[(\[][^)\]]*[)\]]")
_TRAILING_NUMBER = re.compile(r"(?:\s*[-#]?\s*\d+[a-z]?|[\s\-]+[ivx]+)\.?$")
_CODE = re.compile(r"^(?:[A-Z]{1,2}|[A-Za-z]{1,3}[ \-]?\d{1,3}[a-z]?)$")
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]\.?[A-Z]?\.?$")


def core_and_notes(label: str) -> tuple[str, list[str]]:
    """ "Mevrouw Van der Berg (voorzitter)" -> ("Mevrouw Van der Berg", ["voorzitter"])."""
    if "(" not in label and "[" not in label:
        return label, []
    notes = [m.group(0)[1:-1] for m in _PARENS.finditer(label)]
    return " ".join(_PARENS.sub(" ", label).split()), notes


def _role_word(fold: str) -> bool:
    """ "deelnemer", also written with its number: "deelnemer1", "respondent-3"."""
    return fold in ROLES or re.sub(r"[-_]?\d+[a-z]?$", "", fold) in ROLES


def _fold(word: str) -> str:
    return word.casefold().strip(",;")


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    from workbench.privacy import first_names

    return first_names()


def label_shape(label: str) -> str:
    """The shape of a speaker label on its own (see the module docstring)."""
    core, notes = core_and_notes(label)
    words = core.split()
    if not words:  # "(M)": nothing but a note
        return CODE
    folded = [_fold(w) for w in words]
    if _TRAILING_NUMBER.sub("", core.casefold()).strip() in HEADINGS:
        return HEADING
    if folded[0] in SENTENCE_STARTS:
        return SENTENCE
    note_words = {_fold(w) for note in notes for w in note.split()}
    role = any(_role_word(f) or f in TITLES or f.rstrip(".") in TITLES for f in folded) or bool(
        note_words & ROLES
    )
    allowed = PARTICLES | ROLES | TITLES | (ROLE_LINKS if role else frozenset())
    for position, (word, fold) in enumerate(zip(words, folded)):
        letters = [c for c in word if c.isalpha()]
        if not letters or letters[0].isupper() or fold in allowed or fold.rstrip(".") in TITLES:
            continue
        if position == 0 and fold in _first_names():
            continue
        return SENTENCE
    if role:
        return ROLE
    if _CODE.match(core) and folded[0] not in HEADINGS:
        return CODE
    capitalised = [w for w in words if _starts_upper(w) and not _INITIAL.match(w)]
    if folded[0] in _first_names() or len(capitalised) >= 2 or (notes and capitalised):
        return NAME
    if capitalised and any(
        _INITIAL.match(w.rstrip(",")) for w in words
    ):  # "J. Jansen", "Jansen, J."
        return NAME
    return SINGLE


def _starts_upper(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper()


def same_speaker_key(label: str) -> str:
    """A key under which labels that are probably the same speaker meet: "Deelnemer 1",
    "deelnemer1", "Deelnemer 1 (vrouw)"; "De voorzitter" and "Voorzitter"."""
    core, _ = core_and_notes(label)
    words = core.casefold().split()
    while len(words) > 1 and words[0] in ("de", "het", "the"):
        words = words[1:]
    return re.sub(r"[\W_]+", "", " ".join(words))


def is_name_value(text: str) -> bool:
    """Whether the text after a label is just a name or a list of names ("Van der Berg",
    "mevrouw Kuiken", "Anna de Vries, Bert Jansen"): header information, not a turn."""
    text = text.strip()
    if not text or len(text) > 120 or text[-1] in ".?!:;\"'”…":
        return False
    parts = [p.strip() for p in re.split(r",|\s+en\s+|\s*&\s*", text) if p.strip()]
    return bool(parts) and all(_is_name(p) for p in parts)


def _is_name(part: str) -> bool:
    core, _ = core_and_notes(part)
    words = core.split()
    if not words or len(words) > 6:
        return False
    capitalised = 0
    for word in words:
        fold = _fold(word)
        if (
            fold in PARTICLES
            or fold in TITLES
            or fold.rstrip(".") in TITLES
            or _INITIAL.match(word)
        ):
            capitalised += (
                fold in TITLES or fold.rstrip(".") in TITLES or bool(_INITIAL.match(word))
            )
            continue
        if not word[0].isupper() or not any(c.isalpha() for c in word):
            return False
        capitalised += 1
    titled = any(_fold(w).rstrip(".") in TITLES or _fold(w) in TITLES for w in words)
    return (
        capitalised >= 2
        or titled
        or _fold(words[0]) in _first_names()
        or (len(words) >= 2 and _fold(words[0]) in PARTICLES)
    )
