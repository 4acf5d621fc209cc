"""The coding pages (Codebook, Code, Retrieve, Agreement, Browse), run headless with AppTest
on real project files; every check reopens the project file to see what was written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from workbench import Project
from conftest import (
    ROOT,
    answer_unit,
    app_on,
    code_path,
    live,
    open_page,
    open_tab,
    shown,
    with_starter,
    write,
    write_csv,
)

APP = str(ROOT / "app.py")
FIRST_LEAF = "Vormen/Opmerkingen en grappen"
HOSTILE = "<script>alert(1)</script> **vet** [link](http://x) genegeerd"
TRANSCRIPT = """[00:00:01] Moderator: Wat hebben jullie meegemaakt?
[00:00:05] Samira: Grappen over mijn hoofddoek, elke week weer.
[00:00:20] Joost: Ik heb gezien dat een collega werd buitengesloten.
"""


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """Four answers (one hostile), one focus group with speaker attributes, the starter
    codebook."""
    path = tmp_path / "small.db"
    with Project.create(path, name="small", user="lead") as project:
        survey = write_csv(
            tmp_path / "s.csv",
            [
                "id,stratum,w,herkomst,q",
                "R1,a,1,buiten Europa,Ze maakten grappen over mijn afkomst. Ik zei niets.",
                "R2,a,1,Nederland,Ik werd genegeerd in overleggen.",
                "R3,b,2,buiten Europa,Mijn leidinggevende lachte mee met de grappen.",
                f'R4,b,2,Nederland,"{HOSTILE}"',
            ],
        )
        project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])
        project.import_transcript(write(tmp_path, "fg1.txt", TRANSCRIPT))
        project.import_speakers(
            write(
                tmp_path,
                "sp.csv",
                "group,speaker,role\n"
                "fg1,Moderator,moderator\nfg1,Samira,participant\n"
                "fg1,Joost,participant\n",
            )
        )
        project.segment()
        with_starter(project)
    return path


def apply_buttons(at: AppTest) -> list:
    return [b for b in at.button if (b.key or "").startswith("apply-")]


# -- Code page ---------------------------------------------------------------------------------
def test_code_page_clicking_a_segment_button_codes_it_and_undo_removes_it(starter):
    at = open_page(app_on(starter, coder="ann"), "ui/code_page.py")
    [button, *_] = apply_buttons(at)
    unit_id = int(button.key.split("-")[1])
    assert "Opmerkingen en grappen" in button.label
    button.click().run()
    assert not at.exception
    [coding] = live(starter)
    assert coding["segment_id"] == unit_id and coding["coder"] == "ann"
    assert code_path(starter, coding["code_id"]) == FIRST_LEAF
    assert "Coded: " + FIRST_LEAF in shown(at)
    # the coded text is now highlighted in the code's colour, with code and coder as tooltip
    assert f"{FIRST_LEAF} (ann)" in shown(at)
    at.button(key="undo").click().run()
    assert not at.exception
    assert live(starter) == []
    assert len(live(starter, include_removed=True)) == 1  # undone, not destroyed
    assert "Undone: code" in shown(at)


def quick_list(path: Path) -> list:
    """The default quick list: the first nine codes without subcodes."""
    with Project.open(path, user="check") as project:
        codes = project.codebook.codes()
    parents = {c.parent_id for c in codes}
    return [c for c in codes if c.id not in parents][:9]


@pytest.mark.slow  # several AppTest reruns
def test_code_page_pills_toggle_codes_on_a_whole_segment(starter):
    at = open_page(app_on(starter, coder="ann"), "ui/code_page.py")
    unit_id = int(apply_buttons(at)[0].key.split("-")[1])
    target = quick_list(starter)[1]
    pills = next(p for p in at.pills if p.key.startswith(f"pills-{unit_id}-"))
    assert pills.value == [] and len(pills.options) == 9
    pills.set_value([target.id]).run()
    assert not at.exception
    [coding] = live(starter)
    assert (coding["code_id"], coding["segment_id"], coding["coder"]) == (target.id, unit_id, "ann")
    pills = next(p for p in at.pills if p.key.startswith(f"pills-{unit_id}-"))
    assert pills.value == [target.id]
    pills.set_value([]).run()
    assert not at.exception
    assert live(starter) == []


def test_code_page_blind_mode_hides_other_coders(small):
    unit = answer_unit(small, "R1")
    with Project.open(small, user="bob") as project:
        project.coding.code_segment(unit["id"], "Gronden/Afkomst")
    with Project.open(small, user="ann") as project:
        project.coding.code_segment(unit["id"], FIRST_LEAF)
    at = open_page(app_on(small, coder="ann"), "ui/code_page.py")
    assert "Gronden/Afkomst (bob)" in shown(at)
    assert f"{FIRST_LEAF} (ann)" in shown(at)
    at.toggle(key="blind").set_value(True).run()
    assert not at.exception
    assert "bob" not in shown(at) and "Gronden/Afkomst" not in shown(at)
    assert f"{FIRST_LEAF} (ann)" in shown(at)


def test_code_page_shows_hostile_answer_as_text(small):
    at = open_page(app_on(small), "ui/code_page.py")
    r4 = answer_unit(small, "R4")
    at.selectbox(key="code_doc").set_value(r4["document_id"]).run()
    assert not at.exception
    [block] = [
        h.proto.body
        for h in at.get("html")
        if "vet" in h.proto.body and "duiding-unit" in h.proto.body
    ]
    assert "<script>" not in block and "&lt;script&gt;alert(1)&lt;/script&gt;" in block
    assert "**vet** [link](http://x)" in block


def test_code_page_memo_on_the_document(small):
    at = open_page(app_on(small, coder="ann"), "ui/code_page.py")
    document_id = at.selectbox(key="code_doc").value
    at.text_area(key="memo_text").set_value("Ironie? <b>niet</b> zeker").run()
    at.button(key="add_memo").click().run()
    assert not at.exception
    with Project.open(small, user="check") as project:
        [memo] = project.coding.memos("document", document_id)
    assert memo["text"] == "Ironie? <b>niet</b> zeker" and memo["coder"] == "ann"
    assert "Ironie? &lt;b&gt;niet&lt;/b&gt; zeker" in shown(at)


def test_code_page_span_coder_and_transcript_turns(small):
    at = open_page(app_on(small), "ui/code_page.py")
    at.radio(key="code_kind").set_value("transcript").run()
    assert not at.exception
    labels = [h.proto.body for h in at.get("html") if "duiding-unit" in h.proto.body]
    assert len(labels) == 3 and "[00:00:05] Samira:" in labels[1]
    at.segmented_control(key="coding_mode").set_value("spans").run()
    assert not at.exception
    assert apply_buttons(at) == []  # the span coder replaces the unit buttons


def test_code_names_are_not_rendered_as_markdown_or_html(tmp_path):
    path = tmp_path / "names.db"
    with Project.create(path, user="lead") as project:
        survey = write_csv(tmp_path / "s.csv", ["id,stratum,w,q", "R1,a,1,Een antwoord."])
        project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])
        project.codebook.add("Test/**Vet** [x](y) <i>schuin")
    at = open_page(app_on(path), "ui/code_page.py")
    [button] = apply_buttons(at)
    assert button.label == r"＋ \*\*Vet\*\* \[x\]\(y\) \<i\>schuin"
    [pills] = at.pills
    assert pills.options == [r"\*\*Vet\*\* \[x\]\(y\) \<i\>schuin"]
    button.click().run()
    assert "Test/**Vet** [x](y) &lt;i&gt;schuin (ann)" in shown(at)


def test_span_coder_never_parses_data_as_html():
    from ui.text_coder import JS

    assert "innerHTML" not in JS and "insertAdjacentHTML" not in JS
    assert "textContent" in JS and "Array.from" in JS  # code points, not UTF-16 units


def test_code_page_queue_of_assigned_segments(small):
    with Project.open(small, user="lead") as project:
        sample = project.coding.assign_sample(
            ["ann", "bob"], 2, unit="answer", seed=1, sample="dubbel"
        )
    at = open_page(app_on(small, coder="ann"), "ui/code_page.py")
    at.segmented_control(key="code_source").set_value("queue").run()
    assert not at.exception
    assert at.radio(key="queue_source").value == "assigned"
    [button] = apply_buttons(at)
    first = int(button.key.split("-")[1])
    assert first == sample["units"][0]
    button.click().run()
    at.button(key="queue_next").click().run()
    assert not at.exception
    [button] = apply_buttons(at)
    assert int(button.key.split("-")[1]) == sample["units"][1]
    assert [c["segment_id"] for c in live(small)] == [first]
    at.radio(key="queue_source").set_value("uncoded").run()
    assert not at.exception
    assert apply_buttons(at)  # the first answer nobody coded yet


def progress(at) -> str:
    [bar] = at.get("progress")
    return bar.proto.text


def test_nothing_applies_records_a_review_and_moves_on(small):
    """In a queue of answers, "Nothing applies" records that the coder read the answer (a
    review, which figures count as known), moves to the next, and the progress counts it."""
    at = open_page(app_on(small, coder="ann"), "ui/code_page.py")
    at.segmented_control(key="code_source").set_value("queue").run()
    at.radio(key="queue_source").set_value("uncoded").run()
    [first] = {int(b.key.split("-")[1]) for b in apply_buttons(at)}
    assert progress(at) == "0 of 4 coded or read"
    at.button(key="queue_nothing").click().run()
    assert not at.exception
    assert at.number_input(key="queue_pos").value == 2
    assert progress(at) == "1 of 4 coded or read"
    [second] = {int(b.key.split("-")[1]) for b in apply_buttons(at)}
    assert second != first
    with Project.open(small, user="check") as project:
        assert project.samples.reviewed([first, second], coder="ann") == [first]
        assert project.samples.reviewed([first], coder="bob") == []
        assert project.coding.codings() == []  # a review, no coding
    at.button(key="queue_prev").click().run()
    assert "You have read this answer already." in shown(at)


def test_code_page_queue_tells_when_nothing_is_assigned(small):
    at = open_page(app_on(small, coder="zoe"), "ui/code_page.py")
    at.segmented_control(key="code_source").set_value("queue").run()
    assert "Nothing is assigned to zoe" in shown(at)


def test_code_page_without_codes_points_to_the_codebook(tmp_path):
    path = tmp_path / "empty.db"
    Project.create(path).close()
    at = open_page(app_on(path), "ui/code_page.py")
    assert "The codebook is empty" in shown(at)


@pytest.mark.slow  # several AppTest reruns
def test_code_page_language_switch(small):
    dutch = open_page(app_on(small, "nl"), "ui/code_page.py")
    english = open_page(app_on(small, "en"), "ui/code_page.py")
    assert dutch.selectbox(key="active_code").label == "Actieve code"
    assert english.selectbox(key="active_code").label == "Active code"
    assert dutch.title[0].value == "Coderen" and english.title[0].value == "Code"


# -- Retrieve page -----------------------------------------------------------------------------
@pytest.fixture
def retrievable(small):
    with Project.open(small, user="ann") as project:
        for respondent in ("R1", "R2", "R3", "R4"):
            unit = answer_unit(small, respondent)
            project.coding.code(unit["document_id"], 0, 12, FIRST_LEAF)
        project.coding.code(
            answer_unit(small, "R3")["document_id"], 0, 30, "Actoren/Leidinggevende"
        )
        [doc] = project.documents(kind="transcript")
        samira = [u for u in project.segments(doc["id"], kind="turn") if u["speaker"] == "Samira"]
        project.coding.code_segment(samira[0]["id"], FIRST_LEAF, coder="bob")
    return small


def passages(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html") if "duiding-passage" in h.proto.body]


def test_retrieve_page_shows_passages_with_context_and_who(retrievable):
    at = open_page(app_on(retrievable), "ui/retrieve_page.py")
    at.selectbox(key="ret_code").set_value(FIRST_LEAF).run()
    assert not at.exception
    found = passages(at)
    assert len(found) == 5
    r1 = next(p for p in found if "Respondent R1" in p)
    # the unit around the passage, with the passage marked
    assert "<mark" in r1 and ">Ze maakten g</mark>rappen over mijn afkomst." in r1
    samira = next(p for p in found if "Samira" in p)
    assert "fg1" in samira and "role=participant" in samira and "bob" in samira
    at.multiselect(key="ret_show").set_value(["herkomst"]).run()
    r1 = next(p for p in passages(at) if "Respondent R1" in p)
    assert "herkomst=buiten Europa" in r1
    # cooccurrence of the two codes on R3
    table = open_tab(at, "ret_tab", "Co-occurrence").dataframe[0].value
    assert table.loc[FIRST_LEAF, "Actoren/Leidinggevende"] == 1


@pytest.mark.slow  # several AppTest reruns
def test_retrieve_page_filters(retrievable):
    at = open_page(app_on(retrievable), "ui/retrieve_page.py")
    at.selectbox(key="ret_code").set_value(FIRST_LEAF).run()
    at.multiselect(key="ret_filter_vars").set_value(["herkomst"]).run()
    at.multiselect(key="ret_var_herkomst").set_value(["Nederland"]).run()
    assert not at.exception
    found = passages(at)
    assert sorted(re.findall(r"Respondent (R\d)", "".join(found))) == ["R2", "R4"]
    at.multiselect(key="ret_var_herkomst").set_value([]).run()
    at.multiselect(key="ret_filter_vars").set_value([]).run()
    at.multiselect(key="ret_coders").set_value(["bob"]).run()
    assert len(passages(at)) == 1 and "Samira" in passages(at)[0]
    at.multiselect(key="ret_coders").set_value([]).run()
    at.multiselect(key="ret_filter_attrs").set_value(["role"]).run()
    at.multiselect(key="ret_attr_role").set_value(["participant"]).run()
    assert len(passages(at)) == 1
    at.selectbox(key="ret_group").set_value("fg1").run()
    assert len(passages(at)) == 1


@pytest.mark.slow  # several AppTest reruns
def test_retrieve_page_shows_hostile_passage_as_text(retrievable):
    at = open_page(app_on(retrievable), "ui/retrieve_page.py")
    at.selectbox(key="ret_code").set_value(FIRST_LEAF).run()
    [block] = [p for p in passages(at) if "R4" in p]
    assert "<script>" not in block
    assert "&lt;script&gt;alert(1)&lt;/script&gt; **vet** [link](http://x)" in block.replace(
        "</mark>", ""
    ).replace(re.search(r"<mark[^>]*>", block).group(0), "")


# -- Agreement page ----------------------------------------------------------------------------
@pytest.fixture
def double_coded(small):
    """ann and bob both saw the four answers; ann applied the code to R1 and R3, bob to R1:
    percent agreement .75, kappa (.75 - .5) / (1 - .5) = .5."""
    units = [answer_unit(small, r) for r in ("R1", "R2", "R3", "R4")]
    with Project.open(small, user="lead") as project:
        project.coding.assign_sample(["ann", "bob"], 4, unit="answer", seed=3, sample="dubbel")
        for unit in (units[0], units[2]):
            project.coding.code_segment(unit["id"], FIRST_LEAF, coder="ann")
        project.coding.code_segment(units[0]["id"], FIRST_LEAF, coder="bob")
    return small, units


def test_agreement_page_shows_kappa_for_a_known_case(double_coded):
    path, _ = double_coded
    at = open_page(app_on(path, coder="lead"), "ui/agreement_page.py")
    assert at.multiselect(key="agr_coders").value == ["ann", "bob"]
    at.multiselect(key="agr_codes").set_value([FIRST_LEAF]).run()
    assert not at.exception
    table = at.dataframe[0].value
    row = table[table["Code"] == FIRST_LEAF].iloc[0]
    assert row["Units"] == 4 and row["% agreement"] == 75.0
    assert row["Cohen's kappa"] == pytest.approx(0.5)  # the column labelled (ui/strings)
    assert row["applied by ann"] == 2 and row["applied by bob"] == 1
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Cohen's kappa"] == "0.500" and metrics["% agreement"] == "75.0%"


@pytest.mark.slow  # several AppTest reruns
def test_agreement_page_consensus_button_records_a_consensus_coding(double_coded):
    path, units = double_coded
    at = open_page(app_on(path, coder="lead"), "ui/agreement_page.py")
    at.multiselect(key="agr_codes").set_value([FIRST_LEAF]).run()
    open_tab(at, "agr_tab", "Disagreements")
    disputes = [h.proto.body for h in at.get("html") if "ann: <b>✓</b>" in h.proto.body]
    assert len(disputes) == 1 and "bob: <b>✗</b>" in disputes[0]
    assert "Mijn leidinggevende lachte mee" in disputes[0]  # R3, the disputed unit
    at.button(key=f"yes-{units[2]['id']}-{FIRST_LEAF}").click().run()
    assert not at.exception
    [decision] = live(path, coders=["consensus"])
    assert decision["segment_id"] == units[2]["id"]
    assert code_path(path, decision["code_id"]) == FIRST_LEAF
    assert len(live(path, coders=["ann", "bob"])) == 3  # the originals stay
    assert "Consensus recorded" in shown(at)
    at.button(key=f"no-{units[2]['id']}-{FIRST_LEAF}").click().run()
    assert live(path, coders=["consensus"]) == []


def test_agreement_page_creates_a_double_coding_sample(small):
    at = open_page(app_on(small, coder="lead"), "ui/agreement_page.py")
    at.multiselect(key="sample_coders").set_value(["ann", "bob"])
    at.number_input(key="sample_size").set_value(3)
    at.number_input(key="sample_seed").set_value(5)
    next(b for b in at.button if b.label == "Create sample").click().run()
    assert not at.exception
    with Project.open(small, user="check") as project:
        rows = project.coding.assignments()
    assert len(rows) == 6 and {r["coder"] for r in rows} == {"ann", "bob"}
    assert "3 units assigned to ann, bob" in shown(at)


# -- Browse page and browse mode -----------------------------------------------------------------
@pytest.fixture
def browsable(starter):
    """12 respondents with one code (shown), 3 with another (suppressed)."""
    with Project.open(starter, user="ann") as project:
        docs, seen = [], set()
        for doc in project.documents(kind="answer", limit=400):
            if doc["respondent"] not in seen and doc["length"] > 60:
                seen.add(doc["respondent"])
                docs.append(doc)
        for doc in docs[:12]:
            project.coding.code_segment(
                project.segments(doc["id"], kind="answer")[0]["id"], FIRST_LEAF
            )
        for doc in docs[12:15]:
            project.coding.code_segment(
                project.segments(doc["id"], kind="answer")[0]["id"], "Vormen/Gepest"
            )
        speakers = set()
        for doc in project.documents(kind="transcript"):
            for turn in project.segments(doc["id"], kind="turn"):
                if (
                    turn["speaker"] != "Moderator"
                    and turn["speaker"] not in speakers
                    and len(speakers) < 12
                ):
                    speakers.add(turn["speaker"])
                    project.coding.code_segment(turn["id"], FIRST_LEAF)
    return starter


def speaker_names(path: Path) -> set[str]:
    with Project.open(path, user="check") as project:
        return {s["name"] for s in project.speakers() if s["name"] != "Moderator"}


@pytest.mark.slow  # several AppTest reruns
def test_browse_page_shows_counts_suppresses_small_groups_and_no_ids(browsable):
    at = open_page(app_on(browsable), "ui/browse_page.py")
    text = shown(at)
    cards = [h.proto.body for h in at.get("html") if "duiding-theme" in h.proto.body]
    grappen = next(c for c in cards if "Opmerkingen en grappen" in c)
    gepest = next(c for c in cards if "<b>Vormen/Gepest (" in c)
    assert "Respondents: <b>12</b>" in grappen and "<blockquote" in grappen
    assert "Focus-group participants: <b>12</b>" in grappen
    assert grappen.count("<blockquote") == 5  # three answers, two turns
    names = speaker_names(browsable)
    assert not [n for n in names if re.search(rf"\b{re.escape(n)}\b", text)]
    assert "Respondents: <b>&lt; 10</b>" in gepest and "<blockquote" not in gepest
    assert not re.search(r"R\d{5}", text)  # no respondent ids anywhere
    open_tab(at, "browse_tab", "Subgroups")
    at.selectbox(key="browse_code").set_value(FIRST_LEAF)
    at.selectbox(key="browse_variable").set_value("herkomst").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert "< 10" in set(table["With this theme"])
    assert not re.search(r"R\d{5}", shown(at))


def test_browse_mode_from_the_environment_offers_only_browse(browsable, monkeypatch):
    monkeypatch.setenv("DUIDING_MODE", "browse")
    at = app_on(browsable).run()
    assert not at.exception
    assert at.title[0].value == "Browse"
    assert at.text_input(key="project_path").disabled
    assert at.toggle(key="browse_mode").value and at.toggle(key="browse_mode").disabled
    assert list(at.main.button) == [] and not at.get("text_area")
    assert not at.get("file_uploader") and not at.get("download_button")
    with pytest.raises(ValueError, match=r"Known pages: \['[^,]*browse_page.py'\]"):
        at.switch_page("ui/code_page.py")  # the only page in the navigation is Browse
    assert live(browsable, coders=["ann"])  # nothing changed


def test_browse_mode_toggle(browsable):
    at = open_page(app_on(browsable), "ui/project_page.py")
    assert not at.text_input(key="project_path").disabled
    at.toggle(key="browse_mode").set_value(True).run()
    assert not at.exception
    assert at.title[0].value == "Browse" and at.text_input(key="project_path").disabled


# -- every page, both languages ------------------------------------------------------------------
PAGES = [
    "ui/codebook_page.py",
    "ui/code_page.py",
    "ui/retrieve_page.py",
    "ui/agreement_page.py",
    "ui/browse_page.py",
    "ui/project_page.py",
    "ui/documents_page.py",
    "ui/search_page.py",
    "ui/export_page.py",
    "ui/samples_page.py",
    "ui/matrices_page.py",
]


def interface_text(at: AppTest) -> str:
    """Labels and messages of the interface (not the data tables)."""
    parts = [
        str(getattr(w, "label", ""))
        for kind in (
            "button",
            "selectbox",
            "multiselect",
            "radio",
            "text_input",
            "text_area",
            "toggle",
            "checkbox",
            "number_input",
            "download_button",
            "pills",
            "segmented_control",
        )
        for w in at.get(kind)
    ]
    for kind in ("caption", "title", "subheader", "info", "success", "warning", "error"):
        parts += [str(e.value) for e in at.get(kind)]
    parts += [tab.label for tab in at.tabs] + [m.label for m in at.metric]
    return "\n".join(parts)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.slow  # every page of the app, run under AppTest
def test_every_page_runs_on_a_coded_project(retrievable, language):
    from ui.i18n import STRINGS

    for page in PAGES:
        at = open_page(app_on(retrievable, language), page)
        check_interface(at, page, STRINGS)
        for key in ("ret_tab", "agr_tab", "browse_tab", "codebook_tab", "samples_tab", "mx_tab"):
            if key in at.session_state:
                for label in [tab.label for tab in at.tabs]:
                    check_interface(open_tab(at, key, label), f"{page} {label}", STRINGS)


def check_interface(at: AppTest, where: str, strings: dict) -> None:
    assert not at.get("error"), (where, [e.value for e in at.get("error")])
    words = set(re.findall(r"\b[a-z]+(?:_[a-z]+)+\b", interface_text(at)))
    assert not words & set(strings), where  # an untranslated key shows as itself


@pytest.mark.slow  # every reading page under AppTest
def test_reading_pages_write_nothing(retrievable):
    with Project.open(retrievable, user="check") as project:
        before = project.events(1)[0]["id"]
    for page in (
        "ui/retrieve_page.py",
        "ui/browse_page.py",
        "ui/codebook_page.py",
        "ui/agreement_page.py",
        "ui/code_page.py",
        "ui/samples_page.py",
    ):
        open_page(app_on(retrievable), page)
    with Project.open(retrievable, user="check") as project:
        assert project.events(1)[0]["id"] == before
