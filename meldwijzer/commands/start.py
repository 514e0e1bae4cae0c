"""`meldwijzer start`: prepare the data folder and database, then serve on loopback.

Served by gunicorn (in-process, through its BaseApplication API): a production-grade
server, two worker processes with threads, the Django app preloaded once. Migrations run
only when the plan says there is something to do, so a prepared install starts fast.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.core.handlers.wsgi import WSGIHandler
    from gunicorn.app.base import BaseApplication


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default="127.0.0.1", help="adres om op te luisteren (standaard 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8000, help="poort (standaard 8000)")
    parser.add_argument("--workers", type=int, default=2, help="aantal werkprocessen (standaard 2)")
    parser.add_argument(
        "--threads", type=int, default=4, help="threads per werkproces (standaard 4)"
    )


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meldwijzer.web.settings")
    import django

    django.setup()


def migreer_indien_nodig() -> int:
    """Apply pending migrations; returns how many were applied (0 when up to date)."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        call_command("migrate", interactive=False, verbosity=0)
    return len(plan)


def _poort_vrij(host: str, port: int) -> bool:
    familie = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(familie, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _server(application: WSGIHandler, options: dict[str, object]) -> BaseApplication:
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        # Django's stubs type the WSGI environ as a dict, gunicorn's as a MutableMapping.
        def load(self) -> WSGIHandler:  # type: ignore[override]
            return application

    return Server()


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        print("meldwijzer: de poort moet tussen 1 en 65535 liggen.", file=sys.stderr)
        return 2
    _django()
    from django.conf import settings

    data = settings.DATA_DIR
    data.mkdir(parents=True, exist_ok=True)
    (data / "static").mkdir(exist_ok=True)
    toegepast = migreer_indien_nodig()
    if toegepast:
        print(f"meldwijzer: database bijgewerkt ({toegepast} migraties).")
    if not _poort_vrij(args.host, args.port):
        print(
            f"meldwijzer: poort {args.port} op {args.host} is al in gebruik. "
            f"Kies een andere met --port.",
            file=sys.stderr,
        )
        return 1
    from meldwijzer.web import statisch

    if statisch.bijwerken():
        print("meldwijzer: opmaakbestanden klaargezet.")
    from django.core.wsgi import get_wsgi_application

    host = f"[{args.host}]" if ":" in args.host else args.host
    adres = f"http://{host}:{args.port}/"
    options = {
        "bind": f"{host}:{args.port}",
        "workers": max(1, args.workers),
        "threads": max(1, args.threads),
        "worker_class": "gthread",
        "preload_app": True,
        "loglevel": "warning",
        "accesslog": None,  # no request log: URLs carry no content, but keep nothing anyway
        "timeout": 60,
        "graceful_timeout": 5,
        "proc_name": "meldwijzer",
    }
    print(f"meldwijzer draait. Open in uw browser: {adres}", flush=True)
    print("Stoppen: Ctrl+C. Uw notities staan alleen in uw browsertabblad.", flush=True)
    _server(get_wsgi_application(), options).run()
    return 0
