"""Agent nouns: police, soldiers, negotiators, rebels... and the role each one plays.

Data, not code: ``data/agents/curated.yaml`` (written by hand) over
``data/agents/phoenix.yaml`` (generated from PETRARCH-2's ``Phoenix.agents.txt`` by
``scripts/build_phoenix_actors.py``, MIT). A generic agent noun is an actor only together
with whoever it belongs to: a country ("Israeli police" is Israel's police, "Pakistan's army"
the Pakistan Army), the country of the text (the ``bare`` nouns), or a group named before it
(the ``members`` nouns: "Haqqani prisoners" are the Haqqani network's).

>>> agents = load_agents()
>>> agents.role("negotiators"), agents.role("police"), agents.role("rebels")
('government', 'police', 'rebels')
>>> agents.is_state("soldiers"), agents.is_state("insurgents"), agents.role("prison")
(True, False, None)
>>> agents.role("parliament"), agents.role("lawmakers"), agents.role("general assembly")
('legislature', 'legislature', 'government')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from riftwatch.actors.errors import ActorError
from riftwatch.actors.normalize import norm

AGENTS_DIR = Path(__file__).with_name("data") / "agents"
STATE_ROLES = ("government", "military", "intelligence", "police", "legislature")
"""Roles that stand for a country's body (``bodies`` of the country in the KB; a country with
no body for the role stands for it itself, so its legislature, "the Ugandan parliament", is
another party than its government, "the Ugandan president": peers22)."""
ROLES = (*STATE_ROLES, "civilians", "rebels", "opposition", "militants")


def _singular(word: str) -> str:
    """A plural noun's singular by its ending ("parties" -> "party", "groups" -> "group")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Agents:
    """The agent nouns (lower case, as written: singular and plural are separate entries)."""

    roles: dict[str, str]
    bare: frozenset[str]
    members: frozenset[str]
    held_places: frozenset[str] = frozenset()
    media_words: frozenset[str] = frozenset()
    media_names: frozenset[str] = frozenset()
    generic_names: frozenset[str] = frozenset()
    generic_modifiers: frozenset[str] = frozenset()
    led_bodies: frozenset[str] = frozenset()
    faiths: frozenset[str] = frozenset()
    sitting_bodies: frozenset[str] = frozenset()
    office_states: dict[str, frozenset[str]] = field(default_factory=dict)

    def holds_office(self, noun: str, iso: str | None) -> bool:
        """May ``noun`` name an office of the state whose country code is ``iso``? A title
        only some states have (curated.yaml ``office_states``: "emir") is no office of any
        other state, so "the Uzbek emir" is a man of that origin, not Uzbekistan's
        government (gaps64).

        >>> a = load_agents()
        >>> a.holds_office("emir", "KWT"), a.holds_office("emir", "UZB")
        (True, False)
        >>> a.holds_office("president", "UZB")
        True
        """
        states = self.office_states.get(noun.lower())
        return states is None or (iso or "").upper() in states

    def is_generic(self, name: str) -> bool:
        """A name that names no particular actor: one generic word, singular or plural ("the
        Emirate", "Groups" opening a headline), or generic adjectives only ("Islamist", "Sunni").

        >>> a = load_agents()
        >>> a.is_generic("the Committee"), a.is_generic("Groups"), a.is_generic("Hamas")
        (True, True, False)
        """
        words = norm(name).split()
        if len(words) == 1 and (
            words[0] in self.generic_names or _singular(words[0]) in self.generic_names
        ):
            return True
        return bool(words) and all(w in self.generic_modifiers for w in words)

    def role(self, noun: str) -> str | None:
        return self.roles.get(noun.lower())

    def is_state(self, noun: str) -> bool:
        return self.roles.get(noun.lower()) in STATE_ROLES

    def is_media(self, name: str) -> bool:
        """A news outlet: a known outlet's name, or a name with a media word in it.

        >>> load_agents().is_media("Xinhua News Agency"), load_agents().is_media("Hamas")
        (True, False)
        """
        words = norm(name).split()
        return norm(name) in self.media_names or any(w in self.media_words for w in words)

    def state_nouns(self) -> dict[str, str]:
        """Nouns of the state roles plus ``civilians`` (what "<country> <noun>" resolves)."""
        return {n: r for n, r in self.roles.items() if r in STATE_ROLES or r == "civilians"}


def _read(path: Path) -> dict:
    try:
        with path.open(encoding="utf-8") as handle:
            doc = yaml.safe_load(handle) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ActorError("RW400", detail=f"{path}: {str(exc).splitlines()[0]}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("roles") or {}, dict):
        raise ActorError("RW400", detail=f"{path}: 'roles' must map roles to lists of nouns")
    for role in doc.get("roles") or {}:
        if role not in ROLES:
            raise ActorError("RW400", detail=f"{path}: unknown agent role {role!r} ({ROLES})")
    return doc


@cache
def load_agents(directory: Path = AGENTS_DIR) -> Agents:
    """The agent nouns: curated over generated, minus the curated ``exclude`` list."""
    generated = _read(directory / "phoenix.yaml") if (directory / "phoenix.yaml").exists() else {}
    curated = _read(directory / "curated.yaml")
    exclude = {str(n).lower() for n in curated.get("exclude") or ()}
    roles: dict[str, str] = {}
    for doc in (generated, curated):  # curated last: it wins
        for role, nouns in (doc.get("roles") or {}).items():
            for noun in nouns or ():
                word = str(noun).lower()
                if doc is curated or word not in exclude:
                    roles[word] = role
    return Agents(
        roles=roles,
        bare=frozenset(str(n).lower() for n in curated.get("bare") or ()),
        members=frozenset(str(n).lower() for n in curated.get("members") or ()),
        held_places=frozenset(str(n).lower() for n in curated.get("held_places") or ()),
        media_words=frozenset(norm(str(n)) for n in curated.get("media_words") or ()),
        media_names=frozenset(norm(str(n)) for n in curated.get("media_names") or ()),
        generic_names=frozenset(norm(str(n)) for n in curated.get("generic_names") or ()),
        generic_modifiers=frozenset(norm(str(n)) for n in curated.get("generic_modifiers") or ()),
        led_bodies=frozenset(str(n).lower() for n in curated.get("led_bodies") or ()),
        faiths=frozenset(norm(str(n)) for n in curated.get("faiths") or ()),
        sitting_bodies=frozenset(str(n).lower() for n in curated.get("sitting_bodies") or ()),
        office_states={
            str(n).lower(): frozenset(str(c).upper() for c in states or ())
            for n, states in (curated.get("office_states") or {}).items()
        },  # fmt: skip
    )


__all__ = ["AGENTS_DIR", "ROLES", "STATE_ROLES", "Agents", "load_agents"]
