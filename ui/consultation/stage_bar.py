"""The consultation's stage bar: Prepare → Agenda → What matters & goals → Action plan → Agree.

One button a stage, the pair moves along freely. The bar is never scrolled out of
view: it wraps onto more rows when the window is narrow, and its buttons lose their
extra height when the window is short (a 1366×768 screen at large text), so that the
stage below keeps room to work in.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QWidget

from careplan.records import ConsultationRecord
from ui.consultation.widgets import TextScale, checkable_buttons
from ui.flow_layout import FlowLayout

# A window shorter than this many lines of the bar's text is "short": plain-height buttons
# with short names.
ROOMY_LINES = 24
ROOMY_HEIGHT = 1.5  # the buttons' height, in their plain height, when there is room


class StageBar(QWidget):
    chosen = Signal(int)

    def __init__(self, text_scale: TextScale, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stage-bar")
        self.setAccessibleName(self.tr("Stages of the consultation"))
        row = FlowLayout(self, spacing=6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._roomy = True
        self._counts = [""] * 5
        self.buttons = checkable_buttons(self, self._titles(), self.group, row)
        for button in self.buttons:
            button.setAccessibleName(button.text().replace("&&", "and").replace("&", ""))
            text_scale.register(button, 1.1, bold=True)
        self.group.idClicked.connect(self.chosen)
        self.setStyleSheet(
            "QPushButton:checked { background: #1d4f91; color: #ffffff; border-radius: 4px; }"
        )
        text_scale.follow(self)
        text_scale.changed.connect(lambda _scale: self._text_size_changed())
        self._size_buttons()

    def _titles(self) -> list[str]:
        if not self._roomy:  # short names on a short window: two rows, not three
            return [
                self.tr("&1  Prepare"),
                self.tr("&2  Agenda"),
                self.tr("&3  Goals"),
                self.tr("&4  Actions"),
                self.tr("&5  Agree"),
            ]
        return [
            self.tr("&1  Prepare"),
            self.tr("&2  Agenda"),
            self.tr("&3  What matters && goals"),
            self.tr("&4  Action plan"),
            self.tr("&5  Agree"),
        ]

    def titles(self) -> list[str]:
        """Each stage's name without its number (for Back and Next)."""
        return [b.accessibleName().split(maxsplit=1)[-1] for b in self.buttons]

    def select(self, stage: int) -> None:
        self.buttons[stage].setChecked(True)

    def show_counts(self, plan: ConsultationRecord) -> None:
        """How much each stage holds so far: topics, goals, actions; a tick once agreed."""
        actions = sum(len(g.actions) for g in plan.goals)
        counts = [
            "",
            f" ({len(plan.agenda)})" if plan.agenda else "",
            f" ({len(plan.goals)})" if plan.goals else "",
            f" ({actions})" if actions else "",
            " ✓" if not plan.is_draft else "",
        ]
        self._counts = counts
        self._show_titles()

    def _show_titles(self) -> None:
        for button, title, count in zip(self.buttons, self._titles(), self._counts, strict=True):
            button.setText(title + count)

    def fit_window(self) -> None:
        """Tall buttons while the window has room for them, plain ones when it is short."""
        lines = self.window().height() / max(1, self.buttons[0].fontMetrics().height())
        roomy = lines >= ROOMY_LINES
        if roomy != self._roomy:
            self._roomy = roomy
            self._show_titles()
            self._size_buttons()

    def _text_size_changed(self) -> None:
        self._size_buttons()
        self.fit_window()

    def _size_buttons(self) -> None:
        for button in self.buttons:
            button.setMinimumHeight(0)
            plain = button.sizeHint().height()
            button.setMinimumHeight(int(plain * (ROOMY_HEIGHT if self._roomy else 1.0)))
        self.updateGeometry()
