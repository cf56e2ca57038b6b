"""Corpus memory: person ties and acronyms one document tells, used by the others.

A collection of short documents (a file of relationship rows, the documents of one store)
often tells who leads a group in one document ("P, the founder of the Y") and names only
the person in another ("P's men clashed with Z"); or spells out "the Front for X (FX)" once
and writes "FX" alone elsewhere. Within one document :mod:`riftwatch.nlp.ties` and
:mod:`riftwatch.nlp.acronyms` settle such names; the corpus memory carries what each
document settled to the documents of the same corpus that do not settle the name
themselves.

The memory is built in a first pass over every document of the corpus (the document's own
ties and definitions, read without any memory), then each document is coded with it, so the
result does not depend on the order of the documents or on how they are batched:

- a document's own tie, denial or acronym definition always wins;
- a person's tie applies by date: the tie told by the latest document dated at or before
  this one, else by the earliest document after it (persons move between groups: the
  splinter leader is tied to his new group from the document that tells it); documents of
  the same date tying the person to different groups tie nothing; undated documents sort
  before every dated one;
- a full name is remembered; a single name (a surname, or a person named by one word) only
  when no two different full names of the corpus (tied or not) share it, and then it also
  names that one full name;
- an acronym is remembered only when every document defining it gives it the same actor.

The actor a memory tie or acronym makes records where it came from (its ``how``, exported
as ``resolved_by``: "person tied to Y in document D").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from riftwatch.actors.open import is_open
from riftwatch.nlp.code import Actor
from riftwatch.nlp.initialisms import INITIALS_OF_KNOWN
from riftwatch.nlp.ties import _names

VERSION = "memory.corpus.v3"

_UNDATED = ""


@dataclass(frozen=True)
class Lesson:
    """One document's ties (name -> group) and acronym definitions (acronym -> actor)."""

    doc_id: str
    date: str | None
    ties: dict[str, Actor] = field(default_factory=dict)
    acronyms: dict[str, Actor] = field(default_factory=dict)
    persons: frozenset[str] = frozenset()
    """full names (two words or more) of the persons the document names, tied or not"""
    label: str | None = None
    """the document's name for an analyst when it is not ``doc_id`` (a stored document's
    own id, not the store's row id): the provenance names it"""


class CorpusMemory:
    """Ties and acronyms learnt from a corpus's documents (see the module's docstring).

    >>> y = Actor(id="open:y", name="Y Front", mention="Y Front", type="armed_group")
    >>> z = Actor(id="open:z", name="Z Army", mention="Z Army", type="armed_group")
    >>> m = CorpusMemory([
    ...     Lesson("a", "2001-01-01", ties={"Kofi Ansa": y, "Ansa": y}),
    ...     Lesson("b", "2005-01-01", ties={"Kofi Ansa": z, "Ansa": z})])
    >>> m.ties_for("c", "2003-06-01")["Ansa"].how
    'person tied to Y Front in document a'
    >>> m.ties_for("c", "2006-01-01")["Kofi Ansa"].name
    'Z Army'
    >>> m.ties_for("c", "1999-01-01")["Kofi Ansa"].name
    'Y Front'
    >>> sorted(CorpusMemory([Lesson("d", "2001-01-01", ties={"commanders": y})]).ties_for(
    ...     "e", "2001-01-01"))  # a common noun is no name another document uses
    []
    """

    def __init__(self, lessons: list[Lesson]) -> None:
        # name -> [(date, doc id, group)]
        self._ties: dict[str, list[tuple[str, str, Actor]]] = defaultdict(list)
        self._acronyms: dict[str, list[tuple[str, Actor]]] = defaultdict(list)
        owners: dict[str, set[str]] = defaultdict(set)  # short name -> full names with it
        self._labels = {x.doc_id: x.label for x in lessons if x.label}
        for lesson in sorted(lessons, key=lambda x: (x.date or _UNDATED, x.doc_id)):
            for name, group in lesson.ties.items():
                if not any(c.isupper() for c in name):
                    # a common noun the document tied ("Al Qaeda's Arab commanders"): the
                    # commanders of another document are no one's by that word (written66)
                    continue
                self._ties[name].append((lesson.date or _UNDATED, lesson.doc_id, group))
            for full in (*lesson.ties, *lesson.persons):
                if " " in full:
                    for short in _names(full) - {full}:
                        owners[short].add(full)
            for acr, actor in lesson.acronyms.items():
                self._acronyms[acr].append((lesson.doc_id, actor))
        for name in list(self._ties):  # "Ansa" of both Kofi Ansa and Yaw Ansa: nobody
            if " " not in name and len(owners.get(name, ())) > 1:
                del self._ties[name]
        # a single name one full name owns also names that person in full ("Zubaidi" told,
        # "Aidarous al-Zubaidi" named elsewhere), unless the full name has ties of its own
        self._owner = {short: min(full) for short, full in owners.items()
                       if len(full) == 1 and short in self._ties
                       and min(full) not in self._ties}  # fmt: skip
        for acr, defs in list(self._acronyms.items()):
            spelt = [(d, a) for d, a in defs if not _bare_letters(acr, a)]
            if spelt and len(spelt) < len(defs):
                # "formed the KPLT" (an open actor named only by the letters) and "the Karbi
                # People's Liberation Tigers (KPLT)" elsewhere: the letters are the spelt-out
                # group's (replay18)
                self._acronyms[acr] = defs = spelt
            if len({a.org_id or a.id or a.name for _d, a in defs}) > 1:
                del self._acronyms[acr]  # defined differently: the memory does not know it

    def __bool__(self) -> bool:
        return bool(self._ties or self._acronyms)

    def ties_for(self, doc_id: str, date: str | None) -> dict[str, Actor]:
        """Name -> group actor (with its provenance) for a document of ``date``, from the
        other documents of the corpus."""
        when = date or _UNDATED
        out: dict[str, Actor] = {}
        for name, told in self._ties.items():
            others = [t for t in told if t[1] != doc_id]
            before = [t for t in others if t[0] <= when]
            pick = [t for t in before if t[0] == before[-1][0]] if before else []
            if not pick:
                after = [t for t in others if t[0] > when]
                pick = [t for t in after if t[0] == after[0][0]] if after else []
            if not pick or len({g.key() for _d, _i, g in pick}) > 1:
                continue  # never told, or told two ways on the same date
            _d, source, group = pick[0]
            out[name] = _from(group, self._labels.get(source, source), "person tied to")
        for short, full in self._owner.items():
            if short in out:
                out.setdefault(full, out[short])
        return out

    def touches(self, doc_id: str, date: str | None, text: str) -> bool:
        """Does the memory settle a name ``text`` uses (a person or an acronym another
        document told)? Only such documents read differently with the memory."""
        return any(n in text for n in self.ties_for(doc_id, date)) or any(
            a in text for a in self.acronyms_for(doc_id)
        )

    def acronyms_for(self, doc_id: str) -> dict[str, Actor]:
        """Acronym -> actor (with its provenance), from the other documents of the corpus."""
        out: dict[str, Actor] = {}
        for acr, defs in self._acronyms.items():
            others = [(d, a) for d, a in defs if d != doc_id]
            if others:
                source, actor = others[0]
                out[acr] = _from(
                    actor, self._labels.get(source, source), f"acronym {acr} defined as"
                )
        return out


def _bare_letters(acr: str, actor: Actor) -> bool:
    """Is ``actor`` an open actor named by the letters ``acr`` alone (a document that uses
    the letters without spelling them out), or the knowledge base's reading of the letters
    (lead46)? Either yields to a document that spells them out.

    >>> _bare_letters("ZPF", Actor(id="open:zpf", name="ZPF", mention="ZPF", type="armed_group"))
    True
    >>> _bare_letters("ZPF", Actor(id="open:zorb-people-front", name="Zorb People's Front",
    ...                            mention="Zorb People's Front", type="armed_group"))
    False
    """
    if actor.how == INITIALS_OF_KNOWN:
        return True  # letters a document read by the knowledge base's names, spelling none
    return is_open(actor.id) and (actor.org_name or actor.name) == acr


def _from(actor: Actor, doc_id: str, what: str) -> Actor:
    name = actor.org_name or actor.name
    return Actor(**{**actor.__dict__, "how": f"{what} {name} in document {doc_id}"})


_CUE = re.compile(
    r"\(\s*[A-Z][A-Za-z0-9'\-]{1,9}\s*\)|\(\s*(?:[Tt]he\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){1,3}"
    r"\s*\)|\b(?:leader|head|chief|founder|co-founder|commander|"
    r"emir|amir|chairman|lead|led|headed|founded|co-founded|formed|created|established|launched|"
    r"commanded|set\s+up|leads|heads|commands|ran|proclaimed|declared|announced|became|"
    r"renamed|known\s+as|called)\b|['\u2019]s\s",
    re.IGNORECASE,
)
"""A sentence that may tell a tie or define an acronym: only such sentences are parsed in
the first pass."""


def may_teach(text: str) -> bool:
    """Could this sentence tell a tie or define an acronym?

    >>> may_teach("Kofi Ansa, the founder of the Y Front, spoke."), may_teach("Rain fell.")
    (True, False)
    >>> may_teach("Liwa Zorbat (Zorb Martyrs Brigade) fought here.")  # a gloss (names39)
    True
    """
    return _CUE.search(text) is not None


def as_lesson_acronyms(known: dict[str, Actor]) -> dict[str, Actor]:
    """The acronyms and given names of a document's ``known`` map (what
    :func:`riftwatch.nlp.acronyms.apply` learnt), without the group names it also keeps."""
    from riftwatch.nlp.acronyms import CONNECTOR_SPELT, SPELLED

    # letters a document spelled out in a name of its own text teach no other document
    return {k: a for k, a in known.items()
            if (k not in (a.name, a.org_name, a.mention)
                or re.fullmatch(r"[A-Z][A-Z0-9\-]{1,9}", k))
            and not (a.how or "").startswith((SPELLED, CONNECTOR_SPELT))}  # fmt: skip


def merge_ties(own: dict[str, Actor], denied: dict[str, set[str]], remembered: dict[str, Actor],
               text_names: set[str]) -> dict[str, Actor]:  # fmt: skip
    """The document's ties with the remembered ones it does not settle itself: its own tie
    of a name wins, and a name it denies a group keeps no remembered tie to that group."""
    out = dict(own)
    for name, group in remembered.items():
        if name in out or name not in text_names:
            continue
        if group.key() in denied.get(name, ()):
            continue
        out[name] = group
    return out


def lessons_input(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents as the first pass reads them (id, text, date, source type)."""
    return [{k: d.get(k) for k in ("id", "text", "date", "source_type")} for d in docs]


__all__ = ["VERSION", "CorpusMemory", "Lesson", "may_teach", "merge_ties"]
