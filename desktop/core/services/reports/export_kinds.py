"""What can be exported, in which formats, and the rules a request is checked against first.

Kept apart from ``exports`` (which imports the PDF, XLSX and ZIP writers) so that the command
line can list the kinds and separators in its help without loading them.
"""

from __future__ import annotations

FORMATS = {
    "stats": ("pdf", "xlsx", "csv"),
    "cases": ("xlsx", "csv"),
    "incident-recorder": ("xlsx",),
    "victim-assistance": ("xlsx", "csv"),
}
KINDS = tuple(FORMATS)
MIN_PASSWORD = 8
# The CSV separator Excel expects: ";" where the decimal mark is a comma (French), "," in
# English. Every CSV starts with a UTF-8 BOM so that Excel reads the accents.
CSV_SEPARATORS = {"fr": ";", "en": ","}
