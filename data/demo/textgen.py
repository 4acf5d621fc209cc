"""Template engine and composer for Dutch open answers written from hidden themes.

`Composer.answer()` turns a theme list + question + respondent profile into text and
returns the themes that were actually expressed (the answer key). Noise (typos, missing
accents, lower case, abbreviations) and planted personal data are applied afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from . import phrases as ph
from .halves import halve

QUESTION_PERSP = {"ervaring": "self", "gesignaleerd": "other", "verbetering": "advice"}
REGISTERS = ["formal", "neutral", "informal", "angry", "hesitant"]
REGISTER_P = [0.25, 0.40, 0.20, 0.08, 0.07]


def pick(rng: np.random.Generator, items: list):
    """Uniform choice from a Python list (keeps element types intact)."""
    return items[int(rng.integers(len(items)))]


def wpick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    """Weighted choice of a dict key (dict order is deterministic)."""
    keys = [k for k, v in weights.items() if v > 0]
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def expand(text: str, rng: np.random.Generator) -> str:
    """Resolve nested {a|b|c} alternatives."""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c != "{":
            out.append(c)
            i += 1
            continue
        depth, j, parts, start = 0, i, [], i + 1
        while True:
            ch = text[j]
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    parts.append(text[start:j])
                    break
            elif ch == "|" and depth == 1:
                parts.append(text[start:j])
                start = j + 1
            j += 1
        out.append(expand(pick(rng, parts), rng))
        i = j + 1
    return "".join(out)


@dataclass
class Ctx:
    """State of one answer being written: active themes and what has been expressed."""

    persp: str  # self | other | advice
    themes: list[str]
    nat: list[str]
    target: str = ""
    target_noun: str = "collega"
    target_used: bool = False
    target_kind: str = "colleague"
    gender: str = "f"
    used: list[str] = field(default_factory=list)
    ground_done: bool = False
    actor_done: bool = False
    neutral_actor_used: bool = False
    templates_used: list[str] = field(default_factory=list)

    @property
    def ground(self) -> str | None:
        return next((t for t in self.themes if t.startswith("ground/")), None)

    @property
    def actor(self) -> str | None:
        return next((t for t in self.themes if t.startswith("actor/")), None)

    def mark(self, theme: str) -> None:
        if theme not in self.used:
            self.used.append(theme)


REGION_G = re.compile(r"\(\((.*?)\)\)", re.S)
REGION_A = re.compile(r"\[\[(.*?)\]\]", re.S)


def _ground_np(ctx: Ctx, rng: np.random.Generator) -> str:
    key = "self" if ctx.persp == "self" else "other"
    return pick(rng, halve(ph.GROUND_NP[ctx.ground][key], keep=True))


def _quote(ctx: Ctx, rng: np.random.Generator) -> str:
    return pick(rng, halve(ph.GROUND_QUOTES[ctx.ground], keep=True))


def _slot_actor(ctx: Ctx) -> str | None:
    """Actor theme that can fill a person slot (the organisation cannot)."""
    return ctx.actor if ctx.actor != "actor/organisation" else None


def _actor_np(ctx: Ctx, rng: np.random.Generator) -> str:
    actor = _slot_actor(ctx)
    if actor and not ctx.actor_done:
        ctx.actor_done = True
        ctx.mark(actor)
        return pick(rng, halve(ph.ACTOR_NP[actor], keep=True))
    if actor:
        return pick(rng, ph.ACTOR_BACKREF[actor])
    if ctx.neutral_actor_used:
        return pick(rng, ph.ACTOR_BACKREF[""])
    ctx.neutral_actor_used = True
    return pick(rng, ph.NEUTRAL_ACTOR)


def render(template: str, ctx: Ctx, rng: np.random.Generator) -> str:
    """Expand one template in the context of the answer being written."""
    text = expand(template, rng)

    def ground_region(m: re.Match) -> str:
        if ctx.ground and not ctx.ground_done:
            ctx.ground_done = True
            ctx.mark(ctx.ground)
            inner = m.group(1)
            if "<Q>" in inner:
                inner = inner.replace("<Q>", _quote(ctx, rng), 1)
            return inner.replace("<G>", _ground_np(ctx, rng))
        return ""

    def actor_region(m: re.Match) -> str:
        if _slot_actor(ctx) and not ctx.actor_done:
            return m.group(1).replace("<A>", _actor_np(ctx, rng))
        return ""

    text = REGION_G.sub(ground_region, text)
    text = REGION_A.sub(actor_region, text)
    while "<Q>" in text:  # once a ground is active, remarks quoted in the answer match it
        if ctx.ground:
            ctx.ground_done = True
            ctx.mark(ctx.ground)
            text = text.replace("<Q>", _quote(ctx, rng), 1)
        else:
            text = text.replace("<Q>", pick(rng, ph.NEUTRAL_QUOTES), 1)
    while "<A>" in text:
        text = text.replace("<A>", _actor_np(ctx, rng), 1)
    while "<G>" in text:
        ctx.ground_done = True
        ctx.mark(ctx.ground)
        text = text.replace("<G>", _ground_np(ctx, rng), 1)
    text = expand(text, rng)  # noun phrases can carry their own alternatives
    female = ctx.gender == "f"
    poss = "mijn" if ctx.persp == "self" else ("haar" if female else "zijn")
    while "<T>" in text:
        if ctx.target_used:
            ref = pick(rng, ph.TARGET_BACKREF).replace("<N>", ctx.target_noun)
        else:
            ref, ctx.target_used = ctx.target or "een collega", True
        text = text.replace("<T>", ref, 1)
    text = (
        text.replace("<P>", poss)
        .replace("<HEM>", "haar" if female else "hem")
        .replace("<HIJ>", "zij" if female else "hij")
    )
    while "<NAT>" in text:
        text = text.replace("<NAT>", pick(rng, ctx.nat), 1)
    return tidy(text)


def tidy(text: str) -> str:
    """Whitespace and punctuation clean-up after slot filling."""
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\.\s*\.", ".", text)
    return text.strip()


def cap_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym (HR, VP, P&O)."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first[1].isupper() or first[1] in "&'"):
        return text
    if text.startswith("Eén"):
        return "één" + text[3:]
    return text[:1].lower() + text[1:]


def entries_for(theme: str, persp: str, size: str, themes: list[str]) -> list[str]:
    """Usable templates for a theme/perspective/size whose implied themes are all active.

    Implied markers "@citizen"/"@colleague" restrict a template to that kind of target;
    pass the current kind in `themes` (e.g. themes + ["@citizen"]).
    """
    pool = ph.POOLS.get(theme, {})
    keys = {"self": ["self", "any"], "other": ["other", "any"], "advice": ["advice"]}[persp]
    out: list[str] = []
    for k in keys:
        for e in halve(pool.get(f"{k}_{size}", [])):
            tpl, implied = (e, ()) if isinstance(e, str) else e
            if all(t in themes for t in implied):
                out.append(tpl)
    return out


def implied_of(theme: str, template: str) -> tuple[str, ...]:
    for entries in ph.POOLS.get(theme, {}).values():
        for e in entries:
            if not isinstance(e, str) and e[0] == template:
                return e[1]
    return ()


def can_express(theme: str, persp: str) -> bool:
    """Whether a theme has any template for this perspective."""
    return bool(
        entries_for(theme, persp, "l", ph.THEMES) or entries_for(theme, persp, "s", ph.THEMES)
    )


def segment(theme: str, ctx: Ctx, size: str, rng: np.random.Generator) -> str | None:
    """Render one template for `theme`; None when no unused template is available."""
    cands = [
        t
        for t in entries_for(theme, ctx.persp, size, ctx.themes + [f"@{ctx.target_kind}"])
        if t not in ctx.templates_used
    ]
    if not cands:
        return None
    tpl = pick(rng, cands)
    ctx.templates_used.append(tpl)
    ctx.mark(theme)
    for t in implied_of(theme, tpl):
        if not t.startswith("@"):
            ctx.mark(t)
    return render(tpl, ctx, rng)


def n_words(text: str) -> int:
    return len(text.split())


# ------------------------------------------------------------------ noise
ACCENTS = str.maketrans(
    {
        "é": "e",
        "ë": "e",
        "è": "e",
        "ï": "i",
        "ö": "o",
        "ü": "u",
        "á": "a",
        "à": "a",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "–": "-",
    }
)
ABBREV: list[tuple[str, list[str]]] = [
    (r"\bleidinggevenden\b", ["lg's", "LG's", "leidinggevende"]),
    (r"\bleidinggevende\b", ["lg", "LG", "leidingg.", "leidinggevnde"]),
    (r"\bvertrouwenspersoon\b", ["VP", "vp", "vertrouwenspers."]),
    (r"\bintegriteitscoördinator\b", ["integriteitscoordinator", "IC", "integriteitscoörd."]),
    (r"\bcollega's\b", ["collegas", "collega’s", "collega`s"]),
    (r"\bbijvoorbeeld\b", ["bv", "bijv."]),
    (r"\bafdeling\b", ["afd."]),
    (r"\bongeveer\b", ["ong."]),
    (r"\bmedewerker\b", ["mdw"]),
    (r"\bvoor zover\b", ["voorzover"]),
]
KEYBOARD_NEIGHBOURS = {
    "a": "sq",
    "e": "wr",
    "i": "uo",
    "o": "ip",
    "n": "bm",
    "r": "et",
    "t": "ry",
    "s": "ad",
    "l": "k",
    "d": "sf",
    "g": "fh",
    "k": "jl",
    "m": "n",
    "u": "yi",
}


def typo(word: str, rng: np.random.Generator) -> str:
    """One keyboard-style typo in a word."""
    i = int(rng.integers(1, len(word) - 1))
    op = int(rng.integers(4))
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 1:
        return word[:i] + word[i + 1 :]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    alt = KEYBOARD_NEIGHBOURS.get(word[i].lower())
    return word[:i] + (pick(rng, list(alt)) if alt else word[i]) + word[i + 1 :]


@dataclass
class Style:
    """Surface style of one answer."""

    register: str
    lower: bool
    strip_accents: bool
    typos: int
    abbrev: float
    end_period: bool
    quotes: tuple[str, str]

    @classmethod
    def draw(cls, rng: np.random.Generator, spoken: bool = False) -> Style:
        reg = str(rng.choice(REGISTERS, p=REGISTER_P))
        if spoken:
            return cls(
                reg, False, False, 0, 0.0, True, ("“", "”") if rng.random() < 0.5 else ('"', '"')
            )
        informal = reg == "informal"
        return cls(
            register=reg,
            lower=rng.random() < (0.45 if informal else 0.07),
            strip_accents=rng.random() < 0.12,
            typos=int(
                rng.choice([0, 1, 2], p=[0.90, 0.08, 0.02] if not informal else [0.72, 0.20, 0.08])
            ),
            abbrev={"informal": 0.6, "neutral": 0.2, "angry": 0.15}.get(reg, 0.04),
            end_period=rng.random() > (0.5 if informal else 0.15),
            quotes=pick(rng, [("'", "'"), ('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'")]),
        )


def apply_style(text: str, style: Style, rng: np.random.Generator) -> str:
    """Quotes, abbreviations, accents, typos, case and final punctuation."""
    text = text.replace("<<", style.quotes[0]).replace(">>", style.quotes[1])
    for pattern, repl in ABBREV:
        if style.abbrev and re.search(pattern, text) and rng.random() < style.abbrev:
            text = re.sub(pattern, pick(rng, repl), text)
    if style.strip_accents:
        text = text.translate(ACCENTS)
    if style.typos:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        for _ in range(min(style.typos, len(idx))):
            i = idx[int(rng.integers(len(idx)))]
            words[i] = typo(words[i], rng)
        text = " ".join(words)
    if style.lower:
        text = text.lower()
    if not style.end_period and text.endswith("."):
        text = text[:-1]
    if style.register == "angry" and text.endswith(".") and rng.random() < 0.4:
        text = text[:-1] + "!!"
    return text


# ------------------------------------------------------------------ personal data
def make_pii(kind: str, rng: np.random.Generator) -> str:
    """A fictional personal-data value of the given kind."""
    first, last = pick(rng, ph.FIRST_NAMES), pick(rng, ph.LAST_NAMES)
    digits = lambda k: "".join(str(int(d)) for d in rng.integers(0, 10, k))  # noqa: E731
    if kind == "name":
        return f"{first} {last}" if rng.random() < 0.85 else f"{first[0]}. {last}"
    if kind == "email":
        user = (f"{first[0]}.{last}" if rng.random() < 0.6 else f"{first}.{last}").lower()
        user = user.translate(ACCENTS).replace(" ", "")
        return f"{user}@{pick(rng, ph.EMAIL_DOMAINS)}"
    if kind == "phone":
        fmt = int(rng.integers(6))
        return [
            f"06-{digits(8)}",
            f"06 {digits(4)} {digits(4)}",
            f"+31 6 {digits(8)}",
            f"070-{digits(7)}",
            f"06 {digits(8)}",
            f"0{pick(rng, ['10', '20', '30', '50'])}-{digits(7)}",
        ][fmt]
    if kind == "employee_number":
        return str(int(rng.integers(1, 10))) + digits(6)
    if kind == "team":
        return ("team " if rng.random() < 0.8 else "Team ") + pick(rng, ph.TEAM_NAMES)
    raise ValueError(kind)


PII_KINDS = {"name": 0.34, "email": 0.15, "phone": 0.15, "employee_number": 0.14, "team": 0.22}


def plant_pii(
    text: str, style: Style | None, rng: np.random.Generator, kinds: list[str]
) -> tuple[str, list[tuple[str, str]]]:
    """Insert one sentence per kind carrying a fictional value; returns text and (kind, value) pairs."""
    planted: list[tuple[str, str]] = []
    for kind in kinds:
        value = make_pii(kind, rng)
        sentence = expand(pick(rng, ph.PII_TEMPLATES[kind]), rng)
        if style is not None and style.lower:
            sentence, value = sentence.replace("<V>", "\x00").lower(), value.lower()
        sentence = sentence.replace("<V>", value).replace("\x00", value)
        if not sentence.endswith((".", "!", "?", ")")):
            sentence += "."
        # insert at a sentence boundary, or at the end
        bounds = [m.end() for m in re.finditer(r"[.!?] ", text)]
        if bounds and rng.random() < 0.5:
            b = pick(rng, bounds)
            text = text[:b] + sentence + " " + text[b:]
        else:
            sep = " " if text.endswith((".", "!", "?", ":")) else (". " if text else "")
            text = text + sep + sentence
        assert value in text
        planted.append((kind, value))
    return text, planted


# ------------------------------------------------------------------ composer
def target_length(rng: np.random.Generator) -> int:
    """Long-tailed answer length in words (3 .. ~120)."""
    return int(np.clip(np.rint(rng.lognormal(np.log(17), 0.85)), 3, 122))


CAT_ORDER = ["form", "ground", "actor", "context", "response", "outcome"]


def order_themes(themes: list[str]) -> list[str]:
    """Narrative order: what happened, who/why, then what was done and how it ended."""
    return sorted(themes, key=lambda t: CAT_ORDER.index(t.split("/")[0]))


def join(parts: list[str], rng: np.random.Generator, short: bool, spoken: bool = False) -> str:
    """Join rendered segments with varied connectors."""
    if not parts:
        return ""
    text = parts[0]
    for p in parts[1:]:
        if short:
            sep = pick(rng, [", ", " - ", ", ", "; ", " en ", ". ", ", "])
            text = text.rstrip(".") + sep + (cap_first(p) if sep == ". " else lower_first(p))
            continue
        j = wpick(rng, dict(ph.SPOKEN_JOINERS if spoken else ph.JOINERS))
        word = j.strip(" ~:,").lower().split()
        if word and word[0].isalpha() and word[0] in p.lower().split()[:6]:  # avoid "Ook: ... ook"
            j = " "
        if j.endswith("~"):
            word = j[:-1]
            if word.strip() in ("-", ";"):
                text = text.rstrip(".") + word + " " + lower_first(p)
            elif p.split(" ", 1)[0].rstrip(":,") in ("En", "Maar", "Daarnaast", "Verder", "Ook"):
                text = text + " " + p
            else:
                text = text + word + " " + lower_first(p)
        else:
            text = text + j + cap_first(p)
    return text


def compose(
    question: str,
    themes: list[str],
    nat: list[str],
    rng: np.random.Generator,
    style: Style,
    target: tuple[str, str] = ("", "collega"),
    gender: str = "f",
    length: int | None = None,
    spoken: bool = False,
) -> tuple[str, list[str]]:
    """Write one answer from the given themes; returns (raw text, expressed themes).

    `target` is (noun phrase, back-reference noun) of whom the racism was directed at
    (noticed-by-others answers only).
    """
    persp = QUESTION_PERSP[question]
    kind = "citizen" if any(target[1] == c[2] for c in ph.TARGET_CITIZEN) else "colleague"
    ctx = Ctx(
        persp=persp,
        themes=list(themes),
        nat=nat,
        target=target[0],
        target_noun=target[1],
        gender=gender,
        target_kind=kind,
    )
    length = target_length(rng) if length is None else length
    short = length < 10 and not spoken
    size = "s" if short else "l"
    ordered = order_themes(themes)
    parts: list[str] = []
    main = [t for t in ordered if not t.startswith(("ground/", "actor/"))]
    slot_themes = [t for t in ordered if t.startswith(("ground/", "actor/"))]
    # main themes first (their slots may absorb ground/actor), then leftovers
    owner: dict[str, int] = {}  # theme -> index of its (last) segment in parts
    for t in main:
        seg = segment(t, ctx, size, rng) or segment(t, ctx, "l" if short else "s", rng)
        if seg:
            owner[t] = len(parts)
            parts.append(seg)
        if t.startswith("form/") or not any(m.startswith("form/") for m in main):
            for s in slot_themes:
                done = ctx.ground_done if s.startswith("ground/") else ctx.actor_done
                if not done and s not in ctx.used:
                    seg2 = segment(s, ctx, size, rng) or segment(s, ctx, "l", rng)
                    if seg2:
                        parts.append(seg2)
                        if s.startswith("ground/"):
                            ctx.ground_done = True
                        else:
                            ctx.actor_done = True
    for s in slot_themes:  # themes with no main theme to attach to
        if s not in ctx.used:
            seg2 = segment(s, ctx, size, rng) or segment(s, ctx, "l", rng)
            if seg2:
                parts.append(seg2)
    if not short:
        # lengthen: extra templates of the same themes, or theme-free detail sentences
        fillers = list(ph.FILLERS[question])
        fillers = [
            fillers[int(i)]
            for i in rng.permutation(len(fillers))[
                : (1 if rng.random() < 0.4 else 0) if spoken else int(rng.integers(1, 5))
            ]
        ]
        extra = list(main) * 2  # each main theme may get up to two more sentences
        tries = 0
        while sum(n_words(p) for p in parts) < length and tries < 10:
            tries += 1
            is_filler, theme = False, ""
            if extra and (not fillers or rng.random() < 0.55):
                theme = extra.pop(int(rng.integers(len(extra))))
                seg = segment(theme, ctx, "l", rng)
            elif fillers and rng.random() < 0.8:
                f = fillers.pop(int(rng.integers(len(fillers))))
                seg, is_filler = tidy(expand(f, rng)), True
            else:
                break
            if seg and sum(n_words(p) for p in parts) + n_words(seg) <= 108:
                if is_filler or len(parts) < 2:
                    parts.insert(int(rng.integers(1, len(parts) + 1)) if parts else 0, seg)
                else:  # keep a theme's sentences together
                    parts.insert(owner.get(theme, len(parts) - 1) + 1, seg)
                    owner = {
                        k: (v + 1 if v >= owner.get(theme, len(parts)) else v)
                        for k, v in owner.items()
                    }
    parts = [cap_first(p) for p in parts]
    text = join(parts, rng, short, spoken)
    if short:
        text = text.rstrip(".")
        if rng.random() < 0.5:
            text = lower_first(text)
    elif not spoken:
        words = n_words(text)
        p_open = 0.55 if words > 35 else 0.25
        if rng.random() < p_open:
            op = pick(rng, ph.OPENERS[question][style.register])
            if op.endswith("~"):
                text = op[:-1] + " " + lower_first(text)
            else:
                text = op + " " + (lower_first(text) if op.endswith(":") else text)
        if rng.random() < (0.4 if words > 35 else 0.15):
            text = text + " " + pick(rng, ph.CLOSERS[style.register])
    return tidy_keep_newlines(text), [t for t in ph.THEMES if t in ctx.used]


def tidy_keep_newlines(text: str) -> str:
    lines = [tidy(x) for x in text.split("\n")]
    return "\n".join(x for x in lines if x)
