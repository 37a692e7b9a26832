"""The FastAPI application: read-only JSON API under /api and server-rendered pages, each page with a
JSON twin (``/events`` and ``/api/events``, or ``/events?format=json``)."""
from __future__ import annotations

import sqlite3
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, AsyncIterator, Callable
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..ingest.outlets import outlet_from_url
from ..record import ACTOR_KINDS, PLACE_FEATURES, PLOVER_TYPES, QUOTE_KINDS, STATUSES
from ..store import Filters, StoreError, connect, migrate, schema_version
from ..store.db import _migrations
from . import charts, views
from .tables import csv_text
from .cache import ResultCache
from .errors import ApiError, error_body
from .guard import RequestGuard
from .highlight import highlight
from .params import (MAX_LIMIT, IncidentQuery, QuoteQuery, actor_filters, article_filters, clean_text, event_filters,
                     event_id, incident_filters, place_filters, quote_filters, search_text)

Format = Annotated[str | None, Query(pattern="^(html|json|csv)$",
                                     description="json: the page's data as JSON; csv: its list as CSV")]
ApiFormat = Annotated[str | None, Query(pattern="^(json|csv)$", description="csv: the rows as CSV")]
DB_ENV = "EVENTWIRE_SERVE_DB"


class ConnectionPool:
    """One read-only SQLite connection per worker thread, all closed when the app stops."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []
        connect(self.path, readonly=True).close()  # fail fast on a missing or foreign file

    def get(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path, readonly=True)
            conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()


def _templates() -> Environment:
    env = Environment(loader=PackageLoader("eventwire.serve", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["q"] = lambda value: quote(str(value), safe="")
    env.globals.update(type_colour=charts.type_colour, plover_types=PLOVER_TYPES, statuses=STATUSES,
                       quote_kinds=QUOTE_KINDS, actor_kinds=ACTOR_KINDS, place_features=PLACE_FEATURES,
                       max_limit=MAX_LIMIT, highlight=highlight, safe_url=_safe_url, with_params=_with_params,
                       outlet_from_url=outlet_from_url)
    return env


def _with_params(request: Request, **changes: Any) -> str:
    """This page's path and query with some parameters changed (None drops one)."""
    params = {k: v for k, v in request.query_params.items() if k != "format"}
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return request.url.path + ("?" + urlencode(params) if params else "")


def _safe_url(url: Any) -> str | None:
    """Only http(s) links from articles become hrefs (never javascript: or data:)."""
    text = str(url or "")
    return text if text.lower().startswith(("http://", "https://")) else None


def _parameter_names(dependant: Any) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _parameter_names(sub)
    return names


def refuse_unknown_parameters(request: Request) -> None:
    """A query parameter the route does not know is a mistake worth saying (a typo filters nothing); one
    given twice is refused too, rather than silently keeping one of the values."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None:
        return
    unknown = sorted(set(request.query_params) - _parameter_names(dependant))
    if unknown:
        raise ApiError(400, f"unknown parameter {unknown[0]!r}", unknown[0])
    keys = [k for k, _ in request.query_params.multi_items()]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise ApiError(400, f"parameter {twice[0]!r} given more than once; give one value", twice[0])


def bring_up_to_date(db: str | Path) -> None:
    """Serving needs the summary tables of the newest schema: an older store is migrated once, before
    the read-only connections open (a store that cannot be written is served only if it is current)."""
    probe = connect(db, readonly=True)
    try:
        current = schema_version(probe) if probe.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").fetchone() else 0
    finally:
        probe.close()
    newest = max(number for number, _, _ in _migrations())
    if current >= newest:
        return
    try:
        writer = connect(db)
    except StoreError as exc:
        raise StoreError(f"{db}: schema {current} is older than {newest} and cannot be migrated ({exc})") from None
    try:
        migrate(writer)
    finally:
        writer.close()


def create_app(db: str | Path) -> FastAPI:
    """The app over the store at ``db``, opened read-only (one connection per worker thread)."""
    bring_up_to_date(db)
    pool = ConnectionPool(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="eventwire", summary="Read-only API over an eventwire store", docs_url=None,
                  redoc_url=None, openapi_url="/api/openapi.json", lifespan=lifespan,
                  dependencies=[Depends(refuse_unknown_parameters)])
    app.state.pool = pool
    app.state.cache = ResultCache(db)
    app.state.templates = _templates()
    app.add_middleware(RequestGuard)
    app.mount("/static", StaticFiles(packages=[("eventwire.serve", "static")]), name="static")
    _errors(app)
    _api_routes(app)
    _page_routes(app)
    return app


def _conn(request: Request) -> sqlite3.Connection:
    return request.app.state.pool.get()


def _view(request: Request, build: Callable[..., Any], *args: Any) -> Any:
    """A view's data, from the result cache while the store is unchanged."""
    return request.app.state.cache.get((build.__name__, repr(args)), lambda: build(_conn(request), *args))


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "") \
        and request.query_params.get("format") != "json"


def _error(request: Request, status: int, message: str, param: str | None = None) -> Response:
    if _wants_html(request):
        html = request.app.state.templates.get_template("error.html").render(
            status=status, message=message, request=request, path=request.url.path)
        return HTMLResponse(html, status_code=status)
    return JSONResponse(error_body(status, message, param), status_code=status)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _error(request, exc.status, exc.message, exc.param)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = (exc.errors() or [{}])[0]
        param = str(first.get("loc", ["", "?"])[-1])
        return _error(request, 400, f"{param}: {first.get('msg', 'invalid value')}", param)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        status = exc.status_code if 400 <= exc.status_code < 600 else 400
        return _error(request, status, str(exc.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, _exc: Exception) -> Response:
        return _error(request, 500, "internal error")


def app_from_environment() -> FastAPI:
    """The app for ``serve --workers N``: each worker process builds it from the store named in the
    environment (uvicorn starts workers from an import string, not from an app object)."""
    import os

    return create_app(os.environ[DB_ENV])


def _csv(rows: list[dict[str, Any]], name: str) -> Response:
    return Response(csv_text(rows), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="eventwire-{name}.csv"'})


def _list_rows(template: str, data: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The list a page shows, for its CSV twin (None: the page is not a list)."""
    if "rows" in data:
        return data["rows"]
    if template == "incident.html":
        return [{"incident": data["incident"]["id"], **c} for c in data["claims"]]
    if template == "actor.html":
        return ([{"role": "source", **e} for e in data["as_source"]] +
                [{"role": "target", **e} for e in data["as_target"]])
    if template == "search.html":
        return [{"section": k, **r} for k in ("actors", "articles", "quotes") for r in data[k]["rows"]]
    return None


def _api(data: dict[str, Any], fmt: str | None, name: str) -> Response:
    if fmt == "csv":
        return _csv(data["rows"], name)
    return JSONResponse(data)


def _render(request: Request, template: str, data: dict[str, Any], fmt: str | None, **extra: Any) -> Response:
    """The page, or its data as JSON when ?format=json, or its list as CSV when ?format=csv."""
    if fmt == "json":
        return JSONResponse(data)
    if fmt == "csv":
        rows = _list_rows(template, data)
        if rows is None:
            raise ApiError(400, "format: this page is not a list; choose html or json", "format")
        return _csv(rows, template.removesuffix(".html"))
    html = request.app.state.templates.get_template(template).render(
        request=request, data=data, path=request.url.path, **extra)
    return HTMLResponse(html)


def _api_routes(app: FastAPI) -> None:
    @app.get("/api/overview", tags=["api"])
    def api_overview(request: Request) -> JSONResponse:
        """Counts, events by type and status, the events over the span where the data is, top actors and dyads."""
        return JSONResponse(_view(request, views.overview))

    @app.get("/api/events", tags=["api"])
    def api_events(request: Request, f: Annotated[Filters, Depends(event_filters)], format: ApiFormat = None) -> Response:
        """Events with their evidence, filtered, sorted and paged (limit <= 500), with the total."""
        return _api(_view(request, views.events, f), format, "events")

    @app.get("/api/timeseries", tags=["api"])
    def api_timeseries(request: Request, f: Annotated[Filters, Depends(event_filters)],
                       format: ApiFormat = None) -> Response:
        """Event counts per day and PLOVER type, for the same filters as /api/events."""
        return _api(_view(request, views.timeseries, f), format, "timeseries")

    @app.get("/api/dyads", tags=["api"])
    def api_dyads(request: Request, f: Annotated[Filters, Depends(event_filters)], format: ApiFormat = None) -> Response:
        """Source -> target actor pairs with event counts."""
        return _api(_view(request, views.dyads, f), format, "dyads")

    @app.get("/api/quotes", tags=["api"])
    def api_quotes(request: Request, q: Annotated[QuoteQuery, Depends(quote_filters)],
                   format: ApiFormat = None) -> Response:
        """Quotes by speaker, relay (via), outlet, text, kind, with headline and outlet."""
        return _api(_view(request, views.quotes, q.filters, q.via, q.outlet), format, "quotes")

    @app.get("/api/actors", tags=["api"])
    def api_actors(request: Request, f: Annotated[Filters, Depends(actor_filters)], format: ApiFormat = None) -> Response:
        """Actors across articles with article, mention, quote and event counts."""
        return _api(_view(request, views.actors, f), format, "actors")

    @app.get("/api/actors/{name:path}", tags=["api"])
    def api_actor(request: Request, name: str, f: Annotated[Filters, Depends(event_filters)]) -> JSONResponse:
        """One actor (exact name): summary, names that may be the same actor, events as source and target,
        quotes, network."""
        return JSONResponse(_view(request, views.actor, _name(name), f))

    @app.get("/api/places", tags=["api"])
    def api_places(request: Request, f: Annotated[Filters, Depends(place_filters)], format: ApiFormat = None) -> Response:
        """Places with coordinates and counts."""
        return _api(_view(request, views.places, f), format, "places")

    @app.get("/api/articles", tags=["api"])
    def api_articles(request: Request, f: Annotated[Filters, Depends(article_filters)],
                     format: ApiFormat = None) -> Response:
        """Articles with item counts."""
        return _api(_view(request, views.articles, f), format, "articles")

    @app.get("/api/incidents", tags=["api"])
    def api_incidents(request: Request, q: Annotated[IncidentQuery, Depends(incident_filters)],
                      format: ApiFormat = None) -> Response:
        """Incidents (one happening, many reports) with report counts and outlets; conflicts=true keeps disputed ones."""
        return _api(_view(request, views.incidents, q.filters, q.conflicts), format, "incidents")

    @app.get("/api/incidents/{incident_id}", tags=["api"])
    def api_incident(request: Request, incident_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> JSONResponse:
        """One incident and its claims: who asserts, reports (through whom), plans or denies it."""
        return JSONResponse(_view(request, views.incident, incident_id))

    @app.get("/api/search", tags=["api"])
    def api_search(request: Request, q: Annotated[str, Query(max_length=800)]) -> JSONResponse:
        """Actor names, article titles and quoted words holding q."""
        return JSONResponse(_view(request, views.search, search_text(q)))

    @app.get("/api/articles/{article_id:path}", tags=["api"])
    def api_article(request: Request, article_id: str) -> Response:
        """One article's full eventwire/1 record (ids may hold '/')."""
        return Response(views.article_json(_conn(request), _name(article_id, "article_id")),
                        media_type="application/json")


def _name(value: str, param: str = "name") -> str:
    cleaned = clean_text(value, param)
    if not cleaned:
        raise ApiError(404, f"no such {param}", param)
    return cleaned


def _page_routes(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def overview(request: Request, format: Format = None) -> Response:
        data = _view(request, views.overview)
        chart = request.app.state.cache.get(("overview_chart", ""), lambda: charts.timeline(data["timeseries"]))
        return _render(request, "overview.html", data, format, chart=chart)

    @app.get("/events", include_in_schema=False)
    def events(request: Request, f: Annotated[Filters, Depends(event_filters)], format: Format = None) -> Response:
        return _render(request, "events.html", _view(request, views.events, f), format, f=f)

    @app.get("/quotes", include_in_schema=False)
    def quotes(request: Request, q: Annotated[QuoteQuery, Depends(quote_filters)], format: Format = None) -> Response:
        return _render(request, "quotes.html", _view(request, views.quotes, q.filters, q.via, q.outlet), format, q=q)

    @app.get("/actors", include_in_schema=False)
    def actors(request: Request, f: Annotated[Filters, Depends(actor_filters)], format: Format = None) -> Response:
        return _render(request, "actors.html", _view(request, views.actors, f), format, f=f)

    @app.get("/actors/{name:path}", include_in_schema=False)
    def actor(request: Request, name: str, f: Annotated[Filters, Depends(event_filters)],
              format: Format = None) -> Response:
        data = _view(request, views.actor, _name(name), f)
        nodes, edges = charts.network(data["actor"]["name"], data["network"])
        return _render(request, "actor.html", data, format, nodes=nodes, edges=edges)

    @app.get("/map", include_in_schema=False)
    @app.get("/places", include_in_schema=False)
    def places(request: Request, f: Annotated[Filters, Depends(place_filters)], format: Format = None) -> Response:
        data = _view(request, views.places, f)
        return _render(request, "map.html", data, format, f=f, world=charts.world_paths(),
                       graticule=charts.graticule(), dots=charts.map_dots(data["rows"]),
                       width=charts.MAP_W, height=charts.MAP_H)

    @app.get("/incidents", include_in_schema=False)
    def incidents(request: Request, q: Annotated[IncidentQuery, Depends(incident_filters)],
                  format: Format = None) -> Response:
        return _render(request, "incidents.html", _view(request, views.incidents, q.filters, q.conflicts), format,
                       q=q)

    @app.get("/incidents/{incident_id}", include_in_schema=False)
    def incident(request: Request, incident_id: Annotated[int, PathParam(ge=1, le=2**62)],
                 format: Format = None) -> Response:
        return _render(request, "incident.html", _view(request, views.incident, incident_id), format)

    @app.get("/articles", include_in_schema=False)
    def articles(request: Request, f: Annotated[Filters, Depends(article_filters)], format: Format = None) -> Response:
        return _render(request, "articles.html", _view(request, views.articles, f), format, f=f)

    @app.get("/search", include_in_schema=False)
    def search(request: Request, q: Annotated[str | None, Query(max_length=800)] = None,
               format: Format = None) -> Response:
        text = search_text(q)
        data = _view(request, views.search, text) if text else {"q": "", "actors": None, "articles": None,
                                                                 "quotes": None}
        return _render(request, "search.html", data, format)

    @app.get("/articles/{article_id:path}", include_in_schema=False)
    def article(request: Request, article_id: str, event: Annotated[str | None, Query(max_length=200)] = None,
                format: Format = None) -> Response:
        article_id = _name(article_id, "article_id")
        if format == "json":
            return Response(views.article_json(_conn(request), article_id), media_type="application/json")
        if format == "csv":
            raise ApiError(400, "format: an article is not a list; choose html or json", "format")
        data = _view(request, views.article_page, article_id, event_id(event))
        return _render(request, "article.html", data, format)
