"""How a user names a pair (names39): ``riftwatch dyad`` finds the actor the documents wrote
a name for, compared without a leading article, on invented documents and names.

A document that defines "the Zorblan Congregation for Reform (Islah)" and later writes
"Islah" gives the group one actor; a user asking for "Al-Islah" means it. A name the
documents wrote for two actors is no answer, and a name no document wrote is left to the
other readings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riftwatch import api
from riftwatch.errors import RiftwatchError

DOCS = [
    ("k1", "2015-07", "In July 2015 fighters of the Kestrel Southern Council (KSC) fought "
                      "alongside militias of the Zorblan Congregation for Reform (Islah) near "
                      "the port of Umbra."),
    ("k2", "2019-08", "In August 2019 KSC fighters attacked Islah near the port of Umbra."),
]  # fmt: skip


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("names39") / "docs.jsonl"
    rows = [{"id": i, "date": d, "text": t} for i, d, t in DOCS]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_a_name_the_documents_wrote_finds_its_actor_without_its_article(path: Path) -> None:
    timeline = api.dyad(path, "Al-Islah", "Kestrel Southern Council")
    ids = {x["id"] for x in timeline["actors"]}
    assert ids == {"open:zorblan-congregation-for-reform", "open:kestrel-southern-council"}, ids
    assert timeline["months"]


def test_a_name_no_document_wrote_is_not_matched_to_another_actor(path: Path) -> None:
    with pytest.raises(RiftwatchError):
        api.dyad(path, "Al-Zorbi", "Kestrel Southern Council")
