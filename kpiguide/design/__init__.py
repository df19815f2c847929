"""Designing a project: forms, collaboration on behalf of a principal, job analysis, progress and the demo company."""
