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
