"""Showing the new database's recovery key once, so it can be written down or printed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import left_row, push_button


class RecoveryKeyDialog(QDialog):
    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setWindowTitle(self.tr("Recovery key — shown only once"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        intro = QLabel(
            self.tr(
                "The practice's database is encrypted. Its key is kept in this computer's "
                "keyring. If the database is ever moved to another computer, it can only be "
                "opened with this recovery key. It is shown only this once: print it or write "
                "it down, and keep it locked away like a master key."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery_key, self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(self.font().pointSizeF() * 1.4, 14.0))
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.key_label)

        copy = push_button(self.tr("&Copy"), self, self.copy)
        print_button = push_button(self.tr("&Print…"), self, self.print_key)
        layout.addLayout(left_row(copy, print_button))

        self.confirmed = QCheckBox(self.tr("I have printed or written down the recovery key"), self)
        layout.addWidget(self.confirmed)
        self.done_button = QPushButton(self.tr("Continue"), self)
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.accept)
        self.confirmed.toggled.connect(self.done_button.setEnabled)
        layout.addWidget(self.done_button)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)

    def document(self) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setPlainText(
            self.tr(
                "Care planning — database recovery key\n\n{key}\n\nKeep this locked away. It "
                "opens the practice's database on another computer:\n"
                "careplan-admin recovery-key --database <database>"
            ).format(key=self.recovery_key)
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(14)
        doc.setDefaultFont(font)
        return doc

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)

    def reject(self) -> None:
        # Closing without confirming would lose the only showing of the key.
        if self.confirmed.isChecked():
            super().reject()
