"""Blind double coding, enforced in the API: while a double-coding sample is open, a coder
who reads codings (the codings list, retrieval, co-occurrence, agreement, the command line,
the Code page) sees only their own work on its units, and the consensus only once an owner
has revealed the sample (a recorded event). Owners see everything; outside the sample
everyone sees everyone's work."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from workbench import InputError, PermissionDenied, Project
from conftest import app_on, open_page, run_cli, shown, snapshot, write_csv

OWNER, CARL, DANA, VERA = "olga", "carl", "dana", "vera"
GRAPPEN, HULP = "Thema/Grappen", "Thema/Hulp"
ANSWERS = [
    "Een collega noemde mij 'de buitenlander' tijdens het overleg.",
    "Mijn leidinggevende greep niet in toen er grappen over mijn geloof werden gemaakt.",
    "Ik heb het gemeld bij de vertrouwenspersoon en die nam het serieus.",
    "Bij sollicitaties werd ik twee keer gepasseerd, steeds voor iemand zonder migratieachtergrond.",
    "Er werd over mij gepraat in een taal die ik niet versta; ik voelde me buitengesloten.",
    "De teamleider vroeg waar ik 'echt' vandaan kom, elke maandag opnieuw.",
    "Na mijn melding kreeg ik minder interessante klussen.",
    "HR zei dat het maar een grapje was en deed er verder niets mee.",
    "Geen ervaringen met racisme op mijn afdeling, wel in de kantine.",
    "Collega's imiteerden mijn accent tijdens de lunch.",
]


@pytest.fixture
def blind(tmp_path: Path) -> tuple[Path, dict]:
    """olga (owner) assigns carl and dana (coders) a double-coding sample; both code its
    first unit differently, dana also codes a unit outside it, olga records a consensus."""
    path = tmp_path / "blind.db"
    rows = ["id,stratum,q"] + [f'R{i:02d},{"ab"[i % 2]},"{a}"' for i, a in enumerate(ANSWERS)]
    with Project.create(path, user=OWNER) as p:
        p.import_survey(
            write_csv(tmp_path / "s.csv", rows),
            id="id",
            stratum="stratum",
            weight=None,
            open=["q"],
            warm_nlp=False,
        )
        p.codebook.add(GRAPPEN)
        p.codebook.add(HULP)
        sample = p.coding.assign_sample([CARL, DANA], 4, seed=2, sample="dubbel")
        for name, role in ((CARL, "coder"), (DANA, "coder"), (VERA, "viewer")):
            p.members.add(name, role)
        units = [s["id"] for d in p.documents(kind="answer") for s in p.segments(d["id"])]
    inside = sample["units"][0]
    outside = next(u for u in units if u not in sample["units"])
    coded = {}
    with Project.open(path, user=CARL) as p:
        coded["carl"] = p.coding.code_segment(inside, GRAPPEN)
    with Project.open(path, user=DANA) as p:
        coded["dana"] = p.coding.code_segment(inside, HULP)
        coded["dana_outside"] = p.coding.code_segment(outside, HULP)
    with Project.open(path, user=OWNER) as p:
        coded["consensus"] = p.coding.consensus(inside, GRAPPEN, True)
        document = p.segment_by_id(inside)["document_id"]
    return path, {"inside": inside, "outside": outside, "coded": coded, "document": document}


def _ids(rows) -> set[int]:
    return {r["id"] for r in rows}


def test_a_coder_sees_only_their_own_work_on_an_open_sample(blind):
    path, f = blind
    c = f["coded"]
    with Project.open(path, user=CARL) as carl:
        assert _ids(carl.coding.codings()) == {c["carl"], c["dana_outside"]}
        assert _ids(carl.coding.codings(document_id=f["document"])) == {c["carl"]}
        assert _ids(carl.coding.codings(coders=[DANA, "consensus"])) == {c["dana_outside"]}
        assert set(carl.coding.retrieve(HULP)["coding_id"]) == {c["dana_outside"]}
        assert set(carl.coding.retrieve(GRAPPEN)["coding_id"]) == {c["carl"]}
        table = carl.coding.cooccurrence([GRAPPEN, HULP])
        assert table.loc[GRAPPEN, HULP] == 0  # dana's Hulp on carl's unit is not there
        # the codebook's counts do not give the other coder's work away either
        assert carl.codebook.coding_counts() == {"Thema": 0, GRAPPEN: 1, HULP: 1}
        # agreement leaves the blind units out: here nothing is left to compare
        with pytest.raises(InputError, match="'dubbel' stay blind to carl until an owner"):
            carl.coding.disagreements([CARL, DANA])
    with Project.open(path, user=DANA) as dana:
        assert _ids(dana.coding.codings()) == {c["dana"], c["dana_outside"]}
        assert set(dana.coding.retrieve(GRAPPEN)["coding_id"]) == set()
    with Project.open(path, user=OWNER) as olga:  # the owner sees everything
        assert _ids(olga.coding.codings()) == {
            c["carl"],
            c["dana"],
            c["dana_outside"],
            c["consensus"],
        }
        assert set(olga.coding.retrieve(HULP)["coding_id"]) == {c["dana"], c["dana_outside"]}
        table = olga.coding.cooccurrence([GRAPPEN, HULP])
        assert table.loc[GRAPPEN, HULP] == 1
        assert olga.codebook.coding_counts() == {"Thema": 0, GRAPPEN: 2, HULP: 2}
        disputed = olga.coding.disagreements([CARL, DANA])
        assert set(disputed["unit"]) == {f["inside"]}


def test_an_owner_reveals_the_sample_once_and_it_is_recorded(blind):
    path, f = blind
    c = f["coded"]
    with Project.open(path, user=CARL) as carl:
        before = snapshot(carl)
        with pytest.raises(PermissionDenied, match=r"'carl' \(coder\) may not do 'reveal-sample'"):
            carl.samples.reveal("dubbel")
        assert snapshot(carl) == before
    with Project.open(path, user=OWNER) as olga:
        with pytest.raises(InputError, match="no double-coding sample 'dubel'.*dubbel"):
            olga.samples.reveal("dubel")
        assert olga.samples.reveal("dubbel") == {
            "sample": "dubbel",
            "units": 4,
            "coders": [CARL, DANA],
        }
        event = olga.events(1)[0]
        assert (event["action"], event["actor"], event["target"]) == (
            "reveal-sample",
            OWNER,
            "dubbel",
        )
        before = snapshot(olga)
        with pytest.raises(InputError, match="'dubbel' was revealed already"):
            olga.samples.reveal("dubbel")
        # a new sample under a revealed name would not be blind: refused
        with pytest.raises(InputError, match="'dubbel' was revealed already: choose another"):
            olga.coding.assign_sample([CARL, DANA], 2, unit="units", sample="dubbel")
        assert snapshot(olga) == before
    with Project.open(path, user=CARL) as carl:  # now carl sees dana's work and the consensus
        everything = {c["carl"], c["dana"], c["dana_outside"], c["consensus"]}
        assert _ids(carl.coding.codings()) == everything
        assert set(carl.coding.disagreements([CARL, DANA])["unit"]) == {f["inside"]}


def test_the_event_log_shows_a_coder_who_but_not_what_of_others_blind_work(blind):
    path, f = blind
    with Project.open(path, user=CARL) as carl:
        seen = {(e["actor"], e["action"]): e for e in carl.events(100)}
    dana = seen[(DANA, "code")]
    assert dana["target"] is None and dana["payload"] == {}
    assert seen[(OWNER, "consensus")]["payload"] == {}
    assert seen[(CARL, "code")]["payload"]["coding"] == f["coded"]["carl"]  # their own
    assert seen[(OWNER, "assign-sample")]["payload"]["sample"] == "dubbel"  # not coding work
    with Project.open(path, user=OWNER) as olga:
        assert any(e["payload"].get("coding") == f["coded"]["dana"] for e in olga.events(100))
        olga.samples.reveal("dubbel")
    with Project.open(path, user=CARL) as carl:
        assert any(e["payload"].get("coding") == f["coded"]["dana"] for e in carl.events(100))


def test_blindness_holds_for_a_span_inside_a_sampled_unit(blind):
    """A coding of a few words inside a blind unit is as hidden as one of the whole unit."""
    path, f = blind
    with Project.open(path, user=DANA) as dana:
        unit = dana.segment_by_id(f["inside"])
        words = dana.coding.code(
            unit["document_id"], unit["start"] + 4, unit["start"] + 11, GRAPPEN
        )
    with Project.open(path, user=CARL) as carl:
        assert words not in _ids(carl.coding.codings())
        assert words not in set(carl.coding.retrieve(GRAPPEN)["coding_id"])


def test_blind_coding_from_the_command_line(blind):
    path, f = blind
    with Project.open(path, user=OWNER) as olga:
        text = olga.segment_by_id(f["inside"])["text"]
    as_carl = run_cli(["retrieve", str(path), HULP, "--user", CARL, "--json"])
    assert as_carl.returncode == 0, as_carl.stderr
    assert text[:30] not in as_carl.stdout and str(f["coded"]["dana_outside"]) in as_carl.stdout
    refused = run_cli(["reveal-sample", str(path), "dubbel", "--user", CARL])
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "'carl' (coder) may not do 'reveal-sample'" in refused.stderr
    done = run_cli(["reveal-sample", str(path), "dubbel", "--user", OWNER])
    assert done.returncode == 0, done.stderr
    assert "revealed 'dubbel': carl, dana now see each other's codings" in done.stdout
    after = run_cli(["retrieve", str(path), HULP, "--user", CARL, "--json"])
    assert text[:30] in after.stdout
    again = run_cli(["reveal-sample", str(path), "dubbel", "--user", OWNER])
    assert again.returncode == 1 and "was revealed already" in again.stderr


def test_the_code_page_shows_a_coder_no_other_coders_codes_on_a_blind_unit(blind):
    path, f = blind
    at = open_page(app_on(path, coder=CARL), "ui/code_page.py")
    at.selectbox(key="code_doc").set_value(f["document"]).run()
    assert not at.exception
    page = shown(at)
    assert f"{GRAPPEN} (carl)" in page
    assert "dana" not in page and "consensus" not in page and HULP not in page
    owner = open_page(app_on(path, coder=OWNER), "ui/code_page.py")
    owner.selectbox(key="code_doc").set_value(f["document"]).run()
    page = shown(owner)
    assert f"{HULP},dana," in page and f"{GRAPPEN},consensus," in page  # its codings table


def test_a_cached_read_never_crosses_from_the_owner_to_a_coder(blind):
    """The pages' cached reads (ui/data.py) are shared by every session of the server: the
    owner's view, read first, must not be what the coder is shown next."""
    path, f = blind
    with Project.open(path, user=OWNER) as olga:
        text = html.escape(olga.segment_by_id(f["inside"])["text"])  # as the page sends it
    owner = open_page(app_on(path, coder=OWNER), "ui/retrieve_page.py")
    owner.selectbox(key="ret_code").set_value(HULP).run()
    assert text in shown(owner)  # dana's coding of the sampled unit
    carl = open_page(app_on(path, coder=CARL), "ui/retrieve_page.py")
    carl.selectbox(key="ret_code").set_value(HULP).run()
    assert not carl.exception
    assert text not in shown(carl) and "dana" in shown(carl)  # her work outside the sample


def test_memos_on_a_blind_unit_are_blind_too(blind):
    """A coder's memo on a sampled unit, its document or her coding of it is her work on
    that unit: hidden from the other coder until the reveal; memos elsewhere are not."""
    path, f = blind
    with Project.open(path, user=DANA) as dana:
        made = {
            dana.coding.add_memo("segment", f["inside"], "Ironie? Twijfel over Hulp."),
            dana.coding.add_memo("document", f["document"], "Lastig antwoord."),
            dana.coding.add_memo("coding", f["coded"]["dana"], "Hulp, niet Grappen."),
        }
        elsewhere = dana.coding.add_memo("segment", f["outside"], "Duidelijk geval.")
        project_memo = dana.coding.add_memo("project", None, "Ronde 1 klaar.")
    with Project.open(path, user=CARL) as carl:
        assert _ids(carl.coding.memos()) == {elsewhere, project_memo}
        assert carl.coding.memos("segment", f["inside"]) == []
        mine = carl.coding.add_memo("segment", f["inside"], "Grappen, zeker.")
        assert _ids(carl.coding.memos("segment", f["inside"])) == {mine}
    with Project.open(path, user=OWNER) as olga:
        assert _ids(olga.coding.memos()) == made | {elsewhere, project_memo, mine}
        olga.samples.reveal("dubbel")
    with Project.open(path, user=CARL) as carl:
        assert _ids(carl.coding.memos()) == made | {elsewhere, project_memo, mine}


def test_the_agreement_page_says_what_is_blind_and_an_owner_reveals_it(blind):
    path, f = blind
    carl = open_page(app_on(path, coder=CARL), "ui/agreement_page.py")
    assert "Blind double coding: dubbel." in shown(carl)
    assert not [b for b in carl.button if b.key == "reveal_go"]  # owners reveal
    olga = open_page(app_on(path, coder=OWNER), "ui/agreement_page.py")
    assert olga.selectbox(key="reveal_sample").value == "dubbel"
    olga.button(key="reveal_go").click().run()
    assert not olga.exception
    assert "dubbel revealed: carl, dana now see each other's codings." in shown(olga)
    assert "Blind double coding" not in shown(olga)
    with Project.open(path, user=OWNER) as p:
        assert p.samples.blind() == []
        assert (p.events(1)[0]["action"], p.events(1)[0]["actor"]) == ("reveal-sample", OWNER)


def test_a_coders_export_leaves_out_others_work_on_blind_units(tmp_path: Path):
    """Coders export under the viewer rules; that export of the coded segments holds
    nothing of another coder's work on an open sample (12 answers: above the small-cell
    threshold, so the owner's export of the same kind shows them)."""
    path = tmp_path / "export.db"
    rows = ["id,stratum,q"] + [
        f'R{i:02d},{"ab"[i % 2]},"{ANSWERS[i % len(ANSWERS)]} (dag {i})"' for i in range(30)
    ]
    with Project.create(path, user=OWNER) as p:
        p.import_survey(
            write_csv(tmp_path / "s.csv", rows),
            id="id",
            stratum="stratum",
            weight=None,
            open=["q"],
            warm_nlp=False,
        )
        p.codebook.add(HULP)
        sample = p.coding.assign_sample([CARL, DANA], 12, seed=4, sample="dubbel")
        p.members.add(CARL, "coder")
        p.members.add(DANA, "coder")
    with Project.open(path, user=DANA) as dana:
        for unit in sample["units"]:
            dana.coding.code_segment(unit, HULP)
    exported = {}
    for user in (OWNER, CARL):
        with Project.open(path, user=user) as p:
            p.export("segments", tmp_path / f"{user}.csv", viewer=True)
        exported[user] = (tmp_path / f"{user}.csv").read_text(encoding="utf-8-sig")
    assert exported[OWNER].count(HULP) == 12
    assert HULP not in exported[CARL]
    assert "\n0 rows left out" in exported[CARL]  # not even how many there are
