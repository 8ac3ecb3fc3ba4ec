"""The results this browser finished, kept in its session: no account, no name.

The list holds result tokens only; the results themselves stay where they are, reachable by
anyone with their link, as always.
"""

from django.contrib.sessions.backends.base import SessionBase

from quiz.models import Attempt

HISTORY_KEY = "careerquiz_results"
# Enough for a year of retakes; the oldest drop off first.
MOST_REMEMBERED = 20


def remember_result(session: SessionBase, attempt: Attempt) -> None:
    token = str(attempt.token)
    tokens = [t for t in session.get(HISTORY_KEY, []) if t != token]
    session[HISTORY_KEY] = [token, *tokens][:MOST_REMEMBERED]


def forget_results(session: SessionBase) -> None:
    session.pop(HISTORY_KEY, None)


def remembered_results(session: SessionBase) -> list[Attempt]:
    """This browser's finished results, newest first (deleted ones are left out)."""
    tokens = session.get(HISTORY_KEY, [])
    if not tokens:
        return []
    found = (
        Attempt.objects.finished()
        .select_related("questionnaire")
        .filter(token__in=tokens)
        .order_by("-finished_at", "-id")
    )
    return list(found)
