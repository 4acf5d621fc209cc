"""Coding by several coders: spans, segments, removal, undo, memos, imported codings,
retrieval with filters, co-occurrence, agreement, consensus and double-coding samples."""

from __future__ import annotations

import pytest

from workbench import InputError, Project
from conftest import snapshot, write, write_csv

TRANSCRIPT = """[00:00:01] Moderator: Wat hebben jullie meegemaakt?
[00:00:05] Samira: Grappen over mijn hoofddoek, elke week weer.
[00:00:20] Joost: Ik heb gezien dat een collega werd buitengesloten.
[00:00:40] Moderator: Wat deden jullie toen?
[00:00:45] Samira: Ik ben naar de vertrouwenspersoon gegaan.
"""


@pytest.fixture
def coded(tmp_path) -> Project:
    project = Project.create(tmp_path / "c.db", user="ann")
    survey = write_csv(
        tmp_path / "s.csv",
        [
            "id,stratum,w,herkomst,q",
            "R1,a,1,buiten Europa,Ze maakten grappen over mijn afkomst. Ik zei niets.",
            "R2,a,1,Nederland,Ik werd genegeerd in overleggen.",
            "R3,b,2,buiten Europa,Mijn leidinggevende lachte mee met de grappen.",
            "R4,b,2,Nederland,Niets gemerkt eigenlijk.",
        ],
    )
    project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])
    project.import_transcript(write(tmp_path, "fg1.txt", TRANSCRIPT))
    project.import_speakers(
        write(
            tmp_path,
            "sp.csv",
            "group,speaker,role\nfg1,Moderator,moderator\n"
            "fg1,Samira,participant\nfg1,Joost,participant\n",
        )
    )
    project.segment()
    for path in (
        "Vormen/Grappen",
        "Vormen/Genegeerd",
        "Actoren/Leidinggevende",
        "Reacties/Vertrouwenspersoon",
    ):
        project.codebook.add(path, definition="test")
    yield project
    project.close()


def answer_unit(project: Project, respondent: str) -> dict:
    [doc] = [d for d in project.documents(kind="answer") if d["respondent"] == respondent]
    return project.segments(doc["id"], kind="answer")[0]


def turn(project: Project, speaker: str, nth: int = 0) -> dict:
    [doc] = project.documents(kind="transcript")
    return [t for t in project.segments(doc["id"], kind="turn") if t["speaker"] == speaker][nth]


def test_code_a_span_inside_a_document(coded):
    unit = answer_unit(coded, "R1")
    start = unit["text"].index("grappen")
    coding_id = coded.coding.code(
        unit["document_id"], start, start + len("grappen"), "Vormen/Grappen"
    )
    [coding] = coded.coding.codings()
    assert coding["id"] == coding_id and coding["text"] == "grappen"
    assert (coding["coder"], coding["source"]) == ("ann", "human")
    # the same coding twice is one coding; several codes on one span are fine
    assert coded.coding.code(1, start, start + 7, "Vormen/Grappen") == coding_id
    coded.coding.code(1, start, start + 7, "Vormen/Genegeerd")
    assert len(coded.coding.codings()) == 2


def test_bad_codings_are_refused(coded):
    with pytest.raises(InputError, match="not inside document 1"):
        coded.coding.code(1, 5, 5000, "Vormen/Grappen")
    with pytest.raises(InputError, match="no document with id 99"):
        coded.coding.code(99, 0, 1, "Vormen/Grappen")
    with pytest.raises(InputError, match="Vormen/Grapen"):
        coded.coding.code(1, 0, 3, "Vormen/Grapen")
    assert coded.coding.codings() == []


def test_code_whole_segments_and_turns(coded):
    unit = answer_unit(coded, "R2")
    coded.coding.code_segment(unit["id"], "Vormen/Genegeerd")
    samira = turn(coded, "Samira")
    coded.coding.code_segment(samira["id"], "Vormen/Grappen", coder="bob")
    texts = {c["coder"]: c["text"] for c in coded.coding.codings()}
    assert texts == {
        "ann": "Ik werd genegeerd in overleggen.",
        "bob": "Grappen over mijn hoofddoek, elke week weer.",
    }


def test_uncode_keeps_the_coding_and_only_for_its_coder(coded):
    coding_id = coded.coding.code(1, 0, 10, "Vormen/Grappen", coder="bob")
    with pytest.raises(InputError, match="belongs to 'bob'"):
        coded.coding.uncode(coding_id, coder="ann")
    coded.coding.uncode(coding_id, coder="bob")
    assert coded.coding.codings() == []
    [removed] = coded.coding.codings(include_removed=True)
    assert removed["id"] == coding_id and removed["removed_event"] is not None


def test_undo_reverses_each_coders_own_last_actions(coded):
    first = coded.coding.code(1, 0, 10, "Vormen/Grappen", coder="ann")
    second = coded.coding.code(2, 0, 10, "Vormen/Genegeerd", coder="ann")
    other = coded.coding.code(3, 0, 10, "Vormen/Grappen", coder="bob")
    coded.coding.uncode(first, coder="ann")
    memo = coded.coding.add_memo("document", 1, "Let op: ironie?", coder="ann")
    assert coded.coding.undo(coder="ann")["undid"] == "memo"
    assert coded.coding.memos("document", 1) == []
    assert coded.coding.undo(coder="ann")["undid"] == "uncode"
    assert {c["id"] for c in coded.coding.codings()} == {first, second, other}
    assert coded.coding.undo(coder="ann")["undid"] == "code"
    assert {c["id"] for c in coded.coding.codings()} == {first, other}
    assert coded.coding.undo(coder="ann")["undid"] == "code"
    assert coded.coding.undo(coder="ann") is None
    assert {c["id"] for c in coded.coding.codings()} == {other}  # bob's coding untouched
    assert memo not in [m["id"] for m in coded.coding.memos()]
    assert len(coded.coding.codings(include_removed=True)) == 3  # nothing destroyed


def test_memos_on_codes_segments_and_documents(coded):
    code_id = coded.codebook.get("Vormen/Grappen").id
    coded.coding.add_memo("code", code_id, "Ook woordgrappen over namen.")
    coded.coding.add_memo("segment", answer_unit(coded, "R1")["id"], "Twijfel: ironisch bedoeld?")
    assert [m["text"] for m in coded.coding.memos("code", code_id)] == [
        "Ook woordgrappen over namen."
    ]
    assert len(coded.coding.memos()) == 2
    with pytest.raises(InputError, match="empty"):
        coded.coding.add_memo("document", 1, "  ")


def test_import_codings_from_csv_all_or_nothing(coded, tmp_path):
    unit = answer_unit(coded, "R3")
    good = write(
        tmp_path,
        "codings.csv",
        "document,segment,start,end,code,coder\n"
        f",{unit['id']},,,Actoren/Leidinggevende,cas\n"
        "1,,0,15,Vormen/Grappen,\n",
    )
    assert coded.coding.import_file(good, coder="dee")["codings"] == 2
    assert sorted(c["coder"] for c in coded.coding.codings()) == ["cas", "dee"]
    before = snapshot(coded)
    for body, expected in [
        (
            "document,start,end,code,coder\n1,0,5,Vormen/Grappen,x\n1,0,5,Onbekend,x\n",
            "row 3: no code",
        ),
        ("document,start,end,code,coder\n1,0,9999,Vormen/Grappen,x\n", "row 2: span"),
        ("document,start,end,code,coder\n1,0,5,Vormen/Grappen,\n", "row 2: no coder"),
        ("document,start,end,code,coder\nabc,0,5,Vormen/Grappen,x\n", "row 2: document 'abc'"),
        ("text,code\nx,y\n", "needs a 'document' or 'segment' column"),
    ]:
        bad = write(tmp_path, "bad.csv", body)
        with pytest.raises(InputError, match=expected) as error:
            coded.coding.import_file(bad)
        assert str(error.value).startswith(str(bad))
    assert snapshot(coded) == before


def test_retrieve_with_context_and_filters(coded):
    for respondent in ("R1", "R2", "R3"):
        unit = answer_unit(coded, respondent)
        coded.coding.code(unit["document_id"], 0, 10, "Vormen/Grappen")
    coded.coding.code_segment(turn(coded, "Samira")["id"], "Vormen/Grappen")
    coded.coding.code_segment(turn(coded, "Moderator")["id"], "Vormen/Grappen")
    everything = coded.coding.retrieve("Vormen")  # a parent code brings its sub-codes
    assert len(everything) == 5
    row = everything.iloc[0]
    assert row["code"] == "Vormen/Grappen" and row["unit_text"].startswith(row["text"])
    abroad = coded.coding.retrieve("Vormen/Grappen", respondents={"herkomst": ["buiten Europa"]})
    assert sorted(abroad["respondent"]) == ["R1", "R3"]
    participants = coded.coding.retrieve("Vormen/Grappen", speakers={"role": ["participant"]})
    assert list(participants["speaker"]) == ["Samira"]
    assert len(coded.coding.retrieve("Vormen/Grappen", group="fg1")) == 2
    assert coded.coding.retrieve("Vormen/Grappen", coders=["nobody"]).empty


def test_cooccurrence_counts_units_with_both_codes(coded):
    r1, r3 = answer_unit(coded, "R1"), answer_unit(coded, "R3")
    coded.coding.code(r1["document_id"], 0, 5, "Vormen/Grappen")
    coded.coding.code(r3["document_id"], 0, 5, "Vormen/Grappen")
    coded.coding.code(r3["document_id"], 6, 20, "Actoren/Leidinggevende", coder="bob")
    table = coded.coding.cooccurrence(
        ["Vormen/Grappen", "Actoren/Leidinggevende", "Vormen/Genegeerd"]
    )
    assert table.loc["Vormen/Grappen", "Vormen/Grappen"] == 2
    assert table.loc["Vormen/Grappen", "Actoren/Leidinggevende"] == 1
    assert table.loc["Vormen/Genegeerd"].sum() == 0


def test_agreement_disagreement_and_consensus(coded):
    units = [answer_unit(coded, r) for r in ("R1", "R2", "R3", "R4")]
    sample = coded.coding.assign_sample(["ann", "bob"], 4, unit="answer", seed=3)
    assert sorted(sample["units"]) == sorted(u["id"] for u in units)
    # ann codes Grappen on R1, R3; bob on R1 only: 3 of 4 units agree
    for unit in (units[0], units[2]):
        coded.coding.code_segment(unit["id"], "Vormen/Grappen", coder="ann")
    coded.coding.code_segment(units[0]["id"], "Vormen/Grappen", coder="bob")
    report = coded.coding.agreement(["ann", "bob"], ["Vormen/Grappen"], unit="answers")
    [row] = report.per_code
    assert row.units == 4 and row.percent_agreement == pytest.approx(0.75)
    # by hand: po = .75; pe = .5*.25 + .5*.75 = .5; kappa = (.75 - .5) / .5 = .5
    assert row.cohen_kappa == pytest.approx(0.5)
    diff = coded.coding.disagreements(["ann", "bob"], ["Vormen/Grappen"], unit="answers")
    assert list(diff["unit"]) == [units[2]["id"]]
    coded.coding.consensus(units[2]["id"], "Vormen/Grappen", applied=True)
    consensus = coded.coding.codings(coders=["consensus"])
    assert [c["segment_id"] for c in consensus] == [units[2]["id"]]
    assert len(coded.coding.codings(coders=["ann", "bob"])) == 3  # originals kept


def test_agreement_counts_only_the_units_both_coders_were_given(coded):
    """Codes applied outside the double-coding sample (a suggestion accepted, a search hit
    coded) leave the agreement as it was; the report says which units counted."""
    units = {r: answer_unit(coded, r) for r in ("R1", "R2", "R3", "R4")}
    given = coded.coding.assign_sample(["ann", "bob"], 2, unit="answer", seed=3, sample="dc")
    inside = [u for u in units.values() if u["id"] in given["units"]]
    outside = [u for u in units.values() if u["id"] not in given["units"]]
    coded.coding.code_segment(inside[0]["id"], "Vormen/Grappen", coder="ann")
    coded.coding.code_segment(inside[0]["id"], "Vormen/Grappen", coder="bob")
    coded.coding.code_segment(inside[1]["id"], "Vormen/Grappen", coder="ann")
    before = coded.coding.agreement(["ann", "bob"], ["Vormen/Grappen"], unit="answers")
    assert before.per_code[0].units == 2 and before.per_code[0].percent_agreement == 0.5
    assert before.scope == {"units": "samples", "samples": ["dc"]}
    # ann codes every answer in a full round; bob accepts a code outside the sample
    for unit in outside:
        coded.coding.code_segment(unit["id"], "Vormen/Grappen", coder="ann")
    coded.coding.code_segment(outside[0]["id"], "Vormen/Genegeerd", coder="bob")
    after = coded.coding.agreement(["ann", "bob"], ["Vormen/Grappen"], unit="answers")
    assert after.to_dict()["per_code"] == before.to_dict()["per_code"]
    differ = coded.coding.disagreements(["ann", "bob"], ["Vormen/Grappen"], unit="answers")
    assert list(differ["unit"]) == [inside[1]["id"]]
    assert after.to_dict()["counts"] == {"per_code": "units", "overall": "unit x code pairs"}
    with pytest.raises(InputError, match="no units of double-coding sample 'nope'"):
        coded.coding.agreement(["ann", "bob"], unit="answers", sample="nope")


def test_without_a_double_coding_sample_the_coded_units_count(coded):
    r1, r2 = answer_unit(coded, "R1"), answer_unit(coded, "R2")
    for coder in ("ann", "bob"):
        coded.coding.code_segment(r1["id"], "Vormen/Grappen", coder=coder)
    coded.coding.code_segment(r2["id"], "Vormen/Grappen", coder="ann")
    coded.coding.code_segment(r2["id"], "Vormen/Genegeerd", coder="bob")
    report = coded.coding.agreement(["ann", "bob"], ["Vormen/Grappen"], unit="answers")
    assert report.scope == {"units": "coded", "samples": []}
    assert report.per_code[0].units == 2 and report.per_code[0].percent_agreement == 0.5


def test_assign_sample_is_reproducible(coded):
    one = coded.coding.assign_sample(["ann", "bob"], 2, seed=7, sample="s1")
    two = coded.coding.assign_sample(["ann", "bob"], 2, seed=7, sample="s2")
    assert one["units"] == two["units"]
    assert len(coded.coding.assignments(coder="bob")) == 4
    with pytest.raises(InputError, match="two coders"):
        coded.coding.assign_sample(["ann"], 2)


def test_segments_by_id_and_the_list_of_coders(coded):
    unit = answer_unit(coded, "R2")
    samira = turn(coded, "Samira")
    found = coded.segments_by_id([unit["id"], samira["id"], 99999])
    assert set(found) == {unit["id"], samira["id"]}
    assert found[samira["id"]]["speaker"] == "Samira" and found[samira["id"]]["kind"] == "turn"
    assert coded.segment_by_id(unit["id"])["text"] == "Ik werd genegeerd in overleggen."
    with pytest.raises(InputError, match="no segment with id 99999"):
        coded.segment_by_id(99999)
    coded.coding.code_segment(unit["id"], "Vormen/Genegeerd", coder="zoe")
    coded.coding.assign_sample(["ann", "bob"], 1)
    assert coded.coders() == ["ann", "bob", "zoe"]
