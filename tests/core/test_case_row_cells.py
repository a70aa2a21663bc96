"""The cells of a case export row, column by column (no database: a thousand rows a second).

``test_deidentified.py`` and ``test_exports.py`` read whole exports written from real cases;
this file pins what each column and cell is made of, in both languages: which catalogue
fields a de-identified export leaves out, how a code, a list of codes, a date, a yes/no and a
number are written, and that the fast writer of large exports (``row_writer``) writes exactly
what ``row`` does, cached labels and dates included.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from desktop.core.catalogue import fields
from desktop.core.exports import case_rows
from desktop.core.exports.case_rows import AGE, AGE_GROUP, Column

EXTRA = ["case.status", "case.step", "case.sea", "case.closure_reason", "case.closed_on"]


def _keys(**kwargs: Any) -> list[str]:
    return [c.key for c in case_rows.columns(**kwargs)]


def test_a_deidentified_export_leaves_out_what_identifies_and_free_text() -> None:
    keys = _keys(identifying=False)
    secret = fields.identifying_keys()
    by_key = {f.key: f for f in fields.fields()}
    for key in keys:
        f = by_key.get(key)
        if f is None:
            continue  # computed: the ages and the case's own columns
        assert key not in secret and not f.identifying, key
        assert f.kind not in ("text", "longtext") or f.generated, key
    for left_out in ("survivor.name", "survivor.phone", "survivor.date_of_birth",
                     "incident.account", "consent.best_interest_note"):
        assert left_out not in keys
    for kept in ("registration.case_number", "registration.survivor_code", "survivor.sex",
                 "registration.date_of_interview", "survivor.estimated_age",
                 "registration.referred_by"):
        assert kept in keys


def test_an_identifying_export_carries_every_field() -> None:
    keys = _keys(identifying=True)
    expected = [f.key for f in fields.fields()
                if f.key not in case_rows._SKIPPED
                and (f.table != "safety_assessments" or f.key == "assessment.safety_risk")]
    assert [k for k in keys if k not in (AGE, AGE_GROUP, *EXTRA)] == expected
    assert {"survivor.name", "survivor.date_of_birth", "incident.account"} <= set(keys)


def test_skipped_fields_never_appear_and_the_latest_safety_level_does() -> None:
    for identifying in (True, False):
        cols = case_rows.columns(identifying=identifying)
        keys = [c.key for c in cols]
        assert not set(keys) & case_rows._SKIPPED
        assert not [k for k in keys if k.startswith("assessment.safety_")
                    and k != "assessment.safety_risk"]
        risk = next(c for c in cols if c.key == "assessment.safety_risk")
        assert (risk.table, risk.column, risk.kind) == ("cases", "safety_risk", "choice")


def test_the_ages_follow_the_estimated_age_and_the_case_columns_close_the_row() -> None:
    for identifying in (True, False):
        keys = _keys(identifying=identifying)
        at = keys.index("survivor.estimated_age")
        assert keys[at + 1:at + 3] == [AGE, AGE_GROUP]
        assert keys.count(AGE) == 1 and keys[-5:] == EXTRA


def test_withheld_keys_leave_only_the_deidentified_export() -> None:
    withheld = frozenset({"survivor.ethnicity"})
    assert "survivor.ethnicity" not in _keys(identifying=False, withheld=withheld)
    assert "survivor.ethnicity" in _keys(identifying=False)
    assert "survivor.ethnicity" in _keys(identifying=True, withheld=withheld)


def test_labels_are_in_the_language_asked() -> None:
    fr = {c.key: c.label for c in case_rows.columns(identifying=False, lang="fr")}
    en = {c.key: c.label for c in case_rows.columns(identifying=False, lang="en")}
    assert en["case.status"] == "Case status" and fr["case.status"] == "Statut du dossier"
    assert en[AGE] == "Age at the incident" and fr[AGE] != en[AGE]


def test_a_coded_column_gives_two_header_cells() -> None:
    cols = [Column("a", "Sexe", "choice", "sexes", None, None),
            Column("b", "Orienté par", "multichoice", "referral_sources", None, None),
            Column("c", "Âge", "int", None, None, None)]
    assert case_rows.header(cols, "fr") == ["Sexe (code)", "Sexe", "Orienté par (code)",
                                            "Orienté par", "Âge"]
    assert case_rows.header(cols[:1], "en") == ["Sexe (code)", "Sexe"]


def test_label_of_a_code() -> None:
    assert case_rows.label("gbv_types", "rape", "fr") == "Viol"
    assert case_rows.label("gbv_types", "rape", "en") == "Rape"
    assert case_rows.label("gbv_types", "no_such_code", "fr") == "no_such_code"
    assert case_rows.label(None, "rape", "fr") == "rape"
    assert case_rows.label("gbv_types", "", "fr") == ""
    assert case_rows.label("gbv_types", None, "fr") == ""


def test_dates_are_exact_only_in_an_identifying_export() -> None:
    day = date(2026, 3, 9)
    moment = datetime(2026, 3, 9, 23, 30)
    for value in (day, moment, "2026-03-09"):
        assert case_rows._date(value, True) == "2026-03-09"
        assert case_rows._date(value, False) == "2026-03"
    for empty in (None, ""):
        assert case_rows._date(empty, True) == case_rows._date(empty, False) == ""


COLS = [
    Column("k.choice", "Choice", "choice", "gbv_types", None, None),
    Column("k.many", "Many", "multichoice", "gbv_types", None, None),
    Column("k.date", "Date", "date", None, None, None),
    Column("k.bool", "Bool", "bool", None, None, None),
    Column("k.int", "Int", "int", None, None, None),
    Column("k.text", "Text", "text", None, None, None),
    Column("k.long", "Long", "longtext", None, None, None),
]


def test_each_kind_of_cell_is_written_as_a_reader_expects() -> None:
    record = {"k.choice": "rape", "k.many": ["rape", "forced_marriage"],
              "k.date": date(2026, 1, 31), "k.bool": True, "k.int": "7", "k.text": 42,
              "k.long": "free"}
    assert case_rows.row(record, COLS, identifying=True, lang="fr") == [
        "rape", "Viol", "rape,forced_marriage", "Viol; Mariage forcé",
        "2026-01-31", "Oui", 7, "42", "free"]
    assert case_rows.row(record, COLS, identifying=False, lang="en")[4:6] == ["2026-01", "Yes"]
    assert case_rows.row({"k.bool": False}, COLS, identifying=True, lang="en") == [
        "", "", "", "", "", "No", None, None, None]
    assert case_rows.row({}, COLS, identifying=True, lang="en") == [
        "", "", "", "", "", "", None, None, None]


RECORDS: list[dict[str, Any]] = [
    {},
    {"k.choice": "rape", "k.many": ["rape"], "k.date": date(2026, 1, 31), "k.bool": True,
     "k.int": 3, "k.text": "x", "k.long": "y"},
    {"k.choice": "rape", "k.many": [], "k.date": "2025-12-01", "k.bool": False, "k.int": "0",
     "k.text": 0, "k.long": None},
    {"k.choice": "unknown", "k.many": ["unknown", "denial_of_resources"],
     "k.date": datetime(2026, 1, 31, 23, 59, tzinfo=UTC), "k.bool": 0, "k.int": 12.0},
    {"k.choice": "", "k.many": None, "k.date": "", "k.bool": None, "k.int": None},
    {"k.choice": 5, "k.date": date(2026, 1, 31) + timedelta(days=1)},
]


@pytest.mark.parametrize("identifying", [True, False])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_fast_writer_writes_what_row_writes(identifying: bool, lang: str) -> None:
    write = case_rows.row_writer(COLS, identifying=identifying, lang=lang)
    for _ in range(2):  # the second time from its remembered labels and dates
        for record in RECORDS:
            assert write(record) == case_rows.row(record, COLS, identifying=identifying,
                                                  lang=lang), record
    catalogue = case_rows.columns(identifying=identifying, lang=lang)
    write = case_rows.row_writer(catalogue, identifying=identifying, lang=lang)
    assert write({}) == case_rows.row({}, catalogue, identifying=identifying, lang=lang)
    assert len(write({})) == len(case_rows.header(catalogue, lang))


def test_the_date_memory_is_per_day_and_bounded() -> None:
    look = case_rows._dates(False)
    late = datetime(2026, 1, 31, 23, 30)
    assert look(late) == "2026-01" and look(late.date()) == "2026-01"
    assert look(datetime(2026, 2, 1, 0, 30)) == "2026-02"  # a datetime is never looked up
    assert look("2026-02-15") == "2026-02" and look("2026-02-15") == "2026-02"
    many = [date(1900, 1, 1) + timedelta(days=i) for i in range(100_050)]
    assert [look(d) for d in many[-3:]] == [f"{d:%Y-%m}" for d in many[-3:]]
    for d in many:
        look(d)
    assert look(many[-1]) == f"{many[-1]:%Y-%m}"
