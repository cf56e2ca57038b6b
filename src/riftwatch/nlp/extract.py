"""Extraction: documents in, dyadic PLOVER events out (a pure function over documents).

For each sentence: find actor mentions (knowledge base, coreference of "the group",
"it", "the shura"; generic state nouns such as "police" resolved to the country the
text is about; a known group's name before a member noun covers the noun: "IS suicide
bombers"; unknown organisations with a group word, "the Tora Bora Front"), skip
sentences that cannot hold two actors (fewer than two candidates, counting the names and
agent nouns the knowledge base does not know: they do not pay for a parse), parse the
rest with spaCy, add the open actors the parse shows (:mod:`riftwatch.nlp.mentions`:
group names as modifiers, agent nouns with their country, named entities; an actor the
knowledge base does not know gets the stable id ``open:<name>``), code events
(:mod:`riftwatch.nlp.code`), read modality and attribution
(:mod:`riftwatch.nlp.modality`) and date each event (:mod:`riftwatch.nlp.time`).
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from riftwatch.actors.agents import load_agents
from riftwatch.actors.names import candidate_spans
from riftwatch.actors.normalize import norm
from riftwatch.actors.open import (
    APPOSITION_NOUNS,
    GROUP_WORDS,
    LEADING_GROUP_WORDS,
    group_type,
    is_open,
    open_id,
)
from riftwatch.actors.resolve import common_word
from riftwatch.model import Sentence
from riftwatch.nlp import (
    acronyms,
    clauses,
    completions,
    coref,
    factions,
    initialisms,
    learned,
    mechanisms,
    shortforms,
    ties,
    written,
)
from riftwatch.nlp import context as ctx
from riftwatch.nlp import headline as hl
from riftwatch.nlp import lexicon as lexmod
from riftwatch.nlp import mentions as mentions_mod
from riftwatch.nlp import time as timemod
from riftwatch.nlp.code import Actor, Event, SentenceCoder, other_modes
from riftwatch.nlp.derived import Derived
from riftwatch.nlp.initialisms import INITIALS_OF_KNOWN
from riftwatch.nlp.memory import CorpusMemory, Lesson, as_lesson_acronyms, may_teach, merge_ties
from riftwatch.nlp.mentions import (
    capital_alias,
    capital_government,
    country_body,
    leader_surnames,
    office_possessives,
    open_actors,
    open_hints,
)
from riftwatch.nlp.modality import (
    ATTRIBUTION_NAME,
    Modality,
    attribution_of,
    ends_relation,
    modality_of,
    refused_in_future,
    withdrawal,
)
from riftwatch.nlp.parse import nlp, parse_distinct
from riftwatch.nlp.segment import segment

# acts only asked for, planned or supposed: they tell nobody's side in a war (precision24)
_IMAGINED = frozenset({"hypothetical", "future"})

STAGES = (
    "segment.rules.v1",
    "parse.spacy-sm.v8",
    "actors.open.v103",
    "code.rules.v175",
    "modality.rules.v95",
    ATTRIBUTION_NAME,
    "context.rules.v41",
    "headline.rules.v51",
)

_COREF = re.compile(
    r"\b(?:the|this|that)\s+(organi[sz]ation|group|network|movement|militia|shura|council|"
    r"outfit|faction)\b|\b(it|its|they|their|them)\b",
    re.IGNORECASE,
)

_LOG = logging.getLogger(__name__)


@cache
def expletive_it() -> re.Pattern[str]:
    """An "it" that stands for no party: "it was premature to conclude that ...", "it is
    unclear whether ...", "it was wishful thinking to believe ..." (a copula, a few words, then
    a clause; the verbs after "to" are cues.yaml ``expletive_verbs``).

    >>> bool(expletive_it().match("it is unclear whether the two groups met"))
    True
    >>> bool(expletive_it().match("it was the Front that attacked"))
    False
    """
    verbs = "|".join(sorted(lexmod.load().expletive_verbs))
    return re.compile(
        r"it\s+(?:is|was|'s|seems|seemed|appears|appeared|remains|remained|"
        r"(?:will|would|may|might|could)\s+be)\s+(?!(?:the|a|an|its|their)\b)"
        r"(?![\w-]+ing\b)(?:[\w-]+\s+){1,3}?"
        rf"(?:that|whether|if|to\s+(?:{verbs})\b)",
        re.IGNORECASE,
    )


_NOUN_OF = re.compile(r"\s+of\b", re.IGNORECASE)
"""An "of" phrase right after "the movement" of :data:`_COREF`: "restrictions on the
movement of workers" is motion, never a reference back to a group (peers17)."""
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w.]*\s+){0,2})")
"""An "of" phrase after an agent noun (a title or two may precede the name): the actor it
names owns the noun."""
# "the two groups", "both sides": the two groups the document named last (mmp7); the number
# word stands for the one named first, the noun for the other (SentenceCoder.actors joins them)
_TWO_GROUPS = re.compile(
    r"\b(?:the\s+(two)|(both))\s+(groups|organi[sz]ations|factions|sides|movements|militias|"
    r"outfits|networks)\b",
    re.IGNORECASE,
)
# "the two remained intertwined", "the two later fell out": a bare "the two" before a verb
# stands for the two groups named last as well, its number word for the one named first and
# its article for the other (written round 12)
_TWO_BARE = re.compile(
    r"\b(the)\s+(two)\b(?=\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|have|has|had|are|were|remain|remains|continue|"
    r"continues|still|never|later|soon|would|will|did|do|does|fell|split|met|fought|broke|grew|"
    r"became|held|began|share|shared|maintain|maintained|kept|keep|can|could|may|might)\b)"
)
# "a split between the two was wishful thinking": a bare "the two" closing a "between" phrase
# (lead47)
_TWO_BETWEEN = re.compile(
    r"\bbetween\s+(the)\s+(two)\b(?=\s*(?:[.,;:)]|$)|\s+(?:was|were|is|are|had|has|have|"
    r"would|will|in|since|after|before|over|and|but|remained|ended|collapsed|grew|deepened|"
    r"widened|as|to|of)\b)"
)
TWO_OF = "one of the two named last"
_OWNER_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(
    r"\s*(?:[^,;:]{0,60},\s*)?(?:[A-Za-z0-9]+\s+){0,4}?(?:the\s+)?", re.IGNORECASE
)
"""What may stand before a sentence's subject: an opening phrase ("In late 2015,", "Two years
later") and an article."""
_NOT_SUBJECT = re.compile(
    r"\b(?:between|with|against|from|by|of|and|to|on|at|in|for|that|which|who|than)\s+"
    r"(?:the\s+)?$|\b(?:[a-z]+ed|[a-z]+s)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""...unless a preposition or a verb leads to it ("fighting between the X", "attacked X")."""
_POSSESSIVE_ABBREV = re.compile(r"\b([A-Z][A-Za-z]?[A-Z]{1,5})['\u2019]s\b")
_ROLE_OF = {"security services": "military"} | {
    noun: load_agents().role(noun) or "government" for noun in sorted(load_agents().bare)
}
"""Agent nouns that stand for the state of the text's country when no country is named
(``bare`` in the agents data) and the body each one is."""
_ROLE = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(_ROLE_OF, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
UNIDENTIFIED = "collective:unidentified-militants"
GENERIC_FIGHTERS = "collective:local-fighters"  # what the KB makes of "militants", "gunmen"
GROUPISH = frozenset({"armed_group", "faction", "shura", "party", "tribe"})


@dataclass
class Coded:
    """One extracted event, ready for output or storage."""

    doc_id: str
    sentence: str
    sentence_index: int
    start: int
    end: int
    event: Event
    attributed_to: dict[str, Any] | None
    date: str | None
    date_precision: str
    confidence: float
    why: list[str] = field(default_factory=list)
    headline: bool = False
    support: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        e = self.event
        out = {
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "source": e.source.to_dict(),
            "target": e.target.to_dict(),
            "event_type": e.event_type,
            "mode": e.mode,
            "modality": e.modality,
            "date": self.date,
            "date_precision": self.date_precision,
            "attributed_to": self.attributed_to,
            "confidence": round(self.confidence, 2),
            "quote": e.quote,
            "trigger": e.trigger.text,
            "sentence_index": self.sentence_index,
            "why": self.why,
        }
        if self.support:  # other sentences of the document that restate this event
            out["support"] = self.support
        return out


@cache
def _resolver() -> Any:
    from riftwatch.actors.resolve import Resolver

    return Resolver()


def _actor_from(res: Any, mention: str, how: str = "kb") -> Actor | None:
    if res is None or res.actor is None:
        return None
    if res.role == "civilians" and res.actor.type == "country":
        # "Afghan nationals", "Pakistani villagers": people of a country, never its state
        ident = open_id(mention)
        return Actor(id=ident, name=mention, mention=mention, type="collective", org_id=ident,
                     org_name=mention, how=f"people of {res.actor.name} (never its state)",
                     country=res.actor.country)  # fmt: skip
    org = res.organization or res.actor
    person = res.actor.name if res.actor.type == "person" else None
    if res.actor.id == GENERIC_FIGHTERS:
        # "militants", "gunmen": armed men the text does not attribute to any group; they
        # stay unidentified rather than being filed under a known actor
        return Actor(id=UNIDENTIFIED, name="unidentified militants", mention=mention,
                     type="collective", org_id=UNIDENTIFIED, org_name="unidentified militants",
                     how="generic noun", weak=True)  # fmt: skip
    return Actor(
        id=res.actor.id, name=res.actor.name, mention=mention, type=res.actor.type,
        org_id=org.id, org_name=org.name, person=person, how=how,
    )  # fmt: skip


class DocumentState:
    """What a document has said so far: the actors it named (for coreference) and its country."""

    def __init__(self) -> None:
        # every actor noted so far, in document order, as (its mention, None when not given;
        # the actor; whether it is named as a party, not as a place: "in Pakistan"): what
        # ``groups``, ``parties`` and ``kinds`` are read from
        self.named: list[tuple[str | None, Actor, bool]] = []
        self.countries: list[str] = []
        # the homes of the groups named so far (walk57: _country_for's fallback)
        self.group_homes: list[str] = []
        self.acronyms: dict[str, Actor] = {}  # "the X Front (XF)": XF is that actor
        self.subjects: list[Actor] = []  # groups that opened a sentence as its subject
        self.loci = 0  # capitals named as places ("in Baghdad") in the last sentence looked at
        self.statement = False  # a militant group's own statement (source type "militant")
        self.issuer: Actor | None = None  # the group that issues it ("X declares that ...")
        self.sentences = 0  # sentences noted so far
        self.subject_at = -1  # the sentence (count) of the last subject noted
        # (noun, actor, sentence) of groups introduced by a kind noun in apposition ("Y, a
        # new group that ..."): what "the group" stands for after it (lead39)
        self.introduced: list[tuple[str, Actor, int]] = []
        # the persons standing for a group that the sentence before named (lead39: "He"
        # opening the next sentence is that man when there was one)
        self.last_persons: tuple[Actor, ...] = ()
        # (possessor key, relation noun) -> the party named so ("X's rival Y": (X, rival) -> Y)
        self.related: dict[tuple[str, str], Actor | None] = {}  # None: two parties told
        self.text = ""  # the whole document's text, when known (names25: full names in it)
        # every actor of every sentence noted, with its sentence, role and number: what the
        # shared resolver (riftwatch.nlp.coref) chooses an anaphor's antecedent among
        self.mentions: list[coref.Mention] = []
        # the entry of ``named`` last noted for each (mention, party, actor key): a repeat of
        # an entry moves it to the end instead of growing the list, so a long document (a
        # monitoring log naming the same two groups thousands of times) is read in linear
        # time (walk52: 3,000 paragraphs took 107 CPU-seconds, most of it re-reading repeats)
        self._last_named: dict[tuple[str | None, bool, str, str], tuple[str | None, Actor, bool]]
        self._last_named = {}
        # the sentence before, when it may hold groups only its parse finds (open actors:
        # mentions.open_hints), with its actors and date: parsed only if a pronoun after it
        # finds no antecedent (gaps52)
        self.open_pending: tuple[str, list[tuple[int, int, Actor]], str | None] | None = None

    def add_open_actors(self) -> bool:
        """Parse the sentence before (``open_pending``) and note the groups its parse adds
        (:func:`open_actors`: "The Zarqani militias attacked a post. They ..."), as they
        would have been noted with it: in order, its subject group, and as mentions of that
        sentence for the shared resolver. True when one was added (gaps52)."""
        if self.open_pending is None:
            return False
        text, actors, date = self.open_pending
        self.open_pending = None
        sdoc = clauses.repaired(nlp()(text))
        added = [a for a in open_actors(sdoc, actors, date) if a[2].type in GROUPISH]
        if not added:
            return False
        every = sorted([*actors, *added], key=lambda x: x[0])
        subject = _subject_start(text, every)
        opener = next((a for s, _e, a in every if s == subject), None)
        groups = {a.key() for _s, _e, a in every if a.type in GROUPISH}
        if (opener is None or opener.type not in GROUPISH) and len(groups) > 1:
            return False  # "Villagers said X and Y clashed. They ...": two alike, no choice
        for start, end, actor in sorted(added, key=lambda x: x[0]):
            self.note(actor, text, start, end)
        if opener is not None and any(opener is a for _s, _e, a in added):
            self.subjects.append(opener)
            self.subject_at = self.sentences - 1
        known = {(m.start, m.end) for m in self.mentions if m.sentence == self.sentences - 1}
        self.mentions.extend(m for m in _mentions_of(text, every, self.sentences - 1)
                             if (m.start, m.end) not in known)  # fmt: skip
        return True

    def note(self, actor: Actor, text: str = "", start: int = 0, end: int | None = None) -> None:
        """Note ``actor``, named at ``start`` of the sentence ``text``; with ``end`` its
        mention (``text[start:end]``) is one a kind noun may stand for (``kinds``). Noting
        again an actor already noted the same way moves it to the end (it is the latest)."""
        party = actor.type in GROUPISH or _state_party(actor, text, start)
        mention = text[start:end] if end is not None else None
        item = (mention, actor, party)
        slot = (mention, party, actor.key(), actor.mention)
        old = self._last_named.get(slot)
        if old is not None and old == item:
            self.named.remove(old)
        self._last_named[slot] = item
        self.named.append(item)

    @property
    def groups(self) -> tuple[Actor, ...]:
        """The groups named so far, and persons who stand for one (for coreference)."""
        return tuple(a for _m, a, _p in self.named
                     if a.type in GROUPISH or (a.type == "person" and a.org_id))  # fmt: skip

    @property
    def parties(self) -> tuple[Actor, ...]:
        """Groups and states named as parties (not as places: "in Pakistan"): what "both
        sides" may stand for ("talks between Pakistan and the TTP ... both sides agreed")."""
        return tuple(a for _m, a, party in self.named if party)

    @property
    def kinds(self) -> tuple[tuple[str, Actor], ...]:
        """(mention, actor) of every party named so far with its mention, collectives too ("a
        lashkar"): what a definite kind noun ("the militia") may stand for (coref24,
        cues.yaml kind_nouns)."""
        return tuple((m, a) for m, a, _p in self.named if m is not None)

    def recent(self, kind: str) -> Actor | None:
        for actor in reversed(self.groups):
            if kind == "shura" and actor.type != "shura":
                continue
            if actor.type == "person":
                continue
            return actor
        return None

    def subject(self) -> Actor | None:
        """The group most recently named as a sentence's subject ("Al-Shabaab allied with
        Hizbul Islam. Two years later the group attacked ...": al-Shabaab, not the object)."""
        return self.subjects[-1] if self.subjects else None

    def introduced_as(self, noun: str) -> Actor | None:
        """The group introduced last by ``noun`` in apposition ("Fighters who left X formed
        Y, a new group that pledged allegiance to Z. The group's founders ...": Y), when it
        was introduced in or after the last sentence whose subject was a group (an older
        subject is the usual reading of "the group" otherwise)."""
        for word, actor, at in reversed(self.introduced):
            if word == noun and at >= self.subject_at:
                return actor
        return None

    def note_sentence(
        self,
        text: str,
        actors: list[tuple[int, int, Actor]],
        group_nouns: frozenset[str],
        kind_nouns: frozenset[str] = frozenset(),
    ) -> None:
        """Remember a coded sentence's actors in order (not coreference stand-ins, which
        stand for actors noted already), its subject group (:meth:`note_subject`) and the
        groups it introduces by a kind noun of ``kind_nouns`` in apposition ("Y, a new
        group that ..."; cues.yaml ``appositive_group_nouns``)."""
        for start, end, actor in sorted(actors, key=lambda x: x[0]):
            if not actor.how.startswith("coreference"):
                self.note(actor, text, start, end)
        before = len(self.subjects)
        self.note_subject(text, actors, group_nouns)
        if len(self.subjects) > before:
            self.subject_at = self.sentences
        introducing = kind_nouns | coref.load().introduced_nouns
        for _start, end, actor in actors:
            if actor.type not in GROUPISH or actor.how.startswith("coreference"):
                continue
            m = _APPOSED_KIND.match(text, end) or _APPOSED_OWNED_KIND.match(text, end)
            words = m.group(1).lower().split()[:4] if m else []
            if m is None:
                # "Y was a messianic Shia sect", "Y is a unit of volunteers": a copular
                # predicate introduces its subject group as an apposition does (mmp40)
                m = _PREDICATE_KIND.match(text, end)
                words = m.group(1).lower().split()[:5] if m else []
            noun = next((w for w in words if w in introducing), None)
            if noun is not None:
                self.introduced.append((noun, actor, self.sentences))
        persons = {a.key(): a for _s, _e, a in sorted(actors, key=lambda x: x[0])
                   if a.type == "person" and a.org_id and a.person != "one member"
                   and not a.how.startswith("coreference")}  # fmt: skip
        self.last_persons = tuple(persons.values())
        self.mentions.extend(_mentions_of(text, actors, self.sentences))
        self.sentences += 1

    def note_subject(
        self, text: str, actors: list[tuple[int, int, Actor]], group_nouns: frozenset[str]
    ) -> None:
        """Note the sentence's subject group: its first group, where nothing but an opening
        phrase ("In 2014,", "Two years later") stands before it; also a person's group named
        by the person's possessive ("Baitullah Mehsud's movement had ...": a later "it" is
        the movement; ``group_nouns``: cues.yaml anaphoric_nouns)."""
        for start, end, actor in sorted(actors, key=lambda x: x[0]):
            if _in_opening_phrase(text, start, end):
                continue  # "In the months after the X takeover, Y ...": Y may be the subject
            if actor.type not in GROUPISH and not (actor.type == "person" and actor.org_id):
                return  # another actor opens the sentence
            opening = (
                _SUBJECT_PREFIX.fullmatch(text[:start]) and not _NOT_SUBJECT.search(text[:start])
            ) or _members_of(text[:start])
            if opening and (actor.type in GROUPISH or _persons_group(text, end, group_nouns)):
                self.subjects.append(actor)
            return


def _subject_start(text: str, actors: list[tuple[int, int, Actor]]) -> int | None:
    """The offset of the actor that opens ``text`` as its subject (nothing but an opening
    phrase and an article before it, :data:`_SUBJECT_PREFIX`), or None."""
    for start, end, _actor in sorted(actors, key=lambda x: x[0]):
        if _in_opening_phrase(text, start, end):
            continue
        prefix = text[:start]
        if _SUBJECT_PREFIX.fullmatch(prefix) and not _NOT_SUBJECT.search(prefix):
            return start
        return None
    return None


def _mentions_of(
    text: str, actors: list[tuple[int, int, Actor]], sentence: int
) -> list[coref.Mention]:
    """The actors of the sentence ``text`` as the shared resolver's candidates (in order,
    with the subject marked and the plural ones: "the Houthis", "al-Qaeda trainers")."""
    subject = _subject_start(text, actors)
    return [coref.Mention(actor, sentence, start, end, start == subject,
                          coref.plural_mention(text, start, end), text)
            for start, end, actor in sorted(actors, key=lambda x: x[0])]  # fmt: skip


def _former_latter(
    text: str, found: list[tuple[int, int, Actor]], state: DocumentState, free: Any
) -> list[tuple[int, int, Actor]]:
    """ "The former" / "the latter": the first / the last of the two parties named last
    together, in the sentence before them or an earlier one (coref49,
    :func:`riftwatch.nlp.coref.pair`); nothing when no such pair is clear."""
    here = _mentions_of(text, found, state.sentences)
    out: list[tuple[int, int, Actor]] = []
    for start, end, which in coref.former_latter(text):
        if not free(start, end):
            continue
        two = coref.pair([*state.mentions, *here], state.sentences, start)
        if two is None:
            continue
        ante = two[0] if which == "former" else two[1]
        out.append((start, end, _stand_in(ante.actor, text[start:end])))
    return out


def _clause_subject(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its clause as the subject: at the sentence's
    opening (after an opening phrase), after a coordinated clause's "and" / "but" or ";", or
    after a verb of speech or "that" ("X said it would ...")."""
    prefix = text[:start]
    if _SUBJECT_PREFIX.fullmatch(prefix) and not _NOT_SUBJECT.search(prefix):
        return True
    return bool(_SUBJECT_AFTER.search(prefix))


_SUBJECT_AFTER = re.compile(
    r"(?:;|,\s*(?:and|but)|\b(?:that|said|says|say|claimed|announced|insisted|added|warned))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _rechoose(
    text: str, found: list[tuple[int, int, Actor]], state: DocumentState, at: int,
    anaphor: Actor, subject: bool | None,
) -> Actor | None:  # fmt: skip
    """The shared resolver's choice for the anaphor ``anaphor`` at ``at`` once the actor it
    was given is ruled out: a named actor before it (this sentence or earlier), of the
    preferred role; None when none agrees or two do equally well."""
    here = _mentions_of(text, found, state.sentences)
    cands = [m for m in [*state.mentions, *here] if not m.actor.how.startswith("coreference")
             and (m.sentence < state.sentences or m.start < at)]  # fmt: skip
    pick = coref.choose(
        anaphor.mention, cands, exclude={coref.key(anaphor)}, subject=subject, own=state.sentences
    )
    return None if pick is None else _stand_in(pick.actor, anaphor.mention)


def _distinct_anaphors(
    text: str, found: list[tuple[int, int, Actor]], state: DocumentState
) -> list[tuple[int, int, Actor]]:
    """Two anaphors of one clause the grammar keeps apart never stand for one actor
    (:func:`riftwatch.nlp.coref.must_differ`: "It later absorbed the group", "They shared
    houses with the network's fighters"), nor does an object pronoun stand for its own
    verb's named subject ("X, which had sheltered Y fighters, expelled them": Y's fighters).
    The anaphor that keeps its actor is a description whose noun is in that actor's name
    ("the network"), else the subject; the other is chosen again by the shared resolver
    without it, and dropped when no other actor agrees or two do equally well (coref49)."""
    ordered = sorted(found, key=lambda x: x[0])
    stand = [f for f in ordered if f[2].how.startswith("coreference") and f[2].type != "person"]
    if not stand:
        return found
    drop: set[int] = set()
    redo: dict[int, Actor] = {}
    for i, (s1, e1, a1) in enumerate(stand):
        for s2, e2, a2 in stand[i + 1 :]:
            if coref.key(a1) != coref.key(a2) or s1 in redo or s2 in redo:
                continue
            if not coref.must_differ(text, (s1, e1), (s2, e2), _clause_subject(text, s1)):
                continue
            word2 = a2.mention.lower().split()[-1]
            second_named = coref._name_holds(word2, a2) and word2 in coref.load().descriptions
            first_named = coref._name_holds(a1.mention.lower().split()[-1], a1)
            here = {
                coref.key(a) for s, _e, a in found if s < s1 and not a.how.startswith("coreference")
            }
            if second_named and not first_named:
                options = [(s1, a1)]  # "the network" is the one group so named
            elif coref.key(a1) not in here:
                # a subject pronoun carrying on an earlier sentence's group keeps it; the later
                # anaphor yields ("X welcomed Y's defectors. It later absorbed the group")
                options = [(s2, a2), (s1, a1)]
            else:
                # both stand for a group of this sentence: the one with another actor to go
                # to yields; when both have one, which is wrong is unclear, and both stay
                options = [(s2, a2), (s1, a1)]
                viable = [(at, _rechoose(text, found, state, at, x, at != s1)) for at, x in options]
                viable = [(at, pick) for at, pick in viable if pick is not None]
                if len(viable) == 1:
                    redo[viable[0][0]] = viable[0][1]
                continue
            for at, loser in options:
                pick = _rechoose(text, found, state, at, loser, at != s1)
                if pick is not None:
                    redo[at] = pick
                    break
    subject = _subject_start(text, found)
    if subject is not None:
        subj = next(f for f in ordered if f[0] == subject)
        for s, _e, a in stand:
            if (s in drop or s in redo or a.mention.lower() not in coref.load().objects
                    or coref.key(a) != coref.key(subj[2]) or subj[2].how.startswith("coreference")
                    or not coref.object_of_own_subject(text, subj[1], s)):  # fmt: skip
                continue
            pick = _rechoose(text, found, state, s, a, False)
            if pick is None:
                drop.add(s)
            else:
                redo[s] = pick
    for s, _e, a in stand:
        # "X persuaded Y to join it": an object pronoun is not the understood subject of its
        # own infinitive (coref50, coref.controlled_object)
        if s in drop or s in redo or a.mention.lower() not in coref.load().objects:
            continue
        named = [f for f in ordered if f[0] < s and not f[2].how.startswith("coreference")]
        if not named or coref.key(named[-1][2]) != coref.key(a):
            continue
        if coref.controlled_object(text, (named[-1][0], named[-1][1]), s):
            pick = _rechoose(text, found, state, s, a, None)
            if pick is None:
                drop.add(s)
            else:
                redo[s] = pick
    parsed: list[Any] = []
    places: frozenset[str] | None = None  # set once the text has a verb of holding a place
    for s, _e, a in stand:
        # "The town did not fall to X because the police defended it": the place (prec54)
        if s in drop or s in redo or a.mention.lower() != "it":
            continue
        if places is None:
            verbs = "|".join(sorted(coref.load().place_object_verbs))
            if not re.search(rf"\b(?:{verbs})", text):
                break  # the same text for every "it": no verb, no place object
            lex = lexmod.load()
            places = lex.held_nouns
        if not parsed:
            parsed.append(nlp()(text))
        if coref.place_object(parsed[0], s, places):
            drop.add(s)

    def in_clause(named: tuple[int, int], at: int) -> bool:
        """coref.names_in_clause, with the parse's clauses where punctuation between the
        name and the description leaves the words unsure ("X, which had expelled Y from Z,
        attacked the group": Y is in a relative clause; gaps52). Parsed once, and only
        then."""
        if not coref.names_in_clause(text, named, at):
            return False
        if not re.search(r"[,()\u2013\u2014]", text[named[1] : at]):
            return True
        if not parsed:
            parsed.append(nlp()(text))
        verdict = coref.parsed_same_clause(parsed[0], named[0], at)
        return True if verdict is None else verdict

    for s, e, a in stand:
        # "a campaign X answered with raids on the group's hideouts": a description is not a
        # group its own clause names (that would be "its"), unless set beside it in
        # apposition ("X, the group behind ...") or named by its noun ("the network")
        if s in drop or s in redo or not coref.describes(text, s, e, a):
            continue
        if any(
            not n.how.startswith("coreference") and coref.key(n) == coref.key(a)
            and in_clause((ns, ne), s)
            for ns, ne, n in ordered
        ):  # fmt: skip
            pick = _rechoose(text, found, state, s, a, False)
            if pick is not None:
                redo[s] = pick
    if not drop and not redo:
        return found
    return [(s, e, redo.get(s, a)) for s, e, a in found if s not in drop]


_OPENING_PREPOSITION = re.compile(
    r"(?:in|after|before|since|during|until|despite|following|amid|under)\b", re.IGNORECASE
)


def _in_opening_phrase(text: str, start: int, end: int) -> bool:
    """Whether the actor at ``start:end`` stands inside an opening prepositional phrase set off
    by a comma ("In the months after the Taliban takeover, IS-K cells ..."; "Since the
    TTP's expulsion from Swat, the army ..."): a name there is not the sentence's subject,
    which follows the comma (written30).

    >>> t = "In the months after the Taliban takeover, IS-K cells attacked patrols."
    >>> _in_opening_phrase(t, t.index("Taliban"), t.index("Taliban") + 7)
    True
    >>> t = "The Taliban, in a statement, denied it."
    >>> _in_opening_phrase(t, t.index("Taliban"), t.index("Taliban") + 7)
    False
    """
    comma = text.find(",", end)
    return (
        _OPENING_PREPOSITION.match(text.lstrip()) is not None
        and comma != -1
        and "," not in text[:start]
        and len(text[:comma].split()) <= 12
    )


_APPOSED_KIND = re.compile(r",\s+an?\s+([a-z][a-z -]*)")
_APPOSED_OWNED_KIND = re.compile(
    r",\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w.-]*['\u2019]s\s+([a-z][a-z -]*)"
)
"""", Ayo Kestrel's gang,": a kind noun owned by a person's name in apposition (mmp41)."""
_PREDICATE_KIND = re.compile(r"\s+(?:is|was|are|were)\s+an?\s+([A-Za-z][A-Za-z'\u2019 -]*)")
"""", a new group", ", a small armed faction": a kind noun in apposition after a name."""

_MEMBER_SUBJECT = re.compile(
    r"\s*(?:(?:an?|the|one|two|three|some|several|senior|top|local)\s+)?(?:[a-z-]+\s+)?"
    r"([a-z]+)\s+(?:of|for|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _members_of(before: str) -> bool:
    """Whether ``before`` is a member noun phrase that makes the group after it the sentence's
    subject ("A spokesman for the X said ...": a later "it" is X).

    >>> _members_of("A spokesman for the "), _members_of("Senior commanders of ")
    (True, True)
    >>> _members_of("Talks with the "), _members_of("Attacks by ")
    (False, False)
    """
    from riftwatch.actors.agents import load_agents

    m = _MEMBER_SUBJECT.fullmatch(before)
    return bool(m) and m.group(1).lower() in load_agents().members


_POSSESSED_NOUN = re.compile(r"['\u2019]s\s+([a-z-]+)(?:\s+([a-z]+))?\b")


def _quoted(text: str, at: int) -> bool:
    """Whether offset ``at`` of a sentence is inside a quotation: after an opening mark not
    yet closed, or, in a sentence that opens inside a quotation begun earlier, before its
    closing mark.

    >>> _quoted('"They killed our sons.', 1), _quoted('They left, he said.', 0)
    (True, False)
    >>> _quoted('We will fight them," he said.', 14), _quoted('"We won," he said of them.', 23)
    (True, False)
    """
    before, after = text[:at], text[at:]
    straight = before.count('"')
    if straight % 2 or before.count("\u201c") > before.count("\u201d"):
        return True
    if straight or "\u201c" in before:
        return False
    return after.count('"') % 2 == 1 or after.count("\u201d") > after.count("\u201c")


def _persons_group(text: str, end: int, group_nouns: frozenset[str]) -> bool:
    """Does a person's name ending at ``end`` own a group noun ("Mehsud's movement", "Omar's
    own network")? Then the phrase names the person's group.

    >>> nouns = frozenset({"movement"})
    >>> _persons_group("Baitullah Mehsud's movement had sheltered them", 16, nouns)
    True
    >>> _persons_group("Baitullah Mehsud's brother had sheltered them", 16, nouns)
    False
    """
    match = _POSSESSED_NOUN.match(text, end)  # the noun, or one modifier and the noun
    return match is not None and bool({match.group(1), match.group(2)} & group_nouns)


_KIN_NOUN = re.compile(r"\s+(?:tribe|tribes|tribesmen|clan|clans|family|district|valley)\b")


def _surname_as_place(res: Any, text: str, start: int, end: int) -> bool:
    """Is a person found by a bare surname (a weak alias) used as a place or a tribe's name
    here: after a locative preposition ("in Wardak") or before a place or kin noun
    ("Wardak province", "the Kakar tribe")? Surnames are often such names too."""
    alias = getattr(res, "alias", None)
    if res.actor is None or res.actor.type != "person" or alias is None or alias.kind != "weak":
        return False
    if " " in alias.name.strip():
        return False
    return bool(
        _LOCATIVE_BEFORE.search(text, 0, start)
        or _PLACE_NOUN.match(text, end)
        or _INLAND_PLACE.match(text, end)
        or _KIN_NOUN.match(text, end)
    )


_GROUP_KINDS = frozenset({"armed_group", "faction"})
_POSSESSED = r"['\u2019]s\s+(?:(?:former|erstwhile|old|main|chief|arch)\s+)?({nouns})\b"


@cache
def _related_forms(nouns: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a relation noun after a possessive: "'s rival", "'s former patron"; the same after a
    pronoun or a definite group noun: "its rival", "the group's patron")."""
    alt = "|".join(map(re.escape, nouns))
    after_name = re.compile(_POSSESSED.format(nouns=alt), re.IGNORECASE)
    pronoun = re.compile(
        r"\b(?:its|their|the\s+(?:group|movement|organi[sz]ation|militia|network)['\u2019]s)\s+"
        rf"(?:(?:former|erstwhile|old|main|chief|arch)\s+)?({alt})\b",
        re.IGNORECASE,
    )
    return after_name, pronoun


def _related_parties(text: str, found: list[tuple[int, int, Actor]], state: DocumentState,
                     lex: Any) -> list[tuple[int, int, Actor]]:  # fmt: skip
    """Learn and apply the parties a document names by their relation to another (cues.yaml
    ``related_party_nouns``: rival, ally, patron, sponsor...). "X's rival Y" or "Y, X's
    rival," teaches (X, rival) -> Y; a later "its rival", "the group's patron" in a sentence
    that names X before it, with no name in apposition after it, is Y (bugs39). With no such
    relation told, or two parties told for it, the noun stays no party (no guess)."""
    nouns = tuple(sorted(lex.related_party_nouns))
    if not nouns:
        return []
    after_name, pronoun = _related_forms(nouns)
    spans = sorted(found, key=lambda f: f[0])
    for s, e, owner in spans:
        m = after_name.match(text, e)
        if m is None:
            continue
        noun = m.group(1).lower()
        rest = re.match(r",?\s+(?:the\s+)?", text[m.end() :])
        start = m.end() + (rest.end() if rest else 0)
        named = next((a for s2, _e2, a in spans if s2 == start), None)
        if named is None:  # "Y, X's rival,": the name before
            named = next((a for s2, e2, a in spans if e2 < s and text[e2:s].strip() == ","), None)
        if named is not None and named.key() != owner.key():
            key = (owner.key(), noun)
            known = state.related.get(key)
            if key not in state.related or (known is not None and known.key() == named.key()):
                state.related[key] = named
            else:
                state.related[key] = None  # two parties told for one relation: no guess
    out: list[tuple[int, int, Actor]] = []
    for m in pronoun.finditer(text):
        if any(s <= m.start(1) < e for s, e, _a in found):
            continue
        after = re.match(r",?\s+(?:the\s+)?", text[m.end() :])
        if after and any(s == m.end() + after.end() for s, _e, _a in found):
            continue  # "its rival, the Z Front": the name says who
        noun = m.group(1).lower()
        owners = [a for s, _e, a in spans if s < m.start()]
        if not owners and state.groups:  # "Later the group's patron cut ...": the group named last
            owners = [state.groups[-1]]
        told = [state.related.get((o.key(), noun), False) for o in owners]
        if any(t is None for t in told):
            continue  # an owner with two such parties told
        hits = {t.key(): t for t in told if t}
        if len(hits) != 1 or any(k == o.key() for k in hits for o in owners):
            continue
        party = next(iter(hits.values()))
        out.append((m.start(1), m.end(1), replace(
            party, mention=m.group(1),
            how=f"'{m.group(0)}': the {noun} the document named before")))  # fmt: skip
    return out


_BRANCH_COUNTRIES = 3  # a group with branches in this many other countries names them so


@cache
def _has_country_branches(ident: str) -> bool:
    """Does the group ``ident`` have armed branches in several other countries (the
    knowledge base's parts: the Islamic State's provinces, Al Qaeda's affiliates)? Only such
    a group is named with a country after a hyphen ("IS-Somalia"); for any other the hyphen
    joins two parties ("Taliban-Pakistan talks")."""
    kb = _resolver().kb
    entity = kb.find(ident)
    home = entity.country if entity is not None else None
    countries = {
        child.country
        for _rel, child in kb.children(ident)
        if child.type in _GROUP_KINDS and child.country and child.country != home
    }
    return len(countries) >= _BRANCH_COUNTRIES


def _group_of_country(mentions: list[Any], text: str, date: str | None) -> list[Any]:
    """``mentions`` with a group's name joined by a hyphen to a country's or a place's
    ("IS-Somalia", "ISIS-Libya", "AQ-Yemen") taken as one mention of the group, when the
    group has branches in several countries (:func:`_has_country_branches`): its branch
    there when the knowledge base knows the two words as one name, else the group itself.
    Apart, the country had become the party ("IS-Somalia accused Y": Somalia; bugs39).

    >>> from riftwatch.nlp.extract import _resolver
    >>> text = "IS-Somalia accused al-Shabaab of treachery."
    >>> found = _group_of_country(_resolver().find_mentions(text, "2019-03-01"), text, None)
    >>> [(text[s:e], r.actor.id) for s, e, r in found]
    [('IS-Somalia', 'org:islamic-state-somalia'), ('al-Shabaab', 'org:al-shabaab')]
    """
    out: list[Any] = []
    skip = False
    for n, (start, end, res) in enumerate(mentions):
        if skip:
            skip = False
            continue
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        if (
            nxt is not None
            and res.actor is not None
            and res.actor.type in _GROUP_KINDS
            and nxt[2].actor is not None
            and nxt[2].actor.type in ("country", "place")
            and text[end : nxt[0]] in ("-", "\u2010", "\u2013")
            and _has_country_branches(res.actor.id)
        ):
            joined = _resolver().resolve(f"{text[start:end]} {text[nxt[0] : nxt[1]]}", date, text)
            if joined.actor is None or joined.actor.type not in _GROUP_KINDS:
                joined = res
            out.append((start, nxt[1], joined))
            skip = True
            continue
        out.append((start, end, res))
    return out


_POSSESSIVE_END = re.compile(r"['\u2019]s\s+$")


def _state_owned_unit(
    text: str, start: int, surface: str, found: list[tuple[int, int, Actor]]
) -> bool:
    """Is the name ``surface`` at ``start`` a state's named unit: its last word a unit noun
    (cues.yaml ``named_unit_nouns``) and a state's actor found just before it owning it by
    "'s" ("the Bosnian army's Fifth Corps", "Israel's Northern Command")? Then it names no
    group of its own; the parse gives the unit to its state (mentions._named_units, mmp37).

    >>> from riftwatch.nlp.code import Actor
    >>> army = Actor(id="x:a", name="army", mention="army", type="military")
    >>> _state_owned_unit("the army's Fifth Corps", 11, "Fifth Corps", [(4, 8, army)])
    True
    >>> _state_owned_unit("the Fifth Corps", 4, "Fifth Corps", [])
    False
    """
    words = surface.split()
    if not words or words[-1].lower() not in lexmod.load().named_unit_nouns:
        return False
    mark = _POSSESSIVE_END.search(text[:start])
    if mark is None:
        return False
    owner = next((a for s, e, a in found if e == mark.start()), None)
    return owner is not None and owner.type in mentions_mod._STATE_OWNERS


def _find_actors(text: str, date: str | None, state: DocumentState) -> list[tuple[int, int, Actor]]:
    resolver = _resolver()
    lex = lexmod.load()
    found: list[tuple[int, int, Actor]] = []
    here: list[tuple[int, str]] = []  # (offset, ISO3) of countries and places in this sentence
    state.loci = 0
    # the groups the document named before are context of this sentence's names: "the
    # Maoists" after "the Communist Party of India (Maoist)" (an alias's context words)
    # (groups only: a person's name would let a later surname stand for that person)
    named = " ".join(dict.fromkeys(a.name for a in state.groups if a.type != "person"))
    mentions = _group_of_country(resolver.find_mentions(text, date, named), text, date)
    # the countries of every known actor the sentence names, wherever it stands in it
    # ("the ARS ... joined Ras Kamboni": Somalia), and of the places the document named
    # (sides24)
    sentence_isos = [r.actor.country for _s, _e, r in mentions if r.actor is not None
                     and r.actor.country and r.actor.type != "person"]  # fmt: skip
    for start, end, res in mentions:
        if res.actor is None:
            start, res = _with_article(text, start, end, date, resolver, res)
        if res.actor is None and any(
            c.rejected in (_NO_CONTEXT, _NO_SUPPORT) for c in res.candidates
        ):
            # "the ARS" beside al-Shabaab: a weak name whose country the document's groups
            # are of (mmp13), or the sentence's actors or the document's places (sides24)
            isos = [*sentence_isos, *state.countries]
            homes = _home_words([*state.groups, *(a for _s, _e, a in found)], isos)
            if homes:
                again = resolver.resolve(text[start:end], date, f"{text} {named} {homes}")
                if again.actor is None:
                    again = _country_choice(again, homes, date, resolver) or again
                res = again if again.actor is not None else res
        surface = text[start:end]
        if surface.lower() in lex.anaphoric_nouns:
            continue  # "the organization": the document's coreference decides
        if res.actor is None:
            earlier = _open_named_before(surface, state)
            if earlier is not None:
                # "The ZDF, a Ugandan rebel group, ... the ZDF attacked": the open group the
                # document named, not a namesake the knowledge base keeps for other contexts
                found.append(
                    (
                        start,
                        end,
                        replace(earlier, mention=surface, how="open: named before in the document"),
                    )
                )
                continue
        actor = _actor_from(res, surface)
        if actor is None:
            continue
        if _surname_as_place(res, text, start, end):
            continue  # "in Wardak", "Wardak province", "the Kakar tribe": not the minister
        if actor.type == "country" and _PLACE_NOUN.match(text, end):
            if _INLAND_PLACE.match(text, end):  # "in a western Afghan province": it happens
                here.append((start, res.actor.country))  # there (a border is two countries')
            continue  # "near the Afghan border", "the Pak-Afghan border": a place, not an actor
        origin = res.actor.type in ("country", "place") and (
            hl.origin_of_attack(text, start) or _flight_destination(text, start, lex)
        )
        if res.actor.type in ("country", "place") and res.actor.country and not origin:
            here.append((start, res.actor.country))  # ("attack from Afghanistan": not there)
        if actor.type in ("country", "government") and capital_alias(res):
            if _event_venue(text, start, end, lex):
                continue  # "the Minsk accords", "the Havana talks": where, not who
            if (
                _LOCATIVE_BEFORE.search(text, 0, start) and not _seat_officials(text, start, lex)
            ) or _part_of_city(text, start, lex):
                state.loci += 1  # an act done there may be done to its country
                continue  # "demonstrators in Baghdad": where, not who
            actor = capital_government(res, surface) or actor  # "Moscow said": its government
        elif actor.type in ctx.STATE_TYPES and res.actor.country and not origin:
            # "Pakistan army says ... kill 2 soldiers": a named state body says whose
            # country the headline leads with, as a named country does
            here.append((start, res.actor.country))
        if actor.type == "place":
            seat = _seat_of(res.actor)
            if seat is not None and _event_venue(text, start, end, lex):
                continue  # "the Kabul conference": where, not who
            if seat is not None and (not _LOCATIVE_BEFORE.search(text, 0, start)
                                     or _seat_officials(text, start, lex)) and not (
                _part_of_city(text, start, lex)):  # fmt: skip
                # "Kabul accused Islamabad": capitals for governments (not "in Kabul")
                found.append((start, end, Actor(
                    id=seat.id, name=seat.name, mention=surface, type=seat.type,
                    org_id=seat.id, org_name=seat.name,
                    how=f"metonymy: {res.actor.name} for {seat.name}")))  # fmt: skip
            continue
        found.append((start, end, actor))
    found = _name_continuations(text, date, found, resolver)
    found = _spelled_acronyms(text, date, found, resolver)
    found = _merge_demonym_groups(text, date, found, resolver)
    found = _country_fighters(text, found)
    found = _community_plurals(text, date, found, resolver)
    found = _shared_agent_noun(text, date, found, resolver)
    found = _branch_names(text, found)
    found = _placed_branches(text, found, lex.owned_part_nouns | lex.placed_part_nouns)
    found = _described_affiliates(text, date, found, state, lex)
    found = _with_member_nouns(text, found, lex)
    found += _eponymous_members(text, date, found, resolver)
    found += leader_surnames(text, date, found)  # "Mehsud's fighters": the group he led
    found = office_possessives(text, date, found)  # "Hadi's government": his government
    taken = [(s, e) for s, e, _a in found]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    # possessive abbreviations ("the TTP's attack"): resolve the bare abbreviation
    for m in _POSSESSIVE_ABBREV.finditer(text):
        if not free(m.start(1), m.end(1)):
            continue
        actor = _actor_from(resolver.resolve(m.group(1), date, text), m.group(1))
        if actor is not None and actor.type not in ("place",):
            found.append((m.start(1), m.end(1), actor))
            taken.append((m.start(1), m.end(1)))
    # initials of a known group's name the knowledge base does not list ("ART", "HCUA")
    fits = _fits_document(found, here, state)
    sure = _fits_document(found, here, state, strict=True)
    for start, end, entity in initialisms.find(text, free, fits, sure):
        found.append((start, end, Actor(
            id=entity.id, name=entity.name, mention=text[start:end], type=entity.type,
            org_id=entity.id, org_name=entity.name, how=INITIALS_OF_KNOWN)))  # fmt: skip
        taken.append((start, end))
    # "Ahmed Madobe ... Madobe attacked": a lone surname the knowledge base gives another
    # holder of it stands for the one person the document named in full with it (names25)
    found = _surnames_of_named(text, found, state, lex)
    taken = [(s, e) for s, e, _a in found]
    # "Mullah Omar ... Omar refused": a person named before, now by one name
    persons = [*state.groups, *(a for _s, _e, a in found)]
    for start, end, actor in written.short_names(
        text, persons, free, lex, lambda w: resolver.resolve(w, date, text).actor
    ):
        found.append((start, end, actor))
        taken.append((start, end))
    # "Jama'at Nusrat al-Islam wal-Muslimin ... Nusrat al-Islam", "the Front", "SRF": a group
    # named before, by a short form of its name
    here_groups = [(s, a) for s, _e, a in sorted(found, key=lambda x: x[0]) if a.type in GROUPISH]
    named = [a for a in state.groups if a.type in GROUPISH] + [a for _s, a in here_groups]
    at = [-1] * (len(named) - len(here_groups)) + [s for s, _a in here_groups]
    # a bare initialism the knowledge base lists as a name of its own ("SRF") gives way to the
    # group the document named in full
    bare = {(s, e) for s, e, a in found if a.name == text[s:e] and text[s:e].isupper()}
    for start, end, actor in shortforms.find(
        text, named, lambda s, e: free(s, e) or (s, e) in bare,
        lambda w: resolver.resolve(w, date, text).actor, at,
    ):  # fmt: skip
        found = [f for f in found if (f[0], f[1]) != (start, end)]
        found.append((start, end, actor))
        taken.append((start, end))
    # "the U.S. Treasury Department ... the Treasury": a state body named before, by one word
    # of its name (bugs38)
    here_all = sorted(found, key=lambda x: x[0])
    earlier = [a for _m, a, _p in state.named]
    for start, end, actor in shortforms.body_words(
        text, earlier + [a for _s, _e, a in here_all], free,
        lambda w: resolver.resolve(w, date, text).actor,
        [-1] * len(earlier) + [s for s, _e, _a in here_all],
    ):  # fmt: skip
        found.append((start, end, actor))
        taken.append((start, end))
    for start, end in _apposed_names(text):
        # "The ZDF, a Ugandan rebel group, has camps ...": a name the sentence itself calls a
        # group, open when the knowledge base does not know it here (noted for the document,
        # so that "the ZDF" of a later sentence is the same group; lead34)
        if not free(start, end):
            continue
        surface = text[start:end]
        known = resolver.resolve(surface, date, text)
        if known.actor is not None or common_word(surface) or load_agents().is_generic(surface):
            continue
        ident = open_id(surface)
        found.append((start, end, Actor(
            id=ident, name=surface, mention=surface, type="armed_group", org_id=ident,
            org_name=surface, how="open: name in apposition with a group noun")))  # fmt: skip
        taken.append((start, end))
    for start, end, kind, cue in candidate_spans(text):
        # an organisation the knowledge base does not know, with a group word in its name
        # ("the Tora Bora Front"): an open actor, noted for coreference like any group (a
        # name only followed by "fighters" is left to the parse: "Arab fighters"); found
        # before "the movement" / "the group" is read, so that these can stand for it in its
        # own sentence (open17)
        if kind != "org":
            continue
        start = _after_member_noun(text, start, end)  # "Fighters of the X Front": the front
        surface = text[start:end]
        cut = not free(start, end) and _truncated_name_opens(found, start, end, cue, surface)
        leading = _leading_group_name(surface)
        if not free(start, end) and (
            leading
            or _demonym_opens(found, start, end)
            or _place_inside(found, start, end)
            or _name_inside(found, start, end, cue, surface)
            or cut
        ):
            # "Jabhat Ahl al-Tawhid": a known name inside it ("al-Tawhid") is not the group
            overlap = [f for f in found if f[0] < end and f[1] > start]
            if all(
                (start < f[0] or _demonym_actor(f[2]) or cut) and (f[1] <= end or leading)
                for f in overlap
            ):  # all strictly inside, or the opening demonym (or, after a leading group word,
                # a known name running on out of it: "Faylaq al-Zorb became ...", open17; or a
                # known name cut short opening it: "Zorb Liberation Army", sides19)
                found = [f for f in found if f not in overlap]
                taken = [(s, e) for s, e, _a in found]
        if not free(start, end) or cue not in norm(surface).split():
            continue
        if load_agents().is_generic(surface):
            continue
        if _state_owned_unit(text, start, surface, found):
            continue  # "the Bosnian army's Fifth Corps": the state's forces (mmp37)
        led = _leader_tail(surface, cue, date, resolver)
        if led is not None:
            # "the Syrian Revolutionaries Front of Jamal Maarouf": the front, its leader's
            # name after "of" is no part of it (mmp25)
            end = start + led
            surface = text[start:end]
            if not free(start, end):
                continue
        known = resolver.resolve(surface, date, f"{text} group")
        if known.actor is not None:
            spelled = _actor_from(known, surface) if known.reason.startswith("spelled") else None
            if spelled is not None and spelled.type in GROUPISH:
                # "the Syrian Revolutionaries Front" for the group the KB knows as "SRF": the
                # scan reads names as written, the resolver their initials (mmp13)
                found.append((start, end, spelled))
                taken.append((start, end))
            continue
        ident = open_id(surface)
        found.append((start, end, Actor(
            id=ident, name=surface, mention=surface, type=group_type(surface), org_id=ident,
            org_name=surface, how="open: name with a group word")))  # fmt: skip
        taken.append((start, end))
    # "the ZPLA-In Opposition", "ZNCN (Kobo-Tarka)", "Neo-ZMB": a faction named after its
    # group is one actor, not the group (sides19)
    for start, end, actor in factions.find(
        text, found, lambda w: resolver.resolve(w, date, text).actor,
        lambda w: resolver.resolve(w, date, text).organization,  # "X (its leader)" (written26)
    ):  # fmt: skip
        found = [f for f in found if f[1] <= start or f[0] >= end]
        found.append((start, end, actor))
        taken = [(s, e) for s, e, _a in found]
    # "formed the General Command" after "the Popular Front for the Liberation of X": the part
    # of a known group's name that differs from a group the document named (sides19)
    for start, end, actor in completions.find(
        text, found, [a for a in state.groups if a.type in GROUPISH],
        lambda w: resolver.resolve(w, date, text), getattr(resolver, "exact", None),
        getattr(resolver, "may_match_exactly", None),
    ):  # fmt: skip
        found = [f for f in found if f[1] <= start or f[0] >= end]
        found.append((start, end, actor))
        taken = [(s, e) for s, e, _a in found]
    found = _demonym_kind_antecedents(text, found, state)
    taken = [(s, e) for s, e, _a in found]
    for m in _COREF.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m.group(2) and _quoted(text, m.start()):
            continue  # '"They killed our sons," he said': a speaker's "they" is not his group
        if m.group(2) and expletive_it().match(text, m.start()):
            continue  # "it was premature to conclude that ...": "it" stands for no party
        if _splinter_antecedent(text, m.start(), lex):
            continue  # "led a faction out of Y and joined it with Z": the faction, not Y
        noun = (m.group(1) or "").lower()
        if noun == "movement" and _NOUN_OF.match(text, m.end()):
            continue  # "restrictions on the movement of workers": motion, no group
        kind = "shura" if noun in ("shura", "council") else "group"
        # (a body a kind noun pointed back to, "the militia" for the elders' lashkar, is the
        # sentence's group for its "its" and "it" as well: coref24)
        before = [a for s, _e, a in sorted(found, key=lambda x: x[0]) if s < m.start()
                  and (a.type in GROUPISH or (a.type == "collective" and kind == "group"
                                              and a.how.startswith("coreference")))
                  and (kind != "shura" or a.type == "shura")]  # fmt: skip
        ante = (
            before[-1]
            if before
            else ((state.subject() if kind == "group" else None) or state.recent(kind))
        )
        if noun and kind == "group":  # "the network": the one group so named, if any
            ante = coref.named_antecedent(noun, [*state.groups, *before]) or ante
            if not before:  # "Y, a new group that ... . The group's founders": Y (lead39)
                ante = state.introduced_as(noun) or ante
        if m.group(2) and m.group(2).lower() == "them" and before:
            # "X fled into Z, where Y surrounded them": an object "them" is not its own verb's
            # subject (that would be "themselves"), so the group before that one (written17)
            earlier_groups = [a for a in state.groups if a.type in GROUPISH]
            ante = _past_own_subject(text, m, found, [*earlier_groups, *before]) or ante
        earlier = _earlier_clause_subject(text, m, found) if noun and kind == "group" else None
        if earlier is not None:
            # "X fought Y, and the group said ...": the subject of the clause before
            ante = earlier
        else:
            ante = _other_than_named(ante, noun, kind, m, found, state)
        if m.group(2) and before and coref.opens_coordinated_clause(text, m.start()):
            # "X attacked militias of Y, and in 2019 it joined Z": the earlier clause's subject
            ante = _carried_subject(text, m.group(2), found, m.start(), ante)
        elif m.group(2) and before and _after_two_groups(text, m, found, lex):
            # "X ambushed Y's cells, and Z armed them", "X clashed with Y, and some of them
            # guided Z": X or Y, which the text does not say (walk63)
            partitive = coref.partitive_opening(text, m.start())
            if partitive is None:
                continue
            ante = _carried_subject(text, "they", found, partitive, None)
        if noun in lex.kind_nouns:
            # "the militia" after "elders formed a lashkar": the party named by its kind
            here_named = [(text[s:e], a) for s, e, a in sorted(found, key=lambda x: x[0])
                          if s < m.start() and not a.how.startswith("coreference")]  # fmt: skip
            ante = _kind_antecedent(lex.kind_nouns[noun], [*state.kinds, *here_named]) or ante
        issuer = state.issuer
        if m.group(2) and ante is not None and issuer is not None and ante.key() == issuer.key():
            # in a group's own statement "it", "its", "they" is another party, never the group
            # that speaks ("we"): the nearest other group named
            ante = next((a for a in reversed([*state.groups, *before])
                         if a.type in GROUPISH and a.key() != issuer.key()), None)  # fmt: skip
        if ante is None:
            continue
        stand = _stand_in(ante, m.group(0))
        if m.group(2) and not before and issuer is None:
            stand = _pair_pronoun(m.group(2), stand, state)
        found.append((m.start(), m.end(), stand))
    found = _armed_antecedent(text, found, state, lex.armed_kind_nouns)
    found = _name_kind_antecedent(text, found, state, lex.name_kind_nouns)
    found += _former_latter(text, found, state, free)
    # "the party's camps" after "the Kurdistan Workers' Party": the one group named so far
    # whose name holds the head noun (coref49)
    groups = [a for a in state.groups if a.type in GROUPISH]
    for start, end, noun in coref.name_heads(text):
        here_groups = [a for s, _e, a in sorted(found, key=lambda x: x[0])
                       if s < start and a.type in GROUPISH]  # fmt: skip
        ante = coref.named_antecedent(noun, [*groups, *here_groups])
        if (
            ante is not None
            and free(start, end)
            and all(e <= start or s >= end for s, e, _a in found)
        ):
            found.append((start, end, _stand_in(ante, text[start:end])))
    # "the sect's men", "the unit's fighters": the group introduced by that noun, in apposition
    # or as a copular predicate ("Y was a messianic sect"); nothing when none was (mmp40)
    for start, end, noun in coref.introduced_descriptions(text):
        ante = state.introduced_as(noun)
        if (
            ante is not None
            and free(start, end)
            and all(e <= start or s >= end for s, e, _a in found)
        ):
            found.append((start, end, _stand_in(ante, text[start:end])))
    # "the new group", "the merged organisation": the group the last formation told formed,
    # when it was named ("X merged with Y to form Z. The new group ...": Z; coref50)
    here_mentions = _mentions_of(text, found, state.sentences)
    for start, end in coref.formed_descriptions(text):
        if not free(start, end) or any(s < end and start < e for s, e, _a in found):
            continue
        formed = coref.formed_group([*state.mentions, *here_mentions], state.sentences, start)
        if formed is not None:
            found.append((start, end, _stand_in(formed.actor, text[start:end])))
    taken = [(s, e) for s, e, _a in found]
    found += _object_person(text, found, state, free, lex.one_member_nouns)
    found += _opening_he(text, state, free)
    found += _issuer_pronouns(text, state, lex, free)
    # "his unit", "his brigade" (bugs38: cues.yaml tied_unit_nouns); "the X commander said his
    # unit ...": the man named by his group and role (one_member_nouns)
    for start, end, person in _persons_people(
        text, found, state, lex.follower_nouns | lex.tied_unit_nouns, free, lex.one_member_nouns
    ):
        found.append((start, end, person))  # "his fighters": the group of the person named last
        taken.append((start, end))
    twos = [(m, 1 if m.group(1) else 2, 3) for m in _TWO_GROUPS.finditer(text)]
    twos += [(m, 2, 1) for m in _TWO_BARE.finditer(text)]  # "the two remained ..."
    twos += [(m, 2, 1) for m in _TWO_BETWEEN.finditer(text)]  # "a split between the two"
    for m, number, noun in twos:
        # "the two groups", "both sides": the two groups named last, together (mmp7)
        if not free(m.start(), m.end()):
            continue
        ordered = sorted(found, key=lambda x: x[0])
        # a group named in an "of" phrase right after another group owns it ("the X brigade
        # of Y"): one side with it, not a second side (stop 36)
        owners = {s2 for (_s1, e1, a1), (s2, _e2, _a2) in zip(ordered, ordered[1:], strict=False)
                  if a1.type in GROUPISH and _OWNER_OF.fullmatch(text[e1:s2])}  # fmt: skip
        before = [(s, a) for s, _e, a in ordered if s < m.start() and s not in owners]
        if m.group(noun).lower() == "sides":
            # "mediators from Algeria urged both sides": the go-between is no side (fix62)
            between = {s for s, e, _a in ordered if _go_between_party(text, s, e, lex)}
            before = [(s, a) for s, a in before if s not in between]
            # "both sides": the two parties named last, states among them ("talks between
            # Pakistan and the TTP ..., and both sides agreed"), never a state named as a
            # place ("clashed in Pakistan")
            pool = [*state.parties, *(a for s, a in before if a.type in GROUPISH
                                      or _state_party(a, text, s))]  # fmt: skip
        else:
            pool = [*state.groups, *(a for _s, a in before)]
        pair: list[Actor] = []
        for a in reversed(pool):
            if (
                (a.type in GROUPISH or a.type in ctx.STATE_TYPES)
                and all(a.key() != b.key() for b in pair)
                and (a.type in GROUPISH or m.group(noun).lower() == "sides")
            ):
                pair.append(a)
            if len(pair) == 2:
                break
        if len(pair) < 2:
            continue
        later, earlier = pair
        for (s, e), ante, other in (
            (m.span(number), earlier, later),
            (m.span(noun), later, earlier),
        ):
            found.append(
                (
                    s,
                    e,
                    Actor(
                        **{
                            **ante.__dict__,
                            "mention": m.group(0),
                            "how": f"{TWO_OF} ({ante.mention}, {other.mention})",
                        }
                    ),
                )
            )
            taken.append((s, e))
    for word, rule in lex.default_referents.items():
        for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
            if not free(m.start(), m.end()) or state.recent("shura" if word == "shura" else ""):
                continue
            if _named_owner(text, m.start(), m.end(), found):
                continue  # "the Pakistani Taliban's central shura": the owner's own body
            countries = {iso for _at, iso in here} | set(state.countries)
            entity = _resolver().kb.find(rule["id"])
            if entity is None or not countries & set(rule.get("countries") or ()):
                continue
            found.append((m.start(), m.end(), Actor(
                id=entity.id, name=entity.name, mention=m.group(0), type=entity.type,
                org_id=entity.id, org_name=entity.name,
                how=f"'{word}' in {'/'.join(sorted(countries))} reporting")))  # fmt: skip
            taken.append((m.start(), m.end()))
    for m in _collectives_re().finditer(text):
        if not free(m.start(), m.end()):
            continue
        name = lex.collectives[m.group(1).lower()]
        found.append((m.start(), m.end(), Actor(
            id=f"collective:{name.replace(' ', '-')}", name=name, mention=m.group(0),
            type="collective", org_id=f"collective:{name.replace(' ', '-')}", org_name=name,
            how="collective noun")))  # fmt: skip
    for m in _ROLE.finditer(text):
        if not free(m.start(), m.end()) or _follows_actor(text, m.start(), found):
            continue  # "Pakistan army soldiers": the soldiers belong to the named army
        if _past_state_noun(text, m.start(), lex):
            continue  # "the former regime's officers": a past state, not today's (gaps63)
        if _ruler_owned(text, m, lex):
            continue  # "sanctions on his regime": the ruler's, found through him (stop 62)
        if _after_own_name(text, m.start(), here):
            continue  # "Barkhane troops": the name says whose, not the country of the text
        backed = _after_tie_participle(text, m.start(), lex)
        if backed and _ROLE_OF.get(m.group(1).lower()) != "government":
            continue  # "government-backed troops": a patron's clients, no state's own (world20)
        # "the U.S.-backed government in Kabul" is still the state's government, never the
        # backer's (lead43)
        patron = _patron_span(text, m.start()) if backed else None
        if _FOREIGN_BEFORE.search(text, 0, m.start()):
            continue  # "until the foreign troops leave": not the country of the text's own
        if _no_state_body(text, m.start(), lex):
            continue  # "formed a rival government", "the tribal police": no state's (walk63)
        if _describes_relation_noun(text, m.end(), lex):
            continue  # "the military wing of Y", "a military ally": a kind, no state (mmp12)
        if _owned_by_group(text, m.start(), found):
            continue  # "the Taliban's military chief": the group's own, no state (written13)
        owner = _OF_OWNER.match(text, m.end())
        if owner and any(owner.start(1) <= s <= owner.end(1) for s, _e, _a in found):
            continue  # "the government of President X": X says whose (nlp/mentions.py)
        placed = _placement(text, m.start(), m.end(), lex.placement_verbs)
        if placed == "object" and any(s < m.start() for s, _e, _a in found):
            continue  # "X deployed troops in Y": X's troops, never Y's
        where = [h for h in here if not (placed and _WHERE_BEFORE.search(text, 0, h[0]))
                 and not (patron and patron[0] <= h[0] < patron[1])]  # fmt: skip
        if placed and len(where) < len(here):
            # "troops stationed in Y": the place they are sent to says nothing of whose
            country = _country_for(m.start(), where, state, text) if where else None
            if country is None:
                continue
        country = _country_for(m.start(), where, state, text)
        homes = [f for f in found if not (f[2].type in ("country", "place")
                                          and hl.origin_of_attack(text, f[0]))]  # fmt: skip
        # "government forces / troops / soldiers": the state's own forces, the home state of
        # the one group the sentence names, at war with them (lead50); a bare "government"
        # is too often another's ("a national unity government", "the separatist government")
        own = (
            m.group(1).lower() == "government" and _forces_after().match(text, m.end()) is not None
        )
        rulers = (
            m.group(1).lower() in lexmod.load().own_state_nouns
            and _DEFINITE_BEFORE.search(text, 0, m.start()) is not None
        ) or (
            m.group(1).lower() in lexmod.load().own_state_modifiers
            and _forces_after().match(text, m.end()) is not None  # "junta troops" (gaps57)
        )
        # "two thousand soldiers surrendered to the alliance": a state's force (gaps57)
        own = own or _yielding_force(text, m.end(), lexmod.load())
        # "overran army outposts", "ambushed an army convoy": the state's own posts (replay47)
        own = own or _state_post(text, m, lexmod.load())
        if rulers and where:
            # "China brokered a ceasefire between the junta and the MNDAA": a country named
            # as a party is not the state whose junta the sentence names beside groups tied
            # to another country only (gaps57)
            named = {s for s, _e, a in found if a.type == "country"}
            rest = [f for f in homes if f[0] not in named]
            tied = ctx.groups_countries(rest, resolver.kb)
            if tied and any(h[0] in named and h[1] not in tied for h in where):
                where = [h for h in where if h[0] not in named or h[1] in tied]
                homes = rest
                country = _country_for(m.start(), where, state, text) if where else None
        tied = ctx.groups_countries(homes, resolver.kb)
        venues = [h for h in where if tied and h[1] not in tied and _talks_venue(text, h[0], lex)]
        if venues:
            # "... talks with the TTP in Kabul", "a ceasefire between the junta and the MNDAA in
            # Kunming": where the talks were held, in a country the sentence's groups are not
            # tied to, is not whose state the noun is (gaps57)
            where = [h for h in where if h not in venues]
            country = _country_for(m.start(), where, state, text)
        if country is not None and not where and tied and country not in tied:
            # The document's country, from earlier sentences, yields to the one home of the
            # groups this sentence names when it is no party to their conflict: "the junta"
            # beside the TNLA and the SSPP is Myanmar's in notes that named China first ("if
            # China insists"; walk56). A home or a fought state keeps the document's.
            homeland = ctx.home_country(homes, lexmod.load(), resolver.kb, any_country=True)
            country = homeland or country
        if country is None and rulers:
            # "the junta", "the army" beside groups of one home: that home's, first as a group's
            # home with implied agents ("the army made no arrests of LeT leaders": Pakistan's),
            # else the one home or fought state of the groups (Myanmar's junta; walk56)
            country = ctx.home_country(homes, lexmod.load(), resolver.kb) or ctx.home_country(
                homes, lexmod.load(), resolver.kb, any_country=True
            )
        country = country or ctx.home_country(homes, lexmod.load(), resolver.kb, any_country=own)
        if country is None:
            continue
        role = _ROLE_OF[m.group(1).lower()]
        body = country_body(country, role)
        if body is not None:
            found.append((m.start(), m.end(), Actor(
                id=body.id, name=body.name, mention=m.group(0), type=body.type, org_id=body.id,
                org_name=body.name, how="country of the text")))  # fmt: skip
    for start, end, iso in _seated_bodies(text, here):
        if not free(start, end):
            continue
        if _group_body(text, start, found):
            continue  # "a Taliban court in Ghazni": the group's body, no state's (gaps58)
        body = _resolver().kb.country(iso)
        if body is not None:
            found.append((start, end, Actor(
                id=body.id, name=body.name, mention=text[start:end], type=body.type,
                org_id=body.id, org_name=body.name,
                how="a state body sitting in a place of its country")))  # fmt: skip
            taken.append((start, end))
    found = _distinct_anaphors(text, found, state)
    state.countries.extend(iso for _offset, iso in here)
    state.group_homes.extend(
        home
        for _s, _e, a in found
        if a.type in ("armed_group", "faction")
        and (entity := resolver.kb.find(a.org_id or a.id)) is not None
        and (home := entity.country)
    )
    found += _related_parties(text, found, state, lex)
    found = _titled_known_persons(text, found)
    found = [f for f in found if not _in_disguise(text, f[0], lex.disguise_cues)]
    return acronyms.apply(text, found, state.acronyms)


_DISGUISE_ARTICLES = ("the ", "a ", "an ")


def _in_disguise(text: str, start: int, cues: frozenset[str]) -> bool:
    """Does the name at ``start`` follow a word of disguise (cues.yaml ``disguise_cues``:
    "dressed as", "disguised as", "posing as", "in the uniforms of")? Then it names whom the
    doers pretended to be, no party of the act (mmp37): in "Zorb gunmen dressed as Israeli
    soldiers killed two officers" Israel killed no one.

    >>> cues = frozenset({"dressed as", "posing as"})
    >>> _in_disguise("Gunmen dressed as Israeli soldiers fired.", 18, cues)
    True
    >>> _in_disguise("Gunmen posing as the police fired.", 21, cues)
    True
    >>> _in_disguise("Israeli soldiers dressed the wound.", 0, cues)
    False
    """
    before = " ".join(text[:start].lower().split()[-6:]) + " "
    for article in _DISGUISE_ARTICLES:
        if before.endswith(" " + article):
            before = before[: -len(article)]
            break
    return any(before.endswith(f"{cue} ") or before == f"{cue} " for cue in cues)


_STATE_BODY_TYPES = frozenset({"government", "military"})


def _titled_known_persons(
    text: str, found: list[tuple[int, int, Actor]]
) -> list[tuple[int, int, Actor]]:
    """A person the knowledge base knows but places in no body at the sentence's date,
    named right after a state body's title ("Nigerian Foreign Minister P", "Chad's defence
    minister P"), stands for that body, as an unknown name after such a title does
    (mentions._person): the text tells the office held that day where the knowledge base's
    dates fall short (peers57). The title must end in a civil or military title word and hold
    no word of a past or unheld office ("former", "ex-", "ousted", "designate"); a person
    the knowledge base places in a group keeps it.

    >>> gov = Actor(id="gov:n", name="Government of N", mention="N Foreign Minister",
    ...             type="government", org_id="gov:n", org_name="Government of N")
    >>> p = Actor(id="person:p", name="Pat Doe", mention="Pat Doe", type="person",
    ...           org_id="person:p")
    >>> t = "N Foreign Minister Pat Doe spoke."
    >>> [a.org_name for _s, _e, a in _titled_known_persons(t, [(0, 18, gov), (19, 26, p)])]
    ['Government of N', 'Government of N']
    >>> t = "Ex-N Foreign Minister Pat Doe spoke."
    >>> [a.org_name for _s, _e, a in _titled_known_persons(t, [(3, 21, gov), (22, 29, p)])]
    ['Government of N', None]

    Likewise an intergovernmental organisation's officer: "U.N. mediator P", "EU foreign
    policy chief P", "African Union envoy P" (the organisation, then up to four words of
    its office ending in a cues.yaml ``igo_titles`` word) stands for the organisation, not
    for the state the knowledge base may place him in on other dates (peers59).

    >>> un = Actor(id="igo:u", name="United Nations", mention="U.N.", type="igo",
    ...            org_id="igo:u", org_name="United Nations")
    >>> t = "U.N. mediator Pat Doe spoke."
    >>> [a.org_name for _s, _e, a in _titled_known_persons(t, [(0, 4, un), (14, 21, p)])]
    ['United Nations', 'United Nations']
    >>> t = "U.N. staff saw Pat Doe."
    >>> [a.org_name for _s, _e, a in _titled_known_persons(t, [(0, 4, un), (15, 22, p)])]
    ['United Nations', None]
    """
    titles = mentions_mod.CIVIL_TITLES | mentions_mod.MILITARY_TITLES
    out = []
    for start, end, actor in found:
        if (
            actor.type == "person"
            and not (actor.org_id or actor.id or "").startswith("open:")
            and not ties.kb_grouped(actor)
        ):
            title = next(
                ((ts, te, b) for ts, te, b in found
                 if te <= start and not text[te:start].strip() and b.type in _STATE_BODY_TYPES),
                None,
            ) or _igo_title(text, start, found)  # fmt: skip
            if title is not None:
                ts, te, body = title
                words = re.findall(r"[a-z]+", text[ts:te].lower())
                line_start = max(text.rfind("\n", 0, ts), text.rfind(". ", 0, ts), 0)
                lead = text[max(line_start, ts - 20) : te]
                held = body.type == "igo" or (words and words[-1] in titles)
                if held and not mentions_mod.past_title().search(lead):
                    actor = replace(
                        actor,
                        org_id=body.org_id or body.id,
                        org_name=body.org_name or body.name,
                        person=actor.person or actor.name,
                        how=f"{actor.how}; holds the title before it ({text[ts:te]})",
                    )
        out.append((start, end, actor))
    return out


_IGO_OFFICE = re.compile(r"\s+((?:[A-Za-z]+(?:-[A-Za-z]+)?\s+){1,4})$")
"""The words of an office between an organisation and its officer's name ("mediator ",
"foreign policy chief ", "Secretary-General "): one to four words, nothing else."""


def _igo_title(
    text: str, start: int, found: list[tuple[int, int, Actor]]
) -> tuple[int, int, Actor] | None:
    """``(start, end, organisation)`` of an intergovernmental organisation's office held by
    the person at ``start``: the organisation (type ``igo``) right before up to four words
    ending in a cues.yaml ``igo_titles`` word ("U.N. mediator P", "EU foreign policy chief
    P"); the span covers the title words, so the caller reads its last word. None when
    there is none (peers59)."""
    igo_titles = lexmod.load().igo_titles
    for ts, te, body in found:
        if body.type != "igo" or te > start or start - te > 60:
            continue
        words = _IGO_OFFICE.fullmatch(" " + text[te:start].strip() + " ")
        if words is None or any(te <= s < start for s, _e, _a in found):
            continue  # "EU and U.S. envoy P": another party's title between (no "and" below)
        if {"and", "or", "of", "to"} & set(words.group(1).lower().split()):
            continue
        last = words.group(1).split()[-1].lower().split("-")[-1]
        if last in igo_titles:
            return ts, start - 1, body
    return None


_ARTICLE_BEFORE = re.compile(r"(?<![\w'])(?:al|el|as|ash|ad|an|ar|at|az)[-‐‑ ]$", re.IGNORECASE)


_NAME_WORD = r"(?:(?:al|el|ad|ash|as)-)?[A-Z][\w'’]*(?:-[\w'’]+)*"


@cache
def _apposed_name_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(APPOSITION_NOUNS, key=len, reverse=True))
    return re.compile(
        rf"(?:^|(?<=[\s(]))(?:[Tt]he\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}"
        # "the Lions of the Kestrel Valley, a local militia": a name finished by its own
        # 'of' phrase of capitalised words (mmp32; _apposed_names leaves out a member noun)
        rf"(?:\s+of\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})?),\s+"
        rf"(?:a|an)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{nouns})(?=\s*[,;.(]|\s*$)"
    )


def _leader_tail(surface: str, cue: str, date: str | None, resolver: Any) -> int | None:
    """The length of a group's name without a closing "of <person>" ("the Zorbla Front of
    Jamal Kestrel": the front, led by him), or None. The words after the last "of" are two
    to four capitalised words with no group word, the person's: a person of the knowledge
    base, or a name opening with a given name of its persons; the name before "of" keeps
    its group word (``cue``). mmp25."""
    head, sep, tail = surface.rpartition(" of ")
    if not sep or cue not in norm(head).split():
        return None
    words = tail.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w.startswith("al-") for w in words):
        return None
    if set(norm(tail).split()) & GROUP_WORDS:
        return None
    known = resolver.resolve(tail, date, "")
    if known.actor is not None and known.actor.type != "person":
        return None
    if known.actor is None and norm(words[0]) not in resolver._given_names():  # noqa: SLF001
        return None
    return len(head)


def _apposed_names(text: str) -> list[tuple[int, int]]:
    """Spans of names a noun in apposition calls a group: "The ZDF, a Ugandan rebel group,
    ..." (group_words.yaml ``apposition_nouns``; the appositive ends at a comma or stop, so
    "Later, a group of fighters" is none).

    >>> text = "The ZDF, a Ugandan rebel group, attacked troops. Later, a group of men fled."
    >>> [text[s:e] for s, e in _apposed_names(text)]
    ['ZDF']
    """
    out = []
    for m in _apposed_name_pattern().finditer(text):
        start, end = m.span("name")
        head, sep, _tail = text[start:end].partition(" of ")
        if sep and (
            load_agents().role(head.split()[-1].lower())
            or head.split()[-1].lower() in load_agents().members
            or load_agents().is_generic(head)
        ):
            # "Fighters of the Kestrel Front, a militia": the people's noun names no group;
            # the group is the 'of' phrase's name
            start += len(head) + len(sep)
            start += 4 if text[start : start + 4] == "the " else 0
        out.append((start, end))
    return out


def _bare_surname_of_other(actor: Actor, surface: str) -> bool:
    """Is ``actor`` a known person (or the group of one) matched by one word of a longer
    name ("Madobe" for Adan Mohamed Noor Adan Madobe)?"""
    full = actor.person or (actor.name if actor.type == "person" else None)
    return (
        actor.how == "kb"
        and full is not None
        and " " in full
        and " " not in surface.strip()
        and surface != full
    )


def _surnames_of_named(
    text: str, found: list[tuple[int, int, Actor]], state: DocumentState, lex: Any
) -> list[tuple[int, int, Actor]]:
    """ "Ahmed Madobe met ... Madobe attacked": a lone name word the knowledge base matched to
    a person it was not written for (another holder of the surname) is the one person the
    document named in full with that word (``written.short_names``' rules: exactly one such
    person, the word standing alone). Two persons of the document sharing the word, or
    none named in full, leave the knowledge base's reading (names25)."""
    loose = {(s, e) for s, e, a in found if _bare_surname_of_other(a, text[s:e])}
    if not loose:
        return found
    persons = [a for a in state.groups if a.type == "person"]
    persons += [a for s, e, a in found if a.type == "person" and (s, e) not in loose]
    persons = [a for a in persons if " " in (a.mention or "").strip()]
    if not persons:
        return found
    rebound = {
        (s, e): a
        for s, e, a in written.short_names(
            text, persons, lambda s, e: (s, e) in loose, lex, lambda _w: None
        )  # fmt: skip
        if a.key() != _found_key(found, s, e)
    }
    rebound = {k: a for k, a in rebound.items()
               if _one_full_name(text[k[0] : k[1]], a, f"{state.text} {text}")}  # fmt: skip
    return [(s, e, rebound.get((s, e), a)) for s, e, a in found]


def _one_full_name(word: str, person: Actor, text: str) -> bool:
    """Does every capitalised name word written before ``word`` in ``text`` belong to
    ``person``'s own names ("Ahmed Madobe")? "Adan Madobe" also named: two persons share
    the surname, and it names neither (common words, "Later Madobe", do not count)."""
    own = set(_NAME_WORDS.findall(f"{person.mention} {person.name} {person.person or ''}"))
    for m in re.finditer(rf"\b([A-Z][\w'\u2019-]*)[ \t]+{re.escape(word)}\b", text):
        prev = m.group(1)
        if prev not in own and not common_word(prev) and prev.lower() not in _SENTENCE_WORDS:
            return False
    return True


_NAME_WORDS = re.compile(r"[A-Z][\w'\u2019-]*")
_SENTENCE_WORDS = frozenset({"the", "later", "then", "but", "and", "when", "after", "before",
                             "meanwhile", "however", "in", "on", "by", "as", "since"})  # fmt: skip


def _found_key(found: list[tuple[int, int, Actor]], start: int, end: int) -> str | None:
    """The key of the actor ``found`` holds at exactly ``start``-``end``, or None."""
    return next((a.key() for s, e, a in found if (s, e) == (start, end)), None)


def _open_named_before(surface: str, state: DocumentState) -> Actor | None:
    """The open group (no knowledge-base actor) the document named before by ``surface``'s
    very words, articles aside; None if there is none."""
    key = norm(re.sub(r"^(?:the|a|an)\s+", "", surface, flags=re.IGNORECASE))
    for actor in reversed(state.groups):
        if is_open(actor.id) and norm(actor.name) == key:
            return actor
    return None


_NO_CONTEXT = "a rule whose context words are absent"
_NO_SUPPORT = "an ambiguous name without supporting context"


def _home_words(actors: list[Actor], isos: Iterable[str] = ()) -> str:
    """The names and demonyms of the home countries of the known groups among ``actors``
    ("Somalia Somali" for al-Shabaab), and of the countries ``isos``."""
    kb = _resolver().kb
    homes: list[str] = []
    for actor in actors:
        ent = kb.find(actor.org_id or actor.id) if actor.type in GROUPISH else None
        if ent is not None and ent.country and ent.country not in homes:
            homes.append(ent.country)
    homes += [iso for iso in dict.fromkeys(isos) if iso not in homes]
    return " ".join(_country_words(iso) for iso in homes)


def _country_choice(res: Any, homes: str, date: str | None, resolver: Any) -> Any:
    """An ambiguous name ("Ansar al-Sharia": groups of Yemen, Tunisia, Libya) that the
    knowledge base gives to exactly one group of the countries the sentence and document
    name (``homes``: their names and demonyms) is that group (sides24); a group of no known
    country never counts, and two of those countries keep it open. None otherwise."""
    words = set(norm(homes).split())
    kb = resolver.kb
    fits: dict[str, Any] = {}
    for cand in res.candidates:
        if cand.rejected != _NO_SUPPORT or cand.entity.type not in GROUPISH:
            continue
        iso = cand.entity.country
        country = kb.country(iso) if iso else None
        if country is None:
            continue
        if words & set(norm(" ".join([country.name, *country.demonyms])).split()):
            fits[cand.entity.id] = cand.entity
    if len(fits) != 1:
        return None
    (entity,) = fits.values()
    again = resolver.resolve(entity.name, date, entity.name)
    if again.actor is None or again.actor.id != entity.id:
        return None
    again.mention = res.mention
    return again


@cache
def _country_words(iso: str) -> str:
    ent = _resolver().kb.country(iso)
    return " ".join([ent.name, *ent.demonyms]) if ent is not None else ""


def _fits_document(
    found: list[tuple[int, int, Actor]],
    here: list[tuple[int, str]],
    state: DocumentState,
    *,
    strict: bool = False,
) -> Any:
    """Whether a group may be meant in a document, where only a weak reading names it (its
    initials): a group of no known country, or of a country the document is about (its
    places, the home countries of the groups it names), or one the knowledge base relates
    to a group the document names (mmp13). ``strict``: only a group of a country the
    document is about, or related to a group it names (the weaker reading of letters in
    another word order, names23: "FMLN" in a text naming no country is no group's)."""
    kb = _resolver().kb
    countries = {iso for _at, iso in here} | set(state.countries)
    named: set[str] = set()
    related: set[str] = set()
    for actor in [*state.groups, *(a for _s, _e, a in found)]:
        ent = kb.find(actor.org_id or actor.id) if actor.type in GROUPISH else None
        if ent is None:
            continue
        named.add(ent.id)
        related.update(r.target for r in ent.relations)
        # a group of no recorded country whose name names one ("the National Front for the
        # Liberation of Angola"): the document is about that country too (lead46: "the MPLA"
        # beside it is the Angolan movement)
        home = ent.country or _country_in_name(ent.name)
        if home:
            countries.add(home)

    def fits(entity: Any) -> bool:
        home = entity.country or _country_in_name(entity.name)
        if strict:
            if home and home in countries:
                return True
        elif not countries or not home or home in countries:
            return True
        return entity.id in related or any(r.target in named for r in entity.relations)

    return fits


def _country_in_name(name: str) -> str | None:
    """The country a group's name names by its demonym or name when the knowledge base gives
    the group none ("New Armenian Resistance": Armenia), the one country only (sides21: its
    initials in a text about Rome are another group's)."""
    resolver = _resolver()
    found = set()
    for word in re.findall(r"[A-Za-z][\w\-]+", name):
        for alias in resolver.exact.get(norm(word), ()):
            ent = resolver.kb.entities.get(alias.entity_id)
            if ent is not None and ent.type == "country" and ent.country and not alias.ambiguous:
                found.add(ent.country)
    return found.pop() if len(found) == 1 else None


def _with_article(text: str, start: int, end: int, date: str | None, resolver: Any,
                  res: Any) -> tuple[int, Any]:  # fmt: skip
    """ "in 2015 al-Mourabitoun attacked": a name the scan found without its lower-case
    Arabic article, where only the name with the article is known ("Al-Mourabitoun")."""
    m = _ARTICLE_BEFORE.search(text, 0, start)
    if m is None:
        return start, res
    again = resolver.resolve(text[m.start() : end], date, text)
    return (m.start(), again) if again.actor is not None else (start, res)


_HIS = re.compile(r"\bhis\s+(?:own\s+|former\s+|loyal\s+)?([a-z]+)\b", re.IGNORECASE)


def _group_of(person: Actor, mention: str) -> Actor:
    """The group a person stands for, as an actor named by ``mention``."""
    entity = _resolver().kb.find(person.org_id or "")
    kind = getattr(entity, "type", None) or "armed_group"
    return Actor(
        id=person.org_id or person.id, name=person.org_name or person.name, mention=mention,
        type=kind, org_id=person.org_id, org_name=person.org_name,
        how=f"coreference ({person.mention})",
    )  # fmt: skip


_KIND_TYPES = frozenset({*GROUPISH, "collective"})
"""What a definite kind noun may stand for: no state body ("the militia" is never the army's;
a kind noun naming a state force stays the state's, the country of the text)."""


def _after_two_groups(
    text: str, m: re.Match[str], found: list[tuple[int, int, Actor]], lex: Any
) -> bool:
    """Whether the pronoun ``m`` ("them", "it", "they" after a partitive) sits in a clause
    coordinated after an earlier clause of its sentence (", and", ", but", ";") that names two
    different groups, and is either the object of a later named subject ("X ambushed Y's
    cells, and Z gave them weapons") or the pronoun of a partitive opening the clause ("X
    clashed with Y, and some of them guided Z"): which of the two it means the grammar does
    not say, so it is not guessed (walk63; coref.yaml ``partitive_words``)."""
    at = m.start()
    cut = coref.last_clause_join(text, at)
    if cut is None:
        return False
    named = [(s, a) for s, _e, a in found if not a.how.startswith("coreference")]
    earlier = {a.key() for s, a in named if s < cut and a.type in GROUPISH}
    if len(earlier) < 2:
        return False
    if coref.partitive_opening(text, at) is not None:
        return True
    word = (m.group(2) or "").lower()
    later = {a.key() for s, a in named if cut < s < at}
    if later and later <= earlier and len(earlier - later) == 1:
        return False  # "X seized Y's posts and named itself Z; Y disowned them": not Y itself
    return word in coref.load().objects and bool(later)


def _carried_subject(
    text: str, word: str, found: list[tuple[int, int, Actor]], at: int, ante: Actor | None
) -> Actor | None:
    """The antecedent of a subject pronoun ``word`` at ``at`` that opens a coordinated clause
    (:func:`riftwatch.nlp.coref.opens_coordinated_clause`): the earlier clause's subject when
    a named group is that subject and agrees in number ("X attacked militias of Y, and in
    2019 it joined Z": X); nothing when the earlier clause opens with no named actor as its
    subject ("The 7th Brigade attacked militias of Y, and it joined Z": an unnamed brigade,
    not Y) or with a state "it" may stand for; ``ante`` unchanged for an object pronoun or
    when the subject does not agree ("X shelled Y fighters, and they fled": the fighters;
    coref50)."""
    lex = coref.load()
    word = word.lower()
    if word in lex.objects:
        return ante
    ordered = sorted((f for f in found if f[0] < at), key=lambda x: x[0])
    start = _subject_start(text, ordered)
    if start is None:
        return None  # the earlier clause's subject is no actor named: never the object
    s, e, subject = next(f for f in ordered if f[0] == start)
    following = [f for f in ordered if f[0] > start]
    plural = coref.plural_mention(text, s, e) or bool(
        following and text[e : following[0][0]].strip().lower() in lex.pair_subject_joiners
    )
    if (word in lex.plural) != plural:
        return ante  # "X shelled Y fighters, and they fled": not X
    if subject.type in GROUPISH:
        return subject
    return None if subject.type in coref.STATES else ante


def _pair_pronoun(word: str, stand: Actor, state: DocumentState) -> Actor:
    """A plural pronoun with no group before it in its sentence, after a sentence that opened
    with two coordinated parties ("X and Y fought Z for years. Their merger ..."): the stand-in
    for the first carries the second as its partner, and the coder reads the pronoun as both
    (:func:`riftwatch.nlp.coref.coordinated_subject`, ``mechanisms.plural_antecedents``;
    coref50). ``stand`` unchanged otherwise, or when it stands for another actor."""
    if word.lower() not in coref.load().plural:
        return stand
    two = coref.coordinated_subject(state.mentions, state.sentences)
    if two is None or coref.key(two[0].actor) != coref.key(stand):
        return stand
    return Actor(**{**stand.__dict__, "partners": (two[1].actor,)})


def _stand_in(ante: Actor, mention: str) -> Actor:
    """``ante`` as a later word that stands for it ("the group", "him", "He", "the
    militia"): the same actor with that word as its mention, found by coreference.

    >>> g = Actor(id="o:z", name="Zorb Front", mention="Zorb Front", type="armed_group")
    >>> (lambda a: (a.id, a.mention, a.how))(_stand_in(g, "the front"))
    ('o:z', 'the front', 'coreference (Zorb Front)')
    """
    return Actor(**{**ante.__dict__, "mention": mention, "how": f"coreference ({ante.mention})"})


_ALTERNATIONS: dict[tuple[str, frozenset[str], str, int], re.Pattern[str]] = {}


def _alternation(prefix: str, words: Any, suffix: str, flags: int = 0) -> re.Pattern[str]:
    """``prefix`` + the escaped ``words`` (sorted, as alternatives) + ``suffix``, compiled
    once a word set: the same pattern that building it at every sentence gave.

    >>> _alternation(r"\\bthe\\s+(", frozenset({"militants", "rebels"}), r")\\b").pattern
    '\\\\bthe\\\\s+(militants|rebels)\\\\b'
    """
    key = (prefix, words if isinstance(words, frozenset) else frozenset(words), suffix, flags)
    found = _ALTERNATIONS.get(key)
    if found is None:
        if len(_ALTERNATIONS) > 256:
            _ALTERNATIONS.clear()
        alts = "|".join(sorted(map(re.escape, words)))
        found = _ALTERNATIONS[key] = re.compile(prefix + alts + suffix, flags)
    return found


def _kind_antecedent(words: frozenset[str], named: list[tuple[str, Actor]]) -> Actor | None:
    """The nearest party in ``named`` ((mention, actor) in document order) whose mention, name
    or knowledge-base type holds one of the kind ``words`` (cues.yaml kind_nouns): "Elders
    formed a lashkar ... The militia" is the elders', "an aide of P ... the network" is the
    group of P whose name is a network. A person stands for his group. None when no party
    is of that kind (the usual guess stands), or the party is unnamed ("unidentified ...").

    >>> e = Actor(id="c:e", name="tribal elders", mention="lashkar", type="collective",
    ...           org_id="c:e", org_name="tribal elders", how="kb")
    >>> t = Actor(id="o:t", name="Zorb Front", mention="Zorb Front", type="armed_group",
    ...           org_id="o:t", org_name="Zorb Front", how="kb")
    >>> _kind_antecedent(frozenset({"lashkar"}), [("a lashkar", e), ("Zorb Front", t)]).name
    'tribal elders'
    >>> _kind_antecedent(frozenset({"network"}), [("Zorb Front", t)]) is None
    True
    """
    pattern = _alternation(r"\b(?:", words, r")\b")
    for mention, actor in reversed(named):
        person = actor.type == "person" and bool(actor.org_id)
        if not person and (actor.type not in _KIND_TYPES or actor.how == "generic noun"):
            continue
        own = f"{mention} {actor.type}" if person else f"{mention} {actor.name} {actor.type}"
        words_of = f"{own} {actor.org_name or ''}".lower().replace("_", " ")
        if pattern.search(words_of):
            return _group_of(actor, actor.mention) if person else actor
    return None


def _armed_antecedent(
    text: str, found: list[tuple[int, int, Actor]], state: DocumentState, nouns: frozenset[str]
) -> list[tuple[int, int, Actor]]:
    """ "the militants" (cues.yaml armed_kind_nouns; the knowledge base reads it as unnamed
    militants) after the document has named one non-state armed group, and only one, is
    that group ("Talks with the X Front collapsed after the militants said they had executed
    ..."); with two such groups named, or none, the militants stay unnamed (coref24)."""
    if not nouns:
        return found
    pattern = _alternation(r"\bthe\s+(", nouns, r")\b", re.IGNORECASE)
    out = list(found)
    for m in pattern.finditer(text):
        at = [f for f in out if f[0] <= m.start(1) < f[1] and f[2].how == "generic noun"]
        if not at or _quoted(text, m.start()):
            continue
        here = [a for s, _e, a in sorted(out, key=lambda x: x[0]) if s < m.start()]
        groups: dict[str, Actor] = {}
        for actor in [*state.groups, *here]:
            if actor.how.startswith("coreference") or actor.how == "generic noun":
                continue
            if actor.type == "person" and actor.org_id:
                actor = _group_of(actor, actor.mention)
            if actor.type in ("armed_group", "faction"):
                groups[actor.key()] = actor
        if len(groups) != 1:
            continue
        (ante,) = groups.values()
        s, e, _generic = at[0]
        out = [f for f in out if f is not at[0]]
        out.append((s, e, _stand_in(ante, text[s:e])))
    return out


_PLACE_PREPS = frozenset({"at", "to", "on", "along", "near", "from", "across", "behind"})


def _name_kind_antecedent(
    text: str,
    found: list[tuple[int, int, Actor]],
    state: DocumentState,
    nouns: dict[str, frozenset[str]],
) -> list[tuple[int, int, Actor]]:
    """ "the brigade", "the front" (cues.yaml name_kind_nouns) with no actor of their own:
    the nearest group named before, in the document or the sentence, whose name holds one of
    the noun's name words ("the Zorvan Brigade ... That year the brigade turned on its
    former ally"); none when no group was so named, and none after a preposition of place
    ("fighters at the front"), so that no "last group" guess is made (stop 34)."""
    if not nouns:
        return found
    pattern = _alternation(r"\b[Tt]he\s+(", nouns, r")\b(?!\s+(?:of\b|[A-Z]))")
    out = list(found)
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _a in out) or _quoted(text, m.start()):
            continue
        before = text[: m.start()].split()
        if before and before[-1].lower().strip("(\"'") in _PLACE_PREPS:
            continue
        words = nouns[m.group(1).lower()]
        here = [a for s, _e, a in sorted(out, key=lambda x: x[0]) if s < m.start()]
        ante = None
        for actor in reversed([*state.groups, *here]):
            if actor.how.startswith("coreference") or actor.type not in GROUPISH:
                continue
            if actor.type == "person":
                continue
            if set(norm(f"{actor.name} {actor.mention}").split()) & words:
                ante = actor
                break
        if ante is None:
            continue
        out.append((m.start(), m.end(), _stand_in(ante, m.group(0))))
    return out


_HIM = re.compile(r"\bhim\b", re.IGNORECASE)


def _object_person(
    text: str,
    found: list[tuple[int, int, Actor]],
    state: DocumentState,
    free: Any,
    one_member: frozenset[str] = frozenset(),
) -> list[tuple[int, int, Actor]]:
    """An object "him" is the person named last who stands for a group, not the one its own
    verb's subject is or belongs to (that would be "himself"): "P, whom Q had dismissed, was
    killed, and Q's group eulogised him" is P (coref24). None when no such person was named.
    One man named by his group and a singular noun of ``one_member`` (cues.yaml
    ``one_member_nouns``: "a captured X facilitator told interrogators that Y had sheltered
    him") is such a person too, standing for X (written19).

    >>> p = Actor(id="p", name="P", mention="P", type="person", org_id="x", org_name="X")
    >>> q = Actor(id="q", name="Q", mention="Q", type="person", org_id="y", org_name="Y")
    >>> y = Actor(id="y", name="Y", mention="Y", type="armed_group", org_id="y", org_name="Y")
    >>> state = DocumentState()
    >>> text = "P was killed, and Y praised him."
    >>> [a.name for _s, _e, a in _object_person(
    ...     text, [(0, 1, p), (18, 19, y)], state, lambda s, e: True)]
    ['P']
    >>> [a.name for _s, _e, a in _object_person(
    ...     "Q met P, and Y praised him.", [(0, 1, q), (6, 7, p), (13, 14, y)], state,
    ...     lambda s, e: True)]
    ['P']
    >>> x = Actor(id="x", name="X", mention="X", type="armed_group")
    >>> [a.name for _s, _e, a in _object_person(
    ...     "An X courier said Y had sheltered him.", [(3, 4, x), (18, 19, y)], state,
    ...     lambda s, e: True, frozenset({"courier"}))]
    ['X']
    >>> _object_person("An X unit said Y had sheltered him.", [(3, 4, x), (15, 16, y)], state,
    ...                lambda s, e: True, frozenset({"courier"}))
    []
    """
    out = []
    for m in _HIM.finditer(text):
        if not free(m.start(), m.end()) or _quoted(text, m.start()):
            continue
        here = sorted((f for f in found if f[0] < m.start()), key=lambda x: x[0])
        here = [(s, e, _one_member(text, s, e, a, one_member)) for s, e, a in here]
        own = None
        if here:
            _s, end, last = here[-1]
            gap = text[end : m.start()]
            gap = re.sub(r"^['’]s?(?=\s)", "", gap)  # "Y's leader eulogised him": Y's man
            if _OWN_SUBJECT_GAP.fullmatch(gap) and not _NOT_OWN_SUBJECT.search(gap):
                own = last.key()
        person = next((a for a in reversed([*state.groups, *(a for _s, _e, a in here)])
                       if a.type == "person" and a.org_id and a.key() != own), None)  # fmt: skip
        if person is None:
            continue
        if person.person == "one member":  # the group the man named by his role belongs to
            person = Actor(**{**person.__dict__, "type": "armed_group", "person": None})
        out.append((m.start(), m.end(), _stand_in(person, m.group(0))))
    return out


_OPENING_HE = re.compile(r"(?:[^,;:\"“]{0,60},\s*)?([Hh]e|[Ss]he)\b(?!['’])")


def _opening_he(text: str, state: DocumentState, free: Any) -> list[tuple[int, int, Actor]]:
    """A "He" or "She" that opens a sentence (after an opening phrase at most: "In the
    message, he ...") is the one man the sentence before named who stands for a group
    ("Zawahiri spoke in an audio message. He accused X of ...": al-Qaeda's leader); nothing
    when that sentence named no such person or several (lead39).

    >>> p = Actor(id="p", name="P", mention="P", type="person", org_id="x", org_name="X")
    >>> state = DocumentState()
    >>> state.last_persons = (p,)
    >>> [(a.name, a.how) for _s, _e, a in _opening_he("He accused Y.", state, lambda s, e: True)]
    [('P', 'coreference (P)')]
    >>> _opening_he("Officials said he accused Y.", state, lambda s, e: True)
    []
    """
    m = _OPENING_HE.match(text)
    if m is None or len(state.last_persons) != 1 or not free(m.start(1), m.end(1)):
        return []
    (person,) = state.last_persons
    return [(m.start(1), m.end(1), _stand_in(person, m.group(1)))]


_ONE_MEMBER_AFTER = re.compile(r"(?:['’]s)?\s+([A-Za-z-]+)\b")


def _one_member(text: str, start: int, end: int, actor: Actor, nouns: frozenset[str]) -> Actor:
    """``actor`` as one man of its group when a singular noun of ``nouns`` ends its mention or
    follows its name ("an X facilitator") or its possessive ("X's leader", written65), for
    ``_object_person``; else ``actor`` unchanged."""
    m = _ONE_MEMBER_AFTER.match(text, end)
    words = text[start:end].split()
    last = words[-1].lower() if len(words) > 1 else ""
    if (
        not nouns
        or (last not in nouns and (m is None or m.group(1).lower() not in nouns))
        or actor.type not in ("armed_group", "faction")
        or actor.how.startswith("coreference")
    ):
        return actor
    return Actor(**{**actor.__dict__, "type": "person", "person": "one member",
                    "org_id": actor.org_id or actor.id})  # fmt: skip


def _persons_people(
    text: str,
    found: list[tuple[int, int, Actor]],
    state: DocumentState,
    nouns: frozenset[str],
    free: Any,
    one_member: frozenset[str] = frozenset(),
) -> list[tuple[int, int, Actor]]:
    """(start, end, actor) for "his" before a follower noun ("his fighters", "his men", "his
    movement") or a noun of a unit ("his unit", "his brigade"): the person named last who
    stands for a group, in this sentence before it or in the document before ("Fazlullah fled
    to Kunar in 2009. From there, his fighters raided army posts": Fazlullah's group). One man
    named in this sentence by his group and a singular noun of ``one_member`` ("the X
    commander said his unit ...") is such a person too, standing for X (bugs38). None when no
    such person was named.

    >>> p = Actor(id="f", name="Fazlullah", mention="Fazlullah", type="person", org_id="ttp",
    ...           org_name="TTP")
    >>> state = DocumentState()
    >>> state.note(p)
    >>> [a.org_name for _s, _e, a in _persons_people(
    ...     "From there, his fighters raided posts.", [], state, frozenset({"fighters"}),
    ...     lambda s, e: True)]
    ['TTP']
    """
    out = []
    for m in _HIS.finditer(text):
        if m.group(1).lower() not in nouns or not free(m.start(), m.start() + 3):
            continue
        here = [_one_member(text, s, e, a, one_member)
                for s, e, a in sorted(found, key=lambda x: x[0]) if s < m.start()]  # fmt: skip
        person = next((a for a in reversed([*state.groups, *here])
                       if a.type == "person" and a.org_id), None)  # fmt: skip
        if person is None:
            continue
        if person.person == "one member":  # the group the man named by his role belongs to
            person = Actor(**{**person.__dict__, "type": "armed_group", "person": None})
        out.append((m.start(), m.start() + 3, _stand_in(person, text[m.start() : m.start() + 3])))
    return out


_CLAUSE_START = re.compile(
    r"(?:,\s*(?:and|but|while|whereas)|;)\s+|,\s*(?=(?!including\b|according\b)[a-z]+ing\s)"
)
"""Where a coordinated clause starts: after ", and", ", but", ";", and before a participle
clause of consequence after a comma (", prompting X to ...", ", forcing X to ...": round 11;
", including" and ", according to" open no clause)."""
_CLAUSE_BREAK = re.compile(r"(?:,\s*(?:and|but|while)|;)\s+(?:then\s+|later\s+)?$", re.IGNORECASE)
"""The end of a clause just before "the group": ", and", ", but", ";"."""


@cache
def _fronted_re() -> re.Pattern[str]:
    """A sentence so far that is one fronted subordinate clause and its comma ("After X left
    Y, "; the words: ``lexicon/coreference.yaml``)."""
    import yaml

    path = Path(lexmod.__file__).with_name("coreference.yaml")
    words = (yaml.safe_load(path.read_text("utf-8")) or {}).get("fronted_subordinators") or ()
    alts = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alts})\b[^,;:]*,\s*", re.IGNORECASE)


@cache
def _fronted_open_re() -> re.Pattern[str]:
    """A fronted subordinate clause and its comma at the start of a sentence, after a fronted
    date phrase at most ("In 1954, after Y fired at Z, ")."""
    alts = _fronted_re().pattern.split("(?:", 1)[1].split(")", 1)[0]
    return re.compile(
        rf"\s*(?:(?:in|on|by|during)\s+[^,;:]{{1,30}},\s*)?(?:{alts})\b[^,;:]*,\s*",
        re.IGNORECASE,
    )


def _fronted_clause_end(before: str) -> int | None:
    """Where the main clause starts after a fronted subordinate clause that opens ``before``
    (a sentence up to a word), or None (replay23).

    >>> _fronted_clause_end("In 1954, after Y Front fired at Z, X Army banned ")
    35
    >>> _fronted_clause_end("X Army banned ") is None
    True
    """
    m = _fronted_open_re().match(before)
    return m.end() if m is not None and m.end() < len(before) else None


def _fronted_clause(before: str) -> bool:
    """``before`` (a sentence up to a word) is one fronted subordinate clause and its comma.

    >>> _fronted_clause("After X Front left Y Army, "), _fronted_clause("X Front left Y, ")
    (True, False)
    """
    return bool(_fronted_re().fullmatch(before))


def _earlier_clause_subject(text: str, m: Any, found: list[tuple[int, int, Actor]]) -> Actor | None:
    """ "X fought Y, and the group said it ...": "the group" opening a clause coordinated
    after one that named groups is that clause's subject, the first group it names (a
    group's noun inside the clause that names it is another group: see
    :func:`_other_than_named`).

    >>> a = Actor(id="open:x", name="X Front", mention="X Front", type="armed_group",
    ...           org_id="open:x", org_name="X Front", how="kb")
    >>> b = Actor(id="open:y", name="Y Army", mention="Y Army", type="armed_group",
    ...           org_id="open:y", org_name="Y Army", how="kb")
    >>> text = "X Front fought Y Army, and the group said so."
    >>> m = _COREF.search(text)
    >>> _earlier_clause_subject(text, m, [(0, 7, a), (15, 21, b)]).name
    'X Front'
    >>> text = "After X Front left Y Army, the movement said so."
    >>> _earlier_clause_subject(text, _COREF.search(text), [(6, 13, a), (19, 25, b)]).name
    'X Front'
    >>> text = "X Front expelled the group from Y Army."
    >>> _earlier_clause_subject(text, _COREF.search(text), [(0, 7, a), (32, 38, b)]) is None
    True
    """
    if _fronted_clause(text[: m.start()]):
        # "After X left Y, the movement attacked Z": the subordinate clause's subject, when
        # a group opens it right after its first word (open17)
        first = sorted((f for f in found if f[0] < m.start()), key=lambda x: x[0])
        if first:
            start, _e, actor = first[0]
            opening = re.fullmatch(r"\s*\w+\s+(?:the\s+)?", text[:start], re.IGNORECASE)
            if opening and actor.type in GROUPISH and not actor.how.startswith("coreference"):
                return actor
        return None
    if not _CLAUSE_BREAK.search(text, 0, m.start()):
        return None
    for _s, _e, actor in sorted(found, key=lambda x: x[0]):
        if _s >= m.start():
            break
        if actor.type in GROUPISH and not actor.how.startswith("coreference"):
            return actor
    return None


_OWN_SUBJECT_GAP = re.compile(
    r"(?:\s*,\s*(?:who|which|that))?(?:\s+[a-z]+){1,4}\s+$", re.IGNORECASE
)
"""Between a group and an object pronoun: a verb group of up to four words, perhaps after a
relative pronoun (", who had surrounded "): the group is the subject of the pronoun's verb."""

_NOT_OWN_SUBJECT = re.compile(r"\b(?:and|or|nor|but|of|by|to)\b", re.IGNORECASE)
"""Words that, in that gap, put the group in another clause or phrase than the pronoun's
verb's subject: "captured X's men and executed them", "did not arrest the X commander but
killed him" (neg41: 'but', 'nor' as 'and', 'or' were)."""


def _splinter_pattern(lex: Any) -> re.Pattern[str]:
    """A verb of leading men out, a body of followers or a unit, then "out of" or "away from"
    (cues.yaml ``leading_out_forms`` and the follower and unit nouns)."""
    verbs = "|".join(sorted(map(re.escape, lex.leading_out_forms)))
    nouns = "|".join(sorted(map(re.escape, lex.follower_nouns | lex.tied_unit_nouns)))
    return re.compile(
        rf"(?i)\b(?:{verbs})\s+(?:a|an|the|his|her|their|its|some|several|[\w-]+)?\s*"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s+(?:out\s+of|away\s+from)\b"
    )


_SPLINTER: Derived[Any, re.Pattern[str]] = Derived(_splinter_pattern)


def _splinter_antecedent(text: str, start: int, lex: Any) -> bool:
    """Whether a pronoun or "the faction" at ``start`` stands for a body of men its sentence
    has led out of a group ("P led a faction out of Y and joined it with Z", "took his men
    out of Y and merged them with Z"; cues.yaml ``leading_out_forms`` and the follower and
    unit nouns): that splinter is no party named, so the pronoun is not Y (written25).

    >>> from riftwatch.nlp.lexicon import load
    >>> text = "P led a faction out of the Nusra Front and joined it with the Islamic State."
    >>> _splinter_antecedent(text, text.index(" it ") + 1, load())
    True
    >>> text = "P led an attack on the Nusra Front and said it had lost ten men."
    >>> _splinter_antecedent(text, text.index(" it ") + 1, load())
    False
    >>> text = "X split when P led a faction out of the group to form Y."
    >>> _splinter_antecedent(text, text.index("the group"), load())
    False
    """
    pattern = _SPLINTER(lex)
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    # the words after "out of" name the whole left: an anaphor right there ("led a faction
    # out of the group to form Y") is that whole, not the splinter
    return any(text[m.end() : start].strip() for m in pattern.finditer(text, sentence_start, start))


def _past_own_subject(
    text: str, m: Any, found: list[tuple[int, int, Actor]], before: list[Actor]
) -> Actor | None:
    """The antecedent of an object "them" when the group right before it is the subject of
    its own verb ("X fled into Z, where Y surrounded them", "X surrendered rather than fall
    into Y's hands, who had surrounded them"): the last other group named before that one,
    in the sentence or, through ``before``, the sentences before it ("X sheltered Y's
    couriers. X also gave them weapons."; lead42); None when there is none, or the group
    before the pronoun is not its verb's subject.

    >>> a = Actor(id="open:x", name="X Front", mention="X Front", type="armed_group",
    ...           org_id="open:x", org_name="X Front", how="kb")
    >>> b = Actor(id="open:y", name="Y Army", mention="Y Army", type="armed_group",
    ...           org_id="open:y", org_name="Y Army", how="kb")
    >>> text = "X Front fled to Z, where Y Army surrounded them."
    >>> m = re.search("them", text)
    >>> _past_own_subject(text, m, [(0, 7, a), (25, 31, b)], [a, b]).name
    'X Front'
    >>> text = "Y Army captured X Front men and executed them."
    >>> m = re.search("them", text)
    >>> _past_own_subject(text, m, [(0, 6, b), (16, 23, a)], [b, a]) is None
    True
    """
    spans = sorted((f for f in found if f[0] < m.start() and f[2].type in GROUPISH),
                   key=lambda x: x[0])  # fmt: skip
    if not spans:
        return None
    _s, end, last = spans[-1]
    gap = text[end : m.start()]
    if not _OWN_SUBJECT_GAP.fullmatch(gap) or _NOT_OWN_SUBJECT.search(gap):
        return None  # "captured X's men and executed them": the object, not the subject
    return next((a for a in reversed(before) if a.key() != last.key()), None)


_RELATIVE_OPENING = re.compile(r"\s*,\s*(?:whose|which|who)\b", re.IGNORECASE)
"""A non-restrictive relative clause opening right after a group's name (", whose")."""


def _relative_clause_owner(m: Any, found: list[tuple[int, int, Actor]]) -> tuple[int, Actor] | None:
    """The group (with its start) whose name opens the relative clause ``m`` stands in, when
    no other group is named between the relative word and ``m`` and no clause break comes
    between ("Y, whose members continue to advise the movement's commanders": Y); else None.

    >>> y = Actor(id="open:y", name="Y Front", mention="Y Front", type="armed_group",
    ...           org_id="open:y", org_name="Y Front", how="kb")
    >>> text = "X cut ties with Y Front, whose men advise the movement's commanders."
    >>> _relative_clause_owner(re.search("the movement", text), [(16, 23, y)])[1].name
    'Y Front'
    >>> text = "Y Front, whose men fled, and the movement said so."
    >>> _relative_clause_owner(re.search("the movement", text), [(0, 7, y)]) is None
    True
    """
    spans = sorted((f for f in found if f[1] <= m.start() and f[2].type in GROUPISH
                    and not f[2].how.startswith("coreference")), key=lambda x: x[0])  # fmt: skip
    if not spans:
        return None
    start, end, last = spans[-1]
    opening = _RELATIVE_OPENING.match(m.string, end)
    if opening is None or _CLAUSE_START.search(m.string, opening.end(), m.start()):
        return None
    return start, last


def _other_than_named(
    ante: Actor | None,
    noun: str,
    kind: str,
    m: Any,
    found: list[tuple[int, int, Actor]],
    state: DocumentState,
) -> Actor | None:
    """The antecedent of "the group" / "it", not a group its own sentence names otherwise
    (mmp7): "AQIM trained Ansar Dine. In 2014 the group broke with AQIM" is Ansar Dine, and
    "AQIM expelled the group from its network" is not AQIM (a name in the same sentence would
    have been repeated, or "itself" said). A pronoun passes over groups named after it only
    ("Its leader said that AQIM ..."). A definite noun goes first to a group named in an
    earlier clause of its own sentence ("X acted for Y, but Z said the group ...": Y), then
    to the groups of earlier sentences (lead47). With no other group to go to, ``ante`` is
    kept."""
    if ante is None:
        return None
    named = {a.key() for s, e, a in found
             if a.type in GROUPISH and not a.how.startswith("coreference")
             and (s >= m.end() or (noun and s < m.start()))
             and not (s < m.start() and _member_speaks_of(m.string[s:e], m.string[e : m.start()]))
             }  # fmt: skip
    if ante.key() not in named:
        return ante
    if noun:  # (lead47: before the groups of earlier sentences)
        relative = _relative_clause_owner(m, found)
        if relative is not None and relative[1].key() == ante.key():
            # "X cut ties with Y, whose members advise the movement's commanders": Y owns
            # the relative clause it opens, so the movement is a group named before (written18)
            earlier = [a for s, _e, a in sorted(found, key=lambda x: x[0])
                       if s < relative[0] and a.type in GROUPISH
                       and not a.how.startswith("coreference") and a.key() != ante.key()
                       and (kind != "shura" or a.type == "shura")]  # fmt: skip
            if earlier:
                return earlier[-1]
        # "The Taliban distanced themselves from AQ, but the Haqqanis remain close to the
        # group": the last group named before the clause it is in, not that clause's own
        breaks = [b.end() for b in _CLAUSE_START.finditer(m.string, 0, m.start())]
        # "After Y fired at Z, X banned the organisation": a fronted subordinate clause ends
        # before the main clause as a coordinated one does (replay23)
        fronted = _fronted_clause_end(m.string[: m.start()])
        if fronted is not None and (not breaks or breaks[-1] < fronted):
            breaks.append(fronted)
        # (a person who speaks of "the group" names no group of his own: "Z said the group
        # remained loyal" may be Z's, lead47)
        own = {a.key() for s, e, a in found if breaks and breaks[-1] <= s < m.start()
               and not (a.type == "person" and _speaks_of(m.string[e:m.start()]))}  # fmt: skip
        earlier = [a for s, _e, a in sorted(found, key=lambda x: x[0])
                   if breaks and s < breaks[-1] and a.type in GROUPISH
                   and not a.how.startswith("coreference") and a.key() not in own]  # fmt: skip
        if earlier and (kind != "shura" or earlier[-1].type == "shura"):
            return earlier[-1]
    pool = [*state.subjects[::-1], *reversed(state.groups)]
    for actor in pool:
        if actor.type == "person" or actor.key() in named or actor.type not in GROUPISH:
            continue
        if kind == "shura" and actor.type != "shura":
            continue
        return actor
    return ante


def _member_speaks_of(mention: str, between: str) -> bool:
    """Whether a group's name is the modifier of one of its men who speaks of a later "the
    group" ("A Hurras al-Din defector said the group ...": his group; cues.yaml
    ``one_member_nouns``, the last word of the mention or the first after it; walk52)."""
    members = lexmod.load().one_member_nouns
    last = re.search(r"([A-Za-z-]+)\W*$", mention)
    first = re.match(r"\s*([A-Za-z-]+)", between)
    for match, rest in ((last, between), (first, between[first.end() :] if first else "")):
        if match is None:
            continue
        word = match.group(1).lower()
        if (word in members or word.removesuffix("s") in members) and _speaks_of(rest):
            return True
    return False


def _speaks_of(between: str) -> bool:
    """Whether the words between a person and a later "the group" hold a verb of speech of
    his ("Belmokhtar rejected the pledge and said the group ...": cues.yaml ``speech``, with
    its regular forms and ``speech_irregular_forms``)."""
    lex = lexmod.load()
    for word in re.findall(r"[a-z]+", between.lower()):
        stems = {word, word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else word}
        if stems & lex.speech or word in lex.speech_irregular_forms:
            return True
    return False


def _name_inside(
    found: list[tuple[int, int, Actor]], start: int, end: int, cue: str, surface: str
) -> bool:
    """ "The Abu Zorb Martyrs Brigade": a known name with words of the name before and after
    it, inside a name that ends in its group word, is part of that name (open17).

    >>> from riftwatch.nlp.code import Actor
    >>> m = Actor(id="org:m", name="Martyrs", mention="Martyrs", type="armed_group")
    >>> _name_inside([(9, 16, m)], 0, 24, "brigade", "Abu Zorb Martyrs Brigade")
    True
    >>> _name_inside([(0, 7, m)], 0, 15, "brigade", "Martyrs Brigade")
    False
    """
    overlap = [f for f in found if f[0] < end and f[1] > start]
    words = norm(surface).split()
    return (
        bool(overlap)
        and bool(words)
        and words[-1] == cue
        and all(f[0] > start and f[1] < end for f in overlap)
    )


def _truncated_name_opens(
    found: list[tuple[int, int, Actor]], start: int, end: int, cue: str, surface: str
) -> bool:
    """ "The Zorb Liberation Army" where only "Zorb Liberation" matched the known "Zorb
    Liberation Front": a known group's name cut short that opens a longer name ending in a
    group word of its own is no mention of that group but part of the other's name (sides19;
    a group word the known name could swap for its own, "Movement" for "Organization", is
    left to the resolver's rule for that).

    >>> from riftwatch.nlp.code import Actor
    >>> f = Actor(id="org:f", name="Zorb Liberation Front", mention="Zorb Liberation",
    ...           type="armed_group")
    >>> _truncated_name_opens([(0, 15, f)], 0, 20, "army", "Zorb Liberation Army")
    True
    >>> g = Actor(id="org:g", name="Zorb", mention="Zorb", type="armed_group")
    >>> _truncated_name_opens([(0, 4, g)], 0, 13, "brigades", "Zorb Brigades")
    False
    """
    from riftwatch.actors.resolve import _group_word_sets

    overlap = [f for f in found if f[0] < end and f[1] > start]
    words = norm(surface).split()
    if len(overlap) != 1 or not words or words[-1] != cue:
        return False
    s, e, actor = overlap[0]
    if s != start or e >= end or actor.type not in GROUPISH:
        return False
    said, full = norm(actor.mention or ""), norm(actor.org_name or actor.name or "")
    if not said or said == full or not full.startswith(f"{said} "):
        return False  # the known name as it is written ("Hamas Brigades"): left as it was
    return cue not in _group_word_sets()[1] and full.split()[-1] != cue


def _place_inside(found: list[tuple[int, int, Actor]], start: int, end: int) -> bool:
    """ "The Democratic Forces for the Liberation of Rwanda": a country or place named inside a
    long name with a group word, after its first word, is part of the name (mmp7).

    >>> from riftwatch.nlp.code import Actor
    >>> rw = Actor(id="country:RWA", name="Rwanda", mention="Rwanda", type="country")
    >>> _place_inside([(42, 48, rw)], 0, 48), _place_inside([(0, 6, rw)], 0, 20)
    (True, False)
    """
    overlap = [f for f in found if f[0] < end and f[1] > start]
    return bool(overlap) and all(
        f[2].type in ("country", "place") and f[0] > start and f[1] <= end for f in overlap
    )


def _demonym_opens(found: list[tuple[int, int, Actor]], start: int, end: int) -> bool:
    """ "The Syrian Revolutionaries Front": a country word that opens a name with a group word
    is part of the name, not the country."""
    overlap = [f for f in found if f[0] < end and f[1] > start]
    return bool(overlap) and all(
        _demonym_actor(f[2]) and f[0] == start and f[1] < end for f in overlap
    )


def _demonym_actor(actor: Actor) -> bool:
    """A country, or a people read from a demonym ("Irish People" in "the Irish People's
    Liberation Organisation", mmp9): what may open a longer group name."""
    return actor.type == "country" or (
        actor.type == "collective" and actor.how.startswith("people of ")
    )


def _leading_group_name(surface: str) -> bool:
    """The name begins with a group word in the Arabic/Urdu way and goes on after it."""
    words = norm(surface).split()
    return len(words) >= 2 and words[0] in LEADING_GROUP_WORDS


def _merge_demonym_groups(
    text: str, date: str | None, found: list[tuple[int, int, Actor]], resolver: Any
) -> list[tuple[int, int, Actor]]:
    """ "Pakistan Taleban", "Pakistani Taliban": a country word right before a group name
    can name another group; keep the longer reading when the resolver knows it."""
    found = sorted(found, key=lambda x: x[0])
    out: list[tuple[int, int, Actor]] = []
    i = 0
    while i < len(found):
        start, end, actor = found[i]
        if i + 1 < len(found) and actor.type == "country":
            nstart, nend, nxt = found[i + 1]
            if text[end:nstart].strip() == "" and nxt.type in GROUPISH:
                merged = _actor_from(resolver.resolve(text[start:nend], date, text),
                                     text[start:nend])  # fmt: skip
                if merged is None or merged.key() == nxt.key():
                    merged = ctx.short_country_group(actor, text[nstart:nend], date, text,
                                                     resolver) or merged  # fmt: skip
                if merged is not None and merged.key() != nxt.key() and merged.type in GROUPISH:
                    out.append((start, nend, merged))
                    i += 2
                    continue
        out.append((start, end, actor))
        i += 1
    return out


def _country_fighters(
    text: str, found: list[tuple[int, int, Actor]]
) -> list[tuple[int, int, Actor]]:
    """ "Palestinian gunmen", "Chadian rebels": a country word right before a generic noun of
    armed men names armed men of that country, an open actor of their own (never the state,
    never 'unidentified' once their country is said), as the parse does for "Syrian rebels"."""
    found = sorted(found, key=lambda x: x[0])
    out: list[tuple[int, int, Actor]] = []
    i = 0
    while i < len(found):
        start, end, actor = found[i]
        if i + 1 < len(found) and actor.type == "country" and actor.how == "kb":
            nstart, nend, nxt = found[i + 1]
            capital = text[start : start + 1].isupper()
            if nxt.id == UNIDENTIFIED and text[end:nstart] == " " and capital:
                name = text[start:nend]
                ident = open_id(name)
                country = getattr(_resolver().kb.find(actor.id or ""), "country", None)
                out.append((start, nend, Actor(
                    id=ident, name=name, mention=name, type="armed_group", org_id=ident,
                    org_name=name, how=f"open: armed men of {actor.name} (never its state)",
                    country=country)))  # fmt: skip
                i += 2
                continue
        out.append((start, end, actor))
        i += 1
    return out


_PLURAL_AFTER = re.compile(r" ([A-Z][a-z]+s)\b(?![-\u2010'\u2019])")


def _community_plurals(
    text: str, date: str | None, found: list[tuple[int, int, Actor]], resolver: Any
) -> list[tuple[int, int, Actor]]:
    """'Bosnian Serbs', 'Iraqi Kurds', 'Afghan Tajiks': a country's demonym right before the
    plural name of a people (shortforms.yaml ``peoples``, or the plural demonym of another
    country) names that people's community in the country, a party of its own: the
    knowledge base's actor of the whole phrase when it has one, else an open collective
    with a stable id (the phrase's), of the first word's country; never the state of either
    word (gaps60: "Bosnian Serbs shelled Y" had read Bosnia, and the parse's people name
    was then covered; "Iraqi Kurds" had been an open "Kurds" of no country)."""
    peoples = shortforms.settings()["peoples"]
    found = sorted(found, key=lambda x: x[0])
    out: list[tuple[int, int, Actor]] = []
    skip: set[int] = set()
    for i, (start, end, actor) in enumerate(found):
        if i in skip:
            continue
        plural = _PLURAL_AFTER.match(text, end)
        if actor.type != "country" or actor.how != "kb" or plural is None:
            out.append((start, end, actor))
            continue
        word = plural.group(1)
        other = resolver.resolve(word, date).actor
        people = word.lower() in peoples or word.lower()[:-1] in peoples
        if not people and not (
            other is not None and other.type == "country" and other.id != actor.id
        ):
            out.append((start, end, actor))
            continue
        name = text[start : plural.end()]
        known = _actor_from(resolver.resolve(name, date, text), name)
        if known is None or known.type in ("country", "place"):
            ident = open_id(name)
            country = getattr(resolver.kb.find(actor.id or ""), "country", None)
            known = Actor(id=ident, name=name, mention=name, type="collective", org_id=ident,
                          org_name=name, country=country,
                          how=f"open: the {word} of {actor.name}, a community")  # fmt: skip
        out.append((start, plural.end(), known))
        skip |= {j for j, (s2, _e, _a) in enumerate(found) if start < s2 < plural.end()}
    return out


_CONTINUATION = re.compile(
    r"(?:[ \-\u2010](?:al|el|ad|ar|as|ash|at|az|an|ul|ud|e|i)[ \-\u2010]"
    r"[A-Z][\w'\u2019]+)+"
)
"""An Arabic name going on past a known name: " al-Sham", "-ul-Islam", " al-Islami"."""
_CONTINUED_FROM = re.compile(
    r"\b[A-Z][\w'\u2019]+[ \-\u2010](?:al|el|ad|ar|as|ash|at|az|an|ul|ud)[\-\u2010]$"
)
"""A capitalised word and an attached article before a known name: "Jaish al-" Fatah."""


def _name_continuations(
    text: str, date: str | None, found: list[tuple[int, int, Actor]], resolver: Any
) -> list[tuple[int, int, Actor]]:
    """'Fatah al-Sham', 'Fatah al-Islam': a known name ("Fatah") that the text continues
    with an article and a capitalised word names a longer name; when that longer name
    resolves to another actor, the longer one is the mention (longest name wins)."""
    out = []
    words = text.split()
    titled = sum(w[:1].isupper() for w in words) > 0.6 * len(words)  # a title-case headline
    for start, end, actor in found:
        surname = _SURNAME_AFTER.match(text, end)
        if actor.type == "person" and surname and not titled:
            # "Sheikh Omar Tiekoro" is not the "Sheik Omar" of the knowledge base: a person's
            # name the text runs on with a further name word is another person's, unless the
            # longer name is the same person's
            longer = text[start : surname.end()]
            res = resolver.resolve(longer, date, text)
            other = _actor_from(res, longer) if not res.unresolved else None
            if other is not None and other.type in GROUPISH:
                # "Jalaluddin Haqqani Network": the person's name opens a group's name
                out.append((start, surname.end(), Actor(
                    **{**other.__dict__, "how": f"longer name '{longer}'"})))  # fmt: skip
                continue
            if other is None or other.key() != actor.key():
                continue
        before = _CONTINUED_FROM.search(text, max(0, start - 40), start)
        if before and actor.type in GROUPISH:
            # "Jaish al-Fatah": the known name closes a longer one; that name or nothing
            longer = text[before.start() : end]
            res = resolver.resolve(longer, date, text)
            other = _actor_from(res, longer) if not res.unresolved else None
            if other is not None and other.type in GROUPISH and other.key() != actor.key():
                other = Actor(**{**other.__dict__, "how": f"longer name '{longer}'"})
                out.append((before.start(), end, other))
            continue  # left to the parse's open actors as the longer name
        m = _CONTINUATION.match(text, end)
        if m and actor.type in GROUPISH:
            stop = m.end() - 2 if text[m.end() - 2 : m.end()] in ("'s", "\u2019s") else m.end()
            longer = text[start:stop]
            res = resolver.resolve(longer, date, text)
            other = _actor_from(res, longer) if not res.unresolved else None
            if other is not None and other.type in GROUPISH and other.key() != actor.key():
                other = Actor(**{**other.__dict__, "how": f"longer name '{longer}'"})
                out.append((start, stop, other))
                continue
            if res.unresolved and _ARTICLE_WORD.match(text, end):
                # "Fatah al-Intifada": a known name that an article word continues names
                # another group, unknown to the knowledge base (mmp9), never the known one
                ident = open_id(longer)
                out.append((start, stop, Actor(
                    id=ident, name=longer, mention=longer, type=actor.type, org_id=ident,
                    org_name=longer, how=f"open: known name continued ('{longer}')")))  # fmt: skip
                continue
        out.append((start, end, actor))
    return out


_ARTICLE_WORD = re.compile(r" (?:al|el|ad|ar|as|ash|at|az|an)[\-\u2010][A-Z]")
_SURNAME_AFTER = re.compile(r" [A-Z][a-z][\w'\u2019\-]*\b(?![.,]? (?:said|told|says))")
"""A capitalised word right after a person's name: the name goes on ("Omar Tiekoro")."""
"""A separate article word after a name: " al-Intifada" (not "-ul-", "-e-" inside a name)."""


_TITLE_WORDS_BEFORE = re.compile(r"(?:\b[A-Z][\w\-]+ )+$")


def _spelled_out(resolver: Any, actor: Actor) -> bool:
    """The knowledge base knows the actor by a name of two or more words (not only by its
    initials, as UCDP names INPFL)."""
    entity = resolver.kb.find(actor.org_id or actor.id or "")
    if entity is None:
        return True
    return any(
        len(a.name.split()) > 1 and a.kind != "abbreviation" and not a.lang for a in entity.aliases
    )


def _spelled_acronyms(
    text: str, date: str | None, found: list[tuple[int, int, Actor]], resolver: Any
) -> list[tuple[int, int, Actor]]:
    """'the Independent National Patriotic Front of Liberia': capitalised words before a
    known name make a longer name; when its initials ("INPFL") are the listed short name of
    another group (data such as UCDP's give some groups by their initials only), the longer
    name is that group, not the known name inside it."""
    from riftwatch.nlp.initialisms import initials

    openers = lexmod.load().quantity_openers
    out = []
    for start, end, actor in found:
        m = _TITLE_WORDS_BEFORE.search(text, max(0, start - 80), start)
        first = m.start() if m else start
        if m and text.startswith(("The ", "A ", "An "), first):
            first = text.index(" ", first) + 1  # "The Independent ...": the article stays out
        while first < start and text[first:].split(" ", 1)[0].lower() in openers:
            first = text.index(" ", first) + 1  # "Several X commanders": no name (written19)
        if first < start and actor.type in GROUPISH:
            longer = text[first:end]
            hit = None
            for acr in sorted(initials(longer), key=len, reverse=True):
                res = resolver.resolve(acr, date, text)
                other = _actor_from(res, longer) if not res.unresolved else None
                if other is not None and _spelled_out(resolver, other):
                    continue  # a group with a written name is found by it, not by letters
                if other is not None and other.type in GROUPISH and other.key() != actor.key():
                    hit = Actor(**{**other.__dict__, "how": f"initials {acr} of '{longer}'"})
                    break
            if hit is not None:
                out.append((first, end, hit))
                continue
        out.append((start, end, actor))
    return out


def _branch_names(text: str, found: list[tuple[int, int, Actor]]) -> list[tuple[int, int, Actor]]:
    """'al-Qaeda India', 'Islamic State Pakistan': a country name right after a group's name
    names the group's branch there, not a second party."""
    found = sorted(found, key=lambda x: x[0])
    drop = set()
    for (_s, end, actor), (nstart, nend, nxt) in zip(found, found[1:], strict=False):
        if (
            actor.type in GROUPISH
            and nxt.type == "country"
            and text[end:nstart] == " "
            and not re.match(r"['\u2019]s\b|\s*-", text[nend:])  # not "X Pakistan's", "X-Y"
        ):
            drop.add(nstart)
    return [item for item in found if item[0] not in drop]


_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])\s+$")


def _placed_branches(
    text: str, found: list[tuple[int, int, Actor]], parts: frozenset[str]
) -> list[tuple[int, int, Actor]]:
    """'the Islamic State's Puntland cell', 'al-Shabaab's Puntland unit', 'the Puntland cell
    of the Islamic State': a place or a regional government named right before a
    noun of a group's part (cues.yaml ``owned_part_nouns``) that a group owns, by a possessive
    before the place or an "of" phrase after the part, only says where the group's part is:
    no party of its own (gaps60; "Puntland" had stood for the Puntland state, the attacker in
    the group's place). The group's own name of the part ("Hamas's Qassam wing") is a group
    and stays."""
    found = sorted(found, key=lambda x: x[0])
    drop = set()
    for i, (start, end, actor) in enumerate(found):
        if actor.type not in ("place", "government"):
            continue  # a country's word ("Hamas's Jordanian branch") is left as it was read
        part = re.match(r"\s+([A-Za-z]+)\b", text[end:])
        if part is None or part.group(1).lower() not in parts:
            continue
        before = found[i - 1] if i else None
        owned = (
            before is not None
            and before[2].type in GROUPISH
            and _POSSESSIVE.fullmatch(text[before[1] : start]) is not None
        )
        after = found[i + 1] if i + 1 < len(found) else None
        tail = end + part.end()
        owned = owned or (
            after is not None
            and after[2].type in GROUPISH
            and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[tail : after[0]]) is not None
        )
        if owned:
            drop.add(start)
    return [item for item in found if item[0] not in drop]


_DESCRIBED_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_DESCRIBED_NOUN = re.compile(r"(?:['\u2019]s)?\s+(?:[A-Z][a-z]+\s+)?([a-z]+)\b")
_DESCRIBED_TIE = re.compile(r"-([a-z]+)\s+([a-z]+)\b")
_PART_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
_APPOSED = re.compile(r"\s*(?:,|\u2014|\u2013|--|\()\s*")


def _tied_below(kb: Any, ident: str, parent: str) -> bool:
    """Is the group ``ident`` a part of the group ``parent`` (at any level, at any date), or
    allied or affiliated with it in the knowledge base?"""
    try:
        if any(e.id == parent for e in kb.ancestors(ident)):
            return True
        ties = ("allied_with", "affiliated_with")
        return any(e.id == parent for e in kb.relations_of(ident, ties)) or any(
            e.id == ident for e in kb.relations_of(parent, ties)
        )
    except Exception:  # an id the knowledge base does not hold (an open group)
        return False


def _described_affiliates(
    text: str,
    date: str | None,
    found: list[tuple[int, int, Actor]],
    state: DocumentState,
    lex: Any,
) -> list[tuple[int, int, Actor]]:
    """'Nusra seized the town. The al-Qaeda affiliate then attacked Y': a definite description
    of a named group's part or ally (the group's name, then a noun of a part or an ally:
    cues.yaml ``described_affiliate_nouns``; or a tie word after a hyphen, then a group noun:
    "the Taliban-allied group", ``described_affiliate_ties``, ``described_affiliate_heads``)
    stands for the one such party of that group the document named before it (earlier in the
    sentence, set off by a comma or semicolon, or in an earlier sentence; the knowledge base's
    parts, allies and affiliates),
    not for the group whose name it holds (gaps62). Nothing fits, or two such parties were
    named: the group's name is read as before. A description in apposition right after the
    party's name ("Nusra, the al-Qaeda affiliate, ...") is left as it was: it tells the tie;
    so is one in the "of" phrase of a part ("the Yemeni branch of the al-Qaeda franchise")."""
    kb = _resolver().kb
    found = sorted(found, key=lambda x: x[0])
    out = list(found)
    for i, (start, end, actor) in enumerate(found):
        if actor.type not in GROUPISH or actor.type == "person" or not actor.org_id:
            continue
        the = _DESCRIBED_BEFORE.search(text, 0, start)
        if the is None:
            continue
        noun = _DESCRIBED_NOUN.match(text, end)
        tie = _DESCRIBED_TIE.match(text, end)
        if not (
            (noun is not None and noun.group(1) in lex.described_affiliate_nouns)
            or (
                tie is not None
                and tie.group(1) in lex.described_affiliate_ties
                and tie.group(2) in lex.described_affiliate_heads
            )
        ):
            continue
        part_of = _PART_OF_BEFORE.search(text, 0, the.start())
        if part_of is not None and part_of.group(1).lower() in (
            lex.owned_part_nouns | lex.described_affiliate_nouns
        ):
            continue  # "the Yemeni branch of the al-Qaeda franchise": the whole, P itself
        # a party of the same clause is no antecedent: "X split from the TTP's wing in Y"
        # leaves a part, it is not that part (stop 61); one a comma or semicolon sets off
        # still is ("After Nusra took Idlib, the al-Qaeda affiliate ...")
        earlier = [
            a for _s, e, a in found[:i] if re.search(r"[,;:]", text[e : the.start()])
        ] + [None] + list(reversed(state.groups))  # fmt: skip
        before_here = [(s, e, a) for s, e, a in found[:i]]
        if before_here and _APPOSED.fullmatch(text[before_here[-1][1] : the.start()]):
            continue  # "Nusra, the al-Qaeda affiliate": the apposition tells the tie
        fits: dict[str, Actor] = {}
        for other in earlier:
            if other is None or other.type not in GROUPISH or other.type == "person":
                continue
            ident = other.org_id or other.id
            if not ident or ident == actor.org_id:
                continue
            if _tied_below(kb, ident, actor.org_id):
                fits.setdefault(other.key(), other)
        if len(fits) != 1:
            continue
        party = next(iter(fits.values()))
        out[i] = (start, end, replace(
            party, mention=text[start:end],
            how=f"'the {text[start:end]} ...': {actor.name}'s party named before"))  # fmt: skip
    return out


_COORDINATION = re.compile(r"\s*(?:,\s*and|,|and|&)\s*")


def _shared_agent_noun(
    text: str, date: str | None, found: list[tuple[int, int, Actor]], resolver: Any
) -> list[tuple[int, int, Actor]]:
    """'Afghan and Pakistani forces', 'Pakistani, Afghan troops': a country word coordinated
    with "<demonym> <agent noun>" shares that noun, so it names its own country's body (the
    Afghan forces), not the country itself."""
    found = sorted(found, key=lambda x: x[0])
    out = list(found)
    for i, (start, end, actor) in enumerate(found[:-1]):
        nstart, nend, nxt = found[i + 1]
        if actor.type != "country" or nxt.type not in ctx.STATE_TYPES:
            continue
        if not _COORDINATION.fullmatch(text[end:nstart]):
            continue
        if (
            "," in text[end:nstart]
            and "and" in text[end:nstart]
            and (text[start:end].lower() == actor.name.lower())
        ):  # "sent fighters to Afghanistan, and Afghan forces ...": two clauses, a place
            continue
        words = text[nstart:nend].split(maxsplit=1)
        if len(words) != 2 or not load_agents().role(words[1]):
            continue
        body = _actor_from(resolver.resolve(f"{text[start:end]} {words[1]}", date, text),
                           text[start:end])  # fmt: skip
        if body is not None and body.type in ctx.STATE_TYPES and body.key() != actor.key():
            out[i] = (start, end, Actor(**{**body.__dict__, "how": f"'{words[1]}' shared with "
                                           f"'{text[nstart:nend]}'"}))  # fmt: skip
    return out


_PLACE_NOUN = re.compile(
    r"(?:\s*-\s*|\s+)(?:[A-Z][a-z]+(?:\s*-\s*|\s+))?(?:border|borders|frontier|side|soil|"
    r"territory|territories|region|regions|areas?|provinces?|capital|airspace|waters|coast|"
    r"highway|villages?|towns?|city|cities|mountains)\b"
)
"""A country word before a geographic noun names a place: "the Afghan border"."""
_INLAND_PLACE = re.compile(
    r"(?:\s+[A-Z][a-z]+)?\s+(?:provinces?|capital|villages?|towns?|city|cities|districts?)\b"
)
"""A country word before a place inside that country ("Afghan province", "Pakistani town")
says where the sentence happens, for its bare agent nouns ("police"); a border does not."""
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|at|around|outside|inside|across|into|throughout|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A capital after a locative preposition is the city, not the government: "in Kabul"."""


_VENUE_FRAME = re.compile(r"(?:\bthe|\ban?|'s|\u2019s)\s+$", re.IGNORECASE)
_VENUE_NOUN = re.compile(r"\s+(?:peace\s+|security\s+|donors?\s+|-)?([A-Za-z][a-z]+)\b")
_VENUE_WORD = re.compile(r"(?:\s+|\s*-\s*)([a-z]+)\b")
"""A lower-case word after a capital, before the event noun it names the venue of ("a Kabul
suicide bombing", "a Kabul hotel attack"; gaps55)."""
_NAMED_EVENT_TYPES = frozenset({"AGREE", "CONSULT"})
"""Event types whose nouns, capitalised, close the name of an accord or a meeting held at a
capital ("the Tripoli Agreement", "the Doha Talks"; world14)."""


def _event_venue(text: str, start: int, end: int, lex: Any) -> bool:
    """Is the capital at ``text[start:end]`` the venue an event noun after it is named by,
    after an article or a possessive ("the Minsk accords", "the Havana peace talks", "last
    week's Kabul bombing"; the noun an event noun of the lexicon, singular or plural)? Then
    it is where the event was held, no party to it (peers20); "the Kabul government" is.

    >>> from riftwatch.nlp.lexicon import load
    >>> _event_venue("They signed the Minsk accords.", 16, 21, load())
    True
    >>> _event_venue("They met the Kabul government.", 13, 18, load())
    False
    >>> _event_venue("Minsk talks with Kiev.", 0, 5, load())
    False
    >>> _event_venue("They rejected the Tripoli Agreement.", 18, 25, load())
    True
    >>> _event_venue("They fought the Tripoli Brigade.", 16, 23, load())
    False
    >>> _event_venue("They signed the Juba Peace Agreement.", 16, 20, load())
    True
    """
    if not _VENUE_FRAME.search(text, 0, start):
        return _opening_venue(text, start, end, lex)
    if _titled_accord(text, end, lex):
        return True  # "the Juba Peace Agreement": an accord of two title words (walk63)
    after = _VENUE_NOUN.match(text, end)
    if after is None:
        return False
    noun = after.group(1)
    named = noun[0].isupper()  # "the Tripoli Agreement": the accord's name (world14)
    if any(
        not named or entry.get("type") in _NAMED_EVENT_TYPES
        for entry in lexmod.noun_entries(lex, noun.lower())
    ):
        return True
    # "a Kabul suicide bombing", "a Kabul hotel attack": up to two words of no agent before
    # the event noun (not "the Kabul government's attack", "the Kabul police raid"; gaps55)
    agents = load_agents()
    at = end
    for _ in range(3):
        word = _VENUE_WORD.match(text, at)
        if word is None or agents.role(word.group(1)) is not None:
            return False
        if lexmod.noun_entries(lex, word.group(1)):
            return True
        at = word.end()
    return False


@cache
def _demonym_kind() -> re.Pattern[str]:
    """A definite kind-of-group noun (cues.yaml ``group_kind_nouns``) after a country's
    adjective ("the Iraqi group"), or a possessed one ("its Syrian offshoot"), not followed by
    a name in apposition."""
    nouns = "|".join(sorted(lexmod.load().group_kind_nouns, key=len, reverse=True))
    return re.compile(
        rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|([Ii]ts|[Tt]heir))\s+([A-Z][a-z]+)\s+({nouns})\b"
        r"(?!\s*,\s*(?:the\s+)?[A-Z])"
    )


def _demonym_kind_antecedents(
    text: str, found: list[tuple[int, int, Actor]], state: DocumentState
) -> list[tuple[int, int, Actor]]:
    """ "The Iraqi group", "the Somali militants": a definite kind-of-group noun after a
    country's adjective points back to the group named last whose home is that country
    ("the Treasury designated the Nusra Front as an alias of al-Qaeda in Iraq, saying the
    Iraqi group had sent fighters": al-Qaeda in Iraq), not to the country (stop 36). With no
    such group named before, the words stay as they were."""
    kb = _resolver().kb
    for m in _demonym_kind().finditer(text):
        country = next((a for s, e, a in found if (s, e) == m.span(2) and a.type == "country"),
                       None)  # fmt: skip
        iso = getattr(kb.find(country.id or ""), "country", None) if country else None
        if iso is None:
            continue
        if any(s < m.end() and m.start() < e for s, e, a in found if (s, e) != m.span(2)):
            continue
        before = [a for s, _e, a in sorted(found, key=lambda x: x[0]) if s < m.start()]
        groups = [*state.groups, *before]
        owner = None
        if m.group(1):  # "its Syrian offshoot": the owner is the group named last
            owner = next((a for a in reversed(groups) if a.type in GROUPISH), None)
            if owner is None:
                continue
        ante = None
        for actor in reversed(groups):
            ent = kb.find(actor.org_id or actor.id or "") if actor.type in GROUPISH else None
            if (
                actor.type not in GROUPISH
                or (actor.country or getattr(ent, "country", None)) != iso
            ):
                continue
            if owner is not None and not _related(kb, owner, actor):
                continue  # a possessed one is a group the owner's own record ties it to
            ante = actor
            break
        if ante is None:
            continue
        start, end = m.span(2)[0], m.end()
        found = [f for f in found if (f[0], f[1]) != m.span(2)]
        found.append((start, end, Actor(**{
            **ante.__dict__, "mention": text[start:end],
            "how": f"coreference ({ante.mention}; {m.group(0)})"})))  # fmt: skip
    return found


def _related(kb: Any, one: Actor, other: Actor) -> bool:
    """Do the knowledge base's records of two different groups name each other?"""
    a, b = one.org_id or one.id or "", other.org_id or other.id or ""
    if a == b:
        return False
    ea, eb = kb.find(a), kb.find(b)
    return bool(
        (ea is not None and any(r.target == b for r in ea.relations))
        or (eb is not None and any(r.target == a for r in eb.relations))
    )


_OPENING_FRAME = re.compile(r"(?:^|[.:;!?]|\s[-\u2013\u2014])\s*$")
"""Where a headline or sentence opens (its start, or after a colon, a semicolon or a dash):
no article is written there ("Kabul airport bombing kills 13")."""
_KICKER_COLON = re.compile(r"\s*:")
"""The colon that closes a kicker naming a meeting by its venue ("Kabul talks:", "Doha peace
talks:"; fix61c)."""
_TALKS_WORDS = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?\b")


def _named_talks(text: str, end: int, lex: Any) -> int | None:
    """Where a meeting named by the place that ends at ``end`` ends: up to one lower-case word
    that is no verb, then a noun of negotiation (cues.yaml ``venue_event_words``), in lower
    case ("after Kabul talks", "Doha peace talks", "Kabul talks: ..."); None if no such
    words follow. The one rule of named talks of :func:`_talks_venue` and
    :func:`_opening_venue` (gaps61).

    >>> from riftwatch.nlp.lexicon import load
    >>> t = "TTP extends ceasefire after Kabul talks"
    >>> _named_talks(t, t.index("Kabul") + 5, load()) == len(t)
    True
    >>> _named_talks("Doha peace talks: deal near", 4, load())
    16
    >>> _named_talks("Kabul rejects talks", 5, load()) is None
    True
    >>> _named_talks("Kabul met the envoy", 5, load()) is None
    True
    """
    words = _TALKS_WORDS.match(text, end)
    if words is None:
        return None
    if words.group(1) in lex.venue_event_words:
        return words.end(1)
    if words.group(2) in lex.venue_event_words and not _verb_like(words.group(1), lex):
        return words.end(2)
    return None


def _opening_venue(text: str, start: int, end: int, lex: Any) -> bool:
    """Is the capital that opens a headline or sentence, with no article, the venue of an
    attack named right after it ("Kabul airport bombing kills 13 US troops", "Islamabad
    blast kills two", "Kabul hotel attack kills 20": up to two words of no agent, then an
    ASSAULT noun of the lexicon or an attack noun of headline.yaml)? Then it is where, not
    who attacked (heads16: it had read as the state attacking its own troops). A plural
    right after the capital may be its verb ("Kabul attacks Taliban positions"), and only
    attacks count ("Islamabad talks with TTP": its government may talk). A kicker naming a
    meeting (a CONSULT or AGREE noun, the colon right after: "Kabul talks: ...") holds its
    venue too, never a party (fix61c).

    >>> from riftwatch.nlp.lexicon import load
    >>> _opening_venue("Kabul airport bombing kills 13", 0, 5, load())
    True
    >>> _opening_venue("Quetta: Kabul hotel attack kills 20", 8, 13, load())
    True
    >>> _opening_venue("Kabul attacks Taliban positions", 0, 5, load())
    False
    >>> _opening_venue("Islamabad talks with TTP collapse", 0, 9, load())
    False
    >>> _opening_venue("Officials said Kabul attack was foiled", 15, 20, load())
    False
    >>> _opening_venue("Kabul launched air strikes on Taliban positions", 0, 5, load())
    False
    >>> _opening_venue("Kabul talks: Taliban meet US envoy", 0, 5, load())
    True
    >>> _opening_venue("Doha peace talks: deal near", 0, 4, load())
    True
    >>> _opening_venue("Kabul rejects talks: Taliban", 0, 5, load())
    False
    """
    from riftwatch.nlp.headline import _data

    if not _OPENING_FRAME.search(text, 0, start):
        return False
    talks = _named_talks(text, end, lex)
    if talks is not None and _KICKER_COLON.match(text, talks):
        return True  # "Kabul talks: ...": a kicker naming a meeting by where it is held
    data = _data()
    attack_words = {*(data.get("attack_nouns") or ()), *(data.get("claimed_nouns") or ())}
    agents = load_agents()
    at = end
    for step in range(3):
        word = _VENUE_WORD.match(text, at)
        if word is None or agents.role(word.group(1)) is not None:
            return False
        noun = word.group(1)
        hostile = noun in attack_words or any(
            entry.get("type") == "ASSAULT" for entry in lexmod.noun_entries(lex, noun)
        )
        if hostile:
            return step > 0 or not noun.endswith("s")
        if lexmod.noun_entries(lex, noun) or _verb_like(noun, lex):
            return False  # another event's noun ("Kabul peace talks") or a verb: as it was
        at = word.end()
    return False


def _verb_like(word: str, lex: Any) -> bool:
    """May a lower-case word after a capital be its verb or an auxiliary ("Kabul launched air
    strikes", "Kabul hits back", "Kabul to launch strikes")? A past or third-person form, a
    verb of the lexicon, or a function word.

    >>> from riftwatch.nlp.lexicon import load
    >>> [_verb_like(w, load()) for w in ("launched", "hits", "to", "launch", "airport", "hotel")]
    [True, True, True, True, False, False]
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    if (
        word in STOP_WORDS
        or word.endswith("ed")
        or (word.endswith("s") and not word.endswith("ss"))
    ):
        return True
    return lex.verb_entry(word) is not None


def _part_of_city(text: str, start: int, lex: Any) -> bool:
    """Is the capital at ``start`` the city whose part a noun before "of" names ("out of
    several districts of Mogadishu", "the outskirts of Kabul"; cues.yaml ``city_part_nouns``)?
    Then it is the city, not its government (stop 36: "pushed Y out of districts of P" had
    read Y expelled from P's government, a split).

    >>> from riftwatch.nlp.lexicon import load
    >>> text = "They pushed Y out of several districts of Mogadishu."
    >>> _part_of_city(text, text.index("Mogadishu"), load())
    True
    >>> text = "The envoy of Mogadishu spoke."
    >>> _part_of_city(text, text.index("Mogadishu"), load())
    False
    """
    m = re.search(r"\b([a-z]+)\s+of\s+(?:the\s+)?$", text[max(0, start - 40) : start])
    return m is not None and m.group(1).lower() in lex.city_part_nouns


def _seat_officials(text: str, start: int, lex: Any) -> bool:
    """Is the capital at ``start`` the seat of the officials named right before "in" ("officials
    in Kabul", "diplomats in Riyadh"; cues.yaml ``seat_officials``)? Then it stands for its
    government, whose officials they are, not for the city (hyphen21).

    >>> from riftwatch.nlp.lexicon import load
    >>> _seat_officials("Officials in Kabul said", 13, load())
    True
    >>> _seat_officials("Protesters in Kabul said", 15, load())
    False
    """
    before = re.search(r"(\w+)\s+in\s+$", text[:start])
    return before is not None and before.group(1).lower() in lex.seat_officials


_MEMBER_MODIFIERS = frozenset(
    "suicide senior top local foreign armed former key mid-level hardline hard-line splinter "
    "breakaway dissident affiliated allied linked loyal youth female women militant jihadi "
    "jihadist field military political religious young old other rival captured detained "
    "jailed imprisoned arrested wanted suspected alleged rank-and-file".split()
)
"""Words that may stand between a group's name and its member noun ("IS suicide bombers")."""
_NEXT_WORD = re.compile(r"(?:\s+|-(?=[a-z]+\s))([a-z][a-z-]*)\b")


def _with_member_nouns(
    text: str, found: list[tuple[int, int, Actor]], lex: Any
) -> list[tuple[int, int, Actor]]:
    """A group's name right before a member noun covers the noun ("IS suicide bombers",
    "Taliban gunmen"): the parse may not attach the name to the noun, the words do."""
    members = load_agents().members
    out = []
    for start, end, actor in found:
        stop = end
        prose = text.rstrip().rstrip("\"'\u201d").endswith((".", "!", "?"))
        if (
            actor.type in GROUPISH
            and not actor.weak
            and not (prose and written.compound_tie(text, end, lex))
        ):  # a headline's "IS-linked militants" stay IS's (tests/nlp/test_headline_mechanisms)
            # ("Al Qaeda-linked militants" are not Al Qaeda's: written.compound_tie)
            at = end
            for _ in range(3):  # the member noun after at most two modifiers
                match = _NEXT_WORD.match(text, at)
                if match is None:
                    break
                at = match.end()
                if match.group(1) in members:
                    stop = at
                    break
                if match.group(1) not in _MEMBER_MODIFIERS:
                    break  # "the Taliban exchanged prisoners": a verb, not a modifier
        out.append((start, stop, actor))
    return out


_WORD_BEFORE = re.compile(r"(?:^|(?<=[^A-Za-z]))([A-Za-z]+)\s+$")


def _name_before(text: str, start: int) -> bool:
    """A capitalised word runs into the match from before it ("National Resistance forces"):
    the match is the last word of a longer name, no bare eponym (mmp31). Not a sentence's
    first word, nor a capitalised function word ("The", "In")."""
    match = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if match is None or not match.group(1)[0].isupper():
        return False
    word = match.group(1)
    lead = text[: max(0, start - 40) + match.start(1)].rstrip()
    if word.lower() in STOP_WORDS or word.lower() in lexmod.load().eponym_qualifiers:
        return False  # "the Sunni Awakening militias": a qualifier, no other name
    return bool(lead) and lead[-1] not in ".!?:;\"'\u201c("


_EPONYM_HEADS = ("network", "group", "faction", "organization", "organisation", "front", "movement")


@cache
def _eponym_re() -> re.Pattern[str]:
    members = sorted(load_agents().members, key=len, reverse=True)
    words = "|".join(re.escape(m) for m in members)
    return re.compile(rf"\b([A-Z][a-z]+)\s+(?:[a-z-]+\s+)?(?:{words})\b")


def _eponymous_members(
    text: str, date: str | None, found: list[tuple[int, int, Actor]], resolver: Any
) -> list[tuple[int, int, Actor]]:
    """A group known by a family or leader's name ("the Haqqani network", "the Nazir
    group") stands for that group when the bare name modifies a member noun: "Haqqani
    recruits", "Nazir fighters". The bare name alone may be a person (or someone else of
    that name), so it counts only before a member noun."""
    added: list[tuple[int, int, Actor]] = []
    for match in _eponym_re().finditer(text):
        start, end = match.span()
        if any(not (end <= a or start >= b) for a, b, _x in [*found, *added]):
            continue
        if match.group(1).lower() in STOP_WORDS:
            continue  # "The detainee", "This fighter": a capitalised article names no one
        if _name_before(text, start):
            continue  # "National Resistance forces": the last word of a longer name (mmp31)
        for head in _EPONYM_HEADS:
            res = resolver.resolve(f"{match.group(1)} {head}", date, text)
            if res.method in ("fold", "fuzzy"):
                continue  # a name given as written: "Later the militia" is no "Lautaro Faction"
            if res.alias is not None and match.group(1).lower() not in res.alias.norm.split():
                # neg39: the head noun alone found the group ("Officials organization" ->
                # "the organization"): the capitalised word names nobody, and the member
                # word after it is a verb ("Officials suspect that X sheltered Y")
                continue
            actor = _actor_from(res, match.group(0), how=f"eponymous group ({head})")
            if actor is not None and actor.type in GROUPISH:
                added.append((start, end, actor))
                break
    return added


_MEMBERS_OF = re.compile(r"([A-Za-z-]+)\s+(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


def _after_member_noun(text: str, start: int, end: int) -> int:
    """Where a group's name starts in "Fighters of Jund al-Khorasan" (after "of")."""
    match = _MEMBERS_OF.match(text, start, end)
    if (
        match
        and load_agents().role(match.group(1))
        or (match and match.group(1).lower() in load_agents().members)
    ):
        return match.end()
    return start


_WHERE_BEFORE = re.compile(
    r"\b(?:in|near|at|around|inside|across|into|throughout|within|to|from|towards?)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""A country after a preposition of place or direction: where troops go, not whose."""
_WORD = re.compile(r"[A-Za-z][\w-]*")


def _placement(text: str, start: int, end: int, verbs: frozenset[str]) -> str | None:
    """How a bare agent noun at ``text[start:end]`` is placed somewhere: ``"object"`` after
    a placement verb ("deployed 500 troops in Y", up to three words between), ``"subject"``
    before one ("troops stationed in Y", "peacekeepers were sent to Y"), else None.

    >>> v = frozenset({"deployed", "stationed", "sent"})
    >>> t = "Kenya deployed 500 troops in Somalia."
    >>> _placement(t, t.index("troops"), t.index("troops") + 6, v)
    'object'
    >>> t = "Troops stationed in Somalia were attacked."
    >>> _placement(t, 0, 6, v), _placement("Troops killed two men.", 0, 6, v)
    ('subject', None)
    """
    before = _WORD.findall(text[max(0, start - 60) : start])[-4:]
    if any(w.lower() in verbs for w in before):
        return "object"
    after = _WORD.findall(text[end : end + 40])[:3]
    for word in after:
        if word.lower() in verbs:
            return "subject"
        if word.lower() not in ("were", "was", "have", "had", "been", "being", "are", "is"):
            break
    return None


_NAME_BEFORE = re.compile(r"(?:^|\s)[a-z][\w']*,? ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)*) $")


_TIE_BEFORE = re.compile(r"[-\s]([a-z]+)\s+$")


def _after_tie_participle(text: str, start: int, lex: Any) -> bool:
    """Does a tie participle (cues.yaml ``compound_ties``: backed, funded, trained,
    allied...) stand right before the agent noun at ``start``? "Government-backed troops",
    "Iranian-backed militias", "U.S.-trained forces" are a patron's clients, not the forces
    of the text's country: the noun is no bare state agent (world20; before, a U.S. strike
    "on government-backed troops" made the troops the U.S. military and the backer their
    ally).

    >>> from riftwatch.nlp.lexicon import load
    >>> text = "Jets struck Iranian-backed militias."
    >>> _after_tie_participle(text, text.index("militias"), load())
    True
    >>> text = "Jets struck government troops."
    >>> _after_tie_participle(text, text.index("troops"), load())
    False
    """
    m = _TIE_BEFORE.search(text, 0, start)
    return m is not None and m.end() == start and m.group(1) in lex.compound_ties


def _patron_span(text: str, start: int) -> tuple[int, int] | None:
    """The span of the patron's name before the tie participle that stands right before the
    agent noun at ``start`` ("the U.S.-backed government": "U.S."), or None.

    >>> text = "talks with the U.S.-backed government in Kabul"
    >>> s, e = _patron_span(text, text.index("government"))
    >>> text[s:e]
    'U.S.'
    """
    m = _TIE_BEFORE.search(text, 0, start)
    if m is None or m.end() != start or text[m.start()] != "-":
        return None
    begin = max(text.rfind(" ", 0, m.start()), text.rfind("(", 0, m.start())) + 1
    return (begin, m.start()) if begin < m.start() else None


def _after_own_name(text: str, start: int, here: list[tuple[int, str]]) -> bool:
    """Does a capitalised name of its own stand right before the agent noun at ``start``
    inside the sentence ("He said Barkhane troops ...", "Wagner fighters"), one that is no
    country or demonym the text names? Then the name says whose men they are.

    >>> _after_own_name("He said Barkhane troops killed them.", 17, [])
    True
    >>> _after_own_name("He said Malian troops killed them.", 15, [(8, "MLI")])
    False
    >>> _after_own_name("Troops killed them.", 0, [])
    False
    """
    m = _NAME_BEFORE.search(text, 0, start)
    if m is None or m.end() != start:
        return False  # (in a title-case headline no word before the name is lower case)
    return not any(m.start(1) <= offset < m.end(1) for offset, _iso in here)


def _source_type(value: Any) -> str | None:
    """A document's source type as the store keeps it ("militant" -> "militant_statement"),
    or None for none or an unknown one (extraction does not reject the document for it)."""
    from riftwatch.errors import ConfigError
    from riftwatch.model import parse_source_type

    if not value:
        return None
    try:
        return parse_source_type(value)
    except ConfigError:
        return None


def _issuer(text: str, actors: list[tuple[int, int, Actor]], lex: Any) -> Actor | None:
    """The group that issues a statement, from a sentence of it: the first group named (not
    through a pronoun) right before one of cues.yaml's ``issuing_verbs`` ("X declares that
    ...", "The general command of X announces ..."), also closing an apposition to an
    opening "We" ("We, the mujahideen of X, announce ...": gaps54), or closing that
    apposition whatever verb follows ("We, the mujahideen of X, claim ...": walk55), else
    None."""
    we_first = _WE_OPENING.match(text) is not None
    for start, end, actor in sorted(actors, key=lambda x: x[0]):
        if actor.type not in GROUPISH or actor.how.startswith("coreference"):
            continue
        m = (_WORD_AFTER_WE_NAME if we_first else _WORD_AFTER_NAME).match(text, end)
        if m and m.group(1).lower() in lex.issuing_verbs:
            return actor
        if we_first and text.count(",", 0, start) <= 1 and _CLOSES_APPOSITION.match(text, end):
            # the name stands in the first apposition to "We" (no comma between): it names
            # the speaker whatever the verb
            return actor
    return None


_WORD_AFTER_NAME = re.compile(r"(?:['’]s)?\s+(\w+)")
_WORD_AFTER_WE_NAME = re.compile(r"(?:['’]s)?,?\s+(\w+)")
_WE_OPENING = re.compile(r"\s*We\s*,")
"""A statement's sentence that opens "We, ...": the issuer names itself in apposition."""
_CLOSES_APPOSITION = re.compile(r"(?:['’]s)?\s*,\s+[a-z]")
"""A name followed by the comma that closes an apposition and a lower-case word."""


def _signed_issuer(title: Any, text: str, date: str | None) -> Actor | None:
    """The group a militant statement names as its author: the one group its title names
    ("Statement of the Islamic Emirate on ..."), else the one group a short last line
    names (a signature: "The Islamic Emirate of Afghanistan", "Spokesman of X"); None when
    neither names exactly one group, so an anonymous "we" stays unresolved (gaps54)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    last = lines[-1] if len(lines) > 1 else ""
    if len(last.split()) > 12 or last.endswith((".", "?", "!")):
        last = ""  # a sentence of the statement, not a signature
    for line in (str(title or ""), last):
        groups = {a.key(): a for _s, _e, a in _find_actors(line, date, DocumentState())
                  if a.type in GROUPISH and not a.how.startswith("coreference")}  # fmt: skip
        if len(groups) == 1:
            return next(iter(groups.values()))
    return None


def _issuer_pronouns(
    text: str,
    state: DocumentState,
    lex: Any,
    free: Any,
    issuer: Actor | None = None,
    begin: int = 0,
) -> list[tuple[int, int, Actor]]:
    """In a group's own statement, the first-person plural outside quotations ("we", "our
    brothers", "us"; cues.yaml ``issuer_pronouns``) is the group that issues it (``issuer``
    when given, else the document's; from ``begin`` on)."""
    issuer = issuer or state.issuer
    if issuer is None:
        return []
    out = []
    for m in re.finditer(r"\b\w+\b", text):
        if m.start() < begin:
            continue
        word = m.group(0)
        if word.lower() not in lex.issuer_pronouns or word == "US":  # "US" is a country
            continue
        if not free(m.start(), m.end()) or _quoted(text, m.start()):
            continue
        out.append((m.start(), m.end(), Actor(**{**issuer.__dict__, "mention": word,
                    "how": f"the statement's issuer ({issuer.mention})"})))  # fmt: skip
    return out


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+$")


def _past_state_noun(text: str, start: int, lex: Any) -> bool:
    """Is the bare state noun at ``start`` told as past by the word right before it ("the
    former regime", "the ousted government", "ex-soldiers"; cues.yaml ``past_rule_words``)?
    Such a state or its men are not the state of the document's country now (gaps63).

    >>> from riftwatch.nlp import lexicon as lexmod
    >>> t = "The former regime's officers joined the group."
    >>> _past_state_noun(t, t.index("regime"), lexmod.load())
    True
    >>> _past_state_noun(t, t.index("group"), lexmod.load())
    False
    """
    return _word_before(text, start) in lex.past_rule_words


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` (within 20 characters), lower-cased, or ""."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m is not None else ""


def _ruler_owned(text: str, m: re.Match[str], lex: Any) -> bool:
    """Is the bare state noun ``m`` one of cues.yaml ``ruler_owned_nouns`` right after a
    person's possessive ("his regime", "her regime"; ``ruler_possessives``)? It is that ruler's
    state, which the person's own mention settles, not the country the document named last
    ("Washington imposed sanctions on his regime" is no US act on the US; stop 62).

    >>> from riftwatch.nlp import lexicon as lexmod
    >>> t = "Washington imposed sanctions on his regime."
    >>> _ruler_owned(t, re.search("regime", t), lexmod.load())
    True
    >>> t = "Washington imposed sanctions on the regime."
    >>> _ruler_owned(t, re.search("regime", t), lexmod.load())
    False
    """
    if m.group(0).lower() not in lex.ruler_owned_nouns:
        return False
    return _word_before(text, m.start()) in lex.ruler_possessives


_SPEAKER_COLON = re.compile(r"\s*([^:.;\n]{2,90}?)\s*:\s+\S")
"""A sentence that opens with its speaker and a colon ("X spokesman Y: our fighters ...")."""


def _colon_speaker(text: str, actors: list[tuple[int, int, Actor]]) -> tuple[Actor, int] | None:
    """The group a sentence's opening speaker before a colon names ("TTP spokesman Ehsanullah
    Ehsan: our fighters attacked ...", "The Fano command: we ..."), with the offset after the
    colon; None when the opening names no group or more than one (gaps63). The first person
    after the colon is that group, as in a group's own statement.

    >>> g = Actor(id="org:t", name="TTP", mention="TTP", type="armed_group")
    >>> t = "TTP spokesman Ehsan: our fighters attacked a convoy."
    >>> _colon_speaker(t, [(0, 3, g)])[1]
    20
    >>> _colon_speaker("Kabul: our fighters attacked a convoy.", []) is None
    True
    """
    m = _SPEAKER_COLON.match(text)
    if m is None:
        return None
    groups = {a.key(): a for s, e, a in actors if e <= m.end(1) and a.type in GROUPISH
              and not a.how.startswith("coreference")}  # fmt: skip
    if len(groups) != 1:
        return None
    return next(iter(groups.values())), m.end(1) + 1


def _free_of(actors: list[tuple[int, int, Actor]]) -> Any:
    """A test that a span overlaps none of ``actors``."""
    taken = [(s, e) for s, e, _a in actors]
    return lambda a, b: not any(s < b and a < e for s, e in taken)


_GROUP_BODY_GAP = re.compile(r"(?:[\s-]+[a-z][\w']*){0,2}[\s-]+")
"""What may stand between a group's name and the body it names: at most two lower-case words
("a Taliban military court", "an IS-run court")."""


def _group_body(text: str, start: int, found: list[tuple[int, int, Actor]]) -> bool:
    """Does a group's name (an armed group, faction, shura or party already found) name the
    body at ``start`` as its own: "a Taliban court in Ghazni", "the Houthi-run court in
    Sanaa"? Such a body is the group's, not the state of the place it sits in (gaps58).

    >>> g = Actor(id="org:t", name="Taliban", mention="Taliban", type="armed_group")
    >>> t = "A Taliban court in Ghazni sentenced him."
    >>> _group_body(t, t.index("court"), [(2, 9, g)]), _group_body(t, 2, [])
    (True, False)
    """
    return any(
        e <= start and a.type in GROUPISH and _GROUP_BODY_GAP.fullmatch(text[e:start])
        for _s, e, a in found
    )


def _follows_actor(text: str, start: int, found: list[tuple[int, int, Actor]]) -> bool:
    return any(0 <= start - e <= 1 and text[e:start].strip() == "" for _s, e, _a in found)


_OWNER_GAP = re.compile(r"['’]s?(?:\s+[a-z][\w-]*){0,2}\s+$")
_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _named_owner(text: str, start: int, end: int, found: list[tuple[int, int, Actor]]) -> bool:
    """Does a named group own the bare word at ``start:end``, as its possessor ("the Pakistani
    Taliban's central shura", up to two lower-case words between) or in an "of" phrase after
    it ("the shura of the TTP")? Then the word is that group's body, never a default referent
    (cues.yaml ``default_referents``; written69).

    >>> t = "The Pakistani Taliban's central shura met."
    >>> a = Actor(id="org:ttp", name="TTP", mention="Pakistani Taliban", type="armed_group")
    >>> _named_owner(t, t.index("shura"), t.index("shura") + 5, [(4, 21, a)])
    True
    >>> _named_owner("The shura met.", 4, 9, [])
    False
    """
    for s, e, actor in found:
        if actor.type not in GROUPISH:
            continue
        if e <= start and _OWNER_GAP.fullmatch(text[e:start]):
            return True
        if s >= end and _OF_GAP.match(text[end:s]):
            return True
    return False


def _country_for(
    offset: int, here: list[tuple[int, str]], state: DocumentState, text: str = ""
) -> str | None:
    """The country a generic state noun belongs to: the first country or place the sentence
    names (headlines lead with their country: "Pakistan army says India kills 2 soldiers"),
    else the country the document has named most. Deep in a document whose earlier sentences
    named countries, a country the sentence names only after the noun is more often the other
    party than the noun's own ("A spokesman for the government accused Eritrea of ..." in a
    report from Mogadishu): the document's country then wins, unless the noun is placed in
    that country ("police in Eritrea arrested ...").

    >>> st = DocumentState(); st.countries.extend(["SOM", "SOM", "ERI"])
    >>> t = "The government accused Eritrea of arming the rebels."
    >>> _country_for(4, [(t.index("Eritrea"), "ERI")], st, t)
    'SOM'
    >>> t = "The police in Eritrea arrested two men."
    >>> _country_for(4, [(t.index("Eritrea"), "ERI")], st, t)
    'ERI'
    >>> _country_for(4, [(t.index("Eritrea"), "ERI")], DocumentState(), t)
    'ERI'
    >>> st = DocumentState(); st.group_homes.extend(["YEM"])
    >>> t = "The government accused Iran of directing the offensive."
    >>> _country_for(4, [(t.index("Iran"), "IRN")], st, t)
    'YEM'
    >>> _country_for(4, [], st, "The government denied it.")
    'YEM'
    >>> st.group_homes.append("SAU")
    >>> _country_for(4, [], st, "The government denied it.") is None
    True
    """
    # a document that named no country but named groups: their homes ("Marib, 4 May. The
    # Houthis shelled a camp. The government accused Iran of ...": Yemen's; walk57)
    pool = state.countries or (state.group_homes if here else [])
    if here:
        first_at, first = min(here)
        if pool and first_at > offset and not _PLACED_IN.search(text[offset:first_at]):
            own = _most_named(pool)
            if own != first:
                return own
        return first
    if not pool and len(set(state.group_homes)) == 1 and not _OWNED_BY_NAME.search(text[:offset]):
        # a document that named no country at all, only groups of one home ("Maiduguri,
        # 4 May. ISWAP shelled the outskirts. The government accused Boko Haram of ...":
        # Nigeria's; walk58); groups of several homes leave the noun without a country
        pool = state.group_homes
    if not pool:
        return None
    return _most_named(pool)


_OWNED_BY_NAME = re.compile(
    r"\w-(?:led|run|backed|aligned|allied|affiliated|linked|loyal|controlled)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
"""A noun phrase opened by "X-led", "X-run", "X-backed" ...: the noun is X's or X's
client's ("the Fatah-led security services"), not the state of the groups' home."""


def _flight_destination(text: str, start: int, lex: lexmod.Lexicon) -> bool:
    """Is the country or place at ``start`` only where someone fled or went into exile ("the
    party's leaders fled to China", "took refuge in Iran"; cues.yaml
    ``flight_destination_words`` and ``flight_destination_preps``)? Then it is not where the
    sentence happens, and a generic state noun there is not its (replay21).

    >>> from riftwatch.nlp.lexicon import load
    >>> t = "Security forces raided the offices, and the leaders fled to China."
    >>> _flight_destination(t, t.index("China"), load())
    True
    >>> t = "Security forces in China raided the offices."
    >>> _flight_destination(t, t.index("China"), load())
    False
    """
    words, preps = lex.flight_destination_words, lex.flight_destination_preps
    if not words or not preps:
        return False
    pattern = _alternation(
        r"\b(?:",
        words,
        r")(?:\s+(?:across|over)\s+(?:the\s+)?\w+)?\s+(?:"
        + "|".join(sorted(map(re.escape, preps)))
        + r")\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
    return pattern.search(text, 0, start) is not None


def _talks_venue(text: str, start: int, lex: lexmod.Lexicon) -> bool:
    """Is the country or place at ``start`` where a negotiation was held: after "in" or "at"
    closing a phrase that opens with a word of negotiation (cues.yaml ``venue_event_words``:
    talks, ceasefire, agreement...; ``venue_event_verbs``: met...), with no comma, semicolon
    or clause word between, or naming talks right after it (:func:`_named_talks`: "after
    Kabul talks", "Doha peace talks"; heads18)?
    Then, in a country the sentence's groups are not tied to, it is no country of the
    sentence's generic state nouns: "China brokered a ceasefire between the junta and the
    MNDAA in Kunming" names Myanmar's junta, not China's (gaps57).

    >>> from riftwatch.nlp.lexicon import load
    >>> t = "China brokered a ceasefire between the junta and the rebels in Kunming."
    >>> _talks_venue(t, t.index("Kunming"), load())
    True
    >>> t = "TTP extends ceasefire with govt after Kabul talks"
    >>> _talks_venue(t, t.index("Kabul"), load())
    True
    >>> t = "After the talks, the junta shelled villages in Kachin State."
    >>> _talks_venue(t, t.index("Kachin"), load())
    False
    >>> t = "The army attacked the rebels in Kachin State."
    >>> _talks_venue(t, t.index("Kachin"), load())
    False
    """
    if not lex.venue_event_words:
        return False
    words = lex.venue_event_words | lex.venue_event_verbs
    pattern = _alternation(r"\b(?:", words, r")\b", re.IGNORECASE)
    name = _PLACE_NAME.match(text, start)
    if name is not None and _named_talks(text, name.end(), lex) is not None:
        return True  # "after Kabul talks", "Doha peace talks": the place names the talks' venue
    if name is not None and _titled_accord(text, name.end(), lex):
        return True  # "the Juba Peace Agreement": an accord named for its venue (walk63)
    if not _VENUE_PREP.search(text, 0, start):
        return False
    clause = re.split(r"[,;:.!?]|\b(?:after|before|when|while|but|as|since)\b", text[:start])[-1]
    return pattern.search(clause) is not None


def _titled_accord(text: str, end: int, lex: Any) -> bool:
    """Does a capitalised accord title follow the place that ends at ``end``: up to two
    capitalised words, the last a noun of cues.yaml ``accord_title_nouns`` ("the Juba Peace
    Agreement", "the Doha Accord", "the Lusaka Protocol")? Then the place is where the
    accord was signed (walk63).

    >>> from riftwatch.nlp.lexicon import load
    >>> t = "X signed the Juba Peace Agreement with the government."
    >>> _titled_accord(t, t.index("Juba") + 4, load())
    True
    >>> t = "X attacked Juba Airport."
    >>> _titled_accord(t, t.index("Juba") + 4, load())
    False
    """
    words = _TITLED_WORDS.match(text, end)
    return words is not None and words.group(0).split()[-1].lower() in lex.accord_title_nouns


_TITLED_WORDS = re.compile(r"(?:\s+[A-Z][a-z]+){1,3}\b")
_VENUE_PREP = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_NAME = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?")


def _yielding_force(text: str, end: int, lex: lexmod.Lexicon) -> bool:
    """Does a force noun ending at ``end`` yield to a party ("soldiers surrendered to the
    alliance", "troops had surrendered to Y"; cues.yaml ``force_yielding_verbs``)? Groups have
    fighters: soldiers who surrender are a state's own (gaps57).

    >>> from riftwatch.nlp.lexicon import load
    >>> t = "Two thousand soldiers surrendered to the alliance."
    >>> _yielding_force(t, t.index(" surrendered"), load())
    True
    >>> t = "Two thousand soldiers attacked the alliance."
    >>> _yielding_force(t, t.index(" attacked"), load())
    False
    """
    if not lex.force_yielding_verbs:
        return False
    pattern = _alternation(
        r"\s+(?:(?:had|have|has)\s+)?(?:", lex.force_yielding_verbs, r")\s+to\b", re.IGNORECASE
    )
    return pattern.match(text, end) is not None


def _most_named(pool: list[str]) -> str:
    """The country named most, the first named of those tied (never the set's order).

    >>> _most_named(["SOM", "ERI", "ERI", "SOM"])
    'SOM'
    """
    return max(dict.fromkeys(pool), key=pool.count)


_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their)\s+$", re.IGNORECASE)
"""A definite article or possessive right before a noun: "the junta" is a state's rulers,
"set up a military junta of dissident fighters" a new body (walk56)."""


def _state_post(text: str, m: Any, lex: Any) -> bool:
    """Whether the state noun of ``m`` is a bare "army" or "military" modifying a noun of a
    post, camp, convoy or patrol (cues.yaml ``state_post_modifiers``, ``state_post_nouns``):
    "the AA overran army outposts", "ambushed an army convoy" are the state's own, as
    "government troops" are; "army units" or "army scouts" are not (gaps57).

    >>> from riftwatch.nlp import lexicon
    >>> t = "The rebels ambushed an army convoy and raided military camps."
    >>> [_state_post(t, m, lexicon.load()) for m in _ROLE.finditer(t)]
    [True, True]
    >>> t = "Scouts for army units retook the town."
    >>> [_state_post(t, m, lexicon.load()) for m in _ROLE.finditer(t)]
    [False]
    """
    if m.group(1).lower() not in lex.state_post_modifiers:
        return False
    nxt = re.match(r"\s+([a-z]+)\b", text[m.end() :])
    return nxt is not None and nxt.group(1) in lex.state_post_nouns


def _forces_after() -> re.Pattern[str]:
    """The nouns after "government" that make it the state's own forces (cues.yaml
    ``government_force_nouns``): "government troops", "government aircraft"."""
    return _alternation(r"\s+(?:", lexmod.load().government_force_nouns, r")\b", re.IGNORECASE)


def _no_state_body(text: str, at: int, lex: Any) -> bool:
    """Whether the state noun at ``at`` names a body that is no state's: one said new or
    rival after an indefinite article ("to form a rival government", "set up a parallel
    government": cues.yaml ``new_body_adjectives``) or a non-state kind of force ("the
    tribal police", "clan militias": ``non_state_force_words``; walk63)."""
    words = re.findall(r"[\w-]+", text[max(0, at - 60) : at].lower())
    if not words:
        return False
    if words[-1] in lex.non_state_force_words:
        return True
    return len(words) >= 2 and words[-1] in lex.new_body_adjectives and words[-2] in ("a", "an")


_FOREIGN_BEFORE = re.compile(r"\b(?:foreign|overseas|outside)\s+$", re.IGNORECASE)
"""A state noun said to be foreign ("the foreign troops") belongs to no country of the text."""

_PLACED_IN = re.compile(r"^\w+(?:\s+\w+)?\s+(?:in|of|from)\s+(?:the\s+)?$", re.IGNORECASE)
"""A state noun placed in the country named next: "police in ...", "the army of ..."."""


_SEATED_BEFORE = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?((?:\s+[\w-]+){0,3}?)\s+$")
"""A place name, then at most three words of the body's own ("Lahore anti-terrorism court")."""
_SEATED_AFTER = re.compile(r"\s+in\s+(?:the\s+(?:city|town|district)\s+of\s+)?$")
"""'in' between a body and its seat ("a court in Lahore")."""


def _sitting_pattern(agents: Any) -> re.Pattern[str] | None:
    """The agents data's ``sitting_bodies`` as one pattern, longest word first (None when
    the list is empty)."""
    words = sorted(agents.sitting_bodies, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


_sitting_bodies: Derived[Any, re.Pattern[str] | None] = Derived(_sitting_pattern)


def _seated_bodies(text: str, here: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of state bodies that sit where they are (agents data
    ``sitting_bodies``: courts, judges, prosecutors, legislatures) named by a place of a known
    country: "a Lahore anti-terrorism court", "a court in Peshawar" are Pakistan's, as "a
    court in Pakistan" is (code.py, peers20). Written reports, round 27 (round11_work,
    round16_work: state bodies and officials named by office or place). A body of a faith
    ("the Islamic Courts in Mogadishu") is no state's; a capitalised body after its seat
    ("the Lahore High Court") is.

    >>> _seated_bodies("A Lahore anti-terrorism court jailed him.", [(2, "PAK")])
    [(24, 29, 'PAK')]
    >>> _seated_bodies("The Islamic Courts in Mogadishu fought them.", [(22, "SOM")])
    []
    """
    agents = load_agents()
    pattern = _sitting_bodies(agents)
    if not here or pattern is None:
        return []
    faiths = agents.faiths
    out: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        start, end = m.span()
        before = text[max(0, start - 60) : start].lower().split()
        if before and before[-1] in faiths:
            continue  # "the Islamic Courts": a movement, no state's body
        for offset, iso in here:
            if offset < start:
                mods = _SEATED_BEFORE.match(text, offset, start)
                if mods and not any(w.lower() in faiths for w in mods.group(1).split()):
                    out.append((start, end, iso))
                    break
            elif _SEATED_AFTER.match(text[end:offset]) and text[start].islower():
                out.append((start, end, iso))
                break
    return out


def _seat_of(place: Any) -> Any:
    """The body a place stands for by metonymy (a ``seat_of`` relation in the KB), or None."""
    for relation in place.relations:
        if relation.type == "seat_of":
            return _resolver().kb.find(relation.target)
    return None


@cache
def _collectives_re() -> re.Pattern[str]:
    words = sorted(lexmod.load().collectives, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _bare_body(iso3: str, mention: str) -> Actor | None:
    """The actor a bare agent noun ("soldiers") stands for in the country ``iso3``."""
    body = country_body(iso3, _ROLE_OF.get(mention.lower(), "government"))
    if body is None:
        return None
    return Actor(id=body.id, name=body.name, mention=mention, type=body.type, org_id=body.id,
                 org_name=body.name, how=clauses.BARE_HOW)  # fmt: skip


def _coreference_targets(actors: list[tuple[int, int, Actor]]) -> int:
    return len({a.key() for _s, _e, a in actors})


def extract_document(doc: dict[str, Any], *, lex: Any = None) -> list[Coded]:
    """All events of one document ``{"id", "text", "date", ...}``."""
    return extract_batch([doc], lex=lex or lexmod.load())[0]


def extract_batch(
    docs: list[dict[str, Any]],
    *,
    lex: Any,
    memory: CorpusMemory | None = None,
    lessons: list[Lesson] | None = None,
) -> list[list[Coded]]:
    """The events of each document, the documents' sentences parsed together (spaCy is much
    faster on a batch than on one headline at a time). ``memory`` holds the ties and acronyms
    the other documents of the corpus told (:mod:`riftwatch.nlp.memory`, from
    :func:`learn_batch` over the whole corpus): a document uses them where it does not settle
    the name itself. ``lessons``, when given, receives what each document settles itself
    (its own ties and definitions, as :func:`learn_batch` reads them; with no ``memory``
    they are the lessons of the corpus memory's first pass).

    A document that repeats an earlier one of the batch (:func:`_repeated`: headline corpora
    hold one row for each event of a story) is not coded again: it takes a copy of that
    one's events and lesson under its own id (:func:`_as_repeat`), which is what coding it
    gives, since nothing but its text, date and source type (and, with ``memory``, its id)
    decides a document's coding."""
    firsts = _repeated(docs) if memory is None and learned.CAPTURE is None else None
    if firsts is None:
        return _extract_distinct(docs, lex=lex, memory=memory, lessons=lessons)
    coded_ones = sorted(set(firsts))
    own = [] if lessons is not None else None
    coded = dict(zip(coded_ones, _extract_distinct([docs[i] for i in coded_ones], lex=lex,
                                                   lessons=own), strict=True))  # fmt: skip
    taught = {lesson.doc_id: lesson for lesson in own or ()}
    out = []
    for doc, first in zip(docs, firsts, strict=True):
        doc_id, first_id = str(doc.get("id")), str(docs[first].get("id"))
        out.append([_as_repeat(c, doc_id) for c in coded[first]] if doc_id != first_id
                   else coded[first])  # fmt: skip
        if lessons is not None and first_id in taught:
            lesson = taught[first_id]
            lessons.append(lesson if doc_id == first_id else replace(lesson, doc_id=doc_id))
    return out


def _repeated(docs: list[dict[str, Any]]) -> list[int] | None:
    """For each document, the place in ``docs`` of the first one with its text, date and
    source type (its own place when it is the first); None when no document repeats another,
    or when two documents share an id (each must keep its own coding there).

    >>> _repeated([{"id": 1, "text": "A."}, {"id": 2, "text": "B."}, {"id": 3, "text": "A."}])
    [0, 1, 0]
    >>> _repeated([{"id": 1, "text": "A."}, {"id": 2, "text": "A.", "date": "2010"}]) is None
    True
    """
    first: dict[tuple[str, str | None, str | None], int] = {}
    places = [
        first.setdefault((doc.get("text") or "", _iso_or_none(doc.get("date")),
                          _source_type(doc.get("source_type"))), i)
        for i, doc in enumerate(docs)
    ]  # fmt: skip
    if len(first) == len(docs) or len({str(doc.get("id")) for doc in docs}) < len(docs):
        return None
    return places


def _as_repeat(coded: Coded, doc_id: str) -> Coded:
    """An event of a repeated document for the repeat ``doc_id``, sharing nothing mutable
    with the first document's."""
    return replace(coded, doc_id=doc_id, event=copy.copy(coded.event),
                   attributed_to=copy.deepcopy(coded.attributed_to), why=list(coded.why),
                   support=copy.deepcopy(coded.support))  # fmt: skip


def _parsed(pending: list[Any], plans: list[Any]) -> tuple[list[Any], list[Any]]:
    """The planned sentences parsed (each distinct text once, :func:`parse_distinct`; a main
    verb after a relative clause and a list of verbs set right, :func:`clauses.repaired`), each with
    what the parse adds to its actors (groups the knowledge base does not know, agents with a
    country: :func:`open_actors`, at its document's date): the new ``pending`` and the
    parses, for :func:`_extract_distinct` and :func:`learn_batch` alike."""
    texts = [sent.text for sent, _a, _w in pending]
    sdocs = [clauses.repaired(d) for d in parse_distinct(nlp(), texts)]
    dates = [date for _id, date, items in plans for _item in items]
    pending = [
        (sent, with_open_actors(sdoc, sent.text, actors, date), where)
        for (sent, actors, where), sdoc, date in zip(pending, sdocs, dates, strict=True)
    ]
    return pending, sdocs


def with_open_actors(
    sdoc: Any, text: str, actors: list[tuple[int, int, Actor]], date: str | None
) -> list[tuple[int, int, Actor]]:
    """``actors`` with what the parse ``sdoc`` of the sentence ``text`` adds
    (:func:`open_actors`) and the definite group nouns after such a group that no actor
    stands on (:func:`_open_group_anaphors`)."""
    opened = open_actors(sdoc, actors, date)
    cues = lexmod.load().disguise_cues
    opened = [f for f in opened if not _in_disguise(text, f[0], cues)]
    return [*actors, *opened, *_open_group_anaphors(text, actors, opened)]


def _open_group_anaphors(
    text: str, actors: list[tuple[int, int, Actor]], opened: list[tuple[int, int, Actor]]
) -> list[tuple[int, int, Actor]]:
    """'Zorbla gunmen ambushed a convoy and the group's fighters then ...': a definite group
    noun of :data:`_COREF` ("the group", "the militia", "the faction") that the knowledge
    base's pass left without an antecedent, after a group only the parse finds in the same
    sentence (``opened``, :func:`open_actors`), stands for the last such group before it, as
    it does for a known group's name there (:func:`_find_actors`; gaps54). A pronoun, a
    council or shura, and "the movement of ..." are left as they were."""
    groups = sorted((x for x in opened if x[2].type in GROUPISH), key=lambda x: x[0])
    if not groups:
        return []
    taken = [*actors, *opened]
    out: list[tuple[int, int, Actor]] = []
    for m in _COREF.finditer(text):
        noun = (m.group(1) or "").lower()
        if not noun or noun in ("shura", "council"):
            continue
        if any(s <= m.start() < e for s, e, _a in taken):
            continue
        if noun == "movement" and _NOUN_OF.match(text, m.end()):
            continue
        if _splinter_antecedent(text, m.start(), lexmod.load()):
            continue  # "led a faction out of Y and joined it with Z": the faction, not Y
        before = [a for _s, e, a in groups if e <= m.start()]
        if before:
            ante = coref.named_antecedent(noun, before) or before[-1]
            out.append((m.start(), m.end(), _stand_in(ante, m.group(0))))
    return out


def _extract_distinct(
    docs: list[dict[str, Any]],
    *,
    lex: Any,
    memory: CorpusMemory | None = None,
    lessons: list[Lesson] | None = None,
) -> list[list[Coded]]:
    """:func:`extract_batch` coding every document of ``docs``."""
    plans = [_plan(doc, lex) for doc in docs]
    pending = [item for _id, _date, items in plans for item in items]
    if not pending:
        return [[] for _ in docs]
    pending, sdocs = _parsed(pending, plans)
    texts = {str(doc.get("id")): doc.get("text") or "" for doc in docs}
    taught: dict[str, dict[str, Any]] | None = {} if lessons is not None else None
    # "the X Front (XF) ... XF": one actor
    pending = _with_acronyms(pending, plans, memory=memory, texts=texts, taught=taught)
    # "Shekau's faction": Boko Haram
    pending = _with_person_ties(pending, plans, memory=memory, texts=texts, taught=taught)
    # "The Zorvan militia was formed ... the militia attacked Y": a group only the parse found
    pending = _with_parsed_kinds(pending, plans, lex)
    if lessons is not None and taught is not None:
        for doc_id, date, _items in plans:
            got = taught.get(doc_id, {})
            if got.get("ties") or got.get("acronyms") or got.get("persons"):
                lessons.append(Lesson(doc_id, date, ties=got.get("ties", {}),
                                      acronyms=got.get("acronyms", {}),
                                      persons=got.get("persons", frozenset())))  # fmt: skip
    prepared = iter(prepare_many(
        [(sdoc, sent.text, actors, where["headline_candidate"], where["citation"])
         for (sent, actors, where), sdoc in zip(pending, sdocs, strict=True)],
        lex,
    ))  # fmt: skip
    parsed = iter(sdocs)
    with_open = iter(pending)
    out = []
    for doc_id, date, items in plans:
        coded: list[Coded] = []
        for _item in items:
            sent, actors, where = next(with_open)
            sdoc, ready = next(parsed), next(prepared)
            try:
                coded += code_sentence(sdoc, sent, actors, doc_id, date, lex, **where,
                                       prepared=ready)  # fmt: skip
            except Exception as exc:  # noqa: BLE001 - a coder bug must not stop the corpus
                # one sentence's events are lost, named in the log, and the rest coded
                _LOG.warning(
                    "document %s: sentence at character %s not coded (%s: %s)",
                    doc_id, sent.start, type(exc).__name__, str(exc)[:200],
                )  # fmt: skip
        coded = merge_restatements(ties.rewrite_founders(coded))
        out.append(_taken_back_by_next(coded, texts.get(doc_id, ""), lex))
    return out


def _taking_back_pattern(lex: Any) -> re.Pattern[str]:
    """Words without which a sentence cannot take back the one before it (written.taken_back),
    from the lexicon's own lists: the verification and retraction verbs cut to a stem that
    their inflections and "un-" participles hold ("withdr" for "withdrew"), and the falsity
    words. Only sentences holding one are parsed."""
    stems = {v[:-2] for v in lex.verification_verbs | lex.retraction_verbs if len(v) > 4}
    words = sorted(stems | set(lex.falsity) | set(lex.likeness_words), key=len, reverse=True)
    return re.compile(rf"(?i)(?:{'|'.join(map(re.escape, words))})")


_taking_back: Derived[Any, re.Pattern[str]] = Derived(_taking_back_pattern)


def _taken_back_by_next(coded: list[Coded], text: str, lex: Any) -> list[Coded]:
    """The events of a document, those of a sentence that the next sentence takes back ("A
    forum post claimed that X renewed its pledge to Y. The claim could not be verified.")
    made uncertain (written.taken_back; lead39). What was not asserted stays as it was."""
    if not text or not any(c.event.modality == "asserted" for c in coded):
        return coded
    following: dict[int, Any] = {}  # the end of a sentence -> the sentence after it
    sentences = segment(text)
    for before, after in zip(sentences, sentences[1:], strict=False):
        following[before.end] = after
    verdicts: dict[int, str | None] = {}
    out = []
    for c in coded:
        nxt = following.get(c.end)
        if c.event.modality != "asserted" or nxt is None or not _taking_back(lex).search(nxt.text):
            out.append(c)
            continue
        if nxt.start not in verdicts:
            verdicts[nxt.start] = written.taken_back(nlp()(nxt.text), lex)
        words = verdicts[nxt.start]
        if words is None:
            out.append(c)
            continue
        why = f"uncertain: the next sentence takes it back ({words!r})"
        event = replace(c.event, modality="uncertain", why=[*c.event.why, why])
        out.append(replace(c, event=event, why=[*c.why, why]))
    return out


def _with_parsed_kinds(pending: list[Any], plans: list[Any], lex: Any) -> list[Any]:
    """Each document's sentences in order, where a definite kind noun with no actor ("the
    militia", "the rebels"; cues.yaml `parsed_kind_nouns`) stands for the nearest group that
    only the parse found in an earlier sentence of the document, named before that same noun
    ("The Zorvan militia was formed in 2004 ... In 2008 the militia attacked Y": Zorvan). The
    plan of the document, made before the parse, knows only the groups the knowledge base
    and the name scan find (stop 34)."""
    nouns = lex.parsed_kind_nouns
    if not nouns:
        return pending
    pattern = re.compile(r"\b[Tt]he\s+(" + "|".join(sorted(map(re.escape, nouns))) + r")\b")
    out = []
    items = iter(pending)
    for _doc_id, _date, planned in plans:
        opened: list[tuple[str, Actor]] = []  # (the noun after the name, the group)
        for _item in planned:
            sent, actors, where = next(items)
            text = sent.text
            extra = []
            for m in pattern.finditer(text):
                if any(s < m.end() and m.start() < e for s, e, _a in actors):
                    continue
                noun = m.group(1).lower()
                ante = next((a for word, a in reversed(opened) if word == noun), None)
                if ante is not None and not _quoted(text, m.start()):
                    extra.append((m.start(), m.end(), _stand_in(ante, m.group(0))))
            for _start, end, actor in actors:
                if actor.type in GROUPISH and is_open(actor.id) and actor.how.startswith("open"):
                    after = re.match(r"\s+([a-z]+)\b", text[end:])
                    if after and after.group(1) in nouns:
                        opened.append((after.group(1), actor))
            out.append((sent, [*actors, *extra], where))
    return out


def learn_batch(docs: list[dict[str, Any]], *, lex: Any) -> list[Lesson]:
    """What each document settles for the others of its corpus (the first pass of
    :mod:`riftwatch.nlp.memory`): its person ties and acronym definitions, read without any
    memory. Only the sentences that may tell one (:func:`riftwatch.nlp.memory.may_teach`)
    are parsed."""
    plans = [_plan(doc, lex) for doc in docs]
    plans = [(i, d, [x for x in items if may_teach(x[0].text)]) for i, d, items in plans]
    pending = [item for _id, _date, items in plans for item in items]
    if not pending:
        return []
    pending = _parsed(pending, plans)[0]
    lessons = []
    items = iter(pending)
    labels = [str(doc["ref"]) if doc.get("ref") not in (None, "") else None for doc in docs]
    for (doc_id, date, planned), label in zip(plans, labels, strict=True):
        mine = [next(items) for _item in planned]
        known: dict[str, Actor] = {}
        mine = [(s, _taught(s.text, a, known), w) for s, a, w in mine]
        found = _open_ties(ties.find_ties([(s.text, a) for s, a, _w in mine],
                                          ties.group_resolver(_resolver(), date), {}),
                           [(s.text, a) for s, a, _w in mine])  # fmt: skip
        learnt = as_lesson_acronyms(known)
        persons = frozenset(a.person or a.name for _s, actors, _w in mine
                            for _a, _b, a in actors if ties._is_person(a))  # fmt: skip
        if found or learnt or persons:
            lessons.append(Lesson(doc_id, date, ties=found, acronyms=learnt, persons=persons,
                                  label=label))  # fmt: skip
    return lessons


def _open_ties(found: dict[str, Actor], sentences: list[Any]) -> dict[str, Actor]:
    """The ties of persons the knowledge base does not know: a known person keeps the
    knowledge base's group in the other documents (a remembered tie never applies to them),
    so theirs are no lesson. A known person the knowledge base gives no group at the
    document's date is taught like an open one (names24: a country dictionary's politician
    tied to the rebel group he led)."""
    known = {
        name
        for text, actors in sentences
        for s, e, a in actors
        if ties.kb_grouped(a)
        for name in ties._names(text[s:e])
    }
    return {n: g for n, g in found.items() if n not in known}


def _plan(doc: dict[str, Any], lex: Any) -> tuple[str, str | None, list[Any]]:
    """(id, date, sentences to parse with their actors) of a document: sentences with fewer
    than two candidate actors are not parsed (they cannot hold a dyad), unless an implied
    agent can supply the second, or a person "went on to lead" a group the parse may find
    ("Ferrant went on to lead the Y Council": a tie)."""
    text = doc.get("text") or ""
    date = _iso_or_none(doc.get("date"))
    state = DocumentState()
    state.text = text
    state.statement = _source_type(doc.get("source_type")) == "militant_statement"
    if state.statement:  # "Statement of the X" as its title, or X signing it (gaps54)
        state.issuer = _signed_issuer(doc.get("title"), text, date)
    # "Reuters News,2018-11-06,Taliban attack ...": a citation prefix is not text to code
    work, citation = hl.mask_citation(text)
    work = hl.mask_wire_tag(work)  # "1st LD Writethru: ...": a wire slug, no party
    pending: list[tuple[Any, list[tuple[int, int, Actor]], dict[str, Any]]] = []
    document = ctx.DocumentPlaces(date, _resolver())  # the countries named so far, lazily
    sentences = list(segment(work))
    # "two years later", "the following year": from the date the narrative has reached
    told = timemod.narrative_dates([sent.text for sent in sentences], date)
    # "Four months later the two fell out" opening a text: later than an event the text does
    # not tell, not than its date, which the event cannot follow (mmp9): no narrative yet
    told[:1] = [None] * len(told[:1])
    for whole, told_at in zip(sentences, told, strict=True):
        candidate = hl.candidate(whole.index, whole.text, work, whole.end)
        # a headline's trailing source tag ("...: officials") names no party to its event
        tag = hl.source_tag_start(whole.text) if candidate else None
        headline = candidate and hl.reason(whole.text, citation=citation) is not None
        for sent in _headline_clauses(whole, tag, date, lex) if headline else [whole]:
            tag = tag if sent is whole else None
            _plan_sentence(sent, tag, candidate, told_at, date, state, lex, pending, document,
                           citation)  # fmt: skip
        document.add(whole.text)
    return str(doc.get("id")), date, pending


def _headline_clauses(
    sent: Any, tag: int | None, date: str | None = None, lex: Any = None
) -> list[Any]:
    """The clauses of a headline (a first line read as one by its form: no final full stop,
    title case, a source tag, a citation; a full sentence ending in a stop is left whole)
    joined by a semicolon, a spaced dash or a colon, each a
    sentence of its own with the headline's index and offsets into the document
    (:func:`headline.clause_parts`), or the headline alone. A trailing source tag stays
    with the whole headline and out of the clauses. Only a headline whose every later clause
    names two parties of its own is cut: one that leans on the first stays with it."""
    body = sent.text[:tag] if tag is not None else sent.text
    parts = hl.clause_parts(body)
    if len(parts) < 2:
        kicker = _cut_kicker(body, date, lex)
        if not kicker:
            return [sent]
        return [Sentence(sent.index, sent.start + kicker, sent.end, sent.text[kicker:])]
    # a later clause that names fewer than two parties of its own leans on the first ("...;
    # TTP claims responsibility", "...; army repels assault"): the headline stays whole
    if any(len(_find_actors(body[s:e], date, DocumentState())) < 2 for s, e in parts[1:]):
        return [sent]
    return [Sentence(sent.index, sent.start + s, sent.start + e, sent.text[s:e]) for s, e in parts]


def _cut_kicker(body: str, date: str | None, lex: Any) -> int:
    """Where the clause after a headline's short kicker starts ("Border clash: Afghan forces,
    FC trade fire"; :func:`headline.kicker_end`), or 0 when the kicker stays: it names an
    actor (a speaker, "Army chief: ...", or a party, "TTP threat: ..."), holds a modality cue
    ("Unconfirmed: ...", "Denied: ...", "Possible deal: ..."; the lexicon's modality lists,
    verbs of saying, doubt and falsity, headline.yaml ``kicker_hedges``), or the clause after
    it names fewer than two parties (it leans on the kicker: "Sehwan bombing: IS claims")
    (heads17: the tagger had read the kicker's verb or noun as the head of the clause)."""
    cut = hl.kicker_end(body)
    if not cut or lex is None or re.search(r"['\"\u2018\u2019\u201c\u201d]", body[:cut]):
        return 0  # a quoted kicker ("'Fake news': X on report that ...") is someone's word
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", body[:cut])}
    stems = words | {re.sub(r"(?:s|ed|d)$", "", w) for w in words}
    if stems & (lex.modality_cue_words | hl.kicker_hedges()):
        return 0
    if _find_actors(body[:cut], date, DocumentState()):
        return 0
    if len(_find_actors(body[cut:], date, DocumentState())) < 2:
        return 0
    return cut


def _plan_sentence(sent: Any, tag: int | None, candidate: bool, told_at: Any,
                   date: str | None, state: DocumentState, lex: Any,
                   pending: list[tuple[Any, list[tuple[int, int, Actor]], dict[str, Any]]],
                   document: Any, citation: bool) -> None:  # fmt: skip
    """Find the actors of one sentence (or headline clause) of :func:`_plan` and queue it
    for parsing when it may hold a dyad; note what it names for the sentences after it."""
    actors = _find_actors(sent.text[:tag], date, state)
    if _bare_anaphor(sent.text[:tag], actors) and state.add_open_actors():
        # "The Zarqani militias attacked a post. They ...": the group only the parse of the
        # sentence before finds is the pronoun's antecedent (gaps52), or the group noun's
        # ("Zarqani gunmen attacked a post. The group's fighters ...": gaps54)
        actors = _find_actors(sent.text[:tag], date, state)
    if state.issuer is None and (state.statement or _WE_OPENING.match(sent.text)):
        # "X declares that ...": X speaks; "We, the mujahideen of X, ..." opens a group's
        # own statement whatever its source type says (walk55)
        state.issuer = _issuer(sent.text, actors, lex)
        if state.issuer is not None:  # "X announces that Y attacked us": us = X already
            actors = actors + _issuer_pronouns(sent.text, state, lex, _free_of(actors))
    if state.issuer is None:
        spoken = _colon_speaker(sent.text, actors)
        if spoken is not None:  # "X spokesman Y: our fighters attacked ...": ours are X's
            actors = actors + _issuer_pronouns(sent.text, state, lex, _free_of(actors), *spoken)
    if candidate:  # "Pakistan: 4 militants killed": a dateline, not a party
        actors = hl.outside_dateline(actors, sent.text)
        actors = hl.outside_origin(actors, sent.text)  # "attack from Afghanistan"
    actors = hl.outside_wire_dateline(actors, sent.text)  # "KABUL, Jan 3 (Reuters) -"
    actors, _why = ctx.contrast_taliban(actors, lex, _resolver().kb)
    actors = written.context_members(actors, state.groups, lex)  # "Arab fighters": AQ if named
    named = _coreference_targets(actors)
    if (
        named >= 2
        or named + open_hints(sent.text, actors) >= 2  # a group the parse may find
        or (named == 1 and _may_imply_agent(sent, date, document, lex, actors))
        or (named == 1 and state.loci > 0)  # "X imposed a curfew in Baghdad"
        # "Z founded X": a person tied to the group stands for it later in the document
        or (named == 1 and _ties_a_person(sent.text, actors, date))
        # "X ended the alliance": a tie an earlier sentence told (SentenceCoder.earlier_ties)
        # ... or "the alliance collapsed in 2013", with no party named at all (lead43)
        or (named <= 1 and bool(pending) and _tie_named_again(lex).search(sent.text))
        # "A U.S. official said talk of a split was premature": a relation told before,
        # doubted or denied (stop 44); whether it is doubted is the coder's one reading of
        # the noun's modality (mechanisms.doubted_relation_told_before)
        or (named <= 1 and bool(pending) and _relation_named(lex).search(sent.text) is not None)
        or (named == 1 and bool(pending) and _act_named_again(lex).search(sent.text))
        # "Payments then stopped": an end of the funding told before (fix63,
        # mechanisms.ended_funding_told_before)
        or (named <= 1 and bool(pending) and _flow_ended(lex).search(sent.text) is not None)
        or bool(ties.went_on_names(sent.text))
    ):
        where = {
            "document": document,
            "headline_candidate": candidate,
            "citation": citation,
            "told_at": told_at,
        }
        pending.append((sent, actors, where))
    state.note_sentence(sent.text, actors, lex.anaphoric_nouns, lex.appositive_group_nouns)
    hinted = open_hints(sent.text, actors) > 0
    state.open_pending = (sent.text, list(actors), date) if hinted else None


def _bare_anaphor(text: str, actors: list[tuple[int, int, Actor]]) -> bool:
    """Does ``text`` hold a third-person pronoun ("they", "it", "their", "its", "them";
    gaps52) or a definite group noun ("the group", "the group's", "the militia"; gaps54)
    that no actor stands on (no antecedent found for it)?"""
    return any(not any(s <= m.start() < e for s, e, _a in actors) for m in _COREF.finditer(text))


def _flow_ended_pattern(lex: Any) -> re.Pattern[str]:
    """A noun of money given (cues.yaml ``flow_nouns``) and, within three words, a form of a
    verb that ends a flow (``flow_ending_verbs``): "payments then stopped", "the funding dried
    up" (fix63; the coder reads the parse)."""
    nouns = "|".join(sorted(map(re.escape, lex.flow_nouns), key=len, reverse=True))
    stems = sorted({v[:-1] if v[-1:] in "ey" else v for v in lex.flow_ending_verbs})
    verbs = "|".join(map(re.escape, stems))
    return re.compile(rf"(?i)\b(?:{nouns})\b(?:\s+\w+){{0,3}}?\s+(?:{verbs})\w*")


_flow_ended: Derived[Any, re.Pattern[str]] = Derived(_flow_ended_pattern)


def _relation_nouns(lex: Any) -> str:
    """The lexicon's relation nouns that hold between two parties (a reciprocal or symmetric
    frame: alliance, merger, split, truce) as a regex alternation, longest first."""
    nouns = sorted((n for n, e in lex.nouns.items()
                    if e.get("frame") in ("reciprocal", "symmetric") and n.isalpha()),
                   key=len, reverse=True)  # fmt: skip
    return "|".join(nouns)


def _tie_again_pattern(lex: Any) -> re.Pattern[str]:
    """A relation noun of the lexicon (a reciprocal or symmetric frame: alliance, merger,
    truce) after "the", "this", "that", "its" or "their": a tie named again."""
    nouns = _relation_nouns(lex)
    return re.compile(rf"(?i)\b(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:{nouns})\b")


_tie_named_again: Derived[Any, re.Pattern[str]] = Derived(_tie_again_pattern)


def _relation_named_pattern(lex: Any) -> re.Pattern[str]:
    """A relation noun of the lexicon that holds between two parties (a reciprocal or
    symmetric frame: split, rift, alliance, merger) after an article or determiner."""
    nouns = _relation_nouns(lex)
    return re.compile(rf"(?i)\b(?:a|an|any|the|this|that)\s+(?:\w+\s+)?(?:{nouns})\b")


_relation_named: Derived[Any, re.Pattern[str]] = Derived(_relation_named_pattern)


def _act_again_pattern(lex: Any) -> re.Pattern[str]:
    """An act noun of cues.yaml ``answered_act_nouns`` after "the", "this" or "that" ("rejected the
    appointment"): an act an earlier sentence may have told (mechanisms.answered_acts); or an
    act of violence of ``answered_violence_nouns`` ("condemned the strike": gaps65,
    mechanisms.answered_violence)."""
    nouns = sorted({*lex.answered_act_nouns, *lex.answered_violence_nouns}, key=len, reverse=True)
    return re.compile(rf"(?i)\b(?:the|this|that)\s+(?:{'|'.join(map(re.escape, nouns))})s?\b")


_act_named_again: Derived[Any, re.Pattern[str]] = Derived(_act_again_pattern)


def _ties_a_person(text: str, actors: list[tuple[int, int, Actor]], date: str | None) -> bool:
    """Does the sentence tie a person it names to a group ("Z founded X", "X, led by Z"), or
    deny such a tie ("X, not led by Z")? Such a sentence is parsed even with one group in
    it, so that the document's later mentions of the person stand for the group, or not
    (mmp7: the planner used to drop it)."""
    if ties.tells_a_becoming(text):  # "His faction later became the Y"
        return True
    if not any(a.type == "person" for _s, _e, a in actors) and not ties.went_on_names(text):
        return False
    denied: dict[str, set[str]] = {}  # "Y, not led by Z": Z's later mentions are not Y
    found = ties.find_ties([(text, actors)], ties.group_resolver(_resolver(), date), denied)
    return bool(found or denied)


def _with_person_ties(
    pending: list[Any],
    plans: list[Any],
    *,
    memory: CorpusMemory | None = None,
    texts: dict[str, str] | None = None,
    taught: dict[str, dict[str, Any]] | None = None,
) -> list[Any]:
    """Each document's sentences with the persons it ties to a group standing for that group
    (:mod:`riftwatch.nlp.ties`: "X, the leader of Y", "X's Y", "X founded Y"); with a corpus
    ``memory``, also the persons other documents tie, where this one ties them to nothing
    (a person the knowledge base places in a group then keeps it)."""
    out = []
    items = iter(pending)
    for doc_id, date, planned in plans:
        mine = [next(items) for _item in planned]
        denied: dict[str, set[str]] = {}
        found = ties.find_ties(
            [(sent.text, actors) for sent, actors, _w in mine],
            ties.group_resolver(_resolver(), date),
            denied,
        )
        if taught is not None:  # what learn_batch reads: the sentences that may teach
            teaching = taught.setdefault(doc_id, {}).get("teaching", [])
            taught[doc_id]["ties"] = _open_ties(
                ties.find_ties(teaching, ties.group_resolver(_resolver(), date), {}), teaching
            )
            taught[doc_id]["persons"] = frozenset(a.person or a.name for _t, actors in teaching
                                                  for _a, _b, a in actors
                                                  if ties._is_person(a))  # fmt: skip
        if memory:
            text = (texts or {}).get(doc_id, "")
            # a known person keeps the knowledge base's group; one it gives no group at
            # this date takes what the corpus ties him to (names24)
            kb_persons = {sent.text[s:e] for sent, actors, _w in mine for s, e, a in actors
                          if ties.kb_grouped(a)}  # fmt: skip
            told = memory.ties_for(doc_id, date)
            remembered = {n: g for n, g in told.items()
                          if n in text and n not in kb_persons}  # fmt: skip
            remembered = _not_kb_grouped(remembered, told, date)
            found = merge_ties(found, denied, remembered, set(remembered))
        out += [
            (sent, ties.units_of(sent.text, ties.apply(sent.text, actors, found, denied)), where)
            for sent, actors, where in mine
        ]
    return out


def _not_kb_grouped(
    remembered: dict[str, Actor], told: dict[str, Actor], date: str | None
) -> dict[str, Actor]:
    """``remembered`` without the names of a known person the knowledge base places in a
    group at ``date``: a remembered tie fills in for the knowledge base only where it gives
    the person no group then ("Bemba's guards" of a year the knowledge base has him in
    the government stay the government's, though another document tied him to his rebel
    movement; names24). The person's full name, told with the tie, is what the knowledge
    base is asked about: his surname alone is often no name of it."""
    fulls = {f for f in told if " " in f and any(n in ties._names(f) for n in remembered)}
    resolver = _resolver()
    exactly = getattr(resolver, "may_match_exactly", None)
    grouped = set()
    for full in fulls:
        if exactly is not None and not exactly(full):
            continue  # no knowledge-base name: an open person
        res = resolver.resolve(full, date, full)
        if res.unresolved or res.actor is None or res.actor.type != "person":
            continue
        org = res.organization
        if org is not None and org.id != res.actor.id and not org.id.startswith("person:"):
            grouped |= ties._names(full)
    return {n: g for n, g in remembered.items() if n not in grouped}


def _learn_initials(
    text: str, actors: list[tuple[int, int, Actor]], known: dict[str, Actor]
) -> None:
    """Letters the knowledge base's names give, read in this sentence where its document names
    the group's country or a group of it ("the FNLA, the MPLA and UNITA" after "the National
    Front for the Liberation of Angola"), stand for that group in the corpus's other documents
    too, which may name no country (lead46): into ``known``, a document's lesson, unless the
    document defines the letters otherwise. Three letters or more."""
    for start, end, actor in actors:
        if actor.how == INITIALS_OF_KNOWN and end - start >= 3:
            known.setdefault(text[start:end], actor)


def _taught(text: str, actors: list[tuple[int, int, Actor]], known: dict[str, Actor]) -> Any:
    """A teaching sentence read for its document's lesson: the acronyms it defines and the
    knowledge base's initials it reads (:func:`_learn_initials`) go into ``known``, sentence by
    sentence, as :func:`learn_batch` and the coding pass both read them; returns its actors with
    the acronyms known so far standing for their groups."""
    applied = acronyms.apply(text, actors, known)
    _learn_initials(text, applied, known)
    return applied


def _with_acronyms(
    pending: list[Any],
    plans: list[Any],
    *,
    memory: CorpusMemory | None = None,
    texts: dict[str, str] | None = None,
    taught: dict[str, dict[str, Any]] | None = None,
) -> list[Any]:
    """Each document's sentences in order, with the acronyms it defines standing for their
    actors (:mod:`riftwatch.nlp.acronyms`), once the parse has added its open actors; with a
    corpus ``memory``, also the acronyms the other documents define (the same way in every
    document that defines them)."""
    out = []
    items = iter(pending)
    for doc_id, _date, planned in plans:
        known: dict[str, Actor] = {}
        if memory:
            text = (texts or {}).get(doc_id, "")
            known = {a: x for a, x in memory.acronyms_for(doc_id).items() if a in text}
        fresh: dict[str, Actor] = {}  # what learn_batch reads, for the lessons
        teaching = []
        for _item in planned:
            sent, actors, where = next(items)
            if taught is not None and may_teach(sent.text):
                teaching.append((sent.text, _taught(sent.text, actors, fresh)))
            out.append((sent, acronyms.apply(sent.text, actors, known), where))
        if taught is not None:  # the document's own definitions, not the remembered ones
            taught[doc_id] = {"acronyms": as_lesson_acronyms(fresh), "teaching": teaching}
    return out


def code_sentence(sdoc: Any, sent: Any, actors: list[tuple[int, int, Actor]], doc_id: str,
                  date: str | None, lex: Any, *, document: Any = None,
                  headline_candidate: bool = False, citation: bool = False,
                  prepared: tuple[Any, ...] | None = None,
                  told_at: str | None = None) -> list[Coded]:  # fmt: skip
    """The events of one parsed sentence.

    ``document`` (a :class:`riftwatch.nlp.context.DocumentPlaces`) knows the countries the
    document named before this sentence; ``headline_candidate`` says that the sentence may be
    the document's headline (first, short, on a line of its own), and ``citation`` that the
    document carried an ``Outlet,date,`` citation prefix. ``prepared`` is what
    :func:`prepare` made of the sentence, when the caller has already done it.
    """
    resolver = _resolver()
    # the places the sentence names matter to two rules only: look for them when they apply
    implies = bool(_implied_words(lex).search(sent.text))
    bare = any(ctx.is_bare_taliban(a.mention, lex) for _s, _e, a in actors)
    places = ctx.places_in(sent.text, date, resolver) if implies or bare else []
    if prepared is None:
        actors = with_open_actors(sdoc, sent.text, actors, date)
        prepared = prepare(sdoc, sent.text, actors, lex, headline_candidate=headline_candidate,
                           citation=citation)  # fmt: skip
    sdoc, actors, headline, notes = prepared
    actor_of: dict[int, Actor] = {}
    against: dict[int, Actor] = {}  # "the anti-Taliban offensive": whom it is against
    for start, end, actor in sorted(actors, key=lambda x: x[0] - x[1]):  # longest first
        if _PRO_ANTI.search(sent.text[max(0, start - 6) : start]):
            if sent.text[max(0, start - 5) : start].lower() == "anti-":
                span = sdoc.char_span(start, end, alignment_mode="expand")
                against.update({tok.i: actor for tok in span or ()})
            continue  # "anti-Taliban militiamen", "pro-government fighters": not that actor
        span = sdoc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            actor_of.setdefault(tok.i, actor)
    notes += ctx.rebind_possessives(sdoc, actor_of, lex.one_member_nouns, lex.sequel_adverbs)
    notes += written.attackers_struck_back(sdoc, actor_of, lex)
    notes += clauses.members_by_belonging(sdoc, actor_of, _fighter_nouns())
    notes += clauses.people_by_belonging(
        sdoc, actor_of, _fighter_nouns() | lex.partitive_people, lex
    )
    notes += clauses.fronted_subject(sdoc, actor_of)
    notes += clauses.speaker_pronouns(sdoc, actor_of, lex.speech, load_agents().is_media)
    implied = None
    if implies:
        earlier = document.countries(sent.index) if document is not None else []
        country = ctx.operation_country(places, earlier, actors, lex, resolver.kb, sent.text)
        implied = ctx.implied_agent(country, lex, resolver.kb)
    coder = SentenceCoder(lex, sdoc, actor_of, headline=bool(headline), implied=implied)
    coder.date = date
    if document is not None:
        coder.earlier_ties = document.ties
        coder.earlier_acts = document.acts
    coder.against = {i: a for i, a in against.items() if i not in actor_of}
    events = coder.run()
    events += learned.propose(sdoc, actor_of, events, lex, headline=bool(headline), doc_id=doc_id)
    if document is not None:  # acts a later "the alliance", "the pledge" may name again
        document.tell(events)
    if not events:
        return []
    claimed = {id(e) for e in hl.claimed_attacks(events, sdoc, actor_of)} if headline else set()
    if not headline:  # "A bomb killed P, and the TTP claimed the killing" (written47)
        written.claimed_earlier_attacks(
            events, sdoc, actor_of, lex,
            lambda tok: modality_of(tok, "ASSAULT", lex, actor_of=actor_of).value == "asserted",
        )  # fmt: skip
    events += hl.repelled_attacks(events)  # "repel Taliban attack": the Taliban attacked
    if headline:  # "8 Taliban killed as Afghan forces repulse attack": both ways (heads22)
        events += hl.toll_repelled_attacks(events, sdoc, actor_of)
    events = hl.beaten_off_places(events)  # "repel Taliban attack on Kunduz": no party Kunduz

    def counts(event: Event) -> bool:  # no imagined act places a bare Taliban (precision24)
        found = modality_of(event.trigger, event.event_type, lex, source_key=event.source.key(),
                            actor_of=actor_of, headline=bool(headline))  # fmt: skip
        return found.value not in _IMAGINED

    notes += ctx.taliban_abroad(events, actor_of, places, lex, resolver.kb)
    notes += ctx.governing_party(events, actor_of, date, resolver.kb)
    notes += ctx.taliban_inside(events, actor_of, places, date, lex, resolver.kb, counts)
    attribution = attribution_of(sdoc, lex)
    speaker = None
    earlier = document.speaker_before(sent.index) if document is not None else None
    # "The detainee said ... He stated that ...": the speaker named before, with this
    # sentence's own channel
    rebound = None
    if earlier is not None:
        rebound = {k: v for k, v in earlier.items() if k not in ("channel", "skeptical")}
        if attribution.channel:
            rebound["channel"] = attribution.channel
    if attribution.pronoun and attribution.speaker is None and earlier is None:
        attribution.verb = None  # "He stated that ..." with nobody named before: the reporter's
    if attribution.speaker_tokens is not None and not attribution.pronoun:
        attribution.speaker_tokens = _whole_mentions(attribution.speaker_tokens, actor_of)
        attribution.speaker = _speaker_name(attribution.speaker_tokens)
    if attribution.speaker:
        speaker = {"name": attribution.speaker, "id": None}  # CONTRACT: {"id", "name"}
        ids = [actor_of[t.i] for t in (attribution.speaker_tokens or []) if t.i in actor_of]
        if ids:
            led = _led_group(attribution.speaker_tokens, ids[0], actor_of, lex)
            speaker["id"] = (led or ids[0]).org_id or (led or ids[0]).id
            speaker["organization"] = (led or ids[0]).org_name
        if attribution.channel:
            speaker["channel"] = attribution.channel
        if attribution.skeptical:
            speaker["skeptical"] = attribution.skeptical
    if attribution.pronoun and rebound is not None:
        speaker = dict(rebound)  # and this sentence's skepticism
        if attribution.skeptical:
            speaker["skeptical"] = attribution.skeptical
    elif speaker is not None and document is not None and not attribution.pronoun:
        document.heard(sent.index, speaker)
    speaking = next((actor_of[t.i] for t in (attribution.speaker_tokens or []) if t.i in actor_of),
                    None)  # fmt: skip
    notes += clauses.speaker_own_agents(events, speaking, actor_of, resolver.kb, _bare_body)
    coded = []
    for event in events:
        event.why.extend(n for n in notes if n not in event.why)
        mod = modality_of(event.trigger, event.event_type, lex, source_key=event.source.key(),
                          actor_of=actor_of, headline=bool(headline))  # fmt: skip
        if (
            mod.distancing
            and written.distanced_other_side(event, actor_of)
            and not mechanisms.broken_truce(lex, event.trigger)  # over for both (gaps62)
        ):
            continue  # "X is reluctant to meet Y": Y does not distance itself from X
        if _unended_relation(event, mod, lex):
            continue  # "X did not end its alliance with Y": no negated alliance (the ending is)
        if _branch_of_a_post(event, lex):
            continue  # "replaced P as leader of its branch": the post's place, no tie
        if _counted_surrender(event, lex):
            continue  # "15 X militants surrender to the army": members' yield, not X's (heads18)
        yielded = _yielded_weapons(event, lex)
        if yielded == "drop":
            continue  # "surrendered their weapons to Y": the surrender's RETREAT, no AID
        if yielded == "disarm":
            event.event_type, event.mode = "RETREAT", "disarm"
            event.why.append(f"own weapons given up on '{event.trigger.head.text}': disarm")
        if mod.distancing and _third_party_participle(event):
            mod = Modality(mod.value, mod.cue, cue_token=mod.cue_token)  # (bugs37)
            event.why.append(f"'{event.trigger.text}' a third party's: '{mod.cue}' ends "
                             "the talks, not its part")  # fmt: skip
        if mod.distancing:
            event.event_type, event.mode = "REJECT", "shunning"
            event.why.append(f"reluctance '{mod.cue}' over cooperation: distancing (REJECT)")
        mod = withdrawal(event, mod, lex, actor_of, headline=bool(headline))
        if event.intended and mod.value == "asserted":
            mod = Modality("future", event.trigger.text)  # an offer or plan made: intended
        event.modality = mod.value
        if id(event) in claimed and mod.value == "uncertain" and mod.cue in _CLAIM_CUES:
            event.modality = "asserted"  # the claimant's own attack (headline.claimed_attacks)
            event.why.append(f"asserted: '{mod.cue}' claims the claimant's own attack")
        at = frozenset(i for i, a in actor_of.items() if a.key() == event.source.key())
        refused = refused_in_future(event.trigger, event.event_type, mod, lex, at)
        if refused is not None:
            # "X will not release Y's prisoners": a refusal made now (peers21)
            event.event_type, event.mode, event.modality = "REJECT", refused, "asserted"
            event.why.append(f"'{mod.cue} {event.trigger.text}' in the future: refusal (REJECT)")
        entry = lex.verbs.get(event.trigger.lemma_.lower()) or {}
        if entry.get("rejected_when_negated") and mod.value == "negated":
            # "Taliban hosts no longer want them": not wanting a group is rejecting it
            event.event_type, event.mode, event.modality = "REJECT", "shunning", "asserted"
            event.why.append(f"'{mod.cue} {event.trigger.text}': rejection (REJECT)")
        if mod.cue and not mod.distancing:
            event.why.append(f"modality {mod.value}: cue '{mod.cue}'")
        undone = clauses.undone_by_restatement(event, sdoc, lex, actor_of)  # "..., foiled"
        if undone is not None:
            event.modality = undone[0]
            event.why.append(undone[1])
        ruled_out = written.contrasted_party(event, actor_of, lex)  # "from A, not from B"
        if ruled_out is not None and event.modality == "asserted":
            event.modality = "negated"
            event.why.append(ruled_out)
        dated = timemod.event_date(sent.text, date, anchor=event.trigger.idx)
        when, precision, expression = dated.value, dated.precision, dated.text
        earlier = _background_before(event.trigger, dated)
        if earlier is not None:
            # "Since 2020 X and Y have fought, ending a truce in which the two had
            # cooperated": a past perfect in a relative clause is told as before the time of
            # the clause it hangs on (lead45)
            event.why.append(f"date: '{event.trigger.text}' told as before {when}")
            when, precision = earlier
        if precision == "reported" and expression and timemod.sequence_shift(expression):
            # "In April 2020 X attacked Y, and Y struck back the following month": the date
            # this sentence gave before the expression is what it follows
            before = sent.text[: max(0, sent.text.find(expression))]
            told_at = timemod.narrative_dates([before, ""], told_at)[1] if before else told_at
        moved = (
            timemod.sequence_date(expression, told_at)
            if precision == "reported"
            and not (told_at == date and timemod.anchored_on_object(sent.text, expression))
            else None
        )
        if moved is not None:  # "two years later": after the date the narrative reached
            when, precision = moved
            event.why.append(f"date: '{expression}' after {told_at}")
        later = (precision != "reported" and _after(when, date)) or bool(
            expression and _FUTURE_TIME.search(expression)
        )
        if (
            event.modality == "asserted"
            and later
            and not _past_tense(event.trigger)
            and not (headline and not (expression and _FUTURE_TIME.search(expression)))
        ):  # a headline tells the past in the present tense
            event.modality = "future"  # "talks are scheduled for next week"
            event.why.append(f"modality future: '{expression}' is after the report")
        said_by = (
            _speaker_of_cue(mod, actor_of, event, lex)
            or (speaker if attribution.covers(event.trigger) else None)
            or _reported(event, lex)
        )
        if said_by and rebound and str(said_by.get("name", "")).lower() in _PERSONAL:
            said_by = dict(rebound)  # "He denied that ...": the speaker named before
        if mod.doubted and event.modality == "uncertain":
            # "a U.S. official said it was wishful thinking to believe that X had turned
            # against Y": the speaker (or, none named, the reporter) doubts the event; the
            # attribution keeps the word of disbelief (analysis: counter-evidence)
            said_by = {**(said_by or {"name": None, "id": None}), "doubted": mod.cue}
        event.strength = learned.strength(event, _confidence(event, attribution))
        confidence = lexmod.calibrated(event.strength)
        coded.append(Coded(doc_id, sent.text, sent.index, sent.start, sent.end, event, said_by,
                           when, precision, confidence, event.why,
                           headline=bool(headline)))  # fmt: skip
    return coded


def prepare(
    sdoc: Any,
    text: str,
    actors: list[tuple[int, int, Actor]],
    lex: Any,
    *,
    headline_candidate: bool = False,
    citation: bool = False,
) -> tuple[Any, ...]:
    """(parse, actors, headline reason or None, notes) of a sentence before coding: headline
    mode (:mod:`riftwatch.nlp.headline`), the Taliban named beside the TTP, parse repair."""
    return prepare_many([(sdoc, text, actors, headline_candidate, citation)], lex)[0]


def prepare_many(items: list[tuple[Any, str, list[tuple[int, int, Actor]], bool, bool]],
                 lex: Any) -> list[tuple[Any, ...]]:  # fmt: skip
    """:func:`prepare` for ``(sdoc, text, actors, headline_candidate, citation)`` items, with
    the repairs' parses batched."""
    kb = _resolver().kb
    staged, repairs = [], []
    for sdoc, text, actors, candidate, citation in items:
        headline = (
            hl.reason(text, citation=citation, sdoc=sdoc, events=lex.verbs) if candidate else None
        )
        notes = [f"headline mode: {headline}"] if headline else []
        if headline:  # "...: officials", "... - police": the reporter, not a party
            actors = hl.outside_source_tag(actors, text)
        if candidate:  # "Chaman: Afghan forces fire ...": the parse's open actors too
            actors = hl.outside_dateline(actors, text)
            actors = hl.outside_origin(actors, text)  # "attack from Afghanistan"
        actors = hl.outside_wire_dateline(actors, text)
        actors, contrast = ctx.contrast_taliban(actors, lex, kb)
        notes += contrast
        names = [(s, e) for s, e, a in actors if not a.how.startswith("coreference")]
        adjectival = {(s, e) for s, e, a in actors if a.type in ("country", "place")}
        staged.append((actors, headline, notes))
        repairs.append((sdoc, names, bool(headline), adjectival))
    out = []
    for (actors, headline, notes), (sdoc, repaired) in zip(
        staged,
        hl.repair_many(
            repairs,
            nlp=nlp(),
            events=_repair_verbs(lex),
            reporting=_reporting_verbs(lex),
            mandative=frozenset(lex.modality.get("hypothetical", ())),
        ),
        strict=True,
    ):
        if repaired:
            notes.append(f"parse repaired: {repaired}")
        moved = sdoc.user_data.get("moved_name")
        if moved is not None:
            # "The Quetta shura, meeting in secret, named P ...": the subject was parsed as
            # "It" right before its verb (headline._verbless_subject_form); its name's actor
            # moves there, and names blanked with the phrase before the verb are gone
            (old_s, old_e), (new_s, new_e) = moved
            subject = [a for s, e, a in actors if (s, e) == (old_s, old_e)]
            actors = [(s, e, a) for s, e, a in actors if s >= new_e or e <= sdoc[0].idx]
            actors += [(new_s, new_e, a) for a in subject[:1]]
            notes.append("a subject before an interposed phrase parsed as 'It' before its verb")
        lemmas = hl.fix_lemmas(sdoc, _known_verbs(lex))
        if lemmas:
            notes.append(f"lemma repaired: {', '.join(lemmas)}")
        out.append((sdoc, actors, headline, notes))
    return out


_GO_BETWEEN_AFTER = re.compile(r"(?:'s|\u2019s)?\s+([\w-]+)")
_GO_BETWEEN_BEFORE = re.compile(r"([\w-]+)\s+(?:from|of)\s+(?:the\s+)?$")


def _go_between_party(text: str, start: int, end: int, lex: Any) -> bool:
    """Is the party named at ``text[start:end]`` the owner of go-betweens (cues.yaml
    ``go_between_nouns``): "mediators from Algeria", "Algerian mediators", "Qatar's envoy"
    (fix62)? Such a party stands between the sides, never for one of them.

    >>> from riftwatch.nlp.lexicon import load
    >>> _go_between_party("Mediators from Algeria urged both sides", 15, 22, load())
    True
    >>> _go_between_party("Algeria urged both sides", 0, 7, load())
    False
    """
    words = text[start:end].split()
    if len(words) > 1 and words[-1].lower() in lex.go_between_nouns:
        return True  # the mention is the go-betweens themselves ("Algerian mediators")
    after = _GO_BETWEEN_AFTER.match(text, end)
    if after is not None and after.group(1).lower() in lex.go_between_nouns:
        return True
    before = _GO_BETWEEN_BEFORE.search(text[max(0, start - 40) : start])
    return before is not None and before.group(1).lower() in lex.go_between_nouns


def _state_party(actor: Actor, text: str, start: int) -> bool:
    """True when ``actor`` is a state actor named as a party, not as a place: "talks between
    Pakistan and the TTP" (a party), "clashed in Pakistan" (a place).

    >>> a = Actor(id="c:PAK", name="Pakistan", mention="Pakistan", type="country")
    >>> _state_party(a, "talks between Pakistan and X", 14)
    True
    >>> _state_party(a, "they clashed in northwest Pakistan", 26)
    False
    """
    if actor.type not in ctx.STATE_TYPES:
        return False
    return not ctx._locative().search(text[:start])  # noqa: SLF001


def _third_party_participle(event: Event) -> bool:
    """Is ``event`` a third party's part told by a participle on the noun of the talks or
    deal it served ("the Syrian-brokered talks collapsed", "the Qatari-mediated truce broke
    down": Syria brokered, Qatar mediated)? Reluctance over the talks ("collapsed") is the
    sides' distancing from each other, never the mediator's from them (bugs37)."""
    trigger = event.trigger
    return (
        event.mode == "mediation"  # (CONSULT since gaps52, as PLOVER codes mediation)
        and trigger.dep_ == "amod"
        and trigger.tag_ == "VBN"
    )


def _unended_relation(event: Event, mod: Any, lex: Any) -> bool:
    """A cooperative relation noun under a verb that would end it, where the ending itself
    is not asserted: "X did not end / never cut its alliance with Y", "there is no sign
    that X cut ties with Y", "X may have cut ties with Y", "X denied cutting ties with Y".
    The relation is not negated (or doubted) by what governs the ending: the ending's
    REJECT carries that modality, so the noun yields no event of its own, which the rift
    model would otherwise read as evidence of a break. Only an asserted ending ("X cut ties
    with Y") makes the relation negated, and that reading (cue: the ending verb) is kept.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.modality import Modality
    >>> from types import SimpleNamespace
    >>> doc = nlp()("There is no sign that the Taliban cut ties with the TTP.")
    >>> ties = next(t for t in doc if t.lower_ == "ties")
    >>> event = SimpleNamespace(trigger=ties, event_type="COOPERATE")
    >>> _unended_relation(event, Modality("negated", "no"), load())
    True
    >>> _unended_relation(event, Modality("negated", "cut"), load())
    False
    """
    trigger = event.trigger
    verb = trigger.head
    if not (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in ("dobj", "obj")
        and event.event_type in ("COOPERATE", "AID", "SUPPORT", "AGREE")
        and verb.pos_ == "VERB"
        and ends_relation(verb, trigger, lex)  # "cut", "severed", "ended"
    ):
        return False
    if mod.value == "asserted":
        return False
    return not (mod.value == "negated" and (mod.cue or "").lower() == verb.text.lower())


def _branch_of_a_post(event: Event, lex: Any) -> bool:
    """A part noun of a group (events.yaml entries with ``possessor_is_partner``: "branch",
    "wing", "affiliate") in the "of" phrase of a post held "as" ("X replaced P as leader of
    its West African branch", "X named P as head of its Yemeni branch"; cues.yaml
    ``post_nouns``): the branch says where the post is, no tie between the verb's subject and
    the branch's owner or the post's former holder (gaps59). The appointment, when the verb
    makes one, is the verb's own event.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from types import SimpleNamespace
    >>> doc = nlp()("The group replaced Shekau as leader of its West African branch.")
    >>> _branch_of_a_post(SimpleNamespace(trigger=doc[10], event_type="COOPERATE"), load())
    True
    """
    trigger = event.trigger
    if event.event_type != "COOPERATE" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    entry = lex.noun_entry(trigger) or {}
    if not entry.get("possessor_is_partner") or trigger.head.lower_ != "of":
        return False
    post = trigger.head.head
    if post.lemma_.lower() not in lex.post_nouns or post.dep_ != "pobj":
        return False
    return post.head.lower_ == "as"


_OWNING_WORDS = frozenset({"their", "its", "his", "her", "our", "own"})


_STATE_FORCE_TYPES = frozenset(
    {"country", "military", "government", "police", "intelligence", "igo"}
)


def _counted_surrender(event: Event, lex: Any) -> bool:
    """A surrender (RETREAT, mode disarm) whose subject is a counted number of a group's
    members, which codes no RETREAT of the group (heads18; lexicon README, Surrender): a
    cardinal number on the subject ("15 X militants surrender to the army", "X commander,
    9 others surrender") or a noun of a rough count (cues.yaml ``member_count_nouns``:
    "dozens of X fighters surrender"), or one member named by "a" or "one" ("a senior X
    commander surrendered", gaps60). The group as a whole ("X surrenders to the army"),
    members not counted ("X fighters surrender") and a state's counted troops ("some 400
    junta soldiers surrendered to Y", gaps57: a state's force yields as the state) keep
    their RETREAT.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from types import SimpleNamespace
    >>> doc = nlp()("15 TTP militants surrender to security forces in Khyber")
    >>> _counted_surrender(SimpleNamespace(trigger=doc[3], event_type="RETREAT",
    ...                                    mode="disarm"), load())
    True
    >>> doc = nlp()("TTP militants surrender to security forces in Khyber")
    >>> _counted_surrender(SimpleNamespace(trigger=doc[2], event_type="RETREAT",
    ...                                    mode="disarm"), load())
    False
    """
    if event.event_type != "RETREAT" or event.mode != "disarm":
        return False
    if getattr(getattr(event, "source", None), "type", None) in _STATE_FORCE_TYPES:
        return False  # "some 400 junta soldiers surrendered to Y": the state's yield (gaps57)
    verb = event.trigger
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for noun in (subject, *subject.conjuncts):
            if noun.lower_ in lex.member_count_nouns:
                return True
            if any(c.dep_ == "nummod" and c.like_num for c in noun.children):
                return True
            if noun.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in noun.children
            ):  # "a senior X commander surrendered": one man's yield (gaps60)
                return True
    return False


def _yielded_weapons(event: Event, lex: Any) -> str | None:
    """An AID of weapons that is a party giving up its own arms (gaps59): a weapons noun
    (events.yaml AID mode weapons) as the object of a verb of cues.yaml
    ``weapon_yielding_verbs`` ("surrendered / handed over / gave up their weapons to Y").
    "drop" when the verb codes the RETREAT itself ("surrender"), "disarm" when the event is
    to be read as RETREAT disarm (the weapons the giver's own: "their", "its", "own"), else
    None ("X handed over weapons to Y" stays arms supply).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from types import SimpleNamespace
    >>> doc = nlp()("The fighters handed over their weapons to the army.")
    >>> _yielded_weapons(SimpleNamespace(trigger=doc[5], event_type="AID"), load())
    'disarm'
    >>> doc = nlp()("Iran handed over weapons to the rebels.")
    >>> _yielded_weapons(SimpleNamespace(trigger=doc[3], event_type="AID"), load()) is None
    True
    """
    if event.event_type != "AID":
        return None
    trigger = event.trigger
    if trigger.pos_ in ("VERB", "AUX"):
        verb = trigger
        weapons = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    else:
        verb, weapons = trigger.head, trigger
    if weapons is None or weapons.dep_ not in ("dobj", "obj") or weapons.head.i != verb.i:
        return None
    entry = lex.noun_entry(weapons) or {}
    if entry.get("type") != "AID" or entry.get("mode") != "weapons":
        return None
    lemma = verb.lemma_.lower()
    phrases = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    if not phrases & lex.weapon_yielding_verbs:
        return None
    if (lex.verbs.get(lemma) or {}).get("type") == "RETREAT":
        return "drop"
    owned = any(c.lower_ in _OWNING_WORDS for c in weapons.children if c.dep_ in ("poss", "amod"))
    return "disarm" if owned else None


_PERSONAL = frozenset({"he", "she", "they"})
_PRO_ANTI = re.compile(r"(?i)\b(?:pro|anti)-$")
_CLAIM_CUES = frozenset({"claim", "claims", "claimed", "Claim", "Claims", "Claimed"})
_KNOWN_VERBS: dict[str, frozenset[str]] = {}


_POSSESSIVE_END = re.compile(r"['\u2019]s?\s+$")
_NON_STATE = frozenset({"armed_group", "faction", "shura", "party", "organization", "person"})


def _owned_by_group(text: str, start: int, found: list[tuple[int, int, Any]]) -> bool:
    """True when the word at ``start`` is owned by a possessive of a non-state actor the
    sentence names right before it ("the Taliban's military chief", "the group's military
    commission"): a state word owned by an armed group is that group's own, no state's
    forces (written round 13).

    >>> from riftwatch.nlp.code import Actor
    >>> g = Actor(id="org:t", name="Afghan Taliban", mention="Taliban", type="armed_group")
    >>> text = "Baradar, the Taliban's military chief, was arrested."
    >>> _owned_by_group(text, text.index("military"), [(13, 20, g)])
    True
    >>> _owned_by_group("Pakistan's military struck.", 11, [])
    False
    """
    m = _POSSESSIVE_END.search(text, 0, start)
    if m is None or m.end() != start:
        return False
    return any(e == m.start() and a.type in _NON_STATE for _s, e, a in found)


def _repair_verbs(lex: Any) -> frozenset[str]:
    """Verb lemmas whose misparsed headline the repair mends: the lexicon's event verbs and
    the verbs that mechanisms code without a lexicon entry (cues.yaml ``summoning_verbs``,
    ``reception_verbs``: "Pakistan summons US envoy" had read "Pakistan summons" as one
    noun phrase; heads11), ``sharing_verbs`` ("X shared smuggling networks with Y" read as
    one noun phrase; lead46), ``abolishing_verbs`` ("Troops bust IS hideout" read as one noun
    phrase; heads20)."""
    return (
        frozenset(lex.verbs)
        | frozenset(lex.summoning_verbs)
        | frozenset(lex.reception_verbs)
        | frozenset(lex.sharing_verbs)
        | frozenset(lex.abolishing_verbs)
    )


def _reporting_verbs(lex: Any) -> frozenset[str]:
    """Lemmas of verbs of saying and of suspecting (cues.yaml speech, and the uncertain
    modality cues), which a parse may read as a plural noun after a name ("Afghan
    intelligence suspects that X ..."; :func:`headline.repair_many`)."""
    return frozenset(lex.speech) | frozenset(lex.modality.get("uncertain", ()))


def _describes_relation_noun(text: str, end: int, lex: Any) -> bool:
    """True when the word ending at ``end`` is followed by a relation noun that names its
    partner by a possessive or an 'of' phrase (events.yaml nouns with possessor_is_partner:
    wing, arm, branch, ally...): "the military wing of Y" is a kind of wing, not a country's
    military (mmp12).

    >>> from riftwatch.nlp.lexicon import load
    >>> _describes_relation_noun("served as the military wing of Y", 22, load())
    True
    >>> _describes_relation_noun("the military attacked Y", 12, load())
    False
    """
    m = re.match(r"\s+([A-Za-z-]+)\b", text[end:])
    if m is None:
        return False
    entry = lex.nouns.get(m.group(1).lower()) or {}
    return bool(entry.get("possessor_is_partner"))


def _known_verbs(lex: Any) -> frozenset[str]:
    """Every verb lemma the lexicon can act on (own, light, speech and base dictionary)."""
    if lex.version not in _KNOWN_VERBS:
        base = set(lex.base.verbs) if lex.base is not None else set()
        _KNOWN_VERBS[lex.version] = frozenset(
            {*lex.verbs, *lex.light_verbs, *lex.speech, *lex.founding_verbs, *base}
        )  # founding verbs: "to found" is found, not find (mmp12)
    return _KNOWN_VERBS[lex.version]


@cache
def _fighter_nouns() -> frozenset[str]:
    """Nouns for members of a group: the agents data's ``members`` nouns and the nouns it
    gives the ``militants`` role ("terrorists")."""
    agents = load_agents()
    words = {"terrorists", "terrorist", "attackers", "jihadists", "extremists"}
    return frozenset(agents.members | {w for w in words if agents.role(w) == "militants"})


def _may_imply_agent(sent: Any, date: str | None, document: Any, lex: Any,
                     actors: list[tuple[int, int, Actor]] = ()) -> bool:  # fmt: skip
    """Can a sentence with one actor still hold a dyad: an unattributed raid, operation or
    arrest in a country whose security forces it implies ("Nine IS militants killed in
    Pakistan raid")?"""
    if not lex.implied_agents or not _implied_words(lex).search(sent.text):
        return False
    places = ctx.places_in(sent.text, date, _resolver())
    earlier = document.countries(sent.index)
    country = ctx.operation_country(places, earlier, actors, lex, _resolver().kb, sent.text)
    return country in lex.implied_agents


_IMPLIED_WORDS: dict[str, re.Pattern[str]] = {}


def _implied_words(lex: Any) -> re.Pattern[str]:
    if lex.version not in _IMPLIED_WORDS:
        _IMPLIED_WORDS[lex.version] = ctx.implied_words(lex)
    return _IMPLIED_WORDS[lex.version]


def _reported(event: Event, lex: Any) -> dict[str, Any] | None:
    """'X reportedly met Y' with no speaker named: the event stays asserted (LABELLING.md) and
    is attributed to unnamed reports (cues.yaml ``attributive_adverbs``), so an analyst sees
    that nobody in the text vouches for it by name."""
    holders = [event.trigger]
    for tok in event.trigger.ancestors:  # "carried out an attack": on the clause's verb
        if holders[-1].pos_ in ("VERB", "AUX") and holders[-1].dep_ != "xcomp":
            break
        holders.append(tok)
    cue = next((c for h in holders for c in h.children
                if c.dep_ == "advmod" and c.lower_ in lex.attributive_adverbs), None)  # fmt: skip
    if cue is None:
        return None
    event.why.append(f"attributed to unnamed reports ('{cue.text}')")
    return {"name": "unnamed reports", "id": None}


def _speaker_of_cue(mod: Any, actor_of: dict[int, Actor], event: Event,
                    lex: Any) -> dict[str, Any] | None:  # fmt: skip
    """Who speaks for this one event: the claimant of its own claim of responsibility (a
    militant or official statement), the subject of a denial ("officials denied that ..."), or
    the holder of a doubt ("analysts are skeptical that ...", "diplomats called it naive to
    think that ..."; attribution.rules.v7)."""
    cue = mod.cue_token
    if cue is None or not (mod.claim or mod.value == "denied" or mod.doubted):
        return None
    if mod.doubted:
        subject = _doubter(cue, event.trigger)
    else:
        subject = next((c for c in cue.children if c.dep_ in ("nsubj", "poss", "compound")
                        and c.i < cue.i), None)  # fmt: skip
    if subject is None:
        return None
    span = _whole_mentions(subject.doc[subject.left_edge.i : subject.i + 1], actor_of)
    out: dict[str, Any] = {"name": _speaker_name(span), "id": None}
    actor = next((actor_of[t.i] for t in span if t.i in actor_of), None)
    if actor is not None:
        out["id"] = actor.org_id or actor.id
        out["organization"] = actor.org_name or actor.name
    if mod.claim:
        state = actor is not None and actor.type in ctx.STATE_TYPES
        out["channel"] = "public_statement" if state else "militant_statement"
        event.why.append(f"claimed by its own author ('{cue.text}'): asserted, attributed to "
                         f"{out['name']}")  # fmt: skip
    elif mod.doubted:
        event.why.append(f"doubted by {out['name']} ('{cue.text}')")
    else:
        event.why.append(f"denied by {out['name']} ('{cue.text}')")
    return out


def _doubter(cue: Any, trigger: Any = None) -> Any:
    """Who holds the doubt of a word of disbelief: the subject of the nearest clause above it
    ("Analysts are skeptical that ...", "Diplomats called it naive to think that ..."); None
    when that subject is a pronoun ("It is premature to conclude ...": the reporter's, or the
    speaker of a reported statement that covers it). A report or claim as that subject is
    what is doubted, not who doubts it ("officials considered reports of X to be wishful
    thinking": the officials; cues.yaml ``statement_nouns``), and a parse that hangs the words
    of disbelief inside a noun phrase is walked up to the clause ("Some officials called
    reports of a rift between X and Y wishful thinking": lead46). Nor is the phrase that
    holds the doubted event itself ("considered the reconciliation between X and Y to be
    wishful thinking": the reconciliation is doubted, the subject above doubts it)."""
    statements = lexmod.load().statement_nouns
    for tok in [cue, *cue.ancestors]:
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subject is not None and (
            subject.lower_ in statements
            or (trigger is not None and subject.left_edge.i <= trigger.i <= subject.right_edge.i)
        ):
            continue
        if subject is not None:
            return None if subject.pos_ == "PRON" else subject
    return None


def _led_group(span: Any, first: Actor, actor_of: dict[int, Actor], lex: Any) -> Actor | None:
    """The group a speaker who belongs to no known group leads or speaks for, as the speaker's
    phrase says ("Sheikh X, who leads the Y Council," / "X, the leader of Y,"): a post noun
    (cues.yaml post_nouns) or a verb of leading (lead, head, command, run) before the group.
    None when the speaker's group is known or the phrase names no such group."""
    if first.type != "person" or (first.org_id and first.org_id != first.id):
        return None
    seen_post = False
    for tok in span:
        if tok.lemma_.lower() in lex.post_nouns or tok.lemma_.lower() in (
            "lead",
            "head",
            "command",
            "run",
        ):
            seen_post = True
            continue
        actor = actor_of.get(tok.i)
        if seen_post and actor is not None and actor.type in GROUPISH:
            return actor
    return None


def _real_words(span: Any) -> str:
    """The text of ``span`` as the document writes it: a repaired parse (headline.py) keeps
    the real text, at the same offsets, in ``user_data["text"]``."""
    original = span.doc.user_data.get("text")
    return original[span.start_char : span.end_char] if original else span.text


def _speaker_name(span: Any) -> str:
    """A speaker's phrase as a name: the document's words on one line (a line break inside
    it, as PDF text has, is a space), without the commas and stops around it."""
    return " ".join(_real_words(span).split()).strip(" ,.")


def _whole_mentions(span: Any, actor_of: dict[int, Actor]) -> Any:
    """``span`` widened to the whole of any actor mention it cuts into: a hyphenated name the
    parser split ("Jamaat-ul-Ahrar said ...", whose subject may be a lone hyphen) is named
    whole, never as "-"."""
    start, end = span.start, span.end
    while start > 0 and start in actor_of and actor_of.get(start - 1) is actor_of[start]:
        start -= 1
    while end < len(span.doc) and end - 1 in actor_of and (actor_of.get(end) is actor_of[end - 1]):
        end += 1
    return span.doc[start:end]


def merge_restatements(coded: list[Coded]) -> list[Coded]:
    """One event per restatement within a document.

    A headline and the paragraph under it, a definite event noun and the event it refers back
    to ("... the TTP claimed responsibility for the attack"), or two sentences sharing most of
    their words, that give the same source, target, type and modality at agreeing dates tell
    one event, and so do two events of one sentence that became the same once a person was
    read as the group he founded or leads. The better evidenced is kept (higher confidence,
    then a full sentence over a headline, then the more precise date) and the others are
    listed in its ``support``. Different events of the same dyad on the same day told in
    different words stay apart.
    """
    kept: list[Coded] = []
    # only events of the same source, target, type and modality can restate each other: look
    # among those alone (a long document codes thousands of events; comparing each with every
    # kept one was quadratic)
    by_key: dict[tuple, list[int]] = {}
    for item in coded:
        positions = by_key.setdefault(_restate_key(item), [])
        at = next((i for i in positions if _restates(kept[i], item)), None)
        if at is None:
            positions.append(len(kept))
            kept.append(item)
            continue
        twin = kept[at]
        best, other = (item, twin) if _evidence(item) > _evidence(twin) else (twin, item)
        best.support = [*twin.support, *item.support, _reference(other)]
        best.support = [s for s in best.support if s["sentence_index"] != best.sentence_index]
        if other.sentence_index == best.sentence_index:  # a person read as the group later
            best.why.append(f"also: '{other.event.trigger.text}'")
        else:
            best.why.append(f"also told in sentence {other.sentence_index + 1}")
        kept[at] = best
    return kept


def _restate_key(item: Coded) -> tuple:
    """What two restatements of one event share: source, target, type and modality."""
    e = item.event
    return (e.source.key(), e.target.key(), e.event_type, e.modality)


def _reference(item: Coded) -> dict[str, Any]:
    return {"sentence_index": item.sentence_index, "start": item.start, "end": item.end,
            "quote": item.event.quote, "attributed_to": item.attributed_to,
            "confidence": round(item.confidence, 2)}  # fmt: skip


def _evidence(item: Coded) -> tuple[float, int, int]:
    ranks = {"day": 3, "month": 2, "year": 1}
    return (round(item.confidence, 2), 0 if item.headline else 1,
            ranks.get(item.date_precision, 0))  # fmt: skip


_STOP = frozenset(
    "the a an and or of in on at to for from by with as is are was were has have had "
    "that this its their his her it they he she after before said says".split()
)


def _words(sentence: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", sentence.lower()) if w not in _STOP}


def _restates(a: Coded, b: Coded) -> bool:
    if a.sentence_index == b.sentence_index:
        # one sentence codes one event per source, target and type (code's dedupe); two
        # left by then came apart only because a person was read as the group afterwards
        # ("P left Y and founded X": P's leaving and X's founding are one split); two modes
        # of one help ("funds and arms Y") are two (code.other_modes; gaps54)
        if other_modes(a.event, b.event):
            return False
        return _restate_key(a) == _restate_key(b) and a.date == b.date
    if _restate_key(a) != _restate_key(b):
        return False
    if not _dates_agree(a, b):
        return False
    if a.headline or b.headline or _told_before(a) or _told_before(b):
        return True
    wa, wb = _words(a.sentence), _words(b.sentence)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def _told_before(item: Coded) -> bool:
    """'the attack', 'this raid': a definite event noun refers to an event already told."""
    trigger = item.event.trigger
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children
    )


def _dates_agree(a: Coded, b: Coded) -> bool:
    """Same date, or one only dated by the report and the other within a week before it."""
    if a.date == b.date:
        return True
    for reported, other in ((a, b), (b, a)):
        if reported.date_precision == "reported" and reported.date and other.date:
            spans = _span(reported.date), _span(other.date)
            if spans[0] is None or spans[1] is None:
                continue
            report_day = _day(spans[0][1])
            first, last = _day(spans[1][0]), _day(spans[1][1])
            if (
                None not in (report_day, first, last)
                and first <= report_day
                and (report_day - last <= 7)
            ):
                return True
    return False


def _day(iso: str) -> int | None:
    """Day number of an ISO day; the last day of the month when the day overflows.

    >>> _day("2014-06-31") == _day("2014-06-30")
    True
    """
    from calendar import monthrange
    from datetime import date as _date

    try:
        year, month, day = (int(x) for x in iso[:10].split("-"))
        return _date(year, month, min(day, monthrange(year, month)[1])).toordinal()
    except ValueError:
        return None


def _iso_or_none(value: Any) -> str | None:
    """The document date as ISO (YYYY, YYYY-MM or YYYY-MM-DD), or None when unreadable."""
    from riftwatch.dates import parse_date

    return parse_date(value)[0] if value not in (None, "") else None


def _span(value: str) -> tuple[str, str] | None:
    """First and last day of an ISO date, month, year or range, as comparable strings."""
    first, _, last = value.partition("/")
    last = last or first
    starts = {4: "-01-01", 7: "-01"}
    ends = {4: "-12-31", 7: "-31"}
    if len(first) not in (4, 7, 10) or len(last) not in (4, 7, 10):
        return None
    return first + starts.get(len(first), ""), last + ends.get(len(last), "")


def _after(when: str | None, reference: str | None) -> bool:
    """Is the event's date wholly after the report's date?

    >>> _after("2010-04", "2010-03-01"), _after("2009", "2010-03-01"), _after("2010", "2010")
    (True, False, False)
    """
    if not when or not reference:
        return False
    event, report = _span(when), _span(reference)
    return bool(event and report and event[0] > report[1])


_FUTURE_TIME = re.compile(r"\b(next|tomorrow|coming|upcoming|later this|later in)\b", re.I)


def _past_tense(trigger: Any) -> bool:
    """A verb in the past tense reports something done, whatever date the text gives; a
    noun takes the tense of the verb it belongs to ("the alliance was reconfirmed in 2002")."""
    node = trigger
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            break
        if node.head.i == node.i:
            return False
        node = node.head
    return node.tag_ == "VBD" or any(
        (c.dep_ == "aux" and c.lemma_ == "have") or (c.dep_ in ("aux", "auxpass")
                                                      and c.tag_ == "VBD")
        for c in node.children
    )  # fmt: skip


def _background_before(trigger: Any, dated: Any) -> tuple[str, str] | None:
    """(the year before, as a range, "range") for a verb in the past perfect inside a relative
    clause whose date (``dated``, the :class:`~riftwatch.nlp.time.EventDate` of the trigger)
    came from a time expression outside that clause: "Since early 2020 X and Y have fought,
    ending the truce in which the two had cooperated", "X, which had fought alongside Y,
    attacked Y in 2014" (the cooperation was before 2020, before 2014). None otherwise: "X
    said it had left Y" (a report of a recent act), "Y, which X had attacked in 2009, ..."
    (the clause's own date).

    >>> from riftwatch.nlp.parse import nlp
    >>> def told(text, i):
    ...     s = nlp()(text)[:]
    ...     return _background_before(s[i], timemod.event_date(s.text, None, anchor=s[i].idx))
    >>> told("In 2014 the Front, which had fought alongside the Army, attacked it.", 7)
    ('2013/2014', 'range')
    >>> told("On 2 June 2014 the Front, which had fought alongside the Army, attacked it.", 9)
    ('2013-06/2014-06', 'range')
    >>> told("In 2014 the Front said that it had left the Army.", 8) is None
    True
    """
    when = dated.value
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN" or dated.precision == "reported":
        return None
    if not when or dated.start is None:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.children):
        return None
    node, clause = trigger, None
    for _ in range(3):
        if node.dep_ == "relcl":
            clause = node
            break
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    if clause is None:
        return None
    span = list(clause.subtree)
    lo, hi = span[0].idx, span[-1].idx + len(span[-1].text)
    if lo <= dated.start < hi:
        return None  # the clause's own time ("which X had attacked in 2009")
    first = when.split("/")[0]
    if not first[:4].isdigit():
        return None
    # the year up to the time of the clause it hangs on: how long before, the text does
    # not say
    return f"{int(first[:4]) - 1}{first[4:7]}/{first[:7]}", "range"


def _confidence(event: Event, attribution: Any) -> float:
    score = 0.55
    if event.source.how == "kb":
        score += 0.1
    if event.target.how == "kb":
        score += 0.1
    if any("subject" in w or "object" in w for w in event.why):
        score += 0.1
    if event.source.weak or event.target.weak:
        score -= 0.15
    if attribution.skeptical:
        score -= 0.1
    if any("earlier event" in w or "locative" in w for w in event.why):
        score -= 0.1
    return max(0.05, min(0.95, score))


def extract_documents(docs: Iterable[dict[str, Any]], *, batch: int = 256) -> Iterator[Coded]:
    """Events of every document, in order; ``batch`` documents are parsed together (256: the
    headline repairs' few parses of a batch also go through spaCy together, which is much
    faster per sentence than two or three at a time; speed47)."""
    lex = lexmod.load()
    chunk: list[dict[str, Any]] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= batch:
            for coded in extract_batch(chunk, lex=lex):
                yield from coded
            chunk = []
    if chunk:
        for coded in extract_batch(chunk, lex=lex):
            yield from coded


__all__ = [
    "STAGES",
    "Coded",
    "code_sentence",
    "extract_batch",
    "learn_batch",
    "extract_document",
    "extract_documents",
    "merge_restatements",
    "prepare",
    "prepare_many",
]
