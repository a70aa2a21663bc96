"""Run Alembic migrations on an open encrypted connection, inside one transaction.

Opening a database only asks which revision it is at and whether this version knows it: the
revision ids are read from the migration files' ``revision`` and ``down_revision`` lines and
the database's ``alembic_version`` table, without importing Alembic (a third of a second at
every login). Alembic itself loads to upgrade.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text

from desktop.core.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def _graph() -> dict[str, tuple[str, ...]]:
    """Each revision of ``migrations/versions`` → the revisions it follows."""
    return _read_graph(migrations_dir())


@cache
def _read_graph(folder: Path) -> dict[str, tuple[str, ...]]:
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((folder / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")  # French docstrings: not the locale's
        found = {m[1]: ast.literal_eval(m[2]) for m in _LINE.finditer(source)}
        if "revision" not in found:
            continue
        down = found.get("down_revision")
        graph[str(found["revision"])] = (() if down is None else (down,) if isinstance(down, str)
                                         else tuple(down))
    return graph


def head_revision() -> str:
    """The newest schema revision this version of Relais knows."""
    graph = _graph()
    followed = {down for downs in graph.values() for down in downs}
    heads = [rev for rev in graph if rev not in followed]
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads, not one")
    return heads[0]


def current_revision(conn: Connection) -> str | None:
    """The schema revision of the open database (None when empty)."""
    table = conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                              "AND name = 'alembic_version'")).first()
    if table is None:
        return None
    found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(found) > 1:
        raise RuntimeError(f"the database is at {len(found)} revisions, not one")
    return str(found[0]) if found else None


def known_revisions() -> set[str]:
    """Every revision this version can migrate from."""
    return set(_graph())


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is older than this version's schema."""
    with engine.connect() as conn:
        return current_revision(conn) != head_revision()


# Told before each revision is applied: (its number, how many, the revision id).
Step = Callable[[int, int, str], None]


def pending_revisions(conn: Connection, target: str = "head") -> list[str]:
    """The revisions an upgrade of the open database to ``target`` applies, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    current = current_revision(conn)
    found = [rev.revision for rev in script.iterate_revisions(target, current or "base")
             if rev.revision != current]
    return found[::-1]


def upgrade(engine: Engine, target: str = "head", on_step: Step | None = None) -> None:
    """Upgrade to ``target`` in a single transaction (SQLite DDL is transactional).

    The sqlite3-style driver opens a transaction only before INSERT/UPDATE/DELETE, so a
    ``CREATE TABLE`` or ``ALTER TABLE`` would otherwise be committed on its own: an error or a
    power cut halfway through would leave a half-upgraded schema still marked as the old
    revision. An explicit ``BEGIN IMMEDIATE`` makes the whole upgrade one transaction; the
    driver's ``commit()`` then commits it (tested by killing a process mid-upgrade).
    ``on_step`` is told before each revision is applied (a long upgrade says what it does).
    """
    from alembic import command

    config = _config()
    with engine.begin() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        if on_step is not None:
            config.attributes["on_version_apply"] = _announcer(conn, target, on_step)
        config.attributes["connection"] = conn
        command.upgrade(config, target)


def _announcer(conn: Connection, target: str, on_step: Step) -> Callable[..., None]:
    """Tell ``on_step`` of the first revision now, of each next one as Alembic finishes the
    one before (its ``on_version_apply``, called inside the same transaction)."""
    steps = pending_revisions(conn, target)
    if steps:
        on_step(1, len(steps), steps[0])

    def applied(*, step: Any, **_: Any) -> None:
        done = step.up_revision_id
        if done in steps and steps.index(done) + 1 < len(steps):
            number = steps.index(done) + 2
            on_step(number, len(steps), steps[number - 1])

    return applied


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """What Alembic compares with the models: everything but the FTS5 name index's tables
    (a virtual table and its shadow tables, made by the migration, not by a model)."""
    from desktop.core.store.models.name_search import is_index_table

    return not (type_ == "table" and name is not None and is_index_table(name))
