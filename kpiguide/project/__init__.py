"""The project layer: the store (one project = one database), its tables and record kinds, project paths and access."""
