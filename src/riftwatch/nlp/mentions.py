"""Open actor mentions: every named or generic actor of a sentence is a candidate.

The knowledge base finds the actors it knows before the parse (:mod:`riftwatch.nlp.extract`);
this module adds, from the words around them and from the parse, the ones it does not:

1. **group names as modifiers**: a name right before a member noun ("Haqqani prisoners",
   "IS suicide bombers", "Ansar Dine militants"): the group is the actor, resolved in the
   knowledge base with the member noun as its context, else an open actor;
2. **agent nouns with their country**: "Israeli police", "Pakistan's army", "troops of
   Kenya", "U.S. negotiators" (the agent nouns and their roles are data:
   ``riftwatch/actors/data/agents/``): the country's body for the role (its police, army,
   government), else the country; non-state agents of a country ("Syrian rebels") are an
   open actor of their own, never the state;
3. **named entities** of spaCy's model: organisations (ORG; news outlets left out), groups
   of people (NORP used as a noun: "Kurds", "Shiites"), and persons (PERSON) with a title
   and a country ("Afghan Defence Minister <name>": the country's government), or, when
   unknown, only where they act (the subject of a verb, the agent of a passive): a person
   who is only a victim is not an actor.

An actor the knowledge base does not know keeps its mention and gets the stable id
:func:`riftwatch.actors.open.open_id` of its normalised name.

>>> from riftwatch.nlp.parse import nlp
>>> text = "Zarbat Mahaz militants attacked Malian soldiers."
>>> [(a.id, a.how) for _s, _e, a in open_actors(nlp()(text), [], "2012")]
... # doctest: +NORMALIZE_WHITESPACE
[('open:zarbat-mahaz', "open: group named before 'militants'"),
 ('country:mali', "agent noun 'soldiers' of Mali")]
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from riftwatch.actors.agents import STATE_ROLES, load_agents
from riftwatch.actors.kb import _day_hi, _day_lo, descriptor_words
from riftwatch.actors.normalize import norm
from riftwatch.actors.open import (
    APPOSITION_NOUNS,
    GROUP_WORDS,
    group_type,
    group_words,
    is_open,
    open_id,
)
from riftwatch.actors.resolve import _common_lemmas, common_word
from riftwatch.nlp.code import Actor, WalkedDoc, hyphen_agent
from riftwatch.nlp.time import month_names, weekday_names

Span = tuple[int, int, Actor]

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
CIVIL_TITLES = frozenset(
    "president vice prime minister ministers premier chancellor king queen prince emir sultan "
    "spokesman spokeswoman spokesperson ambassador envoy secretary foreign interior finance "
    "defence defense home information minister-designate governor senator leader chief "
    "official officials adviser advisor aide diplomat negotiator ayatollah".split()
)
MILITARY_TITLES = frozenset(
    "general gen lt lieutenant colonel col major maj brigadier brig commander admiral marshal "
    "army military captain".split()
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@cache
def _resolver() -> Any:
    from riftwatch.nlp.extract import _resolver as shared

    return shared()


def _char_span(tokens: list[Any]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _covered(found: list[Span]) -> dict[int, Actor]:
    """Character offset -> the actor found there (the knowledge base's mentions)."""
    out: dict[int, Actor] = {}
    for start, end, actor in found:
        for i in range(start, end):
            out.setdefault(i, actor)
    return out


def _actor_at(tok: Any, covered: dict[int, Actor]) -> Actor | None:
    return covered.get(tok.idx)


def open_actors(sdoc: Any, found: list[Span], date: str | None) -> list[Span]:
    """Actors of a parsed sentence that the knowledge-base pass did not find."""
    sdoc = WalkedDoc(sdoc)  # a dozen walks of the sentence below: its tokens made once
    agents = load_agents()
    covered = _covered(found)
    out: list[Span] = []

    def free(tokens: list[Any]) -> bool:
        return all(t.idx not in covered for t in tokens)

    def add(tokens: list[Any], actor: Actor) -> None:
        start, end = _char_span(tokens)
        out.append((start, end, actor))
        for i in range(start, end):
            covered.setdefault(i, actor)

    text = sdoc.text
    for tokens, actor in _numbered_units(sdoc, covered):
        if free(tokens):
            add(tokens, actor)
    for tokens, actor in _named_units(sdoc, covered):
        if free(tokens):
            add(tokens, actor)
    for tok in sdoc:
        lower = tok.lower_
        if tok.pos_ not in ("NOUN", "PROPN") and not (
            # "Somali militant camps": the tagger's adjective is the agent word (sides24)
            tok.pos_ == "ADJ"
            and tok.idx not in covered
            and agents.role(lower) in ("rebels", "militants")
            and _country_of_modified(tok, covered, date, agents)[0] is not None
        ):
            continue
        if tok.idx in covered:
            bare = covered[tok.idx]
            role = agents.role(lower)
            if bare.how == "country of the text" and role in _LOCAL_ROLES:
                # "Mombasa authorities": the place's own, not the country the text names
                # (the longer span wins where the spans meet: extract.py)
                local = _local_body(tok, role, {k: v for k, v in covered.items()
                                                if v is not bare}, date)  # fmt: skip
                if local is not None:
                    out.append((*_char_span(local[0]), local[1]))
            elif bare.how in _TEXT_SEATS and role in _seated_roles():
                # "Zambia's president urged Parliament in Malawi": the country it sits in,
                # not the text's (the longer span wins where the spans meet; peers62)
                seat = _country_in(tok, covered) or _country_next(tok, covered)
                body = _body(seat, role) if seat is not None else None
                ends = [t.i for t in tok.doc[tok.i + 1 :]
                        if seat is not None and _actor_at(t, covered) is seat.actor]  # fmt: skip
                if body is not None and ends:
                    span = list(tok.doc[tok.i : ends[0] + 1])
                    mention = text[tok.idx : span[-1].idx + len(span[-1].text)]
                    out.append((*_char_span(span),
                                _as_actor(body, mention, f"agent noun '{tok.text}' of "
                                          f"{seat.name}")))  # fmt: skip
            elif bare.type in _STATE_OWNERS and role in _COMMUNITY_ROLES:
                # "Bosnian Serb forces": the knowledge base read "Serb forces" as Serbia's;
                # the longer span of the community's men wins (gaps59)
                others = {k: v for k, v in covered.items() if v is not bare}
                community = _community_before(tok, role, others, date)
                if community is not None:
                    out.append((*_char_span(community[0]), community[1]))
            continue
        # 2. agent nouns with their country: "Israeli police", "Pakistan's army"
        role = agents.role(lower) or _two_word_role(tok, agents)
        if role is not None:
            community = _community_before(tok, role, covered, date)
            if community is not None:  # "Bosnian Serb forces": the community's, no state's
                add(*community)
                continue
            country, mods = _country_of(tok, covered, date)
            if (
                country is not None
                and not agents.holds_office(lower, country.iso)
                and mods
                and all(m.dep_ != "poss" for m in mods)
            ):  # "the Uzbek emir": an office the state has not; a man of that origin (gaps64)
                span = sorted([*mods, tok], key=lambda t: t.i)
                name = text[span[0].idx : tok.idx + len(tok.text)]
                add(span, _open(name, "collective", f"open: '{tok.text}' of a people "
                                f"({country.name} has no such office)"))  # fmt: skip
                continue
            if agents.role(lower) is None and role in ("rebels", "opposition") and not mods:
                # "Opposition groups in Togo": the two-word noun names the side whole (peers22)
                mods = [tok.doc[tok.i - 1]]
            own_noun = True
            if country is None and role in ("rebels", "militants"):
                # "Somali rebel positions": the country word before the noun the agent word
                # modifies is the rebels' (sides24)
                country, mods = _country_of_modified(tok, covered, date, agents)
                own_noun = country is None
            located = None
            if country is None and role in ("rebels", "opposition"):
                # "rebels in Chad", "opposition groups in Togo": a non-state side of the
                # country it is in (never a state body, so "troops in X" are not X's)
                country = located = _country_in(tok, covered)
            if country is None and role in _seated_roles():
                # "Parliament in Kenya": a legislature sits in its own country (peers62)
                country = _country_in(tok, covered) or _country_next(tok, covered)
            modifier = _nonstate_modifier(tok, agents)
            if modifier is not None and role in STATE_ROLES:
                # "Peruvian rebel leaders", "Syrian opposition officials": the modifier says
                # whose leaders they are; never the state's
                role, mods = modifier[0], sorted({*mods, modifier[1]}, key=lambda t: t.i)
            if country is not None and role in STATE_ROLES:
                named = _spelled_group(tok, mods, text, date)
                if named is not None:  # "the Syrian Democratic Forces": a group's name
                    add(*named)
                    continue
                body = _body(country, role)
                if body is not None:
                    span = sorted([*mods, tok], key=lambda t: t.i)
                    mention = text[span[0].idx : tok.idx + len(tok.text)]
                    add(span, _as_actor(body, mention,
                                        f"agent noun '{tok.text}' of {country.name}"))  # fmt: skip
                    continue
            if country is not None and (
                role in ("rebels", "opposition")
                or (
                    role == "militants"
                    and mods
                    # "Somali rebel fighters": armed men of a side, whatever the noun (sides24)
                    and (lower not in _side_free_fighters() or _nonstate_modifier(tok, agents))
                )
            ):
                # "Somali militias", "Lebanese militiamen" (peers14): armed men of a country
                # the knowledge base's generic fighters do not cover, never its state
                span = sorted([*mods, tok], key=lambda t: t.i)
                name = text[span[0].idx : tok.idx + len(tok.text)]
                if not own_noun and not name.endswith("s"):
                    name += "s"  # "Somali rebel positions": the Somali rebels
                if located is not None:
                    name = f"{name} in {located.mention}"
                add(sorted([*mods, tok], key=lambda t: t.i),
                    _open(name, "party" if role == "opposition" else "armed_group",
                          f"open: {role} of {country.name}", country.iso))  # fmt: skip
                continue
        if role is not None and country is None:
            local = _local_body(tok, role, covered, date)
            if local is not None:  # "Mombasa authorities", "demonstrators in Mombasa"
                add(*local)
                continue
        if role == "civilians" or _people_noun(tok):
            fled = _fleeing_people(tok, covered)
            if fled is not None:  # "refugees fleeing the war in Y": people of Y (peers10)
                add([tok], fled)
                continue
        if role is not None or _people_noun(tok):
            people = _people_of(tok, sdoc, covered, agents)
            if people is not None and _sought_polity(tok):
                # "to establish an Islamic state", "a Kurdish state": a state sought or
                # imagined, not a body that acts (lead45)
                people = None
            if people is not None:
                # "Yoruba leaders", "Chechen refugees", "Hutu rebels": a people that is no
                # country names its own actor (never a state body)
                span = sorted([*people, tok], key=lambda t: t.i)
                name = text[span[0].idx : tok.idx + len(tok.text)]
                kind = "armed_group" if role in ("rebels", "militants") else "collective"
                if kind == "armed_group" and _proper_name_run(people):
                    # "Seleka fighters", "Seleka rebels": a proper name the model calls a
                    # people names the armed group itself, as "Kestrava fighters" does (the
                    # group named before a member noun, below), so one group has one id;
                    # a demonym adjective ("Kurdish fighters") keeps its noun (names22)
                    how = f"open: group named before '{tok.text}' (spaCy NORP)"
                    add(people, _open(sdoc_text(people), kind, how))
                    continue
                add(span, _open(name, kind, f"open: '{tok.text}' of a people (spaCy NORP)"))
                continue
        if (
            role is None
            and (lower not in agents.members or lower in _PEOPLE_MEMBERS)
            and _people_noun(tok)
            and not any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children)
        ):
            # "Somali detainees", "Iraqi youths": people of a country the agents data does
            # not list, an open actor of their own (never the state), like "Syrian rebels"
            country, mods = _country_of(tok, covered, date)
            if country is not None and mods:
                name = f"{country.mention} {tok.text}"
                add(sorted([*mods, tok], key=lambda t: t.i),
                    _open(name, "collective", f"open: people of {country.name}",
                          country.iso))  # fmt: skip
                continue
        if lower in agents.held_places and lower not in agents.members:
            # "struck Haqqani compounds": a known group before a place it holds (written52);
            # an unknown name or a place there is where, not who ("raid Spinwam compound")
            phrase = _name_before(tok, covered)
            group = _group(phrase, tok, text, date, sdoc, covered) if phrase else None
            if group is not None and not is_open(group[1].id):
                add(*group)
            continue
        # 1. a group named before a member noun: "Haqqani prisoners", "Ansar Dine militants"
        if (
            lower in agents.members
            or agents.role(lower) in ("rebels", "militants")
            or lower in _OF_PHRASE_MEMBERS
        ):
            phrase = _name_before(tok, covered)
            group = _group(phrase, tok, text, date, sdoc, covered) if phrase else None
            if group is not None:
                add(*group)
            elif agents.role(lower) in ("rebels", "militants") or lower in _OF_PHRASE_MEMBERS:
                # "fighters of the Estado Mayor Central", "dissidents of the Zorblan Nights":
                # the name in the armed noun's 'of' phrase is the group (mmp25)
                phrase = _name_after(tok, covered)
                group = _group(phrase, tok, text, date, sdoc, covered) if phrase else None
                if group is not None and free(group[0]):
                    add(*group)
    # a name the knowledge base and the model miss, said to be a group by a noun in
    # apposition: "The ZDF, a Ugandan rebel group, ..." (before the entities, which may take
    # a foreign one-word name for a person's)
    for tok in sdoc:
        apposed = _apposed_group(tok, text, date, covered, agents)
        if apposed is not None:
            add(*apposed)
    # 4. places described as such: "the town of Gulu", "the Azerbaijani republic of
    # Nakhichevan", "the capital Juba" (peers8): a party where a role makes them one
    for tok in sdoc:
        placed = _described_place(tok, covered, date)
        if placed is not None:
            add(*placed)
    # 3. named entities
    for ent in sdoc.ents:
        tokens = [t for t in ent if t.lower_ not in _DETERMINERS or t.i != ent.start]
        while tokens and (
            tokens[-1].text in ("'s", "’s", "'")
            or tokens[-1].is_punct
            # "the National Congress for the Defence of the People in 2008": the model's
            # entity may take the lower-case word after the name (mmp7)
            or (tokens[-1].is_lower and tokens[-1].pos_ in ("ADP", "DET", "CCONJ"))
        ):
            tokens = tokens[:-1]
        if not tokens or not free(tokens):
            inner = [covered.get(t.idx) for t in tokens]
            if (
                ent.label_ == "ORG"
                and inner
                and all(a is None or a.type in ("country", "place") for a in inner)
                and any(a is None for a in inner)
            ):
                pass  # "Pakistan Muslim League": the country inside is a modifier
            else:
                continue
        if ent.label_ == "ORG":
            # "Kakumaru-ha", "Zorb-IO": the model's organisation may stop at the hyphen of
            # a name's glued tail (names22)
            tail = _glued_tail(tokens)
            if tail and free(tail):
                tokens = tokens + tail
        name = text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        if _place_name(tokens):
            continue  # "Dand-e-Ghori district", "Shah Hassan Khel village": a place
        if ent.label_ == "ORG":
            actor = _organisation(name, ent, text, date, agents, covered)
        elif ent.label_ == "NORP":
            actor = _people(name, ent)
        elif ent.label_ == "PERSON":
            actor = _person(name, ent, tokens, text, date, covered)
            if actor is not None and actor.how.startswith("title"):
                tokens = _title_tokens(tokens, covered)[0] + tokens
            elif actor is None:  # "met President Ruto": an office holder in any role
                title = _office_title(tokens[0], covered)
                if title:
                    tokens = title + tokens
                    actor = _office_holder(text[tokens[0].idx : tokens[-1].idx
                                                + len(tokens[-1].text)])  # fmt: skip
        else:
            continue
        if actor is not None and _venue_capital(name, tokens, text, date, actor):
            continue  # "the Abuja peace agreement": where it was signed, not who signed it
        if actor is not None and _located_seat(name, tokens, text, date, actor):
            continue  # "camps near Erbil": where the camps are, not the regional government
        if actor is not None:
            add(tokens, actor)
    for tok in sdoc:  # "the parties to the conflict in Sudan": the sides of its war (peers62)
        sides = _conflict_sides(tok, covered)
        if sides is not None and free(sides[0][:-1]):
            add(*sides)
    for tok in sdoc:  # "a militia known as the Zorbak Brigade": the name's group (bugs36)
        named = _named_noun(tok, covered, agents)
        if named is not None:
            add(*named)
    for tok in sdoc:  # "the Zorblan Front and Kestrava": a name joined to a group (sides20)
        joined = _joined_to_group(tok, covered, agents) or _founded_name(tok, covered, agents)
        if joined is not None:
            add(*joined)
    for tok in sdoc:  # "Kestrava and the Zorblan Front fought": the first of the pair (names22)
        joined = _joined_before_group(tok, covered, agents)
        if joined is not None:
            add(*joined)
    for tok in sdoc:  # "called on Ugandans to ...": a demonym the model did not tag (peers10)
        people = _plural_demonym(tok, covered)
        if people is not None:
            add([tok], people)
    for tok in sdoc:  # "the Bolsheviks", "the Chetniks": a movement named by a plural (stop 41)
        movement = _movement_plural(tok, covered, agents)
        if movement is not None:
            add([tok], movement)
    for tok in sdoc:  # "Jakarta expelled X": a capital acting, by its role
        if tok.pos_ == "PROPN" and tok.idx not in covered and tok.text[:1].isupper():
            # "Addis Ababa expelled X": a capital of two words is its head's compound run
            run = _compound_run(tok, covered)
            name = text[run[0].idx : tok.idx + len(tok.text)]
            capital = _capital_actor(name, tok, date) if len(run) > 1 else None
            if capital is None:
                run, capital = [tok], _capital_actor(tok.text, tok, date)
            if capital is not None:
                add(run, capital)
    for tok in sdoc:  # "President Ruto" the model did not tag as a person
        if tok.idx in covered or tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "PERSON"):
            continue
        title = _office_title(tok, covered)
        if title and tok.text[:1].isupper() and tok.lower_ not in _TITLE_WORDS:
            run = [tok]
            while run[-1].i + 1 < len(sdoc) and _name_word(sdoc[run[-1].i + 1], covered):
                run.append(sdoc[run[-1].i + 1])
            if free(title + run):
                span = title + run
                add(span, _office_holder(text[span[0].idx : run[-1].idx + len(run[-1].text)]))
    for tok in sdoc:  # "Shekau pledged allegiance to X": a leader's surname alone (replay26)
        led = _surname_subject(tok, covered, date)
        if led is not None:
            add([tok], led)
    for tok in sdoc:  # "Durrakesh merged into al-Shabaab": the other side of a relation (replay34)
        related = _relation_partner_name(tok, covered, agents, date)
        if related is not None:
            add(*related)
    return out


@cache
def _person_surnames() -> dict[str, list[Any]]:
    """Last name (also without its Arabic article) -> the persons of the knowledge base who
    bear it."""
    found: dict[str, list[Any]] = {}
    for entity in _resolver().kb.entities.values():
        if entity.type == "person":
            surname = entity.name.split()[-1]
            for key in dict.fromkeys((surname, _ARTICLED_SURNAME.sub("", surname))):
                found.setdefault(key, []).append(entity)
    return found


def _surname_subject(tok: Any, covered: dict[int, Actor], date: str | None) -> Actor | None:
    """A leader's surname alone as the subject of a verb ("Shekau pledged allegiance to the
    Y", "Misuari declared independence"): that person, standing for the group the knowledge
    base gives him at the date, when exactly one person of the knowledge base bears that
    surname and he then led exactly one group (its leadership terms, as
    :func:`leader_surnames` reads "Shekau's men").
    A single capitalised proper noun, no part of a longer name (no compound around it), not
    tagged as a place or an organisation, not a common word; None otherwise (replay26: a
    leader told for his group, the largest class of replayed rows missing a side).
    """
    from riftwatch.actors.resolve import _day_of

    if (
        tok.idx in covered
        or tok.pos_ != "PROPN"
        or not (
            tok.dep_ in ("nsubj", "nsubjpass")
            or (tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass"))
        )  # "Shekau pledged", "X and Shekau clashed"
        or not tok.text[:1].isupper()
        or tok.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
        or any(c.dep_ in ("compound", "flat", "amod", "det", "poss") for c in tok.children)
        or common_word(tok.text)
    ):
        return None
    word = tok.text
    bearers = _person_surnames().get(word) or []
    if len(bearers) != 1 or not date:
        return None
    day = _day_of(date)
    terms = _leader_terms().get(word) or []
    groups = {g for g, first, last in terms
              if (first is None or first <= day) and (last is None or day <= last)}  # fmt: skip
    if len(groups) != 1:
        return None
    # the person himself, with the group the knowledge base gives him at the date (so that
    # the document's and the corpus's ties of persons still see a person)
    res = _resolver().resolve(bearers[0].name, date, tok.doc.text)
    if res.actor is None:
        return None
    actor = _resolved(res, word, "knowledge base (a leader's surname alone as a subject)")
    return actor if actor.type == "person" and actor.org_id else None


def _people_of(tok: Any, sdoc: Any, covered: dict[int, Actor], agents: Any) -> list[Any] | None:
    """The modifiers of an agent or people noun that name a people which is no country
    ("Yoruba" in "Yoruba leaders", "Chechen" in "Chechen refugees"), with any words between
    them and the noun ("Hutu rebel leaders"); None when there is none, when the knowledge
    base already covers them, or when they are generic ("Islamist", "Muslim"). A generic
    faith word (agents data ``faiths``) names a collective before a people noun that is no
    fighter noun ("Islamic fundamentalists", "Muslim hackers"; peers20), never before one
    ("Islamist rebels": armed men of no named group)."""
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
    for mod in mods:
        if mod.idx in covered or not (
            _entity_label([mod], sdoc) == "NORP" or _untagged_people_word(mod, sdoc)
        ):
            continue
        if not mod.text[:1].isupper():
            return None
        if _named_run_before(mod, tok, covered):
            return None  # "Darul Islam fighters": the people word ends a group's name (stop 41)
        if _creed_body(tok) and _creed(mod):
            return None  # "the Ba'athist government in Y": a creed names no people (replay41)
        if agents.is_generic(mod.text) and not (
            norm(mod.text) in agents.faiths
            and agents.role(tok.lower_) not in ("militants", "rebels")
            and not _creed_body(tok)
            and tok.lower_ not in _FIGHTER_MEMBERS
        ):
            # replay41: nor before a state's body ("the Islamist government of P", "the
            # Islamic regime in Y"): the creed describes the state, it names no people
            return None
        return [t for t in sdoc[mod.i : tok.i] if t.idx not in covered]
    return None


def _untagged_people_word(mod: Any, sdoc: Any) -> bool:
    """A capitalised people word the model tags as no entity or as a one-word person
    before its noun (shortforms.yaml ``peoples``:
    "Kurd" in "Iraqi Kurd refugees", "Tuareg" in "Malian Tuareg rebels"), read as the model's
    NORP is (peers62).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Syria took in Iraqi Kurd refugees.")
    >>> _untagged_people_word(doc[4], doc), _untagged_people_word(doc[5], doc)
    (True, False)
    """
    from riftwatch.nlp.shortforms import settings

    if mod.pos_ != "PROPN" or not mod.text[:1].isupper() or mod.lower_ not in settings()["peoples"]:
        return False
    ent = next((e for e in sdoc.ents if e.start <= mod.i < e.end), None)
    # the model may take the lone word for a first name ("Kurd", "Karen"): one word only
    return ent is None or (ent.label_ == "PERSON" and len(ent) == 1)


def _creed(tok: Any) -> bool:
    """Is the word one of a creed or ideology (name_cues.yaml ``descriptor_words``: Islamist,
    Ba'athist, Marxist...)? Before a state's body it says what the state professes, never
    whose people or place the body is ("the Ba'athist government in Damascus" is Syria's;
    replay41).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Ba'athist government and the Kurdish government met.")
    >>> _creed(doc[1]), _creed(doc[5])
    (True, False)
    """
    return tok.lower_.replace("’", "'") in descriptor_words()


def _creed_body(tok: Any) -> bool:
    """Is the noun one of a state's government that a creed word only describes (name_cues.yaml
    ``creed_described_bodies``: government, regime, administration; replay41)?"""
    from riftwatch.actors.kb import name_cues

    return tok.lower_ in name_cues().get("creed_described_bodies", frozenset())


def _proper_name_run(tokens: list[Any]) -> bool:
    """Are ``tokens`` one run of proper nouns, each capitalised and none an adjective or a
    plural ("Seleka", not "Kurdish" nor "Kurds")?

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Seleka fighters, Bengali guerrillas and Kurdish fighters met.")
    >>> _proper_name_run([doc[0]]), _proper_name_run([doc[3]]), _proper_name_run([doc[6]])
    (True, False, False)
    """
    return bool(tokens) and all(
        t.pos_ == "PROPN"
        and t.tag_ == "NNP"
        and t.text[:1].isupper()
        and not t.lower_.endswith(_DEMONYM_ENDINGS)
        for t in tokens
    )


_DEMONYM_ENDINGS = ("i", "ese", "ish", "ian")
"""Endings that make a word a people's by its form ("Bengali", "Congolese", "Syrian"): such a
word before "guerrillas" names the people's fighters, not a group called so."""


def _named_run_before(mod: Any, head: Any, covered: dict[int, Actor]) -> bool:
    """Does a capitalised word of no actor yet stand right before the people word ``mod``,
    in the same noun phrase as ``head`` ("Darul" in "Darul Islam fighters")? Then the people
    word is the last word of a name, and the name, not a people, owns the noun.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("In 1950 Darul Islam fighters attacked the army.")
    >>> _named_run_before(doc[3], doc[4], {}), _named_run_before(doc[3], doc[4], {doc[2].idx: 1})
    (True, False)
    >>> doc = nlp()("Kurdish fighters attacked the army.")
    >>> _named_run_before(doc[0], doc[1], {})
    False
    """
    if mod.i == 0:
        return False
    before = mod.doc[mod.i - 1]
    return (
        before.idx not in covered
        and before.is_alpha
        and before.text[:1].isupper()
        and before.pos_ in ("PROPN", "NOUN")
        and before.dep_ in ("compound", "amod", "nmod")
        and before.head.i in (mod.i, head.i)
    )


_FIGHTER_MEMBERS = frozenset(
    "fighters fighter militants militant gunmen gunman bombers bomber forces units cells "
    "militia militias militiamen attackers assailants recruits cadres".split()
)
"""Member nouns of armed men: a faith word before them names no group (peers20)."""


def _nonstate_modifier(tok: Any, agents: Any) -> tuple[str, Any] | None:
    """(role, token) of a non-state agent word modifying an agent noun: "rebel" in "rebel
    leaders", "opposition" in "opposition officials", the adjective "militant" in "militant
    leaders"; None otherwise."""
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "nmod"):
            role = agents.role(child.lower_)
            if role in ("rebels", "opposition"):
                return role, child
            if role == "militants" and child.pos_ == "ADJ":
                # "Somali militant leaders" are no state's (sides24); the noun "fighter" of
                # "fighter jets" is no such adjective
                return role, child
    return None


# -- people nouns by their form --------------------------------------------------------------
_PEOPLE_SUFFIXES = ("ers", "ors", "ists", "ees", "ians")
# member nouns that, after a country, are its people rather than a group's members
_PEOPLE_MEMBERS = frozenset({"detainees", "captives", "men"})
_PEOPLE_WORDS = frozenset(
    "youths men women children people nationals personnel crew crews families clerics "
    "pilgrims migrants immigrants emigrants inhabitants participants peasants assailants "
    "merchants servants defendants tenants descendants captives hostages victims "
    "students citizens residents civilians fishermen businessmen seamen pupils".split()
)
# singular nouns that name one person ("a Nigerian student", "a Saudi businessman")
_PERSON_WORDS = frozenset(
    "student national citizen resident civilian businessman businesswoman journalist "
    "reporter tourist protester protestor demonstrator activist worker man woman boy girl "
    "teenager pilgrim migrant immigrant refugee farmer fisherman engineer doctor teacher "
    "priest cleric volunteer hostage captive detainee settler villager employee sailor "
    "trader merchant driver passenger missionary".split()
)
_NOT_PEOPLE = frozenset(
    "borders orders papers newspapers waters numbers matters headquarters quarters towers "
    "centers centres letters powers others layers corners chambers banners containers "
    "tankers jetliners airliners carriers bombers fighters members leaders sectors doors "
    "floors factors corridors motors reactors errors colors colours indicators behaviors "
    "behaviours vectors tractors generators committees fees trees degrees decrees "
    "guarantees knees monitors interiors exteriors waivers transfers offers answers "
    "markers meters computers servers shelters barriers boulders shoulders registers "
    "filters rivers waivers powers helicopters launchers".split()
)


_JOINED_PARTNER_TYPES = frozenset({"armed_group", "faction", "party", "shura"})
_NOT_JOINED_LABELS = frozenset(
    {"PERSON", "DATE", "TIME", "NORP", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL",
     "EVENT", "LAW", "LANGUAGE", "FAC"}
)  # fmt: skip


def _joined_to_group(
    tok: Any, covered: dict[int, Actor], agents: Any
) -> tuple[list[Any], Actor] | None:
    """A capitalised name the knowledge base and the model's organisations miss, joined by
    "and" to a group's name ("the Zorblan Front and Kestrava fought side by side", "fighting
    between the ZLF and Kestrava"): a group like its partner (sides20). The small model tags
    such a foreign word as a place or a person as often as not, so neither tag is a bar for
    one word; a name the knowledge base knows as a place, country or person is covered
    already, and a person's full name, dates, peoples, common words and agent nouns ("the
    Front and Government forces") are left out.
    """
    if tok.dep_ != "conj" or tok.pos_ != "PROPN" or tok.idx in covered:
        return None
    head = tok.head
    partner = covered.get(head.idx) if head.pos_ in ("PROPN", "NOUN") else None
    if partner is None or not _group_partner(partner):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in head.children):
        return None
    return _joined_name(tok, partner, covered, agents)


def _group_partner(partner: Actor) -> bool:
    """Is ``partner`` an actor whose partner joined by "and" may be taken for a group?"""
    return partner.type in _JOINED_PARTNER_TYPES or (
        is_open(partner.id) and partner.type == "organization"
    )


def _joined_before_group(
    tok: Any, covered: dict[int, Actor], agents: Any
) -> tuple[list[Any], Actor] | None:
    """The first of two names joined by "and" when only the second is a group's: "Kestrava
    and the Zorblan Front fought side by side", "clashes between Kestrava and the ZLF"
    (names22; :func:`_joined_to_group` takes the second of the pair). Only where the pair
    acts (the subject of a verb) or is the pair "between" whom something happens: after a
    verb ("attacked Umbravo and the ZLF") or another preposition ("in Umbravo and ...") the
    first name is as often a place, and stays out.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("ZPLA and the Zorblan Liberation Front fought side by side.")
    >>> [(a.id, a.how) for _s, _e, a in open_actors(doc, [], "2001")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('open:zorblan-liberation-front', 'open: spaCy ORG'),
     ('open:zpla', 'open: name joined to the group Zorblan Liberation Front')]

    A name the model tags a person's is left out unless it is initials, has a glued tail or
    takes "the" (a leader named beside his group: "Garang and the SPLA met the envoy"; but
    "the Ninjas and the Zorblan Front"); a list the parser reads as an apposition ("the
    Haganah, the Irgun and Lehi formed ...") joins its names too.
    """
    if tok.pos_ != "PROPN" or tok.idx in covered:
        return None
    if tok.dep_ not in ("nsubj", "nsubjpass") and not (
        tok.dep_ == "pobj" and tok.head.lower_ == "between"
    ):
        return None
    joined = [c for c in tok.children if c.dep_ == "conj"]
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
        # "the Haganah, the Irgun and Lehi formed ...": a list the parser reads as the
        # first name's apposition, the "and" inside it
        joined = [c for c in tok.children if c.dep_ == "appos"
                  and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)]  # fmt: skip
    partner = next((covered[c.idx] for c in joined if c.idx in covered), None)
    if partner is None or not _group_partner(partner):
        return None
    if tok.ent_type_ == "PERSON" and not (
        tok.text.isupper()
        or _glued_tail([tok])
        or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    ):
        return None  # "Garang and the SPLA met X": a leader beside his group, no group
    return _joined_name(tok, partner, covered, agents)


def _glued_tail(tokens: list[Any]) -> list[Any]:
    """The tokens of a tail glued to a name by a hyphen, no space either side, that finish
    the name ("Kakumaru-ha", "Zorb-IO", "Zorb-13"): a capital or a digit opens it, or a
    lower-case word that is no common word nor one of group_words.yaml's ``not_name_tails``
    ("Zorb-led", "Zorb-backed" describe, and are left out). Empty when there is none.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kakumaru-ha and Zorb-led fighters met.")
    >>> [t.text for t in _glued_tail([doc[0]])], [t.text for t in _glued_tail([doc[4]])]
    (['-', 'ha'], [])
    """
    doc = tokens[-1].doc
    out: list[Any] = []
    last = tokens[-1]
    while last.i + 2 < len(doc):
        dash, tail = doc[last.i + 1], doc[last.i + 2]
        if dash.text != "-" or last.whitespace_ or dash.whitespace_:
            break
        word = tail.text
        if not word[:1].isalnum():
            break
        if word[:1].islower() and (
            common_word(word)
            or word.lower() in group_words()["not_name_tails"]
            or word.endswith(("ed", "ing"))
        ):
            break
        out += [dash, tail]
        last = tail
    return out


def _name_span(tok: Any) -> list[Any] | None:
    """``tok`` with the proper nouns joined to it as compounds, in order, when they run on
    without a gap ("Kestrel Valley Front"); None when the parse joins words apart."""
    span = sorted(
        [*(c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), tok],
        key=lambda t: t.i,
    )
    return span if span[-1].i - span[0].i + 1 == len(span) else None


def _joined_name(
    tok: Any, partner: Actor, covered: dict[int, Actor], agents: Any
) -> tuple[list[Any], Actor] | None:
    """The open group named by ``tok`` (with its compounds and a glued tail) beside the
    group ``partner``; None for a person, a date, a people, a common word or an agent noun."""
    if any(c.dep_ == "case" for c in tok.children) or tok.dep_ == "poss":
        return None  # "the Front and Varnek's loyalists": the owner of a member noun
    span = _name_span(tok)
    if span is None:
        return None
    if any(t.idx in covered or t.ent_type_ in _NOT_JOINED_LABELS for t in span) and (
        # ... but one foreign word is tagged a person as often as a place ("Kestrava")
        len(span) > 1 or span[0].idx in covered or span[0].ent_type_ != "PERSON"
    ):
        return None
    if any(not t.text[:1].isupper() or agents.role(t.lower_) or t.lower_ in agents.members
           for t in span):  # fmt: skip
        return None
    if len(span) == 1 and (common_word(tok.text) or tok.lower_ in _MONTHS_AND_DAYS):
        return None
    tail = _glued_tail(span)
    if not any(t.idx in covered for t in tail):
        span += tail
    name = sdoc_text(span)
    type_ = "armed_group" if partner.type in ("armed_group", "faction") else partner.type
    return span, _open(name, type_, f"open: name joined to the group {partner.name}")


_RELATION_PREPS = group_words()["relation_argument_preps"]
_PLACE_OBJECT_TYPES = frozenset(t.upper() for t in group_words()["place_object_types"])
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr"})
_NOT_RELATION_NAME_LABELS = _NOT_JOINED_LABELS | {"GPE", "LOC"}


def _relation_verb(tok: Any) -> tuple[Any, bool] | None:
    """(verb, whether ``tok`` is its subject) when ``tok`` is the subject or object of a verb
    of the lexicon that has an event type, or the object of one of its relation prepositions
    (group_words.yaml ``relation_argument_preps``), directly or through its object noun
    ("formed an alliance with X", "pledged allegiance to X"); None otherwise."""
    from riftwatch.nlp.lexicon import load

    if tok.dep_ in ("nsubj", "nsubjpass"):
        verb, subject = tok.head, True
    elif tok.dep_ == "dobj":
        verb, subject = tok.head, False
    elif tok.dep_ == "pobj" and tok.head.lower_ in _RELATION_PREPS:
        verb, subject = tok.head.head, False
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "formed an alliance with X"
    else:
        return None
    if verb.pos_ != "VERB":
        return None
    entry = load().verb_entry(verb.lemma_.lower())
    if entry is None or not entry.get("type"):
        return None
    if not subject and entry["type"] in _PLACE_OBJECT_TYPES:
        return None  # "attacked Tessalit", "captured Kidal from X": as often a place
    return verb, subject


def _verb_arguments(verb: Any) -> list[Any]:
    """The heads of ``verb``'s subject, objects and prepositional objects (with their objects'
    own prepositional objects, "allegiance to X", and every conjunct)."""
    heads: list[Any] = []
    for child in verb.children:
        if child.dep_ in _ARGUMENT_DEPS:
            heads.append(child)
            heads += [p for g in child.children if g.dep_ == "prep"
                      for p in g.children if p.dep_ == "pobj"]  # fmt: skip
        elif child.dep_ in ("prep", "agent"):
            heads += [p for p in child.children if p.dep_ == "pobj"]
    return [*heads, *(c for h in heads for c in h.conjuncts)]


_PERSON_ENDINGS = tuple(sorted(group_words()["person_name_endings"]))
"""Endings of a surname's shape ("Umarov", "Basayev"; group_words.yaml)."""
_PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
"""Pronouns of a person: in a sentence holding one, a bare one-word name is a person's as
often as a group's ("Musa quit X; the leadership disowned his remarks")."""


def _whole_name(span: list[Any]) -> bool:
    """Is ``span`` a whole name: no capitalised word right before it (but the sentence's
    first) or right after it, and no "of"/"in" phrase of capitalised words going on
    ("the Eagles of the Whirlwind", "Signatories in Blood", "Division of the North")?"""
    doc, first, last = span[0].doc, span[0], span[-1]
    if first.i > first.sent.start:
        before = doc[first.i - 1]
        if before.is_alpha and before.text[:1].isupper() and before.lower_ != "the":
            return False
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is None:
        return True
    if after.text[:1].isupper() and (after.is_alpha or after.pos_ == "PROPN"):
        return False
    if after.text in ("-", ":") or after.lower_ in ("al", "el", "ul"):
        return False  # "X-Y", a glued tail; "News: ...", a headline's label
    if after.lower_ in ("of", "in", "for"):
        nxt = [t for t in doc[after.i + 1 : after.i + 3] if t.lower_ != "the"]
        if nxt and nxt[0].text[:1].isupper():
            return False
    return True


def _not_a_name(span: list[Any], name: str, agents: Any) -> bool:
    """Is ``name`` no group's name: a generic word ("the Brigades", "Islamists"), a group word
    alone ("Jabhat", "Division"), an event noun of the lexicon alone ("Airstrike"), an
    agreement or an event noun ending it ("the Washington Agreement", "the Federal Political
    Negotiation"), or a month's short form ("Jul")?"""
    from riftwatch.nlp.lexicon import load

    lex = load()
    low = [t.lower_ for t in span]
    if agents.is_generic(name) or _agreement_noun(low[-1]) or low[-1] in lex.nouns:
        return True
    if len(low) != 1:
        return False
    word = low[0].rstrip(".")
    return any(word in group_words()[key] for key in _GROUP_NOUN_LISTS) or (
        len(word) <= 4 and word[:3] in {m[:3] for m in _MONTHS_AND_DAYS}
    )


_GROUP_NOUN_LISTS = (
    "group_words",
    "leading_group_words",
    "name_heads",
    "apposition_nouns",
    "body_name_words",
    "of_phrase_member_nouns",
)
"""The lists of group_words.yaml whose words name a kind of group, no group by themselves."""


def _found_subject_only(tok: Any, subject: bool) -> bool:
    """Is ``tok`` a bare word in an object's place that the model does not call an
    organisation? Only a subject, or an object the model tags ORG, is taken bare."""
    return not subject and tok.ent_type_ != "ORG"


def _capitals_initialism(tok: Any) -> bool:
    """Is ``tok`` a word of two to six capital letters after "the" ("the FAR", "the ELA"): an
    initialism, whatever the model tags it ("FAR" as the adverb "far"); not a common
    abbreviation of news text (initialisms.yaml ``never``: "the IED", "the RPG").

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("In 1970 the FAR fought the police far from the city.")
    >>> [t.text for t in doc if _capitals_initialism(t)]
    ['FAR']
    """
    from riftwatch.nlp.initialisms import settings

    text = tok.text
    return (
        2 <= len(text) <= 6
        and text not in settings()["never"]
        and text.isalpha()
        and text.isupper()
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _relation_partner_name(
    tok: Any, covered: dict[int, Actor], agents: Any, date: str | None
) -> tuple[list[Any], Actor] | None:
    """A capitalised name nobody knows that is the subject, object or relation-preposition
    object of a verb of the lexicon whose other side is a group: "Durrakesh merged into
    al-Shabaab", "Velkaran pledged allegiance to the Islamic State", "al-Shabaab formed an
    alliance with Durrakesh" (replay34). The name of a historical or foreign group ("the
    Irgun", "Fretilin", "Balli Kombetar") is as good as an invented one; the relation says it
    acts as a group does. Left out: a name the model tags a person's, a date, a people or a
    place (unless it takes "the": "the Irgun"), a titled name, a possessor ("Velkaran's
    fighters": a leader's as often as a group's), a name the knowledge base resolves (a place,
    a person), a common word or an agent noun; an object of an attack or a seizure (a place
    as often). The event's modality is the coder's, as for any actor. A word in capitals
    ("the FAR", "the ONE") is an initialism, a name whatever the model's tag and though its
    lower case is a common word (gaps65)."""
    initialism = _capitals_initialism(tok)
    if not (tok.pos_ == "PROPN" or initialism) or tok.idx in covered or not tok.text[:1].isupper():
        return None
    if tok.dep_ == "compound":
        return None
    found = _relation_verb(tok)
    if found is None:
        return None
    verb, subject = found
    others = [covered[a.idx] for a in _verb_arguments(verb) if a.i != tok.i and a.idx in covered]
    partner = next((o for o in others if _group_partner(o)), None)
    state = next((o for o in others if o.type == "country"), None)
    if partner is None and state is None:
        return None
    if any(c.dep_ == "case" for c in tok.children) or _office_title(tok):
        return None
    span = _name_span(tok)
    if span is None or any(t.idx in covered for t in span):
        return None
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if partner is None and not (subject and (the or len(span) > 1)):
        return None  # beside a state, only a subject that takes "the" or has two words
    if any(t.ent_type_ in _NOT_RELATION_NAME_LABELS for t in span) and not (
        the and all(t.ent_type_ not in ("PERSON", "DATE", "TIME") for t in span)
    ):
        return None
    if any(not t.text[:1].isupper() or agents.role(t.lower_) or t.lower_ in agents.members
           for t in span):  # fmt: skip
        return None
    if not _whole_name(span):
        return None  # "the Eagles of the Whirlwind", "Jabhat Ansar al-Din": a longer name's part
    name = sdoc_text(span)
    if _not_a_name(span, name, agents):
        return None
    if subject and verb.tag_ == "VBG" and verb.i == span[-1].i + 1:
        return None  # "after the Dos Palmas kidnapping": a place naming an event
    if (
        len(span) == 1
        and not initialism
        and (common_word(tok.text) or tok.lower_.endswith(_PERSON_ENDINGS))
    ):
        return None  # "Return", "Umarov": a common word, a surname's shape
    if len(span) == 1 and not the:
        if _found_subject_only(tok, subject):
            return None  # a bare word as an object: a leader's name as often ("to Umarov")
        if any(t.lower_ in _PERSONAL_PRONOUNS for t in tok.sent):
            return None  # "Musa quit X ... his remarks": a man, not a group
    known = _resolver().resolve(name, date, "")
    if known.actor is not None or any(
        c.alias is not None and c.alias.name.lower() == name.lower() for c in known.candidates
    ):  # a place or a person the knowledge base knows, also by a name it holds only with
        return None  # context ("Mehsud": two men's surname and a tribe's; stop 53)
    if partner is None:  # "the Velkari Guard fought the Malian army" (a state's side)
        return span, _open(name, group_type(name), f"open: name in a relation with {state.name}")
    type_ = "armed_group" if partner.type in ("armed_group", "faction") else partner.type
    return span, _open(name, type_, f"open: name in a relation with the group {partner.name}")


APPOSED_GROUP = "open: name in apposition with a group noun"


_NAMING_PARTICIPLES = frozenset({"know", "call", "name", "dub"})


def _called_by_name(tok: Any) -> Any:
    """The noun a name is given to by a participle of naming: "militias known as Fano",
    "a faction called the Zorbak Brigade", "a group dubbed Kestrel Dawn" (the name the object
    of "as", or of the participle itself). None when ``tok`` is no such name (bugs36)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
    elif tok.dep_ not in ("oprd", "dobj", "attr"):
        return None
    if head.dep_ != "acl" or head.tag_ != "VBN" or head.lemma_.lower() not in _NAMING_PARTICIPLES:
        return None
    return head.head if head.head.pos_ == "NOUN" else None


def _named_noun(tok: Any, covered: dict[int, Actor], agents: Any) -> tuple[list[Any], Actor] | None:
    """A group noun given a known or found group's name by a participle of naming ("a
    militia known as the Zorbak Brigade attacked Y", "fighters called Kestrel Dawn"): the
    noun stands for that group, so the verb it is the subject or object of takes it. Only a
    noun of a group (group_words.yaml ``apposition_nouns``) or of armed men (agents roles
    militants, rebels), and only a group's name, never a place's or a person's (bugs36)."""
    called = _called_by_name(tok)
    if called is None or tok.idx not in covered:
        return None
    # "clan militias known as Macawisley": a collective the knowledge base reads in the noun
    # yields to the name the sentence gives it, over the noun's whole phrase (walk59)
    generic = called.idx in covered and covered[called.idx].type == "collective"
    if called.idx in covered and not generic:
        return None
    lemma = called.lemma_.lower()
    if not (
        called.lower_ in APPOSITION_NOUNS
        or lemma in APPOSITION_NOUNS
        or agents.role(called.lower_) in ("militants", "rebels")
    ):
        return None
    actor = covered[tok.idx]
    if actor.type in ("country", "place", "person"):
        return None
    if generic:
        if actor.type == "collective":
            return None  # one generic noun named by another: the first reading stands
        return list(tok.doc[called.left_edge.i : tok.i + 1]), actor
    return [called], actor


def _apposed_group(
    tok: Any, text: str, date: str | None, covered: dict[int, Actor], agents: Any
) -> tuple[list[Any], Actor] | None:
    """A name that a common noun in apposition calls a group (lead34): "The ZDF, a Ugandan
    rebel group, attacked ..." (the noun hangs on the name) or "fought a local militia, the
    Zorvan Youth" (the name hangs on the noun); the nouns are group_words.yaml's
    ``apposition_nouns``. The knowledge base's reading of the name, with the sentence's
    words as its context, wins; a name it knows only under a rule whose context is absent
    ("ADF" for a Cameroonian group) is an open group here, since the sentence says what it
    is. A title, member noun or role word in the name, or a lower-case word, is no name."""
    if tok.pos_ != "PROPN" or tok.idx in covered or not tok.text[:1].isupper():
        return None
    nouns = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        nouns.append(tok.head)
    called = _called_by_name(tok)
    if called is not None:
        nouns.append(called)  # "Amhara militias known as Fano" (bugs36)
    if not any(n.lower_ in APPOSITION_NOUNS or n.lemma_.lower() in APPOSITION_NOUNS
               for n in nouns):  # fmt: skip
        return None
    span = _name_span(tok)
    if span is None or any(t.idx in covered for t in span):
        return None
    if any(not t.text[:1].isupper() or agents.role(t.lower_) or t.lower_ in agents.members
           or t.lower_ in _MONTHS_AND_DAYS for t in span):  # fmt: skip
        return None
    tail = _of_name_tail(span, covered)
    span = [*span, *tail]
    if len(span) == 1 and common_word(tok.text):
        return None
    name = sdoc_text(span)
    if called is not None and called.idx not in covered:
        # "militias known as Fano attacked Y": the noun the name is given to is the party
        # the clause's verb takes, so the mention runs from it to the name (bugs36)
        span = [called, *span]
    res = _resolver().resolve(name, date, text)
    if res.actor is not None:
        if res.actor.type in ("country", "place", "person"):
            return None  # "Mali, a Sahel state": whatever the noun, not a new group
        return span, _resolved(res, name, "knowledge base (named in apposition with a group noun)")
    return span, _open(name, "armed_group", APPOSED_GROUP)


def _of_name_tail(span: list[Any], covered: dict[int, Actor]) -> list[Any]:
    """The 'of' phrase that finishes a name the apposition calls a group ("the Eagles of the
    Whirlwind, the militia of ...", "the Sons of the Desert, a tribal force"; mmp32): 'of'
    right after the name and hung on its last word, then only "the" or particles and
    capitalised words up to and including the phrase's object, a proper noun, none found
    already. Empty when there is none or it breaks off.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Eagles of the Whirlwind, a militia, fought.")
    >>> [t.text for t in _of_name_tail([doc[1]], {})]
    ['of', 'the', 'Whirlwind']
    """
    last = span[-1]
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "of":
        return []
    prep = doc[last.i + 1]
    if prep.head.i != last.i or prep.dep_ != "prep":
        return []
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "PROPN" or pobj.i <= prep.i:
        return []
    tail = list(doc[prep.i : pobj.i + 1])
    for t in tail[1:]:
        if t.idx in covered or t.is_punct and t.text != "-":
            return []
        if not (t.text[:1].isupper() or t.lower_ == "the" or _name_particle(t)):
            return []
    return tail


_FOUNDING_LEMMAS = frozenset({"found", "co-found", "form", "create", "establish", "launch"})
_SPLIT_LEMMAS = frozenset({"split", "break", "secede", "splinter", "defect"})
FOUNDED_NAME = "open: name of a group founded or splitting"


def _founded_name(
    tok: Any, covered: dict[int, Actor], agents: Any
) -> tuple[list[Any], Actor] | None:
    """A new group's name the knowledge base and the model's organisations miss, told by its
    founding or its splitting (sides20): the object of a founding verb ("dissidents formed
    Sahwat Umbra", "set up Kestrava Dawn"; a person is never formed, so a person tag is no
    bar), or a name of two or more words, no person's by the model's tag, that splits or breaks
    away from a known group ("Umbra Dawn broke away from the X Front").
    """
    if tok.pos_ != "PROPN" or tok.idx in covered or not tok.text[:1].isupper():
        return None
    verb = tok.head
    founding = tok.dep_ == "dobj" and (
        verb.lemma_.lower() in _FOUNDING_LEMMAS
        or (verb.lemma_.lower() == "set" and any(c.lower_ == "up" for c in verb.children))
    )
    # "Ahrar Zorbla was formed in 2016 by ...": the subject of a passive founding with its
    # founders told (mmp30); never a launch (operations are launched)
    founding = founding or (
        tok.dep_ == "nsubjpass"
        and (
            verb.lemma_.lower() in _FOUNDING_LEMMAS - {"launch"}
            or (verb.lemma_.lower() == "set" and any(c.lower_ == "up" for c in verb.children))
        )
        and any(c.dep_ == "agent" for c in verb.children)
    )
    splitting = (
        tok.dep_ == "nsubj"
        and verb.lemma_.lower() in _SPLIT_LEMMAS
        and any(_split_from_group(c, covered) for c in verb.children)
    )
    if not (founding or splitting):
        return None
    span = sorted(
        [*(c for c in tok.children if (c.dep_ == "compound" and c.pos_ == "PROPN")
           or (c.dep_ == "punct" and c.text == "-" and c.i < tok.i)), tok],  # "al-" (mmp30)
        key=lambda t: t.i,
    )  # fmt: skip
    if span[-1].i - span[0].i + 1 != len(span) or any(t.idx in covered for t in span):
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "founded the Zorblan People's Democratic Party": a longer name, cut
    if not span[0].text[:1].isupper() or not span[-1].text[:1].isupper():
        return None
    if any(not (t.text[:1].isupper() or _name_particle(t)) or agents.role(t.lower_)
           or t.lower_ in agents.members
           or t.ent_type_ in _NOT_JOINED_LABELS - {"PERSON", "NORP"} for t in span):  # fmt: skip
        return None
    if splitting and (len(span) < 2 or any(t.ent_type_ == "PERSON" for t in span)):
        return None
    if len(span) == 1 and (common_word(tok.text) or tok.lower_ in _MONTHS_AND_DAYS):
        return None
    name = sdoc_text(span)
    return span, _open(name, "armed_group", FOUNDED_NAME)


def _name_particle(tok: Any) -> bool:
    """A lower-case Arabic article or a hyphen the tokenizer split out of a name ("Ahrar
    al-Sharqiya": "al", "-"; mmp30), inside a name of capitalised words."""
    return tok.lower_ in _NAME_PARTICLES


_NAME_PARTICLES = frozenset({"-", "al", "el", "ul", "wal", "an", "ash", "as", "ad", "ar", "at"})


def _split_from_group(child: Any, covered: dict[int, Actor]) -> bool:
    """Is ``child`` the "from"/"with" phrase (or "away from") of a split, naming a group?"""
    preps = [child] if child.dep_ == "prep" else [c for c in child.children if c.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ not in ("from", "with"):
            continue
        for obj in prep.children:
            actor = covered.get(obj.idx)
            if obj.dep_ == "pobj" and actor is not None and actor.type in _JOINED_PARTNER_TYPES:
                return True
    return False


def sdoc_text(span: list[Any]) -> str:
    """The text of consecutive tokens."""
    return span[0].doc.text[span[0].idx : span[-1].idx + len(span[-1].text)]


_MONTHS_AND_DAYS = month_names(abbreviations=False) | weekday_names()


def _people_noun(tok: Any) -> bool:
    """A plural common noun that, by its form, names people ("detainees", "settlers",
    "administrators", "youths"), not places or things ("borders", "reactors")."""
    lower = tok.lower_
    if tok.tag_ == "NN":  # "a Nigerian student", "a US national": one person of a country
        return lower in _PERSON_WORDS
    if tok.tag_ != "NNS" or lower in _NOT_PEOPLE:
        return False
    return lower in _PEOPLE_WORDS or lower.endswith(_PEOPLE_SUFFIXES)


# -- the country of an agent noun ----------------------------------------------------------
class _Country:
    def __init__(self, actor: Actor, iso: str | None, mention: str) -> None:
        self.actor = actor
        self.iso = iso
        self.name = actor.org_name or actor.name
        self.mention = mention


def _two_word_role(tok: Any, agents: Any) -> str | None:
    """The role of a two-word agent noun whose head alone is none: "armed groups", "rebel
    groups", "insurgent groups" (the agents data lists them whole; "Somali armed groups"
    are armed men of Somalia as "Somali militias" are; peers17), else None."""
    if tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.head.i != tok.i or prev.dep_ not in MODIFIER_DEPS:
        return None
    return agents.role(f"{prev.lower_} {tok.lower_}")


def _country_of(
    tok: Any, covered: dict[int, Actor], date: str | None
) -> tuple[_Country | None, list[Any]]:
    """The country an agent noun belongs to: an adjective, compound or possessive before
    it ("Israeli", "Pakistan", "Pakistan's"), or an ``of``/``from`` phrase after it."""
    for child in tok.lefts:
        if child.dep_ not in MODIFIER_DEPS or hyphen_agent(child):
            continue  # "U.S.-trained commandos" are not the U.S.'s (bugs37)
        actor = _actor_at(child, covered)
        if actor is None and child.text[:1].isupper():
            res = _resolver().resolve(child.text, date)
            if res.actor is not None and res.actor.type == "country":
                actor = _resolved(res, child.text, "kb")
        if actor is not None and actor.type == "country":
            mods = [t for t in child.subtree if t.i < tok.i]
            return _Country(actor, _iso(actor), child.text), mods
        led = _led_by_country(child, covered)
        if led is not None:  # "Kenyan-led forces": the leading country's (peers9)
            mods = [t for t in child.subtree if t.i < tok.i]
            return _Country(led[0], _iso(led[0]), led[1].text), mods
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for pobj in child.children:
                actor = _actor_at(pobj, covered) if pobj.dep_ == "pobj" else None
                if actor is not None and actor.type == "country":
                    return _Country(actor, _iso(actor), pobj.text), []
                iso = _state_of_person(actor) if child.lower_ == "of" else None
                if iso is not None and _party_named(tok, covered):
                    iso = None  # "the ANC government of Mandela": the ANC's (replay28)
                if iso is not None:  # "the government of President X": X's state's
                    return _Country(actor, iso, pobj.text), []
    return None, []


_COMMUNITY_ROLES = frozenset({"military", "militants", "rebels"})


def _community_before(
    tok: Any, role: str, covered: dict[int, Actor], date: str | None
) -> tuple[list[Any], Actor] | None:
    """The armed men of an ethnic community inside a country (gaps59): a country's demonym
    followed by the demonym of another people before an armed agent noun ("Bosnian Serb
    forces", "Iraqi Kurdish fighters", "Syrian Kurdish militias"). The first word says where
    the community lives, the second who they are: the men are that community's own (an
    open armed group named by the whole phrase, of the first word's country), never the
    state of either word. Coordinated demonyms ("Kenyan and Ugandan troops") and a second
    word of the same country ("Saudi Arabian forces") are no community; None then.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Bosnian Serb forces shelled the town.")
    >>> _community_before(doc[2], "military", {}, None)[1].name
    'Bosnian Serb forces'
    >>> _community_before(nlp()("Kenyan and Ugandan troops left.")[3], "military", {}, None)
    """
    if role not in _COMMUNITY_ROLES:
        return None
    words: list[Any] = []
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        word = tok.doc[i]
        if not word.text[:1].isupper() or word.pos_ not in ("ADJ", "PROPN", "NOUN"):
            break
        if word.head.i != tok.i and word.head.i not in [w.i for w in words]:
            break
        words.insert(0, word)
    if len(words) != 2 or any(w.dep_ == "conj" or hyphen_agent(w) for w in words):
        return None
    place, people = words
    if any(w.idx in covered and covered[w.idx].type != "country" for w in words):
        return None  # a group's own name ("Afghan Taliban forces")
    where = _resolver().resolve(place.text, date).actor
    if where is None or where.type != "country":
        return None
    who = _resolver().resolve(people.text, date).actor
    if who is not None and (who.type != "country" or _iso(who) == _iso(where)):
        return None  # "Saudi Arabian forces": one country's
    if who is None and people.ent_type_ != "NORP":
        return None
    span = [place, people, tok]
    name = sdoc_text(span)
    kind = "armed_group"
    how = f"open: '{tok.text}' of the {people.text} community in {where.name}"
    return span, _open(name, kind, how, _iso(where))


def _country_of_modified(
    tok: Any, covered: dict[int, Actor], date: str | None, agents: Any
) -> tuple[_Country | None, list[Any]]:
    """The country of a non-state agent word that modifies a noun naming no actor ("Somali"
    in "Somali rebel positions", "Chadian rebel bases", "Somali militant camps"): the
    country word modifying that noun before the agent word; (None, []) otherwise, and for an
    agent noun ("Sudanese rebel leaders" is left to the noun's own reading). The rebels are
    an open armed group of that country, never its state (sides24)."""
    head = tok.head
    if tok.dep_ not in ("compound", "amod") or head.i <= tok.i or head.pos_ != "NOUN":
        return None, []
    if agents.role(head.lower_) is not None:
        return None, []
    if any(t.pos_ not in ("ADJ", "NOUN", "PROPN") for t in head.doc[tok.i + 1 : head.i]):
        return None, []
    country, mods = _country_of(head, covered, date)
    if country is None or not mods or max(t.i for t in mods) >= tok.i:
        return None, []
    return country, mods


def _led_by_country(child: Any, covered: dict[int, Actor]) -> tuple[Actor, Any] | None:
    """(country, its word) of a "-led" participle before an agent noun whose leader is a
    country word ("Kenyan-led forces", "Kenya-led troops"), else None."""
    if child.lemma_.lower() != "lead" or child.tag_ != "VBN" or child.dep_ not in MODIFIER_DEPS:
        return None
    for word in child.lefts:
        actor = _actor_at(word, covered)
        if word.dep_ in MODIFIER_DEPS and actor is not None and actor.type == "country":
            return actor, word
    return None


def _party_named(tok: Any, covered: dict[int, Actor]) -> bool:
    """Does a non-state organisation named in a compound before the agent noun say whose it
    is ("the ANC government of Nelson Mandela")? Then the office holder in its "of" phrase
    leads that party, and the party is the side, as in "the ANC government" (replay28)."""
    for child in tok.lefts:
        actor = _actor_at(child, covered) if child.dep_ in ("compound", "nmod") else None
        if actor is not None and actor.type not in _STATE_OWNERS and actor.type != "person":
            return True
    return False


def _state_of_person(actor: Actor | None) -> str | None:
    """ISO3 of the state a person stands for (an office holder of its government or
    forces at the date), else None: "the army of Mullah Omar" is no state's army."""
    if actor is None or actor.type != "person" or not actor.org_id:
        return None
    org = _resolver().kb.find(actor.org_id)
    if org is None or org.type not in ("government", "military"):
        return None
    return org.country


_IN_PREPS = frozenset({"in", "throughout", "across", "inside"})


_TEXT_SEATS = frozenset({"country of the text", "a state body sitting in a place of its country"})
"""How the knowledge-base pass gives a bare state noun a country from elsewhere in the text
(extract.py), which the country it is said to sit in overrides (peers62)."""


def _seated_roles() -> frozenset[str]:
    """State roles whose body sits only in its own country (cues.yaml ``seated_roles``)."""
    from riftwatch.nlp import lexicon as lexmod

    return lexmod.load().seated_roles


def _country_in(tok: Any, covered: dict[int, Actor]) -> _Country | None:
    """The country named in an "in" phrase after a noun ("rebels in Chad"; also
    "throughout", "across", "inside": "students throughout Kenya"), or None."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in _IN_PREPS:
            for pobj in child.children:
                actor = _actor_at(pobj, covered) if pobj.dep_ == "pobj" else None
                if actor is not None and actor.type == "country":  # "the Ivory Coast": all
                    return _Country(actor, _iso(actor), actor.mention or pobj.text)
    return None


def _country_next(tok: Any, covered: dict[int, Actor]) -> _Country | None:
    """The country of an "in" phrase right after a noun that the parser hangs on the noun's
    verb ("urged Parliament in Kenya to ...": "in Kenya" on "urged"), or None (peers62).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Ruto urged Parliament in Kenya to act.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> _country_next(doc[2], {doc[4].idx: kenya}).actor.name
    'Kenya'
    """
    doc = tok.doc
    if tok.i + 2 >= len(doc):
        return None
    prep = doc[tok.i + 1]
    if prep.dep_ != "prep" or prep.lower_ not in _IN_PREPS or prep.head.i != tok.head.i:
        return None
    for pobj in prep.children:
        actor = _actor_at(pobj, covered) if pobj.dep_ == "pobj" else None
        if actor is not None and actor.type == "country" and pobj.i == tok.i + 2:
            return _Country(actor, _iso(actor), actor.mention or pobj.text)
    return None


def _conflict_sides(tok: Any, covered: dict[int, Actor]) -> tuple[list[Any], Actor] | None:
    """The sides of a war in a country: "the parties to the conflict in Sudan", "the warring
    factions in Liberia" (cues.yaml ``belligerent_nouns`` with a ``belligerent_marks`` word
    before it or a ``conflict_nouns`` word in its "to"/"in" phrase, and a country in an "in"
    phrase): an open collective of that country, never its state; None otherwise (peers62).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Ghana urged all parties to the conflict in Sudan to talk.")
    >>> sudan = Actor(id="country:sudan", name="Sudan", mention="Sudan", type="country")
    >>> tokens, actor = _conflict_sides(doc[3], {doc[8].idx: sudan})
    >>> actor.name, actor.type
    ('parties to the conflict in Sudan', 'collective')
    >>> _conflict_sides(doc[3], {}) is None
    True
    """
    from riftwatch.nlp import lexicon as lexmod

    lex = lexmod.load()
    if tok.lower_ not in lex.belligerent_nouns or tok.idx in covered or tok.tag_ != "NNS":
        return None
    where = None
    if any(c.dep_ == "amod" and c.lower_ in lex.belligerent_marks for c in tok.lefts):
        where = _country_in(tok, covered) or _country_next(tok, covered)
    preps = [c for c in tok.rights if c.dep_ == "prep"]
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.dep_ == "prep" and after.head.i == tok.head.i:
        preps.append(after)  # "urged all parties to the conflict in Y": hung on the verb
    for prep in preps if where is None else ():
        if prep.lower_ not in ("to", "in"):
            continue
        for war in prep.children:
            compound = " ".join(t.lower_ for t in war.lefts if t.dep_ in ("amod", "compound"))
            named = {war.lower_, f"{compound} {war.lower_}".strip()}
            if war.dep_ == "pobj" and named & lex.conflict_nouns:
                where = _country_in(war, covered) or where
    if where is None or where.iso is None:
        return None
    ends = [t.i for t in tok.doc[tok.i + 1 :] if _actor_at(t, covered) is where.actor]
    if not ends:
        return None
    tokens = list(tok.doc[tok.i : ends[0] + 1])
    name = tok.doc.text[tok.idx : tokens[-1].idx + len(tokens[-1].text)]
    return tokens, _open(name, "collective", f"open: sides of the war in {where.actor.name}",
                         where.iso)  # fmt: skip


def _fleeing_people(tok: Any, covered: dict[int, Actor]) -> Actor | None:
    """People fleeing a country are its people: "refugees fleeing the civil war in Y",
    "civilians escaping from Y" (cues.yaml ``fleeing_verbs``, ``fleeing_preps``; peers10), an
    open collective of Y, never its state, as "Y refugees" are; None when the participle
    names no country.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor
    >>> doc = nlp()("Aid went to refugees fleeing the war in Liberia.")
    >>> liberia = Actor(id="country:liberia", name="Liberia", mention="Liberia", type="country")
    >>> fled = _fleeing_people(doc[3], {doc[8].idx: liberia})
    >>> fled.name, fled.type
    ('refugees from Liberia', 'collective')
    """
    from riftwatch.nlp import lexicon as lexmod

    lex = lexmod.load()
    for acl in tok.rights:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in lex.fleeing_verbs:
            continue
        heads = [acl, *(c for c in acl.children if c.dep_ in ("dobj", "obj"))]
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in lex.fleeing_preps:
                    continue
                for pobj in prep.children:
                    actor = _actor_at(pobj, covered) if pobj.dep_ == "pobj" else None
                    if actor is not None and actor.type == "country":
                        name = f"{tok.text} from {actor.mention or pobj.text}"
                        return _open(name, "collective", f"open: people fleeing {actor.name}",
                                     _iso(actor))  # fmt: skip
    return None


def _iso(actor: Actor) -> str | None:
    ent = _resolver().kb.find(actor.id or "")
    return ent.country if ent is not None else None


@cache
def country_body(iso: str, role: str) -> Any:
    """The entity of country ``iso``'s body ``role`` (its army, police...), else the country's
    own entity; None for a code no country has."""
    kb = _resolver().kb
    entity = kb.country(iso)
    if entity is None:
        return None
    body = entity.bodies.get(role)
    return kb.find(body) if body else entity


def _body(country: _Country, role: str) -> Any:
    return country_body(country.iso, role) if country.iso else None


def _spelled_group(
    tok: Any, mods: list[Any], text: str, date: str | None
) -> tuple[list[Any], Actor] | None:
    """A capitalised agent noun after its country and another capitalised word ("Syrian
    Democratic Forces") that the knowledge base knows, as a whole, as a non-state group (by
    its initials: "SDF"): that group, not the country's forces (mmp13)."""
    if not mods:
        return None
    span = list(tok.doc[min(t.i for t in mods) : tok.i + 1])
    if len(span) < 3 or not all(t.text[:1].isupper() or t.is_punct for t in span):
        return None
    name = text[span[0].idx : tok.idx + len(tok.text)]
    res = _resolver().resolve(name, date)
    if res.actor is None or res.actor.type not in ("armed_group", "faction", "party"):
        return None
    return span, _resolved(res, name, "kb: a group's name, not a state body")


def _as_actor(entity: Any, mention: str, how: str) -> Actor:
    return Actor(id=entity.id, name=entity.name, mention=mention, type=entity.type,
                 org_id=entity.id, org_name=entity.name, how=how)  # fmt: skip


def _resolved(res: Any, mention: str, how: str) -> Actor:
    """The actor of a knowledge-base resolution (a person stands for their organisation)."""
    org = res.organization or res.actor
    person = res.actor.name if res.actor.type == "person" else None
    return Actor(id=res.actor.id, name=res.actor.name, mention=mention, type=res.actor.type,
                 org_id=org.id, org_name=org.name, person=person, how=how)  # fmt: skip


_STATE_OWNERS = frozenset({"country", "government", "military", "police", "intelligence"})


def _numbered_units(sdoc: Any, covered: dict[int, Actor]) -> list[tuple[list[Any], Actor]]:
    """Numbered units (cues.yaml ``numbered_unit_nouns``: "the 444 Brigade", "Brigade 777",
    "the 4th Division") as actors (bugs39). A unit a state owns by a possessive ("Libya's 444
    Brigade", "the Syrian army's 4th Division") is that state's: a part of its forces, never
    a group of its own. A unit with no owner named by a cardinal number and a capitalised
    unit noun ("the 444 Brigade clashed with Y") is an open armed group; an ordinal one with
    no owner ("the 7th Division") is some army's part and stays no party (no guess).

    >>> from riftwatch.nlp.parse import nlp
    >>> [(t[0].text, a.name) for t, a in _numbered_units(nlp()("The 444 Brigade fought Y."), {})]
    [('444', '444 Brigade')]
    >>> _numbered_units(nlp()("The 7th Division fought Y."), {})
    []
    """
    from riftwatch.nlp.lexicon import load

    units = load().numbered_unit_nouns
    out: list[tuple[list[Any], Actor]] = []
    for tok in sdoc:
        if tok.lower_ not in units or tok.idx in covered:
            continue
        before = [c for c in tok.lefts if c.like_num and c.dep_ in ("nummod", "compound", "amod")]
        after = [c for c in tok.rights if c.like_num and c.i == tok.i + 1]
        numbers = before or after
        if len(numbers) != 1:
            continue
        number = numbers[0]
        tokens = sorted([tok, number], key=lambda t: t.i)
        owner = next((covered.get(c.idx) for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None:
            if owner.type in _STATE_OWNERS:
                out.append((tokens, owner))
            continue  # "X's 313 Brigade" of a group: the group's unit, left to the group
        ordinal = not number.text.isdigit()
        if ordinal or not tok.text[:1].isupper():
            continue
        name = " ".join(t.text for t in tokens)
        out.append((tokens, _open(name, "armed_group", f"numbered unit '{name}' of no state")))
    return out


def _named_units(sdoc: Any, covered: dict[int, Actor]) -> list[tuple[list[Any], Actor]]:
    """Named units a state owns by a possessive (cues.yaml ``named_unit_nouns``) as that
    state's actor (mmp37): "the Tatmadaw's Northeastern Command", "the Bosnian army's Fifth
    Corps", "Israel's Northern Command" are parts of the state's forces, never groups of
    their own. The unit noun is capitalised with a capitalised word before it (its name);
    the possessor is an actor found already whose type is a state's. A group's named unit
    ("Hamas's Northern Brigade") is left to the group's name, a unit with no owner ("the
    Northern Command") to the other rules.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Rebels overran the army's Eastern Command.")
    >>> army = Actor(id="x:army", name="army", mention="army", type="military")
    >>> [(t[0].text, a.id) for t, a in _named_units(doc, {doc[3].idx: army})]
    [('Eastern', 'x:army')]
    >>> _named_units(doc, {})
    []
    """
    from riftwatch.nlp.lexicon import load

    units = load().named_unit_nouns
    out: list[tuple[list[Any], Actor]] = []
    for tok in sdoc:
        if tok.lower_ not in units or tok.idx in covered or not tok.text[:1].isupper():
            continue
        owner = _unit_owner(tok, covered)
        if owner is None:
            continue
        name = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.text[:1].isupper()
                and not c.like_num and c.idx not in covered]  # fmt: skip
        if not name:
            continue
        out.append((sorted([*name, tok], key=lambda t: t.i), owner))
    return out


def _state_unit(tok: Any, covered: dict[int, Actor]) -> bool:
    """Is ``tok`` a named unit noun (cues.yaml ``named_unit_nouns``) that a state's actor
    owns by a possessive ("the Tatmadaw's Northeastern Command")? The tagger's organisation
    over the whole phrase then names no group of its own (``_named_units``, mmp37)."""
    from riftwatch.nlp.lexicon import load

    if tok.lower_ not in load().named_unit_nouns or not tok.text[:1].isupper():
        return False
    return _unit_owner(tok, covered) is not None


def _unit_owner(tok: Any, covered: dict[int, Actor]) -> Actor | None:
    """The state's actor owning the unit noun ``tok`` by a possessive, on the noun or, where
    the unit names a place of it ("the Tatmadaw's Western Command headquarters"), on the
    noun it qualifies; None when no state owns it."""
    holders = [tok, tok.head] if tok.dep_ == "compound" else [tok]
    for holder in holders:
        for c in holder.children:
            owner = covered.get(c.idx) if c.dep_ == "poss" else None
            if owner is not None:
                return owner if owner.type in _STATE_OWNERS else None
    return None


def _open(name: str, type_: str, how: str, country: str | None = None) -> Actor:
    ident = open_id(name)
    return Actor(id=ident, name=name, mention=name, type=type_, org_id=ident, org_name=name,
                 how=how, country=country)  # fmt: skip


# -- group names before member nouns -------------------------------------------------------
def _name_before(head: Any, covered: dict[int, Actor]) -> list[Any]:
    """The capitalised name modifying ``head`` ("Ansar Dine" in "Ansar Dine militants")."""
    names = [c for c in head.lefts if c.dep_ in MODIFIER_DEPS and c.dep_ != "poss"
             and (c.pos_ == "PROPN" or c.text[:1].isupper())]  # fmt: skip
    if not names:
        return []
    tokens = sorted({t for c in names for t in c.subtree if t.i < head.i}, key=lambda t: t.i)
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct):
        tokens = tokens[1:]
    # contiguous, capitalised (connectors such as "-", "al", "ul", "e" allowed inside)
    if not tokens or any(t.idx in covered for t in tokens):
        return []
    if tokens[-1].i + 1 != head.i and not all(
        not t.text[:1].isupper() for t in head.doc[tokens[-1].i + 1 : head.i]
    ):
        return []
    if not tokens[0].text[:1].isupper():
        return []
    return tokens


def _name_after(head: Any, covered: dict[int, Actor]) -> list[Any]:
    """The capitalised name in the 'of' (or 'from') phrase of an armed noun ("the Estado Mayor
    Central" in "fighters of the Estado Mayor Central"): the object and the words before it
    in its phrase, all capitalised (connectors such as "al", "-" allowed inside), none found
    already, one at least a proper noun, none a person's or a place's entity; the name runs
    on through capitalised words of the object's own phrase ("the Coordination of Azawad
    Movements"); [] otherwise (mmp25)."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ != "PROPN":
            continue
        tokens = [t for t in pobj.doc[pobj.left_edge.i : pobj.i + 1]]
        while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct):
            tokens = tokens[1:]
        # "the Coordination of Azawad Movements": the name runs on through its own 'of'
        # phrase while the words stay capitalised, up to a word that is not ("in Arauca")
        for t in pobj.doc[pobj.i + 1 : pobj.right_edge.i + 1]:
            if not (t.text[:1].isupper() or t.lower_ in _NAME_JOINERS) or t.is_punct:
                break
            tokens.append(t)
        while tokens and tokens[-1].text[:1].islower():
            tokens = tokens[:-1]
        after = pobj.doc[tokens[-1].i + 1] if tokens and tokens[-1].i + 1 < len(pobj.doc) else None
        if after is not None and (after.text == "(" or after.lower_ == "for"):
            continue  # "the Zorblan Congregation for Reform (Islah)": the name scan's, longer
        if not tokens or not tokens[0].text[:1].isupper() or any(t.idx in covered for t in tokens):
            continue
        if any(t.ent_type_ in ("PERSON", "GPE", "LOC", "FAC", "DATE", "NORP") for t in tokens):
            continue
        if any(t.text[:1].islower() and t.lower_ not in _NAME_JOINERS for t in tokens):
            continue
        return tokens
    return []


_OF_PHRASE_MEMBERS = group_words()["of_phrase_member_nouns"]
"""Nouns for a group's people whose 'of' phrase names the group (group_words.yaml)."""
_NAME_JOINERS = frozenset({"al", "el", "ul", "ud", "e", "i", "-", "de", "del", "la", "wal", "of"})
"""Lower-case words a name in an 'of' phrase may hold ("Jaysh al-Zorb", "Frente de Zorbla")."""


def _group(
    tokens: list[Any],
    head: Any,
    text: str,
    date: str | None,
    sdoc: Any,
    covered: dict[int, Actor] | None = None,
) -> tuple[list[Any], Actor] | None:
    """The group a name before a member noun stands for, and the tokens it covers."""
    name = text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    # (a name of a place by its words is one whatever the model tags it: "Lanao del Sur
    # officials", "Spin Boldak District elders"; gaps54)
    if _is_place(tokens, sdoc) or _place_name(tokens):
        if load_agents().role(head.lower_) not in ("rebels", "opposition"):
            return None  # "Kabul police", "Karachi gunmen": where, not who
        # "Darfur rebels": a rebellion named after its region is an actor of its own
        tokens = [*tokens, head]
        name = text[tokens[0].idx : head.idx + len(head.text)]
        return tokens, _open(name, "armed_group", f"open: rebels named after '{tokens[0].text}'")
    res = _resolver().resolve(name, date, f"{text} group {head.lower_}")
    how = f"group named before '{head.text}'"
    if res.actor is not None:
        if res.actor.type in ("country", "place"):
            return None
        return tokens, _resolved(res, name, how)
    if head.lower_ in APPOSITION_NOUNS or head.lemma_.lower() in APPOSITION_NOUNS:
        named = _ambiguous_group_name(name, how)
        if named is not None:
            return tokens, named
    label = _entity_label(tokens, sdoc)
    if label in ("DATE", "TIME") or tokens[0].lower_ in _MONTHS:
        return None  # "In January 1990 army units ...": a date, no group (world13)
    if load_agents().is_generic(name):
        return None  # "Islamist militants", "Suicide bombers": no group named
    if len(tokens) == 1 and tokens[0].i == tokens[0].sent.start and label is None:
        return None  # one capitalised word opening a headline ("Suicide bomber kills 4")
    if label == "NORP" and _owned_part(head):
        return None  # "Y's Dagestani wing": the adjective places Y's part (world18)
    if label == "NORP":  # "Kurdish rebels", "Baloch militants": the adjective with its noun
        tokens = [*tokens, head]
        name = text[tokens[0].idx : head.idx + len(head.text)]
    elif label not in ("ORG", "PERSON") and not any(t.pos_ == "PROPN" for t in tokens):
        return None  # a capitalised common word ("Several shura members", "Security forces")
    elif _owned_part(head):
        return None  # "Hamas's Sinai branch": the word places Hamas's part, no group (kb54)
    else:  # "Ahrar fighters": a short form of a known group's name
        known = _short_form_of_known(name, date, covered or {}, _place_countries(sdoc, date))
        if known is not None:
            return tokens, known
    return tokens, _open(name, _named_kind(name, head), f"open: {how}")


def _named_kind(name: str, head: Any) -> str:
    """The type of the unknown group ``name`` written before the noun ``head``: a noun of
    armed men (a role "rebels" or "militants" in the agents data: "Zorbla gunmen", "Zorbla
    attackers", "Zorbla fighters") makes it an armed group's name, what "the group" after it
    may stand for (gaps54); else its words and the noun's decide (``group_type``)."""
    if load_agents().role(head.lower_) in ("rebels", "militants"):
        return "armed_group"
    return group_type(name, head.lower_)


def _ambiguous_group_name(name: str, how: str) -> Actor | None:
    """The one armed group of the knowledge base whose own name ``name`` is, written as it
    is, where that name is marked ambiguous (a common word: "Anole", "Tara"), or None. A
    group noun after the name ("the Anole militia", "the Tara group"; apposition_nouns of
    group_words.yaml) is the context that says the group is meant (mmp32); no other
    entity may hold the name, and a member noun ("Tara fighters") is not enough.

    >>> _ambiguous_group_name("Anole", "test").id
    'org:anole'
    >>> _ambiguous_group_name("Kestrel", "test") is None
    True
    """
    r = _resolver()
    hits = r._direct(name)  # noqa: SLF001
    ids = {a.entity_id for a in hits}
    if len(ids) != 1:
        return None
    entity = r.kb.entities[next(iter(ids))]
    if entity.type not in ("armed_group", "faction") or not any(
        a.ambiguous and a.kind != "weak" and a.name == name for a in hits
    ):
        return None
    return _as_actor(entity, name, f"kb: an ambiguous group name before a group noun; {how}")


def _owned_part(head: Any) -> bool:
    """Is ``head`` a part of a group (cues.yaml ``owned_part_nouns``) owned by a possessor or
    an "of" phrase ("the emirate's Dagestani wing", "the Dagestani wing of Y")? Its people's
    adjective then only places the owner's part, which names no group of its own.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Shariat Jamaat became the emirate's Dagestani wing.")
    >>> _owned_part(doc[7])
    True
    >>> _owned_part(nlp()("Dagestani militants attacked the post.")[1])
    False
    """
    from riftwatch.nlp.lexicon import load

    if head.lower_ not in load().owned_part_nouns:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children)


def _entity_label(tokens: list[Any], sdoc: Any) -> str | None:
    first, last = tokens[0].i, tokens[-1].i
    for ent in sdoc.ents:
        if ent.start <= first and last < ent.end:
            return str(ent.label_)
    return None


def _is_place(tokens: list[Any], sdoc: Any) -> bool:
    first, last = tokens[0].i, tokens[-1].i
    return any(e.label_ in _PLACE_LABELS and e.start <= first and last < e.end for e in sdoc.ents)


# -- entities ---------------------------------------------------------------------------------
def _organisation(
    name: str,
    ent: Any,
    text: str,
    date: str | None,
    agents: Any,
    covered: dict[int, Actor] | None = None,
) -> Actor | None:
    # "al-Itihaad", "el-Fatah": a name after a lower-case Arabic article is a name too, but
    # only one the knowledge base knows (never an open group of its own)
    articled = _ARTICLED.match(name) is not None
    if agents.is_media(name) or not (name[:1].isupper() or articled) or len(norm(name)) < 2:
        return None
    if agents.is_generic(name):
        return None  # "the Emirate", "the Committee": which one, the words do not say
    if any(_state_unit(t, covered or {}) for t in ent):
        return None  # "the Tatmadaw's Northeastern Command": the state's forces (mmp37)
    words = norm(name).split()
    if words and agents.role(words[-1]) and len(words) <= 2:
        return None  # "the Interior Ministry", "Parliament": whose is left to the country pass
    res = _resolver().resolve(name, date, text)
    if res.actor is not None:
        if res.actor.type == "place":
            return None
        return _resolved(res, name, "spaCy ORG (knowledge base)")
    if len(ent) == 1 and _initial_modifier(ent[0]):
        return None  # "Errant US bombing kills ...": a capitalised first word, not a group
    if _surname(name, ent, res):
        return None  # "Basayev's commanders": a person's name, no group of its own (sides24)
    if words and _agreement_noun(words[-1]):
        return None  # "the Tripartite Agreement", "the Harran Accord": an accord (world14)
    root = ent.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and _agreement_noun(root.head.head.lower_):
        return None  # "the Comprehensive Agreement on the Bangsamoro": the accord's title (walk53)
    if root.dep_ in ("compound", "amod", "nmod") and _owned_part(root.head):
        return None  # "Hamas's Sinai branch": the word places Hamas's part, no group (kb54)
    known = _short_form_of_known(name, date, covered or {}, _place_countries(ent.doc, date))
    if known is not None or articled:
        return known
    seat = _seat_of_government(res, name) if _party_position(root) else None
    if seat is not None:
        return seat
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i:
        # "Zorbla gunmen" where the gunmen are an actor of their own already (gaps54)
        return _open(name, _named_kind(name, root.head), "open: spaCy ORG")
    return _open(name, group_type(name), "open: spaCy ORG")


def _party_position(tok: Any) -> bool:
    """A place a party stands in: a subject, a possessor, or the object of "to", "with",
    "from" or "by" ("talking to Bamako", "Maputo's request"); not an act's object or a
    phrase of place ("stormed Freetown", "a raid on Bamako", "in Bamako"; walk55)."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with", "from", "by")


def _seat_of_government(res: Any, name: str) -> Actor | None:
    """A capital the tagger calls an organisation ("for talking to Bamako", "at Maputo's
    request"): the knowledge base holds it as a country's name only beside words of
    statecraft (countries.yaml), which the sentence lacked; as an organisation it is that
    country's government, never an open group of the city's name (walk55)."""
    for cand in res.candidates:
        alias = cand.alias
        if alias is None or alias.name.lower() != name.lower() or alias.kind != "weak":
            continue
        if cand.entity.type == "country" and cand.entity.country:
            body = country_body(cand.entity.country, "government")
            if body is not None:
                return _as_actor(body, name, "kb: a capital named as an organisation")
    return None


def _agreement_noun(word: str) -> bool:
    """Is ``word`` (normalised) a noun of the lexicon for an agreement (type AGREE: accord,
    agreement, treaty, pact, protocol, memorandum, truce), singular or plural? A name it ends
    that the knowledge base does not know names an accord, never a party (world14).

    >>> _agreement_noun("agreement"), _agreement_noun("accords"), _agreement_noun("front")
    (True, True, False)
    """
    from riftwatch.nlp import lexicon as lexmod

    return any(e.get("type") == "AGREE" for e in lexmod.noun_entries(lexmod.load(), word))


def _surname(name: str, ent: Any, res: Any) -> bool:
    """Is a one-word name the tagger took for an organisation a person's name: the surname
    of a person the knowledge base knows (who needs context words to be taken: "Basayev",
    "Umarov"), or the last word of a person the sentence names in full ("Dario Zorzi ...
    Zorzi's men")? Initials ("UNITA") and names with a group word are never surnames."""
    if " " in name.strip() or name.isupper() or group_type(name) == "armed_group":
        return False
    if any(c.entity.type == "person" for c in res.candidates):
        return True
    return any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == name and e.start != ent.start
        for e in ent.doc.ents
    )


# -- short forms of a known group's name ------------------------------------------------------
_ARTICLED = re.compile(r"(?:al|el|an|ash|as|ad|ar|at|az)[-‐‑][A-Z]")
_SHORT_TYPES = frozenset({"armed_group", "faction", "party"})
# Without "may" on purpose: the modal verb opens many a name's run of words.
_MONTHS = month_names(abbreviations=False, ambiguous=False)
_SHORT_WORD = re.compile(r"[\w'’\-]+")


def _short_words(name: str) -> list[str]:
    words = [w.lower().replace("’", "'") for w in _SHORT_WORD.findall(name)]
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


@cache
def _short_form_index() -> dict[tuple[str, ...], frozenset[str]]:
    """Every run of words inside a knowledge-base group's name or alias that could stand
    for it alone ("Ahrar" of "Ahrar al-Sham", "Tigers" of "Liberation Tigers of Tamil
    Eelam"): the run opens and closes on a word that is not a connector, holds a word that
    is not generic (:file:`lexicon/shortforms.yaml`) and is not the whole name (a whole name
    the resolver reads itself). Hyphenated words stay whole ("Jamaat-ul-Ahrar" has no
    "Ahrar"). Maps the run to the ids of every group it is a run of."""
    from riftwatch.nlp.shortforms import settings

    # words of a creed describe a group and name none: "Salafi jihadists" are no "Salafi
    # Group" (lead43)
    generic = set(settings()["generic"]) | descriptor_words()
    connectors = {w.lower() for w in settings()["connectors"]}
    kb = _resolver().kb
    # a people word alone is no short form of one group ("Tuareg militias", "Amhara
    # militias"; world13): the data file's peoples and the knowledge base's one-word
    # collectives
    peoples = set(settings()["peoples"]) | {
        w[0]
        for entity in kb
        if entity.type == "collective"
        for alias in {entity.name, *(a.name for a in entity.aliases)}
        if len(w := _short_words(alias)) == 1
    }
    index: dict[tuple[str, ...], set[str]] = {}
    for entity in kb:
        if entity.type not in _SHORT_TYPES:
            continue
        for alias in {entity.name, *(a.name for a in entity.aliases)}:
            words = _short_words(alias)
            for i in range(len(words)):
                for j in range(i + 1, len(words) + 1):
                    run = words[i:j]
                    if len(run) == len(words) or run[0] in connectors or run[-1] in connectors:
                        continue
                    if all(w in generic or w in connectors for w in run):
                        continue
                    if all(w in generic or w in connectors or w in peoples for w in run):
                        continue
                    index.setdefault(tuple(run), set()).add(entity.id)
    return {run: frozenset(ids) for run, ids in index.items()}


def _place_countries(sdoc: Any, date: str | None) -> frozenset[str]:
    """The countries of the places and countries a parsed sentence names (spaCy GPE, LOC)."""
    out: set[str] = set()
    for ent in sdoc.ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        res = _resolver().resolve(ent.text, date)
        if res.actor is not None and res.actor.type in ("place", "country") and res.actor.country:
            out.add(res.actor.country)
    return frozenset(out)


def _short_form_of_known(
    name: str, date: str | None, covered: dict[int, Actor], places: frozenset[str] = frozenset()
) -> Actor | None:
    """The knowledge-base group a short form of its name stands for ("Ahrar", "the Tigers",
    "al-Itihaad"), when only one group fits the sentence: the one the sentence otherwise
    names (a group named by its leader: "Prabhakaran's men ... the Tigers"), else the only
    group of that short form whose country is one the sentence names (through a place or
    another known actor), else, for a short form with no common English word, the only group
    of that short form in the knowledge base when the sentence names no country it does not
    fit. Ambiguous short forms, and short forms of a group of a country the sentence does
    not name, stay open."""
    words = _short_words(name)
    if not words:
        return None
    ids = _short_form_index().get(tuple(words))
    if not ids:
        return None
    kb = _resolver().kb
    groups = {kb.canonical_id(i) for i in ids}
    named: set[str] = set()
    countries: set[str] = set(places)
    for actor in {id(a): a for a in covered.values()}.values():
        for ident in (actor.id, actor.org_id):
            entity = kb.find(ident or "")
            if entity is None:
                continue
            named.add(kb.canonical_id(entity.id))
            if entity.country:
                countries.add(entity.country)
    pick: set[str] = groups & named
    how = "named in the sentence"
    if len(pick) != 1:
        pick = {g for g in groups if kb.get(g).country in countries}
        how = "of a country the sentence names"
        # a unit named after the group it belongs to ("Internet Black Tigers") leaves the
        # short form to that group (sides24)
        wholes = {
            g
            for g in pick
            if not any(
                r.type == "part_of" and kb.canonical_id(r.target) in pick
                for r in kb.get(g).relations
            )
        }
        pick = wholes or pick
    if len(pick) != 1 and len(groups) == 1 and not any(common_word(w) for w in words):
        only = kb.get(next(iter(groups)))
        if not countries or only.country is None or only.country in countries:
            pick, how = groups, "the only group of that name"
    if len(pick) != 1:
        return None
    entity = kb.get(next(iter(pick)))
    if date and not (entity.active(_day_lo(date)) or entity.active(_day_hi(date))):
        return None  # the group did not exist at the sentence's date
    return _as_actor(entity, name, f"short form of {entity.name} ({how})")


def _initial_modifier(tok: Any) -> bool:
    """A lone capitalised word at the start of a sentence that describes the noun phrase it
    opens (an adjective, or a modifier before a named country or group of the same noun):
    capitalised for its place, not because it is a name. Acronyms are names."""
    if tok.i != tok.sent.start or tok.text.isupper() or not tok.text[:1].isupper():
        return False
    if tok.pos_ == "ADJ":
        return True
    if tok.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = tok.head
    return any(
        tok.i < other.i < head.i and other.ent_type_ in ("GPE", "NORP", "ORG")
        for other in head.lefts
    )


def _people(name: str, ent: Any) -> Actor | None:
    """A group of people named as a noun ("Kurds", "the Shiites"), not an adjective."""
    root = ent.root
    if root.pos_ not in ("PROPN", "NOUN") or root.tag_ not in ("NNPS", "NNS"):
        return None
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
        return None
    if load_agents().is_generic(name):
        return None  # "Muslims", "Shiites" as a faith, not an actor
    res = _resolver().resolve(name)
    if res.actor is not None:  # the people of a known country ("Libyans"): the country
        return _resolved(res, name, "spaCy NORP (knowledge base)")
    return _open(name, "collective", "open: people (spaCy NORP)")


def _plural_demonym(tok: Any, covered: dict[int, Actor]) -> Actor | None:
    """The people of a country named by a plural demonym the model did not tag as NORP
    ("Kenya called on Ugandans to ..."): read as the NORP path reads "Libyans" (the
    knowledge base's country), only when the singular is that country's own adjective and
    the word has a party's role (subject, object, after a preposition); None otherwise.

    The small model also tags some plural demonyms as a singular proper noun (NNP) that is
    a NORP entity ("urged Liberians to vote"), which the NORP path, reading nouns tagged
    plural only, leaves out: such a word is read here as well, on the same conditions
    (peers59).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kenya called on Ugandans to stand by the deal.")
    >>> _plural_demonym(doc[3], {}).name, _plural_demonym(doc[0], {})
    ('Uganda', None)
    >>> doc = nlp()("Kenya urged Liberians to vote.")
    >>> _plural_demonym(doc[2], {}).name
    'Liberia'
    """
    text = tok.text
    if (tok.idx in covered or tok.tag_ not in ("NNPS", "NNP") or len(text) < 5
            or not text[:1].isupper() or not text.endswith("s") or text.isupper()):  # fmt: skip
        return None
    if tok.ent_type_ and (tok.tag_ == "NNPS" or tok.ent_type_ != "NORP"):
        return None  # an NNPS entity is the NORP path's; an NNP one only when NORP (below)
    if tok.dep_ not in _PARTY_DEPS:
        return None
    if load_agents().is_generic(text):
        return None
    res = _resolver().resolve(text)
    single = _resolver().resolve(text[:-1])
    if res.actor is None or res.actor.type != "country" or single.actor is None:
        return None
    if single.actor.id != res.actor.id:
        return None
    return _resolved(res, text, "plural demonym of a country (knowledge base)")


_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"})
_MOVEMENT_ENTS = frozenset({"", "NORP", "ORG", "GPE"})
"""Entity labels the small model gives a movement's plural name ("Bolsheviks" as GPE)."""


def _movement_plural(tok: Any, covered: dict[int, Actor], agents: Any) -> Actor | None:
    """A movement or faction named by a capitalised plural after "the" that the model tagged
    as no entity ("the Bolsheviks attacked the Mensheviks", "the Chetniks", "the
    Montoneros"): an open group, where the word has a party's role (subject, object, after
    a preposition). Not in a title-cased line (every word capitalised), not a common
    English word in the singular or plural ("the Rangers", "the Allies", "the Times"), not
    a word of the agents data (members, roles, generic names, people nouns: "the Levies",
    "the Fighters", "the Shiites") and nothing the knowledge base resolves (a demonym, a
    country: "the Philippines"), so it is never a people or a place (stop 41; replay19's
    histories named parties so, and nothing was coded between them).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Bolsheviks attacked the Left Socialist-Revolutionaries in Moscow.")
    >>> _movement_plural(doc[1], {}, load_agents()).name
    'Bolsheviks'
    >>> doc = nlp()("The Allies attacked the Rangers in Moscow.")
    >>> [_movement_plural(doc[i], {}, load_agents()) for i in (1, 4)]
    [None, None]
    """
    text = tok.text
    if tok.idx in covered or tok.tag_ not in ("NNS", "NNPS", "NNP"):
        return None
    if tok.ent_type_ not in _MOVEMENT_ENTS or len(text) < 5 or not text.isalpha():
        return None
    if not (text[0].isupper() and text[1:].islower() and text.endswith("s")):
        return None
    if tok.dep_ not in _PARTY_DEPS or tok.i == tok.sent.start:
        return None
    before = tok.doc[tok.i - 1]
    if before.lower_ != "the" or (before.text == "The" and before.i != tok.sent.start):
        return None
    if not any(t.is_alpha and t.is_lower and len(t) > 3 for t in tok.sent):
        return None  # a title-cased line ("Bolsheviks Attack Rivals in Moscow")
    lower = tok.lower_
    # a verb's noun in the plural ("the Allies", "the Times") is a common word; an
    # adjective's is not excluded: "bolshevik", "communist" are adjectives too
    verbs = (_common_lemmas() or (frozenset(),))[0]
    if common_word(lower) or lower[:-1] in verbs or lower[:-3] + "y" in verbs:
        return None
    if (lower in agents.members or agents.role(lower) is not None or agents.is_generic(text)
            or _people_noun(tok)):  # fmt: skip
        return None
    if _resolver().resolve(text).actor is not None:
        return None
    return _open(text, group_type(text), "open: a movement named by a plural")


_TITLE_WORDS = CIVIL_TITLES | MILITARY_TITLES


@cache
def past_title() -> re.Pattern[str]:
    """Words that tell a title is not held at the date ("former", "ex-", "ousted"; cues.yaml
    ``past_title_words``), as one pattern.

    >>> [bool(past_title().search(t)) for t in ("the ousted minister", "the minister")]
    [True, False]
    """
    from riftwatch.nlp import lexicon as lexmod

    words = sorted(lexmod.load().past_title_words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _past_title(title: list[Any]) -> bool:
    """A title with a word of a past or unheld office in it or in the two words before it
    ("Former Kenyan President P", "P, the ex-Kenyan foreign minister,"): the person no
    longer holds (or does not yet hold) the office, so he speaks for himself, not for the
    state body (fixes57; extract._titled_known_persons reads a known person's title so)."""
    if not title:
        return False
    doc = title[0].doc
    start = doc[max(title[0].sent.start, title[0].i - 2)].idx
    last = title[-1]
    return bool(past_title().search(doc.text[start : last.idx + len(last.text)]))


@cache
def _side_free_fighters() -> frozenset[str]:
    """cues.yaml ``side_free_fighters``: militant nouns a country word does not make an
    armed group of that country ("Syrian fighters" may fight on any side)."""
    from riftwatch.nlp import lexicon as lexmod

    return lexmod.load().side_free_fighters


_ORG_OWNERS = frozenset({"igo", "organization"})
"""Actor types whose officers, named with an igo_titles word, stand for them (peers14)."""


def _title_tokens(tokens: list[Any], covered: dict[int, Actor]) -> tuple[list[Any], Actor | None]:
    """The title and its owner before a person: "Afghan Defence Minister" (a country, or a
    state body the knowledge base found), or ``([], None)``."""
    from riftwatch.nlp import lexicon as lexmod

    igo_titles = lexmod.load().igo_titles
    doc = tokens[0].doc
    i = tokens[0].i - 1
    before: list[Any] = []
    while i >= 0 and len(before) < 6:
        tok = doc[i]
        actor = covered.get(tok.idx)
        if actor is not None:
            igo = actor.type in _ORG_OWNERS and bool({t.lower_ for t in before} & igo_titles)
            if actor.type == "country" or actor.type in STATE_ROLES or igo:
                while i >= 0 and covered.get(doc[i].idx) is actor:
                    before.insert(0, doc[i])
                    i -= 1
                return before, actor
            return [], None
        if (
            tok.lower_ in _TITLE_WORDS
            or tok.lower_ in igo_titles
            or (tok.text[:1].isupper() and tok.pos_ == "PROPN")
            or (tok.text in ("'s", "’s"))
            or (tok.text == "-" and before and i > 0 and doc[i - 1].lower_ in _TITLE_WORDS)
        ):
            before.insert(0, tok)
            i -= 1
            continue
        return [], None
    return [], None


def _appositive_title(root: Any, covered: dict[int, Actor]) -> tuple[list[Any], Actor | None]:
    """The title and its owner in an apposition after a person ("P, the Kenyan foreign
    minister,", "P, the United Nations relief coordinator,"): an appositive noun that is a
    title (civil, military or, for an intergovernmental organisation, cues.yaml
    ``igo_titles``) with a country, state body or intergovernmental organisation among its
    modifiers before it; ``([], None)`` otherwise (peers14).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Tomas Velorin, the Kenyan foreign minister, accused Uganda.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenyan", type="country")
    >>> title, owner = _appositive_title(doc[1], {doc[4].idx: kenya})
    >>> [t.text for t in title], owner.name
    (['Kenyan', 'foreign', 'minister'], 'Kenya')
    >>> _appositive_title(doc[1], {})
    ([], None)
    """
    from riftwatch.nlp import lexicon as lexmod

    igo_titles = lexmod.load().igo_titles
    for app in root.children:
        word = app.lower_
        if app.dep_ != "appos" or not (word in _TITLE_WORDS or word in igo_titles):
            continue
        mods = [c for c in app.lefts if c.dep_ in MODIFIER_DEPS]
        owners = [a for c in mods for t in c.subtree if (a := covered.get(t.idx)) is not None]
        if not owners or any(a.key() != owners[0].key() for a in owners):
            continue  # "P, an Afghan Taliban commander": not the state's
        actor = owners[0]
        state = actor.type == "country" or actor.type in STATE_ROLES
        if state or (actor.type in _ORG_OWNERS and word in igo_titles):
            return [t for t in app.subtree if t.i >= mods[0].left_edge.i], actor
    return [], None


def _person(name: str, ent: Any, tokens: list[Any], text: str, date: str | None,
            covered: dict[int, Actor]) -> Actor | None:  # fmt: skip
    words = norm(name).split()
    if len(words) > 1 and group_type(name) == "armed_group":
        return _group_entity(name, date, text)  # spaCy takes "Ansar Dine" for a person
    res = _resolver().resolve(name, date, text)
    if res.actor is not None and res.actor.type != "place":
        return _resolved(res, name, "spaCy PERSON (knowledge base)")
    title, owner = _title_tokens(tokens, covered)
    if owner is None:  # "P, the Kenyan foreign minister, ...": the title in apposition
        title, owner = _appositive_title(ent.root, covered)
    titles = {t.lower_ for t in title}
    if owner is not None and (titles & _TITLE_WORDS or owner.type in STATE_ROLES
                              or owner.type in _ORG_OWNERS) and not _past_title(title):  # fmt: skip
        role = "military" if titles & MILITARY_TITLES and not titles & CIVIL_TITLES else (
            "government")  # fmt: skip
        body = None
        if owner.type == "country":
            iso = _iso(owner)
            body = country_body(iso, role) if iso else None
        else:
            body = _resolver().kb.find(owner.org_id or owner.id or "")
        if body is not None:
            return Actor(id=body.id, name=body.name, mention=name, type=body.type,
                         org_id=body.id, org_name=body.name, person=name,
                         how=f"title and country ({' '.join(t.text for t in title)})")  # fmt: skip
        if body is None and owner.type == "organization" and owner.id.startswith("open:"):
            # "Arab League Secretary-General P": an organisation the knowledge base lacks
            how = f"title and organisation ({' '.join(t.text for t in title)})"
            return Actor(id=owner.id, name=owner.name, mention=name, type=owner.type,
                         org_id=owner.org_id or owner.id, org_name=owner.org_name or owner.name,
                         person=name, how=how)  # fmt: skip
    root = ent.root
    acting = root.dep_ == "nsubj" or (
        root.dep_ == "pobj"
        and (
            root.head.dep_ == "agent"
            or (root.head.lower_ == "by" and root.head.head.pos_ == "NOUN")
        )
    )  # the subject of an active verb, "by <name>" of a passive or of an act ("calls by X")
    if not acting:
        acting = _leads_followers(root)  # "fighters loyal to P", "P's men" (world14)
    if not acting or len(words) < 2:
        return None
    ident = open_id(name)
    return Actor(id=ident, name=name, mention=name, type="person", org_id=ident, org_name=name,
                 person=name, how="open: person who acts (spaCy PERSON)")  # fmt: skip


@cache
def _follower_words() -> tuple[frozenset[str], frozenset[str]]:
    """cues.yaml ``follower_nouns`` and ``loyalty_words``: the nouns of a leader's men
    ("fighters", "men", "loyalists") and the adjectives that tie them to him ("loyal")."""
    from riftwatch.nlp import lexicon as lexmod

    lex = lexmod.load()
    return frozenset(lex.follower_nouns), frozenset(lex.loyalty_words)


def _leads_followers(root: Any) -> bool:
    """A person's name that names the men who act for him: the object of a word of loyalty
    after a follower noun ("fighters loyal to P", "men loyal to P"), of "under" after a plural
    follower noun ("fighters under P"), or the possessor of a
    plural follower noun ("P's men", "P's loyalists") whose phrase is a verb's subject or
    object. Such a person leads a faction of his own, so an unknown person of two or more
    words is an open actor there as he is when he acts himself (world14).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Fighters loyal to Joseph Kanyoro attacked the town.")
    >>> _leads_followers(doc[4])
    True
    >>> doc = nlp()("A letter to Joseph Kanyoro arrived.")
    >>> _leads_followers(doc[4])
    False
    """
    followers, loyalty = _follower_words()
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in loyalty:
        noun = head.head.head
        return head.head.dep_ in ("amod", "acl") and noun.lower_ in followers
    if root.dep_ == "pobj" and head.lower_ == "under" and head.head.lower_ in followers:
        return head.head.tag_ == "NNS"  # "fighters under P" (mechanisms.followers_under)
    if root.dep_ == "poss" and head.tag_ == "NNS" and head.lower_ in followers:
        return head.dep_ in ("nsubj", "dobj", "obj", "pobj", "conj")
    return False


def _group_entity(name: str, date: str | None, text: str) -> Actor | None:
    res = _resolver().resolve(name, date, f"{text} group")
    if res.actor is not None:
        if res.actor.type in ("country", "place"):
            return None
        return _resolved(res, name, "spaCy entity (knowledge base)")
    return _open(name, "armed_group", "open: group name (spaCy entity)")


# -- before the parse ------------------------------------------------------------------------
_CAPITAL_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]*)*")
_NOT_NAMES = frozenset(
    "the a an in on at of for and but or if when while after before as he she it they we i "
    "his her their its this that these those there here some many most mr mrs ms dr "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def open_hints(text: str, found: list[Span]) -> int:
    """How many more actors the parse may find: capitalised names outside the knowledge
    base's mentions, and agent nouns (a cheap test, so that a sentence with one known
    actor and one unknown one is parsed, and one with neither is not)."""
    covered = _covered(found)
    hints = 0
    for match in _CAPITAL_RUN.finditer(text):
        # the run's capitalised words outside the knowledge base's mentions ("the Zorblan
        # Front and Umbra Dawn": a run through "and" may join a known name to a new one)
        words = [
            w.group()
            for w in re.finditer(r"\S+", match.group())
            if w.group()[:1].isupper() and match.start() + w.start() not in covered
        ]
        if not words or all(w.lower() in _NOT_NAMES for w in words):
            continue
        hints += 1
    agents = load_agents()
    for word in re.findall(r"[a-z][a-z-]+", text):
        if word in agents.roles or word in agents.members:
            hints += 1
            break
    return hints


__all__ = ["capital_alias", "capital_government", "open_actors", "open_hints"]


# -- office holders named by their title (third round, branch peers) -----------------------
OFFICE_TITLES = frozenset(
    "president premier chancellor king queen emir sultan prince minister ambassador envoy "
    "governor senator mayor".split()
)
"""Titles of a state office that make the person after them an actor in any role ("met
President Ruto", "an appeal from President Mbeki"), not only when acting."""


def _office_title(tok: Any, covered: dict[int, Actor] | None = None) -> list[Any]:
    """The title words right before ``tok`` ("President", "Prime Minister", "Foreign
    Minister") when the last one is an office title; else ``[]``.

    The title may also come before its portfolio, joined by a cues.yaml ``portfolio_links``
    word ("Minister for Interior P", "Minister of Foreign Affairs P"; peers62): the
    capitalised portfolio words, the link and the office title, none of them an actor found
    already (``covered``: "Peru's Minister for Interior P" is Peru's, as found).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Minister for Interior Ana Solano met the envoy.")
    >>> [t.text for t in _office_title(doc[4])]
    ['Minister', 'for', 'Interior']
    >>> _office_title(doc[4], {doc[1].idx: None})
    []
    """
    doc = tok.doc
    i = tok.i - 1
    if i >= 0 and doc[i].lower_ not in OFFICE_TITLES:
        i = _portfolio_start(doc, i, covered or {})
        if i < tok.i - 1:
            portfolio = list(doc[i + 1 : tok.i])
            title = _office_title(doc[i + 1], covered)
            return [*title, *portfolio] if title else []
    if i < 0 or doc[i].lower_ not in OFFICE_TITLES or not doc[i].text[:1].isupper():
        return []
    title = [doc[i]]
    while i - 1 >= 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ in _TITLE_WORDS:
        i -= 1
        title.insert(0, doc[i])
    return title


def _portfolio_start(doc: Any, i: int, covered: dict[int, Actor]) -> int:
    """The index of the link word before the capitalised portfolio that ends at ``doc[i]``
    ("Minister for Interior": "for"), less one; ``i`` itself when there is no such
    portfolio (peers62)."""
    from riftwatch.nlp import lexicon as lexmod

    j = i
    while j >= 0 and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN":
        if doc[j].idx in covered or doc[j].lower_ in OFFICE_TITLES or doc[j].ent_type_ == "PERSON":
            return i  # a name's own word is no portfolio
        j -= 1
    if j == i or j < 1 or doc[j].lower_ not in lexmod.load().portfolio_links:
        return i
    if doc[j - 1].idx in covered or doc[j - 1].lower_ not in OFFICE_TITLES:
        return i
    return j - 1


def _name_word(tok: Any, covered: dict[int, Actor]) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.idx not in covered


def _office_holder(name: str) -> Actor:
    """An office holder the knowledge base does not know, named with the title."""
    ident = open_id(name)
    return Actor(id=ident, name=name, mention=name, type="person", org_id=ident, org_name=name,
                 person=name, how="open: office holder named by the title")  # fmt: skip


# -- a leader's bare surname before his men (issue 9, round 5, branch hdl3) -----------------
_POSSESSED = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)['\u2019]s\s+([a-z]+(?:\s[a-z]+)?)\b")
# "Barayev's Islamic Regiment": a surname's possessive before the last words of a name (mmp12)
_POSSESSED_NAME = re.compile(
    r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)['\u2019]s\s+([A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){0,3})\b"
)


_ARTICLED_SURNAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)[-\u2010]", re.IGNORECASE)
"""A lower-case Arabic article joined to a surname ("al-Sadr")."""


@cache
def _leader_terms() -> dict[str, list[tuple[str, int | None, int | None]]]:
    """Surname -> (group id, first day, last day) of every leadership the knowledge base
    records for a person with that last name ("Mehsud" -> the TTP from August 2009 to
    November 2013 for Hakimullah Mehsud, ...)."""
    return {k: [(g, a, b) for g, a, b, _f in v] for k, v in _leader_records().items()}


@cache
def _founded_terms() -> dict[str, list[tuple[str, int | None, int | None]]]:
    """As :func:`_leader_terms`, a founder's leadership running on with no end: the group a
    person founded stays "his organisation" after he left its head ("Curcio's organisation"
    after his arrest is still the Red Brigades; sides23). For the bodies of ``led_bodies``
    only: his men may since follow him elsewhere."""
    return {
        k: [(g, a, None if founder else b) for g, a, b, founder in v]
        for k, v in _leader_records().items()
    }


@cache
def _leader_records() -> dict[str, list[tuple[str, int | None, int | None, bool]]]:
    out: dict[str, list[tuple[str, int | None, int | None, bool]]] = {}
    for entity in _resolver().kb.entities.values():
        if entity.type != "person":
            continue
        surname = entity.name.split()[-1]
        # "al-Sadr's militia": the possessive the pattern reads is the name after the article
        bare = _ARTICLED_SURNAME.sub("", surname)
        for rel in entity.relations:
            if rel.type == "leader_of":
                founder = rel.role == "founder"
                for key in dict.fromkeys((surname, bare)):
                    out.setdefault(key, []).append(
                        (rel.target, rel.start_day, rel.end_day, founder)
                    )
    return out


def leader_surnames(text: str, date: str | None, found: list[Span]) -> list[Span]:
    """ "Mehsud's fighters", "Omar's men": a bare surname with a possessive before a member
    noun stands for the group its bearer led at the date, when every leader of that surname
    then led the same group (a surname shared by leaders of two groups then, or by nobody
    leading anything, stays no actor). Only before a member noun: the bare surname alone
    may be anyone of that name.

    >>> [(a.org_id, a.how) for _s, _e, a in leader_surnames(
    ...     "Mehsud's fighters attack troops", "2010-05-01", [])]
    [('org:ttp', "surname of the org:ttp leader before 'fighters'")]
    >>> leader_surnames("Mehsud's fighters attack troops", "2008-05-01", [])  # two groups then
    []

    Before the closing words of the name of the group its bearer led, too ("Barayev's
    Islamic Regiment", the Special Purpose Islamic Regiment; mmp12).
    """
    from riftwatch.actors.resolve import _day_of

    out: list[Span] = []
    if "'" not in text and "\u2019" not in text:
        return out  # no possessive: neither pattern can match (most sentences)
    agents = load_agents()
    members = agents.members
    day = _day_of(date) if date else None
    for m in _POSSESSED.finditer(text):
        start, end = m.span(1)
        noun = m.group(2) if m.group(2) in members else m.group(2).split()[0]
        if any(not (end <= a or start >= b) for a, b, _x in found):
            continue
        if noun not in members:
            if noun not in agents.led_bodies:
                continue
            # "Curcio's organisation", "Maskhadov's government": the possessive and the body
            # are one mention of the group he led (sides23), so the noun is no other group
            end = m.start(2) + len(noun)
        terms = (_founded_terms() if noun not in members else _leader_terms()).get(m.group(1))
        if not terms or day is None:
            continue
        groups = {g for g, first, last in terms
                  if (first is None or first <= day) and (last is None or day <= last)}  # fmt: skip
        if len(groups) != 1:
            continue
        entity = _resolver().kb.find(next(iter(groups)))
        if entity is None:
            continue
        actor = _as_actor(
            entity, text[start:end], f"surname of the {entity.id} leader before '{noun}'"
        )
        out.append((start, end, actor))
    for m in _POSSESSED_NAME.finditer(text):
        # "Barayev's Islamic Regiment": words of the name of the group he led (mmp12)
        start, end = m.start(1), m.end(2)
        words = [w.lower() for w in m.group(2).split()]
        terms = _leader_terms().get(m.group(1))
        if not terms or day is None or any(not (end <= a or start >= b) for a, b, _x in found):
            continue
        groups = {g for g, first, last in terms
                  if (first is None or first <= day) and (last is None or day <= last)}  # fmt: skip
        entity = _resolver().kb.find(next(iter(groups))) if len(groups) == 1 else None
        if entity is None or len(words) >= len(entity.name.split()):
            continue
        name = [w.lower() for w in entity.name.split()]
        if words != name[len(name) - len(words) :]:
            continue  # the phrase must close the group's name ("Islamic Regiment")
        actor = _as_actor(entity, text[start:end], f"the {entity.id} leader's '{m.group(2)}'")
        out.append((start, end, actor))
    return out


# -- an office holder's possessive before a state body (replay35, issue 10) -----------------
# "Hadi's government", "Sheikh Hasina's cabinet", "President Bazoum's administration": up to
# four capitalised words (a title, initials, a name) and a possessive before a noun of
# cues.yaml ``office_bodies``
_OFFICE_POSSESSED = re.compile(
    r"\b((?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]*?)['\u2019]s\s+([a-z]+)\b"
)
_OFFICE_HINTS = "president prime minister government"
"""Words that let a weak surname of an office holder resolve here: the body noun after the
possessive says what a title before the name would ("Hadi's government" is "President
Hadi's government")."""


def office_possessives(text: str, date: str | None, found: list[Span]) -> list[Span]:
    """``found`` with "Hadi's government", "Sheikh Hasina's cabinet", "Abiy's negotiators"
    read: a person who held an office in a state's government at the date (a strict-tenure
    office holder of the knowledge base), named by a possessive before a noun of that
    government or its agents (cues.yaml ``office_bodies``), stands with the noun for that
    government, as "President Hadi's government" does (his forces or troops are left to the
    parse, which gives a person's men his body). The name is tried whole, then without its
    leading titles or initials ("President Bazoum", "N. Biren Singh"), never without a first
    name ("Ian Smith" is not another Smith); a name nobody holding a state office bears at
    the date, or a rebel leader's, stays as it was ("Garang's forces" is left to
    :func:`leader_surnames`). The person's own mention gives way to the longer one. Only
    before a body noun: "Hadi's son" or "Hadi's house" is not his government."""
    from riftwatch.actors.resolve import TITLES
    from riftwatch.nlp import lexicon as lexmod

    if "'" not in text and "\u2019" not in text:
        return found
    bodies = lexmod.load().office_bodies
    resolver = _resolver()
    out = list(found)
    for m in _OFFICE_POSSESSED.finditer(text):
        noun = m.group(2)
        if noun not in bodies:
            continue
        words = m.group(1).split()
        start0, end = m.start(1), m.end(2)
        inside = [f for f in out if start0 <= f[0] and f[1] <= m.end(1) and f[2].type == "person"]
        if any(not (end <= a or start0 >= b) for a, b, x in out if (a, b, x) not in inside):
            continue
        org = None
        for i in range(len(words)):
            if i and not (
                words[i - 1].lower().rstrip(".") in _TITLE_WORDS | TITLES or len(words[i - 1]) <= 2
            ):
                break  # only titles and initials may be left out
            res = resolver.resolve(" ".join(words[i:]), date, f"{text} {_OFFICE_HINTS}")
            if res.actor is None:
                continue
            if res.actor.type == "person":
                org = res.organization
            break  # "Turkey's army", "the PKK's cadres": other rules read these
        if org is None or org.type not in ("government", "military") or not org.country:
            continue
        out = [f for f in out if f not in inside]
        out.append((start0, end, _as_actor(org, text[start0:end], f"office holder's '{noun}'")))
    return out


def _place_name(tokens: list[Any]) -> bool:
    """Is the entity ``tokens`` the name of a place: followed by a place noun ("Dand-e-Ghori
    district", "Bara tehsil", "Khyber agency"), ending in one ("Tirah Valley") or in a
    region's tail (headline.yaml ``place_name_tails``: "Lanao del Sur")? A place is never
    an actor (LABELLING.md), however the model tags it.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Taliban storm Dand-e-Ghori district")
    >>> _place_name([t for t in doc if t.text in ("Dand", "-", "e", "Ghori")])
    True
    >>> _place_name([doc[0]])
    False
    >>> doc = nlp()("Lanao del Sur officials met the army.")
    >>> _place_name(list(doc[:3]))
    True
    """
    from riftwatch.nlp.headline import _data

    data = _data()
    nouns = frozenset(data.get("place_nouns") or ())
    after = nouns | frozenset(data.get("place_nouns_after") or ())
    last = tokens[-1]
    if last.lower_ in nouns and len(tokens) > 1:
        return True
    words = [t.lower_ for t in tokens]
    if len(words) > 1 and not set(words) & GROUP_WORDS:
        # "Lanao del Sur", "Mindoro Occidental": a region's name by its tail (gaps54)
        tails = data.get("place_name_tails") or ()
        if any(words[-len(tail.split()) :] == tail.split() for tail in tails):
            return True
    doc = last.doc
    return last.i + 1 < len(doc) and doc[last.i + 1].lower_ in after


# -- capitals standing for their governments -----------------------------------------------
# "Moscow accused Kiev", "Jakarta expelled the agency", "talks with Tehran": a capital that
# acts stands for its country's government (the PETRARCH coders' reading); "demonstrators in
# Baghdad", "a curfew in Algiers" name a place, never an actor. The knowledge base lists a
# capital as a weak one-word alias of its country that needs a context word; here the
# parse supplies the role the context words only guess at.
_ACTING_DEPS = frozenset({"nsubj", "poss", "dobj", "dative"})
_PARTY_PREPS = frozenset({"with", "against", "between", "toward", "towards", "by"})
_MATERIAL_HOSTILE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def capital_alias(res: Any) -> bool:
    """Did a resolution reach its country through a capital: a weak alias of capitalised
    words that needs a context word ("Jakarta" for Indonesia, "Abu Dhabi" for the Emirates;
    peers20: names of several words too, unless one is a generic name word, as in "Foreign
    Office" or "National Security Council", which are bodies, not cities)?"""
    alias = getattr(res, "alias", None)
    actor = getattr(res, "actor", None)
    if not (
        actor is not None
        and actor.type in ("country", "government")
        and alias is not None
        and alias.kind == "weak"
        and alias.when is not None
        and alias.when.context_any
    ):
        return False
    words = alias.name.split()
    generic = load_agents().generic_names
    return all(w[:1].isupper() for w in words) and (
        len(words) == 1 or not any(norm(w) in generic for w in words)
    )


def capital_government(res: Any, mention: str) -> Actor | None:
    """The government a capital stands for (its country's ``government`` body), or None."""
    if res.actor is not None and res.actor.type == "government":  # "Riyadh": already one
        return _resolved(res, mention, f"metonymy: capital {mention} for {res.actor.name}")
    iso = res.actor.country if res.actor is not None else None
    body = country_body(iso, "government") if iso else None
    if body is None:
        return None
    return _as_actor(body, mention, f"metonymy: capital {mention} for {body.name}")


def _acting_role(tok: Any) -> bool:
    """Does the head of a place name act, by its dependency role? The subject of a verb, an
    owner ("Riyadh's friendship"), the passive agent, a party after "with"/"against"/
    "between", or the object of a verb that is no material attack (a shelled city is a
    place); never the object of "in"/"at"/"near"/"from"/"to" (a location), of a departure
    verb ("left Beirut") or of "towards" after a word of moving ("its way towards Kinshasa";
    cues.yaml ``departure_verbs``, ``heading_words``).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("After the PLO left Beirut, Damascus armed the rebels.")
    >>> _acting_role(doc[4]), _acting_role(doc[6])
    (False, True)
    """
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    dep = tok.dep_
    if dep in ("nsubj", "poss", "dative"):
        return True
    if dep == "agent":
        return True
    from riftwatch.nlp import lexicon as lexmod

    if dep == "pobj":
        prep = tok.head
        if prep.dep_ == "agent" or prep.lower_ == "by":
            return prep.head.tag_ == "VBN"  # "accused by Moscow", not "a town by the sea"
        if prep.lower_ in ("toward", "towards") and (
            prep.head.lemma_.lower() in lexmod.load().heading_words
        ):
            return False  # "fought its way towards Kinshasa": where they went (names24)
        return prep.lower_ in _PARTY_PREPS - {"by"}
    if dep == "dobj":
        if tok.head.lemma_.lower() in lexmod.load().departure_verbs:
            return False  # "after the PLO left Beirut": the place left (names24)
        entry = lexmod.load().verb_entry(tok.head.lemma_.lower()) or {}
        return entry.get("type") not in _MATERIAL_HOSTILE and tok.head.pos_ == "VERB"
    return False


def _compound_run(tok: Any, covered: dict[int, Actor]) -> list[Any]:
    """``tok`` with the capitalised proper-noun compounds right before it ("Addis" of
    "Ababa"), none of them a known actor's."""
    run = [tok]
    while run[0].i > 0:
        prev = tok.doc[run[0].i - 1]
        if (prev.dep_ != "compound" or prev.head.i != tok.i or prev.pos_ != "PROPN"
                or not prev.text[:1].isupper() or prev.idx in covered):  # fmt: skip
            break
        run.insert(0, prev)
    return run


def _venue_capital(name: str, tokens: list[Any], text: str, date: str | None,
                   actor: Actor) -> bool:  # fmt: skip
    """Is an entity the model tagged (spaCy takes "Abuja" for a person) a capital that names
    the venue of an event noun after it ("the Abuja peace agreement", "the Naivasha talks":
    extract's ``_event_venue``, which the knowledge-base pass already applies), so no party?
    A capital acting for its state ("Abuja signed the agreement") stays one.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The rebels signed the Abuja peace agreement with the army.")
    >>> ng = Actor(id="country:nigeria", name="Nigeria", mention="Abuja", type="country")
    >>> _venue_capital("Abuja", [doc[4]], doc.text, None, ng)
    True
    >>> doc = nlp()("Abuja signed the peace agreement with the rebels.")
    >>> _venue_capital("Abuja", [doc[0]], doc.text, None, ng)
    False
    """
    from riftwatch.nlp.extract import _event_venue
    from riftwatch.nlp.lexicon import load

    if actor.type not in ("country", "government"):
        return False
    if not capital_alias(_resolver().resolve(name, date, text)):
        return False
    start = tokens[0].idx
    return _event_venue(text, start, start + len(name), load())


def _located_seat(name: str, tokens: list[Any], text: str, date: str | None,
                  actor: Actor) -> bool:  # fmt: skip
    """Is an entity the model tagged a seat of government reached through its weak alias (a
    capital, a regional seat: "Erbil" for the Kurdistan Regional Government) named as the
    object of a locative preposition ("camps near Erbil", "a base outside Kabul"; coref.yaml
    ``locative_prepositions``)? Then it is where, not who (fix63): no party, nor an
    antecedent for a later pronoun. The seat as subject or agent ("Erbil accused Y") stays.
    """
    from riftwatch.nlp import coref

    if actor.type not in ("country", "government"):
        return False
    head = tokens[-1]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in coref.load().locative_prepositions:
        return False
    return capital_alias(_resolver().resolve(name, date, text))


def _capital_actor(name: str, tok: Any, date: str | None) -> Actor | None:
    """The government a one-word capital stands for, when it acts (see
    :func:`_acting_role`); None for a place, a country's own name or an unknown city."""
    if not _acting_role(tok):
        return None
    res = _resolver().resolve(name, date, "government")  # the role is the context cue
    if not capital_alias(res):
        return None
    return capital_government(res, name)


# -- places described as such (issue 9, world news; peers8) ---------------------------------
def _described_place(
    tok: Any, covered: dict[int, Actor], date: str | None
) -> tuple[list[Any], Actor] | None:
    """A place named after a place noun ("the town of Gulu", "the autonomous Azerbaijani
    republic of Nakhichevan", "the southern capital Juba"; nominals.yaml ``place_heads``):
    an actor of type place (the knowledge base's place, else an open id of its name), with
    the country of a country word before the noun or of the knowledge base. It covers the
    noun and the name, so that the roles the noun plays are the place's; a country's own
    name ("the republic of Kenya") is left to the country. A place is a party only where a
    role makes it one: an act located "in" it names no party (code.py, mechanisms).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Iran cut off electricity to the Azerbaijani region of Nakhichevan.")
    >>> tokens, actor = _described_place(doc[7], {}, None)
    >>> [t.text for t in tokens], actor.name, actor.type, actor.id
    (['region', 'of', 'Nakhichevan'], 'Nakhichevan', 'place', 'open:nakhichevan')
    """
    from riftwatch.nlp.mechanisms import _place_data

    if tok.pos_ != "NOUN" or tok.idx in covered:
        return None
    if tok.lemma_.lower() not in _place_data()["heads"]:
        return None
    names = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
    names += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    names += [c for c in tok.rights if c.dep_ == "compound"]
    names = [n for n in names if n.pos_ == "PROPN" and n.text[:1].isupper()]
    if not names:
        return None
    last = names[0]
    words = sorted([*(c for c in last.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"),
                    last], key=lambda t: t.i)  # fmt: skip
    if any(w.idx in covered for w in words) or last.ent_type_ in ("PERSON", "ORG", "NORP"):
        return None
    text = tok.doc.text
    name = text[words[0].idx : last.idx + len(last.text)]
    res = _resolver().resolve(name, date, "")
    entity = res.actor
    if entity is not None and entity.type == "country" and not capital_alias(res):
        return None  # "the republic of Kenya": the country itself
    if entity is not None and entity.type not in ("place", "country"):
        return None
    country, _mods = _country_of(tok, covered, date)
    iso = country.iso if country is not None else getattr(entity, "country", None)
    ident = entity.id if entity is not None and entity.type == "place" else open_id(name)
    span = [t for t in tok.doc[tok.i : last.i + 1]]
    actor = Actor(id=ident, name=name, mention=name, type="place", org_id=ident, org_name=name,
                  how=f"place named after '{tok.text}'",
                  country=str(iso) if iso else None)  # fmt: skip
    return span, actor


_LOCAL_ROLES = frozenset({"government", "police"})


def _unknown_place(tok: Any, covered: dict[int, Actor], date: str | None) -> list[Any]:
    """The tokens of a place name at ``tok`` that the knowledge base does not know (a city
    or a region of the world: GPE or LOC, not covered by another actor), else []."""
    if tok.idx in covered or not tok.text[:1].isupper() or tok.pos_ != "PROPN":
        return []
    if tok.lower_ in _agent_phrase_words() or tok.lower_ in _TITLE_WORDS:
        return []  # "Federal Minister", "Interior Ministry": part of the agent's own name
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return []
    if _creed(tok) and _creed_body(tok.head):
        return []  # "the Ba'athist government in Y": a creed describes a body, no place (replay41)
    if tok.i == tok.sent.start and not tok.ent_type_ and common_word(tok.text):
        return []  # "Longtime leader of X, P, ...": capitalised for its place (world13)
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if tok.ent_type_ == "ORG" and (ent is None or not _place_name(list(ent))):
        return []  # an organisation, unless its words name a place ("Lanao del Sur": gaps54)
    if ent is not None:
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    else:  # the small model often misses a city's name: a run of capitalised names
        words = sorted([*(c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"),
                        tok], key=lambda t: t.i)  # fmt: skip
    if not words or any(t.idx in covered for t in words) or words[-1].i != tok.i:
        return []
    name = tok.doc.text[words[0].idx : tok.idx + len(tok.text)]
    if _resolver().resolve(name, date, "").actor is not None:
        return []  # a known place or a capital: the knowledge base says whose it is
    return words


def _indefinite(tok: Any) -> bool:
    """Does the noun take the indefinite article ("a state", "an Islamic state")?

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("They want an Islamic state, not the state.")
    >>> [_indefinite(t) for t in doc if t.lower_ == "state"]
    [True, False]
    """
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts)


def _sought_polity(tok: Any) -> bool:
    """A polity noun (name_cues.yaml ``polity_nouns``: state, emirate, government ...) in
    lower case with the indefinite article: a state sought or imagined ("an Islamic state",
    "a Kurdish state"), not a body that acts; "a Kurdish official" is someone.

    >>> from riftwatch.nlp.parse import nlp
    >>> [_sought_polity(t) for t in nlp()("A Kurdish official wants a Kurdish state.")]
    [False, False, False, False, False, False, True, False]
    """
    from riftwatch.actors.resolve import sought_polity_word

    # the parse has made the noun the head of its phrase (the article hangs on it), so no
    # next word is asked for (riftwatch.actors.resolve.polity_sought reads it on the text)
    return _indefinite(tok) and sought_polity_word(tok.text)


def _local_body(
    tok: Any, role: str, covered: dict[int, Actor], date: str | None
) -> tuple[list[Any], Actor] | None:
    """A sub-state body or crowd of a place the knowledge base does not know (peers8): the
    authorities, government or police named by a place before them ("Mombasa authorities",
    "the Kisumu police") are that place's own (an open actor of type government or police,
    never a country's state); a crowd in a place ("demonstrators in Kisumu", cues: the
    agents data's civilians) is an open collective where it acts (a subject), never as a
    victim.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Mombasa authorities banned the rally.")
    >>> _local_body(doc[1], "government", {}, None)[1].name
    'Mombasa authorities'
    >>> doc = nlp()("Police dispersed demonstrators in Mombasa.")
    >>> _local_body(doc[2], "civilians", {}, None) is None
    True
    >>> doc = nlp()("They sought a state of Azawad.")
    >>> _local_body(doc[3], "government", {}, None) is None
    True
    >>> doc = nlp()("A Mombasa official spoke.")
    >>> _local_body(doc[2], "government", {}, None)[1].name
    'Mombasa official'
    """
    text = tok.doc.text
    if role in _LOCAL_ROLES:
        if _sought_polity(tok):
            # "to merge their forces into a single Islamic state of Azawad": a body sought or
            # imagined, not one that acts (lead45)
            return None
        for child in tok.lefts:
            if child.dep_ not in ("compound", "poss", "nmod"):
                continue
            if child.pos_ == "NOUN" and child.lemma_.lower() in _place_heads():
                # "Lagos state authorities": the name of the state, province or city
                inner = [c for c in child.lefts if c.dep_ in ("compound", "nmod", "poss")]
                child = inner[-1] if inner else child
            words = _unknown_place(child, covered, date)
            if words:
                span = [*words, *(t for t in tok.doc[child.i + 1 : tok.i + 1])]
                name = text[span[0].idx : tok.idx + len(tok.text)]
                return span, _open(name, role, f"open: {role} of the place {words[-1].text}")
        for prep in tok.rights:  # "the government of Kisumu (county)"
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                words = _unknown_place(pobj, covered, date) if pobj.dep_ == "pobj" else []
                if not words and pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    inner = [c for c in pobj.lefts if c.dep_ == "compound"]
                    words = _unknown_place(inner[-1], covered, date) if inner else []
                if words:
                    span = list(tok.doc[tok.i : pobj.i + 1])
                    name = text[tok.idx : pobj.idx + len(pobj.text)]
                    return span, _open(name, role, f"open: {role} of the place {words[-1].text}")
        return None
    holders = _acting_crowd(tok) if role == "civilians" else []
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in _IN_PREPS:
            continue
        for pobj in prep.children:
            words = _unknown_place(pobj, covered, date) if pobj.dep_ == "pobj" else []
            country = _actor_at(pobj, covered) if pobj.dep_ == "pobj" else None
            if not words and country is not None and country.type == "country":
                # "students throughout Kenya", "demonstrators in Ghana": a crowd where it acts,
                # in a country as in a city (peers61); its country's people, never its state
                words = [pobj]
            if words:
                mods = [t for t in tok.lefts if t.dep_ in ("amod", "compound")]
                first = mods[0] if mods else tok
                crowd = text[first.idx : tok.idx + len(tok.text)]
                name = f"{crowd} {prep.lower_} {text[words[0].idx : pobj.idx + len(pobj.text)]}"
                return [*mods, tok], _open(name, "collective",
                                           f"open: crowd in the place {pobj.text}")  # fmt: skip
    return None


def _acting_crowd(tok: Any) -> list[Any]:
    """The words whose place phrase says where the crowd noun ``tok`` is, when it is the
    subject of its clause: itself, and the quantity it is the "of" phrase of when that is the
    subject ("Thousands of students in Kenya marched", "Hundreds of protesters across Y
    rallied": cues.yaml ``quantity_openers``; peers61); [] for a crowd that is no subject.

    >>> from riftwatch.nlp.parse import nlp
    >>> [t.text for t in _acting_crowd(nlp()("Thousands of students in Kisumu marched.")[2])]
    ['students', 'Thousands']
    >>> _acting_crowd(nlp()("Police dispersed thousands of students in Kisumu.")[4])
    []
    """
    if tok.dep_ == "nsubj":
        return [tok]
    from riftwatch.nlp.lexicon import load

    amount = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if (
        amount is not None
        and amount.dep_ == "nsubj"
        and (amount.lower_ in load().quantity_openers or amount.like_num)
    ):
        return [tok, amount]
    return []


def _place_heads() -> frozenset[str]:
    from riftwatch.nlp.mechanisms import _place_data

    return frozenset(_place_data()["heads"]) | {"provincial", "regional", "municipal"}


@cache
def _agent_phrase_words() -> frozenset[str]:
    """Every word of the agents data's role phrases ("federal" of "federal government",
    "interior" of "interior ministry"): such a word before an agent noun is no place."""
    return frozenset(w for phrase in load_agents().roles for w in phrase.split())
