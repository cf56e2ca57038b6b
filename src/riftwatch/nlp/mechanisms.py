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

from typing import Any

from riftwatch.nlp.lexicon import CONFLICTUAL, COOPERATIVE

_HOSTILE_UNDONE = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN", "PROTEST", "REJECT"})
_PARTITIVES = frozenset({"part", "some", "all", "most", "much", "half", "portion", "share"})
_CONDITION_MARKS = frozenset({"unless", "if", "until"})
_THREAT_LEMMAS = frozenset({"threaten", "warn"})
_DEMAND_NOUNS = frozenset({"demand", "demands", "call", "calls", "appeal", "request", "plea",
                           "ultimatum", "insistence"})  # fmt: skip


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
        return entry, []
    undoer = _undoer(lex, noun)
    if undoer is None:
        return entry, []
    kind = entry.get("type")
    if kind in _HOSTILE_UNDONE:
        # CAMEO 085/0813/0814/0872 (eased sanctions, boycotts, curfews, blockades): RETREAT
        new = {"type": "RETREAT", "mode": "ease", "undone": True}
    elif kind in COOPERATIVE:
        new = {"type": "SANCTION", "mode": "discontinue", "undone": True}
    else:
        return entry, []
    keep = {k: v for k, v in entry.items() if k.endswith("_preps") or k == "source"}
    why = [f"'{undoer.text}' undoes the {kind} of '{noun.text}': {new['type']}"]
    return {**keep, **new}, why


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
            return head if head.lemma_.lower() in lex.reversing_verbs else None
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
            if c.dep_ in ("ccomp", "acl")
            and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            or (c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.tag_ == "VB")
        ]
        if not clauses:
            continue
        if tok.pos_ == "VERB":
            entry = lex.verb_entry(tok.lemma_.lower()) or {}
            if entry.get("type") != "REQUEST":
                continue
            demanders, passive, how = coder.subject(tok)
            if passive:
                continue
        elif tok.pos_ == "NOUN" and (
            tok.lower_ in _DEMAND_NOUNS
            or (lex.nouns.get(tok.lower_) or {}).get("type") == "REQUEST"
        ):
            entry = lex.nouns.get(tok.lower_) or {}
            demanders = coder._modifier_owner(tok, entry)  # noqa: SLF001 - the coder's own
            how = "author named with the demand"
            if not demanders:
                demanders, how = coder._nominal_owner(tok)  # noqa: SLF001
        else:
            continue
        for clause in clauses:
            addressed = [a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                         for a in coder.actors(c)]  # fmt: skip
            why = [f"'{tok.text}' that a party act: a demand (REQUEST)",
                   f"source: {how}", f"target: subject of '{clause.text}'"]  # fmt: skip
            coder._emit(demanders, addressed, "REQUEST", None, tok, why)  # noqa: SLF001


def conditional_threats(coder: Any) -> None:
    """'X threatened to cut ties unless Y withdrew', 'X warned it would strike if Y ...': a
    THREATEN from X to the subject of the condition (the party asked to comply or to stop).

    Only a threat verb with a complement (the threatened act) and a condition marked
    "unless", "if" or "until" under the verb or its complement counts."""
    for verb in coder.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _THREAT_LEMMAS:
            continue
        comps = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        if not comps:
            continue
        speakers, passive, how = coder.subject(verb)
        if not speakers or passive:
            continue
        own = {a.key() for a in speakers}
        for holder in (verb, *comps):
            for cond in holder.children:
                if cond.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in cond.children
                ):
                    continue
                subj = [a for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")
                        for a in coder.actors(c) if a.key() not in own]  # fmt: skip
                if subj:
                    why = [f"threat verb '{verb.text}' with a condition on another party: "
                           "THREATEN", f"source: {how}",
                           f"target: subject of the condition '{cond.text}'"]  # fmt: skip
                    coder._emit(speakers, subj, "THREATEN", None, verb, why)  # noqa: SLF001
                    return


def compound_head_preps(noun: Any) -> list[Any]:
    """The prepositions of the noun an event noun modifies as a compound: "a mediation mission
    between X and Y", "an aid programme for X" name their parties on the head noun."""
    head = noun.head
    if noun.dep_ != "compound" or head.pos_ != "NOUN" or head.i == noun.i:
        return []
    return [c for c in head.children if c.dep_ == "prep"]


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
            entry = coder.lex.nouns.get(noun.lower_) or coder.lex.nouns.get(noun.lemma_.lower())
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
    from riftwatch.nlp.code import _PHRASE_PARTY_TYPES

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
    a party announces it will do is a THREATEN, asserted (the announcement was made), from
    the party to the target (CAMEO 13: a threat of sanctions, force, repression or
    protest); the act itself stays future. Not when the announced act is negated or only
    possible ("would not", "might"), and only for the speaker's own act."""
    for event in list(coder.events):
        if event.event_type not in _THREAT_TYPES or event.modality != "asserted":
            continue
        clause = _clause_verb(event.trigger)
        if clause is None or clause.dep_ != "ccomp":
            continue
        aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        if not aux & _FUTURE_AUX or any(c.dep_ == "neg" for c in clause.children):
            continue
        speech = clause.head
        if speech.pos_ != "VERB" or speech.lemma_.lower() not in _ANNOUNCING:
            continue
        if any(c.dep_ == "neg" for c in speech.children):
            continue
        speakers, passive, _how = coder.subject(speech)
        if passive or event.source.key() not in {a.key() for a in speakers}:
            continue
        why = [f"'{speech.text}' that it will act against another party: THREATEN",
               *event.why[1:]]  # fmt: skip
        coder._emit([event.source], [event.target], "THREATEN", None, speech, why)  # noqa: SLF001


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


__all__ = [
    "accepted_requests",
    "announced_threats",
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
_STATE_TYPES = frozenset({"country", "government", "military", "police", "intelligence"})


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
    if any(s.type not in _STATE_TYPES for s in sources):
        return []
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
                actor = coder.actor_of.get(sub.i) or _country_word(sub)
                if actor is None or actor.type != "country":
                    continue
                if actor.key() in own or _iso_of_key(actor.key()) in own_iso:
                    return []  # the attacker's own country: no other party
                return [actor]
    return []


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
    for its policy by Y". Never when the phrase is an event noun, whose "by" names the
    author of that event ("accused of backing attacks by Z": Z attacked, not accused).
    """
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _REASON_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ not in ("pobj", "pcomp") or coder._event_noun(pobj) is not None:  # noqa: SLF001
                continue
            for by in pobj.children:
                if by.dep_ in ("prep", "agent") and by.lower_ == "by" and by.i > pobj.i:
                    for inner in by.children:
                        acts = coder.actors(inner)
                        if acts:
                            return acts
    return []


_INTENT_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "CONSULT"})
_OFFERING = frozenset({"offer", "promise", "pledge"})
_WILLING = frozenset({"willing", "ready", "prepared"})
_SURE_FUTURE = frozenset({"will", "shall", "'ll"})


def _negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def announced_cooperation(coder: Any) -> None:
    """A cooperative act a party says it will do, offers or is willing to do is also an
    AGREE from it to the other party (CAMEO 03, intent to cooperate; PLOVER AGREE covers
    promises and offers): "X said it will help Y", "X offered to release Y's prisoners",
    "X is willing to withdraw from Y", "X will support Y". The AGREE takes its modality
    from the word that carries the intent (asserted for a statement or an offer made; future
    for a bare "will" and for readiness, which is no act); the act itself keeps its own.
    Never when the act or the intent is negated, under "would" without a speaker (a
    condition), or someone else's act."""
    for event in list(coder.events):
        if event.event_type not in _INTENT_TYPES:
            continue
        clause = _clause_verb(event.trigger)
        if clause is None or _negated(clause):
            continue
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
        elif clause.dep_ == "xcomp":
            gov = clause.head  # "X offered to help Y", "X is willing to help Y"
            offer = gov.pos_ == "VERB" and gov.lemma_.lower() in _OFFERING
            willing = gov.pos_ == "ADJ" and gov.lower_ in _WILLING and not _negated(gov.head)
            if (offer or willing) and not _negated(gov):
                # readiness is no act: its AGREE is read on the act (future), an offer's on
                # the offer (made)
                carrier = gov if offer else event.trigger
            if carrier is not None and event.source.key() not in {
                a.key() for a in coder.subject(gov)[0]
            }:
                carrier = None
        elif clause.dep_ == "ROOT" and aux & _SURE_FUTURE:
            carrier = clause  # "X will support Y": a plan stated, future like the act
        if carrier is None:
            continue
        why = [f"'{carrier.text}': a cooperative act announced or offered -> AGREE",
               *event.why[1:]]  # fmt: skip
        coder._emit([event.source], [event.target], "AGREE", None, carrier, why)  # noqa: SLF001


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


_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def plural_antecedents(coder: Any, tok: Any, found: Any) -> list[Any]:
    """The other parties a plural pronoun stands for: "X and Y said they will attack Z"
    (coreference binds "they" to one of the coordinated names; the pronoun is all of them).
    Empty unless ``tok`` is they/them/their bound by coreference to a name that has
    coordinated names beside it."""
    if tok.lower_ not in _PLURAL_PRONOUNS or not found.how.startswith("coreference"):
        return []
    for prev in reversed(coder.doc[: tok.i]):
        actor = coder.actor_of.get(prev.i)
        if actor is None or actor.key() != found.key() or prev.lower_ in _PLURAL_PRONOUNS:
            continue
        head = prev
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
            head = head.head
        out = []
        for conj in head.conjuncts:
            other = coder._actor(conj, 1)  # noqa: SLF001
            if other is not None and other.key() != found.key():
                out.append(other)
        return out
    return []
