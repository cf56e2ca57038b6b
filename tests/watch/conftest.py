"""Fixtures of the watch tests: real folders and files, a real HTTP server on 127.0.0.1
that serves a feed and receives webhooks, and a real (tiny) SMTP server that receives
the alert e-mails.

The corpus is invented: reports in two batches about two groups, the first of them
cooperating (the Haqqani network sheltering Al Qaeda fighters), the second of them
fighting, from several outlets and months, so that the second batch pushes the pair's
rift probability over a threshold of 0.5.
"""

from __future__ import annotations

import base64
import json
import socket
import socketserver
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

OUTLETS = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


PLACES = ["Khost", "Miranshah", "Mir Ali", "Bannu", "Razmak", "Datta Khel"]
TAILS = [
    "Tribal elders said the fighters were given houses and food for the winter.",
    "A shopkeeper in the bazaar described trucks arriving after dark.",
    "Two clerics at a local seminary confirmed the arrangement on condition of anonymity.",
    "The district administration declined to comment on the account.",
    "A former police officer said the practice had gone on for years.",
    "Residents described checkpoints manned by armed men on the main road.",
]


def cooperative(month: int, outlet: str) -> str:
    n = month % len(PLACES)
    return (
        f"{PLACES[n]}, 10 {MONTHS[month - 1]} 2015. The Haqqani network sheltered Al Qaeda "
        f"fighters in North Waziristan, according to reporter {outlet}. {TAILS[n]}\n"
    )


def hostile(month: int, outlet: str) -> str:
    n = (month + 3) % len(PLACES)
    return (
        f"{PLACES[n]}, 14 {MONTHS[month - 1]} 2016. The Haqqani network attacked Al Qaeda "
        f"fighters near {PLACES[(n + 1) % len(PLACES)]}, correspondent {outlet} reported. "
        f"{TAILS[n]}\n"
    )


def other_news(month: int) -> str:
    return (
        f"Kandahar, 3 {MONTHS[month - 1]} 2015. The Taliban attacked the army in Kandahar. "
        "Officials said the fighting lasted two days.\n"
    )


def write_batch_one(folder: Path) -> None:
    """Four cooperative reports, February to May 2015, four outlets."""
    for i in range(4):
        (folder / f"coop-{i}.txt").write_text(cooperative(i + 2, OUTLETS[i]), encoding="utf-8")


def write_batch_two(folder: Path) -> None:
    """Two hostile reports (June, July 2016) as files."""
    for i in range(2):
        (folder / f"hostile-{i}.txt").write_text(hostile(i + 6, OUTLETS[i]), encoding="utf-8")


def rss(entries: list[dict[str, str]], title: str = "Frontier Wire") -> bytes:
    """An RSS 2.0 feed of ``entries`` (id, title, link, date (RFC 822), text)."""
    items = "".join(
        f"<item><guid>{escape(e['id'])}</guid><title>{escape(e['title'])}</title>"
        f"<link>{escape(e['link'])}</link><pubDate>{e['date']}</pubDate>"
        f"<description>{escape(e['text'])}</description></item>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link>"
        f"<description>invented</description>{items}</channel></rss>"
    ).encode()


FEED_ONE = [
    {"id": "fw-1", "title": "Fighting in Kandahar", "link": "http://127.0.0.1:9/never-fetched/1",
     "date": "Fri, 03 Jul 2015 08:00:00 GMT", "text": other_news(7)},
]  # fmt: skip
FEED_TWO = FEED_ONE + [
    {"id": f"fw-{n}", "title": f"Clashes near Miranshah ({n})",
     "link": f"http://127.0.0.1:9/never-fetched/{n}",
     "date": f"Sun, 14 {mon[:3]} 2016 08:00:00 GMT", "text": hostile(m, OUTLETS[n + 1])}
    for n, (m, mon) in enumerate([(8, "August"), (9, "September")], start=2)
]  # fmt: skip


@dataclass
class Web:
    """A local HTTP server: serves ``feed`` at /feed.xml, records POSTs to /hook, answers
    500 to POSTs to /broken and 404 elsewhere."""

    base: str
    feed: bytes = b""
    hooks: list[dict[str, Any]] = field(default_factory=list)
    gets: list[str] = field(default_factory=list)


@pytest.fixture
def web() -> Iterator[Web]:
    state = Web(base="")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            state.gets.append(self.path)
            if self.path == "/feed.xml":
                body = state.feed
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
            else:
                body = b"not here"
                self.send_response(404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802
            size = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(size)
            code = 500 if self.path == "/broken" else 204 if self.path == "/hook" else 404
            if code == 204:
                state.hooks.append(json.loads(body))
            self.send_response(code)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@dataclass
class Mailbox:
    """What the SMTP server received: one ``(sender, recipients, message)`` per e-mail."""

    port: int
    messages: list[tuple[str, list[str], Message]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    """Decoded AUTH PLAIN credentials received (``user:password``)."""


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP (RFC 5321) for smtplib: EHLO/HELO, MAIL, RCPT, DATA, RSET, QUIT."""

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self) -> None:
        box: Mailbox = self.server.mailbox  # type: ignore[attr-defined]
        self.reply("220 test.local ESMTP")
        sender, rcpt = "", []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode("ascii", "replace").strip().split(" ", 1)[0].upper()
            arg = line.decode("ascii", "replace").strip()[len(verb) :].strip()
            if verb == "EHLO":
                self.reply("250-test.local")
                self.reply("250 AUTH PLAIN")
            elif verb == "HELO":
                self.reply("250 test.local")
            elif verb == "AUTH":
                parts = arg.split()
                raw = base64.b64decode(parts[1]).split(b"\0") if len(parts) > 1 else []
                if len(raw) == 3 and raw[2] == b"right":
                    box.logins.append(f"{raw[1].decode()}:{raw[2].decode()}")
                    self.reply("235 accepted")
                else:
                    self.reply("535 authentication failed")
            elif verb == "MAIL":
                sender, rcpt = arg.split(":", 1)[1].strip().strip("<>"), []
                self.reply("250 OK")
            elif verb == "RCPT":
                rcpt.append(arg.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with .")
                data = b""
                while True:
                    chunk = self.rfile.readline()
                    if chunk in (b".\r\n", b".\n", b""):
                        break
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                box.messages.append((sender, rcpt, message_from_bytes(data)))
                self.reply("250 queued")
            elif verb == "RSET":
                sender, rcpt = "", []
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Mailbox]:
    """A real SMTP server on 127.0.0.1, and the settings that point riftwatch at it."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTPHandler)
    server.daemon_threads = True
    box = Mailbox(port=server.server_address[1])
    server.mailbox = box  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("RIFTWATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("RIFTWATCH_SMTP_PORT", str(box.port))
    monkeypatch.setenv("RIFTWATCH_SMTP_FROM", "riftwatch@test.local")
    monkeypatch.setenv("RIFTWATCH_SMTP_TO", "desk@test.local")
    yield box
    server.shutdown()
    server.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then closed)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
