"""A figure resting on fewer than ``figures.THIN_MENTIONS`` human-coded mentions says so
wherever a reader meets it: Browse (API and page), the report's theme section and tables
(Dutch and English), and the report's method section explains the mark.

The project: the demo, a coding sample of 150 answers coded like the answer key, so the
integrity coordinator (about 1% of respondents) has a handful of mentions in the sample, and
a coder who also applied that code to 12 respondents outside the sample (found by search),
so Browse's own rule (at least 10 coded respondents) lets the figure through."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from workbench import Project, figures
from workbench.export.common import context
from workbench.export.report import build, write_report
from workbench.export.report.model import THIN, Paragraph, Table
from conftest import ROOT, app_on, open_page, with_starter
from test_figures import code_like_the_key, key, units

sys.path.insert(0, str(ROOT / "data"))
from demo.key_codes import THEME_CODES

RARE = THEME_CODES["response/integrity"]
COMMON = THEME_CODES["context/leadership"]


@pytest.fixture(scope="module")
def thin_project(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("thin") / "demo.db"
    shutil.copy(demo_file, path)
    with Project.open(path, user="ann") as project:
        with_starter(project)
        project.samples.draw("s1", 150, seed=4)
        queue = project.samples.queue("s1")
        code_like_the_key(project, queue, themes=("response/integrity", "context/leadership"))
        counts = [mentions(project, queue, t) for t in ("response/integrity", "context/leadership")]
        assert counts[0] < figures.THIN_MENTIONS <= counts[1]  # the premise of every test here
        frame = project.respondents().set_index("respondent")
        outside = [
            segment
            for segment, unit in units(project).items()
            if segment not in set(queue)
            and str(frame.loc[unit["respondent"], "herkomst"]) == "Nederland"
        ]
        seen: set[str] = set()
        for segment in outside:  # 12 respondents of one group, one answer each
            respondent = units(project)[segment]["respondent"]
            if respondent not in seen and len(seen) < 12:
                project.coding.code_segment(segment, RARE)
                seen.add(respondent)
    return path


def mentions(project: Project, queue: list[int], theme: str) -> int:
    """Respondents of the coded sample whose answers carry ``theme`` (coded like the key):
    the count the thin rule looks at."""
    truth, found = key(), units(project)
    return len(
        {
            found[s]["respondent"]
            for s in queue
            if theme in truth.get((found[s]["respondent"], found[s]["question"]), [])
        }
    )


def test_browse_marks_a_thin_theme_and_a_thin_group(thin_project):
    with Project.open(thin_project, user="viewer") as project:
        themes = {t["code"]: t for t in project.browse()["themes"]}
        assert themes[RARE]["prevalence"]["thin"] is True
        assert themes[COMMON]["prevalence"]["thin"] is False
        table = project.browse_by(RARE, "herkomst").set_index("value")
        shown = table[~table["suppressed"].astype(bool)]
        assert "Nederland" in shown.index  # 12 coded there: Browse shows the share
        assert shown.loc["Nederland", "thin"] is True
        assert table[table["suppressed"].astype(bool)]["thin"].isna().all()


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.slow  # the Browse page under AppTest on the demo
def test_the_browse_page_shows_the_thin_mark(thin_project, language):
    at = open_page(app_on(thin_project, language), "ui/browse_page.py")
    assert not at.exception, at.exception
    mark = {"nl": "dun: &lt; 5 gecodeerde vermeldingen", "en": "thin: &lt; 5 coded mentions"}[
        language
    ]  # escaped: the card is HTML whose every text is escaped
    cards = [h.proto.body for h in at.get("html") if "duiding-theme" in h.proto.body]
    rare = [c for c in cards if f"<b>{RARE}" in c]
    common = [c for c in cards if f"<b>{COMMON}" in c]
    assert rare and mark in rare[0], rare[0][:600]
    assert common and mark not in common[0]


@pytest.mark.parametrize(
    ("language", "note", "method"),
    [
        ("en", "rests on fewer than 5 human-coded mentions", "is marked thin"),
        ("nl", "rust op minder dan 5 door mensen gecodeerde vermeldingen", "heet dun"),
    ],
)
@pytest.mark.slow  # reports on the demo
def test_the_report_marks_thin_figures_and_explains_the_mark(
    thin_project, tmp_path, language, note, method
):
    with Project.open(thin_project, user="viewer") as project:
        ctx = context(project.core)
        report = build(ctx, by=["herkomst"], codes=[RARE, COMMON], language=language)
        write_report(ctx, tmp_path / "r.md", "md", by=["herkomst"], codes=[RARE], language=language)
    paragraphs = [p.text for p in report.blocks(Paragraph)]
    tables = {t.caption: t for t in report.blocks(Table)}
    assert any(THIN in p and "%" in p for p in paragraphs)  # the overall share carries it
    assert any(p.startswith(f"{THIN} {note}") for p in paragraphs)
    assert any(method in p for p in paragraphs)  # the method section explains it
    rare_table = next(t for c, t in tables.items() if c.startswith(RARE) and "herkomst" in c)
    common_table = next(t for c, t in tables.items() if c.startswith(COMMON) and "herkomst" in c)
    marked = [row[0] for row in rare_table.rows if row[3].endswith(THIN)]
    assert marked and any(n.startswith(f"{THIN} {note}") for n in rare_table.notes)
    for row, data in zip(rare_table.rows, rare_table.data):
        assert row[3].endswith(THIN) == bool(data.get("thin") and not data["suppressed"])
    for row, data in zip(common_table.rows, common_table.data):
        assert row[3].endswith(THIN) == bool(data.get("thin") and not data["suppressed"])
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert THIN in markdown and note in markdown
