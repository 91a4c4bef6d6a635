"""Reading a CSV file as spreadsheets save it: encodings, delimiters, quotes, sizes, headers.

Each file is written here, byte for byte, the way Excel, LibreOffice or a text editor
would write it; nothing in it may make the reader crash.
"""

from __future__ import annotations

import codecs

import pytest

from accelerator.errors import ValidationError
from accelerator.services.importing import (
    MAX_FIELD_LENGTH,
    ImportField,
    column_letter,
    read_companies_csv,
    suggest_mapping,
)
from tests.data_io.helpers import csv_text

NORWEGIAN = [
    ["Navn", "Organisasjonsnummer", "Bransje", "Klynge"],
    ["Bjørnøya Ærfugl AS", "923609016", "Havbruk", "Sjømat Norge"],
    ["Åsgårdstrand Øko AS", "", "Næringsmiddel", ""],
]


def test_utf8_with_bom_and_commas() -> None:
    data = codecs.BOM_UTF8 + csv_text(NORWEGIAN, ",").encode("utf-8")
    table = read_companies_csv(data)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.headers == tuple(NORWEGIAN[0])  # no BOM glued to the first header
    assert [r.cells for r in table.rows] == [tuple(r) for r in NORWEGIAN[1:]]
    assert table.encoding_label == "UTF-8 (with BOM)"


def test_utf8_without_bom_and_semicolons() -> None:
    table = read_companies_csv(csv_text(NORWEGIAN, ";").encode("utf-8"))
    assert (table.encoding, table.delimiter) == ("utf-8", ";")
    assert table.rows[0].cells[0] == "Bjørnøya Ærfugl AS"


def test_utf16_with_bom_and_tabs_as_excel_unicode_text() -> None:
    data = csv_text(NORWEGIAN, "\t").encode("utf-16")  # Python writes the BOM, as Excel does
    table = read_companies_csv(data)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.rows[1].cells[0] == "Åsgårdstrand Øko AS"
    assert not table.problems


def test_windows_1252_from_a_norwegian_excel() -> None:
    data = csv_text(NORWEGIAN, ";").encode("cp1252")
    assert b"\xf8" in data  # ø as one byte: not UTF-8
    table = read_companies_csv(data)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert [r.cells[0] for r in table.rows] == ["Bjørnøya Ærfugl AS", "Åsgårdstrand Øko AS"]
    assert table.rows[1].cells[2] == "Næringsmiddel"
    assert not table.problems


def test_invalid_bytes_in_a_utf8_file_are_a_problem_of_their_row() -> None:
    good = csv_text(NORWEGIAN, ";").encode("utf-8")
    data = good + "Tromsø Tare AS;;Havbruk;".encode() + b"\xff\xfe broken\r\n"
    table = read_companies_csv(data)
    # The æøå elsewhere are read right: the file is not misread as Windows-1252.
    assert table.encoding == "utf-8"
    assert table.rows[0].cells[0] == "Bjørnøya Ærfugl AS"
    assert [(p.row, p.column) for p in table.problems] == [(4, "Klynge")]
    assert "not UTF-8" in table.problems[0].message
    assert str(table.problems[0]).startswith("row 4, Klynge: has bytes that are not UTF-8")


def test_bytes_windows_1252_leaves_undefined_are_a_problem_of_their_row() -> None:
    data = csv_text(NORWEGIAN, ";").encode("cp1252") + b"Trom\x9d AS;;;\r\n"
    table = read_companies_csv(data)
    # Not handed to a guesser that would read every \xf8 as something other than \xf8.
    assert table.encoding == "cp1252"
    assert table.rows[0].cells[0] == "Bjørnøya Ærfugl AS"
    assert [(p.row, p.column) for p in table.problems] == [(4, "Navn")]


def test_a_workbook_or_a_binary_file_is_refused_plainly() -> None:
    with pytest.raises(ValidationError, match="this is an Excel workbook"):
        read_companies_csv(b"PK\x03\x04\x14\x00\x06\x00")
    with pytest.raises(ValidationError, match="does not look like text"):
        read_companies_csv(b"\x00\x01\x02garbage\xff\xfe\x81\x8d;\x00\x00\n")


def test_utf16_without_a_bom_is_recognised() -> None:
    data = csv_text(NORWEGIAN, ";").encode("utf-16-le")
    table = read_companies_csv(data)
    assert table.encoding == "utf-16-le"
    assert table.rows[1].cells[0] == "Åsgårdstrand Øko AS"


def test_an_encoding_given_by_the_user_wins() -> None:
    data = csv_text(NORWEGIAN, ";").encode("cp1252")
    table = read_companies_csv(data, encoding="latin-1")
    assert table.rows[0].cells[0] == "Bjørnøya Ærfugl AS"
    wrong = read_companies_csv(data, encoding="utf-8")
    assert {p.row for p in wrong.problems} == {2, 3}
    with pytest.raises(ValidationError, match="not an encoding this program knows"):
        read_companies_csv(data, encoding="klingon")


def test_a_delimiter_given_by_the_user_wins() -> None:
    data = csv_text([["Navn", "Orgnr"], ["A; B AS", "923609016"]], ",").encode()
    assert read_companies_csv(data, delimiter="comma").rows[0].cells == ("A; B AS", "923609016")
    with pytest.raises(ValidationError, match="cannot separate columns"):
        read_companies_csv(data, delimiter="ab")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_found_despite_others_inside_cells(delimiter: str) -> None:
    rows = [
        ["Name", "Org number", "Description"],
        ["Havbris AS", "923609016", "Sensors, cameras; and\ttabs"],
        ["Tare, Tang & Co", "", "Seaweed; kelp, dulse"],
    ]
    table = read_companies_csv(csv_text(rows, delimiter).encode())
    assert table.delimiter == delimiter
    assert [r.cells for r in table.rows] == [tuple(r) for r in rows[1:]]


def test_embedded_quotes_and_newlines_stay_in_their_cell() -> None:
    rows = [
        ["Navn", "Orgnr", "Beskrivelse"],
        ['Havbris "Blå" AS', "923609016", 'Line one\r\nline two with "quotes"\nline three'],
        ["Neste AS", "", "after a cell of three lines"],
    ]
    table = read_companies_csv(csv_text(rows).encode())
    assert table.rows[0].cells == tuple(rows[1])
    # Row numbers count records, as a spreadsheet shows them, not lines of text.
    assert [r.number for r in table.rows] == [2, 3]


def test_a_field_over_the_limit_is_a_problem_of_its_row_not_a_crash() -> None:
    at_limit = "x" * MAX_FIELD_LENGTH
    over = "y" * (MAX_FIELD_LENGTH + 1)
    rows = [
        ["Navn", "Orgnr", "Beskrivelse"],
        ["Under AS", "", at_limit],
        ["Over AS", "", over],
        ["After AS", "", "fine"],
    ]
    table = read_companies_csv(csv_text(rows).encode())
    assert [r.cells[0] for r in table.rows] == ["Under AS", "Over AS", "After AS"]
    assert table.rows[0].cells[2] == at_limit
    assert [(p.row, p.column) for p in table.problems] == [(3, "Beskrivelse")]
    assert "131,073 characters; at most 131,072" in table.problems[0].message


def test_an_unclosed_quote_is_reported_not_a_crash() -> None:
    data = ('Navn;Orgnr\nHavbris AS;"923609016\n' + "more text\n" * 20_000).encode()
    table = read_companies_csv(data)
    assert [p.row for p in table.problems] == [2]
    assert "closing quote" in table.problems[0].message


def test_blank_rows_are_skipped_and_row_numbers_kept() -> None:
    data = b"Navn;Orgnr\r\nA AS;\r\n;\r\n\r\n;;\r\nB AS;\r\n"
    table = read_companies_csv(data)
    assert [(r.number, r.cells[0]) for r in table.rows] == [(2, "A AS"), (6, "B AS")]


def test_a_row_with_more_cells_than_the_header_is_a_problem() -> None:
    data = b"Navn;Orgnr\r\nA AS;923609016;extra\r\nB AS;;\r\n"
    table = read_companies_csv(data)
    assert [p.row for p in table.problems] == [2]  # row 3's empty extra cell is harmless
    assert "has 3 cells but the header names 2 columns" in table.problems[0].message


def test_an_empty_file_or_a_missing_header_is_said_plainly() -> None:
    for data in (b"", codecs.BOM_UTF8, b"\r\n\r\n"):
        with pytest.raises(ValidationError, match="empty"):
            read_companies_csv(data)


def test_reading_a_path(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    path = tmp_path / "firmaer.csv"
    path.write_bytes(csv_text(NORWEGIAN).encode("cp1252"))
    assert read_companies_csv(path).source == str(path)
    from accelerator.errors import AcceleratorError

    with pytest.raises(AcceleratorError, match="cannot read"):
        read_companies_csv(tmp_path / "missing.csv")


# --- which column is which -------------------------------------------------------------


def test_norwegian_headers_map_to_fields() -> None:
    headers = [
        "Firmanavn",
        "Org.nr.",
        "Næring",
        "Klynge",
        "Nettside",
        "Stiftet",
        "Antall ansatte",
        "Teknologi",
        "Land",
        "Kontaktperson",
        "E-post",
        "Telefon",
    ]
    suggestion = suggest_mapping(headers)
    assert suggestion.is_clear
    assert list(suggestion.fields.values()) == [
        ImportField.NAME,
        ImportField.ORG_NUMBER,
        ImportField.SECTOR,
        ImportField.HOME_CLUSTER,
        ImportField.WEBSITE,
        ImportField.FOUNDED_YEAR,
        ImportField.EMPLOYEES,
        ImportField.TECHNOLOGY_FOCUS,
        ImportField.COUNTRY,
        ImportField.CONTACT_NAME,
        ImportField.CONTACT_EMAIL,
        ImportField.CONTACT_PHONE,
    ]


def test_english_headers_in_any_case_and_spacing() -> None:
    headers = ["COMPANY NAME", "org. number", "Sector", "Year founded", "E-mail", " website "]
    fields = suggest_mapping(headers).fields
    assert fields == {
        0: ImportField.NAME,
        1: ImportField.ORG_NUMBER,
        2: ImportField.SECTOR,
        3: ImportField.FOUNDED_YEAR,
        4: ImportField.CONTACT_EMAIL,
        5: ImportField.WEBSITE,
    }


def test_unclear_columns_are_reported_for_a_person_to_decide() -> None:
    suggestion = suggest_mapping(["Navn", "Organisasjonsnumer", "Firmanavn", "Omsetning"])
    assert suggestion.fields == {0: ImportField.NAME, 1: ImportField.ORG_NUMBER}
    notes = {n.column: n for n in suggestion.unclear}
    assert set(notes) == {1, 2, 3}
    assert notes[1].field is ImportField.ORG_NUMBER and "looks like" in notes[1].reason
    assert notes[2].field is ImportField.NAME and "also looks like Name" in notes[2].reason
    assert notes[3].field is None and "matches no field" in notes[3].reason
    assert not suggestion.is_clear


def test_a_file_without_a_name_column_says_so() -> None:
    suggestion = suggest_mapping(["Orgnr", "Bransje"])
    assert suggestion.missing == (ImportField.NAME,)


def test_column_letters_as_a_spreadsheet_shows_them() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]
