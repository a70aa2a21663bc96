"""Directory files as partners really send them, built in the tests (no file is shipped).

``MAPPING`` is the GBV sub-cluster's mapping as French Excel saves it: two title rows, its own
column names, labels in other spellings, a blank row, a broken row and a duplicate.
"""

from __future__ import annotations

import io

import openpyxl

TITLE = [["Cartographie des services VBG — Région de Mopti", "", "", "", "", "", ""],
         ["Mise à jour : novembre 2026", "", "", "", "", "", ""]]
HEADER = ["Nom de l'organisation", "Type de structure", "Région", "Ville",
          "Services offerts", "Téléphone", "Prise en charge EAS", "Colonne inconnue"]
ROWS = [
    ["Association Femmes Debout", "ONG nationale", "Mopti", "Sévaré",
     "Juridique, Santé / Médical", "+223 70 00 00 01", "Oui", "x"],
    ["", "", "", "", "", "", "", ""],
    ["Clinique Espoir", "Associaton", "Atlantide", "Mopti", "Juridqe | Moyens de subsistance",
     "", "peut-être", ""],
    ["Réseau des Juristes", "Réseau", "Mopti", "Mopti", "Aide juridique", "", "non", ""],
    ["ASSOCIATION FEMMES DEBOUT", "ONG", "", "SEVARE", "Moyens de subsistance", "",
     "", ""],
]
# What the good rows become: name -> (kind, region, town, services, takes SEA)
EXPECTED = {
    "Association Femmes Debout": ("ngo", "mopti", "Sévaré", ("health", "legal", "livelihoods"),
                                  True),
    "Réseau des Juristes": ("network", "mopti", "Mopti", ("legal",), False),
}


def table() -> list[list[str]]:
    """Every row of the mapping, title rows first."""
    return [*TITLE, HEADER, *ROWS]


def csv_bytes(encoding: str = "cp1252", separator: str = ";",
              rows: list[list[str]] | None = None) -> bytes:
    """The mapping as CSV in ``encoding`` (``utf-16`` adds its byte-order mark)."""
    lines = []
    for row in rows if rows is not None else table():
        cells = [f'"{c}"' if separator in c or '"' in c else c for c in row]
        lines.append(separator.join(cells))
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def xlsx_bytes(rows: list[list[object]] | None = None, *, before: int = 0) -> bytes:
    """The mapping as a workbook; ``before`` sheets of other things come first."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    sheets = [first] + [book.create_sheet() for _ in range(before)]
    for index, sheet in enumerate(sheets[:-1]):
        sheet.title = f"Notes {index + 1}"
        sheet.append(["Ce classeur contient la cartographie", "", ""])
        sheet.append(["Contact", "Courriel", ""])
    mapping = sheets[-1]
    mapping.title = "Cartographie"
    for row in rows if rows is not None else table():
        mapping.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()
