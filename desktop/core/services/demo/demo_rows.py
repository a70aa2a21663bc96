"""Bulk rows for the demo data: one ``executemany`` of plain tuples per table.

Values are converted here as SQLAlchemy's SQLite types would (dates, times, booleans), once per
column, so 100,000 demo cases go in without per-value type processing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Table


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _sql_datetime(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"


def _converter(column: Any) -> Callable[[Any], Any] | None:
    """What SQLAlchemy's SQLite types would do to a value (done here once, for speed)."""
    kind = type(column.type)
    if issubclass(kind, DateTime):
        return _sql_datetime
    if issubclass(kind, Date):
        return date.isoformat
    if issubclass(kind, Boolean):
        return int
    return None


_DONE: dict[Callable[[Any], Any], dict[Any, Any]] = {}


def _converted(values: tuple[Any, ...], convert: Callable[[Any], Any]) -> list[Any]:
    """``convert`` of each value (None kept), each distinct value converted once: the rows of a
    case share their times (in every table), and a batch its few dates."""
    done = _DONE.get(convert)
    if done is None or len(done) > 500_000:
        done = _DONE[convert] = {None: None}
    out = []
    for value in values:
        try:
            out.append(done[value])
        except KeyError:
            done[value] = result = convert(value)
            out.append(result)
    return out


def insert_rows(conn: Connection, model: Any, rows: list[dict[str, Any]]) -> None:
    """One ``executemany`` of plain tuples (no per-value type processing by SQLAlchemy)."""
    table = _table(model)
    names = list(rows[0])
    unknown = set(names) - set(table.c.keys())
    if unknown:
        raise ValueError(f"unknown columns {sorted(unknown)} for {table.name}")
    convert = [(i, fn) for i, n in enumerate(names) if (fn := _converter(table.c[n]))]
    getter = itemgetter(*names)
    values: list[Any] = [getter(row) for row in rows]
    if len(names) == 1:
        values = [(v,) for v in values]
    if convert:  # column by column (True and 1 are one key: both give 1)
        columns: list[Any] = list(zip(*values, strict=True))
        for i, fn in convert:
            columns[i] = _converted(columns[i], fn)
        values = list(zip(*columns, strict=True))
    # Names quoted: a column may be an SQL keyword ("on" of the consent history).
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = (f"INSERT INTO {table.name} ({quoted}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    conn.exec_driver_sql(sql, values)


class _RandomHex:
    """Hex digits from ``os.urandom``, read 64 KiB at a time."""

    def __init__(self) -> None:
        self.text, self.at = "", 0

    def take32(self) -> str:
        if self.at >= len(self.text):
            self.text, self.at = os.urandom(16 * 4096).hex(), 0
        self.at += 32
        return self.text[self.at - 32:self.at]


_random = _RandomHex()


def demo_id() -> str:
    """A random (version 4) UUID, as ``models.new_id`` makes, from the same source
    (``os.urandom``) read in bulk: a fifth of the demo's time went to one read per id."""
    h = _random.take32()
    variant = "89ab"[int(h[16], 16) & 3]
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}"


def stamp(site_id: str, at: datetime) -> dict[str, Any]:
    """A new row's id, site and creation/change times."""
    return {"id": demo_id(), "site_id": site_id, "created_at": at, "updated_at": at}
