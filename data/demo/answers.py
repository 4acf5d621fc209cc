"""Open answers for the survey: who answers, which hidden themes, and the text itself."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import phrases as ph
from .textgen import PII_KINDS, Style, apply_style, compose, pick, plant_pii, wpick

QUESTIONS = {
    "open_ervaring": "ervaring",
    "open_gesignaleerd": "gesignaleerd",
    "open_verbetering": "verbetering",
}
PII_RATE = 0.05


def _nat_pool(herkomst: str) -> list[str]:
    return {"buiten Europa": ph.NAT_BE, "Europa": ph.NAT_EU}.get(herkomst, ph.NAT_NL)


def _n_themes(length: int, rng: np.random.Generator, question: str) -> int:
    if length < 10:
        return int(rng.choice([1, 2], p=[0.75, 0.25]))
    if length < 35:
        return int(rng.choice([1, 2, 3], p=[0.35, 0.45, 0.20]))
    return int(rng.choice([2, 3], p=[0.3, 0.7]))


def _draw(
    rng: np.random.Generator,
    cats: dict[str, float],
    within: dict[str, dict[str, float]],
    k: int,
    repeatable: tuple[str, ...] = (),
) -> list[str]:
    """Pick k themes: a category by weight, then a theme within it (no duplicates)."""
    cats = {
        c: w for c, w in cats.items() if w > 0 and any(v > 0 for v in within.get(c, {}).values())
    }
    chosen: list[str] = []
    while len(chosen) < k and cats:
        c = wpick(rng, cats)
        opts = {t: w for t, w in within[c].items() if t not in chosen and w > 0}
        if not opts:
            cats.pop(c)
            continue
        chosen.append(wpick(rng, opts))
        if c in repeatable:
            cats[c] *= 0.3
        else:
            cats.pop(c)
    return chosen


def themes_ervaring(row: pd.Series, k: int, rng: np.random.Generator) -> list[str]:
    """Hidden themes for an own-experience answer, consistent with the closed answers."""
    vaak = row["racisme_ervaren"] == "vaak"
    high = row["schaal"] in ("9-10", "11-13", "14+")
    frontline = row["organisatietype"] in ("uitvoering", "inspectie")
    form = {
        "form/remarks_jokes": 3.0,
        "form/ignored_excluded": 1.5,
        "form/bullied": 0.8 + vaak,
        "form/treated_differently": 1.5,
        "form/disadvantaged": 1.0 + 0.8 * high,
        "form/rules_procedures": 0.6,
        "form/culture": 1.0 + 0.5 * vaak,
    }
    ground = {
        "buiten Europa": {"ground/skin_colour": 0.4, "ground/origin": 0.4, "ground/religion": 0.2},
        "Europa": {"ground/origin": 0.8, "ground/religion": 0.2},
        "Nederland": {"ground/skin_colour": 0.3, "ground/origin": 0.35, "ground/religion": 0.35},
    }[row["herkomst"]]
    actor = {
        "actor/colleague": 3.0,
        "actor/manager": 1.2,
        "actor/citizen": 1.5 if frontline else 0.3,
        "actor/organisation": 0.7,
    }
    response: dict[str, float] = {}
    if row["besproken_niemand"] == "ja":
        response["response/nothing"] = 1.0
    else:
        for col, theme in (
            ("leidinggevende", "response/manager"),
            ("vertrouwenspersoon", "response/confidential_adviser"),
            ("integriteit", "response/integrity"),
            ("betrokkenen", "response/colleagues_involved"),
        ):
            if row[f"besproken_{col}"] == "ja":
                response[theme] = 1.0
        if row["besproken_vertrouwenspersoon"] == "ja" or row["besproken_integriteit"] == "ja":
            response["response/formal_report"] = 0.6
    outcome = {
        "tevreden": {"outcome/satisfied": 1.0},
        "ontevreden": {"outcome/not_satisfied": 1.0},
        "neutraal": {"outcome/not_satisfied": 0.3, "outcome/satisfied": 0.15},
    }.get(row["tevredenheid"], {})
    if row["besproken_niemand"] == "ja":
        outcome = {"outcome/fear_of_consequences": 1.0}
    elif row["tevredenheid"] == "ontevreden":
        outcome["outcome/fear_of_consequences"] = 0.3
    context = {"context/bystander": 1.0, "context/leadership": 0.6, "context/norm_setting": 0.3}
    cats = {
        "form": 3.0,
        "ground": 1.6,
        "actor": 1.3,
        "response": 1.4,
        "outcome": 1.0,
        "context": 0.25,
    }
    return _draw(
        rng,
        cats,
        {
            "form": form,
            "ground": ground,
            "actor": actor,
            "response": response,
            "outcome": outcome,
            "context": context,
        },
        k,
        repeatable=("form", "response"),
    )


def themes_gesignaleerd(
    row: pd.Series, k: int, citizen: bool, rng: np.random.Generator
) -> list[str]:
    """Hidden themes for an answer about racism noticed towards colleagues or citizens."""
    leid = row["functiegroep"] == "leidinggevende"
    form = {
        "form/remarks_jokes": 2.5,
        "form/ignored_excluded": 1.2,
        "form/bullied": 0.6 * (not citizen),
        "form/treated_differently": 2.0 + 1.5 * citizen,
        "form/disadvantaged": 1.0 * (not citizen),
        "form/rules_procedures": 0.4 + 1.5 * citizen,
        "form/culture": 1.2,
    }
    ground = {"ground/skin_colour": 0.35, "ground/origin": 0.45, "ground/religion": 0.2}
    actor = {
        "actor/colleague": 3.0,
        "actor/manager": 0.3 if leid else 1.0,
        "actor/citizen": 0.0 if citizen else 0.5,
        "actor/organisation": 0.6 + citizen,
    }
    response = {
        "response/manager": 0.4 if leid else 1.0,
        "response/colleagues_involved": 1.5 if leid else 1.0,
        "response/confidential_adviser": 0.3,
        "response/formal_report": 0.2,
        "response/nothing": 1.3,
        "response/integrity": 0.2,
    }
    outcome = {
        "outcome/satisfied": 0.3,
        "outcome/not_satisfied": 0.5,
        "outcome/fear_of_consequences": 0.5,
    }
    context = {
        "context/bystander": 1.2,
        "context/leadership": 0.4 + 0.6 * leid,
        "context/norm_setting": 0.3,
    }
    cats = {
        "form": 3.0,
        "ground": 1.2,
        "actor": 1.3,
        "response": 0.9,
        "outcome": 0.35,
        "context": 0.6,
    }
    return _draw(
        rng,
        cats,
        {
            "form": form,
            "ground": ground,
            "actor": actor,
            "response": response,
            "outcome": outcome,
            "context": context,
        },
        k,
        repeatable=("form",),
    )


def themes_verbetering(row: pd.Series, k: int, rng: np.random.Generator) -> list[str]:
    """Hidden themes for 'what should the organisation do?' (mostly context/*)."""
    exp = row["racisme_ervaren"] != "nee"
    leid = row["functiegroep"] == "leidinggevende"
    context = {
        "context/leadership": 1.2 + 0.3 * (not leid),
        "context/norm_setting": 1.0,
        "context/training": 1.2 + 0.4 * leid,
        "context/bystander": 0.8,
    }
    response = {"response/formal_report": 1.0, "response/confidential_adviser": 0.6}
    form = {"form/disadvantaged": 1.0, "form/culture": 1.0}
    outcome = {"outcome/fear_of_consequences": 1.0}
    cats = {"context": 5.0, "response": 0.5 + 0.6 * exp, "form": 0.6, "outcome": 0.2 + 0.3 * exp}
    return _draw(
        rng,
        cats,
        {"context": context, "response": response, "form": form, "outcome": outcome},
        k,
        repeatable=("context",),
    )


def add_open_answers(
    df: pd.DataFrame, rng: np.random.Generator
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Fill the three open-answer columns; returns (frame, answer key, pii key)."""
    df = df.copy()
    for col in QUESTIONS:
        df[col] = ""
    key_rows: list[dict] = []
    pii_rows: list[dict] = []
    seen: set[str] = set()
    for i, row in df.iterrows():
        exp = row["racisme_ervaren"] != "nee"
        noticed = row["racisme_collega"] != "nee" or row["racisme_burger"] != "nee"
        p_ver = 0.30 if exp else (0.17 if noticed else 0.12)
        todo = [
            (
                "open_ervaring",
                exp and rng.random() < (0.95 if row["racisme_ervaren"] == "vaak" else 0.84),
            ),
            ("open_gesignaleerd", noticed and rng.random() < 0.75),
            ("open_verbetering", rng.random() < p_ver),
        ]
        for col, ask in todo:
            if not ask:
                continue
            q = QUESTIONS[col]
            text, themes = _one_answer(q, row, df.at[i, "open_ervaring"] != "", rng, seen)
            style_lower = text.islower()
            if themes and rng.random() < PII_RATE:
                kinds = [wpick(rng, PII_KINDS)]
                if rng.random() < 0.1:
                    kinds.append(wpick(rng, {k: v for k, v in PII_KINDS.items() if k != kinds[0]}))
                fake_style = Style("neutral", style_lower, False, 0, 0.0, True, ("'", "'"))
                text, planted = plant_pii(text, fake_style, rng, kinds)
                for kind, value in planted:
                    pii_rows.append(
                        {
                            "respondent_id": row["respondent_id"],
                            "question": col,
                            "kind": kind,
                            "value": value,
                        }
                    )
            df.at[i, col] = text
            key_rows.append(
                {"respondent_id": row["respondent_id"], "question": col, "themes": ";".join(themes)}
            )
    key = pd.DataFrame(key_rows, columns=["respondent_id", "question", "themes"])
    pii = pd.DataFrame(pii_rows, columns=["respondent_id", "question", "kind", "value"])
    return df, key, pii


def _one_answer(
    q: str, row: pd.Series, has_ervaring: bool, rng: np.random.Generator, seen: set[str]
) -> tuple[str, list[str]]:
    """One styled answer; long answers are redrawn until unique."""
    p_empty = {
        "ervaring": 0.03,
        "gesignaleerd": 0.10 if has_ervaring else 0.01,
        "verbetering": 0.10,
    }[q]
    if rng.random() < p_empty:
        return pick(rng, ph.SHORT_NOCONTENT[q]), []
    for attempt in range(30):
        style = Style.draw(rng)
        length = int(
            np.clip(np.rint(rng.lognormal(np.log(18 if q != "verbetering" else 14), 0.9)), 3, 122)
        )
        k = _n_themes(length, rng, q)
        target, gender = ("", "collega"), "f" if rng.random() < 0.5 else "m"
        if q == "ervaring":
            themes = themes_ervaring(row, k, rng)
        elif q == "gesignaleerd":
            citizen = row["racisme_burger"] != "nee" and (
                row["racisme_collega"] == "nee" or rng.random() < 0.4
            )
            themes = themes_gesignaleerd(row, k, citizen, rng)
            tgt = pick(rng, ph.TARGET_CITIZEN if citizen else ph.TARGET_COLLEAGUE)
            target, gender = (tgt[0], tgt[2]), tgt[1] or gender
        else:
            themes = themes_verbetering(row, k, rng)
        raw, used = compose(
            q, themes, _nat_pool(row["herkomst"]), rng, style, target, gender, length
        )
        text = apply_style(raw, style, rng)
        if not used or not 3 <= len(text.split()) <= 118:
            continue
        if text in seen and (len(text.split()) >= 6 or attempt < 8):
            continue
        seen.add(text)
        return text, used
    raise RuntimeError("could not write a unique answer")
