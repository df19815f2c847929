"""The three Voila apps, each built from the components and the core's public API.

``kpi_designer()`` (department head), ``leadership_dashboard()`` and ``my_kpis()``
(employee) each return one widget.  They read the invite from the page's query
string (or ``query_string=``), open the project named by ``KPIGUIDE_PROJECT`` (or
``project=``) and never show a blank page: any failure becomes a friendly message.
Handlers only collect values and call :mod:`kpiguide.design.collaboration`; check panels plug
in through :mod:`kpiguide.ui.panels`.
"""

from kpiguide.ui.dashboard_app import DashboardApp, leadership_dashboard
from kpiguide.ui.designer_app import DesignerApp, kpi_designer
from kpiguide.ui.my_kpis_app import MyKpisApp, my_kpis

__all__ = ["DashboardApp", "DesignerApp", "MyKpisApp", "kpi_designer", "leadership_dashboard", "my_kpis"]
