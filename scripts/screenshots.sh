#!/usr/bin/env bash
# Regenerate docs/screenshots/{start,stap1,stap4,stap5,samenvatting,concept-melding}.png from a real `meldwijzer start`
# in Debian's Chromium (no browser download).
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
cd "$ROOT"
exec "$VENV/bin/python" tests/browser/screenshots.py "$@"
