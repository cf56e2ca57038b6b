"""Name normalisation: tokens, lookup keys, transliteration skeletons and dates.

Three keys are made from a name, from strict to loose:

``norm``
    diacritics removed, case folded, apostrophes dropped, punctuation turned
    into token breaks, a leading article dropped. ``"al-Qa'ida"`` and
    ``"Al Qaida"`` both become ``"al qaida"``.
``compact``
    the letters and digits only, case kept, for case-sensitive abbreviations:
    ``"U.S."`` and ``"US"`` become ``"US"``; ``"IS-K"`` becomes ``"ISK"``; ``"LeT"``
    stays ``"LeT"`` (so the verb "let" never matches it).
``fold``
    a transliteration skeleton: Arabic and Urdu name particles dropped, vowels
    removed after the first letter, common spelling pairs merged (q/k, ph/f,
    kh/k, doubled letters), so Qaeda/Qaida/Qa'ida, Zawahiri/Zawahri and
    Tehrik/Tehreek/Tahrik meet. The Arabic feminine ending written -at, -ah or -a
    (Harakat/Harakah/Haraka, Jabhat/Jabha) is one ending, and an English group word
    in the plural is its singular (Brigades/Brigade: :data:`PLURAL_GROUP_WORDS`).

>>> norm("The Tehreek-e-Taliban")
'tehreek e taliban'
>>> norm("al-Qa\u2019ida") == norm("Al Qaida")
True
>>> fold("Tehreek-e-Taliban Pakistan") == fold("Tehrik-i-Taliban Pakistan")
True
>>> fold("Zawahri") == fold("al-Zawahiri")
True
>>> compact("U.S.")
'US'
>>> parse_date("2009-08")
(2009, 8, None)
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date as _date
from functools import lru_cache
from pathlib import Path

TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){1,}[^\W\d_]\.?(?![^\W\d_])|\w+(?:['’ʼʻ`´]\w+)*")
"""Word tokens. Dotted abbreviations (``U.S.``, ``U.N``) are one token; an
apostrophe inside a word (``Qa'ida``) does not break it."""

_APOSTROPHES = "'’ʼʻ`´‘"
_SPECIAL = str.maketrans(
    {"ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "þ": "th", "ð": "d"}
)
LEADING_ARTICLES = frozenset({"the", "a", "an"})

PARTICLES = frozenset(
    {
        "al",
        "el",
        "ul",
        "ud",
        "ad",
        "ar",
        "as",
        "at",
        "az",
        "an",
        "ash",
        "ut",
        "e",
        "i",
        "a",
        "the",
        "of",
        "in",
        "for",
        "and",
        "wa",
        "wal",
        "fi",
        "bi",
        "de",
        "la",
        "le",
        "et",
        "y",
    }
)
"""Tokens ignored by :func:`fold`: Arabic/Persian/Urdu connectors and English
function words, so that ``Tehrik-i-Taliban`` and ``Tehrik Taliban`` meet."""

PLURAL_GROUP_WORDS = {
    "brigades": "brigade",
    "battalions": "battalion",
    "cells": "cell",
    "regiments": "regiment",
    "companies": "company",
    "units": "unit",
    "squadrons": "squadron",
    "legions": "legion",
}
"""English group words whose plural and singular name one group in :func:`fold`
("the Red Brigade" for the Red Brigades). Only words that say what kind of unit a group
is; "Forces" and "Guards" often name a different body than the singular."""

_VOWELS = frozenset("aeiouy")
_VOWEL_CLASS = {"a": "A", "e": "A", "i": "I", "y": "I", "o": "U", "u": "U"}
"""An initial vowel is kept as its class, so Omar/Umar and Ayman/Aiman meet but Omar and
Amir do not."""
_BRITISH = (("isation", "ization"), ("fence", "fense"))
"""British spellings of English words in names, read as the American ones in the skeleton
("Revolutionary Organisation", "Defence Forces"): one name, as two transliterations are."""
_DIGRAPHS = (
    ("ph", "f"),
    ("kh", "k"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "c"),
    ("zh", "z"),
    ("dh", "d"),
    ("th", "t"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("v", "w"),
    ("j", "j"),
)


def _strip_marks(text: str) -> str:
    if text.isascii():  # no marks, no special letters: the NFKD form of ASCII is itself
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_SPECIAL)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, surface)`` for each word token of ``text``.

    >>> [t[2] for t in tokens("Al-Qa'ida's U.S. cell")]
    ['Al', "Qa'ida's", 'U.S.', 'cell']
    """
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


@lru_cache(maxsize=65536)
def norm_token(token: str) -> str:
    """One token, normalised: no diacritics, case-folded, no apostrophes or dots.

    A trailing possessive ``'s`` is dropped.

    >>> norm_token("Qa'ida's"), norm_token("Khürelsükh"), norm_token("U.S.")
    ('qaida', 'khurelsukh', 'us')
    """
    text = _strip_marks(token).casefold()
    for mark in _APOSTROPHES:
        if text.endswith(mark + "s"):
            text = text[:-2]
        text = text.replace(mark, "")
    text = text.replace(".", "")
    return _short_forms().get(text, text)


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, str]:
    """Headline short forms of common name words and the word each stands for
    (actors/data/name_cues.yaml ``word_short_forms``: "govt" and "gov't" are "government").

    >>> norm("Afghan gov't") == norm("Afghan govt") == norm("Afghan government")
    True
    """
    import yaml

    path = Path(__file__).with_name("data") / "name_cues.yaml"
    pairs = (yaml.safe_load(path.read_text("utf-8")) or {}).get("word_short_forms") or ()
    return dict(str(pair).lower().split("=", 1) for pair in pairs if "=" in str(pair))


def norm_tokens(text: str) -> list[str]:
    """Normalised tokens of ``text`` (empty ones removed)."""
    out = [norm_token(t) for _, _, t in tokens(text)]
    return [t for t in out if t]


@lru_cache(maxsize=262144)
def norm(text: str) -> str:
    """The exact lookup key: normalised tokens joined by spaces, leading article dropped."""
    parts = norm_tokens(text)
    while len(parts) > 1 and parts[0] in LEADING_ARTICLES:
        parts = parts[1:]
    return " ".join(parts)


@lru_cache(maxsize=65536)
def skeleton(token: str, endings: bool = True) -> str:
    """Transliteration skeleton of one normalised token.

    The first letter is kept (a vowel as its class A, I or U), later vowels are dropped,
    common Latin spellings of one sound are merged and doubled letters collapse.

    >>> skeleton("qaeda"), skeleton("kaida"), skeleton("qaidah")
    ('kd', 'kd', 'kd')
    >>> skeleton("omar") == skeleton("umar")
    True
    >>> skeleton("harakat") == skeleton("harakah") == skeleton("haraka")
    True
    >>> skeleton("brigades") == skeleton("brigade")
    True
    >>> skeleton("1920s") == skeleton("1920")  # a decade named by its year (mmp13)
    True
    >>> skeleton("organisation") == skeleton("organization")
    True
    >>> skeleton("defence") == skeleton("defense")
    True

    ``endings=False`` keeps a closing "-at"/"-ut" (a group word's feminine ending, never a
    person's: "Salem" is no "Salamat"; sides20):

    >>> skeleton("salamat") == skeleton("salem"), skeleton("salamat", False) == skeleton("salem")
    (True, False)
    """
    if not token.isascii():
        return token
    if len(token) > 2 and token[-1] == "s" and token[:-1].isdigit():
        return token[:-1]
    text = PLURAL_GROUP_WORDS.get(token, token)
    for british, american in _BRITISH:  # "Organisation"/"Organization" (sides24)
        text = text.replace(british, american)
    if len(text) > 3 and text.endswith("h") and text[-2] in _VOWELS:
        text = text[:-1]
    elif endings and len(text) > 4 and text.endswith(("at", "ut")) and text[-3] not in _VOWELS:
        text = text[:-1]  # the Arabic feminine ending: Jabhat/Jabhah/Jabha, Harakut
    for a, b in _DIGRAPHS:
        text = text.replace(a, b)
    if not text:
        return ""
    first = _VOWEL_CLASS.get(text[0], text[0])
    out = [first]
    after_vowel = text[0] in _VOWELS
    for ch in text[1:]:
        if ch in _VOWELS:
            after_vowel = True
            continue
        if ch == "h" and not after_vowel:
            continue  # h after a consonant is a spelling device: Jhangvi/Jangvi
        after_vowel = False
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """The loose transliteration key of a name (particles dropped, skeleton tokens).

    >>> fold("Al Qaeda") == fold("al-Qa'idah")
    True
    >>> fold("Haqqani Network")
    'hkn ntwrk'
    """
    parts = [p for p in norm(text).split() if p not in PARTICLES]
    return " ".join(s for s in (skeleton(p) for p in parts) if s)


@lru_cache(maxsize=65536)
def compact(text: str) -> str:
    """Letters and digits only, case kept: the key of case-sensitive abbreviations.

    A possessive ``'s`` is dropped first.

    >>> compact("IS-K"), compact("LeT"), compact("TTP's")
    ('ISK', 'LeT', 'TTP')
    """
    text = _strip_marks(text)
    for mark in _APOSTROPHES:
        if text.endswith(mark + "s"):
            text = text[:-2]
            break
    return "".join(ch for ch in text if ch.isalnum())


def is_all_caps(text: str) -> bool:
    """True when every letter of ``text`` is upper case (and there is at least one).

    >>> is_all_caps("IS-K"), is_all_caps("Isi"), is_all_caps("U.S.")
    (True, False, True)
    """
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


# -- dates ------------------------------------------------------------------------------
_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")

DateParts = tuple[int, int | None, int | None]


def parse_date(value: object) -> DateParts | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or a date, or an int year) as parts.

    Returns None for None or an empty string; raises ValueError for anything else
    that is not such a date.

    >>> parse_date("2013-04-08"), parse_date(2001), parse_date(None)
    ((2013, 4, 8), (2001, None, None), None)
    """
    if value is None or value == "":
        return None
    if isinstance(value, _date):
        return (value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool):
        return (value, None, None)
    match = _DATE_RE.match(str(value))
    if not match:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        _date(year, month or 1, day or 1)
    except ValueError as exc:
        raise ValueError(f"not a valid date: {value!r} ({exc})") from None
    return (year, month, day)


def _last_day(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (_date(year, month + 1, 1) - _date(year, month, 1)).days


def day_range(parts: DateParts) -> tuple[int, int]:
    """First and last day (proleptic ordinals) covered by a partial date."""
    year, month, day = parts
    if month is None:
        return _date(year, 1, 1).toordinal(), _date(year, 12, 31).toordinal()
    if day is None:
        return (
            _date(year, month, 1).toordinal(),
            _date(year, month, _last_day(year, month)).toordinal(),
        )
    ordinal = _date(year, month, day).toordinal()
    return ordinal, ordinal


def to_day(value: object) -> int | None:
    """The day a (partial) date stands for in a query: the middle of its period.

    >>> from datetime import date
    >>> to_day("2013") == date(2013, 7, 2).toordinal()
    True
    """
    if isinstance(value, str):
        return _text_day(value)  # read once a text (the same few dates come again and again)
    return _day_of_parts(value)


@lru_cache(maxsize=4096)
def _text_day(value: str) -> int | None:
    return _day_of_parts(value)


def _day_of_parts(value: object) -> int | None:
    parts = parse_date(value)
    if parts is None:
        return None
    lo, hi = day_range(parts)
    return (lo + hi) // 2


def day_to_iso(day: int) -> str:
    return _date.fromordinal(day).isoformat()


__all__ = [
    "PARTICLES",
    "TOKEN_RE",
    "compact",
    "day_range",
    "fold",
    "is_all_caps",
    "norm",
    "norm_token",
    "norm_tokens",
    "parse_date",
    "skeleton",
    "to_day",
    "tokens",
]
