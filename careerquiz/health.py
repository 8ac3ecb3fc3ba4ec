"""Liveness, readiness and what users see while the database is away.

A database that is restarting, unreachable, read-only or stuck behind a write lock raises
OperationalError or InterfaceError. Pages then answer 503 with Retry-After: the outage is
temporary and nothing the user did caused it. The failed connection is closed, so the next
request connects afresh (after a PostgreSQL restart, or once a SQLite file is writable again)
without any worker being restarted.
"""

from contextlib import contextmanager, suppress

from django.db import DatabaseError, InterfaceError, OperationalError, connection, transaction
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation

from careerquiz.models import Heartbeat

RETRY_AFTER_SECONDS = 15
# /healthz waits at most this long for a SQLite write lock: a probe must answer quickly.
PROBE_BUSY_TIMEOUT_MS = 1000


def is_outage(error: BaseException | None) -> bool:
    return isinstance(error, OperationalError | InterfaceError)


def drop_connection() -> None:
    with suppress(DatabaseError):
        connection.close()


def outage_response(request: HttpRequest) -> HttpResponse:
    drop_connection()
    # The 500 handler renders with no request context: the language comes from the request.
    with translation.override(translation.get_language_from_request(request)):
        html = render_to_string("503.html", {"retry": RETRY_AFTER_SECONDS}, request)
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


@contextmanager
def short_busy_wait():
    """On SQLite, wait for a write lock only briefly; other databases are left as they are."""
    if connection.vendor != "sqlite":
        yield
        return
    connection.ensure_connection()
    with connection.cursor() as cursor:
        previous = cursor.execute("PRAGMA busy_timeout").fetchone()[0]
        cursor.execute(f"PRAGMA busy_timeout = {PROBE_BUSY_TIMEOUT_MS}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {int(previous)}")


def database_writable() -> bool:
    """Write the heartbeat row and commit; False (connection dropped) when that fails."""
    try:
        with short_busy_wait(), transaction.atomic():
            updated = Heartbeat.objects.filter(pk=1).update(beat_at=timezone.now())
            if not updated:
                Heartbeat.objects.update_or_create(pk=1, defaults={"beat_at": timezone.now()})
    except DatabaseError:
        drop_connection()
        return False
    return True
