"""The resolver is built only when a name must be resolved (not for ids, not for reads).

Each check runs in a fresh process (the bundled resolver is process-wide), on a real
SQLite store and a real PostgreSQL one, and asks the process afterwards whether the
resolver's indexes were built.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from riftwatch.actors.resolve import Resolver

SRC = Path(__file__).resolve().parents[2] / "src"

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from riftwatch import api
    from riftwatch.actors import api as actors_api, curation
    from riftwatch.actors.resolve import default_resolver
    from riftwatch.store import open_store

    url, step = sys.argv[1], sys.argv[2]
    store = open_store(url, create=True)
    out = {}
    if step == "show":
        out["name"] = actors_api.show_actor("org:al-qaeda", db=store)["name"]
        out["effective_built"] = curation.effective(store)[1].built
    elif step == "events":
        out["n"] = len(api.list_events(store, actor="org:al-qaeda"))
    elif step == "dyad":
        ids = api.dyad([], "org:al-qaeda", "org:afghan-taliban")
        out["actors"] = [a["id"] for a in ids["actors"]]
    elif step == "name":
        named = api.dyad([], "Al Qaeda", "org:afghan-taliban")
        out["actors"] = [a["id"] for a in named["actors"]]
    out["built"] = default_resolver().built
    print(json.dumps(out))
    """
)


def _run(url: str, step: str) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, url, step],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_new_resolver_builds_on_first_use_and_equals_an_eager_one() -> None:
    lazy = Resolver()
    assert not lazy.built
    assert lazy.kb is not None and not lazy.built  # reading the KB builds nothing
    hit = lazy.resolve("Baitullah Mehsud", date="2008-05-01")
    assert lazy.built
    assert hit.organization is not None and hit.organization.id == "org:ttp"
    assert "taliban" in lazy.exact and lazy.max_tokens >= 2
    reused = Resolver(lazy.kb, reuse=Resolver(lazy.kb))  # an unbuilt one is not reused
    assert reused.resolve("Baitullah Mehsud", date="2008-05-01").organization.id == "org:ttp"


def test_reading_an_actor_by_id_builds_no_resolver(db_url: str) -> None:
    out = _run(db_url, "show")
    assert out == {"name": "Al Qaeda", "effective_built": False, "built": False}


def test_events_of_an_actor_id_build_no_resolver(db_url: str) -> None:
    assert _run(db_url, "events") == {"n": 0, "built": False}


def test_a_dyad_of_kb_ids_needs_no_claims_and_no_resolver(db_url: str) -> None:
    # before: ids of KB actors with no claims gave RW500 "no actor matches", names did not
    out = _run(db_url, "dyad")
    assert out == {"actors": ["org:al-qaeda", "org:afghan-taliban"], "built": False}
    named = _run(db_url, "name")
    assert named == {"actors": ["org:al-qaeda", "org:afghan-taliban"], "built": True}
