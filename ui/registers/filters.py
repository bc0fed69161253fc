"""The choices the registers' windows filter by: a register, a clinician."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from careplan.clinical_codes import REGISTERS, register_label
from careplan.records import StaffRecord


def register_box(everyone: str, changed: Callable[[], None], parent: QWidget) -> QComboBox:
    """Every register (``everyone`` first, for no register), in name order."""
    box = QComboBox(parent)
    box.setAccessibleName(QCoreApplication.translate("RegisterFilters", "Register"))
    box.addItem(everyone, None)
    for register in sorted(REGISTERS, key=register_label):
        box.addItem(f"{register_label(register)} ({register.code})", register.key)
    box.currentIndexChanged.connect(lambda _i: changed())
    return box


def clinician_box(changed: Callable[[], None], parent: QWidget) -> QComboBox:
    """Every clinician, then each (filled by :func:`fill_clinicians` once staff are read)."""
    box = QComboBox(parent)
    box.setAccessibleName(QCoreApplication.translate("RegisterFilters", "Clinician"))
    box.addItem(QCoreApplication.translate("RegisterFilters", "Every clinician"), None)
    box.currentIndexChanged.connect(lambda _i: changed())
    return box


def fill_clinicians(box: QComboBox, staff: Iterable[StaffRecord]) -> None:
    """The clinicians and nurses, the first time staff are read."""
    if box.count() != 1:
        return
    box.blockSignals(True)
    for member in staff:
        if member.role in ("clinician", "nurse"):
            box.addItem(member.full_name, member.id)
    box.blockSignals(False)
