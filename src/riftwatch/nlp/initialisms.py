"""Initialisms of known group names: "ART", "UTN", "HCUA" standing for the group they abbreviate.

Descriptions of militant groups often use a group's initials without ever spelling the name
out in the text, and the knowledge base cannot list every short form of every group. A
capitalised token that the resolver does not know is compared with the initials of every
group name (and alias) in the knowledge base (formed as :file:`lexicon/initialisms.yaml`
says); a token that is the initials of exactly one group stands for it. A token several
groups share stays unresolved (never guessed).

>>> index = Initialisms([("org:x", "Front for the Liberation of Zed", "armed_group", ())])
>>> index.lookup("FLZ"), index.lookup("FL"), index.lookup("flz")
('org:x', None, None)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import yaml

INITIALS_OF_KNOWN = "initials of a known name"
"""``how`` of an actor read from letters that abbreviate a knowledge-base group's name
(:func:`find`; the corpus memory keeps such readings below a document's own definition)."""

_TOKEN = re.compile(r"(?<![\w'’\-])([A-Z][A-Za-z]{1,7})(?![\w\-])")
_SPLIT = re.compile(r"[\s\-‐‑–—/]+")
_PARTS = re.compile(r"\s*(?:–|—|\s-\s)\s*")


@cache
def settings() -> dict[str, Any]:
    """The data file :file:`lexicon/initialisms.yaml`, parsed."""
    text = resources.files("riftwatch.nlp.lexicon").joinpath("initialisms.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def initials(name: str) -> set[str]:
    """The initialisms a name gives: without connectors, with them, with them in lower case.

    >>> sorted(initials("Lashkar-e-Taiba"))
    ['LET', 'LT', 'LeT']
    >>> sorted(initials("Ansar al-Shariah (Tunisia)"))
    ['AAS', 'AAST', 'AS', 'AST', 'AaS', 'AaST']
    """
    conf = settings()
    connectors = set(conf["connectors"])
    lower_only = set(conf.get("lower_only_connectors") or ())
    out: set[str] = set()
    qualifier = re.search(r"\(([^)]*)\)\s*$", name)
    bare = name[: qualifier.start()].strip() if qualifier else name
    forms = [bare]
    if qualifier and not re.search(r"[A-Z]{2,}", qualifier.group(1)):
        forms.append(f"{bare} {qualifier.group(1)}")
    parts = _PARTS.split(bare)
    if len(parts) > 1:
        forms += parts
    for form in forms:
        words = [w.strip("'’\".,()") for w in _SPLIT.split(form)]
        words = [w for w in words if w and w[0].isalpha()]
        if len(words) < 2:
            continue
        content = [w for w in words if w.lower() not in connectors]
        if len(content) >= 2:
            out.add("".join(w[0].upper() for w in content))
        capitals = [w for w in words if w.lower() not in lower_only]
        if len(capitals) >= 2:
            out.add("".join(w[0].upper() for w in capitals))
        out.add("".join(w[0].lower() if w.lower() in connectors else w[0].upper() for w in words))
    return {i for i in out if sum(c.isupper() for c in i) >= 2}


class Initialisms:
    """Initialism -> the one group whose name gives it (built from (id, name, type, aliases))."""

    def __init__(self, entities: Iterable[tuple[str, str, str, tuple[str, ...]]],
                 known: Iterable[str] = (), weak: Iterable[str] = ()) -> None:  # fmt: skip
        """``known``: short forms the knowledge base itself lists (never re-read here).
        ``weak``: ids of groups known only from a broad world list (``weak_sources``): their
        initials count only where no other group's name gives the same letters.

        >>> ix = Initialisms([("org:a", "Ansar al-Sharia Tunisia", "armed_group", ()),
        ...                   ("org:b", "Aum Supreme Truth", "armed_group", ())],
        ...                  weak=["org:b"])
        >>> ix.lookup("AST"), ix.lookup("AaST")
        ('org:a', 'org:a')
        """
        conf = settings()
        kinds = set(conf["group_types"])
        weak = set(weak)
        owners: dict[str, set[str]] = defaultdict(set)
        for ident, name, type_, aliases in entities:
            if type_ not in kinds:
                continue
            for form in (name, *aliases):
                for acr in initials(form):
                    owners[acr].add(ident)
        for acr, ids in owners.items():
            if ids - weak and ids & weak:
                owners[acr] = ids - weak  # a broad list's name yields to a known group's
        never = set(conf["never"]) | set(known)
        lo, hi = int(conf["min_letters"]), int(conf["max_letters"])
        self._of = {acr: next(iter(ids)) for acr, ids in owners.items()
                    if len(ids) == 1 and acr not in never and lo <= len(acr) <= hi}  # fmt: skip
        # letters of a name in another language's word order: "FSLN" of the "Sandinista
        # National Liberation Front", "URNG" of the "Guatemalan National Revolutionary Unity"
        # (names23): keyed by the head noun's letter and the other letters sorted
        self._taken = set(owners) | never
        least = int(conf.get("reordered_min_letters") or hi + 1)
        reordered: dict[str, set[str]] = defaultdict(set)
        for ident, name, type_, aliases in entities:
            if type_ not in kinds:
                continue
            for form in (name, *aliases):
                key = noun_first(form)
                if key is not None and least <= len(key) <= hi:
                    reordered[key].add(ident)
        # a broad list's group does not yield here: the document's countries choose (find)
        self._reordered = {key: tuple(sorted(ids)) for key, ids in reordered.items()}

    def lookup(self, token: str) -> str | None:
        """The id of the one group ``token`` abbreviates, or None."""
        return self._of.get(token)

    def reordered(self, token: str) -> tuple[str, ...]:
        """The ids of the groups whose initials ``token`` gives in another language's word
        order (the head noun first, as French, Spanish and Portuguese names put it: "Frente
        Sandinista de Liberacion Nacional"); none for letters that are some group's initials
        in order, or a word the knowledge base lists. The caller keeps the one the document
        is about (:func:`find`).

        >>> ix = Initialisms([("org:s", "Sandinista National Liberation Front", "armed_group", ()),
        ...                   ("org:u", "Zorblan National Revolutionary Unity", "armed_group", ())])
        >>> ix.reordered("FSLN"), ix.reordered("URNZ"), ix.reordered("SNLF"), ix.reordered("SFLN")
        (('org:s',), ('org:u',), (), ())
        >>> ix = Initialisms([("org:a", "Zed National Liberation Front", "armed_group", ()),
        ...                   ("org:b", "Zorb National Liberation Front", "armed_group", ())])
        >>> ix.reordered("FZLN")
        ('org:a', 'org:b')
        """
        if token in self._taken or not token.isupper() or len(token) < 2:
            return ()
        return self._reordered.get(token[0] + _letters(token[1:]), ())


def _letters(token: str) -> str:
    """The letters of initials in a fixed order."""
    return "".join(sorted(token.upper()))


def noun_first(name: str) -> str | None:
    """The key of a name's initials with its head noun first (the last content word before
    the name's first connector, else its last word) and the other content words' letters
    sorted; None for a name of fewer than three content words.

    >>> noun_first("Sandinista National Liberation Front")
    'FLNS'
    >>> noun_first("Popular Movement for the Liberation of Angola")
    'MALP'
    >>> noun_first("Zorb Front") is None
    True
    """
    connectors = {str(w).lower() for w in settings()["connectors"]}
    words = [w.strip("'’\".,()") for w in _SPLIT.split(name)]
    words = [w for w in words if w and w[0].isalpha()]
    head = None
    for i, word in enumerate(words):
        if word.lower() in connectors:
            break
        head = i
    content = [w for i, w in enumerate(words) if w.lower() not in connectors and i != head]
    if head is None or len(content) < 2 or not words[head][0].isupper():
        return None
    return words[head][0].upper() + _letters("".join(w[0] for w in content))


CONFLICT_TYPES = frozenset(
    "armed_group faction shura party government military intelligence police".split()
)
"""Actor types of a conflict: armed groups, parties and state bodies."""
CONFLICT_DATASETS = frozenset({"un", "ofac", "ucdp", "mmp"})
"""``external`` keys of the datasets of conflict and sanctions: an actor one of them lists
(a charity the UN designates as a front) is a party to a conflict."""


def outside_conflict(entity: Any, kb: Any) -> bool:
    """Is ``entity`` an organisation tied to no conflict: a company, an NGO, a club of a broad
    world list (PETRARCH-2's Phoenix international dictionary) that no conflict or sanctions
    dataset lists and that no relation joins to an armed group, a party or a state body?

    Such an organisation's initials are no name of it in reports about armed groups: "FAN",
    "STC", "ICP" are other actors' letters there (kb43). Its full name still resolves, and a
    document that spells it out before the letters ("... Corporation (STC)") still defines
    them (:mod:`riftwatch.nlp.acronyms`).

    >>> from riftwatch.nlp.extract import _resolver
    >>> kb = _resolver().kb
    >>> outside_conflict(kb.get("org:sensient-technologies-corporation"), kb)
    True
    >>> outside_conflict(kb.get("org:al-rashid-trust"), kb)  # a designated front
    False
    """
    if entity.type != "organization" or set(entity.external) & CONFLICT_DATASETS:
        return False
    ties = [*entity.relations, *kb.relations(entity.id, incoming=True)]
    for rel in ties:
        other = kb.find(rel.target if rel.target != entity.id else rel.subject)
        if other is not None and other.type in CONFLICT_TYPES:
            return False
    return True


@cache
def default_index() -> Initialisms:
    """The index over the default knowledge base (names and official/transliterated aliases)."""
    from riftwatch.nlp.extract import _resolver

    kb = _resolver().kb
    rows = []
    known = set()
    weak_sources = set(settings().get("weak_sources") or ())
    weak = []
    for ent in kb:
        # a collective alias ("Pakistani Taliban militants") is the group's men, not a name
        # whose letters anyone abbreviates: it gave "PTM" to the TTP (heads10)
        spelled = ("abbreviation", "acronym", "collective")
        names = tuple(a.name for a in ent.aliases
                      if a.kind not in spelled and not a.case_sensitive)  # fmt: skip
        known.update(a.name for a in ent.aliases if len(a.name) <= 8)
        if outside_conflict(ent, kb):
            continue  # a company's or an NGO's letters are other actors' in conflict reports
        rows.append((ent.id, ent.name, ent.type, names))
        if ent.sources and set(ent.sources) <= weak_sources:
            weak.append(ent.id)
    return Initialisms(rows, known, weak)


def find(text: str, free: Any, fits: Any = None, sure: Any = None) -> list[tuple[int, int, Any]]:
    """(start, end, entity) of each capitalised token in ``text`` that abbreviates one known
    group and that ``free(start, end)`` allows (nothing else was found there). A text written
    all in capitals (a shouted headline) has no initialisms to read. ``fits(entity)``: whether
    the group may be meant in this document (mmp13: "MEI" in a text about Algerian groups is
    not the Indonesian "Mujahidin of Eastern Indonesia"; see ``extract._fits_document``);
    ``sure(entity)``: whether the document is about the group's country or a group related to
    it, for letters that spell its name only in another word order (:meth:`Initialisms.reordered`;
    without it they are not read)."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return []
    index = default_index()
    from riftwatch.nlp.extract import _resolver

    kb = _resolver().kb
    out = []
    for m in _TOKEN.finditer(text):
        token = m.group(1)
        if sum(c.isupper() for c in token) < 2 or not free(m.start(1), m.end(1)):
            continue
        ident = index.lookup(token)
        entity = kb.find(ident) if ident else None
        if entity is None:
            # letters in another word order are a weaker reading: only a group of a country
            # the document is about, or related to a group it names (``sure``)
            meant = [e for i in index.reordered(token) if sure is not None
                     for e in [kb.find(i)] if e is not None and sure(e)]  # fmt: skip
            if len(meant) != 1:
                continue
            entity = meant[0]
        if fits is not None and not fits(entity):
            continue
        out.append((m.start(1), m.end(1), entity))
    return out


__all__ = [
    "CONFLICT_TYPES",
    "INITIALS_OF_KNOWN",
    "Initialisms",
    "default_index",
    "find",
    "initials",
    "noun_first",
    "outside_conflict",
    "settings",
]
