"""The Matrices page: the table and heatmap of codes x groups or codes, a cell's passages,
the downloads (suppressed cells blanked), word frequencies, and data names as plain text."""

from __future__ import annotations

import shutil

import matrix_helpers
import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
from test_app_plain_text import URL, check

import hostile
from conftest import app_on, open_page, open_tab

GRAPPEN, GENEGEERD = "Vormen/Grappen", "Vormen/Genegeerd"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return matrix_helpers.build(tmp_path_factory.mktemp("app_matrices"))


def page(path, language="en"):
    return open_page(app_on(path, language), "ui/matrices_page.py")


def test_codes_by_survey_variable_table_heatmap_and_a_cells_passages(built):
    at = page(built)
    at.selectbox(key="mx_columns").set_value("afdeling").run()
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    assert table.loc[GRAPPEN, "Noord"] == "10"
    assert table.loc[GRAPPEN, "Zuid"] == "9 *"  # a coder sees the small count, marked
    assert table.loc["group size", "West"] == "3"
    [heatmap] = at.get("vega_lite_chart")
    cells = convert_arrow_bytes_to_pandas_df(heatmap.proto.data.data)
    shown = cells.set_index(["row", "column"])["label"]
    assert shown[(GRAPPEN, "Noord")] == "10" and shown[(GRAPPEN, "Zuid")] == "–"  # as downloaded
    assert {b.proto.label for b in at.get("download_button")} >= {
        "Download PNG",
        "Download SVG",
        "Download CSV",
    }
    at.selectbox(key="mx_row").set_value(GRAPPEN)
    at.selectbox(key="mx_col").set_value("Noord")
    at.button(key="mx_show").click().run()
    assert not at.exception, at.exception
    assert any(c.value == "10 passages" for c in at.caption)
    bodies = [h.proto.body for h in at.get("html") if "duiding-passage" in h.proto.body]
    assert len(bodies) == 10 and all("accent" in b for b in bodies)


def test_codes_by_codes_and_the_co_occurring_passages(built):
    at = page(built)
    table = at.dataframe[0].value  # codes x codes is the first choice
    assert table.loc[GRAPPEN, GRAPPEN] == "21" and table.loc[GRAPPEN, GENEGEERD] == "5 *"
    at.selectbox(key="mx_row").set_value(GRAPPEN)
    at.selectbox(key="mx_col").set_value(GENEGEERD)
    at.button(key="mx_show").click().run()
    assert any(c.value == "5 passages" for c in at.caption)


def test_focus_groups_weighted_shares_and_words(built, tmp_path):
    path = tmp_path / "m.db"
    shutil.copy(built, path)
    at = page(path, language="nl")
    at.selectbox(key="mx_columns").set_value("speaker:role").run()
    table = at.dataframe[0].value
    assert table.loc[GRAPPEN].tolist() == ["1 *", "1 *"]
    assert table.loc["groepsgrootte"].tolist() == ["1", "2"]
    at.selectbox(key="mx_columns").set_value("afdeling").run()
    at.checkbox(key="mx_weighted").check().run()
    assert not at.exception, at.exception
    assert any("no weighted share" in t.value for t in at.text)  # not all answers reviewed
    open_tab(at, "mx_tab", "Woordfrequenties")
    at.selectbox(key="mx_word_code").set_value(GENEGEERD).run()
    words = at.dataframe[0].value
    assert "accent" in set(words["woord"]) and set(words["eenheden"]) == {10}


def test_data_names_show_as_plain_text(tmp_path):
    path = tmp_path / "hostile.db"
    names = hostile.build(path, URL)
    at = page(path)
    check(at)
    at.selectbox(key="mx_columns").set_value(names["variable"]).run()
    check(at)
    table = at.dataframe[0].value
    assert names["code"] in table.index and names["value"] in table.columns
    at.selectbox(key="mx_row").set_value(names["code"])
    at.selectbox(key="mx_col").set_value(names["value"])
    at.button(key="mx_show").click().run()
    check(at)
    bodies = [h.proto.body for h in at.get("html") if "duiding-passage" in h.proto.body]
    assert bodies and all("&lt;img src=" in b and "<img" not in b for b in bodies)
    at.selectbox(key="mx_columns").set_value(f"speaker:{names['attribute']}").run()
    check(at)
    assert names["value"] in at.dataframe[0].value.columns
    open_tab(at, "mx_tab", "Word frequencies")
    at.selectbox(key="mx_word_by").set_value(f"speaker:{names['attribute']}").run()
    check(at)
