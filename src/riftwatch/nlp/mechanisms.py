"""Further coding mechanisms of world-news reporting, run by :class:`~riftwatch.nlp.code.
SentenceCoder` after its own passes (issue 9, recall on the peers' world-news sets).

Each function is one class of constructions, tested on invented sentences in
tests/nlp/test_peer_mechanisms.py:

- :func:`undone_entry`: a nominal event undone by the verb or noun that governs it ("lifted
  sanctions on Y" eases them: RETREAT, mode ease; "suspended aid to Y" cuts it: SANCTION);
- :func:`demand_clauses`: "X demanded that Y withdraw", "X's call/appeal that Y release ...":
  a REQUEST from X to Y (the demanded act itself is hypothetical, see modality);
- :func:`conditional_threats`: "X threatened to strike unless Y withdraws": a THREATEN from X
  to the party whose act the condition names.

Modality is read afterwards for every event (:mod:`riftwatch.nlp.modality`), so negated,
hedged and future forms of these constructions are never asserted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from riftwatch.actors import kb
from riftwatch.actors.kb import STATE_TYPES
from riftwatch.nlp.derived import Derived
from riftwatch.nlp.lexicon import CONFLICTUAL, COOPERATIVE
from riftwatch.nlp.written import NOT_GROUPS, past_tie, verb_phrase_in

_PARTITIVES = frozenset({"part", "some", "all", "most", "much", "half", "portion", "share"})
_CONDITION_MARKS = frozenset({"unless", "if", "until"})
_THREAT_LEMMAS = frozenset({"threaten", "warn"})
_DEMAND_NOUNS = frozenset({"demand", "demands", "call", "calls", "appeal", "request", "plea",
                           "ultimatum", "insistence"})  # fmt: skip


def _coded_pairs(coder: Any, trigger: Any, event_type: str | None = None) -> set[tuple[str, str]]:
    """(source key, target key) of the events already coded on ``trigger`` (only those of
    ``event_type`` when given): a mechanism adds no second event for a pair coded there."""
    return {
        (e.source.key(), e.target.key())
        for e in coder.events
        if e.trigger.i == trigger.i and (event_type is None or e.event_type == event_type)
    }


def voiced_entry(lex: Any, noun: Any, entry: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The entry of a material aid noun named only in words: the object of a verb of voicing
    (cues.yaml ``voicing_verbs``: "expressed support for Y", "reiterated its support for Y")
    or the "of" phrase of a message (``word_carrier_nouns``: "a statement of support for Y")
    is a statement of support, SUPPORT (CAMEO 051), not aid given; the partner prepositions
    are kept. Any other entry is returned as it is (peers56).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Chile expressed support for Bolivia.")
    >>> voiced_entry(load(), doc[2], {"type": "AID", "partner_preps": ["for"]})[0]
    {'type': 'SUPPORT', 'partner_preps': ['for']}
    >>> doc = nlp()("Chile sent support to Bolivia.")
    >>> voiced_entry(load(), doc[2], {"type": "AID"})[0]
    {'type': 'AID'}
    """
    if entry.get("type") != "AID":
        return entry, []
    carrier = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.dep_ == "prep":
        carrier = noun.head.head
        if carrier.lower_ not in lex.word_carrier_nouns or carrier.i > noun.i:
            return entry, []
    else:
        head = noun.head
        if not (noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB"
                and head.lemma_.lower() in lex.voicing_verbs):  # fmt: skip
            return entry, []
    keep = {k: v for k, v in entry.items() if k not in ("type", "mode")}
    word = carrier.head.text if carrier is noun else carrier.text
    why = [f"'{noun.text}' named only in words ('{word}'): SUPPORT"]
    return {"type": "SUPPORT", **keep}, why


def found_message(lex: Any, noun: Any) -> bool:
    """True when ``noun`` is the "of" phrase of a message (cues.yaml ``word_carrier_nouns``)
    that is the object of a verb which neither makes, sends nor voices it (not one of
    ``message_sending_verbs``, ``voicing_verbs`` or events.yaml's light verbs): "police
    discovered letters of support for Y" names who found the letters, not who wrote them, so
    the subject holds no event of the message (peers56).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> found_message(load(), nlp()("Police discovered letters of support for Hamas.")[4])
    True
    >>> found_message(load(), nlp()("Iran sent letters of support to Hamas.")[4])
    False
    """
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.dep_ != "prep":
        return False
    carrier = noun.head.head
    if carrier.lower_ not in lex.word_carrier_nouns or carrier.dep_ not in ("dobj", "obj"):
        return False
    verb = carrier.head
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and not (
        lemma in lex.message_sending_verbs or lemma in lex.voicing_verbs or lemma in lex.light_verbs
    )


def truce_named_fighting(lex: Any, noun: Any) -> bool:
    """Is ``noun`` the fighting a truce noun names in its "of" phrase ("signed a cessation of
    hostilities", "a suspension of hostilities was agreed"; cues.yaml ``truce_naming_nouns``)?
    Then it is what the truce stops, no attack told at the signing; one owned by a party ("a
    cessation of X's raids") keeps its reading (walk62).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kenya and Uganda signed a cessation of hostilities.")
    >>> truce_named_fighting(load(), doc[7])
    True
    >>> truce_named_fighting(load(), nlp()("Kenya ended hostilities with Uganda.")[2])
    False
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return False
    if prep.head.lemma_.lower() not in lex.truce_naming_nouns:
        return False
    return not any(c.dep_ == "poss" for c in noun.children)


_TAKEN_UP = {"it": False, "him": False, "her": False, "them": True}  # pronoun: plural


def speaker_of_taken_up_conjunct(lex: Any, verb: Any, head: Any) -> Any:
    """The verb of saying whose subject does ``verb``, a conjunct of ``head`` in the clause
    that verb reports, when ``verb``'s own object is a pronoun taking up that clause's subject
    ("Turkey said the YPG was a branch of the PKK and vowed to drive it from the border": the
    YPG cannot drive itself; "it" is the YPG, so Turkey vowed). A plain pronoun object never
    stands for its own clause's subject (that takes "itself"). Only after a reported
    description (a clause of "be"), whose subject the pronoun agrees with in number: an
    act's clause has objects of its own that a pronoun takes up ("said the fighters
    kidnapped two elders and executed them"), and without such a pronoun the conjunct stays
    the reported subject's ("officials said the rebels met and vowed revenge"). None
    otherwise (walk62).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kenya said the militia was a proxy of Eritrea and vowed to crush it.")
    >>> speaker_of_taken_up_conjunct(load(), doc[10], doc[10].head).text
    'said'
    """
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in lex.speech:
        return None
    if head.lemma_.lower() != "be":
        return None  # "said X kidnapped two elders and executed them": "them", the elders
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ not in ("PROPN", "NOUN"):
        return None
    plural = subjects[0].tag_ in ("NNS", "NNPS")
    frontier = [verb]
    while frontier:
        word = frontier.pop()
        for child in word.children:
            if child.dep_ in ("dobj", "obj") and _TAKEN_UP.get(child.lower_) is plural:
                return head.head
            if child.dep_ == "xcomp":
                frontier.append(child)
    return None


def undone_entry(coder: Any, noun: Any, entry: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The entry of a nominal event as its governing word leaves it.

    A hostile event noun that the object of an undoing verb ("lifted the blockade of Y",
    "eased sanctions on Y") or the "of" phrase of an undoing noun ("the lifting of
    sanctions") is an easing, RETREAT (mode ease, as the shared CAMEO map codes eased
    sanctions, boycotts, curfews and blockades); a cooperative one ("suspended aid to Y",
    "halted talks with Y") a cut, SANCTION. Relationship nouns keep events.yaml's
    relation_stance.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kenya lifted sanctions on Uganda.")
    >>> undone_entry(type("C", (), {"lex": load()})(), doc[2], {"type": "SANCTION"})[0]
    {'type': 'RETREAT', 'mode': 'ease', 'undone': True}
    """
    lex = coder.lex
    if entry.get("type") == "COOPERATE" and entry.get("frame"):
        undoer = _undoer(lex, noun)
        if undoer is None:
            return entry, []
        lemma = undoer.lemma_.lower()
        if undoer.pos_ != "NOUN" and (lemma in lex.verbs or lex.light_verbs.get(lemma) == "loser"):
            return entry, []  # "suspended its ties with Y": the verb codes the cut itself
        # "a suspension of air links with Y" (peers4): the noun form of "suspended its ties
        # with Y"; "downgraded/reduced its ties with Y": a verb with no entry of its own
        keep = {k: v for k, v in entry.items() if k.endswith("_preps") or k == "source"}
        why = [f"'{undoer.text}' of the relation '{noun.text}': SANCTION (discontinue)"]
        return {**keep, "type": "SANCTION", "mode": "discontinue", "undone": True}, why
    undoer = _undoer(lex, noun)
    if undoer is None:
        return entry, []
    kind = entry.get("type")
    if lex.light_verbs.get(undoer.lemma_.lower()) == "loser" and kind not in COOPERATIVE:
        return entry, []  # "lost the battle with Y": the battle was fought
    if kind in COOPERATIVE and _unrealised_ending_of_owned_act(lex, undoer, noun, kind):
        # "vowed to end the ISI's backing of Y": the backing is what the vow reacts to (held,
        # written.presupposed_by_reaction); no cut by its owner is told (prec54)
        return entry, []
    coded = any(
        e.trigger.i == undoer.i and e.event_type in CONFLICTUAL - {"SANCTION"}
        for e in getattr(coder, "events", ())
    )
    if kind in COOPERATIVE and undoer.pos_ != "NOUN" and coded:
        # "ended / broke its ceasefire with Y", "ended its talks with Y": the verb coded the
        # ending itself (REJECT); what it ends is no second event of another type (its
        # reading is negated; a SANCTION of the verb's, "suspended", is the same event;
        # precision25)
        return entry, []
    if kind in lex.undone_hostile_types:
        # CAMEO 085/0813/0814/0872 (eased sanctions, boycotts, curfews, blockades): RETREAT
        new = {"type": "RETREAT", "mode": "ease", "undone": True}
    elif kind in COOPERATIVE:
        new = {"type": "SANCTION", "mode": "discontinue", "undone": True}
    else:
        return entry, []
    keep = {k: v for k, v in entry.items() if k.endswith("_preps") or k == "source"}
    why = [f"'{undoer.text}' undoes the {kind} of '{noun.text}': {new['type']}"]
    return {**keep, **new}, why


def ended_relative_help(lex: Any, verb: Any) -> Any:
    """The verb that ends the help that ``verb`` tells in a relative clause on its object,
    or None (traps65): "X cut off the allowance it paid Y", "X stopped the payments it made
    to Y", "X ended the training it gave Y's men". The help is told as over: the ending is
    what the sentence asserts (SANCTION, discontinue, from the helper to the helped, as "cut
    off its funding to Y" is coded), not the help. A negated ending ("did not cut off the
    allowance it paid Y") ends nothing.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The emir cut off the allowance he paid the rebels.")
    >>> ended_relative_help(load(), doc[7]).text
    'cut'
    >>> ended_relative_help(load(), nlp()("The emir raised the allowance he paid the rebels.")[7])
    """
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.head.pos_ != "NOUN":
        return None
    undoer = _undoer(lex, verb.head)
    if undoer is None or undoer.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in undoer.children):
        return None
    return undoer


def undoing_noun(lex: Any, noun: Any) -> Any:
    """The noun that undoes the nominal event ``noun`` ("the suspension of aid to Y", "X's
    lifting of sanctions on Y": :func:`undone_entry`'s undoer when it is a noun), or None
    (no undoer, or a verb: "suspended aid to Y" has its subject)."""
    undoer = _undoer(lex, noun)
    return undoer if undoer is not None and undoer.pos_ == "NOUN" else None


def _unrealised_ending_of_owned_act(lex: Any, undoer: Any, noun: Any, kind: str) -> bool:
    """Is ``undoer`` a verb of ending (cues.yaml ``ending_nouns`` lemmas: end, stop, halt)
    whose object ``noun`` is an act named with its author ("the ISI's backing of Y"), the
    ending only vowed, demanded or hoped for (not asserted: "vowed to end", "demanded that X
    stop")? Then the act is the background the reaction presupposes, not a cut its author
    made (prec54)."""
    from riftwatch.nlp import written
    from riftwatch.nlp.modality import modality_of  # noqa: PLC0415 (modality imports this)

    if undoer.pos_ not in ("VERB", "AUX") or undoer.lemma_.lower() not in lex.ending_nouns:
        return False
    value = modality_of(undoer, "SANCTION", lex).value
    if value not in ("future", "hypothetical", "uncertain"):
        return False
    return written.presupposed_by_reaction(noun, kind, lex, {}, value)


def _undoer(lex: Any, noun: Any) -> Any:
    """The verb or noun that undoes ``noun``: it is the object of an undoing verb, the "of"
    phrase of an undoing noun, or sits in such an object as a compound or after "part of"
    ("suspended part of a military aid programme for X")."""
    node = noun
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in ("dobj", "obj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            # "called off the talks" (a cooperation noun only: the offensive called off
            # did not happen, see written.deferred_event)
            phrases = getattr(lex, "undoing_phrases", ())
            entry = lex.noun_entry(noun) or {}
            if entry.get("type") in COOPERATIVE and any(
                f"{lemma} {c.lower_}" in phrases for c in head.children if c.dep_ == "prt"
            ):
                return head
            idiom = (getattr(lex, "object_idioms", None) or {}).get(lemma) or {}
            if node.lower_ in idiom or node.lemma_.lower() in idiom:
                return None  # "cut a deal with Y": an idiom making the deal (written33)
            return head if lemma in lex.reversing_verbs else None
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
            gov = head.head
            if gov.pos_ == "NOUN" and (
                gov.lower_ in lex.reversing_nouns or gov.lemma_.lower() in lex.reversing_nouns
            ):
                return gov
            if gov.pos_ in ("NOUN", "NUM", "PRON") and gov.lower_ in _PARTITIVES:
                node = gov
                continue
            return None
        if node.dep_ == "compound" and head.pos_ == "NOUN":
            node = head
            continue
        return None
    return None


def demand_clauses(coder: Any) -> None:
    """'X demanded that Y free the prisoners', 'X urged that Y ...', 'X reiterated its demand
    that Y ...': a REQUEST from X to the subject Y of the demanded clause.

    A verb counts when its entry (own or base dictionary) is a REQUEST; a noun when it is one
    of the demand nouns. The demanded act is left to the modality reader (hypothetical)."""
    lex = coder.lex
    for tok in coder.doc:
        clauses = [
            c
            for c in tok.children
            if c.dep_ in ("ccomp", "acl", "advcl")
            and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            or (c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.tag_ == "VB")
        ]
        if not clauses:
            continue
        asked = None
        if tok.pos_ == "VERB":
            entry = lex.verb_entry(tok.lemma_.lower()) or {}
            if entry.get("type") != "REQUEST":
                # "reiterated its demand today that Y ...": the parser hangs the clause on
                # the verb; the demand noun, its object, asks it (peers17)
                asked = next((c for c in tok.children if c.dep_ in ("dobj", "obj")
                              and _demand_noun(lex, c)), None)  # fmt: skip
                if asked is None:
                    continue
                clauses = [
                    c for c in tok.children
                    if c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                ]  # fmt: skip
            else:
                demanders, passive, how = coder.subject(tok)
                if passive:
                    continue
        elif not _demand_noun(lex, tok):
            continue
        if asked is None:  # a demand's own clause, never one of purpose ("so that")
            clauses = [c for c in clauses if c.dep_ != "advcl"]
        if tok.pos_ == "NOUN" or asked is not None:
            noun = asked if asked is not None else tok
            entry = lex.nouns.get(noun.lower_) or {}
            demanders = coder._modifier_owner(noun, entry)  # noqa: SLF001 - the coder's own
            how = "author named with the demand"
            if not demanders and asked is not None:
                continue  # "rejected the demand today that Y ...": whose demand is not told
            if not demanders:
                demanders, how = coder._nominal_owner(noun)  # noqa: SLF001
        for clause in clauses:
            addressed = [a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                         for a in coder.actors(c)]  # fmt: skip
            trigger = asked if asked is not None else tok
            why = [f"'{trigger.text}' that a party act: a demand (REQUEST)",
                   f"source: {how}", f"target: subject of '{clause.text}'"]  # fmt: skip
            coder._emit(demanders, addressed, "REQUEST", None, trigger, why)  # noqa: SLF001


def _demand_noun(lex: Any, tok: Any) -> bool:
    """A noun of demanding: one of the demand nouns or a REQUEST noun of the lexicon."""
    return tok.pos_ == "NOUN" and (
        tok.lower_ in _DEMAND_NOUNS or (lex.nouns.get(tok.lower_) or {}).get("type") == "REQUEST"
    )


def conditional_threats(coder: Any) -> None:
    """'X threatened to cut ties unless Y withdrew', 'X warned it would strike if Y ...': a
    THREATEN from X to the subject of the condition (the party asked to comply or to stop).

    Only a threat verb with a complement (the threatened act, or a measure named as its object
    that is no party: "threatened sanctions unless Y ...", written14) and a condition marked
    "unless", "if" or "until" under the verb or its complement counts."""
    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() in coder.lex.penalty_speaking_verbs:
            _spoken_penalty(coder, verb)  # "X said that Y would face consequences" (written31)
            continue
        if verb.lemma_.lower() not in _THREAT_LEMMAS:
            continue
        comps = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        # a measure named as the object: "X threatened sanctions unless Y ..." (written14)
        comps += [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"
                  and not coder.actors(c)]  # fmt: skip
        if not comps:
            continue
        speakers, passive, how = coder.subject(verb)
        if not speakers or passive:
            continue
        own = {a.key() for a in speakers}
        sufferers = _warned_sufferers(coder, verb, comps, own)
        if sufferers:
            # "X warned that Y would face consequences (if ...)": Y is the one threatened,
            # whoever the condition names (written30)
            why = [f"'{verb.text}' that a party would suffer a penalty: THREATEN",
                   f"source: {how}", "target: subject of the penalty verb"]  # fmt: skip
            coder._emit(speakers, sufferers, "THREATEN", None, verb, why)  # noqa: SLF001
            return
        if _impersonal_consequence(coder, comps):
            continue  # "if Y joined Z, X warned, the region would become ungovernable"
        for holder in (verb, *comps):
            for cond in holder.children:
                if cond.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in cond.children
                ):
                    continue
                subj = [a for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")
                        for a in coder.actors(c) if a.key() not in own]  # fmt: skip
                if subj and _threatened_elsewhere(coder, comps, own, subj):
                    # "threatened to attack NATO convoys unless the army halted ...": the
                    # threat is against the act's own target; the army is only asked to comply
                    # (precision22)
                    return
                if subj:
                    why = [f"threat verb '{verb.text}' with a condition on another party: "
                           "THREATEN", f"source: {how}",
                           f"target: subject of the condition '{cond.text}'"]  # fmt: skip
                    coder._emit(speakers, subj, "THREATEN", None, verb, why)  # noqa: SLF001
                    return


_FUTURE_MODALS = frozenset({"would", "will", "shall", "'ll"})
_HOME_STATE_TYPES = frozenset({"country", "government", "military", "police", "intelligence"})


def _spoken_penalty(coder: Any, verb: Any) -> None:
    """'X said that Y would face consequences (if ...)', 'X told reporters Y would suffer':
    a verb of saying (cues.yaml ``penalty_speaking_verbs``) whose complement clause says, in
    the future ("would", "will", "shall"), that another party will face, risk, suffer or
    incur something (``ultimatum_penalties``) is a THREATEN from the speaker to that party,
    as "warned that Y would face consequences" is (written31). A past penalty ("said the TTP
    had suffered heavy losses") is a report, no threat; a negated, hedged or denied verb of
    saying keeps its own modality."""
    if any(a.dep_ == "aux" and a.lower_ in _FUTURE_MODALS for a in verb.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                  for m in c.children)
        for c in verb.children
    ):  # fmt: skip
        return  # "will say that ...", "if ..., X says that ...": no threat made yet
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [j for c in clauses for j in c.conjuncts if j.pos_ == "VERB"]
    comps = [c for c in clauses if c.lemma_.lower() in coder.lex.ultimatum_penalties
             and any(a.dep_ == "aux" and a.lower_ in _FUTURE_MODALS
                     for a in c.children)]  # fmt: skip
    if not comps:
        return
    speakers, passive, how = coder.subject(verb)
    if not speakers or passive:
        return
    own = {a.key() for a in speakers}
    homes = {_home_country(a) for a in speakers} - {None}
    subjects = [c for comp in comps for c in comp.children if c.dep_ == "nsubj"]
    subjects += [c for comp in comps if comp.dep_ == "conj" and not any(
        k.dep_ == "nsubj" for k in comp.children) for c in comp.head.children
        if c.dep_ == "nsubj"]  # fmt: skip
    sufferers = [a for c in subjects for a in coder.actors(c) if a.key() not in own
                 and not (a.type in _HOME_STATE_TYPES and _home_country(a) in homes)]  # fmt: skip
    if sufferers:
        why = [f"'{verb.text}' that a party would suffer a penalty: THREATEN",
               f"source: {how}", "target: subject of the penalty verb"]  # fmt: skip
        coder._emit(speakers, sufferers, "THREATEN", None, verb, why)  # noqa: SLF001


def _home_country(actor: Any) -> str | None:
    """The home country code of ``actor``: its own, or its knowledge-base entity's."""
    if actor.country:
        return str(actor.country)
    from riftwatch.nlp.extract import _resolver

    entity = _resolver().kb.find(actor.org_id or actor.id)
    country = getattr(entity, "country", None) if entity is not None else None
    return str(country) if country else None


def _warned_sufferers(coder: Any, verb: Any, comps: list[Any], own: set[Any]) -> list[Any]:
    """The parties a warning says will suffer a penalty: "X warned that Y would face
    consequences", "X warned that Y would risk sanctions if ...": the subject of a complement
    clause whose verb is a penalty verb (cues.yaml ``ultimatum_penalties``: face, risk, suffer,
    incur), other than the warner itself. Only for "warn" ("threaten" codes its complement's
    subject itself); [] otherwise (written30)."""
    if verb.lemma_.lower() != "warn":
        return []
    return [a for comp in comps
            if comp.dep_ == "ccomp" and comp.lemma_.lower() in coder.lex.ultimatum_penalties
            for c in comp.children if c.dep_ == "nsubj"
            for a in coder.actors(c) if a.key() not in own]  # fmt: skip


def _impersonal_consequence(coder: Any, comps: list[Any]) -> bool:
    """True when every complement of a warning is a clause about a thing that is no party
    ("X warned that if Y joined Z the region would become ungovernable", "... the economy
    would collapse"): a forecast of consequences, not an act the speaker threatens nor a
    penalty on the party of the condition, so no THREATEN (traps64). A complement whose
    subject is a pronoun ("it would strike"), a named or owned party ("its fighters would
    strike") or a penalty verb ("Y would face ...") is not impersonal."""
    if not comps:
        return False
    for comp in comps:
        if comp.dep_ != "ccomp" or comp.lemma_.lower() in coder.lex.ultimatum_penalties:
            return False
        subjects = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return False
        for subj in subjects:
            if subj.pos_ in ("PRON", "PROPN") or coder.actors(subj):
                return False
            if subj.lemma_.lower() in coder.lex.warned_penalty_nouns:
                return False  # "the consequences would be severe": a veiled threat
            if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                   for c in subj.children):  # fmt: skip
                return False
        if any(c.dep_ in ("dobj", "obj") and coder.actors(c) for c in comp.children):
            return False
    return True


def _threatened_elsewhere(coder: Any, comps: list[Any], own: set[Any], subj: list[Any]) -> bool:
    """True when the threatened act of a conditional threat names a target party of its own
    (the object of the complement verb) that is neither the speaker nor the subject of the
    condition: the threat is against that party, not the one the condition names."""
    conditioned = {a.key() for a in subj}
    for comp in comps:
        if comp.pos_ != "VERB":
            continue
        for obj in comp.children:
            if obj.dep_ not in ("dobj", "obj"):
                continue
            keys = {a.key() for a in coder.actors(obj)} - own
            if keys and not keys & conditioned:
                return True
    return False


def compound_head_preps(noun: Any) -> list[Any]:
    """The prepositions of the noun an event noun modifies as a compound: "a mediation mission
    between X and Y", "an aid programme for X" name their parties on the head noun."""
    head = noun.head
    if noun.dep_ != "compound" or head.pos_ != "NOUN" or head.i == noun.i:
        return []
    return [c for c in head.children if c.dep_ == "prep"]


_INVADING_STATES = frozenset({"country", "government", "military"})
_CARRIED_NOUN_DEPS = frozenset({"dobj", "obj"})
_TIME_MARKS = frozenset({"after", "since", "before", "until", "when", "following", "once"})


def invaded_country(entry: dict[str, Any], sources: list[Any], target: Any, trigger: Any) -> bool:
    """Is ``target``, a country, the party a state invades ("Kenya invaded Somalia",
    "Iraq launched its invasion of Kuwait")? An entry with ``group_targets`` treats a country
    as the place an armed group moves in or out of; for one also marked ``state_targets``
    (events.yaml: invade, invasion) a country invaded by states (a country, its government
    or its army) is their target, as CAMEO codes INVADE between states. A noun counts only
    where a verb carries it ("launched an invasion of Y"), not as a subject or in a phrase
    of time or cause ("the American invasion of Afghanistan led to ...", "after the U.S.-led
    invasion of Afghanistan": background, the country a place), nor a verb in a clause of
    time ("after the U.S. invaded Afghanistan"; peers16)."""
    if not entry.get("state_targets") or getattr(target, "type", None) != "country":
        return False
    if not sources or any(s.type not in _INVADING_STATES for s in sources):
        return False
    if any(s.key() == target.key() for s in sources):
        return False
    if trigger.pos_ == "NOUN":
        return trigger.dep_ in _CARRIED_NOUN_DEPS
    return not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in trigger.children
    ) and not (trigger.dep_ == "pcomp" and trigger.head.lower_ in _TIME_MARKS)


_MEASURE_PREPS = frozenset({"on", "upon", "against"})


def participle_partners(coder: Any, noun: Any, allowed: set[str]) -> tuple[list[Any], str]:
    """The other party of an event noun named on a light verb that a participle or relative
    clause hangs on the noun: "lifted the sanctions imposed on Y", "eased the restrictions
    it had placed on Y" (the light verbs of events.yaml and nominals.yaml; the noun's own
    prepositions of the party a measure is laid on: on, upon, against). Not a relation
    "forged between/with" others (no act of the sentence's subject), nor when that verb is
    negated ("sanctions never imposed on Y"): ([], "") then, as when there is none
    (peers16)."""
    for part in noun.children:
        if part.dep_ not in ("acl", "relcl") or part.i < noun.i:
            continue
        if part.lemma_.lower() not in coder.lex.light_verbs or _negated(part):
            continue
        for prep in part.children:
            if prep.dep_ != "prep" or prep.lower_ not in allowed & _MEASURE_PREPS:
                continue
            for pobj in prep.children:
                acts = coder.actors(pobj) if pobj.dep_ == "pobj" else []
                if acts:
                    return acts, f"other party: object of '{prep.lower_}' on '{part.text}'"
    return [], ""


def owner_participle(coder: Any, noun: Any) -> tuple[list[Any], str]:
    """The owner of a noun whose possessor is its partner (a front, proxy, branch, cover
    name), named by the "by" phrase of a participle of owning on it (cues.yaml
    ``owner_participles``): "X was a cover name used by Y", "X, a front run by members of Y",
    "a proxy controlled by Y" (mmp27). Members named in the "by" phrase stand for their
    group ("used by members of Y": Y). Not when the participle is negated ("a name never
    used by Y"): ([], "") then, as when there is none.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Red Dawn Cell was a front organisation run by the Volta Army.")
    >>> coder = type("C", (), {"lex": load(), "actors": lambda self, t: [t.text]})()
    >>> owner_participle(coder, doc[7])
    (['Army'], "other party: the 'by' phrase of 'run'")
    """
    for part in noun.children:
        if part.dep_ != "acl" or part.tag_ != "VBN" or part.i < noun.i:
            continue
        if part.lemma_.lower() not in coder.lex.owner_participles or _negated(part):
            continue
        for agent in part.children:
            if agent.dep_ not in ("agent", "prep") or agent.lower_ != "by":
                continue
            for pobj in agent.children:
                if pobj.dep_ != "pobj":
                    continue
                acts = coder.actors(pobj)
                if not acts:  # "members of Y": the group of the people named
                    ofs = [c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"]
                    acts = [a for of in ofs for o in of.children if o.dep_ == "pobj"
                            for a in coder.actors(o)]  # fmt: skip
                if acts:
                    return acts, f"other party: the 'by' phrase of '{part.text}'"
    return [], ""


def gives_material(coder: Any, verb: Any) -> bool:
    """Is the direct object of a giving verb material aid ("sent arms to X", "shipped food
    to X")? Then a country that receives it is a party, not a destination: the lexicon's
    AID nouns (weapons, money, aid, loans...) name such things.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> coder = type("C", (), {"lex": load()})()
    >>> doc = nlp()("Norway sent arms to Chile.")
    >>> gives_material(coder, doc[1]), gives_material(coder, nlp()("Norway sent troops.")[1])
    (True, False)
    """
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        for noun in (obj, *obj.conjuncts):
            entry = coder.lex.noun_entry(noun)
            if (
                entry is not None
                and entry.get("type") == "AID"
                and entry.get("mode")
                not in (
                    "sanctuary",
                    "training",
                )
            ):
                return True
    return False


def patient_author(
    coder: Any, noun: Any, entry: dict[str, Any], preps: set[str], owners: list[Any]
) -> tuple[list[Any], str]:
    """The other party of a verbal or diplomatic nominal event whose patient phrase is an act
    or a policy, not an actor: its author ("a hunger strike in protest against abuses by X",
    "protests against X's decision", "condemnation of the Israeli policy"). Only for the
    types whose other party may sit inside a phrase (the coder's phrase-party types)."""
    from riftwatch.nlp.code import _PHRASE_PARTY_TYPES, hyphen_agent

    if entry.get("type") not in _PHRASE_PARTY_TYPES:
        return [], ""
    pobjs = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
             for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    if not pobjs:
        return [], ""
    own = {a.key() for a in owners}
    for pobj in pobjs:
        for child in pobj.children:
            if child.dep_ == "poss" or (
                child.dep_ in ("amod", "compound", "nmod") and child.i < pobj.i
            ):
                for sub in child.subtree:
                    if hyphen_agent(sub):
                        continue  # "the U.S.-backed government": a backer, no author (lead43)
                    actor = coder.actor_of.get(sub.i)
                    if actor is not None and actor.key() not in own:
                        return [actor], f"author of '{pobj.text}' ({child.dep_})"
            if child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
                for inner in child.children:
                    acts = [a for a in coder.actors(inner) if a.key() not in own]
                    if acts:
                        return acts, f"author of '{pobj.text}' ('{child.lower_}')"
    return [], ""


def purpose_clause(verb: Any) -> bool:
    """Is ``verb`` an infinitive the parser hung on the object of another verb as a relative
    clause, where it says what the object was for ("began a strike to protest against X",
    "sent envoys to negotiate with X")? Then the subject of the governing verb acts."""
    head = verb.head
    return (
        verb.dep_ in ("relcl", "acl")
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and head.dep_ in ("dobj", "obj")
        and head.head.pos_ in ("VERB", "AUX")
    )


_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
_THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST"})
_ANNOUNCING = frozenset({"say", "announce", "declare", "confirm", "state", "tell", "insist"})
_ACCEPTING = frozenset({"accept", "meet", "heed", "grant", "satisfy", "fulfil", "fulfill"})


def _clause_verb(tok: Any) -> Any:
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def announced_threats(coder: Any) -> None:
    """'X said it would impose sanctions on Y', 'X announced it will attack Y': a hostile act
    a party announces it will do is a THREATEN from the party to the target (CAMEO 13: a
    threat of sanctions, force, repression or protest), with the modality "future" of a
    stated intention, as the labelling conventions read "will" and "vowed to" (and as
    announced cooperative acts are an AGREE intended): the event is kept as evidence, not
    asserted. A threat with a condition on the target ("unless Y withdraws") is asserted
    (conditional_acts). Not when the announced act is negated or only possible ("would
    not", "might"), and only for the speaker's own act."""
    from riftwatch.nlp import written  # noqa: PLC0415 - written imports nothing of ours

    for event in list(coder.events):
        if event.event_type not in _THREAT_TYPES or event.modality != "asserted":
            continue
        clause = _clause_verb(event.trigger)
        ready = _readiness_clause(clause)
        if ready is not None:  # "X announced that it is prepared to impose Y" (peers8)
            clause = ready
        if clause is None or clause.dep_ != "ccomp":
            continue
        aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        if ready is None and not aux & _FUTURE_AUX or any(c.dep_ == "neg" for c in clause.children):
            continue
        speech = clause.head
        if speech.pos_ != "VERB" or speech.lemma_.lower() not in _ANNOUNCING:
            continue
        if any(c.dep_ == "neg" for c in speech.children):
            continue
        speakers, passive, _how = coder.subject(speech)
        if passive or event.source.key() not in {a.key() for a in speakers}:
            continue
        if written.condition_on_another(clause, coder, event.target):
            continue  # "said it would drive Y out if Z helped": a plan waiting on help
        if written.delivered_to_third(coder, clause, event):
            continue  # "said they would hand Y over to Z": an offer to Z (round 9)
        # "unless Y withdraws": a condition on the target (another's is skipped above)
        coerced = _marked_condition(clause) is not None
        why = [f"'{speech.text}' that it will act against another party: THREATEN"
               + ("" if coerced else ", intended"), *event.why[1:]]  # fmt: skip
        before = len(coder.events)
        coder._emit([event.source], [event.target], "THREATEN", None, speech, why)  # noqa: SLF001
        for added in coder.events[before:]:
            added.intended = not coerced  # a stated intention, not yet a threat made


def _readiness_clause(clause: Any) -> Any:
    """The copula of "it is prepared/ready/willing to <act>" when ``clause`` is the act's
    verb and the readiness is not negated ("is not ready to"), else None."""
    if clause is None or clause.dep_ != "xcomp":
        return None
    adj = clause.head
    if adj.pos_ != "ADJ" or adj.lower_ not in _WILLING or _negated(adj):
        return None
    copula = adj.head
    if copula.i == adj.i or copula.pos_ not in ("AUX", "VERB") or _negated(copula):
        return None
    return copula


def accepted_requests(coder: Any) -> None:
    """'X accepted demands from Y', 'X met Y's demands': a request accepted is a concession,
    CONCEDE from the one who accepts to the one who asked (CAMEO 083)."""
    for event in list(coder.events):
        noun = event.trigger
        if (
            event.event_type != "REQUEST"
            or noun.pos_ != "NOUN"
            or noun.dep_
            not in (
                "dobj",
                "obj",
            )
        ):
            continue
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ACCEPTING:
            continue
        why = [f"'{verb.text}' a request: CONCEDE to the one who asked", *event.why[1:]]
        coder._emit([event.target], [event.source], "CONCEDE", None, verb, why)  # noqa: SLF001


def _answered_noun(verb: Any, lex: Any) -> Any:
    """The definite act noun right after ``verb`` ("welcomed the pledge"), its object, or
    None. The words are read in order as well as in the parse, which can hang a time phrase
    on the noun ("welcomed the pledge days later": "pledge" a compound of "days"); a noun
    with a party or a clause of its own after it ("the pledge of X") is None."""
    doc = verb.doc
    if verb.i + 2 >= len(doc):
        return None
    det, noun = doc[verb.i + 1], doc[verb.i + 2]
    if det.lower_ not in ("the", "this", "that") or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() not in lex.answered_act_nouns:
        return None
    if noun.head.i != verb.i and noun.head.pos_ in ("VERB", "AUX"):
        return None  # "accepted the offer was genuine": the subject of another clause
    owner = noun.head if noun.dep_ == "compound" else noun
    if any(c.dep_ in ("poss", "prep", "acl", "relcl") for c in (*noun.children, *owner.children)):
        return None  # "the pledge of X", "the offer made by Z": its own party, or none
    return noun


def answered_acts(coder: Any) -> None:
    """'X pledged allegiance to Y. Y welcomed the pledge', 'Y named P governor of its
    province. X rejected the appointment': a party's answer to an act an earlier sentence of
    the document told, named again by a definite act noun, is aimed at the act's author.

    Only a verb of answering (cues.yaml ``response_verbs``, verb lemma -> the answer's
    PLOVER type) whose object is "the/this/that <act noun>" (``answered_act_nouns``) naming
    no party of its own (no possessor, no phrase or clause after it: "the offer made by Z"
    is Z's, or nobody's), and only the latest act told before that the noun can name (one
    of its verbs, or the noun itself) whose author is not the subject. An answer to one's
    own act ("X offered talks. X withdrew the offer") or to no act told ("rejected the
    offer" alone) names nobody. Modality is read later on the answering verb ("did not
    accept the pledge" is negated)."""
    lex = coder.lex
    if not coder.earlier_acts:
        return
    for verb in coder.doc:
        etype = lex.response_verbs.get(verb.lemma_.lower())
        if verb.pos_ != "VERB" or etype is None:
            continue
        noun = _answered_noun(verb, lex)
        if noun is None:
            continue
        sources, passive, _how = coder.subject(verb)
        if not sources or passive:
            continue
        if any(e.trigger.i == verb.i for e in coder.events):
            continue  # the verb's own reading named its target
        lemmas = lex.answered_act_nouns[noun.lemma_.lower()] | {noun.lemma_.lower()}
        own = {a.key() for a in sources}
        author = next((t.source for t in reversed(coder.earlier_acts) if t.lemma in lemmas),
                      None)  # fmt: skip
        if author is None or author.key() in own:
            continue
        why = [f"'{verb.text} {noun.text}': an answer to the act told before -> {etype}",
               f"target: the author of the {noun.text} told before"]  # fmt: skip
        coder._emit(sources, [author], etype, None, verb, why)  # noqa: SLF001


def _violence_object(verb: Any, lex: Any) -> Any:
    """The object of a condemning verb that names again an act of violence told before in its
    sentence: "it", or a definite act noun of cues.yaml ``answered_violence_nouns`` ("the
    strike", "this raid") naming no party of its own (no possessor, no "of"/"by" phrase, no
    clause, no actor among its words: "the American raid" names its author itself); else
    None."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        if obj.pos_ == "PRON" and obj.lower_ == "it":
            return obj
        if obj.pos_ != "NOUN" or obj.lower_ not in lex.answered_violence_nouns:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children):
            continue
        if any(c.dep_ in ("poss", "prep", "acl", "relcl", "amod", "nmod") and c.i != obj.i
               for c in obj.children if c.dep_ != "amod" or c.ent_type_):  # fmt: skip
            continue
        return obj
    return None


def _condemning_predicate(verb: Any, lex: Any) -> bool:
    """True when a verb of naming gives its object a condemning predicate ("called the strike
    an attack on the peace process", "described it as a violation of its sovereignty",
    "branded the raid an act of aggression"): events.yaml ``condemning_nouns`` or cues.yaml
    ``violence_judging_predicates``, as the predicate or its "of" phrase."""
    words = lex.condemning_nouns | lex.violence_judging_predicates
    preds = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp")]
    preds += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
              for p in c.children if p.dep_ in ("pobj", "amod", "acomp")]  # fmt: skip
    for pred in preds:
        inner = [p for c in pred.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        if any(t.lower_ in words or t.lemma_.lower() in words for t in (pred, *inner)):
            return True
    return False


def _told_unsure(trigger: Any, lex: Any) -> bool:
    """Is the verb that told an act negated or hedged in its own words ("did not strike",
    "may have raided", "reportedly killed")? Such an act has no author to condemn."""
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.lower_ in lex.backing_hedges)
        or c.lower_ in lex.lead_hedges
        for c in trigger.children
    )


def _violence_told_before(
    coder: Any, obj: Any, lemmas: frozenset[str], own: set[Any]
) -> tuple[Any, list[Any]]:
    """(trigger, authors) of the act of violence an earlier sentence of the document told last,
    when a definite act noun ``obj`` with no act before it in its own sentence names it again
    ("X carried out a strike on Y's camp on Monday. Z condemned the strike"): the latest
    hostile act told (ASSAULT, COERCE) must be of a kind the noun can name (``lemmas``), told
    as a fact (asserted: "X denied the raid. Z condemned the raid" names no author), with an
    author that is no place and not the condemner; else (obj, [])."""
    from riftwatch.nlp.modality import modality_of  # noqa: PLC0415 (modality imports this)

    hostile = [t for t in coder.earlier_acts if t.kind in ("ASSAULT", "COERCE")]
    if not hostile or hostile[-1].trigger is None:
        return obj, []
    last = hostile[-1]
    # the act's verb, or the act noun a light verb carries ("carried out a strike")
    told = {last.lemma} | {c.lemma_.lower() for c in last.trigger.children
                           if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"}  # fmt: skip
    if not told & lemmas or last.trigger.doc is obj.doc:
        return obj, []
    same = [t for t in hostile if t.trigger is not None and t.trigger.i == last.trigger.i
            and t.trigger.doc is last.trigger.doc]  # fmt: skip
    authors: list[Any] = []
    for t in same:
        if t.source.key() in own or t.source.type == "place" or _told_unsure(t.trigger, coder.lex):
            return obj, []
        if modality_of(t.trigger, t.kind, coder.lex).value != "asserted":
            return obj, []
        if all(a.key() != t.source.key() for a in authors):
            authors.append(t.source)
    return last.trigger, authors


def _owned_violence_noun(
    coder: Any, obj: Any, lemmas: frozenset[str] | None, own: set[Any]
) -> tuple[Any, list[Any]]:
    """(noun, authors) of the latest act noun before ``obj`` in its sentence that names its own
    author by a modifier ("the American raid", "the TTP's attack": code.SentenceCoder.
    _modifier_owner), of a kind ``obj`` can name again (``lemmas``; any act noun of cues.yaml
    ``answered_violence_nouns`` for "it"); else (obj, [])."""
    lex = coder.lex
    for noun in reversed(coder.doc[obj.sent.start : obj.i]):
        if noun.pos_ != "NOUN" or noun.lower_ not in lex.answered_violence_nouns:
            continue
        if lemmas is not None and noun.lemma_.lower() not in lemmas:
            continue
        entry = coder._event_noun(noun)  # noqa: SLF001
        if not entry or entry.get("type") not in ("ASSAULT", "COERCE"):
            continue
        owners = [a for a in coder._modifier_owner(noun, entry)  # noqa: SLF001
                  if a.key() not in own and a.type not in ("place",)]  # fmt: skip
        if owners:
            return noun, owners
        return obj, []  # the nearest act noun names no author: no guess further back
    return obj, []


def answered_violence(coder: Any) -> None:
    """'A CIA drone killed P; the minister condemned the strike', 'X raided Y's compound, and
    Z condemned it as a violation of its sovereignty', 'X shelled the town; Z called the
    shelling an act of aggression' (written51): a condemnation of an act of violence the same
    sentence told before, named again by "it" or by a definite act noun naming no party of
    its own (:func:`_violence_object`), is aimed at the act's author.

    The condemning verbs: cues.yaml ``response_verbs`` of type ACCUSE or PROTEST, and verbs of
    naming (events.yaml ``labelling_verbs``) with a condemning predicate
    (:func:`_condemning_predicate`). The act: the latest hostile event (ASSAULT, COERCE) of
    the sentence before the object whose author is not the condemner, told by a verb the noun
    can name (cues.yaml ``answered_violence_nouns``; any hostile verb for "it"), and not
    negated or hedged in its own words. Nothing when the verb's own reading already named a
    target. Modality is read later on the condemning verb ("did not condemn the strike")."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        etype = lex.response_verbs.get(lemma)
        if etype not in ("ACCUSE", "PROTEST"):
            etype = None
            if lemma in lex.labelling_verbs and _condemning_predicate(verb, lex):
                etype = "ACCUSE"
        if etype is None:
            continue
        obj = _violence_object(verb, lex)
        if obj is None:
            continue
        sources, passive, _how = coder.subject(verb)
        if not sources or passive:
            continue
        if any(e.trigger.i == verb.i for e in coder.events):
            continue  # the verb's own reading named its target
        own = {a.key() for a in sources}
        lemmas = (
            None
            if obj.pos_ == "PRON"
            else lex.answered_violence_nouns[obj.lower_] | {obj.lemma_.lower()}
        )
        acts = [
            e
            for e in coder.events
            if e.trigger.i < obj.i
            and e.trigger.i != verb.i
            and e.event_type in ("ASSAULT", "COERCE")
            and e.source.key() not in own
            and e.source.type not in ("place",)
            and (lemmas is None or e.trigger.lemma_.lower() in lemmas)
            and not _told_unsure(e.trigger, lex)
        ]
        authors: list[Any] = []
        if acts:
            last = max(e.trigger.i for e in acts)
            told = next(e.trigger for e in acts if e.trigger.i == last)
            for e in acts:
                if e.trigger.i == last and all(a.key() != e.source.key() for a in authors):
                    authors.append(e.source)
        else:  # "told of the American raid, and Z condemned it": the act named by its noun
            told, authors = _owned_violence_noun(coder, obj, lemmas, own)
        if not authors and lemmas is not None:
            # "X carried out a strike on Y's camp. Z condemned the strike": the act an earlier
            # sentence told last (gaps65)
            told, authors = _violence_told_before(coder, obj, lemmas, own)
        if not authors:
            continue
        why = [f"'{verb.text} {obj.text}': the act told before in the sentence, condemned "
               f"-> {etype}", f"target: the author of '{told.text}'"]  # fmt: skip
        mode = "disapprove" if etype == "ACCUSE" else None
        coder._emit(sources, authors, etype, mode, verb, why)  # noqa: SLF001


# -- relationship descriptions (issue 9, other regions' MMP-style rows) -------------------------

_RECIPROCAL_HEADS = {"other": "each", "another": "one"}


def _reciprocal_pronoun(tok: Any) -> bool:
    """ "each other", "one another" (the second word, as the parser heads the pair)."""
    first = _RECIPROCAL_HEADS.get(tok.lower_)
    return first is not None and tok.i > 0 and tok.doc[tok.i - 1].lower_ == first


def reciprocal_pronouns(coder: Any) -> None:
    """'X and Y fought alongside each other', 'X and Y provided resources for each other's
    operations': an act whose coordinated subjects are each other's partners.

    Alongside each other (a comitative preposition, events.yaml comitative_preps), the
    coordinated parties cooperate (COOPERATE joint_operations, both ways) and do not fight
    one another: a hostile event the verb gave between them is withdrawn. With a cooperative
    verb of the lexicon ("provided ... for each other's", "supported one another") the
    verb's event holds between them both ways. Modality is read later, as for every event.
    """
    for tok in coder.doc:
        if not _reciprocal_pronoun(tok):
            continue
        verb, comitative = tok.head, False
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            comitative = comitative or verb.lower_ in coder.lex.comitative_preps
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        parties, passive, how = coder.subject(verb)
        if len(parties) < 2 and not passive:
            # "Fighters of X and of Y fought each other": the groups of the member noun's
            # coordinated "of" phrase are the parties, as with "fought together" (written20)
            more = coder._of_conjuncts(verb)  # noqa: SLF001
            if len(more) > 1:
                parties, how = more, "the groups of the subject's 'of' phrase"
        if passive or len(parties) < 2:
            continue
        keys = {a.key() for a in parties}
        if comitative:
            coder.events[:] = [
                e for e in coder.events
                if not (e.trigger.i == verb.i and e.event_type not in COOPERATIVE
                        and {e.source.key(), e.target.key()} <= keys)
            ]  # fmt: skip
            why = [f"'{verb.text} alongside {tok.doc[tok.i - 1].text} {tok.text}': partners "
                   "in one act", f"parties: {how}"]  # fmt: skip
            coder._emit_pairs(parties, "COOPERATE", "joint_operations", verb, why)  # noqa: SLF001
            continue
        entry = coder.lex.verbs.get(verb.lemma_.lower()) or {}
        from riftwatch.nlp.code import _spared  # noqa: PLC0415 (code imports this module)

        if _spared(verb, entry):
            continue  # "X and Y left each other alone" (world11)
        if entry.get("type") in COOPERATIVE:
            why = [f"trigger verb '{verb.text}' -> {entry['type']}",
                   f"'{tok.doc[tok.i - 1].text} {tok.text}': between the coordinated subjects",
                   f"parties: {how}"]  # fmt: skip
            coder._emit_pairs(parties, entry["type"], entry.get("mode"), verb, why)  # noqa: SLF001
            continue
        hostile = _hostile_toward_each_other(coder, tok, verb, entry)
        if hostile is not None:
            done = _coded_pairs(coder, verb)
            if not any((a.key(), b.key()) in done for a in parties for b in parties):
                why = [f"'{verb.text} {tok.head.text} {tok.doc[tok.i - 1].text} {tok.text}': "
                       f"a hostile act between the coordinated subjects -> {hostile[0]}",
                       f"parties: {how}"]  # fmt: skip
                coder._emit_pairs(parties, hostile[0], hostile[1], verb, why)  # noqa: SLF001
            # the parties acted on each other, not on the place where they did it ("fought
            # each other near P", "attacked one another outside P"; written20)
            coder.events[:] = [
                e for e in coder.events
                if not (e.trigger.i == verb.i and e.target.type == "place"
                        and e.source.key() in keys)
            ]  # fmt: skip
            continue
        reciprocal_event_nouns(coder, tok, verb, parties, how)


_TURNING_PREPS = frozenset({"on", "against"})
# entry conditions under which a reciprocal object is not simply the verb's other party
_NOT_PLAIN_OBJECT = (
    "object_is_thing",
    "needs_object_noun",
    "needs_particle",
    "needs_away",
    "needs_ties",
    "passive_only",
)
_NOT_PLAIN_FRAMES = frozenset({"refusal", "away", "warning", "speech"})


def _hostile_toward_each_other(
    coder: Any, pronoun: Any, verb: Any, entry: dict[str, Any]
) -> tuple[str, str | None] | None:
    """(type, mode) of a hostile verb whose target phrase is the reciprocal pronoun: "X and Y
    turned (their guns) on each other" (as "turned on Y": REJECT, split), "X and Y competed
    against one another" (the entry's own target preposition, a hostile type; mmp7), "X and
    Y shot at each other" (an attack verb aimed at the pronoun; world25)."""
    if pronoun.dep_ in ("det", "amod") and pronoun.head.lower_ in _RECIPROCAL_HEADS.values():
        pronoun = pronoun.head  # "attacked one another": "one" the object, "another" its det
    prep = pronoun.head
    if pronoun.dep_ in ("dobj", "obj") and prep.i == verb.i:
        # "turned on each other" read with 'on' as a particle and the pronoun as object
        prep = next((c for c in verb.children if c.dep_ in ("prt", "prep")
                     and c.lower_ in _TURNING_PREPS and c.i < pronoun.i
                     and not any(g.dep_ == "pobj" for g in c.children)), prep)  # fmt: skip
        if prep.i == verb.i:
            # "X and Y accused / attacked / denounced each other": a hostile verb of the
            # lexicon whose object is the pronoun holds both ways (mmp8)
            plain = not any(entry.get(k) for k in _NOT_PLAIN_OBJECT) and (
                entry.get("frame") not in _NOT_PLAIN_FRAMES
            )
            if entry.get("type") in CONFLICTUAL and plain:
                return entry["type"], entry.get("mode")
            return None
    elif pronoun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != verb.i:
        return None
    if verb.lemma_.lower() == "turn" and prep.lower_ in _TURNING_PREPS:
        return "REJECT", "split"
    if entry.get("type") in CONFLICTUAL and prep.lower_ in (entry.get("preps") or ()):
        return entry["type"], entry.get("mode")
    if entry.get("type") == "ASSAULT" and prep.lower_ in _AIMED_AT and not entry.get("frame"):
        # "X and Y shot at each other", "fired on one another": an attack aimed at the
        # other, as "shot at Y" is (world25)
        return entry["type"], entry.get("mode")
    return None


def reciprocal_event_nouns(coder: Any, pronoun: Any, verb: Any, parties: list[Any],
                           how: str) -> None:  # fmt: skip
    """'X and Y went to war with each other', 'waged war on one another', 'held talks with
    each other': the event noun the verb carries holds between the coordinated subjects,
    both ways. The noun is on the way from the reciprocal pronoun up to the verb, or the
    verb's object ('waged war') or the object of its preposition ('went to war'). The verb
    is the trigger, so its negation, hedge or future reads as for any event.
    """
    if any(e.trigger.i == verb.i and {e.source.key(), e.target.key()} <= {a.key() for a in parties}
           for e in coder.events):  # fmt: skip
        return  # the verb already coded them ("fought each other")
    nouns = []
    step = pronoun.head
    while step.i != verb.i and step.head.i != step.i:
        if step.pos_ == "NOUN":
            nouns.append(step)
        step = step.head
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "attr"):
            nouns.append(child)
        elif child.dep_ == "prep":
            nouns += [p for p in child.children if p.dep_ == "pobj"]
    for noun in nouns:
        entry = coder._event_noun(noun)  # noqa: SLF001
        if not entry or not entry.get("type") or noun.pos_ != "NOUN":
            continue
        entry, opened = opened_hostility(coder, noun, entry)  # "went to war" (mmp12)
        why = [*opened, f"event noun '{noun.text}' -> {entry['type']}",
               f"'{pronoun.doc[pronoun.i - 1].text} {pronoun.text}': between the coordinated "
               "subjects", f"parties: {how}"]  # fmt: skip
        coder._emit_pairs(parties, entry["type"], entry.get("mode"), verb, why)  # noqa: SLF001
        return


def backing_strikes(coder: Any) -> None:
    """'X, backed by Y's air strikes, pushed Z out': a hostile noun that is the "by" (or
    "with") phrase of a verb of backing is the backer's means of help, not an attack on the
    party it backs: its event on the backed party is withdrawn (written20). Whether the
    backer shares the backed party's act is left to the co-agent rules (written17: fire
    behind an expulsion backs the troops, it does not expel)."""
    for backing in list(coder.events):
        verb = backing.trigger
        if backing.event_type not in COOPERATIVE or verb.pos_ not in ("VERB", "AUX"):
            continue
        entry = coder.lex.verbs.get(verb.lemma_.lower()) or {}
        if entry.get("type") not in COOPERATIVE:
            continue
        means = {
            noun.i for prep in verb.children
            if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "with")
            for noun in prep.children
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN"
            and (coder._event_noun(noun) or {}).get("type") in CONFLICTUAL  # noqa: SLF001
        }  # fmt: skip
        backed = backing.target.key()
        coder.events[:] = [
            e for e in coder.events if not (e.trigger.i in means and e.target.key() == backed)
        ]


def died_in_attacks(coder: Any) -> None:
    """'Y died in / during a raid by X': the dying subject was hit by the author the attack
    noun names (its "by" phrase or modifier), as in "Y was killed in a raid by X" (a verb of
    cues.yaml ``dying_verbs``; written20). With no author named, a raid or operation inside a
    country that implies its security forces has them as its author, as "were killed in a
    raid" has (lead42), unless the dead are those forces. The noun is the trigger, so the
    verb's negation or hedge reads through it."""
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in coder.lex.dying_verbs:
            continue
        victims, passive, how = coder.subject(verb)
        if passive or not victims:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for noun in prep.children:
                entry = coder._event_noun(noun) if noun.dep_ == "pobj" else None  # noqa: SLF001
                if not entry or entry.get("type") != "ASSAULT":
                    continue
                # the author as a passive's "killed in a U.S. strike" reads it (written54;
                # _modifier_owner keeps a country before a noun of place modifiers a place)
                authors = coder._modifier_owner(noun, entry)  # noqa: SLF001
                home = _country_key(coder.implied) if coder.implied is not None else None
                if home and not any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
                    # "militants die in Pakistan air raid" in Pakistan: the country's own
                    # forces, its implied agent, as before (lead42)
                    authors = [a for a in authors if a.type not in ("country", "place")
                               or _country_key(a) != home]  # fmt: skip
                keys = {v.key() for v in victims}
                said = "the dead were hit by its author"
                if (
                    not authors
                    and entry.get("implied_agent")
                    and coder.implied is not None
                    and not coder._state_victims(verb)  # noqa: SLF001
                ):  # "nine TTP militants died in a raid in Khyber": as "were killed in a raid"
                    authors, said = [coder.implied], "the implied agent of a raid in this country"
                if not authors or keys & {a.key() for a in authors}:
                    continue
                why = [f"'{verb.text} {prep.text} {noun.text}': {said}", f"victims: {how}"]
                coder._emit(authors, victims, "ASSAULT", entry.get("mode"), noun, why)  # noqa: SLF001
        # "P died when an American drone fired at his car": the clause's subject (written54)
        attackers = as_clause_attacker(coder, verb)
        keys = {v.key() for v in victims}
        if attackers and not keys & {a.key() for a in attackers}:
            why = [f"'{verb.text}' in the attack its clause tells: the clause's subject",
                   f"victims: {how}"]  # fmt: skip
            coder._emit(attackers, victims, "ASSAULT", None, verb, why)  # noqa: SLF001


def _parties_at(coder: Any, tok: Any, direct: bool = False) -> list[Any]:
    """The parties (no places) a noun phrase names: its head's actors, else (unless
    ``direct``) those of a name before it ("the Crescent Army positions"). With ``direct``
    a possessed common noun names its possessor only when it is a word for the party's
    men (events.yaml ``joint_partner_nouns``: "Y's fighters", not "Y's critics")."""
    if (
        direct
        and tok.pos_ == "NOUN"
        and tok.lower_ not in coder.lex.joint_partner_nouns
        and any(c.dep_ == "poss" for c in tok.children)
    ):
        return []  # "of Y's critics" names others than Y ("of Y's fighters" names Y)
    acts = coder.actors(tok)
    if not acts and not direct:
        for sub in tok.children:
            if sub.dep_ in ("compound", "nmod", "poss") and sub.i < tok.i:
                acts = coder.actors(sub)
                if acts:
                    break
    return [a for a in acts if a.type != "place"]


def _prep_parties(coder: Any, head: Any, preps: tuple[str, ...], direct: bool = False) -> list[Any]:
    """The parties of ``head``'s phrases with one of ``preps`` ("by Y", "of Y"); with
    ``direct``, only a phrase whose head names them ("of Y", not "of Y's claims")."""
    found: list[Any] = []
    for prep in head.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found.extend(_parties_at(coder, pobj, direct))
    return found


def _owner_parties(coder: Any, noun: Any) -> list[Any]:
    """The parties of a noun's possessor ("Y's siege", "Y's rescue")."""
    return [a for c in noun.children if c.dep_ == "poss" for a in _parties_at(coder, c)]


def relieved_sieges(coder: Any) -> None:
    """'X broke / lifted Y's siege of Z', 'X lifted the siege of Z by Y': relieving a siege
    (cues.yaml ``siege_relief_verbs`` with a ``siege_nouns`` object) is an attack on the
    besieger, the noun's possessor or "by" party (ASSAULT from X), and aid to a besieged party
    named after "of" (AID from X; a town there is no party). The verb is the trigger, so a
    negation, hedge or hypothesis on it reads through (fix61b). A passive verb ("the siege
    was broken") names its reliever in its own "by" phrase and is left to the verb rules."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.siege_relief_verbs:
            continue
        relievers, passive, how = coder.subject(verb)
        if passive or not relievers:
            continue
        own = {a.key() for a in relievers}
        for noun in verb.children:
            if noun.dep_ not in ("dobj", "obj") or noun.lemma_.lower() not in lex.siege_nouns:
                continue
            besiegers = _owner_parties(coder, noun) or _prep_parties(coder, noun, ("by",))
            if not besiegers:
                besiegers = _prep_parties(coder, verb, ("by",))
            besiegers = [b for b in besiegers if b.key() not in own]
            said = f"'{verb.text} ... {noun.text}': relieving a siege"
            if besiegers:
                why = [f"{said} attacks its besieger", f"reliever: {how}"]
                coder._emit(relievers, besiegers, "ASSAULT", None, verb, why)  # noqa: SLF001
            keys = {b.key() for b in besiegers} | own
            besieged = _prep_parties(coder, noun, ("of",), direct=True)
            besieged = [a for a in besieged if a.key() not in keys]
            if besieged:
                why = [f"{said} aids the besieged party", f"reliever: {how}"]
                coder._emit(relievers, besieged, "AID", None, verb, why)  # noqa: SLF001


def came_to_aid(coder: Any) -> None:
    """'X came to the aid of Y', 'X rushed to Y's rescue', 'came to Y's defence': a verb of
    coming (cues.yaml ``aid_coming_verbs``) with "to" and a noun of help (``rescue_nouns``) is
    AID from its subject to the noun's "of" party or possessor; a party after "against" (on
    the verb or the noun: "came to Y's aid against Z") is fought by the helpers (ASSAULT,
    mmp38). The verb is the trigger, so a negation, hedge or hypothesis on it reads through
    (fix61b)."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.aid_coming_verbs:
            continue
        helpers, passive, how = coder.subject(verb)
        if passive or not helpers:
            continue
        own = {a.key() for a in helpers}
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in lex.rescue_nouns:
                    continue
                helped = _owner_parties(coder, noun) or _prep_parties(
                    coder, noun, ("of",), direct=True
                )
                helped = [h for h in helped if h.key() not in own]
                if helped:
                    why = [f"'{verb.text} {prep.text} ... {noun.text}': help given",
                           f"helper: {how}"]  # fmt: skip
                    coder._emit(helpers, helped, "AID", None, verb, why)  # noqa: SLF001
                # "came to Y's aid against Z": the helpers took the field against Z (mmp38)
                side = own | {h.key() for h in helped}
                heads = [
                    verb,
                    noun,
                    *(
                        o
                        for p in noun.children
                        if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children
                        if o.dep_ == "pobj"
                    ),
                ]  # the parser may hang it there
                foes = [f for h in heads for f in _prep_parties(coder, h, ("against",))
                        if f.key() not in side and f.type != "person" and not f.person]  # fmt: skip
                if helped and foes:
                    why = [f"'{verb.text} {prep.text} ... {noun.text} ... against': the helpers "
                           "fight the party helped against", f"helper: {how}"]  # fmt: skip
                    coder._emit(helpers, foes, "ASSAULT", None, verb, why)  # noqa: SLF001


def machines_against(coder: Any) -> None:
    """'X sent warplanes against Y', 'flew gunships against Y', 'used drones against Y': a
    verb of putting war machines to use (cues.yaml ``war_machine_verbs``) with one of
    ``war_machine_nouns`` as its object and a party after "against" (on the verb or the
    object) is an attack on that party (ASSAULT, with the mode events.yaml ``instruments``
    gives the machine). The verb is the trigger, so a negation, hedge, threat or hypothesis
    on it reads through (fix61b)."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.war_machine_verbs:
            continue
        users, passive, how = coder.subject(verb)
        if passive or not users:
            continue
        own = {a.key() for a in users}
        for noun in verb.children:
            if noun.dep_ not in ("dobj", "obj"):
                continue
            machines = [noun, *(c for c in noun.children if c.dep_ == "conj")]
            if not any(m.lower_ in lex.war_machine_nouns for m in machines):
                continue
            # "against Y's strongholds" hits Y: war machines aim at a party's men or places
            hit = _prep_parties(coder, verb, ("against",))
            hit += _prep_parties(coder, noun, ("against",))
            hit = [h for h in hit if h.key() not in own]
            if hit:
                mode = lex.instruments.get(noun.lower_) or lex.instruments.get(noun.lemma_.lower())
                why = [f"'{verb.text} {noun.text} against': war machines used on a party",
                       f"attacker: {how}"]  # fmt: skip
                coder._emit(users, hit, "ASSAULT", mode, verb, why)  # noqa: SLF001


def handover_nouns(coder: Any) -> None:
    """'the handover of Y's fighters to Z by X', "X's extradition of three Y commanders to Z":
    a noun of handing people over (cues.yaml ``handover_nouns``) whose "of" phrase is people of
    a group (``defecting_member_nouns``, ``taken_member_nouns``; their group by a possessive or
    a name before them) codes what the verbs do: the giver (the "by" agent, else the
    possessor) captures them (COERCE, arrest, against their group) and cooperates with the
    receiver after "to" (COOPERATE, handover). The noun is the trigger, so a denied or
    planned handover keeps its modality (gaps62)."""
    lex = coder.lex
    men = lex.defecting_member_nouns | lex.taken_member_nouns
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.lower_ not in lex.handover_nouns:
            continue
        preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
        handed = [o for o in preps["of"].children if o.dep_ == "pobj"] if "of" in preps else []
        handed = [h for h in handed if h.lower_ in men]
        if not handed:
            continue
        owners = [a for h in handed for c in h.children if c.dep_ in ("poss", "compound", "amod")
                  for a in coder.actors(c) if a.type in _MEN_OWNERS]  # fmt: skip
        givers = [a for o in (preps["by"].children if "by" in preps else ()) if o.dep_ == "pobj"
                  for a in coder.actors(o)]  # fmt: skip
        givers = givers or [a for c in noun.children if c.dep_ == "poss" for a in coder.actors(c)]
        receivers = [a for o in (preps["to"].children if "to" in preps else ()) if o.dep_ == "pobj"
                     for a in coder.actors(o)]  # fmt: skip
        if not givers:
            continue
        why = [f"'{noun.text}' of people: the giver captures them and cooperates with the "
               "receiver", "source: the giver ('by' or possessor)"]  # fmt: skip
        if owners:
            coder._emit(givers, owners, "COERCE", "arrest", noun, [*why, "target: their group"])  # noqa: SLF001
        if receivers:
            coder._emit(givers, receivers, "COOPERATE", "handover", noun,  # noqa: SLF001
                        [*why, "target: object of 'to'"])  # fmt: skip


def broken_truce(lex: Any, noun: Any) -> bool:
    """Is ``noun`` a truce (cues.yaml ``ended_truce_nouns``) that ends with no one ending it:
    the subject of an ending verb ("X's truce with Y collapsed / broke down": ``ending_verbs``,
    ``truce_failing_verbs``) or the "of" phrase of a noun of ending ("the collapse of X's
    ceasefire with Y": ``ending_relation_nouns``)? Such a truce is over for both sides
    (MMP31_WORLD.md: broken truces both ways; gaps62).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Hamas's truce with Fatah collapsed in June.")
    >>> broken_truce(load(), doc[2])
    True
    >>> doc = nlp()("Hamas broke its truce with Fatah in June.")
    >>> broken_truce(load(), doc[3])
    False
    """
    from riftwatch.nlp import modality  # noqa: PLC0415 (modality imports this module)

    if noun.lower_ not in lex.ended_truce_nouns:
        return False
    if noun.dep_ == "nsubj":
        verb = noun.head
        failing = verb.lemma_.lower() in lex.truce_failing_verbs
        return verb.pos_ in ("VERB", "AUX") and (failing or modality._ending_verb(verb, lex))  # noqa: SLF001
    return modality.ending_noun_over(noun, lex) is not None


def truce_ended_on(coder: Any) -> None:
    """'X ended the truce and overran Y's positions': a truce ended (cues.yaml
    ``truce_ending_verbs`` with one of ``ended_truce_nouns`` as object) that names no party
    of its own (no event on the verb or the noun, no partner phrase), beside a hostile act
    (ASSAULT or COERCE) of the same subject told by a coordinated verb, is a REJECT (mode
    renounce) from the ender to that act's target. The ending verb is the trigger, so "did
    not end the truce" or "may end the truce" is not asserted (fix61b)."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.truce_ending_verbs:
            continue
        truces = [n for n in verb.children if n.dep_ in ("dobj", "obj")
                  and n.lemma_.lower() in lex.ended_truce_nouns]  # fmt: skip
        if not truces or any(e.trigger.i in {verb.i, *(n.i for n in truces)}
                             for e in coder.events):  # fmt: skip
            continue  # "ended its truce with Y": the truce's own party codes it
        enders, passive, how = coder.subject(verb)
        if passive or not enders:
            continue
        own = {a.key() for a in enders}
        siblings = {c.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"}
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            siblings.add(verb.head.i)
        hit: list[Any] = []
        for e in coder.events:
            if (
                e.trigger.i in siblings
                and e.event_type in ("ASSAULT", "COERCE")
                and e.source.key() in own
                and e.target.key() not in own
                and all(e.target.key() != h.key() for h in hit)
            ):
                hit.append(e.target)
        if hit:
            why = [f"'{verb.text} the {truces[0].text}' beside a hostile act on the party",
                   f"source: {how}", "target: the coordinated act's target"]  # fmt: skip
            coder._emit(enders, hit, "REJECT", "renounce", verb, why)  # noqa: SLF001


def apposed_base_owners(coder: Any) -> None:
    """'X stormed Camp Ashraf, the MEK's base', 'raided P, a compound of Y': a place taken as
    an event's target, with an apposition whose head is a held place noun (cues.yaml
    ``held_place_nouns``) owned by a party (its possessor or "of" phrase), stands for that
    owner, as "X stormed Y's base" does: the event's place target is replaced by the owner
    (fix61b). Only a target of type place is replaced; a party named in the apposition of a
    place the event does not target is left alone."""
    lex = coder.lex
    owners: dict[str, list[Any]] = {}
    for tok in coder.doc:
        if tok.dep_ != "appos" or tok.lemma_.lower() not in lex.held_place_nouns:
            continue
        parties = _owner_parties(coder, tok) or _prep_parties(coder, tok, ("of",), direct=True)
        if not parties:
            continue
        head = tok.head
        span = {head.i, *(c.i for c in head.children if c.dep_ == "compound")}
        for e in coder.events:
            if (
                e.target.type == "place"
                and e.target.mention
                and any(coder.doc[i].text in e.target.mention.split() for i in span)
            ):
                owners.setdefault(e.target.key(), parties)
    if not owners:
        return
    kept: list[Any] = []
    for e in coder.events:
        replaced = owners.get(e.target.key()) if e.target.type == "place" else None
        if not replaced:
            kept.append(e)
            continue
        for owner in replaced:
            if owner.key() == e.source.key():
                continue
            why = [*e.why, f"target: the owner of the base apposed to '{e.target.mention}'"]
            kept.append(replace(e, target=owner, why=why))
    coder.events[:] = kept


def founded_by_leavers(coder: Any) -> None:
    """'X was formed by former members of Y', 'defectors from Y founded X': X split from Y.

    A founding verb (events.yaml founding_verbs; "set" only with "up") whose founders (the
    'by' agent of the passive, or the active subject) are people who left another group:
    a leaver noun ("defectors", "dissidents") or a founder noun with an ended adjective
    ("former members", "ex-commanders"), with that group in an 'of'/'from' phrase or as a
    modifier; or founders put out of a group ("commanders who had been expelled from Y",
    "fighters ousted from Y": :func:`_expelled_founders_group`). The founded group is the
    passive subject or the active object. REJECT (mode split) from the founded group to the
    group its founders left.
    """
    for verb, founders_tok, founded in _foundings(coder):
        if founders_tok is None:
            continue
        left = _left_group_of_any(coder, founders_tok)
        for appos in founders_tok.children if not left else ():
            if appos.dep_ == "appos":  # "founded by P, a former Y commander"
                left = left or _left_group(coder, appos)
        left = left or _expelled_founders_group(coder, founders_tok)
        # "formed by former Y officers who mutinied": their mutiny was against the authority
        # they served by then, not Y (:func:`_risen_against`; gaps55); the parser may hang
        # the clause on the group of their 'of' phrase ("former officers of Y who mutinied")
        owners = [p for c in founders_tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        for clause in (c for t in (founders_tok, *owners) for c in t.children
                       if c.dep_ == "relcl"):  # fmt: skip
            risen, once = _risen_against(coder, clause, founders_tok)
            if risen or once:
                left = _group_left(coder, clause) or risen
        if not founded or not left:
            continue
        why = [f"trigger verb '{verb.text}' by those who left a group -> REJECT (split)",
               f"founders: '{founders_tok.text}' of {left[0].mention}"]  # fmt: skip
        coder._emit(founded, left, "REJECT", "split", verb, why)  # noqa: SLF001


def founders_who_left(coder: Any) -> None:
    """'X was formed by P, who had led a breakaway faction out of Y', 'X appeared in 2004, set
    up by militants who had left Y': X split from Y (mmp30).

    A founding (:func:`_foundings`, a participle with a 'by' agent included) whose founders
    carry a relative clause or participle in which a split from Y is already coded (by any
    mechanism: run after them): the founded group takes the split too, REJECT (mode split)
    to Y, as :func:`founded_by_leavers` gives it for "former members of Y". The founders'
    own split stays; a hedged or negated leaving codes nothing here (only asserted splits).
    """
    for verb, founders_tok, founded in _foundings(coder):
        if founders_tok is None or not founded:
            continue
        left = _founders_leaving(coder, founders_tok, founded)
        if not left:
            continue
        why = [f"trigger verb '{verb.text}' by founders who left a group -> REJECT (split)",
               f"founders: '{founders_tok.text}', who left {left[0].mention}"]  # fmt: skip
        coder._emit(founded, left, "REJECT", "split", verb, why)  # noqa: SLF001


def _founding_candidates(coder: Any) -> list[Any]:
    """The verbs of the sentence :func:`_foundings` reads (a naming verb, "know", a light verb
    of role ``agent`` or a founding verb), in order; the other tokens yield nothing there.
    Five mechanisms walk the foundings of each sentence: the verbs are found once a coder
    (``coder.walk_memo``; the parse and the lexicon do not change while it codes)."""
    memo = getattr(coder, "walk_memo", None)
    found = memo.get("founding_candidates") if memo is not None else None
    if found is None:
        lex = coder.lex
        found = [
            verb
            for verb in coder.doc
            if verb.pos_ == "VERB"
            and (
                (lemma := verb.lemma_.lower()) in lex.naming_verbs
                or lemma == "know"
                or lex.light_verbs.get(lemma) == "agent"
                or lemma in lex.founding_verbs
            )
        ]
        if memo is not None:
            memo["founding_candidates"] = found
    return found


def _foundings(coder: Any) -> Iterator[tuple[Any, Any, list[Any]]]:
    """(founding verb, founders token or None, founded actors) of each founding in the
    sentence: a verb of events.yaml ``founding_verbs`` ("set" only with "up"); the founders
    are the passive's 'by' agent or the active subject, the founded group the passive
    subject or the active object."""
    for verb in _founding_candidates(coder):
        lemma = verb.lemma_.lower()
        if verb.pos_ == "VERB" and lemma in coder.lex.naming_verbs:
            named = _named_itself(coder, verb)  # "... and called themselves X" (mmp9)
            if named:
                yield verb, next((c for c in verb.children if c.dep_ == "nsubj"), None), named
            continue
        if verb.pos_ == "VERB" and lemma == "know":
            named = _became_known_as(coder, verb)  # "... and became known as X" (sides19)
            if named:
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                yield verb, subj, named
            continue
        nominal = (
            _announced_founding(coder, verb)  # "announced the formation of X"
            if verb.pos_ == "VERB" and coder.lex.light_verbs.get(lemma) == "agent"
            else None
        )
        if nominal is not None:
            yield verb, *nominal
            continue
        if verb.pos_ != "VERB" or lemma not in coder.lex.founding_verbs:
            continue
        if lemma == "set" and not any(c.lower_ == "up" for c in verb.children):
            continue
        founders = None
        founded: list[Any] = []
        for child in verb.children:
            if child.dep_ == "agent":
                founders = next((p for p in child.children if p.dep_ == "pobj"), None)
            elif child.dep_ == "nsubjpass":
                founded = coder.actors(child)
        if founders is not None and not founded:
            founded = _participle_founded(coder, verb)  # "X, set up by P in 2004, ..." (mmp30)
        if founders is None:
            founders = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None:  # "left Y and founded X" shares its subject: none here
                # "set up his own group, the X Front": the apposition names it (mmp9); "set
                # up his own wing, later known as X" (sides19)
                named = [a for c in obj.children if c.dep_ == "appos" for a in coder.actors(c)]
                named = named or [a for c in obj.children if c.dep_ == "acl"
                                  and c.lemma_.lower() == "know"
                                  for a in _known_as(coder, c)]  # fmt: skip
                founded = named or coder.actors(obj)
                if not founded:
                    # the parser hangs the name on the verb: "set up a separate faction, X"
                    # (dep), "set up his own wing, later known as X" (advcl) (sides19)
                    founded = [a for c in verb.children if c.i > obj.i
                               and c.dep_ in ("dep", "appos", "npadvmod")
                               for a in coder.actors(c) if a.type not in NOT_GROUPS]  # fmt: skip
                    founded = founded or [a for c in verb.children if c.i > obj.i
                                          and c.dep_ == "advcl" and c.lemma_.lower() == "know"
                                          for a in _known_as(coder, c)]  # fmt: skip
        yield verb, founders, founded


def _told_as_fact(coder: Any, verb: Any) -> bool:
    """Whether a leaving verb is told as fact: the modality cues read it asserted, not hedged
    ("who may have left Y"), conditional ("who would leave Y if ...") or denied (mmp30)."""
    from riftwatch.nlp.modality import modality_of  # noqa: PLC0415 (modality imports this)

    return modality_of(verb, "REJECT", coder.lex).value == "asserted"


def _participle_founded(coder: Any, verb: Any) -> list[Any]:
    """The group a founding participle with a 'by' agent and no subject of its own founds
    (mmp30): the noun it modifies ("X, formed by P in 1987, ...": acl) or the subject of the
    clause it hangs on ("X appeared in 2004, set up by militants who ...": advcl). Groups
    only; [] for a finite verb or a participle with a subject."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in verb.children):
        return []
    head = verb.head
    if verb.dep_ == "advcl":
        head = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if head is None:
        return []
    return [a for a in coder.actors(head) if a.type not in NOT_GROUPS]


def _founders_leaving(coder: Any, founders: Any, founded: list[Any]) -> list[Any]:
    """The group the founders' own relative clause or participle tells them leaving (mmp30):
    "formed by P, who had led a breakaway faction out of Y", "set up by militants who had
    left Y", "by cadres who broke with Y": the target of a split already coded (REJECT, mode
    split, asserted) whose trigger lies in a relative clause or participle on the founders'
    noun (or on its apposition or 'of' object), the clause's verb or one coordinated with it.
    Never one of the founded groups."""
    keys = {a.key() for a in founded}
    nouns = [founders, *(c for c in founders.children if c.dep_ == "appos")]
    nouns += [p for n in list(nouns) for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    # the clause's own verb and its conjuncts ("who rejected the talks and left Y"), never a
    # split told inside it ("who had left Y in protest at its break with Z": Y's, not theirs)
    verbs = {v.i for n in nouns for c in n.children if c.dep_ in ("relcl", "acl")
             for v in _conjunct_chain(c)}  # fmt: skip
    if not verbs:
        return []
    for event in coder.events:
        if event.mode != "split" or event.event_type != "REJECT" or event.modality != "asserted":
            continue
        if event.target.key() in keys or event.trigger.i not in verbs:
            continue
        if event.target.type in NOT_GROUPS:
            continue
        # the leaving itself told as fact ("who may have left Y", "who would leave Y if ...":
        # nothing); the founding's own hedges and negations reach the founded group's event
        # through its trigger, the founding verb
        if not _told_as_fact(coder, event.trigger):
            continue
        return [event.target]
    return []


def _announced_founding(coder: Any, verb: Any) -> tuple[Any, list[Any]] | None:
    """(founders token, founded groups) of a founding told by a light verb of role ``agent``
    with a founding noun for object ("Fighters who left Y announced the formation of X",
    "dissidents declared the creation of X"; events.yaml ``founding_nouns``), read as "...
    founded X" is; None when there is none, or when the subject is a party itself (a group
    announcing its own new branch: :func:`announced_foundings`) (lead39)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or (coder.actors(subj) and not _left_group_of_any(coder, subj)):
        return None
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "obj") or noun.lemma_.lower() not in coder.lex.founding_nouns:
            continue
        founded = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for c in p.children if c.dep_ == "pobj"
                   for a in coder.actors(c) if a.type not in NOT_GROUPS]  # fmt: skip
        if founded:
            return subj, founded
    return None


_BECOME = frozenset({"become", "became", "becomes", "becoming"})


def _known_as(coder: Any, verb: Any) -> list[Any]:
    """The groups in the 'as' phrase of ``verb`` ("known as X")."""
    return [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
            for c in p.children if c.dep_ == "pobj"
            for a in coder.actors(c) if a.type not in NOT_GROUPS]  # fmt: skip


def _became_known_as(coder: Any, verb: Any) -> list[Any]:
    """The group "became known as X" names (sides19): the name a group took, like "called
    itself X"; none for a plain "known as" (an apposition names the same group)."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _BECOME for c in verb.children):
        return []
    return _known_as(coder, verb)


def _named_itself(coder: Any, verb: Any) -> list[Any]:
    """The group a naming verb with a reflexive object names: "called itself X", "renamed
    themselves X" (the object predicate); none for "called X a traitor"."""
    if not any(c.dep_ in ("dobj", "obj") and c.lower_ in ("itself", "themselves")
               for c in verb.children):  # fmt: skip
        return []
    return [a for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp")
            for a in coder.actors(c) if a.type not in NOT_GROUPS]  # fmt: skip


def _expelled_founders_group(coder: Any, noun: Any) -> list[Any]:
    """The group founders were put out of (fix10): "commanders who had been expelled from
    Y", "fighters ousted from Y", "cadres purged from Y's ranks": a passive relative clause
    or participle on the founders' noun with a verb of expulsion (events.yaml, mode
    expulsion, or an expelling particle verb with 'out of')."""
    for tok in [noun, *(c for c in noun.children if c.dep_ == "appos")]:
        for clause in tok.children:
            passive = clause.dep_ == "acl" and clause.tag_ == "VBN" or any(
                c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)  # fmt: skip
            if clause.dep_ not in ("relcl", "acl") or not passive:
                continue
            found = _expelling(coder, clause)
            if found is None:
                continue
            acts = _whole_holders(coder, clause, found[1], False)
            if acts:
                return acts
    return _expelled_earlier(coder, noun)


def _expelled_earlier(coder: Any, noun: Any) -> list[Any]:
    """The group that put out founders named by an expulsion participle before their noun,
    in another clause of the sentence (replay23): "after Y expelled its left opposition, the
    expelled members founded X", "Y purged its radicals, and the purged cadres set up X". Y is
    the subject of an active verb of expulsion (events.yaml mode expulsion) of the same lemma
    whose object is no group of its own (those it put out, not named as a group): Y's own
    members. Never a state (a country expelling members of a group is no split from it),
    never a negated expulsion."""
    lex = coder.lex
    marks = [c for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN"
             and (lex.verbs.get(c.lemma_.lower()) or {}).get("mode") == "expulsion"]  # fmt: skip
    for mark in marks:
        for verb in coder.doc:
            if verb.i == mark.i or verb.pos_ != "VERB":
                continue
            if verb.lemma_.lower() != mark.lemma_.lower():
                continue
            if any(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in verb.children):
                continue
            objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            subjects, passive, _how = coder.subject(verb)
            groups = [a for a in subjects if a.type not in NOT_GROUPS]
            keys = {a.key() for a in groups}
            if not objs or passive or not groups:
                continue
            if any(a.key() not in keys for o in objs for a in coder.actors(o)):
                continue  # "Y expelled Z": Z a party of its own ("its members" are Y's)
            return groups
    return []


def _left_group_of_any(coder: Any, noun: Any) -> list[Any]:
    """The group that the founders named by ``noun`` or by one of its conjuncts left, or []:
    "P and other former members of Y founded X", "founded by P and ex-commanders of Y"
    (mmp5: a named founder coordinated with the leavers he led)."""
    heads = [noun]
    while heads[-1] is not None and len(heads) < 8:
        heads.append(next((c for c in heads[-1].children if c.dep_ == "conj"), None))
    for head in heads:
        left = _left_group(coder, head) if head is not None else []
        if left:
            return left
    return []


def _left_group(coder: Any, noun: Any) -> list[Any]:
    """The group that the founders named by ``noun`` left, or []."""
    lex = coder.lex
    word = noun.lower_
    ended = any(c.dep_ in ("amod", "compound") and c.lower_.strip("-") in lex.ended_adjectives
                for c in noun.children) or any(
        word.startswith(f"{adj}-") for adj in lex.ended_adjectives) or (
        # "former Zorb Front commanders": the parser may hang the adjective that opens the
        # phrase on the name's first word, not on the noun (mmp32)
        noun.left_edge.i < noun.i and noun.left_edge.dep_ == "amod"
        and noun.left_edge.lower_.strip("-") in lex.ended_adjectives)  # fmt: skip
    base = word.split("-", 1)[1] if "-" in word else word
    if not (word in lex.leaver_nouns or (ended and base in lex.founder_nouns)):
        return []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for pobj in child.children:
                acts = coder.actors(pobj)
                if acts:
                    return acts
        if child.dep_ in ("compound", "nmod", "poss") and child.i < noun.i:
            acts = coder.actors(child)
            if acts:
                return acts
    return _dissented_group(coder, noun)


def _dissented_group(coder: Any, noun: Any) -> list[Any]:
    """The group that leavers named by a relative clause of dissent left: "dissidents who
    opposed Y's ceasefire", "defectors who rejected Y's leadership" (events.yaml
    ``dissenting_verbs``): Y, or the group owning what they opposed. Never a state, never a
    negated or hedged clause."""
    lex = coder.lex
    for verb in noun.children:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in lex.dissenting_verbs:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
            continue
        if any(t.lower_ in lex.hedges for t in verb.subtree):
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        objs += [m for o in objs for m in o.children
                 if m.dep_ in ("poss", "compound", "nmod") and m.i < o.i]  # fmt: skip
        acts = [a for o in objs for a in coder.actors(o)
                if a.type not in ("country", "government", "igo", "place")]  # fmt: skip
        if acts:
            return acts
    return []


_COPULAS = frozenset({"be", "become", "remain", "stay"})


def relation_noun_holders(coder: Any) -> None:
    """Relation nouns whose partner is a modifier or whose holder is a coordinated name.

    "LeT and JeM affiliates", "X, a Y affiliate, attacked ...", "X is a Y splinter group":
    a relation noun of the lexicon whose partner is named before it (compound) rather than in
    an 'of' phrase, held by the name it is in apposition or coordination with, or by the
    subject of a copula. "X is a faction of Y", "X remained part of Y", "X became a member of
    the Y coalition" (events.yaml membership_nouns): COOPERATE from the part to the whole.
    """
    lex = coder.lex
    for noun in coder.doc:
        if noun.lower_ == "one":
            _partitive_member(coder, noun)
            continue
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        word = noun.lower_
        entry = lex.nouns.get(word) or {}
        split = _split_modifier(lex, noun)
        if split is not None:
            # "a breakaway faction of Y", "a splinter group from Y", "a dissident wing of Y":
            # the part broke away (REJECT split), whatever the noun's own stance
            entry = {"type": "REJECT", "mode": "split", "possessor_is_partner": True,
                     "partner_preps": ["of", "from"]}  # fmt: skip
        elif not entry and word in lex.anaphoric_nouns:
            # "a Y splinter group", "a Y front organisation": the relation word modifies it
            entry = next((lex.nouns[c.lower_] for c in noun.children
                          if c.dep_ in ("compound", "amod")
                          and (lex.nouns.get(c.lower_) or {}).get("possessor_is_partner")),
                         {})  # fmt: skip
        plural = (  # "X and Y were (both) members of Z": the plural predicated of groups
            word not in lex.membership_nouns
            and noun.lemma_.lower() in lex.membership_nouns
            and (
                (noun.dep_ in ("attr", "oprd") and noun.head.lemma_.lower() in _COPULAS)
                or (noun.dep_ in ("oprd", "ccomp") and _making_verb(lex, noun.head))
                or _among_copula(noun)
            )
        )
        unit = _unit_noun(lex, noun) and split is None
        membership = (word in lex.membership_nouns or plural or unit) and split is None
        if not membership and not entry.get("possessor_is_partner"):
            continue
        named = coder.actor_of.get(noun.i)
        if named is not None and not (noun.dep_ == "conj" and _verbless(noun)) and not unit:
            continue  # "JeM affiliates attacked": people of JeM, not a relation
        holders = _holders(coder, noun)
        if not holders:
            continue
        if membership:
            if any(h.type == "person" or h.person for h in holders):
                continue
            if any(h.weak or h.type == "collective" for h in holders):
                continue  # "villagers were a group of Y's victims": people, no part of Y
            if plural and any(h.type in ("country", "place") for h in holders):
                continue
            if _ended_part(lex, noun):
                continue  # "X, a former unit of Y", "X, once Y's enforcer gang": no tie now
            partners = _of_partner(coder, noun, lex.membership_preps)
            etype, mode = "COOPERATE", None
            how = f"'{noun.text} of' another group"
            if not partners and noun.dep_ == "pobj" and noun.head.lower_ == "as":
                # "X worked as hitmen for Y", "X acted as enforcers for Y": the role's 'for'
                # party, on the noun or on the verb of the role (mmp31)
                partners = _for_party(coder, noun)
                how = f"'as {noun.text} for' another group"
            if not partners and (unit or noun.dep_ in ("appos", "attr", "oprd")):
                # "X, Y's unit in the north", "X, an Y unit", "X was Y's enforcer gang": the
                # whole named by the possessor or the name before the noun (mmp31)
                partners = _named_whole(coder, noun)
                if not partners and named is not None and named.type not in NOT_GROUPS:
                    # "X, the Al Shabaab unit that ...": one mention of a known group
                    partners = [named] if _whole_by_name(named, noun) else []
                how = f"'{noun.text}' of the group named before it"
        else:
            partners = [a for c in noun.children if c.i < noun.i and (
                            c.dep_ in ("compound", "nmod")
                            or (c.dep_ == "amod" and c.pos_ == "PROPN"))  # a name read as amod
                        for a in coder.actors(c)]  # fmt: skip
            if not partners and (noun.dep_ == "pobj" or split is not None):
                # "as the armed wing of Y", "a breakaway faction of Y"
                partners = [a for c in noun.children if c.dep_ == "prep"
                            and c.lower_ in (entry.get("partner_preps") or ())
                            for p in c.children for a in coder.actors(p)]  # fmt: skip
            if not partners and noun.dep_ == "pobj" and noun.head.lower_ == "as":
                # "X was founded as Y's Iranian branch": the possessor, as "of Y" (mmp30)
                partners = [a for c in noun.children if c.dep_ == "poss"
                            for a in coder.actors(c) if a.type not in NOT_GROUPS]  # fmt: skip
            if named is not None:
                partners = [named]  # "LeT and JeM affiliates": the name covers the noun
            etype, mode = entry["type"], entry.get("mode")
            how = f"'{noun.text}' with its partner named before it"
            if etype == "COOPERATE" and any(
                c.dep_ in ("amod", "compound", "nmod") and c.lower_ in lex.ended_adjectives
                for c in noun.children
            ):  # "X, a former Y ally": the relation is over, as "a former ally of Y" (pairs22)
                etype, mode = "REJECT", "renounce"
                how += f" (ended: '{noun.text}' is former)"
        partners = [p for p in partners if all(p.key() != h.key() for h in holders)]
        if not partners:
            continue
        why = [f"trigger noun '{noun.text}' -> {etype}", how]
        both = entry.get("frame") == "reciprocal" and noun.dep_ == "conj"
        coder._emit(holders, partners, etype, mode, noun, why, both_ways=both)  # noqa: SLF001


def _making_verb(lex: Any, verb: Any) -> bool:
    """Whether ``verb`` is a verb that makes its object (or passive subject) what its
    predicate names (events.yaml ``making_verbs``): "X was made a unit of Y" (mmp36).

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("The legion was made a unit of the army.")
    >>> _making_verb(load(), doc[3]), _making_verb(load(), doc[2])
    (True, False)
    """
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lex.making_verbs


def _is_passive(verb: Any) -> bool:
    """Whether ``verb`` has a passive auxiliary or a passive subject."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _ended_part(lex: Any, noun: Any) -> bool:
    """A part noun told as past: an ended adjective ("a former unit of Y", "Y's ex-enforcers")
    or "once" / "formerly" on it ("once Y's enforcer gang"): the membership is over, and no
    cooperation is asserted now (mmp31)."""
    if any(
        (c.dep_ in ("amod", "compound", "nmod") and c.lower_ in lex.ended_adjectives)
        or (c.dep_ == "advmod" and c.lower_ in ("once", "formerly", "previously"))
        for c in noun.children
    ):
        return True
    # "the bloc of former Y brigades" (mmp42): the parts of Y it holds are Y's no longer
    return any(
        p.dep_ == "pobj"
        and any(m.dep_ == "amod" and m.lower_ in lex.ended_adjectives for m in p.children)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    )


def _for_party(coder: Any, noun: Any) -> list[Any]:
    """The group of a 'for' phrase on a role noun in an "as" phrase or on the verb the
    phrase is on ("worked as hitmen for Y"); a person or a place is no party here (mmp31)."""
    verb = noun.head.head
    for owner in (noun, verb):
        for prep in owner.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            acts = [a for p in prep.children if p.dep_ == "pobj" for a in coder.actors(p)
                    if a.type not in NOT_GROUPS and not a.person]  # fmt: skip
            if acts:
                return acts
    return []


def _unit_noun(lex: Any, noun: Any) -> bool:
    """A singular part noun that names one group as a unit of another when it is said of it
    (mmp31): one of events.yaml ``part_unit_nouns`` ("X, a southern brigade of Y", "X was a
    katiba of Y"), or a noun modified by a membership noun ("X, Y's enforcer gang"), in
    apposition to a name or a copula's predicate (``_holders`` finds the name). Also the
    singular part noun of an "as" phrase: "X fought as a local battalion of Y", "X operated as
    Y's brigade in the south" (mmp42; the plural's partitive is ``_partitive_member``'s).

    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("The Lions fought as a brigade of the Tigers.")
    >>> _unit_noun(load(), doc[5])
    True
    """
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "as"
        and noun.head.head.pos_ == "VERB"
        and noun.tag_ not in ("NNS", "NNPS")
    ):
        return noun.lower_ in lex.part_unit_nouns
    if noun.dep_ not in ("appos", "attr", "oprd"):
        return False
    if noun.tag_ in ("NNS", "NNPS"):
        # "X and Y are JNIM units", "X and Y became Y's battalions": a plural part noun
        # said of coordinated names by a copula (walk55)
        return (
            noun.dep_ in ("attr", "oprd")
            and noun.head.lemma_.lower() in _COPULAS
            and noun.lemma_.lower() in lex.part_unit_nouns
        )
    if noun.lower_ in lex.part_unit_nouns:
        return True
    return noun.lower_ not in lex.nouns and any(
        c.dep_ == "compound" and c.i == noun.i - 1 and c.lower_ in lex.membership_nouns
        for c in noun.children
    )


def _named_whole(coder: Any, noun: Any) -> list[Any]:
    """The group a part noun belongs to when it is named before the noun rather than in an
    'of' phrase: the possessor ("Y's unit") or a name modifying it ("an Y unit", "the Y
    brigade"); a person or a place names no whole here (mmp31)."""
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("poss", "compound", "nmod"):
            continue
        acts = [a for a in coder.actors(child) if a.type not in NOT_GROUPS and not a.person
                and (child.dep_ == "poss" or _whole_by_name(a, noun))]  # fmt: skip
        if acts:
            return acts
    return []


def _whole_by_name(actor: Any, noun: Any) -> bool:
    """A name before a part noun names the whole when it is a known group, or an open name
    of several words that does not take the noun in ("an Orlek Liberation Front unit"); a
    lone unknown word is a place or a people ("a Homs brigade", "an Aleppo faction", "a small
    Sardinian cell"), and a name holding the noun is the part's own phrase (mmp31)."""
    if (actor.org_id or actor.id or "").startswith("org:"):
        return True
    words = actor.mention.split()
    return len(words) > 1 and noun.text not in words


def _split_modifier(lex: Any, noun: Any) -> Any:
    """The modifier that makes a group or part noun a breakaway ("breakaway", "splinter",
    "dissident", "renegade": events.yaml leaver_nouns and split nouns), or None."""
    if (
        noun.lower_ not in lex.anaphoric_nouns
        and noun.lower_ not in lex.membership_nouns
        and (noun.lower_ not in lex.nouns or not lex.nouns[noun.lower_].get("possessor_is_partner"))
    ):
        return None
    for child in noun.children:
        if child.dep_ not in ("amod", "compound") or child.i > noun.i:
            continue
        word = child.lower_
        if word in lex.leaver_nouns or (lex.nouns.get(word) or {}).get("mode") == "split":
            return child
    return None


def _among_copula(noun: Any) -> bool:
    """A part noun in an "among" phrase that is a copula's predicate: "X was among the
    members of Y", "X and W were among the founding members of Y" (replay33)."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "among"
        and head.dep_ == "prep"
        and head.head.lemma_.lower() in _COPULAS
    )


def _verbless(tok: Any) -> bool:
    """The sentence has no verb: a heading such as "LeT and JeM affiliates."."""
    return not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)


def _holders(coder: Any, noun: Any) -> list[Any]:
    """Who holds the relation a noun names: the name it is in apposition or coordination
    with ("X, a Y affiliate", "X and Y affiliates"), or the subject of its copula."""
    head = noun.head
    if noun.dep_ == "conj" and any(c.dep_ in ("det", "poss") for c in noun.children):
        # "the Taliban and the Islamic State's Khorasan branch", "the TTP and an Al Qaeda
        # affiliate": a party of its own in a list, which the name before it does not hold
        # (written18); "X and Y affiliates" has none
        return []
    if noun.dep_ == "conj" and head.i in coder.actor_of:
        return [coder.actor_of[head.i]]  # not the coordination, which holds the noun itself
    if noun.dep_ == "appos" and head.i != noun.i:
        return coder.actors(head)
    if noun.dep_ in ("attr", "oprd") and head.lemma_.lower() in _COPULAS:
        sources, passive, _how = coder.subject(head)
        return [] if passive else sources
    if noun.dep_ in ("oprd", "ccomp") and _making_verb(coder.lex, head):
        # "X was made a unit of Y": the passive subject; "Z made X a part of Y": the object,
        # or the small clause's subject the parser gives the noun (events.yaml making_verbs,
        # mmp36)
        if noun.dep_ == "ccomp":
            return [a for c in noun.children if c.dep_ == "nsubj" for a in coder.actors(c)]
        deps = ("nsubjpass",) if _is_passive(head) else ("dobj", "obj")
        return [a for c in head.children if c.dep_ in deps for a in coder.actors(c)]
    if _among_copula(noun):
        # "X and Y were among the founding members of Z": the copula's subject (replay33)
        sources, passive, _how = coder.subject(head.head)
        return [] if passive else sources
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        # "X was founded as the armed wing of Y", "X acts as a Y ally", "designated X as"
        verb = head.head
        lemma = verb.lemma_.lower()
        if lemma not in coder.lex.as_role_verbs and lemma not in coder.lex.founding_verbs:
            return []  # "the army treated X as a Y proxy": a view, not the role
        objs = [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in coder.actors(c)]
        if objs:
            return objs
        sources, _passive, _how = coder.subject(verb)
        return sources
    return []


def _partitive_member(coder: Any, one: Any) -> None:
    """'X operated as one of the brigades of Y', 'X was one of Y's units' (mmp11): "one of"
    a plural part noun (events.yaml ``membership_nouns``, ``member_unit_nouns``) whose whole is
    a group named in its 'of' phrase or possessive: X is a part of Y (COOPERATE from the part
    to the whole), held like a membership noun (copula subject, "as" phrase, apposition)."""
    lex = coder.lex
    parts = [p for prep in one.children if prep.dep_ == "prep" and prep.lower_ == "of"
             for p in prep.children if p.dep_ == "pobj"
             and p.lemma_.lower() in lex.membership_nouns | lex.member_unit_nouns
             and p.tag_ == "NNS"]  # fmt: skip
    if not parts:
        return
    holders = [h for h in _holders(coder, one) if h.type != "person" and not h.person]
    if not holders:
        return
    part = parts[0]
    partners = _of_partner(coder, part) or [
        a for c in part.children if c.dep_ == "poss" for a in coder.actors(c)]  # fmt: skip
    partners = [p for p in partners if all(p.key() != h.key() for h in holders)]
    if not partners:
        return
    why = [f"'one of the {part.text} of' another group -> COOPERATE",
           "a part of the whole named after it"]  # fmt: skip
    coder._emit(holders, partners, "COOPERATE", None, one, why)  # noqa: SLF001


def partitive_holder(coder: Any, noun: Any) -> list[Any]:
    """The groups a plural noun stands for when it is the whole of a predicated "one of":
    "X was one of several factions that announced ..." (the relative clause on "factions"
    is told of X; mmp11), "X was among the rebels who turned on Y" (world10). Only a plural
    common noun under "one of" held by a group (copula subject, "as" phrase, apposition) or
    under "among" after a copula with a group as subject; [] otherwise.

    >>> partitive_holder(None, type("T", (), {"tag_": "NN"})())
    []
    """
    if noun.tag_ != "NNS" or noun.dep_ != "pobj":
        return []
    prep = noun.head
    one = prep.head
    if (
        prep.lower_ == "among"
        and prep.dep_ == "prep"
        and one.lemma_.lower() in _COPULAS
        and one.i < noun.i
    ):  # "X was among the rebels who turned on Y": X turned on Y (world10)
        sources, passive, _how = coder.subject(one)
        return [] if passive else [h for h in sources if h.type != "person" and not h.person]
    if prep.lower_ != "of" or one.lower_ != "one" or one.i > noun.i:
        return []
    return [h for h in _holders(coder, one) if h.type != "person" and not h.person]


def _of_partner(coder: Any, noun: Any, preps: frozenset[str] = frozenset()) -> list[Any]:
    """The group of an 'of' phrase: "of Y", "of the Y coalition" (or of one of ``preps``:
    "a faction within Y")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or (prep.lower_ != "of" and prep.lower_ not in preps):
            continue
        for pobj in prep.children:
            acts = coder.actors(pobj)
            if acts:
                return acts
            for sub in pobj.children:
                if sub.dep_ in ("compound", "nmod", "poss") and sub.i < pobj.i:
                    acts = coder.actors(sub)
                    if acts:
                        return acts
    return []


def co_founders(coder: Any) -> None:
    """'X and Y formed Z', 'X, Y and Z founded a new coalition': the founders cooperate.

    A founding verb (events.yaml founding_verbs) in the active voice with two or more
    coordinated subjects, whose object is a group (an actor: mode merger) or a coalition noun
    (events.yaml coalition_nouns): COOPERATE between every pair of founders, both ways.
    """
    lex = coder.lex
    for verb in coder.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in lex.founding_verbs:
            continue
        if lemma == "set" and not any(c.lower_ == "up" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None:
            continue
        founders, passive, how = coder.subject(verb)
        made = coder.actors(obj)
        joined = _joined_to_form(coder, verb)
        trigger = verb
        if joined:  # "X joined Y and Z to form W": X, Y and Z found W together
            # the joiners are the joining verb's subject (the parser may give the infinitive
            # the joined as its subject), and the founding is what the joining did: its
            # modality is the joining verb's ("joined Y to form W" tells W formed; mmp5)
            joining = _joining_verb(verb)
            joiners = [a for a in coder.subject(joining)[0] if a.type not in ("country", "place")]
            keys = {a.key() for a in joined}
            founders = [*[a for a in joiners if a.key() not in keys], *joined]
            how = "the joiners and whom they joined"
            trigger = joining
        founders = [a for a in founders if a.type not in ("country", "place")]
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and _left_group_of_any(coder, subj):
            continue  # "(P and other) former members of Y founded X": a split (founded_by_leavers)
        if made and not passive and founders and split_founding(coder, verb, subj):
            # founders who broke away or are part of another group: no group merges; a person
            # or a unit keeps its founding for nlp.ties.rewrite_founders (which drops it)
            founders = [a for a in founders if _founding_kept(a)]
        # an operations room, a joint command, an alliance: its founders stay what they
        # were, they join it (walk52; events.yaml joint_body_nouns)
        joint = obj.lower_ in lex.joint_body_nouns
        body_mode = lex.joint_body_nouns.get(obj.lower_) if joint else "merger"
        if made and not passive and founders:
            # each founder merges into the group it founds ("X and Y formed Z": X, Y into Z)
            keys = {a.key() for a in made}
            # a person who stands for a group (a KB member, or tied to it by the text: "P, a
            # commander of Y, formed X") founds X himself: Y does not merge into X (walk65)
            into = [a for a in founders if a.key() not in keys and not _person_for_group(a)]
            why = [f"founder of '{obj.text}' merges into it", f"founders: {how}"]
            if joint:
                why = [f"founder of the joint body '{obj.text}' joins it", f"founders: {how}"]
            coder._emit(into, made, "COOPERATE", body_mode, trigger, why)  # noqa: SLF001
        if passive or len(founders) < 2:
            continue
        if made:
            mode = body_mode
        elif obj.lower_ in lex.coalition_nouns:
            mode = lex.joint_body_nouns.get(obj.lower_)
        else:
            continue
        made_keys = {a.key() for a in made}
        founders = [a for a in founders if a.key() not in made_keys]
        why = [f"co-founders of '{obj.text}' ('{verb.text}') cooperate", f"founders: {how}"]
        coder._emit_pairs(founders, "COOPERATE", mode, trigger, why)  # noqa: SLF001
    announced_foundings(coder)


def passive_gatherings(coder: Any) -> None:
    """'Fighters of X and Y were brought together in a joint command', 'X and Y were merged
    into one front': parties put together by a verb in the passive cooperate (replay23).

    A verb of events.yaml ``uniting_verbs`` in the passive voice whose subject names two or
    more groups (coordinated, or the members of coordinated groups: "guerrillas of X and Y"),
    with "together" on the verb ("brought together"), or a merging verb of the verbs table
    (mode merger: "merged", "united") without it. A thing they are put in ("in", "into",
    "under", "as") must be a coalition noun (events.yaml ``coalition_nouns``) or a group:
    "members of X and Y were brought together in one prison" joins nobody (a date or a place
    name is no such thing). COOPERATE both ways, mode merger for a merging verb; the verb is
    the trigger, so "were never brought together" is negated and "might be merged" hedged.
    The active voice ("X and Y merged") is the verbs' own reciprocal frame, not coded here.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = ("In 1975 fighters of the Volta Army and the Kumasi Brigade were brought "
    ...         "together in a joint command.")
    >>> sorted((c.event.source.name, c.event.event_type, c.event.target.name)
    ...        for c in extract_document({"id": "t", "date": "1975-12-01", "text": text}))
    [('Kumasi Brigade', 'COOPERATE', 'Volta Army'), ('Volta Army', 'COOPERATE', 'Kumasi Brigade')]
    """
    lex = coder.lex
    for verb in coder.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in lex.uniting_verbs:
            continue
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue  # the passive only
        merging = (lex.verbs.get(lemma) or {}).get("mode") == "merger"
        together = any(c.lower_ == "together" and c.dep_ in ("advmod", "prt")
                       for c in verb.children)  # fmt: skip
        if not (together or merging):
            continue
        places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in _GATHERED_IN
                  for p in c.children if p.dep_ == "pobj"
                  and p.ent_type_ not in _NOT_GATHERING_PLACES]  # fmt: skip
        if any(p.lemma_.lower() not in lex.coalition_nouns
               and not [a for a in coder.actors(p) if a.type not in NOT_GROUPS]
               for p in places):  # fmt: skip
            continue
        parties, _passive, how = coder.subject(verb)
        parties = [*parties, *_members_of_each(coder, verb)]
        seen: set[str] = set()
        groups = []
        for a in parties:
            if a.type not in NOT_GROUPS and a.key() not in seen:
                seen.add(a.key())
                groups.append(a)
        if len(groups) < 2 or _coded_pairs(coder, verb, "COOPERATE"):
            continue
        why = [f"passive '{verb.text}'{' together' if together else ''}: the parties put "
               "together cooperate", f"parties: {how}"]  # fmt: skip
        coder._emit_pairs(groups, "COOPERATE", "merger" if merging else None, verb, why)  # noqa: SLF001


def _members_of_each(coder: Any, verb: Any) -> list[Any]:
    """The groups of coordinated 'of'/'from' objects on the passive subject of ``verb``:
    "guerrillas of X and Y were brought together" names X and Y (the subject itself
    resolves to the first only)."""
    found: list[Any] = []
    for subj in verb.children:
        if subj.dep_ != "nsubjpass":
            continue
        for prep in subj.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for tok in [pobj, *(c for c in pobj.conjuncts)]:
                    found += [a for a in coder.actors(tok) if a.type not in NOT_GROUPS]
    return found


_GATHERED_IN = frozenset({"in", "into", "under", "as"})
# entity labels of an 'in' phrase that tell when or where, not what the parties were put in
_NOT_GATHERING_PLACES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"})


def announced_foundings(coder: Any) -> None:
    """'X announced the creation of its new affiliate, Y', 'X declared the formation of a new
    branch, Y' (mmp4): a founding noun (events.yaml ``founding_nouns``) that is the object of a
    light verb of role ``agent`` (announce, declare) is the founding its subject does, as
    "X created a new affiliate, Y" is: the founder merges into the group the noun's "of" phrase
    names (COOPERATE, mode merger), with the announcing verb's own modality ("did not announce
    the creation of ..." asserts nothing). "X denied the creation of Y" is no announcement."""
    lex = coder.lex
    for noun in coder.doc:
        if noun.lemma_.lower() not in lex.founding_nouns or noun.dep_ not in ("dobj", "obj"):
            continue
        verb = noun.head
        if verb.pos_ != "VERB" or lex.light_verbs.get(verb.lemma_.lower()) != "agent":
            continue
        founders, passive, how = coder.subject(verb)
        founders = [a for a in founders if a.type not in ("country", "place")]
        if passive or not founders:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and _left_group_of_any(coder, subj):
            continue  # "dissidents from Y announced the creation of X": a split (lead39)
        keys = {a.key() for a in founders}

        def others(acts: list[Any], keys: set[str] = keys) -> list[Any]:
            return [a for a in acts if a.key() not in keys and a.type not in ("country", "place")]

        made: list[Any] = []
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    # "its new affiliate in Kenya, Y": the parser may hang the name on the place
                    made += others(coder.actors(pobj)) or others(
                        [a for t in pobj.subtree if t.dep_ == "appos" for a in coder.actors(t)]
                    )
                    if not made and pobj.lemma_.lower() in lex.named_kind_nouns:
                        # "declared the establishment of a new branch, Y": a name set off by a
                        # comma right after the kind noun, which the parser hangs on the verb
                        made += others([a for c in verb.children
                                        if c.dep_ in ("npadvmod", "appos", "dep", "attr")
                                        and c.left_edge.i == pobj.right_edge.i + 2
                                        and coder.doc[pobj.right_edge.i + 1].text == ","
                                        for a in coder.actors(c)])  # fmt: skip
        if not made:
            continue
        why = [f"'{verb.text} the {noun.text} of' a group: its founder merges into it",
               f"founders: {how}"]  # fmt: skip
        coder._emit(founders, made, "COOPERATE", "merger", verb, why)  # noqa: SLF001


def _joining_verb(verb: Any) -> Any:
    """The verb an infinitive "to form W" completes: its head ("X merged with Y to form W"),
    or the verb whose object or partner the parser hung it on as a clause of that noun
    ("merged with Y's brigade to form W": 'form' on 'brigade'; mmp29); else None."""
    head = verb.head
    if head.i == verb.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ in ("advcl", "xcomp"):
        return head
    if verb.dep_ != "acl":
        return None
    if head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB":
        return head.head
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ in ("with", "into") and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _joined_to_form(coder: Any, verb: Any) -> list[Any]:
    """The groups joined in "X joined/merged with Y and Z to form W" (``verb`` is "form"):
    the object or partner phrase of the joining verb that the infinitive completes."""
    head = _joining_verb(verb)
    if head is None:
        return []
    entry = coder.lex.verbs.get(head.lemma_.lower()) or {}
    if entry.get("mode") not in ("pledge", "merger") and head.lemma_.lower() != "join":
        return []
    out = [a for c in head.children if c.dep_ in ("dobj", "obj") for a in coder.actors(c)]
    out += [a for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "into")
            for p in c.children for a in coder.actors(p)]  # fmt: skip
    return out


def trained_in_camps(coder: Any) -> None:
    """'X trained at Y's camps', 'X fighters received training in Y camps': Y trains X.

    A place of training (events.yaml training_places) owned by a named group (a modifier or
    possessive) in an 'at'/'in' phrase of the verb 'train' or of a 'training' noun: AID (mode
    training) from the owner to the subject of the verb.
    """
    lex = coder.lex
    for place in coder.doc:
        if place.lower_ not in lex.training_places or place.dep_ != "pobj":
            continue
        prep = place.head
        if prep.lower_ not in ("at", "in"):
            continue
        owners = [a for c in place.children if c.dep_ in ("compound", "nmod", "poss")
                  for a in coder.actors(c)]  # fmt: skip
        if not owners:  # "trained at camps run / operated by Y" (mmp5): the participle's agent
            owners = [a for c in place.children
                      if c.dep_ == "acl" and c.tag_ == "VBN"
                      and c.lemma_.lower() in lex.place_holding_verbs
                      and not any(x.dep_ == "neg" for x in c.children)
                      for a in coder.agent(c) if a.type not in ("place", "country")]  # fmt: skip
        if not owners:
            continue
        gov = prep.head
        if gov.dep_ in ("dobj", "obj") and gov.head.lemma_.lower() == "train":
            gov = gov.head  # "trained its recruits at Y camps"
        if gov.lemma_.lower() == "training" and gov.dep_ in ("dobj", "obj"):
            gov = gov.head
        elif gov.lemma_.lower() != "train" or gov.pos_ != "VERB":
            continue
        if gov.pos_ != "VERB":
            continue
        trainees, passive, how = coder.subject(gov)
        if passive and gov.lemma_.lower() == "train" and coder.agent(gov):
            continue  # "X was trained by Y at Z's camps": the verb's own event
        owner_keys = {a.key() for a in owners}
        trainees = [a for a in trainees if a.key() not in owner_keys]
        if not trainees:
            continue
        why = [f"'{prep.text} {place.text}' of {owners[0].mention}: its owner trains",
               f"trainee: {how}"]  # fmt: skip
        coder._emit(owners, trainees, "AID", "training", gov, why)  # noqa: SLF001
    _trained_where_run(coder)


_TRAINING_PASSIVES = frozenset({"train", "arm", "equip", "drill", "instruct"})


def _trained_where_run(coder: Any) -> None:
    """'X ran camps where Y recruits were trained and armed' (world11): a place of training
    that X runs (the object of a place-holding verb, cues.yaml ``place_holding_verbs``) whose
    relative clause trains someone in the passive with no 'by' agent: X trains them (AID, mode
    training), with the modality of the passive verb ("were never trained")."""
    lex = coder.lex
    for place in coder.doc:
        if place.lower_ not in lex.training_places or place.dep_ not in ("dobj", "obj"):
            continue
        runner = place.head
        if runner.pos_ != "VERB" or runner.lemma_.lower() not in lex.place_holding_verbs:
            continue
        owners = [a for a in coder.subject(runner)[0] if a.type != "place"]
        owner_keys = {a.key() for a in owners}
        for clause in place.children:
            if clause.dep_ != "relcl":
                continue
            for verb in [clause, *clause.conjuncts]:
                if verb.lemma_.lower() not in _TRAINING_PASSIVES or coder.agent(verb):
                    continue
                trainees, passive, how = coder.subject(verb)
                if verb is not clause and not trainees:
                    trainees, passive, how = coder.subject(clause)
                trainees = [a for a in trainees if a.key() not in owner_keys]
                if not passive or not trainees or not owners:
                    continue
                why = [f"'{verb.text}' in the {place.text} {runner.text} by "
                       f"{owners[0].mention}: its runner trains", f"trainee: {how}"]  # fmt: skip
                # the running verb carries what governs the sentence ("denied that it ran
                # camps where ..."); the training verb its own negation ("were never trained")
                own = any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in verb.children)
                trigger = verb if own else runner
                coder._emit(owners, trainees, "AID", "training", trigger, why)  # noqa: SLF001
                break


def expelled_from_group(coder: Any) -> None:
    """'X was expelled from Y': Y expelled X (the group one is expelled from is the agent).

    A passive verb of expulsion (a lexicon verb of mode expulsion) with no 'by' agent and a
    'from' phrase naming a group (not a country or place): its entry's event from that group
    to the passive subject.
    """
    for verb in coder.doc:
        entry = coder.lex.verbs.get(verb.lemma_.lower()) or {}
        if verb.pos_ != "VERB" or entry.get("mode") != "expulsion" or coder.agent(verb):
            continue
        expelled, passive, how = coder.subject(verb)
        if not passive or not expelled:
            continue
        groups = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                  for p in c.children for a in coder.actors(p)
                  if a.type not in ("country", "place")]  # fmt: skip
        if not groups:
            continue
        why = [f"trigger verb '{verb.text} from' a group -> {entry['type']} ({entry['mode']})",
               "source: the group left ('from')", f"target: {how}"]  # fmt: skip
        coder._emit(groups, expelled, entry["type"], entry["mode"], verb, why)  # noqa: SLF001


def described_groups(coder: Any) -> None:
    """'X, a group affiliated with Y', 'X is an outfit loyal to Y', 'designated X as an
    organization associated with Y': a group noun describing X whose modifier is a relation
    word of the lexicon (a participle or adjective with its partner phrase): the relation
    holds from X to the partner.
    """
    lex = coder.lex
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.i in coder.actor_of:
            continue
        if noun.lower_ not in lex.anaphoric_nouns and noun.lower_ not in lex.coalition_nouns:
            continue
        holders = _holders(coder, noun) or _designated_as(coder, noun)
        if not holders:
            continue
        for word in noun.children:
            entry = lex.verbs.get(word.lemma_.lower()) or {}
            if word.i < noun.i or word.pos_ not in ("VERB", "ADJ") or not entry.get("preps"):
                continue
            if entry.get("type") not in COOPERATIVE:
                continue
            partners = [a for c in word.children if c.dep_ == "prep"
                        and c.lower_ in entry["preps"] for p in c.children
                        for a in coder.actors(p)]  # fmt: skip
            keys = {h.key() for h in holders}
            partners = [p for p in partners if p.key() not in keys]
            if partners:
                why = [f"'{noun.text} {word.text}' describes {holders[0].mention}: "
                       f"{entry['type']}"]  # fmt: skip
                # the group noun is the trigger: its clause (copula, negation, hedge) decides
                coder._emit(holders, partners, entry["type"], entry.get("mode"), noun, why)  # noqa: SLF001


def _designated_as(coder: Any, noun: Any) -> list[Any]:
    """ "designated X as an organization ...": X (the object, or the passive subject)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ != "VERB":
        return []
    verb = prep.head
    if verb.lemma_.lower() not in coder.lex.as_role_verbs:
        return []  # "officials regard X as a group linked to Y": a view
    objs = [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in coder.actors(c)]
    if objs:
        return objs
    subject, passive, _how = coder.subject(verb)
    return subject if passive else []


_RELATION_MODES = frozenset({"merger", "split", "pledge"})


def present_verbs_read_as_nouns(coder: Any) -> None:
    """'Al-Shabaab merges with Hizbul Islam', 'Harakat Hazm allies with the FSA': a relation
    verb in the present tense that the parser took for a plural noun after a name.

    Chronologies of militant groups are written in the historical present, and the small
    parser reads "merges", "allies" after a group's name as a noun heading the name. A token
    tagged as a plural noun, without a determiner, heading its clause, that is the third
    person of a relation verb of the lexicon (mode merger, split or pledge, or a reciprocal
    COOPERATE/REJECT verb) and is no noun of the lexicon itself, with a partner phrase the
    verb takes: the verb's event from the name before it to the partner.
    """
    lex = coder.lex
    for tok in coder.doc:
        word = tok.lower_
        if tok.pos_ not in ("NOUN", "PROPN") or not word.endswith("s") or word in lex.nouns:
            continue
        if tok.dep_ not in ("ROOT", "appos", "conj") or any(c.dep_ == "det" for c in tok.children):
            continue
        entry = _verb_of_third_person(lex, word)
        if entry is None:
            continue
        if tok.dep_ == "appos":
            sources = coder.actors(tok.head)
        else:
            sources = [a for c in tok.children if c.i < tok.i
                       and c.dep_ in ("compound", "amod", "nmod", "nsubj")
                       for a in coder.actors(c)]  # fmt: skip
        targets = [a for c in tok.children if c.dep_ == "prep" and c.lower_ in entry["preps"]
                   for p in c.children for a in coder.actors(p)]  # fmt: skip
        keys = {a.key() for a in sources}
        targets = [t for t in targets if t.key() not in keys]
        if not sources or not targets:
            continue
        why = [f"'{tok.text}': a present-tense verb read as a noun -> {entry['type']}"]
        coder._emit(sources, targets, entry["type"], entry.get("mode"), tok, why,  # noqa: SLF001
                    both_ways=entry.get("frame") == "symmetric")  # fmt: skip


def _verb_of_third_person(lex: Any, word: str) -> dict[str, Any] | None:
    """The relation verb entry whose third person singular ``word`` is, or None."""
    stems = [word[:-1], word[:-2]] + ([word[:-3] + "y"] if word.endswith("ies") else [])
    for stem in stems:
        entry = lex.verbs.get(stem)
        if not entry or not entry.get("preps"):
            continue
        relation = entry.get("mode") in _RELATION_MODES or (
            entry.get("frame") in ("reciprocal", "symmetric")
            and entry.get("type") in ("COOPERATE", "REJECT")
        )
        if relation:
            return entry
    return None


def joint_claims(coder: Any) -> None:
    """'X and Y jointly claimed responsibility for the bombing', 'in a joint statement X and
    Y claimed the attack': groups that say they claim one attack together carried it out
    together (COOPERATE, mode joint_operations, between every pair of claimants).

    The claim must say it is joint (cues.yaml ``joint_claim_words`` on the claim verb, in its
    phrases or on the claimed thing: "jointly", "together", "a joint statement", "the joint
    attack"): two claimants merely named together ("X and Y claimed the attack") may be
    rivals claiming the same act, and each is then only the attack's author (bugs37). Rival
    claims are never a joint act: "X and, separately, Y claimed it", "X and Y each claimed
    it" (cues.yaml ``separate_claim_words``)."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("claim", "take", "accept", "bear"):
            continue
        things = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        claimed = any(
            t.lemma_.lower() in lex.claim_objects
            or (coder._event_noun(t) or {}).get("type") == "ASSAULT"  # noqa: SLF001
            for t in things
        )
        if not claimed or (
            verb.lemma_.lower() != "claim"
            and not any(t.lemma_.lower() in lex.claim_objects for t in things)
        ):
            continue  # fmt: skip
        claimants, passive, how = coder.subject(verb)
        if passive:
            claimants, how = coder.agent(verb), "agent of the claim"
        # a state's forces claim no attack, and the party an attack hit is no co-claimant
        # ("Two soldiers martyred in blast; TTP claims responsibility": the soldiers are the
        # victims the headline's repair joined to the claim's subject, code.rules.v108)
        hit = {e.target.key() for e in coder.events if e.event_type == "ASSAULT"}
        claimants = [a for a in claimants
                     if a.type not in ("place", "person", *STATE_TYPES)
                     and a.key() not in hit]  # fmt: skip
        if len(claimants) < 2:
            continue
        before = [t for left in verb.lefts for t in left.subtree] + list(verb.children)
        if any(t.lower_ in lex.separate_claim_words for t in before):
            continue  # "X and, separately, Y claimed it", "each claimed": rival claims
        if not _says_joint(verb, things, lex.joint_claim_words):
            continue  # "X and Y claimed it": maybe rival claims, each only the author
        why = [f"'{verb.text}' jointly: claimants of one attack acted together", f"by: {how}"]
        coder._emit_pairs(claimants, "COOPERATE", "joint_operations", verb, why)  # noqa: SLF001


def _says_joint(verb: Any, things: list[Any], words: frozenset[str]) -> bool:
    """True when a word of ``words`` marks the claim ``verb`` as joint: on the verb ("jointly
    claimed"), in a phrase of its own ("in a joint statement", "claimed it together") or
    before its claimant ("together, X and Y claimed ..."), or on a claimed thing ("claimed
    the joint attack"); never inside a relative clause."""
    near = [t for c in verb.children if c.dep_ not in ("relcl", "ccomp", "xcomp", "advcl")
            and c not in things for t in c.subtree]  # fmt: skip
    near += [c for t in things for c in t.children if c.dep_ in ("amod", "advmod")]
    return any(t.lower_ in words for t in near)


_PARTY_GROUPS = frozenset({"armed_group", "faction", "shura"})


def _withdrawn_help(coder: Any, verb: Any) -> Any:
    """The cooperative noun that ``verb`` (a withdrawal) takes as its object ("withdrew its
    support / backing / aid from Y"; events.yaml nouns of a cooperative type), else None."""
    from riftwatch.nlp.lexicon import COOPERATIVE  # noqa: PLC0415

    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN":
            entry = coder.lex.nouns.get(c.lemma_.lower()) or coder.lex.nouns.get(c.lower_) or {}
            if entry.get("type") in COOPERATIVE:
                return c
    return None


def withdrawal_from_group(coder: Any) -> None:
    """'X withdrew from Y' where both are armed groups: X left Y, a split (REJECT, mode
    split), not the pulling back of forces (RETREAT) that a withdrawal from a place or a
    front is. 'X withdrew its support (backing, aid) from Y' between other parties (a party,
    a state, a person) takes back help given: a reduction of relations (SANCTION, mode
    discontinue, as "withdrew its support for Y" is coded; PLOVER SANCTION 'withdraw': one's
    non-military resources taken from a group), never the cooperative RETREAT (replay46).
    Between two armed groups it stays the split above."""
    for k, event in enumerate(coder.events):
        if (
            event.event_type == "RETREAT"
            and event.mode == "withdraw"
            and event.trigger.pos_ == "VERB"
            and event.target.type != "place"
            and not (event.source.type in _PARTY_GROUPS and event.target.type in _PARTY_GROUPS)
        ):
            help_ = _withdrawn_help(coder, event.trigger)
            if help_ is not None:
                why = [*event.why, f"'{event.trigger.text} {help_.text}' from a party: help "
                       "taken back, SANCTION (discontinue)"]  # fmt: skip
                coder.events[k] = type(event)(
                    event.source, event.target, "SANCTION", "discontinue", event.modality,
                    event.trigger, event.quote, why,
                )  # fmt: skip
                continue
        if (
            event.event_type == "RETREAT"
            and event.mode == "withdraw"
            and event.trigger.pos_ == "VERB"
            and event.source.type in _PARTY_GROUPS
            and event.target.type in _PARTY_GROUPS
        ):
            why = [*event.why, "a group withdrawing from another group leaves it: a split"]
            coder.events[k] = type(event)(
                event.source, event.target, "REJECT", "split", event.modality, event.trigger,
                event.quote, why,
            )  # fmt: skip


def ended_funding_told_before(coder: Any) -> None:
    """An end of funding told with no party of its own ("Payments then stopped", "the money
    stopped flowing", "the funding dried up"; cues.yaml ``flow_nouns`` as the subject of one
    of ``flow_ending_verbs``) after the document told who funded whom: the funder renounces
    the funded, REJECT (mode renounce) as "X cut off funding to Y" is coded. The parties are
    those of the last funding act (an AID whose trigger lemma is one of ``funding_lemmas``)
    this sentence told before the verb, else the document told; nothing when none was told or
    the noun names a party of its own. The trigger is the ending verb, so "payments never
    stopped", "the money may dry up" keep their own modality (fix63).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "Oman funded the Zorb Front in 2001. Payments then stopped in 2003."
    >>> sorted((c.event.source.name, c.event.event_type, c.event.target.name)
    ...        for c in extract_document({"id": "t", "date": "2004-01-01", "text": text}))
    [('Oman', 'AID', 'Zorb Front'), ('Oman', 'REJECT', 'Zorb Front')]
    """
    lex = coder.lex
    for noun in coder.doc:
        if noun.lower_ not in lex.flow_nouns or noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.flow_ending_verbs:
            continue
        if any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue  # "the payments ended the feud": the flow ends something else
        if any(t.i in coder.actor_of for t in noun.subtree):
            continue  # "Saudi payments stopped": a party of its own, for the noun's own reading
        here = [e for e in coder.events if e.trigger.i < verb.i and e.event_type == "AID"
                and e.trigger.lemma_.lower() in lex.funding_lemmas
                and e.source.key() != e.target.key()]  # fmt: skip
        if here:
            source, target = here[-1].source, here[-1].target
        else:
            told = [t for t in coder.earlier_acts
                    if t.kind == "AID" and t.lemma in lex.funding_lemmas
                    and t.source.key() != t.target.key()]  # fmt: skip
            if not told:
                continue
            source, target = told[-1].source, told[-1].target
        why = [f"'{noun.text} {verb.text}': an end of funding, no party named",
               "parties: the funding told before",
               "REJECT (renounce), as cutting off funding"]  # fmt: skip
        coder._emit([source], [target], "REJECT", "renounce", verb, why)  # noqa: SLF001


__all__ = [
    "ended_funding_told_before",
    "rejected_claim_authors",
    "accepted_requests",
    "answered_acts",
    "yielded_demands",
    "led_coalition",
    "hyphen_affiliated_body",
    "divided_thing",
    "hyphen_led_body",
    "coordinated_ending",
    "expelled_from_ranks",
    "partner_named",
    "pronounced_enemies",
    "apposed_charges",
    "authorship_charges",
    "withdrawal_from_group",
    "joint_claims",
    "present_verbs_read_as_nouns",
    "described_groups",
    "co_founders",
    "expelled_from_group",
    "trained_in_camps",
    "relation_noun_holders",
    "founded_by_leavers",
    "founded_named_faction",
    "ground_taken_from",
    "reciprocal_pronouns",
    "announced_threats",
    "withdrawal_ultimatums",
    "called_for_meetings",
    "compound_head_preps",
    "conditional_threats",
    "demand_clauses",
    "gives_material",
    "patient_author",
    "purpose_clause",
    "undone_entry",
]


# -- third round (branch peers): territory, passive agents behind a complement ------------

_TERRITORY_TYPES = frozenset({"ASSAULT", "COERCE"})


def territory_target(coder: Any, tok: Any, entry: dict[str, Any], sources: list[Any]) -> list[Any]:
    """The country a hostile material act hits through a place or property of it: the
    patient ``tok`` is a territory noun (lexicon ``territory_nouns``: towns, border posts,
    camps, web sites...) with a country word before it ("shelled Iraqi towns", "bombed
    Turkish border posts"). Only for ASSAULT and COERCE by a state (its forces, government,
    police: an act between states), and never on the attacker's own country: "Afghan
    troops raided Afghan villages" names no other party, and a group's attack on "Afghan
    villages" stays an attack on a place (no Afghan actor).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor
    >>> coder = type("C", (), {"lex": load(), "actor_of": {}})()
    >>> doc = nlp()("Iran shelled Iraqi towns.")
    >>> iran = Actor(id="country:iran", name="Iran", mention="Iran", type="country")
    >>> [a.id for a in territory_target(coder, doc[3], {"type": "ASSAULT"}, [iran])]
    ['country:iraq']
    >>> territory_target(coder, doc[3], {"type": "AID"}, [iran])
    []
    """
    if entry.get("type") not in _TERRITORY_TYPES or not sources:
        return []
    if any(s.type not in STATE_TYPES for s in sources):
        return security_property_target(coder, tok, sources)
    own = {s.key() for s in sources}
    own_iso = {iso for s in sources if (iso := s.country or _iso_of_key(s.key()))}
    for noun in (tok, *tok.conjuncts):
        if noun.lower_ not in coder.lex.territory_nouns and (
            noun.lemma_.lower() not in coder.lex.territory_nouns
        ):
            continue
        for child in noun.lefts:
            if child.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            for sub in child.subtree:
                if sub.i >= noun.i:
                    break
                if _hyphen_agent(sub):
                    continue  # "shelled U.S.-funded camps": the funder's word (world26)
                actor = coder.actor_of.get(sub.i) or _country_word(sub)
                if actor is None or actor.type != "country":
                    continue
                if rebels_between(sub, noun):
                    continue  # "shelled Somali rebel positions": the rebels' (precision24)
                if actor.key() in own or _iso_of_key(actor.key()) in own_iso:
                    return []  # the attacker's own country: no other party
                return [actor]
    return []


def _hyphen_agent(tok: Any) -> bool:
    """:func:`riftwatch.nlp.code.hyphen_agent` (imported late: code imports this module)."""
    from riftwatch.nlp.code import hyphen_agent

    return hyphen_agent(tok)


def rebels_between(word: Any, head: Any) -> bool:
    """True when a non-state agent noun (the ``militants``, ``rebels`` and ``opposition``
    roles of the agents data: "rebel", "militant", "insurgent") stands between a country
    word and the head noun it is read with: "Somali rebel positions", "Kenyan militant
    camps" are the rebels' or militants' of that country, never its state's (precision24).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Troops shelled Somali rebel positions.")
    >>> rebels_between(doc[2], doc[4]), rebels_between(doc[3], doc[4])
    (True, False)
    """
    from riftwatch.actors.agents import load_agents

    agents = load_agents()
    return any(
        agents.role(t.lower_) in ("militants", "rebels", "opposition")
        for t in head.doc[word.i + 1 : head.i]
        if t.dep_ in ("compound", "amod", "nmod") and t.pos_ in ("NOUN", "ADJ", "PROPN")
    )


def _country_word(tok: Any) -> Any:
    """The country a single country word names ("Iraqi", "Turkish", "Estonian"), or None."""
    if tok.pos_ not in ("ADJ", "PROPN", "NOUN") or not tok.text[:1].isupper():
        return None
    from riftwatch.nlp.extract import _actor_from, _resolver

    res = _resolver().resolve(tok.text, None, tok.text)
    actor = _actor_from(res, tok.text, how=f"country word '{tok.text}' of a territory")
    return actor if actor is not None and actor.type == "country" else None


def _iso_of_key(key: str) -> str | None:
    """The country an actor key belongs to, as far as the knowledge base says."""
    from riftwatch.actors.kb import default_kb

    entity = default_kb().find(key)
    country = getattr(entity, "country", None) if entity is not None else None
    return str(country) if country else None


_REASON_PREPS = frozenset({"of", "for", "over"})


def agent_behind_complement(coder: Any, verb: Any) -> list[Any]:
    """The agent of a passive verb that the parser hangs on the verb's reason phrase: "X was
    accused of smuggling by Y", "X was arrested for spying by Y's police", "X was criticised
    for its policy by Y", and on an active gerund's plain object ("X was accused of diverting
    aid by Y"; peers24). Never when the phrase or the object is an event noun, whose "by" names
    the author of that event ("accused of backing attacks by Z": Z attacked, not accused).
    """
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    # round 6: also a setting's phrase ("were sheltered in the tribal areas by tribesmen")
    preps = _REASON_PREPS | coder.lex.setting_preps
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            if pobj.dep_ not in ("pobj", "pcomp"):
                continue
            if coder._event_noun(pobj) is not None:  # noqa: SLF001
                # peers61: "X was accused of arming the rebels by Y": an active gerund with
                # an object of its own takes no "by" agent, so a "by" on it is the passive's
                holders = [pobj] if _active_gerund_with_object(coder, pobj) else []
            else:
                holders = [pobj]
            if not holders:
                continue
            if (
                pobj.dep_ == "pcomp"
                and pobj.pos_ == "VERB"
                and not any(c.dep_ in ("auxpass", "agent") for c in pobj.children)
            ):
                # peers24: "X was accused of diverting aid by Y": an active gerund's plain
                # object (no event noun, whose "by" names its author) may carry the "by"
                holders += [o for o in pobj.children if o.dep_ in ("dobj", "obj")
                            and o.pos_ == "NOUN" and coder._event_noun(o) is None]  # noqa: SLF001  # fmt: skip
            for by in (c for h in holders for c in h.children):
                if by.dep_ in ("prep", "agent") and by.lower_ == "by" and by.i > pobj.i:
                    for inner in by.children:
                        acts = coder.actors(inner)
                        if acts:
                            return acts
    return []


def _active_gerund_with_object(coder: Any, tok: Any) -> bool:
    """Is ``tok`` an active gerund of a reason phrase with a direct object of its own that
    is no event noun ("of arming the rebels")? Its doer is the passive verb's subject; a "by"
    phrase the parser hangs on it is the passive verb's agent (peers61). An event noun as
    object keeps its author ("accused of backing attacks by Z": Z attacked)."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return (
        tok.dep_ == "pcomp"
        and tok.tag_ == "VBG"
        and not any(c.dep_ in ("auxpass", "agent") for c in tok.children)
        and bool(objects)
        and all(coder._event_noun(o) is None for o in objects)  # noqa: SLF001
    )


_INTENT_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "CONSULT"})
_OFFERING = frozenset({"offer", "promise", "pledge"})
_WILLING = frozenset({"willing", "ready", "prepared"})
_SURE_FUTURE = frozenset({"will", "shall", "'ll"})


def _negated(tok: Any) -> bool:
    """A 'not' on the verb, or a negated adverb of time ('no longer', 'never again': an
    act that ends is no act announced; mmp12)."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
        for c in tok.children
    )


def _trailing_attribution(clause: Any) -> bool:
    """Is ``clause`` a whole statement whose attribution follows it ("X will help Y, the
    minister said"): the complement of a verb of saying that comes after it, set off by a
    comma, with a subject of its own? The parse hangs the statement on the verb of saying;
    what it says is read as if it stood alone (peers16)."""
    speech = clause.head
    return (
        clause.dep_ == "ccomp"
        and speech.pos_ == "VERB"
        and speech.lemma_.lower() in _ANNOUNCING
        and speech.i > clause.i
        and not _negated(speech)
        and any(c.dep_ == "nsubj" for c in clause.children)
        and (
            any(t.text == "," for t in clause.doc[clause.right_edge.i + 1 : speech.i])
            or _comma_before_speaker(clause, speech)
        )
    )


def _comma_before_speaker(clause: Any, speech: Any) -> bool:
    """The comma that sets off a trailing attribution, hung by the parser on the statement
    itself ("X will give Y a grant, a statement issued by the ministry said": the comma is
    the statement's last child, so none stands between the two; peers24): the word before
    the speaker's subject phrase is a comma after the statement's last word of its own."""
    subjects = [c for c in speech.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    before = subjects[0].left_edge.i - 1
    return (
        before > clause.i
        and clause.doc[before].text == ","
        and clause.doc[before].head.i == clause.i
    )


def announced_cooperation(coder: Any, events: list[Any] | None = None) -> None:
    """A cooperative act a party says it will do, offers or is willing to do is also an
    AGREE from it to the other party (CAMEO 03, intent to cooperate; PLOVER AGREE covers
    promises and offers): "X said it will help Y", "X offered to release Y's prisoners",
    "X is willing to withdraw from Y", "X will support Y". The AGREE is intended
    (code.rules.v87): read on the word that carries the intent (so a denied or hedged offer
    stays denied or uncertain), and future where that word is asserted: an offer, a promise
    or a stated plan is no act yet (the labelling conventions' "future or intended"; before
    v87 an offer made and a statement were asserted AGREEs).
    Never when the act or the intent is negated, under "would" without a speaker (a
    condition), or someone else's act. ``events``: only these (the acts a later pass
    coded, "X is ready to contribute troops to Y"; peers18), else all."""
    for event in list(coder.events if events is None else events):
        if event.event_type not in _INTENT_TYPES:
            continue
        clause = _clause_verb(event.trigger)
        if clause is None or _negated(clause):
            continue
        noun = event.trigger
        if (
            noun.pos_ == "NOUN"
            and noun.dep_ in ("dobj", "obj")
            and any(
                e.trigger.i == noun.head.i and e.event_type not in COOPERATIVE for e in coder.events
            )
        ):
            continue  # "X said it would cut ties with Y": the verb undoes the relation (peers11)
        aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        carrier = None
        if clause.dep_ == "ccomp" and aux & _FUTURE_AUX:
            speech = clause.head  # "X said it will help Y"
            if (
                speech.pos_ == "VERB"
                and speech.lemma_.lower() in _ANNOUNCING
                and not _negated(speech)
                and event.source.key() in {a.key() for a in coder.subject(speech)[0]}
            ):
                carrier = speech
            elif _trailing_attribution(clause) and aux & _SURE_FUTURE:
                # "X will support Y, officials said": the reported sentence is a plan stated,
                # as without its attribution (peers16)
                carrier = clause
        elif clause.dep_ == "xcomp":
            gov = clause.head  # "X offered to help Y", "X is willing to help Y"
            offer = gov.pos_ == "VERB" and gov.lemma_.lower() in _OFFERING
            willing = gov.pos_ == "ADJ" and gov.lower_ in _WILLING and not _negated(gov.head)
            if (offer or willing) and not _negated(gov):
                # readiness is no act: its AGREE is read on the act (future), an offer's on
                # the offer (made); an act named by the noun object of the verb readied
                # ("is prepared to lift the ban on Y") is read on that verb, not on the
                # noun, which the verb may end (peers60)
                carrier = gov if offer else _act_word(event.trigger, clause)
            if carrier is not None and event.source.key() not in {
                a.key() for a in coder.subject(gov)[0]
            }:
                carrier = None
        elif clause.dep_ == "ROOT" and aux & _SURE_FUTURE:
            carrier = clause  # "X will support Y": a plan stated, future like the act
        if carrier is None:
            continue
        from riftwatch.nlp import written  # noqa: PLC0415 - written imports nothing of ours

        if carrier is not event.trigger and written.conditioned(clause, coder.lex):
            continue  # "said they would hand X over to Y if ...": a conditional offer (round 9)
        # an offer, a promise or a plan is an intended act, not yet done (LABELLING: "future
        # or intended"): "X offered to shelter Y", "X said it will help Y" assert no
        # cooperation; read on the carrier, so "denied that it had offered to" is denied
        why = [f"'{carrier.text}': a cooperative act announced or offered -> AGREE, intended",
               *event.why[1:]]  # fmt: skip
        before = len(coder.events)
        coder._emit([event.source], [event.target], "AGREE", None, carrier, why)  # noqa: SLF001
        for added in coder.events[before:]:
            added.intended = True


def _act_word(trigger: Any, clause: Any) -> Any:
    """The word an intended act is read on: the verb whose object names it ("lift" of "is
    ready to lift the ban on Y", "hold" of "is willing to hold talks with Y"), else the
    trigger itself (peers60)."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") and trigger.head.i == clause.i:
        return clause
    return trigger


_WANTING = frozenset({"want", "wish"})
_INTENDING = frozenset({"want", "wish", "intend", "plan", "hope", "seek", "aim"})


def wanted_acts(coder: Any) -> None:
    """What a party wants done. "X wants Y to attack Z": X wants an act of Y's, an appeal
    to Y (CAMEO 02, REQUEST from X to Y), not X's support of Y. "X wants to help Y" / "X
    intends to attack Y": X's own intended act is also an AGREE (intent to cooperate,
    CAMEO 03) or a THREATEN (CAMEO 13) from X to Y, read on the act itself, so never
    asserted (a wish is no act); nothing when the wish is negated."""
    for event in list(coder.events):
        verb = event.trigger
        if _wish_of_hostile_act(coder, event):
            # "X wants to attack Y" is no support of Y, "X does not want to attack Y" no
            # shunning of Y: the hostile act (hypothetical or negated) says it all
            coder.events.remove(event)
            continue
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _WANTING and not _negated(verb):
            comps = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
            if event.event_type == "SUPPORT" and any(
                s.dep_ == "nsubj" and event.target.key() in {a.key() for a in coder.actors(s)}
                for c in comps
                for s in c.children
            ):
                event.event_type = "REQUEST"
                event.why.append(f"'{verb.text}' an act of the other party: REQUEST (appeal)")
                continue
        clause = _clause_verb(verb)
        if clause is None or clause.dep_ != "xcomp" or _negated(clause):
            continue
        gov = clause.head
        if gov.pos_ != "VERB" or gov.lemma_.lower() not in _INTENDING or _negated(gov):
            continue
        if event.source.key() not in {a.key() for a in coder.subject(gov)[0]}:
            continue
        if event.event_type in _INTENT_TYPES:
            etype = "AGREE"
        elif event.event_type in _THREAT_TYPES:
            etype = "THREATEN"
        else:
            continue
        why = [f"'{gov.text}' to act: intent -> {etype}", *event.why[1:]]
        coder._emit([event.source], [event.target], etype, None, verb, why)  # noqa: SLF001


def _wish_of_hostile_act(coder: Any, event: Any) -> bool:
    """Is ``event`` a want's support (or a negated want's shunning) whose other party was
    taken from a complement that is a hostile act against that party?"""
    verb = event.trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _WANTING:
        return False
    if not any(w.startswith("target: complement") for w in event.why):
        return False
    inside = {t.i for c in verb.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree}
    return any(
        e.trigger.i in inside
        and e.event_type in CONFLICTUAL
        and e.target.key() == event.target.key()
        for e in coder.events
    )


_APPEALING = frozenset({"call", "urge", "press", "push", "appeal", "ask", "implore", "exhort"})
_APPEAL_PREPS = frozenset({"for", "on", "to", "upon"})


def appeals_to_act(coder: Any) -> None:
    """An appeal to a party to act: "X called for Y to release ...", "X called on Y to
    stand by him", "X pushed Y for a new law": a REQUEST from X to Y (CAMEO 02/10),
    whatever the act asked for (which the lexicon may not code). Y is the object of the
    appeal's preposition followed by an infinitive, or the object of "push/press Y for".
    Read on the appeal verb, so a negated or hedged appeal is not asserted."""
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _APPEALING:
            continue
        comps = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # fmt: skip
        wanted: list[Any] = []
        for prep in verb.children:
            if prep.dep_ in ("prep", "prt") and prep.lower_ in _APPEAL_PREPS and comps:
                wanted += [p for p in prep.children if p.dep_ == "pobj"]
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            wanted += [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        # "called for Y to act" parsed as a clause with its own subject ("for" its mark)
        wanted += [s for c in comps for s in c.children if s.dep_ == "nsubj"]
        sources = coder.subject(verb)[0]
        if not sources:
            continue
        own = {a.key() for a in sources}
        for tok in wanted:
            targets = [a for a in coder.actors(tok) if a.key() not in own]
            if targets:
                why = [f"trigger verb '{verb.text}' a party to act -> REQUEST",
                       f"target: '{tok.text}', asked to act"]  # fmt: skip
                coder._emit(sources, targets, "REQUEST", None, verb, why)  # noqa: SLF001
                break


def appeal_addressee(coder: Any, verb: Any, comp: Any) -> list[Any]:
    """The party an appeal is addressed to through its preposition, who is to do the act of
    the appeal's infinitive ``comp``: "X appealed to Y to expel Z", "X called on Y to arrest
    Z", "X pleaded with Y to hand Z over" (cues.yaml ``addressed_appeals``; precision23).
    Object control through the preposition: Y expels, never X. Empty when the verb is no
    such appeal or its preposition names no party.

    >>> from riftwatch.nlp.parse import nlp
    >>> from types import SimpleNamespace
    >>> from riftwatch.nlp.lexicon import load
    >>> doc = nlp()("Kabul appealed to Islamabad to arrest the commanders.")
    >>> coder = SimpleNamespace(lex=load(), actors=lambda t: [t.text] if t.i == 3 else [])
    >>> appeal_addressee(coder, doc[1], doc[5])
    ['Islamabad']
    """
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in comp.children):  # fmt: skip
        return []
    lemma = verb.lemma_.lower()
    for prep in verb.children:
        if prep.dep_ not in ("prep", "prt") or prep.i > comp.i:
            continue
        if f"{lemma} {prep.lower_}" not in coder.lex.addressed_appeals:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                acts = coder.actors(pobj)
                if acts:
                    return acts
    return []


_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def plural_antecedents(coder: Any, tok: Any, found: Any) -> list[Any]:
    """The other parties a plural pronoun stands for: "X and Y said they will attack Z"
    (coreference binds "they" to one of the coordinated names; the pronoun is all of them).
    Empty unless ``tok`` is they/them/their bound by coreference to a name that has
    coordinated names beside it, or a clause's subject owned by such a "their" ("X and Y
    declared war on Z, and their fighters attacked W": the fighters are both parties')."""
    if not found.how.startswith("coreference"):
        return []
    if tok.lower_ not in _PLURAL_PRONOUNS:
        # "X and Y declared war on Z, and their fighters attacked W": the members' noun
        # owned by "their", as the subject of its clause, stands for all the parties "their"
        # does (replay24); an object keeps its one owner ("accused X of killing their men")
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return []
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "their"), None)
        held = coder.actor_of.get(owner.i) if owner is not None else None
        if held is None or held.key() != found.key():
            return []
        tok = owner
    if found.partners:
        # "X and Y fought Z. Their merger ...": the pair an earlier sentence opened with
        # (coref50: the stand-in carries the other party)
        return [a for a in found.partners if a.key() != found.key()]
    for prev in reversed(coder.doc[: tok.i]):
        actor = coder.actor_of.get(prev.i)
        if actor is None or actor.key() != found.key() or prev.lower_ in _PLURAL_PRONOUNS:
            continue
        head = prev
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
            head = head.head
        while (
            head.dep_ == "appos"
            and head.head.i < head.i
            and (
                coder.actor_of.get(head.head.i) is not None
                and coder.actor_of[head.head.i].key() == found.key()
            )
        ):
            # "X (XF) and Y (YB) ... they": the acronym in parentheses is the name's
            # apposition, the name holds the coordination (world12)
            head = head.head
        out = []
        for conj in head.conjuncts:
            other = coder._actor(conj, 1)  # noqa: SLF001
            if other is not None and other.key() != found.key():
                out.append(other)
        if out:
            return out
        # a later mention of the name outside the coordination ("X and Y took up arms in
        # the Ogaden, and they ...", the region read as X's name): the coordinated mention
        # before it is the antecedent (world12)
    return []


# -- founders who left another group (lead, after the merges) -------------------------------


def leaving_verb(lex: Any, tok: Any) -> bool:
    """A verb whose entry is a split ('left', 'quit', 'defected from', 'broke away from')."""
    entry = lex.verbs.get(tok.lemma_.lower()) or {}
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.leaving_phrases:
        return True  # "walked out of Y" (phrasal_leaving)
    return tok.pos_ == "VERB" and entry.get("type") == "REJECT" and entry.get("mode") == "split"


def _group_left(coder: Any, verb: Any) -> list[Any]:
    """The group a leaving verb leaves: its object ('left Y') or its 'from' phrase."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            acts = coder.actors(child)
            if acts:
                return acts
    for child in [
        *verb.children,
        *(c for p in verb.children if p.dep_ == "prt" for c in p.children),
        *_away_preps(verb),  # "broke away from Y" (the parser hangs 'from' on 'away')
    ]:
        # "mutinied / rebelled against Y" (a split verb's 'against' party; replay17)
        if child.dep_ == "prep" and child.lower_ in ("from", "with", "against"):
            for pobj in child.children:
                acts = coder.actors(pobj)
                if acts:
                    return acts
    for phrase in coder.lex.leaving_phrases.get(verb.lemma_.lower(), ()):
        acts = [a for a in _phrase_objects(coder, verb, phrase) if a.type not in NOT_GROUPS]
        if acts:  # "walked out of Y"
            return acts
    return []


def founded_after_leaving(coder: Any) -> None:
    """'commanders left Y and founded X', 'left Y to found X', 'X was founded by P, who
    defected from Y': X split from Y (REJECT, mode split), whoever the founders are.

    The founders' leaving is a verb coordinated with the founding verb (sharing its
    subject), a leaving verb whose purpose infinitive the founding is (mmp12), or a relative
    clause on the founders; the leaving verbs are the split verbs of
    events.yaml, the founding verbs its ``founding_verbs``. The event's trigger is the
    founding verb, so its modality ("may have founded", "denied founding") decides, except
    where the founding is a bare purpose infinitive or participle of the leaving ("broke away
    from Y to form X", "left Y, forming X"): those tell what the leavers did, and the
    leaving verb's modality decides (:func:`shared_trigger`; world17).

    world17: a verb that takes a unit or a part out of a group (events.yaml
    ``leading_out_verbs`` with an "out of" whole, :func:`_out_of_left`: "P led a faction /
    the 16th Battalion out of Y") leaves Y like a split verb, and the founding may be the
    leaving's participle (", forming X") or the purpose of a verb coordinated with it ("led
    a faction out of Y and joined it with Z to form X").
    """
    lex = coder.lex

    def leaves(tok: Any) -> bool:
        return leaving_verb(lex, tok) or bool(_out_of_left(coder, tok))

    for verb, founders, founded in _foundings(coder):
        leavers = []
        leaver_of: dict[int, Any] = {}  # a relative clause's leaving -> the founder it is on
        head = verb
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.beginning_verbs:
            head = verb.head  # "broke with Y and began calling itself X" (replay23)
        while head.dep_ == "conj" and head.head is not head:
            head = head.head  # "left Y, made peace and founded X": the chain's first verb
            if leaves(head):
                leavers.append(head)  # "left Y and founded X"
                break
        if (
            not leavers
            and head is not verb
            and head.dep_ == "advcl"
            and head.tag_ == "VBG"
            and leaving_verb(lex, head.head)
        ):  # "broke away from Y, rejecting its ban, and set up X": the parser hangs the last
            # verb on the participle between them; it is the leavers' third act (world9)
            leavers.append(head.head)
        leavers += [c for c in verb.children if c.dep_ == "conj" and leaving_verb(lex, c)]
        # "formed X, splitting Y", "renamed itself X, splitting Y": the participle of a split
        # verb on the founding (or the verb its chain opens with) says what was left (sides19)
        leavers += [c for v in dict.fromkeys((verb, head)) for c in v.children
                    if c.dep_ == "advcl" and c.tag_ == "VBG" and leaving_verb(lex, c)]  # fmt: skip
        if verb.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            # "left Y to found X": the leaving's aim (mmp12); "led a faction out of Y and
            # joined it with Z to form X": the aim of a verb coordinated with the leaving
            purpose = verb.head
            while not leaves(purpose) and purpose.dep_ == "conj" and purpose.head is not purpose:
                purpose = purpose.head
            if leaves(purpose):
                leavers.append(purpose)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "led the 16th Battalion out of Y, forming X", "led a unit out of Y and
            # surrendered, forming X": the participle of the leaving or of a verb coordinated
            # with it (world17)
            purpose = verb.head
            while not leaves(purpose) and purpose.dep_ == "conj" and purpose.head is not purpose:
                purpose = purpose.head
            if leaves(purpose):
                leavers.append(purpose)
        # "X was formed when dissidents broke away from Y", "X was created after several
        # commanders left Y": a clause of leaving marked by a word of events.yaml
        # ``founding_clause_marks`` on the founding tells its origin (mmp4); not a negated one
        leavers += [c for c in verb.children
                    if c.dep_ == "advcl" and leaving_verb(lex, c)
                    and any(m.dep_ in ("mark", "advmod") and m.lower_ in lex.founding_clause_marks
                            for m in c.children)
                    and not any(x.dep_ == "neg" for x in c.children)]  # fmt: skip
        if founders is not None:  # "P, who defected from Y, founded X"
            # "formed by militants under P who broke away from Y": the clause the parser hung
            # on the founders' leader (events.yaml founders_leader_preps; mmp25)
            led = [p for c in founders.children
                   if c.dep_ == "prep" and c.lower_ in lex.founders_leader_preps
                   for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            # "founded by fighters of Y who had defected": the parser may hang the founders'
            # clause on the group of their 'of' phrase (mmp31); it is theirs
            of_group = [p for c in founders.children
                        if founders.lemma_.lower() in lex.founder_nouns
                        and c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" and coder.actors(p)]  # fmt: skip
            for tok in [founders, *(c for c in founders.children if c.dep_ == "appos"), *led,
                        *of_group]:  # fmt: skip
                # (not "commanders who never left Y": their clause is negated); a leaving
                # coordinated in the clause counts ("P, a Y commander who rejected the talks
                # and left it"; mmp26)
                for clause in (c for c in tok.children if c.dep_ == "relcl"):
                    for verb_ in _conjunct_chain(clause):
                        if (
                            leaving_verb(lex, verb_)
                            and not any(x.dep_ == "neg" for x in verb_.children)
                            and _told_as_fact(coder, verb_)  # not "who may have left Y" (mmp30)
                        ):
                            leavers.append(verb_)
                            leaver_of[verb_.i] = founders if tok in of_group else tok
        if not founded:
            continue
        for leaving in leavers:
            # "a faction of Y broke away and set up X": no group left named, the leavers'
            # own (mmp9); "set up by Y members who walked out", "formed by P, a Y commander
            # who left it": the group the founders' role noun names (mmp26)
            holder = leaver_of.get(leaving.i)
            # a rising against an authority served, by people the text puts elsewhere by
            # then ("former Y officers mutinied", "Y officers who had been integrated into
            # the army mutinied"): the body risen against, not Y, is the party left (gaps55)
            risen, once = _risen_against(coder, leaving, holder)
            left = [a for a in (_group_left(coder, leaving)
                                or _out_of_left(coder, leaving)
                                or risen
                                or ([] if once else
                                    _subject_groups(coder, leaving, own=False)
                                    or _leavers_own_group(coder, leaving)
                                    or (_groups_of(coder, holder)
                                        if holder is not None
                                        and holder.lemma_.lower() in lex.founder_nouns
                                        else [])))
                    if all(a.key() != f.key() for f in founded)]  # fmt: skip
            left = _person_left_for_group(coder, founders, founded, left, leaving)
            if not left:
                continue
            why = [f"trigger verb '{verb.text}' by those who '{leaving.text}' a group "
                   "-> REJECT (split)", f"left: {left[0].mention}"]  # fmt: skip
            trigger = shared_trigger(verb, leaving)
            coder._emit(founded, left, "REJECT", "split", trigger, why)  # noqa: SLF001
            break


def _person_left_for_group(
    coder: Any, founders: Any, founded: list[Any], left: list[Any], leaving: Any = None
) -> list[Any]:
    """The group the founders left when their leaving names only a person: "commanders of Y
    broke away from P and formed X" leave P's leadership of Y, so X splits from Y, the group
    of the founders' (or the leavers') 'of' phrase or possessor (mmp32); ``left`` itself
    otherwise (a person left with no group of the leavers named keeps the person)."""
    if not left or not all(_named_person(a) and a.org_id in (None, a.id) for a in left):
        return left  # a known leader stands for his own group ("Sison's leadership": the CPP)
    keys = {f.key() for f in founded}
    whole = _whole_of_founders(coder, founders) if founders is not None else []
    if not whole and leaving is not None:
        people = coder.lex.founder_nouns | coder.lex.leaver_nouns
        whole = [g for subj in leaving.children
                 if subj.dep_ == "nsubj" and subj.lemma_.lower() in people
                 for g in _groups_of(coder, subj)]  # fmt: skip
    whole = [a for a in whole if a.key() not in keys and not _named_person(a)]
    return whole or left


def _named_person(actor: Any) -> bool:
    """Is ``actor`` a person: typed so, or an open name the parser took for an organisation
    that reads as a person's ("Ivan Marquez": two to four capitalised words, no group word,
    the first a given name of the knowledge base's persons; mmp32)?"""
    from riftwatch.actors.normalize import norm
    from riftwatch.actors.open import GROUP_WORDS, is_open
    from riftwatch.nlp.mentions import _resolver

    if actor.type == "person" or getattr(actor, "person", None):
        return True
    words = (actor.name or "").split()
    if not is_open(actor.id) or not 2 <= len(words) <= 4:
        return False
    if not all(w[:1].isupper() for w in words) or set(norm(actor.name).split()) & GROUP_WORDS:
        return False
    return norm(words[0]) in _resolver()._given_names()  # noqa: SLF001


def _conjunct_chain(verb: Any) -> list[Any]:
    """``verb`` and the verbs coordinated with it ("rejected the talks and left it")."""
    out = [verb]
    for tok in out:
        out += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return out


def founded_named_faction(coder: Any) -> None:
    """'Kobo set up his own wing, later known as ZRD-Liberation Movement', 'X formed the
    ZPLA-In Opposition': a faction named after a group (``nlp/factions.py``: the group's name
    or initials joined to a qualifier) founded by anyone but that group split from it (REJECT,
    mode split; sides19). The founding verb is the trigger, so its modality decides ("denied
    forming", "plans to form"); founders that are the group itself ("the ZRD formed the
    ZRD-Youth") found a wing, not a split."""
    for verb, founders, founded in _foundings(coder):
        own = coder.actors(founders) if founders is not None else []
        for group in founded:
            parent = getattr(group, "parent", None) or _kb_split_parent(group)
            if parent is None or any(a.key() == parent.key() for a in own):
                continue
            why = [f"trigger verb '{verb.text}' founds a faction named after "
                   f"'{parent.mention}' -> REJECT (split)", f"left: {parent.mention}"]  # fmt: skip
            coder._emit([group], [parent], "REJECT", "split", verb, why)  # noqa: SLF001


def _kb_split_parent(group: Any) -> Any:
    """The group a faction the knowledge base holds split from, when the faction is named
    after it as written ("ULFA (Independent)", "NDFB-S": the name opens with a name of its
    ``splinter_of`` target), as an actor; else None. The knowledge base, not the faction
    compound pass, found such a name, so it carries no parent of its own (names55)."""
    if getattr(group, "type", None) != "faction" or getattr(group, "how", "") != "kb":
        return None
    from riftwatch.actors.kb import default_kb
    from riftwatch.nlp.extract import _actor_from, _resolver

    kb = default_kb()
    if kb.find(group.id or "") is None:
        return None
    head = re.split(r"[\s(\-–]", str(group.mention or ""), maxsplit=1)[0]
    res = _resolver().resolve(head, None, head) if head else None
    if res is None or res.actor is None:
        return None
    if res.actor.id not in {e.id for e in kb.relations_of(group.id, ["splinter_of"])}:
        return None
    return _actor_from(res, head)


def _risen_against(coder: Any, leaving: Any, holder: Any = None) -> tuple[list[Any], bool]:
    """For a verb of rising against an authority one serves (a split verb of events.yaml
    whose party is an 'against' one: "mutinied", "rebelled", "revolted") with no party
    named, what the leavers' own words say of whom they served then: the body a clause on
    them says they had been merged into ("Y officers who had been integrated into the
    Congolese army mutinied": the army, a merger verb's 'into' party), and whether they are
    told as former members of the group their name's modifiers or 'of' phrase give ("former
    Y officers mutinied and formed X", events.yaml ``ended_adjectives``). Such people had
    left Y before: the mutiny is no split from Y (gaps55). The leavers are the verb's
    subject, or ``holder``, the noun a relative clause of leaving hangs on ("formed by
    former officers of Y who mutinied"). A leaving verb of another kind ("former Y
    commanders defected and formed X": the defection may be what made them former) gives
    ``([], False)``.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "In 2015 former Kestrel Front officers mutinied and formed the Zorbat Army."
    >>> [c.event.event_type for c in extract_document({"id": "t", "date": "2016-01-01",
    ...                                                "text": text})]
    []
    """
    lex = coder.lex
    entry = lex.verbs.get(leaving.lemma_.lower()) or {}
    if "against" not in (entry.get("preps") or ()) or not leaving_verb(lex, leaving):
        return [], False
    nouns = [c for c in leaving.children if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT")]
    if leaving.dep_ == "relcl":
        nouns.append(leaving.head)
    if holder is not None:
        nouns.append(holder)
    risen = []
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ not in ("relcl", "acl"):
                continue
            merger = lex.verbs.get(clause.lemma_.lower()) or {}
            if merger.get("mode") != "merger" or any(c.dep_ == "neg" for c in clause.children):
                continue
            risen += [a for p in clause.children if p.dep_ == "prep" and p.lower_ == "into"
                      for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)]  # fmt: skip
    ended = lex.ended_adjectives
    once = any(
        t.lower_.strip("-") in ended or t.lemma_.lower() in ended
        for noun in nouns
        for t in noun.doc[noun.left_edge.i : noun.i]
    ) or any(n.lower_.startswith(f"{adj}-") for n in nouns for adj in ended)  # "ex-officers"
    return risen, once


def _leavers_own_group(coder: Any, leaving: Any) -> list[Any]:
    """'Several X leaders walked out and formed Y', 'a large part of the X leadership walked
    out and formed Y': leavers named as people or a part of a group (events.yaml
    ``founder_nouns``, ``part_nouns``, cues.yaml ``leaver_body_nouns``; ``leaver_unit_nouns``
    for a known group only) leave the group their name's modifiers or 'of' phrase name
    (replay17)."""
    lex = coder.lex
    bodies = lex.founder_nouns | lex.part_nouns | lex.leaver_body_nouns
    kids = [*leaving.children, *(g for c in leaving.children
                                 if c.dep_ in ("prt", "advmod") or c.lower_ == "out"
                                 for g in c.children)]  # fmt: skip
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "from")
        # "broke away from Ivan Zorb": a person left is his group's leader; the leavers'
        # own group is the one they left (mmp32)
        and not all(p.ent_type_ == "PERSON" for p in c.children if p.dep_ == "pobj")
        for c in kids
    ):
        return []  # "walked out of the talks": what they left is named, and no group
    for subj in (c for c in leaving.children if c.dep_ == "nsubj"):
        if subj.lower_ in bodies:
            return _groups_of(coder, subj)
        if subj.lower_ in lex.leaver_unit_nouns:  # "the Mid-Ulster unit of X" (stop 56)
            return [a for a in _groups_of(coder, subj) if not a.id.startswith("open:")]
    return []


# -- headlines, round 4 (branch hdl2) -------------------------------------------------------
def party_behind(coder: Any, noun: Any) -> list[Any]:
    """'Al-Qaeda behind attack on X', 'TTP behind blast, says CTD': a verbless headline that
    names who is behind an event noun. The noun is the object of "behind" hung on an actor
    name (no verb between, so "was behind" keeps the copula's own reading with its
    modality); that actor is the event's agent. Anything else gives no one.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "behind":
        return []
    holder = prep.head
    if holder.pos_ not in ("NOUN", "PROPN") or holder.i == prep.i:
        return []
    return [a for a in coder.actors(holder) if a.type not in ("country", "place")]


# -- the country an act is done in (issue 9, peers' world news) -----------------------------

_LOCUS_PREPS = frozenset({"in", "into", "inside", "throughout", "across"})
NOT_LOCUS_TYPES = frozenset({"ASSAULT", "CONSULT", "COOPERATE"})
"""Types whose place is a theatre or a venue, not a party: fighting or attacking in a
country (the war is there, the country may be anyone's ally), talks or joint acts held in
it (the host is no party)."""


def _agreement_act(coder: Any, verb: Any) -> bool:
    """Is ``verb`` itself an act of agreeing ("signed", "agreed", "concluded" with an AGREE
    entry), or a verb whose object is an agreement ("reached a deal", "inked a truce")? The
    place of a signing or of a deal is its venue, never a party (gaps63): the host country is
    a party only when named as mediator, guarantor or signatory."""
    entry = coder.lex.verbs.get(verb.lemma_.lower()) or {}
    if entry.get("type") == "AGREE":
        return True
    return any(
        c.dep_ in ("dobj", "obj") and (coder._event_noun(c) or {}).get("type") == "AGREE"  # noqa: SLF001
        for c in verb.children
    )


def locus_party(coder: Any, verb: Any, etype: str | None = None) -> tuple[list[Any], str]:
    """'X imposed a curfew in Y', 'X deployed troops in Y', 'X banned rallies in Y': an act
    with no other party named is done to the country it is done in (the peers' coders, CAMEO
    and PLOVER, code the place's country as the target). The country is a named country
    actor, or a capital (its government), in an 'in'/'into'/'inside' phrase on the verb or on
    its object; never the doer's
    own country ("Pakistani police banned rallies in Pakistan" names no other party), never
    when the doer is unknown, never a city that stands for its government, and never for
    fighting, talks or joint acts, whose place is a theatre or a venue. Modality is read
    later from the verb, as for every event.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya imposed a curfew in Somalia.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> somalia = Actor(id="country:somalia", name="Somalia", mention="Somalia", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kenya, 5: somalia})
    >>> [a.name for a in locus_party(coder, doc[1])[0]]
    ['Somalia']
    >>> coder = SentenceCoder(load(), doc, {0: somalia, 5: somalia})
    >>> locus_party(coder, doc[1])[0]
    []
    """
    if etype in NOT_LOCUS_TYPES:
        return [], ""  # "fought alongside X in Y", "carried out attacks in Y": a theatre
    if _agreement_act(coder, verb):
        return [], ""  # "signed a ceasefire in Y", "agreed a truce in Y": a venue (gaps63)
    sources, passive, _how = coder.subject(verb)
    if passive or not sources:
        return [], ""
    own = {s.key() for s in sources}
    own_iso = {iso for s in sources if (iso := s.country or _iso_of_key(s.key()))}
    addressed = _addressee_objects(coder, verb)
    holders = [
        verb,
        *(c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i not in addressed),
    ]
    for holder in holders:
        for prep, pobj in _locus_phrases(coder, holder):
            actor = coder.actor_of.get(pobj.i) if pobj.dep_ == "pobj" else None
            capital = None
            if actor is None and pobj.dep_ == "pobj" and _state_act_on_things(coder, verb, sources):
                # "imposed a curfew in Nairobi": a capital named as the place of a state's
                # act on things stands for its country's government (as a capital that
                # acts does); "arrested protesters in Kampala" is an act on the people
                # there, and "the Red Cross suspended aid in Kampala" no state's act
                capital = actor = next(iter(_capital_of(pobj)), None)
            if actor is None or (actor.type != "country" and capital is None) or actor.weak:
                continue
            if actor.key() in own or _iso_of_key(actor.key()) in own_iso:
                return [], ""
            if actor.country and actor.country in own_iso:
                return [], ""
            return [actor], f"the country it is done in ('{prep.lower_} {pobj.text}')"
    return [], ""


def _addressee_objects(coder: Any, verb: Any) -> set[int]:
    """Indices of ``verb``'s objects that are the people it addresses: the object of a verb
    of rallying or directing (cues.yaml ``rallying_verbs``, ``directive_verbs``) that has an
    infinitive of its own ("urged fighters in Y not to trust Z", "told commanders in Y to
    attack Z"). A place on such an object places the people addressed, who are no country:
    "fighters in Syria" are not Syria, so it names no party of the act (fix61d).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> coder = type("C", (), {"lex": load(), "actor_of": {}})()
    >>> doc = nlp()("The emir urged fighters in Mali to leave the town.")
    >>> sorted(_addressee_objects(coder, doc[2]))
    [3]
    >>> _addressee_objects(coder, nlp()("Kenya deployed troops in Somalia.")[1])
    set()
    """
    lex = coder.lex
    if verb.lemma_.lower() not in lex.rallying_verbs | lex.directive_verbs:
        return set()
    infinitive = any(
        c.dep_ in ("xcomp", "ccomp")
        and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in verb.children
    )
    if not infinitive:
        return set()
    return {c.i for c in verb.children if c.dep_ in ("dobj", "obj")}


def _locus_phrases(coder: Any, holder: Any) -> Iterator[tuple[Any, Any]]:
    """(preposition, object) pairs naming where ``holder``'s act is done: its in/into/inside
    phrases, and (peers11) the "in" phrase of a premises its at/outside/near phrase names
    ("rioted at a jail in Y": cues.yaml ``nested_locus_preps``), whose own noun is no actor.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kenyan prisoners rioted at a jail in Uganda.")
    >>> coder = type("C", (), {"lex": load(), "actor_of": {}})()
    >>> [(p.text, o.text) for p, o in _locus_phrases(coder, doc[2])]
    [('in', 'Uganda')]
    """
    for prep in holder.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in _LOCUS_PREPS:
            yield from ((prep, pobj) for pobj in prep.children)
        elif prep.lower_ in coder.lex.nested_locus_preps:
            for place in prep.children:
                if place.dep_ != "pobj" or place.pos_ != "NOUN" or place.i in coder.actor_of:
                    continue
                for inner in place.children:
                    if inner.dep_ == "prep" and inner.lower_ in ("in", "inside"):
                        yield from ((inner, pobj) for pobj in inner.children)


_HUMAN_ENTS = frozenset({"PERSON", "NORP"})
_PATIENT_ROLES = frozenset({"civilians", "rebels", "opposition", "militants"})


def _state_act_on_things(coder: Any, verb: Any, sources: list[Any]) -> bool:
    """Is this a state's act whose object, if any, is no person or people: the doers are
    all states (a country, its government or forces), the verb is no charging verb
    ("arrested", "detained": cues.yaml ``charging_verbs``) and its object is no named person
    or people and no agent noun of the governed ("dozens of protesters", "rebels"); a
    state's own forces ("deployed soldiers in Y") are its means, not its patients."""
    if not all(s.type in STATE_TYPES for s in sources):
        return False
    if verb.lemma_.lower() in coder.lex.charging_verbs:
        return False
    from riftwatch.actors.agents import load_agents

    agents = load_agents()
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        nouns = [obj, *(p for prep in obj.children if prep.lower_ == "of" for p in prep.children)]
        for noun in nouns:
            if noun.ent_type_ in _HUMAN_ENTS or noun.pos_ == "PRON":
                return False
            role = agents.role(noun.lower_) or agents.role(noun.lemma_)
            if role in _PATIENT_ROLES:
                return False  # "protesters", "rebels": the people there are its patients
    return True


def hosted(found: Any) -> Any:
    """A dictionary match whose forward code hosts the act (CAMEO 086) turned round, for a
    pattern read from the visitor's side: "X's peacekeepers arrived in Y" codes Y receiving
    them (RETREAT, access) and X providing them (AID), not the other way.

    >>> from riftwatch.nlp.lexicon.dictionary import Match
    >>> m = Match(lemma="arrive", group="ARRIVE", cameo="0861", type="RETREAT", mode="access",
    ...           line=1, pattern="- &PKO *", reverse_cameo="074", reverse_type="AID")
    >>> turned = hosted(m)
    >>> (turned.cameo, turned.type, turned.reverse_cameo, turned.reverse_type)
    ('074', 'AID', '0861', 'RETREAT')
    """
    from dataclasses import replace

    return replace(
        found, cameo=found.reverse_cameo, type=found.reverse_type, mode=found.reverse_mode,
        reverse_cameo=found.cameo, reverse_type=found.type, reverse_mode=found.mode,
    )  # fmt: skip


_AIM_DEPS = frozenset({"xcomp", "advcl", "acl", "ccomp", "conj"})
_AIM_PREPS = frozenset({"against", "over", "at", "of"})


def protest_aims(coder: Any) -> None:
    """A protest and the party it is aimed at through its purpose: "X demonstrated calling
    for independence from Y", "X began a hunger strike to demand the resignation of Y",
    "X staged a rally in protest at Y's policy": PROTEST from X to the first party named in
    the aim (lexicon ``protest_acts``, ``aim_verbs``). Read on the protest's verb, so a
    protest that was not held, or may be, is not asserted; X's own name in the aim is no
    target.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kurds demonstrated to demand independence from Iraq.")
    >>> kurds = Actor(id="open:kurds", name="Kurds", mention="Kurds", type="collective")
    >>> iraq = Actor(id="country:iraq", name="Iraq", mention="Iraq", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kurds, 6: iraq})
    >>> protest_aims(coder)
    >>> [(e.source.name, e.event_type, e.target.name) for e in coder.events]
    [('Kurds', 'PROTEST', 'Iraq')]
    """
    from riftwatch.nlp import written  # noqa: PLC0415 - written imports nothing of ours

    lex = coder.lex
    acts = lex.protest_acts
    if not acts:
        return
    for tok in coder.doc:
        word = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (word in acts or _obstruction(lex, tok)):
            verb, holders = tok, [tok]
        elif (
            tok.pos_ == "NOUN"
            and (word in acts or tok.lower_ in acts)
            and tok.dep_ in ("dobj", "obj")
            and tok.head.pos_ == "VERB"
        ):
            verb, holders = tok.head, [tok, tok.head]  # "staged a demonstration"
        elif _gathered_for(lex, tok):
            verb = tok.head.head  # "gathered for a rally ... to protest Y's abuses" (world22)
            holders = [tok, verb]
        else:
            continue
        sources = coder.subject(verb)[0]
        if not sources:
            continue
        own = {a.key() for a in sources}
        aims = _protest_aims(lex, holders)
        for aim in aims:
            if written.naming_use(aim):
                continue  # "struck what officials called Y's safe houses": no aim (round 15)
            target = next((a for t in aim.subtree if (a := coder.actor_of.get(t.i)) is not None
                           and a.key() not in own), None)  # fmt: skip
            if target is not None:
                why = [f"trigger '{tok.text}': a protest -> PROTEST",
                       f"target: named in its aim ('{aim.text}')"]  # fmt: skip
                coder._emit(sources, [target], "PROTEST", None, verb, why)  # noqa: SLF001
                break


def _gathered_for(lex: Any, tok: Any) -> bool:
    """Is ``tok`` a protest noun in the "for" phrase of a verb of gathering (cues.yaml
    ``gathering_verbs``): "X converged for a rally", "X gathered for a protest" (world22)?

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Farmers gathered for a rally in the capital.")
    >>> _gathered_for(load(), doc[4])
    True
    >>> _gathered_for(load(), nlp()("Farmers voted for a rally in the capital.")[4])
    False
    """
    word = tok.lemma_.lower()
    prep = tok.head
    return (
        tok.pos_ == "NOUN"
        and (word in lex.protest_acts or tok.lower_ in lex.protest_acts)
        and tok.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in lex.gathering_verbs
    )


def desecrated_symbols(coder: Any) -> None:
    """A party's symbols destroyed or defaced: "X burned the flag of Y", "X tore down Y's
    flags", "X defaced Y posters", "Y's banners were burned by X": PROTEST (vandalize, PLOVER:
    damage to property as a symbolic act) from X to the owner of the symbol (its possessor,
    a name before it, or its "of" phrase). The verbs and symbols are cues.yaml
    ``desecrating_verbs`` (a verb, or a verb and its particle: "tear down") and
    ``symbol_nouns``. Read on the verb, so a negated or hoped-for burning is not asserted;
    the subject's own symbols give nothing (precision23).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("The Front tore down the League's flags.")
    >>> front = Actor(id="open:f", name="Front", mention="Front", type="armed group")
    >>> league = Actor(id="open:l", name="League", mention="League", type="armed group")
    >>> coder = SentenceCoder(load(), doc, {1: front, 5: league})
    >>> desecrated_symbols(coder)
    >>> [(e.source.name, e.event_type, e.mode, e.target.name) for e in coder.events]
    [('Front', 'PROTEST', 'vandalize', 'League')]
    """
    lex = coder.lex
    if not (lex.desecrating_verbs and lex.symbol_nouns):
        return
    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        if lemma not in lex.desecrating_verbs and not any(
            f"{lemma} {p}" in lex.desecrating_verbs for p in particles
        ):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        symbols = [c for c in verb.children
                   if c.dep_ in (("nsubjpass",) if passive else ("dobj", "obj"))
                   and c.lemma_.lower() in lex.symbol_nouns]  # fmt: skip
        symbols += [c for s in symbols for c in s.conjuncts]
        if not symbols:
            continue
        if passive:
            sources = [a for c in verb.children if c.dep_ == "agent"
                       for p in c.children if p.dep_ == "pobj"
                       for a in coder.actors(p)]  # fmt: skip
        else:
            sources = coder.subject(verb)[0]
        if not sources:
            continue
        own = {a.key() for a in sources}
        owners: list[Any] = []
        for symbol in symbols:
            holders = [c for c in symbol.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
            holders += [p for c in symbol.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            for holder in holders:
                owners += [a for a in coder.actors(holder) if a.key() not in own
                           and all(a.key() != b.key() for b in owners)]  # fmt: skip
        owners = [a for a in owners if a.type not in ("country", "place")] or [
            a for a in owners if a.type == "country"
        ]
        done = {e.target.key() for e in coder.events
                if e.trigger is verb and e.event_type == "PROTEST"}  # fmt: skip
        owners = [a for a in owners if a.key() not in done]
        if owners:
            why = [f"trigger verb '{verb.text}': a symbol destroyed or defaced -> PROTEST",
                   "target: the owner of the symbol"]  # fmt: skip
            coder._emit(sources, owners, "PROTEST", "vandalize", verb, why)  # noqa: SLF001


def _obstruction(lex: Any, verb: Any) -> bool:
    """'blocked the roads', 'barricaded the streets': an obstruction of passage, a protest
    act (CAMEO 144) when it has an aim (cues.yaml ``obstruction_verbs``,
    ``thoroughfare_nouns``; peers17)."""
    return verb.lemma_.lower() in lex.obstruction_verbs and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.thoroughfare_nouns
        for c in verb.children
    )


def _protest_aims(lex: Any, holders: list[Any]) -> list[Any]:
    """The aim phrases of a protest: clauses of an aim verb ("to demand", "calling for")
    and "in protest at/against/of" phrases, on the protest's verb or noun."""
    out = []
    in_protest = False
    for holder in holders:
        for child in holder.children:
            if child.dep_ in _AIM_DEPS and child.lemma_.lower() in lex.aim_verbs:
                out.append(child)
            elif child.dep_ == "prep" and child.lower_ == "in":
                for pobj in child.children:
                    if pobj.lower_ == "protest":  # "in protest at Y's policy"
                        in_protest = True
                        out += [c for c in pobj.children
                                if c.dep_ == "prep" and c.lower_ in _AIM_PREPS]  # fmt: skip
    if in_protest:  # the parse may hang "at Y's policy" on the verb
        out += [c for h in holders for c in h.children
                if c.dep_ == "prep" and c.lower_ in _AIM_PREPS - {"of"}]  # fmt: skip
    if not out and holders[0].pos_ == "VERB":
        # "X rioted following a demonstration calling for Y's removal": the protest that an
        # act of protest follows lends it its aim (peers10)
        before = [p for c in holders[0].children
                  if c.dep_ == "prep" and c.lower_ in lex.protest_sequence_preps
                  for p in c.children
                  if p.dep_ in ("pobj", "dobj") and p.pos_ == "NOUN"
                  and lex.protest_acts & {p.lemma_.lower(), p.lower_}]  # fmt: skip
        for noun in before:
            out += _protest_aims(lex, [noun])
    return out


_HANDING = frozenset({"hand", "turn", "extradite", "deliver", "transfer"})
_OVER_VERBS = frozenset({"hand", "turn"})


def _handed_thing(lex: Any, lemma: str, objs: list[Any]) -> bool:
    """Is "handed X to Y" without "over" a handover: the verb "hand" with an object that is a
    thing or people, not a message ("handed a letter to Y") or a figure of speech ("handed a
    defeat to Y"; cues.yaml figurative_hand_objects)? (walk52: "handed two checkpoints to Y")"""
    if lemma != "hand" or len(objs) != 1:
        return False
    word = objs[0].lemma_.lower()
    return not (
        word in lex.figurative_hand_objects
        or objs[0].lower_ in lex.figurative_hand_objects
        or word in lex.message_nouns
        or word in lex.statement_nouns
    )


def handover_to_party(coder: Any) -> None:
    """'X handed over medicine to Y', 'X extradited a suspect to Y', 'X turned two men over
    to Y': whatever is handed over, the giver cooperates with the receiver named after "to"
    (AID when the thing given is material aid, else COOPERATE, mode handover), also when
    what or who is handed over is no actor (the lexicon's COERCE on a captive named as an
    actor is written.handover_recipient's). "hand" and "turn" count only with "over".
    Read on the verb, so a refused or hedged handover is not asserted.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Zambia extradited a suspect to Kenya.")
    >>> zambia = Actor(id="country:zambia", name="Zambia", mention="Zambia", type="country")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: zambia, 5: kenya})
    >>> handover_to_party(coder)
    >>> [(e.source.name, e.event_type, e.mode, e.target.name) for e in coder.events]
    [('Zambia', 'COOPERATE', 'handover', 'Kenya')]
    """
    for verb in coder.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _HANDING:
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        overs = [c for c in (*verb.children, *(g for o in objs for g in o.children))
                 if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "over"]  # fmt: skip
        if lemma in _OVER_VERBS and not overs and not _handed_thing(coder.lex, lemma, objs):
            continue
        holders = [verb, *objs, *overs]
        receivers = [a for h in holders for p in h.children
                     if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                     for pobj in p.children if pobj.dep_ == "pobj"
                     for a in coder.actors(pobj)]  # fmt: skip
        sources, passive, _how = coder.subject(verb)
        if passive or not sources or not receivers:
            continue
        done = _coded_pairs(coder, verb)
        pairs = [(s, r) for s in sources for r in receivers
                 if s.key() != r.key() and (s.key(), r.key()) not in done]  # fmt: skip
        if not pairs:
            continue
        things = [*objs, *(p for o in objs for c in o.children  # "700 kg of medicine"
                           if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj")]  # fmt: skip
        material = any(
            (coder.lex.noun_entry(t) or {}).get(
                "type") == "AID" for t in things
        )  # fmt: skip
        etype, mode = ("AID", None) if material else ("COOPERATE", "handover")
        why = [f"'{verb.text}' over to another party -> {etype}", "source: the giver",
               "target: object of 'to'"]  # fmt: skip
        for source, receiver in pairs:
            coder._emit([source], [receiver], etype, mode, verb, why)  # noqa: SLF001


def returned_to_owner(coder: Any) -> None:
    """'X returned the weapons seized from Y', 'X handed back the vehicles it had captured
    from Y': property given back to the party it was taken from (CAMEO 0842; RETREAT, mode
    return, from the giver to the party after "from" in the taking clause on the object).
    The verbs are cues.yaml ``returning_verbs`` and ``taking_verbs``. A receiver named after
    "to" is the lexicon's own ("returned the weapons to Y"); a passive giver names no party.
    Read on the verb, so a refused, promised or hedged return is not asserted (world24).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Zambia returned the trucks seized from Kenya.")
    >>> zambia = Actor(id="country:zambia", name="Zambia", mention="Zambia", type="country")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: zambia, 6: kenya})
    >>> returned_to_owner(coder)
    >>> [(e.source.name, e.event_type, e.mode, e.target.name) for e in coder.events]
    [('Zambia', 'RETREAT', 'return', 'Kenya')]
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or not verb_phrase_in(verb, lex.returning_verbs):
            continue
        if verb.lemma_.lower() not in lex.returning_verbs and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children
        ):
            continue  # "handed over", "gave" alone: no giving back
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        objs += [c for o in objs for c in o.conjuncts]  # "the weapons and equipment seized"
        takings = [r for o in objs for r in o.children if r.dep_ in ("acl", "relcl")
                   and r.lemma_.lower() in lex.taking_verbs]  # fmt: skip
        # the parser may hang the taking clause's "from Y" on the giving verb when it comes
        # after the clause ("returned the weapons seized last year from Y")
        froms = [p for r in takings for p in r.children if p.dep_ == "prep" and p.lower_ == "from"]
        if takings and not froms:
            froms = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                     and p.i > min(r.i for r in takings)]  # fmt: skip
        owners = [a for p in froms for pobj in p.children if pobj.dep_ == "pobj"
                  for a in coder.actors(pobj) if a.type != "place"]  # fmt: skip
        # (the parser may hang "to Z" on the taking clause or its party: any "to" under the
        # verb or its object counts)
        receivers = [a for h in (verb, *(t for o in objs for t in o.subtree)) for p in h.children
                     if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                     for pobj in p.children if pobj.dep_ == "pobj"
                     for a in coder.actors(pobj)]  # fmt: skip
        if not owners or receivers:
            continue  # "returned the arms taken from Y to Z": Z gets them, not Y
        sources, passive, _how = coder.subject(verb)
        if passive or not sources:
            continue
        done = _coded_pairs(coder, verb)
        why = [f"'{verb.text}' what was taken from another party -> RETREAT",
               "source: the giver", "target: the party it was taken from"]  # fmt: skip
        for source in sources:
            for owner in owners:
                if source.key() != owner.key() and (source.key(), owner.key()) not in done:
                    coder._emit([source], [owner], "RETREAT", "return", verb, why)  # noqa: SLF001


_HOSTILE_PURPOSE = ("COERCE", "ASSAULT")


def fire_with_purpose(coder: Any) -> None:
    """'Police opened fire to disperse the demonstrators', 'troops fired to disperse Y':
    shooting whose purpose clause names whom it is done to, with nobody named as fired at,
    fires on that party (ASSAULT, mode firearms, from the shooter). The purpose verb must be
    hostile in the lexicon itself (COERCE or ASSAULT: disperse, crush), so "opened fire to
    protect Y" fires on nobody; a phrase of direction ("fired into the air to disperse Y",
    "fired at Z") leaves the shooting to the lexicon. The verbs are cues.yaml
    ``purpose_fire_verbs`` and "open" with the object "fire". Read on the shooting verb, so
    "did not open fire" or "may open fire" is not asserted (world24).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya opened fire to disperse Ugandan rebels.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> rebels = Actor(id="open:ugandan-rebels", name="Ugandan rebels",
    ...                mention="Ugandan rebels", type="group")
    >>> coder = SentenceCoder(load(), doc, {0: kenya, 4: rebels, 5: rebels})
    >>> fire_with_purpose(coder)
    >>> [(e.source.name, e.event_type, e.mode, e.target.name) for e in coder.events]
    [('Kenya', 'ASSAULT', 'firearms', 'Ugandan rebels')]
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        opened = lemma == "open" and any(o.lemma_.lower() == "fire" for o in objs)
        if not opened and (lemma not in lex.purpose_fire_verbs or objs):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "upon")
               for h in (verb, *objs) for c in h.children):  # fmt: skip
            continue  # fired at someone, or into the air: the lexicon's own
        purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # fmt: skip
        purposes = [c for c in purposes
                    if (lex.trigger_entry(c)[1] or {}).get("type") in _HOSTILE_PURPOSE]  # fmt: skip
        targets = [a for p in purposes for o in p.children if o.dep_ in ("dobj", "obj")
                   for a in coder.actors(o)]  # fmt: skip
        if not targets:
            continue
        shooters, passive, _how = coder.subject(verb)
        if passive or not shooters:
            continue
        done = _coded_pairs(coder, verb)
        why = [f"'{verb.text}' fire to act on another party -> ASSAULT", "source: the shooter",
               "target: object of the purpose clause"]  # fmt: skip
        for shooter in shooters:
            for target in targets:
                if shooter.key() != target.key() and (shooter.key(), target.key()) not in done:
                    coder._emit([shooter], [target], "ASSAULT", "firearms", verb, why)  # noqa: SLF001


def defections_to(coder: Any) -> None:
    """'The Hamas faction defected to Fatah': whoever defects to Y joins Y (SUPPORT, mode
    pledge, as "joined Y" is); the group left is the "from" party (the verb's own REJECT).
    The verbs are the lexicon's with ``joins_prep`` (events.yaml). Read on the verb, so a
    denied or possible defection is not asserted.

    prec52: men of a group who defect ("Hamas commanders defected to Fatah", "fighters of X
    defected to Y": a common noun as the subject, the group its modifier) leave the group;
    the group does not join Y by their going (it loses them), so nothing is coded for it.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Hamas defected to Fatah.")
    >>> a = Actor(id="org:a", name="Hamas", mention="Hamas", type="armed_group")
    >>> b = Actor(id="org:b", name="Fatah", mention="Fatah", type="armed_group")
    >>> coder = SentenceCoder(load(), doc, {0: a, 3: b})
    >>> defections_to(coder)
    >>> [(e.source.name, e.event_type, e.mode, e.target.name) for e in coder.events]
    [('Hamas', 'SUPPORT', 'pledge', 'Fatah')]
    >>> coder = SentenceCoder(load(), nlp()("Hamas commanders defected to Fatah."), {0: a, 4: b})
    >>> defections_to(coder)
    >>> coder.events
    []
    """
    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        # "went over / crossed over to Y", "switched sides to Y": the idiom's entry (gaps62)
        entry = coder._object_idiom(verb) or coder.lex.verbs.get(verb.lemma_.lower()) or {}  # noqa: SLF001
        prep_word = entry.get("joins_prep")
        if not prep_word:
            continue
        joined = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == prep_word
                  for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)]  # fmt: skip
        if entry.get("group_targets"):  # "crossed over to Pakistan": a place crossed to
            joined = [a for a in joined if a.type not in ("country", "place")]
        sources, passive, how = coder.subject(verb)
        if passive or not sources or not joined:
            continue
        members = coder.lex.defecting_member_nouns
        if any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "NOUN"
               and s.lower_ in members
               for s in verb.children):  # fmt: skip
            continue  # "X's commanders defected to Y": X loses them, it joins nobody
        if _one_man_of_rank(coder, verb):
            continue  # "P, X's commander, defected to Y": X loses him, it joins nobody
        why = [f"'{verb.text} {prep_word}' Y: joins Y -> SUPPORT (pledge)", f"source: {how}",
               f"target: object of '{prep_word}'"]  # fmt: skip
        coder._emit(sources, joined, "SUPPORT", "pledge", verb, why)  # noqa: SLF001


def _one_man_of_rank(coder: Any, verb: Any) -> bool:
    """Is the defector one named man told by his rank in the group, with no men taken along:
    "P, X's commander, defected to Y", "P, a senior X member, ..." (cues.yaml
    ``defecting_rank_nouns`` in the subject's phrase; a "with" phrase on the verb takes men
    with him, and a leader stands for his group; fix62)?"""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    ranks = coder.lex.defecting_rank_nouns
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.pos_ != "PROPN" and subject.lower_ not in ranks:
            continue
        if subject.pos_ == "NOUN" and not any(c.pos_ == "PROPN" for c in subject.subtree):
            continue  # "the commander defected": whose is unsaid
        if any(t.lower_ in ranks and t.tag_ == "NN" for t in subject.subtree):
            return True
    return False


_HOSTING = frozenset({"host", "house"})
_STATE_PARTIES = frozenset({"country", "government", "igo"})


def _state_party(actor: Any) -> bool:
    """Is an actor a state or an intergovernmental body (or a person standing for one)?"""
    if actor.type in _STATE_PARTIES:
        return True
    from riftwatch.actors.kb import default_kb

    org = default_kb().find(actor.org_id or "") if actor.org_id else None
    return org is not None and org.type in _STATE_PARTIES


def state_hosts(coder: Any) -> None:
    """A state hosting another state's leader or an international body is a visit
    (CONSULT, CAMEO 042/043: "X hosted the Japanese Prime Minister"), not the sanctuary the
    lexicon's "host" gives to armed men ("X hosted Taliban leaders" stays AID, sanctuary).
    Both parties must be states, governments or intergovernmental bodies (or persons
    standing for one). The event keeps its trigger, so its modality is unchanged.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya hosted Uganda's president.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> uganda = Actor(id="country:uganda", name="Uganda", mention="Uganda", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kenya, 2: uganda, 4: uganda})
    >>> coder._emit([kenya], [uganda], "AID", "sanctuary", doc[1], [])
    >>> state_hosts(coder)
    >>> [(e.event_type, e.mode) for e in coder.events]
    [('CONSULT', None)]
    """
    for event in coder.events:
        if (
            event.event_type == "AID"
            and event.mode == "sanctuary"
            and event.trigger.lemma_.lower() in _HOSTING
            and _state_party(event.source)
            and _state_party(event.target)
        ):
            event.event_type, event.mode = "CONSULT", None
            event.why.append("a state hosting a state or an international body: a visit")


# -- gerund subjects naming their parties (issue 9, relationship descriptions) ---------------
def gerund_subject_nominal(coder: Any, tok: Any) -> dict[str, Any] | None:
    """'Fighting between X and Y started in 1994': a gerund that is the subject of a clause
    and names its parties with 'between' or 'with' is the event noun ("the fighting between
    X and Y"); the tagger reads it as a verb with no subject or object of its own. The
    clause's own verb ("started", "broke out") carries the modality as for any noun.

    Likewise a noun-phrase headline's gerund with an 'of' phrase after it, the subject of
    the headline's verb: "Killing of two policemen by X sparks protest" is "the killing of
    two policemen by X" (heads13). "Killing two policemen ..." (an object, a clause) keeps
    its reading, and the headline's verb carries the modality ("... may spark").

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "Killing of two policemen by TTP militants sparks protest"
    >>> sorted((c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...        for c in extract_document({"id": "t", "date": "2019-01-01", "text": text}))
    [('Tehrik-i-Taliban Pakistan', 'ASSAULT', 'Pakistani police')]
    """
    if tok.tag_ != "VBG" or tok.dep_ not in ("nsubj", "nsubjpass", "csubj"):
        return None
    entry = coder.lex.nouns.get(tok.lower_)
    if entry is None:
        return None
    kids = list(tok.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass", "neg", "mark")
           for c in kids):  # fmt: skip
        return None
    if entry.get("frame") in ("reciprocal", "symmetric") and any(
        c.dep_ == "prep" and c.lower_ in ("between", "with") for c in kids
    ):
        return entry
    if any(c.dep_ in ("amod", "advmod") for c in kids):
        return None  # a modifier that would go unread as a modality cue
    if any(c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i for c in kids):
        return entry  # "Killing of Y by X sparks protest" (heads13)
    return None


# -- co-membership (issue 9/10: an alliance stated as membership of one coalition) -----------
_JOINING_MODES = {("SUPPORT", "pledge"), ("COOPERATE", "merger"), ("COOPERATE", None)}


def co_members(coder: Any) -> None:
    """'X and Y joined the Z front', 'X and Y were both members of Z', 'X and Y pledged
    allegiance to Z': parties that join, pledge to or belong to one body together cooperate
    with each other, both ways (COOPERATE, the same trigger, so the same modality: "X and Y
    may join Z" stays hypothetical). Only coordinated subjects of one trigger count: "X
    joined Z, which Y had left" says nothing between X and Y."""
    groups: dict[tuple[int, str], list[Any]] = {}
    for ev in coder.events:
        if (ev.event_type, ev.mode) not in _JOINING_MODES:
            continue
        groups.setdefault((ev.trigger.i, ev.target.key()), []).append(ev)
    for (_i, _target), events in groups.items():
        trigger = events[0].trigger
        subjects = {a.key() for a in coder.subject(trigger)[0]} if trigger.pos_ in (
            "VERB", "AUX") else set()  # fmt: skip
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("attr", "oprd"):
            # "X and Y were (both) members of Z": the copula's coordinated subject
            subjects = {a.key() for a in coder.subject(trigger.head)[0]}
        parties: list[Any] = []
        for ev in events:
            if ev.source.key() in subjects and all(p.key() != ev.source.key() for p in parties):
                parties.append(ev.source)
        if len(parties) < 2:
            continue
        why = [f"co-members: '{trigger.text}' {events[0].target.mention} together"]
        coder._emit_pairs(parties, "COOPERATE", None, trigger, why)


# -- world news, sixth round (peers4) ---------------------------------------------------------
_VICTIM_VERB_TYPES = frozenset({"ASSAULT", "COERCE"})


def refused_nominal_acts(coder: Any) -> None:
    """'X refused to hold talks with Y', 'X declined to commit to any assistance to Y': the
    refusal of a cooperative act told by a light verb and an event noun is a REJECT from X to
    the act's other party (CAMEO 12), as the verb form ("refused to meet Y") already is.

    Read after every pass: the refused act is an event of X (negated by the refusal cue) whose
    trigger lies in the refusal's complement. The REJECT's trigger is the refusal verb, so its
    own modality is read from it ("did not refuse", "may refuse" are not asserted). A refusal
    that already has a REJECT, a hostile refused act ("refused to attack Y") and a refused
    remark ("declined to say whether ...") add nothing."""
    from riftwatch.nlp import written  # noqa: PLC0415 - written imports nothing of ours

    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        entry = lex.verbs.get(verb.lemma_.lower()) or {}
        if entry.get("frame") != "refusal" or written.stops_short(verb, lex):
            continue
        if any(e.trigger.i == verb.i and e.event_type == "REJECT" for e in coder.events):
            continue
        comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if comp is None or written.refused_remark(comp, lex):
            continue
        inner = lex.verbs.get(comp.lemma_.lower()) or {}
        if inner.get("needs_ties") or (
            inner.get("type") == "REJECT" and inner.get("mode") in ("renounce", "split")
        ):  # "refused to end its alliance with Y": the alliance holds, nobody is rejected
            continue
        refusers, passive, how = coder.subject(verb)
        if not refusers or passive:
            continue
        own = {a.key() for a in refusers}
        span = {t.i for t in comp.subtree}
        targets: list[Any] = []
        for ev in coder.events:
            if (
                ev.trigger.i in span
                and ev.trigger.pos_ in ("NOUN", "PROPN")
                and ev.event_type in COOPERATIVE
                and ev.source.key() in own
                and ev.target.key() not in own
                and all(ev.target.key() != t.key() for t in targets)
            ):
                targets.append(ev.target)
        if targets:
            why = [f"refusal '{verb.text}' of a cooperative act named by a noun in "
                   f"'{comp.text} ...': REJECT", f"source: {how}",
                   "target: the refused act's other party"]  # fmt: skip
            coder._emit(refusers, targets, "REJECT", entry.get("mode") or "assist", verb, why)  # noqa: SLF001


def _promise_breaker(lex: Any, noun: Any) -> Any:
    """The verb of ``lex.promise_breaking`` that breaks the promise noun ``noun``: as its
    object ("broke its promise"), or through an on/of/from phrase ("reneged on its
    commitment", "backed out of the deal", "withdrew from the accord", "walked away from
    the agreement"; types28: "away" as "out").

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban walked away from the agreement.")
    >>> _promise_breaker(load(), doc[6]).text
    'walked'
    >>> _promise_breaker(load(), nlp()("The Taliban backed the agreement.")[3]) is None
    True
    """
    head = noun.head
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and head.pos_ == "VERB":
        verb = head
        if verb.lemma_.lower() in lex.leaving_only_breakers:
            return None  # these leave a promise only through "out of" / "from"
    elif noun.dep_ == "pobj" and head.lower_ in ("on", "of", "from") and head.head.i != head.i:
        verb = head.head
        if verb.lower_ in ("out", "away") and verb.dep_ in ("prt", "prep", "advmod"):
            verb = verb.head  # "backed out of the deal", "walked away from the deal"
        if verb.pos_ != "VERB":
            return None
    else:
        return None
    return verb if verb.lemma_.lower() in lex.promise_breaking else None


def _talks_left(lex: Any, verb: Any) -> bool:
    """Does ``verb`` (the breaker of a talks noun) leave the talks: a verb of
    ``talks_leaving``, "break" only with its particle "off" ("broke off talks"; types28)?

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> _talks_left(load(), nlp()("X broke off the talks.")[1])
    True
    >>> _talks_left(load(), nlp()("X renounced the talks.")[1])
    False
    """
    lemma = verb.lemma_.lower()
    if lemma not in lex.talks_leaving:
        return False
    return lemma != "break" or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _verb_partners(coder: Any, noun: Any, verb: Any, entry: dict[str, Any]) -> list[Any]:
    """The parties of the promise or talks noun's "with" phrase, on the noun or where the
    parser hangs it on the breaking verb instead ("X backed out of the deal with Y": "with"
    on "backed"), when the noun coded no event of its own to take them from (types28)."""
    if "with" not in (entry.get("partner_preps") or ()):
        return []
    heads = [noun, verb]
    return [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj" for a in coder.actors(p)]  # fmt: skip


def _reproached_for(lex: Any, verb: Any) -> bool:
    """Is ``verb`` a gerund of the grounds of a reproach ("rebuked / blamed / criticised X
    for breaking its oath to Y": a "for" phrase on a verb the lexicon codes ACCUSE)? The
    broken pledge is then the reproacher's charge, coded by the ACCUSE; no cut of its own
    (bugs37, as written round 21 labels such grounds)."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "for":
        return False
    return (lex.verb_entry(prep.head.lemma_.lower()) or {}).get("type") == "ACCUSE"


def _with_of_objects(noun: Any) -> list[Any]:
    """``noun`` and the objects of its "of" phrases ("its pledge of allegiance": pledge,
    allegiance)."""
    return [noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj")]  # fmt: skip


def _pledge_partners(noun: Any, verb: Any, entry: dict[str, Any]) -> list[Any]:
    """The tokens of the party a pledge noun is made to: its own partner phrase ("its pledge
    to Y", "its oath of loyalty to Y"), or that phrase where the parser hangs it on the
    breaking verb right after the noun ("renounced [its pledge] [to Y]": nothing between the
    two, as the base dictionary reads a thing's phrase); never a phrase further on ("renounced
    its pledge in a letter to Y")."""
    preps = tuple(entry.get("partner_preps") or ("to",))
    found = [p for h in _with_of_objects(noun) for c in h.children
             if c.dep_ == "prep" and c.lower_ in preps
             for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    if found:
        return found
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
            and c.i == noun.right_edge.i + 1
            for p in c.children if p.dep_ == "pobj"]  # fmt: skip


def broken_promises(coder: Any) -> None:
    """'X reneged on its commitment to Y', 'X broke its promise to Y', 'X backed out of the
    deal with Y', 'X scrapped the accord with Y': the promise or agreement noun (an AGREE) is
    renounced: REJECT (mode renounce) from the breaker to the promise's other party, in place
    of the noun's AGREE (the promise is the background, its breaking the news).

    A pledge noun (events.yaml type SUPPORT, mode pledge: pledge, allegiance, oath, loyalty)
    broken the same way is a tie cut ("X renounced its pledge to Y", "X broke its oath to Y",
    "X revoked its allegiance to Y"; bugs37): the pledgee is the noun's own partner phrase
    ("to Y", its partner_preps) or the other party of the pledge coded on it, never a
    phrase hung on the verb ("renounced its pledge in a letter to Y" names no pledgee).

    Talks left the same way (types28): a CONSULT noun (talks, negotiations, dialogue) that a
    verb of ``talks_leaving`` leaves ("X walked out of the talks with Y", "X pulled out of
    negotiations with Y", "X broke off talks with Y") is a REJECT from the leaver to the
    talks' other party in place of the talks' CONSULT. The other party may hang on the verb
    ("backed out of the deal with Y": the parser's "with Y" on "backed").

    The REJECT's trigger is the breaking verb, so "did not renege", "may abandon the deal"
    are not asserted."""
    lex = coder.lex
    for noun in coder.doc:
        if noun.pos_ != "NOUN":
            continue
        entry = lex.noun_entry(noun) or {}
        kind = entry.get("type")
        pledge = kind == "SUPPORT" and entry.get("mode") == "pledge"
        talks = kind == "CONSULT" and entry.get("frame") == "symmetric"
        if kind != "AGREE" and not pledge and not talks:
            continue
        verb = _promise_breaker(lex, noun)
        if verb is None or (pledge and _reproached_for(lex, verb)):
            continue  # "rebuked X for breaking its oath to Y": the reproacher's charge
        if talks and not _talks_left(lex, verb):
            continue  # "X renounced the talks": no leaving of talks held
        breakers, passive, how = coder.subject(verb)
        if not breakers or passive:
            continue
        own = {a.key() for a in breakers}
        # "the junta denounced Niger's agreements with Y": a state's government, army or
        # agency breaks the state's promise (its country stands for it; prec54)
        own |= {c for a in breakers if a.type in _HOME_STATE_TYPES
                for c in [_home_country(a)] if c}  # fmt: skip

        def owned(party: Any, own: set[str] = own) -> bool:
            if party.key() in own:
                return True
            return party.type in _HOME_STATE_TYPES and _home_country(party) in own

        promised = [e for e in coder.events if e.trigger.i == noun.i and e.event_type == kind]
        targets: list[Any] = []
        partners = []
        if pledge:
            partners = [a for p in _pledge_partners(noun, verb, entry) for a in coder.actors(p)]
            # "its pledge of allegiance to Y": the pledge named in the "of" phrase is broken
            # with it; the cut pledge is no pledge, nor a second cut (the REJECT is the news)
            inner = {t.i for t in _with_of_objects(noun)}
            promised = [e for e in coder.events if e.trigger.i in inner
                        and (e.event_type == kind or e.mode == "discontinue")]  # fmt: skip
        if not pledge and not promised:
            partners = _verb_partners(coder, noun, verb, entry)  # "backed out of the deal with Y"
            # "pulled out of the talks that Y had offered": the offerer is the other party
            partners = partners or _offering_relative_authors(coder, noun)
        for party in [*partners, *(p for ev in promised for p in (ev.target, ev.source))]:
            if not owned(party) and all(party.key() != t.key() for t in targets):
                targets.append(party)
        if pledge and partners:
            targets = [t for t in targets if any(t.key() == p.key() for p in partners)]
        if not targets:
            continue
        if verb.lemma_.lower() in lex.party_only_breakers:
            holders = [p for ev in promised for p in (ev.source, ev.target)]
            # "the junta denounced Mali's accords with Y": the possessive names a party too
            holders += [a for c in noun.children if c.dep_ == "poss" for a in coder.actors(c)]
            if not any(owned(p) for p in holders):
                continue  # "X denounced the pact between Y and Z": a criticism of others
            # "X denounced its pact with Y": the verb's own ACCUSE read the pact as a party
            own_reading = [e for e in coder.events
                           if e.trigger.i == verb.i and e.event_type == "ACCUSE"]  # fmt: skip
            coder.events[:] = [e for e in coder.events if e not in own_reading]
        coder.events[:] = [e for e in coder.events if e not in promised]
        why = [f"'{verb.text}' breaks the promise '{noun.text}': REJECT (renounce)",
               f"source: {how}", "target: the promise's other party"]  # fmt: skip
        coder._emit(breakers, targets, "REJECT", "renounce", verb, why)  # noqa: SLF001


def left_unit(coder: Any, noun: Any) -> bool:
    """Is ``noun`` a relation noun of a unit (events.yaml ``possessor_is_partner``, a
    cooperative type: branch, wing, affiliate, offshoot) that a verb of leaving leaves ("X
    split from Y's branch in Z", "X broke away from Y's Sahel wing", "X defected from Y's
    Khorasan branch", "X left Y's branch": its "from" object, or its object)? Then the
    subject is no member or partner of the unit by this noun: it left it, and the party left
    is the unit's owner, the verb's own target (bugs37: the noun had coded X COOPERATE Y).
    A verb of leaving is one whose events.yaml entry has mode split or withdraw."""
    entry = coder._event_noun(noun) or {}  # noqa: SLF001
    if not entry.get("possessor_is_partner") or entry.get("type") not in COOPERATIVE:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "from":
        verb = noun.head.head
        if verb.dep_ in ("advmod", "prt") and verb.lower_ in coder.lex.particle_adverbs:
            verb = verb.head  # "broke away from Y's wing"
    elif noun.dep_ in ("dobj", "obj"):
        verb = noun.head
    else:
        return False
    if verb.pos_ != "VERB":
        return False
    mode = (coder.lex.verbs.get(verb.lemma_.lower()) or {}).get("mode")
    return mode in ("split", "withdraw")


def described_victim(coder: Any, noun: Any) -> bool:
    """Is ``noun`` part of the description of an attack's or a coercion's victim ("killed
    the deputy chief of Y's militia ally", "arrested the leader of the talks with Y")? Then
    the attacker is not the noun's agent: the noun says who the victim is, not what the
    attacker did (code._nominal_owner). So does a holder noun that is itself the victim
    ("attacked tribal allies of Y", "arrested Y's proxies": the attacker is no ally of Y)."""
    holder = (coder._event_noun(noun) or {}).get("possessor_is_partner")  # noqa: SLF001
    if holder and noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.pos_ == "VERB":
        lemma = noun.head.lemma_.lower()
        entry = coder.lex.verb_entry(lemma) or {}
        if entry.get("type") in _VICTIM_VERB_TYPES:
            return True
        if lemma not in coder.lex.light_verbs:
            # "funded Y's proxies", "met Y's allies": the noun says who the object is; only
            # a predication ("X is Y's proxy", "X became Y's ally") or a light verb ("has
            # allies in Y") makes the subject the partner (fix11)
            return True
    node = noun
    passed_of = False
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
            node = head.head
            # "a string of attacks": a count of the events, not their victim (mmp8)
            passed_of = passed_of or node.lower_ not in coder.lex.quantity_nouns
            continue
        if node.dep_ in ("compound", "conj", "appos") and head.pos_ in ("NOUN", "PROPN"):
            node = head
            continue
        if passed_of and node.dep_ in ("dobj", "obj", "nsubjpass") and head.pos_ == "VERB":
            entry = coder.lex.verb_entry(head.lemma_.lower()) or {}
            return entry.get("type") in _VICTIM_VERB_TYPES
        return False
    return False


def offered_things(coder: Any) -> None:
    """'X offered troops to Y', 'X offered Y a loan', 'X has offered aid to Y': an offer of a
    cooperative thing made by the offer verb itself is also an AGREE from X to Y (CAMEO 03,
    an offer is intent to cooperate), as an offered act is (:func:`announced_cooperation`).
    The AGREE is read on the offer verb, so "did not offer", "may offer" are not asserted."""
    for event in list(coder.events):
        verb = event.trigger
        if event.event_type not in _INTENT_TYPES or event.mode == "pledge":
            continue  # a pledge of allegiance is the SUPPORT itself
        if verb.pos_ == "VERB" and verb.dep_ == "xcomp" and not _negated(verb):
            verb = verb.head  # "offered to hand over X to Y" (read after the handover pass)
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _OFFERING or _negated(verb):
            continue
        subjects = {a.key() for a in coder.subject(verb)[0]}
        if event.source.key() not in subjects or event.target.key() in subjects:
            continue  # "X and Y pledged allegiance to Z": nothing is offered to a co-subject
        why = [f"'{verb.text}': a cooperative thing offered -> AGREE", *event.why[1:]]
        coder._emit([event.source], [event.target], "AGREE", None, verb, why)  # noqa: SLF001
        if event.trigger.i == verb.i and event.event_type == "AID" and event in coder.events:
            # bugs39: the thing offered is not the thing given ("offered weapons to Y",
            # "offered Y sanctuary"): the offer is the AGREE, no AID is asserted
            coder.events.remove(event)


def _offering_relative_authors(coder: Any, noun: Any) -> list[Any]:
    """The subject of an active relative clause of offering on ``noun`` (cues.yaml
    ``proposing_verbs``): "the peace talks that Islamabad's new government had offered", "the
    truce the army proposed" name the talks' or truce's other party (written69). A negated
    or merely planned offer ("the talks that Y never offered") names none."""
    found: list[Any] = []
    for rel in noun.children:
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in coder.lex.proposing_verbs:
            continue
        if any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in rel.children):
            continue
        if any(c.dep_ in ("dobj", "obj") and c.tag_ not in ("WDT", "WP")
               for c in rel.children):  # fmt: skip
            continue  # "the talks that offered Y a way out": the noun is no object offered
        for subj in rel.children:
            if subj.dep_ == "nsubj":
                found += [a for a in coder.actors(subj) if all(a.key() != f.key() for f in found)]
    return found


def _proposal_authors(coder: Any, noun: Any) -> list[Any]:
    """Who made the proposal ``noun``: its possessor, a country adjective or name before it
    ("Y's appeal", "a French plan"), or the object of its from/by/of phrase."""
    found: list[Any] = []
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < noun.i:
            acts = coder.actors(child)
        elif child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            acts = [a for p in child.children if p.dep_ == "pobj" for a in coder.actors(p)]
        elif (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and child.lemma_.lower() in coder.lex.proposing_verbs
        ):  # "a truce offered by Y", "a plan put forward by Y" (round 9)
            acts = [a for ag in child.children if ag.dep_ == "agent"
                    for p in ag.children if p.dep_ == "pobj" for a in coder.actors(p)]  # fmt: skip
        elif child.dep_ == "relcl":  # "the talks that Y had offered" (written69)
            acts = _offering_relative_authors(coder, noun)
        else:
            continue
        found += [a for a in acts if all(a.key() != f.key() for f in found)]
    return found


def custody_phrases(coder: Any) -> None:
    """'X placed Y under house arrest', 'X put Y under detention', 'Y was kept under arrest
    by X': a hostile event noun after "under" on a verb of placing (cues.yaml
    ``custody_verbs``) is that event from the verb's subject (or 'by' agent) to its object
    (or passive subject). The trigger is the verb, so "did not place", "may put" are not
    asserted.

    >>> from riftwatch.nlp.extract import extract_document
    >>> [(c.event.source.name, c.event.event_type, c.event.modality) for c in
    ...  extract_document({"id": "t", "date": "2017-02-01",
    ...                    "text": "Pakistan placed Hafiz Saeed under house arrest."})]
    [('Pakistan', 'COERCE', 'asserted')]
    """
    lex = coder.lex
    for prep in coder.doc:
        verb = prep.head
        if prep.dep_ != "prep" or prep.lower_ != "under" or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() not in lex.custody_verbs:
            continue
        for noun in prep.children:
            entry = coder._event_noun(noun) if noun.dep_ == "pobj" else None  # noqa: SLF001
            if not entry or entry.get("type") in COOPERATIVE or entry.get("type") == "REQUEST":
                continue
            sources, passive, how = coder.subject(verb)
            objects = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                       for a in coder.actors(c)]  # fmt: skip
            if passive:
                objects = sources
                sources, how, _mode = coder._agent_of(verb, entry)  # noqa: SLF001
            if not sources or not objects:
                continue
            why = [f"'{verb.text} ... under {noun.text}' -> {entry['type']}",
                   f"source: {how}", "target: who was put under it"]  # fmt: skip
            coder._emit(sources, objects, entry["type"], entry.get("mode"), verb, why)  # noqa: SLF001


def closed_premises(coder: Any) -> None:
    """'X sealed Y's offices', 'X froze Y's bank accounts', 'X shut down the madrassas of Y': a
    party's premises or funds closed or frozen by another (cues.yaml ``premises_closing_verbs``,
    ``premises_nouns``) is a SANCTION from the closer to their owner (the possessor, a name
    before the noun or the "of" phrase). The trigger is the verb, so "did not seal", "may
    freeze" are not asserted; the closer's own premises name no other party (hyphen21).

    >>> from riftwatch.nlp.extract import extract_document
    >>> [(c.event.source.name, c.event.event_type, c.event.target.name) for c in
    ...  extract_document({"id": "t", "date": "2009-01-01",
    ...                    "text": "Pakistan sealed Jamaat-ud-Dawa's offices."})]
    [('Pakistan', 'SANCTION', 'Jamaat-ud-Dawa')]
    """
    lex = coder.lex
    for noun in coder.doc:
        verb = noun.head
        if noun.lower_ not in lex.premises_nouns or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() not in lex.premises_closing_verbs:
            continue
        if noun.dep_ not in ("dobj", "obj", "nsubjpass"):
            continue
        owners = [a for c in noun.children if (c.dep_ in ("poss", "compound", "nmod")
                                               and c.i < noun.i)
                  for a in coder.actors(c)]  # fmt: skip
        owners += [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children for a in coder.actors(o)]  # fmt: skip
        sources, passive, how = coder.subject(verb)
        if passive:
            sources, how, _mode = coder._agent_of(verb, {"type": "SANCTION"})  # noqa: SLF001
        own = {a.key() for a in sources}
        mine = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
        if owners and mine and all(a.key() in own for a in owners) and verb.dep_ == "ccomp":
            # "X said the government had sealed its offices": a closer's "its" own premises
            # make no news; the possessive is the speaker's (round 9)
            speakers = [a for a in coder.subject(verb.head)[0] if a.key() not in own]
            if speakers and verb.head.lemma_.lower() in _ANNOUNCING | {"complain", "protest"}:
                owners = speakers
        owners = [a for a in owners if a.key() not in own]
        if not sources or not owners:
            continue
        why = [f"'{verb.text}' closes '{noun.text}' of another party: SANCTION",
               f"source: {how}", "target: the owner"]  # fmt: skip
        coder._emit(sources, owners, "SANCTION", "ban", verb, why)  # noqa: SLF001


def closed_premises_nominal(coder: Any) -> None:
    """'the freezing of Y's bank accounts by X', 'X's sealing of Y's offices', 'Riyadh's
    revocation of Y's citizenship': the noun of :func:`closed_premises`' verbs (cues.yaml
    ``premises_closing_nouns``) with a party's premises, funds or papers in its "of" phrase
    (``premises_nouns``) is the same SANCTION from the closer (the noun's possessor, a name
    before it or its "by" phrase) to their owner. The trigger is the noun, so a closing
    "never carried out", "proposed" or "that may come" is not asserted; the closer's own
    premises name no other party (written59).

    >>> from riftwatch.nlp.extract import extract_document
    >>> [(c.event.source.name, c.event.event_type, c.event.target.name) for c in
    ...  extract_document({"id": "t", "date": "2019-03-01", "text": "The freezing of "
    ...                    "Jamaat-ud-Dawa's accounts by Pakistan came a day later."})]
    [('Pakistan', 'SANCTION', 'Jamaat-ud-Dawa')]
    """
    lex = coder.lex
    for noun in coder.doc:
        if noun.lower_ not in lex.premises_closing_nouns or noun.pos_ not in ("NOUN", "VERB"):
            continue
        if noun.pos_ == "VERB" and not any(c.dep_ in ("det", "poss") for c in noun.children):
            continue  # "freezing Y's accounts" as a verb is closed_premises' own
        owned = [
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and o.lower_ in lex.premises_nouns
        ]
        for premises in owned:
            owners = [a for c in premises.children if (c.dep_ in ("poss", "compound", "nmod")
                                                       and c.i < premises.i)
                      for a in coder.actors(c)]  # fmt: skip
            owners += [a for p in premises.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children for a in coder.actors(o)]  # fmt: skip
            closers = [a for c in noun.children if c.dep_ in ("poss", "compound", "nmod")
                       and c.i < noun.i for a in coder.actors(c)]  # fmt: skip
            for holder in (noun, premises):  # the parser hangs "by X" on either
                for by in holder.children:
                    if by.dep_ in ("prep", "agent") and by.lower_ == "by" and not closers:
                        closers = [a for o in by.children if o.dep_ == "pobj"
                                   for a in coder.actors(o)]  # fmt: skip
            own = {a.key() for a in closers}
            owners = [a for a in owners if a.key() not in own]
            if not closers or not owners:
                continue
            why = [f"'{noun.text}' of '{premises.text}' of another party: SANCTION",
                   "source: the closer named with the noun", "target: the owner"]  # fmt: skip
            coder._emit(closers, owners, "SANCTION", "ban", noun, why)  # noqa: SLF001


def _proposed_partners(coder: Any, noun: Any) -> list[Any]:
    """The other party of a cooperative act a proposal noun proposes: "an invitation to join
    Y", "requests to shelter Y's fighters" (the noun's to-infinitive). A proposed hostile act
    ("requests to attack Y") names nobody turned down."""
    for comp in noun.children:
        if comp.dep_ not in ("acl", "relcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in comp.children
        ):
            continue
        inner = coder.lex.verbs.get(comp.lemma_.lower()) or {}
        if inner.get("type") not in COOPERATIVE:
            continue
        return coder.objects(comp, inner)[0]
    # "an invitation to peace talks with Y", "an offer of a truce with Y", "a proposal for
    # negotiations with Y" (written round 16): the partner of the cooperative relation noun
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "of", "for"):
            continue
        for rel in prep.children:
            if rel.dep_ != "pobj" or rel.pos_ != "NOUN":
                continue
            entry = coder._event_noun(rel)  # noqa: SLF001
            if not entry or entry.get("type") not in COOPERATIVE:
                continue
            partners = [a for p in rel.children if p.dep_ == "prep"
                        and p.lower_ in ("with", "between")
                        for o in p.children if o.dep_ == "pobj"
                        for t in (o, *(c for c in o.children if c.dep_ == "conj"))
                        for a in coder.actors(t)]  # fmt: skip
            if partners:
                return partners
    return []


def dismissed_proposals(coder: Any) -> None:
    """'X dismissed an appeal from Y', 'X rebuffed Y's overtures', 'X turned down a French
    offer', 'X is opposed to Y's mediation': a proposal turned down is a REJECT from X to its
    author (CAMEO 12; lexicon ``dismissal_verbs``, ``proposal_nouns``). The trigger is the
    verb (for "opposed", its copula), so "did not dismiss", "may reject" are not asserted.
    A proposal with no author named, or X's own, adds nothing."""
    lex = coder.lex
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.lower_ not in lex.proposal_nouns:
            continue
        head = noun.head
        misread = next((c for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBG"
                        and c.lemma_.lower() in lex.dismissal_verbs), None)  # fmt: skip
        # the parser may hang the clause on the noun's "of" phrase ("an offer of money, which")
        owned = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children for g in o.children]  # fmt: skip
        relative = next((c for c in [*noun.children, *owned] if c.dep_ == "relcl"
                         and c.pos_ == "VERB" and c.lemma_.lower() in lex.dismissal_verbs),
                        None)  # fmt: skip
        if relative is not None:
            # "an offer (which) Y dismissed", "made an offer of talks, which Y rebuffed"
            verb = trigger = relative
        elif misread is not None and noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
            # "X kept away, declining repeated invitations to join Y": the parser reads the
            # participle as the noun's adjective; its subject is the clause's
            verb, trigger = misread, head  # its modality is the clause's, not the noun's
        elif noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
            verb = trigger = head
            if verb.lemma_.lower() == "turn" and not any(c.lower_ == "down" for c in verb.children):
                continue  # only "turned down"; "brushed aside" likewise
            if verb.lemma_.lower() == "brush" and not any(
                c.lower_ == "aside" for c in verb.children
            ):
                continue
        elif noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "opposed":
            verb = head.head
            trigger = verb.head if verb.dep_ == "acomp" else verb
        else:
            continue
        if verb.lemma_.lower() not in lex.dismissal_verbs and verb.lower_ not in (
            lex.dismissal_verbs
        ):
            continue
        refusers, passive, how = coder.subject(trigger)
        if passive and verb.lower_ == "opposed":
            passive = False  # "X is opposed to Y's plan": X opposes it
        if not refusers or passive:
            continue
        own = {a.key() for a in refusers}
        authors = [a for a in _proposal_authors(coder, noun) if a.key() not in own]
        if not authors and noun.dep_ in ("dobj", "obj"):
            # "turned down an offer from Y": the parser may hang the from-phrase on the verb
            authors = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                       for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)
                       if a.key() not in own]  # fmt: skip
        target = "the proposal's author"
        if not authors and relative is not None:
            # "X offered to ..., an offer Y dismissed": the party the offer stands beside;
            # "X made an offer, which Y dismissed": the subject of the verb that made it
            if noun.dep_ == "appos":
                authors = coder.actors(noun.head) or (
                    coder.subject(noun.head)[0] if noun.head.pos_ == "VERB" else []
                )
            elif noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
                authors = coder.subject(head)[0]
            authors = [a for a in authors if a.key() not in own]
            target = "the party that made the proposal"
        if not authors:
            # "declined an invitation to join Y", "turned down requests to shelter Y's
            # fighters": with no author named, the party of the cooperation proposed
            authors = [a for a in _proposed_partners(coder, noun) if a.key() not in own]
            target = "the party of the cooperation proposed"
        if not authors:
            # "Y asked X to ..., but X turned the request down": the party whose earlier
            # request or offer the definite noun takes up, as "rejected the request" reads it
            authors, target = _earlier_proposer(coder, noun, verb, own), "the earlier proposer"
        if not authors:
            continue
        why = [f"'{verb.text}' turns down the proposal '{noun.text}': REJECT",
               f"source: {how}", f"target: {target}"]  # fmt: skip
        coder._emit(refusers, authors, "REJECT", "assist", trigger, why)  # noqa: SLF001


def _earlier_proposer(coder: Any, noun: Any, verb: Any, own: set[Any]) -> list[Any]:
    """The parties that made, earlier in the sentence, the request or offer a definite
    proposal noun takes up ("Y asked X to close the camps, but X turned the request down",
    "Y offered X money, and X brushed the offer aside"): the sources of earlier REQUEST
    events, or of events of an asking verb (cues.yaml ``asking_verbs``), addressed to
    the refusers (written54). A noun without a definite determiner ("turned down a
    request") takes up nothing said before."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               for c in noun.children):  # fmt: skip
        return []
    found: list[Any] = []
    for event in coder.events:
        if event.trigger.i >= verb.i or event.target.key() not in own:
            continue
        if event.source.key() in own or any(a.key() == event.source.key() for a in found):
            continue
        lemma = event.trigger.lemma_.lower()
        if event.event_type == "REQUEST" or lemma in coder.lex.asking_verbs:
            found.append(event.source)
    return found


def names_own_party(coder: Any, noun: Any) -> bool:
    """Does the event noun name a party in a phrase of its own ("a clash with X", "talks
    with X")? Then, even after a preposition of time, it is an event of the clause's subject
    ("killed five militants after a clash with X"); without one ("after a ten-year break")
    it is only background (code._nominal_owner, cues ``background_preps``).

    A party named only as the one the act is done to ("an attack on X", "a raid against X":
    the noun's ``patient_preps``) is not enough: "Egypt closed the border after an attack
    on Israel" does not make Egypt the attacker; the clause reacts to someone else's act
    (world23). A partner of a mutual act ("talks with X", "clashes with X") still is.
    """
    entry = coder._event_noun(noun) or {}  # noqa: SLF001
    patient_only = {p.lower() for p in entry.get("patient_preps") or ()} - {
        p.lower() for p in entry.get("partner_preps") or ()
    }
    return any(
        c.dep_ == "prep"
        and c.lower_ not in patient_only
        and any(coder.actors(p) for p in c.children if p.dep_ == "pobj")
        for c in noun.children
    )


# -- splits told through their founders (branch rift4, issue 10) -----------------------------
def _away_preps(verb: Any) -> list[Any]:
    """The prepositions hung on a particle-like adverb of ``verb`` ("broke away from Y",
    "split off from Y": the parser makes 'away'/'off' an advmod and 'from' its child)."""
    return [
        c
        for adv in verb.children
        if adv.dep_ == "advmod" and adv.lower_ in ("away", "off")
        for c in adv.children
    ]


def _whole_of_founders(coder: Any, founders: Any) -> list[Any]:
    """The group the founders are part of: 'a faction / commanders of Y', "Y's faction",
    'Y commanders' (the founders noun a faction or founder noun of events.yaml), or []."""
    lex = coder.lex
    word = founders.lemma_.lower()
    if word not in lex.faction_nouns and word not in lex.founder_nouns:
        return []
    for child in [
        *founders.children,  # "members expelled from Y": the participle's 'from' phrase
        *(g for c in founders.children if c.dep_ == "acl" for g in c.children),
    ]:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "within", "inside"):
            for pobj in child.children:
                acts = coder.actors(pobj)
                if acts:
                    return acts
        if child.dep_ in ("compound", "nmod", "poss") and child.i < founders.i:
            acts = coder.actors(child)
            if acts:
                return acts
    return []


def _leaving_of(lex: Any, verb: Any) -> Any:
    """The split verb coordinated with the founding ``verb`` ("broke away and formed X",
    "formed X after breaking away" is not covered), or None."""
    if verb.dep_ == "conj" and leaving_verb(lex, verb.head):
        return verb.head
    return next((c for c in verb.children if c.dep_ == "conj" and leaving_verb(lex, c)), None)


def _left_in_order_to(lex: Any, verb: Any) -> Any:
    """The leaving verb a founding ``verb`` is the purpose infinitive of ("P left to form X",
    "Y's commander walked out to set up X", "a wing of Y broke away to found X"), or None:
    the founders left; they do not merge into what they found (gaps65). A founding told as
    the occasion of a leaving ("Y split when P formed X") is no purpose and not this."""
    if verb.dep_ not in ("xcomp", "advcl") or not leaving_verb(lex, verb.head):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return verb.head


def split_founding(coder: Any, verb: Any, founders: Any) -> bool:
    """Whether the founding ``verb`` tells a split rather than a merger of its founders into
    what they found: the founders broke away ("broke away and formed X") or are a faction of
    another group ("a faction of Y formed X", "P, a commander of Y, formed X")."""
    lex = coder.lex
    if _leaving_of(lex, verb) is not None or _left_in_order_to(lex, verb) is not None:
        return True
    # "a faction of Y", "(disaffected) members of Y": people of Y found X; Y does not merge;
    # nor when the apposition says so: "P, a commander of Y, formed X" (walk65)
    if founders is None:
        return False
    nouns = [founders, *(c for c in founders.children if c.dep_ == "appos")]
    return any(_whole_of_founders(coder, n) for n in nouns)


def split_by_founders(coder: Any) -> None:
    """'A faction of Y formed X', 'commanders of Y broke away and formed X': X split from Y.

    A founding verb (events.yaml founding_verbs) whose founders are a faction of a group
    (events.yaml faction_nouns with the group in an 'of' phrase or as a possessor), or are
    founders of a group (founder_nouns: "commanders of Y") who broke away (a split verb
    coordinated with the founding verb and naming no group it left; "broke away from Z and
    founded X" is founded_after_leaving's). REJECT (mode split) from the founded group to
    the group the founders belonged to; the trigger is the founding verb, so its modality
    ("may have formed", "denied forming") decides.
    """
    lex = coder.lex
    for verb, founders, founded in _foundings(coder):
        if founders is None or not founded:
            continue
        leaving = _leaving_of(lex, verb)
        if leaving is not None and _group_left(coder, leaving):
            continue  # founded_after_leaving codes it
        dissent = _dissenting(coder, founders)
        if leaving is None and founders.lemma_.lower() not in lex.faction_nouns and not dissent:
            continue
        keys = {f.key() for f in founded}
        whole = [a for a in _whole_of_founders(coder, founders) if a.key() not in keys]
        if not whole:
            continue
        how = (
            f"'{leaving.text}' away" if leaving is not None
            else f"'{dissent.text}'" if dissent is not None else "a faction"
        )  # fmt: skip
        why = [
            f"trigger verb '{verb.text}' by founders who left a group ({how}) -> REJECT (split)",
            f"founders: '{founders.text}' of {whole[0].mention}",
        ]
        trigger = shared_trigger(verb, leaving) if leaving is not None else verb
        coder._emit(founded, whole, "REJECT", "split", trigger, why)  # noqa: SLF001


def _phrase_objects(coder: Any, verb: Any, phrase: str) -> list[Any]:
    """The actors of ``verb``'s two-word phrase ("out of X", "away from X"): the first word a
    particle, adverb or preposition of the verb, the second a preposition under it (or,
    after a particle, under the verb)."""
    first, second = phrase.split()
    out: list[Any] = []
    for word in verb.children:
        if word.lower_ != first or word.dep_ not in ("prt", "prep", "advmod"):
            continue
        preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ == second]
        if word.dep_ == "prt":
            preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == second]
        for prep in preps:
            for pobj in prep.children:
                out += coder.actors(pobj)
    return out


def phrasal_leaving(coder: Any) -> None:
    """'X walked out of Y', 'X pulled out of Y', 'X walked away from Y': X split from Y.

    A verb with a leaving phrase (events.yaml leaving_phrases: lemma -> "particle
    preposition" phrases) whose phrase names a group (not a country, place or person:
    "pulled out of Syria" is a withdrawal, not a split). REJECT (mode split) from the active
    subject to the group; the verb is the trigger, so its modality decides.
    """
    phrases = coder.lex.leaving_phrases
    for verb in coder.doc:
        wanted = phrases.get(verb.lemma_.lower())
        if not wanted or verb.pos_ != "VERB":
            continue
        sources, passive, how = coder.subject(verb)
        if passive or not sources:
            continue
        for phrase in wanted:
            keys = {a.key() for a in sources}
            left = [a for a in _phrase_objects(coder, verb, phrase)
                    if a.type not in NOT_GROUPS and a.key() not in keys]  # fmt: skip
            if left:
                why = [f"trigger phrase '{verb.text} {phrase}' a group -> REJECT (split)",
                       f"leavers: {how}"]  # fmt: skip
                coder._emit(sources, left, "REJECT", "split", verb, why)  # noqa: SLF001
                break


def led_out_of(coder: Any) -> None:
    """'P led X out of Y', 'X took its fighters out of Y's command', 'X pulled its units out of
    the alliance led by Y': X split from Y (REJECT, mode split, from X to Y). The verb is one
    of events.yaml ``leading_out_verbs`` with an object and an "out of" phrase; the object
    is a group, or a noun of people (``founder_nouns``, "its fighters", "his men") that
    stands for its owner's group, else the subject's; the whole is a group, or a coalition,
    ranks or command noun (``coalition_nouns``, ``expelling_wholes``, ``leading_nouns``)
    held by one. A town, a country or a person is no whole ("led his men out of the
    town"). The verb is the trigger, so its modality decides. pairs21; a body of men with
    no owner ("led a faction / a wing / a unit out of Y", cues.yaml ``follower_nouns``,
    ``tied_unit_nouns``) is the subject's, written25."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.leading_out_verbs:
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not objects:
            continue
        left = _out_of_left(coder, verb)
        subjects, passive, how = coder.subject(verb)
        if passive or not left:
            continue
        leavers: list[Any] = []
        for obj in objects:
            owners = [a for c in obj.children if c.dep_ == "poss" for a in coder.actors(c)
                      if a.type not in ("country", "place")]  # fmt: skip
            acts = [a for a in coder.actors(obj) if a.type not in ("country", "place")]
            bodies = lex.founder_nouns | lex.follower_nouns | lex.tied_unit_nouns
            if obj.lower_ in bodies | {"men", "forces", "troops"}:
                # "took his (Fulani) fighters out of Y": the owner's people, else the subject's;
                # "led a faction / a wing out of Y": the subject's splinter (written25)
                acts = owners or acts or list(subjects)
            leavers += acts
        keys = {a.key() for a in left}
        leavers = [a for a in leavers if a.key() not in keys]
        if not leavers:
            continue
        why = [f"'{verb.text} ... out of' a group -> REJECT (split)", f"leader: {how}"]
        coder._emit(leavers, left, "REJECT", "split", verb, why)  # noqa: SLF001


def placed_under(coder: Any) -> None:
    """'X placed its fighters under Y', 'commanders of X put their men under Y's emir': X
    COOPERATE Y, the subordination of a membership (world17). The verb is one of events.yaml
    ``placing_under_verbs`` with an object and an "under" phrase; the object is a party's own
    people (``founder_nouns``, men, forces, troops, units: their owner's group, else the
    subject's) or a group; the "under" object is a group, or a role noun (``later_roles``:
    emir, leader, commander) held by one through a possessive or an "of" phrase. A noun of
    command ("under the command of Y") is coded by the noun itself. The verb is the trigger,
    so "refused to place", "may place" keep their modality."""
    lex = coder.lex
    people = lex.founder_nouns | {"men", "forces", "troops", "units", "fighters"}
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.placing_under_verbs:
            continue
        heads: list[Any] = []
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "under":
                heads += [g for g in prep.children if g.dep_ == "pobj"]
        patrons: list[Any] = []
        for head in heads:
            if head.i in coder.actor_of:
                patrons += [a for a in coder.actors(head) if a.type not in NOT_GROUPS]
            elif head.lower_ in lex.later_roles:
                owners = [c for c in head.children if c.dep_ == "poss"]
                owners += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj"]  # fmt: skip
                patrons += [a for o in owners for a in coder.actors(o) if a.type not in NOT_GROUPS]
        if not patrons:
            continue
        subjects, passive, how = coder.subject(verb)
        if passive:
            continue
        clients: list[Any] = []
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            if obj.lower_ in people:
                owners = [a for c in obj.children if c.dep_ == "poss" for a in coder.actors(c)
                          if a.type not in NOT_GROUPS]  # fmt: skip
                clients += owners or [a for a in subjects if a.type not in NOT_GROUPS]
            else:
                clients += [a for a in coder.actors(obj) if a.type not in NOT_GROUPS]
        keys = {a.key() for a in patrons}
        clients = [a for a in clients if a.key() not in keys]
        if clients:
            why = [f"'{verb.text} ... under' a party -> COOPERATE (subordination)", f"by: {how}"]
            coder._emit(clients, patrons, "COOPERATE", None, verb, why)  # noqa: SLF001


def _out_of_left(coder: Any, verb: Any) -> list[Any]:
    """The group a verb of events.yaml ``leading_out_verbs`` takes its object out of ("led X
    out of Y", "took its fighters out of Y's command"): the "out of" whole when it is a
    group, or a coalition, ranks or command noun held by one (:func:`led_out_of`); none for
    a town, a country or a person, and none for another verb."""
    lex = coder.lex
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.leading_out_verbs:
        return []
    wholes: list[Any] = []
    for word in verb.children:
        if word.lower_ != "out" or word.dep_ not in ("prt", "prep", "advmod"):
            continue
        preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"]
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
        wholes += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    left: list[Any] = []
    for whole in wholes:
        if whole.i in coder.actor_of:  # a named group ("the Islamic Courts Union")
            left += [a for a in coder.actors(whole) if a.type not in NOT_GROUPS]
        elif whole.lower_ in lex.leading_nouns:
            left += [a for c in whole.children if c.dep_ == "poss"
                     for a in coder.actors(c) if a.type not in NOT_GROUPS]  # fmt: skip
        else:
            left += _whole_holders(coder, verb, whole, True)
    return left


def _taken_ground(coder: Any, tok: Any) -> bool:
    """``tok`` is ground a party holds: a held place or area noun (cues.yaml
    ``held_place_nouns``, ``held_area_nouns``: "the town", "its positions"), a named place
    or a name no actor holds, or "control" of one
    ("took control of the district")."""
    lex = coder.lex
    if tok.pos_ == "NOUN" and (
        tok.lower_ in lex.held_nouns or tok.lemma_.lower() in lex.held_nouns
    ):
        return True
    placed = coder.actor_of.get(tok.i)
    if placed is not None and placed.type == "place":
        return True
    if tok.pos_ == "PROPN" and placed is None:
        return True  # a name no actor holds (the tagger may call it a person's: "Tal Abyad")
    if _misread_name(tok) and placed is None:
        return True  # "took Kampala from Y", the tagger reading the name as a noun (mmp38)
    if tok.lemma_.lower() == "control":
        return any(_taken_ground(coder, o) for p in tok.children
                   if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj")  # fmt: skip
    return False


def _misread_name(tok: Any) -> bool:
    """A capitalised word inside the sentence, the whole phrase, that the tagger read as a
    common noun or adjective ("took Kampala from Y", "took Aleppo from Y" with "Aleppo" an
    adjective): a name, as a PROPN is. Not the sentence's first word, not a word with
    children of its own (a noun phrase: "took Control of ...")."""
    original = tok.doc.user_data.get("text") or tok.doc.text  # the word as written
    word = original[tok.idx : tok.idx + len(tok.text)]
    return (
        tok.pos_ in ("NOUN", "ADJ")
        and word.istitle()
        and tok.i > tok.sent.start
        and not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in tok.children)
    )


def _apposed_owners(coder: Any, ground: Any) -> list[Any]:
    """The parties owning a held place apposed to the ground: "took P, the headquarters of
    Y", "retook P, Y's last stronghold" (cues.yaml ``held_place_nouns``; the possessor or a
    direct "of" phrase of the apposition). mmp38."""
    lex = coder.lex
    owners: list[Any] = []
    for ap in ground.children:
        if ap.dep_ != "appos" or ap.lemma_.lower() not in lex.held_place_nouns:
            continue
        named = [c for c in ap.children if c.dep_ == "poss"] or [
            o for p in ap.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"
        ]  # fmt: skip
        owners += [a for o in named for a in coder.actors(o)
                   if (a.type not in ("country", "place", "person") or _named_by_force(o))
                   and not a.person]  # fmt: skip
    return owners


def _named_by_force(tok: Any) -> bool:
    """A country named by its forces ("the Malian army", "Nigerian troops"): a party, where
    the bare country is a place ("took the town from Mali"; walk55)."""
    from riftwatch.actors.agents import load_agents  # noqa: PLC0415

    return load_agents().role(tok.lower_) in ("military", "police")


def ground_taken_from(coder: Any) -> None:
    """'X took the town of Z from Y', 'X won the crossing from Y', 'the base was taken from Y
    by X': a party named in the 'from' phrase of a verb of cues.yaml ``ground_taking_verbs``
    whose object (a passive's subject) is ground (:func:`_taken_ground`) lost it to the doer
    (COERCE, mode seize, as "captured the town from Y"; mmp28). The 'from' phrase may hang on
    the verb, on the ground or on the ground's 'of' name; a person, place or country there is
    no party ("took the town from its governor"). With no 'from' party, the owner of a base
    apposed to the ground lost it ("retook P prison, the headquarters of Y"; mmp38). The
    verb is the trigger: its modality decides ("did not take", "hoped to take")."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.ground_taking_verbs:
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        ground = next((c for c in verb.children
                       if c.dep_ == ("nsubjpass" if passive else "dobj")), None)  # fmt: skip
        if ground is None or not _taken_ground(coder, ground):
            continue
        holders = [verb, ground, *(o for p in ground.children if p.dep_ == "prep"
                                   and p.lower_ == "of" for o in p.children
                                   if o.dep_ == "pobj")]  # fmt: skip
        losers = [a for h in holders for p in h.children
                  if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj"
                  for a in coder.actors(o)
                  if (a.type not in ("country", "place", "person") or _named_by_force(o))
                  and not a.person]  # fmt: skip
        # "retook P, the headquarters of Y": the owner of a base apposed to the ground (mmp38)
        losers = losers or _apposed_owners(coder, ground)
        if not losers:
            continue
        if passive:
            doers = [a for c in verb.children if c.dep_ == "agent"
                     for o in c.children if o.dep_ == "pobj" for a in coder.actors(o)]  # fmt: skip
        else:
            doers = coder.subject(verb)[0]
        doers = [a for a in doers if a.type != "place"
                 and all(a.key() != b.key() for b in losers)]  # fmt: skip
        if not doers:
            continue
        why = [f"trigger verb '{verb.text}' takes ground ('{ground.text}') from a party "
               "-> COERCE (seize)", f"taken from: {losers[0].mention}"]  # fmt: skip
        coder._emit(doers, losers, "COERCE", "seize", verb, why)  # noqa: SLF001


def _warring_sides(coder: Any, tok: Any) -> list[Any]:
    """The sides of ``tok``'s 'between X and Y' phrase that can fight: groups, and a person
    or a country only where armed men stand for them ("forces loyal to P", "troops loyal to
    the president": P's side, replay40). A bare person or country in the phrase stays no side
    ("fighting broke out between Ahmed's relatives and X": no fight with Ahmed). A state
    named by the head noun of its forces (cues.yaml ``warring_state_nouns``: "the Sudanese
    army", "the Sudanese Armed Forces") is a side (walk63).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = ("In 1994 war broke out between forces loyal to Saleh and the Yemeni Socialist "
    ...         "Party.")
    >>> sorted({(c.event.source.name, c.event.target.name, c.event.event_type)
    ...         for c in extract_document({"id": "d", "date": "1994-06-01", "text": text})})
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Ali Abdullah Saleh', 'Yemeni Socialist Party', 'ASSAULT'),
     ('Yemeni Socialist Party', 'Ali Abdullah Saleh', 'ASSAULT')]
    """
    return _between_parties(
        coder,
        tok,
        ("between",),
        lambda actor, sub: (
            actor.type not in NOT_GROUPS
            or coder._tieable_noun(sub)  # noqa: SLF001
            or (actor.type == "country" and sub.lower_ in coder.lex.warring_state_nouns)
        ),
    )


def hostilities_between(coder: Any) -> None:
    """'Fighting broke out between X and Y', 'clashes erupted between X and Y': a hostile
    event noun (an ASSAULT or rivalry noun of events.yaml with a 'between' partner phrase)
    as the subject of an onset verb (events.yaml onset_verbs), the 'between' phrase hung on
    the verb by the parser, or on the place the verb names (events.yaml onset_place_preps,
    mmp15: "broke out in the capital between X and Y"): the noun's event between the
    parties, both ways (trigger: the verb, so "fighting may break out" stays hypothetical)."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.onset_verbs:
            continue
        subjects = [t for t in verb.children if t.dep_ == "nsubj"]
        if not subjects:
            # "In 2019 fighting broke out between ...": the parser hangs the noun on "In"
            subjects = [t for t in coder.doc[max(0, verb.i - 2) : verb.i]
                        if t.pos_ == "NOUN" and t.dep_ == "pobj"]  # fmt: skip
        for noun in subjects:
            entry = coder._event_noun(noun)  # noqa: SLF001
            if not entry or "between" not in (entry.get("partner_preps") or ()):
                continue
            if entry.get("type") not in ("ASSAULT", "REJECT"):
                continue
            parties = _warring_sides(coder, verb)
            if len(parties) < 2:
                # "broke out in the capital between X and Y": the phrase hung on the place
                places = [g for p in verb.children
                          if p.dep_ == "prep" and p.lower_ in lex.onset_place_preps
                          for g in p.children
                          if g.dep_ == "pobj" and not coder.actors(g)]  # fmt: skip
                parties = [a for g in places for a in _warring_sides(coder, g)]
            if len(parties) < 2 or _between_parties(coder, noun):
                continue  # the noun's own phrase is coded with the noun
            why = [f"'{noun.text} {verb.text}' between the parties -> {entry['type']}"]
            coder._emit_pairs(parties, entry["type"], entry.get("mode"), verb, why)  # noqa: SLF001


def pitted_against(coder: Any, verb: Any, entry: dict[str, Any]) -> None:
    """'Fighting over the routes pitted X against Y', 'the dispute set X against Y': a verb of
    events.yaml with frame ``pitting`` makes its object and its 'against' party hostile both
    ways (the entry's type and mode); its subject, an event or a third party, is neither.
    The verb is the trigger ("may pit X against Y" stays hypothetical). mmp8."""
    objects = [a for c in verb.children if c.dep_ in ("dobj", "obj")
               for a in coder.actors(c) if a.type not in NOT_GROUPS]  # fmt: skip
    if not objects:  # the passive: "X was pitted against Y"
        objects = [a for c in verb.children if c.dep_ == "nsubjpass"
                   for a in coder.actors(c) if a.type not in NOT_GROUPS]  # fmt: skip
    against = [a for c in verb.children if c.dep_ == "prep" and c.lower_ in entry["preps"]
               for g in c.children if g.dep_ == "pobj"
               for a in coder.actors(g) if a.type not in NOT_GROUPS]  # fmt: skip
    keys = {a.key() for a in objects}
    against = [a for a in against if a.key() not in keys]
    if objects and against:
        why = [f"'{verb.text} X against Y' -> {entry['type']} ({entry.get('mode')}), both ways"]
        coder._emit(objects, against, entry["type"], entry.get("mode"), verb, why,  # noqa: SLF001
                    both_ways=True)  # fmt: skip


def _clause_of(verb: Any, leaving: Any) -> bool:
    """``verb`` hangs on ``leaving`` directly, or on a verb coordinated with it ("led a
    faction out of Y and joined it with Z to form X")."""
    head = verb.head
    while head.i != leaving.i and head.dep_ == "conj" and head.head is not head:
        head = head.head
    return head.i == leaving.i


def shared_trigger(verb: Any, leaving: Any) -> Any:
    """The token whose modality a split told by two coordinated verbs takes: the leaving
    verb when the founding ``verb`` is its bare second conjunct ("did not break away and
    form X", "may have walked out of Y and formed X": the auxiliaries and negation stand
    on the first verb only), else the founding verb itself."""
    bare = not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)
    if verb.dep_ == "conj" and verb.head.i == leaving.i and bare:
        return leaving
    aim = not any(
        c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ != "to")
        for c in verb.children
    )
    if verb.dep_ in ("advcl", "xcomp") and aim and _clause_of(verb, leaving):
        # "broke away from Y to form X", "led a faction out of Y, forming X": a bare purpose
        # infinitive or participle tells what the leavers did; "did not leave Y to form X",
        # "may leave Y to form X" take the leaving's negation or hedge (world17)
        return leaving
    if (
        verb.dep_ == "conj" and bare and verb.head.dep_ == "advcl" and verb.head.head.i == leaving.i
    ):  # "did not break away from Y, rejecting its ban, and set up X" (world9)
        return leaving
    return verb


def _dissenting(coder: Any, founders: Any) -> Any:
    """The word that makes founders dissenters of their group, or None: an adjective of
    events.yaml dissent_adjectives ("disaffected members"), or a relative clause or participle
    whose verb is one of its dissent_verbs ("members who opposed the ceasefire", "members
    expelled from Y"); a negated one ("who did not oppose") does not count."""
    lex = coder.lex
    # "members of Y who opposed its leadership": the parser hangs a relative clause on the
    # group, the nearest noun; one with "who" (people, not the group's "which") is the
    # members' (gaps53)
    wholes = [g for p in founders.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
              for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    personal = [c for g in wholes for c in g.children
                if c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj"
                                             for w in c.children)]  # fmt: skip
    for child in [*founders.children, *personal]:
        if child.dep_ in ("amod", "compound") and child.lower_.strip("-") in lex.dissent_adjectives:
            return child
        if (
            child.dep_ in ("relcl", "acl")
            and child.lemma_.lower() in lex.dissent_verbs
            and not any(c.dep_ == "neg" for c in child.children)
        ):
            return child
    return None


_PARTING_MODES = frozenset({"split", "rivalry", "falling_out"})


def _hostile_entry(coder: Any, tok: Any) -> tuple[str, str | None] | None:
    """(type, mode) of a parting word with its conditions met, or None: a split or rivalry
    verb of the verb lexicon (its particle and object noun present), a parting verb of
    events.yaml parting_verbs, or a split/rivalry noun the tagger made the head of a clause
    with a subject ("X and Y split in 1974" read as a noun)."""
    lex = coder.lex
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        if lemma in lex.parting_verbs:
            return "REJECT", lex.parting_verbs[lemma]
        entry = lex.verbs.get(lemma) or {}
        if entry.get("type") != "REJECT" or entry.get("mode") not in _PARTING_MODES:
            return None
        if entry.get("frame") in ("away", "refusal") or entry.get("group_targets"):
            return None
        particle = entry.get("needs_particle")
        if particle and not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == particle
                                for c in tok.children):  # fmt: skip
            return None
        nouns = entry.get("needs_object_noun")
        from riftwatch.nlp.headline import original_word

        if nouns and not any(c.dep_ in ("dobj", "obj") and original_word(c) in nouns
                             for c in tok.children):  # fmt: skip
            return None
        from riftwatch.nlp.code import _spared

        if _spared(tok, entry):
            return None  # "X and Y broke the siege of P": no parting of theirs (replay27)
        return "REJECT", entry.get("mode")
    if tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children):
        entry = coder._event_noun(tok) or {}  # noqa: SLF001
        if entry.get("type") == "REJECT" and entry.get("mode") in _PARTING_MODES:
            return "REJECT", entry.get("mode")
    return None


def _coordinated_subject(coder: Any, tok: Any) -> list[Any]:
    """The groups of ``tok``'s coordinated subject ("X and Y ..."), in order; of a gerund
    that 'have' holds, the subject of 'have' ("X and Y had a falling out"; replay20); of a
    verb coordinated with no subject of its own, the subject it shares ("X and Y allied in
    2014 but split in 2016"; lead43)."""
    out: list[Any] = []
    holder = tok
    if (
        tok.dep_ in ("dobj", "obj")
        and tok.tag_ == "VBG"
        and tok.head.lemma_.lower() in coder.lex.gerund_holding_verbs
    ):
        holder = tok.head
    while (
        holder.dep_ == "conj"
        and holder.pos_ in ("VERB", "AUX")
        and holder.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in holder.children)
    ):
        # "X and Y formed an alliance in 2014 but split the next year": the subject the
        # coordinated verb shares (lead43)
        holder = holder.head
    for child in holder.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for part in [child, *child.conjuncts]:
            for a in coder.actors(part):
                if a.type not in NOT_GROUPS and all(a.key() != b.key() for b in out):
                    out.append(a)
    return out


def coordinated_parting(coder: Any) -> None:
    """'X and Y split in 1974', 'X and Y parted ways', 'X and Y fell out', 'X and Y feuded',
    'X and Y were locked in a feud': a parting told of two coordinated groups with no partner
    phrase is a REJECT between them, both ways (the parting word is the trigger, so "X and Y
    may split" stays hypothetical).

    The parting words: split and rivalry verbs of the lexicon (with their own particle or
    object noun), events.yaml parting_verbs, a split noun the tagger made a clause head, and
    a hostile relation noun in the 'in' phrase of a state verb (events.yaml state_verbs). A
    verb with a partner phrase or object naming an actor is coded by its entry and skipped.
    """
    lex = coder.lex
    for tok in coder.doc:
        found = _hostile_entry(coder, tok)
        head = tok
        if found is None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            verb = tok.head.head
            entry = coder._event_noun(tok) or {}  # noqa: SLF001
            if (verb.lemma_.lower() in lex.state_verbs and entry.get("type") == "REJECT"
                    and not any(c.dep_ == "prep" for c in tok.children)):  # fmt: skip
                found, head = ("REJECT", entry.get("mode")), verb
        if found is None:
            continue
        named = [a for c in head.children if c.dep_ in ("dobj", "obj", "prep")
                 for g in ([c] if c.dep_ != "prep" else list(c.children))
                 for a in coder.actors(g)]  # fmt: skip
        if named and tok.pos_ == "NOUN" and head.i == tok.i:
            # "The INLA split from Y" with 'split' read as a noun: the verb's own reading
            entry = coder._event_noun(tok) or {}  # noqa: SLF001
            partners = [a for c in tok.children if c.dep_ == "prep"
                        and c.lower_ in (entry.get("partner_preps") or ()) and c.lower_ != "between"
                        for g in c.children for a in coder.actors(g)]  # fmt: skip
            subjects = _coordinated_subject(coder, tok)
            keys = {a.key() for a in subjects}
            partners = [a for a in partners if a.key() not in keys]
            if subjects and partners:
                why = [f"'{tok.text}' (read as a noun) with a subject -> {found[0]} ({found[1]})",
                       "partner: its preposition's object"]  # fmt: skip
                coder._emit(subjects, partners, found[0], found[1], tok, why)  # noqa: SLF001
            continue
        if named or _other_party_phrase(coder, head) or divided_thing(coder, head):
            continue
        parties = _coordinated_subject(coder, head)
        if len(parties) < 2:
            continue
        why = [f"'{tok.text}' said of coordinated groups -> {found[0]} ({found[1]})",
               "parties: the coordinated subject"]  # fmt: skip
        coder._emit_pairs(parties, found[0], found[1], tok, why)  # noqa: SLF001


def divided_thing(coder: Any, verb: Any) -> bool:
    """Does a verb of events.yaml ``divides_object`` ("split") have a direct object that is a
    thing, no party: "X and Y split the smuggling routes", "split the proceeds between them"?
    Then the subjects divide that thing between them ("between them": the sharers), a sharing
    and no split (gaps58). "X split from Y", "X and Y split in 2013" have no object; a party
    as object and "each other" are no thing.

    >>> from types import SimpleNamespace as N
    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Kivu Front and the Lake Brigade split the smuggling routes.")
    >>> verb = [t for t in doc if t.lemma_ == "split"][0]
    >>> divided_thing(N(lex=load(), actor_of={}), verb)
    True
    >>> doc = nlp()("The Kivu Front and the Lake Brigade split in 2013.")
    >>> divided_thing(N(lex=load(), actor_of={}), [t for t in doc if t.lemma_ == "split"][0])
    False
    """
    entry = coder.lex.verbs.get(verb.lemma_.lower()) or {}
    if verb.pos_ != "VERB" or not entry.get("divides_object"):
        return False
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj") or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        if obj.lower_ in _RECIPROCAL_OBJECTS or any(
            c.lower_ in _RECIPROCAL_OBJECTS for c in obj.children
        ):
            continue
        if any(t.i in coder.actor_of for t in [obj, *obj.lefts]):
            continue  # "split the Taliban", "split the Taliban's ranks": a party's
        return True
    return False


_RECIPROCAL_OBJECTS = frozenset({"other", "another"})


def _other_party_phrase(coder: Any, verb: Any) -> bool:
    """Does a parting verb name a party of its own that no pass took as an actor ("X and Y
    rose against the government", "X and Y broke away from the old leadership")? Then the
    coordinated subjects part from that party side by side, never from each other (names22:
    the parting between them was read whenever the partner phrase named no known actor). Only
    a common noun counts ("the government"): a person's name may stand for his group
    ("rebelled against Yaw Boateng", mmp14), left to the passes that read it. A
    verb that is no event without its phrase (events.yaml ``needs_prep``: "X and Y rose in a
    revolt") is skipped as well. "each other" names none.

    >>> from riftwatch.nlp.parse import nlp
    >>> from types import SimpleNamespace as N
    >>> from riftwatch.nlp.lexicon import load
    >>> coder = N(lex=load())
    >>> doc = nlp()("The Volta Front and the Kumasi Brigade rose against the government.")
    >>> _other_party_phrase(coder, [t for t in doc if t.lemma_ == "rise"][0])
    True
    >>> doc = nlp()("The Volta Front and the Kumasi Brigade split in 1974.")
    >>> _other_party_phrase(coder, [t for t in doc if t.lemma_ == "split"][0])
    False
    """
    from riftwatch.nlp.code import _reciprocal

    if verb.pos_ not in ("VERB", "AUX"):
        return False
    entry = coder.lex.verbs.get(verb.lemma_.lower()) or {}
    needs = entry.get("needs_prep")
    if needs and not any(c.dep_ == "prep" and c.lower_ in needs for c in verb.children):
        return True  # "X and Y rose in a revolt": no event without its 'against' party
    preps = ({"against"} | set(entry.get("preps") or ())) - {"in"}
    kids = [*verb.children, *(g for c in verb.children if c.dep_ in ("prt", "advmod")
                              for g in c.children)]  # fmt: skip
    return any(
        c.dep_ == "prep" and c.lower_ in preps
        and any(p.dep_ == "pobj" and p.pos_ == "NOUN" and not _reciprocal(p)
                for p in c.children)
        for c in kids
    )  # fmt: skip


_STATE_COPULAS = frozenset({"be", "remain", "stay"})
# verbs of entering a hostile state: "X went to war with Y", "X and Y slid into conflict" (mmp8)
_ENTERING = frozenset({"go", "slide", "slip", "descend", "plunge", "drift", "enter"})


def in_hostile_state(coder: Any) -> None:
    """'X is in conflict with Y', 'X was at war with Y', 'X and Y were at odds', 'X and Y
    were locked in a feud with each other', 'X went to war with Y' (a verb of entering, the
    partner on the verb; mmp8): a hostile noun (REJECT or ASSAULT) in an 'in'/'at'
    phrase of a copula or of a verb of events.yaml state_verbs holds between the subject and
    the noun's 'with' partner (or between coordinated subjects), both ways; the noun is the
    trigger ("were never at war with Y" is negated)."""
    lex = coder.lex
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
            continue
        verb = phrase_verb(coder, noun.head)  # "went back to war with Y" (replay41)
        entering = noun.head.lower_ in ("to", "into") and verb.lemma_.lower() in (
            _ENTERING | (lex.opening_verbs - lex.declaration_verbs)
        )  # "returned to war with Y" (replay41: opening verbs that enter the state)
        if noun.head.lower_ not in ("in", "at") and not entering:
            continue
        if not entering and verb.lemma_.lower() not in lex.state_verbs | _STATE_COPULAS:
            continue
        entry = coder._event_noun(noun) or {}  # noqa: SLF001
        if entry.get("type") not in ("REJECT", "ASSAULT"):
            continue
        entry, opened = opened_hostility(coder, noun, entry)  # "went to war with Y" (mmp12)
        subjects = _coordinated_subject(coder, verb) or [
            a
            for aux in verb.children
            if aux.dep_ in ("aux", "auxpass")
            for a in _coordinated_subject(coder, aux)
        ]  # "X and Y became embroiled in a feud": the subject hangs on 'became' (mmp8)
        if not subjects:
            continue
        # the partner's 'with' phrase: on the noun, or on the verb ("went to war with Y")
        holders = [noun, verb] if entering or verb.lemma_.lower() in lex.state_verbs else [noun]
        # an entered war may name its enemy with 'against' ("returned to war against Y")
        preps = ("with", "against") if entering else ("with",)
        partners = [a for h in holders for c in h.children
                    if c.dep_ == "prep" and c.lower_ in preps
                    for g in c.children for a in coder.actors(g)
                    if a.type not in NOT_GROUPS]  # fmt: skip
        keys = {a.key() for a in subjects}
        partners = [a for a in partners if a.key() not in keys]
        why = [f"'{verb.text} {noun.head.text} {noun.text}' -> {entry['type']}", *opened]
        if partners:
            coder._emit(subjects, partners, entry["type"], entry.get("mode"), noun, why,  # noqa: SLF001
                        both_ways=True)  # fmt: skip
        elif len(subjects) >= 2 and not any(c.dep_ == "prep" for c in noun.children):
            coder._emit_pairs(subjects, entry["type"], entry.get("mode"), noun, why)  # noqa: SLF001


# verbs whose subject, a split, brings forth their object: "a split in Y produced X" (mmp8)
_BEGETTING = frozenset({"produce", "spawn", "create", "yield", "beget", "birth", "give", "lead"})


def born_of_split(coder: Any) -> None:
    """'X emerged out of a split in Y', 'X was formed after a schism within Y', 'a split in Y
    produced X' (mmp8): X split from Y.

    A split noun of the lexicon (REJECT, mode split) with an 'in'/'within' phrase naming a
    group, itself in a phrase (events.yaml split_origin_preps) of a verb whose subject (active
    or passive) is another group: REJECT (mode split) from that group to the group split; the
    verb is the trigger ("may have emerged" is uncertain).
    """
    lex = coder.lex
    for noun in coder.doc:
        entry = coder._event_noun(noun) or {}  # noqa: SLF001
        if noun.pos_ != "NOUN" or entry.get("mode") != "split":
            continue
        split = [a for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "within")
                 for g in c.children for a in coder.actors(g)
                 if a.type not in NOT_GROUPS]  # fmt: skip
        if split and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _BEGETTING:
            # "a split in Y produced X", "a schism within Y gave rise to X" (mmp8)
            verb = noun.head
            keys = {a.key() for a in split}
            founded = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                       for a in coder.actors(c) if a.type not in NOT_GROUPS
                       and a.key() not in keys]  # fmt: skip
            founded += [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                        for g in c.children for a in coder.actors(g)
                        if a.type not in NOT_GROUPS and a.key() not in keys]  # fmt: skip
            if founded:
                why = [f"'a {noun.text} in' a group '{verb.text}' another -> REJECT (split)"]
                coder._emit(founded, split, "REJECT", "split", verb, why)  # noqa: SLF001
            continue
        if noun.dep_ != "pobj":
            continue
        prep = noun.head
        if not split or prep.lower_ not in lex.split_origin_preps:
            continue
        verb = prep.head
        if verb.lower_ == "out" and verb.dep_ in ("prt", "prep", "advmod"):
            verb = verb.head  # "emerged out of a split"
        if verb.pos_ != "VERB":
            continue
        keys = {a.key() for a in split}
        founded = [a for a in _coordinated_subject(coder, verb)
                   if a.key() not in keys]  # fmt: skip
        if not founded:
            continue
        why = [f"'{verb.text} {prep.text} a {noun.text}' in another group -> REJECT (split)"]
        coder._emit(founded, split, "REJECT", "split", verb, why)  # noqa: SLF001


_COOPERATIVE_TYPES = frozenset({"COOPERATE", "SUPPORT", "AID"})


def _ending_when(coder: Any, trigger: Any) -> Any:
    """The verb of an 'until T, when ...' clause on ``trigger`` (or on the copula it is the
    predicate of), or None."""
    for host in (trigger, trigger.head):
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ != "until":
                continue
            for pobj in prep.children:
                for clause in pobj.children:
                    if clause.dep_ == "relcl" and any(c.lower_ == "when" for c in clause.children):
                        return clause
    return None


def ended_until_when(coder: Any) -> None:
    """'X worked with Y until 2014, when it broke away', 'X was a faction of Y until 2014,
    when it split from the group': the cooperation ended in a split (or a rivalry) between
    its own parties at that date. The 'when' clause's verb is a split or rivalry verb or
    noun (its conditions met, as for coordinated_parting) whose subject names no other
    actor (a pronoun, "the two groups"), or a verb that ends the relation noun that is its
    subject ("when their alliance collapsed", mmp8: REJECT renounce) or its object ("when a
    quarrel ended the arrangement", written26: the habit "X used to shelter Y until T" ended);
    REJECT from the cooperation's source to its target,
    the clause's verb the trigger (so "when it may have split" stays uncertain)."""
    for event in list(coder.events):
        if event.event_type not in _COOPERATIVE_TYPES or event.modality != "asserted":
            continue
        clause = _ending_when(coder, event.trigger)
        if clause is None:
            continue
        found = _hostile_entry(coder, clause) or _relation_ended(coder, clause)
        if found is None:
            continue
        from riftwatch.nlp.modality import modality_of  # noqa: PLC0415 (modality imports this)

        if modality_of(event.trigger, event.event_type, coder.lex).value != "asserted":
            continue  # "X is thought to have hosted Y until T, when ...": no tie asserted to end
        named = {a.key() for a in _coordinated_subject(coder, clause)}
        named |= {a.key() for c in clause.children if c.dep_ == "prep"
                  for g in c.children for a in coder.actors(g)}  # fmt: skip
        if named - {event.source.key(), event.target.key()}:
            continue  # the clause names a third party: coded on its own
        why = [f"'until ..., when ... {clause.text}' ends the cooperation -> {found[0]} "
               f"({found[1]})", f"parties: those of '{event.trigger.text}'"]  # fmt: skip
        coder._emit([event.source], [event.target], found[0], found[1], clause, why)  # noqa: SLF001


def _relation_ended(coder: Any, clause: Any) -> tuple[str, str] | None:
    """("REJECT", "renounce") when ``clause`` is a cooperative relation noun ending or souring
    as its subject ("..., when their alliance collapsed / broke down / soured"; cues.yaml
    ``ending_verbs`` with their particle, ``reluctance``), else None (mmp8)."""
    lex = coder.lex
    lemma = clause.lemma_.lower()
    ending = (
        lemma in lex.ending_verbs
        or lemma in lex.reluctance
        or any(
            c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in lex.ending_verbs
            for c in clause.children
        )
    )
    if not ending:
        return None
    for subj in clause.children:
        entry = coder._event_noun(subj) if subj.dep_ == "nsubj" else None  # noqa: SLF001
        if entry and entry.get("type") in _COOPERATIVE_TYPES and entry.get("frame") == "reciprocal":
            return "REJECT", "renounce"
    if any(_ended_arrangement(coder, c) for c in clause.children
           if c.dep_ in ("dobj", "nsubjpass")):  # fmt: skip
        return "REJECT", "renounce"
    return None


def _ended_arrangement(coder: Any, noun: Any) -> bool:
    """Whether ``noun``, the object of an ending verb (or its passive subject), stands for
    the cooperation an 'until T, when ...' clause ends: a definite or possessed noun of
    cues.yaml ``ended_arrangement_nouns`` ("when a quarrel over money ended the
    arrangement", "when the army's offensive ended their partnership", "when the pact was
    terminated"), naming no party of its own (written26).

    >>> from types import SimpleNamespace
    >>> from riftwatch.nlp.parse import nlp
    >>> coder = SimpleNamespace(lex=SimpleNamespace(ended_arrangement_nouns={"arrangement"}),
    ...                         actors=lambda tok: [])
    >>> doc = nlp()("A quarrel ended the arrangement.")
    >>> _ended_arrangement(coder, doc[4])
    True
    >>> _ended_arrangement(coder, nlp()("A quarrel ended an arrangement.")[4])
    False
    """
    if noun.lemma_.lower() not in coder.lex.ended_arrangement_nouns:
        return False
    definite = any(
        (c.dep_ == "det" and c.lower_ in ("the", "that", "this", "these", "those"))
        or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in noun.children
    )
    named = any(coder.actors(c) for c in noun.subtree if c.i != noun.i)
    return definite and not named


def _person_for_group(actor: Any) -> bool:
    """Whether a party is a person read as the group he belongs to at the sentence's date
    (``person`` set, the party itself a group): what he does alone, such as founding a new
    group, is not that group's merger (walk65). An open person (type ``person``) stays one."""
    return bool(actor.person) and actor.type != "person"


def _founding_kept(actor: Any) -> bool:
    """Whether a founder's merger into what it founded is kept when the founding tells a split:
    a person or a unit of a group (``nlp.ties.rewrite_founders`` reads it to give the founder's
    other events to the new group, then drops it), never a whole group."""
    from riftwatch.nlp.ties import _UNIT_WORD

    return bool(
        actor.type == "person"
        or actor.person
        or (actor.qualifier and _UNIT_WORD.search(actor.qualifier))
    )


# -- diplomatic receptions and summonses (issue 9, world news; peers5) ------------------------
def _governing_parties(coder: Any) -> set[str]:
    """The keys of the parties the sentence names as a governing body (cues.yaml
    ``governing_nouns``): "the Taliban government", "the Taliban's foreign ministry", "the
    Taliban government's envoy" (written56). An armed movement that governs acts as a state
    in diplomacy; named by its fighters or commanders it does not."""
    keys: set[str] = set()
    for tok in coder.doc:
        if tok.lower_ not in coder.lex.governing_nouns and tok.lemma_.lower() not in (
            coder.lex.governing_nouns
        ):
            continue
        named = [c for c in tok.children if c.dep_ in ("compound", "poss", "amod")]
        keys |= {a.key() for c in named for a in coder.actors(c)}
    return keys


def diplomatic_receptions(coder: Any) -> None:
    """'The Kenyan president received the Chinese envoy' is a meeting between the two states
    (CONSULT, CAMEO 042/043), and 'X summoned Y's ambassador' a rebuke of Y (ACCUSE, mode
    disapprove, CAMEO 11): verbs of ``reception_verbs`` and ``summoning_verbs`` (cues.yaml)
    whose object (or, in the passive, subject) is another state's actor. Both parties must be
    states, governments or intergovernmental bodies, so "X received Taliban leaders" (shelter,
    coded by the lexicon if at all) and "X received arms" are left alone; a summons needs an
    envoy noun as the object. Read on the verb, so a negated or hedged reception is not
    asserted.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya summoned the Ugandan ambassador.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> uganda = Actor(id="country:uganda", name="Uganda", mention="Ugandan", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kenya, 3: uganda, 4: uganda})
    >>> diplomatic_receptions(coder)
    >>> [(e.source.name, e.event_type, e.mode, e.target.name) for e in coder.events]
    [('Kenya', 'ACCUSE', 'disapprove', 'Uganda')]
    """
    lex = coder.lex
    for verb in coder.doc:
        lemma = verb.lemma_.lower()
        summons = lemma in lex.summoning_verbs
        if verb.pos_ != "VERB" or not (summons or lemma in lex.reception_verbs):
            continue
        sources, passive, how = coder.subject(verb)
        if passive:
            guests = [c for c in verb.children if c.dep_ in ("nsubjpass",)]
            targets, sources, how = sources, coder.agent(verb), "passive agent ('by')"
        else:
            guests = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            targets = [a for g in guests for a in coder.actors(g)]
            if not targets and not summons:
                targets = _sent_from(coder, verb, guests)  # "received a delegation from Y"
        if not guests or not sources or not targets:
            continue
        if summons and not any(_envoy_head(g, lex.envoy_nouns) for g in guests):
            continue
        governing = _governing_parties(coder)
        if not all(_state_party(a) or a.key() in governing for a in [*sources, *targets]):
            continue
        done = _coded_pairs(coder, verb)
        pairs = [(s, t) for s in sources for t in targets
                 if s.key() != t.key() and (s.key(), t.key()) not in done]  # fmt: skip
        etype, mode = ("ACCUSE", "disapprove") if summons else ("CONSULT", None)
        what = "summons an envoy: a rebuke" if summons else "receives a guest: a meeting"
        why = [f"'{verb.text}' {what} -> {etype}", f"source: {how}",
               "target: the one received or summoned"]  # fmt: skip
        for source, target in pairs:
            coder._emit([source], [target], etype, mode, verb, why)  # noqa: SLF001


def _sent_from(coder: Any, verb: Any, guests: list[Any]) -> list[Any]:
    """The party that sent a received delegation when the parser hangs its "from" phrase on
    the verb ("received a delegation from Y", "greeted a mission from Y"): a guest whose
    head is a delegation or envoy noun (cues.yaml ``delegation_nouns``, ``envoy_nouns``) and
    names no actor itself, followed by "from" and a state party; else no one."""
    lex = coder.lex
    visitors = lex.delegation_nouns | lex.envoy_nouns
    found: list[Any] = []
    for guest in guests:
        if guest.lower_ not in visitors or any(t.i in coder.actor_of for t in guest.subtree):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "from" or prep.i != guest.right_edge.i + 1:
                continue
            found += [a for p in prep.children if p.dep_ == "pobj" for a in coder.actors(p)
                      if _state_party(a)]  # fmt: skip
    return found


def _envoy_head(tok: Any, envoys: frozenset[str]) -> bool:
    """Is a summoned object an envoy ("the Japanese ambassador", "Japan's envoy")? Read on
    the real words: a known actor's mention is masked in the parsed text."""
    original = tok.doc.user_data.get("text")
    word = original[tok.idx : tok.idx + len(tok.text)] if original is not None else tok.text
    last = word.lower().split()[-1] if word.split() else ""
    if last in envoys or tok.lemma_.lower() in envoys or _singular_word(last) in envoys:
        return True
    return tok.pos_ == "PROPN" and _envoy_before_name(tok, envoys, original)


def _envoy_before_name(tok: Any, envoys: frozenset[str], original: str | None) -> bool:
    """The summoned object is a person's name right after an envoy noun ("Japan's
    ambassador Ken Sato": the name heads the phrase, the title is its compound; peers24):
    the words before the name's capitalised run end in an envoy noun."""
    start = tok.left_edge.idx
    text = original if original is not None else tok.doc.text
    words = text[start : tok.idx + len(tok.text)].split()
    while words and words[-1][:1].isupper():
        words.pop()
    last = words[-1].lower() if words else ""
    return bool(last) and (last in envoys or _singular_word(last) in envoys)


def _singular_word(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# -- a group's attack on a state's posts, patrols and vessels (issue 9, world news; peers5) -----
def security_property_target(coder: Any, tok: Any, sources: list[Any]) -> list[Any]:
    """The state an armed group's attack hits through its forces' property: the patient
    ``tok`` is a noun of ``security_property_nouns`` (nominals.yaml: posts, bases, patrols,
    convoys, vessels, embassies...) with a country word, or a state body, before it ("rebels
    attacked an Israeli patrol", "ambushed a Turkish military convoy", "shelled a Sri Lankan
    navy vessel"). The state body named in the modifiers wins over the bare country. Unlike
    ``territory_target`` the attacker's own country counts (insurgents attack their own
    state), but not a source's own body. Villages, towns and homes are no state property.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor
    >>> coder = type("C", (), {"lex": load(), "actor_of": {}})()
    >>> doc = nlp()("Rebels attacked an Israeli patrol.")
    >>> rebels = Actor(id="open:rebels", name="rebels", mention="Rebels", type="group")
    >>> [a.id for a in security_property_target(coder, doc[4], [rebels])]
    ['country:israel']
    >>> security_property_target(coder, nlp()("Rebels attacked an Israeli village.")[4], [rebels])
    []
    """
    nouns = coder.lex.security_property_nouns
    own = {s.key() for s in sources}
    for noun in (tok, *tok.conjuncts):
        if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
            continue
        found = []
        for child in noun.lefts:
            if child.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            for sub in child.subtree:
                if sub.i >= noun.i:
                    break
                if _hyphen_agent(sub):
                    continue  # "attacked U.S.-trained units": the trainer's, not its (world26)
                actor = coder.actor_of.get(sub.i) or _country_word(sub)
                if actor is not None and actor.type in STATE_TYPES and actor.key() not in own:
                    found.append(actor)
        if found:
            bodies = [a for a in found if a.type != "country"]
            return [(bodies or found)[0]]
    return []


# -- a claimed attack whose victims are named before its noun (issue 9, heads15) -------------
_FORCE_TYPES = frozenset({"military", "police", "intelligence", "government"})
_CLAIMANT_TYPES = frozenset({"armed_group", "faction"})


def claimed_force_victims(coder: Any, noun: Any, claimants: list[Any]) -> list[Any]:
    """The state force an armed group's claimed attack hit, named as a modifier of the attack
    noun: "TTP claims Karachi police killings", "IS claims Quetta police college raid",
    "JuA claims army convoy bombing" (the headline's "attack on police" packed before the
    noun). Only when ``claimants`` (who claimed ``noun``) are armed groups: then a state
    body before the noun cannot be its author and is what was hit; a country word counts
    through a security post or convoy before the noun ("US convoy attack"). Without a claim
    ("police attack on protesters", "army raid") the modifier keeps its usual reading.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor
    >>> doc = nlp()("TTP claims Karachi police killings")
    >>> police = Actor(id="org:pak-police", name="Pakistani police", mention="police",
    ...                type="police")
    >>> ttp = Actor(id="org:ttp", name="TTP", mention="TTP", type="armed_group")
    >>> coder = type("C", (), {"lex": load(), "actor_of": {3: police}})()
    >>> [a.id for a in claimed_force_victims(coder, doc[4], [ttp])]
    ['org:pak-police']
    >>> claimed_force_victims(coder, doc[4], [police])
    []
    """
    if not claimants or any(c.type not in _CLAIMANT_TYPES for c in claimants):
        return []
    own = {c.key() for c in claimants}
    found: list[Any] = []
    for child in noun.lefts:
        if child.dep_ not in ("compound", "amod", "nmod"):
            continue
        if child.lower_ in coder.lex.security_property_nouns:
            found += security_property_target(coder, child, claimants)
        for sub in child.subtree:
            if sub.i >= noun.i or _hyphen_agent(sub):
                continue
            actor = coder.actor_of.get(sub.i)
            if actor is not None and actor.type in _FORCE_TYPES and actor.key() not in own:
                found.append(actor)
    seen: set[str] = set()
    return [a for a in found if not (a.key() in seen or seen.add(a.key()))]


# -- visits told by arrival (issue 9, world news; peers5) ------------------------------------
_ARRIVAL_PREPS = frozenset({"in", "to", "at"})


def arrival_visits(coder: Any) -> None:
    """'The Iraqi president arrived in Amman', 'the Chinese premier flew to Kenya': a state's
    government, leader or envoy (or an intergovernmental body) travelling to another country
    or its capital visits it (CONSULT, mode visit, CAMEO 042). Verbs of ``arrival_verbs``
    (cues.yaml); the destination is the object of in/to/at: a country, or a capital, which
    stands for its government. Armed forces, groups and people make no visit (a deployment
    or a flight is not a consultation), nor does travel within the traveller's own country.
    Read on the verb, so "did not arrive", "is expected to arrive" are not asserted.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya's president arrived in Uganda on Monday.")
    >>> kenya = Actor(id="org:kenya-government", name="Government of Kenya",
    ...               mention="Kenya's president", type="government")
    >>> uganda = Actor(id="country:uganda", name="Uganda", mention="Uganda", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kenya, 1: kenya, 2: kenya, 5: uganda})
    >>> arrival_visits(coder)
    >>> [(e.source.name, e.event_type, e.mode, e.target.name) for e in coder.events]
    [('Government of Kenya', 'CONSULT', 'visit', 'Uganda')]
    """
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in coder.lex.arrival_verbs:
            continue
        sources, passive, how = coder.subject(verb)
        if passive or not sources or not all(_state_party(a) for a in sources):
            continue
        if any(a.type == "country" for a in sources):
            continue  # "Israeli troops arrived in Y": a country's men, not its government
        hosts: list[Any] = []
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _ARRIVAL_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    hosts += coder.actors(pobj) or _capital_of(pobj)
        own_iso = {iso for s in sources if (iso := s.country or _iso_of_key(s.key()))}
        hosts = [h for h in hosts if _state_party(h)
                 and (h.country or _iso_of_key(h.key())) not in own_iso]  # fmt: skip
        done = _coded_pairs(coder, verb)
        why = [f"'{verb.text}' in another country: a visit -> CONSULT", f"source: {how}",
               "target: the country or capital arrived in"]  # fmt: skip
        for source in sources:
            for host in hosts:
                if source.key() != host.key() and (source.key(), host.key()) not in done:
                    coder._emit([source], [host], "CONSULT", "visit", verb, why)  # noqa: SLF001


def _capital_of(tok: Any) -> list[Any]:
    """The government a capital named by a single token stands for ("Amman": Jordan's), as
    the knowledge base's weak capital aliases say; [] for any other word."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return []
    original = tok.doc.user_data.get("text")
    word = original[tok.idx : tok.idx + len(tok.text)] if original is not None else tok.text
    from riftwatch.nlp.extract import _resolver
    from riftwatch.nlp.mentions import capital_alias, capital_government

    res = _resolver().resolve(word, None, "government")
    if not capital_alias(res):
        return []
    actor = capital_government(res, word)
    return [actor] if actor is not None else []


# -- courtesies given: the noun codes, not the giving (issue 9, world news; peers5) ----------
def courtesy_objects(coder: Any) -> None:
    """'X paid a visit to Y', 'X gave a warm welcome to Y', 'X paid tribute to Y': the giving
    verb's own reading (AID: payment, material help) gives way to the event its object
    noun names (a visit is CONSULT, a welcome or tribute SUPPORT), when that noun coded an
    event between the same parties; "gave arms to Y" (the noun is aid itself) is unchanged.

    >>> from riftwatch.nlp.extract import extract_document
    >>> sorted({c.event.event_type for c in extract_document(
    ...     {"id": "d", "text": "Kenya paid a visit to Uganda.", "date": "2010-01-01"})})
    ['CONSULT']
    """
    for event in list(coder.events):
        verb = event.trigger
        if event.event_type != "AID" or verb.pos_ != "VERB":
            continue
        objs = {c.i for c in verb.children if c.dep_ in ("dobj", "obj")}
        if any(
            other.trigger.i in objs
            and other.event_type in ("CONSULT", "SUPPORT", "AGREE")
            and {other.source.key(), other.target.key()} == {event.source.key(), event.target.key()}
            for other in coder.events
        ):
            coder.events.remove(event)


# -- relationship descriptions, round 6 (branch mmp6) ---------------------------------------
def _subject_groups(coder: Any, verb: Any, own: bool = True) -> list[Any]:
    """The groups a leaving verb's subject belongs to: the subject itself ("the Front
    defected", a person the text ties to a group) or the group of its "of" phrase ("a
    commander of Y defected"); with ``own`` False only the latter (a subject that names an
    actor itself has none)."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        acts = [a for a in coder.actors(subj) if a.type not in NOT_GROUPS]
        if acts:
            return acts if own else []
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "in", "within"):
                for pobj in prep.children:
                    acts = [a for a in coder.actors(pobj) if a.type not in NOT_GROUPS]
                    if acts:
                        return acts
    return []


def _founding_occasion(verb: Any) -> Any:
    """The verb a founding verb is the purpose or the occasion of: its head when it is an
    adverbial clause or complement ("defected to form X", "split when P formed X"), or the
    verb of the date phrase a "when" clause hangs on ("Y split in January 2013 when P formed
    X": the parser makes the clause a relative clause of the date; lead45). None otherwise.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Ansar Dine split in January 2013 when Ag Intalla formed the MIA.")
    >>> _founding_occasion(next(t for t in doc if t.lower_ == "formed")).text
    'split'
    """
    if verb.dep_ in ("advcl", "xcomp"):
        return verb.head
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children
    ):
        return None
    date, prep = verb.head, verb.head.head
    if date.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    return prep.head


def left_to_form(coder: Any) -> None:
    """'A commander of Y defected with his fighters to form X', 'P (tied to Y) broke away to
    set up X': a founding verb as the purpose of a leaving verb. X split from Y (REJECT,
    mode split), Y being the group left ("from Y") or else the leaver's own group; the
    founding is not a merger of Y into X. Trigger: the leaving verb, so "did not defect to
    form X" stays negated."""
    lex = coder.lex
    for verb, _founders, founded in _foundings(coder):
        leaving = _founding_occasion(verb)
        if leaving is None or not leaving_verb(lex, leaving):
            continue
        left = _group_left(coder, leaving) or _subject_groups(coder, leaving)
        left = [a for a in left if all(a.key() != f.key() for f in founded)]
        founded = [a for a in founded if a.type not in NOT_GROUPS]
        if not left or not founded:
            continue
        coder.events = [e for e in coder.events
                        if not (e.trigger.i == verb.i and e.mode == "merger")]  # fmt: skip
        why = [f"'{leaving.text} ... to {verb.text}': the new group split from the group "
               "left -> REJECT (split)", f"left: {left[0].mention}"]  # fmt: skip
        coder._emit(founded, left, "REJECT", "split", leaving, why)  # noqa: SLF001


# -- relationship descriptions, round 10 (branch mmp10) -------------------------------------
def fronted_subject_verb(tok: Any) -> Any:
    """The verb whose subject ``tok`` is, when the parser read that subject as an apposition
    to the last noun of a fronted phrase: "After the arrest of its leader, a faction of X
    broke away" (the parser hangs "a faction" on "leader" and leaves "broke" without a
    subject). ``tok`` must follow a comma, its phrase must end right before the verb (an
    adverb between is allowed), and the fronted phrase must hang on that subjectless verb.
    None otherwise. mmp15.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("After the arrest of Kofi Mensah, a faction of the Volta Army broke away.")
    >>> [t.text for t in doc if fronted_subject_verb(t) is not None]
    ['faction']
    """
    if tok.dep_ != "appos" or tok.left_edge.i == 0:
        return None
    if tok.doc[tok.left_edge.i - 1].text != ",":
        return None
    node = tok.head  # up to the phrase that hangs on a verb: "After [the arrest of ...]"
    while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
    verb = node.head
    if node.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or verb.i < tok.right_edge.i:
        return None
    if node.i > tok.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    between = tok.doc[tok.right_edge.i + 1 : verb.i]
    if any(t.pos_ not in ("ADV", "AUX", "PART") for t in between):
        return None
    return verb


def _verbs_near(tok: Any) -> list[Any]:
    """The verbs a part noun's sentence tells of it: the verb it is the subject of, with that
    verb's coordinated verbs, its own clauses ("a faction that left to form Y") and their
    complements ("kept fighting as Y", "went on operating as Y"), three levels down."""
    start: list[Any] = []
    head = fronted_subject_verb(tok)
    if head is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        head = tok.head
    if head is not None:
        start.append(head)
        start += [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    start += [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    out = list(start)
    frontier = start
    for _ in range(3):
        frontier = [c for v in frontier for c in v.children
                    if c.dep_ in ("xcomp", "advcl", "ccomp", "conj")
                    and c.pos_ in ("VERB", "AUX")]  # fmt: skip
        out += frontier
    return out


def _named_as(coder: Any, verb: Any) -> list[Any]:
    """The group a verb names its subject as: a founding ("left to form Y"), "took the name
    Y", "kept fighting as Y", "went on operating as Y" (events.yaml founding_verbs,
    name_taking_verbs, named_as_verbs); [] when none or negated."""
    lex = coder.lex
    lemma = "found" if verb.lower_ == "found" and _infinitive(verb) else verb.lemma_.lower()
    if _negated(verb):
        return []
    groups: list[Any] = []
    if lemma in lex.founding_verbs and (
        lemma != "set" or any(c.lower_ == "up" for c in verb.children)
    ):
        groups = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                  for a in coder.actors(c)]  # fmt: skip
    elif lemma in lex.name_taking_verbs:
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            if obj.lemma_.lower() == "name":
                groups = [a for t in obj.subtree if t.i != obj.i
                          for a in [coder.actor_of.get(t.i)] if a is not None]  # fmt: skip
    elif lemma in lex.named_as_verbs:
        groups = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                  for g in c.children if g.dep_ == "pobj" for a in coder.actors(g)]  # fmt: skip
    seen: set[Any] = set()
    return [a for a in groups if a.type not in NOT_GROUPS
            and not (a.key() in seen or seen.add(a.key()))]  # fmt: skip


def _possessed_group(coder: Any, tok: Any) -> list[Any]:
    """The actors of ``tok`` or, when it names none, of its possessor ("X's leadership")."""
    acts = coder.actors(tok)
    if acts:
        return acts
    return [a for c in tok.children if c.dep_ == "poss" for a in coder.actors(c)]


def _whole_split(coder: Any) -> tuple[list[Any], Any]:
    """The group the sentence says split as a whole ("X split in 1985", "X splintered"): the
    subject of an intransitive split verb (events.yaml whole_split_verbs) with no object and
    no partner phrase, and the verb; ([], None) when none."""
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in coder.lex.whole_split_verbs:
            continue
        if any(c.dep_ in ("dobj", "obj", "nsubjpass") or c.dep_ == "prep"
               and c.lower_ in ("from", "with", "away") for c in verb.children):  # fmt: skip
            continue
        subjects = [a for c in verb.children if c.dep_ == "nsubj"
                    for a in coder.actors(c) if a.type not in NOT_GROUPS]  # fmt: skip
        if len(subjects) == 1:
            return subjects, verb
    return [], None


def _denied_part(part: Any, verb: Any) -> bool:
    """ "No faction left to form Y", "the wing did not leave to form Y": the part is denied
    (a "no" determiner) or a verb from ``verb`` up to the part's own verb is negated."""
    if any(c.lower_ in ("no", "neither", "none") for c in part.children if c.dep_ == "det"):
        return True
    tok = verb
    for _ in range(6):
        if _negated(tok):
            return True
        if tok.i == part.i or tok.head.i == tok.i or tok.head.i == part.i:
            break
        tok = tok.head
    return False


_ROLE_GROUP_TYPES = frozenset({"armed_group", "faction", "party"})


def appositive_role_group(coder: Any, tok: Any, open_person: bool = False) -> Any:
    """The group a name the text does not know stands for by its apposition of role:
    "killed Abu Umar, an X commander", "P, a senior leader of X," (mmp10), "P, X's deputy
    leader," (written32): the role noun (events.yaml later_roles: leader, commander, emir,
    founder...) names X by a modifier, an "of" phrase or a possessive, or a title before
    the name does ("X's deputy leader P"). None when the name is known, has no such
    apposition, or the apposition is "a former X commander" (a past tie says nothing of whom
    the act hit). With ``open_person``, the name may be a person found in the text whom the
    knowledge base does not know (written32: "P, X's deputy leader, praised Y")."""
    if tok.pos_ != "PROPN" or (tok.i in coder.actor_of and not open_person):
        return None
    return _role_in_apposition(coder, tok)


def kunya_or_open_name(actor: Any) -> bool:
    """Is ``actor`` a name the knowledge base does not know, or a group whose own name is a
    kunya only (name_cues.yaml ``kunya_words``: "Abu Talha", a name countless men bear)?
    Such a name given a post in apposition ("Abu P, X's commander,") is a person's, whatever
    group it was read as; a group the knowledge base names otherwise ("Zarqawi" for Al Qaeda
    in Iraq) keeps its own."""
    return actor.id.startswith("open:") or kb._kunya_only(actor.name or "")


def talks_topic_owner(coder: Any, noun: Any, poss: Any) -> list[Any]:
    """The subject of talks whose topic ``noun`` is, when its possessive pronoun ``poss``
    was read as the talks' partner (gaps64): "X held talks with Y over its dispute with Z",
    "X met Y to discuss its feud with Z": the matter is X's, not Y's, as the subject is who
    brings its own quarrel to the talks. The topic is an object of a verb of deliberation
    (cues.yaml ``deliberation_verbs``) or the object of a discussion preposition
    (``discussion_preps``) on a gathering noun (``gathering_nouns``). Empty otherwise."""
    lex = coder.lex
    if poss.dep_ != "poss" or poss.tag_ != "PRP$" or poss.i not in coder.actor_of:
        return []
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in lex.discussion_preps:
        gathering = head.head
        if gathering.pos_ != "NOUN" or gathering.lower_ not in lex.gathering_nouns:
            return []
        verb = gathering.head if gathering.dep_ in ("dobj", "obj") else None
    elif noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in lex.deliberation_verbs:
        gathering, verb = None, head
        if verb.dep_ in ("advcl", "xcomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
        ):
            verb = verb.head  # "X met Y to discuss its feud with Z": the meeting's subject
    else:
        return []
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    partners = [a for t in verb.subtree if t.dep_ in ("dobj", "obj", "pobj")
                and t.i != noun.i and t.i < noun.i for a in coder.actors(t)]  # fmt: skip
    said = coder.actor_of[poss.i]
    if all(a.key() != said.key() for a in partners):
        return []  # the pronoun was not read as the partner: left as it is
    subjects, passive, _how = coder.subject(verb)
    if passive or not subjects or any(a.key() == said.key() for a in subjects):
        return []
    return list(subjects)


def then_role_group(coder: Any, tok: Any) -> Any:
    """The group a known person stands for at the time the text tells of, by an apposition of
    role marked "then" ("joined P, then a field commander of X, in the raid"; world11): the
    text's own word for his post at that date over the knowledge base's (his later group).
    None without "then" on the apposition."""
    if tok.pos_ != "PROPN":
        return None
    return _role_in_apposition(coder, tok, then=True)


def _role_in_apposition(coder: Any, tok: Any, then: bool = False) -> Any:
    found = None if then else _post_by_clause_or_member(coder, tok)
    if found is not None:
        return found
    for appos in tok.children:
        # a title before the name, with its group's possessive: "X's deputy leader P" (the
        # parser: "leader" a compound of the name; written32)
        titled = (
            appos.dep_ == "compound"
            and appos.i < tok.i
            and any(g.dep_ == "poss" for g in appos.children)
        )
        if not then and appos.dep_ == "appos" and appos.lower_ not in coder.lex.later_roles:
            member = _member_apposition(coder, appos)  # "P, a police officer," (written47)
            if member is not None:
                return member
        if (appos.dep_ != "appos" and not titled) or appos.lower_ not in coder.lex.later_roles:
            continue
        if then and not any(c.dep_ == "advmod" and c.lower_ == "then" for c in appos.children):
            continue
        if any(c.lower_ in coder.lex.ended_adjectives for c in appos.children
               if c.dep_ in ("amod", "compound")):  # fmt: skip
            continue
        if any(t.lower_ in coder.lex.ended_adjectives for t in appos.subtree
               if t.i < appos.i and t.dep_ == "amod"):  # fmt: skip
            continue  # "X's former deputy leader": "former" on "deputy" (written32)
        found = coder.actor_of.get(appos.i)
        if found is None:
            found = next((coder.actor_of[g.i] for p in appos.children
                          if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.i in coder.actor_of), None)  # fmt: skip
        if found is None:  # "P, X's deputy leader," "P, the X's emir in South Asia" (written32)
            found = next((coder.actor_of[g.i] for g in appos.children
                          if g.dep_ == "poss" and g.i in coder.actor_of), None)  # fmt: skip
        if found is None:  # "P, the leader of X's branch in Z," "P, head of the wing of X"
            owner = next((a for p in appos.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children for a in [_body_owner(coder, g)]
                          if a is not None), None)  # fmt: skip
            if (
                owner is not None
                and not owner.weak
                and (owner.type in _ROLE_GROUP_TYPES or owner.type in _MEMBER_TYPES)
            ):  # "P, the commander of the army's division in Swat": the army (written47)
                return owner
        if found is not None and not found.weak and found.type in _ROLE_GROUP_TYPES:
            return found
        if (
            found is not None
            and not found.weak
            and found.type in _MEMBER_TYPES
            and not found.id.startswith("open:")
            and coder.actor_of.get(appos.i) is found
        ):  # "P, a tribal commander," "P, the tribal leader who ...": the role noun itself
            return found  # names a body the knowledge base knows (written51)
    return None


def _post_by_clause_or_member(coder: Any, tok: Any) -> Any:
    """The group a person the text does not know stands for by the post it gives him in an
    apposition or a relative clause (written50): "P, a Lashkar-e-Taiba operative," (a noun of
    cues.yaml ``one_member_nouns`` with the group as its modifier or possessive), "P, who sat
    on X's leadership council," "P, a veteran jihadist who sat on X's shura," "P, who had
    become X's chief judge," "P, who served as X's deputy emir," (a serving verb of
    events.yaml ``serving_verbs`` or "become" with a role noun, a member noun or a body of
    the group as its complement). None for a past post ("a former X operative", "who had
    once sat on X's council", "who had left X"), a negated or hedged clause, or a group that
    is not an armed group, faction or party."""
    lex = coder.lex
    ended = lex.ended_adjectives
    roles = lex.later_roles | lex.one_member_nouns | lex.serving_as_roles

    def group_of(noun: Any) -> Any:
        if any(t.lower_ in ended for t in noun.subtree if t.i < noun.i):
            return None  # "a former X operative", "X's former chief judge"
        owners = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "poss"))]
        owners += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children]  # fmt: skip
        found = next((coder.actor_of[g.i] for g in owners if g.i in coder.actor_of), None)
        if found is None and noun.lower_ in lex.role_body_nouns:
            found = _body_owner(coder, noun)
        if found is not None and not found.weak and found.type in _ROLE_GROUP_TYPES:
            return found
        return None

    def post_of(clause: Any) -> Any:
        lemma = clause.lemma_.lower()
        if lemma not in lex.serving_verbs and lemma != "become":
            return None
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in lex.backing_hedges)
               or c.lower_ in ended or c.lower_ == "once"
               for c in clause.children):  # fmt: skip
            return None  # "who never sat on", "who may have served as", "who once sat on"
        complements = [c for c in clause.children if c.dep_ in ("attr", "acomp", "dobj")]
        complements += [g for p in clause.children if p.dep_ == "prep"
                        and p.lower_ in ("as", "on", "in")
                        for g in p.children if g.dep_ == "pobj"]  # fmt: skip
        for noun in complements:
            if noun.lower_ in roles or noun.lower_ in lex.role_body_nouns:
                found = group_of(noun)
                if found is not None:
                    return found
        return None

    def led_of(clause: Any) -> Any:
        # written51: "P, who had led the tribes of Hit against Y," "P, who headed the tribal
        # lashkar," "P, who had led the Albu Nimr tribe's revolt": a leader stands for the body
        # he leads, or for the owner of the act he led (a possessive on an event noun)
        if clause.lemma_.lower() not in lex.commanding_verbs:
            return None
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in lex.backing_hedges)
               or c.lower_ in ended or c.lower_ == "once" or c.lower_ in lex.lead_hedges
               for c in clause.children):  # fmt: skip
            return None  # "who never led", "who may have headed", "who reportedly led"
        for obj in clause.children:
            if obj.dep_ not in ("dobj", "obj"):
                continue
            if any(t.lower_ in ended for t in obj.subtree if t.i < obj.i):
                continue  # "who led the former X"
            found = coder.actor_of.get(obj.i)
            if found is None and coder._event_noun(obj):  # noqa: SLF001
                found = next((coder.actor_of[c.i] for c in obj.children
                              if c.dep_ == "poss" and c.i in coder.actor_of), None)  # fmt: skip
            if found is None and obj.lower_ in lex.commanded_units:
                found = _body_owner(coder, obj) or group_of(obj)
            if (
                found is not None
                and not found.weak
                and (found.type in _ROLE_GROUP_TYPES or found.type in _MEMBER_TYPES)
                and not found.how.startswith("open: people of")
            ):
                return found
        return None

    for appos in tok.children:
        if appos.dep_ == "relcl":  # "P, who sat on X's leadership council,"
            found = post_of(appos) or led_of(appos)
            if found is not None:
                return found
        if appos.dep_ != "appos":
            continue
        if appos.tag_ == "NN" and appos.lower_ in lex.one_member_nouns:
            found = group_of(appos)  # "P, a Lashkar-e-Taiba operative,"
            if found is not None:
                return found
        for clause in appos.children:  # "P, a veteran jihadist who sat on X's council,"
            if clause.dep_ == "relcl":
                found = post_of(clause) or led_of(clause)
                if found is not None:
                    return found
    return None


# the kinds of actor a person stands for when the text calls him one of its members ("P, a
# police officer,", "P, the tribal sheikh who ...": the police, the tribal elders)
_MEMBER_TYPES = frozenset({"collective", "tribe", "police", "military", "intelligence",
                           "government"})  # fmt: skip


def _member_apposition(coder: Any, appos: Any) -> Any:
    """The body a name the text does not know belongs to, when its apposition is a singular
    noun the text itself reads as that body ("killed P, a police officer," "P, the tribal
    sheikh who had led the revolt,": the police, the tribal elders; written47). None for a
    plural or an ended apposition ("P, a former police officer"), for a named group (the
    role path reads those), for a person, country or place, or for a nation's people ("P, a
    Kenyan citizen")."""
    found = coder.actor_of.get(appos.i)
    if found is None:  # "a police officer": the body named by the noun's compound
        found = next((coder.actor_of[c.i] for c in appos.children
                      if c.dep_ == "compound" and c.i in coder.actor_of), None)  # fmt: skip
    if found is None or found.weak or appos.tag_ != "NN" or found.type not in _MEMBER_TYPES:
        return None
    if found.how.startswith("open: people of"):
        return None  # "P, a Kenyan citizen,": a nation's people, no body he serves in
    if any(t.lower_ in coder.lex.ended_adjectives for t in appos.subtree if t.i < appos.i):
        return None
    return found


def _body_owner(coder: Any, noun: Any) -> Any:
    """The group a body or unit noun belongs to by its possessive or "of" phrase ("X's
    branch in Z", "the media wing of X"; events.yaml role_body_nouns and commanded_units),
    or None."""
    lex = coder.lex
    if noun.lower_ not in lex.role_body_nouns and noun.lower_ not in lex.commanded_units:
        return None
    owners = [g for g in noun.children if g.dep_ == "poss"]
    owners += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children]  # fmt: skip
    return next((coder.actor_of[g.i] for g in owners if g.i in coder.actor_of), None)


def named_faction_split(coder: Any) -> None:
    """'X split in 1985 when a minority faction left to form Y', 'X split; the breakaway wing
    took the name Y', 'the Milan column broke with X's leadership and went on operating as
    Y', 'a dissident faction refused to disarm and kept fighting as Y' (mmp10): Y split
    from X.

    A part noun (events.yaml part_nouns) that names no actor itself, named as a group Y by a
    verb the sentence tells of it (:func:`_named_as`). The whole X it left: the group its own
    leaving verb leaves ("broke with X's leadership", or its "of X" phrase: "a faction of X
    broke away"); else the group the sentence says split as a whole (:func:`_whole_split`,
    whose verb is then the trigger: "X did not split" stays negated); else, for a dissenting
    part ("a dissident faction (of X)"), its "of X" phrase or the group subject of the clause
    its verb hangs on ("when X signed a peace deal"). A part "of X" that only goes on "as Y"
    tells no split. REJECT (mode split) from Y to X.
    """
    lex = coder.lex
    whole, split_verb = _whole_split(coder)
    for part in coder.doc:
        if part.lower_ not in lex.part_nouns or coder.actor_of.get(part.i) is not None:
            continue
        verbs = _verbs_near(part)
        named, naming = [], None
        for verb in verbs:
            named = _named_as(coder, verb)
            if named:
                naming = verb
                break
        if not named or _denied_part(part, naming):
            continue
        while (
            naming.dep_ == "xcomp" and naming.head.pos_ == "VERB" and naming.head.i != (part.head.i)
        ):
            naming = naming.head  # "reportedly kept fighting as Y": the hedge is on "kept"
        keys = {a.key() for a in named}
        own: list[Any] = [a for c in part.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children for a in coder.actors(g)]  # fmt: skip
        dissent = any(c.lower_ in lex.dissent_adjectives for c in part.children
                      if c.dep_ in ("amod", "compound"))  # fmt: skip
        left: list[Any] = []
        trigger = naming
        for verb in verbs:
            if not leaving_verb(lex, verb) or verb.i == naming.i:
                continue
            left = [a for c in [*verb.children, *_away_preps(verb)]
                    if c.dep_ == "prep" and c.lower_ in ("from", "with")
                    for g in c.children for a in _possessed_group(coder, g)]  # fmt: skip
            left = left or [a for c in verb.children if c.dep_ in ("dobj", "obj")
                            for a in _possessed_group(coder, c)]  # fmt: skip
            left = left or own  # "a faction of X broke away and went on as Y"
            if left:
                trigger = verb
                break
        if not left and whole and (not own or {a.key() for a in own} == {a.key() for a in whole}):
            left, trigger = whole, split_verb
        if not left and dissent:
            left = own
        if not left and dissent and part.dep_ == "nsubj":
            left = [a for c in part.head.children if c.dep_ == "advcl"
                    for s in c.children if s.dep_ == "nsubj"
                    for a in coder.actors(s) if a.type not in NOT_GROUPS]  # fmt: skip
        left = [a for a in left if a.type not in NOT_GROUPS and a.key() not in keys]
        if not left:
            continue
        why = [f"a {part.text} named as a group by '{naming.text}' -> REJECT (split)",
               f"left: {left[0].mention}"]  # fmt: skip
        coder._emit(named, left, "REJECT", "split", trigger, why)  # noqa: SLF001


_DISPUTED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})


def disputed_acts(coder: Any) -> None:
    """'X and Y quarrelled over attacks on Z', 'a dispute between X and Y about the killing
    of a commander': an act named as what a dispute is about (events.yaml ``dispute_words``
    with a ``dispute_preps`` phrase) is not an act of the disputants; its events go."""
    lex = coder.lex

    def disputed(tok: Any) -> bool:
        while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in lex.dispute_preps:
            return False
        return prep.head.lemma_.lower() in lex.dispute_words or prep.head.lower_ in (
            lex.dispute_words
        )

    coder.events = [
        e for e in coder.events
        if not (e.event_type in _DISPUTED_TYPES and e.trigger.pos_ in ("NOUN", "PROPN")
                and disputed(e.trigger))
    ]  # fmt: skip


def _founded_by_clause(coder: Any, holder: Any) -> list[Any]:
    """The groups a relative clause on ``holder`` says it founded or led ("who later formed
    Y", "who would lead Y", "who later made up Y"), or the "of Y" of a founders noun."""
    lex = coder.lex
    out: list[Any] = []
    for rc in holder.children:
        if rc.dep_ != "relcl" or rc.pos_ not in ("VERB", "AUX"):
            continue
        if _negated(rc):
            continue
        out += _whose_people_named(coder, rc)
        if rc.lemma_.lower() == "go" and any(c.lower_ == "on" for c in rc.children):
            # "P, who went on to found Y" (mmp9): the founding is the clause's complement
            rc = next((c for c in rc.children if c.dep_ in ("xcomp", "advcl")), rc)
        # "to found Y": the parser may lemmatise the bare infinitive as "find"
        lemma = "found" if rc.lower_ == "found" and _infinitive(rc) else rc.lemma_.lower()
        if lemma not in lex.founding_verbs and lemma not in lex.future_leading_verbs:
            continue
        if lemma in ("set", "make") and not any(c.lower_ == "up" for c in rc.children):
            continue
        if _negated(rc):
            continue
        for obj in rc.children:
            if obj.dep_ in ("dobj", "obj"):
                out += [a for a in coder.actors(obj) if a.type not in NOT_GROUPS]
    for appos in holder.children:
        # "P, later the leader of Y," (mmp9): an apposition with a word of later time
        if (
            appos.dep_ == "appos"
            and appos.lower_ in lex.later_roles
            and any(c.lower_ in lex.later_words for c in appos.children
                    if c.dep_ in ("advmod", "amod"))
        ):  # fmt: skip
            for prep in appos.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        out += [a for a in coder.actors(pobj) if a.type not in NOT_GROUPS]
    if not out and holder.lower_ in ("founders", "founder", "leaders"):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    out += [a for a in coder.actors(pobj) if a.type not in NOT_GROUPS]
    return out


def _whose_people_named(coder: Any, rc: Any) -> list[Any]:
    """The group a relative clause on a person gives the name of his people (world16): "P,
    whose followers would later be known as Y", "P, whose men were later called Y" (a
    passive participle of naming, events.yaml ``people_naming_verbs``, with its "as" phrase or
    its complement; the clause's subject a noun of a person's people, cues.yaml
    ``follower_nouns``, owned by "whose"). Y's people were then the person's, so what the
    person did in a group is what Y's people did. [] for any other clause."""
    lex = coder.lex
    if rc.lemma_.lower() not in lex.people_naming_verbs:
        return []
    if not any(c.dep_ == "auxpass" for c in rc.children):
        return []
    people = [
        c
        for c in rc.children
        if c.dep_ == "nsubjpass"
        and c.lower_ in lex.follower_nouns
        and any(p.dep_ == "poss" and p.lower_ == "whose" for p in c.children)
    ]
    if not people:
        return []
    named = [
        n
        for c in rc.children
        for n in (
            [p for p in c.children if p.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ == "as"
            else [c]
            if c.dep_ in ("oprd", "attr")
            else []
        )
    ]
    return [a for n in named for a in coder.actors(n) if a.type not in NOT_GROUPS]


def _misread_verb(root: Any) -> Any:
    """The verb of a sentence the parser left without one, its root the subject noun: the
    first past verb after ``root`` read as a modifier of a later noun ("P, later the leader of
    Y, commanded forces of X": 'commanded' an amod of 'forces'; "P and the men who would
    later form Y served in X": 'served' an acl of Y; pairs22). None when the sentence has a
    verb of its own.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Osei, later the leader of the Volta Front, commanded forces of the Kumasi "
    ...             "Brigade.")
    >>> [t.text for t in doc if _misread_verb(t) is not None]
    ['Osei']
    """
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    for tok in root.sent:
        if (
            tok.i > root.i
            and tok.pos_ == "VERB"
            and tok.tag_ in ("VBD", "VBN")
            and tok.dep_ in ("acl", "amod")
            and tok.head.pos_ in ("NOUN", "PROPN")
        ):
            # a verb with its own negation or auxiliary is no misread modifier: leave it
            if any(c.dep_ in ("neg", "aux", "auxpass") for c in tok.children):
                return None
            return tok
    return None


def _infinitive(verb: Any) -> bool:
    """``verb`` has its infinitive marker: "to found Y" (not "found Y", the past of find),
    or a modal before it: "who would later found Y" (a bare infinitive; world13)."""
    return any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in verb.children)


def _hyphen_tails(noun: Any) -> list[Any]:
    """The words joined to ``noun`` by a hyphen right after it, which the parser hangs on it
    ("secretary - general": 'general' an amod or apposition of 'secretary'; replay23).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("P was the secretary-general of the Zorbian Front.")
    >>> [t.text for t in _hyphen_tails(doc[3])]
    ['general']
    """
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].tag_ != "HYPH":
        return []
    return [c for c in noun.children if c.i == noun.i + 2]


def _whose_people(coder: Any, main: Any, holder: Any, commanding: bool = False) -> list[Any]:
    """The group the holder belonged to: "were members/commanders of X", "was X's cleric",
    "served in X", "operated under X"; with ``commanding`` (founders told by a clause or an
    apposition, or a person the knowledge base names, never a person merely tied to a group
    in the document), "commanded X forces", "commanded X's second zone" too."""
    lex = coder.lex

    def of_phrase(noun: Any) -> list[Any]:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "within"):
                for pobj in child.children:
                    acts = coder.actors(pobj) or [
                        a for p in pobj.children if p.dep_ == "poss" for a in coder.actors(p)
                    ]  # "part of X's leadership"
                    if acts:
                        return acts
            if child.dep_ in ("poss", "compound") and child.i < noun.i:
                acts = coder.actors(child)
                if acts:
                    return acts
        return []

    if main.lemma_.lower() == "be":
        for attr in main.children:
            if attr.dep_ != "attr":
                continue
            for noun in [attr, *(c for c in attr.children if c.dep_ == "conj")]:
                if noun.lemma_.lower() in lex.prehistory_roles or noun.lower_ in (
                    lex.prehistory_roles
                ):
                    acts = of_phrase(noun)
                    # "was secretary-general of X": the parser splits the hyphened post and
                    # hangs the "of" phrase on its second word (replay23)
                    for tail in _hyphen_tails(noun):
                        acts = acts or of_phrase(tail)
                    if acts:
                        return acts
        return []
    if main.lemma_.lower() in lex.chosen_role_verbs and any(
        c.dep_ == "auxpass" for c in main.children
    ):
        # "was chosen as the first leader of X", "was elected chairman of X" (pairs22): a post
        # in X given to the holder
        roles = [r for c in main.children
                 for r in ([c] if c.dep_ in ("oprd", "attr", "xcomp") else
                           [p for p in c.children if p.dep_ == "pobj"]
                           if c.dep_ == "prep" and c.lower_ == "as" else [])]  # fmt: skip
        for noun in roles:
            if noun.lemma_.lower() in lex.prehistory_roles or noun.lower_ in lex.prehistory_roles:
                acts = of_phrase(noun)
                if acts:
                    return acts
    if main.lemma_.lower() in lex.serving_verbs:
        # "served as defence commissioner of X", "served as a commander in X" (world16): a
        # post of X named by the verb's "as" phrase, read as "was a commander of X" is
        for child in main.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                for noun in child.children:
                    word = noun.lemma_.lower()
                    if noun.dep_ == "pobj" and (
                        word in lex.prehistory_roles
                        or noun.lower_ in lex.prehistory_roles
                        or word in lex.serving_as_roles
                    ):
                        acts = of_phrase(noun)
                        if acts:
                            return acts
        for child in main.children:
            if child.dep_ == "prep" and child.lower_ in lex.serving_preps | lex.body_preps:
                for pobj in child.children:
                    body = child.lower_ in lex.body_preps and (
                        pobj.lemma_.lower() in lex.serving_bodies
                    )
                    if child.lower_ not in lex.serving_preps and not body:
                        continue
                    # "sat in the leadership of X", "served on X's council" (world8): the
                    # body's owner
                    acts = coder.actors(pobj) or (of_phrase(pobj) if body else [])
                    if acts:
                        return acts
    if main.lemma_.lower() in lex.body_leading_verbs:
        # "chaired the shura of X", "headed X's central committee", "presided over X's
        # council" (world11): a governing body of X led by the holder, a post in X
        over = [p for c in main.children if c.dep_ == "prep" and c.lower_ == "over"
                for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        for obj in [*(c for c in main.children if c.dep_ in ("dobj", "obj")), *over]:
            if obj.lemma_.lower() in lex.serving_bodies:
                acts = of_phrase(obj)
                if acts:
                    return acts
    if main.lemma_.lower() in lex.holding_verbs:
        # "held commands inside X", "held leading posts in X" (replay17): a post in X
        for obj in main.children:
            if obj.dep_ in ("dobj", "obj") and obj.lemma_.lower() in lex.held_posts:
                for node in (main, obj):
                    for child in node.children:
                        if child.dep_ == "prep" and child.lower_ in lex.serving_preps:
                            for pobj in child.children:
                                acts = coder.actors(pobj)
                                if acts:
                                    return acts
    if commanding and main.lemma_.lower() in lex.commanding_verbs:
        # "commanded X forces", "led sectors of X", "ran X's cells" (mmp9): a unit of X; the
        # noun a misread verb modifies is its object ("commanded forces of X", pairs22)
        misread = [main.head] if main.dep_ == "amod" and main.head.i > main.i else []
        for obj in [*main.children, *misread]:
            if (obj.dep_ in ("dobj", "obj") or obj in misread) and (
                obj.lower_ in lex.commanded_units
            ):
                acts = of_phrase(obj)
                if acts:
                    return acts
    return []


def _before_tenure(person: Any, date: str | None) -> bool:
    """Is ``date`` before the post the knowledge base gives ``person`` in his own group began?
    Only then is a post he held elsewhere his prehistory ("Hattab was a commander of X" in
    1995, before he led his own group from 1998), not a reading of a post in his own group
    under another name; an undated text, or a post with no start, is never before it."""
    from riftwatch.actors.kb import ActorError, default_kb
    from riftwatch.actors.normalize import to_day

    day = to_day(date) if date else None
    if day is None or not person.id:
        return False
    try:
        relation, _org = default_kb().acts_for(person.id, day)
    except (KeyError, ActorError):
        return False
    start = getattr(relation, "start_day", None) if relation is not None else None
    return start is not None and day < start


def _state_force(coder: Any, actor: Any) -> bool:
    """Whether ``actor`` is a country named by its armed force ("the Zorbian Armed Forces",
    "the Zorbian Army": events.yaml ``prehistory_state_forces``, the mention's last word),
    not by its name or its government (replay22).

    >>> from types import SimpleNamespace as N
    >>> coder = N(lex=N(prehistory_state_forces=["forces", "army"]))
    >>> _state_force(coder, N(type="country", mention="Zorbian Armed Forces"))
    True
    >>> _state_force(coder, N(type="country", mention="Zorbia"))
    False
    """
    words = (actor.mention or "").lower().split()
    return (
        actor.type == "country" and bool(words) and (words[-1] in coder.lex.prehistory_state_forces)
    )


def founders_before(coder: Any) -> None:
    """'The men who later formed Y were members of X', 'P, who later founded Y, was a senior
    commander of X', 'the fighters who would lead Y served in X', 'the founders of Y were
    cadres of X': Y's people belonged to X, so Y and X were one (COOPERATE from Y to X, at
    the text's date); world8: likewise a person the knowledge base names, who stands for his
    own group ("P was a commander of X", "P commanded X's second zone"). Trigger: the main
    verb, so "were never members of X" stays negated."""
    for holder in coder.doc:
        main = holder.head if holder.dep_ in ("nsubj", "nsubjpass") else _misread_verb(holder)
        if main is None:
            continue
        clause = _founded_by_clause(coder, holder)
        # "P and the other founders of Y were cadres of X", "P and the commanders who would
        # later form Y served in X" (pairs22): a conjunct of the subject tells the founding
        clause += [a for conj in holder.children if conj.dep_ == "conj"
                   for a in _founded_by_clause(coder, conj)]  # fmt: skip
        tied = [
            a
            for a in coder.actors(holder)
            if a.person and a.type not in NOT_GROUPS and a.how.startswith("person tied")
        ]  # "Z, the founder of Y, was a commander of X": Z stands for Y in the document
        # world8: a person the knowledge base names, who stands for the group he led or
        # belonged to ("P commanded X's second zone", "P was a commander of X"): a post in
        # X held by another group's man ties the two; his own group's posts drop out below
        known = [
            a
            for a in coder.actors(holder)
            if a.type == "person" and a.how == "kb" and _before_tenure(a, coder.date)
        ]
        founded = clause or tied or known
        if not founded:
            continue
        whole = [a for a in _whose_people(coder, main, holder,
                                          commanding=bool(clause) or bool(known and not tied))
                 if a.type not in NOT_GROUPS or _state_force(coder, a)]  # fmt: skip
        whole = [a for a in whole if all(a.key() != f.key() for f in founded)]
        if not whole:
            continue
        why = [f"those who '{holder.text} ... {main.text}' founded or led the group later: it "
               "was part of the other then -> COOPERATE"]  # fmt: skip
        # a misread verb hangs inside the subject's phrase, under its clause's modals ("who
        # would later form Y served in X"): the verbless sentence's root carries the modality
        trigger = main if holder.dep_ in ("nsubj", "nsubjpass") else holder
        coder._emit(founded, whole, "COOPERATE", None, trigger, why)  # noqa: SLF001


# -- acts exchanged: the object noun says what was done (issue 9, world news; peers6) --------
def exchanged_acts(coder: Any) -> None:
    """'X and Y exchanged visits', 'X exchanged greetings with Y': a verb whose lexicon entry
    says ``object_names_event`` (exchange: a prisoner swap, RETREAT, by default) codes as the
    event its object noun names (a visit is CONSULT), in both directions as the verb's
    symmetric frame gives them; information exchanged ("exchanged intelligence with Y") is
    intelligence sharing (AID); people held ("exchanged prisoners", events.yaml
    ``exchanged_captive_nouns``, or a person the text names as an actor) keep the verb's own
    reading, a swap (RETREAT release). Any other thing, or no object at all, is no event of
    the two parties (bugs37: "traded weapons", "swapped goods", "traded with Y": trade or a
    handing over the verb does not say, never a release or an attack); shooting at each
    other ("traded fire") is a clash, read before (``code._fire_exchange``). Modality is read
    later from the verb.

    >>> from riftwatch.nlp.extract import extract_document
    >>> sorted({c.event.event_type for c in extract_document(
    ...     {"id": "d", "text": "Kenya and Uganda exchanged visits.", "date": "2010-01-01"})})
    ['CONSULT']
    """
    dropped: list[Any] = []
    repaired: dict[int, tuple[Any, list[Any], str, str | None]] = {}
    for event in coder.events:
        verb = event.trigger
        entry = coder.lex.verbs.get(verb.lemma_.lower()) or {}
        if verb.pos_ != "VERB" or not entry.get("object_names_event"):
            continue
        if event.event_type != entry.get("type"):
            continue
        people = False
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "obj", "nsubjpass"):
                continue
            people = people or _held_people(coder, obj)
            noun = coder._event_noun(obj)  # noqa: SLF001
            if obj.lemma_.lower() in coder.lex.intelligence_nouns:  # "exchanged intelligence"
                noun = {"type": "AID", "mode": "intelligence"}
            if not noun or not noun.get("type") or noun.get("type") == event.event_type:
                continue
            event.event_type, event.mode = noun["type"], noun.get("mode")
            event.why.append(f"'{verb.text} {obj.text}': the object names the act ({noun['type']})")
            placed = _exchanged_with_a_place(coder, event)
            if placed:
                # "X and Y traded bombings in the villages of Z": the acts went between the
                # subjects; the place the object's phrase names is where (world25)
                dropped.append(event)
                repaired.setdefault(verb.i, (verb, placed, event.event_type, event.mode))
            break
        else:
            if not people:
                dropped.append(event)  # "traded weapons", "swapped goods": no swap, no attack
    if dropped:
        coder.events[:] = [e for e in coder.events if all(e is not d for d in dropped)]
    for verb, subjects, etype, mode in repaired.values():
        why = [f"'{verb.text}' by coordinated subjects: the acts went between them -> {etype}"]
        coder._emit_pairs(subjects, etype, mode, verb, why)  # noqa: SLF001


def _exchanged_with_a_place(coder: Any, event: Any) -> list[Any]:
    """The coordinated subjects of an exchange verb when ``event`` pairs one of them with a
    place or country that is none of them ("X and Y traded bombings in the villages of Z"):
    the acts were exchanged between the subjects. Empty otherwise (world25)."""
    subjects, passive, _how = coder.subject(event.trigger)
    if passive or len(subjects) < 2:
        return []
    keys = {a.key() for a in subjects}
    sides = (event.source, event.target)
    if not any(a.key() in keys for a in sides):
        return []
    other = event.target if event.source.key() in keys else event.source
    if other.key() in keys or other.type not in ("place", "country"):
        return []
    return subjects


def _held_people(coder: Any, obj: Any) -> bool:
    """Is ``obj`` (an object of a verb of exchange) people one side held: a noun of
    events.yaml ``exchanged_captive_nouns`` ("prisoners", "hostages"), also as the head of a
    partitive ("dozens of detainees"), or a party the text names ("exchanged three Y
    fighters")?"""
    captive = coder.lex.exchanged_captive_nouns
    words = [obj, *(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj")]  # fmt: skip
    return any(w.lemma_.lower() in captive or w.lower_ in captive or coder.actors(w)
               for w in words)  # fmt: skip


# -- mmp7: expulsions from a group, partners named by apposition, condemnations -------------

_PARTNER_PREPS = frozenset({"in", "among", "within", "inside"})
_NOT_PARTNERS = frozenset({"country", "place", "collective"})


def partner_named(coder: Any, noun: Any) -> Any:
    """The party a relation noun names ("its former allies in X", "its patron, X"), or None.

    Its apposition (any named party: "its patron, Pakistan"), else a group of an 'in' /
    'among' phrase on the noun or, after the noun, on its verb ("abandoned its former allies
    in X", where the parser hangs the phrase on the verb). A country or place of such a phrase
    is where the allies are, not who they are. events.yaml partner_nouns.
    """
    if noun.pos_ != "NOUN" or noun.lower_ not in coder.lex.partner_nouns:
        return None
    for child in [*noun.children, *_loose_apposition(noun)]:
        found = coder.actor_of.get(child.i) if child.dep_ in ("appos", "npadvmod") else None
        if found is not None and not found.weak and found.type != "collective":
            return found
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS]
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("dobj", "obj", "pobj"):
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS
                  and c.i > noun.i]  # fmt: skip
    for prep in preps:
        for pobj in prep.children:
            found = coder.actor_of.get(pobj.i) if pobj.dep_ == "pobj" else None
            if found is not None and not found.weak and found.type not in _NOT_PARTNERS:
                return found
    return None


def _loose_apposition(noun: Any) -> list[Any]:
    """The name the parser hangs on the verb when it stands in apposition right after a
    comma that closes ``noun``'s phrase ("attacked its former ally, the X Front": 'Front' an
    npadvmod or appos of 'attacked'; mmp12). Empty when anything else stands between them.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Volta Army attacked its former ally, the Kumasi Brigade.")
    >>> [t.text for t in _loose_apposition(doc[6])]
    ['Brigade']
    """
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    verbs = {a.i for a in noun.ancestors if a.pos_ in ("VERB", "AUX")}
    return [t for t in doc[comma + 1 : noun.sent.end]
            if t.left_edge.i == comma + 1 and t.dep_ in ("npadvmod", "appos")
            and t.head.i in verbs][:1]  # fmt: skip


def phrase_verb(coder: Any, prep: Any) -> Any:
    """The verb a prepositional phrase belongs to: its head, or the head of the adverb of
    going back it hangs on ("X went back to war with Y": the parser hangs 'to' on 'back';
    events.yaml relation_stance ``resumption_adverbs``; replay41), so that going back into
    a state is read as entering it again.

    >>> from types import SimpleNamespace as N
    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Volta Front went back to war with the Kumasi Brigade.")
    >>> phrase_verb(N(lex=load()), doc[5]).text
    'went'
    >>> doc = nlp()("The Volta Front walked to the border.")
    >>> phrase_verb(N(lex=load()), doc[4]).text
    'walked'
    """
    head = prep.head
    if (
        head.dep_ in ("advmod", "prt")
        and head.lower_ in coder.lex.resumption_adverbs
        and head.head.pos_ in ("VERB", "AUX")
    ):
        return head.head
    return head


def state_holder(coder: Any, noun: Any) -> Any:
    """The noun that holds a hostile state in its 'of' phrase ("a state of war": 'state';
    events.yaml relation_stance ``state_nouns``, walk61), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    holder = prep.head
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in coder.lex.state_nouns:
        return holder
    return None


def state_opening_verb(coder: Any, noun: Any) -> Any:
    """The verb that opens the hostile state ``noun`` names: its object ("declared war"), its
    'to'/'into' phrase ("went to war", "went back to war": replay41) or either of those held
    by a state noun ("entered a state of war", walk61); None when no opening verb
    (events.yaml relation_stance ``opening_verbs``) governs it."""
    lex = coder.lex
    noun = state_holder(coder, noun) or noun
    if noun.dep_ in ("dobj", "obj"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("to", "into"):
        verb = phrase_verb(coder, noun.head)
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.opening_verbs:
        return None
    return verb


def opens_hostile_state(coder: Any, verb: Any) -> bool:
    """Does ``verb`` open a hostile state ("entered into war with Y", "entered a state of war
    with Y")? Then its 'with' phrase names the other side, never a companion (walk61)."""
    lex = coder.lex
    for tok in verb.subtree:
        if tok.pos_ != "NOUN" or (
            tok.lower_ not in lex.opened_states and tok.lemma_.lower() not in lex.opened_states
        ):
            continue
        opener = state_opening_verb(coder, tok)
        if opener is not None and opener.i == verb.i:
            return True
    return False


def opened_hostility(
    coder: Any, noun: Any, entry: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """A hostile state opened by a verb: declared ("X declared war on Y"), a break stated
    outright, REJECT (mode rivalry); entered ("X and Y went to war with each other"), fighting
    as a state, ASSAULT (mode war, which scale.yaml reads as a statement about the
    relationship, not one incident); against a party called a former partner ("declared war
    on its former ally, Y") REJECT mode falling_out, a statement that tells of the earlier
    tie. events.yaml relation_stance opening_verbs, declaration_verbs and opened_states
    (mmp12). Any other noun keeps its entry.
    """
    lex = coder.lex
    if noun.pos_ != "NOUN" or entry.get("type") not in ("ASSAULT", "REJECT"):
        return entry, []
    if noun.lower_ not in lex.opened_states and noun.lemma_.lower() not in lex.opened_states:
        return entry, []
    verb = state_opening_verb(coder, noun)
    if verb is None:
        return entry, []
    held = state_holder(coder, noun)
    parties = [p for h in (noun, held or noun, verb) for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("on", "against", "with")
               for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    former = any(
        p.lower_ in lex.partner_nouns
        and any(
            w.dep_ in ("amod", "compound", "nmod")
            and (w.lower_ in lex.ended_adjectives or w.lemma_.lower() in lex.ended_adjectives)
            for w in p.children
        )
        for p in parties
    )
    if former:
        etype, mode = "REJECT", "falling_out"
    elif verb.lemma_.lower() in lex.declaration_verbs:
        etype, mode = "REJECT", "rivalry"
    else:  # entering a war is fighting: ASSAULT, a state of war rather than one incident
        etype, mode = "ASSAULT", "war"
    changed = {**entry, "type": etype, "mode": mode}
    return changed, [f"hostile state opened: '{verb.text} ... {noun.text}' -> {etype} ({mode}) "
                     "(events.yaml relation_stance opening_verbs)"]  # fmt: skip


def signed_by(coder: Any, noun: Any, depth: int) -> Any:
    """The party an agreement stands for when a participle names who made it: "denounced
    the Accra accord signed by X" is said against X, whatever place or country the accord
    is named after (mmp12). The participle is a verb whose events.yaml entry needs the noun
    as its object ('sign' an agreement, accord, pact...); the party is its 'by' agent (a
    group, not a country or place), or None: "a deal brokered by X" names a mediator.
    """
    lemma = noun.lemma_.lower()
    if depth > 2 or noun.pos_ != "NOUN":
        return None
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.i < noun.i:
            continue
        entry = coder.lex.verbs.get(acl.lemma_.lower()) or {}
        if lemma not in (entry.get("needs_object_noun") or ()):
            continue  # "a deal brokered by X": a mediator, no party to it
        for agent in acl.children:
            if agent.dep_ != "agent":
                continue
            for pobj in agent.children:
                for found in coder.actors(pobj, depth + 1) if pobj.dep_ == "pobj" else ():
                    if not found.weak and found.type not in ("country", "place"):
                        return found
    return None


_LEADING = frozenset({"lead", "head", "command", "dominate", "control", "run"})


def led_coalition(coder: Any, noun: Any) -> Any:
    """The group a coalition noun stands for when a participle names its leader: "the
    coalition led by X", "an alliance headed by X" (X; a country or place leads no armed
    coalition here). events.yaml coalition_nouns. mmp7. replay25: a body noun of
    ``led_body_nouns`` too, as its hyphened form already was (:func:`hyphen_led_body`):
    "the transitional government led by X", "armed youth groups led by X" (a group leading,
    never a person: "troops led by General P" are left to the passes that read persons).

    >>> from types import SimpleNamespace as N
    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The government led by Hamas fell.")
    >>> hamas = N(type="armed_group", weak=False, name="Hamas")
    >>> led_coalition(N(lex=load(), actor_of={4: hamas}), doc[1]).name
    'Hamas'
    >>> doc = nlp()("The government backed by Hamas fell.")
    >>> led_coalition(N(lex=load(), actor_of={4: hamas}), doc[1]) is None
    True
    """
    lex = coder.lex
    if noun.pos_ != "NOUN":
        return None
    coalition = noun.lower_ in lex.coalition_nouns
    if not coalition and noun.lower_ not in lex.led_body_nouns:
        return None
    for child in noun.children:
        if child.dep_ != "acl" or child.lemma_.lower() not in _LEADING or child.tag_ != "VBN":
            continue
        for agent in child.children:
            if agent.dep_ != "agent":
                continue
            for pobj in agent.children:
                found = coder.actor_of.get(pobj.i) if pobj.dep_ == "pobj" else None
                if found is None or found.weak or found.type in _NOT_PARTNERS:
                    continue
                if coalition or found.type != "person":
                    return found
    return None


def hyphen_led_body(coder: Any, noun: Any) -> Any:
    """The group a body noun stands for when a hyphened "-led" names its leader: "IRP-led
    courts", "Hamas-led forces", "the SLFP-led government" (the named group; events.yaml
    ``led_body_nouns`` and ``coalition_nouns``). A country leading ("Kenyan-led forces") is
    the mention finder's; a backer or trainer ("Hamas-backed forces") and a led act ("a
    Hamas-led raid", the act's own agent) are not this. replay21.

    >>> from types import SimpleNamespace as N
    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Hamas-led forces attacked the town.")
    >>> hamas = N(type="armed_group", weak=False, name="Hamas")
    >>> coder = N(lex=load(), actor_of={0: hamas})
    >>> hyphen_led_body(coder, doc[3]).name
    'Hamas'
    >>> doc = nlp()("Hamas-backed forces attacked the town.")
    >>> hyphen_led_body(coder, doc[3]) is None
    True
    """
    lex = coder.lex
    if noun.pos_ != "NOUN" or (
        noun.lower_ not in lex.led_body_nouns and noun.lower_ not in lex.coalition_nouns
    ):
        return None
    for child in noun.lefts:
        if child.lower_ != "led" or child.dep_ not in ("amod", "compound", "nmod"):
            continue
        if child.i == 0 or noun.doc[child.i - 1].text != "-":
            continue  # only the hyphened form: "the forces he led" is no leader's name here
        for word in child.lefts:
            found = coder.actor_of.get(word.i)
            if (
                found is not None
                and not found.weak
                and found.type not in _NOT_PARTNERS
                and found.type != "person"
            ):
                return found
    return None


def hyphen_affiliated_body(coder: Any, noun: Any, depth: int) -> Any:
    """The group whose armed men ``noun`` names when the group's name is joined by a hyphen to
    a word of affiliation before it: "STC-aligned forces", "Islah-affiliated fighters",
    "Houthi-allied tribesmen" are that group's own, as "Taliban gunmen" are and as "fighters
    loyal to X" are (cues.yaml ``affiliated_body_ties`` and ``affiliated_body_nouns``). None
    for a loose tie ("X-linked militants" are not X, LABELLING; in a headline "X-aligned" too,
    headline.yaml ``loose_ties``), for a backer ("UAE-backed forces": no word of affiliation;
    the backer only backs them), for a country, place or collective ("Saudi-allied forces"
    stay the forces), for men a phrase of their own names ("AQ-allied militants from the X
    movement": X's) and for a tie an adverb puts in the past ("once Houthi-allied
    tribesmen"). gaps58.

    >>> from types import SimpleNamespace as N
    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> stc = N(type="armed_group", weak=False, name="STC")
    >>> doc = nlp()("STC-aligned forces attacked the town.")
    >>> coder = N(lex=load(), actor_of={}, headline=False, _actor=lambda t, d: stc)
    >>> hyphen_affiliated_body(coder, doc[3], 0).name
    'STC'
    >>> hyphen_affiliated_body(coder, nlp()("STC-backed forces attacked the town.")[3], 0)
    """
    from riftwatch.nlp.headline import loose_tie

    lex = coder.lex
    if noun.pos_ != "NOUN" or depth > 2:
        return None
    placed = coder.actor_of.get(noun.i)
    if placed is None and noun.lower_ not in lex.affiliated_body_nouns:
        return None
    if placed is not None and not (placed.weak or placed.type == "collective"):
        return None  # "Houthi-allied Islah fighters": the men's own name stands
    if any(
        p.dep_ == "prep"
        and p.lower_ in ("from", "of")
        and any(o.i in coder.actor_of for o in p.subtree if o.i != p.i)
        for p in noun.rights
    ):
        return None  # "AQ-allied militants from the X movement": X's men
    doc = noun.doc
    for tie in noun.lefts:
        if tie.dep_ not in ("amod", "compound", "nmod") or tie.i < 2:
            continue
        ties = lex.affiliated_body_ties
        if tie.lemma_.lower() not in ties and tie.lower_ not in ties:
            continue  # "Al Qaeda-linked militants": a loose tie, not the group's men
        if doc[tie.i - 1].text not in ("-", "\u2010", "\u2011") or doc[tie.i - 1].whitespace_:
            continue  # only the hyphened form: "the loyal fighters" names no group
        if doc[tie.i - 2].whitespace_:
            continue
        if getattr(coder, "headline", False) and loose_tie(tie):
            continue  # headline "X-aligned militants": a loose tie there (LABELLING)
        if past_tie(tie, lex) or any(
            t.lower_ in lex.past_tie_adverbs for t in doc[noun.left_edge.i : tie.i]
        ):
            continue  # "once Houthi-allied tribesmen": no longer the group's
        found = coder._actor(doc[tie.i - 2], depth + 1)  # noqa: SLF001
        if found is not None and not found.weak and found.type not in _NOT_PARTNERS:
            return found
    return None


def _expelling(coder: Any, verb: Any) -> tuple[dict[str, Any], Any] | None:
    """(entry, the noun one is expelled from) of a verb of expulsion from a whole: a lexicon
    verb of mode expulsion with a 'from' phrase, or an expelling particle verb with 'out of'
    ("thrown out of X")."""
    lex = coder.lex
    lemma = verb.lemma_.lower()
    entry = lex.verbs.get(lemma) or {}
    if verb.pos_ != "VERB":
        return None
    preps: list[Any] = []
    if entry.get("mode") == "expulsion":
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    if lemma in lex.expelling_particle_verbs:
        for c in verb.children:
            if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod"):
                preps += [g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
                preps += [g for g in verb.children if g.dep_ == "prep" and g.lower_ == "of"]
        entry = {"type": "COERCE", "mode": "expulsion"}
    for prep in preps:
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                return entry, pobj
    return None


def _whole_holders(coder: Any, verb: Any, whole: Any, active: bool) -> list[Any]:
    """The group a whole one is expelled from stands for: the group itself, or the holder of a
    ranks or coalition noun ("Y's network", "the alliance led by Y", "its ranks" with the
    active verb's subject as 'its')."""
    lex = coder.lex
    if whole.lower_ in lex.expelling_wholes or whole.lower_ in lex.coalition_nouns:
        for child in whole.children:
            if child.dep_ == "poss":
                if child.lower_ in ("its", "their") and active:
                    subjects, _passive, _how = coder.subject(verb)
                    return [a for a in subjects if a.type not in NOT_GROUPS]
                return [a for a in coder.actors(child) if a.type not in NOT_GROUPS]
            if child.dep_ == "acl":  # "the alliance led by Y"
                for agent in child.children:
                    if agent.dep_ == "agent":
                        return [a for p in agent.children for a in coder.actors(p)
                                if a.type not in NOT_GROUPS]  # fmt: skip
            if child.dep_ == "prep" and child.lower_ == "of":  # "the ranks of Y"
                return [a for p in child.children for a in coder.actors(p)
                        if a.type not in NOT_GROUPS]  # fmt: skip
        return []
    if whole.lower_ in lex.quantity_openers or whole.lower_ in ("much", "part", "parts", "half"):
        return []  # "drove X out of most of its positions": places, no group's ranks (walk52)
    return [a for a in coder.actors(whole) if a.type not in NOT_GROUPS and not a.weak
            and not _tagged_place_word(a)]  # fmt: skip


def _tagged_place_word(actor: Any) -> bool:
    """A single word the tagger alone called an organisation ("drove X out of Mukalla"): after
    "out of" or "from" a town more often than a group, so no group's ranks (lead50)."""
    return actor.how == "open: spaCy ORG" and len(actor.mention.split()) == 1


def expelled_from_ranks(coder: Any) -> None:
    """'Y expelled X from its ranks', 'X was expelled from Y's network', 'X was thrown out of
    the coalition led by Y': a group expelled from a group (or its ranks, network or
    alliance) was tied to it, and the tie ends: a split (COERCE, mode split, from Y to X; a
    hostile statement that tells of an earlier tie, rift.yaml presupposes_tie). The
    expulsion event already coded for the verb takes the mode; one the verb did not give
    (a whole named only by its holder, a particle verb) is added. Expulsion from a country
    or a place stays an expulsion. events.yaml expelling_wholes, expelling_particle_verbs.
    """
    for verb in coder.doc:
        found = _expelling(coder, verb)
        if found is None:
            continue
        entry, whole = found
        if whole.lemma_.lower() in coder.lex.record_nouns or whole.lower_ in coder.lex.record_nouns:
            continue  # "cleared two envoys from its sanctions list": off a list (precision24)
        agents = coder.agent(verb)
        subjects, passive, how = coder.subject(verb)
        if passive:
            expelled = [a for a in subjects if a.type not in NOT_GROUPS]
        else:
            expelled = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                        for a in coder.actors(c) if a.type not in NOT_GROUPS]  # fmt: skip
        holders = _whole_holders(coder, verb, whole, not passive)
        if not expelled or not holders:
            continue
        expellers = agents if passive and agents else holders if passive else subjects
        keys = {a.key() for a in expelled}
        changed = False
        for k, event in enumerate(coder.events):
            if event.trigger.i == verb.i and event.target.key() in keys:
                coder.events[k] = type(event)(
                    event.source, event.target, event.event_type, "split", event.modality,
                    event.trigger, event.quote,
                    [*event.why, f"expelled from '{whole.text}' of a group: a split"],
                )  # fmt: skip
                changed = True
        if not changed:
            why = [f"'{verb.text}' from '{whole.text}' of {holders[0].mention}: "
                   "expelled from a group, a split", f"expelled: {how}"]  # fmt: skip
            coder._emit(expellers, expelled, entry.get("type") or "COERCE", "split", verb, why)  # noqa: SLF001


_ACT_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def blamed_acts(coder: Any) -> None:
    """'An attack that X blamed on Y killed ...', 'the bombing, which X attributed to Y, ...':
    a relative clause on an act noun that lays the act at a party's door is X's accusation of
    Y (ACCUSE, mode allege; cues.yaml ``blame_verbs``, each with its preposition). The act's
    author is only X's charge: an event of the clause the act noun is subject of whose source
    the parse took from the blamer inside the relative clause goes (X did not attack its own
    founder). Modality is read afterwards from the blaming verb ("that X never blamed on Y").

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "A bombing that the Volta Army blamed on the Kumasi Brigade killed six of its men."
    >>> sorted((c.event.source.name, c.event.event_type, c.event.target.name)
    ...        for c in extract_document({"id": "t", "date": "2016-01-01", "text": text}))
    [('Volta Army', 'ACCUSE', 'Kumasi Brigade')]
    """
    lex = coder.lex
    for verb in coder.doc:
        prep_word = lex.blame_verbs.get(verb.lemma_.lower())
        if prep_word is None or verb.pos_ != "VERB" or verb.dep_ not in ("relcl", "acl"):
            continue
        found = _blamed_act(coder, verb)
        if found is None:
            continue
        act, blamers, main = found
        blamed = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == prep_word
                  for p in c.children if p.dep_ == "pobj" for a in coder.actors(p)]  # fmt: skip
        if not blamers or not blamed:
            continue
        keys = {a.key() for a in blamers}
        if main is not None:
            coder.events = [e for e in coder.events
                            if not (e.trigger.i == main.i and e.source.key() in keys)]  # fmt: skip
        if any(e.trigger.i == verb.i and e.event_type == "ACCUSE" for e in coder.events):
            continue
        why = [f"'{act.text} that ... {verb.text} {prep_word}' a party: the act laid at its "
               "door -> ACCUSE (allege)", "source: subject of the relative clause"]  # fmt: skip
        coder._emit(blamers, blamed, "ACCUSE", "allege", verb, why)  # noqa: SLF001


_UNDER_GROUPS = frozenset({"armed_group", "faction", "shura", "party", "organization"})
_COMMAND_TYPES = _UNDER_GROUPS | STATE_TYPES
"""Who may hold the command a group fights under: groups and states' bodies (replay38)."""


def under_command(coder: Any) -> None:
    """'X operated under the command of Y', 'X fought under Y's command', 'X's fighters served
    under Y command': a party acting under another group's command is its subordinate, X
    COOPERATE Y (cues.yaml ``command_nouns``; a group's command or a state body's, never a
    person's unless the text ties the person to a group). A state's army or government may
    hold a "command" (cues.yaml ``state_command_nouns``: "X fought under the command of the
    Imperial Army", replay38, as side by side in replay35), not an "authority" or a
    "leadership"; the subordinate is always a group. The noun is the trigger, so "did not
    operate under the command of Y" is negated and "may have fought under Y's command" hedged.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "The Volta Army operated under the command of the Kumasi Brigade."
    >>> sorted((c.event.source.name, c.event.event_type, c.event.target.name)
    ...        for c in extract_document({"id": "t", "date": "2016-01-01", "text": text}))
    [('Volta Army', 'COOPERATE', 'Kumasi Brigade')]
    """
    for noun in coder.doc:
        if noun.lower_ not in coder.lex.command_nouns or noun.dep_ != "pobj":
            continue
        prep = noun.head
        verb = _under_verb(prep)
        if prep.lower_ != "under" or verb is None:
            continue
        chiefs = [a for c in noun.children if c.dep_ in ("poss", "compound")
                  for a in coder.actors(c)]  # fmt: skip
        owners = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        chiefs += [a for p in owners for a in coder.actors(p)]
        kinds = _COMMAND_TYPES if noun.lower_ in coder.lex.state_command_nouns else _UNDER_GROUPS
        chiefs = [a for a in chiefs if a.type in kinds]
        if not chiefs:
            # "under the authority of Y's council", "under the orders of Y leader P": the
            # group that owns the body or names the leader's office (replay27)
            chiefs = [a for p in owners for t in _name_words(p) for a in coder.actors(t)
                      if a.type in _UNDER_GROUPS]  # fmt: skip
        if not chiefs:
            continue
        subjects = _subject_groups(coder, verb) or [
            a for a in coder.subject(verb)[0] if a.type in _UNDER_GROUPS
        ]
        if not subjects:
            continue
        keys = {a.key() for a in chiefs}
        if any(e.trigger.i == noun.i and e.target.key() in keys for e in coder.events):
            continue
        why = [f"'{prep.text} the {noun.text} of' a group: a subordinate -> COOPERATE",
               f"source: subject of '{verb.text}'"]  # fmt: skip
        coder._emit(subjects, chiefs, "COOPERATE", None, noun, why)  # noqa: SLF001


def helped_to_act(coder: Any) -> None:
    """'X helped Y retake the towns', 'X helped Y capture Z': a help verb with a bare
    infinitive after its object, which the small parser reads as a noun compound of the object
    ("the Burma Army retake towns": the object is "towns") or as a clause with Y for subject.
    The helper AIDs Y as in "X helped Y to retake the towns" (the verb's lexicon entry), and
    the help verb is the trigger: "did not help Y retake Z" is negated, "may have helped"
    hedged (cues.yaml ``bare_help_verbs``; replay38). Only a lexicon verb counts as the
    infinitive, and only a party named right before it ("helped the army supply depots" is
    read as helping the army).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "In 1950 the Volta Army helped the Kumasi Brigade retake the river towns."
    >>> sorted((c.event.source.name, c.event.event_type, c.event.target.name)
    ...        for c in extract_document({"id": "t", "date": "1950-01-01", "text": text}))
    [('Volta Army', 'AID', 'Kumasi Brigade')]
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.lemma_ not in lex.bare_help_verbs or verb.pos_ not in ("VERB", "AUX"):
            continue
        entry = lex.verbs.get(verb.lemma_) or {}
        if not entry.get("type"):
            continue
        helped = []
        for child in verb.children:
            if child.dep_ in ("dobj", "obj"):
                # "the Burma Army retake towns": the infinitive a compound of the object, the
                # party's name right before it (hung on the object or on the infinitive)
                for inf in child.children:
                    if inf.dep_ != "compound" or not inf.is_lower or inf.lower_ not in lex.verbs:
                        continue
                    left = coder.doc[inf.i - 1] if inf.i > 0 else inf
                    if left.pos_ == "PROPN" and left.head.i in (inf.i, child.i):
                        helped += coder.actors(left)
            elif (
                child.dep_ in ("ccomp", "xcomp")
                and child.lower_ in lex.verbs
                and not any(c.dep_ in ("mark", "aux") for c in child.children)
            ):
                # "helped the Kachin army capture Myitkyina": Y the infinitive's subject
                helped += [a for c in child.children if c.dep_ == "nsubj"
                           for a in coder.actors(c)]  # fmt: skip
        if not helped:
            continue
        helpers = coder.subject(verb)[0]
        keys = {a.key() for a in helpers}
        helped = [a for a in helped if a.key() not in keys]
        if not helpers or not helped:
            continue
        done = {e.target.key() for e in coder.events if e.trigger.i == verb.i}
        helped = [a for a in helped if a.key() not in done]
        if not helped:
            continue
        why = [f"'{verb.text}' with a bare infinitive after its object -> {entry['type']}",
               f"source: subject of '{verb.text}'"]  # fmt: skip
        coder._emit(helpers, helped, entry["type"], entry.get("mode"), verb, why)  # noqa: SLF001


def _under_verb(prep: Any) -> Any:
    """The verb an "under" phrase of command belongs to: its head, or, when the parser hung
    the phrase on the verb's object or on a place phrase of the verb ("continued its
    campaign under the orders of Y", "fought on in the mountains under Y's command"), the
    verb above that noun (replay27). None when no verb is found within two links."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "obj"):
        up = head.head
    elif head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.dep_ == "prep":
        up = head.head.head
    else:
        return None
    return up if up.pos_ in ("VERB", "AUX") else None


def _name_words(noun: Any) -> list[Any]:
    """The words that modify a noun's head as part of its name or owner, two levels deep:
    possessives and compounds ("Y's council", "Y leader P")."""
    out: list[Any] = []
    for c in noun.children:
        if c.dep_ in ("poss", "compound"):
            out.append(c)
            out += [g for g in c.children if g.dep_ in ("poss", "compound")]
    return out


_ROLE_VERBS = frozenset({"be", "become", "remain", "serve"})
_COMMANDING = frozenset({"command", "lead", "head"})


def _groups_of(coder: Any, noun: Any, depth: int = 0) -> list[Any]:
    """The groups an "of"/"in" chain under a role noun names ("a commander of Y", "one of the
    senior leaders of Y", "Y's commander"), at most two links deep."""
    found = [a for c in noun.children if c.dep_ in ("poss", "compound")
             for a in coder.actors(c)]  # fmt: skip
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "within"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            own = [a for a in coder.actors(pobj) if a.type in _UNDER_GROUPS]
            found += own
            if not own and depth < 2:
                found += _groups_of(coder, pobj, depth + 1)
    return [a for a in found if a.type in _UNDER_GROUPS]


def _body_owners(coder: Any, body: Any) -> list[Any]:
    """The party a governing body belongs to: the group a participle names as leading it
    ("the transitional government led by Y": :func:`led_coalition`, before the body's own
    reading as a state's government), else the body itself when it names a party, its
    possessor or compound ("Y's council") or its "of" phrase ("the cabinet of Y")."""
    led = led_coalition(coder, body)
    if led is not None:
        return [led]
    found = list(coder.actors(body))
    found += [a for c in body.children if c.dep_ in ("poss", "compound") and c.i < body.i
              for a in coder.actors(c)]  # fmt: skip
    found += [a for p in body.children if p.dep_ == "prep" and p.lower_ == "of"
              for pobj in p.children if pobj.dep_ == "pobj"
              for a in coder.actors(pobj)]  # fmt: skip
    return found


def seats_in_bodies(coder: Any) -> None:
    """'X took seats in the transitional government led by Y', 'X took two seats on Y's
    military council', 'X held posts in the cabinet of Y': a party taking or holding seats
    (cues.yaml ``seat_taking_verbs`` with an object of ``body_seat_nouns``) in a governing
    body of another (``seated_bodies`` after a preposition of events.yaml ``body_preps``) joins
    that body's owner, as "X joined Y's council" does (SUPPORT from X to Y; replay26: a
    cooperative row of three replayed sets gave no claim). The verb is the trigger, so
    "refused to take seats in Y's government" and "may take seats" are not asserted; a passive
    ("X was given seats") and a body of no other party name nobody.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "In 2012 the Kestrel Front took seats on the Amber Brigade's military council."
    >>> sorted((c.event.source.name, c.event.event_type, c.event.target.name)
    ...        for c in extract_document({"id": "t", "date": "2012-01-01", "text": text}))
    [('Kestrel Front', 'SUPPORT', 'Amber Brigade')]
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.seat_taking_verbs:
            continue
        seats = [c for c in verb.children if c.dep_ in ("dobj", "obj")
                 and c.lemma_.lower() in lex.body_seat_nouns]  # fmt: skip
        if not seats:
            continue
        owners: list[Any] = []
        for node in (verb, *seats):
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ not in lex.body_preps:
                    continue
                for body in prep.children:
                    if body.dep_ == "pobj" and body.lemma_.lower() in lex.seated_bodies:
                        owners += [a for a in _body_owners(coder, body)
                                   if all(a.key() != b.key() for b in owners)]  # fmt: skip
        sources, passive, how = coder.subject(verb)
        if passive or not sources:
            continue
        keys = {a.key() for a in sources}
        owners = [a for a in owners if a.key() not in keys]
        if not owners or any(
            e.trigger.i == verb.i and e.source.key() in keys for e in coder.events
        ):
            continue
        why = [f"'{verb.text} {seats[0].text} in' another party's body: joins it -> SUPPORT",
               f"source: {how}", "target: the body's owner"]  # fmt: skip
        coder._emit(sources, owners, "SUPPORT", None, verb, why)  # noqa: SLF001


def roles_in_other_groups(coder: Any) -> None:
    """'P, who later founded X, was a commander of Y', 'P was one of the senior leaders of Y',
    'P commanded Y's forces in the east': a person who stands for one group (the document's
    tie or the knowledge base's) and holds a role in another, or commands its men, ties the
    two groups, X COOPERATE Y (cues.yaml ``role_nouns``; the command verbs take a unit or
    follower noun of Y as object, in a sentence with a word of later time, cues.yaml
    ``later_words``). The role noun or the verb is the trigger, so "was never a
    commander of Y" is negated.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "Kofi Mensah, who later founded the Volta Army, led Kumasi Brigade fighters."
    >>> sorted((c.event.source.name, c.event.event_type, c.event.target.name)
    ...        for c in extract_document({"id": "t", "date": "2016-01-01", "text": text}))
    [('Volta Army', 'COOPERATE', 'Kumasi Brigade')]
    """
    lex = coder.lex
    for verb in coder.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in _ROLE_VERBS:
            roles = [c for c in verb.children if c.dep_ in ("attr", "oprd")
                     and (c.lower_ in lex.role_nouns or c.lower_ == "one")]  # fmt: skip
        elif lemma in _COMMANDING and any(t.lower_ in lex.later_words for t in coder.doc):
            # a leader of X commanding Y's men with no word of later time is no prehistory
            # of X (mmp9: founders_before)
            roles = [c for c in verb.children if c.dep_ in ("dobj", "obj")
                     and (c.lower_ in lex.tied_unit_nouns or c.lower_ in lex.follower_nouns
                          or c.lower_ in ("zone", "zones", "wing", "wings", "region"))]  # fmt: skip
        else:
            continue
        for role in roles:
            others = _groups_of(coder, role)
            if not others:
                continue
            holders = [a for a in coder.subject(verb)[0]
                       if a.type in _UNDER_GROUPS and getattr(a, "person", None)]  # fmt: skip
            if not holders:
                continue
            keys = {a.key() for a in holders}
            others = [a for a in others if a.key() not in keys]
            if not others or any(
                e.source.key() in keys and e.target.key() in {a.key() for a in others}
                and e.event_type in COOPERATIVE for e in coder.events
            ):  # fmt: skip
                continue
            trigger = role if lemma in _ROLE_VERBS else verb
            why = [f"a person of one group '{verb.text} ... {role.text}' of another -> COOPERATE",
                   "source: the person's group"]  # fmt: skip
            coder._emit(holders, others, "COOPERATE", None, trigger, why)  # noqa: SLF001


def _blamed_act(coder: Any, verb: Any) -> tuple[Any, list[Any], Any] | None:
    """(act noun, blamers, the verb the act noun is subject of) of a blaming verb in a clause
    on an act noun. Two parses: the clause on the noun ("attack [that X blamed on Y]"), or the
    tagger's reduced relative, the blaming verb hung on its own subject X and the main verb
    read as the relative clause ("attack that X [blamed on Y] killed Z": 'killed' a relcl of
    'attack' with the relative pronoun as its object)."""
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
        if coder._event_noun(head) is not None:  # noqa: SLF001
            blamers = [a for c in verb.children if c.dep_ == "nsubj" for a in coder.actors(c)]
            main = head.head if head.dep_ in _ACT_SUBJECTS and head.head.i != head.i else None
            return head, blamers, main
        clause = head.head
        if (
            verb.dep_ == "acl"
            and head.dep_ == "nsubj"
            and clause.dep_ == "relcl"
            and coder._event_noun(clause.head) is not None  # noqa: SLF001
            and any(
                c.dep_ in ("dobj", "obj") and c.lower_ in ("that", "which") and c.i < head.i
                for c in clause.children
            )  # fmt: skip
        ):
            return clause.head, list(coder.actors(head)), clause
    return None


def _labelled_parties(coder: Any, verb: Any) -> tuple[list[Any], Any] | None:
    """(parties, the condemning noun) a labelling verb pronounces: "declared Y apostates"
    (the noun as object predicate or complement, Y its object or its compound),
    "denounced Y as infidels", "declared that Y were apostates"."""
    nouns = coder.lex.condemning_nouns

    def groups(toks: list[Any]) -> list[Any]:
        return _judged_groups(coder, toks)

    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for child in verb.children:
        if child.dep_ in ("oprd", "ccomp", "xcomp", "dobj", "obj") and child.lower_ in nouns:
            named = [c for c in child.children if c.dep_ in ("compound", "nsubj")]
            parties = groups(named) or groups([o for o in objs if o.i != child.i])
            if parties:
                return parties, child
        if child.dep_ == "prep" and child.lower_ == "as":
            for pobj in child.children:
                # "described Y's move as unacceptable": the parser may hang the adjective
                # on "as" as a modifier (peers8)
                if (pobj.dep_ in ("pobj", "amod", "acomp") and pobj.lower_ in nouns
                        and groups(objs)):  # fmt: skip
                    return groups(objs), pobj
        if child.dep_ == "ccomp" and child.lemma_ == "be":  # "declared that Y were apostates"
            attrs = [c for c in child.children if c.dep_ in ("attr", "acomp")
                     and c.lower_ in nouns]  # fmt: skip
            subj = [c for c in child.children if c.dep_ in ("nsubj",)]
            if attrs and groups(subj):
                return groups(subj), attrs[0]
    return None


def _reported_judgement(coder: Any, verb: Any) -> tuple[list[Any], Any, Any] | None:
    """(parties, the condemning noun, the copula) of a judgement a verb of saying reports
    with a copula (written56): "X said the American raid was a violation of its sovereignty"
    (the copula the verb's complement), "the strike was, X complained, a violation" (the
    parser hangs the predicate on the verb of saying and the copula under it, or the verb of
    saying on the copula). The parties
    are the copula's subject or, for an act noun, its author ("the American raid": the United
    States)."""
    nouns = coder.lex.condemning_nouns
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"]
    if verb.dep_ == "parataxis" and verb.head.lemma_ == "be":
        clauses.append(verb.head)  # "the strikes were, X said, an act of aggression"
    for clause in clauses:
        preds = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
        preds += [c for c in verb.children
                  if c.dep_ in ("attr", "oprd", "dobj", "obj") and c.i > clause.i]  # fmt: skip
        subj = [c for c in clause.children if c.dep_ == "nsubj"]
        pred = next((c for c in preds if any(
            t.lower_ in nouns or t.lemma_.lower() in nouns
            for t in (c, *(p for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
                           for p in q.children if p.dep_ == "pobj"))  # "an act of aggression"
        )), None)  # fmt: skip
        if pred is None or not subj:
            continue
        parties = _judged_groups(coder, subj)
        if parties:
            return parties, pred, clause
    return None


def _judged_groups(coder: Any, toks: list[Any]) -> list[Any]:
    """The parties ``toks`` name or stand for: an act's owner stands for it (peers8): "called
    Y's decision a mistake"; not the owner of a counterpart ("declared Y's enemies its own
    enemies": others than Y, cues.yaml counterpart_nouns; gaps52)."""
    counterparts = coder.lex.counterpart_nouns
    return [a for t in toks if t.lower_ not in counterparts
            and not any(c.dep_ == "compound" and c.lower_ in counterparts
                        for c in t.children)  # "Y's allies traitors", parsed as one noun
            for a in (coder.actors(t) or [o for c in t.children if c.dep_ == "poss"
                                          for o in coder.actors(c)])
            if a.type not in ("place",)]  # fmt: skip


def pronounced_enemies(coder: Any) -> None:
    """'X declared Y apostates', 'X branded Y traitors', 'X declared that Y were apostates':
    a condemnation (ACCUSE, mode disapprove) from X to Y (the passive "Y was declared
    apostate by X" is coded by the verb). Verbs of regarding ("considered Y apostates") are
    views and not listed. events.yaml labelling_verbs, condemning_nouns.
    """
    lex = coder.lex
    saying = lex.speech | lex.judging_speech_verbs
    for verb in coder.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or (lemma not in lex.labelling_verbs and lemma not in saying):
            continue
        subjects, passive, how = coder.subject(verb)
        if passive or not subjects:
            continue
        trigger = verb
        found = _labelled_parties(coder, verb) if lemma in lex.labelling_verbs else None
        if found is None:
            reported = _reported_judgement(coder, verb)
            if reported is None:
                continue
            # written56: the judgement is read on the copula, so "said the raid was not a
            # violation" is negated and a conditional or a denial above it governs it
            found, trigger = reported[:2], reported[2]
        parties, noun = found
        keys = {a.key() for a in parties}
        if any(e.trigger.i in (verb.i, trigger.i) and e.target.key() in keys
               for e in coder.events):  # fmt: skip
            continue
        why = [f"'{verb.text}' a party '{noun.text}': a condemnation -> ACCUSE (disapprove)",
               f"source: {how}"]  # fmt: skip
        coder._emit(subjects, parties, "ACCUSE", "disapprove", trigger, why)  # noqa: SLF001


def apposed_charges(coder: Any) -> None:
    """'X said Y had sheltered Z, a charge Y rejected', 'X told Kabul that Y had let Z regroup,
    an accusation Y denied': a reported clause that an apposition right after it names a
    charge (cues.yaml ``charge_apposition_nouns``) is an accusation (ACCUSE, allege) from the
    speaker to the clause's subject, whatever became of the act charged (a denial in the
    apposition denies the act, not the charge; written57). Only a verb of saying with a
    subject of its own and a clause whose subject is an actor other than the speaker; the
    speech verb's own modality governs ("may have said ..., a charge ..." is hedged).
    """
    lex = coder.lex
    nouns = lex.charge_apposition_nouns
    if not nouns:
        return
    doc = coder.doc
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.speech:
            continue
        speakers, passive, how = coder.subject(verb)
        if passive or not speakers:
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            # the first ", a charge" after the clause's verb, inside its words (the parser
            # may hang the apposition on the clause's last noun) or right after them
            last = max(t.i for t in clause.subtree)
            noun = next((t for t in doc[clause.i + 1 : last + 4] if t.lower_ in nouns
                         and t.i >= 2 and doc[t.i - 1].lower_ in ("a", "an")
                         and doc[t.i - 2].text == ","), None)  # fmt: skip
            if noun is None:
                continue
            article = doc[noun.i - 1]
            accused, cpassive, _how = coder.subject(clause)
            if cpassive:
                continue
            keys = {a.key() for a in speakers}
            accused = [a for a in accused if a.key() not in keys]
            if not accused:
                continue
            done = {(e.source.key(), e.target.key()) for e in coder.events
                    if e.event_type == "ACCUSE"}  # fmt: skip
            if all((s.key(), a.key()) in done for s in speakers for a in accused):
                continue
            why = [f"'{verb.text}' that '{clause.text}' ..., '{article.text} {noun.text}': "
                   "the speaker charges the clause's subject -> ACCUSE (allege)",
                   f"source: {how}"]  # fmt: skip
            coder._emit(speakers, accused, "ACCUSE", "allege", verb, why)  # noqa: SLF001


def _attack_noun(coder: Any, tok: Any) -> bool:
    """Does ``tok`` name an attack: a hostile event noun of the lexicon ("attack", "bombing",
    "killing") or a noun of headline.yaml's ``attack_nouns`` / ``claimed_nouns`` ("bomb",
    "blast", "shooting")?"""
    from riftwatch.nlp.headline import _data

    entry = coder._event_noun(tok) or {}  # noqa: SLF001
    if entry.get("type") == "ASSAULT":
        return True
    data = _data()
    words = {*(data.get("attack_nouns") or ()), *(data.get("claimed_nouns") or ())}
    return tok.lower_ in words


def authorship_charges(coder: Any) -> None:
    """'NDS says Haqqani network behind Kabul truck bomb', 'police say TTP was behind attack on
    post': a verb of telling (cues.yaml ``authorship_charge_verbs``) whose reported party is
    put "behind" an attack (cues.yaml ``authorship_preps``; the attack an ASSAULT noun or one
    of headline.yaml's attack nouns) is the speaker's accusation of that party (ACCUSE,
    allege; heads16, the heads15 labelling call). The party is the subject of a reported
    "be" clause, whose own negation and hedges then count ("was not behind", "may have been
    behind"), or, in headline grammar, the verb's object; a "not" on "behind" negates it. A
    speaker put behind an attack itself claims it (written._owned_act), no accusation.
    """
    lex = coder.lex
    verbs = lex.authorship_charge_verbs
    if not verbs:
        return
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        speakers, passive, how = coder.subject(verb)
        found: list[tuple[list[Any], Any, Any]] = []  # (accused, trigger, behind)
        fronted = _fronted_report_subject(verb)
        if fronted is not None and not passive:
            # "Haqqani network behind Kabul hotel siege, says NDS chief" (heads18): the
            # report comes first, its speaker after the verb; the parser makes both subjects
            speaker, accused_noun = fronted
            speakers, how = coder.actors(speaker), f"speaker '{speaker.text}' after the verb"
            preps = [p for p in accused_noun.children if p.dep_ == "prep"]
            found += [(coder.actors(accused_noun), verb, p) for p in preps]
        if passive or not speakers:
            continue
        keys = {a.key() for a in speakers}
        for child in verb.children:
            if child.dep_ == "ccomp" and child.lemma_.lower() == "be" and child.i > verb.i:
                accused, cpassive, _how = coder.subject(child)
                preps = [p for p in child.children if p.dep_ == "prep"]
                if not cpassive:
                    found += [(accused, child, p) for p in preps]
            elif child.dep_ in ("dobj", "obj") and child.i > verb.i:
                accused = coder.actors(child)
                preps = [p for p in child.children if p.dep_ == "prep"]
                preps += [p for p in verb.children if p.dep_ == "prep" and p.i > child.i
                          and all(t.i <= child.i or t.i >= p.i for t in child.subtree)]  # fmt: skip
                found += [(accused, verb, p) for p in preps]
        for accused, trigger, behind in found:
            if behind.lower_ not in lex.authorship_preps:
                continue
            if any(c.dep_ == "neg" for c in behind.children):
                continue  # "X says Y not behind the attack"
            if not any(c.dep_ == "pobj" and _attack_noun(coder, c) for c in behind.children):
                continue
            accused = [a for a in accused if a.key() not in keys]
            if not accused:
                continue
            done = _coded_pairs(coder, trigger, "ACCUSE")
            if all((s.key(), a.key()) in done for s in speakers for a in accused):
                continue
            why = [f"'{verb.text}' that a party is '{behind.text}' an attack: the speaker "
                   "accuses it -> ACCUSE (allege)", f"source: {how}"]  # fmt: skip
            coder._emit(speakers, accused, "ACCUSE", "allege", trigger, why)  # noqa: SLF001


def _fronted_report_subject(verb: Any) -> tuple[Any, Any] | None:
    """(speaker, reported party) when a verb of telling closes a headline with its speaker
    after a comma and the reported clause before it, which the parser hangs on the verb as a
    second subject or a loose dependent: "Haqqani network behind Kabul hotel siege, says NDS
    chief", "..., NDS chief says" ("network" nsubj or dep of "says", "chief" its nsubj),
    else None (heads18; mechanisms.authorship_charges).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Haqqani network behind Kabul hotel siege, says NDS chief")
    >>> [t.text for t in _fronted_report_subject(doc[7])]
    ['chief', 'network']
    >>> _fronted_report_subject(nlp()("NDS says Haqqani network behind hotel siege")[1]) is None
    True
    """
    first = next((c for c in verb.children if c.dep_ in ("nsubj", "dep")), None)
    if first is None or first.i > verb.i:
        return None
    comma = next((t for t in verb.doc[first.i : verb.i] if t.text == ","), None)
    if comma is None:
        return None
    before = [c for c in verb.children if c.dep_ in ("nsubj", "dep") and c.i < comma.i]
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > comma.i]
    if len(before) != 1:
        return None
    if len(after) != 1:
        return None
    return after[0], before[0]


def coordinated_ending(coder: Any) -> None:
    """'X and Y cut ties', 'X and Y dissolved their alliance', 'X and Y ended their
    cooperation': a verb that ends a tie (a REJECT renounce verb with a cooperative noun as
    object: 'cut', 'sever', 'end', 'dissolve') whose subject is two or more coordinated
    groups, with no partner phrase, ends the tie between them: its event, both ways. The
    cooperation noun itself stays negated (modality), as for "X cut ties with Y". mmp7.
    """
    lex = coder.lex
    for verb in coder.doc:
        entry = lex.verbs.get(verb.lemma_.lower()) or {}
        if verb.pos_ != "VERB" or entry.get("type") != "REJECT" or entry.get("mode") != "renounce":
            continue
        ties = [c for c in verb.children if c.dep_ in ("dobj", "obj")
                and (coder._event_noun(c) or {}).get("type") in COOPERATIVE]  # noqa: SLF001  # fmt: skip
        if not ties:
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("with", "to", "from", "between")
               for t in (verb, *ties) for c in t.children):  # fmt: skip
            continue  # "X and Y cut ties with Z": Z is the other party
        parties = _coordinated_subject(coder, verb)
        if len(parties) < 2:
            continue
        done = _coded_pairs(coder, verb, "REJECT")
        if any((a.key(), b.key()) in done for a in parties for b in parties):
            continue
        why = [f"trigger verb '{verb.text}' -> REJECT ({entry['mode']})",
               "coordinated subjects end the tie between them"]  # fmt: skip
        coder._emit_pairs(parties, "REJECT", entry["mode"], verb, why)  # noqa: SLF001


# -- places as parties of measures taken over them (issue 9, world news; peers8) -------------
def _place_data() -> dict[str, Any]:
    """nominals.yaml's blocks on places as parties, as the lexicon loaded them
    (:attr:`riftwatch.nlp.lexicon.Lexicon.places`)."""
    from riftwatch.nlp.lexicon import load

    return load().places


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _group_by_first(measures: dict[tuple[str, ...], str]) -> dict[str, list[Any]]:
    """The measure phrases grouped by their first word, each group in the data's order."""
    groups: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, etype in measures.items():
        if words:
            groups.setdefault(words[0], []).append((words, etype))
    return groups


_measures_by_first: Derived[dict[tuple[str, ...], str], dict[str, list[Any]]] = Derived(
    _group_by_first
)


def _measure_at(doc: Any, i: int, measures: dict[tuple[str, ...], str],
                lower: list[str]) -> tuple[Any, str] | None:  # fmt: skip
    """(head token, type) of a place measure phrase starting at token ``i``, else None: the
    first of the data's phrases that the words from ``i`` spell (``lower``: the doc's
    lower-cased words)."""
    for words, etype in _measures_by_first(measures).get(lower[i], ()):
        end = i + len(words)
        if end <= len(lower) and tuple(lower[i:end]) == words:
            return doc[i:end].root, etype
    return None


def place_actor(coder: Any, tok: Any) -> Any:
    """The actor a place named by ``tok`` is when it is a party: a country or an actor the
    sentence already has there; else a sub-state place (a city, a region, a province: a
    GPE, LOC or FAC entity, also through "the town of Y" or "the capital Y") as an actor of
    type place, with the knowledge base's id and country when it knows the place, else an
    open id of its name. None when ``tok`` names no place.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> coder = type("C", (), {"lex": load(), "actor_of": {}})()
    >>> doc = nlp()("Troops imposed a curfew in the town of Kismayo.")
    >>> actor = place_actor(coder, doc[6])
    >>> actor.name, actor.type, actor.id
    ('Kismayo', 'place', 'place:kismayo')
    >>> place_actor(coder, nlp()("Troops imposed a curfew in the town of Dinsor.")[6]).id
    'open:dinsor'
    >>> place_actor(coder, doc[0]) is None
    True
    """
    from riftwatch.nlp.code import Actor

    known = coder.actor_of.get(tok.i)
    if known is not None:
        return known if not known.weak else None
    heads = _place_data()["heads"]
    target, under_head = tok, False
    if tok.ent_type_ not in _PLACE_ENTS:
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        inner = [c for c in tok.children if c.dep_ in ("appos", "compound")]
        inner += [p for c in of for p in c.children if p.dep_ == "pobj"]
        inner = [t for t in inner if t.pos_ == "PROPN" and t.text[:1].isupper()]
        if tok.lemma_.lower() in heads and inner:
            target, under_head = inner[0], True  # "the town of Y", "the capital Y"
        known = coder.actor_of.get(target.i)
        if known is not None:
            return known if not known.weak else None
    ent = next((e for e in tok.doc.ents if e.start <= target.i < e.end), None)
    if ent is not None and ent.label_ in _PLACE_ENTS:
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    elif under_head or target.pos_ == "PROPN":
        # a name the model did not tag as a place: after a place noun, or known as one
        words = sorted([*(c for c in target.lefts if c.dep_ == "compound"
                          and c.pos_ == "PROPN"), target], key=lambda t: t.i)  # fmt: skip
    else:
        return None
    if not words or not words[-1].text[:1].isupper():
        return None
    name = tok.doc.text[words[0].idx : words[-1].idx + len(words[-1].text)]
    from riftwatch.actors.open import open_id
    from riftwatch.nlp.extract import _resolver

    res = _resolver().resolve(name, None, "")
    entity = res.actor
    if entity is not None and entity.type not in ("place", "country"):
        entity = None
    tagged = ent is not None and ent.label_ in _PLACE_ENTS
    if not tagged and not under_head and (entity is None or entity.type != "place"):
        return None  # a bare name the model does not call a place, unknown as one
    if entity is not None and entity.type == "country" and not capital_alias_of(res):
        # a country's own name ("in Sudan") the knowledge-base pass did not keep: the country
        return Actor(id=entity.id, name=entity.name, mention=name, type="country",
                     org_id=entity.id, org_name=entity.name,
                     how="place measure: country")  # fmt: skip
    country = getattr(entity, "country", None) if entity is not None else None
    ident = entity.id if entity is not None and entity.type == "place" else open_id(name)
    return Actor(id=ident, name=name, mention=name, type="place", org_id=ident, org_name=name,
                 how="place named as the party of a measure over it",
                 country=str(country) if country else None)  # fmt: skip


def capital_alias_of(res: Any) -> bool:
    from riftwatch.nlp.mentions import capital_alias

    return capital_alias(res)


def _measure_carrier(head: Any) -> Any:
    """The verb that carries a measure noun ("imposed a curfew", "the curfew was lifted",
    "remained on alert"), through an "of" phrase ("a state of emergency") and conjuncts."""
    node = head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            return node
        if node.head.i == node.i or node.dep_ not in (
            "dobj",
            "obj",
            "nsubjpass",
            "pobj",
            "prep",
            "conj",
            "appos",
        ):
            return None
        node = node.head
    return None


def _measure_place(coder: Any, head: Any, verb: Any) -> tuple[Any, Any] | None:
    """(place actor, preposition) of the locative phrase on a measure's head noun, on an
    "of" noun above it ("a state of emergency in Y"), on a participle after it ("the curfew
    imposed in Y") or on its carrier verb."""
    preps = _place_data()["preps"]
    holders = [head]
    if head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        holders.append(head.head.head)
    holders += [c for h in list(holders) for c in h.children if c.dep_ == "acl"]
    holders.append(verb)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                actor = place_actor(coder, pobj)
                if actor is not None:
                    return actor, prep
    return None


def place_measures(coder: Any) -> None:
    """'X imposed a curfew in Y', 'X declared a state of emergency in Y', 'X lifted martial
    law in Y', 'X's troops remained on alert in Y', 'X banned rallies in Y': a measure taken
    over a place is done to the place (nominals.yaml ``place_measures``; the peers' coders,
    CAMEO 172/152, count a city or region as the target, also in the doer's own country).
    An easing verb ("lifted", "shortened") makes it RETREAT (mode ease). The place is a named
    country or a sub-state place (:func:`place_actor`, an actor of type place, never its
    country's state). The doer is the carrier verb's subject ("threatened to impose": the
    threatener, whose threat the threat verbs code); modality is read later from the verb, so
    "did not impose" or "may impose" is not asserted.
    """
    data = _place_data()
    doc = coder.doc
    lower = [t.lower_ for t in doc]
    for i in range(len(doc)):
        found = _measure_at(doc, i, data["measures"], lower)
        if found is None:
            continue
        head, etype = found
        if head.pos_ == "VERB":
            verb = head
        elif head.pos_ in ("NOUN", "PROPN"):
            verb = _measure_carrier(head)
        else:
            continue
        if verb is None:
            continue
        placed = _measure_place(coder, head, verb)
        if placed is None:
            continue
        place, prep = placed
        sources, passive, how = coder.subject(verb)
        if passive:
            sources, how = coder.agent(verb), "agent of the passive"
        sources = [s for s in sources if s.type != "place" and s.key() != place.key()]
        if not sources:
            continue
        if place.type == "country" and place.key() in {
            iso_key for s in sources for iso_key in (s.key(), _country_key(s))
        }:
            continue  # "Pakistani police banned rallies in Pakistan": no other party
        mode = None
        if verb.lemma_.lower() in data["easing"] and verb is not head:
            etype, mode = "RETREAT", "ease"
        if any(e.trigger.i in (verb.i, head.i) and e.target.key() == place.key()
               for e in coder.events):  # fmt: skip
            continue  # the noun's own entry already coded it ("a curfew in Sudan")
        why = [f"measure '{head.text}' over a place: {etype}", f"source: {how}",
               f"target: the place it holds in ('{prep.lower_} {place.mention}')"]  # fmt: skip
        # the noun is the trigger, so that what governs it counts ("is considering a curfew")
        coder._emit(sources, [place], etype, mode, head, why)  # noqa: SLF001 - the coder's own


def _country_key(actor: Any) -> str | None:
    """The key of the country entity an actor belongs to (its own, for a country)."""
    iso = actor.country or _iso_of_key(actor.key())
    return _country_entity_id(str(iso)) if iso else None


@cache
def _country_entity_id(iso: str) -> str | None:
    from riftwatch.actors.kb import default_kb

    entity = default_kb().country(iso)
    return entity.id if entity is not None else None


# -- conditional threats told without a threat verb (issue 9, world news; peers8) ------------
def threat_conditions() -> frozenset[str]:
    """cues.yaml ``threat_conditions``: the marks of a condition that makes a hostile act a
    party will do a threat ("unless", "if", "until"), as the lexicon loaded them."""
    from riftwatch.nlp.lexicon import load

    return load().threat_conditions


def conditional_clause(verb: Any) -> Any:
    """The condition clause of a hostile act a party says it will do: ``verb`` has a sure
    future auxiliary ("will", "shall"), no negation, no hedge of its own, and an adverbial
    clause marked by one of :func:`threat_conditions`; None otherwise.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kenya will close the border unless Uganda pays its debts.")
    >>> conditional_clause(doc[2]).text
    'pays'
    >>> conditional_clause(nlp()("Kenya will not close the border unless Uganda pays.")[3])
    >>> conditional_clause(nlp()("Kenya may close the border unless Uganda pays.")[2])
    """
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & _SURE_FUTURE or aux - _SURE_FUTURE - {"to", "be", "have"} or _negated(verb):
        return None
    return _marked_condition(verb)


def _marked_condition(verb: Any) -> Any:
    """The adverbial clause of ``verb`` marked by one of :func:`threat_conditions` ("unless
    Y withdraws", "if it fires again"), or None."""
    marks = threat_conditions()
    for adv in verb.children:
        if adv.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in marks for m in adv.children
        ):
            if _only_condition(adv):
                continue  # "X will expel Y only if Z lifts sanctions": a terms, no threat
            return adv
    return None


def _only_condition(adv: Any) -> bool:
    """Is the condition clause ``adv`` restricted by "only" ("only if Y withdraws")? A party
    that will act only if another does sets terms, an assurance that it will not act
    otherwise, not a threat of the act (neg40).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban will expel Al Qaeda only if Washington lifts sanctions.")
    >>> _only_condition(doc[9])
    True
    >>> doc = nlp()("The Taliban will expel Al Qaeda if Washington lifts sanctions.")
    >>> _only_condition(doc[8])
    False
    """
    mark = next((m for m in adv.children if m.dep_ == "mark"), None)
    return mark is not None and any(
        c.lower_ == "only" and c.i == mark.i - 1 for c in (*adv.children, *adv.head.children)
    )


def conditional_acts(coder: Any) -> None:
    """'X will suspend talks with Y unless Y withdraws', 'X will strike Y if it fires again':
    a hostile act a party states it will do on a condition is a THREATEN (CAMEO 13), from
    the party to the act's target and to the party the condition is on (its subject, when it
    is another named party). The threat is the statement and is read as asserted (modality
    reads what governs the act: "officials denied that X will ..." is denied); the act
    itself stays future. Not for "would" (a supposition), a modal ("may halt ... if"), a
    negated act, or someone else's act under a speech verb (announced_threats' case)."""
    for event in list(coder.events):
        if event.event_type not in _THREAT_TYPES or event.modality != "asserted":
            continue
        verb = _clause_verb(event.trigger)
        cond = conditional_clause(verb)
        if cond is None or verb.dep_ not in ("ROOT", "conj", "ccomp"):
            continue
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _ANNOUNCING:
            continue  # "X said it will strike Y unless ...": announced_threats codes it
        source = event.source
        targets = [event.target]
        for subject in cond.children:
            if subject.dep_ in ("nsubj", "nsubjpass"):
                targets += [a for a in coder.actors(subject)
                            if a.key() not in (source.key(), event.target.key())]  # fmt: skip
        mark = next(m for m in cond.children if m.dep_ == "mark")
        why = [f"'{verb.text}' on a condition ('{mark.text} ... {cond.text}'): a conditional "
               "threat (THREATEN)", *event.why[1:]]  # fmt: skip
        coder._emit([source], targets, "THREATEN", None, verb, why)  # noqa: SLF001


def called_for_meetings(coder: Any) -> None:
    """'X called for talks with Y', 'X asked for a meeting with Y', 'X appealed for a truce
    with Y': an appeal for a cooperative act with a party is a REQUEST from the one who
    appeals to that party (CAMEO 020/026/036, PETRARCH-2's CALL group "(FOR TALKS)"; cues.yaml
    ``appeal_for_verbs``; peers17). Only a cooperative event noun whose partner preposition
    names the party ("talks with Y", "a truce between X and Y"); the act itself stays
    hypothetical, and the request is read on the verb ("did not call for talks", "may ask
    for a meeting" are not asserted). A verb that names the asked party as its object
    ("asked Y for talks") is coded by the verb itself."""
    lex = coder.lex
    verbs = getattr(lex, "appeal_for_verbs", frozenset())
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ in ("dobj", "obj", "dative") and coder.actors(c) for c in verb.children):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for noun in prep.children:
                entry = coder._event_noun(noun) if noun.pos_ == "NOUN" else None  # noqa: SLF001
                if not entry or entry.get("type") not in COOPERATIVE:
                    continue
                allowed = set(entry.get("partner_preps") or ())
                objs = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in allowed
                        for o in p.children if o.dep_ == "pobj"]  # fmt: skip
                partners = next((acts for o in objs if (acts := coder.actors(o))), [])
                sources, passive, how = coder.subject(verb)
                if passive or not sources:
                    continue
                own = {a.key() for a in sources}
                partners = [a for a in partners if a.key() not in own]
                if not partners:
                    continue
                why = [f"'{verb.text} for {noun.text}' with a party: an appeal (REQUEST)",
                       f"source: {how}", f"target: partner of '{noun.text}'"]  # fmt: skip
                coder._emit(sources, partners, "REQUEST", None, verb, why)  # noqa: SLF001


def _unhyphenated(tok: Any) -> str:
    """The lower-case word a hyphenated compound split by the tokenizer spells without its
    hyphen ("peace-keeping" read on "keeping": "peacekeeping"); "" when ``tok`` ends none.

    >>> from riftwatch.nlp.parse import nlp
    >>> _unhyphenated(nlp()("a peace-keeping force")[3])
    'peacekeeping'
    """
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
        left = doc[tok.i - 2]
        if not left.whitespace_:
            return f"{left.lower_}{tok.lower_}"
    return ""


def withdrawal_ultimatums(coder: Any) -> None:
    """'X announced it will withdraw its force from Y unless Z holds elections', 'X said it
    would recall its monitors from Y unless Z ...': a withdrawal a party says it will make
    unless another party acts is an ultimatum, a THREATEN (CAMEO 13: threaten to reduce or
    stop aid or relations) from the party to the place or party it leaves and to the party
    the condition is on (peers17); so is an announced hostile act with such a condition
    ("X said it would cut ties with Y unless Z ...", which announced_threats leaves to
    plans waiting on another party's act). Only "unless" (a withdrawal planned "if" or "until"
    something happens is a plan, not leverage), only with a sure future ("will", or
    "would" in reported speech), and never for a negated or hedged withdrawal ("will not
    withdraw unless asked" sets a condition, threatens nothing). The withdrawal itself
    stays future."""
    for event in list(coder.events):
        withdrawal = event.event_type == "RETREAT" and event.mode == "withdraw"
        if not withdrawal and event.event_type not in _THREAT_TYPES:
            continue
        verb = _clause_verb(event.trigger)
        if verb is None or verb.pos_ not in ("VERB", "AUX") or _negated(verb):
            continue
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        speech = verb.head if verb.dep_ == "ccomp" else None
        announced = (
            speech is not None
            and speech.pos_ == "VERB"
            and speech.lemma_.lower() in _ANNOUNCING
            and not _negated(speech)
        )
        if not withdrawal and not announced:
            continue  # "X will cut ties with Y unless ...": conditional_acts codes it
        sure = _SURE_FUTURE | ({"would"} if announced else set())
        if not aux & sure or aux - sure - {"to", "be", "have"}:
            continue
        cond = next((a for a in verb.children if a.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ == "unless" for m in a.children)),
                    None)  # fmt: skip
        if cond is None:
            continue
        source = event.source
        on = [a for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")
              for a in coder.actors(c) if a.key() != source.key()]  # fmt: skip
        if not on:
            continue  # the condition must be another party's act
        targets = [event.target, *(a for a in on if a.key() != event.target.key())]
        trigger = speech if announced else verb
        why = [f"'{verb.text}' unless '{cond.text}': a withdrawal as an ultimatum (THREATEN)",
               *event.why[1:]]  # fmt: skip
        coder._emit([source], targets, "THREATEN", None, trigger, why)  # noqa: SLF001


def ultimatum_demands(coder: Any) -> None:
    """A demand with a penalty for not meeting it is an ultimatum (CAMEO 139 "give
    ultimatum", PLOVER THREATEN; peers18): "X demanded that Y withdraw its troops or face
    military action", "X said Y must hand over the suspects or risk sanctions", "X urged Y
    to disarm or face the consequences": THREATEN from X to Y beside the REQUEST, read on
    the demand's trigger, so "did not demand ... or face", "may demand ..." are not
    asserted. The penalty is "or" (optionally "or else") followed by one of cues.yaml
    ``ultimatum_penalties`` after the trigger, inside its clause.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya demanded that Uganda withdraw its troops or face military action.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> uganda = Actor(id="country:uganda", name="Uganda", mention="Uganda", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kenya, 3: uganda})
    >>> sorted({e.event_type for e in coder.run()})
    ['REQUEST', 'THREATEN']
    """
    penalties = coder.lex.ultimatum_penalties
    if not penalties:
        return
    ordering = coder.lex.ordering_verbs | coder.lex.deadline_giving_verbs
    for event in list(coder.events):
        if event.event_type != "REQUEST" and not (
            event.mode == "expulsion" and event.trigger.lemma_.lower() in ordering
        ):  # an order or a deadline to leave, "... or face attack", is one too (gaps53)
            continue
        trigger = event.trigger
        penalty = _penalty(trigger, penalties)
        if penalty is None:
            continue
        if (event.source.key(), event.target.key()) in _coded_pairs(coder, trigger, "THREATEN"):
            continue
        why = [f"'{trigger.text}' ... or '{penalty.text}': a demand with a penalty, an "
               "ultimatum (THREATEN)", *event.why[1:]]  # fmt: skip
        coder._emit([event.source], [event.target], "THREATEN", None, trigger, why)  # noqa: SLF001


def _penalty(trigger: Any, penalties: frozenset[str]) -> Any:
    """The penalty word of an ultimatum after ``trigger`` in its clause ("... or face Z",
    "... or else risk Z"), or None."""
    words = [t for t in trigger.subtree if t.i > trigger.i]
    for k, tok in enumerate(words[:-1]):
        if tok.lower_ != "or":
            continue
        nxt = words[k + 1]
        if nxt.lower_ == "else" and k + 2 < len(words):
            nxt = words[k + 2]
        if nxt.lemma_.lower() in penalties or nxt.lower_ in penalties:
            return nxt
    return None


def for_clause_subject(coder: Any, noun: Any) -> list[Any]:
    """The parties named as the subject of a "for ... to" clause on ``noun`` ("a deadline
    for Y to withdraw": Y), also where the parser hangs it on the noun's verb, else none."""
    later = [c for c in noun.head.children if c.i > noun.i] if noun.head is not noun else []
    for clause in [*noun.children, *later]:
        if clause.dep_ in ("advcl", "acl", "relcl") and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in clause.children
        ):
            return [a for c in clause.children if c.dep_ == "nsubj" for a in coder.actors(c)]
    return []


def ultimatum_addressee(coder: Any, verb: Any) -> list[Any] | None:
    """Who is to do what an ultimatum or a deadline asks (cues.yaml ``ultimatum_nouns``;
    peers18): for an infinitive on such a noun ("X gave Y an ultimatum to withdraw", "X set
    Y a deadline to disarm", "an ultimatum to Y to leave"), the noun's addressee: the
    indirect object of the verb that carries the noun, or the party of its "to"/"for"
    phrase; an empty list when none is named (the giver never does it). None when the
    infinitive hangs on no such noun."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl", "advcl") or noun.lower_ not in coder.lex.ultimatum_nouns:
        return None
    if any(c.dep_ == "nsubj" for c in verb.children):
        return coder.actors(next(c for c in verb.children if c.dep_ == "nsubj"))
    carrier = noun.head
    found: list[Any] = []
    for child in carrier.children if noun.dep_ in ("dobj", "obj") else ():
        if child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            found = coder.actors(child)
    for holder in (noun, carrier):
        for prep in holder.children:
            if found:
                break
            if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "for"):
                found = [a for p in prep.children if p.dep_ == "pobj" for a in coder.actors(p)]
    return found


# -- a named place as the patient of an attack (issue 9, world news; peers8) -----------------
_PLACE_HIT = frozenset({"ASSAULT", "COERCE"})


def _hit_place(coder: Any, tok: Any) -> Any:
    """The sub-state place actor ``tok`` names as the patient of an attack, through a part
    of it ("the outskirts of Y", "a government-held part of Y"); None for anything else (a
    country or an actor the sentence already has is coded by the ordinary roles)."""
    partitives = _place_data()["partitives"]
    for _ in range(2):
        if tok.lower_ in partitives:
            inner = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            if not inner:
                return None
            tok = inner[0]
            continue
        break
    if tok.i in coder.actor_of:
        return None
    actor = place_actor(coder, tok)
    return actor if actor is not None and actor.type == "place" else None


def ground_yielded_as(coder: Any) -> None:
    """'Taliban seize Kunduz city as Afghan forces retreat', 'X captures Y as Z's troops
    flee': ground taken (a verb whose entry takes ground: mode seize, or from_party_mode) while
    an "as" clause tells a party of its own yielding it (cues.yaml ``ground_yielding_verbs``:
    retreat, flee, withdraw, abandon) was taken from that party, as "seized Y from Z" says: COERCE
    (seize) from the taker to the yielding party, modality read from the taking verb. A
    party that yields nothing ("as Z watches", "as Z's troops arrive") and the taker itself
    are no such party. heads21."""
    lex = coder.lex
    yielding = lex.ground_yielding_verbs
    done = {(e.trigger.i, e.target.key()) for e in coder.events}
    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        entry = lex.verb_entry(verb.lemma_.lower()) or {}
        if not (entry.get("mode") == "seize" or entry.get("from_party_mode") == "seize"):
            continue
        sources, passive, how = coder.subject(verb)
        if passive or not sources:
            continue
        own = {a.key() for a in sources}
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.lemma_.lower() not in yielding:
                continue
            if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
                continue
            if any(c.dep_ in ("neg", "aux") for c in clause.children):
                continue  # "as Z did not retreat", "as Z may withdraw": no ground yielded
            losers = [a for c in clause.children if c.dep_ == "nsubj" for a in coder.actors(c)
                      if a.type not in ("place", "country") and a.key() not in own]  # fmt: skip
            losers = [a for a in losers if (verb.i, a.key()) not in done]
            if not losers:
                continue
            why = [f"'{verb.text}' takes ground as '{clause.text}' yields it: COERCE (seize)",
                   f"source: {how}", f"target: who '{clause.text}' (an 'as' clause)"]  # fmt: skip
            coder._emit(sources, losers, "COERCE", "seize", verb, why)  # noqa: SLF001
            done |= {(verb.i, a.key()) for a in losers}


def attacked_places(coder: Any) -> None:
    """'X shelled Y', 'X bombarded part of Y', 'X's invasion of Y' where Y is a city, a
    region or a province: the place is the target (an actor of type place, never its
    country's state, :func:`place_actor`), as the peers' coders code it. Only the direct
    patient of an attack verb (its object) or noun (its patient preposition); an attack
    merely located "in Y" is :func:`located_acts`' case (only when it names no other
    party). The attacker is the verb's
    subject or passive agent, or the noun's author; modality is read from the trigger.
    """
    lex = coder.lex
    done = {(e.trigger.i, e.target.key()) for e in coder.events}
    for tok in coder.doc:
        patients: list[Any] = []
        if tok.pos_ == "VERB":
            entry = lex.verb_entry(tok.lemma_.lower()) or {}
            if entry.get("type") not in _PLACE_HIT or not (
                tok.lemma_.lower() in lex.verbs or entry.get("coded_alone")
            ):
                continue
            if entry.get("group_targets") and any(
                coder.actors(p)
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in (entry.get("preps") or ())
                for p in c.children
                if p.dep_ == "pobj"
            ):
                continue  # "retook Y from X": taken from X, coded on X, not on the place
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            patients = [*objs, *(c for o in objs for c in o.conjuncts)]
            sources, passive, how = coder.subject(tok)
            if passive:
                patients = [c for c in tok.children if c.dep_ == "nsubjpass"]
                sources, how = coder.agent(tok), "agent of the passive"
        elif tok.pos_ == "NOUN":
            entry = lex.noun_entry(tok) or {}
            if entry.get("type") != "ASSAULT":
                continue
            preps = set(entry.get("patient_preps") or ()) | {"of", "on", "against"}
            patients = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                        for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            sources, how = coder._nominal_owner(tok)  # noqa: SLF001 - the coder's own
            owners = [a for c in tok.children if c.dep_ == "poss" for a in coder.actors(c)]
            if owners:
                sources, how = owners, "owner of the attack"
            # (a place aimed at by an attack beaten off, "repel Taliban attack on Kunduz", is
            # no party whoever made the attack: headline.beaten_off_places drops it; gaps60)
        else:
            continue
        sources = [s for s in sources if s.type != "place"]
        if not sources or not patients:
            continue
        for patient in patients:
            place = _hit_place(coder, patient)
            if place is None or (tok.i, place.key()) in done:
                continue
            why = [f"attack '{tok.text}' on a named place: {entry['type']}", f"source: {how}",
                   f"target: the place attacked ('{place.mention}')"]  # fmt: skip
            coder._emit(sources, [place], entry["type"], entry.get("mode"), tok, why)  # noqa: SLF001
            done.add((tok.i, place.key()))


# -- hostile acts located in a named place with no other party (issue 9, world news; peers9) ----
def _located_place(coder: Any, tok: Any) -> Any:
    """The sub-state place actor a locative object names ("in Y", "in the town of Y", "in
    the capital Y", "on the outskirts of Y"): a place the sentence has as an actor of type
    place, a capital the sentence read as its government (the place here, never the state),
    or a place the model tags (:func:`place_actor`). None for a country (a theatre: the
    locus rules code acts done in a country) or anything else."""
    from dataclasses import replace

    partitives = _place_data()["partitives"]
    heads = _place_data()["heads"]
    for _ in range(2):
        if tok.lower_ not in partitives and tok.lemma_.lower() not in heads:
            break
        inner = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        inner += [c for c in tok.children if c.dep_ in ("appos", "compound")
                  and c.pos_ == "PROPN"]  # fmt: skip
        if not inner or tok.i in coder.actor_of:
            break
        tok = inner[0]
    known = coder.actor_of.get(tok.i)
    if known is not None:
        if known.type == "place" and not known.weak:
            return known
        if known.how.startswith("metonymy") and not known.weak:
            # "bombs in Kabul": the capital is where they went off, not its government
            from riftwatch.actors.open import open_id

            ident = open_id(known.mention)
            return replace(known, id=ident, name=known.mention, type="place", org_id=ident,
                           org_name=known.mention, person=None, qualifier=None, country=None,
                           how="capital named as the place of an act")  # fmt: skip
        return None
    actor = place_actor(coder, tok)
    return actor if actor is not None and actor.type == "place" else None


_AIMED_AT = frozenset({"at", "on", "against"})


def located_acts(coder: Any) -> None:
    """'X exploded bombs in the town of Y', 'X blocked roads in Y', 'X suspended aid
    deliveries in Y', 'X fired shells at targets in Y': a hostile act (nominals.yaml
    ``located_act_types``) that names no other party, done in a named city or region, is
    done to the place, as the peers' coders (CAMEO, PLOVER) code the location as the target.
    The place is an actor of type place, never its country's state (a capital too: "bombs
    in Kabul" hit the city, not the government), also in the doer's own country; a country
    named as the place stays a theatre for fighting (:func:`locus_party` codes other acts
    done in a country). Only an act on things: one done to people ("X dispersed
    demonstrators in Y", "Z was killed by X in Y") or to a state's posts ("attacked a police
    post in Y") hits them, and the place is where it happened. Fighting is done in its
    theatre ("X fought in Y", nominals.yaml ``located_theatre_verbs``), and an act with a
    partner beside the doer ("alongside Z", "together with Z") or a reciprocal pronoun ("shot
    at each other in Y") names a party (world25). The
    doer is the verb's
    subject or passive agent; modality is read from the verb, so "did not explode" or "may
    block" is not asserted.
    """
    lex = coder.lex
    types = _place_data()["located_types"]
    preps = _place_data()["located_preps"]
    had = {e.trigger.i for e in coder.events}
    for tok in coder.doc:
        if tok.i in had or tok.pos_ != "VERB":
            continue
        entry = lex.verb_entry(tok.lemma_.lower()) or {}
        if entry.get("type") not in types or tok.lemma_.lower() in _place_data()["person_verbs"]:
            continue  # "killed 12 soldiers in Y": an act on people, never on the place (bugs39)
        if tok.lemma_.lower() in _place_data()["theatre_verbs"]:
            continue  # "fought (alongside Z) in Y": Y is where they fought (world25)
        if any(_reciprocal_pronoun(t) for t in tok.subtree):
            continue  # "shot at each other in Y": the act is between the subjects (world25)
        if any(c.dep_ == "prep" and (c.lower_ in lex.comitative_preps
                                     or coder._together_with(c))  # noqa: SLF001
               for c in tok.children):  # fmt: skip
            continue  # "stormed the town alongside Z": a partner is named, the act is joint
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        wanted = entry.get("needs_object_noun")
        # "carried out a series of bombings": the noun may sit in a partitive's "of" phrase
        heads = [*objs, *(g for o in objs for p in o.children
                          if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj")]  # fmt: skip
        if wanted and not any(o.lemma_.lower() in wanted for o in heads):
            continue  # "launched war games in Y": only an attack launched is one (peers10)
        sources, passive, how = coder.subject(tok)
        if not passive and coder._headline_passive(tok, entry):  # noqa: SLF001
            # "TTP commander shot dead in Islamabad": a headline's past form with a subject
            # and no auxiliary has dropped its "was"; the subject was hit (heads11)
            passive = True
        if passive:
            sources, how = coder.agent(tok), "agent of the passive"
        if passive:
            objs = [c for c in objs if c.dep_ == "nsubjpass"]
        if any(c.i in had for o in objs for c in (o, *o.children)):
            continue  # the object noun already names a party
        if any(_patient_not_thing(coder, o) for o in objs):
            continue  # done to people or to a state's post: the place is where it happened
        if _repelled_attack(tok, objs):
            continue  # "repel a militant attack in Y": the attack was in Y, not on Y (bugs39)
        if any(c.dep_ == "poss" for o in objs for c in o.children):
            continue  # "attacked our brothers in Y": the object's owner is the party hit
        holders = [tok, *(o for o in objs if o.dep_ != "nsubjpass")]
        # "fired shells at targets in Y": the thing aimed at, named by no actor
        aimed = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _AIMED_AT]
        holders += [p for c in aimed for p in c.children
                    if p.dep_ == "pobj" and p.i not in coder.actor_of]  # fmt: skip
        sources = [s for s in sources if s.type != "place"]
        if not sources:
            continue
        placed = _located_in(coder, holders, preps, sources)
        if placed is None:
            continue
        place, prep = placed
        why = [f"'{tok.text}' done in a named place: {entry['type']}", f"source: {how}",
               f"target: the place it is done in ('{prep.lower_} {place.mention}')"]  # fmt: skip
        coder._emit(sources, [place], entry["type"], entry.get("mode"), tok, why)  # noqa: SLF001
        had.add(tok.i)


def _located_in(coder: Any, holders: list[Any], preps: frozenset[str],
                sources: list[Any]) -> tuple[Any, Any] | None:  # fmt: skip
    """(place actor, preposition) of the first locative phrase on ``holders`` that names a
    sub-state place other than the doers, or None."""
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                place = _located_place(coder, pobj) if pobj.dep_ == "pobj" else None
                if place is not None and all(place.key() != s.key() for s in sources):
                    return place, prep
    return None


def _repelled_attack(verb: Any, objs: list[Any]) -> bool:
    """Is ``verb`` a verb of beating back (headline.yaml ``repel_verbs``: repel, repulse,
    foil...) whose object is an attack noun (``attack_nouns``)? Then what it is done to is
    the attack, whose owner is the other party, never the place it happened in."""
    from riftwatch.nlp.headline import _data as headline_data

    data = headline_data()
    return verb.lemma_.lower() in (data.get("repel_verbs") or ()) and any(
        o.lower_ in (data.get("attack_nouns") or ()) for o in objs
    )


def _patient_not_thing(coder: Any, noun: Any) -> bool:
    """Is the patient ``noun`` a person or people (a name, a pronoun, an agent noun of the
    agents data: "demonstrators", "people"), a party named by its kind ("the group", "the
    militants": cues.yaml ``anaphoric_nouns``, ``armed_kind_nouns``) or a state's post or
    unit (nominals.yaml ``security_property_nouns``, or any place an agent noun before it
    owns: "a police station", "an army depot"), not a thing an act is done to in a place?
    (walk54: "attacked a police station in Cucuta" and "attacked the group near Afmadow"
    made the town the target.)"""
    from riftwatch.actors.agents import load_agents

    if noun.i in coder.actor_of or noun.ent_type_ in _HUMAN_ENTS or noun.pos_ == "PRON":
        return True
    if noun.like_num and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return True  # a headline's toll: "X kills 5 in Y" killed people, not the place (bugs39)
    lemma = noun.lemma_.lower()
    if lemma in coder.lex.security_property_nouns:
        return True
    if lemma in coder.lex.anaphoric_nouns or noun.lower_ in coder.lex.armed_kind_nouns:
        return True
    agents = load_agents()
    if any(
        c.dep_ in ("compound", "amod") and agents.role(c.lower_) for c in noun.lefts
    ):  # "a police station": a post of the police
        return True
    if (noun.lower_ in agents.members or noun.lower_ in agents.held_places) and any(
        c.dep_ in ("compound", "nmod")
        and (owner := coder.actor_of.get(c.i)) is not None
        and owner.type not in ("place", "country")
        for c in noun.lefts
    ):  # "bust JuD cell in Y", "raid X hideout in Y": a named group's men or post, also
        return True  # when the tagger left the group's name out of the noun's span (heads21)
    return bool(agents.role(noun.lower_) or agents.role(noun.lemma_))


# -- attacks whose author no one names (issue 9, world news; peers9) --------------------------
UNOWNED_AUTHOR = "author of an attack no one is named for"
"""How an unidentified author of an unowned attack was found (no threatener: code._threat)."""


def _unowned_attack(coder: Any, noun: Any) -> bool:
    """Is ``noun`` an attack or a weapon whose author the sentence does not name: an
    attack noun (events' ASSAULT nouns) or an instrument of events.yaml
    ``unowned_attack_modes`` ("a roadside bombing", "a car bomb explosion", "an improvised
    explosive device"), with no owner in its modifiers or its 'by' phrase and no actor of
    its own and no origin ("an attack from Y" may be a state's: no author)?"""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in coder.actor_of:
        return False
    entry = coder._event_noun(noun) or {}  # noqa: SLF001 - the coder's own
    mode = coder._instrument_mode(noun)  # noqa: SLF001
    if entry.get("type") != "ASSAULT" and mode is None:
        return False
    if mode is not None and mode not in coder.lex.unowned_attack_modes:
        return False  # "a drone strike": a state's weapon, not an unnamed militant's
    if entry.get("implied_agent"):
        return False  # "killed in a raid": the raid's implied agent is the coder's to give
    if coder._modifier_owner(noun, entry):  # noqa: SLF001
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
        return False  # "a cross-border attack from Y": its origin named, its author a state's?
    return not any(inner.i in coder.actor_of for inner in noun.subtree if inner.i != noun.i
                   and inner.i < noun.i)  # fmt: skip


_WHEN_ENTS = frozenset({"DATE", "TIME"})


def _attack_phrase(noun: Any) -> str:
    """The words of an attack noun's phrase with the place it happened in, without a
    leading determiner or a time ("roadside bombing near the town of Y"; "killed by a bomb
    outside Y": the place phrase the parser hung on the verb right after it).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("A roadside bombing near the town of Kismayo on Sunday killed two soldiers.")
    >>> _attack_phrase(doc[2])
    'roadside bombing near the town of Kismayo'
    """
    preps = _place_data()["located_preps"]
    timed = {t.i for c in noun.children if c.dep_ == "prep"
             and any(p.ent_type_ in _WHEN_ENTS for p in c.children) for t in c.subtree}  # fmt: skip
    words = [t for t in noun.subtree
             if not (t.i == noun.left_edge.i and t.dep_ == "det") and t.i not in timed]  # fmt: skip
    if not words:
        return noun.text
    after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    if (
        after is not None
        and after.dep_ == "prep"
        and after.lower_ in preps
        and after.head.i != noun.i
        and not any(p.ent_type_ in _WHEN_ENTS for p in after.children)
    ):
        words = [*words, *after.subtree]
    words = sorted(words, key=lambda t: t.i)
    return noun.doc.text[words[0].idx : words[-1].idx + len(words[-1].text)]


def unowned_attacks(coder: Any) -> None:
    """'A roadside bombing killed two X soldiers', 'X civilians were killed in a car bomb
    explosion in Y', 'three X servicemen were killed by an improvised explosive device':
    an attack or weapon whose author no one names, as the subject or the 'in'/'by' phrase
    of an attack verb whose patients are actors, is an ASSAULT by unidentified militants
    (mention: the attack's own phrase, with the place it is in) on them, as the peers'
    coders code the attack, not the author. A passive with no attack named ("six militants
    were killed in Y") still names no agent; modality is read from the verb, so "were not
    killed" or "may have been killed" is not asserted.
    """
    from riftwatch.nlp.code import _UNIDENTIFIED, Actor

    lex = coder.lex
    had = {e.trigger.i for e in coder.events}
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.i in had:
            continue
        entry = lex.verb_entry(verb.lemma_.lower()) or {}
        if entry.get("type") != "ASSAULT" or verb.lemma_.lower() not in lex.verbs:
            continue
        _sources, passive, _how = coder.subject(verb)
        if passive:
            if coder.agent(verb) and not any(c.dep_ == "agent" for c in verb.children):
                continue
            victims = [a for c in verb.children if c.dep_ == "nsubjpass" for a in coder.actors(c)]
            attacks = [p for c in verb.children if c.dep_ in ("prep", "agent")
                       and c.lower_ in ("in", "by", "during")
                       for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        else:
            attacks = [c for c in verb.children if c.dep_ == "nsubj"]
            if not attacks and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
                # "a car bomb exploded at the gate, wounding 77 soldiers" (written51): the
                # participle's doer is the subject of the verb it hangs on
                attacks = [c for c in verb.head.children if c.dep_ == "nsubj"
                           and verb.head.lemma_.lower() in lex.explosion_verbs]  # fmt: skip
            victims = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                       for a in coder.actors(c)]  # fmt: skip
        victims = [v for v in victims if v.type != "place" and v.id != _UNIDENTIFIED]
        attack = next((a for a in attacks if _unowned_attack(coder, a)), None)
        if attack is None or not victims:
            continue
        claimants = _claimed_by(coder, attack)
        if claimants:
            # "soldiers were killed in an ambush claimed by X": X's attack (written18)
            why = [
                f"'{verb.text}' by an attack claimed by its author ('{attack.text}'): ASSAULT",
                "source: who claimed the attack",
                "target: the ones it hit",
            ]
            coder._emit(claimants, victims, "ASSAULT", coder._instrument_mode(attack), verb, why)  # noqa: SLF001
            had.add(verb.i)
            continue
        phrase = _attack_phrase(attack)
        author = Actor(id=_UNIDENTIFIED, name="unidentified militants", mention=phrase,
                       type="collective", org_id=_UNIDENTIFIED, org_name="unidentified militants",
                       how=UNOWNED_AUTHOR, weak=True)  # fmt: skip
        why = [f"'{verb.text}' by an attack whose author is not named ('{phrase}'): ASSAULT",
               "source: unidentified militants", "target: the ones it hit"]  # fmt: skip
        coder._emit([author], victims, "ASSAULT", coder._instrument_mode(attack), verb, why)  # noqa: SLF001
        had.add(verb.i)


def claimed_headline_attacks(coder: Any) -> None:
    """'Attack on army checkpost in Bannu: TTP claims responsibility', 'Blast at X gathering
    in P: Y claims attack': a headline that is only an attack noun phrase (an attack noun or
    an instrument of events.yaml ``unowned_attack_modes`` among its first words, with no
    owner) with the party it hit after "on", "at", "against" or "targeting", then a colon or
    a semicolon and a clause of a named group and its claim (nothing between the name and
    "claims"; nothing after it but "responsibility" or an attack word) is the claimant's
    ASSAULT on that party, as "X claims attack on Y" is (LABELLING: a group's claim of its own
    attack is asserted). A claim denied, doubted or to come ("X denies", "X may claim") is
    no such clause; with no party named after the preposition nothing is coded. heads21.
    """
    from riftwatch.nlp import headline as hl

    if not coder.headline:
        return
    doc = coder.doc
    for mark in (t for t in doc if t.text in (":", ";")):
        claimant = _bare_headline_claim(coder, [t for t in doc[mark.i + 1 :] if not t.is_space])
        if claimant is None:
            continue
        words = [t for t in doc[: mark.i] if not t.is_space and not t.is_punct]
        preps = hl.attacked_preps()
        attack = next((t for t in words[:3] if t.i + 1 < mark.i and doc[t.i + 1].lower_ in preps
                       and _unowned_attack(coder, t)), None)  # fmt: skip
        if attack is None or attack.i in {e.trigger.i for e in coder.events}:
            continue  # ("Suicide attack on Y": the noun before the preposition)
        prep = doc[attack.i + 1]
        hit: list[Any] = []
        for tok in doc[prep.i + 1 : mark.i]:
            if tok.pos_ == "ADP" or tok.is_punct:
                break  # "in Bannu", "near P": where it happened
            hit += [a for a in coder.actors(tok) if a.type not in ("place", "country")
                    and a.key() != claimant.key() and not a.weak]  # fmt: skip
        if not hit:
            continue
        why = [f"'{attack.text}' told before a '{mark.text}' and claimed after it by "
               f"{claimant.mention}: ASSAULT", "source: the claimant",
               f"target: object of '{prep.lower_}'"]  # fmt: skip
        coder._emit([claimant], hit[:1], "ASSAULT", coder._instrument_mode(attack), attack, why)  # noqa: SLF001


def _bare_headline_claim(coder: Any, words: list[Any]) -> Any:
    """The named group of a clause that is only the group and its claim ("TTP claims
    responsibility", "IS claims attack", "JuA claims"), or None."""
    from riftwatch.nlp import headline as hl

    at = next((n for n, t in enumerate(words) if t.lower_ in ("claims", "claimed", "claim")), None)
    if not at:
        return None
    names = words[:at]
    actors = [coder.actor_of.get(t.i) for t in names]
    if any(a is None for a in actors) or len({a.key() for a in actors}) != 1:
        return None  # a word between the name and its claim ("X may claim", "X denies")
    claimant = actors[0]
    if claimant.weak or claimant.type not in ("armed_group", "faction"):
        return None
    rest = [t for t in words[at + 1 :] if not t.is_punct]
    if len(rest) > 1 or (rest and rest[0].lower_ not in hl.claimed_words()):
        return None
    return claimant


def _claimed_by(coder: Any, attack: Any) -> list[Any]:
    """Who claimed an attack noun in a participle after it ("an ambush claimed by X"; a
    claim of responsibility is the claimant's act, LABELLING), unless the claim is negated,
    hedged or said to be false ("falsely claimed by X"; cues.yaml ``false_claim_adverbs``)."""
    for clause in attack.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() != "claim":
            continue
        if any(c.dep_ in ("neg", "advmod") and (c.dep_ == "neg" or c.lower_ in
               coder.lex.false_claim_adverbs or c.lower_ in _CLAIM_HEDGES)
               for c in clause.children):  # fmt: skip
            continue
        return [a for ag in clause.children if ag.dep_ == "agent"
                for p in ag.children if p.dep_ == "pobj" for a in coder.actors(p)
                if not a.weak and a.type not in ("place", "country")]  # fmt: skip
    return []


_CLAIM_HEDGES = frozenset({"allegedly", "purportedly", "supposedly"})


def place_excluded_modes() -> frozenset[str]:
    """nominals.yaml ``place_excluded_modes``: modes of acts never done to a place."""
    return _place_data()["excluded_modes"]


# -- borders closed to another party (issue 9, world news; peers8) ---------------------------
_CLOSED_TO = frozenset({"with", "to"})


def closed_borders(coder: Any) -> None:
    """'X closed its border with Y', 'X sealed its airspace to Y': a SANCTION from X to Y;
    'X reopened its border with Y': RETREAT (ease). nominals.yaml ``closing_verbs``,
    ``closable_nouns``. The other party is a "with"/"to" phrase of the noun or the verb (a
    "to" phrase naming what is barred, "closed its airspace to Ugandan aircraft", names its
    owner); modality is read from the verb, so "threatened to close" or "did not close" is
    not asserted.

    >>> from riftwatch.nlp.extract import extract_document
    >>> sorted({(c.event.event_type, c.event.modality) for c in extract_document(
    ...     {"id": "d", "text": "Kenya closed its border with Somalia.", "date": "2010-01-01"})})
    [('SANCTION', 'asserted')]
    """
    data = _place_data()
    for verb in coder.doc:
        etype = data["closing"].get(verb.lemma_.lower())
        if etype is None or verb.pos_ != "VERB":
            continue
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")
                 and c.lower_ in data["closable"]]  # fmt: skip
        if not nouns:
            continue
        sources, passive, how = coder.subject(verb)
        if passive:
            sources, how = coder.agent(verb), "agent of the passive"
        own = {a.key() for a in sources}
        parties: list[Any] = []
        for holder in (*nouns, verb):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in _CLOSED_TO:
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj":
                            continue
                        found = coder.actors(pobj) or [
                            o for c in pobj.children if c.dep_ in ("amod", "compound", "poss")
                            for o in coder.actors(c)]  # fmt: skip
                        parties += [a for a in found if a.key() not in own and a.type != "place"]
        if not sources or not parties:
            continue
        mode = "ease" if etype == "RETREAT" else None
        why = [f"'{verb.text} {nouns[0].text}' to another party: {etype}", f"source: {how}",
               "target: the party of its 'with'/'to' phrase"]  # fmt: skip
        coder._emit(sources, parties, etype, mode, verb, why)  # noqa: SLF001 - the coder's own
    _diplomatic_posts(coder, data)
    _protests_at_posts(coder, data)
    _suppressed_protests(coder, data)
    _returned_property(coder, data)


def _returned_property(coder: Any, data: dict[str, Any]) -> None:
    """'X returned two paintings to the government of Y', 'returned to Y eight artifacts':
    RETREAT (return, CAMEO 0842) from X to the party of the verb's "to" phrase (nominals.yaml
    ``returning_verbs``, ``returned_things``; peers21). Only things are returned this way:
    people sent back are deported and "returned fire" fights. Read on the verb ("refused to
    return the paintings", "may return" are not asserted).

    >>> from riftwatch.nlp.extract import extract_document
    >>> sorted({(c.event.event_type, c.event.target.name) for c in extract_document(
    ...     {"id": "d", "date": "2010-01-01",
    ...      "text": "Italy returned 20 stolen paintings to Egypt."})})
    [('RETREAT', 'Egypt')]
    """
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in data["returning"]:
            continue
        kids = list(verb.children)
        # the parser may hang an object told after the "to" phrase on its noun ("returned to
        # Y eight artifacts": 'artifacts' appos of Y)
        told = [c for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass")]
        told += [a for p in kids if p.dep_ == "prep" and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj"
                 for a in o.children if a.dep_ == "appos"]  # fmt: skip
        if not any(c.lemma_.lower() in data["returned"] or c.lower_ in data["returned"]
                   for c in told):  # fmt: skip
            continue
        sources, passive, how = coder.subject(verb)
        if passive:
            sources, how = coder.agent(verb), "agent of the passive"
        own = {a.key() for a in sources}
        parties = [a for p in kids if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                   for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)
                   if a.key() not in own and a.type != "place"]  # fmt: skip
        if not sources or not parties:
            continue
        why = [f"'{verb.text}' property to another party: RETREAT (return)", f"source: {how}",
               "target: the party of its 'to' phrase"]  # fmt: skip
        coder._emit(sources, parties, "RETREAT", "return", verb, why)  # noqa: SLF001


def _post_owners(coder: Any, post: Any, own: set[Any]) -> list[Any]:
    """The state a diplomatic post named by ``post`` belongs to ("the Israeli embassy", "the
    U.S. embassy", "Israel's embassy"), none of ``own`` and no place."""
    return [a for c in post.children
            if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < post.i
            for a in coder.actors(c)
            if a.key() not in own and a.type != "place"]  # fmt: skip


def _protests_at_posts(coder: Any, data: dict[str, Any]) -> None:
    """'Palestinians demonstrated outside the Israeli embassy', 'students marched on the U.S.
    embassy', 'staged a protest in front of the British consulate': a PROTEST (demo) from the
    protesters to the post's owner (nominals.yaml ``post_protest_verbs``, ``post_protest_nouns``,
    ``post_protest_preps``; peers21). A protest noun's protesters are the subject of its
    verb, whose modality the event takes ("planned to march on the embassy" is not asserted).

    >>> from riftwatch.nlp.extract import extract_document
    >>> sorted({(c.event.event_type, c.event.target.name) for c in extract_document(
    ...     {"id": "d", "date": "2010-01-01",
    ...      "text": "Hundreds of Kenyans protested outside the Ugandan embassy."})})
    [('PROTEST', 'Government of Uganda')]
    """
    for tok in coder.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in data["post_protest_verbs"]:
            verb = tok
        elif (
            tok.pos_ == "NOUN"
            and tok.lower_ in data["post_protest_nouns"]
            and (tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB")
        ):
            verb = tok.head  # "staged a protest outside ...": the light verb's subject
        else:
            continue
        posts = []
        for prep in (c for holder in {tok, verb} for c in holder.children if c.dep_ == "prep"):
            word = prep.lower_
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if word == "in":  # "in front of the embassy"
                objs = [p for o in objs if o.lower_ == "front" for q in o.children
                        if q.dep_ == "prep" and q.lower_ == "of"
                        for p in q.children if p.dep_ == "pobj"]  # fmt: skip
                word = "front"
            if word not in data["post_protest_preps"]:
                continue
            posts += [o for o in objs if o.lower_ in data["posts"]]
        if not posts:
            continue
        sources, passive, how = coder.subject(verb)
        if passive or not sources:
            continue
        own = {a.key() for a in sources}
        owners = [a for p in posts for a in _post_owners(coder, p, own)]
        if not owners:
            continue
        why = [f"'{tok.text}' at '{posts[0].text}' of another state: PROTEST", f"source: {how}",
               "target: the post's owner"]  # fmt: skip
        coder._emit(sources, owners, "PROTEST", "demo", verb, why)  # noqa: SLF001 - the coder's own


def _protest_doers(coder: Any, noun: Any) -> list[Any]:
    """Who holds the protest ``noun``: its possessor or a party word before it ("Y's
    rallies", "Ugandan protests"), the object of its by/of/from phrase, or the "by" agent of a
    participle on it ("the demonstration staged by Y")."""
    found: list[Any] = []
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < noun.i:
            # a country word before the noun names the protesters' people, not its state
            found += [a for a in coder.actors(child) if a.type != "country"]
        elif child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
            found += [a for p in child.children if p.dep_ == "pobj" for a in coder.actors(p)]
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            pobjs = [p for ag in child.children if ag.dep_ == "agent" for p in ag.children]
            found += [a for p in pobjs if p.dep_ == "pobj" for a in coder.actors(p)]
    return found


def _suppressing_verb(data: dict[str, Any], noun: Any) -> Any:
    """The verb of stopping whose direct object is ``noun`` (nominals.yaml
    ``suppressing_verbs``, "broke up" with its particle, "put an end to" through its "to"
    phrase); None otherwise."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        # "put an end to the protests": the "to" hangs on "end" or on the verb
        verb = head.head.head if head.head.lower_ == "end" else head.head
        ends = verb.pos_ == "VERB" and any(
            c.lower_ == "end" and c.dep_ in ("dobj", "obj") for c in verb.children
        )
        return verb if ends and f"{verb.lemma_.lower()} end" in data["suppressing"] else None
    if noun.dep_ not in ("dobj", "obj") or head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    keys = [f"{lemma} {c.lower_}" for c in head.children if c.dep_ == "prt"] + [lemma]
    return head if any(k in data["suppressing"] for k in keys) else None


def _suppressed_protests(coder: Any, data: dict[str, Any]) -> None:
    """'Police broke up a rally by Y', 'X prevented the demonstration staged by Y', 'X crushed
    Y's protests': a protest stopped by force is a COERCE (CAMEO 175, repression) from the
    verb's subject (or passive agent) to the protest's doer (nominals.yaml
    ``suppressing_verbs``, ``post_protest_nouns``; peers24). Read on the verb, so "did not
    prevent", "may break up", "threatened to crush" are not asserted. A REJECT the verb gave
    the doer ("broke up" read as a split) is withdrawn: the protest was stopped, nobody left.

    >>> from riftwatch.nlp.extract import extract_document
    >>> sorted({(c.event.source.name, c.event.event_type, c.event.target.name)
    ...         for c in extract_document({"id": "d", "date": "2010-01-01",
    ...         "text": "Kenyan police broke up a rally by Ugandan students."})})
    [('Kenya', 'COERCE', 'Ugandan students')]
    """
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.lower_ not in data["post_protest_nouns"]:
            continue
        verb = _suppressing_verb(data, noun)
        if verb is None:
            continue
        sources, passive, how = coder.subject(verb)
        if passive:
            sources, how = coder.agent(verb), "agent of the passive"
        own = {a.key() for a in sources}
        found = _protest_doers(coder, noun)
        if not found and not passive:
            # "blocked a march by Y": the parser may hang the noun's "by" phrase on the verb
            found = [a for p in verb.children if p.dep_ in ("prep", "agent")
                     and p.lower_ == "by" and p.i > noun.i
                     for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)]  # fmt: skip
        doers = [a for a in found if a.key() not in own and a.type != "place"]
        if not sources or not doers:
            continue
        keys = {a.key() for a in doers}
        coder.events = [e for e in coder.events
                        if not (e.trigger.i == verb.i and e.event_type == "REJECT"
                                and e.target.key() in keys)]  # fmt: skip
        done = _coded_pairs(coder, verb)  # "crushed the protests of Y" may be an ASSAULT
        doers = [a for a in doers if all((s, a.key()) not in done for s in own)]
        if not doers:
            continue
        why = [f"'{verb.text}' stops the protest '{noun.text}': COERCE", f"source: {how}",
               "target: the protest's doer"]  # fmt: skip
        coder._emit(sources, doers, "COERCE", None, verb, why)  # noqa: SLF001 - the coder's own


def _diplomatic_posts(coder: Any, data: dict[str, Any]) -> None:
    """'X closed its embassy in Y': SANCTION (withdraw) from X to Y; 'X reopened its embassy
    in Y': SUPPORT (nominals.yaml ``diplomatic_post_verbs``, ``diplomatic_post_nouns``;
    peers21). The other party is the post's owner named before the noun when that is not the
    subject ("Y closed the Libyan embassy in Lagos"), else the country of the noun's or the
    verb's "in" phrase (a city or region names no party). Read on the verb, so "threatened
    to close" or "did not close" is not asserted.

    >>> from riftwatch.nlp.extract import extract_document
    >>> sorted({(c.event.event_type, c.event.target.name, c.event.modality)
    ...         for c in extract_document({"id": "d", "date": "2010-01-01",
    ...                                    "text": "Libya closed its embassy in Nigeria."})})
    [('SANCTION', 'Nigeria', 'asserted')]
    """
    for verb in coder.doc:
        etype = data["post_verbs"].get(verb.lemma_.lower())
        if etype is None or verb.pos_ != "VERB":
            continue
        nouns = [c for c in verb.children
                 if c.dep_ in ("dobj", "obj", "nsubjpass")
                 and c.lower_ in data["posts"]]  # fmt: skip
        if not nouns:
            continue
        sources, passive, how = coder.subject(verb)
        if passive:
            sources, how = coder.agent(verb), "agent of the passive"
        own = {a.key() for a in sources}
        parties = [a for n in nouns for a in _post_owners(coder, n, own)]
        if not parties:
            for holder in (*nouns, verb):
                for prep in holder.children:
                    if prep.dep_ != "prep" or prep.lower_ != "in":
                        continue
                    parties += [a for o in prep.children if o.dep_ == "pobj"
                                for a in coder.actors(o)
                                if a.key() not in own and a.type != "place"]  # fmt: skip
        if not sources or not parties:
            continue
        mode = "withdraw" if etype == "SANCTION" else None
        why = [f"'{verb.text} {nouns[0].text}' of a state in another: {etype}", f"source: {how}",
               "target: the post's owner or the country it is in"]  # fmt: skip
        coder._emit(sources, parties, etype, mode, verb, why)  # noqa: SLF001 - the coder's own


def refusal_idioms(coder: Any) -> None:
    """'Kenya closed the door to talks with Somalia', 'shut the door on negotiations with
    Y', 'ruled out talks with Y': the subject refuses the event, REJECT of the event's other
    party (cues.yaml ``refusal_idioms``; the event itself is negated, see modality). The
    REJECT has the idiom verb's modality ("did not rule out talks": negated) (fix9)."""
    from riftwatch.nlp import written

    for noun in coder.doc:
        verb = written.idiom_refusing(noun, coder.lex)
        if verb is None:
            continue
        entry = coder._event_noun(noun) or {}  # noqa: SLF001 - the coder's own lookup
        if entry.get("type") not in COOPERATIVE:
            continue
        allowed = {*(entry.get("partner_preps") or ()), "with", "between"}
        partners = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in allowed
                    for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)]  # fmt: skip
        sources, passive, how = coder.subject(verb)
        if passive:
            sources, how = coder.agent(verb), "agent of the passive"
        own = {a.key() for a in sources}
        partners = [a for a in partners if a.key() not in own]
        if not sources or not partners:
            continue
        why = [f"'{verb.text} ... {noun.text}': the event is refused, REJECT",
               f"source: {how}", f"target: the other party of '{noun.text}'"]  # fmt: skip
        coder._emit(sources, partners, "REJECT", entry.get("mode") or "assist", verb, why)  # noqa: SLF001


def misread_gerunds(coder: Any) -> None:
    """'The ISI was accused of housing Taliban leaders', 'Taliban commanders housing Al
    Qaeda fighters met in Quetta': the tagger reads the participle as a noun modifying the
    party sheltered (events.yaml ``misread_gerunds``: word -> the verb whose entry codes it).
    The party is the participle's object, or the noun it modifies; the doer is the
    participle's own subject, else the object of the governing verb ("accused X of
    housing"), else its passive or active subject (fix9)."""
    lex = coder.lex
    for tok in coder.doc:
        lemma = lex.misread_gerunds.get(tok.lower_)
        if lemma is None or tok.pos_ != "NOUN" or any(c.dep_ in ("det", "poss")
                                                      for c in tok.children):  # fmt: skip
            continue
        entry = lex.verbs.get(lemma) or {}
        if entry.get("type") not in COOPERATIVE:
            continue
        objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        doers: list[Any] = [c for c in tok.children if c.dep_ == "nsubj"]
        if objects:
            targets = [a for o in objects for a in coder.actors(o)]
        elif tok.dep_ in ("compound", "amod"):
            targets = coder.actors(tok.head)
        else:
            continue
        if not doers:
            phrase = tok.head if not objects else tok
            while phrase.dep_ in ("compound", "amod") and phrase.head.i != phrase.i:
                phrase = phrase.head  # "denied housing Haqqani fighters": up the compound
            if not objects and not targets:
                targets = coder.actors(phrase)
            if phrase.dep_ in ("dobj", "obj", "attr"):
                verb = phrase.head
            elif phrase.dep_ == "pobj" and phrase.head.dep_ == "prep":
                verb = phrase.head.head
            else:
                continue
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            kids = list(verb.children)
            doers = ([c for c in kids if c.dep_ in ("dobj", "obj")] if phrase.dep_ == "pobj"
                     else []) or [c for c in kids if c.dep_ == "nsubjpass"] or [
                         c for c in kids if c.dep_ == "nsubj"]  # fmt: skip
        sources = [a for d in doers for a in coder.actors(d)]
        own = {a.key() for a in sources}
        targets = [a for a in targets if a.key() not in own]
        if sources and targets:
            why = [
                f"'{tok.text}' read as the participle of '{lemma}' -> {entry['type']}",
                "source: the doer of the participle",
                "target: the party it shelters",
            ]
            coder._emit(sources, targets, entry["type"], entry.get("mode"), tok, why)  # noqa: SLF001
            head = tok.head
            while head.dep_ in ("compound", "amod") and head.head.i != head.i:
                head = head.head
            if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in lex.modality.get(
                "denied", ()
            ):  # "X denied housing Y's fighters": the act is denied, Y is not refused
                denier = head.head.i
                coder.events = [
                    e
                    for e in coder.events
                    if not (e.trigger.i == denier and e.event_type == "REJECT")
                ]


# -- fix10: blame for an act, emergence after a dispute ------------------------------------


def _victim_groups(coder: Any, noun: Any, own: list[Any]) -> list[Any]:
    """The groups a hostile act noun is done to: its of/on/against phrase naming a group, or
    the group whose member it names ("of Y's leader"; "of its commander" with ``own`` as
    'its')."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "on", "against"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in pobj.children):
                return own  # "blamed X for the killing of its commander": the blamer's
            acts = [a for a in coder.actors(pobj) if a.type not in NOT_GROUPS]
            if acts:
                return acts
            for child in pobj.children:
                if child.dep_ in ("poss", "compound", "nmod"):
                    acts = [a for a in coder.actors(child) if a.type not in NOT_GROUPS]
                    if acts:
                        return acts
    return []


def blamed_for_acts(coder: Any) -> None:
    """'Y blamed X for the killing of its commander', 'X was blamed for the assassination of
    Y's leader' (fix10): the hostile act noun in the for/of phrase of a verb of blame
    (events.yaml blaming_verbs, blaming_preps) is X's act on the group it names (coded with
    the noun's entry; what one is blamed for is alleged, so modality reads it uncertain).
    A passive with no 'by' agent names no accuser, and none is supplied (neg39: the victim
    group had been taken as the one who blames; LABELLING codes an accusation between the
    accuser the text names and the accused, and "X was blamed for the attack on Y" alleges
    the attack, no act of Y).
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.blaming_verbs:
            continue
        subjects, passive, _how = coder.subject(verb)
        if passive:
            accused = [a for a in subjects if a.type not in NOT_GROUPS]
            accusers = coder.agent(verb)
        else:
            accused = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                       for a in coder.actors(c) if a.type not in NOT_GROUPS]  # fmt: skip
            accusers = subjects
        if not accused:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in lex.blaming_preps:
                continue
            for noun in prep.children:
                entry = coder._event_noun(noun) or {}  # noqa: SLF001
                if noun.pos_ != "NOUN" or entry.get("type") not in lex.undone_hostile_types:
                    continue
                keys = {a.key() for a in accused}
                victims = [a for a in _victim_groups(coder, noun, accusers)
                           if a.key() not in keys]  # fmt: skip
                if not victims:
                    continue
                why = [f"'{verb.text} ... {prep.text} the {noun.text}' of a group: the act "
                       "laid at the blamed group's door"]  # fmt: skip
                coder._emit(accused, victims, entry["type"], entry.get("mode"), noun, why)  # noqa: SLF001


def emerged_after_dispute(coder: Any) -> None:
    """'X emerged from Y after a dispute over leadership', 'X arose out of Y following
    disagreements' (fix10): a group that came out of another (events.yaml emergence_verbs,
    with a from / out-of phrase naming a group) after a dispute (a background preposition,
    cues.yaml background_preps or 'amid', before a word of events.yaml dispute_words) split
    from it: REJECT (mode split) from X to Y, the verb the trigger.
    """
    lex = coder.lex
    for verb in coder.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in lex.emergence_verbs | lex.formation_verbs:
            continue
        preps = _preps_with_out(verb)
        # "emerged / was formed as an offshoot of Y": the origin noun's "of" / "from" phrase
        origins = [g for p in preps if p.lower_ == "as" for g in p.children
                   if g.dep_ == "pobj" and g.lemma_.lower() in lex.origin_nouns]  # fmt: skip
        froms = (
            [p for p in preps if p.lower_ in ("from", "of")] if lemma in lex.emergence_verbs else []
        )
        froms += [p for o in origins for p in o.children
                  if p.dep_ == "prep" and p.lower_ in ("from", "of")]  # fmt: skip
        left = [a for p in froms
                for g in p.children if g.dep_ == "pobj"
                for a in coder.actors(g) if a.type not in NOT_GROUPS]  # fmt: skip
        disputed = any(
            p.lower_ in lex.background_preps or p.lower_ in ("amid", "amidst")
            for p in preps
            for g in p.children
            if g.dep_ == "pobj" and g.lemma_.lower() in lex.dispute_words
        )
        if not left or not disputed:
            continue
        keys = {a.key() for a in left}
        founded = [a for a in _coordinated_subject(coder, verb) if a.key() not in keys]
        if founded:
            why = [f"'{verb.text} from' a group after a dispute -> REJECT (split)"]
            coder._emit(founded, left, "REJECT", "split", verb, why)  # noqa: SLF001


def _preps_with_out(verb: Any) -> list[Any]:
    """The prepositions of ``verb``, and those of its particle "out" ("grew out of Y",
    "arose out of Y"), where an emergence verb names what it came out of."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for c in verb.children
              if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")
              for g in c.children if g.dep_ == "prep"]  # fmt: skip
    return preps


def _broke_with_origin(coder: Any, leaving: Any, left_keys: set[str]) -> bool:
    """Is ``leaving`` (a leaving verb) a break with the origin group: not negated, and what
    it leaves, if named, is no place ("left Japan for Lebanon") and no third group."""
    if any(c.dep_ == "neg" for c in leaving.children):
        return False
    objs = [c for c in leaving.children if c.dep_ in ("dobj", "obj")]
    objs += [g for c in [*leaving.children, *_away_preps(leaving)]
             if c.dep_ == "prep" and c.lower_ in ("from", "with", "against")
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    for obj in objs:
        if obj.ent_type_ in _PLACE_ENTS:
            continue
        acts = [a for a in coder.actors(obj) if a.type not in NOT_GROUPS]
        if not acts or any(a.key() in left_keys for a in acts):
            return True
    return not objs


def emerged_then_broke(coder: Any) -> None:
    """'X grew out of members of Y who broke with its leadership', 'X emerged from the core of
    Y, whose commanders broke from the rest of the organisation', 'X began as a faction of Y
    led by P, which left the front' (mmp26): a group that came out of another (events.yaml
    ``emergence_verbs`` with a from / out-of phrase, or an ``as_role_verbs`` verb with 'as
    <origin noun> of Y') whose origin phrase tells a break with Y (a leaving verb, one of
    the split verbs of events.yaml, in a clause inside that phrase or on the verb itself)
    split from Y: REJECT (mode split) from X to Y, the emergence verb the trigger, so its
    modality decides. A leaving that is negated ("who never left Y"), or whose object is a
    place ("left Japan") or a third group, tells no break; the emergence read as a tie
    (COOPERATE) yields to the split (:func:`split_origins`)."""
    lex = coder.lex
    for verb in coder.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in lex.emergence_verbs | lex.as_role_verbs:
            continue
        preps = _preps_with_out(verb)
        phrases = (
            [p for p in preps if p.lower_ in ("from", "of")] if lemma in lex.emergence_verbs else []
        )
        phrases += [g for p in preps if p.lower_ == "as" for g in p.children
                    if g.dep_ == "pobj" and g.lemma_.lower() in lex.origin_nouns]  # fmt: skip
        left = []
        for phrase in phrases:
            for tok in phrase.subtree:
                if tok.dep_ == "pobj" or tok is phrase:
                    left += [a for a in coder.actors(tok)
                             if a.type not in NOT_GROUPS and a not in left]  # fmt: skip
        if not left:
            continue
        keys = {a.key() for a in left}
        leavings = [t for p in phrases for t in p.subtree
                    if t.dep_ in ("relcl", "conj", "acl") and leaving_verb(lex, t)]  # fmt: skip
        # "emerged from the core of Y, whose commanders broke from ...", "emerged from Y,
        # breaking with its leadership": the parser may hang the relative clause's verb, or a
        # participle, on the emergence verb itself (a clause with no mark and no subject of
        # its own, or with a relative word: not "before they broke with it")
        leavings += [
            c for c in verb.children
            if c.dep_ == "advcl" and leaving_verb(lex, c)
            and not any(m.dep_ == "mark" for m in c.children)
            and (not any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
                 or any(t.lower_ in ("whose", "who", "which") for t in c.subtree))
        ]  # fmt: skip
        # "grew out of Y cells that rejected Y's leader", "emerged from dissident Y factions":
        # people of Y who turned against it (events.yaml dissent_verbs, dissent_adjectives;
        # gaps53); plain "grew out of Y" stays lineage
        dissent = _origin_dissent(coder, phrases, keys) if left[0].type != "collective" else None
        if dissent is None and not any(_broke_with_origin(coder, t, keys) for t in leavings):
            continue
        founded = [a for a in _coordinated_subject(coder, verb) if a.key() not in keys]
        if founded:
            why = [f"'{verb.text}' out of a group whose people broke with it -> REJECT (split)"]
            if dissent is not None:
                why.append(f"dissent in the origin: '{dissent.text}'")
            coder._emit(founded, left[:1], "REJECT", "split", verb, why)  # noqa: SLF001


def _origin_dissent(coder: Any, phrases: list[Any], keys: set[str]) -> Any:
    """The word of an origin phrase ("out of Y cells that rejected Y's leader", "from
    dissident Y factions") that tells its people turned against the group they came from, or
    None: an adjective of events.yaml ``dissent_adjectives`` on a noun of the phrase, or a
    relative clause or participle in it whose verb is one of ``dissent_verbs``, not negated,
    whose object, if it names a party, names the origin group or one of its people ("rejected
    Y's leader", "opposed its leadership"; not "cells that rejected Z")."""
    lex = coder.lex
    for phrase in phrases:
        for tok in phrase.subtree:
            if tok.dep_ in ("amod", "compound") and tok.lower_.strip("-") in lex.dissent_adjectives:
                return tok
            if (
                tok.dep_ not in ("relcl", "acl")
                or tok.pos_ != "VERB"
                or tok.lemma_.lower() not in lex.dissent_verbs
                or any(c.dep_ == "neg" for c in tok.children)
            ):
                continue
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            named = [a for o in objs for a in coder.actors(o) if a.type not in NOT_GROUPS]
            if not named or any(a.key() in keys for a in named):
                return tok
    return None


def split_origins(coder: Any) -> None:
    """An origin noun ("offshoot", "faction": events.yaml origin_nouns) or an emergence verb
    ("grew out of Y": emergence_verbs; mmp26) read as a tie of the two groups yields to a
    split the same sentence codes between them: "X emerged as an offshoot of Y after a
    dispute" is no branch in good standing (run last)."""
    splits = {frozenset((e.source.key(), e.target.key())) for e in coder.events
              if e.event_type == "REJECT" and e.mode == "split"}  # fmt: skip
    if not splits:
        return
    coder.events[:] = [
        e for e in coder.events
        if not (e.event_type == "COOPERATE"
                and e.trigger.lemma_.lower()
                in coder.lex.origin_nouns | coder.lex.emergence_verbs
                and frozenset((e.source.key(), e.target.key())) in splits)
    ]  # fmt: skip


# -- purposes of protest, force build-ups (issue 9, world news; peers10) --------------------------
def _to_infinitive(tok: Any) -> bool:
    """Is ``tok`` a verb with its infinitive marker ("to protest")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _purpose_clauses(verb: Any) -> list[Any]:
    """The infinitive clauses of purpose on ``verb``: an adverbial clause ("X blocked roads
    to protest"), or a complement or noun clause when the verb has a thing as object ("X
    started a hunger strike to protest"), never the complement of a verb with no object
    ("X plans to protest", "X refused to protest": no act done)."""
    out = [c for c in verb.children if c.dep_ == "advcl" and _to_infinitive(c)]
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"]
    if objs:
        out += [c for c in verb.children if c.dep_ == "xcomp" and _to_infinitive(c)]
        out += [c for o in objs for c in o.children
                if c.dep_ in ("acl", "relcl") and _to_infinitive(c)]  # fmt: skip
    return out


def protest_purposes(coder: Any) -> None:
    """An act done for a protest is a protest: "X shunned work to protest at Y's policy", "X
    blocked a road to show its disapproval of Y's policies", "X started a hunger strike to
    protest Y's decision": PROTEST from the act's doer to the first party named in the
    purpose (cues.yaml ``protest_purpose_verbs``; ``display_verbs`` with one of
    ``disapproval_nouns`` as object). Only an infinitive of purpose on an act done (not the
    complement of "plans to", "refused to"); read on the act's verb, so "did not block the
    road", "may stop work" are not asserted; the doer's own name in the purpose is no
    target, and neither is a party the doer asks to protest ("urged Y to protest").

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kurds blocked a road to show their anger at Iraq's policies.")
    >>> kurds = Actor(id="open:kurds", name="Kurds", mention="Kurds", type="collective")
    >>> iraq = Actor(id="country:iraq", name="Iraq", mention="Iraq", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kurds, 9: iraq})
    >>> protest_purposes(coder)
    >>> [(e.source.name, e.event_type, e.target.name) for e in coder.events]
    [('Kurds', 'PROTEST', 'Iraq')]
    """
    lex = coder.lex
    if not lex.protest_purpose_verbs and not lex.display_verbs:
        return
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in lex.speech:
            continue
        if any(c.dep_ in ("dobj", "obj", "dative") and c.i in coder.actor_of
               for c in verb.children):  # fmt: skip
            continue  # "urged Y to protest": Y's protest, asked for
        for clause in _purpose_clauses(verb):
            word = clause.lemma_.lower()
            if word in lex.protest_purpose_verbs:
                aims = [c for c in clause.children if c.dep_ in ("dobj", "obj")
                        or (c.dep_ == "prep" and c.lower_ in _AIM_PREPS)]  # fmt: skip
                said = f"'to {clause.text}'"
            elif word in lex.display_verbs:
                feelings = [c for c in clause.children if c.dep_ in ("dobj", "obj")
                            and c.lemma_.lower() in lex.disapproval_nouns]  # fmt: skip
                aims = [p for f in feelings for p in f.children if p.dep_ == "prep"]
                aims += [p for p in clause.children if feelings and p.dep_ == "prep"
                         and p.lower_ in _AIM_PREPS | {"for", "with"}]  # fmt: skip
                said = f"'to {clause.text} {feelings[0].text}'" if feelings else ""
            else:
                continue
            if not aims:
                continue
            sources, passive, how = coder.subject(verb)
            if not sources or passive:
                continue
            own = {a.key() for a in sources}
            target = next((a for aim in aims for t in aim.subtree
                           if (a := coder.actor_of.get(t.i)) is not None
                           and a.key() not in own), None)  # fmt: skip
            if target is None:
                continue
            why = [f"'{verb.text}' done {said}: a protest -> PROTEST", f"source: {how}",
                   "target: named in the purpose of the act"]  # fmt: skip
            coder._emit(sources, [target], "PROTEST", None, verb, why)  # noqa: SLF001
            break


_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def force_buildups(coder: Any) -> None:
    """A party building up its own forces in or near another country mobilises against it:
    "X strengthened its forces in Y", "X reinforced its troops along the border with Y",
    "X built up its military presence near Y" (CAMEO 15, PLOVER MOBILIZE; cues.yaml
    ``buildup_verbs``, ``force_nouns``, ``buildup_preps``). The forces must be the doer's
    own (a possessive of the doer or none: "reinforced Y's army" is aid to Y, as the verb's
    entry codes it); the other party is the first country or place named in the locative
    phrase other than the doer. Such a build-up replaces the verb's own coding of the same
    words ("reinforced its troops in Y" is no aid to Y). Modality is read from the verb:
    "did not strengthen", "may reinforce" are not asserted.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya strengthened its forces in Somalia.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> somalia = Actor(id="country:somalia", name="Somalia", mention="Somalia", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kenya, 5: somalia})
    >>> force_buildups(coder)
    >>> [(e.source.name, e.event_type, e.target.name) for e in coder.events]
    [('Kenya', 'MOBILIZE', 'Somalia')]
    """
    lex = coder.lex
    for verb in coder.doc:
        word = verb.lemma_.lower()
        placing = word in lex.border_deploying_verbs and word not in lex.buildup_verbs
        if verb.pos_ != "VERB" or not (word in lex.buildup_verbs or placing):
            continue
        particle = lex.buildup_particles.get(word)
        if particle and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == particle
                                for c in verb.children):  # fmt: skip
            continue
        forces = [c for c in verb.children if c.dep_ in ("dobj", "obj")
                  and c.lemma_.lower() in lex.force_nouns]  # fmt: skip
        if not forces:
            continue
        sources, passive, how = coder.subject(verb)
        if not sources or passive:
            continue
        own = {a.key() for a in sources}
        force = forces[0]
        owners = [a for c in force.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                  for a in coder.actors(c)]  # fmt: skip
        if any(a.key() not in own for a in owners):
            continue  # "reinforced Y's army": not the doer's own forces
        preps = lex.buildup_preps | {"to"} if placing else lex.buildup_preps
        places = [p for h in (force, verb) for p in h.children
                  if p.dep_ == "prep" and p.lower_ in preps]  # fmt: skip
        at_border = any(o.lemma_.lower() in _BORDER_NOUNS for p in places for o in p.children)
        if placing and not at_border:
            continue  # "deployed troops in Y": sent there, no build-up against Y (peers57)
        if at_border:
            # "along the border with Y", the parse hanging "with Y" on the verb
            places += [p for h in (force, verb) for p in h.children
                       if p.dep_ == "prep" and p.lower_ == "with"]  # fmt: skip
        target = next((a for p in places for t in p.subtree
                       if (a := coder.actor_of.get(t.i)) is not None
                       and a.key() not in own
                       and a.type in ("country", "place", "government")), None)  # fmt: skip
        if target is None:
            continue
        coder.events = [e for e in coder.events if e.trigger.i != verb.i]
        why = [f"'{verb.text}' own '{force.text}' in or near a country: a build-up -> MOBILIZE",
               f"source: {how}", f"target: named in '{places[0].text} ...'"]  # fmt: skip
        coder._emit(sources, [target], "MOBILIZE", "troops", verb, why)  # noqa: SLF001


def coordinated_sides(coder: Any, noun: Any) -> list[Any]:
    """The parties of "the X and Y sides" (cues.yaml ``side_nouns``): coordinated country or
    group words before one side noun are each a party, as coordinated names before a member
    noun are ("the Israeli and Palestinian sides agreed to resume talks": Israel and
    Palestine). A single name before the noun ("the Kenyan side") is left to the other rules.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("The Kenyan and Ugandan sides agreed to share information.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenyan", type="country")
    >>> uganda = Actor(id="country:uganda", name="Uganda", mention="Ugandan", type="country")
    >>> coder = SentenceCoder(load(), doc, {1: kenya, 3: uganda})
    >>> [a.name for a in coordinated_sides(coder, doc[4])]
    ['Kenya', 'Uganda']
    """
    out: list[Any] = []
    for child in noun.lefts:
        if child.dep_ not in ("amod", "compound", "nmod") or not child.conjuncts:
            continue
        for part in (child, *child.conjuncts):
            named = coder.actor_of.get(part.i)
            if named is not None and not named.weak and all(named.key() != a.key() for a in out):
                out.append(named)
    return out if len(out) > 1 else []


# -- relationship descriptions, round 11 (branch mmp11) -------------------------------------
def fought_for(coder: Any) -> None:
    """'X fought for Y', 'X's fighters fought for the government of Y': X fought on Y's side
    (COOPERATE from X to Y, as "fought on behalf of Y"). The verb is one of events.yaml
    ``fighting_for_verbs``; its "for" phrase must name a party itself (the phrase's head is
    an actor, or a head noun the text resolves to one: "the government of Y"), not an aim
    ("fought for independence", "fought for control of Y's towns", "fought for Y's
    release"). The verb is the trigger, so its modality decides ("did not fight for Y": not
    asserted)."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.fighting_for_verbs:
            continue
        sources, passive, how = coder.subject(verb)
        if passive or not sources:
            continue
        if any(_reciprocal_pronoun(o) for o in verb.children if o.dep_ in ("dobj", "obj")):
            # "X and Y fought each other for P": they fought one another over P, and the
            # "for" phrase is the prize, not a party fought for (mmp41)
            continue
        keys = {a.key() for a in sources}
        sides = [a for a in _side_of(coder, verb) if a.key() not in keys]
        if sides:  # "fought on the same side as Y", "fought on Y's side"
            why = [f"'{verb.text} on the side of' a party -> COOPERATE", f"fighters: {how}"]
            coder._emit(sources, sides, "COOPERATE", None, verb, why)  # noqa: SLF001
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or not _party_phrase(coder, pobj):
                    continue
                sides = [a for a in coder.actors(pobj)
                         if a.type != "place" and a.key() not in keys]  # fmt: skip
                if sides:
                    why = [f"'{verb.text} for' a party -> COOPERATE", f"fighters: {how}",
                           "the party fought for"]  # fmt: skip
                    coder._emit(sources, sides, "COOPERATE", None, verb, why)  # noqa: SLF001


def _side_of(coder: Any, verb: Any) -> list[Any]:
    """The party of an "on the same side as Y" or "on Y's side" phrase of ``verb``."""
    out: list[Any] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for side in prep.children:
            if side.dep_ != "pobj" or side.lower_ not in coder.lex.ally_side_nouns:
                continue
            out += [a for c in side.children if c.dep_ == "poss" for a in coder.actors(c)]
            if any(c.lower_ == "same" for c in side.children):
                out += [a for p in (*side.children, *prep.children, *verb.children)
                        if p.dep_ == "prep" and p.lower_ == "as" and p.i > side.i
                        for o in p.children if o.dep_ == "pobj"
                        for a in coder.actors(o)]  # fmt: skip
    return [a for a in out if a.type != "place"]


def _party_phrase(coder: Any, pobj: Any) -> bool:
    """The "for" phrase names a party: its head is an actor mention, or a noun of a party's
    body (events.yaml ``fought_for_heads``: "the government of Y", "Y's forces")."""
    return _names_party(coder, pobj) or pobj.lemma_.lower() in coder.lex.fought_for_heads


def _names_party(coder: Any, tok: Any) -> bool:
    """``tok`` is an actor mention itself, or the last word of a name whose earlier word
    carries the actor ("the Amal Movement": the resolver may mark "Amal" alone). pairs21."""
    if tok.i in coder.actor_of:
        return True
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i in coder.actor_of for c in tok.children
    )


def _members_of_party(coder: Any, tok: Any) -> bool:
    """``tok`` is a noun of a group's people (events.yaml ``founder_nouns``: fighters,
    commanders, members...) owned by a party ("its fighters", "Y's commanders"). pairs21."""
    return tok.lower_ in coder.lex.founder_nouns and any(
        c.dep_ == "poss" and c.i in coder.actor_of for c in tok.children
    )


def hosted_with(coder: Any) -> None:
    """'X sheltered with Y', 'X hid among Y': Y gave X sanctuary (AID, mode sanctuary, from Y
    to X); 'X trained with Y', 'X trained with Y's fighters': X and Y trained together
    (COOPERATE, mode training, from X to Y). The verb (events.yaml ``hosted_with_verbs``,
    with its mode) has no object and its with/among phrase (``host_preps``) names a party
    itself: "trained with rifles", "stayed with the plan" name none. The verb is the
    trigger, so its modality decides ("never sheltered with Y": not asserted). pairs21.
    """
    lex = coder.lex
    for verb in coder.doc:
        mode = lex.hosted_with_verbs.get(verb.lemma_.lower())
        if mode is None or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
            continue
        sources, passive, how = coder.subject(verb)
        if passive and how.startswith("antecedent") and not coder.agent(verb):
            # "X's network, ..., sheltered with Y": a participle of a verb with no object,
            # read as a reduced relative, tells of the noun it modifies, which stayed with Y
            passive = False
        if passive or not sources:
            continue
        keys = {a.key() for a in sources}
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in lex.host_preps:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or not (
                    _names_party(coder, pobj) or _members_of_party(coder, pobj)
                ):
                    continue
                hosts = [a for a in coder.actors(pobj)
                         if a.type != "place" and a.key() not in keys]  # fmt: skip
                if not hosts:
                    continue
                if mode == "sanctuary":
                    why = [f"'{verb.text} {prep.lower_}' a party -> AID (sanctuary) from it",
                           f"sheltered: {how}"]  # fmt: skip
                    coder._emit(hosts, sources, "AID", "sanctuary", verb, why)  # noqa: SLF001
                else:
                    why = [f"'{verb.text} {prep.lower_}' a party -> COOPERATE ({mode})",
                           f"partners: {how}"]  # fmt: skip
                    coder._emit(sources, hosts, "COOPERATE", mode, verb, why)  # noqa: SLF001


def stripped_of_rank(coder: Any) -> None:
    """'X stripped P of his rank', 'P was stripped of his command by X': P held a rank, command
    or post under X, and the dismissal ends that tie: a split (REJECT, mode split, from X to
    P's group; rift.yaml ``presupposes_tie``). The verb is one of events.yaml
    ``stripping_verbs`` and its "of" phrase a ``rank_nouns`` word ("stripped Y of its
    weapons" disarms Y and is no split). The verb is the trigger, so its modality decides
    ("did not strip P of his rank": not asserted). pairs21."""
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.stripping_verbs:
            continue
        ranks = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children
                 if o.dep_ == "pobj" and o.lower_ in lex.rank_nouns]  # fmt: skip
        if not ranks:
            continue
        subjects, passive, how = coder.subject(verb)
        if passive:
            dismissed, dismissers = subjects, coder.agent(verb)
        else:
            dismissed = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                         for a in coder.actors(c)]  # fmt: skip
            dismissers = subjects
        dismissed = [a for a in dismissed if a.type not in ("country", "place")]
        keys = {a.key() for a in dismissers}
        dismissed = [a for a in dismissed if a.key() not in keys]
        if not dismissed or not dismissers:
            continue
        why = [f"'{verb.text} ... of {ranks[0].text}': dismissed from a post, a split",
               f"dismissed: {how}"]  # fmt: skip
        coder._emit(dismissers, dismissed, "REJECT", "split", verb, why)  # noqa: SLF001


def message_carrier(lex: Any, noun: Any) -> Any:
    """The message noun whose "of" phrase is ``noun`` ("a statement of solidarity", "a
    message of support": events.yaml ``carrier_nouns``), else ``noun`` itself: the message
    carries the nominal event, so the partner may hang on it or on its verb ("X issued a
    statement of solidarity with Y" is "X expressed solidarity with Y").

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("They issued a statement of solidarity with the rebels.")
    >>> message_carrier(load(), doc[5]).text
    'statement'
    >>> doc = nlp()("They received components for drones from Iran.")
    >>> message_carrier(load(), doc[4]).text
    'components'
    """
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:  # "parts for drones and missiles"
        first = first.head
    if first is not noun and first.dep_ == "pobj" and first.head.lower_ == "for":
        noun = first
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.dep_ == "prep"
        and prep.head.lower_ in lex.carrier_nouns
        and prep.head.i < noun.i
    ):
        return prep.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.dep_ == "prep"
        and prep.head.lemma_.lower() in lex.state_nouns
        and (noun.lower_ in lex.opened_states or noun.lemma_.lower() in lex.opened_states)
    ):
        return prep.head  # "entered a state of war with Y": the state carries the war (walk61)
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.dep_ == "prep"
        and prep.head.lower_ in lex.goods_part_nouns
        and prep.head.i < noun.i
    ):  # "components for drones", "spare parts for rockets": the parts carry the materiel
        return prep.head
    return noun


def members_among_them(coder: Any) -> None:
    """'X was formed as a coalition of four factions, among them Y (and Z)': Y is a member of
    X (COOPERATE from the member to the coalition, as "Y was a faction of X"; mmp11). The
    plural before "among them" must be a part noun (events.yaml ``membership_nouns``,
    ``member_unit_nouns``) in the "of" phrase of a coalition noun (``coalition_nouns``) held
    by X (copula subject, "as" phrase of a founding or role verb, apposition); the coalition
    noun is the trigger, so its clause's modality decides."""
    lex = coder.lex
    parts = lex.membership_nouns | lex.member_unit_nouns
    for among in coder.doc:
        if among.lower_ != "among" or not any(c.lower_ == "them" for c in among.children):
            continue
        named = among.head
        members = [a for t in (named, *named.conjuncts) for a in coder.actors(t)
                   if a.type not in NOT_GROUPS]  # fmt: skip
        plural = next((t for t in reversed(coder.doc[: among.i]) if t.tag_ == "NNS"), None)
        if not members or plural is None or plural.lemma_.lower() not in parts:
            continue
        coalition = (
            plural.head.head if plural.dep_ == "pobj" and plural.head.lower_ == "of" else None
        )
        if coalition is None or coalition.lower_ not in lex.coalition_nouns:
            continue
        wholes = [h for h in _holders(coder, coalition) if h.type not in NOT_GROUPS]
        keys = {w.key() for w in wholes}
        members = [m for m in members if m.key() not in keys]
        if wholes and members:
            why = [f"'{coalition.text} of {plural.text}, among them' a group -> COOPERATE",
                   "the group named is a member of the coalition"]  # fmt: skip
            coder._emit(members, wholes, "COOPERATE", None, coalition, why)  # noqa: SLF001


def leader_kin(coder: Any, tok: Any) -> Any:
    """The group a leader's kin stand for: "Jalaluddin Haqqani's sons ambushed Y", "bin
    Laden's son Hamza praised Y" (cues.yaml ``leader_kin_nouns``: plural, or singular with a
    name in apposition) are the possessor's group when the knowledge base records him leading
    it (leader_of, begun by the text's date), as "P's men" are. The kin phrase must be a party
    of a verb (subject, object, object of a preposition or a conjunct of one): "his son's
    wedding" names nobody. The kin of a person who led no group stay no members (kin_nouns,
    heads11; written33).

    >>> from types import SimpleNamespace as N
    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Jalaluddin Haqqani's sons attacked the post.")
    >>> leader = N(type="person", id="person:jalaluddin-haqqani", org_id="org:haqqani-network")
    >>> coder = N(lex=load(), actor_of={1: leader}, date="2009-01-01")
    >>> leader_kin(coder, doc[3]).id
    'person:jalaluddin-haqqani'
    >>> doc = nlp()("Jalaluddin Haqqani's son attacked the post.")
    >>> leader_kin(coder, doc[3]) is None
    True
    """
    kin = next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1
                and c.lower_ in coder.lex.leader_kin_nouns), None)  # fmt: skip
    if kin is not None and tok.pos_ in ("NOUN", "PROPN") and tok.i not in coder.actor_of:
        # "Omar's son Yaqoob met Y": the parser may make the kin noun the name's compound
        owner = next((c for c in kin.children if c.dep_ == "poss"), None)
        tok, named = kin, owner is not None
    else:
        named = any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i
                    for c in tok.children)  # fmt: skip
        if tok.lower_ not in coder.lex.leader_kin_nouns or tok.pos_ != "NOUN":
            return None
    if tok.tag_ != "NNS" and not named:
        return None
    node = tok if kin is None else tok.head
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj", "pobj", "dative", "agent"):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    leader = coder.actor_of.get(owner.i) if owner is not None else None
    if leader is None or leader.type != "person" or not leader.org_id:
        return None
    from riftwatch.actors.resolve import _day_of
    from riftwatch.nlp.extract import _resolver

    entity = _resolver().kb.entities.get(leader.id)
    day = _day_of(coder.date) if getattr(coder, "date", None) else None
    for rel in entity.relations if entity is not None else ():
        if (
            rel.type == "leader_of"
            and rel.target == leader.org_id
            and (day is None or rel.start_day is None or rel.start_day <= day)
        ):
            return leader
    return None


def followers_under(coder: Any, tok: Any) -> Any:
    """'fighters under P', 'men under the command of X': a follower noun (cues.yaml
    ``follower_nouns``) whose "under" phrase names a group, or a person the text ties to one,
    or a noun of leading (events.yaml ``leading_nouns``) of one, stands for that group (mmp11;
    as "P's fighters"). None otherwise ("fighters under fire from X").
    """
    if tok.lower_ not in coder.lex.follower_nouns:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "under":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.i in coder.actor_of:
                heads = [pobj]
            elif pobj.lemma_.lower() in coder.lex.leading_nouns:  # "under the command of X"
                heads = [p for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"]  # fmt: skip
                heads += [c for c in pobj.children if c.dep_ == "poss"]
            else:
                continue  # "fighters under fire from X": not led by X
            for head in heads:
                for actor in coder.actors(head):
                    if actor.type not in ("country", "place") and (
                        actor.type != "person" or actor.org_id
                    ):
                        return actor
    return None


# -- accepted proposals and located passives (issue 9, world news; peers11) -------------------
def _accepting_verb(lex: Any, noun: Any) -> Any:
    """The verb that takes up the proposal ``noun``: its head when the noun is the object of
    an acceptance verb ("accepted Y's offer"), or the verb of its "to" phrase ("agreed to Y's
    mediation"); None otherwise."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB":
        verb = head.head
    else:
        return None
    return verb if verb.lemma_.lower() in lex.acceptance_verbs else None


def _proposal_noun(lex: Any, word: Any) -> Any:
    """``word`` when it is a proposal or pledge noun (cues.yaml ``accepted_proposal_nouns``);
    for an "it" taken up by an acceptance verb, the nearest such noun before it in the
    sentence ("gave its pledge to Y, who accepted it weeks later": the pledge; written21);
    None otherwise."""
    if word.pos_ == "NOUN" and word.lower_ in lex.accepted_proposal_nouns:
        return word
    if word.lower_ != "it" or word.dep_ not in ("dobj", "obj"):
        return None
    if word.head.lemma_.lower() not in lex.acceptance_verbs:
        return None
    for tok in reversed(list(word.sent)[: word.i - word.sent.start]):
        if tok.pos_ == "NOUN" and tok.lower_ in lex.accepted_proposal_nouns:
            head = tok.head
            if (
                tok.dep_ == "pobj"
                and head.lower_ == "of"
                and head.head.lower_ in lex.accepted_proposal_nouns
            ):  # "a pledge of allegiance": the pledge
                return head.head
            return tok
    return None


def accepted_proposals(coder: Any) -> None:
    """'X accepted Y's offer', 'X agreed to Ugandan mediation', 'X embraced a French plan': a
    proposal another party made, taken up, is an AGREE from X to its author (CAMEO 03/08;
    cues.yaml ``acceptance_verbs``, ``accepted_proposal_nouns``), the twin of
    :func:`dismissed_proposals`. The author is the noun's possessor, country adjective or
    from/by/of phrase; a proposal with no author, or X's own, adds nothing. The trigger is the
    verb, so "did not accept", "may agree to", "refused to accept" are not asserted.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya accepted Uganda's offer.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> uganda = Actor(id="country:uganda", name="Uganda", mention="Uganda", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kenya, 2: uganda})
    >>> accepted_proposals(coder)
    >>> [(e.source.name, e.event_type, e.target.name) for e in coder.events]
    [('Kenya', 'AGREE', 'Uganda')]
    """
    lex = coder.lex
    for word in coder.doc:
        noun = _proposal_noun(lex, word)
        if noun is None:
            continue
        verb = _accepting_verb(lex, word)
        if verb is None:
            continue
        acceptors, passive, how = coder.subject(verb)
        if not acceptors or passive:
            continue
        own = {a.key() for a in acceptors}
        authors = [a for a in _proposal_authors(coder, noun)
                   if a.key() not in own and a.type != "place"]  # fmt: skip
        if not authors:
            # "accepted an offer from Y", "agreed to mediation by Y": the parser may hang
            # the from/by phrase on the verb
            authors = [a for p in verb.children if p.dep_ in ("prep", "agent")
                       and p.lower_ in ("from", "by") and p.i > noun.i
                       for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)
                       if a.key() not in own and a.type != "place"]  # fmt: skip
        if not authors and noun is not word and noun.dep_ in ("dobj", "obj"):
            # "X offered a pledge to Y, which accepted it": who gave the pledge an "it"
            # points back to (written21)
            givers, given_passive, _ = coder.subject(noun.head)
            if not given_passive:
                authors = [a for a in givers if a.key() not in own and a.type != "place"]
        done = _coded_pairs(coder, verb, "AGREE")
        authors = [a for a in authors if all((s, a.key()) not in done for s in own)]
        if not authors:
            continue
        why = [f"'{verb.text}' takes up the proposal '{noun.text}': AGREE",
               f"source: {how}", "target: the proposal's author"]  # fmt: skip
        coder._emit(acceptors, authors, "AGREE", None, verb, why)  # noqa: SLF001


def _yielding_verb(lex: Any, noun: Any) -> Any:
    """The verb that gives way to the demand ``noun`` through its preposition ("gave in to
    demands", "bowed to pressure", "complied with demands"; cues.yaml ``yielding_verbs``),
    with the particle the entry names, or that has it as direct object ("met Y's demands",
    "granted Y's request"; cues.yaml ``meeting_demand_verbs``, peers24); None otherwise."""
    if (
        noun.dep_ in ("dobj", "obj")
        and noun.head.pos_ == "VERB"
        and noun.head.lemma_.lower() in lex.meeting_demand_verbs
    ):
        return noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    for key in [f"{lemma} {p}" for p in particles] + [lemma]:
        if lex.yielding_verbs.get(key) == prep.lower_:
            return verb
    return None


def yielded_demands(coder: Any) -> None:
    """'X gave in to Y's demands', 'X bowed to pressure from Y', 'X conceded to demands from
    Y', 'X met Y's demands', 'X granted the request of Y' (a verb of cues.yaml
    ``meeting_demand_verbs`` with the demand as its object, peers24): a demand given way to
    is a concession, CONCEDE from X to the demand's author (CAMEO
    08; cues.yaml ``yielding_verbs``, ``yielded_demand_nouns``), as an accepted demand is
    (:func:`accepted_requests`). The author is the noun's possessor, country adjective or
    from/by/of phrase; a demand with no author adds nothing. The trigger is the verb, so
    "did not bow to", "refused to give in to", "may yield to" are not asserted.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya bowed to Uganda's demands.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> uganda = Actor(id="country:uganda", name="Uganda", mention="Uganda", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kenya, 3: uganda})
    >>> yielded_demands(coder)
    >>> [(e.source.name, e.event_type, e.target.name) for e in coder.events]
    [('Kenya', 'CONCEDE', 'Uganda')]
    """
    lex = coder.lex
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.lower_ not in lex.yielded_demand_nouns:
            continue
        verb = _yielding_verb(lex, noun)
        if verb is None:
            continue
        yielders, passive, how = coder.subject(verb)
        if not yielders or passive:
            continue
        own = {a.key() for a in yielders}
        authors = [a for a in _proposal_authors(coder, noun)
                   if a.key() not in own and a.type != "place"]  # fmt: skip
        done = _coded_pairs(coder, verb, "CONCEDE")
        authors = [a for a in authors if all((s, a.key()) not in done for s in own)]
        if not authors:
            continue
        why = [f"'{verb.text}' gives way to the demand '{noun.text}': CONCEDE",
               f"source: {how}", "target: the demand's author"]  # fmt: skip
        coder._emit(yielders, authors, "CONCEDE", None, verb, why)  # noqa: SLF001


def _located_state(coder: Any, verb: Any, preps: Any) -> tuple[Any, Any, Any]:
    """(state, preposition, object): the named country (or a capital's government) of a
    ``preps`` phrase on ``verb``, else (None, None, None)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            actor = coder.actor_of.get(pobj.i)
            if actor is not None and actor.type == "country" and not actor.weak:
                return actor, prep, pobj
            if actor is None and (capital := next(iter(_capital_of(pobj)), None)) is not None:
                return capital, prep, pobj
    return None, None, None


def located_passives(coder: Any) -> None:
    """'A British journalist was arrested in Kenya', 'a Ugandan activist was expelled from
    Kenya': a passive of a state's power over people (cues.yaml ``located_passives``) with no
    "by" agent, done in (for expulsions, from) a named country or its capital, is done by that
    country's state to the passive subject, with the verb's own type and mode. A subject that
    is the country itself or a place, an agent named, or an event already coded on the verb
    adds nothing; modality is read from the verb ("was not arrested", "could be detained").

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("A Ugandan journalist was arrested in Kenya.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> who = Actor(id="open:ugandan-journalist", name="Ugandan journalist",
    ...             mention="Ugandan journalist", type="collective")
    >>> coder = SentenceCoder(load(), doc, {2: who, 6: kenya})
    >>> located_passives(coder)
    >>> [(e.source.name, e.event_type, e.target.name) for e in coder.events]
    [('Kenya', 'COERCE', 'Ugandan journalist')]
    """
    lex = coder.lex
    for verb in coder.doc:
        word = verb.lemma_.lower()
        preps = lex.located_passives.get(word)
        entry = lex.verbs.get(word)
        if verb.pos_ != "VERB" or not preps or not entry:
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            continue
        if any(e.trigger.i == verb.i for e in coder.events):
            continue
        victims, passive, how = coder.subject(verb)
        if not passive or not victims:
            continue
        state, prep, pobj = _located_state(coder, verb, preps)
        if state is None:
            continue
        targets = [v for v in victims if v.key() != state.key() and v.type != "place"
                   and _iso_of_key(v.key()) != _iso_of_key(state.key())]  # fmt: skip
        if not targets:
            continue
        why = [f"'{verb.text}' with no agent, done {prep.lower_} '{pobj.text}': that "
               f"country's state is the doer", f"target: {how}"]  # fmt: skip
        coder._emit([state], targets, entry["type"], entry.get("mode"), verb, why)  # noqa: SLF001


_UNDER_OWNED_TYPES = ("ASSAULT", "COERCE", "THREATEN")
"""Hostile event types whose noun after "under" may name its doer as a modifier."""


def came_under(coder: Any) -> None:
    """'X came under attack from Y', 'X came under fire from Y', 'X is under pressure from Y', 'X
    fell under investigation by Y': an event noun after "under" on a verb of undergoing
    (cues.yaml ``undergoing_verbs``) is done by the party of its from/by phrase to the
    verb's subject, with the noun's own type; a hostile noun may name its doer as its
    modifier instead ("X came under U.S. bombing", "under Pakistani shelling"). Nouns of
    protection or guidance under which a party acts ("under the auspices of Y": events.yaml
    ``under_support``) are left to their own rule; a noun with no doer named, or whose doer
    is the subject, adds nothing. The trigger is the noun, so "did not come under attack",
    "may come under pressure" are not asserted. A placing verb in the passive with a charge
    noun ("X was placed under arrest by Y", "X was put under investigation in Y": cues.yaml
    ``placing_verbs``) is the act of the "by" party, else of the country it is done in (as
    :func:`located_passives`).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya came under pressure from Uganda.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> uganda = Actor(id="country:uganda", name="Uganda", mention="Uganda", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kenya, 5: uganda})
    >>> came_under(coder)
    >>> [(e.source.name, e.event_type, e.target.name) for e in coder.events]
    [('Uganda', 'COERCE', 'Kenya')]
    """
    lex = coder.lex
    for noun in coder.doc:
        prep = noun.head
        if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or prep.lower_ != "under":
            continue
        verb = prep.head
        word = verb.lemma_.lower()
        # "X was placed under arrest in Y": a placing verb in the passive, the noun a charge
        placed = word in lex.placing_verbs and any(c.dep_ == "nsubjpass" for c in verb.children)
        if verb.pos_ not in ("VERB", "AUX") or (word not in lex.undergoing_verbs and not placed):
            continue
        entry = lex.trigger_entry(noun)[1]
        if not entry or not entry.get("type") or entry.get("under_support"):
            continue
        if placed and (entry["type"] not in ("COERCE", "ACCUSE")
                       or any(e.trigger.i == verb.i for e in coder.events)):  # fmt: skip
            continue
        victims, passive, how = coder.subject(verb)
        if not victims or (passive and not placed):
            continue
        own = {a.key() for a in victims}
        doers = [a for h in (noun, verb) for p in h.children
                 if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")
                 for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)
                 if a.key() not in own and a.type != "place"]  # fmt: skip
        if not doers and not placed and entry["type"] in _UNDER_OWNED_TYPES:
            # "X came under sustained U.S. bombing", "X came under Pakistani shelling": the
            # doer named before the noun, as its modifier (written66)
            mods = [m for m in noun.children if m.dep_ in ("amod", "compound", "nmod", "poss")]
            doers = [a for m in mods for a in coder.actors(m)
                     if a.key() not in own and a.type != "place"]  # fmt: skip
        if not doers and placed:
            # "was put under investigation in Y": the country's state, as for an arrest; the
            # parser may hang "in Y" on a noun of custody or inquiry ("placed under arrest in
            # Y"; world24; not "under pressure in Y", which names no doer)
            holders = (verb, noun) if entry.get("mode") in ("arrest", "investigate") else (verb,)
            doers = [s for h in holders for s in _located_state(coder, h, ("in", "inside"))[:1]
                     if s is not None and s.key() not in own][:1]  # fmt: skip
        if not doers:
            continue
        done = _coded_pairs(coder, noun)
        doers = [d for d in doers if all((d.key(), v) not in done for v in own)]
        if not doers:
            continue
        why = [f"'{verb.text} under {noun.text}': done to the subject by the from/by party",
               f"target: {how}"]  # fmt: skip
        coder._emit(doers[:1], victims, entry["type"], entry.get("mode"), noun, why)  # noqa: SLF001


def operation_agent(coder: Any, verb: Any) -> list[Any]:
    """'X launched an offensive that drove Y out of the town', 'X mounted an attack which
    killed Y's fighters': a relative clause whose active subject is the relative pronoun of a
    hostile operation noun (an ASSAULT noun of events.yaml) that is the object of an agent
    light verb (events.yaml light_verbs: launch, mount, stage...) acts for that verb's
    subject. Only the operation's own clause: "X condemned an attack that killed Y" names no
    agent. The light verb must be asserted itself ("did not launch", "may launch" give no
    agent), since a relative clause keeps its own modality. mmp15. The passive names the
    agent by "by": "the raid that killed Y was carried out (planned) by X" (written14)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ not in ("dobj", "obj", "nsubjpass", "pobj"):
        return []
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return []
    entry = coder._event_noun(noun)  # noqa: SLF001
    if not entry or entry.get("type") != "ASSAULT":
        return []
    light = noun.head
    if noun.dep_ == "pobj":
        light = _operation_joined_in(coder.lex, noun)
        if light is None:
            return []
    from riftwatch.nlp.written import masterminded  # noqa: PLC0415 (round 11)

    if (
        coder.lex.light_verbs.get(light.lemma_.lower()) != "agent"
        and light.lemma_.lower() not in coder.lex.operation_leading_verbs
        and noun.dep_ != "pobj"
        and not masterminded(light, coder.lex)
    ):  # "X planned the bombing that killed Y", "X led the assault that retook Z from Y"
        return []
    from riftwatch.nlp.modality import modality_of  # noqa: PLC0415 (modality imports this)

    if modality_of(light, "ASSAULT", coder.lex).value != "asserted":
        return []  # "did not launch an offensive that drove Y out": no agent asserted
    if noun.dep_ == "nsubjpass":  # "the raid that killed Y was carried out by X" (written14)
        return [a for c in light.children if c.dep_ == "agent"
                for p in c.children if p.dep_ == "pobj" for a in coder.actors(p)]  # fmt: skip
    return list(coder.subject(light, 1)[0])


def _operation_joined_in(lex: Any, noun: Any) -> Any:
    """The verb by which a party joins the operation ``noun`` names in an 'in' phrase: "X took
    part in the offensive that ..." ('took', with 'part' as its object), "X participated /
    joined in the assault that ..." (cues.yaml operation_leading_verbs; mmp29); else None."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    verb = prep.head
    if verb.lower_ == "part" and verb.dep_ in ("dobj", "obj") and verb.head.lemma_ == "take":
        return verb.head  # "took part in": 'in' on 'part'
    if verb.lemma_.lower() == "take" and any(c.lower_ == "part" for c in verb.children):
        return verb  # "took part in": 'in' on 'took'
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.operation_leading_verbs:
        return None
    return verb


# -- forces sent to another country (peers13) -----------------------------------------------
_SENDER_TYPES = frozenset({"country", "government", "military", "igo"})


def sent_forces(coder: Any) -> None:
    """A state or an intergovernmental body sending its own forces to another country:
    "X sent troops to Y", "X said it would deploy 300 soldiers to Y", "X dispatched
    peacekeepers to Y" (cues.yaml ``deploying_verbs``, ``deployed_nouns``). Forces are a
    deployment to Y (MOBILIZE, mode ``deployment``), peacekeepers and observers aid to Y (AID,
    mode ``peacekeeping``; ``peacekeeping_nouns``). The forces must be the sender's own (no
    owner, or the sender); the country is the object of "to" on the verb or the forces, never
    the sender's own; "into" is left to the attack verbs. Inside reported speech the clause's
    own subject sends ("X said it would send ...": the speaker's pronoun, see
    ``clauses.speaker_pronouns``). Modality is the verb's ("did not send", "may deploy" are
    not asserted).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya sent troops to Somalia.")
    >>> kenya = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> somalia = Actor(id="country:somalia", name="Somalia", mention="Somalia", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: kenya, 4: somalia})
    >>> sent_forces(coder)
    >>> [(e.source.name, e.event_type, e.mode, e.target.name) for e in coder.events]
    [('Kenya', 'MOBILIZE', 'deployment', 'Somalia')]
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.deploying_verbs:
            continue
        forces = [c for c in verb.children if c.dep_ in ("dobj", "obj")
                  and c.lemma_.lower() in lex.deployed_nouns]  # fmt: skip
        if not forces:
            _contributed_to_peacekeeping(coder, verb)  # "contribute to the UN mission in Y"
            continue
        sources, passive, how = coder.subject(verb)
        if passive or not sources or any(a.type not in _SENDER_TYPES for a in sources):
            continue
        own = {a.key() for a in sources}
        countries = {getattr(a, "country", None) for a in sources} - {None}
        force = forces[0]
        owners = [a for c in force.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                  for a in coder.actors(c)]  # fmt: skip
        if any(a.key() not in own for a in owners):
            continue  # "sent Y's troops back": not the sender's own forces
        dests = [o for p in (*verb.children, *force.children)
                 if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        # "to an international force in Y": the country the force or mission is in
        hosts = [o for d in dests if d.lemma_.lower() in lex.deployed_nouns | lex.mission_nouns
                 for p in d.children if p.dep_ == "prep" and p.lower_ == "in"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        dests += hosts
        targets = [a for o in dests for a in coder.actors(o)
                   if a.type == "country" and a.key() not in own
                   and getattr(a, "country", None) not in countries]  # fmt: skip
        if not targets:
            continue
        peace = any(
            w.lower_ in lex.peacekeeping_nouns
            or w.lemma_.lower() in lex.peacekeeping_nouns
            or _unhyphenated(w) in lex.peacekeeping_nouns  # "a peace-keeping force" (peers17)
            for n in (force, *dests)
            for w in (n, *n.children)
            if w.i <= n.i
        ) or _peacekeeping_purpose(verb, force, lex)
        etype, mode = ("AID", "peacekeeping") if peace else ("MOBILIZE", "deployment")
        if any(e.trigger.i == verb.i for e in coder.events):
            # the verb's own entry coded it ("sent aid and troops to Y"); but forces sent to
            # a peacekeeping force or mission in Y aid Y as well as the body they join
            # ("sent troops to the UN peacekeeping force in Y": AID to the UN and to Y; world20)
            hosted = {a.key() for o in hosts for a in coder.actors(o)}
            done = _coded_pairs(coder, verb)
            targets = [a for a in targets if peace and a.key() in hosted
                       and not any((s.key(), a.key()) in done for s in sources)]  # fmt: skip
            if not targets:
                continue
        why = [f"'{verb.text}' own '{force.text}' to a country -> {etype} ({mode})",
               f"source: {how}", "target: the country after 'to'"]  # fmt: skip
        coder._emit(sources, targets[:1], etype, mode, verb, why)  # noqa: SLF001


def _contributed_to_peacekeeping(coder: Any, verb: Any) -> None:
    """'X is ready to contribute to the UN peacekeeping mission in Y', 'X contributed air
    support to an African Union peacekeeping force in Y': a contribution (cues.yaml
    ``contributing_verbs``) whose "to" phrase is a peacekeeping force, mission or operation
    (``mission_nouns`` named with ``peacekeeping_nouns``) in a country aids that country
    (AID, mode ``peacekeeping``), whatever is contributed; a mission of no peacekeeping
    purpose ("the NATO operation in Y") is left alone. Modality is the verb's (world20)."""
    lex = coder.lex
    if verb.lemma_.lower() not in lex.contributing_verbs:
        return
    words = lex.peacekeeping_nouns
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    missions = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    missions = [
        m for m in missions
        if m.lemma_.lower() in lex.mission_nouns | lex.deployed_nouns
        and any(w.lower_ in words or w.lemma_.lower() in words or _unhyphenated(w) in words
                for w in (m, *m.children) if w.i <= m.i)
    ]  # fmt: skip
    if not missions:
        return
    sources, passive, how = coder.subject(verb)
    if passive or not sources or any(a.type not in _SENDER_TYPES for a in sources):
        return
    own = {a.key() for a in sources}
    hosts = [a for m in missions for p in m.children if p.dep_ == "prep" and p.lower_ == "in"
             for o in p.children if o.dep_ == "pobj"
             for a in coder.actors(o) if a.type == "country" and a.key() not in own]  # fmt: skip
    done = _coded_pairs(coder, verb)
    hosts = [a for a in hosts if not any((s, a.key()) in done for s in own)]
    if not hosts:
        return
    why = [f"'{verb.text}' to a peacekeeping '{missions[0].text}' in a country -> AID "
           "(peacekeeping)", f"source: {how}", "target: the country after 'in'"]  # fmt: skip
    coder._emit(sources, hosts[:1], "AID", "peacekeeping", verb, why)  # noqa: SLF001


_PURPOSE_PREPS = frozenset({"on", "as", "for", "under"})
_PART_NOUNS = frozenset({"part", "member", "members", "contingent", "component"})


def _purpose_nouns(head: Any) -> list[Any]:
    """The nouns a phrase of purpose names: a preposition's object ("on a mission"), an
    infinitive's object or its preposition's ("to join the mission", "to serve as a force"),
    and through "part of" ("as part of the force") the noun it is part of."""
    found: list[Any] = []
    if head.dep_ == "prep":
        found = [c for c in head.children if c.dep_ == "pobj"]
    else:
        for c in head.children:
            if c.dep_ in ("dobj", "obj", "attr"):
                found.append(c)
            elif c.dep_ == "prep":
                found += [o for o in c.children if o.dep_ == "pobj"]
    found += [o for n in found if n.lower_ in _PART_NOUNS for p in n.children
              if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return found


def _peacekeeping_purpose(verb: Any, force: Any, lex: Any) -> bool:
    """Are forces sent for peacekeeping by a phrase of purpose on the verb or the forces:
    "on a peacekeeping mission", "as part of the UN peacekeeping force", "as peacekeepers",
    "to join the peacekeeping mission there", "to serve as a peacekeeping force" (world19;
    cues.yaml ``peacekeeping_nouns``)? The word must name the purpose itself: "to fight Y",
    "to study the feasibility of a peacekeeping force" are not peacekeeping.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Fiji sent troops to Lebanon on a peacekeeping mission.")
    >>> _peacekeeping_purpose(doc[1], doc[2], load())
    True
    >>> doc = nlp()("Fiji sent troops to Lebanon to fight the rebels.")
    >>> _peacekeeping_purpose(doc[1], doc[2], load())
    False
    """
    words = lex.peacekeeping_nouns

    def named(noun: Any) -> bool:
        return any(
            w.lower_ in words or w.lemma_.lower() in words or _unhyphenated(w) in words
            for w in (noun, *noun.children)
            if w.i <= noun.i
        )

    for holder in (verb, force):
        for child in holder.children:
            purpose = (child.dep_ == "prep" and child.lower_ in _PURPOSE_PREPS) or (
                child.dep_ in ("xcomp", "advcl")
                and any(a.lower_ == "to" and a.dep_ == "aux" for a in child.children)
            )
            if purpose and any(named(n) for n in _purpose_nouns(child)):
                return True
    # "sent a platoon to Y, its first involvement in a peacekeeping mission": an apposition
    # of the forces or of their destination naming the mission (world20)
    dests = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    appositions = [a for n in (force, *dests) for a in n.children if a.dep_ == "appos"]
    # the parser may hang the apposition on the verb as a second object after a comma
    appositions += [c for c in verb.children if c.dep_ in ("dobj", "obj", "npadvmod")
                    and c.i != force.i and c.i > force.i
                    and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","]  # fmt: skip
    return any(named(n) for a in appositions for n in a.subtree if n.pos_ in ("NOUN", "PROPN"))


# -- an object shifted after an "as" judgement (peers13) ------------------------------------


def _shifted_object(verb: Any) -> Any:
    """The object of ``verb`` moved after its "as" judgement ("denounced as a crime X's
    suppression of ...", "condemned as illegal the arrest of ..."): the parser hangs it on
    "as" as a second object or reads the judgement as its adjective. None when the verb has
    an object of its own or no such phrase."""
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < verb.i:
            continue
        pobjs = [c for c in prep.children if c.dep_ == "pobj"]
        if len(pobjs) >= 2:  # "as a crime | X's suppression"
            return pobjs[-1]
        if len(pobjs) == 1:
            noun = pobjs[0]
            shifted = [c for c in noun.rights if c.dep_ == "appos"
                       and any(d.dep_ in ("poss", "det") for d in c.lefts)]  # fmt: skip
            if shifted:  # "as a crime | X's suppression" read as an apposition
                return shifted[0]
            # the phrase's own opening (its article or owner) after the judging adjective
            det = next((c for c in noun.lefts if c.dep_ in ("det", "poss")), None)
            judged = verb.doc[prep.i + 1] if prep.i + 1 < len(verb.doc) else prep
            if judged.pos_ == "ADJ" and det is not None and det.i > judged.i:
                # "as illegal the arrest of ...", "as illegal X's decision"
                return noun
    return None


def shifted_objects(coder: Any) -> None:
    """A verb of judgement whose object comes after an "as" phrase ("X denounced as an
    outrage Y's seizure of the embassy", "X condemned as illegal the arrest of its
    diplomats by Y"): the shifted noun is the verb's object, so its owner or the party in
    its phrase is the other party, as for an object in place ("X denounced Y's seizure").
    Only for the verbal types whose other party may sit inside the object's phrase; a verb
    the coder already read keeps its reading. Modality is the verb's ("did not condemn as
    illegal ..." is negated).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Albania denounced as a crime Serbia's suppression of the protests.")
    >>> al = Actor(id="country:albania", name="Albania", mention="Albania", type="country")
    >>> rs = Actor(id="country:serbia", name="Serbia", mention="Serbia", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: al, 5: rs})
    >>> shifted_objects(coder)
    >>> [(e.source.name, e.event_type, e.target.name) for e in coder.events]
    [('Albania', 'ACCUSE', 'Serbia')]
    """
    from riftwatch.nlp.code import _PHRASE_PARTY_TYPES

    for verb in coder.doc:
        if verb.pos_ != "VERB":
            continue
        entry = coder.lex.verbs.get(verb.lemma_.lower())
        if not entry or entry.get("type") not in _PHRASE_PARTY_TYPES or entry.get("frame"):
            continue
        if any(e.trigger.i == verb.i for e in coder.events):
            continue
        obj = _shifted_object(verb)
        if obj is None:
            continue
        sources, passive, how = coder.subject(verb)
        if passive or not sources:
            continue
        own = {a.key() for a in sources}
        targets = [a for a in coder.actors(obj) if a.key() not in own]
        thow = f"the object '{obj.text}' after the 'as' judgement"
        if not targets and coder._event_noun(obj) is not None:  # noqa: SLF001
            # an act ("the attacks on Y"): only its author is judged, its owner or "by" agent
            authors = [c for c in obj.children if c.dep_ in ("poss", "compound", "amod")
                       and c.i < obj.i] + [p for c in obj.children
                                           if c.dep_ == "prep" and c.lower_ == "by"
                                           for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            targets = [a for t in authors for a in coder.actors(t) if a.key() not in own]
            thow = f"the author of the act '{obj.text}'"
        elif not targets:
            targets, thow = coder._object_phrase_party(verb, [obj])  # noqa: SLF001
        if not targets:
            continue
        why = [f"trigger verb '{verb.text}' -> {entry['type']}", f"source: {how}",
               f"target: {thow} (object shifted after 'as')"]  # fmt: skip
        coder._emit(sources, targets, entry["type"], entry.get("mode"), verb, why)  # noqa: SLF001


# -- a refused answer to another's demand (peers13) -----------------------------------------


def refused_request_author(coder: Any, comp: Any) -> list[Any]:
    """The author of a demand or request that a refusal's complement answers: "X refused to
    respond to a demand from Y", "X refused to answer Y's request", "X declined to heed Y's
    appeal": Y is rejected. Only for an object (or "to" object) of the complement that is a
    REQUEST noun of the lexicon, and only its owner or its "from"/"by"/"of" author: a refusal
    to act is no rejection of whoever the act concerns.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder
    >>> doc = nlp()("Kenya refused to respond to a demand from Uganda.")
    >>> ke = Actor(id="country:kenya", name="Kenya", mention="Kenya", type="country")
    >>> ug = Actor(id="country:uganda", name="Uganda", mention="Uganda", type="country")
    >>> coder = SentenceCoder(load(), doc, {0: ke, 8: ug})
    >>> [a.name for a in refused_request_author(coder, doc[3])]
    ['Uganda']
    """
    nouns = [c for c in comp.children if c.dep_ in ("dobj", "obj")]
    nouns += [p for c in comp.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
              for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    own = {a.key() for a in coder.subject(comp.head)[0]}
    for noun in nouns:
        entry = coder.lex.noun_entry(noun)
        if (entry or {}).get("type") != "REQUEST":
            continue
        authors = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")
                   and c.i < noun.i] + [p for c in noun.children
                                        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                                        for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        found = [a for t in authors for a in coder.actors(t) if a.key() not in own]
        if found:
            return found
    return []


# -- a phrase noun keeps its head noun's parties (peers13) ----------------------------------


def phrase_with_head_frame(found: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any]:
    """A multi-word event noun of the base dictionary that recodes its head ("diplomatic ties"
    SUPPORT, where "ties" is a reciprocal COOPERATE) keeps the head noun's ways of naming the
    other party: "upgraded diplomatic ties with Y" names Y by the head's "with", which the
    phrase's own prepositions ("to", "for") lack. The phrase's type and mode stand; its
    prepositions are joined with the head's, and the head's frame is kept when the phrase has
    none.

    >>> head = {"type": "COOPERATE", "frame": "reciprocal", "partner_preps": ["with", "to"]}
    >>> phrase = {"type": "SUPPORT", "partner_preps": ["to", "for"]}
    >>> out = phrase_with_head_frame(phrase, head)
    >>> out["type"], out["frame"], out["partner_preps"]
    ('SUPPORT', 'reciprocal', ['for', 'to', 'with'])
    """
    out = dict(found)
    for key in ("partner_preps", "patient_preps"):
        joined = set(found.get(key) or ()) | set(entry.get(key) or ())
        if joined:
            out[key] = sorted(joined)
    if not found.get("frame") and entry.get("frame"):
        out["frame"] = entry["frame"]
    return out


# --- Shared membership and same-side constructions (replay17, issue 10) ---------------------
# Relationship descriptions often state an alliance without any relation word: the parties
# fought "on the same side", "shared fighters and bases", one "operated inside" the other,
# one "took part with" the other in an operation. Word lists: cues.yaml (replay17 section).


def _owned_thing(coder: Any, tok: Any) -> bool:
    """``tok`` is a common noun that only names its owner by a possessive or an 'of' phrase,
    and no part or body of a group ("Y's territory", "the lines of Y"; not "Y's ranks", "a
    faction of Y", a name). replay20."""
    if tok.pos_ != "NOUN" or tok.i in coder.actor_of:
        return False
    lemma = tok.lemma_.lower()
    lex = coder.lex
    bodies = set(lex.membership_nouns) | set(lex.coalition_nouns) | set(lex.leaver_body_nouns)
    if lemma in bodies or tok.lower_ in bodies:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)


def _group_actors(coder: Any, tok: Any, types: frozenset[str] = _UNDER_GROUPS) -> list[Any]:
    """The group actors ``tok`` names (coordinated ones included), never a country, place or
    person (or the actors of ``types``)."""
    return [a for a in coder.actors(tok) if a.type in types]


_WITH = frozenset({"with"})
_SIDE_TYPES = _UNDER_GROUPS | STATE_TYPES
"""Who may fight side by side: groups and states' bodies (replay35)."""


def _pair_up(
    coder: Any, verb: Any, partners: list[Any], types: frozenset[str] = _UNDER_GROUPS
) -> tuple[list[Any], list[Any]]:
    """(sources, partners) of a joint act: the verb's group subjects (or subjects of
    ``types``) and the partners named by a phrase; with no partner, the first of coordinated
    subjects and the others ("X and Y shared bases")."""
    sources = [a for a in coder.subject(verb)[0] if a.type in types]
    if not partners and len(sources) > 1:
        sources, partners = sources[:1], sources[1:]
    keys = {a.key() for a in sources}
    return sources, [a for a in partners if a.key() not in keys]


def _with_partners(
    coder: Any, verb: Any, preps: frozenset[str], types: frozenset[str] = _UNDER_GROUPS
) -> list[Any]:
    """Group actors (or actors of ``types``) in the verb's (or its object's) ``preps``
    phrases."""
    found = []
    for node in [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj", "pobj"))]:
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found += _group_actors(coder, pobj, types)
            elif prep.lower_ in coder.lex.companion_adverbs and "with" in preps:
                # "took part, along with Y, in the assault" (world11): the "with" phrase
                # the parser hangs on "along" / "together"
                found += _with_partners(coder, prep, frozenset({"with"}), types)
    return found


def _emit_joint(coder: Any, sources: list[Any], partners: list[Any], trigger: Any,
                mode: str | None, why: list[str]) -> None:  # fmt: skip
    """COOPERATE both ways between sources and partners, unless the trigger already codes it."""
    if not sources or not partners:
        return
    done = _coded_pairs(coder, trigger, "COOPERATE")
    if all((s.key(), p.key()) in done for s in sources for p in partners):
        return
    coder._emit(sources, partners, "COOPERATE", mode, trigger, why, both_ways=True)  # noqa: SLF001


def same_side_relations(coder: Any) -> None:
    """Cooperation told without a relation word (replay17):

    * a shared asset (cues.yaml ``shared_assets``) as the object of a sharing verb
      (``sharing_verbs``): "X and Y shared fighters", "X shared its bases with Y"; also when
      the tagger reads 'shared' as the asset's adjective after the coordinated parties;
    * a side noun with a sameness adjective (``same_side_nouns``, ``sameness_adjectives``)
      in a verb's phrase: "X and Y fought on the same side", "X fought on the same side as Y";
      a front or battle noun likewise with a verb of fighting (``same_front_nouns``,
      ``same_front_verbs``): "X fought on the same fronts as Y" (replay45);
    * a group in an inside phrase (``inside_preps``) of a role verb (events.yaml
      ``as_role_verbs``): "X operated inside Y";
    * participation with a partner (``participation_phrases``): "X took part with Y in the
      capture of Z".

    COOPERATE both ways (joint_operations for acts done together); the noun or verb is the
    trigger, so "never fought on the same side" is negated and "may have shared fighters"
    hedged.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "The Volta Army and the Kumasi Brigade shared fighters and safe houses."
    >>> sorted((c.event.source.name, c.event.event_type, c.event.target.name)
    ...        for c in extract_document({"id": "t", "date": "2016-01-01", "text": text}))
    [('Kumasi Brigade', 'COOPERATE', 'Volta Army'), ('Volta Army', 'COOPERATE', 'Kumasi Brigade')]
    """
    lex = coder.lex
    for tok in coder.doc:
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN") and (
            lemma in lex.shared_assets or low in lex.shared_assets
        ):
            _shared_asset(coder, tok)
        elif low in lex.same_side_nouns and tok.dep_ == "pobj":
            if any(c.dep_ == "amod" and c.lower_ in lex.sameness_adjectives for c in tok.children):
                _same_side(coder, tok)
        elif (
            low in lex.same_front_nouns
            and tok.dep_ == "pobj"
            and tok.head.head.lemma_.lower() in lex.same_front_verbs
            and any(c.dep_ == "amod" and c.lower_ in lex.sameness_adjectives for c in tok.children)
        ):
            # "X fought on the same fronts as Y", "X and Y fought in the same battles"
            # (replay45): the fronts of one war held by both, one side as with "side"
            _same_side(coder, tok)
        elif tok.dep_ == "prep" and low in lex.inside_preps:
            verb = tok.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in lex.as_role_verbs:
                # the group itself, not a thing it owns ("fought within Y's territory" is
                # no membership; replay20)
                wholes = [a for p in tok.children if p.dep_ == "pobj"
                          and not _owned_thing(coder, p)
                          for a in _group_actors(coder, p)]  # fmt: skip
                parts = [a for a in coder.subject(verb)[0] if a.type in _UNDER_GROUPS]
                keys = {a.key() for a in wholes}
                parts = [a for a in parts if a.key() not in keys]
                if parts and wholes and not _coded_pairs(coder, tok, "COOPERATE"):
                    why = [f"'{verb.text} {tok.text}' a group: a part of it -> COOPERATE",
                           "source: subject"]  # fmt: skip
                    coder._emit(parts, wholes, "COOPERATE", None, tok, why)  # noqa: SLF001
        elif tok.pos_ == "VERB" and lemma in lex.emergence_verbs:
            _grew_out_of(coder, tok)
        elif tok.pos_ == "VERB" and lemma in lex.coming_verbs:
            _people_came_from(coder, tok)
        if tok.pos_ == "VERB" and _side_by_side(tok):
            # "X fought side by side with Y": the partner of the together phrase, a group or
            # a state's forces ("side by side with the army": a partner too, never the foe
            # the bare "fought with" would make it; replay35)
            partners = [a for p in tok.children if p.dep_ == "prep"
                        for o in p.children if o.dep_ == "pobj"
                        for a in _with_partners(coder, o, _WITH, _SIDE_TYPES)]  # fmt: skip
            partners += _with_partners(coder, tok, _WITH, _SIDE_TYPES)
            sources, partners = _pair_up(coder, tok, partners, _SIDE_TYPES)
            why = [f"'{tok.text}' side by side with a partner -> COOPERATE both ways"]
            _emit_joint(coder, sources, partners, tok, "joint_operations", why)
        elif tok.pos_ == "VERB" and _participation(lex, tok):
            sources, partners = _pair_up(
                coder, tok, _with_partners(coder, tok, frozenset({"with"}))
            )
            why = [f"'{tok.text}' with a partner: a joint act -> COOPERATE both ways"]
            _emit_joint(coder, sources, partners, tok, "joint_operations", why)


def _side_by_side(verb: Any) -> bool:
    """The verb carries a together phrase ("side by side", events.yaml together_phrases)."""
    from riftwatch.nlp.code import _joint_marker  # noqa: PLC0415 (code imports this module)

    marker = _joint_marker(verb)
    return marker is not None and " " in marker and "same" not in marker


def _grew_out_of(coder: Any, verb: Any) -> None:
    """'X grew out of Y', 'X emerged from Y': a group that came out of another shares its
    history (COOPERATE from X to Y, at the text's date), unless the sentence codes a split or
    rivalry between them ("emerged from Y after a dispute", "out of a split in Y")."""
    preps = _preps_with_out(verb)
    wholes = [a for p in preps if p.lower_ in ("from", "of")
              for g in p.children if g.dep_ == "pobj"
              for a in _group_actors(coder, g)]  # fmt: skip
    keys = {a.key() for a in wholes}
    parts = [a for a in _coordinated_subject(coder, verb)
             if a.type in _UNDER_GROUPS and a.key() not in keys]  # fmt: skip
    if not parts or not wholes:
        return
    pairs = {(p.key(), w.key()) for p in parts for w in wholes}
    if any(
        e.event_type != "COOPERATE" and {(e.source.key(), e.target.key()),
                                         (e.target.key(), e.source.key())} & pairs
        for e in coder.events
    ):  # fmt: skip
        return
    if _coded_pairs(coder, verb, "COOPERATE") >= pairs:
        return
    why = [f"'{verb.text} out of / from' a group: its history is the group's -> COOPERATE",
           "source: subject"]  # fmt: skip
    coder._emit(parts, wholes, "COOPERATE", None, verb, why)  # noqa: SLF001


def _people_came_from(coder: Any, verb: Any) -> None:
    """'Many of Y's founders came from X', 'the founders of Y came from X', 'Y's commanders
    came from X': the people who made Y came out of X, so Y grew out of X (COOPERATE from Y to
    X; people nouns: events.yaml ``founder_nouns`` and cues.yaml ``origin_people_nouns``)."""
    lex = coder.lex
    people = lex.founder_nouns | lex.origin_people_nouns
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    if subj.lower_ not in people:  # "many / most / some of Y's founders"
        subj = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children
                     if o.dep_ == "pobj" and o.lower_ in people), None)  # fmt: skip
    if subj is None:
        return
    made = _group_actors(coder, subj) or _groups_of(coder, subj)  # "Y's founders" stand for Y
    origins = [a for p in verb.children if p.dep_ == "prep" and p.lower_ in ("from", "out")
               for g in p.children if g.dep_ == "pobj"
               for a in _group_actors(coder, g)]  # fmt: skip
    keys = {a.key() for a in origins}
    made = [a for a in made if a.key() not in keys]
    if not made or not origins or _coded_pairs(coder, verb):
        return
    why = [f"the {subj.text} of a group '{verb.text} from' another: it grew out of it -> COOPERATE"]
    coder._emit(made, origins, "COOPERATE", None, verb, why)  # noqa: SLF001


def _participation(lex: Any, verb: Any) -> bool:
    """The verb is one of ``participation_phrases`` ("participate", "take part")."""
    for phrase in lex.participation_phrases:
        head, *rest = phrase
        if verb.lemma_.lower() != head:
            continue
        if not rest or any(
            c.dep_ in ("dobj", "obj") and c.lower_ == rest[0] for c in verb.children
        ):
            return True
    return False


def _shared_asset(coder: Any, noun: Any) -> None:
    """'X and Y shared fighters', 'X shared its bases with Y', 'X and Y, shared fighters'."""
    lex = coder.lex
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "shared fighters and territory": the first object
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in lex.sharing_verbs:
        sources, partners = _pair_up(coder, head, _with_partners(coder, head, frozenset({"with"})))
    elif noun.dep_ == "appos" and any(
        c.dep_ == "amod" and c.lemma_.lower() in lex.sharing_verbs | {"shared"}
        for c in noun.children
    ):
        # the tagger's reading of "X and Y shared fighters" as a noun phrase in apposition
        parties = _group_actors(coder, head)
        sources, partners = parties[:1], parties[1:]
    else:
        return
    why = [f"shared {noun.text}: the parties pool their means -> COOPERATE both ways"]
    _emit_joint(coder, sources, partners, noun, None, why)


def _same_side(coder: Any, side: Any) -> None:
    """'X and Y fought on the same side', 'X fought on the same side as Y'."""
    prep = side.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return
    partners = [a for c in side.children if c.dep_ == "prep" and c.lower_ == "as"
                for p in c.children if p.dep_ == "pobj"
                for a in _group_actors(coder, p)]  # fmt: skip
    if not partners:
        partners = [a for p in _possessed_children(side) for a in _group_actors(coder, p)]
    sources, partners = _pair_up(coder, verb, partners)
    why = [f"'{prep.text} the same {side.text}': one side -> COOPERATE both ways"]
    _emit_joint(coder, sources, partners, side, "joint_operations", why)


def _possessed_children(noun: Any) -> list[Any]:
    """Objects of the noun's 'as' phrase owners ("the same side as Y's forces": Y)."""
    return [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children if p.dep_ == "pobj"
            for o in p.children if o.dep_ in ("poss", "compound")]  # fmt: skip


def _sanction_record(lex: Any, noun: Any) -> bool:
    """Is ``noun`` a record of sanctioned, terror or wanted parties (events.yaml
    ``record_nouns`` with a word of ``sanction_record_words`` as the noun, among its modifiers
    or in its "of" phrase: "its sanctions list", "the list of terrorist organisations")?"""
    words = lex.sanction_record_words
    if noun.lemma_.lower() not in lex.record_nouns and noun.lower_ not in lex.record_nouns:
        return False
    if noun.lower_ in words or noun.lemma_.lower() in words:
        return True
    near = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    near += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.subtree]  # fmt: skip
    return any(t.lower_ in words or t.lemma_.lower() in words
               for c in near for t in c.subtree)  # fmt: skip


def _record_owners(coder: Any, noun: Any) -> list[Any]:
    """The party that keeps a record, named before it ("the UN's list", "the U.S. terror
    list")."""
    return [a for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and c.i < noun.i
            for t in c.subtree if (a := coder.actor_of.get(t.i)) is not None
            and a.type not in ("place",)]  # fmt: skip


def sanction_listing(lex: Any, verb: Any) -> tuple[Any, bool] | None:
    """The record of sanctioned parties ``verb`` puts its object on (True) or takes it off
    (False): "added X to its sanctions list", "struck X off the terror blacklist"; None when
    it does neither (:func:`sanction_listings`)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # the phrase hangs on the verb, its particle or its object ("added X to its list")
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "dobj", "obj")
                     or (c.dep_ == "advmod" and c.lower_ == "off"))]  # fmt: skip
    onto = verb.lemma_.lower() in lex.listing_verbs
    wanted = ("to", "on", "onto", "in", "into") if onto else ("from", "off")
    for prep in (p for h in heads for p in h.children if p.dep_ in ("prep", "prt")):
        if prep.lower_ not in wanted:
            continue
        for record in prep.children:
            if record.dep_ == "pobj" and _sanction_record(lex, record):
                return record, onto
    return None


def sanction_listings(coder: Any) -> None:
    """'The UN added two X envoys to its sanctions list', 'Y put X on its terror blacklist',
    'X was placed on the list of terrorist organisations': putting a party on a record of
    sanctioned, terror or wanted parties (events.yaml ``listing_verbs``, ``record_nouns``,
    ``sanction_record_words``) is a SANCTION from the record's keeper (the subject, else the
    passive's agent or the record's owner) on that party, as "designated X" is; taking it
    off ("struck X off its sanctions list", "removed X from the terror list") eases the
    sanction (RETREAT, mode ease, as "lifted sanctions on X"), never a force on X. The
    verb's modality is read afterwards ("considered adding X to the list": not asserted).
    precision25."""
    for verb in coder.doc:
        listed = sanction_listing(coder.lex, verb)
        if listed is None:
            continue
        found, onto = listed
        subjects, passive, how = coder.subject(verb)
        if passive:
            parties = [a for a in subjects if a.type not in NOT_GROUPS or a.type == "person"]
            keepers = coder.agent(verb) or _record_owners(coder, found)
        else:
            parties = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                       for a in coder.actors(c)]  # fmt: skip
            keepers = subjects
        parties = [a for a in parties if a.type not in ("place",)]
        if not parties or not keepers:
            continue
        etype, mode = ("SANCTION", "discontinue") if onto else ("RETREAT", "ease")
        done = "put on" if onto else "taken off"
        # the verb's own reading of the same pair ("removed X": an expulsion) gives way
        pair = {(k.key(), p.key()) for k in keepers for p in parties}
        coder.events = [
            e
            for e in coder.events
            if not (e.trigger.i == verb.i and (e.source.key(), e.target.key()) in pair)
        ]
        why = [f"'{verb.text}' {done} '{found.text}', a record of sanctioned parties -> "
               f"{etype}", f"source: {'the keeper of the record' if passive else how}",
               "target: the party listed"]  # fmt: skip
        coder._emit(keepers, parties, etype, mode, verb, why)  # noqa: SLF001


_HIT_CAPITAL_MODES = frozenset({"seize"})
"""COERCE modes that hit a place materially ("seized Kabul"); other COERCE acts (arrest,
expulsion) are done to a body, and a capital named there stands for its state."""


def capitals_hit_as_places(coder: Any) -> None:
    """'The army shelled Kabul', 'X bombed Islamabad', 'the attack on Kabul': a capital that is
    the patient of a material act of violence (ASSAULT, a seizure) is the city hit, a place,
    never its state (the knowledge base reads a capital as its government only as a party of
    a diplomatic act: "Kabul accused Islamabad of ..."). Its event then targets the city, as
    "bombed Mogadishu" does, and no longer the state; so does a capital that modifies a noun
    of no party ("stormed a Kabul hotel"). A capital that modifies a party's noun ("the
    Kabul government") or owns a noun ("Kabul's embassy") still names the state.
    precision25."""
    tokens: dict[int, list[Any]] = {}
    for i, actor in coder.actor_of.items():
        tokens.setdefault(id(actor), []).append(coder.doc[i])
    for event in coder.events:
        kind = event.event_type
        target = event.target
        if kind != "ASSAULT" and not (kind == "COERCE" and event.mode in _HIT_CAPITAL_MODES):
            continue
        if not target.how.startswith("metonymy") or target.weak:
            continue
        words = tokens.get(id(target)) or [
            t for i, a in coder.actor_of.items() if a.key() == target.key() for t in [coder.doc[i]]
        ]
        heads = [t for t in words if t.head.i == t.i or t.head not in words]
        if not heads or any(
            t.dep_ == "poss"  # "Kabul's embassy": the state's
            or (t.dep_ in ("compound", "amod", "nmod") and t.head.i in coder.actor_of)
            for t in heads
        ):  # "the Kabul government" stays the state; "a Kabul hotel" is in the city
            continue
        from dataclasses import replace

        from riftwatch.actors.open import open_id

        ident = open_id(target.mention)
        how = "a capital hit by a material act: the city, not its state"
        event.target = replace(target, id=ident, name=target.mention, type="place",
                               org_id=ident, org_name=target.mention, person=None,
                               qualifier=None, country=None, how=how)  # fmt: skip
        event.why.append(f"'{target.mention}' hit by the act: the city, not {target.name}")


def demonym_author(coder: Any, noun: Any, child: Any, entry: dict[str, Any], actor: Any) -> bool:
    """Is a country adjective before an act noun that takes place modifiers its author, not
    where it happened ("Turkish attacks on the PKK", "the Kenyan attack against al-Shabaab")?
    A demonym (an adjective, not a country name read as a noun: "Pakistan clash kills three"
    stays a place) names the act's author when the noun names the party it was done to
    with one of its patient prepositions, and that party is someone else (peers23).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Turkish attacks on the PKK intensified.")
    >>> other = type("A", (), {"key": lambda self: "org:pkk"})()
    >>> own = type("A", (), {"key": lambda self: "country:turkey", "type": "country",
    ...                      "id": "country:turkey"})()
    >>> coder = type("C", (), {"actors": lambda self, tok: [other] if tok.i == 4 else []})()
    >>> demonym_author(coder, doc[1], doc[0], {"patient_preps": ["on"]}, own)
    True
    >>> demonym_author(coder, doc[1], doc[0], {"frame": "symmetric"}, own)
    False
    """
    if child.dep_ != "amod" or child.pos_ != "ADJ" or actor.type != "country":
        return False
    from riftwatch.actors.kb import default_kb

    ent = default_kb().find(actor.id or "")
    if ent is None or child.lower_ not in {d.lower() for d in ent.demonyms}:
        return False  # "Pakistan attack on X kills five": the country's name, a place
    if entry.get("frame") in ("symmetric", "reciprocal"):
        return False  # "Afghan clashes between X and Y": where they fought
    preps = entry.get("patient_preps") or ()
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < noun.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if any(a.key() != actor.key() for a in coder.actors(pobj)):
                return True
    return False


def in_support_of(coder: Any) -> None:
    """'X carried out attacks in support of Y', 'X fought in solidarity with Y', 'X struck in
    support of Y's prison campaign' (mmp5): an adverbial phrase of support ("in" and a noun
    of cues.yaml ``in_support_phrases`` with its own preposition) names the party the
    clause's subject acts for: SUPPORT from the subject to it (the phrase's object, or the
    possessor or group modifier of a thing named there). The verb the phrase hangs on is
    the trigger, so its modality decides ("did not fight in support of Y", "may have acted
    in support of Y", "denied acting in support of Y" assert nothing)."""
    phrases = coder.lex.in_support_phrases
    for noun in coder.doc:
        wanted = phrases.get(noun.lower_)
        if wanted is None or noun.dep_ != "pobj" or noun.head.lower_ != "in":
            continue
        if any(c.dep_ in ("det", "poss", "amod") for c in noun.children):
            continue  # "in their support of Y", "in the support of Y": not the idiom
        verb = noun.head.head
        while verb.pos_ != "VERB" and verb.dep_ not in ("ROOT",) and verb.head is not verb:
            verb = verb.head  # "carried out attacks in support of Y": hung on the noun
        if verb.pos_ != "VERB":
            continue
        backed = []
        # the noun's preposition, or the parser's copy of it hung on the verb right after the
        # noun ("fought in solidarity with Y": "with Y" on "fought")
        after = [c for c in verb.children if c.dep_ == "prep" and c.i == noun.i + 1]
        for prep in [*noun.children, *after]:
            if prep.dep_ != "prep" or prep.lower_ != wanted:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                backed = coder.actors(pobj) or [
                    a for c in pobj.children if c.dep_ in ("poss", "compound", "nmod")
                    for a in coder.actors(c)
                ]  # fmt: skip
        sources, passive, how = coder.subject(verb)
        if passive or not sources or not backed:
            continue
        keys = {a.key() for a in sources}
        backed = [a for a in backed if a.key() not in keys and a.type != "place"]
        if not backed:
            continue
        why = [f"'in {noun.text} {wanted}' a party: the subject of '{verb.text}' backs it",
               f"source: {how}"]  # fmt: skip
        # the party backed is no target of the verb's own hostile act, whatever the parser
        # hung the phrase's preposition on ("fought in solidarity with Y" is no fight with Y)
        held = {a.key() for a in backed}
        coder.events = [e for e in coder.events
                        if not (e.trigger.i == verb.i and e.target.key() in held
                                and e.event_type in CONFLICTUAL)]  # fmt: skip
        coder._emit(sources, backed, "SUPPORT", None, verb, why)  # noqa: SLF001


# -- "X killed as Y storm Z": the attacker of a toll told in an 'as' clause (heads13) ---------
def as_clause_attacker(coder: Any, verb: Any) -> list[Any]:
    """The agent of a headline passive told in a following 'as' clause: "TTP commander killed
    as troops raid compound", "Five TTP militants killed as troops storm hideout"
    (the 'as' clause's subject did the attack the toll came from). Only an attack or coercion
    word (events.yaml verbs of type ASSAULT or COERCE, also where the tagger reads it as a
    noun), only an asserted one ("as troops may raid": nothing), and never a subject on the
    victims' own side ("two soldiers martyred as troops storm hideout": the soldiers died in
    their own side's raid, at the hands of someone unnamed).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "TTP commander killed as troops raid compound in Tank"
    >>> sorted((c.event.source.org_name, c.event.event_type, c.event.target.org_name)
    ...        for c in extract_document({"id": "t", "date": "2019-01-01", "text": text}))
    [('Pakistan Army', 'ASSAULT', 'Tehrik-i-Taliban Pakistan')]
    """
    from riftwatch.nlp.modality import modality_of

    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i:
            continue
        if not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in coder.lex.attack_clause_marks
            for c in clause.children
        ):  # "as troops raid", "when American jets bombed" (cues.yaml attack_clause_marks)
            continue
        entry = coder.lex.verbs.get(clause.lemma_.lower()) or {}
        if not entry and coder.lex.light_verbs.get(clause.lemma_.lower()) == "agent":
            # heads19: "as TTP militants open fire on patrol": a light verb (events.yaml
            # light_verbs) whose object is the attack noun
            objects = [c for c in clause.children if c.dep_ == "dobj"]
            entry = (coder.lex.noun_entry(objects[0]) or {}) if objects else {}
        if entry.get("type") not in ("ASSAULT", "COERCE"):
            continue
        if any(c.dep_ in ("aux", "neg") and c.lower_ != "do" for c in clause.children):
            continue  # "as troops may raid", "as troops do not raid": no act asserted
        if clause.pos_ == "VERB" and modality_of(clause, entry["type"], coder.lex).value != (
            "asserted"
        ):
            continue
        agents = [a for c in clause.children if c.dep_ == "nsubj" for a in coder.actors(c)]
        victims = [
            a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in coder.actors(c)
        ]
        own = {k for a in victims if (k := _country_key(a))}
        if any(_country_key(a) in own for a in agents):
            return []  # the victims' own side's raid: not their killer
        return agents
    return []


def _by_authors(coder: Any, noun: Any, verb: Any) -> list[Any]:
    """The parties a "by" phrase names as the maker of ``noun``: on the noun ("a proposal
    by Y"), through a participle on it ("an appeal lodged by Y", "proposals laid out by Y"),
    or on the active verb right after the noun, where the parser may hang it ("rejected a
    proposal by Y")."""
    preps = [c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    preps += [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
              for a in c.children if a.dep_ in ("agent", "prep") and a.lower_ == "by"]  # fmt: skip
    preps += [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
              and c.i == noun.right_edge.i + 1]  # fmt: skip
    return [a for p in preps for o in p.children if o.dep_ == "pobj" for a in coder.actors(o)]


def taken_up_in(lex: Any, verb: Any, prep: Any) -> bool:
    """True when ``verb`` is a participle of being taken up in an act (events.yaml
    ``participant_participles``: engaged, involved, locked, embroiled) read with its passive
    subject and no "by" agent, and ``prep`` is its "in" phrase: "X was engaged in talks with
    Y", "X is locked in a dispute with Y" make X a party of the act, as the active "X engaged
    in talks with Y" does (peers56).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Serbia was engaged in talks with Croatia.")
    >>> taken_up_in(load(), doc[2], doc[3])
    True
    >>> doc = nlp()("Serbia was defeated in talks with Croatia.")
    >>> taken_up_in(load(), doc[2], doc[3])
    False
    """
    return (
        verb.lemma_.lower() in lex.participant_participles
        and prep.dep_ == "prep"
        and prep.lower_ == "in"
        and prep.head.i == verb.i
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def object_makers(coder: Any, noun: Any, verb: Any) -> list[Any]:
    """The party a verb's object ``noun`` names as its maker in a "by" phrase: through a
    participle of making on the noun (cues.yaml ``authoring_participles``: "the proposal put
    forward by Y", "the ban imposed by Y", "the crimes committed by Y"), or a "by" phrase the
    parser hangs on the active verb right after the noun ("welcomed the proposal by Y"). A
    go-between's or a captor's participle ("the truce brokered by Y", "hostages held by Y")
    names no maker; places are never makers (peers56).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor
    >>> doc = nlp()("Chad accepted the terms set by Libya.")
    >>> libya = Actor(id="country:libya", name="Libya", mention="Libya", type="country")
    >>> coder = type("C", (), {"lex": load(), "actors": lambda self, t: [libya] if t.i == 6
    ...                                                 else []})()
    >>> [a.name for a in object_makers(coder, doc[3], doc[1])]
    ['Libya']
    >>> object_makers(coder, nlp()("Chad accepted the truce brokered by Libya.")[3], doc[1])
    []
    """
    makers = coder.lex.authoring_participles
    preps = [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
             and c.lemma_.lower() in makers
             for a in c.children if a.dep_ in ("agent", "prep") and a.lower_ == "by"]  # fmt: skip
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                  and c.i == noun.right_edge.i + 1]  # fmt: skip
    return [a for p in preps for o in p.children if o.dep_ == "pobj"
            for a in coder.actors(o) if a.type != "place"]  # fmt: skip


def _claim_authors(coder: Any, noun: Any, own: set[Any]) -> list[Any]:
    """The party who made the statement ``noun`` names: its possessor ("Y's claims"), a
    modifier before it ("US assertions", "the Togolese accusations") or its "by"/"from"
    phrase ("accusations by Y"); never one of ``own`` nor a place. The party a claim is
    *about* ("charges against Y") is no author."""
    found: list[Any] = []
    for child in noun.children:
        if child.dep_ == "poss" or (
            child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i
        ):
            found += coder.actors(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            found += [a for o in child.children if o.dep_ == "pobj" for a in coder.actors(o)]
    return [a for a in found if a.key() not in own and a.type != "place"]


def _rejecting_verbs_of(lex: Any) -> frozenset[str]:
    """Verbs that throw back what their object names: the claim rejecters and the verbs of
    the refusal frame, less the verbs of denial ("denied an attack by Y" denies the act)."""
    refusal = {v for v, e in lex.verbs.items() if (e or {}).get("frame") == "refusal"}
    return frozenset((lex.claim_rejecting_verbs | refusal) - set(lex.modality.get("denied", ())))


_rejecting_verbs: Derived[Any, frozenset[str]] = Derived(_rejecting_verbs_of)  # once a lexicon


def rejected_claim_authors(coder: Any) -> None:
    """'X rejected Y's accusations', 'X dismissed claims by Y that ...', 'X refuted US
    assertions': the statement is thrown back at its author, a REJECT from X to Y (world19;
    cues.yaml ``claim_rejecting_verbs``, ``authored_claim_nouns``). Likewise any proposal or
    appeal whose maker a "by" phrase names ("X rejected an appeal lodged by Y", "spurned
    offers of talks by Y"), for verbs of rejection but not of denial. The claim's content
    keeps its own reading (what is denied stays denied). A claim with no named author
    ("denied the charges against Y", "dismissed reports that ...") rejects nobody, as
    before; the event is read on the rejecting verb, so "did not dispute Y's findings" is
    not asserted.

    >>> from riftwatch.nlp.extract import extract_document
    >>> sorted({(c.event.event_type, c.event.target.name, c.event.modality)
    ...         for c in extract_document({"id": "d", "date": "2010-01-01",
    ...                                    "text": "Ghana rejected accusations by Togo."})})
    [('REJECT', 'Togo', 'asserted')]
    """
    lex = coder.lex
    by_verbs = _rejecting_verbs(lex)
    for verb in coder.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or (
            lemma not in lex.claim_rejecting_verbs and lemma not in by_verbs
        ):
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i not in coder.actor_of]
        if not objs:
            if lemma in lex.claim_rejecting_verbs:
                _passive_rejected_claim(coder, verb)  # "Y's claim was dismissed by X" (gaps60)
            continue
        sources, passive, how = coder.subject(verb)
        if passive or not sources:
            continue
        own = {a.key() for a in sources}
        authors: list[Any] = []
        for obj in objs:
            if (
                obj.lower_ in lex.authored_claim_nouns
                or obj.lemma_.lower() in lex.authored_claim_nouns
            ):
                if lemma in lex.claim_rejecting_verbs:
                    authors += _claim_authors(coder, obj, own)
            elif lemma in by_verbs and (
                (coder._event_noun(obj) or {}).get("type") not in CONFLICTUAL  # noqa: SLF001
            ):  # "rejected an attack by Y" names the attacker, no author of a proposal
                authors += [a for a in _by_authors(coder, obj, verb)
                            if a.key() not in own and a.type != "place"]  # fmt: skip
        done = _coded_pairs(coder, verb)
        authors = [a for a in authors if not all((s.key(), a.key()) in done for s in sources)]
        if not authors:
            continue
        why = [f"'{verb.text} {objs[0].text}': a statement or proposal thrown back at its "
               "author (REJECT)", f"source: {how}", "target: its author"]  # fmt: skip
        coder._emit(sources, authors, "REJECT", None, verb, why)  # noqa: SLF001 - the coder's own


def _passive_rejected_claim(coder: Any, verb: Any) -> None:
    """'Y's claim was dismissed as propaganda by X', 'a Y statement was rejected as baseless by
    X': the passive of :func:`rejected_claim_authors`. The statement (an authored claim noun
    the passive subject names) is thrown back at its author Y by the party of the "by"
    phrase, a REJECT from X to Y; any event coded on the verb between X and the statement's
    author (the "dismiss ... as" disparagement, ACCUSE, read off the author as the verb's
    patient) is that REJECT, not a second act (gaps60). With no "by" party, nobody rejects."""
    lex = coder.lex
    claims = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")
              and c.i not in coder.actor_of
              and (c.lower_ in lex.authored_claim_nouns
                   or c.lemma_.lower() in lex.authored_claim_nouns)]  # fmt: skip
    if not claims:
        return
    sources = [a for a in coder.agent(verb) or _by_after_as(coder, verb) if a.type != "place"]
    if not sources:
        return
    own = {a.key() for a in sources}
    authors = [a for claim in claims for a in _claim_authors(coder, claim, own)]
    if not authors:
        return
    pairs = {(s.key(), a.key()) for s in sources for a in authors}
    coder.events[:] = [e for e in coder.events if e.trigger.i != verb.i
                       or (e.source.key(), e.target.key()) not in pairs]  # fmt: skip
    why = [f"'{claims[0].text} ... {verb.text} by': a statement thrown back at its author "
           "(REJECT)", "source: the 'by' phrase", "target: the statement's author"]  # fmt: skip
    coder._emit(sources, authors, "REJECT", None, verb, why)  # noqa: SLF001 - the coder's own


def _by_after_as(coder: Any, verb: Any) -> list[Any]:
    """The actors of a "by" phrase the parser hung inside the verb's "as" phrase ("was
    dismissed as a lie by X": on "lie"; "was rejected as fabricated by X": on "fabricated")."""
    found: list[Any] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            heads = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in child.children
        ):
            heads = [child]
        else:
            continue
        for head in heads:
            for by in head.children:
                if by.dep_ in ("prep", "agent") and by.lower_ == "by":
                    found += [a for o in by.children if o.dep_ == "pobj"
                              for a in coder.actors(o)]  # fmt: skip
    return found


# -- world20: a third party working on the relation of two others ----------------------------


_BETWEEN_PREPS = frozenset({"between", "among", "amongst"})
_RELATION_FRAMES = frozenset({"symmetric", "reciprocal"})


def _between_parties(
    coder: Any,
    noun: Any,
    preps: Iterable[str] = _BETWEEN_PREPS,
    keep: Callable[[Any, Any], bool] | None = None,
) -> list[Any]:
    """The actors a noun's "between" (or "among") phrase names, conjuncts and their owners
    included: "the dispute between Y and Z" -> [Y, Z]; "rivalry between Y's emirate and Z's
    fighters" -> [Y, Z] (every actor inside the phrase is one of its sides). ``preps`` narrows
    the prepositions; ``keep(actor, token)`` drops the actors it refuses (one per side)."""
    found: dict[str, Any] = {}
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for tok in prep.subtree:
            for actor in coder.actors(tok):
                if keep is None or keep(actor, tok):
                    found.setdefault(actor.key(), actor)
    return list(found.values())


def _one_party(one: Any, other: Any) -> bool:
    """One actor, or two of the same country ("the Mexican government" and "Mexico")."""
    if one.key() == other.key():
        return True
    iso = one.country or _iso_of_key(one.key())
    return iso is not None and iso == (other.country or _iso_of_key(other.key()))


def others_relation(coder: Any) -> None:
    """'X tried to end the feud between Y and Z', 'X launched a mediation effort to resolve
    the rift between Y and Z': a hostile relation noun of two parties (events.yaml nouns of
    a conflict type with a symmetric or reciprocal frame: rift, feud, conflict, tensions;
    not a meeting, which its host takes part in) whose "between"
    phrase names its parties relates those parties only. An event coded on the noun from
    anyone else (the third party working on it) is withdrawn: before, the subject of "end"
    or "resolve" was coded easing (RETREAT) or splitting (REJECT) from one of the parties.
    The parties' own relation stays as the noun and its governors make it (world20).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "Qatar tried to end the feud between Hamas and Fatah."
    >>> sorted({(c.event.source.name, c.event.target.name)
    ...         for c in extract_document({"id": "d", "date": "2015-01-01", "text": text})})
    []
    """
    drop: set[int] = set()
    for n, event in enumerate(coder.events):
        noun = event.trigger
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        entry = coder._event_noun(noun) or {}  # noqa: SLF001 - the coder's own reading
        if entry.get("frame") not in _RELATION_FRAMES or entry.get("type") not in CONFLICTUAL:
            continue  # "hosted a meeting between Y and Z": the host takes part (kept)
        between = _between_parties(coder, noun)
        if not between:
            continue
        # a side the parser left outside the phrase is still a side when the noun's own
        # reciprocal reading makes it the other's partner ("rivalry between Y's emirate and
        # Z's fighters": Z -> Y and Y -> Z)
        sides = [*between, *(e.target for e in coder.events if e.trigger.i == noun.i)]
        if not any(_one_party(event.source, a) for a in sides):
            drop.add(n)
    if drop:
        coder.events[:] = [e for n, e in enumerate(coder.events) if n not in drop]


def _purpose_clauses(holder: Any) -> list[Any]:
    """The infinitive clauses that say what a mediation is for: on the noun ("an effort to
    resolve ..."), through a participle on it ("an effort designed to help ..."), or on the
    verb that takes the noun as its object ("launched a mediation bid to end ...")."""
    heads = [holder]
    if holder.dep_ in ("dobj", "obj") and holder.head.pos_ in ("VERB", "AUX"):
        heads.append(holder.head)
    found: list[Any] = []
    for head in heads:
        for child in head.children:
            if child.dep_ not in ("acl", "relcl", "advcl", "xcomp") or child.pos_ != "VERB":
                continue
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                found.append(child)
            elif child.tag_ == "VBN":  # "designed to", "aimed at ending" (the infinitive)
                found += [c for c in child.children if c.dep_ in ("xcomp", "advcl")]
    return found


def _purpose_parties(coder: Any, clause: Any, own: set[str]) -> list[Any]:
    """Two or more parties a purpose clause names together: a "between" phrase ("to end the
    feud between Y and Z") or coordinated actors ("to help Y and Z reach a deal")."""
    found: dict[str, Any] = {}
    for tok in clause.subtree:
        between = tok.dep_ == "pobj" and tok.head.lower_ in _BETWEEN_PREPS
        coordinated = tok.dep_ != "conj" and any(c.dep_ == "conj" for c in tok.children)
        group = [tok, *tok.conjuncts] if between or coordinated else []
        actors = {a.key(): a for t in group for a in coder.actors(t) if a.key() not in own}
        # a "between" phrase names two sides even when one is no actor ("between Y and
        # other states"); plain coordination needs both
        if len(actors) >= (1 if between else 2):
            for key, actor in actors.items():
                found.setdefault(key, actor)
    return list(found.values())


def mediation_purposes(coder: Any) -> None:
    """'X launched a mediation effort to resolve the dispute between Y and Z', '... designed
    to help Y and Z reach a settlement': a mediation noun (nominals.yaml ``mediation``) whose
    purpose clause names the parties it mediates between is a mediation with each of them,
    with the noun's type and mode, on the noun (so its modality is the noun's: "refused to
    launch a mediation effort" is no mediation asserted). What the mediator is coded doing
    to those parties inside the purpose ("to help Y", "to end the feud") is the mediation's
    aim, not an act of its own, and is withdrawn (before: an asserted AID "to help"; world20).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "Ghana launched a mediation effort to help Togo and Benin reach a settlement."
    >>> sorted({(c.event.source.name, c.event.event_type, c.event.mode, c.event.target.name)
    ...         for c in extract_document({"id": "d", "date": "2015-01-01", "text": text})})
    [('Ghana', 'CONSULT', 'mediation', 'Benin'), ('Ghana', 'CONSULT', 'mediation', 'Togo')]
    """
    for noun in coder.doc:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        entry = coder._event_noun(noun) or {}  # noqa: SLF001 - the coder's own reading
        if entry.get("mode") != "mediation":
            continue
        holder = noun.head if noun.dep_ == "compound" else noun  # "a mediation effort"
        clauses = _purpose_clauses(holder)
        if not clauses:
            continue
        mediators, _how = coder._nominal_owner(holder)  # noqa: SLF001
        if not mediators and holder.dep_ in ("dobj", "obj"):
            mediators, passive, _how = coder.subject(holder.head)
            mediators = [] if passive else mediators
        if not mediators:
            continue
        own = {a.key() for a in mediators}
        parties = [p for c in clauses for p in _purpose_parties(coder, c, own)]
        if not parties:
            continue
        inside = {t.i for c in clauses for t in c.subtree}
        keys = {p.key() for p in parties}
        coder.events[:] = [
            e for e in coder.events
            if not (e.trigger.i in inside and e.source.key() in own and e.target.key() in keys)
        ]  # fmt: skip
        done = _coded_pairs(coder, noun)
        parties = [p for p in parties if not all((s, p.key()) in done for s in own)]
        why = [f"'{noun.text}' with the parties its purpose names: {entry['type']} (mediation)",
               "source: the mediator", "target: a party named in the purpose"]  # fmt: skip
        coder._emit(mediators, parties, entry["type"], "mediation", noun, why)  # noqa: SLF001


def _defence_grounds(verb: Any, obj: Any, lex: Any) -> list[Any]:
    """The words the verb's object is defended against: the nouns of an "over / against /
    from" phrase on the verb or the object that name a statement or a rebuke ("over claims
    of fraud", "against American criticism"); empty when there is none."""
    nouns = lex.authored_claim_nouns | lex.defence_ground_nouns
    return [
        pobj
        for holder in (verb, obj)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in lex.defence_ground_preps
        for pobj in prep.children
        if pobj.dep_ == "pobj" and (pobj.lower_ in nouns or pobj.lemma_.lower() in nouns)
    ]


def _conduct_owners(coder: Any, obj: Any, lex: Any) -> list[Any]:
    """The party whose conduct the object is ("Y's handling of the crisis", "the policy of
    Y", "Venezuelan policy"): the possessor, a country word or name before it, or the "of"
    phrase of a noun of ``defended_conduct_nouns``."""
    if obj.lower_ not in lex.defended_conduct_nouns and obj.lemma_.lower() not in (
        lex.defended_conduct_nouns
    ):
        return []
    for child in obj.children:
        if child.dep_ == "poss":
            # "X defended its policies": the defender's own (a pronoun's antecedent may be
            # bound elsewhere by the resolver; no party is read from it)
            return [] if child.pos_ == "PRON" else coder.actors(child)
    for child in obj.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i in coder.actor_of:
            return coder.actors(child)  # "defended Venezuelan policy", "U.S. strategy"
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return coder.actors(pobj)
    return []


def verbal_defence(coder: Any) -> None:
    """'X defended Y over claims of fraud', 'X defended Y's handling of the crisis': a party
    defended in words is supported, SUPPORT from the defender (CAMEO 052, "defend
    verbally"; cues.yaml ``verbal_defence_verbs``, ``defence_ground_nouns``,
    ``defended_conduct_nouns``). The base dictionary's reading of the bare verb, AID
    (protection), is replaced on that pair; armed defence ("troops defended the town
    against Y") is left alone. The modality is the verb's ("did not defend" is negated;
    world20).

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "Bolivia defended Venezuela over claims of election fraud."
    >>> sorted({(c.event.event_type, c.event.target.name, c.event.modality)
    ...         for c in extract_document({"id": "d", "date": "2015-01-01", "text": text})})
    [('SUPPORT', 'Venezuela', 'asserted')]
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.verbal_defence_verbs:
            continue
        sources, passive, how = coder.subject(verb)
        if passive or not sources:
            continue
        own = {a.key() for a in sources}
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "obj"):
                continue
            grounds = _defence_grounds(verb, obj, lex)
            parties = [a for a in coder.actors(obj) if a.key() not in own and a.type != "place"]
            if parties and not grounds:
                parties = []
            if not parties:
                parties = [a for a in _conduct_owners(coder, obj, lex)
                           if a.key() not in own and a.type != "place"]  # fmt: skip
            if not parties:
                continue
            keys = {a.key() for a in parties}
            # the author of the criticism ("against American criticism") is not the party
            # defended: an event the dictionary's pattern aimed at it moves to that party
            critics = {a.key() for g in grounds for t in g.subtree for a in coder.actors(t)}
            moved = [e for e in coder.events if e.trigger.i == verb.i
                     and e.source.key() in own and e.target.key() in critics - keys]  # fmt: skip
            coder.events[:] = [
                e for e in coder.events
                if not (e.trigger.i == verb.i and e.source.key() in own
                        and e.target.key() in keys and e.event_type != "SUPPORT")
                and e not in moved
            ]  # fmt: skip
            done = _coded_pairs(coder, verb, "SUPPORT")
            parties = [a for a in parties if not all((s, a.key()) in done for s in own)]
            why = [f"'{verb.text}' in words: SUPPORT (CAMEO 052, defend verbally)"]
            if moved and moved[0].event_type == "SUPPORT":
                why = moved[0].why[:1]  # the dictionary pattern that read it (provenance)
            why += [f"source: {how}", f"target: '{obj.text}' or its owner, not the critic"]
            coder._emit(sources, parties, "SUPPORT", None, verb, why)  # noqa: SLF001


_RETOLD_DETERMINERS = frozenset({"the", "this", "that"})


def ended_tie_told_before(coder: Any, noun: Any, entry: dict[str, Any]) -> tuple[Any, Any] | None:
    """The parties of the tie told before that the definite relation noun ``noun`` names again
    as the subject of a verb that ends or sours it, or None (lead43). "X and Y announced a
    merger in May, but the agreement collapsed within days"; "X and Y formed an alliance in
    2012. The alliance broke down in 2013." The noun names no party of its own, so without
    this the ending was lost, and an ending is what a rift watcher must see.

    Only a noun of a tie counts (an entry of type COOPERATE or AGREE, reciprocal or
    symmetric) with "the", "this" or "that", as the subject of an ending verb (cues.yaml
    ``ending_verbs``) or a souring one (``reluctance``). The tie is the last one this
    sentence told before the noun, else the latest the document told with the same noun
    ("the alliance" after "formed an alliance"), else the latest tie of any kind. The verb
    turns it into a distancing in modality, with that verb's own modality: "the agreement
    did not collapse" ends nothing.

    >>> from riftwatch.nlp.code import SentenceCoder
    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The alliance collapsed in 2013.")
    >>> coder = SentenceCoder(load(), doc, {})
    >>> entry = {"type": "COOPERATE", "frame": "reciprocal"}
    >>> ended_tie_told_before(coder, doc[1], entry) is None  # no tie told before
    True
    """
    if entry.get("type") not in ("COOPERATE", "AGREE"):
        return None
    if entry.get("frame") not in ("reciprocal", "symmetric"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in _RETOLD_DETERMINERS for c in noun.children):
        return None
    from riftwatch.nlp.modality import (  # noqa: PLC0415 - modality imports us
        ending_noun_over,
        ends_relation,
    )

    # "the collapse of the truce": a noun of ending over it ends it too (fix62)
    if ending_noun_over(noun, coder.lex) is None:
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        lemma = verb.lemma_.lower()
        if not (ends_relation(verb, noun, coder.lex) or lemma in coder.lex.reluctance):
            return None
    return relation_told_before(
        coder, noun, ("COOPERATE", "AGREE"), named={noun.lower_, noun.lemma_.lower()}
    )


def doubted_relation_told_before(
    coder: Any, noun: Any, entry: dict[str, Any]
) -> tuple[Any, Any] | None:
    """The parties of the relation told before that a relation noun without a party of its
    own names again only to doubt, deny or negate it, or None (stop 44). "Hizbul Islam left
    al-Shabaab. A U.S. official said talk of a split was premature"; "... Western officials
    dismissed the split as propaganda"; "... Analysts doubt that the rift is real". The
    dissent is the counter-evidence an analyst must see beside the report it answers, and
    without the parties it was lost.

    Only a noun of a break that holds between two parties (a reciprocal or symmetric entry
    of type REJECT: split, rift, break) whose own words the modality cues read as denied,
    doubted or negated: the relation is then never asserted again ("the split weakened both
    groups" names none), and a doubt about what follows it ("the split was unlikely to
    change much") is no doubt of the split. Ties are left alone: "the formal merger was
    unlikely to change much" may name a tie other than the latest. The parties are those
    of the last REJECT this sentence told before the noun, else the latest the document
    told. The event keeps the modality its words give.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = ("Hizbul Islam announced that it had left al-Shabaab. A U.S. official said "
    ...         "talk of a split was premature.")
    >>> sorted({(c.event.event_type, c.event.modality) for c in extract_document(
    ...     {"id": "d", "date": "2012-09-26", "text": text})})
    [('REJECT', 'asserted'), ('REJECT', 'uncertain')]
    """
    kind = entry.get("type")
    if kind != "REJECT" or entry.get("frame") not in ("reciprocal", "symmetric"):
        return None
    if any(t.i in coder.actor_of for t in noun.subtree):
        return None
    from riftwatch.nlp.modality import modality_of  # noqa: PLC0415 - modality imports us

    read = modality_of(noun, kind, coder.lex)
    if read.value not in ("denied", "uncertain", "negated"):
        return None
    cue = read.cue_token
    if cue is not None and any(
        c.dep_ in ("xcomp", "ccomp") and not noun.is_ancestor(c) and not c.is_ancestor(noun)
        for c in cue.children
    ):
        return None  # "the split was unlikely to change much": the doubt is about the change
    return relation_told_before(coder, noun, (kind,))


def relation_told_before(
    coder: Any, noun: Any, kinds: tuple[str, ...], named: set[str] | frozenset[str] = frozenset()
) -> tuple[Any, Any] | None:
    """The parties of the relation that ``noun``, naming no party of its own, names again:
    the last act of one of ``kinds`` (PLOVER types) this sentence told before the noun, else
    the latest act of the document told with one of the words ``named`` (the noun itself:
    "the alliance" after "formed an alliance") between parties that the document told in
    such a relation, else the latest act of ``kinds`` the document told; None when there is
    none. An act of a party with itself names nothing. The one walk of the earlier acts
    behind :func:`ended_tie_told_before` (lead43) and :func:`doubted_relation_told_before`
    (stop 44).

    >>> from riftwatch.nlp.code import Actor, SentenceCoder, Told
    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The split was premature.")
    >>> coder = SentenceCoder(load(), doc, {})
    >>> x, y, z = (Actor(k, k, k) for k in "XYZ")
    >>> coder.earlier_acts = [Told(x, y, "split", "REJECT"), Told(x, z, "attack", "ASSAULT")]
    >>> [a.name for a in relation_told_before(coder, doc[1], ("REJECT",))]
    ['X', 'Y']
    >>> relation_told_before(coder, doc[1], ("AGREE",)) is None
    True
    """
    here = [
        e for e in coder.events
        if e.trigger.i < noun.i and e.event_type in kinds and e.source.key() != e.target.key()
    ]  # fmt: skip
    if here:
        return here[-1].source, here[-1].target
    told = [t for t in coder.earlier_acts if t.kind in kinds and t.source.key() != t.target.key()]
    if named:
        pairs = {(t.source.key(), t.target.key()) for t in told}
        same = [t for t in coder.earlier_acts
                if t.lemma in named and (t.source.key(), t.target.key()) in pairs]  # fmt: skip
        if same:
            return same[-1].source, same[-1].target
    return (told[-1].source, told[-1].target) if told else None


# -- a rising put down (replay25) --------------------------------------------------------------
_BACK_POINTING = frozenset({"the", "this", "that", "their", "its", "his", "her"})
"""Determiners and possessive pronouns of a rising noun that point back to a rising the
sentence already told ("the revolt", "their uprising"), as "a revolt" does not."""

_OTHER_MAKERS = frozenset({"of", "by", "among", "from"})
"""Prepositions of a rising noun that name its makers: a noun with one of these and no actor
in it names makers other than the sentence's earlier parties ("the revolt of the peasants")."""


def _earlier_rebels(coder: Any, verb: Any, own: set[str]) -> list[Any]:
    """The parties whose hostile act the sentence told before ``verb``: the sources of the
    last conflictual event whose trigger precedes the verb and whose source is no suppressor
    (``own``) and no place; [] when no such event came first."""
    before = [e for e in coder.events
              if e.trigger.i < verb.i and e.event_type in CONFLICTUAL
              and e.source.key() not in own and e.source.type != "place"]  # fmt: skip
    if not before:
        return []
    last = max(e.trigger.i for e in before)
    found: dict[str, Any] = {}
    for e in before:
        if e.trigger.i == last:
            found.setdefault(e.source.key(), e.source)
    return list(found.values())


def _suppressed_subject(data: dict[str, Any], noun: Any) -> Any:
    """The passive verb of stopping whose subject is ``noun`` ("the revolt was crushed",
    "the mutiny was put down"), else None."""
    head = noun.head
    if noun.dep_ != "nsubjpass" or head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    keys = [f"{lemma} {c.lower_}" for c in head.children if c.dep_ == "prt"] + [lemma]
    return head if any(k in data["suppressing"] for k in keys) else None


def suppressed_risings(coder: Any) -> None:
    """'X rose against Y, and Y crushed the revolt', 'Z seized the town, and the army put down
    the rebellion', 'Y quelled Z's mutiny', 'the revolt was crushed by Y': a rising stopped by
    force is a COERCE (CAMEO 175, repression) from the verb's subject (or passive agent) to
    the rising's makers (nominals.yaml ``rising_nouns``, ``suppressing_verbs``; replay25).
    The makers are named on the noun (a possessor, an "of"/"by" phrase, "led by Z"); else,
    when the noun points back ("the revolt", "their uprising") and names no maker of its own,
    they are the parties whose hostile act an earlier clause of the same sentence told (its
    last such act before the verb; never the suppressor itself). "a revolt" (no earlier
    rising), "the revolt of the peasants" (other makers) and a sentence with no hostile act
    before the verb name no one. Read on the verb, so "did not crush the revolt" is negated
    and "may put down the rebellion" hedged.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = ("The Volta Brigade rose against the Kumasi Front, and the Kumasi Front "
    ...         "crushed the revolt.")
    >>> sorted({(c.event.source.name, c.event.event_type, c.event.target.name)
    ...         for c in extract_document({"id": "d", "date": "1950-01-01", "text": text})})
    [('Kumasi Front', 'COERCE', 'Volta Brigade'), ('Volta Brigade', 'REJECT', 'Kumasi Front')]
    """
    data = _place_data()
    for noun in coder.doc:
        if noun.pos_ != "NOUN" or noun.lower_ not in data["risings"]:
            continue
        verb = _suppressing_verb(data, noun) or _suppressed_subject(data, noun)
        if verb is None:
            continue
        sources, passive, how = coder.subject(verb)
        if passive:
            sources, how = coder.agent(verb), "agent of the passive"
        sources = [a for a in sources if a.type != "place"]
        if not sources:
            continue
        own = {a.key() for a in sources}
        makers = [a for a in _protest_doers(coder, noun) if a.key() not in own
                  and a.type != "place"]  # fmt: skip
        whom = "the rising's makers named on the noun"
        if not makers:
            points_back = any(
                c.dep_ in ("det", "poss") and c.lower_ in _BACK_POINTING for c in noun.children
            )
            own_makers = any(
                c.dep_ in ("compound", "nmod", "amod", "acl", "relcl")
                or (c.dep_ == "prep" and c.lower_ in _OTHER_MAKERS)
                for c in noun.children
            )  # "the peasant revolt", "the revolt of the sailors": makers of its own
            if not points_back or own_makers:
                continue
            makers = _earlier_rebels(coder, verb, own)
            whom = "the parties of the sentence's earlier hostile act"
        done = _coded_pairs(coder, verb)
        makers = [a for a in makers if all((s, a.key()) not in done for s in own)]
        if not makers:
            continue
        why = [f"'{verb.text} the {noun.text}': a rising put down -> COERCE", f"source: {how}",
               f"target: {whom}"]  # fmt: skip
        coder._emit(sources, makers, "COERCE", None, verb, why)  # noqa: SLF001 - the coder's own


def _reciprocal(lex: Any, tok: Any) -> bool:
    """Is ``tok`` the head of a reciprocal pronoun ("each other", "one another"; cues.yaml
    ``reciprocal_objects``)?"""
    words = " ".join(t.lower_ for t in tok.subtree)
    return words in lex.reciprocal_objects


def mutual_ceasefire(coder: Any) -> None:
    """'X and Y stopped fighting each other', 'X and Y ceased attacking one another': a verb of
    ceasing (cues.yaml ``truce_ceasing_verbs``) whose complement is an ASSAULT verb of the
    lexicon done by coordinated or plural parties to each other, with no other object, is a
    de facto truce: AGREE both ways, as "X and Y observed a truce" is (replay39). The ceasing
    verb is the trigger, so "did not stop fighting each other" is negated and "may stop"
    hedged; the fighting stays negated by the ceasing verb as before. "The army stopped
    fighting the rebels" (one side's halt) and "X and Y stopped fighting together" (a joint
    fight that ended) are no truce.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "In 1950 the Volta Army and the Kumasi Brigade stopped fighting each other."
    >>> sorted((c.event.source.name, c.event.target.name, c.event.modality)
    ...        for c in extract_document({"id": "t", "date": "1950-01-01", "text": text})
    ...        if c.event.event_type == "AGREE")  # doctest: +NORMALIZE_WHITESPACE
    [('Kumasi Brigade', 'Volta Army', 'asserted'),
     ('Volta Army', 'Kumasi Brigade', 'asserted')]
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.lemma_.lower() not in lex.truce_ceasing_verbs or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue  # "stopped the fighting between ...": read by the noun
        fights = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                  and (lex.verbs.get(c.lemma_.lower()) or {}).get("type") == "ASSAULT"]  # fmt: skip
        if not fights:
            continue
        fight = fights[0]
        other = False
        for child in fight.children:
            if child.lower_ in lex.companion_adverbs or child.lower_ in lex.comitative_preps:
                other = True  # "stopped fighting together / alongside Y": a joint fight ended
            elif child.dep_ in ("dobj", "obj") and not _reciprocal(lex, child):
                other = True  # "stopped fighting the rebels": one side's halt
            elif child.dep_ == "prep":
                objs = [o for o in child.children if o.dep_ == "pobj"]
                if any(not _reciprocal(lex, o) and coder.actors(o) for o in objs):
                    other = True  # "stopped fighting against the army"
        if other:
            continue
        sources, passive, how = coder.subject(verb)
        parties = list({a.key(): a for a in sources}.values())
        if passive or len(parties) < 2:
            continue
        done = _coded_pairs(coder, verb, "AGREE")
        if all((a.key(), b.key()) in done for a in parties for b in parties if a is not b):
            continue
        why = [f"'{verb.text} {fight.text}' each other: the parties' fighting ceased -> AGREE "
               "(a truce)", f"parties: {how}"]  # fmt: skip
        coder._emit_pairs(parties, "AGREE", None, verb, why)  # noqa: SLF001


def served_in_ranks(coder: Any) -> None:
    """'X's fighters served in Y's ranks', 'X fought in the ranks of Y': a verb of serving
    (cues.yaml ``ranks_serving_verbs``) with an "in" phrase on a ``ranks_nouns`` word owned by
    another party (a possessive or an "of" phrase) makes the subject a part of that party's
    force: X COOPERATEs with Y, one way, with the serving verb's modality (replay39). "Sowed
    discord in Y's ranks" (no verb of serving) and a party's own ranks give nothing.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "In 1950 fighters of the Volta Army served in the ranks of the Kumasi Brigade."
    >>> sorted((c.event.source.name, c.event.event_type, c.event.target.name)
    ...        for c in extract_document({"id": "t", "date": "1950-01-01", "text": text}))
    [('Volta Army', 'COOPERATE', 'Kumasi Brigade')]
    """
    lex = coder.lex
    for noun in coder.doc:
        if noun.lower_ not in lex.ranks_nouns or noun.dep_ != "pobj":
            continue
        prep = noun.head
        verb = prep.head
        if prep.lower_ != "in" or verb.lemma_.lower() not in lex.ranks_serving_verbs:
            continue
        owners = [a for c in noun.children if c.dep_ == "poss" for a in coder.actors(c)]
        owners += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ == "pobj" for a in coder.actors(o)]  # fmt: skip
        sources, passive, how = coder.subject(verb)
        keys = {a.key() for a in sources}
        owners = [a for a in owners if a.key() not in keys]
        if passive or not sources or not owners:
            continue
        done = _coded_pairs(coder, verb, "COOPERATE")
        owners = [b for b in owners if any((a.key(), b.key()) not in done for a in sources)]
        if not owners:
            continue
        why = [f"'{verb.text} in the {noun.text}' of another party: the subject serves in its "
               "force -> COOPERATE", f"source: {how}"]  # fmt: skip
        coder._emit(sources, owners, "COOPERATE", None, verb, why)  # noqa: SLF001


def joined_led_body(coder: Any) -> None:
    """'X joined the Z Front, a coalition led by Y', 'X joined Z, the joint command headed by
    P of Y': a joining verb (cues.yaml ``led_body_joining_verbs``) whose object is a named body
    with an apposition that names the body's leader (:func:`led_coalition`) joins the leader's
    coalition too: the verb's lexicon entry from X to Y, beside the one to Z (replay39). The
    joining verb is the trigger, so "refused to join" and "may join" are not asserted; the
    leader must be another party than X and Z.

    >>> from riftwatch.nlp.extract import extract_document
    >>> text = "In 1950 the Volta Army joined the Delta Front, an alliance led by Hamas."
    >>> sorted((c.event.source.name, c.event.event_type, c.event.target.name)
    ...        for c in extract_document({"id": "t", "date": "1950-01-01", "text": text})
    ...        if c.event.target.name == "Hamas")
    [('Volta Army', 'SUPPORT', 'Hamas')]
    """
    lex = coder.lex
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.led_body_joining_verbs:
            continue
        entry = lex.verbs.get(verb.lemma_.lower()) or {}
        if not entry.get("type"):
            continue
        leaders = []
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "obj") or not coder.actors(obj):
                continue
            named = {a.key() for a in coder.actors(obj)}
            for appos in obj.children:
                if appos.dep_ != "appos":
                    continue
                leader = led_coalition(coder, appos)
                if leader is not None and leader.key() not in named:
                    leaders.append(leader)
        sources, passive, how = coder.subject(verb)
        keys = {a.key() for a in sources}
        leaders = [a for a in leaders if a.key() not in keys]
        if passive or not sources or not leaders:
            continue
        done = _coded_pairs(coder, verb, entry["type"])
        leaders = [b for b in leaders if any((a.key(), b.key()) not in done for a in sources)]
        if not leaders:
            continue
        why = [f"'{verb.text}' a body whose apposition names its leader -> {entry['type']} "
               "to the leader", f"source: {how}"]  # fmt: skip
        coder._emit(sources, leaders, entry["type"], entry.get("mode"), verb, why)  # noqa: SLF001


def _asked_act(tok: Any) -> bool:
    """True when ``tok`` is an act its head asks for: an infinitive complement ("pressured Y
    to reopen the border", "pressure from Y to sign") or "into" with a gerund ("pressured Y
    into signing")."""
    if tok.dep_ in ("xcomp", "ccomp", "acl") and tok.pos_ in ("VERB", "AUX"):
        return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)
    return (
        tok.dep_ == "prep"
        and tok.lower_ == "into"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in tok.children)
    )


def barred_act_entry(verb: Any, entry: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The entry of a verb that keeps a party from an act ("X banned Y from taking part in
    the vote", "banned the party from holding rallies"): the type and mode the verb takes
    with a "from" phrase whose object is a gerund (events.yaml ``from_gerund_type`` and
    ``from_gerund_mode``; peers62). A ban on a party's acts restricts that party (CAMEO 172,
    1722: administrative sanctions, bans on parties and politicians, PLOVER COERCE), as
    "barred Y from entering" does; a ban with no act named ("banned the group") keeps the
    verb's own type.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Peru banned the party from holding rallies.")
    >>> entry = {"type": "SANCTION", "from_gerund_type": "COERCE", "from_gerund_mode": "restrict"}
    >>> barred_act_entry(doc[1], entry)[0]["type"]
    'COERCE'
    >>> doc = nlp()("Peru banned the party.")
    >>> barred_act_entry(doc[1], entry)[0]["type"]
    'SANCTION'
    """
    kind = entry.get("from_gerund_type")
    if not kind or not any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    ):
        return entry, []
    mode = entry.get("from_gerund_mode")
    return {**entry, "type": kind, "mode": mode}, [
        f"'{verb.text}' a party from an act: {kind} (the act kept from it)"
    ]


def asked_act_entry(head: Any, entry: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The entry of a verb or noun of pressure as the act it pushes for leaves it
    (events.yaml ``complement_type``; peers61).

    Pressure with no act named is coercion ("X stepped up pressure on Y"); pressure on a
    party to do an act ("X pressured Y to reopen the border", "Y faces pressure from X to
    sign", "pressured Y into signing") asks that party for the act: a demand (CAMEO 10,
    PLOVER REQUEST), as "pressed Y to" and "urged Y to" are. The act asked for is not
    asserted (cues.yaml request verbs make its modality).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Peru pressured Bolivia to reopen the border.")
    >>> asked_act_entry(doc[1], {"type": "COERCE", "complement_type": "REQUEST"})[0]["type"]
    'REQUEST'
    >>> doc = nlp()("Peru stepped up pressure on Bolivia.")
    >>> asked_act_entry(doc[4], {"type": "COERCE", "complement_type": "REQUEST"})[0]["type"]
    'COERCE'
    """
    kind = entry.get("complement_type")
    if not kind or not any(_asked_act(c) for c in head.children):
        return entry, []
    return {**entry, "type": kind}, [f"'{head.text}' to do an act: {kind} (the act asked for)"]


_TAKEN_IN_TYPES = frozenset({"AID", "COOPERATE"})
_MEN_OWNERS = frozenset({"armed_group", "faction", "shura", "party", "tribe"})
"""Actor types whose men taken in by another body join it (mechanisms.absorbed_members)."""


def _taken_men(verb: Any, lex: Any) -> Any:
    """The men a verb of taking in has as its object ("took in fighters of Y", "absorbed
    hundreds of Y gunmen": the counted noun of a quantity), or None."""
    men = lex.defecting_member_nouns | lex.taken_member_nouns
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        if obj.lower_ in men:
            return obj
        if obj.lower_ in lex.partitive_quantifiers or obj.like_num:
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for noun in prep.children:
                        if noun.dep_ == "pobj" and noun.lower_ in men:
                            return noun
    return None


def _takes_in(verb: Any, lex: Any, verbs: frozenset[str] | None = None) -> bool:
    """Is ``verb`` one of cues.yaml ``member_taking_verbs`` (or of ``verbs``), with its
    particle when the entry names one ("took in", "took them in"; "absorbed", "incorporated")?"""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return any(
        entry.split()[0] == lemma and set(entry.split()[1:]) <= particles
        for entry in (lex.member_taking_verbs if verbs is None else verbs)
    )


def _taken_group(coder: Any, event: Any) -> bool:
    """Is ``event`` coded from a verb by which a body takes in another group itself (cues.yaml
    ``group_taking_verbs``: "X absorbed Y", "X swallowed up Y", "Y was absorbed by X") from
    the taker to the group taken? (gaps62)"""
    verb = event.trigger
    if event.event_type != "COOPERATE" or not _takes_in(
        verb, coder.lex, coder.lex.group_taking_verbs
    ):
        return False
    if event.target.type not in _MEN_OWNERS or event.source.type not in _MEN_OWNERS:
        return False
    sources, passive, _how = coder.subject(verb)
    keys = {s.key() for s in sources}
    if passive:  # "Y was absorbed by X": the agent took in the subject
        agents = [c for c in verb.children if c.dep_ == "agent"]
        return bool(agents) and event.target.key() in keys
    if event.source.key() not in keys:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(coder.actor_of.get(o.i) is not None
               and coder.actor_of[o.i].key() == event.target.key() for o in objects)  # fmt: skip


def absorbed_members(coder: Any) -> None:
    """A body that takes in another group's men ("X took in fighters of Y", "X absorbed
    hundreds of fighters from Y", "X incorporated Y's remnants"): the men join X, so the
    relation runs from their group to X (COOPERATE, mode merger, as "Y was absorbed into X"
    is; MMP31_WORLD.md: a member -> the body it is taken into), not X's refuge for Y or X's
    merger into Y. Men of no named group ("took in gunmen of other factions") give nothing.
    Read on the verb, so a negated or offered taking-in keeps its modality. Refuge given to
    a party itself ("took them in" after they fled, "took Y in") stays as coded (gaps61).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> from riftwatch.nlp.code import Actor, SentenceCoder, Event
    >>> doc = nlp()("Hamas took in fighters of Fatah.")
    >>> a = Actor(id="org:a", name="Hamas", mention="Hamas", type="armed_group")
    >>> b = Actor(id="org:b", name="Fatah", mention="Fatah", type="armed_group")
    >>> coder = SentenceCoder(load(), doc, {0: a, 5: b})
    >>> coder._emit([a], [b], "AID", "shelter", doc[1], ["took in"])
    >>> absorbed_members(coder)
    >>> [(e.source.name, e.event_type, e.mode, e.target.name) for e in coder.events]
    [('Fatah', 'COOPERATE', 'merger', 'Hamas')]
    """
    lex = coder.lex
    if not lex.member_taking_verbs:
        return
    for event in list(coder.events):
        verb = event.trigger
        if event.event_type not in _TAKEN_IN_TYPES or verb.pos_ != "VERB":
            continue
        if _taken_group(coder, event):
            # "X absorbed Y": Y's members join X (MMP31_WORLD.md), from Y to X (gaps62)
            coder.events.remove(event)
            why = [f"'{verb.text}' another group: its members join the taker (merger)",
                   "source: the group taken in", "target: the body taking it in"]  # fmt: skip
            coder._emit([event.target], [event.source], "COOPERATE", "merger", verb, why)  # noqa: SLF001
            continue
        if not _takes_in(verb, lex) or _taken_men(verb, lex) is None:
            continue
        sources, passive, _how = coder.subject(verb)
        if passive or event.source.key() not in {s.key() for s in sources}:
            continue  # the taker is the subject: "fighters of Y were absorbed into X" is coded
        coder.events.remove(event)
        if event.target.type not in _MEN_OWNERS or event.target.country:
            continue  # "took in gunmen of other factions", "... Saudi militants": no group
        why = [f"'{verb.text}' another group's men: they join the taker -> COOPERATE (merger)",
               "source: the men's group", "target: the subject that takes them in"]  # fmt: skip
        coder._emit([event.target], [event.source], "COOPERATE", "merger", verb, why)  # noqa: SLF001


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _known_place(coder: Any, tok: Any) -> bool:
    """Is the name ``tok`` a place: an actor of type place, a name the tagger calls a place,
    or one the KB resolves to a place ("Jalalabad", which the tagger may call a person's)?"""
    placed = coder.actor_of.get(tok.i)
    if placed is not None:
        return placed.type == "place"
    if tok.ent_type_ in _PLACE_ENTITIES:
        return True
    from riftwatch.nlp.extract import _resolver  # noqa: PLC0415 - extract imports us

    name = " ".join(t.text for t in tok.subtree if t.pos_ == "PROPN")
    actor = _resolver().resolve(name).actor
    kind = actor.get("type") if isinstance(actor, dict) else getattr(actor, "type", None)
    return kind == "place"


def surrendered_ground(coder: Any) -> None:
    """A place given up to a party ("the army surrendered Jalalabad to the Taliban", "X
    surrenders its outpost to Y") is X's withdrawal from the ground (RETREAT, mode
    withdraw), not a laying down of arms (mode disarm, which a surrender of X itself or of
    its weapons keeps): PLOVER RETREAT's "withdraw" is a pullback from territory. The
    ground is a named place or a held place or area noun (:func:`_taken_ground`). Neither
    is a stance (LABELLING.md; heads16 w26, heads18 y53: a surrender is labelled with no
    relation); only the mode changes (gaps61). Ground a state's forces hand over to an armed
    group ("Afghan forces handed over Jalalabad to the Taliban", "the army turned over its
    bases to the rebels") is given up the same way: a withdrawal, no cooperative handover
    (fix62). Ground one group hands to another ("X fighters handed two checkpoints to Y",
    walk52), a state's to a state's, and a handover of people or things keep the handover."""
    for event in coder.events:
        handed = (
            event.event_type == "COOPERATE"
            and event.mode == "handover"
            and event.source.type in STATE_TYPES
            and event.target.type not in STATE_TYPES
            and event.target.type not in ("igo", "place", "person")
        )
        if not handed and (event.event_type != "RETREAT" or event.mode != "disarm"):
            continue
        ground = [
            c
            for c in event.trigger.children
            if c.dep_ in ("dobj", "obj")
            and _taken_ground(coder, c)
            # a handed name must be a known place ("handed over P" may hand over a man)
            and not (handed and c.pos_ == "PROPN" and not _known_place(coder, c))
        ]
        if ground:
            event.event_type, event.mode = "RETREAT", "withdraw"
            event.why.append(f"'{ground[0].text}': ground given up -> RETREAT (withdraw)")
