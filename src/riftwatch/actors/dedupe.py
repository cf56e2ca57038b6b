"""Duplicate actors: when are two knowledge-base ids one group spelt two ways?

The datasets the KB is built from spell one group differently (MMP's "Ummah Tamir-e-Nau",
the UN's "Ummah Tameer e-Nau"; OFAC's "Jaish al-Muhajireen wal-Ansar", the UN's "The Army
of Emigrants and Supporters" a.k.a. "Jaysh al-Muhajirin wal-Ansar"). Two ids for one
group split its relations and hide rifts. This module holds the rule that decides, with
evidence, whether two actors are one; ``scripts/build_actor_kb.py`` merges what it
decides and ``benchmarks/kb_duplicates.py`` reports the candidates.

The rule (its word lists are data: ``data/dedupe.yaml``):

* **names** are compared as transliteration skeletons (:func:`~riftwatch.actors.normalize.fold`)
  of every non-weak, unambiguous name of each actor. ``exact``: a skeleton both share;
  ``variant``: the same after designator words of one class stand for each other
  ("Battalion"/"Brigade"), a designator or a country qualifier present on one side only
  ("Ansar al-Shariah (Tunisia)"), or the same words in another order; ``near``: front vs
  movement; ``fuzzy``: a rapidfuzz ratio over the threshold, word by word.
* **corroboration**: the same country (stated, or read from a qualifier in the name),
  an acronym of one that spells the other's name or that both carry, a second shared
  name, a shared relation partner that is not a hub.
* **blockers** (any one keeps the pair apart): both hand-curated; both defined by the same
  source (two UN reference numbers, two MMP ids are two entries by that source's own
  account); known countries that differ; a relation between the two (a splinter, a front,
  a rename: the sources say they are two); either name marked ambiguous; unlike types;
  an analyst's reviewed ``different`` decision.

Merge when nothing blocks and the core (the words left once designators and qualifiers
are set aside) has at least two words, and: a shared skeleton has a distinctive word (one
not in the generic list: "Jaish-e-Mohammed" is only generic words); or a variant's core
has three words with a distinctive one; or an exact match, a variant or a distinctive
fuzzy match is corroborated (``near`` needs more than the country). A one-word name
("Jundallah") merges only when corroborated.

>>> a = Candidate("org:a", "Ummah Tamir-e-Nau", "armed_group", source="mmp-facts")
>>> b = Candidate("org:b", "Ummah Tameer e-Nau", "armed_group", "AFG", source="un-1267-2018")
>>> decide(a, b, Rules.load()).same
True
>>> c = Candidate("org:c", "Jaish-e-Mohammed", "armed_group", "PAK", source="un-1267-2018")
>>> d = Candidate("org:d", "Jaish Muhammad", "armed_group", "IRQ", source="mmp-facts")
>>> decide(c, d, Rules.load()).same
False
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from riftwatch.actors.normalize import PARTICLES, compact, norm, skeleton

RULES_PATH = Path(__file__).resolve().parent / "data" / "dedupe.yaml"
GROUP_TYPES = frozenset({"armed_group", "faction", "shura", "party", "organization"})
"""Types a duplicate can have; two such actors may be one (a list's "organization" is
often another's "armed group"). Tribes, collectives, states and persons are never merged
by this rule."""
SOURCE_RANK = ("curated", "un-1267-2018", "ofac-sdn-2024", "ucdp", "mmp-facts")
"""Which id survives a merge: curated first, then the official lists (their ids follow
reference numbers), then UCDP, then MMP."""


@dataclass(frozen=True)
class Review:
    """An analyst's decision on a pair (``data/dedupe.yaml``: ``reviewed``)."""

    keep: str
    other: str
    decision: str
    reason: str


@dataclass
class Rules:
    """The rule's data: designator classes, generic words, thresholds, reviewed pairs."""

    designators: dict[str, str]
    near: set[frozenset[str]]
    generic: frozenset[str]
    hub_degree: int = 12
    fuzzy_name: float = 90.0
    fuzzy_word: float = 80.0
    reviewed: list[Review] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path = RULES_PATH) -> Rules:
        return _load_rules(str(path))

    def review(self, a: str, b: str) -> Review | None:
        for item in self.reviewed:
            if {item.keep, item.other} == {a, b}:
                return item
        return None


@lru_cache(maxsize=4)
def _load_rules(path: str) -> Rules:
    with open(path, encoding="utf-8") as handle:
        doc = yaml.safe_load(handle)
    designators = {}
    for cls, words in (doc.get("designators") or {}).items():
        for word in words:
            designators[norm(word)] = cls
    reviewed = []
    for item in doc.get("reviewed") or []:
        ids = item["ids"]
        if len(ids) != 2 or item.get("decision") not in ("same", "different"):
            raise ValueError(f"{path}: reviewed entry {item!r} needs two ids and a decision")
        if not str(item.get("reason") or "").strip():
            raise ValueError(f"{path}: reviewed entry {ids} needs a reason")
        reviewed.append(Review(ids[0], ids[1], item["decision"], " ".join(item["reason"].split())))
    return Rules(
        designators=designators,
        near={frozenset(pair) for pair in doc.get("near") or []},
        generic=frozenset(norm(w) for w in doc.get("generic_words") or []),
        hub_degree=int(doc.get("hub_degree", 12)),
        fuzzy_name=float(doc.get("fuzzy_name", 90)),
        fuzzy_word=float(doc.get("fuzzy_word", 80)),
        reviewed=reviewed,
    )


@dataclass
class Candidate:
    """What the rule knows of one actor."""

    id: str
    name: str
    type: str
    country: str | None = None
    source: str = "curated"
    names: list[str] = field(default_factory=list)
    """Other non-weak, unambiguous names (official, transliteration, former)."""
    abbreviations: list[str] = field(default_factory=list)
    neighbours: set[str] = field(default_factory=set)
    name_ambiguous: bool = False
    curated: bool = False

    def all_names(self) -> list[str]:
        return list(dict.fromkeys([self.name, *self.names]))


@dataclass
class Decision:
    """The rule's verdict on a pair, with its reasons."""

    same: bool
    level: str
    """exact, variant, near, fuzzy or none (how the names meet)."""
    evidence: list[str] = field(default_factory=list)
    blockers: list[str] = field(default_factory=list)
    reviewed: Review | None = None

    def summary(self) -> str:
        parts = [self.level] + self.evidence
        if self.blockers:
            parts.append("blocked: " + "; ".join(self.blockers))
        if self.reviewed:
            parts.append(f"reviewed {self.reviewed.decision}: {self.reviewed.reason}")
        return "; ".join(parts)


# -- names ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Parsed:
    """One name as skeleton words, with its designator classes and country qualifiers."""

    name: str
    words: tuple[str, ...]
    """Skeletons of the content words, designators replaced by ``<class>``."""
    countries: frozenset[str]
    raw: tuple[str, ...]
    """Normalised content words (for the generic-word test)."""
    acronyms: tuple[str, ...] = ()
    """Parenthesised abbreviations set aside from the name ("... Martyrs (RSRSBCM)")."""

    @property
    def key(self) -> str:
        """The skeleton words with the country qualifiers ("Ansr sr|TUN")."""
        return " ".join(self.words) + "|" + ",".join(sorted(self.countries))

    def core(self) -> tuple[str, ...]:
        return tuple(w for w in self.words if not w.startswith("<"))

    def designators(self) -> tuple[str, ...]:
        return tuple(w for w in self.words if w.startswith("<"))


def parse(name: str, rules: Rules, countries: dict[str, str]) -> Parsed:
    """Split a name into content skeletons, designator classes and country qualifiers.

    >>> rules = Rules.load()
    >>> p = parse("Ansar al-Shariah (Tunisia)", rules, {"tunisia": "TUN"})
    >>> p.words, sorted(p.countries)
    (('Ansr', 'sr'), ['TUN'])
    >>> parse("Riyadus-Salikhin Reconnaissance Battalion", rules, {}).words
    ('rds', 'slkn', 'rknsnk', '<unit>')
    """
    taken: list[str] = []

    def take(match: re.Match[str]) -> str:
        if norm(match.group(1)) in countries:
            return match.group(0)  # "(PAKISTAN)" is a qualifier, not an acronym
        taken.append(match.group(1))
        return " "

    toks = [t for t in norm(_PAREN_ACRONYM.sub(take, name)).split() if t]
    acronyms = tuple(taken)
    found: set[str] = set()
    words: list[str] = []
    raw: list[str] = []
    i = 0
    while i < len(toks):
        two = " ".join(toks[i : i + 2])
        if i + 1 < len(toks) and two in countries:
            found.add(countries[two])
            i += 2
            continue
        tok = toks[i]
        i += 1
        if tok in countries and i > 1:  # a qualifier, not the first word ("Afghan Taliban")
            found.add(countries[tok])
            continue
        if tok in PARTICLES:
            continue
        if tok in rules.designators:
            words.append(f"<{rules.designators[tok]}>")
            continue
        sk = skeleton(tok)
        if sk:
            words.append(sk)
            raw.append(tok)
    if toks and toks[0] in countries and len(toks) > 1:
        found.add(countries[toks[0]])
        if words and words[0] == skeleton(toks[0]):
            words = words[1:]
            raw = raw[1:]
    return Parsed(name, tuple(words), frozenset(found), tuple(raw), acronyms)


_PAREN_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z0-9][A-Za-z0-9.\-]{0,8})\s*\)")
"""A parenthesised abbreviation: at least two capitals ("(TTP)", "(AQAP)", "(IS-K)")."""


def _distinctive(parsed: Parsed, rules: Rules) -> bool:
    return any(w not in rules.generic and not w.isdigit() for w in parsed.raw)


def _initials(parsed_name: str) -> str:
    toks = [t for t in norm(re.sub(r"\([^)]*\)", " ", parsed_name)).split() if t]
    return "".join(t[0] for t in toks if t not in PARTICLES).upper()


# -- the rule ---------------------------------------------------------------------------
@dataclass
class Context:
    """Facts about the whole KB the rule needs: countries by name, partner degrees."""

    countries: dict[str, str] = field(default_factory=dict)
    degree: dict[str, int] = field(default_factory=dict)
    key_owners: dict[str, set[str]] = field(default_factory=dict)
    related: set[frozenset[str]] = field(default_factory=set)
    initial_owners: dict[str, set[str]] = field(default_factory=dict)
    """Initials of the spelled-out names (three words or more) -> the actors holding them."""


def _match_words(
    a: tuple[str, ...], b: tuple[str, ...], rules: Rules
) -> tuple[str, tuple[str, ...]] | None:
    """How two word sequences meet: ('exact'|'variant'|'near', core) or None."""
    ca = tuple(w for w in a if not w.startswith("<"))
    cb = tuple(w for w in b if not w.startswith("<"))
    if a == b:
        return ("exact", ca)
    if not ca or ca != cb and sorted(ca) != sorted(cb):
        return None
    da = {w for w in a if w.startswith("<")}
    db = {w for w in b if w.startswith("<")}
    if da and db and not (da & db):
        pair = frozenset(w.strip("<>") for w in da | db)
        if len(da) == 1 and len(db) == 1 and pair in rules.near:
            return ("near", ca)
        return None
    return ("variant", ca)


def _fuzzy(a: tuple[str, ...], b: tuple[str, ...], rules: Rules) -> float:
    from rapidfuzz import fuzz

    if len(a) != len(b) or not a:
        return 0.0
    if any(
        x != y and (x.startswith("<") or y.startswith("<") or fuzz.ratio(x, y) < rules.fuzzy_word)
        for x, y in zip(a, b, strict=True)
    ):
        return 0.0
    score = fuzz.ratio(" ".join(a), " ".join(b))
    return score if score >= rules.fuzzy_name else 0.0


def decide(a: Candidate, b: Candidate, rules: Rules, ctx: Context | None = None) -> Decision:
    """Are ``a`` and ``b`` one actor? The verdict with its evidence and blockers."""
    ctx = ctx or Context()
    blockers: list[str] = []
    if a.curated and b.curated:
        blockers.append("both curated")
    if a.source == b.source and not (a.curated or b.curated):
        blockers.append(f"two entries of one source ({a.source})")
    if a.type not in GROUP_TYPES or b.type not in GROUP_TYPES:
        blockers.append(f"types {a.type}/{b.type} are not groups")
    if a.name_ambiguous or b.name_ambiguous:
        blockers.append("a name is marked ambiguous")
    if frozenset((a.id, b.id)) in ctx.related or b.id in a.neighbours and a.id in b.neighbours:
        blockers.append("the sources relate the two (two actors)")
    pa = [parse(n, rules, ctx.countries) for n in a.all_names()]
    pb = [parse(n, rules, ctx.countries) for n in b.all_names()]
    ca = {a.country} if a.country else set()
    cb = {b.country} if b.country else set()
    for p in pa[:1]:
        ca |= p.countries
    for p in pb[:1]:
        cb |= p.countries
    if ca and cb and not (ca & cb):
        blockers.append(f"countries differ ({'/'.join(sorted(ca))} vs {'/'.join(sorted(cb))})")
    # how the names meet
    shared: set[str] = set()
    level = "none"
    best_core: tuple[str, ...] = ()
    best_parsed: Parsed | None = None
    best_pair = ("", "")
    order = {"exact": 4, "variant": 3, "near": 2, "fuzzy": 1, "none": 0}
    for x in pa:
        for y in pb:
            if not x.words or not y.words:
                continue
            owners = ctx.key_owners.get(x.key, set())
            if x.key == y.key and len(owners - {a.id, b.id}) == 0:
                shared.add(x.key)
            if x.countries and y.countries and not (x.countries & y.countries):
                continue  # "Al-Qaida in Egypt" / "Al Qaeda in Iraq": two places, two names
            how = _match_words(x.words, y.words, rules)
            if how is not None and how[0] == "exact" and x.countries != y.countries:
                how = ("variant", how[1])
            if how is None and _fuzzy(x.words, y.words, rules):
                how = ("fuzzy", x.core())
            if how is None:
                continue
            if how[0] == "exact" and owners - {a.id, b.id}:
                continue  # a name three actors share is evidence for none of them
            if order[how[0]] > order[level] or (
                order[how[0]] == order[level] and len(how[1]) > len(best_core)
            ):
                level, best_core, best_parsed, best_pair = how[0], how[1], x, (x.name, y.name)
    spelled = _acronym_name_match(a, b, ctx) if level == "none" else None
    evidence: list[str] = []
    if spelled is not None:
        evidence.append(f"name {spelled[0]!r} is the initials of {spelled[1]!r}")
    if best_parsed is not None:
        evidence.append(f"names {best_pair[0]!r} ~ {best_pair[1]!r}")
    if shared:
        evidence.append(f"shared names {sorted(shared)}")
    # corroboration
    corroborated: list[str] = []
    if ca & cb:
        corroborated.append(f"same country {'/'.join(sorted(ca & cb))}")
    abbr_a = {compact(x).upper() for x in a.abbreviations}
    abbr_a |= {compact(x).upper() for p in pa for x in p.acronyms}
    abbr_b = {compact(x).upper() for x in b.abbreviations}
    abbr_b |= {compact(x).upper() for p in pb for x in p.acronyms}
    acronym = (abbr_a & abbr_b) | (abbr_a & {_initials(n) for n in b.all_names()})
    acronym |= abbr_b & {_initials(n) for n in a.all_names()}
    acronym = {x for x in acronym if len(x) >= 3}
    if acronym:
        corroborated.append(f"acronym {sorted(acronym)}")
    partners = {
        n
        for n in (a.neighbours & b.neighbours)
        if ctx.degree.get(n, 0) <= rules.hub_degree and n not in (a.id, b.id)
    }
    if partners:
        corroborated.append(f"shared partners {sorted(partners)}")
    if len(shared) >= 2:
        corroborated.append("two shared names")
    evidence += corroborated
    strong_corr = [c for c in corroborated if not c.startswith("same country")]
    distinctive = best_parsed is not None and _distinctive(best_parsed, rules)
    same = False
    if level == "exact":
        same = (distinctive and len(best_core) >= 2) or bool(corroborated)
        if not distinctive:
            evidence.append("generic words only")
    elif level == "variant":
        same = len(best_core) >= 2 and ((distinctive and len(best_core) >= 3) or bool(corroborated))
    elif level == "near":
        same = len(best_core) >= 2 and bool(strong_corr)
    elif level == "fuzzy":
        same = len(best_core) >= 2 and distinctive and bool(corroborated)
    if spelled is not None:
        # an entry named only by initials and the one entry of the KB spelling them out:
        # one group (the blockers above still keep two countries or two curated ids apart)
        level = "acronym"
        same = True
    review = rules.review(a.id, b.id)
    if review is not None:
        same = review.decision == "same"
    elif blockers:
        same = False
    return Decision(same, level, evidence, blockers, review)


# -- the KB -----------------------------------------------------------------------------
def candidates_of(kb: Any) -> tuple[list[Candidate], Context]:
    """The group actors of a :class:`~riftwatch.actors.kb.KnowledgeBase` and its context."""
    countries: dict[str, str] = {}
    for ent in kb:
        if ent.type == "country" and ent.country:
            for alias in ent.aliases:
                if alias.kind in ("official", "demonym", "short") and not alias.when:
                    key = norm(alias.name)
                    if key and len(key.split()) <= 2 and len(key) > 3:
                        countries.setdefault(key, ent.country)
    degree: dict[str, int] = defaultdict(int)
    related: set[frozenset[str]] = set()
    neighbours: dict[str, set[str]] = defaultdict(set)
    for ent in kb:
        for rel in ent.relations:
            related.add(frozenset((ent.id, rel.target)))
            neighbours[ent.id].add(rel.target)
            neighbours[rel.target].add(ent.id)
    for ident, near in neighbours.items():
        degree[ident] = len(near)
    out: list[Candidate] = []
    for ent in kb:
        if ent.type not in GROUP_TYPES:
            continue
        names, abbrs = [], []
        ambiguous = False
        for alias in ent.aliases:
            if alias.name == ent.name and alias.kind == "official":
                ambiguous = ambiguous or alias.ambiguous
                continue
            if alias.ambiguous or alias.when:
                continue
            if alias.kind == "abbreviation":
                abbrs.append(alias.name)
            elif alias.kind in ("official", "transliteration", "former") and len(alias.name) > 3:
                names.append(alias.name)
        sources = ent.sources or ("curated",)
        out.append(
            Candidate(
                id=ent.id,
                name=ent.name,
                type=ent.type,
                country=ent.country,
                source=sources[0],
                names=names,
                abbreviations=abbrs,
                neighbours=neighbours.get(ent.id, set()),
                name_ambiguous=ambiguous,
                curated=sources[0] == "curated",
            )
        )
    return out, Context(countries=countries, degree=dict(degree), related=related)


def candidate_pairs(
    actors: Iterable[Candidate], ctx: Context, rules: Rules
) -> list[tuple[Candidate, Candidate]]:
    """Pairs worth deciding: a shared core word set, or a fuzzy skeleton match.

    Fills ``ctx.key_owners`` (which actors hold each skeleton) as a side effect.
    """
    from rapidfuzz import fuzz, process

    actors = list(actors)
    by_core: dict[tuple[str, ...], set[int]] = defaultdict(set)
    keys: list[str] = []
    owner: list[int] = []
    ctx.key_owners = defaultdict(set)
    for i, act in enumerate(actors):
        for name in act.all_names():
            p = parse(name, rules, ctx.countries)
            if not p.words:
                continue
            ctx.key_owners[p.key].add(act.id)
            core = tuple(sorted(p.core()))
            if core:
                by_core[core].add(i)
            keys.append(p.key)
            owner.append(i)
    pairs: set[tuple[int, int]] = set()
    for members in by_core.values():
        ms = sorted(members)
        if len(ms) > 12:
            continue
        for x in range(len(ms)):
            for y in range(x + 1, len(ms)):
                pairs.add((ms[x], ms[y]))
    pairs |= _acronym_pairs(actors, ctx)
    if keys:
        matrix = process.cdist(
            keys, keys, scorer=fuzz.ratio, score_cutoff=rules.fuzzy_name, workers=1
        )
        rows, cols = matrix.nonzero()
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            a, b = owner[i], owner[j]
            if a != b:
                pairs.add((min(a, b), max(a, b)))
    # a pair an analyst reviewed as one group is decided even when its names share nothing
    # (UCDP's Hausa "Yan Gora" and the curated "Civilian Joint Task Force"; walk58)
    index = {act.id: i for i, act in enumerate(actors)}
    for item in rules.reviewed:
        a, b = index.get(item.keep), index.get(item.other)
        if item.decision == "same" and a is not None and b is not None and a != b:
            pairs.add((min(a, b), max(a, b)))
    return [(actors[i], actors[j]) for i, j in sorted(pairs)]


_ACRONYM_NAME = re.compile(r"^[A-Z][A-Z0-9]{2,9}$")
"""A name that is only initials ("EPRLF", "NPFL"), after dots and hyphens are dropped."""


def _acronym_of(name: str) -> str | None:
    """The initials a name consists of ("E.P.R.L.F." -> "EPRLF"), or None."""
    flat = re.sub(r"[.\-\s]", "", name)
    return flat if _ACRONYM_NAME.match(flat) else None


def _spelled_initials(name: str) -> str | None:
    """The initials of a spelled-out name of three words or more, or None.

    >>> _spelled_initials("National Patriotic Front of Liberia")
    'NPFL'
    >>> _spelled_initials("Hamas") is None
    True
    """
    if _acronym_of(name):
        return None
    initials = _initials(name)
    return initials if len(initials) >= 3 else None


def _acronym_pairs(actors: list[Candidate], ctx: Context) -> set[tuple[int, int]]:
    """Index pairs of an actor named only by initials and the one actor whose spelled-out
    name has those initials (fills ``ctx.initial_owners``)."""
    owners: dict[str, set[int]] = defaultdict(set)
    for i, act in enumerate(actors):
        for name in act.all_names():
            initials = _spelled_initials(name)
            if initials:
                owners[initials].add(i)
    ctx.initial_owners = {k: {actors[i].id for i in v} for k, v in owners.items()}
    out: set[tuple[int, int]] = set()
    for i, act in enumerate(actors):
        flat = _acronym_of(act.name)
        held = owners.get(flat or "", set()) - {i}
        if len(held) == 1:
            j = next(iter(held))
            out.add((min(i, j), max(i, j)))
    return out


def _acronym_name_match(a: Candidate, b: Candidate, ctx: Context) -> tuple[str, str] | None:
    """(initials, spelled-out name) when one actor's name is only initials and the other is
    the one actor in the KB whose spelled-out name has them ("EPRLF" / "Eelam People's
    Revolutionary Liberation Front"), else None."""
    for short, long in ((a, b), (b, a)):
        flat = _acronym_of(short.name)
        if not flat or ctx.initial_owners.get(flat, set()) - {short.id} != {long.id}:
            continue
        for name in long.all_names():
            if _spelled_initials(name) == flat:
                return flat, name
    return None


def survivor(a: Candidate, b: Candidate, rules: Rules | None = None) -> tuple[Candidate, Candidate]:
    """(keep, merged): a reviewed order, else curated, then the official lists first."""
    if rules is not None:
        review = rules.review(a.id, b.id)
        if review is not None and review.decision == "same":
            return (a, b) if review.keep == a.id else (b, a)

    def rank(c: Candidate) -> tuple[int, str]:
        src = "curated" if c.curated else c.source
        return (SOURCE_RANK.index(src) if src in SOURCE_RANK else len(SOURCE_RANK), c.id)

    return (a, b) if rank(a) <= rank(b) else (b, a)


def find_duplicates(
    kb: Any, rules: Rules | None = None
) -> list[tuple[Candidate, Candidate, Decision]]:
    """Every candidate pair of the KB with the rule's decision (merged or not)."""
    rules = rules or Rules.load()
    actors, ctx = candidates_of(kb)
    out = []
    for a, b in candidate_pairs(actors, ctx, rules):
        decision = decide(a, b, rules, ctx)
        if decision.level == "none" and decision.reviewed is None:
            continue
        keep, other = survivor(a, b, rules)
        out.append((keep, other, decision))
    return out


__all__ = [
    "Candidate",
    "Context",
    "Decision",
    "Review",
    "Rules",
    "candidate_pairs",
    "candidates_of",
    "decide",
    "find_duplicates",
    "parse",
    "survivor",
]
