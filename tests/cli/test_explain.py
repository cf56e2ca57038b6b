"""``riftwatch explain``: a sentence that starts with "-" (a list item) is text, not an option."""

from __future__ import annotations

import json

import pytest

from cli.test_events import invoke, run


@pytest.mark.parametrize(
    "args",
    [
        ["- In May 2009 the TTP attacked Pakistani troops.", "--format", "json"],
        ["--format", "json", "- In May 2009 the TTP attacked Pakistani troops."],
        ["-f", "json", "--", "- In May 2009 the TTP attacked Pakistani troops."],
        ["--date", "2009-06-01", "-f", "json", "-- In May 2009 the TTP attacked Pakistani troops."],
    ],
)
def test_a_leading_dash_sentence_is_coded(args: list[str]) -> None:
    done = invoke("explain", *args)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["sentence"].lstrip("- ") == "In May 2009 the TTP attacked Pakistani troops."
    [event] = data["events"]
    assert (event["source"]["id"], event["event_type"], event["target"]["id"]) == (
        "org:ttp", "ASSAULT", "org:pak-army",
    )  # fmt: skip
    assert event["date"] == "2009-05"


def test_options_are_still_checked() -> None:
    done = invoke("explain", "--formt", "json", "The TTP attacked Pakistani troops.")
    assert done.returncode == 2 and "--formt" in done.stderr
    table = run("explain", "- The TTP attacked Pakistani troops.")
    assert table.returncode == 0 and "Tehrik-i-Taliban Pakistan -ASSAULT-> Pakistan Army" in (
        table.stdout
    )
