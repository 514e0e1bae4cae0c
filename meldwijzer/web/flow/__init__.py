"""The guided meldcode flow: one casus, step by step, private by default."""
