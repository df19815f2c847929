"""The core layer: domain types, periods, findings, errors, messages, parameter checks, numbers and text files.

Everything else builds on it; it imports nothing from the rest of kpiguide."""
