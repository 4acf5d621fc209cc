"""The summary report (html, docx, md): joint displays per theme, the p-value table, the
generated method section, small cells, escaping, determinism, and a project left as it was."""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path

import docx
import pytest

from workbench import InputError, Project
from workbench.export.common import context
from workbench.export.report import build, write_report
from workbench.export.report.model import DASH, Bullets, Paragraph, Table, number, p_value
from conftest import answers_project, review_all, snapshot

ITEM = ("racisme_ervaren", ["een enkele keer", "vaak"])
THEMES = {
    "Vormen/Opmerkingen en grappen": "grap",
    "Gronden/Afkomst": "afkomst",
    "Reacties/Vertrouwenspersoon": "vertrouwenspersoon",
}
SCRIPT = "<script>alert(1)</script>"
METHOD = [
    "Method",
    "Data sources",
    "Sampling and weighting",
    "Codebook",
    "Coding",
    "How the theme figures were made",
    "Double coding and agreement",
    "Model suggestions",
    "Contradictions between survey and qualitative results",
    "Privacy and small cells",
    "Audit trail",
]


@pytest.fixture(scope="module")
def coded(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo coded by ann (search hits), a double-coding sample coded by ann and bob,
    one suggestion run with 3 accepted and 2 rejected suggestions, and two verdicts."""
    path = tmp_path_factory.mktemp("report") / "coded.db"
    shutil.copy(demo_file, path)
    with Project.open(path, user="lead") as project:
        for code, word in THEMES.items():
            for hit in project.search(word, unit="answers", limit=400):
                project.coding.code_segment(hit["segment_id"], code, coder="ann")
        for doc in project.documents(kind="transcript")[:2]:
            for turn in project.segments(doc["id"], kind="turn")[:12]:
                project.coding.code_segment(
                    turn["id"], "Vormen/Opmerkingen en grappen", coder="ann"
                )
        sample = project.coding.assign_sample(
            ["ann", "bob"], 40, unit="answer", seed=3, sample="dubbel"
        )
        for k, unit in enumerate(sample["units"]):
            for coder in ("ann", "bob")[: 1 + (k % 3 > 0)]:
                project.coding.code_segment(unit, "Vormen/Genegeerd of buitengesloten", coder=coder)
        project.suggestions.run(["Reacties/Vertrouwenspersoon"], limit_per_code=20, threshold=0.2)
        queue = project.suggestions.queue(coder="ann", limit=5)
        for s in queue[:3]:
            project.suggestions.accept(s["id"], coder="ann")
        for s in queue[3:5]:
            project.suggestions.reject(s["id"], coder="ann")
        review_all(project, coder="ann")  # ann read every answer: a complete coding
        project.mixed.record_verdict("Gronden", "complement", "Focusgroepen noemen vooral afkomst.")
        project.mixed.record_verdict(
            "Vormen", "diverge", "Enquête lager dan focusgroepen: selectie?"
        )
    return path


def small(path: Path, size_b: int = 9, text_a: str = "Er werd een grap gemaakt.") -> Project:
    """30 respondents in group A (15 coded, answering ``text_a``) and ``size_b`` in group B
    (all coded); two strata, weights 1; the code "Thema"."""
    rows = [f"A{i};s{i % 2};A;{text_a}" for i in range(30)]
    rows += [f"B{i};s{i % 2};B;Ook bij ons werd gelachen." for i in range(size_b)]
    project = answers_project(path, "id;stratum;groep;antwoord", rows)
    project.codebook.add("Thema")
    for doc in project.documents(kind="answer", limit=100):
        if doc["respondent"].startswith("B") or int(doc["respondent"][1:]) < 15:
            project.coding.code_segment(
                project.segments(doc["id"], kind="answer")[0]["id"], "Thema"
            )
    review_all(project)
    return project


def table(report, caption: str) -> Table:
    [found] = [t for t in report.blocks(Table) if t.caption == caption]
    return found


def text_of(report) -> str:
    return "\n".join(b.text for b in report.blocks(Paragraph)) + "\n".join(
        i for b in report.blocks(Bullets) for i in b.items
    )


# -- docx and the method section --------------------------------------------------------------
@pytest.mark.slow  # a Word report with charts
def test_docx_has_the_method_headings_and_one_chart_per_theme(coded, tmp_path):
    with Project.open(coded, user="viewer") as project:
        ctx = context(project.core)
        result = write_report(
            ctx, tmp_path / "report.docx", "docx", by=["herkomst"], items=[ITEM], language="en"
        )
        as_of = ctx.meta["as_of"]
    document = docx.Document(tmp_path / "report.docx")
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert set(METHOD) <= set(headings)
    assert [h for h in headings if h.startswith("Theme: ")] == [
        "Theme: Vormen (Forms)",
        "Theme: Gronden (Grounds)",
        "Theme: Reacties (Responses)",
    ]
    assert len(document.inline_shapes) == result["figures"] == 3
    assert document.core_properties.created.isoformat().startswith(as_of[:19])
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "Rao-Scott F" in cells and "ann" in cells
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Coding sample 'dubbel': 40 of 1745 answers drawn at random" in text
    assert "Codeersteekproef" not in text  # the procedure in the report's language only
    assert "This figure is based on all 1745 answers in scope" in text


@pytest.mark.slow  # a full report of the demo
def test_method_section_states_the_projects_own_numbers(coded):
    with Project.open(coded, user="viewer") as project:
        report = build(context(project.core), by=["herkomst"], language="en")
        counts = project.info()["counts"]
        agreement = project.coding.agreement(["ann", "bob"]).overall
        human = {
            c: len(project.coding.codings(coders=[c], sources=["human"])) for c in ("ann", "bob")
        }
        accepted = len(project.coding.codings(sources=["accepted"]))
    text = text_of(report)
    assert f"{counts['respondents']:,} survey respondents" in text
    assert f"{counts['answers']:,} open answers" in text
    assert "6 focus-group transcripts of 6 focus groups with 45 speakers" in text
    coders = {
        row[0]: row[1:]
        for row in table(
            report, "Live codings per coder ('consensus': decisions agreed after double coding)"
        ).rows
    }
    assert set(coders) == {"ann", "bob"}
    assert coders["ann"] == [f"{human['ann']:,}", "3", "2"]
    assert coders["bob"] == [f"{human['bob']:,}", "0", "0"]
    assert accepted == 3
    [run] = table(report, "Suggestion runs").rows
    assert run[5:] == ["20", "3", "2", "15"]  # shown, accepted, rejected, open
    assert "20 suggestions shown, 3 accepted and 2 rejected" in text
    assert "Sample 'dubbel': 40 answers drawn at random (seed 3)" in text
    assert "each assigned to ann and bob" in text
    assert f"Krippendorff's alpha {number(agreement.krippendorff_alpha, 3)}" in text
    assert f"Cohen's kappa {number(agreement.cohen_kappa, 3)}" in text
    strata = table(report, "Strata")
    assert strata.rows[-1][3] == f"{counts['respondents']:,}"
    assert "Codebook version 1: 33 active codes in 6 top-level themes" in text
    assert "2 verdicts recorded on 2 themes (current: 1 complement, 1 diverge)" in text
    assert "Vormen: Enquête lager dan focusgroepen: selectie?" in text
    assert f"{report.suppressed:,} figures in this report" in text


@pytest.mark.slow  # a report with every test of the demo
def test_p_value_table_equals_project_estimate(coded, tmp_path):
    with Project.open(coded, user="viewer") as project:
        ctx = context(project.core)
        report = build(ctx, by=["herkomst", "functiegroep"], items=[ITEM], language="en")
        tests = table(report, "Group differences")
        assert len(tests.data) == 3 * 2 + 2
        for row in tests.data:
            if row["kind"] == "theme":
                expected = project.estimate(code=row["name"], by=[row["by"]], among="answered")
            else:
                expected = project.estimate(proportion=ITEM, by=[row["by"]])
            assert {k: row[k] for k in expected["test"]} == expected["test"]
        write_report(
            ctx,
            tmp_path / "r.html",
            "html",
            by=["herkomst", "functiegroep"],
            items=[ITEM],
            language="en",
        )
    page = (tmp_path / "r.html").read_text()
    for row in tests.data:
        assert f">{escape(p_value(row['p']))}</td>" in page
    assert any(r[-1].startswith("*") for r in tests.rows)


# -- privacy ------------------------------------------------------------------------------
@pytest.mark.slow  # a report rendered
def test_a_quote_with_a_script_is_escaped(tmp_path):
    with small(tmp_path / "s.db", text_a=f"Ze zeiden {SCRIPT} tegen mij.") as project:
        ctx = context(project.core)
        for fmt in ("html", "md", "docx"):
            write_report(ctx, tmp_path / f"r.{fmt}", fmt, by=["groep"])
    page = (tmp_path / "r.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in (tmp_path / "r.md").read_text()
    quotes = [p.text for p in docx.Document(tmp_path / "r.docx").paragraphs if SCRIPT in p.text]
    assert quotes


@pytest.mark.parametrize("size_b", [9, 10])
@pytest.mark.parametrize("viewer", [False, True])
def test_a_subgroup_under_ten_respondents_is_suppressed(tmp_path, size_b, viewer):
    with small(tmp_path / "s.db", size_b=size_b) as project:
        ctx = context(project.core, viewer=viewer)
        report = build(ctx, by=["groep"], language="en")
        write_report(ctx, tmp_path / "r.md", "md", by=["groep"], language="en")
    rows = {r[0]: r for r in table(report, "Thema by groep").rows}
    assert rows["A"][1:] == ["30", "15", rows["A"][3]] and rows["A"][3] != DASH
    if size_b == 9:
        assert rows["B"][1:] == [DASH, DASH, DASH]
        assert report.suppressed >= 2
    else:
        assert rows["B"][1:3] == ["10", "10"] and rows["B"][3].startswith("100.0%")
    markdown = (tmp_path / "r.md").read_text()
    assert ("| B | – | – | – |" in markdown) == (size_b == 9)


# -- determinism and a read-only export --------------------------------------------------------
@pytest.mark.parametrize("fmt", ["html", "docx", "md"])
@pytest.mark.slow  # reports rendered three times
def test_same_state_same_bytes_and_a_change_changes_them(tmp_path, fmt):
    def written(project, name):
        result = write_report(
            context(project.core), tmp_path / name / f"report.{fmt}", fmt, by=["groep"]
        )
        return [Path(f).read_bytes() for f in result["files"]]

    with small(tmp_path / "s.db", size_b=12) as project:
        first, second = written(project, "a"), written(project, "b")
        assert first == second
        assert len(first) == (2 if fmt == "md" else 1)
        project.mixed.record_verdict("Thema", "complement", "Past bij de enquête.")
        assert written(project, "c") != first


@pytest.mark.slow  # the demo's Word report, twice
def test_the_demo_docx_is_deterministic_and_the_project_unchanged(coded, tmp_path):
    with Project.open(coded, user="viewer") as project:
        before = snapshot(project)
        ctx = context(project.core)
        results = [
            write_report(ctx, tmp_path / f"r{k}.docx", "docx", by=["herkomst"]) for k in (1, 2)
        ]
        write_report(ctx, tmp_path / "r.md", "md", by=["herkomst"])
        assert snapshot(project) == before
    assert (tmp_path / "r1.docx").read_bytes() == (tmp_path / "r2.docx").read_bytes()
    assert results[0]["figures"] == 3
    assert len(list((tmp_path / "r_files").glob("*.png"))) == 3


def test_bad_requests_are_refused(tmp_path):
    with small(tmp_path / "s.db") as project:
        with pytest.raises(InputError, match="format must be one of"):
            write_report(context(project.core), tmp_path / "r.pdf", "pdf")
        with pytest.raises(InputError, match="no survey variable 'nope'"):
            write_report(context(project.core), tmp_path / "r.html", "html", by=["nope"])
    assert not list(tmp_path.glob("r.*"))


def test_a_project_without_breakdowns_still_reports(tmp_path):
    with small(tmp_path / "s.db", size_b=12) as project:
        report = build(context(project.core), language="en")
    assert [s.title for s in report.sections][:2] == ["Themes", "Theme: Thema"]
    assert "No breakdown was asked for" in text_of(report)
    assert "No segments were assigned for double coding" in text_of(report)
