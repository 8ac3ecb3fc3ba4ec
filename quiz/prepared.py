"""Queries whose SQL is built once per database, then run with each request's own value.

Building a queryset's SQL costs the ORM about ten times what SQLite takes to run a small
query, and the quiz pages run the same few shapes on every request.
"""

from collections.abc import Callable

from django.db import connections, router
from django.db.models import Model, QuerySet

# Stands for the request's value while the SQL is built: no row has this id.
MARK = -7_412_903


class PreparedRows:
    """``build(MARK)`` is a ``values_list`` queryset whose only varying value is an integer;
    ``rows(value)`` runs its SQL with ``value`` in that place and returns plain tuples."""

    def __init__(self, model: type[Model], build: Callable[[int], QuerySet]) -> None:
        self.model = model
        self.build = build
        self.compiled: dict[str, tuple[str, tuple, int]] = {}

    def rows(self, value: int) -> list[tuple]:
        alias = router.db_for_read(self.model)
        if alias not in self.compiled:
            sql, params = self.build(MARK).using(alias).query.sql_with_params()
            self.compiled[alias] = (sql, params, params.index(MARK))
        sql, params, at = self.compiled[alias]
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, (*params[:at], value, *params[at + 1 :]))
            return cursor.fetchall()
