"""Print preview, Print and Save as PDF, for a plan or a preparing-for-your-appointment sheet.

The core renders the PDF (careplan.printing); this window shows its pages, sends
them to a printer chosen in the system print dialog, or saves the PDF through
the core's atomic writer. Rendering, rasterising and printing run on the job
runner's worker thread, so the window never freezes while a plan is prepared.

Pages are rasterised with PDFium (pypdfium2, a 4 MB wheel): Qt's own PDF module
(QtPdf) ships only in PySide6-Addons, some 60 MB more, for the same result.
PDFium is used from the worker thread only, one job at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal, SignalInstance
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from careplan import settings
from careplan.atomic import write_atomically
from careplan.dates import utcnow
from careplan.errors import CarePlanError
from careplan.settings import PracticeDetails
from ui.context import UiContext
from ui.files import in_documents
from ui.print_preview import PreviewPages
from ui.widgets import column, fix_minimum_size, side_by_side

if TYPE_CHECKING:  # ReportLab and PDFium are loaded when a document is first made
    import pypdfium2

    from careplan.printing import PrintedDocument

PREVIEW_DPI = 96
# Printers get pages at their own resolution, but no finer than this: a 600 dpi
# A4 page is 140 MB of pixels, and text at 300 dpi is already as sharp as paper.
MAX_PRINT_DPI = 300


class Document(StrEnum):
    PLAN = "plan"
    PREPARATION = "preparation"


Out = TypeVar("Out")


@dataclass(frozen=True)
class Rendered:
    """A document and its pages as images for the preview."""

    document: PrintedDocument
    pages: tuple[QImage, ...]


def rasterise(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi`` (call from one thread at a time)."""
    import pypdfium2

    images = []
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = _to_image(bitmap)
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def _to_image(bitmap: pypdfium2.PdfBitmap) -> QImage:
    """The bitmap's pixels copied into a QImage that owns them.

    (A QImage made over a Python buffer, then copied, upset reference counts in
    some PySide6 versions; writing into the QImage's own memory avoids that.)
    """
    rgba = bitmap.n_channels == 4
    fmt = QImage.Format.Format_RGBA8888 if rgba else QImage.Format.Format_RGB888
    image = QImage(bitmap.width, bitmap.height, fmt)
    source = memoryview(bitmap.buffer).cast("B")
    target = image.bits()
    assert isinstance(target, memoryview)  # PySide6 hands out the image's own, writable memory
    row = bitmap.width * bitmap.n_channels
    line, stride = image.bytesPerLine(), bitmap.stride
    if line == stride:
        target[: stride * bitmap.height] = source[: stride * bitmap.height]
    else:
        for y in range(bitmap.height):
            target[y * line : y * line + row] = source[y * stride : y * stride + row]
    return image


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Send every page of ``pdf`` to ``printer``, scaled to its page; return pages printed."""
    dpi = min(max(printer.resolution(), 72), MAX_PRINT_DPI)
    images = rasterise(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise CarePlanError(
            QCoreApplication.translate("PrintDialog", "The printer could not be started.")
        )
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
    finally:
        painter.end()
    return len(images)


class PrintDialog(QDialog):
    """A preview of the document, with Print…, Save as PDF… and a Large print choice."""

    rendered = Signal(object)  # Rendered, once the preview shows it
    saved = Signal(str)  # the path written
    printed = Signal(int)  # pages sent to the printer
    failed = Signal(str)  # a message for the person

    def __init__(
        self,
        ctx: UiContext,
        *,
        document: Document,
        record_id: int,
        practice: PracticeDetails | None = None,
        now: Callable[[], dt.datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._kind = document
        self._record_id = record_id
        self._practice = practice
        self._now = now
        self._large: bool | None = None  # None: as the person's needs say
        self._current: Rendered | None = None
        self._printer: QPrinter | None = None  # kept alive while a print job runs
        self._key = f"print-preview-{id(self)}"
        self.setWindowTitle(
            self.tr("Print the plan")
            if document is Document.PLAN
            else self.tr("Print the preparing-for-your-appointment sheet")
        )
        self.setAccessibleName(self.windowTitle())

        self.status = QLabel(self.tr("Preparing the preview…"), self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Print status"))
        self.large_print = QCheckBox(self.tr("&Large print"), self)
        self.large_print.setToolTip(self.tr("Body text at 18 point, for people who need it"))
        self.large_print.setEnabled(False)
        self.large_print.toggled.connect(self._on_large_toggled)

        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.pages)
        self.scroll_area.setAccessibleName(self.tr("Preview of the printed pages"))

        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as_pdf)

        # Zoom, fit width and page by page; the buttons below always stay in view.
        self.preview = PreviewPages(self, self.scroll_area, self.pages, self.pages_layout)
        top = side_by_side(None, (self.status, 1), self.large_print)
        column(self, top, self.preview.controls, (self.scroll_area, 1), buttons)
        fix_minimum_size(self)
        self.resize(760, 900)
        self._set_busy(True)
        self._render()

    # ----- rendering ----------------------------------------------------------------

    @property
    def current(self) -> Rendered | None:
        return self._current

    def _render(self) -> None:
        services, kind, record_id = self._ctx.services, self._kind, self._record_id
        practice, large, printed_at = self._practice, self._large, self._now()

        def job() -> Rendered:
            from careplan.printing import plan_document, preparation_document

            details = practice if practice is not None else settings.practice_details()
            make = plan_document if kind is Document.PLAN else preparation_document
            document = make(services, record_id, details, printed_at=printed_at, large_print=large)
            return Rendered(document, tuple(rasterise(document.pdf, PREVIEW_DPI)))

        self._ctx.jobs.submit(job, self._on_rendered, self._on_error, key=self._key, owner=self)

    def _on_rendered(self, result: Rendered) -> None:
        self._current = result
        self.preview.set_images(result.pages)
        self.large_print.blockSignals(True)
        self.large_print.setChecked(result.document.large_print)
        self.large_print.blockSignals(False)
        self.status.setText(
            self.tr("{pages} page(s), ready to print or save.").format(pages=result.document.pages)
        )
        self._set_busy(False)
        self.rendered.emit(result)

    def _on_large_toggled(self, checked: bool) -> None:
        self._large = checked
        self.status.setText(self.tr("Preparing the preview…"))
        self._set_busy(True)
        self._render()

    # ----- output ---------------------------------------------------------------------

    def save_as_pdf(self) -> None:
        if self._current is None:
            return
        suggested = in_documents(self._current.document.filename)
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Write the PDF to ``path`` (atomically) and note it in the audit trail."""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self._hand_out(
            lambda document: str(write_atomically(path, document.pdf)),
            self.tr("Saving…"),
            lambda written: self.tr("Saved as {path}").format(path=written),
            self.saved,
        )

    def print_document(self) -> None:
        if self._current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._current.document.filename)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print on ``printer`` (already set up); the worker thread paints the pages."""
        to_file = printer.outputFileName()

        def send(document: PrintedDocument) -> int:
            if to_file:
                # "Print to file" writes the plan's own PDF the way Save as PDF does:
                # readable by its owner only, and whole or not at all.
                write_atomically(to_file, document.pdf)
                return document.pages
            return print_pdf(document.pdf, printer)

        self._printer = printer
        self._hand_out(
            send,
            self.tr("Sending to the printer…"),
            lambda pages: self.tr("Sent {pages} page(s) to the printer.").format(pages=pages),
            self.printed,
        )

    def _hand_out(
        self,
        send: Callable[[PrintedDocument], Out],
        doing: str,
        done: Callable[[Out], str],
        signal: SignalInstance,
    ) -> None:
        """``send`` the document shown on the worker thread and note it in the audit trail,
        saying ``doing`` meanwhile, then ``done(result)``; ``signal`` gets the result."""
        current, services = self._current, self._ctx.services
        if current is None:
            return

        def job() -> Out:
            from careplan.printing import record_printed

            result = send(current.document)
            record_printed(services, current.document)
            return result

        def finished(result: Out) -> None:
            self._set_busy(False)
            self.status.setText(done(result))
            signal.emit(result)

        self._set_busy(True)
        self.status.setText(doing)
        self._ctx.jobs.submit(job, finished, self._on_error, owner=self)

    # ----- state ----------------------------------------------------------------------

    def _on_error(self, error: Exception) -> None:
        message = (
            error.message
            if isinstance(error, CarePlanError)
            else self.tr("Printing failed ({error}). Nothing was saved.").format(
                error=error.__class__.__name__
            )
        )
        self._set_busy(False)
        self.status.setText(message)
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        ready = not busy and self._current is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.large_print.setEnabled(not busy and self._current is not None)


def show_print_dialog(
    parent: QWidget,
    ctx: UiContext,
    record_id: int,
    practice: PracticeDetails | None = None,
    document: Document = Document.PLAN,
) -> PrintDialog:
    """Open the print window for a consultation's take-home plan (a draft prints as DRAFT),
    or for ``Document.PREPARATION``, a patient's preparing-for-your-appointment sheet."""
    dialog = PrintDialog(
        ctx, document=document, record_id=record_id, practice=practice, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_preparation_dialog(
    parent: QWidget, ctx: UiContext, patient_id: int, practice: PracticeDetails | None = None
) -> PrintDialog:
    """Open the print window for a patient's preparing-for-your-appointment sheet."""
    return show_print_dialog(parent, ctx, patient_id, practice, Document.PREPARATION)
