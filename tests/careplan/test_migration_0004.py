"""0003 -> head on a database with real data: goal histories linked up, one draft each,
positions numbered again so they cannot collide (both backends)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from tests.conftest import BACKENDS
from tests.support.migrating import at_revision, upgraded

NOW = dt.datetime(2025, 1, 1, 9)


def _fill(conn: object) -> None:
    run = conn.execute  # type: ignore[attr-defined]
    run(
        text(
            "INSERT INTO patient (id, given_name, family_name, date_of_birth, name_key, "
            "family_key, large_print, easy_read, created_at, updated_at, version) VALUES "
            "(1, 'Zoë', 'Wiśniewska', '1950-02-03', 'zoe wisniewska', 'wisniewska', "
            "false, false, :now, :now, 1)"
        ),
        {"now": NOW},
    )
    for cid, status, agreed, started in (
        (1, "agreed", dt.datetime(2024, 1, 5), dt.datetime(2024, 1, 5)),
        (2, "agreed", dt.datetime(2024, 7, 5), dt.datetime(2024, 7, 5)),
        (3, "draft", None, dt.datetime(2024, 12, 1)),
        (4, "draft", None, dt.datetime(2024, 12, 2)),
    ):
        run(
            text(
                "INSERT INTO consultation (id, patient_id, status, consultation_date, revision, "
                "started_at, updated_at, agreed_at, version) VALUES "
                "(:id, 1, :status, '2024-01-05', 1, :started, :now, :agreed, 1)"
            ),
            {"id": cid, "status": status, "now": NOW, "agreed": agreed, "started": started},
        )
    # The same goals typed again at the second visit (lineage lost), one new one, and two
    # goals sharing a position; the actions of the first two walking goals.
    actions = {
        10: ((100, "Walk to the corner", 0), (101, "Ask about a stick", 0)),
        20: ((200, "Walk to the corner", 0), (201, "Join a walking group", 1)),
    }
    for gid, cid, words, position in (
        (10, 1, "Walk to the park", 0),
        (11, 1, "Sleep better", 0),
        (20, 2, "walk to the  PARK", 0),
        (21, 2, "Sleep better", 1),
        (22, 2, "Cook again", 2),
        (30, 4, "Walk to the park", 0),
    ):
        run(
            text(
                "INSERT INTO goal (id, consultation_id, text, expressed_by, status, position, "
                "created_at, updated_at, version) VALUES "
                "(:id, :cid, :words, 'patient', 'active', :position, :now, :now, 1)"
            ),
            {"id": gid, "cid": cid, "words": words, "position": position, "now": NOW},
        )
        for aid, what, place in actions.get(gid, ()):
            run(
                text(
                    "INSERT INTO action (id, goal_id, what, who, position, created_at) VALUES "
                    "(:id, :gid, :what, 'person', :position, :now)"
                ),
                {"id": aid, "gid": gid, "what": what, "position": place, "now": NOW},
            )
    run(
        text(
            "INSERT INTO review (consultation_id, reviewed_on, mode, created_at, updated_at, "
            "version) VALUES (1, '2024-04-01', 'phone', :now, :now, 1)"
        ),
        {"now": NOW},
    )
    run(
        text(
            "INSERT INTO goal_review (review_id, goal_id, attainment, status_after) "
            "SELECT id, 10, -1, 'active' FROM review"
        )
    )


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_upgrading_links_goal_histories_and_leaves_one_draft(fresh_url: str) -> None:
    with at_revision(fresh_url, "0003") as conn:
        _fill(conn)

    with upgraded(fresh_url) as services:
        with services.context.session_factory() as session:
            read = session.execute
            goals = dict(read(text("SELECT id, carried_from_id FROM goal")).tuples().all())
            actions = dict(read(text("SELECT id, carried_from_id FROM action")).tuples().all())
            statuses = dict(read(text("SELECT id, status FROM consultation")).tuples().all())
            positions = read(
                text("SELECT id, position FROM goal WHERE consultation_id = 1 ORDER BY id")
            ).all()
        # Matched by their words (case and spaces aside) with the previous agreed plan.
        assert goals == {10: None, 11: None, 20: 10, 21: 11, 22: None, 30: 20}
        assert actions == {100: None, 101: None, 200: 100, 201: None}
        assert statuses == {1: "agreed", 2: "agreed", 3: "discarded", 4: "draft"}
        assert [p for _id, p in positions] == [0, 1]

        (walk, *_rest) = [
            h for h in services.history.goal_history(1) if h.text == "walk to the  PARK"
        ]
        # The chart now starts at the first visit's review.
        assert walk.goal_ids == (10, 20) and [p.attainment for p in walk.reviews] == [-1]
        assert services.consultations.current_draft(1).id == 4  # type: ignore[union-attr]
