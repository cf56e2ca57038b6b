"""Risky names in the built knowledge base: counts per class, and examples with ``--list``.

    .venv/bin/python benchmarks/kb_alias_audit.py [--list N]

The knowledge base is built from sanctions lists and world dictionaries that hold companies,
NGOs and people beside armed groups, so some of their names turn a group's initials or a plain
word into an unrelated actor. The classes counted:

- ``initials_outside_conflict``: letters (2-5) that the running-text initialism index
  (:mod:`riftwatch.nlp.initialisms`) gives to an organisation tied to no conflict (a company
  or an NGO: ``initialisms.outside_conflict``); ``..._also_conflict`` the part of them that
  are also the initials or the abbreviation of an armed group, a party or a state body;
- ``abbreviation_outside_conflict``: abbreviation aliases (2-5 letters) such an organisation
  holds in the data;
- ``common_word_alias``: one-word aliases of a dataset (not written by hand) with no ``when``
  rule, not ambiguous, that are ordinary English words (the parser's lemmas), and
  ``creed_word_alias`` those of any provenance that are creed or people words
  (``kb.descriptor_words``), each split by whether the owner is a conflict actor;
- ``country_contradiction``: armed groups whose home country is none of the countries of the
  governments the knowledge base records them fighting, where all those share one country
  (a country taken from where an event happened, not from whom the group fights); a group
  defined in a curated file is the curators' call and is not counted.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from riftwatch.actors.kb import _ordinary_word, descriptor_words  # noqa: E402
from riftwatch.nlp import initialisms  # noqa: E402
from riftwatch.nlp.extract import _resolver  # noqa: E402

STATE = frozenset({"government", "military", "intelligence", "police"})


def _hand_kept(source: str) -> bool:
    """Is an alias of this provenance written by hand (curated or an analyst's judgement)?

    >>> _hand_kept("curated"), _hand_kept("judgement:12"), _hand_kept("ofac-sdn-2024")
    (True, True, False)
    """
    return source == "curated" or source.startswith("judgement:")


def audit(kb: object) -> dict[str, list[str]]:
    """Class -> examples (one line each) over the knowledge base ``kb``."""
    out: dict[str, list[str]] = defaultdict(list)
    outside = {e.id for e in kb if initialisms.outside_conflict(e, kb)}
    conflict_letters: set[str] = set()
    for ent in kb:
        if ent.type not in initialisms.CONFLICT_TYPES:
            continue
        for alias in ent.aliases:
            if alias.kind == "abbreviation" or (alias.name.isupper() and len(alias.name) <= 5):
                conflict_letters.add(alias.name.upper())
            conflict_letters.update(i.upper() for i in initialisms.initials(alias.name))
        conflict_letters.update(i.upper() for i in initialisms.initials(ent.name))
    index = initialisms.default_index()
    for acr, ident in sorted(index._of.items()):
        if ident in outside and 2 <= len(acr) <= 5:
            out["initials_outside_conflict"].append(f"{acr} -> {ident}")
            if acr.upper() in conflict_letters:
                out["initials_outside_conflict_also_conflict"].append(f"{acr} -> {ident}")
    creeds = descriptor_words()
    for ent in kb:
        side = "conflict" if ent.type in initialisms.CONFLICT_TYPES else "other"
        for alias in ent.aliases:
            name = alias.name
            if ent.id in outside and alias.kind == "abbreviation" and 2 <= len(name) <= 5:
                out["abbreviation_outside_conflict"].append(f"{name} -> {ent.id}")
            if " " in name or "-" in name or alias.when is not None or alias.ambiguous:
                continue
            if alias.kind == "weak" or ent.type in ("country", "place", "person"):
                continue
            if not name.isalpha() or name.isupper():
                continue
            if name.lower() in creeds:
                out[f"creed_word_alias_{side}"].append(f"{name} -> {ent.id} ({ent.type})")
            elif not _hand_kept(alias.source) and _ordinary_word(name):
                out[f"common_word_alias_{side}"].append(f"{name} -> {ent.id} ({ent.type})")
    for ent in kb:
        if ent.type != "armed_group" or not ent.country or ent.sources[:1] == ("curated",):
            continue  # a home country written by hand is the curators' call
        foes = set()
        for rel in [*ent.relations, *kb.relations(ent.id, incoming=True)]:
            if rel.type != "rival_of":
                continue
            other = kb.find(rel.target if rel.target != ent.id else rel.subject)
            if other is not None and other.type in STATE and other.country:
                foes.add(other.country)
        if len(foes) == 1 and ent.country not in foes:
            out["country_contradiction"].append(f"{ent.id}: {ent.country}, fights {foes.pop()}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", type=int, default=0, metavar="N", help="examples per class")
    args = ap.parse_args(argv)
    found = audit(_resolver().kb)
    names = [
        "initials_outside_conflict",
        "initials_outside_conflict_also_conflict",
        "abbreviation_outside_conflict",
        "common_word_alias_conflict",
        "common_word_alias_other",
        "creed_word_alias_conflict",
        "creed_word_alias_other",
        "country_contradiction",
    ]
    for name in names:
        print(f"{name:42} {len(found.get(name, [])):6}")
        for line in found.get(name, [])[: args.list]:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
