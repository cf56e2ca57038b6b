"""The actor knowledge base: schema, loading, validation and date-aware queries.

The knowledge base (KB) is data: YAML files under ``riftwatch/actors/data``,
``curated/*.yaml`` written by hand and ``generated/*.yaml`` written by
``scripts/build_actor_kb.py`` from public lists (UN, OFAC, UCDP, MMP). The
schema is documented in ``data/README.md`` and enforced by :func:`validate`.

A file holds ``entities`` (definitions) and ``extend`` entries (aliases,
relations and context terms added to an entity defined in another file)::

    kb_version: 1
    source: curated            # default provenance of aliases and relations
    entities:
      - id: org:haqqani-network
        name: Haqqani Network
        type: armed_group
        country: AFG
        start: "1980"
        aliases:
          - {name: HQN, kind: abbreviation}
          - {name: Haqqanis, kind: collective}
        relations:
          - {type: part_of, target: org:afghan-taliban, start: "1995", autonomy: semi}

>>> kb = default_kb()
>>> kb.get("org:quetta-shura").name
'Quetta Shura'
>>> [e.name for e in kb.ancestors("org:quetta-shura")]
['Afghan Taliban']
>>> kb.organization_at("person:baitullah-mehsud", "2008-06").name
'Tehrik-i-Taliban Pakistan'
"""

from __future__ import annotations

import copy
import hashlib
import os
import pickle
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from riftwatch.actors.errors import ActorError
from riftwatch.actors.normalize import (
    compact,
    day_range,
    fold,
    is_all_caps,
    norm,
    parse_date,
    to_day,
)

DATA_DIR = Path(__file__).with_name("data")
SCHEMA_VERSION = 1

TYPES = (
    "armed_group",
    "faction",
    "shura",
    "government",
    "military",
    "intelligence",
    "police",
    "party",
    "tribe",
    "collective",
    "igo",
    "country",
    "person",
    "place",
    "organization",
)
"""Entity types. ``organization`` is for bodies that fit none of the others
(charities, money exchanges, companies listed by the UN or OFAC)."""

PREFIXES = {"person": "person", "country": "country", "place": "place", "collective": "collective"}
"""Id prefix required by a type; every other type uses ``org:``."""

ORG_TYPES = frozenset(TYPES) - {"person", "place", "country", "collective"}

STATE_TYPES = frozenset({"country", "government", "military", "police", "intelligence"})
"""A state and its bodies: the types extraction treats as one state's side."""

ALIAS_KINDS = (
    "official",
    "abbreviation",
    "transliteration",
    "former",
    "collective",
    "demonym",
    "short",
    "weak",
)
"""Kinds of alias: ``official`` names (also translations), ``abbreviation``s,
``transliteration`` variants, ``former`` names (give ``start``/``end``),
``collective`` and plural forms ("the Haqqanis"), ``demonym``s ("Pakistani"),
``short`` forms of a person's name ("Zawahiri") and ``weak`` aliases that need
supporting context (a ``when`` rule or a context hint) to resolve."""

RELATION_TYPES = {
    # type: (allowed subject kinds, allowed target kinds, meaning)
    "part_of": ("org", "org", "a sub-unit, branch, commission or province of the target"),
    "front_of": ("org", "org", "a front, charity or political wing of the target"),
    "leader_of": ("person", "org", "leads the target (emir, chief, head of state)"),
    "member_of": ("person|org", "org", "member, commander, spokesman or component"),
    "renamed_as": ("org", "org", "the subject took the target's name (old -> new)"),
    "successor_of": ("org", "org", "the subject succeeded the target (new -> old)"),
    "splinter_of": ("org", "org", "the subject broke away from the target"),
    "merged_into": ("org", "org", "the subject merged into the target"),
    "allied_with": ("org", "org", "cooperation (symmetric)"),
    "rival_of": ("org", "org", "competition or fighting (symmetric)"),
    "affiliated_with": ("org", "org", "formal or loose association (symmetric)"),
    "split_with": ("org", "org", "a split between the two, direction not given (symmetric)"),
    "merged_with": ("org", "org", "a merger between the two, direction not given (symmetric)"),
    "linked_to": ("any", "any", "official designation link (UN/OFAC 'linked to', 'associated')"),
    "governs": ("org", "country", "the subject is the government of the target"),
    "seat_of": ("place", "org", "the place stands for the target (Islamabad, Kabul)"),
    "located_in": ("any", "country|place", "where the subject is based"),
    "fights_state": (
        "org",
        "country",
        "the state whose forces the subject's armed campaign targets, when not its home's",
    ),
}
SYMMETRIC = frozenset({"allied_with", "rival_of", "affiliated_with", "split_with", "merged_with"})
ROLLUP = ("part_of", "front_of")
FOLLOW = ("renamed_as", "merged_into")
ACTS_FOR = ("leader_of", "member_of")

PROVENANCE = (
    "curated",
    "un-1267-2018",
    "ofac-sdn-2024",
    "ucdp",
    "mmp-facts",
    "petrarch2-phoenix",
    "derived",
    "judgement",
)
"""Where a statement comes from. Judgement provenance is ``judgement:<id>``."""

_ID_RE = re.compile(r"^(org|person|country|place|collective):[a-z0-9]+(?:-[a-z0-9]+)*$")
_COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
_FILE_KEYS = {
    "kb_version",
    "source",
    "description",
    "license",
    "generated_by",
    "entities",
    "extend",
    "tenure_ends",
}
_TENURE_END_KEYS = {"id", "body", "start", "end", "note"}
"""Keys of a ``tenure_ends`` entry: the office holder (``id``) or the state body whose
office holders all left with a regime (``body``), the start of the open tenure it closes
(all open tenures without it), the end and a note (see :func:`close_tenures`)."""
_OFFICE_TYPES = ("member_of", "leader_of")
_ENTITY_KEYS = {
    "id",
    "name",
    "type",
    "country",
    "start",
    "end",
    "description",
    "context",
    "aliases",
    "relations",
    "external",
    "bodies",
    "demonyms",
    "name_ambiguous",
    "strict_tenure",
    "merged",
}
_EXTEND_KEYS = {
    "id",
    "aliases",
    "relations",
    "context",
    "external",
    "demonyms",
    "bodies",
    "merged",
    "country",
}
_ALIAS_KEYS = {
    "name",
    "kind",
    "source",
    "when",
    "start",
    "end",
    "lang",
    "ambiguous",
    "case_sensitive",
    "note",
}
_WHEN_KEYS = {"years", "context_any", "context_none"}
_RELATION_KEYS = {
    "type",
    "target",
    "start",
    "end",
    "role",
    "source",
    "primary",
    "note",
    "autonomy",
    "observed",
}
BODY_ROLES = ("government", "military", "intelligence", "police", "legislature")


def id_prefix_for(type_: str) -> str:
    return PREFIXES.get(type_, "org")


def _kind_of(entity_type: str) -> str:
    return (
        "person"
        if entity_type == "person"
        else entity_type
        if entity_type in ("country", "place")
        else "org"
    )


# -- objects ----------------------------------------------------------------------------
@dataclass(slots=True)
class When:
    """A disambiguation rule: the alias applies only in these years and contexts."""

    years: tuple[int, int] | None = None
    context_any: tuple[str, ...] = ()
    context_none: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.years:
            out["years"] = list(self.years)
        if self.context_any:
            out["context_any"] = list(self.context_any)
        if self.context_none:
            out["context_none"] = list(self.context_none)
        return out


@dataclass(slots=True)
class Alias:
    name: str
    kind: str
    source: str
    entity_id: str
    norm: str
    fold: str
    compact: str
    case_sensitive: bool
    when: When | None = None
    start_day: int | None = None
    end_day: int | None = None
    ambiguous: bool = False
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "kind": self.kind, "source": self.source}
        if self.when:
            out["when"] = self.when.to_dict()
        if self.ambiguous:
            out["ambiguous"] = True
        if self.lang:
            out["lang"] = self.lang
        return out


@dataclass(slots=True)
class Relation:
    type: str
    subject: str
    target: str
    start: str | None = None
    end: str | None = None
    start_day: int | None = None
    end_day: int | None = None
    role: str | None = None
    source: str = "curated"
    primary: bool = False
    note: str | None = None
    autonomy: str | None = None
    order: int = 0

    def covers(self, day: int | None) -> bool:
        if day is None:
            return True
        if self.start_day is not None and day < self.start_day:
            return False
        return not (self.end_day is not None and day > self.end_day)

    def distance(self, day: int | None) -> int:
        if day is None or self.covers(day):
            return 0
        if self.start_day is not None and day < self.start_day:
            return self.start_day - day
        return day - (self.end_day or day)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "subject": self.subject, "target": self.target}
        for key in ("start", "end", "role", "note", "autonomy"):
            value = getattr(self, key)
            if value:
                out[key] = value
        if self.primary:
            out["primary"] = True
        out["source"] = self.source
        return out


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    country: str | None = None
    start: str | None = None
    end: str | None = None
    start_day: int | None = None
    end_day: int | None = None
    description: str | None = None
    context: tuple[str, ...] = ()
    aliases: list[Alias] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    external: dict[str, Any] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)
    demonyms: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    file: str | None = None
    strict_tenure: bool = False
    merged: tuple[dict[str, str], ...] = ()
    """Actors merged into this one as duplicates: old id, name, evidence (old ids redirect)."""

    @property
    def kind(self) -> str:
        return _kind_of(self.type)

    def active(self, day: int | None) -> bool:
        """Did the entity exist on ``day`` (always True when no date is given)?"""
        if day is None:
            return True
        if self.start_day is not None and day < self.start_day:
            return False
        return not (self.end_day is not None and day > self.end_day)

    def ref(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "type": self.type}


# -- loading ----------------------------------------------------------------------------
def data_files(root: Path = DATA_DIR) -> list[Path]:
    """The KB files in load order: generated first, then curated (curated extends win)."""
    return sorted((root / "generated").glob("*.yaml")) + sorted((root / "curated").glob("*.yaml"))


def _yaml_loader() -> type:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            doc = yaml.load(handle, Loader=_yaml_loader())  # noqa: S506 - safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise ActorError("RW400", path=str(path), detail=str(exc).splitlines()[0]) from None
    if not isinstance(doc, dict):
        raise ActorError("RW400", path=str(path), detail="the file must hold a mapping")
    return doc


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _check_date(problems: list[str], where: str, key: str, value: Any) -> None:
    if value is None:
        return
    try:
        parse_date(value)
    except ValueError as exc:
        problems.append(f"{where}: {key}: {exc}")


def _check_alias(problems: list[str], where: str, alias: Any) -> None:
    if isinstance(alias, str):
        if not alias.strip():
            problems.append(f"{where}: empty alias")
        return
    if not isinstance(alias, dict):
        problems.append(f"{where}: an alias must be a string or a mapping")
        return
    unknown = set(alias) - _ALIAS_KEYS
    if unknown:
        problems.append(f"{where}: alias has unknown keys {sorted(unknown)}")
    name = alias.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}: alias needs a non-empty name")
    kind = alias.get("kind", "official")
    if kind not in ALIAS_KINDS:
        problems.append(f"{where}: alias {name!r}: kind {kind!r} is not one of {ALIAS_KINDS}")
    source = alias.get("source")
    if source is not None and not _valid_source(source):
        problems.append(f"{where}: alias {name!r}: unknown source {source!r}")
    when = alias.get("when")
    if when is not None:
        if not isinstance(when, dict) or set(when) - _WHEN_KEYS or not when:
            problems.append(f"{where}: alias {name!r}: when takes {sorted(_WHEN_KEYS)}")
        else:
            years = when.get("years")
            if years is not None and (
                not isinstance(years, list)
                or len(years) != 2
                or not all(isinstance(y, int) for y in years)
                or years[0] > years[1]
            ):
                problems.append(f"{where}: alias {name!r}: when.years must be [from, to]")
            for key in ("context_any", "context_none"):
                terms = when.get(key)
                if terms is not None and (
                    not isinstance(terms, list) or not all(isinstance(t, str) for t in terms)
                ):
                    problems.append(f"{where}: alias {name!r}: when.{key} must list strings")
    for key in ("start", "end"):
        _check_date(problems, f"{where}: alias {name!r}", key, alias.get(key))


def _valid_source(source: str) -> bool:
    return source in PROVENANCE or str(source).startswith("judgement:")


def _check_relation(problems: list[str], where: str, rel: Any) -> None:
    if not isinstance(rel, dict):
        problems.append(f"{where}: a relation must be a mapping")
        return
    unknown = set(rel) - _RELATION_KEYS
    if unknown:
        problems.append(f"{where}: relation has unknown keys {sorted(unknown)}")
    if rel.get("type") not in RELATION_TYPES:
        problems.append(
            f"{where}: relation type {rel.get('type')!r} is not one of {sorted(RELATION_TYPES)}"
        )
    if not isinstance(rel.get("target"), str) or not _ID_RE.match(rel.get("target", "")):
        problems.append(f"{where}: relation target {rel.get('target')!r} is not an actor id")
    for key in ("start", "end"):
        _check_date(problems, where, key, rel.get(key))
    source = rel.get("source")
    if source is not None and not _valid_source(source):
        problems.append(f"{where}: relation: unknown source {source!r}")


def _check_entity(problems: list[str], where: str, ent: Any, *, extension: bool) -> None:
    if not isinstance(ent, dict):
        problems.append(f"{where}: an entity must be a mapping")
        return
    allowed = _EXTEND_KEYS if extension else _ENTITY_KEYS
    unknown = set(ent) - allowed
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)}")
    ident = ent.get("id")
    if not isinstance(ident, str) or not _ID_RE.match(ident):
        problems.append(f"{where}: id {ident!r} is not PREFIX:slug")
        return
    if not extension:
        if not isinstance(ent.get("name"), str) or not ent["name"].strip():
            problems.append(f"{where}: {ident}: name is required")
        type_ = ent.get("type")
        if type_ not in TYPES:
            problems.append(f"{where}: {ident}: type {type_!r} is not one of {TYPES}")
        elif ident.split(":", 1)[0] != id_prefix_for(type_):
            problems.append(f"{where}: {ident}: a {type_} needs the prefix {id_prefix_for(type_)}:")
        country = ent.get("country")
        if country is not None and not (isinstance(country, str) and _COUNTRY_RE.match(country)):
            problems.append(
                f"{where}: {ident}: country {country!r} is not an ISO 3166 alpha-3 code"
            )
        for key in ("start", "end"):
            _check_date(problems, f"{where}: {ident}", key, ent.get(key))
        if ent.get("start") and ent.get("end"):
            try:
                lo = day_range(parse_date(ent["start"]))[0]  # type: ignore[arg-type]
                hi = day_range(parse_date(ent["end"]))[1]  # type: ignore[arg-type]
                if lo > hi:
                    problems.append(f"{where}: {ident}: start is after end")
            except (ValueError, TypeError):
                pass
    bodies = ent.get("bodies")
    if bodies is not None and (not isinstance(bodies, dict) or set(bodies) - set(BODY_ROLES)):
        problems.append(f"{where}: {ident}: bodies maps {BODY_ROLES} to actor ids")
    for alias in _as_list(ent.get("aliases")):
        _check_alias(problems, f"{where}: {ident}", alias)
    for rel in _as_list(ent.get("relations")):
        _check_relation(problems, f"{where}: {ident}", rel)
    for item in _as_list(ent.get("merged")):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("id"), str)
            and _ID_RE.match(item["id"])
            and set(item) <= {"id", "name", "evidence"}
        ):
            problems.append(f"{where}: {ident}: merged entries need an id (and name, evidence)")
        elif item["id"] == ident:
            problems.append(f"{where}: {ident}: merged into itself")
    context = ent.get("context")
    if context is not None and (
        not isinstance(context, list) or not all(isinstance(t, str) for t in context)
    ):
        problems.append(f"{where}: {ident}: context must list strings")


def validate_documents(docs: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Every problem in a set of parsed KB files (an empty list when all is well).

    Checks the schema of each file, duplicate definitions, dangling ids in
    ``extend`` entries, relation targets and ``bodies``, relation subject and
    target kinds, and aliases claimed by two entities without a disambiguation
    rule (a ``when`` or ``ambiguous: true`` on all but one of them).
    """
    problems: list[str] = []
    defined: dict[str, str] = {}
    types: dict[str, str] = {}
    for name, doc in docs:
        unknown = set(doc) - _FILE_KEYS
        if unknown:
            problems.append(f"{name}: unknown top-level keys {sorted(unknown)}")
        if doc.get("kb_version") != SCHEMA_VERSION:
            problems.append(f"{name}: kb_version must be {SCHEMA_VERSION}")
        source = doc.get("source", "curated")
        if not _valid_source(source):
            problems.append(f"{name}: unknown source {source!r}")
        for i, ent in enumerate(_as_list(doc.get("entities"))):
            _check_entity(problems, f"{name}: entities[{i}]", ent, extension=False)
            if isinstance(ent, dict) and isinstance(ent.get("id"), str):
                if ent["id"] in defined:
                    problems.append(
                        f"{name}: {ent['id']} is already defined in {defined[ent['id']]}"
                    )
                defined[ent["id"]] = name
                types[ent["id"]] = str(ent.get("type"))
        for i, ent in enumerate(_as_list(doc.get("extend"))):
            _check_entity(problems, f"{name}: extend[{i}]", ent, extension=True)
        for i, item in enumerate(_as_list(doc.get("tenure_ends"))):
            _check_tenure_end(problems, f"{name}: tenure_ends[{i}]", item)
    if problems:
        return problems
    problems += _unmatched_tenure_ends(docs)
    redirects = document_redirects(docs)
    seen_merged: dict[str, str] = {}
    for name, doc in docs:
        for section in ("entities", "extend"):
            for ent in _as_list(doc.get(section)):
                for item in _as_list(ent.get("merged")):
                    old = item["id"]
                    if old in defined:
                        problems.append(
                            f"{name}: {old} is merged into {ent['id']} but still defined "
                            f"in {defined[old]}"
                        )
                    if old in seen_merged and seen_merged[old] != ent["id"]:
                        problems.append(
                            f"{name}: {old} is merged into both {seen_merged[old]} and {ent['id']}"
                        )
                    seen_merged[old] = ent["id"]
    for old, new in seen_merged.items():
        if new in defined or new in seen_merged:
            types.setdefault(old, types.get(_follow(redirects, new), ""))
            defined.setdefault(old, f"(merged into {new})")
    claims: dict[tuple[str, str], list[tuple[str, bool]]] = defaultdict(list)
    for name, doc in docs:
        for section in ("entities", "extend"):
            for ent in _as_list(doc.get(section)):
                ident = _follow(redirects, ent["id"])
                if ident not in defined:
                    problems.append(f"{name}: extend: {ident} is not defined in any file")
                    continue
                subject_kind = _kind_of(types[ident])
                for rel in _as_list(ent.get("relations")):
                    target = _follow(redirects, rel["target"])
                    if target not in defined:
                        problems.append(
                            f"{name}: {ident}: relation {rel['type']} points to unknown id {target}"
                        )
                        continue
                    allowed_subject, allowed_target, _ = RELATION_TYPES[rel["type"]]
                    target_kind = _kind_of(types[target])
                    if allowed_subject != "any" and subject_kind not in allowed_subject.split("|"):
                        problems.append(
                            f"{name}: {ident}: a {subject_kind} cannot be the "
                            f"subject of {rel['type']}"
                        )
                    if allowed_target != "any" and target_kind not in allowed_target.split("|"):
                        problems.append(
                            f"{name}: {ident}: {rel['type']} cannot point to a "
                            f"{target_kind} ({target})"
                        )
                    if target == ident:
                        problems.append(f"{name}: {ident}: relation {rel['type']} to itself")
                for role, body in (ent.get("bodies") or {}).items():
                    if body not in defined:
                        problems.append(f"{name}: {ident}: bodies.{role} is unknown id {body}")
                own = []
                if section == "entities":
                    own.append({"name": ent["name"], "ambiguous": ent.get("name_ambiguous")})
                own += [{"name": d, "kind": "demonym"} for d in ent.get("demonyms") or ()]
                for alias in own + _as_list(ent.get("aliases")):
                    raw = {"name": alias} if isinstance(alias, str) else alias
                    ruled = bool(raw.get("when") or raw.get("ambiguous"))
                    key = _alias_keys(
                        raw["name"], raw.get("kind", "official"), raw.get("case_sensitive")
                    )
                    claims[key].append((ident, ruled))
    for (space, key), owners in claims.items():
        entities = {}
        for ident, ruled in owners:
            entities[ident] = entities.get(ident, True) and ruled
        unruled = [ident for ident, ruled in entities.items() if not ruled]
        if len(entities) > 1 and len(unruled) > 1:
            problems.append(
                f"alias {key!r} ({space}) maps to {sorted(unruled)} without a "
                "disambiguation rule (when/ambiguous)"
            )
    return problems


def _check_tenure_end(problems: list[str], where: str, item: Any) -> None:
    """The schema of one ``tenure_ends`` entry: an id, an ``end`` date, an optional
    ``start`` no later than the end, and a note."""
    if not isinstance(item, dict):
        problems.append(f"{where}: an entry must be a mapping")
        return
    unknown = set(item) - _TENURE_END_KEYS
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)}")
    ident = item.get("id", item.get("body"))
    if ("id" in item) == ("body" in item):
        problems.append(f"{where}: an entry names an id or a body (one of them)")
    elif not isinstance(ident, str) or not _ID_RE.match(ident):
        problems.append(f"{where}: {ident!r} is not PREFIX:slug")
    if item.get("end") in (None, ""):
        problems.append(f"{where}: end is required")
    for key in ("start", "end"):
        _check_date(problems, where, key, item.get(key))
    if not problems or not problems[-1].startswith(where):
        lo, hi = _day_lo(item.get("start")), _day_hi(item.get("end"))
        if lo is not None and hi is not None and hi < lo:
            problems.append(f"{where}: end {item['end']} before start {item['start']}")


def _unmatched_tenure_ends(docs: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """``tenure_ends`` entries that close no open office of their person: an unknown id,
    or no ``member_of``/``leader_of`` relation without an end (with that start, when the
    entry names one) that began by the end, once the entries before it are applied. A
    stale or repeated entry is an error, not a silent no-op."""
    plain = [(name, {k: v for k, v in doc.items() if k != "tenure_ends"}) for name, doc in docs]
    raw = merge_documents(plain)
    redirects = document_redirects(docs)
    problems = []
    for name, doc in docs:
        source = doc.get("source", "curated")
        for i, item in enumerate(_as_list(doc.get("tenure_ends"))):
            ident = item.get("id") or item.get("body")
            if _follow(redirects, ident) not in raw:
                problems.append(f"{name}: tenure_ends[{i}]: {ident} is not defined")
            elif not apply_tenure_end(raw, redirects, item, source):
                since = f" from {item['start']}" if item.get("start") else ""
                problems.append(
                    f"{name}: tenure_ends[{i}]: {ident}: no open office{since} "
                    f"begun by {item['end']}"
                )
    return problems


def apply_tenure_end(
    raw: dict[str, dict[str, Any]], redirects: dict[str, str], item: dict[str, Any], source: str
) -> bool:
    """Apply one ``tenure_ends`` entry to merged records; return whether it closed an
    office. An ``id`` entry closes that person's open offices; a ``body`` entry closes the
    open office in that body of every tenure-bound office holder (``strict_tenure``): the
    ministers of a regime that fell (Gaddafi's in August 2011, the Afghan republic's in
    August 2021), whom the Phoenix lists leave in office for ever.

    >>> raw = {"org:g": {"id": "org:g", "relations": []},
    ...        "person:a": {"id": "person:a", "strict_tenure": True, "relations": [
    ...            {"type": "member_of", "target": "org:g", "start": "2009-04-01"}]},
    ...        "person:b": {"id": "person:b", "relations": [
    ...            {"type": "member_of", "target": "org:g", "start": "2009-04-01"}]}}
    >>> apply_tenure_end(raw, {}, {"body": "org:g", "end": "2011-08"}, "curated")
    True
    >>> [raw[p]["relations"][0].get("end") for p in ("person:a", "person:b")]
    ['2011-08', None]
    """
    if item.get("id"):
        rec = raw.get(_follow(redirects, item["id"]))
        return rec is not None and close_tenures(rec, item, source)
    body = _follow(redirects, item["body"])
    closed = False
    for rec in raw.values():
        if rec.get("strict_tenure") and any(
            r.get("target") == body for r in rec.get("relations") or ()
        ):
            closed = close_tenures(rec, item, source, body) or closed
    return closed


def close_tenures(
    rec: dict[str, Any], item: dict[str, Any], source: str, body: str | None = None
) -> bool:
    """Give the open offices of a merged person record the end a ``tenure_ends`` entry
    states; return whether one was closed.

    The Phoenix country dictionary stops about 2015, so a head of state who left office
    later (or whose end it never recorded) holds an office without an end, and his name
    would stand for his state's government in any later text. A curated entry closes
    every ``member_of``/``leader_of`` relation without an end that began by that end (only
    the one with the entry's ``start``, when it names one). The relation keeps its
    provenance; its note says where the end comes from.

    >>> rec = {"relations": [
    ...     {"type": "member_of", "target": "org:g", "start": "1990", "end": "1995"},
    ...     {"type": "member_of", "target": "org:g", "start": "2006-04-06"}]}
    >>> close_tenures(rec, {"id": "person:x", "end": "2016-04"}, "curated")
    True
    >>> [r.get("end") for r in rec["relations"]], rec["relations"][1]["note"]
    (['1995', '2016-04'], 'tenure end: curated')
    >>> close_tenures(rec, {"id": "person:x", "end": "2020"}, "curated")
    False
    """
    hi = _day_hi(item["end"])
    closed = False
    for rel in rec.get("relations") or ():
        if rel.get("type") not in _OFFICE_TYPES or rel.get("end"):
            continue
        if body is not None and rel.get("target") != body:
            continue
        if item.get("start") and str(rel.get("start")) != str(item["start"]):
            continue
        lo = _day_lo(rel.get("start"))
        if lo is not None and hi is not None and lo > hi:
            continue
        rel["end"] = str(item["end"])
        rel["note"] = "; ".join(filter(None, (rel.get("note"), f"tenure end: {source}")))
        closed = True
    return closed


def document_redirects(docs: list[tuple[str, dict[str, Any]]]) -> dict[str, str]:
    """Old id -> surviving id, from the ``merged`` entries of entities and extensions.

    A merged id keeps resolving (``KnowledgeBase.get``/``canonical_id``), so events and
    judgements stored under it still find their actor.
    """
    out: dict[str, str] = {}
    for _name, doc in docs:
        for section in ("entities", "extend"):
            for ent in _as_list(doc.get(section)):
                if not isinstance(ent, dict):
                    continue
                for item in _as_list(ent.get("merged")):
                    if isinstance(item, dict) and isinstance(item.get("id"), str):
                        out.setdefault(item["id"], ent.get("id"))
    return out


def _follow(redirects: dict[str, str], ident: str) -> str:
    seen = 0
    while ident in redirects and seen < 20:
        ident, seen = redirects[ident], seen + 1
    return ident


def _auto_case_sensitive(name: str, kind: str) -> bool:
    """Short abbreviations (AQ, IS, ISI, LeT, JuD, IS-K) and short all-capital names
    (US, U.S., UN) match only as written, so "us", "let" or "is" never do."""
    letters = [ch for ch in name if ch.isalpha()]
    if not 0 < len(letters) <= 5:
        return False
    return kind == "abbreviation" or is_all_caps(name)


def _alias_keys(name: str, kind: str, case_sensitive: bool | None) -> tuple[str, str]:
    sensitive = _auto_case_sensitive(name, kind) if case_sensitive is None else case_sensitive
    return ("cs", compact(name)) if sensitive else ("ci", norm(name))


def _day_lo(value: Any) -> int | None:
    parts = parse_date(value)
    return None if parts is None else day_range(parts)[0]


def _day_hi(value: Any) -> int | None:
    parts = parse_date(value)
    return None if parts is None else day_range(parts)[1]


def _str_date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


# -- the knowledge base -----------------------------------------------------------------
class KnowledgeBase:
    """Entities with aliases and dated relations, with date-aware queries.

    Build one with :func:`load_kb` (or :func:`default_kb` for the bundled files).
    ``raw`` keeps the merged source records so that curation can derive an
    effective KB (files + judgements) without touching the files.
    """

    def __init__(
        self,
        raw: dict[str, dict[str, Any]],
        *,
        version: str = "",
        redirects: dict[str, str] | None = None,
        reuse: KnowledgeBase | None = None,
    ) -> None:
        self.raw = raw
        self.version = version
        self.redirects: dict[str, str] = dict(redirects or {})
        self.entities: dict[str, Entity] = {}
        self.incoming: dict[str, list[Relation]] = defaultdict(list)
        self._build(reuse)

    # construction ------------------------------------------------------------------------
    def _build(self, reuse: KnowledgeBase | None = None) -> None:
        """Build the entities from ``raw``. With ``reuse`` (a KB whose ``raw`` shares the
        record objects that did not change: curation's copy-on-write), an entity whose
        record is the very object ``reuse`` was built from (and whose derived short names,
        :func:`_headless_names`, are the same) is taken from it as it is; records are never
        changed in place once a KB is built from them."""
        fresh: set[str] | None = None if reuse is None else set()
        self.derived: dict[str, list[dict[str, Any]]] = _headless_names(self.raw)
        old_derived = getattr(reuse, "derived", {}) if reuse is not None else {}
        for ident, rec in self.raw.items():
            extra = self.derived.get(ident, [])
            if (
                reuse is not None
                and reuse.raw.get(ident) is rec
                and ident in reuse.entities
                and old_derived.get(ident, []) == extra
            ):
                self.entities[ident] = reuse.entities[ident]
                continue
            self.entities[ident] = self._entity(rec, extra)
            if fresh is not None:
                fresh.add(ident)
        order = 0
        for ent in self.entities.values():
            mine = fresh is None or ent.id in fresh  # a reused entity keeps its numbers
            for rel in ent.relations:
                if mine:
                    rel.order = order
                order += 1
                self.incoming[rel.target].append(rel)

    def _entity(self, rec: dict[str, Any], derived: Iterable[dict[str, Any]] = ()) -> Entity:
        ident = rec["id"]
        default_source = rec.get("_source", "curated")
        ent = Entity(
            id=ident,
            name=rec["name"],
            type=rec["type"],
            country=rec.get("country"),
            start=_str_date(rec.get("start")),
            end=_str_date(rec.get("end")),
            start_day=_day_lo(rec.get("start")),
            end_day=_day_hi(rec.get("end")),
            description=rec.get("description"),
            context=tuple(dict.fromkeys(norm(t) for t in rec.get("context") or () if norm(t))),
            external=dict(rec.get("external") or {}),
            bodies=dict(rec.get("bodies") or {}),
            demonyms=tuple(rec.get("demonyms") or ()),
            sources=tuple(rec.get("_sources") or (default_source,)),
            file=rec.get("_file"),
            strict_tenure=bool(rec.get("strict_tenure")),
            merged=tuple(dict(m) for m in rec.get("merged") or ()),
        )
        seen: set[tuple[str, str]] = set()
        names = [
            {
                "name": rec["name"],
                "kind": "official",
                "source": default_source,
                "ambiguous": bool(rec.get("name_ambiguous")),
            }
        ]
        names += [
            {"name": d, "kind": "demonym", "source": default_source}
            for d in rec.get("demonyms") or ()
        ]
        names += _qualified_name(rec, default_source)
        names += list(derived)
        for alias in names + list(rec.get("aliases") or ()):
            raw = {"name": alias} if isinstance(alias, str) else alias
            kind = raw.get("kind", "official")
            sensitive = raw.get("case_sensitive")
            if sensitive is None:
                sensitive = _auto_case_sensitive(raw["name"], kind)
            key = (raw["name"], kind)
            if key in seen:
                continue
            seen.add(key)
            when = raw.get("when")
            ent.aliases.append(
                Alias(
                    name=raw["name"],
                    kind=kind,
                    source=raw.get("source") or default_source,
                    entity_id=ident,
                    norm=norm(raw["name"]),
                    fold=fold(raw["name"]),
                    compact=compact(raw["name"]),
                    case_sensitive=bool(sensitive),
                    when=When(
                        years=tuple(when["years"]) if when.get("years") else None,
                        context_any=tuple(norm(t) for t in when.get("context_any") or ()),
                        context_none=tuple(norm(t) for t in when.get("context_none") or ()),
                    )
                    if when
                    else None,
                    start_day=_day_lo(raw.get("start")),
                    end_day=_day_hi(raw.get("end")),
                    # a listed person's kunya alone ("Abu al-Abbas") is borne by countless men
                    ambiguous=bool(raw.get("ambiguous"))
                    or (
                        ent.type == "person"
                        and kind != "official"
                        and (raw.get("source") or default_source) != "curated"
                        and _kunya_only(raw["name"])
                    ),
                    lang=raw.get("lang"),
                )
            )
        for rel in rec.get("relations") or ():
            ent.relations.append(
                Relation(
                    type=rel["type"],
                    subject=ident,
                    target=rel["target"],
                    start=_str_date(rel.get("start")),
                    end=_str_date(rel.get("end")),
                    start_day=_day_lo(rel.get("start")),
                    end_day=_day_hi(rel.get("end")),
                    role=rel.get("role"),
                    source=rel.get("source") or rec.get("_source", "curated"),
                    primary=bool(rel.get("primary")),
                    note=rel.get("note"),
                    autonomy=rel.get("autonomy"),
                )
            )
        return ent

    def copy_raw(self) -> dict[str, dict[str, Any]]:
        return copy.deepcopy(self.raw)

    # queries ----------------------------------------------------------------------------
    def __contains__(self, ident: object) -> bool:
        return ident in self.entities or ident in self.redirects

    def __len__(self) -> int:
        return len(self.entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities.values())

    def canonical_id(self, ident: str) -> str:
        seen = 0
        while ident in self.redirects and seen < 20:
            ident = self.redirects[ident]
            seen += 1
        return ident

    def get(self, ident: str) -> Entity:
        """The entity with this id (following merges); raises ActorError RW401."""
        ent = self.entities.get(self.canonical_id(ident))
        if ent is None:
            raise ActorError("RW401", id=ident)
        return ent

    def find(self, ident: str) -> Entity | None:
        return self.entities.get(self.canonical_id(ident))

    def country(self, iso3: str) -> Entity | None:
        """The country entity of an ISO3 code (the first one built), or None. The index is
        made on first use, so a KB unpickled from an older cache has it too."""
        index: dict[str, Entity] | None = self.__dict__.get("_countries")
        if index is None:
            index = {}
            for ent in self.entities.values():
                if ent.type == "country" and ent.country:
                    index.setdefault(ent.country, ent)
            self._countries = index
        return index.get(iso3)

    def relations(
        self, ident: str, *, types: Iterable[str] | None = None, incoming: bool = False
    ) -> list[Relation]:
        wanted = set(types) if types else None
        rels = self.incoming.get(ident, []) if incoming else self.get(ident).relations
        return [r for r in rels if wanted is None or r.type in wanted]

    def relations_of(
        self, ident: str, types: Iterable[str], day: int | None = None
    ) -> list[Entity]:
        """The entities ``ident`` relates to by a relation of one of ``types`` valid on ``day``
        (any date when None), each once, in the order of its relations; targets the KB does
        not hold are left out.

        >>> kb = default_kb()
        >>> [e.id for e in kb.relations_of("org:pak-government", ["governs"], to_day("2010"))]
        ['country:pakistan']
        >>> [e.id for e in kb.relations_of("org:pak-isi", ROLLUP, to_day("2010"))]
        ['org:pak-government']
        """
        wanted = frozenset(types)
        out: list[Entity] = []
        for rel in self.get(ident).relations:
            if rel.type in wanted and rel.covers(day):
                target = self.find(rel.target)
                if target is not None and target not in out:
                    out.append(target)
        return out

    def parents(self, ident: str, day: int | None = None) -> list[Entity]:
        """Direct parents (part_of / front_of) valid on ``day``."""
        return self.relations_of(ident, ROLLUP, day)

    def ancestors(self, ident: str, day: int | None = None) -> list[Entity]:
        """The parent chain, nearest first (first parent at each level), without cycles."""
        chain: list[Entity] = []
        current = self.get(ident)
        seen = {current.id}
        while True:
            parents = [p for p in self.parents(current.id, day) if p.id not in seen]
            if not parents:
                return chain
            current = parents[0]
            seen.add(current.id)
            chain.append(current)

    def children(self, ident: str, day: int | None = None) -> list[tuple[Relation, Entity]]:
        out = []
        for rel in self.incoming.get(self.canonical_id(ident), []):
            if rel.type in ROLLUP and rel.covers(day):
                child = self.find(rel.subject)
                if child is not None:
                    out.append((rel, child))
        return out

    def current_form(self, ident: str, day: int | None) -> Entity:
        """Follow renamed_as / merged_into that took effect by ``day``.

        >>> kb = default_kb()
        >>> kb.current_form("org:nusra-front", to_day("2018")).name
        "Hay'at Tahrir al-Sham"
        >>> kb.current_form("org:nusra-front", to_day("2013")).name
        'Nusra Front'
        """
        ent = self.get(ident)
        if day is None:
            return ent
        for _ in range(8):
            step = None
            for rel in ent.relations:
                if rel.type in FOLLOW and rel.start_day is not None and rel.start_day <= day:
                    step = self.find(rel.target)
                    break
            if step is None or step.id == ent.id:
                return ent
            ent = step
        return ent

    def acts_for(self, ident: str, day: int | None) -> tuple[Relation | None, Entity | None]:
        """The leader_of / member_of relation a person acted under on ``day``.

        Relations covering the day win (``primary`` first, then leader_of before
        member_of, then file order); otherwise the nearest tenure in time.
        """
        ent = self.get(ident)
        rels = [r for r in ent.relations if r.type in ACTS_FOR]
        if ent.strict_tenure and day is not None:
            rels = [r for r in rels if r.covers(day)]  # out of office: acts for no one
        if not rels:
            return None, None

        def rank(rel: Relation) -> tuple[int, int, int, int]:
            return (
                self._tenure_distance(rel, day),
                0 if rel.primary else 1,
                ACTS_FOR.index(rel.type),
                rel.order,
            )

        best = min(rels, key=rank)
        return best, self.find(best.target)

    def _tenure_distance(self, rel: Relation, day: int | None) -> int:
        """Days from ``day`` to ``rel``'s tenure, the tenure bounded by the life of the body
        it is held in: an undated membership (a sanctions list's "senior leader of X") holds
        only while X existed, so a man named in 2013 is not read as a member of a group
        dissolved in 2005 when a later post of his is nearer (stop 48)."""
        gap = rel.distance(day)
        if gap or day is None:
            return gap
        body = self.find(rel.target)
        if body is None or body.active(day):
            return 0
        if body.start_day is not None and day < body.start_day:
            return body.start_day - day
        return day - (body.end_day or day)

    def organization_at(self, ident: str, day: int | str | None = None) -> Entity | None:
        """The organisation an actor stands for on ``day``.

        A group, country, collective or sub-unit stands for itself (see
        :meth:`current_form` for what it had been renamed to or merged into by
        then); a person for the group they led or belonged to at that date; a
        place for the body seated there.
        """
        when = day if isinstance(day, int) and day > 10_000 else to_day(day)
        ent = self.get(ident)
        if ent.type == "person":
            _, org = self.acts_for(ent.id, when)
            return org
        if ent.type == "place":
            for rel in ent.relations:
                if rel.type == "seat_of" and rel.covers(when):
                    return self.find(rel.target)
            return None
        return ent

    def governs(self, ident: str, day: int | None) -> str | None:
        """ISO code of the country the entity governs on ``day``, if any."""
        for rel in self.get(ident).relations:
            if rel.type == "governs" and rel.covers(day):
                target = self.find(rel.target)
                if target is not None:
                    return target.country
        return None

    def aliases(self) -> Iterator[Alias]:
        for ent in self.entities.values():
            yield from ent.aliases

    def stats(self) -> dict[str, Any]:
        by_type: dict[str, int] = defaultdict(int)
        by_source: dict[str, int] = defaultdict(int)
        for ent in self.entities.values():
            by_type[ent.type] += 1
        n_alias = 0
        for alias in self.aliases():
            n_alias += 1
            by_source[alias.source] += 1
        n_rel = sum(len(e.relations) for e in self.entities.values())
        return {
            "version": self.version,
            "entities": len(self.entities),
            "aliases": n_alias,
            "relations": n_rel,
            "by_type": dict(sorted(by_type.items())),
            "aliases_by_source": dict(sorted(by_source.items())),
        }


def merge_documents(
    docs: list[tuple[str, dict[str, Any]]], exclude_sources: Iterable[str] = ()
) -> dict[str, dict[str, Any]]:
    """Fold definitions and extensions into one record per entity id, then close the
    open offices that ``tenure_ends`` entries end (:func:`close_tenures`).

    ``exclude_sources`` drops aliases and relations from those provenances, and
    entities defined only by them (used to measure coverage without a source).
    """
    excluded = set(exclude_sources)
    redirects = document_redirects(docs)
    raw: dict[str, dict[str, Any]] = {}
    extensions: list[tuple[str, str, dict[str, Any]]] = []
    ends: list[tuple[str, dict[str, Any]]] = []
    for name, doc in docs:
        source = doc.get("source", "curated")
        for ent in _as_list(doc.get("entities")):
            if source in excluded:
                continue
            rec = dict(ent)
            rec["_source"] = source
            rec["_sources"] = [source]
            rec["_file"] = name
            rec["aliases"] = [_with_source(a, source) for a in _as_list(ent.get("aliases"))]
            rec["relations"] = [_with_source(r, source) for r in _as_list(ent.get("relations"))]
            raw[ent["id"]] = rec
        for ent in _as_list(doc.get("extend")):
            extensions.append((name, source, ent))
        ends += [(source, item) for item in _as_list(doc.get("tenure_ends"))]
    for _name, source, ext in extensions:
        rec = raw.get(_follow(redirects, ext["id"]))
        if rec is None or source in excluded:
            continue
        rec["aliases"] += [_with_source(a, source) for a in _as_list(ext.get("aliases"))]
        rec["relations"] += [_with_source(r, source) for r in _as_list(ext.get("relations"))]
        if ext.get("context"):
            rec["context"] = list(rec.get("context") or []) + list(ext["context"])
        if ext.get("demonyms"):  # a state's adjective the defining file lacks (gaps62)
            have = list(rec.get("demonyms") or [])
            rec["demonyms"] = have + [d for d in ext["demonyms"] if d not in have]
        if ext.get("country") and not rec.get("country"):  # a home the defining file lacks
            rec["country"] = ext["country"]
        if ext.get("bodies"):  # a body the defining file names wins
            rec["bodies"] = {**ext["bodies"], **(rec.get("bodies") or {})}
        if ext.get("external"):
            merged = dict(rec.get("external") or {})
            for key, value in ext["external"].items():
                have = merged.get(key)
                if isinstance(have, list) and isinstance(value, list):
                    merged[key] = have + [v for v in value if v not in have]
                else:
                    merged.setdefault(key, value)
            rec["external"] = merged
        if ext.get("merged"):
            rec["merged"] = list(rec.get("merged") or []) + list(ext["merged"])
        if source not in rec["_sources"]:
            rec["_sources"].append(source)
    for source, item in ends:  # after the extensions: an extension's open office closes too
        if source not in excluded:
            apply_tenure_end(raw, redirects, item, source)
    for rec in raw.values():
        rec["aliases"] = [a for a in rec["aliases"] if a.get("source") not in excluded]
        rels = [
            dict(r, target=_follow(redirects, r["target"])) if r["target"] in redirects else r
            for r in rec["relations"]
        ]
        rec["relations"] = [
            r
            for r in rels
            if r.get("source") not in excluded and r["target"] in raw and r["target"] != rec["id"]
        ]
    return raw


def _with_source(item: Any, source: str) -> dict[str, Any]:
    out = {"name": item} if isinstance(item, str) else dict(item)
    out.setdefault("source", source)
    return out


NAME_CUES = Path(__file__).with_name("data") / "name_cues.yaml"


@lru_cache(maxsize=1)
def name_cues() -> dict[str, frozenset[str]]:
    """Every word list of name_cues.yaml, in lower case, read once (the knowledge base, the
    resolver and the name scanner all read it).

    >>> "state" in name_cues()["polity_nouns"], "abu" in name_cues()["kunya_words"]
    (True, True)
    """
    doc = yaml.safe_load(NAME_CUES.read_text("utf-8")) or {}
    return {key: frozenset(str(w).lower() for w in words or ()) for key, words in doc.items()}


_QUALIFIED = re.compile(
    r"^(?P<base>[^()]{4,}?) \((?P<where>[A-Z][\w'.-]*(?: [A-Za-z][\w'.-]*){0,2})\)$"
)
"""A name with a place qualifier: "National Liberation Army (Colombia)"."""
_QUALIFIED_TYPES = frozenset({"armed_group", "faction", "organization", "party", "shura"})


def _qualified_name(rec: dict[str, Any], source: str) -> list[dict[str, Any]]:
    """The bare name of a group named with a place qualifier, as an alias that holds only
    where its text names that place: "National Liberation Army" beside "Colombia" is
    "National Liberation Army (Colombia)"; without the place the bare name says nothing.
    The group's own context words (its cities, its allies: ``context``) count as the place
    (names13: "the Islamic Front in Aleppo").

    >>> _qualified_name({"name": "National Liberation Army (Colombia)",
    ...                  "type": "armed_group"}, "curated")
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'name': 'National Liberation Army', 'kind': 'short', 'source': 'curated',
      'when': {'context_any': ['Colombia']}}]
    >>> _qualified_name({"name": "Zorblan Front (Syria)", "type": "armed_group",
    ...                  "context": ["aleppo"]}, "curated")[0]["when"]
    {'context_any': ['Syria', 'aleppo']}
    >>> _qualified_name({"name": "Somali (Kenya)", "type": "collective"}, "ucdp")
    []
    """
    if rec.get("type") not in _QUALIFIED_TYPES:
        return []  # "Somali (Kenya)": a people where it lives, not a group's full name
    found = _QUALIFIED.match(str(rec.get("name") or ""))
    if found is None:
        return []
    return [
        {
            "name": found["base"],
            "kind": "short",
            "source": source,
            "when": {"context_any": [found["where"], *(rec.get("context") or ())]},
        }
    ]


_GROUP_NAME_TYPES = frozenset({"armed_group", "faction", "organization", "party", "shura"})


@lru_cache(maxsize=1)
def _kunya_words() -> tuple[frozenset[str], frozenset[str]]:
    """name_cues.yaml's ``kunya_words`` and ``kunya_articles``."""
    cues = name_cues()
    return cues.get("kunya_words", frozenset()), cues.get("kunya_articles", frozenset())


def _kunya_only(name: str) -> bool:
    """Is ``name`` only a kunya: "Abu", "Umm" (name_cues.yaml ``kunya_words``), an article
    at most, and one name? Countless people bear one, so a person's alias of that shape
    needs context, as an ambiguous name does.

    >>> _kunya_only("Abu al-Abbas"), _kunya_only("Umm Hamza"), _kunya_only("Abu Bakr al-Baghdadi")
    (True, True, False)
    >>> _kunya_only("Abbas"), _kunya_only("Abu")
    (False, False)
    """
    words, articles = _kunya_words()
    parts = norm(name.replace("-", " ")).split()
    if len(parts) < 2 or parts[0] not in words:
        return False
    rest = [p for p in parts[1:] if p not in articles]
    return len(rest) == 1


@lru_cache(maxsize=1)
def _trailing_heads() -> tuple[frozenset[str], frozenset[str]]:
    """name_cues.yaml's ``trailing_group_heads`` and ``descriptor_words``."""
    cues = name_cues()
    return cues.get("trailing_group_heads", frozenset()), cues.get("descriptor_words", frozenset())


@lru_cache(maxsize=1)
def descriptor_words() -> frozenset[str]:
    """Words of a current or creed (name_cues.yaml ``descriptor_words``: salafi, jihadist,
    maoist ...) that describe a group but name none: no short form of a name is made of
    them alone ("the Salafi Group" is no "Salafi"; "Salafi jihadists" are no group)."""
    return _trailing_heads()[1]


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[frozenset[str], ...] | None:
    """The noun, verb, adjective and adverb lemmas of the parser's lemmatizer, or None
    when the pipeline cannot be loaded."""
    try:
        from spacy.strings import get_string_id

        from riftwatch.nlp.parse import nlp

        table = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return tuple(
            frozenset(table[get_string_id(pos)])
            for pos in ("noun", "verb", "adj", "adv")
            if get_string_id(pos) in table
        )
    except Exception:  # noqa: BLE001  (no parser: no word is known to be distinctive)
        return None


def _ordinary_word(word: str) -> bool:
    """Is ``word`` an ordinary English word (any lemma of the parser's index, True when the
    parser cannot be loaded)?

    >>> _ordinary_word("liberation"), _ordinary_word("Martyrs"), _ordinary_word("Solaiman")
    (True, True, False)
    """
    tables = _lemma_tables()
    if tables is None:
        return True
    low = re.sub("['\u2019]s?$", "", word.lower())
    forms = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    return any(form in table for table in tables for form in forms)


def _headless_names(raw: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Short names derived at load time: a group's name ending in a generic head word
    (``trailing_group_heads``: "Amal Movement", "Polisario Organization") answers to the
    name without it ("Amal") when the rest is distinctive: its last word is no ordinary
    English word ("National Liberation" is not a name), no place's or country's, and no
    other actor answers to it (nor does another group's name shorten to it). The group's
    own names that are already the short one add nothing. The short name with a kin noun
    after it (``kin_collective_heads``: "the Zorblan brothers") names the family that runs
    the group, a collective name of it; a name ending in a kin-only head ("Velbrano Cartel":
    ``kin_only_group_heads``) gives those kin names and no bare short one (mmp27).

    >>> raw = {"org:a": {"id": "org:a", "name": "Zorblan Movement", "type": "armed_group"},
    ...        "org:b": {"id": "org:b", "name": "Islamic Movement", "type": "armed_group"},
    ...        "org:c": {"id": "org:c", "name": "Qarvesh Group", "type": "armed_group"},
    ...        "org:d": {"id": "org:d", "name": "Qarvesh Party", "type": "party"},
    ...        "org:e": {"id": "org:e", "name": "Velbrano Cartel", "type": "armed_group"}}
    >>> [d["name"] for d in _headless_names(raw)["org:a"]]
    ['Zorblan', 'Zorblan brothers', 'Zorblan clan', 'Zorblan family']
    >>> [d["name"] for d in _headless_names(raw)["org:e"]]
    ['Velbrano brothers', 'Velbrano clan', 'Velbrano family']
    >>> sorted(_headless_names(raw))
    ['org:a', 'org:e']
    """
    heads, descriptors = _trailing_heads()
    kin = name_cues().get("kin_collective_heads", frozenset())
    kin_only = name_cues().get("kin_only_group_heads", frozenset())
    taken: dict[str, set[str]] = defaultdict(set)
    personal: set[str] = set()  # words of persons' names: "Abu Nidal", "Nazir" are men
    for ident, rec in raw.items():
        names = [rec.get("name"), *(rec.get("demonyms") or ())]
        names += [a if isinstance(a, str) else a.get("name") for a in rec.get("aliases") or ()]
        for name in names:
            if name:
                taken[norm(str(name))].add(ident)
                if rec.get("type") == "person":
                    personal.update(norm(str(name)).split())
    wanted: dict[str, list[tuple[str, str, str, bool]]] = defaultdict(list)
    for ident, rec in raw.items():
        if rec.get("type") not in _GROUP_NAME_TYPES:
            continue
        names = [rec.get("name")]
        names += [
            a.get("name")
            for a in rec.get("aliases") or ()
            if isinstance(a, dict) and a.get("kind", "official") in ("official", "former")
            and not a.get("when") and not a.get("ambiguous")
        ]  # fmt: skip
        for name in dict.fromkeys(str(n) for n in names if n):
            words = name.split()
            if len(words) < 2 or words[-1].lower() not in heads | kin_only:
                continue
            rest = words[:-1]
            if rest[0].lower() == "the":
                rest = rest[1:]
            if not rest or not rest[-1][:1].isupper():
                continue
            short = " ".join(rest)
            key = norm(short)
            last = re.split(r"[-\u2010\u2011]", rest[-1])
            if (
                any(_ordinary_word(part) or norm(part) in taken for part in last)
                or norm(rest[-1]) in taken
                or descriptors & set(key.split())
                or personal & set(key.split())
            ):
                continue  # "National Liberation", "Pan-Turkish", "Salafi", "Abu Nidal"
            if len(key.replace(" ", "")) < 4 or taken.get(key, set()) - {ident}:
                continue
            if ident in taken.get(key, ()):
                continue  # already one of its names
            bare = words[-1].lower() in heads  # not only a kin-only head ("Cartel")
            wanted[key].append((ident, short, rec.get("_source", "curated"), bare))
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _key, claims in wanted.items():
        if len({claim[0] for claim in claims}) != 1:
            continue  # two groups shorten to the same name: it says neither
        ident, short, source, _bare = claims[0]
        if any(claim[3] for claim in claims):
            out[ident].append({"name": short, "kind": "short", "source": source})
        # "the Zorblan brothers", "the Zorblan family": the family that runs the group (mmp27)
        for noun in sorted(kin):
            if norm(f"{short} {noun}") not in taken:
                out[ident].append({"name": f"{short} {noun}", "kind": "collective",
                                   "source": source})  # fmt: skip
    return dict(out)


def _fingerprint(paths: list[Path], exclude: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    digest.update(repr(exclude).encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(Path(__file__).with_name("normalize.py").read_bytes())
    digest.update(NAME_CUES.read_bytes())
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_dir() -> Path | None:
    configured = os.environ.get("RIFTWATCH_CACHE_DIR")
    if configured == "":
        return None
    try:
        if configured:
            path = Path(configured)
        else:
            import platformdirs

            path = Path(platformdirs.user_cache_dir("riftwatch", appauthor=False))
        path.mkdir(parents=True, exist_ok=True)
        return path
    except OSError:
        return None


def load_kb(
    paths: Iterable[str | os.PathLike[str]] | None = None,
    *,
    exclude_sources: Iterable[str] = (),
    validate: bool = True,
    use_cache: bool = True,
) -> KnowledgeBase:
    """Load (and validate) KB files; the default is every bundled data file.

    The parsed result is cached on disk (``RIFTWATCH_CACHE_DIR`` or the user
    cache directory; set the variable to an empty string to disable) keyed by
    the content of the files, so later processes load in milliseconds.
    Raises :class:`~riftwatch.actors.errors.ActorError` RW400 listing the
    problems when a file is invalid.
    """
    files = [Path(p) for p in paths] if paths is not None else data_files()
    exclude = tuple(sorted(set(exclude_sources)))
    version = _fingerprint(files, exclude)
    cache = _cache_dir() if use_cache else None
    cached = cache / f"actor-kb-{version}.pickle" if cache else None
    if cached is not None and cached.exists():
        try:
            with cached.open("rb") as handle:
                kb = pickle.load(handle)  # noqa: S301 - our own cache file
            if isinstance(kb, KnowledgeBase):
                return kb
        except Exception:  # noqa: BLE001 - a stale or broken cache is rebuilt
            pass
    docs = [(f.name, read_file(f)) for f in files]
    if validate:
        problems = validate_documents(docs)
        if problems:
            shown = "; ".join(problems[:20])
            more = f" (and {len(problems) - 20} more)" if len(problems) > 20 else ""
            raise ActorError("RW400", detail=f"{len(problems)} problems: {shown}{more}")
    redirects = {old: new for old, new in document_redirects(docs).items() if old != new}
    kb = KnowledgeBase(merge_documents(docs, exclude), version=version, redirects=redirects)
    if cached is not None:
        try:
            tmp = cached.with_suffix(f".tmp{os.getpid()}")
            with tmp.open("wb") as handle:
                pickle.dump(kb, handle, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(cached)
        except OSError:
            pass
    return kb


@lru_cache(maxsize=4)
def _default_kb(exclude: tuple[str, ...]) -> KnowledgeBase:
    return load_kb(exclude_sources=exclude)


def default_kb(exclude_sources: Iterable[str] = ()) -> KnowledgeBase:
    """The bundled KB, loaded once per process."""
    return _default_kb(tuple(sorted(set(exclude_sources))))


__all__ = [
    "ALIAS_KINDS",
    "DATA_DIR",
    "PROVENANCE",
    "RELATION_TYPES",
    "TYPES",
    "Alias",
    "Entity",
    "KnowledgeBase",
    "Relation",
    "When",
    "data_files",
    "default_kb",
    "document_redirects",
    "load_kb",
    "merge_documents",
    "read_file",
    "validate_documents",
]
