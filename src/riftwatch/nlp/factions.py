"""Faction names built on a group's name: the whole compound is one actor.

Splits are named after the group they leave, with a qualifier joined to its name or its
initials: "the ZPLA-In Opposition", "ZPLA-Nasir", "the Zorbland Liberation Army-Abdul Kobo",
"ZNCN (Kobo-Tarka)", "Neo-ZMB", "the ZNU/ZNLA Peace Council". Read as the group's name and a
stray word, the faction's break with its parent is invisible (both sides are the parent). So,
in a sentence:

- a group's name (found by the other passes, or a run of capitals such as "ZPLA") followed,
  without a space, by a dash and up to three capitalised words ("-In Opposition",
  "-Independent", "-Kobo Tarka") is one actor;
- likewise followed by a space and such words in parentheses ("ZNCN (Kobo-Tarka)"), unless
  they spell out the initials before them or are written in capitals (an acronym's gloss or
  definition: "ZPLA (Zorbland People's Liberation Army)", "... Army (ZPLA)");
- a prefix of :file:`lexicon/factions.yaml` and a dash before a group's name ("Neo-ZMB");
- two names joined by "/" where the second is a name no knowledge base holds ("ZNU/ZNLA
  Peace Council").

The qualifier must not be another actor the knowledge base knows as a group, state or
country ("Hamas-Fatah talks", "al-Zorb (Egypt)") and must not open on a word that says what
the group is rather than which one ("UN-Backed", "Formerly ..."; the stop words of the data
file). A compound the knowledge base knows ("NSCN-K") is that group; any other is an open
actor named as written.

>>> hit = find("Rebels formed the ZPLA-In Opposition.", [], lambda n: None)
>>> [(t, a.id) for s, e, a in hit for t in ["Rebels formed the ZPLA-In Opposition."[s:e]]]
[('ZPLA-In Opposition', 'open:zpla-in-opposition')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import yaml

from riftwatch.actors.normalize import norm
from riftwatch.actors.open import GROUP_WORDS, open_id

Span = tuple[int, int, Any]

_ACRONYM = re.compile(r"(?<![\w/])[A-Z](?:[a-z]?[A-Z])+(?![\w])")
_QWORD = r"[A-Z][\w'’]*(?:[.\-][A-Za-z][\w'’]*)*"
_GROUPISH = frozenset({"armed_group", "faction", "shura", "party", "organization", "tribe"})
_DATELINE = re.compile(r"\s*[-–—:]")  # "KABUL (Reuters) - ...": a dateline and its agency
_NOT_QUALIFIER = frozenset({"country", "government", "military", "police", "intelligence"})


@cache
def settings() -> dict[str, Any]:
    """The data file :file:`lexicon/factions.yaml`, parsed."""
    text = resources.files("riftwatch.nlp.lexicon").joinpath("factions.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    data["qualifier_stop_words"] = {w.lower() for w in data["qualifier_stop_words"]}
    data["prefixes"] = [str(p) for p in data["prefixes"]]
    return data


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    n = int(settings()["max_qualifier_words"])
    words = rf"{_QWORD}(?: {_QWORD}){{0,{n - 1}}}"
    dash = re.compile(rf"[-–]({words})(?![\w'’\-])")
    paren = re.compile(rf" \(({words})\)")
    prefix = re.compile(
        r"(?<![\w\-])(?:" + "|".join(re.escape(p) for p in settings()["prefixes"]) + r")[-‐‑]$"
    )
    return dash, paren, prefix


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", words) if w and w[0].isupper())


def _qualifier_ok(
    qualifier: str, resolve: Callable[[str], Any], head: str, glossed: bool = False
) -> bool:
    """``qualifier`` names which faction, not another party nor what the group is."""
    first = re.split(r"[\s\-]+", qualifier)[0]
    low = first.lower().strip(".")
    if low in settings()["qualifier_stop_words"] or (low.endswith("ed") and len(low) > 4):
        return False
    if glossed and (
        qualifier.isupper()
        or _initials(qualifier).upper() == head.upper()
        or (" " not in qualifier and "-" not in qualifier and sum(map(str.isupper, qualifier)) > 1)
    ):
        return False  # "ZPLA (Zorbland People's Liberation Army)", "... Army (ZPLA)", "(ZeK)"
    if glossed and " " in qualifier and GROUP_WORDS & set(norm(qualifier).split()):
        # "Liwa Zorbat al-Kestrel (Kestrel Martyrs Brigade)": a name of several words with a
        # group word in the parentheses is the group's other name (a translation), which
        # the document binds to it (nlp/acronyms.py), not a faction's qualifier (names39)
        return False
    for part in {qualifier, first}:
        hit = resolve(part)
        if hit is not None and (
            getattr(hit, "type", None) in _GROUPISH | _NOT_QUALIFIER
            or (glossed and getattr(hit, "type", None) == "place")
        ):
            return False
    return True


def _own_leader(qualifier: str, head: Any, organization: Callable[[str], Any] | None) -> bool:
    """Whether the bracketed ``qualifier`` names a person the knowledge base holds as acting
    for the group ``head`` (``organization(name)`` gives the group a name acts for at the
    date): "Lashkar-e-Taiba (Hafiz Saeed)", "Tehrik-i-Taliban Pakistan (Noor Wali Mehsud)"
    gloss the group with its leader, they name no faction. A leader the knowledge base
    does not tie to that group ("Hizb-i-Islami (Khalis)") still names a faction (written26).

    >>> from types import SimpleNamespace as N
    >>> let = N(id="org:let")
    >>> _own_leader("Hafiz Saeed", let, lambda w: let if w == "Hafiz Saeed" else None)
    True
    >>> _own_leader("Abdul Kobo", let, lambda w: None)
    False
    """
    if organization is None or head is None:
        return False
    org = organization(qualifier)
    return org is not None and getattr(org, "id", None) == getattr(head, "id", None)


def find(
    text: str,
    found: list[Span],
    resolve: Callable[[str], Any],
    organization: Callable[[str], Any] | None = None,
) -> list[Span]:
    """The faction compounds of ``text`` (spans of ``found``, the actors found so far, that
    they cover are to be dropped); ``resolve(name)`` gives a knowledge-base actor or None,
    ``organization(name)`` the group a knowledge-base name acts for (a leader's group), or
    None."""
    if not text or text.isupper():
        return []
    dash, paren, prefix = _patterns()
    heads: list[tuple[int, int, Any]] = [
        (s, e, a) for s, e, a in found if getattr(a, "type", None) in _GROUPISH
    ]
    covered = [(s, e) for s, e, _a in found]
    longest = int(settings()["max_acronym_letters"])
    for m in _ACRONYM.finditer(text):
        if len(m.group(0)) > longest or not all(m.end() <= s or m.start() >= e for s, e in covered):
            continue
        known = resolve(m.group(0))
        if known is not None and getattr(known, "type", None) not in _GROUPISH:
            continue  # "GAZA (Reuters) -": a place's name in capitals, no group's initials
        heads.append((m.start(), m.end(), None))
    out: list[Span] = []
    taken: list[tuple[int, int]] = []
    for start, end, _head in sorted(heads, key=lambda h: h[0]):
        head = text[start:end]
        span: tuple[int, int] | None = None
        pm = prefix.search(text, 0, start)
        m = dash.match(text, end)
        p = paren.match(text, end)
        if pm is not None:
            span = (pm.start(), end)
        elif m is not None and _qualifier_ok(m.group(1), resolve, head):
            span = (start, m.end())
        elif (
            p is not None
            and not _DATELINE.match(text, p.end())
            and _qualifier_ok(p.group(1), resolve, head, glossed=True)
            and not _own_leader(
                p.group(1), _head if _head is not None else resolve(head), organization
            )  # fmt: skip
        ):
            span = (start, p.end())
        elif text[end : end + 1] == "/":
            nxt = [
                (s, e, a) for s, e, a in found
                if s == end + 1 and str(getattr(a, "how", "")).startswith("open")
                and getattr(a, "type", None) in _GROUPISH
            ]  # fmt: skip
            if nxt:
                span = (start, nxt[0][1])
        if span is None:
            continue
        s, e = span
        # a name found across the compound's edge ("the X-Y Front") is left as it is
        if any(a < e and b > s and (a < s or b > e) for a, b in covered):
            continue
        if any(a < e and b > s for a, b in taken):
            continue
        surface = text[s:e]
        known = resolve(surface)
        if known is not None and getattr(known, "type", None) in _GROUPISH:
            actor = _actor(known.id, known.name, surface, known.type, "kb: faction compound")
        else:
            actor = _actor(
                open_id(surface), surface, surface, "armed_group",
                f"open: faction named after '{head}'",
            )  # fmt: skip
            parent = _head if _head is not None else resolve(head)
            if parent is not None and getattr(parent, "type", None) in _GROUPISH:
                if _head is None:
                    parent = _actor(parent.id, parent.name, head, parent.type, "kb")
                if parent.key() != actor.key():
                    actor.parent = parent
        out.append((s, e, actor))
        taken.append((s, e))
    return out


def _actor(ident: str, name: str, mention: str, type_: str, how: str) -> Any:
    from riftwatch.nlp.code import Actor

    return Actor(id=ident, name=name, mention=mention, type=type_, org_id=ident,
                 org_name=name, how=how)  # fmt: skip
