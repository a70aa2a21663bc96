"""The survivor name index: an FTS5 table inside the encrypted database, accents and case folded.

``survivor_names`` is a contentless FTS5 table (it keeps the index of the words, not a copy of
the names) whose tokenizer folds case and accents (``unicode61 remove_diacritics 2``): "Aïssata
Traoré" is found by "aissata", "AISS" or "traore". Its rowid is the integer key of the survivor
in ``survivor_name_keys`` (a table with an explicit integer key, which VACUUM and backups keep).

Every ORM write of a survivor's name updates the index in its own flush (:func:`_after_flush`);
bulk writers (the demo) call :func:`index_names`, and the migration that made the table calls
it once for every survivor. Who may search names is the cases service's rule
(``Permission.SEE_NAMES_IN_LISTS``); this module only answers which survivors match.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    ForeignKey,
    Integer,
    String,
    bindparam,
    column,
    event,
    select,
    text,
)
from sqlalchemy.orm import Mapped, Session, UOWTransaction, mapped_column
from sqlalchemy.orm.attributes import get_history

from desktop.core.store.models.base import Base
from desktop.core.store.models.cases import Survivor

FTS_TABLE = "survivor_names"
CREATE_FTS = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(name, content='', "
              "contentless_delete=1, tokenize='unicode61 remove_diacritics 2')")
_WORD = re.compile(r"\w+")


class SurvivorNameKey(Base):
    """The integer key of a survivor in the name index (the FTS5 table's rowid)."""

    __tablename__ = "survivor_name_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survivor_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("survivors.id", ondelete="CASCADE"), unique=True)


def is_index_table(name: str) -> bool:
    """True for the FTS5 table and its shadow tables (not models: Alembic leaves them be)."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


def folded_words(text_: str) -> list[str]:
    """The words of ``text_`` as the index holds them: accents removed, case folded."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text_)
                    if not unicodedata.combining(c))
    return _WORD.findall(plain.casefold())


def match_query(text_: str) -> str | None:
    """An FTS5 query: every word of ``text_`` starts a word of the name (None: no word)."""
    words = folded_words(text_)
    return " ".join(f'"{w}"*' for w in words) if words else None


def matching_survivors(text_: str) -> Any:
    """``SELECT survivor_id`` of the survivors whose name matches ``text_`` (see
    :func:`match_query`); None when the text has no word."""
    query = match_query(text_)
    if query is None:
        return None
    hits = text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :name_query"
                ).bindparams(name_query=query).columns(column("rowid", Integer))
    return select(SurvivorNameKey.survivor_id).where(SurvivorNameKey.id.in_(hits))


def name_condition(survivor_id: Any, text_: str) -> ColumnElement[bool] | None:
    """``survivor_id IN (survivors whose name matches)``, or None when nothing to look for."""
    found = matching_survivors(text_)
    return None if found is None else survivor_id.in_(found)


def _index(conn: Connection, rows: Iterable[tuple[str, str | None]]) -> None:
    rows = list(rows)
    if not rows:
        return
    ids = {"ids": [r[0] for r in rows]}
    conn.execute(text("INSERT OR IGNORE INTO survivor_name_keys (survivor_id) "
                      "SELECT value FROM json_each(:ids)"), {"ids": json.dumps(ids["ids"])})
    keys: dict[str, int] = dict(conn.execute(text(
        "SELECT survivor_id, id FROM survivor_name_keys WHERE survivor_id IN :ids")
        .bindparams(bindparam("ids", expanding=True)), ids).all())
    conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :key"),
                 [{"key": keys[i]} for i, _ in rows])
    named = [{"key": keys[i], "name": n} for i, n in rows if n and n.strip()]
    if named:
        conn.execute(text(f"INSERT INTO {FTS_TABLE} (rowid, name) VALUES (:key, :name)"), named)


def index_names(conn: Connection, survivor_ids: Iterable[str] | None = None) -> None:
    """(Re)index the names of ``survivor_ids`` (every survivor when None)."""
    query = select(Survivor.id, Survivor.name)
    if survivor_ids is None:
        _index_all(conn, query)
        return
    ids = list(survivor_ids)
    for start in range(0, len(ids), 500):
        chunk = query.where(Survivor.id.in_(ids[start:start + 500]))
        _index(conn, [(i, n) for i, n in conn.execute(chunk)])


def _index_all(conn: Connection, query: Any) -> None:
    rows = [(i, n) for i, n in conn.execute(query)]
    for start in range(0, len(rows), 5000):
        _index(conn, rows[start:start + 5000])


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    """Index the names written in this flush (new survivors, and names changed)."""
    rows = [(obj.id, obj.name) for obj in [*session.new, *session.dirty]
            if isinstance(obj, Survivor)
            and (obj in session.new or get_history(obj, "name").has_changes())]
    if rows:
        _index(session.connection(), rows)
