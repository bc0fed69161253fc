"""The print preview's pages: zoom in and out, fit to the width, go from page to page.

The pages are rendered once (at the preview resolution); zooming scales those images,
so it is instant. "Fit width" follows the window as it is resized. The controls are
ordinary buttons with shortcuts (Ctrl++ / Ctrl+− / Ctrl+0 for fit width, Page Up /
Page Down between pages), each with an accessible name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEPS = (0.25, 0.35, 0.5, 0.65, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


class PreviewPages(QObject):
    """Shows rendered pages in ``scroll_area``'s ``pages`` widget, with their controls."""

    def __init__(
        self, dialog: QWidget, scroll_area: QScrollArea, pages: QWidget, layout: QVBoxLayout
    ) -> None:
        super().__init__(dialog)
        self._scroll = scroll_area
        self._pages = pages
        self._layout = layout
        self._images: list[QImage] = []
        self.labels: list[QLabel] = []
        self.fit_width = True
        self.zoom = 1.0

        self.controls = QWidget(dialog)
        self.controls.setAccessibleName(self.tr("Preview controls"))
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        self.previous_button = self._button(self.tr("◀ Page"), self.tr("Previous page"))
        self.page_label = QLabel(self.controls)
        self.page_label.setAccessibleName(self.tr("Page shown"))
        self.next_button = self._button(self.tr("Page ▶"), self.tr("Next page"))
        self.zoom_out_button = self._button(self.tr("−"), self.tr("Zoom out"))
        self.zoom_label = QLabel(self.controls)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_in_button = self._button(self.tr("+"), self.tr("Zoom in"))
        self.fit_button = self._button(self.tr("Fit &width"), self.tr("Fit the page to the width"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        for widget in (
            self.previous_button,
            self.page_label,
            self.next_button,
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)

        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(lambda on: self.set_fit_width(on))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), dialog, self.zoom_in)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), dialog, self.zoom_out)
        QShortcut(QKeySequence("Ctrl+0"), dialog, lambda: self.set_fit_width(True))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), dialog, self.next_button.click)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), dialog, self.previous_button.click)
        scroll_area.verticalScrollBar().valueChanged.connect(lambda _v: self._show_state())
        scroll_area.viewport().installEventFilter(self)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(60)
        self._refit.timeout.connect(self._apply_zoom)
        self._show_state()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self.controls)
        button.setAccessibleName(name)
        button.setToolTip(name)
        return button

    # ----- pages --------------------------------------------------------------------------

    def set_images(self, images: Sequence[QImage]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self._images = list(images)
        self.labels = []
        for number in range(1, len(self._images) + 1):
            page = QLabel(self._pages)
            page.setFrameShape(QLabel.Shape.Box)
            page.setAccessibleName(
                self.tr("Page {page} of {total}").format(page=number, total=len(self._images))
            )
            self._layout.addWidget(page)
            self.labels.append(page)
        self._apply_zoom()
        QTimer.singleShot(0, self, lambda: self._show_state())  # once the pages are laid out

    def current_page(self) -> int:
        """The page at the top of the view (0-based)."""
        top = self._scroll.verticalScrollBar().value()
        for index, label in enumerate(self.labels):
            if label.geometry().bottom() >= top + 20:
                return index
        return max(0, len(self.labels) - 1)

    def go_to(self, index: int) -> None:
        if not self.labels:
            return
        index = max(0, min(index, len(self.labels) - 1))
        self._scroll.verticalScrollBar().setValue(self.labels[index].y())
        self._show_state(index)

    # ----- zoom ---------------------------------------------------------------------------

    def _fit_zoom(self) -> float:
        if not self._images:
            return 1.0
        margins = self._layout.contentsMargins()
        room = self._scroll.viewport().width() - margins.left() - margins.right() - 24
        return max(ZOOM_STEPS[0], room / max(1, self._images[0].width()))

    def set_fit_width(self, on: bool) -> None:
        self.fit_width = on
        self.fit_button.setChecked(on)
        self._apply_zoom()

    def set_zoom(self, zoom: float) -> None:
        self.fit_width = False
        self.fit_button.setChecked(False)
        self.zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        self._apply_zoom()

    def zoom_in(self) -> None:
        now = self._fit_zoom() if self.fit_width else self.zoom
        self.set_zoom(next((z for z in ZOOM_STEPS if z > now + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self._fit_zoom() if self.fit_width else self.zoom
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < now - 0.01), ZOOM_STEPS[0]))

    def _apply_zoom(self) -> None:
        page = self.current_page()
        if self.fit_width:
            self.zoom = self._fit_zoom()
        # Sharp on a high-density screen (or at 200% scaling): as many pixels as it shows.
        ratio = self._scroll.devicePixelRatioF()
        for image, label in zip(self._images, self.labels, strict=True):
            width = max(1, round(image.width() * self.zoom * ratio))
            pixmap = QPixmap.fromImage(image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation
            )
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
        self._show_state(page)

    def _show_state(self, page: int | None = None) -> None:
        total = len(self.labels)
        index = self.current_page() if page is None else page
        self.page_label.setText(
            self.tr("Page {page} of {total}").format(page=index + 1, total=total) if total else ""
        )
        self.zoom_label.setText(f"{round(self.zoom * 100)}%")
        self.previous_button.setEnabled(total > 0 and index > 0)
        self.next_button.setEnabled(total > 0 and index < total - 1)
        self.zoom_in_button.setEnabled(total > 0 and self.zoom < ZOOM_STEPS[-1] - 0.01)
        self.zoom_out_button.setEnabled(total > 0 and self.zoom > ZOOM_STEPS[0] + 0.01)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.fit_width:
            self._refit.start()
        return False
