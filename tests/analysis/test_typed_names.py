"""A name an analyst types to choose a relationship ("Haqqani") opens it.

In running text a bare "Haqqani" stays unresolved (the network, or one of the leaders who
bear the name). Typed into ``dyad`` or ``ach --pair`` it names a relationship, and since
every candidate stands for the Haqqani network, the network is meant.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riftwatch import api
from riftwatch.errors import AnalysisError

DOCS = [
    ("h1", "2008-03", "The Haqqani network sheltered Al Qaeda fighters in North Waziristan."),
    ("h2", "2009-06", "The Haqqani network trained Al Qaeda recruits near Miranshah."),
    ("h3", "2010-02", "Al Qaeda provided money to the Haqqani network, officials said."),
]


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("typed") / "docs.jsonl"
    rows = [{"id": i, "date": d, "text": t} for i, d, t in DOCS]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_dyad_takes_a_bare_surname_that_only_one_group_answers_to(path: Path) -> None:
    timeline = api.dyad(path, "Al Qaeda", "Haqqani")
    assert {a["id"] for a in timeline["actors"]} == {"org:al-qaeda", "org:haqqani-network"}
    assert timeline["months"]


def test_ach_pair_takes_the_same_name_as_the_group(path: Path) -> None:
    matrix = api.ach_matrix(path, pair=("Al Qaeda", "Haqqani"))
    assert {p["id"] for p in matrix["pair"]} == {"org:al-qaeda", "org:haqqani-network"}
    assert matrix["evidence"]


def test_a_name_no_actor_answers_to_is_still_refused(path: Path) -> None:
    with pytest.raises(AnalysisError, match="RW500"):
        api.dyad(path, "Al Qaeda", "Lionel Messi")
