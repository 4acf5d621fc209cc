"""Person names in Dutch survey text, in any case and with any origin.

A name starts at one piece of evidence and then takes in what follows it (tussenvoegsels
and surname words):

- a title or role before it ("mevrouw", "dhr.", "collega", "mijn leidinggevende");
- initials ("J. de Vries", "J.P. Balkenende");
- a known first name (also in lower case, and possessive: "Jans", "Fatima's"), unless it
  is an ordinary word too ("roos", "mark", "bas") and nothing else says it is a name;
- a known surname ("de Vries", "yilmaz");
- a capitalised word inside a sentence that is neither an ordinary Dutch word nor a place
  or organisation ("Kerem", "Wouter Zandbergen"), or that stands alone among lower-case
  words or where people are spoken of ("zat Trijntje erbij", "volgens Kaan");
- unknown lower-case words next to a name word or where people are spoken of ("kerem
  yıldırım", "met kerem", "op fadwa's verjaardag").

"Unknown" means: not on the Dutch word list and not one letter off a word on it
(:func:`.lexicon.is_word`). Place names are not redacted on their own: they are not
personal data, and answers need them ("in Den Haag"); inside a team name or an address
they go with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import first_names, is_word, not_name_words, proper_nouns, surnames, words

_TOKEN = re.compile(
    r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*"
    r"(?:['’]s\b)?|'t\b|’t\b"
)
PARTICLES = frozenset(
    "van de der den te ten ter het 't ’t in op uit d' da das dos du del della "
    "di la le el al ben bin ibn abu von vom zu v.d. vd".split()
)
# titles: whatever word follows is taken as a name ("meneer bakker")
TITLES = frozenset(
    "meneer mevrouw mevr mw mvr mevrouwtje dhr heer mr dr drs ir ing prof juf "
    "juffrouw meester zuster broeder".split()
)
# roles: a following word is a name when it is a name on its own evidence or unknown
ROLES = frozenset(
    "collega leidinggevende teamleider teamleidster "
    "manager chef baas directeur afdelingshoofd teamgenoot teamgenote "
    "vertrouwenspersoon coördinator coordinator mentor buddy adviseur "
    "hr-adviseur medewerker medewerkster stagiair stagiaire genaamd heet "
    "heette namens lg mt-lid supervisor opleider coach vriendin vriend "
    "buurman buurvrouw klant".split()
)
# first names that are ordinary words too: alone and in lower case they are left alone
AMBIGUOUS = frozenset(
    "roos iris mark bas rob ben wil lot els frank mei merel ton wei adam "
    "nadir tri max fleur hoop storm jet ad mees made lieve joke amber rosa "
    "junior teddy toon lex peer ester bob can said ling floor sterre hans "
    "ali".split()
)
_DETERMINERS = frozenset("de het een die deze dat die zo'n elke iedere welke".split())
_SENTENCE_END = re.compile(r"[.!?:;\"“”'‘\n]|^$")


@dataclass
class _Tok:
    text: str
    start: int
    end: int
    low: str
    shape: str  # "lower", "title", "upper"
    sentence_start: bool
    gap_ok: bool  # only spaces between this token and the one before
    gap_after: str = ""  # the text up to the next token


def _tokens(text: str) -> list[_Tok]:
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    tokens: list[_Tok] = []
    last = 0
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        gap = text[last : match.start()]
        if shouting or word[0].islower() or not word[0].isalpha():
            shape = "lower"
        elif len(word) > 1 and word.isupper():
            shape = "upper"
        else:
            shape = "title"
        before = text[: match.start()].rstrip()
        sentence_start = not tokens or bool(_SENTENCE_END.search(before[-1:]))
        if tokens:
            tokens[-1].gap_after = gap
        tokens.append(
            _Tok(
                word,
                match.start(),
                match.end(),
                word.lower(),
                shape,
                sentence_start,
                bool(tokens) and gap.strip() == "",
            )
        )
        last = match.end()
    return tokens


def _base(low: str) -> str:
    """A possessive's name: "fatima's" -> "fatima", "jans" -> "jan" (known names only)."""
    for suffix in ("'s", "’s"):
        if low.endswith(suffix):
            return low[:-2]
    if low.endswith("s") and low[:-1] in first_names() and low not in first_names():
        return low[:-1]
    return low


def _known_first(tok: _Tok) -> bool:
    """A known first name, or a double one of known or unknown parts ("femke-lot")."""
    low = _base(tok.low)
    if low in first_names():
        return True
    parts = low.split("-")
    return (
        len(parts) > 1
        and any(p in first_names() for p in parts)
        and all(p in first_names() or not is_word(p) for p in parts if p)
    )


def _known_surname(tok: _Tok) -> bool:
    low = _base(tok.low)
    return low in surnames() or any(p in surnames() for p in low.split("-") if len(p) > 2)


_ADJECTIVE = re.compile(r"(aanse?|aarse|eense|ese|ische?|iaanse?|eese|anse)$")  # "Bulgaarse"


def _unknown(tok: _Tok) -> bool:
    """Neither an ordinary word (or, in lower case, a typo of one) nor a place or
    organisation. Of a capitalised double name ("Natasha-Lee", "Tjon-A-Loi") one part
    being unknown is enough."""
    low = _base(tok.low)
    parts = [p for p in low.split("-") if len(p) > 1]
    if not parts or any(p in proper_nouns() for p in parts) or _ADJECTIVE.search(low):
        return False
    lower = tok.shape == "lower"
    if not lower and any(p.islower() and is_word(p) for p in tok.text.split("-")[1:]):
        return False  # "Prinsjesdag-borrel", "Pride-maand": a compound noun
    compounds = lower or tok.sentence_start  # "Dialoogsessies" at a sentence's start
    unknown = [not is_word(p, typos=lower, compounds=compounds) for p in parts]
    return all(unknown) if lower or len(parts) == 1 else any(unknown)


def _verb_like(low: str) -> bool:
    """Looks like a finite verb ("vond", "lachte", "zegt"): not a name after "meneer"."""
    vocabulary = words()
    return (
        (low.endswith(("de", "te")) and low[:-2] + "en" in vocabulary)
        or (low.endswith("t") and not low.endswith("st") and low[:-1] + "en" in vocabulary)
        or (low.startswith("ge") and low.endswith(("d", "t")) and low in vocabulary)
    )


def _acronym(tok: _Tok) -> bool:
    return tok.shape == "upper" and len(tok.text) <= 3


def _surname_part(tok: _Tok, after_particle: bool, strict: bool, particle: str = "") -> bool:
    """Can ``tok`` continue a name (as a surname word)? ``particle``: the first
    tussenvoegsel before it, if any."""
    if tok.low in not_name_words() and not _known_surname(tok):
        return False
    if tok.low in proper_nouns() and not _known_surname(tok):
        # "van Wageningen", "ten Haaf", not "van Surinaamse afkomst" or "in Den Haag"
        return particle in ("van", "ten", "ter", "uit") and not tok.low.endswith(
            ("s", "se", "sche")
        )
    if tok.shape in ("title", "upper") and not _acronym(tok):
        return True
    if _known_surname(tok) or _known_first(tok):
        return True
    if after_particle and not strict:
        return True
    return _unknown(tok)


def _particles(tokens: list[_Tok], i: int) -> int:
    """How many particle tokens start at ``i`` (0-3), joined by spaces only."""
    n = 0
    while (
        i + n < len(tokens)
        and n < 3
        and tokens[i + n].low in PARTICLES
        and (n == 0 or tokens[i + n].gap_ok)
    ):
        n += 1
    return n


def _plain(tok: _Tok) -> bool:
    """A lower-case word that can be a surname after a lower-case first name
    ("zakia wagemakers"): not a stop word, verb, place or short word."""
    return (
        tok.shape == "lower"
        and len(tok.low) >= 3
        and tok.low not in not_name_words()
        and tok.low not in proper_nouns()
        and not _verb_like(tok.low)
    )


def _extend(tokens: list[_Tok], i: int, strict: bool, loose: bool = True) -> int:
    """Index after the name that starts with tokens[i] (which is already taken)."""
    j = i + 1
    words = 0
    while j < len(tokens) and tokens[j].gap_ok and words < 3:
        n = _particles(tokens, j)
        k = j + n
        strong = n >= 2 and tokens[k - 1].low in ("der", "den", "'t", "’t")  # "van der"
        if (
            k < len(tokens)
            and tokens[k].gap_ok
            and (
                _surname_part(
                    tokens[k], n > 0, not strong and (strict or n >= 1), tokens[j].low if n else ""
                )
                or (
                    loose
                    and words == 0
                    and n <= 1
                    and tokens[i].shape == "lower"
                    and _plain(tokens[k])
                )
            )
        ):
            j, words = k + 1, words + 1
            continue
        break
    return j


def _initials(text: str, tokens: list[_Tok], i: int) -> int:
    """Number of initials ("J.", "J.P.", "j. p.") starting at tokens[i], 0 when none."""
    n = 0
    while i + n < len(tokens):
        tok = tokens[i + n]
        if (
            len(tok.text) == 1
            and tok.text.isalpha()
            and text[tok.end : tok.end + 1] == "."
            and (tok.start == 0 or not text[tok.start - 1].isalnum())
            and (tok.text.isupper() or n > 0 or i + n + 1 < len(tokens))
        ):
            n += 1
            continue
        break
    return n


def spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Person names in ``text`` as (start, end, "name")."""
    tokens = _tokens(text)
    i = 0
    while i < len(tokens):
        found = _name_at(text, tokens, i)
        if found is None:
            i += 1
            continue
        start, end = found
        if end <= start:
            i += 1
            continue
        # a capitalised word right before ("Berthe Elzinga") is a first name
        if start > 0 and tokens[start].gap_ok and tokens[start].shape != "lower":
            prev = tokens[start - 1]
            if (
                prev.shape == "title"
                and prev.low not in not_name_words()
                and prev.low not in proper_nouns()
                and prev.low not in ROLES | TITLES
                and (not prev.sentence_start or not is_word(prev.low))
            ):
                start -= 1
        # a particle before a surname belongs to it ("met de Vries"), not before a first name
        if _known_surname(tokens[start]) and not _known_first(tokens[start]):
            while (
                start > 0
                and tokens[start].gap_ok
                and tokens[start - 1].low in PARTICLES
                and tokens[start - 1].low not in ("in", "op", "uit", "het", "te")
            ):
                start -= 1
        yield tokens[start].start, tokens[end - 1].end, "name"
        i = end


def _name_at(text: str, tokens: list[_Tok], i: int) -> tuple[int, int] | None:
    """The token range of a name that tokens[i] starts (or its cue does); None if none."""
    tok = tokens[i]
    if (
        tok.low.rstrip(".") in TITLES
        or tok.low in ROLES
        or (tok.low == "heer" and i and tokens[i - 1].low == "de")
    ):
        return _after_cue(text, tokens, i, title=tok.low.rstrip(".") in TITLES or tok.low == "heer")
    end = _evidence_end(text, tokens, i)
    return (i, end) if end > i else None


def _evidence_end(text: str, tokens: list[_Tok], i: int) -> int:
    """Index after a name that tokens[i] starts on its own evidence; ``i`` when none."""
    tok = tokens[i]
    n = _initials(text, tokens, i)
    if n:
        k = i + n
        p = _particles(tokens, k)
        if (
            k + p < len(tokens)
            and tokens[k + p].low not in not_name_words()
            and (
                _surname_part(tokens[k + p], p > 0, strict=True)
                or (tokens[k + p].shape == "lower" and not _verb_like(tokens[k + p].low))
            )
        ):
            return _extend(tokens, k + p, strict=False)
        return i
    if tok.low in not_name_words() and not _known_first(tok):
        return i
    if _known_first(tok):
        ambiguous = _base(tok.low) in AMBIGUOUS or tok.low in not_name_words()
        if tok.shape == "lower" and ambiguous:  # "ik ben bang": only with a surname after it
            after = _extend(tokens, i, strict=True, loose=False)
            return after if after > i + 1 else i
        after = _extend(tokens, i, strict=tok.shape == "lower")
        if after > i + 1:
            return after
        if tok.shape == "lower":
            return i + 1 if not ambiguous else i
        if ambiguous and tok.sentence_start:
            return i
        if _acronym(tok) and ambiguous:
            return i
        return i + 1
    if _known_surname(tok):
        if tok.shape == "lower" and is_word(tok.low):
            return i
        if tok.shape != "lower" and tok.sentence_start and is_word(tok.low):
            return i
        return _extend(tokens, i, strict=True)
    if (
        tok.shape == "lower"
        and _plain(tok)
        and i + 1 < len(tokens)
        and tokens[i + 1].gap_ok
        and tokens[i + 1].shape == "lower"
        and len(tokens[i + 1].low) >= 4
        and _unknown(tokens[i + 1])
        and not is_word(tokens[i + 1].low, loose=True)
        and (i == 0 or tokens[i - 1].low not in _DETERMINERS)
    ):
        return _extend(tokens, i + 1, strict=True)  # "levent altıntaş": a name that is a word too
    if (
        tok.shape == "title"
        and not tok.sentence_start
        and tok.gap_ok
        and tok.low not in proper_nouns()
        and not _unknown(tok)
        and (_person_context(tokens, i) or _isolated(tokens, i))
    ):
        return _extend(tokens, i, strict=False)  # "volgens Kaan moet", a name that is a word too
    if _unknown(tok) and not _acronym(tok) and len(tok.text) >= 3 and not _place_like(tokens, i):
        after = _extend(tokens, i, strict=True)
        if tok.shape == "lower":
            return _lower_unknown(tokens, i, after)
        return after
    return i


_PERSON_BEFORE = frozenset(
    "met aan bij tegen door zoals namens zei vroeg belde mailde sprak "
    "volgens naar toen sinds vooral heeft van".split()
)
_PERSON_AFTER = frozenset(
    "zei zegt heeft had is was kan kon vond deed en die weet wist lachte belde mailde".split()
)


def _isolated(tokens: list[_Tok], i: int) -> bool:
    """A capitalised word alone inside a lower-case sentence ("zat Trijntje erbij"):
    Dutch capitalises no ordinary word there, so it is a name (places, organisations
    and feasts are on the proper-noun list)."""
    tok = tokens[i]
    if (
        len(tok.low) < 3
        or tok.low in not_name_words()
        or _ADJECTIVE.search(tok.low)
        or "-" in tok.low
        or tok.text.split("'")[0].isupper()
    ):  # "Pride-maand", "DG's"
        return False
    before = tokens[i - 1]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if before.shape != "lower" or (after is not None and after.gap_ok and after.shape != "lower"):
        return False
    # not a word of a capitalised title: "Justitie en Veiligheid", "Academie voor Communicatie"
    for link, other in ((i - 1, i - 2), (i + 1, i + 2)):
        if (
            0 <= other < len(tokens)
            and tokens[link].low in _LINKS
            and tokens[other].shape == "title"
            and tokens[link].gap_ok
            and tokens[max(link, other)].gap_ok
        ):
            return False
    return True


_LINKS = frozenset("en & van voor der de den het op in aan met tegen over tot".split())


def _person_context(tokens: list[_Tok], i: int) -> bool:
    """Words around tokens[i] that speak of a person ("volgens X moet", "X zei"); not the
    end of a capitalised title ("Coördinator Discriminatie en Racisme heeft")."""
    before = tokens[i - 1].low if i and tokens[i].gap_ok else ""
    if before in ("en", "&") and i > 1 and tokens[i - 2].shape == "title":
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].gap_ok else None
    return before in _PERSON_BEFORE - {"van", "heeft"} or (
        nxt is not None and nxt.low in _PERSON_AFTER and nxt.low not in ("en", "die", "is", "was")
    )


def _lower_unknown(tokens: list[_Tok], i: int, after: int) -> int:
    """A name from an unknown lower-case word: with a second name word after it
    ("kerem yıldırım", "pepijn dijkhuizen"), or alone where people are spoken of
    ("met kerem", "lieuwe zei")."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].gap_ok else None
    if (
        after > i + 1
        and nxt is not None
        and (_unknown(nxt) or _known_surname(nxt) or nxt.low in PARTICLES)
    ):
        return after
    if (
        nxt is not None
        and nxt.shape == "lower"
        and len(tok.low) >= 4
        and not is_word(tok.low, loose=True)
        and nxt.low not in not_name_words()
        and nxt.low not in proper_nouns()
        and not _verb_like(nxt.low)
        and len(nxt.low) >= 3
    ):
        return i + 2
    before = tokens[i - 1].low if i and tok.gap_ok else ""
    if tok.low.endswith(("'s", "’s")) and len(tok.low) >= 5:
        return i + 1  # "op fadwa's verjaardag": a possessive of an unknown word
    aside = (
        i + 1 < len(tokens)
        and not tokens[i + 1].gap_ok
        and text_between(tokens, i).lstrip().startswith(("(", ","))
    )  # "grażyna (teamleider)"
    if len(tok.low) >= 4 and (
        before in _PERSON_BEFORE or aside or (nxt is not None and nxt.low in _PERSON_AFTER)
    ):
        return i + 1
    return i


def text_between(tokens: list[_Tok], i: int) -> str:
    """What stands between tokens[i] and the next token."""
    return tokens[i].gap_after


_STREET = re.compile(
    r"(straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|plantsoen|"
    r"markt|park|hof|haven|burgwal|pad)$"
)
_TO_PLACE = frozenset("in uit richting vanuit nabij rond".split())  # "naar" goes to people too


def _place_like(tokens: list[_Tok], i: int) -> bool:
    """An unknown word that names a place: a street ("Wilhelminakade") or, on its own,
    after "in", "uit" or "naar" ("in Zierikzee")."""
    tok = tokens[i]
    if _STREET.search(tok.low) and len(tok.low) > 6:
        return True
    if tok.shape == "lower" or not tok.gap_ok:
        return False
    j = i - 1
    while j > 0 and tokens[j].low in PARTICLES and tokens[j].shape != "lower" and tokens[j].gap_ok:
        j -= 1  # "in Den Helder", "naar Ter Apel"
    if j >= 0 and tokens[j].low in _TO_PLACE:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return nxt is None or not nxt.gap_ok or nxt.shape == "lower"
    if j >= 1 and tokens[j].low in ("en", "of") and tokens[j - 1].shape != "lower":
        return _place_like(tokens, j - 1)  # "in Zierikzee en Spijkenisse"
    return False


def _after_cue(text: str, tokens: list[_Tok], i: int, title: bool) -> tuple[int, int] | None:
    """A name after a title or role (token range); the cue itself is not part of it."""
    k = i + 1
    if k >= len(tokens) or text[tokens[i].end : tokens[k].start].strip(" ." if title else " "):
        return None  # "collega, die" or "collega. Daarna": no name follows
    n = _initials(text, tokens, k)
    p = _particles(tokens, k + n)
    first = k + n + p
    if first >= len(tokens) or not tokens[first].gap_ok and n + p:
        return None
    cand = tokens[first]
    if cand.low in not_name_words() and not (_known_first(cand) or _known_surname(cand)):
        return None
    if cand.low in proper_nouns() or cand.low in ROLES or cand.low in TITLES:
        return None
    at = i - 1 if tokens[i].low == "heer" else i  # "de heer": look before "de"
    noun = at > 0 and tokens[at - 1].low in _DETERMINERS  # "een meneer zei": no title
    evidence = (
        n
        or (p and (cand.shape != "lower" or _unknown(cand)))
        or _known_first(cand)
        or (title and not noun and cand.shape == "lower" and not _verb_like(cand.low))
        or _known_surname(cand)
        or _unknown(cand)
        or (cand.shape != "lower" and not _acronym(cand) and (title or not is_word(cand.low)))
    )
    if not evidence:
        return None
    return k, _extend(tokens, first, strict=cand.shape == "lower" and not title)
