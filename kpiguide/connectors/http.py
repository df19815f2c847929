"""HTTP connector: a JSON endpoint read with httpx, fields mapped by dotted path, next-link pagination.

The URL may contain ``{period}``, ``{period_start}`` and ``{period_end}``; a bearer token
is read from the environment variable ``token_env``.  ``items`` is the dotted path of the
list of records in each page (default: the page itself), ``fields`` maps ``employee`` /
``department`` / ``period`` / ``value`` to dotted paths inside a record, and ``next`` is the
dotted path of the next page's URL (pagination stops when it is empty).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kpiguide.connectors.config import Connector
from kpiguide.connectors.rows import SourceRow, env_value, located, period_params
from kpiguide.connectors.sql import rows_from_records
from kpiguide.core.errors import InputError
from kpiguide.core.periods import Period

if TYPE_CHECKING:
    import httpx

__all__ = ["MAX_PAGES", "dig", "fetch_http"]

MAX_PAGES = 1000
_MISSING = object()


def dig(data: Any, dotted: str) -> Any:
    """The value at ``a.b.0.c`` inside nested dicts/lists (a private sentinel when absent; JSON null is None)."""
    value = data
    for part in dotted.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.lstrip("-").isdigit() and -len(value) <= int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value


def _page(client: httpx.Client, url: str, connector: Connector, lang: str) -> Any:
    import httpx  # reason: only a sync through an http connector needs it (6 MiB per app kernel)

    try:
        response = client.get(url)
    except httpx.TimeoutException:
        raise located(connector, "url", "connectors.sql.timeout", lang, seconds=connector.timeout) from None
    except httpx.HTTPError as exc:
        raise located(connector, "url", "connectors.http.unreachable", lang, url=url, error=str(exc)) from None
    if response.status_code >= 400:
        raise located(connector, "url", "connectors.http.status", lang, url=url, status=response.status_code)
    ctype = response.headers.get("content-type", "")
    body = response.text
    if "html" in ctype.lower() or body.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        raise located(connector, "url", "connectors.http.html", lang, url=url)
    try:
        return response.json()
    except ValueError:
        raise located(connector, "url", "connectors.http.not_json", lang, url=url, start=body[:40]) from None


def _records(page: Any, connector: Connector, url: str, lang: str) -> list[Any]:
    items = page if connector.items is None else dig(page, connector.items)
    if not isinstance(items, list):
        raise located(connector, "items", "connectors.http.no_items", lang, url=url, path=connector.items or "(page)")
    return items


def fetch_http(
    connector: Connector,
    period: Period,
    *,
    lang: str = "en",
    env: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> list[SourceRow]:
    """All records of all pages for ``period``, mapped to rows (located errors for every failure)."""
    base = connector.url or env_value(str(connector.url_env), connector, "url_env", lang, env)
    headers = {"Accept": "application/json"}
    if connector.token_env:
        headers["Authorization"] = f"Bearer {env_value(connector.token_env, connector, 'token_env', lang, env)}"
    try:
        url = base.format(**period_params(period))
    except (KeyError, IndexError, ValueError):
        raise located(connector, "url", "connectors.http.bad_url", lang, url=base) from None
    roles = [r for r in ("employee", "department", "period", "value") if r in connector.fields]
    table: list[list[Any]] = []
    seen: set[str] = set()
    import httpx  # reason: as above

    with httpx.Client(transport=transport, headers=headers, timeout=connector.timeout, follow_redirects=True) as client:
        while url and url not in seen and len(seen) < MAX_PAGES:
            seen.add(url)
            page = _page(client, url, connector, lang)
            for number, record in enumerate(_records(page, connector, url, lang), start=len(table) + 1):
                table.append(_mapped(record, connector, roles, number, lang))
            following = dig(page, connector.next) if connector.next else None
            url = str(httpx.URL(url).join(str(following))) if following not in (None, "", _MISSING) else ""
    return rows_from_records(connector, period, roles, table, lang)


def _mapped(record: Any, connector: Connector, roles: list[str], number: int, lang: str) -> list[Any]:
    values = [dig(record, connector.fields[r]) for r in roles]
    missing = [connector.fields[r] for r, v in zip(roles, values, strict=True) if v is _MISSING]
    if missing:
        error: InputError = located(
            connector, "fields", "connectors.http.missing_field", lang, record=number, paths=", ".join(missing)
        )
        raise error
    return values
