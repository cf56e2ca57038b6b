"""Modality of an event and the attribution of its sentence.

Registered as ``modality.rules.v1`` and ``attribution.rules.v1``.

Modality is read off the path from the event's trigger up to the root of the
sentence: the closest governing cue wins. A relative clause is a boundary (its
events keep their own modality); verbs of saying are transparent (they attribute,
they do not doubt). Refusals are not negations: "refused to shelter X" is an
asserted REJECT, coded as such by the coder before modality is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from riftwatch.nlp.lexicon import COOPERATIVE, Lexicon

NAME = "modality.rules.v1"
ATTRIBUTION_NAME = "attribution.rules.v1"

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "would", "should", "ca", "can"})
COMPLEMENT_DEPS = frozenset(
    {"xcomp", "ccomp", "csubj", "csubjpass", "advcl", "pcomp", "pobj", "prep", "acomp",
     "dobj", "nsubj", "nsubjpass", "attr", "conj", "acl", "appos", "oprd", "npadvmod"}
)  # fmt: skip


@dataclass
class Modality:
    value: str
    cue: str | None
    distancing: bool = False  # a cooperative event under reluctance: an asserted REJECT


def modality_of(trigger: Any, event_type: str, lex: Lexicon) -> Modality:
    """The modality of the event whose trigger token is ``trigger``."""
    cues = lex.modality
    node = trigger
    path = [trigger]
    while node.head.i != node.i and node.dep_ not in ("relcl",):
        node = node.head
        path.append(node)
    # 1. cues attached to the trigger itself: negation, modal and future auxiliaries
    own = _own_cues(trigger, cues)
    cooperative = event_type in COOPERATIVE
    # cooperation that is the object of a rejection ("shunning contacts with X", "cut
    # ties with X") is what is rejected, not something asserted
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj"):
        entry = lex.verbs.get(trigger.head.lemma_.lower())
        if entry and entry.get("type") in ("REJECT", "SANCTION"):
            return Modality("negated", trigger.head.text)
    # the complement of a refusal did not happen: "refused to shelter X" codes the
    # refusal (REJECT, asserted) and the sheltering as negated
    for tok in path[1:]:
        entry = lex.verbs.get(tok.lemma_.lower())
        if entry and entry.get("frame") == "refusal" and tok.pos_ == "VERB":
            return Modality("negated", tok.text)
        if tok.dep_ in ("relcl",):
            break
    # reluctance anywhere up the path turns cooperation into distancing (asserted)
    if cooperative:
        for tok in path[1:]:
            lemma = tok.lemma_.lower()
            if lemma in lex.reluctance or tok.lower_ in lex.reluctance:
                outer = _governing(path[path.index(tok) :], cues, lex)
                if outer.value in ("asserted",):
                    return Modality("asserted", tok.text, distancing=True)
                return Modality(outer.value, outer.cue, distancing=True)
            if lemma in lex.reluctance_negated and any(c.dep_ == "neg" for c in tok.children):
                outer = _governing(path[path.index(tok) + 1 :], cues, lex)
                if outer.value == "asserted":
                    return Modality("asserted", f"not {tok.text}", distancing=True)
    if own is not None:
        return own
    governing = _governing(path[1:], cues, lex, child=trigger)
    # "the Haqqani network's attack on the embassy": an attack named with its author
    # presupposes that it took place, whatever is said about it (praise, accusation, doubt
    # about who backed it); only a denial or negation takes that back
    if (
        trigger.pos_ == "NOUN"
        and event_type in ("ASSAULT", "COERCE")
        and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in trigger.children)
        and governing.value in ("uncertain", "hypothetical", "future")
    ):
        return Modality("asserted", None)
    return governing


def _own_cues(tok: Any, cues: dict[str, frozenset[str]]) -> Modality | None:
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return Modality("negated", child.text)
        if child.lower_ in ("longer", "more") and any(g.lower_ == "no" for g in child.children):
            return Modality("negated", "no " + child.lower_)  # "no longer funds X"
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass"):
            lower = child.lower_
            if lower in FUTURE_AUX:
                return Modality("future", child.text)
            if lower in HYPOTHETICAL_AUX:
                return Modality("hypothetical", child.text)
        if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
            return Modality("hypothetical", child.text)
        if child.dep_ == "mark" and child.lower_ == "whether":
            return Modality("uncertain", child.text)
    return None


def _governing(path: list[Any], cues: dict[str, frozenset[str]], lex: Lexicon,
               child: Any = None) -> Modality:  # fmt: skip
    """Walk up: the first governing cue decides."""
    prev = child
    for tok in path:
        lemma = tok.lemma_.lower()
        lower = tok.lower_
        is_speech = lemma in lex.speech and tok.pos_ == "VERB"
        if (
            prev is not None
            and prev.dep_ in ("advcl",)
            and any(
                c.dep_ == "mark"
                and c.lower_ in ("because", "as", "since", "after", "when", "while")
                for c in prev.children
            )
        ):
            return Modality("asserted", None)  # a reason or circumstance clause is asserted
        if any(c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in lex.falsity
               for c in tok.children):  # fmt: skip
            return Modality("denied", "false")
        if not is_speech:
            if lemma in cues.get("negated", ()) and prev is not None:
                return Modality("negated", tok.text)  # "failed to attack"
            if lemma in cues.get("denied", ()) and prev is not None:
                return Modality("denied", tok.text)
            if lemma in cues.get("uncertain", ()) or lower in cues.get("uncertain", ()):
                return Modality("uncertain", tok.text)
            found = _own_cues(tok, cues)
            if found is not None:
                return found
            if lemma in cues.get("hypothetical", ()) or lower in cues.get("hypothetical", ()):
                return Modality("hypothetical", tok.text)
            if lemma in cues.get("future", ()) or lower in cues.get("future", ()):
                return Modality("future", tok.text)
        elif any(c.dep_ == "neg" for c in tok.children):
            return Modality("uncertain", f"not {tok.text}")  # "did not say that ..."
        prev = tok
    return Modality("asserted", None)


@dataclass
class Attribution:
    speaker: str | None
    speaker_tokens: Any = None
    channel: str | None = None
    skeptical: str | None = None
    how: str | None = None


def attribution_of(sdoc: Any, lex: Lexicon) -> Attribution:
    """Who reports the sentence's events, through which channel, with what doubt."""
    lower = sdoc.text.lower()
    speaker = None
    span = None
    how = None
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
                has_comp = any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or (
                    tok.dep_ in ("parataxis", "ROOT", "ccomp")
                )
                if (
                    subj is not None
                    and has_comp
                    and subj.pos_ != "PRON"
                    or (
                        subj is not None
                        and subj.lower_ in ("he", "she", "they")
                        and tok.dep_ == "parataxis"
                    )
                ):
                    span = sdoc[subj.left_edge.i : subj.right_edge.i + 1]
                    speaker = span.text.strip(" ,.")
                    how = f"subject of '{tok.text}'"
                    break
    channel = None
    for name, words in lex.channels.items():
        if any(f" {w} " in f" {lower} " or f" {w}," in f" {lower} " for w in words):
            channel = name
            break
    skeptical = next((t.text for t in sdoc if t.lower_ in lex.skepticism), None)
    return Attribution(speaker, span, channel, skeptical, how)


__all__ = ["ATTRIBUTION_NAME", "NAME", "Attribution", "Modality", "attribution_of", "modality_of"]
