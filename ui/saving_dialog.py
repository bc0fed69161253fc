"""A dialog whose Save runs one core operation on the job runner: Save is disabled while it
runs, the dialog closes once the record is stored, and a refusal is shown by the form
(a conflict with another computer, a field the core refused, or any other problem)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from careplan.errors import ConflictError, ValidationError
from ui import formatting
from ui.jobs import JobRunner


class SavingDialog(QDialog):
    saved = Signal(object)  # what the core stored
    save_button: QPushButton  # made by the dialog as it builds its form

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._saving = False

    @property
    def saving(self) -> bool:
        return self._saving

    def store(self, work: Callable[[], object]) -> None:
        """Run ``work`` (the core's operation) on the job runner."""
        self._set_saving(True)
        self._jobs.submit(work, self._on_saved, self._on_error, owner=self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)

    def _on_saved(self, result: object) -> None:
        self._set_saving(False)
        self.stored(result)
        self.saved.emit(result)
        self.accept()

    def _on_error(self, error: Exception) -> None:
        self._set_saving(False)
        if isinstance(error, ConflictError):
            self.show_conflict(error)
        elif isinstance(error, ValidationError):
            self.show_invalid(error)
        else:
            self.show_problem(formatting.error_message(error))

    # ----- what each dialog does with the answer ------------------------------------------

    def stored(self, result: object) -> None:
        """The record is stored (before ``saved`` and closing)."""

    def show_conflict(self, error: ConflictError) -> None:
        self.show_problem(error.message)

    def show_invalid(self, error: ValidationError) -> None:
        self.show_problem(error.message)

    def show_problem(self, message: str) -> None:
        raise NotImplementedError
