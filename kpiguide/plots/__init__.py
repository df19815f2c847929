"""Figures shared by notebooks, apps and reports (plotly); one module per area.

This package may import plotly; the core (everything outside ``kpiguide.ui``,
``kpiguide.plots`` and ``kpiguide.server.serve``) must not.
"""
