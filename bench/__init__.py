"""Benchmarks: scripts that print figures (never timed tests). `bash scripts/bench.sh` runs all."""
