"""The event page over real HTTP on SQLite and PostgreSQL shows the analyst's verdict beside
the event as coded (stop 45: a corrected target was nowhere on the page, so the page said
"Islamic State" where every later stage used the analyst's correction), its history, and the
analyst's note escaped."""

from __future__ import annotations

from tests.web.conftest import Served

from riftwatch import api

NOTE = "the speaker means <b>the other</b> group <script>alert(1)</script>"


def test_the_event_page_shows_the_current_verdict_and_its_history(served: Served) -> None:
    events = api.list_events(served.db, limit=50)
    first, second = events[0]["id"], events[1]["id"]
    api.judge_event(served.db, first, "accept", analyst="ana")
    api.judge_event(served.db, first, "correct", analyst="bo", note=NOTE,
                    changes=["target=Haqqani network", "modality=uncertain"])  # fmt: skip
    with served.client() as client:
        page = client.get(f"/events/{first}")
        plain = client.get(f"/events/{second}")
    assert page.status_code == 200 and plain.status_code == 200
    html = page.text
    assert "Analyst&#39;s verdict" in html or "Analyst's verdict" in html
    assert "<strong>correct</strong> by bo" in html
    assert "Haqqani" in html and "uncertain" in html
    assert "<script>alert(1)</script>" not in html and "<b>the other</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    history = html.split("Judgement history", 1)[1]
    assert history.index("accept") < history.index("correct")
    assert "(current)" in history
    assert "Judgement history" not in plain.text and "verdict" not in plain.text.lower()
