"""The Browse page for policy staff, under AppTest on small projects built here: one
definition of a share named in the captions (Dutch and English), the by-group table and
chart showing the themes tab's figure with its 95% CI, a suppressed group named as absent
(literally, never as 0), and a long theme list that can be searched and is collapsed beyond
the first few."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import Project
from browse_helpers import CODE, HOSTILE, weighted_project
from conftest import app_on, open_page, open_tab

DEFINITION = {
    "en": "weighted share of respondents who answered an open question",
    "nl": "gewogen aandeel van de respondenten die een open vraag beantwoordden",
}
SUBGROUPS = {"en": "Subgroups", "nl": "Subgroepen"}


def captions(at) -> str:
    return "\n".join(c.value for c in at.caption)


def subgroups(path: Path, language: str):
    at = open_page(app_on(path, language), "ui/browse_page.py")
    open_tab(at, "browse_tab", SUBGROUPS[language])
    at.selectbox(key="browse_code").set_value(CODE)
    at.selectbox(key="browse_variable").set_value("regio").run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.slow  # several AppTest reruns
def test_both_tabs_name_the_share_and_show_one_figure(tmp_path, language):
    path = weighted_project(tmp_path / "w.db")
    with Project.open(path, user="check") as project:
        [theme] = [t for t in project.browse()["themes"] if t["code"] == CODE]
        rows = project.browse_by(CODE, "regio").to_dict(orient="records")
    at = open_page(app_on(path, language), "ui/browse_page.py")
    assert DEFINITION[language] in captions(at).lower()
    share = theme["prevalence"]
    card = next(h.proto.body for h in at.get("html") if "duiding-theme" in h.proto.body)
    ci = "95%-BI" if language == "nl" else "95% CI"
    assert f"<b>{100 * share['estimate']:.1f}%</b> ({ci} {100 * share['ci_low']:.1f}–" in card
    at = subgroups(path, language)
    assert DEFINITION[language] in captions(at).lower() and "regio" in captions(at)
    method = "Volledig" if language == "nl" else "Complete"
    assert any("duiding-basis" in h.proto.body and method in h.proto.body for h in at.get("html"))
    table = at.dataframe[0].value.set_index(at.dataframe[0].value.columns[0])
    for row in rows:
        shown = table.loc[row["value"]]  # the hostile value literally, as a plain cell
        assert shown.iloc[-1] == ""  # a complete figure is never thin; a hidden one says nothing
        if row["suppressed"]:
            assert set(shown.iloc[1:-1]) == {"< 10"}
        else:
            assert shown.iloc[2] == f"{100 * row['share']:.1f}%"
            assert shown.iloc[3] == f"{100 * row['ci_low']:.1f}% – {100 * row['ci_high']:.1f}%"


@pytest.mark.slow  # several AppTest reruns
def test_the_chart_leaves_a_suppressed_group_out_and_names_it(tmp_path):
    path = weighted_project(tmp_path / "w.db")
    with Project.open(path, user="check") as project:
        rows = project.browse_by(CODE, "regio").to_dict(orient="records")
    at = subgroups(path, "en")
    [chart] = at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    data = convert_arrow_bytes_to_pandas_df(chart.proto.data.data).set_index("group")
    drawn = {r["value"]: r for r in rows if not r["suppressed"]}
    assert sorted(data.index) == sorted(drawn) == ["Noord", "Zuid"]  # absent, not a bar at 0
    for value, row in drawn.items():
        assert data.loc[value, "share"] == pytest.approx(row["share"])
        assert data.loc[value, ["low", "high"]].tolist() == [row["ci_low"], row["ci_high"]]
    assert "Wadden" not in chart.proto.spec
    [absent] = [h.proto.body for h in at.get("html") if "duiding-absent" in h.proto.body]
    assert "&lt;b&gt;Wadden&lt;/b&gt; **eilanden** [x](http://x)" in absent
    assert "<b>Wadden" not in absent and HOSTILE.startswith("<b>")


def many_themes(path: Path, n: int = 14) -> Path:
    """The weighted project with ``n`` more themes, each on 12 answers; the seventh has an
    English label to search by."""
    weighted_project(path)
    with Project.open(path, user="ann") as project:
        answers = project.documents(kind="answer", limit=1000)
        for i in range(n):
            name = f"Ervaringen/Thema {i + 1:02d}"
            project.codebook.add(name, label_en="Bus stop remarks" if i == 6 else "")
            for doc in answers[i : i + 12]:
                project.coding.code(doc["id"], 0, 10, name)
    return path


@pytest.mark.slow  # several AppTest reruns
def test_a_long_theme_list_is_collapsed_and_can_be_searched(tmp_path):
    path = many_themes(tmp_path / "many.db")
    at = open_page(app_on(path, "en"), "ui/browse_page.py")

    def cards(where) -> list[str]:
        return [h.proto.body for h in where.get("html") if "duiding-theme" in h.proto.body]

    [more] = [e for e in at.expander if e.label.startswith("More themes")]
    assert not more.proto.expanded
    assert len(cards(at)) - len(cards(more)) == 8  # the first few open
    assert more.label == f"More themes ({len(cards(more))})"
    at.text_input(key="browse_filter").set_value("thema 1").run()
    found = cards(at)
    assert len(found) == 5 and all("Thema 1" in c for c in found)  # 10 to 14
    at.text_input(key="browse_filter").set_value("BUS STOP").run()
    [card] = cards(at)
    assert "Ervaringen/Thema 07" in card
    at.text_input(key="browse_filter").set_value("nergens").run()
    assert not cards(at) and at.info[0].value == "No theme contains that text."


# -- the Mixed methods page: the joint display --------------------------------------------------
SHARE_OF = {
    ("en", "answered"): "Weighted share of respondents who answered an open question",
    ("nl", "answered"): "Gewogen aandeel van de respondenten die een open vraag beantwoordden",
    ("en", "all"): "Weighted share of all respondents",
    ("nl", "all"): "Gewogen aandeel van alle respondenten",
}


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.slow  # several AppTest reruns
def test_joint_display_names_its_share_and_quotes_an_answer_once(tmp_path, language):
    path = weighted_project(tmp_path / "two.db", second="bob")
    at = open_page(app_on(path, language), "ui/mixed_page.py")
    at.selectbox(key="joint_code").set_value(CODE)
    at.selectbox(key="joint_by").set_value("regio").run()
    assert not at.exception, at.exception
    assert SHARE_OF[language, "answered"] in captions(at)
    quotes = [
        q
        for h in at.get("html")
        if "<blockquote" in h.proto.body
        for q in h.proto.body.split("<blockquote")[1:]
    ]
    assert len(quotes) == 4 and len(set(quotes)) == 4  # two regions, two answers each
    radio = at.radio(key="joint_among")
    radio.set_value(radio.options[1]).run()
    assert SHARE_OF[language, "all"] in captions(at)
    assert SHARE_OF[language, "answered"] not in captions(at)


# -- the demo in mid-study ----------------------------------------------------------------------
@pytest.mark.slow  # the study demo, several AppTest reruns
def test_the_study_demo_browses_one_figure_per_theme_and_group(study_demo_file):
    with Project.open(study_demo_file, user="check") as project:
        themes = [t for t in project.browse()["themes"] if t["prevalence"]]
        assert themes  # the study demo has figures to show
        theme = themes[0]
        variable = "herkomst"
        assert variable in {v["name"] for v in project.variables()}
        table = project.browse_by(theme["code"], variable)
        expected = project.estimate(
            code=theme["code"], by=[variable], among="answered", method="best"
        )
    assert table.attrs["method"] == theme["prevalence"]["method"] == expected["method"]
    assert list(table["share"]) == [r["estimate"] for r in expected["estimates"]]
    at = open_page(app_on(study_demo_file, "nl"), "ui/browse_page.py")
    assert DEFINITION["nl"] in captions(at).lower()
    open_tab(at, "browse_tab", SUBGROUPS["nl"])
    at.selectbox(key="browse_code").set_value(theme["code"])
    at.selectbox(key="browse_variable").set_value(variable).run()
    assert not at.exception, at.exception
    assert DEFINITION["nl"] in captions(at).lower()
    shown = at.dataframe[0].value
    assert list(shown["Aandeel"]) == [
        "< 10" if r["suppressed"] else f"{100 * r['estimate']:.1f}%" for r in expected["estimates"]
    ]
    assert len(at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")) == 1
