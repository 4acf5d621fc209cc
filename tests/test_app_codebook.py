"""The Codebook page, run headless with AppTest on real project files; every check reopens
the project file to see what was written."""

from __future__ import annotations

import pytest

from workbench import Project
from conftest import STARTER, answer_unit, app_on, code_path, live, open_page, open_tab, shown

FIRST_LEAF = "Vormen/Opmerkingen en grappen"


# -- Codebook page -----------------------------------------------------------------------------
def test_codebook_page_shows_the_tree_with_counts_and_version(starter):
    unit = answer_unit(starter, "R00055")
    with Project.open(starter, user="ann") as project:
        project.coding.code_segment(unit["id"], FIRST_LEAF)
    at = open_page(app_on(starter), "ui/codebook_page.py")
    text = shown(at)
    assert "Codebook version 1 · 33 codes · 1 codings" in text
    [tree] = [h.proto.body for h in at.get("html") if "duiding-tree" in h.proto.body]
    assert tree.count("duiding-code") == 33
    assert "<b>Opmerkingen en grappen</b> <span class='duiding-count' " in tree
    assert "(1)</span>" in tree
    assert "background:#" in tree  # the code's colour
    open_tab(at, "codebook_tab", "Import / export")
    assert [b.label for b in at.get("download_button")] == [
        "Download .yaml",
        "Download .csv",
        "Download .qdc",
        "Download .md",
    ]


def test_codebook_page_adds_and_renames_a_code(starter):
    at = open_page(app_on(starter), "ui/codebook_page.py")
    at.text_input(key="add_path").set_value("Nieuw/Thema <b>x")
    at.text_area(key="add_definition").set_value("Een **nieuwe** code")
    next(b for b in at.button if b.label == "Add code").click().run()
    assert not at.exception
    with Project.open(starter, user="check") as project:
        code = project.codebook.get("Nieuw/Thema <b>x")
        assert code.definition == "Een **nieuwe** code"
        assert project.codebook.version == 2
    [tree] = [h.proto.body for h in at.get("html") if "duiding-tree" in h.proto.body]
    assert "Thema &lt;b&gt;x" in tree and "Een **nieuwe** code" in tree
    at.selectbox(key="edit_code").set_value("Nieuw/Thema <b>x").run()
    at.text_input(key=f"rename_name_{code.id}_2").set_value("Hernoemd")
    next(b for b in at.button if b.label == "Rename").click().run()
    assert not at.exception
    with Project.open(starter, user="check") as project:
        assert project.codebook.get(code.id).path == "Nieuw/Hernoemd"
    assert "Renamed: Nieuw/Hernoemd" in shown(at)


def test_codebook_page_edits_merges_and_deletes(starter):
    unit = answer_unit(starter, "R00055")
    with Project.open(starter, user="ann") as project:
        project.coding.code_segment(unit["id"], "Vormen/Gepest")
    at = open_page(app_on(starter), "ui/codebook_page.py")
    at.selectbox(key="edit_code").set_value("Gronden/Religie").run()
    with Project.open(starter, user="check") as project:
        religie = project.codebook.get("Gronden/Religie")
    at.text_area(key=f"ed_def_{religie.id}_1").set_value("Over geloof.")
    next(b for b in at.button if b.label == "Save").click().run()
    with Project.open(starter, user="check") as project:
        assert project.codebook.get("Gronden/Religie").definition == "Over geloof."
        gepest = project.codebook.get("Vormen/Gepest")
    at.selectbox(key="merge_code").set_value("Vormen/Gepest").run()
    at.selectbox(key=f"merge_target_{gepest.id}_2").set_value("Vormen/Anders behandeld")
    at.checkbox(key=f"merge_sure_{gepest.id}_2").check()
    next(b for b in at.button if b.label == "Merge").click().run()
    assert not at.exception
    [coding] = live(starter)
    assert code_path(starter, coding["code_id"]) == "Vormen/Anders behandeld"
    at.selectbox(key="delete_path").set_value("Uitkomsten/Tevreden")
    next(b for b in at.button if b.label == "Delete").click().run()
    assert not at.exception
    with Project.open(starter, user="check") as project:
        paths = [c.path for c in project.codebook.codes()]
    assert "Uitkomsten/Tevreden" not in paths and "Vormen/Gepest" not in paths


@pytest.mark.slow  # several AppTest reruns
def test_codebook_page_splits_chosen_codings_into_a_new_code(starter):
    units = [answer_unit(starter, r) for r in ("R00055", "R00057", "R00065")]
    with Project.open(starter, user="ann") as project:
        ids = [project.coding.code_segment(u["id"], "Vormen/Gepest") for u in units]
        gepest = project.codebook.get("Vormen/Gepest")
    at = open_page(app_on(starter), "ui/codebook_page.py")
    at.selectbox(key="merge_code").set_value("Vormen/Gepest").run()
    at.radio(key="merge_action").set_value("split").run()
    suffix = f"{gepest.id}_1"
    [table] = [d.value for d in at.dataframe if "Coder" in d.value.columns]  # not the history
    assert len(table) == 3
    at.session_state[f"split_rows_{suffix}"] = {
        "selection": {"rows": [0, 2], "columns": [], "cells": []}
    }
    at.text_input(key=f"split_name_{suffix}").set_value("Online").run()
    at.button(key=f"split_go_{suffix}").click().run()
    assert not at.exception
    with Project.open(starter, user="check") as project:
        moved = project.coding.codings(codes=["Vormen/Online"])
        kept = project.coding.codings(codes=["Vormen/Gepest"])
    assert sorted(c["id"] for c in moved) == [ids[0], ids[2]]
    assert [c["id"] for c in kept] == [ids[1]]
    assert "New code Vormen/Online with 2 codings." in shown(at)


@pytest.mark.slow  # several AppTest reruns
def test_codebook_page_imports_an_uploaded_codebook(tmp_path):
    path = tmp_path / "empty.db"
    Project.create(path).close()
    at = open_page(app_on(path), "ui/codebook_page.py")
    assert "The codebook is empty" in shown(at)
    open_tab(at, "codebook_tab", "Import / export")
    at.file_uploader(key="codebook_upload").set_value(
        ("per_racisme.yaml", STARTER.read_bytes(), "text/yaml")
    ).run()
    at.button(key="codebook_import").click().run()
    assert not at.exception
    assert "Codebook imported: 33 added, 0 updated, 0 unchanged (version 1)." in shown(at)
    with Project.open(path, user="check") as project:
        assert len(project.codebook.codes()) == 33


def test_an_upload_error_names_the_users_file_not_a_temporary_path(tmp_path):
    """Uploads are written to a private temporary folder; a refusal names the file the user
    chose, as they know it, never that folder."""
    path = tmp_path / "empty.db"
    Project.create(path).close()
    at = open_page(app_on(path), "ui/codebook_page.py")
    open_tab(at, "codebook_tab", "Import / export")
    broken = "codes: [Vormen\n  - niet: af"
    at.file_uploader(key="codebook_upload").set_value(
        ("mijn codeboek.yaml", broken.encode("utf-8"), "text/yaml")
    ).run()
    at.button(key="codebook_import").click().run()
    text = shown(at).replace("\\", "")
    assert "mijn codeboek.yaml" in text
    assert "duiding-upload" not in text and "/tmp" not in text, text


def test_codebook_page_reorders_siblings_with_up_and_down_buttons(tmp_path):
    path = tmp_path / "order.db"
    with Project.create(path, user="ann") as project:
        for code in ("Werkvloer/Uitsluiting", "Werkvloer/Grappen", "Werkvloer/Bejegening"):
            project.codebook.add(code)
        grappen = project.codebook.get("Werkvloer/Grappen")
        version = project.codebook.version
    at = open_page(app_on(path), "ui/codebook_page.py")
    at.selectbox(key="edit_code").set_value("Werkvloer/Grappen").run()
    first = at.button(key=f"order_up_{grappen.id - 1}_{version}")
    assert first.disabled  # the first sibling cannot go up
    at.button(key=f"order_up_{grappen.id}_{version}").click().run()
    assert not at.exception
    with Project.open(path, user="check") as project:
        names = [c.name for c in project.codebook.codes() if c.parent_id is not None]
    assert names == ["Grappen", "Uitsluiting", "Bejegening"]
    assert "Reordered: Werkvloer/Grappen" in shown(at)
    at.button(key=f"order_down_{grappen.id}_{version + 1}").click().run()
    with Project.open(path, user="check") as project:
        names = [c.name for c in project.codebook.codes() if c.parent_id is not None]
    assert names == ["Uitsluiting", "Grappen", "Bejegening"]
    [tree] = [h.proto.body for h in at.get("html") if "duiding-tree" in h.proto.body]
    assert tree.index("<b>Uitsluiting</b>") < tree.index("<b>Grappen</b>")


@pytest.mark.parametrize(
    ("language", "created", "renamed"),
    [
        ("en", "created as Thema/**Grappen**", "renamed from Thema/**Grappen** to Thema/<b>x"),
        ("nl", "gemaakt als Thema/**Grappen**", "hernoemd van Thema/**Grappen** naar Thema/<b>x"),
    ],
)
def test_codebook_page_shows_a_codes_history_as_plain_text(tmp_path, language, created, renamed):
    path = tmp_path / "history.db"
    with Project.create(path, user="ilse") as project:
        project.codebook.add("Thema/**Grappen**")
    with Project.open(path, user="joris") as project:
        project.codebook.rename("Thema/**Grappen**", "<b>x")
    at = open_page(app_on(path, language=language, coder="vera"), "ui/codebook_page.py")
    at.selectbox(key="history_code").set_value("Thema/<b>x").run()
    assert not at.exception
    [table] = [d.value for d in at.dataframe if len(d.value.columns) == 3]
    rows = table.to_dict("records")
    assert [list(r.values())[1:] for r in rows] == [["joris", renamed], ["ilse", created]]
    assert all(str(r[next(iter(r))]).startswith("20") for r in rows)  # when, to the second
