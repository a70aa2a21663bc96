"""The streaming XLSX writer hands its chunks to a writing thread: a full disk still stops the
export with the disk's own error, a failing row source with its own, and no thread is left
behind either way; a workbook written through it opens with every row in order."""

from __future__ import annotations

import errno
import io
import os
import threading
from collections.abc import Iterator

import openpyxl
import pytest

from desktop.core.exports.files import Ticker
from desktop.core.exports.tabular import Sheet
from desktop.core.exports.xlsx_stream import write_xlsx_stream

ROWS = 3000


class _NearlyFullDisk(io.BytesIO):
    """A file that takes ``room`` bytes, then fails as a full disk does."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
        if self.tell() + len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)


def _rows() -> Iterator[list[str]]:
    for n in range(ROWS):  # random text: compression cannot make it small
        yield [f"row {n}", os.urandom(24).hex()]


def _writers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("relais-xlsx-writer")]


def test_every_row_is_written_in_order() -> None:
    buffer = io.BytesIO()
    write_xlsx_stream(buffer, [Sheet("Cas", ["n", "texte"], _rows())], Ticker(ROWS, None, None))
    buffer.seek(0)
    sheet = openpyxl.load_workbook(buffer, read_only=True).active
    firsts = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert firsts == [f"row {n}" for n in range(ROWS)]
    assert _writers() == []


def test_a_full_disk_stops_the_export_with_its_own_error() -> None:
    with pytest.raises(OSError) as raised:
        write_xlsx_stream(_NearlyFullDisk(60_000), [Sheet("Cas", ["n", "texte"], _rows())],
                          Ticker(ROWS, None, None))
    assert raised.value.errno == errno.ENOSPC
    assert _writers() == []


def test_a_failing_row_source_stops_the_writer_too() -> None:
    def broken() -> Iterator[list[str]]:
        yield from (r for _, r in zip(range(1200), _rows(), strict=False))
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError, match="went away"):
        write_xlsx_stream(io.BytesIO(), [Sheet("Cas", ["n", "texte"], broken())],
                          Ticker(ROWS, None, None))
    assert _writers() == []
