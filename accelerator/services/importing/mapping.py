"""Which column of the file holds which field, the second stage of importing.

``suggest_mapping`` maps headers written in English or Norwegian (bokmål and nynorsk) to
fields and reports the columns a person should look at; ``checked_mapping`` refuses a
mapping a person chose that cannot be imported.

Pure functions on text; no Qt, no database.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from accelerator.domain.formatting import quoted
from accelerator.i18n import in_context
from accelerator.services.importing.fields import ImportField
from accelerator.services.importing.reading import CsvTable
from accelerator.services.validation import Problems

_tr = in_context("Import")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


# Headers as people write them, in English and Norwegian (bokmål and nynorsk), compared
# after _header_key() has dropped case, spaces and punctuation.
HEADER_WORDS: dict[ImportField, tuple[str, ...]] = {
    ImportField.NAME: _words(
        "name|company|company name|companyname|business name|firm|navn|firmanavn|firma|"
        "bedrift|bedriftsnavn|selskap|selskapsnavn|foretak|foretaksnavn|virksomhet|verksemd|"
        "namn"
    ),
    ImportField.ORG_NUMBER: _words(
        "org number|organisation number|organization number|org no|org nr|orgnr|org.nr.|"
        "org.nr|orgnummer|organisasjonsnummer|organisasjonsnr|foretaksnummer|org|"
        "organisation no|organization no"
    ),
    ImportField.REGISTRY_NUMBER: _words(
        "registry number|registration number|foreign registry number|foreign number|"
        "registreringsnummer|utenlandsk registreringsnummer|utenlandsk nummer|vat number|"
        "company number"
    ),
    ImportField.COUNTRY: _words("country|land|nation|nasjon"),
    ImportField.SECTOR: _words("sector|industry|bransje|næring|sektor|naering|bransjer|industri"),
    ImportField.HOME_CLUSTER: _words(
        "cluster|home cluster|klynge|hjemmeklynge|næringsklynge|klynga"
    ),
    ImportField.WEBSITE: _words(
        "website|web site|web|url|homepage|home page|www|nettside|nettsted|hjemmeside|"
        "webside|nettadresse|heimeside"
    ),
    ImportField.FOUNDED_YEAR: _words(
        "founded|year founded|founded year|founding year|established|year established|"
        "stiftet|etablert|stiftelsesår|etableringsår|stiftelsesdato|etablert år|grunnlagt|"
        "skipa"
    ),
    ImportField.EMPLOYEES: _words(
        "employees|number of employees|no of employees|staff|headcount|ansatte|"
        "antall ansatte|tilsette|talet på tilsette|sysselsatte"
    ),
    ImportField.TECHNOLOGY_FOCUS: _words(
        "technology|technology focus|tech|tech focus|technology area|teknologi|"
        "teknologifokus|teknologiområde|teknologiomrade"
    ),
    ImportField.DESCRIPTION: _words(
        "description|about|summary|beskrivelse|om|om selskapet|skildring|omtale"
    ),
    ImportField.CONTACT_NAME: _words(
        "contact|contact name|contact person|kontakt|kontaktperson|kontaktnavn|"
        "kontaktperson navn|kontakt navn"
    ),
    ImportField.CONTACT_ROLE: _words(
        "contact role|contact title|role|title|job title|position|rolle|stilling|tittel|"
        "kontaktperson rolle|kontaktperson stilling|kontakt rolle|kontaktpersonens rolle|"
        "kontaktpersonens stilling"
    ),
    ImportField.CONTACT_EMAIL: _words(
        "email|e-mail|mail|email address|e-mail address|contact email|contact e-mail|e-post|"
        "epost|epostadresse|e-postadresse|kontakt e-post|kontaktperson e-post|kontakt epost|"
        "kontaktpersonens e-post"
    ),
    ImportField.CONTACT_PHONE: _words(
        "phone|telephone|mobile|phone number|contact phone|tel|tlf|tlf.|telefon|"
        "telefonnummer|mobil|mobilnummer|kontakt telefon|kontaktperson telefon|"
        "kontaktpersonens telefon"
    ),
}


@dataclass(frozen=True)
class ColumnNote:
    """A column a person should look at before importing."""

    column: int
    header: str
    field: ImportField | None  # the best guess, if any
    reason: str


@dataclass(frozen=True)
class SuggestedMapping:
    """Which column holds which field, as far as the headers tell."""

    fields: dict[int, ImportField]  # column index -> field; the mapping to offer
    unclear: tuple[ColumnNote, ...] = ()
    missing: tuple[ImportField, ...] = ()  # required fields no column seems to hold

    @property
    def is_clear(self) -> bool:
        return not self.unclear and not self.missing


def _header_key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


_EXACT: dict[str, ImportField] = {
    _header_key(word): f for f, words in HEADER_WORDS.items() for word in words
}


def suggest_mapping(headers: Sequence[str]) -> SuggestedMapping:
    """Map each header to a field when its words say which; list the columns to ask about.

    A header that is one of the known words (any case, spacing, punctuation) is sure.
    A near miss ("Organisasjonsnumer") is offered but listed as unclear, as is a second
    column that looks like a field already taken, and a column that looks like nothing.
    """
    fields: dict[int, ImportField] = {}
    taken: dict[ImportField, int] = {}
    unclear: list[ColumnNote] = []
    guesses: list[int] = []
    for index, header in enumerate(headers):
        found = _EXACT.get(_header_key(header))
        if found is None:
            guesses.append(index)
        elif found in taken:
            other = headers[taken[found]]
            unclear.append(
                ColumnNote(
                    index,
                    header,
                    found,
                    _tr("also looks like {0}, as {1} does").format(found.label, quoted(other)),
                )
            )
        else:
            fields[index] = found
            taken[found] = index
    for index in guesses:
        header = headers[index]
        key = _header_key(header)
        close = difflib.get_close_matches(key, _EXACT, n=1, cutoff=0.8) if key else []
        guess = _EXACT[close[0]] if close else None
        if guess is not None and guess not in taken:
            fields[index] = guess
            taken[guess] = index
            unclear.append(
                ColumnNote(index, header, guess, _tr("looks like {0}").format(guess.label))
            )
        elif guess is not None:
            other = headers[taken[guess]]
            reason = _tr("looks like {0}, as {1} does; it will not be imported").format(
                guess.label, quoted(other)
            )
            unclear.append(ColumnNote(index, header, guess, reason))
        else:
            unclear.append(
                ColumnNote(index, header, None, _tr("matches no field; it will not be imported"))
            )
    missing = tuple(f for f in (ImportField.NAME,) if f not in taken)
    return SuggestedMapping(fields, tuple(sorted(unclear, key=lambda n: n.column)), missing)


def checked_mapping(
    table: CsvTable, mapping: Mapping[int, ImportField | str]
) -> dict[int, ImportField]:
    """The mapping a person chose, refused plainly when a column or field is wrong or the
    name has no column."""
    problems = Problems()
    checked: dict[int, ImportField] = {}
    owner: dict[ImportField, int] = {}
    for index, value in sorted(mapping.items()):
        if not 0 <= index < len(table.headers):
            problems.add(
                "mapping",
                _tr("column {0} does not exist; the file has {1}").format(
                    index + 1, len(table.headers)
                ),
            )
            continue
        try:
            target = ImportField(value)
        except ValueError:
            problems.add(
                "mapping",
                _tr("{0} is not a field a company can be given").format(quoted(str(value))),
            )
            continue
        if target in owner:
            problems.add(
                "mapping",
                _tr("{0} is given to two columns: {1} and {2}; choose one").format(
                    target.label, quoted(table.headers[owner[target]]), quoted(table.headers[index])
                ),
            )
            continue
        owner[target] = index
        checked[index] = target
    if ImportField.NAME not in owner:
        problems.add("mapping", _tr("say which column holds the company's name"))
    problems.raise_if_any()
    return checked
