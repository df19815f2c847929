from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from kpiguide.connectors.config import parse_connectors
from kpiguide.connectors.http import dig, fetch_http
from kpiguide.connectors.staging import sync
from kpiguide.core.errors import InputError
from kpiguide.core.periods import Period
from kpiguide.project.store import open_project
from tests.connectors.helpers import PERIOD, fingerprint

OCT = Period.parse(PERIOD)


def _config(url: str, *, extra: str = ""):
    text = f"""connectors:
  - id: crm
    type: http
    url: "{url}"
    token_env: CRM_TOKEN
    kpi: sa_sales
    items: data.records
    next: links.next
    fields:
      employee: owner.id
      value: totals.amount
{extra}"""
    return parse_connectors(text, "connectors.yaml")


PAGES = {
    "/api/sales?period=2026-10": {
        "data": {"records": [{"owner": {"id": "E001"}, "totals": {"amount": 120.5}}]},
        "links": {"next": "/api/sales?period=2026-10&page=2"},
    },
    "/api/sales?period=2026-10&page=2": {
        "data": {"records": [{"owner": {"id": "E002"}, "totals": {"amount": 80}}]},
        "links": {"next": None},
    },
}


def test_dig_follows_dotted_paths():
    assert dig({"a": {"b": [{"c": 3}]}}, "a.b.0.c") == 3


def test_mock_transport_pagination_token_and_mapping():
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        key = request.url.raw_path.decode()
        return httpx.Response(200, json=PAGES[key])

    connector = _config("https://crm.example/api/sales?period={period}").connectors[0]
    rows = fetch_http(connector, OCT, env={"CRM_TOKEN": "s3cret"}, transport=httpx.MockTransport(handler))
    assert [(r.subject, r.value) for r in rows] == [("E001", 120.5), ("E002", 80.0)]
    assert seen == ["Bearer s3cret", "Bearer s3cret"]


def test_missing_token_env_is_located():
    connector = _config("https://crm.example/x").connectors[0]
    with pytest.raises(InputError, match="CRM_TOKEN is not set") as info:
        fetch_http(connector, OCT, env={})
    assert info.value.problems[0].field == "token_env"


def test_missing_field_names_the_record():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": {"records": [{"owner": {"id": "E001"}}]}})

    connector = _config("https://crm.example/x").connectors[0]
    with pytest.raises(InputError, match="record 1 has nothing at totals.amount"):
        fetch_http(connector, OCT, env={"CRM_TOKEN": "t"}, transport=httpx.MockTransport(handler))


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/login"):
            body, ctype = b"<!DOCTYPE html><html><body>Please sign in</body></html>", "text/html; charset=utf-8"
        elif self.path in PAGES:
            body, ctype = json.dumps(PAGES[self.path]).encode(), "application/json"
        else:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def test_real_local_server_stage(server, demo_project):
    config = _config(server + "/api/sales?period={period}")
    with open_project(demo_project) as store:
        (batch,) = sync(store, connectors=config, period=PERIOD, env={"CRM_TOKEN": "t"})
        assert batch.status == "staged"
        assert [(r["employee"], r["value"]) for r in batch.rows] == [("E001", 120.5), ("E002", 80.0)]
        assert batch.query == server + "/api/sales?period={period}"


def test_html_instead_of_json_is_refused_and_nothing_staged(server, demo_project):
    config = _config(server + "/login")
    before = fingerprint(demo_project)
    with open_project(demo_project) as store, pytest.raises(InputError, match="HTML") as info:
        sync(store, connectors=config, period=PERIOD, env={"CRM_TOKEN": "t"})
    assert info.value.problems[0].field == "url" and info.value.problems[0].line == 2
    assert fingerprint(demo_project) == before


def test_unreachable_server(demo_project):
    config = _config("http://127.0.0.1:1/api")
    with open_project(demo_project) as store, pytest.raises(InputError, match="cannot reach"):
        sync(store, connectors=config, period=PERIOD, env={"CRM_TOKEN": "t"})


def test_http_status_error(server, demo_project):
    with open_project(demo_project) as store, pytest.raises(InputError, match="HTTP 404"):
        sync(store, connectors=_config(server + "/nothing"), period=PERIOD, env={"CRM_TOKEN": "t"})
