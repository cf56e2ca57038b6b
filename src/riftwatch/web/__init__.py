"""The analyst workbench: a FastAPI application over :mod:`riftwatch.api`.

``riftwatch serve`` runs it (see ``docs/web.md``); :func:`create_app` builds it for a
store, :func:`serve` runs it with uvicorn. Pages are server-rendered Jinja2 templates
(autoescaped) with a little own JavaScript from ``/static``; the JSON API lives under
``/api`` and is described at ``/openapi.json``.
"""

from __future__ import annotations

from riftwatch.web.app import CONTENT_SECURITY_POLICY, SECURITY_HEADERS, create_app
from riftwatch.web.serve import is_loopback, serve

__all__ = ["CONTENT_SECURITY_POLICY", "SECURITY_HEADERS", "create_app", "is_loopback", "serve"]
