"""The Export page and Browse's downloads: exports made through the app are the API's, the
viewer rules hold in Browse, and exporting changes nothing in the project."""

from __future__ import annotations

import io
import re
import zipfile

import pandas as pd
import pytest

from workbench import Project
from conftest import app_on, open_page, open_tab, review_all, with_starter

LEAF = "Vormen/Gepest"


@pytest.fixture
def coded(demo_copy):
    """The demo with the starter codebook and 12 respondents' answers coded (one with an
    e-mail address in it)."""
    with Project.open(demo_copy, user="ann") as project:
        with_starter(project)
        docs, seen = [], set()
        for doc in project.documents(kind="answer", limit=600):
            if doc["respondent"] not in seen:
                seen.add(doc["respondent"])
                docs.append(doc)
        mail = next(
            d
            for d in project.documents(kind="answer", limit=5000)
            if "@" in project.document(d["id"])["text"] and d["respondent"] not in seen
        )
        for doc in [*docs[:11], mail]:
            project.coding.code_segment(project.segments(doc["id"], kind="answer")[0]["id"], LEAF)
        review_all(project)
    return demo_copy


def _prepared(at, key: str = "export") -> tuple[str, bytes]:
    [prepare] = [b for b in at.button if b.key == f"{key}_prepare"]
    prepare.click().run()
    assert not at.exception, at.exception
    _, name, content = at.session_state[f"{key}_ready"]
    assert at.get("download_button")
    return name, content


@pytest.mark.slow  # the demo's report with charts, under AppTest
def test_export_page_writes_the_report_and_changes_nothing(coded):
    with Project.open(coded) as project:
        events = project.events(1)[0]["id"]
    at = open_page(app_on(coded, timeout=300), "ui/export_page.py")
    at.radio(key="export_kind").set_value("Report with method").run()
    at.selectbox(key="export_fmt_report").set_value("html").run()
    name, content = _prepared(at)
    page = content.decode("utf-8")
    assert name.endswith("-report.html") and "Method" in page and ">Vormen" in page
    assert "<img" in page and "data:image/png;base64," in page
    with Project.open(coded) as project:
        assert project.events(1)[0]["id"] == events  # exporting wrote nothing


def test_export_page_coded_segments_as_xlsx(coded):
    at = open_page(app_on(coded, timeout=300), "ui/export_page.py")
    at.radio(key="export_kind").set_value("Coded segments").run()
    at.selectbox(key="export_fmt_segments").set_value("xlsx").run()
    name, content = _prepared(at)
    table = pd.read_excel(io.BytesIO(content), sheet_name=0, dtype=str)
    assert name.endswith(".xlsx") and len(table) == 12 and set(table["code"]) == {LEAF}
    assert table["respondent"].str.match(r"R\d{5}").all()  # a researcher's export has ids


def test_browse_downloads_follow_the_viewer_rules(coded):
    at = open_page(app_on(coded, timeout=300), "ui/browse_page.py")
    open_tab(at, "browse_tab", "Downloads")
    offered = at.radio(key="browse_export_kind").options
    assert "REFI-QDA project (.qdpx)" not in offered and "Anonymised dataset" not in offered
    assert not at.get("toggle") or all(t.key != "browse_export_viewer" for t in at.toggle)
    at.radio(key="browse_export_kind").set_value("Coded segments").run()
    at.selectbox(key="browse_export_fmt_segments").set_value("csv").run()
    _, content = _prepared(at, "browse_export")
    text = content.decode("utf-8-sig")
    assert LEAF in text and "audience viewer" in text
    assert not re.search(r"R\d{5}", text)  # no respondent ids
    assert not re.search(r"[\w.]+@[\w.]+\.\w+", text)  # the e-mail address is redacted


@pytest.mark.slow  # the demo's report with charts, under AppTest in Dutch
def test_the_dutch_ui_writes_the_report_in_dutch_and_shows_its_stages(coded):
    at = open_page(app_on(coded, language="nl", timeout=300), "ui/export_page.py")
    at.radio(key="export_kind").set_value("Rapport met methode").run()
    assert at.selectbox(key="export_language").value == "nl"  # the user's language
    at.selectbox(key="export_fmt_report").set_value("md").run()
    _, content = _prepared(at)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".md")]
        text = archive.read(name).decode("utf-8")
    assert "## Methode" in text and "## Method\n" not in text
    [status] = at.status
    assert status.state == "complete" and status.label.endswith(": klaar")
    assert [p.proto.text for p in status.get("progress")] == ["Bestand schrijven"]
    at.selectbox(key="export_language").set_value("en").run()
    _, content = _prepared(at)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        text = archive.read(name).decode("utf-8")
    assert "## Method\n" in text and "## Methode" not in text


@pytest.mark.slow  # a report under AppTest
def test_the_export_page_offers_the_reports_themes_and_survey_items(coded):
    """As the CLI's --code and --item: the report limited to one theme, with a survey item
    and the answers that count."""
    at = open_page(app_on(coded, timeout=300), "ui/export_page.py")
    at.radio(key="export_kind").set_value("Report with method").run()
    at.selectbox(key="export_fmt_report").set_value("md").run()
    at.multiselect(key="export_codes").set_value([LEAF]).run()
    at.multiselect(key="export_items").set_value(["racisme_ervaren"]).run()
    assert at.multiselect(key="export_item_racisme_ervaren").options == [
        "een enkele keer",
        "nee",
        "vaak",
    ]
    at.multiselect(key="export_item_racisme_ervaren").set_value(["een enkele keer", "vaak"]).run()
    assert not at.exception
    _, content = _prepared(at)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        text = "\n".join(
            archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".md")
        )
    text = text.replace("\\_", "_")  # Markdown escapes
    assert "racisme_ervaren = een enkele keer or vaak" in text
    assert text.count("### Theme: ") == 1 and "### Theme: Vormen/Gepest" in text
