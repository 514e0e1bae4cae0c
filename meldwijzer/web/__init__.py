"""The Django web layer: settings, the guided flow (private mode) and organisation mode."""
