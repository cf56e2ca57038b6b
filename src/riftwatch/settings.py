"""Settings as data: one table of (name, default, help), read from ``RIFTWATCH_*``.

The same table feeds the CLI help, ``docs/settings.md`` and a docs test, so a
setting cannot be added without being documented.

>>> get("max_document_chars")
1000000
>>> import os; os.environ["RIFTWATCH_MAX_DOCUMENT_CHARS"] = "5000"
>>> get("max_document_chars")
5000
>>> del os.environ["RIFTWATCH_MAX_DOCUMENT_CHARS"]
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from riftwatch.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "RIFTWATCH_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "db",
        None,
        "The store: a SQLite file path or URL, or a postgresql:// URL. Default: riftwatch.db "
        "in the user data directory (see data_dir).",
    ),
    Setting(
        "data_dir",
        None,
        "Where the default SQLite store and the demo store live. Default: the platform's user "
        "data directory for riftwatch (e.g. ~/.local/share/riftwatch).",
    ),
    Setting(
        "grading_file",
        None,
        "A YAML file of grading defaults per source type and per source, used instead of the "
        "bundled riftwatch/data/grading.yaml.",
    ),
    Setting(
        "max_document_chars",
        1_000_000,
        "Longest text stored as one document; longer plain text is streamed and stored in "
        "parts of about this size.",
    ),
    Setting(
        "near_duplicate_threshold",
        0.6,
        "Estimated Jaccard similarity of word 3-shingles at or above which a document joins "
        "an existing document's origin group (reprinted wire copy).",
    ),
    Setting(
        "near_duplicate_min_words",
        25,
        "Shortest text (in words) considered for near-duplicate grouping; shorter texts such "
        "as headlines are only matched exactly, since one changed number makes another event.",
    ),
    Setting(
        "language_min_confidence",
        0.9,
        "Language identification confidence needed to mark a document as non-English; below "
        "it, text that looks English is kept as English and anything else as 'und'.",
    ),
    Setting(
        "analyst",
        None,
        "Who judges events (`events judge`, `events credibility`) when --analyst is not "
        "given. Default: the operating-system user name.",
    ),
    Setting(
        "server_mode",
        False,
        "Serve the workbench in server mode (login required, users with roles) as "
        "`riftwatch serve --server` does; see docs/web.md.",
    ),
    Setting(
        "session_hours",
        12.0,
        "How long a login to the workbench lasts in server mode, in hours (then log in again).",
    ),
    Setting(
        "secure_cookies",
        False,
        "Mark the session cookie Secure even when the request did not arrive over https "
        "(set it when a TLS proxy in front of the workbench talks plain http to it).",
    ),
    Setting(
        "progress_interval",
        5.0,
        "Seconds between the plain progress lines that ingest and extract print on standard "
        "error when it is not a terminal (0: a line for every step).",
    ),
    Setting(
        "learned_layer",
        False,
        "Code actor pairs that no pattern connects with the learned pair classifier "
        "(nlp/models/pair-2, see docs/extraction.md). Off by default: it did not improve "
        "held-out scores (benchmarks/results.md, 'extraction: learned layer'); 1 turns it on.",
    ),
    # riftwatch watch: alerts by e-mail and webhook, feed fetching (docs/watch.md)
    Setting(
        "watch_threshold",
        0.6,
        "Rift probability at which a followed relationship raises an alert when `follow` "
        "is given no --threshold.",
    ),
    Setting(
        "watch_interval",
        900.0,
        "Seconds between two checks of a watch source when `watch add-folder`/`add-feed` "
        "is given no --interval, and between the rounds of `riftwatch watch`.",
    ),
    Setting(
        "feed_timeout",
        20.0,
        "Seconds `riftwatch watch` waits for a feed URL to answer.",
    ),
    Setting(
        "feed_max_mb",
        20.0,
        "Largest feed (in MB) `riftwatch watch` downloads; a bigger one is refused (RW701).",
    ),
    Setting(
        "webhook_url",
        None,
        "Where alerts of followed relationships with the webhook channel are POSTed as JSON "
        "(unless the follow names its own --webhook).",
    ),
    Setting(
        "webhook_timeout",
        10.0,
        "Seconds an alert webhook may take to answer before the delivery counts as failed.",
    ),
    Setting(
        "smtp_host",
        None,
        "SMTP server that sends e-mail alerts (the e-mail channel needs it).",
    ),
    Setting("smtp_port", 25, "Port of the SMTP server (587 for STARTTLS is common)."),
    Setting(
        "smtp_starttls",
        False,
        "Upgrade the SMTP connection with STARTTLS before logging in (1 to turn on).",
    ),
    Setting("smtp_user", None, "User name for SMTP login (no login when unset)."),
    Setting(
        "smtp_password",
        None,
        "Password for SMTP login; never printed or stored by riftwatch.",
    ),
    Setting("smtp_from", None, "Sender address of e-mail alerts."),
    Setting(
        "smtp_to",
        None,
        "Recipients of e-mail alerts, comma-separated (unless the follow names its own --email).",
    ),
    Setting("smtp_timeout", 20.0, "Seconds to wait for the SMTP server."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> Any:
    """Value of a setting: the environment variable if set, else the default."""
    setting = _BY_NAME[name]
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    default = setting.default
    try:
        if isinstance(default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        raise ConfigError("RW001", name=setting.env, detail=f"{raw!r} is not a number") from None
    return raw


def data_dir() -> Path:
    """The directory for riftwatch's own files, created if missing."""
    configured = get("data_dir")
    if configured:
        path = Path(configured).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("riftwatch", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


__all__ = ["SETTINGS", "Setting", "data_dir", "get"]
