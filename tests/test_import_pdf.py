"""Importing PDF documents: paragraphs rebuilt from the text layer, page numbers kept through
segmentation, coding, retrieval and search; scans, encrypted and damaged files refused with
one line and nothing changed. The PDFs are written in the test (tests/pdf_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from workbench import Project
from workbench.errors import InputError
from workbench.ingest.pdf import rebuild
from conftest import input_error, run_cli, snapshot
from pdf_helpers import FONTS, HEADER, write_memo, write_scan, write_truncated

PARAGRAPHS = [
    (1, "1. Aanleiding"),
    (
        1,
        "Uit het medewerkersonderzoek 2025 blijkt dat een op de vijf collega's met een"
        " migratieachtergrond zich niet veilig voelt om discriminatie op het werk te melden."
        " De officiële meldprocedure wordt als traag en ondoorzichtig ervaren.",
    ),
    (1, "2. Wat medewerkers vertellen"),
    (
        1,
        "In de focusgroepen noemden deelnemers vooral grappen over afkomst tijdens overleggen."
        " Een teamleider van de ICT-afdeling vertelde dat zij zulke opmerkingen vaak pas"
        " achteraf hoort, als de betrokken collega al een overplaatsing heeft aangevraagd bij"
        " de politie-eenheid in Noord-Holland.",
    ),
    (
        1,
        "Ook het zorg- en welzijnsbeleid van de organisatie kwam ter sprake:"
        " vertrouwenspersonen zijn onvoldoende bekend, en medewerkers weten niet wat er met een"
        " melding gebeurt nadat zij die hebben ingediend bij de afdeling personeelszaken."
        " Vooral gesprekken met de leidinggevende worden als drempel gezien, omdat die vaak"
        " zelf betrokken is bij het incident.",
    ),
    (2, "3. Voorstel"),
    (
        2,
        "Wij stellen voor een onafhankelijk meldpunt in te richten, de vertrouwenspersonen"
        " beter zichtbaar te maken en leidinggevenden te trainen in het bespreekbaar maken van"
        " uitsluiting en racisme op de werkvloer.",
    ),
    (
        3,
        "De kosten van het meldpunt worden geraamd op twee formatieplaatsen; de evaluatie"
        " volgt na een jaar, met een nieuwe meting in het medewerkersonderzoek.",
    ),
]


@pytest.fixture
def memo(tmp_path: Path) -> Path:
    return write_memo(tmp_path / "Beleidsnotitie inclusie.pdf")


def test_a_memo_becomes_paragraphs_that_know_their_page(project: Project, memo: Path):
    result = project.import_document(memo, group="beleid")
    assert (result["paragraphs"], result["pages"], result["group"]) == (8, 3, "beleid")
    [doc] = project.documents(kind="transcript")
    units = project.segments(doc["id"], kind="turn")
    # headings are their own units; hyphenation joined where Dutch writes no hyphen, kept
    # where it does; the ligature is plain "ff"; the paragraph across pages 1-2 is one unit
    assert [(u["page"], u["text"]) for u in units] == PARAGRAPHS
    text = project.document(doc["id"])["text"]
    assert "Ministerie" not in text and "Pagina" not in text  # header and footer dropped
    assert "\ufb03" not in text and "-\n" not in text
    assert all(u["speaker"] is None for u in units)


def test_page_numbers_in_sentences_codings_retrieval_and_search(project: Project, memo: Path):
    project.import_document(memo, group="beleid")
    project.segment()
    [doc] = project.documents(kind="transcript")
    text = project.document(doc["id"])["text"]
    sentences = {s["text"]: s["page"] for s in project.segments(doc["id"], kind="sentence")}
    assert sentences["Vooral gesprekken met de leidinggevende worden als drempel gezien, omdat"
                     " die vaak zelf betrokken is bij het incident."] == 1  # fmt: skip
    assert sentences["De kosten van het meldpunt worden geraamd op twee formatieplaatsen; de"
                     " evaluatie volgt na een jaar, met een nieuwe meting in het"
                     " medewerkersonderzoek."] == 3  # fmt: skip
    project.codebook.add("Melden/Drempel")
    project.codebook.add("Melden/Meldpunt")
    # "drempel" is on page 2 of the paragraph that starts on page 1; the meldpunt on 2 and 3
    drempel = text.index("als drempel gezien")
    project.coding.code(doc["id"], drempel, drempel + len("als drempel gezien"), "Melden/Drempel")
    for found in (text.index("onafhankelijk meldpunt"), text.index("De kosten van het meldpunt")):
        project.coding.code(doc["id"], found, found + 22, "Melden/Meldpunt")
    passages = project.coding.retrieve("Melden")
    assert sorted(zip(passages["code"], passages["page"], passages["text"])) == [
        ("Melden/Drempel", 2, "als drempel gezien"),
        ("Melden/Meldpunt", 2, "onafhankelijk meldpunt"),
        ("Melden/Meldpunt", 3, "De kosten van het meld"),
    ]
    hits = project.search("meldpunt")
    assert sorted(h["page"] for h in hits) == [2, 3]
    path = str(project.path)
    project.close()
    shown = run_cli(["retrieve", path, "Melden/Meldpunt"])
    assert shown.returncode == 0
    assert "[beleid" not in shown.stdout  # the passage names its document and page
    assert "p. 2] onafhankelijk meldpunt" in shown.stdout
    assert "p. 3] De kosten van het meld" in shown.stdout
    found = run_cli(["search", path, "drempel"])
    assert "p. 1: " in found.stdout  # the unit starts on page 1


@pytest.mark.parametrize(
    "make, problem",
    [
        (lambda folder, memo: write_scan(folder / "scan.pdf"), "has no text layer (a scanned PDF?); run OCR first"),
        (lambda folder, memo: write_truncated(folder / "afgebroken.pdf", memo), "cannot be read as a PDF (damaged or truncated?"),
        (lambda folder, memo: _encrypted(folder / "vertrouwelijk.pdf"), "is encrypted (password-protected)"),
        (lambda folder, memo: _not_pdf(folder / "notulen.pdf"), "is not a PDF"),
    ],
    ids=["scan", "truncated", "encrypted", "not-a-pdf"],
)  # fmt: skip
def test_bad_pdfs_get_one_line_and_change_nothing(
    project: Project, memo: Path, tmp_path: Path, make, problem: str
):
    project.import_document(memo, group="beleid")
    before = snapshot(project)
    bad = make(tmp_path, memo)
    message = input_error(project.import_document, bad)
    assert problem in message and "nothing was imported" in message
    assert snapshot(project) == before
    path = str(project.path)
    project.close()
    run = run_cli(["import-document", path, str(bad)])
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and problem in run.stderr
    with Project.open(path) as again:
        assert snapshot(again) == before


def test_the_same_pdf_twice_is_refused(project: Project, memo: Path, tmp_path: Path):
    project.import_document(memo)
    project.segment()
    before = snapshot(project)
    copy = tmp_path / "kopie.pdf"
    copy.write_bytes(memo.read_bytes())
    assert "already imported" in input_error(project.import_document, copy, group="anders")
    assert snapshot(project) == before


def test_a_file_that_is_not_named_pdf_is_refused(project: Project, memo: Path, tmp_path: Path):
    renamed = tmp_path / "memo.txt"
    renamed.write_bytes(memo.read_bytes())
    assert "reads PDF files (.pdf), not .txt" in input_error(project.import_document, renamed)


def test_pages_without_text_are_named_in_a_warning(project: Project, tmp_path: Path):
    pdf = FPDF()
    pdf.add_font("dejavu", fname=str(FONTS / "DejaVuSans.ttf"))
    pdf.set_font("dejavu", size=11)
    pdf.add_page()
    pdf.cell(0, 6, "Verslag van het gesprek met de vertrouwenspersoon.")
    pdf.add_page()  # a page left blank (or a scanned attachment)
    pdf.add_page()
    pdf.cell(0, 6, "Afspraken: de melding wordt binnen twee weken behandeld.")
    path = tmp_path / "verslag.pdf"
    pdf.output(str(path))
    result = project.import_document(path)
    assert result["paragraphs"] == 2
    assert result["warnings"] == [
        "verslag.pdf: page(s) 2 have no text layer (scanned?); their content is not imported"
        " (run OCR on the file to include it)"
    ]
    [doc] = project.documents(kind="transcript")
    assert [u["page"] for u in project.segments(doc["id"], kind="turn")] == [1, 3]


# -- rebuilding paragraphs from lines (what pypdf's layout mode gives per page) ----------
def test_a_single_page_keeps_its_first_and_last_line():
    lines = ["Notitie", "", "Kort verslag van het overleg.", "", "Pagina 1"]
    read = rebuild(Path("a.pdf"), [lines])
    assert [p.text for p in read.paragraphs] == ["Notitie", "Kort verslag van het overleg.", "Pagina 1"]  # fmt: skip


def test_headers_repeat_with_other_numbers_and_other_first_lines_stay():
    first = [
        "Inleiding over melden in 2025.",
        "Wat er gemeld is.",
        "Wat er met 3 meldingen gebeurde.",
    ]
    pages = [[HEADER, "", line, "", f"{n} / 3"] for n, line in enumerate(first, 1)]
    read = rebuild(Path("a.pdf"), pages)
    assert [p.text for p in read.paragraphs] == first
    assert read.pages == [(1, 0), (2, 32), (3, 51)]


def test_double_spaced_lines_make_paragraphs_at_sentence_ends():
    lines = [
        "Het meldpunt is voor alle",
        "",
        "medewerkers bereikbaar.",
        "",
        "Melden kan anoniem.",
        "",
        "Een melding wordt altijd",
        "",
        "binnen twee weken besproken.",
    ]
    read = rebuild(Path("a.pdf"), [lines])
    assert [p.text for p in read.paragraphs] == [
        "Het meldpunt is voor alle medewerkers bereikbaar.",
        "Melden kan anoniem.",
        "Een melding wordt altijd binnen twee weken besproken.",
    ]


@pytest.mark.parametrize(
    "first, second, joined",
    [
        ("de klachten-", "commissie besloot", "de klachtencommissie besloot"),
        ("een auto-", "ongeluk", "een auto-ongeluk"),
        ("de zee-", "egel", "de zee-egel"),
        ("in- of", "uitstroom", "in- of uitstroom"),
        ("het in-", "of uitstroombeleid", "het in- of uitstroombeleid"),
        ("de HR-", "adviseur", "de HR-adviseur"),
        ("pro-", "Europees", "pro-Europees"),
        ("2025-", "2026", "2025- 2026"),
    ],
)
def test_line_end_hyphens(first: str, second: str, joined: str):
    read = rebuild(Path("a.pdf"), [[first, second]])
    assert read.text == joined


def test_ligatures_and_wide_spaces_are_normalised():
    read = rebuild(Path("a.pdf"), [["De e\ufb00ecten  van\u2003de \ufb01nanciering."]])
    assert read.text == "De effecten van de financiering."


def test_no_text_at_all_is_one_line():
    with pytest.raises(InputError, match="scan.pdf: has no text layer"):
        rebuild(Path("scan.pdf"), [["", "  "], []])


def _encrypted(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_font("dejavu", fname=str(FONTS / "DejaVuSans.ttf"))
    pdf.set_font("dejavu", size=11)
    pdf.set_encryption(owner_password="eigenaar", user_password="geheim")
    pdf.add_page()
    pdf.cell(0, 6, "Vertrouwelijk: verslag van de klachtencommissie.")
    pdf.output(str(path))
    return path


def _not_pdf(path: Path) -> Path:
    path.write_text("Notulen van het overleg, 3 maart.\n", encoding="utf-8")
    return path


@pytest.mark.slow  # several AppTest reruns
def test_documents_page_imports_uploaded_pdfs(tmp_path: Path, memo: Path):
    """The upload takes .pdf files: the memo is imported and segmented, the scan gets its one
    line and changes nothing; the paragraphs show their page."""
    from conftest import app_on, open_page, shown

    path = tmp_path / "leeg.db"
    Project.create(path).close()
    scan = write_scan(tmp_path / "gescand.pdf")
    at = open_page(app_on(path), "ui/documents_page.py")
    at.file_uploader(key="pdf_upload").set_value(
        [
            (memo.name, memo.read_bytes(), "application/pdf"),
            (scan.name, scan.read_bytes(), "application/pdf"),
        ]
    ).run()
    at.text_input(key="pdf_group").set_value("beleid").run()
    at.button(key="import_pdfs").click().run()
    assert not at.exception, at.exception
    text = shown(at).replace("\\", "")  # Markdown escapes in file names
    assert "Beleidsnotitie inclusie.pdf: 8 paragraphs on 3 pages imported" in text
    assert "gescand.pdf: has no text layer (a scanned PDF?); run OCR first" in text
    with Project.open(path, user="check") as project:
        [doc] = project.documents(kind="transcript")
        assert project.info()["counts"]["unsegmented_documents"] == 0
        assert [s["page"] for s in project.segments(doc["id"], kind="turn")][-3:] == [2, 2, 3]
    rows = at.dataframe[0].value
    assert list(rows.columns) == ["#", "p.", "Text"]
    assert rows["p."].tolist() == [1, 1, 1, 1, 1, 2, 2, 3]


def test_a_file_from_before_pages_migrates_and_takes_pdfs(tmp_path: Path, memo: Path):
    """A project written before the ``pages`` table (found by what its migration does, since
    migrations are renumbered when branches merge) is read with no pages, migrates on open,
    and then imports PDFs; its other documents have no page."""
    import inspect

    from workbench.store import migrations

    pages_at = next(
        i for i, step in enumerate(migrations.MIGRATIONS) if "TABLE IF NOT EXISTS pages" in inspect.getsource(step)
    )  # fmt: skip
    path = tmp_path / "oud.db"
    talk = tmp_path / "fg1.txt"
    talk.write_text("Moderator: Hoe ging het melden?\nSara: Niemand wist waar het meldpunt was.\n")
    with Project.create(path) as project:
        project.import_transcript(talk, group="fg1")
        project.db.conn.executescript(f"DROP TABLE pages; PRAGMA user_version = {pages_at};")
        [doc] = project.documents()
        assert [u["page"] for u in project.segments(doc["id"], kind="turn")] == [None, None]
    with Project.open(path) as project:
        assert project.info()["schema_version"] == migrations.SCHEMA_VERSION
        project.import_document(memo)
        project.segment()
        pages = sorted((h["title"], h["page"] or 0) for h in project.search("meldpunt"))
        assert pages == [("Beleidsnotitie inclusie.pdf", 2), ("Beleidsnotitie inclusie.pdf", 3), ("fg1 (fg1.txt)", 0)]  # fmt: skip
