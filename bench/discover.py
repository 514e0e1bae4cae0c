"""What the app offers right now: every URL pattern, read from the URLconf.

The harness is built while the app grows, so it never lists pages by hand. Run as a
script (inside a configured Django environment) it prints the patterns as JSON;
`url_patterns()` runs it in a subprocess so the caller need not configure Django.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Patroon:
    name: str  # "flow:stap1"
    path: str  # "/stap/1/" or "/verslag/<str:formaat>/" when it takes arguments
    kwargs: dict[str, Any]  # default kwargs, e.g. {"pagina_id": "stap1"}
    heeft_argumenten: bool

    @property
    def namespace(self) -> str:
        return self.name.rpartition(":")[0]


def walk() -> list[dict[str, Any]]:
    from django.urls import URLPattern, URLResolver, get_resolver

    found: list[dict[str, Any]] = []

    def visit(patterns: list[Any], prefix: str, namespace: str) -> None:
        for p in patterns:
            route = str(p.pattern)
            if isinstance(p, URLResolver):
                ns = namespace
                if p.namespace:
                    ns = f"{namespace}:{p.namespace}" if namespace else p.namespace
                visit(p.url_patterns, prefix + route, ns)
            elif isinstance(p, URLPattern):
                name = f"{namespace}:{p.name}" if namespace and p.name else (p.name or "")
                found.append(
                    {
                        "name": name,
                        "path": "/" + prefix + route,
                        "kwargs": {
                            k: v
                            for k, v in (p.default_args or {}).items()
                            if isinstance(v, str | int)
                        },
                        "heeft_argumenten": "<" in route or route.startswith("^"),
                    }
                )

    visit(get_resolver().url_patterns, "", "")
    return found


def url_patterns(*, env: dict[str, str] | None = None) -> list[Patroon]:
    """All URL patterns of the app (runs Django in a subprocess with `env`)."""
    from bench._common import PYTHON, ROOT, production_env

    with tempfile.TemporaryDirectory(prefix="meldwijzer-discover-") as tmp:
        env = env or production_env(data_dir=Path(tmp))
        out = subprocess.run(
            [PYTHON, "-m", "bench.discover"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return [Patroon(**p) for p in json.loads(out)]


def main() -> int:
    import django

    django.setup()
    json.dump(walk(), sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
