"""What an import of the practice's patient list reports: how many people were added,
updated or left as they were, and every refused row with its line number and reasons."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import CarePlanError
from ..i18n import _


@dataclass(frozen=True)
class RefusedRow:
    line: int
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True)
class ImportSummary:
    rows: int
    created: int
    updated: int
    unchanged: int
    conditions_added: int
    results_added: int
    refused: tuple[RefusedRow, ...]
    seconds: float

    def lines(self) -> list[str]:
        """The summary in words, one line each, refused rows last."""
        out = [
            _(
                "{rows:,} rows read: {created:,} people added, {updated:,} updated, "
                "{unchanged:,} unchanged; {conditions_added:,} conditions and "
                "{results_added:,} results added ({seconds:.1f} s)."
            ).format(**vars(self))
        ]
        if self.refused:
            out[0] = _(
                "Nothing was imported: {n:,} of {rows:,} rows were refused. Correct them "
                "and import the file again."
            ).format(n=len(self.refused), rows=self.rows)
            out += [
                _("Line {line}: {reason}").format(line=r.line, reason=r.reason)
                for r in self.refused
            ]
        return out


class ImportRefusedError(CarePlanError):
    """At least one row was refused; nothing was stored. ``summary`` lists every one."""

    def __init__(self, summary: ImportSummary) -> None:
        super().__init__(summary.lines()[0])
        self.summary = summary
