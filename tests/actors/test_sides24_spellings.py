"""One name spelt several ways, settled by the country the text is about (issue 10, sides24).

A name several groups share ("Ansar al-Zorbiyya" of two invented countries) is also held by
one of them under another spelling, for texts about its country: the resolver weighs every
spelling of the name, so the context picks the group whatever the text's spelling; with no
such context the name stays open. An extension file may give a group the home country the
file that defines it lacks, never replace one it gives.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from riftwatch.actors.kb import load_kb, validate_documents
from riftwatch.actors.resolve import Resolver

_DOC = {
    "kb_version": 1,
    "source": "curated",
    "entities": [
        {"id": "country:zorbland", "name": "Zorbland", "type": "country", "country": "ZZA",
         "demonyms": ["Zorblan"]},
        {"id": "country:kestria", "name": "Kestria", "type": "country", "country": "ZZB",
         "demonyms": ["Kestrian"]},
        {"id": "org:ansar-zorb-a", "name": "Ansar al-Zorbiyya (Zorbland)", "type": "armed_group",
         "aliases": [{"name": "Ansar al-Zorbiyyah", "kind": "short",
                      "when": {"context_any": ["zorbland", "zorblan"]}}]},
        {"id": "org:ansar-zorb-b", "name": "Ansar al-Zorbiyya Kestria", "type": "armed_group",
         "country": "ZZB",
         "aliases": [{"name": "Ansar al-Zorbiyya", "kind": "official", "ambiguous": True}]},
        {"id": "org:ansar-zorb-c", "name": "Ansar al-Zorbiyya Brigade", "type": "armed_group",
         "aliases": [{"name": "Ansar al-Zorbiyya", "kind": "official", "ambiguous": True}]},
        {"id": "org:plain", "name": "Kestrel Front", "type": "armed_group", "country": "ZZB"},
    ],
}  # fmt: skip
_EXTEND = {
    "kb_version": 1,
    "source": "curated",
    "extend": [{"id": "org:ansar-zorb-a", "country": "ZZA"}, {"id": "org:plain", "country": "ZZA"}],
}


def _resolver(tmp_path: Path) -> Resolver:
    paths = []
    for name, doc in (("a.yaml", _DOC), ("b.yaml", _EXTEND)):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(doc), "utf-8")
        paths.append(path)
    return Resolver(load_kb(paths, use_cache=False))


def _id(r: Resolver, name: str, context: str) -> str | None:
    res = r.resolve(name, "2014", context)
    return res.actor.id if res.actor is not None else None


def test_the_extension_gives_a_home_country_only_where_none_is_given(tmp_path: Path) -> None:
    assert validate_documents([("a.yaml", _DOC), ("b.yaml", _EXTEND)]) == []
    kb = _resolver(tmp_path).kb
    assert kb.get("org:ansar-zorb-a").country == "ZZA"
    assert kb.get("org:plain").country == "ZZB"  # the defining file's country stands


def test_every_spelling_of_a_shared_name_is_weighed_by_the_context(tmp_path: Path) -> None:
    r = _resolver(tmp_path)
    about = "Ansar al-Zorbiyya fighters clashed with the army in Zorbland."
    assert _id(r, "Ansar al-Zorbiyya", about) == "org:ansar-zorb-a"
    assert _id(r, "Ansar al-Zorbiyyah", about) == "org:ansar-zorb-a"
    spans = {
        res.actor.id for _s, _e, res in r.find_mentions(about, "2014") if res.actor is not None
    }
    assert "org:ansar-zorb-a" in spans


def test_a_shared_name_without_its_country_stays_open(tmp_path: Path) -> None:
    r = _resolver(tmp_path)
    assert _id(r, "Ansar al-Zorbiyya", "Ansar al-Zorbiyya fighters clashed with the army.") is None
    # a text about the other country does not make it the Zorblan group
    other = "Ansar al-Zorbiyya fighters clashed with the army in Kestria."
    assert _id(r, "Ansar al-Zorbiyya", other) != "org:ansar-zorb-a"


def test_an_unconditional_name_is_not_widened(tmp_path: Path) -> None:
    r = _resolver(tmp_path)
    assert _id(r, "Kestrel Front", "The Kestrel Front attacked Zorbland.") == "org:plain"
