"""Event marks, snippet pieces and safe links (pure functions; no server)."""

from __future__ import annotations

import random

from riftwatch.web.highlight import event_span, mark_events, safe_url, snippet_pieces


def test_mark_events_matches_a_brute_force_cover() -> None:
    rng = random.Random(7)
    text = "".join(rng.choice("ab c.") for _ in range(300))
    events = []
    for n in range(60):
        start = rng.randrange(0, 290)
        end = rng.randrange(start + 1, 300)
        quote = text[rng.randrange(start, end) : end] if n % 3 else "no such words here"
        events.append({"id": n, "start": start, "end": end, "quote": quote})
    pieces = mark_events(text, events)
    assert "".join(p.text for p in pieces) == text
    spans = {e["id"]: event_span(text, e) for e in events}
    at = 0
    for piece in pieces:
        for offset in range(at, at + len(piece.text)):
            covering = sorted(i for i, (s, t) in spans.items() if s <= offset < t)
            assert piece.events == covering
        at += len(piece.text)
    for left, right in zip(pieces, pieces[1:], strict=False):
        assert left.events != right.events, "neighbours with the same events are merged"


def test_event_span_ignores_offsets_outside_the_text() -> None:
    assert event_span("short", {"start": 2, "end": 99, "quote": "x"}) is None
    assert event_span("short", {"start": None, "end": 3}) is None
    assert mark_events("short", [{"id": 1, "start": 4, "end": 2, "quote": ""}])[0].events == []


def test_snippet_pieces_keep_brackets_of_the_text() -> None:
    snippet = "said [x] and [shelter] ok"
    pieces = snippet_pieces(snippet, [[14, 21]])
    assert [(p.text, p.marked) for p in pieces] == [
        ("said [x] and ", False), ("shelter", True), (" ok", False)
    ]  # fmt: skip


def test_safe_url_only_http() -> None:
    for bad in ["javascript:alert(1)", "data:text/html,<b>", "vbscript:x", "http:/x",
                'https://a.example/"><script>', "ftp://a.example/", "  "]:  # fmt: skip
        assert safe_url(bad) is None, bad
    assert safe_url("HTTP://A.example/x") == "HTTP://A.example/x"
