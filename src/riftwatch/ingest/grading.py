"""Source grading: source type and the two Admiralty axes, with their origin.

Each value is taken from the most specific place that sets it; the place is
kept in ``grade_origin`` so an analyst can see why a document has its grade.

>>> table = GradingTable.load()
>>> g = table.grade(source="Reuters")
>>> (g.source_type, g.reliability, g.credibility, g.origin["reliability"])
('wire', 'B', 2, 'grading:source')
>>> table.grade(source_type="militant_statement", reliability="d").reliability
'D'
>>> g = table.grade(source="Eritrean Ministry of Information")
>>> (g.source_type, g.reliability, g.origin["source_type"], g.origin["reliability"])
('official_statement', 'C', 'grading:source_word', 'grading:source_type')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from riftwatch import settings
from riftwatch.errors import ConfigError, RiftwatchError
from riftwatch.model import parse_credibility, parse_reliability, parse_source_type

FIELDS = ("source_type", "reliability", "credibility")
_PARSERS = {
    "source_type": parse_source_type,
    "reliability": parse_reliability,
    "credibility": parse_credibility,
}


@dataclass
class Graded:
    source_type: str
    reliability: str
    credibility: int
    origin: dict[str, str] = field(default_factory=dict)


def _validated(entry: dict[str, Any], where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise ConfigError("RW005", detail=f"{where} must be a mapping")
    out: dict[str, Any] = {}
    for key, value in entry.items():
        if key not in _PARSERS:
            raise ConfigError("RW005", detail=f"{where}: unknown field {key!r}")
        try:
            out[key] = _PARSERS[key](value)
        except RiftwatchError as exc:
            raise ConfigError("RW005", detail=f"{where}: {exc.detail}") from None
    return out


class GradingTable:
    """Defaults per source and per source type, read from a YAML file."""

    def __init__(self, data: dict[str, Any], origin: str = "grading") -> None:
        if not isinstance(data, dict):
            raise ConfigError("RW005", detail="the file must hold a mapping")
        self.default = {
            "source_type": "other",
            "reliability": "F",
            "credibility": 6,
            **_validated(data.get("default") or {}, "default"),
        }
        self.by_type = {
            parse_source_type(k): _validated(v or {}, f"source_types.{k}")
            for k, v in (data.get("source_types") or {}).items()
        }
        self.by_source = {
            str(k).strip().lower(): _validated(v or {}, f"sources.{k}")
            for k, v in (data.get("sources") or {}).items()
        }
        words = data.get("source_words") or {}
        if not isinstance(words, dict):
            raise ConfigError("RW005", detail="source_words must be a mapping")
        self.by_word: list[tuple[re.Pattern[str], str]] = [
            (re.compile(rf"\b{re.escape(str(w).strip().lower())}\b"), parse_source_type(kind))
            for kind, listed in words.items()
            for w in (listed or [])
        ]

    @classmethod
    def load(cls, path: str | Path | None = None) -> GradingTable:
        """Load ``path``, else ``RIFTWATCH_GRADING_FILE``, else the bundled table."""
        chosen = path or settings.get("grading_file")
        try:
            if chosen:
                raw = Path(chosen).read_text("utf-8")
            else:
                raw = resources.files("riftwatch.data").joinpath("grading.yaml").read_text("utf-8")
            data = yaml.safe_load(raw) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError("RW005", path=str(chosen), detail=str(exc).splitlines()[0]) from None
        return cls(data)

    def word_kind(self, source: str | None) -> dict[str, Any]:
        """``{"source_type": kind}`` for a source whose name holds a word of ``source_words``
        (the first kind whose word it holds), else ``{}``; a source named in ``sources``
        keeps its own entry, which comes first."""
        name = (source or "").strip().lower()
        if not name or name in self.by_source:
            return {}
        for pattern, kind in self.by_word:
            if pattern.search(name):
                return {"source_type": kind}
        return {}

    def grade(
        self,
        *,
        source: str | None = None,
        record: dict[str, Any] | None = None,
        options: dict[str, Any] | None = None,
        stored_source: dict[str, Any] | None = None,
        **direct: Any,
    ) -> Graded:
        """Resolve the grade of one document.

        ``record``: fields from the document or its sidecar; ``options``: from the
        command line; ``stored_source``: grades an analyst set on the source. Keyword
        arguments (``source_type=...``) act as record fields.
        """
        layers: list[tuple[str, dict[str, Any]]] = [
            ("document", {**(record or {}), **direct}),
            ("option", options or {}),
            ("source", stored_source or {}),
            ("grading:source", self.by_source.get((source or "").strip().lower(), {})),
            ("grading:source_word", self.word_kind(source)),
        ]
        chosen: dict[str, Any] = {}
        origin: dict[str, str] = {}
        for name in FIELDS:
            for layer, values in layers:
                value = values.get(name)
                if value is not None and value != "":
                    chosen[name] = _PARSERS[name](value)
                    origin[name] = layer
                    break
        if "source_type" not in chosen:
            chosen["source_type"] = self.default["source_type"]
            origin["source_type"] = "grading:default"
        type_defaults = self.by_type.get(chosen["source_type"], {})
        for name in ("reliability", "credibility"):
            if name in chosen:
                continue
            if name in type_defaults:
                chosen[name] = type_defaults[name]
                origin[name] = "grading:source_type"
            else:
                chosen[name] = self.default[name]
                origin[name] = "grading:default"
        return Graded(chosen["source_type"], chosen["reliability"], chosen["credibility"], origin)


__all__ = ["GradingTable", "Graded"]
