"""The report in Dutch and in English: every heading, table header, caption and the method
section follow the language asked (default: the project's), with no word of the other
language among them; and the viewer version differs from the researcher's where it must
(no coder names, small per-code counts hidden) and says so on its first page."""

from __future__ import annotations

import re
import shutil
import string
from html import unescape
from pathlib import Path

import pytest

from workbench import Project
from workbench.cli import main
from workbench.export.common import context
from workbench.export.report import build, html
from workbench.export.report.model import DASH, Table
from workbench.export.report.words_nl import NL, NL_PLURALS

ITEM = ("racisme_ervaren", ["een enkele keer", "vaak"])
# words that only one of the two languages writes (none is a code, variable or value name)
ENGLISH = {
    "the", "and", "by", "with", "share", "theme", "themes", "survey", "method",
    "coding", "coded", "weights", "weighted", "agreement", "suggestions", "speakers", "turns",
    "group", "groups", "figures", "report", "summary", "file", "answers", "respondents",
    "imported", "population", "sampled", "response", "variable", "value", "audit", "trail",
    "small", "cells", "sources", "data", "double", "contradictions", "results",
    "rejected", "accepted", "shown", "threshold", "run", "units", "coder", "applied", "own",
    "differences", "tests", "item", "answered", "focus", "mean", "version",
}  # fmt: skip
DUTCH = {
    "de", "het", "van", "en", "naar", "met", "thema", "thema's", "enquête", "gecodeerd",
    "respondenten", "aandeel", "gewichten", "gewogen", "methode", "coderen", "codeur",
    "overeenstemming", "sprekers", "beurten", "groep", "cijfers", "rapport", "bestand",
    "antwoorden", "ingelezen", "populatie", "respons", "variabele", "waarde", "logboek",
    "kleine", "aantallen", "gegevensbronnen", "dubbel", "tegenstrijdigheden", "afgewezen",
    "aanvaard", "getoond", "drempel", "ronde", "eenheden", "gegeven", "door", "eigen",
    "groepsverschillen", "toetsen", "vraag", "beantwoord", "focusgroepen", "gemiddelde",
}  # fmt: skip
LABELS = re.compile(r"<(h[1-4]|th|caption|figcaption|title)\b[^>]*>(.*?)</\1>", re.S)


@pytest.fixture(scope="module")
def reports(study_demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The mid-study demo's report, built once each and written as html: Dutch and English
    for researchers, Dutch for viewers; and the data names any label may hold."""
    folder = tmp_path_factory.mktemp("language")
    path = folder / "demo.db"
    shutil.copy(study_demo_file, path)
    pages: dict = {}
    with Project.open(path, user="demo") as project:
        assert project.language == "nl"
        for name, viewer, language in (
            ("nl", False, "nl"),
            ("en", False, "en"),
            ("viewer", True, "nl"),
        ):
            report = build(context(project.core, viewer=viewer), items=[ITEM], language=language)
            pages[f"{name}_report"] = report
            pages[name] = html.render(report).decode("utf-8")
        data = set(project.respondents().columns) | set(project.coders())
        data |= {c.path for c in project.codebook.codes()} | {project.info()["name"]}
        data |= {
            str(v)
            for c in project.respondents().columns
            for v in project.respondents()[c].dropna().unique()[:50]
        }
    pages["data"] = data
    pages["folder"] = folder
    return pages


def labels(page: str) -> list[str]:
    """The text of every heading, table header, caption and the title of an html report."""
    return [unescape(re.sub(r"<[^>]+>", "", m.group(2))) for m in LABELS.finditer(page)]


def words(label: str, data: set[str]) -> set[str]:
    """The lower-case words of ``label`` once every data name in it is taken out."""
    for name in sorted(data, key=len, reverse=True):
        if len(name) > 1:
            label = label.replace(name, " ")
    return {w.strip(string.punctuation + "–()") for w in label.lower().split()} - {""}


@pytest.mark.slow  # three reports of the mid-study demo
def test_each_language_has_no_label_of_the_other(reports):
    for language, foreign in (("nl", ENGLISH), ("en", DUTCH), ("viewer", ENGLISH)):
        found = labels(reports[language])
        assert len(found) > 40
        stray = {label: words(label, reports["data"]) & foreign for label in found}
        assert {k: v for k, v in stray.items() if v} == {}, language
    assert '<html lang="nl">' in reports["nl"] and '<html lang="en">' in reports["en"]
    assert '<h2 id="s9">Methode</h2>' in reports["nl"]
    assert '<h2 id="s9">Method</h2>' in reports["en"]


@pytest.mark.slow
def test_the_method_section_is_written_in_each_language(reports):
    """The method's sentences exist in both languages: the Dutch report says in Dutch what
    the English one says, figures written the Dutch way."""
    nl, en = unescape(reports["nl"]), unescape(reports["en"])
    assert "Dit deel is gemaakt uit de gegevens van het project zelf" in nl
    assert "This section is generated from the project's records" in en
    assert "Werkwijze van de themacijfers" in nl and "How the theme figures were made" in en
    assert "This section is generated" not in nl and "Dit deel is gemaakt" not in en
    assert "Standaardfouten zijn Taylor-gelineariseerd" in nl
    assert "Standard errors are Taylor-linearised" in en
    assert re.search(r"\d+,\d%", nl) and not re.search(r"\d+\.\d%", nl)
    assert re.search(r"\d+\.\d%", en) and not re.search(r"\d+,\d%", en)


def test_every_dutch_sentence_keeps_its_placeholders():
    """A translation that drops or renames a ``{placeholder}`` would fail or mislead when
    the report is written: each Dutch sentence has exactly the fields of its English."""
    fields = string.Formatter()
    for english, dutch in NL.items():
        assert dutch.strip(), english
        assert sorted(f for _, f, _, _ in fields.parse(english) if f) == sorted(
            f for _, f, _, _ in fields.parse(dutch) if f
        ), english
    assert all(one and many for one, many in NL_PLURALS.values())


@pytest.mark.slow
def test_no_sentence_of_the_dutch_report_lacks_its_dutch(reports):
    for name in ("nl", "viewer"):
        assert reports[f"{name}_report"].untranslated == []
        assert reports[f"{name}_report"].figure == "Figuur"
    assert reports["en_report"].figure == "Figure"


# -- the viewer version ---------------------------------------------------------------------
@pytest.mark.slow
def test_the_viewer_version_names_no_coder_and_says_so_first(reports):
    researcher, viewer = reports["nl"], reports["viewer"]
    coders = ["Daan Verhoef", "Noor Amrani"]
    assert all(name in researcher for name in coders)
    assert not any(name in viewer for name in coders)
    assert "Gegeven door codeur 1" in viewer and "Gegeven door codeur 2" in viewer
    first_page = viewer[: viewer.index("</header>")]
    assert "Versie voor lezers" in first_page and "codeur 1" in first_page
    assert "Versie voor onderzoekers" in researcher[: researcher.index("</header>")]
    assert "publiek: lezer" in viewer and "publiek: onderzoeker" in researcher
    for respondent in ("R00001", "R00002", "Kwame", "Samira"):
        assert respondent not in viewer


def _agreement(report) -> Table:
    [found] = [t for t in report.blocks(Table) if t.caption.startswith("Overeenstemming per code")]
    return found


@pytest.mark.slow
def test_a_code_applied_to_fewer_than_ten_units_shows_no_figures_to_viewers(reports):
    researcher = _agreement(reports["nl_report"])
    viewer = _agreement(reports["viewer_report"])
    assert researcher.columns[2:4] == ["Gegeven door Daan Verhoef", "Gegeven door Noor Amrani"]
    assert viewer.columns[2:4] == ["Gegeven door codeur 1", "Gegeven door codeur 2"]
    small = [r for r in researcher.rows if any(0 < int(x.replace(".", "")) < 10 for x in r[2:4])]
    assert small, "the demo has a code applied to fewer than ten units"
    shown = {r[0]: r for r in viewer.rows}
    for row in researcher.rows:
        applied = [int(x.replace(".", "")) for x in row[2:4]]
        if any(0 < n < 10 for n in applied):
            assert shown[row[0]][2:] == [DASH] * 5
        else:
            assert shown[row[0]][2:] == row[2:]
    assert any("weggelaten" in n for n in viewer.notes)


# -- the command line -------------------------------------------------------------------------
@pytest.mark.slow
def test_the_command_line_writes_the_language_asked(reports, capsys):
    folder = reports["folder"]
    assert main(["export", str(folder / "demo.db"), "--format", "report", str(folder / "c.md"),
                 "--language", "en", "--json", "--user", "demo"]) == 0  # fmt: skip
    assert '"language": "en"' in capsys.readouterr().out
    text = (folder / "c.md").read_text(encoding="utf-8")
    assert "## Method" in text and "## Methode" not in text
    assert main(["export", str(folder / "demo.db"), "--format", "report", str(folder / "d.md"),
                 "--user", "demo"]) == 0  # fmt: skip
    assert "## Methode" in (folder / "d.md").read_text(encoding="utf-8")
    with pytest.raises(SystemExit):  # argparse refuses another language, exit 2
        main(["export", str(folder / "demo.db"), "--format", "report", str(folder / "e.md"),
              "--language", "fr", "--user", "demo"])  # fmt: skip
    assert not (folder / "e.md").exists()
