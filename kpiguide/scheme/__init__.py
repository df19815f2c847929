"""Scheme files: the KPI design as YAML, JSON and Excel, converted to and from the domain model."""
