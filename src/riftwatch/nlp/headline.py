"""Headline mode and parse repair.

Headlines drop auxiliaries and articles and tell past events in the present ("Taliban attack
check post", "2 Qaeda leaders killed in U.S. strike", "Pakistan to hold talks with TTP").
A sentence is read in **headline mode** when it is the first sentence of its document, at most
25 words long, and one of these holds:

- it carries a citation prefix ``Outlet,YYYY-MM-DD,`` (UCDP-style source citations);
- it has no final full stop (a title line, or a whole document that is one headline);
- it is in Title Case (most longer words capitalised);
- it ends with a source tag ("... - paper", "...: police");
- it has headline grammar (and at most 16 words): a present-tense or participial main
  predicate whose subject has no article ("Taliban kill 13 soldiers in ambush.").

In headline mode a past form with a subject, no auxiliary and no object is a passive
("commander killed"), ``to`` + verb with no verb above it is future, and present tense tells
the past (no event in a headline is made future by a date after the report).

Parse repair (any sentence, same-length rewrites so every character offset still holds):

- an actor name the tagger read as a verb or function word ("IS claims ...": *IS* as "is") is
  parsed as a name-like placeholder;
- a headline with no event verb, whose first actor is followed by an event word read as a noun
  ("Taliban attack check post"), is parsed again with that actor as a pronoun; the new parse
  is kept only when the event word becomes the verb of that pronoun.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from riftwatch.nlp.parse import parse_distinct, s_lemma

NAME = "headline.rules.v51"

MAX_WORDS = 25
GRAMMAR_WORDS = 16  # headline grammar alone marks a headline only in a text this short
CITATION = re.compile(r"^\s*[^,\n]{2,80},\d{4}-\d{2}(?:-\d{2})?,\s*")
SOURCE_TAG = re.compile(r"\s(?:-|\u2013|\u2014|:)\s*[A-Za-z][\w.]*(?:\s[A-Za-z][\w.]*){0,2}\s*$")
_TAG_AT_END = re.compile(
    r"(?:\s(?:-|\u2013|\u2014)|:)\s*[A-Za-z][\w.]*(?:\s[A-Za-z][\w.]*){0,2}\s*$"
)
_FINAL = (".", "!", "?", '"', "'", "\u201d", "\u2019", ")")
NON_NOMINAL = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART"})
_REPREFIX = re.compile(r"\b[Rr]e-(?=[a-z]{4,})")
CLAUSAL = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp"})


def mask_citation(text: str) -> tuple[str, bool]:
    """The text with a leading ``Outlet,date,`` citation blanked (same length), and whether
    there was one.

    >>> mask_citation("Reuters News,2018-11-06,Taliban attack post.")
    ('                        Taliban attack post.', True)
    """
    match = CITATION.match(text)
    if not match:
        return text, False
    return " " * match.end() + text[match.end() :], True


def candidate(index: int, sentence: str, text: str, end: int) -> bool:
    """Can this sentence be a headline: the document's first sentence, short, and either the
    whole document or a line of its own."""
    if index != 0 or len(sentence.split()) > MAX_WORDS:
        return False
    rest = text[end:]
    return not rest.strip() or rest.lstrip(" \t").startswith(("\n", "\r"))


def reason(
    sentence: str, *, citation: bool = False, sdoc: Any = None, events: Any = None
) -> str | None:
    """Why ``sentence`` (a headline candidate) is read as a headline, or None.

    >>> reason("Taliban commander killed, another held in Pak")
    'no final full stop'
    >>> reason("2 Qaeda Leaders Killed in U.S. Strike in Pakistan.")
    'title case'
    >>> reason("The Taliban attacked a post.") is None
    True
    """
    text = sentence.strip()
    if citation:
        return "citation headline (outlet,date,headline)"
    if text and not text.endswith(_FINAL):
        return "no final full stop"
    if _title_case(text):
        return "title case"
    if SOURCE_TAG.search(text.rstrip(".")):
        return "source tag"
    if sdoc is not None and len(text.split()) <= GRAMMAR_WORDS and _headline_grammar(sdoc, events):
        return "headline grammar"
    return None


def source_tag_start(text: str) -> int | None:
    """Where a trailing source tag starts ("... in Karachi - police", "...: officials"), or
    None. The tag names who reported the headline, never a party to its event.

    >>> text = "Bomb kills 26 in NW Pakistan: officials"
    >>> text[source_tag_start(text):]
    ': officials'
    >>> text = "Taleban leader killed - police"
    >>> text[source_tag_start(text):]
    ' - police'
    >>> source_tag_start("Pakistan army kills 15 militants") is None
    True

    heads21: a group's claim is a clause, no tag ("Attack on X post: TTP claims
    responsibility"; headline.yaml ``claim_verbs``).

    >>> source_tag_start("Attack on army post in Bannu: TTP claims responsibility") is None
    True
    """
    match = _TAG_AT_END.search(text.rstrip(". "))
    if match is None:
        return None
    claims = frozenset(_data().get("claim_verbs") or ())
    if any(w.lower() in claims for w in re.findall(r"[\w.]+", match.group())):
        return None  # "...: TTP claims responsibility": the claimant's clause, not a reporter
    return match.start()


_DATELINE = re.compile(r"^\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}\s*:\s")
_PLACE_NAME = r"[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_LONG_DATELINE = re.compile(
    rf"^\s*{_PLACE_NAME}(?:,\s*{_PLACE_NAME})?"  # "Chaman", "Ghulam Khan, Pakistan"
    rf"(?:,?\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?)?"  # ", May 5"
    r"(?:\s*\([A-Za-z][\w .&-]{0,24}\))?"  # "(Reuters)", "(AP)"
    r"\s*(?::|\s[-\u2013\u2014])\s"
)


def dateline_end(text: str) -> int:
    """Where a leading dateline ("Pakistan: ...", "North Waziristan: ...", "Chaman, Pakistan:
    ...", "Wana, May 3 (Reuters) - ...") ends, else 0.

    >>> dateline_end("Pakistan: 4 militants killed")
    10
    >>> dateline_end("Taliban attack post in Swat")
    0
    >>> text = "Wana, May 3 (Reuters) - Gunmen kill elder"
    >>> text[dateline_end(text):]
    'Gunmen kill elder'
    >>> text = "Ghulam Khan, Pakistan: troops fire"
    >>> text[dateline_end(text):]
    'troops fire'
    """
    match = _DATELINE.match(text) or _LONG_DATELINE.match(text)
    return match.end() if match else 0


_CLAUSE_JOINT = re.compile(r"\s*;\s+|\s+[-\u2013\u2014]\s+|(?<=\w):\s+")
_JOINT_WORDS = 3  # words each side of a joint, so a joint ends no name or tag
_COLON_LEFT_WORDS = 4  # "Army chief: ..." is a speaker, not a clause


def clause_parts(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the clauses of a headline that joins two or more by a
    semicolon, a spaced dash or a colon ("X kills 5 in Y; Z claims attack"), each to be read
    as a headline of its own (bugs39: the parse of the joined line made the second clause a
    noun phrase and lost it); one span, the whole text, when there is no such joint. A part
    has at least three words; a colon needs four before it (a speaker: "Army chief: we will
    ..." stays whole), and a leading dateline ("Wana, May 3 (Reuters) - ...") is no joint.

    >>> text = "Rebels kill 5 in Zorvan; Kestrel Front claims attack"
    >>> [text[s:e] for s, e in clause_parts(text)]
    ['Rebels kill 5 in Zorvan', 'Kestrel Front claims attack']
    >>> clause_parts("Rebels kill 5 - police"), clause_parts("Army chief: we will crush rebels")
    ([(0, 22)], [(0, 32)])
    """
    start = dateline_end(text)
    cuts: list[tuple[int, int]] = []
    for match in _CLAUSE_JOINT.finditer(text, start):
        left = text[(cuts[-1][1] if cuts else start) : match.start()]
        need = _COLON_LEFT_WORDS if ":" in match.group() else _JOINT_WORDS
        if len(left.split()) >= need and len(text[match.end() :].split()) >= _JOINT_WORDS:
            cuts.append((match.start(), match.end()))
    if not cuts:
        return [(0, len(text))]
    bounds = [0, *(edge for cut in cuts for edge in cut), len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


_KICKER = re.compile(r"^\s*((?:[\w.'-]+\s+)*[\w.'-]+)\s*:\s+(?=\S)")


def kicker_end(text: str) -> int:
    """Where a short kicker before a colon ends ("Border clash: X, Y trade fire", "Eid truce
    ends: X resume attacks on Y"), else 0: one to ``short_kicker_words`` words (headline.yaml)
    and a colon, no dateline (:func:`dateline_end`), with at least three words after it. The
    kicker names the story, not a party; whether it may be cut off (it names no actor and no
    modality cue) is for the caller, which knows the actors (heads17).

    >>> text = "Border clash: Afghan forces, FC trade fire"
    >>> text[kicker_end(text):]
    'Afghan forces, FC trade fire'
    >>> kicker_end("Quetta: CTD kills four militants"), kicker_end("Taliban kill 13 soldiers")
    (0, 0)
    >>> kicker_end("Army chief says so: we will crush rebels")
    0
    """
    if dateline_end(text):
        return 0
    match = _KICKER.match(text)
    if match is None or len(text[match.end() :].split()) < _JOINT_WORDS:
        return 0
    words = len(match.group(1).split())
    return match.end() if words <= int(_data().get("short_kicker_words") or 0) else 0


_WIRE_DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){{0,2}}|{_PLACE_NAME})"  # "KABUL", "Gaza City"
    rf"(?P<where>,\s*{_PLACE_NAME})?"  # ", Palestinian Territories"
    rf"(?:(?P<date>,?\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?)?"
    r"(?P<agency>\s*\([A-Za-z][\w .&-]{0,24}\))?)"
    r"\s*(?::|\s[-\u2013\u2014]|-)\s"
)


def wire_dateline_end(text: str) -> int:
    """Where a news agency's dateline opening a story ends ("KABUL, Jan 3 (Reuters) - ",
    "GAZA CITY, Palestinian Territories: ", "Wana, May 3 (AP) - "), else 0. Unlike
    :func:`dateline_end` it asks for a wire's marks (a date, an agency in brackets, or a
    city in capitals with its country), so it also holds outside headlines: "Pakistan:
    talks resume" in running text is no dateline.

    >>> text = "KABUL, Jan 3 (Reuters) - Troops left."
    >>> text[wire_dateline_end(text):]
    'Troops left.'
    >>> text = "GAZA CITY, Palestinian Territories: Four were killed."
    >>> text[wire_dateline_end(text):]
    'Four were killed.'
    >>> text = "Kabul, 4 March 2012 - The Haqqani network sheltered Al Qaeda."
    >>> text[wire_dateline_end(text):]
    'The Haqqani network sheltered Al Qaeda.'
    >>> [wire_dateline_end(t) for t in ("Pakistan: talks resume", "NATO - the alliance said")]
    [0, 0]
    """
    match = _WIRE_DATELINE.match(text)
    if match is None:
        return 0
    head = text[: match.end()]
    capitals = re.match(r"\s*[A-Z][A-Z.'-]{2,}\b", head) is not None
    if not ((capitals and match.group("where")) or match.group("date") or match.group("agency")):
        return 0
    return match.end()


def outside_wire_dateline(actors: list[tuple[int, int, Any]], text: str) -> list[Any]:
    """The actors of a sentence without those inside a wire dateline that opens it: the
    dateline says where the story was filed, it names no party ("KABUL, Jan 3 (Reuters) -
    Pakistani troops ..." is not done by Kabul's government)."""
    end = wire_dateline_end(text)
    if not end:
        return actors
    return [item for item in actors if item[0] >= end]


def _labels_only(actor: Any) -> bool:
    """A country, a place, or a name the parse alone made an actor (a spaCy entity, not a
    name with a group word): in a dateline, these only say where the story is from."""
    how = getattr(actor, "how", "") or ""
    open_entity = how.startswith("open:") and "group word" not in how
    return actor.type in ("country", "place") or open_entity


def outside_dateline(actors: list[tuple[int, int, Any]], text: str) -> list[Any]:
    """The actors of a headline without a country or place that only labels it ("Pakistan:
    4 militants killed" is about Pakistan, not done by it; "Chaman: Afghan forces fire on
    Pakistani troops" is not done by a group called Chaman)."""
    end = dateline_end(text)
    if not end:
        return actors
    return [item for item in actors if item[0] >= end or not _labels_only(item[2])]


@cache
def _origin_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = _data()
    preps = "|".join(r"\s+".join(map(re.escape, p.split())) for p in data.get("origin_preps") or ())
    cues = "|".join(map(re.escape, data.get("origin_cues") or ())) or "(?!)"
    before = re.compile(rf"\b(?:{preps or '(?!)'})\s+(?:the\s+)?$", re.I)
    return before, re.compile(rf"\b(?:{cues})\b", re.I)


def outside_origin(actors: list[tuple[int, int, Any]], text: str) -> list[Any]:
    """The actors of a headline without a country or place that only says where attackers
    came from: "Soldiers martyred in cross-border attack from Afghanistan", "TTP fighters
    from Afghanistan attacked border post" (LABELLING: a place is not an actor; the Afghan
    state is not the attacker, nor the attacked). Only in a headline that tells of an attack
    (headline.yaml ``origin_cues``); "aid from Saudi Arabia" keeps its giver.

    >>> from types import SimpleNamespace as A
    >>> text = "TTP fighters from Afghanistan attack FC post"
    >>> acts = [(0, 3, A(type="armed_group")), (18, 29, A(type="country"))]
    >>> [a.type for _s, _e, a in outside_origin(acts, text)]
    ['armed_group']
    >>> [a.type for _s, _e, a in outside_origin(acts, "Aid from Afghanistan")][-1:]
    ['country']
    """
    return [
        item
        for item in actors
        if item[2].type not in ("country", "place") or not origin_of_attack(text, item[0])
    ]


def origin_of_attack(text: str, start: int) -> bool:
    """Does the name at ``start`` only say where the attackers of an attack ``text`` tells
    came from ("... attack from Afghanistan")? See :func:`outside_origin`.

    >>> origin_of_attack("Soldiers martyred in attack from Afghanistan", 33)
    True
    >>> origin_of_attack("Soldiers martyred in Afghanistan", 21)
    False
    """
    before, cue = _origin_forms()
    return bool(cue.search(text)) and before.search(text[:start]) is not None


def outside_source_tag(actors: list[tuple[int, int, Any]], text: str) -> list[Any]:
    """The actors of a headline without those inside its trailing source tag."""
    start = source_tag_start(text)
    if start is None:
        return actors
    return [item for item in actors if item[1] <= start]


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)[1:] if len(w) >= 4]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _headline_grammar(sdoc: Any, events: Any = None) -> bool:
    """A present-tense or participial main predicate whose subject has no article. A past
    form with nothing after it reads as a headline's passive only for an event verb
    (``events``, when given): "Iranian support for Y grew after 2006" is a sentence, its verb
    intransitive (lead34), "Fifteen soldiers killed in attack" a headline."""
    root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    if root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "acl" and c.tag_ == "VBN" for c in root.children
    ):
        subject = root  # "Six soldiers killed in attack."
    elif root.pos_ == "VERB" and (
        root.tag_ in ("VBZ", "VBP")
        or (
            root.tag_ in ("VBD", "VBN")
            and (events is None or root.lemma_.lower() in events)
            and not any(
                c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp", "attr")
                for c in root.children
            )
        )  # fmt: skip
    ):  # "Taliban kill 13 soldiers.", "Fifteen soldiers killed, 10 injured in attack."
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return False
    else:
        return False
    return not any(t.lower_ in ("the", "a", "an") for t in subject.subtree)


# -- a claim of the headline's own attack ---------------------------------------------------
_CLAIMED = frozenset({"attack", "attacks", "killing", "killings", "bombing", "blast", "assault",
                      "ambush", "responsibility", "strike"})  # fmt: skip
_NOT_CLAIMED = frozenset({"not", "n't", "never", "deny", "denies", "denied", "reject", "rejects"})
CLAIM_NOTE = "claimed by {} in the same headline"


def claimed_words() -> frozenset[str]:
    """The words a claim names its attack by ("claims attack", "claims responsibility")."""
    return _CLAIMED


def attacked_preps() -> frozenset[str]:
    """headline.yaml ``attacked_preps``: the prepositions before the party an attack noun of
    a headline hit ("Attack on Y", "Blast at Y's rally"; heads21)."""
    return frozenset(_data().get("attacked_preps") or ())


def claimed_attacks(events: list[Any], sdoc: Any, actor_of: dict[int, Any]) -> list[Any]:
    """'Gunmen kill intelligence officer, IS claims attack': an attack whose author the
    headline leaves unnamed, followed by a group's claim of the attack (or of responsibility),
    is the claimant's (LABELLING.md: a group's claim of its own attack is asserted). Returns
    the events whose source was replaced; a denied or negated claim changes nothing."""
    changed = []
    for tok in sdoc:
        if tok.lemma_.lower() != "claim" and tok.lower_ not in ("claim", "claims", "claimed"):
            continue
        words = {t.lower_ for t in sdoc[max(0, tok.i - 3) : tok.i + 1]}
        after = {t.lower_ for t in sdoc[tok.i + 1 : tok.i + 5]}
        if words & _NOT_CLAIMED or not (after & _CLAIMED or _bare_claim(tok)):
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            continue  # "...; IS may claim", "TTP will claim": no claim made (heads16)
        claimant = None
        for back in range(tok.i - 1, max(-1, tok.i - 4), -1):
            actor = actor_of.get(back)
            if actor is not None:
                claimant = actor
                break
        if claimant is None or claimant.weak or claimant.type not in ("armed_group", "faction"):
            continue
        for event in events:
            source = event.source
            unnamed = source.weak or source.id.startswith("collective:unidentified")
            if event.event_type == "ASSAULT" and event.trigger.i < tok.i and unnamed:
                event.source = claimant
                event.why.append(CLAIM_NOTE.format(claimant.mention))
                changed.append(event)
    return changed


def _bare_claim(tok: Any) -> bool:
    """'Bomber targets police truck; TTP claims': a claim verb that closes the headline with
    no object of its own (only punctuation after it) claims the attack the headline told.

    heads11: the claim had needed an attack noun or "responsibility" after it. heads16: the
    tagger reads "claims" after a hyphenated name as a plural noun ("...; IS-K claims"); a
    clause of only a name and "claims" after a semicolon, comma or colon is the verb still.

    (tests/nlp/test_heads16_mechanisms.py runs it on the parse the pipeline repairs.)

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Army dismisses IS-K claims")
    >>> _bare_claim(doc[-1])
    False
    """
    if not all(t.is_punct for t in tok.doc[tok.i + 1 :]):
        return False
    if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBZ", "VBD", "VBP", "VBN"):
        return True
    return tok.lower_ == "claims" and _named_clause(tok)


def _named_clause(tok: Any) -> bool:
    """Is ``tok`` preceded only by a proper name (its words and the hyphens inside it) back to
    a semicolon, a comma or a colon that opens the clause?"""
    doc = tok.doc
    i = tok.i - 1
    words = 0
    while i >= 0 and (doc[i].pos_ == "PROPN" or (doc[i].text == "-" and not doc[i].whitespace_)):
        words += doc[i].pos_ == "PROPN"
        i -= 1
    return words > 0 and i >= 0 and doc[i].text in (";", ",", ":")


# -- parse repair ---------------------------------------------------------------------------
def _pseudo_name(surface: str) -> str:
    """A same-length, name-like stand-in for an actor mention ("IS" -> "Jo")."""
    return re.sub(r"[A-Za-z0-9]+", lambda m: ("Jo" + "x" * len(m.group()))[: len(m.group())]
                  if len(m.group()) > 1 else "J", surface)  # fmt: skip


def _replace(text: str, start: int, end: int, new: str) -> str:
    assert len(new) == end - start
    return text[:start] + new + text[end:]


def repair(sdoc: Any, spans: list[tuple[int, int]], *, headline: bool, nlp: Any,
           events: Any = None, adjectival: Any = ()) -> tuple[Any, str | None]:  # fmt: skip
    """The parse to code (``sdoc`` or a repaired one) and a note on what was repaired.

    ``spans`` are the character spans of the actor names (not pronouns); those in
    ``adjectival`` may be adjectives ("Pakistani", "Afghan"); ``events`` is the set of lemmas
    that can trigger an event (verbs). :func:`repair_many` does the same for many sentences
    with batched parses."""
    return repair_many([(sdoc, spans, headline, adjectival)], nlp=nlp, events=events)[0]


def repair_many(items: list[tuple[Any, list[tuple[int, int]], bool, Any]], *, nlp: Any,
                events: Any = None, reporting: frozenset[str] = frozenset(),
                mandative: frozenset[str] = frozenset(),
                ) -> list[tuple[Any, str | None]]:  # fmt: skip
    """:func:`repair` for ``(sdoc, spans, headline, adjectival)`` items; the parses needed
    go through the pipeline in batches. ``reporting`` are lemmas of verbs of saying and
    suspecting, repaired like event verbs when a "that" clause follows them ("Afghan
    intelligence suspects that X ...", written round 13); ``mandative`` are lemmas of
    words of asking and demanding, whose "that" clause holds a bare verb ("demanded that
    X arrest Y", precision25)."""
    docs = [item[0] for item in items]
    notes: list[list[str]] = [[] for _ in items]
    forms: list[str] = []
    todo = []
    from riftwatch.nlp.code import WalkedDoc

    for n, (raw, spans, headline, adjectival) in enumerate(items):
        sdoc = WalkedDoc(raw)  # some twenty walks of the sentence below: its tokens made once
        form, found = _masked_form(sdoc, spans, adjectival)
        if events is not None:
            form, participle = _blank_participles(sdoc, form, spans, events)
            found += participle
        wire = wire_dateline_end(form)
        if wire:  # "Kabul, 4 March 2012 - X ...": where and when it was filed, not the clause
            form = " " * wire + form[wire:]
            found.append("a wire dateline set apart")
        form, idiom = _martyrdom_idiom(sdoc, form)
        found += idiom
        form, cause = _cause_phrase(sdoc, form)
        found += cause
        if not headline:
            form, fronted = _fronted_phrase_comma(sdoc, form, spans)
            found += fronted
            if not fronted:
                form, fronted = _fronted_year_comma(sdoc, form)
                found += fronted
            if not fronted:
                form, fronted = _fronted_date_name_comma(sdoc, form)
                found += fronted
            form, clause = _clause_and_comma(sdoc, form)
            found += clause
            form, reciprocal = _reciprocal_and_comma(sdoc, form)
            found += reciprocal
        if isinstance(events, dict):
            form, idiom_object = _idiom_objects(sdoc, form, events)
            found += idiom_object
        if headline:
            form, adjective = _leading_adjective(form)
            found += adjective
            form, lowered = _title_case_form(form, spans)
            found += lowered
            form, agent = _named_toll_as(sdoc, form, spans)
            found += agent
            form, tail = _trailing_toll(sdoc, form, events)
            found += tail
            if not tail:
                form, tail = _trailing_count_verb(sdoc, form, events)
                found += tail
            form, toll = _toll_before_as(sdoc, form, spans)
            found += toll
            form, killed = _killing_idiom(sdoc, form)
            found += killed
            form, held = _arrest_idiom(form)
            found += held
            form, gunned = _present_killing_idiom(sdoc, form)
            found += gunned
            form, envoy = _envoy_title(form)
            found += envoy
            form, money = _money_amounts(form)
            found += money
            form, dropped = _dropped_subject(sdoc, form)
            found += dropped
            if events is not None:
                form, modifier = _subject_modifier(sdoc, form, spans, events)
                found += modifier
            form, claimed = _claimed_attack(form, spans)
            found += claimed
            form, fired = _fire_on(sdoc, form, spans)
            found += fired
            form, fight = _clash_idiom(form)
            found += fight
            form, traded = _clash_verb_idiom(form)
            found += traded
            form, split = _split_tolls(form)
            found += split
            form, left = _attack_leaves(form)
            found += left
            form, among = _among_toll(form)
            found += among
            form, among = _among_uncounted(form)
            found += among
            form, returned = _return_after(form)
            found += returned
            form, place_noun = _place_noun(form)
            found += place_noun
            form, place_clash = _place_before_clash(form, spans)
            found += place_clash
            if events is not None:
                form, listed = _listed_parties(form, spans, adjectival, events, sdoc)
                found += listed
                form, objects = _listed_objects(form, spans, adjectival, events)
                found += objects
            form, demonyms = _listed_demonyms(form, spans, sdoc)
            found += demonyms
        notes[n] += found
        forms.append(form)
        if form != sdoc.text:
            todo.append(n)
    for n, doc in zip(todo, _parse_many(nlp, [(forms[n], docs[n].text) for n in todo]),
                      strict=True):  # fmt: skip
        docs[n] = doc
    # "Al-Shabaab and Hizbul Islam launched ...": the parser may break a sentence at a name of
    # several words (two roots, the first name a fragment of its own); parsed again with each
    # such name as one word, the sentence is kept if it holds together better
    fragmented = []
    for n, (_sdoc, spans, _headline, _adj) in enumerate(items):
        form = _one_word_names(forms[n], spans)
        if form != forms[n] and _roots(docs[n]) > 1:
            fragmented.append((n, form))
    reparsed = _parse_many(nlp, [(form, docs[n].text) for n, form in fragmented])
    for (n, _form), doc in zip(fragmented, reparsed, strict=True):
        if _roots(doc) < _roots(docs[n]):
            docs[n] = doc
            notes[n].append("names of several words parsed as one word (the parse was broken)")
    if events is not None:
        tries = []
        for n, (_sdoc, spans, headline, adj) in enumerate(items):
            lead = _pronoun_form(docs[n], forms[n], spans, events, adj) if headline else None
            attempt = lead or _present_verb_form(
                docs[n], forms[n], spans, events, reporting, mandative
            )
            if attempt is None and not headline:
                attempt = _verbless_subject_form(docs[n], forms[n], spans, events)
            if attempt is not None:
                tries.append((n, *attempt, lead is not None))
        parsed = _parse_many(nlp, [(form, items[n][0].text) for n, form, _w, _l in tries])
        # a reported clause the first pronoun did not make one ("said that it sheltered
        # al-Qaeda leaders." as a noun phrase): its other pronouns, parsed in turn
        failed = [(n, alt, w, lead) for (n, form, w, lead), doc in zip(tries, parsed, strict=True)
                  if not _verb_of_pronoun(doc, w) for alt in _other_pronouns(form, w)]  # fmt: skip
        # "It allies with Y", "It arms Y": a third person the tagger still reads as a plural
        # noun after the pronoun; parsed again in the plural ("They ally with Y"; bugs38)
        failed += [(n, alt, w, lead) for (n, form, w, lead), doc in zip(tries, parsed, strict=True)
                   if lead and not _verb_of_pronoun(doc, w)
                   and (alt := _bare_verb_form(form, w, events)) is not None]  # fmt: skip
        tries += failed
        parsed += _parse_many(nlp, [(form, items[n][0].text) for n, form, _w, _l in failed])
        mended: set[int] = set()
        moved_of: dict[int, Any] = {}
        for (n, _form, word_idx, lead), doc in zip(tries, parsed, strict=True):
            if n in mended:
                continue  # an earlier pronoun already made the word its verb
            moved = moved_of.setdefault(n, docs[n].user_data.pop("moved_name", None))
            if _verb_of_pronoun(doc, word_idx):
                mended.add(n)
                if moved is not None:
                    doc.user_data["moved_name"] = moved  # the subject's name before its verb
                docs[n] = doc
                notes[n].append(
                    "headline: the first actor parsed as a pronoun to find its verb"
                    if lead
                    else "an actor before its verb (read as one noun phrase) parsed as a pronoun"
                )
    return [(doc, "; ".join(found) or None) for doc, found in zip(docs, notes, strict=True)]


def _masked_form(sdoc: Any, spans: list[tuple[int, int]], adjectival: Any) -> tuple[str, list]:
    """The text to parse instead: 're-' prefixes and misread actor names replaced."""
    text = sdoc.text
    notes = []
    # "re-pledged allegiance": the tokenizer splits the prefix off; parse the verb itself
    masked = _REPREFIX.sub(lambda m: " " * len(m.group()), text)
    if masked != text:
        notes.append("a 're-' prefix set apart")
    misread = joined = False
    for start, end in spans:
        hyphened = _hyphened_name().sub(_joined_word, masked[start:end])
        if hyphened != masked[start:end]:  # "Jaish-e-Mohammed": one name, not five words
            masked = _replace(masked, start, end, hyphened)
            joined = True
            continue
        span = sdoc.char_span(start, end, alignment_mode="expand")
        if span is not None and _misread(span, (start, end) in adjectival):
            masked = _replace(masked, start, end, _pseudo_name(text[start:end]))
            misread = True
    if misread:
        notes.append("actor names the tagger misread were parsed as names")
    if joined:
        notes.append("hyphenated names parsed as one name")
    return masked, notes


def _roots(doc: Any) -> int:
    """How many roots the parse of one sentence has (words only: a stray punctuation mark
    parsed as a root is no fragment)."""
    return sum(1 for t in doc if t.dep_ == "ROOT" and not t.is_punct and not t.is_space)


def _abbreviated_name(name: str) -> bool:
    """Is ``name`` one word of three characters or more written in capitals ("ISKP", "TTP",
    "IS-K"; "JuA", "Al-Qaeda" and "IS" are not)?

    >>> [_abbreviated_name(n) for n in ("ISKP", "IS-K", "IS", "Taliban", "JuA", "Al-Qaeda")]
    [True, True, False, False, False, False]
    """
    letters = re.sub(r"[^A-Za-z]", "", name)
    return len(letters) >= 2 and len(name) >= 3 and " " not in name and letters.isupper()


def _one_word_names(form: str, spans: list[tuple[int, int]], least: int = 2) -> str:
    """``form`` with every actor name of ``least`` words or more (several by default)
    written as one name-like word of the same length ("Hizbul Islam" -> "Hizbulxislam"),
    offsets unchanged.

    >>> _one_word_names("Al-Shabaab and Hizbul Islam met.", [(0, 10), (15, 27)])
    'Alxshabaab and Hizbulxislam met.'
    >>> _one_word_names("ISKP", [(0, 4)], 1)
    'Iskp'
    """
    for start, end in spans:
        words = re.findall(r"[A-Za-z0-9]+", form[start:end])
        if len(words) < least or not form[start:end][:1].isalpha():
            continue
        joined = re.sub(r"[^A-Za-z0-9]", "x", form[start:end])
        form = _replace(form, start, end, joined[:1].upper() + joined[1:].lower())
    return form


def _joined_word(match: re.Match[str]) -> str:
    """The hyphenated name as one word of the same length: "Lashkar-e-Taiba" ->
    "Lashkarxextaiba" (a capitalised word the tagger reads as a name)."""
    word = match.group()
    return word[:1].upper() + word[1:].replace("-", "x").lower()


@cache
def _hyphened_name() -> re.Pattern[str]:
    """A word joined to others by hyphens around a name particle (headline.yaml
    ``hyphen_name_particles``): "Lashkar-e-Taiba", "Harkat-ul-Jihad-al-Islami".

    >>> name = _hyphened_name()
    >>> bool(name.fullmatch("Jamaat-ul-Ahrar")), bool(name.search("TTP-linked"))
    (True, False)
    """
    particles = "|".join(re.escape(p) for p in _data().get("hyphen_name_particles") or ())
    return re.compile(rf"\b[A-Za-z]+(?:-(?:{particles})-[A-Za-z]+)+\b", re.IGNORECASE)


_QUANTITY = frozenset({"dozens", "scores", "hundreds", "thousands", "number", "some", "many",
                       "several", "group", "band", "batch", "convoy", "unit", "squad"})  # fmt: skip


def _blank_participles(sdoc: Any, form: str, spans: list[tuple[int, int]],
                       events: Any) -> tuple[str, list[str]]:  # fmt: skip
    """'Taliban kill retreating Afghan troops', 'ambush dozens of fleeing soldiers': a present
    participle that describes the actor right after it (with at most adjectives between) is
    read by the tagger as a verb taking that actor as its object, which hides the actor from
    the event verb before it. When the word before the participle is an event verb of the
    lexicon, or "of" after a number or quantity ("dozens of"), the participle is blanked
    (same length) so the actor is the event's object. A participle after a noun ("soldiers
    protecting Afghan police") or after "of" that follows anything else ("accused of supporting
    X") is a verb of its own and stays; so does one that is itself an event verb.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Taliban kill retreating Afghan troops")
    >>> _blank_participles(doc, doc.text, [(0, 7), (24, 37)], {"kill": {}})[0]
    'Taliban kill            Afghan troops'
    >>> doc = nlp()("Pakistan accused of supporting Afghan Taliban")
    >>> _blank_participles(doc, doc.text, [(0, 8), (31, 45)], {"kill": {}})[0] == doc.text
    True
    """
    starts = sorted(start for start, _end in spans)
    notes: list[str] = []
    for tok in sdoc:
        if tok.tag_ != "VBG" or tok.i == 0 or tok.lemma_.lower() in events:
            continue
        nxt = tok.i + 1
        while nxt < len(sdoc) and sdoc[nxt].pos_ == "ADJ" and sdoc[nxt].idx not in starts:
            nxt += 1
        if nxt >= len(sdoc) or sdoc[nxt].idx not in starts:
            continue  # no actor right after the participle
        before = sdoc[tok.i - 1]
        after_event = before.pos_ in ("VERB", "AUX") and before.lemma_.lower() in events
        after_quantity = (
            before.lower_ == "of"
            and before.i > 0
            and (sdoc[before.i - 1].like_num or sdoc[before.i - 1].lower_ in _QUANTITY)
        )
        if not (after_event or after_quantity):
            continue
        if before.lemma_.lower() in (_data().get("gerund_taking_verbs") or ()):
            continue  # "denied putting X under arrest": the participle is the verb's clause
        form = _replace(form, tok.idx, tok.idx + len(tok.text), " " * len(tok.text))
        notes.append(f"the participle '{tok.text}' before an actor parsed as its modifier")
    return form, notes


_DEATH_NOUNS = frozenset({"martyrdom", "shahadat", "shahadah", "shahadath"})
_MARTYRED = "were martyred"


def _idiom_objects(sdoc: Any, form: str, verbs: dict[str, Any]) -> tuple[str, list[str]]:
    """'Ahrar al-Sham parted ways with Y': the tagger reads an idiom verb (events.yaml
    ``needs_object_noun``) as the adjective of its object noun, the noun phrase as the root,
    and the verb loses its subject and its "with" phrase. The object is parsed as a same-length
    stand-in the tagger takes as an object (headline.yaml ``idiom_object_stand_ins``); the
    coder reads the real word (:func:`original_word`).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Ahrar al-Sham parted ways with the Nusra Front.")
    >>> _idiom_objects(doc, doc.text, {"part": {"needs_object_noun": ["way", "ways"]}})[0]
    'Ahrar al-Sham parted each with the Nusra Front.'
    """
    stand_ins = {int(k): str(v) for k, v in (_data().get("idiom_object_stand_ins") or {}).items()}
    notes = []
    for tok in sdoc:
        head = tok.head
        if tok.pos_ != "VERB" or tok.dep_ != "amod" or head.i != tok.i + 1 or head.pos_ != "NOUN":
            continue
        wanted = (verbs.get(tok.lemma_.lower()) or {}).get("needs_object_noun") or ()
        new = stand_ins.get(len(head.text))
        if head.lower_ not in wanted or new is None:
            continue
        form = _replace(form, head.idx, head.idx + len(head.text), new)
        notes.append(f"'{tok.text} {head.text}': the idiom's object parsed as an object")
    return form, notes


def original_word(tok: Any) -> str:
    """The text's own word at ``tok`` (lower case), also in a repaired parse.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("They parted each with us.")
    >>> doc.user_data["text"] = "They parted ways with us."
    >>> original_word(doc[2])
    'ways'
    """
    original = tok.doc.user_data.get("text")
    word = original[tok.idx : tok.idx + len(tok.text)] if original else tok.text
    return word.lower()


def _martyrdom_idiom(sdoc: Any, form: str) -> tuple[str, list[str]]:
    """'Three soldiers embrace martyrdom in attack by TTP': South Asian reporting (and the
    army's press releases) tell a soldier's death as "embraced martyrdom / shahadat". A plain
    (present or past) "embrace" with a subject and that object and no auxiliary, negation or
    modal of its own is parsed as "were martyred" (padded to the same length), the passive
    whose subject is the victim. "did not embrace martyrdom", "ready to embrace martyrdom"
    and "vow to embrace martyrdom" are left as written (no event).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Three soldiers embrace martyrdom in attack")
    >>> _martyrdom_idiom(doc, doc.text)[0]
    'Three soldiers were martyred     in attack'
    >>> doc = nlp()("Soldiers did not embrace martyrdom")
    >>> _martyrdom_idiom(doc, doc.text)[0] == doc.text
    True
    """
    notes = []
    for tok in sdoc:
        if tok.lemma_.lower() != "embrace" or tok.tag_ not in ("VBP", "VBZ", "VBD"):
            continue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or obj.lower_ not in _DEATH_NOUNS or obj.i != tok.i + 1:
            continue
        if not any(c.dep_ == "nsubj" for c in tok.children):
            continue
        if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
            continue
        start, end = tok.idx, obj.idx + len(obj.text)
        if end - start < len(_MARTYRED):
            continue
        form = _replace(form, start, end, _MARTYRED.ljust(end - start))
        notes.append(f"'{sdoc.text[start:end]}' parsed as '{_MARTYRED}'")
    return form, notes


_WANTED = re.compile(r"^(\s*(?:Most[- ])?)([Ww]anted)(?=\s+[A-Za-z])")
_WANTED_AFTER_NOUN = re.compile(r"(?<=[a-z] )(wanted)(?= (?:for|in connection with) )")


def _leading_adjective(form: str) -> tuple[str, list[str]]:
    """'Wanted TTP commander held': a headline's first word 'Wanted' describes the noun after
    it (the tagger reads it as the main verb, a wish); parse it as an adjective of the same
    length.

    >>> _leading_adjective("Wanted TTP commander held in Karachi")[0]
    'Senior TTP commander held in Karachi'

    After a noun, "wanted for" says who is sought (heads10), and is blanked:

    >>> _leading_adjective("IS militant wanted for bombing held")[0]
    'IS militant        for bombing held'
    """
    match = _WANTED.match(form)
    if not match:
        after = _WANTED_AFTER_NOUN.search(form)
        if after is None:
            return form, []
        # heads10: "IS militant wanted for Mastung bombing arrested": sought, no wish
        return _replace(form, after.start(1), after.end(1), " " * len(after.group(1))), [
            "'wanted for' after a noun read as a modifier"
        ]
    new = "Senior" if match.group(2)[0] == "W" else "senior"
    return _replace(form, match.start(2), match.end(2), new), [
        "a leading 'wanted' read as an adjective"
    ]


def _misread(span: Any, adjectival: bool) -> bool:
    """Did the tagger read an actor name as something other than a name: a verb or function
    word anywhere ("IS" as *is*), or, for a one-word name that is not a demonym, an adjective
    ("Taleban" as an adjective)? A leading article and a hyphen are normal."""
    words = [t for t in span if not (t.i == span.start and t.pos_ == "DET") and not t.is_punct]
    if len(words) > 1:  # "Al Qaeda in the Arabian Peninsula": inner articles are normal
        return any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "PART") for t in words)
    bad = NON_NOMINAL if adjectival else NON_NOMINAL | {"ADJ", "ADV"}
    return bool(words) and words[0].pos_ in bad


def _parse_many(nlp: Any, forms: list[tuple[str, str]]) -> list[Any]:
    """Parse ``(form, original)`` pairs in one batch (a form repeated in it is parsed once);
    each doc keeps its original text. The parser's known breaks are set right as in a first
    parse (:func:`clauses.repaired`: a re-parse to read misread names must not lose a list of
    verbs or gerunds the first parse had set right, walk54)."""
    if not forms:
        return []
    from riftwatch.nlp import clauses

    docs = [clauses.repaired(d) for d in parse_distinct(nlp, [form for form, _o in forms])]
    for doc, (_form, original) in zip(docs, forms, strict=True):
        doc.user_data["text"] = original  # quotes come from the real text (same offsets)
    return docs


def _pronoun_form(sdoc: Any, form: str, spans: list[tuple[int, int]], events: Any,
                  adjectival: Any = None) -> tuple[str, int] | None:  # fmt: skip
    """'Taliban attack check post': no event verb, an event word read as a noun right after
    the first actor: the text with that actor as a pronoun, and where the word starts.
    Only an actor of ``adjectival`` (a country or a place, when given) can be a demonym
    that owns the noun after it: a group's name the tagger reads as an adjective
    ("Jaish-e-Mohammad allies with Y", a hyphenated name; bugs39) is still the subject."""
    root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
    # a root participle ("Taliban attack police post killing 17": *killing* as the root, the
    # attack a noun) is no finite verb of the headline: the pronoun parse may still find one
    if (
        root is not None
        and root.pos_ in ("VERB", "AUX")
        and root.lemma_.lower() in events
        and root.tag_ != "VBG"
    ):
        return None
    spans = [(s, e) for s, e in spans if form[s:e].strip()]  # not a blanked toll or slug
    if not spans:
        return None
    start, end = min(spans)
    if len(form[:start].split()) > 2:  # the subject leads a headline ("2 Qaeda leaders ...")
        return None
    if (adjectival is None or (start, end) in adjectival) and _demonym_of_noun(sdoc, start, end):
        return None  # "Pakistani support for X grows": the demonym owns the noun (peers23)
    after = sdoc.char_span(end, len(form), alignment_mode="expand")
    word = next((t for t in after if not t.is_space and not t.is_punct), None) if after else None
    if word is None or (word.pos_ in ("VERB", "AUX") and word.dep_ in CLAUSAL):
        return None  # "militants killed in raid": the participle is already a verb
    if not {word.lower_, word.lemma_.lower(), word.lower_.rstrip("s")} & set(events):
        return None
    head = word.head
    if (
        word.pos_ == "NOUN"
        and word.dep_ in ("nsubj", "nsubjpass")
        and head.tag_ in ("VBZ", "VBP", "VBD")
        and head.lemma_.lower() in events
    ):  # "Taliban attack kills five, officials say": the noun is the subject of the
        return None  # headline's own event verb, under a verb of saying (heads13)
    pronoun = "It" if word.lower_.endswith("s") and not word.lower_.endswith("ss") else "They"
    if end - start < len(pronoun):
        pronoun = "It" if end - start >= 2 else ""
    if not pronoun:
        return None
    new = " " * (end - start - len(pronoun)) + pronoun
    return _replace(form, start, end, new), word.idx


def _demonym_of_noun(sdoc: Any, start: int, end: int) -> bool:
    """Is the actor at ``start:end`` one adjective modifying the noun right after it
    ("Pakistani support for X grows", "Iranian aid to Y rises")? An adjective is no subject:
    the noun after it is the head of a noun phrase, not a verb of which the actor would be
    the pronoun subject ("Taliban attack check post"; peers23).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Iranian aid to Hezbollah rises")
    >>> _demonym_of_noun(doc, 0, 7), _demonym_of_noun(nlp()("Taliban attack check post"), 0, 7)
    (True, False)
    """
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ == "amod"
        and nxt is not None
        and tok.head.i == nxt.i
        and nxt.pos_ in ("NOUN", "PROPN")
    )


def _present_verb_form(sdoc: Any, form: str, spans: list[tuple[int, int]], events: Any,
                       reporting: frozenset[str] = frozenset(),
                       mandative: frozenset[str] = frozenset(),
                       ) -> tuple[str, int] | None:  # fmt: skip
    """'The ISI funds Y', 'officials said X arms Y': a name, then the third person of an event
    verb, then another name, where the parser took the name and the verb for one noun phrase
    (the name a ``compound`` of the verb, or the verb a noun), or a past form it read as an
    adjective of its object ("X rebuffed overtures from Y"; after a verb of saying also one
    it tagged as a name or a noun: "officials said the Taliban armed Y fighters"), or the
    bare verb of a clause of demanding ("demanded that X arrest Y", a word of ``mandative``
    before "that"; the name then "they"): the text with that name (and its article) as the
    pronoun "it", and where the verb starts. Written text's counterpart of
    :func:`_pronoun_form`; kept only when the reparse makes the word the pronoun's verb.

    >>> from riftwatch.nlp.parse import nlp
    >>> text = "Officials say the ISI funds Hizbul Mujahideen."
    >>> doc = nlp()(text)
    >>> spans = [(text.index("ISI"), text.index("ISI") + 3), (text.index("Hiz"), len(text) - 1)]
    >>> form, at = _present_verb_form(doc, text, spans, {"fund"})
    >>> form[:30], text[at:at + 5]
    ('Officials say      it funds Hi', 'funds')
    >>> _present_verb_form(nlp()("The ISI funded Y."), "The ISI funded Y.", [(4, 7)], {"fund"})
    >>> t = "Officials said the Taliban sheltered al-Qaeda leaders."
    >>> form, at = _present_verb_form(nlp()(t), t, [(19, 26), (37, 45)], {"shelter"},
    ...                               frozenset({"say"}))
    >>> form[:36], t[at:at + 9]
    ('Officials said     that it sheltered', 'sheltered')
    >>> t = "It is said that the Taliban sheltered al-Qaeda leaders."
    >>> form, at = _present_verb_form(nlp()(t), t, [(20, 27), (38, 46)], {"shelter"},
    ...                               frozenset({"say"}))
    >>> form[:37], t[at:at + 9]
    ('It is said that          it sheltered', 'sheltered')
    >>> t = "Afghan intelligence suspects that the ISI helped Y."
    >>> _present_verb_form(nlp()(t), t, [(0, 19), (38, 41)], {"help"}, frozenset({"suspect"}))[0]
    '                 It suspects that the ISI helped Y.'
    """
    spans = sorted((s, e) for s, e in spans if form[s:e].strip())
    for n, (start, end) in enumerate(spans[:-1]):
        after = sdoc.char_span(end, len(form), alignment_mode="expand")
        word = next((t for t in after if not t.is_space), None) if after else None
        if word is None or word.is_punct:
            continue
        low = word.lower_
        subjunctive = _demanded_bare_verb(sdoc, word, start, events, mandative)
        past = _past_stem(word, events)
        if subjunctive:
            glued = True  # "demanded that Pakistan arrest Y": the verb read as a noun
        elif (word.tag_ in ("VBD", "VBN") or past) and word.dep_ == "amod":
            # "The Quetta shura rebuffed overtures from Y": a past form read as an adjective
            # of its object, the name its subject; the sentence left with no verb
            subject = any(
                c.dep_ in ("nsubj", "npadvmod") and start <= c.idx < end for c in word.children
            )
            # "X shared weapons with Y": the name read as a modifier of the object, the
            # sentence with no verb at all (its root a noun): any past form may be the verb
            verbless = word.sent.root.pos_ not in ("VERB", "AUX") and (subject or any(
                c.dep_ in ("nmod", "compound", "poss") and start <= c.idx < end
                for c in word.head.children
            ))  # fmt: skip
            if verbless and any(a.dep_ == "relcl" for a in word.ancestors):
                # "X commanders who would later join Y sheltered Z": Y is inside the relative
                # clause the parser ran on; the subject is before it (precision23)
                verbless = False
            # "Officials said the Taliban sheltered al-Qaeda leaders": the reported clause
            # read as one noun phrase, the object of the verb of saying, its verb an adjective
            # of its object and its subject a modifier (stop 31)
            reported = (
                (word.lemma_.lower() in events or past is not None)
                and _after_reporting_verb(word, reporting)
                and any(
                    c.dep_ in ("nmod", "compound", "poss") and start <= c.idx < end
                    for c in word.head.children
                )
            )
            if word.tag_ not in ("VBD", "VBN") and not reported:
                continue  # a past form tagged as a name or a noun: only in a reported clause
            if not ((word.lemma_.lower() in events and subject) or verbless or reported):
                continue
            glued = True
        else:
            if not low.endswith("s") or low.endswith("ss"):
                continue
            that = word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "that"
            if not (s_lemma(low, events) or (that and s_lemma(low, reporting))):
                continue  # "X suspects that Y ...": a verb of suspecting before its clause
            if word.i + 1 < len(word.doc) and word.doc[word.i + 1].text in (",", ";", ":"):
                continue  # "dismissed the American charges, saying ...": a noun (precision23)
            if any(
                c.dep_ == "amod" and c.pos_ in ("ADJ", "VERB") and c.idx < start
                for c in word.children
            ):
                # "warnings of imminent American raids to Y": an adjective of the noun before
                # the name puts the name inside the noun's phrase, no subject (written24)
                continue
            if (
                word.pos_ != "VERB"
                and word.dep_ in ("nsubj", "nsubjpass")
                and word.head.pos_ in ("VERB", "AUX")
            ):
                continue  # "Taliban attacks in X kill 30": a noun, the subject of the verb
            if _object_of_finite_clause(word, start):
                continue  # "X fought alongside government forces against Y": a noun (walk59)
            # the name a compound of the verb, or (heads11: "Pakistan summons US envoy") an
            # adjective of it: a name has no adjective use on a verb
            glued = word.pos_ != "VERB" or any(
                c.dep_ in ("compound", "amod") and start <= c.idx < end for c in word.children
            )
        if not glued or spans[n + 1][0] <= word.idx:
            continue
        head = sdoc.char_span(start, end, alignment_mode="expand")
        if head is not None and head[0].i > 0 and sdoc[head[0].i - 1].lower_ == "the":
            start = sdoc[head[0].i - 1].idx  # "the ISI" as a whole
        pronoun = "It" if start == 0 else "it"
        marked = any(c.dep_ == "mark" and c.i < word.i for c in word.head.children)
        if subjunctive:
            pronoun = "they"  # "demanded that they arrest Y": a bare verb agrees with "they"
        elif (
            _after_reporting_verb(word, reporting) and not marked and end - start >= len("that it")
        ):
            pronoun = "that it"  # "said that it sheltered ...": the clause marked as one
        if end - start < len(pronoun):
            continue
        return _replace(form, start, end, " " * (end - start - len(pronoun)) + pronoun), word.idx
    return None


def _object_of_finite_clause(word: Any, start: int) -> bool:
    """Is ``word`` (a plural noun after a name, such as "forces") the object of a preposition
    whose verb already has its subject before the name ("X fought alongside government forces
    against Y")? Then the name and the word are one noun phrase, not a subject and its verb.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The militia fought alongside government forces against the rebels.")
    >>> _object_of_finite_clause(doc[5], doc[4].idx)
    True
    >>> doc = nlp()("Officials say the ISI funds Hizbul Mujahideen.")
    >>> _object_of_finite_clause(doc[4], doc[3].idx)
    False
    """
    if word.dep_ != "pobj" or word.head.dep_ != "prep":
        return False
    verb = word.head.head
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.idx < start
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.idx < verb.idx for c in verb.children)
    )


_REPORTED_PRONOUNS = ("it", "that they", "they")


def _past_stem(word: Any, events: Any) -> str | None:
    """The event verb whose past form ``word`` is when the tagger read it as an adjective,
    a name or a noun ("armed" as a proper name, lemma "armed"): the stem the surface gives
    ("armed" -> arm, "funded" -> fund, "supplied" -> supply, "shipped" -> ship), else None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Officials said the Taliban armed al-Qaeda fighters.")
    >>> _past_stem(doc[4], {"arm", "fund"})
    'arm'
    >>> _past_stem(doc[0], {"arm", "fund"}) is None
    True
    """
    low = word.lower_
    if word.tag_ in ("VBD", "VBN") or not low.endswith("ed") or len(low) < 5:
        return None
    if word.text != low:
        return None  # "the Pakistan Armed Forces": a capitalised word is part of a name
    stems = [low[:-2], low[:-1]]
    if low.endswith("ied"):
        stems.append(low[:-3] + "y")
    if len(low) > 5 and low[-3] == low[-4]:
        stems.append(low[:-3])  # "shipped" -> ship
    return next((s for s in stems if s in events), None)


def _demanded_bare_verb(sdoc: Any, word: Any, start: int, events: Any,
                        mandative: frozenset[str]) -> bool:  # fmt: skip
    """Is ``word`` the bare verb of a clause of demanding whose subject is the name starting at
    ``start`` ("Washington demanded that Pakistan arrest Y", "the demand that X expel Y"), a
    word of ``mandative`` right before "that", or a verb of them right before the name ("US
    demands Pakistan arrest Y")? The parser reads such a subjunctive as a noun after the
    name (precision25).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Washington demanded that Pakistan arrest Taliban leaders.")
    >>> _demanded_bare_verb(doc, doc[4], doc[3].idx, {"arrest"}, frozenset({"demand"}))
    True
    >>> doc = nlp()("Washington said that Pakistan arrest Taliban leaders.")
    >>> _demanded_bare_verb(doc, doc[4], doc[3].idx, {"arrest"}, frozenset({"demand"}))
    False
    >>> doc = nlp()("US demands Pakistan arrest Haqqani leaders")
    >>> _demanded_bare_verb(doc, doc[3], doc[2].idx, {"arrest"}, frozenset({"demand"}))
    True
    """
    low = word.lower_
    if low not in events or word.tag_ in ("VBD", "VBN", "VBZ", "VBG") or low.endswith("s"):
        return False
    head = sdoc.char_span(start, start + 1, alignment_mode="expand")
    if head is None or head[0].i < 2:
        return False
    at = head[0].i - 1
    if sdoc[at].lower_ == "the" and at >= 2:
        at -= 1
    if sdoc[at].lower_ != "that":  # "US demands Pakistan arrest Y" (no "that")
        return sdoc[at].pos_ == "VERB" and sdoc[at].lemma_.lower() in mandative
    return sdoc[at - 1].lemma_.lower() in mandative


def _other_pronouns(form: str, word_idx: int) -> list[str]:
    """``form`` (a reported clause's subject made "that it" before the verb at ``word_idx``)
    with the other pronouns in its place, right-aligned in the blanked subject, for a parse
    "that it" did not mend (precision24).

    >>> for f in _other_pronouns("Officials said     that it sheltered Y.", 27):
    ...     print(f)
    Officials said          it sheltered Y.
    Officials said   that they sheltered Y.
    Officials said        they sheltered Y.
    >>> _other_pronouns("It sheltered Y.", 3)
    []
    """
    head = form[:word_idx].rstrip()
    if not head.endswith(" that it"):
        return []
    end = len(head)
    start = end - len("that it")
    out = []
    for pronoun in _REPORTED_PRONOUNS:
        begin = min(start, end - len(pronoun))
        if begin < 1 or form[begin - 1 : start].strip():
            continue  # no room in the blanked subject
        out.append(form[:begin] + pronoun.rjust(end - begin) + form[end:])
    return out


def _bare_verb_form(form: str, word_idx: int, events: Any) -> str | None:
    """``form`` (a headline whose first actor is the pronoun "It" before the event word at
    ``word_idx``) in the plural: the pronoun "They" (or "We" where the blanked subject has no
    room for it) and the word's bare form, the same length with spaces after it, when the word
    is a third person singular ("-s", "-es", "-ies") whose bare form is an event verb of
    ``events``; else None. The tagger reads "It allies with Y", "It arms Y" as nouns; "They
    ally with Y", "They arm Y" as verbs (bugs38).

    >>> _bare_verb_form("          It allies with Y", 13, {"ally"})
    '        They ally   with Y'
    >>> _bare_verb_form("It arms Y", 3, {"arm"})
    'We arm  Y'
    >>> _bare_verb_form("It meets Y", 3, {"attack"}) is None
    True
    """
    match = re.match(r"[A-Za-z]+", form[word_idx:])
    head = form[:word_idx].rstrip()
    if match is None or not head.endswith(("It", "it")):
        return None
    word = match.group()
    low = word.lower()
    stem = s_lemma(low, events)
    if stem is None:
        return None
    start = len(head) - 2  # where "It" begins
    capital = head.endswith("It")
    roomy = (
        start >= 2
        and not form[start - 2 : start].strip()
        and (start == 2 or form[start - 3] == " ")
    )
    if roomy:
        pronoun, begin = ("They" if capital else "they"), start - 2
    else:
        pronoun, begin = ("We" if capital else "we"), start
    out = form[:begin] + pronoun + form[start + 2 : word_idx]
    return out + stem.ljust(len(word)) + form[word_idx + len(word) :]


def _after_reporting_verb(word: Any, reporting: frozenset[str]) -> bool:
    """Is ``word`` inside the object of an earlier verb of saying ("said the Taliban
    sheltered al-Qaeda leaders": 'sheltered' modifies 'leaders', the object of 'said')?"""
    head = word.head
    return (
        # "said the X sheltered Y leaders"; "it is said that the X sheltered Y leaders": the
        # clause read as a noun phrase, the complement of the verb of saying (precision23)
        head.dep_ in ("dobj", "obj", "ccomp")
        and head.head.lemma_.lower() in reporting
        and head.head.i < word.i
    )


def lead_of(sdoc: Any) -> int:
    """Where the first token of a sentence doc starts."""
    return sdoc[0].idx if len(sdoc) else 0


def _verbless_subject_form(sdoc: Any, form: str, spans: list[tuple[int, int]],
                           events: Any) -> tuple[str, int] | None:  # fmt: skip
    """'The Quetta shura, meeting in secret, named P as its leader', 'The Taliban's
    leadership council named P', 'The Haqqani network, weakened by years of strikes, still
    sheltered Y': a subject noun phrase that holds a name, perhaps an interposed phrase set
    off by commas, then a past form of an event verb, which the parser took for a reduced
    relative or an adjective, leaving the sentence with no verb at all (written round 16).
    The text with the subject phrase and the interposed phrase blanked and "It" right
    before the verb, and where the verb starts; kept only when the reparse makes the word
    the pronoun's verb (the subject name's actor then moves to "It": ``moved_name``).

    >>> from riftwatch.nlp.parse import nlp
    >>> text = "The Quetta shura, meeting in secret, named Mansour as its leader."
    >>> form, at = _verbless_subject_form(nlp()(text), text, [(4, 16)], {"name"})
    >>> form.split(), text[at:at + 5]
    (['It', 'named', 'Mansour', 'as', 'its', 'leader.'], 'named')
    >>> t = "The ISI, in a secret deal, funded the Taliban."
    >>> _verbless_subject_form(nlp()(t), t, [(4, 7), (38, 45)], {"fund"}) is None  # a verb root
    True
    """
    modifier = _finite_verb_as_modifier(sdoc, spans, events)
    if modifier is not None:
        start, end, verb = modifier
        lead = lead_of(sdoc)
        at = verb.idx - 3
        if at < lead or start < lead:
            return None
        new = form[:lead] + " " * (at - lead) + "It " + form[verb.idx :]
        sdoc.user_data["moved_name"] = ((start, end), (at, at + 2))
        return new, verb.idx
    root = sdoc[:].root if len(sdoc) else None
    misread = _subject_under_participle(sdoc)
    if misread is not None:
        root = misread  # "Saudi intelligence, tipped off by P, passed ...": the subject noun
    elif root is None or root.pos_ in ("VERB", "AUX") or root.left_edge.i != 0:
        return None
    first = [(s, e) for s, e in spans if form[s:e].strip() and s <= root.idx]
    if not first:
        return None
    # the name the subject noun itself is part of, else the first: "UAE-backed Giants
    # Brigades fought alongside Y" moves the brigades, not their patron (walk57)
    start, end = next(((s, e) for s, e in first if s <= root.idx < e), min(first))
    if end - start < 2:
        return None
    # the subject phrase ends at the root noun; an interposed phrase runs from a comma right
    # after it to the next comma
    cut = root.idx + len(root.text)
    rest = sdoc.char_span(cut, len(form), alignment_mode="expand")
    if rest is None:
        return None
    words = [t for t in rest if not t.is_space]
    if words and words[0].text == ",":
        close = next((t for t in words[1:] if t.text == ","), None)
        if close is None or len(words) < 2:
            return None
        opener = words[1]
        participle = ("VBN", "VBG", "VBD") if misread is not None else ("VBN", "VBG")
        if not (opener.tag_ in participle or opener.lower_ in ("which", "who", "whose")):
            return None  # "P, a commander of X, defected ...": an apposition says who P is
        words = [t for t in words if t.idx > close.idx]
    elif words and words[0].tag_ in ("WP", "WDT"):
        # "Former X commanders who would later found Y attacked Z", "X fighters who may have
        # trained in Y sheltered Z": a relative clause with no commas that the parser ran on
        # into the main verb (its modal then taken for the main verb's; precision23): the
        # main verb is the next past form of an event verb after a noun that ends the clause
        words = _after_relative_clause(words, events)
    verb = next((t for t in words if not (t.pos_ == "ADV" and t.dep_ == "advmod")), None)
    if verb is None or verb.tag_ not in ("VBD", "VBN"):
        return None
    if verb.lemma_.lower() not in events and (misread is None or verb.pos_ != "VERB"):
        return None  # (a verb the parser already read as one may be the base dictionary's)
    if not any(c.dep_ in ("dobj", "obj", "oprd", "prep", "dative") for c in verb.children) and (
        verb.dep_ != "amod"
    ):
        return None  # "the group, based in Quetta, ...": a participle with nothing after it
    # "It" right before the verb (spaces between a pronoun and its verb break the parse);
    # the name's actor moves there (``moved_name``, read by extract.py)
    lead = lead_of(sdoc)
    at = verb.idx - 3
    if at < lead:
        return None
    new = form[:lead] + " " * (at - lead) + "It " + form[verb.idx :]
    sdoc.user_data["moved_name"] = ((start, end), (at, at + 2))
    return new, verb.idx


def _finite_verb_as_modifier(
    sdoc: Any, spans: list[tuple[int, int]], events: Any
) -> tuple[int, int, Any] | None:
    """'Hamas's military wing fired rockets at Israel', 'X's armed wing, the Y Brigades,
    fired rockets at Z': the parser may read the past form of an event verb as an adjective
    of the noun right after it ("fired rockets"), leaving the sentence with no verb at all
    (lead34). The first name before the verb (its span) and the verb, when a noun or name
    stands right before the verb, or, for a form that can only be finite (tag VBD), a comma
    closing an apposition; None otherwise. A sentence with a verb of its own is left alone
    ("Rebels entered government controlled areas"). The noun may carry a compound before it
    ("X shared smuggling networks with Y"), and the past form may be tagged an adjective
    when its stem is an event verb (lead46)."""
    if any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in sdoc):
        return None
    for verb in sdoc:
        between = sdoc[verb.i + 1 : verb.head.i] if verb.head.i > verb.i else None
        if (
            _past_form_lemma(verb, events) not in events
            or verb.dep_ != "amod"
            or between is None
            or len(between) > 2
            or any(t.dep_ != "compound" or t.head.i != verb.head.i for t in between)
            or verb.head.pos_ != "NOUN"
            or verb.i == 0
        ):
            continue
        before = sdoc[verb.i - 1]
        if not (before.pos_ in ("NOUN", "PROPN") or (before.text == "," and verb.tag_ == "VBD")):
            continue
        names = [(s, e) for s, e in spans if e <= verb.idx]
        if not names:
            return None
        start, end = min(names)
        return start, end, verb
    return None


def _past_form_lemma(tok: Any, verbs: Any) -> str | None:
    """The lemma of a past form, also of one the tagger called an adjective whose stem is
    one of ``verbs`` ("shared", tagged JJ: "share"); None for any other word.

    >>> from riftwatch.nlp.parse import nlp
    >>> [_past_form_lemma(t, {"share"}) for t in nlp()("The Front shared smuggling networks.")][2]
    'share'
    """
    if tok.tag_ in ("VBD", "VBN"):
        return tok.lemma_.lower()
    word = tok.lower_
    if tok.tag_ != "JJ" or not word.endswith("ed"):
        return None
    return next((stem for stem in (word[:-1], word[:-2]) if stem in verbs), None)


def _subject_under_participle(sdoc: Any) -> Any:
    """'Saudi intelligence, tipped off by an informant, passed details to Y': the parser may
    read the opening noun phrase as an adverbial noun (npadvmod) of the interposed participle
    that follows it after a comma, a participle with a "by" agent, leaving the main verb with
    no subject (written17). The subject noun, or None. Only at the very start of the
    sentence, and only when the verb after the interposed phrase has no subject."""
    lead = lead_of(sdoc)
    for tok in sdoc:
        if tok.i < lead or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ != "npadvmod" or tok.left_edge.i != lead:
            return None
        part = tok.head
        nxt = tok.i + 1
        if (
            part.i <= tok.i
            or part.tag_ not in ("VBN", "VBD")
            or nxt >= len(sdoc)
            or sdoc[nxt].text != ","
            or part.i != nxt + 1
            or not any(c.dep_ == "agent" for c in part.children)
        ):
            return None
        return tok
    return None


def _after_relative_clause(words: list[Any], events: Any) -> list[Any]:
    """The words from the main verb on, after a relative clause with no commas (``words``
    starts at its relative pronoun): the first past form of an event verb after the clause's
    own verb that follows a noun or a name ("who would later found Y | attacked Z"); no words
    when there is none.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Former Front commanders who would later found the League attacked Kessel.")
    >>> [t.text for t in _after_relative_clause(list(doc[3:]), {"attack", "found"})]
    ['attacked', 'Kessel', '.']
    """
    own = next((t for t in words[1:] if t.pos_ == "VERB"), None)
    if own is None:
        return []
    for tok in words:
        if (
            tok.i > own.i + 1
            and tok.tag_ in ("VBD", "VBN")
            and tok.lemma_.lower() in events
            and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN")
        ):
            return [t for t in words if t.i >= tok.i]
    return []


def _verb_of_pronoun(doc: Any, word_idx: int) -> bool:
    """Keep the pronoun parse only when the event word became the verb of the pronoun."""
    verb = next((t for t in doc if t.idx == word_idx), None)
    if verb is None or verb.pos_ != "VERB":
        return False
    if verb.dep_ in ("amod", "compound", "nmod"):
        return False  # "said that it sheltered al-Qaeda leaders": still a modifier of its
        # object, whatever subject the parser gave it (precision24)
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in verb.children)


def fix_lemmas(sdoc: Any, known: Any) -> list[str]:
    """Verb lemmas the tagger's lemmatizer got wrong, restored from the surface form when
    the restored lemma is a verb the lexicon knows and the given one is not ("staged" ->
    *stag* -> stage, "bombed" -> *bomb* stays). Returns the repairs ("staged: stag -> stage").

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Students staged rallies.")
    >>> doc[1].lemma_ = "stag"  # what the small model gives
    >>> fix_lemmas(doc, {"stage"}), doc[1].lemma_
    (['staged: stag -> stage'], 'stage')
    >>> doc = nlp()("He left the army in 1981 to found a party.")
    >>> doc[7].tag_, doc[7].lemma_ = "VBN", "find"  # the tagger's past participle
    >>> fix_lemmas(doc, {"found"}), doc[7].lemma_
    (['found: find -> found (infinitive)'], 'found')
    """
    fixed = []
    for tok in sdoc:
        if (
            tok.tag_ in ("VBD", "VBN")
            and tok.lower_ != tok.lemma_.lower()
            and tok.lower_ in known
            and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1 for c in tok.children)
        ):  # "left Y to found X": an infinitive is no past form (found, not find; mmp12)
            fixed.append(f"{tok.text}: {tok.lemma_} -> {tok.lower_} (infinitive)")
            tok.lemma_ = tok.lower_
            continue
        if tok.tag_ not in ("VBD", "VBN", "VBG", "VBZ") or tok.lemma_.lower() in known:
            continue
        lower = tok.lower_
        forms: list[str] = []
        if lower.endswith("ied"):
            forms.append(lower[:-3] + "y")
        if lower.endswith("ed"):
            forms += [lower[:-1], lower[:-2]]
            if len(lower) > 4 and lower[-3] == lower[-4]:
                forms.append(lower[:-3])  # "planned" -> plan
        if lower.endswith("ing"):
            forms += [lower[:-3], lower[:-3] + "e"]
        if lower.endswith("ies"):
            forms.append(lower[:-3] + "y")
        if lower.endswith("s"):
            forms += [lower[:-1], lower[:-2]]
        for form in forms:
            if len(form) > 2 and form in known:
                fixed.append(f"{tok.text}: {tok.lemma_} -> {form}")
                tok.lemma_ = form
                break
    return fixed


# -- round 5 (issue 9): wire slugs, cause phrases, loose ties -------------------------------
@cache
def _data() -> dict[str, Any]:
    """The word lists of ``nlp/lexicon/headline.yaml``."""
    path = resources.files("riftwatch.nlp.lexicon").joinpath("headline.yaml")
    return yaml.safe_load(path.read_text("utf-8")) or {}


@cache
def _wire_tag() -> re.Pattern[str]:
    tags = "|".join(f"(?:{t})" for t in _data().get("wire_tags") or ())
    return re.compile(rf"^(\s*)(?:{tags})\s*") if tags else re.compile(r"(?!)")


def mask_wire_tag(text: str) -> str:
    """The text with a leading wire-service slug blanked (same length): "1st LD Writethru:",
    "2nd LD:", "UPDATE 2-" name no party ("LD" is no group's initials).

    >>> mask_wire_tag("1st LD Writethru: 12 police killed in Helmand")
    '                  12 police killed in Helmand'
    >>> mask_wire_tag("UPDATE 2-Taliban kill five")
    '         Taliban kill five'
    >>> mask_wire_tag("LDP leaders meet") == "LDP leaders meet"
    True
    """
    match = _wire_tag().match(text)
    if not match or match.end() == len(text):
        return text
    return match.group(1) + " " * (match.end() - len(match.group(1))) + text[match.end() :]


def _cause_phrase(sdoc: Any, form: str) -> tuple[str, list[str]]:
    """'16 soldiers killed due to Taliban attack': a cause phrase ("due to", "owing to",
    "because of") right after a participle or past form is parsed as "in" (same length), so
    the attack it names is the one the victims died in and its author the agent. The tagger
    otherwise reads the attack as the verb's object and the victims as its agents.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("16 soldiers killed due to Taliban attack")
    >>> _cause_phrase(doc, doc.text)[0]
    '16 soldiers killed in     Taliban attack'
    >>> doc = nlp()("Talks delayed due to Taliban demands")  # no participle of harm needed
    >>> _cause_phrase(doc, doc.text)[0]
    'Talks delayed in     Taliban demands'
    >>> doc = nlp()("ISI officers were due to meet Taliban envoys")  # imminence stays
    >>> _cause_phrase(doc, doc.text)[0] == doc.text
    True
    """
    notes: list[str] = []
    phrases = [p.split() for p in _data().get("cause_phrases") or ()]
    for tok in sdoc:
        if tok.tag_ not in ("VBN", "VBD") or tok.i + 2 >= len(sdoc):
            continue
        if tok.pos_ == "AUX" or tok.lemma_.lower() == "be":
            continue  # "were due to meet": imminence, not a cause
        for words in phrases:
            span = sdoc[tok.i + 1 : tok.i + 1 + len(words)]
            if [t.lower_ for t in span] != words or span.end >= len(sdoc):
                continue
            if sdoc[span.end].tag_ == "VB":
                continue  # "due to meet": an infinitive, not a cause noun
            start, end = span.start_char, span.end_char
            form = _replace(form, start, end, "in".ljust(end - start))
            notes.append(f"'{span.text}' after '{tok.text}' parsed as 'in'")
    return form, notes


def _dated_opener(opener: Any) -> bool:
    """The sentence's opening preposition governs a phrase of time ending in a year ("In
    2017", "In February 2017", "By mid-2002"): its object is the year or a word the year
    counts (world14).

    >>> from riftwatch.nlp.parse import nlp
    >>> _dated_opener(nlp()("In February 2017 the rebels left.")[0])
    True
    >>> _dated_opener(nlp()("In the battle of Harran the rebels left.")[0])
    False
    """
    noun = next((c for c in opener.children if c.dep_ == "pobj"), None)
    if noun is None:
        return False
    if _YEAR.fullmatch(noun.text):
        return True
    return any(c.dep_ in ("nummod", "npadvmod") and _YEAR.fullmatch(c.text) for c in noun.children)


def _fronted_phrase_comma(sdoc: Any, form: str,
                          spans: list[tuple[int, int]]) -> tuple[str, list[str]]:  # fmt: skip
    """'In the battle of P the X Front fought beside Y', 'After the kidnapping the X Front
    disowned Y': a fronted prepositional phrase with no comma, which the parser runs on into
    the subject's name (the name its object, the verb left with no subject), is parsed with a
    comma in place of the space before the name (same length; world10). Only when the verb
    has no subject, the phrase opens the sentence, and a name inside it follows a noun of the
    phrase's own.

    >>> from riftwatch.nlp.parse import nlp
    >>> t = "During the siege of Harran the Zorbani Front fought alongside the Kestrel Brigades."
    >>> _fronted_phrase_comma(nlp()(t), t, [(31, 44), (67, 83)])[0][:46]
    'During the siege of Harran,the Zorbani Front f'
    >>> t = "In 2004, the Zorbani Front fought alongside the Kestrel Brigades."
    >>> _fronted_phrase_comma(nlp()(t), t, [(13, 26), (48, 64)])[0] == t
    True
    """
    words = [t for t in sdoc if not t.is_space]
    if not words or not spans:
        return form, []
    root = sdoc[:].root
    opener = words[0]
    if root.pos_ != "VERB" or opener.pos_ != "ADP" or opener.dep_ != "prep":
        return form, []
    if opener.head.i != root.i:
        return form, []
    # a phrase of time that ends in a year ("In February 2017 the X Front and the Y Brigade,
    # both factions of Z, fought ..."): a name after the year is never part of the date, so
    # the phrase is cut there even when the parser found another subject for the verb (the
    # noun of an apposition after the swallowed names; world14)
    dated = _dated_opener(opener)
    if not dated and any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return form, []
    inside = {t.i for t in opener.subtree}
    for start, end in sorted(spans):
        if start <= opener.idx or end > root.idx:
            continue
        span = sdoc.char_span(start, end, alignment_mode="expand")
        if span is None or not all(t.i in inside for t in span):
            continue
        left = span[0]
        if (
            left.i > 0
            and sdoc[left.i - 1].dep_ == "det"
            and sdoc[left.i - 1].head.i in {t.i for t in span}
        ):
            left = sdoc[left.i - 1]
        if left.i < 2:
            return form, []
        before = sdoc[left.i - 1]
        nominal = (
            before.pos_ in ("NOUN", "PROPN", "NUM")
            or (
                before.tag_ == "VBG"  # "After the Harran kidnapping the X ...": a noun misread
                and any(t.lower_ in ("the", "a", "an") for t in sdoc[opener.i + 1 : before.i])
            )
        )
        if not nominal or before.i in {t.i for t in span}:
            return form, []
        subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children)
        if dated and subject and not _YEAR.fullmatch(before.text):
            return form, []
        if form[left.idx - 1] != " " or any(
            t.pos_ in ("VERB", "AUX") and not (dated and t.dep_ == "amod")
            for t in sdoc[span.end : root.i]
        ):
            return form, []
        if _YEAR.fullmatch(before.text) and form[before.idx : before.idx + 4] == before.text:
            # the tokenizer keeps "2017,the" one word: the year is parsed as the word
            # "year" (same length; the date is read from the text, not from the parse)
            at = before.idx
            new = form[:at] + "year," + form[at + 5 :]
            return new, [f"a comma after the fronted year {before.text}"]
        new = form[: left.idx - 1] + "," + form[left.idx :]
        return new, [f"a comma after the fronted phrase, before '{left.text}'"]
    return form, []


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_COUNT = re.compile(r"(?:1[89]|20)\d\d\s+[a-z]+s")


def _fronted_year_comma(sdoc: Any, form: str) -> tuple[str, list[str]]:
    """'Through 2000 fighters of X and Y trained together', 'In early 2020 members of X
    fought Y': a fronted phrase of time ending in a year, with no comma, which the parser
    reads as a count of the subject's noun ("2000 fighters", the noun the phrase's object and
    the verb left with no subject), is parsed with the year and the space after it as "year,"
    (same length; the tokenizer keeps "2000,fighters" one word; world12). Only when the verb
    has no subject, the phrase opens the sentence and the year is a number of four digits
    read as the noun's count.

    >>> from riftwatch.nlp.parse import nlp
    >>> t = "In 2000 fighters of the Zorbani Front attacked the Kestrel Brigades."
    >>> _fronted_year_comma(nlp()(t), t)[0][:17]
    'In year,fighters '
    >>> t = "In 2000, fighters of the Zorbani Front attacked the Kestrel Brigades."
    >>> _fronted_year_comma(nlp()(t), t)[0] == t
    True
    >>> t = "On 27 June 2012 fighters of the Zorbani Front drove the Kestrel Brigades out."
    >>> _fronted_year_comma(nlp()(t), t)[0][:24]
    'On 27 June year,fighters'
    """
    words = [t for t in sdoc if not t.is_space]
    if not words:
        return form, []
    root = sdoc[:].root
    opener = words[0]
    if (
        root.pos_ != "VERB"
        or opener.pos_ != "ADP"
        or opener.dep_ != "prep"
        or opener.head.i != root.i
        or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children)
    ):
        return form, []
    noun = next((c for c in opener.children if c.dep_ == "pobj"), None)
    if noun is None or any(
        t.pos_ in ("VERB", "AUX") and not (t.dep_ in ("aux", "auxpass") and t.head.i == root.i)
        for t in sdoc[noun.i + 1 : root.i]
    ):  # the verb's own auxiliaries may stand between ("... were brought together"; replay23)
        return form, []
    if _YEAR_COUNT.fullmatch(noun.text):  # a year and a noun already read as one word
        at = noun.idx
    else:
        year = sdoc[noun.i - 1] if noun.i > 0 else None
        if (
            noun.pos_ != "NOUN"
            or noun.tag_ != "NNS"
            or year is None
            or not _YEAR.fullmatch(year.text)
            or not (
                (year.dep_ == "nummod" and year.head.i == noun.i)
                # "On 27 June 2012 fighters of X drove Y out": the year hangs on the month,
                # the month on the noun (a date read as the noun's modifier; lead45)
                or (year.head.dep_ in ("nmod", "compound") and year.head.head.i == noun.i)
            )
        ):
            return form, []
        at = year.idx
    if not _YEAR.fullmatch(form[at : at + 4]) or form[at + 4 : at + 5] != " ":
        return form, []
    # the tokenizer keeps "2000,fighters" one word: the year is parsed as the word "year"
    # (the date is read from the text itself, not from the parse)
    new = form[:at] + "year," + form[at + 5 :]
    return new, [f"a comma after the fronted year {form[at : at + 4]}"]


_FRONTED_DATE_NAME = re.compile(
    r"\s*(?:In|By|Until|Since|During|Through|From|After|Before)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?((?:1[89]|20)\d\d) (?=[A-Z])"
)


def _fronted_date_name_comma(sdoc: Any, form: str) -> tuple[str, list[str]]:
    """'In July 1979 Eden Pastora, who later led Y, was a commander of X': a fronted date
    ending in a year, with no comma, before a capitalised name, which the parser may read as
    the name's count or apposition ("1979 Eden Pastora" the object of "In", the verb left with
    no subject), is parsed with the year and the space after it as "year," (same length, as
    :func:`_fronted_year_comma` does for "2000 fighters"; replay21). Only when the sentence's
    verb has no subject, or when the date's preposition took a word after the year as its
    object (the first of two coordinated subjects pulled into the date,
    :func:`_date_object_after_year`; replay36).

    >>> from riftwatch.nlp.parse import nlp
    >>> t = "In 1978 Uma Maheswaran, who would later lead Y, was chairman of X."
    >>> _fronted_date_name_comma(nlp()(t), t)[0][:18]
    'In year,Uma Mahesw'
    >>> t = "In 1978 the Zorbani Front attacked the Kestrel Brigades."
    >>> _fronted_date_name_comma(nlp()(t), t)[0] == t
    True
    """
    m = _FRONTED_DATE_NAME.match(form)
    if m is None:
        return form, []
    at = m.start(1)
    roots = [t for t in sdoc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return form, []
    root = roots[0]
    if root.pos_ == "VERB" or root.pos_ == "AUX":
        if any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children
        ) and not _date_object_after_year(sdoc, at):
            return form, []
    elif root.i != 0:
        return form, []  # a root that is neither a verb nor the opening preposition
    return form[:at] + "year," + form[at + 5 :], [
        f"a comma after the fronted date ending {form[at : at + 4]}"
    ]


def _date_object_after_year(sdoc: Any, year_at: int) -> bool:
    """Whether the opening preposition of a fronted date ("In August 2014 ...") has its
    object after the year: the date phrase ends at the year, so a noun after it taken as the
    preposition's object is (part of) the clause's subject that the parser pulled into the
    date ("In August 2014 X peshmerga and Y fighters broke the siege together": "peshmerga"
    the object of "In", "fighters" alone the verb's subject).

    >>> from riftwatch.nlp.parse import nlp
    >>> t = "In August 2014 PUK peshmerga and Badr fighters broke the siege of Kirkuk together."
    >>> _date_object_after_year(nlp()(t), t.index("2014"))
    True
    >>> t = "In August 2014 the Badr fighters broke the siege of Kirkuk."
    >>> _date_object_after_year(nlp()(t), t.index("2014"))
    False
    """
    opening = next((t for t in sdoc if not t.is_space), None)
    if opening is None or opening.dep_ != "prep":
        return False
    return any(c.dep_ == "pobj" and c.idx > year_at for c in opening.children)


def _clause_and_comma(sdoc: Any, form: str) -> tuple[str, list[str]]:
    """'P rejected the election and his army attacked Y': a second clause joined by "and"
    with no comma, whose subject the parser read as a second object of the first verb ("the
    election and his army") and whose past-tense verb it left with no subject, is parsed with
    the space before "and" as a comma (same length; the tokenizer splits "election,and";
    replay21). Only when the noun after "and" is a conjunct of the first verb's object and
    the verb right after that noun's phrase is a conjunct of the first verb with no subject.

    >>> from riftwatch.nlp.parse import nlp
    >>> t = "In 1981 P rejected the election and his Zorbani Army attacked a Kestrel barracks."
    >>> "election,and his" in _clause_and_comma(nlp()(t), t)[0]
    True
    >>> t = "In 1981 P rejected the election and attacked a Kestrel barracks."
    >>> _clause_and_comma(nlp()(t), t)[0] == t
    True
    """
    for verb in sdoc:
        if verb.tag_ != "VBD" or verb.dep_ != "conj" or verb.i == 0:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        noun = sdoc[verb.i - 1]
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        first = noun.head
        if first.dep_ not in ("dobj", "pobj", "attr") or first.i >= noun.i:
            continue
        if not any(a.i == verb.head.i for a in first.ancestors) or verb.head.pos_ != "VERB":
            continue
        cc = next((t for t in sdoc[first.i + 1 : noun.i] if t.dep_ == "cc"
                   and t.lower_ == "and" and t.head.i == first.i), None)  # fmt: skip
        if cc is None or any(t.text in (",", ";") for t in sdoc[first.i + 1 : noun.i]):
            continue
        at = cc.idx - 1
        if at < 0 or form[at] != " ":
            continue
        return form[:at] + "," + form[at + 1 :], ["a comma before a clause joined by 'and'"]
    return form, []


def _reciprocal_and_comma(sdoc: Any, form: str) -> tuple[str, list[str]]:
    """'X and Y avoided fighting each other and shared smuggling routes': a second verb
    joined by "and" right after a reciprocal pronoun, which the parser reads as an adjective
    of the noun after it ("each other and shared routes" one phrase, the routes the object of
    the first verb), is parsed with the space before "and" as a comma (same length; lead45).
    Only when the word after "and" is a past verb form the parser did not take as a verb.

    >>> from riftwatch.nlp.parse import nlp
    >>> t = "X and Y have avoided fighting each other and shared smuggling routes."
    >>> "other,and shared" in _reciprocal_and_comma(nlp()(t), t)[0]
    True
    >>> t = "X and Y fought each other and their allies."
    >>> _reciprocal_and_comma(nlp()(t), t)[0] == t
    True
    """
    for tok in sdoc[1:-2]:
        if tok.lower_ not in ("other", "another") or sdoc[tok.i - 1].lower_ not in ("each", "one"):
            continue
        cc, verb = sdoc[tok.i + 1], sdoc[tok.i + 2]
        if (
            cc.lower_ != "and"
            or verb.tag_ not in ("VBD", "VBN")
            or verb.pos_ == "VERB"
            and (verb.dep_ in ("conj", "ROOT", "ccomp", "xcomp", "advcl"))
        ):
            continue
        at = cc.idx - 1
        if at < 0 or form[at] != " ":
            continue
        return form[:at] + "," + form[at + 1 :], ["a comma before a verb after 'each other and'"]
    return form, []


def _title_case_form(form: str, spans: list[tuple[int, int]]) -> tuple[str, list[str]]:
    """'TTP Militants Attack Check Post In Swat': the tagger reads a Title Case headline's
    capitalised verbs and nouns as one long name. The words outside the actor names (but
    the first, and words in capitals: "US", "NATO") are parsed in lower case (same length).

    >>> _title_case_form("TTP Militants Attack Check Post In Swat", [(0, 3)])[0]
    'TTP militants attack check post in swat'
    >>> _title_case_form("Taliban attack post in Swat", [(0, 7)])[0]
    'Taliban attack post in Swat'
    """
    if not _title_case(form.strip()):
        return form, []
    first = re.search(r"[A-Za-z]", form)
    out = list(form)
    for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", form):
        start = m.start()
        if first is not None and start == first.start():
            continue
        if any(a <= start < b for a, b in spans) or not m.group()[0].isupper():
            continue
        if len(m.group()) > 1 and m.group()[1:].lower() != m.group()[1:]:
            continue  # "US", "NATO", "McChrystal": kept as written
        out[start] = form[start].lower()
    lowered = "".join(out)
    return lowered, (["a Title Case headline parsed in lower case"] if lowered != form else [])


def _toll_before_as(sdoc: Any, form: str, spans: list[tuple[int, int]]) -> tuple[str, list[str]]:
    """'23 killed as Taliban, IS fight in the north', 'Two soldiers killed as Taliban attack
    post': a toll clause that names no one (numbers, agent nouns, a casualty word), then
    "as" and a clause with an actor. The tagger reads "as" as a preposition over the rest;
    the toll and "as" are blanked (same length) so the clause after it is parsed as the
    headline it is. A toll with a name before "as" ("Drone kills three as ...") stays.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("23 killed as Taliban, IS fight in north")
    >>> _toll_before_as(doc, doc.text, [(13, 20), (22, 24)])[0]
    '             Taliban, IS fight in north'
    >>> doc = nlp()("Drone kills three as TTP attack post")
    >>> _toll_before_as(doc, doc.text, [(21, 24)])[0] == doc.text
    True
    """
    casualty = frozenset(_data().get("casualty_words") or ())
    for tok in sdoc:
        if tok.lower_ != "as" or tok.i == 0 or sdoc[tok.i - 1].lower_ not in casualty:
            continue
        if form[tok.idx : tok.idx + 2].lower() != "as":
            return form, []  # already read as "by" (_named_toll_as)
        before = sdoc[: tok.i]
        if any(_toll_name(t) or t.tag_ in ("VBZ", "VBP") for t in before):
            return form, []  # a name or a finite verb of its own: a clause to keep
        if not any(start > tok.idx for start, _end in spans):
            return form, []
        if form == sdoc.text and _as_clause_parsed(tok, spans):
            return form, []  # the victims stay, the clause's subject their attacker (heads48)
        end = tok.idx + len(tok.text)
        return " " * end + form[end:], [f"the toll before '{tok.text}' set apart"]
    return form, []


def _as_clause_parsed(mark: Any, spans: list[tuple[int, int]]) -> bool:
    """Is "as" already parsed as the mark of a clause on the casualty word before it, a
    clause of the present with an actor as its subject ("Soldiers martyred as TTP militants
    storm police station")? Then the toll keeps its victims, and the clause's subject is
    their attacker (mechanisms.as_clause_attacker), instead of the clause read alone.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Soldiers martyred as TTP militants storm police station in Tank")
    >>> _as_clause_parsed(doc[2], [(21, 24)])
    True
    >>> doc = nlp()("23 killed as Taliban, IS fight in north")
    >>> _as_clause_parsed(doc[2], [(13, 20), (22, 24)])
    False
    """
    clause = mark.head
    if mark.dep_ != "mark" or clause.dep_ != "advcl" or clause.head.i != mark.i - 1:
        return False
    if clause.tag_ not in ("VBP", "VBZ"):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return any(
        start < sub.idx + len(sub.text) and sub.left_edge.idx < end
        for sub in subjects
        for start, end in spans
    )


def _toll_name(tok: Any) -> bool:
    """A proper name in a toll before "as". A headline's first word, capitalised only because
    it opens the headline, is no name when it is an agent noun of the agents data
    ("Policeman martyred as TTP militants attack checkpost": the tagger's PROPN; heads13),
    so the toll names no one and the clause after "as" is parsed alone.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Policeman martyred as TTP militants attack checkpost")
    >>> _toll_name(doc[0])
    False
    >>> doc = nlp()("Taliban commander killed as troops raid hideout")
    >>> _toll_name(doc[0])
    True
    """
    if tok.pos_ != "PROPN":
        return False
    if tok.i == 0 and tok.text[1:].islower():
        from riftwatch.actors.agents import load_agents

        return tok.lower_ not in load_agents().roles
    return True


def _named_toll_as(sdoc: Any, form: str, spans: list[tuple[int, int]]) -> tuple[str, list[str]]:
    """'Three TTP militants killed as security forces raid hideout': a toll that names its
    victims (a proper name), then "as" and a clause whose subject is an actor doing an act
    (a verb of the present): the actor did the killing. "as" is parsed as "by" (same length),
    so the actor is the agent of the casualty word. A toll that names no one is
    :func:`_toll_before_as`'s; "as" after anything but a casualty word, or before no actor,
    stays.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Three TTP militants killed as security forces raid hideout")
    >>> _named_toll_as(doc, doc.text, [(6, 9), (30, 45)])[0]
    'Three TTP militants killed by security forces raid hideout'
    >>> doc = nlp()("Three TTP militants killed as rain lashes Swat")
    >>> _named_toll_as(doc, doc.text, [(6, 9)])[0] == doc.text
    True
    """
    casualty = frozenset(_data().get("casualty_words") or ())
    for tok in sdoc:
        if tok.lower_ != "as" or tok.i == 0 or sdoc[tok.i - 1].lower_ not in casualty:
            continue
        named = [t for t in sdoc[: tok.i] if _toll_name(t)]
        after = [(s, e) for s, e in spans if s > tok.idx]
        toll = _toll_words(sdoc, tok)
        if (
            not any(_toll_name(t) for t in toll)
            and after
            and _state_toll_clause(sdoc, tok, min(after), spans)
        ):
            form = _replace(form, tok.idx, tok.idx + 2, "by")
            return form, [f"the party after '{tok.text}' read as the agent of a state toll"]
        if not named or not any(end <= tok.idx for _start, end in spans):
            return form, []  # no name in the toll: _toll_before_as
        if not after:
            return form, []
        start, end = min(after)
        between = form[tok.idx + 2 : start].split()
        if len(between) > 1 or (between and between[0].lower() != "the"):
            return form, []
        verb = next((t for t in sdoc if t.idx >= end and not t.is_space), None)
        if verb is not None and verb.tag_ not in ("VBP", "VBZ"):
            verb = _after_member_nouns(sdoc, verb, spans)  # "TTP militants storm ..."
        if verb is None or not (verb.tag_ in ("VBP", "VBZ") or _misread_toll_verb(sdoc, verb)):
            return form, []
        if verb.tag_ not in ("VBP", "VBZ") and _object_named(sdoc, verb, spans):
            # "3 FC men martyred as TTP militants storm check post": the clause names its own
            # target; read alone, as a toll that names no one is (_toll_before_as)
            stop = tok.idx + len(tok.text)
            return " " * stop + form[stop:], [f"the toll before '{tok.text}' set apart"]
        form = _replace(form, tok.idx, tok.idx + 2, "by")
        return form, [f"the actor after '{tok.text}' read as the agent of the toll"]
    return form, []


def _after_member_nouns(sdoc: Any, word: Any, spans: list[tuple[int, int]]) -> Any:
    """The first word from ``word`` on that is no agent or member noun outside the actor
    spans ("TTP militants storm": "storm"), as _state_toll_clause skips the party's agent
    noun; None at the end."""
    from riftwatch.actors.agents import load_agents

    agents = load_agents()
    tail = [t for t in sdoc[word.i :] if not t.is_space]
    while (
        tail
        and not _in_spans(tail[0], spans)
        and (agents.role(tail[0].text) is not None or tail[0].lower_ in agents.members)
    ):
        tail = tail[1:]
    return tail[0] if tail else None


def _object_named(sdoc: Any, verb: Any, spans: list[tuple[int, int]]) -> bool:
    """Does the object after ``verb``, up to a preposition or a stop, hold an actor span?"""
    for tok in sdoc[verb.i + 1 :]:
        if tok.tag_ == "IN" or tok.is_punct:
            return False
        if _in_spans(tok, spans):
            return True
    return False


def _misread_toll_verb(sdoc: Any, word: Any) -> bool:
    """heads23: is ``word`` an attack verb of a toll's "as" clause (headline.yaml
    ``toll_clause_verbs``) that the tagger read as a noun ("3 FC men martyred as TTP militants
    storm check post": "storm check post" one noun phrase)? Not when a finite verb follows it
    ("as TTP attack claims lives": "attack" is the noun subject).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("3 FC men martyred as TTP militants storm check post in Zhob")
    >>> _misread_toll_verb(doc, doc[7])
    True
    """
    if word.lower_ not in frozenset(_data().get("toll_clause_verbs") or ()):
        return False
    after = next((t for t in sdoc[word.i + 1 :] if not t.is_space), None)
    return after is None or after.tag_ not in ("VBZ", "VBD", "MD")


def _in_spans(tok: Any, spans: list[tuple[int, int]]) -> bool:
    """Does ``tok`` overlap one of the character ``spans``?"""
    return any(s < tok.idx + len(tok.text) and tok.idx < e for s, e in spans)


def _toll_words(sdoc: Any, mark: Any) -> list[Any]:
    """The words of the toll before "as" (``mark``): after a kicker's or speaker's colon, if
    any ("ISPR: two soldiers martyred as ...": the toll is "two soldiers martyred")."""
    words = [t for t in sdoc[: mark.i] if not t.is_space]
    colons = [i for i, t in enumerate(words) if t.text == ":"]
    return words[colons[-1] + 1 :] if colons else words


def _state_toll_clause(sdoc: Any, mark: Any, party: tuple[int, int],
                       spans: list[tuple[int, int]]) -> bool:  # fmt: skip
    """heads19: is "as" (``mark``) between a toll of state personnel and a named party's attack
    ("Five policemen killed as Taliban overrun checkpoint in Faryab", "Two soldiers martyred
    as TTP militants open fire on patrol")? The toll before it names no one but holds a noun
    of a state role (agents.yaml: soldiers, policemen); ``party`` (the first actor span after
    "as", right after it or after "the") holds a proper name and no state-role noun (not
    "as troops storm hideout": the victims' own side); the word after it is an attack verb
    (headline.yaml ``toll_clause_verbs``), whatever the tagger made of it, and its object
    names no party (an actor's name; "checkpoint" alone names none). A clause whose object
    does ("as TTP militants storm police station", "as TTP attacks FC post") names its own
    target and is left as it was (heads48:
    mechanisms.as_clause_attacker); where the parse hangs the clause on the casualty word
    and its object names no one, it is read as "by" too, since a toll of bare state nouns
    ("two soldiers") names its state only through the agent of its casualty word.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Five policemen killed as Taliban overrun checkpoint in Faryab")
    >>> _state_toll_clause(doc, doc[3], (25, 32), [(25, 32)])
    True
    >>> doc = nlp()("Two soldiers martyred as troops storm hideout")
    >>> _state_toll_clause(doc, doc[3], (25, 31), [(25, 31)])
    False
    """
    from riftwatch.actors.agents import load_agents

    agents = load_agents()
    verbs = frozenset(_data().get("toll_clause_verbs") or ())
    before = _toll_words(sdoc, mark)
    if any(t.tag_ in ("VBZ", "VBP") for t in before):
        return False  # a clause of its own before "as"
    if not any(agents.is_state(t.text) for t in before):
        return False
    start, end = party
    between = sdoc.text[mark.idx + 2 : start].split()
    if len(between) > 1 or (between and between[0].lower() != "the"):
        return False
    words = [t for t in sdoc if start <= t.idx < end]
    if not any(t.pos_ == "PROPN" for t in words) or any(agents.is_state(t.text) for t in words):
        return False
    tail = [t for t in sdoc if t.idx >= end and not t.is_space]
    while tail and agents.role(tail[0].text) is not None and not _in_spans(tail[0], spans):
        tail = tail[1:]  # "TTP militants open fire": the party's agent noun
    if not tail or tail[0].lower_ not in verbs:
        return False
    for tok in tail[1:]:  # the verb's object, up to a preposition or a stop
        if tok.tag_ == "IN" or tok.is_punct:
            break
        if _in_spans(tok, spans):
            return False  # "as TTP attacks FC post": the clause names its own target
    return True


def _trailing_toll(sdoc: Any, form: str, events: Any = None) -> tuple[str, list[str]]:
    """'Taliban attack check post in Kurram, two soldiers martyred': a headline whose clause
    has its own verb of the present, then a comma and a toll (numbers, agent nouns and a
    casualty word at the end). The tagger reads the toll's verb as the headline's and loses
    the first clause; the toll (and its comma) is blanked, so the clause is parsed as the
    headline it is (its victims are said again in the toll).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Taliban attack check post in Kurram, two soldiers martyred")
    >>> _trailing_toll(doc, doc.text)[0]
    'Taliban attack check post in Kurram                       '
    >>> doc = nlp()("Soldier martyred, two TTP militants killed")
    >>> _trailing_toll(doc, doc.text)[0] == doc.text
    True

    heads12: the clause's verb may be one the tagger read as a noun right after a plural
    subject ("Security forces foil TTP bid to attack X, two militants killed"): an event
    verb of ``events`` there counts as the clause's verb.

    >>> doc = nlp()("Security forces foil TTP bid to attack school, two militants killed")
    >>> _trailing_toll(doc, doc.text, {"foil"})[0].rstrip()
    'Security forces foil TTP bid to attack school'
    """
    casualty = frozenset(_data().get("casualty_words") or ())
    commas = [t for t in sdoc if t.text in (",", ";")]
    if not commas or len(sdoc) < 4:
        return form, []
    comma = commas[-1]
    tail = [t for t in sdoc[comma.i + 1 :] if not t.is_space]
    if not tail or tail[-1].lower_ not in casualty or len(tail) > 5:
        return form, []
    if any(t.pos_ == "PROPN" or t.tag_ not in ("CD", "NN", "NNS", "JJ", "VBN", "VBD")
           for t in tail[:-1]):  # fmt: skip
        return form, []  # a name or other words in the toll: a clause of its own
    # heads20: after a semicolon the clause before is a headline of its own, and its verb may
    # be one the tagger read as a noun right after a name ("Taliban overrun army base; ...");
    # a modal's clause ("X may attack Y, 3 soldiers killed") is one too: the toll read as the
    # headline's verb had made the victims the attackers of X
    after = ("NNS", "NNPS", "NNP") if comma.text == ";" else ("NNS", "NNPS")
    if not any(t.tag_ in ("VBP", "VBZ", "MD") or _verb_read_as_noun(t, events, after)
               for t in sdoc[: comma.i]):  # fmt: skip
        return form, []
    start = comma.idx
    return form[:start] + " " * (len(form) - start), ["a trailing toll set apart"]


def _trailing_count_verb(sdoc: Any, form: str, events: Any = None) -> tuple[str, list[str]]:
    """'Security forces bust TTP hideout, kill 9': a headline whose clause has its own verb
    of the present, then a comma and a second event verb of the same subject whose object is
    a bare count. The count names no party (the clause before says whom), and the tagger,
    reading the two verbs as one series, loses the first clause's object; the second verb
    (and its comma) is blanked (heads20).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Security forces bust TTP hideout, kill 9")
    >>> _trailing_count_verb(doc, doc.text, {"kill"})[0].rstrip()
    'Security forces bust TTP hideout'
    >>> doc = nlp()("Security forces bust TTP hideout, kill 9 militants")
    >>> _trailing_count_verb(doc, doc.text, {"kill"})[0] == doc.text
    True
    """
    commas = [t for t in sdoc if t.text == ","]
    if not commas or not events or len(sdoc) < 5:
        return form, []
    comma = commas[-1]
    tail = [t for t in sdoc[comma.i + 1 :] if not t.is_space]
    if len(tail) != 2 or tail[0].lower_ not in events or tail[1].tag_ != "CD":
        return form, []
    if not any(t.tag_ in ("VBP", "VBZ") or _verb_read_as_noun(t, events) for t in sdoc[: comma.i]):
        return form, []
    start = comma.idx
    return form[:start] + " " * (len(form) - start), ["a trailing verb with a bare count set apart"]


def _verb_read_as_noun(tok: Any, events: Any, after: tuple[str, ...] = ("NNS", "NNPS")) -> bool:
    """Is ``tok`` an event verb of ``events`` that the tagger read as a singular noun right
    after a plural noun (by default), its subject ("Security forces foil ...", "Troops foil
    ...")? ``after`` gives the tags that subject may have.

    heads21: after a name or a singular noun too ("Taliban storm army base", "Police bust
    LeT cell") when the word is read as a modifier of a noun after it, the verb's object
    taken for the head of one noun phrase; a word that heads its own phrase ("TTP attack on
    FC post", "Quetta attack") is the event noun it reads as.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Taliban storm Afghan army base, 20 soldiers killed")
    >>> _verb_read_as_noun(doc[1], {"storm"}), _verb_read_as_noun(doc[1], {"storm"}, ())
    (True, False)
    """
    if not events or tok.i == 0 or tok.tag_ != "NN" or tok.lower_ not in events:
        return False
    before = tok.doc[tok.i - 1].tag_
    if before in after:
        return True
    if not after or before not in ("NNP", "NN") or tok.dep_ != "compound" or tok.head.i < tok.i:
        return False
    phrase = 0  # the object's words after it: "police HQ", "LeT cell", "Afghan army base"
    for word in tok.doc[tok.i + 1 :]:
        if word.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
            break
        phrase += 1
    return phrase >= 2


def battle_verb(verb: Any, in_headline: bool) -> bool:
    """Is ``verb`` a combat verb that a headline tells in the present tense ("Afghan forces
    fight IS"), a battle that runs both ways? Not outside headline mode, and not in the past
    ("X fought Y for years" keeps the verb's own frame).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Afghan forces fight IS in Nangarhar")
    >>> battle_verb(doc[2], True), battle_verb(doc[2], False)
    (True, False)
    """
    verbs = frozenset(_data().get("headline_symmetric_verbs") or ())
    return in_headline and verb.lemma_.lower() in verbs and verb.tag_ in ("VBP", "VBZ")


def repelled_attacks(events: list[Any]) -> list[Any]:
    """'Afghan forces repel Taliban attack': the repeller's ASSAULT on the attack's owner
    (coded from the verb) also says the owner attacked the repeller. Returns the new events
    (the owner's ASSAULT on the repeller, on the same trigger, so the same modality cues
    apply: "failed to repel", "may have repelled" are not asserted either)."""
    import dataclasses

    verbs = frozenset(_data().get("repel_verbs") or ())
    nouns = frozenset(_data().get("attack_nouns") or ())
    returns = frozenset(v.split()[0].lower() for v in _data().get("return_fire_verbs") or ())
    new: list[Any] = []
    for event in events:
        verb = event.trigger
        if event.event_type != "ASSAULT":
            continue
        returned = _returned_attack(verb, returns, nouns)
        if returned is not None:  # "Army returns fire after (parsed 'on') TTP attack"
            obj, why_owner = (
                returned,
                f"source: owner of the '{returned.text}' returned; target: who returned it",
            )
        elif verb.lemma_.lower() not in verbs:
            continue
        else:
            obj = next((c for c in verb.children if c.dep_ in _beaten_deps(verb)), None)
            if obj is None or obj.lower_ not in nouns:
                continue  # "Taliban offensive repulsed by Afghan forces": the passive's (gaps60)
            why_owner = f"source: owner of the '{obj.text}' repelled; target: who repelled it"
        owner, repeller = event.target, event.source
        if "place" in (owner.type, repeller.type):
            continue
        if owner.key() == repeller.key() or any(
            e.event_type == "ASSAULT"
            and e.source.key() == owner.key()
            and e.target.key() == repeller.key()
            for e in [*events, *new]
        ):
            continue
        why = [w for w in event.why if not w.startswith(("source:", "target:"))]
        why.append(why_owner)
        new.append(dataclasses.replace(event, source=owner, target=repeller, why=why))
    return new


def toll_repelled_attacks(events: list[Any], sdoc: Any, actor_of: dict[int, Any]) -> list[Any]:
    """'8 Taliban killed as Afghan forces repulse attack on Kandahar base': a toll that names
    its dead (a party before the casualty word), then "as" (or the "by" that
    :func:`_named_toll_as` made of it) and a clause whose party repels an attack with no owner
    of its own ("repulse attack", "repel an attack"; headline.yaml ``repel_verbs``,
    ``attack_nouns``): the dead fell in the attack they made, so the fight runs both ways
    (LABELLING: a repulsed attack is coded both ways); a toll under a negation ("No Taliban
    killed as ...") gives none. Returns the missing direction(s), each
    a copy of an event already coded between the two (its trigger, so its modality cues:
    "No Taliban killed as ..." stays unasserted). An owned attack ("repel TTP attack") is
    :func:`repelled_attacks`'s."""
    import dataclasses

    verbs = frozenset(_data().get("repel_verbs") or ())
    nouns = frozenset(_data().get("attack_nouns") or ())
    casualty = frozenset(_data().get("casualty_words") or ())
    new: list[Any] = []
    for tok in sdoc:
        if tok.lower_ not in casualty or tok.i + 1 >= len(sdoc):
            continue
        if sdoc[tok.i + 1].lower_ not in ("as", "by"):
            continue
        if _NEGATION_BEFORE.search(sdoc.text[: tok.idx]):
            continue  # "No Taliban killed as ...": no dead to own the attack
        repel = next((t for t in sdoc[tok.i + 2 : tok.i + 8]
                      if t.lemma_.lower() in verbs or t.lower_.rstrip("sd") in verbs
                      or t.lower_ in verbs), None)  # fmt: skip
        if repel is None or repel.i + 1 >= len(sdoc):
            continue
        obj = sdoc[repel.i + 1]
        if obj.lower_ in ("an", "the", "a") and obj.i + 1 < len(sdoc):
            obj = sdoc[obj.i + 1]
        if obj.lower_ not in nouns or any(i in actor_of for i in range(repel.i, obj.i + 1)):
            continue
        dead = [actor_of[i] for i in range(tok.i) if i in actor_of]
        repellers = [actor_of[i] for i in range(tok.i + 2, repel.i) if i in actor_of]
        if not dead or not repellers or "place" in (dead[-1].type, repellers[0].type):
            continue
        owner, repeller = dead[-1], repellers[0]
        if owner.key() == repeller.key():
            continue
        pair = {owner.key(), repeller.key()}
        known = [e for e in [*events, *new] if e.event_type == "ASSAULT"
                 and {e.source.key(), e.target.key()} == pair]  # fmt: skip
        if not known:
            continue
        why = [w for w in known[0].why if not w.startswith(("source:", "target:"))]
        for source, target, role in ((owner, repeller, "the dead's side, who made the attack"),
                                     (repeller, owner, "the side that repelled it")):  # fmt: skip
            if any(e.source.key() == source.key() and e.target.key() == target.key()
                   for e in known):  # fmt: skip
                continue
            made = dataclasses.replace(
                known[0], source=source, target=target,
                why=[*why, f"source: {role}; an attack with no owner repelled as the toll fell"],
            )  # fmt: skip
            new.append(made)
            known.append(made)
    return new


def _returned_attack(verb: Any, returns: frozenset[str], nouns: frozenset[str]) -> Any:
    """The attack noun a verb of striking back answers ("Army returns fire on TTP attack", the
    form :func:`_return_after` makes of "returns fire after TTP attack"): an attack noun
    (``attack_nouns``) governed by "on" on the verb or on its object ("fire"), or None.
    ``returns`` are the words the verbs of ``return_fire_verbs`` are written with."""

    def returning(tok: Any) -> bool:
        return tok.lower_ in returns or tok.lemma_.lower() in returns

    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj", "prt"))]
    if not returning(verb):
        if verb.dep_ not in ("dobj", "obj") or not returning(verb.head):
            return None
        heads.append(verb.head)  # the trigger is "fire", the object of "returns"
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "on":
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if noun is not None and noun.lower_ in nouns:
                    return noun
    return None


def _beaten_deps(verb: Any) -> tuple[str, ...]:
    """The relations of what a verb of beating off acts on: its object, its passive subject,
    and the subject of a headline passive that dropped its "was" ("Taliban offensive repulsed
    by Afghan forces": a subject and a "by" agent)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return ("dobj", "obj", "nsubjpass", "nsubj")
    return ("dobj", "obj", "nsubjpass")


def beaten_off_places(events: list[Any]) -> list[Any]:
    """``events`` without those that make a place a party of a beaten-off attack: "Afghan
    forces repel Taliban attack on Kunduz", "Taliban offensive on Kunduz repulsed by Afghan
    forces", "Police foil TTP attack on Bannu" name where the attack was aimed, and the attack's
    target is the party that beat it off (:func:`repelled_attacks`) or nobody, never the place
    (gaps60: the repeller's ASSAULT on Kunduz and the Taliban's on Kunduz had been coded).
    Read on the beating-off verb (headline.yaml ``repel_verbs``, ``foil_verbs``) and on an
    attack noun (``attack_nouns``) that is its object or passive subject."""
    verbs = frozenset(_data().get("repel_verbs") or ()) | frozenset(_data().get("foil_verbs") or ())
    nouns = frozenset(_data().get("attack_nouns") or ())

    def beaten_off(tok: Any) -> bool:
        if tok.lemma_.lower() in verbs and tok.pos_ == "VERB":
            return True
        return (
            tok.lower_ in nouns
            and tok.head.lemma_.lower() in verbs
            and tok.dep_ in _beaten_deps(tok.head)
        )

    return [e for e in events if e.target.type != "place" or not beaten_off(e.trigger)]


def _listed_parties(form: str, spans: list[tuple[int, int]], adjectival: Any,
                    events: Any, sdoc: Any = None) -> tuple[str, list[str]]:  # fmt: skip
    """'Taliban, IS fight in Afghan province': two actor names listed with a comma right
    before an event verb are its coordinated subjects; the tagger reads the first as a loose
    modifier and the verb as a noun. The comma is parsed as "&" (same length). Country
    words ("Afghan, Pakistani forces") are left to the shared-noun rule; a country written
    as a name ("US, Taliban sign deal", heads12) is listed like any party when ``sdoc``
    shows it is no adjective.

    >>> _listed_parties("Taliban, IS attack post", [(0, 7), (9, 11)], (), {"attack"})[0]
    'Taliban& IS attack post'
    >>> _listed_parties("Taliban, IS fight in north", [(0, 7), (9, 11)], (), {"fight"})[0]
    'Taliban& IS clash in north'
    >>> _listed_parties("Taliban, IS leaders meet", [(0, 7), (9, 11)], (), {"fight"})[0]
    'Taliban, IS leaders meet'
    >>> _listed_parties("Taliban, IS battle for Tora Bora", [(0, 7), (9, 11)], (), {"battle"})[0]
    'Taliban& IS clash  for Tora Bora'
    """
    named = sorted(
        span
        for span in spans
        if (span not in adjectival or _country_name(sdoc, span)) and form[span[0] : span[1]].strip()
    )
    notes: list[str] = []
    for (_s1, e1), (s2, e2) in zip(named, named[1:], strict=False):
        if form[e1:s2] not in (", ", " and "):
            continue
        nxt = re.match(r"\s+([A-Za-z]+)", form[e2:])
        if nxt is None:
            continue
        word = nxt.group(1).lower()
        if not {word, word.rstrip("s"), word[:-2] if word.endswith("es") else word} & set(events):
            continue
        abbreviated = _abbreviated_name((sdoc.text if sdoc is not None else form)[s2:e2])
        if form[e1:s2] == " and " and not abbreviated:
            continue  # heads20: "X and ISKP clash" is mended below as "X, ISKP clash" is
        if form[e1:s2] == ", ":
            form = _replace(form, e1, e1 + 1, "&")
            notes.append("two listed actors before a verb parsed as coordinated subjects")
        if abbreviated:
            # heads20: "Taliban, ISKP clash in X", "Taliban, IS-K clash": the tagger reads an
            # abbreviation right before the verb as the modifier of a noun; written as a
            # name-like word of the same length ("Iskp", "Isxk"; a stand-in "Jo-J" too)
            form = _replace(form, s2, e2, _one_word_names(form[s2:e2], [(0, e2 - s2)], 1))
            notes.append("an abbreviated name before the verb parsed as a name")
        if word.rstrip("s") in _data().get("headline_symmetric_verbs", ()):
            # heads12: "IS-K, Afghan Taliban fight for control of X": the tagger still reads
            # the battle verb after two names as a noun; parsed as "clash" (same length),
            # the verb of a battle both ways it reads as one (the words are kept)
            at = e2 + nxt.start(1)
            form = _replace(form, at, at + len(word), "clash".ljust(len(word)))
            notes.append(f"'{nxt.group(1)}' after two listed actors parsed as 'clash'")
    return form, notes


_OBJECT_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,2},\s")
_VERB_BEFORE = re.compile(
    r"\b([A-Za-z]+)\s+(?:(?:\d+|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"top|senior|key|local|wanted|alleged|suspected)\s+){0,2}$"
)
_OBJECTS_END = re.compile(
    r"(?:\s+(?:in|near|after|over|for|from|at|on|during|across|amid|following)\b|\s*[,;:(]"
    r"|\s+-\s|\s*$)"
)


def _member_words(text: str) -> int:
    """How many characters of member nouns ("commander", "militants": agents data ``members``)
    open ``text``, the rest of the second listed name's noun phrase."""
    from riftwatch.actors.agents import load_agents

    members = load_agents().members
    at = 0
    while (word := re.match(r"\s+([a-z][\w-]*)", text[at:])) and word.group(1) in members:
        at += word.end()
    return at


def _listed_objects(form: str, spans: list[tuple[int, int]], adjectival: Any,
                    events: Any) -> tuple[str, list[str]]:  # fmt: skip
    """'Govt bans Jamaat-ud-Dawa, Haqqani network after attack': two actor names listed with
    a comma right after an event verb are its coordinated objects; the tagger reads the
    second as an apposition of the first and the verb reaches only the first. The comma is
    parsed as "&" (same length). The second name must end the object (after its member nouns,
    agents data ``members``, a preposition, a punctuation mark or the end follow it), so "X
    kills Y, Z claims" and "X kills Y, Z claim attack" are left alone.

    >>> _listed_objects("Govt bans JuD, Haqqani network after raid", [(10, 13), (15, 30)], (),
    ...                 {"ban"})[0]
    'Govt bans JuD& Haqqani network after raid'
    >>> _listed_objects("Drone kills TTP commander, IS commander", [(12, 15), (27, 29)], (),
    ...                 {"kill"})[0]
    'Drone kills TTP commander& IS commander'
    >>> _listed_objects("Police kill TTP man, IS claims", [(12, 15), (21, 23)], (), {"kill"})[0]
    'Police kill TTP man, IS claims'
    >>> _listed_objects("Gunmen kill TTP officer, IS claim attack", [(12, 15), (25, 27)], (),
    ...                 {"kill"})[0]
    'Gunmen kill TTP officer, IS claim attack'
    """
    named = sorted(
        span for span in spans if span not in adjectival and form[span[0] : span[1]].strip()
    )
    notes: list[str] = []
    for (s1, e1), (s2, e2) in zip(named, named[1:], strict=False):
        gap = _OBJECT_GAP.fullmatch(form[e1:s2])
        verb = _VERB_BEFORE.search(form[:s1])
        rest = form[e2:]
        if gap is None or verb is None or _OBJECTS_END.match(rest[_member_words(rest) :]) is None:
            continue  # "kill Y's officer, IS claim attack": a clause follows, no object
        word = verb.group(1).lower()
        if not {word, word[:-1] if word.endswith("s") else word,
                word[:-2] if word.endswith("es") else word} & set(events):  # fmt: skip
            continue
        comma = e1 + form[e1:s2].index(",")
        form = _replace(form, comma, comma + 1, "&")
        notes.append("two listed actors after a verb parsed as coordinated objects")
    return form, notes


def _listed_demonyms(form: str, spans: Any, sdoc: Any) -> tuple[str, list[str]]:
    """'Pakistan blames Indian, Afghan spy agencies for X': two country adjectives listed with
    a comma before one noun share it (each country's body); the tagger reads only the second
    as the noun's modifier and the first as a loose word. The comma is parsed as "&" (same
    length), so the two are coordinated as "Indian and Afghan spy agencies" are (heads12).
    ``spans`` are the actor names: the first an adjective alone, the second opening with one.

    >>> from riftwatch.nlp.parse import nlp
    >>> text = "Pakistan blames Indian, Afghan spy agencies for attack"
    >>> _listed_demonyms(text, [(0, 8), (16, 22), (24, 34)], nlp()(text))[0]
    'Pakistan blames Indian& Afghan spy agencies for attack'
    >>> text = "Pakistan, Afghanistan agree"
    >>> _listed_demonyms(text, [(0, 8), (10, 21)], nlp()(text))[0]
    'Pakistan, Afghanistan agree'
    """
    notes: list[str] = []
    listed = sorted(span for span in spans if form[span[0] : span[1]].strip())
    for (s1, e1), (s2, e2) in zip(listed, listed[1:], strict=False):
        if form[e1:s2] != ", ":
            continue
        first = sdoc.char_span(s1, e1, alignment_mode="expand")
        second = sdoc.char_span(s2, e2, alignment_mode="expand")
        if not first or not second or len(first) != 1 or first[0].pos_ != "ADJ":
            continue  # "Indian" alone, an adjective
        if second[0].pos_ != "ADJ" or not re.match(r"[ \w]*\s[a-z]", form[s2:]):
            continue  # "Afghan spy agencies": an adjective, then the shared lower-case noun
        form = _replace(form, e1, e1 + 1, "&")
        notes.append("two country adjectives listed before one noun parsed as coordinated")
    return form, notes


def _country_name(sdoc: Any, span: tuple[int, int]) -> bool:
    """Is the country or place actor at ``span`` written as a name ("US", "Pakistan"), not as
    an adjective ("Afghan", "Pakistani")? By the tagger's reading of its words; without a
    parse, no.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("US, Taliban sign deal in Doha")
    >>> _country_name(doc, (0, 2)), _country_name(nlp()("Afghan, Pakistani forces"), (0, 6))
    (True, False)
    """
    if sdoc is None:
        return False
    words = sdoc.char_span(span[0], span[1], alignment_mode="expand")
    return bool(words) and all(t.pos_ in ("PROPN", "NOUN") for t in words)


def loose_tie(word: Any) -> bool:
    """Is ``word`` (a participle after an armed noun) a tie that makes no membership
    ("militants linked to X" are not X; "fighters loyal to X" are)?

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Militants linked to TTP kill two")
    >>> loose_tie(doc[1]), loose_tie(doc[0])
    (True, False)
    """
    ties = frozenset(_data().get("loose_ties") or ())
    return word.lower_ in ties or word.lemma_.lower() in ties


__all__ = ["NAME", "CITATION", "beaten_off_places", "candidate", "claimed_attacks",
           "dateline_end", "fix_lemmas", "loose_tie", "mask_citation", "mask_wire_tag",
           "origin_of_attack", "outside_dateline",
           "outside_origin", "outside_source_tag", "outside_wire_dateline", "reason", "repair",
           "repair_many", "repelled_attacks", "source_tag_start", "toll_repelled_attacks",
           "wire_dateline_end"]  # fmt: skip


# -- round 6 (issue 9): killing idioms of reduced passives --------------------------------
@cache
def _killing_idioms() -> re.Pattern[str]:
    idioms = sorted(_data().get("killing_idioms") or (), key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, i.split())) for i in idioms if len(i) >= 6)
    return re.compile(rf"\b(?:{alt})\b", re.I) if alt else re.compile(r"(?!)")


def _killing_idiom(sdoc: Any, form: str) -> tuple[str, list[str]]:
    """'Tribal elder shot dead by X': a killing idiom (headline.yaml ``killing_idioms``) whose
    first word is no noun after a determiner is parsed as "killed" (padded to the same length),
    the form whose reduced passive it reads right ("elder" the victim, X the agent). Only the
    parse changes: a negation or a denial around the idiom keeps its modality. The tagger often
    reads such a "shot" as a noun; one after a determiner ("a shot dead centre") is left alone.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Tribal elder shot dead by militants in Swat")
    >>> _killing_idiom(doc, doc.text)[0]
    'Tribal elder killed    by militants in Swat'
    """
    notes = []
    for match in _killing_idioms().finditer(form):
        tok = next((t for t in sdoc if t.idx == match.start()), None)
        if tok is None or tok.tag_ in ("VBP", "VBZ", "VB", "VBG"):
            continue  # present "shoot dead" parses as it is
        if (tok.i > 0 and sdoc[tok.i - 1].pos_ in ("DET", "PRON")) or any(
            c.dep_ in ("det", "poss") for c in tok.children
        ):
            continue  # a noun: "a shot dead centre"
        start, end = match.span()
        form = _replace(form, start, end, "killed".ljust(end - start))
        notes.append(f"'{match.group()}' parsed as 'killed'")
    return form, notes


# -- round 6 (issue 9): claims inside the attack's noun phrase ------------------------------
@cache
def _claim_forms() -> tuple[re.Pattern[str], ...]:
    data = _data()
    nouns = sorted({*(data.get("attack_nouns") or ()), *(data.get("claimed_nouns") or ())})
    alt = "|".join(map(re.escape, nouns)) or "(?!)"
    before = re.compile(rf"(?<=[\w.])(-claimed)(?=\s+(?:[\w-]+\s+)?(?:{alt})\b)", re.I)
    # heads9: the attack's phrase may run on ("Attack on police in Quetta claimed by IS"),
    # with no negation or hedge before the claim
    after = re.compile(
        rf"\b(?:{alt})(?:\s+(?!(?:not|never|falsely|wrongly|allegedly|reportedly|yet)\b)"
        rf"[\w'-]+){{0,5}}?\s+(claimed)(?=\s+by\s)",
        re.I,
    )
    responsibility = re.compile(
        r"\bclaim(?:s|ed)?\s+(responsibility\s+for)(?=\s+[a-z]+ing\b)", re.I
    )
    # heads9: "TTP claim killing of two policemen": the tagger reads the gerund after a plural
    # "claim" as a verb whose "of" phrase is no object; the "of" is blanked ("claim killing
    # two policemen", as "claims killing five soldiers" parses)
    gerund_of = re.compile(
        rf"\b(?:{_claim_verbs()})\s+(?:responsibility\s+for\s+)?[a-z]+ing\s+(of)(?=\s)", re.I
    )
    return before, after, responsibility, gerund_of


@cache
def _claim_verbs() -> str:
    return "|".join(map(re.escape, _data().get("claim_verbs") or ())) or "(?!)"


@cache
def _claim_word() -> re.Pattern[str]:
    """A word every pattern of :func:`_claim_forms` needs ("claim" or a ``claim_verbs``
    word), searched as they are (case-insensitive): a form without one has no claim to
    read, and the long patterns are not tried on it."""
    return re.compile(rf"claim|{_claim_verbs()}", re.I)


def _claimed_attack(form: str, spans: Any = ()) -> tuple[str, list[str]]:
    """'Policeman killed in IS-claimed attack', 'killed in blast claimed by TTP', 'TTP claims
    responsibility for killing soldiers': the claim words are blanked (same length) so the
    claimant parses as the author of the attack, as in "IS attack", "blast by TTP" and "TTP
    claims killing soldiers" (LABELLING: a group's claim of its own attack is asserted).
    Only a claim right beside an attack noun is read so ("attack not claimed by X" stays).
    The actor name (of ``spans``) right before "-claimed" is parsed as a name ("IS" would
    otherwise read as *is*).

    >>> _claimed_attack("Two killed in IS-claimed attack in Quetta")[0]
    'Two killed in IS         attack in Quetta'
    >>> _claimed_attack("Two killed in blast claimed by TTP")[0]
    'Two killed in blast         by TTP'
    >>> _claimed_attack("Two killed in blast not claimed by TTP")[0]
    'Two killed in blast not claimed by TTP'
    >>> _claimed_attack("Attack on police in Quetta claimed by IS")[0]
    'Attack on police in Quetta         by IS'
    >>> _claimed_attack("Attack on police in Quetta not claimed by IS")[0]
    'Attack on police in Quetta not claimed by IS'
    >>> _claimed_attack("TTP claim killing of two policemen")[0]
    'TTP claim killing    two policemen'
    """
    notes: list[str] = []
    if not _claim_word().search(form):
        return form, notes
    for pattern in _claim_forms():
        for match in list(pattern.finditer(form)):
            start, end = match.span(1)
            form = _replace(form, start, end, " " * (end - start))
            notes.append(f"the claim '{match.group(1)}' read as naming the attack's author")
            for s, e in spans:
                if e == start:
                    form = _replace(form, s, e, _pseudo_name(form[s:e]))
    return form, notes


# -- round 6 (issue 9): "X attack leaves N dead" ------------------------------------------
@cache
def _leaves_form() -> re.Pattern[str]:
    data = _data()
    nouns = sorted({*(data.get("attack_nouns") or ()), *(data.get("claimed_nouns") or ())})
    verbs = "|".join(map(re.escape, data.get("toll_leave_verbs") or {})) or "(?!)"
    tolls = [*(data.get("toll_death_words") or ()), *(data.get("toll_hurt_words") or ())]
    return re.compile(
        rf"\b(?:{'|'.join(map(re.escape, nouns)) or '(?!)'})\s+({verbs})\s+"
        rf"((?:[\w,'-]+\s+){{1,6}}?)({'|'.join(map(re.escape, tolls)) or '(?!)'})\b",
        re.I,
    )


def _attack_leaves(form: str) -> tuple[str, list[str]]:
    """'Taliban attack leaves 12 policemen dead': "leave" after an attack noun with a casualty
    word after its object is parsed as "kills" (or "wounds" for the injured), the casualty
    word blanked, so the attack's author is the agent and the victims its object, not a
    group the author left (a split).

    >>> _attack_leaves("Taliban attack leaves 12 policemen dead in Ghazni")[0]
    'Taliban attack kills  12 policemen      in Ghazni'
    >>> _attack_leaves("Blast left five soldiers injured in Swat")[0]
    'Blast hit  five soldiers         in Swat'
    >>> _attack_leaves("Commander leaves TTP, dead set on peace")[0]
    'Commander leaves TTP, dead set on peace'
    """
    data = _data()
    table = data.get("toll_leave_verbs") or {}
    hurt = {w.lower() for w in data.get("toll_hurt_words") or ()}
    notes = []
    for match in list(_leaves_form().finditer(form)):
        verb, toll = match.group(1), match.group(3)
        if re.match(r"(?:no|none|nobody|no one)\b", match.group(2), re.I):
            continue  # "leaves no one dead": no victim
        dead, injured = table.get(verb.lower(), [verb, verb])
        new = injured if toll.lower() in hurt else dead
        start, end = match.span(1)
        form = _replace(form, start, end, new.ljust(end - start)[: end - start])
        start, end = match.span(3)
        form = _replace(form, start, end, " " * (end - start))
        notes.append(f"'{verb} ... {toll}' after an attack noun parsed as '{new}'")
    return form, notes


# -- round 6 (issue 9): "X among N killed" --------------------------------------------------
@cache
def _among_form() -> re.Pattern[str]:
    data = _data()
    counts = "|".join(map(re.escape, data.get("toll_counts") or ())) or "(?!)"
    tolls = "|".join(map(re.escape, data.get("casualty_words") or ())) or "(?!)"
    return re.compile(
        rf"(?<![Nn]ot )\b(among\s+(?:\d+|{counts})\b(?:\s+[\w-]+){{0,2}}?)(?=\s+(?:{tolls})\b)",
        re.I,
    )


def _among_toll(form: str) -> tuple[str, list[str]]:
    """'TTP commander among three killed in raid': the count after "among" is blanked (same
    length) so the named victim is the subject of the casualty word.

    >>> _among_toll("TTP commander among three killed in raid")[0]
    'TTP commander             killed in raid'
    >>> _among_toll("TTP commander among 10 militants killed")[0]
    'TTP commander                    killed'
    >>> _among_toll("TTP commander not among those killed")[0]
    'TTP commander not among those killed'
    """
    notes = []
    for match in list(_among_form().finditer(form)):
        start, end = match.span(1)
        form = _replace(form, start, end, " " * (end - start))
        notes.append(f"'{match.group(1)}' set apart: the name before it is one of the toll")
    return form, notes


# -- fix61c: "X among (the|those) dead", "returns fire after <attack>" ----------------------
@cache
def _among_uncounted_form() -> re.Pattern[str]:
    tolls = _data().get("among_toll_participles") or {}
    words = "|".join(map(re.escape, sorted(tolls, key=len, reverse=True))) or "(?!)"
    return re.compile(
        rf"(?<=\w[\s,])(?<![Nn]ot )\bamong\s+(?:(?:the|those)\s+)?({words})\b"
        r"(?=\s+(?:in|during)\s)",
        re.I,
    )


def _among_uncounted(form: str) -> tuple[str, list[str]]:
    """'TTP commander among dead in Bajaur operation': a name before "among" an uncounted toll
    (bare, "the dead", "those killed") is one of the toll; the phrase is parsed as the toll's
    participle (``among_toll_participles``), the name its subject. Only before "in" or
    "during" (the operation that killed them) in a headline's first clause: a trailing
    "...; TTP commander among dead" read as "killed" made the commander its agent. A
    sentence opening with "Among the dead" and "not among" are left alone.

    >>> _among_uncounted("TTP commander among dead in Bajaur operation")[0]
    'TTP commander     killed in Bajaur operation'
    >>> _among_uncounted("Two LeJ men among those killed in raid")[0]
    'Two LeJ men             killed in raid'
    >>> _among_uncounted("Six killed in raid; TTP commander among dead in Tank")[0]
    'Six killed in raid; TTP commander among dead in Tank'
    >>> _among_uncounted("Among the dead were two children")[0]
    'Among the dead were two children'
    >>> _among_uncounted("TTP commander not among the dead")[0]
    'TTP commander not among the dead'
    """
    tolls = {k.lower(): v for k, v in (_data().get("among_toll_participles") or {}).items()}
    notes = []
    for match in list(_among_uncounted_form().finditer(form)):
        start, end = match.span()
        if re.search(r";|\s[-\u2013\u2014]\s", form[:start]):
            continue  # "...; TTP commander among dead": a second clause, read as its own
        new = tolls[match.group(1).lower()]
        if len(new) > end - start:
            continue
        form = _replace(form, start, end, new.rjust(end - start))
        notes.append(f"'{match.group()}' parsed as '{new}': the name before it is one of the toll")
    return form, notes


@cache
def _return_after_form() -> re.Pattern[str]:
    verbs = _data().get("return_fire_verbs") or ()
    alts = "|".join(r"\s+".join(map(re.escape, v.split())) for v in sorted(verbs, key=len)[::-1])
    nouns = "|".join(map(re.escape, _data().get("attack_nouns") or ())) or "(?!)"
    return re.compile(
        rf"\b(?:{alts or '(?!)'})\s+(after)\s+(?:[\w'-]+\s+){{0,4}}?(?:{nouns})\b", re.I
    )


def _return_after(form: str) -> tuple[str, list[str]]:
    """'Army returns fire after TTP attack on check post': a verb of striking back with no
    object, then "after" an attack: "after" is parsed as "on", so the attack's author is the
    target of the return (``return_fire_verbs``). Only before an attack noun (``attack_nouns``)
    at most five words on: "returns fire after Pakistani shelling" keeps its frame.

    >>> _return_after("Army returns fire after TTP attack on check post")[0]
    'Army returns fire on    TTP attack on check post'
    >>> _return_after("FC retaliates after militants' attack")[0]
    "FC retaliates on    militants' attack"
    >>> _return_after("Army waits after TTP attack")[0]
    'Army waits after TTP attack'
    >>> _return_after("Troops return fire after shelling in Poonch")[0]
    'Troops return fire after shelling in Poonch'
    """
    notes = []
    for match in list(_return_after_form().finditer(form)):
        start, end = match.span(1)
        form = _replace(form, start, end, "on".ljust(end - start))
        notes.append(f"'{match.group()}' parsed with 'on': the attack's author is the target")
    return form, notes


@cache
def _place_noun_form() -> re.Pattern[str]:
    stand_ins = _data().get("place_noun_stand_ins") or {}
    tolls = "|".join(map(re.escape, _data().get("casualty_words") or ())) or "(?!)"
    nouns = "|".join(map(re.escape, sorted(stand_ins, key=len, reverse=True))) or "(?!)"
    return re.compile(
        rf"\b(?:{tolls})\s+(?:in|during)\s+(?:[A-Z][\w'-]*\s+){{1,3}}[\"'\u201c\u2018]?"
        rf"({nouns})\b(?![-'])",
    )


def _place_noun(form: str) -> tuple[str, list[str]]:
    """'Four TTP militants killed in Karachi encounter': a noun the tagger also reads as a
    verb (headline.yaml ``place_noun_stand_ins``: "encounter") after a casualty word, "in"
    and a place name is parsed as its stand-in of the same length ("operation"), so the
    toll's verb stays the headline's verb and the noun its place ("Bannu encounter" is
    otherwise the root verb with the victims as its subject). The words are kept.

    >>> _place_noun("Four TTP militants killed in Bannu encounter")[0]
    'Four TTP militants killed in Bannu operation'
    >>> _place_noun('Six militants killed in Karachi "encounters", Rangers say')[0]
    'Six militants killed in Karachi "operations", Rangers say'
    >>> _place_noun("Police encounter TTP militants in Bannu")[0]
    'Police encounter TTP militants in Bannu'
    """
    notes = []
    stand_ins = _data().get("place_noun_stand_ins") or {}
    for match in list(_place_noun_form().finditer(form)):
        start, end = match.span(1)
        word = match.group(1)
        form = _replace(form, start, end, stand_ins[word.lower()].ljust(end - start)[: end - start])
        notes.append(f"'{word}' after a place name parsed as '{stand_ins[word.lower()]}'")
    return form, notes


_NEGATION_BEFORE = re.compile(r"\b(?:no|not|never|none|nobody|deny|denies|denied)\b", re.I)


@cache
def _place_clash_form() -> re.Pattern[str]:
    tolls = "|".join(map(re.escape, _data().get("casualty_words") or ())) or "(?!)"
    return re.compile(
        rf"\b(?:{tolls})\s+(?:in|during)\s+(?:[A-Z][\w'-]*\s+){{1,3}}(clash  )(?=\s|$)"
    )


def _place_before_clash(form: str, spans: Any = ()) -> tuple[str, list[str]]:
    """'Soldier martyred, two TTP militants killed in North Waziristan exchange of fire': a
    clash idiom after a casualty word's "in" and a place name, which :func:`_clash_idiom`
    has parsed as "clash" with room to spare, is parsed as "clashes": after a place name the
    tagger reads "clash" as the headline's root verb (the victims its subject) and the
    plural as the toll's "in" phrase, whose two sides the rules know. The words are kept. A
    toll under a negation ("No soldier killed in ...") or a place read as part of a name (one
    of ``spans``) is left as written.

    >>> _place_before_clash("Two TTP men killed in North Waziristan clash           ")[0]
    'Two TTP men killed in North Waziristan clashes         '
    >>> _place_before_clash("Two TTP men killed in clash           ")[0]
    'Two TTP men killed in clash           '
    """
    notes = []
    for match in list(_place_clash_form().finditer(form)):
        start, end = match.span(1)
        if _NEGATION_BEFORE.search(form[: match.start()]) or any(
            s < end and match.start() < e for s, e in spans
        ):
            continue
        form = _replace(form, start, end, "clashes")
        notes.append("a clash idiom after a place name parsed as 'clashes'")
    return form, notes


# -- heads9 (issue 9): "X forces fire on Y" ------------------------------------------------
def _fire_on(sdoc: Any, form: str, spans: Any = ()) -> tuple[str, list[str]]:
    """'Afghan forces fire on Pakistani troops': a fire noun (headline.yaml ``fire_nouns``)
    right after a plural agent noun or an actor name and right before "on"/"at" is the
    headline's verb; the tagger reads it as a noun ("forces fire" a compound). The words are
    parsed as "attack" (same length), so the firers are the agents and the fired-on the
    object. "Indian fire on posts" (an adjective before it), "open fire on" and "cross-border
    fire on" are left as written.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Afghan forces fire on Pakistani troops in Chaman")
    >>> _fire_on(doc, doc.text)[0]
    'Afghan forces attack  Pakistani troops in Chaman'
    >>> doc = nlp()("Indian fire on border posts")
    >>> _fire_on(doc, doc.text)[0]
    'Indian fire on border posts'
    """
    nouns = {w.lower() for w in _data().get("fire_nouns") or ()}
    ends = {e for _s, e in spans}
    notes = []
    for tok in sdoc:
        if tok.lower_ not in nouns or tok.i == 0 or tok.i + 1 >= len(sdoc):
            continue
        prev, nxt = sdoc[tok.i - 1], sdoc[tok.i + 1]
        if nxt.lower_ not in ("on", "at") or nxt.idx != tok.idx + len(tok.text) + 1:
            continue
        if prev.tag_ not in ("NNS", "NNPS") and prev.idx + len(prev.text) not in ends:
            continue
        start, end = tok.idx, nxt.idx + len(nxt.text)
        form = _replace(form, start, end, "attack".ljust(end - start)[: end - start])
        notes.append(f"'{tok.text} {nxt.text}' after the firers parsed as a verb")
    return form, notes


# -- heads9 (issue 9): "A martyred, B killed in exchange of fire" --------------------------
@cache
def _idiom_pattern(key: str) -> re.Pattern[str]:
    """The idioms of headline.yaml list ``key`` as one pattern, longest first, any spacing."""
    idioms = sorted(_data().get(key) or (), key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, i.split())) for i in idioms) or "(?!)"
    return re.compile(rf"\b(?:{alt})\b", re.I)


def _parse_idioms_as(form: str, key: str, word: str) -> tuple[str, list[str]]:
    """``form`` with each idiom of headline.yaml list ``key`` replaced by ``word`` padded to
    the idiom's length (offsets stay), and a note for each."""
    notes = []
    for match in list(_idiom_pattern(key).finditer(form)):
        start, end = match.span()
        form = _replace(form, start, end, word.ljust(end - start)[: end - start])
        notes.append(f"'{match.group()}' parsed as '{word}'")
    return form, notes


def _clash_idiom(form: str) -> tuple[str, list[str]]:
    """'Two TTP militants killed in exchange of fire with troops': a clash idiom
    (headline.yaml ``clash_idioms``) is parsed as "clash" (padded to its length), the
    clash noun whose two sides the rules know; "exchange" alone is a swap of prisoners.

    >>> _clash_idiom("Two killed in exchange of fire with troops")[0]
    'Two killed in clash            with troops'
    """
    return _parse_idioms_as(form, "clash_idioms", "clash")


@cache
def _split_tolls_form() -> re.Pattern[str]:
    data = _data()
    tolls = "|".join(map(re.escape, data.get("casualty_words") or ())) or "(?!)"
    clashes = sorted({*(data.get("clash_nouns") or ()), "clash"})
    alt = "|".join(map(re.escape, clashes))
    return re.compile(
        rf"\b({tolls})(?=\s*,\s+(?:[\w'-]+\s+){{1,5}}?(?:{tolls})\s+in\s+(?:an?\s+|the\s+)?"
        rf"(?:[\w'-]+\s+){{0,3}}?(?:{alt})\b)",
        re.I,
    )


def _split_tolls(form: str) -> tuple[str, list[str]]:
    """'Soldier martyred, two TTP militants killed in clash': two tolls of one clash
    (headline.yaml ``clash_nouns``) told as two clauses are its two sides; the first
    casualty word is blanked so both victims are the subjects of the second ("Soldier, two
    TTP militants killed in clash"), whose clash runs both ways between them.

    >>> _split_tolls("Soldier martyred, two TTP militants killed in clash in Bajaur")[0]
    'Soldier         , two TTP militants killed in clash in Bajaur'
    >>> _split_tolls("Soldier martyred, two TTP militants killed in Bajaur")[0]
    'Soldier martyred, two TTP militants killed in Bajaur'
    """
    notes = []
    for match in list(_split_tolls_form().finditer(form)):
        start, end = match.span(1)
        form = _replace(form, start, end, " " * (end - start))
        notes.append(f"'{match.group(1)}' before a second toll of the same clash set apart")
    return form, notes


# -- heads9 (issue 9): arrest idioms -----------------------------------------------------------
def _arrest_idiom(form: str) -> tuple[str, list[str]]:
    """'TTP suspect taken into custody in Swat': an arrest idiom of a headline (headline.yaml
    ``arrest_idioms``) is parsed as "arrested" (padded to its length), the participle whose
    reduced passive the rules know (an arrest in the country implies its forces). Only the
    parse changes: "not taken into custody" keeps its negation.

    >>> _arrest_idiom("TTP suspect taken into custody in Swat")[0]
    'TTP suspect arrested           in Swat'
    """
    return _parse_idioms_as(form, "arrest_idioms", "arrested")


def _present_killing_idiom(sdoc: Any, form: str) -> tuple[str, list[str]]:
    """'CTD guns down 'Daesh' commander': a present killing verb with its particle
    (headline.yaml ``killing_idioms_third_person``, ``killing_idioms_plain``) that the tagger
    loses in two shapes (before a quoted name it reads "down" as a preposition; after a
    kicker, "Mastung: CTD guns down X", it reads the verb as a modifier) is parsed as
    "kills" / "kill" (padded to its length). Elsewhere the words are kept (and the mode
    their verb gives). Only the parse changes: "denies it guns down" and
    "to gun down" keep their modality.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("CTD guns down 'Daesh' commander in Mastung")
    >>> _present_killing_idiom(doc, doc.text)[0]
    "CTD kills     'Daesh' commander in Mastung"
    >>> doc = nlp()("Police gun down two robbers")
    >>> _present_killing_idiom(doc, doc.text)[0]
    'Police gun down two robbers'
    """
    notes: list[str] = []
    for key, word in (("killing_idioms_third_person", "kills"), ("killing_idioms_plain", "kill")):
        for match in list(_idiom_pattern(key).finditer(form)):
            verb = next((t for t in sdoc if t.idx == match.start()), None)
            if verb is None or verb.i + 1 >= len(sdoc):
                continue
            particle = sdoc[verb.i + 1]
            after = sdoc[particle.i + 1] if particle.i + 1 < len(sdoc) else None
            quotes = ("'", '"', "\u2018", "\u201c")
            quoted = after is not None and (after.tag_ in ("``", "''") or after.text in quotes)
            if not quoted and verb.dep_ not in ("acl", "amod", "compound"):
                continue  # the parse keeps its verb: "Police gun down two robbers"
            start, end = match.span()
            form = _replace(form, start, end, word.ljust(end - start)[: end - start])
            notes.append(f"'{match.group()}' parsed as '{word}'")
    return form, notes


def _envoy_title(form: str) -> tuple[str, list[str]]:
    """'FO summons Afghan charge d'affaires': an envoy's title of several words
    (headline.yaml ``envoy_titles``) is parsed as "envoy" (padded to its length), the head
    noun of a summons or a reception (cues.yaml ``envoy_nouns``).

    >>> _envoy_title("FO summons Afghan charge d'affaires over firing")[0]
    'FO summons Afghan envoy             over firing'
    """
    return _parse_idioms_as(form, "envoy_titles", "envoy")


# -- heads10 (issue 9): "X behind Y attack killed in Z" ----------------------------------------
_MODIFIER_LINKS = frozenset({"prep", "pobj", "compound", "amod", "nmod", "npadvmod"})
_SUBJECT_DEPS = frozenset({"ROOT", "nsubj", "nsubjpass", "ccomp", "appos"})


def _subject_modifier(sdoc: Any, form: str, spans: list[tuple[int, int]],
                      events: Any) -> tuple[str, list[str]]:  # fmt: skip
    """'TTP commander behind Quetta attack killed in IBO': a headline's subject (an actor's
    noun phrase) with a modifier that ties it to an earlier event (a preposition and an event
    noun, no verb: "involved in" stays), then the bare participle of the headline's event.
    The tagger hangs the participle on the modifier's last noun ("attack killed"), so the
    subject has no predicate. When the
    participle is an event verb of the lexicon (or a casualty word) with no subject or
    auxiliary of its own, and the modifier between the subject's noun and the participle names
    no actor, the modifier is blanked (same length) and the participle is read as the
    subject's. A modifier naming an actor ("commander behind attack on police") or holding a
    verb ("men martyred in attack claimed by"), or a subject that is a verb's object, leaves
    the form as it is.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("TTP commander behind Quetta attack killed in IBO")
    >>> _subject_modifier(doc, doc.text, [(0, 13)], {"kill": {}})[0]
    'TTP commander                      killed in IBO'
    >>> doc = nlp()("Two FC men martyred in attack claimed by TTP")
    >>> _subject_modifier(doc, doc.text, [(4, 10), (41, 44)], {"claim": {}})[0] == doc.text
    True
    >>> doc = nlp()("Army kills TTP commander behind Quetta attack")
    >>> _subject_modifier(doc, doc.text, [(0, 4), (11, 24)], {"kill": {}})[0] == doc.text
    True
    """
    casualty = frozenset(_data().get("casualty_words") or ())

    def in_span(tok: Any) -> bool:
        return any(s <= tok.idx < e for s, e in spans)

    def names_actor(tok: Any) -> bool:
        return in_span(tok) or any(
            in_span(c) for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")
        )

    for tok in sdoc:
        if tok.tag_ not in ("VBN", "VBD") or tok.dep_ != "acl":
            continue
        if tok.lemma_.lower() not in events and tok.lower_ not in casualty:
            continue
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in tok.children):
            continue
        head = tok.head
        if head.pos_ not in ("NOUN", "PROPN") or in_span(head):
            continue
        subject, steps = head, 0
        while not names_actor(subject) and subject.dep_ in _MODIFIER_LINKS and steps < 6:
            subject, steps = subject.head, steps + 1
        if subject is head or not names_actor(subject) or subject.dep_ not in _SUBJECT_DEPS:
            continue
        start = subject.idx + len(subject.text)
        if any(start <= s < tok.idx for s, _e in spans):
            continue  # the modifier names an actor of its own
        between = sdoc[subject.i + 1 : tok.i]
        if any(t.tag_ in ("VBZ", "VBP") for t in between):
            continue  # a clause of its own between them
        # the participle's own words ("not", "reportedly", "may have been") stay
        modifier = [t for t in between if tok not in t.ancestors and t.i < head.i + 1]
        if not modifier or any(tok in t.ancestors for t in between[: len(modifier)]):
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in modifier):
            continue  # "FC men martyred in attack claimed by TTP": a verb of its own
        end = modifier[-1].idx + len(modifier[-1].text)
        form = form[:start] + " " * (end - start) + form[end:]
        return form, [f"the modifier between the subject and '{tok.text}' set apart"]
    return form, []


# -- heads9 (issue 9): "X says killed Y" -----------------------------------------------------
def _dropped_subject(sdoc: Any, form: str) -> tuple[str, list[str]]:
    """'Pakistan army says killed TTP commander': a headline drops the subject of the clause
    after "says" when it is the speaker. A saying verb right before a past form of a verb of
    headline.yaml ``dropped_subject_verbs`` is blanked (same length), so the speaker is the
    subject of that verb (LABELLING: a state's claim about its own operation is asserted).
    "says it killed" and "says TTP killed" have their subject and stay.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Pakistan army says killed TTP commander")
    >>> _dropped_subject(doc, doc.text)[0]
    'Pakistan army      killed TTP commander'
    >>> doc = nlp()("Pakistan army says TTP killed soldiers")
    >>> _dropped_subject(doc, doc.text)[0] == doc.text
    True
    """
    verbs = frozenset(_data().get("dropped_subject_verbs") or ())
    notes = []
    for tok in sdoc[1:-1]:
        nxt = sdoc[tok.i + 1]
        if tok.lemma_.lower() not in ("say", "claim") or tok.lower_ not in (
            "says",
            "say",
            "said",
            "claims",
            "claim",
        ):
            continue
        if nxt.lower_ in verbs and nxt.lower_.endswith("ed"):
            start, end = tok.idx, tok.idx + len(tok.text)
            form = _replace(form, start, end, " " * (end - start))
            notes.append(f"'{tok.text}' before '{nxt.text}' read as the speaker's own act")
    return form, notes


# -- heads12 (issue 9): money amounts with a scale suffix ---------------------------------------
@cache
def _money_form() -> re.Pattern[str]:
    signs = "|".join(_data().get("money_signs") or ())
    suffixes = "|".join(
        sorted((re.escape(w) for w in _data().get("money_suffixes") or ()), key=len, reverse=True)
    )
    if not signs or not suffixes:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:{signs})\s?\d+(?:[.,]\d+)?\s?({suffixes})\b")


def _money_amounts(form: str) -> tuple[str, list[str]]:
    """'US announces $3m bounty on X': a money amount with a scale suffix (headline.yaml
    ``money_signs``, ``money_suffixes``) is parsed as a plain number, the suffix as zeros
    (same length), so the noun after it is the verb's object. Only the parse changes.

    >>> _money_amounts("US announces $3m bounty on TTP chief")[0]
    'US announces $30 bounty on TTP chief'
    >>> _money_amounts("Rs10bn released for Karachi")[0]
    'Rs1000 released for Karachi'
    >>> _money_amounts("3m people displaced")[0]
    '3m people displaced'
    """
    notes: list[str] = []
    pieces = list(form)
    for m in _money_form().finditer(form):
        start, end = m.span(1)
        if form[start - 1] == " ":  # "$3 million": the words already parse as an amount
            continue
        pieces[start:end] = "0" * (end - start)
        notes = ["a money amount's scale suffix parsed as zeros"]
    return "".join(pieces), notes


def _clash_verb_idiom(form: str) -> tuple[str, list[str]]:
    """'Pakistan, Afghanistan trade fire in Chaman': a verb idiom of a clash (headline.yaml
    ``clash_verb_idioms``) is parsed as the form of "clash" it maps to, padded to its length
    (the tagger had read "trade fire" as one noun and found no verb).

    >>> _clash_verb_idiom("Pakistan, Afghanistan trade fire in Chaman")[0]
    'Pakistan, Afghanistan clash      in Chaman'
    >>> _clash_verb_idiom("Pakistan, Afghanistan agree to boost trade")[0]
    'Pakistan, Afghanistan agree to boost trade'
    """
    notes: list[str] = []
    for pattern, word in _clash_verb_forms():
        for match in list(pattern.finditer(form)):
            start, end = match.span()
            form = _replace(form, start, end, word.ljust(end - start)[: end - start])
            notes.append(f"'{match.group()}' parsed as '{word}'")
    return form, notes


@cache
def _clash_verb_forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, form of "clash") of each of headline.yaml ``clash_verb_idioms``, the longest
    idiom first (compiled once: :func:`_clash_verb_idiom` reads every headline)."""
    idioms = _data().get("clash_verb_idioms") or {}
    return tuple(
        (re.compile(r"\b" + r"\s+".join(map(re.escape, idiom.split())) + r"\b", re.I),
         str(idioms[idiom]))
        for idiom in sorted(idioms, key=len, reverse=True)
    )  # fmt: skip


@cache
def kicker_doubts() -> dict[str, str]:
    """headline.yaml ``uncertain_kickers`` and ``false_kickers``: each word of a short kicker
    that doubts the clause after it, with the modality it gives that clause (gaps60).

    >>> kicker_doubts()["unconfirmed"], kicker_doubts()["hoax"]
    ('uncertain', 'denied')
    """
    data = _data()
    doubts = {w.lower(): "uncertain" for w in data.get("uncertain_kickers") or ()}
    doubts.update({w.lower(): "denied" for w in data.get("false_kickers") or ()})
    return doubts


@cache
def kicker_hedges() -> frozenset[str]:
    """headline.yaml ``kicker_hedges``: words that keep a short kicker on its clause
    (extract._cut_kicker)."""
    return frozenset(w.lower() for w in _data().get("kicker_hedges") or ())
