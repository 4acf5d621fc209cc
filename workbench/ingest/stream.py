"""Survey files read in chunks, so that the memory an import takes does not grow with the file.

A CSV file is read once (decoded, normalised and parsed in pieces by the same rules as
:func:`workbench.ingest.survey.read_survey`), and each chunk of clean strings is spilled to
a temporary Arrow file while the statistics that decide each column's type are gathered;
:meth:`SurveyStream.chunks` then reads the spill back as typed frames that are, row for
row, what ``read_survey`` gives. Other formats are read whole and handed out in slices.
:func:`workbench.ingest.survey.stream_survey` chooses between the two by the file's type.
"""

from __future__ import annotations

import codecs
import io
import itertools
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from workbench.errors import InputError
from workbench.formats import delimited
from workbench.formats.text import BOMS, decode, normalise, read_bytes

from ._frame import Column, StringStats, clean_strings
from ._tables import check_names

CHUNK_ROWS = 20_000
_BLOCK = 1 << 22  # bytes read at a time
_SAMPLE = 65_536  # what delimiter detection looks at (see delimited.detect_delimiter)


@dataclass
class SurveyStream:
    """A survey file's columns (with their types) and its records, chunk by chunk."""

    path: Path
    format: str
    columns: dict[str, Column]
    rows: int
    encoding: str | None = None
    delimiter: str | None = None
    _spill: Any = None  # the temporary Arrow file (CSV)
    _stats: dict[str, StringStats] = field(default_factory=dict)
    _decimal: str | None = None
    _frame: pd.DataFrame | None = None  # the whole frame (other formats)
    _chunk_rows: int = CHUNK_ROWS

    def chunks(self, names: list[str] | None = None) -> Iterator[pd.DataFrame]:
        """Typed frames of consecutive records (index: the row a user sees, named "row"),
        with the columns ``names`` (default: all)."""
        names = list(self.columns) if names is None else names
        if self._frame is not None:
            for start in range(0, len(self._frame), self._chunk_rows):
                yield self._frame.iloc[start : start + self._chunk_rows][names]
            return
        position = {name: i for i, name in enumerate(self.columns, start=1)}
        self._spill.seek(0)
        with pa.ipc.open_stream(self._spill) as reader:
            for batch in reader:
                index = pd.Index(batch.column(0).to_numpy(), dtype="int64", name="row")
                yield pd.DataFrame(
                    {
                        name: self._stats[name].convert(
                            pd.Series(batch.column(position[name]), dtype="str", index=index),
                            self._decimal,
                        )
                        for name in names
                    },
                    index=index,
                )

    def frame(self) -> pd.DataFrame:
        """All records at once (what ``read_survey`` returns as its frame)."""
        if self._frame is not None:
            return self._frame
        parts = list(self.chunks())
        return pd.concat(parts) if len(parts) > 1 else parts[0]

    def close(self) -> None:
        if self._spill is not None:
            self._spill.close()
            self._spill = None

    def __enter__(self) -> SurveyStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def stream_whole(
    path: Path,
    format: str,
    frame: pd.DataFrame,
    columns: dict[str, Column],
    encoding: str | None,
    delimiter: str | None,
    chunk_rows: int | None = None,
) -> SurveyStream:
    """A survey read whole (not CSV), handed out in slices of ``chunk_rows``."""
    return SurveyStream(
        path,
        format,
        columns,
        len(frame),
        encoding,
        delimiter,
        _frame=frame,
        _chunk_rows=chunk_rows or CHUNK_ROWS,
    )


def stream_csv(
    path: str | Path,
    *,
    delimiter: str | None = None,
    encoding: str | None = None,
    decimal: str | None = None,
    chunk_rows: int | None = None,
    spill_dir: str | Path | None = None,
) -> SurveyStream:
    """Open a CSV survey file for reading in chunks; the same checks and errors as
    ``read_survey``. It is spilled to a temporary file in ``spill_dir`` (default: the
    system's temporary folder), removed on :meth:`SurveyStream.close`."""
    path = Path(path)
    chunk_rows = chunk_rows or CHUNK_ROWS
    if decimal not in (None, ".", ","):
        raise InputError(path, f"decimal separator must be '.' or ',', not {decimal!r}")
    used = _choose_encoding(path, encoding)
    pieces = _pieces(path, used, encoding)
    head: list[str] = []
    size = 0
    blank = True
    for piece in pieces:  # enough text to tell an empty file and to detect the delimiter
        head.append(piece)
        size += len(piece)
        blank = blank and not piece.strip()
        if size > _SAMPLE and not blank:
            break
    if blank:
        raise InputError(path, "file is empty")
    if delimiter is None:
        delimiter = delimited.detect_delimiter("".join(head)[: _SAMPLE + 1])
    elif delimiter in ("tab", "\\t"):
        delimiter = "\t"
    if len(delimiter) != 1 or delimiter in '"\n':
        raise InputError(path, f"delimiter must be a single character, not {delimiter!r}")
    text = itertools.chain(head, pieces)
    lines = itertools.chain.from_iterable(io.StringIO(piece, newline="") for piece in text)
    records = delimited.Records(lines, path, delimiter)
    stats = [StringStats() for _ in records.header]
    # closed below on failure, else handed to the stream that reads it back
    spill = tempfile.TemporaryFile(dir=spill_dir, prefix="duiding-import-")  # noqa: SIM115
    try:
        rows = _spill(records, stats, spill, chunk_rows)
        records.finish()
        names = check_names(path, records.header, header_row=1)
        if not names:
            raise InputError(path, "no columns")
        if not rows:
            raise InputError(path, "no data rows (only a header)")
    except BaseException:
        spill.close()
        raise
    columns = {name: Column(name, column.type(decimal)) for name, column in zip(names, stats)}
    return SurveyStream(
        path,
        "csv",
        columns,
        rows,
        used,
        delimiter,
        _spill=spill,
        _stats=dict(zip(names, stats)),
        _decimal=decimal,
        _chunk_rows=chunk_rows,
    )


def _spill(
    records: delimited.Records, stats: list[StringStats], spill: Any, chunk_rows: int
) -> int:
    """Parse every record into clean-string chunks written to ``spill``; returns the count."""
    names = records.header
    schema = pa.schema(
        [("row", pa.int64())] + [(f"c{i}", pa.large_string()) for i in range(len(names))]
    )
    rows = 0
    with pa.ipc.new_stream(spill, schema) as writer:
        for chunk, lines in records.chunks(chunk_rows):
            arrays = [pa.array(lines, pa.int64())]
            for column_stats, values in zip(stats, zip(*chunk)):
                column = clean_strings(
                    pd.Series(pa.array(values, pa.large_string()), dtype="str"), normalised=True
                )
                column_stats.add(column)
                arrays.append(pa.array(column, pa.large_string()))
            writer.write_batch(pa.record_batch(arrays, schema=schema))
            rows += len(lines)
    return rows


def _choose_encoding(path: Path, encoding: str | None) -> str:
    """The codec to read with, decided as ``formats.text.decode`` decides it, reading in blocks.

    Any problem (unknown codec, NUL bytes, bytes neither UTF-8 nor Windows-1252) is
    reported by ``formats.text.decode`` itself on the whole file, so the message is the same.
    """
    head = read_bytes(path, 4)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(path, f"unknown encoding {encoding!r}") from None
        chosen = encoding
    else:
        chosen = next((name for bom, name in BOMS if head.startswith(bom)), None)
    if chosen is None:  # no BOM: binary data is refused, then UTF-8 or else Windows-1252
        chosen = "utf-8"
        if not _decodes(path, "utf-8", refuse_nul=True):
            chosen = "cp1252"
    if chosen != "utf-8" and not _decodes(path, chosen, refuse_nul=False):
        decode(read_bytes(path), path, encoding)  # raises, naming the line
    return chosen


def _decodes(path: Path, codec: str, *, refuse_nul: bool) -> bool:
    """Whether the whole file decodes with ``codec`` (read in blocks, nothing kept)."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    ok = True
    with path.open("rb") as handle:
        while True:
            block = handle.read(_BLOCK)
            if refuse_nul and b"\x00" in block:
                decode(read_bytes(path), path)  # raises: binary data
            if ok:
                try:
                    decoder.decode(block, not block)
                except UnicodeDecodeError:
                    ok = False
                    if not refuse_nul:
                        return False
            if not block:
                return ok


def _pieces(path: Path, used: str, asked: str | None) -> Iterator[str]:
    """The file's text in pieces that end at a line break, NFC with LF line ends."""
    decoder = codecs.getincrementaldecoder(used)("strict")
    strip_bom = used.lower().replace("_", "-") in ("utf-8", "utf8")
    carry = ""
    with path.open("rb") as handle:
        while True:
            block = handle.read(_BLOCK)
            final = not block
            try:
                text = decoder.decode(block, final)
            except UnicodeDecodeError:
                decode(read_bytes(path), path, asked)  # raises, naming the line
                raise
            if strip_bom:
                if text.startswith("\ufeff"):
                    text = text[1:]
                if text:
                    strip_bom = False
            text = carry + text
            if final:
                if text:
                    yield normalise(text)
                return
            # cut after the last line break (a final CR may be half of a CRLF)
            cut = max(text.rfind("\n"), text.rfind("\r", 0, len(text) - 1))
            if cut < 0:
                carry = text
                continue
            carry = text[cut + 1 :]
            yield normalise(text[: cut + 1])
