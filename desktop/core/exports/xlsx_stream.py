"""A minimal streaming XLSX writer for large row exports (100,000 cases and more).

xlsxwriter spends most of an export in per-cell bookkeeping; a row export needs none of its
features beyond a bold header. This writer streams each sheet's XML straight into the zip,
with inline strings, and caches the XML of repeated values (codes and labels repeat a lot).
The result opens in Excel, LibreOffice and openpyxl.
"""

from __future__ import annotations

import re
import zipfile
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from desktop.core.exports.files import Ticker
from desktop.core.exports.tabular import sheet_names

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

_EPOCH = date(1899, 12, 30)  # day 0 of Excel's date serial numbers (1900 system)
_DATE_STYLE = ' s="2"'


def _styles(date_format: str) -> str:
    """The workbook's styles: plain, bold header, and a date display (``numFmt`` 164)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_NS}">'
        f'<numFmts count="1"><numFmt numFmtId="164" formatCode="{escape(date_format)}"/></numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        '</cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '</styleSheet>')


class _Cells:
    """Cell XML for values, with a cache for repeated strings (and for the empty cell).

    Only ``str`` keys (and None) go into the cache, so that a lookup by any value is exact:
    ``True``, ``1`` and ``1.0`` are equal as dict keys, but none of them is ever stored."""

    def __init__(self) -> None:
        self._cache: dict[str | None, str] = {None: "<c/>", "": "<c/>"}
        self.cached = self._cache.get  # the XML of a value seen before, else None

    def text(self, value: str, style: str = "") -> str:
        if not style:
            found = self._cache.get(value)
            if found is not None:
                return found
        clean = escape(_CONTROL.sub("", value))
        space = ' xml:space="preserve"' if clean[:1].isspace() or clean[-1:].isspace() else ""
        xml = f'<c t="inlineStr"{style}><is><t{space}>{clean}</t></is></c>'
        if not style and len(self._cache) < 50_000:
            self._cache[value] = xml
        return xml

    def cell(self, value: Any) -> str:
        if value is None or value == "":
            return "<c/>"
        if isinstance(value, bool):
            return self.text(str(value))
        if isinstance(value, int | float):
            return f"<c><v>{value}</v></c>"
        if isinstance(value, date):  # a datetime's time of day is dropped
            day = value.date() if isinstance(value, datetime) else value
            return f"<c{_DATE_STYLE}><v>{(day - _EPOCH).days}</v></c>"
        return self.text(str(value))


@contextmanager
def _written_behind(out: IO[bytes], depth: int = 8) -> Iterator[Callable[[bytes], None]]:
    """A ``write`` that hands each chunk to a thread of its own, which writes it to ``out``
    (the zip entry: zlib and the file write run outside Python's lock, beside the next rows'
    XML), in order, at most ``depth`` chunks ahead. The block ends once every chunk is
    written; a failed write (a full disk) is raised by a later ``write`` or at the end, and
    an error inside the block drops the chunks not yet written."""
    pending: deque[Future[int]] = deque()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="relais-xlsx-writer") as pool:

        def write(chunk: bytes) -> None:
            pending.append(pool.submit(out.write, chunk))
            if len(pending) > depth:
                pending.popleft().result()

        try:
            yield write
            while pending:
                pending.popleft().result()
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise


def _sheet(out: IO[bytes], sheet: Any, ticker: Ticker, cells: _Cells) -> None:
    with _written_behind(out) as write:
        _sheet_xml(write, sheet, ticker, cells)


def _sheet_xml(write: Callable[[bytes], None], sheet: Any, ticker: Ticker,
               cells: _Cells) -> None:
    write((f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<worksheet xmlns="{_NS}" xmlns:r="{_REL}"><sheetViews><sheetView '
               'workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
               'state="frozen"/></sheetView></sheetViews><sheetData>').encode())
    header = "".join(cells.text(str(h), ' s="1"') for h in sheet.header)
    write(f"<row>{header}</row>".encode())
    buffer: list[str] = []
    step = ticker.step
    for xml in _rows_xml(sheet.rows, cells):
        buffer.append("<row>" + xml + "</row>")
        if len(buffer) >= 500:
            write("".join(buffer).encode())
            buffer.clear()
        step()
    write(("".join(buffer) + "</sheetData></worksheet>").encode())


def _rows_xml(rows: Any, cells: _Cells) -> Iterator[str]:
    """The cells' XML of each row; rows that write their own (``xml_rows(cell)``, e.g. the
    case export's) are asked for it, with this workbook's ``cell``."""
    encoded = getattr(rows, "xml_rows", None)
    if encoded is not None:
        yield from encoded(cells.cell)
        return
    cached, cell = cells.cached, cells.cell
    for values in rows:
        try:  # most cells are strings seen before: one dict lookup each
            yield "".join([cached(v) or cell(v) for v in values])
        except TypeError:  # an unhashable value (a list): the long way
            yield "".join([cell(v) for v in values])


def write_xlsx_stream(target: Path | IO[bytes], sheets: Sequence[Any], ticker: Ticker) -> None:
    """Write ``sheets`` (``tabular.Sheet``) as a workbook: bold header row, frozen below it."""
    names = [escape(n, {'"': "&quot;"}) for n in sheet_names([s.name for s in sheets])]
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1))
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED,
                         compresslevel=1) as book:
        book.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
            'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
            'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>"))
        book.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'))
        sheet_list = "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>'
                             for i, n in enumerate(names, start=1))
        book.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_NS}" '
            f'xmlns:r="{_REL}"><sheets>{sheet_list}</sheets></workbook>'))
        rels = "".join(f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" '
                       f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1))
        styles_id = len(sheets) + 1
        book.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="{_PKG}">{rels}<Relationship Id="rId{styles_id}" Type="{_REL}/styles" '
            'Target="styles.xml"/></Relationships>'))
        formats = {s.date_format for s in sheets if getattr(s, "date_format", "")}
        book.writestr("xl/styles.xml", _styles(min(formats) if formats else "dd/mm/yyyy"))
        cells = _Cells()
        for i, sheet in enumerate(sheets, start=1):
            with book.open(f"xl/worksheets/sheet{i}.xml", "w", force_zip64=True) as out:
                _sheet(out, sheet, ticker, cells)
