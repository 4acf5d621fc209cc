"""A small survey project for the coding-sample and figure tests: 80 respondents in two
strata (weights 1 and 3), one open question whose answers are made from varied Dutch
phrases (seeded), and the starter codebook."""

from __future__ import annotations

import random
from pathlib import Path

from workbench import Project
from conftest import STARTER, write_csv

JOKES = "Vormen/Opmerkingen en grappen"
IGNORED = "Vormen/Genegeerd of buitengesloten"
FORMS = {
    JOKES: [
        "Er werden grappen gemaakt over mijn afkomst.",
        "Collega's maakten opmerkingen over mijn accent, als grap bedoeld.",
        "Bij de koffieautomaat gaan de grappen vaak over mijn geloof.",
    ],
    IGNORED: [
        "In overleggen werd ik structureel genegeerd.",
        "Ik werd niet uitgenodigd voor de teamuitjes.",
        "Mijn inbreng werd weggewuifd en ik hoorde er niet bij.",
    ],
    None: [
        "Ik heb zelf niets meegemaakt.",
        "Geen ervaringen, wel verhalen van anderen gehoord.",
        "Het gaat goed in ons team, vind ik.",
    ],
}
AFTER = [
    "",
    " Ik heb het besproken met mijn leidinggevende.",
    " Ik heb niets gedaan.",
    " Later ben ik naar de vertrouwenspersoon gegaan.",
    " Dat was in 2021, op het werk.",
]


def answers(n: int = 80, seed: int = 7) -> list[tuple]:
    """(id, stratum, weight, herkomst, answer, theme) rows, seeded."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        stratum = "rijk" if i < n // 2 else "uitvoering"
        theme = rng.choice([JOKES, IGNORED, None, JOKES if stratum == "uitvoering" else None])
        text = rng.choice(FORMS[theme]) + rng.choice(AFTER) + f" (nr. {i + 1})"
        rows.append(
            (
                f"P{i + 1:03d}",
                stratum,
                "1" if stratum == "rijk" else "3",
                rng.choice(["Nederland", "buiten Europa", "Europa"]),
                text,
                theme,
            )
        )
    return rows


def survey_project(path: Path, n: int = 80) -> Path:
    """The project file, segmented, with the starter codebook and no samples."""
    rows = answers(n)
    survey = write_csv(
        path.parent / f"{path.stem}.csv",
        ["id;stratum;gewicht;herkomst;antwoord", *[";".join(row[:5]) for row in rows]],
    )
    with Project.create(path, name="steekproeftest", user="lead") as project:
        project.import_survey(
            survey, id="id", stratum="stratum", weight="gewicht", open=["antwoord"]
        )
        project.codebook.import_file(STARTER)
    return path


def theme_of(path: Path) -> dict[int, str | None]:
    """Answer segment id -> the theme its text was made from."""
    themes = {row[0]: row[5] for row in answers()}
    with Project.open(path, user="check") as project:
        found = {}
        for doc in project.documents(kind="answer", limit=1000):
            [unit] = project.segments(doc["id"], kind="answer")
            found[unit["id"]] = themes[doc["respondent"]]
    return found


def code_sample(path: Path, name: str, n: int, coder: str = "ann") -> list[int]:
    """``coder`` codes the first ``n`` answers of the sample's queue as their theme says and
    marks each done; returns the reviewed segment ids."""
    themes = theme_of(path)
    with Project.open(path, user=coder) as project:
        queue = project.samples.queue(name, coder=coder)[:n]
        for segment in queue:
            if themes[segment]:
                project.coding.code_segment(segment, themes[segment], coder=coder)
            project.samples.review([segment], coder=coder)
    return queue
