"""Open actors: named actors the knowledge base does not know yet.

Extraction keeps an actor it cannot resolve (a new splinter group, a party, a ministry
abroad) instead of dropping it. Its id is made from its normalised name, so the same
name gets the same id in every document and every run, and its events accumulate:

- ``open:`` + a slug of :func:`riftwatch.actors.normalize.norm` of the name: case,
  diacritics, apostrophes, punctuation and a leading article are ignored, so
  "al-Shabaab", "Al Shabaab" and "the al-Shabaab" are one actor;
- spelling variants that differ in letters ("al-Shabab") get their own id; ``riftwatch
  actors suggest`` lists open actors side by side with the close known names, and one
  judgement (``actors alias`` or ``actors add``) puts a name into the knowledge base, after
  which it resolves like any other actor.

>>> open_id("al-Shabaab") == open_id("Al Shabaab") == open_id("the al-Shabaab's")
True
>>> open_id("Jamaat-ul-Ahrar")
'open:jamaat-ul-ahrar'
>>> is_open("open:jamaat-ul-ahrar"), is_open("org:ttp")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import yaml

from riftwatch.actors.normalize import norm

OPEN_PREFIX = "open:"


@cache
def group_words() -> dict[str, frozenset[str]]:
    """The group words of ``actors/data/group_words.yaml`` by list: ``group_words``,
    ``leading_group_words``, ``name_heads`` and ``name_connectors`` (data, not code: open17).

    >>> words = group_words()
    >>> "bloque" in words["leading_group_words"], "cartel" in words["name_heads"]
    (True, True)
    """
    path = Path(__file__).with_name("data") / "group_words.yaml"
    doc = yaml.safe_load(path.read_text("utf-8")) or {}
    keys = (
        "group_words",
        "leading_group_words",
        "name_heads",
        "name_connectors",
        "apposition_nouns",
        "plural_name_articles",
        "place_prepositions",
        "not_name_tails",
        "of_phrase_member_nouns",
        "body_name_words",
        "relation_argument_preps",
        "place_object_types",
        "person_name_endings",
    )
    return {key: frozenset(str(w).lower() for w in doc.get(key) or ()) for key in keys}


GROUP_WORDS = group_words()["group_words"]
"""Words that make an unknown organisation's name an armed group's name."""
BODY_NAME_WORDS = group_words()["body_name_words"]
"""Words of a political or armed body that make a name given alone to ``actors resolve`` an
organisation's ("Awami League", "Hamza Division"; replay32)."""
APPOSITION_NOUNS = group_words()["apposition_nouns"]
"""Common nouns that, in apposition to a name, say it is a group's ("the ZDF, a rebel group")."""
LEADING_GROUP_WORDS = group_words()["leading_group_words"]
"""Group words that begin a name in the Arabic/Urdu (or Spanish, French) way ("Jabhat Ahl
al-Tawhid", "Liwa al-Fath", "Bloque Zorbla"): such a name is one group even where a known
name sits inside it ("al-Tawhid")."""


def open_id(name: str) -> str:
    """The stable id of an actor the knowledge base does not know. A leading Spanish plural
    article (group_words.yaml ``plural_name_articles``) is no part of it, as "the" is not:
    "Los Rastrojos", "the Rastrojos" and "Rastrojos" are one actor in every document, not
    only where both names meet in one corpus (mmp29).

    >>> open_id("Los Rastrojos") == open_id("the Rastrojos") == open_id("Rastrojos")
    True
    >>> open_id("Los")
    'open:los'
    """
    words = norm(name).split()
    if len(words) > 1 and words[0] in group_words()["plural_name_articles"]:
        words = words[1:]
    slug = re.sub(r"[^a-z0-9]+", "-", " ".join(words)).strip("-")[:80].strip("-")
    return OPEN_PREFIX + (slug or "actor")


def is_open(ident: str | None) -> bool:
    return bool(ident) and str(ident).startswith(OPEN_PREFIX)


def group_type(name: str, head: str | None = None) -> str:
    """``armed_group`` when the name (or the noun it modifies) says so, else ``organization``.

    >>> group_type("Boko Haram", "fighters"), group_type("Ansar Dine"), group_type("Oxfam")
    ('armed_group', 'armed_group', 'organization')
    >>> group_type("Bloque Zorbla"), group_type("Frente Zorblano"), group_type("Zorbla Cartel")
    ('armed_group', 'armed_group', 'organization')
    """
    words = set(norm(name).split())
    if head is not None:
        words.add(head.lower())
    return "armed_group" if words & GROUP_WORDS else "organization"


_INITIALS_ONLY = re.compile(r"^[A-Z][A-Z0-9]{2,9}$")
FOREIGN_ARTICLES = frozenset({"los", "las", "la", "el", "le", "les", "il", "lo"})
"""Leading articles of other languages: "Los Zetas" and "Zetas" name one open actor."""


def spelled_initials(name: str) -> str | None:
    """The initials a name of three or more words spells out (particles such as "of", "the",
    "al" are not spelled), upper case; None for a shorter name or one that is initials.

    >>> spelled_initials("Armed Forces Revolutionary Council")
    'AFRC'
    >>> spelled_initials("People's Liberation Front of India")
    'PLFI'
    >>> spelled_initials("AFRC") is None, spelled_initials("Los Zetas") is None
    (True, True)
    """
    from riftwatch.actors.normalize import PARTICLES

    words = [w for w in norm(name).split() if w and w not in PARTICLES]
    if len(words) < 3:
        return None
    return "".join(w[0] for w in words).upper()


def noun_first_initials(name: str) -> str | None:
    """The initials of a name of three or more words as a language that puts the head noun
    first writes them, as a key: the head noun's letter (the last word before the name's
    first "of", "for" or "in", else its last word), then the other words' letters sorted;
    None for a shorter name or one that is initials. "FNL" for the "National Forces of
    Liberation" (Forces Nationales de Liberation), "FAP" for the "People's Armed Forces"
    (names23). :func:`initials_key` gives the same key for the letters.

    >>> noun_first_initials("National Forces of Liberation")
    'FLN'
    >>> noun_first_initials("Armed Forces of the Republic of Zorbia")
    'FARZ'
    >>> noun_first_initials("Zorb Front") is None, noun_first_initials("AFRC") is None
    (True, True)
    """
    from riftwatch.actors.normalize import PARTICLES

    words = norm(name).split()
    if spelled_initials(name) is None:
        return None
    cut = next((i for i, w in enumerate(words) if w in _OPENING_TAIL), len(words))
    heads = [i for i, w in enumerate(words[:cut]) if w not in PARTICLES]
    if not heads:
        return None
    head = heads[-1]
    rest = [w for i, w in enumerate(words) if i != head and w not in PARTICLES]
    return (words[head][0] + "".join(sorted(w[0] for w in rest))).upper()


def initials_key(letters: str) -> str:
    """The key of :func:`noun_first_initials` for initials as written: the first letter,
    then the others sorted.

    >>> initials_key("FNL"), initials_key("FARZ")
    ('FLN', 'FARZ')
    """
    flat = letters.upper()
    return flat[:1] + "".join(sorted(flat[1:]))


_OPENING_TAIL = frozenset({"of", "for", "in"})


def opening_names(names: dict[str, str], others: dict[str, str]) -> dict[str, str]:
    """Open actors named by the opening of one longer name of the corpus: open id -> the id
    of that name's actor (mmp13). ``names``: open id -> a name it was found under; ``others``:
    any further actors of the corpus (known ones too), id -> name. "Democratic Zorblan
    Front" stands for the "Democratic Zorblan Front for the Liberation of Kestrel" when that
    is the corpus's only name that opens so and runs on with "of"/"for"/"in"; "General
    Command", the part after the dash, for the one "Zorblan Front - General Command". With
    two such names ("... of Kestrel", "... of Umbria"), nothing is merged.

    >>> opening_names({"open:a": "Democratic Zorblan Front", "open:g": "the General Command"},
    ...               {"org:b": "Democratic Zorblan Front for the Liberation of Kestrel",
    ...                "org:c": "Zorblan Front - General Command"})
    {'open:a': 'org:b', 'open:g': 'org:c'}
    >>> opening_names({"open:a": "Democratic Zorblan Front"},
    ...               {"org:b": "Democratic Zorblan Front of Kestrel",
    ...                "org:c": "Democratic Zorblan Front of Umbria"})
    {}
    """
    every = {**others, **names}
    longer: dict[str, set[str]] = {}
    for ident, name in every.items():
        words = norm(name).split()
        for k in range(2, len(words)):
            if words[k] in _OPENING_TAIL:
                longer.setdefault(" ".join(words[:k]), set()).add(ident)
        if " - " in name:
            tail = norm(name.rsplit(" - ", 1)[1]).split()
            if len(tail) >= 2:
                longer.setdefault(" ".join(tail), set()).add(ident)
    out: dict[str, str] = {}
    for ident, name in names.items():
        words = norm(name).split()
        if len(words) < 2:
            continue
        owners = longer.get(" ".join(words), set()) - {ident}
        if len(owners) == 1:
            out[ident] = next(iter(owners))
    return out


def closing_names(names: dict[str, str], others: dict[str, str]) -> dict[str, str]:
    """Open actors named by the closing words of one longer name of the corpus, before any
    "of/for/in" tail: open id -> the id of that name's actor. "Tigers" stands for the
    "Zorblan Liberation Tigers of Kestrel" and "Hazm" for "Harakat Hazm" when that is the
    corpus's only name ending so; a short name made only of designators and generic words
    ("the Front", "Islamic Front") is never merged, nor one that two names end with.

    >>> closing_names({"open:t": "Tigers", "open:f": "Front"},
    ...               {"org:z": "Zorblan Liberation Tigers of Kestrel", "org:y": "Kestrel Front"})
    {'open:t': 'org:z'}
    >>> closing_names({"open:t": "Tigers"}, {"org:z": "Zorblan Tigers", "org:k": "Kestrel Tigers"})
    {}
    """
    from riftwatch.actors.dedupe import Rules, parse

    rules = Rules.load()
    every = {**others, **names}
    longer: dict[str, set[str]] = {}
    for ident, name in every.items():
        words = norm(name).split()
        core = next((words[:k] for k in range(1, len(words)) if words[k] in _OPENING_TAIL), words)
        for k in range(1, len(core)):
            longer.setdefault(" ".join(core[k:]), set()).add(ident)
    out: dict[str, str] = {}
    for ident, name in names.items():
        words = norm(name).split()
        if not words or not any(w not in rules.generic for w in parse(name, rules, {}).raw):
            continue
        owners = longer.get(" ".join(words), set()) - {ident}
        if len(owners) == 1:
            out[ident] = next(iter(owners))
    return out


def _unit_variants(names: dict[str, str]) -> dict[str, str]:
    """Open actors whose names differ only in a designator word of one class (mmp13:
    "Zorblan Brigade", "Zorblan Brigades", "Kataib Zorblan"; the classes are
    ``actors/data/dedupe.yaml``'s): open id -> the first id of its set. The same other words,
    as written, one of them not generic; "Zorblan Movement" (another class) stays apart.

    >>> _unit_variants({"open:zb": "Zorblan Brigade", "open:zbs": "Zorblan Brigades",
    ...                 "open:zm": "Zorblan Movement", "open:ib": "Islamic Brigades",
    ...                 "open:ibs": "Islamic Brigade"})
    {'open:zbs': 'open:zb'}
    """
    from riftwatch.actors.dedupe import Rules, parse

    rules = Rules.load()
    sets: dict[tuple, list[str]] = {}
    for ident, name in names.items():
        parsed = parse(name, rules, {})
        if not parsed.designators() or not any(w not in rules.generic for w in parsed.raw):
            continue
        key = (parsed.raw, tuple(sorted(set(parsed.designators()))))
        sets.setdefault(key, []).append(ident)
    out: dict[str, str] = {}
    for idents in sets.values():
        first, *rest = sorted(idents)
        out.update({ident: first for ident in rest})
    return out


def _spelling_variants(names: dict[str, str]) -> dict[str, str]:
    """Open actors of one corpus whose names are one name spelt two ways (names21: a leading
    Arabic article or not, "Harakat"/"Harkat", "Jaish"/"Jaysh", "Ansar al-Din"/"Ansar
    Dine"): the same transliteration skeleton (:func:`~riftwatch.actors.normalize.fold`)
    with a word that is not generic (``dedupe.yaml``'s generic words: "Islamic Front" and
    "Islamic Fronts" are no evidence) and of three letters or more. Open id -> the id of
    the longest name of its set (then the first id).

    >>> sorted(_spelling_variants({
    ...     "open:al-zorbiyat": "Al-Zorbiyat", "open:zorbiyat": "the Zorbiyat",
    ...     "open:harkat-kestrel": "Harkat Kestrel", "open:harakat-kestrel": "Harakat Kestrel",
    ...     "open:islamic-front": "Islamic Front", "open:islamic-fronts": "Islamic Fronts",
    ...     "open:zlf": "ZLF", "open:zlfs": "ZLFs"}).items())
    [('open:harkat-kestrel', 'open:harakat-kestrel'), ('open:zorbiyat', 'open:al-zorbiyat')]
    """
    from riftwatch.actors.dedupe import Rules
    from riftwatch.actors.normalize import fold

    generic = Rules.load().generic
    sets: dict[str, list[tuple[int, str]]] = {}
    for ident, name in names.items():
        if _INITIALS_ONLY.match(re.sub(r"[.\-\s]", "", name)):
            continue
        words = [w for w in norm(name).split() if w not in generic]
        key = fold(name)
        if not words or not any(len(w) >= 3 for w in key.split()):
            continue
        sets.setdefault(key, []).append((-len(norm(name)), ident))
    out: dict[str, str] = {}
    for members in sets.values():
        if len(members) < 2:
            continue
        (_n, first), *rest = sorted(members)
        out.update({ident: first for _m, ident in rest})
    return out


def same_open_actors(names: dict[str, str]) -> dict[str, str]:
    """Open actors of one corpus that are one actor under two names: open id -> the id it
    stands for. ``names``: open id -> a name it was found under. Within a corpus, an open
    actor named only by initials is the one open actor whose name spells them out ("AFRC"
    and "Armed Forces Revolutionary Council"), and a name with a leading article of another
    language is the one open actor named without it ("Los Zetas" and "Zetas"); the longer
    name's id is kept. With two candidates, nothing is merged (mmp8).

    >>> same_open_actors({"open:afrc": "AFRC", "open:armed-forces-revolutionary-council":
    ...                   "Armed Forces Revolutionary Council", "open:zetas": "Zetas",
    ...                   "open:los-zetas": "Los Zetas"})
    {'open:afrc': 'open:armed-forces-revolutionary-council', 'open:zetas': 'open:los-zetas'}

    A name without a closing word that only says what kind of group it is stands for the one
    open actor named with it (:func:`name_cores`; sides20):

    >>> same_open_actors({"open:al-zorb": "Al-Zorb", "open:al-zorb-movement": "Al-Zorb Movement",
    ...                   "open:kestrel": "Kestrel", "open:kestrel-party": "Kestrel Party",
    ...                   "open:kestrel-group": "Kestrel Group"})
    {'open:al-zorb': 'open:al-zorb-movement'}
    """
    by_initials: dict[str, set[str]] = {}
    by_reordered: dict[str, set[str]] = {}
    by_bare: dict[str, set[str]] = {}
    for ident, name in names.items():
        spelled = spelled_initials(name)
        if spelled:
            by_initials.setdefault(spelled, set()).add(ident)
        reordered = noun_first_initials(name)
        if reordered:
            by_reordered.setdefault(reordered, set()).add(ident)
        words = norm(name).split()
        if len(words) >= 2 and words[0] in FOREIGN_ARTICLES:
            by_bare.setdefault(open_id(" ".join(words[1:])), set()).add(ident)
    by_core: dict[str, set[str]] = {}
    for ident, name in names.items():
        for core in name_cores(name):
            by_core.setdefault(open_id(core), set()).add(ident)
    out: dict[str, str] = _unit_variants(names)
    # "Al-Zorbiyat" and "the Zorbiyat", "Harkat Kestrel" and "Harakat Kestrel" (names21)
    for ident, meant in _spelling_variants(names).items():
        out.setdefault(ident, out.get(meant, meant))
    for ident, name in names.items():
        if ident in out:
            continue
        flat = re.sub(r"[.\-\s]", "", name)
        owners = by_initials.get(flat, set()) - {ident} if _INITIALS_ONLY.match(flat) else set()
        if _INITIALS_ONLY.match(flat) and flat not in by_initials:
            # "FNL" and the corpus's one "National Forces of Liberation" (names23)
            owners = by_reordered.get(initials_key(flat), set()) - {ident}
        if len(owners) == 1:
            out[ident] = next(iter(owners))
            continue
        longer = by_bare.get(ident, set()) - {ident}
        if len(longer) == 1:
            out[ident] = next(iter(longer))
            continue
        # "Al-Zorb" and the "Al-Zorb Movement": the name without its kind-of-group word
        # (sides20)
        longer = by_core.get(ident, set()) - {ident}
        if len(longer) == 1:
            out[ident] = next(iter(longer))
    return out


_OWNER_KINDS = ("open:", "org:")
"""Id kinds that initials may stand for and that may be named by initials: groups (known or
open), never a country, person or collective."""


def initials_owners(
    names: dict[str, str],
    others: dict[str, str],
    written: dict[str, set[str]] | None = None,
    plain: set[str] | frozenset[str] = frozenset(),
    country: Callable[[str], str | None] | None = None,
) -> dict[str, str]:
    """Actors of one corpus whose name is only initials, known or open, -> the one other
    actor of the corpus whose name spells them out (names21: a list's entry named "ZLF" and
    the "Zorblan Liberation Front" another document names in full are one group; open
    actors alone are :func:`same_open_actors`'s). ``names``: open id -> a name it was found
    under; ``others``: the corpus's other actors, id -> name. With two names spelling the
    initials, or none, nothing is merged; a country, a person or a collective is never
    either side.

    >>> initials_owners({"open:zorblan-liberation-front": "Zorblan Liberation Front",
    ...                  "open:kpu": "KPU"},
    ...                 {"org:zlf": "ZLF", "org:kestrel-people-union": "Kestrel People's Union",
    ...                  "country:usa": "USA"})
    {'open:kpu': 'org:kestrel-people-union', 'org:zlf': 'open:zorblan-liberation-front'}
    >>> initials_owners({"open:zlf": "ZLF", "open:a": "Zorblan Liberation Front",
    ...                  "open:b": "Zorblan Labour Federation"}, {})
    {}

    A known actor with a full name that the corpus only ever wrote by initials (``written``:
    id -> the initials written for it; ``plain``: ids also written otherwise) is the corpus's
    one other group those letters spell: the knowledge base gave the letters to a group the
    corpus never names. Not when ``country`` gives the two known countries that differ, nor
    when the corpus also wrote the known actor's own name:

    >>> known = {"org:zorblan-labour-front": "Zorblan Labour Front"}
    >>> names = {"open:zorblan-liberation-front": "Zorblan Liberation Front"}
    >>> written = {"org:zorblan-labour-front": {"ZLF"}}
    >>> initials_owners(names, {**known, "org:zlf-2": "Zorblan Labour Federation"}, written)
    {}
    >>> initials_owners(names, known, written)
    {'org:zorblan-labour-front': 'open:zorblan-liberation-front'}
    >>> initials_owners(names, known, written, plain={"org:zorblan-labour-front"})
    {}
    """
    every = {i: n for i, n in {**others, **names}.items() if i.startswith(_OWNER_KINDS)}
    spelled: dict[str, set[str]] = {}
    reordered: dict[str, set[str]] = {}
    for ident, name in every.items():
        letters = spelled_initials(name)
        if letters and not _INITIALS_ONLY.match(re.sub(r"[.\-\s]", "", name)):
            spelled.setdefault(letters, set()).add(ident)  # "Z-L-F" spells nothing out
            key = noun_first_initials(name)
            if key:
                reordered.setdefault(key, set()).add(ident)
    out: dict[str, str] = {}
    for ident, name in sorted(every.items()):
        flat = re.sub(r"[.\-\s]", "", name)
        if _INITIALS_ONLY.match(flat):
            letters = {flat}
        elif ident not in plain and not is_open(ident):
            letters = {re.sub(r"[.\-\s]", "", w) for w in (written or {}).get(ident, ())}
            letters = {w for w in letters if _INITIALS_ONLY.match(w)}
        else:
            continue
        owners = {o for w in letters for o in spelled.get(w, set())} - {ident}
        if not owners and not letters & set(spelled):
            # letters of a name in another word order: "FAP" and the corpus's one "People's
            # Armed Forces" (names23)
            owners = {o for w in letters for o in reordered.get(initials_key(w), set())}
            owners -= {ident}
        if len(owners) != 1:
            continue
        owner = next(iter(owners))
        if country is not None and letters != {flat}:
            mine, theirs = country(ident), country(owner)
            if mine and theirs and mine != theirs:
                continue
        out[ident] = owner
    return out


def own_initials(
    written: dict[str, set[str]], names: dict[str, str], ident: str, meant: str
) -> bool:
    """Whether the corpus wrote ``ident`` by initials of its own, which spell neither its
    name's nor ``meant``'s (nor are initials the corpus wrote for ``meant``): such an actor
    was given a name of its own by the text that defined those letters, so it is no shorter
    form of ``meant`` (replay20: "the National Liberation Front (FLN)" of one document is not
    the "National Liberation Front of South Vietnam" of another). ``written``: id -> the
    initials the documents wrote for it; ``names``: id -> a name it was found under.

    >>> names = {"open:nlf": "National Liberation Front",
    ...          "open:nlfsv": "National Liberation Front of South Vietnam"}
    >>> own_initials({"open:nlf": {"FLN"}}, names, "open:nlf", "open:nlfsv")
    True
    >>> own_initials({"open:nlf": {"NLF"}, "open:nlfsv": {"NLF"}}, names, "open:nlf", "open:nlfsv")
    False
    >>> own_initials({}, names, "open:nlf", "open:nlfsv")
    False
    """
    letters = written.get(ident, set())
    if not letters:
        return False
    allowed = set(written.get(meant, set()))
    for name in (names.get(ident), names.get(meant)):
        spelled = spelled_initials(name or "")
        if spelled:
            allowed.add(spelled)
    return bool(letters - allowed)


_QUALIFIER = re.compile(r"^(?P<name>.+?)\s*\((?P<qualifier>[^()]+)\)\s*$")


def name_cores(name: str, place: Callable[[str], bool] | None = None) -> list[str]:
    """Shorter forms a text may use for a group's full name (sides20): without a closing word
    that only says what kind of group it is (name_cues.yaml ``trailing_group_heads``:
    "Al-Zorb Movement" is written "Al-Zorb"), where a word of its own is left that is no creed
    or ideology word ("the Salafi Group" is no "Salafi"); and, when ``place`` says the
    qualifier is a place, without a closing parenthesised place ("Zorblan Resistance
    (Kestrel)"; a faction's qualifier, "ZNCN (Kobo-Tarka)", names another actor). Longest
    first; empty when no such form is left.

    >>> name_cores("Al-Zorb Movement"), name_cores("Salafi Group"), name_cores("Movement")
    (['Al-Zorb'], [], [])
    >>> name_cores("Zorblan Resistance (Kestrel)", lambda q: q == "Kestrel")
    ['Zorblan Resistance']
    >>> name_cores("ZNCN (Kobo-Tarka)", lambda q: q == "Kestrel"), name_cores("Zorblan Front")
    ([], [])
    """
    from riftwatch.actors.kb import _trailing_heads

    heads, descriptors = _trailing_heads()
    out: list[str] = []
    current = name.strip()
    m = _QUALIFIER.match(current)
    if m is not None and norm(m.group("name")) and place is not None and place(m.group(2)):
        current = m.group("name").strip()
        out.append(current)
    words = current.split()
    if len(words) >= 2 and words[-1].lower() in heads:
        rest = norm(" ".join(words[:-1])).split()
        if any(w not in descriptors and w not in heads for w in rest):
            out.append(" ".join(words[:-1]))
    return out


__all__ = [
    "BODY_NAME_WORDS",
    "FOREIGN_ARTICLES",
    "GROUP_WORDS",
    "LEADING_GROUP_WORDS",
    "OPEN_PREFIX",
    "group_type",
    "group_words",
    "initials_key",
    "noun_first_initials",
    "closing_names",
    "is_open",
    "name_cores",
    "open_id",
    "opening_names",
    "own_initials",
    "same_open_actors",
    "spelled_initials",
]
