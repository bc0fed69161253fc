"""A read compiled once and run on the database driver's own cursor, for pages read often.

For a page of fifty rows read along an index, SQLAlchemy's work for each
execution (an execution context, parameter and row processing through its
general machinery) costs more than the database's own work. A
:class:`DriverRead` keeps the statement's compiled SQL for each kind of
database and runs it on the driver's cursor of a connection of the engine's
pool, inside a transaction begun as every other (so the file's identity check
and ``BEGIN`` still happen). Parameters and
rows go through the column types' own processors, as SQLAlchemy would pass
them; driver errors are raised as SQLAlchemy's, as any other query's are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Dialect, Engine, Select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.compiler import SQLCompiler

Processor = Callable[[Any], Any]


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...] | None  # the parameters' order, for drivers that take a sequence
    compiled: SQLCompiler
    binds: dict[str, Processor]
    results: tuple[tuple[int, Processor], ...]  # (column, processor) where there is one

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
        given = self.compiled.construct_params(dict(values))
        for name, process in self.binds.items():
            given[name] = process(given[name])
        if self.names is None:
            return given
        return [given[name] for name in self.names]

    def rows(self, raw: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
        if not self.results:
            return [tuple(row) for row in raw]
        out = []
        for row in raw:
            values = list(row)
            for index, process in self.results:
                values[index] = process(values[index])
            out.append(tuple(values))
        return out


class DriverRead:
    """A SELECT run on the driver's cursor; its rows are plain tuples in column order."""

    def __init__(self, statement: Select[Any]) -> None:
        self._statement = statement
        self._compiled: dict[str, _Compiled] = {}

    def rows(
        self, factory: sessionmaker[Session], values: Mapping[str, Any]
    ) -> list[tuple[Any, ...]]:
        """The rows for ``values``, read in a transaction of their own.

        On an engine that is a connection of the pool, begun without a session (a
        session costs more than the read); otherwise (a session bound to one
        connection) the session's own connection.
        """
        bind = factory.kw.get("bind")
        if isinstance(bind, Engine):
            with bind.connect() as connection, connection.begin():
                return self.run(connection, values)
        with factory() as session:
            return self.run(session.connection(), values)

    def run(self, connection: Connection, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The rows for ``values``, read on ``connection`` in its transaction."""
        dialect = connection.dialect
        compiled = self._compiled.get(dialect.name) or self._compile(dialect)
        parameters = compiled.parameters(values)
        dbapi_error = dialect.loaded_dbapi.Error
        try:
            cursor = connection.connection.cursor()
            try:
                cursor.execute(compiled.sql, parameters)
                raw = cursor.fetchall()
            finally:
                cursor.close()
        except dbapi_error as exc:
            raise DBAPIError.instance(
                compiled.sql, parameters, exc, dbapi_error, hide_parameters=True, dialect=dialect
            ) from exc
        return compiled.rows(raw)

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self._statement.compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)
        if compiled.literal_execute_params or compiled.post_compile_params:
            raise ValueError("a statement whose SQL changes with its values is run as usual")
        binds: dict[str, Processor] = {}
        for bind, name in compiled.bind_names.items():
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                binds[compiled.escaped_bind_names.get(name, name)] = process
        results = []
        for index, column in enumerate(self._statement.selected_columns):
            process = column.type.dialect_impl(dialect).result_processor(dialect, None)
            if process is not None:
                results.append((index, process))
        names = tuple(compiled.positiontup or ()) if compiled.positional else None
        made = _Compiled(compiled.string, names, compiled, binds, tuple(results))
        self._compiled[dialect.name] = made
        return made
