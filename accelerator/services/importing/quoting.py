"""Checking a CSV record's quotes, so a broken one is refused rather than read leniently.

The csv module, with ``strict=False`` so that one bad row cannot stop the reading of the
rest, is lenient in ways that silently change a table: a quote that is never closed takes
every line after it into one cell, text after a closing quote is glued onto the cell,
and a lone quote inside a cell is kept as text. The reader hands each record whose text
holds a quote to ``quoting_problem``, which walks it by the same rules the csv module
reads it with (RFC 4180, doubled quotes, spaces skipped before an opening quote) and says
what is wrong, with the line where it went wrong as a text editor numbers lines.

Part of reading (``reading`` calls it); pure functions on text, no Qt, no database.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from accelerator.domain.formatting import quoted
from accelerator.i18n import in_context

_tr = in_context("Import")

# What the csv module, reading lines split by io.StringIO(newline=""), takes for a line
# break; a text editor counts a CR alone as one too.
LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class QuotingProblem:
    """What is wrong with a record's quotes, and in which of its cells (0-based)."""

    column: int
    message: str


def line_at(text: str, offset: int, first_line: int = 1) -> int:
    """The line number of ``text[offset]``, when ``text`` starts on ``first_line``."""
    return first_line + len(LINE_BREAK.findall(text, 0, offset))


def lines_span(first: int, last: int) -> str:
    """'line 4' or 'lines 4 to 6'."""
    if first == last:
        return _tr("line {0}").format(first)
    return _tr("lines {0} to {1}").format(first, last)


_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"')


def skips_spaces(sep: str) -> bool:
    """Whether spaces before a cell are skipped (csv's ``skipinitialspace``).

    People who write CSV by hand put a space after each comma (``A, "B, C"``) and mean
    the quoted cell; without skipping, the quotes would be read as text and the comma
    inside them would split the cell. The import trims every cell, so the skipped spaces
    were never going to be stored. Not when the delimiter is itself a space.
    """
    return sep != " "


@functools.cache
def _well_formed(sep: str) -> re.Pattern[str]:
    """A record no cell of which has a quoting problem: what most quoted records are.

    One C-speed match spares walking the record in Python: a file saved with every cell
    in quotes has a quote on every line. A quoted cell may hold line breaks, have spaces
    before it (they are skipped) and spaces or tabs after it; an unquoted one may hold
    quotes in pairs.
    """
    s = re.escape(sep)
    plain = rf'[^{s}"\r\n]*'
    quoted = (r" *" if skips_spaces(sep) else "") + r'"[^"]*(?:""[^"]*)*"[ \t]*'
    unquoted = rf'(?! *"){plain}(?:"{plain}"{plain})*'
    cell = rf"(?:{quoted}|{unquoted})"
    return re.compile(rf"{cell}(?:{s}{cell})*(?:\r\n|\r|\n)?")


def quoting_problem(raw: str, sep: str, first_line: int, width: int) -> QuotingProblem | None:
    """The first quoting problem of one record, or None when it reads as written.

    ``raw`` is the record's text as the csv module consumed it (its lines, with their
    line breaks), starting on ``first_line`` of the file; ``width`` is the header's
    number of columns, used to recognise a whole row swallowed into a quoted cell (0
    for the header itself).
    """
    if not _well_formed(sep).fullmatch(raw):
        return _walk(raw, sep, first_line, width)
    # Every quote where it belongs. In such a record each pair of quotes found from the
    # left is a quoted cell or a pair inside an unquoted one, so the cells that hold line
    # breaks are found without walking it; only one that holds a row-like line is walked,
    # to say where.
    body = raw.rstrip("\r\n")
    if width < 2 or ("\n" not in body and "\r" not in body):
        return None
    # A line inside a cell is part of a line of the record: when no later line of the
    # record has that many delimiters, no line inside a cell has.
    if all(line.count(sep) < width - 1 for line in LINE_BREAK.split(body)[1:]):
        return None
    for found in _QUOTED.finditer(body):
        if _row_like_line(found.group(1), sep, width) is not None:
            return _walk(raw, sep, first_line, width)
    return None


def _walk(raw: str, sep: str, first_line: int, width: int) -> QuotingProblem | None:
    """Cell by cell, as the csv module reads them, stopping at the first problem."""
    n = len(raw)
    cell_end = re.compile(rf"[{re.escape(sep)}\r\n]")
    i = column = 0
    skip = skips_spaces(sep)
    while True:
        start = i
        while i < n and raw[i] == " " and skip:
            i += 1  # skipinitialspace: a space after the delimiter does not start the cell
        if i < n and raw[i] == '"':
            problem, i = _quoted_cell(raw, i, sep, first_line, width, column, cell_end)
            if problem is not None:
                return problem
        else:
            i = start
            found = cell_end.search(raw, i)
            end = found.start() if found else n
            cell = raw[i:end]
            if cell.count('"') % 2:
                line = line_at(raw, i, first_line)
                return QuotingProblem(
                    column,
                    _tr(
                        "on line {0}, this cell has a quote character with no partner ({1}): "
                        "is a quote missing or out of place? A cell that holds a quote is "
                        'saved in quotes, with the quote written twice ("12"" rør")'
                    ).format(line, _shown(cell)),
                )
            i = end
        if i >= n or raw[i] != sep:
            return None  # the line break (or the end) that ends the record
        i += 1
        column += 1


def _quoted_cell(
    raw: str,
    opened: int,
    sep: str,
    first_line: int,
    width: int,
    column: int,
    cell_end: re.Pattern[str],
) -> tuple[QuotingProblem | None, int]:
    """Check the quoted cell whose opening quote is at ``opened``; return where it ends."""
    line = line_at(raw, opened, first_line)
    k = opened + 1
    while True:
        closing = raw.find('"', k)
        if closing < 0:
            last = line_at(raw, len(raw.rstrip("\r\n")), first_line)
            if last > line:
                message = _tr(
                    "the quote that opens on line {0} is never closed, so everything after "
                    "it, to the end of the file (line {1}), was read into this cell: close "
                    "the quote, or remove it"
                ).format(line, last)
            else:
                message = _tr(
                    "the quote that opens on line {0} is never closed: close it, or remove it"
                ).format(line)
            return QuotingProblem(column, message), len(raw)
        if raw.startswith('"', closing + 1):
            k = closing + 2  # a quote written twice is one quote of the text
            continue
        break
    found = cell_end.search(raw, closing + 1)
    end = found.start() if found else len(raw)
    after = raw[closing + 1 : end]
    inside = raw[opened + 1 : closing]
    closed_on = line_at(raw, closing, first_line)
    row_like = _row_like_line(inside, sep, width)
    if row_like is not None:
        return QuotingProblem(
            column,
            _tr(
                "the quoted cell that opens on line {0} runs on to line {1}, which looks "
                "like a row of its own (it has {2}, as a row has): is a closing quote "
                "missing on line {0}?"
            ).format(line, line + row_like, _delimiters(sep, width - 1)),
        ), end
    if after.strip(" \t"):
        if closed_on > line:
            message = _tr(
                "the quoted cell that opens on line {0} closes only on line {1}, and text "
                "follows its closing quote there: is a closing quote missing on line {0}?"
            ).format(line, closed_on)
        else:
            shown = _shown(raw[opened:end])
            if raw[closing - 1] == "\\":
                message = _tr(
                    "on line {0}, text follows the closing quote of this cell ({1}): inside "
                    'quotes, a quote character is written twice (""), not as \\"; or is a '
                    "quote out of place?"
                ).format(line, shown)
            else:
                message = _tr(
                    "on line {0}, text follows the closing quote of this cell ({1}): inside "
                    'quotes, a quote character is written twice (""); or is a quote out of '
                    "place?"
                ).format(line, shown)
        return QuotingProblem(column, message), end
    return None, end


def _row_like_line(inside: str, sep: str, width: int) -> int | None:
    """Which line of a quoted cell (1 = the second) holds the delimiter exactly as often
    as a row does, or None.

    Such a line is almost certainly a row swallowed by a quote that was not closed where
    it should have been, since a row saved by a spreadsheet has exactly ``width - 1``
    delimiters outside quotes. Text with line breaks in a cell (an address, a
    description) rarely has that many on one line, but it can: such a cell is refused,
    and the message says which line to look at.
    """
    if width < 2 or ("\n" not in inside and "\r" not in inside):
        return None
    for number, line in enumerate(LINE_BREAK.split(inside)[1:], start=1):
        if line.count(sep) == width - 1:
            return number
    return None


def _shown(text: str, limit: int = 40) -> str:
    """A cell as a message quotes it: on one line, cut when long."""
    flat = LINE_BREAK.sub(" ", text)
    return quoted(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def _delimiters(sep: str, count: int) -> str:
    """``count`` delimiters in words ("3 semicolons"); another character as itself."""
    if sep == ",":
        return _tr("%n commas", n=count)
    if sep == ";":
        return _tr("%n semicolons", n=count)
    if sep == "\t":
        return _tr("%n tabs", n=count)
    if sep == "|":
        return _tr("%n vertical bars", n=count)
    return f"{count} {sep!r}"
