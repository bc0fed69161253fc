"""Small widget helpers shared by the views."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

B = TypeVar("B", bound=QBoxLayout)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font scaled from the application's body text size."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def heading(text: str, factor: float = 1.25, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def buddy_label(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """A label for ``field``: its ``&`` letter takes the focus there."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label


def push_button(text: str, parent: QWidget, clicked: Callable[[], object]) -> QPushButton:
    """A button that calls ``clicked`` when pressed."""
    button = QPushButton(text, parent)
    button.clicked.connect(clicked)
    return button


def left_row(*widgets: QWidget) -> QHBoxLayout:
    """``widgets`` side by side from the left of a row; the rest of the row stays empty."""
    row = side_by_side(None, *widgets)
    row.addStretch(1)
    return row


def read_only_table(
    model: QAbstractItemModel, name: str, parent: QWidget | None = None
) -> QTableView:
    """A table of records: whole rows selected, nothing edited in place."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return view


def size_from_samples(view: QTableView, samples: Mapping[int, str]) -> None:
    """Fixed row heights, and each column of ``samples`` as wide as its sample text or its
    title: from the font, not from measuring every row (that is slow in a long list)."""
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(int(view.fontMetrics().height() * 1.7))
    header = view.horizontalHeader()
    text, bold = view.fontMetrics(), header.fontMetrics()
    padding = 3 * text.averageCharWidth()
    for column, sample in samples.items():
        title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
        width = max(text.horizontalAdvance(sample), bold.horizontalAdvance(title)) + padding
        header.resizeSection(column, width)


def show_message(
    parent: QWidget,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A message box that does not block the event loop (opened, not exec'd)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def fix_minimum_size(window: QWidget) -> None:
    """Set a top-level window's minimum size once, from its contents, before it is shown.

    By default a window's layout keeps changing the window's minimum size as
    its contents change (a message appears, a label wraps), which can make the
    window jump in size under the person's pointer, and which platforms
    without size hints (the offscreen one used in tests) report as a warning.
    Scroll areas and word-wrapping labels take up the slack instead.
    """
    layout = window.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.activate()
    window.setMinimumSize(window.minimumSizeHint())


Part = QWidget | QLayout | tuple[QWidget | QLayout, int]


def column(
    parent: QWidget | None, *parts: Part, margins: tuple[int, int, int, int] | None = None
) -> QVBoxLayout:
    """``parts`` one under another on ``parent`` (``None``: a layout to put in another),
    within ``margins`` (left, top, right, bottom; ``None``: the style's); a part paired with
    a number takes that share of any room to spare."""
    return _laid_out(QVBoxLayout() if parent is None else QVBoxLayout(parent), parts, margins)


def side_by_side(
    parent: QWidget | None, *parts: Part, margins: tuple[int, int, int, int] | None = None
) -> QHBoxLayout:
    """``parts`` side by side from the left, as :func:`column` lays them out."""
    return _laid_out(QHBoxLayout() if parent is None else QHBoxLayout(parent), parts, margins)


def _laid_out(layout: B, parts: tuple[Part, ...], margins: tuple[int, int, int, int] | None) -> B:
    if margins is not None:
        layout.setContentsMargins(*margins)
    for part in parts:
        part, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(part, QLayout):
            layout.addLayout(part, stretch)
        else:
            layout.addWidget(part, stretch)
    return layout
