"""Coding sentences into dyadic PLOVER events: who did what to whom, with modality.

Registered under the versioned name :data:`NAME` (``code.rules.vN``). The input is a
parsed sentence (spaCy ``Doc``) and the actor mentions found in it; the output is a list of
:class:`Event`. Every decision is
recorded in ``Event.why`` so that ``riftwatch explain`` can show it.

Roles come from the dependency tree: subjects (inherited through control verbs,
coordination and relative clauses), objects and listed prepositions, passive agents,
possessives and ``of``-phrases of nominal events, and light verbs ("offer stipends to X").
Frames say how roles are read (see events.yaml): symmetric events run both ways ("X clashed
with Y", "held talks with Y"), joint acts and co-agents cooperate ("a joint raid with Y",
"fought alongside Y"), warnings are threats or tip-offs. Instruments stand for their owner
("U.S. drone strike kills"), a passive takes its agent from the event noun it happened in
("killed in U.S. strike") or from an implied agent (a raid in Pakistan), and in headline
mode a bare past participle is a passive ("commander killed"). Modality is read afterwards,
by :mod:`riftwatch.nlp.modality`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from riftwatch.actors.kb import STATE_TYPES
from riftwatch.nlp import headline, mechanisms, written
from riftwatch.nlp.derived import Derived
from riftwatch.nlp.lexicon import CONFLICTUAL, COOPERATIVE, Lexicon, provenance
from riftwatch.nlp.lexicon.dictionary import topic_phrase
from riftwatch.nlp.modality import put_to_an_end, talked_matter, talked_over_object

NAME = "code.rules.v175"
SOURCE_LINE = "petrarch2: CAMEO.2.0.txt line "

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
OBJECT_DEPS = {"dobj", "obj", "dative", "attr", "oprd"}
CLAUSE_BOUNDARY = {"relcl"}
# heads that stand for members of a group: "members of X", "X fighters", "leaders of X"
MEMBER_NOUNS = frozenset(
    "member members fighter fighters militant militants commander commanders leader leaders "
    "operative operatives official officials representative representatives loyalist "
    "loyalists cadre cadres unit units faction factions wing wings elements element ranks "
    "men recruits followers supporters figures veterans envoy envoys emissary emissaries "
    "spokesman spokesmen chief chiefs head heads council shura".split()
)
WEAK_COLLECTIVES = frozenset("militants gunmen fighters insurgents attackers assailants".split())
_PEOPLE_OF_A_GROUP = (MEMBER_NOUNS | WEAK_COLLECTIVES) - frozenset(
    "unit units faction factions wing wings elements element ranks council shura".split()
)
"""Plural nouns of a group's people: what "former" takes out of the group (_former_members)."""
THREAT_VERBS = frozenset({"warn", "threaten", "vow", "pledge"})


def _time_phrase(prep: Any) -> bool:
    """Is ``prep`` a preposition whose object is a date or a time ("on Saturday", "on 5
    May")? Such a phrase is no particle a verb's entry needs: "called off its ceasefire with
    Y on Saturday" has no "call on" (fixes57)."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children
    )


# kinds of party a subject's list may hold when the parser hung it on the subject's place
_LISTED_PARTIES = frozenset({"armed_group", "faction", "party", "shura", "tribe"})
# what the place may be read as: a place, a country, or a capital standing for its government
_LOCATING_PLACES = frozenset({"place", "country", "government"})


@dataclass
class Actor:
    """A participant of an event, resolved to the organisation it stands for."""

    id: str | None
    name: str
    mention: str
    type: str | None = None
    org_id: str | None = None
    org_name: str | None = None
    person: str | None = None
    qualifier: str | None = None
    how: str = "kb"
    weak: bool = False
    country: str | None = None  # ISO3 of an open actor of a country ("Syrian rebels")
    # the group a faction compound is named after ("ZPLA" of "ZPLA-In Opposition"; sides19)
    parent: Actor | None = None
    # the other parties a plural pronoun stands for with this one ("X and Y fought Z. They
    # ...": they are X with Y; coref50, riftwatch.nlp.coref.coordinated_subject)
    partners: tuple[Actor, ...] = ()

    def key(self) -> str:
        return self.org_id or self.id or self.name.lower()

    def to_dict(self) -> dict[str, Any]:
        r"""The actor as an event prints it; a name broken over lines in the text (a PDF's
        "People's Anti-Fascist\nFront") is printed on one line, its mention as written
        (walk54).

        >>> Actor(id="open:x", name="Kashmir\nTigers  Front", mention="Kashmir\nTigers").to_dict()
        {'id': 'open:x', 'name': 'Kashmir Tigers Front', 'mention': 'Kashmir\nTigers'}
        """
        out: dict[str, Any] = {
            "id": self.org_id or self.id,
            "name": " ".join((self.org_name or self.name).split()),
            "mention": self.mention,
        }
        if self.person:
            out["person"] = " ".join(self.person.split())
        if self.qualifier:
            out["qualifier"] = self.qualifier
        if self.country:
            out["country"] = self.country
        if self.how != "kb":
            out["resolved_by"] = self.how
        return out


@dataclass
class Event:
    source: Actor
    target: Actor
    event_type: str
    mode: str | None
    modality: str
    trigger: Any  # spaCy Token
    quote: str
    why: list[str] = field(default_factory=list)
    strength: float = 0.8
    intended: bool = False
    """An intent to act, not the act (an offer, a promise, a plan stated): what the modality
    cues read as asserted is future (mechanisms.announced_cooperation, code.rules.v87)."""


class Told(NamedTuple):
    """One act a document told before the sentence being coded: its parties, the lemma of its
    trigger ("pledge", "merger", "attack") and its PLOVER type, kept together so that what a
    later sentence names again ("the pledge", "the alliance", "talk of a split") is read
    from one record (``SentenceCoder.earlier_acts``).

    >>> Told(Actor("a", "A", "A"), Actor("b", "B", "B"), "merger", "COOPERATE").kind
    'COOPERATE'
    """

    source: Actor
    target: Actor
    lemma: str
    kind: str
    trigger: Any = None
    """the token that told it (its own sentence's), when kept: its modality may be read"""


def _bare_gerund_noun(tok: Any) -> bool:
    """A gerund the tagger read as a common noun, with no determiner, possessive or modifier
    before it: "writing" in "denied writing to Y", "talking" in "denied talking to Y"
    (precision24), not "the bombing" or "its funding".

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Zorvan Front denied writing to the Kessel Brigades.")
    >>> [_bare_gerund_noun(t) for t in doc if t.dep_ == "dobj"]
    [True]
    """
    if tok.tag_ not in ("NN", "VBG") or not tok.lower_.endswith("ing") or len(tok.lower_) < 6:
        return False
    return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.lefts)


def _gerund_object(verb: Any, obj: Any) -> bool:
    """True when a verb's object is a gerund read as a noun ("denied writing to Y") or opens
    with one read as its modifier, right after the verb ("denied training Y's fighters").

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Zorvan Front denied writing to the Kessel Brigades.")
    >>> [_gerund_object(doc[4], t) for t in doc if t.dep_ == "dobj"]
    [True]
    """
    if _bare_gerund_noun(obj):
        return True
    first = obj.left_edge
    return (
        first is not obj
        and first.i == verb.i + 1
        and first.dep_ in ("amod", "compound")
        and _bare_gerund_noun(first)
    )


def _presence_object(verb: Any, entry: dict[str, Any]) -> Any:
    """The object of ``verb`` that is a cooperative presence of the entry's
    ``presence_nouns`` ("withdrew its peacekeepers", "pulled out aid workers"; a head or its
    compound: "aid workers", "UN monitors"), or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> entry = {"presence_type": "SANCTION", "presence_nouns": ["peacekeepers", "workers"]}
    >>> _presence_object(nlp()("Kenya withdrew its peacekeepers.")[1], entry).text
    'peacekeepers'
    >>> _presence_object(nlp()("Kenya withdrew its troops.")[1], entry) is None
    True
    >>> entry = {**entry, "presence_hostile_preps": ["against"]}
    >>> _presence_object(nlp()("Kenya deployed peacekeepers against Y.")[1], entry) is None
    True
    """
    nouns = entry.get("presence_nouns")
    if not nouns or not entry.get("presence_type"):
        return None
    hostile = entry.get("presence_hostile_preps") or ()
    if any(c.dep_ == "prep" and c.lower_ in hostile for c in verb.children):
        return None  # "deployed peacekeepers against Y's fighters": a force sent against Y
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        if any(c.dep_ == "prep" and c.lower_ in hostile for c in obj.children):
            return None  # the parser hangs "against Y" on the object
        for noun in (obj, *obj.conjuncts):
            if noun.lower_ in nouns or noun.lemma_.lower() in nouns:
                return noun
    return None


_CLAIMANTS = frozenset({"armed_group", "faction"})  # who claims an attack (heads15)
# hostile types that a "between X and Y" phrase makes mutual whatever the noun's frame
_MUTUAL_BETWEEN = frozenset({"ASSAULT", "REJECT"})
_FACING_PREPS = frozenset({"with", "to", "against", "for", "from", "toward", "towards"})
"""Prepositions whose coordinated objects are each the other side of the noun's relation with
its subject or speaker, never each other's partners ("talks with X and Y")."""


_ORDINAL_NAME = re.compile(
    r"\d+(?:st|nd|rd|th)|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
)
"""An ordinal that numbers a unit in its name: "10th", "33rd", "Fifth"."""


def _numbered_unit(tok: Any) -> bool:
    """True for a capitalised noun numbered by an ordinal before it, inside a sentence ("the
    EMC's 10th Front", "the 33rd Front of the FARC", "the Fifth Brigade"): a unit's name,
    never a trigger of its own (walk54: "declared war on the EMC's 10th Front" was read as
    a common front with the EMC). A lower-case noun ("opened a second front") is the word.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["war", "on", "the", "10th", "Front"],
    ...           heads=[0, 0, 4, 4, 1], deps=["ROOT", "prep", "det", "amod", "pobj"])
    >>> _numbered_unit(doc[4]), _numbered_unit(doc[0])
    (True, False)
    """
    if not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    return any(
        c.dep_ in ("amod", "nummod", "compound") and _ORDINAL_NAME.fullmatch(c.text)
        for c in tok.lefts
    )


def _gerund_complement_governor(verb: Any, head: Any) -> Any:
    """The verb above a gerund complement ("accused Y of arming ...": 'accused') when
    ``verb``, a verb that is no gerund and has no auxiliary, is coordinated with that gerund:
    the parser's "accused Y of arming the rebels and cut ties with Z" hangs 'cut' on 'arming',
    but only a gerund continues a gerund, so 'cut' continues the governing clause (walk61).
    None otherwise ("accused Y of arming and training the rebels": gerunds both)."""
    if verb.pos_ != "VERB" or verb.tag_ == "VBG" or head.tag_ != "VBG" or head.dep_ != "pcomp":
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None  # a clause of its own, or a passive: kept as the parser reads it
    prep = head.head
    governor = prep.head
    if prep.dep_ != "prep" or governor.pos_ != "VERB" or governor.tag_ == "VBG":
        return None
    return governor


def _coordinated_in_subject(coder: Any, noun: Any, node: Any) -> bool:
    """Is ``noun`` (a relation noun) in the "of" phrase of the clause's subject ``node``, with
    a named party coordinated with it ("Commanders of X's Idlib wing and Y met", "leaders of
    X's Sahel branch and Y agreed")? Then the verb's subject is the noun's own phrase and the
    party beside it: neither holds the relation, so the coordinated party Y is not made X's
    wing or branch (traps64: a bystander coordinated with a described unit)."""
    if node.i == noun.i or node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "conj" and coder.actors(c) for c in noun.children):
        return False
    step = noun
    while step.i != node.i:
        if step.dep_ not in ("pobj", "prep") or step.head.i == step.i:
            return False
        step = step.head
    return True


def _active_conjunct(verb: Any) -> bool:
    """A verb coordinated after a passive one that is itself active: finite (past or present
    tense, not a participle) with no passive auxiliary, passive subject or agent of its own.
    "X was founded in 1990 and attacked Y": "attacked" is X's act (mmp4), while in "the
    village was captured and burned by Y" the participle "burned" stays a passive.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The front was founded in 1990 and attacked the army.")
    >>> _active_conjunct(doc[7]), _active_conjunct(doc[3])
    (True, False)
    """
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("auxpass", "nsubjpass", "agent", "aux", "nsubj") for c in verb.children
    )


def _agent_holding_conjunct(verb: Any) -> Any:
    """The participle after ``verb`` in one coordination that holds the passive's 'by' agent,
    when the agent is shared: "Y was recruited, paid and commanded by X" (mmp35) makes X the
    agent of "recruited" and "paid" too. Only bare participles share it: a conjunct with an
    auxiliary or subject of its own ("Y was founded in 1990 and was later absorbed by X"), or
    ``verb`` with a modifier of its own ("founded in 1990 and absorbed by X"), keeps its own
    agent (none).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The brigade was recruited, paid and commanded by the Guards.")
    >>> _agent_holding_conjunct(doc[3]).text, _agent_holding_conjunct(doc[5]).text
    ('commanded', 'commanded')
    >>> doc = nlp()("The brigade was founded in 2012 and absorbed by the Guards.")
    >>> _agent_holding_conjunct(doc[3]) is None
    True
    """
    if verb.tag_ != "VBN" or any(c.dep_ in ("agent", "prep", "dobj") for c in verb.children):
        return None
    later = sorted((c for c in verb.conjuncts if c.i > verb.i), key=lambda c: c.i)
    for conj in later:
        if conj.tag_ != "VBN" or any(
            c.dep_ in ("auxpass", "nsubjpass", "aux", "nsubj", "neg") for c in conj.children
        ):
            return None
        if any(c.dep_ == "agent" for c in conj.children):
            return conj
        if any(c.dep_ in ("prep", "dobj") for c in conj.children):
            return None
    return None


def _main_verb_after_apposition(verb: Any, lex: Any) -> bool:
    """True when the parser made a sentence's own verb a participle of its subject after an
    apposition set off by commas ("The UVF and the UDA, rival loyalist paramilitaries,
    feuded throughout 2000"): the subject is the sentence's root noun, an apposition stands
    between it and the verb, a comma comes just before the verb, and the verb cannot be a
    passive participle there: it has an object, or it is a verb of two parties acting
    together that takes none ("feud", "clash"). A headline's "X, a veteran, killed in
    clash" stays passive; a participle with a main verb of its own ("the fighters, most of
    them teenagers, killed in the raid were buried") leaves the root a verb."""
    head = verb.head
    frame = (lex.verbs.get(verb.lemma_.lower()) or {}).get("frame")
    return (
        (
            frame in ("symmetric", "reciprocal")
            or any(c.dep_ in ("dobj", "obj") for c in verb.children)
        )
        and verb.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in ("PROPN", "NOUN")
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "appos" and head.i < c.i < verb.i for c in head.children)
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in verb.doc)
    )


class WalkedDoc:
    """A parsed sentence whose tokens are made once: the ~270 mechanisms of
    :meth:`SentenceCoder.run` each walk the sentence, and spaCy makes a new ``Token`` object
    at every step of a walk of a ``Doc``; this keeps one tuple of them. Iteration, ``len`` and
    an integer index read the tuple; ``text`` is joined once; a slice and every other
    attribute are the ``Doc``'s own (``doc.ents``, ``doc.char_span``, ``doc.user_data``).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Taliban fighters attacked a checkpoint.")
    >>> walked = WalkedDoc(doc)
    >>> [t.text for t in walked] == [t.text for t in doc], walked[-2].text, len(walked)
    (True, 'checkpoint', 6)
    >>> walked[1:3].text, walked.text == doc.text
    ('fighters attacked', True)
    """

    __slots__ = ("_doc", "_text", "_tokens")

    def __init__(self, doc: Any) -> None:
        self._doc = doc.doc if isinstance(doc, WalkedDoc) else doc
        self._tokens = tuple(self._doc)
        self._text: str | None = None

    def __iter__(self) -> Any:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def __getitem__(self, key: Any) -> Any:
        return self._tokens[key] if type(key) is int else self._doc[key]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc, name)

    @property
    def doc(self) -> Any:
        """The ``Doc`` itself, for what needs spaCy's own object."""
        return self._doc

    @property
    def text(self) -> str:
        """The ``Doc``'s text, joined once (``Doc.text`` joins its tokens at every read)."""
        if self._text is None:
            self._text = self._doc.text
        return self._text


def _from_party(coder: Any, verb: Any) -> list[Any]:
    """The groups a 'from' phrase of the verb names, on the verb itself ("captured Bentiu
    from Y"), never a country, place or person. replay20."""
    return [
        a
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for g in p.children
        if g.dep_ == "pobj"
        for a in coder.actors(g)
        if a.type not in ("country", "place", "person") and not a.person
    ]


def _held_from(coder: Any, verb: Any, doers: list[Any]) -> list[Any]:
    """The parties holding the place a freeing verb's object is freed from: a "from" phrase,
    on the verb or on its object, whose noun is a held place (cues.yaml ``held_place_nouns``:
    jail, prison, hideout, compound) owned by a party other than the doers, never a place or
    a country ("free 40 prisoners from Taliban jail"). heads21."""
    if any(_ground_actor(a) for a in doers):
        return []  # a town "freeing" people: a misread subject, no raid
    own = {a.key() for a in doers}
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    holders: list[Any] = []
    for head in (verb, *objects):
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ != "from":
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                after = g.doc[g.i + 1] if g.i + 1 < len(g.doc) else None
                if g.lower_ not in coder.lex.held_place_nouns and not (
                    after is not None
                    and after.lower_ in coder.lex.held_place_nouns
                    and after.head.i != g.i
                ):  # "rescue aid worker from Haqqani hideout", the place noun misparsed as an
                    continue  # adverb hung on the verb: the named party's place (gaps64)
                holders += [a for a in coder.actors(g)
                            if not _ground_actor(a) and a.key() not in own]  # fmt: skip
                holders += [a for a in _state_of_place(coder, g) if a.key() not in own]
    return holders


def _state_of_place(coder: Any, noun: Any) -> list[Any]:
    """The country a modifier of ``noun`` names when ``noun`` is a place only a state holds
    (cues.yaml ``state_held_places``): "freed prisoners from an Afghan jail" strikes the
    Afghan state's jail, no mere place (gaps64)."""
    if noun.lower_ not in coder.lex.state_held_places:
        return []
    return [coder.actor_of[c.i] for c in noun.children
            if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in coder.actor_of
            and coder.actor_of[c.i].type == "country"]  # fmt: skip


def _ground_actor(actor: Any) -> bool:
    """A place, a country named as a place, or an open name the knowledge base lacks (a
    town): never the holder of a jail a raid strikes, nor a raider (heads21)."""
    return actor.type in ("place", "country") or str(actor.id).startswith(("place:", "open:"))


def _taken_from(coder: Any, verb: Any, how: str) -> bool:
    """The verb's party was found in a 'from' phrase naming a party, on the verb or on its
    object ("captured the town from Y", which the parser may hang on "town"; not "captured
    three fighters from a safe house"). replay20."""
    if how == "object of 'from'":
        return True
    return how.startswith("object (") and any(
        p.dep_ == "prep" and p.lower_ == "from" and any(coder.actors(g) for g in p.children)
        for c in verb.children
        if c.dep_ in ("dobj", "obj")
        for p in c.children
    )


_TIME_OR_PLACE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
"""Entity types of a phrase that says when or where, not what is held in common."""


def _member_noun(tok: Any, actor_of: dict[int, Actor]) -> bool:
    """A common noun for a group's members ("fighters", "militants": the agents data's
    ``members``) that is no actor of its own: its 'of' phrase names whose members they are."""
    from riftwatch.actors.agents import load_agents

    members = load_agents().members
    return (
        tok.pos_ == "NOUN"
        and tok.i not in actor_of
        and (tok.lower_ in members or tok.lemma_.lower() in members)
    )


class SentenceCoder:
    """Code one parsed sentence. ``actor_of`` maps a token index to an :class:`Actor`.

    ``headline`` switches on headline grammar (a past participle without auxiliary is a
    passive: "Taliban commander killed"); ``implied`` is the actor that an unattributed
    security operation, raid or arrest in this sentence's country implies (see
    ``implied_agents`` in cues.yaml), or None.
    """

    def __init__(self, lex: Lexicon, sdoc: Any, actor_of: dict[int, Actor], *,
                 headline: bool = False, implied: Actor | None = None) -> None:  # fmt: skip
        self.lex = lex
        self.doc = WalkedDoc(sdoc)  # one Token object a word for every walk of the sentence
        self._actors_memo: dict[tuple[int, int], tuple[Actor, ...]] | None = None
        self._subject_memo: dict[tuple[int, int], tuple[tuple[Actor, ...], bool, str]] | None
        self._subject_memo = None
        self._noun_memo: dict[int, dict[str, Any] | None] | None = None
        # while :meth:`run` codes: the mechanisms' own walks of the sentence, found once
        # (mechanisms._founding_candidates); None otherwise
        self.walk_memo: dict[str, Any] | None = None
        self.actor_of = actor_of
        self.headline = headline
        self.implied = implied
        self.events: list[Event] = []
        # actors named only in an "anti-X" modifier (not parties of their own): token -> actor
        self.against: dict[int, Actor] = {}
        # the cooperative ties the document told before this sentence (source, target), oldest
        # first: "the alliance" with no partner named is the subject's latest (extract.py)
        self.earlier_ties: list[tuple[Actor, Actor]] = []
        # every act the document told before this sentence (parties, trigger lemma and PLOVER
        # type), oldest first: "the pledge" a later sentence answers is the latest pledge (stop
        # 38); "talk of a split was premature" doubts the latest split told (stop 44)
        self.earlier_acts: list[Told] = []
        # the document's date (ISO), when the caller gives it: a person's posts in the
        # knowledge base are read at it (world8, ``mechanisms.founders_before``)
        self.date: str | None = None

    # -- actors of tokens -------------------------------------------------------
    def actors(self, tok: Any, depth: int = 0) -> list[Actor]:
        """The actors a token stands for, with its coordinated siblings.

        While :meth:`run` codes the sentence, nothing they depend on changes (the tokens'
        actors, the lexicon, the document's context), and the mechanisms ask again and
        again for the same tokens: the answer is kept a token and depth (a fresh list each
        time, so a caller may extend it)."""
        memo = self._actors_memo
        if memo is None or tok is None or tok.doc is not self.doc.doc:
            return self._actors(tok, depth)
        key = (tok.i, depth)
        found = memo.get(key)
        if found is None:
            found = memo[key] = tuple(self._actors(tok, depth))
        return list(found)

    def _actors(self, tok: Any, depth: int = 0) -> list[Actor]:
        if tok is None or depth > 4:
            return []
        found = self._actor(tok, depth)
        out = [found] if found else []
        if found is not None and found.how.startswith("one of the two named last"):
            # "the two groups": the noun and its number word stand for the two (extract.py);
            # "fighters of the two groups": the members' noun stands for both as well
            anchor = tok
            if tok.i not in self.actor_of:
                anchor = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj"), tok)  # fmt: skip
            for child in anchor.children:
                other = self.actor_of.get(child.i)
                if (child.dep_ in ("nummod", "det", "predet", "quantmod") and other is not None
                        and all(other.key() != a.key() for a in out)):  # fmt: skip
                    out.append(other)
        if found is not None:  # "X and Y said they will ...": they are both
            out += [a for a in mechanisms.plural_antecedents(self, tok, found)
                    if all(a.key() != b.key() for b in out)]  # fmt: skip
        # "Taliban and Haqqani leaders": coordinated names before one member noun are each
        # a party ("Afghan and Pakistani officials" are left to the state rules)
        for child in tok.lefts:
            # (a joined hyphenated name may be read as a possessive without its "'s")
            misread_poss = (
                child.dep_ == "poss"
                and child.tag_ == "NNP"
                and not any(c.dep_ == "case" for c in child.children)
            )
            if (child.dep_ in ("nmod", "compound") or misread_poss) and any(
                c.dep_ == "conj" for c in child.children
            ):
                parts = [child, *child.conjuncts]
            else:  # "X and Y fighters" with the list's 'conj' lost (gaps54)
                parts = [child, *self._unlinked_modifiers(child, tok)]
            if len(parts) > 1:
                for part in parts:
                    named = self.actor_of.get(part.i)
                    if (
                        named is not None
                        and not named.weak
                        and named.type
                        in (
                            "armed_group",
                            "faction",
                            "shura",
                            "party",
                            "tribe",
                            # "Afghan and Pakistani forces": bodies, once the
                            # noun is shared (extract._shared_agent_noun)
                            "military",
                            "police",
                            "government",
                            "intelligence",
                        )
                        and all(named.key() != a.key() for a in out)
                    ):
                        out.append(self._qualified(named, tok))
        if found is not None and found.type == "country":
            # "Kenyan and Ugandan troops", "French and Egyptian warships": coordinated
            # country adjectives before one agent noun that names its country (no body of
            # its own in the knowledge base) are each a party (peers14), also when the parser
            # reads the first as a name ("Ugandan and Kenyan warships", "U.S. and Russian
            # negotiators": nmod or compound; peers18)
            for child in tok.lefts:
                if child.dep_ not in ("amod", "nmod", "compound") or not any(
                    c.dep_ == "conj" for c in child.children
                ):
                    continue
                for part in (child, *child.conjuncts):
                    named = self.actor_of.get(part.i)
                    if (
                        named is not None
                        and named.type == "country"
                        and not named.weak
                        and all(named.key() != a.key() for a in out)
                    ):
                        out.append(named)
        if found is not None and (found.qualifier or found.how != "kb"):
            # "fighters loyal to X and Y": each group of the coordinated list (stop 36)
            for other in self._affiliated_conjuncts(tok, depth):
                if all(other.key() != a.key() for a in out):
                    out.append(self._qualified(other, tok))
        if tok.lemma_.lower() in self.lex.side_nouns and not out:
            out += mechanisms.coordinated_sides(self, tok)  # "the X and Y sides" (peers10)
        following = list(tok.conjuncts) + written.broken_list(self, tok)  # "for X, Y and Z"
        if found is not None and tok.i not in self.actor_of and tok.pos_ == "NOUN":
            # "pounded hideouts of X and Y": a noun that is no party stands for its "of"
            # phrase's owner, and for each party coordinated with it (written66)
            following += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"
                          and self.actor_of.get(o.i) is not None
                          and self.actor_of[o.i].key() == found.key()
                          for c in o.conjuncts]  # fmt: skip
        for child in tok.children:
            # "the US, Russia, and Switzerland": a list the parser reads as an apposition
            if (
                child.dep_ == "appos"
                and child.i in self.actor_of
                and any(c.dep_ == "conj" for c in child.children)
                # "trains bomb-makers for X, Y and Z": the list goes on from X, not the noun
                and not any(
                    t.dep_ == "pobj" and t.i in self.actor_of for t in tok.doc[tok.i + 1 : child.i]
                )  # fmt: skip
            ):
                following += [child, *child.conjuncts]
        if found is not None and tok.pos_ in ("NOUN", "NUM") and tok.i not in self.actor_of:
            # "a coalition of groups including X, Y and Z attacked W": each listed member
            # stands for the noun, as the first does (gaps65)
            following += self._including_conjuncts(tok, found, depth)
        for conj in following:
            if conj.i > tok.i:
                other = self._actor(conj, depth)
                if other and all(other.key() != a.key() for a in out):
                    out.append(other)
        if found is not None and tok.dep_ in ("nsubj", "nsubjpass"):
            # "X and Kata'ib Hezbollah fought", "the Democratic Party of Iranian Kurdistan and
            # Komala fought": the parser split a long subject name and hung the list on one
            # of its inner words; that word's partner is the whole name's (mmp28). Only a
            # subject: an object's list may be the rest of a name split in two ("merged the
            # Self-Defense Forces of Cordoba and Uraba with ...")
            for part in self._name_conjuncts(tok, found):
                other = self._actor(part, depth)
                if other and all(other.key() != a.key() for a in out):
                    out.append(other)
        if found is not None and tok.dep_ in ("nsubj", "nsubjpass"):
            for part in self._listed_in_office(tok):
                other = self._actor(part, depth)
                if other and all(other.key() != a.key() for a in out):
                    out.append(other)
        if found is not None and tok.dep_ in ("nsubj", "nsubjpass"):
            for part in self._listed_after_place(tok):
                other = self._actor(part, depth)
                if other and all(other.key() != a.key() for a in out):
                    out.append(other)
        return out

    _LOCATING = frozenset({"in", "at", "from"})

    def _listed_in_office(self, tok: Any) -> list[Any]:
        """Persons the parser listed inside the "of" phrase of a subject that holds one office
        instead of with the subject: "the commander of the Lebanese army and Yasser Arafat
        signed the accord" reads Arafat as a ``conj`` of "army" (replay43). One holder of an
        office (a singular noun of cues.yaml ``office_holder_nouns``) holds it in a body, not
        in a person, so a named person listed with that body is the subject's partner; a body
        listed with it ("the commander of the army and the police") stays in the phrase."""
        if tok.tag_ != "NN" or tok.lower_ not in self.lex.office_holder_nouns:
            return []
        out: list[Any] = []
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                held = self.actor_of.get(pobj.i)
                if pobj.dep_ != "pobj" or held is None or held.type == "person":
                    continue
                for part in pobj.conjuncts:
                    other = self.actor_of.get(part.i)
                    if other is not None and other.type == "person" and part.pos_ == "PROPN":
                        out.append(part)
        return out

    def _listed_after_place(self, tok: Any) -> list[Any]:
        """Groups the parser hung on the place that locates a subject instead of on the
        subject: "the government in Baghdad and the Volta Front signed an accord" reads the
        Front as a ``conj`` of "Baghdad" (replay41). A place (or a capital read as its
        government) is no group, so a group or party listed with it is listed with the
        subject; a place listed with it ("the government in Baghdad and Erbil") stays a
        place."""
        out: list[Any] = []
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in self._LOCATING:
                continue
            for pobj in prep.children:
                placed = self.actor_of.get(pobj.i)
                if pobj.dep_ != "pobj" or placed is None or placed.type not in _LOCATING_PLACES:
                    continue
                for part in pobj.conjuncts:
                    other = self.actor_of.get(part.i)
                    if other is not None and not other.weak and other.type in _LISTED_PARTIES:
                        out.append(part)
        return out

    def _is_group_at(self, i: int) -> bool:
        """Is the token at ``i`` placed on an armed group or a faction (the party a held
        place or unarmed people named after it are not; :func:`_named_not_as_group`)?"""
        found = self.actor_of.get(i)
        return found is not None and found.type in ("armed_group", "faction")

    def _unlinked_modifiers(self, mod: Any, head: Any) -> list[Any]:
        """The names listed after ``mod`` before the same head noun when the parser lost the
        list's ``conj`` link: "FDLR and Nyatura fighters" read as an ``amod`` "FDLR" holding
        the "and" and a ``compound`` "Nyatura" of "fighters" (gaps54). ``mod`` is a name
        placed on an actor, with a ``cc`` child and no ``conj``; each later modifier of
        ``head`` after that "and"/"or" that is a name placed on an actor is listed with it
        (the caller keeps only the kinds of party it codes). A modifier that is no name
        ("FDLR and allied fighters") ends nothing: it is simply not listed."""
        if (
            mod.dep_ not in ("amod", "nmod", "compound")
            or mod.pos_ != "PROPN"
            or mod.i not in self.actor_of
            or any(c.dep_ == "conj" for c in mod.children)
        ):
            return []
        cc = next((c for c in mod.children if c.dep_ == "cc" and c.i > mod.i), None)
        if cc is None:
            return []
        return [
            t
            for t in head.lefts
            if t.i > cc.i
            and t.dep_ in ("amod", "nmod", "compound")
            and t.pos_ == "PROPN"
            and t.i in self.actor_of
        ]

    def _name_conjuncts(self, tok: Any, found: Actor) -> list[Any]:
        """Tokens coordinated with an inner word of the multi-word name ``tok`` belongs to.

        The name is the run of neighbouring tokens placed on the same actor as ``tok``. A
        ``conj`` child of another of its words, or the head of another of its words read as a
        ``conj``, outside the run and placed on another actor, is coordinated with the whole
        name: the parser attached the list to the wrong word of a name it split (mmp28)."""
        key = found.key()

        def same(j: int) -> bool:
            placed = self.actor_of.get(j)
            return placed is not None and placed.key() == key

        if not same(tok.i):
            return []
        lo = hi = tok.i
        while lo - 1 >= 0 and same(lo - 1):
            lo -= 1
        while hi + 1 < len(tok.doc) and same(hi + 1):
            hi += 1
        if lo == hi:
            return []
        parts: list[Any] = []
        for t in tok.doc[lo : hi + 1]:
            if t.i == tok.i:
                continue
            linked = [c for c in t.children if c.dep_ == "conj"]
            if t.dep_ == "conj" and t.head.i != t.i:
                linked.append(t.head)
            for other in linked:
                placed = self.actor_of.get(other.i)
                if lo <= other.i <= hi or placed is None or placed.key() == key:
                    continue
                parts += [other, *(c for c in other.conjuncts if not lo <= c.i <= hi)]
        return parts

    def _done_by_named(self, noun: Any) -> bool:
        """``noun`` is the act "in" or "during" which a verb with a named doer was done: "Y
        was killed by U.S. Navy SEALs in a raid on his compound in Abbottabad" (the raid is
        the SEALs', so no agent is implied for it; lead42, from written27's notes)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.pos_ != "VERB":
            return False
        verb = prep.head  # only a passive's "by" names a doer: "militants died in a raid"
        return any(c.dep_ == "nsubjpass" for c in verb.children) and bool(self.agent(verb))

    def _report_content(self, noun: Any, pobj: Any) -> bool:
        """``pobj`` (under "of" ``noun``) is what a report tells, not whose it is: "reports
        (rumours) of Haqqani fighters sheltering Y" (a noun of report or hearsay,
        :func:`written.report_noun`, whose object does something; lead42)."""
        if not written.report_noun(noun, self.lex):
            return False
        return any(c.dep_ == "acl" and c.tag_ == "VBG" for c in pobj.children)

    def _actor(self, tok: Any, depth: int) -> Actor | None:
        if tok.pos_ == "NOUN" and self._former_members(tok):
            return None  # "former X commanders who remained loyal to Y": not X now (stop 36)
        placed = self.actor_of.get(tok.i)
        if tok.pos_ == "NOUN" and (placed is None or placed.type == "place"):
            # "the Taliban-held district of Y": its holder, not the place it lies in (world25)
            held = written.held_by_hyphen(self, tok, depth)
            if held is not None:
                return held
        if (
            tok.i not in self.actor_of
            and tok.lower_ in self.lex.compass_nouns
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        ):
            # "an IS target southwest of Baghdad" headed by 'southwest': the thing located is
            # the name before it; "of Baghdad" says where it lies (world23)
            for child in sorted(tok.lefts, key=lambda c: -c.i):
                if child.dep_ in ("compound", "nmod") and depth < 3:
                    found = self._actor(child, depth + 1)
                    if found is not None:
                        return found
            return None
        if depth < 3 and written.demonym_apposition(tok, self.actor_of):
            # "P, a Libyan who had trained Y": the nationality word describes P (written26)
            return self._actor(tok.head, depth + 1)
        if depth < 3 and tok.i not in self.actor_of:
            counted = written.counted_among(tok, self.lex)  # "P was among those killed by Y"
            if counted is not None:
                return self._actor(counted, depth + 1)
        if tok.i not in self.actor_of and depth < 3 and tok.pos_ == "PROPN":
            # "The First Regiment (al-Fawj al-Awl) operates under ...": a name the extractor
            # does not know, followed by a known group's name in parentheses, is that group
            # under another name (mmp5; a place, country or person in parentheses is not)
            for child in tok.children:
                other = self.actor_of.get(child.i)
                if (
                    child.dep_ == "appos"
                    and other is not None
                    and other.type not in ("place", "country", "person")
                    and not other.weak
                    and child.i > 0
                    and any(t.text == "(" for t in tok.doc[tok.i + 1 : child.i])
                    and not any(t.text == ")" for t in tok.doc[tok.i + 1 : child.i])
                ):
                    return other
        if (
            tok.i not in self.actor_of
            and tok.dep_ == "appos"
            and depth < 3
            and tok.pos_ == "NOUN"
            and tok.lower_ in self.lex.appositive_group_nouns
        ):  # "LeT, a group nurtured by X": the appositive stands for the name it follows
            return self._actor(tok.head, depth + 1)
        if tok.i not in self.actor_of and depth < 3 and tok.pos_ in ("NOUN", "PROPN"):
            used = written.weapon_user(self, tok, depth)  # "a missile fired from a U.S. drone"
            if used is not None:
                return used
        if tok.i not in self.actor_of and depth < 3 and tok.pos_ == "NOUN":
            named = written.apposed_name(self, tok)  # "merged into a new front, Y" (world9)
            named = named or written.future_founders(self, tok)  # "those who would found Y"
            if named is not None:
                return named
        if (
            tok.i not in self.actor_of
            and depth < 3
            and tok.pos_ == "NOUN"
            and tok.lower_ in _GROUP_NOUNS
            and written.predicated_group(tok) is not None
        ):  # "LeT is a group funded by X": the predicate noun stands for the subject
            return self._actor(written.predicated_group(tok), depth + 1)
        if tok.i not in self.actor_of and depth < 3:
            led = mechanisms.followers_under(self, tok)  # "fighters under P" (mmp11)
            if led is not None:
                return led
        if tok.i not in self.actor_of and depth < 3:
            role = mechanisms.appositive_role_group(self, tok)  # "P, an X commander" (mmp10)
            if role is not None:
                return role
        if depth < 3 and tok.pos_ == "NOUN":
            tied = mechanisms.hyphen_affiliated_body(self, tok, depth)  # "STC-aligned forces"
            if tied is not None:
                return self._qualified(tied, tok)
        if tok.i not in self.actor_of and depth < 3:
            partner = mechanisms.partner_named(self, tok)  # "its former allies in X": X
            partner = partner or mechanisms.led_coalition(self, tok)  # "the front led by X"
            partner = partner or mechanisms.hyphen_led_body(self, tok)  # "X-led courts"
            if partner is not None:
                return partner
        if tok.i in self.actor_of and depth < 3 and self.actor_of[tok.i].type == "person":
            role = mechanisms.then_role_group(self, tok)  # "P, then an X commander" (world11)
            if role is None and self.actor_of[tok.i].id.startswith("open:"):
                # a person the knowledge base does not know, tied to a group by his post:
                # "P, X's deputy leader, praised Y" (written32)
                role = mechanisms.appositive_role_group(self, tok, open_person=True)
            if role is not None:
                return role
        if (
            tok.i in self.actor_of
            and depth < 3
            and self.actor_of[tok.i].type != "person"
            and mechanisms.kunya_or_open_name(self.actor_of[tok.i])
            and any(
                c.dep_ == "appos"
                and c.lower_ in self.lex.later_roles
                and not any(w.lower_ in self.lex.later_words for w in c.children)
                for c in tok.children
            )  # fmt: skip
        ):  # "Abu P al-Q, X's commander in Z,": a name read as a group (the knowledge base's
            # group of a kunya's name, or an open name continuing one) is a person by the post
            # an apposition gives him (gaps64); "P, later the leader of X," is no post then
            role = mechanisms.appositive_role_group(self, tok, open_person=True)
            if role is not None and role.key() != self.actor_of[tok.i].key():
                return role
        if tok.i in self.actor_of:
            found = self.actor_of[tok.i]
            if (
                depth < 3
                and tok.pos_ == "NOUN"
                and tok.tag_ == "NNS"
                and (found.weak or found.type == "collective" or found.id.startswith("open:"))
            ):  # "the republicans who later formed Y": a common people noun that founded Y
                founded = written.future_founders(self, tok)
                if founded is not None:
                    return founded
            if self.headline and _hyphen_loose_tie(tok):
                # headline "TTP-linked militants", like "militants linked to TTP" (code.py
                # _affiliated_with): unnamed armed men, not the group's (LABELLING)
                return Actor(id=_UNIDENTIFIED, name="unidentified militants", mention=tok.text,
                             type="collective", org_id=_UNIDENTIFIED,
                             org_name="unidentified militants",
                             how="armed noun loosely tied to a group", weak=True)  # fmt: skip
            if found.weak or found.type == "collective":
                # "foreign fighters linked to X", "militants loyal to X": X's people
                patron = self._affiliated_with(tok, depth)
                if patron is None and found.id == _UNIDENTIFIED:
                    patron = self._of_group(tok, depth)  # "gunmen of X": X's (stop 28)
                if patron is not None:
                    return self._qualified(patron, tok)
                owner = written.possessing_group(tok, self.actor_of)
                if owner is not None:  # "Al Qaeda's foreign fighters": the group's own men
                    return self._qualified(owner, tok)
                led = mechanisms.followers_under(self, tok) if depth < 3 else None
                if led is not None:  # "foreign fighters under P" (mmp11)
                    return self._qualified(led, tok)
            if depth < 3 and found.id.startswith("open:"):
                owner = written.outlet_owner(self, tok)  # "X's weekly al-Naba" (written24)
                if owner is not None:
                    return owner
            if found.weak:  # "Lashkar-e-Jhangvi militants": the named group, not "militants"
                for child in tok.lefts:
                    named = self.actor_of.get(child.i)
                    if named is not None and not named.weak and named.type != "country":
                        return self._qualified(named, tok)
                return self._including(tok, depth) or found
            return found
        lower = tok.lower_
        # relative pronoun: the antecedent of the relative clause
        if tok.tag_ in ("WP", "WDT", "WP$") or lower in ("who", "which", "that", "whose"):
            clause = tok.head
            while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
                if clause.dep_ in ("ROOT",):
                    break
                clause = clause.head
            if clause.dep_ in ("relcl", "acl"):
                found = self._actor(clause.head, depth + 1)
                host = written.place_phrase_host(clause.head)
                if found is None and host.i != clause.head.i and self._attack_outcome(host, clause):
                    # "claimed a bombing outside a bank that killed Y": the parser hangs the
                    # clause on the place; the attack killed (written31)
                    return self._actor(host, depth + 1)
                return found
            return self._comma_relative_antecedent(tok, depth)
        acting = (self._event_noun(tok) or {}).get("type") in ("ASSAULT", "COERCE", "MOBILIZE")
        # a plural attack noun the tagger read as a verb in a subject's place ("Drone strikes
        # by the CIA killed Y": "strikes" VERB, nsubj) is the noun (written14)
        nounlike = tok.pos_ == "NOUN" or (
            tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass") and acting
        )
        if nounlike and (acting or self._instrument(tok)):
            # an attack or an instrument stands for its owner ("U.S. drone strike"); a
            # relation does not ("ended its affiliation with X": X is the other party)
            places = (self.lex.nouns.get(tok.lower_) or {}).get("place_modifiers")
            # "Afghanistan blast kills X": a bomb's country is where it went off (heads11,
            # events.yaml placed_instrument_modes)
            places = places or (
                not acting and self._instrument_mode(tok) in self.lex.placed_instrument_modes
            )
            # "Kenyan drone attacks": a demonym before an instrument owns it (peers24); a
            # country's name there ("Pakistan drone attack") may still be the place
            armed = any(self._instrument(c) for c in tok.lefts if c.dep_ in ("compound", "amod"))
            for sub in tok.lefts:
                for inner in sub.subtree:
                    if hyphen_agent(inner):
                        continue  # "a U.S.-backed raid": the backer is not its author
                    found = self.actor_of.get(inner.i)
                    placed = places and sub.dep_ != "poss" and found and found.type == "country"
                    # a demonym the tagger read as a name ("Recent Ugandan drone attacks":
                    # NNP) owns the instrument as the adjective does (world23)
                    owning = inner.pos_ == "ADJ" or (
                        found is not None and inner.pos_ == "PROPN" and _demonym_of(inner, found)
                    )
                    if found and not (placed and not (armed and owning)):
                        return found
            # a claimed instrument too: "X claims IED blast that injured Y" (heads13)
            claimant = self._claimant_of(tok, depth)
            if claimant is not None:  # "X claimed responsibility for the bombing that killed"
                return claimant
            author = self._act_author(tok, depth) if acting else None
            if author is not None:  # "the killing of X's soldiers by Y": the act is Y's
                return author
        if written.patronage_noun(tok, self.lex):
            return None  # "on behalf of X", "with the backing of X": X is no member of it
        signer = mechanisms.signed_by(self, tok, depth)  # "the Y accord signed by X" (mmp12)
        if signer is not None:
            return signer
        author = written.message_author(self, tok)  # "a statement by X condemned Y" (written53)
        if author is not None:
            return author
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
            # "members of X", "leaders of X", "some of X"
            for child in tok.children:
                if acting and child.lower_ == "of":
                    continue  # "the killing of X": X was struck, the act is not X's
                speaks_for = child.lower_ == "for" and (
                    lower in self.lex.spokesman_nouns
                    or (lower in self.lex.guest_envoy_nouns and not _owner_written(tok, self))
                )  # "negotiators for Jakarta" bargain for Jakarta; not "the UN envoy for X"
                if child.dep_ == "prep" and (
                    child.lower_ in ("of", "from", "within", "inside") or speaks_for
                ):  # "a spokesman for X" speaks for X (written13)
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and self._report_content(tok, pobj):
                            continue  # "reports of X fighters sheltering Y": told, no member
                        if pobj.dep_ == "pobj":
                            inner = self._actor(pobj, depth + 1)
                            if (
                                inner is not None
                                and inner.type == "person"
                                and child.lower_ == "of"
                                and _party_government(tok, self.actor_of)
                            ):
                                continue  # "the FLN government of Ben Bella": the FLN's
                            if (
                                inner
                                and child.lower_ == "from"
                                and inner.type in ("country", "place")
                                and self._force_noun(tok)
                            ):
                                continue  # "attack from Afghanistan": a place, not its author
                            if inner:
                                return self._qualified(inner, tok)
                if (
                    child.dep_ == "prep"
                    and child.lower_ == "in"
                    and lower in self.lex.seat_officials
                ):  # "officials in Kabul": the government seated there (extract._seat_officials)
                    for pobj in child.children:
                        inner = self.actor_of.get(pobj.i) if pobj.dep_ == "pobj" else None
                        if inner is not None and inner.how.startswith("metonymy"):
                            return self._qualified(inner, tok)
                if child.dep_ == "prep" and child.lower_ == "in" and lower in _sitting_bodies():
                    # "a court in Guyana" (peers20): a court sits in its own country's
                    # jurisdiction, so it is that state's ("troops in X" are not X's)
                    for pobj in child.children:
                        inner = self.actor_of.get(pobj.i) if pobj.dep_ == "pobj" else None
                        if inner is not None and inner.type == "country":
                            return self._qualified(inner, tok)
            if tok.pos_ == "NOUN" and any(
                c.dep_ == "amod" and self.actor_of.get(c.i) is not None
                and self.actor_of[c.i].type == "country" for c in tok.lefts
            ):  # fmt: skip
                # "the Palestinian camps held by Fatah loyalists": the holder the 'by' agent
                # names, not the people a demonym tells (mmp29)
                held = written.held_by(self, tok, depth)
                if held is not None:
                    return held
            # "X fighters", "X's operatives", "their members"
            # the name inside the phrase before its owner: "their Al Qaeda allies" are Al Qaeda
            order = {"compound": 0, "nmod": 1, "amod": 2, "poss": 3}
            counterpart = lower in self.lex.counterpart_nouns  # "Y's proxies" are not Y
            # "the TTP commander's brother" is no member of the TTP (heads11)
            counterpart = counterpart or (
                lower in self.lex.kin_nouns and mechanisms.leader_kin(self, tok) is None
            )  # but a group leader's kin are his group's (written33)
            not_its_group = _named_not_as_group(tok, self.lex)  # "Anti-balaka refugees" (gaps54)
            for child in sorted(tok.children, key=lambda c: order.get(c.dep_, 9)):
                if child.dep_ == "poss" and counterpart:
                    continue
                if (
                    not_its_group
                    and child.dep_ in ("compound", "nmod", "amod")
                    and self._is_group_at(child.i)
                ):
                    continue
                if child.dep_ in order and hyphen_agent(child):
                    continue  # "UN-backed government forces": the backer's not theirs (bugs37)
                if child.dep_ in order:
                    inner = self.actor_of.get(child.i)
                    if inner is None and child.dep_ == "poss":
                        inner = self._actor(child, depth + 1)  # "whose members", "its men"
                    if inner is None:
                        # "a Taliban district governor", "HTS security men" (written28)
                        inner = written.group_before_modifier(self, tok, child)
                    if inner is None:
                        continue
                    if inner.type == "country" and lower not in _STATE_HEADS:
                        continue  # "Afghan fighters" are not the Afghan state
                    if inner.type == "country" and mechanisms.rebels_between(child, tok):
                        continue  # "Somali rebel positions" are the rebels' (precision24)
                    if _pro_or_anti(child):
                        continue  # "pro-government fighters" are not the government
                    return self._qualified(inner, tok)
            if lower in _STATE_HEADS and tok.pos_ == "NOUN":
                # "senior Pakistani counter-terrorism officer": the country deeper inside
                for child in tok.lefts:
                    if child.dep_ not in ("compound", "amod", "nmod") or _pro_or_anti(child):
                        continue
                    if hyphen_agent(child):
                        continue  # "U.S.-trained commandos": the trainer's word (bugs37)
                    for sub in child.subtree:
                        inner = self.actor_of.get(sub.i)
                        if inner is not None and inner.type == "country" and sub.dep_ == "amod":
                            if mechanisms.rebels_between(sub, tok):
                                break  # "Somali rebel camps": the rebels' (precision24)
                            return self._qualified(inner, tok)
        if tok.pos_ == "NOUN":  # "couriers working for X", "a committee representing X"
            patron = written.acting_for(self, tok, depth)
            if patron is not None:
                return self._qualified(patron, tok)
            held = written.held_by(self, tok, depth)  # "a complex used by X" (round 15)
            if held is not None:
                return held
        if self._tieable_noun(tok):
            # "fighters loyal to X"; "units loyal to X" (mmp14: cues.yaml tied_unit_nouns);
            # "men loyal to P", "loyalists loyal to P" (world14: cues.yaml follower_nouns)
            tied = self._tied_armed_noun(tok, depth)
            if tied is not None:
                return tied
        loyal = self._loyal_people(tok, depth)
        if loyal is not None:
            return loyal
        if tok.pos_ == "NOUN" and tok.lower_ in self.lex.kin_nouns:
            # "Jalaluddin Haqqani's son Sirajuddin has maintained ties with Y": the relative
            # is no member of the possessor's group (heads11), but the name in apposition
            # is who he is (lead43)
            for child in tok.children:
                named = self.actor_of.get(child.i) if child.dep_ == "appos" else None
                if named is not None and child.i > tok.i and child.pos_ == "PROPN":
                    return named
        if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "compound" for c in tok.children):
            kin_leader = mechanisms.leader_kin(self, tok)  # "Omar's son Yaqoob" (written33)
            if kin_leader is not None:
                return self._qualified(kin_leader, tok)
        if tok.pos_ in ("NOUN", "NUM"):
            return self._including(tok, depth)
        return None

    def _loyal_people(self, tok: Any, depth: int) -> Actor | None:
        """People who are no armed men tied to a group by a word of loyalty after them ("senior
        figures loyal to X", "clerics faithful to X": cues.yaml ``loyal_people_nouns``,
        ``loyalty_words``) are X's own; a looser tie ("figures close to X") makes nobody's."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lower_ not in self.lex.loyal_people_nouns:
            return None
        objects = (
            o
            for c in tok.children
            if c.dep_ in ("acl", "amod") and c.i > tok.i
            and c.lemma_.lower() in self.lex.loyalty_words
            and not written.past_tie(c, self.lex)
            for o in self._affiliates_of(c)
        )  # fmt: skip
        patron = self._first_patron(objects, depth)
        return self._qualified(patron, tok) if patron is not None else None

    def _tied_armed_noun(self, tok: Any, depth: int) -> Actor | None:
        """Unnamed armed men tied to someone by the phrase after them: "fighters loyal to X",
        "rebels allied with X" are X's people; "rebels backed by X", "gunmen armed by X" are
        an actor of their own (unidentified) whose backer the participle's own event names
        (X SUPPORT them). A bare armed noun with nothing after it stays no actor."""
        patron = self._affiliated_with(tok, depth)
        if patron is not None:
            return self._qualified(patron, tok)
        for child in tok.children:
            if (
                child.dep_ == "acl"
                and child.tag_ == "VBN"
                and child.i > tok.i
                and any(c.dep_ == "agent" for c in child.children)
            ):
                return Actor(id=_UNIDENTIFIED, name="unidentified militants", mention=tok.text,
                             type="collective", org_id=_UNIDENTIFIED,
                             org_name="unidentified militants",
                             how="armed noun with a participle", weak=True)  # fmt: skip
        return None

    def _split_tied_subject(self, verb: Any) -> list[Actor]:
        """The party of armed men whom the parse split from ``verb``, a subjectless
        complement: in "officials said fighters loyal to X attacked Y" the parser reads
        "fighters loyal to X" as a clause of its own (the adjective of affiliation a
        complement of the verb of saying, the armed noun its subject) right before the verb.
        The armed noun (armed, tied-unit or follower nouns) is then the verb's subject and
        stands for X, as it does when parsed whole. Nothing for a noun that is no armed noun
        ("officials close to X said") or an adjective not right before the verb."""
        smalls = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i]
        if verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and verb.head.i < verb.i:
            smalls = [verb.head]  # "... loyal to X clashed with Y": the verb hung on "loyal"
        for small in smalls:
            if small.pos_ != "ADJ":
                continue
            end = max((t.i for t in small.subtree if t.i < verb.left_edge.i), default=-2)
            if (
                end + 1 != verb.left_edge.i
                or small.lemma_.lower() not in self.lex.affiliation_words
                or written.past_tie(small, self.lex)
            ):
                continue
            noun = next(
                (c for c in small.children if c.dep_ == "nsubj" and c.i == small.i - 1), None
            )
            if noun is None or not self._tieable_noun(noun):
                continue
            patron = self._first_patron(self._affiliates_of(small), 0)
            if patron is not None:
                return [self._qualified(patron, noun)]
        return []

    def _tieable_noun(self, tok: Any) -> bool:
        """Is ``tok`` a noun of unnamed armed men that a phrase after it can tie to a party
        (armed nouns, cues.yaml ``tied_unit_nouns``, plural ``follower_nouns``)?"""
        lower = tok.lower_
        return tok.pos_ == "NOUN" and (
            lower in _armed_nouns()
            or lower in self.lex.tied_unit_nouns
            or (lower in self.lex.follower_nouns and tok.tag_ == "NNS")
        )

    def _including_preps(self, tok: Any) -> list[Any]:
        """The 'including' phrases that name some of the people or groups ``tok`` tells of: on
        the noun, on its verb after it when it is an object, or on the noun of its 'of' phrase
        ("a coalition of groups including X")."""
        nouns = [tok, *(o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj")]  # fmt: skip
        preps = [c for n in nouns for c in n.children
                 if c.dep_ == "prep" and c.lower_ == "including"]  # fmt: skip
        if tok.dep_ in ("dobj", "obj"):
            preps += [c for c in tok.head.children if c.dep_ == "prep"
                      and c.lower_ == "including" and c.i > tok.i]  # fmt: skip
        return preps

    def _including_conjuncts(self, tok: Any, found: Actor, depth: int) -> list[Any]:
        """The members listed after the first in the 'including' phrase whose first member
        ``found`` is ("groups including X, Y and Z": Y, Z), when ``found`` came from it."""
        if depth > 2:
            return []
        out: list[Any] = []
        for prep in self._including_preps(tok):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                first = self.actor_of.get(pobj.i)
                if first is None or first.key() != found.key():
                    continue
                out += [c for c in pobj.conjuncts if c.i > pobj.i]
        return out

    def _including(self, tok: Any, depth: int) -> Actor | None:
        """'kill 10 militants, including two IS members', 'kills four, including an al-Qaeda
        suspect': unnamed people of whom some are named stand for the named group (the
        'including' phrase on the noun, or on its verb after an object)."""
        if depth > 2:
            return None
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "including"]
        if tok.dep_ in ("dobj", "obj"):
            preps += [c for c in tok.head.children if c.dep_ == "prep"
                      and c.lower_ == "including" and c.i > tok.i]  # fmt: skip
        for prep in preps:
            for pobj in prep.children:
                named = self._actor(pobj, depth + 1) if pobj.dep_ == "pobj" else None
                if named is not None and not named.weak and named.type not in ("country", "place"):
                    return named
        return None

    def _tie_told_before(self, verb: Any, sources: list[Actor]) -> tuple[list[Actor], str]:
        """The partner of a tie named again by a definite relation noun with no partner of
        its own: "X and Y announced a merger. ... X's commanders rejected the merger": the
        subject's latest cooperative tie told earlier in the document gives the other party
        ("ended the alliance", "broke the truce"). Nothing when the noun is no cooperative
        tie ("its rival"), when the subject is in no such
        tie, or the noun names its partner, a party or not ("did not cut its ties with the
        northern clans" is no tie with the partner told before; stop 37)."""
        if not sources:
            return [], ""
        # only a cooperative tie: "accused its rival of ..." is no partner of the subject's
        # alliance told before (walk49: "al-Qaeda-linked JNIM ... accused its rival" had
        # accused al-Qaeda)
        tie = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"
                    and (self._event_noun(c) or {}).get("frame") in ("reciprocal", "symmetric")
                    and (self._event_noun(c) or {}).get("type") in COOPERATIVE
                    and any(d.dep_ in ("det", "poss") and d.lower_ in _TIE_DETERMINERS
                            for d in c.lefts)), None)  # fmt: skip
        if (
            tie is None
            or any(
                p.dep_ == "prep"
                and any(
                    o.dep_ == "pobj" and (self.actors(o) or p.lower_ in _PARTNER_PREPS)
                    for o in p.children
                )
                for p in tie.children
            )
            or any(  # "broke its links to the elders": the parser hangs the partner on the verb
                p.dep_ == "prep" and p.i > tie.i and p.lower_ in ("with", "to")
                for p in verb.children
            )
        ):
            return [], ""  # "cut its ties with the northern clans": a partner, if no party
        own = {a.key() for a in sources}
        for a, b in reversed(self.earlier_ties):
            for one, other in ((a, b), (b, a)):
                if one.key() in own and other.key() not in own:
                    return [other], f"the other party of the tie told before ('{tie.text}')"
        return [], ""

    def _owners_listed(self, noun: Any, pobj: Any) -> bool:
        """Is ``noun`` a kind of party or partner (cues.yaml ``counterpart_nouns``,
        ``group_kind_nouns``) whose "of" phrase lists two parties or more ("the affiliates of
        al-Qaeda and the Islamic State", "the allies of X and Y")? Those are each owner's
        men, and the owners no partners of each other (stop 37: "the local affiliates of X
        and Y have avoided fighting" had coded a negated alliance of X and Y, and the same
        words asserted it). "The alliance of X and Y" is a relation noun and still ties
        them."""
        kinds = self.lex.counterpart_nouns | self.lex.group_kind_nouns
        if noun.lower_ not in kinds or noun.dep_ in ("attr", "oprd", "appos", "acomp"):
            return False  # "X remained allies of Y and Z": X's ties with each
        return any(c.dep_ == "conj" and self.actors(c) for c in pobj.subtree if c is not pobj)

    def _act_author(self, noun: Any, depth: int) -> Actor | None:
        """The author an attack noun names in a "by" phrase ("the killing of X's soldiers by
        Y": Y), else None. Its "of" phrase names whom the act struck, so the act never stands
        for them (``_actor``: "condemned the killing of Israeli soldiers" accuses nobody the
        text names)."""
        for child in noun.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self._actor(pobj, depth + 1)
                        if found is not None:
                            return found
        return None

    def _coordinated_claimants(self, noun: Any, claimant: Actor) -> list[Actor]:
        """Every claimant of ``noun`` when the claim's subject is coordinated ("X and Y
        claimed responsibility for the attack on Z": both; round 15), also when the claim is a
        passive with a coordinated agent ("the attack on Z was claimed jointly by X and Y":
        both; bugs36), else ``claimant``."""
        if noun.dep_ == "nsubjpass":
            agents = [
                a
                for agent in noun.head.children
                if agent.dep_ == "agent"
                for pobj in agent.children
                if pobj.dep_ == "pobj"
                for part in (pobj, *pobj.conjuncts)
                for a in self.actors(part)
                if a.type not in ("country", "place", "person")
            ]
            agents = [a for i, a in enumerate(agents)
                      if all(a.key() != b.key() for b in agents[:i])]  # fmt: skip
            if len(agents) >= 2 and claimant.key() in {a.key() for a in agents}:
                return agents
            return [claimant]
        prep = noun.head
        word = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "for" or word.dep_ not in ("dobj", "obj"):
            return [claimant]
        acts = [a for a in self.subject(word.head)[0]
                if a.type not in ("country", "place", "person")]  # fmt: skip
        if len(acts) < 2 or claimant.key() not in {a.key() for a in acts}:
            return [claimant]
        return acts

    def _attack_outcome(self, noun: Any, verb: Any) -> bool:
        """Is ``verb`` (a relative clause's verb) an assault (events.yaml verbs) told of
        ``noun``, an assault noun ("a bombing ... that killed Y"), with the relative pronoun
        as its subject?"""
        noun_type = (self.lex.nouns.get(noun.lower_) or {}).get("type")
        verb_type = (self.lex.verbs.get(verb.lemma_.lower()) or {}).get("type")
        gap = any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)
        return noun_type == "ASSAULT" and verb_type == "ASSAULT" and gap

    def _claimant_of(self, noun: Any, depth: int) -> Actor | None:
        """Who claimed ``noun`` ("X claimed responsibility for the bombing"), if anyone."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for":
            return written.claimed_attack(self, noun) if depth <= 3 else None
        word = prep.head
        verb = word.head if word.dep_ in ("dobj", "obj", "nsubjpass") else None
        if word.lemma_.lower() not in self.lex.claim_objects or verb is None:
            return None
        if verb.lemma_.lower() not in self.lex.claim_words or depth > 3:
            return None
        if word.dep_ == "nsubjpass":  # "responsibility for X was claimed by Y": Y, the agent
            return written.passive_claimant(self, verb)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return self._actor(subjects[0], depth + 1) if subjects else None

    def _of_group(self, tok: Any, depth: int) -> Actor | None:
        """The armed group an "of" or "from" phrase after an armed noun names ("gunmen of X",
        "militants from X", code.rules.v107): X's men. Not a country or a collective
        ("gunmen of the area", "fighters from Chechnya"). A phrase after a conjunct that the
        parser hangs on the first conjunct ("X's fighters and militants from Y") is the
        conjunct's."""
        preps = list(tok.children)
        if tok.dep_ == "conj":
            preps += [c for c in tok.head.children if c.i > tok.i]
        for prep in preps:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from") and prep.i > tok.i:
                for pobj in prep.children:
                    inner = self._actor(pobj, depth + 1) if pobj.dep_ == "pobj" else None
                    if inner is not None and inner.type in _ARMED_TYPES:
                        return inner
        return None

    def _comma_relative_antecedent(self, tok: Any, depth: int) -> Actor | None:
        """The party a non-restrictive "who"/"which" points back to when the parser made its
        clause one of the main verb's own (advcl, conj, ccomp) instead of a relative clause
        on the noun before the comma: "the tribes turned against Al Qaeda in Iraq, which had
        been killing their elders" (the clause hung on "turned", the name's last word a
        place; written50). The noun phrase right before the comma, read from its last word
        up through the prepositions and compounds of a name ("Al Qaeda in Iraq": "Iraq",
        "in", "Qaeda"), gives the first party that is no place or country; None when there
        is none, or when the clause is a relative clause after all."""
        if tok.lower_ not in ("who", "which") or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if (
            tok.i < 2
            or self.doc[tok.i - 1].text != ","
            or tok.head.dep_ not in ("advcl", "conj", "ccomp")
        ):
            return None
        word = self.doc[tok.i - 2]
        for _ in range(4):
            if word.pos_ in ("NOUN", "PROPN"):
                found = self._actor(word, depth + 1)
                if found is not None and found.type not in ("place", "country"):
                    return found
            if word.dep_ not in ("pobj", "prep", "compound") or word.head.i >= tok.i:
                return None
            word = word.head
        return None

    def _affiliation_objects(self, tok: Any) -> Iterator[Any]:
        """The objects of the participle or adjective of affiliation after ``tok`` ("fighters
        linked to X", "militants loyal to X", "commanders affiliated with X": X), and the agent
        of a participle of leading ("gunmen sent by X", "men commanded by X"), in order."""
        for child in tok.children:
            if child.dep_ not in ("acl", "amod") or child.i < tok.i:
                continue
            if child.lemma_.lower() in self.lex.leading_participles and child.tag_ == "VBN":
                # "gunmen sent by P", "fighters led by P": the men of P's group (lead47)
                for agent in child.children:
                    if agent.dep_ == "agent":
                        yield from (p for p in agent.children if p.dep_ == "pobj")
                continue
            if child.lemma_.lower() not in self.lex.affiliation_words:
                continue
            if written.past_tie(child, self.lex):
                continue  # "tribesmen, once allied with X,": no longer X's men (round 11)
            if self.headline and headline.loose_tie(child):
                continue  # headline "militants linked to X": not X's members (LABELLING)
            yield from self._affiliates_of(child)

    @staticmethod
    def _affiliates_of(word: Any) -> Iterator[Any]:
        """The objects of the "to"/"with"/"for" phrases of a word of affiliation ("loyal to
        X", "allied with X"), in order."""
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "with", "for"):
                yield from (p for p in prep.children if p.dep_ == "pobj")

    def _first_patron(self, pobjs: Iterable[Any], depth: int) -> Actor | None:
        """The first of ``pobjs`` that stands for a party men can belong to (no country, no
        collective), or None."""
        for pobj in pobjs:
            inner = self._actor(pobj, depth + 1)
            if inner is not None and inner.type not in ("country", "collective"):
                return inner
        return None

    def _affiliated_with(self, tok: Any, depth: int) -> Actor | None:
        """The group that a participle or adjective after ``tok`` ties it to ("fighters
        linked to X", "militants loyal to X", "commanders affiliated with X")."""
        return self._first_patron(self._affiliation_objects(tok), depth)

    def _affiliated_conjuncts(self, tok: Any, depth: int) -> list[Actor]:
        """The groups coordinated after the first one an affiliation word after ``tok`` ties
        it to ("fighters loyal to X and Y": Y), as :meth:`_affiliated_with` reads X."""
        out: list[Actor] = []
        for pobj in self._affiliation_objects(tok):
            for conj in pobj.conjuncts:
                inner = self._actor(conj, depth + 1) if conj.i > pobj.i else None
                if inner is not None and inner.type not in ("country", "collective"):
                    out.append(inner)
        return out

    @staticmethod
    def _qualified(actor: Actor, head: Any) -> Actor:
        original = head.doc.user_data.get("text")  # a repaired parse keeps the real words

        def word(t: Any) -> str:
            return original[t.idx : t.idx + len(t.text)] if original else t.text

        mods = [word(t) for t in head.lefts if t.dep_ in ("amod", "compound", "nummod", "det")
                and t.lower_ not in ("the", "a", "an")]  # fmt: skip
        qualifier = " ".join([*mods, word(head)]) if head.lower_ in MEMBER_NOUNS else None
        if not qualifier:
            return actor
        return Actor(**{**actor.__dict__, "qualifier": qualifier})

    # -- subjects and objects -----------------------------------------------------
    def subject(self, verb: Any, seen: int = 0) -> tuple[list[Actor], bool, str]:
        """(actors, passive?, how) of the subject of ``verb``, inherited where needed (kept
        a verb while :meth:`run` codes the sentence, as :meth:`actors` is)."""
        memo = self._subject_memo
        if memo is None or verb.doc is not self.doc.doc:
            return self._subject(verb, seen)
        key = (verb.i, seen)
        found = memo.get(key)
        if found is None:
            acts, passive, how = self._subject(verb, seen)
            found = memo[key] = (tuple(acts), passive, how)
        return list(found[0]), found[1], found[2]

    def _stranded_first_conjunct(self, verb: Any, subj: Any) -> list[Actor]:
        """ "Nusra and Jaish al-Muhajireen wal-Ansar stormed the base": the parser made the
        first name the sentence's root, with "and" on it and the verb its conjunct, and gave
        the verb the second name alone as subject. The first name's actors (no place or
        country) belong to the subject too (mmp28)."""
        first = verb.head
        if (
            verb.dep_ != "conj"
            or first.dep_ != "ROOT"
            or first.pos_ not in ("PROPN", "NOUN")
            or not first.i < subj.i < verb.i
            or not any(
                c.dep_ == "cc" and c.lower_ == "and" and first.i < c.i < subj.i
                for c in first.children
            )  # fmt: skip
        ):
            return []
        return [a for a in self.actors(first) if a.type not in ("place", "country")]

    def _subject_in_date(self, verb: Any) -> list[Actor]:
        """The subject of a verb the parser gave none, read into a fronted date: "In the spring
        of 2018 GATIA fighters attacked Y" (the parser makes "GATIA fighters" the object of
        "of", with the year as its number). The actors of a noun under "of" in a phrase
        before the verb, with a four-digit year as its number before the name (mmp28)."""
        if any(c.dep_ in ("nsubj", "csubj", "nsubjpass", "csubjpass", "expl")
               for c in verb.children):  # fmt: skip
            return []
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i > verb.i:
                continue
            for tok in prep.subtree:
                if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.i > verb.i:
                    continue
                year = next((c for c in tok.children if c.dep_ == "nummod"
                             and len(c.text) == 4 and c.text.isdigit()), None)  # fmt: skip
                if year is None:
                    continue
                acts = [a for a in self.actors(tok) if a.type not in ("place", "country")]
                if acts and all(year.i < j for j in range(year.i + 1, tok.i + 1)):
                    return acts
        return []

    def _participle_subject(self, child: Any) -> list[Actor]:
        """The actors of "X operating in Y", a participle phrase the parser made a gerund
        clause (``child``, the subject of the verb) with X as its subject: "The Red Cross
        operating in Iraq said Y must ..." is the Red Cross's statement (peers59). Only for
        a participle before its verb whose other dependents are place phrases
        (events.yaml ``locative_participle_preps``): "Kenya closing the border angered Y"
        (an object) stays the clause it is; places and countries are never the subject.

        >>> from riftwatch.nlp.extract import extract_document
        >>> text = "The Red Cross operating in Kenya condemned Uganda."
        >>> sorted((c.event.source.org_name, c.event.event_type, c.event.target.org_name)
        ...        for c in extract_document({"id": "t", "date": "2010-01-01", "text": text}))
        [('International Committee of the Red Cross', 'ACCUSE', 'Uganda')]
        """
        if child.tag_ != "VBG" or child.dep_ not in ("nsubj", "csubj") or child.i > child.head.i:
            return []
        inner = None
        places = self.lex.locative_participle_preps
        for c in child.children:
            if c.dep_ == "nsubj" and c.i < child.i and inner is None:
                inner = c
            elif c.dep_ == "prep" and c.i > child.i and c.lower_ in places:
                continue
            elif c.dep_ != "punct":
                return []
        if inner is None:
            return []
        return [a for a in self.actors(inner) if a.type not in ("place", "country")]

    def _subject(self, verb: Any, seen: int = 0) -> tuple[list[Actor], bool, str]:
        if seen > 6:
            return [], False, ""
        dep = verb.dep_
        head = verb.head
        if dep == "ROOT" and verb.pos_ == "VERB":
            swallowed = self._subject_in_date(verb)
            if swallowed:
                return swallowed, False, "subject read into the fronted date before it"
        for child in [*verb.children, *written.passive_aux_subjects(verb)]:
            if child.dep_ in ("nsubj", "csubj", "nsubjpass", "csubjpass"):
                passive = child.dep_ in ("nsubjpass", "csubjpass") or child.head.i != verb.i
                acts = written.coordinated_modifiers(self, child, self.actors(child))
                if not acts:
                    acts = self._participle_subject(child)
                    if acts:  # "The Red Cross operating in Iraq said ..." (peers59)
                        return acts, False, "subject (a participle phrase read as its clause)"
                if acts and child.dep_ == "nsubj":
                    acts += [a for a in self._stranded_first_conjunct(verb, child)
                             if all(a.key() != b.key() for b in acts)]  # fmt: skip
                if not acts and child.lower_ in _ELLIPTIC and dep in ("conj", "dep"):
                    # "commander killed, another held": another (commander) of the same kind
                    acts, _p, _h = self.subject(head, seen + 1)
                    return acts, passive, "subject of the first clause ('another')"
                for other in verb.children:  # "Eleven soldiers, 17 Taliban killed": two subjects
                    if other.i > child.i and other.dep_ == child.dep_:
                        acts += [a for a in self.actors(other)
                                 if all(a.key() != b.key() for b in acts)]  # fmt: skip
                    elif (
                        self.headline
                        and other.i < child.i
                        and other.dep_ in ("npadvmod", "dep", "nmod")
                        and other.right_edge.i + 1 < len(self.doc)
                        and self.doc[other.right_edge.i + 1].text == ","
                    ):  # headline list before the subject: "Taliban, security forces sustain"
                        acts = [*(a for a in self.actors(other)
                                  if all(a.key() != b.key() for b in acts)), *acts]  # fmt: skip
                if acts and child.dep_ == "nsubj" and _member_noun(child, self.actor_of):
                    # "Fighters of X and Y clashed in Borno": the members of every group of
                    # the coordinated 'of' phrase, not of its first only (mmp25)
                    more = self._of_conjuncts(verb)
                    if len(more) > len(acts) and all(
                        any(a.key() == m.key() for m in more) for a in acts
                    ):
                        acts = more
                if acts and dep == "relcl" and child.lower_ in ("that", "who", "which"):
                    # "It was X and Y that stormed the palace together": a relative clause on
                    # the head of a coordination is on every conjunct (world9)
                    acts += [a for a in written.relative_conjuncts(self, verb)
                             if all(a.key() != b.key() for b in acts)]  # fmt: skip
                if not acts and dep == "relcl" and child.lower_ in ("that", "who", "which"):
                    # "X was among / one of the groups that attacked Y": X attacked (world10)
                    acts = mechanisms.partitive_holder(self, head)
                    if acts:
                        return acts, False, "the group the partitive holds ('among the ...')"
                if not acts and child.lower_ in ("that", "who"):
                    # "It was X, officials said, that sheltered Y": the cleft's focus (written14)
                    acts = written.cleft_focus(self, verb)
                    if acts:
                        return acts, False, "the focus of the cleft ('it was X that ...')"
                if not acts and dep == "relcl":
                    # "X launched an offensive that drove Y out": who launched it (mmp15)
                    acts = mechanisms.operation_agent(self, verb)
                    if acts:
                        return acts, False, "agent of the operation the clause describes"
                return acts, passive, "passive subject" if passive else "subject"
        aside = written.aside_split_subject(verb, self.lex)
        if aside is not None:
            acts = written.coordinated_modifiers(self, aside, self.actors(aside))
            if acts:
                # "X's fighters, an official said, have attacked Y": the parser gave the
                # subject to the interposed 'said' (written30)
                passive = any(c.dep_ == "auxpass" for c in verb.children)
                return acts, passive, "subject (taken by an interposed attribution)"
        if (
            dep in ("dobj", "obj")
            and verb.tag_ == "VBG"
            and head.lemma_.lower() in self.lex.gerund_holding_verbs
        ):
            # "X had a falling out with Y": an act in the gerund that 'have' holds is the
            # subject's own (replay20; events.yaml gerund_holding_verbs)
            acts, passive, how = self.subject(head, seen + 1)
            return acts, passive, f"{how} (of '{head.text} a {verb.text}')"
        if dep in ("ccomp", "advcl") and verb.pos_ == "VERB":
            tied = self._split_tied_subject(verb)
            if tied:
                # "Residents said fighters loyal to X clashed with Y": the parser makes the
                # armed noun the subject of "loyal", a clause of its own before the verb
                return tied, False, "subject (armed men tied to a party, split off by the parse)"
        if dep == "dep" and verb.pos_ == "VERB" and head.pos_ == "VERB" and head.i < verb.i:
            # headline coordination without 'and': "forces kill two, arrest 14 militants"
            acts, passive, how = self.subject(head, seen + 1)
            return acts, passive, f"{how} (shared by coordination)"
        if dep == "acomp" and verb.tag_ == "VBN" and written.stative_copula(head, self.lex):
            # "X and Y remain closely aligned": a passive of state completing 'remain'
            acts, _passive, how = self.subject(head, seen + 1)
            return acts, True, f"{how} (of '{head.text}', a participle of state)"
        if verb.pos_ in ("ADJ", "ADV") and dep in ("acomp", "oprd", "xcomp", "attr", "advmod"):
            # "has grown closer to X": the subject of the verb the adjective completes
            acts, passive, how = self.subject(head, seen + 1)
            return acts, passive, f"{how} (of '{head.text}')"
        if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod"):
            acts, passive, how = self.subject(head.head, seen + 1)
            return acts, False, f"{how} (through '{head.text}')"
        if (
            dep == "advcl"
            and _reports(head, self.lex)
            and not written.addressee_of_writing(self, verb)  # "X wrote to Y, warning ..."
            and not written.speakers_judging_participle(verb, self.lex)
        ):
            # "Army says militants attack post, kill 2 soldiers": the parser hangs the reported
            # clause on the reporting verb; its subject is the reported one, never the speaker
            for child in head.children:
                if child.dep_ in ("dobj", "obj") and child.i < verb.i:
                    acts = self.actors(child)
                    if acts:
                        return acts, False, "subject of the reported clause"
            return [], False, ""
        speech = written.interposed_judging_speaker(verb, self.lex) if dep == "advcl" else None
        if speech is not None:
            # "Y's men died in X's raids, Z said, denouncing the raids": Z denounces
            acts, _passive, how = self.subject(speech, seen + 1)
            return acts, False, f"{how} (of the interposed '{speech.text}')"
        permitted = written.permitted_agent(verb, self.lex)
        if permitted is not None:
            acts = self.actors(permitted)
            if acts:
                # "X would not give permission to Y to help Z": Y would help (world21)
                return acts, False, f"receiver of the permission given by '{head.text}'"
        commissioned = written.commissioned_agent(verb, self.lex)
        if commissioned is not None:
            acts = self.actors(commissioned)
            if acts and not all(a.weak for a in acts):
                # "the ISI paid the Haqqani network to attack X": the network attacks
                return acts, False, f"object of '{head.text}' (paid or sent to act)"
        if dep == "xcomp" and _relative_report_gap(verb, head, self.lex):
            # "froze the accounts of charities it said had been raising money for X": the
            # noun the relative clause hangs on did it, never the speaker (written69)
            acts = self.actors(head.head)
            return acts, False, "noun before the relative clause of saying" if acts else ""
        if dep == "xcomp" or (dep == "advcl" and verb.tag_ in ("VBG", "VBN", "VB")):
            # object control: "sent gunmen to attack" -> the sender, unless the object is a
            # real actor ("ordered the Nusra Front to stop")
            for child in head.children:
                if child.dep_ in ("dobj", "obj") and dep == "xcomp":
                    if mechanisms.leaving_verb(self.lex, head):
                        break  # "left Y to found X": Y is the group left, not who founds (mmp12)
                    acts = self.actors(child)
                    if acts and not all(a.weak for a in acts):
                        return acts, False, "object of the governing verb"
            if dep in ("xcomp", "advcl"):
                # "X appealed to Y to expel Z", "X called on Y to arrest Z": Y is asked to act
                addressee = mechanisms.appeal_addressee(self, head, verb)
                if addressee:
                    return addressee, False, f"addressee of '{head.text}' (asked to act)"
            acts, passive, how = self.subject(head, seen + 1)
            if (
                dep == "xcomp"
                and verb.tag_ == "VBN"
                and not any(c.dep_ in ("aux", "dobj", "obj") for c in verb.children)
            ):  # "soldiers (were) reported killed": a participle complement is a passive
                return acts, True, f"{how} (of '{head.text}', participle)"
            if (
                dep == "advcl"
                and verb.tag_ == "VBN"
                and verb.i < head.i
                and any(c.dep_ == "agent" for c in verb.children)
                and not any(
                    c.dep_ in ("aux", "auxpass", "mark", "dobj", "obj") for c in verb.children
                )
            ):  # "Backed by X, Y expanded ...": an opening participle with its agent is a
                # passive of the main clause's subject (written18)
                return acts, True, f"{how} (of '{head.text}', opening participle)"
            if dep == "advcl" and written.trailing_agent_participle(verb):
                # "Y fought on in Tirah, helped throughout by X": a participle set off by a
                # comma after the clause, with its agent, is a passive of its subject too
                # (written32)
                return acts, True, f"{how} (of '{head.text}', trailing participle)"
            if dep == "advcl" and any(c.dep_ == "auxpass" for c in verb.children):
                # "Y fled to Z, having been driven from its strongholds by X": a passive
                # participle clause of its own ("having been", "being") suffers what it tells
                # (written round 19)
                return acts, True, f"{how} (of '{head.text}', passive participle clause)"
            return acts, False if dep == "xcomp" else passive, f"{how} (inherited)"
        if dep == "conj" and head.pos_ in ("VERB", "AUX"):
            main = written.main_clause_conjunct(verb)
            if main is not None:
                # "raided a house where X's men met and arrested four of them": the raiders
                # arrested (written29)
                acts, passive, how = self.subject(main, seen + 1)
                return acts, passive, f"{how} (of '{main.text}', across a relative clause)"
            antecedent = written.partitive_relative_antecedent(head)
            if antecedent is not None and self.actors(antecedent):
                # "X, some of whom had been trained by Z, attacked Y": X attacked
                return self.actors(antecedent), False, "subject before 'some of whom'"
            if head.dep_ == "parataxis" and head.lemma_.lower() in self.lex.speech:
                # "X plans to ..., a spokesman said, and has warned Y": the parser hangs the
                # second predicate on the interposed attribution; it is X's (round 15)
                acts, passive, how = self.subject(head.head, seen + 1)
                if acts:
                    return acts, passive, f"{how} (shared across an interposed attribution)"
            speaker = mechanisms.speaker_of_taken_up_conjunct(self.lex, verb, head)
            if speaker is not None:
                # "X said Y was a branch of Z and vowed to drive it out": "it" is Y, so the
                # vow is X's, the speaker's (walk62)
                acts, passive, how = self.subject(speaker, seen + 1)
                if acts:
                    return acts, passive, f"{how} (of '{speaker.text}', whose report it takes up)"
            governor = _gerund_complement_governor(verb, head)
            if governor is not None:
                # "X accused Y of arming the rebels and expelled its envoy": a verb that is no
                # gerund continues no gerund the accusation holds; it is X's own act (walk61)
                acts, passive, how = self.subject(governor, seen + 1)
                return acts, passive, f"{how} (of '{governor.text}', past a gerund complement)"
            acts, passive, how = self.subject(head, seen + 1)
            if passive and _active_conjunct(verb):
                # "X was founded in 1990 and attacked Y": a finite active verb after a passive
                # one has the shared subject as its agent, not as its patient (mmp4)
                return acts, False, f"{how} (subject of an active conjunct)"
            return acts, passive, f"{how} (shared by coordination)"
        if dep == "amod" and verb.tag_ == "VBN":  # "ISI-backed militants": the militants
            described = self.actors(head)
            # "the al-Qaeda-linked JNIM and the IS in the Greater Sahara": a conjunct with a
            # determiner of its own is outside the participle's noun phrase (walk49)
            apart = {a.key() for c in head.conjuncts if c.i > head.i
                     and any(d.dep_ == "det" for d in c.lefts) for a in self.actors(c)}  # fmt: skip
            own = [a for a in described if a.key() not in apart]
            return own or described, True, "the noun the participle describes"
        if dep in ("relcl", "acl"):
            antecedent = self.actors(head)
            # "TTP terrorist nabbed in Swat": an acl participle the tagger read as a past
            passive = verb.tag_ in ("VBN", "VBD") and dep == "acl"
            if passive and _main_verb_after_apposition(verb, self.lex):
                # "X and Y, rival militias, feuded for years": the sentence's own verb, hung
                # on its subject by the parser after the apposition
                return antecedent, False, "subject (the apposition set off by commas)"
            host = None if antecedent else written.place_aside_host(verb, self.lex)
            if host is not None and self.actors(host):
                # "Tribesmen in the foothills, paid by X, guided Y": the parser hangs the
                # participle on the place; the party before the place is paid (written32)
                return self.actors(host), True, f"'{host.text}' (participle after its place)"
            if not antecedent and head.lower_ in _ELLIPTIC and head.dep_ in ("dep", "conj"):
                # "commander killed, another held": another (commander) of the same kind
                antecedent, _p, _h = self.subject(head.head, seen + 1)
            if not antecedent:
                # "X was one of several factions that announced ...": X announced (mmp11)
                antecedent = mechanisms.partitive_holder(self, head)
            addressee = None if antecedent else mechanisms.ultimatum_addressee(self, verb)
            if addressee is not None:
                # "gave Y an ultimatum to withdraw": Y is to withdraw, not the giver (peers18)
                return addressee, False, "addressee of the ultimatum"
            if not antecedent and verb.tag_ == "VBG" and dep == "acl":
                # "X issued a statement praising Y": who issued the message (round 16)
                antecedent = written.message_issuer(self, head)
                if antecedent:
                    return antecedent, False, f"who issued the '{head.text}'"
            made_in = None if antecedent else written.attempt_adjunct_verb(verb, self.lex)
            if made_in is not None:
                # "X opened fire in an attempt to kill P": who did it attempts (written23)
                acts, passive, _how = self.subject(made_in, seen + 1)
                if acts and not passive:
                    return acts, False, f"subject of '{made_in.text}' (in an attempt to)"
            if not antecedent and mechanisms.purpose_clause(verb):
                # "began a strike to protest against X": who began it protests
                return self.subject(head.head, seen + 1)[0], False, "subject (purpose clause)"
            return antecedent, passive, "antecedent of the relative clause"
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "from", "against"):
            # "accused X of supporting Y", "suspected X of harbouring Y", "barred X from
            # meeting Y", "warned X against helping Y": X does it
            for child in head.head.children:
                if child.dep_ in ("dobj", "obj"):
                    acts = self.actors(child)
                    if acts:
                        return acts, False, f"object of '{head.head.text}'"
                    if child.lower_ in ("other", "another") or child.i > head.i:
                        break  # "X and Y accused each other of V-ing": they both do it
                    # "accused a commander of helping Y": the object (before the "of")
                    # does it, an actor or not; never the one who accused (walk53)
                    return [], False, f"object of '{head.head.text}' (no actor)"
        if dep == "pcomp" and written.reason_verb(head, self.lex) is not None:
            # "sanctioned X for funding Y", "praised X for attacking Y": X does it
            for child in head.head.children:
                if child.dep_ in ("dobj", "obj"):
                    acts = self.actors(child)
                    if acts:
                        return acts, False, f"object of '{head.head.text}' (for)"
                    if child.i < head.i:
                        # "X expelled a commander for helping Y": the commander helped, not X
                        return [], False, f"object of '{head.head.text}' (for; no actor)"
        if dep == "pcomp" and written.wary_of(head, self.lex):
            # "X has grown wary of hosting Y": X would host
            acts, _passive, how = self.subject(head.head, seen + 1)
            return acts, False, f"{how} (of '{head.head.text}')"
        if dep == "pcomp" and head.dep_ == "prep":
            claim = written.claimed_gerund(head, self.lex)
            if claim is not None:
                # "X claimed responsibility / took credit for killing Y": the claimant did it
                acts, _passive, how = self.subject(claim, seen + 1)
                return acts, False, f"{how} (claimed '{head.head.text} for')"
            denial = written.dismissed_allegation(head, self.lex)
            if denial is not None:
                # "Iran rejected allegations of arming Y": the denier is charged with it
                acts, _passive, how = self.subject(denial, seen + 1)
                return acts, False, f"{how} (charged in the '{head.head.text}' '{denial.text}')"
            if head.head.pos_ not in ("VERB", "AUX"):
                return [], False, ""
            # "is suspected of sheltering X": the suspected one shelters (a gerund is active)
            acts, _passive, how = self.subject(head.head, seen + 1)
            return acts, any(c.dep_ == "auxpass" for c in verb.children), how
        return [], False, ""

    def _beneficiary_after_place(self, verb: Any, own: set[Any]) -> list[Actor]:
        """The party of a "for" phrase that the parser hangs on the place of the thing a
        verb of giving provides ("provided two safe houses in Peshawar for Y's couriers",
        "rented rooms near the border for Y": the "for" goes with the verb, not with the
        place, which is no party). Only a place phrase (cues.yaml ``place_prepositions``:
        "in", "near", "at" ...) of the verb or of its object carries it, and only when the
        verb has an object (written63)."""
        places = self.lex.place_prepositions
        if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return []
        holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
        for obj in holders:
            for prep in obj.children:
                if prep.dep_ != "prep" or prep.lower_ not in places:
                    continue
                for place in prep.children:
                    if place.dep_ != "pobj" or self.actors(place):
                        continue
                    for sub in place.children:
                        if sub.dep_ != "prep" or sub.lower_ != "for":
                            continue
                        acts = [
                            a
                            for p in sub.children
                            if p.dep_ == "pobj"
                            for a in self.actors(p)
                            if a.key() not in own
                        ]
                        if acts:
                            return acts
        return []

    def objects(self, verb: Any, entry: dict[str, Any]) -> tuple[list[Actor], str]:
        envoys = written.hosted_envoys(self, verb)
        if envoys:  # "hosted a Taliban delegation": the envoys' group (round 15)
            return envoys, "hosted envoys"
        if written.hosted_gathering(verb, self.lex):  # "hosted talks between X and Y": no recipient
            return [], ""
        preps = set(entry.get("preps") or ())
        # "provided the TTP with explosives": with a "with" phrase, the object is the recipient
        thing = bool(entry.get("object_is_thing")) and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
        )
        if thing and self._party_moved_from(verb, entry):
            thing = False  # "cleared TTP fighters from the heights": the object is driven out
        if (
            thing
            and entry.get("people_escorted")
            and any(
                c.dep_ in ("dobj", "obj") and c.lower_ in self.lex.escorted_people_nouns
                for c in verb.children
            )
        ):
            thing = False  # "ferried Y's trainees to the camps": Y's people moved (written24)
        if entry.get("people_escorted") and any(
            c.dep_ in ("dobj", "obj") and c.lower_ in self.lex.exchanged_captive_nouns
            for c in verb.children
        ):
            return [], ""  # "transported Y's prisoners to a jail": custody, no help (written24)
        # "withdrew its troops from X", "sent its envoy to X": an object that is the subject's
        # own body is no other party; the target is looked for further on
        own = {a.key() for a in self.subject(verb)[0]}
        for child in verb.children:
            if child.dep_ in OBJECT_DEPS and not (thing and child.dep_ in ("dobj", "obj")):
                if written.listed_member(child, self.lex):
                    continue  # "defected to Y, among them its spokesman" (round 10)
                if (
                    entry.get("type") == "MOBILIZE"
                    and child.dep_ in ("dobj", "obj")
                    and _member_noun(child, {})
                    and not any(
                        c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "of")
                        for c in child.children
                    )
                ):
                    # "X deployed gunmen against Y": unnamed men X sends are its own force;
                    # the target is the "against" party (prec54)
                    continue
                author = written.condemned_act_author(self, verb, child)
                if author:  # "condemned X's arming of Y": X is condemned (prec54)
                    return author, f"author of the condemned act '{child.text}'"
                acts = written.coordinated_modifiers(self, child, self.actors(child))
                if not acts and child.dep_ == "dative":  # "provided weapons to X"
                    for pobj in [*child.children, *_stranded_pobj(child)]:
                        if pobj.dep_ == "pobj" or pobj.dep_ in ("nsubj", "nsubjpass"):
                            acts = acts or self.actors(pobj)
                if acts and own and all(a.key() in own for a in acts):
                    continue
                if acts and child.dep_ in ("dobj", "obj") and entry.get("type") == "ASSAULT":
                    # "killed three Uzbek militants along with two IS commanders": the
                    # companions of the victims after the verb are victims too (written66)
                    known = {a.key() for a in acts} | own
                    acts += [a for a in self._victims_along(verb, child) if a.key() not in known]
                if acts:
                    return acts, f"object ({child.dep_})"
        victim = None if thing else written.resultative_object(verb, self.lex)
        if victim is not None:  # "shot dead the ISKP's deputy governor" (written29)
            acts = [a for a in self.actors(victim) if a.key() not in own]
            if acts:
                return acts, "object (hung on a resultative 'dead')"
        victims = None if thing else written.partitive_victims(verb, self.lex)
        if victims is not None:  # "killed thirty people, many of them soldiers" (written48)
            acts = [a for a in self.actors(victims) if a.key() not in own]
            if acts:
                return acts, "object (named by 'N of them' after a count of people)"
        clausal = None if thing else written.nominal_clause_object(verb)
        if clausal is not None:  # "on Tuesday designated Y a terrorist group" (written26)
            acts = [a for a in self.actors(clausal) if a.key() not in own]
            if acts:
                return acts, "object (read as a clause)"
        if entry.get("type") == "SANCTION":
            for child in verb.children:
                if child.dep_ not in ("dobj", "obj") or self.actors(child):
                    continue
                # "froze the assets of three men who had funded Y": the people whose thing
                # is struck (written48)
                held = [child] if not thing else [
                    g for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj" and not self.actors(g)
                ]  # fmt: skip
                for people in held:
                    backed = written.backed_by_sanctioned(self, people)
                    if backed:  # "designated three men who had funded Y" (written24)
                        return backed, "the party the sanctioned people backed"
                if not thing:  # "designated three men, saying they had financed Y" (written50)
                    backed = written.said_backing(self, verb)
                    if backed:
                        return backed, "the party the sanctioned people backed (by its words)"
        counted = self._counted_object(verb)
        if counted is not None and not thing:
            acts = [a for a in self.actors(counted) if a.key() not in own]
            if acts:  # "trained up to two thousand fighters of Y" (world11)
                return acts, "object ('up to' a number)"
        for child in verb.children:
            hostile = entry.get("type") not in COOPERATIVE  # "cooperated against India": the
            if self._together_with(child):
                continue  # "fought together with X": X is a co-agent, not the other side
            if child.dep_ == "prep" and (child.lower_ in preps or  # common enemy, not a partner
                                         (child.lower_ == "against" and hostile)):  # fmt: skip
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if hostile and child.lower_ == "with" and _aid_thing(self, pobj):
                            continue  # "fought on with money from X": X's help, no foe (written47)
                        acts = self.actors(pobj)
                        if acts:
                            return acts, f"object of '{child.lower_}'"
            if child.dep_ == "prep" and child.lower_ in self.lex.comitative_preps:
                # "fought alongside X against Y": the parser hangs "against Y" on X
                for pobj in child.children:
                    for sub in pobj.children:
                        if sub.dep_ == "prep" and sub.lower_ == "against":
                            for inner in sub.children:
                                acts = self.actors(inner)
                                if acts:
                                    return acts, "object of 'against' (after the co-agent)"
            if child.dep_ == "prt" or (  # "turn away from X", "break away from X"
                child.dep_ == "advmod" and child.lower_ in self.lex.particle_adverbs
            ):  # the parser also hangs "away" on the verb as an adverb
                if child.dep_ == "prt" and child.lower_ in preps:
                    # "turned on Y" with 'on' read as a particle that holds Y (mmp8)
                    for pobj in child.children:
                        acts = self.actors(pobj) if pobj.dep_ == "pobj" else []
                        if acts:
                            return acts, f"object of '{child.lower_}'"
                for sub in child.children:
                    if sub.dep_ == "prep":
                        for pobj in sub.children:
                            acts = self.actors(pobj)
                            if acts:
                                return acts, f"object of '{child.lower_} {sub.lower_}'"
        # "X cooperated on several raids with Y", "collaborated in kidnappings with Y": the
        # parser hangs the partner's "with" phrase on what they worked together on (mmp5)
        # (cooperative verbs only: "fought in the operations room with Y" fights beside Y)
        if (
            "with" in preps
            and entry.get("frame") == "reciprocal"
            and entry.get("type") in COOPERATIVE
        ):
            for child in verb.children:
                if child.dep_ != "prep" or child.lower_ not in ("on", "in"):
                    continue
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or self.actors(pobj):
                        continue
                    for sub in pobj.children:
                        if sub.dep_ == "prep" and sub.lower_ == "with":
                            acts = [a for p in sub.children if p.dep_ == "pobj"
                                    for a in self.actors(p) if a.key() not in own]  # fmt: skip
                            if acts:
                                return acts, f"object of 'with' (after '{child.lower_}')"
        # "pledged allegiance to ISIS": the parser reads "to ISIS" as an infinitive; the
        # "complement" is an actor name, the object of "to"
        if "to" in preps:
            for child in verb.children:
                if child.dep_ == "xcomp" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children
                ):
                    acts = self.actors(child)
                    if acts:
                        return acts, "object of 'to' (parsed as an infinitive)"
        if thing and "for" in preps:
            acts = self._beneficiary_after_place(verb, own)
            if acts:  # "provided safe houses in Peshawar for Y's couriers" (written63)
                return acts, "object of 'for' (hung on the thing's place)"
        # "bombed what X said were Y's hideouts": the free relative's predicate (round 14)
        acts, how = written.free_relative_object(self, verb)
        if acts:
            return acts, how
        # "allowed X to operate", "helped X (to) escape": X is parsed as the subject of the
        # complement clause. A clause before a verb whose object is a pronoun of its own is
        # one the parser joined across a semicolon or a comma ("a strike killed Y; X had
        # sheltered him": Y's killer is no one X sheltered; written65); with no object it is
        # what the verb answers ("X struck Y; Z condemns"), and with a noun object the party
        # still comes from it ("P pledged to Y; X disowned the pledge": X renounces P)
        own_object = any(c.dep_ in ("dobj", "obj") and c.tag_ == "PRP" for c in verb.children)
        for child in verb.children:
            if child.i < verb.i and own_object:
                continue
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
                if written.free_relative_speech(self, child):
                    continue  # "bombed what residents said was a wedding": no party (round 14)
                if any(
                    m.dep_ == "mark" and m.lower_ in self.lex.background_preps
                    for m in child.children
                ):
                    continue  # "after Z killed its men, X withdrew ...": background (world11)
                for sub in child.children:
                    if sub.dep_ == "nsubj":
                        acts = self.actors(sub)
                        if acts:
                            return acts, f"subject of the complement '{child.text}'"
        acts, how = written.accused_passive_agent(self, verb, entry)  # round 11
        if acts:
            return acts, how
        # "offer the Taliban experts" parsed with the recipient as a modifier of the thing
        if thing:
            for child in verb.children:
                if child.dep_ in ("dobj", "obj"):
                    for mod in child.lefts:
                        actor = self.actor_of.get(mod.i)
                        if mod.dep_ in ("compound", "nmod") and actor and actor.type != "country":
                            return [actor], "recipient written before the thing given"
        # an object that is a thing carrying the partner: "shunning contacts with X",
        # "provide shelter to X", "offer stipends to X"; an attack's target is what it is on
        # ("carried out a raid on X"), never its partner ("a joint raid with X")
        carried = (
            ("on", "against")
            if entry.get("type") in ("ASSAULT", "COERCE")
            else ("with", "to", "for", "between")
        )
        # the entry's own target prepositions, which the parser may hang on the object
        # ("withdrew its force from X": from X belongs to the verb)
        carried = (*carried, *(p for p in preps if p not in carried and p != "of"))
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if any((self._event_noun(o) or {}).get("frame") in ("reciprocal", "symmetric")
               for o in objs):  # fmt: skip
            # "renounced any affiliation with X": the parser hangs the partner on the verb
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ in ("with", "to", "between"):
                    for pobj in child.children:
                        acts = self.actors(pobj)
                        if acts:
                            return acts, f"partner of the relation ('{child.lower_}')"
        for child in verb.children:
            if child.dep_ in ("advmod", "npadvmod") and child.i > verb.i and not objs:
                # "strikes Taliban hideout": a noun phrase the tagger read as an adverb
                for mod in child.lefts:
                    actor = self.actor_of.get(mod.i)
                    if mod.dep_ in ("compound", "nmod") and actor and actor.type != "country":
                        return [actor], f"object ('{child.text}', read as an adverb)"
        for child in [*objs, *(c for o in objs for c in o.conjuncts if c.i > o.i)]:
            if child.lemma_.lower() in self.lex.price_nouns:
                continue  # "offers a reward for Y": Y is sought, no partner (heads12)
            if self._wanted_relation(verb, child):
                continue  # "X wants talks with Y": the talks' partner, none backed (neg41)
            if child.dep_ in ("dobj", "obj", "conj"):
                for prep in child.children:
                    if written.backing_prep(prep, self.lex):
                        continue  # "trains recruits with the ISI's approval": not a partner
                    if prep.dep_ == "prep" and prep.lower_ in carried:
                        for pobj in prep.children:
                            acts = self.actors(pobj)
                            if acts:
                                return acts, f"partner of the object ('{prep.lower_}')"
        if entry.get("type") in ("ASSAULT", "COERCE"):  # "shelled Iraqi towns": Iraq
            preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _HIT_PREPS]
            hit = [*objs, *(p for c in preps for p in c.children)]
            for child in hit:
                acts = mechanisms.territory_target(self, child, entry, self.subject(verb)[0])
                if acts:
                    return acts, f"the country of the territory '{child.text}'"
        if entry.get("type") == "ASSAULT" and own:
            found = self._attack_target(verb, own)
            if found[0]:
                return found
        if entry.get("type") in _PHRASE_PARTY_TYPES and not entry.get("object_is_thing"):
            # "X and Y discuss the TTP issue": what talks are about is their topic, not a party
            found = self._object_phrase_party(verb, objs, owners=entry.get("type") != "CONSULT")
            if found[0]:
                return found
            if entry.get("no_complement_party"):
                # "X wanted to meet Y": the wish is no support of Y; the meeting is coded
                return self._shared_or_locus(verb, entry)
            found = self._complement_party(verb, entry.get("type"))
            return found if found[0] else self._shared_or_locus(verb, entry)
        return self._shared_or_locus(verb, entry)  # "X funds and trains Y"

    def _shared_or_locus(self, verb: Any, entry: dict[str, Any]) -> tuple[list[Actor], str]:
        """An object shared with a coordinated verb ("X funds and trains Y"), else the
        country the act is done in ("imposed a curfew in Y": mechanisms.locus_party), else
        the addressee of a letter the act is written in ("X wrote to Y, warning that ...")."""
        addressee = written.addressee_of_writing(self, verb)
        if addressee:
            return addressee, "addressee of the writing"
        found = written.shared_object(self, verb)
        if found[0] or written.refuge_taken(verb, entry):  # "X sheltering in Y" (round 11)
            return found
        return mechanisms.locus_party(self, verb, entry.get("type"))

    def _complement_party(self, verb: Any, etype: str | None = None) -> tuple[list[Actor], str]:
        """'threatened to cut off electricity to X', 'agreed to lift sanctions on X': with no
        other party on the verb itself, the party its infinitive complement acts on (object,
        a target preposition, or inside the object's phrase)."""
        own = {a.key() for a in self.subject(verb)[0]}
        if etype == "REQUEST" and any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
            # "ordered his commanders to cut contacts with X": the order goes to whom it
            # addresses (no party here), not to X
            return [], ""
        for comp in verb.children:
            if comp.dep_ != "xcomp" or comp.pos_ not in ("VERB", "AUX"):
                continue
            if written.hostile_complement(comp, etype, self.lex):
                continue  # "agreed to arrest X": X is the arrest's target, no partner
            if etype in _PARTNER_TYPES and any(c.dep_ == "neg" for c in comp.children):
                continue  # "agreed not to shelter X": X is denied the help, no partner
            objs = [c for c in comp.children if c.dep_ in ("dobj", "obj", "dative")]
            if self._hostile_object_noun(comp, objs, etype):
                continue  # "agreed to coordinate attacks on X": X is attacked, no partner
            for obj in objs:
                acts = [a for a in self.actors(obj) if a.key() not in own]
                if acts:
                    return acts, f"complement: object of '{comp.text}'"
            for prep in comp.children:
                if prep.dep_ == "prep" and prep.lower_ in _COMPLEMENT_PREPS:
                    for pobj in prep.children:
                        acts = [a for a in self.actors(pobj) if a.key() not in own]
                        if acts:
                            return acts, f"complement: '{prep.lower_}' phrase of '{comp.text}'"
            acts, how = self._object_phrase_party(comp, objs, frame=etype)
            if acts:
                return [
                    a for a in acts if a.key() not in own
                ], f"complement: {how} of '{comp.text}'"
            ctypes = {(self.lex.verbs.get(comp.lemma_.lower()) or {}).get("type")}
            ctypes |= {(self._event_noun(o) or {}).get("type") for o in objs}  # "hold talks"
            if etype is not None and not ctypes & mechanisms.NOT_LOCUS_TYPES:
                # "agreed to open an office in Y": the country it is done in
                acts, how = mechanisms.locus_party(self, comp, etype)
                if acts:
                    return acts, f"complement: {how} of '{comp.text}'"
        return [], ""

    def _hostile_object_noun(self, comp: Any, objs: list[Any], etype: str | None) -> bool:
        """True when a cooperative frame's infinitive carries out a hostile act named by its
        object noun ("agreed to coordinate attacks on X", "pledged to step up raids against
        X"): whoever the attacks are on is their target, not the frame's partner. Undoing the
        act ("agreed to lift sanctions on X") keeps X as the partner."""
        if etype not in COOPERATIVE or comp.lemma_.lower() in self.lex.reversing_verbs:
            return False
        return any((self._event_noun(o) or {}).get("type") in CONFLICTUAL for o in objs)

    def _object_phrase_party(self, verb: Any, objs: list[Any], owners: bool = True,
                             frame: str | None = None) -> tuple[list[Actor], str]:  # fmt: skip
        """The other party named inside an object that is not an actor itself: its owner
        ("praised X's efforts", "rejected an Australian ultimatum"), or the author or
        addressee in its phrase ("condemned the attack by X", "accepted demands from X",
        "threatened action against X"). Only for verbal and diplomatic types (a material
        act's object is a place or a thing: "attacked Afghan villages" names no actor)."""
        own = {a.key() for a in self.subject(verb)[0]}
        for obj in objs:
            if obj.i in self.actor_of or written.listed_member(obj, self.lex):
                continue  # "..., among them the movement's spokesman" (round 10)
            # "banned the TTP's allies": the allies, not the TTP (cues.yaml counterpart_nouns)
            counterpart = obj.lower_ in self.lex.counterpart_nouns
            # "investigating the American claim": the statement is probed, not who made it
            # (cues.yaml statement_nouns; written25)
            counterpart = counterpart or (
                obj.lemma_.lower() in self.lex.statement_nouns
                and (self.lex.verbs.get(verb.lemma_.lower()) or {}).get("mode") == "investigate"
            )
            for child in obj.children if owners and not counterpart else ():
                if child.lower_ in self.lex.counterpart_nouns:
                    continue  # "branded Y's friends apostates" (a compound): not Y (gaps52)
                if child.dep_ == "poss" or (
                    child.dep_ in ("amod", "compound", "nmod") and child.i < obj.i
                ):
                    for sub in child.subtree:
                        actor = self.actor_of.get(sub.i)
                        if written.captive_holder(obj, sub, self.lex):
                            continue  # "freed IS-held hostages": the holder's, not its men
                        if (
                            actor is not None
                            and actor.type == "country"
                            and child.dep_ != "poss"
                            and obj.lemma_.lower() in self.lex.named_kind_nouns
                        ):
                            continue  # "praised its Nigerian affiliate": a place, no owner
                        if actor is not None and actor.key() not in own:
                            return [actor], f"owner of the object '{obj.text}' ({child.dep_})"
            # "joined an offensive against X", "joined a coalition against X": X is the one
            # opposed, never the partner of a cooperative verb (mmp12)
            opposed = {"against"}
            if (self._event_noun(obj) or {}).get("type") in CONFLICTUAL:
                opposed |= {"on", "at"}
            # a cooperative frame over the verb ("agreed to share front lines against X")
            # opposes X as its own cooperative verb would (walk60)
            vtype = (self.lex.verbs.get(verb.lemma_.lower()) or {}).get("type")
            framed = frame in COOPERATIVE and verb.lemma_.lower() not in self.lex.reversing_verbs
            if vtype not in COOPERATIVE and not framed:
                opposed = set()  # "agreed to lift its siege against X": undone, X the partner
            topic = obj.lemma_.lower() in self.lex.intelligence_nouns
            texts = self.lex.base.topics if self.lex.base else None
            # "X wants talks with Y": the partner of the talks is not the party backed (the
            # talks keep their own reading, only wanted; neg41)
            relation = self._wanted_relation(verb, obj)
            if relation:
                opposed = {*opposed, *(relation.get("partner_preps") or ())}
            for prep in obj.children:
                if written.attitude_target_prep(obj, prep, self.lex):
                    continue  # "supported the attack on X": X is attacked, not supported
                if topic and prep.lower_ in ("on", "about", "of", "regarding", "concerning"):
                    continue  # "exchanged intelligence on U.S. drone flights": a topic
                if topic_phrase(obj, prep, texts):
                    continue  # "vetoed a resolution on Y": the text's topic (bugs37)
                if prep.lower_ in opposed:
                    continue
                if written.backing_prep(prep, self.lex):
                    continue  # "planned the attack with Y's support": Y backs it, no target
                if prep.dep_ == "prep" and prep.lower_ in _PHRASE_PARTY_PREPS:
                    for pobj in prep.children:
                        acts = [a for a in self.actors(pobj) if a.key() not in own]
                        if acts:
                            return acts, f"party in the object's phrase ('{prep.lower_}')"
            if not counterpart:  # "defied the ban imposed by Y": its maker, as "Y's ban" (peers56)
                acts = [a for a in mechanisms.object_makers(self, obj, verb) if a.key() not in own]
                if acts:
                    return acts, f"maker of the object '{obj.text}' ('by')"
        return [], ""

    def agent(self, verb: Any) -> list[Actor]:
        if verb.dep_ == "amod" and verb.tag_ == "VBN":
            # "Saudi-mediated talks", "ISI-backed militants": the name before the participle
            for child in verb.lefts:
                if child.dep_ in ("npadvmod", "compound", "nmod", "poss"):
                    acts = self.actors(child)
                    if acts:
                        return acts
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if (
                        verb.lemma_.lower() in self.lex.stirring_verbs
                        and pobj.i not in self.actor_of
                        and pobj.pos_ == "NOUN"
                        and self._event_noun(pobj) is None
                    ):
                        return []  # "emboldened by Y's return to power": Y did nothing to it
                    acts = self.actors(pobj)
                    if acts:
                        return acts
                    # "fired on by Haqqani posts": the group holding the place is no doer
                    # (gaps54), though another party before it may be ("killed by troops
                    # raid compound", a headline's "as" read as "by": the troops; gaps55)
                    held = _named_not_as_group(pobj, self.lex)
                    # "by the U.S.-led invasion": the invader is the agent
                    for sub in pobj.children:
                        if sub.i in self.actor_of and not (held and self._is_group_at(sub.i)):
                            return [self.actor_of[sub.i]]
                    for sub in pobj.subtree:
                        if (
                            sub.i in self.actor_of
                            and sub.i < pobj.i
                            and not (held and self._is_group_at(sub.i))
                        ):
                            return [self.actor_of[sub.i]]
        holder = _agent_holding_conjunct(verb)  # "was recruited, paid and commanded by Y"
        if holder is not None:
            acts = self.agent(holder)
            if acts:
                return acts
        complement = written.complement_by_agent(self, verb)  # "designated a Z by Y"
        return complement or mechanisms.agent_behind_complement(self, verb)  # "accused of X by Y"

    # -- the passes -----------------------------------------------------------------
    def run(self) -> list[Event]:
        self._actors_memo, self._subject_memo = {}, {}  # see :meth:`actors`
        self._noun_memo, self.walk_memo = {}, {}  # see :meth:`_event_noun`
        try:
            return self._run()
        finally:
            self._actors_memo = self._subject_memo = self._noun_memo = self.walk_memo = None

    def _run(self) -> list[Event]:
        threats = []
        deferred = []
        for tok in self.doc:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in THREAT_VERBS:
                threats.append(tok)
            if tok.pos_ in ("VERB", "AUX"):
                self._together(tok)
            if tok.pos_ in ("NOUN", "PROPN") and self._is_joint(tok):
                self._joint_noun(tok)
            if tok.lower_ == "dead" and tok.pos_ == "ADJ":
                self._dead_in(tok)  # "Taliban chief dead in U.S. drone strike"
            if self._inside_name(tok) or _numbered_unit(tok):
                continue  # "the X Fighting Group and Y shared trainers": a word of a name (world11)
            nominal = (
                self._gerund_nominal(tok)
                or self._particle_gerund_nominal(tok)
                or mechanisms.gerund_subject_nominal(self, tok)
            )
            if nominal is not None:  # "Killing of two policemen by X": a noun-phrase headline
                self._noun(tok, nominal)
                continue
            entry = self._object_idiom(tok) or self.lex.verbs.get(tok.lemma_.lower())
            if tok.pos_ == "VERB" and (deadline := written.deadline_demand(tok, self.lex)):
                entry = deadline  # "gave Y a week to respond": terms set, no gift (gaps53)
            if (
                entry is None
                and tok.pos_ == "VERB"
                and tok.lemma_.lower() in self.lex.ordering_verbs
                and written.forced_departure(tok, self.lex)
            ):  # "told Y's fighters to leave Z": an order to leave with no entry of its own
                entry = {"type": "COERCE", "mode": "expulsion"}  # (walk49)
            if entry is not None and self._fire_exchange(tok):
                entry = self.lex.verbs.get("clash")  # "X and Y exchanged fire"
            if entry is not None and self._of_party_unmet(tok, entry):
                entry = None  # "cleared P of the charges": no party driven out (written13)
            if tok.pos_ == "VERB" and written.hosted_gathering(tok, self.lex):
                # "H hosted talks between X and Y", "talks between X and Y hosted by H": the
                # host is a third party to the talks, a mediator (events.yaml 'mediate';
                # PLOVER CONSULT, CAMEO 045) with each side, not their shelter (gaps52)
                entry = {**self.lex.verbs.get("mediate", {}), "preps": []}
            if entry is not None:
                # entries say which parts of speech they take ("closer to X": ADJ/ADV);
                # by default verbs, auxiliaries and adjectives
                allowed = entry.get("pos") or ("VERB", "AUX", "ADJ")
                if tok.pos_ in allowed:
                    if entry.get("mode") == "mediation":
                        deferred.append((tok, entry))  # after the events it mediates
                    else:
                        self._verb(tok, entry)
                    continue
            if tok.pos_ in ("NOUN", "PROPN"):
                # "the ISI's bankrolling of X": a gerund with an owner is the verb's event
                entry = written.possessed_gerund(tok, self.lex) or self._event_noun(tok)
                if entry:
                    self._noun(tok, entry)
        for verb, entry in deferred:
            self._verb(verb, entry)
        self._base_dictionary()
        self._must_demands()
        mechanisms.place_measures(self)  # "X imposed a curfew in Y": Y a party (peers8)
        mechanisms.attacked_places(self)  # "X shelled Y", Y a city or region (peers8)
        mechanisms.ground_yielded_as(self)  # "X seize Y as Z retreat" (heads21)
        mechanisms.located_acts(self)  # "X exploded bombs in Y", Y a city (peers9)
        mechanisms.unowned_attacks(self)  # "a roadside bombing killed X" (peers9)
        mechanisms.claimed_headline_attacks(self)  # "Attack on Y: X claims it" (heads21)
        mechanisms.closed_borders(self)  # "X closed its border with Y" (peers8)
        mechanisms.rejected_claim_authors(self)  # "X rejected Y's accusations" (world19)
        mechanisms.demand_clauses(self)
        mechanisms.conditional_threats(self)
        mechanisms.announced_threats(self)
        mechanisms.conditional_acts(self)  # "X will cut ties with Y unless Y ..." (peers8)
        mechanisms.withdrawal_ultimatums(self)  # "X will withdraw unless Y ..." (peers17)
        mechanisms.called_for_meetings(self)  # "X called for talks with Y" (peers17)
        mechanisms.accepted_requests(self)
        mechanisms.answered_acts(self)  # "X pledged to Y. Y welcomed the pledge" (stop 38)
        mechanisms.answered_violence(self)  # "X killed P; Y condemned the strike" (written51)
        written.relation_predicates(self)  # "X is allied with Y", "X remains loyal to Y"
        written.misread_oaths(self)  # "X commanders in P swore allegiance to Y" (written26)
        written.jointly_performed(self)  # "a raid carried out jointly by X and Y" (written26)
        written.handover_recipient(self)  # "handed X over to Y": the giver cooperates with Y
        written.placed_under_protection(self)  # "X placed Y under their protection"
        written.backing_phrases(self)  # "X operates with the ISI's blessing"
        mechanisms.in_support_of(self)  # "X carried out attacks in support of Y" (mmp5)
        written.dependence(self)  # "X relies on Y for protection"
        written.received_people(self)  # "X received fighters from Y" (stop 44)
        mechanisms.refusal_idioms(self)  # "X closed the door to talks with Y" (fix9)
        written.tolerance_idioms(self)  # "X turned a blind eye to Y's activities" (round 11)
        written.letting_verbs(self)  # "X let Y's commanders leave" (written27)
        written.causative_participles(self)  # "X had Y's man arrested" (written58)
        mechanisms.misread_gerunds(self)  # "X was accused of housing Y's fighters" (fix9)
        written.obedience(self)  # "X takes orders from Y"
        written.price_on_party(self)  # "offered a reward for information on Y" (written21)
        written.hosted_guests(self)  # "P lived as a guest of Y" (written21)
        written.appointed_to_post(self)  # "Y was appointed deputy leader of X" (round 9)
        written.passed_warnings(self)  # "X passed warnings to Y ahead of Z's raids" (round 9)
        mechanisms.announced_cooperation(self)
        mechanisms.wanted_acts(self)
        mechanisms.appeals_to_act(self)
        mechanisms.ultimatum_demands(self)  # "X demanded that Y ... or face Z" (peers18)
        mechanisms.reciprocal_pronouns(self)
        mechanisms.backing_strikes(self)  # "X, backed by Y's air strikes, ..." (written20)
        mechanisms.died_in_attacks(self)  # "Y died during a raid by X" (written20)
        mechanisms.relieved_sieges(self)  # "X broke Y's siege of Z" (fix61b)
        mechanisms.came_to_aid(self)  # "X came to the aid of Y" (fix61b)
        mechanisms.machines_against(self)  # "X sent warplanes against Y" (fix61b)
        mechanisms.truce_ended_on(self)  # "X ended the truce and overran Y's posts" (fix61b)
        mechanisms.apposed_base_owners(self)  # "stormed Camp P, Y's base": Y (fix61b)
        mechanisms.founded_by_leavers(self)
        mechanisms.founded_after_leaving(self)  # "left Y and founded X": X split from Y
        mechanisms.founded_named_faction(self)  # "formed the Y-In Opposition": split from Y
        mechanisms.left_to_form(self)  # "a commander of Y defected to form X": X split from Y
        mechanisms.named_faction_split(self)  # "X split when a faction left to form Y" (mmp10)
        mechanisms.founders_before(self)  # "the men who later formed Y were members of X"
        mechanisms.split_by_founders(self)  # "a faction of Y formed X": X split from Y
        mechanisms.phrasal_leaving(self)  # "X walked out of Y": X split from Y
        mechanisms.led_out_of(self)  # "P led X out of Y": X split from Y (pairs21)
        mechanisms.placed_under(self)  # "X placed its fighters under Y" (world17)
        mechanisms.fought_for(self)  # "X fought for Y", "for the government of Y" (mmp11)
        mechanisms.hosted_with(self)  # "X sheltered with Y", "X trained with Y" (pairs21)
        mechanisms.stripped_of_rank(self)  # "X stripped P of his rank": a split (pairs21)
        mechanisms.members_among_them(self)  # "a coalition of factions, among them Y" (mmp11)
        mechanisms.hostilities_between(self)  # "fighting broke out between X and Y"
        mechanisms.ground_taken_from(self)  # "X took the town from Y" (mmp28)
        written.ground_lost_by_holder(self)  # "P fell to X after Y abandoned it" (written53)
        mechanisms.coordinated_parting(self)  # "X and Y split in 1974"
        mechanisms.in_hostile_state(self)  # "X is in conflict with Y"
        mechanisms.born_of_split(self)  # "X emerged out of a split in Y"
        mechanisms.emerged_after_dispute(self)  # "X emerged from Y after a dispute" (fix10)
        mechanisms.emerged_then_broke(self)  # "X grew out of Y's men who broke with it" (mmp26)
        mechanisms.founders_who_left(self)  # "X was formed by P, who had left Y" (mmp30)
        mechanisms.blamed_for_acts(self)  # "X was blamed for the killing of Y's leader" (fix10)
        mechanisms.ended_until_when(self)  # "X worked with Y until T, when it split"
        mechanisms.relation_noun_holders(self)
        mechanisms.co_founders(self)
        mechanisms.passive_gatherings(self)  # "X and Y were brought together" (replay23)
        mechanisms.trained_in_camps(self)
        mechanisms.expelled_from_group(self)
        mechanisms.expelled_from_ranks(self)  # "X was expelled from Y's network": a split
        mechanisms.sanction_listings(self)  # "X added Y to its sanctions list" (precision25)
        mechanisms.pronounced_enemies(self)  # "X declared Y apostates": ACCUSE
        mechanisms.apposed_charges(self)  # "X said Y armed Z, a charge Y denied": ACCUSE
        mechanisms.authorship_charges(self)  # "X says Y behind attack": ACCUSE (heads16)
        mechanisms.blamed_acts(self)  # "an attack that X blamed on Y": ACCUSE (mmp14)
        mechanisms.under_command(self)  # "X operated under the command of Y" (mmp14)
        mechanisms.helped_to_act(self)  # "X helped Y retake Z" (replay38)
        mechanisms.mutual_ceasefire(self)  # "X and Y stopped fighting each other" (replay39)
        mechanisms.served_in_ranks(self)  # "X fought in the ranks of Y" (replay39)
        mechanisms.joined_led_body(self)  # "X joined Z, a coalition led by Y" (replay39)
        mechanisms.roles_in_other_groups(self)  # "P (of X) was a commander of Y" (mmp14)
        mechanisms.seats_in_bodies(self)  # "X took seats in Y's government" (replay26)
        mechanisms.same_side_relations(self)  # "X and Y fought on the same side" (replay17)
        mechanisms.coordinated_ending(self)  # "X and Y cut ties": REJECT both ways
        mechanisms.described_groups(self)
        mechanisms.present_verbs_read_as_nouns(self)
        mechanisms.joint_claims(self)
        mechanisms.withdrawal_from_group(self)
        mechanisms.ended_funding_told_before(self)  # "Payments then stopped" (fix63)
        mechanisms.protest_aims(self)  # "X demonstrated calling for Y's removal"
        mechanisms.desecrated_symbols(self)  # "X tore down Y's flags" (precision23)
        mechanisms.protest_purposes(self)  # "X blocked roads to protest at Y's act" (peers10)
        mechanisms.force_buildups(self)  # "X strengthened its forces in Y" (peers10)
        before = len(self.events)
        mechanisms.sent_forces(self)  # "X sent troops to Y" (peers13)
        # "X is ready to contribute troops to Y": forces offered are an AGREE too (peers18)
        mechanisms.announced_cooperation(self, self.events[before:])
        seen = list(self.events)  # every act announced_cooperation has seen (kept alive,
        announced = {id(e) for e in seen}  # so that no later event reuses an id)
        mechanisms.shifted_objects(self)  # "X denounced as a crime Y's act" (peers13)
        mechanisms.accepted_proposals(self)  # "X agreed to Y's mediation" (peers11)
        mechanisms.yielded_demands(self)  # "X gave in to Y's demands" (peers14)
        mechanisms.located_passives(self)  # "a Briton was arrested in Kenya" (peers11)
        mechanisms.came_under(self)  # "X came under attack from Y" (peers11)
        mechanisms.handover_to_party(self)  # "X handed over medicine to Y"
        mechanisms.returned_to_owner(self)  # "X returned the arms seized from Y" (world24)
        mechanisms.fire_with_purpose(self)  # "X opened fire to disperse Y" (world24)
        mechanisms.defections_to(self)  # "X's commanders defected to Y": they join Y
        written.joined_in_group(self)  # "X joined Y in the Z coalition": X joins Z (world18)
        mechanisms.state_hosts(self)  # "X hosted Y's prime minister": a visit
        written.coordinated_present_verbs(self)  # "X funds and trains Y" (parsed as nouns)
        written.approved_main_act(self)  # "X cut ties with Y, which blessed the move"
        written.redescribed_acts(self)  # "Z killed Y, a strike X condemned" (round 14)
        written.acted_on_intelligence(self)  # "X, acting on tips from Y, ..." (round 14)
        written.met_with_opposition(self)  # "X met fierce resistance from Y" (round 14)
        written.participle_predicates(self)  # "X hosted Y leaders" (parsed as a noun phrase)
        written.proxy_phrases(self)  # "X attacked Z on behalf of Y": X acts for Y
        written.declared_no_ties(self)  # "X announced that it has no ties to Y": disavowal
        written.merged_into_new_group(self)  # "X and Y united as Z" (world21)
        written.backing_fire(self)  # "X, backed by Y's air strikes, killed Z": Y attacks Z
        written.absolute_with_aid(self)  # "X fought Y, with Z supplying them": Z helps X
        written.common_enemy(self)  # "X allied with Y against Z": X opposes Z (written17)
        written.parties_under_agreement(self)  # "Under the deal, X agreed ..., and Y ..."
        written.given_in_relative(self)  # "the support the ISI gave the Taliban" (written52)
        mechanisms.co_members(self)  # "X and Y joined the Z front": X and Y cooperate
        mechanisms.refused_nominal_acts(self)  # "X refused to hold talks with Y"
        mechanisms.broken_promises(self)  # "X reneged on its commitment to Y"
        mechanisms.offered_things(self)  # "X offered troops to Y": intent (AGREE)
        mechanisms.dismissed_proposals(self)  # "X dismissed an appeal from Y"
        mechanisms.custody_phrases(self)  # "X placed Y under house arrest"
        mechanisms.closed_premises(self)  # "X sealed Y's offices", "froze Y's accounts"
        mechanisms.closed_premises_nominal(self)  # "the freezing of Y's accounts by X"
        written.abolished_bodies(self)  # "X abolished Y's council": COERCE
        mechanisms.diplomatic_receptions(self)  # "X received/summoned Y's envoy"
        mechanisms.arrival_visits(self)  # "X's president arrived in Y": a visit
        mechanisms.courtesy_objects(self)  # "X paid a visit to Y": no payment
        mechanisms.exchanged_acts(self)  # "X and Y exchanged visits": CONSULT, not a swap
        written.named_operations(self)  # "launched Operation Z against Y" (round 10)
        written.refusal_nouns(self)  # "X's refusal to hand over Y to Z" (round 10)
        written.aid_denial_nouns(self)  # "X's denial of sanctuary to Y" (written49)
        written.supplied_means(self)  # "X fought Y with arms supplied by Z" (round 10)
        written.given_to_in_passive(self)  # "bomb makers lent by X to Y" (written64)
        written.lodged_in_owned_dwelling(self)  # "Y hid in compounds owned by X" (written64)
        written.passed_intelligence(self)  # "X passed dossiers on W to Y" (round 10)
        written.employed_as(self)  # "X used Y as a proxy" (round 15)
        written.clash_settings(self)  # "X killed Y's men in clashes": both ways (round 10)
        written.coordinated_past_adjectives(self)  # "X paid and armed Y" (round 10)
        written.likewise_clauses(self)  # "X pledged loyalty to Y, as did Z" (round 10)
        for verb in threats:
            self._threat(verb)
        mechanisms.disputed_acts(self)  # "X and Y quarrelled over attacks": no attack
        mechanisms.others_relation(self)  # "X tried to end the feud between Y and Z" (world20)
        mechanisms.mediation_purposes(self)  # "a mediation effort to help Y and Z" (world20)
        mechanisms.verbal_defence(self)  # "X defended Y over claims of fraud" (world20)
        mechanisms.split_origins(self)  # "an offshoot of Y after a dispute": no tie
        mechanisms.suppressed_risings(self)  # "X rose, and Y crushed the revolt" (replay25)
        # the acts the passes since coded ("X announced it will return the arms seized from
        # Y", mechanisms.returned_to_owner): an intent to do them is an AGREE too (peers60)
        mechanisms.announced_cooperation(self, [e for e in self.events if id(e) not in announced])
        mechanisms.absorbed_members(self)  # "X took in fighters of Y": Y's men join X (gaps61)
        mechanisms.handover_nouns(self)  # "the handover of Y's men to Z by X" (gaps62)
        mechanisms.surrendered_ground(self)  # "X surrendered the town to Y": withdraw (gaps61)
        mechanisms.capitals_hit_as_places(self)  # "X shelled Kabul": the city (precision25)
        written.working_partners(self)  # "by X working with Y" (written68)
        written.sole_agency_rebuttal(self)  # "..., X said its men alone did it" (written68)
        return self._dedupe()

    def _base_dictionary(self) -> None:
        """The base layer: verbs the own lexicon lacks, from the PETRARCH-2 CAMEO dictionary.

        Runs after the own lexicon's triggers (whose events gain a reason naming their
        source). A verb whose lemma events.yaml lists is never coded here; otherwise
        ``lex.base.match`` picks the CAMEO code from the verb's phrase patterns or the verb
        itself (``riftwatch.nlp.lexicon.dictionary``), and both actors must come from the
        tree: subject or passive agent, object or a target preposition.
        """
        for event in self.events:
            key, entry = self.lex.trigger_entry(event.trigger)
            if entry and not any(w.startswith("entry: ") for w in event.why):
                event.why.insert(1, provenance(entry, key))
        base = getattr(self.lex, "base", None)
        if base is None:
            return
        for verb in self.doc:
            own = self.lex.verbs.get(verb.lemma_.lower())
            if verb.pos_ != "VERB" or (own is not None and not self._of_party_unmet(verb, own)):
                continue
            passive = any(c.dep_ in ("nsubjpass", "csubjpass") for c in verb.children)
            # "X and Y discussed an alliance": the act noun talked of is the talks' topic, not
            # their coding; the verb's own CONSULT stands (gaps52)
            coded = {e.trigger.i for e in self.events}
            for e in self.events:
                talked = talked_over_object(e.trigger, self.lex)
                if talked is not None and talked.i == verb.i:
                    coded.discard(e.trigger.i)
                if talked_matter(e.trigger, self.lex) and e.trigger.head.i == verb.i:
                    coded.discard(e.trigger.i)  # "discussed the water dispute" (gaps63)
            found = base.match(verb, passive, coded)
            if found is None or not (found.type or found.reverse_type):
                continue
            sources, passive, how = self.subject(verb)
            targets, thow = [], ""
            for tok in found.target_tokens:
                if self._inside_given_thing(verb, tok) or self._joint_partner_of_object(verb, tok):
                    continue
                if tok.dep_ == "poss" and self._counterpart_object(tok.head):
                    continue  # "declared Y's enemies its own enemies": not Y (gaps52)
                targets = self.actors(tok)
                if targets:
                    thow = f"{tok.dep_} '{tok.text}'"
                    break
            kind = found.type or found.reverse_type
            if not targets and not passive and kind in _PHRASE_PARTY_TYPES:
                objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
                objs += [
                    t
                    for t in found.target_tokens
                    if t.dep_ == "pobj"  # "against X's act"
                    and not written.backing_prep(t.head, self.lex)
                ]  # "with Y's support"
                targets, thow = self._object_phrase_party(verb, objs, owners=kind != "CONSULT")
                if targets and self._protested_act(verb, kind, objs):
                    # "X protested the arrests by Y": the base pattern's "on behalf of"
                    # (053) backs the act's victims; the act's doer is the one protested
                    # against, never backed (gaps63)
                    why = [found.reason(verb.text), f"source: {how}", f"target: {thow}",
                           "an objecting verb over a hostile act: PROTEST its doer"]  # fmt: skip
                    self._emit(sources, targets, "PROTEST", None, verb, why)
                    continue
            located = False
            if not targets and not passive:  # "lifted the curfew in Y": the country of the act
                targets, thow = mechanisms.locus_party(self, verb, kind)
                located = bool(targets)
                if targets and found.reverse_type and base.hosts(found.cameo):
                    # "X's peacekeepers arrived in Y": Y hosts them (086), X aids Y
                    found = mechanisms.hosted(found)
            if passive:
                sources, how, targets, thow = (self.agent(verb), "passive agent ('by')",
                                               sources, "passive subject")  # fmt: skip
            why = [found.reason(verb.text), f"source: {how}"]
            why += [f"target: {thow}"] if thow else []
            if found.type:
                # the country an act is done in, and the other side of a unilateral act, do
                # nothing back (peers24: "X declared a unilateral ceasefire in Y")
                mutual = found.both_ways and not located and not self._one_sided(verb)
                self._emit(sources, targets, found.type, found.mode, verb, why,
                           reciprocal=found.reciprocal, both_ways=mutual)  # fmt: skip
            if found.reverse_type and not found.both_ways:  # "[:110]": from the target
                why = [*why, f"reverse CAMEO {found.reverse_cameo}: from the target"]
                self._emit(targets, sources, found.reverse_type, found.reverse_mode, verb, why)

    def _protested_act(self, verb: Any, kind: str | None, objs: list[Any]) -> bool:
        """Is ``verb`` an objecting verb ("protested", "opposed": cues.yaml
        ``objecting_verbs``) coded cooperative by a base pattern whose object is a hostile
        act (events.yaml nouns of a conflictual type: "the arrests", "the killing")? Its
        maker or owner is then the one objected to (gaps63)."""
        if kind not in COOPERATIVE or verb.lemma_.lower() not in self.lex.objecting_verbs:
            return False
        return any((self._event_noun(o) or {}).get("type") in CONFLICTUAL for o in objs)

    def _united_in_a_stance(self, verb: Any) -> bool:
        """Is the merging verb ``verb`` told with "in" and what the parties hold in common
        ("X and Y were united in their hatred of Z", "united in opposition to the
        government") rather than a body they form ("united in a joint front": events.yaml
        ``coalition_nouns``)? They cooperate; nothing merged (stop 44: it had coded a
        merger, the allegiance channel's strongest tie)."""
        if verb.lemma_.lower() not in ("unite", "unify"):
            return False
        held = [p for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")
                for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        coalitions = self.lex.coalition_nouns
        if any(p.lower_ in coalitions or p.lemma_.lower() in coalitions for p in held):
            return False  # "united in a joint front (in 2012)"
        # a common noun, not a time or a place ("united in 2012", "united in Kunar")
        return any(
            p.pos_ == "NOUN" and p.ent_type_ not in _TIME_OR_PLACE and p.i not in self.actor_of
            for p in held
        )

    def _inside_given_thing(self, verb: Any, tok: Any) -> bool:
        """Is ``tok`` a modifier inside the mention of ``verb``'s own object, the thing a base
        dictionary pattern names ("received foreign fighters from Y": 'foreign' is part of
        the fighters received, not their owner and not the giver; stop 44)? A possessor or a
        country adjective of another actor ("received Y's fighters") is still an owner."""
        head = tok.head
        if tok.dep_ not in ("amod", "compound", "nmod") or head.head.i != verb.i:
            return False
        if head.dep_ not in ("dobj", "obj"):
            return False
        mine = self.actor_of.get(tok.i)
        return mine is not None and self.actor_of.get(head.i) is mine

    def _must_demands(self) -> None:
        """'X said (that) Y must/should do Z': a demand, REQUEST from the speaker to Y (CAMEO's
        reading of an obligation stated by another party). The obliged act itself keeps the
        modality its words give."""
        for verb in self.doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in (*self.lex.speech, "reiterate"):
                continue
            speakers, passive, how = self.subject(verb)
            if not speakers or passive:
                continue
            for comp in verb.children:
                if comp.dep_ != "ccomp":
                    continue
                modal = next((c for c in comp.children if c.dep_ == "aux"
                              and c.lower_ in _OBLIGATION_MODALS), None)  # fmt: skip
                if modal is None:
                    continue
                obliged, _p, _h = self.subject(comp)
                why = [f"'{verb.text}' that a party '{modal.text}' act: a demand (REQUEST)",
                       f"source: {how}", "target: subject of the obliged clause"]  # fmt: skip
                # "must" demands (CAMEO 10); "should", "ought" advise (02): no mode
                mode = "demand" if modal.lower_ in self.lex.demand_modals else None
                self._emit(speakers, obliged, "REQUEST", mode, verb, why)

    def _refused_party(self, verb: Any, split: list[Any]) -> bool:
        """Does ``verb`` refuse a party with its particle (cues.yaml
        ``refusal_particle_verbs``: "turned them down", "turned Y down")? Only when the
        object is a party mention itself, not a proposal ("turned down Y's offer")."""
        particle = self.lex.refusal_particle_verbs.get(verb.lemma_.lower())
        if particle is None or not any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ == particle
            for c in [*verb.children, *split]
        ):
            return False
        return any(c.dep_ in ("dobj", "obj") and c.i in self.actor_of for c in verb.children)

    def _threat(self, verb: Any) -> None:
        """'X warned that it will attack Y', 'X threatened to attack Y': an asserted THREATEN
        from the attacker to the attacked (the attack itself stays future)."""
        inside = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
        # "warned that if Y attacks Z, X will strike Y": the act of the condition is not what
        # is threatened (neg40)
        inside -= {t.i for t in self.doc if t.i in inside and t.dep_ == "advcl"
                   and any(m.dep_ == "mark" and m.lower_ in self.lex.truth_conditions
                           for m in t.children)
                   for t in t.subtree}  # fmt: skip
        speakers, _passive, _how = self.subject(verb)
        keys = {a.key() for a in speakers}
        if not keys and written.unnamed_warners(verb, self.lex):
            return  # "X is planning attacks on Y, officials warned": a warning about X (neg40)
        for event in list(self.events):
            if keys and event.source.key() not in keys:
                continue  # "X warned that Y would attack Z": a warning about Y, not X's threat
            if event.source.how == mechanisms.UNOWNED_AUTHOR:
                continue  # "a bombing could kill Y, officials warned": nobody threatens (peers9)
            if event.trigger.i in inside and event.event_type in _THREATENED_TYPES:
                # "threatened to ban voting in Y": a threat of sanctions too (CAMEO 1312)
                mode = "violence" if event.event_type != "SANCTION" else None
                self.events.append(Event(
                    event.source, event.target, "THREATEN", mode, "asserted", verb,
                    _quote(verb), [f"threat verb '{verb.text}' over a hostile act: THREATEN",
                                   *event.why[1:]],
                    ))  # fmt: skip

    def _verb(self, verb: Any, entry: dict[str, Any]) -> None:
        if _spared(verb, entry):
            return  # "X left Y alone" (world11)
        if mechanisms.divided_thing(self, verb):
            return  # "X and Y split the proceeds between them": a sharing (gaps58)
        if entry.get("frame") == "pitting":
            mechanisms.pitted_against(self, verb, entry)  # "pitted X against Y" (mmp8)
            return
        if entry.get("type") == "REQUEST" and written.naming_use(verb):
            return  # "X called Y's attack a provocation": a naming, no appeal (round 15)
        if written.run_on_denial(verb, self.lex):
            return  # "Reports that X helped Y were denied by Z": no refusal of Y (written20)
        if entry.get("needs_role"):
            named_as = written.naming_role(verb, self.lex)
            if named_as is None:
                return  # "the commanders named by Washington": identified, nobody appointed
            if entry["needs_role"] == "designation" and named_as != "designation":
                return  # "listed X among its partners": a listing verb with no label of terror
            if named_as == "culprit":  # "named X as having attacked Z": Y's charge (gaps64)
                entry = {"type": "ACCUSE", "mode": "allege", "requires_target_object": True}
            if named_as == "designation":  # "named X as terrorists": a listing (written29)
                entry = {"type": "SANCTION", "mode": "discontinue", "requires_target_object": True}
        if entry.get("mode") == "merger" and self._united_in_a_stance(verb):
            entry = {**entry, "mode": None}  # "X and Y were united in their hatred of Z"
        if written.hosted_envoys(self, verb):
            # "Riyadh hosted a Taliban delegation (for talks)": talks both ways (round 15)
            entry = {"type": "CONSULT", "frame": "symmetric", "mode": "visit"}
        joint = entry.get("in_act")
        act = self._in_act(verb) if joint else None
        if act is not None:
            # "X's fighters joined Y's units in an ambush": a joint act, not a pledge
            entry = {**entry, **joint}
        entry, asked = mechanisms.asked_act_entry(verb, entry)  # "pressured Y to" (peers61)
        entry, barred = mechanisms.barred_act_entry(verb, entry)  # "banned Y from" (peers62)
        asked = [*asked, *barred]
        ended = (
            mechanisms.ended_relative_help(self.lex, verb)
            if entry.get("type") == "AID"  # help given; a pact made stays made (r51_36)
            else None
        )
        if ended is not None:
            # "X cut off the allowance it paid Y": the help told as over is cut (traps65)
            entry = {"type": "SANCTION", "mode": "discontinue"}
            asked = [*asked, f"'{ended.text}' ends the help told in '{verb.text}': SANCTION"]
        why = [f"trigger verb '{verb.text}' -> {entry['type']}", *asked]
        if act is not None:
            why.append(f"'{verb.text} ... in {act.text}': done together")
        if written.forced_departure(verb, self.lex) and entry.get("type") != "COERCE":
            entry = {"type": "COERCE", "mode": "expulsion"}  # "forced Y to flee" (round 15)
        elif written.forced_departure(verb, self.lex):
            entry = {**entry, "needs_particle": None}
        particle = entry.get("needs_particle")
        # a split particle may hang on the object: "handed two fighters over to X"
        # (a preposition with its own object is the noun's: "called Y's attack on the post
        # a provocation" has no "call on"; round 15)
        split = [g for o in verb.children if o.dep_ in ("dobj", "obj")
                 for g in o.children if g.i > o.i
                 and not any(c.dep_ == "pobj" for c in g.children)]  # fmt: skip
        # a list names alternatives ("fired at Y", "fired rockets into Y"; peers19)
        particles = particle if isinstance(particle, list) else [particle]
        if particle and not any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ in particles and not _time_phrase(c)
            for c in [*verb.children, *split]
        ):
            return
        if particle and any(
            c.dep_ == "prt"
            and c.lower_ not in particles
            and f"{verb.lemma_.lower()} {c.lower_}" in self.lex.deferral_verbs
            for c in verb.children
        ):
            return  # "called off its ceasefire with Y": calling off is no "call on" (fixes57)
        entry = self._particle_party(verb, entry)  # "X cut off Y" (world11)
        if entry.get("needs_ties") and not any(
            c.dep_ in ("dobj", "obj") and (self._event_noun(c) or {}).get("type") in COOPERATIVE
            for c in verb.children
        ):
            return  # "cut ties", "ended its affiliation": a relation noun must be the object
        approval = entry.get("thing_object_type")
        thing = next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                      and c.pos_ == "NOUN" and self._event_noun(c) is not None), None)  # fmt: skip
        if approval and thing is not None:
            # "sanctioned X's split": approved X's act (a thing), not a penalty on an actor
            sources, _passive, how = self.subject(verb)
            owners = [a for c in thing.lefts if c.dep_ in ("poss", "compound", "nmod")
                      for a in self.actors(c)]  # fmt: skip
            self._emit(sources, owners, approval, None, verb,
                       [f"trigger verb '{verb.text}' with an act as object -> {approval}",
                        f"source: {how}", f"target: the author of '{thing.text}'"])  # fmt: skip
            act = self._event_noun(thing) or {}
            named = any(c.dep_ == "prep" and c.lower_ in (act.get("partner_preps") or ())
                        for c in thing.children)  # fmt: skip
            if act.get("mode") == "split" and not named:
                # "X sanctioned Y's split": the consent a split needs is its parent's, so the
                # split approved by X, with no other party named, is Y's split from X
                self._emit(owners, sources, "REJECT", "split", thing,
                           [f"trigger noun '{thing.text}' -> REJECT (split)",
                            f"other party: '{verb.text}' by its parent"])  # fmt: skip
            return
        wanted = entry.get("needs_object_noun")
        if wanted:
            objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            if verb.dep_ == "relcl" and not objs:
                # "the deal X signed with Y": the noun a relative clause with no object of
                # its own hangs on is what it signs (written18)
                objs = [verb.head]
            # the text's own word: a repaired parse may stand another in ("parted each")
            if not any(o.lemma_.lower() in wanted or headline.original_word(o) in wanted
                       for o in objs):  # fmt: skip
                return
            if any(self._phrase_of_other_type(o, entry) for o in objs):
                return  # "launched a verbal attack on Y": the phrase's ACCUSE (peers25)
            if entry.get("claim"):
                return  # "claimed responsibility": coded from the attack noun, if any
        with_nouns = entry.get("needs_with_noun")
        if with_nouns and not any(
            o.lemma_.lower() in with_nouns or o.lower_ in with_nouns
            for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj"
        ):  # fmt: skip
            return  # "confronted X with evidence that ...": only with charges (round 12)
        if entry.get("object_is_thing") and (
            any(
                c.dep_ in ("dobj", "obj", "nsubjpass")
                and c.lemma_.lower() in self.lex.message_nouns
                for c in verb.children
            )
            or (
                not any(c.dep_ in ("dobj", "obj") for c in verb.children)
                and (
                    (verb.dep_ == "relcl" and verb.head.lemma_.lower() in self.lex.message_nouns)
                    or any(
                        p.dep_ == "prep" and p.lower_ == "in" and o.dep_ == "pobj"
                        and o.lemma_.lower() in self.lex.message_nouns
                        for p in verb.children for o in p.children
                    )
                )
            )
        ):  # fmt: skip
            # "sent a message to X", "gave orders to X", "a letter its leader sent to X" (the
            # relative clause's gap is the message, which the parser may hang on the verb as
            # "in a letter"; written68): words passed on, not aid
            return
        if entry.get("mode") == "release" and any(
            c.dep_ in ("dobj", "obj", "nsubjpass")
            and (
                c.lower_ in self.lex.published_nouns
                or c.lower_ in self.lex.media_nouns
                or c.lemma_.lower() in self.lex.message_nouns
            )
            for c in verb.children
        ):
            return  # "TTP releases video of captured soldiers": published, nobody freed
        if entry.get("mode") in ("arrest", "release") and any(
            c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in self.lex.remains_nouns
            for c in verb.children
        ):
            return  # "hand over soldiers' bodies": the dead are neither seized nor freed
        if entry.get("object_is_thing") and any(
            c.dep_ in ("dobj", "obj", "nsubjpass")
            and (self._event_noun(c) or {}).get("type") in CONFLICTUAL
            for c in verb.children
        ):
            return  # "offered a bounty for X": the hostile noun is the act, no gift (written18)
        if (
            entry.get("object_is_thing")
            and entry.get("type") == "AID"
            and any(
                c.dep_ in ("dobj", "obj") and c.lower_ in self.lex.emissary_nouns
                for c in verb.children
            )
        ):
            # "sent envoys to X", "dispatched a delegation to X": a contact, not aid (fix11);
            # the state the envoys go to is the party met, not a destination (peers57)
            entry = {k: v for k, v in entry.items() if k not in ("mode", "group_targets")} | {
                "type": "CONSULT"
            }
            why = [f"trigger verb '{verb.text}' with go-betweens as object -> CONSULT"]
        if verb.lemma_.lower() == "turn" and any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("on", "against") for c in verb.children
        ):
            # "turned on their allies", "turned against X"
            entry = {"type": "REJECT", "mode": "split", "preps": ["on", "against"]}
            why = [f"trigger verb '{verb.text} on/against' -> REJECT (split)"]
        elif self._refused_party(verb, split):
            # "turned them down", "turned Y down": the party asking is refused (recall12)
            entry = {"type": "REJECT", "mode": "assist", "preps": []}
            why = [f"trigger verb '{verb.text}' with its refusing particle -> REJECT (assist)"]
        elif entry.get("out_expels") and (
            any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)
            or written.driven_from_places(self, verb)
            or written.driven_back(self, verb, entry)
        ):
            # "drove X out of Y": an expulsion of X by the subject ("moved X out of the guest
            # houses" may be a precaution: only verbs of force expel)
            back = written.driven_back(self, verb, entry)  # "pushed Y back" (written23)
            entry = {"type": "COERCE", "mode": "expulsion", "preps": []}
            why = [
                f"trigger verb '{verb.text} ... {'back' if back else 'out'}' -> COERCE (expulsion)"
            ]
        elif (
            entry.get("frame") == "away"
            and entry.get("needs_away")
            and not any(c.lower_ == "away" for c in verb.subtree)
        ):
            return
        if written.rejects_apposed_claim(verb, self.lex):
            return  # "X released Y, a charge Z rejected": the charge is rejected, not X
        if entry.get("type") in ("COERCE", "ASSAULT") and self._off_a_record(verb):
            return  # "struck X off its list", "removed X from the watchlist": a sanction
            # eased, no force on X (precision24)
        if written.denies_a_claim(verb, self.lex):
            return  # "denied any knowledge of X", "rejected the charges against X": a claim
            # is denied or dismissed, nobody is rejected
        if entry.get("attitude") and any(
            c.dep_ in ("dobj", "obj")
            and (c.lower_ in self.lex.nouns or c.lemma_.lower() in self.lex.nouns)
            for c in verb.children
        ):
            return  # "resented X's support for Y": a feeling about an act, nobody's stance
            # toward a party (the act keeps its own reading; written55)
        if entry.get("frame") == "refusal":
            self._refusal(verb, entry, why)
            return
        if written.denied_aid(self, verb, why):
            return  # "denied X sanctuary": refused it
        if entry.get("no_clause") and any(
            c.dep_ in ("ccomp", "xcomp", "pcomp", "csubj") or (c.dep_ in ("dobj", "obj")
                                                               and c.tag_ == "VBG")
            for c in verb.children
        ):  # fmt: skip
            return  # "denied that X funded Y": a cue on the funding (modality), not an event
        if entry.get("no_clause") and any(
            c.dep_ in ("dobj", "obj")
            and any(
                m.dep_ == "amod" and m.tag_ == "VBG" and m.i == c.left_edge.i for m in c.children
            )
            for c in verb.children
        ):
            # "Rwanda denied suing Uganda": the parser read the gerund as a modifier of its
            # object; what is denied is the act, nobody is rejected (stop 31)
            return
        if entry.get("no_clause") and any(
            c.dep_ in ("dobj", "obj") and _gerund_object(verb, c) for c in verb.children
        ):
            # "X denied writing to Y", "denied training Y's fighters": the tagger read the
            # gerund as a noun or as a modifier of its object; the act is denied (its own
            # event, if any), Y is not rejected (precision24)
            return
        if entry.get("no_clause") and any(
            written.denied_reduced_clause(a, self.lex)
            for c in verb.children
            if c.dep_ in ("dobj", "obj")
            for a in c.children
        ):
            return  # "Army denies X commander killed in raid": the killing is denied (bugs36)
        if entry.get("no_clause") and any(
            c.dep_ in ("dobj", "obj") and self._event_noun(c) for c in verb.children
        ):
            return  # "denied the merger": the merger is denied, nobody is rejected
        if entry.get("no_clause") and any(
            c.dep_ in ("dobj", "obj") and c.lower_ in ("it", "this", "that", "so", "everything")
            for c in verb.children
        ):
            return  # "though Pakistan denies it": a claim denied, not a party
        if entry["type"] == "THREATEN" and any(
            c.dep_ in ("dobj", "obj") and (self._event_noun(c) or {}).get("type") in COOPERATIVE
            for c in verb.children
        ):
            return  # "vowed support for X": a promise; the support noun carries it (future)
        if entry.get("frame") == "warning":
            self._warning(verb, entry, why)
            return
        if entry.get("mode") == "pledge" and written.promise_complement(verb, self.lex):
            return  # "pledged to attack X": a promise (its complement is coded, future)
        if written.shuns_hostile_act(self, verb, entry):
            return  # "avoided a clash with X": keeps away from the clash, not from X
        presence = _presence_object(verb, entry)
        if presence is None and entry.get("presence_only"):
            return  # "X recalled that ...": no presence withdrawn (prec52)
        if presence is not None:
            # "withdrew its peacekeepers from Y": a cooperative presence ended (SANCTION)
            mode = entry.get("presence_mode") or "withdraw presence"  # expulsion (peers24)
            entry = {**entry, "type": entry["presence_type"], "mode": mode}
            why = [f"trigger verb '{verb.text}' with a cooperative presence "
                   f"('{presence.text}') as object -> {entry['type']}"]  # fmt: skip
        sources, passive, how = self.subject(verb)
        targets, thow = self.objects(verb, entry)
        if not targets and not passive and self.earlier_ties:
            targets, thow = self._tie_told_before(verb, sources)
        mode = entry.get("mode")
        holders = _held_from(self, verb, sources) if entry.get("held_from_type") else []
        if holders and not passive:
            # "X frees 40 prisoners from Y's jail": the captives were taken from Y by force,
            # Y is struck (not Y's prisoners released; heads21)
            entry = {**entry, "type": entry["held_from_type"], "mode": entry.get("held_from_mode")}
            targets, thow, mode = holders, "holder of the place freed from", entry["mode"]
            why = [f"trigger verb '{verb.text}' frees people from a place another party "
                   f"holds -> {entry['type']}", *why[1:]]  # fmt: skip
        if entry.get("from_party_mode"):
            taken_from = _from_party(self, verb)
            if taken_from:
                # "X captured Bentiu from Y": Y, whatever the taken thing was read as (a town
                # the knowledge base lacks may be read as an open actor; replay20)
                targets, thow = taken_from, "object of 'from'"
            if _taken_from(self, verb, thow):
                # "X captured the town from Y": what was taken from Y, no arrest (replay20)
                mode = entry["from_party_mode"]
            places = self.lex.held_nouns
            if any(c.dep_ in ("dobj", "obj") and c.lower_ in places for c in verb.children):
                # "captured Y's towns", "captured a base used by Y": ground taken, no arrest
                mode = entry["from_party_mode"]  # (walk60)
        if (
            not passive
            and self._headline_passive(verb, entry)
            and not written.shared_object(self, verb)[0]
        ):  # "X armed and funded Y"
            passive = True
            why.append("headline: a past participle without auxiliary or object is a passive")
        if entry.get("passive_only") and not passive and not self._counted_captives(verb, entry):
            return  # "held talks" is not an arrest; "militants held in Karachi" is
        if entry.get("passive_only") and written.held_gathering(verb, self.lex):
            return  # "Pakistan-TTP talks held in Kabul": the talks took place (neg42)
        if (entry.get("stative_passive") and verb.dep_ in ("acl", "amod")
                and verb.head.i not in self.actor_of):  # fmt: skip
            return  # "a fighter associated with X and Y": a person's ties, not X's with Y
        if passive and entry.get("stative_passive") and not self.agent(verb):
            # "X is affiliated with Y", "X was absorbed into Y": the subject is in the relation
            passive = False
            why.append("a passive of state: its subject holds the relation")
        sufferer = entry.get("subject_is_patient") and not any(
            c.dep_ in ("dobj", "obj") for c in verb.children
        )  # "TTP terrorists martyr two cops" (heads9): with an object, the subject did it
        if passive or sufferer:
            # "soldiers were killed by X", "soldiers martyred": the subject suffered it
            given, ghow = targets, thow
            targets = self._patients(verb) or sources
            thow = "passive subject" if passive else "subject (who suffered it)"
            if (
                passive
                and entry.get("object_is_thing")
                and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
                and not (written.with_recipient(verb) and targets)
            ):
                # "weapons were given to X by Y", "fighters sent by Y": the subject is the
                # thing (or the people) given, the recipient is X, if named ("Z was sent
                # weapons by Y", with its object, keeps Z as the recipient)
                targets, thow = given, f"{ghow} (a thing given in the passive)"
            sources, how, agent_mode = self._agent_of(verb, entry)
            mode = mode or agent_mode
            if not sources and entry["type"] == "ASSAULT" and len(targets) >= 2:
                kinds = {t.type in STATE_TYPES for t in targets}
                fight = self._fight_noun(verb, state_and_group=kinds == {True, False})
                if fight is not None:
                    # "Over 10 Taleban, four soldiers killed in clash": they fought each other
                    self._emit_pairs(targets, "ASSAULT", mode, verb,
                                     [*why, f"both sides killed in one '{fight.text}': they "
                                      "fought each other"])  # fmt: skip
                    return
            if not sources and entry["type"] == "ASSAULT":
                sources, how = self._claimed_by_speaker(verb, targets)
        elif not sources:
            # "a drone strike killed ...": an instrument with no owner has no source; an
            # unattributed raid or operation inside a country with an implied agent does
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is not None and self.implied is not None and self._implies_agent(subj):
                sources, how = [self.implied], f"implied agent of '{subj.text}' in this country"
        if sources and not passive:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
            mode = self._instrument_mode(subj) or mode if subj is not None else mode
        if entry.get("frame") == "away" and not (passive and entry.get("sends_away")):
            # ("X's envoys were turned away by Y": agent and passive subject as found above)
            mover = [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in self.actors(c)]
            away_from = self._from_target(verb)
            if mover and not away_from and entry.get("sends_away"):
                # "turned away X's envoys", "drove X away": the subject sends X off
                targets, thow = mover, "sent away (object)"
            else:
                if mover:
                    sources, how = mover, "moved away (object)"
                targets, thow = away_from, "'away from'"
        if entry.get("mode") == "mediation" and not targets:
            parties: list[Actor] = []
            # "Saudi-mediated talks": the talks; "X mediated the talks": events in its scope
            scope = ({verb.head.i} if verb.dep_ == "amod"
                     else {t.i for t in verb.subtree})  # fmt: skip
            if verb.dep_ == "acl":  # "talks between X and Y hosted by H" (gaps52)
                scope.add(verb.head.i)
            mediated = [e for e in self.events if e.trigger.i in scope]
            if not mediated and written.hosted_gathering(verb, self.lex):
                # "X and Y met, with H hosting the session": the talks told beside (gaps52)
                mediated = [e for e in self.events
                            if e.event_type == "CONSULT" and e.mode != "mediation"]  # fmt: skip
            elif not mediated:
                mediated = self.events
            for e in mediated:
                for a in (e.source, e.target):
                    if all(a.key() != p.key() for p in parties):
                        parties.append(a)
            if parties:
                targets, thow = parties, "the parties of the mediated event"
                if passive or verb.dep_ == "acl":
                    sources, how = self.agent(verb) or sources, "agent of the mediation"
        if entry.get("group_targets") and not mechanisms.gives_material(self, verb):
            # "left the group", not "left Afghanistan"; but "sent arms to X" aids X
            targets = [t for t in targets if t.type not in ("country", "place")
                       or mechanisms.invaded_country(entry, sources, t, verb)]  # fmt: skip
        why += [f"source: {how}", f"target: {thow}"] if thow else [f"source: {how}"]
        frame = entry.get("frame")
        if thow.startswith("complement: "):
            frame = None  # "agreed to lift sanctions on X": one-sided, whatever the verb's frame
        co_agents = self._comitative(verb)
        if co_agents and self._comitative_objects(verb, co_agents):
            # "designated X a terrorist group, alongside Y and Z": Y and Z designated too
            why = [*why, "'alongside' a sanction's object: further objects (written13)"]
            targets = [*targets, *(a for a in co_agents
                                   if all(a.key() != t.key() for t in targets))]  # fmt: skip
            co_agents = []
        fought = how.startswith("other party of the symmetric ")
        fought = fought or headline.battle_verb(verb, self.headline)  # "X fight Y" headline
        # "X called / struck a unilateral truce with Y": the doer's own act (peers24, gaps56)
        mutual = frame == "symmetric" and not self._one_sided(verb)
        self._emit(sources, targets, entry["type"], mode, verb, why,
                   reciprocal=frame in ("reciprocal", "symmetric") and not co_agents,
                   both_ways=mutual or fought)  # fmt: skip
        if co_agents and targets and not passive:
            # "fought alongside X against Y": X fights Y too
            self._emit(co_agents, targets, entry["type"], mode, verb,
                       [*why, "co-agent ('alongside') shares the target"])  # fmt: skip

    def _particle_party(self, verb: Any, entry: dict[str, Any]) -> dict[str, Any]:
        """The entry a verb takes with its particle and a party as object (events.yaml
        ``particle_party``: "X cut off Y" stops X's help to Y, whereas "cut" alone needs a
        relation noun, "cut ties with Y"; world11); ``entry`` itself otherwise."""
        rule = entry.get("particle_party")
        if not rule or not any(
            c.dep_ == "prt" and c.lower_ == rule.get("particle") for c in verb.children
        ):
            return entry
        parties = [a for o in verb.children if o.dep_ in ("dobj", "obj")
                   for a in self.actors(o) if a.type not in ("place", "country")]  # fmt: skip
        if not parties:
            return entry
        dropped = ("needs_ties", "object_is_thing", "particle_party", "preps")
        kept = {k: v for k, v in entry.items() if k not in dropped}
        return {**kept, "type": rule["type"], "mode": rule.get("mode")}

    @staticmethod
    def _counted_object(verb: Any) -> Any:
        """The object of "up to" a number that the parser reads as the particle "up" and a
        "to" phrase ("had trained up to two thousand fighters of Y"): the counted noun; None
        when the verb has an object of its own or the "to" phrase counts nothing (world11)."""
        if any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return None
        up = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"), None)
        if up is None:
            return None
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i == up.i + 1:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and any(
                        c.dep_ == "nummod" or c.like_num for c in pobj.children
                    ):
                        return pobj
        return None

    def _inside_name(self, tok: Any) -> bool:
        """True for a capitalised word inside a party's name of several words ("Fighting" in
        "the Libyan Islamic Fighting Group", "Resistance" in "the Harran Resistance
        Movement"): a word of the name, never a trigger of its own (world11); also the name's
        closing noun after a capitalised word of it ("Wing" in "the Research and Analysis
        Wing", "Alliance" in "the Northern Alliance"; bugs36; "Front" in "the Zorbani Front",
        which the lexicon reads as "a common front" when the parse hangs a party's "of" phrase
        on it; world14), except a branch noun closing a name the document makes that another
        party owns ("X's Jundallah Wing": an open group, a wing of X)."""
        actor = self.actor_of.get(tok.i)
        if actor is None or not tok.text[:1].isupper() or tok.i == tok.sent.start:
            return False
        before = self.actor_of.get(tok.i - 1) is actor and tok.i - 1 >= tok.sent.start
        after = self.actor_of.get(tok.i + 1) is actor and tok.i + 1 < tok.sent.end
        if before and not after and tok.pos_ in ("NOUN", "PROPN"):
            if not self.doc[tok.i - 1].text[:1].isupper():
                return False  # "IS suicide bombers": a lower-case word before it
            if str(actor.id).startswith("open:"):
                entry = self.lex.nouns.get(tok.lower_) or {}
                owned = any(
                    c.dep_ == "poss"
                    and (owner := self.actor_of.get(c.i)) is not None
                    and owner is not actor
                    for c in tok.children
                )
                return not (entry.get("possessor_is_partner") and owned)
            return True
        return before

    def _event_noun(self, tok: Any) -> dict[str, Any] | None:
        """The lexicon entry of the event a noun names, or None (:meth:`_noun_entry`).

        While :meth:`run` codes the sentence the answer depends only on the parse and the
        lexicon, and the mechanisms ask again and again for the same nouns: it is kept a
        token (the same entry object each time, as the lexicon gives it)."""
        memo = self._noun_memo
        if memo is None or tok.doc is not self.doc.doc:
            return self._noun_entry(tok)
        if tok.i not in memo:
            memo[tok.i] = self._noun_entry(tok)
        return memo[tok.i]

    def _noun_entry(self, tok: Any) -> dict[str, Any] | None:
        if self._fire_exchange(tok):  # "an exchange of fire with X": a clash
            return self.lex.nouns.get("clash")
        if self._captive_exchange(tok):  # "the prisoner exchange between X and Y" (written56)
            return self.lex.nouns.get("captive-swap")
        doc = tok.doc
        if (
            tok.i >= 2
            and doc[tok.i - 1].text == "-"
            and not doc[tok.i - 1].whitespace_
            and not doc[tok.i - 2].whitespace_
        ):
            # "a falling-out with Y", split by the tokenizer: the hyphenated noun read whole
            whole = self.lex.nouns.get(f"{doc[tok.i - 2].lower_}-{tok.lower_}")
            if whole is not None:
                return whole
        state = self._on_state(tok)
        if state is not None:
            return state
        if tok.lower_ in self.lex.front_name_heads and any(
            c.dep_ in ("compound", "amod") and c.lower_ in self.lex.front_name_modifiers
            for c in tok.children
        ):
            # "a cover name used by Y", "a front group of Y": the name or body stands in for
            # its owner, as "a front for Y" does (cues.yaml front_name_heads; mmp27)
            return self.lex.nouns.get("front")
        entry = self.lex.noun_entry(tok)
        if entry is not None and not _compound_allows(tok, entry):
            return None  # "war games" (peers60)
        return (
            entry
            # "the provision of safe houses to Y": a thing given by a noun of giving (written59)
            or written.given_thing_entry(self.lex, tok)
        )

    def _on_state(self, tok: Any) -> dict[str, Any] | None:
        """The entry of a noun that names a state its party is in, as the object of "on"
        after a verb of going or being: "X went on strike against Y", "X are on strike" is
        a labour strike, a PROTEST, not the ASSAULT of "a strike on Y" (cues.yaml
        ``on_state_nouns``, ``on_state_verbs``; world22). None for any other noun.

        >>> from riftwatch.nlp.lexicon import load
        >>> from riftwatch.nlp.parse import nlp
        >>> doc = nlp()("Nurses went on strike against the ministry.")
        >>> coder = SentenceCoder(load(), doc, {})
        >>> coder._on_state(doc[3])["type"]
        'PROTEST'
        >>> coder._on_state(nlp()("Jets carried out a strike on the base.")[5]) is None
        True
        """
        other = self.lex.on_state_nouns.get(tok.lower_)
        prep = tok.head
        if other is None or tok.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep":
            return None
        if prep.head.pos_ not in ("VERB", "AUX") or prep.head.lemma_.lower() not in (
            self.lex.on_state_verbs
        ):
            return None
        return self.lex.nouns.get(other)

    def _object_idiom(self, tok: Any) -> dict[str, Any] | None:
        """The entry of the verb an idiom of ``tok`` and its object noun stands for: "X and Y
        pooled their forces" cooperate; "X crossed swords with Y" quarrels;
        "X buried the hatchet with Y" reconciles (events.yaml ``object_idioms``: verb lemma
        -> object lemma -> the verb whose entry is used; pairs22). None for any other object.
        """
        if tok.pos_ != "VERB":
            return None
        lemma = tok.lemma_.lower()
        idioms = self.lex.object_idioms.get(lemma)
        if any(c.dep_ == "prt" and c.lower_ in self.lex.idiom_undoing_particles
               for c in tok.children):  # fmt: skip
            idioms = None  # "called off its ceasefire with Y" ends it (gaps56)
        for obj in tok.children if idioms else ():
            if obj.dep_ in ("dobj", "obj", "nsubjpass"):
                other = idioms.get(obj.lemma_.lower()) or idioms.get(obj.lower_)
                if other and other in self.lex.verbs:
                    return self.lex.verbs[other]
        # "X hit out at Y", "handed back the prisoners to Y" (events.yaml particle_idioms)
        # and "X held Y responsible" (complement_idioms: an adjective predicated of the
        # object, which the parser hangs on the verb); peers21
        for kind, deps in ((self.lex.particle_idioms, ("prt",)),
                           (self.lex.complement_idioms, ("oprd", "acomp", "advcl", "xcomp",
                                                         "ccomp", "amod"))):  # fmt: skip
            words = kind.get(lemma)
            for child in tok.children if words else ():
                other = words.get(child.lower_) if child.dep_ in deps else None
                if kind is self.lex.complement_idioms and child.pos_ != "ADJ":
                    other = None
                if other and other in self.lex.verbs:
                    return self.lex.verbs[other]
        # "X called Y to discuss the crisis": a call with a purpose of the caller's (purpose_idioms)
        purposes = self.lex.purpose_idioms.get(lemma)
        named = any(c.dep_ in ("dobj", "obj", "oprd") for c in tok.children)
        for child in tok.children if purposes and named else ():
            if child.dep_ in ("advcl", "xcomp") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children
            ):
                other = purposes.get(child.lemma_.lower())
                if other and other in self.lex.verbs:
                    return self.lex.verbs[other]
        return None

    def _fire_exchange(self, tok: Any) -> bool:
        """'exchange of fire', 'exchanged fire', 'traded gunfire', 'swapped blows': shooting at
        each other (a clash), not an exchange of prisoners or of goods. The verb is one of
        exchange (events.yaml ``object_names_event``: exchange, trade, swap, barter) and its
        object one of events.yaml ``exchanged_fire_nouns`` (bugs37: the object decides)."""
        lemma = tok.lemma_.lower()
        if lemma != "exchange" and not (
            tok.pos_ == "VERB" and (self.lex.verbs.get(lemma) or {}).get("object_names_event")
        ):
            return False
        fire = self.lex.exchanged_fire_nouns
        for child in tok.children:
            if child.dep_ in ("dobj", "obj") and (
                child.lemma_.lower() in fire or child.lower_ in fire
            ):
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ == "of"
                and any(p.lemma_.lower() in fire or p.lower_ in fire for p in child.children)
            ):
                return True
        return False

    def _captive_exchange(self, tok: Any) -> bool:
        """'the prisoner exchange between X and Y', 'X's hostage swap with Y', 'a swap of
        detainees': a noun of exchange (cues.yaml ``captive_exchange_nouns``) whose compound
        or "of" phrase is a captive noun (events.yaml ``exchanged_captive_nouns``) names a
        swap of people, as the verbs "exchanged prisoners" do (written56). Not "in exchange
        for", "an exchange of fire" or "of letters"."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.captive_exchange_nouns:
            return False
        captives = self.lex.exchanged_captive_nouns
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.lower_ in captives:
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ == "of"
                and any(p.dep_ == "pobj" and p.lower_ in captives for p in child.children)
            ):
                return True
        return False

    # -- headline grammar, instruments, implied agents ------------------------------
    def _dead_in(self, dead: Any) -> None:
        """'X dead in a U.S. drone strike', 'declares X dead in a U.S. attack': the named
        author of the attack killed X (the attack must name its author; a hedged report,
        "believed dead", is left alone)."""
        head = dead.head
        if dead.dep_ in ("amod", "acl"):
            patients = self.actors(head)
        elif any(c.dep_ == "nsubj" for c in dead.children):
            patients = self.actors(next(c for c in dead.children if c.dep_ == "nsubj"))
        elif dead.dep_ in ("oprd", "acomp", "xcomp", "ccomp"):
            lemma = head.lemma_.lower()
            if lemma in _HEDGING_SPEECH or lemma not in self.lex.speech | {"be"}:
                return
            patients, _p, _h = self.subject(head)
        else:
            return
        preps = [c for c in dead.children if c.dep_ == "prep"]
        if dead.dep_ in ("oprd", "acomp"):
            preps += [c for c in head.children if c.dep_ == "prep" and c.i > dead.i]
        elif dead.dep_ == "amod" and head.dep_ in ("dobj", "obj"):  # "confirms X dead in Y"
            preps += [c for c in head.head.children if c.dep_ == "prep" and c.i > dead.i]
        for prep in preps:
            if prep.lower_ not in ("in", "during"):
                continue
            for pobj in prep.children:
                entry = self._event_noun(pobj) if pobj.dep_ == "pobj" else None
                if not entry or entry.get("type") != "ASSAULT":
                    continue
                owners = self._modifier_owner(pobj, entry)
                if owners and patients:
                    why = [f"'dead in' the '{pobj.text}' of {owners[0].mention}: ASSAULT",
                           "target: the one dead"]  # fmt: skip
                    self._emit(owners, patients, "ASSAULT", self._instrument_mode(pobj), dead,
                               why)  # fmt: skip
                    return

    def _state_victims(self, verb: Any) -> bool:
        """Are the ones a passive says were killed or hurt the state's own security forces
        ("three policemen killed in a raid": not killed by the raiders' side)?"""
        victims, _p, _h = self.subject(verb)
        return bool(victims) and all(a.type in STATE_TYPES - {"country"} for a in victims)

    def _attack_target(self, verb: Any, own: set[str]) -> tuple[list[Actor], str]:
        """'X kill 17 in attack on a police station', 'X kill 17 in air force base attack':
        with no actor as the object, the target of the attack the killing happened in (what
        it is on, or another party named before it: the subject is its author)."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for pobj in prep.children:
                noun = self._event_noun(pobj) if pobj.dep_ == "pobj" else None
                if not noun or noun.get("type") != "ASSAULT":
                    continue
                for sub in pobj.children:
                    if sub.dep_ == "prep" and sub.lower_ in (noun.get("patient_preps") or ()):
                        for inner in sub.children:
                            acts = [a for a in self.actors(inner) if a.key() not in own]
                            if acts:
                                return acts, f"target of the '{pobj.text}' it happened in"
                for child in pobj.lefts:
                    if child.dep_ not in ("compound", "nmod", "amod"):
                        continue
                    for inner in child.subtree:
                        actor = self.actor_of.get(inner.i)
                        if (
                            actor
                            and actor.key() not in own
                            and actor.type in STATE_TYPES - {"country"}
                        ):
                            return [actor], f"target named before the '{pobj.text}'"
        return [], ""

    def _aimed_at(self, noun: Any) -> tuple[list[Actor], str]:
        """The target of an attack or operation named by what it aims at: "a raid targeting
        the TTP", "an operation aimed at IS", "the anti-Taliban offensive"."""
        for child in noun.children:
            if child.dep_ not in ("acl", "relcl") or child.lemma_.lower() not in _AIMING:
                continue
            for obj in child.children:
                if obj.dep_ in ("dobj", "obj"):
                    acts = self.actors(obj)
                    if acts:
                        return acts, f"target: what the '{noun.text}' is {child.text}"
                if obj.dep_ == "prep" and obj.lower_ in ("at", "against"):
                    for pobj in obj.children:
                        acts = self.actors(pobj) if pobj.dep_ == "pobj" else []
                        if acts:
                            return acts, f"target: what the '{noun.text}' is {child.text} at"
        aimed = noun.head  # "the offensive was aimed at the TTP" (round 9)
        if (
            noun.dep_ == "nsubjpass"
            and aimed.lemma_.lower() in _AIMING
            and not any(c.tag_ == "MD" for c in aimed.children)  # "may have been aimed at"
        ):
            for prep in aimed.children:
                if prep.dep_ == "prep" and prep.lower_ in ("at", "against"):
                    pobjs = [p for p in prep.children if p.dep_ == "pobj"]
                    # "at the TTP and foreign fighters": a name read as the noun's modifier
                    pobjs += [m for p in pobjs for m in p.lefts if m.dep_ in ("nmod", "compound")
                              and any(c.dep_ == "cc" for c in m.children)]  # fmt: skip
                    acts = [a for p in pobjs for a in self.actors(p)]
                    if acts:
                        return acts, f"target: what the '{noun.text}' was {aimed.text} at"
        for child in noun.lefts:
            if child.dep_ in ("amod", "compound", "nmod"):
                for sub in child.subtree:
                    if sub.i in self.against:
                        how = f"target: the 'anti-' modifier of '{noun.text}'"
                        return [self.against[sub.i]], how
        return [], ""

    def _off_a_record(self, verb: Any) -> bool:
        """True when ``verb`` takes its object off a list or register (events.yaml
        ``record_nouns``): "struck X off its list of terrorist groups", "cleared X from the
        sanctions list" (precision24)."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "prt" and c.lower_ == "off")]
        return any(
            p.dep_ in ("prep", "prt") and p.lower_ in ("from", "off")
            and any(o.dep_ == "pobj" and (o.lemma_.lower() in self.lex.record_nouns
                                          or o.lower_ in self.lex.record_nouns)
                    for o in p.children)
            for h in heads for p in h.children
        )  # fmt: skip

    def _gerund_nominal(self, tok: Any) -> dict[str, Any] | None:
        """The noun entry of a gerund that heads a noun-phrase headline ("Killing of two
        policemen by X", "Bombing of a TTP hideout"): the tagger reads it as a verb with no
        subject or object, and an 'of' phrase names its patient."""
        if tok.tag_ != "VBG" or tok.dep_ != "ROOT":
            return None
        entry = self.lex.nouns.get(tok.lower_)
        if entry is None:
            return None
        kids = list(tok.children)
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass", "neg", "amod",
                          "advmod", "mark") for c in kids):  # fmt: skip
            return None  # a clause, or a modifier that would go unread as a modality cue
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
            return None
        return entry

    def _particle_gerund_nominal(self, tok: Any) -> dict[str, Any] | None:
        """The noun entry of a gerund with its particle written apart that a determiner makes
        a noun: "the falling out between X and Y", "X and Y had a falling out" read as the
        noun "falling-out" (the tagger makes 'falling' a verb with the particle 'out'; gaps53).
        None for a gerund with a subject, an object or an auxiliary (a clause)."""
        if tok.tag_ != "VBG":
            return None
        kids = list(tok.children)
        if not any(c.dep_ in ("det", "poss") for c in kids):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass") for c in kids):
            return None
        particle = next((c for c in kids if c.dep_ == "prt" and c.i == tok.i + 1), None)
        if particle is None:
            return None
        return self.lex.nouns.get(f"{tok.lower_}-{particle.lower_}")

    def _headline_passive(self, verb: Any, entry: dict[str, Any]) -> bool:
        """'Taliban commander killed': in a headline a past form with a subject, no auxiliary
        and no object has dropped its 'was' (a transitive event verb only)."""
        if not self.headline or verb.tag_ not in ("VBD", "VBN"):
            return False
        if entry.get("frame") in ("reciprocal", "symmetric", "away", "refusal"):
            return False
        kids = list(verb.children)
        if any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp")
               for c in kids):  # fmt: skip
            return False
        preps = set(entry.get("preps") or ())
        kids += [
            g
            for c in kids
            if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in self.lex.particle_adverbs)
            for g in c.children
        ]  # "broke away from X"
        if any(c.dep_ == "prep" and c.lower_ in preps and c.lower_ != "by"
               and any(p.i in self.actor_of or mechanisms.partner_named(self, p) is not None
                       or (p.dep_ == "pobj" and self._possessed_party(p))
                       for p in c.children) for c in kids):  # fmt: skip
            # "Peru appealed to Chile": an active verb with its target phrase; "X broke with
            # Y's leadership": the party named by its possessor (world23)
            return False
        if any(c.dep_ == "prt" and c.lower_ in preps
               and any(p.dep_ == "pobj" and p.i in self.actor_of for p in c.children)
               for c in verb.children):  # fmt: skip
            return False  # "X turned on Y", 'on' read as a particle holding Y (mmp8)
        return any(c.dep_ == "nsubj" for c in kids) and verb.dep_ in ("ROOT", "conj", "ccomp")

    def _counted_captives(self, verb: Any, entry: dict[str, Any]) -> bool:
        """heads23: 'CTD holds 5 TTP facilitators', 'Rangers hold three JuD men': in a
        headline, a verb that is an event only in the passive (events.yaml ``hold``) is the
        event in the present too when its flag ``headline_counted_object`` is set and its
        object is a party counted by a number (people taken, not "holds talks", "holds
        rally", "holds Y responsible"). Its own clause keeps the modality ("to hold", "?")."""
        if not self.headline or not entry.get("headline_counted_object"):
            return False
        if verb.tag_ not in ("VBZ", "VBP"):
            return False
        kids = list(verb.children)
        if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in kids):
            return False  # "holds Y responsible", "holds that ..."
        return any(
            c.dep_ in ("dobj", "obj")
            and any(n.dep_ == "nummod" and n.like_num for n in c.children)
            and bool(self.actors(c))
            for c in kids
        )

    def _possessed_party(self, tok: Any) -> bool:
        """Is ``tok`` a noun whose possessor is a known group or state that it stands for
        ("Y's leadership", "Y's leaders": :meth:`actors` reads them as Y)? A headline's past
        form with such a party in its target phrase is active, as with the bare name.

        >>> from types import SimpleNamespace as N
        >>> coder = SentenceCoder.__new__(SentenceCoder)
        >>> coder.actor_of = {}
        >>> coder._possessed_party(N(children=[], pos_="NOUN"))
        False
        """
        if tok.pos_ != "NOUN" or not any(
            c.dep_ == "poss" and c.i in self.actor_of for c in tok.children
        ):
            return False
        return bool(self.actors(tok))

    def _instrument(self, tok: Any) -> str | None:
        """The mode an instrument word gives ('drone' -> drone), or None."""
        return self.lex.instruments.get(tok.lower_) or self.lex.instruments.get(tok.lemma_.lower())

    def _instrument_mode(self, tok: Any) -> str | None:
        """The mode named by an instrument phrase: 'U.S. drone strike' -> drone."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        words = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod")]
        for word in [*words, tok]:  # the modifier is the more specific: "drone strike"
            mode = self._instrument(word)
            if mode:
                return mode
        return None

    def _implies_agent(self, tok: Any) -> bool:
        """An unattributed raid, operation, encounter or arrest (lexicon flag)."""
        entry = self.lex.noun_entry(tok)
        return bool(entry and entry.get("implied_agent")) and not self._modifier_owner(tok, entry)

    def _modifier_owner(self, noun: Any, entry: dict[str, Any]) -> list[Actor]:
        """The author of a nominal event named in its modifiers or 'by' phrase ("the TTP's
        attack", "U.S. strike", "attack by the TTP"); a country before a noun that takes
        place modifiers ("Pakistan clash") is where it happened."""
        # the last compound of an attack noun that is a security post, convoy or camp: it
        # and the words before it name what was hit ("Swat check post attack")
        hit_property = max(
            (c.i for c in noun.lefts
             if c.dep_ == "compound" and entry.get("type") in ("ASSAULT", "COERCE")
             and c.lower_ in self.lex.security_property_nouns),
            default=-1,
        )  # fmt: skip
        for child in noun.lefts:
            if child.dep_ not in ("poss", "compound", "amod", "nmod"):
                continue
            if child.dep_ == "poss" and entry.get("possessor_is_partner"):
                continue
            if (child.tag_ == "VBN" or hyphen_agent(child)) and not _led(child):
                continue  # "Saudi-mediated talks", "U.S.-backed raid": not the parties' own
            if child.dep_ == "compound" and child.i <= hit_property:
                # "check post attack", "police convoy attack": the post or convoy was hit;
                # the force it belongs to is no author (nominals.yaml; heads11)
                continue
            talker = mechanisms.talks_topic_owner(self, noun, child)
            if talker:  # "held talks with Y over its dispute with Z": the talker's (gaps64)
                return talker
            for sub in child.subtree:
                actor = self.actor_of.get(sub.i)
                if actor is None:
                    continue
                if (
                    entry.get("place_modifiers")
                    and child.dep_ != "poss"
                    and actor.type in ("country", "place")
                    and not mechanisms.demonym_author(self, noun, child, entry, actor)
                ):
                    continue
                if sub.lower_ == "their" and child.dep_ == "poss":
                    # "X and Y ... Their merger with Z": a plural possessor stands for every
                    # party the pronoun does (mechanisms.plural_antecedents; coref50)
                    return self.actors(sub)
                return [actor]
        agent_preps = ("by", "from", *(entry.get("agent_preps") or ()))  # "withdrawal of X"
        # a preposition that names the party the act is done to is no author's ("a
        # withdrawal from Y": Y is left, not the one who leaves; peers19), nor one that names
        # the other party ("a splinter / breakaway from Y": it made Y split from itself;
        # world10)
        agent_preps = tuple(
            p
            for p in agent_preps
            if p not in (entry.get("patient_preps") or ())
            and (p == "by" or p not in (entry.get("partner_preps") or ()))
        )
        # "the support of Y by X": the parser may hang the agent on Y (written20)
        misplaced = written.misplaced_by(noun) if entry.get("type") in ("AID", "SUPPORT") else []
        for child in [*noun.children, *misplaced]:
            if child.dep_ in ("prep", "agent") and child.lower_ in agent_preps:
                for pobj in child.children:
                    acts = self.actors(pobj)
                    if acts and child.lower_ == "from" and self._force_noun(noun):
                        # "cross-border attack from Afghanistan": where it came from, not
                        # who made it (a place is not an actor); "from Afghan forces" stays
                        acts = [a for a in acts if a.type not in ("country", "place")]
                    if acts:
                        return acts
        # "the offensive that the army began", "a raid carried out by X" (written54)
        return written.performed_by(self, noun)

    def _force_noun(self, tok: Any) -> bool:
        """Is ``tok`` a noun of a use of force ("attack", "shelling", "fire", "rockets"), whose
        "from <country>" names where it came from, not who made it?"""
        entry = self._event_noun(tok) or {}
        return entry.get("type") == "ASSAULT" or bool(self._instrument(tok))

    def _agent_of(self, verb: Any, entry: dict[str, Any]) -> tuple[list[Actor], str, str | None]:
        """(agents, how, mode) of a passive: the 'by' phrase; else the author of the event
        noun it happened in ("killed in a U.S. drone strike"), or the other party of a clash
        ("killed in an encounter with police"); else the implied agent of an unattributed
        raid, operation or arrest inside a country that has one. None otherwise: "six
        militants killed in Lahore" names no agent."""
        agents = self.agent(verb)
        if agents:
            return agents, "passive agent ('by')", None
        agents = mechanisms.as_clause_attacker(self, verb)
        if agents:
            # "killed when a U.S. drone struck his car": the clause's instrument is the mode
            subjects = [sub for c in verb.children if c.dep_ == "advcl"
                        for sub in c.children if sub.dep_ == "nsubj"]  # fmt: skip
            mode = next((m for sub in subjects if (m := self._instrument_mode(sub))), None)
            return agents, "subject of the attack in the 'as' / 'when' clause", mode
        agents = written.ordering_party(self, verb, entry)
        if agents:  # "Y was shot dead on X's orders": X had it done (replay26)
            return agents, "the party on whose orders it was done", None
        for prep in self._predicate_preps(verb):
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                noun_entry = self._event_noun(pobj)
                instrument = self._instrument_mode(pobj)
                if noun_entry is None and not self._instrument(pobj):
                    continue
                if noun_entry is not None and noun_entry["type"] not in ("ASSAULT", "COERCE"):
                    continue
                if noun_entry is None and instrument in self.lex.placed_instrument_modes:
                    # "killed in Afghanistan blast": the country says where it went off
                    # (events.yaml placed_instrument_modes; heads11)
                    noun_entry = {"place_modifiers": True}
                noun_entry = noun_entry or {}
                owners = self._modifier_owner(pobj, noun_entry)
                # "seized in a raid carried out by X" (written26)
                owners = owners or written.performed_by(self, pobj)
                owners = owners or self._split_demonym_owner(pobj)
                if owners:
                    return owners, f"author of the '{pobj.text}' it happened in", instrument
                # "killed in shootout with police": the parser may hang "with" on the verb
                beside = [c for c in prep.head.children if c.i > pobj.i and c.dep_ == "prep"
                          and noun_entry.get("frame") == "symmetric"]  # fmt: skip
                for sub in [*pobj.children, *beside]:
                    # "killed in a clash between X and Y": the killed are no party to it
                    if sub.dep_ == "prep" and sub.lower_ == "with":
                        for other in sub.children:
                            acts = self.actors(other)
                            if acts:
                                # "killed during a clash with police": a clash runs both ways
                                kind = ("symmetric " if noun_entry.get("frame") == "symmetric"
                                        else "")  # fmt: skip
                                return acts, f"other party of the {kind}'{pobj.text}'", instrument
                if (
                    noun_entry.get("implied_agent")
                    and self.implied is not None
                    and not self._state_victims(verb)
                ):
                    return (
                        [self.implied],
                        f"implied agent of '{pobj.text}' in this country",
                        (instrument),
                    )
        if entry.get("implied_agent") and self.implied is not None:
            return [self.implied], f"implied agent of '{verb.text}' in this country", None
        return [], "no agent named", None

    def _split_demonym_owner(self, pobj: Any) -> list[Actor]:
        """The country of a demonym the parser split off an act noun as a second object of
        the same preposition ("killed in Ugandan shelling": 'Ugandan' and 'shelling' both
        pobj of 'in'), as its modifier would own it; a country's name there ("in Uganda
        shelling") is where it happened, and gives none (world23).

        >>> from types import SimpleNamespace as N
        >>> coder = SentenceCoder.__new__(SentenceCoder)
        >>> coder._split_demonym_owner(N(i=0))
        []
        """
        if pobj.i == 0:
            return []
        prev = pobj.doc[pobj.i - 1]
        actor = self.actor_of.get(prev.i)
        if (
            actor is None
            or prev.dep_ != "pobj"
            or prev.head.i != pobj.head.i
            or not _demonym_of(prev, actor)
        ):
            return []
        return [actor]

    def _predicate_preps(self, verb: Any) -> list[Any]:
        """'in'/'during'/'by' phrases of the verb and of verbs listed with it ("15 soldiers
        killed, 10 injured in Taliban attack"), not those inside its subject."""
        skip = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                for t in c.subtree}  # fmt: skip
        return [
            t
            for t in verb.subtree
            if t.i not in skip
            and t.dep_ == "prep"
            and t.lower_ in ("in", "during", "by")
            and t.head.pos_ in ("VERB", "AUX")
        ]

    def _patients(self, verb: Any) -> list[Actor]:
        """Everyone a passive says suffered it: subjects, the noun a participle describes and
        what stands in apposition to it ("Over 10 Taleban, four soldiers killed")."""
        heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "acl":
            heads.append(verb.head)
        found: list[Actor] = []
        for head in heads:
            person = self.actor_of.get(head.i)
            # "P, X's leader in Iraq, was killed": the role of a person the document ties to
            # a group (its branch there) is that person, not a second victim (written13)
            role_of_person = person is not None and bool(person.person)
            near = [head, *(c for c in head.children if c.dep_ in ("appos", "conj")
                            and not (role_of_person and c.dep_ == "appos"
                                     and c.lower_ in self.lex.later_roles))]  # fmt: skip
            if head.dep_ == "appos":
                near.append(head.head)
            for tok in near:
                for actor in self.actors(tok):
                    if all(actor.key() != a.key() for a in found):
                        found.append(actor)
        return found

    def _fight_noun(self, verb: Any, state_and_group: bool) -> Any:
        """The clash or attack a passive happened in, when it names no author."""
        for prep in self._predicate_preps(verb):
            for pobj in prep.children:
                entry = self._event_noun(pobj) or {}
                if entry.get("type") != "ASSAULT" or self._modifier_owner(pobj, entry):
                    continue
                if any(c.dep_ == "prep" and c.lower_ == "between" for c in pobj.children):
                    continue  # "killed in a shootout between X and Y": X and Y fought
                if entry.get("frame") in ("symmetric", "reciprocal") or state_and_group:
                    return pobj
        return None

    def _claimed_by_speaker(self, verb: Any, victims: list[Actor]) -> tuple[list[Actor], str]:
        """'Afghan Taleban say 13 soldiers killed': deaths an armed group announces with no
        other agent named are its own claim."""
        node = verb
        for _ in range(4):
            if node.head.i == node.i or node.dep_ == "conj":
                # "X declared war on Y, and civilians were killed": a clause joined to the
                # announcement is no part of what it announces (walk54)
                break
            node = node.head
            lemma = node.lemma_.lower()
            if lemma in self.lex.speech or lemma in self.lex.claim_words:
                speakers, passive, _how = self.subject(node)
                groups = [a for a in speakers if a.type not in STATE_TYPES
                          and a.type not in ("place", "collective", "person")
                          and all(a.key() != v.key() for v in victims)]  # fmt: skip
                if groups and not passive:
                    return groups, f"the group that announces it ('{node.text}'): its own claim"
                states = self._rival_state_speakers(speakers, victims)
                if states and not passive and self._fight_noun(verb, False) is not None:
                    # heads9: "Pakistan says 50 Afghan soldiers killed in border clash": a
                    # state announcing another side's dead in a clash is its own claim
                    return states, f"the state that announces it ('{node.text}'): its own claim"
                break
        return [], ""

    @staticmethod
    def _rival_state_speakers(speakers: list[Actor], victims: list[Actor]) -> list[Actor]:
        """The state speakers whose country is not that of any victim of the state (a state
        victim of no known country gives none): never the speaker's own dead; armed groups
        are the other side whatever their home."""
        from riftwatch.nlp.extract import _resolver

        kb = _resolver().kb

        def country(actor: Actor) -> str | None:
            if actor.country:
                return actor.country
            entity = kb.find(actor.org_id or actor.id)
            return getattr(entity, "country", None) if entity is not None else None

        states = [a for a in speakers if a.type in STATE_TYPES and country(a)]
        if not states or not victims:
            return []
        theirs = [country(v) for v in victims if v.type in STATE_TYPES]
        if None in theirs:
            return []
        return [a for a in states if country(a) not in theirs]

    def _together_with(self, prep: Any) -> bool:
        """A "with" phrase made comitative by an adverb before it or on it ("together with X",
        "jointly with X"; events.yaml ``comitative_adverbs``, mmp11)."""
        if prep.dep_ != "prep" or prep.lower_ != "with":
            return False
        if (
            prep.head.pos_ == "VERB"
            and prep.head.lemma_.lower() in self.lex.comitative_with_verbs
            and not mechanisms.opens_hostile_state(self, prep.head)
        ):
            return True  # "entered P with Y": Y came in too (world10); not into a war (walk61)
        if prep.head.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "against" and any(o.dep_ == "pobj" for o in c.children)
            for c in prep.head.children
        ):
            return True  # "fought with Y against Z": Y fought beside, Z was fought (lead46)
        if prep.head.pos_ == "VERB" and " " in (_joint_marker(prep.head) or "").replace(
            "the same", ""
        ):
            return True  # "fought side by side with Y": Y a partner, never the foe (replay35)
        words = self.lex.comitative_adverbs
        before = prep.doc[prep.i - 1] if prep.i > 0 else None
        return any(c.lower_ in words for c in prep.children) or (
            before is not None and before.lower_ in words and before.dep_ == "advmod"
        )

    def _jointly_with(self, verb: Any) -> bool:
        """Does a comitative "with" phrase of ``verb`` carry an adverb of joint action
        ("jointly with Y", "together with Y"; events.yaml ``comitative_adverbs``), not only a
        verb of entering with someone?"""
        words = self.lex.comitative_adverbs
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            before = prep.doc[prep.i - 1] if prep.i > 0 else None
            if any(c.lower_ in words for c in prep.children) or (
                before is not None and before.lower_ in words and before.dep_ == "advmod"
            ):
                return True
        return False

    def _comitative(self, verb: Any) -> list[Actor]:
        """Co-agents of a verb: 'fought alongside X', 'attacked in concert with X'; also a
        companion's "with" phrase the parser hangs on the adverb before it or on the verb's
        subject: "X, along with Y, attacked Z", "X, together with Y, drove Z out" (cues.yaml
        ``companion_adverbs``; replay32)."""
        acts = self._companion_with(verb)
        if acts:
            return acts
        for child in verb.children:
            comitative = child.lower_ in self.lex.comitative_preps or self._together_with(child)
            if child.dep_ in ("prep", "advmod") and comitative:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and not self._held_place(pobj):
                        acts = self.actors(pobj)
                        if acts:
                            return acts
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or pobj.lower_ not in self.lex.comitative_nouns:
                        continue
                    for prep in pobj.children:
                        if prep.dep_ == "prep" and prep.lower_ == "with":
                            for inner in prep.children:
                                acts = self.actors(inner)
                                if acts:
                                    return acts
        acts = self._comitative_on_object(verb)
        if acts:
            return acts
        acts = self._comitative_participle(verb)
        if acts:
            return acts
        return self._companions_at_side(verb)

    def _comitative_participle(self, verb: Any) -> list[Actor]:
        """Co-agents told by a participle on the verb's subject: "X, working alongside Y,
        ambushed Z", "X, fighting beside Y, drove Z out" (a comitative preposition of
        events.yaml ``comitative_preps`` on a participle of the subject, or on the verb
        itself when the parser hangs the participle there): Y shares the act, as "X fought
        alongside Y against Z" has it (written54). A participle that is negated or a place
        after the preposition gives nothing ("camped alongside the river")."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        participles = [c for s in subjects for c in s.children if c.dep_ == "acl"]
        participles += [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
        for part in participles:
            if part.tag_ not in ("VBG", "VBN") or any(c.dep_ == "neg" for c in part.children):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in part.children):
                continue  # a clause of its own ("while X worked alongside Y"), not a participle
            preps = [p for p in part.children
                     if p.dep_ == "prep" and p.lower_ in self.lex.comitative_preps]  # fmt: skip
            acts = self._phrase_partners(preps)
            if acts:
                return acts
        return []

    def _victims_along(self, verb: Any, obj: Any) -> list[Actor]:
        """The parties of an "along with" / "together with" phrase after the object ``obj``
        of a verb of attack when both name people of a group ("killed three militants along
        with two IS commanders"): victims beside the object. The phrase before the verb, or
        one whose noun is no group's people ("attacked the post along with Y's fighters"
        has a place for object), is a companion of the doer and is not read here."""
        from riftwatch.actors.agents import load_agents

        members = load_agents().members | self.lex.defecting_rank_nouns

        def people(tok: Any) -> bool:
            return tok.pos_ == "NOUN" and tok.lemma_.lower() in members

        # "dozens of the militants along with ...": the count's "of" phrase names the people
        heads = [obj, *(o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj")]  # fmt: skip
        if not any(people(h) for h in heads):
            return []
        out: list[Actor] = []
        for adverb in (*verb.children, *(c for h in heads for c in h.children)):
            if adverb.i < obj.i or adverb.lower_ not in self.lex.companion_adverbs:
                continue
            for prep in adverb.children:
                if prep.dep_ != "prep" or prep.lower_ != "with":
                    continue
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and people(pobj):
                        out += self.actors(pobj)
        return out

    def _companion_with(self, verb: Any) -> list[Actor]:
        """The actors of a "with" phrase made a companion's by an adverb of
        ``companion_adverbs`` ("along with Y", "together with Y"), the phrase hung on that
        adverb under the verb ("along" <- verb) or on the verb's subject ("X, together with Y,
        V": 'with' <- X). A plain "with" on the subject ("X, with Iranian backing, V") is
        not read here; nor a companion in speaking or denying ("X, along with Y, denied
        attacking Z": a joint word, no joint act)."""
        lemma = verb.lemma_.lower()
        if lemma in self.lex.claim_rejecting_verbs or lemma in self.lex.issuing_verbs:
            return []
        words = self.lex.companion_adverbs
        # before the verb only: after it, "killed P along with Y's cadres" adds a victim and
        # "took part, along with Y, in Z" is read by the participation phrases (world11)
        holders = [c for c in verb.children if c.dep_ in ("prep", "advmod")
                   and c.lower_ in words and c.i < verb.i]  # fmt: skip
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        holders += [c for s in subjects for c in s.children
                    if c.dep_ in ("prep", "advmod") and c.lower_ in words]  # fmt: skip
        preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"]
        preps += [p for s in subjects for p in s.children
                  if p.dep_ == "prep" and p.lower_ == "with"
                  and any(c.dep_ == "advmod" and c.lower_ in words
                          for c in p.children)]  # fmt: skip
        acts = self._phrase_partners(preps)
        if acts:
            return acts
        # "X, alongside Y, attacked Z": a comitative preposition hung on the subject before
        # the verb names the subject's companion in the act (replay39)
        acts = self._phrase_partners([c for s in subjects for c in s.children
                                      if c.dep_ == "prep" and c.i < verb.i
                                      and c.lower_ in self.lex.comitative_preps])  # fmt: skip
        if acts:
            return acts
        return self._phrase_partners(self._armed_with(verb, subjects))

    def _armed_with(self, verb: Any, subjects: list[Any]) -> list[Any]:
        """Plain "with" phrases before the verb whose object is a noun of a party's armed men:
        "X, with fighters loyal to Y, drove Z out", "X moved in and, with Y's fighters, took
        Z" (on the subject, on the verb, or on the first of coordinated verbs between the two;
        replay37). The men were the doer's companions in the act; a "with" of anything else
        ("with Iranian backing") is no companion."""
        holders = [(s, verb) for s in subjects] + [(verb, verb)]
        subject_ids = {s.i for s in subjects}
        if verb.dep_ == "conj":
            holders.append((verb.head, verb))
        found = []
        for holder, end in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i > end.i:
                    continue
                if holder.i != end.i and prep.i < holder.i:
                    continue
                if holder.i in subject_ids and self._event_noun(holder):
                    continue  # "X's meeting with Y's commanders is ...": no doer's companions
                if (
                    holder.i == verb.head.i
                    and holder.i != verb.i
                    and not any(c.dep_ == "cc" and holder.i < c.i < prep.i for c in holder.children)
                ):
                    continue  # "clashed with Y's men and V": the first verb's own partner
                men = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                       and (o.lower_ in _PEOPLE_OF_A_GROUP or self._tieable_noun(o))]  # fmt: skip
                if men:
                    found.append(prep)
        return found

    def _phrase_partners(self, preps: list[Any]) -> list[Actor]:
        """The actors of the first object of ``preps`` that names any, places and places a
        group holds left out: the partner a companion phrase names."""
        for prep in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and not self._held_place(pobj):
                    acts = [a for a in self.actors(pobj) if a.type != "place"]
                    if acts:
                        return acts
        return []

    def _comitative_on_object(self, verb: Any) -> list[Actor]:
        """Co-agents named in a comitative phrase the parser hung on the verb's object or on
        the object of its preposition, a noun that is no actor: "X sent its fighters into the
        operations room alongside Y" ('alongside' on 'room'; mmp28). A place there is no
        co-agent ("camped alongside the river")."""
        holders = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        holders += [o for p in verb.children
                    if p.dep_ == "prep" and p.lower_ not in self.lex.comitative_preps
                    for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        for holder in holders:
            if holder.i in self.actor_of or holder.pos_ != "NOUN":
                continue
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    # "attacked Z's positions in tandem / in concert with Y" (replay39)
                    joint = self.lex.comitative_nouns
                    nouns = [n for n in prep.children if n.dep_ == "pobj" and n.lower_ in joint]
                    withs = [w for n in nouns for w in n.children
                             if w.dep_ == "prep" and w.lower_ == "with"]  # fmt: skip
                    acts = self._phrase_partners(withs)
                    if acts:
                        return acts
                if prep.dep_ != "prep" or prep.lower_ not in self.lex.comitative_preps:
                    continue
                for pobj in prep.children:
                    if self._held_place(pobj):
                        continue  # "built a depot alongside Y's headquarters": a location
                    acts = [a for a in self.actors(pobj) if a.type != "place"]
                    if pobj.dep_ == "pobj" and acts:
                        return acts
        return []

    def _held_place(self, pobj: Any) -> bool:
        """Is the object of a comitative preposition a place a party holds (cues.yaml
        ``held_place_nouns``: "alongside Y's headquarters", "beside the Y base")? Then it
        tells where the act was done, not with whom (prec51)."""
        return pobj.pos_ == "NOUN" and pobj.lower_ in self.lex.held_place_nouns

    _SIDE_PRONOUNS = frozenset({"them", "him", "it", "us"})

    def _companions_at_side(self, verb: Any) -> list[Actor]:
        """Co-agents told by an absolute "with" phrase: "X, with Y alongside them, fought Z",
        "X, with Y beside it, moved in and attacked Z": the "with" object has a comitative
        preposition (events.yaml ``comitative_preps``) of a pronoun for the subject. The
        phrase may hang on the subject or on the verb, also on the first of coordinated verbs
        that share the subject (stop 48).

        >>> from riftwatch.nlp.lexicon import load
        >>> from riftwatch.nlp.parse import nlp
        >>> doc = nlp()("The Taliban, with Al Qaeda fighters beside them, attacked the base.")
        >>> taliban = Actor(id="org:t", name="Taliban", mention="Taliban", type="armed_group")
        >>> aq = Actor(id="org:aq", name="Al Qaeda", mention="Al Qaeda", type="armed_group")
        >>> coder = SentenceCoder(load(), doc, {1: taliban, 4: aq, 5: aq, 6: aq})
        >>> [a.name for a in coder._companions_at_side(doc[10])]
        ['Al Qaeda']
        """
        chain = [verb]
        while chain[-1].dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in chain[-1].children
        ):
            chain.append(chain[-1].head)
        holders = [*chain, *(c for v in chain for c in v.children if c.dep_ == "nsubj")]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "with":
                    continue
                for obj in prep.children:
                    at_side = any(
                        c.dep_ == "prep"
                        and c.lower_ in self.lex.comitative_preps
                        and any(
                            g.dep_ == "pobj" and g.lower_ in self._SIDE_PRONOUNS for g in c.children
                        )  # fmt: skip
                        for c in obj.children
                    )
                    acts = self.actors(obj) if obj.dep_ == "pobj" and at_side else []
                    if acts:
                        return acts
        return []

    def _in_act(self, verb: Any) -> Any:
        """The act an "in" phrase of ``verb`` names ("joined Y in an ambush on Z", "joined Y
        in attacking Z", "joined Y in defending Z"), or None: an event noun or a verb of an
        act (:meth:`_act_verb`)."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and self._event_noun(obj):
                    return obj
                if obj.dep_ == "pcomp" and self._act_verb(obj):
                    return obj
        return None

    def _act_verb(self, tok: Any) -> bool:
        """Is ``tok`` a verb of an act: one of events.yaml, or a base-dictionary verb coded
        alone with a type ("defend", "guard": "joined Y in defending Z" is done with Y; a
        verb of saying has no type; gaps58)?"""
        lemma = tok.lemma_.lower()
        if lemma in self.lex.verbs:
            return True
        entry = self.lex.verb_entry(lemma) or {}
        return bool(entry.get("type")) and bool(entry.get("coded_alone"))

    def _party_moved_from(self, verb: Any, entry: dict[str, Any]) -> bool:
        """An entry whose object is a place ("cleared the valley of X") that also takes the
        party as object with a "from" phrase of place (events.yaml ``from_takes_party``:
        "troops cleared TTP fighters from the heights"; written17): a party object, a
        "from" phrase that names no party, and no "of" phrase. The entry's list holds the
        nouns of a "from" phrase that is no place ("cleared P from the sanctions list")."""
        not_places = entry.get("from_takes_party")
        if not not_places:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        preps = [c for c in verb.children if c.dep_ == "prep"]
        # the parser may hang the "from" phrase on the object ("fighters from the hills")
        froms = [c for h in (verb, *objects) for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "from"]  # fmt: skip
        places = [p for c in froms for p in c.children if p.dep_ == "pobj"]
        if not places or any(c.lower_ == "of" for c in preps):
            return False
        if any(p.lower_ in not_places or p.lemma_.lower() in not_places for p in places):
            return False
        if any(self.actors(p) for p in places):
            return False
        return any(self.actors(c) for c in objects)

    def _of_party_unmet(self, verb: Any, entry: dict[str, Any]) -> bool:
        """Either condition of an entry that needs a phrase (:meth:`_party_of_unmet`, and
        events.yaml ``needs_prep``: "X dismissed Y as a reckless upstart" disparages Y, while
        "X dismissed the reports" is left to the modality cues and the base dictionary;
        written17) is not met by ``verb``."""
        needs = entry.get("needs_prep")
        if needs and not any(c.dep_ == "prep" and c.lower_ in needs for c in verb.children):
            return True
        return self._party_of_unmet(verb, entry)

    def _party_of_unmet(self, verb: Any, entry: dict[str, Any]) -> bool:
        """An entry that is an event only when its "of" phrase names a party (events.yaml
        ``needs_of_party``: "cleared the villages of TTP fighters", not "cleared P of the
        charges", which is left to the base dictionary), and the verb's has none."""
        if not entry.get("needs_of_party"):
            return False
        if self._party_moved_from(verb, entry):
            return False
        return not any(
            self.actors(pobj)
            for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"
        )  # fmt: skip

    def _comitative_objects(self, verb: Any, partners: list[Actor]) -> bool:
        """Are the "alongside" partners of a sanction further objects of it ("Riyadh
        designated X a terrorist group, alongside Y and Z"; written13)? So when a state's
        sanction has armed groups as objects and the partners are no state either: a state
        does not designate or ban in partnership with the groups it lists ("the U.S.,
        alongside Britain, designated X" keeps Britain a co-agent)."""
        entry = self.lex.verbs.get(verb.lemma_.lower()) or {}
        if entry.get("type") != "SANCTION":
            return False
        sources, passive, _how = self.subject(verb)
        objects = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                   for a in self.actors(c)]  # fmt: skip
        return bool(
            not passive
            and sources
            and objects
            and all(a.type in STATE_TYPES for a in sources)
            and not any(a.type in STATE_TYPES for a in [*objects, *partners])
        )

    def _together(self, verb: Any) -> None:
        """'X and Y jointly planned ...', 'X fought alongside Y': cooperation whatever the verb.

        Coordinated subjects of a verb done jointly or together cooperate both ways; the
        subject of a verb done alongside someone cooperates with them (one way, like
        'cooperates with')."""
        jointly = _joint_marker(verb)
        if jointly:
            sources, passive, how = self.subject(verb)
            if len(sources) == 1 and not passive:
                # "Fighters of X and (of) Y fought together": the groups of the member noun
                more = self._of_conjuncts(verb)
                if len(more) > 1:
                    sources, how = more, "the groups of the subject's 'of' phrase"
            if passive and not (verb.dep_ == "acl" and self._event_noun(verb.head)):
                # "bombers sent jointly by X and Y", "the raid was planned together by X and
                # Y": the coordinated 'by' agents did it together (mmp29); "a raid carried out
                # jointly by X and Y" is an act noun's, with its clause's modality (written26)
                agents = [a for c in verb.children
                          if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                          for p in c.children if p.dep_ == "pobj"
                          for a in self.actors(p)]  # fmt: skip
                if len(agents) > 1:
                    sources, passive, how = agents, False, "the coordinated 'by' agents"
            if len(sources) > 1 and not passive:
                why = [f"'{jointly} {verb.text}': coordinated partners cooperate",
                       f"parties: {how}"]  # fmt: skip
                self._emit_pairs(sources, "COOPERATE", "joint_operations", verb, why)
        partners = self._comitative(verb)
        if partners and self._comitative_objects(verb, partners):
            partners = []  # "banned X, along with Y": Y is banned too, no partner
        if partners:
            sources, passive, how = self.subject(verb)
            if passive and written.cooperative_participle(verb, self.lex):
                passive = False  # "LeT fighters trained alongside Y": trained with Y (round 9)
            if passive and self._reduced_relative_of_subject(verb):
                passive = False  # "X fighters deployed alongside Y fought Z": X with Y
            if not passive:
                self._emit(sources, partners, "COOPERATE", "joint_operations", verb,
                           [f"'{verb.text} alongside': the subject cooperates with its partner",
                            f"source: {how}"])  # fmt: skip
                if self._jointly_with(verb):
                    # "X carried out the attack jointly with Y": one act of both, as "X and Y
                    # jointly carried out" is (written18); "alongside" stays one way
                    self._emit(partners, sources, "COOPERATE", "joint_operations", verb,
                               [f"'{verb.text} jointly with': the partner cooperates too",
                                f"target: {how}"])  # fmt: skip

    def _reduced_relative_of_subject(self, verb: Any) -> bool:
        """Is ``verb`` a participle in a reduced relative clause on its clause's subject ("X
        fighters deployed alongside Y fought Z", "X units trained alongside Y later attacked
        Z") whose act is cooperative or a deployment (a COOPERATE, AID or MOBILIZE entry)? The
        subject's people did it together with the "alongside" partner (coref50). A hostile
        participle ("militants killed alongside Y") stays passive: fellow victims."""
        from riftwatch.nlp.lexicon import COOPERATIVE

        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
            return False
        if verb.head.dep_ not in ("nsubj", "nsubjpass") or verb.head.head.pos_ not in (
            "VERB",
            "AUX",
        ):
            return False
        entry = self.lex.verbs.get(verb.lemma_.lower()) or {}
        return entry.get("type") in COOPERATIVE or entry.get("type") == "MOBILIZE"

    def _joiners(
        self, noun: Any, owners: list[Actor], partners: list[Actor]
    ) -> tuple[list[Actor], Any]:
        """Who joined an act another party owns ("X joined a Turkish offensive on Y", "X took
        part in Z's raid on Y"): the subject of the verb of joining or taking part, when the
        act has its own owner and other party and the subject is neither (world10); with the
        verb of joining, whose modality the joiner's acts take. An act with no other party
        named ("X took part in Y's failed coup", "joined Y's offensive on the town") still
        makes the joiner Y's partner (mmp5); only the joint act on a party needs one."""
        if not owners:
            return [], None
        verb = self._participation_verb(noun)
        if verb is None and noun.dep_ in ("dobj", "obj"):
            head = noun.head
            if head.pos_ == "VERB" and head.lemma_.lower() in self.lex.participation_verbs:
                verb = head
        if verb is None:
            return [], None
        subjects, passive, _how = self.subject(verb)
        if passive:
            return [], None
        taken = {a.key() for a in [*owners, *partners]}
        return [a for a in subjects if a.key() not in taken], verb

    def _participation_verb(self, noun: Any) -> Any:
        """The verb of taking part whose "in" phrase is ``noun`` ("participated in the
        offensive", "took part in the raid"; events.yaml ``participation_verbs``), or None."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.dep_ != "prep":
            return None
        verb = noun.head.head
        if verb.lower_ == "part" and verb.dep_ in ("dobj", "obj"):
            verb = verb.head
            return verb if verb.lemma_.lower() == "take" else None
        if verb.pos_ == "VERB" and verb.lemma_.lower() in self.lex.participation_verbs:
            return verb
        if verb.lemma_.lower() == "take" and any(
            c.dep_ in ("dobj", "obj") and c.lower_ == "part" for c in verb.children
        ):  # "took part in the raid": the parser hangs "in" on "took"
            return verb
        return None

    def _on_participation_verb(self, noun: Any, allowed: set[str]) -> list[Actor]:
        """The other party of an event noun taken part in, hung on the verb of taking part
        after the noun ("participated in the offensive on Y"; world10)."""
        verb = self._participation_verb(noun)
        if verb is None:
            return []
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in allowed and prep.i > noun.i:
                for pobj in prep.children:
                    acts = self.actors(pobj)
                    if acts:
                        return acts
        return []

    def _of_conjuncts(self, verb: Any) -> list[Actor]:
        """The groups of a common-noun subject's coordinated "of" phrase: "Fighters of X and Y",
        "Members of X and of Y" (world10), also "from": "Fighters from X, Z and Y" (written22),
        and "for" after those sent to bargain: "Negotiators for X and Y" (replay43); [] when
        the subject is a name."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN" or subj.i in self.actor_of:
            return []
        out: list[Actor] = []
        preps = ("of", "from")
        if subj.lower_ in self.lex.guest_envoy_nouns and not _owner_written(subj, self):
            preps = ("of", "from", "for")  # "Negotiators for X and Y signed" (replay43)
        for prep in subj.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for of in [prep, *(c for c in prep.conjuncts if c.lower_ == prep.lower_)]:
                for pobj in of.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for node in [pobj, *pobj.conjuncts]:
                        out += [a for a in self.actors(node)
                                if a.type not in ("place", "country")
                                and all(a.key() != b.key() for b in out)]  # fmt: skip
        return out

    def _one_side_of_governor(self, trigger: Any) -> bool:
        """Does the verb that governs an event noun make its parties one side: "In the battle
        of P, X fought beside Y" (a co-agent), "... X and Y fought side by side" (a joint
        marker)? Then the noun's parties fought together, not each other (world10)."""
        node = trigger
        for _ in range(5):
            if node.pos_ in ("VERB", "AUX"):
                return node.i != trigger.i and (
                    bool(self._comitative(node)) or _joint_marker(node) is not None
                )
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def _is_joint(self, noun: Any) -> bool:
        return any(c.dep_ in ("amod", "compound") and c.lower_ in self.lex.joint_modifiers
                   for c in noun.children)  # fmt: skip

    def _joint_partner_tokens(self, noun: Any) -> list[Any]:
        """The objects of "with" phrases that name the partner of the joint act ``noun`` when
        the parser hangs them off the noun (replay29): on the verb whose object the noun is
        ("X carried out joint attacks on Z with Y", "conducted joint operations against Z
        with Y"), or on the act's target ("joint attacks on Z's posts with Y gunmen"); the
        "with" object is a proper name or a noun for a group's men (events.yaml
        ``joint_partner_nouns``), not "with ties to Y" or "with Y's backing"."""
        withs: list[Any] = []
        if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
            withs += [p for p in noun.head.children
                      if p.dep_ == "prep" and p.lower_ == "with" and p.i > noun.i]  # fmt: skip
        hung: list[Any] = []
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ not in ("with", "between"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        hung += [p for p in pobj.children
                                 if p.dep_ == "prep" and p.lower_ == "with"]  # fmt: skip
        return [o for p in [*withs, *hung] for o in p.children if o.dep_ == "pobj"
                and (o.pos_ == "PROPN" or o.lower_ in self.lex.joint_partner_nouns)]  # fmt: skip

    def _joint_partner_of_object(self, verb: Any, tok: Any) -> bool:
        """Is ``tok`` the partner of a joint act that is ``verb``'s object ("conducted joint
        operations against Z with Y": Y acts with the subject, never its target; replay29)?"""
        return any(
            c.dep_ in ("dobj", "obj") and self._is_joint(c)
            and any(o.i == tok.i for o in self._joint_partner_tokens(c))
            for c in verb.children
        )  # fmt: skip

    def _joint_noun(self, noun: Any) -> None:
        """'a joint raid with X', 'X and Y's joint planning': the parties cooperate both ways;
        with an event noun, the partner also does it to the target ("on Z")."""
        entry = self.lex.noun_entry(noun) or {}
        parties: list[Actor] = []

        def add(found: list[Actor]) -> None:
            for a in found:
                if a.type not in ("place",) and all(a.key() != p.key() for p in parties):
                    parties.append(a)

        for child in noun.lefts:
            if child.dep_ == "poss":
                add(self.actors(child))
        for prep in noun.children:  # "a joint effort by the TTP, AQ and the Afghan Taliban"
            if prep.dep_ == "prep" and prep.lower_ == "by":
                for pobj in prep.children:
                    add(self.actors(pobj))
        partners: list[Actor] = []
        for prep in noun.children:
            if prep.dep_ == "prep" and (
                prep.lower_ in ("with", "between") or prep.lower_ in self.lex.comitative_preps
            ):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        partners += self.actors(pobj)
        for pobj in self._joint_partner_tokens(noun):
            partners += [a for a in self.actors(pobj) if a.type not in ("place", "country")]
        left = self._left_relation(noun)
        if left is not None:
            # "X withdrew from the joint command with Y": X leaves the joint body, a break
            # with its partners, never cooperation (replay27)
            leavers = [a for a in self.subject(left)[0] if a.type != "place"]
            keys = {a.key() for a in leavers}
            if not partners:
                withs = [p for p in left.children
                         if p.dep_ == "prep" and p.lower_ == "with" and p.i > noun.i]  # fmt: skip
                partners = [a for p in withs for o in p.children for a in self.actors(o)]
            others = [a for a in [*parties, *partners] if a.key() not in keys]
            if leavers and others:
                why = [f"joint '{noun.text}' left: '{left.text}' -> REJECT (renounce)",
                       f"agent: subject of '{left.text}'"]  # fmt: skip
                self._emit(leavers, others, "REJECT", "renounce", noun, why)
            return
        if not parties:
            owners, _how = self._nominal_owner(noun)
            add(owners)
        add(partners)
        if len(parties) < 2:
            return
        if noun.lemma_.lower() in self.lex.joint_agreement_nouns:
            # "a joint declaration of peace": a text both parties sign, an agreement (gaps63)
            why = [f"joint '{noun.text}': its parties agree"]
            self._emit_pairs(parties, "AGREE", None, noun, why)
            return
        why = [f"joint '{noun.text}': its parties cooperate"]
        self._emit_pairs(parties, "COOPERATE", "joint_operations", noun, why)
        if entry.get("type") in ("ASSAULT", "COERCE"):
            # the target phrase may hang on the partner: "a joint raid with X against Z"
            hung = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children if o.dep_ == "pobj" for g in o.children]  # fmt: skip
            for prep in [*noun.children, *hung]:
                if prep.dep_ == "prep" and prep.lower_ in (entry.get("patient_preps") or ()):
                    for pobj in prep.children:
                        targets = self.actors(pobj)
                        self._emit(
                            parties,
                            targets,
                            entry["type"],
                            entry.get("mode"),
                            noun,
                            [f"joint '{noun.text}': every party acts on the target"],
                        )

    def _warning(self, verb: Any, entry: dict[str, Any], why: list[str]) -> None:
        """'X warned Y': a threat; 'X warned Y about a planned raid' (an event that neither X
        nor Y carries out): a tip-off, AID from X to Y."""
        sources, passive, how = self.subject(verb)
        warned = [a for c in verb.children if c.dep_ in ("dobj", "obj", "dative")
                  for a in self.actors(c)]  # fmt: skip
        if not warned and not passive:  # "X wrote to Y, warning that ..." (written17)
            warned = written.addressee_of_writing(self, verb)
        if passive:
            warned, sources, how = sources, self.agent(verb), "passive agent ('by')"
        about, agents = None, []
        # "warned X's leaders of a strike": the parser may hang the "of"/"about" phrase on
        # the person warned instead of the verb
        carried = [p for o in verb.children if o.dep_ in ("dobj", "obj")
                   for p in o.children if p.dep_ == "prep" and p.lower_ in ("about", "of")
                   and any(self.lex.nouns.get(q.lemma_.lower(), {}).get("type")
                           in ("ASSAULT", "COERCE") or q.lemma_.lower() in self.lex.plot_nouns
                           for q in p.children)]  # fmt: skip
        # "warned Y's commanders in P of an American strike", "of a strike hours before it
        # hit": deeper in the phrase of the party warned, or a compound of a time noun
        carried += [p for p in written.warning_topics(verb, self.lex) if p not in carried]
        for child in [*verb.children, *carried]:
            if child.dep_ == "prep" and child.lower_ in ("about", "of", "against"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        pobj = written.act_in_compound(pobj, self.lex)  # "strike hours"
                    noun_entry = self.lex.nouns.get(pobj.lower_) or self.lex.nouns.get(
                        pobj.lemma_.lower()
                    )
                    if pobj.dep_ in ("pobj", "compound") and noun_entry:
                        about, agents = pobj, self._modifier_owner(pobj, noun_entry)
                    elif pobj.dep_ == "pobj" and pobj.lemma_.lower() in self.lex.plot_nouns:
                        # "warned Y about a bomb plot by Z", "of a TTP plot against Y": a
                        # hostile act planned, by its owner; one with no owner named is no
                        # tip-off from an armed group, whose own plot it may be (written56)
                        agents = self._modifier_owner(pobj, {"type": "ASSAULT"})
                        if agents or not any(a.type in _ARMED_TYPES for a in sources):
                            about = pobj
                    elif pobj.dep_ == "pcomp":  # "warned X against attacking"
                        about, agents = pobj, self.subject(pobj)[0]
            elif child.dep_ == "ccomp":  # "warned X that the army would raid ..."
                inner, _p, _h = self.subject(child)
                if inner:
                    about, agents = child, inner
        if about is None:  # "warned Y ahead of the raids", "before the strike" (written33)
            for act in written.anticipated_acts(verb, self.lex):
                act_entry = self.lex.nouns.get(act.lemma_.lower()) or self.lex.nouns.get(act.lower_)
                owners = self._modifier_owner(act, act_entry)
                # an act with no doer named, set after a militant group's warning, may be
                # its own ("the TTP warned the army before the attack"): no tip-off read
                if owners or not any(a.type in _ARMED_TYPES for a in sources):
                    about, agents = act, owners
        agents = warned_against_own_act(about, agents, warned, sources, self.lex)
        keys = {a.key() for a in [*sources, *warned]}
        state_source = any(a.type in _OPERATING_TYPES for a in sources)
        own_operation = (
            about is not None
            and about.head.lower_ != "about"
            and state_source
            and (
                (not agents and bool(self._implies_agent(about)))
                # "Pakistan warned the TTP of a military operation": forces named only by
                # a generic word, given the text's country, are the warning state's
                or (
                    bool(agents)
                    and all(
                        a.type in _OPERATING_TYPES and a.how == "country of the text"
                        for a in agents
                    )
                )
            )
        )  # "the army warned the TTP of a crackdown": its own operation, a threat; an
        # intelligence service passes on what it learns ("the ISI warned the Haqqanis of the
        # raid"): a tip-off
        if about is not None and child_not_party(agents, keys) and warned and not own_operation:
            self._emit(
                sources,
                warned,
                "AID",
                "tip-off",
                verb,
                [
                    f"'{verb.text}' about '{about.text}', which neither party carries out:"
                    " a tip-off (AID)",
                    f"source: {how}",
                    "target: the party warned",
                ],
            )
            return
        self._emit(sources, warned, entry["type"], entry.get("mode"), verb,
                   [*why, f"source: {how}", "target: the party warned"])  # fmt: skip

    def _from_target(self, verb: Any) -> list[Actor]:
        """The Z of "away from Z" (or "from Z"), attached to the verb or to its "away"."""
        heads = [verb, *(c for c in verb.children if c.lower_ == "away")]
        for head in heads:
            for tok in head.children:
                if tok.dep_ == "prep" and tok.lower_ == "from":
                    for pobj in tok.children:
                        acts = self.actors(pobj)
                        if acts:
                            return acts
        return []

    def _refusal(self, verb: Any, entry: dict[str, Any], why: list[str]) -> None:
        if written.stops_short(verb, self.lex):
            return  # "stopped short of X": no refusal; X is negated (modality)
        if written.ended_by_subject(self, verb):
            return  # "X's funding of Y stopped": the ending is the noun's (modality, fix9)
        sources, passive, how = self.subject(verb)
        if passive:
            # "X's couriers were refused shelter by the Taliban": the agent refused the
            # subject; with no agent, nobody is named as refusing
            agents = self.agent(verb)
            if agents and sources:
                why = [*why, "source: agent of the passive", "target: passive subject"]
                self._emit(agents, sources, "REJECT", "assist", verb, why)
            return
        # a clause before the refusal is no refused act: "X asked Y to do Z; Y refused" (the
        # parser may hang the first clause on "refused" as its complement; round 11)
        comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i),
                    None)  # fmt: skip
        if (
            comp is not None
            and written.refused_remark(comp, self.lex)
            and not mechanisms.refused_request_author(self, comp)  # "respond to X's demand"
        ):
            return  # "declined to say whether X attacked Y": no party rejected
        if comp is None and written.refused_violence(verb, self.lex) is not None:
            return  # "the TTP ceased attacks on Y": no rejection of Y (neg41)
        targets: list[Actor] = []
        mode = "assist"
        if comp is not None:
            inner = self.lex.verbs.get(comp.lemma_.lower()) or {}
            if (
                _presence_object(comp, inner) is not None and inner["presence_type"] in COOPERATIVE
            ):  # "refused to deploy observers in Y": the help refused, not a force (peers25)
                inner = {**inner, "type": inner["presence_type"], "mode": inner["presence_mode"]}
            if inner.get("needs_ties") or (
                inner.get("type") == "REJECT" and inner.get("mode") in ("renounce", "split")
            ):  # "refused to end its alliance with X": the relation holds, nothing rejected
                return
            askers = written.refused_request(self, comp, inner)
            if askers:  # "rebuffed Saudi demands to expel X": the asker is rejected (round 11)
                self._emit(sources, askers, "REJECT", mode, verb,
                           [*why, f"refusal of a request '{comp.text}': its author",
                            f"source: {how}"])  # fmt: skip
                return
            receivers = written.refused_hostile_act(self, comp, inner)
            if receivers is not None:  # "refused to hand X over to Y": Y is rejected, not X
                self._emit(sources, receivers, "REJECT", mode, verb,
                           [*why, f"refusal of a hostile act '{comp.text}': its receiver",
                            f"source: {how}"])  # fmt: skip
                return
            targets, thow = self.objects(comp, inner or {"preps": ["with", "to", "for"]})
            if not targets and inner.get("type") in COOPERATIVE:
                # "refused to deploy peacekeepers in Y": help withheld from the country it
                # would have been given in (peers25); only a cooperative act has a recipient
                targets, thow = mechanisms.locus_party(self, comp, inner["type"])
            if not targets and not inner:
                # "refused to respond to a demand from X": the demand's author (peers13)
                targets = mechanisms.refused_request_author(self, comp)
                thow = "the author of the demand answered" if targets else thow
            mode = inner.get("mode") or mode
            why.append(f"refusal of '{comp.text}': target {thow or 'not found'}")
        if not targets:
            # "rejected an Australian ultimatum": the party inside the refused thing
            targets, thow = self.objects(verb, {"type": "REJECT", "preps": ["from", "with", "to"]})
        if not targets and self.earlier_ties:
            # "X's commanders rejected the merger": the tie told earlier names the partner
            targets, thow = self._tie_told_before(verb, sources)
            if targets:
                why.append(f"target: {thow}")
        if not targets:
            # "rejected an invitation to peace talks with Y": the partner of the relation the
            # proposal proposes (written round 16), never a party named earlier
            targets = [a for o in verb.children if o.dep_ in ("dobj", "obj")
                       and o.lower_ in self.lex.proposal_nouns
                       for a in mechanisms._proposed_partners(self, o)]  # noqa: SLF001  # fmt: skip
            if targets:
                why.append("target: the party of the cooperation proposed")
        if not targets:
            # "refusing this inducement": the party that offered it, named earlier
            others = written.refused_party(self, verb, sources)  # round 11
            if others:
                targets = [others[-1]]
                why.append("target: the offering party of an earlier event")
        why.append(f"source: {how}")
        self._emit(sources, targets, "REJECT", mode, verb, why)

    def _gathering_parties(self, held: Any) -> list[Actor] | None:
        """The parties of the talks ``held`` names or holds ("talks between X and Y", "X and
        Y held talks", "X and Y met"): the actors of the CONSULT events coded on it or on its
        gathering-noun object (cues.yaml ``gathering_nouns``); None when ``held`` is no
        gathering (gaps52)."""
        marks = {held.i}
        if held.pos_ in ("VERB", "AUX"):
            gatherings = self.lex.gathering_nouns
            marks |= {c.i for c in held.children
                      if c.dep_ in ("dobj", "obj") and c.lower_ in gatherings}  # fmt: skip
            if (
                len(marks) == 1
                and (self.lex.verbs.get(held.lemma_.lower()) or {}).get("type") != "CONSULT"
            ):
                return None
        elif held.lower_ not in self.lex.gathering_nouns:
            return None
        parties: list[Actor] = []
        for e in self.events:
            if e.trigger.i in marks and e.event_type == "CONSULT":
                for a in (e.source, e.target):
                    if all(a.key() != p.key() for p in parties):
                        parties.append(a)
        return parties

    def _noun(self, noun: Any, entry: dict[str, Any]) -> None:
        if entry.get("only_under") and not (
            noun.head.dep_ == "prep" and noun.head.lower_ == "under"
        ):  # "burned the flag of Y" is no tie to Y; "fought under the flag of Y" is (world9)
            return
        if noun.dep_ == "pobj" and noun.head.lower_ in (entry.get("not_after") or ()):
            return  # "protested in front of Y's embassy" is no front for Y (peers19)
        unlike = entry.get("not_with_compounds") or ()
        if any(
            c.dep_ in ("compound", "amod", "nmod") and c.lower_ in unlike for c in noun.children
        ):
            return  # "the Bauchi prison break carried out by Y" is no split (world9)
        if not _compound_allows(noun, entry):
            return  # "X and Y launched war games": the games are no war (peers60)
        if entry.get("type") in CONFLICTUAL and mechanisms.truce_named_fighting(self.lex, noun):
            return  # "signed a cessation of hostilities": what the truce stops (walk62)
        entry, phrase = self._phrase(noun, entry)
        entry, stance = self._relation_stance(noun, entry)
        entry, undone = mechanisms.undone_entry(self, noun, entry)  # "lifted sanctions on X"
        entry, voiced = mechanisms.voiced_entry(self.lex, noun, entry)  # "expressed support"
        undone = [*undone, *voiced]
        entry, opened = mechanisms.opened_hostility(self, noun, entry)  # "declared war" (mmp12)
        entry, asked = mechanisms.asked_act_entry(noun, entry)  # "pressure on Y to" (peers61)
        opened = [*opened, *asked]
        why = [f"trigger noun '{noun.text}' -> {entry['type']}", *phrase, *stance, *undone, *opened]
        if self._shared(noun, entry, why):
            return
        joint = self._is_joint(noun)
        partners: list[Actor] = []
        via: str | None = None  # the preposition that named the other party
        allowed = set(entry.get("partner_preps") or ()) | set(entry.get("patient_preps") or ())
        if written.owned_aid(self, noun, entry):  # "Iran's support of X": X receives (fix9)
            allowed.add("of")
        if joint:  # "a joint raid with X": X is a co-agent (see _joint_noun), not the target
            allowed -= {"with", "between"}
        carrier = mechanisms.message_carrier(self.lex, noun)  # "a statement of solidarity"
        carried = [c for c in carrier.children if c.i > noun.i] if carrier is not noun else []
        for prep in [*noun.children, *mechanisms.compound_head_preps(noun), *carried]:
            if prep.dep_ != "prep":
                continue
            members = self._of_members(noun, entry, prep, allowed)
            if members:
                # "the coalition of X and Y": its members, as "between X and Y" (prec52)
                partners, via = members, "between"
                why.append("other parties: the members joined in the 'of' phrase")
                break
            if prep.lower_ in allowed:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        partners = self.actors(pobj)
                        if prep.lower_ == "between":  # always two parties, however parsed
                            partners = self._all_actors(pobj, partners)
                            # "between X and Y" with Y hung on the noun as its conjunct
                            partners = written.between_conjunct(self, noun, pobj, partners)
                        if partners:
                            why.append(f"other party: object of '{prep.lower_}'")
                            via = prep.lower_
                            if prep.lower_ == "of" and self._owners_listed(noun, pobj):
                                return  # "the affiliates of X and Y": each owner's, no tie
                            break
            if partners:
                break
        if not partners and entry["type"] == "SANCTION":
            # "imposed sanctions on a group of men who raised money for Y": the sanction on
            # a party's backers strikes the party (written50, as the verb's object, written24)
            for prep in [*noun.children, *mechanisms.compound_head_preps(noun)]:
                if prep.dep_ == "prep" and prep.lower_ in allowed and not partners:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and not self.actors(pobj):
                            partners = written.backed_by_sanctioned(self, pobj)
                            if partners:
                                why.append("other party: the party the sanctioned people backed")
                                via = prep.lower_
                                break
        # "the battle against X": a patient preposition (not a partner one) names the side
        # attacked, so a symmetric noun ("battle with X": both ways) runs one way only
        one_way = via is not None and via not in set(entry.get("partner_preps") or ())
        aim_trigger = None
        if not partners and entry["type"] in ("ASSAULT", "COERCE"):
            partners, how = self._aimed_at(noun)
            if partners:
                why.append(how)
                if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in _AIMING:
                    # "the offensive was aimed at Y": the aim is the predicate, so the verb's
                    # clause decides ("doubt that it was aimed at Y"; round 9)
                    aim_trigger = noun.head
        left_verb = self._left_relation(noun) if not partners else None
        if left_verb is not None and entry.get("mode") == "renounce" and "with" in allowed:
            # "X withdrew from the alliance with Y": the parser hangs "with Y" on the verb
            # that leaves the relation (replay27)
            partners = self._with_on_verb(left_verb, noun)
            if partners:
                via = "with"
                why.append(f"other party: 'with' on '{left_verb.text}'")
        putter = put_to_an_end(noun, self.lex)
        if putter is not None and not partners and "with" in allowed:
            # "X put an end to its truce with Y": the parser hangs "with Y" on the verb that
            # ends the relation, as on a verb that leaves it (written60)
            partners = self._with_on_verb(putter, noun)
            if partners:
                via = "with"
                why.append(f"other party: 'with' on '{putter.text}'")
        owners: list[Actor] = []
        if entry.get("possessor_is_partner") and not partners:
            for child in noun.lefts:
                if child.dep_ == "poss":
                    partners = self.actors(child)
                    if partners:
                        why.append(f"other party: possessor '{child.text}'")
        if entry.get("possessor_is_partner") and not partners:
            partners, how = mechanisms.owner_participle(self, noun)  # "a front run by Y"
            if partners:
                why.append(how)
        frame = entry.get("frame")
        reciprocal = frame in ("reciprocal", "symmetric")
        head = noun.head
        verb = carrier.head  # the verb of the noun, or of the message that carries it
        if (
            not partners
            and carrier.dep_ in ("dobj", "obj")
            and verb.pos_ in ("VERB", "AUX")
            and (
                self._light_role(verb, noun) in ("agent", "holder")
                or verb.lemma_.lower() in self.lex.participation_verbs  # "joined" (world10)
                or entry.get("undone")
                or mechanisms.gives_material(self, verb)
            )  # "cut loans to X", "handed over medicine to X": the parser hangs X on the verb
        ):
            # "has had an affiliation with X", "held talks with X": the partner on the verb
            for prep in verb.children:  # "issued a reminder on Monday to X" (dative)
                # a fronted relative "on whom X placed a bounty" names the party before the
                # noun (written round 16)
                fronted = any(o.tag_ in ("WP", "WDT") for o in prep.children)
                if (prep.dep_ in ("prep", "dative") and prep.lower_ in allowed
                        and (prep.i > noun.i or fronted)):  # fmt: skip
                    # "granted asylum to N officers holed up in P": the parser made the
                    # officers the subject of the participle and left "to" empty (world23)
                    for pobj in [*prep.children, *_stranded_pobj(prep)]:
                        if pobj.i not in self.actor_of and self._event_noun(pobj) is not None:
                            continue  # "received funding from X for its bombings": an act
                        if written.with_inclusion(self.lex, prep, pobj):
                            continue  # "..., with X among its forces": X on its side (replay23)
                        partners = partners or self.actors(pobj)
            if not partners and self._light_role(verb, noun) == "agent":
                # "X gave Y an ultimatum", "X sent Y a warning": the indirect object (peers18)
                for dative in verb.children:
                    if dative.dep_ == "dative" and dative.pos_ in ("NOUN", "PROPN", "PRON"):
                        partners = partners or self.actors(dative)
                if not partners and noun.lower_ in self.lex.ultimatum_nouns:
                    # "set a deadline for Y to withdraw": the subject of the for-clause
                    partners = mechanisms.for_clause_subject(self, noun)
            if partners:
                why.append(f"other party: on the verb '{verb.text}'")
        role_verb = None if partners else written.role_phrase_verb(noun, self.lex)
        if role_verb is not None:  # "served as a conduit for money to Y": Y on the verb
            for prep in role_verb.children:
                if prep.dep_ == "prep" and prep.lower_ in allowed and prep.i > noun.i:
                    for pobj in prep.children:
                        partners = partners or self.actors(pobj)
            if partners:
                why.append(f"other party: on the verb '{role_verb.text}' of the role phrase")
        if not partners:
            # "took part / participated in the offensive on Y": the parser hangs "on Y" on the
            # verb of taking part (world10)
            partners = self._on_participation_verb(noun, allowed)
            if partners:
                why.append("other party: on the verb of taking part")
        if not partners:
            # "lifted the sanctions imposed on Y", "the curbs it had placed on Y": the other
            # party on a light verb's participle or relative clause on the noun (peers16)
            partners, how = mechanisms.participle_partners(self, noun, allowed)
            if partners:
                why.append(how)
        if reciprocal and not partners:
            # "Taliban-Daesh clashes", "TTP-army fighting": both parties as modifiers
            named = self._modifier_parties(noun, entry)
            if len(named) >= 2:
                self._emit(
                    named[:1],
                    named[1:],
                    entry["type"],
                    entry.get("mode"),
                    noun,
                    [*why, "both parties named before the noun"],
                    both_ways=True,
                )
                return
        owners = self._modifier_owner(noun, entry)
        if not partners and entry["type"] == "ASSAULT":
            # "TTP claims Karachi police killings": a state force before a claimed attack
            # noun is what the claimant hit, not the attack's author (heads15)
            claimant = self._claimant_of(noun, 0)
            claimants = self._coordinated_claimants(noun, claimant) if claimant else []
            if len(claimants) == 1 and noun.dep_ in ("dobj", "obj"):
                # "IS, TTP claim X attack": every subject of the claim verb
                acts = [a for a in self.subject(noun.head)[0] if a.type in _CLAIMANTS]
                if len(acts) >= 2 and claimant.key() in {a.key() for a in acts}:
                    claimants = acts
            victims = mechanisms.claimed_force_victims(self, noun, claimants)
            if victims:
                owners, partners = claimants, victims
                why.append("target: the state force named before the claimed attack noun")
        if not partners:
            # "Baradar's capture by ISI officers": the possessor suffers it (written28)
            patients, doers = written.possessed_patient(self, noun, entry)
            if patients:
                partners, owners = patients, doers
                why.append("other party: the possessor; agent: the 'by' phrase")
        if reciprocal and not partners and owners and verb.pos_ in ("VERB", "AUX"):
            # "X and Y strengthened their ties": "their" is the coordinated subjects' own,
            # so the relation holds between them (peers14), not from one of them alone
            theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
            subjects = self.subject(verb)[0] if theirs else []
            if len(subjects) >= 2 and {o.key() for o in owners} <= {a.key() for a in subjects}:
                owners = []
                why.append("'their': the coordinated subjects' own")
        if not owners and carrier is not noun:
            # "X's provision of safe haven to Y", "X's statement of support for Y": the
            # carrier's owner is the event's (written9)
            owners = self._modifier_owner(carrier, entry)
        if not owners and entry.get("undone"):
            # "Washington's suspension of aid to Y was criticised", "the halting of aid to Y by
            # X was announced": the undoing noun's possessor or "by" phrase cuts it, whatever
            # verb governs that noun (written59)
            undoer = mechanisms.undoing_noun(self.lex, noun)
            if undoer is not None:
                owners = self._modifier_owner(undoer, entry)
        if owners and not partners:
            givers = written.given_to_modifier(self, noun, entry)
            if givers and all(g.key() != o.key() for g in givers for o in owners):
                # "the Taliban granted Al Qaeda sanctuary": Al Qaeda receives it
                partners, owners = owners, givers
                why.append(f"recipient: the name before '{noun.text}' (given by the subject)")
        if owners and all(o.type in ("country", "place") for o in owners):
            # "AQAP is the Yemeni branch of al-Qaeda": the demonym places the branch; the
            # subject of the copula is the group that is the branch
            subject, how = self._nominal_owner(noun)
            if (
                noun.dep_ == "attr"
                and subject
                and all(a.type not in ("country", "place") for a in subject)
            ):
                owners = subject
                why.append(f"agent: {how} (the country modifier only places it)")
            elif entry.get("possessor_is_partner") and entry.get("frame") != "reciprocal":
                # "the PKK and its Syrian offshoot, the PYD", "al-Qaeda's Somali branch":
                # a state has no branch or offshoot; the demonym places the group, which
                # is the name in apposition, if any (an ally may be a state: not here)
                named = [a for c in noun.children if c.dep_ == "appos" for a in self.actors(c)
                         if a.type not in ("country", "place")]  # fmt: skip
                if not named:
                    return  # "hostile to the Islamic State's Yemeni branch": no one named
                owners = named
                why.append("agent: the name in apposition (the country modifier only places it)")
        left = self._left_relation(noun) if entry.get("mode") == "renounce" else None
        if (
            not owners
            and left is not None
            and (entry.get("possessor_is_partner") or (partners and via == "with"))
        ):
            # "X broke away from Y's wing": the party that leaves is the verb's subject
            # (bugs38); so in "X withdrew from the alliance with Y", "X pulled out of the pact
            # with Y", where no possessive names it (replay27)
            owners = [a for a in self.subject(left)[0]
                      if all(a.key() != p.key() for p in partners)]  # fmt: skip
            if owners:
                why.append(f"agent: subject of '{left.text}' (leaves the relation)")
        if owners:
            why.append(f"agent: named with '{noun.text}' ({owners[0].mention})")
        if via == "of" and (
            written.held_aid(self, noun, entry)
            or (noun.dep_ in ("dobj", "obj") and self._light_role(head, noun) == "beneficiary")
        ):  # "X has / received / lost the backing of Y": Y gives (below), X holds
            partners, via = [], None
            why = [w for w in why if w != "other party: object of 'of'"]
        # "received a shipment of weapons from Y": the goods' container stands in the noun's
        # place as the verb's object (events.yaml carrier_nouns, lead51)
        goods = self.lex.goods_carrier_nouns | self.lex.goods_part_nouns
        lead = carrier if carrier.lower_ in goods and entry["type"] == "AID" else noun
        if (
            not partners
            and lead.dep_ in ("dobj", "obj", "conj")
            and (
                self._light_role(lead.head, noun) == "beneficiary"
                or written.held_aid(self, noun, entry)
            )  # "X enjoys the protection of Y": X benefits, Y gives
        ):
            verb = lead.head if lead.dep_ != "conj" else lead.head.head
            partners, _p, how = self.subject(verb)
            if partners:
                why.append(f"beneficiary: subject of '{verb.text}'")
                if not owners:  # "received money from X", "received the assistance of X"
                    for prep in [*verb.children, *noun.children]:
                        # "found refuge with X": the host gives the sanctuary
                        # (or "among X": living among the hosts)
                        host = prep.lower_ in ("with", "among", "amongst") and (
                            entry.get("mode") == "sanctuary"
                        )
                        if prep.dep_ == "prep" and (prep.lower_ == "from" or host or (
                                prep.lower_ == "of" and prep.head.i == noun.i)):  # fmt: skip
                            for pobj in prep.children:
                                owners = owners or self.actors(pobj)
                    if owners:
                        why.append(f"giver: 'from' phrase of '{verb.text}'")
        if entry.get("under_support") and head.dep_ == "prep" and head.lower_ == "under":
            # "LeT, under the ISI's supervision, cooperated ...": the ISI supports LeT
            owners = owners or partners
            held = head.head
            while held.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") and held.head.i != held.i:
                held = held.head
            partners = (self.subject(held)[0] if held.pos_ in ("VERB", "AUX")
                        else self.actors(held))  # fmt: skip
            talks = self._gathering_parties(held)
            if talks is not None and owners:
                # "X and Y held talks under H's auspices": H is the talks' third party, a
                # mediator with each side (events.yaml 'mediate'), no backer of either (gaps52)
                partners = talks
                entry = {**entry, **{k: v for k, v in self.lex.verbs.get("mediate", {}).items()
                                     if k in ("type", "mode")}}  # fmt: skip
                why = [f"trigger noun '{noun.text}' over talks -> {entry['type']} (mediation)"]
            if owners and partners:
                kind = "mediation" if talks is not None else "support"
                why.append(f"'under' the {noun.text} of {owners[0].mention}: {kind}")
        # "an alliance between X and Y", "X and Y's cooperation": both sides in one phrase;
        # hostility "between X and Y" is mutual whatever the noun's frame ("a turf war
        # between X and Y erupted": nominals.yaml's 'war' has no frame; pairs22)
        mutual = via == "between" and entry["type"] in _MUTUAL_BETWEEN
        predicated = via == "of" and noun.dep_ in ("attr", "oprd")  # "X remained allies of"
        # "open to talks with X and Y": the parties named after "with" (or "to", "against")
        # all face the speaker or an unnamed subject, not each other (lead47)
        facing = via in _FACING_PREPS
        if (reciprocal or mutual) and len(partners) >= 2 and not (owners or predicated or facing):
            self._emit(partners[:1], partners[1:], entry["type"], entry.get("mode"), noun,
                       [*why, "both parties in one phrase"], both_ways=True)  # fmt: skip
            return
        if not owners and partners and reciprocal and via not in ("of", "between"):
            # "the merger of X with Y": the "of" object holds the relation (world18)
            owners = written.of_holder(self, noun, partners)
            if owners:
                why.append(f"agent: object of 'of' ({owners[0].mention})")
        if not owners and not self._avenged(noun):
            owners, how = self._nominal_owner(noun)
            if owners:
                why.append(f"agent: {how}")
        if reciprocal and not owners and not partners:
            # "the agreement collapsed within days": the tie told before ends (lead43)
            told = mechanisms.ended_tie_told_before(self, noun, entry)
            if told is not None:
                self._emit([told[0]], [told[1]], entry["type"], entry.get("mode"), noun,
                           [*why, "parties: the tie told before, named again"],
                           both_ways=True)  # fmt: skip
                return
            # "Officials said talk of a split was premature": the relation told before,
            # doubted or denied, is counter-evidence (stop 44)
            told = mechanisms.doubted_relation_told_before(self, noun, entry)
            if told is not None:
                self._emit([told[0]], [told[1]], entry["type"], entry.get("mode"), noun,
                           [*why, "parties: the relation told before, doubted or denied"],
                           both_ways=True)  # fmt: skip
                return
        if owners and not partners and entry["type"] in ("ASSAULT", "COERCE"):
            # "rocket fire against Kampuchean camps": the country of the territory hit
            on = allowed | _HIT_PREPS
            hit = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in on]
            for pobj in (p for c in hit for p in c.children):
                partners = partners or mechanisms.territory_target(self, pobj, entry, owners)
            if partners:
                why.append("other party: the country of the territory hit")
        if owners and not partners:  # "in protest against abuses by X": X, the author
            partners, how = mechanisms.patient_author(self, noun, entry, allowed, owners)
            if partners:
                why.append(f"other party: {how}")
        if owners and not partners:  # "P's death in a U.S. drone strike": P's group (written28)
            partners = written.death_victims(self, noun, entry)
            if partners:
                why.append("target: the one whose death happened in it")
        if not owners or not partners:
            patient, how = self._suffering_patient(noun)
            if {a.key() for a in patient} & {a.key() for a in owners}:
                # "X and Y took part in the capture of Z": the doers are not its sufferers
                patient = []  # (mmp9)
            if patient and owners and not partners:
                partners = patient
                why.append(f"target: {how}")
        if (
            not owners
            and partners
            and entry.get("implied_agent")
            and self.implied is not None
            and not self._done_by_named(noun)
        ):
            # "a raid on a TTP hideout in Khyber": the country's security forces
            owners = [self.implied]
            why.append(f"agent: implied agent of '{noun.text}' in this country")
        # in exchange for X: the reverse of the governing exchange
        if self._in_return_for(noun):
            gov = [e for e in self.events if e.trigger.i < noun.i]
            verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and verb.lemma_.lower() in self.lex.offer_verbs:
                return  # "offered cash to Y in exchange for protection": asked for, not given
            if gov:
                owners, partners = [gov[-1].target], [gov[-1].source]
                why.append("'in return for': the reverse of the exchange")
        mode = entry.get("mode")
        if entry["type"] == "ASSAULT":
            mode = self._instrument_mode(noun) or mode  # "a drone strike", "CIA drone strikes"
        if entry.get("group_targets"):  # "the invasion of Afghanistan": a place
            partners = [p for p in partners if p.type not in ("country", "place")
                        or mechanisms.invaded_country(entry, owners, p, noun)]  # fmt: skip
        joiners, joining = self._joiners(noun, owners, partners)
        if joiners:
            # "X joined a Turkish offensive on Y", "took part in Z's raid on Y": X does it
            # too, alongside its owner, with the joining verb's modality (world10)
            self._emit(joiners, partners, entry["type"], mode, joining,
                       [*why, "source: who joined it"])  # fmt: skip
            self._emit(joiners, owners, "COOPERATE", "joint_operations", joining,
                       [f"joined {owners[0].mention}'s '{noun.text}'",
                        "source: who joined it"])  # fmt: skip
        # "X and Y renewed negotiations": coordinated holders of a reciprocal noun with no
        # other party named are its parties (_emit pairs them)
        one_way = one_way or self._one_sided(noun)  # "a unilateral truce with Y" (peers24)
        if putter is not None and partners:
            # "X put an end to its truce with Y": the ending is X's act, one way; "X and Y
            # put an end to their truce" stays both ways (written60)
            one_way, reciprocal = True, False
        if reciprocal and not partners:
            # "X and Y waged war on Z" with Z no actor: the war has a target of its own, so
            # the holders are not each other's foes; "P took over its war": a possessed
            # hostile act is its possessor's against someone unnamed (mmp28)
            patient_preps = entry.get("patient_preps") or ()
            reciprocal = not any(p.dep_ == "prep" and p.lower_ in patient_preps
                                 for h in (noun, verb) for p in h.children) and not (
                entry.get("type") == "ASSAULT" and any(c.dep_ == "poss" for c in noun.children)
            )  # fmt: skip
        broken = not one_way and owners and partners and mechanisms.broken_truce(self.lex, noun)
        if broken:  # "X's truce with Y collapsed": over for both sides (gaps62)
            why = [*why, "a truce that broke down: both sides"]
        self._emit(owners, partners, entry["type"], mode, aim_trigger or noun, why,
                   reciprocal=reciprocal and not self._is_joint(noun),
                   both_ways=(frame == "symmetric" or broken) and not one_way)  # fmt: skip

    def _phrase(self, noun: Any, entry: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """The entry of the longest multi-word event noun ending in ``noun`` ("hunger strike"
        is a PROTEST, not the ASSAULT of "strike"), when it codes another type."""
        if not self.lex.phrases:
            return entry, []
        mods: list[Any] = []
        for left in reversed(list(noun.lefts)):
            nearest = mods[0].i if mods else noun.i
            if left.dep_ not in ("compound", "amod") or left.i != nearest - 1:
                break
            mods.insert(0, left)
        heads = {noun.lower_, noun.lemma_.lower()}
        for start in range(len(mods)):
            words = " ".join(t.lower_ for t in mods[start:])
            for head in heads:
                found = self.lex.phrases.get((words, head))
                if found and not self._phrase_verb_present(noun, found):
                    continue  # "provided humanitarian assistance": no seeking (peers25)
                if found and found["type"] != entry.get("type"):
                    found = mechanisms.phrase_with_head_frame(found, entry)  # (peers13)
                    return found, [f"phrase '{words} {head}' -> {found['type']} ({SOURCE_LINE}"
                                   f"{found.get('line')}, CAMEO {found.get('cameo')})"]  # fmt: skip
        return entry, []

    def _phrase_of_other_type(self, obj: Any, entry: dict[str, Any]) -> bool:
        """Does the object noun of a verb that needs one ("launch" an attack) read, with its
        modifiers, as a base-dictionary phrase of another type than the verb's ("a verbal
        attack", "a scathing attack": ACCUSE; "a diplomatic offensive": REQUEST)? Then the
        noun carries the event and the verb adds none of its own (peers25)."""
        own = self._event_noun(obj) or {}
        found, phrase = self._phrase(obj, {"type": own.get("type") or entry.get("type")})
        return bool(phrase) and found.get("type") != entry.get("type")

    def _phrase_verb_present(self, noun: Any, found: dict[str, Any]) -> bool:
        """False when a dictionary phrase's type is carried by the verb it was learnt from
        (cues.yaml ``verb_carried_phrase_types``: "seek humanitarian assistance" is REQUEST
        by "seek") and ``noun`` is not that verb's object ("provided humanitarian
        assistance"); True otherwise."""
        if found.get("type") not in self.lex.verb_carried_phrase_types:
            return True
        verbs = set(found.get("light_verbs") or ()) | set(found.get("verbs") or ())
        head = noun.head
        return noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in verbs

    def _former_members(self, tok: Any) -> bool:
        """Is ``tok`` a plural noun of people qualified as former ("former X commanders",
        "ex-X fighters") with a group's name before it, not an object? Such people have left
        the group, so what they do is not the group's (what is done to them still strikes it:
        "X massacred Y's former fighters") (the founding of a group by former members, a split,
        is read from the founders themselves: ``mechanisms``).

        >>> from riftwatch.nlp.extract import extract_document
        >>> [(c.event.source.name, c.event.event_type) for c in extract_document(
        ...     {"id": "d", "text": "Former Taliban commanders attacked a police post.",
        ...      "date": "2015-01-01"})]
        []
        """
        departed = tok.lower_ in self.lex.departed_member_nouns  # "X defectors" (written24)
        if not departed and (tok.tag_ != "NNS" or tok.lower_ not in _PEOPLE_OF_A_GROUP):
            return False  # "its former partners" is a relation, not people who left
        if (
            tok.dep_ in ("dobj", "obj", "iobj", "pobj")
            and not (departed and tok.dep_ == "pobj")  # "a band of X defectors" (written24)
            and not self._partitive_subject(tok)
        ):
            return False  # "X massacred Y's former fighters": an act against Y's people
        ended = self.lex.ended_adjectives
        former = departed or any(
            c.dep_ == "amod" and (c.lower_ in ended or c.lemma_.lower() in ended)
            for c in tok.children
        )
        if not former:
            return False
        owners = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod", "poss")]
        owners += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        return any(
            (named := self.actor_of.get(c.i)) is not None
            and named.type in ("armed_group", "faction", "shura", "party")
            for c in owners
        )

    def _partitive_subject(self, tok: Any) -> bool:
        """Is ``tok`` the "of" object of a word of quantity that is a subject ("Hundreds of
        former X fighters joined Y", "Dozens of ex-X commanders")? Those people act, as the
        subject itself does (cues.yaml ``quantity_openers``; a number)."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
            return False
        amount = prep.head
        return amount.dep_ in ("nsubj", "nsubjpass") and (
            amount.lower_ in self.lex.quantity_openers or amount.like_num
        )

    def _relation_stance(
        self, noun: Any, entry: dict[str, Any]
    ) -> tuple[dict[str, Any], list[str]]:
        """The stance of a cooperative relationship noun, from its words (events.yaml
        ``relation_stance``): a hostile adjective makes it hostile ("a rival relationship
        with X", "relations ... were strained"), a verb that leaves it ends it ("withdrew
        from its alliance with X"). Both are REJECT; any other relation keeps its entry."""
        if entry.get("type") == "COOPERATE":
            for word in noun.children:  # "a former ally of X", "its erstwhile partner"
                if (word.dep_ in ("amod", "compound", "nmod") and (
                    word.lower_ in self.lex.ended_adjectives
                    or word.lemma_.lower() in self.lex.ended_adjectives
                )) or (  # "X, once Y's partner,": an adverb of a past tie (pairs22)
                    word.dep_ == "advmod" and word.lower_ in self.lex.past_tie_adverbs
                ):  # fmt: skip
                    changed = {**entry, "type": "REJECT", "mode": "renounce"}
                    return changed, [f"relation ended: '{word.text} {noun.text}' "
                                     "(events.yaml relation_stance)"]  # fmt: skip
        declared = self._declared_ended(noun) if entry.get("type") in COOPERATIVE else None
        if declared is not None and entry.get("frame") in ("reciprocal", "symmetric"):
            # "X declared its pact with Y over": the declaring party ends it (replay46)
            changed = {**entry, "type": "REJECT", "mode": "renounce", "frame": None}
            return changed, [f"relation declared ended: '{noun.text} ... {declared.text}' "
                             "(events.yaml relation_stance declared_ended_words)"]  # fmt: skip
        ended = self._left_relation(noun) if entry.get("type") == "COOPERATE" else None
        if ended is not None and (
            entry.get("frame") in ("reciprocal", "symmetric") or entry.get("possessor_is_partner")
        ):  # "broke away from its alliance with X"; "... from X's wing" (a part of X: bugs38)
            changed = {**entry, "type": "REJECT", "mode": "renounce", "frame": None}
            return changed, [f"relation ended: '{ended.text} {noun.head.text}' "
                             "(events.yaml relation_stance)"]  # fmt: skip
        if entry.get("type") != "COOPERATE" or entry.get("frame") not in (
            "reciprocal",
            "symmetric",
        ):
            return entry, []
        hostile = self.lex.hostile_adjectives
        words = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
        head = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX", "ADJ"):
            # "relations were strained", "ties became tense", "relations remained uneasy"
            words += [head, *(c for c in head.children if c.dep_ in ("acomp", "attr", "oprd"))]
        for word in words:
            if word.lower_ in hostile or word.lemma_.lower() in hostile:
                changed = {**entry, "type": "REJECT", "mode": "rivalry", "frame": "symmetric"}
                return changed, [f"hostile relation: '{word.text}' (events.yaml relation_stance)"]
        return entry, []

    def _with_on_verb(self, verb: Any, noun: Any) -> list[Actor]:
        """The actors of the first "with" phrase after ``noun`` that the parser hung on
        ``verb`` instead of the relation noun ("X withdrew from the alliance with Y", "X put
        an end to its truce with Y": Y), or none."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i > noun.i:
                for pobj in prep.children:
                    acts = self.actors(pobj) if pobj.dep_ == "pobj" else []
                    if acts:
                        return acts
        return []

    def _declared_ended(self, noun: Any) -> Any:
        """The word that declares the relation ``noun`` ended ("X declared its pact with Y
        over", "pronounced the alliance dead", "declared the truce null and void"; events.yaml
        ``relation_stance`` ``declared_ended_words``), else None: that word closes the noun's
        phrase or comes right after it (past "to be"), heads no phrase of its own ("over the
        weekend" is a time), and the noun, or that word, hangs on a declaring verb before the
        noun (``declared_ended_verbs``)."""
        doc = noun.doc
        words = self.lex.declared_ended_words
        verbs = self.lex.declared_ended_verbs
        i = noun.right_edge.i + 1
        while i < len(doc) and doc[i].lower_ in ("to", "be"):
            i += 1
        candidates = [doc[i]] if i < len(doc) else []
        if noun.right_edge.i > noun.i:
            candidates.append(noun.right_edge)  # the parser hung "... dead" on the partner
        elif i < len(doc) and doc[i].lower_ == "with" and doc[i].head.i == noun.head.i:
            candidates.append(doc[i].right_edge)  # "declared the truce [with Y null and void]"
        for word in candidates:
            if word.lower_ not in words or any(c.dep_ == "pobj" for c in word.children):
                continue
            for verb in (noun.head, word.head):
                if (
                    verb.pos_ == "VERB"
                    and verb.lemma_.lower() in verbs
                    and verb.i < noun.i
                    and (noun.head.i == verb.i or noun.head.i == word.i)
                ):
                    return word
        return None

    def _left_relation(self, noun: Any) -> Any:
        """The verb that leaves the relation ``noun`` names through "from" or "of" (events.yaml
        ``relation_stance`` ``ending_from_verbs``: "withdrew from its alliance with X",
        "pulled out of the pact", "broke away from X's wing"), else None."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ not in ("from", "of"):
            return None
        verb = head.head
        if (
            verb.head.i != verb.i
            and verb.lower_ in ("out", "away")
            and verb.dep_
            in (
                "prt",
                "prep",
                "advmod",
            )
        ):
            verb = verb.head  # "pulled out of its alliance with X", "broke away from X's wing"
        if verb.pos_ == "VERB" and verb.lemma_.lower() in self.lex.ending_from_verbs:
            return verb
        return None

    def _of_members(
        self, noun: Any, entry: dict[str, Any], prep: Any, allowed: set[str]
    ) -> list[Actor]:
        """The members of a reciprocal relation noun named in its "of" phrase, two or more
        parties joined by a conjunction ("the coalition of X and Y", "the alliance of X, Y
        and Z"): read as "between X and Y" (prec52). Never one party ("the coalition of X"
        may be X's own) nor a noun whose "of" names its other party already."""
        if prep.lower_ != "of" or "of" in allowed or "between" not in allowed:
            return []
        if entry.get("frame") != "reciprocal" or entry.get("possessor_is_partner"):
            return []
        if entry.get("mode") == "merger":
            return []  # "the merger of X and Y into Z": the merging mechanisms read it
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and any(c.dep_ == "conj" for c in pobj.children):
                found = self._all_actors(pobj, self.actors(pobj))
                if len({a.key() for a in found}) >= 2:
                    return found
        return []

    def _all_actors(self, tok: Any, found: list[Actor]) -> list[Actor]:
        """``found`` plus every other actor named in the phrase of ``tok`` (no countries
        used as adjectives of another actor's noun)."""
        out = list(found)
        for sub in tok.subtree:
            actor = self.actor_of.get(sub.i)
            if actor is not None and all(actor.key() != a.key() for a in out):
                if (
                    actor.type in ("country", "place")
                    and sub.dep_ in ("amod", "compound")
                    and not self._coordinated_modifier(sub)
                ):
                    continue
                if written.setting_of_phrase(sub, actor, self.lex):
                    continue  # "clashes between X and Y in Afghanistan": a place, no party
                out.append(actor)
        return out

    def _coordinated_modifier(self, tok: Any) -> bool:
        """Is ``tok`` a modifier coordinated with another actor's ("between Turkish and
        Syrian government forces": two sides, not one side's country; walk52)?"""
        return any(c.dep_ == "conj" and self.actor_of.get(c.i) is not None for c in tok.children)

    def _modifier_parties(self, noun: Any, entry: dict[str, Any]) -> list[Actor]:
        """Distinct actors named in the modifiers before a noun ("Taliban-Daesh clashes")."""
        found: list[Actor] = []
        for child in noun.lefts:
            if child.dep_ not in ("poss", "compound", "amod", "nmod"):
                continue
            for sub in child.subtree:
                actor = self.actor_of.get(sub.i)
                if actor is None:
                    continue
                if entry.get("place_modifiers") and actor.type in ("country", "place"):
                    continue
                if all(actor.key() != a.key() for a in found):
                    found.append(actor)
        return found

    def _deemed_holder(self, verb: Any, node: Any) -> list[Actor]:
        """The subject of a passive verb of regarding (events.yaml ``deeming_verbs``) whose
        predicate is ``node``: "X is considered a rival of Y" (oprd), "X is seen as an ally
        of Y" (an 'as' phrase). The active "Z regards X as a wing of Y", "Z describes X as a
        front for Y" gives the same view of X (its object) as the passive does, never Z's own
        relation (written55)."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.deeming_verbs:
            return []
        if not (node.dep_ == "oprd" or (node.dep_ == "prep" and node.lower_ == "as")):
            return []
        if not any(c.dep_ == "auxpass" for c in verb.children):
            if node.dep_ != "prep":
                return []
            return [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in self.actors(c)]
        return [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.actors(c)]

    def _shared(self, noun: Any, entry: dict[str, Any], why: list[str]) -> bool:
        """'X and Y shared weapons', 'X shared its fighters with Y': what two parties share
        (a light verb of role ``mutual``, events.yaml) each gives the other, so a cooperative
        nominal runs both ways. Anything else shared ("shared the blame") is no event here."""
        head = noun.head
        if (
            noun.dep_ not in ("dobj", "obj")
            or head.pos_ not in ("VERB", "AUX")
            or self._light_role(head, noun) != "mutual"
        ):
            return False
        if entry.get("type") not in COOPERATIVE:
            return True
        sources, _passive, how = self.subject(head)
        partners = [
            a
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "with"
            for pobj in prep.children
            for a in self.actors(pobj)
        ]
        if not partners and len(sources) > 1:
            sources, partners = sources[:1], sources[1:]
        keys = {a.key() for a in sources}
        partners = [a for a in partners if a.key() not in keys]
        if sources and partners:
            self._emit(sources, partners, entry["type"], entry.get("mode"), noun,
                       [*why, f"shared ('{head.text}'): each party gives the other",
                        f"source: {how}"], both_ways=True)  # fmt: skip
        return True

    def _wanted_relation(self, verb: Any, obj: Any) -> dict[str, Any]:
        """The entry of the relation noun ``obj`` when ``verb`` is a verb of backing that is
        also a word of wish (events.yaml SUPPORT and a cues.yaml hypothetical or future
        cue: "want") and the noun runs both ways ("talks", "alliance"): "X wants talks with
        Y" backs no Y, the talks are only wanted (neg41). Empty otherwise: "endorsed an
        agreement with Y" and "backs talks with Y" keep their target."""
        lemma = verb.lemma_.lower()
        if (self.lex.verbs.get(lemma) or {}).get("type") != "SUPPORT":
            return {}
        wishes = {*self.lex.modality.get("hypothetical", ()), *self.lex.modality.get("future", ())}
        if lemma not in wishes:
            return {}
        relation = self._event_noun(obj) or {}
        return relation if relation.get("frame") in ("reciprocal", "symmetric") else {}

    def _light_role(self, verb: Any, noun: Any) -> str | None:
        """The role a light verb gives its subject in the nominal event ``noun`` (events.yaml
        ``light_verbs``). A ``loser`` ("lose", "forfeit") was the beneficiary of a
        cooperative event ("lost the backing of Y") and took part in any other ("lost the
        battle with Y")."""
        role = self.lex.light_verbs.get(verb.lemma_.lower())
        if role != "loser":
            return role
        cooperative = (self._event_noun(noun) or {}).get("type") in COOPERATIVE
        return "beneficiary" if cooperative else "agent"

    def _counterpart_object(self, noun: Any) -> bool:
        """Is ``noun`` a counterpart noun with a possessor (cues.yaml ``counterpart_nouns``:
        "Y's enemies", "Y's allies") that is a verb's direct object, so that it names other
        parties, the possessor's counterparts, and not a relation of the verb's subject
        (gaps52)? "Egypt declared the LNA's enemies its own enemies", "X declared Y's rivals
        traitors" tie X to nobody as Y's enemy; "X declared itself Y's enemy" (a predicate)
        and "X is Y's ally" are left to the holder's reading."""
        head = noun
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "the LNA's rivals enemies": the parser's compound
        if head.dep_ not in ("dobj", "obj") or head.head.lemma_.lower() == "be":
            return False
        if noun.lower_ not in self.lex.counterpart_nouns:
            return False
        if any(c.dep_ in ("dobj", "obj", "dative") and c.i < head.i for c in head.head.children):
            return False  # "declared itself Y's enemy": the predicate of the first object
        if any(c.dep_ == "nsubj" for c in head.children):
            return False  # "declared Z Y's enemy", parsed as a small clause
        return any(c.dep_ == "poss" for t in (noun, head) for c in t.children)

    def _nominal_owner(self, noun: Any) -> tuple[list[Actor], str]:
        """The holder of a nominal event: subject of a light verb or copula, or a locative."""
        node = noun
        steps = 0
        behind = mechanisms.party_behind(self, noun)  # "Al-Qaeda behind attack on X"
        if behind:
            return behind, "the party said to be behind it"
        if noun.dep_ == "nsubjpass" or (noun.dep_ == "pobj" and noun.head.lower_ == "for"):
            claimant = self._claimant_of(noun, 0)
            if claimant is not None and noun.head.dep_ != "agent":
                # "the bombing of X was claimed by Y", "responsibility for ... was claimed by Y"
                return self._coordinated_claimants(noun, claimant), "who claimed it"
        for part in noun.children:
            if (
                part.dep_ == "acl"
                and part.tag_ == "VBN"
                and self.lex.light_verbs.get(part.lemma_.lower()) == "agent"
                and not any(c.dep_ == "poss" for c in noun.children)
            ):  # "the Doha agreement, signed by X and Y, ...": the participle's agent holds it
                if any(c.dep_ == "neg" or c.lower_ in self.lex.modality.get("negated", ())
                       for c in part.children):  # fmt: skip
                    return [], ""  # "the accord, never signed by X": no one holds it
                acts = self.agent(part)  # (written13)
                if acts:
                    return acts, f"agent of '{part.text}' (participle on the noun)"
        if mechanisms.described_victim(self, noun):
            return [], ""  # "killed the chief of Y's ally": the attacker is not Y's ally
        if mechanisms.found_message(self.lex, noun):
            return [], ""  # "discovered letters of support for Y": not the finder's (peers56)
        if mechanisms.left_unit(self, noun):
            return [], ""  # "split from Y's branch in Z": the subject left it (bugs37)
        if written.listed_relation_noun(self, noun):
            return [], ""  # "a campaign against the TTP and its allies" (round 10)
        if self._counterpart_object(noun):
            return [], ""  # "X declared Y's enemies its own": others than X (gaps52)
        while steps < 6 and node.head.i != node.i:
            steps += 1
            parent = node.head
            charged = self._charged_party(node, parent)
            if charged is not None:
                return charged, "the accused (object of a verb of blame)" if charged else ""
            if (
                parent.dep_ == "prep"
                and parent.tag_ == "VBG"
                and parent.lower_ in self.lex.background_preps
                and node.dep_ in ("pobj", "dobj", "obj")
            ):
                # "released them following talks with Y": a participle used as a
                # preposition of time, read as "after" is (world23)
                node = parent
                continue
            if node.dep_ == "appos" and parent.pos_ in ("NOUN", "PROPN"):
                if (
                    parent.dep_ in ("dobj", "obj")
                    and parent.head.lemma_.lower() in self.lex.deeming_verbs
                ):  # "Z considered the two groups a single enemy": Z's view of them
                    return [], ""
                # "Al-Nusra, AQ's Syria branch": the name the appositive describes
                acts = self.actors(parent)
                if acts:
                    return acts, f"the name '{parent.text}' it describes"
            deemed = self._deemed_holder(parent, node)
            if deemed:  # "X is considered a rival of Y": the passive subject holds it
                passive = any(c.dep_ == "auxpass" for c in parent.children)
                how = "subject of passive" if passive else "object of"
                return deemed, f"{how} '{parent.text}'"
            if node.dep_ in ("dobj", "obj", "attr", "nsubj", "nsubjpass", "pobj", "conj",
                             "appos", "acomp", "xcomp", "ccomp", "amod", "advmod", "npadvmod",
                             "prep", "pcomp", "compound"):  # fmt: skip
                lemma = parent.lemma_.lower()
                if node.i == noun.i and written.attitude_object(parent, node, self.lex):
                    return [], ""  # "supported the attack on X": not the attacker
                if parent.pos_ in ("VERB", "AUX") and node.dep_ in ("dobj", "obj", "attr"):
                    role = self._light_role(parent, noun)
                    if node.i == noun.i and lemma in self.lex.participation_verbs:
                        role = "agent"  # "joined an offensive on Y": the joiner does it (world10)
                    if lemma == "be" or role in ("agent", "holder"):
                        acts, _p, how = self.subject(parent)
                        if acts:
                            return acts, f"subject of '{parent.text}' ({how})"
                    if role == "beneficiary":
                        return [], ""
                if (
                    parent.pos_ in ("VERB", "AUX")
                    and node.dep_ == "nsubjpass"
                    and self.lex.light_verbs.get(lemma) == "agent"
                ):  # "evidence against X was presented by Y": the passive agent holds it
                    acts = self.agent(parent)
                    if acts:
                        return acts, f"agent of '{parent.text}' (passive light verb)"
                if written.ordered_operation(parent, node, noun, self):
                    # "the raid on Y was ordered by P": P's men carried it out (fix61a)
                    acts = self.agent(parent)
                    if acts:
                        return acts, f"agent of '{parent.text}' (operation ordered)"
                if (
                    parent.pos_ in ("VERB", "AUX")
                    and node.dep_ == "prep"
                    and (
                        lemma in self.lex.speech
                        or (self.lex.verbs.get(lemma) or {}).get("frame") == "warning"
                        or lemma in self.lex.modality.get("uncertain", ())
                    )
                ):
                    return [], ""  # "warned X about a raid": the warner is not the raider
                if (
                    parent.pos_ in ("VERB", "AUX")
                    and node.dep_ == "prep"
                    and (
                        node.lower_ in self.lex.cause_preps
                        or node.lower_ in self.lex.background_preps
                        and not mechanisms.names_own_party(self, noun)
                    )
                ):
                    return [], ""  # "upgraded ties after a long break": background (peers4)
                if (
                    parent.pos_ in ("VERB", "AUX")
                    and node.dep_ == "prep"
                    and node.lower_ in self.lex.shielding_preps
                    and lemma in self.lex.shielding_verbs
                ):  # "defended Y against criticism": guarded against, not done (peers25)
                    return [], ""
                if written.disowned_act(parent, node, self.lex):
                    return [], ""  # "distanced itself from the attack on Y" (neg42)
                if parent.pos_ in ("VERB", "AUX", "ADJ") and node.dep_ in ("pobj", "prep"):
                    acts, passive, how = (
                        self.subject(parent) if parent.pos_ != "ADJ" else ([], False, "")
                    )
                    verb_entry = self.lex.verbs.get(parent.lemma_.lower())
                    if verb_entry and self._headline_passive(parent, verb_entry):
                        passive = True  # "villagers killed in a shootout": not its party
                        if (
                            (self._event_noun(noun) or {}).get("implied_agent")
                            and acts
                            and all(a.type in STATE_TYPES - {"country"} for a in acts)
                        ):  # "three policemen killed in a raid on X": their own raid
                            return acts, f"security forces who died in their '{noun.text}'"
                    if acts and not passive:  # "killed in a raid": the killed did not raid
                        co = [a for a in self._comitative(parent)
                              if all(a.key() != b.key() for b in acts)]  # fmt: skip
                        return [*acts, *co], f"subject of '{parent.text}'"
                    if acts and mechanisms.taken_up_in(self.lex, parent, node):
                        return acts, f"subject of '{parent.text}' (taking part)"  # peers56
                    if passive:
                        return [], ""
                if (
                    node.i == noun.i
                    and noun.dep_ in ("nsubj", "nsubjpass")
                    and any(c.dep_ == "conj" and self.actors(c) for c in noun.children)
                ):
                    return [], ""  # "the affiliates of X and Y fought": co-subjects hold nothing
                if _coordinated_in_subject(self, noun, node):
                    return [], ""  # "leaders of X's wing and Y met": Y is no wing (traps64)
                node = parent
                if node.pos_ in ("VERB", "AUX"):
                    acts, passive, how = self.subject(node)
                    if acts and not passive:
                        # "fought alongside Y in the battle against Z": Y fights Z too
                        co = [a for a in self._comitative(node)
                              if all(a.key() != b.key() for b in acts)]  # fmt: skip
                        return [*acts, *co], f"subject of '{node.text}' ({how})"
                    loc = self._locative(node)
                    if loc:
                        return loc, "group named in a locative phrase"
                    break
            else:
                break
        loc = self._locative(node)
        return (loc, "group named in a locative phrase") if loc else ([], "")

    def _charged_party(self, node: Any, parent: Any) -> list[Actor] | None:
        """The party an act noun is charged to when ``node`` is the "of"/"for" phrase of a verb
        of blame with an object, or of that object ("X accused Y of ties to Z", "X accused
        Y's men of ties to Z", "X blamed Y for the attack"): the accused's actors, none when
        the accused is no known party; never the accuser (events.yaml ``blaming_verbs``,
        ``blaming_preps``; replay36). None when the phrase is no such charge."""
        if node.dep_ != "prep" or node.lower_ not in self.lex.blaming_preps:
            return None
        verb, accused = parent, None
        if parent.dep_ in ("dobj", "obj") and parent.head.pos_ == "VERB":
            verb, accused = parent.head, parent
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.blaming_verbs:
            return None
        if accused is None:
            accused = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if accused is None:
            return None  # "X was accused of ties to Z": the passive subject, as before
        return [a for a in self.actors(accused) if a.type not in ("country", "place")]

    def _locative(self, verb: Any) -> list[Actor]:
        """'among members of X', 'in the X organization': the group the clause is about."""
        for child in verb.subtree:
            if child.dep_ == "prep" and child.lower_ in ("among", "in", "within", "inside"):
                if child.head.pos_ not in ("VERB", "AUX", "ADJ"):
                    continue
                if child.i in self.actor_of:
                    continue  # "drive al-Qaeda in Iraq out": the name's own "in", no place
                for pobj in child.children:
                    acts = [a for a in self.actors(pobj) if a.type not in ("country", "place")]
                    if acts:
                        return acts
        return []

    def _suffering_patient(self, noun: Any) -> tuple[list[Actor], str]:
        node = noun
        for _ in range(5):
            node = node.head
            if node.lemma_ in ("suffer", "lose", "sustain", "endure", "face", "take", "survive"):
                if node.lemma_ == "take" and any(
                    c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "part" for c in node.children
                ):
                    break  # "X's fighters took part in Y's attacks": X joins them (world12)
                acts, _p, how = self.subject(node)
                return acts, f"subject of '{node.text}' ({how})"
            if node.dep_ == "agent":
                # "X, backed by Y fighters and American air strikes, took Z": the strikes
                # in a participle's "by" phrase are the backer's means, no blow X took
                # (prec51)
                break
            if node.head.i == node.i:
                break
        return [], ""

    @staticmethod
    def _in_return_for(noun: Any) -> bool:
        prep = noun.head
        if prep.dep_ == "prep" and prep.lower_ == "for":
            return prep.head.lower_ == "return" or prep.head.lower_ == "exchange"
        return False

    # -- emitting -------------------------------------------------------------------
    def _avenged(self, noun: Any) -> bool:
        """Whether ``noun`` names what its clause avenges ("X shot Y to avenge the killing of
        Z's leader", "in revenge for the killing of Z's leader": cues.yaml ``revenge_words``):
        its agent is whoever did it, never the avenger the verb's subject names (mmp30)."""
        words = self.lex.revenge_words
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
            head = head.head  # "revenge for", or "fired ... in revenge for" on the verb
            return head.lemma_.lower() in words or any(
                p.dep_ == "prep" and any(o.lemma_.lower() in words for o in p.children)
                for p in head.children
            )
        if noun.dep_ not in ("dobj", "obj"):
            return False
        return head.i != noun.i and head.lemma_.lower() in words

    def _emit(self, sources: list[Actor], targets: list[Actor], etype: str, mode: str | None,
              trigger: Any, why: list[str], reciprocal: bool = False,
              both_ways: bool = False) -> None:  # fmt: skip
        """Add events from every source to every target.

        A reciprocal event whose parties are coordinated in one role ("X and Y
        cooperate", "exchanged prisoners") runs both ways; "X cooperates with Y" only
        from X to Y.
        """
        if not sources:
            return
        if reciprocal and not targets and len(sources) > 1:
            if etype in _CO_AGENT_HOSTILE and (
                _done_jointly(trigger)
                or _third_party(trigger, self.lex)
                or self._one_side_of_governor(trigger)
            ):
                return  # "X and Y fought together / fought the junta": one side, not foes
            # "X, Y and Z met": every pair of the coordinated parties, both ways
            why = [*why, "coordinated parties of a reciprocal event"]
            for i, first in enumerate(sources[:-1]):
                self._emit([first], sources[i + 1 :], etype, mode, trigger, why, both_ways=True)
            return
        if mode is not None and mode in mechanisms.place_excluded_modes():
            targets = [t for t in targets if t.type != "place"]  # no city is arrested
        if etype == "REQUEST" and mode is None:
            mode = self._request_mode(trigger)
        for s in sources:
            for t in targets:
                if s.key() == t.key():
                    continue
                self.events.append(Event(s, t, etype, mode, "asserted", trigger,
                                         _quote(trigger), list(why)))  # fmt: skip
                if both_ways:
                    self.events.append(Event(t, s, etype, mode, "asserted", trigger,
                                             _quote(trigger), [*why, "reciprocal"]))  # fmt: skip

    def _request_mode(self, trigger: Any) -> str | None:
        """``"demand"`` when the trigger of a REQUEST is a word the base dictionary files
        under CAMEO root 10, DEMAND ("demanded", "insisted", "pressed", "ordered", "the
        demand"; ``cameo_to_plover.csv`` gives that root the mode), else None: an appeal,
        CAMEO 02 ("urged", "asked", "appealed", "called on"). CAMEO reads a demand as
        verbal conflict and an appeal as neither (``lexicon/stance.yaml``; peers26)."""
        base = self.lex.base
        if base is None:
            return None
        entry = base.entry(trigger.lemma_.lower()) or base.entry(trigger.lower_)
        if entry and entry.get("type") == "REQUEST" and entry.get("mode") == "demand":
            return "demand"
        return None

    def _one_sided(self, tok: Any) -> bool:
        """Is the act of ``tok`` one party's own (cues.yaml ``one_sided_words``): a
        modifier of the noun ("a unilateral ceasefire"), of the verb ("unilaterally
        declared") or of the verb's object ("declared a one-sided truce")? (peers24)"""
        words = self.lex.one_sided_words
        holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
        if tok.dep_ in ("dobj", "obj"):
            holders.append(tok.head)  # "unilaterally declared a truce"
        return any(
            c.lower_ in words and c.dep_ in ("amod", "advmod") for h in holders for c in h.children
        )

    def _emit_pairs(self, parties: list[Actor], etype: str, mode: str | None, trigger: Any,
                    why: list[str]) -> None:  # fmt: skip
        """Every pair of the parties, both ways (joint acts)."""
        for i, first in enumerate(parties):
            self._emit([first], parties[i + 1 :], etype, mode, trigger, why, both_ways=True)

    def _dedupe(self) -> list[Event]:
        """One event per (source, target, type) in a sentence ("pledged allegiance" is one
        pledge, not two); the first trigger is kept, the others' reasons are added. Two
        coordinated verbs of one type with two different modes stay two events ("X funds,
        trains and arms Y": finance, training and weapons; :func:`other_modes`). Two
        triggers in the complements of different verbs that the modality cues read
        differently stay two events: "officials claimed that X funds Y, but others denied
        that X funded the group" is a claim and a denial, and merged the denial would be
        lost. Within one frame the first trigger speaks for both ("X does not fund and
        train Y": the negation covers the coordinated verb), unless one of them is ended by
        its verb ("X and Y announced a merger, but the merger collapsed": lead43)."""
        from riftwatch.nlp.modality import modality_of

        read: dict[int, Any] = {}  # id(event) -> its modality, read once

        def modality(e: Event) -> Any:
            found = read.get(id(e))
            if found is None:
                found = read[id(e)] = modality_of(
                    e.trigger, e.event_type, self.lex, source_key=e.source.key(),
                    actor_of=self.actor_of, headline=self.headline,
                )  # fmt: skip
            return found

        def reading(e: Event) -> str:
            return modality(e).value

        def ended(e: Event) -> bool:  # "..., but the merger collapsed": the tie's ending
            return bool(modality(e).distancing)

        def frame(tok: Any) -> int | None:
            """The verb whose complement clause holds ``tok`` ("denied that ...")."""
            while tok.head.i != tok.i:
                if tok.dep_ == "ccomp":
                    return tok.head.i
                tok = tok.head
            return None

        kept: dict[tuple[str, ...], Event] = {}
        triggers = frozenset(e.trigger.i for e in self.events)
        for e in self.events:
            key: tuple[str, ...] = (e.source.key(), e.target.key(), e.event_type)
            first = kept.get(key)
            if (
                first is not None
                and other_modes(e, first, triggers)
                and reading(e) == reading(first)
            ):
                # "X funds, trains and arms Y": each coordinated verb's own mode of the
                # help, when the cues read both alike ("X does not fund, train or arm Y"
                # stays one: the negation of the first covers the list; gaps54)
                key = (*key, str(e.mode))
                first = kept.get(key)
            if (
                first is not None
                and e.trigger.i != first.trigger.i
                and (
                    (frame(e.trigger) != frame(first.trigger) and reading(e) != reading(first))
                    or ended(e) != ended(first)
                )
            ):
                key = (*key, str(e.trigger.i))
                first = kept.get(key)
            if first is None:
                kept[key] = e
            elif e.trigger.i != first.trigger.i:
                first.why.append(f"also: '{e.trigger.text}'")
        return list(kept.values())


def other_modes(a: Any, b: Any, triggers: frozenset[int] = frozenset()) -> bool:
    """Are events ``a`` and ``b`` (of one sentence, source, target and type) told by two
    verbs of one list with two different modes, both given ("funds" finance, "arms"
    weapons)? The verbs are conjuncts, or only commas, "and" and other triggers of the
    sentence (``triggers``, token indices) stand between them, one joiner at least
    ("funds, trains and arms", misread as nouns). Then each is its own event, not a repeat
    of the other (gaps54); an act without a mode ("attacked and shelled Y"), one word read
    two ways, a verb and its object ("smuggle arms") and two verbs apart in the sentence
    stay one event."""
    if a.mode is None or b.mode is None or a.mode == b.mode or a.trigger.i == b.trigger.i:
        return False
    if a.trigger in b.trigger.conjuncts:
        return True
    lo, hi = sorted((a.trigger.i, b.trigger.i))
    between = a.trigger.doc[lo + 1 : hi]  # a list has its joiner: "smuggle arms" is none
    joined = any(t.lower_ in (",", "and") for t in between)
    return joined and all(t.lower_ in (",", "and") or t.i in triggers for t in between)


_GROUP_NOUNS = frozenset({"group", "organization", "organisation", "outfit", "network"})
_THREATENED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
"""Types of an act whose announcement under a threat verb is a THREATEN (code._threat)."""
_UNIDENTIFIED = "collective:unidentified-militants"  # as riftwatch.nlp.extract.UNIDENTIFIED


def _compound_allows(noun: Any, entry: dict[str, Any]) -> bool:
    """Does a noun entry code ``noun`` as its compounds stand? Not when the noun only
    modifies a head its entry's ``not_modifying`` lists ("war" of "war games": no war), nor
    when the entry needs one of ``only_with_compounds`` before it and has none ("games" are
    exercises only as "war games"; nominals.yaml, peers60).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("France and Egypt launched war games.")
    >>> _compound_allows(doc[4], {"not_modifying": ["games"]})
    False
    >>> _compound_allows(doc[5], {"only_with_compounds": ["war"]})
    True
    >>> _compound_allows(nlp()("They played games.")[2], {"only_with_compounds": ["war"]})
    False
    """
    if noun.dep_ == "compound" and noun.head.lower_ in (entry.get("not_modifying") or ()):
        return False
    needed = entry.get("only_with_compounds")
    return not needed or any(c.dep_ == "compound" and c.lower_ in needed for c in noun.children)


def _stranded_pobj(prep: Any) -> list[Any]:
    """The noun a preposition lost to a reduced relative clause: "granted asylum to five
    officers holed up in P" parsed with 'officers' as the subject of 'holed' and 'to' empty.
    Only for a preposition with no object of its own, whose next noun phrase (its
    determiners, numbers and modifiers right after the preposition) is the subject of a
    clause hung on the preposition's own head (world23).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Peru has granted asylum to five Panamanian army officers holed up in a "
    ...             "diplomatic residence.")
    >>> [t.text for t in _stranded_pobj(doc[4])]
    ['officers']
    >>> doc = nlp()("Peru gave asylum to Panamanian officers staying in its embassy.")
    >>> [t.text for t in _stranded_pobj(doc[3])]
    ['officers']
    >>> doc = nlp()("Peru granted asylum to five officers.")
    >>> _stranded_pobj(doc[3])
    []
    """
    if any(c.dep_ == "pobj" for c in prep.children):
        return []
    doc = prep.doc
    for tok in doc[prep.i + 1 : min(len(doc), prep.i + 8)]:
        if tok.dep_ in ("det", "nummod", "amod", "compound", "quantmod", "poss", "case"):
            continue
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.head.i > tok.i
            and (
                (tok.head.head.i == prep.head.i and tok.head.dep_ in ("advcl", "acl", "conj"))
                or (tok.head.head.i == prep.i and tok.head.dep_ == "pcomp")
            )
            and tok.head.tag_ in ("VBN", "VBD", "VBG")
            and all(t.head.i == tok.i or t.head.head.i == tok.i for t in doc[prep.i + 1 : tok.i])
        ):
            return [tok]
        return []
    return []


def _demonym_of(tok: Any, actor: Actor) -> bool:
    """Is ``tok`` one of the demonyms the knowledge base gives the country ``actor`` stands
    for ("Ugandan" of Uganda), not its name ("Uganda")?

    >>> from types import SimpleNamespace as N
    >>> _demonym_of(N(lower_="zorblan"), N(type="armed_group", id="org:x"))
    False
    """
    if actor.type != "country":
        return False
    from riftwatch.actors.kb import default_kb

    ent = default_kb().find(actor.id or "")
    return ent is not None and tok.lower_ in {d.lower() for d in ent.demonyms}


def _hyphen_loose_tie(tok: Any) -> bool:
    """Is ``tok`` an armed noun after 'X-linked' / 'X-tied' (a loose tie of headline.yaml
    joined to a name by a hyphen: "TTP-linked militants")? Headline mode only (the caller).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Police kill five TTP-linked militants")
    >>> [t.text for t in doc if _hyphen_loose_tie(t)]
    ['militants']
    >>> doc = nlp()("Police kill five TTP militants")
    >>> [t.text for t in doc if _hyphen_loose_tie(t)]
    []
    """
    i, doc = tok.i, tok.doc
    original = doc.user_data.get("text")  # a repaired parse keeps the real words

    def word(t: Any) -> str:
        # a parse of the text itself: the token's own text (``doc.text`` joins every token)
        return (original[t.idx : t.idx + len(t.text)] if original else t.text).lower()

    if i < 2 or word(tok) not in _armed_nouns():
        return False
    ties = frozenset(headline._data().get("loose_ties") or ())
    return word(doc[i - 2]) == "-" and word(doc[i - 1]) in ties


_ARMED: Derived[dict[str, str], frozenset[str]] = Derived(
    lambda roles: frozenset(n for n, r in roles.items() if r in ("militants", "rebels"))
)


def _armed_nouns() -> frozenset[str]:
    """Agent nouns of unnamed armed men (the ``militants`` and ``rebels`` roles of the agents
    data): "fighters", "rebels", "guerrillas", "militiamen"... (worked out once for each
    agents table that ``load_agents`` returns)."""
    from riftwatch.actors.agents import load_agents

    return _ARMED(load_agents().roles)


_HEDGING_SPEECH = frozenset({"believe", "fear", "think", "suspect", "presume", "rumour", "rumor"})
# participles that name what an attack or operation aims at ("a raid targeting X")
_AIMING = frozenset({"target", "aim", "direct"})
# types whose other party may be named inside a non-actor object (see _object_phrase_party)
_PHRASE_PARTY_TYPES = frozenset(
    {"ACCUSE", "REJECT", "SUPPORT", "AGREE", "CONCEDE", "REQUEST", "THREATEN", "PROTEST",
     "SANCTION", "RETREAT", "CONSULT"}
)  # fmt: skip
_TIE_DETERMINERS = frozenset({"the", "this", "that", "its", "their"})
_PARTNER_PREPS = frozenset({"with", "to", "between", "among"})  # a relation noun's partner
_PHRASE_PARTY_PREPS = frozenset({"by", "from", "of", "against", "on", "with", "to", "for"})
_OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
# cooperative types whose partner a negated complement never names: "agreed not to shelter X"
# (precision22)
_PARTNER_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT", "AID", "CONCEDE"})
_COMPLEMENT_PREPS = frozenset({"to", "against", "on", "with", "from", "for", "into", "upon"})
_ELLIPTIC = frozenset({"another", "others", "other", "one", "two", "three", "several"})
_ARMED_TYPES = frozenset({"armed_group", "faction", "shura"})  # whose "gunmen of X" are X's
_OPERATING_TYPES = STATE_TYPES - {"intelligence"}
"""State actors whose warning of an operation announces their own (a threat)."""
_HIT_PREPS = frozenset({"on", "against", "at"})


_CO_AGENT_HOSTILE = frozenset(
    {"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "REJECT", "PROTEST", "SANCTION"}
)


def _done_jointly(trigger: Any) -> bool:
    """'fought together', 'jointly attacked': the coordinated subjects act as one side.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Ahrar al-Sham and the Nusra Front fought together to capture the city.")
    >>> _done_jointly([t for t in doc if t.lemma_ == "fight"][0])
    True
    """
    return _joint_marker(trigger) is not None


_RECIPROCAL_WORDS = frozenset({"other", "another"})


def hyphen_agent(tok: Any) -> bool:
    """Is ``tok`` a name joined by a hyphen to the past participle after it, the agent of that
    participle ("Saudi-backed", "UN-backed", "U.S.-brokered", "NATO-trained": one token when
    the tokenizer keeps a name with a full stop whole, else the name, "-" and the participle)?
    The participle names a third party's act on the noun it modifies (a backer, a broker, a
    trainer), so the name is neither the noun's owner nor its country; "-led" is left to the
    leader's own reading ("Kenyan-led forces"). bugs37.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The U.S.-brokered deal held.")
    >>> hyphen_agent(doc[1]), hyphen_agent(doc[2])
    (True, False)
    >>> doc = nlp()("UN-backed forces and al-Rasheed fighters met.")
    >>> [t.text for t in doc if hyphen_agent(t)]
    ['UN']
    """

    def participle(word: str, tag: str = "") -> bool:
        if word == "led" or not word.islower():
            return False
        return tag == "VBN" or (len(word) > 3 and word.endswith("ed"))

    head, _, last = tok.text.rpartition("-")
    if head and head[:1].isupper() and participle(last):
        return True
    doc = tok.doc
    if tok.i + 2 >= len(doc) or not tok.text[:1].isupper():
        return False
    hyphen, word = doc[tok.i + 1], doc[tok.i + 2]
    return (
        hyphen.text == "-"
        and not tok.whitespace_
        and not hyphen.whitespace_
        and participle(word.text, word.tag_)
    )


def _led(tok: Any) -> bool:
    """Is ``tok`` the participle "led" ("U.S.-led raid": the leader's own act)?"""
    return tok.lemma_.lower() == "lead" or tok.lower_.rpartition("-")[2] == "led"


def _state_partner(noun: Any) -> bool:
    """Does a hostile state named by a noun have its other side named beside it ("X and Y went
    to war with Z", "declared war on Z", "a feud with Z")? Then the coordinated subjects are
    one side of it, not each other's foes; "went to war with each other" names none (walk60).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Volta Front and the Kumasi Brigade went to war with the Ashanti Army.")
    >>> _state_partner([t for t in doc if t.lower_ == "war"][0])
    True
    >>> doc = nlp()("The Volta Front and the Kumasi Brigade fought battles on the islands.")
    >>> _state_partner([t for t in doc if t.lower_ == "battles"][0])
    False
    >>> doc = nlp()("The Volta Front and the Kumasi Brigade went to war with each other.")
    >>> _state_partner([t for t in doc if t.lower_ == "war"][0])
    False
    """
    holders = [noun]
    if noun.dep_ in ("dobj", "obj"):
        holders.append(noun.head)
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        holders.append(noun.head.head)  # "went to war with Z": the phrase hangs on the verb
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("with", "against", "on"):
                continue
            # a named side after "with" or "on" ("on the islands", "with rockets" name none)
            kinds = ("PROPN", "NOUN") if prep.lower_ == "against" else ("PROPN",)
            if any(o.dep_ == "pobj" and o.pos_ in kinds and not _reciprocal(o)
                   for o in prep.children):  # fmt: skip
                return True
    return False


def _third_party(trigger: Any, lex: Any) -> bool:
    """Does a verb of hostility name a party of its own beside its coordinated subjects, one no
    pass took as an actor ("X and Y fought the junta", "fought against the occupiers")? Then
    the subjects fight that party side by side, not each other; "fought each other",
    "fought in Swat" and an object that names the act itself ("exchanged fire", "traded
    blows", "fought a battle") name none (stop 26; noticed by replay17).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Volta Front and the Kumasi Brigade fought the junta.")
    >>> from riftwatch.nlp.lexicon import load
    >>> _third_party([t for t in doc if t.lemma_ == "fight"][0], load())
    True
    >>> doc = nlp()("The Volta Front and the Kumasi Brigade fought each other.")
    >>> _third_party([t for t in doc if t.lemma_ == "fight"][0], load())
    False
    """
    if trigger.pos_ == "NOUN":
        return _state_partner(trigger)
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    for c in trigger.children:
        named_act = (
            lex.noun_entry(c) or c.lower_ in lex.exchanged_fire_nouns
        )  # "traded blows" (bugs37)
        party = c.pos_ in ("NOUN", "PROPN") and not named_act and not _reciprocal(c)
        if c.dep_ in ("dobj", "obj") and party:
            return True
        if c.dep_ == "prep" and c.lower_ == "against":
            return any(p.dep_ == "pobj" and not _reciprocal(p) for p in c.children)
    return False


def _reciprocal(tok: Any) -> bool:
    """ "each other", "one another" (the parser may make "one" the noun and "another" its
    determiner)."""
    return tok.lower_ in _RECIPROCAL_WORDS or any(
        c.lower_ in _RECIPROCAL_WORDS for c in tok.children if c.dep_ in ("det", "amod")
    )


def _spared(verb: Any, entry: dict[str, Any]) -> bool:
    """The verb has a complement that undoes its event (events.yaml ``not_with_complement``:
    "X and Y left each other alone" spares the other, no split; world11; "broke through" is
    no split, replay27), or an object noun
    that makes it no act on the party its phrase names (``not_with_object``: "X denied the
    existence / the creation of Y" refuses Y nothing; mmp4; "X denied any handover of Y's
    men" denies an act, stop 61), unless a party stands in the dative ("denied Y a role")."""
    words = entry.get("not_with_complement") or ()
    nouns = entry.get("not_with_object") or ()  # "X denied the creation of Y" (mmp4)
    # a party in the dative still receives the act: "X denied Y a role" refuses Y (stop 61)
    if any(c.dep_ == "dative" for c in verb.children):
        nouns = ()
    if entry.get("not_with_reciprocal_object") and any(
        c.dep_ in ("dobj", "obj") and _reciprocal(c) for c in verb.children
    ):
        return True  # "X and Y avoided each other": no act on either (gaps64)
    return any(
        (c.lower_ in words and c.dep_ in ("advmod", "oprd", "acomp", "xcomp", "prt", "prep"))
        or (
            c.dep_ in ("dobj", "obj")
            and (c.lemma_.lower() in nouns or _hyphenated_word(c) in nouns)
        )
        for c in verb.children
    )


def _hyphenated_word(tok: Any) -> str:
    """The hyphenated word that ``tok`` ends, lower-cased ("tie-up" for the "up" of "IS-K
    tie-up"), or ``tok``'s own lower form (neg46).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The group denies a tie-up.")
    >>> _hyphenated_word(doc[-2])
    'tie-up'
    """
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
        before = doc[tok.i - 2]
        if not before.whitespace_:
            return f"{before.lower_}-{tok.lower_}"
    return tok.lower_


def _joint_marker(verb: Any) -> str | None:
    """The word or phrase that says ``verb`` was done jointly: "together", "jointly", or a
    phrase of events.yaml ``together_phrases`` ("fought side by side", mmp9).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Volta Army and the Ashanti Front fought side by side against the army.")
    >>> _joint_marker([t for t in doc if t.lemma_ == "fight"][0])
    'side by side'
    >>> doc = nlp()("Al-Shabaab and Hizbul Islam staged attacks on AMISOM together in 2010.")
    >>> _joint_marker([t for t in doc if t.lemma_ == "stage"][0])
    'together'
    """
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in ("together", "jointly"):
            return c.text
        if c.dep_ == "prep" and c.lower_ != "with" and verb.pos_ == "VERB":
            # "seized the town together in May 1992": the parser hangs the adverb on the
            # time or place phrase after it ("together with Y" names a partner; world25)
            for g in c.children:
                if g.dep_ == "advmod" and g.lower_ in ("together", "jointly") and g.i == c.i - 1:
                    return g.text
        if c.dep_ == "nsubj" and c.i < verb.i:
            # "X and Y fighters together took the town": the parser hangs the adverb on the
            # subject's last noun, right before the verb (walk55)
            for g in c.subtree:  # (an advmod in the subject's subtree never hangs on the verb)
                if g.dep_ == "advmod" and g.lower_ in ("together", "jointly") and g.i == verb.i - 1:
                    return g.text
    from riftwatch.nlp import lexicon

    lex = lexicon.load()
    phrases = lex.together_phrases
    kids = list(verb.children)
    # "praised Y as partners": with an object, an "as" phrase names the object's role, unless
    # the verb is one of fighting ("fought the Serbs as allies"; stop 62)
    as_subjects = verb.lemma_.lower() in lex.same_front_verbs or not any(
        c.dep_ in ("dobj", "obj") for c in kids
    )
    side = _same_side_phrase(kids, lex) or (_as_one_phrase(kids, lex) if as_subjects else None)
    if side:
        return side
    for first, prep, last in phrases:
        heads = [c for c in kids if c.lower_ == first
                 and c.dep_ in ("npadvmod", "advmod", "dobj", "ccomp", "advcl")]  # fmt: skip
        # "attacked army posts side by side": "side" read as a verb on the object (world11)
        heads += [c for o in kids if o.dep_ in ("dobj", "obj") for c in o.children
                  if c.lower_ == first and c.dep_ == "acl" and c.i > o.i]  # fmt: skip
        # the parser hangs "by side" on the verb or on the first "side" (world10), as a
        # passive agent when it reads "side" as a verb (world11)
        if heads and any(
            c.dep_ in ("prep", "agent") and c.lower_ == prep
            and any(o.lower_ == last for o in c.children if o.dep_ == "pobj")
            for c in [*kids, *heads[0].children]
        ):  # fmt: skip
            return f"{first} {prep} {last}"
    return None


def _as_one_phrase(kids: list[Any], lex: Any) -> str | None:
    """'fought as one coalition', 'as a united front', 'as allies': an "as" phrase among a
    verb's children whose noun is one body (events.yaml ``as_one_nouns`` with a word of
    ``as_one_words``) or a plural of partners (``as_one_plurals``; walk63)."""
    for prep in kids:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if noun.lower_ in lex.as_one_plurals:
                return f"as {noun.text}"
            counted = any(w.lower_ in lex.as_one_words for w in noun.lefts)
            if noun.lemma_.lower() in lex.as_one_nouns and noun.tag_ != "NNS" and counted:
                return f"as {' '.join(t.text for t in noun.subtree if t.i <= noun.i)}"
    return None


def _same_side_phrase(kids: list[Any], lex: Any) -> str | None:
    """'fought on the same side': a phrase of a side noun with a sameness adjective
    (cues.yaml ``same_side_nouns``, ``sameness_adjectives``; replay17) among a verb's children
    says its coordinated subjects acted as one side; a front or battle noun too after a verb
    of fighting (``same_front_nouns``, ``same_front_verbs``; replay45)."""
    for prep in kids:
        if prep.dep_ != "prep":
            continue
        for side in prep.children:
            if (
                side.dep_ == "pobj"
                and (
                    side.lower_ in lex.same_side_nouns
                    # "X and Y fought on the same fronts" (replay45): with a verb of fighting
                    or (
                        side.lower_ in lex.same_front_nouns
                        and prep.head.lemma_.lower() in lex.same_front_verbs
                    )
                )
                and any(
                    c.dep_ == "amod" and c.lower_ in lex.sameness_adjectives for c in side.children
                )
            ):
                return f"{prep.text} the same {side.text}"
    return None


def _relative_report_gap(verb: Any, head: Any, lex: Any) -> bool:
    """Is ``verb`` a finite clause with no subject of its own that the parser hangs as an
    ``xcomp`` on a verb of saying or belief (``head``) in a relative clause? "charities it
    said had been raising money for X", "men the police believe were sending arms to Y": the
    clause's subject is the noun the relative clause qualifies (written69). A bare "to"
    infinitive ("the man it said to meet") is no such clause.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("The army arrested three traders it said had been raising money for X.")
    >>> _relative_report_gap(doc[9], doc[6], load())
    True
    """
    if head.dep_ != "relcl" or head.i > verb.i:
        return False
    lemma = head.lemma_.lower()
    if lemma not in lex.speech and lemma not in lex.conjecture_verbs:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
               for c in verb.children)  # fmt: skip


def _reports(verb: Any, lex: Any) -> bool:
    """A verb of saying only ("says", "told"), not one by which a party owns an act ("claims",
    "admits", "announces": "IS claims attack, killing 5" keeps IS as the killer)."""
    lemma = verb.lemma_.lower()
    return lemma in lex.speech and lemma not in lex.claim_words - {"say", "state"}


def _pro_or_anti(tok: Any) -> bool:
    """'pro-government', 'anti-Taliban': a modifier that names whom a group is for or
    against, not the group itself."""
    doc = tok.doc
    if tok.lower_.startswith(("pro-", "anti-")):
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("pro", "anti")


def child_not_party(agents: list[Actor], keys: set[str]) -> bool:
    """True when none of ``agents`` is one of the parties (``keys``)."""
    return not any(a.key() in keys for a in agents)


_STATE_HEADS = frozenset(
    "army military troops soldiers forces force police policemen government authorities "
    "officer officers "
    "officials official services service agency agencies intelligence state regime ministry "
    "administration commandos paramilitaries rangers base bases embassy consulate convoy "
    "convoys checkpoint checkpoints post posts positions installations personnel diplomats "
    "interests targets outpost outposts camp camps planes aircraft drones demands demand "
    "request requests offer offers proposal proposals pressure calls plan plans policy "
    # a country's office holders stand for its government ("Iraq's security adviser")
    "adviser advisers advisor advisors minister ministers president premier spokesman "
    "spokeswoman spokesperson ambassador envoy envoys delegation delegates negotiator "
    "negotiators mediator mediators "
    # the state's courts, legislature and armed services ("a Tunisian court", "Israeli jets")
    "court courts judge judges judiciary tribunal prosecutor prosecutors parliament "
    "legislature navy warplanes warships jets gunboats artillery".split()
)


def _owner_written(noun: Any, coder: Any) -> bool:
    """Is an owner written before ``noun``: a possessive, or a modifier placed on an actor ("the
    UN envoy for Syria", "Kenya's negotiator for the talks")? Then a "for" phrase after it names
    what the holder works on, not whom he speaks for (replay43)."""
    return any(
        c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i in coder.actor_of)
        for c in noun.children
        if c.i < noun.i
    )


def _party_government(tok: Any, actor_of: dict[int, Any]) -> bool:
    """Is ``tok`` a government noun (agents data role ``government``: "government",
    "regime", "administration") whose compound names a non-state organisation ("the FLN
    government of Ahmed Ben Bella", "the ANC government of Nelson Mandela")? Then the party
    named is the side, as "the ANC government" alone is, and the office holder in its "of"
    phrase is that party's leader, not a state standing behind it (replay28)."""
    from riftwatch.actors.agents import load_agents

    if load_agents().role(tok.lower_) != "government":
        return False
    for child in tok.lefts:
        named = actor_of.get(child.i) if child.dep_ in ("compound", "nmod") else None
        if named is not None and named.type not in STATE_TYPES and named.type != "person":
            return True
    return False


def _named_not_as_group(noun: Any, lex: Lexicon) -> bool:
    """Is ``noun`` one that a group's name before it does not make the group's? People of no
    arms (cues.yaml ``unarmed_people_nouns``: "Anti-balaka refugees", "Haqqani villagers")
    never; a place a group holds (the agents data's ``held_places``: "the Haqqani seminary",
    "Haqqani posts") not as the doer of an active verb (its subject, or a passive's 'by'
    agent), while an act on it is still done to the group (written52; gaps54)."""
    from riftwatch.actors.agents import load_agents

    lower = noun.lower_
    if lower in lex.unarmed_people_nouns:
        return True
    if any(c.dep_ == "compound" and c.lower_ in lex.unarmed_people_nouns for c in noun.lefts):
        return True  # "an Anti-balaka refugee camp": the refugees' camp
    if lower not in load_agents().held_places:
        return False
    if noun.dep_ == "nsubj":
        # the subject of a copula does nothing: "bombed what the army said were Pakistani
        # Taliban bunkers" still struck the group (written14; gaps55)
        return noun.head.lemma_.lower() != "be"
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent"


def _sitting_bodies() -> frozenset[str]:
    """State bodies that sit in their own country (agents data ``sitting_bodies``)."""
    from riftwatch.actors.agents import load_agents

    return load_agents().sitting_bodies


def _aid_thing(coder: Any, noun: Any) -> bool:
    """Whether ``noun`` is material help given ("money", "weapons": an AID event noun of the
    lexicon), which a hostile verb's "with" phrase holds as means, never as the other side
    ("took up arms ... with money and weapons from X": X helps; written47). A body noun
    ("an alliance of Y") may be fought with: not help."""
    if noun.i in coder.actor_of:
        return False
    entry = coder._event_noun(noun) or {}  # noqa: SLF001 - the coder's own
    return entry.get("type") == "AID" and noun.tag_ in ("NN", "NNS")


def _quote(trigger: Any) -> str:
    """The words around the trigger that show the event (trigger plus its particles/object)."""
    toks = [trigger]
    for child in trigger.children:
        if child.dep_ in ("prt", "neg", "aux", "auxpass", "dobj", "xcomp", "compound", "amod"):
            toks.append(child)
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks)
    if hi - lo > 8:
        hi = trigger.i
        lo = min(lo, trigger.i)
    doc = trigger.doc
    original = doc.user_data.get("text")  # a repaired parse keeps the real text (same offsets)
    if original is not None:
        end = doc[hi].idx + len(doc[hi].text)
        # a word the repair shortened ("allies" parsed as "ally"; headline._bare_verb_form)
        # is quoted whole from the real text
        while end < len(original) and original[end].isalpha():
            end += 1
        return original[doc[lo].idx : end]
    return doc[lo : hi + 1].text


def warned_against_own_act(
    about: Any,
    agents: list[Actor],
    warned: list[Actor],
    sources: list[Actor] | None = None,
    lex: Any = None,
) -> list[Actor]:
    """The doers of the act a warning is about: "X warned Y against further incursions" (or
    "against attacking") tells Y not to do it, so with no other doer named the act is Y's
    own and the warning a threat, not a tip-off about someone else's act (peers5). "X warns
    Y of more attacks" (an "of"/"about" act with no doer named and a word of more of the
    same on it, cues.yaml ``escalation_words``) is X's own act to come: a threat, as a
    militant group's "warns of more attacks" is (neg41)."""
    if about is not None and not agents and about.head.lower_ == "against":
        return list(warned)
    if (
        about is not None
        and not agents
        and lex is not None
        and about.head.lower_ in ("of", "about")
        and any(c.lower_ in lex.escalation_words for c in about.children if c.i < about.i)
    ):
        return list(sources or ())
    return agents


__all__ = ["NAME", "Actor", "Event", "SentenceCoder"]
