"""Readiness frameworks: loading, importing, exporting and versioning them."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from accelerator.domain.formatting import quoted
from accelerator.domain.framework_file import (
    DimensionSpec,
    FrameworkSpec,
    LevelSpec,
    Translations,
    bundled_framework_paths,
    default_framework_path,
    load_framework_file,
    text_in,
)
from accelerator.errors import NotFoundError, ValidationError
from accelerator.i18n import current_language, in_context
from accelerator.models import Assessment, Dimension, LevelDescriptor, ReadinessFramework
from accelerator.models.framework import Texts
from accelerator.services.base import Service, get_or_raise
from accelerator.services.records import (
    DimensionRecord,
    FrameworkRecord,
    LevelRecord,
    snapshot,
)
from accelerator.services.use_cases import UseCase, role_allows

log = logging.getLogger(__name__)
_tr = in_context("Frameworks")

DEFAULT_FRAMEWORK_KEY = "default-readiness"

#: A stored row with texts that may be written in several languages.
Worded = ReadinessFramework | Dimension | LevelDescriptor


def shown(row: Worded, field: str) -> str:
    """``row``'s ``field`` in the current language (a report's own, within ``speaking``),
    or its own text if it has none in that language."""
    own: str = getattr(row, field)
    return text_in(current_language(), own, row.texts.get(field))


def shown_column(column: InstrumentedAttribute[str]) -> ColumnElement[str]:
    """A query's ``column`` (``Dimension.name``, ``ReadinessFramework.name``...) in the
    current language, or its own text if it has none in that language.

    The JSON's entry for a field's own language is written with the column and equals it,
    so the column is wanted only where the JSON lacks the language."""
    texts: InstrumentedAttribute[Texts] = column.class_.texts
    in_language = texts[(column.key, current_language())].as_string()
    return func.coalesce(in_language, column).label(column.key)


def framework_record(fw: ReadinessFramework, assessment_count: int = 0) -> FrameworkRecord:
    """``fw`` to show: every text in the current language."""
    dimensions = tuple(
        snapshot(
            DimensionRecord,
            d,
            name=shown(d, "name"),
            description=shown(d, "description"),
            levels=tuple(
                LevelRecord(lv.level, shown(lv, "title"), shown(lv, "description"))
                for lv in d.levels
            ),
        )
        for d in fw.dimensions
    )
    return snapshot(
        FrameworkRecord,
        fw,
        name=shown(fw, "name"),
        description=shown(fw, "description"),
        licence=shown(fw, "licence"),
        dimensions=dimensions,
        assessment_count=assessment_count,
    )


def _spec_of(fw: ReadinessFramework) -> FrameworkSpec:
    """``fw`` as its file holds it: its own texts and those in every other language."""
    dimensions = tuple(
        DimensionSpec(
            d.key,
            d.name,
            d.description,
            tuple(
                LevelSpec(lv.level, lv.title, lv.description, Translations.of(lv.texts))
                for lv in d.levels
            ),
            Translations.of(d.texts),
        )
        for d in fw.dimensions
    )
    return FrameworkSpec(
        fw.key,
        fw.name,
        fw.version,
        fw.description,
        fw.licence,
        dimensions,
        Translations.of(fw.texts),
    )


def _rows(fw: ReadinessFramework) -> Iterator[Worded]:
    """The framework, each dimension and each of its levels, as ``FrameworkSpec.items``."""
    yield fw
    for d in fw.dimensions:
        yield d
        yield from d.levels


def _add_framework(session: Session, spec: FrameworkSpec, version: int) -> ReadinessFramework:
    fw = ReadinessFramework(
        key=spec.key,
        version=version,
        name=spec.name,
        description=spec.description,
        licence=spec.licence,
        texts=spec.texts.as_objects(spec),
        dimensions=[
            Dimension(
                key=d.key,
                name=d.name,
                description=d.description,
                texts=d.texts.as_objects(d),
                position=i,
                levels=[
                    LevelDescriptor(
                        level=lv.level,
                        title=lv.title,
                        description=lv.description,
                        texts=lv.texts.as_objects(lv),
                    )
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
        raise NotFoundError(_tr("readiness framework {0} does not exist").format(framework_id))
    return fw


def _add_shipped_languages(session: Session, *, only_count: bool = False) -> int:
    """Give each framework Accelerator ships, as a database holds it, the languages its
    file has and the stored copy lacks: a database made before the bokmål texts came
    gets them, and one made before a later language gets that. Returns how many texts
    gained a language (``only_count``: would gain one; nothing is changed).

    Only a copy whose own texts are the file's is completed; one revised in place under
    the same key and version says something else, which the file's texts do not translate.
    """
    total = 0
    for path in bundled_framework_paths():
        shipped = load_framework_file(path)
        if not shipped.languages():
            continue
        fw_id = session.scalar(
            select(ReadinessFramework.id).where(
                ReadinessFramework.key == shipped.key,
                ReadinessFramework.version == shipped.version,
            )
        )
        if fw_id is None:
            continue
        fw = _loaded(session, fw_id)
        if _spec_of(fw).in_one_language() != shipped.in_one_language():
            continue
        added = 0
        for row, item in zip(_rows(fw), shipped.items(), strict=True):
            texts = _merged(row.texts, item.texts.as_objects(item))
            if texts != row.texts:
                if not only_count:
                    row.texts = texts
                added += 1
        if added and not only_count:
            log.info("added the shipped languages of %s to %s of its texts", shipped.key, added)
        total += added
    return total


def _merged(stored: Texts, shipped: Texts) -> Texts:
    """``stored`` with each language of ``shipped`` it lacks, field by field; a text it has
    is kept, whatever the file says."""
    merged = {name: dict(by_language) for name, by_language in stored.items()}
    for name, by_language in shipped.items():
        mine = merged.setdefault(name, {})
        for language, text in by_language.items():
            mine.setdefault(language, text)
    return merged


class FrameworkService(Service):
    def ensure_default(self) -> FrameworkRecord:
        """Load the bundled default framework into a database that has none yet, and the
        shipped frameworks' languages into the copies a database has.

        Most starts find both there and only read: a start writes nothing until someone
        saves, so the window need not wait for the check of its file (``open_database``'s
        ``check_behind``), which every write does."""
        with self._read() as s:
            complete = not (
                role_allows(self.actor.role, UseCase.MANAGE_FRAMEWORKS)
                and _add_shipped_languages(s, only_count=True)
            )
            existing_id = s.scalar(
                select(ReadinessFramework.id)
                .where(ReadinessFramework.key == DEFAULT_FRAMEWORK_KEY)
                .order_by(ReadinessFramework.version.desc())
                .limit(1)
            )
            if complete and existing_id is not None:
                return framework_record(_loaded(s, existing_id))
        with self._write() as s:
            if role_allows(self.actor.role, UseCase.MANAGE_FRAMEWORKS):
                _add_shipped_languages(s)
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
                select(ReadinessFramework).options(
                    selectinload(ReadinessFramework.dimensions).selectinload(Dimension.levels)
                )
            ).all()
            records = [framework_record(fw, counts.get(fw.id, 0)) for fw in frameworks]
        # By the names as shown: in bokmål "Selskapsmodenhet" comes before "Teknologimodenhet",
        # though their English names sort the other way.
        return sorted(records, key=lambda f: (f.name.casefold(), f.name, f.version))

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
                    _tr(
                        "a framework {0} version {1} is already in this database; give the file "
                        "a new key or a higher version"
                    ).format(quoted(spec.key), spec.version),
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
