"""Members and roles, enforced in the Python API: for each role, every write action of the
facade either works (one event by the acting user) or is refused with one PermissionDenied
line and leaves the project file exactly as it was. The table of actions below is checked
against workbench/events.py, so an action declared there without a role, or without a call
here, fails a test."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workbench import InputError, PermissionDenied, Project, events
from conftest import STARTER, snapshot, write, write_csv
from llm_helpers import replay_server
from media_helpers import VTT, sine_wav, speak
from pdf_helpers import write_memo

OWNER, CODER, VIEWER = "olga", "carl", "vera"
USERS = {"owner": OWNER, "coder": CODER, "viewer": VIEWER}
TEXTS = [
    "Collega's maken grappen over mijn afkomst en lachen erom",
    "De vertrouwenspersoon luisterde en steunde mij bij de melding",
    "Ik werd gepasseerd voor promotie ondanks mijn goede beoordeling",
]
GRAPPEN, HULP, PROMOTIE = "Thema/Grappen", "Thema/Hulp", "Thema/Promotie"


def _survey(folder: Path, name: str, first: int, count: int) -> Path:
    rows = ["id,stratum,w,herkomst,q"]
    for i in range(first, first + count):
        rows.append(
            f"R{i:03d},{'ab'[i % 2]},2,{'NL' if i % 3 else 'anders'},"
            f"{TEXTS[i % 3]}. Het gebeurde op dag {i}."
        )
    return write_csv(folder / name, rows)


def _transcript(folder: Path, group: str) -> Path:
    turns = [
        ("Moderator", f"Welkom bij groep {group}. Wat hebt u meegemaakt?"),
        ("Sanne", "Er worden grappen gemaakt over mijn afkomst."),
        ("Karim", "De vertrouwenspersoon steunde mij."),
    ]
    return write(folder, f"{group}.txt", "\n\n".join(f"{w}: {s}" for w, s in turns))


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict]]:
    """A team project (olga owner, carl coder, vera viewer) with everything the actions
    below need, and the facts they use (read once by the owner: a viewer may not read them).
    An LLM replay server answers "no code" to everything while the module runs."""
    folder = tmp_path_factory.mktemp("team")
    recorded = folder / "llm.json"
    recorded.write_text(json.dumps({"model": "m", "answers": {"": '{"codes": []}'}}))
    with replay_server(recorded) as endpoint:
        yield _team(folder, endpoint)


def _team(folder: Path, endpoint: str) -> tuple[Path, dict]:
    p = Project.create(folder / "team.db", user=OWNER)
    p.import_survey(
        _survey(folder, "s.csv", 0, 45), id="id", stratum="stratum", weight="w", open=["q"]
    )
    p.import_transcript(_transcript(folder, "fg1"), group="fg1")
    p.segment()
    p.codebook.import_file(STARTER)
    for path in (GRAPPEN, HULP, PROMOTIE, "Thema/Weg", "Thema/Leeg"):
        p.codebook.add(path)
    answers = p.documents(kind="answer", limit=100)
    units = [p.segments(d["id"], kind="answer")[0]["id"] for d in answers]
    for k, unit in enumerate(units[:30]):
        p.coding.code_segment(unit, (GRAPPEN, HULP, PROMOTIE)[k % 3])
    p.suggestions.embed(unit="answers")
    p.suggestions.run([GRAPPEN, HULP], min_examples=3)
    run = p.topics.run(min_size=5, seed=0)
    p.samples.draw("s1", 10, seed=1)
    p.import_transcript(_transcript(folder, "fg2"), group="fg2")  # left for `segment`
    p.import_transcript(write(folder, "av.vtt", VTT), group="av")  # timed, for link-media
    p.coding.assign_sample([OWNER, CODER], 3, unit="answers", seed=5, sample="llm-dubbel")
    p.llm.configure(endpoint=endpoint, model="m", threshold=-1.0)
    p.members.add(CODER, "coder")  # olga becomes the first owner
    p.members.add(VIEWER, "viewer")
    p.close()
    coded = {}
    for user, unit in ((OWNER, units[40]), (CODER, units[41])):
        with Project.open(folder / "team.db", user=user) as q:
            coded[user] = q.coding.code_segment(unit, GRAPPEN)
    with Project.open(folder / "team.db", user=OWNER) as p:
        facts = {
            "units": units,
            "coded": coded,
            "suggestions": [s["id"] for s in p.suggestions.queue(limit=10)],
            "topics": [t["topic"] for t in p.topics.list(run["run"]) if t["topic"] >= 0],
            "promotie": [c["id"] for c in p.coding.codings(codes=[PROMOTIE])],
            "document": answers[2]["id"],
        }
    facts["folder"] = folder
    return folder / "team.db", facts


def _codebook_file(f: dict) -> Path:
    return write(f["folder"], "extra.yaml", "codes:\n  - name: Extra\n    definition: Iets\n")


def _codings_file(f: dict, user: str) -> Path:
    return write_csv(
        f["folder"] / f"c-{user}.csv",
        ["document,start,end,code,coder", f"{f['document']},0,5,{HULP},{user}"],
    )


# every write action of the facade, one call each: action -> call(project, facts)
Call = Callable[[Project, dict], object]
ACTIONS: dict[str, Call] = {
    "set-min-cell": lambda p, f: p.set_min_cell(12),
    "import-survey": lambda p, f: p.import_survey(
        _survey(f["folder"], "s2.csv", 100, 5),
        id="id",
        stratum="stratum",
        weight="w",
        open=["q"],
        warm_nlp=False,
    ),
    "import-transcript": lambda p, f: p.import_transcript(
        _transcript(f["folder"], "fg3"), group="fg3"
    ),
    "import-document": lambda p, f: p.import_document(write_memo(f["folder"] / "memo.pdf")),
    "link-media": lambda p, f: p.link_media("av", sine_wav(f["folder"] / "av.wav", 14)),
    "transcribe": lambda p, f: p.transcribe(
        speak(f["folder"] / f"{p.user}.wav", "Ik heb dat gemeld bij de vertrouwenspersoon.")
    ),
    "import-speakers": lambda p, f: p.import_speakers(
        write_csv(f["folder"] / "sp.csv", ["group,speaker,role", "fg1,Sanne,deelnemer"])
    ),
    "set-speaker": lambda p, f: p.set_speaker_attribute("fg1", "Sanne", "functie", "jurist"),
    "set-variable": lambda p, f: p.set_respondent_value("R001", "herkomst", "anders"),
    "import-design": lambda p, f: p.survey.import_strata(
        write_csv(f["folder"] / "st.csv", ["stratum,N", "a,500", "b,400"]),
        stratum="stratum",
        population="N",
    ),
    "import-margins": lambda p, f: p.survey.import_margins(
        write_csv(
            f["folder"] / "m.csv",
            ["variable,value,share", "herkomst,NL,0.7", "herkomst,anders,0.3"],
        )
    ),
    "segment": lambda p, f: p.segment(),
    "codebook-add": lambda p, f: p.codebook.add("Thema/Nieuw"),
    "codebook-update": lambda p, f: p.codebook.update(GRAPPEN, definition="Grappen"),
    "codebook-rename": lambda p, f: p.codebook.rename("Thema/Leeg", "Vol"),
    "codebook-move": lambda p, f: p.codebook.move("Thema/Leeg", GRAPPEN),
    "codebook-merge": lambda p, f: p.codebook.merge("Thema/Leeg", "Thema/Weg"),
    "codebook-split": lambda p, f: p.codebook.split(PROMOTIE, "Bevordering", f["promotie"][:2]),
    "codebook-delete": lambda p, f: p.codebook.delete("Thema/Weg"),
    "codebook-reorder": lambda p, f: p.codebook.move_up("Thema/Leeg"),
    "codebook-import": lambda p, f: p.codebook.import_file(_codebook_file(f)),
    "import-codings": lambda p, f: p.coding.import_file(_codings_file(f, p.user)),
    "code": lambda p, f: p.coding.code_segment(f["units"][42], GRAPPEN),
    "uncode": lambda p, f: p.coding.uncode(f["coded"].get(p.user, f["coded"][CODER])),
    "memo": lambda p, f: p.coding.add_memo("project", None, "Eerste ronde klaar."),
    "consensus": lambda p, f: p.coding.consensus(f["units"][0], GRAPPEN, False),
    "undo": lambda p, f: p.coding.undo(),
    "review": lambda p, f: p.samples.review(f["units"][:3]),
    "assign-sample": lambda p, f: p.coding.assign_sample(
        [OWNER, CODER], 2, unit="turns", seed=3, sample="dubbel"
    ),
    "reveal-sample": lambda p, f: p.samples.reveal("llm-dubbel"),
    "draw-sample": lambda p, f: p.samples.draw("s2", 5, seed=2),
    "extend-sample": lambda p, f: p.samples.extend("s1", 4, seed=3),
    "embed": lambda p, f: p.suggestions.embed(unit="turns"),
    "suggest": lambda p, f: p.suggestions.run([GRAPPEN], min_examples=3),
    "accept": lambda p, f: p.suggestions.accept(f["suggestions"][0]),
    "reject": lambda p, f: p.suggestions.reject(f["suggestions"][1]),
    "topics": lambda p, f: p.topics.run(min_size=5, seed=1),
    "topic-promote": lambda p, f: p.topics.promote(f["topics"][0], "Thema/Uit topic"),
    "topic-merge": lambda p, f: p.topics.merge(f["topics"][1], GRAPPEN),
    "topic-dismiss": lambda p, f: p.topics.dismiss(f["topics"][2]),
    "verdict": lambda p, f: p.mixed.record_verdict(GRAPPEN, "converge"),
    "llm-settings": lambda p, f: p.llm.configure(threshold=0.5),
    "llm-code": lambda p, f: p.llm.check(codes=[GRAPPEN], sample="llm-dubbel"),
    "members-add": lambda p, f: p.members.add("nina", "coder"),
    "members-remove": lambda p, f: p.members.remove(VIEWER),
    "members-role": lambda p, f: p.members.set_role(VIEWER, "coder"),
}
# actions that make a new project file (its maker is its first user) or that only a schema
# migration writes: no call on an open project can write them
NOT_ON_AN_OPEN_PROJECT = {"create", "import-qdpx", "import-qdpx-memos", "deduplicate-codings"}


@pytest.mark.parametrize("action", sorted(events.EVENTS))
def test_every_declared_action_has_a_role(action: str):
    """A new action declared in events.py without a role in MINIMUM_ROLE fails here."""
    assert events.MINIMUM_ROLE.get(action) in events.ROLES, (
        f"{action!r} has no role: add it to MINIMUM_ROLE in workbench/events.py"
    )


def test_the_roles_name_only_declared_actions_and_every_action_is_tried():
    assert set(events.MINIMUM_ROLE) <= set(events.EVENTS)
    assert set(ACTIONS) | NOT_ON_AN_OPEN_PROJECT == set(events.EVENTS), (
        "add a call for each new action to ACTIONS in tests/test_roles.py"
    )


def _written(before: int, path: Path) -> list[tuple[str, str]]:
    with Project.open(path, user=OWNER) as p:
        return [(e["action"], e["actor"]) for e in p.events(50) if e["id"] > before]


@pytest.mark.parametrize("role", events.ROLES)
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_each_role_may_do_what_its_role_allows_and_nothing_else(
    team, tmp_path: Path, action: str, role: str
):
    source, facts = team
    path = tmp_path / "p.db"
    shutil.copy(source, path)
    user = USERS[role]
    with Project.open(path, user=user) as project:
        assert project.role == role
        before, state = snapshot(project), project.state()
        if events.may(role, action):
            ACTIONS[action](project, facts)
            assert (action, user) in _written(state, path)
        else:
            with pytest.raises(PermissionDenied) as refused:
                ACTIONS[action](project, facts)
            message = str(refused.value)
            assert "\n" not in message and message.startswith("p.db: ")
            assert repr(user) in message and f"({role})" in message
            assert "nothing was changed" in message
            assert snapshot(project) == before


def _copy(team, tmp_path: Path) -> tuple[Path, dict]:
    source, facts = team
    path = tmp_path / "p.db"
    shutil.copy(source, path)
    return path, facts


@pytest.mark.parametrize(
    "forge",
    [
        lambda p, f: p.coding.code_segment(f["units"][43], GRAPPEN, coder=OWNER),
        lambda p, f: p.coding.code(f["document"], 0, 5, GRAPPEN, coder=VIEWER),
        lambda p, f: p.coding.add_memo("project", None, "van olga", coder=OWNER),
        lambda p, f: p.coding.uncode(f["coded"][OWNER], coder=OWNER),
        lambda p, f: p.suggestions.accept(f["suggestions"][0], coder=OWNER),
        lambda p, f: p.samples.review(f["units"][:2], coder=OWNER),
        lambda p, f: p.coding.import_file(_codings_file(f, OWNER)),
    ],
    ids=["code_segment", "code", "memo", "uncode", "accept", "review", "import-codings"],
)
def test_a_coder_cannot_work_under_another_name(team, tmp_path: Path, forge):
    path, facts = _copy(team, tmp_path)
    with Project.open(path, user=CODER) as project:
        before = snapshot(project)
        with pytest.raises(
            PermissionDenied, match=r"'carl' \(coder\) may not act as '(olga|vera)'"
        ):
            forge(project, facts)
        assert snapshot(project) == before


def test_an_owner_cannot_code_as_someone_else_either(team, tmp_path: Path):
    path, facts = _copy(team, tmp_path)
    with Project.open(path, user=OWNER) as project:
        before = snapshot(project)
        with pytest.raises(PermissionDenied, match="'olga' \\(owner\\) may not act as 'carl'"):
            project.coding.code_segment(facts["units"][43], GRAPPEN, coder=CODER)
        # a write with another actor, straight on the core, is refused the same way
        with pytest.raises(PermissionDenied, match="may not act as 'carl'"):
            with project.core.write("memo", "project None", CODER):
                pass
        assert snapshot(project) == before
        # an owner imports a file that names the team's coders: the import is theirs
        project.coding.import_file(_codings_file(facts, CODER))
        assert project.events(1)[0]["actor"] == OWNER


def test_undo_undoes_only_the_acting_users_own_work(team, tmp_path: Path):
    path, facts = _copy(team, tmp_path)
    with Project.open(path, user=CODER) as carl:
        before = snapshot(carl)
        with pytest.raises(PermissionDenied, match="'carl' \\(coder\\) may not act as 'olga'"):
            carl.coding.undo(coder=OWNER)
        assert snapshot(carl) == before
    with Project.open(path, user=OWNER) as olga:
        with pytest.raises(PermissionDenied, match="'olga' \\(owner\\) may not act as 'carl'"):
            olga.coding.undo(coder=CODER)
        olga.coding.code_segment(facts["units"][44], HULP)  # olga's, newer than carl's
    with Project.open(path, user=CODER) as carl:
        assert carl.coding.undo()["event"] is not None
        left = {c["id"] for c in carl.coding.codings(coders=[CODER, OWNER])}
        assert facts["coded"][CODER] not in left  # carl's own coding is undone
        assert facts["coded"][OWNER] in left  # olga's work stands
        assert any(c["segment_id"] == facts["units"][44] for c in carl.coding.codings())


def test_a_viewer_reads_only_under_the_viewer_rules(team, tmp_path: Path):
    path, facts = _copy(team, tmp_path)
    with Project.open(path, user=VIEWER) as vera:
        before = snapshot(vera)
        for read in (
            lambda: vera.documents(),
            lambda: vera.document(facts["document"]),
            lambda: vera.segment_by_id(facts["units"][0]),
            lambda: vera.search("grappen"),
            lambda: vera.respondents(),
            lambda: vera.events(),
            lambda: vera.coding.codings(),
            lambda: vera.coding.memos(),
            lambda: vera.coding.retrieve(GRAPPEN),
            lambda: vera.topics.list(),
            lambda: vera.suggestions.queue(),
            lambda: vera.suggestions.explore(),
            lambda: vera.llm.calls(),
            lambda: vera.codebook.export_file(tmp_path / "book.yaml"),
        ):
            with pytest.raises(PermissionDenied, match="'vera' \\(viewer\\) may not read texts"):
                read()
        for kind, out in (("segments", "raw.csv"), ("qdpx", "all.qdpx"), ("dataset", "d.csv")):
            with pytest.raises(PermissionDenied, match="may not export more than the viewer"):
                vera.export(kind, tmp_path / out, viewer=kind != "segments")
            assert not (tmp_path / out).exists()
        assert snapshot(vera) == before
        # what a viewer is for: Browse, and exports under the viewer rules
        assert vera.browse()["themes"] is not None
        vera.export("segments", tmp_path / "viewer.csv", viewer=True)
        assert (tmp_path / "viewer.csv").stat().st_size > 0
        assert vera.members.list()[0] == {"name": OWNER, "role": "owner"}
    with Project.open(path, user=CODER) as carl:  # coders read text, exports are for owners
        assert carl.documents()
        with pytest.raises(PermissionDenied, match="'carl' \\(coder\\) may not export"):
            carl.export("segments", tmp_path / "raw.csv")


def test_someone_who_is_no_member_cannot_open_a_team_project(team):
    with pytest.raises(PermissionDenied, match="'eve' \\(not a member\\) may not open"):
        Project.open(team[0], user="eve")


def test_a_role_changed_meanwhile_counts_at_the_next_write(team, tmp_path: Path):
    path, facts = _copy(team, tmp_path)
    with Project.open(path, user=CODER) as carl, Project.open(path, user=OWNER) as olga:
        carl.coding.code_segment(facts["units"][43], GRAPPEN)
        olga.members.set_role(CODER, "viewer")
        before = snapshot(carl)
        with pytest.raises(PermissionDenied, match="'carl' \\(viewer\\) may not do 'code'"):
            carl.coding.code_segment(facts["units"][44], GRAPPEN)
        assert snapshot(carl) == before


def test_a_team_project_always_keeps_an_owner(team, tmp_path: Path):
    path, _ = _copy(team, tmp_path)
    with Project.open(path, user=OWNER) as olga:
        before = snapshot(olga)
        for change in (
            lambda: olga.members.remove(OWNER),
            lambda: olga.members.set_role(OWNER, "coder"),
        ):
            with pytest.raises(InputError, match="'olga' is the project's only owner"):
                change()
        with pytest.raises(InputError, match="role must be one of viewer, coder, owner"):
            olga.members.add("nina", "admin")
        with pytest.raises(InputError, match="'carl' is a member already \\(coder\\)"):
            olga.members.add(CODER, "viewer")
        with pytest.raises(InputError, match="a name the workbench uses itself"):
            olga.members.add("consensus", "coder")
        assert snapshot(olga) == before
        olga.members.set_role(CODER, "owner")
        olga.members.remove(OWNER)  # another owner is left: allowed
    with Project.open(path, user=CODER) as carl:
        assert carl.members.list()[0] == {"name": CODER, "role": "owner"}
        assert [e["action"] for e in carl.events(2)] == ["members-remove", "members-role"]
