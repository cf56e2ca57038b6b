"""Delivering an alert: by webhook (a JSON POST with httpx) and by e-mail (smtplib).

Every alert is stored first (the ``ui`` channel: ``riftwatch alerts`` and the /alerts
page); the other channels are tried after, and a failure is recorded on the alert with
its numbered reason (RW708 e-mail, RW709 webhook, RW710/RW711 not configured), never
raised: one unreachable server must not stop the watch.

>>> text = alert_text({"id": 3, "name_a": "A", "name_b": "B", "probability_before": 0.2,
...     "probability_after": 0.81, "threshold": 0.6, "month": "2016-06", "evidence": []})
>>> text.splitlines()[0]
'riftwatch alert 3: A / B rift probability 0.2 -> 0.81 (threshold 0.6), month 2016-06'
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from typing import Any

from riftwatch import __version__, settings
from riftwatch.errors import WatchError

CHANNELS = ("ui", "webhook", "email")


def recipients(value: str | None, name: str) -> list[str]:
    """Comma-separated e-mail addresses, each checked (RW717 naming ``name``).

    >>> recipients("a@x.org, b@y.org", "--email")
    ['a@x.org', 'b@y.org']
    """
    found = []
    for part in (value or "").split(","):
        part = part.strip()
        if not part:
            continue
        _, address = parseaddr(part)
        if "@" not in address or any(c in address for c in " \r\n<>"):
            raise WatchError("RW717", value=part, name=name)
        found.append(address)
    return found


def _probability(value: float | None) -> str:
    return "none" if value is None else f"{value:g}"


def alert_text(alert: dict[str, Any]) -> str:
    """The alert as plain text: the e-mail body (the evidence lines are quoted as data)."""
    lines = [
        f"riftwatch alert {alert['id']}: {alert['name_a']} / {alert['name_b']} rift "
        f"probability {_probability(alert['probability_before'])} -> "
        f"{_probability(alert['probability_after'])} (threshold {alert['threshold']:g}), "
        f"month {alert.get('month') or 'unknown'}",
        "",
        "Evidence:",
    ]
    for ev in alert.get("evidence") or []:
        lines.append(
            f"- [{ev.get('grade') or '?'}] {ev.get('date') or ''} {ev.get('event_type') or ''} "
            f"{ev.get('source') or ''} -> {ev.get('target') or ''} (event {ev.get('event_id')}, "
            f"document {ev.get('doc_id')}, {ev.get('outlet') or 'no outlet'})"
        )
        quote = " ".join(str(ev.get("text") or "").split())
        if quote:
            lines.append(f"  > {quote}")
    if not alert.get("evidence"):
        lines.append("- (none listed)")
    lines += ["", f"Acknowledge with: riftwatch alerts --ack {alert['id']}"]
    return "\n".join(lines) + "\n"


def send_webhook(alert: dict[str, Any], url: str) -> None:
    """POST the alert as JSON to ``url``; a network error or a non-2xx answer is RW709."""
    import httpx

    timeout = float(settings.get("webhook_timeout"))
    try:
        response = httpx.post(
            url,
            json={"type": "riftwatch.alert", "alert": alert},
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": f"riftwatch/{__version__}"},
        )
    except httpx.HTTPError as exc:
        raise WatchError("RW709", url=url, detail=str(exc) or type(exc).__name__) from None
    if not 200 <= response.status_code < 300:
        raise WatchError("RW709", url=url, detail=f"HTTP {response.status_code}")


def smtp_settings() -> dict[str, Any]:
    """Host, port, sender, STARTTLS, login and timeout of the SMTP server (settings)."""
    return {
        "host": settings.get("smtp_host"),
        "port": int(settings.get("smtp_port")),
        "from": settings.get("smtp_from"),
        "to": settings.get("smtp_to"),
        "starttls": bool(settings.get("smtp_starttls")),
        "user": settings.get("smtp_user"),
        "password": settings.get("smtp_password"),
        "timeout": float(settings.get("smtp_timeout")),
    }


def send_email(alert: dict[str, Any], to: str | None = None) -> list[str]:
    """Send the alert to ``to`` (else the setting ``smtp_to``); returns the recipients.

    RW710 when the server, sender or recipients are not configured; RW708 when the
    server refuses or cannot be reached (the password is never part of a message).
    """
    conf = smtp_settings()
    wanted = to or conf["to"]
    missing = [
        f"RIFTWATCH_{name.upper()}"
        for name, value in (
            ("smtp_host", conf["host"]),
            ("smtp_from", conf["from"]),
            ("smtp_to", wanted),
        )  # fmt: skip
        if not value
    ]
    if missing:
        raise WatchError("RW710", names=", ".join(missing))
    rcpt = recipients(wanted, "--email" if to else "RIFTWATCH_SMTP_TO")
    sender = recipients(conf["from"], "RIFTWATCH_SMTP_FROM")[0]
    message = EmailMessage()
    message["Subject"] = (
        (
            f"riftwatch alert: {alert['name_a']} / {alert['name_b']} rift probability "
            f"{_probability(alert['probability_after'])}"
        )
        .replace("\r", " ")
        .replace("\n", " ")
    )
    message["From"] = sender
    message["To"] = ", ".join(rcpt)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="riftwatch.local")
    message["X-Riftwatch-Alert"] = str(alert["id"])
    message.set_content(alert_text(alert))
    server = f"{conf['host']}:{conf['port']}"
    try:
        with smtplib.SMTP(conf["host"], conf["port"], timeout=conf["timeout"]) as smtp:
            smtp.ehlo()
            if conf["starttls"]:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if conf["user"]:
                smtp.login(conf["user"], conf["password"] or "")
            smtp.send_message(message, from_addr=sender, to_addrs=rcpt)
    except (smtplib.SMTPException, OSError) as exc:
        detail = str(exc) or type(exc).__name__
        if conf["password"]:
            detail = detail.replace(conf["password"], "***")
        raise WatchError("RW708", server=server, detail=detail[:300]) from None
    return rcpt


__all__ = ["CHANNELS", "alert_text", "recipients", "send_email", "send_webhook", "smtp_settings"]
