"""Printed documents: the take-home plan (standard and large print) and the
preparing-for-your-appointment sheet, as PDF, with ReportLab.

Inputs in, PDF bytes out: nothing here reads settings or the environment.
Fonts come from ``resources/fonts`` and are embedded, so every script prints
as characters. Saving goes through :func:`careplan.atomic.write_atomically`.
"""

from ..atomic import FileWriteError, write_atomically
from .common import PrintedDocument
from .documents import (
    NoPlanError,
    latest_plan_document,
    plan_document,
    preparation_document,
    record_printed,
)
from .plan import render_plan
from .preparation import render_preparation_sheet

__all__ = [
    "FileWriteError",
    "NoPlanError",
    "PrintedDocument",
    "latest_plan_document",
    "plan_document",
    "preparation_document",
    "record_printed",
    "render_plan",
    "render_preparation_sheet",
    "write_atomically",
]
