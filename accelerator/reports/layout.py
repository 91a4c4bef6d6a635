"""The document machinery the reports share: pages, running header and footer, a table of
contents with real page numbers, progress and cancel.

Page numbers are known only when the last page is laid out. Rather than lay the whole
report out twice (reportlab's ``multiBuild``), pages are kept in memory until the end
(:class:`ReportCanvas`), and whatever needs a final page number -- "page x of y", the
contents' page numbers, the PDF outline -- is drawn onto each page just before it is
written. The contents take the same room whatever their numbers are (the numbers sit in
a fixed column), so one layout pass is enough.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.doctemplate import LayoutError

from accelerator.domain.formatting import format_date
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context
from accelerator.reports.charts import Chart
from accelerator.reports.data import PageSize
from accelerator.reports.fonts import BOLD, REGULAR, register_fonts, string_width
from accelerator.reports.style import (
    ALERT,
    INK,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    MUTED,
    PANEL,
    PRIMARY,
    RULE,
    page_size,
)
from accelerator.reports.text import one_line

_tr = in_context("Reports")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
LateDraw = Callable[[Canvas, int], None]


class ReportCancelled(AcceleratorError):  # noqa: N818 (the name the window knows)
    """The person cancelled the report; nothing was written."""

    def __init__(self) -> None:
        super().__init__(_tr("the report was cancelled; no file was written"))


class ReportLayoutError(AcceleratorError):
    """reportlab could not lay something out (a bug here, or an extreme input)."""


class Monitor:
    """Progress and cancel for one report build.

    ``step()`` counts one unit of work done and reports it; both it and ``check()``
    raise :class:`ReportCancelled` once ``cancelled()`` says so.
    """

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = max(total, 1)
        self.done = 0
        #: Flowables that look the same wherever they appear, shared within this build.
        self.shared: dict[object, Any] = {}
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled()

    def step(self, units: int = 1) -> None:
        self.done = min(self.done + units, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)
        self.check()

    def finish(self) -> None:
        self.check()
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


@dataclass(frozen=True)
class Chrome:
    """What the running header and footer print."""

    programme: str
    cohort: str
    generated_on: dt.date
    internal: bool = False
    title: str = ""  # the default right-hand header text
    period: str = ""  # the period the report covers, if it is limited to one


class ReportCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that holds its pages until ``save`` so late drawing can reach them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self._late: dict[int, list[LateDraw]] = defaultdict(list)
        self.finish_page: LateDraw | None = None
        self.chart_forms: dict[Hashable, str] = {}  # a chart background -> its PDF form

    def later(self, draw: LateDraw) -> None:
        """Run ``draw(canvas, total_pages)`` on this page once the page count is known."""
        self._late[self.getPageNumber()].append(draw)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            number = self.getPageNumber()
            for draw in self._late.get(number, ()):
                draw(self, total)
            if self.finish_page is not None:
                self.finish_page(self, total)
            Canvas.showPage(self)
        self._held_pages = []
        Canvas.save(self)


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    """A report's pages: margins, the running header and footer, anchors for contents."""

    def __init__(
        self,
        out: io.BytesIO,
        *,
        chrome: Chrome,
        size: PageSize,
        monitor: Monitor,
        title: str,
        subject: str = "",
        cover: Callable[[Canvas], None] | None = None,
        cover_height: float = 0.0,
    ) -> None:
        register_fonts()
        pagesize = page_size(size)
        super().__init__(
            out,
            pagesize=pagesize,
            leftMargin=MARGIN_SIDE,
            rightMargin=MARGIN_SIDE,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=one_line(title),
            author="Accelerator",
            subject=one_line(subject),
            creator="Accelerator",
            pageCompression=1,
        )
        self.chrome = chrome
        self.monitor = monitor
        self.anchors: dict[str, int] = {}
        self.running = chrome.title
        self._forms: set[str] = set()
        templates = []
        self._cover = cover
        if cover is not None:
            templates.append(
                PageTemplate(
                    "cover",
                    [self._frame("cover", top_gap=cover_height)],
                    onPage=self._draw_cover,
                    onPageEnd=self._footer,
                )
            )
        templates.append(
            PageTemplate("body", [self._frame("body")], onPageEnd=self._header_and_footer)
        )
        self.addPageTemplates(templates)

    def _frame(self, name: str, top_gap: float = 0.0) -> Frame:
        height = self.height + (self.topMargin - top_gap if top_gap else 0)
        return Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            height,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def render(self, story: Sequence[Flowable]) -> bytes:
        # Binary (not ASCII85) streams: a quarter smaller and much faster to write. The
        # setting is read while the file is written, so it is set around the build only.
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            self.build(list(story), canvasmaker=ReportCanvas)
        except LayoutError as error:
            raise ReportLayoutError(
                _tr("the report could not be laid out: {0}").format(error)
            ) from error
        finally:
            rl_config.useA85 = before
        return self.filename.getvalue()  # type: ignore[no-any-return]

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab's name)
        canvas = self.canv
        assert isinstance(canvas, ReportCanvas)
        canvas.finish_page = self._page_number

    # --- page chrome ----------------------------------------------------------------------

    def _draw_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if self._cover is not None:
            self._cover(canvas)

    def _header_and_footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._footer(canvas, doc)
        self._page_frame(canvas, "PageChromeHeader", self._draw_header_frame)
        width, height = self.pagesize
        right = width - self.rightMargin
        top = height - self.topMargin + 9 * mm
        running = one_line(self.running)
        if running:
            room = (right - self.leftMargin - self._tag_width) * 0.55
            canvas.setFont(BOLD, 7.5)
            canvas.setFillColor(INK)
            canvas.drawRightString(right - self._tag_width, top, _fit(running, BOLD, 7.5, room))

    def _footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._page_frame(canvas, "PageChromeFooter", self._draw_footer_frame)

    def _page_frame(self, canvas: Canvas, name: str, draw: Callable[[Canvas], None]) -> None:
        """What every page repeats, drawn once per report as a PDF form."""
        if name not in self._forms:
            canvas.beginForm(name)
            draw(canvas)
            canvas.endForm()
            self._forms.add(name)
        canvas.doForm(name)

    @property
    def _tag_width(self) -> float:
        return string_width(_internal(), BOLD, 6.5) + 16 if self.chrome.internal else 0.0

    def _draw_header_frame(self, canvas: Canvas) -> None:
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        top = height - self.topMargin + 9 * mm
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        context = " · ".join(
            part for part in (one_line(self.chrome.programme), one_line(self.chrome.cohort)) if part
        )
        room = right - left - self._tag_width
        canvas.drawString(left, top, _fit(context, REGULAR, 7.5, room * 0.45 - 12))
        if self.chrome.internal:
            self._internal_tag(canvas, right, top)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 4, right, top - 4)

    def _internal_tag(self, canvas: Canvas, right: float, baseline: float) -> None:
        """A red-framed "INTERNAL" at the right of the header."""
        text = _internal()
        w = string_width(text, BOLD, 6.5) + 8
        canvas.setStrokeColor(ALERT)
        canvas.setFillColor(ALERT)
        canvas.setLineWidth(0.7)
        canvas.roundRect(right - w, baseline - 2.5, w, 10, 2, stroke=1, fill=0)
        canvas.setFont(BOLD, 6.5)
        canvas.drawCentredString(right - w / 2, baseline, text)

    def _draw_footer_frame(self, canvas: Canvas) -> None:
        width, _ = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        y = self.bottomMargin - 9 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 10, right, y + 10)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        on = format_date(self.chrome.generated_on)
        if self.chrome.period:
            generated = _tr("Generated on {0} · Period {1}").format(on, self.chrome.period)
        else:
            generated = _tr("Generated on {0}").format(on)
        canvas.drawString(left, y, generated)
        if self.chrome.internal:
            note = _tr("Internal: includes confidential notes")
            half = string_width(note, REGULAR, 7.5) / 2
            centre = (left + right) / 2
            # The page number is drawn later, at the right: room for a three-digit one.
            widest = _tr("Page {0} of {1}").format(999, 999)
            free_from = left + string_width(generated, REGULAR, 7.5) + 12
            free_to = right - string_width(widest, REGULAR, 7.5) - 12
            canvas.setFillColor(ALERT)
            if free_from <= centre - half and centre + half <= free_to:
                canvas.drawCentredString(centre, y, note)
            else:
                # A period and a long language fill the line: the note goes under it.
                canvas.drawString(left, y - 9, note)

    def _page_number(self, canvas: Canvas, total: int) -> None:
        width, _ = self.pagesize
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            width - self.rightMargin,
            self.bottomMargin - 9 * mm,
            _tr("Page {0} of {1}").format(canvas.getPageNumber(), total),
        )
        canvas.restoreState()


def _internal() -> str:
    """The header's tag on every page of a report with confidential notes."""
    return _tr("INTERNAL")


def _fit(text: str, font: str, size: float, width: float) -> str:
    if width <= 0:
        return ""
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


# --- flowables --------------------------------------------------------------------------------


class _Marker(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A flowable that takes no room and acts when it is drawn."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def _doc(self) -> ReportDocument:
        doc = self.canv._doctemplate
        assert isinstance(doc, ReportDocument)
        return doc


class Anchor(_Marker):
    """Marks where a section starts: its page for the contents and the PDF outline."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key = key
        self.title = one_line(title) or _tr("(untitled)")
        self.level = level

    def draw(self) -> None:
        doc = self._doc()
        canvas = self.canv
        doc.anchors[self.key] = canvas.getPageNumber()
        _, top = canvas.absolutePosition(0, 0)
        key, title, level = self.key, self.title, self.level

        def mark(c: Canvas, total: int) -> None:
            c.bookmarkPage(key, fit="XYZ", top=top + 12)
            c.addOutlineEntry(title, key, level=level)

        assert isinstance(canvas, ReportCanvas)
        canvas.later(mark)


class RunningTitle(_Marker):
    """Sets the right-hand header text from this page on."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def draw(self) -> None:
        self._doc().running = self.text


class ProgressMark(_Marker):
    """Counts one unit of progress when layout reaches it (and checks for cancel)."""

    def draw(self) -> None:
        self._doc().monitor.step()


class TocEntry(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A line of the contents: the title, a dotted leader and the page number of its anchor,
    filled in once the whole report is laid out."""

    NUMBER_ROOM = 30.0

    def __init__(self, title: str, key: str, style: Any) -> None:
        super().__init__()
        self.key = key
        self.title = one_line(title)
        self._style = style
        self._para: Paragraph | None = None
        self._line_width = 0.0
        self.width = self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        style = self._style
        room = available_width - self.NUMBER_ROOM - style.leftIndent
        self.width = available_width
        width = string_width(self.title, style.fontName, style.fontSize)
        if self._para is None and width <= room:
            # One line (nearly every entry): drawn directly, no paragraph to lay out.
            self._line_width = width
            self.height = style.leading + 3
            return self.width, self.height
        if self._para is None:
            self._para = Paragraph(escape(self.title), style)
        _, h = self._para.wrap(available_width - self.NUMBER_ROOM, available_height)
        self._line_width = (self._para.getActualLineWidths0() or [0.0])[-1]
        self.height = h + 3
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        style = self._style
        if self._para is not None:
            self._para.drawOn(canvas, 0, 3)
            lines = max(len(self._para.getActualLineWidths0()), 1)
            baseline = 3 + self._para.height - style.fontSize - (lines - 1) * style.leading
        else:
            baseline = self.height - style.fontSize
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            canvas.drawString(style.leftIndent, baseline, self.title)
        start = style.leftIndent + self._line_width + 4
        end = self.width - self.NUMBER_ROOM + 4
        if end > start:
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.8)
            canvas.setLineCap(1)
            canvas.setDash(0.1, 3)
            canvas.line(start, baseline + 1, end, baseline + 1)
            canvas.restoreState()
        x, y = canvas.absolutePosition(self.width, baseline)
        doc = self.canv._doctemplate
        key, font, size = self.key, style.fontName, style.fontSize

        def number(c: Canvas, total: int) -> None:
            page = doc.anchors.get(key)
            if page is None:
                return
            c.saveState()
            c.setFont(font, size)
            c.setFillColor(INK)
            c.drawRightString(x, y, str(page))
            c.restoreState()

        assert isinstance(canvas, ReportCanvas)
        canvas.later(number)


class Band(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A thin coloured rule under a title."""

    def __init__(self, width: float = 40, thickness: float = 2.5) -> None:
        super().__init__()
        self._w, self._t = width, thickness

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self._w, self._t + 8

    def draw(self) -> None:
        self.canv.setFillColor(PRIMARY)
        self.canv.rect(0, 6, self._w, self._t, stroke=0, fill=1)


class VerticalLabel(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A header label set upwards, for narrow columns of figures; long text is cut with "…"."""

    def __init__(
        self, text: str, *, font: str = BOLD, size: float = 7, colour: Any = None, limit: float = 90
    ) -> None:
        super().__init__()
        self.font, self.size, self.colour = font, size, colour
        self.text = _fit(one_line(text), font, size, limit)
        self.length = string_width(self.text, font, size)
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.length

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if self.colour is not None:
            canvas.setFillColor(self.colour)
        canvas.setFont(self.font, self.size)
        canvas.translate(self.width / 2 + self.size * 0.35, 0)
        canvas.rotate(90)
        canvas.drawString(0, 0, self.text)
        canvas.restoreState()


@dataclass(frozen=True)
class Figure:
    """One figure of a key-figure strip: a label, a big value, a note under it."""

    label: str
    value: str
    note: str = ""
    colour: Any = INK  # the value's colour
    accent: Any = PRIMARY  # the rule above the cell


class FigureStrip(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Key figures side by side on a light panel (drawn directly: no markup, no tables)."""

    HEIGHT = 46.0

    def __init__(self, figures: Sequence[Figure]) -> None:
        super().__init__()
        self.figures = tuple(figures)
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        count = max(len(self.figures), 1)
        cell = self.width / count
        top = self.HEIGHT
        canvas.saveState()
        for n, figure in enumerate(self.figures):
            x = n * cell
            canvas.setFillColor(PANEL)
            canvas.rect(x + (1 if n else 0), 0, cell - (1 if n else 0), top, stroke=0, fill=1)
            canvas.setFillColor(figure.accent)
            canvas.rect(x + (1 if n else 0), top - 2, cell - (1 if n else 0), 2, stroke=0, fill=1)
            room = cell - 14
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 6.5)
            canvas.drawString(
                x + 7, top - 12, _fit(one_line(figure.label).upper(), REGULAR, 6.5, room)
            )
            canvas.setFillColor(figure.colour)
            value = one_line(figure.value)
            # A word value ("Not assessed yet") may be set a little smaller rather than cut.
            size = 13.0
            while size > 10 and string_width(value, BOLD, size) > room:
                size -= 0.5
            canvas.setFont(BOLD, size)
            canvas.drawString(x + 7, top - 28, _fit(value, BOLD, size, room))
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 6.5)
            canvas.drawString(x + 7, top - 39, _fit(one_line(figure.note), REGULAR, 6.5, room))
        canvas.restoreState()


class ChartFlowable(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A chart in the PDF. Its shared background (a radar's web, a time chart's panels) is
    drawn once per report as a PDF form and reused on every later page that shows it."""

    def __init__(self, chart: Chart) -> None:
        super().__init__()
        self.chart = chart
        self.width = chart.width
        self.height = chart.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        contents = list(self.chart.drawing.contents)
        forms = getattr(canvas, "chart_forms", None)
        key = self.chart.background
        canvas.saveState()
        if key is not None and forms is not None and contents:
            name = forms.get(key)
            if name is None:
                name = forms[key] = f"ChartBackground{len(forms) + 1}"
                canvas.beginForm(name, 0, 0, self.width, self.height)
                _Painter(canvas).paint(contents[:1])
                canvas.endForm()
            canvas.doForm(name)
            contents = contents[1:]
        _Painter(canvas).paint(contents)
        canvas.restoreState()

    def _part(self, nodes: list[Any]) -> Drawing:
        part = Drawing(self.width, self.height)
        part.contents = nodes
        return part


_IDENTITY = (1, 0, 0, 1, 0, 0)


class _Painter:
    """Draws the basic shapes our charts are made of straight onto a canvas.

    It does what ``renderPDF`` does for these shapes at a fraction of its cost (it skips
    the general state machinery and repeats no unchanged colour or line setting); any
    other kind of node is handed to ``renderPDF``.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._fill: Any = object()
        self._stroke: Any = object()
        self._line: tuple[Any, ...] = ()
        self._font: tuple[str, float] = ("", 0.0)

    def paint(self, nodes: Sequence[Any]) -> None:
        canvas = self.canvas
        for node in nodes:
            kind = type(node)
            if kind is Group and tuple(node.transform) == _IDENTITY:
                self.paint(node.contents)
            elif kind is String:
                self._fill_colour(node.fillColor)
                font = (node.fontName, node.fontSize)
                if font != self._font:
                    canvas.setFont(*font)
                    self._font = font
                anchor = node.textAnchor
                if anchor == "middle":
                    canvas.drawCentredString(node.x, node.y, node.text)
                elif anchor == "end":
                    canvas.drawRightString(node.x, node.y, node.text)
                else:
                    canvas.drawString(node.x, node.y, node.text)
            elif kind in (Rect, Line, Circle, PolyLine, Polygon):
                self._shape(node, kind)
            else:
                drawing = Drawing(0, 0)
                drawing.contents = [node]
                renderPDF.draw(drawing, canvas, 0, 0, showBoundary=False)
                self._fill, self._stroke, self._line, self._font = object(), object(), (), ("", 0)

    def _dot(self, node: Any, stroke: int, fill: int) -> None:
        """A filled circle as a zero-length line with round ends: the same disc, drawn with
        two numbers instead of a path of four curves (charts have thousands of points)."""
        canvas = self.canvas
        x, y, r = node.cx, node.cy, node.r
        if stroke:
            canvas.setLineCap(1)
            canvas.setDash([])
            canvas.setLineWidth(2 * r + node.strokeWidth)
            canvas.line(x, y, x, y)
        if fill:
            canvas.setLineCap(1)
            canvas.setDash([])
            canvas.setStrokeColor(node.fillColor)
            canvas.setLineWidth(2 * r - (node.strokeWidth if stroke else 0))
            canvas.line(x, y, x, y)
            self._stroke = node.fillColor
        self._line = ()

    def _fill_colour(self, colour: Any) -> None:
        if colour is not self._fill:
            self.canvas.setFillColor(colour)
            self._fill = colour

    def _shape(self, node: Any, kind: type) -> None:
        canvas = self.canvas
        stroke_colour = node.strokeColor
        stroke = int(stroke_colour is not None and node.strokeWidth > 0)
        fill_colour = getattr(node, "fillColor", None) if kind is not Line else None
        fill = int(fill_colour is not None and kind is not PolyLine)
        if not stroke and not fill:
            return
        if stroke:
            if stroke_colour is not self._stroke:
                canvas.setStrokeColor(stroke_colour)
                self._stroke = stroke_colour
            line = (
                node.strokeWidth,
                tuple(node.strokeDashArray or ()),
                node.strokeLineJoin,
                node.strokeLineCap,
            )
            if line != self._line:
                canvas.setLineWidth(line[0])
                canvas.setDash(list(line[1]))
                canvas.setLineJoin(line[2])
                canvas.setLineCap(line[3])
                self._line = line
        if fill:
            self._fill_colour(fill_colour)
        if kind is Rect:
            canvas.rect(node.x, node.y, node.width, node.height, stroke=stroke, fill=fill)
        elif kind is Line:
            canvas.line(node.x1, node.y1, node.x2, node.y2)
        elif kind is Circle:
            self._dot(node, stroke, fill)
        else:
            points = node.points
            path = canvas.beginPath()
            path.moveTo(points[0], points[1])
            for i in range(2, len(points), 2):
                path.lineTo(points[i], points[i + 1])
            if kind is Polygon:
                path.close()
            canvas.drawPath(path, stroke=stroke, fill=fill)


class Reused(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A flowable that looks the same wherever it appears (a level's descriptor, say):
    drawn once per report as a PDF form, then placed again by reference."""

    def __init__(self, content: Flowable, key: Hashable) -> None:
        super().__init__()
        self.content = content
        self.key = key
        self.width = self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.content.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return list(self.content.split(available_width, available_height))

    def draw(self) -> None:
        canvas = self.canv
        forms = getattr(canvas, "chart_forms", None)
        if forms is None:
            self.content.drawOn(canvas, 0, 0)
            return
        key = ("reused", self.key, round(self.width, 2), round(self.height, 2))
        name = forms.get(key)
        if name is None:
            name = forms[key] = f"Reused{len(forms) + 1}"
            canvas.beginForm(name, 0, 0, self.width, self.height)
            self.content.drawOn(canvas, 0, 0)
            canvas.endForm()
        canvas.doForm(name)
