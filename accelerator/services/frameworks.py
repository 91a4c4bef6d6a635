"""Readiness frameworks: loading, importing, exporting and versioning them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from accelerator.domain.framework_file import (
    DimensionSpec,
    FrameworkSpec,
    LevelSpec,
    default_framework_path,
    load_framework_file,
)
from accelerator.errors import NotFoundError, ValidationError
from accelerator.models import Assessment, Dimension, LevelDescriptor, ReadinessFramework
from accelerator.services.base import Service, get_or_raise
from accelerator.services.records import (
    DimensionRecord,
    FrameworkRecord,
    LevelRecord,
    snapshot,
)
from accelerator.services.use_cases import UseCase

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

log = logging.getLogger(__name__)

DEFAULT_FRAMEWORK_KEY = "default-readiness"


def framework_record(fw: ReadinessFramework, assessment_count: int = 0) -> FrameworkRecord:
    return _copy(
        fw, FrameworkRecord, DimensionRecord, LevelRecord, assessment_count=assessment_count
    )


def _spec_of(fw: ReadinessFramework) -> FrameworkSpec:
    return _copy(fw, FrameworkSpec, DimensionSpec, LevelSpec)


F = TypeVar("F", bound="DataclassInstance")


def _copy(
    fw: ReadinessFramework,
    framework: type[F],
    dimension: type[DataclassInstance],
    level: type[DataclassInstance],
    **given: object,
) -> F:
    """``fw`` with its dimensions and their levels, copied into the three classes given
    (a record to show, or a spec to write to a file)."""
    dimensions = tuple(
        snapshot(dimension, d, levels=tuple(snapshot(level, lv) for lv in d.levels))
        for d in fw.dimensions
    )
    return snapshot(framework, fw, dimensions=dimensions, **given)


def _add_framework(session: Session, spec: FrameworkSpec, version: int) -> ReadinessFramework:
    fw = ReadinessFramework(
        key=spec.key,
        version=version,
        name=spec.name,
        description=spec.description,
        licence=spec.licence,
        dimensions=[
            Dimension(
                key=d.key,
                name=d.name,
                description=d.description,
                position=i,
                levels=[
                    LevelDescriptor(level=lv.level, title=lv.title, description=lv.description)
                    for lv in d.levels
                ],
            )
            for i, d in enumerate(spec.dimensions)
        ],
    )
    session.add(fw)
    session.flush()
    return fw


def _loaded(session: Session, framework_id: int) -> ReadinessFramework:
    fw = session.scalar(
        select(ReadinessFramework)
        .where(ReadinessFramework.id == framework_id)
        .options(selectinload(ReadinessFramework.dimensions).selectinload(Dimension.levels))
    )
    if fw is None:
        raise NotFoundError(f"readiness framework {framework_id} does not exist")
    return fw


class FrameworkService(Service):
    def ensure_default(self) -> FrameworkRecord:
        """Load the bundled default framework into a database that has none yet."""
        with self._write() as s:
            existing = s.scalar(
                select(ReadinessFramework)
                .where(ReadinessFramework.key == DEFAULT_FRAMEWORK_KEY)
                .order_by(ReadinessFramework.version.desc())
                .limit(1)
            )
            if existing is not None:
                return framework_record(_loaded(s, existing.id))
            self._require_to(UseCase.MANAGE_FRAMEWORKS)  # adding one is a write
            spec = load_framework_file(default_framework_path())
            fw = _add_framework(s, spec, spec.version)
            log.info("loaded the default framework %s", spec.key)
            return framework_record(_loaded(s, fw.id))

    def default_framework_id(self) -> int:
        with self._read() as s:
            fw_id = s.scalar(
                select(ReadinessFramework.id)
                .where(ReadinessFramework.key == DEFAULT_FRAMEWORK_KEY)
                .order_by(ReadinessFramework.version.desc())
                .limit(1)
            )
        if fw_id is None:
            return self.ensure_default().id
        return fw_id

    def list_frameworks(self) -> list[FrameworkRecord]:
        with self._read() as s:
            counts = dict(
                s.execute(
                    select(Assessment.framework_id, func.count()).group_by(Assessment.framework_id)
                ).all()
            )
            frameworks = s.scalars(
                select(ReadinessFramework)
                .options(selectinload(ReadinessFramework.dimensions).selectinload(Dimension.levels))
                .order_by(ReadinessFramework.name, ReadinessFramework.version)
            ).all()
            return [framework_record(fw, counts.get(fw.id, 0)) for fw in frameworks]

    def get_framework(self, framework_id: int) -> FrameworkRecord:
        with self._read() as s:
            count = s.scalar(select(func.count()).where(Assessment.framework_id == framework_id))
            return framework_record(_loaded(s, framework_id), count or 0)

    def import_framework(self, spec: FrameworkSpec) -> FrameworkRecord:
        """Add a framework read from a file. The same key and version twice is refused;
        a new version of a known key is added beside the old one."""
        self._require_to(UseCase.MANAGE_FRAMEWORKS)
        with self._write() as s:
            clash = s.scalar(
                select(ReadinessFramework.id).where(
                    ReadinessFramework.key == spec.key, ReadinessFramework.version == spec.version
                )
            )
            if clash is not None:
                raise ValidationError(
                    f"a framework {spec.key!r} version {spec.version} is already in this "
                    "database; give the file a new key or a higher version",
                    field="version",
                )
            fw = _add_framework(s, spec, spec.version)
            return framework_record(_loaded(s, fw.id))

    def export_framework(self, framework_id: int) -> FrameworkSpec:
        with self._read() as s:
            return _spec_of(_loaded(s, framework_id))

    def revise_framework(self, framework_id: int, spec: FrameworkSpec) -> FrameworkRecord:
        """Change a framework. One that has assessments is never edited in place: the change
        becomes a new version, and old assessments keep the version they were made with."""
        self._require_to(UseCase.MANAGE_FRAMEWORKS)
        with self._write() as s:
            fw = _loaded(s, framework_id)
            used = s.scalar(select(func.count()).where(Assessment.framework_id == fw.id)) or 0
            if used == 0:
                latest = fw.version
                s.delete(fw)
                s.flush()
                new = _add_framework(s, _with_key(spec, fw.key), latest)
            else:
                top = s.scalar(
                    select(func.max(ReadinessFramework.version)).where(
                        ReadinessFramework.key == fw.key
                    )
                )
                new = _add_framework(s, _with_key(spec, fw.key), (top or 0) + 1)
            return framework_record(_loaded(s, new.id))

    def require(self, framework_id: int) -> None:
        with self._read() as s:
            get_or_raise(s, ReadinessFramework, framework_id, "readiness framework")


def _with_key(spec: FrameworkSpec, key: str) -> FrameworkSpec:
    from dataclasses import replace

    return replace(spec, key=key)
