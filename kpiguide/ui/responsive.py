"""Page CSS for the cycle apps: readable and usable on a phone (390 px wide) as on a desktop.

One ``<style>`` block carried by an HTML widget at the top of the app (Voila shows widget
HTML as is).  On narrow screens labels go above their fields, fields and buttons take the
whole width, rows wrap instead of scrolling sideways, every button, select and input is
at least 44 px high (a finger, not a mouse pointer), and charts lose their hover tool bar (its
22-pixel buttons are not for fingers).  Wide tables scroll inside their own
box (``.kpiguide-scroll``), never the page.
"""

from __future__ import annotations

import ipywidgets as widgets

__all__ = ["APP_CSS", "app_style"]

APP_CSS = """
.kpiguide-app, .kpiguide-app * { box-sizing: border-box; }
.kpiguide-app { width: 100%; max-width: 100%; overflow-wrap: break-word; }
.kpiguide-app .widget-hbox { flex-wrap: wrap; }
.kpiguide-app .widget-html-content { white-space: normal; }
.kpiguide-app .kpiguide-scroll { max-width: 100%; overflow-x: auto; }
.kpiguide-app .kpiguide-scroll table { border-collapse: collapse; }
.kpiguide-app .kpiguide-scroll td, .kpiguide-app .kpiguide-scroll th { border-bottom: 1px solid #eaecf0; vertical-align: top; }
.kpiguide-cycle .jupyter-button, .kpiguide-cycle .widget-toggle-button,
.kpiguide-cycle select, .kpiguide-cycle input { min-height: 44px; }
.kpiguide-cycle .widget-dropdown, .kpiguide-cycle .widget-text { height: auto; }
.kpiguide-cycle a.kpiguide-download-link { min-height: 44px; display: inline-flex !important; align-items: center; }
.kpiguide-stage { display: inline-block; padding: 1px 8px; border-radius: 10px; background: #f2f4f7; color: #344054;
  white-space: nowrap; }
.kpiguide-stage-submitted { background: #eff8ff; color: #175cd3; }
.kpiguide-stage-returned { background: #fef3f2; color: #b42318; }
.kpiguide-stage-approved { background: #fffaeb; color: #b54708; }
.kpiguide-stage-agreed, .kpiguide-stage-in_progress { background: #ecfdf3; color: #067647; }
.kpiguide-stage-closed { background: #f2f4f7; color: #475467; }
.kpiguide-card { border: 1px solid #d0d5dd; border-radius: 8px; padding: 8px 12px; margin: 8px 0; width: 100%; }
.kpiguide-fields { margin: 4px 0; }
.kpiguide-field { display: flex; flex-wrap: wrap; gap: 0 12px; padding: 2px 0; }
.kpiguide-field-label { flex: 0 0 9em; color: #475467; }
.kpiguide-field-value { flex: 1 1 16em; min-width: 0; }
.kpiguide-todo { background: #eff8ff; border-left: 4px solid #175cd3; padding: 8px 12px; margin: 6px 0; }
.kpiguide-overdue { color: #b42318; font-weight: 600; }
@media (max-width: 640px) {
  #rendered_cells { padding-left: 4px !important; padding-right: 4px !important; }
  #rendered_cells > div { padding: 8px 4px !important; }
  .jp-Cell, .jp-OutputArea-output, .jp-Cell-outputWrapper { padding: 0 !important; margin: 0 !important; }
  .jp-OutputArea-child { max-width: 100%; }
  .kpiguide-app { font-size: 16px; line-height: 1.5; }
  .kpiguide-my-kpis { overflow-wrap: anywhere; }
  .kpiguide-app h2 { font-size: 20px; }
  .kpiguide-app h3 { font-size: 17px; }
  .kpiguide-app .widget-inline-hbox { flex-direction: column; align-items: stretch; width: 100% !important; }
  .kpiguide-app .widget-inline-hbox .widget-label { width: auto; max-width: none; text-align: left; }
  .kpiguide-app .widget-inline-hbox > select, .kpiguide-app .widget-inline-hbox > input { flex: 0 0 auto; width: 100%; }
  .kpiguide-app .widget-text, .kpiguide-app .widget-textarea, .kpiguide-app .widget-dropdown,
  .kpiguide-app .widget-toggle-buttons, .kpiguide-app .jupyter-button:not(.widget-toggle-button),
  .kpiguide-app .widget-vbox, .kpiguide-app .widget-hbox { width: 100% !important; max-width: 100%; }
  .kpiguide-app .widget-toggle-buttons .widget-toggle-button { flex: 1 1 auto; width: auto !important; }
  .kpiguide-app .kpiguide-figure { max-width: 100%; overflow: hidden; }
  .kpiguide-app .modebar-container { display: none !important; }
  .kpiguide-field { flex-direction: column; padding: 3px 0; }
  .kpiguide-field-label { flex: none; font-size: 14px; }
  .kpiguide-field-value { flex: none; }
}
"""


def app_style() -> widgets.HTML:
    """The style block (put it first in the app's widget tree)."""
    style = widgets.HTML(f"<style>{APP_CSS}</style>")
    style.add_class("kpiguide-style")
    return style
