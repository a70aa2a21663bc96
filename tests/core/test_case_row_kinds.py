"""Case export cells whatever string objects a column list is made of (no database).

A column list is not always written as literals in ``case_rows``: one read from a file (JSON,
a published catalogue) holds equal but distinct strings. Each kind must still be written as
its kind says — a date coarsened to the month in a de-identified export, a code as code and
label — and two equal instants in other time zones each keep their own day.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from desktop.core.catalogue import fields
from desktop.core.exports import case_rows
from desktop.core.exports.case_rows import Column


def _read(kind: str) -> str:
    """``kind`` as a string read from JSON (equal to the literal, not the same object)."""
    value = json.loads(json.dumps(kind))
    assert value == kind
    return str(value)


def _columns() -> list[Column]:
    return [Column("registration.date_of_interview", "Date of interview", _read("date"), None,
                   "cases", "date_of_interview"),
            Column("survivor.sex", "Sex", _read("choice"), "sex", "survivors", "sex"),
            Column("registration.referred_by", "Referred by", _read("multichoice"),
                   "referral_sources", "cases", "referred_by"),
            Column("case.sea", "SEA case", _read("bool"), None, "cases", "sea"),
            Column("case.step", "Step", _read("int"), None, "cases", "step")]


RECORD = {"registration.date_of_interview": date(2026, 2, 14), "survivor.sex": "female",
          "registration.referred_by": ["self", "health"], "case.sea": True, "case.step": 3}
CELLS = ["2026-02", "female", "Female", "self,health",
         "; ".join(case_rows.label("referral_sources", c, "en") for c in ("self", "health")),
         "Yes", 3]


def test_a_column_list_read_from_a_file_is_written_like_the_catalogues() -> None:
    cols = _columns()
    assert case_rows.row(RECORD, cols, identifying=False, lang="en") == CELLS
    write = case_rows.row_writer(cols, identifying=False, lang="en")
    assert write(RECORD) == CELLS
    assert write(RECORD) == CELLS  # cached labels and dates: the same cells again


def test_equal_instants_in_other_time_zones_keep_their_own_day() -> None:
    col = Column("case.closed_on", "Closed on", "date", None, "cases", "closed_at")
    late = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    two_hours_east = late.astimezone(timezone(timedelta(hours=2)))  # the same instant
    assert late == two_hours_east and hash(late) == hash(two_hours_east)
    write = case_rows.row_writer([col], identifying=True, lang="en")
    assert write({col.key: late}) == ["2026-03-31"]
    assert write({col.key: two_hours_east}) == ["2026-04-01"]
    coarse = case_rows.row_writer([col], identifying=False, lang="en")
    assert coarse({col.key: late}) == ["2026-03"]
    assert coarse({col.key: two_hours_east}) == ["2026-04"]


def test_a_catalogue_read_from_a_file_gives_the_same_columns(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Fields whose tables and kinds are equal strings, not the literals: the same columns
    (the latest safety level once, no free text, the ages after the estimated age)."""
    catalogue = fields.fields()
    expected = {ident: case_rows.columns(identifying=ident, lang="en") for ident in (False, True)}
    read = [dataclasses.replace(f, kind=_read(f.kind),
                                table=_read(f.table) if f.table else f.table)
            for f in catalogue]
    assert any(f.table == "safety_assessments" for f in read)
    monkeypatch.setattr(fields, "fields", lambda section=None: read)
    for identifying, want in expected.items():
        assert case_rows.columns(identifying=identifying, lang="en") == want


def _read_columns(cols: list[Column]) -> list[Column]:
    """``cols`` with every string read from JSON: equal, never the literals' objects."""
    return [Column(_read(c.key), c.label, _read(c.kind), c.choices and _read(c.choices),
                   c.table and _read(c.table), c.column and _read(c.column)) for c in cols]


def test_a_column_list_read_from_a_file_selects_and_fills_the_same_values() -> None:
    """The SQL of each column (the ages worked out, the consents and needs read per case),
    and the consents, needs and lists of codes filled in, as for the catalogue's columns."""
    from desktop.core.services.reports import export_rows

    cols = case_rows.columns(identifying=True, lang="en")
    read = _read_columns(cols)
    want, got = export_rows.case_expressions(cols), export_rows.case_expressions(read)
    assert list(got) == list(want)
    assert {k: str(v) for k, v in got.items()} == {k: str(v) for k, v in want.items()}
    assert [export_rows.listed_key(c) for c in read] == [
        export_rows.listed_key(c) for c in cols]
    assert {"_consents", "_needs", "_need_notes"} <= set(want)

    def record() -> dict[str, object]:
        return {"_consents": ["statistics", "release:health"], "_needs": ["medical"],
                "_need_notes": ["medical=Dose=2"], "registration.referred_by": "self,health"}

    filled = export_rows.expand_case_record(record(), read)
    assert filled == export_rows.expand_case_record(record(), cols)
    assert filled["consent.statistics"] is True and filled["assessment.need_medical"] is True
    assert filled["assessment.need_medical_note"] == "Dose=2"
    assert filled["registration.referred_by"] == ["self", "health"]
