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

from typing import Any

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
    "X fled and Y attacked Z" shares nothing).
    """
    if any(c.dep_ in _OBJECTS or c.dep_ in ("prep", "dative", "agent") for c in verb.children):
        return [], ""
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
    from a trigger) is its infinitive complement: the promised act is future."""
    return (
        prev is not None
        and prev.dep_ == "xcomp"
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
    return None


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
        if not sources or not targets:
            continue
        if any(e.trigger.i == tok.i for e in coder.events):
            continue  # the lexicon already coded this word
        coder._emit(sources, targets, etype, None, tok,  # noqa: SLF001
                    [f"relation predicate '{tok.text}' -> {etype}", "source: subject",
                     "target: its preposition's object"])  # fmt: skip


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


def handover_recipient(coder: Any) -> None:
    """'X handed three fighters over to Y', 'X extradited a commander to Y': besides the
    capture of the people handed over (the lexicon's COERCE), the giver cooperates with the
    receiver (COOPERATE, mode handover), the receiver being the object of "to"."""
    for event in list(coder.events):
        verb = event.trigger
        if event.event_type != "COERCE" or verb.lemma_.lower() not in coder.lex.handover_verbs:
            continue
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
        preps += [g for o in verb.children if o.dep_ in _OBJECTS
                  for p in o.children if p.dep_ in ("prt", "advmod") and p.lower_ == "over"
                  for g in p.children if g.dep_ == "prep" and g.lower_ == "to"]  # fmt: skip
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
    is not the author of the act (the author is named by a possessive or "by", if at all)."""
    return (
        node.dep_ in _OBJECTS
        and parent.pos_ in ("VERB", "AUX")
        and parent.lemma_.lower() in lex.attitude_verbs
    )


def attitude_target_prep(obj: Any, prep: Any, lex: Any) -> bool:
    """True when ``prep`` is the target phrase of a hostile event noun under an attitude verb
    ("supported the attack on X"): X is what was attacked, not the party supported."""
    head = obj.head
    return prep.lower_ in ("on", "against", "at") and attitude_object(head, obj, lex)


def refused_hostile_act(coder: Any, comp: Any, inner: dict[str, Any]) -> list[Any] | None:
    """The party a refusal rejects when what is refused is a hostile act: "refused to hand
    over X to Y", "refused to arrest X", "refused to attack X". Refusing to act against X is
    no rejection of X; it rejects the receiver of the act ("to Y"), if one is named, else
    nobody (returns []). None when the refused act is not hostile (the usual reading:
    "refused to shelter X" rejects X)."""
    from riftwatch.nlp.lexicon import CONFLICTUAL

    if inner.get("type") not in CONFLICTUAL or inner.get("type") == "REJECT":
        return None
    preps = [c for c in comp.children if c.dep_ == "prep" and c.lower_ == "to"]
    preps += [g for o in comp.children if o.dep_ in _OBJECTS
              for p in o.children if p.dep_ in ("prt", "advmod") and p.lower_ == "over"
              for g in p.children if g.dep_ == "prep" and g.lower_ == "to"]  # fmt: skip
    return [a for p in preps for pobj in p.children if pobj.dep_ == "pobj"
            for a in coder.actors(pobj)]  # fmt: skip


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
        owners = [a for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                  and c.i < noun.i for a in coder.actors(c)]  # fmt: skip
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "from"):
                owners += [a for pobj in p.children if pobj.dep_ == "pobj"
                           for a in coder.actors(pobj)]  # fmt: skip
        held = prep.head
        if held.pos_ in ("NOUN", "PROPN") and held.dep_ in _OBJECTS:
            held = held.head  # "trains its recruits with the ISI's approval"
        if held.pos_ not in ("VERB", "AUX"):
            continue
        held_by = coder.subject(held)[0]
        owners = [o for o in owners if all(o.key() != h.key() for h in held_by)]
        if not owners or not held_by:
            continue
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
        receivers = coder.subject(verb)[0]
        if givers and receivers and entries:
            coder._emit(givers, receivers, entries[0]["type"], entries[0].get("mode"), verb,  # noqa: SLF001
                        [f"'{verb.text} on' another party for '{things[0].text}': it gives",
                         "source: object of 'on'", "target: subject"])  # fmt: skip


def shuns_hostile_act(coder: Any, verb: Any, entry: dict[str, Any]) -> bool:
    """True when a shunning verb's object is a hostile act: "avoided a clash with X",
    "shunned violence against X" keep away from the act, not from X (no REJECT of X)."""
    from riftwatch.nlp.lexicon import CONFLICTUAL

    if entry.get("mode") != "shunning":
        return False
    return any(
        c.dep_ in _OBJECTS and (coder._event_noun(c) or {}).get("type") in CONFLICTUAL  # noqa: SLF001
        for c in verb.children
    )


def backing_prep(prep: Any, lex: Any) -> bool:
    """True when ``prep`` opens a backing phrase ("with the ISI's approval"): its noun names
    who backs the clause, not a partner of the object."""
    return prep.lower_ in ("with", "under") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in lex.backing_nouns for p in prep.children
    )


def denies_a_claim(verb: Any, lex: Any) -> bool:
    """True when a denial verb's object is a claim about the subject, not a party: "denied
    any knowledge of X's presence", "denied involvement in the attack", "dismissed the
    allegations by X" deny or dismiss a claim (cues.yaml ``claim_nouns``); they reject
    nobody. ("denied X sanctuary" keeps its reading: the object is the party.)"""
    if verb.lemma_.lower() not in lex.modality.get("denied", ()):
        return False
    return any(c.dep_ in _OBJECTS and c.lemma_.lower() in lex.claim_nouns for c in verb.children)


def denied_aid(coder: Any, verb: Any, why: list[str]) -> bool:
    """'X denied Y sanctuary', 'X denied shelter to Y': to deny someone material help (an
    AID noun as the object, the party as indirect object or "to"/"for") is to refuse it:
    REJECT from X to Y (LABELLING.md: refusals to shelter are conf). Relationship nouns keep
    the denial reading ("denied ties to Y": the ties are denied). Returns True when coded."""
    if verb.lemma_.lower() != "deny":
        return False
    things = [c for c in verb.children if c.dep_ in _OBJECTS]
    entries = [coder._event_noun(t) or {} for t in things]  # noqa: SLF001
    aid = next((e for e in entries if e.get("type") == "AID"), None)
    if aid is None:
        return False
    parties = [a for c in verb.children if c.dep_ == "dative" for a in coder.actors(c)]
    parties += [
        a
        for t in [verb, *things]
        for p in t.children
        if p.dep_ == "prep" and p.lower_ in ("to", "for")
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
    if (noun.dep_ in _OBJECTS and head.pos_ == "VERB"
            and head.lemma_.lower() in coder.lex.claiming_verbs):  # fmt: skip
        from riftwatch.nlp.modality import modality_of

        if modality_of(head, "ASSAULT", coder.lex).value != "asserted":
            return None  # "did not claim", "may have claimed": no author is given
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        found = [a for s in subjects for a in coder.actors(s)]
        return found[0] if found else None
    for child in noun.children:
        if (child.dep_ == "acl" and child.tag_ == "VBN"
                and child.lemma_.lower() in coder.lex.claiming_verbs):  # fmt: skip
            for agent in child.children:
                if agent.dep_ == "agent":
                    found = [a for p in agent.children for a in coder.actors(p)]
                    if found:
                        return found[0]
    return None
