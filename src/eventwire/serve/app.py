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

from ..record import ACTOR_KINDS, PLACE_FEATURES, PLOVER_TYPES, QUOTE_KINDS, STATUSES
from ..store import Filters, connect
from . import charts, views
from .cache import ResultCache
from .errors import ApiError, error_body
from .guard import RequestGuard
from .highlight import highlight
from .params import (MAX_LIMIT, IncidentQuery, QuoteQuery, actor_filters, article_filters, clean_text, event_filters,
                     event_id, incident_filters, place_filters, quote_filters)

Format = Annotated[str | None, Query(pattern="^(html|json)$", description="json: the page's data as JSON")]


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
                       max_limit=MAX_LIMIT, highlight=highlight, safe_url=_safe_url, with_params=_with_params)
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
    """A query parameter the route does not know is a mistake worth saying (a typo filters nothing)."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None:
        return
    unknown = sorted(set(request.query_params) - _parameter_names(dependant))
    if unknown:
        raise ApiError(400, f"unknown parameter {unknown[0]!r}", unknown[0])


def create_app(db: str | Path) -> FastAPI:
    """The app over the store at ``db``, opened read-only (one connection per worker thread)."""
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


def _render(request: Request, template: str, data: dict[str, Any], fmt: str | None, **extra: Any) -> Response:
    """The page, or its data as JSON when ?format=json."""
    if fmt == "json":
        return JSONResponse(data)
    html = request.app.state.templates.get_template(template).render(
        request=request, data=data, path=request.url.path, **extra)
    return HTMLResponse(html)


def _api_routes(app: FastAPI) -> None:
    @app.get("/api/overview", tags=["api"])
    def api_overview(request: Request) -> JSONResponse:
        """Counts, events by type and status, time series, top actors and dyads."""
        return JSONResponse(_view(request, views.overview))

    @app.get("/api/events", tags=["api"])
    def api_events(request: Request, f: Annotated[Filters, Depends(event_filters)]) -> JSONResponse:
        """Events, filtered and paged (limit <= 500)."""
        return JSONResponse(_view(request, views.events, f))

    @app.get("/api/timeseries", tags=["api"])
    def api_timeseries(request: Request, f: Annotated[Filters, Depends(event_filters)]) -> JSONResponse:
        """Event counts per day and PLOVER type, for the same filters as /api/events."""
        return JSONResponse(_view(request, views.timeseries, f))

    @app.get("/api/dyads", tags=["api"])
    def api_dyads(request: Request, f: Annotated[Filters, Depends(event_filters)]) -> JSONResponse:
        """Source -> target actor pairs with event counts."""
        return JSONResponse(_view(request, views.dyads, f))

    @app.get("/api/quotes", tags=["api"])
    def api_quotes(request: Request, q: Annotated[QuoteQuery, Depends(quote_filters)]) -> JSONResponse:
        """Quotes by speaker, relay (via), outlet, text, kind."""
        return JSONResponse(_view(request, views.quotes, q.filters, q.via, q.outlet))

    @app.get("/api/actors", tags=["api"])
    def api_actors(request: Request, f: Annotated[Filters, Depends(actor_filters)]) -> JSONResponse:
        """Actors across articles with article, mention and event counts."""
        return JSONResponse(_view(request, views.actors, f))

    @app.get("/api/actors/{name:path}", tags=["api"])
    def api_actor(request: Request, name: str, f: Annotated[Filters, Depends(event_filters)]) -> JSONResponse:
        """One actor (exact name): summary, events as source and target, quotes, network."""
        return JSONResponse(_view(request, views.actor, _name(name), f))

    @app.get("/api/places", tags=["api"])
    def api_places(request: Request, f: Annotated[Filters, Depends(place_filters)]) -> JSONResponse:
        """Places with coordinates and counts."""
        return JSONResponse(_view(request, views.places, f))

    @app.get("/api/articles", tags=["api"])
    def api_articles(request: Request, f: Annotated[Filters, Depends(article_filters)]) -> JSONResponse:
        """Articles with item counts."""
        return JSONResponse(_view(request, views.articles, f))

    @app.get("/api/incidents", tags=["api"])
    def api_incidents(request: Request, q: Annotated[IncidentQuery, Depends(incident_filters)]) -> JSONResponse:
        """Incidents (one happening, many reports) with report counts; conflicts=true keeps disputed ones."""
        return JSONResponse(_view(request, views.incidents, q.filters, q.conflicts))

    @app.get("/api/incidents/{incident_id}", tags=["api"])
    def api_incident(request: Request, incident_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> JSONResponse:
        """One incident and its claims: who asserts, reports (through whom), plans or denies it."""
        return JSONResponse(_view(request, views.incident, incident_id))

    @app.get("/api/articles/{article_id}", tags=["api"])
    def api_article(request: Request, article_id: str) -> Response:
        """One article's full eventwire/1 record."""
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
        return _render(request, "overview.html", data, format, chart=charts.timeline(data["timeseries"]))

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

    @app.get("/articles/{article_id}", include_in_schema=False)
    def article(request: Request, article_id: str, event: Annotated[str | None, Query(max_length=200)] = None,
                format: Format = None) -> Response:
        article_id = _name(article_id, "article_id")
        if format == "json":
            return Response(views.article_json(_conn(request), article_id), media_type="application/json")
        data = _view(request, views.article_page, article_id, event_id(event))
        return _render(request, "article.html", data, format)
