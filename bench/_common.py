"""Shared helpers for the bench scripts: a production-like server, ports, machine facts, tables.

Every bench script starts its own servers in a throw-away data folder and stops them again;
nothing here touches the user's data folder.
"""

from __future__ import annotations

import contextlib
import os
import platform
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(os.environ.get("MELDWIJZER_VENV", ROOT / ".venv")) / "bin"
PYTHON = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else sys.executable
OUT_DIR = ROOT / "bench" / "out"

#: Gunicorn layout for a 2-core machine, chosen from the sweep in web_bench.py (see results.md):
#: the pages are CPU-bound, so threads only add GIL contention and long tails; two sync
#: workers (one per core) gave the most requests per second and by far the best p99.
DEFAULT_WORKERS = 2
DEFAULT_THREADS = 1


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def production_env(*, data_dir: Path, settings: str = "meldwijzer.web.settings") -> dict[str, str]:
    """Environment of a production deployment on plain-http loopback (no TLS in front)."""
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": settings,
            "MELDWIJZER_PRODUCTION": "1",
            "MELDWIJZER_SECRET_KEY": secrets.token_urlsafe(48),  # 64 characters
            "MELDWIJZER_SSL_REDIRECT": "0",
            "MELDWIJZER_ALLOWED_HOSTS": "127.0.0.1",
            "MELDWIJZER_DATA_DIR": str(data_dir),
            "MELDWIJZER_LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
        }
    )
    env.pop("MELDWIJZER_DEBUG", None)
    return env


def migrate(env: dict[str, str]) -> None:
    done = subprocess.run(
        [PYTHON, "-m", "django", "migrate", "--noinput", "-v", "0"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(f"migrate failed:\n{done.stderr[-3000:]}")


def wait_http(
    url: str, *, timeout: float = 30.0, proc: subprocess.Popen[bytes] | None = None
) -> float:
    """Poll `url` until it answers with a status below 500; return the seconds it took."""
    start = time.perf_counter()
    while True:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server stopped with exit code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status < 500:
                    return time.perf_counter() - start
        except urllib.error.HTTPError as error:
            if error.code < 500:
                return time.perf_counter() - start
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"no answer from {url} within {timeout} s")
        time.sleep(0.02)


@dataclass
class Server:
    url: str
    env: dict[str, str]
    data_dir: Path
    proc: subprocess.Popen[bytes]
    log: Path


@contextlib.contextmanager
def gunicorn(
    *,
    workers: int = DEFAULT_WORKERS,
    threads: int = DEFAULT_THREADS,
    settings: str = "meldwijzer.web.settings",
    extra_env: dict[str, str] | None = None,
    probe: str = "/",
    before_start: Callable[[dict[str, str]], None] | None = None,
) -> Iterator[Server]:
    """Run the app under gunicorn with production settings on a free loopback port."""
    data_dir = Path(tempfile.mkdtemp(prefix="meldwijzer-bench-"))
    env = production_env(data_dir=data_dir, settings=settings)
    env.update(extra_env or {})
    migrate(env)
    if before_start is not None:
        before_start(env)
    port = free_port()
    log = data_dir / "gunicorn.log"
    cmd = [
        str(VENV_BIN / "gunicorn"),
        "meldwijzer.web.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--worker-class",
        "gthread" if threads > 1 else "sync",
        "--chdir",
        str(ROOT),
        "--log-level",
        "warning",
        "--error-logfile",
        str(log),
        "--backlog",
        "2048",
    ]
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=devnull, stderr=devnull)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + probe, proc=proc)
        yield Server(url=url, env=env, data_dir=data_dir, proc=proc, log=log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(data_dir, ignore_errors=True)


def machine() -> dict[str, str]:
    """CPU model, cores and memory, for the header of results.md."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "?"
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory,
        "python": platform.python_version(),
        "os": platform.platform(),
    }


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return out + (" (plus uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "?"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def write_fragment(name: str, text: str) -> Path:
    """Write one script's markdown section to bench/out/NAME.md (assembled by bench.sh)."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / f"{name}.md"
    path.write_text(text.rstrip() + "\n", encoding="utf-8")
    return path


def pct_ms(seconden: Sequence[float], p: float) -> float:
    """The p-quantile (0..1, nearest rank from below) of durations in seconds, in ms."""
    tijden = sorted(seconden) or [0.0]
    return round(tijden[min(len(tijden) - 1, int(p * len(tijden)))] * 1000, 1)


def tegelijk(
    target: Callable[..., None], kwargs: Sequence[dict[str, Any]], *, join_timeout: float
) -> float:
    """Run target once per kwargs, each in its own daemon thread, all at once; wait for them
    (at most join_timeout each) and return the wall-clock seconds it took."""
    threads = [threading.Thread(target=target, kwargs=kw, daemon=True) for kw in kwargs]
    t0 = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=join_timeout)
    return time.monotonic() - t0
