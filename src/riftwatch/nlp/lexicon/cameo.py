"""The one CAMEO-to-PLOVER map: CAMEO event codes to a PLOVER type and mode.

The table is ``cameo_to_plover.csv`` beside this module: two-digit CAMEO roots per the
PLOVER manual's table "PLOVER equivalents to CAMEO cue categories", sub-code exceptions
and modes from CAMEO2PLOVER-2021.txt (repository openeventdata/PLOVER), with the
project's own mode names where events.yaml already has one (``mode`` column; the ``note``
column says which). The longest matching code prefix wins. Both the verb-dictionary
conversion (scripts/build_verb_lexicon.py) and the peer benchmarks
(benchmarks/extract_peers.py) read it from here.

>>> plover_of("190"), mode_of("190"), plover_of("195"), mode_of("195")
('ASSAULT', None, 'ASSAULT', 'aerial')
>>> plover_of("0841"), mode_of("0841"), plover_of("192"), plover_of("010")
('RETREAT', 'release', 'COERCE', 'none')
>>> plover_of("---") is None, plover_of("900") is None
(True, True)
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from riftwatch.errors import NLPError

MAP_FILE = "cameo_to_plover.csv"
NO_TYPE = "none"
"""plover_type of a CAMEO root that PLOVER dropped (01 make public statement)."""
COLUMNS = ("cameo_root", "plover_type", "mode", "note")


@dataclass(frozen=True)
class Row:
    code: str
    plover_type: str
    mode: str | None
    note: str


def map_path() -> Path:
    """The packaged CSV (a real file in a source checkout or an installed wheel)."""
    return Path(str(resources.files(__package__).joinpath(MAP_FILE)))


def read_map(text: str, where: str = MAP_FILE) -> dict[str, Row]:
    """Rows of the CSV text, keyed by code prefix; RW201 on a malformed table."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise NLPError("RW201", path=where, detail=f"columns must be {', '.join(COLUMNS)}")
    rows: dict[str, Row] = {}
    for line, raw in enumerate(reader, start=2):
        code = (raw["cameo_root"] or "").strip()
        if not code.isdigit() or code in rows:
            raise NLPError("RW201", path=f"{where} line {line}",
                           detail=f"code {code!r} is not a new CAMEO code")  # fmt: skip
        mode = (raw["mode"] or "").strip() or None
        rows[code] = Row(code, (raw["plover_type"] or "").strip(), mode, raw["note"] or "")
    return rows


@cache
def load_map() -> dict[str, Row]:
    """The packaged table (cached)."""
    try:
        text = resources.files(__package__).joinpath(MAP_FILE).read_text("utf-8")
    except OSError as exc:
        raise NLPError("RW201", path=MAP_FILE, detail=str(exc).splitlines()[0]) from None
    return read_map(text)


def row_of(code: str, table: dict[str, Row] | None = None) -> Row | None:
    """The row of the longest prefix of ``code`` in the table (None: not a CAMEO code)."""
    code = str(code).strip().strip('"')
    if not code[:2].isdigit():
        return None
    table = load_map() if table is None else table
    for size in range(len(code), 1, -1):
        found = table.get(code[:size])
        if found is not None:
            return found
    return None


def plover_of(code: str, table: dict[str, Row] | None = None) -> str | None:
    """PLOVER type of a CAMEO code; ``"none"`` for root 01, None for no CAMEO code."""
    row = row_of(code, table)
    return row.plover_type if row else None


def mode_of(code: str, table: dict[str, Row] | None = None) -> str | None:
    """The mode the CAMEO code implies (the longest matching row's), or None."""
    row = row_of(code, table)
    return row.mode if row else None


__all__ = ["NO_TYPE", "Row", "load_map", "map_path", "mode_of", "plover_of", "read_map", "row_of"]
