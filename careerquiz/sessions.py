"""Database sessions read through a prepared query: every quiz page reads its session, and
building the lookup's SQL costs the ORM more than running it."""

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from careerquiz.prepared import PreparedQuery

_BY_KEY = PreparedQuery(
    Session,
    lambda marks: Session.objects.filter(session_key=marks[0]).values_list(
        "session_key", "session_data", "expire_date"
    ),
    field="session_key",
    kind=str,
)


class SessionStore(DatabaseSessionStore):
    def _get_session_from_db(self) -> Session | None:
        rows = _BY_KEY.rows([self.session_key]) if self.session_key else []
        if rows and rows[0][2] > timezone.now():
            return Session(*rows[0])
        self._session_key = None  # unknown or expired: as Django's store, start a new one
        return None
