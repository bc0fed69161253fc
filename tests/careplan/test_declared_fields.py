"""A plan part's fields are declared once (careplan/part_specs.py): its table's columns and
its record's fields are made from that declaration, so the three cannot drift apart."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from typing import Any

import pytest
from sqlalchemy import CheckConstraint, Date, Integer, MetaData, String, Table, Text, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.schema import Column
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from careplan import models as m
from careplan import part_specs as specs
from careplan.models.columns import DeclaredFields, add_declared
from careplan.plan_fields import Field, Kind, declared
from careplan.plan_parts import PlanPart, all_parts, part
from careplan.records import GoalRecord
from careplan.vocabulary import RaisedBy

PARTS = list(all_parts())


def _table(model: type[m.Base]) -> Table:
    return m.Base.metadata.tables[model.__tablename__]


def _default(column: Column[Any]) -> object:
    given = column.default
    return given.arg if isinstance(given, ScalarElementColumnDefault) else None


STAMPS = {"id", "created_at", "updated_at", "version"}


def _structure(p: PlanPart[Any]) -> set[str]:
    """The columns a part's model writes itself: parent, order, lineage, stamps."""
    return STAMPS | {p.parent_column, p.order} | ({p.lineage} if p.lineage else set())


def test_every_part_takes_its_fields_from_the_specs() -> None:
    declarations = [v for v in vars(specs).values() if isinstance(v, tuple)]
    for p in PARTS:
        assert any(p.spec is d for d in declarations), p.key


@pytest.mark.parametrize("p", PARTS, ids=lambda p: p.key)
def test_a_parts_table_holds_its_declared_fields_and_its_structure_only(p: PlanPart[Any]) -> None:
    columns = set(_table(p.model).columns.keys())
    declared_names = {f.name for f in p.spec}
    assert columns - _structure(p) == declared_names
    assert not declared_names & _structure(p)


@pytest.mark.parametrize("p", PARTS, ids=lambda p: p.key)
def test_each_declared_column_is_what_its_field_says(p: PlanPart[Any]) -> None:
    table = _table(p.model)
    for f in p.spec:
        column = table.c[f.name]
        assert column.nullable is f.empty_allowed, f.name
        assert _default(column) == f.default
        if f.kind is Kind.TEXT:
            assert type(column.type) is Text
        elif f.kind in (Kind.LINE, Kind.CHOICE):
            assert type(column.type) is String and column.type.length == f.limit, f.name
        elif f.kind is Kind.RATING:
            assert type(column.type) is Integer
        elif f.kind is Kind.DATE:
            assert type(column.type) is Date
        else:
            (key,) = column.foreign_keys
            assert key.column.table is _table(part(f.target or "").model)
            assert key.ondelete == f.on_delete and column.index


@pytest.mark.parametrize("p", PARTS, ids=lambda p: p.key)
def test_the_database_checks_each_vocabulary_and_rating(p: PlanPart[Any]) -> None:
    table = _table(p.model)
    prefix = f"ck_{table.name}_"
    checks = {
        str(c.name).removeprefix(prefix): str(c.sqltext)
        for c in table.constraints
        if isinstance(c, CheckConstraint)
    }
    for f in p.spec:
        if f.kind is Kind.CHOICE:
            assert f.vocabulary is not None
            allowed = ", ".join(f"'{v.value}'" for v in f.vocabulary)
            assert checks.pop(f.name) == f"{f.name} IN ({allowed})"
        elif f.kind is Kind.RATING:
            assert checks.pop(f.name) == (
                f"{f.name} IS NULL OR {f.name} BETWEEN {f.low} AND {f.high}"
            )
    assert checks == {}, "a check of a part's field belongs in its declaration"


@pytest.mark.parametrize("p", PARTS, ids=lambda p: p.key)
def test_a_models_annotation_of_a_declared_field_is_the_declared_type(p: PlanPart[Any]) -> None:
    annotations = p.model.__annotations__
    for f in p.spec:
        if f.name in annotations:
            assert annotations[f.name] == f"Mapped[{f.annotation}]", f.name


@pytest.mark.parametrize("p", PARTS, ids=lambda p: p.key)
def test_a_record_carries_every_declared_field_with_its_type(p: PlanPart[Any]) -> None:
    fields = {f.name: f for f in dataclasses.fields(p.record)}
    hints = typing.get_type_hints(p.record)
    for f in p.spec:
        assert fields[f.name].type == f.annotation, f.name
        assert hints[f.name] == eval(f.annotation, {"dt": dt})
    # Every other field of the record is read from the row too (its structure, its
    # children): nothing it carries is missing from the model.
    row_attributes = set(inspect(p.model).attrs.keys())
    assert set(fields) <= row_attributes


def test_a_declared_field_is_not_written_by_hand_on_its_model_too() -> None:
    class Probe:
        text = mapped_column(Text)

    with pytest.raises(TypeError, match=r"declared in careplan\.part_specs"):
        add_declared(Probe, (Field("text"),))


def test_one_line_in_a_spec_gives_a_column_and_a_record_field() -> None:
    """What adding a field to a part takes: its declaration; nothing else names it."""
    spec = (*specs.GOAL, Field("why", label="why this matters"))

    class ProbeBase(DeclaredFields, DeclarativeBase):
        metadata = MetaData()

    class Probe(ProbeBase, fields=spec[:2] + spec[-1:]):
        __tablename__ = "probe"
        id: Mapped[int] = mapped_column(primary_key=True)
        text: Mapped[str]

    @dataclasses.dataclass(frozen=True)
    @declared(spec[:2] + spec[-1:])
    class ProbeRecord:
        id: int
        text: str

    columns = ProbeBase.metadata.tables["probe"].columns
    assert list(columns.keys()) == ["id", "text", "expressed_by", "why"]
    assert type(columns["why"].type) is Text and columns["why"].nullable
    assert not columns["expressed_by"].nullable
    assert _default(columns["expressed_by"]) == RaisedBy.PATIENT.value
    # Carried, but unknown to the type checker until the record annotates it.
    given: dict[str, Any] = {"id": 1, "text": "Walk", "expressed_by": "carer"}
    record = ProbeRecord(**given)
    assert dataclasses.asdict(record) == {**given, "why": None}
    why: dict[str, Any] = {"why": "For my grandchildren"}
    changed = dataclasses.replace(record, **why)
    assert dataclasses.asdict(changed)["why"] == "For my grandchildren"


def test_a_records_declared_fields_keep_its_typed_constructor() -> None:
    # Declared fields a record annotates keep their place; the others come after, by name.
    names = [f.name for f in dataclasses.fields(GoalRecord)]
    assert names[:5] == ["id", "consultation_id", "what_matters_id", "carried_from_id", "text"]
    assert set(names) >= {f.name for f in specs.GOAL}
