"""Run wrk against one URL (GET, or POST with a prepared body) and read its summary."""

from __future__ import annotations

import json
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

LUA = Path(__file__).resolve().parent / "wrk" / "bench.lua"


@dataclass(frozen=True)
class WrkResult:
    name: str
    requests: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    status_errors: int  # responses with a status of 400 or more
    socket_errors: int  # connect, read, write errors and timeouts

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def errors(self) -> int:
        return self.status_errors + self.socket_errors


def run_wrk(
    *,
    name: str,
    url: str,
    connections: int = 50,
    seconds: int = 10,
    threads: int = 1,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> WrkResult:
    with tempfile.TemporaryDirectory(prefix="meldwijzer-wrk-") as tmp:
        out = Path(tmp) / "out.json"
        env = {
            "WRK_METHOD": method,
            "WRK_OUT": str(out),
            "WRK_HEADERS": "\n".join(f"{k}: {v}" for k, v in (headers or {}).items()),
            "PATH": "/usr/bin:/bin",
        }
        if body is not None:
            body_file = Path(tmp) / "body"
            body_file.write_bytes(body)
            env["WRK_BODY_FILE"] = str(body_file)
        subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{seconds}s",
                "--timeout",
                "10s",
                "-s",
                str(LUA),
                url,
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        data = json.loads(out.read_text(encoding="utf-8"))
    return WrkResult(
        name=name,
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        p50_ms=data["p50_us"] / 1000,
        p95_ms=data["p95_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        max_ms=data["max_us"] / 1000,
        status_errors=data["status"],
        socket_errors=data["connect"] + data["read"] + data["write"] + data["timeout"],
    )
