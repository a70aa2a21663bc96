"""The case sheet's rows, read two ways that give the same cells.

Iterated, :class:`CaseRows` gives each row's values (``export_batches.case_records`` turned
into cells by ``case_rows.row_writer``): what the CSV export writes. For the XLSX export the
writer asks :meth:`CaseRows.xml_rows` instead, which reads the same query as one stream of
plain database values and writes each row's XML from a cache of each column's distinct
values: a value is turned into cells by the same ``row_writer`` (and into XML by the writer's
own ``cell``) the first time it is seen, then looked up. Nothing is converted per row, so that
a de-identified export of 100,000 cases is written in seconds; the age group is worked out
from the age by the same SQL, once per distinct age. Memory stays bounded: the rows are read
``export_batches.BATCH`` at a time, and each column's cache holds at most ``CACHED`` values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Integer, literal, select
from sqlalchemy.orm import Session

from desktop.core.exports import case_rows
from desktop.core.exports.case_rows import Cell, Column
from desktop.core.services.cases import survivor_age
from desktop.core.services.reports import export_batches, export_rows
from desktop.core.services.reports.export_rows import RowScope

CACHED = 10_000  # distinct values remembered per column (case numbers never repeat)
_CONVERTED = ("choice", "multichoice", "date", "bool", "int")  # the rest is written as text


class CaseRows:
    """The rows of the case sheet for ``cols`` (``wanted``: their SQL, from
    ``export_rows.case_expressions``)."""

    def __init__(self, session: Session, scope: RowScope, cols: Sequence[Column],
                 wanted: dict[str, Any], *, identifying: bool, lang: str | None) -> None:
        self.session = session
        self.scope = scope
        self.cols = list(cols)
        self.wanted = wanted
        self.identifying = identifying
        self.lang = lang

    def __iter__(self) -> Iterator[list[Cell]]:
        """Each row's cells, by interview date, case number and incident."""
        write = case_rows.row_writer(self.cols, identifying=self.identifying, lang=self.lang)
        for record in export_batches.case_records(self.session, self.scope, self.wanted):
            yield write(export_rows.expand_case_record(record, self.cols))

    def xml_rows(self, cell: Callable[[Any], str]) -> Iterator[str]:
        """Each row's cells as XML (``cell`` writes one value), in the order of ``__iter__``:
        the same cells, without turning every value of every row into a cell."""
        exprs, listed, sources, encoders = self._plan(cell)
        at_id = len(exprs) + 2  # after the values: interview date, case number, case id
        caches: list[dict[Any, str]] = [{} for _ in sources]
        pick = itemgetter(*sources)
        steps = list(zip(caches, encoders, strict=True))

        def miss(at: int, value: Any) -> str:
            cache, encode = steps[at]
            xml = encode(value)
            if len(cache) < CACHED:
                cache[value] = xml
            return xml

        gets = [cache.get for cache in caches]
        places = range(len(gets))
        for rows in self._batches(exprs):
            ids = sorted({r[at_id] for r in rows})
            found = [export_batches.per_case(self.session, k, ids) for k in listed]
            for r in rows:
                case_id = r[at_id]
                values = pick((*r, *(tuple(f.get(case_id, ())) for f in found)))
                if len(sources) == 1:
                    values = (values,)
                yield "".join([get(v) or miss(at, v)
                               for at, get, v in zip(places, gets, values, strict=True)])

    def _plan(self, cell: Callable[[Any], str]) -> tuple[
            list[Any], list[str], list[int], list[Callable[[Any], str]]]:
        """What to select, which per-case lists to read, and for each run of columns the
        place of its value in a row (the selected values, the interview date, case number and
        case id, then the lists) and how its cells are written."""
        selected = [k for k in self.wanted
                    if k not in export_rows.LISTED and k != case_rows.AGE_GROUP]
        if case_rows.AGE_GROUP in self.wanted and case_rows.AGE not in selected:
            selected.append(case_rows.AGE)  # the group is worked out from the age
        exprs = [self.wanted.get(k, survivor_age.age_at_incident()) for k in selected]
        listed = [k for k in export_rows.LISTED if k in self.wanted]
        sources: list[int] = []
        encoders: list[Callable[[Any], str]] = []
        dialect = self.session.get_bind().dialect
        for c in self.cols:
            key = export_rows.listed_key(c)
            if key is not None:
                sources.append(len(selected) + 3 + listed.index(key))
                convert: Callable[[Any], Any] = _listed(key, c)
            else:
                at = selected.index(case_rows.AGE if c.key == case_rows.AGE_GROUP else c.key)
                sources.append(at)
                convert = (self._age_group if c.key == case_rows.AGE_GROUP
                           else _processed(exprs[at], dialect))
            encoders.append(_encoder(c, convert, cell, self.identifying, self.lang))
        return exprs, listed, *_segments(sources, encoders)

    def _batches(self, exprs: list[Any]) -> Iterator[list[Sequence[Any]]]:
        """The query's rows as the database gives them (no type conversion), a batch at a
        time: the selected values, then the interview date, case number and case id."""
        query = export_batches.ordered_query(self.scope, exprs)
        result = self.session.connection().execute(query)
        try:
            cursor = result.cursor  # the DBAPI cursor: plain values, converted per distinct one
            while rows := cursor.fetchmany(export_batches.BATCH):
                yield list(rows)
        finally:
            result.close()

    def _age_group(self, age: Any) -> Any:
        """The ``age_groups`` code of ``age``, by the SQL the statistics use."""
        return self.session.scalar(select(survivor_age.age_group(literal(age, Integer))))


def _segments(sources: list[int], encoders: list[Callable[[Any], str]]
              ) -> tuple[list[int], list[Callable[[Any], str]]]:
    """Neighbouring columns written from the same value (a case's consents, the age and its
    group) made one: one lookup for all of them."""
    merged: list[tuple[int, list[Callable[[Any], str]]]] = []
    for source, encode in zip(sources, encoders, strict=True):
        if merged and merged[-1][0] == source:
            merged[-1][1].append(encode)
        else:
            merged.append((source, [encode]))
    return [m[0] for m in merged], [m[1][0] if len(m[1]) == 1 else _joined(m[1])
                                    for m in merged]


def _joined(encoders: list[Callable[[Any], str]]) -> Callable[[Any], str]:
    def encode(value: Any) -> str:
        return "".join([e(value) for e in encoders])

    return encode


def _identity(value: Any) -> Any:
    return value


def _processed(expr: Any, dialect: Any) -> Callable[[Any], Any]:
    """The value SQLAlchemy gives for a database value of ``expr`` (a date for a date …)."""
    process = expr.type.dialect_impl(dialect).result_processor(dialect, None)
    return process or _identity


def _listed(key: str, column: Column) -> Callable[[Any], Any]:
    """The value of ``column`` given its case's list (its consents or needs)."""

    def convert(values: tuple[str, ...]) -> Any:
        return export_rows.expand_case_record({key: list(values)}, [column]).get(column.key)

    return convert


def _encoder(column: Column, convert: Callable[[Any], Any], cell: Callable[[Any], str],
             identifying: bool, lang: str | None) -> Callable[[Any], str]:
    """The XML of ``column``'s cells for a database value: as the former path writes it."""
    if convert is _identity and column.kind not in _CONVERTED:
        def text(value: Any) -> str:  # as ``row_writer`` writes text: no lookup to make
            return cell(None if value is None else str(value))

        return text
    write = case_rows.row_writer([column], identifying=identifying, lang=lang)
    plain = column.kind != "multichoice"

    def encode(value: Any) -> str:
        record = {column.key: convert(value)}
        if not plain:
            record = export_rows.expand_case_record(record, [column])
        return "".join([cell(v) for v in write(record)])

    return encode
