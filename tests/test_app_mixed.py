"""The Mixed methods page: estimates, weights and the joint display with its verdict."""

from __future__ import annotations

import pytest

from workbench import Project
from conftest import app_on, open_page, open_tab

CODE = "Reacties/Vertrouwenspersoon"


def mixed_page(path, language="en"):
    return open_page(app_on(path, language), "ui/mixed_page.py")


def code_the_demo(path) -> None:
    with Project.open(path, user="ann") as project:
        for hit in project.search("vertrouwenspersoon", unit="answers", limit=1000):
            project.coding.code_segment(hit["segment_id"], CODE)


@pytest.mark.slow  # estimates of the demo under AppTest
def test_estimates_tab_shows_weighted_figures_with_a_test(demo_copy):
    at = mixed_page(demo_copy)
    assert not at.exception
    assert not [s for s in at.selectbox if s.key == "est_variable"]  # only the open tab runs
    open_tab(at, "mixed_tab", "Estimates")
    at.selectbox(key="est_variable").set_value("racisme_ervaren").run()
    at.multiselect(key="est_values").set_value(["een enkele keer", "vaak"]).run()
    at.multiselect(key="est_by").set_value(["herkomst"]).run()
    assert not at.exception
    table = next(d.value for d in at.dataframe if "herkomst" in d.value.columns)
    row = table.set_index("herkomst").loc["buiten Europa"]
    assert row["Estimate"] == "29.0%"
    assert any("Rao-Scott F" in c.value and "*" in c.value for c in at.caption)


def test_weights_tab_shows_the_bias_and_its_correction(demo_copy):
    at = open_tab(mixed_page(demo_copy), "mixed_tab", "Weights and representativeness")
    table = next(d.value for d in at.dataframe if "Population" in d.value.columns)
    managers = table[(table["Variable"] == "functiegroep") & (table["Value"] == "leidinggevende")]
    assert managers.iloc[0]["Unweighted"] == "31.7%"
    assert managers.iloc[0]["Design weights"] == "10.2%"


def joint_display(path, language="nl"):
    at = mixed_page(path, language)
    at.selectbox(key="joint_code").set_value(CODE).run()
    at.selectbox(key="joint_by").set_value("herkomst").run()
    at.selectbox(key="joint_item").set_value("racisme_ervaren").run()
    assert not at.exception
    return at


@pytest.mark.slow  # the whole demo coded and reviewed, shown under AppTest
def test_joint_display_and_verdict(demo_copy):
    code_the_demo(demo_copy)
    at = joint_display(demo_copy)
    # coded where the word was found, nothing else read: no valid figure, a note says so
    assert not at.error
    assert any("Nog geen geldig cijfer" in i.value for i in at.info)
    with Project.open(demo_copy, user="ann") as project:  # ann has read every answer
        answers = [
            s["id"]
            for d in project.documents(kind="answer", limit=10000)
            for s in project.segments(d["id"], kind="answer")
        ]
        project.samples.review(answers, coder="ann")
    at = joint_display(demo_copy)
    assert not at.error and not any("Nog geen geldig cijfer" in i.value for i in at.info)
    assert any(
        f"Volledig gecodeerd: op basis van alle {len(answers)} antwoorden" in h.proto.body
        for h in at.get("html")
    )
    frames = [d.value for d in at.dataframe]
    assert sum("herkomst" in f.columns for f in frames) >= 2  # survey figure and prevalence
    assert any({"Sprekers", "Sprekers gecodeerd"} <= set(f.columns) for f in frames)
    at.text_area[0].set_value("De enquête en de focusgroepen wijken af: selectie van deelnemers?")
    at.radio(key="verdict").set_value("Divergeert")
    [save] = [b for b in at.button if b.label == "Opslaan"]
    save.click().run()
    assert not at.exception
    with Project.open(demo_copy) as project:
        [saved] = project.mixed.verdicts(CODE)
    assert saved["verdict"] == "diverge" and saved["coder"] == "ann"
