"""Bench-only settings: the real settings plus one fixed-response URL (the framework floor).

Same middleware, same production switches; only the URLconf differs, so the difference
between this view and a flow page is the cost of our own views and templates.
"""

from __future__ import annotations

from meldwijzer.web.settings import *  # noqa: F403 the floor must equal the real settings

ROOT_URLCONF = "bench.floor_urls"
