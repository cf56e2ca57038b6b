"""A national capital standing for its country's government, by role (metonymy).

"Baghdad accepted the plan", "Washington accused Tehran of ...", "Jakarta forced the rebels to
..." name governments; "in Kabul", "a Kabul house", "Kabul blast", "Baghdad's streets" and
"march on Kabul" name places, and a place is not an actor. The capitals and the verbs that
take a capital as addressee live in ``riftwatch/actors/data/capitals.yaml``.

:func:`capital_mentions` finds capitals in a sentence's text (before the parse);
:func:`capital_role` says, from the parse, whether one stands for its government; and
:func:`keep_metonyms_in_actor_roles` drops every metonymy actor (these, the knowledge
base's ``seat_of`` places and countries named by a capital alias) that does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

CAPITALS_FILE = Path(__file__).parents[1] / "actors" / "data" / "capitals.yaml"
METONYMY = "metonymy: "
"""Prefix of the ``how`` of an actor that is a place standing for a body."""


@dataclass(frozen=True)
class Capitals:
    """Capital name -> ISO3, and the verb classes of :func:`capital_role`."""

    names: dict[str, str]
    object_verbs: frozenset[str]
    with_verbs: frozenset[str]
    on_verbs: frozenset[str]
    city_subject_verbs: frozenset[str]
    pattern: re.Pattern[str]


@cache
def load_capitals(path: Path = CAPITALS_FILE) -> Capitals:
    """The capitals data file, parsed.

    >>> load_capitals().names["Jakarta"]
    'IDN'
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    names = {str(k): str(v) for k, v in data["capitals"].items()}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return Capitals(
        names=names,
        object_verbs=frozenset(data.get("object_verbs") or ()),
        with_verbs=frozenset(data.get("with_verbs") or ()),
        on_verbs=frozenset(data.get("on_verbs") or ()),
        city_subject_verbs=frozenset(data.get("city_subject_verbs") or ()),
        pattern=re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"),  # case as written
    )


def capital_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, ISO3)`` of every capital written in ``text`` (case as written).

    >>> capital_mentions("Jakarta forced the rebels to talk; in Kabul all was calm.")
    [(0, 7, 'Jakarta', 'IDN'), (38, 43, 'Kabul', 'AFG')]
    """
    caps = load_capitals()
    return [(m.start(), m.end(), m.group(0), caps.names[m.group(0)])
            for m in caps.pattern.finditer(text)]  # fmt: skip


def capital_role(tok: Any) -> str | None:
    """The role in which the capital at token ``tok`` stands for its government, or None.

    Allowed: subject of a verb (not one a city does: "Kabul falls"), agent of a passive or
    of an action noun ("a pledge by Jakarta"),
    direct object or recipient of a verb of communication, accusation, agreement, request or
    pressure, "call on X", "agree with X". Everything else (prepositional and locative
    phrases, compound and possessive modifiers, objects of physical acts) is a place.
    """
    caps = load_capitals()
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head  # "Kabul and Islamabad agreed": the first conjunct's role
    head, dep = tok.head, tok.dep_
    lemma = head.lemma_.lower()
    if dep == "nsubj" and head.pos_ in ("VERB", "AUX") and lemma not in caps.city_subject_verbs:
        return f"subject of '{head.text}'"
    if dep == "pobj" and (
        head.dep_ == "agent" or (head.lower_ == "by" and head.head.pos_ == "NOUN")
    ):
        return f"agent of '{head.head.text}'"  # also of a noun: "an admission by Moscow"
    if dep in ("dobj", "dative", "iobj", "obj") and lemma in caps.object_verbs:
        return f"addressee of '{head.text}'"
    if dep == "pobj" and head.head.pos_ == "VERB":
        verb = head.head.lemma_.lower()
        if head.lower_ == "on" and verb in caps.on_verbs:
            return f"addressee of '{head.head.text} on'"
        if head.lower_ == "with" and verb in caps.with_verbs:
            return f"party to '{head.head.text} with'"
    return None


def is_capital_alias(actor: Any, names: dict[str, str]) -> bool:
    """The actor is a country or its body named by its capital (a knowledge-base alias such
    as a weak "Jakarta" for Indonesia): the same metonymy, under the same role rule."""
    return actor.mention in names and actor.type in ("country", "government")


def keep_metonyms_in_actor_roles(
    sdoc: Any, actors: list[tuple[int, int, Any]]
) -> tuple[list[tuple[int, int, Any]], list[str]]:
    """``actors`` without the metonymy actors whose place is not in an actor's role, and a
    note for each kept one (its role)."""
    kept, notes = [], []
    names = load_capitals().names
    for start, end, actor in actors:
        if not (actor.how.startswith(METONYMY) or is_capital_alias(actor, names)):
            kept.append((start, end, actor))
            continue
        span = sdoc.char_span(start, end, alignment_mode="expand")
        role = capital_role(span[-1]) if span is not None and len(span) else None
        if role is None:
            continue
        kept.append((start, end, actor))
        notes.append(f"{actor.mention} for {actor.name}: {role}")
    return kept, notes
