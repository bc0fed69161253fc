"""The coming-up window reads its list a page at a time as the table scrolls, and counts the
whole list with one aggregate."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from careplan.records import PatientInput
from careplan.services import Services
from ui.context import UiContext
from ui.registers import coming_up
from ui.registers.coming_up import ComingUpWindow


def test_the_coming_up_list_comes_a_page_at_a_time_as_it_scrolls(
    qtbot: QtBot, ctx: UiContext, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(7):
        pid = services.patients.create(
            PatientInput("Pat", f"Lee{chr(97 + n)}", f"1950-01-0{n + 1}")
        ).id
        services.registers.add_condition(pid, "Asthma")
    monkeypatch.setattr(coming_up, "PAGE_SIZE", 3)
    window = ComingUpWindow(ctx, lambda _pid: None)
    qtbot.addWidget(window)
    first: list[object] = []
    counted: list[int] = []
    window.loaded.connect(first.append)
    window.counted.connect(counted.append)
    window.show()
    qtbot.waitUntil(lambda: bool(first and counted), timeout=10_000)
    assert len(first[0]) == 3 and counted == [7]  # type: ignore[arg-type]
    assert window.model.first_page is not None and len(window.model.first_page.entries) == 3
    assert window.summary.text().startswith("7 people coming up within 4 weeks; 7 without")
    listed = [e for e in services.audit.entries() if e.action == "bulk_read"]
    assert [(e.record_type, e.record_id) for e in listed] == [("coming_up", 7)]

    def more() -> bool:  # as the view does when it scrolls near the end
        window.model.fetchMore()
        return window.model.rowCount() == 7

    qtbot.waitUntil(more, timeout=10_000)
    assert not window.model.canFetchMore()
    everyone = services.previsit.coming_up(28)
    assert list(window.model.records) == everyone
    assert [e.full_name for e in everyone] == [f"Pat Lee{chr(97 + n)}" for n in range(7)]
    window.close()
