"""replay32: a table's name of a body the knowledge base lacks resolves to the printed open id.

A research table names groups the knowledge base does not hold ("... League", "... Division",
"... Current", "... Dal", "... Peramuna", "... partisans"), sometimes with a qualifier in
brackets ("Zorblan Front (Umbria)"). ``riftwatch rifts`` prints such a group by the open id
the texts gave it; ``actors resolve NAME`` now gives the same id (group_words.yaml
``body_name_words``; a bracketed qualifier is no part of the name), so a reader matching the
rifts JSON by ``actors resolve`` finds the pair. A body word alone, a person's name or a lone
unknown word stays unresolved. Invented names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riftwatch import api
from riftwatch.actors.api import resolve_mention
from riftwatch.actors.open import open_id


@pytest.mark.parametrize(
    "name",
    ["Kestrel Combat Division", "Zorblan Renewal Current", "Qarvel People's League",
     "Zorbla Samajik Dal", "Kestrel Vimukthi Peramuna", "Umbrian partisans"],
)  # fmt: skip
def test_a_body_s_name_resolves_to_its_open_id(name: str) -> None:
    out = resolve_mention(name)
    assert out["organization"] is not None, out
    assert out["organization"]["id"] == open_id(name)
    assert out["actor"] is None  # still outside the knowledge base


def test_a_bracketed_qualifier_is_no_part_of_the_name() -> None:
    out = resolve_mention("Zorblan Liberation Front (Umbria)")
    assert out["organization"]["id"] == open_id("Zorblan Liberation Front")


@pytest.mark.parametrize("name", ["Congress", "League", "Lionel Messi", "Qarvel", "the party"])
def test_a_body_word_alone_or_a_person_stays_unresolved(name: str) -> None:
    out = resolve_mention(name)
    assert out["organization"] is None and out["unresolved"] is True, out


def test_the_printed_pair_is_what_resolving_the_table_s_names_gives(tmp_path: Path) -> None:
    rows = [
        ("2011-03", "In March 2011 the Kestrel Combat Division and the Zorbla Samajik Dal "
         "formed a joint command and fought together against the army."),
        ("2012-04", "In April 2012 the Kestrel Combat Division supplied weapons to the Zorbla "
         "Samajik Dal."),
        ("2014-06", "In June 2014 the Kestrel Combat Division attacked the Zorbla Samajik Dal "
         "in its stronghold, and the two groups fought for weeks."),
        ("2014-09", "In September 2014 the Kestrel Combat Division accused the Zorbla Samajik "
         "Dal of betraying the revolution and clashed with its fighters again."),
    ]  # fmt: skip
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{n}", "date": d, "text": t}) + "\n"
                            for n, (d, t) in enumerate(rows)), encoding="utf-8")  # fmt: skip
    found = api.rifts(path, min_probability=0.0)
    wanted = {resolve_mention(n)["organization"]["id"]
              for n in ("Kestrel Combat Division", "Zorbla Samajik Dal (Umbria)")}  # fmt: skip
    assert any({a["id"] for a in r["actors"]} == wanted for r in found), found
