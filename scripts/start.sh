#!/usr/bin/env bash
# Quick start, command 1: install (first time only) and start meldwijzer on SQLite.
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
exec "$VENV/bin/meldwijzer" start "$@"
