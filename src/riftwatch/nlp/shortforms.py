"""Short forms of a group's name that a document uses after naming it in full.

Relationship descriptions name a group once in full and then shorten it: "Jama'at Nusrat
al-Islam wal-Muslimin ... Nusrat al-Islam", "the Syrian Revolutionaries Front ... the Front
... SRF". Within one document, after a group is named, these stand for it:

- a run of two or more words of its name, opening and closing on a capitalised word, from the
  name's first or second word, with no connecting word ("of", "in") inside, and at least one
  word that is not generic (:file:`lexicon/shortforms.yaml`: "Nusrat al-Islam", not
  "Islamic State"), where the knowledge base does not know the run as another actor;
- "the" and a capitalised head noun of its name ("the Front", "the Brigades"): the most
  recent group whose name has that head;
- the initials of its name as a capitalised token ("SRF"), where nothing else was found there.

Only text no other actor covers is taken (a name the knowledge base knows keeps its reading),
and the most recent group wins where two qualify.

>>> from riftwatch.nlp.code import Actor
>>> srf = Actor(id="open:srf", name="Syrian Revolutionaries Front", type="armed_group",
...             mention="Syrian Revolutionaries Front", org_id="open:srf")
>>> text = "The Front and SRF fighters left."
>>> [(text[s:e], a.id) for s, e, a in find(text, [srf], lambda s, e: True, lambda n: None)]
[('Front', 'open:srf'), ('SRF', 'open:srf')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

Span = tuple[int, int, Any]
_WORD = re.compile(r"[\w'’\-]+")
_CALENDAR = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)
_ARTICLE = re.compile(r"^(?:al|el|wal|ul|an|ash|as|ad|ar|at|az)[-‐‑]", re.IGNORECASE)


@cache
def settings() -> dict[str, Any]:
    """The data file :file:`lexicon/shortforms.yaml`, parsed."""
    text = resources.files("riftwatch.nlp.lexicon").joinpath("shortforms.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    data["generic"] = {w.lower() for w in data["generic"]}
    data["connectors"] = {w.lower() for w in data["connectors"]}
    data["peoples"] = {w.lower() for w in data.get("peoples") or ()}
    return data


def _capital(word: str) -> bool:
    """ "Nusrat", "al-Islam" (a capital after the article) but not "of"."""
    core = re.sub(r"^(?:al|el|wal|ul|an|ash|as|ad|ar|at|az)[-‐‑]", "", word)
    return core[:1].isupper()


def runs(name: str) -> list[str]:
    """The short forms a name gives: runs of two or more of its words, opening and closing on
    a capitalised word, from its first or second word, with no connecting word inside, with a
    word that is not generic, shorter than the name.

    >>> runs("Jama'at Nusrat al-Islam wal-Muslimin")[:3]
    ["Jama'at Nusrat al-Islam", "Jama'at Nusrat", 'Nusrat al-Islam wal-Muslimin']
    >>> runs("Islamic State in the Greater Sahara")
    []
    """
    cfg = settings()
    words = _WORD.findall(name)
    out = []
    for i in range(min(2, len(words))):  # a short form keeps the name's opening
        for j in range(len(words), i + 1, -1):
            part = words[i:j]
            if len(part) == len(words) or len(part) < 2:
                continue
            if any(w.lower() in cfg["connectors"] for w in part):
                continue  # "State in the Greater Sahara": not a name's short form
            if not (_capital(part[0]) and _capital(part[-1])):
                continue
            if part[0].lower() in cfg["connectors"] or part[-1].lower() in cfg["connectors"]:
                continue
            if all(w.lower() in cfg["generic"] for w in part):
                continue
            out.append(" ".join(part))
    return out


def initials(name: str) -> str:
    """The capital letters that open the name's capitalised words ("SRF", "JNIM")."""
    letters = []
    for word in _WORD.findall(name):
        core = re.sub(r"^(?:al|el|wal|ul|an|ash|as|ad|ar|at|az)[-‐‑]", "", word)
        if core[:1].isupper():
            letters.append(core[0])
    return "".join(letters)


def distinctive_word(name: str) -> str | None:
    """The one word of a name that, alone, can stand for it later in a document: its only
    capitalised word that is not generic (:file:`lexicon/shortforms.yaml`), not a common
    English word, and of four letters or more, before any "of"/"in"/"for", without an
    Arabic article ("Tawhid" of "Liwa al-Tawhid", "Ahrar" of "Ahrar al-Sham"); None when the
    name has none or several ("Jund al-Aqsa Martyrs"), or is one word.

    >>> distinctive_word("Liwa al-Tawhid"), distinctive_word("Ahrar al-Sham")
    ('Tawhid', 'Ahrar')
    >>> distinctive_word("Red Brigades"), distinctive_word("Islamic State in the Greater Sahara")
    (None, None)
    """
    from riftwatch.actors.resolve import common_word

    cfg = settings()
    words = _WORD.findall(name)
    if len(words) < 2:
        return None
    found = []
    for word in words:
        if word.lower() in ("of", "in", "for"):
            break  # "... in the Greater Sahara": where, not which group
        core = _ARTICLE.sub("", word)
        if not core[:1].isupper() or word.lower() in cfg["generic"]:
            continue
        if core.lower() in cfg["generic"] or core.lower() in cfg["connectors"]:
            continue
        found.append(core)
    if len(found) != 1:
        return None
    word = found[0]
    if len(word) < 4 or not word.isalpha() or word.isupper() or common_word(word):
        return None
    return word


def _named_before(group: Any, groups: list[Any], at: list[int], start: int) -> bool:
    """Was ``group`` named before offset ``start`` (in an earlier sentence, or earlier in
    this one)?"""
    key = group.org_id or group.id
    return any(
        (g.org_id or g.id) == key and where < start for g, where in zip(groups, at, strict=True)
    )


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` part of a longer capitalised name (a capitalised
    word right before it, or right after it)?"""
    before = re.search(r"([\w'’\-]+)\s+$", text[:start])
    after = re.match(r"(?:['’]s)?\s+([\w'’\-]+)", text[end:])
    if after and after.group(1)[:1].isupper():
        return True
    if before and before.group(1)[:1].isupper() and not _CALENDAR.match(before.group(1)):
        head = text[: before.start(1)].rstrip()
        return not (head == "" or head.endswith((".", "!", "?", ":", ";")))
    return False


def _runs_on(text: str, end: int) -> bool:
    """Does a capitalised name run on after ``end`` ("the Zorblan People's Democratic Party"
    after the "Zorblan People's Revolutionary Front": the opening words two names share are
    no short form of the first; sides20)? A month or weekday after it is no name's word.

    >>> _runs_on("founded the Zorblan People's Democratic Party", 28)
    True
    >>> _runs_on("the Zorblan People's men attacked", 20), _runs_on("Zorblan People Monday", 14)
    (False, False)
    """
    after = re.match(r"(?:['’]s)?\s+([\w'’\-]+)", text[end:])
    return bool(after and after.group(1)[:1].isupper() and not _CALENDAR.match(after.group(1)))


def _as(actor: Any, mention: str, full: str) -> Any:
    return type(actor)(**{**actor.__dict__, "mention": mention,
                          "how": f"short form of {full} named before"})  # fmt: skip


@lru_cache(maxsize=16)
def _heads_re(heads: tuple[str, ...]) -> re.Pattern[str]:
    """ "the Front", "the Movement": a head noun of the settings after "the", not the start of
    a name of its own ("the Front for ...")."""
    alts = "|".join(re.escape(h) for h in heads)
    return re.compile(rf"\b[Tt]he\s+({alts})\b(?!\s+(?:of|for)\b)")


def find(
    text: str,
    groups: list[Any],
    free: Callable[[int, int], bool],
    resolve: Callable[[str], Any],
    at: list[int] | None = None,
) -> list[Span]:
    """Spans of ``text`` that are short forms of ``groups`` (named before, most recent
    last). ``free(start, end)`` says no other actor covers the span; ``resolve(name)`` gives
    the knowledge base's actor for a name, or None; ``at`` gives each group's offset in
    ``text`` (-1: named in an earlier sentence), so that "the Front" only takes a group named
    before it."""
    at = at if at is not None else [-1] * len(groups)
    cfg = settings()
    out: list[Span] = []
    taken: list[tuple[int, int]] = []

    def ok(s: int, e: int) -> bool:
        return free(s, e) and all(e <= a or s >= b for a, b in taken)

    seen: set[str] = set()
    for group in reversed(groups):
        key = group.org_id or group.id
        if key in seen:
            continue
        seen.add(key)
        names = {n for n in (group.mention, group.name) if n}
        for full in sorted(names, key=len, reverse=True):
            for run in runs(full):
                pattern = r"\s+".join(re.escape(w) for w in run.split())
                for m in re.finditer(rf"(?<![\w'’\-]){pattern}(?![\w'’\-])", text):
                    if not ok(m.start(), m.end()) or _runs_on(text, m.end()):
                        continue
                    other = resolve(run)
                    if other is not None and (getattr(other, "org_id", None) or other.id) != key:
                        continue  # "Islamic State" of "Islamic State in Libya": another group
                    out.append((m.start(), m.end(), _as(group, m.group(0), full)))
                    taken.append((m.start(), m.end()))
            word = distinctive_word(full)
            if word is not None:
                pattern = (
                    rf"(?<![\w'’\-])(?:[Aa][lnr][-‐‑])?{re.escape(word)}(?=['’]s\b|[^\w'’\-]|$)"
                )
                for m in re.finditer(pattern, text):
                    s, e = m.start(), m.end()
                    if not ok(s, e) or not _named_before(group, groups, at, s):
                        continue
                    if _in_longer_name(text, s, e):
                        continue  # "Ahrar Brigade": a name of its own
                    other = resolve(m.group(0))
                    if other is not None and (getattr(other, "org_id", None) or other.id) != key:
                        continue
                    out.append((s, e, _as(group, m.group(0), full)))
                    taken.append((s, e))
            letters = initials(full)
            if cfg["min_letters"] <= len(letters) <= cfg["max_letters"] and len(full.split()) > 1:
                for m in re.finditer(rf"(?<![\w'’\-]){letters}(?![\w\-])", text):
                    if ok(m.start(), m.end()):
                        out.append((m.start(), m.end(), _as(group, letters, full)))
                        taken.append((m.start(), m.end()))
    for m in _heads_re(tuple(cfg["heads"])).finditer(text):
        s, e = m.start(1), m.end(1)
        if not ok(s, e) or re.match(r"\s+[A-Z]", text[e:]):
            continue  # "the Front for X": a name of its own
        for group, where in reversed(list(zip(groups, at, strict=True))):
            if where >= m.start() or not group.mention:
                continue
            if m.group(1) in _WORD.findall(group.mention):  # the head the text gave it
                out.append((s, e, _as(group, m.group(1), group.name)))
                taken.append((s, e))
                break
    return sorted(out, key=lambda x: x[0])


def body_words(
    text: str,
    bodies: list[Any],
    free: Callable[[int, int], bool],
    resolve: Callable[[str], Any],
    at: list[int],
) -> list[Span]:
    """Spans of ``text`` that are "the" and one capitalised word of the name of a state or
    international body the document named before (``bodies``, most recent last, ``at`` their
    offsets as for :func:`find`; types :file:`lexicon/shortforms.yaml` ``body_types``): "the
    Treasury" after "the U.S. Treasury Department" is that department. The word is of four
    letters or more, not generic (``generic``), the knowledge base knows no other actor by it,
    it opens no longer name ("the Treasury Secretary" is a person's post, "the Department of
    State" a name of its own) and no locative
    preposition stands before "the" ("in the Treasury": a place; ``body_place_preps``). The
    most recent body whose name has the word wins.

    >>> from riftwatch.nlp.code import Actor
    >>> dept = Actor(id="org:t", name="Zorbia Treasury Department", type="government",
    ...              mention="Zorbia Treasury Department", org_id="org:t")
    >>> text = "The Treasury said it froze the accounts held in the Treasury vaults."
    >>> [(text[s:e], a.id) for s, e, a in body_words(text, [dept], lambda s, e: True,
    ...                                              lambda n: None, [-1])]
    [('Treasury', 'org:t')]
    """
    cfg = settings()
    types = set(cfg.get("body_types") or ())
    place_preps = {w.lower() for w in cfg.get("body_place_preps") or ()}
    out: list[Span] = []
    # "the Department of Defense": a name of its own, not the department named before
    for m in re.finditer(r"\b([Tt])he\s+([A-Z][a-z]{3,})\b(?!\s+(?:of|for)\b)", text):
        s, e = m.start(2), m.end(2)
        word = m.group(2)
        if word.lower() in cfg["generic"] or not free(s, e) or _runs_on(text, e):
            continue
        before = re.search(r"([\w'’\-]+)\s+$", text[: m.start()])
        if before and before.group(1).lower() in place_preps:
            continue  # "in the Treasury": a place
        for body, where in reversed(list(zip(bodies, at, strict=True))):
            if body.type not in types or where >= m.start():
                continue
            names = [n for n in (body.mention, body.name) if n]
            if not any(word in _WORD.findall(n) and n != word for n in names):
                continue
            other = resolve(word)
            key = body.org_id or body.id
            if other is not None and (getattr(other, "org_id", None) or other.id) != key:
                break  # a name of another actor
            out.append((s, e, _as(body, word, body.name)))
            break
    return out


__all__ = ["body_words", "find", "initials", "runs"]
