"""Which store a command uses: its own ``--db``, the ``--db`` given before it (also before a
subcommand of ``watch``), then ``RIFTWATCH_DB``, then the default file. The real program in
a subprocess on real SQLite stores, with the default store's directory moved into the test's
own folder so that a command writing to the wrong store is seen, not hidden in $HOME."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import riftwatch


@pytest.fixture
def place(tmp_path: Path) -> dict[str, Path]:
    """Two initialised stores, an empty inbox folder and a private default-store home."""
    paths = {
        "a": tmp_path / "a.db",
        "b": tmp_path / "b.db",
        "inbox": tmp_path / "inbox",
        "home": tmp_path / "home",
    }
    paths["inbox"].mkdir()
    paths["home"].mkdir()
    for name in ("a", "b"):
        done = riftwatch("--db", str(paths[name]), "init", env=_env(paths))
        assert done.returncode == 0, done.stderr
    return paths


def _env(paths: dict[str, Path], **extra: str) -> dict[str, str]:
    home = str(paths["home"])
    return {"HOME": home, "XDG_DATA_HOME": home, **extra}


def _sources(paths: dict[str, Path], store: str) -> list[dict[str, object]]:
    done = riftwatch(
        "--db", str(paths[store]), "watch", "sources", "--format", "json", env=_env(paths)
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _default_stores(paths: dict[str, Path]) -> list[Path]:
    return sorted(p for p in paths["home"].rglob("*.db"))


def test_watch_group_db_reaches_its_subcommand(place: dict[str, Path]) -> None:
    """``riftwatch watch --db A add-folder DIR`` watches DIR in store A: the option named
    before the subcommand used to be dropped and the folder went to the default store."""
    done = riftwatch(
        "watch", "--db", str(place["a"]), "add-folder", str(place["inbox"]), env=_env(place)
    )
    assert done.returncode == 0, done.stderr
    assert [s["location"] for s in _sources(place, "a")] == [str(place["inbox"])]
    assert _sources(place, "b") == []
    assert _default_stores(place) == []


def test_watch_group_db_runs_a_round_on_that_store(place: dict[str, Path]) -> None:
    """A round (``watch --db A --once``) checks the folders watched in A and takes in their
    new file there."""
    (place["inbox"] / "note.txt").write_text(
        "Report, 2016-05-02.\n\nThe Islamic State attacked Al-Shabaab positions near Qandala.\n",
        encoding="utf-8",
    )
    store, env = str(place["a"]), _env(place)
    riftwatch("watch", "--db", store, "add-folder", str(place["inbox"]), env=env)
    done = riftwatch("watch", "--db", store, "--once", "--format", "json", env=env)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert len(result["sources"]) == 1
    assert result["documents_added"] == 1
    status = riftwatch("status", "--db", str(place["a"]), "--format", "json", env=_env(place))
    assert json.loads(status.stdout)["documents"] == 1
    assert _default_stores(place) == []


def test_db_on_the_command_line_wins_over_the_environment(place: dict[str, Path]) -> None:
    """``RIFTWATCH_DB=B riftwatch --db A ...`` uses A: the command line is the more specific
    choice (the variable used to win, so a command read or wrote another store than named)."""
    env = _env(place, RIFTWATCH_DB=str(place["b"]))
    done = riftwatch("--db", str(place["a"]), "watch", "add-folder", str(place["inbox"]), env=env)
    assert done.returncode == 0, done.stderr
    assert len(_sources(place, "a")) == 1
    assert _sources(place, "b") == []
    status = riftwatch("--db", str(place["a"]), "status", "--format", "json", env=env)
    assert json.loads(status.stdout)["store"].endswith("/a.db")


def test_environment_names_the_store_when_no_db_is_given(place: dict[str, Path]) -> None:
    """Without any --db, RIFTWATCH_DB still names the store, for a command and for a
    subcommand of watch alike."""
    env = _env(place, RIFTWATCH_DB=str(place["b"]))
    status = riftwatch("status", "--format", "json", env=env)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["store"].endswith("/b.db")
    done = riftwatch("watch", "add-folder", str(place["inbox"]), env=env)
    assert done.returncode == 0, done.stderr
    assert len(_sources(place, "b")) == 1
    assert _sources(place, "a") == []
    assert _default_stores(place) == []
