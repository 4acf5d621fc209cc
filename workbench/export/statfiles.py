"""The respondent-level dataset for statistics packages: an SPSS ``.sav``, or a ``.zip``
with a tidy csv and an R script that builds the survey design from it.

Both take the frame of :mod:`.anonymise` (the anonymised dataset, or the researcher's full
version) and describe each column as a :class:`StatVariable`:

- names safe for SPSS and R (:func:`safe_names`): ASCII letters, digits and ``_``, starting
  with a letter, at most 64 bytes, unique without regard to case, no SPSS reserved word.
  Survey variables keep their name where it is safe; a code's indicator is ``c_`` and its
  path (``c_Vormen_Grappen``). The variable label says what a renamed column was: the
  survey's own label (from a .sav import) or name, a code's full path.
- value labels: those a .sav import brought (stored with the variables; also for the
  stratum), merged categories of the anonymised dataset labelled ``a / b``; a code
  indicator 0/1 "niet genoemd"/"genoemd" (in the project's language).
- numbers stay numbers (missing: SPSS system-missing, R ``NA``); every other column is
  text, written exactly (SPSS has no missing text: an empty string).
- ``fpc``: the population size of the respondent's stratum, when the imported design
  (import-design) gives it for every row (a merged stratum: the sum of its parts).

The .sav carries the export's header line and notes as its documents (``meta.notes``) and
the project in its file label. The zip holds ``NAME.csv`` (UTF-8 with a byte-order mark;
text cells that could run as a spreadsheet formula, or start with an apostrophe, get one
leading apostrophe, which the script takes off again, so every string comes back exact),
``NAME.R`` (reads the csv beside it, builds ``svydesign(ids = ~1, strata, weights, fpc)``
and prints one ``svymean`` of a code), ``variables.csv`` (names, labels, value labels) and
``about.txt`` (the header line and notes).
"""

from __future__ import annotations

import io
import math
import os
import re
import tempfile
import textwrap
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..codebook import Codebook
from ..store import design as design_sql
from ..store import queries
from .common import CODE_PREFIX, FORMULA_START, ExportContext, header_line, write_atomically

MAX_BYTES = 64
RESERVED = {"ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"}
STATED = {"nl": ("niet genoemd", "genoemd"), "en": ("not mentioned", "mentioned")}
FIXED_LABELS = {
    "respondent": "respondent (id or pseudonym)",
    "stratum": "stratum",
    "weight": "weight",
    "fpc": "population size of the stratum (finite population correction)",
}


@dataclass
class StatVariable:
    """One column as a statistics package gets it."""

    name: str
    source: str
    label: str | None
    numeric: bool
    value_labels: dict[float | str, str] | None = None
    code: bool = False


# -- names -------------------------------------------------------------------------------
def safe_name(text: str, prefix: str = "v_") -> str:
    """``text`` as an SPSS/R name: accents dropped, other characters ``_``, starting with
    a letter (else ``prefix`` goes first), not a reserved word, at most 64 bytes."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    name = re.sub(r"_+", "_", re.sub(r"[^A-Za-z0-9_]", "_", ascii_)).strip("_")
    if not name or not name[0].isalpha() or name.upper() in RESERVED:
        name = prefix + name
    return name[:MAX_BYTES].rstrip("_")


def safe_names(texts: Sequence[str], prefixes: Sequence[str]) -> list[str]:
    """Safe names for ``texts``, in order, unique without regard to case (SPSS names are
    not case-sensitive): a name already taken gets ``_2``, ``_3`` ... within 64 bytes."""
    taken: set[str] = set()
    names = []
    for text, prefix in zip(texts, prefixes):
        base = safe_name(text, prefix)
        name, n = base, 1
        while name.upper() in taken:
            n += 1
            name = f"{base[: MAX_BYTES - len(str(n)) - 1]}_{n}"
        taken.add(name.upper())
        names.append(name)
    return names


# -- the variables -----------------------------------------------------------------------
def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _numeric(series: pd.Series) -> bool:
    """True when every value present is a number (not a boolean)."""
    if pd.api.types.is_bool_dtype(series):
        return False
    if pd.api.types.is_numeric_dtype(series):
        return True
    present = series.dropna()
    return len(present) > 0 and all(
        _is_number(v.item() if hasattr(v, "item") else v) for v in present
    )


def _key_value(key: str, numeric: bool) -> float | str | None:
    if not numeric:
        return key
    try:
        return float(key)
    except ValueError:
        return None


def _labels_for(
    series: pd.Series, numeric: bool, stored: dict[str, str] | None
) -> dict[float | str, str] | None:
    """The stored value labels as the column holds its values; for a merged category of
    the anonymised dataset (``1 / 2``) the labels of its parts joined the same way."""
    if not stored:
        return None
    labels: dict[float | str, str] = {}
    for key, label in stored.items():
        value = _key_value(key, numeric)
        if value is not None and not (isinstance(value, float) and math.isnan(value)):
            labels[value] = label
    if not numeric:
        for value in series.dropna().unique().tolist():
            parts = str(value).split(" / ")
            if value not in labels and len(parts) > 1 and all(p in stored for p in parts):
                labels[value] = " / ".join(stored[p] for p in parts)
    return labels or None


def describe(ctx: ExportContext, table: pd.DataFrame) -> tuple[pd.DataFrame, list[StatVariable]]:
    """``table`` with the fpc column added where the design gives it, and its columns
    described: safe names, labels, value labels, numeric or text."""
    core = ctx.core
    table = table.copy()
    population = {s["stratum"]: s["population"] for s in design_sql.strata(core.db)}
    fpc = table["stratum"].map(lambda s: _population(s, population))
    if population and fpc.notna().all():
        table.insert(table.columns.get_loc("weight") + 1, "fpc", fpc.astype(float))
    stored = {v["name"]: v for v in queries.variables(core.db)}
    stratum_var = next((v for v in stored.values() if v["role"] == "stratum"), None)
    stated = STATED.get(core.language, STATED["en"])
    texts, prefixes, variables = [], [], []
    for column in table.columns:
        series = table[column]
        if column.startswith(CODE_PREFIX):
            path = column[len(CODE_PREFIX) :]
            texts.append("c_" + path)
            prefixes.append("c_")
            variables.append(
                StatVariable("", column, path, True, {0.0: stated[0], 1.0: stated[1]}, True)
            )
            continue
        info = stratum_var if column == "stratum" else stored.get(column)
        numeric = _numeric(series) or bool(  # all blank: numeric if it was
            series.isna().all()
            and (column in ("weight", "fpc") or (info or {}).get("type") == "numeric")
        )
        label = FIXED_LABELS.get(column) or (info or {}).get("label") or column
        value_labels = _labels_for(series, numeric, (info or {}).get("value_labels"))
        texts.append(column)
        prefixes.append("v_")
        variables.append(StatVariable("", column, label, numeric, value_labels))
    for variable, name in zip(variables, safe_names(texts, prefixes)):
        variable.name = name
        if not variable.code and variable.label == variable.source == name:
            variable.label = None  # the name says it all
    return table, variables


def _population(stratum: object, population: dict[str, int]) -> float | None:
    """The population of a stratum, of a merged one ("a / b") the sum of its parts."""
    if stratum is None or (isinstance(stratum, float) and math.isnan(stratum)):
        return None
    parts = str(stratum).split(" / ")
    if str(stratum) in population:
        return float(population[str(stratum)])
    if all(p in population for p in parts):
        return float(sum(population[p] for p in parts))
    return None


def values(table: pd.DataFrame, variables: list[StatVariable]) -> pd.DataFrame:
    """The columns under their safe names, numbered from 0: numbers as floats (missing
    NaN), text as str in object columns (missing empty)."""
    out = {}
    for v in variables:
        series = table[v.source]
        if v.numeric:
            number = pd.to_numeric(series.astype(object), errors="coerce")
            out[v.name] = pd.Series(number.to_numpy(dtype=float))
        else:
            text = series.to_numpy(dtype=object, copy=True)
            missing = pd.isna(text)
            text[missing] = ""
            if pd.api.types.infer_dtype(text, skipna=False) != "string":  # numbers among text
                text = np.array([x if isinstance(x, str) else str(x) for x in text], dtype=object)
            # plain object columns: pyreadstat reads them twice as fast as pandas' str dtype
            out[v.name] = pd.Series(text, dtype=object)
    return pd.DataFrame(out)


# -- the files ---------------------------------------------------------------------------
def write_statfile(
    ctx: ExportContext, out: Path, fmt: str, table: pd.DataFrame, notes: Sequence[str]
) -> Path:
    """Write ``table`` (a dataset of :mod:`.anonymise`) as ``fmt``: sav or zip."""
    table, variables = describe(ctx, table)
    frame = values(table, variables)
    lines = [header_line(ctx), *notes]
    if fmt == "sav":
        return write_sav(ctx, out, frame, variables, lines)
    return write_atomically(out, zip_bytes(ctx, out.stem, frame, variables, lines))


def write_sav(
    ctx: ExportContext,
    out: Path,
    frame: pd.DataFrame,
    variables: list[StatVariable],
    lines: Sequence[str],
) -> Path:
    """The .sav file (labels, value labels, formats, the notes as its documents), written
    beside ``out`` and renamed over it when complete."""
    import pyreadstat

    handle, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    os.close(handle)
    label = f"Duiding: {ctx.meta['project']}".encode()[:MAX_BYTES].decode("utf-8", "ignore")
    notes = [w for line in lines for w in textwrap.wrap(line, 80) or [""]]
    try:
        pyreadstat.write_sav(
            frame,
            name,
            file_label=label,
            column_labels={v.name: v.label for v in variables},
            note=notes,
            variable_value_labels={v.name: v.value_labels for v in variables if v.value_labels},
            variable_measure={v.name: "nominal" for v in variables if v.code},
            variable_format={v.name: "F1.0" for v in variables if v.code},
        )
        os.replace(name, out)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return out


def _tidy_cell(value: str) -> str:
    """Text for the tidy csv: one leading apostrophe where a spreadsheet could run it as a
    formula, or where it starts with one (so taking one off is exact)."""
    return "'" + value if value.startswith((*FORMULA_START, "'")) else value


def zip_bytes(
    ctx: ExportContext,
    stem: str,
    frame: pd.DataFrame,
    variables: list[StatVariable],
    lines: Sequence[str],
) -> bytes:
    """The zip: the tidy csv, the R script, the variables and the notes."""
    tidy = frame.copy()
    for v in variables:
        if v.numeric:
            tidy[v.name] = tidy[v.name].map(lambda x: "" if math.isnan(x) else repr(_plain(x)))
        else:
            tidy[v.name] = tidy[v.name].map(_tidy_cell)
    data = "\ufeff" + tidy.to_csv(index=False, lineterminator="\n")
    described = pd.DataFrame(
        {
            "name": [v.name for v in variables],
            "label": [v.label or "" for v in variables],
            "type": ["number" if v.numeric else "text" for v in variables],
            "values": [
                "; ".join(f"{_plain(k)}={t}" for k, t in (v.value_labels or {}).items())
                for v in variables
            ],
        }
    )
    described = described.map(_tidy_cell)
    files = {
        f"{stem}.csv": data,
        f"{stem}.R": r_script(ctx, stem, variables, lines),
        "variables.csv": "\ufeff" + described.to_csv(index=False, lineterminator="\n"),
        "about.txt": "\n".join(lines) + "\n",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def _plain(x: float | str) -> int | float | str:
    """Integral floats as ints (``1``, not ``1.0``)."""
    return int(x) if isinstance(x, float) and x.is_integer() and abs(x) < 2**53 else x


def _r_string(text: str) -> str:
    """``text`` as an R string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'


def _comment(text: str) -> str:
    return "# " + re.sub(r"[\r\n]+", " ", text)


def r_script(
    ctx: ExportContext, stem: str, variables: list[StatVariable], lines: Sequence[str]
) -> str:
    """The R script: read the csv beside it, undo the apostrophes, build the design, show
    one code's weighted share."""
    names = {v.source: v.name for v in variables}
    classes = ", ".join(
        f"{_r_string(v.name)} = {_r_string('numeric' if v.numeric else 'character')}"
        for v in variables
    )
    fpc = f", fpc = ~{names['fpc']}" if "fpc" in names else ""
    codes = [v for v in variables if v.code]
    active = {c.path for c in Codebook(ctx.core).codes()}
    code = next((c for c in codes if c.label in active), None)
    script = [
        *(_comment(line) for line in lines),
        _comment(f"Reads {stem}.csv (beside this script) and builds its survey design."),
        "library(survey)",
        "args <- commandArgs(trailingOnly = FALSE)",
        'script <- sub("^--file=", "", args[startsWith(args, "--file=")])',
        "folder <- if (length(script) == 1) dirname(normalizePath(script)) else getwd()",
        f"classes <- c({classes})",
        f"d <- read.csv(file.path(folder, {_r_string(stem + '.csv')}), "
        'fileEncoding = "UTF-8-BOM", na.strings = "", colClasses = classes, '
        "check.names = FALSE, stringsAsFactors = FALSE)",
        "# text that could run as a spreadsheet formula (or starts with ') has one ' before it",
        'for (v in names(d)[vapply(d, is.character, TRUE)]) d[[v]] <- sub("^\'", "", d[[v]])',
        f"if (anyNA(d${names['weight']}) || anyNA(d${names['stratum']})) "
        'stop("some respondents have no weight or stratum (blanked to anonymise): '
        'use the full dataset for design-based estimates")',
        f"design <- svydesign(ids = ~1, strata = ~{names['stratum']}, "
        f"weights = ~{names['weight']}{fpc}, data = d)",
    ]
    if code is None:
        script.append("# the codebook has no active codes: no code indicators to estimate")
    else:
        script += [
            _comment(
                f"{code.name}: {code.label} (1 = {code.value_labels[1.0]}). "
                "Respondents with an answer not read yet are NA and left out."
            ),
            f"est <- svymean(~{code.name}, design, na.rm = TRUE)",
            "print(est)",
            f'cat(sprintf("%s: %.10f (SE %.10f)\\n", {_r_string(code.label)}, '
            "coef(est)[[1]], SE(est)[[1]]))",
        ]
    return "\n".join(script) + "\n"
