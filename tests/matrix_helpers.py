"""A small constructed project for the matrix tests, whose counts are known by hand.

40 respondents (afdeling Noord R00-R19, Zuid R20-R36, West R37-R39; weights 1 to 4),
one focus group of three speakers with a role attribute. Two coders whose codes overlap:

- ann: Vormen/Grappen on R00-R09 (Noord, 10) and R20-R28 (Zuid, 9); a second span of it
  in R01; Actoren/Collega on part of R00, overlapping her Grappen span; Grappen on the
  moderator's and Samira's turns.
- bob: Vormen/Genegeerd on R05-R14 (Noord, 10), so R05-R09 carry both; Grappen again on
  R00-R04 (double coding: the same units, counted once).
"""

from __future__ import annotations

from pathlib import Path

from workbench import Project

WORDS = {
    "Noord": "Collega's maakten grappen over mijn accent tijdens de lunch.",
    "Zuid": "Mijn leidinggevende negeerde mijn voorstel in het overleg.",
    "West": "Ik werd niet uitgenodigd voor de borrel.",
}
TRANSCRIPT = (
    "Moderator: Welkom allemaal, vertel eens over grappen op het werk.\n"
    "Samira: Er werden grappen gemaakt over mijn hoofddoek.\n"
    "Joost: Dat heb ik zelf nooit meegemaakt.\n"
)


def afdeling(i: int) -> str:
    return "Noord" if i < 20 else "Zuid" if i < 37 else "West"


def weight(i: int) -> int:
    return 1 + i % 4


def build(folder: Path, name: str = "m.db", variable: str = "afdeling") -> Path:
    """The project file, made in ``folder``."""
    survey = folder / "enquete.csv"
    rows = ["id;stratum;w;" + variable + ";toelichting"]
    for i in range(40):
        rows.append(f"R{i:02d};{'ab'[i % 2]};{weight(i)};{afdeling(i)};{WORDS[afdeling(i)]}")
    survey.write_text("\n".join(rows) + "\n", encoding="utf-8")
    transcript = folder / "fg1.txt"
    transcript.write_text(TRANSCRIPT, encoding="utf-8")
    speakers = folder / "sprekers.csv"
    speakers.write_text(
        "group,speaker,role\nfg1,Moderator,moderator\nfg1,Samira,participant\n"
        "fg1,Joost,participant\n",
        encoding="utf-8",
    )
    path = folder / name
    with Project.create(path, user="ann") as project:
        project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["toelichting"])
        project.import_transcript(transcript, group="fg1")
        project.import_speakers(speakers)
        project.segment()
        for code in ("Vormen/Grappen", "Vormen/Genegeerd", "Actoren/Collega"):
            project.codebook.add(code, definition="test")
        unit = {
            d["respondent"]: project.segments(d["id"], kind="answer")[0]
            for d in project.documents(kind="answer", limit=100)
        }
        for i in [*range(10), *range(20, 29)]:
            project.coding.code_segment(unit[f"R{i:02d}"]["id"], "Vormen/Grappen", coder="ann")
        r01 = unit["R01"]
        project.coding.code(r01["document_id"], r01["start"], r01["start"] + 8, "Vormen/Grappen")
        r00 = unit["R00"]
        project.coding.code(r00["document_id"], r00["start"], r00["start"] + 10, "Actoren/Collega")
        for i in range(5, 15):
            project.coding.code_segment(unit[f"R{i:02d}"]["id"], "Vormen/Genegeerd", coder="bob")
        for i in range(5):
            project.coding.code_segment(unit[f"R{i:02d}"]["id"], "Vormen/Grappen", coder="bob")
        [talk] = project.documents(kind="transcript")
        for turn in project.segments(talk["id"], kind="turn"):
            if turn["speaker"] in ("Moderator", "Samira"):
                project.coding.code_segment(turn["id"], "Vormen/Grappen", coder="ann")
    return path
