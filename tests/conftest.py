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


def _flush_mag_auditlog_legen() -> None:
    """The test runner empties tables with TRUNCATE on PostgreSQL; the audit trail refuses
    that (migration org 0006) unless the session says so, which only this flush does."""
    from django.db.backends.postgresql.operations import DatabaseOperations

    origineel = DatabaseOperations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):  # type: ignore[no-untyped-def]
        sql = origineel(
            self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
        )
        return ["SET LOCAL meldwijzer.audit_leegmaken = 'ja'", *sql] if sql else sql

    DatabaseOperations.sql_flush = sql_flush  # type: ignore[method-assign]


try:
    _flush_mag_auditlog_legen()
except ImportError:  # psycopg missing: no PostgreSQL runs here
    pass
