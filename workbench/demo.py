"""The demo project: the fictional PER survey and six focus groups from ``data/``, with the
starter codebook from ``codebooks/``, in the middle of a study (``add_study``): coded by one
coder, a double-coded sample with consensus decisions, a coding sample, reviewed suggestions,
a promoted topic and verdicts. All built through the public API, seeded."""

from __future__ import annotations

import csv
import random
import tempfile
from pathlib import Path

from .errors import ProjectError
from .project import Progress, Project

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CODEBOOK = ROOT / "codebooks" / "per_racisme.yaml"
ANSWER_KEY_MAP = ROOT / "codebooks" / "per_racisme_answer_key_map.csv"
OPEN_QUESTIONS = ("open_ervaring", "open_gesignaleerd", "open_verbetering")
TRANSCRIPTS = (
    "fg1_beleid.txt",
    "fg2_uitvoering.txt",
    "fg3_inspectie.docx",
    "fg4_ondersteuning.docx",
    "fg5_leidinggevenden.vtt",
    "fg6_gemengd.srt",
)


def build_demo(
    path: str | Path,
    *,
    data: Path = DATA,
    force: bool = False,
    study: bool = True,
    user: str | None = None,
    progress: Progress | None = None,
) -> Project:
    """Create ``path`` from the demo data (replacing it if ``force``) and return it open: in
    mid-study (see :func:`add_study`), or with ``study=False`` imported and segmented only."""
    path = Path(path)
    if path.exists():
        if not force:
            raise ProjectError(f"{path}: already exists (use --force to rebuild the demo)")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    project = Project.create(path, name="PER 2023 demo (fictional)", user=user)
    try:
        project.import_survey(
            data / "survey" / "per_demo.csv",
            id="respondent_id",
            stratum="stratum",
            weight="weight",
            open=OPEN_QUESTIONS,
        )
        for name in TRANSCRIPTS:
            project.import_transcript(data / "transcripts" / name)
        project.import_speakers(data / "transcripts" / "speakers.csv")
        project.survey.import_strata(
            data / "survey" / "strata.csv",
            stratum="stratum",
            population="populatie",
            sampled="steekproef",
        )
        project.survey.import_margins(data / "survey" / "population_margins.csv")
        project.codebook.import_file(CODEBOOK)
        project.segment(progress=progress)
        if study:
            add_study(project, data)
    except BaseException:
        project.close()
        raise
    return project


# -- the study in progress ------------------------------------------------------------------
# Everything below simulates people working through the public API, seeded: coders read the
# hidden answer key (data/answer_key.csv, mapped to codes by codebooks/..._answer_key_map.csv)
# and make a few mistakes, so agreement is high but not perfect.

SEED = 2023
CODER = "Noor Amrani"  # the full coding round, and the reviews of suggestions
SECOND = "Daan Verhoef"  # the second coder of the blind double-coded sample
DOUBLE_SAMPLE = "dubbel-codering"
DOUBLE_SIZE = 150
CODING_SAMPLE = "steekproef-respondenten"
CODING_SIZE = 400
SUGGEST_CODES = ("Actoren/Leidinggevende", "Reacties/Niets gedaan", "Gronden/Religie")
TOPIC_QUESTION = "open_verbetering"
TOPICS = 8  # a fixed number: choosing it by silhouette would double the run's time
EMBEDDING = "tfidf"  # one embedding (seed 0) for suggestions and topics: fitted once
TOPIC_CODE = "Context en remedies/Uit topics: {words}"
CONSENSUS_DECISIONS = 8
REVIEWED_SUGGESTIONS = 12
# (miss a code the answer has, add a code it does not have) per answer, per coder
ERRORS = {CODER: (0.04, 0.02), SECOND: (0.08, 0.04)}
VERDICTS = (
    (
        "Vormen/Opmerkingen en grappen",
        "converge",
        "Enquête en focusgroepen wijzen dezelfde kant op: in de open antwoorden de vorm die "
        "het vaakst genoemd wordt, en in de groepen uitvoerig besproken ('niet elke grap is "
        "meteen racisme' tegenover 'als het je elke week overkomt, is het een patroon').",
    ),
    (
        "Reacties/Besproken met leidinggevende",
        "diverge",
        "In de enquête besprak ongeveer een derde het met de leidinggevende; in de "
        "focusgroepen zeggen deelnemers dat bijna niemand dat doet. Nagegaan: de groepen "
        "zijn klein en niet representatief; beide bronnen blijven staan, verschil in de "
        "rapportage benoemen.",
    ),
    (
        "Context en remedies/Leiderschap",
        "complement",
        "De enquête geeft hoe vaak leiderschap genoemd wordt; de focusgroepen laten zien "
        "wat deelnemers bedoelen (voorbeeldgedrag, ingrijpen).",
    ),
)


def _key_codes(
    data: Path,
) -> tuple[dict[tuple[str, str], list[str]], dict[tuple[str, int], list[str]]]:
    """The hidden themes as code paths: per (respondent, question) and per (group, turn)."""
    with open(ANSWER_KEY_MAP, encoding="utf-8", newline="") as handle:
        path_of = {row["theme"]: row["path"] for row in csv.DictReader(handle)}

    def paths(themes: str) -> list[str]:
        return [path_of[t] for t in themes.split(";") if t]

    with open(data / "answer_key.csv", encoding="utf-8", newline="") as handle:
        answers = {
            (r["respondent_id"], r["question"]): paths(r["themes"]) for r in csv.DictReader(handle)
        }
    with open(data / "transcripts" / "answer_key.csv", encoding="utf-8", newline="") as handle:
        turns = {
            (r["group"], int(r["turn_number"])): paths(r["themes"]) for r in csv.DictReader(handle)
        }
    return answers, turns


def _as_coded(truth: list[str], coder: str, all_codes: list[str], rng: random.Random) -> list[str]:
    """What a coder applies to a unit whose true codes are ``truth``: now and then one missed
    or one added."""
    miss, add = ERRORS[coder]
    coded = [c for c in truth if rng.random() >= miss]
    if rng.random() < add:
        coded.append(rng.choice([c for c in all_codes if c not in truth]))
    return coded


def _import_round(
    project: Project, folder: Path, name: str, rows: list[tuple[int, str, str]]
) -> None:
    """A coder's codings (segment, code, coder), through the codings import."""
    path = folder / name
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["segment", "code", "coder"])
        writer.writerows(rows)
    project.coding.import_file(path)


def add_study(project: Project, data: Path = DATA) -> dict:
    """Bring a freshly built demo to the middle of a study: a full coding round of the open
    answers and the turns by one coder (every answer reviewed), a blind double-coded sample
    of answers by a second coder with consensus decisions, a stratified coding sample, model
    suggestions with some accepted and some rejected, a topic run with one topic promoted to
    a draft code, and verdicts with memos on three joint displays. Seeded: the same data give
    the same study."""
    rng = random.Random(SEED)
    answer_key, turn_key = _key_codes(data)
    all_codes = sorted({c for codes in answer_key.values() for c in codes})
    truth: dict[int, list[str]] = {}  # segment id -> the codes the key gives it
    answers: list[int] = []
    for document in project.documents(kind="answer", limit=10**9):
        [segment] = project.segments(document["id"], kind="answer")
        answers.append(segment["id"])
        truth[segment["id"]] = answer_key.get((document["respondent"], document["question"]), [])
    for document in project.documents(kind="transcript"):
        for number, turn in enumerate(project.segments(document["id"], kind="turn"), start=1):
            truth[turn["id"]] = turn_key.get((document["group"], number), [])
    with tempfile.TemporaryDirectory() as folder:
        first = [
            (s, c, CODER) for s in sorted(truth) for c in _as_coded(truth[s], CODER, all_codes, rng)
        ]
        _import_round(project, Path(folder), "ronde-1-noor.csv", first)
        project.samples.review(answers, coder=CODER)
        double = project.coding.assign_sample(
            [CODER, SECOND], DOUBLE_SIZE, seed=SEED, sample=DOUBLE_SAMPLE
        )
        units = [a["segment_id"] for a in project.coding.assignments(SECOND, DOUBLE_SAMPLE)]
        second = [
            (s, c, SECOND)
            for s in sorted(units)
            for c in _as_coded(truth[s], SECOND, all_codes, rng)
        ]
        _import_round(project, Path(folder), "dubbel-codering-daan.csv", second)
    project.samples.review(units, coder=SECOND)
    disputed = project.coding.disagreements([CODER, SECOND])
    for row in disputed.head(CONSENSUS_DECISIONS).itertuples(index=False):
        unit, code = int(row[0]), str(row[1])
        project.coding.consensus(unit, code, code in truth[unit])
    project.samples.draw(CODING_SAMPLE, CODING_SIZE, seed=SEED)
    project.suggestions.run(list(SUGGEST_CODES), embedding=EMBEDDING)
    reviewed = project.suggestions.queue(coder=CODER, limit=REVIEWED_SUGGESTIONS)
    for suggestion in reviewed:
        unit = suggestion["segment_id"]
        if suggestion["code"] in truth.get(unit, []):
            project.suggestions.accept(suggestion["id"], coder=CODER)
        else:
            project.suggestions.reject(suggestion["id"], coder=CODER)
    run = project.topics.run(
        question=TOPIC_QUESTION, embedding=EMBEDDING, n_topics=TOPICS, seed=SEED
    )
    topics = [t for t in project.topics.list(run["run"]) if t["topic"] != -1]
    biggest = max(topics, key=lambda t: (t["size"], -t["topic"]))
    words = ", ".join(str(k[0]) for k in biggest["keywords"][:2])
    project.topics.promote(biggest["topic"], TOPIC_CODE.format(words=words), run_id=run["run"])
    for code, verdict, memo in VERDICTS:
        project.mixed.record_verdict(code, verdict, memo)
    return {"double": double, "disputed": len(disputed), "suggestions": len(reviewed)}
