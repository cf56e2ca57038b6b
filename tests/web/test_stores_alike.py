"""An analyst's walk on SQLite and on PostgreSQL gives the same answers (issue 12).

The same files are ingested and coded into a SQLite store and into a PostgreSQL store
whose text collation is English (ICU, as on most real servers), the same judgements,
grades, follows and watched folder are made on each, two ``watch`` rounds run, an alert
is acknowledged; then the briefing (``riftwatch report``), the watch's outputs and the
workbench's dashboard, ``/api/status`` counts and wedges (over real HTTP) are compared.
Only what legitimately differs is left out: the store's URL, the times things were
done, the folder each store spools feed entries to, and each server's CSRF token.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.web.conftest import start_server

from riftwatch import api

pytestmark = pytest.mark.postgres

# invented reports; every one dated in its text, so that no date comes from a file's time
FILES = {
    "kabul.txt": (
        "Kabul, 4 February 2013. The Haqqani network sheltered Al Qaeda fighters in North "
        "Waziristan, officials said. The Pakistani army attacked the Haqqani network near "
        "Miranshah in March 2013.\n\nIn May 2014, Al Qaeda pledged allegiance to the Afghan "
        "Taliban. The Afghan Taliban met with Tehrik-i-Taliban Pakistan in Quetta in May 2014.\n"
    ),
    "note.md": (
        "# Field note, 2 July 2015\n\nIn June 2015, Tehrik-i-Taliban Pakistan accused the Afghan "
        "Taliban of betrayal. The Afghan Taliban did not attack Tehrik-i-Taliban Pakistan in "
        "June 2015.\n\nIn September 2016, Tehrik-i-Taliban Pakistan clashed with the Afghan "
        "Taliban near Khost. Ḥizb al-Islām condemned al-Shabaab in August 2016.\n"
    ),
    "wire.jsonl": "".join(
        json.dumps(record) + "\n"
        for record in (
            {
                "id": "w1",
                "title": "Clash",
                "source": "ärzte Courier",
                "date": "2018-07-01",
                "text": "Tehrik-i-Taliban Pakistan attacked the Afghan Taliban in Kunar on 1 July "
                "2018. The Afghan Taliban threatened Tehrik-i-Taliban Pakistan.",
            },
            {
                "id": "w2",
                "title": "Rift",
                "source": "Zeta Wire",
                "date": "2019-02-01",
                "text": "In February 2019, the Afghan Taliban refused to shelter members of "
                "Tehrik-i-Taliban Pakistan. Tehrik-i-Taliban Pakistan condemned the "
                "Afghan Taliban. Al Qaeda trained recruits of the Afghan Taliban.",
            },
            {
                "id": "w3",
                "title": "apex",
                "source": "alpha news",
                "date": "2019-05-01",
                "text": "In May 2019, the Haqqani network provided weapons to the Afghan "
                "Taliban. Lashkar-e-Taiba threatened the Pakistani army.",
            },
        )
    ),  # fmt: skip
}
WATCHED_FIRST = (
    "Peshawar, 3 March 2020. Tehrik-i-Taliban Pakistan clashed with the Afghan Taliban near "
    "Torkham. The Afghan Taliban accused Tehrik-i-Taliban Pakistan of attacking its posts.\n"
)
WATCHED_LATER = (
    "Quetta, 9 August 2020. Tehrik-i-Taliban Pakistan attacked the Afghan Taliban in Chaman. "
    "The Haqqani network agreed to cooperate with Al Qaeda in August 2020.\n"
)
PAIR = ("Afghan Taliban", "Tehrik-i-Taliban Pakistan")

# what is compared on the workbench: the dashboard (its counts, alerts, changed pairs),
# the status counts, the wedges page and its API, a relationship page and the watch's API
ROUTES = [
    "/api/status",
    "/api/dashboard",
    "/api/dashboard?window=24&limit=3&offset=1",
    "/",
    "/api/wedges?target=Al+Qaeda&within=Taliban",
    "/api/wedges?target=Tehrik-i-Taliban+Pakistan&within=Taliban",
    "/wedges?target=Al+Qaeda&within=Taliban",
    "/relationships/org:afghan-taliban/org:ttp",
    "/api/alerts",
    "/api/watchlists",
    "/api/watch/sources",
    "/api/sources",
]

_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?")


def _plain(text: str, db: str, spool: Path) -> str:
    """``text`` with what legitimately differs between the two walks left out."""
    text = text.replace(db, "STORE")
    text = re.sub(r"(sqlite:///|postgresql(\+psycopg)?://)[^\"<\s]*", "STORE", text)
    text = text.replace(str(spool), "SPOOL")
    text = re.sub(r'name="csrf_token" value="[^"]*"', 'name="csrf_token"', text)
    return _TIME.sub("TIME", text)


def _walk(db: str, corpus: Path, inbox: Path, spool: Path) -> dict[str, str]:
    """The analyst's walk on ``db``; every output by name, as text."""
    out: dict[str, Any] = {}
    # the analysts follow before the reporting arrives: a follow's first watch round records
    # the pairs' state (nothing stored yet), so the break the corpus then tells raises an
    # alert (a pair already broken when first followed raises none; tests/watch)
    out["follow_pair"] = api.follow(*PAIR, db=db, analyst="ana", threshold=0.5)
    out["follow_actor"] = api.follow("Al Qaeda", db=db, analyst="bo", threshold=0.5)
    spool.mkdir(parents=True, exist_ok=True)
    out["round0"] = api.watch_once(db, spool_dir=spool)
    api.ingest([corpus], db=db)
    api.extract_stored(db)
    api.grade_source(db, "Zeta Wire", source_type="news", reliability="B", credibility=2,
                     analyst="bo")  # fmt: skip
    events = api.list_events(db, pair=list(PAIR), limit=100)
    assert len(events) >= 6
    hostile = [e["id"] for e in events if e["event_type"] == "ASSAULT"]
    api.judge_event(db, hostile[0], "reject", analyst="ana", note="one source only")
    api.judge_event(db, events[0]["id"], "correct", analyst="ana", changes=["date=2014-05"])
    api.judge_event(db, hostile[-1], "accept", analyst="bo")
    api.override_credibility(db, hostile[-1], 2, analyst="bo", reason="a second report")
    shutil.rmtree(inbox, ignore_errors=True)
    inbox.mkdir(parents=True)
    (inbox / "first.txt").write_text(WATCHED_FIRST, encoding="utf-8")
    out["folder"] = api.add_watch_source("folder", inbox, db=db, source_type="news")
    out["round1"] = api.watch_once(db, spool_dir=spool)
    (inbox / "later.txt").write_text(WATCHED_LATER, encoding="utf-8")
    out["round2"] = api.watch_once(db, spool_dir=spool)
    raised = api.alerts(db)
    assert raised, "the walk raises an alert"
    out["ack"] = api.acknowledge_alert(raised[-1]["id"], db=db, analyst="ana")
    out["alerts"] = api.alerts(db)
    out["watchlists"] = api.watchlists(db)
    out["status"] = api.status(db)
    out["briefing"] = api.report(db, store_questions=False)
    out["briefing_pair"] = api.report(db, pairs=["/".join(PAIR)], as_of="2019-12",
                                      store_questions=False)  # fmt: skip
    running = start_server(db)
    try:
        with running.client() as client:
            deadline = time.monotonic() + 120
            while True:  # the dashboard's field summary ready and fresh, as analysts see it
                board = client.get("/api/dashboard").raise_for_status().json()
                if board["ready"] and board["fresh"]:
                    break
                assert time.monotonic() < deadline, "the dashboard was not ready in time"
                time.sleep(0.2)
            for route in ROUTES:
                out[route] = client.get(route).raise_for_status().text
    finally:
        running.stop()
    return {
        name: _plain(value if isinstance(value, str) else json.dumps(value, indent=1,
                     default=str), db, spool)
        for name, value in out.items()
    }  # fmt: skip


@pytest.fixture(scope="module")
def walks(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """The walk's outputs on each store."""
    folder = tmp_path_factory.mktemp("alike")
    corpus = folder / "corpus"
    corpus.mkdir()
    for name, text in FILES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    stores = {
        "sqlite": str(folder / "rw.db"),
        "postgresql": pg_server.new_language_collated_database(),
    }
    try:
        yield {
            name: _walk(db, corpus, folder / "inbox", folder / f"spool-{name}")
            for name, db in stores.items()
        }
    finally:
        pg_server.drop_database(stores["postgresql"])


def _same(walks: dict, name: str) -> str:
    on_sqlite, on_postgres = walks["sqlite"][name], walks["postgresql"][name]
    assert on_sqlite == on_postgres, name
    return on_sqlite


@pytest.mark.parametrize("name", ["briefing", "briefing_pair"])
def test_the_briefing_is_the_same(walks: dict, name: str) -> None:
    page = _same(walks, name)
    assert "Tehrik-i-Taliban Pakistan" in page and "<script" not in page


@pytest.mark.parametrize(
    "name", ["follow_pair", "follow_actor", "folder", "round1", "round2", "ack", "alerts",
             "watchlists"],
)  # fmt: skip
def test_watching_is_the_same(walks: dict, name: str) -> None:
    _same(walks, name)


def test_the_watch_raised_an_alert_for_the_pair(walks: dict) -> None:
    alerts = json.loads(_same(walks, "alerts"))
    assert ["org:afghan-taliban", "org:ttp"] in [a["pair"] for a in alerts]
    assert json.loads(_same(walks, "ack"))["acknowledged_by"] == "ana"


def test_the_status_counts_are_the_same(walks: dict) -> None:
    status = json.loads(_same(walks, "status"))
    served = json.loads(_same(walks, "/api/status"))
    assert served["events"] == status["events"] > 10
    assert served["documents"] == status["documents"] == 7  # 2 files, 3 records, 2 watched


@pytest.mark.parametrize("route", ROUTES)
def test_the_workbench_answers_alike(walks: dict, route: str) -> None:
    _same(walks, route)


def test_the_dashboard_shows_the_rift_and_the_wedges_rank_factions(walks: dict) -> None:
    board = json.loads(_same(walks, "/api/dashboard"))
    assert board["alerts"]["total"] >= 1
    wedges = json.loads(_same(walks, "/api/wedges?target=Al+Qaeda&within=Taliban"))
    assert wedges["total"] >= 1 and wedges["claims_read"] > 0
