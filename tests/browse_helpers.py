"""A small survey project for the Browse tests: unequal weights, blank answers, a tiny
region named in markup, an optional second coder on the same answers."""

from __future__ import annotations

import random
from pathlib import Path

from workbench import Project
from conftest import review_all, write_csv

CODE = "Uitsluiting/Niet uitgenodigd"
HOSTILE = "<b>Wadden</b> **eilanden** [x](http://x)"  # a region of 5: always suppressed
PHRASES = [
    "Voor de borrel na het project werd iedereen gevraagd behalve ik.",
    "Het teamuitje ging door zonder mij, ik hoorde het pas achteraf van een collega.",
    "Bij de lunch schuiven ze de stoelen weg als ik aan kom lopen, al maanden lang.",
]
OTHER = [
    "Ik merk er in mijn afdeling weinig van, de sfeer is prima.",
    "Mijn leidinggevende grijpt in als er iets gezegd wordt, dat waardeer ik.",
]


def weighted_project(path: Path, seed: int = 3, second: str | None = None) -> Path:
    """70 respondents in two strata (weights 1 and 4), a region (one of them 5 respondents,
    named in markup) and a one-value variable;
    every sixth leaves the open question blank. Answers from PHRASES carry CODE (coded whole
    by ann, and right after her by ``second`` on a part of the same answer), every answer
    is reviewed, so the 'complete' method applies."""
    rng = random.Random(seed)
    rows = ["nr;laag;gewicht;regio;iedereen;toelichting"]
    for i in range(70):
        stratum, weight = ("a", "1") if i % 2 else ("b", "4")
        region = HOSTILE if i % 14 == 7 else rng.choice(["Noord", "Zuid"])
        text = "" if i % 6 == 0 else rng.choice(PHRASES + OTHER) + f" (ronde {i})"
        rows.append(f"R{i:03d};{stratum};{weight};{region};ja;{text}")
    survey = write_csv(path.parent / f"{path.stem}.csv", rows)
    with Project.create(path, user="ann") as project:
        project.import_survey(
            survey, id="nr", stratum="laag", weight="gewicht", open=["toelichting"]
        )
        project.codebook.add(CODE)
        other = Project.open(path, user=second) if second else None
        for doc in project.documents(kind="answer", limit=1000):
            text = project.document(doc["id"])["text"]
            if any(p in text for p in PHRASES):
                project.coding.code(doc["id"], 0, len(text), CODE)
                if other is not None:
                    other.coding.code(doc["id"], 3, len(PHRASES[0]) - 2, CODE)
        if other is not None:
            other.close()
        review_all(project)
    return path
