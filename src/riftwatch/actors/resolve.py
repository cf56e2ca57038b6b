"""Resolve a mention (with its date and context) to an actor and the organisation it stands for.

How a mention is matched, strictest first (the first step that finds anything wins):

1. ``exact``: the normalised mention is an alias (diacritics, case, apostrophes and
   punctuation ignored); short abbreviations (``AQ``, ``IS``, ``ISI``, ``LeT``) only
   match as written.
2. ``fold``: the transliteration skeleton matches (Qaeda/Qaida, Tehrik/Tehreek,
   Zawahiri/Zawahri).
3. ``plural``: a plural of a group, tribe or collective alias (``Wazirs``).
4. ``title``: the same after dropping titles (Mullah, Maulana, General, President).
5. ``pattern``: a country plus a state role (``Mexican authorities``, ``Serbian army``):
   the country's body for that role when the KB has one, else the country.
6. ``head``: a known name inside a longer noun phrase (``Taliban commander Mullah
   Nazir``, ``Pakistan's ISI``); the other words count as context.
7. ``fuzzy``: a close spelling (rapidfuzz) of a strong alias, with a high threshold.

Several candidates are then ranked: an alias whose ``when`` rule (years, context
words) holds beats unconditional ones ("specific beats general"); context hints of
each entity and the entity's existence at the date break ties; ``weak`` and
``ambiguous`` aliases, and one-word spelling variants, need supporting context. A
person stands for the group they led or belonged to at the date; a group, sub-unit or
country for itself (its parent chain and, after a rename or merger, its ``successor``
are reported too). When nothing fits, or two different actors tie, the mention stays
unresolved with the reason.

>>> r = Resolver()
>>> r.resolve("Baitullah Mehsud", date="2008-05-01").organization.name
'Tehrik-i-Taliban Pakistan'
>>> r.resolve("ISI", date="2008", context="car bombs in Baghdad and Anbar").actor.name
'Islamic State of Iraq'
>>> r.resolve("ISI", date="2008", context="Pakistan's army chief met the ISI").actor.name
'Inter-Services Intelligence'
>>> r.resolve("Lionel Messi").unresolved
True
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from datetime import date as _calendar_date
from functools import lru_cache
from typing import Any

from riftwatch.actors.agents import load_agents
from riftwatch.actors.kb import (
    Alias,
    Entity,
    KnowledgeBase,
    Relation,
    _ordinary_word,
    default_kb,
    name_cues,
)
from riftwatch.actors.normalize import (
    PARTICLES,
    compact,
    day_to_iso,
    fold,
    norm,
    norm_token,
    skeleton,
    to_day,
    tokens,
)
from riftwatch.actors.open import FOREIGN_ARTICLES

KIND_SCORE = {
    "official": 0.95,
    "transliteration": 0.93,
    "former": 0.9,
    "abbreviation": 0.9,
    "collective": 0.88,
    "short": 0.86,
    "demonym": 0.8,
    "weak": 0.5,
}
_INITIALS_IN_TEXT = re.compile(r"\b[A-Z][A-Z0-9-]{2,}\b")
"""Initials written in a text ("GSPC", "DHKP-C"), for :meth:`Resolver._short_of_initialled`."""
_BARE_INITIALS = re.compile(r"[A-Z]{4,8}")
"""A mention that is bare initials only ("PFLP"), for :meth:`Resolver._initials_of_name`."""
METHOD_FACTOR = {
    "exact": 1.0,
    "fold": 0.92,
    "plural": 0.9,
    "title": 0.95,
    "pattern": 0.9,
    "head": 0.9,
    "spelled": 0.9,
}
CONDITION_BONUS = 0.6
HINT_BONUS = 0.03
THRESHOLD = 0.55
TIE_MARGIN = 0.05
FUZZY_MIN = 88.0

TITLES = frozenset(
    (
        "mullah",
        "mulla",
        "maulana",
        "maulvi",
        "mawlawi",
        "maulavi",
        "moulvi",
        "molvi",
        "mawlana",
        "mufti",
        "qari",
        "sheikh",
        "shaikh",
        "shaykh",
        "haji",
        "hajji",
        "hafiz",
        "president",
        "vice",
        "prime",
        "minister",
        "pm",
        "general",
        "gen",
        "lt",
        "lieutenant",
        "col",
        "colonel",
        "major",
        "maj",
        "brigadier",
        "brig",
        "commander",
        "cmdr",
        "emir",
        "amir",
        "dr",
        "doctor",
        "mr",
        "mrs",
        "ms",
        "chief",
        "leader",
        "spokesman",
        "spokesperson",
        "senator",
        "sen",
        "secretary",
        "director",
        "king",
        "prince",
        "prof",
        "professor",
        "ambassador",
        "envoy",
        "ustad",
        "sardar",
        "khalifa",
        "imam",
        "caliph",
        "deputy",
        "former",
        "late",
        "slain",
        "militant",
        "top",
        "senior",
        "veteran",
        "chancellor",
        "premier",
        "king",
        "queen",
        "sultan",
        "ayatollah",
        "governor",
        "foreign",
        "defence",
        "defense",
        "interior",
    )
)
"""Words dropped from the front of a person's name when the full form is unknown."""

ROLE_NOUNS: dict[str, str] = load_agents().state_nouns()
"""Agent nouns of the state roles ("police", "negotiators", "troops") and civilians, from
the agents data (``data/agents/``): "<country> <noun>" resolves to that country's body."""


_BREAKS = re.compile(r"[,;:()\[\]\u2014\u2013]")
"""Punctuation that ends a noun phrase: a country and a role noun across it are two mentions."""

CROWDED_SOURCES = frozenset({"petrarch2-phoenix"})
"""Sources whose persons match only as spelled, never by fuzzy spelling: among thousands of
office holders a close spelling ("Ibrahim Mohamed Solih") is usually someone else."""

_STATE_TYPES = frozenset({"government", "military", "intelligence", "police", "igo"})
_NO_SINGLE_FOLD = frozenset({"country", "place", "collective"})
GROUP_TYPES = frozenset({"armed_group", "faction", "tribe", "collective", "party", "shura"})

_TRIM_RE = re.compile(r"^[\s\"'“”‘’«»(\[{,;:.]+|[\s\"'“”‘’«»)\]},;:.!?]+$")


# -- a sentence's capital ---------------------------------------------------------------
_OPENERS = " \t\n\"'\u201c\u2018([{"
"""What may stand before a sentence's first word: spaces, quotes and brackets."""
_NEXT_WORDS = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")
_PARTNER = re.compile(r"\s+and\s+(?:President\s+|Prime\s+Minister\s+)?[A-Z][\w'\u2019-]+")
"""'and' and a second capitalised name: "Putin and Obama met" (the verb follows the pair)."""


def opens_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` open ``text``: only spaces, quotes and brackets before it?

    >>> opens_sentence('"Putin said', 1), opens_sentence("On Monday Putin said", 10)
    (True, False)
    """
    return not text[:start].strip(_OPENERS)


@lru_cache(maxsize=1)
def _name_cues() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of speech and meeting, words that may stand before them) from name_cues.yaml."""
    cues = name_cues()
    return cues.get("person_verbs", frozenset()), cues.get("auxiliaries", frozenset())


_OWN_NAME_TYPES = frozenset({"armed_group", "faction", "organization", "party", "shura"})


@lru_cache(maxsize=1)
def polity_nouns() -> frozenset[str]:
    """name_cues.yaml's ``polity_nouns``: "state", "emirate", "caliphate", ..."""
    return name_cues().get("polity_nouns", frozenset())


_INDEFINITE_BEFORE = re.compile(r"(?:^|\W)an?\s+$", re.IGNORECASE)


def sought_polity_word(word: str, next_word: str = "") -> bool:
    """Is ``word`` (after "a"/"an", which the caller checks) a polity sought or proclaimed
    rather than a body that acts: a lower-case noun of name_cues.yaml's ``polity_nouns``
    heading its phrase, that is with nothing after it (``next_word`` empty: the end, a
    punctuation mark, or a caller that knows the head from the parse) or a word of
    ``polity_followers`` ("an Islamic state in Y")? The one predicate behind
    :func:`polity_sought` (on the text) and ``riftwatch.nlp.mentions._sought_polity`` (on
    the parse).

    >>> sought_polity_word("state"), sought_polity_word("state", "in")
    (True, True)
    >>> sought_polity_word("government", "delegation"), sought_polity_word("State")
    (False, False)
    >>> sought_polity_word("official")
    False
    """
    if not word[:1].islower() or word.lower() not in polity_nouns():
        return False
    return not next_word or next_word.lower() in name_cues().get("polity_followers", frozenset())


def polity_sought(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a polity in lower case after "a"/"an": a state sought or
    proclaimed ("an Islamic state", "an Islamic emirate"), not the group of that name?

    >>> t = "The Taliban established an Islamic state; an Islamic State commander fled."
    >>> polity_sought(t, 27, 41), polity_sought(t, 45, 58)
    (True, False)
    >>> t = "They set up an Islamic state in Afghanistan."
    >>> polity_sought(t, 15, 43)
    True
    >>> t = "An Afghan government delegation met them."
    >>> polity_sought(t, 3, 20)
    False
    """
    if not _INDEFINITE_BEFORE.search(text[max(0, start - 6) : start]):
        return False
    for m in re.finditer(r"[\w'-]+", text[start:end]):
        # the polity is the head of its phrase: nothing, punctuation or a word of
        # name_cues.yaml's polity_followers after it ("an Islamic state in Y", "an Islamic
        # state."); "an Afghan government delegation" is the government's delegation (lead45)
        after = re.match(r"\s*([\w'-]*)", text[start + m.end() :])
        if sought_polity_word(m.group(0), after.group(1) if after else ""):
            return True
    return False


@lru_cache(maxsize=1)
def _group_word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(words a known group's name may be followed by, words that may stand for each other
    at its end): name_cues.yaml's ``trailing_group_heads`` and
    ``interchangeable_group_heads``."""
    cues = name_cues()
    return (
        cues.get("trailing_group_heads", frozenset()),
        cues.get("interchangeable_group_heads", frozenset()),
    )


@lru_cache(maxsize=1)
def _different_group_heads() -> frozenset[str]:
    """name_cues.yaml's ``different_group_heads``."""
    return name_cues().get("different_group_heads", frozenset())


@lru_cache(maxsize=1)
def _common_lemmas() -> tuple[frozenset[str], ...] | None:
    """The verb, adjective and adverb lemmas of the parser's lemmatizer (WordNet's index as
    spaCy's English pipeline ships it), or None when the pipeline cannot be loaded. Nouns
    are left out: that index lists famous persons ("putin") among them."""
    try:
        from spacy.strings import get_string_id

        from riftwatch.nlp.parse import nlp

        table = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return tuple(
            frozenset(table[get_string_id(pos)])
            for pos in ("verb", "adj", "adv")
            if get_string_id(pos) in table
        )
    except Exception:  # noqa: BLE001  (no parser: every word counts as common)
        return None


@lru_cache(maxsize=4096)
def common_word(word: str) -> bool:
    """Is ``word`` a common English word: a verb, adjective or adverb of the parser's
    lemma index (True when the parser cannot be loaded)?

    >>> common_word("Rice"), common_word("Young"), common_word("Putin"), common_word("Karzai")
    (True, True, False, False)
    """
    lemmas = _common_lemmas()
    if lemmas is None:
        return True
    low = word.lower()
    return any(low in table for table in lemmas)


def capital_of_sentence(text: str, start: int, end: int) -> bool:
    """Is the capital letter of ``text[start:end]`` only the sentence's, so no sign of a
    proper name? True when the mention opens the sentence (:func:`opens_sentence`), unless
    a verb of speech or meeting follows it (name_cues.yaml; "has", "also" may stand
    between) and its first word is no common English word (:func:`common_word`).

    >>> capital_of_sentence("Putin met Obama on Monday.", 0, 5)
    False
    >>> capital_of_sentence("Rice was mentioned.", 0, 4), capital_of_sentence("Rice said so.", 0, 4)
    (True, True)
    >>> capital_of_sentence("On Monday Putin met Obama.", 10, 15)
    False
    >>> capital_of_sentence("Putin and Obama said so.", 0, 5)
    False
    """
    if start < 0 or not opens_sentence(text, start):
        return False
    verbs, auxiliaries = _name_cues()
    pair = _PARTNER.match(text, end)
    nxt = _NEXT_WORDS.match(text, pair.end() if pair else end)
    if nxt is None:
        return True
    first, second = nxt.group(1), nxt.group(2)
    if first not in verbs and not (first in auxiliaries and second in verbs):
        return True
    words = text[start:end].split()
    return not words or common_word(words[0].strip(".,'\"\u2019"))


def _capital_of_context(context: str, mention: str) -> bool:
    """:func:`capital_of_sentence` for a mention given with its context but no offset: at
    its first place in the context."""
    surface = mention.strip()
    start = context.find(surface) if surface else -1
    return start >= 0 and capital_of_sentence(context, start, start + len(surface))


# -- results ----------------------------------------------------------------------------
@dataclass(slots=True)
class Candidate:
    entity: Entity
    score: float
    alias: Alias | None = None
    role: str | None = None
    rejected: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.entity.id,
            "name": self.entity.name,
            "type": self.entity.type,
            "score": round(max(self.score, 0.0), 3),
        }


@dataclass(slots=True)
class Resolution:
    """The outcome of resolving one mention."""

    mention: str
    actor: Entity | None
    organization: Entity | None
    confidence: float
    candidates: list[Candidate]
    reason: str
    method: str | None = None
    alias: Alias | None = None
    relation: Relation | None = None
    parents: list[Entity] = field(default_factory=list)
    role: str | None = None
    date: str | None = None
    successor: Entity | None = None

    @property
    def unresolved(self) -> bool:
        return self.actor is None

    def to_dict(self) -> dict[str, Any]:
        """The contract shape of ``riftwatch actors resolve --format json``."""
        actor = self.actor
        org = self.organization
        out: dict[str, Any] = {
            "mention": self.mention,
            "actor": actor.ref() if actor else None,
            "organization": {"id": org.id, "name": org.name, "type": org.type} if org else None,
            "confidence": round(self.confidence, 3),
            "candidates": [c.to_dict() for c in self.candidates],
            "unresolved": self.actor is None,
            "reason": self.reason,
            "parents": [{"id": p.id, "name": p.name} for p in self.parents],
            "method": self.method,
            "date": self.date,
        }
        if actor is not None:
            out["country"] = actor.country or (org.country if org else None)
        if self.alias is not None:
            out["matched_alias"] = {
                "name": self.alias.name,
                "kind": self.alias.kind,
                "source": self.alias.source,
            }
        if self.relation is not None:
            out["acts_as"] = {
                "relation": self.relation.type,
                "role": self.relation.role,
                "start": self.relation.start,
                "end": self.relation.end,
            }
        if self.role is not None:
            out["role"] = self.role
        if self.successor is not None:
            out["successor"] = {"id": self.successor.id, "name": self.successor.name}
        return out


@dataclass(slots=True)
class _Lookup:
    method: str
    cands: list[tuple[Alias, str | None]]
    extra: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    fuzzy: float | None = None
    loose: bool = False


class _Context:
    __slots__ = ("padded", "tokens")

    def __init__(self, text: str) -> None:
        toks = [norm_token(t) for _, _, t in tokens(text)] if text else []
        self.tokens = frozenset(t for t in toks if t)
        self.padded = " " + " ".join(t for t in toks if t) + " "

    def has(self, term: str) -> bool:
        if " " in term:
            return f" {term} " in self.padded
        return term in self.tokens


@lru_cache(maxsize=4096)
def _context(text: str) -> _Context:
    return _Context(text)


# -- the resolver ----------------------------------------------------------------------
_HINT_RELATIONS = ("leader_of", "member_of", "part_of", "front_of")


@dataclass
class _Parts:
    """One entity's share of a :class:`Resolver`'s indexes (kept so that a resolver over
    a KB that shares the entity can take it as it is: see ``Resolver(reuse=...)``)."""

    cased: list[tuple[str, Alias]] = field(default_factory=list)
    exact: list[tuple[str, Alias]] = field(default_factory=list)
    folded: list[tuple[str, Alias]] = field(default_factory=list)
    fuzzy: list[tuple[Alias, tuple[str, ...]]] = field(default_factory=list)
    fold_prefixes: set[str] = field(default_factory=set)
    span_prefixes: set[str] = field(default_factory=set)
    max_tokens: int = 1
    hints: tuple[str, ...] = ()
    hint_targets: tuple[Entity | None, ...] | None = None


_SPAN_BREAKS = frozenset(',;:()[]"\u201c\u201d')
"""Punctuation that ends a name found by its skeleton: "Haftar's LNA, south of the capital"
is no person "Lenny Saith" (the consonants of "LNA, south"; bugs36)."""


class Resolver:
    """Date- and context-aware resolution against a :class:`KnowledgeBase`.

    Build once and reuse: the indexes are built on first use (a command that only reads
    ``kb``, or names actors by id, never pays for them) and results are kept in an LRU
    cache keyed by (mention, day, the context words that matter).

    >>> r = Resolver()
    >>> r.built
    False
    >>> r.resolve("Al Qaeda", date="2010").actor.id, r.built
    ('org:al-qaeda', True)
    """

    _INDEXES = frozenset(
        {
            "_parts",
            "exact",
            "cased",
            "folded",
            "fuzzy_aliases",
            "fuzzy_index",
            "hints",
            "span_prefixes",
            "fold_prefixes",
            "max_tokens",
            "countries",
        }
    )
    """The attributes :meth:`_build` makes: reading one builds them all (see ``__getattr__``)."""

    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        *,
        cache_size: int = 200_000,
        reuse: Resolver | None = None,
    ) -> None:
        self.kb = kb if kb is not None else default_kb()
        self.cache_size = cache_size
        self._results: OrderedDict[tuple[Any, ...], Resolution] = OrderedDict()
        self._lookups: dict[str, _Lookup | None] = {}
        self._reuse = reuse
        self._lock = threading.RLock()

    @property
    def built(self) -> bool:
        """Whether the indexes exist yet (they are built by the first call that needs them)."""
        return "_parts" in self.__dict__

    def __getattr__(self, name: str) -> Any:
        # only called when ``name`` is not set: the first read of an index builds them all
        lock = self.__dict__.get("_lock")
        if name not in Resolver._INDEXES or lock is None:
            raise AttributeError(name)
        with lock:  # another thread may be building: wait for it
            if name not in self.__dict__:
                # built aside and added in one step, so that no other thread ever reads
                # a half-filled index
                aside = object.__new__(Resolver)
                aside.kb = self.kb
                reuse = self._reuse
                aside._build(reuse if reuse is not None and reuse.built else None)
                self.__dict__.update({k: aside.__dict__[k] for k in Resolver._INDEXES})
                self._reuse = None
        return self.__dict__[name]

    # indexes ----------------------------------------------------------------------------
    def _build(self, reuse: Resolver | None = None) -> None:
        """Index every alias. Each entity's share of the indexes (:class:`_Parts`) is
        kept; with ``reuse`` (a resolver over a KB that shares the entity objects that
        did not change, see :class:`KnowledgeBase`) an unchanged entity's share is taken
        from it instead of being worked out again. The shares are added in the KB's
        order, so the indexes are the same as a build from nothing."""
        self.exact: dict[str, list[Alias]] = defaultdict(list)
        self.cased: dict[str, list[Alias]] = defaultdict(list)
        self.folded: dict[str, list[Alias]] = defaultdict(list)
        self.fuzzy_aliases: list[Alias] = []
        self.fuzzy_index: dict[str, list[int]] = defaultdict(list)
        self.hints: dict[str, tuple[str, ...]] = {}
        self.span_prefixes: set[str] = set()
        self.fold_prefixes: set[str] = set()
        self.max_tokens = 1
        self.countries: dict[str, Entity] = {}
        old = reuse._parts if reuse is not None else {}
        own: dict[str, tuple[Entity, _Parts]] = {}
        for ent in self.kb:
            kept = old.get(ent.id)
            parts = kept[1] if kept is not None and kept[0] is ent else self._entity_parts(ent)
            own[ent.id] = (ent, parts)
            targets = self._hint_targets(ent)
            if (
                parts.hint_targets is not None
                and len(targets) == len(parts.hint_targets)
                and all(a is b for a, b in zip(targets, parts.hint_targets, strict=True))
            ):
                self.hints[ent.id] = parts.hints
            else:
                self.hints[ent.id] = self._hints(ent)
                if kept is not None and kept[0] is ent:  # the same entity, other targets
                    parts = _Parts(**{**parts.__dict__})
                    own[ent.id] = (ent, parts)
                parts.hints, parts.hint_targets = self.hints[ent.id], targets
            for key, alias in parts.cased:
                self.cased[key].append(alias)
            for key, alias in parts.exact:
                self.exact[key].append(alias)
            for key, alias in parts.folded:
                self.folded[key].append(alias)
            for alias, keys in parts.fuzzy:
                idx = len(self.fuzzy_aliases)
                self.fuzzy_aliases.append(alias)
                for sk in keys:
                    self.fuzzy_index[sk].append(idx)
            self.fold_prefixes.update(parts.fold_prefixes)
            self.span_prefixes.update(parts.span_prefixes)
            self.max_tokens = max(self.max_tokens, parts.max_tokens)
            if ent.type == "country":
                self.countries[ent.id] = ent
        self._parts: dict[str, tuple[Entity, _Parts]] = own  # last: ``built`` reads it

    def _entity_parts(self, ent: Entity) -> _Parts:
        """One entity's share of the indexes, in the order its aliases add to them."""
        parts = _Parts()
        for alias in ent.aliases:
            if not alias.norm and not alias.compact:
                continue
            if alias.case_sensitive:
                parts.cased.append((alias.compact, alias))
                words = [norm_token(t) for _, _, t in tokens(alias.name)]
            else:
                parts.exact.append((alias.norm, alias))
                words = alias.norm.split()
                weak_word = alias.kind == "weak" and " " not in alias.norm
                if alias.fold and len(alias.fold.replace(" ", "")) >= 3 and not weak_word:
                    # a weak one-word alias ("Haqqani", a surname) matches only as
                    # spelled: a spelling variant of a weak name is too little evidence
                    parts.folded.append((alias.fold, alias))
                    fparts = alias.fold.split()
                    for i in range(1, len(fparts) + 1):
                        parts.fold_prefixes.add(" ".join(fparts[:i]))
                crowd = alias.source in CROWDED_SOURCES and ent.type == "person"
                if (
                    alias.kind != "weak"
                    and not alias.ambiguous
                    and len(alias.norm) >= 5
                    and (
                        not crowd  # 11,000 office holders: a near spelling is another person
                    )
                ):
                    keys = tuple(sk for sk in set(alias.fold.split()) if len(sk) >= 2)
                    parts.fuzzy.append((alias, keys))
            words = [p for p in words if p]
            parts.max_tokens = max(parts.max_tokens, min(len(words), 14))
            for i in range(1, len(words) + 1):
                parts.span_prefixes.add(" ".join(words[:i]))
        return parts

    def _hint_targets(self, ent: Entity) -> tuple[Entity | None, ...]:
        """The entities whose names make up ``ent``'s context hints (see :meth:`_hints`)."""
        return tuple(
            self.kb.find(rel.target) for rel in ent.relations if rel.type in _HINT_RELATIONS
        )

    def _hints(self, ent: Entity) -> tuple[str, ...]:
        terms = list(ent.context)
        for rel in ent.relations:
            if rel.type in _HINT_RELATIONS:
                target = self.kb.find(rel.target)
                if target is None:
                    continue
                terms.append(norm(target.name))
                for alias in target.aliases:
                    if alias.kind in ("abbreviation", "short") and len(alias.norm) >= 3:
                        terms.append(alias.norm)
        return tuple(dict.fromkeys(t for t in terms if t))

    # public API -------------------------------------------------------------------------
    def resolve(self, mention: str, date: object = None, context: str | None = None) -> Resolution:
        """Resolve one mention; ``date`` is YYYY, YYYY-MM, YYYY-MM-DD or a date."""
        day = _day_of(date)
        return self._resolve(mention, day, context or "")

    def resolve_dict(
        self, mention: str, date: object = None, context: str | None = None
    ) -> dict[str, Any]:
        return self.resolve(mention, date, context).to_dict()

    def find_mentions(
        self,
        text: str,
        date: object = None,
        context: str | None = None,
        *,
        resolved_only: bool = False,
    ) -> list[tuple[int, int, Resolution]]:
        """Known actor names in ``text``: ``(start, end, resolution)``, longest match first.

        Matches respect token boundaries; short abbreviations (``IS``, ``AQ``,
        ``ISI``) only match as written; names with capitals need a capital
        initial in the text. The text itself (plus ``context``) is the context
        of each resolution.

        >>> r = Resolver()
        >>> text = "Afghan Taliban leaders refused to shelter Al Qaeda, the Haqqanis did not."
        >>> [(text[s:e], res.organization.id) for s, e, res in r.find_mentions(text, "2010")]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('Afghan Taliban', 'org:afghan-taliban'), ('Al Qaeda', 'org:al-qaeda'),
         ('Haqqanis', 'org:haqqani-network')]
        """
        day = _day_of(date)
        full_context = f"{text} {context}" if context else text
        spans = self._scan(text)
        out = []
        for start, end, method, cands, role in spans:
            mention = text[start:end]
            if polity_sought(text, start, end):
                continue  # "established an Islamic state": no group (lead45)
            if method == "exact":  # the same name spelt otherwise (sides24)
                other = self._other_spellings([a for a, _r in cands], fold(mention))
                cands = [*cands, *((a, None) for a in other)]
            # a one-word spelling variant found by scanning needs context, as in resolve()
            lookup = _Lookup(method, cands, loose=method == "fold")
            lookup.terms = self._terms(lookup)
            opens = capital_of_sentence(text, start, end)
            res = self._choose(
                mention, lookup, day, _context(full_context), opens=opens,
                armed_head=_armed_men_after(text, end),
            )  # fmt: skip
            if role and res.actor is not None and res.role is None:
                res.role = role
            if resolved_only and res.unresolved:
                continue
            out.append((start, end, res))
        return out

    def clear_cache(self) -> None:
        self._results.clear()

    # resolution --------------------------------------------------------------------------
    def _resolve(self, mention: str, day: int | None, context: str) -> Resolution:
        lookup = self._lookup(mention)
        if context and (lookup is None or lookup.method == "fuzzy"):
            short = self._short_of_initialled(mention, context)
            if short is not None:
                lookup = short
        if lookup is None:
            key: tuple[Any, ...] = (mention, None)
        else:
            ctx = _context(context) if context or lookup.extra else None
            if lookup.extra:
                ctx = _context(f"{context} {' '.join(lookup.extra)}")
            present = tuple(t for t in lookup.terms if ctx is not None and ctx.has(t))
            # a capital letter that opens the sentence says nothing about a proper name
            opens = _capital_of_context(context, mention)
            named = (
                self._countries_named(_context(context).padded)
                if context
                and (
                    lookup.method in ("fold", "fuzzy")
                    or any(self._translation_terms(a) for a, _r in lookup.cands)
                )
                else None
            )
            key = (mention, day, present, opens, lookup.method == "short", named)
        cached = self._results.get(key)
        if cached is not None:
            with contextlib.suppress(KeyError):  # another thread may have evicted it
                self._results.move_to_end(key)
            return cached
        if lookup is None:
            result = Resolution(
                mention=mention,
                actor=None,
                organization=None,
                confidence=0.0,
                candidates=[],
                reason=f"no known actor matches {mention.strip()!r}",
            )
        else:
            result = self._choose(mention, lookup, day, _PresentTerms(key[2], key[5]), opens=key[3])
        self._results[key] = result
        if len(self._results) > self.cache_size:
            with contextlib.suppress(KeyError):
                self._results.popitem(last=False)
        return result

    def _short_of_initialled(self, mention: str, context: str) -> _Lookup | None:
        """A known group named in the context by its initials, whose full name the mention
        begins: "the Salafist Group" where the text names the GSPC is the Salafist Group for
        Preaching and Combat, before any near spelling of another group's name (sides21).
        The mention must be two or more capitalised words and one group only must fit.

        >>> r = Resolver()
        >>> ctx = "The Salafist Group trained them; the GSPC later joined al-Qaeda."
        >>> r.resolve("the Salafist Group", "2006", ctx).actor.id
        'org:gspc'
        """
        words = _TRIM_RE.sub("", mention.strip()).split()
        while len(words) > 1 and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return None
        begun = norm(" ".join(words)) + " "
        found: dict[str, Alias] = {}
        for m in _INITIALS_IN_TEXT.finditer(context):
            for alias in self.cased.get(compact(m.group(0)), ()):
                ent = self.kb.entities[alias.entity_id]
                if ent.type in ("person", "place", "country", "collective"):
                    continue
                for full in ent.aliases:
                    if full.norm.startswith(begun) and full.kind not in ("weak", "demonym"):
                        found.setdefault(ent.id, full)
                        break
        if len(found) != 1:
            return None
        (alias,) = found.values()
        lookup = _Lookup("short", [(alias, None)])
        lookup.terms = self._terms(lookup)
        return lookup

    def _lookup(self, mention: str) -> _Lookup | None:
        if mention in self._lookups:
            return self._lookups[mention]
        found = self._find(mention)
        if found is not None:
            found.terms = self._terms(found)
        if len(self._lookups) > self.cache_size:
            self._lookups.clear()
        self._lookups[mention] = found
        return found

    def _terms(self, lookup: _Lookup) -> tuple[str, ...]:
        terms: list[str] = []
        for alias, _role in lookup.cands:
            if alias.when is not None:
                terms += alias.when.context_any
                terms += alias.when.context_none
            terms += self.hints.get(alias.entity_id, ())
            terms += self._translation_terms(alias)
        return tuple(dict.fromkeys(terms))

    def _translation_terms(self, alias: Alias) -> tuple[str, ...]:
        """The words naming the country of a group whose ``alias`` is an English translation
        of its name (:meth:`_translated`); none for any other alias."""
        if not self._translated(alias):
            return ()
        code = self.kb.entities[alias.entity_id].country
        found = self.__dict__.setdefault("_country_terms", {})
        if code not in found:
            words = {w for w, c in self._countries_named_words().items() if c == code}
            found[code] = tuple(sorted(words))
        return found[code]

    def _translated(self, alias: Alias) -> bool:
        """Is ``alias`` an English rendering of a party's foreign name ("Movement for Justice"
        for Pakistan Tehreek-e-Insaf): an official alias of ordinary English words only, of a
        party of one country whose own name is no English phrase? Such a phrase is also a
        description another region's group answers to ("Niger Movement for Justice",
        "Movement for Justice in Darfur"): it names the party only in a text that names its
        country (or carries its context words) (kb51). An armed group's translated name
        ("Army of Islam", "National Liberation Action") is how the press names it: kept."""
        cache = self.__dict__.setdefault("_translated_cache", {})
        key = (alias.entity_id, alias.name)
        hit = cache.get(key)
        if hit is None:
            ent = self.kb.entities[alias.entity_id]
            words = [w for w in alias.name.split() if len(w) > 3]
            hit = (
                alias.kind == "official"
                and ent.type == "party"
                and ent.country is not None
                and norm(alias.name) != norm(ent.name)
                and len(words) >= 2
                and all(_ordinary_word(w) for w in words)
                and not all(_ordinary_word(w) for w in ent.name.split() if len(w) > 3)
                and not self._countries_named(f" {norm(alias.name)} ")
            )
            cache[key] = hit
        return hit

    def _find(self, mention: str) -> _Lookup | None:
        text = _TRIM_RE.sub("", mention.strip())
        if not text:
            return None
        words = text.split()
        while len(words) > 1 and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        surface = " ".join(words)
        found = self._direct(surface)
        key = fold(surface)
        if found:
            return _Lookup("exact", [(a, None) for a in found + self._other_spellings(found, key)])
        if len(key.replace(" ", "")) >= 4 and key in self.folded:
            hits = _closest_spelling(surface, self._person_endings(surface, self._fold_hits(key)))
            if hits:
                return _Lookup("fold", [(a, None) for a in hits], loose=True)
        normed = norm(surface)
        plural = self._plural(normed)
        if plural:
            return _Lookup("plural", [(a, None) for a in plural])
        parts = normed.split()
        stripped = list(parts)
        while len(stripped) > 1 and stripped[0] in TITLES:
            stripped = stripped[1:]
        if stripped != parts:
            rest = " ".join(stripped)
            hits = self.exact.get(rest)
            loose = False
            rest_key = fold(rest)
            if not hits and len(rest_key.replace(" ", "")) >= 4:
                hits = [
                    a
                    for a in self._fold_hits(rest_key)
                    if self.kb.entities[a.entity_id].type != "person" or _vowels_alike(rest, a.name)
                ]
                loose = True
            if hits:
                extra = tuple(parts[: -len(stripped)])
                return _Lookup("title", [(a, None) for a in hits], extra=extra, loose=loose)
        spelled = self._spelled_out(surface) or self._initials_of_name(surface)
        if spelled:
            return spelled
        articled = self._with_foreign_article(surface)
        if articled:
            return articled
        pattern = self._pattern(parts)
        if pattern:
            return pattern
        other_head = self._other_group_word(surface)
        if other_head:
            return other_head
        head = self._head(surface)
        if head:
            return head
        return self._fuzzy(normed)

    def _other_spellings(self, found: list[Alias], key: str) -> list[Alias]:
        """Where every exact hit of a name needs context (an ambiguous name, or one bound to
        context words), the groups that carry the same name spelt another way are
        candidates too (sides24): "Ansar al-Sharia" is also the "Ansar al-Shariah" a
        knowledge-base group holds for texts about its country, so that the context decides
        among all the spellings of one name rather than among the spelling written only.

        >>> r = Resolver()
        >>> ctx = "Ansar al-Sharia fighters clashed with the army in Benghazi, Libya."
        >>> r.resolve("Ansar al-Sharia", "2014", ctx).actor.id
        'org:ansar-al-shariah-libya'
        >>> r.resolve("Ansar al-Sharia", "2014", "Ansar al-Sharia fighters clashed.").actor
        """
        if len(key.replace(" ", "")) < 4 or " " not in key:
            return []
        if not all(a.ambiguous or (a.when is not None and a.when.context_any) for a in found):
            return []
        have = {a.entity_id for a in found}
        return [
            a
            for a in self._fold_hits(key)
            if a.entity_id not in have
            and a.kind != "weak"
            and self.kb.entities[a.entity_id].type in GROUP_TYPES
        ]

    def _other_group_word(self, surface: str) -> _Lookup | None:
        """A known group's name with a generic group word added or swapped (names12):
        "Zorblan Movement" for the group known as "Zorblan", "Zorblan Organization" for the
        "Zorblan Cartel" (``interchangeable_group_heads`` of name_cues.yaml). Only a group's
        own name counts (not a people's or a place's), and a swap only where the rest is no
        ordinary word ("Islamic Movement" is not the Islamic Party).

        >>> r = Resolver()
        >>> r.resolve("Hamas Movement", "2010").actor.id
        'org:hamas'
        """
        words = surface.split()
        if len(words) < 2 or not words[-1][:1].isupper():
            return None
        last = norm_token(words[-1])
        added, swapped = _group_word_sets()
        if last not in added | swapped:
            return None
        rest = " ".join(words[:-1])
        forms = [rest] if last in added else []
        if last in swapped and not _ordinary_word(words[-2]):
            forms += [f"{rest} {w.capitalize()}" for w in sorted(swapped - {last})]
        for form in forms:
            hits = [
                a
                for a in self._direct(form)
                if self.kb.entities[a.entity_id].type in _OWN_NAME_TYPES
                and not a.ambiguous
                and a.kind not in ("weak", "demonym")
                and _case_ok(a, form)
            ]
            if hits and len({a.entity_id for a in hits}) == 1:
                return _Lookup("head", [(a, None) for a in hits])
        return None

    def _spelled_out(self, surface: str) -> _Lookup | None:
        """A name of four or more capitalised words spelling out the initials that are the
        whole name of a known group ("Independent National Patriotic Front of Liberia" ->
        INPFL): that group, before a known name inside it (NPFL) is read as the head.
        Particles ("of", "the", "al") are not spelled (mmp8). Three words spell a group the
        knowledge base knows only by its three initials when a word names the group's country
        (mmp13: a list that names a group "SDF" and a text that spells it out are one actor);
        a country word in the name must be the group's.

        >>> r = Resolver()
        >>> r.resolve("Syrian Democratic Forces", "2016").actor.id
        'org:sdf'
        """
        words = [w for w in re.split(r"[\s\-]+", surface) if w]
        if len(words) < 3 or not all(w[:1].isupper() or norm_token(w) in PARTICLES
                                     for w in words):  # fmt: skip
            return None
        initials = "".join(w[0] for w in words if norm_token(w) not in PARTICLES).upper()
        if len(initials) < 3:
            return None
        hits = [
            a
            for a in self.cased.get(initials, ())
            if a.name.replace(".", "") == initials
            and self.kb.entities[a.entity_id].type not in ("person", "place", "country")
            and (len(initials) >= 4 or self.kb.entities[a.entity_id].name == initials)
        ]
        named = {
            self.kb.entities[a.entity_id].country
            for w in words
            for a in self.exact.get(norm_token(w), ())
            if a.kind == "demonym" or self.kb.entities[a.entity_id].type == "country"
        } - {None}
        if named or len(initials) < 4:  # "Syrian Democratic Forces" is no Sudanese "SDF"
            hits = [a for a in hits if self.kb.entities[a.entity_id].country in named]
        return _Lookup("spelled", [(a, None) for a in hits]) if hits else None  # fmt: skip

    def _initials_of_name(self, surface: str) -> _Lookup | None:
        """Bare initials of four to eight capitals that no alias holds, spelled by the full
        name of one known armed group only ("PFLP": the Popular Front for the Liberation of
        Palestine; particles are not spelled): that group (mmp30, the converse of
        :meth:`_spelled_out`). Two groups spelling them, or fewer than four letters: none.

        >>> r = Resolver()
        >>> r.resolve("PFLP", "2001").actor.id
        'org:popular-front-for-the-liberation-of-palestine'
        """
        if not _BARE_INITIALS.fullmatch(surface) or common_word(surface.lower()):
            return None  # "BATS", "ASAP": a word in capitals, not initials
        index = self.__dict__.get("_name_initials")
        if index is None:
            index = self.__dict__["_name_initials"] = self._name_initials_index()
        hits = index.get(surface) or []
        return _Lookup("spelled", [(hits[0], None)]) if len(hits) == 1 else None

    def _name_initials_index(self) -> dict[str, list[Alias]]:
        """Initials (four or more) of every armed group's full name -> its name's alias."""
        index: dict[str, list[Alias]] = defaultdict(list)
        for ent in self.kb:
            if ent.type != "armed_group":
                continue
            words = [w for w in re.split(r"[\s\-]+", ent.name) if w and w[:1].isalpha()]
            if len(words) < 4 or not all(w[:1].isupper() or norm_token(w) in PARTICLES
                                         for w in words):  # fmt: skip
                continue
            initials = "".join(w[0] for w in words if norm_token(w) not in PARTICLES).upper()
            alias = next((a for a in ent.aliases if a.name == ent.name), None)
            if alias is not None and 4 <= len(initials) <= 8:
                index[initials].append(alias)
        return index

    def _with_foreign_article(self, surface: str) -> _Lookup | None:
        """A group known only with a leading article of another language, named without it
        ("Zetas" for Los Zetas): that group (mmp8; :data:`open.FOREIGN_ARTICLES`)."""
        if not surface[:1].isupper() or surface.split()[0].lower() in FOREIGN_ARTICLES:
            return None
        hits = [
            a
            for art in sorted(FOREIGN_ARTICLES)
            for a in self._direct(f"{art.capitalize()} {surface}")
            if self.kb.entities[a.entity_id].type not in ("person", "place", "country")
        ]
        return _Lookup("spelled", [(a, None) for a in hits]) if hits else None  # fmt: skip

    def _person_endings(self, surface: str, hits: list[Alias]) -> list[Alias]:
        """Skeleton matches, a person's only where no word of the name matched through a
        group word's feminine ending ("Salem" is no "Salamat": "Hisham Salem" is not the
        "Hashim Salamat" the knowledge base knows; sides20)."""

        def strict(name: str) -> str:
            parts = [p for p in norm(name).split() if p not in PARTICLES]
            return " ".join(s for s in (skeleton(p, False) for p in parts) if s)

        mine = strict(surface)
        return [
            a
            for a in hits
            if (
                self.kb.entities[a.entity_id].type != "person"
                or (strict(a.name) == mine and _vowels_alike(surface, a.name))
            )
            and _spelt_alike(surface, a.name)
        ]

    def _fold_hits(self, key: str) -> list[Alias]:
        """Skeleton matches; one-word ones only for groups and persons (Angela is not Angola)."""
        hits = self.folded.get(key, [])
        if " " in key:
            return list(hits)
        return [a for a in hits if self.kb.entities[a.entity_id].type not in _NO_SINGLE_FOLD]

    def may_match_exactly(self, mention: str) -> bool:
        """False when no resolution of ``mention`` can be an exact or spelled-out match (its
        name, without a leading article, is no alias, spells out no known initials and lacks
        no known foreign article): a cheap test before :meth:`resolve` for callers that only
        accept those matches (``nlp/completions.py``).

        >>> r = Resolver()
        >>> r.may_match_exactly("the Haqqani Network"), r.may_match_exactly("Haqani Netwrk")
        (True, False)
        """
        words = _TRIM_RE.sub("", mention.strip()).split()
        while len(words) > 1 and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        surface = " ".join(words)
        if not surface:
            return False
        return bool(
            self._direct(surface)
            or self._spelled_out(surface)
            or self._with_foreign_article(surface)
        )

    def _direct(self, surface: str) -> list[Alias]:
        hits = list(self.cased.get(compact(surface), ()))
        hits += self.exact.get(norm(surface), ())
        return hits

    def _plural(self, normed: str) -> list[Alias]:
        if len(normed) < 5 or not normed.endswith("s"):
            return []
        for stem in (normed[:-1], normed[:-2] if normed.endswith("es") else None):
            if not stem:
                continue
            hits = [
                a
                for a in self.exact.get(stem, ())
                if self.kb.entities[a.entity_id].type in GROUP_TYPES or (a.kind == "demonym")
            ]
            if hits:
                return hits
        return []

    def _pattern(self, parts: list[str]) -> _Lookup | None:
        """``<country> <role>`` and ``<role> of <country>``."""
        if len(parts) < 2:
            return None
        splits: list[tuple[str, str]] = []
        for k in range(1, len(parts)):
            splits.append((" ".join(parts[:k]), " ".join(parts[k:])))
        if "of" in parts:
            i = parts.index("of")
            splits.append((" ".join(parts[i + 1 :]), " ".join(parts[:i])))
        for left, right in splits:
            role = ROLE_NOUNS.get(right)
            if role is None:
                continue
            countries = [
                a
                for a in [*self.exact.get(left, ()), *self.cased.get(compact(left), ())]
                if self.kb.entities[a.entity_id].type == "country"
            ]
            if not countries:
                continue
            country = self.kb.entities[countries[0].entity_id]
            if not load_agents().holds_office(right, country.country):
                continue  # "Uzbek emir": an office that state has not (gaps64)
            body = country.bodies.get(role)
            target = self.kb.find(body) if body else None
            ent = target or country
            alias = Alias(
                name=f"{left} {right}",
                kind="official",
                source="derived",
                entity_id=ent.id,
                norm=f"{left} {right}",
                fold="",
                compact="",
                case_sensitive=False,
            )
            return _Lookup("pattern", [(alias, None if target else role)])
        return None

    def _head(self, surface: str) -> _Lookup | None:
        spans = self._scan(surface)
        if not spans:
            return None
        toks = tokens(surface)

        def rank(
            span: tuple[int, int, str, list[tuple[Alias, str | None]], str | None],
        ) -> tuple[bool, bool, bool, bool, int]:
            start, end, _m, cands, _r = span
            types = {self.kb.entities[a.entity_id].type for a, _ in cands}
            strong = any(a.kind != "weak" and not a.ambiguous for a, _ in cands)
            possessive = surface[end : end + 2] in ("'s", "’s")
            person = "person" in types and not possessive
            modifier = (bool(types & {"country", "place"}) and not person) or possessive
            generic = types <= {"collective"}
            return (strong, person, not modifier, not generic, end)

        covered = [(s, e) for s, e, _m, _c, _r in spans]
        unknown_first = False
        for k, (s, e, t) in enumerate(toks):
            inside = any(cs <= s and e <= ce for cs, ce in covered)
            word = norm_token(t)
            if inside or not t[:1].isupper() or word in TITLES or word in ROLE_NOUNS:
                continue
            initial_common = k == 0 and not t.isupper() and len(toks) > 1
            if initial_common and any(
                cs == toks[1][0] and "person" in {self.kb.entities[a.entity_id].type for a, _ in c}
                for cs, _ce, _m, c, _r in spans
            ):
                initial_common = False  # "Imran Zardari" is not Asif Ali Zardari
            if not initial_common:
                # an unknown proper name remains ("Roger Federer", "TBF Nangarhar"): the
                # known word is not the head of this phrase
                return None
            unknown_first = True
        best = max(spans, key=rank)
        start, end, _method, cands, _role = best
        if unknown_first and _method == "fold":
            # "Dursun Karatas": an unknown first name before a word only spelt like a known
            # name (Caritas) is a person's full name, not that actor (sides21)
            return None
        if _method == "fold" and any(
            s >= end and t[:1].isupper() and not any(cs <= s and e <= ce for cs, ce in covered)
            for s, e, t in toks
        ):
            # "Ansar Khalifa Philippines": a word only spelt like a known name ("Ansaru") at
            # the start of a longer name that runs on in capitals is not that name's head
            # (walk53); a title before a name spelt loosely ("Mullah Omer") still is
            return None
        if _ARTICLE_JOINED.search(surface, 0, start) or (
            _LOWER_ARTICLE.match(surface[start:]) and surface[:start].strip()
        ):
            # "Jaish al-Fatah", "Jabhat Ahl al-Tawhid": in an Arabic construct the last
            # name is no head
            return None
        types = {self.kb.entities[a.entity_id].type for a, _ in cands}
        if types <= {"place", "country"} and not _role:
            return None  # a place inside a longer phrase is a modifier, not the head
        modifiers = {
            self.kb.entities[a.entity_id].country
            for s, _e, _m, cs, _r in spans
            if s != start
            for a, _ in cs
            if self.kb.entities[a.entity_id].type == "country"
        }
        heads = [self.kb.entities[a.entity_id] for a, _ in cands]
        if modifiers and all(h.type in _STATE_TYPES and h.country not in modifiers for h in heads):
            return None  # "Chile's Defense Department" is not the U.S. one
        if unknown_first and all(
            a.name.split()[0].lower() == "the" and len(a.name.split()) > 2 for a, _ in cands
        ):
            # "Tyre Resistance Front": a proper name standing where a known name has its
            # article ("The Resistance Front") names another body (kb54)
            return None
        if (
            unknown_first
            and len(toks) > 1
            and start == toks[1][0]
            and all(len(a.name.split()) > 2 for a, _ in cands)
            and not common_word(toks[0][2])
        ):
            # "Zorbla Islamic Movement of Uzbekistan": an unknown name word before a known
            # full name makes another name (gaps55; :func:`_unknown_word_opens`)
            return None
        if unknown_first and _other_kind_word(norm_token(toks[0][2]), heads):
            return None  # "Jabhat Tahrir al-Sham" is not Hay'at Tahrir al-Sham (walk52)
        extra = tuple(norm_token(t) for s, e, t in toks if e <= start or s >= end)
        return _Lookup("head", cands, extra=tuple(t for t in extra if t))

    def _fuzzy(self, normed: str) -> _Lookup | None:
        if len(normed) < 5:
            return None
        from rapidfuzz import fuzz

        mention_tokens = [p for p in normed.split() if p not in PARTICLES]
        sks = {skeleton(p) for p in mention_tokens}
        counts: dict[int, int] = defaultdict(int)
        for sk in sks:
            for idx in self.fuzzy_index.get(sk, ()):
                counts[idx] += 1
        if not counts:
            return None
        need = 1 if len(sks) <= 2 else 2
        best: tuple[float, list[Alias]] = (0.0, [])
        for idx, shared in counts.items():
            if shared < need:
                continue
            alias = self.fuzzy_aliases[idx]
            alias_tokens = [p for p in alias.norm.split() if p not in PARTICLES]
            target = alias.norm
            if (
                len(alias_tokens) == len(mention_tokens) + 1
                and len(mention_tokens) >= 2
                and alias_tokens[0] in GENERIC_HEADS
            ):  # "Fatah al-Sham" for "Jabhat Fateh al-Sham": the name without 'front'
                alias_tokens = alias_tokens[1:]
                target = alias.norm.split(None, 1)[1]
            if abs(len(alias_tokens) - len(mention_tokens)) > 0:
                continue
            if not _tokens_agree(mention_tokens, alias_tokens, fuzz):
                continue  # "Fatah al-Sham" is not "Fatah al-Islam": 'sham' is not 'islam'
            if any(w not in mention_tokens for w in _acronym_words(alias.name)):
                continue  # "ZPLA-In Opposition" is not "SPLA-in-Opposition" (gaps57)
            score = max(fuzz.ratio(normed, target), fuzz.token_sort_ratio(normed, target))
            if len(mention_tokens) == 1 and len(normed) < 7:
                score -= 5
            if score > best[0]:
                best = (score, [alias])
            elif score == best[0]:
                best[1].append(alias)
        if best[0] < FUZZY_MIN:
            return None
        return _Lookup("fuzzy", [(a, None) for a in best[1]], fuzzy=best[0], loose=True)

    # scanning ----------------------------------------------------------------------------
    def _scan(
        self, text: str
    ) -> list[tuple[int, int, str, list[tuple[Alias, str | None]], str | None]]:
        toks = tokens(text)
        normed = [norm_token(t) for _, _, t in toks]
        sks = [skeleton(t) if t not in PARTICLES else "" for t in normed]
        out = []
        i = 0
        n = len(toks)
        while i < n:
            match = None
            limit = min(self.max_tokens, n - i)
            key = ""
            lengths = []
            for length in range(1, limit + 1):
                key = normed[i] if length == 1 else f"{key} {normed[i + length - 1]}"
                if key not in self.span_prefixes:
                    break
                lengths.append((length, key))
            for length, key in reversed(lengths):
                start, end = toks[i][0], toks[i + length - 1][1]
                surface = text[start:end]
                hits = [a for a in self.cased.get(compact(surface), ())]
                hits += [a for a in self.exact.get(key, ()) if _case_ok(a, surface)]
                if hits:
                    match = (length, "exact", hits)
                    break
            folded = self._scan_fold(text, toks, sks, i)
            if (
                folded is not None
                and match is not None
                and folded[0] > match[0]
                and self._fold_overreaches(toks[i + match[0] : i + folded[0]], match[2])
            ):
                folded = None
            if folded is not None and (match is None or folded[0] > match[0]):
                # "Jaish al-Muhajirin wal-Ansar": a longer name spelt another way is the
                # mention, not its first word known as written ("Jaish")
                match = folded
            if match is None:
                i += 1
                continue
            length, method, hits = match
            if (
                length == 1
                and i > 0
                and self._other_given_name(text, toks[max(0, i - 2) : i], hits)
            ):
                i += 1  # "Bismillah Mohammadi" is not "Mostafa Pour-Mohammadi"
                continue
            if self._part_of_longer_name(text, toks, normed, i + length, hits):
                i += length  # "People's Liberation Army of Manipur" is not China's army
                continue
            if _article_slot_taken(text, toks, i, hits, out):
                i += length  # "the Tyre Resistance Front" is not The Resistance Front (kb54)
                continue
            if _unknown_word_opens(text, toks, i, hits, out):
                i += length  # "the Zorbla Islamic Movement of Uzbekistan" (gaps55)
                continue
            start, end = toks[i][0], toks[i + length - 1][1]
            role = None
            cands: list[tuple[Alias, str | None]] = [(a, None) for a in hits]
            country_hits = [a for a in hits if self.kb.entities[a.entity_id].type == "country"]
            if country_hits and len(country_hits) == len(hits):
                extended = self._extend_role(text, toks, normed, i + length, country_hits[0])
                if extended is not None:
                    length2, alias, role = extended
                    end = toks[i + length + length2 - 1][1]
                    length += length2
                    cands = [(alias, role)]
                    method = "pattern"
            if text[end - 2 : end] in ("'s", "’s") and not any(
                a.name.endswith(("'s", "’s")) for a, _ in cands
            ):
                end -= 2  # "the TTP's attack": the mention is "TTP"
            out.append((start, end, method, cands, role))
            i += length
        return out

    def _fold_overreaches(self, between: list[tuple[int, int, str]], hits: list[Alias]) -> bool:
        """Does a longer name reached only by the loose spelling key overreach the known name
        ``hits`` found as written before it, through the words ``between``? It does when
        those words do not run the name on in capitals ("Afghan south" is no "Afghan State";
        "the TTP in Orakzai" is the TTP somewhere, not the alias "TTP Orakzai") unless they
        name a foreign country (:meth:`_foreign_qualifier`), and when the known name is a
        country's ("Afghan Defence Minister" is a title after a country's name, not the
        ministry's name spelt loosely: the fold is for transliterated names)."""
        runs_on = all(
            t[:1].isupper()
            or t[:1].isdigit()
            or (norm_token(t) in PARTICLES and norm_token(t) not in _PLACE_PREPS)
            for _s, _e, t in between
        )
        if not runs_on and not self._foreign_qualifier(between, hits):
            return True
        return all(
            a.kind == "demonym" or self.kb.entities[a.entity_id].type == "country" for a in hits
        )

    def _foreign_qualifier(self, between: list[tuple[int, int, str]], hits: list[Alias]) -> bool:
        """Do the words between a known name and a longer name reached by folding them away
        ("in Iraq" in "Hamas in Iraq") name a country none of the known name's actors is of?
        Then the longer name is another group of that country ("Hamas in Iraq" is Hamas
        Iraq, not the Palestinian Hamas), where "the TTP in Orakzai" stays the TTP (a place
        of its own country). ("Hamas of Iraq" is one of Hamas Iraq's own names since stop 62.)

        >>> r = Resolver()
        >>> [(m, a[0][0].entity_id) for _s, _e, m, a, _r in r._scan("Hamas in Iraq")]
        [('fold', 'org:hamas-iraq')]
        """
        words = [t for _s, _e, t in between if norm_token(t) not in PARTICLES]
        if not words or not all(w[:1].isupper() for w in words):
            return False
        places = {
            self.kb.entities[a.entity_id].country
            for a in self.exact.get(norm(" ".join(words)), ())
            if self.kb.entities[a.entity_id].type in ("country", "place")
        } - {None}
        own = {self.kb.entities[a.entity_id].country for a in hits} - {None}
        return bool(places) and bool(own) and not places & own

    def _part_of_longer_name(
        self, text: str, toks: list[tuple[int, int, str]], normed: list[str], j: int, hits: list
    ) -> bool:
        """Does a group's name run on with "of <Name>" into a longer name of another group?

        "People's Liberation Army of Kangleipak" would name an insurgency, not China's army:
        the words after "of" are a place the knowledge base does not tie to the group, so
        the known name is only the start of an unknown one (left to open recognition; the
        KB holds Manipur's PLA under its own names since mmp33). "of" followed by the
        group's own country ("Hezbollah of Lebanon") or by another known actor ("the
        Taliban of Mullah Omar") keeps the match.

        >>> r = Resolver()
        >>> text = "The People's Liberation Army of Kangleipak ambushed a convoy."
        >>> [text[s:e] for s, e, res in r.find_mentions(text, "2015")]
        []
        >>> other = "Hezbollah of Lebanon said so."
        >>> [other[s:e] for s, e, res in r.find_mentions(other, "2015")]
        ['Hezbollah', 'Lebanon']
        """
        ents = [self.kb.entities[a.entity_id] for a in hits]
        if not ents or any(e.type in ("country", "place", "person") for e in ents):
            return False
        if j < len(toks) and self._runs_into_other_group(text, toks, normed, j, ents):
            return True
        if j + 1 >= len(toks) or normed[j] != "of" or text[toks[j][0] : toks[j][1]] != "of":
            return False
        k = j + 1
        if normed[k] == "the" and k + 1 < len(toks):
            k += 1
        rest = []
        while k < len(toks) and toks[k][2][:1].isupper():
            rest.append(k)
            k += 1
        if not rest:
            return False
        name = text[toks[rest[0]][0] : toks[rest[-1]][1]]
        found = self.kb.find(self._country_or_actor_id(name))
        if found is None and len(rest) > 1:
            # "the Zorb Islamiya of Upper Egypt": a region named by the group's own country
            # keeps the match, as the country does (sides24)
            last = self.kb.find(self._country_or_actor_id(toks[rest[-1]][2]))
            if (
                last is not None
                and last.type == "country"
                and any(e.country and e.country == (last.country or last.id) for e in ents)
            ):
                return False
        if found is None:
            return True  # an unknown place or name: the longer name is another group
        if found.type in ("country", "place"):
            code = found.country or found.id
            return not any(e.country == code for e in ents)
        return False

    def _runs_into_other_group(
        self, text: str, toks: list[tuple[int, int, str]], normed: list[str], j: int, ents: list
    ) -> bool:
        """Does a group's name run straight on into the name of another group (names12)?

        A further capitalised phrase with a word of its own ending in a group word
        ("RENAMO Kestrel Junta": ``different_group_heads`` of name_cues.yaml) names a
        different group. The bare group word ("the Zorblan Movement") or a known name before
        it ("the Taliban Quetta Shura") keeps the match. (A name hyphened to a country is
        left alone: "the Hamas-Israel war" names Hamas, though "KDP-Iran" is not Iraq's KDP.)

        >>> r = Resolver()
        >>> text = "The Renamo Kestrel Junta ambushed a convoy."
        >>> [text[s:e] for s, e, res in r.find_mentions(text, "2015")]
        []
        """
        run: list[int] = []
        k = j
        while (
            k < len(toks) and toks[k][2][:1].isupper() and text[toks[k - 1][1] : toks[k][0]] == " "
        ):
            run.append(k)
            k += 1
        heads = _different_group_heads()
        if len(run) < 2 or normed[run[-1]] not in heads:
            return False
        own = [
            k
            for k in run[:-1]
            if normed[k] not in heads and not self._country_or_actor_id(toks[k][2])
        ]
        return bool(own)

    def _country_or_actor_id(self, name: str) -> str:
        """The id of the known actor an exact name stands for, or ``""``."""
        key = norm(name)
        for alias in self.exact.get(key, ()):
            if _case_ok(alias, name):
                return alias.entity_id
        return ""

    def _sole_office_holder(self, ent: Entity, lookup: _Lookup, day: int | None) -> bool:
        """Is ``ent`` a person who held an office at ``day`` (a tenure-bound office holder,
        as the Phoenix country dictionary lists them) and the only actor the looked-up
        name could be at that date? Every other candidate must be an office holder out of
        office then. With no date (an undated sentence), the name must be that one office
        holder's alone: no other actor of the knowledge base bears it at any date (peers23).

        >>> r = Resolver()
        >>> r.resolve("Putin", date="2010-05-01").actor.name
        'Vladimir Putin'
        >>> r.resolve("Putin", date="1990-05-01").unresolved
        True
        >>> r.resolve("Putin").actor.name
        'Vladimir Putin'
        """
        if ent.type != "person" or not ent.strict_tenure:
            return False
        if any(self._given_name_at(norm(alias.name), day) for alias, _r in lookup.cands):
            return False  # "Hakim", "Allen": also a given name, most often someone else's
        if day is None:
            return any(r.type in ("member_of", "leader_of") for r in ent.relations) and all(
                alias.entity_id == ent.id or self.kb.canonical_id(alias.entity_id) == ent.id
                for alias, _r in lookup.cands
            )
        if not _in_office(ent, day):
            return False
        for alias, _role in lookup.cands:
            other = self.kb.find(alias.entity_id)
            if other is None or other.id == ent.id:
                continue
            if not (other.type == "person" and other.strict_tenure and not _in_office(other, day)):
                return False
        return True

    def _weak_surname_unsupported(
        self, ent: Entity, alias: Alias, day: int | None, ctx: Any
    ) -> bool:
        """Should a weak one-word alias of a tenure-bound office holder (a Phoenix surname)
        stay unresolved? It should when the date lies more than ``SURNAME_YEARS`` from every
        office the person held, or when the only words that support it name two or more
        countries ("Congolese", "Congo": both Congos).

        >>> r = Resolver()
        >>> r.resolve("Goma", "1991-03-01", "Congo troops shelled Goma.").actor is None
        True
        >>> r.resolve("Goma", "2013-03-01", "Minister Goma spoke.").actor is None
        True
        >>> r.resolve("Goma", "1991-03-01", "Minister Goma spoke.").actor.name
        'Louis Sylvain Goma'
        >>> r.resolve("Putin", "2010-05-01", "Obama met Putin.").actor.name
        'Vladimir Putin'
        """
        if ent.type != "person" or not ent.strict_tenure or alias.kind != "weak":
            return False
        if " " in alias.norm:
            return False
        offices = [r for r in ent.relations if r.type in ("member_of", "leader_of")]
        if (
            day is not None
            and offices
            and all(r.distance(day) > SURNAME_YEARS * 365 for r in offices)
        ):
            return True
        terms = [*(alias.when.context_any if alias.when else ()), *self.hints.get(ent.id, ())]
        present = {t for t in terms if ctx.has(t)}
        return bool(present) and all(self._shared_country_word(t) for t in present)

    def _shared_country_word(self, term: str) -> bool:
        """Does ``term`` name two or more countries, as their name, demonym or a word of
        their name ("congolese", "congo": both Congos; "guinea")?"""
        cache = self.__dict__.setdefault("_shared_country_cache", {})
        got = cache.get(term)
        if got is None:
            key = f" {norm(term)} "
            owners = set()
            for ent in self.countries.values():
                names = [a.norm for a in ent.aliases if a.norm and a.kind != "weak"]
                names += [norm(d) for d in ent.demonyms]
                if ent.country and any(key in f" {n} " for n in names):
                    owners.add(ent.country)
            got = cache[term] = len(owners) > 1
        return got

    def _other_country(self, ent: Entity, ctx: Any) -> bool:
        """Does the text of ``ctx`` (a whole context, not only its terms) name countries,
        none of them the one of ``ent`` (or of the group a person acts for)?"""
        named = getattr(ctx, "countries", None)
        padded = getattr(ctx, "padded", None)
        if named is None and padded is None:
            return False
        own = ent.country
        if own is None and ent.type == "person":
            _rel, org = self.kb.acts_for(ent.id, None)
            own = org.country if org is not None else None
        if own is None:
            return False
        if named is None:
            named = self._countries_named(padded or "")
        return bool(named) and own not in named

    def _countries_named_words(self) -> dict[str, str]:
        """Country names and demonyms (normalised) with the code of their country."""
        words = self.__dict__.get("_country_words")
        if words is None:
            words = {}
            for ent in self.countries.values():
                for alias in ent.aliases:
                    if alias.norm and not alias.ambiguous and alias.kind != "weak" and ent.country:
                        words.setdefault(alias.norm, ent.country)
            self._country_words = words
        return words

    def _countries_named(self, padded: str) -> frozenset[str]:
        """Codes of the countries a normalised text names by name or demonym."""
        words = self._countries_named_words()
        toks = padded.split()
        return frozenset(
            words[key]
            for n in (1, 2, 3)
            for i in range(len(toks) - n + 1)
            if (key := " ".join(toks[i : i + n])) in words
        )

    def _given_names(self) -> frozenset[str]:
        """First words of the knowledge base's persons' names (built once)."""
        found = getattr(self, "_given", None)
        if found is None:
            found = frozenset(self._given_spans())
            self._given = found
        return found

    def _given_spans(self) -> dict[str, list[tuple[int | None, int | None]]]:
        """Each first word of a knowledge-base person's name of two or more words, with the
        dates (start and end day) of every person who bears it (built once)."""
        spans = self.__dict__.get("_given_spans_cache")
        if spans is None:
            spans = {}
            for ent in self.kb.entities.values():
                words = norm(ent.name).split()
                if ent.type == "person" and len(words) > 1:
                    spans.setdefault(words[0], []).append((ent.start_day, ent.end_day))
            self.__dict__["_given_spans_cache"] = spans
        return spans

    def _given_name_at(self, name: str, day: int | None) -> bool:
        """Is ``name`` the given name of a knowledge-base person who may be the one meant at
        ``day``: one with no dates, or whose dates reach within ``SURNAME_YEARS`` of it? A
        man dead for decades ("Bashir" of Bashir Gemayel, killed in 1982) does not make a
        1996 "the Bashir government" anyone but Sudan's president of the day. With no date,
        any bearer counts.

        >>> r = Resolver()
        >>> r._given_name_at("bashir", None), r._given_name_at("bashir", _day_of("1996-05"))
        (True, False)
        """
        bearers = self._given_spans().get(name)
        if not bearers:
            return False
        if day is None:
            return True
        margin = SURNAME_YEARS * 365
        return any(
            (end is None or end + margin >= day) and (start is None or start - margin <= day)
            for start, end in bearers
        )

    def _other_given_name(
        self, text: str, before: list[tuple[int, int, str]], hits: list[Alias]
    ) -> bool:
        """A surname alone (a weak alias of persons) after a capitalised word that is not a
        title, or after a name particle joined to one ("Abu Tariq al-Shami"): another
        person's full name, not this one. ``before`` holds the one or two tokens before it.

        >>> r = Resolver()
        >>> found = r.find_mentions("Abu Tariq al-Shami met them.", date="2014-01-01")
        >>> [res.actor.name for _start, _end, res in found if not res.unresolved]
        []
        """
        if not before or not all(
            a.kind == "weak" and self.kb.entities[a.entity_id].type == "person" for a in hits
        ):
            return False
        word = before[-1][2]
        normed = norm_token(word)
        if normed in NAME_PARTICLES and len(before) == 2:
            if text[before[0][1] : before[1][0]].strip(" -\u2010\u2011"):
                return False  # "..., al-Shami": the particle opens this name
            word = before[0][2]
            normed = norm_token(word)
        if word.endswith(("'s", "\u2019s")):
            return False  # "Syria's Assad": a possessor, not a given name
        return word[:1].isupper() and normed not in TITLES and normed not in PARTICLES

    def _scan_fold(
        self, text: str, toks: list[tuple[int, int, str]], sks: list[str], i: int
    ) -> tuple[int, str, list[Alias]] | None:
        if not sks[i] or not (toks[i][2][:1].isupper() or toks[i][2][:1].isdigit()):
            return None
        key = ""
        best = None
        words = 0
        for j in range(i, min(len(toks), i + self.max_tokens)):
            if j > i and _SPAN_BREAKS.intersection(text[toks[j - 1][1] : toks[j][0]]):
                break  # "the LNA, south of ...": no name spelt otherwise runs over a comma
            if sks[j]:
                key = sks[j] if not key else f"{key} {sks[j]}"
                words += 1
                if key not in self.fold_prefixes:
                    break
            if j > i and not sks[j]:
                continue
            hits = self._fold_hits(key) if key in self.folded else None
            if hits:
                span = text[toks[i][0] : toks[j][1]]
                hits = _closest_spelling(span, self._person_endings(span, hits))
            if hits and (words > 1 or len(key) >= 4):
                best = (j - i + 1, "fold", hits)
        return best

    def _extend_role(
        self,
        text: str,
        toks: list[tuple[int, int, str]],
        normed: list[str],
        j: int,
        country_alias: Alias,
    ) -> tuple[int, Alias, str | None] | None:
        for length in (3, 2, 1):
            if j + length > len(toks):
                continue
            if any(_BREAKS.search(text[toks[k - 1][1] : toks[k][0]]) for k in range(j, j + length)):
                continue  # "shelled Mogadishu, officials said": two phrases, not one body
            noun = " ".join(normed[j : j + length])
            role = ROLE_NOUNS.get(noun)
            if role is None:
                continue
            country = self.kb.entities[country_alias.entity_id]
            if not load_agents().holds_office(noun, country.country):
                continue  # "the Uzbek emir's pledge": a man of that origin (gaps64)
            body = country.bodies.get(role)
            target = self.kb.find(body) if body else None
            ent = target or country
            alias = Alias(
                name=f"{country_alias.name} {noun}",
                kind="official",
                source="derived",
                entity_id=ent.id,
                norm="",
                fold="",
                compact="",
                case_sensitive=False,
            )
            return length, alias, (None if target else role)
        return None

    # choosing ---------------------------------------------------------------------------
    def _armed_by_position(self, lookup: _Lookup, year: int | None, ctx: Any) -> str | None:
        """The one armed group whose name, needing context words, stands before a noun of
        armed men ("Haqqani gunmen fired ...", gaps55), when its context words are absent:
        the noun tells what the name is. With two armed groups of that name (one of them
        needing no context word: "IS", "Shabaab") the context decides, as before."""
        armed = [
            (alias, ent.id)
            for alias, _role in lookup.cands
            if (ent := self.kb.find(alias.entity_id)) is not None
            and ent.type in ("armed_group", "faction")
        ]
        if len({i for _a, i in armed}) != 1 or not all(
            a.when is not None and a.when.context_any and not _check_when(a, year, ctx)[0]
            for a, _i in armed
        ):
            return None  # two groups of the name, or one the name needs no context for
        return armed[0][1]

    def _choose(
        self,
        mention: str,
        lookup: _Lookup,
        day: int | None,
        ctx: Any,
        opens: bool = False,
        armed_head: bool = False,
    ) -> Resolution:
        factor = METHOD_FACTOR.get(lookup.method, 0.9)
        if lookup.method == "fuzzy" and lookup.fuzzy is not None:
            factor = 0.92 * lookup.fuzzy / 100.0
        year = None if day is None else _year_of(day)
        scored: dict[str, Candidate] = {}
        armed_id = self._armed_by_position(lookup, year, ctx) if armed_head else None
        for alias, role in lookup.cands:
            ent = self.kb.find(alias.entity_id)
            if ent is None:
                continue
            score = KIND_SCORE.get(alias.kind, 0.8) * factor
            rejected = None
            conditional = False
            # "Obama met Putin": a bare surname of the one office holder of that name at the
            # date needs no title or country word, where its capital letter is its own ("Rice
            # was mentioned" may be the grain; ``opens`` is capital_of_sentence: "Putin met"
            # opens with a name all the same). With a title ("President Museveni", 2008) it
            # also outranks a namesake who held no office then.
            sole = alias.kind == "weak" and not opens and self._sole_office_holder(ent, lookup, day)
            if alias.when is not None:
                # "Haqqani gunmen": an armed group's weak name right before a noun of armed
                # men needs no other context word (gaps55)
                ok, why = _check_when(alias, year, ctx, ent.id == armed_id)
                if ok:
                    conditional = bool(alias.when.context_any) or (
                        alias.when.years is not None and year is not None
                    )
                    if conditional:
                        score += CONDITION_BONUS
                    elif alias.when.years is not None:
                        score += CONDITION_BONUS / 2
                elif not sole:
                    rejected = why
                    score *= 0.3
            if sole:
                score += CONDITION_BONUS / 2
                conditional = True
            hits = sum(1 for t in self.hints.get(ent.id, ()) if ctx.has(t))
            if rejected is None and self._weak_surname_unsupported(ent, alias, day, ctx):
                # "Congolese troops shelled Goma" (2013): not Congo-Brazzaville's minister of
                # 1991, whose only support is a demonym two countries share (kb54)
                rejected = "a weak surname far from the person's offices or beside shared words"
                score *= 0.3
                conditional = False
                hits = 0
            score += HINT_BONUS * min(hits, 3)
            supported = conditional or hits > 0
            if alias.kind == "weak" and not supported and rejected is None:
                rejected = "a weak alias without supporting context"
            translation = self._translation_terms(alias)
            if translation and not supported and not any(ctx.has(t) for t in translation):
                # a party's translated name needs its country in the text
                score *= 0.5
                rejected = rejected or "a translated name in a text that does not name its country"
            loose = lookup.loose or (lookup.method == "head" and alias.kind == "short")
            if (
                loose
                and " " not in alias.fold
                and ent.type != "country"
                and not supported
                and rejected is None
            ):
                score *= 0.6
                rejected = "a one-word spelling variant without supporting context"
            if alias.ambiguous and not supported:
                score *= 0.6
                rejected = rejected or "an ambiguous name without supporting context"
            if (
                lookup.method in ("fold", "fuzzy")
                and not supported
                and ent.type not in ("country", "place")
                and not _spelt_alike(mention, alias.name, CLOSE_SPELLING)
                and self._other_country(ent, ctx)
            ):
                # "Hutu rebels" in a text about Congo are no "Houthi rebels": a name spelt
                # only loosely like that of an actor of a country the text does not name, where
                # it names others (sides21); a close variant ("Huthi", "Boko Haraam") is the
                # group wherever it acts
                score *= 0.5
                rejected = rejected or "a spelling variant of an actor of another country"
            if day is not None and not ent.active(day):
                score *= 0.9 if ent.type == "person" else 0.75
            if day is not None and (
                (alias.start_day is not None and day < alias.start_day)
                or (alias.end_day is not None and day > alias.end_day)
            ):
                score *= 0.95
            if alias.source != "curated" and alias.source != "derived":
                score -= 0.02
            current = scored.get(ent.id)
            if current is None or score > current.score:
                scored[ent.id] = Candidate(ent, score, alias, role, rejected)
        # Equal scores (an undated "President Museveni": Yoweri and Janet both act for the
        # government) go to the namesake with the longer documented record, not to list order.
        ranked = sorted(
            scored.values(), key=lambda c: (-round(c.score, 6), -_record_days(c.entity))
        )
        date_iso = None if day is None else day_to_iso(day)
        if not ranked:
            return Resolution(
                mention, None, None, 0.0, [], "no known actor matches", lookup.method, date=date_iso
            )
        best = ranked[0]
        second = ranked[1] if len(ranked) > 1 else None
        shown = ranked[:5]
        if best.score < THRESHOLD or (best.rejected and best.score < 0.8):
            why = best.rejected or "the match is too weak"
            return Resolution(
                mention,
                None,
                None,
                round(min(best.score, 0.99), 3),
                shown,
                f"unresolved: {best.entity.name!r} matched only through {why}",
                lookup.method,
                date=date_iso,
            )
        org, relation = self._organization(best.entity, day)
        if second is not None and best.score - second.score < TIE_MARGIN:
            org2, _ = self._organization(second.entity, day)
            same = org is not None and org2 is not None and org.id == org2.id
            if not same:
                return Resolution(
                    mention,
                    None,
                    None,
                    round(min(best.score, 0.99) / 2, 3),
                    shown,
                    f"ambiguous: {best.entity.name!r} or {second.entity.name!r}; give a date "
                    "or more context",
                    lookup.method,
                    date=date_iso,
                )
        confidence = min(best.score, 0.99)
        if second is not None and second.score > 0:
            confidence *= 1 - 0.3 * min(1.0, second.score / best.score)
        parents = self.kb.ancestors(org.id, day) if org is not None else []
        successor = self.kb.current_form(org.id, day) if org is not None else None
        if successor is not None and org is not None and successor.id == org.id:
            successor = None
        reason = (
            f"{lookup.method} match on {best.alias.name!r} ({best.alias.kind}, {best.alias.source})"
            if best.alias
            else lookup.method
        )
        if relation is not None:
            reason += f"; {relation.type} {relation.target}" + (
                f" {relation.start or '?'}..{relation.end or ''}"
                if relation.start or relation.end
                else ""
            )
        return Resolution(
            mention=mention,
            actor=best.entity,
            organization=org,
            confidence=round(confidence, 3),
            candidates=shown,
            reason=reason,
            method=lookup.method,
            alias=best.alias,
            relation=relation,
            parents=parents,
            role=best.role,
            date=date_iso,
            successor=successor,
        )

    def _organization(self, ent: Entity, day: int | None) -> tuple[Entity | None, Relation | None]:
        if ent.type == "person":
            relation, org = self.kb.acts_for(ent.id, day)
            return org, relation
        if ent.type == "collective":
            for rel in ent.relations:
                if rel.type == "member_of" and rel.covers(day):
                    target = self.kb.find(rel.target)
                    if target is not None:
                        return target, rel
            return ent, None
        return self.kb.organization_at(ent.id, day), None


def _record_days(ent: Entity) -> int:
    """Days covered by an actor's dated relations (open ends count to today): its prominence.

    >>> from riftwatch.actors.kb import Entity, Relation
    >>> a = Entity("person:a", "A", "person", relations=[Relation("member_of", "person:a", "x",
    ...     start_day=0, end_day=3650)])
    >>> b = Entity("person:b", "B", "person", relations=[Relation("member_of", "person:b", "x",
    ...     start_day=3000, end_day=3650)])
    >>> _record_days(a) > _record_days(b)
    True
    """
    today = _calendar_date.today().toordinal()
    total = 0
    for rel in ent.relations:
        if rel.start_day is None:
            continue
        end = rel.end_day if rel.end_day is not None else today
        total += max(0, end - rel.start_day)
    return total


class _PresentTerms:
    """Context stand-in for cached decisions: only the terms known to be present."""

    __slots__ = ("countries", "present")

    def __init__(self, present: tuple[str, ...], countries: frozenset[str] | None = None) -> None:
        self.present = frozenset(present)
        self.countries = countries

    def has(self, term: str) -> bool:
        return term in self.present


_PLACE_PREPS = frozenset({"in", "at", "of", "for", "and"})
"""Particles that, after a known name, open a phrase about it ("the TTP in Orakzai") or join
another name ("the TTP and Jamaat-ul-Ahrar") rather than run its name on: a longer name
reached only by folding them away does not win."""
NAME_PARTICLES = frozenset(
    {"al", "el", "ul", "ud", "ad", "ar", "as", "at", "az", "ash", "ut", "bin", "ibn"}
)
"""Particles inside Arabic and Persian names ("Abu Tariq al-Shami", "Osama bin Laden")."""


def _article_slot_taken(
    text: str, toks: list[tuple[int, int, str]], i: int, hits: list[Any], found: list[Any]
) -> bool:
    """Does a capitalised word that no known name covers stand, right before a name found
    without its article, in the place of the article every matched alias opens with? "the
    Tyre Resistance Front" names another body than The Resistance Front, whose name it holds
    without "The" (kb54).

    >>> from types import SimpleNamespace as NS
    >>> trf = [NS(name="The Resistance Front")]
    >>> text = "the Tyre Resistance Front said"
    >>> _article_slot_taken(text, tokens(text), 2, trf, [])
    True
    >>> text = "the militant Resistance Front said"
    >>> _article_slot_taken(text, tokens(text), 2, trf, [])
    False
    """
    if i == 0 or not hits:
        return False
    if not all(len(a.name.split()) > 2 and a.name.split()[0].lower() == "the" for a in hits):
        return False
    if norm_token(toks[i][2]) == "the":
        return False  # the article is there
    start, end, word = toks[i - 1]
    if not word[:1].isupper() or norm_token(word) in PARTICLES or norm_token(word) in TITLES:
        return False
    if any(s <= start and end <= e for s, e, *_rest in found):
        return False  # "Kashmir's Resistance Front": a known name before it
    return not capital_of_sentence(text, start, end)


def _unknown_word_opens(
    text: str, toks: list[tuple[int, int, str]], i: int, hits: list[Any], found: list[Any]
) -> bool:
    """Does an unknown capitalised word, after an article, open a longer name that ends in a
    known group's full name (three words or more)? "the Zorbla Islamic Movement of
    Uzbekistan" names another body than the Islamic Movement of Uzbekistan (gaps55). A word
    a known name covers ("the Pakistani ..."), a particle, a title or a common English word
    ("the Banned ..." in a title-case headline) opens nothing.

    >>> from types import SimpleNamespace as NS
    >>> imu = [NS(name="Islamic Movement of Uzbekistan")]
    >>> text = "the Zorbla Islamic Movement of Uzbekistan said"
    >>> _unknown_word_opens(text, tokens(text), 2, imu, [])
    True
    >>> text = "the banned Islamic Movement of Uzbekistan said"
    >>> _unknown_word_opens(text, tokens(text), 2, imu, [])
    False
    """
    if i < 2 or not hits or not all(len(a.name.split()) > 2 for a in hits):
        return False
    start, end, word = toks[i - 1]
    if norm_token(toks[i - 2][2]) not in ("the", "a", "an"):
        return False
    low = norm_token(word)
    if not word[:1].isupper() or low in PARTICLES or low in TITLES or common_word(word):
        return False
    return not any(s <= start and end <= e for s, e, *_rest in found)


def _other_kind_word(first: str, entities: list[Any]) -> bool:
    """Does a mention open with a word of the kind of group (``GENERIC_HEADS``: "Jabhat",
    "Harakat", "Hay'at") other than the one the known names of all ``entities`` open with?
    "Jabhat Tahrir al-Sham" names another body than "Hay'at Tahrir al-Sham", whose short
    name "Tahrir al-Sham" it holds; "Harakat Ahrar al-Sham" is the Harakat of that name.

    >>> from types import SimpleNamespace as NS
    >>> hts = NS(name="Hay'at Tahrir al-Sham", aliases=[NS(name="Tahrir al-Sham")])
    >>> _other_kind_word("jabhat", [hts]), _other_kind_word("hayat", [hts])
    (True, False)
    """
    if first not in GENERIC_HEADS:
        return False
    own = skeleton(first)
    for entity in entities:
        openers = {
            norm_token(name.split()[0])
            for name in (entity.name, *(a.name for a in entity.aliases))
            if name.split()
        }
        kinds = {w for w in openers if w in GENERIC_HEADS}
        if not kinds or any(skeleton(w) == own for w in kinds):
            return False
    return bool(entities)


def _tokens_agree(mention: list[str], alias: list[str], fuzz: Any) -> bool:
    """Every distinctive token of a fuzzy mention is a close spelling of a token of the alias.

    A whole-string ratio lets one shared word carry a name whose other word differs: the
    token-set test keeps a different distinctive token from matching.

    >>> from rapidfuzz import fuzz
    >>> _tokens_agree(["fatah", "sham"], ["fatah", "islam"], fuzz)
    False
    >>> _tokens_agree(["haqani", "network"], ["haqqani", "network"], fuzz)
    True
    """
    return all(max((fuzz.ratio(m, a) for a in alias), default=0.0) >= TOKEN_MIN for m in mention)


def _acronym_words(name: str) -> frozenset[str]:
    """The acronyms of an alias, as normalised tokens: words of two to six letters or digits
    written all in capitals with at least two letters ("SPLA", "KNU", "KNLA"). A fuzzy
    mention must spell each one exactly (case and punctuation aside): one letter changes an
    acronym into another body's ("ZNLA" is no "KNLA", "ZPLA" no "SPLA"; gaps57), where a
    letter off in a word is a spelling.

    >>> sorted(_acronym_words("KNU/KNLA Peace Council"))
    ['knla', 'knu']
    >>> sorted(_acronym_words("SPLA-in-Opposition")), sorted(_acronym_words("Haqqani Network"))
    (['spla'], [])
    """
    return frozenset(
        norm_token(w)
        for w in _ACRONYM_WORD.findall(name)
        if 2 <= len(w) <= 6 and w.isupper() and sum(c.isalpha() for c in w) >= 2
    )


_ACRONYM_WORD = re.compile(r"[A-Za-z0-9]+")


TOKEN_MIN = 75.0
GENERIC_HEADS = frozenset(
    {
        "jabhat",
        "jabha",
        "jabhet",
        "harakat",
        "harakah",
        "tehrik",
        "tehreek",
        "tahrik",
        "tanzim",
        "hayat",
        "hay'at",
        "jamaat",
        "jamaah",
        "jama'at",
    }
)
"""Leading words that say what kind of group a name is ('front', 'movement', 'organisation',
'body', 'assembly'): a fuzzy mention may leave one out ("Fatah al-Sham")."""
"""Least rapidfuzz ratio of each distinctive mention token to a token of a fuzzy alias."""


_ARTICLE_SPELLINGS = {"el": "al", "il": "al", "wal": "wa al"}
"""Spellings of the Arabic article and its "and the" that name one particle: "el-Islam"
is "al-Islam"; "ul-Islam" (the Urdu-Persian spelling) stays apart for the tie-break."""


FOLD_TOKEN_MIN = 50.0
"""Least rapidfuzz ratio of each word of a skeleton (fold) match to a word of the alias."""
CLOSE_SPELLING = 80.0
"""Least ratio of each word for a spelling variant to stand whatever countries a text names."""


def _spelt_alike(surface: str, name: str, floor: float = FOLD_TOKEN_MIN) -> bool:
    """Is each word of a name found through its consonant skeleton still spelt like a word of
    the alias? A skeleton joins spellings of one name ("Qaeda", "Qa'idah") but also words
    that only share consonants: "North Cachar" is no "North Korea" (sides21).

    An agent noun of the agents data ("police", "troops", "mujahideen") must meet another
    of its role or a close spelling of itself, never a word that only shares its consonants
    ("Sur police" is no "Shire Plc"; gaps55).

    >>> _spelt_alike("North Cachar", "North Korea"), _spelt_alike("al-Qa'idah", "Al Qaeda")
    (False, True)
    >>> _spelt_alike("Sur police", "Shire Plc")
    False
    >>> _spelt_alike("Jaysh al-Mujahideen", "Jaysh al-Mujahedeen")
    True
    """
    from rapidfuzz import fuzz

    mine = [w for w in norm(surface).split() if w not in PARTICLES and len(w) > 2]
    theirs = [w for w in norm(name).split() if w not in PARTICLES]
    if not mine or not theirs:
        return True
    if any(not _agent_word_met(m, theirs) for m in mine):
        return False
    return all(max(fuzz.ratio(m, t) for t in theirs) >= floor for m in mine)


def _agent_word_met(word: str, theirs: list[str]) -> bool:
    """Is ``word``, when an agent noun, met in ``theirs`` by an agent noun of the same role
    or a close spelling of itself ("Mujahideen" for "Mujahedeen"; :func:`_spelt_alike`)?
    Any other word is met."""
    from rapidfuzz import fuzz

    role = load_agents().role(word)
    if role is None:
        return True
    return any(
        load_agents().role(t) == role or fuzz.ratio(word, t) >= CLOSE_SPELLING for t in theirs
    )


_A_VOWELS = re.compile(r"^a+$")
_I_VOWELS = re.compile(r"^(?:i+|ee|y)$")
_U_VOWELS = re.compile(r"^(?:u+|o+|ou)$")


def _vowel_groups(word: str) -> list[str]:
    return re.findall(r"[aeiou]+|(?<=[^aeiou])y$", word)


def _vowels_alike(surface: str, name: str) -> bool:
    """Are a person's name words reached through their consonant skeleton spelt with vowels
    that may transliterate one sound? Muhammad/Mohamed, Hussein/Husain, Omar/Umar, Hamid/
    Hamed are; a written "a" where the other has "i" is another name: "al-Baridi" is no
    "al-Baradei", "Rashid" no "Rashad" (kb51). Words with a different count of vowel groups
    are not compared (Zawahiri/Zawahri).

    >>> _vowels_alike("Muhammad al-Baridi", "Muhammad al-Baradei")
    False
    >>> _vowels_alike("Mohamed Hussein", "Muhammad Husain"), _vowels_alike("Rashid", "Rashad")
    (True, False)
    >>> _vowels_alike("Hassan", "Hussein"), _vowels_alike("Abdallah", "Abdullah")
    (False, True)
    """
    mine = [w for w in norm(surface).split() if w not in PARTICLES]
    theirs = [w for w in norm(name).split() if w not in PARTICLES]
    if len(mine) != len(theirs):
        return True
    for m, t in zip(mine, theirs, strict=True):
        gm, gt = _vowel_groups(m), _vowel_groups(t)
        if len(gm) != len(gt):
            continue
        for k, (x, y) in enumerate(zip(gm, gt, strict=True)):
            if (_A_VOWELS.match(x) and _I_VOWELS.match(y)) or (
                _I_VOWELS.match(x) and _A_VOWELS.match(y)
            ):
                return False
            # the first syllable's "a" against "u"/"o": Hassan is no Hussein (a later one
            # varies: Abdallah/Abdullah, Dostam/Dostum)
            onset = k == 0 and m[0] not in "aeiou" and t[0] not in "aeiou"
            if onset and (
                (_A_VOWELS.match(x) and _U_VOWELS.match(y))
                or (_U_VOWELS.match(x) and _A_VOWELS.match(y))
            ):
                return False
    return True


def _spelling_key(text: str) -> str:
    """A name's words, the article spelled one way and vowels kept, for :func:`_closest_spelling`.

    >>> _spelling_key("Ansar el-Islam") == _spelling_key("The Ansar al-Islam")
    True
    """
    words = [_ARTICLE_SPELLINGS.get(w, w) for w in norm(text).split()]
    while len(words) > 1 and words[0] in PARTICLES:
        words = words[1:]  # a leading article: "Al-Jama'a" is "Jama'a" begun in a text
    return " ".join(words)


def _closest_spelling(surface: str, hits: list[Alias]) -> list[Alias]:
    """Of the aliases one transliteration skeleton reaches, those of the entities spelt most
    like the mention, when they name several actors: "Ansaar al-Islam" is the Iraqi Ansar
    al-Islam, not Pakistan's Ansar ul-Islam (whose skeleton is the same): the particles
    written alike ("al", "el" against "ul") weigh most, then the letters. Only a clear lead
    counts (5 points of similarity); otherwise all stay candidates.

    >>> from riftwatch.actors.kb import Alias
    >>> def alias(name, ident):
    ...     return Alias(name=name, kind="official", source="x", entity_id=ident, norm=norm(name),
    ...                  fold=fold(name), compact="", case_sensitive=False)
    >>> hits = [alias("Ansar al-Islam", "a"), alias("Ansar ul-Islam", "b")]
    >>> [a.entity_id for a in _closest_spelling("Ansaar el-Islam", hits)]
    ['a']
    >>> hits.append(alias("Ansaar ul-Islam", "b"))
    >>> [a.entity_id for a in _closest_spelling("Ansaar al-Islam", hits)]
    ['a']
    >>> len(_closest_spelling("Ansar Islam", hits))  # no particle to tell them apart
    3
    """
    if len({a.entity_id for a in hits}) < 2:
        return hits
    from rapidfuzz import fuzz

    key = _spelling_key(surface)
    particles = [w for w in key.split() if w in PARTICLES]
    best: dict[str, float] = {}
    for a in hits:
        other = _spelling_key(a.name)
        # the same particles ("al" where the mention has "al", not "ul") weigh most
        same = [w for w in other.split() if w in PARTICLES] == particles
        score = fuzz.ratio(key, other) + (50 if same else 0)
        best[a.entity_id] = max(best.get(a.entity_id, 0.0), score)
    ranked = sorted(best.values(), reverse=True)
    if ranked[0] - ranked[1] < 5:
        return hits
    keep = {e for e, sc in best.items() if sc == ranked[0]}
    return [a for a in hits if a.entity_id in keep]


def _day_of(date: object) -> int | None:
    """A query date as a day ordinal: ISO strings, dates, years (``2008``) or ordinals."""
    if isinstance(date, int) and not isinstance(date, bool) and date > 10_000:
        return date
    return to_day(date)


def _in_office(ent: Entity, day: int) -> bool:
    """Did a person hold a post (a ``member_of``/``leader_of`` relation) on ``day``?"""
    return ent.active(day) and any(
        rel.type in ("member_of", "leader_of") and rel.covers(day) for rel in ent.relations
    )


def _case_ok(alias: Alias, surface: str) -> bool:
    """Capitalised names need a capital initial in running text; an Arabic article that
    opens the name may be written in lower case ("al-Qaeda in the Islamic Maghreb" for
    "Al Qaeda in the Islamic Maghreb"), the word after it keeps its capital.

    >>> a = Alias(name="Al Qaeda in the Islamic Maghreb", kind="official", source="t",
    ...           entity_id="org:x", norm="", fold="", compact="", case_sensitive=False)
    >>> _case_ok(a, "al-Qaeda in the Islamic Maghreb"), _case_ok(a, "al qaeda in the islamic")
    (True, False)
    """
    if not alias.name[:1].isupper() or surface[:1].isupper():
        return True
    article = _LOWER_ARTICLE.match(surface)
    return bool(article) and surface[article.end() : article.end() + 1].isupper()


_ARTICLE_JOINED = re.compile(
    r"[A-Za-z][\w'\u2019]*[ \-\u2010](?:al|el|ad|ar|as|ash|at|az|an|ul|ud)[\-\u2010 ]$"
)
"""A word and the article that joins the next name to it ("Jaish al-", "Ansar ul-")."""
_LOWER_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|at|az|an|ash|ul|ud)[-\u2010\u2011 ]")
"""A lower-case Arabic article opening a name ("al-", "el-", "ash-")."""


# a weak surname resolves only within this many years of one of the person's offices
SURNAME_YEARS = 10


def _year_of(day: int) -> int:
    from datetime import date

    return date.fromordinal(day).year


def _check_when(
    alias: Alias, year: int | None, ctx: Any, named_armed: bool = False
) -> tuple[bool, str]:
    """Does ``alias``'s rule hold at ``year`` in the context ``ctx``? ``named_armed``: the
    name stands right before a noun of armed men, which is context enough for an armed
    group's name ("Haqqani gunmen"), though the rule's years and excluding words still
    apply."""
    when = alias.when
    assert when is not None
    if when.years is not None and year is not None and not (when.years[0] <= year <= when.years[1]):
        return False, f"a rule for {when.years[0]}-{when.years[1]}"
    if when.context_none and any(ctx.has(t) for t in when.context_none):
        return False, "a rule excluded by the context"
    if when.context_any and not named_armed and not any(ctx.has(t) for t in when.context_any):
        return False, "a rule whose context words are absent"
    return True, ""


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]*)")


def _armed_men_after(text: str, end: int) -> bool:
    """Is the word right after ``text[:end]`` a noun of armed men (the agents data's roles
    "militants" and "rebels": "gunmen", "fighters", "insurgents")?

    >>> _armed_men_after("Haqqani gunmen fired", 7), _armed_men_after("Haqqani said", 7)
    (True, False)
    """
    found = _NEXT_WORD.match(text, end)
    return found is not None and load_agents().role(found.group(1).lower()) in (
        "militants",
        "rebels",
    )


@lru_cache(maxsize=4)
def _default_resolver(exclude: tuple[str, ...]) -> Resolver:
    return Resolver(default_kb(exclude))


def default_resolver(exclude_sources: tuple[str, ...] = ()) -> Resolver:
    """A process-wide resolver over the bundled knowledge base."""
    return _default_resolver(tuple(sorted(exclude_sources)))


def query_organization(
    mention: str, date: object = None, resolver: Resolver | None = None
) -> Entity | None:
    """The organisation an analyst means by a name typed into a command (``dyad A B``,
    ``ach --pair``), or None.

    In running text a bare "Haqqani" stays unresolved: it may be the network or one of its
    leaders. A name typed to choose a relationship names an organisation, and when every
    candidate stands for the same one (the network, and the leader who acts for it), that
    organisation is the answer. Candidates that stand for different organisations stay
    unresolved.

    >>> query_organization("Haqqani").id
    'org:haqqani-network'
    >>> query_organization("Lionel Messi") is None
    True
    """
    resolver = resolver or default_resolver()
    res = resolver.resolve(mention, date=date)
    if res.actor is not None:
        return res.organization or res.actor
    day = _day_of(date)
    orgs: dict[str, Entity] = {}
    for cand in res.candidates:
        org, _ = resolver._organization(cand.entity, day)
        chosen = org or cand.entity
        orgs[chosen.id] = chosen
    return next(iter(orgs.values())) if len(orgs) == 1 else None


__all__ = ["Candidate", "Resolution", "Resolver", "default_resolver", "query_organization"]
