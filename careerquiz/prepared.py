"""Queries whose SQL is built once per database and number of values, then run with each
request's own values, their rows converted as the ORM converts them.

Building a queryset's SQL costs the ORM about ten times what SQLite takes to run a small
query, and the quiz, results and career pages run the same few shapes on every view.
"""

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connections, router
from django.db.models import Model, QuerySet
from django.db.models.base import ModelState

# Stand for the request's values while the SQL is built: no row has them.
_MARKS = {
    int: lambda n: -7_412_903 - n,
    uuid.UUID: lambda n: uuid.UUID(int=7_412_903 + n),
    str: lambda n: f"-prepared-mark-{n}-",
}


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple
    places: tuple[int, ...]  # where each value goes among the params
    compiler: Any
    converters: dict
    fields: tuple[str, ...]  # as the values_list names them
    in_fields_order: Callable  # a row of SQL columns in that order
    model_fields: tuple[str, ...]  # those of the model's own fields, in the model's order
    in_model_order: Callable  # a row in that order, for Model.from_db


class PreparedQuery:
    """``build(marks)`` is a ``values_list`` queryset comparing ``field`` with the marks;
    ``rows(values)`` runs its SQL with ``values`` in their place and returns its rows as the
    queryset would."""

    def __init__(
        self,
        model: type[Model],
        build: Callable[[list], QuerySet],
        *,
        field: str = "id",
        kind: type = int,
    ) -> None:
        self.model = model
        self.build = build
        self.field = model._meta.get_field(field)
        self.mark = _MARKS[kind]
        self.compiled: dict[tuple[str, int], _Compiled] = {}

    def rows(self, values: Sequence = ()) -> list[tuple]:
        alias = router.db_for_read(self.model)
        return self._run(alias, self._compiled(alias, len(values)), values)

    def objects(self, values: Sequence = ()) -> list[Model]:
        """For a ``values_list`` of the model's own fields: its instances, as from the ORM,
        the fields not selected deferred (read from the database if ever used)."""
        alias = router.db_for_read(self.model)
        compiled = self._compiled(alias, len(values))
        rows = self._run(alias, compiled, values)
        if len(compiled.model_fields) == len(self.model._meta.concrete_fields):
            return [
                self.model.from_db(alias, compiled.model_fields, compiled.in_model_order(row))
                for row in rows
            ]
        return [_deferred(self.model, alias, compiled.fields, row) for row in rows]

    def _run(self, alias: str, compiled: _Compiled, values: Sequence) -> list[tuple]:
        connection = connections[alias]
        params = list(compiled.params)
        for place, value in zip(compiled.places, values, strict=True):
            params[place] = self.field.get_db_prep_value(value, connection)
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            rows = cursor.fetchall()
        if compiled.converters:
            rows = compiled.compiler.apply_converters(rows, compiled.converters)
        return [compiled.in_fields_order(row) for row in rows]

    def _compiled(self, alias: str, count: int) -> _Compiled:
        compiled = self.compiled.get((alias, count))
        if compiled is None:
            marks = [self.mark(n) for n in range(count)]
            queryset = self.build(marks).using(alias)
            compiler = queryset.query.get_compiler(alias)
            fields = tuple(queryset._fields)
            model_fields = tuple(
                f.attname for f in self.model._meta.concrete_fields if f.attname in fields
            )
            sql, params = compiler.as_sql()
            # The SELECT's columns by name, annotations (such as an item's ``order``) included.
            columns = [name for _, _, name in compiler.select]
            prepared = [self.field.get_db_prep_value(m, connections[alias]) for m in marks]
            compiled = _Compiled(
                sql=sql,
                params=tuple(params),
                places=tuple(params.index(mark) for mark in prepared),
                compiler=compiler,
                converters=compiler.get_converters([column for column, _, _ in compiler.select]),
                fields=fields,
                in_fields_order=_getter([columns.index(name) for name in fields]),
                model_fields=model_fields,
                in_model_order=_getter([fields.index(name) for name in model_fields]),
            )
            self.compiled[(alias, count)] = compiled
        return compiled


def _deferred(model: type[Model], alias: str, fields: Sequence[str], row: Sequence) -> Model:
    """What ``model.from_db`` builds for some of the fields, without its two loops over every
    field of the model (a career has about sixty) to mark the others deferred: a field is
    deferred when it is missing from the instance's ``__dict__``."""
    instance = model.__new__(model)
    instance._state = ModelState()
    instance._state.adding, instance._state.db = False, alias
    instance.__dict__.update(zip(fields, row, strict=True))
    return instance


def _getter(indexes: list[int]) -> Callable[[Sequence], tuple]:
    return lambda row: tuple(row[index] for index in indexes)
