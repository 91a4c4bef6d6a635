"""Makes the collection forms in this folder: forms as ``accelerator kpi forms`` writes
them, filled in with openpyxl as a member would type them, then opened and saved by
LibreOffice (``soffice --headless --convert-to xlsx``), so that the tests read files
LibreOffice wrote without needing it in CI.

Every form is for Fjordlaks AS (923609016); each has its own form code (``token``), which
the tests put on record for that organisation before reading the file. ``fixtures.json``
lists them: the file, its code, the year it was made for, the language it was written
in, and what was done to it.

Run it again (with LibreOffice installed) after a change to the form's layout:

    .venv/bin/python tests/data/kpi_forms/make_fixtures.py
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

NAME, NUMBER = "Fjordlaks AS", "923609016"

#: file -> (year, language, what goes in the yellow cells, or a change elsewhere)
FIXTURES: dict[str, dict[str, Any]] = {
    "libreoffice_numbers.xlsx": {
        "year": 2026,
        "language": "en",
        "values": {
            "revenue": 13_100_000,
            "export_revenue": 2_000_000,
            "fte": 15.5,
            "patents_filed": 2,
        },
        "about": "numbers typed as numbers, saved by LibreOffice",
    },
    "libreoffice_text_numbers.xlsx": {
        "year": 2026,
        "language": "nb",
        "values": {
            "revenue": "13 100 000",
            "export_revenue": "2\u00a0000\u00a0000",
            "fte": "15,5",
            "patents_filed": "2",
        },
        "about": "a form in bokmål whose numbers were typed as text, saved by LibreOffice",
    },
    "libreoffice_implausible.xlsx": {
        "year": 2026,
        "language": "en",
        "values": {"revenue": -5, "fte": 2000, "patents_filed": 1.5, "rnd_spend": "lots"},
        "about": "negative revenue, FTE 100 times last year's (14.5), half a patent, a word",
    },
    "libreoffice_empty.xlsx": {
        "year": 2026,
        "language": "en",
        "values": {},
        "about": "returned with nothing filled in, saved by LibreOffice",
    },
    "libreoffice_tampered.xlsx": {
        "year": 2026,
        "language": "en",
        "values": {"revenue": 1_000},
        "cells": {"B3": "Havbruk Nord AS", "B4": "974760673"},
        "about": "the organisation's name and number typed over with another's",
    },
    "libreoffice_2025.xlsx": {
        "year": 2025,
        "language": "en",
        "values": {"revenue": 12_000_000},
        "about": "last year's form, returned for this year's collection",
    },
}


def token_of(name: str) -> str:
    return "fixture-" + name.removesuffix(".xlsx").replace("_", "-")


def main() -> int:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    from accelerator.i18n import speaking
    from accelerator.services import Services
    from accelerator.services.companies import CompanyInput
    from accelerator.services.database import prepare_database
    from accelerator.services.figure_forms import CODE_CELL, CODE_SHEET

    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: apt-get install libreoffice-calc-nogui", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        services = Services(prepare_database(str(scratch / "fixtures.db")))
        company = services.companies.create_company(CompanyInput(name=NAME, org_number=NUMBER))
        services.figures.record(company.id, 2025, {"revenue": 12_500_000, "fte": 14.5})
        manifest = []
        for name, spec in FIXTURES.items():
            with speaking(spec["language"]):
                (form,) = services.figure_forms.write_forms(
                    spec["year"],
                    scratch / name.removesuffix(".xlsx"),
                    organisation_ids=[company.id],
                )
            book = load_workbook(form.path)
            codes, sheet = book[CODE_SHEET], book.worksheets[0]
            keys = {
                str(codes[f"B{r}"].value): int(codes[f"A{r}"].value)
                for r in range(9, codes.max_row + 1)
                if codes[f"A{r}"].value is not None
            }
            token = token_of(name)
            codes["B1"] = token
            sheet[CODE_CELL] = token
            for key, value in spec["values"].items():
                sheet[f"D{keys[key]}"] = value
            for ref, value in spec.get("cells", {}).items():
                sheet[ref] = value
            filled = scratch / "filled" / name
            filled.parent.mkdir(exist_ok=True)
            book.save(filled)
            subprocess.run(
                [soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(HERE),
                 str(filled)],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
            manifest.append(
                {"file": name, "token": token, "year": spec["year"],
                 "language": spec["language"], "about": spec["about"]}
            )  # fmt: skip
            print(f"{name}: {spec['about']}")
        services.db.dispose()
    (HERE / "fixtures.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
