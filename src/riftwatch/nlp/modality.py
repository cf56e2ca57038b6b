"""Modality of an event and the attribution of its sentence.

Registered under the versioned names :data:`NAME` (``modality.rules.vN``) and
:data:`ATTRIBUTION_NAME` (``attribution.rules.vN``).

Modality is read off the path from the event's trigger up to the root of the
sentence: the closest governing cue wins. A relative clause is a boundary (its
events keep their own modality); verbs of saying are transparent (they attribute,
they do not doubt). Refusals are not negations: "refused to shelter X" is an
asserted REJECT, coded as such by the coder before modality is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from riftwatch.nlp import written
from riftwatch.nlp.lexicon import COOPERATIVE, Lexicon

NAME = "modality.rules.v95"
ATTRIBUTION_NAME = "attribution.rules.v9"

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "would", "should", "ca", "can", "must"})
COMPLEMENT_DEPS = frozenset(
    {"xcomp", "ccomp", "csubj", "csubjpass", "advcl", "pcomp", "pobj", "prep", "acomp",
     "dobj", "nsubj", "nsubjpass", "attr", "conj", "acl", "appos", "oprd", "npadvmod"}
)  # fmt: skip


@dataclass
class Modality:
    value: str
    cue: str | None
    distancing: bool = False  # a cooperative event under reluctance: an asserted REJECT
    cue_token: Any = None  # the governing word (its subject speaks: a denial, a claim)
    claim: bool = False  # the author's own claim of the event: asserted, attributed to it
    doubted: bool = False  # uncertain because a word of disbelief governs it (``_disbelief``)


@dataclass
class _Scope:
    """What the walk up the tree needs to know about the event beyond its trigger."""

    source_key: str | None = None
    actor_of: dict[int, Any] | None = None
    headline: bool = False


def modality_of(
    trigger: Any,
    event_type: str,
    lex: Lexicon,
    *,
    source_key: str | None = None,
    actor_of: dict[int, Any] | None = None,
    headline: bool = False,
) -> Modality:
    """The modality of the event whose trigger token is ``trigger`` (see :func:`_modality_of`);
    in a headline, an event told before a closing attribution with a verb of alleging
    ("..., Afghan MP alleges"; cues.yaml ``alleging_attributions``) is only alleged
    (uncertain) also where the parser hung the event's clause on a noun, out of the
    attribution verb's reach (heads11)."""
    found = _modality_of(trigger, event_type, lex, source_key=source_key, actor_of=actor_of,
                         headline=headline)  # fmt: skip
    if found.value == "asserted" and (denier := written.coordinated_denial(trigger, lex)):
        # "a strike on Y was reported by local media but denied by the Pentagon" (written24)
        return Modality("denied", denier.text, cue_token=denier)
    if found.value == "asserted" and (no_share := written.no_share_in(trigger, lex)):
        # "X played no part in the ambush on Y": X had no share in it (written24)
        return Modality("negated", no_share)
    if (
        found.value in ("asserted", "hypothetical")
        or (found.value == "uncertain" and not found.doubted)
    ) and (doubted := written.disbelieved_noun(trigger, lex)):
        # "talk of a split was premature", "called the split wishful thinking" (stop 44); an
        # event already uncertain ("reports of a reconciliation") is, under such words, also
        # doubted, by whoever calls it so ("officials considered reports of a reconciliation
        # between X and Y wishful thinking": lead46)
        return Modality("uncertain", doubted.text, cue_token=doubted, doubted=True)
    if found.value == "asserted" and (paid := paid_purpose(trigger, lex)):
        # "X paid Y to shelter Z": the sheltering is what the money was for (gaps60)
        return Modality("hypothetical", paid.text, cue_token=paid)
    went = errand_purpose(trigger, lex) if event_type == "COERCE" else None
    if found.value == "asserted" and went is not None:
        # "constables who came to arrest them": what they came for, not told as done (written67)
        return Modality("hypothetical", went.text, cue_token=went)
    if found.value == "asserted" and (undone := written.purpose_undone(trigger, lex)):
        # "X set up a cell to fund Y, though the plan was dropped" (traps65)
        return Modality("negated", undone.text, cue_token=undone)
    if (
        found.value == "asserted"
        and event_type in COOPERATIVE
        and (refused := written.refused_offer(trigger, lex))
    ):
        # "X offered Y funding, but Y rebuffed the offer": no cooperation came of it (traps65)
        return Modality("negated", refused.text, cue_token=refused)
    if found.value == "asserted" and (opinion := _belief_subject(trigger, lex)):
        # "a conspiracy theory holds that X created Y" (neg45)
        return Modality("uncertain", opinion.text, cue_token=opinion)
    if found.value == "asserted" and (due := _due_time(trigger, lex)):
        # "it is high time X arrested Y": asked for, not done (neg45)
        return Modality("hypothetical", due.text, cue_token=due)
    if found.value == "asserted" and (contrary := _contrary_report(trigger, lex)):
        # "X and Y remain at war, contrary to reports of a truce" (neg45)
        return Modality("denied", contrary.text, cue_token=contrary)
    if found.value == "asserted" and (lie := _lie_content(trigger, lex)):
        # "they spread the lie that X had attacked Y" (stop 62)
        return Modality("denied", lie.text, cue_token=lie)
    if found.value == "asserted" and (ruled_out := _no_prospect_of(trigger, lex)):
        # "there is no question of the army negotiating with X" (neg45)
        return Modality("negated", ruled_out, cue_token=trigger)
    if found.value == "asserted" and (unreal := _unreal_predicate(trigger, lex)):
        # "talks between X and Y are out of the question", "... is a thing of the past"
        return Modality("negated", unreal, cue_token=trigger.head)
    if found.value == "asserted" and (scheduled := _scheduled_subject(trigger, lex)):
        # "talks between X and Y were due to have begun", "... is yet to begin" (neg46)
        return scheduled
    if found.value == "asserted" and (would_be := _would_be(trigger)):
        # "a would-be alliance between X and Y came to nothing" (neg46)
        return Modality("hypothetical", would_be, cue_token=trigger)
    if found.value == "asserted" and (nominal := _nominal_only(trigger, lex)):
        # "X and Y are allies only nominally" (neg46)
        return Modality("negated", nominal.text, cue_token=nominal)
    if found.value == "asserted" and (unlike := _unreal_comparison(trigger, lex)):
        # "X's support for Y is more rhetorical than real" (neg46)
        return Modality("negated", unlike.text, cue_token=unlike)
    if found.value == "asserted" and (pictured := _pictured_object(trigger, lex)):
        # "analysts imagine an alliance between X and Y" (neg46)
        return Modality("uncertain", pictured.text, cue_token=pictured)
    if found.value == "asserted" and (played := _simulated(trigger, lex)):
        # "the exercise simulated an attack on Y": played out, not done (neg46)
        return Modality("hypothetical", played.text, cue_token=played)
    if found.value == "asserted" and (told := _told_author(trigger, lex)):
        # "a statement attributed to X accused Y": X's act only as told (fix61d)
        return Modality("uncertain", told.text, cue_token=told)
    if found.value == "asserted" and (wrongly := _wrongly_attributed(trigger, lex)):
        # "X was wrongly credited with arming Y" (neg46)
        return Modality("denied", wrongly.text, cue_token=wrongly)
    if found.value == "asserted" and headline and (label := _headline_label(trigger, lex)):
        # "X-Y truce 'a fiction': minister" (neg46)
        value = "denied" if label.lower_ in lex.falsity | lex.falsity_labels else "uncertain"
        return Modality(value, label.text, cue_token=label)
    if found.value == "asserted" and (disputed := disputed_report(trigger, lex)):
        # "X said it had shot down Y's helicopter, but Y denied it"; "X claims ...; Y denies"
        return Modality("denied", disputed.text, cue_token=disputed)
    if found.value == "asserted" and (untrue := _misparsed_report_falsity(trigger, lex)):
        # "Reports that X had armed Y turned out to be false", the report read as a verb
        return Modality("denied", untrue.text, cue_token=untrue)
    if found.value == "asserted" and (hearsay := _subjectless_report(trigger, lex)):
        # "...; claims that X had fallen out with Y were never confirmed", "claims" read as
        # a verb with no subject: a report no one is named as making (stop 63)
        return Modality("uncertain", hearsay.text, cue_token=hearsay)
    if found.value == "asserted" and (taken_back := written.retracted_claim(trigger, lex)):
        # "X claimed the attack on Y, then withdrew the claim": nothing vouched for (written24)
        return Modality("denied", taken_back.text, cue_token=taken_back)
    if (
        found.value in ("future", "hypothetical")
        and event_type not in COOPERATIVE
        and (_worsened_rift(trigger, found, lex))
    ):
        # "the rift between X and Y will deepen": the rift is there, its worsening forecast
        return Modality("asserted", None)
    if not headline or found.value != "asserted":
        return found
    if doubt := kicker_modality(trigger):
        # "Unconfirmed: X kill 12 Y", "Hoax: X attack Y" (gaps60, heads18)
        return doubt
    root = trigger.sent.root if trigger.doc.has_annotation("DEP") else None
    if (
        root is None
        or root.i <= trigger.i
        or root.pos_ != "VERB"
        or root.lemma_.lower() not in lex.alleging_attributions
        or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > root.i for c in root.children)
    ):
        return found
    if not any(t.text == "," for t in trigger.doc[trigger.i : root.i]):
        return found  # "X alleges Y ...": the verb leads; its own reading stands
    if any(t.i == trigger.i for t in root.children if t.dep_ in ("nsubj", "nsubjpass")):
        return found
    return Modality("uncertain", root.text, cue_token=root)


def _clause_head(trigger: Any) -> Any:
    """The verb of the clause that holds ``trigger`` (itself when it is a verb)."""
    node = trigger
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _belief_subject(trigger: Any, lex: Lexicon) -> Any:
    """The noun of belief whose content the clause holding ``trigger`` is, or None (neg45):
    "a conspiracy theory popular in Kabul holds that X created Y", "conspiracy theories claim
    that ...", "a widely held view is that X armed Y" (cues.yaml ``belief_nouns`` as the
    subject of the verb or copula that takes the clause). An opinion tells nothing as fact.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("A popular theory holds that the ISI armed the group.")
    >>> _belief_subject(doc[6], _lexicon()).text
    'theory'
    >>> _belief_subject(nlp()("A report holds that the ISI armed the group.")[6], _lexicon())
    """
    clause = _clause_head(trigger)
    if clause.dep_ not in ("ccomp", "attr") or clause.head.i == clause.i:
        return None
    verb = clause.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.lemma_.lower() in lex.belief_nouns), None)  # fmt: skip


def _due_time(trigger: Any, lex: Lexicon) -> Any:
    """The noun of a due time whose clause holds ``trigger``, or None (neg45): "it is high
    time Pakistan arrested X", "it is about time the Taliban expelled Y" (cues.yaml
    ``due_time_nouns``, the predicate of "it is" with the clause hung on it): the past tense
    asks for the act; it is not told as done.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("It is high time Pakistan arrested the group's leaders.")
    >>> _due_time(doc[5], _lexicon()).text
    'time'
    >>> _due_time(nlp()("At the time, Pakistan arrested the group's leaders.")[5], _lexicon())
    """
    clause = _clause_head(trigger)
    if clause.dep_ not in ("relcl", "acl", "ccomp", "advcl") or clause.head.i == clause.i:
        return None
    copula = clause.head
    if copula.lemma_.lower() in lex.due_time_nouns:
        copula = copula.head  # the clause hung on the noun itself
    if copula.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in copula.children):
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children):
        return None
    # the noun: the copula's predicate, a bare noun phrase ("time"), or after "about"
    nouns = [c for h in (copula, clause) for c in h.children if c.dep_ in ("attr", "npadvmod")]
    nouns += [g for c in copula.children if c.dep_ == "prep" and c.lower_ == "about"
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    for noun in nouns:
        if noun.lemma_.lower() not in lex.due_time_nouns or noun.i > clause.i:
            continue
        if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
            continue  # "it was the first time X had arrested Y": it happened
        if any(c.dep_ == "amod" and c.lower_ != "high" for c in noun.children):
            continue
        return noun
    return None


def _contrary_report(trigger: Any, lex: Lexicon) -> Any:
    """The word ("contrary") that sets the report holding the act ``trigger`` against the
    facts, or None (neg45): "X and Y remain at war, contrary to reports of a truce",
    "contrary to claims that X armed Y, the group bought its weapons" (cues.yaml
    ``contrary_words``; the report a noun of ``claim_nouns`` or ``hearsay_nouns`` after
    "to", the act in its "of" phrase or its "that" clause). What such a report tells is
    denied; the sentence's own act ("remain at war") is not touched.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("X and Y remain at war, contrary to reports of a truce.")
    >>> _contrary_report(doc[12], _lexicon()).text
    'contrary'
    >>> _contrary_report(doc[5], _lexicon()) is None
    True
    """
    node = trigger
    reports = lex.claim_nouns | lex.hearsay_nouns
    for _ in range(3):  # the act, "of" (or its clause), the report
        if node.dep_ not in ("pobj", "prep", "acl", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and node.lemma_.lower() in reports:
            break
    else:
        return None
    to = node.head
    if node.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ not in lex.contrary_words:
        return None
    return to.head


def _no_prospect_of(trigger: Any, lex: Lexicon) -> str | None:
    """The words that rule out the act ``trigger`` through a noun of prospect with a
    negating determiner whose "of" phrase holds it, or None (neg45): "there is no question
    of the army negotiating with X", "there is no chance of talks with X" (cues.yaml
    ``ruling_out_nouns``, ``negating_determiners``). "A question of talks" is left to the
    other rules.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("There is no question of the army negotiating with the group.")
    >>> _no_prospect_of(doc[7], _lexicon())
    'no question'
    >>> doc = nlp()("There is every chance of the army negotiating with the group.")
    >>> _no_prospect_of(doc[7], _lexicon()) is None
    True
    """
    node = trigger
    for _ in range(3):  # the act, "of", the noun (or the act's gerund, "of", the noun)
        if node.dep_ not in ("pobj", "pcomp", "prep") or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "prep" and node.lower_ != "of":
            return None
        if node.pos_ in ("NOUN", "PROPN"):
            break
    else:
        return None
    if node.lemma_.lower() not in lex.ruling_out_nouns:
        return None
    det = next((c for c in node.children
                if c.dep_ == "det" and c.lower_ in lex.negating_determiners), None)  # fmt: skip
    return f"{det.text} {node.text}" if det is not None else None


def _unreal_predicate(noun: Any, lex: Lexicon) -> str | None:
    """The phrase of cues.yaml ``unreal_predicates`` that a copula says of the act noun
    ``noun`` (its subject), or None (neg45): "talks between X and Y are out of the
    question", "an alliance with X is off the table", "Al Qaeda's backing for the TTP is a
    thing of the past". The phrase opens the copula's predicate (after an adverb at most):
    "talks are now out of the question"; "the question of talks" names no such predicate.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Talks between X and Y are out of the question.")
    >>> _unreal_predicate(doc[0], _lexicon())
    'out of the question'
    >>> _unreal_predicate(nlp()("Talks between X and Y are under way.")[0], _lexicon()) is None
    True
    """
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if (
        verb.lower_ in lex.unreal_predicates
        and any(
            c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _PREDICATE_COPULAS
            for c in verb.children
        )
        and not any(c.dep_ == "neg" for c in verb.children)
    ):
        return verb.lower_  # "the release of X's men is still pending" (neg46)
    if verb.lemma_.lower() not in _PREDICATE_COPULAS or any(c.dep_ == "neg" for c in verb.children):
        return None
    doc = verb.doc
    start = verb.i + 1
    while start < verb.sent.end and doc[start].pos_ == "ADV":
        start += 1
    said = " ".join(t.lower_ for t in doc[start : min(start + 6, verb.sent.end)])
    return next((p for p in sorted(lex.unreal_predicates) if f"{said} ".startswith(f"{p} ")),
                None)  # fmt: skip


def _scheduled_subject(noun: Any, lex: Lexicon) -> Modality | None:
    """The reading of the act noun ``noun`` when its predicate sets it in a schedule or says
    it has not yet come, or None (neg46): "talks between X and Y were due to have begun in
    March", "the offensive is set to start" (cues.yaml ``scheduling_words`` with a "to"
    complement: future); "the offensive against X is yet to begin", "has yet to start"
    ("yet" with a "to" complement: negated).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Talks between the two groups were due to begin in March.")
    >>> _scheduled_subject(doc[0], _lexicon()).value
    'future'
    >>> _scheduled_subject(nlp()("The offensive is yet to begin.")[1], _lexicon()).value
    'negated'
    >>> _scheduled_subject(nlp()("The delay was due to the rain.")[1], _lexicon()) is None
    True
    >>> doc = nlp()("The arrest was meant to end the talks.")
    >>> _scheduled_subject(doc[1], _lexicon()) is None
    True
    >>> doc = nlp()("A meeting between the envoys was arranged for Friday.")
    >>> _scheduled_subject(doc[1], _lexicon()).value
    'future'
    """
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if any(c.dep_ == "neg" for c in verb.children):
        return None

    def coming_about(node: Any) -> list[Any]:  # "to begin", "to be held", not "to end X"
        return [c for c in node.children if c.dep_ == "xcomp"
                and c.lemma_.lower() in lex.scheduled_completions
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # fmt: skip

    if (
        noun.dep_ == "nsubjpass"
        and verb.lemma_.lower() in lex.arranged_for_verbs
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    ):  # "a meeting between X and Y had been arranged for Shakai" (written67)
        return Modality("future", verb.text, cue_token=verb)
    to_verb = coming_about(verb)
    yet = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "yet"), None)
    if yet is not None and to_verb:
        return Modality("negated", f"yet {to_verb[0].text}", cue_token=yet)
    for word in (verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))):
        if (
            word.lower_ not in lex.scheduling_words
            and word.lemma_.lower() not in lex.scheduling_words
        ):
            continue
        if word is verb and verb.lemma_.lower() in ("be", "have"):
            continue
        if coming_about(word):
            return Modality("future", word.text, cue_token=word)
    return None


def _would_be(noun: Any) -> str | None:
    """ "would-be" before the act noun ``noun`` (the parser splits it into "would", "-" and a
    "be" that modifies the noun), or None (neg46): "a would-be alliance between X and Y came
    to nothing": an act wished or attempted, not told as done.

    >>> from riftwatch.nlp.parse import nlp
    >>> _would_be(nlp()("A would-be alliance between the groups failed.")[4])
    'would-be'
    >>> _would_be(nlp()("An alliance between the groups would be welcome.")[1]) is None
    True
    """
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = noun.doc
    for tok in doc[noun.left_edge.i : noun.i]:
        if (
            tok.lower_ == "be"
            and tok.i >= 2
            and doc[tok.i - 1].text == "-"
            and doc[tok.i - 2].lower_ == "would"
            and not doc[tok.i - 2].whitespace_
            and not doc[tok.i - 1].whitespace_
        ):
            return "would-be"
    return None


def _nominal_only(trigger: Any, lex: Lexicon) -> Any:
    """The adverb that leaves the relation of ``trigger`` a name only, on the trigger or on
    the copula whose predicate it is, or None (neg46): "X and Y are allies only nominally",
    "the TTP nominally answers to the Taliban" (cues.yaml ``nominal_adverbs``).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The two groups are allies only nominally.")
    >>> _nominal_only(doc[4], _lexicon()).text
    'nominally'
    >>> _nominal_only(nlp()("The two groups are allies.")[4], _lexicon()) is None
    True
    """
    nodes = [trigger]
    if trigger.dep_ in ("attr", "acomp", "oprd") and trigger.head.i != trigger.i:
        nodes.append(trigger.head)
    return next((c for n in nodes for c in n.children
                 if c.dep_ == "advmod" and c.lower_ in lex.nominal_adverbs), None)  # fmt: skip


def _unreal_comparison(noun: Any, lex: Lexicon) -> Any:
    """The word after "than" when the predicate of the act noun ``noun`` (its subject) says
    the act is more something else than real, or None (neg46): "Pakistan's support for X is
    more rhetorical than real", "the cooperation has been more imagined than actual"
    (cues.yaml ``unreal_comparisons``; "more" on the predicate word). Such an act is denied
    its substance: not asserted.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Pakistan's support for the group is more rhetorical than real.")
    >>> _unreal_comparison(doc[2], _lexicon()).text
    'real'
    >>> doc = nlp()("Pakistan's support for the group is more generous than before.")
    >>> _unreal_comparison(doc[2], _lexicon()) is None
    True
    """
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = noun.head
    if any(c.dep_ == "neg" for c in head.children):
        return None
    for pred in (head, *(c for c in head.children if c.dep_ in ("acomp", "attr", "oprd"))):
        if not any(c.dep_ == "advmod" and c.lower_ == "more" for c in pred.children):
            continue
        for than in pred.children:
            if than.lower_ != "than":
                continue
            word = next((w for w in than.subtree if w.lower_ in lex.unreal_comparisons), None)
            if word is not None:
                return word
    return None


def _pictured_object(trigger: Any, lex: Lexicon) -> Any:
    """The verb that pictures, foresees or fears the act noun ``trigger`` as its object, or
    None (neg46): "analysts imagine an alliance between X and Y", "few can envisage a truce
    with X", "police suspect Taliban involvement in the attack on Y" (cues.yaml
    ``picturing_verbs``; the act may hang from a noun of share, ``claim_nouns``, through
    "in"). Pictured or feared is not told as done: uncertain.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Analysts imagine an alliance between the two groups.")
    >>> _pictured_object(doc[3], _lexicon()).text
    'imagine'
    >>> _pictured_object(nlp()("Analysts recall an alliance between the two groups.")[3],
    ...                  _lexicon()) is None
    True
    """
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    node = trigger
    if (
        node.dep_ == "pobj"
        and node.head.lower_ in ("in", "of")
        and node.head.head.lower_ in lex.claim_nouns
    ):
        node = node.head.head  # "suspect Taliban involvement in the attack"
    if node.dep_ not in ("dobj", "obj"):
        return None
    verb = node.head
    if verb.lemma_.lower() not in lex.picturing_verbs:
        return None
    return verb


def _simulated(trigger: Any, lex: Lexicon) -> Any:
    """The verb that plays out the act noun ``trigger`` (its object) rather than doing it, or
    None (neg46): "the exercise simulated an attack on Y", "X rehearsed a raid on Y"
    (cues.yaml ``simulating_verbs``): hypothetical.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The exercise simulated an attack on a checkpoint.")
    >>> _simulated(doc[4], _lexicon()).text
    'simulated'
    >>> _simulated(nlp()("The militants launched an attack on a checkpoint.")[4], _lexicon())
    """
    if trigger.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    verb = trigger.head
    return verb if verb.lemma_.lower() in lex.simulating_verbs else None


def _told_author(trigger: Any, lex: Lexicon) -> Any:
    """The participle that gives the message doing ``trigger`` to its author only as hearsay,
    or None (fix61d): "a statement attributed to X accused Y", "a video ascribed to X
    threatened Y" (written.attributed_author). The subject of the trigger, or of the verb it
    is coordinated with, is such a message noun.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("A statement attributed to the front accused the army of murder.")
    >>> _told_author(doc[6], _lexicon()).text
    'attributed'
    >>> doc = nlp()("A statement issued by the front accused the army of murder.")
    >>> _told_author(doc[6], _lexicon()) is None
    True
    """
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
        verb = verb.head
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        told = written.attributed_author(subject, lex)
        if told is not None:
            return told[0]
    return None


def _wrongly_attributed(trigger: Any, lex: Lexicon) -> Any:
    """The adverb that reports the act of ``trigger`` as wrongly told of its doer, or None
    (neg46): "X was wrongly credited with arming Y", "X was mistakenly linked to the attack
    on Y", "X was reported, mistakenly as it turned out, to have attacked Y". A verb of
    attribution or speech above the trigger (cues.yaml ``attributing_verbs``, ``speech``)
    carries an adverb of ``false_claim_adverbs``, or such an adverb set off by a comma
    comments on the report from anywhere on the way down. "X mistakenly attacked Y" (an
    act done by mistake) is done; only the report is taken back.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Al Qaeda was wrongly credited with arming the network.")
    >>> _wrongly_attributed(doc[6], _lexicon()).text
    'wrongly'
    >>> doc = nlp()("Al Qaeda was rightly credited with arming the network.")
    >>> _wrongly_attributed(doc[6], _lexicon()) is None
    True
    >>> doc = nlp()("The army mistakenly attacked the convoy.")
    >>> _wrongly_attributed(doc[3], _lexicon()) is None
    True
    """
    verbs = lex.attributing_verbs | lex.speech
    path = [trigger]
    while path[-1].head.i != path[-1].i and len(path) < 8:
        path.append(path[-1].head)
    tied = [i for i, node in enumerate(path[1:], 1)
            if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in verbs]  # fmt: skip
    if not tied:
        return None
    for i, node in enumerate(path[: tied[0] + 1]):
        for c in node.children:
            if c.dep_ != "advmod" or c.lower_ not in lex.false_claim_adverbs:
                continue
            if i == tied[0] or (c.i > 0 and c.doc[c.i - 1].text == ","):
                return c
    return None


_NOUN_PATH = frozenset({"dobj", "obj", "pobj", "prep", "compound", "nsubjpass", "conj"})


def paid_purpose(trigger: Any, lex: Lexicon) -> Any:
    """The verb of paying whose infinitive of purpose holds ``trigger``, or None: "X paid Y
    to shelter Z", "X bribed Y to carry out attacks on Z", "X offered money to Y to attack
    Z" (cues.yaml ``payment_verbs``; a verb of giving, ``purpose_giving_verbs``, only with
    money as its object, ``money_nouns``). What the money was for is not told as done
    (gaps60: the sheltering had been asserted).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The cartel paid the guards to release its men.")
    >>> paid_purpose(doc[6], _lexicon()).text
    'paid'
    >>> paid_purpose(nlp()("The cartel paid the guards and released its men.")[6], _lexicon())
    """
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in _NOUN_PATH and verb.head is not verb:
        verb = verb.head  # "to carry out attacks on Z": the attack noun's verb
    for _ in range(2):  # "to help shelter Z": one verb between
        if verb.dep_ not in ("xcomp", "advcl", "conj") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            if verb.dep_ == "xcomp" and verb.head.dep_ in ("xcomp", "advcl"):
                verb = verb.head
                continue
            return None
        head = verb.head
        lemma = head.lemma_.lower()
        if lemma in lex.payment_verbs:
            return head
        if lemma in lex.purpose_giving_verbs and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.money_nouns for c in head.children
        ):
            return head
        return None
    return None


def errand_purpose(trigger: Any, lex: Lexicon) -> Any:
    """The verb of coming whose infinitive of purpose holds ``trigger``, or None: "police who
    came to arrest them", "troops arrived to detain P", "soldiers went in to seize him"
    (cues.yaml ``errand_verbs``; the caller asks only for a seizure, COERCE). What a party
    came to do is its errand, not told as done; "went on to seize Y" (particle "on") tells
    what followed, and a verb of coming with an object ("turned the men over") is no errand.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The constables who came to arrest the men were shot.")
    >>> errand_purpose(doc[5], _lexicon()).text
    'came'
    >>> errand_purpose(nlp()("The rebels went on to seize the town.")[5], _lexicon()) is None
    True
    """
    verb = trigger
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ not in ("xcomp", "advcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    head = verb.head
    if head.lemma_.lower() not in lex.errand_verbs:
        return None
    if any(c.dep_ in ("dobj", "obj") for c in head.children):
        return None  # "turned the men over to arrest ...": not a verb of coming
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in head.children):
        return None  # "went on to seize Y": what followed
    if head.lemma_.lower() in ("turn", "show") and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in head.children
    ):
        return None  # only "turned up", "showed up" come
    return head


def kicker_modality(trigger: Any) -> Modality | None:
    """The modality a headline's short kicker gives the event of ``trigger`` in the clause
    after it, or None: a kicker that calls the news unconfirmed, reported, claimed or rumoured
    makes it uncertain, one that calls it false denies it (headline.yaml ``uncertain_kickers``,
    ``false_kickers``; :func:`headline.kicker_end`). The caller reads it only in a headline
    (gaps60: "Unconfirmed: X kill 12 Y" had been asserted).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Unconfirmed: rebels attack army post in the north")
    >>> kicker_modality(doc[3]).value
    'uncertain'
    >>> kicker_modality(nlp()("Border clash: rebels attack army post in the north")[4]) is None
    True
    """
    from riftwatch.nlp import headline as hl

    text = trigger.doc.text
    cut = hl.kicker_end(text) or hl.dateline_end(text)  # one word reads as a dateline
    if not cut or trigger.idx < cut:
        return None
    doubts = hl.kicker_doubts()
    for tok in trigger.doc:
        if tok.idx >= cut:
            return None
        if value := doubts.get(tok.lower_):
            return Modality(value, tok.text, cue_token=tok)
    return None


def _headline_label(trigger: Any, lex: Lexicon) -> Any:
    """The label after the act noun ``trigger`` that a headline gives it with no verb between
    them, or None (neg46): "X-Y truce 'a fiction': minister", "X deal with Y 'pure fantasy',
    says Z" (cues.yaml ``falsity``, ``falsity_labels``, ``disbelief_words``; the label before
    the headline's colon or its closing attribution). The act is denied or doubted.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("TTP accord with army 'a fiction': governor")
    >>> _headline_label(doc[1], _lexicon()).text
    'fiction'
    >>> _headline_label(nlp()("TTP accord with army holds: governor")[1], _lexicon()) is None
    True
    """
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    words = lex.falsity | lex.falsity_labels | lex.disbelief_words
    for tok in trigger.doc[trigger.i + 1 : trigger.sent.end]:
        if tok.text in (":", ",", ";") or tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.lower_ in words or tok.lemma_.lower() in words:
            return tok
    return None


_DENIED_OBJECTS = frozenset({"it", "this", "that", "which", "so", "them", "these"})


def disputed_report(trigger: Any, lex: Lexicon) -> Any:
    """The verb of denial that answers the report or claim holding the event ``trigger``,
    or None (neg45): "X said it had shot down Y's helicopter, but Y denied it", "X claimed
    to have killed ten soldiers, which Y denied", and the headline "X claims it shot down Y's
    helicopter; Y denies" (where the parser may make the denial the root). The report is the
    nearest verb of speech or claiming above the event (cues.yaml ``speech``,
    ``claim_words``); the denial a verb of the modality cues' ``denied`` list after the
    event, coordinated with the report, relative to it ("which Y denied") or the root above
    it, not negated, whose object is absent, a pronoun or a noun of report ("denied the
    claim"). A report one party makes and another denies is not vouched for. A denial of
    something else keeps the report: "X said it had attacked Y but denied killing civilians".

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The TTP said it had shot down an army helicopter, but the army denied it.")
    >>> disputed_report(doc[5], _lexicon()).text
    'denied'
    >>> doc = nlp()("The TTP said it had shot down an army helicopter, and the army confirmed it.")
    >>> disputed_report(doc[5], _lexicon()) is None
    True
    """
    reporting = lex.speech | lex.claim_words
    report = trigger
    while report.head.i != report.i:
        if report.dep_ not in (
            "ccomp",
            "xcomp",
            "dobj",
            "obj",
            "pobj",
            "prep",
            "acl",
            "compound",
            "attr",
            "advcl",
            "nsubj",
        ):
            return None  # fmt: skip
        report = report.head
        if report.pos_ in ("VERB", "AUX") and report.lemma_.lower() in reporting:
            break
    else:
        return None
    if report.i == trigger.i or report.lemma_.lower() not in reporting:
        return None
    denying = lex.modality.get("denied", frozenset())
    candidates = [c for c in report.children if c.dep_ == "conj"]
    candidates += [t for t in report.subtree if t.dep_ == "relcl" and t.i > trigger.i]
    root = report.sent.root
    if root.i != report.i and root.i > trigger.i and report.dep_ in ("ccomp", "parataxis"):
        candidates.append(root)
    for verb in candidates:
        if verb.i < trigger.i or verb.lemma_.lower() not in denying:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "ccomp", "xcomp")]
        if all(
            o.lower_ in _DENIED_OBJECTS
            or o.lemma_.lower() in lex.claim_nouns
            or o.lemma_.lower() in lex.taken_back_reports
            or o.i == report.i
            for o in objects
        ):
            return verb
    return None


def _misparsed_report_falsity(trigger: Any, lex: Lexicon) -> Any:
    """The word of falsity said of a report whose clause the parser hung wrongly, or None
    (neg45): in "Reports that X had armed Y turned out to be false" the parser may make the
    opening "Reports" the ROOT (or a complement of a closing "officials said") and hang the
    rest under the event, so the predicate "false" is below the event, out of the walk up
    from it. Only a sentence that opens with a noun of report (cues.yaml ``claim_nouns``,
    ``taken_back_reports``) with the "that" clause holding the event as its complement, and
    a word of ``falsity`` after the event as the predicate of a copula or of "turn out" or
    "prove" ("to be false"), not negated.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Reports that the ISI had armed the TTP turned out to be false.")
    >>> _misparsed_report_falsity(doc[5], _lexicon()).text
    'false'
    >>> doc = nlp()("Reports that the ISI had armed the TTP turned out to be true.")
    >>> _misparsed_report_falsity(doc[5], _lexicon()) is None
    True
    """
    sent = trigger.sent
    root = trigger.doc[sent.start]  # the opening report, whatever the parser made of it
    if root.i == trigger.i or root.pos_ not in ("NOUN", "VERB"):
        return None
    lemma = root.lemma_.lower()
    if lemma not in lex.claim_nouns and lemma not in lex.taken_back_reports:
        return None
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i <= trigger.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
                  None)  # fmt: skip
    if clause is None or not clause.is_ancestor(trigger) and clause.i != trigger.i:
        return None
    for tok in clause.subtree:
        if tok.i <= trigger.i or tok.lemma_.lower() not in lex.falsity:
            continue
        if (
            tok.dep_ in ("acomp", "attr", "oprd")
            and tok.head.lemma_.lower() in _FALSITY_HEADS
            and not any(c.dep_ == "neg" for c in tok.head.children)
        ):
            return tok
    return None


_FALSITY_HEADS = frozenset({"be", "prove", "turn", "seem", "appear"})


def _subjectless_report(trigger: Any, lex: Lexicon) -> Any:
    """The noun of report or hearsay (cues.yaml ``claim_nouns``, ``hearsay_nouns``) that the
    parser read as a verb with no subject, opening its sentence or the clause after a
    semicolon or colon, whose "that" clause holds the event ``trigger``; or None (stop 63).
    "X and Y raided the depot together; claims that the two had fallen out were never
    confirmed": "claims" became the ROOT and the predicate that judged the report fell
    outside the clause. What such a report tells has no one vouching for it: uncertain.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The KNU and the ABSDF attacked army posts together; claims that the "
    ...             "two groups had fallen out over the spoils were never confirmed.")
    >>> _subjectless_report(doc[[t.text for t in doc].index("fallen")], _lexicon()).text
    'claims'
    >>> doc = nlp()("The KNU claims that the ABSDF attacked army posts.")
    >>> _subjectless_report(doc[4], _lexicon()) is None
    True
    """
    reports = lex.claim_nouns | lex.hearsay_nouns
    for node in _path(trigger)[1:]:
        if node.pos_ != "VERB" or node.lemma_.lower() not in reports:
            continue
        if node.lower_ == node.lemma_.lower() and not node.lower_.endswith("s"):
            return None  # a plain verb form ("claim"), not the noun's plural
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in node.children):
            return None
        opens = node.i == node.sent.start or node.doc[node.i - 1].text in (";", ":")
        clause = next((c for c in node.children if c.dep_ == "ccomp"
                       and (c.i == trigger.i or c.is_ancestor(trigger))
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
                      None)  # fmt: skip
        return node if opens and clause is not None else None
    return None


def _modality_of(
    trigger: Any,
    event_type: str,
    lex: Lexicon,
    *,
    source_key: str | None = None,
    actor_of: dict[int, Any] | None = None,
    headline: bool = False,
) -> Modality:
    """The modality of the event whose trigger token is ``trigger``.

    ``source_key`` (the event's source) and ``actor_of`` (token index -> actor) let a claim
    by the event's own author count as asserted ("IS claims killing two policemen");
    ``headline`` reads headline grammar ("Pakistan to hold talks": future).
    """
    scope = _Scope(source_key, actor_of, headline)
    cues = lex.modality
    path = _path(trigger)
    if event_type == "THREATEN" and _conditional_threat(trigger, lex):
        # "X will cut ties with Y unless Y ...": the conditional statement is the threat,
        # made (asserted) unless what governs it says otherwise ("denied that X will ...")
        return _governing(path[1:], cues, lex, child=trigger, scope=scope)
    if (
        event_type == "ASSAULT"
        and len(path) > 1
        and written.ordered_passive_subject(trigger, path[1], lex)
    ):
        # "the raid on Y was ordered by P": told as done; the ordering verb is no cue of
        # command over it, its own negation, modals and what governs it still are (fix61a)
        own = _own_cues(trigger, cues, lex) or _own_cues(path[1], cues, lex)
        return own or _governing(path[2:], cues, lex, child=path[1], scope=scope)
    lie_frame = _lie_to_say(path, lex)
    if lie_frame is not None:
        # "it is no lie to say X backs Y": the content asserted; "it is a lie to say ...":
        # denied (gaps64); the content clause's own negation or modal still counts
        noun, negated = lie_frame
        own = _own_cues(trigger, cues, lex)
        if own is not None or negated:
            return own or Modality("asserted", None)
        return Modality("denied", noun.text, cue_token=noun)
    namer = next((path[k + 1] for k in range(1, len(path) - 1) if path[k].dep_ == "prep"
                  and getattr(written.culprit_as(path[k + 1], lex), "i", None) == path[k].i),
                 None)  # fmt: skip
    if namer is not None:
        # "X was named by Y as having carried out attacks": Y's charge, not established
        own = _own_cues(trigger, cues, lex)
        return own or Modality("uncertain", namer.text, cue_token=namer)
    # 1. cues attached to the trigger itself: negation, modal and future auxiliaries
    own = _own_cues(trigger, cues, lex)
    cooperative = event_type in COOPERATIVE
    existing = _existence_condition(trigger, lex)
    if existing is not None:  # "X's help to Y, if it ever existed, ended in 2009" (neg44)
        return Modality("hypothetical", existing.text, cue_token=existing)
    unreal = _unreal_existence(trigger, lex)
    if unreal is not None:  # "the alliance between X and Y exists only on paper" (neg44)
        return Modality("negated", unreal, cue_token=trigger.head)
    if written.party_description(trigger, lex):
        # "fighters of the al-Qaeda-aligned X coalition avoided fighting Y": what describes a
        # party is background; the clause's negation or doubt is about the party's act
        return own or Modality("asserted", None)
    if event_type == "ACCUSE" and (
        written.trailing_denied_claim(trigger, lex) is not None
        or written.trailing_disbelieved_claim(trigger, lex) is not None
    ):
        # "X accused Y of Z, a charge Y rejected": what is rejected is Z (the accused act);
        # the accusation was made. The rejecting verb the parser may put above it is skipped
        rest = [t for t in path[1:] if t.lemma_.lower() not in lex.claim_rejecting_verbs]
        return own or _governing(rest, cues, lex, child=trigger, scope=scope)
    # cooperation that is the object of a rejection ("shunning contacts with X", "cut
    # ties with X") is what is rejected, not something asserted
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj"):
        head = trigger.head
        entry = lex.verbs.get(head.lemma_.lower()) or {}
        if entry.get("presence_only"):
            entry = {}  # "analysts recall an alliance": only a recalled envoy is a cut (prec52)
        # "withdrew their protection": the cooperation ended; the withdrawal is coded from
        # it (see withdrawal) with the modality of the withdrawing verb
        ended = cooperative and bool(entry.get("ends_cooperation"))
        # "cut loans to X" coded as the cutting (SANCTION): the event is the rejection
        # itself, with the rejecting verb's modality
        undone = (
            bool(entry)
            and not cooperative
            and (lex.trigger_entry(trigger)[1] or {}).get("type") in COOPERATIVE
        )
        # "sanctioned X's split" approves the split (see code.py): it happened
        # a verb that rejects only with its particle ("turned away X's money") rejects
        # nothing without it: "turned its money and weapons to Y" redirects them (world9)
        rejected = (
            entry.get("type") in ("REJECT", "SANCTION")
            and not entry.get("attitude")  # "resented X's raid": felt about, not undone
            and not (entry.get("thing_object_type") and not cooperative)
            and not (entry.get("needs_away") and not _has_away(head))
        )
        # "ended its boycott of Y", "ended the blockade of Y": the hostile act undone is the
        # easing coded from it (RETREAT, mechanisms.undone_entry), not a cooperation that
        # ended; the easing has the ending verb's own modality (peers58)
        halted = (lex.trigger_entry(trigger)[1] or {}).get("type")
        eased = (
            event_type == "RETREAT"
            and head.lemma_.lower() in lex.reversing_verbs
            and (
                halted in lex.eased_measure_types
                # "suspended its attacks on Y", "halted its offensive against Y": the acts
                # under way were halted, a de-escalation as asserted as the verb (gaps62)
                or (
                    halted in lex.undone_hostile_types
                    and head.lemma_.lower() in lex.halted_act_verbs
                )
            )
        )
        if (eased or undone) and head.pos_ == "VERB":
            # the easing or the cut is the verb's own act, with the verb's own modality:
            # "refused to end / lift ..." eased nothing, "refused to cut its aid" cut none
            return _modality_of(head, event_type, lex, source_key=source_key,
                                actor_of=actor_of, headline=headline)  # fmt: skip
        if ended or undone or rejected:
            # what "might cut" is not negated: it keeps the modality of the cutting
            outer = _own_cues(head, cues, lex) or _governing(path[2:], cues, lex, head, scope)
            if undone or outer.value != "asserted":
                return Modality(outer.value, outer.cue, cue_token=outer.cue_token)
            if written.denied_allegation_of_help(head, trigger, lex):
                # "Islamabad denies support for Y": that help was given is denied (bugs36)
                return Modality("denied", head.text, cue_token=head)
            return Modality("negated", head.text, cue_token=head if ended else None)
    # "closed the door to talks with X", "ruled out talks with X": refused, not held (fix9)
    refuser = written.idiom_refusing(trigger, lex)  # "ruled out an attack on X" too
    if refuser is not None:
        outer = _own_cues(refuser, cues, lex) or _governing(
            _path(refuser)[1:], cues, lex, child=refuser, scope=scope
        )
        if outer.value == "asserted":
            return Modality("negated", refuser.text, cue_token=refuser)
        if outer.value == "negated":  # "did not rule out talks": they remain possible
            return Modality("hypothetical", outer.cue, cue_token=outer.cue_token)
        return Modality(outer.value, outer.cue, cue_token=outer.cue_token)
    # "postponed its offensive against X", "talks with X were cancelled": it did not happen
    deferral = written.deferred_event(trigger, lex)
    noun_type = (lex.trigger_entry(trigger)[1] or {}).get("type")
    if deferral is not None and written.cancelled_measure(trigger, deferral, event_type, lex):
        deferral = None  # "cancelled restrictions on Y": the cancelling is the easing (peers57)
    undoing_put_off = deferral is None and written.deferred_undoing(trigger, lex) is not None
    if undoing_put_off:
        # "postponed the lifting of sanctions on Y": the easing was put off (fixes57)
        deferral = written.deferred_undoing(trigger, lex)
    if deferral is not None and (cooperative or noun_type not in COOPERATIVE or undoing_put_off):
        # (not the cancelling itself, coded from a cooperation noun: "cancelled the talks";
        # but the partners of a joint raid called off did not cooperate in it either, neg46)
        if deferral.dep_ == "amod":
            return Modality("negated", deferral.text, cue_token=deferral)
        outer = _own_cues(deferral, cues, lex) or _governing(
            _path(deferral)[1:], cues, lex, child=deferral, scope=scope
        )
        if outer.value == "asserted":
            return Modality("negated", deferral.text, cue_token=deferral)
        return outer
    # "X vetoed a resolution condemning Y": a proposal blocked never acted (peers11)
    blocked = _blocked_proposal(trigger, lex)
    if blocked is not None:
        outer = _own_cues(blocked, cues, lex) or _governing(
            _path(blocked)[1:], cues, lex, child=blocked, scope=scope
        )
        if outer.value == "asserted":
            return Modality("negated", blocked.text, cue_token=blocked)
        return Modality("hypothetical", outer.cue, cue_token=outer.cue_token)
    # a relation only proposed, possible or planned ("the proposed merger collapsed", "a
    # potential alliance soured") never held: its end is no asserted distancing
    if (
        cooperative
        and own is not None
        and own.value in ("hypothetical", "future", "uncertain")
        and trigger.pos_ in ("NOUN", "PROPN")
    ):
        return own
    # "X tried to hijack Y's frigate", "attempted to storm Y's post": an attack or seizure
    # attempted was made (it failed, or did not finish), so it is asserted with the modality
    # of the attempt ("may have tried to", "did not try to"); an attempt at anything else
    # ("tried to broker talks") stays only intended (cues.yaml attempt_verbs; round 12); the
    # same with a noun of attempting ("X's attempt to assassinate P failed", "a bid to storm
    # Y's post"; cues.yaml attempt_nouns; written22), with the noun's own cues and what
    # governs it ("denied any attempt to kill P", "may have made an attempt to")
    if event_type in ("ASSAULT", "COERCE") and own is None:
        attempt = _attempting_word(trigger, lex)
        if attempt is not None:
            return _own_cues(attempt, cues, lex) or _governing(path[2:], cues, lex, attempt, scope)
    # the complement of a refusal did not happen: "refused to shelter X" codes the
    # refusal (REJECT, asserted) and the sheltering as negated
    for below, tok in zip(path, path[1:], strict=False):
        if _finite_beside_gerund(below):
            # "X and Y stopped fighting each other and opened talks": the parser hangs the
            # finite verb on the gerund, but 'opened' is the stopping verb's own conjunct,
            # not what stopped (replay42)
            break
        entry = lex.verbs.get(tok.lemma_.lower())
        rejecting = tok.lemma_.lower() in lex.claim_rejecting_verbs
        if below.lower_ in lex.alleged_act_nouns and rejecting:
            break  # "rejected allegations of arming Y": a charge rejected, no act refused
        if (((entry and entry.get("frame") == "refusal") or _particle_refusal(tok, lex))
                and tok.pos_ == "VERB" and below.dep_ in _COMPLEMENTS):  # fmt: skip
            negation = _negation_of(tok)
            if negation is not None:
                # "did not stop funding X", "never ceased arming X": the act went on;
                # "did not refuse to shelter X" leaves open whether it happened
                if _ending_verb(tok, lex):
                    return _went_on(tok, path[path.index(tok) + 1 :], cues, lex, scope)
                return Modality("uncertain", f"{negation.text} {tok.text}", cue_token=tok)
            return Modality("negated", tok.text)
        if tok.dep_ in ("relcl",) or (
            below.dep_ == "advcl" and written.commissioned_agent(below, lex) is None
        ):
            break  # "although X supported Y, Z rejected ...": not what Z refused
        # (the purpose of a commissioning goes on up: "refused to pay Y to guard Z" is no
        # guarding by Y, as "did not pay Y to guard Z" is none; bugs37)
    if (
        cooperative
        and trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "nsubj"
        and _never_begun(trigger.head, lex) is not None
        and ends_relation(trigger.head, trigger, lex)
    ):
        # "talks between X and Y broke down before they started": never held (neg45; talks
        # too, which the ending below leaves alone)
        head = trigger.head
        outer = _own_cues(head, cues, lex) or _governing(path[2:], cues, lex, head, scope)
        if outer.value == "asserted":
            return Modality("negated", _never_begun(head, lex), cue_token=head)
    # "the alliance between X and Y ended": the relation named as the subject is over
    if (
        cooperative
        and event_type != "CONSULT"
        and trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "nsubj"
        and ends_relation(trigger.head, trigger, lex)
        # "the aid stopped the offensive": a verb with its own object ends no subject (fix9)
        and not any(c.dep_ in ("dobj", "obj") for c in trigger.head.children)
    ):
        head = trigger.head
        outer = _own_cues(head, cues, lex) or _governing(path[2:], cues, lex, head, scope)
        begun = _never_begun(head, lex) if outer.value == "asserted" else None
        if begun is not None:
            # "talks between X and Y collapsed before they began": never held, and no
            # relation that held has ended (neg44)
            return Modality("negated", begun, cue_token=head)
        condition = _condition_on(path, lex) if outer.value == "asserted" else None
        if condition is not None:
            # "X's help to Y, if it ever existed, ended in 2009": neither the help nor its
            # end is told as fact (neg44)
            return Modality("hypothetical", condition.text, cue_token=condition)
        if outer.value == "asserted":
            return Modality("asserted", head.text, distancing=True)
        return Modality(outer.value, outer.cue, distancing=True)
    # "X put / brought an end to its alliance with Y": the relation is over; "put an end to
    # its feud with Y": the hostility no longer goes on (stop 31)
    putter = put_to_an_end(trigger, lex) if trigger.pos_ in ("NOUN", "PROPN") else None
    if putter is not None and event_type != "CONSULT":
        rest = path[path.index(putter) + 1 :] if putter in path else []
        outer = _own_cues(putter, cues, lex) or _governing(rest, cues, lex, putter, scope)
        if not cooperative:
            return Modality("negated", putter.text) if outer.value == "asserted" else outer
        if outer.value == "asserted":
            return Modality("asserted", putter.text, distancing=True)
        return Modality(outer.value, outer.cue, distancing=True)
    # "the collapse / breakdown of the truce between X and Y": the relation ended, told by a
    # noun of ending whose "of" phrase it is (fix62; cues.yaml ending_relation_nouns)
    ender = ending_noun_over(trigger, lex) if cooperative and event_type != "CONSULT" else None
    if ender is not None:
        rest = path[path.index(ender) + 1 :] if ender in path else []
        outer = _own_cues(ender, cues, lex) or _governing(rest, cues, lex, ender, scope)
        pictured = _pictured_object(ender, lex) if outer.value == "asserted" else None
        if pictured is not None:  # "diplomats feared a collapse of the truce": foreseen
            return Modality("uncertain", pictured.text, cue_token=pictured, distancing=True)
        if outer.value == "asserted":
            return Modality("asserted", ender.text, distancing=True)
        return Modality(outer.value, outer.cue, distancing=True)
    # "X's support for Y has never wavered": a verb of weakening denied says the event held;
    # what governs that verb still counts ("may never have wavered" is not asserted)
    if (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ in ("nsubj", "nsubjpass")
        and trigger.head.lemma_.lower() in lex.waning_verbs
        and _negation_of(trigger.head) is not None
    ):
        head = trigger.head
        outer = _governing(path[2:], cues, lex, head, scope)
        hedged = [
            c
            for c in head.children
            if c.dep_ == "aux"
            and c.lower_
            in cues.get("hypothetical", frozenset()) | cues.get("uncertain", frozenset())
        ]
        if hedged and outer.value == "asserted":
            return Modality("uncertain", hedged[0].text, cue_token=hedged[0])
        return outer
    # "relations between X and Y soured": the parser hangs the verb on the last partner
    # (acl) and leaves the relation noun the root; the verb is still the relation's (mmp8)
    if cooperative and event_type != "CONSULT" and trigger.dep_ == "ROOT":
        pred = _misparsed_predicate(trigger, lex)
        if pred is not None:
            own_pred = _own_cues(pred, cues, lex)
            if own_pred is not None:
                return Modality(own_pred.value, own_pred.cue, distancing=True)
            modal = next((c for c in pred.children if c.tag_ == "MD"), None)
            if modal is not None:
                return Modality("uncertain", modal.text, distancing=True)
            return Modality("asserted", pred.text, distancing=True)
    # reluctance anywhere up the path turns cooperation into distancing (asserted)
    if cooperative:
        for k, tok in enumerate(path[1:], start=1):
            lemma = tok.lemma_.lower()
            if (
                any(p.dep_ in ("nsubj", "csubj") for p in path[:k])  # (the parser may hang
                and path[k - 1].dep_ in ("nsubj", "csubj", "aux")  # the subject on "has")
                and any(c.dep_ in ("dobj", "obj") for c in tok.children)
            ):
                continue  # "X's hosting of Y strained relations with Z": a cause (round 9)
            shrinking = lemma in lex.shrinking_verbs and path[k - 1].dep_ in ("nsubj", "csubj")
            # written57: "their truce with Y was over / dead": an arrangement ended, told by a
            # copula (cues.yaml ended_predicates; never talks or meetings, which end as planned)
            shrinking = shrinking or (
                lemma == "be"
                and event_type != "CONSULT"
                and path[k - 1].dep_ == "nsubj"
                and any(
                    c.dep_ in ("acomp", "advmod", "attr")
                    and c.lower_ in lex.ended_predicates
                    and not any(g.dep_ == "pobj" for g in c.children)
                    for c in tok.children
                )
            )
            if shrinking or lemma in lex.reluctance or tok.lower_ in lex.reluctance:
                hoped = _hoped_for(tok, path, cues, lex)
                if hoped is not None:  # "Hopes fade for X-Y talks": only hoped for (neg42)
                    return Modality("hypothetical", hoped.text, cue_token=hoped)
                outer = _governing(path[path.index(tok) :], cues, lex, scope=scope)
                begun = _never_begun(tok, lex) if outer.value == "asserted" else None
                if begun is not None:  # "talks ... collapsed before they began" (neg44)
                    return Modality("negated", begun, cue_token=tok)
                if outer.value in ("asserted",):
                    return Modality("asserted", tok.text, distancing=True)
                return Modality(outer.value, outer.cue, distancing=True)
            if lemma in lex.reluctance_negated and any(c.dep_ == "neg" for c in tok.children):
                outer = _governing(path[path.index(tok) + 1 :], cues, lex, scope=scope)
                if outer.value == "asserted":
                    return Modality("asserted", f"not {tok.text}", distancing=True)
    if own is not None:
        return own
    condition = _condition_on(path, lex) if event_type != "THREATEN" else None
    if condition is not None:  # "if reports are true, X met Y": only if
        return Modality("hypothetical", condition.text, cue_token=condition)
    likely = _likelihood_predicate(trigger, cues, lex)
    if likely is not None:  # "an offensive against X now looks unlikely": only possible
        return Modality("hypothetical", likely.text, cue_token=likely)
    capacity = written.capacity_of(trigger, lex)  # "lost its ability to pay X": not the act
    if capacity is not None:
        return Modality("hypothetical", capacity)
    blocked_to = _blocked_infinitive(trigger)  # "too weak to attack X" (neg42)
    if blocked_to is not None:
        return Modality("negated", blocked_to)
    nothing = _nothing_to_show(path, lex)  # "there is nothing to indicate that ..." (neg42)
    if nothing is not None:
        return Modality("negated", nothing.text, cue_token=nothing)
    taken_back = written.trailing_denied_claim(trigger, lex)  # "..., a claim X rejects"
    if taken_back is not None:
        return Modality("denied", taken_back)
    doubted = written.trailing_disbelieved_claim(trigger, lex)  # "..., a view X calls naive"
    if doubted is not None:
        return Modality("uncertain", doubted)
    unverified = written.unverified_afterwards(trigger, lex)  # "..., but could not be verified"
    if unverified is not None:
        return Modality("uncertain", unverified)
    unchecked = written.unchecked_claim(trigger, lex)  # "..., a claim that could not be verified"
    if unchecked is not None:  # (written48)
        return Modality("uncertain", unchecked)
    question = written.yes_no_question(trigger)  # "Did the Taliban break with X?"
    if question is None:
        question = written.questioned_statement(trigger)  # "ISI helping Taliban again?"
    if question is not None:
        return Modality("uncertain", question)
    if event_type in ("THREATEN", "AGREE") and (lex.verbs.get(trigger.lemma_.lower()) or {}).get(
        "intent"
    ):
        # "vowed to attack X", "vowed revenge on X": an intention stated, not yet a threat
        # carried out; "promised to protect X", "promised X help" (v37): a cooperation
        # promised, not yet given; future unless what governs it says more (denied, hedged)
        outer = _governing(path[1:], cues, lex, child=trigger, scope=scope)
        if outer.value == "asserted":
            return Modality("future", trigger.text, cue_token=trigger)
        return outer
    offer = written.offered_thing(trigger, lex) if event_type == "AID" else None
    if offer is not None and offer in path:
        # "X offered weapons to Y", "offered Y sanctuary" (bugs39): the offer is made (an
        # AGREE read on the verb, mechanisms.offered_things); the aid offered is not given
        outer = _governing(path[path.index(offer) :], cues, lex, child=trigger, scope=scope)
        if outer.value == "asserted":
            return Modality("future", offer.text, cue_token=offer)
        return outer
    performed = _performed_by_light_verb(trigger, cues, lex)
    if performed is None and event_type == "AGREE":
        performed = _agreement_made(trigger, cues, lex)
    if performed is not None:
        return performed
    if headline:
        future = _headline_infinitive(path, lex.speech)
        if future is not None:
            return future
    leaning = _copular_leaning(path, cues, lex)
    if leaning is not None:  # "X is desperate for an alliance with Y" (neg42)
        outer = _governing(path[path.index(leaning.head) + 1 :], cues, lex, leaning.head, scope)
        if outer.value == "asserted":
            return Modality("hypothetical", leaning.text, cue_token=leaning)
        return outer
    governing = _governing(path[1:], cues, lex, child=trigger, scope=scope)
    matter = talked_matter(trigger, lex)
    if governing.value == "asserted" and matter is not None:  # "talks on the water dispute"
        return Modality("hypothetical", matter, cue_token=trigger.head)
    if governing.value == "asserted" and event_type in COOPERATIVE:
        topic = _discussed(trigger, lex)
        if topic is not None:  # "in talks about an alliance with Y": not yet made (neg39)
            return Modality("hypothetical", topic, cue_token=trigger.head.head)
        unrealised = never_in_effect(trigger, lex)
        if unrealised is not None:  # "a ceasefire that never took effect" (gaps52)
            return Modality("negated", unrealised)
    questioned = _questioned_occurrence(trigger, cues, lex, scope)
    if questioned is not None:  # "X's arrest of Y was never confirmed" (written29)
        return questioned
    # "the Haqqani network's attack on the embassy": an attack named with its author
    # presupposes that it took place, whatever is said about it (praise, accusation, doubt
    # about who backed it); only a denial or negation takes that back
    if (
        trigger.pos_ == "NOUN"
        and event_type in ("ASSAULT", "COERCE")
        and any(
            c.dep_ == "poss"
            and c.pos_ != "PRON"
            and (
                c.ent_type_ not in ("DATE", "TIME") or governing.value in ("hypothetical", "future")
            )
            for c in trigger.children
        )  # "last week's ambush" took place, but a time names no author: blamed or
        # suspected on a party, it stays uncertain; planned, it was carried out (neg39)
        and governing.value in ("uncertain", "hypothetical", "future")
        # "Baradar's capture by ISI officers": the possessor suffers it, no author's own
        # act is presupposed (written28)
        and not written.suffered_by_possessor(trigger, actor_of or {})
    ):
        return Modality("asserted", None)
    if governing.value in ("uncertain", "hypothetical", "future", "negated") and (
        written.presupposed_by_reaction(trigger, event_type, lex, cues, governing.value)
    ):
        # "Washington would no longer tolerate Pakistan's sheltering of Y", "cut aid over the
        # ISI's support for Y", "demanded an end to X's backing of Y": a reaction to an act
        # named with its author presupposes the act, whatever is said of the reaction
        # (written53)
        return Modality("asserted", None)
    if governing.value == "asserted":
        anyone = _conditional_party(trigger, lex)
        if anyone is not None:  # "offer shelter to any X fighter who renounces Y" (neg43)
            return Modality("hypothetical", anyone.text, cue_token=anyone)
        doubter = _doubted_by_reporter(trigger, lex)
        if doubter is not None:  # "officials who reported that X armed Y doubted it" (neg43)
            return Modality("uncertain", doubter.text, cue_token=doubter)
    return governing


# the verbs of a state still open: "remains unconfirmed", "has yet to be", "is yet to be"
_STILL_OPEN = frozenset({"remain", "be", "have", "stay"})


def _questioned_occurrence(
    noun: Any, cues: dict[str, frozenset[str]], lex: Lexicon, scope: _Scope | None = None
) -> Modality | None:
    """What a sentence says of the truth of an act named by a noun (written29), said by the
    noun's own predicate: the noun is the subject or object of a verb of verification
    (cues.yaml ``verification_verbs``) that is negated, hedged or put on a condition ("X's
    arrest of Y was never confirmed", "if X's arrest of Y is confirmed"), the subject of a
    verb of occurrence (``occurrence_verbs``: "X's raid on Y never happened"), or the object
    of a verb of doubting (``reporter_doubt_verbs``: "analysts doubt X's raid on Y"), or
    the subject of a state still open ("remains unconfirmed", ``doubted_sources``; "has yet
    to be confirmed"). Such
    words are about whether the act took place, so they win over the rule that an act named
    with its author took place; doubt about anything else ("X's attack on Y may have been
    backed by Z") is not this. A confirmation given ("was confirmed") or a doubt denied
    ("nobody doubts") says nothing here (None).

    >>> from riftwatch.nlp.parse import nlp
    >>> lex = _lexicon()
    >>> doc = nlp()("The ISI's arrest of Baradar was never confirmed.")
    >>> _questioned_occurrence(doc[3], lex.modality, lex).value
    'uncertain'
    >>> doc = nlp()("If the ISI's arrest of Baradar is confirmed, the talks will stall.")
    >>> _questioned_occurrence(doc[4], lex.modality, lex).value
    'hypothetical'
    >>> doc = nlp()("The ISI's arrest of Baradar was confirmed by officials.")
    >>> _questioned_occurrence(doc[3], lex.modality, lex) is None
    True
    """
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj"):
        return None
    pred = noun.head
    if pred.pos_ not in ("VERB", "AUX") or pred.i == noun.i:
        return None
    lemma = pred.lemma_.lower()
    if noun.dep_ == "nsubj" and lemma in _STILL_OPEN:
        # "X's arrest of Y remains unconfirmed", "has yet to be confirmed", "remains to be
        # verified": the confirmation is still awaited
        for c in pred.children:
            if c.dep_ in ("acomp", "oprd") and c.lower_ in lex.doubted_sources:
                return Modality("uncertain", c.text, cue_token=c)
            if (
                c.dep_ == "xcomp"
                and c.lemma_.lower() in lex.verification_verbs
                and (lemma == "remain" or any(a.lower_ == "yet" for a in pred.children))
            ):
                return Modality("uncertain", f"yet to be {c.text}", cue_token=c)
    verifying = lemma in lex.verification_verbs
    occurring = noun.dep_ == "nsubj" and (
        lemma in lex.occurrence_verbs
        or any(
            f"{lemma} {c.lower_}" in lex.occurrence_verbs
            for c in pred.children
            if c.dep_ in ("dobj", "obj")
        )
    )
    doubting = noun.dep_ in ("dobj", "obj", "nsubjpass") and lemma in lex.reporter_doubt_verbs
    if not (verifying or occurring or doubting):
        return None
    own = _own_cues(pred, cues, lex)
    if doubting:
        return Modality("uncertain", pred.text, cue_token=pred) if own is None else None
    if own is not None and own.value != "asserted":
        if verifying and own.value == "negated":  # not confirmed: not known, not untrue
            return Modality("uncertain", f"{own.cue} {pred.text}", cue_token=pred)
        return Modality(own.value, own.cue, cue_token=pred)
    unchecked = written.unchecked_verification(pred, lex) if verifying else None
    if unchecked is not None:  # "nobody has confirmed X's arrest of Y" (neg44)
        return Modality("uncertain", f"{unchecked.text} {pred.text}", cue_token=pred)
    if own is not None:
        return None
    above = _governing(_path(pred)[1:], cues, lex, child=pred, scope=scope)
    return None if above.value == "asserted" else above


def _worsened_rift(trigger: Any, found: Modality, lex: Lexicon) -> bool:
    """Is ``found`` (future or hypothetical) only the forecast of a worsening of the rift
    the noun ``trigger`` names: the noun is the subject of a verb of cues.yaml
    ``worsening_verbs`` (or of a verb whose infinitive is one: "began to widen"), and the cue
    is one of ``forecast_words`` on that verb ("will deepen", "would widen") or heading its
    infinitive ("is expected to widen", "is set to deepen"), with no condition on it ("would
    deepen if Y struck back"). The rift itself is there (gaps53).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The rift between the two groups will deepen.")
    >>> _worsened_rift(doc[1], Modality("future", "will"), _lexicon())
    True
    >>> doc = nlp()("The rift between the two groups may deepen.")
    >>> _worsened_rift(doc[1], Modality("hypothetical", "may"), _lexicon())
    False
    """
    if trigger.pos_ not in ("NOUN", "PROPN", "VERB") or not found.cue:
        return False
    if trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = trigger.head
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    verb = next((v for v in verbs if v.lemma_.lower() in lex.worsening_verbs), None)
    if verb is None:
        return False
    forecast = [c for c in (verb, head) for c in c.children if c.dep_ == "aux"]
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:  # "is expected to widen"
        forecast += [verb.head, *(c for c in verb.head.children if c.dep_ == "aux")]
    cue = found.cue.lower()
    if not any(
        t.lower_ == cue
        and (t.lower_ in lex.forecast_words or t.lemma_.lower() in lex.forecast_words)
        for t in forecast
    ):
        return False
    return _condition_on(_path(verb), lex) is None


def _condition_on(path: list[Any], lex: Lexicon) -> Any:
    """The mark or participle of a conditional clause hung on a verb of ``path`` (the trigger
    and its heads) that puts the clause's truth on a condition (cues.yaml
    ``truth_conditions``, ``supposing_verbs``): "If reports are true, X met Y", "Assuming the
    account is accurate, X met Y"; "even if" concedes and counts for none (neg38).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("If the reports are true, the group met the envoys.")
    >>> _condition_on([doc[8]], _lexicon()).text
    'If'
    >>> _condition_on([nlp()("The group met the envoys.")[2]], _lexicon())
    """
    on_path = {t.i for t in path}
    for tok in path:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        for clause in tok.children:
            if clause.dep_ != "advcl" or clause.i in on_path:
                continue
            if clause.lower_ in lex.condition_idiom_words:
                continue  # "if anything, X attacked Y more often": emphasis
            if clause.tag_ == "VBG" and clause.lemma_.lower() in lex.supposing_verbs:
                return clause
            for mark in clause.children:
                if (
                    mark.dep_ == "mark"
                    and mark.lower_ in lex.truth_conditions
                    and not any(g.lower_ == "even" for g in (*mark.children, *clause.children))
                    and (mark.i == 0 or mark.nbor(-1).lower_ != "even")
                ):
                    return mark
    return None


def _awaited(prep: Any, lex: Lexicon) -> bool:
    """Is ``prep`` the "for" phrase of a verb of getting ready (cues.yaml ``awaiting_verbs``:
    "bracing for X's attacks", "preparing for talks with Y")? What it names is awaited, not a
    grievance answered (neg38)."""
    verb = prep.head
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return prep.head.lemma_.lower() in lex.awaiting_verbs or verb.lemma_.lower() in (
        lex.awaiting_verbs
    )


def _copular_leaning(path: list[Any], cues: dict[str, frozenset[str]], lex: Lexicon) -> Any:
    """The adjective of wish or readiness beside the copula that the event's phrase hangs on
    (neg42): "X is desperate for an alliance with Y", "X is open to talks with Y", where the
    parser hangs "for" or "to" on "is", not on the adjective. The adjective is one of the
    hypothetical or future cues, or of cues.yaml ``willing_adjectives``; it must stand
    before the phrase (an adjective of openness only with "to": "open about its attacks"
    says they were made). What one leans towards is not done. The adjective, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> lex = _lexicon()
    >>> doc = nlp()("The TTP is desperate for an alliance with the group.")
    >>> _copular_leaning([doc[6], doc[4], doc[2]], lex.modality, lex).text
    'desperate'
    >>> doc = nlp()("The TTP is responsible for the attack on the post.")
    >>> _copular_leaning([doc[6], doc[4], doc[2]], lex.modality, lex) is None
    True
    """
    words = cues.get("hypothetical", frozenset()) | cues.get("future", frozenset())
    for prep, verb in zip(path[1:], path[2:], strict=False):
        if prep.dep_ != "prep":
            continue
        if (
            verb.pos_ == "ADJ"
            and verb.dep_ == "acomp"
            and verb.lemma_.lower() in lex.willing_adjectives
            and prep.lower_ == "to"
        ):
            return verb  # "X is open to talks with Y" (the phrase on the adjective itself)
        if verb.lemma_.lower() not in lex.seeming_verbs:
            continue
        for adj in verb.children:
            if adj.dep_ != "acomp" or adj.pos_ != "ADJ" or adj.i > prep.i:
                continue
            lemma = adj.lemma_.lower()
            willing = lemma in lex.willing_adjectives and prep.lower_ == "to"
            if lemma in words or adj.lower_ in words or willing:
                return adj
        return None
    return None


def _blocked_infinitive(trigger: Any) -> str | None:
    """What keeps the infinitive ``trigger`` from being done (neg42): "too" on the adjective
    it completes ("X is too weak to attack Y", "was too cautious to arm Y openly"), or a noun
    with "no" right before its "to" ("X is in no position to arrest Y"). The cue as text,
    or None ("strong enough to attack Y", "in a position to arrest Y" say nothing of it).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The network is too weak to attack the group.")
    >>> _blocked_infinitive(doc[6])
    'too weak'
    >>> doc = nlp()("The army is in no position to arrest the men.")
    >>> _blocked_infinitive(doc[7])
    'no position'
    >>> _blocked_infinitive(nlp()("The army is in a position to arrest the men.")[7]) is None
    True
    """
    to = next((c for c in trigger.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or trigger.pos_ != "VERB":
        return None
    head = trigger.head
    adjectives = [head] if head.pos_ == "ADJ" else []
    if trigger.dep_ in ("xcomp", "advcl") and head.pos_ in ("AUX", "VERB"):
        adjectives += [c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    for adj in adjectives:
        if adj.i < to.i and any(c.dep_ == "advmod" and c.lower_ == "too" and c.i < adj.i
                                for c in adj.children):  # fmt: skip
            return f"too {adj.text}"
    before = trigger.doc[to.i - 1] if to.i > 0 else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and before.dep_ == "pobj"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in before.children)
    ):
        return f"no {before.text}"
    return None


def _nothing_to_show(path: list[Any], lex: Lexicon) -> Any:
    """The negative pronoun that an infinitival relative clause ending the event's path hangs
    on (neg42): "There is nothing to indicate that X trained Y", "there was none to show
    that ...". What nothing shows is not told as done. The pronoun, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("There is nothing to indicate that the group trained them.")
    >>> _nothing_to_show([doc[8], doc[4], doc[2]], _lexicon()).text
    'nothing'
    >>> doc = nlp()("There is evidence to indicate that the group trained them.")
    >>> _nothing_to_show([doc[8], doc[4], doc[2]], _lexicon()) is None
    True
    """
    for clause in path[1:]:
        if clause.dep_ == "relcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            head = clause.head
            return head if head.lower_ in lex.negative_subjects else None
        if clause.dep_ in _CLAUSE_DEPS and clause.dep_ != "ccomp":
            return None
    return None


def _hoped_for(verb: Any, path: list[Any], cues: dict[str, frozenset[str]], lex: Lexicon) -> Any:
    """The subject of the waning verb ``verb`` when it is a noun of hope or prospect that
    the event's own path does not pass through (neg42): "Hopes fade for X-Y talks",
    "Prospects of a deal with Y dwindle" (the parser hangs the event's phrase on the verb):
    what fades is the hope, and the event was only hoped for. "Cooperation between X and Y
    has faded" (the event itself as the subject) is not such a case.

    >>> from riftwatch.nlp.parse import nlp
    >>> lex = _lexicon()
    >>> doc = nlp()("Hopes faded for talks between the two groups.")
    >>> _hoped_for(doc[1], [doc[3], doc[2], doc[1]], lex.modality, lex).text
    'Hopes'
    """
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass") or child in path:
            continue
        lemma, lower = child.lemma_.lower(), child.lower_
        hoping = cues.get("hypothetical", frozenset())
        if lemma in hoping or lower in hoping or lower in lex.prospect_nouns:
            return child
    return None


def _likelihood_predicate(trigger: Any, cues: dict[str, frozenset[str]], lex: Lexicon) -> Any:
    """The predicate of likelihood said of the event noun ``trigger`` as the subject of a
    copula or a verb of seeming (cues.yaml ``seeming_verbs``): "an offensive against X now
    looks unlikely", "talks with Y seem possible", "a deal with Y remains doubtful" (an
    adjective of the hypothetical or uncertain cues, or a hedge), or None (neg38).

    >>> from riftwatch.nlp.parse import nlp
    >>> lex = _lexicon()
    >>> doc = nlp()("An offensive against the group now looks unlikely.")
    >>> _likelihood_predicate(doc[1], lex.modality, lex).text
    'unlikely'
    >>> _likelihood_predicate(nlp()("The offensive was brutal.")[1], lex.modality, lex)
    """
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    words = cues.get("hypothetical", frozenset()) | cues.get("uncertain", frozenset())
    if trigger.sent[-1].text not in (".", "!"):
        # a headline drops the copula: "X-Y talks unlikely, says minister", "ISI support for
        # Y doubtful: report" (an adjective right after the noun's phrase; neg42)
        for child in trigger.children:
            if (
                child.i > trigger.i
                and child.pos_ == "ADJ"
                and child.dep_ in ("amod", "advmod", "acomp")
                and (child.lower_ in words or child.lower_ in lex.hedges)
                and not any(t.pos_ in ("VERB", "AUX") for t in trigger.doc[trigger.i : child.i])
            ):
                return child
    if trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = trigger.head
    if verb.lemma_.lower() not in lex.seeming_verbs:
        return None
    for child in verb.children:
        if (
            child.dep_ in ("acomp", "attr", "oprd")
            and child.pos_ == "ADJ"
            and (child.lower_ in words or child.lower_ in lex.hedges)
        ):
            return child
    return None


def _conditional_threat(trigger: Any, lex: Lexicon) -> bool:
    """Is ``trigger`` a hostile act's verb told with "will" and a threat condition
    (mechanisms.conditional_acts), not a threat verb of its own?"""
    from riftwatch.nlp import mechanisms  # noqa: PLC0415 - mechanisms imports code, not us

    entry = lex.verbs.get(trigger.lemma_.lower()) or {}
    if entry.get("type") == "THREATEN":
        return False
    return mechanisms.conditional_clause(trigger) is not None


def _path(trigger: Any) -> list[Any]:
    """The trigger and its heads up to the root or a clause boundary."""
    node = trigger
    path = [trigger]
    while node.head.i != node.i and not _boundary(node):
        if written.finite_conj_of_infinitive(node):
            # "refused to arrest X and continued to fund Y": 'continued' is the refusal's
            # coordinate, not the infinitive's: neither the refusal nor a plan or wish over
            # the infinitive reaches it; what governs the refusal still does
            node = node.head.head
            if node.head.i == node.i or _boundary(node):
                break
        node = node.head
        path.append(node)
    verdict = _verdict_under_report_gerund(node)
    if verdict is not None:
        path.append(verdict)
    return path


def _verdict_under_report_gerund(root: Any) -> Any:
    """The passive verb the parser hung under a gerund it made the root, when the gerund's
    subject is a noun of report ("Talk of X units in Kunar switching their allegiance to Y
    was dismissed as exaggeration": 'switching' the root, 'dismissed' its ccomp): the
    passive is the verdict on the report and governs what it tells, as it does when the
    gerund is parsed as its clausal subject (written60). None for any other root.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Talk of Taliban units in Kunar switching their allegiance to the "
    ...             "Islamic State was dismissed as exaggeration by Afghan officials.")
    >>> _verdict_under_report_gerund(doc[6]).text
    'dismissed'
    """
    if root.head.i != root.i or root.tag_ != "VBG":
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None  # "X was switching ...": a finite verb, not a gerund
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > root.i or subject.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "prep" and c.lower_ in written.REPORT_OF for c in subject.children):
        return None
    for clause in root.children:
        if (
            clause.dep_ == "ccomp"
            and clause.i > root.i
            and any(c.dep_ == "auxpass" for c in clause.children)
            and not any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") for c in clause.children
            )
        ):
            return clause
    return None


def _told_by_report(noun: Any) -> bool:
    """``noun`` is what a noun of report or hearsay tells through "of" or "about" ("reports of
    Haqqani fighters ...", "rumours about the Taliban ..."; :func:`written.report_noun`)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in written.REPORT_OF:
        return False
    return written.report_noun(prep.head, _lexicon())


def _report_gerund_on_noun(gerund: Any) -> bool:
    """``gerund`` is what a noun of report tells, hung by the parser on the report noun itself
    rather than on the noun of its "of" phrase ("Stories of X fighters in Kurram sheltering Y
    were rejected as false": 'sheltering' an acl of 'Stories'), with no subject of its own and
    the "of" (or "about") phrase before it (written60).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Stories of Haqqani fighters in Kurram sheltering Al Qaeda men were "
    ...             "rejected as false by Pakistani officials.")
    >>> _report_gerund_on_noun(doc[6])
    True
    """
    noun = gerund.head
    if not written.report_noun(noun, _lexicon()):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in written.REPORT_OF
        and noun.i < c.i < gerund.i
        and any(p.dep_ == "pobj" for p in c.children)
        for c in noun.children
    )


def _lexicon() -> Lexicon:
    """The loaded lexicon (cached by :func:`riftwatch.nlp.lexicon.load`)."""
    from riftwatch.nlp.lexicon import load

    return load()


def _boundary(tok: Any) -> bool:
    """Relative clauses and participial modifiers keep their own modality: "Taliban militants
    fighting U.S. forces" is asserted under "vowed support for ..."."""
    if semicolon_apart(tok):
        return True  # "X clashed with Y; the group accused Y of ...": two statements
    if tok.dep_ in ("relcl", "acl") and written.predicated_group(tok.head) is not None:
        return False  # "X is a group funded by Y": the clause is what is said of X
    if tok.dep_ == "relcl" and written.predicated_partitive(tok.head) is not None:
        return False  # "X was not among the groups that attacked Y": told of X (world10)
    if tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False  # "invitations to join X": the noun's infinitive, not a relative clause
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and written.message_noun(tok.head):
        return False  # "never issued a statement praising X": the message's issuing governs
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and _told_by_report(tok.head):
        return False  # "rumours about X fighters sheltering Y": what the rumour tells (lead42)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and _report_gerund_on_noun(tok):
        return False  # "stories of X fighters sheltering Y", hung on "stories" (written60)
    if tok.dep_ == "acl" and written.denied_reduced_clause(tok, _lexicon()):
        return False  # "Army denies X commander killed in raid": the killing is denied (bugs36)
    if tok.dep_ in ("relcl", "acl") and _content_clause_of_claim(tok):
        return False  # "Reports in June that X had attacked Y were denied": the report's (world12)
    if tok.dep_ in ("relcl", "acl") and _taken_back_report(tok.head.head, tok.head, _lexicon()):
        return False  # "retracted a statement that had praised Y": what it said is taken back
    if written.discredited_medium(tok, _lexicon()) is not None:
        return False  # "dismissed as propaganda a video in which X claimed ...": (written57)
    return tok.dep_ == "relcl" or (
        tok.dep_ == "acl"
        and tok.tag_ in ("VBG", "VBN")
        and not any(c.dep_ == "aux" for c in tok.children)
    )


def _taken_back_report(tok: Any, prev: Any, lex: Lexicon) -> Any:
    """The word that takes back or falsifies the report ``prev`` hangs on, or None (neg40):
    a verb of taking back whose object ``prev`` is a noun of report ("the ministry withdrew
    its statement that X had killed Y", "the paper corrected its report that X paid Y", "X
    retracted its claim of responsibility for the attack on Y"; cues.yaml
    ``report_taking_back_verbs``, ``taken_back_reports``), or an adverb of falsity on a verb
    of speech whose clause ``prev`` is ("an earlier version wrongly said that X had attacked
    Y"; ``false_claim_adverbs``). What such a report told is denied; a negated taking back
    ("did not withdraw its statement") takes nothing back.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The ministry withdrew its statement that police had arrested X.")
    >>> _taken_back_report(doc[2], doc[4], _lexicon()).text
    'withdrew'
    >>> doc = nlp()("The ministry repeated its statement that police had arrested X.")
    >>> _taken_back_report(doc[2], doc[4], _lexicon()) is None
    True
    >>> doc = nlp()("A report that police had arrested X was later retracted.")
    >>> _taken_back_report(doc[9], doc[1], _lexicon()).text
    'retracted'
    >>> doc = nlp()("A report that police had arrested X was later confirmed.")
    >>> _taken_back_report(doc[9], doc[1], _lexicon()) is None
    True
    >>> doc = nlp()("A report wrongly said that the police had arrested him.")
    >>> said = next(t for t in doc if t.text == "said")
    >>> clause = next(t for t in said.children if t.dep_ == "ccomp")
    >>> _taken_back_report(said, clause, _lexicon()).text
    'wrongly'
    """
    if prev is None or prev.head.i != tok.i or tok.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return None
    lemma = tok.lemma_.lower()
    # neg42: "walked back / took back its accusation that ..." (a verb and its "back")
    backed = lemma in lex.report_taking_back_particles and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in kids
    )
    if (
        (lemma in lex.report_taking_back_verbs or backed)
        # neg42: the report as the passive subject: "A report that X had sheltered Y was
        # later retracted"
        and prev.dep_ in ("dobj", "obj", "nsubjpass")
        and prev.lemma_.lower() in lex.taken_back_reports
    ):
        return tok
    if (
        (lemma in lex.report_taking_back_verbs or backed)
        # neg45: or as its complement ("recanted his confession that X had paid him")
        and prev.dep_ in ("advcl", "ccomp")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in prev.children)
        and any(
            c.dep_ in ("dobj", "obj")
            and c.i < prev.i
            and c.lemma_.lower() in lex.taken_back_reports
            for c in kids
        )
    ):  # "withdrew his testimony that X had armed Y": the parser may hang the clause on the
        # verb, past the report it tells (neg43)  # fmt: skip
        return tok
    if (
        (lemma in lex.report_backtracking_verbs or backed)
        and prev.dep_ == "prep"
        and prev.lower_ in ("on", "from")
        and any(c.dep_ == "pobj" and c.lemma_.lower() in lex.taken_back_reports
                for c in prev.children)
    ):  # "backtracked on its claim that X had killed Y" (neg42)  # fmt: skip
        return tok
    if lemma in lex.speech and prev.dep_ == "ccomp":
        false = next((c for c in kids if c.dep_ == "advmod"
                      and c.lower_ in lex.false_claim_adverbs), None)  # fmt: skip
        if false is not None:
            return false
        if _withdrawn_speaker(tok, lex) is None:
            return None
        # (a speaker who took the words back: the verb of speech, whose subject is the
        # speaker, carries the denial: "the spokesman, who later retracted his words, said")
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        taken = subject is not None and subject.lemma_.lower() in lex.taken_back_reports
        return _withdrawn_speaker(tok, lex) if taken else tok
    return None


def _withdrawn_speaker(verb: Any, lex: Lexicon) -> Any:
    """The participle or clause that takes back the report which is the subject of the verb
    of speech ``verb``, or None (neg41): "The statement, later withdrawn, said X had killed
    Y", "A report, since retracted, said ...", "The claim, which the ministry withdrew,
    said ..." (cues.yaml ``report_taking_back_verbs``, ``taken_back_reports``). A negated
    taking back ("never withdrawn") or a confirmation takes nothing back.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The statement, later withdrawn, said troops had killed him.")
    >>> _withdrawn_speaker(doc[6], _lexicon()).text
    'withdrawn'
    >>> doc = nlp()("The statement, later confirmed, said troops had killed him.")
    >>> _withdrawn_speaker(doc[6], _lexicon()) is None
    True
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lemma_.lower() not in lex.taken_back_reports:
        return _speaker_who_took_back(subject, lex)
    between = [c for c in verb.children if c.dep_ == "advcl" and subject.i < c.i < verb.i]
    for clause in [*(c for c in subject.children if c.dep_ in ("acl", "relcl")), *between]:
        if clause.lemma_.lower() in lex.report_taking_back_verbs and not any(
            c.dep_ == "neg" or c.lower_ == "never" for c in clause.children
        ):
            return clause
    return None


def _speaker_who_took_back(speaker: Any, lex: Lexicon) -> Any:
    """The verb of a relative clause on the speaker ``speaker`` that takes back what the
    speaker says (neg43): "The army spokesman, who later retracted his words, said troops had
    killed X", "an official, who has since withdrawn the remark, said ..." (cues.yaml
    ``report_taking_back_verbs``, ``report_taking_back_particles`` with "back", and a report
    noun or "words" as its object). A negated taking back takes nothing back. None otherwise.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The spokesman, who later retracted his words, said troops had killed him.")
    >>> _speaker_who_took_back(doc[1], _lexicon()).text
    'retracted'
    >>> doc = nlp()("The spokesman, who later repeated his words, said troops had killed him.")
    >>> _speaker_who_took_back(doc[1], _lexicon()) is None
    True
    """
    for clause in speaker.children:
        if clause.dep_ != "relcl" or clause.i < speaker.i:
            continue
        kids = list(clause.children)
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in kids):
            continue
        lemma = clause.lemma_.lower()
        backed = lemma in lex.report_taking_back_particles and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in kids
        )
        if lemma not in lex.report_taking_back_verbs and not backed:
            continue
        if any(
            c.dep_ in ("dobj", "obj")
            and (c.lemma_.lower() in lex.taken_back_reports or c.lower_ in ("words", "word"))
            for c in kids
        ):
            return clause
    return None


def _dismissed_report(tok: Any, prev: Any, lex: Lexicon) -> Any:
    """The verb that waves away the report noun ``tok`` whose content ``prev`` is (its
    clause, or its "of" phrase), or None (neg42): a verb of scoffing with its particle or
    preposition ("scoffed at reports that X met Y", "brushed aside reports of clashes with Y",
    "shrugged off / waved away reports that ..."; cues.yaml ``report_dismissing_verbs``), or
    a verb of labelling with a word of falsity after the report ("termed reports of X's
    support for Y baseless"; events.yaml ``labelling_verbs``, cues.yaml ``falsity``). What
    such a report told is denied; a negated verb waves nothing away.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The army shrugged off reports that it had met the group.")
    >>> _dismissed_report(doc[4], doc[8], _lexicon()).text
    'shrugged'
    >>> doc = nlp()("The army confirmed reports that it had met the group.")
    >>> _dismissed_report(doc[3], doc[7], _lexicon()) is None
    True
    """
    if prev is None:
        return None
    rejected = _rejected_report(tok, prev, lex)
    if rejected is not None:
        return rejected
    labelled = _labelled_false_report(tok, prev, lex)
    if labelled is not None:
        return labelled
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    words = {tok.lower_, tok.lemma_.lower()}
    if not words & (lex.claim_nouns | lex.hearsay_nouns):
        return None
    if prev.dep_ not in ("acl", "ccomp", "relcl", "appos") and not (
        prev.dep_ == "prep" and prev.lower_ == "of"
    ):
        return None
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif tok.dep_ not in ("dobj", "obj"):
        return None
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma in lex.report_dismissing_verbs:
        return verb
    if lemma in lex.labelling_verbs and tok.dep_ in ("dobj", "obj"):
        end = verb.sent.end - 1 if verb.sent[-1].is_punct else verb.sent.end
        last = verb.doc[end - 1]
        if last.i > tok.i and last.lower_ in lex.falsity:
            return verb  # "termed reports of X's support for Y baseless"
    return None


def _false_label(word: Any, lex: Lexicon) -> bool:
    """Is ``word``, or an adjective or compound on it, a word of falsity or disbelief
    (cues.yaml ``falsity``, ``falsity_labels``, ``disbelief_words``, ``dismissive_words``)?"""
    false = lex.falsity | lex.falsity_labels | lex.disbelief_words | lex.dismissive_words
    return any(
        t.lower_ in false or t.lemma_.lower() in false
        for t in (word, *(c for c in word.children if c.dep_ in ("amod", "compound")))
    )


def _labelled_false_report(tok: Any, prev: Any, lex: Lexicon) -> Any:
    """The verb of naming (cues.yaml ``naming_as_verbs``, events.yaml ``labelling_verbs``)
    that calls the report word ``tok`` (``claim_nouns``, ``hearsay_nouns``,
    ``taken_back_reports``), whose content clause is ``prev``, false or wishful, or None
    (written65). Two shapes the object test of :func:`_dismissed_report` misses:

    - the report as the passive subject, the label in the verb's "as" phrase or its
      predicate: "reports that X funded Y were described (by the ministry) as fabrications",
      "claims that X armed Y were branded lies";
    - a plural report word after "as" and its label, read by the parser as a clause of the
      verb: "the ministry described as fabrications reports that X funded Y".

    What the report told is denied; a negated verb, or a label that is no word of falsity
    ("were described as accurate"), leaves it standing.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Reports that the group paid him were described by officials as lies.")
    >>> _labelled_false_report(doc[0], doc[4], _lexicon()).text
    'described'
    >>> doc = nlp()("Reports that the group paid him were described by officials as accurate.")
    >>> _labelled_false_report(doc[0], doc[4], _lexicon()) is None
    True
    """
    reports = lex.claim_nouns | lex.hearsay_nouns | lex.taken_back_reports
    if {tok.lower_, tok.lemma_.lower()}.isdisjoint(reports) or prev.head.i != tok.i:
        return None
    verb = tok.head
    if (
        verb.pos_ != "VERB"
        or verb.i == tok.i
        or any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
    ):
        return None
    if verb.lemma_.lower() not in lex.naming_as_verbs | lex.labelling_verbs:
        return None
    if tok.dep_ == "nsubjpass" and prev.dep_ in ("acl", "ccomp", "relcl", "appos"):
        # the label: the words after "as" (which the parser may hang on the agent: "by
        # officials as lies"), else the verb's predicate ("were branded lies")
        after = [t for t in verb.subtree if t.i > verb.i]
        as_at = next((t.i for t in after if t.lower_ == "as"), None)
        if as_at is not None:
            labels = [t for t in after if t.i > as_at]
        else:
            labels = [t for c in verb.children if c.dep_ in ("oprd", "attr", "acomp", "dobj")
                      for t in c.subtree]  # fmt: skip
        return verb if any(_false_label(w, lex) for w in labels) else None
    if tok.dep_ == "advcl" and prev.dep_ == "ccomp" and tok.lower_.endswith("s"):
        between = tok.doc[verb.i + 1 : tok.i]
        if between and between[0].lower_ == "as" and any(_false_label(w, lex) for w in between):
            return verb
    return None


def _rejected_report(tok: Any, prev: Any, lex: Lexicon) -> Any:
    """The verb of rejecting (cues.yaml ``claim_rejecting_verbs`` or ``denied``) that throws
    out the report word ``tok`` (cues.yaml ``claim_nouns``, ``hearsay_nouns``,
    ``taken_back_reports``) whose content clause is ``prev``, in the two shapes that
    :func:`_dismissed_report`'s object test misses (written63), or None:

    - the report as the subject of the passive verb: "the spokesman's account that X had
      smuggled Y's men was rejected (as guesswork) by officials";
    - a plural report word after "as" and its label, which the parser reads as a verb of
      saying hung on the rejecting verb ("dismissed as lies claims that ...") or as the head
      of the label's phrase ("rejected as propaganda reports that X had pledged allegiance
      to Y").

    What the report told is denied; a negated verb rejects nothing ("the account was not
    rejected").

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The account that the group paid him was rejected by officials.")
    >>> _rejected_report(doc[1], doc[5], _lexicon()).text
    'rejected'
    >>> doc = nlp()("The account that the group paid him was confirmed by officials.")
    >>> _rejected_report(doc[1], doc[5], _lexicon()) is None
    True
    """
    reports = lex.claim_nouns | lex.hearsay_nouns | lex.taken_back_reports
    if {tok.lower_, tok.lemma_.lower()}.isdisjoint(reports):
        return None
    verb = tok.head
    as_label = tok.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep"
    if as_label:  # "rejected as [propaganda reports] that ...": the label read as a compound
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i == tok.i or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma not in lex.claim_rejecting_verbs and lemma not in lex.modality.get("denied", ()):
        return None
    if (tok.dep_ == "nsubjpass" or as_label) and tok.pos_ in ("NOUN", "PROPN"):
        return verb if prev.dep_ in ("acl", "relcl", "appos") else None
    if tok.dep_ != "advcl" or prev.dep_ != "ccomp" or not tok.lower_.endswith("s"):
        return None
    # the label between the verb and the misread report word: "as propaganda", "as lies"
    between = tok.doc[verb.i + 1 : tok.i]
    if not between or between[0].lower_ != "as" or any(t.pos_ == "VERB" for t in between):
        return None
    return verb


def _deliberated(tok: Any, prev: Any, lex: Lexicon) -> bool:
    """Is ``prev`` a gerund that the verb of talking over ``tok`` takes, directly or after
    "about", "over" or "on" (cues.yaml ``deliberation_verbs``; neg41)? "The shura discussed
    expelling X", "officials talked about striking X": the act was talked of, not done. A
    noun object ("discussed the attack on X") may name an act that was made and is left
    alone, as is a negated verb of talking. Verbs of objecting (``objecting_verbs``,
    written66) take the gerund directly or after "to" or "against": "commanders objected to
    giving the ministry to X" tells an act objected to, not one done.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The shura discussed expelling the fighters.")
    >>> _deliberated(doc[2], doc[3], _lexicon())
    True
    >>> doc = nlp()("The shura discussed the attack on the fighters.")
    >>> _deliberated(doc[2], doc[4], _lexicon())
    False
    >>> doc = nlp()("The elders objected to sheltering the fighters.")
    >>> _deliberated(doc[2], doc[3], _lexicon())
    True
    """
    if prev is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    objecting = tok.lemma_.lower() in lex.objecting_verbs
    if tok.lemma_.lower() not in lex.deliberation_verbs and not objecting:
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    gerund = prev
    heads = ("to", "against") if objecting else ("about", "over", "on")
    if prev.dep_ == "prep" and prev.lower_ in heads:
        gerund = next((c for c in prev.children if c.dep_ in ("pcomp", "pobj")), None)
    elif prev.dep_ not in ("dobj", "obj", "xcomp"):
        return False
    return gerund is not None and gerund.tag_ == "VBG" and gerund.pos_ == "VERB"


def _searched_for(tok: Any, prev: Any, lex: Lexicon) -> bool:
    """Is ``prev`` the "for" of a verb of searching ``tok`` (cues.yaml ``searching_verbs``)?
    What is looked for is not told as found: "police looked for ties between X and Y",
    "investigators searched for links between X and Y" (uncertain; mmp42).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The police looked for ties between the two gangs.")
    >>> _searched_for(doc[2], doc[3], _lexicon())
    True
    >>> doc = nlp()("The police looked at ties between the two gangs.")
    >>> _searched_for(doc[2], doc[3], _lexicon())
    False
    """
    if prev is None or prev.head.i != tok.i or prev.dep_ != "prep" or prev.lower_ != "for":
        return False
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lex.searching_verbs


def _plotted(tok: Any, prev: Any, lex: Lexicon) -> bool:
    """Is ``prev`` an act noun that the verb of plotting ``tok`` takes as its object with no
    word that makes it a known act (cues.yaml ``plotting_verbs``; neg40)? "plotting an attack
    on Y" is only planned; "plotted the 2009 attack on Y" names an attack that was made. The
    article alone names no act made (gaps61: "plotted the bombing against Y" is a plot, as
    "planned the bombing" is); a demonstrative, a possessive, a number or a date does, and
    a plot still under way ("was plotting the 2009 attack") is never one.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The TTP is plotting an attack on the army.")
    >>> _plotted(doc[3], doc[5], _lexicon())
    True
    >>> doc = nlp()("The TTP plotted the 2009 attack on the army.")
    >>> _plotted(doc[2], doc[5], _lexicon())
    False
    >>> doc = nlp()("The TTP plotted the bombing of the army.")
    >>> _plotted(doc[2], doc[4], _lexicon())
    True
    """
    if prev is None or prev.head.i != tok.i or prev.dep_ not in ("dobj", "obj"):
        return False
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.plotting_verbs:
        return False
    if tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children):
        return True  # "was plotting the attack": under way, not made
    return not any(
        (c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those"))
        or c.dep_ in ("poss", "nummod")
        or (c.dep_ in ("compound", "amod") and (c.like_num or c.ent_type_ in ("DATE", "GPE")))
        for c in prev.children
    )


def _unsupported_report(tok: Any, prev: Any, lex: Lexicon) -> Any:
    """The "without" of a verb of speech told as unsupported, whose clause ``prev`` is, or
    None (neg40): "the report claimed, without evidence, that X funded Y", "alleged without
    offering proof that ..." (a noun of cues.yaml ``evidence_nouns`` after "without", also
    as the object of a gerund there). What it says is only claimed, not known. Also an
    infinitive told ("X claimed, without evidence, to have killed Y") and an adverb of the
    writer's doubt on the verb ("claimed, implausibly, to have killed Y": cues.yaml
    ``claim_doubt_adverbs``; written33), whose word is then returned.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The report claimed, without evidence, that the ISI funded the TTP.")
    >>> _unsupported_report(doc[2], doc[10], _lexicon()).text
    'without'
    >>> doc = nlp()("The report claimed, with evidence, that the ISI funded the TTP.")
    >>> _unsupported_report(doc[2], doc[10], _lexicon()) is None
    True
    >>> doc = nlp()("The TTP claimed, implausibly, to have killed ten soldiers.")
    >>> _unsupported_report(doc[2], doc[8], _lexicon()).text
    'implausibly'
    >>> doc = nlp()("The TTP claimed to have killed ten soldiers.")
    >>> _unsupported_report(doc[2], doc[5], _lexicon()) is None
    True
    """
    if prev is None or prev.dep_ not in ("ccomp", "xcomp") or prev.head.i != tok.i:
        return None
    if tok.lemma_.lower() not in lex.speech:
        return None
    doubt = next((c for c in tok.children if c.dep_ == "advmod"
                  and c.lower_ in lex.claim_doubt_adverbs), None)  # fmt: skip
    if doubt is not None:
        return doubt
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "without":
            continue
        nouns = [g for c in prep.children for g in (c, *c.children)
                 if g.dep_ in ("pobj", "dobj", "obj")]  # fmt: skip
        if any(n.lower_ in lex.evidence_nouns or n.lemma_.lower() in lex.evidence_nouns
               for n in nouns):  # fmt: skip
            return prep
    return None


def _confirmed(noun: Any, lex: Lexicon) -> bool:
    """Is ``noun`` the subject of a verb of verification that is not negated or hedged ("the
    rumour was later confirmed", "officials confirmed the rumour")? (cues.yaml
    ``verification_verbs``; neg40)

    >>> from riftwatch.nlp.parse import nlp
    >>> _confirmed(nlp()("The rumour was later confirmed.")[1], _lexicon())
    True
    >>> _confirmed(nlp()("The rumour was never confirmed.")[1], _lexicon())
    False
    """
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj"):
        return False
    return written.confirmed_verification(noun.head, lex)  # one test for all (neg44)


def _content_clause_of_claim(tok: Any) -> bool:
    """Is ``tok`` a clause the parser hangs as a relative or adjectival clause on a noun of
    hearsay or claim (cues.yaml `hearsay_nouns`, `claim_nouns`) that it opens with the
    subordinating "that" ("reports in June that X had fallen out with Y")? Such a clause is
    what the noun tells, not a relative clause: "that" is its mark, not its subject or object
    (world12)."""
    from riftwatch.nlp.lexicon import load

    lex = load()
    noun = tok.head
    words = lex.hearsay_nouns | lex.claim_nouns
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "relcl" and (noun.lower_ in lex.evidence_nouns or noun.lemma_.lower()
                                in lex.evidence_nouns) and _gapless_clause(tok):  # fmt: skip
        return True  # "no evidence the X funded Y": "that" left out (neg38)
    if not (noun.lower_ in words or noun.lemma_.lower() in words):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return True
    # "a rumour that the ISI had armed Y": the parser may read "that" as the clause's object
    # although the clause has an object of its own: still the noun's content (neg40)
    that = next((c for c in tok.children if c.lower_ == "that" and c.dep_ in ("dobj", "obj")
                 and c.i == tok.left_edge.i), None)  # fmt: skip
    return that is not None and _gapless_clause(tok, beside=that)


def _gapless_clause(verb: Any, beside: Any = None) -> bool:
    """Is the clause of ``verb``, hung as a relative clause, whole: its own subject that is no
    relative word, and an object of its own (or a party after "with" / "against"), so no
    noun is missing that the head noun could fill ("proof the X sheltered Y", not "the proof
    investigators found")? A verb of living or hiding needs only a whole phrase after it
    ("proof the X were living under Y's protection"; written63). A content clause whose
    "that" was left out (neg38). ``beside``: a "that" the parse misread as a word of the
    clause, left out of it; then only a relative word as the subject makes the clause one
    with a gap (neg40)."""
    kids = [c for c in verb.children if beside is None or c.i != beside.i]
    if beside is None and any(c.tag_ in written.WH_TAGS or c.lower_ == "that" for c in kids):
        return False
    subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if beside is not None:
        subjects = [c for c in subjects if c.lower_ not in ("that", "which", "who")]
    if not subjects:
        return False
    if any(c.dep_ in ("dobj", "obj") for c in kids):
        return True
    from riftwatch.nlp.lexicon import load

    # "with"/"against" a party; any whole phrase after a verb of living or hiding, which
    # takes no object that could be the gap ("proof the X were living under Y's
    # protection"; cues.yaml ``residing_verbs``, written63)
    residing = verb.lemma_.lower() in load().residing_verbs
    return any(
        c.dep_ == "prep"
        and (residing or c.lower_ in ("with", "against"))
        and any(g.dep_ == "pobj" for g in c.children)
        for c in kids
    )


def semicolon_apart(tok: Any) -> bool:
    """Is ``tok``'s clause cut from its head's by a semicolon? The parser hangs "X clashed
    with Y" on the verb after "; the group accused ..." as if it were reported speech, but a
    semicolon joins two statements: neither governs the other's modality or speaker. The
    semicolon may hang on either clause's verb ("X and Y jointly took Z; rumours of a quarrel
    were dismissed": on the first, world13)."""
    head = tok.head
    if head.i == tok.i:
        return False
    lo, hi = sorted((tok.i, head.i))
    return any(c.text == ";" and lo < c.i < hi for c in (*head.children, *tok.children))


_INFLECTIONS = ("ed", "d", "s", "es", "ing")


def _misparsed_governor(aux: Any, cues: dict[str, frozenset[str]]) -> str | None:
    """The text of a verb of considering the parser read as an auxiliary of the act it
    governs ("Liwa al-Haqq reportedly weighed dissolving itself into Y": "weighed" the
    auxiliary of "dissolving", with the lemma "weighed"), when its base form is a
    hypothetical cue (cues.yaml ``modality.hypothetical``: weigh, consider, contemplate,
    mull, ponder); else None. Real auxiliaries are left to the modal rules.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("In 2019, Liwa al-Haqq reportedly weighed dissolving itself into Y.")
    >>> aux = [t for t in doc if t.dep_ == "aux"]
    >>> [t.text for t in aux if _misparsed_governor(t, {"hypothetical": frozenset({"weigh"})})]
    ['weighed']
    """
    lower = aux.lower_
    if aux.tag_ not in ("VBD", "VBN", "VBZ", "VBG") or lower in HYPOTHETICAL_AUX:
        return None
    wanted = cues.get("hypothetical", frozenset())
    bases = {lower, aux.lemma_.lower()} | {
        lower[: -len(end)] for end in _INFLECTIONS if lower.endswith(end) and len(lower) > 4
    }
    return aux.text if bases & wanted else None


def _own_cues(tok: Any, cues: dict[str, frozenset[str]], lex: Lexicon | None = None
              ) -> Modality | None:  # fmt: skip
    nor = written.neither_nor(tok)
    if nor is not None:
        return Modality("negated", nor)  # "neither sheltered nor funded X"
    delayed = lex is not None and _delayed_start(tok, lex)
    # "X never became affiliated with Y": the parser may hang the negation or an adverb on the
    # passive auxiliary ("became", "got") with the subject; they are the verb's own
    on_aux = [g for a in tok.children if a.dep_ == "auxpass" for g in a.children
              if g.dep_ in ("neg", "advmod")]  # fmt: skip
    # "X never again attacked Y": the parser may hang "never" on the adverb of repetition or
    # time after it; it negates the verb (neg40)
    # (the adverbs: cues.yaml ``negated_adverbs``)
    adverbs = (lex or _lexicon()).negated_adverbs
    on_adverb = [g for a in tok.children if a.dep_ == "advmod" and a.lower_ in adverbs
                 for g in a.children if g.dep_ == "neg" and g.i < a.i]  # fmt: skip
    kids = [*tok.children, *on_aux, *on_adverb]
    for child in kids:
        if child.dep_ == "neg" and written.not_only(child):
            continue  # "not only funds X but also ...": additive, nothing negated
        if child.dep_ == "neg" and delayed:
            continue  # "did not start funding X until 2008": it started in 2008 (fix9)
        if child.dep_ == "neg" or (
            # (a headline's "No X link to Y": the parser may read "No" as an interjection)
            child.dep_ in ("det", "intj") and child.lower_ == "no" and child.i < tok.i
        ):
            return Modality("negated", child.text)
        if (  # "received zero support from X" (neg45)
            lex is not None
            and tok.pos_ == "NOUN"
            and child.dep_ in ("det", "nummod", "amod")
            and child.i < tok.i
            and child.lower_ in lex.zero_quantities
        ):
            return Modality("negated", child.text)
        if child.lower_ in ("longer", "more") and any(g.lower_ == "no" for g in child.children):
            return Modality("negated", "no " + child.lower_)  # "no longer funds X"
    if lex is not None:
        before = _negating_adverb(tok, lex)  # "the report nowhere says ..." (neg43)
        if before is not None:
            return Modality("negated", before.text)
        much = _so_much_as(tok)  # "did not so much as send a delegate to X" (neg43)
        if much is not None:
            return Modality("negated", much)
        rather = _not_so_much(tok)  # "did not so much protect X as tolerate it" (neg46)
        if rather is not None:
            return Modality("negated", rather)
        generic = _generic_relative(tok, lex)  # "any group that shelters X will be" (neg43)
        if generic is not None:
            return Modality("hypothetical", generic)
        aside = written.set_aside(tok, lex)  # "rather than attack X": not done
        if aside is not None:
            return Modality("negated", aside)
        nobody = written.negated_subject(tok, lex)  # "no Taliban leader has met X"
        if nobody is not None:
            return Modality("negated", nobody)
        nothing = written.negated_object(tok, lex)  # "gave no money to X"
        if nothing is not None:
            return Modality("negated", nothing)
        falsified = _headline_falsity(tok, lex)  # "IS claim of killing X false: officials"
        if falsified is not None:
            return Modality("denied", falsified)
        disowned = written.denied_source(tok, lex)  # "according to reports X denied"
        if disowned is not None:
            return Modality("denied", disowned)
        doubted = written.doubted_source(tok, lex)  # "according to unverified accounts"
        reporter = written.reported_participle(tok, lex)  # "unconfirmed report says X killed"
        if doubted is None and reporter is not None:
            doubted = written.doubted_source(reporter, lex)
        if doubted is not None:
            return Modality("uncertain", doubted)
        rare = written.rarely(tok, lex)  # "have rarely attacked X"
        if rare is not None:
            return Modality("negated", rare)
        aside_clause = written.parenthetical_doubt(tok, lex)  # "X, officials deny, funded Y"
        if aside_clause is not None:
            return Modality(*aside_clause)
        if tok.pos_ in ("NOUN", "PROPN"):
            denial = written.denied_in_relative_clause(tok, lex)  # "the attack, which X denied"
            if denial is not None:
                return Modality("denied", denial)
        elif tok.pos_ in ("VERB", "AUX"):
            # "the TTP's alleged attack on X killed six soldiers": an act done through an
            # event that is only alleged, denied or planned is no more certain than it
            for subj in tok.children:
                if subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and lex.nouns.get(subj.lemma_):
                    through = _own_cues(subj, cues, lex)
                    if through is not None and through.value != "asserted":
                        return Modality(through.value, through.cue)
        for child in kids:
            # "probably funded", "allegedly sheltered": the writer does not vouch for it
            if child.dep_ == "advmod" and child.lower_ in lex.hedges:
                return Modality("uncertain", child.text)
            # "nearly killed X", "almost expelled Y": a near miss is not done (precision22)
            if (
                child.dep_ == "advmod"
                and child.lower_ in lex.near_miss_adverbs
                and child.i < tok.i
                and tok.pos_ in ("VERB", "AUX")
            ):
                return Modality("negated", child.text)
        if tok.pos_ in ("VERB", "AUX"):
            phrase = _negating_phrase(tok, lex)
            if phrase is not None:  # "at no point did X shelter Y"
                return Modality("negated", phrase)
            denied_predicate = _negated_predicate(tok, lex)
            if denied_predicate is not None:  # "relations were anything but cordial" (neg44)
                return Modality("negated", denied_predicate)
            fronted = _fronted_negation(tok, lex)
            if fronted is not None:  # "never once did X hand Y over" (neg42)
                return Modality("negated", fronted.text)
            inverted = _inverted_condition(tok)
            if inverted is not None:  # "had X sheltered Y, ...", "were X to attack Y"
                return Modality("hypothetical", inverted.text)
        if tok.pos_ in ("NOUN", "PROPN"):
            # "the planned raid", "the alleged payments", "a foiled attack"
            for child in tok.children:
                if child.dep_ not in ("amod", "compound") or child.i > tok.i:
                    continue
                lemma = child.lemma_.lower()
                # (the written form too: "supposed", "purported" are lemmatised as verbs)
                uncertain = cues.get("uncertain", ())
                if child.lower_ in lex.hedges or lemma in uncertain or child.lower_ in uncertain:
                    return Modality("uncertain", child.text)
                for value in ("negated", "denied", "hypothetical", "future"):
                    if lemma in cues.get(value, ()) and lemma not in lex.not_modifier_cues:
                        return Modality(value, child.text)
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    # "X may be opposed to Y's plan": the parser may hang the modal on the passive 'be'
    nested = [g for a in auxes if a.dep_ == "auxpass" for g in a.children if g.dep_ == "aux"]
    # "may have shared": the parser may hang the modal on the perfect 'have' as well
    stacked = [g for a in auxes if a.dep_ == "aux" for g in a.children if g.dep_ == "aux"]
    for child in [*tok.children, *nested, *stacked]:
        if child.dep_ in ("aux", "auxpass"):
            lower = child.lower_
            weighed = _misparsed_governor(child, cues)
            if weighed is not None:  # "X weighed dissolving itself into Y" (stop 56)
                return Modality("hypothetical", weighed)
            if lower in FUTURE_AUX:
                return Modality("future", child.text)
            if lower in HYPOTHETICAL_AUX:
                # "may be sheltering", "may have funded": a guess about what is or was
                # (uncertain); "might cut ties" (a bare verb): hypothetical
                epistemic = (
                    (tok.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes))
                    or (tok.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes))
                    or any(child is g for g in nested)  # "may be opposed to": a state
                    or (  # "may still cooperate with Y": a guess at what goes on (stop 34)
                        lex is not None
                        and lower in lex.ongoing_guess_modals
                        and any(
                            c.dep_ == "advmod" and c.lower_ in lex.ongoing_guess_adverbs
                            for c in tok.children
                        )
                    )  # fmt: skip
                )
                if epistemic and (lex is None or lower in lex.epistemic_modals):
                    return Modality("uncertain", f"{child.text} {_aux_chain(auxes, child)}")
                return Modality("hypothetical", child.text)
        if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
            return Modality("hypothetical", child.text)
        if child.dep_ == "mark" and child.lower_ == "whether":
            return Modality("uncertain", child.text)
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ccomp", "pcomp", "csubj", "advcl"):
        # "disagree on whether IS-K attacked Y": the parser may hang "whether" on the subject;
        # it still opens the clause (neg43)
        first = tok.doc[tok.left_edge.i]
        if first.lower_ == "whether" and first.dep_ == "mark" and first.head.i != tok.i:
            return Modality("uncertain", first.text)
    return None


def _headline_falsity(tok: Any, lex: Lexicon) -> str | None:
    """A word of falsity that closes a headline's claim (precision22): "IS claim of killing
    X false: officials", "reports of ISI funding Y baseless: ministry". The copula is
    dropped, so the parser hangs "false" on the event; it stands last before the colon or
    the end, and the event hangs under a claim noun (cues.yaml `falsity`, `claim_nouns`).
    The falsity word as text, or None ("a false flag attack on Y" keeps its reading)."""
    for child in tok.children:
        if child.dep_ not in ("advmod", "amod", "acomp") or child.i < tok.i:
            continue
        if child.lower_ not in lex.falsity:
            continue
        after = child.nbor(1) if child.i + 1 < len(child.doc) else None
        if after is not None and after.text not in (":", ".", ";"):
            continue
        if any(h.lower_ in lex.claim_nouns for h in tok.ancestors):
            return child.text
    return _falsity_after(tok, lex) or _falsity_label_before(tok, lex)


def _falsity_after(tok: Any, lex: Lexicon) -> str | None:
    """A word of falsity that closes a headline's report of the event ``tok`` (no final
    full stop) wherever the parser hung it (neg41): "Report of ISI-Taliban meeting
    baseless: FO", "Reports of ISI funding Y baseless: ministry", "Report of X-Y meeting
    false, says Kabul". ``tok`` hangs under a claim noun before it; the falsity word comes
    after it, right before ":", ";", "," or the end, with no verb between them outside
    ``tok``'s own phrase ("reports of the meeting said the envoy was wrong" keeps the
    meeting's reading). In written prose, which keeps its full stop and its copula, the
    rule does not apply (a true report in round7_frozen had been dropped).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Report of ISI meeting with Taliban baseless: FO")
    >>> _falsity_after(doc[3], _lexicon())
    'baseless'
    >>> doc = nlp()("Report of ISI meeting with Taliban leaders: FO")
    >>> _falsity_after(doc[3], _lexicon()) is None
    True
    """
    if tok.sent[-1].text in (".", "!"):
        return None  # a headline's: written prose keeps its full stop and its copula
    near = [*tok.ancestors, *(c for c in tok.children if c.dep_ in ("nsubj", "npadvmod"))]
    if not any((h.lower_ in lex.claim_nouns and h.i < tok.i) for h in near):
        return None  # (the parser may hang "Reports" on the event as its subject)
    inside = {t.i for t in tok.subtree}
    doc = tok.doc
    for word in doc[tok.i + 1 : tok.sent.end]:
        if word.text in (":", ";"):
            return None
        if word.pos_ in ("VERB", "AUX") and word.i not in inside:
            return None
        if word.lower_ in lex.falsity:
            after = doc[word.i + 1] if word.i + 1 < len(doc) else None
            if after is None or after.text in (":", ";", ",", "."):
                return word.text
            return None
    return None


def _cleft_delayed_start(tok: Any, prev: Any, lex: Lexicon) -> bool:
    """True when ``tok`` is the copula of a cleft that only dates the act of its clause
    ``prev`` (neg43): "It was not until 2014 that the army attacked X" says that it did, in
    2014 (cues.yaml ``delayed_start_preps``, as "did not attack X until 2014" does). The
    negation on the copula is not the act's.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("It was not until 2014 that the army attacked the TTP.")
    >>> _cleft_delayed_start(doc[1], doc[8], _lexicon())
    True
    >>> doc = nlp()("It was not true that the army attacked the TTP.")
    >>> _cleft_delayed_start(doc[1], doc[7], _lexicon())
    False
    """
    if prev is None or prev.dep_ != "ccomp" or tok.lemma_ != "be" or prev.i < tok.i:
        return False
    kids = list(tok.children)
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in kids):
        return False
    if not any(c.dep_ == "neg" for c in kids):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in lex.delayed_start_preps
        and c.i < prev.i
        and any(o.dep_ == "pobj" for o in c.children)
        for c in kids
    )


def _generic_relative(tok: Any, lex: Lexicon) -> str | None:
    """The generic word when ``tok`` is the verb of a relative clause on a generic head (neg43;
    cues.yaml ``generic_words``): "any group that shelters X will be treated as an enemy",
    "anyone who meets Y", "whoever attacks Z" (a condition on whoever it fits: the act is not
    told as done). The word, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Any commander who meets Al Qaeda envoys will be expelled.")
    >>> _generic_relative(doc[3], _lexicon())
    'Any'
    >>> doc = nlp()("The commander who met Al Qaeda envoys was expelled.")
    >>> _generic_relative(doc[3], _lexicon()) is None
    True
    """
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX"):
        return None
    head = tok.head
    if head.lower_ in lex.generic_words:
        return head.text
    det = next((c for c in head.children if c.dep_ == "det" and c.lower_ in lex.generic_words),
               None)  # fmt: skip
    return det.text if det is not None else None


def _doubted_by_reporter(trigger: Any, lex: Lexicon) -> Any:
    """The word by which those who reported or passed on the report of ``trigger`` doubt it
    (neg43): "Officials who reported that X had armed Y doubted the account", "... said they
    doubted it", "The official who relayed the report that X paid Y called it dubious". The
    report is told in a relative clause (a verb of speech or of passing on, cues.yaml
    ``relaying_verbs``) on the subject of a verb of doubting (``reporter_doubt_verbs``), of a
    verb of speech whose clause doubts, or of a verb that calls it doubtful or false
    (``doubted_sources``, ``falsity``). A negated doubt ("did not doubt") doubts nothing.

    >>> from riftwatch.nlp.parse import nlp
    >>> text = "The officials who reported that the ISI had armed the TTP {} the account."
    >>> doc = nlp()(text.format("doubted"))
    >>> _doubted_by_reporter(doc[8], _lexicon()).text
    'doubted'
    >>> doc = nlp()(text.format("confirmed"))
    >>> _doubted_by_reporter(doc[8], _lexicon()) is None
    True
    """
    relayed = None
    for node in trigger.ancestors:
        if node.dep_ == "relcl":
            relayed = node
            break
    if relayed is None:
        return None
    lemma = relayed.lemma_.lower()
    if lemma not in lex.speech and lemma not in lex.relaying_verbs:
        return None
    reporter = relayed.head
    if reporter.dep_ not in ("nsubj", "nsubjpass"):
        return None
    main = reporter.head

    def negated(verb: Any) -> bool:
        return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)

    if negated(main):
        return None
    if main.lemma_.lower() in lex.reporter_doubt_verbs:
        return main
    # "expressed doubts about it", "cast doubt on its own story"
    doubt = next((c for c in main.children if c.dep_ in ("dobj", "obj")
                  and c.lemma_.lower() in lex.reporter_doubt_nouns), None)  # fmt: skip
    if doubt is not None:
        return doubt
    for child in main.children:
        if (
            child.dep_ == "ccomp"
            and main.lemma_.lower() in lex.speech
            and child.lemma_.lower() in lex.reporter_doubt_verbs
            and not negated(child)
        ):
            return child
        if child.dep_ in ("oprd", "acomp", "xcomp") and (
            child.lower_ in lex.doubted_sources or child.lower_ in lex.falsity
        ):
            return child
    return None


def _concurred_fact(tok: Any, prev: Any, lex: Lexicon) -> bool:
    """True when ``tok`` is a verb of agreeing (cues.yaml ``concurring_verbs``) whose "that"
    clause ``prev`` tells a past act (neg43): "Analysts agree that IS-K attacked the convoy"
    is a judgement on what happened, not an agreement to act ("X and Y agreed that they would
    hold talks" and "agreed to hold talks" stay future). Not when ``tok`` itself is negated
    or modal.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Analysts agree that the TTP attacked the convoy.")
    >>> _concurred_fact(doc[1], doc[5], _lexicon())
    True
    >>> doc = nlp()("The two sides agreed that they would hold talks.")
    >>> _concurred_fact(doc[3], doc[8], _lexicon())
    False
    """
    if prev is None or prev.dep_ != "ccomp" or tok.lemma_.lower() not in lex.concurring_verbs:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in prev.children):
        return False
    if any(c.dep_ in ("neg", "aux") and (c.dep_ == "neg" or c.tag_ == "MD") for c in tok.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in prev.children):
        return False
    return prev.tag_ == "VBD" or (
        prev.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in prev.children)
    )


def _conditional_party(trigger: Any, lex: Lexicon) -> Any:
    """The generic word of a party that the act ``trigger`` is aimed at only on a condition
    (neg43): "Taliban offer shelter to any Al Qaeda fighter who renounces violence", "the
    army arrests any TTP man who crosses the line" (an object or a "to"/"with" object with a
    generic determiner, cues.yaml ``generic_words``, and a present-tense relative clause: a
    condition on whoever fits it, so no such party is yet involved). A past relative clause
    ("sheltered any fighter who asked") tells what was done. The word, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban will shelter any Al Qaeda fighter who renounces violence.")
    >>> _conditional_party(doc[3], _lexicon()).text
    'any'
    >>> doc = nlp()("The Taliban sheltered any Al Qaeda fighter who asked for help.")
    >>> _conditional_party(doc[2], _lexicon()) is None
    True
    """
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    parties = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
    preps = [p for p in verb.children if p.dep_ in ("prep", "dative")
             and p.lower_ in ("to", "with", "for")]  # fmt: skip
    parties += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    for party in parties:
        det = next((c for c in party.children if c.dep_ == "det"
                    and c.lower_ in lex.generic_words), None)  # fmt: skip
        if det is None:
            continue
        if any(c.dep_ == "relcl" and c.tag_ in ("VBZ", "VBP") for c in party.children):
            return det
    return None


def _falsity_label_before(tok: Any, lex: Lexicon) -> str | None:
    """A label of falsity that opens a headline before its colon when the event ``tok`` is
    what a report after the colon tells (neg43): "'Fake news': Islamabad on report that ISI
    armed X", "Propaganda: Kabul on claims of ISI funding Y" (cues.yaml ``falsity_labels``).
    Only in a headline (no closing full stop), only when the label stands alone before the
    colon (no verb there) and ``tok`` hangs under a claim noun after it. The label, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("'Fake news': Islamabad on report that ISI armed TTP splinter")
    >>> _falsity_label_before(doc[10], _lexicon())
    'Fake'
    >>> doc = nlp()("Islamabad on report that ISI armed TTP splinter")
    >>> _falsity_label_before(doc[5], _lexicon()) is None
    True
    """
    sent = tok.sent
    if sent[-1].text in (".", "!", "?"):
        return None
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i > tok.i:
        return None
    label = [t for t in tok.doc[sent.start : colon.i] if not t.is_punct]
    if not label or len(label) > 3 or any(t.pos_ in ("VERB", "AUX") for t in label):
        return None
    word = next((t for t in label if t.lower_ in lex.falsity_labels), None)
    if word is None:
        return None
    if not any(h.lemma_.lower() in lex.claim_nouns and colon.i < h.i < tok.i
               for h in tok.ancestors):  # fmt: skip
        return None
    return word.text


def _negating_adverb(tok: Any, lex: Lexicon) -> Any:
    """An adverb that negates the verb ``tok`` from before it (neg43; cues.yaml
    ``negating_adverbs``): "the report nowhere says that X armed Y". After the verb it
    negates nothing ("the talks with X went nowhere": they were held). The adverb, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The report nowhere says that the ISI armed the TTP.")
    >>> _negating_adverb(doc[3], _lexicon()).text
    'nowhere'
    >>> doc = nlp()("The talks with the TTP went nowhere.")
    >>> _negating_adverb(doc[5], _lexicon()) is None
    True
    """
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    # (the parser may hang the adverb on the subject before the verb)
    subjects = [s for s in tok.children if s.dep_ in ("nsubj", "nsubjpass")]
    near = [*tok.children, *(c for s in subjects for c in s.children if s.i < c.i)]
    return next((c for c in near if c.dep_ == "advmod"
                 and c.lower_ in lex.negating_adverbs and c.i < tok.i), None)  # fmt: skip


def _so_much_as(tok: Any) -> str | None:
    """The phrase "not so much as" before the verb ``tok`` (neg43): "X did not so much as send a
    delegate to Y", "never so much as met Y". The parser hangs the verb on "much" (with its
    "as") and the negation on "much" or on the auxiliary above it. The phrase, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Haqqani network did not so much as send a delegate to the TTP.")
    >>> _so_much_as(doc[8])
    'not so much as'
    >>> doc = nlp()("The Haqqani network sent as much as a million dollars to the TTP.")
    >>> _so_much_as(doc[3]) is None
    True
    """
    if tok.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in tok.children
    ):
        return None
    much = tok.head
    if much.lower_ != "much" or not any(c.lower_ == "so" for c in much.children):
        return None
    for node in (much, much.head):
        neg = next((c for c in node.children if c.dep_ == "neg" or c.lower_ == "never"), None)
        if neg is not None:
            return f"{neg.lower_} so much as"
    return None


def _not_so_much(tok: Any) -> str | None:
    """The phrase "not so much" on the verb ``tok`` that an "as" clause sets against another
    (neg46): "X did not so much protect Y as tolerate it" (the first verb is not what was
    done; the "as" clause keeps its own reading). The parser hangs "much" on the verb and the
    negation on "much". The phrase, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban did not so much protect the group as tolerate it.")
    >>> _not_so_much(doc[6])
    'not so much'
    >>> _not_so_much(nlp()("The Taliban protected the group so much that it grew.")[2]) is None
    True
    """
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    much = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ == "much"
                 and any(g.lower_ == "so" for g in c.children)), None)  # fmt: skip
    if much is None:
        return None
    if not any(c.lower_ == "as" for c in tok.subtree if c.i > tok.i):
        return None
    neg = next((c for c in (*much.children, *tok.children)
                if c.dep_ == "neg" or c.lower_ == "never"), None)  # fmt: skip
    return f"{neg.lower_} so much" if neg is not None else None


def _negated_implicative(tok: Any, prev: Any, lex: Lexicon) -> Modality | None:
    """The reading of an act that a negated verb of not doing governs (neg43; cues.yaml
    ``negative_implicatives``): "X did not hesitate to attack Y", "never failed to pay Y",
    "did not refrain from shelling Y" tell that the act was done: ``Modality("asserted")``
    (the caller then reads what governs ``tok``). A modal or future auxiliary on ``tok`` keeps
    its reading ("would not hesitate to attack Y": hypothetical; "will not hesitate to": future).
    None when ``tok`` is no such verb, is not negated, or ``prev`` is not its complement.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban did not hesitate to attack IS-K fighters.")
    >>> _negated_implicative(doc[4], doc[6], _lexicon()).value
    'asserted'
    >>> doc = nlp()("The Taliban would not hesitate to attack IS-K fighters.")
    >>> _negated_implicative(doc[4], doc[6], _lexicon()).value
    'hypothetical'
    >>> doc = nlp()("The Taliban hesitated to attack IS-K fighters.")
    >>> _negated_implicative(doc[2], doc[4], _lexicon()) is None
    True
    """
    if prev is None or tok.pos_ not in ("VERB", "AUX"):
        return None
    if tok.lemma_.lower() not in lex.negative_implicatives:
        return None
    if not (
        (prev.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children))
        or (prev.dep_ == "prep" and prev.lower_ == "from")
    ):
        return None
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
        return None
    for aux in tok.children:
        if aux.dep_ == "aux" and aux.lower_ in FUTURE_AUX:
            return Modality("future", aux.text)
        if aux.dep_ == "aux" and aux.lower_ in HYPOTHETICAL_AUX:
            return Modality("hypothetical", aux.text)
    return Modality("asserted", None)


_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "xcomp", "csubj", "conj", "parataxis"})
_AUX_LEMMAS = frozenset({"have", "do", "be"})


def _fronted_negation(tok: Any, lex: Lexicon) -> Any:
    """A negation fronted before the inverted auxiliary of the verb ``tok``, wherever the
    parser hung it (neg42): "Never once did the ISI arrest X" (on the auxiliary), "Never once
    in twenty years did X hand Y over" (on the time phrase), "Not once has X attacked Y".
    The inversion (an auxiliary before the subject) shows that the fronted words belong to
    this clause. "Not only did X ..." (additive) and "Not until 2014 did X ..." (it
    happened, later; cues.yaml ``delayed_start_preps``) and "Never before had X ..." (told
    as news that it now did; tests/nlp/test_precision22.py) negate nothing. The negation
    token, or None.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Never once did the ISI arrest a Haqqani commander.")
    >>> _fronted_negation(doc[5], _lexicon()).text
    'Never'
    >>> doc = nlp()("Only once did the ISI arrest a Haqqani commander.")
    >>> _fronted_negation(doc[5], _lexicon()) is None
    True
    """
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    inverted = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < subject.i]
    anchors = {tok.i}
    head = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok)
    if (
        not inverted
        and tok.dep_ in ("ccomp", "relcl")
        and head.lemma_.lower() in _AUX_LEMMAS
        and head.i < subject.i
    ):  # "Not once has X attacked Y": the parser may make the auxiliary the clause's head
        inverted, anchors = [head], {tok.i, head.i}
    if not inverted:
        return None
    for word in tok.doc[tok.sent.start : inverted[0].i]:
        negator = word.dep_ == "neg" or word.lower_ == "never"
        negator = negator or word.lower_ in lex.negating_adverbs  # "Nowhere does ..." (neg43)
        if not negator or written.not_only(word):
            continue
        after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        if after is not None and after.lower_ in lex.delayed_start_preps:
            continue  # "Not until 2014 did X attack Y": it did, in 2014
        if after is not None and after.lower_ == "before":
            continue  # "Never before had X sheltered Y": news that it now did (precision22)
        node = word
        for _ in range(6):
            if node.head.i in anchors:
                return word
            if node.dep_ in _CLAUSE_DEPS or node.head.i == node.i:
                break
            node = node.head
    return None


def _existence_condition(noun: Any, lex: Lexicon) -> Any:
    """The mark of a condition on the very existence of the act named by ``noun`` (neg44):
    "X's help to Y, if it ever existed, ended in 2009", "X's support for Y, if there was
    any, was small". The clause follows the noun, opens with a mark of condition (cues.yaml
    ``truth_conditions``; "even if" concedes), has a pronoun or "there" for its subject and
    a verb of occurrence (``occurrence_verbs``) or "be" after "there". It hangs on the noun,
    on a clause of the noun, or on the verb the noun is the subject of (the parser's
    choices). None otherwise ("X's attack on Y, if it was meant to warn Z, failed").

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The ISI's support for the TTP, if it ever existed, was small.")
    >>> _existence_condition(doc[3], _lexicon()).text
    'if'
    >>> doc = nlp()("The ISI's support for the TTP, if reports are true, was small.")
    >>> _existence_condition(doc[3], _lexicon()) is None
    True
    """
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    holders = [noun, *(c for c in noun.children if c.dep_ in ("acl", "relcl"))]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        holders.append(noun.head)
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ != "advcl" or clause.i < noun.i:
                continue
            mark = next((m for m in clause.children if m.dep_ == "mark"
                         and m.lower_ in lex.truth_conditions), None)  # fmt: skip
            if mark is None or (mark.i > 0 and mark.nbor(-1).lower_ == "even"):
                continue
            subjects = [s for s in clause.children if s.dep_ in ("nsubj", "expl")]
            if not subjects or any(s.pos_ != "PRON" for s in subjects):
                continue
            lemma = clause.lemma_.lower()
            there = any(s.dep_ == "expl" or s.lower_ == "there" for s in subjects)
            taking = any(f"{lemma} {c.lower_}" in lex.occurrence_verbs for c in clause.children
                         if c.dep_ in ("dobj", "obj"))  # fmt: skip
            if lemma in lex.occurrence_verbs or taking or (lemma == "be" and there):
                return mark
    return None


_PREDICATE_COPULAS = frozenset({"be", "remain", "stay", "become"})


def _reported_content(prev: Any, lex: Lexicon) -> bool:
    """Is ``prev`` (what a predicate is said of) a report, claim or idea, or a clause, rather
    than an act named by a noun? "any suggestion that X armed Y is absurd", "it is absurd
    that X armed Y" are; "the attack on Y was absurd" is not (neg45).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The notion that X armed Y is absurd.")
    >>> _reported_content(doc[1], _lexicon()), _reported_content(doc[4], _lexicon())
    (True, True)
    >>> _reported_content(nlp()("The attack on Y was absurd.")[1], _lexicon())
    False
    """
    if prev is None:
        return False
    if prev.pos_ not in ("NOUN", "PROPN"):
        return True
    words = {prev.lower_, prev.lemma_.lower()}
    return bool(words & (lex.claim_nouns | lex.hearsay_nouns | lex.taken_back_reports)) or any(
        c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
        for c in prev.children
    )


def _lie_content(trigger: Any, lex: Lexicon) -> Any:
    """The noun of falsity whose content clause holds ``trigger``, or None (stop 62; cues.yaml
    ``false_statement_nouns``): "they spread the lie that X had attacked Y", "the canard that
    X funds Y": what the clause tells is called untrue. A negated noun ("it is no lie that")
    keeps the clause.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The group spread the lie that the army had shelled its camps.")
    >>> _lie_content(doc[9], _lexicon()).text
    'lie'
    >>> doc = nlp()("The group spread the news that the army had shelled its camps.")
    >>> _lie_content(doc[9], _lexicon()) is None
    True
    """
    clause = _clause_head(trigger)
    if clause.dep_ not in ("acl", "relcl") or clause.head.i == clause.i:
        return None
    if not any(m.lower_ == "that" and m.dep_ == "mark" for m in clause.children):
        return None  # "the lie that he told": a relative clause, no content
    noun = clause.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.false_statement_nouns:
        return None
    return None if _no_lie(noun) else noun


def _lie_to_say(path: list[Any], lex: Lexicon) -> tuple[Any, bool] | None:
    """The noun of falsity (cues.yaml ``false_statement_nouns``) that frames a saying
    infinitive on ``path``, with whether it is negated (gaps64): "it is not a lie to say
    that X backs Y" (negated: the content is asserted), "it is no lie to say", "it is a lie
    to say X armed Y" (not negated: the content is called untrue). The parser hangs "to
    say" on the noun (a relative clause) or on the copula (an open complement). None
    without such a frame, or when the frame's copula is itself governed by another clause."""
    for k in range(1, len(path)):
        say = path[k]
        if say.lemma_.lower() not in lex.speech or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in say.children
        ):
            continue
        if say.dep_ in ("relcl", "acl") and say.head.lemma_.lower() in lex.false_statement_nouns:
            noun, copula = say.head, say.head.head
        elif say.dep_ == "xcomp" and say.head.lemma_ == "be":
            copula = say.head
            noun = next((c for c in copula.children if c.dep_ == "attr"
                         and c.lemma_.lower() in lex.false_statement_nouns), None)  # fmt: skip
            if noun is None:
                return None
        else:
            return None
        if copula.lemma_ != "be" or copula.head.i != copula.i:
            return None
        negated = _no_lie(noun) or any(c.dep_ == "neg" for c in copula.children)
        return noun, negated
    return None


def _no_lie(noun: Any) -> bool:
    """Is the noun of falsity ``noun`` itself negated ("no lie", "not a hoax")?"""
    return any(c.dep_ in ("neg", "det") and c.lower_ in ("no", "not", "never")
               for c in noun.children)  # fmt: skip


def _false_statement_noun(tok: Any, prev: Any, predicates: list[Any], lex: Lexicon) -> Any:
    """The noun that calls a statement untrue as the predicate of the copula ``tok``, or None
    (stop 62; cues.yaml ``false_statement_nouns``): "it is a lie to say that X funds Y", "it is
    a canard that ...", "to say that X funds Y is a lie", "the claim that ... is a hoax". Said
    only of a statement (the noun itself bearing the clause, a clause as the subject, or a noun
    of claim), never under a negation ("it is no lie to say ...", "is not a hoax").

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("To say that the group receives money from X is a lie.")
    >>> _false_statement_noun(doc[9], doc[1], list(doc[9].children), _lexicon()).text
    'lie'
    >>> doc = nlp()("To say that the group receives money from X is no lie.")
    >>> _false_statement_noun(doc[9], doc[1], list(doc[9].children), _lexicon()) is None
    True
    """
    if tok.lemma_ != "be" or any(c.dep_ == "neg" for c in tok.children):
        return None
    for noun in predicates:
        if noun.dep_ != "attr" or noun.lemma_.lower() not in lex.false_statement_nouns:
            continue
        if _no_lie(noun):
            continue
        if prev is not None and (prev.i == noun.i or _reported_content(prev, lex)):
            return noun
    return None


def _false_predicate_noun(predicates: list[Any], lex: Lexicon) -> Any:
    """The word of falsity (cues.yaml ``falsity``) that qualifies a predicate noun among
    ``predicates`` (the children of a copula), or None (neg45): "the boast that X had trained
    Y was an empty one", "the claim ... was a false one", "... was a hollow boast". The
    predicate noun itself may be any noun: the report is called untrue through its modifier.
    A negated modifier keeps the report ("was not an empty one").

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The boast that X had trained Y was an empty one.")
    >>> _false_predicate_noun(list(doc[7].children), _lexicon()).text
    'empty'
    >>> doc = nlp()("The boast that X had trained Y was an accurate one.")
    >>> _false_predicate_noun(list(doc[7].children), _lexicon()) is None
    True
    """
    words = lex.falsity | lex.false_qualifiers
    for noun in predicates:
        if noun.dep_ != "attr" or noun.pos_ not in ("NOUN", "PRON", "PROPN"):
            continue
        if any(c.dep_ == "neg" for c in noun.head.children):
            continue  # "was not an empty rumour"
        for mod in noun.children:
            if (
                mod.dep_ == "amod"
                and mod.i < noun.i
                and mod.lemma_.lower() in words
                and not any(c.dep_ == "neg" for c in mod.children)
            ):
                return mod
    return None


def _unreal_existence(noun: Any, lex: Lexicon) -> str | None:
    """The words that say the relation ``noun`` exists only in words (neg44): "the alliance
    between X and Y exists only on paper", "the merger existed only in name", "the pact
    exists mainly in propaganda videos" (the noun the subject of a verb of occurrence,
    cues.yaml ``occurrence_verbs``; a word of ``restricting_words`` on the verb or its
    phrase, not after "not"; a noun of ``unreal_domains`` in its "in"/"on" phrase). None
    otherwise: "exists only in Kunar" names a place, "not only on paper" keeps the relation.
    The relation may also be the predicate noun of a copula (neg45): "X and Y are allies in
    name only", "remained partners only on paper"; "allies in all but name" are allies.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The merger between the two groups existed only in name.")
    >>> _unreal_existence(doc[1], _lexicon())
    'only in name'
    >>> doc = nlp()("The merger between the two groups existed only in Kunar.")
    >>> _unreal_existence(doc[1], _lexicon()) is None
    True
    >>> _unreal_existence(nlp()("X and Y are allies in name only.")[4], _lexicon())
    'only in name'
    >>> _unreal_existence(nlp()("X and Y are allies in all but name.")[4], _lexicon()) is None
    True
    """
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = noun.head
    if noun.dep_ == "attr" and verb.lemma_.lower() in _PREDICATE_COPULAS:
        # neg45: the relation as the predicate noun: "X and Y are allies in name only", "X
        # and Y remained partners only on paper"; the phrase may hang on the noun
        preps = [*verb.children, *noun.children]
        restrictors = [*verb.children, *noun.children]
    elif noun.dep_ == "nsubj" and verb.lemma_.lower() in lex.occurrence_verbs:
        preps, restrictors = list(verb.children), list(verb.children)
    else:
        return None
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
            continue
        domains = [o for o in prep.children if o.dep_ == "pobj" and (
            o.lower_ in lex.unreal_domains or o.lemma_.lower() in lex.unreal_domains
            or any(c.dep_ == "compound" and c.lower_ in lex.unreal_domains
                   for c in o.children))]  # fmt: skip
        if not domains:
            continue
        after = domains[0].nbor(1) if domains[0].i + 1 < len(domains[0].doc) else None
        # "allies in name only after 2016": the parser may hang "only" on the next phrase
        trailing = [after] if after is not None and after.dep_ == "advmod" else []
        for word in (*restrictors, *prep.children, *domains[0].children, *trailing):
            if word.lower_ not in lex.restricting_words or word.dep_ != "advmod":
                continue
            if word.i > 0 and word.nbor(-1).lower_ == "not":
                continue  # "not only on paper"
            if any(c.lower_ == "not" for c in word.children) or word.head.lower_ == "not":
                continue
            return f"{word.text} {prep.text} {domains[0].text}"
    return None


def _never_begun(verb: Any, lex: Lexicon) -> str | None:
    """The words that say what ``verb`` ended never began (neg44): "talks ... collapsed
    before they began", "... collapsed before any meeting took place" (a "before" clause on
    the verb whose own verb begins or occurs: cues.yaml ``beginning_verbs``,
    ``occurrence_verbs``). None otherwise ("collapsed before the elections").

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Talks between the two groups collapsed before they began.")
    >>> _never_begun(doc[5], _lexicon())
    'before they began'
    >>> doc = nlp()("Talks between the two groups collapsed after three rounds.")
    >>> _never_begun(doc[5], _lexicon()) is None
    True
    """
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i:
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "before" for m in clause.children):
            continue
        lemma = clause.lemma_.lower()
        taking = any(f"{lemma} {c.lower_}" in lex.occurrence_verbs for c in clause.children
                     if c.dep_ in ("dobj", "obj"))  # fmt: skip
        if lemma in lex.beginning_verbs or lemma in lex.occurrence_verbs or taking:
            words = [t.text for t in clause.subtree]
            return " ".join(words[:3]) if len(words) > 3 else " ".join(words)
    return None


def _negated_predicate(tok: Any, lex: Lexicon) -> str | None:
    """A phrase that denies the predicate of the copula ``tok`` (cues.yaml
    ``negating_predicates``; neg44): "relations between X and Y were anything but cordial",
    "ties with Y remained far from warm", "were less than friendly". The phrase as text, or
    None; "were nothing but cordial" and "were far more cordial" are no such phrase.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Ties between the two groups were anything but friendly.")
    >>> _negated_predicate(doc[5], _lexicon())
    'anything but'
    >>> doc = nlp()("Ties between the two groups remained far from warm.")
    >>> _negated_predicate(doc[5], _lexicon())
    'far from'
    >>> _negated_predicate(nlp()("Ties between the two groups were friendly.")[5], _lexicon())
    """
    if tok.lemma_.lower() != "be" and tok.lemma_.lower() not in lex.stative_copulas:
        return None
    for c in tok.children:
        if c.i <= tok.i or c.dep_ not in ("attr", "acomp", "advmod", "oprd", "npadvmod"):
            continue
        if c.i + 1 < len(c.doc):
            text = f"{c.lower_} {c.nbor(1).lower_}"
            if text in lex.negating_predicates:
                return text
    return None


def _negating_phrase(tok: Any, lex: Lexicon) -> str | None:
    """A prepositional phrase on ``tok`` that negates it ("at no point", "under no
    circumstances"; cues.yaml `negating_phrases`), as text; None otherwise (precision22)."""
    # the parser may hang a fronted phrase on the inverted auxiliary ("under no circumstances
    # did X meet Y"), or a phrase between subject and verb on the subject ("the ISI in no way
    # assisted Y"; neg43)
    on_aux = [g for a in tok.children if a.dep_ == "aux" for g in a.children]
    on_subject = [g for s in tok.children if s.dep_ in ("nsubj", "nsubjpass")
                  for g in s.children if g.dep_ == "prep" and s.i < g.i < tok.i]  # fmt: skip
    for prep in (*tok.children, *on_aux, *on_subject):
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and any(
                d.dep_ == "det" and d.lower_ == "no" for d in obj.children
            ):
                text = f"{prep.lower_} no {obj.lower_}"
                if text in lex.negating_phrases:
                    return text
    return None


def _dismissed_charge(tok: Any, prev: Any, lex: Lexicon) -> Any:
    """The verb that denies or dismisses the charge ``tok`` when the act is what the charge
    tells, in its "of" gerund or its "that" clause: "Iran rejected allegations of arming Y",
    "X dismissed accusations that it sheltered Y" (cues.yaml ``alleged_act_nouns``): the act
    is denied by the verb's subject, as in "denied arming Y" (written55). None otherwise."""
    if prev is None or tok.lower_ not in lex.alleged_act_nouns:
        return None
    if prev.dep_ == "prep":
        return written.dismissed_allegation(prev, lex)
    if prev.dep_ not in ("acl", "ccomp") or tok.dep_ not in ("dobj", "obj"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in prev.children):
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (
        lemma not in lex.claim_rejecting_verbs and lemma not in lex.modality.get("denied", ())
    ):
        return None
    return verb


def _answered_claim(tok: Any, prev: Any, lex: Lexicon) -> bool:
    """True when ``prev`` is a participial clause that answers the claim ``tok`` rejects with a
    negation: "rejected the finding, insisting that X had no ties with Y", "disputed the
    reports, saying X never met Y" (precision22). The negation is a denial of the claim, not a
    disavowal; a positive clause ("rejected the report, saying it had expelled Y") keeps its
    own reading, as does a coordinated statement ("rejected the report and said ...")."""
    if prev is None or prev.dep_ != "advcl" or prev.i < tok.i or tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() not in lex.claim_rejecting_verbs or not written.denies_a_claim(tok, lex):
        return False
    return any(t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no") for t in prev.subtree)


_INVERTED_AUX = ("had", "were", "should")  # grammar, not lexicon: the fronted auxiliaries
# words that front a negative or limiting inversion ("only in 2010 had X attacked Y"): grammar
_NEGATIVE_FRONTING = ("only", "never", "rarely", "seldom", "little", "nor", "neither", "so")


def _inverted_condition(tok: Any) -> Any:
    """The fronted auxiliary of a condition told by inversion, with no "if" (precision22):
    "had Washington offered evidence", "had X not sheltered Y", "were X to attack Y",
    "should X attack Y". The auxiliary ("had", "were", "should") comes before the clause's
    subject, so the clause states a condition, not an event. None otherwise (a question
    is its own sentence, the ROOT, and is left to the question rules)."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:
        return None
    first = min(s.i for s in subjects)
    if tok.lower_ in _INVERTED_AUX and tok.dep_ == "advcl" and tok.i < first:
        # "Were X to attack Y, ...": the parser makes the fronted auxiliary the head of the
        # condition, with the infinitive under it (neg39)
        return tok
    for aux in tok.children:
        if aux.dep_ in ("aux", "auxpass") and aux.lower_ in _INVERTED_AUX and aux.i < first:
            if tok.dep_ != "ROOT":
                return aux
            # the parser may make a trailing condition the root ("X was ready to hand Y over
            # had Z offered evidence"); a sentence-initial auxiliary is a question, one after
            # an adverb a negative inversion ("never had X attacked Y"): neither is a condition
            before = tok.doc[tok.sent.start : aux.i]
            if (
                len(before) > 0
                and aux.nbor(-1).pos_ not in ("ADV", "CCONJ")
                and not any(t.lower_ in _NEGATIVE_FRONTING or t.dep_ == "neg" for t in before)
                and not any(t.text == "?" for t in tok.sent)
            ):
                return aux
    return None


def _delayed_start(tok: Any, lex: Lexicon) -> bool:
    """True when the negation of ``tok`` only dates the act: a past "did not" or "had not"
    with an "until" phrase (cues.yaml ``delayed_start_preps``) on the verb or on its
    complement: "X did not start funding Y until 2008" says X funded Y from 2008 (fix9). A
    future or modal verb keeps its negation ("will not fund Y until it disarms").

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Iran did not start funding Hezbollah until 2008.")
    >>> _delayed_start(doc[3], load())
    True
    >>> _delayed_start(nlp()("Iran will not fund Hezbollah until 2008.")[3], load())
    False
    """
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    if not auxes or auxes[0] not in ("did", "had") or any(a in FUTURE_AUX for a in auxes):
        return False
    heads = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp"))]
    return any(
        p.dep_ == "prep" and p.lower_ in lex.delayed_start_preps
        and any(o.dep_ == "pobj" for o in p.children)
        for h in heads for p in h.children
    )  # fmt: skip


# cue words that say nothing as modifiers of an event noun ("a failed attack" was attempted)
def _particle_refusal(tok: Any, lex: Any) -> bool:
    """A verb that refuses with its particle (cues.yaml ``refusal_particle_verbs``): "turned
    down an offer of talks with Y" (written round 16): the talks did not happen."""
    particle = lex.refusal_particle_verbs.get(tok.lemma_.lower())
    return particle is not None and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in tok.children
    )


def talked_matter(trigger: Any, lex: Lexicon) -> str | None:
    """The words that make a noun of a matter at issue (cues.yaml ``talked_matter_nouns``)
    the topic of talks, or None (gaps63): "held talks on the water dispute", "discussed the
    border row", "a meeting over the quarrel". The talkers are not shown at odds by it; a
    matter with its own partner ("their dispute with Y") is left alone.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The two sides held talks on the water dispute.")
    >>> talked_matter(doc[8], load())
    'talks on'
    """
    if trigger.pos_ != "NOUN" or trigger.lower_ not in lex.talked_matter_nouns:
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trigger.children):
        return None
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in lex.discussion_preps:
        noun = head.head
        if noun.pos_ == "NOUN" and noun.lower_ in lex.gathering_nouns:
            return f"{noun.text} {head.text}"
        if noun.pos_ == "VERB" and noun.lemma_.lower() in lex.deliberation_verbs:
            return f"{noun.text} {head.text}"
        return None
    deliberated = head.pos_ == "VERB" and head.lemma_.lower() in lex.deliberation_verbs
    if trigger.dep_ in ("dobj", "obj") and deliberated:
        return head.text
    return None


def _discussed(trigger: Any, lex: Lexicon) -> str | None:
    """The words that make a cooperation noun the topic of talks ("talks about an alliance
    with Y", "a meeting on a merger with Y"; cues.yaml ``gathering_nouns``,
    ``discussion_preps``), or None. neg39.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The TTP was in talks about an alliance with the group.")
    >>> _discussed(doc[7], load())
    'talks about'
    """
    if trigger.pos_ != "NOUN":
        return None
    talked = talked_over_object(trigger, lex)
    if talked is not None:  # "X and Y discussed an alliance" (gaps52)
        return talked.text
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in lex.discussion_preps:
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.i == prep.i or noun.lower_ not in lex.gathering_nouns:
        return None
    return f"{noun.text} {prep.text}"


def never_in_effect(noun: Any, lex: Lexicon) -> str | None:
    """The words of a relative clause that says the cooperation noun ``noun`` never came
    about, or None (gaps52): "negotiated a ceasefire that never took effect", "a merger
    which was never implemented", "an alliance that did not materialise" (a negated verb of
    taking effect, beginning or occurring: cues.yaml ``taking_effect_phrases``,
    ``beginning_verbs``, ``occurrence_verbs``). "A truce that never broke down" is none.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("They negotiated a ceasefire that never took effect.")
    >>> never_in_effect(doc[3], _lexicon())
    'never took effect'
    """
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.i < noun.i:
            continue
        neg = next((c for c in clause.children if c.dep_ == "neg"), None)
        if neg is None:
            continue
        lemma = clause.lemma_.lower()
        words = {lemma} | {f"{lemma} {c.lower_}" for c in clause.children
                           if c.dep_ in ("dobj", "obj", "prt", "prep", "advmod")}  # fmt: skip
        words |= {f"{lemma} {c.lower_} {g.lower_}" for c in clause.children if c.dep_ == "prep"
                  for g in c.children if g.dep_ == "pobj"}  # fmt: skip
        known = lex.taking_effect_phrases | lex.beginning_verbs | lex.occurrence_verbs
        if words & known:
            span = [t for t in clause.subtree if t.i >= neg.i]
            return " ".join(t.text for t in span if t.dep_ != "punct")
    return None


def talked_over_object(noun: Any, lex: Lexicon) -> Any:
    """The verb of talking over (cues.yaml ``deliberation_verbs``) whose topic the act noun
    ``noun`` is, as its object or after "about", "over" or "on", or None (gaps52): "X and Y
    discussed an alliance", "debated a merger", "talked about a truce". The talks are held
    (the verb keeps its own CONSULT); the act is only talked of. A noun that names a known
    act (a possessive, a demonstrative or definite article, a number: "discussed their
    alliance", "discussed the 2009 truce") is left alone, as for ``plotting_verbs``.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The two groups discussed an alliance.")
    >>> talked_over_object(doc[5], _lexicon()).text
    'discussed'
    >>> doc = nlp()("The two groups discussed their alliance.")
    >>> talked_over_object(doc[5], _lexicon()) is None
    True
    """
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in lex.discussion_preps and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    if head.pos_ != "VERB" or head.lemma_.lower() not in lex.deliberation_verbs:
        return None
    if any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        or c.dep_ in ("poss", "nummod")
        or (c.dep_ in ("compound", "amod") and (c.like_num or c.ent_type_ in ("DATE", "GPE")))
        for c in noun.children
    ):
        return None
    return head


def _phrase_of(tok: Any, phrases: frozenset[str]) -> str | None:
    """``tok``'s lemma, or its lemma with a particle or adverb child ("hold off", "steer
    clear"), when that is one of ``phrases``; else None."""
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ in ("prt", "advmod", "acomp") and f"{lemma} {child.lower_}" in phrases:
            return f"{lemma} {child.lower_}"
    return lemma if lemma in phrases else None


def _forborne_or_intended(tok: Any, prev: Any, lex: Lexicon) -> Modality | None:
    """The modality a verb of forbearing or intending gives the act of its complement, or None.

    A verb of forbearing (cues.yaml ``forbearing_phrases``: "held off attacking Y", "held back
    from raids on Y") with no object of its own says the act was not done (negated); a verb of
    intending (``intending_phrases``: "set out last autumn to drive Y out", "was looking to
    ally with Y") with a "to" infinitive says it was only aimed at (hypothetical; a time noun
    the parser makes an object does not matter). The complement must come after the verb,
    with no comma between ("held off the attack, killing ten" made an attack
    and a killing: the verb has an object). neg39.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The TTP held off attacking the army.")
    >>> _forborne_or_intended(doc[2], doc[4], load()).value
    'negated'
    >>> doc = nlp()("The army held off the attack, killing ten men.")
    >>> _forborne_or_intended(doc[2], doc[8], load()) is None
    True
    """
    if prev is None or prev.i <= tok.i or tok.pos_ not in ("VERB", "AUX"):
        return None
    if any(t.text in (",", ";", ":") for t in tok.doc[tok.i + 1 : prev.i]):
        return None
    forbearing = _phrase_of(tok, lex.forbearing_phrases)
    if (
        forbearing is not None
        and prev.dep_ in ("advcl", "xcomp", "pcomp", "prep", "advmod", "prt", "acomp")
        and not any(c.dep_ in ("dobj", "obj") for c in tok.children)
    ):
        return Modality("negated", forbearing, cue_token=tok)
    intending = _phrase_of(tok, lex.intending_phrases)
    if (
        intending is not None
        and prev.dep_ in ("advcl", "xcomp")
        and prev.pos_ in ("VERB", "AUX")
        and prev.lemma_.lower() != "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children)
    ):
        return Modality("hypothetical", intending, cue_token=tok)
    return None


_COMPLEMENTS = frozenset({"xcomp", "ccomp", "dobj", "obj", "pcomp", "prep", "pobj"})
_CIRCUMSTANCE = frozenset(
    {"because", "as", "since", "after", "when", "while", "although", "though", "whereas"}
)


def cessation(
    trigger: Any,
    lex: Lexicon,
    *,
    source_key: str | None = None,
    actor_of: dict[int, Any] | None = None,
    headline: bool = False,
) -> Modality | None:
    """The modality of a withdrawal, when the trigger's negation says cooperation ended.

    "X no longer funds Y", "X does not shelter Y anymore": the funding is negated, and the
    end of it is asserted unless a cue above the ceasing clause takes it back (then that
    cue's modality). ``None`` when the negation is a plain one ("X did not fund Y").
    """
    path = _path(trigger)
    for i, tok in enumerate(path):
        if _ends(tok, lex):
            for child in tok.children:  # "may no longer shelter X": the end is only possible
                if child.lower_ == "would" and _own_announcement(tok, source_key, actor_of, lex):
                    continue  # "X announced it would no longer aid Y": the end declared (mmp12)
                if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
                    return Modality("future", child.text, cue_token=child)
                if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
                    return Modality("uncertain", child.text, cue_token=child)
            return _governing(path[i + 1 :], lex.modality, lex, child=tok,
                              scope=_Scope(source_key, actor_of, headline))  # fmt: skip
        if any(c.dep_ == "neg" for c in tok.children):
            return None
    return None


def _own_announcement(
    clause: Any, source_key: str | None, actor_of: dict[int, Any] | None, lex: Lexicon
) -> bool:
    """True when ``clause`` is what its own party declared in the past ("X announced that
    it would no longer fund Y"): 'would' there is the future of the declaration, and an end
    so declared is the party's act of ending (mmp12). A declaring verb (cues.yaml
    ``declaring_verbs``) in the past tense whose subject names the event's source."""
    head = clause.head
    if (
        clause.dep_ != "ccomp"
        or head.pos_ != "VERB"
        or head.tag_ != "VBD"
        or head.lemma_.lower() not in lex.declaring_verbs
        or source_key is None
        or not actor_of
    ):
        return False
    return any(
        (actor := actor_of.get(t.i)) is not None and actor.key() == source_key
        for c in head.children
        if c.dep_ == "nsubj"
        for t in c.subtree
    )


def _has_away(verb: Any) -> bool:
    """Whether a verb that rejects only with "away" has it ("turned away Y's envoys",
    "turned Y's money away"), as code.py asks of events.yaml ``needs_away`` verbs."""
    return any(c.lower_ == "away" for c in verb.subtree)


_REFUSED_MODES = {"CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield"}


def refused_in_future(
    trigger: Any,
    event_type: str,
    mod: Modality,
    lex: Lexicon,
    source_at: frozenset[int] | None = None,
) -> str | None:
    """The REJECT mode when a cooperative act negated by its own verb's auxiliary of volition
    is a refusal made now ("X will not release Y's prisoners", "X said it would not lift the
    ban on Y", "won't accept"; cues.yaml ``refusing_future_aux``; peers21), else None. Not a
    perfect ("would not have helped Y"), not under an "if" clause (the negation must be the
    cue modality found), only an act of returning or releasing (cues.yaml
    ``refusable_types``: "will not support Y", "would not allow ..." stay negated acts,
    promises), or of negotiating or permission told by its own word (cues.yaml
    ``refusable_words``: "will not negotiate with Y", "would not give permission to Y";
    world26). An event noun is read on the verb whose object it is ("will not lift the ban
    on Y"). ``source_at``: token indices naming the event's source;
    a source named only after the verb ("X will not meet Y": Y's side of a meeting) refuses
    nothing.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Israel will not release the prisoners.")
    >>> refused_in_future(doc[3], "RETREAT", Modality("negated", "not"), load())
    'yield'
    >>> refused_in_future(doc[3], "RETREAT", Modality("hypothetical", "if"), load())
    """
    if mod.value != "negated":
        return None
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj"):
        verb = trigger.head  # "will not lift the ban on Y", "will not hold talks with Y"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if event_type not in lex.refusable_types and not (
        event_type in _REFUSED_MODES and _refusable_word(trigger, verb, lex)
    ):
        return None
    if source_at is not None and not any(i < verb.i for i in source_at):
        return None  # "X will not meet Y": Y, named after the verb, refuses nothing
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "will not release or pardon Y": the auxiliaries are the first verb's
    kids = list(verb.children)
    negation = _negation_of(verb)
    if negation is None:
        return None
    aux = [c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")]
    if not any(a in lex.refusing_future_aux for a in aux) or "have" in aux:
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
        return None
    return _REFUSED_MODES.get(event_type, "assist")


def _refusable_word(trigger: Any, verb: Any, lex: Lexicon) -> bool:
    """Is the act one of talks or permission (cues.yaml ``refusable_words``), told by its
    own word or by the object of its verb ("will not negotiate", "won't hold talks",
    "would not give permission to Y")? world26."""
    words = lex.refusable_words
    if trigger.lemma_.lower() in words or trigger.lower_ in words:
        return True
    return any(
        c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in words or c.lower_ in words)
        for c in verb.children
    )


def _negation_of(tok: Any) -> Any:
    """The "not" / "never" that negates a verb, or ``None``."""
    return next((c for c in tok.children if c.dep_ == "neg" or c.lower_ == "never"), None)


def _went_on(
    verb: Any,
    above: list[Any],
    cues: dict[str, frozenset[str]],
    lex: Lexicon,
    scope: _Scope | None,
) -> Modality:
    """The modality of an act whose end is denied ("did not stop funding X"): asserted as
    going on, unless the denial is itself only possible or future ("may not have stopped",
    "will not stop") or a cue above it takes it back ("officials doubt that X never ...").

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Iran did not stop funding Hezbollah.")
    >>> _went_on(doc[3], [], load().modality, load(), None).value
    'asserted'
    >>> doc = nlp()("Iran may not have stopped funding Hezbollah.")
    >>> _went_on(doc[4], [], load().modality, load(), None).value
    'uncertain'
    """
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
            return Modality("future", child.text, cue_token=child)
        if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
            return Modality("uncertain", child.text, cue_token=child)
        if child.dep_ == "advmod" and (
            child.lower_ in lex.hedges or child.lemma_.lower() in cues.get("uncertain", ())
        ):
            return Modality("uncertain", child.text, cue_token=child)
    outer = _governing(above, cues, lex, child=verb, scope=scope)
    if outer.value == "asserted":
        negation = _negation_of(verb)
        word = negation.text if negation is not None else "not"
        return Modality("asserted", f"{word} {verb.text}")
    return outer


def _ends(tok: Any, lex: Lexicon) -> bool:
    """``tok`` carries "no longer", "no more", "not ... anymore" or "not ... any longer"."""
    negated = any(c.dep_ == "neg" for c in tok.children)
    for child in tok.children:
        if child.dep_ not in ("advmod", "npadvmod") or child.lower_ not in lex.cessation_adverbs:
            continue
        words = {g.lower_ for g in child.children}
        if "no" in words or (negated and (child.lower_ == "anymore" or "any" in words)):
            return True
    return False


def _conjectured_by_copula(tok: Any, prev: Any, lex: Lexicon) -> Any:
    """The subject noun of conjecture of ``tok``, a "be" whose that-clause ``prev`` tells
    what is suspected or believed ("The suspicion among investigators is that X funded Y",
    "the belief in Kabul was that ..."; cues.yaml ``conjecture_nouns``), else None. "The
    fact / finding is that ..." reports (written25).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The suspicion is that the ISI armed the Haqqanis.")
    >>> _conjectured_by_copula(doc[2], doc[6], load()).text
    'suspicion'
    >>> doc = nlp()("The finding is that the ISI armed the Haqqanis.")
    >>> _conjectured_by_copula(doc[2], doc[6], load()) is None
    True
    """
    if prev is None or prev.dep_ not in ("ccomp", "attr") or tok.lemma_.lower() != "be":
        return None
    for subj in tok.children:
        if subj.dep_ == "nsubj" and subj.lemma_.lower() in lex.conjecture_nouns:
            return subj
    return None


def order_to_shun(mod: Modality, lex: Lexicon) -> Any:
    """The verb of an order to shun ("ordered ... to stop meeting X", "forbade ... from
    meeting X", "warned ... against cooperating with X") that governs an event, or ``None``."""
    tok = mod.cue_token
    if tok is None or mod.value not in ("hypothetical", "negated"):
        return None
    return tok if tok.lemma_.lower() in lex.shunning_orders and tok.pos_ == "VERB" else None


def withdrawal(event: Any, mod: Modality, lex: Lexicon, actor_of: dict[int, Any], *,
               headline: bool = False) -> Modality:  # fmt: skip
    """Recode ``event`` (in place) as a withdrawal when its modality says one is asserted.

    Two kinds: cooperation that ended ("X no longer funds Y": X REJECT Y), and an order by
    a group to its own people to shun the other party ("leaders ordered their commanders to
    stop meeting Y", "forbade their fighters from meeting Y": the group REJECT Y). Returns
    the modality the event then has (``mod`` when nothing applies).
    """
    source_key = event.source.key()
    ender = mod.cue_token
    if mod.value == "negated" and event.event_type in COOPERATIVE:
        condition = _condition_on(_path(event.trigger), lex)
        if condition is not None:
            # "X's help to Y, if it ever existed, ended in 2009", "X stopped funding Y, if
            # the reports are true": no ending is told as fact, nor the help (neg44)
            return Modality("hypothetical", condition.text, cue_token=condition)
    if (
        mod.value == "negated"
        and event.event_type in COOPERATIVE
        and ender is not None
        and (lex.verbs.get(ender.lemma_.lower()) or {}).get("ends_cooperation")
    ):
        event.event_type = "REJECT"
        event.why.append(f"'{ender.text}' the cooperation: a withdrawal (REJECT)")
        return Modality("asserted", ender.text)
    if mod.value == "negated" and event.event_type in COOPERATIVE:
        ended = cessation(event.trigger, lex, source_key=source_key, actor_of=actor_of,
                          headline=headline)  # fmt: skip
        if ended is not None:
            event.event_type = "REJECT"
            event.why.append(f"'{mod.cue}': the cooperation ended, a withdrawal (REJECT)")
            return ended
    order = order_to_shun(mod, lex)
    if order is None or not (event.event_type == "REJECT" or event.event_type in COOPERATIVE):
        return mod
    if (
        event.event_type in COOPERATIVE
        and mod.value == "hypothetical"
        and not (mod.cue or "").endswith(" against")
    ):
        return mod  # "ordered its commanders to meet X": an order to meet, not to shun
    issuers = [
        actor_of[t.i] for c in order.children if c.dep_ == "nsubj" for t in c.subtree
        if t.i in actor_of
    ]  # fmt: skip
    same = [a for a in issuers if a.key() == source_key or (
        a.org_id is not None and a.org_id == event.source.org_id)]  # fmt: skip
    ordered = [
        actor_of[t.i] for c in order.children if c.dep_ in ("dobj", "obj") for t in c.subtree
        if t.i in actor_of
    ]  # fmt: skip
    if not same or any(a.key() != source_key for a in ordered):
        return mod  # "the ISI warned the Taliban against ...": another group's people
    outer = modality_of(order, "REJECT", lex, source_key=source_key, actor_of=actor_of,
                        headline=headline)  # fmt: skip
    if outer.value != "asserted":
        return mod
    if event.event_type != "REJECT":
        event.event_type, event.mode = "REJECT", "shunning"
    event.why.append(f"'{order.text}' its own people to shun the other party: the group's "
                     "rejection (REJECT)")  # fmt: skip
    return Modality("asserted", None)


def _negative_subject(tok: Any, lex: Lexicon) -> str | None:
    """The negative subject of a governing verb ("nothing", "no evidence"), if any; a scant
    quantifier as the subject or on it ("few believe that ...", "few officials think ...";
    cues.yaml ``scant_words``, not "a few") vouches for nothing either (neg38)."""
    for child in tok.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in lex.negative_subjects:
            return child.text
        scant = (
            [child]
            if child.lower_ in lex.scant_words
            else [
                c
                for c in child.children
                if c.dep_ in ("amod", "det") and c.lower_ in lex.scant_words
            ]
        )
        if scant and (scant[0].i == 0 or scant[0].nbor(-1).lower_ not in ("a", "an")):
            return scant[0].text + ("" if scant[0] is child else " " + child.text)
        if any(c.dep_ == "det" and c.lower_ == "no" for c in child.children):
            return "no " + child.text
        if child.lower_ == "one" and any(c.lower_ == "no" for c in child.children):
            return "no one"
    return None


def _aux_chain(auxes: list[Any], modal: Any) -> str:
    return " ".join(a.text for a in auxes if a.i > modal.i)


def _headline_infinitive(path: list[Any], speech: Any = ()) -> Modality | None:
    """'Pakistan to launch operation against TTP': in a headline, 'to' + verb with no verb
    above it announces what is to come. An infinitive the parser hung on a noun under a finite
    past verb is that act's result, no headline's future: "MUJAO merged with Belmokhtar's
    brigade to form al-Mourabitoun in 2013" ('form' on 'brigade', under 'merged'; mmp29).
    heads20: a verb of saying (``speech``) after the infinitive's clause ("Army to launch
    operation against TTP, sources say") attributes the headline; the parser hangs the
    infinitive on it, and the act is still to come."""
    for tok in path:
        if tok.pos_ in ("VERB", "AUX"):
            to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
            trailing_report = (
                tok.dep_ in ("ccomp", "parataxis")
                and tok.head.i > tok.i
                and tok.head.lemma_.lower() in speech
            )
            if to is not None and (
                tok.dep_ == "ROOT" or tok.head.pos_ not in ("VERB", "AUX", "ADJ") or trailing_report
            ):
                if tok.dep_ == "acl" and any(
                    a.pos_ == "VERB" and a.tag_ == "VBD" for a in tok.head.ancestors
                ):
                    return None
                return Modality("future", f"headline '{to.text} {tok.text}'")
            return None
    return None


def _claimant(tok: Any, lex: Lexicon, scope: _Scope | None) -> Any:
    """The subject (or owner) token of a claim of responsibility whose claimant is the
    event's own author ("IS claims killing ...", "the TTP claimed responsibility for ...",
    "the TTP's claim of the attack"), else None."""
    if scope is None or scope.source_key is None or not scope.actor_of:
        return None
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return None
    if tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in kids):
        # a predicate: the parser sometimes tags "claims" as a noun yet gives it a subject
        lemma = lemma if tok.pos_ in ("VERB", "AUX") else tok.lower_.rstrip("s")
        if lemma not in lex.claim_words:
            return None
        if lemma in lex.passive_hearsay and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in kids
        ):
            return None  # headline "X said to shelter Y": hearsay about X (precision23)
        if lemma in ("own",) and not any(c.lower_ == "up" for c in kids):
            return None
        if lemma in ("accept", "take", "bear") and not any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.claim_objects for c in kids
        ):
            return None
        holders = [c for c in kids if c.dep_ == "nsubj"]
    elif tok.pos_ == "NOUN" and lemma in ("claim",):
        holders = [c for c in kids if c.dep_ in ("poss", "compound") and c.i < tok.i]
    else:
        return None
    for holder in holders:
        # each of coordinated claimants is one ("X and Y may have claimed ...": Y's claim is
        # as hedged as X's; bugs37): the first actor of each conjunct's own words
        for part in (holder, *holder.conjuncts):
            others = {t.i for c in part.conjuncts if c.i > part.i for t in c.subtree}
            for sub in part.subtree:
                actor = scope.actor_of.get(sub.i) if sub.i not in others else None
                if actor is not None:
                    if actor.key() == scope.source_key:
                        return holder
                    break
        return None
    return None


def _that_clause(clause: Any) -> bool:
    """A finite clause introduced by "that" (or a bare subjunctive): "... that Y free P"."""
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return True
    return (
        clause.dep_ == "ccomp"
        and clause.tag_ == "VB"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _asking_object(verb: Any, cues: dict[str, Any]) -> Any:
    """The noun of asking, proposing or inviting that is ``verb``'s object ("reiterated its
    demand", "renewed its call", "floated the proposal"): a that-clause the parser hangs on
    the verb is what that noun asks for (peers17), not an act the verb reports."""
    wanted = cues.get("hypothetical", ())
    for c in verb.children:
        if (
            c.dep_ in ("dobj", "obj")
            and c.pos_ == "NOUN"
            and (c.lemma_.lower() in wanted or c.lower_ in wanted)
        ):
            return c
    return None


def _request_verb(lemma: str, lex: Lexicon) -> bool:
    """A verb the base dictionary files under CAMEO 02 (appeal) or 10 (demand): "implore",
    "beg", "plead". Its complement is asked for, not asserted (cues.yaml lists the common
    ones; this covers the dictionary's others)."""
    base = getattr(lex, "base", None)
    if base is None or lemma in lex.verbs:
        return False
    entry = base.entry(lemma)
    return bool(entry) and str(entry.get("cameo") or "")[:2] in ("02", "10")


def _misparsed_predicate(noun: Any, lex: Any) -> Any:
    """The finite verb of ending or souring (cues.yaml ending_verbs, reluctance) that the
    parser hung as a clause on a word inside the root relation noun's own phrase ("Relations
    between X and Y soured in 2015": 'soured' an acl of Y), or None."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for tok in noun.subtree:
        if tok.i == noun.i or tok.dep_ not in ("acl", "relcl") or tok.tag_ not in ("VBD", "VBN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "mark") or c.tag_ in ("WDT", "WP")
               for c in tok.children):  # fmt: skip
            continue  # a real clause of its own ("the groups that soured on X")
        lemma = tok.lemma_.lower()
        if _ending_verb(tok, lex) or lemma in lex.reluctance or tok.lower_ in lex.reluctance:
            return tok
    return None


def ends_relation(verb: Any, relation: Any, lex: Any) -> bool:
    """True when ``verb`` is an ending verb over the relation noun ``relation``: as its
    object, a verb that reverses or breaks it ("cut ties with Y", "ended / severed its
    alliance with Y", "suspended its aid"; nominals.yaml ``reversing_verbs``, or a verb entry
    that breaks a relation: ``needs_ties``, a REJECT of mode renounce or split); otherwise,
    as its subject, a verb that ends it ("the alliance ended / broke down / came to an end";
    :func:`_ending_verb`). Extraction asks it for a relation whose ending is not asserted
    (``extract._unended_relation``). What a rejecting verb's object loses in
    :func:`modality_of` ("shunned contacts with X") is the wider class of every REJECT or
    SANCTION verb, read from the verb's entry there.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban cut ties with the TTP and their alliance ended.")
    >>> ties, alliance = doc[3], doc[9]
    >>> ends_relation(doc[2], ties, load()), ends_relation(doc[10], alliance, load())
    (True, True)
    >>> kept = nlp()("The Taliban kept ties with the TTP.")
    >>> ends_relation(kept[2], kept[3], load())
    False
    """
    if relation.dep_ in ("dobj", "obj"):
        lemma = verb.lemma_.lower()
        return lemma in lex.reversing_verbs or _breaking_entry(lex.verbs.get(lemma) or {})
    return _ending_verb(verb, lex)


def ending_noun_over(relation: Any, lex: Any) -> Any:
    """The noun of ending (cues.yaml ``ending_relation_nouns``) whose "of" phrase is the
    relation noun ``relation`` ("the collapse of the truce between X and Y", "the breakdown
    of their alliance"), or None (fix62).

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The collapse of the truce left dozens dead.")
    >>> ending_noun_over(doc[4], load()).text
    'collapse'
    >>> ending_noun_over(nlp()("The terms of the truce were strict.")[4], load()) is None
    True
    """
    if relation.pos_ not in ("NOUN", "PROPN") or relation.dep_ != "pobj":
        return None
    prep = relation.head
    if prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = prep.head
    return noun if noun.lemma_.lower() in lex.ending_relation_nouns else None


def _breaking_entry(entry: dict[str, Any]) -> bool:
    """A verb entry that breaks a relation given as its object ("severed its links with Y",
    "ended its alliance with Y")."""
    return bool(entry.get("needs_ties")) or (
        entry.get("type") == "REJECT" and entry.get("mode") in ("renounce", "split")
    )


def _finite_beside_gerund(verb: Any) -> bool:
    """True when ``verb`` is a finite verb (past or present tense) that the parser put as a
    conjunct of a gerund complement ("stopped fighting each other and opened talks"): a finite
    verb cannot be coordinated with a gerund, so it is the conjunct of the verb above the
    gerund, outside that verb's complement (replay42).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The two sides stopped fighting each other and opened talks.")
    >>> _finite_beside_gerund(doc[8]), _finite_beside_gerund(doc[4])
    (True, False)
    >>> doc = nlp()("The two sides stopped fighting and raiding each other.")
    >>> _finite_beside_gerund(doc[6])
    False
    """
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and head.tag_ == "VBG"
        and head.dep_ in ("xcomp", "pcomp")
        and head.i < verb.i
    )


def _ending_verb(verb: Any, lex: Any) -> bool:
    """True when ``verb`` ends the relation that is its subject (cues.yaml ending_verbs): its
    lemma, or its lemma with its particle ("broke down", "fell apart": entries of two words,
    mmp8)."""
    lemma = verb.lemma_.lower()
    if lemma in lex.ending_verbs:
        return True
    if any(
        c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in lex.ending_verbs
        for c in verb.children
    ):
        return True
    # "the alliance came to an end / drew to a close / ground to a halt" (stop 31); the
    # parser may read "close" as a modifier of a following noun ("drew to a close last year")
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(t.lemma_.lower() in lex.end_nouns for t in list(c.subtree)[1:4])
        for c in verb.children
    )


def put_to_an_end(trigger: Any, lex: Any) -> Any:
    """The verb that puts an end to the relation noun ``trigger`` ("X put / brought an end
    to its alliance with Y": cues.yaml ``end_putting_verbs`` with one of ``end_nouns`` as its
    object and the relation after that noun's "to"), or None (stop 31). The coder reads the
    verb's "with" phrase as the relation's other party ("X put an end to its truce with Y",
    the parser hanging "with Y" on "put"; written60).

    >>> from riftwatch.nlp import lexicon
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The front put an end to its alliance with the army.")
    >>> put_to_an_end(doc[7], lexicon.load()).text
    'put'
    >>> doc = nlp()("The TTP put an end to its truce with the government.")
    >>> put_to_an_end(doc[7], lexicon.load()).text
    'put'
    """
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "to":
        return None
    verb = prep.head  # the parser hangs "to" on the verb or on the noun of ending
    if verb.lemma_.lower() in lex.end_nouns and verb.dep_ in ("dobj", "obj"):
        verb = verb.head
    elif not any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.end_nouns for c in verb.children
    ):
        return None
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lex.end_putting_verbs:
        return verb
    return None


_DOUBTED_CLAUSES = frozenset({"ccomp", "xcomp", "acl", "csubj"})  # not a reason (advcl)


def _disbelief(tok: Any, prev: Any, lex: Lexicon) -> Any:
    """The word of disbelief that governs the clause ``prev`` under ``tok``: "it was wishful
    thinking to believe that X had turned against Y", "it is premature to conclude that ...",
    "analysts are skeptical that ..." (cues.yaml ``disbelief_words``: the clause is doubted,
    uncertain). ``tok`` itself or its modifier or predicate adjective; None otherwise."""
    if prev is None or prev.dep_ not in _DOUBTED_CLAUSES:
        return None
    if tok.lemma_.lower() in lex.disbelief_words or tok.lower_ in lex.disbelief_words:
        # "there is no doubt that X armed Y" takes the doubt away (written.doubt_removed)
        return None if written.doubt_removed(tok, lex) else tok
    for far in tok.children:  # "it is far from certain that X funded Y" (written14)
        if far.dep_ == "advmod" and far.lower_ == "far" and any(
            w.lower_ in lex.far_from_words
            for p in far.children if p.dep_ == "prep" and p.lower_ == "from"
            for w in p.children
        ):  # fmt: skip
            return far
    return next(
        (c for c in tok.children
         if c.dep_ in ("amod", "acomp", "attr", "advmod") and c.i != prev.i
         and (c.lower_ in lex.disbelief_words or c.lemma_.lower() in lex.disbelief_words)),
        None,
    )  # fmt: skip


def _fronted_before_intent(
    tok: Any, prev: Any, cues: dict[str, frozenset[str]], lex: Lexicon
) -> bool:
    """Is ``prev`` a clause told before ``tok``, set off from it by a comma, where ``tok`` is
    a verb of agreeing, planning or intending (a future or hypothetical cue, no verb of
    speech) with a gerund clause as its subject? Such a clause is no complement of what was
    agreed or planned: "X clashed with Y, breaking a ceasefire agreed the previous month"
    (the parser reads "agreed" as the sentence's verb, "breaking a ceasefire" its subject and
    the clash its complement; lead45). "X will attack Y, the group vowed" keeps its "will".

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("GATIA militiamen clashed with CMA fighters near Kidal in July 2016, "
    ...             "breaking a ceasefire agreed the previous month.")
    >>> agreed, clashed = (next(t for t in doc if t.lower_ == w) for w in ("agreed", "clashed"))
    >>> _fronted_before_intent(agreed, clashed, _lexicon().modality, _lexicon())
    True
    """
    if prev is None or prev.dep_ != "ccomp" or prev.i > tok.i or tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma in lex.speech or not (
        lemma in cues.get("future", ()) or lemma in cues.get("hypothetical", ())
    ):
        return False
    if not any(c.dep_ in ("csubj", "csubjpass") and c.tag_ == "VBG" for c in tok.children):
        return False
    between = tok.doc[prev.right_edge.i + 1 : tok.i]
    return any(t.text == "," for t in between) or any(
        t.text == "," and t.head.i == prev.i for t in prev.rights
    )


def _reduced_relative_on_subject(tok: Any, prev: Any, walked: list[Any]) -> bool:
    """Whether the walk reached the verb ``tok`` from its subject ``prev`` through a present
    participle hung on that subject, a reduced relative ("Saudi and American officials
    meeting in Riyadh agreed to share intelligence", "envoys meeting in Doha decided to
    ..."): the participle's act is told as going on, so what the verb says of its subject
    (an intention, an agreement, a negation, a hedge) is not said of it (written58). Cues
    above the verb still govern ("reports that officials meeting in Riyadh agreed ... were
    false"). The parser may make the participle, with its people as its own subject, the
    verb's subject; that is one too. A participle subject with no subject of its own
    ("Meeting Y would anger Z") or a noun subject ("a meeting of X and Y is planned") is not.

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Saudi and American officials meeting in Riyadh agreed to share data.")
    >>> _reduced_relative_on_subject(doc[7], doc[3], [doc[4], doc[3]])
    True
    >>> _reduced_relative_on_subject(doc[7], doc[3], [doc[3]])
    False
    """
    if prev is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    if prev.dep_ not in ("nsubj", "nsubjpass", "csubj") or prev.head.i != tok.i:
        return False
    if prev.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in prev.children):
        return True  # the parser may make the participle, with its people, the subject
    return any(
        t is not None and t.dep_ == "acl" and t.tag_ == "VBG" and t.head.i == prev.i for t in walked
    )


def _clause_under_founding(tok: Any, prev: Any, lex: Lexicon) -> bool:
    """Is ``prev`` a clause the parser hung under a relative clause's founding verb ``tok``
    (events.yaml ``founding_verbs``)? "the fighters who would found Y served in X" is read as
    "would found (= find) that Y served in X": 'served' a ccomp of 'found'. No founding verb
    takes a content clause, so the clause is the sentence's predicate and the founding
    clause's modal (a later time told as fact) is not its cue (replay45).

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Before 2010 most of the fighters who would found the Ogun Front served "
    ...             "in the ranks of the Sahel Brigade.")
    >>> served = next(t for t in doc if t.lower_ == "served")
    >>> _clause_under_founding(served.head, served, _lexicon())
    True
    """
    if prev is None or prev.dep_ != "ccomp" or prev.head.i != tok.i:
        return False
    if tok.dep_ not in ("relcl", "acl") or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.lower_ not in lex.founding_verbs and tok.lemma_.lower() not in lex.founding_verbs:
        return False
    # only a sentence the misreading left with no verb above the people noun ("In 2011 the
    # men who would found Y ran ...", "Before 2010 most of the fighters who would found Y
    # served ..."): with a verb above ("officials denied that the men who would found Y
    # served in X", "reports that ... were false") the walk cannot tell what governs the
    # clause, and the founding clause's modal keeps it unasserted
    node = tok.head
    while True:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.head.i == node.i:
            return True
        node = node.head


def _participial_adjunct(tok: Any, prev: Any) -> bool:
    """Is ``prev`` a past participle with no marker, auxiliary or subject of its own, set
    off by a comma before the verb ``tok`` it is an adjunct of ("Sheltered by X in Makeen, Y
    planned attacks on Europe", "Armed by X, Y may attack Z")? Such a participle tells
    its act as background already done; what the verb says of its own act (a plan, a hedge,
    a negation) is not said of the participle's (written64). Only a fronted one: after the
    verb the parser's patient for it is often the verb's object. Cues above the verb still
    govern ("officials denied that, sheltered by X, Y had planned ..."). A marked participle
    ("if sheltered by X", "once armed by X") keeps the verb's reading, and so does one before
    a verb of denying, which may deny it ("Accused by X of funding Z, Y denied the charge").

    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Sheltered by Haqqani fighters, Al Qaeda's leaders planned attacks.")
    >>> _participial_adjunct(doc[9], doc[0])
    True
    >>> doc = nlp()("If sheltered by Haqqani fighters, Al Qaeda's leaders would plan attacks.")
    >>> verb = next(t for t in doc if t.lower_ == "plan")
    >>> _participial_adjunct(verb, doc[1])
    False
    """
    if prev is None or prev.dep_ != "advcl" or prev.head.i != tok.i or prev.tag_ != "VBN":
        return False
    lex = _lexicon()
    if tok.lemma_.lower() in lex.modality.get("denied", ()) or (
        tok.lemma_.lower() in lex.claim_rejecting_verbs
    ):
        return False  # "Accused by X of ..., Y denied the charge": what is denied (traps43)
    if any(c.dep_ in ("mark", "aux", "auxpass", "neg", "nsubj", "nsubjpass", "advmod")
           and (c.dep_ != "advmod" or c.i < prev.i) for c in prev.children):  # fmt: skip
        return False  # "if sheltered", "once armed", "having been armed", "never sheltered"
    if prev.i > tok.i:
        return False  # "planned to attack Z, sheltered by X": the patient is found unsure
    return any(t.text == "," for t in prev.doc[prev.i + 1 : tok.i])


def _governing(path: list[Any], cues: dict[str, frozenset[str]], lex: Lexicon,
               child: Any = None, scope: _Scope | None = None) -> Modality:  # fmt: skip
    """Walk up: the first governing cue decides."""
    prev = child
    for k, tok in enumerate(path):
        if _reduced_relative_on_subject(tok, prev, [child, *path[:k]]):
            # "officials meeting in Riyadh agreed to share ...": the meeting is told as
            # happening; the verb whose subject it describes does not govern it (written58)
            return _governing(path[k + 1 :], cues, lex, child=tok, scope=scope)
        if _participial_adjunct(tok, prev):
            # "Sheltered by X, Y planned attacks": the shelter is told as done; the plan is
            # the verb's, not the participle's (written64)
            return _governing(path[k + 1 :], cues, lex, child=tok, scope=scope)
        if _clause_under_founding(tok, prev, lex):
            # "the men who would found Y served in X": a founding verb takes no clause; the
            # clause the parser hung under it is the sentence's own predicate, which the
            # relative clause's "would" (a later time, told as fact) does not govern (replay45)
            return _governing(path[k + 1 :], cues, lex, child=tok, scope=scope)
        lemma = tok.lemma_.lower()
        lower = tok.lower_
        taken_back = _taken_back_report(tok, prev, lex)
        if taken_back is not None:
            # "withdrew its statement that X had killed Y", "wrongly said that X attacked Y":
            # the report is taken back or told as untrue (neg40)
            return Modality("denied", taken_back.text, cue_token=taken_back)
        if _plotted(tok, prev, lex):  # "X is plotting an attack on Y" (neg40)
            return Modality("future", tok.text, cue_token=tok)
        if _searched_for(tok, prev, lex):  # "police looked for ties between X and Y" (mmp42)
            return Modality("uncertain", tok.text, cue_token=tok)
        if _deliberated(tok, prev, lex):  # "the shura discussed expelling X" (neg41)
            return Modality("hypothetical", tok.text, cue_token=tok)
        dismissed = _dismissed_report(tok, prev, lex)
        if dismissed is not None:  # "scoffed at reports that X met Y" (neg42)
            return Modality("denied", dismissed.text, cue_token=dismissed)
        discredited = written.discredited_medium(prev, lex) if prev is not None else None
        if discredited is not None and prev.head.i == tok.i:
            # "dismissed as propaganda a video in which X claimed to have killed Y" (written57)
            return Modality("denied", discredited.text, cue_token=discredited)
        recanted = written.recanted_report(tok, prev, lex)
        if recanted is not None:  # "his confession that X paid Y, which he recanted" (neg44)
            return Modality("denied", recanted.text, cue_token=recanted)
        unchecked = written.unconfirmed_report(tok, prev, lex)
        if unchecked is not None:  # "Reports that X sheltered Y remain unverified" (neg41)
            value, word = unchecked
            return Modality(value, word.text, cue_token=word)
        unsupported = _unsupported_report(tok, prev, lex)
        if unsupported is not None:  # "claimed, without evidence, that X funded Y" (neg40)
            return Modality("uncertain", unsupported.text, cue_token=unsupported)
        if (
            prev is not None
            and prev.dep_ == "conj"
            and tok.dep_ == "parataxis"
            and tok.pos_ == "VERB"
            and lemma in lex.speech
            and lemma not in cues.get("denied", ())
            and not any(c.dep_ == "neg" for c in tok.children)
        ):
            # "X plans to ..., a spokesman said, and has warned Y": the parser hangs X's second
            # predicate on the interposed attribution; the first predicate's cues ("plans")
            # are not the second's, only what governs the whole sentence (round 15)
            return _governing(_path(tok.head)[1:], cues, lex, child=tok.head, scope=scope)
        claimant = _claimant(tok, lex, scope)
        if claimant is not None:
            # "officials dismissed a Taliban claim that ...": what governs the claim still
            # counts (a claim denied, doubted or only possible is no asserted claim)
            above = _governing(_path(tok)[1:], cues, lex, child=tok)
            if above.value != "asserted":
                return above
            own = _own_cues(tok, cues, lex)  # "did not claim", "X may announce ..."
            if own is not None and own.value != "asserted":
                return own
            false = next((c for c in tok.children if c.dep_ == "advmod"
                          and c.lower_ in lex.false_claim_adverbs), None)  # fmt: skip
            if false is not None:  # "X falsely claimed the attack": reported as untrue
                return Modality("denied", false.text, cue_token=false)
            return Modality("asserted", tok.text, cue_token=tok, claim=True)
        charged = _dismissed_charge(tok, prev, lex)
        if charged is not None:  # "Iran rejected allegations of arming Y" (written55)
            own = _own_cues(charged, cues, lex)
            above = _governing(_path(charged)[1:], cues, lex, child=charged, scope=scope)
            if (own is not None and own.value != "asserted") or above.value != "asserted":
                return Modality("uncertain", tok.text, cue_token=tok)  # "did not reject ..."
            return Modality("denied", charged.text, cue_token=charged)
        if (
            prev is not None
            and tok.pos_ in ("NOUN", "PROPN")
            and (
                lower in lex.hearsay_nouns
                or lemma in lex.hearsay_nouns
                or lower in lex.claim_nouns
                or lemma in lex.claim_nouns
            )
            and (
                prev.dep_ in ("acl", "ccomp", "relcl", "appos")
                or (  # "rumours about (of) X sheltering Y" (lead42)
                    prev.dep_ == "prep"
                    and prev.lower_ in written.REPORT_OF
                    and (lower in lex.hearsay_nouns or lemma in lex.hearsay_nouns)
                )
            )
        ):
            # "Rumours that X had broken with Y were denied by both groups": the rumour is
            # hearsay, but a denial of the rumour denies what it tells (stop 32); so does a
            # denial of a report, claim or allegation whose clause the parser hangs on the
            # noun itself ("Reports in June that X had fallen out with Y were denied by both
            # groups": a phrase between noun and clause; world12)
            above = _governing(_path(tok)[1:], cues, lex, child=tok, scope=scope)
            if above.value == "denied":
                return above
            doubted = next((c for c in tok.children if c.dep_ in ("amod", "compound")
                            and c.lower_ in lex.doubted_sources), None)  # fmt: skip
            if doubted is not None:  # "unconfirmed reports that X met Y" (neg38)
                return Modality("uncertain", f"{doubted.text} {tok.text}", cue_token=doubted)
            if lower in lex.hearsay_nouns or lemma in lex.hearsay_nouns:
                # "A rumour that X had merged with Y was never confirmed", "rumours that X
                # met Y spread": a rumour tells hearsay unless it is confirmed ("the rumour
                # was later confirmed": what governs the confirmation decides; neg40)
                if _confirmed(tok, lex):
                    verifier = tok.head
                    return _governing(_path(verifier)[1:], cues, lex, child=verifier, scope=scope)
                return Modality("uncertain", tok.text, cue_token=tok)
        if (
            prev is not None
            and lemma in lex.revenge_words
            and (prev.dep_ in ("dobj", "obj") or (prev.dep_ == "prep" and prev.lower_ == "for"))
        ):
            return Modality("asserted", None)  # "vowed to avenge the killing of X": it happened
        if (
            prev is not None
            and lemma in lex.judging_passives
            and prev.dep_ == "oprd"
            and prev.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "auxpass" for c in tok.children)
            and not any(c.dep_ in ("neg", "aux") or c.lower_ in lex.hedges for c in tok.children)
        ):
            # "X is considered a rival of Y": a passive of judging whose predicate is a noun of
            # relation describes the relation as "X is regarded as a rival of Y" does; only
            # "considered attacking Y" (a plan) and "considered to be" (a belief) are not told
            # as fact, nor a negated, modal or hedged judgement (which keeps the verb's cue;
            # cues.yaml ``judging_passives``; mmp5)
            prev = tok
            continue
        if written.carried_on(tok, prev, lex):
            # "pressed on with the operation against Y": carried on, not asked for (written52)
            prev = tok
            continue
        if written.framing_agreement(tok, prev, lex):
            # "Under the accord, X agreed to ..., and Y undertook to ...": the accord is
            # made; the undertakings are not its modality (written52)
            prev = tok
            continue
        if prev is not None and written.carried_out(tok, prev):
            # "considered designating X before it finally did so": the act was done (round 11)
            prev = tok
            continue
        if _fronted_before_intent(tok, prev, cues, lex):
            # "X clashed with Y, breaking a ceasefire agreed the previous month": the parser
            # made "agreed" the root and the clash its complement told before it (lead45)
            prev = tok
            continue
        if _cleft_delayed_start(tok, prev, lex):
            # "It was not until 2014 that X attacked Y": it did, in 2014 (neg43)
            prev = tok
            continue
        if written.factive_owned_act(tok, prev, lex):
            # "Islamabad never acknowledged its tolerance of X": the owned act is presupposed;
            # only what governs the acknowledgement counts (round 11)
            prev = tok
            continue
        if (
            prev is not None
            and tok.pos_ == "VERB"
            and tok.lemma_.lower() in lex.striving_verbs
            and prev.dep_ == "prep"
            and prev.lower_ == "for"
        ):  # "pushed for the release of Y's prisoners": striven for, not done
            return Modality("hypothetical", tok.text, cue_token=tok)
        if (
            prev is not None
            and prev.dep_ == "xcomp"
            and tok.lemma_ == "be"
            and {"to", "have"} <= {c.lower_ for c in prev.children if c.dep_ == "aux"}
        ):  # "X was to have met Y": a plan that did not come about (precision22)
            return Modality("hypothetical", f"{tok.text} to have", cue_token=tok)
        if _answered_claim(tok, prev, lex):
            # "rejected the UN finding, insisting that the movement had no ties with Y": a
            # denial of ties made in answer to a claim denies, it disavows nobody (precision22)
            return Modality("denied", tok.text, cue_token=tok)
        held = _conjectured_by_copula(tok, prev, lex)
        if held is not None:  # "the suspicion is that X funds Y": held, not known (written25)
            return Modality("uncertain", held.text, cue_token=held)
        if (
            prev is not None
            and prev.dep_ in ("ccomp", "xcomp")
            and tok.pos_ == "VERB"
            and lemma in lex.conjecture_verbs
        ):  # "analysts speculate that X funds Y": guessed, not known (cues.yaml, neg38)
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                # "it was wishful thinking to believe that ...": the frame that holds the
                # infinitive says more (a word of disbelief keeps its doubt; neg39)
                above = _governing(_path(tok)[1:], cues, lex, child=tok, scope=scope)
                if above.value != "asserted":
                    return above
            return Modality("uncertain", tok.text, cue_token=tok)
        if (
            prev is not None
            and prev.dep_ == "advcl"
            and prev.i > tok.i
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in prev.children)
            and tok.pos_ == "VERB"
            and (lemma in lex.claim_rejecting_verbs or lemma in cues.get("denied", ()))
            and any(
                c.dep_ in ("dobj", "obj") and c.i < prev.i and c.lower_ in lex.claim_nouns
                for c in tok.children
            )
        ):
            # "rejected reports, carried by several outlets, that X met Y": a phrase between
            # the claim noun and its "that" clause makes the parser hang the clause on the
            # verb; it is still what the rejected claim tells (neg39)
            return Modality("denied", tok.text, cue_token=tok)
        held = _forborne_or_intended(tok, prev, lex)
        if held is not None:  # "held off attacking Y", "set out to drive Y out" (neg39)
            return held
        if (
            prev is not None
            and prev.dep_ == "prep"
            and prev.lower_ == "of"
            and tok.pos_ == "VERB"
            and lemma in lex.clearing_verbs
        ):  # "X was cleared of sheltering Y": the charge is taken back (cues.yaml, neg38)
            outer = _own_cues(tok, cues, lex)
            if outer is not None and outer.value != "asserted":
                return Modality("uncertain", outer.cue)  # "may be cleared of": undecided
            return Modality("denied", tok.text, cue_token=tok)
        disbelief = _disbelief(tok, prev, lex)
        if disbelief is not None:  # "it is wishful thinking to believe that X split from Y"
            return Modality("uncertain", disbelief.text, cue_token=disbelief, doubted=True)
        is_speech = lemma in lex.speech and tok.pos_ == "VERB"
        unclaimed = written.negated_claim(tok, lex)  # "neither X nor Y claimed the attack"
        if unclaimed is not None:
            return Modality("negated", unclaimed, cue_token=tok)
        if written.evidential(tok, prev, lex):  # "intercepts suggest that X funds Y"
            return Modality("uncertain", tok.text, cue_token=tok)
        if written.reason_of_charge(tok, prev, lex):  # "sanctioned X for funding Y": the charge
            return Modality("uncertain", f"{tok.head.text} for", cue_token=tok.head)
        if written.promise_modality(tok, prev, lex):  # "pledged to attack X": promised
            return Modality("future", tok.text, cue_token=tok)
        if written.trailing_participle(tok, prev):  # "had not killed X, blaming Y instead"
            return _governing(_path(tok)[1:], cues, lex, child=tok, scope=scope)
        if (
            prev is not None
            and prev.dep_ in ("advcl",)
            and any(c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE for c in prev.children)
        ):
            return Modality("asserted", None)  # a reason or circumstance clause is asserted
        if (
            tok.dep_ == "prep"
            and tok.lower_ in lex.prohibition_background_preps
            and tok.head.lemma_.lower() in cues.get("negated", ())
        ):  # "barred X after its attacks on Y": the attacks are background (round 10)
            return Modality("asserted", None)
        if (
            tok.dep_ == "prep"
            and tok.lower_ in lex.prohibition_background_preps
            and (
                (
                    tok.head.pos_ in ("VERB", "AUX")
                    and tok.head.lemma_.lower()
                    in cues.get("future", frozenset()) | cues.get("hypothetical", frozenset())
                )
                or written.calling_off(tok.head, lex)
            )
        ):
            # What came before a promise, a plan or a calling off is background, told as done:
            # "X and Y agreed a ceasefire after weeks of fighting" (walk52: the promise governs
            # only what it promises), "X called off its strike after talks with Y" ("call"
            # here cancels and asks for nothing; world24). The verb's own hedge or negation
            # and what governs the verb still count ("may have called off ...", "officials
            # denied that X agreed ...").
            own = _own_cues(tok.head, cues, lex)
            if own is not None and own.value != "asserted":
                return own
            return _governing(_path(tok.head)[1:], cues, lex, child=tok.head, scope=scope)
        if (
            tok.dep_ == "prep"
            and tok.lower_ == "against"
            and prev is not None
            and (prev.dep_ == "pcomp")
        ):  # "warned its commanders against cooperating with X": advised not to
            return Modality("hypothetical", f"{tok.head.text} against", cue_token=tok.head)
        if written.grievance_phrase(tok, prev, cues) and not _awaited(tok, lex):
            return Modality("asserted", None)  # "threatened X over its ties to Y"
        if tok.dep_ == "prep" and tok.lower_ in ("because", "due", "owing", "thanks"):
            return Modality("asserted", None)  # "due to its links to X": a reason, asserted
        if (
            prev is not None
            and prev.dep_ == "conj"
            and prev.head.i == tok.i
            and lemma in lex.extraposed_hearsay
            and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in tok.children)
        ):  # "X, it is claimed, met Y": the parser coordinates the aside with the act (neg38)
            return Modality("uncertain", f"it is {tok.text}", cue_token=tok)
        if prev is not None and prev.dep_ == "conj" and prev.head.i == tok.i:
            scoped = written.negation_over_disjunction(tok, prev)
            if scoped is not None:  # "did not shelter X or fund Y": both acts negated
                return Modality("negated", scoped, cue_token=tok)
            # "denied the merger and re-pledged allegiance": a coordinated verb is not under
            # its sibling's meaning; only shared auxiliaries ("will attack and kill") carry
            for child in tok.children:
                if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
                    return Modality("future", child.text)
                if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
                    return Modality("hypothetical", child.text)
            prev = tok
            continue
        if (
            prev is not None
            and prev.dep_ in ("dobj", "obj", "nsubjpass")
            and (tok.lower_ in lex.falsity or tok.lemma_.lower() in lex.falsity)
        ):
            # "rejected as fabricated a report that X armed Y": the parser makes the word of
            # falsity the verb of the report; what the report tells is called untrue (neg39)
            return Modality("denied", tok.text, cue_token=tok)
        # "proved false"; "turned out / proved to be false" (the predicate on "be", round 15)
        predicates = [*tok.children, *(g for c in tok.children
                                       if c.dep_ == "xcomp" and c.lemma_ == "be"
                                       for g in c.children)]  # fmt: skip
        # (never over a clause of time or cause: "X was wrong when it attacked Y", neg45)
        told = prev is None or prev.dep_ != "advcl"
        if told and any(c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in lex.falsity
                        for c in predicates):  # fmt: skip
            return Modality("denied", "false")
        label = next((c for c in predicates if c.dep_ == "attr"
                      and not any(n.dep_ == "neg" for n in c.head.children)
                      and c.lower_ in lex.falsity_labels), None)  # fmt: skip
        if told and label is not None and prev is not None and prev.dep_ in ("nsubj", "nsubjpass"):
            # "reports that X had pledged to Y were enemy propaganda", "... are lies": a label
            # of falsity (cues.yaml ``falsity_labels``) as the predicate noun of the report's
            # copula (written69)
            return Modality("denied", label.text, cue_token=label)
        absurd = next((c for c in predicates if c.dep_ in ("acomp", "attr", "oprd")
                       and c.lemma_.lower() in lex.absurdity_words), None)  # fmt: skip
        if told and absurd is not None and _reported_content(prev, lex):
            # "any suggestion that X armed Y is absurd" (neg45)
            return Modality("denied", absurd.text, cue_token=absurd)
        said_false = _false_predicate_noun(predicates, lex) if told else None
        if said_false is not None:  # "the boast that X had trained Y was an empty one" (neg45)
            return Modality("denied", said_false.text, cue_token=said_false)
        lie = _false_statement_noun(tok, prev, predicates, lex) if told else None
        if lie is not None:  # "it is a lie to say that X funds Y" (stop 62)
            return Modality("denied", lie.text, cue_token=lie)
        if any(c.dep_ == "xcomp" and c.tag_ == "VBN" and c.lower_ in lex.falsity
               and any(a.dep_ == "auxpass" for a in c.children) for c in tok.children):  # fmt: skip
            # "turned out / proved to be fabricated": the parser reads the word of falsity as
            # a passive participle, not the predicate of "be" (neg40)
            return Modality("denied", "false")
        if prev is not None and prev.dep_ in ("ccomp", "csubj", "xcomp"):
            # "it is possible that X funded Y", "it is unclear whether ...": the predicate
            for c in tok.children:
                word = c.lemma_.lower()
                if c.dep_ in ("acomp", "attr") and (
                    word in lex.hedges or word in cues.get("uncertain", ())
                    or word in cues.get("hypothetical", ())
                ):  # fmt: skip
                    return Modality("uncertain", c.text)
        if (
            prev is not None
            and prev.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children)
        ):
            # "rejected calls from X to cut ties with Y": the parser hangs the infinitive on
            # the verb; it is what the call (request, demand, appeal) asks for
            asked = next((c for c in tok.children if c.dep_ in ("dobj", "obj")
                          and c.lemma_.lower() in cues.get("hypothetical", ())), None)  # fmt: skip
            if asked is not None:
                return Modality("hypothetical", asked.text, cue_token=asked)
        if prev is not None and prev.dep_ in ("ccomp", "advcl") and _that_clause(prev):
            # "reiterated its demand today that Y free ...": the parser hangs the that-clause
            # on the verb, not on the demand noun it belongs to (peers17)
            asked = _asking_object(tok, cues)
            if asked is not None:
                return Modality("hypothetical", asked.text, cue_token=asked)
        if (
            prev is not None
            and prev.dep_ in ("xcomp", "ccomp", "advcl")
            and tok.pos_ == "VERB"
            and lemma in lex.directive_verbs
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children)
        ):  # "X instructed its fighters to raid Y": told to, not done (stop 32)
            return Modality("hypothetical", tok.text, cue_token=tok)
        if (
            prev is not None
            # ("advcl": the parser may hang "to maintain" on "was assessed" as a purpose)
            and prev.dep_ in ("ccomp", "xcomp", "advcl")
            and (lemma in lex.passive_belief or lemma in lex.passive_hearsay)
            and any(c.dep_ == "auxpass" for c in tok.children)
            and not any(c.dep_ in ("neg", "aux") or c.lower_ in lex.hedges for c in tok.children)
        ):  # "X is believed to be helping Y", "X is said to have funded Y": nobody owns it
            return Modality("uncertain", tok.text, cue_token=tok)
        if (
            prev is not None
            and prev.dep_ == "xcomp"
            and lemma in lex.passive_hearsay
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children)
            and not any(c.dep_ in ("dobj", "obj", "dative", "prep") for c in tok.children)
        ):  # headline "X said to shelter Y" ('is' dropped): hearsay all the same (precision23)
            return Modality("uncertain", tok.text, cue_token=tok)
        if (
            prev is not None
            and prev.dep_ == "ccomp"
            and lemma in lex.extraposed_hearsay
            and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in tok.children)
        ):  # "it is said / reported / claimed that X sheltered Y": hearsay (precision23)
            return Modality("uncertain", tok.text, cue_token=tok)
        if (
            prev is not None
            and prev.dep_ == "xcomp"
            and prev.tag_ == "VBN"
            and lemma in lex.passive_belief
            and tok.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in ("dobj", "obj", "nsubj") for c in prev.children)
        ):  # headline "soldiers feared killed", "commander believed killed": no believer
            return Modality("uncertain", tok.text, cue_token=tok)
        if prev is not None and prev.dep_ in ("ccomp", "xcomp", "csubj"):
            subject = _negative_subject(tok, lex)
            if subject is not None:  # "nothing suggests that X stopped ...": not asserted
                return Modality("uncertain", subject)
        if written.imminent(tok, prev, lex):  # "were due to meet X", "close to a deal"
            return Modality("future", tok.text, cue_token=tok)
        if written.prospect_of(tok, prev, lex):  # "the prospect of talks with X"
            return Modality("hypothetical", tok.text, cue_token=tok)
        if written.not_yet(tok, prev):  # "the Taliban have yet to break with X"
            return Modality("negated", f"{tok.text} yet", cue_token=tok)
        if prev is not None and written.scant_grounds(tok, lex):
            # "there is little reason to believe that X funds Y" (round 15)
            return Modality("uncertain", tok.text, cue_token=tok)
        if prev is not None and written.doubt_removed(tok, lex):
            # "there is little doubt that X trained Y": the doubt is denied (round 10); what
            # governs the doubt still counts ("officials said there was no doubt ...")
            return _governing(_path(tok)[1:], cues, lex, child=tok, scope=scope)
        if _denial_with_own_statement(tok, prev, lex):
            # "dismissed the charges, saying that it had arrested Y": what the denier says in
            # the participle is its own statement, not what it denies (precision23)
            return _governing(_path(tok)[1:], cues, lex, child=tok, scope=scope)
        if not is_speech and _concurred_fact(tok, prev, lex):
            # "analysts agree that IS-K attacked Y": a past fact agreed on, no act agreed to
            # (neg43); what governs the agreeing still counts
            prev = tok
            continue
        if not is_speech:
            done = _negated_implicative(tok, prev, lex)
            if done is not None:  # "did not hesitate to attack Y": it attacked (neg43)
                return (
                    done
                    if done.value != "asserted"
                    else _governing(_path(tok)[1:], cues, lex, child=tok, scope=scope)
                )
            if prev is not None and written.stops_short(tok, lex):
                return Modality("negated", f"{tok.text} short", cue_token=tok)
            if lemma in cues.get("negated", ()) and prev is not None:
                return Modality("negated", tok.text, cue_token=tok)  # "failed to attack"
            if lemma in cues.get("denied", ()) and prev is not None:
                return Modality("denied", tok.text, cue_token=tok)
            if lemma in cues.get("uncertain", ()) or lower in cues.get("uncertain", ()):
                return Modality("uncertain", tok.text, cue_token=tok)
            found = _own_cues(tok, cues, lex)
            if found is not None:
                return found
            # "bombed what the army called Y's hideouts, prompting X to ...": an adverbial
            # clause the parser hangs on a naming "call" is not asked for (round 15)
            naming = (
                prev is not None
                and prev.dep_ == "advcl"
                and prev.tag_ == "VBG"
                and written.naming_use(tok)
            )
            hypothetical = cues.get("hypothetical", ())
            if (lemma in hypothetical or lower in hypothetical) and not naming:
                return Modality("hypothetical", tok.text, cue_token=tok)
            if (
                prev is not None
                and prev.dep_ in ("xcomp", "ccomp", "advcl")
                and _request_verb(lemma, lex)
                and not naming
            ):  # "implored X to attack Y": what an appeal or demand asks for has not happened
                return Modality("hypothetical", tok.text)
            if written.reluctant_act(tok, prev, lex):  # "unwilling to hand X over"
                return Modality("hypothetical", tok.text, cue_token=tok)
            if written.offered_act(tok, prev, lex):  # "offered to mediate": not yet done
                return Modality("future", tok.text, cue_token=tok)
            if lemma in cues.get("future", ()) or lower in cues.get("future", ()):
                neg = written.negated_readiness(tok)  # "is not willing to withdraw"
                if neg is not None:
                    return Modality("negated", f"{neg} {tok.text}", cue_token=tok)
                return Modality("future", tok.text)
        elif any(c.dep_ == "neg" for c in tok.children):
            return Modality("uncertain", f"not {tok.text}")  # "did not say that ..."
        elif (nowhere := _negating_adverb(tok, lex) or _fronted_negation(tok, lex)) is not None:
            # "Nowhere does the report say that X armed Y": as "did not say" (neg43)
            return Modality("uncertain", f"{nowhere.text} {tok.text}")
        elif written.denied_source(tok, lex) is not None:
            # "reports, which Islamabad denied, said X met Y": a denied report (precision22)
            return Modality("denied", written.denied_source(tok, lex), cue_token=tok)
        elif prev is not None and (granted := written.conceded_doubt(tok, prev, lex)) is not None:
            # "said X armed Y, though they admitted they had little evidence" (neg43)
            return Modality("uncertain", granted.text, cue_token=tok)
        elif written.doubted_source(tok, lex) is not None:
            # "unconfirmed reports said X met Y", "rumours say ...": nobody vouches for it
            return Modality("uncertain", written.doubted_source(tok, lex), cue_token=tok)
        elif tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues.get("negated", ()):
            return Modality("uncertain", f"{tok.head.text} {tok.text}")  # "unable to confirm"
        elif lemma in cues.get("uncertain", ()) and lemma not in lex.claim_words:
            # "X tipped off Y, an official alleged": reported, and only as an allegation
            return Modality("uncertain", tok.text, cue_token=tok)
        prev = tok
    return Modality("asserted", None)


def _denial_with_own_statement(tok: Any, prev: Any, lex: Lexicon) -> bool:
    """True when ``tok`` is a verb of denial with an object of its own ("dismissed the
    charges", "denied the reports") and ``prev`` a participle of saying it governs, with no
    subject of its own ("..., saying that it had arrested Y"): the denier denies its object
    and states the participle's clause, which its denial does not reach (precision23)."""
    if prev is None or prev.dep_ != "advcl" or prev.tag_ != "VBG" or tok.pos_ != "VERB":
        return False
    if prev.lemma_.lower() not in lex.speech or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in prev.children
    ):
        return False
    if tok.lemma_.lower() not in lex.modality.get("denied", ()):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.i < prev.i for c in tok.children)


@dataclass
class Attribution:
    speaker: str | None
    speaker_tokens: Any = None
    channel: str | None = None
    skeptical: str | None = None
    how: str | None = None
    verb: Any = None
    pronoun: bool = False  # the speaker is "he", "she" or "they" (resolved by the document)

    def covers(self, trigger: Any) -> bool:
        """Whether an event's trigger is within what the speaker says. A speech verb with a
        complement of its own, coordinated after a clause of the reporter's ("X clashed with
        Y, and the group said it had cut ties"), reports its complement, not that clause."""
        verb = self.verb
        if verb is None or trigger is None or trigger.i == verb.i:
            return True
        if trigger.i < verb.i and any(
            semicolon_apart(t) for t in (trigger, *trigger.ancestors) if t.i < verb.i
        ):
            return False  # "X clashed with Y; the group said ...": the reporter's clause
        if verb.left_edge.i <= trigger.i <= verb.right_edge.i:
            return True
        own = any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children)
        return not (own and verb.dep_ == "conj" and trigger.is_ancestor(verb))


def _after_dateline(sdoc: Any, span: Any) -> Any:
    """``span`` without a wire dateline that opens the sentence ("RAMADI, Iraq, Sept. 18,
    2006 - Tribal sheikhs ... said": the sheikhs speak, not the dateline)."""
    from riftwatch.nlp.headline import wire_dateline_end

    if span.start != 0:
        return span
    cut = wire_dateline_end(sdoc.user_data.get("text") or sdoc.text)  # the real text
    if cut <= 0:
        return span
    first = next((t.i for t in span if t.idx >= cut and not (t.is_punct or t.is_space)), None)
    return span if first is None else sdoc[first : span.end]


def attribution_of(sdoc: Any, lex: Lexicon) -> Attribution:
    """Who reports the sentence's events, through which channel, with what doubt."""
    lower = sdoc.text.lower()
    speaker = None
    span = None
    how = None
    verb = None
    pronoun = False
    for tok in sdoc:
        phrase_head = None
        if tok.lower_ == "according" and tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].lower_ == "to":
            phrase_head = next((c for c in sdoc[tok.i + 1].children if c.dep_ == "pobj"), None)
            how = "according to"
        elif tok.lower_ in ("citing", "quoting") and tok.dep_ != "ROOT":
            phrase_head = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
            how = tok.lower_
        if phrase_head is not None:
            span = sdoc[phrase_head.left_edge.i : phrase_head.right_edge.i + 1]
            speaker = span.text.strip(" ,.")
            if how == "according to":
                break
            speaker, span = None, None  # "citing evidence": a channel, keep looking
    if speaker is None:
        for tok in sdoc:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.speech and tok.lemma_ != "warn":
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subj is None and tok.dep_ == "conj":  # "officials were wary and said ..."
                    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                has_comp = any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or (
                    tok.dep_ in ("parataxis", "ROOT", "ccomp")
                )
                personal = subj is not None and subj.lower_ in ("he", "she", "they")
                if (
                    subj is not None
                    and has_comp
                    and subj.pos_ != "PRON"
                    or (personal and tok.dep_ == "parataxis")
                ):
                    span = _after_dateline(sdoc, sdoc[subj.left_edge.i : subj.right_edge.i + 1])
                    speaker = span.text.strip(" ,.")
                    how = f"subject of '{tok.text}'"
                    verb = tok
                    pronoun = personal
                    break
                if personal and has_comp and tok.dep_ == "ROOT":
                    # "He stated that ...": the speaker named in an earlier sentence, if any
                    # (extract.code_sentence); else the reporter's, as before
                    span = sdoc[subj.i : subj.i + 1]
                    how = f"pronoun subject of '{tok.text}'"
                    verb = tok
                    pronoun = True
                    break
    channel = None
    for name, words in lex.channels.items():
        if any(f" {w} " in f" {lower} " or f" {w}," in f" {lower} " for w in words):
            channel = name
            break
    skeptical = next((t.text for t in sdoc if t.lower_ in lex.skepticism), None)
    if speaker:  # a line break inside the speaker's phrase (PDF text) is a space
        speaker = " ".join(speaker.split())
    return Attribution(speaker, span, channel, skeptical, how, verb, pronoun)


__all__ = [
    "ATTRIBUTION_NAME",
    "NAME",
    "Attribution",
    "Modality",
    "attribution_of",
    "cessation",
    "modality_of",
    "order_to_shun",
    "withdrawal",
]


def _performed_by_light_verb(trigger: Any, cues: dict[str, frozenset[str]], lex: Lexicon
                             ) -> Modality | None:  # fmt: skip
    """A nominal event that a verb performs takes that verb's own cues, not its meaning.

    "X announced/declared a merger with Y" (a verb of saying used as a light verb): the
    announcement is the act, so "may announce", "will announce", "did not announce" carry
    over and the saying itself asserts nothing less. "X vowed allegiance to Y": a pledge noun
    (cues.yaml performed_pledges) as object of a verb of promising is the pledge made, not a
    promise of one. None when neither applies.
    """
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("dobj", "obj"):
        return None
    head = trigger.head
    lemma = head.lemma_.lower()
    speech_light = lemma in lex.light_verbs and lemma in lex.speech
    pledge = trigger.lemma_.lower() in lex.performed_pledges and lemma in cues.get("future", ())
    if not (speech_light or pledge):
        return None
    if pledge:
        return _verb_as_the_act(head, cues, lex)
    return _own_cues(head, cues, lex)


def _agreement_made(trigger: Any, cues: dict[str, frozenset[str]], lex: Lexicon
                    ) -> Modality | None:  # fmt: skip
    """An agreement noun in the "to"/"on" phrase of a verb of agreeing is the agreement made.

    "X agreed to a truce with Y" (cues.yaml ``agreeing_verbs``): the verb is the act, so its
    own cues ("may agree", "did not agree") and what governs it ("denied that it had agreed
    to a truce") decide, not the "agree to do" reading that makes an act agreed on future.
    None when the trigger is not such a phrase.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("The Taliban agreed to a truce with the TTP.")
    >>> _agreement_made(doc[5], load().modality, load()).value
    'asserted'
    >>> doc = nlp()("The Taliban denied that they had agreed to a truce with the TTP.")
    >>> _agreement_made(doc[9], load().modality, load()).value
    'denied'
    """
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    verb = prep.head
    if prep.lower_ not in ("to", "on", "upon") or verb.lemma_.lower() not in lex.agreeing_verbs:
        return None
    return _verb_as_the_act(verb, cues, lex)


def _verb_as_the_act(verb: Any, cues: dict[str, frozenset[str]], lex: Lexicon) -> Modality:
    """The modality of a nominal event that ``verb`` performs ("vowed allegiance", "agreed
    to a truce"): the verb's own cues, else what governs the verb."""
    own = _own_cues(verb, cues, lex)
    if own is not None:
        return own
    return _governing(_path(verb)[1:], cues, lex, child=verb)


def _blocked_proposal(trigger: Any, lex: Any) -> Any:
    """The verb that blocks the proposal whose participle ``trigger`` is: "X vetoed a
    resolution condemning Y" (cues.yaml ``blocking_verbs``, ``proposal_nouns``): what the
    blocked resolution would have done is not done. None otherwise.

    >>> from riftwatch.nlp.lexicon import load
    >>> from riftwatch.nlp.parse import nlp
    >>> doc = nlp()("Kenya vetoed a resolution condemning Uganda.")
    >>> _blocked_proposal(doc[4], load()).text
    'vetoed'
    """
    noun = trigger.head
    if trigger.dep_ not in ("acl", "relcl") or noun.i == trigger.i:
        return None
    if noun.pos_ != "NOUN" or noun.lower_ not in lex.proposal_nouns:
        return None
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB":
        return None
    return verb if verb.lemma_.lower() in lex.blocking_verbs else None


def _attempting_word(trigger: Any, lex: Lexicon) -> Any:
    """The verb or noun of attempting whose infinitive ``trigger`` is ("tried to storm",
    cues.yaml ``attempt_verbs``; "an attempt to storm" told as made, ``attempt_nouns``),
    else None."""
    if trigger.pos_ != "VERB":
        return None
    head = trigger.head
    if trigger.dep_ == "xcomp":
        return head if head.pos_ == "VERB" and head.lemma_.lower() in lex.attempt_verbs else None
    if (
        trigger.dep_ == "acl"
        and head.pos_ == "NOUN"
        and head.lower_ in lex.attempt_nouns
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        # "opened fire in an attempt to kill P": made by the act the "in" phrase is on, whose
        # cues govern it (written23)
        and (_attempt_made(head, lex) or written.attempt_adjunct_verb(trigger, lex) is not None)
    ):
        return head
    return None


def _attempt_made(noun: Any, lex: Lexicon) -> bool:
    """Is a noun of attempting (cues.yaml ``attempt_nouns``) told as made: the subject of its
    clause ("the attempt failed", "the bid was repulsed") or the object of a verb that makes,
    claims or meets it (``attempt_noun_verbs``: "claimed / foiled the attempt to kill P")?
    Under any other verb ("feared an attempt to kill P") it stays intended (written22)."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    head = noun.head
    return (
        noun.dep_ in ("dobj", "obj")
        and head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() in lex.attempt_noun_verbs
    )
