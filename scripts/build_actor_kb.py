"""Build the generated actor knowledge-base files from public datasets.

    .venv/bin/python scripts/build_actor_kb.py [--datasets ../shared/datasets] [--check]

Reads, from ``--datasets``:

- ``un-1267-1988-sanctions-list-2018/entries.jsonl`` (UN Security Council list,
  official document): entities and individuals, their aliases with quality, and the
  affiliations in the comments ("Member of X (QDe.132)") -> ``un_1267_1988.yaml``;
- ``ofac-sdn-sdgt-afpak-2024/entries.jsonl`` (US Treasury, public domain): names,
  a.k.a.s and "Linked To" edges -> ``ofac_sdn.yaml``;
- ``ucdp-ged-pakistan``, ``ucdp-ged-afghanistan-sample`` and
  ``ucdp-nonstate-conflict-v17.1`` (CC BY 4.0): actor names and who fought whom in
  which years -> ``ucdp.yaml``;
- ``mmp-militant-relationships`` (Stanford MMP, no licence): only facts - the two group
  names, the relation type and its date; the description sentences are never copied
  -> ``mmp_facts.yaml``;

and, from ``--dictionaries`` (default ``../shared/dictionaries/petrarch2``, PETRARCH-2,
MIT licence, Copyright (c) 2014 Open Event Data Alliance):

- ``Phoenix.MilNonState.actors.txt``: the world's militant and non-state groups with their
  synonyms (derived from START's TOPS data) -> ``phoenix_milnonstate.yaml``.

UCDP non-state actors of every country are kept (not only Afghanistan/Pakistan). Names
that must not match ordinary text are kept but marked ``name_ambiguous`` (they resolve
only with context words, never from the words alone): communal and identity groups
(UCDP ``org`` 3: clans, tribes, ethnic groups), names of fewer than three letters, one
word of ordinary English (the CAMEO verb and agent dictionaries, the stop words and the
duplicate rule's generic words are the vocabulary), and names of at most two words that
are all ordinary English. Phoenix names of one word are kept only as acronyms given in
brackets; blocks that list persons with their group (a code on its own line) are skipped.
Links the OFAC list gives by name ("Linked To") that match no actor when read are tried
again after every source is in, by name, alias and spelling skeleton
(``riftwatch.actors.dedupe.parse``); the rest are printed as unresolved.

and writes ``src/riftwatch/actors/data/generated/*.yaml``. Hand-curated files in
``data/curated/`` are read (never written): their ``external`` ids and aliases decide
which dataset record is which curated actor, and a curated alias always wins over a
generated one, so a rebuild never loses curation. The output is deterministic (sorted,
no timestamps); ``--check`` exits 1 when the committed files differ from a rebuild.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from riftwatch.actors.dedupe import Decision, Rules, find_duplicates, parse  # noqa: E402
from riftwatch.actors.kb import DATA_DIR, KnowledgeBase, merge_documents, read_file  # noqa: E402
from riftwatch.actors.normalize import fold, norm  # noqa: E402

DEFAULT_DATASETS = REPO.parent / "shared" / "datasets"
DEFAULT_DICTIONARIES = REPO.parent / "shared" / "dictionaries" / "petrarch2"
MILNONSTATE = "Phoenix.MilNonState.actors.txt"
UCDP_COMMUNAL = {"3"}
"""UCDP ``org`` codes of communal and identity groups (clans, tribes, ethnic groups)."""
MIN_NAME_LETTERS = 3
OUT = DATA_DIR / "generated"
UN_SNAPSHOT = "2018-10-29"
OFAC_SNAPSHOT = "2024-05-03"

ORG_WORDS = re.compile(
    r"\b(trust|foundation|exchange|hawala|ltd|limited|company|co\.|organi[sz]ation|society|"
    r"branch|office|charit|committee|welfare|madrass?a|relief|dmcc|llc|sarafi|bank|"
    r"association|agency|institute|centre|center)\b",
    re.IGNORECASE,
)
MMP_NO_ID = {"-99"}
"""MMP's placeholder group id (several groups share it): such groups are keyed by name."""
MMP_GENERIC_NAMES = {
    "Anole", "Black Order", "Communist Brigades", "Death to Kidnappers",
    "Democratic Socialist Republic of Sri Lanka", "Federal Government of Somalia",
    "Independent Islamist Groups", "Indian Peace Keeping Force", "Islamic Front",
    "Let's Take Action", "Movement of 1968", "National Front", "National Vanguard",
    "New Order", "OL", "Research and Analysis Wing", "Revolutionary Action",
    "Revolutionary Cells", "Small Groups in Iraq", "Tara", "Tawhid", "The Compass",
    "The Islamic Front", "The Reformist Group", "Third Position",
    "Transitional Federal Government",
}  # fmt: skip
"""MMP group names that are ordinary words or a state's own body: they resolve only with
supporting context (``name_ambiguous``), never from the words alone."""
LOWER_PARTICLES = {
    "al",
    "el",
    "ul",
    "ud",
    "bin",
    "ibn",
    "bint",
    "e",
    "i",
    "wa",
    "wal",
    "fi",
    "of",
    "the",
    "and",
    "for",
    "in",
    "de",
    "la",
    "le",
    "du",
    "ad",
    "ar",
    "as",
    "at",
    "az",
    "an",
    "ash",
    "abd",
}


# -- helpers --------------------------------------------------------------------------
def slug(text: str) -> str:
    text = norm(text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-") or "x"


def display(name: str) -> str:
    """Title-case an all-capitals list name, keeping particles and short codes."""
    name = re.sub(r"\s+", " ", name).strip()
    if any(ch.islower() for ch in name):
        return name
    words = []
    for i, word in enumerate(name.split(" ")):
        parts = re.split(r"([-'’/])", word)
        out = []
        for j, part in enumerate(parts):
            low = part.lower()
            if not part or not part[0].isalpha():
                out.append(part)
            elif j > 0 and parts[j - 1] in ("'", "’") and len(part) <= 2:
                out.append(low)  # "PEOPLE'S" -> "People's", "DON'T" (but "O'Neill")
            elif i > 0 and low in LOWER_PARTICLES:
                out.append(low)
            elif re.fullmatch(r"\([A-Z]{2,6}\)", part):
                out.append(part)
            else:
                out.append(part[:1].upper() + part[1:].lower())
        words.append("".join(out))
    return " ".join(words)


def split_alias_blob(text: str) -> list[str]:
    """UN alias strings sometimes pack several names: 'A (B) (C; D; E)'."""
    text = text.replace("(original script)", "")
    parts = re.split(r"[;()]", text)
    out = []
    for part in parts:
        part = part.strip(" ,\"'")
        if sum(ch.isalpha() for ch in part) >= 2:
            out.append(part)
    return out


_ABBR_RE = re.compile(r"\s*\(([A-Za-z][A-Za-z\-]{1,7})\)\s*")


def name_parts(name: str) -> tuple[str, list[str]]:
    """'TEHRIK-E TALIBAN PAKISTAN (TTP)' -> ('Tehrik-e Taliban Pakistan', ['TTP']).

    A parenthesised word that is not an abbreviation ('(PAKISTAN)') stays in the name.
    """
    extra: list[str] = []

    def take(match: re.Match[str]) -> str:
        word = match.group(1)
        letters = word.replace("-", "")
        if len(letters) <= 6 and letters.lower() not in _COUNTRY_WORDS:
            extra.append(word)
            return " "
        return match.group(0)

    base = _ABBR_RE.sub(take, name).strip()
    if " / " in base:
        base, *rest = [p.strip() for p in base.split(" / ")]
        extra += rest
    return display(base), extra


_COUNTRY_WORDS = {
    "pakistan",
    "somalia",
    "tanzania",
    "kenya",
    "indonesia",
    "comoros",
    "albania",
    "ethiopia",
    "bangladesh",
    "afghanistan",
    "netherlands",
    "bosnia",
    "yemen",
}


_COMMON = """muhammad mohammad mohammed muhammed mohamed mohamad mohd md ahmad ahmed ahmet ali abdul
abd abdel abdal abdullah abdallah abdulla omar umar usman osman uthman khalid khaled khan hassan
hasan hussain hussein husain ibrahim ismail ismael yusuf yousuf yousaf yusef yousef mahmood
mahmoud mahmud rahman rehman rahim raheem karim kareem aziz jan gul shah mir noor nur said saeed
sayed syed sayyed sayyid amin ameen amir zia ullah din uddin ud hamid rashid faisal bilal tariq
imran javed asif zahir nasir naseer mustafa mostafa musa isa yahya zakaria saleh salih fazl fazal
malik iqbal akbar akhtar anwar ashraf aslam ayub ayyub bashir dawood dawud daud farooq faruq
ghulam habib hakim ilyas ishaq jamal jamil kamal latif majid mansoor mansour mansur masood masud
mujahid munir nadeem qasim rauf sadiq sajid salim saleem sami sultan tahir wali waheed yasin yasir
younis yunus zafar zaman zubair abu abou ibn bin umm haji hajji mullah maulavi mawlawi maulvi qari
hafiz sheikh shaikh mufti maulana al el ul ur abdur abdus abdulrahman abdurrahman hamza hamzah
idris adam nabi rasul rasool qadir qadeer basir baseer sattar jabbar ghani ghafoor haq haqq"""
COMMON_NAMES = frozenset(_COMMON.split())
"""Very common Muslim given names and honorifics: a name made only of these identifies nobody."""
_KUNYA = (
    "abu",
    "abou",
    "umm",
    "ibn",
    "bin",
    "haji",
    "mullah",
    "maulavi",
    "mawlawi",
    "qari",
    "hafiz",
    "sheikh",
)


def _generic_person_name(name: str) -> bool:
    """One-word names, short kunyas ("Hizbullah", "Abu Ismail") and names made only of very
    common given names ("Muhammad Ali", "Abdul Qadir") fit many people: weak aliases."""
    words = [w.lower() for w in re.split(r"[\s\-'’,]+", name.strip()) if w]
    if len(words) <= 1:
        return True
    if len(words) == 2 and words[0] in _KUNYA:
        return True
    return all(norm(w) in COMMON_NAMES for w in words)


def is_abbreviation(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return (
        1 < len(letters) <= 6
        and name.replace("-", "").replace(".", "").isupper()
        and (" " not in name.strip())
    )


class Builder:
    def __init__(self, datasets: Path) -> None:
        self.datasets = datasets
        self.curated = KnowledgeBase(merge_documents(_fixed_documents()))
        self.ext: dict[tuple[str, str], str] = {}
        for ent in self.curated:
            for key, values in ent.external.items():
                for value in values if isinstance(values, list) else [values]:
                    self.ext[(key, str(value))] = ent.id
        for _name, doc in _fixed_documents():
            # a curated extension may give a dataset id to an actor another script
            # generates (names13: MMP's Egyptian Jama'a al-Islamiya is Phoenix's group)
            for rec in doc.get("extend") or ():
                for key, values in (rec.get("external") or {}).items():
                    for value in values if isinstance(values, list) else [values]:
                        self.ext.setdefault((key, str(value)), rec["id"])
        # alias claims: key -> entity ids (curated), and generated claims added as we go
        self.claims: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.curated_claims: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.by_norm: dict[str, set[str]] = defaultdict(set)
        self.by_fold: dict[str, set[str]] = defaultdict(set)
        for ent in self.curated:
            for alias in ent.aliases:
                key = self._key(alias.name, alias.kind, alias.case_sensitive)
                self.claims[key].add(ent.id)
                self.curated_claims[key].add(ent.id)
                if alias.kind != "weak" and not alias.when and not alias.ambiguous:
                    self.by_norm[alias.norm].add(ent.id)
                    if len(alias.fold.split()) > 1:
                        self.by_fold[alias.fold].add(ent.id)
        self.countries: dict[str, str] = {}
        for ent in self.curated:
            if ent.type == "country" and ent.country:
                for alias in ent.aliases:
                    self.countries[alias.norm] = ent.country
        self.generated: dict[str, dict[str, Any]] = {}
        self.extend: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.gen_by_norm: dict[str, set[str]] = defaultdict(set)
        self.notes: dict[str, list[str]] = defaultdict(list)
        self.communal: set[str] = set()
        self.world_names: set[str] = set()
        self.guarded: set[str] = set()
        """Generated ids whose names the ordinary-word guard made ambiguous."""
        self.vocabulary: set[str] = set()
        self.pending_links: list[tuple[str, str, bool, str]] = []
        self.reserved: set[tuple[str, str]] = set()
        """Alias keys of the Phoenix countries file (persons and state bodies included)."""
        path = DATA_DIR / "generated" / FIXED_GENERATED[0]
        if path.exists():
            for ent in KnowledgeBase(merge_documents([(path.name, read_file(path))])):
                for alias in ent.aliases:
                    self.reserved.add(self._key(alias.name, alias.kind, alias.case_sensitive))

    # identity -------------------------------------------------------------------------
    @staticmethod
    def _key(name: str, kind: str, case_sensitive: bool | None = None) -> tuple[str, str]:
        from riftwatch.actors.kb import _alias_keys

        return _alias_keys(name, kind, case_sensitive)

    def kind_of(self, ident: str) -> str:
        return ident.split(":", 1)[0]

    def entity_type(self, ident: str) -> str:
        if ident in self.curated.entities:
            return self.curated.entities[ident].type
        return self.generated[ident]["type"]

    def match(self, names: list[str], prefix: str, *, curated_only: bool = False) -> str | None:
        """A unique curated (then generated) entity of this id prefix with one of the names."""
        for pool in ("curated", "generated"):
            if pool == "generated" and curated_only:
                break
            for name in names:
                key = norm(name)
                ids = (
                    self.by_norm.get(key, set())
                    if pool == "curated"
                    else self.gen_by_norm.get(key, set())
                )
                ids = {i for i in ids if i.startswith(prefix + ":")}
                if len(ids) == 1:
                    return next(iter(ids))
                if pool == "curated":
                    folded = {
                        i for i in self.by_fold.get(fold(name), set()) if i.startswith(prefix + ":")
                    }
                    if len(folded) == 1:
                        return next(iter(folded))
        return None

    def claimed(self, name: str, prefix: str) -> str | None:
        """The one actor of this id prefix that already holds the name as an alias (from
        any source read so far, extensions included)."""
        kind = "abbreviation" if is_abbreviation(name) else "official"
        owners = {o for o in self.claims.get(self._key(name, kind), ()) if o.startswith(prefix)}
        return next(iter(owners)) if len(owners) == 1 else None

    def home_of(self, ident: str) -> str | None:
        """The home country (ISO3) of a curated or generated actor, when it has one."""
        if ident in self.curated.entities:
            return self.curated.entities[ident].country or None
        rec = self.generated.get(ident)
        return rec.get("country") if rec else None

    def country_code(self, *names: str | None) -> str | None:
        for name in names:
            if name and norm(name) in self.countries:
                return self.countries[norm(name)]
        return None

    def new_entity(self, name: str, type_: str, source: str, ref: str, **extra: Any) -> str:
        prefix = "person" if type_ == "person" else "collective" if type_ == "collective" else "org"
        ident = f"{prefix}:{slug(name)}"
        if ident in self.curated.entities or ident in self.generated:
            ident = f"{prefix}:{slug(name)}-{slug(ref)}"
        record = {"id": ident, "name": name, "type": type_, "_source": source}
        if type_ == "person" and _generic_person_name(name):
            record["name_ambiguous"] = True
        record.update({k: v for k, v in extra.items() if v not in (None, [], {})})
        record.setdefault("aliases", [])
        record.setdefault("relations", [])
        self.generated[ident] = record
        self.gen_by_norm[norm(name)].add(ident)
        return ident

    def target(self, ident: str, source: str) -> dict[str, Any]:
        """The record that receives statements from ``source`` about ``ident``."""
        if ident in self.generated and self.generated[ident]["_source"] == source:
            return self.generated[ident]
        rec = self.extend[source].get(ident)
        if rec is None:
            rec = {"id": ident, "aliases": [], "relations": []}
            self.extend[source][ident] = rec
        return rec

    def existing_names(self, ident: str) -> set[str]:
        names: set[str] = set()
        if ident in self.curated.entities:
            names |= {a.norm for a in self.curated.entities[ident].aliases}
        if ident in self.generated:
            rec = self.generated[ident]
            names.add(norm(rec["name"]))
            names |= {norm(a["name"]) for a in rec["aliases"]}
        for src in self.extend:
            rec = self.extend[src].get(ident)
            if rec:
                names |= {norm(a["name"]) for a in rec["aliases"]}
        return names

    def _curated_conditional(self, ident: str, name: str) -> bool:
        """Whether the curated actor holds this exact name only under a ``when`` rule or as
        ambiguous."""
        ent = self.curated.entities.get(ident)
        if ent is None:
            return False
        same = [a for a in ent.aliases if a.name == name]
        return bool(same) and all(a.when is not None or a.ambiguous for a in same)

    def add_alias(self, ident: str, name: str, kind: str, source: str, **extra: Any) -> None:
        name = re.sub(r"\s+", " ", name).strip().strip('"').strip()
        if sum(ch.isalpha() for ch in name) < 2:
            return
        cased = any(ch.lower() != ch.upper() for ch in name)  # Arabic, Chinese: no case
        if kind != "abbreviation" and " " not in name and cased and name == name.lower():
            # one lower-case word is no name ("martyrs", "third" split from a list's
            # "Chechen martyrs", "Santos, third"): it would match ordinary text
            self.notes[source].append(f"dropped alias {name!r} of {ident}: an ordinary word")
            return
        if kind == "official" and is_abbreviation(name):
            kind = "abbreviation"
        if norm(name) in self.existing_names(ident) and kind != "abbreviation":
            return
        if self._curated_conditional(ident, name):
            # the curation holds this name only with a rule ("NDC" beside Congo words): an
            # unconditional copy from a dataset would undo the rule
            return
        key = self._key(name, kind)
        owners = self.curated_claims.get(key, set())
        if any(o != ident for o in owners):
            self.notes[source].append(
                f"dropped alias {name!r} of {ident}: curated for "
                f"{sorted(o for o in owners if o != ident)}"
            )
            return
        rec = self.target(ident, source)
        if any(a["name"] == name for a in rec["aliases"]):
            return
        alias = {"name": name, "kind": kind}
        alias.update({k: v for k, v in extra.items() if v})
        rec["aliases"].append(alias)
        self.claims[key].add(ident)
        if ident in self.generated:
            self.gen_by_norm[norm(name)].add(ident)

    def add_relation(self, ident: str, rel: dict[str, Any], source: str) -> None:
        if rel["target"] == ident:
            return
        rec = self.target(ident, source)
        clean = {k: v for k, v in rel.items() if v not in (None, "")}
        if clean not in rec["relations"]:
            rec["relations"].append(clean)

    # UN ---------------------------------------------------------------------------------
    def un(self) -> None:
        source = "un-1267-2018"
        path = self.datasets / "un-1267-1988-sanctions-list-2018" / "entries.jsonl"
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        ref_ids: dict[str, str] = {}
        # entities first, so that individuals can point to them
        for row in sorted(
            rows, key=lambda r: (r["record_type"] != "entity", r["reference_number"])
        ):
            ref = row["reference_number"]
            individual = row["record_type"] == "individual"
            base, extra = name_parts(row["name"])
            aliases = []
            for item in row.get("aliases") or []:
                for part in split_alias_blob(item["name"]):
                    aliases.append((part, item.get("quality") or "a.k.a."))
            prefix = "person" if individual else "org"
            ident = self.ext.get(("un", ref))
            if ident is None and not individual:
                ident = self.match(
                    [base] + extra + [a for a, q in aliases if q != "Low"],
                    prefix,
                    curated_only=True,
                )
            if ident is None and individual:
                strong = [a for a, q in aliases if q != "Low" and len(norm(a).split()) >= 2]
                ident = self.match([base] + strong, prefix, curated_only=True)
            if ident is None:
                country = self.country_code(
                    *(row.get("nationality") or []), *(row.get("address_countries") or [])
                )
                type_ = (
                    "person"
                    if individual
                    else ("organization" if ORG_WORDS.search(base) else "armed_group")
                )
                ident = self.new_entity(
                    base,
                    type_,
                    source,
                    ref,
                    country=country,
                    external={"un": [ref]},
                    description=self._un_description(row),
                )
            ref_ids[ref] = ident
            rec = self.target(ident, source)
            if ident in self.curated.entities:
                rec.setdefault("external", {})["un"] = [ref]
                self.add_alias(ident, base, "official", source)
            for abbr in extra:
                self.add_alias(ident, abbr, "abbreviation", source)
            if row.get("name_original_script"):
                self.add_alias(ident, row["name_original_script"], "official", source, lang="ar")
            for alias, quality in aliases:
                kind = {"Low": "weak", "f.k.a.": "former"}.get(
                    quality, "transliteration" if individual else "official"
                )
                if individual and _generic_person_name(alias):
                    kind = "weak"
                self.add_alias(ident, alias, kind, source)
        for row in rows:
            self._un_relations(row, ref_ids, source)

    @staticmethod
    def _un_description(row: dict[str, Any]) -> str:
        what = "Individual" if row["record_type"] == "individual" else "Entity"
        listed = row.get("listed_on") or "?"
        return (
            f"{what} on the UN Security Council {row['un_list_type']} sanctions list "
            f"({row['reference_number']}, listed {listed})."
        )

    def _un_relations(self, row: dict[str, Any], ref_ids: dict[str, str], source: str) -> None:
        ident = ref_ids[row["reference_number"]]
        individual = row["record_type"] == "individual"
        curated = ident in self.curated.entities
        comments = row.get("comments") or ""
        for sentence in re.split(r"(?<=[.;])\s+", comments):
            for ref in re.findall(r"\((Q[DT][ie]\.\d+|TA[ie]\.\d+)\)", sentence):
                target = ref_ids.get(ref)
                if target is None or target == ident:
                    continue
                if target == "org:aqi" and re.search(r"Islamic State|ISIL", sentence):
                    target = "org:islamic-state"
                target_kind = self.kind_of(target)
                if target_kind != "org":
                    continue
                low = sentence.lower()
                if individual:
                    if curated:
                        continue  # curated persons keep their hand-dated tenures
                    role = re.sub(r"\s*\([^)]*\)", "", sentence).strip(" .;")[:120]
                    rel = {
                        "type": "member_of",
                        "target": target,
                        "role": role or None,
                        "note": f"per UN list {UN_SNAPSHOT}",
                    }
                else:
                    rtype = "linked_to"
                    if "splinter" in low:
                        rtype = "splinter_of"
                    elif "affiliate" in low:
                        rtype = "affiliated_with"
                    elif "merged" in low:
                        rtype = "merged_with"
                    rel = {"type": rtype, "target": target, "note": f"per UN list {UN_SNAPSHOT}"}
                self.add_relation(ident, rel, source)
        if individual and not curated:
            if re.search(r"Quetta Shura", comments):
                self.add_relation(
                    ident,
                    {
                        "type": "member_of",
                        "target": "org:quetta-shura",
                        "note": "UN list: member of the Quetta Shura",
                    },
                    source,
                )
            if re.search(r"Peshawar (Shura|Military Council)", comments):
                self.add_relation(
                    ident,
                    {
                        "type": "member_of",
                        "target": "org:peshawar-shura",
                        "note": "UN list: Peshawar Shura",
                    },
                    source,
                )
            haqqani = "TAe.012" in comments or "Haqqani Network" in comments
            if row["un_list_type"] == "Taliban" and not haqqani:
                role = (row.get("designation") or [None])[0]
                self.add_relation(
                    ident,
                    {
                        "type": "member_of",
                        "target": "org:afghan-taliban",
                        "role": role[:120] if role else None,
                        "primary": True,
                        "note": "UN 1988 (Taliban) list",
                    },
                    source,
                )

    # OFAC -------------------------------------------------------------------------------
    def ofac(self) -> None:
        source = "ofac-sdn-2024"
        path = self.datasets / "ofac-sdn-sdgt-afpak-2024" / "entries.jsonl"
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        ids: dict[str, str] = {}
        for row in sorted(rows, key=lambda r: (r["sdn_type"] is not None, int(r["ent_num"]))):
            individual = row["sdn_type"] == "individual"
            raw = row["sdn_name"]
            if individual and "," in raw:
                last, first = [p.strip() for p in raw.split(",", 1)]
                base = display(f"{first} {last.upper()}") if first else display(last)
                base = f"{first} {display(last)}" if first else display(last)
            else:
                base, _ = name_parts(raw)
            prefix = "person" if individual else "org"
            ident = self.ext.get(("ofac", row["ent_num"]))
            if ident is None:
                names = [base] + ([] if individual else list(row.get("aka") or []))
                candidate = self.match(names, prefix)
                if candidate and individual and candidate in self.curated.entities:
                    candidate = self._person_compatible(candidate, row)
                ident = candidate
            if ident is None:
                nationality = re.search(
                    r"nationality ([A-Z][A-Za-z ]+?)[;.]", row.get("remarks") or ""
                )
                country = self.country_code(nationality.group(1) if nationality else None)
                type_ = (
                    "person"
                    if individual
                    else ("organization" if ORG_WORDS.search(base) else "armed_group")
                )
                ident = self.new_entity(
                    base,
                    type_,
                    source,
                    row["ent_num"],
                    country=country,
                    external={"ofac": [row["ent_num"]]},
                    description=f"{'Individual' if individual else 'Entity'} on the OFAC SDN "
                    f"list (SDGT), snapshot {OFAC_SNAPSHOT}, entry {row['ent_num']}.",
                )
            else:
                rec = self.target(ident, source)
                rec.setdefault("external", {})["ofac"] = [row["ent_num"]]
                self.add_alias(
                    ident, base, "official" if not individual else "transliteration", source
                )
            ids[row["ent_num"]] = ident
            for aka in row.get("aka") or []:
                kind = (
                    "abbreviation"
                    if is_abbreviation(aka)
                    else ("transliteration" if individual else "official")
                )
                if individual and _generic_person_name(aka):
                    kind = "weak"
                self.add_alias(
                    ident, display(aka) if not is_abbreviation(aka) else aka, kind, source
                )
        for row in rows:
            ident = ids[row["ent_num"]]
            individual = row["sdn_type"] == "individual"
            if individual and ident in self.curated.entities:
                continue
            for linked in row.get("linked_to") or []:
                target = self._ofac_target(linked)
                if target is None:
                    # tried again once every source is in (resolve_pending_links)
                    self.pending_links.append((ident, linked, individual, source))
                    continue
                if target == ident:
                    continue
                self.add_relation(ident, self._ofac_link(target, individual), source)

    def _ofac_link(self, target: str, individual: bool) -> dict[str, Any]:
        if self.kind_of(target) == "org" and individual:
            return {
                "type": "member_of",
                "target": target,
                "role": "linked (OFAC)",
                "note": "OFAC Linked To",
            }
        return {"type": "linked_to", "target": target, "note": "OFAC Linked To"}

    def resolve_pending_links(self) -> list[str]:
        """Try the OFAC links no actor matched when read, now that every source is in.

        First by name and alias (``match``), then by spelling skeleton: the link's content
        words, designators set aside ("AL-MULATHAMUN BATTALION" and "Al Moulathamoun" are
        both ``mltmn``), when exactly one organisation has a name or alias with the same
        distinctive skeleton. Returns the links still unresolved, also kept as notes."""
        left: list[str] = []
        index = self._skeleton_index()
        for ident, linked, individual, source in self.pending_links:
            target = self._ofac_target(linked)
            how = "name"
            if target is None:
                target, how = self._skeleton_target(linked, index), "spelling skeleton"
            if target is None or target == ident:
                note = f"unresolved link: {ident} Linked To {linked!r} (no actor by that name)"
                self.notes[source].append(note)
                left.append(note)
                continue
            self.add_relation(ident, self._ofac_link(target, individual), source)
            self.notes[source].append(f"link {linked!r} of {ident} resolved by {how}: {target}")
        self.pending_links = []
        return left

    def _skeleton_index(self) -> dict[tuple[str, ...], set[str]]:
        rules = Rules.load()
        index: dict[tuple[str, ...], set[str]] = defaultdict(set)
        names: list[tuple[str, str]] = []
        for ent in self.curated:
            if ent.id.startswith("org:"):
                names += [(ent.id, a.name) for a in ent.aliases if a.kind != "weak"]
        for ident, rec in self.generated.items():
            if ident.startswith("org:"):
                names += [(ident, rec["name"])]
                names += [(ident, a["name"]) for a in rec["aliases"] if a["kind"] != "weak"]
        for src in self.extend.values():
            for ident, rec in src.items():
                if ident.startswith("org:"):
                    names += [(ident, a["name"]) for a in rec["aliases"] if a["kind"] != "weak"]
        for ident, name in names:
            parsed = parse(name, rules, {})
            core = parsed.core()
            if core and any(w not in rules.generic for w in parsed.raw):
                index[core].add(ident)
        return index

    def _skeleton_target(self, name: str, index: dict[tuple[str, ...], set[str]]) -> str | None:
        base, _extra = name_parts(name)
        for candidate in (base, name):
            hits = index.get(parse(candidate, Rules.load(), {}).core(), set())
            if len(hits) == 1:
                return next(iter(hits))
        return None

    def _person_compatible(self, ident: str, row: dict[str, Any]) -> str | None:
        """A curated person matched by name only if the OFAC links agree with their groups."""
        links = [self._ofac_target(t) for t in row.get("linked_to") or []]
        if not links:
            return ident
        groups = {r.target for r in self.curated.entities[ident].relations}
        return ident if any(link in groups for link in links) else None

    def _ofac_target(self, name: str) -> str | None:
        if "," in name:
            last, first = [p.strip() for p in name.split(",", 1)]
            return self.match([f"{first} {last}"], "person")
        base, extra = name_parts(name)
        return self.match([base, name] + extra, "org")

    # UCDP -------------------------------------------------------------------------------
    def ucdp(self) -> None:
        source = "ucdp"
        names: dict[str, str] = {}
        dyads: dict[tuple[str, str], list[str]] = defaultdict(list)
        afpak: set[str] = set()
        ged = [
            ("ucdp-ged-pakistan/events.csv", "Pakistan"),
            ("ucdp-ged-afghanistan-sample/events.csv", "Afghanistan"),
        ]
        for rel_path, country in ged:
            with (self.datasets / rel_path).open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    sides = []
                    # a rebel side's home is the country whose government it fights, not
                    # the country where one event happened (UCDP's "MEK" in Karachi)
                    home = self._ucdp_state_side(row) or country
                    for side in (row["side_a"], row["side_b"]):
                        for part in self._ucdp_parts(side):
                            names.setdefault(part, home)
                            afpak.add(part)
                        sides.append(self._ucdp_parts(side))
                    for a in sides[0]:
                        for b in sides[1]:
                            dyads[(a, b)].append(row["date_start"][:10])
        with (self.datasets / "ucdp-nonstate-conflict-v17.1" / "nonstate_conflict_years.csv").open(
            encoding="utf-8", newline=""
        ) as handle:
            for row in csv.DictReader(handle):
                # every country's group-vs-group conflicts (issue 9: the world's groups)
                location = row["location"].split(",")[0].strip()
                location = re.sub(r"\s*\(.*\)$", "", location)  # "Myanmar (Burma)"
                a_parts = self._ucdp_parts(row["sideaname"])
                b_parts = self._ucdp_parts(row["sidebname"])
                for part in a_parts + b_parts:
                    names.setdefault(part, location)
                    if row["afpak"] == "True":
                        afpak.add(part)
                    elif row.get("org") in UCDP_COMMUNAL:
                        self.communal.add(part)
                for a in a_parts:
                    for b in b_parts:
                        dyads[(a, b)].append(row["year"])
        ids: dict[str, str] = {}
        # the guards (clans, short or ordinary-word names) hold for the world's names; the
        # Af/Pak names keep the behaviour they were curated with
        self.communal -= afpak
        self.world_names = set(names) - afpak
        for name in sorted(names):
            ident = (
                self.ext.get(("ucdp", name))
                or self.match([name], "org", curated_only=True)
                or self.match([name], "org")
                or self.claimed(name, "org")
                or self.match([name], "person", curated_only=True)
                or self.match([name], "collective", curated_only=True)
                or self.match([name], "country", curated_only=True)
            )
            if ident is None:
                ident = self._ucdp_new(name, names[name], source)
            else:
                self.add_alias(ident, name, "official", source)
            ids[name] = ident
        for (a, b), dates in sorted(dyads.items()):
            sa, sb = ids[a], ids[b]
            if sa == sb or "civilian" in sb or "civilian" in sa:
                continue
            if self.kind_of(sa) == "place" or self.kind_of(sb) == "place":
                continue
            subject, target = (sa, sb)
            if self.kind_of(subject) in ("person", "country"):
                continue
            if self.kind_of(target) in ("person", "country"):
                continue
            self.add_relation(
                subject,
                {
                    "type": "rival_of",
                    "target": target,
                    "start": min(dates)[:10],
                    "end": max(dates)[:10],
                    "note": f"UCDP: fighting recorded in {len(dates)} event(s) or conflict-year(s)",
                },
                source,
            )

    def _ucdp_state_side(self, row: dict[str, str]) -> str | None:
        """The country name of the government a GED row's state-based conflict is fought
        against ("Government of Iran" -> "Iran"), or None (a non-state or one-sided row, a
        government the country table does not know).

        >>> b = Builder.__new__(Builder)
        >>> b.countries = {"iran": "IRN"}
        >>> b._ucdp_state_side({"type_of_violence": "1", "side_a": "Government of Iran"})
        'Iran'
        >>> b._ucdp_state_side({"type_of_violence": "2", "side_a": "Government of Iran"})
        """
        if row.get("type_of_violence") != "1":
            return None
        first = self._ucdp_parts(row.get("side_a") or "")[0]
        if not first.startswith("Government of"):
            return None
        name = first.removeprefix("Government of").strip()
        return name if self.country_code(name) else None

    @staticmethod
    def _ucdp_parts(name: str) -> list[str]:
        name = name.strip()
        if name.startswith("Government of") and ", Government of" in name:
            return [p.strip() for p in name.split(", ")]
        if ", " in name and not name.startswith("Forces of"):
            return [p.strip() for p in name.split(", ")]
        return [name]

    def _ucdp_new(self, name: str, country_name: str, source: str) -> str:
        country = self.country_code(country_name)
        relations = []
        if name.startswith("Government of"):
            type_ = "government"
            country = self.country_code(name.removeprefix("Government of").strip()) or country
        elif re.match(r"(Lashkh?ar|Laskhar) of|.* (tribe|clan)$", name) or " sub-tribe " in name:
            type_ = "tribe"
        elif name.startswith("Supporters of"):
            type_ = "collective"
        elif re.match(r"TTP ?- ?|TTP-", name):
            type_ = "faction"
            relations.append(
                {"type": "part_of", "target": "org:ttp", "note": "UCDP names it as a TTP faction"}
            )
        elif name.startswith("Taleban - "):
            type_ = "faction"
            relations.append(
                {
                    "type": "part_of",
                    "target": "org:afghan-taliban",
                    "note": "UCDP names it as a Taliban faction",
                }
            )
        elif name.startswith("Hizb-i Wahdat - "):
            type_ = "faction"
            relations.append({"type": "part_of", "target": "org:hizb-e-wahdat"})
        elif name in self.communal:
            type_ = "collective"
        else:
            type_ = "armed_group"
        display_name = name if type_ != "faction" or "(UCDP)" in name else f"{name} (UCDP)"
        extra: dict[str, Any] = {}
        guarded = name not in self.communal and name in self.world_names
        if name in self.communal or (guarded and self.common_name(name)):
            extra["name_ambiguous"] = True
        ident = self.new_entity(
            display_name,
            type_,
            source,
            name,
            country=country,
            external={"ucdp": [name]},
            description=f"Actor named {name!r} by the Uppsala Conflict Data Program.",
            **extra,
        )
        if guarded and extra.get("name_ambiguous"):
            self.guarded.add(ident)
        if display_name != name:
            self.add_alias(ident, name, "official", source)
        for rel in relations:
            self.add_relation(ident, rel, source)
        return ident

    # ordinary words -----------------------------------------------------------------------
    def load_vocabulary(self, dictionaries: Path) -> None:
        """Ordinary English words: every word of the CAMEO verb and agent dictionaries, the
        stop words and the duplicate rule's generic words. A name made only of them (one or
        two words) must not match ordinary text."""
        from spacy.lang.en.stop_words import STOP_WORDS

        words: set[str] = {w.lower() for w in STOP_WORDS} | set(Rules.load().generic)
        for name in ("CAMEO.2.0.txt", "Phoenix.agents.txt"):
            path = dictionaries / name
            if not path.exists():
                continue
            for line in path.read_text("utf-8", errors="replace").splitlines():
                line = line.split("#", 1)[0]
                line = re.sub(r"\[[^\]]*\]|\{[^}]*\}|\([^)]*\)", " ", line)
                for word in re.split(r"[^A-Za-z]+", line):
                    if len(word) > 1:
                        words.add(word.lower())
        self.vocabulary = words

    def common_name(self, name: str) -> bool:
        """Too short, or one or two words of ordinary English ("Outlaws", "Black Order").

        Acronyms (all capitals, digits or signs) are not words: they match only as written.
        """
        letters = sum(ch.isalpha() for ch in name)
        if letters < MIN_NAME_LETTERS:
            return True
        words = [w for w in re.split(r"[^A-Za-z]+", re.sub(r"^(?i:the)\s+", "", name)) if w]
        words = [w for w in words if w.lower() not in LOWER_PARTICLES] or words
        if not words or len(words) > 2 or is_abbreviation(name) or name.isupper():
            return False

        def ordinary(word: str) -> bool:
            low = word.lower()
            forms = {low, low[:-1] if low.endswith("s") else low}
            if low.endswith("es"):
                forms.add(low[:-2])
            return bool(forms & self.vocabulary) or low in LOWER_PARTICLES

        return all(ordinary(w) for w in words)

    # PETRARCH-2 Phoenix militant and non-state groups -------------------------------------
    def phoenix_milnonstate(self, dictionaries: Path) -> None:
        """World militant groups of ``Phoenix.MilNonState.actors.txt`` with their synonyms.

        A block is a head line ``NAME_ [CODE] # comment`` and ``+SYNONYM_`` lines; the code's
        first three letters are the home country when they are a country code. An existing
        actor with one of the block's names receives the other names as aliases; otherwise
        the head name makes a new actor. Bracketed acronyms ("_(AAIA)_") are abbreviations;
        a one-word name is kept only as such an acronym; blocks whose code stands on a line
        of its own (they mix a group's leaders into its names) are skipped."""
        source = "petrarch2-phoenix"
        path = dictionaries / MILNONSTATE
        if not path.exists():
            self.notes[source].append(f"{path} not found: no Phoenix groups")
            return
        isos = set(self.countries.values())
        for head, code, synonyms in _phoenix_blocks(path.read_text("utf-8", errors="replace")):
            names: list[tuple[str, str]] = []  # (name, kind)
            for raw in [head, *synonyms]:
                spaced = raw.replace("_", " ")
                acronyms = [
                    a
                    for a in re.findall(r"\(([A-Z][A-Z0-9/\-]{1,9})\)", spaced)
                    if not self.country_code(a)
                ]
                # "(BOLIVIA)" qualifies the name ("National Liberation Army (Bolivia)")
                text = re.sub(
                    r"\(([^)]*)\)",
                    lambda m: f" ({m.group(1)}) " if self.country_code(m.group(1)) else " ",
                    spaced,
                )
                text = re.sub(r"\s+", " ", text).strip(" -,")
                if text.upper().endswith(", THE"):
                    text = "THE " + text[: -len(", THE")]
                if len(text.split()) > 1:
                    names.append((display(text), "official"))
                names += [(a, "abbreviation") for a in acronyms if len(a) >= MIN_NAME_LETTERS]
            # a name another actor holds stays theirs (Phoenix is the weakest source): a
            # person's name ("ABDULLAH_ANSHORI"), another group's acronym ("GIA"), a state
            # body's ("PLA")
            persons = {n for n, _k in names if self.match([n], "person")}
            if names and names[0][0] in persons:
                continue  # a person's block, not a group's
            names = [(n, k) for n, k in names if n not in persons]
            if not names:
                continue
            country = code[:3] if code[:3] in isos else None
            ident = self.match([n for n, k in names if k != "abbreviation"], "org")
            review = ident and Rules.load().review(ident, f"org:{slug(names[0][0])}")
            if review is not None and review.decision == "different":
                ident = None  # a spelling matched, an analyst says not the same body (stop 61)
            if ident is None:
                # an acronym alone joins a block to an actor only of the same home country:
                # "Albanian National Army (ANA)" [MKDREB] is no Afghan National Army ("ANA")
                ident = self.match([n for n, k in names if k == "abbreviation"], "org")
                if ident is not None and country and self.home_of(ident) not in (None, country):
                    ident = None
            if ident is None:
                first, _kind = names[0]
                extra: dict[str, Any] = {}
                if self.common_name(first):
                    extra["name_ambiguous"] = True
                ident = self.new_entity(
                    first,
                    "armed_group",
                    source,
                    code or first,
                    country=country,
                    external={"phoenix": [head.strip("_")]},
                    description="Militant or non-state group in PETRARCH-2's Phoenix "
                    f"dictionary (code {code or 'none'}).",
                    **extra,
                )
            for name, kind in names:
                key = self._key(name, kind)
                if key in self.reserved or any(o != ident for o in self.claims.get(key, ())):
                    self.notes[source].append(f"skipped {name!r} for {ident}: held by another")
                    continue
                if kind != "abbreviation" and self.common_name(name):
                    self.add_alias(ident, name, kind, source, ambiguous=True)
                else:
                    self.add_alias(ident, name, kind, source)

    # MMP --------------------------------------------------------------------------------
    def mmp(self) -> None:
        source = "mmp-facts"
        folder = self.datasets / "mmp-militant-relationships"
        groups: dict[str, str] = {}
        with (folder / "groups.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                groups[row["group_id"]] = row["name"].strip()
        mapping = {
            "ally": "allied_with",
            "rival": "rival_of",
            "affiliate": "affiliated_with",
            "splinter": "split_with",
            "merger": "merged_with",
        }
        ids: dict[str, str] = {}

        def ident_for(group_id: str, name: str) -> str:
            # -99 is MMP's placeholder for groups without an id: those are keyed by name
            key = name if group_id in MMP_NO_ID else group_id
            if key in ids:
                return ids[key]
            ident = (
                (None if group_id in MMP_NO_ID else self.ext.get(("mmp", group_id)))
                or self.ext.get(("mmp", name))
                or self.match([name, re.sub(r"^The ", "", name)], "org")
            )
            if ident is None:
                type_ = "organization" if ORG_WORDS.search(name) else "armed_group"
                extra: dict[str, Any] = {}
                if name in MMP_GENERIC_NAMES:
                    extra["name_ambiguous"] = True
                ident = self.new_entity(
                    name,
                    type_,
                    source,
                    f"mmp-{group_id}",
                    external={"mmp": [name if group_id in MMP_NO_ID else int(group_id)]},
                    description="Group in the Stanford Mapping Militant Organizations data.",
                    **extra,
                )
            else:
                self.add_alias(ident, name, "official", source)
                ref = name if group_id in MMP_NO_ID else int(group_id)
                if self.ext.get(("mmp", str(ref))) != ident:
                    # the group's MMP id on the actor its name found (names13), so a
                    # replay can tell which actor MMP meant
                    rec = self.target(ident, source)
                    refs = rec.setdefault("external", {}).setdefault("mmp", [])
                    if ref not in refs:
                        refs.append(ref)
                if ident in self.guarded and name not in MMP_GENERIC_NAMES:
                    # a group MMP names is a group, however ordinary its words
                    self.generated[ident].pop("name_ambiguous", None)
                    self.guarded.discard(ident)
            ids[key] = ident
            return ident

        with (folder / "relationships.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for row in sorted(rows, key=lambda r: (r["date_iso"], r["unique_id"])):
            a = ident_for(row["group1_id"], groups.get(row["group1_id"], row["group1_name"]))
            b = ident_for(row["group2_id"], groups.get(row["group2_id"], row["group2_name"]))
            if a == b or self.kind_of(a) != "org" or self.kind_of(b) != "org":
                continue
            self.add_relation(
                a,
                {
                    "type": mapping[row["relation"]],
                    "target": b,
                    "start": row["date_iso"] or None,
                    "note": f"MMP {row['relation']} (relationship {row['unique_id']})",
                },
                source,
            )
        # every group MMP lists is a known name, related or not (group name and id only)
        with (folder / "groups.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                ident_for(row["group_id"], row["name"].strip())

    # duplicates -------------------------------------------------------------------------
    def dedupe(self, rules: Rules | None = None) -> list[tuple[str, str, Decision]]:
        """Merge generated actors that are one group spelt two ways (riftwatch.actors.dedupe).

        The surviving id keeps its record; the other's name, aliases, relations and
        external ids move to it as an extension in the other's source file (so each
        alias keeps its provenance), with a ``merged`` entry (old id, name, evidence)
        that makes the old id redirect to the survivor. Returns the merges made.
        """
        rules = rules or Rules.load()
        docs = [(name, doc) for name, doc in self.documents().items()]
        docs += _fixed_documents()
        kb = KnowledgeBase(merge_documents(docs))
        canon: dict[str, str] = {}

        def find(ident: str) -> str:
            while ident in canon:
                ident = canon[ident]
            return ident

        # two entries of one source are two groups by its own account (a blocker of the
        # rule); merged into a third one at a time they would still become one id. Of the
        # entries of a source that would join one actor, the one met through its own name
        # goes first ("Jamatul Mujahedin Bangladesh", JMB), not one met through a synonym it
        # borrowed from the other (JMJB's "+JAMAATUL_MUJAHEDIN_BANGLADESH"; kb51)
        level = {"exact": 0, "acronym": 1, "variant": 2, "near": 3, "fuzzy": 4}
        pairs = [p for p in find_duplicates(kb, rules) if p[2].same]
        pairs.sort(
            key=lambda p: (
                level.get(p[2].level, 5),
                not any(f"{p[1].name!r} ~" in e or f"~ {p[1].name!r}" in e for e in p[2].evidence),
            )
        )
        sources: dict[str, set[str]] = defaultdict(set)

        def members(ident: str) -> set[str]:
            rec = self.generated.get(ident)
            if rec is None or ident in self.curated.entities:
                return set(sources[ident])
            return {rec["_source"]} | sources[ident]

        done: list[tuple[str, str, Decision]] = []
        for keep, other, decision in pairs:
            k, o = find(keep.id), find(other.id)
            if k == o or o in self.curated.entities:
                continue
            if k not in self.generated and k not in self.curated.entities:
                continue
            if decision.reviewed is None and members(k) & members(o):
                # another entry of the same source is already this actor; a synonym of this
                # one that spells the actor's name is the other entry's, not this one's
                rec = self.generated.get(o)
                if rec is not None:
                    theirs = [norm(n) for n in keep.all_names()]

                    def spells_theirs(name: str, theirs: list[str] = theirs) -> bool:
                        return any(fuzz.ratio(norm(name), t) >= rules.fuzzy_name for t in theirs)

                    rec["aliases"] = [
                        a
                        for a in rec.get("aliases", [])
                        if a["kind"] == "abbreviation" or not spells_theirs(a["name"])
                    ]
                continue
            joined = members(k) | members(o)
            self._merge(k, o, decision)
            canon[o] = k
            sources[k] = joined
            done.append((k, o, decision))
        return done

    def _merge(self, keep: str, old: str, decision: Decision) -> None:
        old_rec = self.generated.pop(old)
        source = old_rec["_source"]
        ext = self.target(keep, source)
        names = {a["name"] for a in ext["aliases"]}
        if keep in self.generated:
            names.add(self.generated[keep]["name"])
        for alias in [{"name": old_rec["name"], "kind": "official"}, *old_rec["aliases"]]:
            if alias["name"] not in names:
                ext["aliases"].append(dict(alias))
                names.add(alias["name"])
        ext["relations"] += old_rec["relations"]
        for key, values in (old_rec.get("external") or {}).items():
            have = ext.setdefault("external", {}).setdefault(key, [])
            have += [v for v in values if v not in have]
        ext.setdefault("merged", []).append(
            {"id": old, "name": old_rec["name"], "evidence": decision.summary()}
        )
        if keep in self.generated:
            rec = self.generated[keep]
            for key in ("country", "start", "end"):
                if not rec.get(key) and old_rec.get(key):
                    rec[key] = old_rec[key]
        for src in list(self.extend):
            moved = self.extend[src].pop(old, None)
            if moved is None:
                continue
            into = self.target(keep, src)
            into["aliases"] += [a for a in moved["aliases"] if a not in into["aliases"]]
            into["relations"] += moved["relations"]
            for key, values in (moved.get("external") or {}).items():
                have = into.setdefault("external", {}).setdefault(key, [])
                have += [v for v in values if v not in have]
        records = list(self.generated.values())
        records += [rec for src in self.extend.values() for rec in src.values()]
        for rec in records:
            kept: list[dict[str, Any]] = []
            for rel in rec["relations"]:
                rel = dict(rel, target=keep) if rel["target"] == old else rel
                if rel["target"] != rec["id"] and rel not in kept:
                    kept.append(rel)
            rec["relations"] = kept

    # ambiguity --------------------------------------------------------------------------
    def mark_ambiguous(self) -> None:
        """Generated names shared by two entities are marked ambiguous (never guessed);
        a curated claim on the same name keeps precedence."""
        claims: dict[tuple[str, str], list[tuple[str, bool, tuple[str, dict[str, Any]] | None]]]
        claims = defaultdict(list)
        for ent in self.curated:
            for alias in ent.aliases:
                key = self._key(alias.name, alias.kind, alias.case_sensitive)
                claims[key].append((ent.id, bool(alias.when or alias.ambiguous), None))
        recs = [(i, r) for i, r in sorted(self.generated.items())]
        for ident, rec in recs:
            claims[self._key(rec["name"], "official")].append((ident, False, ("name", rec)))
        for src in sorted(self.extend):
            recs += sorted(self.extend[src].items())
        for ident, rec in recs:
            for alias in rec["aliases"]:
                ruled = bool(alias.get("when") or alias.get("ambiguous"))
                claims[self._key(alias["name"], alias["kind"])].append(
                    (ident, ruled, ("alias", alias))
                )
        for items in claims.values():
            unruled = {ident for ident, ruled, _ in items if not ruled}
            if len(unruled) <= 1:
                continue
            for _ident, ruled, setter in items:
                if setter is None or ruled:
                    continue
                kind, obj = setter
                obj["name_ambiguous" if kind == "name" else "ambiguous"] = True

    # output -----------------------------------------------------------------------------
    def documents(self) -> dict[str, dict[str, Any]]:
        files = {
            "un-1267-2018": (
                "un_1267_1988.yaml",
                "UN Security Council Consolidated List "
                f"(Al-Qaida 1267 and Taliban 1988), generated {UN_SNAPSHOT}. "
                "Official UN document.",
            ),
            "ofac-sdn-2024": (
                "ofac_sdn.yaml",
                "US Treasury OFAC SDN list, SDGT entries tied "
                f"to South Asian militancy, snapshot {OFAC_SNAPSHOT}. US public "
                "domain.",
            ),
            "ucdp": (
                "ucdp.yaml",
                "UCDP GED (Pakistan, Afghanistan sample) and Non-State "
                "Conflict v17.1 (all countries) actor names and dyads. CC BY 4.0, cite "
                "UCDP (Sundberg, Eck & Kreutz 2012).",
            ),
            "petrarch2-phoenix": (
                "phoenix_milnonstate.yaml",
                "PETRARCH-2 Phoenix.MilNonState.actors.txt (world militant and non-state "
                "groups, derived from START's TOPS data): names and synonyms. MIT licence, "
                "Copyright (c) 2014 Open Event Data Alliance.",
            ),
            "mmp-facts": (
                "mmp_facts.yaml",
                "Facts (group pair, relation type, date) from the "
                "Stanford Mapping Militant Organizations relationships; no MMP text "
                "is copied. Cite: Mapping Militant Organizations, Stanford University, "
                "2019.",
            ),
        }
        out: dict[str, dict[str, Any]] = {}
        for source, (filename, description) in files.items():
            entities = []
            for ident in sorted(self.generated):
                rec = self.generated[ident]
                if rec["_source"] != source:
                    continue
                clean = {
                    k: v
                    for k, v in rec.items()
                    if not k.startswith("_") and v not in (None, [], {})
                }
                entities.append(_ordered(clean))
            extend = []
            for ident in sorted(self.extend.get(source, {})):
                rec = self.extend[source][ident]
                clean = {k: v for k, v in rec.items() if v not in (None, [], {})}
                if set(clean) - {"id"}:
                    extend.append(_ordered(clean))
            doc: dict[str, Any] = {
                "kb_version": 1,
                "source": source,
                "description": description,
                "generated_by": "scripts/build_actor_kb.py (do not edit; curate in data/curated)",
            }
            if entities:
                doc["entities"] = entities
            if extend:
                doc["extend"] = extend
            out[filename] = doc
        return out


FIXED_GENERATED = ("phoenix_countries.yaml",)
"""Generated files another script writes (scripts/build_phoenix_actors.py): read like the
curated files, so a dataset name never takes a country's name ("Republic of Croatia")."""


def _fixed_documents() -> list[tuple[str, dict[str, Any]]]:
    """The files this script reads but never writes: the curated ones and the Phoenix
    countries (in the knowledge base's own load order)."""
    docs = []
    for name in FIXED_GENERATED:
        path = DATA_DIR / "generated" / name
        if path.exists():
            doc = dict(read_file(path))
            # only the countries: persons and bodies stay out of this build's matching
            doc["entities"] = [
                e for e in doc.get("entities") or [] if str(e.get("id", "")).startswith("country:")
            ]
            doc["extend"] = [
                e for e in doc.get("extend") or [] if str(e.get("id", "")).startswith("country:")
            ]
            for key in ("entities", "extend"):
                for rec in doc[key]:
                    rec.pop("bodies", None)
            docs.append((name, doc))
    paths = sorted((DATA_DIR / "curated").glob("*.yaml"))
    return docs + [(p.name, read_file(p)) for p in paths]


def _phoenix_blocks(text: str) -> list[tuple[str, str, list[str]]]:
    """``(head, code, synonyms)`` of each Phoenix actor block whose code is on its head line.

    >>> _phoenix_blocks("SHINING_PATH_ [PERREB] # x\\n+SENDERO_LUMINOSO_\\n\\nHAMAS_\\n\\t[PSE]\\n")
    [('SHINING_PATH_', 'PERREB', ['SENDERO_LUMINOSO_'])]
    """
    blocks: list[tuple[str, str, list[str]]] = []
    current: tuple[str, str, list[str]] | None = None
    for line in text.splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if body.startswith(("\t", " ")):
            current = None  # a code on its own line: leaders mixed into the block; skip it
            if blocks and blocks[-1][1] == "":
                blocks.pop()
            continue
        if body.startswith("+"):
            if current is not None:
                current[2].append(body[1:].strip())
            continue
        match = re.match(r"(.+?)\s*\[([A-Z]+)(?:\s[^\]]*)?\]", body)
        head, code = (match.group(1), match.group(2)) if match else (body, "")
        current = (head.strip(), code, [])
        blocks.append(current)
    return [b for b in blocks if b[1]]


def _ordered(rec: dict[str, Any]) -> dict[str, Any]:
    order = [
        "id",
        "name",
        "name_ambiguous",
        "type",
        "country",
        "start",
        "end",
        "description",
        "external",
        "aliases",
        "relations",
        "context",
        "merged",
    ]
    return {k: rec[k] for k in order if k in rec} | {k: v for k, v in rec.items() if k not in order}


def render(doc: dict[str, Any]) -> str:
    header = (
        f"# {doc['description']}\n# Generated by scripts/build_actor_kb.py from "
        "../shared/datasets; do not edit by hand (curate in data/curated/).\n"
    )
    return header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


PLACE_SUFFIXES = re.compile(
    r"\s+(district|province|agency|territory|tehsil|city|town|village|area|region)$", re.I
)


def places_document(datasets: Path, curated: Any) -> dict[str, Any]:
    """Administrative places named by UCDP GED (adm_1, adm_2) with their country.

    Places only disambiguate ("police" in a Peshawar headline are Pakistani police); they
    never become actors of events.
    """
    known = {norm(a.name) for ent in curated if ent.type == "place" for a in [*ent.aliases]}
    known |= {norm(ent.name) for ent in curated if ent.type == "place"}
    found: dict[str, tuple[str, set[str]]] = {}
    sources = [
        (datasets / "ucdp-ged-pakistan" / "events.csv", "PAK"),
        (datasets / "ucdp-ged-afghanistan-sample" / "events.csv", "AFG"),
    ]
    for path, iso in sources:
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for column in ("adm_1", "adm_2"):
                    raw = (row.get(column) or "").strip()
                    name = PLACE_SUFFIXES.sub("", raw).strip()
                    if len(name) < 4 or not name[0].isupper() or norm(name) in known:
                        continue
                    if name.startswith(("FR ", "Federally", "Azad", "Islamabad Capital")):
                        continue
                    entry = found.setdefault(name, (iso, set()))
                    if raw != name:
                        entry[1].add(raw)
    entities = []
    for name in sorted(found):
        iso, raws = found[name]
        entities.append({
            "id": f"place:{slug(name)}",
            "name": name,
            "type": "place",
            "country": iso,
            "description": f"Administrative area named by UCDP GED ({iso}).",
            "aliases": [{"name": r, "kind": "official"} for r in sorted(raws)],
        })  # fmt: skip
    return {
        "kb_version": 1,
        "source": "ucdp",
        "description": "Administrative places named in UCDP GED (Pakistan, Afghanistan sample), "
        "for disambiguation only. CC BY 4.0, cite UCDP.",
        "generated_by": "scripts/build_actor_kb.py (do not edit; curate in data/curated)",
        "entities": entities,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS)
    parser.add_argument(
        "--dictionaries",
        type=Path,
        default=None,
        help="PETRARCH-2 folder (default ../shared/dictionaries/petrarch2, else the one "
        "beside --datasets)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the files are stale")
    parser.add_argument("--verbose", action="store_true", help="print dropped aliases")
    args = parser.parse_args(argv)
    if args.dictionaries is None:
        # from a git worktree ../shared is not beside the checkout: the dictionaries beside
        # the datasets folder, so --datasets alone never builds without Phoenix's groups
        beside = args.datasets.resolve().parent / "dictionaries" / "petrarch2"
        use_beside = not DEFAULT_DICTIONARIES.exists() and beside.exists()
        args.dictionaries = beside if use_beside else DEFAULT_DICTIONARIES
    builder = Builder(args.datasets)
    builder.load_vocabulary(args.dictionaries)
    builder.un()
    builder.ofac()
    builder.ucdp()
    builder.mmp()
    builder.phoenix_milnonstate(args.dictionaries)
    unresolved = builder.resolve_pending_links()
    merges = builder.dedupe()
    builder.mark_ambiguous()
    docs = builder.documents()
    docs["ucdp_places.yaml"] = places_document(args.datasets, builder.curated)
    stale = []
    args.out.mkdir(parents=True, exist_ok=True)
    for filename, doc in docs.items():
        text = render(doc)
        path = args.out / filename
        if args.check:
            if not path.exists() or path.read_text("utf-8") != text:
                stale.append(filename)
        else:
            path.write_text(text, "utf-8")
        n_ent = len(doc.get("entities", []))
        n_ext = len(doc.get("extend", []))
        n_alias = sum(
            len(e.get("aliases", [])) for e in doc.get("entities", []) + doc.get("extend", [])
        )
        n_rel = sum(
            len(e.get("relations", [])) for e in doc.get("entities", []) + doc.get("extend", [])
        )
        print(
            f"{filename}: {n_ent} new entities, {n_ext} extensions, {n_alias} aliases, "
            f"{n_rel} relations"
        )
    for source, notes in sorted(builder.notes.items()):
        print(f"{source}: {len(notes)} notes (dropped aliases, unmatched links)")
        if args.verbose:
            for note in notes:
                print("   ", note)
    for note in unresolved:
        print(f"ofac-sdn-2024: {note}")
    print(
        f"duplicates merged: {len(merges)} "
        "(rule and reviewed pairs: src/riftwatch/actors/data/dedupe.yaml)"
    )
    if args.verbose:
        for keep, old, decision in merges:
            print(f"    {old} -> {keep}: {decision.summary()}")
    if stale:
        print("out of date: " + ", ".join(stale) + " (run scripts/build_actor_kb.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
