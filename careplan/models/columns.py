"""The columns and checks of a plan part's declared fields, made from their declaration.

A model names its part's fields as a class keyword (``class Goal(Base,
fields=part_specs.GOAL)``; :class:`DeclaredFields` takes it) and
:func:`add_declared` puts one column per field on it before SQLAlchemy maps it:
its type and width from the field's kind and limit, whether it may be empty, its
default, a foreign key for a link, and a CHECK for a vocabulary or a rating. A
model annotates a declared field (``text: Mapped[str]``) only so that the type
checker knows it and the column keeps its place in the table;
``tests/careplan/test_declared_fields.py`` checks each annotation against its
declaration.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import MappedColumn, mapped_column
from sqlalchemy.types import TypeEngine

from ..plan_fields import Field, Kind


def enum_check(column: str, values: type[StrEnum]) -> str:
    allowed = ", ".join(f"'{v.value}'" for v in values)
    return f"{column} IN ({allowed})"


def owned_by(table: str) -> MappedColumn[int]:
    """The key of the row of ``table`` this one belongs to: indexed, and the row goes
    when its owner goes."""
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), index=True)


def column(field: Field) -> MappedColumn[Any]:
    """The column that stores ``field``."""
    options: dict[str, Any] = {"nullable": field.empty_allowed}
    if field.default is not None:
        options["default"] = field.default
    if field.kind is Kind.LINK:
        assert field.target is not None
        key = ForeignKey(f"{field.target}.id", ondelete=field.on_delete)
        return mapped_column(key, index=True, **options)
    return mapped_column(_type(field), **options)


def _type(field: Field) -> TypeEngine[Any]:
    if field.kind is Kind.TEXT:
        return Text()
    if field.kind is Kind.LINE or field.kind is Kind.CHOICE:
        return String(field.limit)
    if field.kind is Kind.RATING:
        return Integer()
    return Date()


def checks(fields: Iterable[Field]) -> tuple[CheckConstraint, ...]:
    """What the database checks of the fields: a vocabulary's values, then a rating's range."""
    fields = tuple(fields)
    choices = tuple(
        CheckConstraint(enum_check(f.name, f.vocabulary), name=f.name)
        for f in fields
        if f.kind is Kind.CHOICE and f.vocabulary is not None
    )
    ratings = tuple(
        CheckConstraint(f"{f.name} IS NULL OR {f.name} BETWEEN {f.low} AND {f.high}", name=f.name)
        for f in fields
        if f.kind is Kind.RATING
    )
    return choices + ratings


def add_declared(model: type[Any], fields: Iterable[Field]) -> None:
    """Put the columns and checks of ``fields`` on ``model``, which is not mapped yet."""
    fields = tuple(fields)
    if not fields:
        return
    for field in fields:
        if field.name in model.__dict__:
            raise TypeError(
                f"{model.__name__}.{field.name} is declared in careplan.part_specs; "
                "its column is made from that declaration"
            )
        setattr(model, field.name, column(field))
    # SQLAlchemy places a table's columns by the class's annotations merged with its
    # namespace: the namespace in the annotations' order keeps each column in its place
    # (a declared field the class annotates where it stands, the others last).
    annotated = inspect.get_annotations(model)
    for name in [*annotated, *(f.name for f in fields if f.name not in annotated)]:
        if name in model.__dict__:
            value = model.__dict__[name]
            delattr(model, name)
            setattr(model, name, value)
    given = model.__dict__.get("__table_args__", ())
    # Keyword arguments of the table, if any, stay last.
    given = (given,) if isinstance(given, dict) else tuple(given)
    model.__table_args__ = (*checks(fields), *given)


class DeclaredFields:
    """A declarative base that takes a part's fields as a class keyword (``fields=``) and
    puts their columns on the class before SQLAlchemy maps it. Listed before
    ``DeclarativeBase`` among the base's bases."""

    def __init_subclass__(cls, fields: Iterable[Field] = (), **kw: Any) -> None:
        add_declared(cls, fields)
        super().__init_subclass__(**kw)
