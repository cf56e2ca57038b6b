"""Clause-level readings of news headlines (issue 9, headlines), run on the events of one
parsed sentence after they are coded:

- :func:`speaker_own_agents`: a bare agent noun ("soldiers", "police") that the country of
  the text made a body of the very state on the other side of the event is, in reported
  speech, the speaker's own: "Pakistan army says India kills 2 soldiers" tells of Pakistani
  soldiers (a state does not attack its own soldiers). The noun goes to the speaker's state,
  else to the one other state the sentence names.
- :func:`undone_by_restatement`: a later clause that restates the event by its noun and
  undoes it ("Taliban attack check post, police claim attack foiled") or denies it
  ("..., police deny attack") gives the event that modality: what was foiled did not
  happen. A restatement that only repulses or repels it leaves it asserted (the attack
  took place).

Both are tested on invented headlines in tests/nlp/test_headline_clauses.py, each with a
twin that must not change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from riftwatch.nlp.context import STATE_TYPES
from riftwatch.nlp.time import month_names

BARE_HOW = "country of the text"
"""How an agent noun resolved by the country of the text is marked (see extract.py)."""

_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "attr"})
_NEW_EVENT = frozenset({"another", "second", "third", "new", "fresh", "other", "separate",
                        "earlier", "previous", "further", "more"})  # fmt: skip
_CLAUSE_BREAK = frozenset({",", ";", ":", "-", "\u2013", "\u2014"})


def _country(actor: Any, kb: Any) -> str | None:
    """ISO3 of the state ``actor`` is (a country) or belongs to (its army, police ...)."""
    if actor is None or actor.type not in STATE_TYPES:
        return None
    entity = kb.find(actor.org_id or actor.id or "")
    return getattr(entity, "country", None)


def speaker_own_agents(events: list[Any], speaker: Any, actor_of: dict[int, Any], kb: Any,
                       body_of: Callable[[str, str], Any]) -> list[str]:  # fmt: skip
    """Move a bare agent noun off the state on the other side of its own event.

    ``speaker`` is the actor of the sentence's reporting speaker (or None), ``body_of(iso3,
    mention)`` the actor for the noun in that country (None when the country has no such
    body). Returns the notes made.
    """
    notes: list[str] = []
    states: list[tuple[int, str]] = sorted(
        {(i, iso) for i, a in actor_of.items() if (iso := _country(a, kb))}, key=lambda x: x[0]
    )
    said_by = _country(speaker, kb)
    for event in events:
        for side, other in (("target", event.source), ("source", event.target)):
            bare = getattr(event, side)
            if bare.how != BARE_HOW:
                continue
            own = _country(bare, kb)
            if own is None or own != _country(other, kb):
                continue
            if said_by and said_by != own:
                new_iso, why = said_by, "the speaker's own"
            else:
                others = {iso for _i, iso in states if iso != own}
                if len(others) != 1:
                    continue
                new_iso, why = next(iter(others)), "the other state named"
            new = body_of(new_iso, bare.mention)
            if new is None:
                continue
            setattr(event, side, new)
            note = (f"'{bare.mention}' as {why} ({new.name}): a state's event against its own "
                    f"'{bare.mention}' is not what the sentence tells")  # fmt: skip
            event.why.append(note)
            notes.append(note)
    return notes


def _restatement(noun: Any, trigger: Any, lex: Any, event_type: str) -> bool:
    """``noun`` names the event of ``trigger`` again, later and in a clause of its own."""
    if noun.i <= trigger.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    same = noun.lemma_.lower() == trigger.lemma_.lower()
    entry = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_) or {}
    if not same and entry.get("type") != event_type:
        return False
    if any(c.lower_ in _NEW_EVENT or c.like_num for c in noun.children):
        return False  # "another attack", "two attacks": a different event
    between = noun.doc[trigger.i + 1 : noun.i]
    return any(t.text in _CLAUSE_BREAK for t in between)


def _names_another_party(noun: Any, event: Any, actor_of: dict[int, Any]) -> bool:
    """Does a phrase on ``noun`` name a party that is neither side of ``event`` ("conflict
    with Z" after an event between X and Y)? Then the noun tells another relation."""
    sides = {event.source.key(), event.target.key()}
    # the phrase may hang on the noun or on the verb it is the object of ("avoided conflict
    # with Z": the parser takes "with Z" for the verb's)
    for prep in [*noun.children, *(noun.head.children if noun.head is not noun else ())]:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            other = actor_of.get(pobj.i)
            if other is not None and other.key() not in sides:
                return True
    return False


def undone_by_restatement(
    event: Any, sdoc: Any, lex: Any, actor_of: dict[int, Any] | None = None
) -> tuple[str, str] | None:
    """(modality, note) when a later clause restates ``event`` by its noun as foiled,
    thwarted, averted or prevented (negated) or denied; else None.

    Only an asserted event changes; the restating noun must be the subject or object of
    the undoing verb ("attack foiled", "police foiled the attack", "police deny attack"),
    and a noun whose phrase names a party outside the event ("founded Y, ... but has avoided
    open conflict with Z") tells another relation (stop 36; ``actor_of``: token index ->
    actor).
    """
    if event.modality != "asserted":
        return None
    negated = set(lex.modality.get("negated") or ())
    denied = set(lex.modality.get("denied") or ())
    for noun in sdoc:
        if not _restatement(noun, event.trigger, lex, event.event_type):
            continue
        if actor_of and _names_another_party(noun, event, actor_of):
            continue
        verb = noun.head
        if noun.dep_ not in _ARGUMENT_DEPS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if noun.dep_ == "pobj":
            continue
        lemma = verb.lemma_.lower()
        if lemma in negated and lemma not in ("not", "no", "never", "n't", "neither", "nor"):
            value = "negated"
        elif lemma in denied:
            value = "denied"
        else:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "the attack was not foiled": the attack stands
        return value, f"restated later as '{noun.text} {verb.text}': {value}"
    return None


_GROUP_TYPES = frozenset({"armed_group", "faction"})


def members_by_belonging(sdoc: Any, actor_of: dict[int, Any], members: Any) -> list[str]:
    """'Two terrorists belonging to TTP killed in operation': a fighter noun (a ``members``
    noun of the agents data, or one that names unidentified militants) described by
    "belonging to X", X an armed group, stands for X, as "TTP terrorists" does. Only
    "belonging to" (membership): "linked to", "close to" or "inspired by" X keep the noun as
    it was. Changes ``actor_of`` in place; returns the reasons.
    """
    why = []
    for tok in sdoc:
        if tok.lower_ not in members and tok.lemma_.lower() not in members:
            continue
        current = actor_of.get(tok.i)
        if current is not None and current.type not in ("collective",):
            continue
        for acl in tok.children:
            if acl.dep_ != "acl" or acl.lower_ not in ("belonging", "belonged"):
                continue
            for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "to"):
                group = next((actor_of[p.i] for p in prep.children
                              if p.dep_ == "pobj" and p.i in actor_of), None)  # fmt: skip
                if group is not None and group.type in _GROUP_TYPES:
                    actor_of[tok.i] = group
                    why.append(f"'{tok.text} belonging to {group.mention}': members of it")
    return why


def people_by_belonging(sdoc: Any, actor_of: dict[int, Any], people: Any, lex: Any) -> list[str]:
    """People named by a relative clause of membership stand for the group (written57):
    "arrested 88 people who belonged to X", "the arrest of nine men it said belonged to X"
    (the membership told by a verb of saying, cues.yaml ``belonging_reporting_verbs``). As
    in :func:`members_by_belonging`, only "belong(ed) to" an armed group counts; a hedge on
    either verb ("who allegedly belonged", "who may have belonged"; cues.yaml ``hedges``,
    ``epistemic_modals``), a negation, or any other verb over it ("it suspected belonged")
    leaves the noun as it was. Changes ``actor_of`` in place; returns the reasons.
    """
    why = []

    def doubted(verb: Any) -> bool:
        return any(
            c.dep_ == "neg"
            or (c.dep_ == "advmod" and c.lower_ in lex.hedges)
            or (c.dep_ == "aux" and c.lower_ in lex.epistemic_modals)
            for c in verb.children
        )

    for tok in sdoc:
        if tok.lower_ not in people and tok.lemma_.lower() not in people:
            continue
        if tok.i in actor_of:
            continue
        for rel in tok.children:
            if rel.dep_ != "relcl" or doubted(rel):
                continue
            verb = rel
            if rel.lemma_.lower() in lex.belonging_reporting_verbs:
                verb = next((c for c in rel.children if c.dep_ in ("xcomp", "ccomp")), None)
                if verb is None or doubted(verb):
                    continue
            if verb.lemma_.lower() != "belong":
                continue
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
                group = next((actor_of[t.i] for t in prep.subtree
                              if t.i in actor_of and t.i != prep.i), None)  # fmt: skip
                if group is not None and group.type in _GROUP_TYPES:
                    actor_of[tok.i] = group
                    why.append(f"'{tok.text} who belonged to {group.mention}': members of it")
    return why


_SPEAKER_PRONOUNS = {"it": "thing", "its": "thing", "they": "many", "we": "many",
                     "he": "person", "she": "person"}  # fmt: skip
_PERSON_TYPES = frozenset({"person"})
_SPEAKER_PREPS = frozenset({"for", "of"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _speaker(subj: Any, actor_of: dict[int, Any]) -> Any:
    """The actor a speech verb's subject names: its head, a word hung on it ("Kenya's
    foreign minister", "the Kenyan delegation"), or the object of its "for"/"of" phrase ("a
    spokesman for the Kenyan army", "the head of the Kenyan delegation"), else None."""
    if subj.i in actor_of:
        return actor_of[subj.i]
    for child in subj.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in actor_of:
            return actor_of[child.i]
        if child.dep_ == "prep" and child.lower_ in _SPEAKER_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.i in actor_of:
                    return actor_of[pobj.i]
    return None


def _one_name(subjects: list[Any]) -> bool:
    """Are several subjects of one verb the words of one name the parser split ("says PM
    Imran Khan": "PM" and "Khan" both subjects)? Only proper nouns and their compounds,
    with nothing else between them."""
    first, last = subjects[0], subjects[-1]
    span = first.doc[first.i : last.i + 1]
    return all(
        t.pos_ == "PROPN" and (t.dep_ == "nsubj" or (t.dep_ == "compound" and t.head.i <= last.i))
        for t in span
    )


def _officials_we(tok: Any, speaker: Any) -> bool:
    """Is ``tok`` a "we" said by a person who holds a post, so the body he speaks for ("'We
    are talking to X,' says PM Y": Y's government; heads16)? Never "they" (others)."""
    if tok.lower_ != "we":
        return False
    if speaker.type not in _PERSON_TYPES:
        return True
    return bool(speaker.org_id) and speaker.org_id != speaker.id


def speaker_pronouns(sdoc: Any, actor_of: dict[int, Any], speech: frozenset[str],
                     is_media: Callable[[str], bool]) -> list[str]:  # fmt: skip
    """'Kenya said it would send troops to Somalia', 'the rebels announced that they would
    attend the talks': the subject pronoun of a clause that a verb of saying (``speech`` in
    cues.yaml) reports is its speaker, the party named as the verb's subject (also through a
    "spokesman for X", "the head of X"). The pronoun must agree with the speaker: "it" a
    party that is no person, "they"/"we" any party but a person, "he"/"she" a person or a
    singular official ("the foreign minister said he would..."). Never when the verb of
    saying has an object that is a party ("X told Y they must...": whose is unclear) or the
    speaker is a news outlet ("Reuters said it..."), nor for coordinated speakers ("X and
    Y said they"), and a pronoun the document's coreference has read is kept. A person's
    "we" is the body the person stands for when the knowledge base gives one ("'We are
    talking to X,' says PM Y": Y's government; heads16), never a person's "they". Changes
    ``actor_of`` in place; returns the reasons. What the clause says keeps the modality its
    words give ("would" is future, "would not" negated).
    """
    from dataclasses import replace

    why = []
    for tok in sdoc:
        agree = _SPEAKER_PRONOUNS.get(tok.lower_)
        if agree is None or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if tok.i in actor_of:
            continue  # the document's coreference has read it ("they": all the named)
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech:
            continue
        say = clause.head
        if any(c.dep_ in ("dobj", "dative", "obj") and c.i in actor_of for c in say.children):
            continue  # "X told Y they must ...": the pronoun may be either
        subjects = [c for c in say.children if c.dep_ == "nsubj"]
        if len(subjects) > 1 and _one_name(subjects):
            subjects = subjects[-1:]  # "says PM Imran Khan" parsed as two subjects: one name
        if len(subjects) != 1:
            continue
        subj = subjects[0]
        if subj.conjuncts:
            continue  # "X and Y said they ...": both, as coreference reads it
        speaker = _speaker(subj, actor_of)
        if speaker is None or is_media(speaker.mention) or is_media(speaker.name):
            continue
        person = speaker.type in _PERSON_TYPES or subj.ent_type_ == "PERSON"
        if agree == "thing" and (person or subj.tag_ in _PLURAL_TAGS):
            continue
        if agree == "many" and person and not _officials_we(tok, speaker):
            continue
        if agree == "person" and not (
            person or (subj.tag_ in ("NN", "NNP") and speaker.type != "country")
        ):
            continue
        actor_of[tok.i] = replace(
            speaker, mention=tok.text, how=f"the speaker's own pronoun ({speaker.mention})"
        )
        why.append(f"'{tok.text}' in what {speaker.mention} '{say.text}': the speaker")
    return why


__all__ = [
    "BARE_HOW",
    "members_by_belonging",
    "people_by_belonging",
    "speaker_own_agents",
    "speaker_pronouns",
    "undone_by_restatement",
]


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_HUNG_DEPS = frozenset({"conj", "appos", "cc"})


def fronted_subject(sdoc: Any, actor_of: dict[int, Any]) -> list[str]:
    """'During the offensive in northern Hama, X and Y ran a joint operations room', 'In the
    battle for Gao, X and Y fought each other': the parser hangs the whole or the first part
    of the subject on the place or noun that closes a phrase opening the sentence, as its
    conjunct or apposition ("Hama, X" read as a list of places), and leaves the main verb
    without its subject or with only the last conjunct (mmp25). The words between the comma
    closing the fronted phrase (one that opens with a preposition or a subordinator) and the
    main verb, when they hold no verb, hold a group (``actor_of``) and hang on a word before
    the comma that is no group itself, are given back to the verb as its coordinated
    subject. A real list of groups in the fronted phrase ("after talks with X, Y and Z
    attacked W": Y hangs on the group X) is left as parsed. Changes the parse in place;
    returns the reasons.
    """
    why = []
    for sent in sdoc.sents:
        verb = sent.root
        if verb.pos_ != "VERB" or verb.i - sent.start < 5:
            continue
        if sdoc[sent.start].pos_ not in ("ADP", "SCONJ"):
            continue
        comma = next((i for i in range(verb.i - 1, sent.start, -1) if sdoc[i].text == ","), None)
        if comma is None or verb.i - comma > 12:
            continue
        span = range(comma + 1, verb.i)
        if any(sdoc[i].pos_ in ("VERB", "AUX") for i in span):
            continue
        roots = [sdoc[i] for i in span if not comma < sdoc[i].head.i < verb.i]
        subjects = [r for r in roots if r.head.i == verb.i and r.dep_ in _SUBJECT_DEPS]
        hung = [r for r in roots if r.head.i < comma and r.dep_ in _HUNG_DEPS]
        if len(subjects) > 1 or len(subjects) + len(hung) != len(roots):
            continue
        if any(r.head.i < sent.start for r in hung):
            continue
        first = next((r for r in hung if r.dep_ != "cc"), None)
        if first is None or first.i > min(r.i for r in roots if r.dep_ != "cc"):
            continue
        head = actor_of.get(first.head.i)
        if head is not None and head.type in _GROUP_TYPES:
            continue
        named = [actor_of.get(t.i) for r in roots if r.dep_ != "cc" for t in r.subtree]
        if not any(a is not None and a.type in _GROUP_TYPES for a in named):
            continue
        if any(
            all(actor_of.get(t.i) is None or actor_of[t.i].type not in _GROUP_TYPES
                for t in r.subtree)
            for r in roots if r.dep_ != "cc"
        ):  # fmt: skip
            continue  # every part of the subject names a group
        rest = [r for r in roots if r is not first]
        first.head = verb
        first.dep_ = "nsubj"
        for r in rest:
            r.head = first
            r.dep_ = "cc" if r.dep_ == "cc" else "conj"
        why.append(f"'{first.text}' after the fronted phrase: subject of '{verb.text}'")
    return why


_FINITE = frozenset({"VBD", "VBZ", "VBP", "VBN"})  # the tagger may take "operated" for a participle
_RELATIVE_WORDS = frozenset({"whose", "who", "which"})


def verb_after_relative(sdoc: Any) -> Any:
    """'Zorbi Kalam, whose gunmen killed bloggers in 2015, operated as the arm of Y': the
    parser makes the name the root of the sentence and hangs the main verb on it, or on a
    word of the relative clause, as a clause of its own (``acl``) after the comma that closes
    a non-restrictive relative clause ("whose", "who", "which"). The verb right after that
    comma (past or present tense, no auxiliary, no subject of its own) becomes the root
    again, the name its subject (mmp25). Changes the parse in place and returns ``sdoc``."""
    for sent in list(sdoc.sents):
        root = sent.root
        if root.pos_ not in ("PROPN", "NOUN"):
            continue
        relative = next(
            (r for r in root.children
             if r.dep_ == "relcl" and r.i > root.i and sdoc[r.left_edge.i - 1].text == ","
             and any(t.lower_ in _RELATIVE_WORDS for t in sdoc[r.left_edge.i : r.i])),
            None,
        )  # fmt: skip
        if relative is None:
            continue
        for comma in range(relative.i + 1, sent.end - 1):
            if sdoc[comma].text != ",":
                continue
            verb = sdoc[comma + 1]
            if (
                verb.pos_ == "VERB"
                and verb.tag_ in _FINITE
                and verb.dep_ in ("acl", "advcl", "relcl", "conj", "ccomp", "dep")
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
                            for c in verb.children)
            ):  # fmt: skip
                verb.head = verb
                verb.dep_ = "ROOT"
                root.head = verb
                root.dep_ = "nsubj"
            break
    return sdoc


_LIST_CONJUNCTIONS = frozenset({"and", "or"})
_PAST_TAGS = frozenset({"VBD", "VBN"})
_OBJECT_OPENERS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"})
_OBJECT_WORDS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART", "PRON"})
_PERFECT = frozenset({"have", "has", "had", "having"})


def _past_verb(tok: Any, verb_lemma: Callable[[str], str | None], later: bool = False
               ) -> str | None:  # fmt: skip
    """The verb lemma of ``tok`` when it is the past form of a verb: a verb tagged past or
    participle, or a word the tagger took for an adjective whose form is a verb's in "-ed"
    ("armed", "equipped"; ``verb_lemma`` finds the verb). A later verb of a list may also be
    a word the tagger took for a noun whose form is a verb's irregular past ("shot",
    "overran"; not one that is its verb's own form, as "hit")."""
    if tok.pos_ == "VERB" and tok.tag_ in _PAST_TAGS:
        return str(tok.lemma_)
    if tok.pos_ == "ADJ" and tok.lower_.endswith("ed"):
        return verb_lemma(tok.lower_)
    if later and tok.pos_ == "NOUN" and tok.tag_ == "NN" and not tok.lower_.endswith("ed"):
        lemma = verb_lemma(tok.lower_)
        return lemma if lemma not in (None, tok.lower_) else None
    return None


def _verb_run(sdoc: Any, start: int, end: int, verb_lemma: Callable[[str], str | None]
              ) -> tuple[list[int], list[int], list[int]]:  # fmt: skip
    """The past verbs of a list that opens at ``start`` ("funded, trained and armed"), the
    separators between them (commas, "and", "or", ", and") and the adverbs right before a
    verb after its separator ("and later kidnapped"), within ``[start, end)``; the run stops
    at the first word that is none of these, and a run whose last separator is no "and" or
    "or" ends at the verb before it."""
    members, seps, i = [start], [], start + 1
    adverbs: list[int] = []
    while i < end:
        j, gap = i, []
        while j < end and (sdoc[j].text == "," or sdoc[j].lower_ in _LIST_CONJUNCTIONS):
            gap.append(j)
            j += 1
        if len(gap) > 2 or (len(gap) == 2 and sdoc[gap[0]].text != ","):
            break
        adverb = [j] if gap and j + 1 < end and sdoc[j].pos_ == "ADV" else []
        j += len(adverb)  # "and later kidnapped", "and then released"
        if not gap or j >= end or _past_verb(sdoc[j], verb_lemma, later=True) is None:
            break
        members.append(j)
        seps.append(gap)
        adverbs.extend(adverb)
        i = j + 1
    while seps and not any(sdoc[k].lower_ in _LIST_CONJUNCTIONS for k in seps[-1]):
        members.pop()
        seps.pop()
    return members, [k for gap in seps for k in gap], [k for k in adverbs if k < members[-1]]


def _opens_clause(tok: Any) -> bool:
    """True when the first verb of a list is a clause's verb: it has a subject or a perfect
    auxiliary of its own, or it is a verb in the past tense heading a clause."""
    kids = list(tok.children)
    return (
        any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
        or any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in kids)
        or (tok.pos_ == "VERB" and tok.tag_ == "VBD"
            and tok.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl"))
    )  # fmt: skip


def _object_phrase(sdoc: Any, start: int, end: int) -> tuple[int, Any] | None:
    """The noun phrase that opens at ``start`` (its end, exclusive, and its head word): the
    determiners, names, nouns, adjectives, numbers and hyphens up to the first other word.
    Its head is the noun whose head lies outside it, else the phrase's last noun."""
    if start >= end or sdoc[start].pos_ not in _OBJECT_OPENERS:
        return None
    stop = start
    while stop < end and (sdoc[stop].pos_ in _OBJECT_WORDS or sdoc[stop].tag_ == "HYPH"):
        stop += 1
    nouns = [t for t in sdoc[start:stop] if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not nouns:
        return None
    outside = [t for t in nouns if not start <= t.head.i < stop or t.head.i == t.i]
    return stop, (outside or nouns)[-1]


def verb_list(sdoc: Any, verb_lemma: Callable[[str], str | None]) -> list[str]:
    """'Pakistan funded, trained and armed the Taliban', 'X recruited, sheltered and equipped
    Y': a list of two or more verbs in the past that share the object after the last one.
    The parser often breaks it: it tags a verb in "-ed" as an adjective ("armed"), hangs the
    second verb on the first as an adverbial clause or a loose dependent instead of its
    conjunct, or reads the later verbs as adjectives of the object ("funded, trained and
    armed militants"), so the verbs before the last lose the object and a verb read as an
    adjective is no event (gaps53). A list whose first verb opens a clause (a subject or a
    perfect auxiliary of its own, or a verb in the past heading a clause), whose last
    separator is "and" or "or", and that is followed by a noun phrase, is set as the parser
    sets a list it reads right: each verb the conjunct of the one before, the separators on
    the verb before them, the phrase the last verb's object, a verb tagged as an adjective a
    verb (``verb_lemma`` gives its lemma, None for a word that is no verb's "-ed" form).
    Adjectives that open no clause ("tired, hungry and armed"), a list without "and" or
    "or" and one followed by a preposition ("trained and armed by Y") are left as parsed.
    Changes the parse in place; returns the reasons."""
    why: list[str] = []
    for sent in list(sdoc.sents):
        i = sent.start
        while i < sent.end:
            first = sdoc[i]
            if _past_verb(first, verb_lemma) is None or not _opens_clause(first):
                i += 1
                continue
            members, seps, adverbs = _verb_run(sdoc, i, sent.end, verb_lemma)
            phrase = _object_phrase(sdoc, members[-1] + 1, sent.end) if len(members) > 1 else None
            i = members[-1] + 1
            if phrase is None:
                continue
            stop, obj = phrase
            if _changed_list(sdoc, members, seps, adverbs, obj, stop, verb_lemma):
                why.append("verbs " + ", ".join(f"'{sdoc[m].text}'" for m in members)
                           + f" coordinated, sharing the object '{obj.text}'")  # fmt: skip
    return why


def _changed_list(sdoc: Any, members: list[int], seps: list[int], adverbs: list[int], obj: Any,
                  stop: int, verb_lemma: Callable[[str], str | None]) -> bool:  # fmt: skip
    """Set the verb list ``members`` as :func:`verb_list` says (True), unless it is already
    so parsed or the new tree would not hold (False, the parse untouched)."""
    toks = [sdoc[m] for m in members]
    canonical = (
        all(t.pos_ == "VERB" for t in toks)
        and all(t.dep_ == "conj" and t.head.i in (members[0], members[n])
                for n, t in enumerate(toks[1:]))
        and obj.head.i == members[-1]
    )  # fmt: skip
    if canonical:
        return False
    heads = [t.head.i for t in sdoc]
    deps = [t.dep_ for t in sdoc]
    first, last = members[0], members[-1]
    span = range(first, stop)
    if heads[first] in span and heads[first] != first:  # the first verb read into the object
        if obj.head.i in span and obj.head.i != obj.i:
            return False
        heads[first] = first if obj.head.i == obj.i else obj.head.i
        deps[first] = deps[obj.i]
        if obj.head.i == obj.i:  # the object was the root: its other words go to the verb
            for t in obj.children:
                if t.i not in span:
                    heads[t.i] = first
    for n, m in enumerate(members[1:]):
        heads[m], deps[m] = members[n], "conj"
    for s in seps:
        before = max(m for m in members if m < s)
        heads[s], deps[s] = before, ("punct" if sdoc[s].text == "," else "cc")
    for a in adverbs:
        heads[a], deps[a] = a + 1, "advmod"
    heads[obj.i], deps[obj.i] = last, "dobj"
    for k in range(last + 1, stop):  # words of the phrase a verb had taken
        if k != obj.i and heads[k] in members:
            heads[k] = obj.i
    if not _set_parse(sdoc, heads, deps):
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in toks[0].children)
    for t in toks:
        if t.pos_ != "VERB":
            t.lemma_ = verb_lemma(t.lower_) or t.lemma_
            t.tag_ = "VBN" if perfect else "VBD"
            t.pos_ = "VERB"
    return True


def repaired(sdoc: Any) -> Any:
    """``sdoc`` with the parser's known breaks set right in place: a main verb after a
    relative clause (:func:`verb_after_relative`), a list of verbs sharing an object
    (:func:`verb_list`) and a list of gerunds after a preposition (:func:`gerund_list`).
    Returns ``sdoc``."""
    from riftwatch.nlp.parse import gerund_lemma, verb_lemma

    verb_list(verb_after_relative(sdoc), verb_lemma)
    gerund_list(sdoc, gerund_lemma)
    fronted_date(sdoc)
    possessed_conjunct(sdoc)
    root_verb_read_as_name(sdoc, verb_lemma)
    present_root_read_as_noun(sdoc)
    stranded_subject(sdoc)
    clause_after_preposition(sdoc)
    return sdoc


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_STRANDED_DEPS = frozenset({"npadvmod", "dep", "nmod", "appos"})


def stranded_subject(sdoc: Any) -> list[str]:
    """'Days later Ayman al-Zawahiri, in an audio speech, accused Y': after a fronted phrase
    of time the parser may hang the name on that phrase (an adverbial noun) and leave the verb
    after a parenthetical phrase with no subject, so the accusation had no accuser (walk60).
    A sentence's finite root verb with no subject of its own, before which stands a proper
    name hung on an adverbial or loose label, separated from the verb only by punctuation and
    prepositional phrases or adverbs set off by commas, takes that name as its subject.
    Changes the parse in place; returns the reasons.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Days later Ayman al-Zawahiri, in an audio speech, accused the group.")
    >>> why = stranded_subject(doc)
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Zawahiri"]
    [('Zawahiri', 'nsubj', 'accused')]
    >>> doc = nlp()("Days later, in an audio speech, Zawahiri accused the group.")
    >>> stranded_subject(doc)
    []
    """
    why: list[str] = []
    for sent in list(sdoc.sents):
        root = sent.root
        if root.pos_ != "VERB" or root.tag_ not in _FINITE_TAGS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
            continue
        name = next(
            (t for t in reversed(sdoc[sent.start : root.i]) if t.pos_ == "PROPN"
             and t.dep_ in _STRANDED_DEPS and t.head.i != root.i), None,
        )  # fmt: skip
        if name is None or not _only_asides(sdoc, name.right_edge.i + 1, root.i):
            continue
        heads = [t.head.i for t in sdoc]
        deps = [t.dep_ for t in sdoc]
        heads[name.i], deps[name.i] = root.i, "nsubj"
        if _set_parse(sdoc, heads, deps):
            why.append(f"'{name.text}' the subject of '{root.text}' past an aside")
    return why


_CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "till"})
_VERB_AUX = frozenset({"aux", "auxpass", "neg"})


def clause_after_preposition(sdoc: Any) -> list[str]:
    """'The arrests came days after Zawahiri, in an audio speech, accused Y': a word that is
    a preposition or a conjunction of time (after, before, since, until) may open a clause,
    but the parser may make the clause's subject its object and leave the clause's verb with
    no subject, hung on the main verb (fix61d). A finite verb with no subject of its own, hung
    on the preposition's own head, that follows the preposition's object (a name or a noun)
    with nothing between or only an aside set off by two commas (a phrase or an adverb) opens that
    clause: the object becomes its subject, the verb a clause on the main verb and the
    preposition its marker. Changes the parse in place; returns the reasons.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The raids came days after Baghdadi, in a speech, denounced the group.")
    >>> why = clause_after_preposition(doc)
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Baghdadi", "after")]
    [('after', 'mark', 'denounced'), ('Baghdadi', 'nsubj', 'denounced')]
    >>> doc = nlp()("The raids came after the speech and denounced the group.")
    >>> clause_after_preposition(doc)
    []
    >>> clause_after_preposition(nlp()("The army advanced after dawn, seized the bridge."))
    []
    >>> doc = nlp()("The raids began after Hamas, in a statement, had accused Fatah of treason.")
    >>> [w.split(" after")[0] for w in clause_after_preposition(doc)]
    ["'Hamas' the subject of 'accused'"]
    """
    why: list[str] = []
    for prep in list(sdoc):
        if prep.dep_ != "prep" or prep.lower_ not in _CLAUSE_PREPS:
            continue
        governor = prep.head
        objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")]
        if len(objects) != 1 or governor.i == prep.i:
            continue
        obj = objects[0]
        verb = next(
            (v for v in governor.children if v.i > obj.right_edge.i
             and v.pos_ == "VERB" and (v.tag_ in ("VBD", "VBZ", "VBP") or _perfect(v))
             and v.dep_ in ("conj", "dep", "advcl", "ccomp", "parataxis")), None,
        )  # fmt: skip
        if verb is None or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "cc") for c in verb.children
        ):
            continue
        start, stop = obj.right_edge.i + 1, verb.i
        while stop > start and sdoc[stop - 1].head.i == verb.i and sdoc[stop - 1].dep_ in _VERB_AUX:
            stop -= 1  # "did not accuse": the clause's own auxiliaries
        if start != stop and not _only_asides(sdoc, start, stop, commas=2):
            continue  # "advanced after dawn, seized the town": a list of verbs, no aside
        heads = [t.head.i for t in sdoc]
        deps = [t.dep_ for t in sdoc]
        heads[verb.i], deps[verb.i] = governor.i, "advcl"
        heads[prep.i], deps[prep.i] = verb.i, "mark"
        heads[obj.i], deps[obj.i] = verb.i, "nsubj"
        for k in range(start, stop):
            if sdoc[k].head.i == governor.i:
                heads[k] = verb.i  # the aside is the clause's ("in a speech")
        if _set_parse(sdoc, heads, deps):
            why.append(f"'{obj.text}' the subject of '{verb.text}' after '{prep.text}'")
    return why


def _perfect(verb: Any) -> bool:
    """Is ``verb`` a past participle with a finite form of "have" as its auxiliary ("had
    accused", "has denounced"): a finite perfect, which opens a clause as a past tense does
    ("came after X, in a statement, had accused Y"; gaps61)?"""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBD", "VBZ", "VBP")
        for c in verb.children
    )


def _only_asides(sdoc: Any, start: int, stop: int, commas: int = 1) -> bool:
    """Are the words from ``start`` to ``stop`` (exclusive) only commas and the phrases they
    set off (a prepositional phrase or an adverb), and at least ``commas`` commas?"""
    least, k, commas = commas, start, 0
    while k < stop:
        tok = sdoc[k]
        if tok.is_punct and tok.text == ",":
            commas += 1
            k += 1
        elif tok.dep_ == "prep" or tok.pos_ == "ADV":
            end = tok.right_edge.i if tok.dep_ == "prep" else tok.i
            if end >= stop:
                return False
            k = end + 1
        else:
            return False
    return commas >= least


_DATE_PREPS = frozenset({"in", "from", "since", "by", "during", "until", "after", "before"})
_MONTHS = month_names()  # every month and abbreviation, "may" too (a capital is required)


def _date_word(tok: Any) -> bool:
    """A month name (capitalised) or a year of four digits."""
    if tok.lower_ in _MONTHS:
        return tok.text[:1].isupper()
    return tok.text.isdigit() and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def fronted_date(sdoc: Any) -> list[str]:
    """'In May 2021 ISWAP fighters overran the camp', 'From 2016 ISWAP and Y fought': with no
    comma after a fronted date the parser may take the date and the subject for one phrase
    (the subject becomes the object of "In", the date its modifier) or hang the date on the
    subject and leave the preposition empty, so the clause lost its subject or its date
    (walk58). A sentence that opens with a preposition of time (in, from, since, by ...)
    followed by a month name or a year is set right: the date words are the preposition's
    object, and a noun the parser made that object instead becomes the subject of the
    clause when its verb has none. Changes the parse in place; returns the reasons.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("In May 2021 ISWAP fighters overran the camp.")
    >>> why = fronted_date(doc)
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("May", "fighters")]
    [('May', 'pobj', 'In'), ('fighters', 'nsubj', 'overran')]
    """
    why: list[str] = []
    for sent in list(sdoc.sents):
        first = sdoc[sent.start]
        if first.lower_ not in _DATE_PREPS or first.dep_ != "prep" or sent.end - sent.start < 4:
            continue
        k = first.i + 1
        dates = []
        while k < sent.end and _date_word(sdoc[k]):
            dates.append(k)
            k += 1
        if not dates or k >= sent.end or not sdoc[k].is_alpha:
            continue
        objects = [c for c in first.children if c.dep_ == "pobj"]
        date0 = sdoc[dates[0]]
        if objects and objects[0].i in dates:
            continue  # read right: "In March 2015 X ..." with the date as the object
        verb = first.head
        heads = [t.head.i for t in sdoc]
        deps = [t.dep_ for t in sdoc]
        noun = objects[0] if objects else None
        if noun is not None:
            if noun.i < k or verb.i < noun.i:
                continue
            if noun.tag_ in ("NNS", "NNPS") and any(
                c.i in dates and c.dep_ == "nummod" for c in noun.children
            ):
                continue  # "In 1975 guerrillas of X ...": the year read as a count, which the
                # headline stage's re-parse with a comma reads whole (world12)
            if verb.pos_ not in ("VERB", "AUX", "PROPN", "NOUN"):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            ccs = [c for c in first.children if c.dep_ == "cc" and c.i > noun.i]
            if subjects and not (
                len(ccs) == 1 and ccs[0].i + 1 == subjects[0].left_edge.i
            ):  # "From 2016 X and Y fought": the "and" left on the preposition joins them
                continue
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            own = deps[subjects[0].i] if subjects else ("nsubjpass" if passive else "nsubj")
            heads[noun.i], deps[noun.i] = verb.i, own
            if subjects:
                heads[subjects[0].i], deps[subjects[0].i] = noun.i, "conj"
                heads[ccs[0].i] = noun.i
        elif not any(sdoc[d].head.i >= k for d in dates):
            continue  # an empty preposition whose date words hang elsewhere
        heads[date0.i], deps[date0.i] = first.i, "pobj"
        for d in dates[1:]:
            heads[d], deps[d] = date0.i, "nummod" if sdoc[d].is_digit else "compound"
        if not _set_parse(sdoc, heads, deps):
            continue
        why.append(f"'{first.text} {sdoc[dates[0] : k].text}' a fronted date")
    return why


def root_verb_read_as_name(sdoc: Any, verb_lemma: Callable[[str], str | None]) -> list[str]:
    """'ISWAP fighters overran Shekau's hideout': the tagger may take a lower-case past
    form for a proper noun or a noun while the parser still makes it the root with a subject
    and an object, so no verb entry saw it (walk58). A lower-case root of that kind, with a
    subject and a direct object, whose form is a past form of a verb (``verb_lemma``:
    "overran" -> overrun), is set right as a past-tense verb. Changes the tags in place;
    returns the reasons.

    >>> from riftwatch.nlp.parse import nlp, verb_lemma
    >>> doc = nlp()("Rebels overran the camp.")
    >>> doc[1].pos_, doc[1].tag_, doc[1].lemma_ = "PROPN", "NNP", "overran"  # the misread
    >>> root_verb_read_as_name(doc, verb_lemma), doc[1].pos_, doc[1].lemma_
    (["'overran' read as a name: the verb overrun"], 'VERB', 'overrun')
    """
    why: list[str] = []
    for sent in sdoc.sents:
        root = sent.root
        if root.pos_ not in ("PROPN", "NOUN") or not root.text.islower():
            continue
        deps = {c.dep_ for c in root.children}
        if "nsubj" not in deps or not deps & {"dobj", "obj"}:
            continue
        lemma = verb_lemma(root.lower_)
        if lemma is None or lemma == root.lower_:
            continue
        root.pos_, root.tag_, root.lemma_ = "VERB", "VBD", lemma
        why.append(f"'{root.text}' read as a name: the verb {lemma}")
    return why


_FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _present_lemma(word: str, verbs: Any) -> str | None:
    """The event verb (events.yaml ``verbs``) a present-tense form stands for: "accuse" and
    "accuses" -> accuse, "denies" -> deny; None for a word that is no such verb's form."""
    from riftwatch.nlp.parse import s_lemma

    return word if word in verbs else s_lemma(word, verbs)


def present_root_read_as_noun(sdoc: Any) -> list[str]:
    """'The Taliban accuse Pakistan of sheltering Y', 'Rebels deny attacking the convoy': at
    the start of a plain sentence the tagger may read a present-tense event verb after a
    plural subject as a noun that the parser still makes the root, with the subject and an
    object or complement, so no verb entry saw it (gaps59; the headline stage re-reads such
    verbs in headlines). A lower-case noun root with a subject before it and an object or a
    clausal complement after it, whose form is the present tense of an event verb
    (events.yaml), is set right as a present-tense verb, only where the sentence has no other
    finite verb, and only in a plain sentence that ends with a full stop (a headline is the
    headline stage's). Changes the tags in place; returns the reasons.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban accuse Pakistan of sheltering the network.")
    >>> doc[2].pos_, doc[2].tag_ = "NOUN", "NN"  # the misread
    >>> present_root_read_as_noun(doc), doc[2].pos_, doc[2].tag_
    (["'accuse' read as a noun: the present tense of accuse"], 'VERB', 'VBP')
    """
    from riftwatch.nlp.lexicon import load

    verbs = load().verbs
    why: list[str] = []
    for sent in sdoc.sents:
        root = sent.root
        if root.pos_ != "NOUN" or not root.text.islower() or root.tag_ not in ("NN", "NNS"):
            continue
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
        objects = [c for c in root.children if c.dep_ in ("dobj", "obj", "xcomp", "ccomp")]
        if not subjects or not objects or any(o.i < root.i for o in objects):
            continue
        if any(t.tag_ in _FINITE_TAGS and t.i != root.i for t in sent):
            continue  # another finite verb: the word may be a noun after all
        if not any(t.text in (".", "!") for t in sent[-2:]):
            continue  # a headline (no full stop): the headline stage re-reads its verbs
        lemma = _present_lemma(root.lower_, verbs)
        if lemma is None:
            continue
        root.pos_, root.lemma_ = "VERB", lemma
        root.tag_ = "VBP" if root.lower_ == lemma else "VBZ"
        why.append(f"'{root.text}' read as a noun: the present tense of {lemma}")
    return why


def possessed_conjunct(sdoc: Any) -> list[str]:
    """'ISWAP and Shekau's faction fought each other': the parser may hang the first name
    on the possessed noun as a modifier (``nmod``/``compound``, with the "and" on it) and
    the possessor on the same noun, so the sentence's subject became one party ("Shekau's
    faction") with a name beside it, and the clash had no two sides (walk58). Where a proper
    name modifies a noun of a group's people (cues.yaml ``follower_nouns``: faction, fighters,
    men, forces ...) and carries the "and" that is followed right away by the noun's
    possessor ("Y's"), the name becomes the first conjunct, as the parser reads "X and Y's
    fighters" when it reads it right: the name takes the noun's place in the clause and the
    noun becomes its conjunct. "(X and Y)'s alliance" (not a people noun) is left as it is.
    Changes the parse in place; returns the reasons.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Volta Front and Kofi Mensah's fighters clashed near the river.")
    >>> why = possessed_conjunct(doc)
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Front", "fighters")]
    [('Front', 'nsubj', 'clashed'), ('fighters', 'conj', 'Front')]
    """
    from riftwatch.nlp.lexicon import load

    people = load().follower_nouns
    why: list[str] = []
    for noun in list(sdoc):
        if noun.lower_ not in people or noun.dep_ in ("conj", "ROOT"):
            continue
        names = [c for c in noun.children if c.dep_ in ("nmod", "compound") and c.i < noun.i
                 and c.pos_ == "PROPN" or (c.dep_ == "nmod" and c.i < noun.i
                                           and c.text.isupper() and len(c.text) > 1)]  # fmt: skip
        owners = [c for c in noun.children if c.dep_ == "poss" and c.i < noun.i]
        if len(names) != 1 or len(owners) != 1:
            continue
        name, owner = names[0], owners[0]
        cc = [c for c in name.children if c.dep_ == "cc" and c.lower_ == "and"]
        if len(cc) != 1 or cc[0].i + 1 != owner.left_edge.i or name.i > cc[0].i:
            continue
        if any(sdoc[k].dep_ == "case" and sdoc[k].head.i == name.i
               for k in range(name.i, cc[0].i)):  # fmt: skip
            continue  # "X's and Y's fighters"
        heads = [t.head.i for t in sdoc]
        deps = [t.dep_ for t in sdoc]
        start = name.left_edge.i
        heads[name.i], deps[name.i] = noun.head.i if noun.head.i != noun.i else name.i, noun.dep_
        if noun.head.i == noun.i:
            deps[name.i] = "ROOT"
        heads[noun.i], deps[noun.i] = name.i, "conj"
        heads[cc[0].i] = name.i
        for k in range(start, name.i):  # the name's own words ("the Volta Front")
            if heads[k] == noun.i:
                heads[k] = name.i
        if not _set_parse(sdoc, heads, deps):
            continue
        why.append(f"'{name.text}' and '{owner.text}'s {noun.text}' coordinated")
    return why


_GERUND_PREPS = frozenset({"of", "for", "from", "against"})
"""Prepositions whose object may be a list of gerunds: "accused X of training and funding
Y", "praised X for sheltering and arming Y", "barred X from meeting or helping Y"."""


def gerund_list(sdoc: Any, gerund_lemma: Callable[[str], str | None]) -> list[str]:
    """'Officials accused the ISI of training and funding the TRF', 'officials denied
    training and funding the TRF': the parser may read the first gerund as a noun (the
    object of "of" or of "denied") and hang the second on the sentence's verb as its
    conjunct, so the second act became the speaker's own, asserted (walk54). A gerund that
    is a verb's "-ing" form (``gerund_lemma``) and the object of a verb or of one of
    :data:`_GERUND_PREPS`, followed by "and"/"or" (a comma may come first) and a verb in
    "-ing" hung before it as a conjunct (or on the gerund read as a noun), is set as the
    parser sets such a list when it reads it right: the first gerund the verb's complement
    (or the preposition's), the second its conjunct, the separators on the first, and a
    preposition the parser hung on the verb's object ("accused the ISI of") on the verb.
    Changes the parse in place; returns the reasons."""
    why: list[str] = []
    for first in list(sdoc):
        if not first.lower_.endswith("ing") or first.dep_ not in ("dobj", "pobj", "pcomp"):
            continue
        prep = first.head if first.dep_ != "dobj" else None
        if prep is not None and (prep.lower_ not in _GERUND_PREPS or prep.dep_ != "prep"):
            continue
        if prep is None and first.head.pos_ not in ("VERB", "AUX"):
            continue
        k = first.i + 1
        seps = []
        if k < len(sdoc) and sdoc[k].text == ",":
            seps.append(k)
            k += 1
        if k + 1 >= len(sdoc) or sdoc[k].lower_ not in ("and", "or"):
            continue
        seps.append(k)
        second = sdoc[k + 1]
        if second.tag_ != "VBG" or second.dep_ != "conj" or second.head.i > first.i:
            continue
        if second.head.i == first.i and first.pos_ == "VERB":
            continue  # already read as a list of verbs
        if gerund_lemma(first.lower_) is None:
            continue
        heads = [t.head.i for t in sdoc]
        deps = [t.dep_ for t in sdoc]
        heads[second.i], deps[second.i] = first.i, "conj"
        for s in seps:
            heads[s], deps[s] = first.i, ("punct" if sdoc[s].text == "," else "cc")
        deps[first.i] = "xcomp" if prep is None else "pcomp"
        if (
            prep is not None
            and prep.head.dep_ in ("dobj", "obj")
            and prep.head.head.i == second.head.i
        ):  # "accused the ISI of ...": the preposition completes the verb, not its object
            heads[prep.i] = second.head.i
        if not _set_parse(sdoc, heads, deps):
            continue
        if first.pos_ != "VERB":
            first.lemma_ = gerund_lemma(first.lower_) or first.lemma_
            first.tag_, first.pos_ = "VBG", "VERB"
        why.append(f"gerunds '{first.text}', '{second.text}' coordinated")
    return why


def _set_parse(sdoc: Any, heads: list[int], deps: list[str]) -> bool:
    """Give ``sdoc`` the heads and labels ``heads`` and ``deps`` (one per token) when they
    make a tree that keeps the sentence boundaries (True); else leave the parse as it was
    (False)."""
    from spacy.attrs import DEP, HEAD

    if not _is_tree(heads):
        return False
    starts = [t.is_sent_start for t in sdoc]
    arr = sdoc.to_array([HEAD, DEP])
    for k, (h, d) in enumerate(zip(heads, deps, strict=True)):
        arr[k, 0] = (h - k) & 0xFFFFFFFFFFFFFFFF
        arr[k, 1] = sdoc.vocab.strings.add(d)
    old = sdoc.to_array([HEAD, DEP])
    sdoc.from_array([HEAD, DEP], arr)
    if [t.is_sent_start for t in sdoc] != starts:
        sdoc.from_array([HEAD, DEP], old)
        return False
    return True


def _is_tree(heads: list[int]) -> bool:
    """True when every word's chain of heads ends at a root (no cycle)."""
    for k in range(len(heads)):
        seen, h = 0, k
        while heads[h] != h:
            h = heads[h]
            seen += 1
            if seen > len(heads):
                return False
    return True
