"""PDF documents read into paragraphs that know their page, pure (no database).

pypdf extracts each page's text layer in layout mode, which keeps vertical gaps as blank
lines; a gap wider than the page's usual line spacing ends a paragraph. The lines are then
rebuilt into paragraphs as a reader would see them:

- a header or footer (the first or last line of a page, digits ignored, so "Pagina 3 van 9"
  counts) repeated on at least half of the pages, and on two or more, is dropped;
- a word hyphenated at a line end is joined ("migratie-" + "achtergrond"); the hyphen stays
  where Dutch writes one: between clashing vowels ("politie-eenheid"), after a capital or a
  digit ("ICT-afdeling"), before a capital, and before "en"/"of" ("zorg- en welzijnsbeleid");
- a paragraph that runs on to the next page (it ends without closing punctuation and the
  next page goes on in lower case) is one paragraph that starts on its first page;
- text is NFKC-normalised (ligatures such as "ﬁ" become "fi", wide spaces plain spaces) and
  runs of spaces collapse to one.

A file without any text layer (a scan), an encrypted or a damaged one raises one
:class:`InputError` line and nothing is read.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

_CLOSING = tuple(".!?:;…\"'”’)]»")
_VOWEL_PAIRS = {
    "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu",
}  # fmt: skip
_ELISION_WORDS = ("en ", "of ", "tot ", "en/of ")
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
NO_TEXT = (
    "has no text layer (a scanned PDF?); run OCR first (for example 'ocrmypdf FILE.pdf"
    " FILE-ocr.pdf') and import the result; nothing was imported"
)


@dataclass
class Paragraph:
    text: str
    start: int  # offsets into PdfText.text
    end: int
    page: int  # 1-based page it starts on


@dataclass
class PdfText:
    """A PDF's text as one document: paragraphs separated by blank lines, each with the page
    it starts on, and where each page's text starts (``pages``: (page, offset))."""

    path: Path
    title: str | None
    text: str
    paragraphs: list[Paragraph]
    pages: list[tuple[int, int]]
    page_count: int
    warnings: list[str] = field(default_factory=list)


def read_pdf(path: str | Path, data: bytes | None = None) -> PdfText:
    """Read a PDF file (or ``data``, the bytes of the file named ``path``) into paragraphs."""
    path = Path(path)
    pages = page_lines(path, data if data is not None else path.read_bytes())
    return rebuild(path, *pages)


def page_lines(path: Path, data: bytes) -> tuple[list[list[str]], str | None]:
    """Each page's text in layout mode as lines (blank lines kept), and the title, if any."""
    import pypdf
    from pypdf.errors import FileNotDecryptedError

    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL)  # its warnings on damaged files: the one line below says it
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(
                path,
                "is encrypted (password-protected); save a copy without the password (for example"
                " 'qpdf --decrypt') and import that; nothing was imported",
            )
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
        pages = [page.extract_text(extraction_mode="layout").splitlines() for page in reader.pages]
    except InputError:
        raise
    except FileNotDecryptedError:
        raise InputError(
            path, "is encrypted (password-protected) and cannot be read; nothing was imported"
        ) from None
    except (
        Exception
    ) as error:  # pypdf raises many kinds (PdfReadError, KeyError, ...) on damaged files
        reason = " ".join(str(error).split()) or type(error).__name__
        raise InputError(
            path, f"cannot be read as a PDF (damaged or truncated?: {reason}); nothing was imported"
        ) from None
    finally:
        log.setLevel(level)
    if not pages:
        raise InputError(path, "has no pages; nothing was imported")
    return pages, (str(title).strip() or None) if title else None


def rebuild(path: Path, pages: list[list[str]], title: str | None = None) -> PdfText:
    """Paragraphs from each page's lines: headers/footers dropped, hyphenation joined,
    paragraphs across page ends merged; NFKC and single spaces."""
    clean = [[_SPACES.sub(" ", unicodedata.normalize("NFKC", line)).strip() for line in page]
             for page in pages]  # fmt: skip
    if not any(line for page in clean for line in page):
        raise InputError(path, NO_TEXT)
    empty = [number for number, page in enumerate(clean, 1) if not any(page)]
    _drop_repeated(clean)
    blocks: list[list[tuple[str, int]]] = []  # paragraphs as (line, page)
    for number, lines in enumerate(clean, 1):
        first = True
        for paragraph in _paragraphs(lines):
            pieces = [(line, number) for line in paragraph]
            if first and blocks and _runs_on(blocks[-1][-1][0], paragraph[0]):
                blocks[-1].extend(pieces)
            else:
                blocks.append(pieces)
            first = False
    text, paragraphs, starts = _assemble(blocks)
    warnings = []
    if empty:
        listed = ", ".join(map(str, empty[:10])) + (", ..." if len(empty) > 10 else "")
        warnings.append(
            f"{path.name}: page(s) {listed} have no text layer (scanned?); their content is not"
            " imported (run OCR on the file to include it)"
        )
    return PdfText(path, title, text, paragraphs, starts, len(pages), warnings)


def _drop_repeated(pages: list[list[str]]) -> None:
    """Remove headers and footers: a top or bottom line (digits ignored) that repeats on at
    least half of the pages and on two or more; up to two lines at each end."""
    if len(pages) < 2:
        return
    for edge in (0, -1):
        for _ in range(2):
            ends = [_edge_index(page, edge) for page in pages]
            keys = [_DIGITS.sub("#", pages[i][j]) if j is not None else None
                    for i, j in enumerate(ends)]  # fmt: skip
            counts = Counter(k for k in keys if k)
            repeated = {k for k, n in counts.items() if n >= 2 and n * 2 >= len(pages)}
            if not repeated:
                break
            for page, key, j in zip(pages, keys, ends):
                if key in repeated and j is not None:
                    page[j] = ""


def _edge_index(lines: list[str], edge: int) -> int | None:
    order = range(len(lines)) if edge == 0 else range(len(lines) - 1, -1, -1)
    return next((i for i in order if lines[i]), None)


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """Lines grouped into paragraphs: a run of blank lines longer than the page's usual gap
    between lines (its most common run) ends one."""
    runs: list[tuple[str, int]] = []  # (line, blank lines before it)
    blank = 0
    for line in lines:
        if not line:
            blank += 1
            continue
        runs.append((line, blank if runs else 0))
        blank = 0
    if not runs:
        return []
    usual = min((gap for _, gap in runs[1:]), default=0)
    width = max(len(line) for line, _ in runs)
    paragraphs: list[list[str]] = []
    for line, gap in runs:
        if not paragraphs or gap > usual or (usual and _ends(paragraphs[-1][-1], line, width)):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs


def _ends(before: str, line: str, width: int) -> bool:
    """Where every line is a blank line apart (double spacing, one-line paragraphs): a line
    that closes a sentence or stops short (a heading, a paragraph's last line) ends one,
    unless the next goes on in lower case."""
    short = len(before) < 0.6 * width
    return (before.endswith(_CLOSING) or short) and not line[:1].islower()


def _runs_on(last: str, first: str) -> bool:
    """Does a page's last paragraph go on in the next page's first one?"""
    return bool(first) and (
        _hyphenated(last) or (not last.endswith(_CLOSING) and first[:1].islower())
    )


def _hyphenated(line: str) -> bool:
    return len(line) > 1 and line.endswith("-") and line[-2].isalpha()


def _join(before: str, after: str) -> tuple[str, str]:
    """(``before`` as it stays, separator) for two lines of one paragraph."""
    if not _hyphenated(before):
        return before, " "
    if after.startswith(_ELISION_WORDS):
        return before, " "  # "zorg- en welzijnsbeleid"
    head, tail = before[-2], after[:1]
    if not tail.islower() or head.isupper() or (head + tail).lower() in _VOWEL_PAIRS:
        return before, ""  # "ICT-afdeling", "Noord-Holland", "politie-eenheid"
    return before[:-1], ""  # "migratie-" + "achtergrond"


def _assemble(
    blocks: list[list[tuple[str, int]]],
) -> tuple[str, list[Paragraph], list[tuple[int, int]]]:
    """The document text (paragraphs joined by a blank line), the paragraphs with their
    offsets and first page, and the offset where each page's text starts."""
    text = ""
    paragraphs: list[Paragraph] = []
    starts: list[tuple[int, int]] = []
    page = None
    for block in blocks:
        if text:
            text += "\n\n"
        start = len(text)
        body = ""
        for line, number in block:
            if body:
                body, separator = _join(body, line)
            else:
                separator = ""
            if number != page:
                starts.append((number, start + len(body) + len(separator)))
                page = number
            body += separator + line
        text += body
        paragraphs.append(Paragraph(body, start, start + len(body), block[0][1]))
    return text, paragraphs, starts


_IGNORED = re.compile(r"[\s\-\u00ad\u2010\u2011]+")


def squeeze(text: str) -> tuple[str, list[int]]:
    """``text`` without spaces and hyphens, and where each of its characters is in ``text``."""
    kept = [i for i, char in enumerate(text) if not _IGNORED.fullmatch(char)]
    return "".join(text[i] for i in kept), kept


def locate(
    squeezed: tuple[str, list[int]],
    pages: list[tuple[int, int]],
    passage: str,
    page: int | None = None,
) -> tuple[int, int] | None:
    """The span of ``passage`` (text another tool read from a PDF) in the text that
    :func:`squeeze` made ``squeezed`` of, or None.

    Tools join lines and hyphenate differently, so spaces and hyphens are ignored when
    comparing (and NFKC applies). A passage found once is placed; found more than once, the
    one on ``page`` (counted from 1) is, if only one is there; else None.
    """
    wanted = _IGNORED.sub("", unicodedata.normalize("NFKC", passage))
    if not wanted:
        return None
    letters, kept = squeezed
    found = []
    at = letters.find(wanted)
    while at >= 0:
        found.append((kept[at], kept[at + len(wanted) - 1] + 1))
        at = letters.find(wanted, at + 1)
    if len(found) > 1 and page is not None:
        found = [span for span in found if page_at(pages, span[0]) == page]
    return found[0] if len(found) == 1 else None


def page_at(pages: list[tuple[int, int]], offset: int) -> int | None:
    """The page an offset falls on (``pages``: (page, start) in order)."""
    number = None
    for page, start in pages:
        if start > offset:
            break
        number = page
    return number
