"""Capitalised name spans that look like an organisation or a person (no parse needed).

Used by ``riftwatch actors suggest`` over stored sentences and by extraction, which keeps
an unknown organisation found this way as an open actor.

>>> [(s[2], s[3]) for s in candidate_spans("Commander Qari Zia of the Tora Bora Front.")]
[('person', 'commander'), ('org', 'front')]
"""

from __future__ import annotations

from functools import lru_cache

from riftwatch.actors.kb import name_cues
from riftwatch.actors.normalize import tokens
from riftwatch.actors.open import group_words

ORG_HEADS = frozenset(
    (
        "lashkar",
        "laskhar",
        "jamaat",
        "jamat",
        "jamaat-e",
        "jamiat",
        "tehrik",
        "tehreek",
        "tahrik",
        "jaish",
        "jaysh",
        "harakat",
        "harkat",
        "hizb",
        "hezb",
        "hizbul",
        "front",
        "army",
        "brigade",
        "brigades",
        "battalion",
        "network",
        "group",
        "movement",
        "party",
        "council",
        "shura",
        "taliban",
        "mujahideen",
        "mujahidin",
        "ittehad",
        "ittihad",
        "ansar",
        "ansaar",
        "jund",
        "jundallah",
        "jundullah",
        "tanzeem",
        "tanzim",
        "sipah",
        "majlis",
        "organization",
        "organisation",
        "committee",
        "force",
        "forces",
        "fedayeen",
        "mahaz",
        "faction",
        "militia",
        "lashkar-e",
        "tehrik-e",
        "wing",
        "kataib",
        "katibat",
        # Arabic group words of other regions' names ("Liwa al-Fath", "Saraya al-Quds",
        # "Faylaq al-Sham", "Wilayat Hawran", "Jabhat Ansar al-Din")
        "liwa",
        "jabhat",
        "jabha",
        "faylaq",
        "failaq",
        "saraya",
        "katiba",
        "wilayat",
        "wilaya",
        "emirate",
    )
)
_OLD_HEADS = ORG_HEADS
ORG_HEADS = ORG_HEADS | group_words()["leading_group_words"] | group_words()["name_heads"]
"""...and the other languages' group words and further name heads of
``data/group_words.yaml`` ("Bloque Zorbla", "Zorbla Cartel", "Sons of Zorbla": open17)."""
PERSON_CUES = frozenset(
    (
        "commander",
        "leader",
        "chief",
        "mullah",
        "mulla",
        "maulana",
        "maulvi",
        "mawlawi",
        "mufti",
        "qari",
        "hafiz",
        "sheikh",
        "shaikh",
        "haji",
        "spokesman",
        "spokesperson",
        "emir",
        "amir",
        "deputy",
        "militant",
        "named",
        "cleric",
        "warlord",
    )
)
_DROP_CUES = frozenset(
    {
        "commander",
        "leader",
        "chief",
        "spokesman",
        "spokesperson",
        "deputy",
        "militant",
        "named",
        "cleric",
        "warlord",
        "emir",
        "amir",
    }
)
FOLLOW_CUES = frozenset(
    {
        "group",
        "network",
        "faction",
        "militia",
        "outfit",
        "organisation",
        "organization",
        "movement",
        "lashkar",
        "fighters",
        "militants",
        "men",
        "commanders",
    }
)
_CONNECT = frozenset(
    {"e", "i", "ul", "ud", "al", "el", "bin", "ibn", "ur", "ut", "of", "wal", "wa", "fi", "-"}
)
_CONNECT = _CONNECT | group_words()["name_connectors"]  # "Cartel del Zorbo" (open17)
# the Arabic article's assimilated forms, part of a name only when hyphenated to the next word
_HYPHEN_ARTICLES = frozenset(
    {"ez", "es", "ed", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "et", "en", "er"}
)
_NEW_HEADS = group_words()["leading_group_words"] | group_words()["name_heads"]
# connectors that may open "<connector> the <Name>" inside a long name (mmp7)
_LONG_CONNECT = frozenset({"of", "for"})
# connectors of a name that says what it is for ("Movement for Democracy in Zorbla": open17)
_CAUSE_CONNECT = frozenset({"for", "in"})
_STOP = frozenset(
    (
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "in",
        "on",
        "at",
        "of",
        "for",
        "and",
        "but",
        "or",
        "if",
        "when",
        "while",
        "after",
        "before",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mr",
        "mrs",
        "ms",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "there",
        "here",
        "some",
        "many",
        "most",
        # words of quantity opening a sentence ("Dozens of X Brigades fighters"): no name's
        # first word (stop 34; not "all": "All Tripura Tiger Force" is a name)
        "several",
        "few",
        "numerous",
        "dozens",
        "hundreds",
        "thousands",
        "scores",
        "both",
        "officials",
        "sources",
        "police",
        "government",
    )
)


@lru_cache(maxsize=1)
def _name_possessors() -> frozenset[str]:
    """Possessors that belong to a name (name_cues.yaml ``name_possessors``)."""
    return name_cues().get("name_possessors", frozenset())


@lru_cache(maxsize=1)
def _cause_words() -> frozenset[str]:
    """Words of a cause that "and" joins inside one group's name (name_cues.yaml
    ``cause_words``: "Justice and Equality Movement", "Union of Forces for Democracy and
    Development")."""
    return name_cues().get("cause_words", frozenset())


def _cause_pair(text: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """Does "and" at ``j + 1`` join two words of a cause inside one name ("Justice and
    Equality", "Democracy and Development", "Union and Progress")? The word before it a word
    of a cause (or a group word that names one: "Union"), the word after it a capitalised
    word of a cause, single spaces between (lead45: open names had been cut at the "and")."""
    if j + 2 >= len(toks) or toks[j + 1][2] != "and":
        return False
    before, after = toks[j][2], toks[j + 2][2]
    return (
        after[:1].isupper()
        and after.lower() in _cause_words()
        and (before.lower() in _cause_words() or before.lower() in ("union", "unity"))
        and text[toks[j][1] : toks[j + 1][0]] == " "
        and text[toks[j + 1][1] : toks[j + 2][0]] == " "
    )


_PLURAL_ARTICLES = group_words()["plural_name_articles"]
_PLACE_PREPS = group_words()["place_prepositions"]


def _plural_name(lower: list[str], prev: str) -> bool:
    """Is a capitalised run (its words in lower case) a name of the Spanish kind "Los
    Zorbos", "Las Kestrelas" (names39)? A leading article of ``plural_name_articles``, one to
    three further words, the last a plural (ending in "s"), and no preposition of place
    before it (``place_prepositions``: "from Los Angeles" is a place).

    >>> _plural_name(["los", "zorbos"], "and"), _plural_name(["los", "zorbos"], "from")
    (True, False)
    >>> _plural_name(["la", "zorba"], ""), _plural_name(["los"], "")
    (False, False)
    >>> _plural_name(["los", "zorb"], "")
    False
    """
    return (
        len(lower) >= 2
        and len(lower) <= 4
        and lower[0] in _PLURAL_ARTICLES
        and lower[-1].endswith("s")
        and len(lower[-1]) > 3
        and not any(w in _STOP for w in lower[1:])
        and prev not in _PLACE_PREPS
    )


def candidate_spans(text: str) -> list[tuple[int, int, str, str]]:
    """Capitalised name spans worth suggesting: ``(start, end, kind, cue)``.

    >>> [(s[2], s[3]) for s in candidate_spans("Commander Qari Zia of the Tora Bora Front.")]
    [('person', 'commander'), ('org', 'front')]
    >>> t = "The Democratic Forces for the Liberation of Rwanda attacked."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Democratic Forces for the Liberation of Rwanda']
    >>> t = "Then Belmokhtar's al-Mulathameen Brigade left."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['al-Mulathameen Brigade']
    >>> t = "Then the People's Liberation Army of Manipur left."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ["People's Liberation Army of Manipur"]
    >>> t = ("So the Movement for Democracy in Zorbla and the Union for Peace in the Umbrian "
    ...      "Republic met.")
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Movement for Democracy in Zorbla', 'Union for Peace in the Umbrian Republic']
    >>> t = "Then the Zorbla Front in Umbria and Bloque Kestrel met the Kestrel Cartel."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Zorbla Front', 'Bloque Kestrel', 'Kestrel Cartel']
    >>> t = "Then the Cartel del Zorbo and the Cartel met."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Cartel del Zorbo']
    >>> t = ("So the Front for the Salvation of Zorbla in the Umbria region and the Zorblan "
    ...      "Workers' Party met.")
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Front for the Salvation of Zorbla', "Zorblan Workers' Party"]
    >>> t = "Dozens of Kessel Brigades fighters were killed."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Kessel Brigades']
    >>> t = "Then the Deir ez-Zor Military Council left."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Deir ez-Zor Military Council']
    >>> t = "Later, Los Zorbos turned on Las Kestrelas, based in Los Angeles."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Los Zorbos', 'Las Kestrelas']
    >>> t = "Gunmen of Los Zorbos left."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Los Zorbos']
    >>> t = "Later the Eelam People's Democratic Party left."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ["Eelam People's Democratic Party"]
    >>> t = "Then the Zorbla Justice and Equality Movement met the Union for Peace and Unity."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Zorbla Justice and Equality Movement', 'Union for Peace and Unity']
    >>> t = "Then the Zorbla Front and the Kestrel Army met; Peace and Justice was a slogan."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Zorbla Front', 'Kestrel Army']
    >>> t = "Then the Zorbla Front raided Jaysh al-Kestrel's posts and the Umbra Army's base."
    >>> [t[s:e] for s, e, _k, _c in candidate_spans(t)]
    ['Zorbla Front', 'Jaysh al-Kestrel', 'Umbra Army']
    """
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        start, _end, word = toks[i]
        if not word[:1].isupper() or word.lower() in _STOP:
            i += 1
            continue
        j = i
        while j + 1 < len(toks):
            nxt = toks[j + 1][2]
            gap = text[toks[j][1] : toks[j + 1][0]]
            if gap in ("' ", "\u2019 ") and f"{toks[j][2].lower()}'" in _name_possessors():
                gap = " "  # "the Revolutionary Workers' Party": a possessor of the name (open17)
            if gap not in (" ", "-", " - ") or len(gap) > 3:
                break
            # an Arabic article joined to the next word ("Deir ez-Zor", "Ras as-Sukkar") is
            # part of the name, though "as", "at", "an" alone are not (world13)
            article = (
                nxt.lower() in _HYPHEN_ARTICLES
                and j + 2 < len(toks)
                and text[toks[j + 1][1] : toks[j + 2][0]] == "-"
            )
            if nxt[:1].isupper() or (
                (nxt.lower() in _CONNECT or article)
                and j + 2 < len(toks)
                and toks[j + 2][2][:1].isupper()
            ):
                j += 1
                continue
            if _cause_pair(text, toks, j):
                # "the Justice and Equality Movement", "the Committee of Union and Progress"
                j += 2
                continue
            # "Democratic Forces for the Liberation of Rwanda", "Front for the Liberation
            # of X": a connector and an article inside a long name, then a capitalised word,
            # once the name so far is an organisation's (a group word in it; "Commander Z of
            # the Y Front" is a person and his front)
            # "Movement for Democracy in Zorbla", "Union for Peace in the Zorblan Republic":
            # a name that names its cause with "for" runs on with "for"/"in" and a capitalised
            # word (after "the" or not), as one name (open17); "the Zorbla Front in Umbria"
            # stays "the Zorbla Front", and a name with its place ("... of Zorbla") takes no
            # other ("... of Zorbla in the Umbria region")
            if (
                nxt.lower() in _CAUSE_CONNECT
                and (
                    nxt.lower() == "for"
                    or (
                        "for" in (words := [t[2].lower() for t in toks[i : j + 1]])
                        and "of" not in words
                        and "in" not in words
                    )
                )
                and any(t[2].lower() in ORG_HEADS for t in toks[i : j + 1])
                and j + 2 < len(toks)
                and text[toks[j][1] : toks[j + 1][0]] == " "
                and text[toks[j + 1][1] : toks[j + 2][0]] == " "
            ):
                k = j + 3 if toks[j + 2][2].lower() == "the" else j + 2
                if (
                    k < len(toks)
                    and toks[k][2][:1].isupper()
                    and toks[k][2].lower() not in _STOP
                    and all(text[toks[m][1] : toks[m + 1][0]] == " " for m in range(j, k))
                ):
                    j = k
                    continue
            if (
                nxt.lower() in _LONG_CONNECT
                and any(t[2].lower() in ORG_HEADS for t in toks[i : j + 1])
                and j + 3 < len(toks)
                and toks[j + 2][2].lower() == "the"
                and toks[j + 3][2][:1].isupper()
                and toks[j + 3][2].lower() not in _STOP
                and all(text[toks[k][1] : toks[k + 1][0]] == " " for k in (j, j + 1, j + 2))
            ):
                j += 2
                continue
            break
        # "Belmokhtar's al-Mulathameen Brigade": a possessor opening the run is its owner,
        # not part of the name (mmp7)
        # ("the Eelam People's Democratic Party": a possessor of name_cues.yaml's
        # name_possessors is part of the name, mmp9)
        owners = [
            k for k in range(i, j)
            if toks[k][2].endswith(("'s", "\u2019s"))
            and toks[k][2].lower().replace("\u2019", "'") not in _name_possessors()
        ]  # fmt: skip
        if owners:
            i = owners[-1] + 1
        prev = toks[i - 1][2].lower() if i > 0 else ""
        while j > i and toks[i][2].lower() in _DROP_CUES:
            prev = toks[i][2].lower()
            i += 1
        words = [t[2] for t in toks[i : j + 1]]
        end = toks[j][1]
        if (
            j > i
            and words[-1].endswith(("'s", "\u2019s"))
            and words[-1].lower().replace("\u2019", "'") not in _name_possessors()
        ):
            # "raided Jaysh al-Zorba's positions", "the Kestrel Front's positions": the name
            # is its possessor, without the possessive (replay26)
            words[-1] = words[-1][:-2]
            end -= 2
        lower = [w.lower() for w in words]
        nxt = toks[j + 1][2].lower() if j + 1 < len(toks) else ""
        kind = cue = None
        heads = [w for w in lower if w in ORG_HEADS]
        if heads:
            kind, cue = "org", heads[-1]
        elif nxt in FOLLOW_CUES:
            kind, cue = "org", nxt
        elif prev in PERSON_CUES or lower[0] in PERSON_CUES:
            kind, cue = "person", prev if prev in PERSON_CUES else lower[0]
            if lower[0] in PERSON_CUES and len(words) == 1:
                kind = None
        if kind is None:
            # "Los Zorbos": a gang's or cartel's name, also where a capitalised word and "of"
            # run into it ("Gunmen of Los Zorbos"; names39)
            opens = [k for k, w in enumerate(lower) if w in _PLURAL_ARTICLES
                     and _plural_name(lower[k:], lower[k - 1] if k else prev)]  # fmt: skip
            if opens and (opens[0] == 0 or lower[opens[0] - 1] in _CONNECT):
                i += opens[0]
                words, lower = words[opens[0] :], lower[opens[0] :]
                kind, cue = "org", lower[0]
        if kind == "org" and len(words) == 1 and lower[0] in _NEW_HEADS - _OLD_HEADS:
            kind = None  # "Cartel", "Bloque" alone: a word, no name (open17)
        if kind and not (i == 0 and len(words) == 1 and kind != "person"):
            out.append((toks[i][0], end, kind, cue))
        i = j + 1
    return out


__all__ = ["FOLLOW_CUES", "ORG_HEADS", "PERSON_CUES", "candidate_spans"]
