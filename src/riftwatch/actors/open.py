"""Open actors: named actors the knowledge base does not know yet.

Extraction keeps an actor it cannot resolve (a new splinter group, a party, a ministry
abroad) instead of dropping it. Its id is made from its normalised name, so the same
name gets the same id in every document and every run, and its events accumulate:

- ``open:`` + a slug of :func:`riftwatch.actors.normalize.norm` of the name: case,
  diacritics, apostrophes, punctuation and a leading article are ignored, so
  "al-Shabaab", "Al Shabaab" and "the al-Shabaab" are one actor;
- spelling variants that differ in letters ("al-Shabab") get their own id; ``riftwatch
  actors suggest`` lists open actors side by side with the close known names, and one
  judgement (``actors alias`` or ``actors add``) puts a name into the knowledge base, after
  which it resolves like any other actor.

>>> open_id("al-Shabaab") == open_id("Al Shabaab") == open_id("the al-Shabaab's")
True
>>> open_id("Jamaat-ul-Ahrar")
'open:jamaat-ul-ahrar'
>>> is_open("open:jamaat-ul-ahrar"), is_open("org:ttp")
(True, False)
"""

from __future__ import annotations

import re

from riftwatch.actors.normalize import norm

OPEN_PREFIX = "open:"
GROUP_WORDS = frozenset(
    "front army brigade brigades battalion battalions movement group network militia militias "
    "lashkar jaish jaysh harakat harkat hizb hezb hizbul tehrik tehreek tahrik jamaat jamat "
    "jamiat ansar ansaru jund jundallah jundullah mujahideen mujahidin fedayeen kataib katibat "
    "sipah tanzeem tanzim mahaz faction wing shabaab shabab taliban jihad jihadi islamic "
    "liberation resistance revolutionary guards guard insurgents rebels fighters militants "
    "forces force commandos tigers liwa jabhat jabha faylaq failaq saraya katiba wilayat wilaya "
    "emirate council shura".split()
)
"""Words that make an unknown organisation's name an armed group's name."""
LEADING_GROUP_WORDS = frozenset(
    "jabhat jabha liwa harakat harkat jaish jaysh kataib katibat katiba saraya faylaq failaq "
    "jund hizb hezb tehrik tehreek tanzim tanzeem wilayat wilaya majlis".split()
)
"""Group words that begin a name in the Arabic/Urdu way ("Jabhat Ahl al-Tawhid", "Liwa
al-Fath"): such a name is one group even where a known name sits inside it ("al-Tawhid")."""


def open_id(name: str) -> str:
    """The stable id of an actor the knowledge base does not know."""
    slug = re.sub(r"[^a-z0-9]+", "-", norm(name)).strip("-")[:80].strip("-")
    return OPEN_PREFIX + (slug or "actor")


def is_open(ident: str | None) -> bool:
    return bool(ident) and str(ident).startswith(OPEN_PREFIX)


def group_type(name: str, head: str | None = None) -> str:
    """``armed_group`` when the name (or the noun it modifies) says so, else ``organization``.

    >>> group_type("Boko Haram", "fighters"), group_type("Ansar Dine"), group_type("Oxfam")
    ('armed_group', 'armed_group', 'organization')
    """
    words = set(norm(name).split())
    if head is not None:
        words.add(head.lower())
    return "armed_group" if words & GROUP_WORDS else "organization"


__all__ = ["GROUP_WORDS", "LEADING_GROUP_WORDS", "OPEN_PREFIX", "group_type", "is_open", "open_id"]
