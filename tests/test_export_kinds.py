"""The export kinds in one registry (workbench/export/kinds.py): the CLI's choices, the UI's
download lists and the writers agree with it, and every (kind, file type) it names exports
on a small project."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from ui.i18n import translate
from workbench import InputError, Project
from workbench.cli import build_parser, main
from workbench.export import ALIASES, KINDS, run
from workbench.export.kinds import viewer_kinds
from conftest import app_on, open_page, open_tab, review_all, snapshot, write, write_csv

PAIRS = [(kind, fmt) for kind, spec in KINDS.items() for fmt in spec.formats]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """24 respondents in two groups, a focus group, every answer coded and read."""
    folder = tmp_path_factory.mktemp("kinds")
    rows = ["id,stratum,w,herkomst,leeftijd,q"]
    for i in range(24):
        rows.append(
            f"R{i:02d},{'ab'[i % 2]},1.5,{'NL' if i % 3 else 'buiten NL'},{30 + i},"
            f"Mijn collega (bel 06-12345678) maakte een grap over mijn afkomst ({i})."
        )
    with Project.create(folder / "p.db", user="ann") as project:
        project.import_survey(
            write_csv(folder / "s.csv", rows), id="id", stratum="stratum", weight="w", open=["q"]
        )
        project.import_transcript(
            write(folder, "fg.txt", "Anna: Er werden grappen gemaakt.\n\nBram: Dat herken ik wel."),
            group="fg",
        )
        project.codebook.add("Vormen/Grappen", definition="Grappen over afkomst")
        for doc in project.documents(limit=100):
            unit = project.segments(
                doc["id"], kind="answer" if doc["kind"] == "answer" else "turn"
            )[0]
            project.coding.code_segment(unit["id"], "Vormen/Grappen")
        review_all(project)
    return folder / "p.db"


def test_the_registry_names_each_writers_options():
    for kind, spec in KINDS.items():
        parameters = list(inspect.signature(run._writer(kind)).parameters)
        assert parameters[:3] == ["ctx", "out", "fmt"], kind
        # the report's writer also hears the progress of its stages (not a user's option)
        options = [p for p in parameters[3:] if not (kind == "report" and p == "progress")]
        assert tuple(options) == spec.options, kind


def test_the_cli_offers_the_registry():
    commands = next(a for a in build_parser()._actions if a.dest == "command").choices
    [kind] = [a for a in commands["export"]._actions if a.dest == "format"]
    assert list(kind.choices) == list(KINDS)
    for name, spec in KINDS.items():
        assert f"{name} ({'/'.join('.' + f for f in spec.formats)})" in kind.help


@pytest.mark.slow  # AppTest runs
def test_the_ui_offers_the_registry(small: Path):
    at = open_page(app_on(small), "ui/export_page.py")
    offered = at.radio(key="export_kind").options
    assert offered == [translate(f"kind_{k}", "en") for k in KINDS]
    for kind, spec in KINDS.items():
        at.radio(key="export_kind").set_value(translate(f"kind_{kind}", "en")).run()
        assert at.selectbox(key=f"export_fmt_{kind}").options == list(spec.formats)
    at = open_page(app_on(small), "ui/browse_page.py")
    open_tab(at, "browse_tab", "Downloads")
    assert at.radio(key="browse_export_kind").options == [
        translate(f"kind_{k}", "en") for k in viewer_kinds()
    ]
    assert all(translate(f"kind_{k}", "nl") != f"kind_{k}" for k in KINDS)


@pytest.mark.parametrize("kind, fmt", PAIRS, ids=[f"{k}-{f}" for k, f in PAIRS])
def test_every_kind_and_file_type_exports(small: Path, tmp_path: Path, kind: str, fmt: str):
    with Project.open(small, user="ann") as project:
        before = snapshot(project)
        options = {"by": ["herkomst"]} if "by" in KINDS[kind].options else {}
        result = project.export(kind, tmp_path / f"out.{fmt}", **options)
        assert result["kind"] == kind and result["format"] == fmt
        assert (tmp_path / f"out.{fmt}").stat().st_size > 0
        if KINDS[kind].viewers:
            viewer = project.export(kind, tmp_path / f"viewer.{fmt}", viewer=True, **options)
            assert viewer["meta"]["audience"] == "viewer"
        assert snapshot(project) == before


def test_suffix_spellings_and_refusals(small: Path, tmp_path: Path):
    with Project.open(small, user="ann") as project:
        before = snapshot(project)
        for alias, fmt in ALIASES.items():
            [kind] = [k for k, spec in KINDS.items() if fmt in spec.formats][:1]
            assert project.export(kind, tmp_path / f"a.{alias}")["format"] == fmt
        with pytest.raises(InputError, match=r"a table export takes by, among, not 'quasi'"):
            project.export("table", tmp_path / "t.csv", quasi=["herkomst"])
        with pytest.raises(InputError, match="a codebook export takes no options, not 'by'"):
            project.export("codebook", tmp_path / "c.yaml", by=["herkomst"])
        with pytest.raises(InputError, match="unknown export 'pdf'"):
            project.export("pdf", tmp_path / "x.pdf")
        assert snapshot(project) == before
    assert not (tmp_path / "t.csv").exists()


def test_cli_flags_go_to_the_kinds_that_take_them(small: Path, tmp_path: Path, capsys):
    """--by goes to a table, --quasi to the dataset; a flag a kind does not take is ignored
    as before (the registry says which kind takes which)."""
    out = tmp_path / "d.csv"
    assert (
        main(
            [
                "export",
                str(small),
                "--format",
                "dataset",
                str(out),
                "--quasi",
                "herkomst",
                "--by",
                "leeftijd",
                "--json",
            ]
        )
        == 0
    )
    assert '"quasi": [\n    "herkomst"\n  ]' in capsys.readouterr().out
    assert (
        main(
            [
                "export",
                str(small),
                "--format",
                "table",
                str(tmp_path / "t.csv"),
                "--by",
                "herkomst",
                "--quasi",
                "leeftijd",
            ]
        )
        == 0
    )
