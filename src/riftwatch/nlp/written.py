"""Coding mechanisms of written reports (issue 9, the "written reports" hidden set).

Each function is one class of constructions that officials' statements, detainee debriefs,
intercept summaries and think-tank reports use, tested on invented sentences with their
negated or hedged twins in tests/nlp/test_written_mechanisms.py:

- :func:`not_only`: "X not only funds Y but also trains it": "not only" adds, it does not
  negate;
- :func:`shared_object`: "X funds and trains Y", "X sheltered and armed Y": a verb with no
  object of its own shares the object of the verb coordinated after it (right-node raising);
- :func:`promise_complement`: "X pledged to attack Y", "X swore to support Y": a promise with
  an infinitive is no pledge of allegiance, and what it promises has not happened (future);
- :func:`evidential`: "intercepts suggest that X funds Y", "X appears to have funded Y": the
  evidence or appearance does not vouch for the event (uncertain).

The words are data (cues.yaml ``evidential_verbs``, ``promise_verbs``); modality is read for
every event afterwards, so these mechanisms never assert what a cue negates or hedges.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from riftwatch.nlp.derived import Derived

# "not only", "not just", "not merely", "not simply": the negation scopes over the adverb
_ADDITIVE_AFTER_NOT = frozenset({"only", "just", "merely", "simply"})
_OBJECTS = frozenset({"dobj", "obj"})


def not_only(neg: Any) -> bool:
    """True when the negation token opens "not only ... (but also)": nothing is negated.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The ISI not only funds the Taliban but also trains them.")
    >>> not_only(doc[2])
    True
    >>> not_only(nlp()("The ISI does not fund the Taliban.")[3])
    False
    """
    nxt = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in _ADDITIVE_AFTER_NOT


def shared_object(coder: Any, verb: Any) -> tuple[list[Any], str]:
    """The object a verb without one shares with the verbs coordinated after it.

    "The ISI funds and trains the Taliban": the parser gives "the Taliban" to "trains"
    only; "funds" has neither an object nor a prepositional party, so its party is the
    object of the next conjunct that has one (which must not have a subject of its own:
    "X fled and Y attacked Z" shares nothing). A phrase before the verb is none of its
    parties ("According to officials, the NDS paid and armed the militias": gaps53). A verb
    that takes no object (cues.yaml ``no_object_verbs``: "mutinied and formed Y") shares none,
    nor does one with a particle of ``no_object_particles`` ("broke away and founded Y").
    """
    if any(
        c.i > verb.i and (c.dep_ in _OBJECTS or c.dep_ in ("prep", "dative", "agent"))
        for c in verb.children
    ):
        return [], ""
    if verb.lemma_.lower() in coder.lex.no_object_verbs:
        return [], ""  # "officers mutinied and formed Y": Y is not mutinied against
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in coder.lex.no_object_particles
           for c in verb.children):  # fmt: skip
        return [], ""  # "fighters of Y broke away and founded X": X is not broken from
    for conj in verb.conjuncts:
        if conj.i < verb.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return [], ""
        for obj in conj.children:
            if obj.dep_ in _OBJECTS:
                acts = coder.actors(obj)
                if acts:
                    return acts, f"object shared with the coordinated verb '{conj.text}'"
    return [], ""


def promise_complement(verb: Any, lex: Any) -> bool:
    """True when a promise verb takes an infinitive with its own object or party: "pledged
    to attack American bases" is a promise of an attack, not allegiance to the bases'
    owner ("pledged allegiance to X" and the misparse "pledged to ISIS" are not this).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> promise_complement(nlp()("The Taliban pledged to attack American bases.")[2], load())
    True
    >>> promise_complement(nlp()("The TTP pledged allegiance to the Islamic State.")[2], load())
    False
    """
    if verb.lemma_.lower() not in lex.promise_verbs:
        return False
    return any(_infinitive_with_party(c) for c in verb.children if c.dep_ == "xcomp")


def _infinitive_with_party(comp: Any) -> bool:
    return (
        comp.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
        and any(c.dep_ in ("dobj", "obj", "prep", "dative", "xcomp", "ccomp")
                for c in comp.children)
    )  # fmt: skip


def promise_modality(tok: Any, prev: Any, lex: Any) -> bool:
    """True when ``tok`` is a promise verb and ``prev`` (the step below it on the walk up
    from a trigger) is its infinitive complement: the promised act is future. An infinitive
    the parser hangs as an adverbial clause on a promise verb with no object of its own is
    that complement too ("X have sworn to fight Y": advcl; peers18). A gerund after "to" is
    the promised act as well ("X committed to preventing Y from ...", "is committed to
    fighting Y"; peers56)."""
    if (
        prev is not None
        and prev.dep_ == "prep"
        and prev.lower_ == "to"
        and tok.lemma_.lower() in lex.promise_verbs
        and any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" for c in prev.children)
    ):
        return True
    return (
        prev is not None
        and (
            prev.dep_ == "xcomp"
            or (
                prev.dep_ == "advcl"
                and not any(c.dep_ in ("dobj", "obj", "dative") for c in tok.children)
            )
        )
        and tok.lemma_.lower() in lex.promise_verbs
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children)
    )


def evidential(tok: Any, prev: Any, lex: Any) -> bool:
    """True when ``tok`` is an evidential verb ("suggest", "appear", "seem") over the clause
    ``prev`` comes from: "intercepts suggest that X funds Y" does not assert the funding."""
    return (
        prev is not None
        and prev.dep_ in ("ccomp", "xcomp")
        and tok.lemma_.lower() in lex.evidential_verbs
        and tok.pos_ in ("VERB", "AUX")
    )


def neither_nor(tok: Any) -> str | None:
    """The negating word when ``tok`` stands in a "neither ... nor" coordination.

    "X neither sheltered nor financed Y" (both verbs), "Neither X nor Y sheltered Z" (the
    subject): nothing of it happened.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Al Qaeda neither sheltered nor financed the Haqqani network.")
    >>> neither_nor(doc[3]), neither_nor(doc[5])
    ('neither', 'nor')
    >>> neither_nor(nlp()("Al Qaeda sheltered and financed the Haqqani network.")[2]) is None
    True
    """
    for child in tok.children:
        if child.dep_ == "preconj" and child.lower_ == "neither":
            return "neither"
        if child.dep_ == "cc" and child.lower_ == "nor" and child.i < tok.i:
            return "nor"
    if tok.dep_ == "conj":
        head = tok.head
        for child in head.children:
            if child.dep_ == "cc" and child.lower_ == "nor" and head.i < child.i < tok.i:
                return "nor"
    if tok.pos_ in ("VERB", "AUX"):
        for subj in tok.children:  # "Neither X nor Y sheltered Z", "sheltered neither X nor Y"
            if subj.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and any(
                c.lower_ == "neither" or (c.dep_ == "cc" and c.lower_ == "nor")
                for c in subj.children
            ):  # the parser reads "neither" as a preconj or a determiner
                return "neither"
    # "received money from neither X nor Y", "gave weapons to neither X nor Y": the parties
    # after a preposition of the act (or of the verb whose object the act's noun is; neg40)
    owners = [tok, tok.head] if tok.dep_ in ("dobj", "obj") else [tok]
    for owner in owners:
        for prep in owner.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in _NEITHER_PARTY_PREPS:
                continue
            if any(obj.dep_ == "pobj" and any(c.lower_ == "neither" or (c.dep_ == "cc" and
                   c.lower_ == "nor") for c in obj.children) for obj in prep.children):  # fmt: skip
                return "neither"
    return None


# prepositions that name the other party of an act (neither_nor)
_NEITHER_PARTY_PREPS = frozenset({"to", "from", "against", "on"})


def relation_predicates(coder: Any) -> None:
    """'X is allied with Y', 'X remains loyal to Y', 'X is opposed to Y': a relation stated
    by a predicate adjective or participle, from the subject to the party of its
    preposition (cues.yaml ``relation_predicates``: the word -> PLOVER type). Only in
    predicate position (after a copula or "remain", or a passive participle); "militants
    loyal to X" names X's people instead (mentions). Modality is read afterwards from the
    word and the copula above it ("is not allied with Y": negated)."""
    table = coder.lex.relation_predicates
    for tok in coder.doc:
        etype = table.get(tok.lower_) or table.get(tok.lemma_.lower())
        if etype is None or tok.pos_ not in ("ADJ", "VERB"):
            continue
        if tok.dep_ == "acomp":
            holder = tok.head
        elif tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
            holder = tok
        else:
            continue
        sources = [
            a for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")
            for a in coder.actors(c)
        ] or coder.subject(holder)[0]  # fmt: skip
        targets = [
            a
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ in _RELATION_PREPS
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for a in coder.actors(pobj)
        ]
        if any(e.trigger.i == tok.i for e in coder.events):
            continue  # the lexicon already coded this word
        if not targets:
            parties = _reciprocal_parties(coder, tok, holder, sources)
            if len(parties) > 1:
                coder._emit_pairs(parties, etype, None, tok,  # noqa: SLF001
                                  [f"relation predicate '{tok.text}' -> {etype}",
                                   "'each other': between the coordinated parties"])  # fmt: skip
            continue
        if not sources:
            continue
        coder._emit(sources, targets, etype, None, tok,  # noqa: SLF001
                    [f"relation predicate '{tok.text}' -> {etype}", "source: subject",
                     "target: its preposition's object"])  # fmt: skip


def _reciprocal_parties(coder: Any, tok: Any, holder: Any, sources: list[Any]) -> list[Any]:
    """The parties of a relation predicate whose preposition holds a reciprocal pronoun ("X
    and Y remained hostile to each other", "the leaders of X and Y were loyal to one
    another"; written22): the coordinated subjects, else the groups of the subject's
    coordinated "of"/"from" phrase; [] without a reciprocal pronoun."""
    from riftwatch.nlp.mechanisms import _reciprocal_pronoun  # noqa: PLC0415

    doc = tok.doc
    if not any(
        prep.dep_ == "prep"
        and prep.lower_ in _RELATION_PREPS
        and any(_reciprocal_pronoun(doc[i]) for i in (pobj.i, pobj.i + 1) if i < len(doc))
        for prep in tok.children
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ):
        return []  # the parser heads "one another" on "one", "each other" on "other"
    parties = list(sources)
    for actor in coder._of_conjuncts(holder):  # noqa: SLF001
        if all(actor.key() != p.key() for p in parties):
            parties.append(actor)
    return parties


_RELATION_PREPS = frozenset({"to", "with", "toward", "towards"})


def coordinated_modifiers(coder: Any, head: Any, acts: list[Any]) -> list[Any]:
    """'Afghan and Pakistani officials', 'U.S. and Pakistani negotiators': one head noun with
    coordinated country modifiers stands for each country's body of that kind (each
    modifier resolved with the head noun, as "Afghan officials" alone would be). Returns
    ``acts`` unchanged unless two or more distinct bodies are found."""
    from riftwatch.nlp.extract import DocumentState, _find_actors

    for mod in head.lefts:
        if mod.dep_ not in ("amod", "nmod", "compound") or not any(
            c.dep_ == "conj" for c in mod.children
        ):
            continue
        found: list[Any] = []
        for part in (mod, *mod.conjuncts):
            actor = coder.actor_of.get(part.i)
            if actor is None:
                return acts
            if actor.type == "country":  # "Afghan" alone is the country: its body of this kind
                phrase = f"{part.text} {head.text}"
                spans = [a for s, e, a in _find_actors(phrase, None, DocumentState())
                         if e == len(phrase)]  # fmt: skip
                if not spans or spans[-1].type == "country":
                    return acts
                actor = spans[-1]
            if all(actor.key() != f.key() for f in found):
                found.append(actor)
        if len(found) >= 2:
            return found
    return acts


def driven_from_places(coder: Any, verb: Any) -> bool:
    """'X drove Y's fighters from their strongholds', 'pushed Y from Swat': a verb of force
    (``out_expels``) with a party as object and a "from" phrase naming no party (a place or
    a noun such as "strongholds", "villages") expels, as "drove Y out of" does (written
    round 12). A "from" naming a party ("drove Y away from Z") stays the away frame. The
    passive names the party as its subject ("Y's fighters were driven from their strongholds
    by X": written round 19)."""
    if any(c.lower_ == "away" for c in verb.children):
        return False
    if not any(c.dep_ in _OBJECTS | {"nsubjpass"} and coder.actors(c) for c in verb.children):
        # "Y fled, having been driven from its bases by X": the participle's understood
        # subject suffers the driving
        if not any(c.dep_ == "auxpass" for c in verb.children) or not coder.subject(verb)[1]:
            return False
        if not coder.subject(verb)[0]:
            return False
    froms = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    # the head word only: "from their strongholds" names a place of Y, not a party
    heads = [coder.actor_of.get(o.i) for o in froms]
    if froms:
        return all(a is None or a.type == "place" for a in heads)
    return driven_into_exile(coder, verb)


def driven_into_exile(coder: Any, verb: Any) -> bool:
    """'X drove Y into Sudan', 'pushed Y's fighters into exile / hiding': a verb of force
    (``out_expels``) with a party as object and an "into" phrase naming a country or place,
    or a noun of flight (cues.yaml ``exile_nouns``), expels the party, as "drove Y out of"
    does (world21). Any other "into" stays unread: "pushed Y into talks", "drove Y into the
    arms of Z" (a party inside the phrase) expel nobody."""
    intos = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "into"
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    # the party driven is named by the object itself ("drove Y", "drove Y's fighters"), not
    # by a possessive of a thing ("drove their trucks into P" expels nobody)
    people = coder.lex.founder_nouns

    def named(tok: Any) -> bool:
        return tok.pos_ != "PRON" and coder.actor_of.get(tok.i) is not None

    if not intos or not any(
        c.dep_ in _OBJECTS
        and (named(c) or (c.lower_ in people and any(named(m) for m in c.children)))
        for c in verb.children
    ):
        return False
    places = ("country", "place")
    for obj in intos:
        inside = [a for t in obj.subtree if (a := coder.actor_of.get(t.i)) is not None]
        if any(a.type not in places for a in inside):
            return False  # "drove Y into the arms of Z"
        exile = obj.lemma_.lower() in coder.lex.exile_nouns or obj.lower_ in coder.lex.exile_nouns
        head = coder.actor_of.get(obj.i)
        if not exile and (head is None or head.type not in places):
            return False
    return True


def driven_back(coder: Any, verb: Any, entry: dict[str, Any]) -> bool:
    """'X pushed Y's fighters back from the ridges', 'drove the Y back': a verb of force
    flagged ``back_repels`` (events.yaml) with the particle "back" and a party as its object
    (or, in the passive, its subject) repels the party, an expulsion as "drove Y out of" is
    (written23). Without a party ("pushed back the talks", "pushed back against the plan")
    nothing is read."""
    if not entry.get("back_repels"):
        return False
    if not any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children):
        return False
    return any(c.dep_ in _OBJECTS | {"nsubjpass"} and coder.actors(c) for c in verb.children)


def attempt_adjunct_verb(verb: Any, lex: Any) -> Any:
    """The verb whose "in" phrase holds the noun of attempting that ``verb`` is the
    infinitive of: "X opened fire on the convoy in an attempt to kill P", "blew himself up in
    a bid to assassinate P" (cues.yaml ``attempt_nouns``; written23). The act the verb tells
    was done to make the attempt, so its subject attempts the attack (modality reads the
    verb's own cues: ``modality._attempt_made``). Attacks only (an ASSAULT verb of
    events.yaml): "in an attempt to pressure Y" is a purpose, no coercion. None otherwise."""
    noun = verb.head
    if (
        verb.dep_ != "acl"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        or noun.lower_ not in lex.attempt_nouns
        or noun.dep_ != "pobj"
        or noun.head.lower_ != "in"
        or noun.head.dep_ != "prep"
        or (lex.verbs.get(verb.lemma_.lower()) or {}).get("type") != "ASSAULT"
    ):
        return None
    governing = noun.head.head
    return governing if governing.pos_ in ("VERB", "AUX") else None


def handover_to_preps(verb: Any) -> list[Any]:
    """The "to" phrases that name the receiver of a handing-over verb, wherever the parser
    hangs them: on the verb, on its particle "over" ("hand X over to Y", round 9), on the
    object's "over", or on the object itself ("hand over the suspects to Y", the object
    misread as a verb)."""
    out = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    overs = [p for p in verb.children if p.dep_ in ("prt", "advmod") and p.lower_ == "over"]
    for obj in verb.children:
        if obj.dep_ in _OBJECTS:
            overs += [p for p in obj.children if p.dep_ in ("prt", "advmod") and p.lower_ == "over"]
            out += [p for p in obj.children if p.dep_ == "prep" and p.lower_ == "to"]
    out += [g for p in overs for g in p.children if g.dep_ == "prep" and g.lower_ == "to"]
    return out


def _handover_receivers(coder: Any, verb: Any) -> list[Any]:
    """The parties named after "to" of a handing-over verb ("surrendered X to Y": Y)."""
    return [a for p in handover_to_preps(verb) for pobj in p.children if pobj.dep_ == "pobj"
            for a in coder.actors(pobj)]  # fmt: skip


def handover_recipient(coder: Any) -> None:
    """'X handed three fighters over to Y', 'X extradited a commander to Y': besides the
    capture of the people handed over (the lexicon's COERCE), the giver cooperates with the
    receiver (COOPERATE, mode handover), the receiver being the object of "to".

    A yielding verb of the handover list ("surrender") with people of another party as its
    direct object and a receiver after "to" hands those people over ("X surrendered three
    of Y's couriers to Z"): the lexicon's RETREAT (X yielding to Y) becomes the capture of
    the people handed over (COERCE, arrest), as "handed over" is (written round 12)."""
    for event in coder.events:
        verb = event.trigger
        if (
            event.event_type == "RETREAT"
            and verb.lemma_.lower() in coder.lex.handover_verbs
            and any(c.dep_ in _OBJECTS and event.target in coder.actors(c) for c in verb.children)
            and _handover_receivers(coder, verb)
        ):
            event.event_type, event.mode = "COERCE", "arrest"
            event.why.append(f"'{verb.text}' people of another party to a third: a handover")
    for event in list(coder.events):
        verb = event.trigger
        if event.event_type != "COERCE" or verb.lemma_.lower() not in coder.lex.handover_verbs:
            continue
        if any(c.dep_ in _OBJECTS and c.pos_ == "NOUN"
               and (c.lower_ in coder.lex.intelligence_nouns
                    or c.lemma_.lower() in coder.lex.intelligence_nouns)
               for c in verb.children):  # fmt: skip
            # "handed over the names of Y's commanders to Z": information passed on
            # (written.passed_intelligence), no capture of Y and no handover (round 15)
            coder.events.remove(event)
            continue
        preps = handover_to_preps(verb)
        receivers = [a for p in preps for pobj in p.children if pobj.dep_ == "pobj"
                     for a in coder.actors(pobj)]  # fmt: skip
        receivers = [r for r in receivers if r.key() != event.target.key()]
        if receivers:
            coder._emit([event.source], receivers, "COOPERATE", "handover", verb,  # noqa: SLF001
                        [f"'{verb.text}' people over to another party: COOPERATE with it",
                         "source: the giver", "target: object of 'to'"])  # fmt: skip


def attitude_object(parent: Any, node: Any, lex: Any) -> bool:
    """True when ``node`` (an event noun) is the object of an attitude verb: "supported the
    attack on X", "condemned the bombing", "praised the raid". Whoever holds the attitude
    is not the author of the act (the author is named by a possessive or "by", if at all).
    A verb of disowning counts too (neg42; cues.yaml ``disowning_verbs``): "X disavowed the
    bombing of Y's consulate" says nothing of who bombed it, and rejects no Y."""
    return (
        node.dep_ in _OBJECTS
        and parent.pos_ in ("VERB", "AUX")
        and (
            parent.lemma_.lower() in lex.attitude_verbs
            or parent.lemma_.lower() in lex.disowning_verbs
        )
    )


def held_gathering(verb: Any, lex: Any) -> bool:
    """True when the subject of the passive-only verb ``verb`` ("held") is a gathering, not
    people (neg42; cues.yaml ``gathering_nouns``, less ``delegation_nouns``): "Pakistan-TTP
    talks held in Kabul", "Jirga held in Miranshah" tell that a meeting took place; nobody
    was detained ("Taliban delegation held in Quetta" still may be a detention).

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("Talks were held in Kabul on Monday.")
    >>> held_gathering(doc[2], load())
    True
    >>> doc = nlp()("Three militants were held in Kabul on Monday.")
    >>> held_gathering(doc[4], load())
    False
    """
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        words = {child.lower_, child.lemma_.lower()}
        if words & lex.gathering_nouns and not words & lex.delegation_nouns:
            return True
    return False


def disowned_act(parent: Any, node: Any, lex: Any) -> bool:
    """True when ``node`` is the "from" phrase of a verb of disowning that holds an event
    noun (neg42; cues.yaml ``disowning_verbs``): "X distanced itself from the attack on Y",
    "dissociated themselves from the killing of Y". The subject disowns the act; it is not
    told as its author (the act keeps an author named with it: "from Z's attack on Y").

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("The TTP distanced itself from the attack on the police station.")
    >>> disowned_act(doc[2], doc[4], load())
    True
    >>> doc = nlp()("The TTP retreated from the attack on the police station.")
    >>> disowned_act(doc[2], doc[4], load())
    False
    """
    return (
        node.dep_ == "prep"
        and node.lower_ == "from"
        and parent.pos_ in ("VERB", "AUX")
        and parent.lemma_.lower() in lex.disowning_verbs
    )


def attitude_target_prep(obj: Any, prep: Any, lex: Any) -> bool:
    """True when ``prep`` is the target phrase of a hostile event noun under an attitude verb
    ("supported the attack on X", "condemned the killing of X": the noun's ``patient_preps``):
    X is what was struck, not the party supported or condemned."""
    from riftwatch.nlp.lexicon import CONFLICTUAL

    head = obj.head
    entry = lex.noun_entry(obj) or {}
    struck = {"on", "against", "at", *(entry.get("patient_preps") or ())}
    if prep.lower_ not in struck:
        return False
    # "ordered an offensive against X": the order goes to the orderer's own men; X is the
    # one to be attacked, never the one ordered (cues.yaml ordering_verbs; walk52)
    ordered = (
        entry.get("type") in CONFLICTUAL
        and obj.dep_ in _OBJECTS
        and head.lemma_.lower() in lex.ordering_verbs
    )
    return ordered or attitude_object(head, obj, lex)


def refused_hostile_act(coder: Any, comp: Any, inner: dict[str, Any]) -> list[Any] | None:
    """The party a refusal rejects when what is refused is a hostile act: "refused to hand
    over X to Y", "refused to arrest X", "refused to attack X". Refusing to act against X is
    no rejection of X; it rejects the receiver of the act ("to Y"), if one is named, else
    nobody (returns []). None when the refused act is not hostile (the usual reading:
    "refused to shelter X" rejects X)."""
    from riftwatch.nlp.lexicon import CONFLICTUAL

    if comp.lemma_.lower() in coder.lex.handover_verbs and any(
        c.dep_ in _OBJECTS for c in comp.children
    ):  # "refused to surrender X to Y": Y is rejected, never X (written round 12)
        return _handover_receivers(coder, comp)
    joined = joined_hostile_act(coder, comp, inner)
    if joined is not None:  # "refused to join the offensive on Y": the offensive's owner
        return joined
    from riftwatch.nlp.mechanisms import sanction_listing

    if sanction_listing(coder.lex, comp):  # "refused to add X to its terror list"
        return []  # (precision25)
    if inner.get("type") not in CONFLICTUAL or inner.get("type") == "REJECT":
        return None
    preps = handover_to_preps(comp)
    return [a for p in preps for pobj in p.children if pobj.dep_ == "pobj"
            for a in coder.actors(pobj)]  # fmt: skip


def joined_hostile_act(coder: Any, comp: Any, inner: dict[str, Any]) -> list[Any] | None:
    """The party a refusal rejects when what is refused is taking part in, or backing, a
    hostile act: "refused to join the offensive on Y", "declined to take part in the Z raid
    on Y", "refused to back X's campaign against Y". The refusers turn down the act's owner
    (its possessor, modifier or "by" phrase), never the act's target: with no owner named
    nobody is rejected ([]). None when ``comp`` is not a verb of taking part or of
    cooperation (events.yaml ``participation_verbs``, "take part", a cooperative verb) with
    a hostile event noun (of a conflictual type) as what it joins (precision25)."""
    from riftwatch.nlp.lexicon import CONFLICTUAL, COOPERATIVE

    lemma = comp.lemma_.lower()
    takes_part = lemma in coder.lex.participation_verbs or (
        lemma == "take" and any(c.dep_ in _OBJECTS and c.lower_ == "part" for c in comp.children)
    )
    if not takes_part and inner.get("type") not in COOPERATIVE:
        return None
    holders = [comp, *(c for c in comp.children if c.dep_ in _OBJECTS and c.lower_ == "part")]
    nouns = [c for c in comp.children if c.dep_ in _OBJECTS]
    nouns += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    for noun in nouns:
        entry = coder._event_noun(noun)  # noqa: SLF001
        if not entry or entry.get("type") not in CONFLICTUAL or entry.get("type") == "REJECT":
            continue
        return list(coder._modifier_owner(noun, entry))  # noqa: SLF001
    return None


def backing_phrases(coder: Any) -> None:
    """'X operates with the ISI's blessing', 'X lives under Haqqani protection', 'X fought
    with the backing of Y': an adverbial phrase of support ("under"/"with" and a backing noun,
    cues.yaml ``backing_nouns``) says its owner (possessive, group modifier, or "of"/"from"
    phrase) backs the subject of the clause (AID for protection and shelter, else SUPPORT).
    Modality is read from the noun up through the clause ("may operate with ...")."""
    lex = coder.lex
    for noun in coder.doc:
        if noun.lemma_.lower() not in lex.backing_nouns or noun.pos_ != "NOUN":
            continue
        prep = noun.head
        if prep.dep_ != "prep" or prep.lower_ not in ("under", "with") or noun.dep_ != "pobj":
            continue
        if _placing_verb(coder, noun) is not None:
            continue  # "X placed Y under their protection": placed_under_protection
        owners = [a for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                  and c.i < noun.i for a in coder.actors(c)]  # fmt: skip
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "from"):
                owners += [a for pobj in p.children if pobj.dep_ == "pobj"
                           for a in coder.actors(pobj)]  # fmt: skip
        found = _phrase_clause(coder, prep, owners)
        if found is None:
            continue
        held, held_by, owners = found  # "trains its recruits with the ISI's approval"
        entry = lex.nouns.get(noun.lemma_.lower()) or {}
        etype = "AID" if entry.get("type") == "AID" else "SUPPORT"
        # the noun's own reading ("the backing of X" from the clause's subject) is replaced:
        # in a "with"/"under" phrase the owner backs the subject, never the reverse
        coder.events = [e for e in coder.events if e.trigger.i != noun.i]
        coder._emit(
            owners,
            held_by,
            etype,
            entry.get("mode"),
            noun,  # noqa: SLF001
            [
                f"'{prep.text} {noun.text}' of another party: {etype}",
                "source: the owner of the backing",
                f"target: subject of '{held.text}'",
            ],
        )


def _placing_verb(coder: Any, noun: Any) -> Any:
    """The placing verb ("placed", "took", "kept"; cues.yaml ``placing_verbs``) whose "under"
    phrase ``noun`` ends, when the verb has a party as its object ("placed Y under their
    protection"); else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "under":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in coder.lex.placing_verbs:
        return None
    if not any(coder.actors(c) for c in verb.children if c.dep_ in _OBJECTS):
        return None
    return verb


def placed_under_protection(coder: Any) -> None:
    """'X placed Y under their protection', 'X took Y under its wing', 'X kept Y under the
    ISI's care': a placing verb (cues.yaml ``placing_verbs``) with a party as its object and
    an "under" phrase of a protective noun (``protective_nouns``) gives the object sanctuary
    (AID) from the phrase's named owner, else (no owner, or a possessive pronoun) from the
    verb's subject. The noun's own reading ("their wing" as a partner) is replaced. Modality
    is read from the noun up through the clause ("did not place ...": negated)."""
    lex = coder.lex
    for noun in coder.doc:
        if noun.lemma_.lower() not in lex.protective_nouns or noun.pos_ != "NOUN":
            continue
        verb = _placing_verb(coder, noun)
        if verb is None:
            continue
        held = [a for c in verb.children if c.dep_ in _OBJECTS for a in coder.actors(c)]
        owners = [a for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                  and c.i < noun.i and c.pos_ != "PRON" for a in coder.actors(c)]  # fmt: skip
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                owners += [a for pobj in p.children if pobj.dep_ == "pobj"
                           for a in coder.actors(pobj)]  # fmt: skip
        how = "the owner of the protection"
        if not owners:
            owners, how = coder.subject(verb)[0], f"subject of '{verb.text}'"
        givers = [o for o in owners if all(o.key() != h.key() for h in held)]
        if not givers:
            continue
        coder.events = [e for e in coder.events if e.trigger.i != noun.i]
        coder._emit(  # noqa: SLF001
            givers,
            held,
            "AID",
            "sanctuary",
            noun,
            [
                f"'{verb.text} ... under {noun.text}': AID (sanctuary)",
                f"source: {how}",
                f"target: object of '{verb.text}'",
            ],
        )


def _phrase_clause(
    coder: Any, prep: Any, owners: list[Any]
) -> tuple[Any, list[Any], list[Any]] | None:
    """The clause a prepositional phrase of another party hangs on ("with the ISI's
    approval", "on behalf of Y"): its verb (through an object noun: "trains its recruits
    with ..."), the verb's subjects (a passive verb's "by" agent: "was carried out by X with
    the help of Y"), and the phrase's owners other than those subjects; None when there is
    no verb, no subject or no other owner."""
    held = prep.head
    if held.pos_ in ("NOUN", "PROPN") and held.dep_ in _OBJECTS:
        held = held.head
    if held.pos_ not in ("VERB", "AUX"):
        return None
    subjects, passive, _how = coder.subject(held)
    if passive:
        # "the bombing was carried out by X with the help of Y": the passive's agent does the
        # act the phrase backs, never its subject (written68); with no agent ("a coalition
        # formed with U.S. backing") the subject stays the one backed
        subjects = coder.agent(held) or subjects
    others = [o for o in owners if all(o.key() != s.key() for s in subjects)]
    if not others or not subjects:
        return None
    return held, subjects, others


def _thing_words(noun: Any) -> list[str]:
    """The keys a thing relied on is looked up by: the noun, its lemma and, with the adjective
    or compound before it, the two-word name ("safe houses", "hiding places"; written21).

    >>> from riftwatch.nlp.parse import nlp
    >>> _thing_words(nlp()("They relied on us for safe houses.")[6])
    ['houses', 'house', 'safe houses', 'safe house']
    """
    words = [noun.lower_, noun.lemma_.lower()]
    for mod in noun.children:
        if mod.dep_ in ("amod", "compound") and mod.i == noun.i - 1:
            words += [f"{mod.lower_} {noun.lower_}", f"{mod.lower_} {noun.lemma_.lower()}"]
    return words


def given_thing_entry(lex: Any, tok: Any) -> dict[str, Any] | None:
    """The entry of a giving told by its carrier noun: a thing given that is no event noun of
    its own (cues.yaml ``dependence_things``: "safe houses", "hideouts", "guides", "cash",
    "expertise") in the "of" phrase of a noun of giving (``giving_carrier_nouns``: "the
    provision of safe houses by X to Y", "X's supply of guides to Y") is the giving of its
    kind, AID with the thing's mode, its receiver after "to" or "for", as "safe haven" is in
    the same place (code.SentenceCoder._noun reads the carrier's phrases; written59). None for
    anything else ("the provision of houses", a thing of no kind).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The provision of safe houses by X to Y was described.")
    >>> given_thing_entry(load(), doc[4])["mode"]
    'sanctuary'
    >>> given_thing_entry(load(), nlp()("The sale of safe houses was described.")[4]) is None
    True
    """
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    if prep.head.lower_ not in lex.giving_carrier_nouns or prep.head.pos_ != "NOUN":
        return None
    for word in _thing_words(tok):
        mode = lex.dependence_things.get(word)
        if mode:
            return {"type": "AID", "mode": mode, "partner_preps": ["to", "for"]}
    return None


def dependence(coder: Any) -> None:
    """'X relies on Y for protection', 'X depends on Y for money': Y gives X what the "for"
    phrase names (cues.yaml ``dependence_verbs``; the "for" noun must be a cooperative event
    noun of the lexicon: shelter, protection, money, weapons...)."""
    from riftwatch.nlp.lexicon import COOPERATIVE

    lex = coder.lex
    for verb in coder.doc:
        if verb.lemma_.lower() not in lex.dependence_verbs or verb.pos_ != "VERB":
            continue
        givers = [
            a
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("on", "upon")
            for pobj in p.children
            if pobj.dep_ == "pobj"
            for a in coder.actors(pobj)
        ]
        things = [pobj for p in [*verb.children,
                                 *(c for g in verb.children if g.dep_ == "prep"
                                   for o in g.children for c in o.children)]
                  if p.dep_ == "prep" and p.lower_ == "for"
                  for pobj in p.children if pobj.dep_ == "pobj"]  # fmt: skip
        entries = [lex.nouns.get(t.lemma_.lower()) or {} for t in things]
        entries = [e for e in entries if e.get("type") in COOPERATIVE]
        # "relies on Y for expertise": a thing given that is no event noun (fix9)
        entries += [{"type": "AID", "mode": lex.dependence_things[w]}
                    for t in things for w in _thing_words(t)
                    if w in lex.dependence_things][:1]  # fmt: skip
        receivers = coder.subject(verb)[0]
        if givers and receivers and entries:
            coder._emit(givers, receivers, entries[0]["type"], entries[0].get("mode"), verb,  # noqa: SLF001
                        [f"'{verb.text} on' another party for '{things[0].text}': it gives",
                         "source: object of 'on'", "target: subject"])  # fmt: skip


def received_people(coder: Any) -> None:
    """'X received fighters from Y', 'X got suicide bombers from Y': people one party receives
    from another are help the other gives (AID from Y to X, as "Y sent fighters to X" reads;
    cues.yaml ``receiving_verbs``, ``received_people_nouns``). The giver is the "from" party
    of the verb or of the people's noun; the people themselves are never the giver. Modality
    is read afterwards from the verb ("did not receive", "may have received").

    >>> from riftwatch.nlp.extract import extract_document
    >>> [(c.event.source.name, c.event.event_type, c.event.target.name) for c in
    ...  extract_document({"id": "d", "date": "2011-01-01",
    ...                    "text": "Al-Shabaab received fighters from AQAP."})]
    [('Al Qaeda in the Arabian Peninsula', 'AID', 'Al-Shabaab')]
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.receiving_verbs:
            continue
        people = [o for o in verb.children if o.dep_ in _OBJECTS
                  and o.lower_ in lex.received_people_nouns]  # fmt: skip
        if not people:
            continue
        people += [c for o in people for c in o.conjuncts]
        givers = [
            a
            for h in (verb, *people)
            for p in h.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for pobj in p.children
            if pobj.dep_ == "pobj"
            for a in coder.actors(pobj)
        ]
        receivers, passive, how = coder.subject(verb)
        if passive or not givers or not receivers:
            continue
        coder._emit(givers, receivers, "AID", None, verb,  # noqa: SLF001
                    [f"'{verb.text}' {people[0].text} from another party: it gives them",
                     "source: object of 'from'", f"target: {how}"])  # fmt: skip


def shuns_hostile_act(coder: Any, verb: Any, entry: dict[str, Any]) -> bool:
    """True when a shunning verb's object is a hostile act: "avoided a clash with X",
    "shunned violence against X" keep away from the act, not from X (no REJECT of X)."""
    from riftwatch.nlp.lexicon import CONFLICTUAL

    if entry.get("mode") != "shunning":
        return False
    if any(
        c.dep_ in _OBJECTS and (coder._event_noun(c) or {}).get("type") in CONFLICTUAL  # noqa: SLF001
        for c in verb.children
    ):
        return True
    # "avoided attacking X", "shunned fighting X": a hostile act kept away from (round 3)
    return any(
        c.dep_ in ("xcomp", "dobj", "obj", "pcomp")
        and c.tag_ == "VBG"
        and (coder.lex.verbs.get(c.lemma_.lower()) or {}).get("type") in CONFLICTUAL
        for c in verb.children
    )


def backing_prep(prep: Any, lex: Any) -> bool:
    """True when ``prep`` opens a backing phrase ("with the ISI's approval"): its noun names
    who backs the clause, not a partner of the object."""
    return prep.lower_ in ("with", "under") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in lex.backing_nouns for p in prep.children
    )


def rejects_apposed_claim(verb: Any, lex: Any) -> bool:
    """True when a rejecting verb sits in a clause on a claim noun set after a clause: "X
    released Y, a charge Z rejected", "X accused Y of Z, a claim Z denies". Z rejects the
    claim, not a party of the sentence (cues.yaml ``claim_nouns``, ``claim_rejecting_verbs``;
    the modality of the claimed act is read by trailing_denied_claim). A view rejected is
    likewise ("..., an assessment Z rejected"; ``appraised_view_nouns``, written31).

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("The Taliban released Hekmatyar, a charge Islamabad rejected.")
    >>> rejects_apposed_claim(doc[8], load())
    True
    >>> doc = nlp()("Islamabad rejected the Taliban.")
    >>> rejects_apposed_claim(doc[1], load())
    False
    """
    lemma = verb.lemma_.lower()
    if lemma not in lex.claim_rejecting_verbs and lemma not in lex.modality.get("denied", ()):
        return False
    return (
        verb.dep_ in ("relcl", "acl")
        and (verb.head.lower_ in lex.claim_nouns or verb.head.lower_ in lex.appraised_view_nouns)
        and not any(c.dep_ in _OBJECTS and c.tag_ != "WDT" for c in verb.children)
    )


def denies_a_claim(verb: Any, lex: Any) -> bool:
    """True when a denial verb's object is a claim about the subject, not a party: "denied
    any knowledge of X's presence", "denied involvement in the attack", "dismissed the
    allegations by X", "rejected the charges against X" deny or dismiss a claim (cues.yaml
    ``claim_nouns``, ``claim_rejecting_verbs``); they reject nobody, least of all the party
    the claim is about. ("denied X sanctuary" keeps its reading: the object is the party.)"""
    lemma = verb.lemma_.lower()
    if lemma not in lex.modality.get("denied", ()) and lemma not in lex.claim_rejecting_verbs:
        return False
    if verb.dep_ == "relcl" and any(c.dep_ in _OBJECTS and c.tag_ == "WDT" for c in verb.children):
        return True  # "the attack on X, which the group denied": the act is denied (round 3)
    return any(c.dep_ in _OBJECTS and c.lemma_.lower() in lex.claim_nouns for c in verb.children)


def _help_of_a_named_giver(coder: Any, verb: Any, things: list[Any]) -> bool:
    """Does a word before a denied aid noun name the help's giver, so that the help itself
    is denied and nobody refused? "its" or "any" ("denied its support for Y", "denied any
    help to Y"; the noun's modality); a modifier naming the denying subject's own side
    ("Islamabad denies Pakistani support for Y", "the ISI denied ISI funding of Y": the
    subject itself, or the country the subject is or is a state body of); or any country by
    its adjective ("Kabul denied Pakistani support for Y": a country adjective before an aid
    noun is the giver, never the party refused; code.rules.v109)."""
    from riftwatch.nlp.mechanisms import _country_key

    sources = coder.subject(verb)[0]
    own = {a.key() for a in sources} | {k for a in sources if (k := _country_key(a))}
    for thing in things:
        for mod in thing.lefts:
            if (mod.dep_ == "poss" and mod.tag_ == "PRP$") or (
                mod.dep_ == "det" and mod.lower_ in ("any", "all")
            ):
                return True
            if mod.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            for actor in coder.actors(mod):
                if actor.key() in own or _country_key(actor) in own:
                    return True
                if mod.dep_ == "amod" and actor.type == "country":
                    return True
    return False


def denied_allegation_of_help(verb: Any, thing: Any, lex: Any) -> bool:
    """Is ``thing``, the object of ``verb``, help whose giving the verb denies rather than
    refuses? A verb of denial (cues.yaml ``modality.denied``: deny, dismiss, refute) with no
    indirect object, over an aid noun that no holder grants from a place (not one of
    ``refusable_aid_nouns``): "Islamabad denies support for Y" denies that the support was
    given (modality denied), where "denied shelter to Y" refuses it (bugs36).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kabul denied support for the rebels.")
    >>> denied_allegation_of_help(doc[1], doc[2], load())
    True
    >>> doc = nlp()("Kabul denied shelter to the rebels.")
    >>> denied_allegation_of_help(doc[1], doc[2], load())
    False
    """
    if verb.lemma_.lower() not in lex.modality.get("denied", ()):
        return False
    if any(c.dep_ == "dative" for c in verb.children):
        return False  # "denied Y any help": Y is refused
    words = lex.refusable_aid_nouns
    return thing.lower_ not in words and thing.lemma_.lower() not in words


def denied_reduced_clause(clause: Any, lex: Any) -> bool:
    """Is ``clause`` a participle that, hung on the object of a verb of denial, is the denied
    predicate of that object rather than a description of it? "Army denies TTP commander
    killed in raid" (a headline's "that ... was" dropped), "X denied its fighters trained at
    Y's camps" (the parser's reading of a that-clause without "that" or with it misparsed):
    the killing, the training is what is denied. Only when the denial has no other object
    ("denied the prisoners held at the base any visits" refuses the prisoners visits) and the
    participle carries no auxiliary of its own (cues.yaml ``modality.denied``; bugs36).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Army denies rebel commander killed in raid")
    >>> denied_reduced_clause(doc[4], load())
    True
    >>> doc = nlp()("Army confirms rebel commander killed in raid")
    >>> denied_reduced_clause(doc[4], load())
    False
    """
    if clause.dep_ != "acl" or clause.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    thing = clause.head
    verb = thing.head
    if thing.dep_ not in _OBJECTS or verb.i == thing.i:
        return False
    if verb.lemma_.lower() not in lex.modality.get("denied", ()):
        return False
    others = [
        c
        for c in verb.children
        if c.i != thing.i
        and (c.dep_ == "dative" or (c.dep_ in _OBJECTS and c.pos_ not in ("SCONJ", "ADP")))
    ]
    return not others


def denied_aid(coder: Any, verb: Any, why: list[str]) -> bool:
    """'X denied Y sanctuary', 'X denied shelter to Y': to deny someone material help (an
    AID noun as the object, the party as indirect object or "to"/"for") is to refuse it:
    REJECT from X to Y (LABELLING.md: refusals to shelter are conf). Relationship nouns keep
    the denial reading ("denied ties to Y": the ties are denied). Without an indirect object,
    only help a holder grants from a place (cues.yaml ``refusable_aid_nouns``: shelter,
    sanctuary, passage) is refused; "denies support for Y", "denies arms to Y" deny that help
    was given (bugs36). Returns True when coded."""
    if verb.lemma_.lower() != "deny":
        return False
    things = [c for c in verb.children if c.dep_ in _OBJECTS]
    entries = [coder._event_noun(t) or {} for t in things]  # noqa: SLF001
    aid = next((e for e in entries if e.get("type") == "AID"), None)
    if aid is None:
        return False
    parties = [a for c in verb.children if c.dep_ == "dative" for a in coder.actors(c)]
    if not parties:
        # "denied the TTP's negotiators safe passage to Kabul": the parser may read the
        # receiver as a first object before the help; then a "to" phrase is the way's end,
        # no party (neg43)
        helped = [t for t, e in zip(things, entries, strict=True) if e.get("type") == "AID"]
        parties = [a for t in things if t not in helped and t.i < helped[0].i
                   for a in coder.actors(t)]  # fmt: skip
        if parties:
            things = helped
    receivers = bool(parties)
    if not parties and _help_of_a_named_giver(coder, verb, things):
        return False  # "denied its / Pakistani support for Y"; "denied Y any help" refuses Y
    if not parties and not any(
        t.lower_ in coder.lex.refusable_aid_nouns
        or t.lemma_.lower() in coder.lex.refusable_aid_nouns
        for t in things
    ):
        # "Islamabad denies support for Y", "denied arms to Y": with the party only in the
        # noun's phrase, help that is no place's to grant is an allegation denied, nobody is
        # refused (cues.yaml ``refusable_aid_nouns``: "denied shelter to Y" refuses; bugs36)
        return False
    # "denied sanctuary to Y": the parser may hang "to" itself as a dative (written49)
    parties += [
        a
        for t in [verb, *things]
        for p in t.children
        if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for") and not receivers
        for pobj in p.children
        if pobj.dep_ == "pobj"
        for a in coder.actors(pobj)
    ]
    if not parties:  # "denied Al Qaeda sanctuary", parsed as a compound of the thing
        parties = [
            a
            for t in things
            for m in t.lefts
            if m.dep_ in ("compound", "nmod", "poss")
            for a in [coder.actor_of.get(m.i)]
            if a is not None and a.type != "country"
        ]
        parties = [p for i, p in enumerate(parties)
                   if all(p.key() != q.key() for q in parties[:i])]  # fmt: skip
    sources = coder.subject(verb)[0]
    if not parties or not sources:
        return False
    coder._emit(
        sources,
        parties,
        "REJECT",
        aid.get("mode"),
        verb,  # noqa: SLF001
        [*why, "denied material help to a party: a refusal (REJECT)"],
    )
    return True


def claimed_attack(coder: Any, noun: Any) -> Any:
    """Who claimed an attack noun named without "responsibility for": "X claimed the bombing
    that killed Y" (the noun the object of a claim verb, cues.yaml ``claiming_verbs``), "a
    bombing claimed by X killed Y" (a participle with its agent). The claimant is the
    attack's author (LABELLING.md: a group's claim of its own attack is asserted)."""
    head = noun.head
    # a headline's claimed noun the parser hangs as a clause or a predicate of the claim verb
    # ("TTP claims IED blast that injured Y": blast ccomp / oprd of "claims", heads13)
    taken = noun.dep_ in _OBJECTS or (noun.dep_ in ("ccomp", "oprd") and noun.pos_ == "NOUN")
    if (taken and head.pos_ == "VERB"
            and head.lemma_.lower() in coder.lex.claiming_verbs):  # fmt: skip
        from riftwatch.nlp.modality import modality_of

        if modality_of(head, "ASSAULT", coder.lex).value != "asserted":
            return None  # "did not claim", "may have claimed": no author is given
        if any(c.dep_ in ("ccomp", "xcomp") and c.i > noun.i for c in head.children):
            return None  # "X claim the blast that killed Y was planted by Z": a statement
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        found = [a for s in subjects for a in coder.actors(s)]
        return found[0] if found else None
    if (noun.dep_ == "nsubjpass" and head.pos_ == "VERB"
            and head.lemma_.lower() in coder.lex.claiming_verbs):  # fmt: skip
        return passive_claimant(coder, head)  # "the bombing of X was claimed by Y"
    for child in noun.children:
        if (child.dep_ == "acl" and child.tag_ == "VBN"
                and child.lemma_.lower() in coder.lex.claiming_verbs):  # fmt: skip
            for agent in child.children:
                if agent.dep_ == "agent":
                    found = [a for p in agent.children for a in coder.actors(p)]
                    if found:
                        return found[0]
    claimant = relative_claimant(coder, noun)
    if claimant is not None:
        return claimant
    return earlier_attack_author(coder, noun)


def weapon_user(coder: Any, tok: Any, depth: int) -> Any:
    """The party that used a weapon named by the participle after it: "a missile fired from
    an American drone", "cruise missiles fired by American warships", "a bomb planted by X's
    men" (cues.yaml ``weapon_using_verbs``, ``weapon_using_preps``; the noun an instrument of
    events.yaml). The weapon stands for its user as the subject or agent of an attack verb, as
    a weapon with an owning modifier does ("a U.S. drone"). A participle that is negated or
    hedged ("a bomb allegedly planted by X", "a missile not fired by X") names no user; a
    place is no user ("fired from Pakistani territory"). Round 45 (written62).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "A Pakistani Taliban commander was killed by a missile fired from an American drone."
    >>> sorted((c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...        for c in extract_document({"id": "t", "date": "2013-01-01", "text": text}))
    [('United States', 'ASSAULT', 'Tehrik-i-Taliban Pakistan')]
    """
    if depth >= 3 or coder._instrument_mode(tok) is None:  # noqa: SLF001
        return None
    from riftwatch.nlp.modality import modality_of

    for verb in tok.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            continue
        if verb.lemma_.lower() not in coder.lex.weapon_using_verbs:
            continue
        if modality_of(verb, "ASSAULT", coder.lex).value != "asserted":
            return None
        for prep in verb.children:
            if (
                prep.dep_ not in ("agent", "prep")
                or prep.lower_ not in coder.lex.weapon_using_preps
            ):
                continue
            for party in prep.children:
                if party.dep_ != "pobj":
                    continue
                user = coder._actor(party, depth + 1)  # noqa: SLF001
                if user is not None and user.type != "place":
                    return user
    return None


def relative_claimant(coder: Any, noun: Any) -> Any:
    """Who claimed an attack or its instrument in a relative clause right after it, the
    relative pronoun standing for the claimed thing: "a car bomb that X later claimed killed
    Y", "killed by a roadside bomb that X claimed the next day" (written62). The claim verb
    (cues.yaml ``claiming_verbs``) must have the claimant as its subject, nothing else as its
    object and no statement of its own ("a bomb that X claimed had been planted by Z" says
    who planted it, not that X did), and be asserted and not "falsely" made: "a bomb that X
    never claimed" or "that X may have claimed" gives no author.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "A roadside bomb that the Islamic State claimed killed six Taliban fighters."
    >>> sorted((c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...        for c in extract_document({"id": "t", "date": "2021-01-01", "text": text}))
    [('Islamic State', 'ASSAULT', 'Afghan Taliban')]
    """
    doc = noun.doc
    at = noun.i + 2 if noun.i + 1 < len(doc) and doc[noun.i + 1].text == "," else noun.i + 1
    if at + 1 >= len(doc) or doc[at].lower_ not in ("that", "which"):
        return None
    pronoun = doc[at]
    verb = next((t for t in doc[pronoun.i + 1 :] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in coder.lex.claiming_verbs:
        return None
    if pronoun.head.i != verb.i and not (verb.dep_ == "relcl" and verb.head.i == noun.i):
        return None
    if any(c.dep_ in (*_OBJECTS, "dative", "attr") and c.i != pronoun.i for c in verb.children):
        return None  # "a bomb that X claimed the raid with": another object is claimed
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent", "expl") for c in clause.children
        ):
            return None  # "a bomb that X claimed had been planted by Z": a statement
    if any(c.dep_ == "advmod" and c.lower_ in coder.lex.false_claim_adverbs
           for c in verb.children):  # fmt: skip
        return None
    from riftwatch.nlp.modality import modality_of

    if modality_of(verb, "ASSAULT", coder.lex).value != "asserted":
        return None  # "a bomb that X did not claim", "that X may have claimed"
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and pronoun.i < c.i < verb.i]
    found = [a for s in subjects for a in coder.actors(s)]
    return found[0] if found else None


def claimed_earlier_attacks(
    events: list[Any], sdoc: Any, actor_of: dict[int, Any], lex: Any,
    asserted: Callable[[Any], bool],
) -> list[Any]:  # fmt: skip
    """'A roadside bomb killed P, the army's commander in Swat, and the TTP claimed the
    killing', '..., killing a dozen policemen; IS claimed responsibility' (written47): an
    attack told earlier in the sentence with no author named (unidentified or weak source)
    is the author's who claims it back by a definite act noun (cues.yaml
    ``claimed_back_nouns``: "the attack", "the killing", "the assassination"), by "it", or by
    "responsibility"/"credit" with no act of its own after it. The claim verb must be
    asserted (``asserted``: not negated, hedged, denied, retracted, future) and not "falsely"
    made; the claimant is a named armed group. A claimed noun with a target or a clause of
    its own ("claimed the attack on Y", "the bombing that killed Y") is coded by itself.
    Returns the events whose source was replaced (the headline form is
    headline.claimed_attacks)."""
    changed: list[Any] = []
    for verb in sdoc:
        if verb.pos_ == "AUX" and verb.dep_ not in ("aux", "auxpass"):
            # "officials said the attackers were members of X" (written53)
            member = _attackers_group(verb, lex, actor_of)
            if member is not None and asserted(verb):
                why = f"its doers '{verb.text}' {member.mention}'s, later in the sentence"
                changed += _give_unowned_attacks(events, verb.i, member, why)
            continue
        if verb.pos_ != "VERB":
            continue
        sender = _attackers_sender(verb, lex, actor_of) or _attackers_group(verb, lex, actor_of)
        if sender is not None and asserted(verb):
            # "U.S. commanders said the bombers had been sent by X" (written51): the people
            # who did the act told before were X's, by a third party's word
            why = f"its doers '{verb.text}' by {sender.mention} later in the sentence"
            changed += _give_unowned_attacks(events, verb.i, sender, why)
            continue
        claims_back = _claims_back(verb, lex, actor_of)
        owned = None if claims_back else _owned_act(verb, lex, actor_of)
        if owned is None and not claims_back:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        claimant = next((actor_of[t.i] for s in subjects for t in s.subtree
                         if t.i in actor_of), None)  # fmt: skip
        if claimant is None or claimant.weak or claimant.type not in ("armed_group", "faction"):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in lex.false_claim_adverbs
               for c in verb.children) or not asserted(verb):  # fmt: skip
            continue
        if owned is not None and owned.i != verb.i and not asserted(owned):
            continue  # "X said its men had not carried out the attack"
        why = f"claimed by {claimant.mention} later in the sentence ('{verb.text}')"
        changed += _give_unowned_attacks(events, verb.i, claimant, why)
    return changed


def _give_unowned_attacks(events: list[Any], before: int, author: Any, why: str) -> list[Any]:
    """Make ``author`` the source of each attack told before token ``before`` whose doer is
    unnamed (a weak or unidentified source); the events changed."""
    changed = []
    for event in events:
        source = event.source
        unnamed = source.weak or source.id.startswith("collective:unidentified")
        if event.event_type == "ASSAULT" and event.trigger.i < before and unnamed:
            event.source = author
            event.why.append(why)
            changed.append(event)
    return changed


def _attackers_sender(verb: Any, lex: Any, actor_of: dict[int, Any]) -> Any:
    """The named armed group a passive of sending gives as the sender of the doers of an act
    told before: "the bombers had been sent by X", "the attackers were dispatched and
    directed by X" (cues.yaml ``attacker_nouns`` as the definite subject with nothing of
    its own, ``attacker_sending_verbs``; written51), or None."""
    if verb.lemma_.lower() not in lex.attacker_sending_verbs:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        head = verb.head if verb.dep_ == "conj" else None  # "were armed and sent by X"
        if head is None or not any(c.dep_ == "auxpass" for c in head.children):
            return None
        subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    else:
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1:
        return None
    doers = subjects[0]
    if doers.lower_ not in lex.attacker_nouns or doers.i in actor_of:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in doers.children):
        return None
    if any(c.dep_ in ("poss", "compound", "amod", "relcl", "acl", "prep") for c in doers.children):
        return None  # "the TTP's bombers", "the bombers who hit Y": their own phrase
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children
              if p.dep_ == "pobj" and p.i in actor_of]  # fmt: skip
    for tok in agents:
        actor = actor_of[tok.i]
        if not actor.weak and actor.type in ("armed_group", "faction"):
            return actor
    return None


def attackers_struck_back(sdoc: Any, actor_of: dict[int, Any], lex: Any) -> list[str]:
    """Bind a definite noun of an attack's doers with nothing of its own (cues.yaml
    ``attack_doer_nouns``: "the attackers", "the assailants"), standing as the object of a
    hostile verb (ASSAULT or COERCE) or in its partitive ("six of the attackers"), to the
    named armed group that is the subject of the nearest attack verb (ASSAULT) before it in
    the sentence: "X ambushed an army convoy, and soldiers killed six of the attackers" (the
    attackers = X). Changes ``actor_of`` in place; returns the reasons. Round 44 (written61).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Rebels ambushed a convoy, and soldiers killed the attackers.")
    >>> attackers_struck_back(doc, {}, load())  # no named group: nothing bound
    []
    """
    why: list[str] = []
    for tok in sdoc:
        if tok.lower_ not in lex.attack_doer_nouns or tok.i in actor_of:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
            continue
        if any(
            c.dep_ in ("poss", "compound", "amod", "relcl", "acl", "prep") for c in tok.children
        ):
            continue  # "the TTP's gunmen", "the attackers who hit Y": their own phrase
        holder = tok
        of = tok.head
        if tok.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ in ("NUM", "PRON"):
            holder = tok.head.head  # "six of the attackers", "some of the attackers"
        verb = holder.head
        if holder.dep_ not in _OBJECTS or verb.pos_ != "VERB":
            continue
        if (lex.verbs.get(verb.lemma_.lower()) or {}).get("type") not in ("ASSAULT", "COERCE"):
            continue
        author = None
        for prev in reversed(sdoc[: verb.i]):
            if prev.pos_ != "VERB" or prev.i in {t.i for t in verb.subtree}:
                continue
            if (lex.verbs.get(prev.lemma_.lower()) or {}).get("type") != "ASSAULT":
                continue
            subj = next((c for c in prev.children if c.dep_ == "nsubj"), None)
            held = [actor_of.get(t.i) for t in subj.subtree] if subj is not None else []
            author = next((a for a in held if a is not None and not a.weak
                           and a.type in ("armed_group", "faction")), None)  # fmt: skip
            break
        if author is None:
            continue
        striker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if striker is not None and any(
            (a := actor_of.get(t.i)) is not None and a.key() == author.key()
            for t in striker.subtree
        ):
            continue  # the attack's own author does not strike back at itself
        how = f"coreference ({author.mention}, attackers)"
        actor_of[tok.i] = type(author)(**{**author.__dict__, "mention": tok.text, "how": how})
        why.append(f"'{tok.text}': the doers of the attack told before, {author.mention}")
    return why


def _definite_doers(tok: Any, lex: Any, actor_of: dict[int, Any]) -> bool:
    """Is ``tok`` the doers of an act told before, named again by a definite attacker noun
    with nothing of its own ("the bombers", "the attackers"; cues.yaml ``attacker_nouns``)?"""
    if tok.lower_ not in lex.attacker_nouns or tok.i in actor_of:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
        return False
    return not any(
        c.dep_ in ("poss", "compound", "amod", "relcl", "acl", "prep") for c in tok.children
    )


def _armed_named(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The named armed group a noun of membership stands for: the noun itself ("were Haqqani
    fighters", "were the network's men"), a name or possessive on it, or its "of" phrase
    ("were members of X"); None otherwise."""
    for cand in [tok, *(c for c in tok.children if c.dep_ in ("compound", "poss", "amod")),
                 *(o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                   for o in p.children if o.dep_ == "pobj")]:  # fmt: skip
        actor = actor_of.get(cand.i)
        if actor is not None and not actor.weak and actor.type in ("armed_group", "faction"):
            return actor
    return None


def _attackers_group(verb: Any, lex: Any, actor_of: dict[int, Any]) -> Any:
    """The named armed group a copula or a verb of belonging makes the doers of an act told
    before: "officials said the attackers were members of X", "the bombers were X fighters",
    "the gunmen belonged to X" (written53; rounds 15, 33, 34, 36 tell the owner of an attack
    with no author in a later clause). The doers are a definite attacker noun with nothing
    of its own (:func:`_definite_doers`); the group is named in the predicate
    (:func:`_armed_named`); None otherwise."""
    lemma = verb.lemma_.lower()
    if lemma not in ("be", "belong"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not _definite_doers(subjects[0], lex, actor_of):
        return None
    if lemma == "be":
        preds = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    else:
        preds = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    for pred in preds:
        found = _armed_named(pred, actor_of)
        if found is not None:
            return found
    return None


def _claims_back(verb: Any, lex: Any, actor_of: dict[int, Any]) -> bool:
    """Whether ``verb`` claims an act the sentence told before it: "claimed the killing",
    "claimed it", "claimed/took responsibility" with no act of its own (see
    :func:`claimed_earlier_attacks`)."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    if len(objects) != 1 or any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
                                for c in verb.children):  # fmt: skip
        return False  # "claimed that ...", "claimed the blast was set by Z": a statement
    obj = objects[0]
    if obj.lower_ in lex.claim_objects and (lemma in lex.claiming_verbs
                                            or lemma in lex.claim_words):  # fmt: skip
        fors = [g for p in [*obj.children, *verb.children] if p.dep_ == "prep"
                and p.lower_ == "for" for g in p.children]  # fmt: skip
        return all(_refers_back(g, lex, actor_of) for g in fors)
    if lemma not in lex.claiming_verbs:
        return False
    return obj.lower_ == "it" or _refers_back(obj, lex, actor_of)


def _owned_act(verb: Any, lex: Any, actor_of: dict[int, Any]) -> Any:
    """The clause by which a claimant owns an attack the sentence told before it, in the
    forms :func:`_claims_back` does not read (written48), or None:

    - a claim verb in a relative clause on a noun of the act that has no object of its own:
      "..., a killing the Islamic State later claimed" (the verb itself is returned);
    - a verb of saying or owning (cues.yaml ``claim_words``) whose clause says the act, named
      back by a definite act noun (:func:`_refers_back`), was the speaker's own: "X said the
      attack was theirs" (a copula with a possessive of cues.yaml ``owning_pronouns``), "X
      said one of its members / its fighters / it had carried out the bombing" (a verb of
      doing of cues.yaml ``claimed_doing_verbs`` whose subject is the speaker's pronoun or
      a noun its pronoun possesses). The clause's verb is returned, so its own negation
      and hedges count ("X said its men had not carried out the attack").
    """
    lemma = verb.lemma_.lower()
    if lemma in lex.claiming_verbs and verb.dep_ == "relcl":
        head = verb.head
        if head.lower_ in lex.claimed_back_nouns and not any(
            c.dep_ in _OBJECTS or c.dep_ in ("ccomp", "xcomp") for c in verb.children
        ):
            return verb
        return None
    if lemma in lex.claiming_verbs and _apposed_act_claim(verb, lex, actor_of):
        return verb  # "..., a killing the Islamic State later claimed" however it is parsed
    if lemma not in lex.claim_words:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if clause.lemma_.lower() == "be":
            owners = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
            if any(_refers_back(s, lex, actor_of) for s in subjects) and any(
                o.lower_ in lex.owning_pronouns
                or (
                    o.lower_ == "own"
                    and any(
                        g.dep_ == "poss" and g.lower_ in lex.owning_pronouns for g in o.children
                    )
                )
                for o in owners
            ):
                return clause  # "X said the attack was theirs / its own"
            if any(_refers_back(s, lex, actor_of) for s in subjects) and any(
                o.lemma_.lower() in lex.owned_act_nouns
                and any(g.dep_ == "poss" and g.lower_ in lex.owning_pronouns for g in o.children)
                for o in owners
            ):
                return clause  # "X said the raid was its work / their doing" (written51)
            behind = [g for p in clause.children if p.dep_ == "prep"
                      and p.lower_ in lex.authorship_preps for g in p.children]  # fmt: skip
            if (
                behind
                and any(_own_doer(s, lex) for s in subjects)
                and all(_refers_back(g, lex, actor_of) for g in behind)
            ):
                return clause  # "X said it was behind the blast" (written51)
            continue
        if clause.lemma_.lower() not in lex.claimed_doing_verbs:
            continue
        objects = [c for c in clause.children if c.dep_ in _OBJECTS]
        if not objects or not all(_refers_back(o, lex, actor_of) for o in objects):
            continue
        if any(_own_doer(s, lex) for s in subjects):
            return clause  # "X said one of its members had carried out the bombing"
    return None


def _apposed_act_claim(verb: Any, lex: Any, actor_of: dict[int, Any]) -> bool:
    """'..., a killing the Islamic State later claimed', '..., an attack that the TTP
    claimed': a claim verb with no object of its own after it, read on the words before it
    (the parser often takes the apposed act noun for a verb): the claimant's name (and "the"),
    then a definite or indefinite act noun of cues.yaml ``claimed_back_nouns`` (with
    adjectives, "that"/"which" allowed) right after a comma or semicolon (written51)."""
    if any(c.dep_ in _OBJECTS and c.i > verb.i for c in verb.children):
        return False
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ == "ADV":  # "later", "swiftly"
        i -= 1
    named = False
    while i >= 0 and (i in actor_of or doc[i].pos_ == "PROPN"):
        named = named or i in actor_of
        i -= 1
    if not named:
        return False
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in ("that", "which"):
        i -= 1
    if i < 1 or doc[i].lower_ not in lex.claimed_back_nouns:
        return False
    i -= 1
    while i >= 0 and doc[i].pos_ == "ADJ":  # "a deadly attack"
        i -= 1
    if i >= 0 and doc[i].lower_ in ("a", "an", "the"):
        i -= 1
    return i >= 0 and doc[i].lower_ in (",", ";")


def _own_doer(subject: Any, lex: Any) -> bool:
    """A doer that is the speaker itself or its people: "it", "they", "we", "its fighters",
    "one of its members" (a pronoun of cues.yaml ``owning_pronouns`` as the subject or as
    the possessor of a noun in it)."""
    if subject.lower_ in ("it", "they", "we"):
        return True
    return any(t.dep_ == "poss" and t.lower_ in lex.owning_pronouns for t in subject.subtree)


def _refers_back(noun: Any, lex: Any, actor_of: dict[int, Any]) -> bool:
    """A definite act noun with nothing of its own ("the killing", "the attack within
    hours"), not "the attack on Y", "Y's killing" or "the bombing that killed Y"."""
    if noun.lower_ not in lex.claimed_back_nouns:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return False
    if any(c.dep_ in ("relcl", "acl", "poss", "compound", "amod") and not _avenging(c, lex)
           for c in noun.children):  # fmt: skip
        return False
    return not any(t.i in actor_of for c in noun.children if c.dep_ == "prep"
                   for t in c.subtree)  # fmt: skip


def _avenging(clause: Any, lex: Any) -> bool:
    """True when ``clause``, a clause hung on an act noun, is the to-infinitive of the act's
    revenge purpose ("had carried out the attack to avenge drone strikes", cues.yaml
    ``revenge_words``), which the parser often hangs on the noun: it tells why the act was
    done, not another act of the noun (written62)."""
    return (
        clause.dep_ in ("relcl", "acl")
        and clause.lemma_.lower() in lex.revenge_words
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def earlier_attack_author(coder: Any, noun: Any) -> Any:
    """The author of the attack a bare definite attack noun refers back to: "X claimed the
    bombing at the airport, and Y condemned the attack" (the attack is X's). Only "the/this/
    that" with nothing else before the noun, and only an earlier attack noun of the same
    sentence whose author is named or claimed (hyphen21).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "The TTP claimed the bombing in Peshawar, and the Taliban condemned the attack."
    >>> sorted((c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...        for c in extract_document({"id": "t", "date": "2016-01-01", "text": text})
    ...        if c.event.event_type == "ACCUSE")
    [('Afghan Taliban', 'ACCUSE', 'Tehrik-i-Taliban Pakistan')]
    """
    lefts = list(noun.lefts)
    if len(lefts) != 1 or lefts[0].lower_ not in ("the", "this", "that"):
        return None
    for prev in reversed(noun.doc[: noun.i]):
        entry = coder._event_noun(prev) if prev.pos_ == "NOUN" else None  # noqa: SLF001
        if not entry or entry.get("type") != "ASSAULT":
            continue
        return coder._actor(prev, 3)  # noqa: SLF001  (its modifiers or its claimant)
    return None


def offered_act(tok: Any, prev: Any, lex: Any) -> bool:
    """True when ``tok`` is a verb of offering (cues.yaml ``offer_verbs``) and ``prev`` (the
    step below it on the walk up from a trigger) its infinitive: "X offered to mediate
    between Y and Z" makes an offer; the mediation has not happened (future).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Qatar offered to mediate between the Taliban and Kabul.")
    >>> offered_act(doc[1], doc[3], load())
    True

    A noun of offering (``offer_nouns``) with its infinitive does the same (written22): "X's
    offer to recognise Y went unanswered" names an offer, not a recognition.

    >>> doc = nlp()("Ghani's offer to release the prisoners was ignored.")
    >>> offered_act(doc[2], doc[4], load())
    True
    """
    if prev is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children):
        return False
    if prev.dep_ == "acl" and tok.pos_ == "NOUN":
        return tok.lower_ in lex.offer_nouns
    return prev.dep_ == "xcomp" and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.offer_verbs


def offered_thing(trigger: Any, lex: Any) -> Any:
    """The verb of offering (cues.yaml ``offer_verbs``) whose object ``trigger``, a noun of
    aid, is (through coordination: "offered Y money and fighters"), else None: "X offered
    weapons to Y" makes an offer; the weapons are not given (bugs39).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Qatar offered money and weapons to the rebels.")
    >>> offered_thing(doc[4], load()).text
    'offered'
    >>> offered_thing(nlp()("Qatar sent weapons to the rebels.")[2], load()) is None
    True
    """
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    head = node.head
    if (
        node.dep_ in ("dobj", "obj")
        and head.pos_ == "VERB"
        and head.lemma_.lower() in lex.offer_verbs
    ):
        return head
    return None


def negated_readiness(tok: Any) -> str | None:
    """The negation over a predicate adjective of readiness ("X is not willing to withdraw",
    "is not ready to talk", "was never prepared to hand Y over"): the copula carries the
    "not", so what the adjective governs is negated, not future. None when not negated.

    >>> from riftwatch.nlp.parse import nlp
    >>> negated_readiness(nlp()("The Taliban is not willing to withdraw.")[4])
    'not'
    >>> negated_readiness(nlp()("The Taliban is willing to withdraw.")[3]) is None
    True
    """
    if tok.dep_ != "acomp" or tok.pos_ != "ADJ":
        return None
    for child in (*tok.head.children, *tok.children):
        if child.dep_ == "neg":
            return child.text
    return None


def reluctant_act(tok: Any, prev: Any, lex: Any) -> bool:
    """True when ``tok`` is a predicate adjective of reluctance (cues.yaml ``reluctance``:
    "unwilling", "reluctant", "hesitant", "wary") over the infinitive ``prev``: "X was
    unwilling to hand Y over", "X is reluctant to fight Y" has not done it (hypothetical). A
    cooperative act under these words is distancing instead (modality.modality_of)."""
    return (
        prev is not None
        and (prev.dep_ == "xcomp" or wary_of(prev, lex))
        and tok.pos_ == "ADJ"
        and (tok.lemma_.lower() in lex.reluctance or tok.lower_ in lex.reluctance)
    )


def wary_of(prep: Any, lex: Any) -> bool:
    """True when ``prep`` is the "of"/"about" of a predicate adjective of reluctance over a
    gerund: "X has grown wary of hosting Y", "X is leery about meeting Y". The gerund's
    subject is the adjective's (code.Coder.subject); a cooperative act under it is distancing,
    any other has not been done (reluctant_act)."""
    adj = prep.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("of", "about")
        and adj.pos_ == "ADJ"
        and adj.dep_ in ("acomp", "oprd", "xcomp", "amod")
        and (adj.lemma_.lower() in lex.reluctance or adj.lower_ in lex.reluctance)
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
    )


_NEGATING = frozenset({"not", "never", "n't", "no", "neither", "nor", "hardly", "barely"})
_CONDITIONS = frozenset({"if", "unless", "whether", "lest"})


def coordinated_present_verbs(coder: Any) -> None:
    """'The ISI funds and trains the Taliban', 'Iran arms and shelters X', 'Al Qaeda funds,
    arms and trains Y': third-person verbs in a coordinated predicate that the small parser
    reads as plural nouns ("funds", "arms", "shelters" are nouns too), so the clause loses
    its verb, its subject and its object. Read from the words instead: a name, then one or
    more third-person verbs of the lexicon joined by commas and "and", then a name; at
    least one of the verbs tagged as a noun (the parse failed). Each verb codes its
    lexicon event from the first name to the second.

    Nothing is coded when a negation or a hedge stands between the subject and the verbs
    or a condition opens the sentence before them, and the event's trigger is whichever
    verb of the run has the strongest modality read from the parse (so "officials denied
    that X funds and trains Y" stays denied)."""
    from riftwatch.nlp.modality import modality_of

    lex = coder.lex
    doc = coder.doc
    i = 0
    while i < len(doc):
        run, j = _verb_run(lex, doc, i)
        if not run:
            i += 1
            continue
        i = j
        if not any(v.pos_ in ("NOUN", "PROPN") for v, _e in run):
            continue  # the parser read the verbs: the ordinary rules coded them
        source, gap = _name_before(coder, doc, run[0][0].i)
        if source is None:  # "X sits on Y's council and funds Z" (written round 12)
            source, gap = _subject_of_first_predicate(coder, doc, run[0][0].i)
        targets = _names_after(coder, doc, j)
        if source is None or not targets:
            continue
        if any((t.lower_ in _NEGATING and not not_only(t)) or t.lower_ in lex.hedges
               for t in gap):  # fmt: skip
            continue  # "X never funds and trains Y"; "X not only funds ..." adds
        if any(t.lower_ in _CONDITIONS for t in doc[: run[0][0].i]):
            continue
        targets = [t for t in targets if t.key() != source.key()]
        # the verb above the misread run took the noun for its object and the name for a
        # party ("officials denied that the ISI funds ...": no denial of funds to the ISI)
        outer = run[0][0].head
        if run[0][0].pos_ in ("NOUN", "PROPN") and outer.i not in {v.i for v, _e in run}:
            coder.events = [
                e for e in coder.events
                if not (e.trigger.i == outer.i
                        and source.key() in (e.source.key(), e.target.key()))
            ]  # fmt: skip
        mods = [(modality_of(v, e["type"], lex), v) for v, e in run]
        worst = next((v for m, v in mods if m.value != "asserted"), run[0][0])
        # read alike, each verb is its own trigger, and a mode of its own (gaps54)
        alike = len({m.value for m, _v in mods}) == 1
        for verb, entry in run:
            # (a verb of another mode of the same help is its own event: gaps54)
            if any(e.source.key() == source.key() and e.event_type == entry["type"]
                   and e.target.key() in {t.key() for t in targets}
                   and (e.mode is None or entry.get("mode") in (None, e.mode))
                   for e in coder.events):  # fmt: skip
                continue
            why = [f"'{verb.text}': a third-person verb the parser read as a noun, in a "
                   f"coordinated predicate -> {entry['type']}",
                   "source: the name before the verbs", "target: the name after them"]  # fmt: skip
            trigger = verb if alike else worst
            coder._emit([source], targets, entry["type"], entry.get("mode"), trigger, why)  # noqa: SLF001


def _verb_run(lex: Any, doc: Any, i: int) -> tuple[list[tuple[Any, dict[str, Any]]], int]:
    """Third-person lexicon verbs from ``i`` joined by commas and "and"/"or": the run (with
    each verb's entry) and the index after it; ([], i) when none starts at ``i``."""
    run: list[tuple[Any, dict[str, Any]]] = []
    j = i
    while j < len(doc):
        entry = _third_person_entry(lex, doc[j])
        if entry is None:
            break
        run.append((doc[j], entry))
        j += 1
        if j + 1 < len(doc) and doc[j].lower_ in (",", "and", "or"):
            nxt = j + 1 + (doc[j + 1].lower_ == "and")
            if nxt < len(doc) and _third_person_entry(lex, doc[nxt]) is not None:
                if doc[j].lower_ == "or":
                    return [], i  # "funds or trains": a disjunction asserts neither
                j = nxt
                continue
        break
    return run, j


def _plain_verb_entry(lex: Any, stems: list[str]) -> dict[str, Any] | None:
    """The first lexicon entry among ``stems`` of a verb with a type that takes an actor
    as object (no thing object, no frame, no intent)."""
    for stem in stems:
        entry = lex.verbs.get(stem)
        if (
            entry
            and entry.get("type")
            and not entry.get("object_is_thing")
            and not entry.get("frame")
            and not entry.get("intent")
        ):
            return entry
    return None


def _third_person_entry(lex: Any, tok: Any) -> dict[str, Any] | None:
    """The lexicon entry of a transitive verb whose third person singular ``tok`` is."""
    word = tok.lower_
    if not word.isalpha() or not word.endswith("s") or tok.text[0].isupper():
        return None
    stems = [word[:-1], word[:-2]] + ([word[:-3] + "y"] if word.endswith("ies") else [])
    return _plain_verb_entry(lex, stems)


def _subject_of_first_predicate(coder: Any, doc: Any, i: int) -> tuple[Any, list[Any]]:
    """'The ISI sits on the Quetta shura and funds Taliban units': a misread verb run after
    "and" that closes the object of a present-tense verb is that verb's second predicate,
    so its subject is the verb's subject (one actor). Returns the actor and the tokens that
    would negate or hedge the first predicate ("does not sit ... and funds": nothing);
    (None, []) when "and" does not stand right before the run or no such verb is found."""
    if i < 1 or doc[i - 1].lower_ != "and":
        return None, []
    verb = doc[i - 1].head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBZ" or verb.i >= i:
        return None, []
    subjects = [a for c in verb.children if c.dep_ == "nsubj" for a in coder.actors(c)]
    if len(subjects) != 1:
        return None, []
    gap = [c for c in verb.children if c.dep_ in ("neg", "aux", "advmod")]
    return subjects[0], gap


def _name_before(coder: Any, doc: Any, i: int) -> tuple[Any, list[Any]]:
    """The actor named just before token ``i`` (adverbs may stand between) and the tokens
    between; (None, []) unless that name opens its clause (not the object of a
    preposition, not a possessor)."""
    k = i - 1
    gap = []
    while k >= 0 and doc[k].pos_ in ("ADV", "PART"):
        gap.append(doc[k])
        k -= 1
    if k < 0 or k not in coder.actor_of or doc[k].tag_ == "POS":
        return None, gap
    actor = coder.actor_of[k]
    start = k
    while start - 1 >= 0 and coder.actor_of.get(start - 1) is actor:
        start -= 1
    while start - 1 >= 0 and doc[start - 1].pos_ == "DET":
        start -= 1
    if start > 0 and doc[start - 1].pos_ == "ADP":
        return None, gap
    return actor, gap


def _names_after(coder: Any, doc: Any, j: int) -> list[Any]:
    """The actors named right after token ``j`` (a determiner may open each; "and" joins)."""
    found: list[Any] = []
    k = j
    while True:
        while k < len(doc) and doc[k].pos_ == "DET":
            k += 1
        actor = coder.actor_of.get(k) if k < len(doc) else None
        if actor is None:
            return found
        if all(actor.key() != a.key() for a in found):
            found.append(actor)
        while k < len(doc) and coder.actor_of.get(k) is actor:
            k += 1
        if k < len(doc) and doc[k].lower_ == "and":
            k += 1
            continue
        return found


def patronage_noun(tok: Any, lex: Any) -> bool:
    """True when ``tok`` is a noun of backing or of acting for another ("the backing of X",
    "on behalf of X", "at X's behest"): unlike "members of X" it does not stand for X, so
    "fought with the backing of X" fights nobody and "carried out the attack on behalf of
    X" attacks nobody.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> patronage_noun(nlp()("They acted on behalf of the Taliban.")[3], load())
    True
    """
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in lex.proxy_nouns or lemma in lex.backing_nouns
                                   or tok.lower_ in lex.proxy_nouns)  # fmt: skip


_PROXY_PREPS = frozenset({"on", "upon", "at", "under", "by"})


def noun_owners(coder: Any, noun: Any) -> list[Any]:
    """The parties that own ``noun`` by a possessive or an "of" phrase ("Y's orders", "the
    orders of Y", "on behalf of Y"), possessives first."""
    owners = [a for c in noun.children if c.dep_ == "poss" for a in coder.actors(c)]
    owners += [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for pobj in p.children if pobj.dep_ == "pobj"
               for a in coder.actors(pobj)]  # fmt: skip
    return owners


def proxy_phrases(coder: Any) -> None:
    """'X attacked the base on behalf of Y', 'X carried out the bombing at the behest of Y',
    'X acted on Y's orders': an adverbial phrase of acting for another party (cues.yaml
    ``proxy_nouns``) makes the clause's subject Y's agent: COOPERATE from the subject to
    Y (its owner: possessive, or "of" phrase). Modality is read from the noun up through the
    clause ("may have attacked on behalf of Y": uncertain; "denied acting on behalf of Y":
    denied)."""
    lex = coder.lex
    for noun in coder.doc:
        words = (noun.lower_, noun.lemma_.lower())
        if noun.pos_ != "NOUN" or not any(w in lex.proxy_nouns for w in words):
            continue
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _PROXY_PREPS:
            continue
        owners = noun_owners(coder, noun)
        found = _phrase_clause(coder, prep, owners)
        if found is None:
            continue
        held, agents, owners = found  # "carried out the attack on behalf of Y"
        if ordering_noun(noun, lex) and ordering_party(coder, held, coder.lex.verb_entry(
                held.lemma_.lower())):  # fmt: skip
            continue  # "X was killed on Y's orders": X suffered it (ordering_party, replay26)
        why = [f"'{prep.text} {noun.text} of' another party: acting for it -> COOPERATE",
               f"source: subject of '{held.text}'", "target: the party acted for"]  # fmt: skip
        coder._emit(agents, owners, "COOPERATE", None, noun, why)  # noqa: SLF001


_DONE_TO_PATIENT = frozenset({"ASSAULT", "COERCE", "SANCTION"})
"""Event types of an act one party does to another, whose passive subject suffers it."""


def ordering_noun(noun: Any, lex: Any) -> bool:
    """Is ``noun`` a noun of an order given (cues.yaml ``ordering_nouns``: "orders",
    "behest", "instigation")?"""
    return noun.lower_ in lex.ordering_nouns or noun.lemma_.lower() in lex.ordering_nouns


def ordering_party(coder: Any, verb: Any, entry: dict[str, Any] | None) -> list[Any]:
    """The party on whose orders a hostile passive act (``entry``: the verb's lexicon
    entry, an attack, a coercion or a sanction) was done, when no "by" phrase names its
    agent: "Y was shot dead on X's orders", "Y's commanders were arrested on the orders of
    X", "Y was expelled at the behest of X" (X; cues.yaml ``ordering_nouns`` after "on",
    "upon", "at" or "under", owned by a possessive or an "of" phrase). The one who orders
    an act has it done, so X is its agent; the passive subject, who suffered it, does not
    act for X (replay26). [] otherwise: a verb in the active ("X attacked Y on Z's
    orders": X acts for Z, :func:`proxy_phrases`) or of no conflict ("Y's fighters were
    deployed on X's orders": Y acts for X).

    >>> from types import SimpleNamespace as N
    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Zorb was shot dead on Kestrel's orders.")
    >>> kestrel = N(key=lambda: "k", name="Kestrel")
    >>> coder = N(lex=load(), actors=lambda t: [kestrel] if t.text == "Kestrel" else [])
    >>> shot = {"type": "ASSAULT"}
    >>> [a.name for a in ordering_party(coder, doc[2], shot)]
    ['Kestrel']
    >>> ordering_party(coder, nlp()("Zorb was shot dead on Monday.")[2], shot)
    []
    >>> ordering_party(coder, doc[2], {"type": "MOBILIZE"})
    []
    """
    if (entry or {}).get("type") not in _DONE_TO_PATIENT:
        return []
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    found: list[Any] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PROXY_PREPS - {"by"}:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or not ordering_noun(noun, coder.lex):
                continue
            owners = noun_owners(coder, noun)
            found += [a for a in owners if all(a.key() != b.key() for b in found)]
    return found


_NAME_WORD = re.compile(
    r"(?<![\w'-])(?:(?:al|el|ad|ash|as|an|ar|at|az|ul|ud)-)?[A-Z][a-z]+(?:[-'][A-Za-z]+)*"
)
"""A word of a person's name, with its article ("al-Barnawi") when it has one."""
_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|an|ar|at|az|ul|ud)-")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'-]*)\s+$")
_KIN_AFTER = re.compile(r"\s+(?:tribe|tribes|tribesm[ae]n|tribal|clan|family|brothers)\b", re.I)


def short_names(
    text: str,
    persons: list[Any],
    free: Callable[[int, int], bool],
    lex: Any,
    resolve: Callable[[str], Any],
) -> list[tuple[int, int, Any]]:
    """A person named before by full name and now by one of its names: "Mullah Omar welcomed
    bin Laden. ... Omar refused to expel him", "Hakimullah Mehsud ... Mehsud", "Abu Musab
    al-Barnawi ... al-Barnawi (or Barnawi)" (actors.open.v54: a name word with its Arabic
    article, with or without it). The word must
    belong to exactly one person named so far in the document (``persons``, with their
    groups), be no title or name particle (cues.yaml ``name_particles``: "Mullah",
    "Sheikh", "Abu"), stand alone (no capitalised name word right before or after it, no
    "tribe" after it) and resolve to nothing else. Returns (start, end, actor) spans, the
    actor being the person's (so the person's group acts).

    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class P:
    ...     id: str; name: str; mention: str; type: str = "person"; how: str = "kb"
    >>> omar = P("person:omar", "Mullah Mohammad Omar", "Mullah Omar")
    >>> from riftwatch.nlp.lexicon import load
    >>> found = short_names("Omar refused.", [omar], lambda s, e: True, load(), lambda w: None)
    >>> [(s, e, a.mention) for s, e, a in found]
    [(0, 4, 'Omar')]
    >>> short_names("Mullah refused.", [omar], lambda s, e: True, load(), lambda w: None)
    []
    >>> zaid = P("person:zaid", "Abu Zaid al-Kassari", "Abu Zaid al-Kassari")
    >>> found = short_names("Later al-Kassari and Kassari met.", [zaid], lambda s, e: True,
    ...                     load(), lambda w: None)
    >>> [(s, e, a.mention) for s, e, a in found]
    [(6, 16, 'al-Kassari'), (21, 28, 'Kassari')]
    """
    index: dict[str, dict[str, Any]] = {}
    for person in persons:
        if person.type != "person":
            continue
        words = _NAME_WORD.findall(person.mention or "")
        words += _NAME_WORD.findall(person.name or "")[-1:]
        words += [_ARTICLE.sub("", w) for w in words if _ARTICLE.match(w)]
        for word in words:
            if len(word) >= 3 and word.lower() not in lex.name_particles:
                index.setdefault(word, {})[person.id or person.name] = person
    out: list[tuple[int, int, Any]] = []
    for m in _NAME_WORD.finditer(text):
        word = m.group(0)
        owners = index.get(word) or {}
        if len(owners) != 1 or not free(m.start(), m.end()):
            continue
        before = _CAPITALISED_BEFORE.search(text, 0, m.start())
        if before is not None and text[: before.start()].strip():
            continue  # "General Omar", "Omar" inside another name
        if re.match(r"\s+[A-Z]", text[m.end() :]) or _KIN_AFTER.match(text, m.end()):
            continue  # "Omar Khalid", "Mehsud tribesmen"
        person = next(iter(owners.values()))
        other = resolve(word)
        if other is not None and (getattr(other, "id", None) not in (person.id, person.org_id)):
            continue  # the word names someone or something else too
        out.append((m.start(), m.end(), replace(
            person, mention=word, how=f"short name of {person.mention} named before")))  # fmt: skip
    return out


def merged_into_new_group(coder: Any) -> None:
    """Groups that merge into, or unite as, a group named after "into" or "as" join it: "X
    merged with Y into Z", "X and Y united as Z", "X and Y were merged into Z": COOPERATE
    (merger) from each merging party, the subject's and those after "with", to Z (world21).
    The verbs are those of events.yaml with mode ``merger``; Z must be the head of the
    phrase and a group ("united as rivals of Z", "merged into one force" join nobody), and
    modality is read on the merging verb ("did not merge into Z", "could merge into Z if").

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Hamas and Fatah united as Gamma.")
    >>> acts = {i: Actor(id=f"org:{w.lower()}", name=w, mention=w, type="group")
    ...         for i, w in ((0, "Hamas"), (2, "Fatah"), (5, "Gamma"))}
    >>> coder = SentenceCoder(load(), doc, acts)
    >>> merged_into_new_group(coder)
    >>> sorted((e.source.name, e.event_type, e.target.name) for e in coder.events)
    [('Fatah', 'COOPERATE', 'Gamma'), ('Hamas', 'COOPERATE', 'Gamma')]
    """
    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        entry = coder.lex.verbs.get(verb.lemma_.lower()) or {}
        if entry.get("mode") != "merger":
            continue
        news = [
            actor
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in ("into", "as")
            for obj in prep.children
            if obj.dep_ == "pobj"
            and (actor := coder.actor_of.get(obj.i)) is not None
            and actor.type not in ("country", "place")
        ]
        if not news:
            continue
        parties = list(coder.subject(verb)[0])
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        parties += coder.actors(obj)
        new = news[0]
        sources = [a for a in parties if a.key() != new.key()]
        why = [f"trigger verb '{verb.text}' with the group it forms after 'into'/'as' -> "
               "COOPERATE (merger)", f"target: the new group ('{new.name}')"]  # fmt: skip
        coder._emit(sources, [new], "COOPERATE", "merger", verb, why)  # noqa: SLF001


def declared_no_ties(coder: Any) -> None:
    """'X announced that it has no ties to Y', 'X said it had no links with Y', 'X stated
    that it does not have any relationship with Y': a party's own declaration that it is
    not connected to another is a disavowal (REJECT, mode renounce, from X to Y; LABELLING.md:
    disavowal is conf), unlike a third party's statement that X has no ties to Y (a plain
    negation). The declaring verb (cues.yaml ``declaring_verbs``) is the trigger, so its own
    modality decides ("X may say ...", "X did not say ..." assert nothing). An ending verb
    negated in the declaration ("X said it had never cut / severed its ties with Y") denies
    the ending, not the tie: no disavowal (replay46).

    Membership denied by a party to it is a disavowal too (types28): "X said it was not part
    (a branch, a member) of Y" is X's REJECT of Y, "Y said X was not its branch" Y's REJECT
    of X: a membership noun as the predicate of a negated
    "be" in what one of the two parties declares (events.yaml ``membership_nouns``, or a
    unit noun whose possessor is the partner: branch, wing, affiliate)."""
    lex = coder.lex
    for event in list(coder.events):
        noun = event.trigger
        entry = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_) or {}
        if event.event_type != "COOPERATE" or noun.pos_ != "NOUN":
            continue
        member = noun.dep_ == "attr" and (
            noun.lemma_.lower() in lex.membership_nouns or bool(entry.get("possessor_is_partner"))
        )
        if entry.get("frame") not in ("reciprocal", "symmetric") and not member:
            continue
        clause = noun.head
        if noun.dep_ not in _OBJECTS and noun.dep_ != "attr":
            continue
        negated = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or any(
            c.dep_ == "neg" for c in clause.children
        )
        if not negated or clause.dep_ != "ccomp":
            continue
        ending = lex.verbs.get(clause.lemma_.lower()) or {}
        if ending.get("needs_ties") or (
            ending.get("type") == "REJECT" and ending.get("mode") in ("renounce", "split")
        ):
            continue  # "X said it never cut its ties with Y": an ending denied, the tie holds
        speech = clause.head
        if speech.pos_ != "VERB" or speech.lemma_.lower() not in lex.declaring_verbs:
            continue
        speakers = {a.key() for a in coder.subject(speech)[0]}
        source, target = event.source, event.target
        if member and target.key() in speakers and source.key() not in speakers:
            source, target = target, source  # "Y said X was not its branch": Y disowns X
        if source.key() not in speakers:
            continue  # someone else says X has no ties: a negation, no disavowal
        if any(e.event_type == "REJECT" and e.trigger.i == speech.i
               and e.source.key() == source.key() and e.target.key() == target.key()
               for e in coder.events):  # fmt: skip
            continue  # both directions of a reciprocal noun: one disavowal
        why = [
            f"'{speech.text}' that it has no '{noun.text}' with another party: a disavowal",
            "source: the declaring party",
            "target: the partner",
        ]
        coder._emit([source], [target], "REJECT", "renounce", speech, why)  # noqa: SLF001


_BACKED = frozenset({"back", "support", "aid", "assist", "cover", "accompany", "reinforce"})


def backing_fire(coder: Any) -> None:
    """'Afghan troops, backed by U.S. air strikes, killed X', 'Pakistani forces, supported
    by American drones, attacked X': the fire that backs an attack is part of it, so its
    owner attacks the same target (ASSAULT, with the instrument's mode) besides backing the
    troops (the lexicon's SUPPORT). Only when the "by" phrase is an attack or an instrument
    (air strikes, drones, artillery) or armed people who fight beside the troops (cues.yaml
    ``fighting_backer_nouns``: "backed by a tribal lashkar", "supported by U.S. forces";
    written17), not a party named alone ("backed by the ISI" backs, it does not fight).
    An expulsion backed by armed people ("troops, backed by a tribal lashkar, drove Y from
    Z") is theirs too (COERCE, written17); fire that backs an expulsion ("troops, backed by
    U.S. air strikes, pushed Y out of Z") strikes Y (ASSAULT, written47). The act's own verb is
    the trigger, so its modality carries."""
    fighting = getattr(coder.lex, "fighting_backer_nouns", frozenset())
    for event in list(coder.events):
        verb = event.trigger
        if event.event_type not in ("ASSAULT", "COERCE") or verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "xcomp":  # "X, backed by ..., took days to push Y out"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        for subj in subjects:
            if event.source.key() not in {a.key() for a in coder.actors(subj)}:
                # "troops, backed by U.S. drone strikes, clashed with Y": the clash's other
                # direction (Y on the troops) is no act of the troops the fire backs; the
                # backer does not attack the party it backs (bugs36)
                continue
            for acl in subj.children:
                if acl.dep_ != "acl" or acl.lemma_.lower() not in _BACKED or acl.tag_ != "VBN":
                    continue
                fire = [p for a in acl.children if a.dep_ == "agent"
                        for p in a.children if p.dep_ == "pobj"]  # fmt: skip
                for noun in fire:
                    acting = (coder._event_noun(noun) or {}).get("type") == "ASSAULT"  # noqa: SLF001
                    mode = coder._instrument_mode(noun)  # noqa: SLF001
                    armed = noun.lower_ in fighting or noun.lemma_.lower() in fighting
                    if not (acting or mode or armed):
                        continue
                    etype = event.event_type
                    if etype != "ASSAULT" and not armed:
                        # air strikes behind troops that drive Y out strike Y (ASSAULT): the
                        # call of rounds 12, 20, 31 and 32 (written47; round 10's r10_42
                        # labels the backing alone)
                        etype = "ASSAULT"
                    found = coder.actors(noun) or [  # "American air power": the owner's word
                        a for m in noun.lefts if m.dep_ in ("amod", "compound", "poss", "nmod")
                        for a in coder.actors(m)
                    ]  # fmt: skip
                    owners = [o for o in found if o.key() != event.source.key()]
                    owners = [o for o in owners if o.key() != event.target.key()]
                    if owners:
                        why = [
                            f"'{acl.text} by {noun.text}': the backing fire attacks too",
                            f"source: owner of '{noun.text}'",
                            "target: the attack's",
                        ]
                        kind = mode or event.mode
                        coder._emit(owners, [event.target], etype, kind, verb, why)  # noqa: SLF001


def counted_among(tok: Any, lex: Any) -> Any:
    """The subject a "those" stands for when it is counted among ("P, a spokesman of X, was
    among those killed by Y's air strike", "X's commanders were among the men arrested by Y":
    the victims are P and X's commanders; written47): a demonstrative or a people noun after
    "among", in the predicate of "be" (or "remain", "figure"), whose subject is the one
    counted. The copula must itself be asserted (not "was not among", "may have been
    among", "denied that P was among"): the participle's own modality does not see it.
    None otherwise ("among those it helped" names no one)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "among":
        return None
    if not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children):
        return None  # a participle must tell what happened to those counted
    verb = tok.head.head
    if verb.lemma_.lower() not in ("be", "remain", "figure") or tok.head.dep_ != "prep":
        return None
    from riftwatch.nlp.modality import modality_of

    if modality_of(verb, "ASSAULT", lex).value != "asserted":
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def absolute_with_aid(coder: Any) -> None:
    """'X fought Y for weeks, with Z supplying them with rifles', 'X attacked Y, with Z
    providing the explosives' (written47; rounds 28, 32): an absolute clause ("with" + a
    party + a participle of giving, events.yaml AID verbs) helps the main clause's subject
    when it names no recipient or only a pronoun: the giver serves the act it comes with,
    never the side that act is against. The coder's own reading of the pronoun as the group
    named last (Y, the enemy) is dropped. The participle is the trigger, so its modality
    (and the main clause's, through it) carries; a named recipient ("with Z supplying arms
    to W") is left to the coder. Hosting a gathering beside a meeting ("X and Y met, with Z
    hosting the session") is no help here: the coder reads it as mediation (CONSULT) with
    each party (gaps52)."""
    for verb in coder.doc:
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "with":
            continue
        entry = coder.lex.verbs.get(verb.lemma_.lower()) or {}
        if entry.get("type") != "AID":
            continue
        main = verb.head.head
        if main.pos_ not in ("VERB", "AUX"):
            continue
        etype, mode = "AID", entry.get("mode")
        if any(c.dep_ in ("dobj", "obj") and c.lower_ in coder.lex.gathering_nouns
               for c in verb.children):  # fmt: skip
            # "X and Y met, with Z hosting the session": no shelter; Z's hosting of their
            # meeting is mediation with each (events.yaml 'mediate': CONSULT; gaps52), coded
            # by the coder from the meeting's events, else here with the meeting's subject
            main_entry = coder.lex.verbs.get(main.lemma_.lower()) or {}
            if verb.lemma_.lower() not in coder.lex.hosting_verbs or (
                main_entry.get("type") != "CONSULT"
            ):
                continue
            if any(e.trigger.i == verb.i for e in coder.events):
                continue
            mediate = coder.lex.verbs.get("mediate") or {}
            etype, mode = mediate.get("type", "CONSULT"), mediate.get("mode")
        givers = [a for c in verb.children if c.dep_ == "nsubj" for a in coder.actors(c)]
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]
        named = [c for c in objects if c.pos_ != "PRON" and c.i in coder.actor_of]
        named += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                  for g in p.children if g.i in coder.actor_of]  # fmt: skip
        if not givers or named:
            continue
        helped, passive, how = coder.subject(main)
        helped = [a for a in helped if a.key() not in {g.key() for g in givers}]
        if passive or not helped:
            continue
        coder.events = [e for e in coder.events if e.trigger.i != verb.i
                        or e.event_type != "AID"]  # fmt: skip
        why = [f"'with ... {verb.text}' beside '{main.text}': help to the act's subject "
               f"({etype})", "source: subject of the participle",
               f"target: {how} of '{main.text}'"]  # fmt: skip
        coder._emit(givers, helped, etype, mode, verb, why)  # noqa: SLF001


def speakers_judging_participle(verb: Any, lex: Any) -> bool:
    """A participle of judging set off by a comma after the verb of saying it hangs on is
    the speaker's own act: "Y's men were killed in X's strikes, the Z government said,
    condemning the strikes" (Z condemns, not the reported clause's party; written round 19).
    Only verbs of judging (cues.yaml ``judging_verbs``, ``condemning_attitudes``): "..., officials
    said, killing three" stays the reported clause's act.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("Ten soldiers died in the raid, the ministry said, condemning the attack.")
    >>> speakers_judging_participle([t for t in doc if t.lower_ == "condemning"][0], load())
    True
    >>> doc = nlp()("Militants stormed the post, officials said, killing three soldiers.")
    >>> speakers_judging_participle([t for t in doc if t.lower_ == "killing"][0], load())
    False
    """
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i <= verb.head.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in lex.judging_verbs and lemma not in lex.condemning_attitudes:
        return False
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children)


def interposed_judging_speaker(verb: Any, lex: Any) -> Any:
    """The verb of saying of an interposed attribution the parser hangs beside a participle
    of judging on the main verb ("Y's men died in X's raids, Z said, denouncing the raids":
    'said' a parataxis of 'died', 'denouncing' an adverbial clause of 'died'): the judging
    is the speaker's, as :func:`speakers_judging_participle` reads it when the participle
    hangs on 'said' (written round 19). The verb of saying, or None."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i <= verb.head.i:
        return None
    lemma = verb.lemma_.lower()
    if lemma not in lex.judging_verbs and lemma not in lex.condemning_attitudes:
        return None
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    said = verb.doc[verb.i - 2]
    if said.dep_ != "parataxis" or said.head.i != verb.head.i:
        return None
    if said.lemma_.lower() not in lex.speech:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children):
        return None
    return said


def aside_split_subject(verb: Any, lex: Any) -> Any:
    """The subject the parser gave to an interposed attribution: in "Haqqani fighters, a
    provincial official said, have attacked government offices" it hangs 'said' on
    'attacked' as a parataxis with two subjects, "fighters" and "official", and leaves
    'attacked' with none. The first of the two, set off from the second by a comma and
    standing before the verb, is the verb's own subject (written30). The token, or None
    (the verb has a subject of its own, or no such aside).

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("Haqqani fighters, a provincial official said, have attacked the post.")
    >>> aside_split_subject(next(t for t in doc if t.lemma_ == "attack"), load()).text
    'fighters'
    >>> doc = nlp()("Jalaluddin Haqqani's fighters, an official in Khost said, have attacked "
    ...             "government offices in the province.")
    >>> aside_split_subject(next(t for t in doc if t.lemma_ == "attack"), load()).text
    'fighters'
    >>> doc = nlp()("Haqqani fighters have attacked the post, a provincial official said.")
    >>> aside_split_subject(next(t for t in doc if t.lemma_ == "attack"), load()) is None
    True
    """
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") for c in verb.children):
        return None
    for said in verb.children:
        if said.dep_ != "parataxis" or said.i > verb.i or said.lemma_.lower() not in lex.speech:
            continue
        subjects = sorted((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")),
                          key=lambda c: c.i)  # fmt: skip
        if len(subjects) == 1:  # "X's fighters, an official in Khost said, ...": the
            # speaker read as an apposition of the subject
            speaker = next((c for c in subjects[0].children if c.dep_ == "appos"), None)
            if speaker is not None and speaker.i > subjects[0].i:
                subjects.append(speaker)
        if len(subjects) < 2:
            continue
        first, speaker = subjects[0], subjects[1]
        between = verb.doc[first.i + 1 : speaker.left_edge.i]
        own = {t.i for t in first.subtree}
        if any(t.text == "," for t in between) and all(
            t.i in own or t.text == "," for t in between
        ):
            return first
    return None


def addressee_of_writing(coder: Any, verb: Any) -> list:
    """The party a participle of address is aimed at when it names none itself: "X wrote to
    Y, warning that it would defend its gains", "X sent a letter to Y praising its
    victories", "X wrote to Y urging him to stay out" (written17): the "to" phrase of the
    verb of writing (cues.yaml ``writing_verbs``) the participle hangs on, or of the message
    noun (``message_nouns``, ``media_nouns``) it describes. [] otherwise; the participle's
    subject stays the writer's (its modality too)."""
    lex = coder.lex
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "acl", "conj"):
        return []
    head = verb.head
    if verb.dep_ == "acl":
        if not message_noun(head):
            return []
        holders = [head, head.head] if head.dep_ in ("dobj", "obj") else [head]
    elif head.pos_ == "VERB" and head.lemma_.lower() in lex.writing_verbs:
        holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "obj"))]
    else:
        return []
    writing = holders[-1] if verb.dep_ == "acl" and len(holders) > 1 else head
    if writing.dep_ not in ("ROOT", "conj") or any(
        c.dep_ == "neg" or c.tag_ == "MD" for c in writing.children
    ):
        return []  # "may have written to Y, warning ...": the modality is the writing's
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ != "to":
                continue
            found = [a for o in prep.children if o.dep_ == "pobj" for a in coder.actors(o)]
            if found:
                return found
    return []


def parties_under_agreement(coder: Any) -> None:
    """'Under the agreement signed in Doha, X committed to ..., and Y pledged to ...': the
    parties that take on obligations "under" one agreement noun (an AGREE noun of the
    lexicon: agreement, deal, accord, pact, truce), the subjects of the verb the phrase hangs
    on and of the verbs coordinated with it, are the agreement's parties: AGREE both ways
    between each two (written17). Also "under its deal with Y, X agreed to ...", and a
    contrasting clause ("X pledged to ..., while Y agreed to ..."; cues.yaml
    ``contrast_marks``, written18) takes on its own undertakings under the same deal. Not when a
    verb of undertaking is negated or modal ("would", "could"), or the agreement is only
    proposed or drafted (cues.yaml ``unmade_agreement_words``): read on the first verb, so
    its modality carries. One party alone, with no partner named, gives none."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        deals = [
            pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "under"
            for pobj in prep.children if pobj.dep_ == "pobj"
            and (lex.nouns.get(pobj.lemma_.lower()) or {}).get("type") == "AGREE"
        ]  # fmt: skip
        if not deals:
            continue
        deal = deals[0]
        if any(c.lower_ in lex.unmade_agreement_words for c in deal.children):
            continue  # "under a proposed deal": not made
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        verbs += [  # "..., while Y agreed to ...": a contrasting clause of the same deal
            c for v in list(verbs) for c in v.children
            if c.dep_ == "advcl" and c.pos_ == "VERB"
            and any(m.dep_ == "mark" and m.lower_ in lex.contrast_marks for m in c.children)
        ]  # fmt: skip
        if any(c.dep_ == "neg" or c.tag_ == "MD" for v in verbs for c in v.children):
            continue
        parties: list = []
        for v in verbs:
            subjects, passive, _how = coder.subject(v)
            if not passive:
                parties += [a for a in subjects if all(a.key() != p.key() for p in parties)]
        for prep in deal.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "between"):
                for obj in prep.children:
                    parties += [a for a in coder.actors(obj)
                                if all(a.key() != p.key() for p in parties)]  # fmt: skip
        if len(parties) < 2:
            continue
        why = [
            f"'under the {deal.text}' over the undertakings of several parties: the "
            "agreement's parties",
            "source and target: the parties",
        ]
        coder._emit_pairs(parties, "AGREE", None, deal, why)  # noqa: SLF001


_GIVEN_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE"})
_HOSTILE_GIVEN = frozenset({"THREATEN", "ACCUSE", "SANCTION", "COERCE", "ASSAULT"})


def given_in_relative(coder: Any) -> None:
    """'The support the ISI gave the Taliban', 'the shelter (that) the Haqqanis provided Al
    Qaeda's men', 'the money Saudi donors sent the Taliban': a verb of giving (cues.yaml
    ``relative_giving_verbs``) in a relative clause on a noun of help (an AID, SUPPORT or
    COOPERATE noun of the lexicon) gives that noun: the noun is the thing given, and the
    party the parser makes the clause's object (or dative) is the receiver. The clause's
    subject is the giver. The verb is the trigger, so its own and its clause's modality
    carry ("the support the ISI never gave the Taliban" is negated). Not when the clause
    names a receiver in a "to" phrase (the verb's own entry codes it) or a thing of its own.
    A hostile noun given ("the ultimatum the army gave Y": THREATEN) turns the verb's own
    AID into the noun's act; a warning given stays a tip-off (cues.yaml ``warning_nouns``).
    Written reports, round 36 (written52).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "The support the ISI gave the Taliban prolonged the war."
    >>> [(c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...  for c in extract_document({"id": "d", "text": text, "date": "2012-01-01"})]
    [('Inter-Services Intelligence', 'AID', 'Afghan Taliban')]
    """
    from riftwatch.nlp.modality import modality_of

    lex = coder.lex
    for verb in coder.doc:
        if verb.dep_ != "relcl" or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() not in lex.relative_giving_verbs:
            continue
        noun = verb.head
        etype = (lex.nouns.get(noun.lemma_.lower()) or {}).get("type")
        if noun.pos_ != "NOUN" or etype is None:
            continue
        if etype in _HOSTILE_GIVEN and noun.lemma_.lower() not in lex.warning_nouns:
            # "the ultimatum the army gave the TTP": a hostile thing given is no aid; the
            # verb's own AID becomes the noun's act (a warning given stays a tip-off)
            for event in coder.events:
                if event.trigger is verb and event.event_type == "AID":
                    event.event_type = etype
                    event.why.append(f"'{noun.text}' given is '{etype}', not aid")
            continue
        if etype not in _GIVEN_TYPES:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            continue  # "the help Pakistan provided to the Taliban": the verb's own entry
        if any(
            p.dep_ == "prep"
            and any(o.dep_ == "pobj" and o.tag_ in ("WDT", "WP") for o in p.children)
            for p in verb.children
        ):
            continue  # "a coalition in which X supplied the troops": the noun is not the thing
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
        receivers = [a for o in objects for a in coder.actors(o)]
        if not receivers or len(objects) != 1:
            continue  # no party received it, or the clause names a thing of its own
        givers, passive, _how = coder.subject(verb)
        if passive or not givers:
            continue
        if modality_of(noun, etype, lex).value != "asserted":
            continue  # "X denied the support it gave Y": what governs the noun counts too
        coder._emit(  # noqa: SLF001
            givers, receivers, etype, None, verb,
            [f"'{noun.text}' that '{verb.text}' gives in a relative clause: the noun is the "
             "thing given", "source: subject of the clause", "target: its object"],
        )  # fmt: skip


def common_enemy(coder: Any) -> None:
    """'X allied with Y against Z', 'X sided with Y against Z', 'X teamed up with Y against
    Z', 'X backed Y against Z': a cooperation aimed "against" a third party is the subject's
    opposition to that party (REJECT, mode opposition; written17), besides the cooperation
    the lexicon codes. The "against" phrase may hang on the verb or on the partner noun. The
    cooperation's verb is the trigger, so its modality carries ("never allied with Y against
    Z", "may have sided with Y against Z" assert nothing); only the subject's, not the
    partner's, and never a party of the cooperation itself."""
    for event in list(coder.events):
        verb = event.trigger
        if event.event_type not in ("COOPERATE", "SUPPORT") or verb.pos_ != "VERB":
            continue
        subjects, passive, _how = coder.subject(verb)
        if passive or event.source.key() not in {a.key() for a in subjects}:
            continue
        heads = [verb] + [
            pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for pobj in prep.children if pobj.dep_ == "pobj"
        ] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]  # fmt: skip
        enemies = [
            enemy for head in heads for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "against"
            for pobj in prep.children if pobj.dep_ == "pobj"
            for enemy in coder.actors(pobj)
        ]  # fmt: skip
        own = {event.source.key(), event.target.key()}
        enemies = [e for e in enemies if e.key() not in own]
        if enemies:
            why = [
                f"'{verb.text} ... against {enemies[0].mention}': a cooperation aimed at a "
                "third party opposes it",
                "source: the cooperating subject",
                "target: the object of 'against'",
            ]
            coder._emit([event.source], enemies, "REJECT", "opposition", verb, why)  # noqa: SLF001


# -- round 3: modality of written reports ------------------------------------------------
# Each function reads one class of constructions; the words are data (cues.yaml, "round 3");
# modality.py asks them while it walks from an event's trigger up its clause.


def stops_short(tok: Any, lex: Any) -> bool:
    """True for "stopped short of", "fell short of": no cessation and no refusal.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> stops_short(nlp()("Washington stopped short of designating the group.")[1], load())
    True
    >>> stops_short(nlp()("The ISI stopped funding the Haqqani network.")[2], load())
    False
    """
    return tok.lemma_.lower() in lex.short_of_verbs and any(
        c.lower_ == "short" and c.dep_ in ("advmod", "acomp", "prt", "dobj", "npadvmod")
        for c in tok.children
    )


_VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})


def refused_violence(verb: Any, lex: Any) -> Any:
    """The act of violence that a verb of refusal or of ending takes as its object, or None:
    "the TTP ceased attacks on Y", "stopped its raids against Y", "X rejected the offensive
    on Y". Ending or refusing an attack on Y is no rejection of Y (the attack is negated by
    the modality stage; neg41). Only acts of force (an event noun of ASSAULT or COERCE in
    events.yaml): "rejected accusations by Y" still rejects Y.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> refused_violence(nlp()("The TTP ceased attacks on the police.")[2], load()).text
    'attacks'
    >>> refused_violence(nlp()("The ISI stopped its support for the TTP.")[2], load()) is None
    True
    """
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj") or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        entry = lex.noun_entry(obj) or {}
        if entry.get("type") in _VIOLENT_TYPES:
            return obj
    return None


def verb_phrase_in(tok: Any, words: frozenset[str]) -> bool:
    """``tok``'s lemma, or its lemma and particle ("hand back"), is one of ``words``."""
    return _verb_phrase_in(tok, words)


def _verb_phrase_in(tok: Any, words: frozenset[str]) -> bool:
    """``tok``'s lemma, or its lemma and particle ("call off"), is one of ``words``."""
    lemma = tok.lemma_.lower()
    if lemma in words:
        return True
    return any(
        f"{lemma} {c.lower_}" in words for c in tok.children if c.dep_ in ("prt", "advmod", "prep")
    )


def calling_off(verb: Any, lex: Any) -> bool:
    """``verb`` is a verb that puts off or calls off what it governs (cues.yaml
    ``deferral_verbs``, with its particle: "called off", "postponed"); world24: a time phrase
    on it ("called off the strike after talks with Y") tells background, not what is called off.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("The union called off its strike after talks with the government.")
    >>> calling_off(doc[2], load())
    True
    >>> doc = nlp()("The union called for talks with the government.")
    >>> calling_off(doc[2], load())
    False
    """
    return verb.pos_ in ("VERB", "AUX") and _verb_phrase_in(verb, lex.deferral_verbs)


def deferred_event(trigger: Any, lex: Any) -> Any:
    """The verb or participle that puts off or calls off the event noun ``trigger``, or None.

    "The army postponed its offensive against X", "talks with X were cancelled", "called off
    the raid", "the postponed talks": the event named did not take place.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The army postponed its offensive against the TTP.")
    >>> deferred_event(doc[4], load()).text
    'postponed'
    >>> deferred_event(nlp()("The army launched its offensive against the TTP.")[4], load())

    neg46: a headline drops the passive's auxiliary ("Army-TTP talks postponed
    indefinitely": the talks the parser's subject of a participle with no object), and an
    adjectival participle the tagger reads as an adjective counts by its form ("the aborted
    raid"):

    >>> deferred_event(nlp()("Army-TTP talks postponed indefinitely")[3], load()).text
    'postponed'
    >>> deferred_event(nlp()("The aborted raid on the camp cost him his job.")[2], load()).text
    'aborted'
    >>> deferred_event(nlp()("The offensive delayed the talks.")[1], load()) is None
    True
    >>> deferred_event(nlp()("Army-TTP talks cancelled at short notice")[3], load()).text
    'cancelled'

    written51: the purpose infinitive of a put-off act did not happen either ("the offensive
    to clear X from the valley was postponed"):

    >>> doc = nlp()("The army's offensive to clear the TTP from Tirah was postponed.")
    >>> deferred_event(doc[5], load()).text
    'postponed'
    """
    if (
        trigger.pos_ == "VERB"
        and trigger.dep_ == "acl"
        and trigger.head.pos_ == "NOUN"
        and trigger.head.i < trigger.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    ):
        return deferred_event(trigger.head, lex)
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in trigger.children:
        if (
            child.dep_ == "amod"
            and child.i < trigger.i
            and (
                _verb_phrase_in(child, lex.deferral_verbs)
                or _participle_in(child, lex.deferral_verbs)
            )
        ):
            return child  # "the postponed talks", "the aborted raid"
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and child.i > trigger.i
            and _verb_phrase_in(child, lex.deferral_verbs)
            and not _took_place_after_all(trigger, lex)
        ):
            return child  # "talks cancelled at short notice", "the meeting postponed in May"
    head = trigger.head
    if (
        trigger.dep_ in ("dobj", "obj", "nsubjpass")
        and head.pos_ in ("VERB", "AUX")
        and _verb_phrase_in(head, lex.deferral_verbs)
    ):
        return head
    if (
        trigger.dep_ == "nsubj"
        and head.tag_ in ("VBN", "VBD")
        and _verb_phrase_in(head, lex.deferral_verbs)
        and not any(c.dep_ in ("dobj", "obj", "aux", "auxpass") for c in head.children)
        and not _took_place_after_all(trigger, lex)
    ):
        return head  # "Army-TTP talks postponed indefinitely": a headline's passive
    return None


def deferred_undoing(trigger: Any, lex: Any) -> Any:
    """The verb or participle that puts off the undoing noun whose "of" phrase ``trigger``
    is, or None: "Kenya postponed the lifting of sanctions on Y", "the delayed suspension of
    aid to Y". The undoing (an easing or a cut, mechanisms.undone_entry) did not happen, so
    the event coded from ``trigger`` through it is not asserted (fixes57).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kenya postponed the lifting of sanctions on Uganda.")
    >>> deferred_undoing(doc[5], load()).text
    'postponed'
    >>> deferred_undoing(nlp()("Kenya announced the lifting of sanctions on Uganda.")[5], load())
    """
    head = trigger.head
    if trigger.dep_ != "pobj" or head.lower_ != "of" or head.head.i == head.i:
        return None
    gov = head.head
    if gov.pos_ != "NOUN" or not (
        gov.lower_ in lex.reversing_nouns or gov.lemma_.lower() in lex.reversing_nouns
    ):
        return None
    return deferred_event(gov, lex)


def cancelled_measure(trigger: Any, deferral: Any, event_type: str, lex: Any) -> bool:
    """Is ``deferral`` (a verb of ``deferral_verbs``) the verb that undoes the standing
    measure ``trigger`` names, so that the event coded from it is the easing itself?

    "X cancelled restrictions on Y", "X scrapped the ban on Y", "X cancelled the curfew":
    a sanction noun or a measure over a place (nominals.yaml ``place_measures``) is coded
    as an easing (RETREAT, ``reversing_verbs``; mechanisms.undone_entry), and cancelling a
    measure in force is that easing, done (peers57). An act called off (an offensive, a
    strike, a raid) did not happen, and a participle before the noun ("the cancelled
    sanctions") undoes nothing: both stay negated.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kenya cancelled restrictions on Somali traders.")
    >>> cancelled_measure(doc[2], doc[1], "RETREAT", load())
    True
    >>> doc = nlp()("The army cancelled its offensive against the rebels.")
    >>> cancelled_measure(doc[4], doc[2], "ASSAULT", load())
    False
    """
    if event_type != "RETREAT" or deferral.dep_ == "amod" or trigger.head.i != deferral.i:
        return False
    noun_type = (lex.trigger_entry(trigger)[1] or {}).get("type")
    standing = noun_type == "SANCTION" or (trigger.lower_,) in lex.places.get("measures", {})
    return standing and deferral.lemma_.lower() in lex.reversing_verbs


def _took_place_after_all(noun: Any, lex: Any) -> bool:
    """Is the act noun ``noun`` the subject of a verb (or of one coordinated with its verb)
    that says it began or resumed: "talks, postponed in May, resumed in June" (cues.yaml
    ``beginning_verbs``, ``resuming_verbs``)?"""
    words = lex.beginning_verbs | lex.resuming_verbs
    verb = noun.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(_verb_phrase_in(v, words) for v in verbs)


def _participle_in(tok: Any, words: frozenset[str]) -> bool:
    """Is ``tok`` the "-ed" participle of a verb of ``words`` ("aborted": abort), whatever
    its tag?

    >>> _participle_in(type("T", (), {"lower_": "aborted"})(), frozenset({"abort"}))
    True
    """
    word = tok.lower_
    return word.endswith("ed") and (word[:-2] in words or word[:-1] in words)


def party_description(trigger: Any, lex: Any) -> bool:
    """Does the trigger only describe a party of the clause, rather than name its act? "the
    al-Qaeda-aligned network" (a participle before a party's noun) and "fighters of the X-Y
    coalition" (a relation noun after a party's people) say what the party is: the clause's
    negation, doubt or plan is about its act, not about this tie.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Fighters of the Haqqani coalition did not attack the army.")
    >>> party_description(doc[4], load())
    True
    >>> party_description(nlp()("The Haqqanis did not join the coalition.")[5], load())
    False
    """
    head = trigger.head
    if head.i == trigger.i:
        return False
    if trigger.dep_ == "amod" and trigger.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN"):
        # "the al-Qaeda-aligned network", not "a Taliban-led attack" (an event's own agent)
        return lex.trigger_entry(head)[1] is None
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and head.lower_ == "of":
        while head.dep_ == "conj" and head.head.pos_ == "ADP":  # "fighters of X and of Y"
            head = head.head
        people = head.head
        return people.pos_ in ("NOUN", "PROPN") and people.lower_ in lex.follower_nouns
    return False


def set_aside(tok: Any, lex: Any) -> str | None:
    """The phrase ("rather than", "instead of", "far from") that sets the act ``tok`` aside
    for another, or None: "rather than attack X, the army opened talks" (no attack).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> set_aside(nlp()("Rather than fight the TTP, the tribes struck a deal.")[2], load())
    'rather than'
    >>> set_aside(nlp()("The tribes fought the TTP.")[2], load())
    """
    phrases = lex.alternative_phrases
    # "rather than attack": the mark "than" (with its "rather") under the verb
    for child in tok.children:
        if (
            child.dep_ in ("mark", "cc")
            and child.lower_ == "than"
            and child.i < tok.i  # "negotiate rather than attack": the attack is set aside
        ):
            words = [*tok.children, *child.children]
            for adverb in words:
                phrase = f"{adverb.lower_} {child.lower_}"
                if adverb.dep_ == "advmod" and phrase in phrases:
                    return phrase
    # "divided the routes rather than fight over them": the parser coordinates the set-aside
    # act with the chosen one, "than" (its "rather" under it) the conjunction between them
    if tok.dep_ == "conj":
        for child in tok.head.children:
            if child.dep_ == "cc" and child.lower_ == "than" and tok.head.i < child.i < tok.i:
                for adverb in [*child.children, *tok.head.children]:
                    phrase = f"{adverb.lower_} {child.lower_}"
                    if adverb.dep_ == "advmod" and phrase in phrases and adverb.i < child.i:
                        return phrase
    # "instead of sheltering X", "far from breaking with X": the act under the preposition
    if tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep":
        prep = tok.head
        for adverb in [*prep.children, prep.head] if prep.head.dep_ == "advmod" else prep.children:
            phrase = f"{adverb.lower_} {prep.lower_}"
            if adverb.dep_ == "advmod" and phrase in phrases:
                return phrase
    return None


def negated_subject(tok: Any, lex: Any) -> str | None:
    """The negating subject of the event verb ``tok`` ("no Taliban leader has met X", "none of
    the commanders attacked X", "neither group attacked X"), or None.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> negated_subject(nlp()("None of the Haqqani commanders attacked the army.")[5], load())
    'None'
    >>> negated_subject(nlp()("The Haqqani commanders attacked the army.")[3], load())
    """
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for child in tok.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        word = _negating_word(child, lex)
        if word is not None:
            return word
    return None


def _negating_word(noun: Any, lex: Any) -> str | None:
    """The words that make ``noun`` (a subject or an object) negate its clause: a negative
    pronoun ("nobody"), a negating determiner ("no fighters", "not a single rifle") or a
    negated quantifier, else None."""
    if noun.lower_ in lex.negative_subjects:
        return noun.text
    for det in noun.children:
        if det.dep_ == "det" and det.lower_ in lex.negating_determiners:
            return f"{det.text} {noun.text}"
        if (  # "gave X zero weapons" (neg45)
            det.dep_ in ("det", "nummod", "amod")
            and det.i < noun.i
            and det.lower_ in lex.zero_quantities
        ):
            return f"{det.text} {noun.text}"
    return _negated_quantifier(noun, lex) or _scant_if_any(noun, lex)


def _scant_if_any(noun: Any, lex: Any) -> str | None:
    """The words "few / little ... if any" around ``noun``, which takes it to none (neg41): "gave Y
    little, if any, money", "offered few if any concessions to Y" (the words right before
    the noun, however the parser hung them), "sent few fighters, if any, to help Y" (a
    scant word on the noun, "if any" right after it); cues.yaml ``scant_quantifiers``.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The ISI gave the Taliban little, if any, money.")
    >>> _scant_if_any(doc[10], load())
    'little, if any,'
    >>> _scant_if_any(nlp()("The ISI gave the Taliban little money.")[6], load()) is None
    True
    """
    doc, scant = noun.doc, lex.scant_quantifiers
    if not scant:
        return None

    def if_any(at: int) -> int | None:  # the index after "[,] if any [,]" from ``at``
        at += at < len(doc) and doc[at].text == ","
        if at + 1 < len(doc) and doc[at].lower_ == "if" and doc[at + 1].lower_ == "any":
            at += 2
            return at + (at < len(doc) and doc[at].text == ",")
        return None

    inside = {t.i for t in noun.subtree}
    for start in range(max(noun.sent.start, noun.i - 8), noun.i):
        if doc[start].lower_ not in scant:
            continue
        end = if_any(start + 1)
        if (
            end is not None
            and end <= noun.i
            and all(i in inside or doc[i].text == "," for i in range(end, noun.i))
        ):
            return doc[start:end].text
    if any(c.lower_ in scant and c.i < noun.i for c in noun.children):
        end = if_any(noun.i + 1)
        if end is not None:
            return doc[noun.i + 1 : end].text
    return None


def negated_object(tok: Any, lex: Any) -> str | None:
    """The negating object of the event verb ``tok``, or of the verb whose purpose ``tok``
    is, or None (written25): what was given, passed or sent is "no" thing, so nothing
    passed between the parties ("gave no money to Y", "gave Y no money", "had passed no
    information to Y", "provided Y with no weapons", "provided not a single rifle to Y",
    "gave nothing to Y", "sent no fighters to help Y"). The negating word is read as in
    `negated_subject` (cues.yaml ``negating_determiners``, ``negative_subjects``,
    ``negated_quantifiers``); "no fewer than twenty fighters" is a number, not "no", and a
    "with" phrase counts only on a verb of giving ("attacked Y with no warning" attacked).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> negated_object(nlp()("The Taliban gave no money to Al Qaeda.")[2], load())
    'no money'
    >>> negated_object(nlp()("The Taliban sent no fighters to help Al Qaeda.")[6], load())
    'no fighters'
    >>> negated_object(nlp()("The army killed no fewer than twenty TTP fighters.")[2], load())
    """
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    verbs = [tok]
    if tok.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    ):
        verbs.append(tok.head)  # "sent no fighters to help Y": the purpose's own verb
    for verb in verbs:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if (lex.verbs.get(verb.lemma_.lower()) or {}).get("type") == "AID":
            # "provided Y with no weapons"; "attacked Y with no warning" keeps the attack
            objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                        for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        for obj in objects:
            word = _negating_word(obj, lex)
            if word is not None:
                return word
    return None


def _negated_quantifier(subject: Any, lex: Any) -> str | None:
    """A quantifier that takes the subject to none (neg38): "not" before a word of one
    (cues.yaml ``negated_quantifiers``: "Not a single commander met X", "not one fighter
    ...") or an adverb of rarity on the subject's quantifier ("hardly any commanders",
    "barely any fighters"; ``rarity_adverbs``). "Not only X", "not all X" are no such word.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Not a single commander met the envoys.")
    >>> _negated_quantifier(doc[3], load())
    'Not a'
    >>> _negated_quantifier(nlp()("Not all commanders met the envoys.")[2], load())
    """
    doc = subject.doc
    for tok in (subject, *subject.children):
        for child in tok.children:
            nxt = doc[child.i + 1] if child.i + 1 < len(doc) else None
            if (
                child.dep_ == "neg"
                and child.i < subject.i
                and nxt is not None
                and nxt.lower_ in lex.negated_quantifiers
            ):
                return f"{child.text} {nxt.text}"
            if (
                child.dep_ == "advmod"
                and child.i < subject.i
                and child.lower_ in lex.rarity_adverbs
                and nxt is not None
                and nxt.lower_ == "any"
            ):
                return f"{child.text} {nxt.text}"
    return None


def _reporting_sources(tok: Any) -> list[Any]:
    """The nouns that may name the source reporting ``tok``'s clause: its subject ("reports
    said ...") and the object of its "according to" phrase, in the order of its children."""
    heads: list[Any] = []
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ == "according":
            heads += [g for t in child.children for g in t.children if g.dep_ == "pobj"]
            heads += [g for g in child.children if g.dep_ == "pobj"]
    return heads


def reported_participle(tok: Any, lex: Any) -> Any:
    """The reporting verb of a headline's reported participle that the parser hangs on the
    verb's object: "Unconfirmed report says TTP chief killed in US strike" ("chief" the
    object of "says", "killed" a participle on it), else None. What the source is worth
    (doubted, hearsay) then governs the participle as it governs "says TTP chief was killed"
    (heads15).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Unconfirmed report says TTP chief killed in US drone strike")
    >>> reported_participle(doc[5], load()).text
    'says'
    >>> reported_participle(nlp()("Army kills TTP chief wanted in attacks")[4], load())
    """
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or noun.dep_ not in ("dobj", "obj"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.speech:
        return None
    return verb


def doubted_source(tok: Any, lex: Any) -> str | None:
    """The doubted source that reports ``tok``'s clause, or None: "unconfirmed reports said
    ...", "rumours say ...", "according to unverified accounts, ...".

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doubted_source(nlp()("Unconfirmed reports said the ISI met them.")[2], load())
    'Unconfirmed reports'
    >>> doubted_source(nlp()("Officials said the ISI met them.")[1], load())

    neg43: the doubt may also stand in a clause on the source ("a source, whom the paper later
    described as unreliable, said ...") or in an aside between the source and its verb
    ("Posts on Telegram, none of them verified, said ..."; ``_unverified_aside``).

    >>> doc = nlp()("A source, whom the paper later described as unreliable, said X met Y.")
    >>> doubted_source(doc[11], load())
    'source'
    >>> doc = nlp()("A source, whom the paper described as senior, said the ISI met them.")
    >>> doubted_source(doc[10], load()) is None
    True
    """
    for head in _reporting_sources(tok):
        if head.lemma_.lower() in lex.hearsay_nouns or head.lower_ in lex.hearsay_nouns:
            return head.text
        for mod in head.children:
            if mod.dep_ in ("amod", "compound") and mod.lower_ in lex.doubted_sources:
                return f"{mod.text} {head.text}"
            if (
                mod.dep_ in ("relcl", "acl", "appos")
                and mod.i > head.i
                and any(
                    w.lower_ in lex.doubted_sources and w.dep_ in ("amod", "acomp", "oprd", "attr")
                    for w in mod.subtree
                )
            ):  # "a source, whom the paper described as unreliable, said ..." (neg43)
                return head.text
            if mod.dep_ in ("relcl", "acl") and _negated_verification(mod, lex):
                # "the accounts, never confirmed, said ...", "posts, none of which could be
                # verified, said ..." (neg43)
                return head.text
    return _unverified_aside(tok, lex)


def _unverified_aside(tok: Any, lex: Any) -> str | None:
    """A negated verification set between commas before the verb of speech ``tok`` (neg43):
    "Posts on Telegram, none of them verified, said X ambushed Y", "The accounts, never
    confirmed, said ..." (cues.yaml ``verification_verbs``; the parser hangs the aside on the
    verb). The source then vouches for nothing (uncertain). The aside's verb, or None.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Posts circulating on Telegram, none of them verified, said X met Y.")
    >>> _unverified_aside(doc[10], load())
    'verified'
    >>> doc = nlp()("Posts circulating on Telegram said X met Y.")
    >>> _unverified_aside(doc[4], load()) is None
    True
    """
    if tok.lemma_.lower() not in lex.speech:
        return None
    for aside in tok.children:
        if aside.i > tok.i or aside.lemma_.lower() not in lex.verification_verbs:
            continue
        # (set off by a comma; the parser may make the source the aside's subject)
        if not any(t.text == "," for t in tok.doc[aside.left_edge.i : tok.i]):
            continue
        if _negated_verification(aside, lex):
            return aside.text
    return None


_CONCESSIVE_MARKS = frozenset({"though", "although", "but", "while", "yet"})


def conceded_doubt(speech: Any, told: Any, lex: Any) -> Any:
    """A concession by the speaker that undoes the report ``told`` of the verb of speech
    ``speech`` (neg43): "Officials said X had armed Y, though they admitted they had little
    evidence", "..., but conceded that the report might be wrong". The concession is a
    "though"/"although"/"but" clause on ``speech`` or on ``told`` that holds a noun of evidence
    with a word of scarcity (cues.yaml ``evidence_nouns``, ``scant_words``) or a word of
    falsity under a modal ("might be wrong"; ``falsity``). The word that concedes, or None.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> text = "Afghan officials said the ISI had armed the TTP, though they admitted they had {}."
    >>> doc = nlp()(text.format("little evidence"))
    >>> conceded_doubt(doc[2], doc[6], load()).text
    'little'
    >>> doc = nlp()(text.format("fresh evidence"))
    >>> conceded_doubt(doc[2], doc[6], load()) is None
    True
    """
    clauses = [
        c
        for v in (speech, told)
        for c in v.children
        if c.dep_ in ("advcl", "conj")
        and c.i > told.i
        and (
            any(m.dep_ in ("mark", "cc") and m.lower_ in _CONCESSIVE_MARKS for m in c.children)
            or any(m.dep_ == "cc" and m.lower_ in _CONCESSIVE_MARKS for m in v.children)
        )
    ]
    for clause in clauses:
        for word in clause.subtree:
            if word.lemma_.lower() in lex.evidence_nouns or word.lower_ in lex.evidence_nouns:
                scant = next((m for m in word.children if m.dep_ in ("amod", "det")
                              and m.lower_ in lex.scant_words), None)  # fmt: skip
                if scant is not None and not any(c.dep_ in ("acl", "ccomp") for c in word.children):
                    return scant
            if word.lower_ in lex.falsity and word.dep_ in ("acomp", "attr"):
                head = word.head
                if any(a.dep_ == "aux" and a.tag_ == "MD" for a in head.children):
                    return word
    return None


def _negated_verification(verb: Any, lex: Any) -> bool:
    """True when ``verb`` is a verb of checking left undone (:func:`unchecked_verification`):
    "none of them verified", "never confirmed"."""
    return (
        verb.lemma_.lower() in lex.verification_verbs
        and unchecked_verification(verb, lex) is not None
    )


def unchecked_verification(tok: Any, lex: Any) -> Any:
    """The word that leaves a verb of checking undone, or None (neg44: the one test that
    modality's confirmations, doubted sources, questioned acts and taken-back reports share).
    ``tok`` is a verb of checking (cues.yaml ``verification_verbs``) negated ("could not be
    verified", "never confirmed"), with a negative subject ("none of them verified",
    ``negative_subjects``; "neither claim was confirmed", ``negating_determiners``) or
    completing a word of inability ("officials were unable to confirm it", ``unable_words``);
    or ``tok`` is itself an "un-" participle of one ("unverified", "uncorroborated"), which
    the function returns. A confirmation given, or merely possible ("may be confirmed"), is
    no doubt (None; see :func:`confirmed_verification`).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> unchecked_verification(nlp()("The claim was never confirmed.")[4], load()).text
    'never'
    >>> unchecked_verification(nlp()("None of the posts was verified.")[5], load()).text
    'None'
    >>> unchecked_verification(nlp()("Officials were unable to verify it.")[4], load()).text
    'unable'
    >>> unchecked_verification(nlp()("The account remains unverified.")[3], load()).text
    'unverified'
    >>> unchecked_verification(nlp()("The claim was later confirmed.")[4], load()) is None
    True
    >>> unchecked_verification(nlp()("The claim may be confirmed.")[4], load()) is None
    True
    """
    if _un_participle(tok.lower_, lex.verification_verbs):
        return tok
    if tok.lemma_.lower() not in lex.verification_verbs:
        return None
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return c
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    outer = _clause_subject(tok)
    if outer is not None and outer not in subjects:
        subjects.append(outer)
    for subject in subjects:
        if subject.lower_ in lex.negative_subjects or subject.lower_ in lex.negating_determiners:
            return subject
        for det in subject.children:
            if det.dep_ == "det" and det.lower_ in lex.negating_determiners:
                return det
    if tok.dep_ == "xcomp":
        return next((h for h in tok.ancestors if h.lower_ in lex.unable_words), None)
    return None


def confirmed_verification(tok: Any, lex: Any) -> bool:
    """Is ``tok`` a verb of checking that gives its confirmation: neither left undone
    (:func:`unchecked_verification`) nor only possible under a modal (cues.yaml
    ``verification_hedges``: "the rumour may be confirmed")? (neg44)

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> confirmed_verification(nlp()("Officials confirmed the rumour.")[1], load())
    True
    >>> confirmed_verification(nlp()("Officials could not confirm the rumour.")[3], load())
    False
    >>> confirmed_verification(nlp()("The rumour might be confirmed.")[4], load())
    False
    """
    if tok.lemma_.lower() not in lex.verification_verbs:
        return False
    if unchecked_verification(tok, lex) is not None:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in lex.verification_hedges for c in tok.children)


def denied_source(tok: Any, lex: Any) -> str | None:
    """The source reporting ``tok``'s clause when that source is itself denied, or None
    (precision22): "according to reports denied by Islamabad, X funded Y", "reports, which
    Islamabad denies, said X funded Y", "X funded Y, according to claims the group rejects".
    A report that someone denies vouches for nothing; the content is denied, as "X funded Y,
    a claim Islamabad rejects" already was.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Reports, which Islamabad denied, said the ISI met them.")
    >>> denied_source(doc[6], load())
    'Reports'
    >>> denied_source(nlp()("Reports said the ISI met them.")[1], load())
    """
    # (a report its maker later took back is denied too: "a confession, which he later
    # recanted, said ..."; neg44)
    denying = lex.modality.get("denied", frozenset()) | lex.claim_rejecting_verbs
    denying = denying | lex.retraction_verbs
    within = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    for head in (*_reporting_sources(tok), *within):  # "In a confession he later recanted, ..."
        if (
            head.lower_ not in lex.claim_nouns
            and head.lower_ not in lex.hearsay_nouns
            and not (
                any(head is w for w in within)
                and (report_noun(head, lex) or head.lemma_.lower() in lex.taken_back_reports)
            )
        ):
            continue
        for mod in head.children:
            if mod.dep_ in ("acl", "relcl") and mod.lemma_.lower() in denying:
                return head.text
            if mod.dep_ in ("acl", "relcl") and _called_false(mod, lex):
                return head.text  # "according to a claim both groups called a fabrication"
    for head in _reporting_sources(tok):
        for mod in head.children:
            if mod.dep_ == "relcl" and _recanted(mod, lex):
                return head.text  # "A courier, who later recanted, told ..." (neg44)
            if mod.dep_ in ("amod", "compound") and (
                mod.lemma_.lower() in lex.recanting_verbs
                or any(mod.lower_ == f"{v}ed" for v in lex.recanting_verbs)
            ):
                return head.text  # "according to a recanted confession" (neg44)
    return None


def _called_false(verb: Any, lex: Any) -> bool:
    """Is ``verb`` a verb of naming (cues.yaml ``naming_as_verbs``), not negated, whose
    object calls what it names false, a fabrication or wishful thinking (``falsity``,
    ``falsity_labels``, ``disbelief_words``)? "a claim that both groups have called a
    fabrication" (neg46).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("They cited a claim that both groups have called a fabrication.")
    >>> _called_false(doc[8], load())
    True
    >>> doc = nlp()("They cited a claim that both groups have called accurate.")
    >>> _called_false(doc[8], load())
    False
    """
    if verb.lemma_.lower() not in lex.naming_as_verbs or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return False
    words = lex.falsity | lex.falsity_labels | lex.disbelief_words
    return any(t.i > verb.i and (t.lower_ in words or t.lemma_.lower() in words)
               for t in verb.subtree)  # fmt: skip


def refused_remark(comp: Any, lex: Any) -> bool:
    """True when a refusal's complement is a remark ("declined to say whether ...", "refused
    to comment on ..."): no party is rejected."""
    return comp.lemma_.lower() in lex.remark_verbs


def _headline_participle(tok: Any) -> bool:
    """A participle of imminence with its "is" dropped, as headlines drop it: "Taliban
    delegation set to visit Y", "X slated to meet Y" (a past participle or past form with a
    subject, no auxiliary and no object of its own: "set fire to" or "set up camps" are acts;
    bugs36)."""
    kids = list(tok.children)
    return (
        tok.tag_ in ("VBN", "VBD")
        and tok.lemma_ != "be"  # the copula is no participle ("was to X": written21's rule)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "prt", "neg") for c in kids)
    )


def imminent(tok: Any, prev: Any, lex: Any) -> bool:
    """True when ``tok`` says the act below it (``prev``) is imminent, not done: "were due to
    meet X", "are set to sign", "is about to attack", "on the verge of a deal", "close to an
    agreement", the copula with an infinitive "were to send a delegation" (cues.yaml
    ``imminence``).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("ISI officers were due to meet Taliban envoys.")
    >>> imminent(doc[3], doc[5], load())
    True
    >>> doc = nlp()("The ISI chief is to meet Taliban envoys.")
    >>> imminent(doc[3], doc[5], load())
    True
    >>> doc = nlp()("ISI officers were glad to meet Taliban envoys.")
    >>> imminent(doc[3], doc[5], load())
    False
    """
    if prev is None:
        return False
    link = lex.imminence.get(tok.lower_) or lex.imminence.get(tok.lemma_.lower())
    if link is None:
        return False
    if link == "to":
        if prev.dep_ == "advcl" and any(c.lower_ == "to" for c in prev.children):
            # "Pakistan army set to launch operation": the parser may read the headline's
            # infinitive as a purpose clause of the participle (bugs36)
            return _headline_participle(tok)
        if prev.dep_ == "xcomp" and any(c.lower_ == "to" for c in prev.children):
            # "due to meet", "about to attack" (an adjective after "be") or "are set to sign"
            return (
                tok.dep_ in ("acomp", "amod")
                or any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in tok.children)
                # the copula itself over the infinitive: "were to send", "is to meet"
                or (tok.lemma_ == "be" and tok.pos_ in ("AUX", "VERB") and prev.head.i == tok.i)
                or _headline_participle(tok)
            )
        if prev.dep_ == "prep" and prev.lower_ == "to":
            return (tok.pos_ in ("ADJ", "ADV") and tok.lower_ in ("close", "near")) or (
                _misparsed_infinitive(prev)
            )
        return False
    frame = lex.imminence_frames.get(tok.lower_)
    if frame is not None and not (tok.dep_ == "pobj" and tok.head.lower_ == frame):
        return False  # "the point of the talks" is no "on the point of opening talks"
    return prev.dep_ == "prep" and prev.lower_ == link


def backed_by_sanctioned(coder: Any, noun: Any) -> list[Any]:
    """The parties that the people ``noun`` names (the object of a sanction, no party
    themselves) backed by a relative clause on them: "Treasury designated three financiers
    who, it said, had raised money for Y", "sanctioned two men who funded Y": a sanction on
    a party's backers strikes the party (written24). The clause's verb is one of cues.yaml
    ``backing_clause_verbs`` or any verb the lexicon codes as material help (AID: "men who
    had smuggled weapons to Y", "who sheltered Y"; written50); the party is its object or
    the object of its "for"/"to". "a group of men who ...", "a network of financiers who
    ...": the people are the "of" phrase of a collective noun (written50)."""
    found: list[Any] = []
    heads = [
        noun,
        *(
            g
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj" and not coder.actors(g)
        ),
    ]
    clauses = [c for h in heads for c in h.children if c.dep_ in ("relcl", "acl")]
    # "eleven men it said had financed Y": the backing told by the sanctioning party's own
    # words in the relative clause (written48)
    clauses += [g for c in clauses if c.lemma_.lower() in coder.lex.speech
                and not any(n.dep_ == "neg" for n in c.children)
                for g in c.children if g.dep_ == "ccomp"]  # fmt: skip
    for clause in clauses:
        found += _backed_parties(coder, clause)
    return [a for a in found if a.type not in ("place", "country", "person")]


def _backing_verb(coder: Any, verb: Any) -> bool:
    """A verb that makes its subject a party's backer: cues.yaml ``backing_clause_verbs``
    or a verb the lexicon codes as AID (written50)."""
    lemma = verb.lemma_.lower()
    if lemma in coder.lex.backing_clause_verbs:
        return True
    entry = coder.lex.verb_entry(lemma)
    return entry is not None and entry.get("type") == "AID"


def _backed_parties(coder: Any, clause: Any) -> list[Any]:
    """The parties a backing clause helps: the object of its verb, or of a "for"/"to" on the
    verb or on its object ("smuggled rifles to Y"), and so for each backing verb coordinated
    with it ("had collected donations and sent them to Y"). A verb negated or hedged by a
    modal backs no one ("men who never funded Y", "who may have funded Y")."""
    hedges = coder.lex.backing_hedges

    def objects(verb: Any) -> list[Any]:
        if not _backing_verb(coder, verb) or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in hedges) for c in verb.children
        ):
            return []
        found: list[Any] = []
        for c in verb.children:
            if c.dep_ in ("dobj", "obj"):
                found += coder.actors(c)
                found += [
                    a
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ in ("for", "to")
                    for g in p.children
                    if g.dep_ == "pobj"
                    for a in coder.actors(g)
                ]
            elif c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to"):
                found += [a for p in c.children if p.dep_ == "pobj" for a in coder.actors(p)]
        return found

    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in hedges) for c in clause.children):
        return []  # "men who had never raised money or sent arms to Y": the whole clause
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return [a for v in verbs for a in objects(v)]


def said_backing(coder: Any, verb: Any) -> list[Any]:
    """The parties the people a sanction strikes backed, by the sanctioning party's words in
    a clause on its verb: "designated three merchants, saying they had financed Y", "listed
    two men and said they had armed Y" (written50): the reason given for the sanction names
    the party it strikes, as "men who had financed Y" does (:func:`backed_by_sanctioned`).
    Only a clause whose subject is a pronoun (it points back to the sanctioned people)."""
    found: list[Any] = []
    for said in verb.children:
        if said.dep_ not in ("advcl", "conj") or said.lemma_.lower() not in coder.lex.speech:
            continue
        if any(c.dep_ == "neg" for c in said.children):
            continue
        for clause in said.children:
            if clause.dep_ != "ccomp":
                continue
            if not any(c.dep_ == "nsubj" and c.lower_ in ("they", "he", "she")
                       for c in clause.children):  # fmt: skip
                continue
            found += _backed_parties(coder, clause)
    return [a for a in found if a.type not in ("place", "country", "person")]


def outlet_owner(coder: Any, tok: Any) -> Any:
    """The party whose media organ the unknown name ``tok`` is, or None: "the Islamic
    State's weekly al-Naba accused Y" (a noun of cues.yaml ``outlet_nouns`` as a modifier of
    the name, the party as its possessor), "al-Naba, the Islamic State's weekly, ...", "the
    TTP's magazine Ihya-e-Khilafat" (the outlet noun in apposition or as the name's head). A
    group's newspaper, agency or website speaks for it, as its spokesman does (written24).
    A party that is only a country or place is no owner ("Pakistan's daily Dawn")."""
    outlets = coder.lex.outlet_nouns

    def owner_of(noun: Any) -> Any:
        for c in noun.children:
            if c.dep_ != "poss":
                continue
            named = coder.actor_of.get(c.i)
            if named is None:
                named = next((coder.actor_of[t.i] for t in c.subtree if t.i in coder.actor_of),
                             None)  # fmt: skip
            if (
                named is not None
                and not named.weak
                and not named.id.startswith("open:")
                and named.type not in ("place", "country", "person", "collective")
            ):
                return named
        return None

    if any(c.dep_ in ("amod", "compound") and c.lower_ in outlets for c in tok.children):
        found = owner_of(tok)  # "X's weekly al-Naba"
        if found is not None:
            return found
    for c in tok.children:  # "al-Naba, X's weekly,"
        if c.dep_ == "appos" and c.lower_ in outlets:
            found = owner_of(c)
            if found is not None:
                return found
    if tok.dep_ in ("appos", "compound", "nmod") and tok.head.lower_ in outlets:
        # "X's magazine Z"; "X's Voice of Jihad website" (the possessive on the name)
        return owner_of(tok.head) or owner_of(tok)
    return None


def coordinated_denial(trigger: Any, lex: Any) -> Any:
    """The verb of denial coordinated with the verb whose subject is the event noun
    ``trigger``, sharing that subject, or None: "an American strike on Y was reported by local
    media but denied by the Pentagon", "the raid was claimed by X and later dismissed as
    false" (written24): what one party reports and another denies is not vouched for.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("A drone strike on AQIM was reported by local media but denied by the army.")
    >>> coordinated_denial(doc[2], load()).text
    'denied'
    """
    if trigger.dep_ not in ("nsubjpass", "nsubj"):
        return None
    denying = lex.modality.get("denied", frozenset())
    for verb in trigger.head.conjuncts:
        if verb.i < trigger.i or verb.lemma_.lower() not in denying:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # "X was reported, but the army denied it": a clause of its own
        return verb
    return None


def no_share_in(trigger: Any, lex: Any) -> str | None:
    """The words that deny the subject any share in the act ``trigger`` names, or None: "X
    played no part in the ambush on Y", "took no part in", "had no hand in" (written24). The
    act is the object of "in" on a verb of cues.yaml ``share_verbs`` (or on its object),
    whose object is a noun of ``share_nouns`` with a negating determiner ("no").

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> no_share_in(nlp()("The TTP played no part in the ambush on the convoy.")[7], load())
    'no part'
    >>> no_share_in(nlp()("The TTP played a part in the ambush on the convoy.")[7], load())
    """
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "in":
        return None
    head = trigger.head.head
    verb = head.head if head.lower_ in lex.share_nouns and head.dep_ in ("dobj", "obj") else head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.share_verbs:
        return None
    for obj in verb.children:
        if obj.dep_ in ("dobj", "obj") and obj.lower_ in lex.share_nouns:
            for det in obj.children:
                if det.dep_ == "det" and det.lower_ in lex.negating_determiners:
                    return f"{det.text} {obj.text}"
    return None


def retracted_claim(trigger: Any, lex: Any) -> Any:
    """The verb that takes back the claim of the act ``trigger`` names, or None: "X claimed
    the attack on Y, then withdrew the claim", "X took responsibility for the bombing of Y
    but later retracted it" (written24). The claim is the nearest verb above the trigger
    of cues.yaml ``claim_words``; the retraction a verb of ``retracting_verbs`` coordinated
    with it (or hung on it) whose object is a noun of claiming or a pronoun for the claim. A
    claim withdrawn vouches for nothing: the act is denied.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The TTP claimed the killing of two soldiers but later retracted it.")
    >>> retracted_claim(doc[4], load()).text
    'retracted'
    >>> doc = nlp()("The TTP claimed the killing of two soldiers and later repeated it.")
    >>> retracted_claim(doc[4], load()) is None
    True
    >>> doc = nlp()("The army said troops had killed a TTP leader, then retracted the statement.")
    >>> retracted_claim(doc[5], load()).text
    'retracted'
    """
    claim, tok = None, trigger
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ == "VERB":
            if tok.lemma_.lower() in lex.claim_words:
                claim = tok
            break
    if claim is None:
        return None
    # neg43: the parser may hang the retraction on the reported clause itself ("The army said
    # troops had killed X, then retracted the statement": "retracted" a dep of "killed")
    clause = [trigger] if trigger.pos_ == "VERB" and trigger.head.i == claim.i else []
    for verb in [*claim.children, *(c for v in clause for c in v.children)]:
        if verb.dep_ not in ("conj", "dep") or verb.i < trigger.i:
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.retracting_verbs:
            continue
        for obj in verb.children:
            if obj.dep_ in ("dobj", "obj") and (
                obj.lemma_.lower() in lex.retracted_things or obj.lower_ in ("it", "this")
            ):
                return verb
    return None


def _misparsed_infinitive(to: Any) -> bool:
    """True when the parser took an infinitive's "to" for a preposition, as it does after
    "due" ("was due to open talks with X": "to" a preposition, "talks" its object, "open" a
    modifier of "talks"): the object of "to" is a bare verb, or holds one as its modifier
    (written24; "due to heavy fighting" has an adjective there, and stays a cause).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The government was due to open talks with the TTP on Friday.")
    >>> _misparsed_infinitive(doc[4])
    True
    >>> doc = nlp()("The talks were delayed due to heavy fighting.")
    >>> _misparsed_infinitive(doc[5])
    False
    """
    for obj in to.children:
        if obj.dep_ != "pobj":
            continue
        if obj.tag_ == "VB" or any(
            c.tag_ == "VB" and c.dep_ in ("amod", "compound") and c.i < obj.i for c in obj.children
        ):
            return True
    return False


def rarely(tok: Any, lex: Any) -> str | None:
    """The adverb of rarity on the verb ``tok`` ("have rarely attacked X"), or None."""
    for child in tok.children:
        if child.dep_ == "advmod" and child.lower_ in lex.rarity_adverbs:
            return child.text
    return None


_QUESTION_AUX = frozenset(
    {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would",
     "can", "could", "should", "shall", "may", "might", "must"}
)  # fmt: skip


def yes_no_question(trigger: Any) -> str | None:
    """The inverted auxiliary of a yes/no question that holds ``trigger`` ("Did the Taliban
    break with X?", "Has the ISI stopped funding X?"), or None. A question asks whether the
    event happened; a wh-question ("Why did X attack Y?") presupposes it and is not this.

    >>> from riftwatch.nlp.parse import nlp
    >>> yes_no_question(nlp()("Did the Taliban break with Al Qaeda?")[3])
    'Did'
    >>> yes_no_question(nlp()("The Taliban broke with Al Qaeda.")[2])
    """
    sent = trigger.sent
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text != "?" or len(words) < 3:
        return None
    first = words[0]
    if first.lower_ not in _QUESTION_AUX or first.pos_ not in ("AUX", "VERB"):
        return None
    # the auxiliary comes before the subject of the verb it belongs to
    verb = first if first.dep_ == "ROOT" else first.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects and verb is first:
        # "Had the Haqqanis sheltered X?": the parser may make the auxiliary the root and the
        # participle with its subject a complement (precision22)
        subjects = [c for comp in first.children if comp.dep_ == "ccomp"
                    and not any(a.dep_ in ("aux", "auxpass") for a in comp.children)
                    for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]  # fmt: skip
    if subjects and all(s.i > first.i for s in subjects):
        return first.text
    return None


def unnamed_warners(verb: Any, lex: Any = None) -> Any:
    """The subject of ``verb`` when it is a plural common noun (people no party is named
    for: "officials", "analysts", "residents"), or None (neg40). Their warning that a party
    will act ("X is planning attacks on Y, officials warned") tells of the party's intent;
    it is no threat made by the party. A party's own spokesman or a pronoun is not this, nor
    a warning addressed to a party ("officials warned the TTP that the army would strike").

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The TTP is planning attacks on the police, officials warned.")
    >>> unnamed_warners(next(t for t in doc if t.text == "warned")).text
    'officials'
    >>> doc = nlp()("The TTP warned that it would attack the police.")
    >>> unnamed_warners(doc[2]) is None
    True
    """
    if any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return None
    told_first = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.tag_ == "NNS":
            return child
        # "X may clash with Y, the army warned": a body no party is named for, after the
        # clause it warns of, tells of X and Y; no threat between them (prec51). Not a
        # speaker who may be a party's own ("..., a spokesman warned"; "the group warned")
        if (
            told_first
            and lex is not None
            and child.dep_ == "nsubj"
            and child.tag_ == "NN"
            and child.lower_ not in lex.spokesman_nouns
            and child.lower_ not in lex.appositive_group_nouns
            and not any(c.dep_ in ("poss", "compound", "prep") for c in child.children)
        ):
            return child
    return None


# Penn tags of relative and interrogative words (also read by modality.py)
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_SEGMENT_MARKS = frozenset({":", ";", "-", "--", "\u2013", "\u2014"})


def questioned_statement(trigger: Any) -> str | None:
    """The "?" of a question that is a statement in form, or None (neg40): a headline with
    its auxiliary dropped ("ISI helping Taliban again?", "Taliban, Al Qaeda to meet in
    Doha?") or a declarative sentence with a question mark. It asks whether the event
    happened, as "Is the ISI helping the Taliban?" does. Not a wh-question ("Why did X help
    Y?" presupposes the help), not an event before a colon or dash ("TTP kills ten soldiers:
    end of the truce?" asserts the killing), not an event in a clause of time or cause
    ("After the army killed X, is peace possible?").

    >>> from riftwatch.nlp.parse import nlp
    >>> questioned_statement(nlp()("ISI helping Taliban again?")[1])
    '?'
    >>> questioned_statement(nlp()("ISI helping Taliban again")[1]) is None
    True
    >>> questioned_statement(nlp()("Why did the ISI help the Taliban?")[4]) is None
    True
    """
    sent = trigger.sent
    words = [t for t in sent if not t.is_space and not t.is_quote]
    if not words or words[-1].text != "?" or len(words) < 3:
        return None
    if any(t.tag_ in WH_TAGS for t in words):
        return None
    if any(t.text in _SEGMENT_MARKS and trigger.i < t.i for t in words):
        return None  # the question is a later segment than the event's
    node = trigger
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ not in ("if", "whether") for c in node.children
        ):
            return None  # "After X attacked Y, ...?": told as background
        node = node.head
    return words[-1].text


def prospect_of(tok: Any, prev: Any, lex: Any) -> bool:
    """True when ``tok`` is a noun of prospect whose "of" phrase (``prev``) holds the event:
    "the prospect of talks with X", "fears of a Taliban offensive", "talk of an alliance"
    (cues.yaml ``prospect_nouns``).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The prospect of talks with the TTP alarmed the army.")
    >>> prospect_of(doc[1], doc[2], load())
    True
    >>> doc = nlp()("The outcome of talks with the TTP alarmed the army.")
    >>> prospect_of(doc[1], doc[2], load())
    False
    """
    return (
        prev is not None
        and prev.dep_ == "prep"
        and prev.lower_ == "of"
        and tok.pos_ in ("NOUN", "PROPN")
        and (tok.lower_ in lex.prospect_nouns or tok.lemma_.lower() in lex.prospect_nouns)
    )


def parenthetical_doubt(tok: Any, lex: Any) -> tuple[str, str] | None:
    """(modality, cue) of a parenthetical reporting clause on ``tok`` that denies or doubts
    it ("The ISI, officials deny, has funded X": denied; "X, officials suspect / believe,
    funded Y": uncertain, cues.yaml ``conjecture_verbs`` as over a that-clause), or None. A
    plain parenthetical ("X, officials say, funded Y") attributes.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> parenthetical_doubt(nlp()("The ISI, officials deny, has funded the group.")[7], load())
    ('denied', 'deny')
    >>> parenthetical_doubt(nlp()("The ISI, officials say, has funded the group.")[7], load())
    """
    cues = lex.modality
    for child in tok.children:
        if child.dep_ != "parataxis" or child.pos_ != "VERB":
            continue
        lemma = child.lemma_.lower()
        if lemma in cues.get("denied", ()):
            return "denied", child.text
        if any(c.dep_ == "neg" for c in child.children):
            return "uncertain", f"not {child.text}"  # "X, officials did not confirm, ..."
        if (
            lemma in cues.get("uncertain", ())
            or lemma in lex.passive_belief - {"believe", "think"}
            or lemma in lex.conjecture_verbs
        ):  # "X, officials believe, armed Y": held, as "officials believe X armed Y" (neg39)
            return "uncertain", child.text
        if lemma in lex.extraposed_hearsay and any(
            c.dep_ == "nsubjpass" and c.lower_ == "it" for c in child.children
        ):  # "X, it is claimed, met Y": hearsay nobody owns, as "it is said that" (neg38)
            return "uncertain", f"it is {child.text}"
    return None


def not_yet(tok: Any, prev: Any) -> bool:
    """True for "has yet to X", "is yet to X" over the act ``prev``: not done so far.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban have yet to break with Al Qaeda.")
    >>> not_yet(doc[2], doc[5])
    True
    """
    return (
        prev is not None
        and prev.dep_ == "xcomp"
        and tok.lemma_.lower() in ("have", "be")
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.children)
    )


def denied_in_relative_clause(noun: Any, lex: Any) -> str | None:
    """The denial verb of a relative clause on the event noun ``noun`` whose object is the
    relative pronoun ("the attack on X, which the group denied"; the parser may hang the
    clause on the last noun of the phrase, "X"), or None."""
    for child in noun.subtree:
        if (
            child.dep_ == "relcl"
            and child.lemma_.lower() in lex.modality.get("denied", ())
            and any(c.dep_ in _OBJECTS and c.tag_ == "WDT" for c in child.children)
        ):
            return child.text
    return None


# -- round 4 ------------------------------------------------------------------------------
# Each function reads one class of constructions; the words are data (cues.yaml, "written
# reports, round 4", read once by the lexicon loader into the Lexicon fields of the same
# names); tests/nlp/test_written_round4.py holds invented sentences and twins.


def compound_tie(text: str, end: int, lex: Any) -> bool:
    """True when a hyphenated tie participle follows a name ending at ``end``: "Al
    Qaeda-linked militants", "ISI-backed gunmen". The member noun after it is not the
    named group's (cues.yaml ``compound_ties``).

    >>> from riftwatch.nlp.lexicon import load
    >>> compound_tie("Al Qaeda-linked militants attacked", 8, load())
    True
    >>> compound_tie("Al Qaeda fighters attacked", 8, load())
    False
    """
    match = re.match(r"-([a-z]+)\b", text[end:])
    return match is not None and match.group(1) in lex.compound_ties


def reason_verb(prep: Any, lex: Any) -> str | None:
    """The kind of a "for V-ing" phrase ``prep`` on a verb of charging ("sanctioned X for
    funding Y": "charge") or judging ("praised X for attacking Y": "judge"), else None. In
    both the verb's object does the gerund's act.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Washington sanctioned two officers for funding the Haqqani network.")
    >>> reason_verb(doc[4], load())
    'charge'
    """
    if prep.dep_ != "prep" or prep.lower_ != "for" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in (*_OBJECTS, "nsubjpass") for c in prep.head.children):
        return None  # "X was arrested for V-ing" (peers11): the passive subject's charge
    lemma = prep.head.lemma_.lower()
    if lemma in lex.charging_verbs:
        return "charge"
    if lemma in lex.judging_verbs:
        return "judge"
    return None


def reason_of_charge(tok: Any, prev: Any, lex: Any) -> bool:
    """True when ``tok`` is the "for" of a charging verb and ``prev`` the gerund under it:
    what someone was sanctioned or arrested for is the charge, not an established act."""
    return prev is not None and prev.dep_ == "pcomp" and reason_verb(tok, lex) == "charge"


_DISJUNCTIONS = frozenset({"or", "nor"})


def negation_over_disjunction(head: Any, conj: Any) -> str | None:
    """The negation cue of verb ``head`` when it also scopes over ``conj``, a verb joined to
    it by "or"/"nor" that has no subject or negation of its own: "did not shelter X or fund
    Y", "never sheltered X or funded Y", "no longer shelter X or fund Y" deny both acts.
    ("did not shelter X and funded Y" keeps the second act asserted.)

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban did not shelter Al Qaeda or fund the TTP.")
    >>> negation_over_disjunction(doc[4], doc[8])
    'not'
    """
    if conj.dep_ != "conj" or conj.head.i != head.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in _DISJUNCTIONS and head.i < c.i < conj.i
               for c in head.children):  # fmt: skip
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "neg", "aux") for c in conj.children):
        return None  # "did not X, or Y did Z" / "or they will": a clause of its own
    for child in head.children:
        if child.dep_ == "neg" and not_only(child):
            continue
        if child.dep_ == "neg" or child.lower_ in ("never", "neither"):
            return child.text
        if child.lower_ in ("longer", "more") and any(g.lower_ == "no" for g in child.children):
            return f"no {child.lower_}"  # "no longer": spaCy hangs "no" on "longer" ...
        if child.lower_ == "no" and child.dep_ == "neg":
            return "no"
    return None


def hosted_gathering(verb: Any, lex: Any) -> bool:
    """True when ``verb`` hosts a gathering ("hosted talks between X and Y", "hosted a
    meeting of X's delegates"): the participants get no shelter or aid from the host
    (cues.yaml ``hosting_verbs``, ``gathering_nouns``).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Qatar hosted talks between the Taliban and U.S. envoys in Doha.")
    >>> hosted_gathering(doc[1], load())
    True
    >>> hosted_gathering(nlp()("Pakistan hosted Taliban leaders in Quetta.")[1], load())
    False
    """
    if verb.lemma_.lower() not in lex.hosting_verbs:
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lower_ in lex.gathering_nouns:
        return True  # "talks between X and Y hosted by H" (gaps52)
    return any(c.dep_ in _OBJECTS and c.lower_ in lex.gathering_nouns for c in verb.children)


def hosted_envoys(coder: Any, verb: Any) -> list[Any]:
    """The group whose envoys ``verb`` hosts, or that it hosts for talks: "Riyadh hosted a
    Taliban delegation", "Qatar hosted the Taliban's negotiators", "hosted Taliban leaders
    for talks" are talks between the host and that group (cues.yaml ``guest_envoy_nouns``,
    ``gathering_nouns``), not shelter given to it. Empty when ``verb`` is no hosting verb or
    its object names no actor."""
    lex = coder.lex
    if verb.lemma_.lower() not in lex.hosting_verbs:
        return []
    for_talks = any(
        c.dep_ == "prep" and c.lower_ == "for"
        and any(g.dep_ == "pobj" and g.lower_ in lex.gathering_nouns for g in c.children)
        for c in verb.children
    )  # fmt: skip
    for child in verb.children:
        if child.dep_ in _OBJECTS and (child.lower_ in lex.guest_envoy_nouns or for_talks):
            acts = coder.actors(child)
            if acts:
                return list(acts)
    return []


def claimed_gerund(prep: Any, lex: Any) -> Any | None:
    """The verb of claiming when ``prep`` is the "for" of a claim object over a gerund: "X
    claimed responsibility for killing Y", "took credit for driving Y out" (cues.yaml
    ``claim_words``, ``claim_objects``); the claimant is the gerund's agent. None otherwise.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban claimed responsibility for killing ten Islamic State fighters.")
    >>> claimed_gerund(doc[4], load()).text
    'claimed'
    """
    if prep.lower_ != "for" or prep.head.lemma_.lower() not in lex.claim_objects:
        return None
    noun = prep.head
    if noun.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.claim_words:
        return None
    return verb


def dismissed_allegation(prep: Any, lex: Any) -> Any | None:
    """The denying verb when ``prep`` is the "of" of a charge over a gerund that the verb
    denies or dismisses: "Iran rejected allegations of arming Y", "X dismissed accusations of
    sheltering Y" (cues.yaml ``alleged_act_nouns``; the verb in ``claim_rejecting_verbs`` or a
    denial cue). The denier is the gerund's agent, and the act is denied. None otherwise.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Iran rejected allegations of arming the Houthis.")
    >>> dismissed_allegation(doc[3], load()).text
    'rejected'
    """
    if prep.lower_ != "of" or prep.head.lower_ not in lex.alleged_act_nouns:
        return None
    noun = prep.head
    if noun.dep_ not in ("dobj", "obj"):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (
        lemma not in lex.claim_rejecting_verbs and lemma not in lex.modality.get("denied", ())
    ):
        return None
    return verb


def _participle_entry(lex: Any, tok: Any) -> dict[str, Any] | None:
    """The lexicon entry of a transitive event verb whose past form ``tok`` is."""
    lower = tok.lower_
    if not lower.isalpha() or not lower.endswith("ed") or tok.text[0].isupper():
        return None
    stems = [tok.lemma_.lower(), lower[:-1], lower[:-2]]
    if lower.endswith("ied"):
        stems.append(lower[:-3] + "y")
    if len(lower) > 4 and lower[-3] == lower[-4]:
        stems.append(lower[:-3])  # "armed" -> arm is above; "planned" -> plan
    return _plain_verb_entry(lex, stems)


def participle_predicates(coder: Any) -> None:
    """'Pakistan hosted Taliban leaders in Quetta', 'Pakistan sheltered Taliban leaders': a
    past-tense verb between a name and a group-named noun phrase that the small parser reads
    as an adjective of that noun ("hosted Taliban leaders" as one noun phrase), so the
    clause loses its verb. Read from the words: the verb (a transitive event verb of the
    lexicon, tagged as a modifier of the noun after it, with no verb above that noun), the
    name right before it (adverbs may stand between) as the source, and the actors of the
    noun phrase as the target.

    Nothing is coded when a negation or a hedge stands between the name and the verb, or a
    condition opens the sentence; the event's modality is read from the parse as usual
    (so "officials denied that Pakistan sheltered Taliban leaders" stays denied)."""
    lex = coder.lex
    doc = coder.doc
    for tok in doc:
        if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN", "JJ") or tok.head.i <= tok.i:
            continue
        head = tok.head
        # "that X hosted Y leaders" parsed with the noun as the outer verb's object: the
        # clause marker on the noun says it stands for a clause
        marked = head.dep_ in _OBJECTS and any(
            c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in head.children
        )
        if not (head.dep_ in ("ROOT", "ccomp") or marked) or head.pos_ not in ("NOUN", "PROPN"):
            continue  # the noun phrase stands where a clause should be: no verb was found
        entry = _participle_entry(lex, tok)
        if entry is None:
            continue
        k = tok.i
        while k > 0 and doc[k - 1].dep_ in ("advmod", "neg") and doc[k - 1].head.i == tok.i:
            k -= 1  # "Pakistan long hosted": the tagger may read the adverb as an adjective
        if k > 0 and doc[k - 1].lower_ in ("'s", "'", "’s", "’"):
            continue  # "Hamas's armed wing": a possessor and its noun phrase, no clause
        source, gap = _name_before(coder, doc, k)
        gap = [*gap, *doc[k : tok.i]]
        if source is None:
            continue
        if any((t.lower_ in _NEGATING and not not_only(t)) or t.lower_ in lex.hedges
               for t in gap):  # fmt: skip
            continue
        if any(t.lower_ in _CONDITIONS for t in doc[: tok.i]):
            continue
        targets = [t for t in coder.actors(head) if t.key() != source.key()]
        if not targets:
            continue
        # the misread phrase made the source a modifier of the noun: drop events on it
        # and the outer verb of a marked clause took the noun for its object
        taken = {t.key() for t in targets}
        coder.events = [
            e for e in coder.events
            if not (e.trigger.i == head.i and source.key() in (e.source.key(), e.target.key()))
            and not (marked and e.trigger.i == head.head.i and e.target.key() in taken)
        ]  # fmt: skip
        if any(e.source.key() == source.key() and e.event_type == entry["type"]
               and e.target.key() in {t.key() for t in targets}
               for e in coder.events):  # fmt: skip
            continue
        why = [f"'{tok.text}': a past-tense verb the parser read as a modifier of "
               f"'{head.text}' -> {entry['type']}",
               "source: the name before the verb", "target: the noun phrase after it"]  # fmt: skip
        coder._emit([source], targets, entry["type"], entry.get("mode"), tok, why)  # noqa: SLF001


def hostile_complement(comp: Any, etype: str | None, lex: Any) -> bool:
    """True when ``comp``, the infinitive under a cooperative frame verb ("agreed to arrest
    X"), is itself a conflictual act of the lexicon: its object is the act's target, no
    partner of the agreement ("agreed to lift sanctions on X" still names X as one).

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("Pakistan agreed to arrest TTP commanders.")
    >>> hostile_complement(doc[3], "AGREE", load())
    True
    """
    from riftwatch.nlp.lexicon import CONFLICTUAL, COOPERATIVE

    if etype not in COOPERATIVE:
        return False
    if comp.lemma_.lower() in lex.modality.get("negated", ()):
        return True  # "agreed to prevent X from ...", "agreed to bar X": against X
    own = (lex.verbs.get(comp.lemma_.lower()) or {}).get("type")
    return own in CONFLICTUAL


_APPOSITION_OPENERS = frozenset({",", "\u2014", "\u2013", "-", ";"})


def trailing_denied_claim(trigger: Any, lex: Any) -> str | None:
    """The words that take back the clause of ``trigger`` when an apposition after it calls
    it a claim that someone rejects: "The ISI tipped off Haqqani commanders, a claim
    Pakistan rejects", "..., an allegation the group denies" (cues.yaml ``claim_nouns``,
    ``claim_rejecting_verbs``). Read from the words, since the parser often takes the verb
    of such an apposition for a noun. None when there is no such apposition after it.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("The ISI tipped off Haqqani commanders, a claim Pakistan rejects.")
    >>> trailing_denied_claim(doc[2], load())
    'claim ... rejects'
    >>> doc = nlp()("The ISI tipped off Haqqani commanders, a claim Pakistan accepts.")
    >>> trailing_denied_claim(doc[2], load()) is None
    True

    neg43: a claim its own maker took back is rejected as well: "Police said they had
    arrested X, a claim they later retracted" (cues.yaml ``report_taking_back_verbs``).

    >>> doc = nlp()("Police said they had arrested two men, a claim they later retracted.")
    >>> trailing_denied_claim(doc[4], load())
    'claim ... retracted'
    """
    rejecting = lex.claim_rejecting_verbs | lex.report_taking_back_verbs
    for noun, words in _trailing_claim_appositions(trigger, lex):
        for word in words:
            if _stems(word) & rejecting:
                return f"{noun.text} ... {word.text}"
    return None


def trailing_disbelieved_claim(trigger: Any, lex: Any) -> str | None:
    """The words that doubt the clause of ``trigger`` when an apposition after it calls it a
    claim or a view that someone names as wishful, absurd or the like (written31): "A think
    tank argued that X had broken with Y, a conclusion that officials called wishful
    thinking", "..., a view analysts dismissed as naive" (the nouns of
    :func:`trailing_denied_claim`; a word of cues.yaml ``disbelief_words`` or
    ``dismissive_words`` after a verb of ``naming_as_verbs`` or "as" in the apposition).
    None when the apposition calls it something else ("a conclusion officials called sound").

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("The Taliban had broken with Al Qaeda, a conclusion that officials called "
    ...             "wishful thinking.")
    >>> trailing_disbelieved_claim(doc[3], load())
    'conclusion ... wishful'
    >>> doc = nlp()("The Taliban had broken with Al Qaeda, a conclusion that officials called "
    ...             "sound.")
    >>> trailing_disbelieved_claim(doc[3], load()) is None
    True
    """
    doubting = lex.disbelief_words | lex.dismissive_words
    for noun, words in _trailing_claim_appositions(trigger, lex):
        named = False
        for word in words:
            if word.lemma_.lower() in lex.naming_as_verbs or word.lower_ == "as":
                named = True
            elif named and (_stems(word) | {_hyphenated(word)}) & doubting:
                return f"{noun.text} ... {word.text}"
    return None


def _hyphenated(word: Any) -> str:
    """The word joined to the next two when they spell a hyphenated word ("far-fetched")."""
    doc = word.doc
    if word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and not word.whitespace_:
        return f"{word.lower_}-{doc[word.i + 2].lower_}"
    return word.lower_


def _stems(word: Any) -> set[str]:
    """The word, its lemma and its forms without a plural or verb ending, lower case."""
    lower = word.lower_
    stems = {lower, lower[:-1], lower[:-2], word.lemma_.lower()}
    if lower.endswith("ies"):
        stems.add(lower[:-3] + "y")
    return stems


def unchecked_claim(trigger: Any, lex: Any) -> str | None:
    """The words that leave the clause of ``trigger`` unconfirmed or false when the sentence
    calls it a claim that could not be checked or was shown false (written48): an apposition
    after it ("..., a claim that could not be verified", "..., a claim the army showed to be
    false"; the nouns of :func:`trailing_denied_claim`) or a phrase "in remarks / a statement
    that could not be verified" on the verb of saying above it (cues.yaml
    ``authored_claim_nouns``). A verification verb left undone (:func:`unchecked_verification`)
    or a word of cues.yaml ``falsity`` not negated. None otherwise.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("The ISI armed the Taliban, a claim that could not be verified.")
    >>> unchecked_claim(doc[2], load())
    'claim ... verified'
    >>> doc = nlp()("The ISI armed the Taliban, a claim that was later verified.")
    >>> unchecked_claim(doc[2], load()) is None
    True
    """

    def doubt(words: list[Any]) -> Any:
        for word in words:
            if word.lemma_.lower() in lex.verification_verbs or word.lower_.startswith("un"):
                if unchecked_verification(word, lex) is not None:
                    return word
            elif word.lower_ in lex.falsity and not any(
                w.lower_ in ("not", "never", "n't") for w in words if w.i < word.i
            ):
                return word
        return None

    for noun, words in _trailing_claim_appositions(trigger, lex):
        found = doubt(words)
        if found is not None:
            return f"{noun.text} ... {found.text}"
    speech = next((t for t in trigger.ancestors if t.lemma_.lower() in lex.speech), None)
    if speech is None:
        return None
    for prep in speech.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.lower_ not in lex.authored_claim_nouns:
                continue
            for clause in noun.children:
                if clause.dep_ in ("relcl", "acl"):
                    found = doubt(list(clause.subtree))
                    if found is not None:
                        return f"{noun.text} ... {found.text}"
    return None


def _trailing_claim_appositions(trigger: Any, lex: Any) -> list[tuple[Any, list[Any]]]:
    """Each claim noun (cues.yaml ``claim_nouns``, ``appraised_view_nouns``) after ``trigger``
    that opens an apposition (", a claim ...", "; an assessment ..."), with the words of the
    apposition after it (up to eight, to the next comma, dash or stop)."""
    doc = trigger.doc
    nouns = lex.claim_nouns | lex.appraised_view_nouns
    end = len(doc)  # a sentence is parsed as its own doc
    out = []
    for tok in doc[trigger.i + 1 : end]:
        if tok.lower_ not in nouns or tok.i < 2:
            continue
        if doc[tok.i - 1].lower_ not in ("a", "an") or doc[tok.i - 2].text not in (
            _APPOSITION_OPENERS
        ):
            continue
        words = []
        for word in doc[tok.i + 1 : min(tok.i + 9, end)]:
            inner_hyphen = word.text == "-" and not doc[word.i - 1].whitespace_
            if (word.text in _APPOSITION_OPENERS and not inner_hyphen) or word.text == ".":
                break
            words.append(word)
        out.append((tok, words))
    return out


_CONTRASTS = frozenset({"but", "though", "although", "yet"})


def unverified_afterwards(trigger: Any, lex: Any) -> str | None:
    """The words that leave the sentence unconfirmed when a later clause says it could not
    be checked: "There were reports that X executed Y, but they could not be verified",
    "..., though this has not been independently confirmed" (cues.yaml
    ``verification_verbs``, negated or as "unverified"/"unconfirmed" after a contrast word).
    None otherwise.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban executed two couriers, but this could not be verified.")
    >>> unverified_afterwards(doc[2], load())
    'but ... verified'
    """
    doc = trigger.doc
    contrast = None
    # an accusation was made even when its charge is then thrown out ("X blamed Y, but Y
    # rejected the accusation"; written63)
    accusing = trigger.lemma_.lower() in lex.modality.get("uncertain", ())
    for tok in doc[trigger.i + 1 :]:
        if tok.lower_ in _CONTRASTS or tok.text == ";":
            contrast = tok
            continue
        if contrast is None:
            continue
        if contrast.text == ";" and not _anchored_taking_back(tok, lex):
            continue  # "X attacked Y; officials could not confirm the toll" doubts the toll
        if (
            unchecked_verification(tok, lex) is not None
            or _recanted(tok, lex)
            or _retracted_report(tok, lex)
            or (not accusing and _report_waved_away(tok, lex))
            or (not accusing and _report_found_baseless(tok, lex))
        ):
            return f"{contrast.text} ... {tok.text}"
    return None


_PURPOSE_NOUN_PATH = frozenset({"dobj", "obj", "pobj", "prep", "compound", "conj"})


def purpose_undone(trigger: Any, lex: Any) -> Any:
    """The word by which a later clause calls off the purpose that ``trigger`` is told in,
    or None (traps65). ``trigger`` is in an infinitive of purpose ("X set up a cell to fund
    Y", "X opened an office to pass arms to Y"), and after a contrast word ("but", "though",
    "although", "yet") or a semicolon the sentence either drops the plan (a verb of
    cues.yaml ``purpose_undoing_verbs`` whose subject or object is one of
    ``purpose_plan_nouns``: "though he added that the plan was dropped") or says the thing
    the purpose would have moved never moved ("but the office was shut before any arms
    moved": a "before" clause whose subject or object is, with "any", the lemma of
    ``trigger`` or of a noun of the purpose clause). What the purpose names did not happen.
    A purpose carried out ("... to fund Y, and the money flowed for years") is left alone.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The agency set up a front company to buy rifles for the rebels, "
    ...             "but the scheme was abandoned a month later.")
    >>> purpose_undone(next(t for t in doc if t.lower_ == "rifles"), load()).text
    'abandoned'
    >>> doc = nlp()("The agency set up a front company to buy rifles for the rebels, "
    ...             "and the company thrived for a decade.")
    >>> purpose_undone(next(t for t in doc if t.lower_ == "rifles"), load()) is None
    True
    """
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in _PURPOSE_NOUN_PATH:
        if verb.head is verb:
            return None
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("advcl", "acl"):
        return None  # an "xcomp" ("X agreed to fund Y") is no purpose
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    purpose = list(verb.subtree)
    end = purpose[-1].i
    nouns = {t.lemma_.lower() for t in purpose if t.pos_ in ("NOUN", "PROPN")}
    nouns.add(trigger.lemma_.lower())
    doc = trigger.doc
    contrast = None
    for tok in doc[end + 1 :]:
        if tok.lower_ in _CONTRASTS or tok.text == ";":
            contrast = tok
            continue
        if contrast is None:
            continue
        if (
            tok.pos_ in ("VERB", "AUX")
            and _verb_phrase_in(tok, lex.purpose_undoing_verbs)
            and any(
                c.dep_ in ("nsubjpass", "dobj", "obj") and c.lower_ in lex.purpose_plan_nouns
                for c in tok.children
            )
            and not any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)
        ):
            return tok
        if tok.lower_ == "before" and tok.dep_ in ("mark", "prep"):
            clause = tok.head if tok.dep_ == "mark" else tok
            for word in clause.subtree:
                if (
                    word.lemma_.lower() in nouns
                    and word.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "pobj")
                    and any(c.dep_ == "det" and c.lower_ == "any" for c in word.children)
                ):
                    return tok
    return None


def refused_offer(trigger: Any, lex: Any) -> Any:
    """The verb of dismissal by which the same sentence turns down the offer that the verb
    of offering ``trigger`` makes, or None (traps65): "X offered Y funding, but Y rebuffed
    the offer", "X proposed talks, an offer Y declined", "..., but the offer was turned
    down" (cues.yaml ``refused_offer_verbs``, ``dismissal_verbs``, ``proposal_nouns``). The
    cooperation offered did not come about; a refusal negated ("Y did not reject the offer")
    or an offer with no refusal leaves the offer as it is.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The sheikh offered the rebels money, but the rebels rebuffed the offer.")
    >>> refused_offer(doc[2], load()).text
    'rebuffed'
    >>> doc = nlp()("The sheikh offered the rebels money, and the rebels took it.")
    >>> refused_offer(doc[2], load()) is None
    True
    """
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lex.refused_offer_verbs:
        return None
    sent = trigger.sent
    offer_words = lex.proposal_nouns | {"it", "them"}
    for tok in trigger.doc[trigger.i + 1 : sent.end]:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.dismissal_verbs:
            continue
        lemma = tok.lemma_.lower()
        if lemma == "turn" and not any(c.lower_ == "down" for c in tok.children):
            continue
        if lemma == "brush" and not any(c.lower_ == "aside" for c in tok.children):
            continue
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
            continue
        if any(
            c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in offer_words for c in tok.children
        ) or (tok.dep_ == "relcl" and tok.head.lower_ in lex.proposal_nouns):
            return tok
    return None


def _report_found_baseless(tok: Any, lex: Any) -> bool:
    """Is ``tok`` a verb of finding (cues.yaml ``finding_verbs``), after a contrast word,
    whose object says nothing was found for what was reported before ("but investigators
    found nothing to support the claim", "though the inquiry found no evidence for the
    account", "but the monitors did not find any proof of it")? The object is a negative
    word (``negative_subjects``: "nothing"), a noun with "no", or, under a negated verb, an
    evidence noun (``evidence_nouns``) or "anything"; it must name the report (``taken_back_
    anchors``, ``taken_back_reports``, ``hearsay_nouns``) as the object of its infinitive
    ("to support the claim") or of its "for"/"of" phrase. written64.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("A man said X paid Y, but investigators found nothing to support the claim.")
    >>> _report_found_baseless(next(t for t in doc if t.lower_ == "found"), load())
    True
    >>> doc = nlp()("A man said X paid Y, and investigators found papers to support the claim.")
    >>> _report_found_baseless(next(t for t in doc if t.lower_ == "found"), load())
    False
    """
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.finding_verbs:
        return False
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)
    # traps65: or a view just told ("but officials have seen nothing to support that view")
    reports = (
        lex.taken_back_anchors | lex.taken_back_reports | lex.hearsay_nouns
        | lex.appraised_view_nouns
    )  # fmt: skip
    for obj in tok.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        empty = obj.lower_ in lex.negative_subjects or any(
            c.dep_ == "det" and c.lower_ == "no" for c in obj.children
        )
        if negated and (obj.lower_ == "anything" or obj.lemma_.lower() in lex.evidence_nouns):
            empty = True
        if not empty:
            continue
        named = [g for c in obj.children
                 if (c.dep_ in ("acl", "relcl") and c.tag_ == "VB")
                 or (c.dep_ == "prep" and c.lower_ in ("for", "of"))
                 for g in c.children if g.dep_ in ("dobj", "obj", "pobj")]  # fmt: skip
        if any(g.lower_ in reports or g.lemma_.lower() in reports for g in named):
            return True
    return False


def _report_waved_away(tok: Any, lex: Any) -> bool:
    """Is ``tok`` a verb, after a contrast word, that throws out what was reported before
    it (written63)? A verb of naming (cues.yaml ``naming_as_verbs``) that calls a word
    standing for the report ("the report", "the account", "it"; ``taken_back_anchors``,
    ``taken_back_reports``, ``hearsay_nouns``) unreal or false ("but skeptics called the
    report wishful thinking", "though officials described the account as guesswork";
    ``unreal_report_words``, ``dismissive_words``, ``falsity``), or a verb rejecting such a
    word (``claim_rejecting_verbs`` outside ``denied``, whose verbs the denial rules read:
    "but Kabul rejected the account"). A
    judgement of timing or degree ("called the report premature", "exaggerated") leaves the
    report standing (round 44); so does a negated verb ("nobody called it wishful
    thinking"), a word of praise ("called the report sound") and a denial of one's own part
    ("but Y denied any involvement": a claim noun, not a report).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Officials said X paid Y, but skeptics called the report wishful thinking.")
    >>> _report_waved_away(doc[8], load())
    True
    >>> doc = nlp()("Officials said X paid Y, but skeptics called the report premature.")
    >>> _report_waved_away(doc[8], load())
    False
    """
    if tok.pos_ != "VERB" or any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.lower_ in lex.negative_subjects for s in subjects):
        return False
    reports = lex.taken_back_anchors | lex.taken_back_reports | lex.hearsay_nouns

    def report_word(word: Any) -> bool:
        return word.lower_ in reports and not any(
            c.dep_ in ("acl", "ccomp", "relcl") for c in word.children
        )

    lemma = tok.lemma_.lower()
    words = [w for w in tok.subtree if w.i > tok.i]
    if not any(report_word(w) for w in words):
        return False
    if lemma in lex.modality.get("denied", ()):
        return False  # "but the army denied it": the denial rules read it as denied (neg45)
    if lemma in lex.claim_rejecting_verbs:
        return any(c.dep_ in ("dobj", "obj") and report_word(c) for c in tok.children)
    if lemma not in lex.naming_as_verbs:
        return False
    unreal = lex.unreal_report_words | lex.dismissive_words | lex.falsity
    return any((_stems(w) | {_hyphenated(w)}) & unreal for w in words)


def _anchored_taking_back(tok: Any, lex: Any) -> bool:
    """Is ``tok`` a verb of checking left undone whose subject or object stands for what was
    reported before ("; this could not be confirmed", "; the claim was never verified")?
    The test of :func:`_taking_back` for a sentence of its own; after a bare semicolon only
    such a clause takes back the clause before it (walk52)."""
    if unchecked_verification(tok, lex) is None:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return _reporting_anchor(_clause_subject(tok), lex) or _reporting_anchor(obj, lex)


def recanted_report(noun: Any, clause: Any, lex: Any) -> Any:
    """The verb of a relative or participle clause by which the report ``noun``, whose content
    clause is ``clause``, is said to be taken back (neg44): "the courier's confession that X
    had paid Y, which he recanted in court, ...", "a statement that X attacked Y, later
    withdrawn, ..." (cues.yaml ``retraction_verbs``; the report words of
    :func:`report_noun` and ``taken_back_reports``). None otherwise, or when the clause is
    negated ("which he never recanted").

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("His confession that the ISI paid him, which he recanted, was aired.")
    >>> recanted_report(doc[1], doc[5], load()).text
    'recanted'
    >>> doc = nlp()("His confession that the ISI paid him, which he repeated, was aired.")
    >>> recanted_report(doc[1], doc[5], load()) is None
    True
    """
    if clause is None or clause.head.i != noun.i:
        return None
    if clause.dep_ not in ("ccomp", "acl") and not (
        clause.dep_ == "relcl"
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)  # fmt: skip
    ):  # (the parser may call the "that" clause of a report a relative clause)
        return None
    if not (report_noun(noun, lex) or noun.lemma_.lower() in lex.taken_back_reports):
        return None
    # (the parser may hang "which he recanted" on the clause's last noun: only a report is
    # recanted or retracted, so a recanting clause inside the content clause is the report's)
    inner = [t for t in clause.subtree if t.dep_ == "relcl" and t.lemma_.lower()
             in lex.recanting_verbs and any(o.dep_ in ("dobj", "obj") and o.tag_ == "WDT"
                                            for o in t.children)]  # fmt: skip
    for mod in (*noun.children, *inner):
        if mod.i == clause.i or mod.dep_ not in ("relcl", "acl"):
            continue
        if mod.lemma_.lower() in lex.retraction_verbs and not any(
            c.dep_ == "neg" or c.lower_ == "never" for c in mod.children
        ):
            return mod
    return None


def _retracted_report(tok: Any, lex: Any) -> bool:
    """Is ``tok`` a verb of retraction (cues.yaml ``retraction_verbs``), not negated, whose
    object or passive subject is a report ("..., but later recanted his confession", "...,
    but the confession was later retracted"; ``taken_back_reports`` and the words of
    :func:`_reporting_anchor`; neg44)?"""
    if tok.lemma_.lower() not in lex.retraction_verbs or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    return any(
        c.dep_ in ("dobj", "obj", "nsubjpass")
        and (c.lemma_.lower() in lex.taken_back_reports or _reporting_anchor(c, lex))
        for c in tok.children
    )


def _recanted(tok: Any, lex: Any) -> bool:
    """Is ``tok`` a verb of recanting that stands alone, with a pronoun for its subject ("He
    later recanted", "..., but she retracted"; cues.yaml ``recanting_verbs``; neg44)? What
    the speaker said before is taken back; "recanted his confession" names its report and is
    read by the rules for the report named."""
    if tok.lemma_.lower() not in lex.recanting_verbs or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "obj", "nsubjpass", "neg", "prep") for c in kids):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in kids)


def _nothing_took_place(tok: Any, lex: Any) -> Any:
    """The subject that says an act did not take place when ``tok`` is a verb of occurrence
    (cues.yaml ``occurrence_verbs``) whose subject is "no such ..." or "nothing of the sort"
    (``negating_determiners``, ``likeness_words``; neg44): "Officials said no such attack
    took place", "Nothing of the kind happened". None otherwise ("no attack took place"
    alone is a plain negation, not a taking back of what was told)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    occurring = lemma in lex.occurrence_verbs or any(
        f"{lemma} {c.lower_}" in lex.occurrence_verbs for c in tok.children if c.dep_ == "dobj"
    )
    if not occurring:
        return None
    for subj in tok.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        kids = list(subj.children)
        if any(d.dep_ == "det" and d.lower_ in lex.negating_determiners for d in kids) and any(
            a.lower_ in lex.likeness_words and a.dep_ in ("amod", "predet", "det") for a in kids
        ):
            return subj
        if subj.lower_ in lex.negative_subjects and any(
            g.lower_ in lex.likeness_words
            for p in kids
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
        ):
            return subj
    return None


_NOBODY = frozenset({"none", "neither", "nothing"})


def _un_participle(word: str, verbs: frozenset[str]) -> bool:
    """ "unverified", "unconfirmed", "uncorroborated": an "un-" participle of a verb of
    checking."""
    if not word.startswith("un"):
        return False
    stem = word[2:]
    return any(
        stem in (f"{v}d", f"{v}ed") or (v.endswith("y") and stem == v[:-1] + "ied") for v in verbs
    )


def unconfirmed_report(noun: Any, clause: Any, lex: Any) -> tuple[str, Any] | None:
    """The modality and word when ``noun``, a noun of report whose content clause is
    ``clause``, is the subject of a predicate that calls it false or unchecked (neg41):
    "Reports that X had sheltered Y remain unverified" (uncertain), "Reports that Y were
    sheltered by X are unconfirmed" (uncertain), "Claims that X paid Y are false" (denied).
    The report may also name its event through "of" or "about" ("reports of a truce between
    X and Y"), and a word of disbelief doubts it ("... were wishful thinking", "... are a
    myth", "... is premature": uncertain, lead42). cues.yaml ``claim_nouns``,
    ``hearsay_nouns``, ``falsity``, ``disbelief_words`` and the "un-" participles of
    ``verification_verbs``; the sentence-level "The report remains unverified." is
    :func:`taken_back`.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Reports that the ISI had sheltered the Haqqani fighters remain unverified.")
    >>> value, word = unconfirmed_report(doc[0], doc[5], load())
    >>> value, word.text
    ('uncertain', 'unverified')
    >>> doc = nlp()("Reports that the ISI had sheltered the Haqqani fighters angered Kabul.")
    >>> unconfirmed_report(doc[0], doc[5], load()) is None
    True
    >>> doc = nlp()("Reports of a truce between the two groups were wishful thinking.")
    >>> value, word = unconfirmed_report(doc[0], doc[1], load())
    >>> value, word.text
    ('uncertain', 'wishful')
    """
    if clause is None or clause.head.i != noun.i:
        return None
    if clause.dep_ not in ("ccomp", "acl") and not (
        clause.dep_ == "prep" and clause.lower_ in REPORT_OF
    ):
        return None
    if not report_noun(noun, lex):
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = noun.head
    if any(c.dep_ == "neg" for c in head.children):
        return None  # "are not false": nothing taken back here
    preds = [head, *(c for c in head.children if c.dep_ in ("acomp", "oprd", "attr", "xcomp"))]
    for word in preds:
        if word.lower_ in lex.falsity:
            return "denied", word
        if unchecked_verification(word, lex) is word:  # "remain unverified"
            return "uncertain", word
    for word in preds[1:]:  # "were wishful thinking", "are a myth", "is premature"
        for w in (word, *(c for c in word.children if c.dep_ == "amod")):
            if w.lower_ in lex.disbelief_words or w.lemma_.lower() in lex.disbelief_words:
                return "uncertain", w
    return None


REPORT_OF = frozenset({"of", "about"})
"""Prepositions by which a noun of report names what it tells ("reports of a truce")."""


def _report_words(lex: Any) -> frozenset[str]:
    return frozenset(lex.claim_nouns | lex.statement_nouns | lex.hearsay_nouns)


_REPORT_WORDS: Derived[Any, frozenset[str]] = Derived(_report_words)


def report_noun(tok: Any, lex: Any) -> bool:
    """Is ``tok`` a noun of report, claim or hearsay (cues.yaml ``claim_nouns``,
    ``statement_nouns``, ``hearsay_nouns``), by its form or its lemma? The one test of the
    nouns whose "of" or "about" phrase tells what is reported ("reports of X fighters
    sheltering Y", "rumours about ...") for modality, coding and doubted reports alike.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Rumours about a truce spread, and the statement was read out.")
    >>> report_noun(doc[0], load()), report_noun(doc[8], load()), report_noun(doc[3], load())
    (True, True, False)
    """
    words = _REPORT_WORDS(lex)
    return tok.lower_ in words or tok.lemma_.lower() in words


def _clause_subject(tok: Any) -> Any:
    """The subject of ``tok``'s clause: its own, or that of the verb it completes ("The
    claim remains unverified", "The reports turned out to be false", "Officials were
    unable to verify it")."""
    for here in (tok, *tok.ancestors):
        subj = next((c for c in here.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if here.dep_ not in ("acomp", "xcomp", "attr", "oprd", "ccomp", "conj"):
            return None
    return None


def _reporting_anchor(tok: Any, lex: Any) -> bool:
    """A word that stands for what was reported before ("the claim", "these accounts",
    "this", "none of them"), with no content clause of its own ("the claim that X ..."
    names its own claim)."""
    if tok is None:
        return False
    words = lex.taken_back_anchors | lex.claim_nouns | lex.hearsay_nouns
    if tok.lower_ in _NOBODY:  # "none of these accounts", "nothing in the video"
        inner = [g for c in tok.children if c.dep_ == "prep" for g in c.children
                 if g.dep_ == "pobj"]  # fmt: skip
        if inner:
            return _reporting_anchor(inner[0], lex)
    if tok.lower_ not in words:
        return False
    return not any(c.dep_ in ("acl", "ccomp", "relcl") for c in tok.children)


def taken_back(sent: Any, lex: Any) -> str | None:
    """The words of a sentence that takes back the sentence before it, or None: "The claim
    could not be verified.", "None of these accounts has been independently confirmed.",
    "The report later proved false.", "The statement was retracted." Its subject, or the
    object of the checking verb, is a word of reporting (cues.yaml ``taken_back_anchors``,
    ``claim_nouns``, ``hearsay_nouns``) and its verb a negated ``verification_verbs`` verb
    (or "unable to" one, or an "un-" participle of one), a ``falsity`` word or a
    ``retraction_verbs`` verb. A confirmation is not a taking back.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> taken_back(nlp()("The claim could not be independently verified."), load())
    'could not be ... verified'
    >>> taken_back(nlp()("The claim was later confirmed by officials."), load()) is None
    True

    A sentence that tells its own report first takes back that one, not the sentence
    before ("The source claimed that X pledged allegiance to Y, but this could not be
    confirmed": lead42).

    >>> taken_back(nlp()("The source claimed that the group paid them, but this could not "
    ...                  "be confirmed."), load()) is None
    True
    >>> taken_back(nlp()("Officials said the claim could not be verified."), load())
    'could not be verified'

    A taking back in a clause that hangs on the sentence's own act takes back that act
    ("X reportedly sent money to Y, though the source could not confirm it": walk49).

    >>> taken_back(nlp()("The group reportedly paid the tribe, though the source could not "
    ...                  "confirm it."), load()) is None
    True
    """
    found = _taking_back(sent, lex)
    if found is None:
        return None
    words, tok = found
    if _hangs_on_own_act(tok, lex):
        return None
    inside = {t.i for t in tok.subtree}
    if _after_own_report(sent, tok, lex):
        return None  # "One source claimed that X paid Y; this could not be confirmed"
    for speech in sent:
        if speech.lemma_.lower() not in lex.speech or speech.i in inside:
            continue  # "The claim, which officials said came from X, ...": the claim's own
        told = [c for c in speech.children if c.dep_ == "ccomp"]
        if any(tok.i not in {t.i for t in c.subtree} for c in told):
            return None  # the sentence's own report is what is taken back
    return words


def _after_own_report(sent: Any, tok: Any, lex: Any) -> bool:
    """Does the taking back ``tok`` follow a semicolon that ends a report told in the same
    sentence ("One speaker claimed that X supplied Y; this could not be confirmed")? The
    parser may hang the report under the taking back, so the clause order decides: a verb
    of saying with a content clause before the semicolon (walk52)."""
    semi = next((t for t in sent if t.text == ";" and t.i < tok.i), None)
    if semi is None:
        return False
    return any(
        t.i < semi.i
        and t.lemma_.lower() in lex.speech
        and any(c.dep_ == "ccomp" for c in t.children)
        for t in sent
    )


def _hangs_on_own_act(tok: Any, lex: Any) -> bool:
    """Does the clause of ``tok`` hang, as an adverbial clause or a conjunct, on a verb of the
    same sentence that is not a verb of saying (its own act, which the taking back concerns)?"""
    while tok.head.i != tok.i:
        head = tok.head
        if (
            tok.dep_ in ("advcl", "conj")
            and head.pos_ == "VERB"
            and head.lemma_.lower() not in lex.speech
        ):
            return True
        tok = head
    return False


def _taking_back(sent: Any, lex: Any) -> tuple[str, Any] | None:
    """The words that take a report back in ``sent`` and the token that carries them."""
    for tok in sent:
        lower, lemma = tok.lower_, tok.lemma_.lower()
        unchecked = unchecked_verification(tok, lex)
        if unchecked is tok:  # "The account remains unverified"
            if tok.dep_ in ("acomp", "oprd", "attr", "xcomp") and _reporting_anchor(
                _clause_subject(tok), lex
            ):
                return tok.text, tok
        elif lemma in lex.verification_verbs and tok.pos_ in ("VERB", "AUX"):
            if _anchored_taking_back(tok, lex):
                return f"{_words_before(tok)} {tok.text}".strip(), tok
        elif lower in lex.falsity and tok.dep_ in ("acomp", "oprd", "attr"):
            # "The report proved false"
            if _reporting_anchor(_clause_subject(tok), lex):
                return tok.text, tok
        elif _recanted(tok, lex):  # "He later recanted." (neg44)
            return tok.text, tok
        elif _nothing_took_place(tok, lex) is not None:  # "no such attack took place" (neg44)
            subject = _nothing_took_place(tok, lex)
            return f"{subject.text} ... {tok.text}", tok
        elif lemma in lex.retraction_verbs and tok.pos_ == "VERB":
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if _reporting_anchor(passive, lex) or _reporting_anchor(obj, lex):
                return tok.text, tok
    return None


def _words_before(tok: Any) -> str:
    """The auxiliaries and negation before a verb, as text, "..." where words were skipped
    ("could not be ... verified")."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < tok.i]
    if not aux:
        return ""
    text = " ".join(c.text for c in aux)
    return text + (" ..." if aux[-1].i + 1 < tok.i else "")


def trailing_participle(tok: Any, prev: Any) -> bool:
    """True when ``prev`` is a participle clause after the negated verb ``tok`` ("said the
    group had not killed the elders, blaming the army instead"): the participle's act is
    the subject's own, not under the verb's negation (what governs the verb still counts)."""
    return (
        prev is not None
        and prev.dep_ == "advcl"
        and prev.tag_ == "VBG"
        and prev.i > tok.i
        and not any(c.dep_ in ("mark", "aux", "neg") for c in prev.children)
        and any(c.dep_ == "neg" for c in tok.children)
    )


def negated_claim(tok: Any, lex: Any) -> str | None:
    """The negating word when ``tok`` is a verb of claiming (cues.yaml ``claiming_verbs``,
    ``claim_words``) that is negated or has a "neither ... nor" subject: "Neither X nor Y
    claimed the attack", "X did not claim the bombing": nobody is named as its author.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("Neither the TTP nor Al Qaeda claimed the attack.")
    >>> negated_claim(doc[6], load())
    'neither'
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in lex.claiming_verbs:
        return None
    for child in tok.children:
        if child.dep_ == "neg" and not not_only(child):
            return child.text
    return neither_nor(tok)


# -- round 5 (issue 9, written5) ---------------------------------------------------------------


def context_members(actors: list[Any], earlier: list[Any], lex: Any) -> list[Any]:
    """People named by who they are ("Arab fighters", "Uzbek fighters": a collective that the
    knowledge base files as a group's members) stand for that group only when the sentence
    (``actors``) or the document before it (``earlier``, the groups named so far) names it;
    otherwise they stay a collective of their own (cues.yaml ``context_bound_member_types``).

    ``actors`` are (start, end, Actor) triples; the result is a new list.
    """
    bound = lex.context_bound_member_types
    named = {a.org_id for _s, _e, a in actors if not _through_members(a, bound)}
    named |= {a.org_id for a in earlier if not _through_members(a, bound)}
    out = []
    for start, end, actor in actors:
        if _through_members(actor, bound) and actor.org_id not in named:
            actor = replace(actor, org_id=actor.id, org_name=actor.name,
                            how=f"{actor.how}; a people, not {actor.org_name}: the group is "
                            "not named in the text")  # fmt: skip
        out.append((start, end, actor))
    return out


def _through_members(actor: Any, bound: frozenset[str]) -> bool:
    """Is ``actor`` a collective standing for a group through the knowledge base alone?"""
    return (
        actor.type in bound
        and actor.org_id is not None
        and actor.id is not None
        and actor.org_id != actor.id
    )


def disbelieved_noun(trigger: Any, lex: Any) -> Any:
    """The word of disbelief said of the noun phrase that holds the event noun ``trigger``,
    or None (stop 44): "talk of a split was premature", "the rift is a myth", "one official
    called the split wishful thinking", "officials branded the merger a fiction" (cues.yaml
    ``disbelief_words``, also as the modifier of the predicate noun: "wishful thinking").
    The phrase is the noun and the nouns it hangs from through "of" ("talk of a split");
    the word is the predicate of its copula or of a verb of naming that has it as object
    (cues.yaml ``naming_as_verbs``). An event so called is doubted, not asserted.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("A U.S. official said talk of a split was premature.")
    >>> disbelieved_noun(doc[7], load()).text
    'premature'
    >>> doc = nlp()("An official called the split between the Taliban and Al Qaeda wishful "
    ...             "thinking.")
    >>> disbelieved_noun(doc[4], load()).text
    'wishful'
    >>> disbelieved_noun(nlp()("Officials branded the merger a myth.")[3], load()).text
    'myth'
    >>> disbelieved_noun(nlp()("The split was bitter.")[1], load()) is None
    True

    neg46: the noun of a share in the act ("X's role in the attack", cues.yaml
    ``claim_nouns``) stands for it through "in", and a noun of ``doubt_frame_nouns`` holds the
    word in its "of" phrase ("is a matter of conjecture", "the subject of speculation"):

    >>> doc = nlp()("The group's role in the attack on the army is a matter of conjecture.")
    >>> disbelieved_noun(doc[6], load()).text
    'conjecture'
    >>> doc = nlp()("The group's role in the attack on the army is a matter of record.")
    >>> disbelieved_noun(doc[6], load()) is None
    True
    """
    head = trigger
    while (
        head.dep_ == "pobj"
        and head.head.head.pos_ == "NOUN"
        and (
            head.head.lower_ == "of"  # "talk of a split", "reports of a rift"
            or (head.head.lower_ == "in" and head.head.head.lower_ in lex.claim_nouns)
        )
    ):  # neg46: "X's role in the attack", "its involvement in the raid"
        head = head.head.head
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in ("be", "remain", "prove"):
        said = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    else:
        return _named_in_disbelief(trigger, lex)
    words = lex.disbelief_words
    said = [*said, *(o for w in said if w.lemma_.lower() in lex.doubt_frame_nouns
                     for p in w.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj")]  # fmt: skip
    for word in said:
        if any(c.dep_ in ("xcomp", "ccomp") for c in word.children):
            continue  # "the merger was unlikely to change much": the change is doubted
        for tok in (word, *(c for c in word.children if c.dep_ in ("amod", "compound"))):
            if tok.lower_ in words or tok.lemma_.lower() in words:
                return tok
    return None


def _named_in_disbelief(trigger: Any, lex: Any) -> Any:
    """The word of disbelief after ``trigger`` in the object of the verb of naming that
    governs it ("called the split wishful thinking", "branded the merger a myth"), or None.
    The parser often hangs the predicate on the noun or the noun on the predicate, so any
    word of disbelief after the noun inside the verb's phrase counts; never through "for" or
    "on" ("called for a split": an appeal)."""
    node = trigger
    while node.pos_ != "VERB" and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in ("for", "on", "upon"):
            return None
        node = node.head
    if node.pos_ != "VERB" or node.lemma_.lower() not in lex.naming_as_verbs:
        return None
    words = lex.disbelief_words
    return next(
        (t for t in node.subtree
         if t.i > trigger.i and (t.lower_ in words or t.lemma_.lower() in words)),
        None,
    )  # fmt: skip


def finite_conj_of_infinitive(node: Any) -> bool:
    """True when ``node`` is a finite verb the parser coordinated with an infinitive ("X
    refused to arrest Y and continued to fund Z": 'continued' hangs on 'arrest') or with a
    bare verb under a modal ("X said it would stop attacks and accused Y": 'accused' hangs on
    'stop'). A past or present-tense verb cannot continue a 'to' infinitive or share a
    modal: it is coordinated with the verb above, so the refusal, plan, wish or modal over
    the infinitive does not reach it.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The ISI refused to arrest the commanders and continued to fund the Taliban.")
    >>> finite_conj_of_infinitive(doc[8])
    True
    >>> finite_conj_of_infinitive(nlp()("The ISI refused to arrest and fund the Taliban.")[6])
    False
    >>> doc = nlp()("The TTP said it would stop attacking schools and accused the army of lying.")
    >>> finite_conj_of_infinitive(doc[9])
    True
    >>> doc = nlp()("The TTP said it would stop attacking schools and accuse the army of lying.")
    >>> finite_conj_of_infinitive(doc[9])
    False
    """
    head = node.head
    return (
        node.dep_ == "conj"
        and node.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VB"
        and head.dep_ in ("xcomp", "ccomp", "advcl")
        and any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in head.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
    )


def abolished_bodies(coder: Any) -> None:
    """'X abolished the Afghan government's council', 'X dissolved Y's charity wing', 'X
    disbanded the jirga that Y had set up': doing away with another party's body is COERCE
    (mode ban) from X to the body's owner (cues.yaml ``abolishing_verbs``,
    ``abolished_bodies``). The owner is the body itself when it is an actor ("abolished the
    Afghan interim government"), its possessor or modifier, a by/of phrase, or the subject of
    a relative clause on it. Never X's own body; modality is read afterwards from the verb."""
    verbs, bodies = coder.lex.abolishing_verbs, coder.lex.abolished_bodies
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        doers, passive, how = coder.subject(verb)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        passive = passive or coder._headline_passive(verb, {})  # noqa: SLF001 (heads19)
        if passive:
            # "a Y cell was dismantled by X": the "by" agent does away with the passive
            # subject (written21)
            doers = [a for ag in verb.children if ag.dep_ == "agent"
                     for p in ag.children if p.dep_ == "pobj" for a in coder.actors(p)]  # fmt: skip
            objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
            how = "passive agent ('by')"
            if not doers:
                # heads19: "TTP hideout busted in North Waziristan IBO", "LeT cell busted in
                # CTD raid": no "by" phrase, the author of the operation it was done in (its
                # modifier, else the implied agent of a raid or operation in this country),
                # as for "killed in ..."; a headline's participle has its body as subject or
                # as the noun it describes
                objects = objects or [c for c in verb.children if c.dep_ == "nsubj"]
                if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
                    objects = objects or [verb.head]
                if objects:
                    doers, how, _mode = coder._agent_of(verb, {})  # noqa: SLF001
        if not doers:
            continue
        own = {a.key() for a in doers}
        for obj in objects:
            for body in [obj, *(c for c in obj.children if c.dep_ == "conj")]:
                owners = _owners_of_body(coder, body, bodies)
                owners = [a for a in owners if a.key() not in own]
                if not owners:
                    continue
                if any(e.trigger.i == verb.i and e.event_type != "REJECT" for e in coder.events):
                    continue  # the lexicon coded it otherwise
                # "dissolved Y's wing" read as the end of ties (needs_ties): a body, not ties
                coder.events[:] = [e for e in coder.events if e.trigger.i != verb.i]
                why = [f"'{verb.text}' does away with '{body.text}' of another party: COERCE",
                       f"source: {how}", "target: the body's owner"]  # fmt: skip
                coder._emit(doers, owners, "COERCE", "ban", verb, why)  # noqa: SLF001


def _owners_of_body(coder: Any, body: Any, bodies: frozenset[str]) -> list[Any]:
    """The actors a body noun belongs to, or []: its possessor, modifier, by/of phrase or
    the subject of a relative clause on it ("the jirga that Y set up" is Y's, whoever the
    jirga's members are), else the body itself when it is an actor ("the Afghan interim
    government", "the Pakistani army")."""
    itself = coder.actors(body)
    if body.lower_ not in bodies and body.lemma_.lower() not in bodies:
        return itself
    own = {a.key() for a in itself}  # "the peace committee": the words of the body's name
    for child in sorted(body.children, key=lambda c: c.dep_ != "poss"):
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < body.i:
            acts = [a for a in coder.actors(child) if a.key() not in own]
            if acts and (child.dep_ == "poss" or not _relative_owner(coder, body)):
                return acts
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            for pobj in child.children:
                acts = coder.actors(pobj) if pobj.dep_ == "pobj" else []
                if acts:
                    return acts
        if child.dep_ in ("relcl", "acl"):
            for sub in child.children:
                if sub.dep_ in ("nsubj", "agent"):
                    target = sub if sub.dep_ == "nsubj" else next(
                        (p for p in sub.children if p.dep_ == "pobj"), None)  # fmt: skip
                    acts = coder.actors(target) if target is not None else []
                    if acts:
                        return acts
    return itself


def _relative_owner(coder: Any, body: Any) -> bool:
    """Does a relative clause or participle on ``body`` name who set it up ("the committee
    that the army formed", "the council set up by Y")?"""
    for child in body.children:
        if child.dep_ in ("relcl", "acl"):
            for sub in child.children:
                if sub.dep_ == "nsubj" and coder.actors(sub):
                    return True
                if sub.dep_ == "agent" and any(coder.actors(p) for p in sub.children):
                    return True
    return False


def _shared_subject_verb(verb: Any) -> Any:
    """The verb whose subject ``verb`` shares: up its coordination while a conjunct has no
    subject of its own ("X ended its truce and ordered ...": "ended" for "ordered")."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def comitative_subject(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The subject of the verb a companion phrase hangs on, for a possessive inside it: "X
    attacked Y alongside its allies", "X fought Z in Kabul, together with their partners"
    (events.yaml ``comitative_preps``; "with" after a cues.yaml ``companion_adverbs``): the
    companions go with the doer, so "its" is X's, never the nearer object or place (a city
    standing for its state, "attacked Kabul alongside its allies"). Through a coordinated
    verb with no subject of its own. The subject's token (or the name inside it), or None.
    world26.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban attacked the police alongside its allies.")
    >>> comitative_subject(doc[6], {1: object(), 4: object()}).text
    'Taliban'
    >>> doc = nlp()("The Taliban attacked the police and its allies.")
    >>> comitative_subject(doc[6], {1: object(), 4: object()}) is None
    True
    """
    from riftwatch.nlp.lexicon import load

    lex = load()
    if tok.dep_ != "poss" or tok.lower_ not in ("its", "their"):
        return None
    noun = tok.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    companion = prep.lower_ in lex.comitative_preps or (
        prep.lower_ == "with"
        and prep.i > 0
        and prep.doc[prep.i - 1].lower_ in lex.companion_adverbs
    )
    verb = prep.head
    if not companion or verb.pos_ not in ("VERB", "AUX"):
        return None
    verb = _shared_subject_verb(verb)
    for subj in verb.children:
        if subj.dep_ == "nsubj" and subj.i < tok.i:
            return _subject_name(subj, actor_of)
    return None


def _subject_name(subj: Any, actor_of: dict[int, Any]) -> Any:
    """The token of ``subj`` that names its actor: the subject itself, or the name before or
    owning its noun ("Taliban fighters", "the TTP's leadership", "Shabaab's emir"): a body or
    a man of a party acts for it. None when neither names an actor."""
    if subj.i in actor_of:
        return subj
    return next(
        (
            c
            for c in subj.lefts
            if c.i in actor_of and c.dep_ in ("compound", "amod", "nmod", "poss")
        ),
        None,
    )


def commanding_subject(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The subject of a verb of ordering whose object is a possessive's own people: "X ended
    its truce with the government and ordered its fighters to attack Y" (its = X's, not the
    nearer government's): a group orders its own men. Also through a coordinated verb with
    no subject of its own. The subject's token, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The TTP ended its truce with the government and ordered its fighters "
    ...             "to attack the army.")
    >>> its = [t for t in doc if t.lower_ == "its"][1]
    >>> commanding_subject(its, {1: object()}).text
    'TTP'
    >>> doc = nlp()("The army raided the camp and seized its weapons.")
    >>> commanding_subject(doc[6], {1: object()}) is None
    True
    >>> doc = nlp()("The Front declared war on the League and called on its fighters to "
    ...             "kill them.")
    >>> its = [t for t in doc if t.lower_ == "its"][0]
    >>> commanding_subject(its, {1: object(), 6: object()}).text
    'Front'
    """
    from riftwatch.nlp.lexicon import load

    lex = load()
    if tok.dep_ != "poss" or tok.lower_ not in ("its", "their"):
        return None
    noun = tok.head
    people = lex.follower_nouns | lex.tied_unit_nouns | lex.rallied_nouns
    if noun.lower_ not in people:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("on", "upon", "to") and verb.dep_ == "prep":
        verb = verb.head  # "called on its fighters", "appealed to its supporters" (lead46)
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    orders = lex.shunning_orders | lex.directive_verbs | lex.rallying_verbs
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in orders:
        return None
    verb = _shared_subject_verb(verb)
    for subj in verb.children:
        if subj.dep_ == "nsubj" and subj.i < tok.i:
            # "X's leadership declared war on Y and ordered its fighters to ...": X's (stop 48)
            return _subject_name(subj, actor_of)
    return None


_PHRASE_LINKS = frozenset({"pobj", "prep", "dobj", "obj", "compound", "conj"})


def object_told_of(tok: Any) -> Any:
    """The plural object that "they" / "their" stand for in the "that" clause of a participle
    of saying hung on the object's verb: "X arrested three men, saying they had financed Y"
    (they = the men, not X; walk49: the arrester was read as the financier). The object's
    token, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Pakistan arrested three men, saying they had financed the TTP.")
    >>> object_told_of([t for t in doc if t.lower_ == "they"][0]).text
    'men'
    >>> doc = nlp()("Pakistan arrested three men and said it had dismantled the cell.")
    >>> object_told_of(doc[0]) is None
    True
    """
    if tok.lower_ not in ("they", "their", "them"):
        return None
    clause = tok
    while clause.dep_ != "ccomp":
        if clause.head.i == clause.i or clause.dep_ in ("advcl", "relcl", "conj"):
            return None
        clause = clause.head
    saying = clause.head
    if saying.dep_ != "advcl" or saying.tag_ != "VBG" or saying.head.i == saying.i:
        return None
    return next(
        (c for c in saying.head.children
         if c.dep_ in ("dobj", "obj") and c.tag_ in ("NNS", "NNPS") and c.i < tok.i),
        None,
    )  # fmt: skip


def participle_clause_subject(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The subject of the main clause for "its" / "their" in a passive participle clause that
    hangs on it with no subject of its own: "Y's fighters surrendered to Z, having been driven
    from their strongholds by X" (their = Y's, who suffered the driving, not the nearer Z's).
    The participle's understood subject is the main clause's subject, and a possessive in its
    "from" phrase or object is that subject's own (written round 19). The subject's token, or
    None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The fighters surrendered to the army, having been driven from their "
    ...             "strongholds by the rebels.")
    >>> their = [t for t in doc if t.lower_ == "their"][0]
    >>> participle_clause_subject(their, {1: object()}).text
    'fighters'
    >>> doc = nlp()("The fighters surrendered to the army after the rebels shelled their camp.")
    >>> participle_clause_subject([t for t in doc if t.lower_ == "their"][0], {1: object()})
    """
    if tok.dep_ != "poss" or tok.lower_ not in ("its", "their"):
        return None
    verb = tok.head
    while verb.dep_ in _PHRASE_LINKS and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    for subj in verb.head.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and subj.i < tok.i:
            for t in subj.subtree:
                if t.i in actor_of:
                    return t
    return None


def subject_for_personal(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The subject of the clause a personal possessive ("his", "her") stands in, when the
    subject is a proper name the text makes an actor of (a known person or not): "Jolani
    rejected Baghdadi's plan and renewed his pledge to Zawahiri" (his = Jolani's, not the
    nearer Baghdadi's). A possessive in a verb's object refers to the verb's subject first.
    The subject's token, or None."""
    if tok.dep_ != "poss" or tok.lower_ not in ("his", "her"):
        return None
    verb = tok.head.head if tok.head.dep_ in ("dobj", "obj") else None
    own = verb  # the verb whose object holds the possessive
    verb = _shared_subject_verb(verb) if verb is not None else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for subj in verb.children:
        if subj.dep_ != "nsubj" or subj.pos_ != "PROPN" or subj.i > tok.i:
            continue
        actor = actor_of.get(subj.i)
        if actor is not None and actor.how.startswith("open"):
            return subj
        # a known person as well (round 9: "Jolani" is in the knowledge base), unless the
        # verb takes a view of another's act ("met Y and praised his efforts": Y's)
        if (
            actor is not None
            and (actor.person or actor.type == "person")
            and (own is not None and own.lemma_.lower() not in _VIEW_VERBS)
        ):
            return subj
    return None


_CLAUSE_MARKS = frozenset({"after", "before", "when", "because", "since", "once", "until", "as"})
"""Subordinators of an adverbial clause whose subject pronoun :func:`clause_subject_person`
reads as the main clause's named subject."""


def clause_subject_person(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The named person who is the subject of the main clause, for "he" / "she" as the subject
    of an adverbial clause hung on it ("P, whose group had fought Q's forces, was killed by X
    after he refused to ...": he = P, not the nearer Q named inside P's relative clause;
    gaps62). The subject's token, or None when the main clause's subject is no named person.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor
    >>> doc = nlp()("Hekmatyar, whose men had fought Massoud's forces, was shot after he left.")
    >>> p = Actor(id="p:h", name="Hekmatyar", mention="Hekmatyar", type="person")
    >>> q = Actor(id="p:m", name="Massoud", mention="Massoud", type="person")
    >>> clause_subject_person(doc[13], {0: p, 6: q}).text
    'Hekmatyar'
    """
    if tok.lower_ in ("his", "her") and tok.dep_ == "poss" and tok.head.dep_ in ("dobj", "obj"):
        # "after he refused to place his men under ...": his = he, read before (gaps62)
        verb = tok.head.head
        while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        for subj in verb.children:
            heard = actor_of.get(subj.i) if subj.lower_ in ("he", "she") else None
            if (
                subj.dep_ == "nsubj"
                and heard is not None
                and (heard.person or heard.type == "person")
            ):
                return subj
        return None
    if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in verb.children
    ):
        return None
    for subj in verb.head.children:
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.pos_ != "PROPN" or subj.i > tok.i:
            continue
        actor = actor_of.get(subj.i)
        if actor is not None and (actor.person or actor.type == "person"):
            return subj
    return None


_VIEW_VERBS = frozenset({"support", "back", "praise", "hail", "applaud", "welcome", "celebrate",
                         "endorse", "approve", "condemn", "denounce", "deplore", "criticise",
                         "criticize", "decry", "mourn", "justify", "reject", "dismiss",
                         "question", "doubt", "accept"})  # fmt: skip
"""Verbs whose object is often another's act or word (cues.yaml attitude_verbs and more)."""


def distanced_other_side(event: Any, actor_of: dict[int, Any]) -> bool:
    """True when ``event`` is the reverse half of a two-way event under reluctance whose
    source is named only after the trigger and whose target only before it: "X is reluctant
    to meet Y", "X has grown leery of holding talks with Y" make X distance itself from Y,
    not Y from X (the meeting's reverse direction is dropped, not turned into distancing)."""
    src = [i for i, a in actor_of.items() if a.key() == event.source.key()]
    tgt = [i for i, a in actor_of.items() if a.key() == event.target.key()]
    trigger = event.trigger.i
    return bool(src) and bool(tgt) and min(src) > trigger and max(tgt) < trigger


def parallel_subject(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The subject of the first clause, for a subject pronoun of a clause coordinated with it:
    "The ISI relied on X against India, and it continues to protect Y" (it = the ISI, not
    the nearer India), or a possessive in that clause's subject ("The group joined the
    Taliban movement, and its fighters were trained by Y": the group's fighters; round 7).
    Only when that subject is an actor of the text (a name, or a noun such as "the group"
    that stands for one) and agrees in number ("it" a singular name, "they" a plural one;
    the Taliban either). The subject's token, or None."""
    if tok.dep_ == "poss" and tok.lower_ in ("its", "their"):
        if tok.head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head.head
    elif tok.dep_ == "nsubj" and tok.lower_ in ("it", "they"):
        verb = tok.head
    else:
        return None
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    for subj in verb.head.children:
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.i > tok.i:
            continue
        actor = actor_of.get(subj.i)
        if actor is None or subj.pos_ == "PRON":
            return None
        if actor.how.startswith("coreference") and subj.lemma_.lower() not in _TOPIC_NOUNS:
            return None
        plural = subj.tag_ in ("NNS", "NNPS") and subj.lower_ not in ("taliban", "taleban")
        # "X and Y launched a war on Z, and their armies fought W": a coordination of named
        # parties is plural, whatever the number of its first name (replay24)
        plural = plural or any(c.dep_ == "conj" and c.i in actor_of for c in subj.children)
        if (tok.lower_ in ("it", "its")) == plural and subj.lower_ not in ("taliban", "taleban"):
            return None  # "it" needs a singular name, "they" a plural one (or the Taliban)
        return subj
    return None


def unnamed_coordinated_subject(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The first subject of the clause before, for "their" owning the subject of a clause
    coordinated with it, when that subject is a coordination of names one of which is no
    actor of the text: "P and Q launched a war against Z, and their armies fought W" (their =
    P's and Q's, whoever they are; never the nearer Z, which had made Z fight W; replay24).
    The subject's token, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Tomas Verhoeven and Piet Maasland attacked the Kestrel Front, "
    ...             "and their men fought the Marrow Army.")
    >>> their = [t for t in doc if t.lower_ == "their"][0]
    >>> unnamed_coordinated_subject(their, {}).text
    'Verhoeven'
    >>> unnamed_coordinated_subject(their, {doc[1].i: object()}) is None  # the subject is named
    True
    """
    if tok.lower_ != "their" or tok.dep_ != "poss" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head.head
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    for subj in verb.head.children:
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.i > tok.i or subj.pos_ != "PROPN":
            continue
        # (the parser may hang the "and" inside the first name: look in the whole phrase)
        joined = any(t.dep_ == "cc" and t.lower_ == "and" for t in subj.subtree)
        return subj if joined and subj.i not in actor_of else None
    return None


def declarer_subject(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The party that declares, for the subject pronoun of what it declares: "X handed its
    bases to Y and announced that it was merging into Y" (it = X, the declarer, whose subject
    the coordinated verb inherits, not the nearer Y). The declaring verb is one of cues.yaml
    ``declaring_verbs``; the pronoun must be the first subject of the declared clause (or, for
    "its"/"their", own it: "X's newsletter accused Y of talks with Z and said its soldiers had
    fought W": its = X, the owner of the speaking noun), and the declarer a named actor (or a
    topic noun such as "the group") agreeing in number. The declarer's token, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Front gave its camps to the League and said that it would disband.")
    >>> declarer_subject(doc[11], {1: object()}).text
    'Front'
    """
    from riftwatch.nlp.lexicon import load

    subject = tok
    if tok.dep_ == "poss" and tok.lower_ in ("its", "their"):
        subject = tok.head  # "... and said its soldiers had fought Y": the soldiers' owner
    elif tok.lower_ not in ("it", "they"):
        return None
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = subject.head
    if clause.dep_ != "ccomp":
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head == clause and t.i < subject.i
           for t in clause.subtree):  # fmt: skip
        return None
    speech = clause.head
    lex = load()
    controlled = _participle_controller(speech, actor_of, lex)
    if speech.pos_ != "VERB" or (
        speech.lemma_.lower() not in lex.declaring_verbs and controlled is None
    ):
        return None
    verb = speech if controlled is None else controlled
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head  # "X handed ... and announced that ...": the first verb's subject
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "ROOT":
        # headline coordination the parser hangs as a complement: "X denies links with Y,
        # says it expelled Z" ('denies' a ccomp of 'says'): the first clause's subject
        subj = next((s for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i
                     and c.i < verb.i for s in c.children if s.dep_ == "nsubj"), None)  # fmt: skip
    if subj is not None and subj.i not in actor_of and tok is not subject:
        # "X's newsletter said its soldiers ...": the owner of a speaking noun that names no
        # party itself (stop 37)
        subj = _speech_owner(subj, actor_of) or subj
    if subj is None or subj.pos_ == "PRON" or subj.i not in actor_of:
        return None
    actor = actor_of[subj.i]
    how = getattr(actor, "how", "")
    if how.startswith("coreference") and subj.lemma_.lower() not in _TOPIC_NOUNS:
        return None
    if subj.lower_ in ("taliban", "taleban"):
        return subj  # "the Taliban ... said it / they ...": either number
    plural = subj.tag_ in ("NNS", "NNPS")
    if (tok.lower_ in ("it", "its")) == plural:
        return None  # "it" needs a singular name, "they" a plural one
    return subj


def _speech_owner(noun: Any, actor_of: dict[int, Any]) -> Any:
    """The party behind a noun of speech: its possessor ("X's newsletter"), else through its
    phrase ("a statement from X", "a statement in X's weekly"): X's token, or None."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i in actor_of), None)
    if owner is not None:
        return owner
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from", "by", "in"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.i in actor_of:
                return pobj
            return next((c for c in pobj.children if c.dep_ == "poss" and c.i in actor_of), None)
    return None


def _participle_controller(speech: Any, actor_of: dict[int, Any], lex: Any) -> Any:
    """The main verb whose subject says what a participle of saying says, when the pronoun
    of the said clause is that subject's: "X rejected the UN report, insisting that it had
    expelled Y", "X dismissed the American charges, saying that it had arrested Y" (it = X,
    the participle's controller, not the UN or the Americans that only qualify the object;
    precision23). Only when the main verb's object names no party itself (a party there,
    "X condemned Y, saying that it had ...", may be what is spoken of). The main verb, or
    None.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("The Front rejected the League report, insisting that it had left.")
    >>> _participle_controller(doc[7], {1: object(), 4: object()}, load()).text
    'rejected'
    >>> _participle_controller(doc[7], {1: object(), 5: object()}, load()) is None
    True
    """
    lemma = speech.lemma_.lower()
    if not (
        speech.dep_ == "advcl"
        and speech.tag_ == "VBG"
        and (lemma in lex.declaring_verbs or lemma in lex.speech)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in speech.children)
    ):
        return None
    main = speech.head
    if main.pos_ != "VERB" or main.i > speech.i:
        return None
    objects = [c for c in main.children if c.dep_ in ("dobj", "obj")]
    if any(o.i in actor_of for o in objects):
        return None  # "X condemned Y, saying that it had ...": Y may be spoken of
    return main


def crossed_subject(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The subject of the first clause, for a possessive "its" in the object of a clause
    coordinated with it that has a subject of its own, another actor: "X sided with Y, and Z
    attacked its positions" (its = X, the topic carried on, not the nearer Y; mmp11). Only
    when the first clause's subject is a singular group name and the second clause's subject
    is another actor. The subject's token, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Front sided with the League, and Army units attacked its positions.")
    >>> actors = {1: object(), 5: object(), 8: object()}
    >>> crossed_subject(doc[11], actors).text
    'Front'
    """
    if tok.dep_ != "poss" or tok.lower_ != "its" or tok.head.dep_ not in ("dobj", "obj", "pobj"):
        return None
    verb = tok.head.head
    if verb.dep_ == "prep":
        verb = verb.head
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    own = [c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i]
    own_actor = [c for o in own for c in o.subtree if c.i in actor_of and c.pos_ != "PRON"]
    if not own_actor:
        return None
    for subj in verb.head.children:
        if subj.dep_ != "nsubj" or subj.i > verb.i:
            continue
        actor = actor_of.get(subj.i)
        if actor is None or subj.pos_ == "PRON" or subj.tag_ in ("NNS", "NNPS"):
            return None
        if getattr(actor, "how", "").startswith("coreference"):
            return None
        if any(actor_of[c.i] is actor or _same_actor(actor_of[c.i], actor) for c in own_actor):
            return None
        return subj
    return None


def subject_across_semicolon(
    tok: Any, actor_of: dict[int, Any], sequel_adverbs: Any = frozenset()
) -> Any:
    """The subject of the clause before a semicolon, for a possessive "its"/"their" inside
    the subject of the clause after it: "X rejected Y's ideology; some of its brigades later
    clashed with Z" (its = X, the topic carried on, not Y named inside an object; mmp12). The
    subject is the first subject phrase of the clause before that names a group ("commanders
    of X": X); "its" needs a singular name. The name's token, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Front rejected the League's ideology; some of its units clashed with Z.")
    >>> actors = {1: object(), 4: object(), 13: object()}
    >>> subject_across_semicolon(doc[10], actors).text
    'Front'

    A subject "they"/"it" after the semicolon whose verb goes on with an adverb of sequence
    (cues.yaml ``sequel_adverbs``: "X beheaded Y's commanders; they then attacked Z") is
    that subject too: the clause tells what it did next (written26).

    >>> doc = nlp()("The Front beheaded the League's commanders; they then attacked Z.")
    >>> subject_across_semicolon(doc[8], {1: object(), 4: object()}, {"then"}).text
    'Front'
    >>> doc = nlp()("The Front beheaded the League's commanders; they attacked Z.")
    >>> subject_across_semicolon(doc[8], {1: object(), 4: object()}, {"then"}) is None
    True
    """
    doc = tok.doc
    semis = [t.i for t in doc[tok.sent.start : tok.i] if t.text == ";"]
    if not semis:
        return None
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ("they", "it"):
        verb = tok.head
        if not any(c.dep_ == "advmod" and c.lower_ in sequel_adverbs for c in verb.children):
            return None
        node = tok
    elif tok.dep_ != "poss" or tok.lower_ not in ("its", "their"):
        return None
    else:
        node = tok.head
    while node.dep_ not in ("nsubj", "nsubjpass") and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX"):
            return None  # not inside a subject phrase
        node = node.head
    if node.dep_ not in ("nsubj", "nsubjpass") or node.i < semis[-1]:
        return None
    start = max([t for t in semis[:-1]] + [tok.sent.start - 1]) + 1
    for subj in doc[start : semis[-1]]:
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.pos_ == "PRON":
            continue
        for name in subj.subtree:
            if name.i in actor_of and name.pos_ != "PRON":
                if tok.lower_ in ("its", "it") and name.tag_ in ("NNS", "NNPS"):
                    return None
                if getattr(actor_of[name.i], "how", "").startswith("coreference"):
                    return None
                return name
        return None
    return None


def _same_actor(a: Any, b: Any) -> bool:
    """Two mentions of one actor (by key when they have one)."""
    key = getattr(a, "key", None)
    return key is not None and getattr(b, "key", None) is not None and a.key() == b.key()


def subject_owner(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The owner of its clause's subject, for a possessive "its"/"their" in the predicate:
    "Islamabad's refusal to act against X has strained its ties with Y" (its = Islamabad's,
    not the nearer X inside the subject). Only when the subject is a noun (no actor itself)
    whose possessor is an actor agreeing in number. The possessor's token, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Islamabad's refusal to act against the network has strained its ties.")
    >>> subject_owner(doc[10], {0: "Islamabad", 7: "network"}).text
    'Islamabad'
    """
    if tok.dep_ != "poss" or tok.lower_ not in ("its", "their"):
        return None
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.i > tok.i or subj.i in actor_of:
            continue
        if tok.i in {t.i for t in subj.subtree}:
            return None
        if any(subj.right_edge.i < i < tok.i for i in actor_of):
            return None  # "X's leaders condemned the army for its attacks": the army's
        for owner in subj.children:
            if owner.dep_ != "poss" or owner.i not in actor_of or owner.pos_ == "PRON":
                continue
            plural = owner.tag_ in ("NNS", "NNPS") and owner.lower_ not in ("taliban", "taleban")
            if (tok.lower_ == "its") == plural:
                return None
            return owner
    return None


_TOPIC_NOUNS = frozenset({"group", "network", "movement", "organization", "organisation",
                          "militia", "faction", "outfit"})  # fmt: skip
"""Nouns that stand for a group named before ("the group"), as the subject a pronoun of the
next clause goes back to (the words of cues.yaml anaphoric_nouns without shura/council)."""


def capacity_of(trigger: Any, lex: Any) -> str | None:
    """The capacity noun when ``trigger`` is the infinitive hung on it: "X lost its ability to
    pay Y", "X has the means to arm Y" (cues.yaml ``capacity_nouns``): a capacity is not the
    act, so the act is hypothetical. "X was able to pay Y" (an adjective) is not this.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> capacity_of(nlp()("Al Qaeda has the means to pay the Taliban.")[6], load())
    'means'
    """
    head = trigger.head
    if (
        trigger.dep_ in ("acl", "relcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        and head.pos_ == "NOUN"
        and (head.lower_ in lex.capacity_nouns or head.lemma_.lower() in lex.capacity_nouns)
    ):
        return head.text
    return None


# -- round 6 (issue 9, recall on written reports): phrases the parser splits -----------------


def between_conjunct(coder: Any, noun: Any, pobj: Any, partners: list[Any]) -> list[Any]:
    """Both parties of "N between X and Y" when the parser hangs Y on the noun as its
    conjunct ("Cooperation between the CIA and Pakistan's intelligence service deepened":
    "service" is parsed as a second subject beside "Cooperation"). Y must follow X after
    "and", and the noun's conjunct must name an actor; otherwise ``partners`` is kept.

    >>> from spacy.tokens import Doc
    >>> from riftwatch.nlp.parse import nlp
    >>> class A:
    ...     def __init__(self, name): self.name = name
    ...     def key(self): return self.name
    >>> class C:
    ...     def actors(self, tok): return [A(tok.text)] if tok.text in ("CIA", "ISI") else []
    >>> words = ["Cooperation", "between", "the", "CIA", "and", "ISI", "deepened"]
    >>> doc = Doc(nlp().vocab, words=words, heads=[6, 0, 3, 1, 0, 0, 6],
    ...           deps=["nsubj", "prep", "det", "pobj", "cc", "conj", "ROOT"])
    >>> [a.name for a in between_conjunct(C(), doc[0], doc[3], [A("CIA")])]
    ['CIA', 'ISI']
    """
    if len(partners) != 1:
        return partners
    out = list(partners)
    doc = noun.doc
    for conj in noun.conjuncts:
        if conj.i <= pobj.i or conj.head.i != noun.i:
            continue
        if not any(t.lower_ in ("and", "&") for t in doc[pobj.i + 1 : conj.i]):
            continue
        for actor in coder.actors(conj):
            if all(actor.key() != a.key() for a in out):
                out.append(actor)
    return out


def stative_copula(verb: Any, lex: Any) -> bool:
    """Is ``verb`` a verb of a lasting state whose participle complement is a passive of
    state ("X and Y remain closely aligned", "X stayed affiliated with Y")? Not "seem" or
    "appear", which hedge.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> stative_copula(nlp()("The two groups remain closely aligned.")[3], load())
    True
    >>> stative_copula(nlp()("The two groups seem closely aligned.")[3], load())
    False
    """
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lex.stative_copulas


def passive_aux_subjects(verb: Any) -> list[Any]:
    """Subjects the parser hung on the passive auxiliary of ``verb`` instead of on ``verb``
    ("Hamas became affiliated with Hezbollah": "Hamas" is the nsubj of "became", which is the
    auxpass of "affiliated"); they are the passive subject of ``verb``.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Hamas became affiliated with Hezbollah in 1996.")
    >>> [t.text for t in passive_aux_subjects(doc[2])]
    ['Hamas']
    >>> passive_aux_subjects(nlp()("Hamas was attacked by Fatah.")[2])
    []
    """
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [s for a in verb.children if a.dep_ == "auxpass" for s in a.children
            if s.dep_ in ("nsubj", "nsubjpass")]  # fmt: skip


def condition_on_another(clause: Any, coder: Any, target: Any) -> bool:
    """Does an announced act wait on a condition whose subject is another named party than
    its target? "X said it would drive Y out if the army supplied weapons": the condition
    names help X needs, so the statement is a plan, no threat to Y. "X said it would attack
    Y unless Y withdraws" conditions the act on Y's own conduct, and a pronoun subject
    ("unless they leave") may be Y: both stay threats.

    >>> from riftwatch.nlp.parse import nlp
    >>> class A:
    ...     def __init__(self, name): self.name = name
    ...     def key(self): return self.name
    >>> from riftwatch.nlp.lexicon import load
    >>> class C:
    ...     lex = load()
    ...     def actors(self, tok): return [A(tok.text)] if tok.text in ("army", "fighters") else []
    >>> doc = nlp()("The elders said they would expel the fighters if the army sent weapons.")
    >>> condition_on_another(doc[5], C(), A("fighters"))
    True
    >>> doc = nlp()("The elders said they would expel the fighters unless they left.")
    >>> condition_on_another(doc[5], C(), A("fighters"))
    False
    """
    marks = coder.lex.condition_marks
    for adv in clause.children:
        if adv.dep_ != "advcl":
            continue
        if not any(c.dep_ == "mark" and c.lower_ in marks for c in adv.children):
            continue
        for subject in adv.children:
            if subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            named = coder.actors(subject)
            if named and all(a.key() != target.key() for a in named):
                return True
    return False


def role_phrase_verb(noun: Any, lex: Any) -> Any:
    """The verb of "X served as a conduit for money to Y" when ``noun`` (money) sits in the
    "for" phrase of the role noun of an "as" phrase: the parser hangs "to Y" on the verb,
    so the other party of the material noun is found there (as_role_verbs of events.yaml).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The ISI has served as a conduit for money to the Afghan Taliban.")
    >>> role_phrase_verb(doc[8], load()).text
    'served'
    >>> role_phrase_verb(nlp()("The ISI sent money to the Taliban.")[3], load()) is None
    True
    """
    for_prep = noun.head
    if noun.dep_ != "pobj" or for_prep.dep_ != "prep" or for_prep.lower_ != "for":
        return None
    role = for_prep.head  # "conduit", "channel"
    as_prep = role.head
    if role.pos_ != "NOUN" or role.dep_ != "pobj" or as_prep.lower_ != "as":
        return None
    node = as_prep
    verb = node.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.as_role_verbs:
        return None
    return verb


_PARTITIVE_PRONOUNS = frozenset({"some", "many", "most", "all", "several", "one", "two", "few",
                                 "none", "both", "each", "half", "dozens", "hundreds"})  # fmt: skip
_RELATIVE_PRONOUNS = frozenset({"whom", "which"})


def resultative_object(verb: Any, lex: Any) -> Any:
    """The object the parser hangs on a resultative adjective after the verb (written29):
    "The Taliban shot dead the ISKP's deputy governor", "X shot dead a police officer"
    (the parser reads "dead" as the verb's complement and the victim as its object or the
    object of a preposition); the adjective is one of events.yaml
    ``resultative_adjectives``. The noun, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> resultative_object(nlp()("The Taliban shot dead the ISKP's deputy governor.")[2],
    ...                    load()).text
    'governor'
    >>> resultative_object(nlp()("The Taliban shot the governor.")[2], load()) is None
    True
    """
    for adj in verb.children:
        if adj.i <= verb.i or adj.lower_ not in lex.resultative_adjectives:
            continue
        if adj.dep_ not in ("oprd", "acomp", "advcl", "xcomp", "advmod"):
            continue
        for noun in adj.children:
            if noun.dep_ in ("dobj", "obj", "pobj") and noun.i > adj.i:
                return noun
    return None


def partitive_victims(verb: Any, lex: Any) -> Any:
    """The noun that names whom a verb's counted object was, by a partitive phrase after it
    (written48): "killed fifteen people, most of them members of the force", "killed thirty
    people, many of them soldiers and police officers", "killed six people, all of them
    policemen". The object must be a bare count of people (cues.yaml ``partitive_people``,
    naming no party itself); the quantifier (cues.yaml ``partitive_quantifiers``: never
    "none" or "few") has "of them"; the quantifier comes right after the count (the parser may hang
    it on the clause or, in a relative clause, on the clause's head); the victims' noun is
    the quantifier's head (the parser reads "most" as its subject) or its apposition. The
    noun, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> partitive_victims(nlp()("Gunmen killed six people, all of them policemen.")[1],
    ...                   load()).text
    'policemen'
    >>> partitive_victims(nlp()("Gunmen killed six people, none of them policemen.")[1],
    ...                   load()) is None
    True
    """
    objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.lower_ in lex.partitive_people]
    if not objects:
        return None
    obj = objects[0]
    doc = verb.doc
    comma = next((t.i for t in doc[obj.i + 1 : obj.i + 10] if t.text == "," or t.pos_ == "VERB"
                  or t.is_sent_end), None)  # fmt: skip
    if comma is None or doc[comma].text != "," or comma + 1 >= len(doc):
        return None
    for quant in doc[comma + 1 : comma + 2]:  # right after the count: "people (in Z), most of"
        if quant.lower_ not in lex.partitive_quantifiers:
            continue
        if not any(p.dep_ == "prep" and p.lower_ == "of"
                   and any(g.lower_ == "them" for g in p.children)
                   for p in quant.children):  # fmt: skip
            continue
        if quant.dep_ in ("nsubj", "amod") and quant.head.pos_ == "NOUN" and quant.head.i > quant.i:
            return quant.head  # "most of them members of the force", "several of them X"
        found = next((c for c in quant.children if c.dep_ == "appos"), None)
        if found is not None:  # "all of them policemen"
            return found
    return None


_RELATIVE_OBJECTS = frozenset({"that", "which", "whom"})
_PLURAL_PRONOUNS = frozenset({"them", "they"})


_PLACE_PREPS = frozenset({"in", "at", "outside", "inside", "near", "on", "off", "beside",
                          "behind", "across", "along", "around", "within"})  # fmt: skip


def place_phrase_host(noun: Any) -> Any:
    """The noun a place phrase hangs on, when the parser hung a relative clause on the place
    (written31): "raided a compound in Bajaur where X's men met", "claimed a bombing outside
    a bank in Jalalabad that killed Y" (the clause on "Bajaur", "Jalalabad" or "bank"). Climbs
    from the noun through place prepositions ("in", "at", "outside", "near"...) to the first
    noun that is no place phrase's object, at most three steps; the noun itself when it is
    no such object.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The army raided a compound in Bajaur where TTP commanders met.")
    >>> place_phrase_host(doc[6]).text
    'compound'
    >>> place_phrase_host(doc[4]).text
    'compound'
    """
    host = noun
    for _ in range(3):
        prep = host.head
        if not (host.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS
                and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.i < host.i):  # fmt: skip
            break
        host = prep.head
    return host


def _set_off(verb: Any) -> bool:
    """True when a comma stands just before ``verb`` (or its adverb) in the sentence."""
    first = min([verb, *[c for c in verb.children if c.dep_ == "advmod" and c.i < verb.i]],
                key=lambda t: t.i)  # fmt: skip
    return first.i > 0 and first.doc[first.i - 1].text == ","


def trailing_agent_participle(verb: Any) -> bool:
    """True when ``verb`` is a past participle after its clause, set off by a comma, with a
    "by" agent and no auxiliary, marker or object of its own (written32): "The TTP fought on
    in Tirah, helped throughout by the Afghan Taliban" (the TTP was helped), as an opening
    "Backed by X, Y ..." is. A participle inside the clause, or with an auxiliary ("having
    been"), is left to the other paths.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The TTP fought on in Tirah for two years, helped throughout by the Afghan "
    ...             "Taliban, a former commander said.")
    >>> trailing_agent_participle(doc[10])
    True
    >>> doc = nlp()("The TTP fought on in Tirah for two years, helped throughout by the Afghan "
    ...             "Taliban.")
    >>> trailing_agent_participle(doc[2])
    False
    """
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < verb.head.i:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "agent" for c in kids):
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "obj", "nsubj", "nsubjpass") for c in kids):
        return False
    return _set_off(verb)


def place_aside_host(verb: Any, lex: Any) -> Any:
    """The subject noun that a cooperative past participle set off by commas describes when the
    parser hung it on a place phrase after that noun (written32): "Tribesmen in the Tora Bora
    foothills, paid by the CIA, guided ..." (the tribesmen were paid, not the foothills).
    Only for participles of help (their type cooperative in events.yaml: paid, armed, trained,
    sheltered), whose patient is a party, never a place; with a "by" agent. None otherwise.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Tribesmen in the Tora Bora foothills, paid by the CIA, guided the troops.")
    >>> place_aside_host(doc[7], load()).text
    'Tribesmen'
    >>> doc = nlp()("Militants in the Swat valley, held by the TTP since 2007, fled.")
    >>> place_aside_host(doc[6], load()) is None
    True
    >>> doc = nlp()("The army attacked TTP fighters in Bajaur, backed by American drones.")
    >>> place_aside_host(doc[8], load()) is None
    True
    """
    from riftwatch.nlp.lexicon import COOPERATIVE

    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not _set_off(verb):
        return None
    if (lex.verbs.get(verb.lemma_.lower()) or {}).get("type") not in COOPERATIVE:
        return None
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    host = place_phrase_host(verb.head)
    if host is verb.head or host.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "attacked Y's fighters in Bajaur, backed by X": X backs the attackers
    return host


def main_clause_conjunct(verb: Any) -> Any:
    """The main verb a conjunct the parser hangs on a relative clause belongs to (written29):
    "The army raided a house where TTP commanders met and arrested four of them", "Police
    surrounded a village that the TTP held and killed ten militants". The parser coordinates
    the second verb with the relative clause's verb, so it would take the clause's subject;
    it is the main clause's own when (a) the relative clause's gap is its object ("that the
    TTP held": a conjunct inside it would share that gap, so one with an object of its own
    is not inside it), or (b) the conjunct's object holds "them" while the clause's subject
    is plural (the commanders do not arrest four of themselves). The main verb (whose
    subject the conjunct takes), or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The army raided a house where TTP commanders met and arrested four of them.")
    >>> main_clause_conjunct(doc[10]).text
    'raided'
    >>> doc = nlp()("The army raided a house where TTP commanders met and planned attacks.")
    >>> main_clause_conjunct(doc[10]) is None
    True
    """
    if verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    clause = verb.head
    noun = place_phrase_host(clause.head)  # "raided a house in Karachi where ..." (written31)
    main = noun.head
    if clause.dep_ not in ("relcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ not in ("dobj", "obj") or main.pos_ != "VERB" or main.i > noun.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in kids):
        return None
    objects = [c for c in kids if c.dep_ in ("dobj", "obj") and c.i > verb.i]
    if not objects:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in _RELATIVE_OBJECTS or subject.lower_ == "who":
        return None  # "a group that attacked X and killed Y": the gap is the subject
    object_gap = any(  # (the parser may hang the relative "that" on the conjunct)
        c.dep_ in ("dobj", "obj") and c.lower_ in _RELATIVE_OBJECTS and c.i < clause.i
        for c in [*clause.children, *kids]
    )
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we")
    anaphor = plural and any(t.lower_ in _PLURAL_PRONOUNS for o in objects for t in o.subtree)
    return main if object_gap or anaphor else None


def partitive_relative_antecedent(verb: Any) -> Any:
    """The noun a non-restrictive "N, some of whom ..., VERB ..." sentence is about, when the
    parser roots the relative clause and hangs the main verb on it as a conjunct ("Al Qaeda
    operatives, some of whom had been trained by the IMU, attacked a police station": the
    operatives attacked). ``verb`` is the relative clause's verb; the noun before the comma
    is its left child. None when the clause does not open with "some of whom/which".

    >>> from spacy.tokens import Doc
    >>> from riftwatch.nlp.parse import nlp
    >>> words = ["Operatives", ",", "some", "of", "whom", "were", "trained", ",", "attacked", "X"]
    >>> doc = Doc(nlp().vocab, words=words, heads=[6, 6, 6, 2, 3, 6, 6, 6, 6, 8],
    ...           deps=["dep", "punct", "nsubjpass", "prep", "pobj", "auxpass", "ROOT",
    ...                 "punct", "conj", "dobj"], pos=["NOUN", "PUNCT", "PRON", "ADP", "PRON",
    ...                 "AUX", "VERB", "PUNCT", "VERB", "PROPN"])
    >>> partitive_relative_antecedent(doc[6]).text
    'Operatives'
    >>> partitive_relative_antecedent(nlp()("Some of them trained the recruits.")[3]) is None
    True
    """
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in _PARTITIVE_PRONOUNS:
        return None
    if not any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in _RELATIVE_PRONOUNS
                                                      for o in p.children)
        for p in subject.children
    ):  # fmt: skip
        return None
    doc = verb.doc
    for child in verb.lefts:
        if (
            child.i < subject.i
            and child.dep_ in ("dep", "nsubj", "npadvmod", "nmod")
            and child.pos_ in ("NOUN", "PROPN")
            and child.right_edge.i + 1 < len(doc)
            and doc[child.right_edge.i + 1].text == ","
        ):
            return child
    return None


def commissioned_agent(verb: Any, lex: Any) -> Any:
    """The object that does an infinitive of purpose hung on a verb of commissioning: "the ISI
    paid the Haqqani network to attack X" (the network attacks, the ISI pays), "X recruited
    Y to kill Z". The parser gives the infinitive as an adverbial clause, whose subject would
    otherwise be the payer's. Returns the object token, or None.

    >>> from spacy.tokens import Doc
    >>> from riftwatch.nlp.parse import nlp
    >>> words = ["ISI", "paid", "the", "network", "to", "attack", "troops"]
    >>> doc = Doc(nlp().vocab, words=words, heads=[1, 1, 3, 1, 5, 1, 5],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "aux", "advcl", "dobj"],
    ...           tags=["NNP", "VBD", "DT", "NN", "TO", "VB", "NNS"],
    ...           lemmas=["ISI", "pay", "the", "network", "to", "attack", "troop"])
    >>> from riftwatch.nlp.lexicon import load
    >>> commissioned_agent(doc[5], load()).text
    'network'
    >>> commissioned_agent(doc[1], load()) is None
    True
    """
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or head.i == verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if head.lemma_.lower() not in lex.commissioning_verbs:
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)


def permitted_agent(verb: Any, lex: Any) -> Any:
    """The party that a permission given to act is given to, who does the infinitive: "X
    would not give permission to Y to help Z" (Y would help, not X), "X gave its consent to
    Y to hold a rally", "X granted Y permission to open an office" (cues.yaml
    ``permission_nouns``; world21); so too a thing given for a purpose, "X gave money to Y to
    attack Z" (Y attacks; ``purpose_giving_verbs``, never words given: "gave a warning to Y
    to stop", nor "sent troops to P to fight Z"). The parser hangs the infinitive on the
    giving verb (an adverbial clause) or on the permission noun (a clause of the noun); the
    receiver is the giving verb's "to" phrase or dative, or a name the parser glued to the
    noun. Returns
    the receiver's token, or None.

    >>> from spacy.tokens import Doc
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> words = ["X", "gave", "permission", "to", "Y", "to", "help", "Z"]
    >>> doc = Doc(nlp().vocab, words=words, heads=[1, 1, 1, 1, 3, 6, 1, 6],
    ...           deps=["nsubj", "ROOT", "dobj", "dative", "pobj", "aux", "advcl", "dobj"],
    ...           tags=["NNP", "VBD", "NN", "IN", "NNP", "TO", "VB", "NNP"],
    ...           lemmas=["X", "give", "permission", "to", "Y", "to", "help", "Z"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PART", "VERB", "PROPN"])
    >>> permitted_agent(doc[6], load()).text
    'Y'
    >>> doc = Doc(nlp().vocab, words=["X", "gave", "money", "to", "Y", "to", "help", "Z"],
    ...           heads=[1, 1, 1, 1, 3, 6, 1, 6],
    ...           deps=["nsubj", "ROOT", "dobj", "dative", "pobj", "aux", "advcl", "dobj"],
    ...           tags=["NNP", "VBD", "NN", "IN", "NNP", "TO", "VB", "NNP"],
    ...           lemmas=["X", "give", "money", "to", "Y", "to", "help", "Z"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PART", "VERB", "PROPN"])
    >>> permitted_agent(doc[6], load()).text
    'Y'
    >>> doc = Doc(nlp().vocab, words=["X", "sent", "troops", "to", "Y", "to", "help", "Z"],
    ...           heads=[1, 1, 1, 1, 3, 6, 1, 6],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "aux", "advcl", "dobj"],
    ...           tags=["NNP", "VBD", "NNS", "IN", "NNP", "TO", "VB", "NNP"],
    ...           lemmas=["X", "send", "troop", "to", "Y", "to", "help", "Z"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PART", "VERB", "PROPN"])
    >>> permitted_agent(doc[6], load()) is None
    True
    """
    if verb.dep_ not in ("advcl", "acl") or verb.tag_ != "VB" or verb.head.i == verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    nouns = lex.permission_nouns
    head = verb.head
    if verb.dep_ == "acl":
        if head.lemma_.lower() not in nouns and head.lower_ not in nouns:
            return None
        permit, giver = head, head.head
    else:
        objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        permit = next((c for c in objs if c.lemma_.lower() in nouns or c.lower_ in nouns), None)
        giver = head
        if permit is None:
            # "X gave money to Y to attack Z": a thing given for a purpose is the receiver's
            # to use (cues.yaml purpose_giving_verbs; words given are not: "gave a warning")
            given = next((c for c in objs if c.lemma_.lower() not in lex.message_nouns
                          and c.lower_ not in lex.message_nouns), None)  # fmt: skip
            if given is None or head.lemma_.lower() not in lex.purpose_giving_verbs:
                return None
            permit = given
    for child in giver.children if giver.pos_ in ("VERB", "AUX") else ():
        if child.dep_ in ("dative", "prep") and child.lower_ == "to":
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if child.dep_ in ("dative", "iobj") and child.pos_ in ("PROPN", "NOUN"):
            return child
    return next((c for c in permit.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)


def setting_of_phrase(tok: Any, actor: Any, lex: Any) -> bool:
    """Is ``tok`` a country or place named as the setting of a phrase ("clashes between the
    Islamic State and the Taliban in Afghanistan", "talks between X and Y in Qatar"), not a
    party to it? Only a country or place actor that is the object of a setting preposition
    (cues.yaml ``setting_preps`` but "for").

    >>> from spacy.tokens import Doc
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = Doc(nlp().vocab, words=["X", "and", "Y", "in", "Afghanistan"],
    ...           heads=[0, 0, 0, 2, 3], deps=["ROOT", "cc", "conj", "prep", "pobj"])
    >>> place = type("A", (), {"type": "country"})()
    >>> from riftwatch.nlp.lexicon import load
    >>> setting_of_phrase(doc[4], place, load()), setting_of_phrase(doc[2], place, load())
    (True, False)
    """
    if getattr(actor, "type", None) not in ("country", "place") or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.dep_ == "prep" and prep.lower_ in lex.setting_preps - {"for"}


_OWNING_TYPES = frozenset({"armed_group", "faction", "shura", "party"})


def possessing_group(tok: Any, actor_of: dict[int, Any]) -> Any:
    """The armed group whose possessive names a collective noun's people: "Al Qaeda's foreign
    fighters", "the Taliban's Arab volunteers" are the group's own men, not an unattached
    collective. Only a named possessor (not a pronoun: "their elders"; not a place
    adjective: "Uzbek fighters"; not a country: "Pakistan's tribesmen") of an armed group,
    faction, shura or party.

    >>> from spacy.tokens import Doc
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = Doc(nlp().vocab, words=["Qaeda", "'s", "foreign", "fighters"],
    ...           heads=[3, 0, 3, 3], deps=["poss", "case", "amod", "ROOT"])
    >>> group = type("A", (), {"type": "armed_group", "weak": False})()
    >>> possessing_group(doc[3], {0: group}) is group
    True
    >>> possessing_group(doc[3], {}) is None
    True
    """
    for child in tok.lefts:
        if child.dep_ != "poss" or child.pos_ == "PRON" or child.tag_ == "PRP$":
            continue  # "killed dozens of their elders": a pronoun is no group named here
        named = actor_of.get(child.i)
        if named is not None and not named.weak and named.type in _OWNING_TYPES:
            return named
    return None


def doer_phrases(noun: Any, actor_of: dict[int, Any]) -> list[Any]:
    """The "by" phrases that name who did the act ``noun`` names: on the noun itself, or hung
    by the parser on a place or time phrase after it ("the arrest in Karachi by ISI
    officers"; the place must not itself be a party). Used for a possessor that suffers the
    act (:func:`possessed_patient`), whose act is then not presupposed as an author's own.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Baradar's arrest in Karachi by ISI officers surprised everyone.")
    >>> [p.text for p in doer_phrases(doc[2], {})]
    ['by']
    >>> doer_phrases(nlp()("Baradar's arrest in Karachi surprised everyone.")[2], {})
    []
    """
    bys = [c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "near", "on") and prep.i > noun.i:
            bys += [
                c
                for pobj in prep.children
                if pobj.dep_ == "pobj" and pobj.i not in actor_of
                for c in pobj.children
                if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            ]
    return bys


def group_before_modifier(coder: Any, tok: Any, child: Any) -> Any:
    """The group named before the modifier ``child`` of a member or post noun ``tok``: "a
    Taliban district governor", "a TTP district commander", "HTS security men" (the parser
    hangs the name on the middle noun, not on the person noun; written28). Only a plain noun
    modifier that names no party and no act itself, a compound name before it that is a
    group (never a state: "a Pakistani district governor" is left to the state rules), and a
    person noun of a member or a post (cues.yaml ``follower_nouns``, ``post_nouns``).

    >>> from riftwatch.nlp.extract import extract_document
    >>> def pairs(text):
    ...     doc = {"id": "t", "date": "2021-10-01", "text": text}
    ...     return sorted((c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...                   for c in extract_document(doc))
    >>> pairs("IS-K killed a Taliban district governor in Nangarhar.")
    [('Islamic State Khorasan Province', 'ASSAULT', 'Afghan Taliban')]
    """
    lower = tok.lower_
    if lower not in coder.lex.follower_nouns and lower not in coder.lex.post_nouns:
        return None
    if child.dep_ not in ("compound", "nmod") or child.pos_ != "NOUN" or child.i > tok.i:
        return None
    if child.i in coder.actor_of or coder._event_noun(child) is not None:  # noqa: SLF001
        return None
    for name in child.lefts:
        inner = coder.actor_of.get(name.i)
        if (
            name.dep_ in ("compound", "nmod")
            and inner is not None
            and not inner.weak
            and inner.type in ("armed_group", "faction", "shura", "party")
        ):
            return inner
    return None


def death_victims(coder: Any, noun: Any, entry: dict[str, Any]) -> list[Any]:
    """Those whose death happened in the attack ``noun`` names: "Hakimullah Mehsud's death in a
    U.S. drone strike", "the killing of Baitullah Mehsud in a CIA strike" (cues.yaml
    ``death_nouns``; the possessor or the "of" object of the death), as the passive "P was
    killed in a U.S. drone strike" names them (written28). Only an attack noun in an "in" or
    "during" phrase of the death noun; the attack's author is found as for any attack noun.

    >>> from riftwatch.nlp.extract import extract_document
    >>> def pairs(text):
    ...     doc = {"id": "t", "date": "2014-01-01", "text": text}
    ...     return sorted((c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...                   for c in extract_document(doc))
    >>> pairs("Hakimullah Mehsud's death in a U.S. drone strike angered Islamabad.")
    [('U.S. military', 'ASSAULT', 'Tehrik-i-Taliban Pakistan')]
    >>> pairs("Hakimullah Mehsud's death in a car crash angered Islamabad.")
    []
    """
    if entry.get("type") != "ASSAULT" or noun.dep_ != "pobj":
        return []
    prep = noun.head
    if prep.lower_ not in ("in", "during"):
        return []
    death = prep.head
    if death.pos_ in ("VERB", "AUX"):
        # "condemned the killing of P in a U.S. drone strike": the parser hangs the phrase on
        # the verb; the death is the verb's object before it
        death = next((c for c in death.children if c.dep_ in ("dobj", "obj") and c.i < prep.i),
                     death)  # fmt: skip
    if death.pos_ != "NOUN" or death.lemma_.lower() not in coder.lex.death_nouns:
        return []
    victims = [a for c in death.children if c.dep_ == "poss" for a in coder.actors(c)]
    for child in death.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i < prep.i:
            victims += [a for p in child.children if p.dep_ == "pobj" for a in coder.actors(p)]
    return victims


def suffered_by_possessor(noun: Any, actor_of: dict[int, Any]) -> bool:
    """Is the possessor of the act ``noun`` its sufferer rather than its author: no "of"
    phrase and a "by" phrase naming the doer ("Baradar's capture by ISI officers"; not "the
    TTP's killing of two elders by firing squad")?

    >>> from riftwatch.nlp.parse import nlp
    >>> suffered_by_possessor(nlp()("Baradar's capture by ISI officers ended it.")[2], {})
    True
    >>> suffered_by_possessor(nlp()("The TTP's killing of two elders by hanging ended it.")[3], {})
    False
    """
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return bool(doer_phrases(noun, actor_of))


def possessed_patient(coder: Any, noun: Any, entry: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """(patients, agents) of an act done to a party whose sufferer is the possessor and whose
    doer is the "by" phrase: "Mullah Baradar's capture in Karachi by ISI officers", "bin
    Laden's killing by U.S. commandos", "the TTP's expulsion from Swat by the army" (written28:
    nominal acts with a possessive sufferer, rounds 10, 25 and traps42). Only a noun of an
    act done to the other party (an ASSAULT or COERCE noun whose "of" phrase names the
    sufferer: "the capture of Y"), with no "of" phrase of its own, a possessor that names a
    party and a "by" phrase, on the noun or on a place or time phrase after it, that names
    another party. Without the "by" phrase the possessor stays the doer ("the army's
    arrests"), and ([], []) is returned.

    >>> from riftwatch.nlp.extract import extract_document
    >>> def pairs(text):
    ...     doc = {"id": "t", "date": "2010-03-01", "text": text}
    ...     return sorted((c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...                   for c in extract_document(doc))
    >>> pairs("Mullah Baradar's capture in Karachi by ISI officers surprised the Taliban.")
    [('Inter-Services Intelligence', 'COERCE', 'Afghan Taliban')]
    >>> pairs("The ISI's capture of Mullah Baradar surprised the Taliban.")
    [('Inter-Services Intelligence', 'COERCE', 'Afghan Taliban')]
    """
    if entry.get("type") not in ("ASSAULT", "COERCE"):
        return [], []
    if "of" not in (entry.get("patient_preps") or ()):
        return [], []
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return [], []  # "X's arrest of Y": X does it
    patients = [a for c in noun.lefts if c.dep_ == "poss" for a in coder.actors(c)]
    if not patients:
        return [], []
    bys = doer_phrases(noun, coder.actor_of)
    agents = [a for by in bys for p in by.children if p.dep_ == "pobj" for a in coder.actors(p)]
    keys = {a.key() for a in patients}
    agents = [a for a in agents if a.key() not in keys]
    if not agents:
        return [], []
    return patients, agents


def given_to_modifier(coder: Any, noun: Any, entry: dict[str, Any]) -> list[Any]:
    """The giver when a verb of giving's recipient was parsed as a modifier of the thing given:
    "the Taliban granted Al Qaeda sanctuary" (the parser reads "Al Qaeda sanctuary" as one
    noun phrase, so Al Qaeda would be the owner of the sanctuary). Only an aid noun that is
    the direct object of a light verb of giving (events.yaml light_verbs: agent) with a
    compound name before it (not a possessive: "gave Al Qaeda's fighters sanctuary") and a
    subject that names another party. Returns the subject's actors, or [].
    """
    head = noun.head
    if entry.get("type") != "AID" or noun.dep_ not in ("dobj", "obj"):
        return []
    if head.pos_ != "VERB" or coder.lex.light_verbs.get(head.lemma_.lower()) != "agent":
        return []
    if not any(c.dep_ in ("compound", "nmod") and c.i in coder.actor_of for c in noun.lefts):
        return []
    if any(c.dep_ in ("dative", "prep") and c.lower_ != "in" for c in head.children):
        return []  # "gave X sanctuary to Y", "granted X to Y": the recipient is elsewhere
    givers, passive, _how = coder.subject(head)
    return [] if passive else givers


def held_aid(coder: Any, noun: Any, entry: dict[str, Any]) -> bool:
    """Is ``noun`` an aid held by the subject of a verb of holding and given by the party of
    its "of" phrase ("X enjoys the protection of Y", "X has the backing of Y", "X retains
    the support of Y", "X lost the backing of Y")? Then the subject benefits and the "of"
    party gives, as after "received" (events.yaml light_verbs: holder or loser; relation
    nouns such as "ties" keep the holder reading).
    """
    head = noun.head if noun.dep_ != "conj" else noun.head.head
    if entry.get("type") not in ("AID", "SUPPORT") or entry.get("frame"):
        return False
    held = noun if noun.dep_ != "conj" else noun.head
    if held.dep_ not in ("dobj", "obj"):
        return False  # "X's funding of Y continued": the aid is the subject, not held (fix9)
    if coder.lex.light_verbs.get(head.lemma_.lower()) not in ("holder", "loser"):
        return False  # "X lost the backing of Y": held once (undone: nominals reversing_verbs)
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(coder.actors(p) for p in prep.children)
        for prep in noun.children
    )


def _body_owner(coder: Any, noun: Any) -> list[Any]:
    """The parties ``noun`` names: its own actors, else those of its possessor, compound or
    "of" phrase when it is a body of a party ("from Al Qaeda's general command", "from the
    leadership of Y"; written21)."""
    found = coder.actors(noun)
    if found:
        return list(found)
    for child in noun.children:
        if child.dep_ in ("poss", "compound") and child.i < noun.i:
            found = coder.actors(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            found = [a for p in child.children if p.dep_ == "pobj" for a in coder.actors(p)]
        if found:
            return list(found)
    return []


def _sought_parties(coder: Any, noun: Any) -> list[Any]:
    """The parties a noun of what is paid for seeks: its on/about/of/regarding phrase, its
    possessor, or the noun its "leading to" clause reaches ("information leading to Y's
    capture"), followed one level down."""
    found: list[Any] = []
    for child in noun.children:
        if child.dep_ == "poss":
            found += coder.actors(child)
        elif child.dep_ == "prep" and child.lower_ in ("on", "about", "of", "regarding"):
            found += [a for p in child.children if p.dep_ == "pobj" for a in _body_owner(coder, p)]
        elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() == "lead":
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    found += [a for p in prep.children if p.dep_ == "pobj"
                              and p.lemma_.lower() in coder.lex.sought_nouns
                              for a in _sought_parties(coder, p)]  # fmt: skip
    return found


def price_on_party(coder: Any) -> None:
    """'X offered a reward for information on Y', 'a reward for information leading to Y's
    capture', 'a bounty for the whereabouts of Y': a price put on finding a party is coercion
    of it, COERCE from whoever offers or places the price (the subject of the verb whose
    object it is, or its possessor) to the party (cues.yaml ``price_nouns``, ``sought_nouns``;
    as events.yaml ``bounty`` reads "placed a bounty on Y"). The trigger is the price noun, so
    "considered offering a reward", "did not offer a reward" are not asserted."""
    lex = coder.lex
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.price_nouns:
            continue
        wanted: list[Any] = []
        # the "for" phrase on the noun, on its amount ("a reward of ten million dollars for
        # ..."), or on the verb after the noun, where the parser may hang it
        holders = [noun, *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                           for o in c.subtree if o.pos_ in ("NOUN", "NUM"))]  # fmt: skip
        if noun.dep_ in ("dobj", "obj"):
            holders.append(noun.head)
        preps = [c for h in holders for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "for" and c.i > noun.i]  # fmt: skip
        for prep in preps:
            wanted += [a for p in prep.children if p.dep_ == "pobj"
                       and p.lemma_.lower() in lex.sought_nouns
                       for a in _sought_parties(coder, p)]  # fmt: skip
            # heads12: the party itself after "for" ("a $5m reward for Y's chief", "a
            # bounty for Y"): the price is on finding it, as with "information on Y"
            wanted += [a for p in prep.children if p.dep_ == "pobj"
                       and p.lemma_.lower() not in lex.sought_nouns
                       for a in coder.actors(p)]  # fmt: skip
        if not wanted:
            continue
        offerers = [a for c in noun.children if c.dep_ == "poss" for a in coder.actors(c)]
        if not offerers and noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
            offerers, passive, _how = coder.subject(noun.head)
            if passive:
                offerers = [a for ag in noun.head.children if ag.dep_ == "agent"
                            for p in ag.children for a in coder.actors(p)]  # fmt: skip
        own = {a.key() for a in offerers}
        wanted = [a for a in wanted if a.key() not in own]
        if offerers and wanted:
            coder._emit(offerers, wanted[:1], "COERCE", None, noun,  # noqa: SLF001
                        [f"a '{noun.text}' for finding another party: COERCE",
                         "source: who offers it", "target: the party sought"])  # fmt: skip


def hosted_guests(coder: Any) -> None:
    """'P lived in Kabul as the Haqqanis' guest', 'P was a guest of the Taliban', 'P was killed
    while staying, officials said, as a guest of Y': the host shelters the guest, AID
    (sanctuary) from the host (the guest noun's possessor or "of" phrase) to the guest (the
    subject of the verb "as" hangs on, past an interposed verb of saying to the clause it
    reports, or of the copula; cues.yaml ``guest_nouns``). The trigger is the guest noun, so
    "may have stayed as a guest of Y" and "was never a guest of Y" are not asserted."""
    lex = coder.lex
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.lower_ not in lex.guest_nouns:
            continue
        hosts = [a for c in noun.children if c.dep_ == "poss" for a in coder.actors(c)]
        hosts += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"
                  for a in _body_owner(coder, p)]  # fmt: skip
        if not hosts:
            continue
        head = noun.head
        if noun.dep_ == "attr" and head.lemma_.lower() in ("be", "remain", "become"):
            verb = head
        elif noun.dep_ == "pobj" and head.lower_ == "as":
            verb = head.head
            for _ in range(3):  # "lived for two years as a guest": past the phrase "as" is on
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            if verb.lemma_.lower() in lex.speech:  # "..., officials said, as a guest of Y"
                verb = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        else:
            continue
        if verb is None:
            continue
        guests = coder.subject(verb)[0]
        own = {a.key() for a in hosts}
        guests = [a for a in guests if a.key() not in own]
        if guests:
            coder._emit(hosts[:1], guests, "AID", "sanctuary", noun,  # noqa: SLF001
                        [f"'{noun.text}' of another party: the host shelters the guest",
                         "source: the host", "target: the guest"])  # fmt: skip


def obedience(coder: Any) -> None:
    """'X takes orders from Y', 'X follows Y's instructions', 'X receives direction from the
    leadership of Y': X acts under Y's command, COOPERATE from X to Y (cues.yaml
    ``obeying_verbs`` with an ``order_nouns`` object; Y in a "from" phrase on the verb or the
    noun, an "of" phrase or a possessive of the noun). Modality is read from the verb ("may
    take orders from Y" is not asserted)."""
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in coder.lex.obeying_verbs:
            continue
        for noun in verb.children:
            if noun.dep_ not in ("dobj", "obj") or noun.lemma_.lower() not in coder.lex.order_nouns:
                continue
            named = []
            for prep in [*verb.children, *noun.children]:
                if prep.dep_ == "prep" and (
                    prep.lower_ == "from" or (prep.lower_ == "of" and prep.head.i == noun.i)
                ):
                    named += [a for p in prep.children for a in _body_owner(coder, p)]
            obeying, passive, _how = coder.subject(verb)
            own = {a.key() for a in obeying}
            # "takes its orders from Y": a possessive the subject owns, or one a "from" phrase
            # outranks, gives no orders (written21)
            owners = [a for c in noun.lefts if c.dep_ == "poss" for a in coder.actors(c)
                      if a.key() not in own]  # fmt: skip
            commanders = owners + [a for a in named if a.key() not in own]
            if named and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.lefts):
                commanders = [a for a in named if a.key() not in own]
            if commanders and obeying and not passive:
                coder._emit(obeying, commanders[:1], "COOPERATE", None, verb,  # noqa: SLF001
                            [f"'{verb.text} {noun.text}' from another party: under its "
                             "command, COOPERATE", "source: subject",
                             "target: who gives the orders"])  # fmt: skip


def predicated_group(noun: Any) -> Any:
    """The subject a group noun is predicated of, when the noun carries its own relative or
    participle clause: "Lashkar-e-Taiba is a group funded by the ISI" (the group funded is
    Lashkar-e-Taiba). Only the complement of "be" (attr) with an acl/relcl clause.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Lashkar is a group funded by the agency.")
    >>> predicated_group(doc[3]).text
    'Lashkar'
    >>> predicated_group(nlp()("Lashkar is a group.")[3]) is None
    True
    """
    if noun.dep_ != "attr" or noun.head.lemma_.lower() != "be":
        return None
    if not any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def predicated_partitive(noun: Any) -> Any:
    """The copula a plural noun's partitive is predicated through, when the noun is the whole
    of "among" or "one of" said of a subject: "X was among the groups that attacked Y", "X
    was not one of the rebels who ..." (world10). What governs the copula (a negation, a
    hedge, a denial) governs the relative clause on the noun, which is told of the subject.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Lashkar was among the groups that attacked the base.")
    >>> predicated_partitive(doc[4]).text
    'was'
    >>> predicated_partitive(nlp()("Lashkar attacked the groups that fled.")[3]) is None
    True
    """
    if noun.dep_ != "pobj" or noun.tag_ != "NNS":
        return None
    prep, held = noun.head, noun.head.head
    if prep.lower_ == "of" and held.lower_ == "one" and held.dep_ == "attr":
        held = held.head
    elif prep.lower_ != "among" or prep.dep_ != "prep":
        return None
    if held.lemma_.lower() not in ("be", "become", "remain") or held.i > noun.i:
        return None
    return held


def passive_claimant(coder: Any, verb: Any) -> Any:
    """The agent of a claim in the passive ("the bombing of X was claimed by Y",
    "responsibility for the attack was claimed by Y"), when the claim is asserted ("was not
    claimed by Y", "may have been claimed by Y" give no author)."""
    from riftwatch.nlp.modality import modality_of

    if modality_of(verb, "ASSAULT", coder.lex).value != "asserted":
        return None
    for agent in verb.children:
        if agent.dep_ == "agent":
            found = [a for p in agent.children for a in coder.actors(p)]
            if found:
                return found[0]
    return None


# -- round 7 (issue 9, new wording) ----------------------------------------------------------


_HOSTILE_COUNTERPARTS = frozenset({"rival", "rivals", "competitor", "competitors"})


def employed_as(coder: Any) -> None:
    """'X used Y as a proxy', 'X cultivated Y as an ally': a verb of employing (cues.yaml
    ``employing_verbs``) whose object is a party and whose "as" phrase names a cooperative
    counterpart noun (``counterpart_nouns``, not rivals) is X's cooperation with Y
    (COOPERATE, mode patronage). The verb is the trigger, so "never used Y as a proxy" is
    negated and "may have used" uncertain. Round 15."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.employing_verbs:
            continue
        roles = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                 for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        if not any(r.lower_ in lex.counterpart_nouns and r.lower_ not in _HOSTILE_COUNTERPARTS
                   for r in roles):  # fmt: skip
            continue
        targets = [a for c in verb.children if c.dep_ in _OBJECTS for a in coder.actors(c)]
        sources, passive, how = coder.subject(verb)
        if passive:
            sources, how = coder.agent(verb), "agent"
        own = {a.key() for a in sources}
        targets = [t for t in targets if t.key() not in own]
        if not sources or not targets:
            continue
        why = [f"'{verb.text} ... as {roles[0].text}': a party employed in a role -> COOPERATE",
               f"source: {how}", "target: the party employed"]  # fmt: skip
        coder._emit(sources, targets, "COOPERATE", "patronage", verb, why)  # noqa: SLF001


def forced_departure(verb: Any, lex: Any) -> bool:
    """True when ``verb`` forces its object to leave: "forced Y's fighters to flee to
    Afghanistan", "compelled Y to abandon its bases" (cues.yaml ``forcing_verbs``,
    ``departure_verbs``; round 15): an expulsion of the object, as "forced Y out" is. An order
    to leave is one too (``ordering_verbs``; written32): "ordered Y to vacate the base",
    "ordering Y out of the base"; an order to do anything else is a demand.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> forced_departure(nlp()("The army forced the TTP to flee to Afghanistan.")[2], load())
    True
    >>> forced_departure(nlp()("The army forced the TTP to negotiate.")[2], load())
    False
    >>> forced_departure(nlp()("Islamabad ordered the Americans to vacate Shamsi.")[1], load())
    True
    >>> forced_departure(nlp()("The Taliban ordered Al Qaeda out of Kandahar.")[2], load())
    True
    >>> forced_departure(nlp()("The Taliban ordered the TTP to attack the army.")[2], load())
    False
    """
    if verb.lemma_.lower() in lex.deadline_giving_verbs:
        return _deadline_to_leave(verb, lex)
    ordering = verb.lemma_.lower() in lex.ordering_verbs
    if verb.lemma_.lower() not in lex.forcing_verbs and not ordering:
        return False
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    comps = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    comps += [c for o in objects for c in o.children if c.dep_ in ("xcomp", "acl", "relcl")]
    if not objects:
        return False
    if ordering and any(  # "ordered Y out of the base" (the parser: "out" a preposition)
        c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" and c.i > objects[0].i
        for c in verb.children
    ):
        return True
    return any(c.lemma_.lower() in lex.departure_verbs for c in comps)


def deadline_spans(verb: Any, lex: Any) -> list[Any]:
    """The time spans a verb of ``deadline_giving_verbs`` gives ("gave Y a week": week;
    prec52), the deadline that :func:`_deadline_to_leave` reads; also one the parser sets
    beside the recipient ("granted Y 48 hours": 'hours' in apposition to Y; gaps53)."""
    if verb.lemma_.lower() not in lex.deadline_giving_verbs:
        return []
    given = [c for c in verb.children if c.dep_ in ("dobj", "obj", "npadvmod", "dative")]
    given += [a for c in given if c.dep_ in ("dobj", "obj", "dative")
              for a in c.children if a.dep_ == "appos" and a.i > c.i]  # fmt: skip
    return [c for c in given if c.lower_ in lex.deadline_nouns]


def _deadline_acts(verb: Any, lex: Any) -> list[Any]:
    """The infinitives a deadline given by ``verb`` (:func:`deadline_spans`) asks for: on the
    span ("a week to respond") or on the verb ("gave Y three days to hand over ...")."""
    spans = deadline_spans(verb, lex)
    if not spans:
        return []
    return [c for h in (verb, *spans) for c in h.children
            if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # fmt: skip


def _deadline_to_leave(verb: Any, lex: Any) -> bool:
    """Does the giving verb ``verb`` set a deadline to leave: a time span of
    ``deadline_nouns`` given ("gave Y a month to leave", "granted Y's troops 48 hours to
    vacate the base"; prec52) with a departure verb on the span or on the verb?

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> _deadline_to_leave(nlp()("The army gave the TTP a month to leave.")[2], load())
    True
    >>> _deadline_to_leave(nlp()("The army gave the TTP a month to respond.")[2], load())
    False
    """
    return any(c.lemma_.lower() in lex.departure_verbs for c in _deadline_acts(verb, lex))


def deadline_demand(verb: Any, lex: Any) -> dict[str, Any] | None:
    """The event of a deadline given to a party to do something: "X gave Y a week to
    respond", "X granted Y 48 hours to vacate the town", "X set Y a deadline to disarm". The
    giver gives nothing: it sets terms, a demand (CAMEO 10 DEMAND, PLOVER REQUEST, mode
    demand; a penalty stated, "... or face attack", makes it an ultimatum, THREATEN, by
    mechanisms.ultimatum_demands), and a deadline to leave is an order to leave, an expulsion
    as "ordered Y to leave" is (:func:`forced_departure`, prec52). None for a verb of
    ``deadline_giving_verbs`` that gives a thing ("gave Y weapons", "granted Y refuge") or
    a span with no infinitive ("gave Y a week off"). gaps53.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> deadline_demand(nlp()("The army gave the TTP a week to respond.")[2], load())
    {'type': 'REQUEST', 'mode': 'demand'}
    >>> deadline_demand(nlp()("The army gave the TTP a week to leave.")[2], load())
    {'type': 'COERCE', 'mode': 'expulsion'}
    >>> deadline_demand(nlp()("The army gave the TTP weapons.")[2], load()) is None
    True
    """
    acts = _deadline_acts(verb, lex)
    if not acts:
        return None
    if any(c.lemma_.lower() in lex.departure_verbs for c in acts):
        return {"type": "COERCE", "mode": "expulsion"}
    return {"type": "REQUEST", "mode": "demand"}


def held_by(coder: Any, tok: Any, depth: int) -> Any:
    """The party that uses or holds the place ``tok``, named by a participle's "by" agent:
    "a tunnel complex used by X", "a compound run by X", "posts manned by X" (cues.yaml
    ``held_place_nouns``, ``place_holding_verbs``); an attack on the place hits X, as one on "X's
    compound" does. A stretch of land held so ("overran the villages held by X", "captured towns
    controlled by X": ``held_area_nouns``) hits its holder as "X-held villages" does
    (:func:`held_by_hyphen`; walk60). None otherwise, and for a country, place or collective."""
    lex = coder.lex
    places = lex.held_nouns
    if tok.pos_ != "NOUN" or tok.lower_ not in places or depth > 2:
        return None
    for part in tok.children:
        if part.dep_ != "acl" or part.i < tok.i or part.tag_ != "VBN":
            continue
        if part.lemma_.lower() not in lex.place_holding_verbs:
            continue
        ended = any(c.lower_ in ("longer", "more") and any(g.lower_ == "no" for g in c.children)
                    for c in part.children)  # fmt: skip
        if ended or any(c.dep_ == "neg" for c in part.children) or past_tie(part, lex):
            continue  # "a base not / no longer / once used by X"
        for agent in part.children:
            if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                for head in agent.children:
                    if head.dep_ != "pobj":
                        continue
                    found = coder._actor(head, depth + 1)  # noqa: SLF001
                    kind = getattr(found, "type", None)
                    if found is not None and kind not in ("country", "place", "collective"):
                        return found
    return None


def held_by_hyphen(coder: Any, tok: Any, depth: int) -> Any:
    """The party that holds the place ``tok``, named before it and joined by a hyphen to a
    holding participle: "stormed the Nusra-held checkpoint", "shelled Taliban-controlled
    districts", "attacked AMISOM-run bases" (cues.yaml ``held_place_nouns`` and
    ``held_area_nouns``, ``place_holding_verbs``): an attack on the place hits the holder, as
    one on a place "held by X" does (:func:`held_by`), not the town or province the place lies
    in. None for a country, place or collective holder ("Pakistan-held Kashmir" names a
    state's territory, not an armed party's post), for a participle an adverb of former time
    puts in the past ("the once Taliban-held district"), and for a participle of backing or
    training ("U.S.-trained units" stay no one's place). world25.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> class C:
    ...     lex = load()
    ...     def _actor(self, t, depth): return "Nusra" if t.text == "Nusra" else None
    >>> doc = nlp()("Rebels stormed the Nusra-held checkpoint near Idlib.")
    >>> held_by_hyphen(C(), doc[6], 0)
    'Nusra'
    >>> held_by_hyphen(C(), nlp()("Rebels stormed the Nusra checkpoint near Idlib.")[4], 0) is None
    True
    """
    lex = coder.lex
    lower = tok.lower_
    if tok.pos_ != "NOUN" or depth > 2:
        return None
    if lower not in lex.held_nouns:
        return None
    doc = tok.doc
    for part in tok.lefts:
        if part.dep_ not in ("amod", "compound"):
            continue
        if part.lemma_.lower() not in lex.place_holding_verbs:
            continue
        if part.i == 0 or doc[part.i - 1].text not in ("-", "\u2010", "\u2011"):
            continue  # "held" alone is no holder's mark
        if past_tie(part, lex) or any(
            t.lower_ in lex.past_tie_adverbs for t in doc[tok.left_edge.i : part.i]
        ):
            continue  # "the once Taliban-held district", "formerly IS-held towns"
        for name in part.children:
            if name.i >= part.i or name.i + 1 >= len(doc) or doc[name.i + 1].i != part.i - 1:
                continue  # the name must stand right before the hyphen
            found = coder._actor(name, depth + 1)  # noqa: SLF001
            kind = getattr(found, "type", None)
            if found is not None and kind not in ("country", "place", "collective"):
                return found
    return None


def captive_holder(noun: Any, name: Any, lex: Any) -> bool:
    """Is ``name`` the holder of the captives ``noun`` (events.yaml
    ``exchanged_captive_nouns``: hostages, prisoners, detainees), named before it and joined
    by a hyphen to a participle: "freed IS-held hostages", "released Taliban-held
    prisoners", "U.S.-detained captives"? Captives a party holds are not its men: freeing
    them concedes nothing to it (no RETREAT release to the holder). "released Taliban
    prisoners" (no hyphen: prisoners who are Taliban) is no holder's mark. world26.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("Troops freed ISIS-held captives.")
    >>> captive_holder(doc[5], doc[2], load())
    True
    >>> doc = nlp()("Troops freed ISIS captives.")
    >>> captive_holder(doc[4], doc[3], load())
    False
    """
    if noun.lower_ not in lex.exchanged_captive_nouns and (
        noun.lemma_.lower() not in lex.exchanged_captive_nouns
    ):
        return False
    if name.i >= noun.i or not name.text[:1].isupper():
        return False
    from riftwatch.nlp.code import hyphen_agent

    if hyphen_agent(name):
        return True
    doc = name.doc  # "Taliban-held" with a participle the tagger did not read as one
    return (
        name.i + 2 < noun.i
        and doc[name.i + 1].text in ("-", "\u2010", "\u2011")
        and not name.whitespace_
        and doc[name.i + 2].lemma_.lower() in lex.place_holding_verbs
    )


def acting_for(coder: Any, tok: Any, depth: int) -> Any:
    """The party that the people or body ``tok`` act for, when a participle after the noun
    says so: "couriers working for Al Qaeda", "a committee representing the Pakistani
    Taliban", "negotiators appointed by the prime minister", "envoys sent by X" (cues.yaml
    ``agency_nouns`` with an ``agency_active_verbs`` participle and its object or
    for/on-behalf-of phrase, or an ``agency_passive_verbs`` participle and its "by" agent).
    None otherwise; a country or collective is no such party ("officials working in
    Pakistan").

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("A committee representing the Taliban met the envoys.")
    >>> class C:
    ...     lex = load()
    ...     def _actor(self, t, depth): return "Taliban" if t.text == "Taliban" else None
    >>> acting_for(C(), doc[1], 0)
    'Taliban'
    >>> acting_for(C(), doc[7], 0) is None
    True
    """
    lex = coder.lex
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.agency_nouns or depth > 2:
        return None
    for part in tok.children:
        if part.dep_ not in ("acl", "relcl") or part.i < tok.i:
            continue
        lemma = part.lemma_.lower()
        heads: list[Any] = []
        if part.tag_ == "VBG" and lemma in lex.agency_active_verbs:
            heads = [c for c in part.children if c.dep_ in _OBJECTS]
            for prep in part.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                    heads += [c for c in prep.children if c.dep_ == "pobj"]
        elif part.tag_ == "VBN" and lemma in lex.agency_passive_verbs:
            for agent in part.children:
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    heads += [c for c in agent.children if c.dep_ == "pobj"]
        for head in heads:
            found = coder._actor(head, depth + 1)  # noqa: SLF001
            if found is not None and getattr(found, "type", None) not in (
                "country", "place", "collective"
            ):  # fmt: skip
                return found
    return None


_GERUND_FRAMES_LEFT_OUT = frozenset({"away", "refusal", "symmetric", "reciprocal"})


def possessed_gerund(tok: Any, lex: Any) -> dict[str, Any] | None:
    """The noun entry of a gerund used as a noun with an owner and an "of" phrase: "the State
    Department's blacklisting of X", "the ISI's bankrolling of Y", "the army's shelling of
    Z", "the arming of Y by X" are the verb's event (events.yaml's own entry of the verb),
    the owner (or the "by" agent) its author and the "of" phrase its patient; a noun the
    lexicon has keeps its entry with "of" for the patient ("the ISI's funding of X"). Not a
    verb whose object is a thing ("the giving of money"), and not a verb that needs a
    particle or ties.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The ISI's bankrolling of the Haqqani network angered Washington.")
    >>> possessed_gerund(doc[3], load())["type"]
    'AID'
    >>> possessed_gerund(nlp()("The bankrolling of the network angered them.")[1], load())
    >>> doc = nlp()("The arming of the network by Iran angered them.")
    >>> possessed_gerund(doc[1], load())["type"]
    'AID'
    """
    lower = tok.lower_
    if tok.pos_ != "NOUN" or not lower.endswith("ing") or len(lower) < 6:
        return None
    noun = lex.nouns.get(lower) or lex.nouns.get(tok.lemma_.lower())
    # the owner a possessive names, or a "by" agent after the gerund ("the arming of Y by X",
    # "the sheltering of Y by X"; written20)
    if not any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by"
                                     and c.i > tok.i) for c in tok.children):  # fmt: skip
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
               for c in tok.children):  # fmt: skip
        return None
    stem = lower[:-3]
    stems = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    for lemma in stems:
        entry = lex.verbs.get(lemma)
        if entry is None or "VERB" not in (entry.get("pos") or ("VERB",)):
            continue
        if entry.get("frame") in _GERUND_FRAMES_LEFT_OUT or entry.get("object_is_thing"):
            return None
        if any(k.startswith("needs_") for k in entry) or entry.get("no_clause"):
            return None
        if noun is not None:  # "the ISI's funding of X": the noun's entry, X its patient
            if noun.get("type") != entry["type"] or noun.get("frame"):
                return None
            preps = [*(noun.get("patient_preps") or ()), "of"]
            return {**noun, "patient_preps": preps, "gerund_of": lemma}
        return {"type": entry["type"], "mode": entry.get("mode"), "patient_preps": ["of"],
                "source": entry.get("source"), "gerund_of": lemma}  # fmt: skip
    return None


_LIST_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART"})


def broken_list(coder: Any, tok: Any) -> list[Any]:
    """The later names of a list that starts at ``tok`` when the parser did not make them
    its conjuncts: "train bomb-makers for the Haqqanis, the Quetta shura and the Pakistani
    Taliban" (the parser hangs "shura" on the comma). Read from the words: after ``tok``,
    comma-separated noun phrases (determiners, adjectives, nouns and names only), each
    naming an actor, closed by "and"/"or" and a last such phrase. [] when the words after
    ``tok`` are no such list, or when the parser already joined them as conjuncts.

    >>> from spacy.tokens import Doc
    >>> from riftwatch.nlp.parse import nlp
    >>> words = ["for", "the", "Haqqanis", ",", "the", "shura", "and", "the", "TTP", "alike"]
    >>> doc = Doc(nlp().vocab, words=words, heads=[0, 2, 0, 2, 5, 3, 5, 8, 5, 5],
    ...           deps=["ROOT", "det", "pobj", "punct", "det", "prep", "cc", "det", "conj",
    ...                 "advmod"],
    ...           pos=["ADP", "DET", "PROPN", "PUNCT", "DET", "NOUN", "CCONJ", "DET", "PROPN",
    ...                "ADV"])
    >>> class C:
    ...     actor_of = {2: "Haqqani", 5: "shura", 8: "TTP"}
    >>> [t.text for t in broken_list(C(), doc[2])]
    ['shura', 'TTP']
    >>> tags = ["ADP", "DET", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "DET", "PROPN", "ADV"]
    >>> doc = Doc(nlp().vocab, words=words[:6] + ["said"] + words[7:], pos=tags)
    >>> broken_list(C(), doc[2])  # "the Haqqanis, the shura said the TTP ...": no list
    []
    >>> words = ["for", "the", "Haqqanis", ",", "and", "the", "TTP", "condemned", "it"]
    >>> tags = ["ADP", "DET", "PROPN", "PUNCT", "CCONJ", "DET", "PROPN", "VERB", "PRON"]
    >>> doc = Doc(nlp().vocab, words=words, pos=tags)
    >>> class C:
    ...     actor_of = {2: "Haqqani", 6: "TTP"}
    >>> broken_list(C(), doc[2])  # a new clause, not the list's last name
    []
    """
    doc = tok.doc
    if tok.i not in coder.actor_of or any(c.dep_ == "conj" for c in tok.children):
        return []
    out: list[Any] = []
    i = tok.i + 1
    while i < len(doc):
        if doc[i].text == ",":
            i += 1
            last = i < len(doc) and doc[i].lower_ in ("and", "or")  # the serial comma
            i += 1 if last else 0
        elif doc[i].lower_ in ("and", "or") and out:
            last, i = True, i + 1
        else:
            return []
        named = None
        while i < len(doc) and doc[i].text != "," and doc[i].lower_ not in ("and", "or"):
            if doc[i].text in ("'s", "\u2019s") or (
                doc[i].pos_ not in _LIST_WORDS and doc[i].text != "-"
            ):  # a hyphen inside a name ("Lashkar-e-Taiba") stays in the phrase
                break
            if i in coder.actor_of:
                named = doc[i]
            i += 1
        if named is None:
            return []
        out.append(named)
        if last:
            break
    else:
        return []
    if any(t.i in {c.i for c in tok.conjuncts} for t in out):
        return []
    if i < len(doc) and doc[i].pos_ in ("VERB", "AUX"):
        return []  # "... killed thirteen soldiers, and the Taliban condemned it": a clause
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in out):
        return []
    return out


def idiom_refusing(noun: Any, lex: Any) -> Any:
    """The verb of a refusal idiom whose refused event is ``noun`` (cues.yaml
    ``refusal_idioms``: a verb with its object noun or particle, the event after a particle
    or in a ``refusal_idiom_preps`` phrase on the verb or on the idiom's noun): "Kenya closed
    the door to talks with Somalia", "shut the door on negotiations", "ruled out talks with
    X" (fix9). None otherwise.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kenya closed the door to talks with Somalia.")
    >>> idiom_refusing(doc[5], load()).text
    'closed'
    >>> idiom_refusing(nlp()("Kenya closed the office after talks with Somalia.")[6], load())
    """
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
        lemma = head.lemma_.lower()
        if any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in lex.refusal_idioms
               for c in head.children):  # fmt: skip
            return head
        return None
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in lex.refusal_idiom_preps:
        return None
    holder = head.head
    if holder.pos_ == "VERB":
        verb, objects = holder, [c for c in holder.children if c.dep_ in ("dobj", "obj")]
    elif holder.dep_ in ("dobj", "obj") and holder.head.pos_ == "VERB":
        verb, objects = holder.head, [holder]
    else:
        return None
    lemma = verb.lemma_.lower()
    if any(f"{lemma} {o.lemma_.lower()}" in lex.refusal_idioms for o in objects):
        return verb
    return None


def ended_by_subject(coder: Any, verb: Any) -> bool:
    """True when ``verb`` is a verb of ending with no object whose subject is a cooperative
    event noun: "X's funding of Y stopped", "the aid to Y ceased" (cues.yaml ending_verbs).
    The ending is coded from the noun (modality, distancing), not as a refusal by the noun's
    parties (fix9)."""
    from riftwatch.nlp.lexicon import COOPERATIVE

    if verb.lemma_.lower() not in coder.lex.ending_verbs:
        return False
    if any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp") for c in verb.children):
        return False
    return any(
        c.dep_ == "nsubj"
        and (possessed_gerund(c, coder.lex) or coder._event_noun(c) or {}).get("type")  # noqa: SLF001
        in COOPERATIVE
        for c in verb.children
    )


def owned_aid(coder: Any, noun: Any, entry: dict[str, Any]) -> bool:
    """True when an aid or support noun has an owner that names a party: its "of" phrase
    is then the party helped ("Iran's support of Hezbollah", "Qatar's sponsorship of Y"),
    as for a possessed gerund (fix9), also an owner named by a modifier ("Iranian funding of
    Hezbollah", "ISI financing of Y"; lead34; never a participle: "U.S.-backed funding").
    Not a noun whose possessor is its partner. An owner named as the noun's "by" agent after
    it is one too ("the funding of Y by Iran", "the arming of Y by X's intelligence service";
    written20)."""
    if entry.get("type") not in ("AID", "SUPPORT") or entry.get("possessor_is_partner"):
        return False
    return any(
        (c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.tag_ != "VBN"))
        and c.i < noun.i
        and coder.actors(c)
        for c in noun.children
    ) or any(
        c.dep_ in ("prep", "agent")
        and c.lower_ == "by"
        and c.i > noun.i
        and any(coder.actors(p) for p in c.children if p.dep_ == "pobj")
        for c in [*noun.children, *misplaced_by(noun)]
    )


def run_on_denial(verb: Any, lex: Any) -> bool:
    """Is ``verb`` the passive verb of taking a claim back ("denied", "rejected", "dismissed":
    cues.yaml ``claim_rejecting_verbs``) that the parser ran on into the claim's own "that"
    clause, taking that clause's object for its passive subject? "Reports that X helped Y were
    denied by Z": 'denied' hung on 'helped', "Y" its passive subject, 'helped' left with no
    object. What was denied is the report, not Y: Z refuses Y nothing (written20).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Reports that the ISI helped the Taliban were denied by Pakistan.")
    >>> run_on_denial([t for t in doc if t.lower_ == "denied"][0], load())
    True
    >>> doc = nlp()("The Taliban were denied entry by Pakistan.")
    >>> run_on_denial([t for t in doc if t.lower_ == "denied"][0], load())
    False
    """
    if verb.lemma_.lower() not in lex.claim_rejecting_verbs:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    head = verb.head
    if subj is None or head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if not head.i < subj.i < verb.i or any(c.dep_ in ("dobj", "obj") for c in head.children):
        return False
    # the clause is a claim's: "that" marks it, or it hangs on a claim noun
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children) or (
        head.head.lower_ in lex.claim_nouns and head.head.i < head.i
    )


def misplaced_by(noun: Any) -> list[Any]:
    """A "by" phrase the parser hung on the object of the noun's own "of" phrase ("the
    support of Y by X": "by X" on Y), which is the noun's agent (written20)."""
    return [
        c
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > noun.i
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for c in pobj.children
        if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > pobj.i
    ]


def _post_owners(coder: Any, post: Any) -> list[Any]:
    """The party whose post ``post`` is: its "of" phrase or possessive ("deputy leader of
    X", "X's deputy")."""
    owners: list[Any] = []
    for child in post.children:
        if child.dep_ == "poss":
            owners += coder.actors(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            owners += [a for p in child.children if p.dep_ == "pobj" for a in coder.actors(p)]
        elif child.dep_ == "compound" and child.i in coder.actor_of:
            owners += coder.actors(child)  # heads23: "named Taliban deputy chief"
    return owners


_PARTITIVES = frozenset({"one", "two", "three", "four", "some", "several", "another", "each"})


def _partitive_post(noun: Any) -> Any:
    """The post a partitive stands for: "one of X's deputies" is a deputy's post, with X as
    its owner (written27); any other noun is itself.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("He was named one of the Taliban's deputy leaders.")
    >>> _partitive_post(doc[3]).text, _partitive_post(doc[1]).text
    ('leaders', 'was')
    """
    if noun.lower_ not in _PARTITIVES:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return noun


def _headline_appointed(coder: Any, tok: Any) -> list[Any] | None:
    """heads23: the appointees of a headline's appointing participle that dropped its "was"
    ("Y named X deputy chief", "Y chief named X deputy"), or None. A past form with a post
    complement (``oprd``, ``xcomp``, ``attr``) but no object, no auxiliary and no agent,
    either the headline's root with a subject or a participle hung on the root noun: that
    subject or noun is the appointee, as in "Y was named ...". With an object ("X names Y
    chief") the verb is active and its own event (events.yaml ``appoint``)."""
    if not getattr(coder, "headline", False) or tok.tag_ not in ("VBD", "VBN"):
        return None
    kids = list(tok.children)
    if any(c.dep_ in ("aux", "auxpass", "agent", "dobj", "obj", "dative") for c in kids):
        return None
    if not any(c.dep_ in ("oprd", "xcomp", "attr") for c in kids):
        return None
    if tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in kids):
        return coder.subject(tok)[0]
    if tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.i < tok.i:
        return coder.actors(tok.head)
    return None


def _appointment_parts(coder: Any, tok: Any) -> tuple[list[Any], list[Any]]:
    """(appointees, post nouns) of an appointing verb in the passive with no agent ("Y was
    named deputy leader of X") or of an appointing noun ("Y's appointment as X's deputy",
    "the appointment of Y as head of X")."""
    lex = coder.lex
    posts: list[Any] = []
    for child in tok.children:
        if child.dep_ in ("oprd", "attr", "xcomp", "dobj") and child.pos_ in ("NOUN", "PROPN"):
            posts.append(child)
        elif child.dep_ in ("oprd", "attr", "xcomp", "dobj"):
            posts.append(child)  # "one of X's deputies": the partitive, read below
        elif child.dep_ == "prep" and child.lower_ in ("as", "to"):
            posts += [p for p in child.children if p.dep_ == "pobj"]
    posts = [_partitive_post(p) for p in posts]
    posts = [p for p in posts if p.lemma_.lower() in lex.post_nouns]
    if not posts:
        return [], []
    if tok.lemma_.lower() in lex.becoming_verbs:
        # "Y became one of X's ministers": the subject takes up the post (active, no appointer)
        appointees, passive, _how = coder.subject(tok)
        return ([] if passive else appointees), posts
    if tok.pos_ in ("VERB", "AUX"):
        headline_appointees = _headline_appointed(coder, tok)
        if headline_appointees is not None:
            return headline_appointees, posts
        if not any(c.dep_ == "auxpass" for c in tok.children) or any(
            c.dep_ == "agent" for c in tok.children
        ):
            return [], []  # the active verb and "appointed by X" are the verb's own event
        appointees, passive, _how = coder.subject(tok)
        return (appointees if passive else []), posts
    appointees = [a for c in tok.children if c.dep_ == "poss" for a in coder.actors(c)]
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            appointees += [a for p in child.children if p.dep_ == "pobj" for a in coder.actors(p)]
    return appointees, posts


def appointed_to_post(coder: Any) -> None:
    """'Y was appointed deputy leader of X', 'Y's appointment as deputy leader of X', 'the
    appointment of Y as X's deputy': X gives one of its posts to Y, a SUPPORT (mode
    appointment) from X to Y's group, as "X appointed Y as its deputy" (events.yaml
    ``appoint``; labelling: the appointing group -> the appointee's group). The words are
    cues.yaml ``appointing_words`` (verbs and nouns, lemmas) and ``post_nouns``; the trigger
    is the appointing word, so its clause decides the modality ("was reportedly to be
    named", "denied that Y had been appointed" are not asserted). Written reports, round 9.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "Sirajuddin Haqqani was appointed deputy leader of the Taliban in 2015."
    >>> [(c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...  for c in extract_document({"id": "d", "text": text, "date": "2016-01-01"})]
    [('Afghan Taliban', 'SUPPORT', 'Haqqani Network')]
    """
    for tok in coder.doc:
        lemma = tok.lemma_.lower()
        if lemma not in coder.lex.appointing_words and lemma not in coder.lex.becoming_verbs:
            continue
        appointees, posts = _appointment_parts(coder, tok)
        for post in posts:
            owners = _post_owners(coder, post)
            keys = {a.key() for a in appointees} | {a.org_id or a.id for a in appointees}
            # "Mansour was named leader of the Taliban": a post within one's own group
            owners = [o for o in owners if not {o.key(), o.org_id or o.id} & keys]
            if owners and appointees:
                coder._emit(owners[:1], appointees, "SUPPORT", "appointment", tok,  # noqa: SLF001
                            [f"'{tok.text}' to the post of '{post.text}' held by another "
                             "party: the post's owner backs the appointee (SUPPORT)",
                             "source: the owner of the post", "target: the appointee"])  # fmt: skip


def delivered_to_third(coder: Any, clause: Any, event: Any) -> bool:
    """Is the announced act ``clause`` a delivery of the event's target to a third party
    ("the elders said they would hand the suspects over to the army")? Then the
    announcement offers the target to that party: no threat to the target
    (mechanisms.announced_threats; written reports, round 9). Only for the verbs of handing
    over (cues.yaml ``handover_verbs``)."""
    if clause.lemma_.lower() not in coder.lex.handover_verbs:
        return False
    parties = {event.source.key(), event.target.key()}
    return any(a.key() not in parties for prep in handover_to_preps(clause)
               for pobj in prep.children for a in coder.actors(pobj))  # fmt: skip


_GRIEVANCE_PREPS = frozenset({"over", "for"})


def grievance_phrase(tok: Any, prev: Any, cues: Any) -> bool:
    """Is ``tok`` the "over"/"for" phrase of a threat or vow whose object ``prev`` is a
    noun ("threatened the Saudi rulers over their cooperation with Washington", "vowed to
    punish X for its ties to Y")? The grievance is a fact the threat answers, not part of
    what is threatened: the walk stops there, asserted (modality._governing; written
    reports, round 9). A gerund ("for helping Y") is left to the other rules.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("AQAP threatened the Saudi rulers over their cooperation with Washington.")
    >>> grievance_phrase(doc[5], doc[7], {"future": frozenset({"threaten"})})
    True
    """
    if prev is None or tok.dep_ != "prep" or tok.lower_ not in _GRIEVANCE_PREPS:
        return False
    if prev.dep_ != "pobj" or prev.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = tok.head
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:  # "vowed to punish X for ..."
        verb = verb.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in cues.get("future", ())


def conditioned(clause: Any, lex: Any) -> bool:
    """Does ``clause`` carry a condition ("if", "unless": cues.yaml ``condition_marks``)?
    An act announced or offered on a condition ("said they would hand the suspects over to
    the army if the shelling stopped") is no intent stated outright: no AGREE is read from
    it (mechanisms.announced_cooperation; written reports, round 9).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("They said they would meet the envoys if the shelling stopped.")
    >>> plain = nlp()("They said they would meet them.")
    >>> conditioned(doc[4], load()), conditioned(plain[4], load())
    (True, False)
    """
    return any(
        adv.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in lex.condition_marks for c in adv.children)
        for adv in clause.children
    )


def cooperative_participle(verb: Any, lex: Any) -> bool:
    """Is ``verb`` a participle the parser hung on the sentence's only noun phrase ("Lashkar
    fighters trained alongside Al Qaeda recruits": no other verb) whose act is cooperative
    (an AID or COOPERATE entry: training, working)? Read as "were trained" or as "trained",
    the noun's people did it together with the "alongside" partner, so the co-agent reading
    holds (code.SentenceCoder._together; written reports, round 9). A hostile participle
    ("militants killed alongside Y") stays passive: those are fellow victims."""
    from riftwatch.nlp.lexicon import COOPERATIVE

    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.head.dep_ != "ROOT":
        return False
    entry = lex.verbs.get(verb.lemma_.lower()) or {}
    return entry.get("type") in COOPERATIVE


def passed_warnings(coder: Any) -> None:
    """'X passed warnings to Y ahead of Z's raids', 'X gave Y advance warning of a Z
    operation': a warning handed on about a hostile act of a third party is a tip-off, AID
    (mode tip-off) from X to Y, as the verb "X warned Y about Z's raid" (code.SentenceCoder.
    _warning). The warning noun (cues.yaml ``warning_nouns``) is the object of a verb of
    passing on (``warning_passing_verbs``); the act is an ASSAULT or COERCE noun in an
    "of"/"about"/"before"/"ahead of" phrase whose owner is named and is neither X nor Y (an
    act with no owner may be X's own: no tip-off). The verb is the trigger, so "did not pass
    warnings", "may have passed warnings" are not asserted. Written reports, round 9."""
    lex = coder.lex
    for noun, verb, givers in _handed_on(coder, lex.warning_nouns, lex.warning_passing_verbs):
        # the parser may also hang "to Y" on the act ("warnings of Z's raids to Y"): any "to"
        # phrase after the noun in the verb's own clause (written24)
        heads = [*verb.children, *noun.children]
        heads += [c for c in verb.subtree if c.i > noun.i and c.dep_ == "prep"
                  and c.lower_ == "to" and c not in heads and _in_clause_of(c, verb)]  # fmt: skip
        receivers = [a for c in heads
                     if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
                     for p in [c, *c.children] if p.dep_ in ("pobj", "dative")
                     for a in coder.actors(p)]  # fmt: skip
        # the parser may hang the phrase on the receiver ("to Y ahead of Z's raids")
        acts = [p for c in verb.subtree if c.i > noun.i and c.dep_ == "prep"
                and c.lower_ in ("of", "about", "before", "on")
                and c.head.dep_ not in ("relcl", "advcl", "ccomp")
                for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        keys = {a.key() for a in [*givers, *receivers]}
        for act in acts:
            entry = coder._event_noun(act)  # noqa: SLF001
            if not entry or entry.get("type") not in ("ASSAULT", "COERCE"):
                continue
            owners = coder._modifier_owner(act, entry)  # noqa: SLF001
            if owners and receivers and all(o.key() not in keys for o in owners):
                coder._emit(givers, [r for r in receivers if r.key() not in  # noqa: SLF001
                                     {g.key() for g in givers}], "AID", "tip-off", verb,
                            [f"'{verb.text} {noun.text}' about '{act.text}', an act of a third "
                             "party: a tip-off (AID)", "source: subject",
                             "target: the party warned"])  # fmt: skip
                break


# -- written reports, round 10 -----------------------------------------------------------------
def _possessors(coder: Any, noun: Any) -> list[Any]:
    """The actors a noun's possessive names ("the Haqqanis' refusal")."""
    return [a for c in noun.children if c.dep_ == "poss" for a in coder.actors(c)]


def _infinitive(word: Any, deps: tuple[str, ...]) -> Any:
    """The "to" infinitive hung on ``word`` with one of ``deps``, or None."""
    for c in word.children:
        if (
            c.dep_ in deps
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            return c
    return None


def refusal_nouns(coder: Any) -> None:
    """'The Haqqanis' refusal to hand over the fighters to the army', 'the Taliban's refusal
    to shelter Y': a refusal noun (cues.yaml ``refusal_nouns``) owned by X with an infinitive
    codes as "X refused to ..." does (code.SentenceCoder._refusal): REJECT from X of the
    receiver of a refused hostile act ("to hand over ... to the army": the army), else of the
    refused act's party ("to shelter Y": Y). A refused remark or a refused ending of a
    relation rejects nobody. The noun is the trigger, so "reports of X's refusal were denied"
    is not asserted; the refused act itself is negated (cues.yaml, modality). Round 10."""
    lex = coder.lex
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.refusal_nouns:
            continue
        comp = _infinitive(noun, ("acl", "relcl"))
        owners = _possessors(coder, noun)
        if comp is None or not owners or refused_remark(comp, lex):
            continue
        inner = lex.verbs.get(comp.lemma_.lower()) or {}
        if inner.get("needs_ties") or (
            inner.get("type") == "REJECT" and inner.get("mode") in ("renounce", "split")
        ):
            continue  # "X's refusal to break with Y": the relation holds
        receivers = refused_hostile_act(coder, comp, inner)
        if comp.lemma_.lower() in lex.handover_verbs:  # "refusal to surrender X to Y": Y
            receivers = [a for p in handover_to_preps(comp) for o in p.children
                         for a in coder.actors(o)]  # fmt: skip
        if receivers is None:
            targets, _how = coder.objects(comp, inner or {"preps": ["with", "to", "for"]})
            mode = inner.get("mode") or "assist"
        else:
            targets, mode = receivers, "assist"
        own = {a.key() for a in owners}
        targets = [t for t in targets if t.key() not in own]
        if targets:
            why = [f"'{noun.text} to {comp.text}': a refusal noun owned by its refuser",
                   "source: the possessive", "target: the refused act's party"]  # fmt: skip
            coder._emit(owners, targets, "REJECT", mode, noun, why)  # noqa: SLF001


def likewise_clauses(coder: Any) -> None:
    """'X pledged loyalty to Y in 2016, as did Z', 'X attacked Y, and so did Z': a clause of a
    pro-verb (cues.yaml ``pro_verbs``, "did") with a likewise word (``likewise_marks``: "as",
    "so") and a subject of its own, and no object, repeats the main verb's events with its
    subject as the source. The main verb stays the trigger, so the repeated event has its
    modality ("X did not attack Y, and neither did Z" has no likewise word and adds nothing).
    Round 10."""
    lex = coder.lex
    for pro in coder.doc:
        if pro.lemma_.lower() not in lex.pro_verbs or pro.dep_ not in ("advcl", "conj"):
            continue
        kids = list(pro.children)
        if not any(k.lower_ in lex.likewise_marks and k.dep_ in ("mark", "advmod") for k in kids):
            continue
        if any(k.dep_ in ("neg", "dobj", "obj", "xcomp", "ccomp", "attr") for k in kids):
            continue
        doers = [a for k in kids if k.dep_ == "nsubj" for a in coder.actors(k)]
        main = pro.head
        if not doers or main.pos_ != "VERB":
            continue
        doer_keys = {a.key() for a in doers}
        done: set[tuple[str, str | None, str]] = set()
        for event in list(coder.events):
            if event.trigger.i != main.i or event.target.key() in doer_keys:
                continue
            sig = (event.event_type, event.mode, event.target.key())
            if sig in done:
                continue
            done.add(sig)
            why = [f"'{pro.text}' with a likewise word: the same act as '{main.text}'",
                   "source: subject of the pro-verb",
                   "target: the main event's"]  # fmt: skip
            coder._emit(doers, [event.target], event.event_type, event.mode, main, why)  # noqa: SLF001


def clash_settings(coder: Any) -> None:
    """'X killed twenty Y fighters in clashes in Z': an attack told in the setting of a clash
    (a noun of cues.yaml ``clash_setting_nouns`` after ``clash_setting_preps``: "in clashes",
    "during fighting") is fought both ways (LABELLING: clashes are reciprocal), so the target
    also attacks the source. A clash noun naming its own parties ("in clashes with W") is
    coded with the noun, and only an active clause counts ("50 soldiers killed in a clash, X
    says" is X's claim of its own attack). Same trigger as the attack, so the same modality.
    Round 10."""
    lex = coder.lex
    for event in list(coder.events):
        verb = event.trigger
        if event.event_type != "ASSAULT" or verb.pos_ != "VERB" or not _active_clause(verb):
            continue  # "50 soldiers killed in a clash, X says": X's claim, one way (heads9)
        settings = lex.clash_setting_preps
        nouns = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in settings
                 for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        for noun in nouns:
            if noun.lower_ not in lex.clash_setting_nouns:
                continue
            if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "against")
                   for c in noun.children):  # fmt: skip
                continue
            if any(e.trigger.i == verb.i and e.source.key() == event.target.key()
                   and e.target.key() == event.source.key() for e in coder.events):  # fmt: skip
                continue
            why = [f"'{verb.text}' in '{noun.text}': a clash is fought both ways",
                   "source: the attack's target", "target: the attack's source"]  # fmt: skip
            coder._emit([event.target], [event.source], "ASSAULT", event.mode, verb, why)  # noqa: SLF001
            break


def _active_clause(verb: Any) -> bool:
    """True for a verb with an active subject of its own or of the verb it is coordinated
    with (not a passive, not a headline participle)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "nsubj" for c in verb.head.children)


def supplied_means(coder: Any) -> None:
    """'X fought Y with arms supplied by Z', 'X ran its camps with money provided by Z': a
    "with" phrase of the clause whose thing is given by an agent (a participle whose
    events.yaml entry is AID: "supplied by Z") says Z gave it to the clause's subject (AID,
    the entry's mode). The clause's verb is the trigger, so "X did not fight Y with arms
    supplied by Z" and "may have fought ..." are not asserted. Round 10.

    written64: the thing may also be the object of a participial adjunct of using (cues.yaml
    ``using_verbs``: "Using explosives supplied by Z, X blew up ..."), and a participle of
    gathering money (cues.yaml ``raising_participles``: "money raised by Z", "funds
    collected by Z") gives it as Z's funding (mode finance)."""
    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        means = [(p, c) for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                 for c in p.children if c.dep_ == "pobj"]  # fmt: skip
        means += [
            (u, c) for u in verb.children
            if u.dep_ == "advcl" and u.tag_ == "VBG" and u.lemma_.lower() in coder.lex.using_verbs
            and not any(s.dep_ in ("nsubj", "nsubjpass", "mark") for s in u.children)
            for c in u.children if c.dep_ in ("dobj", "obj")
        ]  # fmt: skip
        if not means:
            continue  # (looked at first: the subject is the dearer question)
        takers, passive, _how = coder.subject(verb)
        if passive or not takers:
            continue
        for prep, thing in means:
            if coder.actors(thing):
                continue
            for part in thing.children:
                if part.dep_ != "acl" or part.tag_ != "VBN":
                    continue
                entry = coder.lex.verbs.get(part.lemma_.lower()) or {}
                if part.lemma_.lower() in coder.lex.raising_participles:
                    entry = {"type": "AID", "mode": "finance"}
                if entry.get("type") != "AID":
                    continue
                givers = coder.agent(part)
                own = {a.key() for a in takers}
                givers = [g for g in givers if g.key() not in own]
                if givers:
                    why = [f"'{prep.text} {thing.text} {part.text} by' the giver: AID to the "
                           "clause's subject", "source: agent of the participle",
                           "target: subject of the clause"]  # fmt: skip
                    # an adjunct of a verb of intent is the means of the act intended
                    # ("Using money raised by Z, X planned to rent ...": as planned; written64)
                    act = next((c for c in verb.children if c.dep_ == "xcomp"
                                and prep.dep_ == "advcl"), verb)  # fmt: skip
                    coder._emit(givers, takers, "AID", entry.get("mode"), act, why)  # noqa: SLF001


def given_to_in_passive(coder: Any) -> None:
    """'bomb makers lent by X to Y', 'rifles were supplied to Y by X': a passive participle
    of a verb of giving (cues.yaml ``relative_giving_verbs``) whose passive subject, or the
    noun it hangs on as a reduced relative, is no party (the thing or the people given), with
    a "by" agent and a party in its "to" phrase: the agent gave it to that party (AID, from
    the agent to the recipient). The participle is the trigger, so a negated or hedged one
    ("were never supplied to Y by X", "may have been lent") keeps its reading. A party as the
    passive subject ("Y was supplied by X") is the verb's own recipient, read by the verb's
    entry. written64."""
    for part in coder.doc:
        if part.tag_ != "VBN" or part.lemma_.lower() not in coder.lex.relative_giving_verbs:
            continue
        agented = any(c.dep_ == "agent" for c in part.children)
        if part.dep_ == "acl":
            given = part.head
        else:  # the parser may read a reduced relative's noun as a participle's subject
            given = next((c for c in part.children if c.dep_ == "nsubjpass" or (
                c.dep_ == "nsubj" and agented and part.dep_ != "ROOT")), None)  # fmt: skip
        if given is None or coder.actors(given) or given.i in coder.actor_of:
            continue
        if given.lemma_.lower() in coder.lex.message_nouns:
            continue  # "a message sent by X to Y": words passed on, no aid
        tos = [o for p in part.children if p.dep_ == "dative" or (p.dep_ == "prep"
               and p.lower_ == "to") for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        takers = [a for o in tos for a in coder.actors(o)]
        givers = coder.agent(part)
        own = {a.key() for a in givers}
        takers = [t for t in takers if t.key() not in own]
        if givers and takers:
            why = [f"'{given.text} {part.text} by' the giver 'to' a party: AID to it",
                   "source: agent of the participle", "target: object of 'to'"]  # fmt: skip
            coder._emit(givers, takers, "AID", None, part, why)  # noqa: SLF001


def lodged_in_owned_dwelling(coder: Any) -> None:
    """'Y's men hid in compounds owned by X', 'Y's leaders lived in X's guesthouses',
    'Y operatives hiding in houses belonging to X': a verb of living or hiding (cues.yaml
    ``residing_verbs``) whose "in"/"inside"/"at" phrase is a dwelling (cues.yaml
    ``lodging_nouns``) owned by another party (its possessor, "owned by X", "belonging to
    X", "of X") tells X gave the subject shelter (AID, mode sanctuary; labelling: "sheltered
    in X's compounds" is shelter given by X, round 46). The residing verb is the trigger, so
    "may have hidden in", "did not live in" keep their reading. written64."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.residing_verbs:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "inside", "at"):
                continue
            for place in prep.children:
                if place.dep_ != "pobj" or place.lemma_.lower() not in lex.lodging_nouns:
                    continue
                owners = _dwelling_owners(coder, place)
                if not owners:
                    continue
                takers, passive, _how = coder.subject(verb)
                if passive or not takers:
                    continue
                own = {a.key() for a in takers}
                owners = [o for o in owners if o.key() not in own]
                if owners:
                    why = [f"'{verb.text} {prep.text} {place.text}' of another party: it "
                           "gave the subject shelter", "source: the dwelling's owner",
                           "target: subject of the verb"]  # fmt: skip
                    coder._emit(owners, takers, "AID", "sanctuary", verb, why)  # noqa: SLF001


def _dwelling_owners(coder: Any, place: Any) -> list[Any]:
    """The parties that own the dwelling noun ``place``: its possessor, the agent of "owned
    by" / "run by", the object of "belonging to" or of an "of" phrase (written64). A person
    tied to a party (cues.yaml ``associate_nouns``: "an aide of X", "X's brother") owns it
    himself: no party's shelter (round 43's r43_68)."""

    def party(owner: Any) -> list[Any]:
        if owner.lemma_.lower() in coder.lex.associate_nouns:
            return []  # "a house owned by an aide of X": one man's house, not X's (r43_68)
        return coder.actors(owner)

    found = []
    for c in place.children:
        if c.dep_ == "poss":
            found += party(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            found += [a for o in c.children if o.dep_ == "pobj" for a in party(o)]
        elif c.dep_ == "acl" and c.lemma_.lower() in coder.lex.owning_participles:
            for p in c.children:
                if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "to"):
                    found += [a for o in p.children if o.dep_ == "pobj" for a in party(o)]
    return found


def named_operations(coder: Any) -> None:
    """'The army launched Operation Zarb-e-Azb against the TTP and against Haqqani
    positions': a named operation (a name headed by a word of cues.yaml
    ``operation_name_heads``) is no party: an event coded on it is dropped, and an attack
    (or an attacking verb: "launched") goes to the parties of the verb's "against" phrases
    (coordinated ones too). Round 10.

    A named operation a party's possessive owns stands for that party ("X sided with Y's
    Operation Dignity", "Y's Operation Z shelled X": Y), as "Y's offensive" does; joining it
    is the verb's act in an act (events.yaml ``in_act``: "joined Y's Operation Z" is a joint
    operation with Y, no pledge). gaps58."""
    heads = coder.lex.operation_name_heads

    def operation(actor: Any) -> bool:
        words = actor.mention.split()
        return bool(words) and words[0].lower() in heads and actor.mention[:1].isupper()

    for event in list(coder.events):
        if not operation(event.target) and not operation(event.source):
            continue
        coder.events.remove(event)
        owned = _operation_owners(coder, event)
        if owned is not None:
            source, target, etype, mode, why = owned
            coder._emit([source], [target], etype, mode, event.trigger, why)  # noqa: SLF001
            continue
        verb = event.trigger
        entry = coder.lex.verbs.get(verb.lemma_.lower()) or {}
        if operation(event.source) or "ASSAULT" not in (event.event_type, entry.get("type")):
            continue
        preps = [
            c for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "against"
            and (c.head.i == verb.i or c.head.dep_ == "conj" or c.head.lower_ == "against")
        ]  # fmt: skip
        targets = [a for p in preps for o in p.children if o.dep_ in ("pobj", "conj")
                   for a in coder.actors(o)]  # fmt: skip
        own = event.source.key()
        seen: set[str] = set()
        for target in targets:
            if target.key() == own or target.key() in seen:
                continue
            seen.add(target.key())
            why = [*event.why, f"'{event.target.mention}' is an operation's name, no party",
                   "target: object of 'against'"]  # fmt: skip
            coder._emit([event.source], [target], "ASSAULT", None, verb, why)  # noqa: SLF001


def _operation_owners(coder: Any, event: Any) -> tuple[Any, Any, str, Any, list[str]] | None:
    """(source, target, type, mode, why) of ``event`` with the named operation on either side
    replaced by the party whose possessive owns it ("Y's Operation Dignity": Y), or None when
    neither operation has an owner. Joining an owned operation is the joining verb's act in an
    act (events.yaml ``in_act``). gaps58."""
    parties = []
    for side in (event.source, event.target):
        if (
            side.mention.split()[:1]
            and side.mention.split()[0].lower() in coder.lex.operation_name_heads
        ):
            owner = _operation_owner(coder, side)
            if owner is None:
                return None
            parties.append(owner)
        else:
            parties.append(side)
    source, target = parties
    if source.key() == target.key():
        return None
    etype, mode = event.event_type, event.mode
    entry = coder.lex.verbs.get(event.trigger.lemma_.lower()) or {}
    if target is not event.target and isinstance(entry.get("in_act"), dict):
        etype = entry["in_act"].get("type", etype)
        mode = entry["in_act"].get("mode")
    why = [*event.why, "an operation's name stands for the party that owns it ('s)"]
    return source, target, etype, mode, why


def _operation_owner(coder: Any, operation: Any) -> Any:
    """The party named in the possessive before the named operation ``operation`` ("Haftar's
    Operation Dignity": Haftar's party), or None."""
    for tok in coder.doc:
        found = coder.actor_of.get(tok.i)
        if found is None or found.key() != operation.key():
            continue
        for poss in tok.children:
            if poss.dep_ != "poss":
                continue
            owners = [a for a in coder.actors(poss) if a.key() != operation.key()]
            if owners and owners[0].type not in ("place",):
                return owners[0]
    return None


def _in_clause_of(tok: Any, verb: Any) -> bool:
    """True when no verb stands between ``tok`` and ``verb`` on the way up the parse."""
    head = tok.head
    while head.i != verb.i:
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return True


def passed_intelligence(coder: Any) -> None:
    """'The NDS passed dossiers on the Quetta shura to American officials', 'X handed
    intelligence to Y': information (cues.yaml ``intelligence_nouns``) passed on by a verb of
    ``intelligence_passing_verbs`` to Y is intelligence sharing, AID (mode intelligence) from
    X to Y; the party the information is about is not the receiver. The verb is the trigger
    ("did not pass", "may have passed" are not asserted). Round 10.

    Verbs of sharing (``intelligence_sharing_verbs``) also name the receiver with "with" ("X
    shared intelligence with Y"); a shared or exchanged item between conjoined subjects ("X and
    Y exchanged intelligence") goes both ways, and so does what a verb of exchange
    (``intelligence_mutual_verbs``) trades with a partner."""
    lex = coder.lex
    passing = lex.intelligence_passing_verbs | lex.intelligence_sharing_verbs
    for noun, verb, givers in _handed_on(coder, lex.intelligence_nouns, passing):
        lemma = verb.lemma_.lower()
        preps = ("to", "with") if lemma in lex.intelligence_sharing_verbs else ("to",)
        # the parser may hang "to Y" on the topic ("dossiers on Z to Y"): any "to" phrase
        # after the noun in the verb's own clause (no other verb between)
        found = [c for c in verb.subtree if c.i > noun.i and (c.dep_ == "dative" or (
                 c.dep_ == "prep" and c.lower_ in preps)) and _in_clause_of(c, verb)]  # fmt: skip
        receivers = [a for c in found for p in [c, *c.children] if p.dep_ in ("pobj", "dative")
                     for a in coder.actors(p)]  # fmt: skip
        own = {a.key() for a in givers}
        receivers = [r for r in receivers if r.key() not in own]
        if receivers:
            why = [f"'{verb.text} {noun.text}' to a party: intelligence shared (AID)",
                   "source: subject", "target: the receiver"]  # fmt: skip
            coder._emit(givers, receivers, "AID", "intelligence", verb, why)  # noqa: SLF001
            if lemma in lex.intelligence_mutual_verbs:
                why = [f"'{verb.text} {noun.text}' with a party: each gives the other (AID)",
                       "source: the partner", "target: subject"]  # fmt: skip
                coder._emit(receivers, givers, "AID", "intelligence", verb, why)  # noqa: SLF001
        elif len(own) > 1 and lemma in lex.intelligence_sharing_verbs:
            for giver in givers:
                others = [g for g in givers if g.key() != giver.key()]
                why = [f"'{verb.text} {noun.text}' among the subjects: each gives the others "
                       "(AID)", "source: one subject", "target: the other subjects"]  # fmt: skip
                coder._emit([giver], others, "AID", "intelligence", verb, why)  # noqa: SLF001


def _handed_on(
    coder: Any, nouns: frozenset[str], verbs: frozenset[str]
) -> Iterator[tuple[Any, Any, list[Any]]]:
    """Each noun of ``nouns`` that is the object of an active verb of ``verbs``, with that verb
    and its subjects (the givers): "X passed warnings ...", "X shared intelligence ..."."""
    for noun in coder.doc:
        if noun.lemma_.lower() not in nouns or noun.dep_ not in _OBJECTS:
            continue
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        givers, passive, _how = coder.subject(verb)
        if not passive and givers:
            yield noun, verb, givers


def listed_member(child: Any, lex: Any) -> bool:
    """True for a noun the parser hangs on a verb as its object although it follows "among
    them" or "including" (cues.yaml ``member_list_preps``): "X's commanders defected to Y,
    among them the movement's spokesman" names one of the subject's men, not an object.
    Round 10.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Dozens of commanders defected in 2015, among them the movement's former "
    ...             "spokesman.")
    >>> [t.text for t in doc if t.dep_ == "dobj" and listed_member(t, load())]
    ['spokesman']
    """
    return any(
        p.dep_ == "prep" and p.lower_ in lex.member_list_preps and p.i < child.i
        and not any(t.pos_ in ("VERB", "AUX") for t in child.doc[p.i + 1 : child.i])
        for p in child.head.children
    )  # fmt: skip


def _past_entry(lex: Any, tok: Any) -> dict[str, Any] | None:
    """The lexicon entry of a transitive verb whose past form ``tok`` is ("armed", "funded",
    "supplied", "planned"), or None."""
    word = tok.lower_
    if not word.isalpha() or not word.endswith("ed"):
        return None
    stems = [word[:-2], word[:-1], word[:-3]] + ([word[:-3] + "y"] if word.endswith("ied") else [])
    return _plain_verb_entry(lex, stems)


def coordinated_past_adjectives(coder: Any) -> None:
    """'The NDS paid and armed tribal militias': after "and" and a verb, a past form the small
    parser reads as an adjective of the object ("armed tribal militias", the object hung on
    the first verb as its conjunct) is the second verb of the predicate. Both verbs code
    their lexicon events from the first verb's subject to the object (the first verb, the
    trigger of both, carries the modality: "may have paid and armed Y" is not asserted).
    Only after a verb and "and": "armed militias" alone is a noun phrase. Round 10."""
    lex = coder.lex
    doc = coder.doc
    for adj in doc:
        if adj.pos_ != "ADJ" or adj.dep_ != "amod" or adj.i < 2 or doc[adj.i - 1].lower_ != "and":
            continue
        verb, noun = doc[adj.i - 2], adj.head
        second = _past_entry(lex, adj)
        if second is None or verb.pos_ != "VERB" or noun.i < adj.i:
            continue
        if not (noun.head.i == verb.i and noun.dep_ in ("conj", "dobj", "obj")):
            continue
        sources, passive, how = coder.subject(verb)
        targets = coder.actors(noun)
        own = {a.key() for a in sources}
        targets = [t for t in targets if t.key() not in own]
        if passive or not sources or not targets:
            continue
        first = _plain_verb_entry(lex, [verb.lemma_.lower()])
        for word, entry in ((verb, first), (adj, second)):
            if entry is None or any(e.trigger.i == verb.i and e.event_type == entry["type"]
                                    for e in coder.events):  # fmt: skip
                continue
            why = [f"'{verb.text} and {adj.text}' Y: a coordinated predicate ('{word.text}')",
                   f"source: {how}", "target: the shared object"]  # fmt: skip
            coder._emit(sources, targets, entry["type"], entry.get("mode"), verb, why)  # noqa: SLF001


def listed_relation_noun(coder: Any, noun: Any) -> bool:
    """True for a cooperative relation noun coordinated with a named party ("the army's
    campaign against the TTP and its allies", "sanctions on X and its backers"): the noun
    names the party's partners, who are another target of the clause, so the clause's
    subject holds no relation through it (code.SentenceCoder._nominal_owner). Round 10."""
    from riftwatch.nlp.lexicon import COOPERATIVE

    if noun.dep_ != "conj" or not coder.actors(noun.head):
        return False
    return (coder._event_noun(noun) or {}).get("type") in COOPERATIVE  # noqa: SLF001


def scant_grounds(tok: Any, lex: Any) -> bool:
    """True for a noun of grounds that a determiner or modifier denies ("little reason to
    believe that X funds Y", "no grounds to think that ...", cues.yaml ``ground_nouns``,
    ``scant_words``): what it governs is not vouched for (uncertain). Round 15.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("There is little reason to think that the ISI funds the group.")
    >>> scant_grounds(doc[3], load()), scant_grounds(nlp()("There is reason.")[2], load())
    (True, False)
    """
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.ground_nouns:
        return False
    return any(c.dep_ in ("det", "amod", "neg") and c.lower_ in lex.scant_words
               for c in tok.children)  # fmt: skip


def doubt_removed(tok: Any, lex: Any) -> bool:
    """True for a doubt noun whose determiner or modifier takes the doubt away ("there is
    little doubt that X trained Y", "no doubt that ...", cues.yaml ``doubt_nouns`` and
    ``doubt_removers``): what it governs is not hedged by it. "Some doubt", "doubts that"
    still hedge. Round 10.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("There is little doubt that the ISI trained the group.")
    >>> doubt_removed(doc[3], load()), doubt_removed(nlp()("There is some doubt.")[3], load())
    (True, False)
    """
    # (neg44: the gerund "there is no denying that X trained Y" as the noun "doubt")
    gerund = tok.tag_ == "VBG" and tok.dep_ in ("attr", "nsubj")
    if not (tok.pos_ == "NOUN" or gerund) or tok.lemma_.lower() not in lex.doubt_nouns:
        return False
    return any(c.dep_ in ("det", "amod", "neg") and c.lower_ in lex.doubt_removers
               for c in tok.children)  # fmt: skip


def accused_passive_agent(coder: Any, verb: Any, entry: dict[str, Any]) -> tuple[list[Any], str]:
    """The accused of an accusation whose complement is passive: its agent. "Kabul alleged
    the cell had been trained by the ISI", "officials charged that the bombers were sent by
    the Haqqani network": the party charged is the one the complement says acted, not its
    grammatical subject (code.SentenceCoder.objects). What is alleged stays uncertain
    (modality reads the accusation verb as a cue). Round 11.

    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kabul alleged the cell had been trained by the ISI.")
    >>> coder = SentenceCoder(load(), doc, {9: Actor("org:pak-isi", "ISI", "ISI")})
    >>> [a.name for a in accused_passive_agent(coder, doc[1], {"type": "ACCUSE"})[0]]
    ['ISI']
    """
    if entry.get("type") != "ACCUSE":
        return [], ""
    for comp in verb.children:
        if comp.dep_ != "ccomp" or not any(c.dep_ == "auxpass" for c in comp.children):
            continue
        for agent in comp.children:
            if agent.dep_ != "agent":
                continue
            for pobj in agent.children:
                acts = coder.actors(pobj) if pobj.dep_ == "pobj" else []
                if acts:
                    return acts, f"agent of the passive complement '{comp.text}'"
    return [], ""


def past_tie(participle: Any, lex: Any) -> bool:
    """True for an affiliation participle or adjective that an adverb of former time puts in
    the past ("tribesmen, once allied with X, now fight ...", "commanders formerly loyal to
    X"; cues.yaml ``past_tie_adverbs``): the noun no longer stands for X
    (code.SentenceCoder._affiliated_with). Round 11.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Tribesmen, once allied with the TTP, now fight the army.")
    >>> past_tie(doc[3], load()), past_tie(nlp()("Militants allied with the TTP fled.")[1], load())
    (True, False)
    """
    return any(c.dep_ == "advmod" and c.lower_ in lex.past_tie_adverbs
               for c in participle.children)  # fmt: skip


def refuge_taken(verb: Any, entry: dict[str, Any]) -> bool:
    """True for a verb of shelter with no object ("TTP leaders sheltering in Afghanistan",
    "fighters hiding in Kunar"): its subject takes refuge there, so the country it is done in
    is the place of hiding, not a party given shelter (code.SentenceCoder._shared_or_locus,
    mechanisms.locus_party). Round 11.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("TTP leaders are sheltering in Afghanistan.")
    >>> refuge_taken(doc[3], {"type": "AID", "mode": "sanctuary"})
    True
    """
    if entry.get("mode") != "sanctuary":
        return False
    return not any(c.dep_ in _OBJECTS or c.dep_ == "dative" for c in verb.children)


def refused_party(coder: Any, verb: Any, refusers: list[Any]) -> list[Any]:
    """The parties a refusal with no object may answer, named by earlier events of the
    sentence ("refusing this inducement" after "X offered stipends to Y"): their sources, the
    refusers themselves left out. "Islamabad asked the Taliban to hand over X; the Taliban
    refused": the asked-for handover is the Taliban's own act, so the party refused is the
    one that asked (the source of the event addressed to the refusers), not the refusers;
    "X welcomed Y's offer but rejected any preconditions": the other party of the refusers'
    own earlier act (code.SentenceCoder._refusal). Round 11."""
    own = {a.key() for a in refusers}
    earlier = [e for e in coder.events if e.trigger.i < verb.i]
    addressed = [e.source for e in earlier if e.target.key() in own and e.source.key() not in own]
    if addressed:
        return addressed
    # "X welcomed Y's offer of talks but rejected any preconditions": the other party of the
    # refusers' own earlier act (its source when another party's, else its target)
    return [e.target if e.source.key() in own else e.source for e in earlier]


def factive_owned_act(tok: Any, prev: Any, lex: Any) -> bool:
    """True when ``tok`` is a factive verb (cues.yaml ``factive_verbs``) whose object, or
    passive subject, ``prev`` is an act owned by a named party: "Pakistan has never
    acknowledged its support for the Taliban", "Islamabad's tolerance of the shura was
    never admitted". The writer presupposes the act, so the verb's negation or hedge does not
    reach it (modality walks on above the verb). A clause ("never acknowledged that X backed
    Y") is not this: it stays unconfirmed. Round 11.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Pakistan has never acknowledged its support for the Taliban.")
    >>> factive_owned_act(doc[3], doc[5], load())
    True
    >>> doc = nlp()("Pakistan has never acknowledged support for the Taliban.")
    >>> factive_owned_act(doc[3], doc[4], load())
    False
    """
    if prev is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.lemma_.lower() not in lex.factive_verbs or prev.head.i != tok.i:
        return False
    if prev.dep_ not in ("dobj", "obj", "nsubjpass") or prev.pos_ != "NOUN":
        return False
    return any(c.dep_ == "poss" for c in prev.children)


def victim_owner(tok: Any, actor_of: dict[int, Any], nearest: Any) -> Any:
    """The owner of a possessive pronoun in the object of a hostile verb whose subject is the
    pronoun's nearest antecedent: "elders said TTP fighters attacked their villages" (their =
    the elders), "the army said militants had burned its posts" (its = the army). Nobody
    attacks or seizes their own, so the next actor before the subject, if any, owns it
    (context.rebind_possessives; a verb's entry in events.yaml of type ASSAULT or COERCE;
    "their own villages" keeps the subject). Dwellings (cues.yaml ``dwelling_nouns``) are
    people's: their owner is a collective of people (elders, villagers, tribesmen), never a
    body passed over for it. None when this does not apply. Round 11."""
    from riftwatch.nlp.lexicon import load

    lex = load()
    noun = tok if tok.dep_ == "nsubj" else tok.head  # "allowed it to use Z": "it" itself
    verb = noun.head
    carrier = _hostile_noun_carrier(noun, lex)
    if carrier is not None:
        # written61: "X carried out / responded with strikes on their hideouts": the noun's
        # agent is the carrying verb's subject, who does not strike its own hideouts
        verb, entry = carrier, {"type": "ASSAULT"}
    elif noun.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ == "VERB":
        verb = verb.head  # "allowed its fighters to cross": the permitted subject (precision25)
        if (lex.verbs.get(verb.lemma_.lower()) or {}).get("type") != "CONCEDE":
            return None
    elif noun.dep_ not in _OBJECTS or verb.pos_ != "VERB" or noun.i == verb.i:
        return None
    if any(c.lower_ == "own" for c in noun.children):
        return None
    if carrier is None:
        entry = lex.verbs.get(verb.lemma_.lower()) or {}
    # world9: "X's spokesman denounced the deal and branded its leaders traitors": a party
    # labels or accuses another's leaders, not its own (ACCUSE, as attacks)
    # precision25: "the TTP said the Taliban had allowed its fighters to cross": a party
    # permits another's men, not its own (CONCEDE access: allow, permit, tolerate)
    permits = entry.get("type") == "CONCEDE" and entry.get("mode") == "access"
    if entry.get("type") not in ("ASSAULT", "COERCE", "ACCUSE") and not permits:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and entry.get("type") == "ACCUSE":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = _gerund_subject(verb)
    if subj is None:
        return None
    held = [actor_of.get(t.i) for t in subj.subtree]
    if not any(a is not None and a.key() == nearest.key() for a in held):
        return None
    dwelling = noun.lemma_.lower() in lex.dwelling_nouns
    for prev in reversed(tok.doc[: subj.left_edge.i]):
        actor = actor_of.get(prev.i)
        if actor is None or actor.how.startswith("coreference") or actor.key() == nearest.key():
            continue
        if actor.type in ("country", "place"):
            continue
        if dwelling and actor.type != "collective":
            continue  # "their villages", "their homes": people's, not a body's
        return actor
    return None


_HOSTILE_NOUN_PREPS = frozenset({"on", "upon", "against"})


def _hostile_noun_carrier(noun: Any, lex: Any) -> Any:
    """The verb that carries a hostile event noun (ASSAULT or COERCE in the noun lexicons)
    whose "on"/"against" phrase holds ``noun``: "X carried out strikes on their hideouts",
    "X responded with strikes on their hideouts" give "carried" and "responded", whose
    subject is the noun's agent (the noun as the verb's object or in its "with"/"by"
    phrase). None otherwise. Written reports, round 44 (written61).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The army responded with air strikes on their hideouts.")
    >>> _hostile_noun_carrier(doc[8], load()).text
    'responded'
    >>> raids = nlp()("The army carried out raids on their hideouts.")
    >>> _hostile_noun_carrier(raids[7], load()).text
    'carried'
    >>> _hostile_noun_carrier(nlp()("The army praised their hideouts.")[4], load()) is None
    True
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _HOSTILE_NOUN_PREPS:
        return None

    def hostile(event: Any) -> bool:
        entry = lex.noun_entry(event) or {}
        return event.pos_ == "NOUN" and entry.get("type") in ("ASSAULT", "COERCE")

    if prep.head.pos_ == "VERB":
        # the phrase hung on the verb beside its object: "carried out raids on their hideouts"
        carried = [c for c in prep.head.children if c.dep_ in _OBJECTS]
        carried += [o for c in prep.head.children if c.dep_ == "prep" and c.lower_ in ("with", "by")
                    for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        return prep.head if any(hostile(c) for c in carried) else None
    event = prep.head
    if not hostile(event):
        return None
    carrier = event.head
    if event.dep_ == "pobj" and carrier.dep_ == "prep" and carrier.lower_ in ("with", "by"):
        carrier = carrier.head
    elif event.dep_ not in _OBJECTS:
        return None
    return carrier if carrier.pos_ == "VERB" else None


def _gerund_subject(verb: Any) -> Any:
    """The subject of the clause a gerund hangs on by a preposition, who does the gerund's
    act: "the Taliban retaliated by raiding its hideouts" (raiding: the Taliban). None when
    ``verb`` is no such gerund. Written reports, round 44 (written61).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban retaliated by raiding its hideouts.")
    >>> _gerund_subject(doc[4]).text
    'Taliban'
    """
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
        return None
    governor = verb.head.head
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in governor.children if c.dep_ == "nsubj"), None)


def masterminded(verb: Any, lex: Any) -> bool:
    """True for a verb of devising or directing an operation (cues.yaml
    ``masterminding_verbs``: "planned", "ordered", "orchestrated"), which makes its subject
    the agent of an operation noun whose own relative clause says what it did ("X planned
    the bombing that killed Y": mechanisms.operation_agent). Round 11.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> masterminded(nlp()("X planned the bombing.")[1], load())
    True
    """
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lex.masterminding_verbs


_DONE_WORDS = frozenset({"so", "it", "that", "this"})
_NOT_DONE_AUX = frozenset({"will", "would", "may", "might", "could", "should", "can", "must",
                           "shall"})  # fmt: skip


def carried_on(tok: Any, prev: Any, lex: Any) -> bool:
    """True when ``tok`` is a verb with a particle of continuation (cues.yaml
    ``continuation_particles``) and ``prev`` its "with" phrase: "pressed on with the operation
    against Y", "pushed ahead with its offensive against Y" carry the act in the phrase on,
    they do not ask for it or strive for it; modality walks on above ``tok`` (so "did not
    press on with" and "may press ahead with" still keep their cues: the negation and the
    modal are the verb's own children, read before this skip by the caller only when they
    are present). Written reports, round 36 (written52).

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("American troops pressed on with the operation against the Taliban.")
    >>> carried_on(doc[2], doc[4], load())
    True
    >>> doc = nlp()("American troops pressed for an operation against the Taliban.")
    >>> carried_on(doc[2], doc[3], load())
    False
    """
    if prev is None or prev.dep_ != "prep" or prev.lower_ != "with" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in tok.children):
        return False  # "did not press on with", "may press ahead with": the verb's cues
    return any(
        c.dep_ in ("prt", "advmod") and c.lower_ in lex.continuation_particles for c in tok.children
    )


def framing_agreement(tok: Any, prev: Any, lex: Any) -> bool:
    """True when ``prev`` is an "under" phrase of the verb ``tok`` whose object is a made
    agreement noun (an AGREE noun of the lexicon: "Under the accord signed in Miram Shah, the
    government agreed to release ..., and the elders undertook to ..."): the accord is told
    as made, and the undertakings the verb states are not its modality; modality walks on
    above ``tok`` (``parties_under_agreement``'s AGREE pairs, written52). Not when the verb
    is negated or modal ("under the deal, X would ..."), nor for an agreement only proposed
    or drafted (cues.yaml ``unmade_agreement_words``).

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("Under the accord, the army agreed to withdraw its troops.")
    >>> framing_agreement(doc[6], doc[0], load())
    True
    >>> doc = nlp()("Under the accord, the army would withdraw its troops.")
    >>> framing_agreement(doc[6], doc[0], load())
    False
    """
    if prev is None or prev.dep_ != "prep" or prev.lower_ != "under" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in tok.children):
        return False
    return any(
        c.dep_ == "pobj"
        and (lex.nouns.get(c.lemma_.lower()) or {}).get("type") == "AGREE"
        and not any(m.lower_ in lex.unmade_agreement_words for m in c.children)
        for c in prev.children
    )


def carried_out(tok: Any, prev: Any) -> bool:
    """True when an intent or hedge verb ``tok`` ("considered", "threatened", "planned"), or
    the act ``prev`` it governs, has a "did so" of its own that says the act was done:
    "the State Department considered designating X for years before it finally did so",
    "Islamabad threatened to expel X and did so in 2014". The pro-verb must be plain past
    and unnegated ("and may do so", "but never did so" leave the act undone); modality then
    walks on above ``tok``. Round 11.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Islamabad threatened to expel the Haqqanis and did so in 2014.")
    >>> carried_out(doc[1], doc[3])
    True
    >>> doc = nlp()("Islamabad threatened to expel the Haqqanis but never did so.")
    >>> carried_out(doc[1], doc[3])
    False
    """
    for holder in (tok, prev):
        for verb in holder.children:
            if verb.dep_ not in ("conj", "advcl") or verb.lemma_.lower() != "do":
                continue
            if not any(c.dep_ in ("advmod", "dobj", "obj") and c.lower_ in _DONE_WORDS
                       for c in verb.children):  # fmt: skip
                continue
            if verb.tag_ != "VBD":
                continue
            if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't")
                   or (c.dep_ == "aux" and c.lower_ in _NOT_DONE_AUX)
                   for c in verb.children):  # fmt: skip
                continue
            return True
    return False


def refused_request(coder: Any, comp: Any, inner: dict[str, Any]) -> list[Any]:
    """The author of a request that a refusal verb takes as its complement: "Mullah Omar
    rebuffed Saudi demands to expel bin Laden", where the parser reads "Saudi demands to
    expel" as a clause. What is refused is the request, so its author is the party rejected,
    not the one the request was about (code.SentenceCoder._refusal). Round 11."""
    if inner.get("type") != "REQUEST" or comp.pos_ != "VERB":
        return []
    if not any(c.dep_ == "nsubj" for c in comp.children):
        return []  # "refused to ask X to leave": the refusers' own request, not another's
    return list(coder.subject(comp)[0])


def tolerance_idioms(coder: Any) -> None:
    """'Islamabad turned a blind eye to the Haqqani network's activities', 'the army looked
    the other way on the TTP's recruitment': the subject tolerates the party, CONCEDE (mode
    access, as "tolerate") from the subject to the party named after "to"/"on" (or the owner
    of the activity named there). Idioms are data (cues.yaml ``tolerance_idioms``: "verb
    modifier noun", lemmas); the event has the verb's modality ("never turned a blind eye":
    negated), read afterwards as for every event. Round 11."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        # ("the other way" is parsed as an adverbial noun phrase)
        objs = [c for c in verb.children if c.dep_ in (*_OBJECTS, "npadvmod")]
        said = {f"{verb.lemma_.lower()} {m.lower_} {o.lemma_.lower()}"
                for o in objs for m in o.children if m.dep_ in ("amod", "det")}  # fmt: skip
        if not said & lex.tolerance_idioms:
            continue
        holders = [verb, *objs]
        parties = [a for h in holders for p in h.children
                   if p.dep_ == "prep" and p.lower_ in ("to", "on", "toward", "towards")
                   for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)]  # fmt: skip
        _tolerated(coder, verb, parties,
                   f"'{verb.text} ... {objs[0].text}': an idiom of tolerating -> CONCEDE",
                   "the party after the idiom")  # fmt: skip


def _tolerated(coder: Any, verb: Any, parties: list[Any], what: str, target: str) -> None:
    """The subject of the active ``verb`` tolerates ``parties`` (not itself): CONCEDE, mode
    access; ``what`` and ``target`` say why (tolerance idioms, letting verbs)."""
    sources, passive, how = coder.subject(verb)
    if passive or not sources:
        return
    own = {a.key() for a in sources}
    parties = [a for a in parties if a.key() not in own]
    if parties:
        why = [what, f"source: {how}", f"target: {target}"]
        coder._emit(sources, parties, "CONCEDE", "access", verb, why)  # noqa: SLF001


def letting_verbs(coder: Any) -> None:
    """'The army let the Haqqani commanders leave', 'the Taliban let TTP fighters live in
    Kunar': the party the subject lets act (the subject of the bare infinitive the parser
    hangs on the verb) is tolerated by the subject, CONCEDE (mode access) as "allowed Y to
    leave" (cues.yaml ``letting_verbs``). The event is the letting verb's, so its clause
    gives the modality ("never let them stay": negated; "refused to let": not asserted).
    Written reports, round 27 (round20_work, round23_work; "allowed Y to operate" in the
    relations dev set).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "The Taliban let TTP fighters live with their families in Kunar."
    >>> [(c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...  for c in extract_document({"id": "d", "text": text, "date": "2023-01-01"})]
    [('Afghan Taliban', 'CONCEDE', 'Tehrik-i-Taliban Pakistan')]
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.letting_verbs:
            continue
        if any(c.dep_ in ("prt", "dobj") for c in verb.children):
            continue  # "let down", "let the deadline pass" read as an object: not a party let act
        acts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"]
        parties = [a for act in acts for c in act.children if c.dep_ == "nsubj"
                   for a in coder.actors(c)]  # fmt: skip
        _tolerated(coder, verb, parties,
                   f"'{verb.text}' the party act: letting -> CONCEDE (access)",
                   "the subject of the bare infinitive")  # fmt: skip


def causative_participles(coder: Any) -> None:
    """'A Taliban court had an IS recruiter flogged and jailed', 'the army had the TTP
    commander arrested': the subject of a causative verb (cues.yaml ``causative_verbs``) does
    to the party named before the past participle what the participle's verb says (its
    events.yaml entry, coordinated participles included). The parser hangs the participle on
    the verb as a clause whose subject is the party, or on the party as a reduced relative;
    either way the event is the causative verb's, so its clause gives the modality ("never
    had him arrested": negated; "wanted to have him arrested": not asserted). A participle
    with its own agent ("had its men trained by Y": Y does the act), a verb whose object is a
    thing, and a party of the subject's own side ("the army had three soldiers killed": what
    happened to it) give nothing. Written reports, round 41 (written58).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "The army had the TTP commander arrested."
    >>> [(c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...  for c in extract_document({"id": "d", "text": text, "date": "2012-01-01"})]
    [('Pakistan Army', 'COERCE', 'Tehrik-i-Taliban Pakistan')]
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.causative_verbs:
            continue
        pairs: list[tuple[Any, list[Any]]] = []
        for c in verb.children:
            if (
                c.dep_ in ("ccomp", "xcomp")
                and c.tag_ in ("VBN", "VBD")  # the tagger may read "flogged" as a past tense
                and not any(k.dep_ in ("mark", "aux", "auxpass") for k in c.children)
            ):
                pairs.append((c, [n for n in c.children if n.dep_ in ("nsubj", "nsubjpass")]))
            elif c.dep_ in ("dobj", "obj"):
                pairs += [(a, [c]) for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"]
        if not pairs:
            continue
        sources, passive, how = coder.subject(verb)
        if passive or not sources:
            continue
        own = {s.key() for s in sources}
        for participle, patients in pairs:
            targets = [a for p in patients for a in coder.actors(p) if a.key() not in own]
            if not targets:
                continue
            acts = [participle, *(c for c in participle.children  # "flogged and jailed"
                                  if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD"))]  # fmt: skip
            for act in acts:
                if any(c.dep_ == "agent" for c in act.children):
                    continue  # "had its men trained by Y": Y trains them
                entry = lex.verbs.get(act.lemma_.lower())
                if not entry or entry.get("object_is_thing") or entry.get("type") == "REQUEST":
                    continue
                why = [f"'{verb.text} ... {act.text}': the subject has the act done to the party",
                       f"source: {how}", "target: the party before the participle"]  # fmt: skip
                coder._emit(sources, targets, entry["type"], entry.get("mode"), verb, why)  # noqa: SLF001


def approved_main_act(coder: Any) -> None:
    """'X cut its ties with Y, which had given its blessing to the move', 'X split from Y,
    which approved the decision': a relative clause on a party that approves an act named by
    a bare definite noun (cues.yaml ``approval_verbs``, ``approval_nouns``, ``act_nouns``)
    approves the act of the main clause, so the party supports its author, the main clause's
    subject (SUPPORT; written round 12). An act noun with an owner ("Y's move") is the
    ordinary rules'. Modality is read afterwards on the approving verb ("which may have
    approved the move" is not asserted)."""

    lex = coder.lex
    for verb in coder.doc:
        if verb.dep_ != "relcl" or verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        objs = [c for c in verb.children if c.dep_ in _OBJECTS]
        if lemma in lex.approval_verbs:
            acts = objs
        elif lemma == "give" and any(o.lemma_.lower() in lex.approval_nouns for o in objs):
            acts = [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        else:
            continue
        acts = [a for a in acts if a.lemma_.lower() in lex.act_nouns
                and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that")
                        for d in a.children)
                and not any(d.dep_ in ("poss", "compound", "nmod")
                            for d in a.children)]  # fmt: skip
        if not acts:
            continue
        sources = coder.actors(verb.head)
        main = verb.head
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head
        if main.pos_ not in ("VERB", "AUX"):
            continue
        authors = [a for c in main.children if c.dep_ == "nsubj" for a in coder.actors(c)]
        own = {s.key() for s in sources}
        authors = [a for a in authors if a.key() not in own]
        if sources and authors:
            coder._emit(sources, authors, "SUPPORT", None, verb,  # noqa: SLF001
                        [f"'{verb.text}' the main clause's act: SUPPORT of its author",
                         "source: the party of the relative clause",
                         "target: the main clause's subject"])  # fmt: skip


_CLAIM_PRONOUNS = frozenset({"it", "they", "we", "he"})


def _act_verb(noun: Any) -> Any:
    """The verb of the clause a noun in apposition hangs in (its first verb ancestor)."""
    head = noun.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _act_authors(coder: Any, act: Any, own: set) -> list:
    """The author of a judged act that coded no dyad of its own (written round 16): the
    source of an event of a verb it is coordinated with ("X cut its ties with Y and renamed
    itself Z, a step W approved": X's cutting), else the act's own subject or passive agent
    ("The Taliban named P as their leader, a choice X endorsed": the Taliban), also the
    subject it shares with the verb it is coordinated with; never the judge itself."""
    chain = [act]
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in ("VERB", "AUX"):
        chain.append(chain[-1].head)
    for verb in chain[1:]:
        found = [e.source for e in coder.events if e.trigger.i == verb.i
                 and e.source.key() not in own]  # fmt: skip
        if found:
            return found
    for verb in chain:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and verb.dep_ == "xcomp":
            # "P is believed (said, thought) to have authorized talks, a move W denounced":
            # the act's author is the subject of the verb that raises it
            acts, _passive, _how = coder.subject(verb)
            found = [a for a in acts if a.key() not in own]
            if found:
                return found
            continue
        if any(c.dep_ == "nsubjpass" for c in subj):
            subj = [p for c in verb.children if c.dep_ == "agent"
                    for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        found = [a for c in subj for a in coder.actors(c) if a.key() not in own]
        if found or subj:
            return found
    return []


def _judge_kind(coder: Any, verb: Any) -> str | None:
    """ACCUSE or SUPPORT when a relative-clause verb judges the noun it modifies: "a strike X
    condemned", "a strike X called a violation of the accord", "a raid X described as
    reckless" (ACCUSE); "an attack X praised" (SUPPORT)."""
    lex = coder.lex
    lemma = verb.lemma_.lower()
    if lemma in lex.condemning_attitudes:
        return "ACCUSE"
    if lemma in lex.attitude_verbs and lemma not in ("mourn", "justify"):
        return "SUPPORT"
    if lemma in lex.approving_attitudes:
        return "SUPPORT"
    if lemma in lex.opposing_attitudes:
        return "REJECT"
    if lemma in lex.labelling_verbs:
        said = [c for c in verb.children if c.dep_ in ("dobj", "obj", "oprd", "attr", "xcomp")]
        said += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                 for o in c.children if o.dep_ in ("pobj", "amod", "acomp")]  # fmt: skip
        if any(c.lower_ in lex.condemning_nouns for c in said):
            return "ACCUSE"
    return None


def _reported_judge(coder: Any, verb: Any, holders: list) -> tuple[Any, list]:
    """(judging verb, its holders) of a relative clause that reports another party's
    judgement: "..., a step he said Al Qaeda's leaders had blessed" is Al Qaeda's blessing,
    told by the speaker (written27; attributed statements are asserted). A clause that judges
    by itself, or a report of no judgement, is kept as it is."""
    if _judge_kind(coder, verb) is not None or verb.lemma_.lower() not in coder.lex.speech:
        return verb, holders
    for inner in verb.children:
        if inner.dep_ != "ccomp" or _judge_kind(coder, inner) is None:
            continue
        judges = [a for c in inner.children if c.dep_ == "nsubj" for a in coder.actors(c)]
        if judges:
            return inner, judges
    return verb, holders


def redescribed_acts(coder: Any) -> None:
    """A noun in apposition that re-describes the act of its clause, with a relative clause
    of a party's judgement or claim (written round 14; cues.yaml ``condemning_attitudes``,
    ``doing_verbs``):

    - "Z killed Y in Kabul, a strike X condemned (called a violation of the accord, described
      as reckless)": X accuses the act's author Z (ACCUSE); "an attack X praised": SUPPORT;
    - "P killed seven CIA officers at Khost, an attack X said it had carried out (jointly)
      with W": X, and W, did the act: the act's event from each to its targets.

    The noun must have no owner of its own ("Y's strike" is the ordinary rules'), and the act
    is the first verb above it. The judgement is read on its verb ("a strike X did not
    condemn" is negated), the claim on the verb of doing ("said it had not carried out":
    negated). The ordinary rules give "X condemned the American strike"; without the
    apposition the noun names no author.
    """
    lex = coder.lex
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.dep_ not in ("appos", "npadvmod"):
            continue
        edge = noun.left_edge.i
        if noun.dep_ == "npadvmod" and (edge == 0 or coder.doc[edge - 1].text != ","):
            continue  # the parser hangs some appositions on the verb: only after a comma
        lemma = noun.lemma_.lower()
        if coder._event_noun(noun) is None and not (  # noqa: SLF001
            lemma in lex.act_nouns or lemma in lex.redescribing_nouns
        ):
            continue
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and coder.actors(c)
               for c in noun.children):  # fmt: skip
            continue
        act = _act_verb(noun)
        if act is None:
            continue
        for verb in noun.children:
            if verb.dep_ not in ("relcl", "acl") or verb.pos_ != "VERB":
                continue
            holders = [a for c in verb.children if c.dep_ == "nsubj" for a in coder.actors(c)]
            # "a strike condemned by X"; the parser may hang the relative clause's subject
            # on the noun ("an atrocity the Taliban's leadership denounced": appos)
            holders = holders or [a for c in verb.children if c.dep_ == "agent"
                                  for p in c.children if p.dep_ == "pobj"
                                  for a in coder.actors(p)]  # fmt: skip
            holders = holders or [a for c in noun.children if c.dep_ == "appos"
                                  and noun.i < c.i < verb.i for a in coder.actors(c)]  # fmt: skip
            verb, holders = _reported_judge(coder, verb, holders)
            if not holders:
                continue
            own = {a.key() for a in holders}
            done = [e for e in coder.events if e.trigger.i == act.i]
            kind = _judge_kind(coder, verb)
            if kind is not None:
                authors = [e.source for e in done if e.source.key() not in own]
                authors = authors or _act_authors(coder, act, own)
                if authors:
                    why = [f"'{noun.text} ... {verb.text}': a judgement of the clause's act "
                           f"-> {kind} of its author", "source: subject of the relative clause",
                           f"target: the author of '{act.text}'"]  # fmt: skip
                    coder._emit(holders, authors, kind, "disapprove" if kind == "ACCUSE"  # noqa: SLF001
                                else None, verb, why)  # fmt: skip
                continue
            if verb.lemma_.lower() not in lex.speech:
                continue
            deeds = [c for c in verb.children if c.dep_ == "ccomp"]
            if not deeds and verb.lemma_.lower() in lex.doing_verbs:
                deeds = [verb]  # "an attack X claimed": the claim verb is the deed
            for deed in deeds:
                if deed.lemma_.lower() not in lex.doing_verbs:
                    continue
                if deed.lemma_.lower() == "carry" and not any(
                    c.dep_ == "prt" and c.lower_ == "out" for c in deed.children
                ):
                    continue
                subj = [c for c in deed.children if c.dep_ == "nsubj"]
                if deed is not verb and (not subj or subj[0].lower_ not in _CLAIM_PRONOUNS):
                    continue
                partners = [a for c in deed.children if c.dep_ == "prep"
                            and c.lower_ in ("with", "alongside")
                            for o in c.children if o.dep_ == "pobj"
                            for a in coder.actors(o)]  # fmt: skip
                doers = holders + [a for a in partners if a.key() not in own]
                if done:
                    pairs = [(e.event_type, e.mode, e.target) for e in done]
                else:
                    entry = lex.verbs.get(act.lemma_.lower()) or {}
                    if entry.get("type") not in ("ASSAULT", "COERCE"):
                        continue
                    pairs = [(entry["type"], entry.get("mode"), a) for c in act.children
                             if c.dep_ in _OBJECTS for a in coder.actors(c)]  # fmt: skip
                for etype, mode, target in pairs:
                    why = [f"'{noun.text} ... {verb.text} ... {deed.text}': the party "
                           "claims the clause's act", "source: subject of the relative "
                           "clause (and its partners)", f"target: of '{act.text}'"]  # fmt: skip
                    coder._emit([d for d in doers if d.key() != target.key()], [target],  # noqa: SLF001
                                etype, mode, deed, why)  # fmt: skip


def free_relative_speech(coder: Any, clause: Any) -> bool:
    """True for a verb of saying or naming that opens a free relative with "what" ("what X
    said were", "what X described as", "what X called"): its subject is the speaker, never a
    party the governing verb acts on."""
    lex = coder.lex
    return (
        clause.pos_ in ("VERB", "AUX")
        and clause.lemma_.lower() in lex.speech | lex.labelling_verbs
        and any(c.lower_ == "what" and c.i < clause.i for c in clause.subtree)
    )


def naming_role(verb: Any, lex: Any) -> str | None:
    """What a verb of naming ("name", events.yaml ``needs_role``) names its object as
    (written29): ``"role"`` for a post or office ("named X its deputy leader", "named X as
    its envoy", "named X to head its branch", "named X to the council": an appointment),
    ``"designation"`` for a label of terrorism or sanctions or a place on a list (events.yaml
    ``designation_labels``, ``record_nouns``: "named X a terrorist organisation", "named X
    as terrorists", "named X in its sanctions list"), or None when nothing is named: "the
    commanders named by Washington", "the report named X among the organisers" identify
    people, they appoint and sanction nobody.

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> naming_role(nlp()("The Taliban named Haqqani as their deputy leader.")[2], load())
    'role'
    >>> naming_role(nlp()("Washington named three Haqqani commanders as terrorists.")[1], load())
    'designation'
    >>> naming_role(nlp()("Pakistan protested the commanders named by Washington.")[4], load())
    >>> naming_role(nlp()("A dossier named Al Qaeda men who were hiding in Wana.")[2], load())
    """

    def label(noun: Any) -> str:
        words = {t.lower_ for t in noun.subtree} | {t.lemma_.lower() for t in noun.subtree}
        if words & lex.designation_labels or words & lex.record_nouns:
            return "designation"
        return "role"

    if culprit_as(verb, lex) is not None:
        return "culprit"  # "named by Y as having carried out the attacks" (gaps64)
    for c in verb.children:
        if c.dep_ in ("oprd", "attr") and c.pos_ in ("NOUN", "PROPN", "ADJ"):
            if c.dep_ == "oprd" and any(
                r.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in r.children)
                for r in c.children
            ):
                continue  # "named X operatives who might be hiding in ...": the people named,
                # misread as a complement; a post takes no "who" clause (written64)
            return label(c)  # "named X its deputy leader", "named X a terrorist group"
        if c.dep_ in ("dobj", "obj", "nsubjpass"):
            for g in c.children:  # the parser may hang the post on the object as apposition
                if g.dep_ == "appos" and g.i > c.i and g.pos_ == "NOUN" and g.i > verb.i:
                    # (an apposition before the verb describes the subject named: "X, the
                    # Baloch group, was named by Y as ..." names no post; gaps64)
                    return label(g)
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            return "role"  # "named X to head its new branch"
        if c.dep_ == "prep" and c.lower_ in ("as", "to", "in", "on"):
            noun = next((g for g in c.children if g.dep_ == "pobj"), None)
            if noun is None:
                continue
            kind = label(noun)
            if kind == "designation" or c.lower_ in ("as", "to"):
                return kind  # "in a sanctions list"; "to the council" (a post)
    return None


def culprit_as(verb: Any, lex: Any) -> Any:
    """The "as" phrase by which a verb of naming (cues.yaml ``culprit_naming_verbs``) names
    its object as the doer of an act (gaps64): an act under "as" ("named by Y as having
    carried out attacks") or a word of guilt (cues.yaml ``culprit_words``: "identified X as
    responsible for the bombing"); None otherwise ("named X as its envoy").

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("Kestra was named by Iran as having carried out attacks.")
    >>> culprit_as(doc[2], load()).text
    'as'
    >>> culprit_as(nlp()("The Taliban named Haqqani as their deputy leader.")[2], load())
    """
    if verb.lemma_.lower() not in lex.culprit_naming_verbs:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for g in prep.children:
            if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX"):
                return prep  # "as having carried out the attacks"
            if g.lower_ in lex.culprit_words or any(
                t.lower_ in lex.culprit_words for t in g.children
            ):
                return prep  # "as responsible for", "as the culprits", "as the group behind"
    return None


def naming_use(verb: Any) -> bool:
    """True when a verb of asking that also names ("call") names here: "what the military
    called TTP hideouts", "called the strike a violation" (a second object or a free
    relative's "what"), with no "on"/"for" phrase and no infinitive of what is asked. A
    clause the parser hangs on it ("..., prompting X to retaliate") is then no request
    (round 15).

    >>> from riftwatch.nlp.parse import nlp
    >>> naming_use(nlp()("Jets bombed what the army called TTP hideouts.")[5])
    True
    >>> naming_use(nlp()("The army called on the TTP to surrender.")[2])
    False
    """
    kids = list(verb.children)
    if any(c.dep_ in ("xcomp", "ccomp") for c in kids) or any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in kids
    ):
        return False
    return any(c.dep_ == "oprd" for c in kids) or any(
        c.dep_ in ("dobj", "obj") and c.tag_ in ("WP", "WDT") for c in kids
    )


def free_relative_object(coder: Any, verb: Any) -> tuple[list[Any], str]:
    """The party a verb acts on through a free relative of saying or naming (written round
    14): "bombed what Islamabad said were TTP hideouts", "raided what officials described as
    a Haqqani safe house", "shelled what the army called Y's bunkers": the parser makes
    the speech verb the verb's complement and "what" its object; the party is the
    predicate of the free relative (the attribute of its "be", the "as" phrase or the second
    object), never the speaker. The act keeps the verb's own modality ("did not bomb what
    X said were Y's hideouts" is negated); the speaker's naming of the target is the act's
    description, as a state's own claim of its operation is asserted (LABELLING.md)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not free_relative_speech(coder, clause):
            continue
        # the parser may read the predicate as the subject of "be" ("what X said were Y's
        # bunkers": "bunkers" nsubj, "what" also nsubj)
        said = [a for c in clause.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "be"
                for a in c.children if a.dep_ in ("attr", "acomp", "nsubj")
                and a.lower_ != "what"]  # fmt: skip
        said += [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                 for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        said += [
            c for c in clause.children if c.dep_ in ("oprd", "dobj", "obj") and c.lower_ != "what"
        ]
        acts = [a for t in said for a in coder.actors(t)]
        if acts:
            return acts, f"the predicate of the free relative 'what ... {clause.text}'"
    return [], ""


def _intelligence_sources(coder: Any, noun: Any) -> list[Any]:
    """The parties an item of intelligence comes from: "tips from Y", "Y's tip",
    "information provided by Y"."""
    lex = coder.lex
    out = [a for c in noun.children if c.dep_ == "poss" for a in coder.actors(c)]
    out += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj" for a in coder.actors(p)]  # fmt: skip
    out += [a for v in noun.children if v.dep_ == "acl" and v.lemma_.lower() in lex.supplying_verbs
            for c in v.children if c.dep_ == "agent"
            for p in c.children if p.dep_ == "pobj" for a in coder.actors(p)]  # fmt: skip
    return out


def acted_on_intelligence(coder: Any) -> None:
    """An act done on another party's intelligence: "X, acting on tips from Y, captured Z",
    "Acting on intelligence supplied by Y, X killed Z", "X raided Z's compound on a tip from
    Y": Y shares intelligence with X, AID (mode intelligence) from Y to X (cues.yaml
    ``acting_on_verbs``, ``supplying_verbs``, ``intelligence_nouns``; written round 14). The
    actor is the subject of the participle's clause, or the party the participle modifies;
    the act's verb is the trigger, so "did not capture", "may have acted on" are not
    asserted, and a passive act ("was captured on a tip from Y") names no actor."""
    lex = coder.lex
    for noun in coder.doc:
        if noun.lemma_.lower() not in lex.intelligence_nouns or noun.dep_ != "pobj":
            continue
        prep = noun.head
        if prep.lower_ not in ("on", "upon"):
            continue
        if {t.lower_ for t in noun.subtree} & lex.sanction_record_words:
            continue  # "listed X on its sanctions list": a record of sanctions, no tip (written48)
        sources = _intelligence_sources(coder, noun)
        if not sources:
            continue
        holder = prep.head
        doers: list[Any] = []
        trigger = holder
        if holder.pos_ == "VERB" and holder.lemma_.lower() in lex.acting_on_verbs:
            if holder.dep_ == "acl":  # "X, acting on tips from Y, captured Z"
                doers = coder.actors(holder.head)
                trigger = holder.head.head if holder.head.dep_ == "nsubj" else holder
            elif holder.dep_ == "advcl":  # "Acting on tips from Y, X captured Z"
                trigger = holder.head
                found, passive, _how = coder.subject(trigger)
                doers = [] if passive else found
        elif holder.pos_ == "VERB" and holder.lemma_.lower() not in lex.speech:
            found, passive, _how = coder.subject(holder)  # "X raided Z on a tip from Y"
            doers = [] if passive else found
        own = {a.key() for a in sources}
        doers = [a for a in doers if a.key() not in own]
        if doers:
            why = [f"'{prep.text} {noun.text}' from a party: the act done on its intelligence "
                   "(AID)", "source: the party the intelligence came from",
                   "target: the party that acted on it"]  # fmt: skip
            coder._emit(sources, doers, "AID", "intelligence", trigger, why)  # noqa: SLF001


def _owners(coder: Any, tok: Any) -> list[Any]:
    """The parties a noun phrase names, or the owner of its head ("X's push": X)."""
    return coder.actors(tok) or [a for c in tok.children if c.dep_ == "poss"
                                 for a in coder.actors(c)]  # fmt: skip


def met_with_opposition(coder: Any) -> None:
    """Meeting opposition is no meeting: "X's push into Y met fierce resistance from Z", "X
    faced stiff opposition from Z", "X's expansion was met with hostility by Z": Z opposes X,
    REJECT from Z to X (cues.yaml ``encountering_verbs``, ``opposition_nouns``; written round
    14), and the verb's CONSULT ("met" as a meeting) goes. The verb is the trigger ("did not
    meet resistance from Z" is negated); with no party named for the opposition only the
    meeting goes."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.encountering_verbs:
            continue
        nouns = [c for c in verb.children if c.dep_ in _OBJECTS]
        nouns += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                  for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        nouns = [n for n in nouns if n.lemma_.lower() in lex.opposition_nouns]
        if not nouns:
            continue
        coder.events = [e for e in coder.events
                        if not (e.trigger.i == verb.i and e.event_type == "CONSULT")]  # fmt: skip
        opponents = [a for n in nouns for c in n.children if c.dep_ == "prep"
                     and c.lower_ in ("from", "by", "of")
                     for p in c.children if p.dep_ == "pobj" for a in coder.actors(p)]  # fmt: skip
        opponents += [a for c in verb.children if c.dep_ == "agent"
                      for p in c.children if p.dep_ == "pobj" for a in coder.actors(p)]  # fmt: skip
        opponents += [a for n in nouns for c in n.children if c.dep_ == "poss"
                      for a in coder.actors(c)]  # fmt: skip
        subjects = [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    for a in _owners(coder, c)]  # fmt: skip
        own = {a.key() for a in subjects}
        opponents = [a for a in opponents if a.key() not in own]
        if opponents and subjects:
            why = [f"'{verb.text} {nouns[0].text}' from a party: opposition, no meeting "
                   "-> REJECT", "source: the party the opposition came from",
                   "target: the party (or the owner of the act) it met"]  # fmt: skip
            coder._emit(opponents, subjects, "REJECT", None, verb, why)  # noqa: SLF001


def cleft_focus(coder: Any, verb: Any) -> list[Any]:
    """The focus of a cleft that an interposed attribution broke: "It was X, officials said,
    that sheltered Y" (the parser hangs "It was X" and "that sheltered Y" both on "said"): X
    is the subject of "sheltered" (written round 14). Only "it" + a form of "be" with X as
    its attribute, before the verb, hung on the verb or on the verb's own head (the parser
    does either); a negated focus ("It was not X ...") gives none; the plain cleft ("It was X
    that sheltered Y") is a relative clause on X and needs nothing."""
    places = list(verb.children)
    if verb.dep_ in ("ccomp", "parataxis"):
        places += list(verb.head.children)
    for be in places:
        if be.i > verb.i or be.lemma_ != "be" or be.dep_ not in ("ccomp", "parataxis"):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
            continue
        if any(c.dep_ == "neg" for c in be.children):
            return []  # "It was not X, officials said, that ...": X is denied the act
        acts = [a for c in be.children if c.dep_ == "attr" for a in coder.actors(c)]
        if acts:
            return acts
    return []


def message_noun(noun: Any) -> bool:
    """Is ``noun`` a message or medium a party issues (cues.yaml ``message_nouns``,
    ``media_nouns``; written round 16)?"""
    from riftwatch.nlp.lexicon import load

    lex = load()
    words = lex.message_nouns | lex.media_nouns
    return noun.lower_ in words or noun.lemma_.lower() in words


def message_issuer(coder: Any, noun: Any) -> list:
    """The party that issued a message noun (cues.yaml ``message_nouns``, ``media_nouns``)
    whose active participle says what it does through it: "X issued a statement praising
    Y", "X released a video threatening Y" (the subject of the verb whose object the noun
    is), "X's statement praising Y" (its possessor), "a video by X threatening Y" (its
    by/from phrase). [] for any other noun (written round 16).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("They issued a statement praising the fighters.")
    >>> message_noun(doc[3]), message_noun(doc[1])
    (True, False)
    """
    if not message_noun(noun):
        return []
    for child in noun.children:
        if child.dep_ == "poss":
            found = coder.actors(child)
            if found:
                return found
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            found = [a for o in child.children if o.dep_ == "pobj" for a in coder.actors(o)]
            if found:
                return found
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        # only a verb of issuing (cues.yaml message_issuing_verbs): "X condemned a statement
        # praising Y" is no praise by X (mmp28)
        if noun.head.lemma_.lower() not in coder.lex.message_issuing_verbs:
            return []
        return coder.subject(noun.head)[0]
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        return coder.subject(noun.head.head)[0]  # "X, in a video threatening Y, said ..."
    return []


def relative_conjuncts(coder: Any, verb: Any) -> list[Any]:
    """The further antecedents of a relative clause hung on the head of a coordination: "It
    was X and Y that stormed the palace together", "X and Y, which later merged, ..." (the
    parser hangs the clause on X, the coordination's head, so it is on Y too). Only when the
    clause comes after the last conjunct and the conjuncts are named parties (world9); a
    clause hung on the last conjunct ("X fought Y, which ...") has none.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("It was the Zorba Front and the Kestra Front that stormed the palace together.")
    >>> z = Actor(id="open:zorba", name="Zorba Front", mention="Zorba Front", type="armed_group")
    >>> k = Actor(id="open:kestra", name="Kestra Front", mention="Kestra Front",
    ...           type="armed_group")
    >>> coder = SentenceCoder(load(), doc, {3: z, 4: z, 7: k, 8: k})
    >>> [a.name for a in relative_conjuncts(coder, doc[10])]
    ['Kestra Front']
    """
    if verb.dep_ != "relcl":
        return []
    head = verb.head
    conjuncts = [c for c in head.conjuncts if c.i > head.i and c.i < verb.i]
    out: list[Any] = []
    for conj in conjuncts:
        out += [a for a in coder.actors(conj) if not a.weak and a.type != "place"]
    return out


def apposed_name(coder: Any, noun: Any) -> Any:
    """The party a kind-of-group noun with no actor of its own stands for when a name follows
    it in apposition: "X merged into a single organisation, Y", "X attacked a rival militia,
    Y", "X joined a new coalition, Y" (cues.yaml ``named_kind_nouns``; world9). Only a name
    the sentence resolved to a party that is no place and no weak (generic) actor.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Zorba merged into a new front, the Kestra Front.")
    >>> k = Actor(id="open:kestra", name="Kestra Front", mention="Kestra Front",
    ...           type="armed_group")
    >>> coder = SentenceCoder(load(), doc, {8: k, 9: k})
    >>> apposed_name(coder, doc[5]).name
    'Kestra Front'
    """
    if noun.lemma_.lower() not in coder.lex.named_kind_nouns and (
        noun.lower_ not in coder.lex.named_kind_nouns
    ):
        return None
    for child in noun.children:
        if child.dep_ != "appos" or child.i < noun.i:
            continue
        named = coder.actor_of.get(child.i)
        if named is not None and not named.weak and named.type not in ("place", "country"):
            return named
    return self_named(coder, noun)


def self_named(coder: Any, noun: Any) -> Any:
    """The name a kind-of-group noun gives itself in a participle or relative clause of
    naming: "a group calling itself Y", "the faction, styling itself Y,", "a new front that
    called itself Y" (cues.yaml ``self_naming_verbs``, the reflexive object beside the name;
    written18), or is given in a passive participle of naming: "formed a militia called Y",
    "a new group named Y" (mmp4). Not when the naming is negated or modal ("no longer calls
    itself Y": it is no more Y's name). The noun's own kind-of-group check is the caller's.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("A group calling itself Kestra Front attacked Zorba.")
    >>> k = Actor(id="open:kestra", name="Kestra Front", mention="Kestra Front",
    ...           type="armed_group")
    >>> coder = SentenceCoder(load(), doc, {4: k, 5: k})
    >>> self_named(coder, doc[1]).name
    'Kestra Front'
    """
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or clause.i < noun.i:
            continue
        if clause.lemma_.lower() not in coder.lex.self_naming_verbs:
            continue
        if any(c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ in ("no", "never")
               for c in clause.subtree):  # fmt: skip
            continue
        kids = list(clause.children)
        if not any(c.lower_ in ("itself", "themselves") for c in kids):
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                # "formed a militia called Y", "a new group named Y": the name it was given
                # (a passive participle of naming; mmp4)
                kids = [c for c in kids if c.dep_ in ("oprd", "xcomp", "attr")]
            else:
                continue
        for child in kids:
            if child.dep_ not in ("oprd", "xcomp", "attr", "dobj", "ccomp", "npadvmod"):
                continue
            named = coder.actor_of.get(child.i)
            if named is not None and not named.weak and named.type not in ("place", "country"):
                return named
    return None


_FOUNDER_RELATIVES = frozenset({"who", "that", "which"})


def future_founders(coder: Any, noun: Any) -> Any:
    """The group that people named by what they founded stand for: "the commanders who would
    later found Y were officers of X", "the cells that would form Y were units of X", "the
    fighters later known as Y fought under X's banner" (world9): a people or unit noun
    (events.yaml ``founder_nouns``, ``member_unit_nouns``) whose relative clause founds a
    named group (``founding_verbs``; its relative pronoun the subject, the clause not
    negated) or whose participle "known as" names one. Y's founders act for Y in the
    sentence, so "were officers of X" makes Y a part of X before the split.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("The commanders who would later found Kestra were officers of Zorba.")
    >>> k = Actor(id="open:kestra", name="Kestra", mention="Kestra", type="armed_group")
    >>> z = Actor(id="open:zorba", name="Zorba", mention="Zorba", type="armed_group")
    >>> coder = SentenceCoder(load(), doc, {6: k, 10: z})
    >>> future_founders(coder, doc[1]).name
    'Kestra'
    """
    lex = coder.lex
    lemma = noun.lemma_.lower()
    if (
        noun.lower_ not in lex.founder_nouns
        and lemma not in lex.founder_nouns
        and lemma not in lex.member_unit_nouns
    ):
        return None
    if any(
        c.dep_ in ("poss", "nmod", "compound")
        and c.i < noun.i
        and (coder.actor_of.get(c.i) is not None)
        and not str(coder.actor_of[c.i].id or "").startswith("open:")
        for c in noun.children
    ):
        return None  # "X and P's fighters, who later formed Y": P's group's men, left as they are
    for clause in noun.children:
        if clause.i < noun.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "the fighters who never joined Y"
        objects: list[Any] = []
        founding = {clause.lemma_.lower(), clause.lower_} & lex.founding_verbs  # "found"
        if clause.dep_ == "relcl" and founding:
            if not any(c.dep_ == "nsubj" and c.lower_ in _FOUNDER_RELATIVES
                       for c in clause.children):  # fmt: skip
                continue  # "the commanders whom Y founded": not the founders
            objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
        elif clause.dep_ == "acl" and clause.lower_ == "known":
            objects = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                       for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        for obj in objects:
            named = coder.actor_of.get(obj.i)
            if (
                named is not None
                and not named.weak
                and named.type not in ("place", "country", "person")
            ):
                return named
    return None


# -- world18 (issue 9, other regions): the holder of a relation noun named by "of" ---------------


def of_holder(coder: Any, noun: Any, partners: list[Any]) -> list[Any]:
    """The holder of a reciprocal relation noun named by "of" when its other party has its own
    preposition: "announced the merger of X with Y", "the union of X with Y", "the alliance
    of X with Y" (X holds the relation with Y). Only a named non-state group or state counts
    (a place is no party: "the merger of units in Gao with Y" keeps no holder), and never
    one of the partners. Modality is read afterwards as for any noun ("denied the merger of
    X with Y" stays denied).

    >>> from spacy.tokens import Doc
    >>> from riftwatch.nlp.parse import nlp
    >>> class A:
    ...     def __init__(self, name, type_="organization"): self.name, self.type = name, type_
    ...     def key(self): return self.name
    >>> class C:
    ...     def actors(self, tok):
    ...         return [A(tok.text)] if tok.text in ("GSPC", "AQ") else (
    ...             [A(tok.text, "place")] if tok.text == "Gao" else [])
    >>> words = ["the", "merger", "of", "GSPC", "with", "AQ"]
    >>> doc = Doc(nlp().vocab, words=words, heads=[1, 1, 1, 2, 1, 4],
    ...           deps=["det", "ROOT", "prep", "pobj", "prep", "pobj"])
    >>> [a.name for a in of_holder(C(), doc[1], [A("AQ")])]
    ['GSPC']
    >>> doc = Doc(nlp().vocab, words=["the", "merger", "of", "Gao", "with", "AQ"],
    ...           heads=[1, 1, 1, 2, 1, 4], deps=["det", "ROOT", "prep", "pobj", "prep", "pobj"])
    >>> of_holder(C(), doc[1], [A("AQ")])
    []
    """
    taken = {a.key() for a in partners}
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            named = [a for a in coder.actors(pobj) if a.type not in ("place",)]
            if named and all(a.key() not in taken for a in named):
                return named
    return []


# actor types that are no group: what a mechanism of groups joining, leaving or backing
# one another passes over (also read by mechanisms.py)
NOT_GROUPS = frozenset({"place", "country", "person"})


def with_inclusion(lex: Any, prep: Any, pobj: Any) -> bool:
    """A "with" phrase that tells who is on the subject's own side, not an opponent (replay23):
    "X renewed its armed struggle, with Y among its forces", "..., with units that later formed
    Y among its fighters" (a word of cues.yaml ``inclusion_preps`` in the phrase). Such a party
    is no partner of a hostile noun hung on the verb.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Zorbia renewed its struggle, with the Volta Front among its forces.")
    >>> with_inclusion(load(), doc[5], doc[8])
    True
    >>> doc = nlp()("Zorbia renewed its struggle with the Volta Front.")
    >>> with_inclusion(load(), doc[4], doc[7])
    False
    """
    if prep.lower_ != "with":
        return False
    return any(t.dep_ == "prep" and t.lower_ in lex.inclusion_preps for t in pobj.subtree)


def joined_in_group(coder: Any) -> None:
    """The coalition of "X joined Y and W in the Z coordinating group": the "in" phrase of a
    verb of joining (events.yaml ``joining_in_verbs``) that names a group is one X joins, as
    "joined Z" would be (SUPPORT, mode pledge), beside the partners Y and W the verb codes
    itself. A place ("joined Y in Harran"), a state or a person is no coalition, nor is an
    act ("joined Y in an ambush": the verb's own joint act). Read on the verb, so a denied,
    hedged or future joining is not asserted.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Hamas joined Fatah in the Unity Council.")
    >>> a = Actor(id="org:a", name="Hamas", mention="Hamas", type="armed_group")
    >>> b = Actor(id="org:b", name="Fatah", mention="Fatah", type="armed_group")
    >>> c = Actor(id="org:c", name="Unity Council", mention="Unity Council", type="armed_group")
    >>> coder = SentenceCoder(load(), doc, {0: a, 2: b, 6: c})
    >>> joined_in_group(coder)
    >>> [(e.source.name, e.event_type, e.mode, e.target.name) for e in coder.events]
    [('Hamas', 'SUPPORT', 'pledge', 'Unity Council')]
    """
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in coder.lex.joining_in_verbs:
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not objects:
            continue  # "X joined in the Z offensive": taking part, read elsewhere
        # the parser may hang "in Z" on the object or its last conjunct ("joined Y and W in Z")
        holders = [verb, *objects, *(c for o in objects for c in o.conjuncts)]
        joined = [a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                  for a in coder.actors(o) if a.type not in NOT_GROUPS]  # fmt: skip
        if not joined:
            continue
        sources, passive, how = coder.subject(verb)
        if passive or not sources:
            continue
        why = [f"'{verb.text} ... in' Z: joins the group Z -> SUPPORT (pledge)", f"source: {how}",
               "target: the group of the 'in' phrase"]  # fmt: skip
        coder._emit(sources, joined, "SUPPORT", "pledge", verb, why)  # noqa: SLF001


# -- written26: object complements the parser misreads ---------------------------------------
def nominal_clause_object(verb: Any) -> Any:
    """The object of ``verb`` that the parser read as a clause: "The State Department on
    Tuesday designated Hurras al-Din a terrorist organisation" hangs the name on the verb as
    a clausal complement (``ccomp``) with the object complement in apposition, once an
    adverbial stands between the subject and the verb. A clause needs a verb; a bare noun
    phrase there (a noun or name with no verb, auxiliary or subject of its own) is the
    verb's object. None when the verb has a real object (written26).

    >>> from riftwatch.nlp.parse import nlp
    >>> t = "The State Department on Tuesday designated Hurras al-Din a terrorist organisation."
    >>> doc = nlp()(t)
    >>> nominal_clause_object(doc[5]).text
    'Din'
    >>> doc = nlp()("The State Department said Hurras al-Din was a terrorist group.")
    >>> nominal_clause_object(doc[3]) is None
    True
    """
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ != "ccomp" or child.pos_ not in ("PROPN", "NOUN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop", "mark")
               or c.pos_ in ("VERB", "AUX") for c in child.children):  # fmt: skip
            continue
        return child
    return None


def complement_by_agent(coder: Any, verb: Any) -> list[Any]:
    """The agent of a passive verb with an object complement, which the parser hangs on the
    complement: "Hurras al-Din was designated a terrorist organisation by the State
    Department", "Y was declared an enemy of the state by X" (the "by" phrase a modifier of
    "organisation"). A passive verb has no object of its own, so a "by" phrase on its object
    noun names the doer; never when that noun is an event noun, whose "by" names the
    author of that event ("was shown footage of attacks by Z"). Empty when the verb is not
    passive or no actor is found (written26)."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj", "oprd", "attr") or obj.pos_ != "NOUN":
            continue
        if coder._event_noun(obj) is not None or obj.i in coder.actor_of:  # noqa: SLF001
            continue
        for by in obj.children:
            if by.dep_ in ("prep", "agent") and by.lower_ == "by":
                acts = [a for p in by.children if p.dep_ == "pobj" for a in coder.actors(p)]
                if acts:
                    return acts
    return []


def misread_oaths(coder: Any) -> None:
    """'Several TTP commanders in Orakzai swore allegiance to the Islamic State': the tagger
    reads "swore" as an adjective of "allegiance" and the parser hangs the pledge noun on the
    place phrase of the subject ("commanders in [Orakzai swore allegiance]"), so the sentence
    has no verb. A past form of an oath verb (cues.yaml ``misread_oath_forms``) on a pledge
    noun (``performed_pledges``) is the verb: the pledger is the noun phrase the pledge
    noun's preposition hangs on, the pledgee the object of "to" on the noun; SUPPORT
    (pledge), its modality read afterwards on the oath word as for every event (written26).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Several TTP commanders in Orakzai swore allegiance to the Islamic State.")
    >>> a = Actor(id="org:ttp", name="TTP", mention="TTP", type="armed_group")
    >>> b = Actor(id="org:is", name="Islamic State", mention="Islamic State", type="armed_group")
    >>> coder = SentenceCoder(load(), doc, {1: a, 10: b})
    >>> misread_oaths(coder)
    >>> [(e.source.name, e.event_type, e.mode, e.target.name) for e in coder.events]
    [('TTP', 'SUPPORT', 'pledge', 'Islamic State')]
    """
    lex = coder.lex
    for word in coder.doc:
        if word.dep_ != "amod" or word.lower_ not in lex.misread_oath_forms:
            continue
        noun = word.head
        if noun.lemma_.lower() not in lex.performed_pledges or noun.dep_ != "pobj":
            continue
        prep = noun.head
        owner = prep.head if prep.dep_ == "prep" else None
        if owner is None or owner.pos_ not in ("NOUN", "PROPN") or owner.i > word.i:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in coder.doc[owner.i : word.i]):
            continue  # a verb between them: the phrase is a clause's, not a misread one
        sources = coder.actors(owner)
        targets = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"
                   for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)]  # fmt: skip
        own = {a.key() for a in sources}
        targets = [a for a in targets if a.key() not in own]
        if sources and targets:
            why = [f"'{word.text} {noun.text}': an oath verb read as an adjective -> SUPPORT "
                   "(pledge)", f"source: '{owner.text}', the phrase the pledge noun hangs on",
                   "target: the object of 'to'"]  # fmt: skip
            coder._emit(sources, targets, "SUPPORT", "pledge", word, why)  # noqa: SLF001


def demonym_apposition(tok: Any, actor_of: dict[int, Any]) -> bool:
    """Whether ``tok`` is a nationality word in apposition to a name, with an indefinite
    article: "Abu Laith al-Libi, a Libyan who had trained Taliban fighters", "P, an Egyptian
    veteran of ...". It describes the person named before it, not the country, so a relative
    clause on it is the person's act (and no country is a party). Only when the word is read
    as a country and the name it follows is not a country or a place (written26).

    >>> from types import SimpleNamespace as N
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Abu Laith al-Libi, a Libyan who had trained Taliban fighters, was killed.")
    >>> demonym_apposition(doc[7], {7: N(type="country")})
    True
    >>> demonym_apposition(doc[7], {7: N(type="country"), 4: N(type="country")})
    False
    """
    actor = actor_of.get(tok.i)
    if actor is None or actor.type != "country" or tok.dep_ != "appos":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    head = tok.head
    if head.pos_ != "PROPN" or head.i > tok.i:
        return False
    other = actor_of.get(head.i)
    return other is None or other.type not in ("country", "place")


_HOSTILE_NOUN_TYPES = ("ASSAULT", "COERCE")


def act_in_compound(pobj: Any, lex: Any) -> Any:
    """``pobj``, or the hostile act noun the parser made a compound of it: "of an American
    strike hours before it hit" reads "strike hours" as one noun phrase headed by "hours";
    the act is "strike" (written26)."""
    if lex.nouns.get(pobj.lemma_.lower()):
        return pobj
    for c in pobj.children:
        if (
            c.dep_ == "compound"
            and c.i < pobj.i
            and (lex.nouns.get(c.lemma_.lower(), {}).get("type") in _HOSTILE_NOUN_TYPES)
        ):
            return c
    return pobj


def warning_topics(verb: Any, lex: Any) -> list[Any]:
    """The "of"/"about" phrases naming a hostile act that the parser hung deeper inside the
    object of a verb of warning: "warned Haqqani commanders in Miranshah of an American
    strike" (the "of" on the place), "warned Y of an American strike hours before it hit"
    (the act a compound of "hours"). Only inside the object's phrase, never across a verb or
    a clause (written26).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("ISI officers warned Haqqani commanders in Miranshah of an American strike.")
    >>> [p.text for p in warning_topics(doc[2], load())]
    ['of']
    >>> doc = nlp()("ISI officers warned Haqqani commanders in Miranshah of the cold.")
    >>> warning_topics(doc[2], load())
    []
    """
    out = []
    for obj in verb.children:
        # the object's phrase, or a place phrase of the verb ("warning Y in P of a strike")
        if obj.dep_ not in ("dobj", "obj") and not (
            obj.dep_ == "prep" and obj.lower_ in ("in", "at", "near", "inside")
        ):
            continue
        stack = list(obj.children)
        while stack:
            tok = stack.pop()
            if tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("relcl", "acl", "ccomp", "advcl"):
                continue
            if tok.dep_ == "prep" and tok.lower_ in ("about", "of"):
                acts = [act_in_compound(q, lex) for q in tok.children if q.dep_ == "pobj"]
                if any(lex.nouns.get(q.lemma_.lower(), {}).get("type") in _HOSTILE_NOUN_TYPES
                       for q in acts):  # fmt: skip
                    out.append(tok)
                    continue
            stack.extend(tok.children)
    return out


def anticipated_acts(verb: Any, lex: Any) -> list[Any]:
    """The hostile acts a phrase of time on ``verb`` sets the verb before (cues.yaml
    ``anticipation_phrases``): "warned Y ahead of the raids", "in advance of the operation",
    "prior to the strikes", "before the raid" (the act nouns, of events.yaml's ASSAULT or
    COERCE nouns). Nothing when the verb has a clause or an infinitive of its own ("warned Y
    ahead of the talks that it would attack", "warned Y to stop before the raid"), nor for
    an act that is no hostile one ("ahead of the talks"; written33).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The ISI warned the Haqqani network ahead of the raids.")
    >>> [t.text for t in anticipated_acts(doc[2], load())]
    ['raids']
    >>> doc = nlp()("The ISI warned the Haqqani network ahead of the talks.")
    >>> anticipated_acts(doc[2], load())
    []
    """
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return []
    out = []
    for top in verb.children:
        if top.dep_ not in ("prep", "advmod") or top.i < verb.i:
            continue
        stack = [top]
        while stack:
            tok = stack.pop()
            if tok.i - top.i > 3:
                continue
            phrase = tok.doc[top.i : tok.i + 1].text.lower()
            if tok.dep_ == "prep" and phrase in lex.anticipation_phrases:
                for act in tok.children:
                    if act.dep_ == "pobj" and lex.nouns.get(act.lemma_.lower(), lex.nouns.get(
                            act.lower_, {})).get("type") in _HOSTILE_NOUN_TYPES:  # fmt: skip
                        out.append(act)
                continue
            stack.extend(c for c in tok.children if c.dep_ in ("prep", "pobj"))
    return out


def performed_by(coder: Any, noun: Any) -> list[Any]:
    """The parties a participle of doing names as the doers of an act noun: "a raid carried
    out by the ISI and the CIA", "an operation conducted by X", "strikes mounted by X"
    (cues.yaml ``doing_verbs``, "carry" only with "out"; the "by" phrase on the participle).
    A passive "Y was seized in a raid carried out by X" then has X as its agent, as "in a
    raid by X" has (written26).

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> from types import SimpleNamespace as N
    >>> doc = nlp()("Baradar was seized in a raid carried out by the ISI and the CIA.")
    >>> coder = N(lex=load(), actors=lambda t: [t.text] + [c.text for c in t.conjuncts])
    >>> performed_by(coder, doc[5])
    ['ISI', 'CIA']
    """
    relative = relative_author(coder, noun)
    if relative:
        return relative
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN":
            continue
        lemma = acl.lemma_.lower()
        if lemma not in coder.lex.doing_verbs or lemma == "claim":
            continue
        if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                        for c in acl.children):  # fmt: skip
            continue
        for by in acl.children:
            if by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == "by"):
                acts = [a for p in by.children if p.dep_ == "pobj" for a in coder.actors(p)]
                if acts:
                    return acts
    return []


def relative_author(coder: Any, noun: Any) -> list[Any]:
    """The subject of an active relative clause of doing or starting on an act noun: "the
    offensive that the army began in Tirah", "the strikes the Americans carried out", "the
    campaign X has waged" (cues.yaml ``doing_verbs`` and ``launching_verbs``; "carry" only
    with "out"). The noun is what the clause did (its relativised object), so the subject is
    the act's author, as the "by" phrase of "a raid carried out by X" is (written54). A
    clause with a negation or a modal names no author ("the raid X never carried out").

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> from types import SimpleNamespace as N
    >>> doc = nlp()("The offensive that the army began in Tirah was aimed at the TTP.")
    >>> coder = N(lex=load(), actors=lambda t: [t.text] if t.text == "army" else [])
    >>> relative_author(coder, doc[1])
    ['army']
    """
    verbs = coder.lex.doing_verbs | coder.lex.launching_verbs
    for clause in noun.children:
        # a relative clause, or one the parser hangs as a clausal modifier ("the campaign
        # that the Americans waged": acl with "that" as its mark); active, with a subject
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ != "VERB":
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
            continue
        lemma = clause.lemma_.lower()
        if lemma not in verbs or lemma == "claim":
            continue
        kids = list(clause.children)
        if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
            continue
        if any(c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ in ("never", "not") for c in kids):
            continue
        # the noun must be the clause's object: no other object of its own
        if any(c.dep_ in ("dobj", "obj") and c.lower_ not in ("that", "which") for c in kids):
            continue
        acts = [a for c in kids if c.dep_ == "nsubj" for a in coder.actors(c)]
        if acts:
            return acts
    return []


def jointly_performed(coder: Any) -> None:
    """'a raid carried out jointly by the ISI and the CIA', 'a joint operation conducted by X
    and Y': two doers named together for one act cooperate in it (COOPERATE, mode
    joint_operations, both ways), as "X and Y jointly raided" does; the participle is the
    trigger, so its modality governs, and the clause the act noun sits in must be asserted
    ("Y may have been seized in a raid carried out jointly by ..." asserts no raid). Only
    with "jointly"/"together" on the participle or "joint" on the noun (written26)."""
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or coder._event_noun(noun) is None:  # noqa: SLF001
            continue
        joint = any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children)
        for acl in noun.children:
            if acl.dep_ != "acl":
                continue
            together = joint or any(c.dep_ == "advmod" and c.lower_ in ("jointly", "together")
                                    for c in acl.children)  # fmt: skip
            if not together:
                continue
            doers = performed_by(coder, noun)
            seen: dict[str, Any] = {}
            for a in doers:
                seen.setdefault(a.key(), a)
            parties = list(seen.values())
            if len(parties) < 2:
                continue
            host = noun.head
            while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
                host = host.head
            if host.pos_ in ("VERB", "AUX"):
                from riftwatch.nlp.modality import modality_of  # noqa: PLC0415 (imports this)

                if modality_of(host, "COOPERATE", coder.lex).value != "asserted":
                    continue  # "may have been seized in a raid carried out jointly by ..."
            for a in parties:
                others = [b for b in parties if b.key() != a.key()]
                coder._emit([a], others, "COOPERATE", "joint_operations", acl,  # noqa: SLF001
                            [f"'{noun.text} {acl.text} jointly by' two parties: joint "
                             "operation -> COOPERATE both ways"])  # fmt: skip
            break


def with_recipient(verb: Any) -> bool:
    """True when a giving verb whose object is the thing given (events.yaml
    ``object_is_thing``: "provide", "give") carries the thing in a "with" phrase: "the TTP
    was provided with weapons by Al Qaeda", "provided with arms by Y, X attacked Z". Its
    passive subject is then the recipient, as the object is in the active ("provided the
    TTP with explosives", code.SentenceCoder.objects), not the thing given. Written49."""
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children
    )


def aid_denial_nouns(coder: Any) -> None:
    """'The Afghan Taliban's denial of sanctuary to TTP commanders', 'Islamabad's denial of
    passage to Y's convoys': a noun of denying (cues.yaml ``aid_denial_nouns``) owned by X
    (possessive) whose "of" phrase is help a holder grants (``refusable_aid_nouns``) and
    whose "to"/"for" phrase names Y codes as "X denied sanctuary to Y" does (denied_aid):
    REJECT from X to Y. Other help ("X's denial of support for Y") is an allegation denied,
    nobody refused. The noun is the trigger, so "reports of X's denial of shelter to Y were
    false" is not asserted. Written49."""
    lex = coder.lex
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.aid_denial_nouns:
            continue
        owners = _possessors(coder, noun)
        helps = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"
                 and (o.lower_ in lex.refusable_aid_nouns
                      or o.lemma_.lower() in lex.refusable_aid_nouns)]  # fmt: skip
        if not owners or not helps:
            continue
        own = {a.key() for a in owners}
        # "to fleeing TTP commanders": the parser may read the participle as the
        # preposition's clause, with the party as its object
        objs = [o for t in [noun, *helps] for p in t.children
                if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for")
                for c in p.children
                for o in ([c] if c.dep_ == "pobj" else
                          [d for d in c.children if d.dep_ in _OBJECTS]
                          if c.dep_ == "pcomp" and c.tag_ == "VBG" else [])]  # fmt: skip
        parties = [a for o in objs for a in coder.actors(o) if a.key() not in own]
        entry = coder._event_noun(helps[0]) or {}  # noqa: SLF001
        if parties:
            why = [f"'{noun.text} of {helps[0].text}' owned by its refuser: a refusal",
                   "source: the possessive", "target: the party after 'to'/'for'"]  # fmt: skip
            coder._emit(owners, parties, "REJECT", entry.get("mode") or "sanctuary", noun, why)  # noqa: SLF001


def contrasted_party(event: Any, actor_of: dict[int, Any], lex: Any) -> str | None:
    """Why a party of ``event`` is named only as the alternative a contrast rules out, or
    None: every mention of the source (or of the target) in the sentence is the object of a
    preposition marked by a contrast before it (cues.yaml ``contrasted_argument_marks``):
    "received money from donors in the Gulf, not from the Saudi government", "was armed by
    smugglers rather than by the ISI" (written51). The act with that party is negated; the
    other preposition's party keeps it."""
    sent = event.trigger.sent
    marks = [tuple(m.split()) for m in lex.contrasted_argument_marks]
    for party in (event.source, event.target):
        mentions = [i for i, a in actor_of.items()
                    if a.key() == party.key() and sent.start <= i < sent.end]  # fmt: skip
        if not mentions:
            continue
        contrasted = True
        for i in mentions:
            tok = sent.doc[i]
            steps = 0
            while tok.dep_ in ("compound", "amod", "poss", "appos", "conj", "nmod") and steps < 4:
                tok, steps = tok.head, steps + 1
            prep = tok.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") else None
            if prep is None:
                contrasted = False
                break
            before = [t.lower_ for t in sent.doc[max(sent.start, prep.i - 2) : prep.i]]
            negated_prep = any(c.dep_ == "neg" for c in prep.children)
            if not negated_prep and not any(
                tuple(before[-len(m) :]) == m for m in marks if len(before) >= len(m)
            ):
                contrasted = False
                break
        if contrasted:
            return f"'{party.mention}' named only as the alternative ruled out: negated"
    return None


def _linked_clauses(verb: Any) -> list[Any]:
    """The verbs of the clauses hung on ``verb`` and on those clauses in turn: adverbial
    clauses ("after ...", "until ..."), coordinated clauses and participles or infinitives
    (advcl, conj, xcomp), never a relative clause (what it tells is of its own noun)."""
    out: list[Any] = []
    stack = [verb]
    while stack:
        head = stack.pop()
        for child in head.children:
            if child.dep_ in ("advcl", "conj", "xcomp") and child.pos_ in ("VERB", "AUX"):
                out.append(child)
                stack.append(child)
    return out


def _ground_taking(coder: Any, verb: Any) -> tuple[Any, list[Any]] | None:
    """The ground and the takers of a verb of taking ground (cues.yaml
    ``ground_capture_verbs``: "X overran the town", "the post was stormed by X"; or
    ``ground_falling_verbs`` with a "to" phrase: "the town fell to X"); None when the verb
    is none of these, its ground is no ground (:func:`mechanisms._taken_ground`) or no party
    took it."""
    from riftwatch.nlp import mechanisms

    lex = coder.lex
    lemma = verb.lemma_.lower()
    # "the post was overrun by X" with the participle tagged a noun after "was" (its "by"
    # agent tells the passive): the ground is the copula's subject
    tagged_noun = (
        verb.pos_ != "VERB"
        and verb.dep_ in ("attr", "acomp")
        and verb.head.lemma_.lower() == "be"
        and any(c.dep_ == "agent" for c in verb.children)
    )
    if verb.pos_ != "VERB" and not tagged_noun:
        return None
    if lemma in lex.ground_falling_verbs:
        ground = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        takers = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)]  # fmt: skip
    elif lemma in lex.ground_capture_verbs:
        passive = tagged_noun or any(c.dep_ == "nsubjpass" for c in verb.children)
        holder = verb.head if tagged_noun else verb
        ground = next((c for c in holder.children
                       if c.dep_ == ("nsubjpass" if passive else "dobj")
                       or (tagged_noun and c.dep_ == "nsubj")), None)  # fmt: skip
        if passive:
            takers = [a for c in verb.children if c.dep_ == "agent"
                      for o in c.children if o.dep_ == "pobj" for a in coder.actors(o)]  # fmt: skip
        else:
            takers = coder.subject(verb)[0]
    else:
        return None
    if ground is None:
        return None
    # "the district centre of Ghormach": a noun whose "of" phrase names ground is ground
    named = [o for p in ground.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    if not any(mechanisms._taken_ground(coder, g) for g in [ground, *named]):  # noqa: SLF001
        return None
    takers = [a for a in takers if _ground_party(a)]
    return (ground, takers) if takers else None


def _ground_party(actor: Any) -> bool:
    """A party that can hold or take ground: no place, person or generic (weak) actor."""
    return actor.type not in ("place", "person") and not actor.weak


def _ground_holders(coder: Any, verb: Any, ground: Any) -> list[Any]:
    """The parties a clause hung on the taking ``verb`` names as the ground's holders: the
    subject of a verb of holding or giving it up (cues.yaml ``ground_holding_verbs``), of a
    verb of return with a particle of return (``ground_return_verbs``,
    ``ground_return_particles``: "pushed them back out"), or a party noun the ground owns
    ("its police garrison", "the town's police")."""
    lex = coder.lex
    found: list[Any] = []
    for clause in _linked_clauses(verb):
        lemma = clause.lemma_.lower()
        returning = lemma in lex.ground_return_verbs and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in lex.ground_return_particles
            for c in clause.children
        )
        if lemma in lex.ground_holding_verbs or returning:
            found += coder.subject(clause)[0]
            continue
        for subj in clause.children:
            if subj.dep_ != "nsubj":
                continue
            owned = any(
                c.dep_ == "poss" and (c.lower_ == "its" or c.i == ground.i or c.head.i == ground.i)
                for c in subj.children
            )
            if owned:
                found += coder.actors(subj) or [
                    a for c in subj.children if c.dep_ in ("compound", "amod")
                    for a in coder.actors(c)
                ]  # fmt: skip
    return [a for a in found if _ground_party(a)]


def ground_lost_by_holder(coder: Any) -> None:
    """'The town fell to X after Y's police abandoned their posts', 'the district centre was
    overrun by X after its police garrison ran out of ammunition', 'X overran the city,
    holding it until Y's troops pushed them back out': the ground a party took (cues.yaml
    ``ground_capture_verbs``, ``ground_falling_verbs``) was taken from the party a clause
    hung on the taking names as its holder (:func:`_ground_holders`): the taker's seizure
    from it (COERCE, mode seize), as "took the town from Y" is
    (:func:`mechanisms.ground_taken_from`). The taking verb is the trigger, so its
    modality carries ("did not fall", "may have been overrun"); a holder that is the taker
    itself ("X took the town after its fighters ...") is none (written53; rounds 20, 32, 35,
    36)."""
    for verb in coder.doc:
        taking = _ground_taking(coder, verb)
        if taking is None:
            continue
        ground, takers = taking
        taken = {a.key() for a in takers}
        holders = [a for a in _ground_holders(coder, verb, ground) if a.key() not in taken]
        if not holders:
            continue
        why = [f"trigger verb '{verb.text}' takes ground ('{ground.text}') -> COERCE (seize)",
               f"held by: {holders[0].mention} (a clause hung on the taking)"]  # fmt: skip
        coder._emit(takers, holders, "COERCE", "seize", verb, why)  # noqa: SLF001


_PRESUPPOSED_OBJECTS = frozenset({"dobj", "obj", "nsubjpass"})


def _act_entry(noun: Any, lex: Any) -> dict[str, Any]:
    """The events.yaml entry of an act noun: its own ("support", "backing"), or for a
    gerund the lexicon lists only as a verb ("sheltering", "arming"), the verb's."""
    lower = noun.lower_
    found = lex.nouns.get(lower) or lex.nouns.get(noun.lemma_.lower())
    if found:
        return found
    if lower.endswith("ing"):
        stem = lower[:-3]
        for verb in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if verb and verb in lex.verbs:
                return lex.verbs[verb]
    return {}


def presupposed_by_reaction(
    noun: Any, event_type: str, lex: Any, cues: Any, value: str = "negated"
) -> bool:
    """Is ``noun`` an act named with its author (a possessive name: "Pakistan's sheltering
    of Y", "the ISI's support for Y") that a reaction to it presupposes: the object of a verb
    of cues.yaml ``reacting_verbs`` ("would no longer tolerate", "vowed to end"), the object
    of a phrase of ``grievance_preps`` ("cut aid over"), or of the "to"/"of" phrase of a noun
    of ``ending_nouns`` ("demanded an end to")? Then the act took place whatever is said of
    the reaction. An ending (``ending_nouns``, "end", "stop", "halt", "curb") presupposes
    the act only while it is not told done (``value``, the reaction's modality, is not
    "negated": "the army ended X's support for Y" is a withdrawal). Only the noun's own
    reading (its events.yaml type is ``event_type``; a conversion is not the act), not a
    noun a modality cue word modifies ("X's alleged support", "X's planned attack") and not
    an author told by a pronoun ("ended its support" is the author's own act; written53).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Washington will not tolerate Pakistan's sheltering of the group.")
    >>> presupposed_by_reaction(doc[6], "AID", load(), {})
    True
    >>> doc = nlp()("Washington sought Pakistan's support for the group.")
    >>> presupposed_by_reaction(doc[4], "SUPPORT", load(), {})
    False
    """
    if noun.pos_ != "NOUN" or _act_entry(noun, lex).get("type") != event_type:
        return False
    if not any(
        c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in ("DATE", "TIME")
        for c in noun.children
    ):
        return False
    cue_words = set().union(*cues.values()) if cues else set()
    if any(
        c.dep_ in ("amod", "compound", "advmod")
        and (c.lower_ in cue_words or c.lemma_.lower() in cue_words)
        for c in noun.children
    ):
        return False
    head = noun.head
    ending = value != "negated"
    if noun.dep_ in _PRESUPPOSED_OBJECTS:
        if head.pos_ not in ("VERB", "AUX"):
            return False
        lemma = head.lemma_.lower()
        if lemma in lex.ending_nouns:
            return ending
        return lemma in lex.reacting_verbs
    if noun.dep_ != "pobj":
        return False
    if head.lower_ in lex.grievance_preps:
        return True
    return ending and head.lower_ in ("to", "of") and head.head.lemma_.lower() in lex.ending_nouns


def condemned_act_author(coder: Any, verb: Any, obj: Any) -> list[Any]:
    """The author of the act a reaction of disapproval condemns: ``obj``, the object of an
    ACCUSE verb of cues.yaml ``reacting_verbs`` ("Washington condemned Pakistan's arming of
    Y", "criticised Iran's funding of Y"), is an act noun (its events.yaml type, or its verb's
    for a gerund; not an agreement, talks or another relation of both sides) named with its
    author as a possessive name. The condemnation targets the
    author, not the party the act was done to (its act is presupposed: presupposed_by_reaction;
    prec54). Empty otherwise (a pronoun author, "condemned its arming of Y", is left to the
    object's own reading).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Washington condemned the Zorba Front's arming of the Kelo Brigade.")
    >>> z = Actor(id="open:zorba", name="Zorba Front", mention="Zorba Front", type="armed_group")
    >>> coder = SentenceCoder(load(), doc, {3: z, 4: z})
    >>> [a.name for a in condemned_act_author(coder, doc[1], doc[6])]
    ['Zorba Front']
    """
    lex = coder.lex
    lemma = verb.lemma_.lower()
    if lemma not in lex.reacting_verbs or (lex.verbs.get(lemma) or {}).get("type") != "ACCUSE":
        return []
    if obj.dep_ not in ("dobj", "obj") or obj.pos_ != "NOUN":
        return []
    entry = _act_entry(obj, lex)
    if not entry.get("type") or entry.get("type") in ("AGREE", "CONSULT"):
        return []  # "denounced X's accords with Y": a relation of both (mechanisms.broken_promises)
    if entry.get("frame") in ("symmetric", "reciprocal"):
        return []
    if entry.get("possessor_is_partner"):
        return []  # "condemned X's proxies": people tied to X, no act of X's (present_tense)
    for child in obj.children:
        if child.dep_ != "poss" or child.pos_ == "PRON":
            continue
        if child.ent_type_ not in ("DATE", "TIME"):
            found = [a for a in coder.actors(child) if not a.weak]
            if found:
                return found
    return []


def _outlet_party(coder: Any, noun: Any) -> Any:
    """The party whose organ ``noun`` is: an outlet noun (cues.yaml ``outlet_nouns``:
    "newspaper", "website", "magazine") with a named party as its possessor ("the Islamic
    State's weekly newspaper") or in its "of" phrase ("the magazine of X"); None otherwise.
    A country or place is no owner ("Pakistan's daily")."""
    if (
        noun.lower_ not in coder.lex.outlet_nouns
        and noun.lemma_.lower() not in coder.lex.outlet_nouns
    ):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    for owner in owners:
        found = [a for t in owner.subtree if t.i in coder.actor_of for a in [coder.actor_of[t.i]]]
        for actor in found:
            if not actor.weak and actor.type not in ("place", "country", "person", "collective"):
                return actor
    return None


def message_author(coder: Any, noun: Any) -> Any:
    """The party that speaks through a message or medium noun with no actor of its own
    (cues.yaml ``message_nouns``, ``media_nouns``: "statement", "editorial", "video"): its
    "by" phrase ("a statement by X condemned Y"), the agent of a participle of issuing
    (``message_issuing_verbs``: "a video released by X praised Y"), or a party's organ it
    appeared in ("an editorial in X's weekly newspaper denounced Y", "an article on X's
    website"). A hedge on the participle ("a video purportedly released by X") names no
    author. None otherwise (written53; the party's own spokesman speaks for it, and so does
    what it issues).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("A statement by the Zorba Front condemned the raid.")
    >>> z = Actor(id="open:zorba", name="Zorba Front", mention="Zorba Front", type="armed_group")
    >>> coder = SentenceCoder(load(), doc, {4: z, 5: z})
    >>> message_author(coder, doc[1]).name
    'Zorba Front'
    """
    if noun.pos_ != "NOUN" or noun.i in coder.actor_of or not message_noun(noun):
        return None

    def named(tok: Any) -> Any:
        for t in tok.subtree:
            actor = coder.actor_of.get(t.i)
            if actor is not None and not actor.weak and actor.type not in ("place", "person"):
                return actor
        return None

    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (found := named(pobj)) is not None:
                    return found
        if child.dep_ == "acl" and child.tag_ == "VBN":
            if child.lemma_.lower() not in coder.lex.message_issuing_verbs:
                continue
            if any(c.dep_ == "advmod" and c.lower_ in coder.lex.hedges for c in child.children):
                continue
            for agent in child.children:
                if agent.dep_ != "agent":
                    continue
                for pobj in agent.children:
                    if pobj.dep_ == "pobj" and (found := named(pobj)) is not None:
                        return found
        if child.dep_ == "prep" and child.lower_ in ("in", "on"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (found := _outlet_party(coder, pobj)) is not None:
                    return found
    told = attributed_author(noun, coder.lex)
    if told is not None and told[1] is not None and (found := named(told[1])) is not None:
        return found  # "a statement attributed to X accused Y": X, only as told (fix61d)
    return None


def attributed_author(noun: Any, lex: Any) -> tuple[Any, Any | None] | None:
    """(participle, author) of a message or medium noun given to its author only as
    hearsay (fix61d): "a statement attributed to X", "an audio message ascribed to X"
    (cues.yaml ``hedged_authorship_verbs`` with a "to" phrase; the author is None where the
    parser took X out of that phrase, as a second subject of the verb). The author is X, but what
    the message does is then only told of X: modality_of makes it uncertain. None for any
    other noun or participle ("a statement issued by X" is X's own; "a statement sent to X"
    names its addressee).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("A statement attributed to the front accused the army of murder.")
    >>> [t.text for t in attributed_author(doc[1], load())]
    ['attributed', 'front']
    >>> doc = nlp()("A statement issued by the front accused the army of murder.")
    >>> attributed_author(doc[1], load()) is None
    True
    """
    if noun.pos_ != "NOUN" or not message_noun(noun):
        return None
    for child in noun.children:
        if child.dep_ != "acl" or child.tag_ != "VBN":
            continue
        if child.lemma_.lower() not in lex.hedged_authorship_verbs:
            continue
        for prep in child.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            pobjs = [pobj for pobj in prep.children if pobj.dep_ == "pobj"]
            return child, (pobjs[0] if pobjs else None)
    return None


def discredited_medium(clause: Any, lex: Any) -> Any:
    """The verb that labels as false the message or report a relative clause ``clause`` hangs
    on, or None (written57): "dismissed as propaganda a video in which X claimed to have
    executed Y", "rejected as a fabrication the statement in which X said it had paid Y",
    "waved away a recording in which ...". The noun is a message or report word (cues.yaml
    ``media_nouns``, ``taken_back_reports``, or a noun of report), the object of a verb that
    is not negated and either is a verb of scoffing (``report_dismissing_verbs``) or carries
    an "as" phrase of falsity (``falsity``, ``falsity_labels``); what the clause tells is
    then denied. A medium taken at its word ("dismissed the ministry's protest over a video in
    which ...", "described as authentic a video in which ...") denies nothing.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The army dismissed as propaganda a video in which the group claimed a raid.")
    >>> discredited_medium(doc[11], load()).text
    'dismissed'
    >>> doc = nlp()("The army described as authentic a video in which the group claimed a raid.")
    >>> discredited_medium(doc[11], load()) is None
    True
    """
    if clause is None or clause.dep_ != "relcl":
        return None
    noun = clause.head
    words = {noun.lower_, noun.lemma_.lower()}
    if not (words & (lex.media_nouns | lex.taken_back_reports) or report_noun(noun, lex)):
        return None
    false = lex.falsity | lex.falsity_labels
    label = noun.head
    if (
        noun.dep_ == "appos"
        and label.lower_ in false
        and label.dep_ == "pobj"
        and label.head.lower_ == "as"
        and label.head.head.pos_ == "VERB"
    ):  # "dismissed as a fabrication the communique in which ...": parsed as an apposition
        verb = label.head.head
        return None if any(c.dep_ == "neg" for c in verb.children) else verb
    if noun.dep_ not in ("dobj", "obj"):
        return None
    verb = noun.head
    if verb.lower_ in false and any(c.lower_ == "as" for c in verb.children):
        verb = verb.head  # "rejected as fake the statement ...": the parser's verb "fake"
        return None if any(c.dep_ == "neg" for c in verb.children) else verb
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_.lower() in lex.report_dismissing_verbs:
        return verb
    for prep in verb.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ == "as"
            and any(t.lower_ in false for t in prep.subtree if t.i != prep.i)
        ):
            return verb
    return None


def ordered_operation(verb: Any, node: Any, noun: Any, coder: Any) -> bool:
    """True when the hostile operation ``noun`` is the passive subject of a verb of devising
    or directing it (cues.yaml ``masterminding_verbs``): "the raid on Y's camp was ordered by
    P", "the ambush was planned by X". The operation is spoken of as done, and the one who
    ordered or planned it carried it out through his men, as the agent of a passive light
    verb does ("was carried out by X"); its modality is read as any event's (so "was not
    ordered by P" stays negated). Only ASSAULT nouns (events.yaml): "talks were planned by X"
    names no act done. fix61a.

    >>> from riftwatch.nlp.code import SentenceCoder
    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The raid on the camp was ordered by the commander.")
    >>> coder = SentenceCoder(load(), doc, {})
    >>> ordered_operation(doc[6], doc[1], doc[1], coder)
    True
    >>> ordered_operation(doc[6], doc[4], doc[4], coder)
    False
    """
    if node.i != noun.i or not ordered_passive_subject(noun, verb, coder.lex):
        return False
    entry = coder._event_noun(noun)  # noqa: SLF001
    return bool(entry) and entry.get("type") == "ASSAULT"


def ordered_passive_subject(noun: Any, verb: Any, lex: Any) -> bool:
    """True when ``noun`` is the passive subject of ``verb``, a verb of devising or directing
    an operation (cues.yaml ``masterminding_verbs``): "the raid was ordered by P". Such a verb
    is no cue of intent or command over its passive subject: the operation is told as done
    (the modality reads only the verb's own negation, modals and what governs it; the caller
    checks the operation is a hostile act). fix61a.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The raid was ordered by the commander.")
    >>> ordered_passive_subject(doc[1], doc[3], load())
    True
    >>> doc = nlp()("The commander ordered the raid.")
    >>> ordered_passive_subject(doc[3], doc[2], load())
    False
    """
    if noun.dep_ != "nsubjpass" or noun.head.i != verb.i or not masterminded(verb, lex):
        return False
    # a simple past ("was ordered"), not "is planned", "was being planned", "had been
    # planned" (a plot whose outcome the sentence leaves open)
    if not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children):
        return False
    # a known operation ("the raid", "Tuesday's ambush"), not "an attack was planned by X"
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE_DETS) for c in noun.children
    )


_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})


def _sole_agency_speech(tok: Any, lex: Any) -> tuple[Any, Any] | None:
    """(the clause verb, the verb of saying above it) of a word of sole agency ("their men had
    acted alone", "said", "insisted"), or None."""
    speech_verbs = lex.authorship_charge_verbs | lex.judging_speech_verbs
    node, clause = tok, None
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if clause is None:
            clause = node
        elif node.lemma_.lower() in speech_verbs:
            return clause, node
    return None


def sole_agency_rebuttal(coder: Any) -> None:
    """'Y was seized in a joint raid by X's agents and the CIA, American officials said; the
    Pakistani army said its agents alone had made the arrest': a speaker who says its own
    side's men did the act alone (cues.yaml ``sole_agency_words`` in a clause under a verb of
    saying) contests the other co-agent's share told in the same sentence. Of a hostile act
    the sentence gives to several doers, the doers of the speaker's home country keep it; the
    others' part, and the cooperation of the co-agents, are withdrawn (only what both sides
    tell is kept; written68). A speaker that names another party as the sole doer ("officials
    said the Taliban alone had carried out the attack") contests nothing here."""
    from riftwatch.actors.kb import STATE_TYPES  # noqa: PLC0415
    from riftwatch.nlp.lexicon import COOPERATIVE  # noqa: PLC0415
    from riftwatch.nlp.mechanisms import _home_country  # noqa: PLC0415 (mechanisms imports us)

    def state(actor: Any) -> str | None:  # the country of a state's organ, else None
        return _home_country(actor) if actor.type in STATE_TYPES else None

    lex = coder.lex
    if not lex.sole_agency_words:
        return
    for tok in coder.doc:
        if tok.lower_ not in lex.sole_agency_words:
            continue
        found = _sole_agency_speech(tok, lex)
        if found is None:
            continue
        clause, speech = found
        speakers, passive, _how = coder.subject(speech)
        # "its agents", "his officers": the speaker's own men, whatever the pronoun's reading
        owned = any(p.dep_ == "poss" and p.pos_ == "PRON"
                    for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    for p in c.children)  # fmt: skip
        doers = [] if owned else list(coder.subject(clause)[0])
        homes = {state(a) for a in speakers or doers} - {None}
        if passive or not homes:
            continue
        if any(state(a) not in homes for a in doers):
            continue  # another party named as the sole doer
        groups: dict[tuple[int, str], set[str]] = {}
        for e in coder.events:
            if e.event_type not in COOPERATIVE:
                groups.setdefault((e.trigger.i, e.target.key()), set()).add(e.source.key())
        home_keys = {a.key() for e in coder.events for a in (e.source, e.target)
                     if state(a) in homes}  # fmt: skip
        contested: set[str] = set()
        for sources in groups.values():
            if len(sources) > 1 and sources & home_keys:
                contested |= sources - home_keys
        if not contested:
            continue
        coder.events[:] = [
            e for e in coder.events
            if not (e.source.key() in contested and e.event_type not in COOPERATIVE
                    and (e.trigger.i, e.target.key()) in groups
                    and groups[(e.trigger.i, e.target.key())] & home_keys)
            and not (e.event_type in COOPERATIVE
                     and {e.source.key(), e.target.key()} & contested
                     and {e.source.key(), e.target.key()} & home_keys)
        ]  # fmt: skip


def working_partners(coder: Any) -> None:
    """'Y was captured by Pakistani police working with the FBI', 'Afghan commandos operating
    alongside U.S. troops raided Y': a doer (a verb's subject or "by" agent) described by a
    participle of working (cues.yaml ``joint_working_verbs``) with a party in its "with" or
    "alongside" phrase (``joint_working_preps``) shares the act: the partner does the verb's
    hostile act to the same target, and the doer and the partner cooperate both ways
    (written68). The modality of each is read later from the verb, as for every event."""
    from riftwatch.nlp.lexicon import COOPERATIVE  # noqa: PLC0415

    lex = coder.lex
    for part in coder.doc:
        if part.lemma_.lower() not in lex.joint_working_verbs or part.pos_ != "VERB":
            continue
        doer = part.head
        if part.dep_ == "pcomp" and part.head.dep_ == "agent":
            # "by [police working with Y]": the parser makes the doer the participle's subject
            doer = next((c for c in part.children if c.dep_ == "nsubj"), None)
            if doer is None:
                continue
            verb = part.head.head
        elif part.dep_ != "acl":
            continue
        elif doer.dep_ == "pobj" and doer.head.dep_ == "agent":
            verb = doer.head.head
        elif doer.dep_ in ("nsubj", "nsubjpass"):
            verb = doer.head
        else:
            continue
        doers = coder.actors(doer)
        partners = [a for p in part.children
                    if p.dep_ == "prep" and p.lower_ in lex.joint_working_preps
                    for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)]  # fmt: skip
        keys = {a.key() for a in doers}
        partners = [a for a in partners if a.key() not in keys]
        if not doers or not partners:
            continue
        acts = [e for e in coder.events if e.trigger.i == verb.i and e.source.key() in keys
                and e.event_type not in COOPERATIVE]  # fmt: skip
        done = {(e.source.key(), e.event_type, e.target.key()) for e in coder.events}
        for e in acts:
            for a in partners:
                if (a.key(), e.event_type, e.target.key()) in done or a.key() == e.target.key():
                    continue
                coder._emit([a], [e.target], e.event_type, None, verb, [  # noqa: SLF001
                    f"'{part.text} with {a.mention}': the doer's partner shares "
                    f"'{verb.text}' -> {e.event_type}", "source: the doer's partner"])  # fmt: skip
        if acts:
            for a, b in ((doers, partners), (partners, doers)):
                if not all((x.key(), "COOPERATE", y.key()) in done for x in a for y in b):
                    coder._emit(a, b, "COOPERATE", "joint_operations", part, [  # noqa: SLF001
                        f"'{part.text}' with a partner in one act: COOPERATE"])  # fmt: skip
