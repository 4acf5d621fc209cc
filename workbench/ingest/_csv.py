"""Delimited text (CSV/TSV) to a header, string records and their line numbers.

The stdlib csv module is used instead of pandas.read_csv because it reports the line
each record starts on (so errors and the frame index name the row a user sees in a text
editor, even with blank lines or quoted multi-line fields) and lets every malformed record
be reported as one clear error. 100,000 x 20 fields parse in well under a second.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from workbench.errors import InputError

DELIMITERS = (",", ";", "\t")
_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_SAMPLE_CHARS = 65536
_SAMPLE_ROWS = 50


def delimiter_name(delimiter: str) -> str:
    """Human name for a delimiter, for messages."""
    return _NAMES.get(delimiter, repr(delimiter))


def detect_delimiter(text: str) -> str:
    """Pick ``,``, ``;`` or tab.

    Each candidate is scored on the first records: the share of records with as many
    fields as the header, then the number of header fields (at least 2). csv.Sniffer
    (restricted to the three) only breaks ties, because on its own it can pick ``,`` in a
    ``;`` file with decimal commas; remaining ties go to , then ; then tab. A header
    without any of them means a single-column file: tab, ; or , whichever is unused.
    """
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    scores = {d: _score(sample, d) for d in DELIMITERS}
    usable = [d for d in DELIMITERS if scores[d][1] >= 2]
    if not usable:  # one column: pick a character its values do not use
        return next((d for d in ("\t", ";", ",") if d not in sample), ",")
    best = max(scores[d] for d in usable)
    tied = [d for d in usable if scores[d] == best]
    if len(tied) > 1:
        try:
            sniffed = csv.Sniffer().sniff(sample, delimiters="".join(tied)).delimiter
        except csv.Error:
            sniffed = None
        if sniffed in tied:
            return sniffed
    return tied[0]


def _score(sample: str, delimiter: str) -> tuple[float, int]:
    """(share of sampled records with the header's field count, header field count)."""
    rows: list[int] = []
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
    try:
        for record in reader:
            if record and any(f.strip() for f in record):
                rows.append(len(record))
            if len(rows) > _SAMPLE_ROWS:
                break
    except csv.Error:
        pass
    if not rows:
        return (0.0, 0)
    header, body = rows[0], rows[1:]
    if not body:
        return (1.0, header)
    return (sum(n == header for n in body) / len(body), header)


def parse(text: str, path: Path, delimiter: str, *,
          repeated: bool = False) -> tuple[list[str], list[list[str]], list[int]]:
    """Split ``text`` into (header, records, line number of each record).

    Records with only empty fields (blank lines, ``;;;`` rows) are skipped. Short records
    are padded with "". Extra fields are allowed only when empty (some exports end every
    line with a delimiter); a non-empty extra field is an error naming the row. Header names
    are stripped; duplicate names are errors; a column without a name is dropped when it
    holds no values (trailing delimiters, spacer columns) and an error otherwise.
    ``repeated`` allows a name more than once (QualCoder writes one "Category" column per
    level): the second becomes "Category 2", and so on.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    header_line = 0
    records: list[list[str]] = []
    lines: list[int] = []
    while True:
        # csv.reader yields [] for a blank line, so every record starts on the line after
        # the previous one ended, also when it contains quoted line breaks
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(path, f"malformed quoting ({exc}); check the quotes (\") on this row", row=start) from None
        if not "".join(record).strip():
            continue
        if header is None:
            header, header_line = [h.strip() for h in record], start
            continue
        records.append(record)
        lines.append(start)
    if header is None:
        raise InputError(path, "file is empty")
    width = len(header)
    for i, record in enumerate(records):
        n = len(record)
        if n < width:
            record.extend([""] * (width - n))
        elif n > width:
            extra = next((j for j in range(width, n) if record[j].strip()), None)
            if extra is not None:
                raise InputError(
                    path,
                    f"{n} fields but the header has {width} columns (extra value {record[extra].strip()[:40]!r}"
                    f" in field {extra + 1}); is the delimiter right ({delimiter_name(delimiter)})?"
                    f" an unquoted {delimiter_name(delimiter)} in a value?",
                    row=lines[i],
                )
            del record[width:]
    if repeated:
        counts: dict[str, int] = {}
        for j, name in enumerate(header):
            counts[name] = counts.get(name, 0) + 1
            if name and counts[name] > 1:
                header[j] = f"{name} {counts[name]}"
    seen: dict[str, int] = {}
    for position, name in enumerate(header, start=1):
        if name in seen:
            raise InputError(path, f"duplicate column name {name!r} (columns {seen[name]} and {position})", row=header_line)
        if name:
            seen[name] = position
    unnamed = [j for j, name in enumerate(header) if not name]
    if unnamed:
        for j in unnamed:
            used = next((i for i, record in enumerate(records) if record[j].strip()), None)
            if used is not None:
                raise InputError(
                    path,
                    f"empty column name in column {j + 1} (the column holds values,"
                    f" e.g. {records[used][j].strip()[:40]!r} on row {lines[used]})",
                    row=header_line,
                )
        keep = [j for j, name in enumerate(header) if name]
        header = [header[j] for j in keep]
        records = [[record[j] for j in keep] for record in records]
    return header, records, lines
