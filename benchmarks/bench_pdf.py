"""PDF import speed in pages per second, against bare pypdf text extraction of the same file.

A policy memo of PAGES pages is written with fpdf2 (headers, footers, hyphenated line ends,
paragraphs across pages; every paragraph numbered so no two pages are alike). In the same
process, best of RUNS each:

- bare pypdf, default mode: ``PdfReader`` + ``page.extract_text()`` for every page;
- bare pypdf, layout mode: the same with ``extraction_mode="layout"`` (what the import reads);
- ``read_pdf``: layout extraction + paragraphs rebuilt (headers, hyphens, page runs, NFKC);
- ``Project.import_document`` into a fresh project file (read + checks + one write: source,
  document, a unit per paragraph, pages), without segmentation;
- the same followed by ``Project.segment`` (sentences, lemmas, search index), once.

    .venv/bin/python benchmarks/bench_pdf.py [--pages 200] [--runs 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from pdf_helpers import MEMO, write_memo  # noqa: E402
from timing import best  # noqa: E402


def memo_pages(pages: int) -> list[list]:
    """``pages`` pages: the memo's three pages over and over, each paragraph numbered."""
    out = []
    for number in range(pages):
        page = []
        for block in MEMO[number % len(MEMO)]:
            if isinstance(block, tuple):
                page.append(("h", f"{block[1]} ({number + 1})"))
            else:
                page.append([*block[:-1], f"{block[-1]} [{number + 1}]"])
        out.append(page)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import pypdf

    from workbench import Project
    from workbench.ingest.pdf import read_pdf

    with tempfile.TemporaryDirectory() as folder:
        pdf = write_memo(Path(folder) / "memo.pdf", memo_pages(args.pages))
        size = pdf.stat().st_size

        def bare(mode: str) -> None:
            reader = pypdf.PdfReader(pdf)
            for page in reader.pages:
                page.extract_text(extraction_mode=mode)

        made = iter(range(10_000))

        def import_once(segment: bool = False) -> None:
            with Project.create(Path(folder) / f"p{next(made)}.db", user="bench") as project:
                project.import_document(pdf, group="beleid")
                if segment:
                    project.segment()

        read = read_pdf(pdf)
        times = {
            "bare pypdf extract_text (plain)": best(lambda: bare("plain"), args.runs),
            "bare pypdf extract_text (layout)": best(lambda: bare("layout"), args.runs),
            "read_pdf (layout + paragraphs)": best(lambda: read_pdf(pdf), args.runs),
            "Project.import_document": best(import_once, args.runs),
            "import_document + segment": best(lambda: import_once(True), 1),
        }
    print(
        f"{args.pages} pages, {size / 1e6:.2f} MB, {len(read.paragraphs)} paragraphs,"
        f" {len(read.text):,} characters; best of {args.runs}"
    )
    plain = times["bare pypdf extract_text (plain)"]
    layout = times["bare pypdf extract_text (layout)"]
    print(f"{'':34} {'seconds':>8} {'pages/s':>8} {'x plain':>8} {'x layout':>8}")
    for name, seconds in times.items():
        print(
            f"{name:34} {seconds:8.3f} {args.pages / seconds:8.1f}"
            f" {seconds / plain:8.2f} {seconds / layout:8.2f}"
        )


if __name__ == "__main__":
    main()
