"""The event types in one home (workbench/events.py): every action the code writes is
declared, every stored payload has exactly the declared fields, Core.write refuses an
undeclared action, and undo reverses exactly the declared undoable ones."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest

from workbench import Project, events
from conftest import STARTER, snapshot, write, write_csv
from llm_helpers import replay_server
from media_helpers import VTT, sine_wav, speak
from pdf_helpers import write_memo

ROOT = Path(__file__).resolve().parent.parent
SPEECH = shutil.which("espeak-ng") is not None
TOPICS = [
    ("grappen", "Collega's maken grappen over mijn afkomst en lachen erom"),
    ("steun", "De vertrouwenspersoon luisterde en steunde mij bij de melding"),
    ("promotie", "Ik werd gepasseerd voor promotie ondanks mijn goede beoordeling"),
]
TURNS = [
    ("Moderator", "Wat hebt u meegemaakt?"),
    ("Sanne", "Er worden grappen gemaakt over mijn afkomst."),
    ("Karim", "De vertrouwenspersoon steunde mij."),
    ("Sanne", "Bij de promotie werd ik gepasseerd."),
]


def rows_of(project: Project) -> list[dict]:
    return [
        {"action": a, "payload": json.loads(p)}
        for a, p in project.db.execute("SELECT action, payload FROM events ORDER BY id")
    ]


def misfits(rows: list[dict]) -> list[str]:
    """Every event row whose action is undeclared or whose payload keys are not the
    declared fields (plus optional ones)."""
    out = []
    for row in rows:
        declared = events.EVENTS.get(row["action"])
        keys = set(row["payload"])
        if declared is None:
            out.append(f"{row['action']}: not declared")
        elif not declared.allows(keys):
            out.append(
                f"{row['action']}: payload {sorted(keys)}, declared "
                f"{sorted(declared.fields)} + optional {sorted(declared.optional)}"
            )
    return out


def representative(folder: Path) -> tuple[Project, Path]:
    """A small project that goes through every kind of change the API makes."""
    rows = ["id,stratum,w,herkomst,q"]
    for i in range(45):
        _, text = TOPICS[i % 3]
        rows.append(
            f"R{i:02d},{'ab'[i % 2]},2,{'NL' if i % 3 else 'anders'},"
            f"{text}. Het gebeurde op dag {i}."
        )  # two sentences
    p = Project.create(folder / "p.db", user="ann")
    p.import_survey(
        write_csv(folder / "s.csv", rows), id="id", stratum="stratum", weight="w", open=["q"]
    )
    p.import_transcript(
        write(folder, "fg1.txt", "\n\n".join(f"{w}: {s}" for w, s in TURNS)), group="fg1"
    )
    p.import_speakers(
        write_csv(
            folder / "sp.csv", ["group,speaker,role", "fg1,Sanne,deelnemer", "fg1,Karim,deelnemer"]
        )
    )
    p.set_speaker_attribute("fg1", "Karim", "functie", "beleidsmedewerker")
    p.set_respondent_value("R03", "herkomst", "NL")
    p.import_document(write_memo(folder / "memo.pdf"), group="beleid")
    p.import_transcript(write(folder, "fg2.vtt", VTT), group="fg2")
    p.link_media("fg2", sine_wav(folder / "fg2.wav", 14))
    if SPEECH:  # Dutch speech by espeak-ng, heard by the local Whisper model
        p.transcribe(speak(folder / "fg3.wav", "Er werd een grap gemaakt over mijn naam."))
    p.survey.import_strata(
        write_csv(folder / "st.csv", ["stratum,N", "a,500", "b,400"]),
        stratum="stratum",
        population="N",
    )
    p.survey.import_margins(
        write_csv(
            folder / "m.csv", ["variable,value,share", "herkomst,NL,0.7", "herkomst,anders,0.3"]
        )
    )
    p.segment()
    p.codebook.import_file(STARTER)
    for path in ("Thema/Grappen", "Thema/Steun", "Thema/Promotie", "Thema/Weg", "Oud"):
        p.codebook.add(path)
    p.codebook.update("Thema/Grappen", definition="Grappen over afkomst")
    p.codebook.rename("Thema/Steun", "Hulp")
    p.codebook.move("Oud", "Thema")
    p.codebook.place("Thema/Hulp", position=1)
    p.codebook.merge("Thema/Oud", "Thema/Weg")
    p.codebook.delete("Thema/Weg")
    answers = p.documents(kind="answer", limit=100)
    units = [p.segments(d["id"], kind="answer")[0] for d in answers]
    for unit in units[:30]:  # the rest is left for the model to suggest
        text = p.segment_by_id(unit["id"])["text"]
        code = (
            "Thema/Grappen"
            if "grap" in text
            else "Thema/Hulp"
            if "vertrouwens" in text
            else "Thema/Promotie"
        )
        p.coding.code_segment(unit["id"], code, coder="ann")
        if unit["id"] % 2:
            p.coding.code_segment(unit["id"], code, coder="bob")
    gone = p.coding.code_segment(units[1]["id"], "Thema/Promotie", coder="ann")
    p.coding.uncode(gone, coder="ann")
    mine = [c["id"] for c in p.coding.codings(codes=["Thema/Promotie"], coders=["bob"])]
    p.codebook.split("Thema/Promotie", "Bevordering", mine[:2])
    sentence = next(s for s in p.segments(answers[0]["id"]) if s["kind"] == "sentence")
    p.coding.add_memo("segment", sentence["id"], "Een zin om te onthouden.", coder="ann")
    p.coding.add_memo("project", None, "Eerste ronde klaar.", coder="ann")
    p.coding.consensus(units[0]["id"], "Thema/Grappen", True)
    p.coding.import_file(
        write_csv(
            folder / "c.csv",
            ["document,start,end,code,coder", f"{answers[2]['id']},0,5,Thema/Hulp,carla"],
        )
    )
    transcript = p.documents(kind="transcript")[0]
    p.coding.import_file(
        write_csv(
            folder / "t.csv",
            [
                "id,document,tag,content",
                f"1,{transcript['title']},Thema.Grappen,"
                "Er worden grappen gemaakt over mijn afkomst.",
            ],
        ),
        coder="dirk",
    )
    p.coding.undo(coder="dirk")
    p.coding.assign_sample(["ann", "bob"], 6, unit="answers", seed=1, sample="dubbel")
    p.samples.draw("s1", 10, seed=1)
    p.samples.extend("s1", 5, seed=2)
    p.samples.review([u["id"] for u in units[:30]], coder="ann")
    p.suggestions.embed(unit="answers")
    p.suggestions.run(["Thema/Grappen", "Thema/Hulp"], min_examples=3)
    queue = p.suggestions.queue(coder="ann", limit=10)
    p.suggestions.accept(queue[0]["id"], coder="ann")
    p.suggestions.reject(queue[1]["id"], coder="ann")
    run = p.topics.run(min_size=5, seed=0)
    topics = [t["topic"] for t in p.topics.list(run["run"]) if t["topic"] >= 0]
    p.topics.promote(topics[0], "Thema/Nieuw")
    p.topics.merge(topics[1], "Thema/Grappen")
    p.topics.dismiss(topics[2])
    answers_of_llm = {"grappen over mijn afkomst": '{"codes": ["Thema/Grappen"]}'}
    answers_of_llm |= {text: '{"codes": []}' for _, text in TOPICS[1:]}
    recorded = folder / "llm.json"
    recorded.write_text(json.dumps({"model": "m", "answers": answers_of_llm}))
    with replay_server(recorded) as endpoint:  # the LLM coder: settings, check, gated run
        p.llm.configure(endpoint=endpoint, model="m", threshold=-1.0)
        p.llm.check(codes=["Thema/Grappen"])
        p.llm.code(codes=["Thema/Grappen"])
    p.samples.reveal("dubbel")  # the double coders see each other's work from now on
    p.mixed.record_verdict("Thema/Grappen", "diverge", "De enquête zegt minder dan de groepen.")
    p.set_min_cell(11)
    p.members.add("bob", "coder")  # ann becomes the first owner
    p.members.set_role("bob", "viewer")
    p.members.remove("bob")
    p.export("qdpx", folder / "p.qdpx")
    return p, folder / "p.qdpx"


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    folder = tmp_path_factory.mktemp("events")
    project, qdpx = representative(folder)
    rows = rows_of(project)
    project.close()
    Project.import_qdpx(qdpx, folder / "copy.db", user="eve")
    with Project.open(folder / "copy.db") as copy:
        return rows + rows_of(copy)


@pytest.mark.slow  # the history fixture runs every declared action (~15 s)
def test_every_payload_has_exactly_the_declared_fields(history):
    assert misfits(history) == []


@pytest.mark.slow  # the history fixture runs every declared action (~15 s)
def test_the_sequence_writes_every_declared_action(history):
    """So no declaration is stale: every action is written by the calls above (the
    migration's deduplicate-codings by test_codings_once)."""
    if not SPEECH:
        pytest.skip("espeak-ng (a Debian package, scripts/setup.sh) makes the speech transcribed")
    written = {row["action"] for row in history}
    assert written == set(events.EVENTS) - {"deduplicate-codings"}


@pytest.mark.slow  # the demo build
def test_the_demo_writes_only_declared_events(demo_file: Path):
    with Project.open(demo_file) as demo:
        rows = rows_of(demo)
    assert rows and misfits(rows) == []


def test_every_action_named_in_the_code_is_declared():
    """Every literal action given to a write (``core.write("code", ...)``) is declared; the
    composed ones (codebook-<verb>, topic-<action>) are checked by the sequence above."""
    named = set()
    for path in (ROOT / "workbench").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "write"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                named.add(node.args[0].value)
    assert len(named) > 20 and named <= set(events.EVENTS), named - set(events.EVENTS)


def test_an_undeclared_action_is_refused_and_nothing_is_written(project):
    before = snapshot(project)
    with pytest.raises(ValueError, match="undeclared event action 'recode'"):
        with project.core.write("recode", "x") as payload:
            payload["x"] = 1
    assert snapshot(project) == before


@pytest.mark.slow  # the history fixture runs every declared action (~15 s)
def test_undo_takes_its_list_from_the_declarations(history, tmp_path: Path):
    assert set(events.UNDOABLE) == {
        "code",
        "uncode",
        "memo",
        "consensus",
        "import-codings",
        "accept",
        "reject",
        "review",
    }
    with Project.create(tmp_path / "u.db", user="ann") as project:
        project.codebook.add("Vormen")  # a codebook change: not undoable
        with project.core.write("code", "document 0", "ann") as payload:
            payload.update(coding=None, code=None, coder="ann", span=[0, 0])
        assert project.coding.undo(coder="ann")["undid"] == "code"
        assert project.coding.undo(coder="ann") is None  # codebook-add is not in UNDOABLE
