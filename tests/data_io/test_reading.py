"""Reading a CSV file as spreadsheets save it: encodings, delimiters, quotes, sizes, headers.

Each file is written here, byte for byte, the way Excel, LibreOffice or a text editor
would write it; nothing in it may make the reader crash.
"""

from __future__ import annotations

import codecs
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

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
    assert not table.problems
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
    assert table.problems[0].message.startswith("the quote that opens on line 2 is never closed")
    assert "to the end of the file (line 20002)" in table.problems[0].message


def test_blank_rows_are_skipped_and_row_numbers_kept() -> None:
    data = b"Navn;Orgnr\r\nA AS;\r\n;\r\n\r\n;;\r\nB AS;\r\n"
    table = read_companies_csv(data)
    assert [(r.number, r.cells[0]) for r in table.rows] == [(2, "A AS"), (6, "B AS")]


def test_a_row_with_more_cells_than_the_header_is_a_problem() -> None:
    data = b"Navn;Orgnr\r\nA AS;923609016;extra\r\nB AS;;\r\n"
    table = read_companies_csv(data)
    assert [p.row for p in table.problems] == [2]  # row 3's empty extra cell is harmless
    assert "has 3 cells on line 2 but the header names 2 columns" in table.problems[0].message


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


# --- quotes, cell counts and the other things the csv module lets through ---------------
#
# The csv module's defaults are lenient: a quote that is never closed takes the rest of
# the file into one cell, text after a closing quote is glued on, a short row is padded.
# Each case below either reads as a person means it or is a problem naming the line, as
# a text editor numbers lines (a cell with a line break in it makes rows and lines differ).


FILED = (
    "Name,Org number,Sector\r\n"
    '"Tromsø Polarlaks AS,923609016,Aquaculture\r\n'
    "Lofoten Tare AS,915000009,Seaweed\r\n"
)


def problems_of(data: str | bytes, **options: str) -> list[tuple[int, str, str]]:
    raw = data.encode() if isinstance(data, str) else data
    return [(p.row, p.column, p.message) for p in read_companies_csv(raw, **options).problems]


def test_the_filed_case_an_unclosed_quote_names_the_line_it_opens_on() -> None:
    table = read_companies_csv(FILED.encode())
    [(row, column, message)] = [(p.row, p.column, p.message) for p in table.problems]
    assert (row, column) == (2, "Name")
    assert message.startswith("the quote that opens on line 2 is never closed")
    assert "to the end of the file (line 3)" in message
    # The row shows what its line holds, not the next company glued on.
    assert [r.cells for r in table.rows] == [("Tromsø Polarlaks AS,923609016,Aquaculture", "", "")]


def test_an_unclosed_quote_after_a_cell_of_several_lines_names_its_own_line() -> None:
    data = (
        "Navn;Orgnr;Beskrivelse\r\n"
        'Havbris AS;923609016;"Line one\r\nline two"\r\n'  # row 2: lines 2 and 3
        'Tare AS;"915000009;Seaweed\r\n'  # row 3, line 4
        "Neste AS;;\r\n"
    )
    [(row, column, message)] = problems_of(data)
    assert (row, column) == (3, "Orgnr")
    assert message.startswith("the quote that opens on line 4 is never closed")


def test_an_unclosed_quote_on_the_last_line() -> None:
    [(row, column, message)] = problems_of('Navn;Orgnr\r\nA AS;"923609016\r\n')
    assert (row, column) == (2, "Orgnr")
    assert message.startswith("the quote that opens on line 2 is never closed")


def test_a_quoted_cell_that_swallowed_a_row_is_refused_at_the_line_it_opens() -> None:
    # Two stray quotes: the cell opened on line 2 closes cleanly at the end of line 3,
    # so the csv module sees a valid row of three cells, the third holding a whole row.
    data = (
        "Navn;Orgnr;Bransje\r\n"
        'Tromsø Polarlaks AS;923609016;"Havbruk\r\n'
        'Lofoten Tare AS;915000009;Tare"\r\n'
        "Neste AS;;\r\n"
    )
    table = read_companies_csv(data.encode())
    [(row, column, message)] = [(p.row, p.column, p.message) for p in table.problems]
    assert (row, column) == (2, "Bransje")
    assert message.startswith("the quoted cell that opens on line 2 runs on to line 3")
    assert "is a closing quote missing on line 2?" in message
    assert [r.number for r in table.rows] == [2, 3]  # row 3 is the file's line 4
    assert table.rows[0].cells == ("Tromsø Polarlaks AS", "923609016", "Havbruk")


def test_a_row_swallowed_into_the_first_cell_is_refused_too() -> None:
    data = (
        "Name,Org number,Sector\r\n"
        '"Tromsø Polarlaks AS,923609016,Aquaculture\r\n'
        'Lofoten Tare AS,915000009,Seaweed"\r\n'
    )
    [(row, column, message)] = problems_of(data)
    assert (row, column) == (2, "Name")
    assert "opens on line 2 runs on to line 3" in message


def test_a_quote_that_closes_on_a_later_line_before_more_text_is_refused() -> None:
    data = (
        "Name,Org number,Description\r\n"
        '"Tromsø Polarlaks AS,923609016,Salmon\r\n'
        'Lofoten Tare AS,"Kelp, dulse",915000009\r\n'
    )
    [(row, column, message)] = problems_of(data)
    assert (row, column) == (2, "Name")
    assert message.startswith("the quoted cell that opens on line 2 closes only on line 3")


def test_genuine_cells_of_several_lines_still_read() -> None:
    rows = [
        ["Name", "Org number", "Address", "Description"],
        ["Havbris AS", "923609016", "Storgata 1\r\n9008 Tromsø, Norway", "Sensors\nand, cameras"],
        ["Tare AS", "", "Kaia 2\n8300 Svolvær", 'Kelp "Blå" and\r\n\r\ndulse'],
    ]
    table = read_companies_csv(csv_text(rows, ",").encode())
    assert not table.problems
    assert [list(r.cells) for r in table.rows] == rows[1:]
    assert [r.number for r in table.rows] == [2, 3]


def test_text_after_a_closing_quote_is_refused_with_its_line() -> None:
    data = (
        "Navn;Orgnr\r\n"
        "Havbris AS;923609016\r\n"
        '"Havbris "Blå" AS";915000009\r\n'  # the inner quotes not doubled
        '"Tare \\"Grønn\\" AS";\r\n'  # a backslash is no escape in CSV
    )
    problems = problems_of(data)
    assert [(row, column) for row, column, _ in problems] == [(3, "Navn"), (4, "Navn")]
    assert problems[0][2].startswith("on line 3, text follows the closing quote of this cell")
    assert 'a quote character is written twice ("")' in problems[0][2]
    assert 'not as \\"' in problems[1][2]


def test_spaces_around_a_quoted_cell_read_as_a_person_means_them() -> None:
    # Hand-written CSV puts a space after each comma; Excel reads such a cell as quoted.
    data = 'Name, Org number, Description\r\n"Tare, Tang & Co", 923609016, "Kelp, dulse" \r\n'
    table = read_companies_csv(data.encode())
    assert not table.problems
    assert table.headers == ("Name", "Org number", "Description")
    assert [c.strip() for c in table.rows[0].cells] == [
        "Tare, Tang & Co",
        "923609016",
        "Kelp, dulse",
    ]


def test_quotes_inside_a_cell_that_does_not_start_with_one() -> None:
    # Paired, as in a name, they are text: Excel shows them so.
    table = read_companies_csv('Navn;Orgnr\r\nHavbris "Blå" AS;923609016\r\n'.encode())
    assert not table.problems
    assert table.rows[0].cells == ('Havbris "Blå" AS', "923609016")
    # A lone one is a quote lost or out of place (Excel would have saved "12"" rør").
    [(row, column, message)] = problems_of('Navn;Orgnr\r\nA AS;1\r\n12" Rør AS;923609016\r\n')
    assert (row, column) == (3, "Navn")
    assert message.startswith("on line 3, this cell has a quote character with no partner")


def test_a_short_row_is_read_with_empty_cells_at_its_end() -> None:
    # Excel leaves out the delimiters of empty cells at the end of a row (beyond the
    # first rows of a sheet, in some versions): the missing cells are empty ones.
    data = b"Navn;Orgnr;Bransje;Ansatte\r\nA AS;923609016;Havbruk;12\r\nB AS;915000009\r\nC AS\r\n"
    table = read_companies_csv(data)
    assert not table.problems
    assert [r.cells for r in table.rows] == [
        ("A AS", "923609016", "Havbruk", "12"),
        ("B AS", "915000009", "", ""),
        ("C AS", "", "", ""),
    ]


def test_a_row_with_more_cells_names_its_line() -> None:
    data = 'Navn;Orgnr;Om\r\nA AS;1;"two\r\nlines"\r\nB AS;2;x;y\r\n'
    [(row, column, message)] = problems_of(data)
    assert (row, column) == (3, "")
    assert message == (
        "has 4 cells on line 4 but the header names 3 columns: "
        "is a delimiter or a quote out of place?"
    )


def test_a_nul_byte_names_its_line() -> None:
    with pytest.raises(ValidationError, match=r"^line 3 holds a NUL character"):
        read_companies_csv(b"Navn;Orgnr\r\nA AS;1\r\nB\x00 AS;2\r\n")


def test_a_file_with_only_a_header_is_said_plainly() -> None:
    for data in (b"Navn;Orgnr\r\n", b"Navn;Orgnr\r\n\r\n;\r\n"):
        with pytest.raises(ValidationError, match="a header row but no companies under it"):
            read_companies_csv(data)


def test_a_header_that_cannot_be_read_is_refused_whole() -> None:
    with pytest.raises(ValidationError) as refused:
        read_companies_csv(b'"Navn;Orgnr\r\nA AS;1\r\nB AS;2\r\n')
    assert str(refused.value).startswith(
        "the header row cannot be read: the quote that opens on line 1 is never closed"
    )


def test_empty_and_repeated_column_names() -> None:
    table = read_companies_csv(b"Navn;;Navn\r\nA AS;x;B AS\r\n")
    # An empty header gets the name the spreadsheet shows; the person is asked about both.
    assert table.headers == ("Navn", "Column B", "Navn")
    notes = {n.column: n.reason for n in suggest_mapping(table.headers).unclear}
    assert set(notes) == {1, 2}
    assert "it will not be imported" in notes[1]


def test_one_named_column_over_rows_of_several_is_not_read_as_one() -> None:
    # No delimiter splits the header; every row splits the same way on semicolons:
    # the rows have columns the header does not name, rather than names with ';' in them.
    [(row, _, message)] = problems_of(b"Navn\r\nA AS;923609016\r\n")
    assert row == 2 and "has 2 cells on line 2 but the header names 1 column" in message
    # Names with commas, some with and some without: one column, as a person means it.
    table = read_companies_csv(b"Navn\r\nTare, Tang & Co\r\nHavbris AS\r\n")
    assert not table.problems
    assert [r.cells for r in table.rows] == [("Tare, Tang & Co",), ("Havbris AS",)]


def test_lines_are_counted_as_a_text_editor_counts_them() -> None:
    # Old Mac line ends (CR alone) and Unix ones (LF) count as lines too.
    [(row, _, message)] = problems_of(b'Navn;Orgnr\rA AS;1\nB AS;"2\r\n')
    assert row == 3 and message.startswith("the quote that opens on line 3 is never closed")


# --- any table a CSV writer writes reads back; one quote more or less is caught ---------

ALPHABET = 'ab øÅ1,;\t|"\r\n\\'
cells = st.text(alphabet=ALPHABET, max_size=8)


@st.composite
def tables(draw: st.DrawFn) -> tuple[str, list[list[str]]]:
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    width = draw(st.integers(min_value=1, max_value=4))
    header = [f"H{i}" for i in range(width)]
    row = st.lists(cells, min_size=width, max_size=width).filter(
        lambda r: not "".join(r).isspace() and "".join(r) != ""
    )
    rows = draw(st.lists(row, min_size=1, max_size=5))
    return delimiter, [header, *rows]


def looks_like_a_row(line: str, delimiter: str, width: int) -> bool:
    return width >= 2 and line.count(delimiter) == width - 1


def refused_by_design(table: list[list[str]], delimiter: str) -> bool:
    """A cell whose later line has as many delimiters as a row: read as a swallowed row."""
    width = len(table[0])
    return any(
        looks_like_a_row(line, delimiter, width)
        for row in table[1:]
        for cell in row
        for line in re.split(r"\r\n|\r|\n", cell)[1:]
    )


def same(cell: str) -> str:
    # A space at the start of a cell is dropped (skipinitialspace); the import trims it.
    return cell.lstrip(" ")


@settings(max_examples=400, deadline=None)
@given(tables())
def test_any_table_written_by_a_csv_writer_reads_back(case: tuple[str, list[list[str]]]) -> None:
    delimiter, rows = case
    table = read_companies_csv(csv_text(rows, delimiter).encode(), delimiter=delimiter)
    if refused_by_design(rows, delimiter):
        assert table.problems
        assert all("looks like a row of its own" in p.message for p in table.problems)
        return
    assert not table.problems
    assert list(table.headers) == rows[0]
    assert [[same(c) for c in r.cells] for r in table.rows] == [
        [same(c) for c in r] for r in rows[1:]
    ]


@settings(max_examples=600, deadline=None)
@given(tables(), st.data())
def test_one_quote_more_or_less_never_changes_the_table_unnoticed(
    case: tuple[str, list[list[str]]], data: st.DataObject
) -> None:
    delimiter, rows = case
    assume(not refused_by_design(rows, delimiter))
    text = csv_text(rows, delimiter)
    body = text.index("\r\n") + 2  # a header with a quote more is refused whole: see above
    quotes = [i for i, c in enumerate(text) if c == '"']
    if quotes and data.draw(st.booleans(), label="delete"):
        at = data.draw(st.sampled_from(quotes), label="deleted quote")
        broken = text[:at] + text[at + 1 :]
    else:
        at = data.draw(st.integers(min_value=body, max_value=len(text)), label="inserted at")
        broken = text[:at] + '"' + text[at:]
    try:
        table = read_companies_csv(broken.encode(), delimiter=delimiter)
    except ValidationError:
        return  # refused as a whole, with its reason
    if table.problems:
        assert all(re.search(r"\blines? \d+", p.message) for p in table.problems)
        return
    # Read without a problem: the same companies, and the same cells but for the quote.
    assert len(table.rows) == len(rows) - 1
    assert [[same(c).replace('"', "") for c in r.cells] for r in table.rows] == [
        [same(c).replace('"', "") for c in r] for r in rows[1:]
    ]
