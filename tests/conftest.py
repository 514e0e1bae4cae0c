"""Shared test setup. scripts/test.sh gives the run a throwaway MELDWIJZER_DATA_DIR."""

from __future__ import annotations

import os

# Playwright's sync API runs an event loop; the ORM must still work in the same thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


import pytest


@pytest.fixture(autouse=True)
def _lege_cache() -> None:
    """The per-address request limits (web/middleware.py) count in Django's cache: every
    test starts with none counted."""
    from django.core.cache import cache

    cache.clear()
