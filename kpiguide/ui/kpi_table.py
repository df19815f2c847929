"""The designer's KPI table: one compact row per KPI of a role, a live weight total and a check badge per row.

Each row edits the five everyday fields (name, weight, target, unit, frequency) of a
:class:`~kpiguide.ui.kpi_card.KpiCard`, the full form that opens in the side panel; the row's
fields are linked to the card's, so both always show the same typed values and one save path
(the card's) saves them.  The weight total follows what is typed, by the balance profile's rule
(:func:`kpiguide.design.next_step.typed_weights`); badges come from
:func:`kpiguide.design.next_step.kpi_badge` and are set by the caller.  :class:`KpiDrawer` is the side
panel beside the table that shows one row's full card.  The designer app and the guided notebooks'
KPI editor (:mod:`kpiguide.ui.kpi_editor`) both show KPIs this way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

import ipywidgets as widgets
from ipywidgets.widgets.widget_description import DescriptionStyle
from ipywidgets.widgets.widget_string import HTMLStyle, TextStyle

from kpiguide.core.i18n import t
from kpiguide.core.numbers import format_number
from kpiguide.design.next_step import Badge, typed_weights
from kpiguide.design.weights import DEFAULT_PROFILE, ProfileRef
from kpiguide.ui.kpi_card import KpiCard

__all__ = ["COLUMNS", "KpiDrawer", "KpiRow", "KpiTable", "RowLook", "table_with_drawer"]

# column → width of the cell
COLUMNS = {"name": "34%", "weight": "8%", "target": "13%", "unit": "10%", "frequency": "12%", "check": "11%"}
_BADGE_STYLE = {
    "ok": "background:#ecfdf3;color:#054f31;border:1px solid #6ce9a6",
    "info": "background:#ecfdf3;color:#054f31;border:1px solid #6ce9a6",
    "warning": "background:#fffaeb;color:#7a2e0e;border:1px solid #fec84b",
    "error": "background:#fef3f2;color:#7a271a;border:1px solid #fda29b",
    "pending": "background:#f2f4f7;color:#475467;border:1px solid #d0d5dd",
    "unsaved": "background:#f2f4f7;color:#475467;border:1px solid #d0d5dd",
    "locked": "background:#eff8ff;color:#194185;border:1px solid #84caff",
}


def _badge_html(level: str, lang: str, title: str = "", extra: str = "") -> str:
    label = t("uid.row.locked", lang) if level == "locked" else t(f"uid.badge.{level}", lang)
    return (
        f"<span class='kpiguide-badge kpiguide-badge-{level}' title='{escape(title)}' "
        f"style='{_BADGE_STYLE[level]};border-radius:10px;padding:1px 8px;font-size:12px;white-space:nowrap'>"
        f"{escape(label)}</span>{extra}"
    )


class RowLook:
    """Layouts and styles shared by every row of one page.

    Each layout or style is a widget model of its own: the kernel sends it, the Voila server relays and
    decodes it, the browser builds it.  Shared, a row costs 9 models fewer; the designer's page went from
    about 1,120 models to about 1,000, and the server's CPU per page request fell with it (benchmarks/RESULTS.md).
    Nothing in a row changes its layout or style alone (a row is hidden through its box, not its cells).
    """

    def __init__(self) -> None:
        self.cells = {name: widgets.Layout(width=width) for name, width in COLUMNS.items()}
        self.button = widgets.Layout(width="36px", padding="0", flex="0 0 auto")
        self.line = widgets.Layout(align_items="center", width="100%")
        self.row = widgets.Layout(border_bottom="1px solid #eaecf0")
        self.text = TextStyle()
        self.choice = DescriptionStyle()
        self.html = HTMLStyle()
        self.buttons = widgets.ButtonStyle()


class KpiRow(widgets.VBox):
    """One KPI as a table row (linked to its card), its badge, its review comment and its save message.

    ``look`` shares layouts and styles with the page's other rows (default: this row's own).
    """

    def __init__(
        self,
        card: KpiCard,
        *,
        lang: str = "zh",
        on_details: Callable[[KpiCard], None] | None = None,
        look: RowLook | None = None,
    ) -> None:
        look = look or RowLook()
        self.card = card
        self.lang = lang
        self.badge: Badge | None = None
        self.comment_text = ""
        self.locked = False
        self.allowed = card.editable  # the invite may edit this KPI
        self.cells: dict[str, widgets.Widget] = {}
        for name in ("name", "weight", "target", "unit"):
            self.cells[name] = widgets.Text(layout=look.cells[name], style=look.text)
        self.cells["frequency"] = widgets.Dropdown(layout=look.cells["frequency"], style=look.choice)
        for name, cell in self.cells.items():
            cell.add_class(f"kpiguide-cell-{name}")
        self.check = widgets.HTML(layout=look.cells["check"], style=look.html)
        self.check.add_class("kpiguide-row-check")
        self.save_button = widgets.Button(icon="save", layout=look.button, style=look.buttons)
        self.save_button.add_class("kpiguide-row-save")
        self.details_button = widgets.Button(icon="pencil-square-o", layout=look.button, style=look.buttons)
        self.details_button.add_class("kpiguide-row-details")
        self.save_button.on_click(lambda _b: card.save_button.click())
        self.details_button.on_click(lambda _b: on_details(card) if on_details is not None else None)
        self.comment = widgets.HTML(style=look.html)
        self.comment.add_class("kpiguide-row-comment")
        line = widgets.HBox([*self.cells.values(), self.check, self.save_button, self.details_button], layout=look.line)
        super().__init__([line, self.comment, card.message], layout=look.row)
        self.add_class("kpiguide-kpi-row")
        self.add_class(f"kpiguide-row-{card.kpi.id}")
        self.set_lang(lang)
        self._links = [widgets.link((card.fields[n], "value"), (cell, "value")) for n, cell in self.cells.items()]
        self.set_editable(card.editable)

    @property
    def kpi_id(self) -> str:
        return self.card.kpi.id

    def set_editable(self, editable: bool) -> None:
        for cell in self.cells.values():
            cell.disabled = not editable
        self.save_button.disabled = not editable

    def set_lock(self, locked: bool) -> None:
        """An agreed KPI: read-only here and in its card (changes go through a change request)."""
        self.locked = locked
        self.card.set_editable(self.allowed and not locked)
        self.set_editable(self.allowed and not locked)
        self._render_check()

    def show_badge(self, badge: Badge | None) -> None:
        self.badge = badge
        self._render_check()

    def show_comment(self, text: str) -> None:
        """The reviewer's comment on this KPI (empty: none)."""
        self.comment_text = text
        self._render_comment()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        kept = self.card.fields["frequency"].value  # new options reset a dropdown (and, linked, the card)
        self.cells["frequency"].options = self.card.fields["frequency"].options
        self.cells["frequency"].value = kept
        self.cells["target"].placeholder = t("ui.kpi.target_hint", lang)
        self.save_button.tooltip = t("uid.row.save", lang)
        self.details_button.tooltip = t("uid.row.details", lang)
        self._render_check()
        self._render_comment()

    def _render_check(self) -> None:
        if self.card.version is None:
            level, title = "unsaved", ""
        elif self.badge is None:
            level, title = "pending", ""
        else:
            level, title = self.badge.level, "\n".join(self.badge.messages)
        extra = f" {_badge_html('locked', self.lang)}" if self.locked else ""
        self.check.value = _badge_html(level, self.lang, title, extra)

    def _render_comment(self) -> None:
        self.comment.value = (
            f"<div style='color:#7a2e0e;background:#fffaeb;padding:2px 8px;margin:2px 0 4px'>"
            f"{escape(t('uid.row.comment', self.lang, text=self.comment_text))}</div>"
            if self.comment_text
            else ""
        )


class KpiTable(widgets.VBox):
    """The rows of one role, a header, the live weight total and an add button."""

    def __init__(
        self,
        role: str,
        role_name: str,
        *,
        lang: str = "zh",
        profile: ProfileRef = DEFAULT_PROFILE,
        on_add: Callable[[str], None] | None = None,
    ) -> None:
        self.role = role
        self.role_name = role_name
        self.lang = lang
        self.profile = profile
        self._header_cells = {c: widgets.HTML(layout=widgets.Layout(width=w)) for c, w in COLUMNS.items()}
        self.header = widgets.HBox(list(self._header_cells.values()), layout=widgets.Layout(width="100%"))
        self.header.add_class("kpiguide-table-header")
        self.rows_box = widgets.VBox()
        self.total = widgets.HTML()
        self.total.add_class("kpiguide-weight-total")
        self.add_button = widgets.Button(icon="plus")
        self.add_button.add_class("kpiguide-add-kpi")
        self.add_button.add_class(f"kpiguide-add-{role}")
        self.add_button.on_click(lambda _b: on_add(role) if on_add is not None else None)
        super().__init__([self.header, self.rows_box, widgets.HBox([self.add_button, self.total])])
        self.add_class("kpiguide-kpi-table")
        self.add_class(f"kpiguide-role-{role}")
        self.set_lang(lang)

    @property
    def rows(self) -> list[KpiRow]:
        return [r for r in self.rows_box.children if isinstance(r, KpiRow)]

    def set_rows(self, rows: list[KpiRow]) -> None:
        for row in rows:
            if row not in self.rows:
                row.card.fields["weight"].observe(lambda _c: self.render_total(), names="value")
        self.rows_box.children = rows
        self.render_total()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        for column, cell in self._header_cells.items():  # the same widgets, new text (no widget per switch)
            cell.value = f"<b>{escape(t(f'uid.col.{column}', lang))}</b>"
        self.add_button.description = t("ui.kpi.add", lang)
        for row in self.rows:
            row.set_lang(lang)
        self.render_total()

    def render_total(self) -> None:
        """The weights as typed, totalled and judged by the profile's rule."""
        weights, bad = typed_weights(
            self.role, self.role_name, [r.card.fields["weight"].value for r in self.rows], self.profile
        )
        colour = "#054f31" if weights.ok else "#b42318"
        text = t("uid.weights.total", self.lang, total=format_number(weights.total),
                 expected=format_number(weights.expected))  # fmt: skip
        if bad:
            text += " " + t("uid.weights.bad", self.lang, n=bad)
        self.total.value = f"<span style='color:{colour};font-weight:600;margin-left:12px' data-ok='{weights.ok}'>{escape(text)}</span>"


class KpiDrawer(widgets.VBox):
    """The side panel beside a KPI table: a title, a close button, notes, one row's full card, and more below it."""

    def __init__(self, *, lang: str = "zh") -> None:
        super().__init__(layout=widgets.Layout(flex="2 1 0%", min_width="0", display="none",
                                               border_left="1px solid #d0d5dd", padding="0 0 0 10px"))  # fmt: skip
        self.add_class("kpiguide-drawer")
        self.lang = lang
        self.card: KpiCard | None = None
        self.on_close: Callable[[], None] = lambda: None

    def show_card(
        self, card: KpiCard, *, notes: Sequence[widgets.Widget] = (), below: Sequence[widgets.Widget] = ()
    ) -> None:
        """Show ``card`` (its KPI's full form) with ``notes`` above it and ``below`` under it."""
        self.card = card
        close = widgets.Button(
            icon="times", description=t("uid.drawer.close", self.lang), layout=widgets.Layout(width="auto")
        )
        close.add_class("kpiguide-drawer-close")
        close.on_click(lambda _b: self.on_close())
        name = card.kpi.name or card.kpi.id
        title = widgets.HTML(f"<h4>{escape(t('uid.drawer.title', self.lang, name=name))}</h4>")
        header = widgets.HBox([title, close], layout=widgets.Layout(justify_content="space-between"))
        self.children = [header, *notes, card, *below]
        self.layout.display = ""

    def hide(self) -> None:
        self.card = None
        self.children = []
        self.layout.display = "none"


def table_with_drawer(table_box: widgets.Widget, drawer: KpiDrawer) -> widgets.HBox:
    """The table (3 parts of the width) and, when open, the drawer beside it (2 parts)."""
    table_box.layout.flex, table_box.layout.min_width = "3 1 0%", "0"
    return widgets.HBox([table_box, drawer], layout=widgets.Layout(width="100%"))
