"""Realistic Dutch PDFs written by fpdf2 in the tests (fictional policy memo, a scan, a
damaged file). Lines are placed one by one, so where a line breaks, where a word is
hyphenated and where a paragraph crosses a page are known exactly.

fpdf2 is a test-only dependency; the font is matplotlib's DejaVu Sans (always installed,
and it has the "ﬁ" ligature glyph, so the text layer holds U+FB01 as typeset PDFs do).
"""

from __future__ import annotations

from pathlib import Path

import matplotlib
from fpdf import FPDF

FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
HEADER = "Ministerie van Binnenlandse Zaken — Beleidsnotitie Inclusie en Veiligheid 2026"

# the memo: pages of paragraphs, each a list of lines as typeset (with "-" at breaks);
# ("h", text) is a heading
MEMO: list[list] = [
    [
        ("h", "1. Aanleiding"),
        [
            "Uit het medewerkersonderzoek 2025 blijkt dat een op de vijf collega's met een",
            "migratie-",
            "achtergrond zich niet veilig voelt om discriminatie op het werk te melden. De",
            "oﬃciële meldprocedure wordt als traag en ondoorzichtig ervaren.",
        ],
        ("h", "2. Wat medewerkers vertellen"),
        [
            "In de focusgroepen noemden deelnemers vooral grappen over afkomst tijdens",
            "overleggen. Een teamleider van de ICT-",
            "afdeling vertelde dat zij zulke opmerkingen vaak pas achteraf hoort, als de",
            "betrokken collega al een overplaatsing heeft aangevraagd bij de politie-",
            "eenheid in Noord-",
            "Holland.",
        ],
        [
            "Ook het zorg-",
            "en welzijnsbeleid van de organisatie kwam ter sprake: vertrouwenspersonen zijn",
            "onvoldoende bekend, en medewerkers weten niet wat er met een melding gebeurt",
            "nadat zij die hebben ingediend bij de afdeling personeelszaken. Vooral ge-",
        ],
    ],
    [
        [
            "sprekken met de leidinggevende worden als drempel gezien, omdat die vaak zelf",
            "betrokken is bij het incident.",
        ],
        ("h", "3. Voorstel"),
        [
            "Wij stellen voor een onafhankelijk meldpunt in te richten, de vertrouwens-",
            "personen beter zichtbaar te maken en leidinggevenden te trainen in het",
            "bespreekbaar maken van uitsluiting en racisme op de werkvloer.",
        ],
    ],
    [
        [
            "De kosten van het meldpunt worden geraamd op twee formatieplaatsen; de",
            "evaluatie volgt na een jaar, met een nieuwe meting in het medewerkers-",
            "onderzoek.",
        ],
    ],
]


def write_memo(path: Path, pages: list[list] | None = None, *, title: str = "") -> Path:
    """The policy memo as a PDF: a header and a "Pagina N van M" footer on every page."""

    class Memo(FPDF):
        def header(self) -> None:
            self.set_font("dejavu", size=8)
            self.cell(0, 6, HEADER, align="C")
            self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("dejavu", size=8)
            self.cell(0, 10, f"Pagina {self.page_no()} van {{nb}}", align="C")

    pdf = Memo()
    pdf.set_auto_page_break(False)
    pdf.add_font("dejavu", fname=str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", style="B", fname=str(FONTS / "DejaVuSans-Bold.ttf"))
    if title:
        pdf.set_title(title)
    for page in pages if pages is not None else MEMO:
        pdf.add_page()
        for block in page:
            if isinstance(block, tuple):
                pdf.set_font("dejavu", "B", 13)
                pdf.cell(0, 8, block[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("dejavu", size=11)
                for line in block:
                    pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
    pdf.output(str(path))
    return path


def write_scan(path: Path, pages: int = 2) -> Path:
    """A 'scanned' PDF: each page one image (a grey page with dark bars), no text layer."""
    from PIL import Image, ImageDraw

    pdf = FPDF()
    for number in range(pages):
        image = Image.new("L", (620, 877), 235)
        draw = ImageDraw.Draw(image)
        for row in range(12):
            draw.rectangle(
                (60, 80 + row * 50, 560 - (row * 17 + number * 40) % 200, 100 + row * 50), fill=40
            )
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=210)
    pdf.output(str(path))
    return path


def write_truncated(path: Path, source: Path, fraction: float = 0.6) -> Path:
    """A damaged PDF: the first ``fraction`` of a good one (a download that broke off)."""
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path
