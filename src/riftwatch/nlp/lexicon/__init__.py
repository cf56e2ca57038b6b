"""The coding lexicon: event patterns and cue words, loaded from YAML data files.

>>> lex = load()
>>> lex.verbs["shelter"]["type"], lex.verbs["shelter"]["mode"]
('AID', 'sanctuary')
>>> "leery" in lex.reluctance
True
>>> lex.version
'events-2+cues-2'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from riftwatch.errors import NLPError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICTUAL = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)


@dataclass(frozen=True)
class Lexicon:
    version: str
    verbs: dict[str, dict[str, Any]]
    nouns: dict[str, dict[str, Any]]
    light_verbs: dict[str, str]
    modality: dict[str, frozenset[str]]
    reluctance: frozenset[str]
    reluctance_negated: frozenset[str]
    speech: frozenset[str]
    attribution_preps: tuple[str, ...]
    channels: dict[str, tuple[str, ...]]
    skepticism: frozenset[str]
    collectives: dict[str, str]
    anaphoric_nouns: frozenset[str]
    falsity: frozenset[str]
    default_referents: dict[str, dict[str, Any]]
    instruments: dict[str, str] = field(default_factory=dict)
    joint_modifiers: frozenset[str] = frozenset()
    comitative_preps: frozenset[str] = frozenset()
    comitative_nouns: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()
    epistemic_modals: frozenset[str] = frozenset()
    attributive_adverbs: frozenset[str] = frozenset()
    claim_words: frozenset[str] = frozenset()
    claim_objects: frozenset[str] = frozenset()
    implied_agents: dict[str, str] = field(default_factory=dict)
    taliban_context: dict[str, Any] = field(default_factory=dict)


def _read(name: str) -> dict[str, Any]:
    try:
        raw = resources.files(__name__).joinpath(name).read_text("utf-8")
        data = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise NLPError("RW201", path=name, detail=str(exc).splitlines()[0]) from None
    if not isinstance(data, dict):
        raise NLPError("RW201", path=name, detail="not a mapping")
    return data


def _check(entries: dict[str, Any], where: str) -> dict[str, dict[str, Any]]:
    for word, entry in entries.items():
        if not isinstance(entry, dict) or entry.get("type") not in PLOVER_TYPES:
            raise NLPError("RW201", path=where, detail=f"{word}: type must be a PLOVER type")
        for key, value in entry.items():
            if isinstance(value, list):
                _words(value, f"{where} {word}.{key}")
    return entries


def _words(values: Any, where: str) -> list[str]:
    """A list of words; YAML turns bare on/off/yes/no into booleans, which must be quoted."""
    if not isinstance(values, list | tuple):
        raise NLPError("RW201", path=where, detail="expected a list of words")
    for value in values:
        if not isinstance(value, str):
            raise NLPError(
                "RW201", path=where, detail=f"{value!r} is not a word (quote on/off/yes/no)"
            )
    return list(values)


@cache
def load() -> Lexicon:
    """The bundled lexicon (cached)."""
    events = _read("events.yaml")
    cues = _read("cues.yaml")
    modality = {
        k: frozenset(_words(v, f"cues.yaml modality.{k}"))
        for k, v in (cues.get("modality") or {}).items()
    }
    return Lexicon(
        version=f"events-{events.get('version')}+cues-{cues.get('version')}",
        verbs=_check(events.get("verbs") or {}, "events.yaml verbs"),
        nouns=_check(events.get("nouns") or {}, "events.yaml nouns"),
        light_verbs=dict(events.get("light_verbs") or {}),
        modality=modality,
        reluctance=frozenset(cues.get("reluctance") or ()),
        reluctance_negated=frozenset(cues.get("reluctance_negated") or ()),
        speech=frozenset(cues.get("speech") or ()),
        attribution_preps=tuple(cues.get("attribution_preps") or ()),
        channels={k: tuple(v) for k, v in (cues.get("channels") or {}).items()},
        skepticism=frozenset(cues.get("skepticism") or ()),
        collectives=dict(cues.get("collectives") or {}),
        anaphoric_nouns=frozenset(cues.get("anaphoric_nouns") or ()),
        falsity=frozenset(_words(cues.get("falsity") or [], "cues.yaml falsity")),
        default_referents=dict(cues.get("default_referents") or {}),
        instruments={str(k).lower(): str(v) for k, v in (events.get("instruments") or {}).items()},
        joint_modifiers=_set(events, "joint_modifiers", "events.yaml"),
        comitative_preps=_set(events, "comitative_preps", "events.yaml"),
        comitative_nouns=_set(events, "comitative_nouns", "events.yaml"),
        hedges=_set(cues, "hedges", "cues.yaml"),
        epistemic_modals=_set(cues, "epistemic_modals", "cues.yaml"),
        attributive_adverbs=_set(cues, "attributive_adverbs", "cues.yaml"),
        claim_words=_set(cues, "claim_words", "cues.yaml"),
        claim_objects=_set(cues, "claim_objects", "cues.yaml"),
        implied_agents={str(k): str(v) for k, v in (cues.get("implied_agents") or {}).items()},
        taliban_context=dict(cues.get("taliban_context") or {}),
    )


def _set(data: dict[str, Any], key: str, where: str) -> frozenset[str]:
    """A list of words under ``key`` (lower case), checked like every other word list."""
    return frozenset(w.lower() for w in _words(data.get(key) or [], f"{where} {key}"))


@cache
def _calibration_bins() -> tuple[tuple[float, float, float], ...]:
    path = resources.files(__name__).joinpath("calibration.yaml")
    if not path.is_file():
        return ()
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    return tuple((float(b["low"]), float(b["high"]), float(b["probability"]))
                 for b in data.get("bins") or ())  # fmt: skip


def calibrated(raw: float) -> float:
    """The calibrated confidence for a raw evidence score (benchmarks/calibrate.py fits it).

    >>> 0.0 < calibrated(0.85) <= 1.0
    True
    """
    for low, high, probability in _calibration_bins():
        if low <= raw < high or (raw >= high and high >= 1.0):
            return probability
    return raw


__all__ = ["COOPERATIVE", "CONFLICTUAL", "PLOVER_TYPES", "Lexicon", "calibrated", "load"]
