"""Serving the Voila apps (shipped in ``apps/`` as package data) with locked-down settings."""
