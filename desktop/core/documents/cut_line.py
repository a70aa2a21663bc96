"""The dashed line across a letter where the return slip is cut off, with its caption."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable

from desktop.core.documents.letter_style import FONT, GREY
from desktop.core.documents.safe_text import line as plain_line


class CutLine(Flowable):
    """A dashed line across the page with a caption: where to cut off the return slip."""

    def __init__(self, caption: str, width: float) -> None:
        super().__init__()
        self.caption = caption
        self.width, self.height = width, 9 * mm

    def draw(self) -> None:
        canvas = self.canv
        y = self.height / 2
        caption = plain_line(f"✂  {self.caption}", FONT, 7.5, self.width - 30 * mm)
        start = 17 * mm
        end = start + canvas.stringWidth(caption, FONT, 7.5)
        canvas.setStrokeColor(GREY)
        canvas.setDash(4, 3)
        canvas.line(0, y, start - 2 * mm, y)  # a gap for the caption: no white box over the
        canvas.line(end + 2 * mm, y, self.width, y)  # "COPY" mark of a reprint
        canvas.setDash()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(start, y - 2.6, caption)
