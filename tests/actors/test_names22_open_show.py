"""``actors show`` of an actor outside the knowledge base (names22).

An analyst who reads an unknown group in ``actors suggest`` must be able to look at it: its
id, the mentions the documents used for it, how extraction found it, and the sentences. Invented
names; an id no stored event carries stays an error (RW401), and a known actor is shown as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from riftwatch.actors import api
from riftwatch.errors import RiftwatchError
from riftwatch.store import Store, open_store


@pytest.fixture
def coded(tmp_path: Path) -> Iterator[Store]:
    from riftwatch.coding import code_stored
    from riftwatch.store.tables import Document, SentenceRow, utcnow

    store = open_store(str(tmp_path / "riftwatch.db"))
    texts = [
        ("2003-06-02", "ZPLA and the Zorblan Liberation Front fought side by side near Kestrel."),
        ("2003-07-09", "ZPLA and the Zorblan Liberation Front clashed near Umbra in July."),
        ("2003-07-20", "The army denied that ZPLA had attacked the Zorblan Liberation Front."),
    ]
    with store.new_session() as session, session.begin():
        for i, (published, text) in enumerate(texts):
            doc = Document(
                content_hash=f"n22{i:059d}", text=text, published=published,
                char_count=len(text), language="en", source_type="news", reliability="B",
                credibility=2, grade_origin={}, meta={}, status="ready", created_at=utcnow(),
            )  # fmt: skip
            session.add(doc)
            session.flush()
            session.add(SentenceRow(document_id=doc.id, idx=0, start=0, end=len(text), text=text))
    code_stored(store)
    yield store
    store.close()


def test_open_actor_is_shown_with_its_mentions_and_sentences(coded: Store) -> None:
    shown = api.show_open_actor("open:zpla", db=coded)
    assert shown["id"] == "open:zpla" and shown["open"] is True and shown["name"] == "ZPLA"
    assert shown["documents"] >= 2 and shown["events"] >= 2
    assert shown["mentions"][0]["mention"] == "ZPLA"
    assert any("joined to the group" in w["how"] for w in shown["found_by"])
    assert any("ZPLA and the Zorblan" in e["sentence"] for e in shown["examples"])


def test_open_actor_is_found_by_its_name_too(coded: Store) -> None:
    assert api.show_open_actor("Zorblan Liberation Front", db=coded)["id"] == (
        "open:zorblan-liberation-front"
    )


def test_unknown_id_stays_an_error(coded: Store) -> None:
    with pytest.raises(RiftwatchError) as err:
        api.show_open_actor("open:kestrel-dawn", db=coded)
    assert err.value.code == "RW401"
    with pytest.raises(RiftwatchError):
        api.show_open_actor("open:zpla", db=None)  # no store: nothing to show


def test_known_actor_is_shown_from_the_knowledge_base(coded: Store) -> None:
    shown = api.show_actor("org:ttp", db=coded)
    assert shown["id"] == "org:ttp" and "open" not in shown


def test_cli_actors_show_prints_the_open_actor(coded: Store, tmp_path: Path) -> None:
    import json

    from clirun import riftwatch

    db = str(tmp_path / "riftwatch.db")
    done = riftwatch("actors", "show", "open:zpla", "--db", db, "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["id"] == "open:zpla" and data["mentions"][0]["mention"] == "ZPLA"
    table = riftwatch("actors", "show", "ZPLA", "--db", db, columns=160)
    assert table.returncode == 0 and "not in the knowledge base" in table.stdout
    missing = riftwatch("actors", "show", "open:kestrel-dawn", "--db", db)
    assert missing.returncode == 2 and "RW401" in (missing.stderr + missing.stdout)
