"""``riftwatch serve`` loads the knowledge base (with the store's judgements), the lexicon and
the dashboard's field (the rift model over the store) before it listens and announces its
address, so the analyst's first page does not wait seconds for them behind the request
(walk62: the first request took about ten seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from riftwatch import api, workbench
from riftwatch.actors import resolve
from riftwatch.nlp import lexicon
from riftwatch.web.app import create_app
from riftwatch.web.serve import warm_up


def test_first_pages_build_nothing_after_the_warm_up(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = tmp_path / "note.txt"
    text.write_text(
        "Field note, 3 May 2021\n\nKestrel fighters ambushed a Zorbat patrol near Ulm.\n",
        encoding="utf-8",
    )
    api.ingest([text], db=db_url)
    api.extract_stored(db_url)
    app = create_app(db_url)
    warm_up(app)
    field, fresh = workbench.FIELDS.get(app.state.store)
    assert field is not None and fresh  # the dashboard's field, computed for this state

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("built while answering a page")

    # what the warm-up loaded is not built again by the first pages
    monkeypatch.setattr(resolve.Resolver, "__init__", refuse)
    monkeypatch.setattr(lexicon, "_read", refuse)
    client = TestClient(app, base_url="http://127.0.0.1")
    (doc,) = client.get("/api/documents").json()["items"]
    for page in ("/", "/actors", f"/documents/{doc['id']}", "/actors/org:ttp"):
        assert client.get(page).status_code == 200, page
    app.state.store.close()
