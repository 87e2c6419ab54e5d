"""The open item's title above its form, always exactly two lines high."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

LINES = 2


class TitleHeading(QLabel):
    """Shows the title in at most two lines; a longer one ends in "…", whole in the tooltip.

    The heading follows the title as it is typed. A word-wrapping label grew a line at a
    time and pushed the whole form down under the secretary's cursor; this one keeps its
    height, so nothing below it moves.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        font = self.font()
        font.setPointSizeF(15)
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Ignored: the width comes from the form, never from the length of the title.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fix_height()

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._fit()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fix_height()
            self._fit()

    def _fix_height(self) -> None:
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * LINES + margins.top() + margins.bottom()
        self.setFixedHeight(height + 2 * self.margin())

    def _fit(self) -> None:
        super().setText(fit_lines(self._full, self.font(), self.contentsRect().width(), LINES))


def fit_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` wrapped at word boundaries into at most ``lines`` lines of ``width`` pixels.

    What does not fit is cut with "…" at the end of the last line.
    """
    text = " ".join(text.split())
    if not text or width <= 0:
        return text
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    shown: list[str] = []
    layout.beginLayout()
    try:
        while len(shown) < lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start = line.textStart()
            if len(shown) == lines - 1:
                rest = text[start:]
                shown.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            else:
                shown.append(text[start : start + line.textLength()].rstrip())
    finally:
        layout.endLayout()
    return "\n".join(shown)
