"""Survey readers: formats, encodings, type inference and every kind of bad input."""

from __future__ import annotations

import math
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from workbench.errors import InputError
from workbench.ingest.survey import (
    Column,
    SurveyFile,
    check_columns,
    read_survey,
    validate_ids,
    validate_weights,
    value_key,
)
from conftest import input_error, write


def error(path: Path, **kwargs: object) -> str:
    return input_error(read_survey, path, **kwargs)


# -- CSV: delimiters, encodings, numbers -----------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiters_are_detected(tmp_path: Path, delimiter: str) -> None:
    rows = [
        "respondent_id|leeftijd|afdeling",
        "1|34|Financiën",
        "2|51|Juridische zaken",
        "3||Financiën",
    ]
    path = write(tmp_path, "s.csv", "\n".join(r.replace("|", delimiter) for r in rows) + "\n")
    survey = read_survey(path)
    assert isinstance(survey, SurveyFile)
    assert survey.format == "csv"
    assert survey.delimiter == delimiter
    assert survey.encoding == "utf-8"
    assert list(survey.columns) == ["respondent_id", "leeftijd", "afdeling"]
    assert list(survey.frame.index) == [2, 3, 4]
    assert survey.frame.loc[3, "afdeling"] == "Juridische zaken"
    assert survey.frame.loc[2, "leeftijd"] == 34
    assert pd.isna(survey.frame.loc[4, "leeftijd"])
    assert survey.columns["leeftijd"] == Column("leeftijd", "numeric")


def test_tab_file_with_commas_in_text(tmp_path: Path) -> None:
    path = write(tmp_path, "s.tsv", "id\tantwoord\n1\tJa, soms, maar niet vaak\n2\tNee, nooit\n")
    survey = read_survey(path)
    assert survey.delimiter == "\t"
    assert survey.frame.loc[2, "antwoord"] == "Ja, soms, maar niet vaak"


def test_utf8_bom_is_stripped_from_first_column_name(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "id;afdeling\n1;Financiën\n", encoding="utf-8-sig")
    survey = read_survey(path)
    assert list(survey.columns) == ["id", "afdeling"]
    assert survey.encoding == "utf-8-sig"
    assert survey.frame.loc[2, "afdeling"] == "Financiën"


def test_cp1252_fallback(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", b"id;afdeling\n1;Financi\xebn\n2;Caf\xe9 \x80 5\n")
    survey = read_survey(path)
    assert survey.encoding == "cp1252"
    assert survey.frame["afdeling"].tolist() == ["Financiën", "Café € 5"]


def test_utf8_text_is_nfc_normalised_and_stripped(tmp_path: Path) -> None:
    decomposed = "Financie\u0308n"
    path = write(tmp_path, "s.csv", f"id , naam \r\n1,  {decomposed}  \r\n2,\r\n")
    survey = read_survey(path)
    assert list(survey.columns) == ["id", "naam"]
    assert survey.frame.loc[2, "naam"] == "Financiën"
    assert pd.isna(survey.frame.loc[3, "naam"])


def test_undecodable_byte_in_cp1252_mode_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", b"id;afdeling\n1;Financi\xebn\n2;ok\n3;bad \x81 byte\n")
    message = error(path)
    assert "line 4" in message
    assert "undecodable bytes" in message
    assert "0x81" in message


def test_explicit_utf8_on_cp1252_bytes_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", b"id;afdeling\n1;ok\n2;Financi\xebn\n")
    message = error(path, encoding="utf-8")
    assert "line 3" in message
    assert "undecodable bytes for encoding 'utf-8'" in message


def test_encoding_override_wins(tmp_path: Path) -> None:
    # valid UTF-8 bytes, but the user says the file is cp1252
    path = write(tmp_path, "s.csv", "id;naam\n1;Financiën\n")
    survey = read_survey(path, encoding="cp1252")
    assert survey.encoding == "cp1252"
    assert survey.frame.loc[2, "naam"] == "FinanciÃ«n"


def test_delimiter_override_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "a;b,c;d\n1;2,3;x\n4;5,6;y\n")
    assert list(read_survey(path).columns) == ["a", "b,c", "d"]
    survey = read_survey(path, delimiter=",")
    assert survey.delimiter == ","
    assert list(survey.columns) == ["a;b", "c;d"]
    assert survey.frame["c;d"].tolist() == ["3;x", "6;y"]


def test_decimal_comma_is_detected(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "id;score;gewicht\n1;1,25;0,8\n2;3;1,2\n3;-0,5;1\n")
    survey = read_survey(path)
    assert survey.columns["score"].type == "numeric"
    assert survey.frame["score"].tolist() == [1.25, 3.0, -0.5]
    assert survey.frame["gewicht"].dtype == np.float64
    assert survey.frame["id"].dtype == "Int64"


def test_decimal_override(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "id;a;b\n1;1.5;2,5\n2;2.5;3,5\n")
    survey = read_survey(path, decimal=".")
    assert survey.columns["a"].type == "numeric"
    assert survey.columns["b"].type != "numeric"
    survey = read_survey(path, decimal=",")
    assert survey.frame["b"].tolist() == [2.5, 3.5]
    assert survey.columns["a"].type != "numeric"


def test_leading_zero_ids_stay_strings(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "id,postcode,n\n00123,0612,7\n00124,1012,8\n00125,2511,9\n")
    survey = read_survey(path)
    assert survey.frame["id"].tolist() == ["00123", "00124", "00125"]
    assert survey.frame["postcode"].tolist() == ["0612", "1012", "2511"]
    assert survey.columns["id"].type == "text"
    assert survey.columns["n"].type == "numeric"
    assert survey.frame["n"].tolist() == [7, 8, 9]


def test_categorical_versus_text(tmp_path: Path) -> None:
    rows = ["id;geslacht;toelichting"]
    for i in range(1, 41):
        rows.append(f"{i};{'man' if i % 2 else 'vrouw'};Antwoord nummer {i}")
    path = write(tmp_path, "s.csv", "\n".join(rows))
    survey = read_survey(path)
    assert survey.columns["geslacht"].type == "categorical"
    assert survey.columns["toelichting"].type == "text"


def test_blank_lines_keep_row_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "id;naam\n1;a\n\n2;b\n;;\n3;c\n")
    survey = read_survey(path)
    assert list(survey.frame.index) == [2, 4, 6]
    assert survey.frame.loc[6, "naam"] == "c"


def test_quoted_newline_shifts_following_row_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", 'id,tekst\n1,"regel een\nregel twee"\n2,kort\n')
    survey = read_survey(path)
    assert list(survey.frame.index) == [2, 4]
    assert survey.frame.loc[2, "tekst"] == "regel een\nregel twee"


def test_trailing_delimiters_are_tolerated(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "id;naam;\n1;a;\n2;b;\n")
    survey = read_survey(path)
    assert list(survey.columns) == ["id", "naam"]


# -- CSV: bad input ---------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    assert "file is empty" in error(write(tmp_path, "s.csv", b""))


@pytest.mark.parametrize("name", ["s.xlsx", "s.sav", "s.parquet"])
def test_empty_binary_files(tmp_path: Path, name: str) -> None:
    assert "file is empty" in error(write(tmp_path, name, b""))


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    assert "file is empty" in error(write(tmp_path, "s.csv", " \n\t\n  "))


def test_header_only(tmp_path: Path) -> None:
    assert "no data rows" in error(write(tmp_path, "s.csv", "id;naam\n"))


def test_too_many_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "id;naam\n1;a\n2;b\n3;c;extra\n")
    message = error(path)
    assert "row 4" in message
    assert "3 fields but the header has 2 columns" in message
    assert "'extra'" in message


def test_duplicate_header(tmp_path: Path) -> None:
    message = error(write(tmp_path, "s.csv", "id;naam; naam \n1;a;b\n"))
    assert "row 1" in message
    assert "duplicate column name 'naam' (columns 2 and 3)" in message


def test_empty_header_name(tmp_path: Path) -> None:
    message = error(write(tmp_path, "s.csv", "id;;naam\n1;a;b\n"))
    assert "row 1" in message
    assert "empty column name in column 2 (the column holds values, e.g. 'a' on row 2)" in message


def test_unnamed_empty_columns_are_dropped(tmp_path: Path) -> None:
    survey = read_survey(write(tmp_path, "s.csv", "id;;naam;\n1;;a;\n2;;b\n"))
    assert list(survey.columns) == ["id", "naam"]
    assert survey.frame["naam"].tolist() == ["a", "b"]


def test_unclosed_quote(tmp_path: Path) -> None:
    message = error(write(tmp_path, "s.csv", 'id,t\n1,a\n2,"open\n3,c\n'))
    assert "row 3" in message
    assert "quot" in message


def test_binary_file_as_csv(tmp_path: Path) -> None:
    message = error(write(tmp_path, "s.csv", b"id;x\n1;2\n\x00\x01\x02"))
    assert "line 3" in message
    assert "not text" in message


def test_unknown_extension(tmp_path: Path) -> None:
    message = error(write(tmp_path, "s.json", "{}"))
    assert "unknown survey file type '.json'" in message


def test_missing_file(tmp_path: Path) -> None:
    assert "file not found" in error(tmp_path / "nope.csv")


# -- XLSX -------------------------------------------------------------------------------


def test_xlsx(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(["respondent_id", "leeftijd", "afdeling", "gewicht", "code"])
    sheet.append(["00017", 34, "Financiën", 1.5, "7"])
    sheet.append(["00018", 51, "Juridische zaken", 0.75, "8"])
    sheet.append([None, None, None, None, None])
    sheet.append(["00020", None, "Financiën", 1, "9"])
    sheet.append([None, None, None, None, None])
    other = book.create_sheet("Tweede")
    other.append(["x"])
    other.append(["y"])
    path = tmp_path / "s.XLSX"
    book.save(path)

    survey = read_survey(path)
    assert survey.format == "xlsx"
    assert list(survey.columns) == ["respondent_id", "leeftijd", "afdeling", "gewicht", "code"]
    assert list(survey.frame.index) == [2, 3, 5]
    assert survey.frame["respondent_id"].tolist() == ["00017", "00018", "00020"]
    assert survey.frame.loc[3, "leeftijd"] == 51
    assert pd.isna(survey.frame.loc[5, "leeftijd"])
    assert survey.frame["gewicht"].tolist() == [1.5, 0.75, 1.0]
    assert survey.columns["code"].type == "numeric"  # numbers stored as text
    assert read_survey(path, sheet="Tweede").frame["x"].tolist() == ["y"]
    assert read_survey(path, sheet=1).frame["x"].tolist() == ["y"]
    message = error(path, sheet="Derde")
    assert "no sheet 'Derde'; sheets are: Data, Tweede" in message


def test_xlsx_duplicate_header_names_column_letter(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["id", "naam", "naam"])
    book.active.append([1, "a", "b"])
    path = tmp_path / "s.xlsx"
    book.save(path)
    message = error(path)
    assert "row 1" in message and "duplicate column name 'naam' (columns 2 and 3)" in message


def test_csv_renamed_xlsx(tmp_path: Path) -> None:
    message = error(write(tmp_path, "s.xlsx", "id;naam\n1;a\n"))
    assert "not an .xlsx file (" in message
    assert "text" in message


def test_random_bytes_as_xlsx(tmp_path: Path) -> None:
    message = error(write(tmp_path, "s.xlsx", bytes(range(256)) * 4))
    assert "not an .xlsx file (" in message


def test_docx_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<x/>")
    assert "not an .xlsx file (a zip archive without xl/workbook.xml" in error(path)


# -- SAV --------------------------------------------------------------------------------


def test_sav_labels_round_trip(tmp_path: Path) -> None:
    import pyreadstat

    frame = pd.DataFrame(
        {
            "id": [1.0, 2.0, 3.0],
            "geslacht": [1.0, 2.0, np.nan],
            "score": [1.5, 2.0, 3.25],
            "toelichting": ["Financie\u0308n", "", "  Nee  "],
        }
    )
    path = tmp_path / "s.sav"
    pyreadstat.write_sav(
        frame,
        str(path),
        column_labels={"id": "Respondentnummer", "geslacht": "Wat is uw geslacht?"},
        variable_value_labels={"geslacht": {1: "Man", 2: "Vrouw", 3: "Anders"}},
    )
    survey = read_survey(path)
    assert survey.format == "sav"
    assert list(survey.frame.index) == [1, 2, 3]
    geslacht = survey.columns["geslacht"]
    assert geslacht.type == "categorical"
    assert geslacht.label == "Wat is uw geslacht?"
    assert geslacht.value_labels == {"1": "Man", "2": "Vrouw", "3": "Anders"}
    assert survey.frame["geslacht"].tolist()[:2] == [1, 2]
    assert geslacht.value_labels[value_key(survey.frame.loc[2, "geslacht"])] == "Vrouw"
    assert survey.columns["id"] == Column("id", "numeric", "Respondentnummer", None)
    assert survey.frame["id"].tolist() == [1, 2, 3]
    assert survey.columns["score"].type == "numeric"
    assert survey.columns["score"].label is None
    assert survey.frame.loc[1, "toelichting"] == "Financiën"
    assert pd.isna(survey.frame.loc[2, "toelichting"])
    assert survey.frame.loc[3, "toelichting"] == "Nee"


def test_not_spss(tmp_path: Path) -> None:
    message = error(write(tmp_path, "s.sav", "id;naam\n1;a\n"))
    assert "not an SPSS .sav file" in message


# -- Parquet ----------------------------------------------------------------------------


def test_parquet_with_categorical(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "id": ["a1", "a2", "a3", "a4"],
            "regio": pd.Categorical(["Noord", "Zuid", "Noord", None]),
            "niveau": pd.Categorical(["1", "2", "1", "2"]),
            "gewicht": [1.0, 2.0, 0.5, 1.0],
            "n": [3.0, 4.0, np.nan, 5.0],
        }
    )
    path = tmp_path / "s.parquet"
    frame.to_parquet(path)
    survey = read_survey(path)
    assert survey.format == "parquet"
    assert list(survey.frame.index) == [1, 2, 3, 4]
    assert survey.columns["regio"].type == "categorical"
    assert survey.frame["regio"].tolist()[:3] == ["Noord", "Zuid", "Noord"]
    assert pd.isna(survey.frame.loc[4, "regio"])
    assert survey.columns["niveau"].type == "categorical"
    assert survey.frame["niveau"].tolist() == ["1", "2", "1", "2"]
    assert survey.columns["gewicht"].type == "numeric"
    assert survey.frame["n"].dtype == "Int64"


def test_not_parquet(tmp_path: Path) -> None:
    assert "not a Parquet file" in error(write(tmp_path, "s.parquet", "id\n1\n"))


# -- check_columns / validate_ids / validate_weights -------------------------------------


def survey_from(tmp_path: Path, text: str) -> SurveyFile:
    return read_survey(write(tmp_path, "s.csv", text))


def test_check_columns(tmp_path: Path) -> None:
    survey = survey_from(tmp_path, "respondent_id;Gewicht;a\n1;1;x\n")
    check_columns(survey, {"--id": "respondent_id"})
    with pytest.raises(InputError) as info:
        check_columns(survey, {"--id": "respondent_id", "--weight": "gewicht"})
    message = str(info.value)
    assert message.startswith(str(survey.path))
    assert "no column 'gewicht' for --weight" in message
    assert "did you mean 'Gewicht'?" in message
    assert "columns are: respondent_id, Gewicht, a" in message


def test_check_columns_lists_first_20(tmp_path: Path) -> None:
    names = [f"v{i}" for i in range(25)]
    survey = survey_from(tmp_path, ";".join(names) + "\n" + ";".join("1" * 25) + "\n")
    with pytest.raises(InputError) as info:
        check_columns(survey, {"--id": "id"})
    assert "v19, ... (5 more)" in str(info.value)
    assert "v20" not in str(info.value)


def test_validate_ids(tmp_path: Path) -> None:
    survey = survey_from(tmp_path, "id;x\n00123;a\n00124;b\n")
    assert validate_ids(survey, "id").tolist() == ["00123", "00124"]


def test_duplicate_ids_name_both_rows(tmp_path: Path) -> None:
    survey = survey_from(tmp_path, "id;x\n1;a\n2;b\n3;c\n2;d\n")
    with pytest.raises(InputError) as info:
        validate_ids(survey, "id")
    message = str(info.value)
    assert "row 5" in message
    assert "duplicate id '2'" in message
    assert "first on row 3" in message


def test_missing_id(tmp_path: Path) -> None:
    survey = survey_from(tmp_path, "id;x\n1;a\n;b\n")
    with pytest.raises(InputError) as info:
        validate_ids(survey, "id")
    assert "row 3" in str(info.value) and "is empty" in str(info.value)


def test_valid_weights(tmp_path: Path) -> None:
    survey = survey_from(tmp_path, "id;w\n1;1,5\n2;0,5\n3;2\n")
    weights = validate_weights(survey, "w")
    assert weights.dtype == np.float64
    assert weights.tolist() == [1.5, 0.5, 2.0]
    assert list(weights.index) == [2, 3, 4]


@pytest.mark.parametrize(
    ("cell", "row", "problem"),
    [
        ("abc", 4, "weight 'abc' is not a number"),
        ("", 4, "weight is missing"),
        ("0", 4, "weight 0 must be > 0"),
        ("-1.5", 4, "weight -1.5 must be > 0"),
        ("inf", 4, "is not a finite number"),
    ],
)
def test_bad_weights(tmp_path: Path, cell: str, row: int, problem: str) -> None:
    survey = survey_from(tmp_path, f"id;w\n1;1\n2;2\n3;{cell}\n4;0\n")
    with pytest.raises(InputError) as info:
        validate_weights(survey, "w")
    message = str(info.value)
    assert message.startswith(str(survey.path))
    assert f"row {row}" in message
    assert "column 'w'" in message
    assert problem in message


def test_numeric_bad_weights_report_first_row(tmp_path: Path) -> None:
    survey = survey_from(tmp_path, "id;w\n1;1\n2;1\n3;1\n4;1\n5;1\n6;-2\n7;0\n")
    with pytest.raises(InputError) as info:
        validate_weights(survey, "w")
    assert "row 7" in str(info.value) and "weight -2 must be > 0" in str(info.value)


def test_value_key() -> None:
    assert value_key(1.0) == "1"
    assert value_key(np.int64(3)) == "3"
    assert value_key(1.5) == "1.5"
    assert value_key("Ja") == "Ja"
    assert math.isnan(float(value_key(float("nan"))))


# -- performance ------------------------------------------------------------------------


@pytest.mark.slow  # a large generated CSV
def test_large_csv_keeps_shape_rows_and_types(tmp_path: Path) -> None:
    """A 100,000-row file reads whole (its speed is measured in benchmarks/, not here)."""
    rng = np.random.default_rng(7)
    n = 100_000
    columns = {"respondent_id": [f"{i:06d}" for i in range(n)]}
    for j in range(12):
        columns[f"q{j}"] = rng.integers(1, 6, n).astype(str)
    for j in range(4):
        columns[f"c{j}"] = rng.choice(["ja", "nee", "weet niet", "Financiën"], n)
    columns["gewicht"] = [f"{x:.3f}".replace(".", ",") for x in rng.random(n) + 0.5]
    columns["open"] = [f"Antwoord {i}, met een komma" for i in range(n)]
    columns["leeg"] = [""] * n
    path = tmp_path / "big.csv"
    pd.DataFrame(columns).to_csv(path, sep=";", index=False)
    survey = read_survey(path)
    assert survey.frame.shape == (n, 20)
    assert survey.frame.index[-1] == n + 1
    assert survey.columns["gewicht"].type == "numeric"
