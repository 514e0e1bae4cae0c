"""Start-up: from the README's start command to the first successful page, on a prepared install.

`bash scripts/start.sh --port P` with the venv in place and the data folder already
migrated (one untimed run prepares it), the way a professional starts it every morning.
The clock runs from launching the command to the first `200` on `/`; median of several runs.

Usage: python -m bench.startup_bench [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench._common import ROOT, free_port, table, write_fragment

GOAL_S = 2.0


def _eerste_antwoord(url: str, proc: subprocess.Popen[bytes], *, timeout: float = 60.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"start.sh stopte met code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return time.perf_counter() - start
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.01)
    raise TimeoutError(f"geen antwoord van {url} binnen {timeout} s")


def een_start(data_dir: Path) -> float:
    port = free_port()
    env = dict(os.environ, MELDWIJZER_DATA_DIR=str(data_dir))
    for naam in ("MELDWIJZER_PRODUCTION", "DJANGO_SETTINGS_MODULE", "MELDWIJZER_SECRET_KEY"):
        env.pop(naam, None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(  # its own process group, so the whole server stops afterwards
        ["bash", str(ROOT / "scripts" / "start.sh"), "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _eerste_antwoord(f"http://127.0.0.1:{port}/", proc)
        return time.perf_counter() - t0
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    data_dir = Path(tempfile.mkdtemp(prefix="meldwijzer-startup-"))
    try:
        voorbereiding = een_start(data_dir)  # creates the secret key and the database
        tijden = [een_start(data_dir) for _ in range(args.runs)]
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    mediaan = statistics.median(tijden)
    tekst = "\n".join(
        [
            "## Opstarttijd",
            "",
            "`bash scripts/start.sh --port P` op een voorbereide installatie (venv en database "
            "klaar) tot het eerste `200`-antwoord op `/`. Doel: mediaan < 2 s.",
            "",
            table(
                ["meting", "seconden"],
                [
                    ["eerste start (voorbereiden: sleutel, database)", f"{voorbereiding:.2f}"],
                    *[[f"start {i + 1}", f"{t:.2f}"] for i, t in enumerate(tijden)],
                    ["**mediaan**", f"**{mediaan:.2f}**"],
                    ["doel gehaald", "ja" if mediaan < GOAL_S else "**nee**"],
                ],
            ),
        ]
    )
    write_fragment("30_startup", tekst)
    print(tekst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
