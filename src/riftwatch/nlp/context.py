"""Context rules over a coded sentence: where it happens, who an unattributed operation implies,
which Taliban a bare "Taliban" is, and what a possessive pronoun refers to.

These rules need more than one mention at a time (the other party of an event, the places the
sentence names, the order of the actors), so they run after mention finding, on the parsed
sentence, from :func:`riftwatch.nlp.extract.code_sentence`. Their data lives in ``cues.yaml``
(``implied_agents``, ``taliban_context``); every change they make is written into the reasons.

- **Where**: the countries the sentence names (countries and known places), a place that only
  qualifies a border ("near the Afghan border") not counting; else the document's country.
- **Implied agents** (LABELLING.md, "Agents and places"): inside a country listed under
  ``implied_agents`` an unattributed security operation, raid, "encounter" or arrest is done
  by that country's security forces.
- **Taliban in context**: when the sentence names the TTP separately, a bare "Taliban" is
  contrasted with it and is the Afghan Taliban ("the Taliban refused to shelter members of
  the TTP"); a bare "Taliban" in conflict with the Pakistani state, or attacking anyone in a
  place the sentence names inside Pakistan, after December 2007, with no Afghan qualifier or
  Afghan place, is the TTP.
- **Pronouns**: possessive "its"/"their" and subject "it"/"they" refer to the nearest
  compatible actor before them in the sentence ("condemns the army for its attacks": the
  army's attacks; "the army says it killed ...": the army).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from riftwatch.actors.kb import STATE_TYPES
from riftwatch.nlp import coref, written
from riftwatch.nlp.code import Actor, Event, Told
from riftwatch.nlp.derived import Derived
from riftwatch.nlp.headline import _data as _headline_data
from riftwatch.nlp.lexicon import CONFLICTUAL, Lexicon

NAME = "context.rules.v41"

# Switches for ablations (benchmarks/taliban_context.py turns a rule off to measure it).
RULES = {"taliban_inside": True, "contrast_taliban": True}
# "the Afghan border", "the Pakistan-Afghanistan border": the place only qualifies a border
_BORDER = re.compile(r"^(?:[-\s]+[A-Za-z]+)?[-\s]+(?:border|borders|frontier|boundary)\b", re.I)
_LOCATIVE = re.compile(r"\b(?:in|inside|within|across|into|throughout)\s+(?:the\s+)?$", re.I)


@cache
def _locative() -> re.Pattern[str]:
    """:data:`_LOCATIVE` with up to two direction words between the preposition and the
    place ("in northwest Pakistan", "in restive NW Pakistan"; headline.yaml)."""
    words = _headline_data().get("locative_directions") or ()
    if not words:
        return _LOCATIVE
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(
        rf"\b(?:in|inside|within|across|into|throughout)\s+(?:the\s+)?(?:(?:{alt})\s+){{0,2}}$",
        re.I,
    )


# actor types a possessive "its"/"their" can stand for (not persons or places)
_POSSESSABLE = frozenset(
    {
        "armed_group",
        "faction",
        "shura",
        "party",
        "tribe",
        "collective",
        "country",
        "government",
        "military",
        "police",
        "intelligence",
        "organization",
        "organisation",
        "state",
        "agency",
        "alliance",
        "igo",  # "NATO said it would ...": intergovernmental organisations
    }
)


@dataclass(frozen=True)
class Place:
    """A country or known place named in a sentence."""

    start: int
    end: int
    iso3: str
    border: bool  # only qualifies a border: "the Afghan border", "Pakistan-Afghanistan border"
    locative: bool = False  # a place ("Swat", "Karachi") or a country after "in" ("in Pakistan")


def places_in(text: str, date: str | None, resolver: Any) -> list[Place]:
    """Countries and known places named in ``text`` with their country (ISO3)."""
    out = []
    for start, end, res in resolver.find_mentions(text, date):
        actor = res.actor
        if actor is None or actor.type not in ("country", "place") or not actor.country:
            continue
        border = bool(_BORDER.match(text[end : end + 40]))
        before = text[max(0, start - 40) : start]
        locative = actor.type == "place" or bool(_locative().search(before))
        out.append(Place(start, end, actor.country, border, locative))
    return out


TIE_TYPES = frozenset({"COOPERATE", "AGREE"})  # the acts that make a tie "the alliance" names


class DocumentPlaces:
    """The countries a document has named so far, found only when a rule asks for them."""

    def __init__(self, date: str | None, resolver: Any) -> None:
        self.date, self.resolver = date, resolver
        self.texts: list[str] = []
        self._done = 0
        self._countries: list[str] = []
        self._speaker: tuple[int, dict[str, Any]] | None = None
        self.acts: list[Told] = []  # acts told so far, oldest first (parties, lemma, type)

    @property
    def ties(self) -> list[tuple[Any, Any]]:
        """The cooperative ties told so far (source, target), oldest first: the acts of a
        tie's type (``TIE_TYPES``), which "the alliance" in a later sentence may name."""
        return [(t.source, t.target) for t in self.acts if t.kind in TIE_TYPES]

    def tell(self, events: Iterable[Event]) -> None:
        """Keep the acts of one coded sentence for the sentences after it."""
        self.acts += [Told(e.source, e.target, e.trigger.lemma_.lower(), e.event_type, e.trigger)
                      for e in events]  # fmt: skip

    def heard(self, index: int, speaker: dict[str, Any]) -> None:
        """Sentence ``index`` named ``speaker`` (the attribution of its events)."""
        self._speaker = (index, speaker)

    def speaker_before(self, index: int, within: int = 3) -> dict[str, Any] | None:
        """The speaker named last before sentence ``index``, at most ``within`` sentences
        back: whom "He stated that ..." refers to ("The detainee said ... He stated ...")."""
        if self._speaker is None or not 0 < index - self._speaker[0] <= within:
            return None
        return dict(self._speaker[1])

    def add(self, text: str) -> None:
        self.texts.append(text)

    def countries(self, before: int | None = None) -> list[str]:
        """ISO3 codes of the countries and places named in the first ``before`` sentences."""
        upto = len(self.texts) if before is None else min(before, len(self.texts))
        while self._done < upto:
            places = places_in(self.texts[self._done], self.date, self.resolver)
            self._countries += [p.iso3 for p in places if not p.border]
            self._done += 1
        return self._countries  # (only ever asked in increasing order of sentences)


def sentence_country(places: list[Place], doc_countries: Iterable[str] = ()) -> str | None:
    """The one country the sentence happens in, or None (none named, or several)."""
    named = {p.iso3 for p in places if not p.border}
    if len(named) == 1:
        return next(iter(named))
    if named:
        return None
    pool = Counter(doc_countries)
    return pool.most_common(1)[0][0] if pool else None


def implied_agent(country: str | None, lex: Lexicon, kb: Any) -> Actor | None:
    """The security forces an unattributed operation inside ``country`` implies, if any."""
    role = lex.implied_agents.get(country or "")
    if not role:
        return None
    state = _state_entity(kb, country or "")
    if state is None:
        return None
    body = kb.find(state.bodies[role]) if state.bodies.get(role) else state
    if body is None:
        return None
    return Actor(id=body.id, name=body.name, mention="(implied)", type=body.type,
                 org_id=body.id, org_name=body.name,
                 how=f"implied agent: unattributed operation in {state.name}")  # fmt: skip


def _state_entity(kb: Any, country: str) -> Any:
    """The country entity of an ISO3 code."""
    return kb.country(country)


_HOME_TYPES = frozenset({"armed_group", "faction", "military", "police", "intelligence"})


def home_country(
    found: Iterable[tuple[int, int, Actor]], lex: Lexicon, kb: Any, *, any_country: bool = False
) -> str | None:
    """The country a sentence that names no place is about, from the one group or security
    body it names whose home is a country with implied agents (``implied_agents`` in
    cues.yaml): "TTP claims attack on soldiers" is about Pakistan's soldiers, and "Pakistani
    troops killed as army pushes on" about Pakistan's army. Groups of several countries, or
    none listed there, and a bare "Taliban" (Afghan or Pakistani by context) give None.
    ``any_country``: any one home will do, for a noun that says it is the state's own
    ("government forces": "Al-Shabaab attacked government troops" is Somalia's; lead50).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.extract import _resolver
    >>> ttp = Actor(id="org:ttp", name="TTP", mention="TTP", type="armed_group")
    >>> isil = Actor(id="org:islamic-state", name="IS", mention="IS", type="armed_group")
    >>> kb = _resolver().kb
    >>> home_country([(0, 3, ttp)], load(), kb), home_country([(0, 2, isil)], load(), kb)
    ('PAK', None)
    >>> leader = Actor(id="person:baitullah-mehsud", name="Baitullah Mehsud", mention="Mehsud",
    ...                type="person", org_id="org:ttp", org_name="TTP")
    >>> home_country([(0, 6, leader)], load(), kb)
    'PAK'
    """
    homes = set()
    for _s, _e, actor in found:
        if is_bare_taliban(actor.mention, lex):
            continue
        entity = kb.find(actor.org_id or actor.id)
        if actor.type == "person":
            # "Baitullah Mehsud's men attacked soldiers": the group a leader acts for names
            # the country as the group would (written28); a state's official is no group
            if entity is None or entity.type not in _GROUP_TYPES:
                continue
        elif actor.type not in _HOME_TYPES:
            continue
        home = entity.country if entity is not None else None
        fought = _fought_state(entity, kb) if entity is not None and any_country else None
        if fought:  # "JeM militants attacked government troops": India's (walk54); a police
            home = fought  # or an army with no "government" may be its home's, arresting it
        if home:
            homes.add(home)
    if len(homes) != 1:
        return None
    home = next(iter(homes))
    return home if any_country or home in lex.implied_agents else None


_GROUP_TYPES = frozenset({"armed_group", "faction"})


def groups_countries(found: Iterable[tuple[int, int, Actor]], kb: Any) -> set[str]:
    """The countries the groups of a sentence are tied to: each group's (or its leader's
    group's) home and the state it fights (``fights_state``). A document's country outside
    this set is no party to the sentence's conflict: the TNLA and the SSPP have nothing to
    do with China, whom the notes named first "if China insists" (walk56); Jaish-e-Mohammed
    is tied to India, whose forces it fights, and to Pakistan, its home.

    >>> from riftwatch.nlp.extract import _resolver
    >>> ttp = Actor(id="org:ttp", name="TTP", mention="TTP", type="armed_group")
    >>> sorted(groups_countries([(0, 3, ttp)], _resolver().kb))
    ['PAK']
    """
    tied: set[str] = set()
    for _s, _e, actor in found:
        entity = kb.find(actor.org_id or actor.id)
        if entity is None or entity.type not in _GROUP_TYPES:
            continue
        if entity.country:
            tied.add(str(entity.country))
        fought = _fought_state(entity, kb)
        if fought:
            tied.add(fought)
    return tied


def _fought_state(entity: Any, kb: Any) -> str | None:
    """The country (ISO3) whose forces a group's campaign targets when the knowledge base
    says it is not the group's home (``fights_state``: Jaish-e-Mohammed, based in Pakistan,
    fights India), else None."""
    for rel in entity.relations:
        if rel.type == "fights_state":
            target = kb.find(rel.target)
            if target is not None and target.country:
                return str(target.country)
    return None


def operation_country(places: list[Place], doc_countries: Iterable[str],
                      found: Iterable[tuple[int, int, Actor]], lex: Lexicon, kb: Any,
                      text: str = "") -> str | None:  # fmt: skip
    """The country an unattributed operation, raid or arrest happens in: the one the
    sentence (or the document before it) names; when neither names any place and the
    sentence ``text`` has an operation noun (:func:`operation_words`: "operation", "raid",
    "encounter", not an arrest verb), the home of the one armed group the sentence names
    (:func:`home_country`), so "Five TTP militants killed in operation" is an operation
    inside Pakistan. A group of several countries, a bare "Taliban", a bare "TTP commander
    arrested" or a sentence that names a place (even several) give no such fallback.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.extract import _resolver
    >>> ttp = Actor(id="org:ttp", name="TTP", mention="TTP", type="armed_group")
    >>> kb = _resolver().kb
    >>> operation_country([], [], [(0, 3, ttp)], load(), kb, "TTP men killed in raid")
    'PAK'
    >>> operation_country([], [], [(0, 3, ttp)], load(), kb, "TTP man arrested") is None
    True
    >>> operation_country([Place(0, 5, "AFG", False, True)], [], [(0, 3, ttp)], load(), kb)
    'AFG'
    """
    doc_countries = list(doc_countries)
    named = sentence_country(places, doc_countries)
    if named is not None or places or doc_countries or not operation_words(lex).search(text):
        return named
    groups = [(s, e, a) for s, e, a in found if a.type in _GROUP_TYPES]
    return home_country(groups, lex, kb)


def short_country_group(country: Actor, rest: str, date: str | None, text: str,
                        resolver: Any) -> Actor | None:  # fmt: skip
    """'Pak Taliban': a short form of a country before a group name reads as the country's
    name ("Pakistan Taliban"), when the resolver knows that longer name as a group."""
    if country.type != "country" or country.mention.lower() == country.name.lower():
        return None
    res = resolver.resolve(f"{country.name} {rest}", date, text)
    actor = res.actor
    if actor is None or actor.type not in ("armed_group", "faction"):
        return None
    mention = f"{country.mention} {rest}"
    return Actor(id=actor.id, name=actor.name, mention=mention, type=actor.type,
                 org_id=actor.id, org_name=actor.name,
                 how=f"'{country.mention}' read as {country.name}")  # fmt: skip


# -- Taliban in context ---------------------------------------------------------------------
def is_bare_taliban(mention: str, lex: Lexicon) -> bool:
    """'Taliban', 'the Taleban', 'Taliban militants' (no Afghan or Pakistani qualifier).

    >>> from riftwatch.nlp.lexicon import load
    >>> [is_bare_taliban(m, load()) for m in ("Taliban", "the Taleban fighters",
    ...                                       "Afghan Taliban", "Pakistani Taliban")]
    [True, True, False, False]
    """
    rule = lex.taliban_context
    words = re.findall(r"[\w']+", mention.lower())
    if words and words[0] in ("the", "a"):
        words = words[1:]
    if not words or words[0] not in set(rule.get("bare") or ()):
        return False
    if set(words) & set(rule.get("qualifiers") or ()):
        return False
    return all(w in set(rule.get("heads") or ()) for w in words[1:])


def _as(actor: Actor, entity: Any, how: str) -> Actor:
    return Actor(id=entity.id, name=entity.name, mention=actor.mention, type=entity.type,
                 org_id=entity.id, org_name=entity.name, qualifier=actor.qualifier,
                 how=how)  # fmt: skip


def contrast_taliban(actors: list[tuple[int, int, Actor]], lex: Lexicon,
                     kb: Any) -> tuple[list[tuple[int, int, Actor]], list[str]]:  # fmt: skip
    """A bare 'Taliban' read as the TTP while the sentence names the TTP separately is the
    Afghan Taliban. Returns the actor mentions (changed where needed) and the reasons."""
    rule = lex.taliban_context
    inside, default = rule.get("inside"), rule.get("default")
    if not inside or not default or not RULES["contrast_taliban"]:
        return actors, []
    named = any(a.key() == inside and not is_bare_taliban(a.mention, lex)
                and not a.how.startswith("coreference") for _s, _e, a in actors)  # fmt: skip
    entity = kb.find(default) if named else None
    if entity is None:
        return actors, []
    out, why = [], []
    for start, end, actor in actors:
        if actor.key() == inside and is_bare_taliban(actor.mention, lex):
            actor = _as(actor, entity, "context: bare 'Taliban' beside the TTP named "
                        "separately is the Afghan Taliban")  # fmt: skip
            why.append(f"'{actor.mention}': the Afghan Taliban (the TTP is named separately)")
        out.append((start, end, actor))
    return out, sorted(set(why))


def implied_words(lex: Lexicon) -> re.Pattern[str]:
    """Words of events that imply an agent (raids, operations, arrests), inflected."""
    words: set[str] = set()
    for table in (lex.verbs, lex.nouns):
        for lemma, entry in table.items():
            if entry.get("implied_agent"):
                words |= {lemma, lemma + "s", lemma + "ed", lemma + "d", lemma + "ing",
                          lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # fmt: skip
    words |= {"held", "caught"}
    # the headline's arrest idioms ("taken into custody"), whole (heads9)
    idioms = {
        r"\s+".join(map(re.escape, i.split())) for i in _headline_data().get("arrest_idioms") or ()
    }
    alt = "|".join([*sorted(map(re.escape, words)), *sorted(idioms)])
    return re.compile(r"\b(?:" + alt + r")\b", re.I)


_OPERATION_WORDS: dict[int, re.Pattern[str]] = {}


def operation_words(lex: Lexicon) -> re.Pattern[str]:
    """Event nouns that imply an agent and name a use of force (operation, raid, encounter),
    singular and plural: the cue for reading a group's home as the place of the operation."""
    if lex.version not in _OPERATION_WORDS:
        words = {w for lemma, entry in lex.nouns.items()
                 if entry.get("implied_agent") and entry.get("type") == "ASSAULT"
                 for w in (lemma, lemma + "s")}  # fmt: skip
        pattern = "|".join(sorted(map(re.escape, words))) or "(?!)"
        _OPERATION_WORDS[lex.version] = re.compile(rf"\b(?:{pattern})\b", re.I)
    return _OPERATION_WORDS[lex.version]


def _governs_index(kb: Any) -> dict[str, list[tuple[Any, Any]]]:
    """Country id -> the (entity, relation) pairs of the knowledge base's ``governs``
    relations on it, in the KB's order."""
    index: dict[str, list[tuple[Any, Any]]] = {}
    for ent in kb.entities.values():
        for rel in ent.relations:
            if rel.type == "governs":
                index.setdefault(rel.target, []).append((ent, rel))
    return index


_governs: Derived[Any, dict[str, list[tuple[Any, Any]]]] = Derived(
    _governs_index, size=lambda kb: len(kb.entities)
)
""":func:`_governs_index`, built once a knowledge base and size (a KB that has grown is
indexed again)."""


def _ruler(kb: Any, country_id: str, day: int) -> Any:
    """The entity that governs ``country_id`` on ``day`` (a ``governs`` relation of the
    knowledge base), or None: the first in the KB's order."""
    return next((ent for ent, rel in _governs(kb).get(country_id, ()) if rel.covers(day)), None)


_FORCE_BODY_TYPES = frozenset({"military", "police", "intelligence"})


def _fallen_state_country(kb: Any, ent: Any) -> str | None:
    """The country whose government a state body (army, police, intelligence) belonged to,
    through its ``part_of`` relations (up to three steps: "Afghan Border Police" -> police ->
    security forces -> government), when that government has ``governs`` relations that
    ended: the body of a state that fell. None for a body of a standing government."""
    seen = {ent.id}
    frontier = [ent]
    for _ in range(3):
        nxt = []
        for node in frontier:
            for rel in node.relations:
                if rel.type != "part_of" or rel.target in seen:
                    continue
                seen.add(rel.target)
                up = kb.find(rel.target)
                if up is None:
                    continue
                held = [r for r in up.relations if r.type == "governs"]
                if up.type == "government" and held:
                    return held[0].target if all(r.end_day is not None for r in held) else None
                nxt.append(up)
        frontier = nxt
    return None


def governing_party(events: list[Event], actor_of: dict[int, Actor], date: str | None,
                    kb: Any) -> list[str]:  # fmt: skip
    """A country acted on or acting as a party ("the United States invaded Afghanistan"), or
    a government named on a day after it fell ("the Afghan government" in 2023), or one of its
    forces ("Afghan border forces" in 2022: ``_fallen_state_country``), is
    the body that governed the country that day when the knowledge base says an armed group
    did (its ``governs`` relations: the Afghan Taliban, September 1996 - December 2001 and
    from August 2021): "The Taliban's refusal ... prompted the American invasion of
    Afghanistan in October 2001" attacks the Taliban, never the Islamic Republic, which did
    not yet exist (written round 19). Countries their own government rules stay as they are.
    Changes the events and ``actor_of`` in place."""
    from riftwatch.actors.normalize import to_day

    day = to_day(date) if date else None
    if day is None:
        return []
    replaced: dict[int, Actor] = {}

    def swap(actor: Actor) -> Actor:
        ent = kb.find(actor.org_id or actor.id or "")
        if ent is None:
            return actor
        if ent.type == "country":
            country_id = ent.id
        elif ent.type == "government":
            held = [r for r in ent.relations if r.type == "governs"]
            # only after it fell: a government named before its own start may be the one its
            # name stood for then ("abolished the Afghan interim government" in 1996)
            if not held or any(r.covers(day) or r.end_day is None or day < r.end_day
                               for r in held):  # fmt: skip
                return actor
            country_id = held[0].target
        elif ent.type in _FORCE_BODY_TYPES and ent.end_day is not None and day > ent.end_day:
            # "Afghan border forces fire on Pakistani troops" in 2022: the fallen state's
            # forces, named after its end, are those of who governs the country (heads15)
            country_id = _fallen_state_country(kb, ent)
            if country_id is None:
                return actor
        else:
            return actor
        ruler = _ruler(kb, country_id, day)
        if ruler is None or ruler.type not in _GROUP_TYPES:
            return actor
        how = f"context: {ent.name} on {date} was governed by {ruler.name}"
        replaced.setdefault(id(actor), _as(actor, ruler, how))
        return replaced[id(actor)]

    notes = set()
    for event in events:
        new_source, new_target = swap(event.source), swap(event.target)
        if (
            new_source.key() == new_target.key()
            and event.source.key() != event.target.key()
            and {event.source.type, event.target.type} & _FORCE_BODY_TYPES
        ):
            # "the Emirate offered amnesty to former Afghan soldiers": the rulers' old foes,
            # never the rulers' relation with themselves (heads15)
            new_source, new_target = event.source, event.target
        pairs = ((new_source, event.source), (new_target, event.target))
        changed = [new.how for new, old in pairs if new is not old]
        if changed:
            event.source, event.target = new_source, new_target
            event.why += changed
            notes.update(changed)
    for i, actor in list(actor_of.items()):
        actor_of[i] = swap(actor)
    return sorted(notes)


def taliban_abroad(events: list[Event], actor_of: dict[int, Actor], places: list[Place],
                   lex: Lexicon, kb: Any) -> list[str]:  # fmt: skip
    """A bare 'Taliban' the resolver read as the TTP only because the document named the TTP
    before (its weak alias), in a sentence that places events in Afghanistan ("in Nangarhar",
    "in Kunar": a locative place of another country, not a border) and names no place in
    Pakistan and no party of the Pakistani state, is the Afghan Taliban: "ISKP was founded by
    former TTP commanders. Within months it had seized territory from the Taliban in
    Nangarhar" (written round 19). Changes the events and ``actor_of`` in place."""
    rule = lex.taliban_context
    inside, default, country = rule.get("inside"), rule.get("default"), rule.get("state_country")
    if not (inside and default and country and RULES["taliban_inside"]):
        return []
    if not any(p.iso3 != country and p.locative and not p.border for p in places):
        return []
    if any(p.iso3 == country for p in places):
        return []
    if any(_state_of(a, kb) == country for a in actor_of.values()):
        return []
    entity = kb.find(default)
    if entity is None:
        return []
    how = "context: bare 'Taliban' in a sentence placed in Afghanistan is the Afghan Taliban"
    replaced: dict[int, Actor] = {}

    def swap(actor: Actor) -> Actor:
        if actor.key() == inside and is_bare_taliban(actor.mention, lex):
            replaced.setdefault(id(actor), _as(actor, entity, how))
            return replaced[id(actor)]
        return actor

    for event in events:
        new_source, new_target = swap(event.source), swap(event.target)
        if new_source is not event.source or new_target is not event.target:
            event.source, event.target = new_source, new_target
            event.why.append(how)
    for i, actor in list(actor_of.items()):
        actor_of[i] = swap(actor)
    return [how] if replaced else []


def taliban_inside(events: list[Event], actor_of: dict[int, Actor], places: list[Place],
                   date: str | None, lex: Lexicon, kb: Any,
                   counts: Callable[[Event], bool] | None = None) -> list[str]:  # fmt: skip
    """A bare 'Taliban' in violent conflict with the Pakistani state (attacking its forces,
    or attacked, arrested or raided by them; cues.yaml ``taliban_context.violent_types``: a
    Pakistani speaker condemning, accusing or warning them is no such conflict, unless a
    place the sentence names inside Pakistan is where it happens; precision23), attacking
    anyone in a place named inside Pakistan, or attacked or expelled
    there by local people (tribesmen, elders, villagers, their lashkars: a collective;
    written round 14), after the TTP was founded and with no Afghan place, is the TTP:
    changes the events and ``actor_of`` in place. An act only asked for, planned or supposed
    places nobody (``counts``, when given, tells the acts that count): an arrest Pakistan is
    urged or expected to make ("called on Pakistan to arrest Taliban leaders in Quetta")
    leaves the Afghan Taliban, while a negated or denied act still tells who fights whom
    (precision24)."""
    rule = lex.taliban_context
    inside, default, country = rule.get("inside"), rule.get("default"), rule.get("state_country")
    since = str(rule.get("since") or "")
    if not (inside and default and country and date and RULES["taliban_inside"]):
        return []
    if date[: len(since)] < since[: len(date)]:
        return []
    afghan_place = any(p.iso3 != country and not p.border for p in places)
    if afghan_place:
        return []  # "Taliban in Kandahar", "Taliban crossed from Afghanistan": keep the KB's
    inside_named = any(p.iso3 == country and p.locative and not p.border for p in places)
    entity = kb.find(inside)
    if entity is None:
        return []
    chosen: set[str] = set()
    # only violence places the Taliban in the state's war (precision23): a Pakistani
    # speaker's verbal act ("condemned / accused / warned the Taliban") does not
    violent = set(rule.get("violent_types") or CONFLICTUAL)
    soil = _soil_named(events, actor_of, places, country)
    for event in events:
        if event.event_type not in CONFLICTUAL:
            continue
        if event.event_type not in violent and not soil:
            continue  # a verbal act counts on Pakistani soil only ("warned the Taliban in Swat")
        bare = [(side, other)
                for side, other in ((event.source, event.target), (event.target, event.source))
                if side.key() == default and is_bare_taliban(side.mention, lex)]  # fmt: skip
        if not bare:
            continue  # no bare Taliban on either side (asked before the dearer modality)
        if counts is not None and not counts(event):
            continue  # requested, planned, supposed: no act to place them (precision24)
        for side, other in bare:
            # fighting the state; or violence the Taliban do in a place inside the country
            other_state = _state_of(other, kb)
            if other_state == country or (
                side is event.source and event.event_type == "ASSAULT" and inside_named
                and other_state is None
            ) or (  # local tribesmen, elders, villagers turning on them there (written14)
                side is event.target and inside_named and other.type == "collective"
            ) or (  # a local named as the country's: "Pakistani village elder shot dead by
                # Taliban", "Pakistan peace committee member killed by Taliban" (heads48)
                side is event.source and event.event_type == "ASSAULT"
                and other.type == "collective" and _local_of(event, actor_of, places, country)
            ):  # fmt: skip
                chosen.add(side.mention)
    if not chosen:
        return []
    how = "context: bare 'Taliban' in conflict inside Pakistan after 2007 is the TTP"
    replaced: dict[int, Actor] = {}

    # a pronoun bound to the Taliban ("expelled their fighters") is the chosen mention's when
    # every named Taliban mention of the sentence was chosen (written round 14)
    named = {a.mention for a in actor_of.values()
             if a.key() == default and a.mention.lower() not in _TALIBAN_PRONOUNS}  # fmt: skip
    pronouns = _TALIBAN_PRONOUNS if named <= chosen else frozenset()

    def swap(actor: Actor) -> Actor:
        if actor.key() == default and (
            actor.mention in chosen or actor.mention.lower() in pronouns
        ):
            replaced.setdefault(id(actor), _as(actor, entity, how))
            return replaced[id(actor)]
        return actor

    for event in events:
        new_source, new_target = swap(event.source), swap(event.target)
        if new_source is not event.source or new_target is not event.target:
            event.source, event.target = new_source, new_target
            event.why.append(how)
    for i, actor in list(actor_of.items()):
        actor_of[i] = swap(actor)
    return [how]


_TALIBAN_PRONOUNS = frozenset({"they", "them", "their", "theirs", "it", "its"})


def _local_of(event: Event, actor_of: dict[int, Actor], places: list[Place],
              country: str) -> bool:  # fmt: skip
    """True when the event's target (a collective of locals: villagers, elders, a village
    militia) is named with ``country``'s name or demonym as its own modifier ("Pakistani
    village elder", "Pakistan village defence committee member"): locals of that country,
    so the violence against them happens there (heads48). A place elsewhere in the sentence
    ("elder from Pakistan") or a border ("Pakistani border villages") does not count here."""
    doc = getattr(event.trigger, "doc", None)
    if doc is None:
        return False
    victim = {i for i, a in actor_of.items() if i < len(doc) and a.key() == event.target.key()}
    for place in places:
        if place.iso3 != country or place.border or place.locative:
            continue
        for tok in doc:
            if not place.start <= tok.idx < place.end or tok.i in victim:
                continue
            if tok.dep_ not in ("amod", "compound", "nmod"):
                continue
            head = tok.head  # the victim's word, or the noun it names a member of
            if head.i in victim or any(
                c.i in victim for c in head.children if c.dep_ in ("compound", "nmod")
            ):
                return True
    return False


def _soil_named(events: list[Event], actor_of: dict[int, Actor], places: list[Place],
                country: str) -> bool:  # fmt: skip
    """True when the sentence names a place inside ``country`` that is no party of it: "in
    Swat", "in Pakistan", "a school in Peshawar", while the capital standing for the state
    ("Islamabad accused the Taliban ...") is the speaker, not the scene (precision23)."""
    doc = next((e.trigger.doc for e in events if hasattr(e.trigger, "doc")), None)
    parties: list[tuple[int, int]] = []
    if doc is not None:
        parties = [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in actor_of if i < len(doc)]
    return any(
        p.iso3 == country and p.locative and not p.border
        and not any(s < p.end and p.start < e for s, e in parties)
        for p in places
    )  # fmt: skip


def _state_of(actor: Actor, kb: Any) -> str | None:
    """The country whose state ``actor`` is part of (army, police, government...), or None."""
    if actor.type not in STATE_TYPES:
        return None
    entity = kb.find(actor.org_id or actor.id or "")
    return getattr(entity, "country", None)


# -- possessive pronouns --------------------------------------------------------------------
_PERSONAL = ("he", "she", "his", "her")


def rebind_possessives(
    sdoc: Any,
    actor_of: dict[int, Actor],
    one_member: frozenset[str] = frozenset(),
    sequel: frozenset[str] = frozenset(),
) -> list[str]:
    """'its'/'their' (possessive) and 'it'/'they' (subject) stand for the nearest compatible
    actor before them in the sentence: 'the TTP condemns the army for its attacks' -> the
    army's attacks; 'the army says it killed 12 militants' -> the army. 'its'/'it' need a
    singular antecedent; a pronoun with none in the sentence keeps the document's reading.
    'he'/'his' stand for a named person, or for one man of a party named by a singular noun
    of ``one_member`` (cues.yaml ``one_member_nouns``: "a Haqqani commander said his men had
    ...", "a former ISI officer said his directorate had ...": the party; written23).
    Changes ``actor_of`` in place; returns the reasons."""
    why = []
    for tok in sdoc:
        possessive = tok.lower_ in ("its", "their", *_PERSONAL) and tok.dep_ == "poss"
        subject = tok.lower_ in ("it", "they", *_PERSONAL) and tok.dep_ in ("nsubj", "nsubjpass")
        if not (possessive or subject):
            continue
        personal = tok.lower_ in _PERSONAL  # "he", "his": the nearest named person
        current = actor_of.get(tok.i)
        if current is not None and not current.how.startswith("coreference"):
            continue
        nearest = None
        # "X declared Y's enemies its own enemies": "its own" is the clause subject's (gaps52)
        own_subject = _reflexive_owner(tok, actor_of) if possessive else None
        own_subject = own_subject or written.subject_for_personal(tok, actor_of)
        # "P, whose group fought Q, was killed after he refused ...": he = P (gaps62)
        own_subject = own_subject or written.clause_subject_person(tok, actor_of)
        # "X relied on Y against Z, and it continues to ...": it = X
        own_subject = own_subject or written.parallel_subject(tok, actor_of)
        # "X sided with Y, and Z attacked its positions": its = X (mmp11)
        own_subject = own_subject or written.crossed_subject(tok, actor_of)
        # "X's refusal to act against Y has strained its ties": its = X's (round 7)
        own_subject = own_subject or written.subject_owner(tok, actor_of)
        # "X rejected Y's ideology; some of its units clashed with Z": its = X (mmp12)
        # "X beheaded Y's men; they then attacked Z": they = X (written26; ``sequel``, cues.yaml
        # sequel_adverbs)
        own_subject = own_subject or written.subject_across_semicolon(tok, actor_of, sequel)
        # "X handed its bases to Y and announced that it was merging": it = X, the declarer
        own_subject = own_subject or written.declarer_subject(tok, actor_of)
        # "X drew criticism from Y for its ties to Z", "X was condemned by Y for its ...": the
        # judged party's, not the judge's (stop 28)
        own_subject = own_subject or _judged_party(tok, actor_of)
        # "X ended its truce with Y and ordered its fighters to ...": its = X (stop 32)
        own_subject = own_subject or written.commanding_subject(tok, actor_of)
        # "X attacked Kabul alongside its allies": the companions are the doer's (world26)
        own_subject = own_subject or written.comitative_subject(tok, actor_of)
        # "Y surrendered to Z, having been driven from their strongholds by X": their = Y
        own_subject = own_subject or written.participle_clause_subject(tok, actor_of)
        # "X, the armed wing of Y, carried out its first bombing": its = X (replay22)
        own_subject = own_subject or _apposed_subject(tok, actor_of)
        partners: tuple[Actor, ...] = ()
        if own_subject is None and tok.lower_ in ("they", "their"):
            # "X and Y declared war on Z, and their fighters attacked W": X with Y (coref50)
            pair = coref.parallel_pair(tok, actor_of)
            if pair:
                own_subject = pair[0]
                partners = tuple(actor_of[t.i] for t in pair[1:])
        told_of = written.object_told_of(tok) if own_subject is None else None
        if told_of is not None:
            # "X arrested three men, saying they had financed Y": they = the men (walk49)
            # the people's own group, named on their noun ("two X commanders")
            holder = next((t for t in told_of.subtree if actor_of.get(t.i) is not None), None)
            if holder is not None:
                own_subject = holder
            else:
                if current is not None:
                    del actor_of[tok.i]
                why.append(f"'{tok.text}': the {told_of.text} told of, no actor here")
                continue
        if own_subject is None and written.unnamed_coordinated_subject(tok, actor_of) is not None:
            # "P and Q launched a war against Z, and their armies fought W": their = the
            # coordinated names, no actor here; not the nearer Z (replay24)
            if current is not None:
                del actor_of[tok.i]
            why.append(f"'{tok.text}': the coordinated names before it, no actor here")
            continue
        if own_subject is None and coref.unnamed_parallel_subject(tok, actor_of) is not None:
            # "The brigade attacked militias of Z, and it joined W": it = the brigade, no
            # actor here; not the nearer Z (coref50)
            if current is not None:
                del actor_of[tok.i]
            why.append(f"'{tok.text}': the unnamed subject of the clause before, no actor here")
            continue
        # "X became its Dagestan sector": the predicate's owner is not the subject (world9)
        predicated = _predicate_subject(tok) if possessive and not personal else set()
        if own_subject is not None and own_subject.i in predicated:
            own_subject = None
        # "In May 2001, at a hotel in Tromso, its commanders ...": a place or state named only
        # in the opening place and time adjuncts is where, not whose (fix63)
        adjunct = _adjunct_place_end(sdoc, tok)
        for prev in reversed(sdoc[: tok.i] if own_subject is None else ()):
            actor = actor_of.get(prev.i)
            if prev.i in predicated:
                continue
            if (
                actor is not None
                and prev.idx - sdoc[0].idx < adjunct
                and actor.type not in coref.GROUPISH
            ):
                continue
            if personal and actor is None and _unknown_person(prev):
                # "Baghdadi announced ..., but Jolani renewed his pledge": the nearest named
                # person is one the knowledge base does not know; "his" is not Baghdadi's
                if current is not None:
                    del actor_of[tok.i]
                    why.append(f"'{tok.text}': {prev.text}, a person not known here")
                break
            if (
                actor is None
                or actor.how.startswith("coreference")
                or prev.lower_ in ("its", "their", "it", "they", "them")
            ):
                continue
            if tok.lower_ in ("they", "their"):
                host = _located_host(prev)
                if host is not None:
                    # "Rebels in Chad said they ...": they = the rebels, not Chad (peers12)
                    actor = actor_of.get(host.i)
                    if actor is None or actor.how.startswith("coreference"):
                        break  # the people the place qualifies are no actor: no antecedent
            if personal:
                if not (
                    actor.person or actor.type == "person" or _one_man(tok, prev, actor, one_member)
                ):
                    continue  # "he", "his": a named person (or the body a titled one leads)
            elif (
                actor.type not in _POSSESSABLE
                and not actor.type.endswith("group")
                and not _coordinated_people(prev, tok, actor_of)
                and not _body_named_after(prev, actor, tok)
            ):
                continue
            head = _phrase_head(prev)
            if head.i != prev.i and _held_place(head):
                # "X attacked Y positions after its commanders ...": a group's name before a
                # place it holds is the group, one party; the plural is the places' (written20)
                head = prev
            if (
                tok.lower_ in ("its", "it")
                and head.tag_ in ("NNS", "NNPS")
                and head.lower_ not in ("taliban", "taleban", "haqqanis")
                and not (predicated and head.pos_ == "PROPN" and actor.type.endswith("group"))
            ):  # (a group's plural name, "the X Brigades", may own the predicate: world9)
                continue  # "its" needs a singular antecedent
            nearest = actor
            break
        if own_subject is not None:
            nearest = actor_of[own_subject.i]
        elif nearest is not None and (possessive or subject):
            # "X attacked their villages" after Y: not the attacker's own (round 11); "Y said
            # X had allowed it to use Z": the permitted party is not X (precision25)
            nearest = written.victim_owner(tok, actor_of, nearest) or nearest
        if nearest is None or (
            current is not None and current.key() == nearest.key() and not partners
        ):
            continue
        actor_of[tok.i] = Actor(**{**nearest.__dict__, "mention": tok.text,
                                   "how": f"coreference ({nearest.mention}, nearest)",
                                   "partners": partners or nearest.partners})  # fmt: skip
        why.append(f"'{tok.text}': the nearest actor before it, {nearest.mention}")
    return why


def _adjunct_place_end(sdoc: Any, tok: Any) -> int:
    """The offset (in the sentence) where its opening place and time adjuncts end when the
    pronoun ``tok`` comes after them, else 0 (:func:`riftwatch.nlp.coref.opening_adjunct_end`):
    0 too for "its" owning a state's own body ("In Norway, its army ...": coref.yaml
    ``adjunct_state_nouns``)."""
    if tok.lower_ in _PERSONAL:
        return 0  # "he", "his": a named person, never a place
    text = sdoc.text
    end = coref.opening_adjunct_end(text)
    if not end or tok.idx - sdoc[0].idx < end:
        return 0
    if tok.dep_ == "poss":
        state_nouns = coref.load().adjunct_state_nouns
        owned = " ".join(t.lower_ for t in tok.doc[tok.i + 1 : tok.head.i + 1])
        if owned in state_nouns or tok.head.lower_ in state_nouns:
            return 0
    return end


def _body_named_after(prev: Any, actor: Actor, pronoun: Any) -> bool:
    """Is ``prev`` a leader's name before the noun of the body it stands for ("the Duterte
    government", "the Baluku faction"), resolved to that body, and that body the subject of
    the clause ``pronoun`` stands in? Then the body owns an "its"/"their" of its clause, as
    the government's own name would (walk53: "The Duterte government ended its peace talks
    with Y": its = the government's, not a group of the sentence before). Elsewhere in the
    sentence ("fought Y against the Lon Nol government and trained its recruits") the name
    stays a person's.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Duterte government ended its peace talks.")
    >>> body = Actor(id="p", name="Duterte", mention="Duterte", type="person", org_id="g")
    >>> _body_named_after(doc[1], body, doc[4]), _body_named_after(doc[3], body, doc[4])
    (True, False)
    """
    if not (
        actor.type == "person"
        and actor.org_id is not None
        and prev.dep_ == "compound"
        and prev.head.pos_ == "NOUN"
        and prev.head.i > prev.i
        and prev.head.dep_ in ("nsubj", "nsubjpass")
    ):
        return False
    verb = prev.head.head
    return any(t.i == pronoun.i for t in verb.subtree)


def _reflexive_owner(tok: Any, actor_of: dict[int, Actor]) -> Any:
    """The subject token of the clause a possessive "its own" / "their own" stands in, when
    an actor is named there, or None (gaps52): "X declared Y's enemies its own enemies",
    "X considers Y's foes its own": the possessor with "own" is the clause's subject, not
    the nearer Y. A pronoun with no "own" is left to the other readings."""
    noun = tok.head
    if noun.lower_ != "own" and not any(c.lower_ == "own" for c in noun.children):
        return None
    clause = noun
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    for child in clause.children:
        if child.dep_ != "nsubj":
            continue
        named = [t for t in child.subtree if t.i in actor_of and t.i != tok.i
                 and not actor_of[t.i].how.startswith("coreference")]  # fmt: skip
        if named:
            return named[-1] if child.i in actor_of else named[0]
    return None


def _one_man(pronoun: Any, tok: Any, actor: Actor, one_member: frozenset[str]) -> bool:
    """Is ``tok`` a singular noun of one man (``one_member``) that stands for a party, a group
    or a state body ("a Haqqani commander", "an ISI officer"), so that "his" after it is that
    man's party (written23)? Only for "his" on the subject of a clause, the man telling what
    his own side did ("said his men had sheltered Y", "his directorate had paid Y"); "Y
    ambushed his fighters" is left to the reading before (a victim's side, where "his" may be
    anyone's)."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # the name before the noun ("ISI" of "an ISI officer") or the noun itself
    noun = tok.head if tok.dep_ in ("compound", "amod", "nmod") and tok.i < tok.head.i else tok
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and noun.lower_ in one_member
        and (actor.type in ("armed_group", "faction") or actor.type in STATE_TYPES)
    )


_PREDICATE_COPULAS = frozenset({"be", "become", "remain", "stay"})


def _predicate_subject(tok: Any) -> set[int]:
    """The token indices of the subject of the copula whose predicate noun ``tok`` (a
    possessive) owns: "the Dagestani jamaat became its Dagestan sector", "X was its armed
    wing" (world9). A party is no part or wing of itself, so the possessive is another
    party's; with "own" ("X became its own master") it is the subject's, and nothing is
    excluded.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Sadulayev formed a front, and the Kestra jamaat became its Dagestan sector.")
    >>> sorted(doc[i].text for i in _predicate_subject(doc[10]))
    ['Kestra', 'jamaat', 'the']
    """
    noun = tok.head
    if noun.dep_ not in ("attr", "oprd") or noun.head.lemma_.lower() not in _PREDICATE_COPULAS:
        return set()
    if any(c.lower_ == "own" for c in noun.children):
        return set()
    return {t.i for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree}  # fmt: skip


def _apposed_subject(tok: Any, actor_of: dict[int, Actor]) -> Any:
    """The subject token that 'its' on the direct object of the subject's own verb stands for,
    when the subject is a group whose apposition or "of" phrase names another party before
    the pronoun: "X, the armed wing of Y, carried out its first bombing" (X's bombing, not
    Y's), "X, backed by Y, launched its offensive". None otherwise: the pronoun elsewhere
    ("X, an ally of Y, said Z attacked its posts"), no party inside the subject's phrase
    ("X carried out its attack": the nearest actor is X already), a person as subject.

    >>> import spacy
    >>> from riftwatch.nlp.code import Actor
    >>> nlp = spacy.blank("en")
    >>> _apposed_subject(nlp("its")[0], {}) is None
    True
    """
    if tok.lower_ != "its" or tok.dep_ != "poss" or tok.head.dep_ not in ("dobj", "obj"):
        return None
    verb = tok.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > tok.i:
        return None
    actor = actor_of.get(subject.i)
    if actor is None or actor.how.startswith("coreference") or actor.person:
        return None
    if actor.type not in _POSSESSABLE and not (actor.type or "").endswith("group"):
        return None
    if subject.tag_ in ("NNS", "NNPS"):
        return None  # "its" needs a singular antecedent
    inner = [t for t in subject.subtree if t.i != subject.i and t.i in actor_of
             and actor_of[t.i].key() != actor.key()]  # fmt: skip
    return subject if inner else None


def _judged_party(tok: Any, actor_of: dict[int, Actor]) -> Any:
    """The subject token that a possessive in a "for" phrase of a judgement stands for, when
    the judge is named in a "by"/"from" phrase before it: "X drew criticism from Y for its
    ties to Z" (a judging noun with a "from"/"by" phrase, object of the subject's verb), "X
    was condemned by Y for its ties" (a passive verb). None otherwise ("Y condemned X for its
    ties": the nearest actor, X, is right already)."""
    if tok.dep_ != "poss" or tok.head.dep_ != "pobj":
        return None
    prep = tok.head.head
    if prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    verb = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    # the judge is named by a "by"/"from" phrase between the verb and the "for" phrase, in
    # the verb's own tree ("drew criticism from Y for ...", "was condemned by Y for ...")
    judged = any(
        t.lower_ in ("by", "from") and t.dep_ in ("prep", "agent") and verb in t.ancestors
        for t in verb.doc[verb.i + 1 : prep.i]
    )
    if not judged:
        return None
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    active = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if passive is not None:
        subject = passive
    elif active is not None and any(c.dep_ in ("dobj", "obj") and c.i < prep.i
                                    for c in verb.children):  # fmt: skip
        subject = active  # "X drew criticism from Y": X is judged (a noun of judgement)
    else:
        return None
    if subject is None:
        return None
    head = next((t for t in subject.subtree if t.i in actor_of), None)
    return head


def _coordinated_people(prev: Any, tok: Any, actor_of: dict[int, Actor]) -> bool:
    """True when "they"/"their" follows named people coordinated with another named actor
    ("Obama and Putin said they will ..."): the pronoun is the coordination (the coder adds
    the other conjuncts, ``mechanisms.plural_antecedents``), though "they" never stands for
    one person alone (peers13).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Smith and Jones said they will attack the town.")
    >>> a = Actor(id="p:1", name="Smith", mention="Smith", type="person")
    >>> b = Actor(id="p:2", name="Jones", mention="Jones", type="person")
    >>> _coordinated_people(doc[2], doc[4], {0: a, 2: b})
    True
    >>> _coordinated_people(doc[2], doc[4], {2: b})
    False
    """
    if tok.lower_ not in ("they", "their"):
        return False
    head = _phrase_head(prev)
    return any(
        actor_of.get(c.i) is not None and actor_of[c.i].key() != actor_of[prev.i].key()
        for conj in head.conjuncts
        for c in conj.subtree
        if c.i < tok.i
    )


_LOCATED_PREPS = frozenset({"in", "from"})


def _located_host(tok: Any) -> Any:
    """The plural noun a place qualifies ("rebels" in "Rebels in Chad", "Protesters from X"),
    or None: the place is where those people are, not the antecedent of a pronoun after it.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Rebels in Chad said they attacked the army.")
    >>> _located_host(doc[2]).text
    'Rebels'
    >>> _located_host(nlp()("Chad said it attacked the rebels.")[0]) is None
    True
    """
    head = _phrase_head(tok)
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _LOCATED_PREPS:
        return None
    host = prep.head
    if host.i >= tok.i or host.pos_ not in ("NOUN", "PROPN"):
        return None
    return host if host.tag_ in ("NNS", "NNPS") or _capitalised_plural(host) else None


def _capitalised_plural(tok: Any) -> bool:
    """A plural noun the tagger reads as a name because it opens the sentence ("Rebels")."""
    return (
        tok.is_sent_start
        and tok.tag_ == "NNP"
        and tok.lower_.endswith("s")
        and tok.ent_type_ in ("", "NORP")
    )


def _unknown_person(tok: Any) -> bool:
    """A proper name the parser takes for a person, or a named subject of a clause (and the
    caller found no actor for it): "Jolani", "Abu Karim Tabbal renewed ..."."""
    if tok.pos_ != "PROPN" or tok.dep_ == "compound":
        return False
    named = tok.ent_type_ == "PERSON" or any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in tok.children
    )
    return named or tok.dep_ in ("nsubj", "nsubjpass")


def _held_place(noun: Any) -> bool:
    """Is ``noun`` a place a party holds (cues.yaml ``held_place_nouns``: "positions",
    "bases", "hideouts")? Then a name before it ("Y positions") names their holder."""
    from riftwatch.nlp import lexicon  # noqa: PLC0415 (loaded data, cached)

    return noun.pos_ == "NOUN" and noun.lower_ in lexicon.load().held_place_nouns


def _phrase_head(tok: Any) -> Any:
    """The head noun of the phrase a token belongs to (the token itself at most 3 up)."""
    node = tok
    for _ in range(3):
        if node.dep_ in ("compound", "amod", "nmod", "det") and node.head.i > node.i:
            node = node.head
        else:
            break
    return node


__all__ = [
    "NAME",
    "DocumentPlaces",
    "Place",
    "contrast_taliban",
    "governing_party",
    "implied_agent",
    "implied_words",
    "is_bare_taliban",
    "places_in",
    "rebind_possessives",
    "sentence_country",
    "operation_country",
    "taliban_abroad",
    "taliban_inside",
]
