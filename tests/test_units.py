"""One vocabulary of units: every API that takes ``unit=`` accepts every name of
workbench/units.py, and they agree on what a name means (which segment kinds)."""

from __future__ import annotations

import pytest

from workbench import InputError, Project, units
from workbench.cli import build_parser
from conftest import app_on, open_page, write, write_csv

OPENINGS = [
    "Collega's maken grappen over mijn afkomst",
    "Mijn leidinggevende steunde mij",
    "Er werd gelachen om mijn accent",
    "De vertrouwenspersoon hielp mij goed",
    "Ik hoorde een grap over mijn geloof",
]
ENDINGS = [
    "tijdens de lunch.",
    "na een vergadering.",
    "op de afdeling.",
    "bij de koffie.",
    "in het teamoverleg.",
    "vorige week nog.",
]
TURNS = [
    ("Moderator", "Wat hebt u meegemaakt op het werk?"),
    ("Sanne", "Er worden grappen gemaakt over mijn afkomst, steeds weer."),
    ("Karim", "Mijn leidinggevende steunde mij toen ik het meldde."),
    ("Sanne", "Bij de koffie lachen collega's om mijn accent."),
    ("Moderator", "Hoe reageerde de organisatie daarop?"),
    ("Karim", "De vertrouwenspersoon hielp mij met een melding."),
    ("Sanne", "Een grap over mijn geloof, en niemand zei iets."),
    ("Karim", "Mijn team steunde mij gelukkig wel."),
]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """30 answers and a transcript of 8 turns, segmented; two coders coded both, not alike."""
    folder = tmp_path_factory.mktemp("units")
    rows = ["id;stratum;regio;antwoord"]
    for k in range(30):
        rows.append(
            f"R{k:02d};{'ab'[k % 2]};{['noord', 'zuid'][k % 2]};"
            f"{OPENINGS[k % 5]} {ENDINGS[k // 5]} Daarna {k} keer."
        )
    project = Project.create(folder / "p.db", user="ann")
    project.import_survey(
        write_csv(folder / "s.csv", rows),
        id="id",
        stratum="stratum",
        weight=None,
        open=["antwoord"],
    )
    text = "\n\n".join(f"{who}: {said}" for who, said in TURNS)
    project.import_transcript(write(folder, "fg1.txt", text), group="fg1")
    project.segment()
    project.codebook.add("Grappen")
    project.codebook.add("Steun")
    kinds = {
        s["id"]: s["kind"] for d in project.documents(limit=1000) for s in project.segments(d["id"])
    }
    for segment_id, kind in kinds.items():
        text = project.segment_by_id(segment_id)["text"].lower()
        code = "Grappen" if "grap" in text or "lach" in text else "Steun"
        if kind in ("answer", "turn") and segment_id % 3:
            project.coding.code_segment(segment_id, code, coder="ann")
        if kind in ("answer", "turn") and segment_id % 4:
            project.coding.code_segment(segment_id, code, coder="bob")
        if kind == "sentence" and segment_id % 5 == 0:
            project.coding.code_segment(segment_id, code, coder="ann")
            project.coding.code_segment(segment_id, code, coder="bob")
    project.kinds = kinds  # segment id -> kind, for the checks below
    yield project
    project.close()


def pairs() -> list[tuple[str, str]]:
    """(singular, plural) for every singular name."""
    return list(units.SINGULAR.items())


@pytest.mark.parametrize("unit", units.ACCEPTED)
def test_search_and_retrieve_take_every_name(mixed: Project, unit: str):
    """search(unit="answer") worked and retrieve(unit="answer") raised: now both take every
    name, and the segments they return are of the kinds the name means."""
    wanted = set(units.kinds(unit))
    hits = mixed.search("grappen", unit=unit, limit=500)
    assert hits and {h["kind"] for h in hits} == wanted
    passages = mixed.coding.retrieve("Grappen", unit=unit)
    assert not passages.empty and set(passages["unit_kind"]) == wanted
    plural = units.name(unit)
    assert passages.equals(mixed.coding.retrieve("Grappen", unit=plural))
    assert [h["segment_id"] for h in hits] == [
        h["segment_id"] for h in mixed.search("grappen", unit=plural, limit=500)
    ]
    table = mixed.coding.cooccurrence(unit=unit)
    assert table.equals(mixed.coding.cooccurrence(unit=plural)) and table.to_numpy().sum() > 0


@pytest.mark.parametrize("singular, plural", pairs())
def test_agreement_takes_every_name(mixed: Project, singular: str, plural: str):
    codes = ["Grappen", "Steun"]
    one = mixed.coding.agreement(["ann", "bob"], codes, unit=singular)
    assert one.to_dict() == mixed.coding.agreement(["ann", "bob"], codes, unit=plural).to_dict()
    assert one.overall.units > 0
    assert mixed.coding.disagreements(["ann", "bob"], codes, unit=singular).equals(
        mixed.coding.disagreements(["ann", "bob"], codes, unit=plural)
    )
    whole = mixed.coding.agreement(["ann", "bob"], codes, unit="units").overall.units
    assert whole == (
        mixed.coding.agreement(["ann", "bob"], codes, unit="answer").overall.units
        + mixed.coding.agreement(["ann", "bob"], codes, unit="turn").overall.units
    )


@pytest.mark.parametrize("unit", units.ACCEPTED)
def test_embeddings_and_double_coding_take_every_name(mixed: Project, unit: str):
    wanted = set(units.kinds(unit))
    ids, matrix = mixed.suggestions.embed(unit=unit)
    assert ids and {mixed.kinds[i] for i in ids} == wanted and len(matrix) == len(ids)
    assert ids == mixed.suggestions.embed(unit=units.name(unit))[0]
    name = f"dubbel-{unit}"
    result = mixed.coding.assign_sample(["ann", "bob"], 5, unit=unit, seed=1, sample=name)
    assert len(result["units"]) == 5 and {mixed.kinds[u] for u in result["units"]} <= wanted
    assigned = mixed.coding.assignments("ann", name)
    assert sorted(a["segment_id"] for a in assigned) == sorted(result["units"])


@pytest.mark.slow  # fits a model per name
@pytest.mark.parametrize("singular, plural", [*pairs(), ("units", "units")])
def test_suggestions_and_keywords_take_every_name(mixed: Project, singular: str, plural: str):
    one = mixed.suggestions.run(["Grappen"], unit=singular, min_examples=3)
    [run] = [r for r in mixed.model_runs("suggestions") if r["id"] == one["run"]]
    assert run["params"]["unit"] == plural  # stored by the one name, whatever was typed
    other = mixed.suggestions.run(["Grappen"], unit=plural, min_examples=3)
    assert one["codes"] == other["codes"] and one["suggested"] == other["suggested"]
    open_ = mixed.suggestions.queue(coder="ann", limit=1000)
    assert {mixed.kinds[s["segment_id"]] for s in open_} <= set(units.kinds(plural))
    assert mixed.topics.keywords(unit=singular, top=3) == mixed.topics.keywords(unit=plural, top=3)


def test_topics_take_units_answers_and_turns_together(mixed: Project):
    """``topics`` had no ``units``: now it runs on answers and turns together."""
    run = mixed.topics.run(unit="units", min_size=5, seed=0)
    members = mixed.topics.members(run["run"])
    assert {mixed.kinds[m["segment_id"]] for m in members} == {"answer", "turn"}
    assert run["unit"] == "units" and run["units"] == 38
    single = mixed.topics.run(unit="answer", min_size=5, seed=0)
    assert single["unit"] == "answers" and single["units"] == 30
    assert not mixed.topics.by(run_id=run["run"]).empty
    args = build_parser().parse_args(["topics", "p.db", "--unit", "units"])
    assert args.unit == "units"


def test_coding_samples_take_the_names_of_their_units(mixed: Project):
    for unit, stored in (
        ("answers", "answer"),
        ("answer", "answer"),
        ("respondents", "respondent"),
        ("respondent", "respondent"),
    ):
        status = mixed.samples.draw(f"s-{unit}", 4, unit=unit, seed=2)
        assert status["unit"] == stored and status["drawn"] == 4
    for unit in ("turns", "sentences", "units", "paragraphs"):
        with pytest.raises(InputError, match="a sample's unit is 'respondent' or 'answer'"):
            mixed.samples.draw(f"s-{unit}", 4, unit=unit)


def test_an_unknown_unit_is_the_same_error_everywhere(mixed: Project):
    calls = [
        lambda: mixed.search("grap", unit="paragraphs"),
        lambda: mixed.coding.retrieve("Grappen", unit="paragraphs"),
        lambda: mixed.coding.cooccurrence(unit="paragraphs"),
        lambda: mixed.coding.agreement(["ann", "bob"], unit="paragraphs"),
        lambda: mixed.coding.disagreements(["ann", "bob"], unit="paragraphs"),
        lambda: mixed.coding.assign_sample(["ann", "bob"], 2, unit="paragraphs"),
        lambda: mixed.suggestions.embed(unit="paragraphs"),
        lambda: mixed.suggestions.run(unit="paragraphs"),
        lambda: mixed.topics.run(unit="paragraphs"),
        lambda: mixed.topics.keywords(unit="paragraphs"),
    ]
    messages = set()
    for call in calls:
        with pytest.raises(InputError) as info:
            call()
        messages.add(str(info.value))
    assert messages == {
        "unknown unit 'paragraphs'; use one of units, answers, turns, "
        "sentences (or answer, turn, sentence)"
    }


@pytest.mark.parametrize(
    "command", ["search", "retrieve", "agreement", "assign", "suggest", "topics"]
)
def test_the_cli_offers_every_name(command: str):
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    [option] = [a for a in commands[command]._actions if a.dest == "unit"]
    assert tuple(option.choices) == units.ACCEPTED


@pytest.mark.slow  # AppTest runs
def test_the_ui_lists_are_the_vocabulary(mixed: Project):
    """The Search page offers every unit name, in the interface language, and a search in
    turns shows turns only; the Topics page offers answers and turns together too."""
    at = open_page(app_on(mixed.path), "ui/search_page.py")
    [unit] = [r for r in at.radio if r.key == "search_unit"]
    assert unit.options == ["Answers and turns", "Answers", "Turns", "Sentences"]
    at.text_input(key="search_query").set_value("grappen").run()
    unit.set_value("Turns").run()
    hits = [h.proto.body for h in at.get("html")]
    assert hits and all(h.startswith("<div><small>turn ") for h in hits)
    at = open_page(app_on(mixed.path), "ui/topics_page.py")
    [unit] = [r for r in at.radio if r.key == "topics_unit"]
    assert unit.options == ["Answers", "Turns", "Answers and turns"]
