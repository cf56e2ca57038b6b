"""The learned layer: a linear classifier over actor pairs that no pattern connects.

Registered as ``learned.pair-2`` (the model's version is part of the coder version). Where two
actors share a sentence and the rule coder (:mod:`riftwatch.nlp.code`) gave no event between
them in either direction, a multinomial logistic regression predicts the PLOVER type of the
ordered pair, or none, from the sentence: sparse lexical features (lemmas on the dependency
path between the two mentions, the words that govern each mention and their relations, the
words between them, prepositions, order and distance, the actors' kinds) and, when the model
was trained with them, spaCy's own token vectors (``doc.tensor``, free after the parse)
averaged over the path. The model is trained by ``scripts/train_pair_model.py`` and shipped
in ``nlp/models/`` with a manifest (sources, counts, checksums, metrics).

Modality stays rule-based and wins: every word on the path between the two mentions is read
by :func:`riftwatch.nlp.modality.modality_of`; the first that is not asserted (negated,
denied, hypothetical, future, uncertain) becomes the event's trigger, so the event carries
that modality and is never asserted. A learned event carries a lower confidence and a
``why`` entry naming the stage and its score. Pairs the labelling conventions exclude are not
scored: a mention inside the other's phrase ("members of the Quetta shura", "Pakistan's
ISI"), two mentions of one organisation, places.

The setting ``learned_layer`` (``RIFTWATCH_LEARNED_LAYER=1``) turns the layer on; it is off by
default because it did not improve the held-out scores (benchmarks/results.md).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_NAME = "pair-2"
NAME = f"learned.{MODEL_NAME}"
STRENGTH_SCALE = 0.6
"""A learned event's evidence score is the rule score of its actors times this: learned
events rank below events a pattern found."""
CAPTURE: list[dict[str, Any]] | None = None
"""When a list, :func:`propose` appends every candidate pair (connected ones too) with its
features, for ``scripts/train_pair_model.py``; nothing else changes."""
_CONTENT = frozenset({"VERB", "NOUN", "PROPN", "ADJ", "ADV", "ADP", "AUX", "PART", "NUM"})
_INSIDE = frozenset({"compound", "poss", "amod", "nmod", "appos", "case"})
_SKIP_TYPES = frozenset({"place"})
LEX = "LEX"
"""The label that says: the type the lexicon gives the pair's path word (see
:func:`path_type`), so the model decides whether a pair is related and the lexicon which
way."""


@dataclass
class Candidate:
    """An ordered actor pair of one sentence and what the model reads of it."""

    source: Any
    target: Any
    features: list[str]
    dense: np.ndarray | None
    trigger: Any
    modality: str
    cue: str | None
    connected: bool
    rule_types: list[str] = field(default_factory=list)
    lex_type: str | None = None


@dataclass
class PairModel:
    """Weights over named features plus an optional dense block; see :func:`load_model`."""

    version: str
    labels: list[str]
    index: dict[str, int]
    weights: np.ndarray  # (n_sparse + n_dense, n_labels)
    bias: np.ndarray
    dense_dims: int
    threshold: float
    sha256: str
    gate: bool = False

    def scores(self, features: list[str], dense: np.ndarray | None) -> np.ndarray:
        """Probabilities of each label for one candidate."""
        rows = [self.index[f] for f in features if f in self.index]
        logits = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        if self.dense_dims and dense is not None:
            logits = logits + dense @ self.weights[len(self.index) :]
        logits = logits - logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()


_OBJECT = frozenset({"dobj", "pobj", "dative", "attr"})


def gated(features: list[str]) -> bool:
    """Does the pair's path run through one verb that has the source as its subject (or its
    passive's agent) and the target as an object (directly or through one preposition, or as
    the passive's subject)? The structural gate a model trained with ``--gate`` applies
    before it is asked."""
    fs = set(features)
    if "lcapos:VERB" not in fs and "lcapos:AUX" not in fs:
        return False
    sd = next((f[3:] for f in features if f.startswith("sd:")), "")
    td = next((f[3:] for f in features if f.startswith("td:")), "")
    shape = next((f[6:] for f in features if f.startswith("shape:")), "")
    up, _, down = shape.partition("^")
    ups = [x for x in up.split("|") if x]
    downs = [x for x in down.split("|") if x]
    if sd == "pobj" and ups == ["agent"]:  # "Y was attacked by X"
        return td == "nsubjpass" and not downs
    if sd != "nsubj" or ups:
        return False
    return td in _OBJECT and len(downs) <= 1 and downs != ["agent"]


def enabled() -> bool:
    """Is the layer switched on (setting ``learned_layer``) and its model present?"""
    from riftwatch import settings

    return bool(settings.get("learned_layer")) and _model_present()


@cache
def _model_present() -> bool:
    return (MODEL_DIR / f"{MODEL_NAME}.npz").is_file()


def stages() -> tuple[str, ...]:
    """The stage name with the model's checksum, for the coder version; () when off."""
    if not enabled():
        return ()
    return (f"{NAME}-{load_model().sha256[:8]}",)


@cache
def load_model(path: str | None = None) -> PairModel:
    """The shipped model (or the one at ``path``: a ``.npz`` with its ``.json`` beside it)."""
    npz = Path(path) if path else MODEL_DIR / f"{MODEL_NAME}.npz"
    meta = json.loads(npz.with_suffix(".json").read_text("utf-8"))
    data = np.load(npz)
    return PairModel(
        version=meta["version"],
        labels=list(meta["labels"]),
        index={f: i for i, f in enumerate(meta["features"])},
        weights=data["weights"].astype(np.float32),
        bias=data["bias"].astype(np.float32),
        dense_dims=int(meta.get("dense_dims", 0)),
        threshold=float(meta["threshold"]),
        sha256=hashlib.sha256(npz.read_bytes()).hexdigest(),
        gate=bool(meta.get("gate", False)),
    )


_OVERRIDE: list[PairModel] = []
"""A model set by :func:`use_model` (cross-validation in the training script)."""


def use_model(model: PairModel | None) -> None:
    """Code with ``model`` instead of the shipped one (None: back to the shipped one)."""
    _OVERRIDE.clear()
    if model is not None:
        _OVERRIDE.append(model)


def _mentions(actor_of: dict[int, Any]) -> list[tuple[int, int, Any]]:
    """Contiguous token spans ``(first, last, actor)`` of the sentence's actor mentions."""
    spans: list[tuple[int, int, Any]] = []
    for i in sorted(actor_of):
        actor = actor_of[i]
        if spans and spans[-1][1] == i - 1 and spans[-1][2] is actor:
            spans[-1] = (spans[-1][0], i, actor)
        else:
            spans.append((i, i, actor))
    # unattributed armed men ("militants") stay out: the layer never guesses their group,
    # and a named group before them ("Baloch militants") is its own mention
    return [s for s in spans if (s[2].type or "") not in _SKIP_TYPES and not s[2].weak]


_LOCATIVE = frozenset("in near at around outside inside across into throughout within from".split())


def _is_place(sdoc: Any, span: tuple[int, int, Any], actor_of: dict[int, Any]) -> bool:
    """A country named as a place (LABELLING.md: a place is not an actor): a modifier of a
    noun that is no actor ("Afghan clashes", "Pakistani soil"), or after a locative
    preposition ("in Afghanistan")."""
    if (span[2].type or "") != "country":
        return False
    head = _head(sdoc, span[0], span[1])
    if head.dep_ in ("amod", "compound", "nmod") and head.head.i not in actor_of:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE


def _head(sdoc: Any, first: int, last: int) -> Any:
    return sdoc[first : last + 1].root


def _ancestors(tok: Any) -> list[Any]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _path(a: Any, b: Any) -> tuple[list[Any], list[Any], Any]:
    """(up from a, down to b, lowest common ancestor), each list excluding a, b and the LCA."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    in_b = {t.i: n for n, t in enumerate(up_b)}
    for n, tok in enumerate(up_a):
        if tok.i in in_b:
            return up_a[1:n], list(reversed(up_b[1 : in_b[tok.i]])), tok
    return up_a[1:], list(reversed(up_b[1:])), up_a[-1]


def _inside(a_head: Any, b_span: tuple[int, int], up: list[Any], lca: Any) -> bool:
    """Is mention a a modifier inside mention b's phrase (or b's head's "of" phrase)?"""
    first, last = b_span
    if first <= lca.i <= last and not up and a_head.dep_ in _INSIDE:
        return True  # "Pakistan's ISI", "ISI of Pakistan" via compound/poss/appos
    if first <= lca.i <= last and len(up) <= 1:
        via = [a_head, *up]
        return all(t.dep_ in (*_INSIDE, "pobj", "prep") for t in via) and any(
            t.lower_ in ("of", "from", "within", "inside") for t in up
        )
    return False


def _lemma(tok: Any) -> str:
    return tok.lemma_.lower() if tok.pos_ != "NUM" else "<num>"


def lex_type(tok: Any, lex: Any) -> str | None:
    """The PLOVER type the lexicon gives a word (events.yaml, then the base dictionary for a
    verb), or None: what the ``LEX`` label stands for."""
    if lex is None:
        return None
    _key, entry = lex.trigger_entry(tok)
    if entry is None and tok.pos_ == "VERB" and getattr(lex, "base", None) is not None:
        entry = lex.base.entry(tok.lemma_.lower())
    return (entry or {}).get("type") or None


def path_type(path: list[Any], lca: Any, lex: Any) -> tuple[Any, str] | None:
    """(word, type) of the word that gives the pair's path its lexicon type: the lowest
    common ancestor first, then the path's verbs, then its other words."""
    order = [lca, *[t for t in path if t.pos_ == "VERB"], *path]
    for tok in order:
        found = lex_type(tok, lex)
        if found:
            return tok, found
    return None


def featurize(
    sdoc: Any,
    a: tuple[int, int, Any],
    b: tuple[int, int, Any],
    headline: bool,
    dense_dims: int = 0,
    lex: Any = None,
) -> tuple[list[str], np.ndarray | None, Any, list[Any]] | None:
    """(features, dense vector, LCA, path tokens) of the ordered pair a -> b, or None when the
    pair is one phrase (a modifier of the other)."""
    ha, hb = _head(sdoc, a[0], a[1]), _head(sdoc, b[0], b[1])
    up, down, lca = _path(ha, hb)
    if _inside(ha, (b[0], b[1]), up, lca) or _inside(hb, (a[0], a[1]), list(reversed(down)), lca):
        return None
    feats = [
        "bias",
        f"st:{a[2].type}",
        f"tt:{b[2].type}",
        f"sd:{ha.dep_}",
        f"td:{hb.dep_}",
        f"sdh:{ha.dep_}_{_lemma(ha.head)}",
        f"tdh:{hb.dep_}_{_lemma(hb.head)}",
        f"lca:{_lemma(lca)}",
        f"lcapos:{lca.pos_}",
    ]
    if headline:
        feats.append("headline")
    src_first = a[0] < b[0]
    feats.append("order:src_first" if src_first else "order:tgt_first")
    lo, hi = (a[1] + 1, b[0]) if src_first else (b[1] + 1, a[0])
    between = [t for t in sdoc[lo:hi] if t.pos_ in _CONTENT and not t.is_punct]
    gap = hi - lo
    feats.append(f"dist:{min(gap, 12) if gap < 6 else ('mid' if gap < 13 else 'far')}")
    if len(between) > 12:
        between = between[:6] + between[-6:]
    feats += [f"b:{_lemma(t)}" for t in between]
    feats += [f"bd:{'s' if src_first else 't'}:{_lemma(t)}" for t in between if t.pos_ == "VERB"]
    path = [*up, lca, *down] if lca.i not in (ha.i, hb.i) else [*up, *down]
    feats += [f"u:{t.dep_}_{_lemma(t)}" for t in up]
    feats += [f"d:{t.dep_}_{_lemma(t)}" for t in down]
    feats += [f"p:{_lemma(t)}" for t in path]
    feats.append("pathlen:" + str(min(len(path), 5)))
    feats += [f"prep:{t.lower_}" for t in path if t.dep_ in ("prep", "agent")]
    typed = path_type(path, lca, lex)
    if typed is not None:
        kind = "lca" if typed[0].i == lca.i else "path"
        feats += [f"lt:{typed[1]}", f"lt{kind}", f"ltshape:{typed[1]}:{ha.dep_}:{hb.dep_}"]
    else:
        feats.append("lt:none")
    feats += [f"ltb:{t}" for t in {lex_type(x, lex) for x in between} - {None}]
    shape = "|".join([*(t.dep_ for t in up), "^", *(t.dep_ for t in down)])
    feats.append(f"shape:{shape}")
    feats.append(f"shapel:{shape}|{_lemma(lca)}")
    for t in path:
        if t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ in ("prt", "dobj") and c.i not in range(a[0], a[1] + 1):
                    feats.append(f"vo:{_lemma(t)}_{_lemma(c)}")
    dense = None
    if dense_dims and sdoc.tensor is not None and sdoc.tensor.shape[0] == len(sdoc):
        idx = [t.i for t in path] or list(range(min(a[1], b[1]) + 1, max(a[0], b[0]))) or [lca.i]
        dense = np.asarray(sdoc.tensor[idx].mean(axis=0), dtype=np.float32)[:dense_dims]
    return feats, dense, lca, path


def _modality(
    path: list[Any],
    lca: Any,
    lex: Any,
    actor_of: dict[int, Any],
    source_key: str,
    event_type: str,
    headline: bool,
) -> tuple[Any, str, str | None]:
    """(trigger, modality, cue): the rule modality of the clause that links the pair. Every
    word on the path is read; the first that is not asserted wins (and becomes the trigger)."""
    from riftwatch.nlp.modality import modality_of

    tokens = [t for t in path if t.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "PROPN")] or [lca]
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    trigger = verbs[-1] if verbs else (lca if lca in tokens else tokens[0])
    for tok in tokens:
        if any(c.dep_ == "neg" for c in tok.children):
            return tok, "negated", "not"
        mod = modality_of(
            tok, event_type, lex, source_key=source_key, actor_of=actor_of, headline=headline
        )
        if mod.distancing:
            return tok, "distancing", mod.cue  # reluctance over cooperation: not scored
        if mod.value != "asserted":
            return tok, mod.value, mod.cue
    return trigger, "asserted", None


def candidates(
    sdoc: Any,
    actor_of: dict[int, Any],
    events: list[Any],
    lex: Any,
    *,
    headline: bool = False,
    dense_dims: int = 0,
) -> list[Candidate]:
    """Every ordered pair of actors of the sentence that the conventions allow, with its
    features, the rule modality of the clause between them, and whether a rule event
    already connects them."""
    links: dict[tuple[str, str], list[str]] = {}
    for e in events:
        links.setdefault((e.source.key(), e.target.key()), []).append(e.event_type)
    mentions = [m for m in _mentions(actor_of) if not _is_place(sdoc, m, actor_of)]
    best: dict[tuple[str, str], tuple[int, Candidate]] = {}
    for a in mentions:
        for b in mentions:
            ka, kb = a[2].key(), b[2].key()
            if ka == kb:
                continue
            made = featurize(sdoc, a, b, headline, dense_dims, lex)
            if made is None:
                continue
            feats, dense, lca, path = made
            distance = abs(a[0] - b[0])
            if (ka, kb) in best and best[(ka, kb)][0] <= distance:
                continue
            trigger, modality, cue = _modality(path, lca, lex, actor_of, ka, "COOPERATE", headline)
            typed = path_type(path, lca, lex)
            cand = Candidate(
                a[2],
                b[2],
                feats,
                dense,
                trigger,
                modality,
                cue,
                connected=(ka, kb) in links or (kb, ka) in links,
                rule_types=links.get((ka, kb), []),
                lex_type=typed[1] if typed else None,
            )
            best[(ka, kb)] = (distance, cand)
    out = [c for _d, c in best.values()]
    return out


def propose(
    sdoc: Any,
    actor_of: dict[int, Any],
    events: list[Any],
    lex: Any,
    *,
    headline: bool = False,
    doc_id: str | None = None,
) -> list[Any]:
    """Learned events for the actor pairs of a sentence that no rule event connects."""
    from riftwatch.nlp.code import Event, _quote

    if CAPTURE is None and not (_OVERRIDE or enabled()):
        return []
    if len({a.key() for a in actor_of.values()}) < 2:
        return []
    model = _OVERRIDE[0] if _OVERRIDE else (load_model() if enabled() else None)
    dims = model.dense_dims if model is not None else int(_capture_dense())
    found = candidates(sdoc, actor_of, events, lex, headline=headline, dense_dims=dims)
    if CAPTURE is not None:
        for c in found:
            CAPTURE.append(_record(c, doc_id, sdoc))
    if model is None:
        return []
    out = []
    for c in found:
        if c.connected or c.modality == "distancing":
            continue
        if model.gate and not gated(c.features):
            continue  # the model only speaks for a subject and an object of one verb
        entry = lex.verbs.get(c.trigger.lemma_.lower()) or {}
        if c.modality == "negated" and entry.get("rejected_when_negated"):
            continue  # the rule loop would read "no longer want" as a rejection: not ours
        probs = model.scores(c.features, c.dense)
        best = int(np.argmax(probs))
        label = model.labels[best]
        if label == "none" or probs[best] < model.threshold:
            continue
        if label == LEX:
            typed = c.lex_type
            if typed is None:
                continue
            label = typed
        why = [
            f"{NAME}: {label} p={probs[best]:.2f} (no pattern connects "
            f"'{c.source.mention}' and '{c.target.mention}'; threshold {model.threshold:.2f})"
        ]
        if c.modality != "asserted":
            why.append(f"learned pair under '{c.cue}': {c.modality} (the rule modality wins)")
        event = Event(
            c.source,
            c.target,
            label,
            None,
            "asserted",
            c.trigger,
            _quote(c.trigger),
            why,
            strength=STRENGTH_SCALE,
        )
        out.append(event)
    return out


def is_learned(event: Any) -> bool:
    return any(w.startswith(NAME + ":") for w in event.why)


def strength(event: Any, rule_score: float) -> float:
    """The evidence score of an event: learned events are scaled down."""
    return rule_score * STRENGTH_SCALE if is_learned(event) else rule_score


def _capture_dense() -> int:
    import os

    return int(os.environ.get("RIFTWATCH_LEARNED_CAPTURE_DENSE", "0"))


def _record(c: Candidate, doc_id: str | None, sdoc: Any) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "source": c.source.to_dict(),
        "target": c.target.to_dict(),
        "features": c.features,
        "dense": None if c.dense is None else [round(float(x), 4) for x in c.dense],
        "modality": c.modality,
        "connected": c.connected,
        "rule_types": c.rule_types,
        "lex_type": c.lex_type,
        "sentence": sdoc.text,
    }


__all__ = [
    "CAPTURE",
    "NAME",
    "Candidate",
    "PairModel",
    "candidates",
    "enabled",
    "featurize",
    "is_learned",
    "load_model",
    "propose",
    "stages",
    "strength",
    "use_model",
]
