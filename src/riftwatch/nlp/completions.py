"""A faction or sister group named by the part of its name that differs from a group the
document named (sides19).

Descriptions name a split by what sets it apart from the group already named: "Zorb left the
Popular Front for the Liberation of Kestrel and formed the General Command" (the knowledge
base's "Popular Front for the Liberation of Kestrel - General Command"), "the Walter Zorb
column of the Red Kestrels" ("Red Kestrels Walter Zorb"), "founded the Democratic Front"
after the Popular Front for the Liberation of Kestrel ("Democratic Front for the Liberation
of Kestrel"), "the Independent ZNPF" ("Independent Zorbland National Patriotic Front"). For
a run of capitalised words that no other actor covers (or that only an open name covers),
and each group the document has named (the latest first), the completed names are tried on
the knowledge base:

- the group's name and the run ("Red Kestrels" + "Walter Zorb"), also without the run's
  last word when that is a group head word ("Walter Zorb Brigade");
- the run and the tail of the group's name from its first connecting word ("Democratic
  Front" + "for the Liberation of Kestrel");
- the run and the group's name, for a run written right before that name ("Independent" +
  "ZNPF").

Only an exact (or spelled-out initials) match on another group of the knowledge base counts:
the completed name must be a name someone gave that group, so a place or a person after a
group's name ("Hamas Gaza", "Hamas Zorb Kobo") completes nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from riftwatch.nlp.derived import Derived

Span = tuple[int, int, Any]

_GROUPISH = frozenset({"armed_group", "faction", "shura", "party", "organization", "tribe"})
_WORD = r"[A-Z][\w'’\-]*"
_RUN = re.compile(rf"(?<![\w'’\-]){_WORD}(?: {_WORD}){{0,3}}")
_CONNECTOR = re.compile(r"\s(?:for|of)\s", re.IGNORECASE)
_ACCEPT = ("exact", "spelled")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")  # initials written in the text itself
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|into|across|around|throughout|inside|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@cache
def _locative() -> re.Pattern[str]:
    """:data:`_LOCATIVE` with up to two direction words between the preposition and the run
    ("tribesmen in north Sinai", "in restive northern Sinai"; headline.yaml
    ``locative_directions``, the words ``context`` reads for "in northwest Pakistan")."""
    from riftwatch.nlp.headline import _data as headline_data

    words = headline_data().get("locative_directions") or ()
    if not words:
        return _LOCATIVE
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(
        r"\b(?:in|at|near|into|across|around|throughout|inside|outside)\s+(?:the\s+)?"
        rf"(?:(?:{alt})\s+){{0,2}}$",
        re.IGNORECASE,
    )


@cache
def _heads() -> frozenset[str]:
    from riftwatch.nlp.shortforms import settings

    return frozenset(str(w).lower() for w in settings()["heads"]) | {
        "column", "wing", "faction", "brigade", "brigades", "cell",
    }  # fmt: skip


@cache
def _names(ident: str, name: str) -> tuple[str, ...]:
    """The group's name and its first few English-written aliases ("NPFL", "National
    Patriotic Front of Liberia")."""
    from riftwatch.actors.kb import default_kb

    ent = default_kb().find(ident)
    aliases = [str(getattr(a, "name", a)) for a in (ent.aliases if ent is not None else ())]
    out = dict.fromkeys([name, *(a for a in aliases if a.isascii() and "/" not in a)])
    return tuple(list(out)[:4])


def _candidates(run: str, group: Any, before_name: bool) -> list[str]:
    out: list[str] = []
    words = run.split()
    for name in _names(str(group.key()), str(group.org_name or group.name)):
        if before_name:
            out.append(f"{run} {name}")
            continue
        out.append(f"{name} {run}")
        if len(words) > 1 and words[-1].lower() in _heads():
            out.append(f"{name} {' '.join(words[:-1])}")
        tail = _CONNECTOR.search(name)
        if tail is not None and words[-1].lower() in _heads():
            out.append(f"{run}{name[tail.start() :]}")
    return list(dict.fromkeys(out))


def _qualified(exact: Any, base: str) -> dict[str, frozenset[str]]:
    """Entity id -> the words after ``base`` (a normalised name) in the knowledge base's
    names that run on from it by up to three words ("... Nagaland-Isak-Muivah")."""
    key = (id(exact), base)
    hit = _QUALIFIED.get(key)
    if hit is not None:
        return hit
    out: dict[str, set[str]] = {}
    if len(_QUALIFIED) > 4096:
        _QUALIFIED.clear()
    names = _sorted_names(exact)
    prefix = f"{base} "
    for j in range(bisect_left(names, prefix), len(names)):
        name = names[j]
        if not name.startswith(prefix):
            break  # sorted: the names that run on from ``base`` are side by side
        rest = name[len(prefix) :].split()
        if not 0 < len(rest) <= 3:
            continue
        for alias in exact[name]:
            out.setdefault(alias.entity_id, set()).update(rest)
    _QUALIFIED[key] = {k: frozenset(v) for k, v in out.items()}
    return _QUALIFIED[key]


_QUALIFIED: dict[tuple[int, str], dict[str, frozenset[str]]] = {}
_sorted_names: Derived[Any, list[str]] = Derived(sorted, size=len)
"""The names of the resolver's ``exact`` index, sorted (once an index and size), so that the
names running on from a base are found by bisection."""


def _by_qualifier(run: str, group: Any, exact: Any, norm: Callable[[str], str]) -> str | None:
    """The one faction of ``group`` whose name's qualifier holds every word of ``run``
    ("Muivah" for "... Nagaland-Isak-Muivah"), else None."""
    from riftwatch.nlp.shortforms import settings

    words = set(norm(run).split())
    plain = settings()["generic"] | settings()["connectors"]
    if not words or len(words) > 2 or any(w in plain or len(w) < 3 for w in words):
        return None  # "In ...", "Islamic": no leader's or faction's own name
    hits = {
        ident
        for name in _names(str(group.key()), str(group.org_name or group.name))
        for ident, quals in _qualified(exact, norm(name)).items()
        if words <= quals and ident != group.key()
    }
    return next(iter(hits)) if len(hits) == 1 else None


def find(
    text: str,
    found: list[Span],
    named: list[Any],
    resolve: Callable[[str], Any],
    exact: Any = None,
    possible: Callable[[str], bool] | None = None,
) -> list[Span]:
    """The completed names of ``text``: (start, end, actor) for runs of capitalised words
    that, with a group of ``named`` (the document's groups so far, oldest first) or one
    found in the sentence, are a knowledge-base group's name. ``resolve(name)`` gives a
    resolution (``actor``, ``reason``); ``possible(name)``, when given, says whether an exact
    or spelled-out match is possible at all (a cheap test that spares the resolution)."""
    from riftwatch.nlp.code import Actor

    if not text or text.isupper():
        return []
    here = sorted(((s, e, a) for s, e, a in found if a.type in _GROUPISH), key=lambda x: x[0])
    groups: list[Any] = []
    for a in [*named, *(a for _s, _e, a in here)][::-1]:
        if a.type in _GROUPISH and all(a.key() != g.key() for g in groups):
            groups.append(a)
    if not groups:
        return []
    out: list[Span] = []
    for m in _RUN.finditer(text):
        start, end = m.span()
        if m.group(0).lower().startswith("the "):
            start += 4
        while start < end and text[start:end].split()[0].lower() == "the":
            start += 4
        if start >= end:
            continue
        later = [s for s, _e, _a in found if start < s < end]
        if later:  # "the Independent ZNPF": the run stops before a name found inside it
            end = min(later)
            while end > start and text[end - 1] == " ":
                end -= 1
        if start >= end:
            continue
        overlap = [(s, e, a) for s, e, a in found if s < end and e > start]
        own = len(overlap) == 1 and (overlap[0][0], overlap[0][1]) == (start, end)
        if overlap and not (own and str(overlap[0][2].how).startswith("open")):
            continue
        if text[start:end].endswith(("'s", "’s")):
            end -= 2  # "Kobo's men": the name, not its possessive ending
        run = text[start:end]
        if all(word.lower() in STOP_WORDS for word in run.split()):
            continue  # "A senior official said ...": a capitalised article names nothing
        if _locative().search(text, 0, start):
            continue  # "attacked troops in (north) Sinai": where, not a branch named "Sinai"
        alone = getattr(resolve(run), "actor", None)
        if alone is not None and alone.type in ("place", "country", "person"):
            continue  # a known place or person is no part of a group's name here
        tries: list[tuple[int, int, str, Any]] = []
        nxt = next((f for f in here if f[0] == end + 1), None)
        if nxt is not None and text[end] == " ":
            # "the Independent ZNPF": the run and the group's name after it
            tries += [(start, nxt[1], c, nxt[2]) for c in _candidates(run, nxt[2], True)]
        tries += [(start, end, c, g) for g in groups for c in _candidates(run, g, False)]
        for s, e, cand, group in tries:
            if possible is not None and not possible(cand):
                continue  # no exact or spelled-out name: resolving it could not be accepted
            res = resolve(cand)
            hit = getattr(res, "actor", None)
            if (
                hit is None
                or hit.type not in _GROUPISH
                or hit.id == group.key()
                or not str(getattr(res, "reason", "")).startswith(_ACCEPT)
                or (
                    str(getattr(res, "reason", "")).startswith("spelled")
                    and not _ACRONYM.search(text[s:e])
                )
            ):
                continue  # full words whose initials spell a known abbreviation by chance
                # ("Islamic State of Iraq" + "Source": I-S-I-S) name nothing
            org = getattr(res, "organization", None) or hit
            out.append((s, e, Actor(
                id=hit.id, name=hit.name, mention=text[s:e], type=hit.type, org_id=org.id,
                org_name=org.name, how=f"completed name: '{cand}'",
            )))  # fmt: skip
            break
        else:
            if exact is None or alone is not None:
                continue  # a name known as anything else is no faction's qualifier
            # "Kobo's men" beside the "Zorb Front": the Zorb Front's faction whose name ends
            # in his name ("Zorb Front-Tarka-Kobo"), when it is the only one
            from riftwatch.actors.kb import default_kb
            from riftwatch.actors.normalize import norm

            for group in groups:
                ident = _by_qualifier(run, group, exact, norm)
                hit = default_kb().find(ident) if ident else None
                if hit is None or hit.type not in _GROUPISH:
                    continue
                out.append((start, end, Actor(
                    id=hit.id, name=hit.name, mention=run, type=hit.type, org_id=hit.id,
                    org_name=hit.name, how=f"faction of {group.name} named after '{run}'",
                )))  # fmt: skip
                break
    return out
