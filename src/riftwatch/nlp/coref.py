"""One resolver for anaphors that stand for groups (coref49, issues 9 and 10).

A written report or a relationship history tells an actor once by name and then by a pronoun
("it", "they", "their") or a definite description ("the group", "the network", "the former",
"the latter"). The extractor keeps the actors a document has named (``Mention`` rows noted by
:class:`riftwatch.nlp.extract.DocumentState`); this module chooses among them:

- candidates are the mentions of the same sentence before the anaphor and of the sentences
  before it, ranked by recency and grammatical role (a subject pronoun prefers a subject, an
  object anaphor a non-subject);
- they are filtered by agreement: "it"/"its" one group or state, "they"/"them"/"their" a group
  named in the plural, members ("X trainers") or a collective; "the network" only an actor
  whose name holds "network" when one does;
- "the former" / "the latter" are the first / the last of the two parties named last together;
- two anaphors of one clause, or an anaphor and a named argument of its own clause, never take
  the same actor; an object pronoun never takes the subject of its own verb;
- with no agreeing candidate, or two equally good ones, an anaphor resolves to nothing: the
  resolver never guesses. It reads no modality: what the anaphor's own verb says is read there;
- (coref50) "they" / "their" after a sentence that opened with "X and Y" is the pair
  (:func:`coordinated_subject`); a subject pronoun opening a coordinated clause carries on
  the earlier clause's subject, and stands for nothing when that subject is an unnamed noun
  phrase (:func:`opens_coordinated_clause`, :func:`unnamed_parallel_subject`); "the new
  group" is the group the last formation formed, if it was named (:func:`formed_group`).

The words live in :file:`lexicon/coref.yaml`. Pure nlp: no store, no knowledge base.

>>> x = Mention(_g("X Front"), 0, 0, 7, True, False)
>>> y = Mention(_g("Y Army"), 0, 20, 26, False, False)
>>> pair([x, y], 1)[1].actor.name
'Y Army'
>>> choose("it", [x, y], exclude={"X Front"}).actor.name
'Y Army'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

GROUPISH = frozenset({"armed_group", "faction", "shura", "party", "tribe"})
STATES = frozenset({"country", "government", "military", "police", "intelligence", "state"})


@dataclass(frozen=True)
class Lexicon:
    """The words of :file:`lexicon/coref.yaml`."""

    singular: frozenset[str]
    plural: frozenset[str]
    objects: frozenset[str]
    descriptions: frozenset[str]
    member_nouns: frozenset[str]
    plural_suffixes: tuple[str, ...]
    plural_names: frozenset[str]
    plural_heads: frozenset[str]
    former: str
    latter: str
    followers: frozenset[str]
    joiners: frozenset[str]
    clause_breaks: tuple[str, ...] = field(default=())
    name_heads: frozenset[str] = field(default=frozenset())
    pair_subject_joiners: frozenset[str] = field(default=frozenset())
    coordinators: frozenset[str] = field(default=frozenset())
    clause_adverbs: frozenset[str] = field(default=frozenset())
    opening_prepositions: frozenset[str] = field(default=frozenset())
    formed_adjectives: frozenset[str] = field(default=frozenset())
    formed_nouns: frozenset[str] = field(default=frozenset())
    formation_words: frozenset[str] = field(default=frozenset())
    formed_object_words: frozenset[str] = field(default=frozenset())
    formed_naming_words: frozenset[str] = field(default=frozenset())
    back_formation_nouns: frozenset[str] = field(default=frozenset())
    place_object_verbs: frozenset[str] = field(default=frozenset())
    other_party_preps: frozenset[str] = field(default=frozenset())
    adjunct_prepositions: frozenset[str] = field(default=frozenset())
    adjunct_state_nouns: frozenset[str] = field(default=frozenset())
    locative_prepositions: frozenset[str] = field(default=frozenset())
    introduced_nouns: frozenset[str] = field(default=frozenset())
    partitive_words: frozenset[str] = field(default=frozenset())


@cache
def load() -> Lexicon:
    """The resolver's words.

    >>> "network" in load().descriptions
    True
    """
    text = resources.files("riftwatch.nlp.lexicon").joinpath("coref.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    fl = data["former_latter"]

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

    return Lexicon(
        singular=words("singular_pronouns"),
        plural=words("plural_pronouns"),
        objects=words("object_pronouns"),
        descriptions=words("descriptions"),
        member_nouns=words("member_nouns"),
        plural_suffixes=tuple(str(s) for s in data["plural_suffixes"]),
        plural_names=words("plural_names"),
        plural_heads=words("plural_heads"),
        former=str(fl["former"]).lower(),
        latter=str(fl["latter"]).lower(),
        followers=frozenset(str(w).lower() for w in fl["followers"]),
        joiners=words("pair_joiners"),
        clause_breaks=tuple(str(b) for b in data["clause_breaks"]),
        name_heads=words("name_head_nouns"),
        pair_subject_joiners=words("pair_subject_joiners"),
        coordinators=words("coordinators"),
        clause_adverbs=words("clause_adverbs"),
        opening_prepositions=words("opening_prepositions"),
        formed_adjectives=words("formed_adjectives"),
        formed_nouns=words("formed_nouns"),
        formation_words=words("formation_words"),
        formed_object_words=words("formed_object_words"),
        formed_naming_words=words("formed_naming_words"),
        back_formation_nouns=words("back_formation_nouns"),
        place_object_verbs=words("place_object_verbs"),
        other_party_preps=words("other_party_preps"),
        adjunct_prepositions=words("adjunct_prepositions"),
        adjunct_state_nouns=words("adjunct_state_nouns"),
        locative_prepositions=words("locative_prepositions"),
        introduced_nouns=words("introduced_nouns"),
        partitive_words=words("partitive_words"),
    )


@dataclass(frozen=True)
class Mention:
    """An actor as the document named it: ``sentence`` is its sentence's index in the
    document, ``start``/``end`` its offsets there, ``subject`` whether it opened its sentence
    as the subject, ``plural`` whether it was named in the plural or for its members."""

    actor: Any
    sentence: int
    start: int
    end: int
    subject: bool
    plural: bool
    text: str = ""


def _g(name: str, kind: str = "armed_group") -> Any:
    """A stand-in actor for the examples."""
    from types import SimpleNamespace

    return SimpleNamespace(name=name, id=name, org_id=name, type=kind, how="kb")


def key(actor: Any) -> str:
    """The identity two mentions of one actor share."""
    return str(getattr(actor, "org_id", None) or actor.id or actor.name)


def party(actor: Any) -> bool:
    """Whether ``actor`` may be a party an anaphor stands for: a group, a person standing for
    one's group is not (a pronoun for a man is "he"), a state or a collective may be."""
    return actor.type in GROUPISH or actor.type in STATES or actor.type == "collective"


def plural_mention(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` names its actor in the plural: a plural name
    ("the Houthis", "the Taliban") or the name of a group before a member noun ("al-Qaeda
    trainers").

    >>> plural_mention("The Houthis took Sanaa.", 4, 11)
    True
    >>> plural_mention("Hamas took Gaza.", 0, 5)
    False
    >>> plural_mention("X Front fighters left.", 0, 7)
    True
    """
    lex = load()
    words = text[start:end].lower().split()
    last = words[-1] if words else ""
    if last in lex.plural_names or last in lex.member_nouns or last in lex.plural_heads:
        return True
    if len(last) > 4 and last.endswith(lex.plural_suffixes):
        return True
    nxt = re.match(r"\s+([a-z]+(?:\s+soldiers)?)", text[end:])
    return bool(nxt and nxt.group(1) in lex.member_nouns)


def agrees(anaphor: str, mention: Mention) -> bool:
    """Whether ``mention`` agrees with ``anaphor`` in number: "it" one group or state, "they"
    a plural mention or a collective; a description ("the network") stands for a group whose
    name holds its noun or, with no such group among the candidates, any group
    (:func:`choose` decides that).

    >>> agrees("they", Mention(_g("Al Qaeda"), 0, 0, 8, False, True))
    True
    >>> agrees("it", Mention(_g("Al Qaeda"), 0, 0, 8, False, True))
    False
    """
    lex = load()
    word = anaphor.lower().split()[-1]
    if not party(mention.actor):
        return False
    if word in lex.plural:
        return mention.plural or mention.actor.type == "collective"
    if word in lex.singular:
        return not mention.plural and mention.actor.type != "collective"
    return mention.actor.type in GROUPISH and not mention.plural


def named_antecedent(noun: str, candidates: list[Any]) -> Any:
    """The one group (not a person) among ``candidates`` whose own name holds the noun of a
    description ("the network": the Haqqani Network, not a nearer Al Qaeda); None when no
    group's name or more than one holds it.

    >>> named_antecedent("network", [_g("Haqqani Network"), _g("Al Qaeda")]).name
    'Haqqani Network'
    >>> named_antecedent("group", [_g("Haqqani Network")]) is None
    True
    """
    word = noun.lower()
    if not word:
        return None
    found: dict[str, Any] = {}
    for actor in candidates:
        if actor.type != "person" and _name_holds(word, actor):
            found[key(actor)] = actor
    return next(iter(found.values())) if len(found) == 1 else None


def _name_holds(noun: str, actor: Any) -> bool:
    names = f"{getattr(actor, 'org_name', None) or ''} {actor.name}".lower()
    return bool(re.search(rf"\b{re.escape(noun)}\b", names))


def choose(
    anaphor: str,
    candidates: list[Mention],
    *,
    exclude: set[str] | frozenset[str] = frozenset(),
    subject: bool | None = None,
    own: int | None = None,
) -> Mention | None:
    """The candidate ``anaphor`` stands for, or None: ``candidates`` in document order (the
    last is the nearest), ``exclude`` the keys of actors it may not take (the other anaphor
    of its clause, a named argument of its own verb), ``subject`` the role preferred (True:
    a subject pronoun prefers the last subject; False: an object prefers a non-subject);
    ``own`` the anaphor's own sentence, where the nearest agreeing candidate before it wins.
    A description takes the one group whose name holds its noun when there is one. Two
    different actors equally good (the same sentence and role) leave it unresolved.

    >>> hq = Mention(_g("Haqqani Network"), 0, 4, 19, True, False)
    >>> aq = Mention(_g("Al Qaeda"), 0, 27, 35, False, True)
    >>> choose("the network", [hq, aq]).actor.name
    'Haqqani Network'
    >>> choose("they", [hq, aq], exclude={"Haqqani Network"}).actor.name
    'Al Qaeda'
    >>> a = Mention(_g("A Front"), 0, 20, 27, False, False)
    >>> b = Mention(_g("B Front"), 0, 32, 39, False, False)
    >>> choose("it", [hq, a, b], exclude={"Haqqani Network"}) is None  # A or B: unknown
    True
    """
    word = anaphor.lower().split()[-1]
    pool = [m for m in candidates if key(m.actor) not in exclude and agrees(anaphor, m)]
    if word in load().descriptions:
        named = {key(m.actor): m for m in pool if _name_holds(word, m.actor)}
        if len(named) == 1:
            return next(iter(named.values()))
        if named:
            pool = [m for m in pool if key(m.actor) in named]
    if not pool:
        return None
    last = max(m.sentence for m in pool)
    near = [m for m in pool if m.sentence == last]
    if own is not None and last == own:
        return near[-1]  # in the anaphor's own sentence: the nearest before it
    if subject is not None:
        roled = [m for m in near if m.subject == subject]
        near = roled or near
    keys = {key(m.actor) for m in near}
    if len(keys) > 1:
        return None  # two equally good antecedents: never guess
    return near[-1]


def pair(
    mentions: list[Mention], sentence: int, start: int | None = None
) -> tuple[Mention, Mention] | None:
    """The two parties named last together, for "the former" / "the latter" in sentence
    ``sentence`` (at ``start`` in it): the parties its own sentence names before it when it
    names two, else those of the last earlier sentence naming two or more. Where that
    sentence names more than two, only two joined as a pair ("X and Y", "X with Y") are; None
    when none are.

    >>> a = Mention(_g("A Front"), 0, 0, 7, True, False)
    >>> b = Mention(_g("B Army"), 0, 12, 18, False, False)
    >>> [m.actor.name for m in pair([a, b], 1)]
    ['A Front', 'B Army']
    >>> pair([a], 1) is None
    True
    """
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if not party(m.actor) or m.sentence > sentence:
            continue
        if m.sentence == sentence and (start is None or m.start >= start):
            continue
        seen = by_sentence.setdefault(m.sentence, [])
        if all(key(s.actor) != key(m.actor) for s in seen):
            seen.append(m)
    for index in sorted(by_sentence, reverse=True):
        parties = sorted(by_sentence[index], key=lambda m: m.start)
        if len(parties) == 2:
            return parties[0], parties[1]
        if len(parties) > 2:
            # more than two: the last two joined as a pair ("X and Y"), if any
            pairs = [(a, b) for a, b in zip(parties, parties[1:], strict=False)
                     if a.text and joined(a.text, a, b)]  # fmt: skip
            return pairs[-1] if pairs else None
    return None


def coordinated_subject(mentions: list[Mention], sentence: int) -> tuple[Mention, Mention] | None:
    """The two parties a plural pronoun opening sentence ``sentence`` stands for together:
    the last earlier sentence that names parties opened with two of them coordinated as its
    subject ("X and Y fought Z for years. Their merger ..."; "they" is X with Y), and named no
    other party the pronoun could stand for (a plural one: "... fought Z fighters"), nor a
    third party joined to the two ("X, Y and Z"). None otherwise: the resolver never guesses.

    >>> x = Mention(_g("X Front"), 0, 0, 7, True, False, "X Front and Y Army met Z.")
    >>> y = Mention(_g("Y Army"), 0, 12, 18, False, False, x.text)
    >>> z = Mention(_g("Z Party"), 0, 23, 24, False, False, x.text)
    >>> [m.actor.name for m in coordinated_subject([x, y, z], 1)]
    ['X Front', 'Y Army']
    >>> zs = Mention(_g("Z Party"), 0, 23, 24, False, True, x.text)  # "Z fighters": they?
    >>> coordinated_subject([x, y, zs], 1) is None
    True
    >>> coordinated_subject([y, z], 1) is None  # no coordinated subject
    True
    """
    earlier = [m for m in mentions if m.sentence < sentence and party(m.actor)]
    if not earlier:
        return None
    last = max(m.sentence for m in earlier)
    parties: list[Mention] = []
    for m in sorted((m for m in earlier if m.sentence == last), key=lambda m: m.start):
        if all(key(p.actor) != key(m.actor) for p in parties):
            parties.append(m)
    if len(parties) < 2 or not parties[0].subject or parties[0].plural or parties[1].plural:
        return None
    first, second = parties[0], parties[1]
    gap = first.text[first.end : second.start].strip().lower()
    if not first.text or re.sub(r"\s+the$", "", gap) not in load().pair_subject_joiners:
        return None
    rest = parties[2:]
    if rest and joined(first.text, second, rest[0]):
        return None  # "X, Y and Z": three, not a pair
    if any(m.plural or m.actor.type == "collective" for m in rest):
        return None  # "X and Y fought Z fighters. They ...": the fighters, or the pair?
    return first, second


@cache
def _coordinated_opening() -> re.Pattern[str]:
    lex = load()

    def alts(words: frozenset[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

    return re.compile(
        rf"(?:,\s*(?:{alts(lex.coordinators)})|;)\s+"
        rf"(?:(?:{alts(lex.opening_prepositions)})\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+,?\s+)?"
        rf"(?:(?:{alts(lex.clause_adverbs)}|[a-z]+ly)\s+)?$",
        re.IGNORECASE,
    )


def opens_coordinated_clause(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a clause coordinated after an earlier clause of its
    sentence (", and", ", but", ";", then an opening phrase or an adverb at most): a subject
    pronoun there carries on the earlier clause's subject ("X attacked the positions of Y,
    and in 2019 it joined Z": X; coref50).

    >>> t = "X attacked militias of Y, and in April 2019 it joined Z."
    >>> opens_coordinated_clause(t, t.index("it joined"))
    True
    >>> t = "X attacked militias of Y; later it joined Z."
    >>> opens_coordinated_clause(t, t.index("it joined"))
    True
    >>> t = "X attacked Y, and Z said it would retaliate."
    >>> opens_coordinated_clause(t, t.index("it would"))
    False
    """
    return bool(_coordinated_opening().search(text, 0, at))


def last_clause_join(text: str, at: int) -> int | None:
    """The offset of the last ", and", ", but" or ";" before ``at`` (a clause coordinated
    after an earlier one), or None.

    >>> t = "X hit Y, and Z armed them."
    >>> t[last_clause_join(t, t.index("them")):][:5]
    ', and'
    """
    hits = list(re.finditer(r",\s*(?:and|but)\b|;", text[:at], re.IGNORECASE))
    return hits[-1].start() if hits else None


def partitive_opening(text: str, at: int) -> int | None:
    """The offset of a partitive ("some of", "many of": coref.yaml ``partitive_words``) right
    before the pronoun at ``at`` when it opens a coordinated clause, or None.

    >>> t = "X fought Y, and some of them fled."
    >>> t[partitive_opening(t, t.index("them")):][:4]
    'some'
    """
    words = "|".join(sorted(map(re.escape, load().partitive_words), key=len, reverse=True))
    hit = re.search(rf"\b(?:{words})\s+of\s+$", text[:at], re.IGNORECASE)
    if hit is None or not opens_coordinated_clause(text, hit.start()):
        return None
    return hit.start()


def joined(text: str, first: Mention, second: Mention) -> bool:
    """Whether two mentions of one sentence ``text`` are joined as a pair ("X and Y", "X
    with Y", "X, Y").

    >>> t = "A Front and B Army met C Party."
    >>> joined(t, Mention(_g("A"), 0, 0, 7, 1, 0), Mention(_g("B"), 0, 12, 18, 0, 0))
    True
    """
    gap = text[first.end : second.start].strip().lower()
    gap = re.sub(r"^,\s*", "", gap)
    gap = re.sub(r"\s+the$", "", gap).strip()
    return gap in load().joiners or gap == ""


_FORMER_LATTER: dict[str, re.Pattern[str]] = {}


def former_latter(text: str) -> list[tuple[int, int, str]]:
    """The "the former" / "the latter" of ``text`` that stand alone for a party: (start, end,
    "former" or "latter"). "The former commander" is a person, not one of a pair.

    >>> former_latter("The latter accused X of theft.")
    [(0, 10, 'latter')]
    >>> former_latter("The former arrested dozens of the latter's men.")
    [(0, 10, 'former'), (30, 40, 'latter')]
    >>> former_latter("The former commander of X spoke.")
    []
    """
    lex = load()
    words = f"{re.escape(lex.former)}|{re.escape(lex.latter)}"
    out: list[tuple[int, int, str]] = []
    for m in re.finditer(rf"\b[Tt]he\s+({words})\b", text):
        rest = text[m.end() :]
        nxt = re.match(r"\s*([A-Za-z]+)", rest)
        if re.match(r"['\u2019]s\b|\s*[.,;:)]|\s*$", rest):
            pass
        elif nxt is None:
            continue
        else:
            w = nxt.group(1)
            if w[0].isupper() or not (w.lower() in lex.followers or w.lower().endswith("ed")):
                continue
        out.append((m.start(), m.end(), m.group(1).lower()))
    return out


@cache
def _adjunct_chain() -> re.Pattern[str]:
    preps = "|".join(sorted(map(re.escape, load().adjunct_prepositions)))
    # each adjunct a short phrase (at most seven words after its preposition): a longer run
    # to a comma is a clause ("In 1914 P ruled the region as its emir, and ...")
    return re.compile(rf"\s*(?:(?:{preps})(?:\s+[^\s,.;:()]+){{1,7}},\s*)+", re.IGNORECASE)


def opening_adjunct_end(text: str) -> int:
    """Where the chain of place and time adjuncts opening the sentence ``text`` ends (each led
    by one of coref.yaml ``adjunct_prepositions`` and set off by a comma), or 0 when it opens
    with none: a place named before that offset is where the clause happens, not its party
    (fix63).

    >>> t = "In May 2001, at a hotel in Tromso, its commanders met."
    >>> t[opening_adjunct_end(t):]
    'its commanders met.'
    >>> opening_adjunct_end("The group, in a statement, denied it.")
    0
    >>> opening_adjunct_end("In 1914 P ruled the region as its emir, and his men fought.")
    0
    """
    m = _adjunct_chain().match(text)
    return m.end() if m else 0


def same_clause(text: str, a: int, b: int) -> bool:
    """Whether offsets ``a`` < ``b`` of ``text`` stand in one clause (no break of
    :file:`coref.yaml` between them).

    >>> same_clause("It later absorbed the group.", 0, 18)
    True
    >>> same_clause("It fled, and the group followed.", 0, 13)
    False
    """
    between = text[a:b].lower()
    return not any(brk in between for brk in load().clause_breaks)


def object_of_own_subject(text: str, subject_end: int, at: int) -> bool:
    """Whether the pronoun at ``at`` is the object of the verb whose subject ends at
    ``subject_end``: between them only a relative clause in commas (", which had sheltered
    Y,"), an adverb or auxiliary and one verb ("X expelled them", "X, which had sheltered Y
    fighters for years, expelled them").

    >>> t = "The X Front, which had sheltered Y fighters for years, expelled them in 2014."
    >>> object_of_own_subject(t, 11, t.index("them"))
    True
    >>> t = "The X Front sheltered Y fighters and the army expelled them."
    >>> object_of_own_subject(t, 11, t.index("them"))
    False
    >>> t = "The X Front fought alongside it in 2014."
    >>> object_of_own_subject(t, 11, t.index("it"))
    True
    """
    gap = text[subject_end:at]
    gap = re.sub(r"^\s*,\s*(?:which|who|whose|that)\b[^,;]*,", " ", gap)
    preps = "|".join(sorted(load().other_party_preps))
    return bool(
        re.fullmatch(
            r"\s+(?:(?:had|has|have|also|then|later|soon|eventually|finally|quickly|did|does|"
            r"do|not|never|may|might|could|would|will|[a-z]+ly)\s+){0,3}"
            rf"(?:[a-z]+ed|[a-z]+\s+(?:{preps}))\s+",
            gap,
        )
    )


def possessive(text: str, start: int, end: int) -> bool:
    """Whether the anaphor ``text[start:end]`` is a possessive ("its", "their", "the
    group's"): a possessive may stand for its own clause's subject ("X said its men ...").

    >>> possessive("X shot the group's men", 7, 16), possessive("its men", 0, 3)
    (True, True)
    """
    word = text[start:end].lower()
    return word in ("its", "their") or bool(re.match(r"['\u2019]s?\b", text[end:]))


_VERB_GAP = re.compile(
    r"\s+(?:(?:had|has|have|would|will|could|also|then|later|soon|never|eventually|finally|"
    r"[a-z]+ly)\s+){0,2}[a-z]+(?:\s+(?:on|with|against|to|from|into|at|over|up|down|out|off))?"
    r"\s+",
)


def must_differ(text: str, first: tuple[int, int], second: tuple[int, int], subject: bool) -> bool:
    """Whether two anaphors of ``text`` can never stand for one actor: the first (at the
    ``first`` span) is its clause's subject (``subject``, the caller's reading) and no
    possessive, and the second, later in the same clause, is a definite description ("It
    later absorbed the group": a group that absorbed itself would be "itself"; "They shared
    houses with the network's fighters": their own would be "their") or an object pronoun
    right after the subject's verb ("It attacked them"). Relative clauses and coordinated
    clauses between them end the clause.

    >>> t = "It later absorbed the group entirely."
    >>> must_differ(t, (0, 2), (18, 27), True)
    True
    >>> t = "It said its fighters would stay."
    >>> must_differ(t, (0, 2), (8, 11), True)
    False
    >>> t = "They fled, and the group followed."
    >>> must_differ(t, (0, 4), (15, 24), True)
    False
    """
    if not subject or possessive(text, *first):
        return False
    between = text[first[1] : second[0]]
    low = between.lower()
    if any(brk in low for brk in load().clause_breaks) or re.search(
        r"\b(?:who|which|whose|whom|while|whereas|because|although)\b|[;:()\"]", low
    ):
        return False
    mention = text[second[0] : second[1]].lower().split()
    if mention[0] in ("the", "this", "that") and mention[-1] in load().descriptions:
        return True
    if mention[-1] in load().objects and not possessive(text, *second):
        return bool(_VERB_GAP.fullmatch(between))
    return False


def describes(text: str, start: int, end: int, actor: Any) -> bool:
    """Whether ``text[start:end]`` is a definite description ("the group", "this movement")
    whose noun is not a word of ``actor``'s own name ("the network" for the Haqqani Network
    may repeat its name).

    >>> describes("raids on the group's hideouts", 9, 18, _g("X Front"))
    True
    >>> describes("the network", 0, 11, _g("Haqqani Network"))
    False
    """
    words = text[start:end].lower().split()
    return (
        len(words) == 2
        and words[0] in ("the", "this", "that")
        and words[1] in load().descriptions
        and not _name_holds(words[1], actor)
    )


_GOVERNED = re.compile(
    r"\b(?:of|from|with|in|by|to|for|on|against|between|among|at)\s+(?:the\s+)?$", re.IGNORECASE
)


_ATTRIBUTION_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:said|says|say|claimed|claims|reported|told|insisted|added|wrote|"
    r"according)\b",
    re.IGNORECASE,
)


# a fronted subordinate clause still open before a name: "When X ...", "In 1954, after X ..."
_FRONTED_CLAUSE = re.compile(
    r"(?:^|[,;]\s*)(?:when|after|before|since|once|while|although|though|because|if|as|until|"
    r"whereas)\b[^,;]*$",
    re.IGNORECASE,
)


def names_in_clause(text: str, named: tuple[int, int], at: int) -> bool:
    """Whether a name at ``named`` is an argument of the clause of the description at ``at``,
    before it: no clause break, coordination ("and", "but"), relative or subordinating word,
    participle clause after a comma (", accusing ...") or parenthesis between them, at least
    one word that is not a comma (apposition: "X, the group behind ..."), the name no
    possessor or prepositional object ("of X", "X's"), and the description in no "of" phrase
    ("a spokesman of the group" may be the group's own).

    >>> t = "a campaign X answered with raids on the group's hideouts"
    >>> names_in_clause(t, (11, 12), t.index("the group"))
    True
    >>> t = "X, the group behind the attack, fled"
    >>> names_in_clause(t, (0, 1), 3)
    False
    >>> t = "X disowned Y, saying it had no ties with the group"
    >>> names_in_clause(t, (11, 12), t.index("the group"))
    False
    >>> t = "X detained Y judges, the group's supporters said"
    >>> names_in_clause(t, (0, 1), t.index("the group"))
    False
    >>> t = "a faction of X split from the group"
    >>> names_in_clause(t, (13, 14), t.index("the group"))
    False
    >>> t = "When X bombed the market, Y condemned the group"
    >>> names_in_clause(t, (5, 6), t.index("the group"))
    False
    """
    if named[1] > at:
        return False
    between = text[named[1] : at]
    low = between.lower()
    if any(brk in low for brk in load().clause_breaks) or re.search(
        r"\b(?:and|but|or|who|which|whose|whom|that|where|when|while|whereas|because|"
        r"although|after|before|until|since|said|says|say|told|claimed|announced|insisted)\b"
        r"|,\s*[a-z]+ing\b|[;:()\"\u201c\u201d]",
        low,
    ):
        return False
    if _GOVERNED.search(text[: named[0]]) or re.match(r"['\u2019]s?\b", between):
        return False
    if "," in between and _FRONTED_CLAUSE.search(text[: named[0]]):
        return False  # "When X bombed the market, Y condemned the group": a clause before
    if re.search(r"\bof\s+$", text[:at], re.IGNORECASE):
        return False
    if "," in between and _ATTRIBUTION_AFTER.match(text, at):
        return False  # "X detained Y's men, the group's supporters said": a clause of its own
    return bool(re.search(r"[a-z]{2,}", low)) and not re.match(r"\s*,", between)


_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "parataxis", "csubj", "csubjpass"})
"""Dependency labels that open a clause of their own under their head (a relative clause, a
fronted or trailing subordinate clause, a reported clause, a participle on a noun, a
parenthetical); "xcomp" shares its subject and stays in its head's clause."""


def clause_head(tok: Any) -> Any:
    """The head of the clause ``tok`` stands in: the nearest token up the parse that opens
    a clause (:data:`_CLAUSE_DEPS`, or a coordinated verb), else the root."""
    while tok.head.i != tok.i:
        if tok.dep_ in _CLAUSE_DEPS or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")):
            return tok
        tok = tok.head
    return tok


def parsed_same_clause(sdoc: Any, named_at: int, at: int) -> bool | None:
    """Do the name at character ``named_at`` and the description at ``at`` of the parsed
    sentence ``sdoc`` stand in one clause (gaps52)? "X, which had expelled Y from Z,
    attacked the group": Y is in the relative clause, "the group" in the main one (False).
    None when either offset starts no token.

    >>> from riftwatch.nlp.parse import nlp
    >>> t = "Lashkar-e-Islam, which had expelled the TTP from Tirah, attacked the group."
    >>> parsed_same_clause(nlp()(t), t.index("TTP"), t.index("the group"))
    False
    >>> parsed_same_clause(nlp()(t), 0, t.index("the group"))
    True
    """
    first = {tok.idx: tok for tok in sdoc}
    name, desc = first.get(named_at), first.get(at)
    if name is None or desc is None:
        return None
    if desc.dep_ == "det":
        desc = desc.head  # "the group": its noun
    return clause_head(name).i == clause_head(desc).i


def name_heads(text: str) -> list[tuple[int, int, str]]:
    """The definite descriptions of ``text`` made of "the" and a head noun of group names
    (:file:`coref.yaml` ``name_head_nouns``, in lower case, not before "of"): (start, end,
    noun). Which group each stands for is :func:`named_antecedent`'s choice.

    >>> name_heads("Iran shelled the party's camps and the Party of God.")
    [(13, 22, 'party')]
    """
    heads = "|".join(sorted(load().name_heads))
    return [
        (m.start(), m.end(), m.group(1))
        for m in re.finditer(rf"\b[Tt]he\s+({heads})\b(?!\s+of\b)", text)
    ]


def introduced_descriptions(text: str) -> list[tuple[int, int, str]]:
    """The definite descriptions of ``text`` made of "the" and a noun that repeats only how a
    group was introduced (:file:`coref.yaml` ``introduced_nouns``, in lower case, not before
    "of" or "between"): (start, end, noun). Which group each stands for is the document's
    choice (the group introduced by that noun), none when no group was (mmp40).

    >>> introduced_descriptions("The sect's men fought the police; the alliance between X.")
    [(0, 8, 'sect')]
    """
    nouns = "|".join(sorted(load().introduced_nouns))
    return [
        (m.start(), m.end(), m.group(1))
        for m in re.finditer(rf"\b[Tt]he\s+({nouns})\b(?!\s+(?:of|between)\b)", text)
    ]


def unnamed_parallel_subject(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The subject of the clause before, for a subject pronoun ("it", "they") or the
    possessive of a subject ("its", "their") in a clause coordinated with it, when that
    subject is a noun phrase naming no actor of the text and agreeing with the pronoun: "The
    7th Brigade attacked militias of Y, and in 2019 it joined Z" (it = the brigade, whoever
    it is; never the nearer Y; coref50). The subject's token, or None. A pronoun whose
    subject is named is :func:`riftwatch.nlp.written.parallel_subject`'s.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The brigade attacked militias of the Kestrel Front, and it later "
    ...             "joined the Marrow Army.")
    >>> it = [t for t in doc if t.lower_ == "it"][0]
    >>> unnamed_parallel_subject(it, {}).text
    'brigade'
    >>> unnamed_parallel_subject(it, {1: object()}) is None  # the subject is named
    True
    """
    if tok.dep_ == "poss" and tok.lower_ in ("its", "their"):
        if tok.head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head.head
    elif tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ("it", "they"):
        verb = tok.head
    else:
        return None
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > tok.i:
        return None
    for subj in verb.head.children:
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.i > tok.i:
            continue
        if subj.pos_ not in ("NOUN", "PROPN") or any(t.i in actor_of for t in subj.subtree):
            return None
        plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
        if (tok.lower_ in ("it", "its")) == plural:
            return None  # "it" needs a singular subject, "they" a plural one
        return subj
    return None


def _alts(words: frozenset[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def formed_descriptions(text: str) -> list[tuple[int, int]]:
    """The spans of "the new group", "the merged organisation", "the resulting alliance" in
    ``text`` (:file:`coref.yaml` ``formed_adjectives``, ``formed_nouns``): a description of
    the group a formation told before formed (:func:`formed_group`).

    >>> formed_descriptions("In 2018 the new group attacked Y; the merged front's men fled.")
    [(8, 21), (34, 50)]
    >>> formed_descriptions("The new group of fighters left.")
    []
    """
    lex = load()
    adjectives, nouns = _alts(lex.formed_adjectives), _alts(lex.formed_nouns)
    pattern = rf"\b[Tt]he\s+(?:{adjectives})\s+(?:{nouns})\b(?!\s+of\b)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def formed_group(mentions: list[Mention], sentence: int, at: int) -> Mention | None:
    """The group "the new group" at ``at`` of sentence ``sentence`` stands for: in the last
    sentence before it (or its own sentence, before it) that tells a formation
    (``formation_words``), the group named right after a word of ``formed_object_words``
    ("X merged with Y to form Z": Z). None when that sentence names no group so formed ("X and
    Y merged in 2017": the new group has no name here) or two, or no formation was told: the
    resolver never guesses.

    >>> t = "X Front merged with Y Army in 2017 to form Z Council."
    >>> ms = [Mention(_g("X Front"), 0, 0, 7, True, False, t),
    ...       Mention(_g("Y Army"), 0, 20, 26, False, False, t),
    ...       Mention(_g("Z Council"), 0, 43, 52, False, False, t)]
    >>> formed_group(ms, 1, 0).actor.name
    'Z Council'
    >>> u = "X Front and Y Army merged in 2017."
    >>> formed_group([Mention(_g("X Front"), 0, 0, 7, True, False, u)], 1, 0) is None
    True
    >>> v = "The merger followed a week of fighting."
    >>> formed_group([*ms, Mention(_g("X Front"), 1, 0, 0, False, False, v)], 2, 0).actor.name
    'Z Council'
    """
    lex = load()
    told = re.compile(rf"\b(?:{_alts(lex.formation_words)})\b", re.IGNORECASE)
    described = (
        rf"an?\s+(?:(?:{_alts(lex.formed_adjectives)})\s+)?(?:{_alts(lex.formed_nouns)})"
        rf"(?:\s*,\s*|\s+(?:{_alts(lex.formed_naming_words)})\s+)(?:the\s+)?"
    )  # "merged into a new body, Z", "formed a front called Z" (walk60)
    formed = re.compile(
        rf"\b(?:{_alts(lex.formed_object_words)})\s+(?:the\s+|{described})?$", re.IGNORECASE
    )
    # a definite noun of a formation ("the merger", "their recent merger") refers back to a
    # formation told before and tells none of its own (coref.yaml back_formation_nouns)
    back = re.compile(
        rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?"
        rf"(?:{_alts(lex.back_formation_nouns)})\b"
    )
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.sentence < sentence or (m.sentence == sentence and m.end <= at):
            by_sentence.setdefault(m.sentence, []).append(m)
    for index in sorted(by_sentence, reverse=True):
        here = by_sentence[index]
        text = here[0].text
        limit = at if index == sentence else len(text)
        if not text or not told.search(text, 0, limit):
            continue
        found = {key(m.actor): m for m in here
                 if m.actor.type in GROUPISH and formed.search(text, 0, m.start)}  # fmt: skip
        if not found and not told.search(back.sub(" ", text[:limit])):
            continue  # "The merger followed a week of fighting": the one told before (walk60)
        return next(iter(found.values())) if len(found) == 1 else None
    return None


_CONTROLLED = re.compile(
    r"(?:\s+[a-z]+)?\s+to\s+(?:[a-z]+ly\s+)?[a-z]+"
    r"(?:\s+(?:with|against|on|from|into|to|in|at|for|over|up|out|off))?\s+$"
)


def place_object(sdoc: Any, at: int, places: frozenset[str]) -> bool:
    """Is the token at character ``at`` of the parsed sentence ``sdoc`` an object "it" of a
    verb of ``place_object_verbs`` ("defended it", "abandoned it"), its sentence having a
    place noun of ``places`` (a definite common noun, "the town", "the district", "the base")
    as a subject before it? Then "it" is the place, no group (prec54).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The town did not fall to X because the police defended it.")
    >>> place_object(doc, doc[-2].idx, frozenset({"town"}))
    True
    >>> doc = nlp()("X attacked Y because the police defended it.")
    >>> place_object(doc, doc[-2].idx, frozenset({"town"}))
    False
    """
    tok = next((t for t in sdoc if t.idx == at), None)
    if tok is None or tok.lower_ != "it" or tok.dep_ not in ("dobj", "obj"):
        return False
    if tok.head.lemma_.lower() not in load().place_object_verbs:
        return False
    return any(
        t.i < tok.i
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "NOUN"
        and t.lower_ in places
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
        and not any(c.dep_ in ("compound", "poss") for c in t.children)
        for t in sdoc
    )


def controlled_object(text: str, named: tuple[int, int], at: int) -> bool:
    """Whether the object pronoun at ``at`` belongs to an infinitive whose subject is the name
    at ``named`` ("X persuaded Y to join it", "X urged Y fighters to fight alongside them"):
    the name, no prepositional object ("sent men to Y to help it"), is the infinitive's
    understood subject, so the pronoun is not that name (that would be "itself"; coref50).

    >>> t = "X persuaded Y Front to join it."
    >>> controlled_object(t, (12, 19), t.index("it."))
    True
    >>> t = "X sent men to Y Front to help it."
    >>> controlled_object(t, (14, 21), t.index("it."))
    False
    >>> t = "X told Y Front that Z would join it."
    >>> controlled_object(t, (7, 14), t.index("it."))
    False
    """
    if _GOVERNED.search(text[: named[0]]):
        return False
    return bool(_CONTROLLED.fullmatch(text, named[1], at))


def parallel_pair(tok: Any, actor_of: dict[int, Any]) -> list[Any]:
    """The subjects of the clause before, for "they" or "their" (owning a subject) in a clause
    coordinated with it, when that clause's subject is two or more named parties joined by
    "and", however the parser hung them ("X and Y declared war on Z, and their fighters
    attacked W": X and Y, not the nearer Z; coref50). The subjects' tokens in order (the
    first is the pronoun's antecedent, the others its partners), or [].

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kestrel Front and Marrow Army shelled Ostra, and they then took Vell.")
    >>> they = [t for t in doc if t.lower_ == "they"][0]
    >>> [t.text for t in parallel_pair(they, {1: "K", 4: "M", 6: "O"})]
    ['Front', 'Army']
    >>> parallel_pair(they, {1: "K", 6: "O"})
    []
    """
    if tok.dep_ == "poss" and tok.lower_ == "their":
        if tok.head.dep_ not in ("nsubj", "nsubjpass"):
            return []
        verb = tok.head.head
    elif tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ == "they":
        verb = tok.head
    else:
        return []
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > tok.i:
        return []
    first = verb.head
    subjects = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i]
    if not subjects:
        return []
    span = range(min(t.i for s in subjects for t in s.subtree), first.i)
    named: list[Any] = []
    keys: set[str] = set()
    for i in span:
        actor = actor_of.get(i)
        if actor is None:
            continue
        k = key(actor) if hasattr(actor, "name") else str(actor)
        if k not in keys:
            keys.add(k)
            named.append(tok.doc[i])
    if len(named) < 2 or not any(tok.doc[i].lower_ == "and" for i in span):
        return []
    if any(tok.doc[i].dep_ in ("prep", "relcl", "acl") for i in span):
        return []  # "X of Y", "X, which fought Y,": not two coordinated subjects
    return named
