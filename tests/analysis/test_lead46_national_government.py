"""A national government the knowledge base knows only as its country's government body
(the country dictionary's "Government of Sri Lanka", no dated ``governs``) counts for its
country (hierarchy-3; since hierarchy-4 it is one lineage with the country, as every national
body is): the ceasefire "the government" signed and the fighting "the army" resumed are one
relationship of the state, so the break is seen on the country's pair."""

from __future__ import annotations

import json
from pathlib import Path

from riftwatch import api
from riftwatch.analysis.hierarchy import KBHierarchy


def test_a_national_government_body_counts_for_its_country() -> None:
    h = KBHierarchy()
    assert h.lineage("org:sri-lanka-government") == h.lineage("country:sri-lanka")
    assert h.lineage("country:sri-lanka")[-1] == "country:sri-lanka"
    # one side: neither is a faction of the other; a country has no parent
    assert h.parents("org:sri-lanka-government", "2002-02") == []
    assert h.parents("country:sri-lanka", "2002-02") == []


def test_the_break_told_by_government_and_army_is_one_on_the_country(tmp_path: Path) -> None:
    rows = [
        ("a", "2002-02-22", "The Government of Sri Lanka and the Liberation Tigers of Tamil "
         "Eelam signed a ceasefire agreement in February 2002."),
        ("b", "2003-06-01", "The Government of Sri Lanka and the Liberation Tigers of Tamil "
         "Eelam held peace talks in Oslo."),
        ("c", "2006-08-01", "The Sri Lankan army attacked the Liberation Tigers of Tamil "
         "Eelam in Mavil Aru."),
        ("d", "2006-09-01", "Sri Lankan troops fought the Liberation Tigers of Tamil Eelam in "
         "Trincomalee."),
        ("e", "2007-01-01", "The Sri Lankan air force bombed positions of the Liberation Tigers "
         "of Tamil Eelam."),
        ("f", "2008-01-16", "The Government of Sri Lanka formally withdrew from the ceasefire "
         "with the Liberation Tigers of Tamil Eelam."),
    ]  # fmt: skip
    path = tmp_path / "lka.jsonl"
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}) + "\n"
                            for i, d, t in rows), encoding="utf-8")  # fmt: skip
    found = api.rifts(path)
    pairs = {frozenset(a.get("lineage_id", a["id"]) for a in r["actors"]): r for r in found}
    state = [r for k, r in pairs.items() if "country:sri-lanka" in k]
    assert state, [r["actors"] for r in found]
    assert state[0]["direction"] == "deteriorating"
    # the government's and the army's claims are the state's own, not copies rolled up
    assert len(pairs) == 1
