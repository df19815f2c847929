"""ipywidgets components for the notebooks and the Voila apps (thin; logic lives in the core).

Each component shows a value and reports changes (``value`` + ``on_change`` or an
injected action callback); state lives outside it.  Components follow the
language switch through ``set_lang(lang)``.  Import components from their modules
(``kpiguide.ui.kpi_card``...); the apps are built by :mod:`kpiguide.ui.apps`.
"""
