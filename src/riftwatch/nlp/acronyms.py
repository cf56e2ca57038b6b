"""Acronyms a document defines: "the Front for the Liberation of the South (FLS)".

Reports about armed groups name a group in full once, give its acronym in parentheses and
then use the acronym. The acronym then stands for that actor in the rest of the document,
whatever else the letters could mean (the knowledge base's "FLS", or an open actor of its
own): one group, one id. Only an actor that ends right before the parenthesis defines an
acronym, and only a short capitalised token counts as one.

>>> from riftwatch.nlp.extract import Actor
>>> front = Actor(id="open:front-x", name="Front X", mention="Front X", type="armed_group")
>>> text = "The Front X (FX) attacked."
>>> [(a, b.id) for a, b in defined(text, [(4, 11, front)]).items()]
[('FX', 'open:front-x')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from riftwatch.actors.open import is_open
from riftwatch.nlp.initialisms import INITIALS_OF_KNOWN

_DEFINED = re.compile(r"\s?\(\s*([A-Z][A-Za-z0-9'\-]{1,9})\s*\)")
_KINDS = frozenset(
    "armed_group faction shura government military intelligence police party organization "
    "collective tribe igo".split()
)


_NICKNAME = re.compile(
    r"(?:\s?\(\s*(?:[Tt]he\s+)?|,\s+(?:(?:also|better|commonly|widely|popularly)\s+)?"
    r"(?:known\s+as|called|nicknamed)\s+(?:the\s+)?)"
    r"([A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})(?=\s*[),.;]|\s+(?:and|or)\b)"
)
"""A name a document gives a group it has just named: "NAME (the Panthers)", "NAME, known
as Komal," (mmp13)."""


def _nickname(text: str, end: int, actor: Any) -> str | None:
    """The name the text gives the actor ending at ``end`` in a parenthesis or a "known as"
    apposition ("the Zorblan Islamic Group, known as Komal"), else None."""
    m = _NICKNAME.match(text, end)
    if m is None or m.group(1) == actor.mention or m.group(1) == actor.name:
        return None
    return m.group(1)


def defined(text: str, found: list[tuple[int, int, Any]]) -> dict[str, Any]:
    """Acronym -> actor for each "NAME (ACR)" in ``text`` whose NAME is a found actor; also
    the name the text gives it in a parenthesis or a "known as" apposition (mmp13).

    >>> from riftwatch.nlp.extract import Actor
    >>> g = Actor(id="open:zig", name="Zorblan Islamic Group", mention="Zorblan Islamic Group",
    ...           type="armed_group")
    >>> text = "The Zorblan Islamic Group, known as Komal, split."
    >>> [(a, b.id) for a, b in defined(text, [(4, 25, g)]).items()]
    [('Komal', 'open:zig')]
    >>> text = "The Zorblan Islamic Group (the Panthers) split."
    >>> [(a, b.id) for a, b in defined(text, [(4, 25, g)]).items()]
    [('Panthers', 'open:zig')]
    """
    out: dict[str, Any] = {}
    for _start, end, actor in found:
        if actor.type not in _KINDS:
            continue
        nick = _nickname(text, end, actor) if actor.type != "collective" else None
        if nick is not None:
            out[nick] = actor
            continue
        m = _DEFINED.match(text, end)
        if m is None:
            continue
        acr = m.group(1)
        letters = [c for c in acr if c.isupper()]
        if len(letters) >= 2 and acr.upper() != (actor.mention or "").upper():
            out[acr] = actor
    return out


def apply(text: str, found: list[tuple[int, int, Any]], known: dict[str, Any]) -> list:
    """``found`` with every use of a defined acronym standing for its actor.

    ``known`` (acronym -> actor) is updated with the acronyms this text defines, so a
    document's later sentences use them too. A mention found at exactly the acronym's span
    is replaced; an acronym nothing found is added.
    """
    out = _full_names(text, list(found), known)
    known.update(defined(text, out))
    for acr, actor in spelled(text, out).items():
        known.setdefault(acr, actor)  # a definition in parentheses wins over spelled letters
    for _s, _e, actor in out:
        # a new group's name learnt from its founding or splitting, or from "and" joining it
        # to a group, is that group wherever the document names it again (sides20)
        if (actor.how or "").startswith(_LEARNT):
            known.setdefault(actor.name, actor)
    out = _dotted(text, out, known)
    if not known:
        return out
    for acr, actor in known.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
            s, e = m.start(), m.end()
            stand = _as_mention(actor, acr)
            hit = [k for k, (a, b, x) in enumerate(out) if a == s and b == e
                   and (x.org_id or x.id) != (actor.org_id or actor.id)]  # fmt: skip
            if (actor.how or "").startswith(SPELLED):
                # letters the document spelled out only replace a guess from the knowledge
                # base's initials; a name the resolver knows by those letters stays
                hit = [k for k in hit if out[k][2].how == INITIALS_OF_KNOWN]
                if any(a == s and b == e for a, b, _x in out) and not hit:
                    continue
            if any(a == s and b == e for a, b, _x in out) and not hit:
                continue  # already that actor, as the text found it
            if hit:
                for k in hit:
                    out[k] = (s, e, stand)
                continue
            tail = [k for k, (a, b, x) in enumerate(out) if a == s and b > e
                    and _LOWER_TAIL.fullmatch(text, e, b)
                    and (x.org_id or x.id) != (actor.org_id or actor.id)]  # fmt: skip
            if tail and not (actor.how or "").startswith(SPELLED):
                # "Islah units", "KSC cadres" opened as a name of their own, or read by the
                # knowledge base's guess at the letters ("ISS fighters" as the Islamic State
                # after "the Islamic State in Somalia (ISS)": lead46): the defined name and
                # common nouns after it are the defined group (names39)
                for k in tail:
                    out[k] = (s, out[k][1], _as_mention(actor, text[s : out[k][1]]))
            elif all(e <= a or s >= b for a, b, _x in out):
                out.append((s, e, stand))
    return out


_LOWER_TAIL = re.compile(r"(?:\s+[a-z][\w\-]*){1,2}")
"""Common words after a defined name inside an open actor's name ("Islah units")."""


_LEARNT = ("open: name of a group founded or splitting", "open: name joined to the group")
"""``how`` of the open names :mod:`riftwatch.nlp.mentions` learns from the sentence around
them (``FOUNDED_NAME``, ``_joined_to_group``)"""
_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){3,9})(?![\w])")
"""Initials written with stops: "the Z.P.V.F." (three letters or more: "U.S." is a country's)"""
_PERSON_AFTER = re.compile(r"\s+[A-Z][a-z]")
"""a capitalised word after the initials: a person's ("J.R.K. Umbrov")"""


def _dotted(text: str, found: list, known: dict[str, Any]) -> list:
    """Initials written with stops stand for the actor the document gave those initials
    ("the Zorblan People's Volunteer Force (ZPVF) ... the Z.P.V.F.": sides20), where nothing
    else was found there. Initials before a capitalised word are a person's.

    >>> from riftwatch.nlp.extract import Actor
    >>> f = Actor(id="open:zpvf-x", name="ZPV Force", mention="ZPV Force", type="armed_group")
    >>> [(a.id, a.mention) for _s, _e, a in _dotted("Later the Z.P.V.F. split.", [], {"ZPVF": f})]
    [('open:zpvf-x', 'Z.P.V.F.')]
    >>> _dotted("Later the K.L.M. split.", [], {"ZPVF": f})
    []
    >>> _dotted("The writer Z.P.V.F. Umbrov spoke.", [], {"ZPVF": f})
    []
    """
    for m in _DOTTED.finditer(text):
        s, e = m.start(1), m.end(1)
        if any(a < e and s < b for a, b, _x in found) or _PERSON_AFTER.match(text, e):
            continue
        actor = known.get(m.group(1).replace(".", ""))
        if actor is not None:
            found.append((s, e, _as_mention(actor, m.group(1))))
    return found


_WORD = r"(?:[A-Z][\w'\-]*|al-[\w'\-]+)"


@cache
def _name_before() -> re.Pattern[str]:
    """A run of capitalised words joined by the connectors of ``lexicon/initialisms.yaml``
    ("Students for a Zorblan Society", "Front de la Liberation"), ending where the pattern
    is searched to."""
    from riftwatch.nlp.initialisms import settings

    words = sorted({str(w).lower() for w in settings()["connectors"]}, key=len, reverse=True)
    joins = "|".join(re.escape(w) for w in words)
    return re.compile(rf"{_WORD}(?:\s+(?:(?:{joins})\s+)*{_WORD})*\s*$")


def _spelling_tail(text: str, start: int, end: int, want: str) -> int:
    """Where the name whose initials ``want`` spells begins in the run ``text[start:end]``:
    ``start`` when the whole run spells it, else the first capitalised word from which the
    rest does ("Fighters of the Zorblan Kestrel Society (ZKS)": "Zorblan"; names21), else
    ``start``.

    >>> t = "Fighters of the Zorblan Kestrel Society"
    >>> t[_spelling_tail(t, 0, len(t), "ZKS"):]
    'Zorblan Kestrel Society'
    >>> _spelling_tail(t, 0, len(t), "ZK")
    0

    A run opening with an "al-" name whose letters the initials skip is two names joined
    ("al-Shabaab and the Zorb State in Kefra (ZSK)": "Zorb State in Kefra"; lead46):

    >>> t = "al-Shabaab and the Zorb State in Kefra"
    >>> t[_spelling_tail(t, 0, len(t), "ZSK"):]
    'Zorb State in Kefra'
    """
    if _initials(text[start:end]) == want and text[start : start + 1].isupper():
        return start
    for m in re.finditer(r"(?<!\S)[A-Z]", text[start:end]):
        at = start + m.start()
        if at > start and len(text[at:end].split()) >= 2 and _initials(text[at:end]) == want:
            return at
    return start


def _full_names(text: str, found: list, known: dict[str, Any]) -> list:
    """ "The Movement for Justice and Reconciliation (MJR)": where the acronym's letters are
    the initials of the capitalised name before it, that whole name is one actor (an open
    actor when nothing knows it), replacing shorter names found inside it (a known
    "Movement for Justice" is another group), also where one of them ends right before the
    parenthesis ("Reconciliation" alone, names39).

    >>> from riftwatch.nlp.extract import Actor
    >>> tail = Actor(id="open:e", name="Dignity Movement", mention="Dignity Movement",
    ...              type="armed_group")
    >>> text = "The Zorb Justice and Dignity Movement (ZJDM) left."
    >>> known = {}
    >>> [(text[s:e], a.id) for s, e, a in _full_names(text, [(21, 37, tail)], known)]
    [('Zorb Justice and Dignity Movement', 'open:zorb-justice-and-dignity-movement')]
    >>> known["ZJDM"].name
    'Zorb Justice and Dignity Movement'
    >>> [(text[s:e], a.id) for s, e, a in _full_names(text.replace("ZJDM", "DM"),
    ...                                                [(21, 37, tail)], {})]
    [('Dignity Movement', 'open:e')]
    """
    from riftwatch.actors.open import group_type, open_id

    for m in _DEFINED.finditer(text):
        acr = m.group(1)
        name = _name_before().search(text, 0, m.start())
        if name is None:
            continue
        start, end = name.start(), name.start() + len(name.group(0).rstrip())
        lead = re.match(r"(?:[Tt]he\s+)+", text[start:end])
        start += lead.end() if lead else 0
        start = _after_possessor(text, start, end, acr)
        start = _spelling_tail(text, start, end, "".join(c for c in acr if c.isupper()))
        full = text[start:end]
        initials = _initials(full)
        letters = "".join(c for c in acr if c.isupper())
        spelt_connector = initials != letters and letters in _connector_initials(full)
        if spelt_connector:
            initials = letters  # "the Familia do Norte (FDN)": the acronym spells "do" (mmp32)
        if len(initials) < 2 or initials != letters:
            # or the letters of the name head noun first, as the group's own language writes
            # them: "the Nationalist and Integrationist Front (FNI)" (names23)
            # (never over a name the knowledge base knows inside it: "Tehreek-e-Taliban in
            # Pakistan (TTP)" is the known group, its letters hyphenated)
            known_inside = any(start <= s and e <= end and not is_open(a.id) for s, e, a in found)
            initials = letters if _noun_first(full, letters) and not known_inside else ""
        before = [
            (s, e) for s, e, _a in found if e <= m.start() and not text[e : m.start()].strip()
        ]
        if before and not (initials and all(start < s for s, _e in before)):
            # an actor ends right before it: defined() takes that one, unless it is only the
            # end of the longer name whose initials the acronym spells ("the Justice and
            # Equality Movement (JEM)" found as "Equality Movement": names39)
            continue
        if not initials:
            continue
        actor = _kb_reading(full, acr)
        if actor is None:
            ident = open_id(full)
            actor = _actor_type()(id=ident, name=full, mention=full, type=group_type(full),
                                  org_id=ident, org_name=full,
                                  how=f"open: name defined with its acronym ({acr})")  # fmt: skip
            if spelt_connector:
                # letters read through a connector teach no other document (memory): another
                # text's "FDN" may be another group whose name spells it plainly
                actor = replace(actor, how=f"{CONNECTOR_SPELT} ({acr})")
        found = [f for f in found if f[1] <= start or f[0] >= end]
        found.append((start, end, actor))
        known[acr] = actor
    return found


def _kb_reading(full: str, acr: str) -> Any:
    """The knowledge base's group for a name a document defines with its acronym, where the
    knowledge base reads the whole name as one ("the Islamic State in Yemen (ISY)" is the
    Islamic State, as the same words are in a document that gives no acronym: one reading
    of one name across documents; lead46), else None.

    >>> _kb_reading("Islamic State in Yemen", "ISY").id
    'org:islamic-state'
    >>> _kb_reading("Zorb Front in Kefra", "ZFK") is None
    True
    """
    from riftwatch.nlp.extract import _actor_from, _resolver

    actor = _actor_from(
        _resolver().resolve(full), full, f"kb: name defined with its acronym ({acr})"
    )
    if actor is None or actor.type not in _KINDS or actor.type in ("collective", "tribe"):
        return None
    return actor


def _noun_first(name: str, letters: str) -> bool:
    """Are ``letters`` the initials of ``name`` with its head noun first (three letters or
    more; :func:`riftwatch.actors.open.noun_first_initials`)?

    >>> _noun_first("Zorblan and Integrationist Front", "FZI")
    True
    >>> _noun_first("Zorblan and Integrationist Front", "ZIF"), _noun_first("Zorb Front", "FZ")
    (False, False)
    """
    from riftwatch.actors.open import initials_key, noun_first_initials

    key = noun_first_initials(name)
    return len(letters) >= 3 and key is not None and key == initials_key(letters)


def _initials(name: str) -> str:
    """The first letters of the capitalised words of ``name``.

    >>> _initials("Union of Forces for Democracy and Development")
    'UFDD'
    """
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _connector_initials(name: str) -> set[str]:
    """The initials of ``name`` with each lower-case connector of the Romance languages
    (initialisms.yaml ``lower_only_connectors``, not English "of", "the", "and", ...) spelt
    by its letter or not, in every combination (at most three connectors).

    >>> sorted(_connector_initials("Familia do Norte"))
    ['FDN', 'FN']
    >>> sorted(_connector_initials("Front of the South"))
    ['FS']
    """
    from riftwatch.nlp.initialisms import settings

    spelt = {str(w).lower() for w in settings()["lower_only_connectors"]} - _ENGLISH_WORDS
    out = {""}
    optional = 0
    for word in name.split():
        if word[:1].isupper():
            out = {o + word[0] for o in out}
        elif word.lower() in spelt and optional < 3:
            optional += 1
            out |= {o + word[0].upper() for o in out}
    return out


CONNECTOR_SPELT = "open: name defined with its acronym, a connector spelt"
"""How an open group is named whose acronym spells a connector's letter (document-local)."""


_ENGLISH_WORDS = frozenset({"of", "the", "for", "and", "in", "on", "an", "to"})
"""Connectors of English names, never spelt in an acronym the way "do" or "da" may be."""


_POSSESSIVE = re.compile(r"['\u2019]s?\s+")
"""The end of a possessor's name before the name it owns ("Nouri's ", "the Brothers' ")."""


def _after_possessor(text: str, start: int, end: int, acr: str) -> int:
    """Where the defined name begins when a possessor's name opens the run of capitalised
    words before "(ACR)" ("Mahamat Nouri's Union of Forces for Democracy and Development
    (UFDD)"): right after the possessive, when the rest spells the acronym and the whole run
    does not (replay18); else ``start``.

    >>> t = "Kofi Ansa's Zorb Justice and Equality Movement (ZJEM) left."
    >>> t[_after_possessor(t, 0, 46, "ZJEM"):46]
    'Zorb Justice and Equality Movement'
    >>> t = "Kofi Ansa's Front (KAF) left."
    >>> _after_possessor(t, 0, 17, "KAF")
    0
    """
    want = "".join(c for c in acr if c.isupper())
    if _initials(text[start:end]) == want:
        return start
    for m in _POSSESSIVE.finditer(text, start, end):
        rest = text[m.end() : end]
        if len(rest.split()) >= 2 and _initials(rest) == want:
            return m.end()
    return start


SPELLED = "initials of a name the document spells out"
"""``how`` of an actor standing for the initials of a name the document wrote in full."""
_SPELLED_NAME = re.compile(
    rf"{_WORD}(?:\s+(?:(?:for|the|of|and|in|de|del|la|wal|wa)\s+)*{_WORD}){{2,}}"
)


def spelled(text: str, found: list[tuple[int, int, Any]]) -> dict[str, Any]:
    """Initials -> actor for each run of three capitalised words or more that opens with a
    group the text found ("the Islamic State in Somalia ... ISS positions": the letters are
    that group's, not those of some organisation of the same initials the knowledge base
    lists elsewhere). Only initials of three capitals or more count.

    >>> from riftwatch.nlp.extract import Actor
    >>> g = Actor(id="org:zs", name="Zorblan State", mention="Zorblan State", type="armed_group")
    >>> text = "X fought the Zorblan State in Kefra and then hit ZSK posts."
    >>> sorted((a, b.id) for a, b in spelled(text, [(13, 26, g)]).items())
    [('ZSK', 'org:zs')]
    >>> sorted(spelled("Fighters of the Zorblan State in Kefra left.", [(16, 29, g)]))
    ['ZSK']
    >>> spelled("The Zorblan State fought.", [(4, 17, g)])
    {}
    """
    from riftwatch.nlp.initialisms import initials

    out: dict[str, Any] = {}
    for start, _end, actor in found:
        if actor.type not in _KINDS or actor.type == "collective":
            continue
        m = _SPELLED_NAME.match(text, start)
        if m is None:
            continue
        end = m.end()
        others = [a for s, e, a in found if start <= s and e <= end and a.type in _KINDS
                  and a.key() != actor.key()]  # fmt: skip
        if others:
            continue  # two groups in one run of capitals: whose letters they are is unclear
        name = text[start:end]
        for acr in sorted(initials(name)):
            if len(acr) >= 3 and acr.isupper() and acr not in name:
                out[acr] = type(actor)(**{**actor.__dict__, "how": f"{SPELLED} ({name})"})
    return out


def _actor_type() -> Any:
    from riftwatch.nlp.extract import Actor

    return Actor


def _as_mention(actor: Any, acr: str) -> Any:
    """The defining actor under the acronym's mention; its ``how`` is kept (the acronym is
    as sure as the name that defined it)."""
    return type(actor)(**{**actor.__dict__, "mention": acr})


__all__ = ["SPELLED", "apply", "defined", "spelled"]
