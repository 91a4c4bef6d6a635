"""A PDF report shown in the window: every page, fitted to the width, with "page x of y",
zoom, and printing the pages at the printer's resolution.

The PDF is read from memory (a ``QBuffer``); nothing is written to disk to show it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QPointF, QRectF, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.ui.kit.icons import icon

log = logging.getLogger(__name__)

#: Pages are rendered for a printer at no more than this resolution: more only costs
#: memory (an A4 page at 1200 dpi is a 550 MB image) and prints no sharper.
MAX_PRINT_DPI = 300
_ZOOM_STEP = 1.25


class ReportPreview(QWidget):
    """Shows one PDF document, held in memory, until it is cleared or replaced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = QByteArray()
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.previous_button = self._tool("mdi6.chevron-up", self.tr("Previous page"))
        self.previous_button.clicked.connect(lambda: self._step_page(-1))
        self.next_button = self._tool("mdi6.chevron-down", self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self._step_page(1))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setMinimumWidth(110)
        self.zoom_out_button = self._tool("mdi6.magnify-minus-outline", self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / _ZOOM_STEP))
        self.zoom_in_button = self._tool("mdi6.magnify-plus-outline", self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(_ZOOM_STEP))
        self.fit_width_button = self._tool("mdi6.arrow-expand-horizontal", self.tr("Fit to width"))
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.clicked.connect(self.fit_to_width)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_width_button)
        layout.addLayout(bar)

        self.view = QPdfView(self)
        self.view.setObjectName("reportView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(16, 16, 16, 16))
        self.view.setBackgroundRole(QPalette.ColorRole.Mid)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)

        self.view.pageNavigator().currentPageChanged.connect(self._update_bar)
        self.view.zoomModeChanged.connect(self._update_bar)
        self.document.statusChanged.connect(self._update_bar)
        self.document.pageCountChanged.connect(self._update_bar)
        self._update_bar()

    def _tool(self, glyph: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(glyph))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setIconSize(QSize(20, 20))
        return button

    # --- the document -------------------------------------------------------------------

    def set_pdf(self, data: bytes) -> None:
        """Show ``data`` (a whole PDF), from the first page, fitted to the width."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        # The document reads from the buffer while it is shown: both stay alive with it.
        self._data = QByteArray(data)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        if self.document.pageCount() > 0:
            self.view.pageNavigator().jump(0, QPointF(), 0)
        self._update_bar()

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._data = QByteArray()
        self._update_bar()

    def page_count(self) -> int:
        return self.document.pageCount()

    def has_document(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.page_count() > 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # --- moving and zooming ----------------------------------------------------------------

    def fit_to_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_bar()

    def _zoom(self, factor: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # Start from the scale the page is shown at now, not from 100 %.
            self.view.setZoomFactor(self._shown_scale())
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, self.view.zoomFactor() * factor)))
        self._update_bar()

    def _shown_scale(self) -> float:
        """The scale of a fitted page: its width on screen over its width at 100 %."""
        if not self.has_document():
            return 1.0
        points = self.document.pagePointSize(max(self.current_page(), 0))
        if points.width() <= 0:
            return 1.0
        at_100 = points.width() / 72 * self.logicalDpiX()
        margins = self.view.documentMargins()
        available = self.view.viewport().width() - margins.left() - margins.right()
        return max(0.1, available / at_100)

    def _step_page(self, step: int) -> None:
        page = self.current_page() + step
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def _update_bar(self) -> None:
        shown = self.has_document()
        count = self.page_count() if shown else 0
        page = self.current_page() if shown else -1
        self.page_label.setText(
            self.tr("Page {0} of {1}").format(page + 1, count) if shown else self.tr("No report")
        )
        self.previous_button.setEnabled(shown and page > 0)
        self.next_button.setEnabled(shown and page < count - 1)
        self.zoom_in_button.setEnabled(shown)
        self.zoom_out_button.setEnabled(shown)
        self.fit_width_button.setEnabled(shown)
        self.fit_width_button.setChecked(self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth)

    # --- printing -------------------------------------------------------------------------

    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages the printer asks for (all, or its from-to range), each fitted to
        the printable area; returns the number of pages sent."""
        count = self.page_count()
        if count == 0:
            return 0
        first, last = 0, count - 1
        if printer.fromPage() > 0:
            first = min(printer.fromPage(), count) - 1
        if printer.toPage() > 0:
            last = min(printer.toPage(), count) - 1
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        sent = 0
        try:
            area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            area.moveTo(0, 0)
            for number in range(first, last + 1):
                if sent:
                    printer.newPage()
                points = self.document.pagePointSize(number)
                image = self.document.render(
                    number,
                    QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)),
                )
                target = _fitted(image.width(), image.height(), area)
                painter.drawImage(target, image)
                sent += 1
        finally:
            painter.end()
        return sent


def _fitted(width: int, height: int, area: QRectF) -> QRectF:
    """``width`` x ``height`` scaled to fit ``area``, keeping its shape, centred at the top."""
    if width <= 0 or height <= 0:
        return area
    scale = min(area.width() / width, area.height() / height)
    w, h = width * scale, height * scale
    return QRectF(area.left() + (area.width() - w) / 2, area.top(), w, h)


__all__ = ["MAX_PRINT_DPI", "ReportPreview"]
