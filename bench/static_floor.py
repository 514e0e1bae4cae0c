"""The physical floor: one static file of a given size served by nginx on loopback.

nginx (Debian's nginx-light) is the fastest plain static server available here; a
single-threaded `python -m http.server` would measure Python, not the machine. It runs
in the foreground from a throw-away prefix with its own config, access log off,
keep-alive on and one worker per core, like a tuned front server would.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bench._common import free_port, wait_http

CONF = """\
worker_processes auto;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types {{ text/html html; }}
  client_body_temp_path {prefix}/tmp;
  server {{
    listen 127.0.0.1:{port};
    root {prefix}/www;
    location / {{ }}
  }}
}}
"""


@contextlib.contextmanager
def nginx_static(*, size: int) -> Iterator[str]:
    """Serve `/floor.html` of `size` bytes; yield its URL."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    prefix = Path(tempfile.mkdtemp(prefix="meldwijzer-nginx-"))
    prefix.chmod(0o755)
    (prefix / "www").mkdir(mode=0o755)
    (prefix / "tmp").mkdir(mode=0o777)
    head = b"<!doctype html><html lang=nl><title>floor</title><p>"
    (prefix / "www" / "floor.html").write_bytes(head + b"x" * max(0, size - len(head)))
    (prefix / "www" / "floor.html").chmod(0o644)
    port = free_port()
    (prefix / "nginx.conf").write_text(CONF.format(prefix=prefix, port=port), encoding="utf-8")
    proc = subprocess.Popen(
        [
            nginx,
            "-p",
            str(prefix),
            "-c",
            str(prefix / "nginx.conf"),
            "-e",
            str(prefix / "error.log"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/floor.html"
    try:
        wait_http(url, proc=proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(prefix, ignore_errors=True)
