"""Reading, checking and writing readiness framework files.

A readiness framework is the yardstick mentors judge a company against: a set of
dimensions (customer, technology, ...) with nine described levels each. Programmes
bring their own frameworks as JSON files, often edited by hand, so this module is
strict on purpose: a file is either entirely sound or refused with a list of
*every* problem in it, each naming where it is, so that whoever edits the file can
fix it in one go instead of one error per attempt.

A text (a name, a title, a descriptor) is written in one language, as a plain
string shown whatever language the program speaks, or in several, as an object of
language code to text (``{"en": "Customer", "nb": "Kunde"}``, format version 2). The
first language of such an object is the text's own: the one shown in a language the
object lacks.

Nothing here knows about Qt or the database; the services layer turns a
:class:`FrameworkSpec` into stored rows.
"""

from __future__ import annotations

import difflib
import json
import os
import pathlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from accelerator.i18n import in_context

_tr = in_context("Framework file")

FORMAT = "accelerator-framework"
#: The newest layout this program reads and writes: texts in several languages.
FORMAT_VERSION = 2
#: Texts in one language only; written for a framework that has no others, so that
#: copies of Accelerator from before version 2 can still read the file.
ONE_LANGUAGE_FORMAT_VERSION = 1
LEVELS = range(1, 10)

#: Files larger than this are refused unread: a real framework is a few tens of kB.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_KEY_LENGTH = 64
MAX_NAME_LENGTH = 200
MAX_TITLE_LENGTH = 120
MAX_LEVEL_DESCRIPTION_LENGTH = 2000
MAX_DIMENSIONS = 20
_MAX_INT_DIGITS = 100

_KEY_PATTERN = re.compile(r"[a-z0-9_-]+")
_KNOWN_TOP_FIELDS = frozenset(
    {"format", "format_version", "key", "name", "version", "description", "licence", "dimensions"}
)
_KNOWN_DIMENSION_FIELDS = frozenset({"key", "name", "description", "levels"})
_KNOWN_LEVEL_FIELDS = frozenset({"level", "title", "description"})
_EXTENSION_PREFIX = "x-"

#: ISO 639-1, the two-letter codes a text's language is named by; "no" is left out, as it
#: does not say whether the text is bokmål ("nb") or nynorsk ("nn").
_ISO_639_1 = """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs
    cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he
    hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr
    ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng
    nl nn nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl
    sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve
    vi vo wa wo xh yi yo za zh zu"""
LANGUAGE_CODES = frozenset(_ISO_639_1.split())

T = TypeVar("T")


def text_in(language: str, own: str, texts: Mapping[str, str] | None) -> str:
    """A field's text in ``language``: from ``texts`` (the field's texts by language, its
    own language first) when it has that language, else the field's own text ``own``."""
    if texts and language in texts and language != next(iter(texts)):
        return texts[language]
    return own


@dataclass(frozen=True)
class Translations:
    """The texts of a framework, dimension or level in languages beside its own.

    A field written in one language has no entry: its one text, the item's attribute, is
    shown in every language. A field written in several keeps the code of its own
    language (whose text is the attribute) and its texts in the others, by language.
    """

    #: (field, its own language, ((language, text), ...) sorted by language)
    entries: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = ()

    @classmethod
    def of(cls, texts: Mapping[str, Mapping[str, str]]) -> Translations:
        """From ``{"title": {"en": "...", "nb": "..."}}``, a field's first language its own
        (that text is the item's attribute and is not kept here)."""
        entries = []
        for name in sorted(texts):
            by_language = list(texts[name].items())
            if len(by_language) > 1:
                own, _ = by_language[0]
                entries.append((name, own, tuple(sorted(by_language[1:]))))
        return cls(tuple(entries))

    def __bool__(self) -> bool:
        return bool(self.entries)

    def text(self, name: str, language: str) -> str | None:
        """``name``'s text in ``language`` if that is another than the field's own."""
        for entry, _, others in self.entries:
            if entry == name:
                return dict(others).get(language)
        return None

    def languages(self) -> tuple[str, ...]:
        """Every language a text is given in: own languages first, in order of appearance."""
        found = dict.fromkeys(own for _, own, _ in self.entries)
        found.update(dict.fromkeys(code for *_, others in self.entries for code, _ in others))
        return tuple(found)

    def as_objects(self, item: object) -> dict[str, dict[str, str]]:
        """Each field given in several languages as the file writes it, own language first,
        its own text read from ``item``."""
        return {
            name: {own: getattr(item, name), **dict(others)} for name, own, others in self.entries
        }


class _Worded:
    """A spec whose texts may be given in several languages (``texts``)."""

    texts: Translations

    def in_language(self, name: str, language: str) -> str:
        """The text of field ``name`` in ``language``, or its own text if it has none there."""
        own: str = getattr(self, name)
        return self.texts.text(name, language) or own

    def _text_for_file(self, name: str) -> str | dict[str, str]:
        own: str = getattr(self, name)
        return self.texts.as_objects(self).get(name, own)


@dataclass(frozen=True)
class LevelSpec(_Worded):
    """One step on a dimension's scale, as a mentor reads it when judging.

    ``title`` and ``description`` are the level's own texts (a service's record holds them
    in the language it was read in, and no ``texts``)."""

    level: int
    title: str
    description: str
    texts: Translations = Translations()


@dataclass(frozen=True)
class DimensionSpec(_Worded):
    """One aspect of readiness; ``levels`` holds levels 1..9 in order."""

    key: str
    name: str
    description: str
    levels: tuple[LevelSpec, ...]
    texts: Translations = Translations()


@dataclass(frozen=True)
class FrameworkSpec(_Worded):
    """A whole framework as read from a file that passed every check."""

    key: str
    name: str
    version: int
    description: str
    licence: str
    dimensions: tuple[DimensionSpec, ...]
    texts: Translations = Translations()

    def items(self) -> Iterable[_Worded]:
        """The framework, each dimension and each of its levels: everything with texts."""
        yield self
        for dimension in self.dimensions:
            yield dimension
            yield from dimension.levels

    def languages(self) -> tuple[str, ...]:
        """The languages its texts are given in; none for a framework in one language."""
        found: dict[str, None] = {}
        for item in self.items():
            found.update(dict.fromkeys(item.texts.languages()))
        return tuple(found)

    def in_one_language(self) -> FrameworkSpec:
        """The same framework with its own texts only (what a file of version 1 holds)."""
        return replace(
            self,
            texts=Translations(),
            dimensions=tuple(
                replace(
                    dimension,
                    texts=Translations(),
                    levels=tuple(
                        replace(level, texts=Translations()) for level in dimension.levels
                    ),
                )
                for dimension in self.dimensions
            ),
        )

    def to_json_dict(self) -> dict[str, object]:
        """Return the file format, so that ``parse_framework`` gives back an equal spec.

        A framework in one language is written as version 1, with plain strings, which
        every copy of Accelerator reads."""
        several = bool(self.languages())
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION if several else ONE_LANGUAGE_FORMAT_VERSION,
            "key": self.key,
            "name": self._text_for_file("name"),
            "version": self.version,
            "description": self._text_for_file("description"),
            "licence": self._text_for_file("licence"),
            "dimensions": [
                {
                    "key": dimension.key,
                    "name": dimension._text_for_file("name"),
                    "description": dimension._text_for_file("description"),
                    "levels": [
                        {
                            "level": level.level,
                            "title": level._text_for_file("title"),
                            "description": level._text_for_file("description"),
                        }
                        for level in sorted(dimension.levels, key=lambda spec: spec.level)
                    ],
                }
                for dimension in self.dimensions
            ],
        }


class FrameworkFileError(ValueError):
    """A framework file was refused; ``problems`` lists every reason, one sentence each.

    The message repeats them one per line so that it can be shown to the person
    who edited the file as it is.
    """

    def __init__(self, source: str, problems: Iterable[str]) -> None:
        self.source = source
        self.problems: tuple[str, ...] = tuple(problems)
        lines = [_tr("{0} is not a valid framework file:").format(source)]
        lines.extend(f"  - {problem}" for problem in self.problems)
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[type[FrameworkFileError], tuple[str, tuple[str, ...]]]:
        # The default would call __init__ with the message alone; keep pickling (and
        # so multiprocessing and copy) working.
        return (type(self), (self.source, self.problems))


# --- reading JSON -----------------------------------------------------------------


class _JsonObject(dict[str, Any]):
    """A decoded JSON object that remembers which of its keys appeared more than once.

    ``json`` silently keeps the last of duplicated keys; in a hand-edited file that
    usually means a copy-paste slip, so the checks below report it with the place
    where it happened.
    """

    #: (key, how many times it appeared) for each key that appeared more than once
    duplicate_keys: tuple[tuple[str, int], ...] = ()


def _object_pairs_hook(pairs: list[tuple[str, Any]]) -> _JsonObject:
    result = _JsonObject(pairs)
    counts = Counter(key for key, _ in pairs)
    duplicates = tuple((key, count) for key, count in counts.items() if count > 1)
    if duplicates:
        result.duplicate_keys = duplicates
    return result


def _refuse_constant(name: str) -> object:
    raise ValueError(_tr("{0} is not allowed in a framework file").format(name))


def _parse_int(digits: str) -> int:
    # Python refuses ints past 4300 digits with advice meant for programmers.
    if len(digits) > _MAX_INT_DIGITS:
        raise ValueError(_tr("a number with {0} digits is far too long").format(len(digits)))
    return int(digits)


def load_framework_text(text: str, source: str = "framework file") -> FrameworkSpec:
    """Parse and check the JSON text of a framework file."""
    # A BOM survives when the caller decoded with "utf-8" instead of "utf-8-sig".
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise FrameworkFileError(source, [_tr("the file is empty")])
    try:
        data = json.loads(
            text,
            object_pairs_hook=_object_pairs_hook,
            parse_constant=_refuse_constant,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as err:
        raise FrameworkFileError(
            source,
            [
                _tr("not valid JSON at line {0}, column {1}: {2}").format(
                    err.lineno, err.colno, err.msg
                )
            ],
        ) from None
    except RecursionError:
        raise FrameworkFileError(source, [_tr("the JSON is nested too deeply")]) from None
    except ValueError as err:  # from _refuse_constant or _parse_int
        raise FrameworkFileError(source, [_tr("not valid JSON: {0}").format(err)]) from None
    return parse_framework(data, source)


def load_framework_file(path: str | os.PathLike[str]) -> FrameworkSpec:
    """Read a framework file as UTF-8 (with or without a byte order mark) and check it."""
    source = os.fspath(path)
    try:
        with open(path, "rb") as stream:
            # Read one byte past the limit rather than trusting a stat() taken earlier.
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        reason = err.strerror or str(err)
        raise FrameworkFileError(
            source, [_tr("the file cannot be read: {0}").format(reason)]
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        limit_mb = MAX_FILE_BYTES // (1024 * 1024)
        raise FrameworkFileError(
            source,
            [_tr("the file is larger than {0} MB, far too large for a framework").format(limit_mb)],
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise FrameworkFileError(
            source,
            [
                _tr("the file is not UTF-8 text (byte 0x{0:02x} at position {1})").format(
                    raw[err.start], err.start
                )
            ],
        ) from None
    return load_framework_text(text, source)


def dump_framework(spec: FrameworkSpec) -> str:
    """Return the file text for ``spec``: indented, readable non-ASCII, final newline."""
    return json.dumps(spec.to_json_dict(), ensure_ascii=False, indent=2) + "\n"


def default_framework_path() -> pathlib.Path:
    """The framework a new programme starts with."""
    return _frameworks_dir() / "default.json"


def bundled_framework_paths() -> list[pathlib.Path]:
    """Every framework shipped with Accelerator, in a stable (alphabetical) order."""
    return sorted(_frameworks_dir().glob("*.json"))


def _frameworks_dir() -> pathlib.Path:
    return pathlib.Path(__file__).resolve().parents[2] / "resources" / "frameworks"


# --- checking -----------------------------------------------------------------------


def parse_framework(data: object, source: str = "framework file") -> FrameworkSpec:
    """Check decoded JSON against the framework format and build the spec.

    Every problem is collected before raising, so one :class:`FrameworkFileError`
    names them all.
    """
    checker = _Checker()
    spec = checker.framework(data)
    checker.sweep_unvisited_duplicates(data)
    if checker.problems or spec is None:
        raise FrameworkFileError(source, checker.problems or [_tr("the file could not be read")])
    return spec


class _Checker:
    """Walks the decoded JSON once, noting problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self._visited: set[int] = set()
        self._format_version: int | None = None
        #: The first text given in several languages, (where, field), for a file of version 1.
        self._first_in_several: tuple[str, str] | None = None
        #: Where a problem of the file's top level is, in the language spoken.
        self._top = _tr("the framework")

    def add(self, where: str, problem: str) -> None:
        self.problems.append(_tr("{0}: {1}").format(where, problem) if where else problem)

    # framework --------------------------------------------------------------------

    def framework(self, data: object) -> FrameworkSpec | None:
        if not isinstance(data, dict):
            self.add(
                "",
                _tr("the file must hold a JSON object {{...}} at the top, not {0}").format(
                    _kind(data)
                ),
            )
            return None
        self._note_duplicates(data, self._top)

        if not self._format(data):
            # A newer format may be laid out differently; judging it by today's rules
            # would bury the one problem that matters under misleading ones.
            return None

        self._unknown_fields(data, _KNOWN_TOP_FIELDS, self._top)
        key = self._key(data, self._top)
        texts: dict[str, dict[str, str]] = {}
        name = self._text(data, "name", self._top, texts, max_length=MAX_NAME_LENGTH)
        version = self._version(data)
        description = self._optional_text(data, "description", self._top, texts)
        licence = self._optional_text(data, "licence", self._top, texts)
        dimensions = self._dimensions(data)
        self._languages_need_version_2()

        if (
            key is None
            or name is None
            or version is None
            or description is None
            or licence is None
            or dimensions is None
        ):
            return None
        return FrameworkSpec(
            key, name, version, description, licence, dimensions, Translations.of(texts)
        )

    def _format(self, data: dict[str, Any]) -> bool:
        """Check the format marker; False when the rest should not be judged."""
        if "format" not in data:
            self.add(
                "",
                _tr(
                    'the "format" field is missing; a framework file starts with "format": "{0}"'
                ).format(FORMAT),
            )
        elif data["format"] != FORMAT:
            self.add(
                "", _tr('"format" must be "{0}", got {1}').format(FORMAT, _show(data["format"]))
            )

        if "format_version" not in data:
            self.add(
                "",
                _tr('the "format_version" field is missing; it should be {0}').format(
                    FORMAT_VERSION
                ),
            )
            return True
        found = data["format_version"]
        if _is_int(found):
            self._format_version = int(found)
        if not _is_int(found):
            self.add(
                "", _tr('"format_version" must be a whole number, got {0}').format(_show(found))
            )
        elif found > FORMAT_VERSION:
            self.add(
                "",
                _tr(
                    "the file was made by a newer version of Accelerator (format version {0}, "
                    "this version reads {1}); update Accelerator to open it"
                ).format(found, FORMAT_VERSION),
            )
            return False
        elif found < ONE_LANGUAGE_FORMAT_VERSION:
            self.add(
                "",
                _tr('"format_version" must be {0} or {1}, got {2}').format(
                    ONE_LANGUAGE_FORMAT_VERSION, FORMAT_VERSION, found
                ),
            )
        return True

    def _languages_need_version_2(self) -> None:
        # An older Accelerator that reads version 1 would call each such text "not text";
        # version 2 makes it say instead that a newer Accelerator wrote the file.
        if self._first_in_several is None or self._format_version != ONE_LANGUAGE_FORMAT_VERSION:
            return
        where, field = self._first_in_several
        self.add(
            "",
            _tr(
                '"format_version" must be {0} for texts in several languages, such as "{1}" of {2}'
            ).format(FORMAT_VERSION, field, where),
        )

    def _version(self, data: dict[str, Any]) -> int | None:
        if "version" not in data:
            self.add(self._top, _missing("version"))
            return None
        version = data["version"]
        if not _is_int(version) or version < 1:
            self.add(
                self._top,
                _tr('"version" must be a whole number of 1 or more, got {0}').format(
                    _show(version)
                ),
            )
            return None
        return int(version)

    # dimensions -------------------------------------------------------------------

    def _dimensions(self, data: dict[str, Any]) -> tuple[DimensionSpec, ...] | None:
        raw = self._field(data, "dimensions", self._top, list, _tr("a list"))
        if raw is None:
            return None
        if not raw:
            self.add(self._top, _tr('"dimensions" is empty; at least one dimension is needed'))
            return None
        if len(raw) > MAX_DIMENSIONS:
            self.add(
                self._top,
                _tr("there are {0} dimensions; at most {1} are allowed").format(
                    len(raw), MAX_DIMENSIONS
                ),
            )

        dimensions: list[DimensionSpec | None] = [
            self._dimension(index, item) for index, item in enumerate(raw, start=1)
        ]
        self._unique_dimension_keys(raw)
        complete = tuple(dimension for dimension in dimensions if dimension is not None)
        return complete if len(complete) == len(dimensions) else None

    def _dimension(self, index: int, item: object) -> DimensionSpec | None:
        where = _dimension_label(index, item)
        if not isinstance(item, dict):
            self.add(where, _not_an_object(item))
            return None
        self._note_duplicates(item, where)
        self._unknown_fields(item, _KNOWN_DIMENSION_FIELDS, where)
        key = self._key(item, where)
        texts: dict[str, dict[str, str]] = {}
        name = self._text(item, "name", where, texts, max_length=MAX_NAME_LENGTH)
        description = self._optional_text(item, "description", where, texts)
        levels = self._levels(item, where)
        if key is None or name is None or description is None or levels is None:
            return None
        return DimensionSpec(key, name, description, levels, Translations.of(texts))

    def _unique_dimension_keys(self, raw: list[Any]) -> None:
        positions: dict[str, list[int]] = {}
        for index, item in enumerate(raw, start=1):
            if isinstance(item, dict) and isinstance(item.get("key"), str):
                positions.setdefault(item["key"].strip(), []).append(index)
        for key, indexes in positions.items():
            if len(indexes) > 1 and key:
                numbers = ", ".join(str(number) for number in indexes[:-1])
                if len(indexes) == 2:
                    problem = _tr(
                        'dimensions {0} and {1} both use the key "{2}"; each dimension needs its '
                        "own key"
                    )
                else:
                    problem = _tr(
                        'dimensions {0} and {1} all use the key "{2}"; each dimension needs its '
                        "own key"
                    )
                self.add(self._top, problem.format(numbers, indexes[-1], _shorten(key)))

    # levels -----------------------------------------------------------------------

    def _levels(self, dimension: dict[str, Any], where: str) -> tuple[LevelSpec, ...] | None:
        raw = self._field(dimension, "levels", where, list, _tr("a list"))
        if raw is None:
            return None
        if not raw:
            self.add(
                where,
                _tr('"levels" is empty; levels {0} to {1} are needed').format(
                    LEVELS[0], LEVELS[-1]
                ),
            )
            return None

        problems_before = len(self.problems)
        found: list[LevelSpec] = []
        seen: Counter[int] = Counter()
        for index, item in enumerate(raw, start=1):
            number, level = self._level(where, index, item)
            if number is not None:
                seen[number] += 1
            if level is not None:
                found.append(level)

        for number in sorted(seen):
            if seen[number] > 1:
                self.add(
                    where,
                    _tr("level {0} appears {1}; it must appear once").format(
                        number, _times(seen[number])
                    ),
                )
        missing = [number for number in LEVELS if number not in seen]
        if len(missing) == 1:
            self.add(where, _tr("level {0} is missing").format(missing[0]))
        elif missing:
            self.add(where, _tr("levels {0} are missing").format(", ".join(map(str, missing))))

        if len(self.problems) > problems_before:
            return None
        return tuple(sorted(found, key=lambda spec: spec.level))

    def _level(
        self, dimension_where: str, index: int, item: object
    ) -> tuple[int | None, LevelSpec | None]:
        """Check one entry of "levels"; return its level number if usable, and the spec."""
        if not isinstance(item, dict):
            self.add(
                _tr("{0}, levels entry {1}").format(dimension_where, index),
                _not_an_object(item),
            )
            return None, None

        # Name the entry by its level where that is sound, else by its position.
        where = _tr("{0}, levels entry {1}").format(dimension_where, index)
        number: int | None = None
        if "level" not in item:
            self.add(where, _missing("level"))
        elif not _is_int(item["level"]):
            self.add(
                where, _tr("level must be a whole number, got {0}").format(_show(item["level"]))
            )
        elif item["level"] not in LEVELS:
            self.add(
                dimension_where,
                _tr("level {0} is outside {1}..{2}").format(
                    _show(item["level"]), LEVELS[0], LEVELS[-1]
                ),
            )
        else:
            number = int(item["level"])
            where = _tr("{0}, level {1}").format(dimension_where, number)

        self._note_duplicates(item, where)
        self._unknown_fields(item, _KNOWN_LEVEL_FIELDS, where)
        texts: dict[str, dict[str, str]] = {}
        title = self._text(item, "title", where, texts, max_length=MAX_TITLE_LENGTH)
        description = self._text(
            item, "description", where, texts, max_length=MAX_LEVEL_DESCRIPTION_LENGTH
        )
        if number is None or title is None or description is None:
            return number, None
        return number, LevelSpec(number, title, description, Translations.of(texts))

    # shared field checks ----------------------------------------------------------

    def _field(
        self, data: dict[str, Any], field: str, where: str, kind: type[T], described: str
    ) -> T | None:
        """``data[field]`` if it is there and a ``kind``; None, with the problem noted,
        if not."""
        if field not in data:
            self.add(where, _missing(field))
            return None
        raw = data[field]
        if not isinstance(raw, kind):
            self.add(where, _tr('"{0}" must be {1}, got {2}').format(field, described, _show(raw)))
            return None
        return raw

    def _key(self, data: dict[str, Any], where: str) -> str | None:
        raw = self._field(data, "key", where, str, _tr("text"))
        if raw is None:
            return None
        key = raw.strip()
        if not key:
            self.add(where, _empty("key"))
            return None
        problem = None
        if len(key) > MAX_KEY_LENGTH:
            problem = _too_long("key", len(key), MAX_KEY_LENGTH)
        elif not _KEY_PATTERN.fullmatch(key):
            problem = _tr(
                '"key" may only use lowercase letters a-z, digits, "-" and "_", got {0}'
            ).format(_show(key))
        if problem:
            self.add(where, problem)
            return None
        return key

    def _text(
        self,
        data: dict[str, Any],
        field: str,
        where: str,
        texts: dict[str, dict[str, str]],
        *,
        max_length: int,
    ) -> str | None:
        """The field's own text; its texts by language, if it has several, go in ``texts``."""
        if isinstance(data.get(field), dict):
            return self._by_language(data[field], field, where, texts, max_length)
        raw = self._field(data, field, where, str, _tr("text"))
        if raw is None:
            return None
        text = raw.strip()
        if not text:
            self.add(where, _empty(field))
            return None
        if not _is_encodable(text):
            self.add(where, _broken(field))
            return None
        if len(text) > max_length:
            self.add(where, _too_long(field, len(text), max_length))
            return None
        return text

    def _optional_text(
        self, data: dict[str, Any], field: str, where: str, texts: dict[str, dict[str, str]]
    ) -> str | None:
        raw = data.get(field, "")
        if isinstance(raw, dict):
            return self._by_language(raw, field, where, texts, None)
        if not isinstance(raw, str):
            self.add(
                where, _tr('"{0}" must be {1}, got {2}').format(field, _tr("text"), _show(raw))
            )
            return None
        if not _is_encodable(raw):
            self.add(where, _broken(field))
            return None
        return raw.strip()

    def _by_language(
        self,
        raw: dict[str, Any],
        field: str,
        where: str,
        texts: dict[str, dict[str, str]],
        max_length: int | None,
    ) -> str | None:
        """Check an object of language code to text; return the first language's text."""
        self._note_duplicates(raw, where)
        if self._first_in_several is None:
            self._first_in_several = (where, field)
        if not raw:
            self.add(where, _tr('"{0}" has no text in any language').format(field))
            return None
        found: dict[str, str] = {}
        for language, value in raw.items():
            problem = None
            if language not in LANGUAGE_CODES:
                problem = _tr(
                    '"{0}" has a text in an unknown language, {1}; name each language by its '
                    'two-letter code, such as "en" or "nb"'
                ).format(field, _show(language))
            elif not isinstance(value, str):
                problem = _tr('"{0}" in "{1}" must be text, got {2}').format(
                    field, language, _show(value)
                )
            elif not value.strip():
                problem = _tr('"{0}" in "{1}" is empty').format(field, language)
            elif not _is_encodable(value):
                problem = _tr(
                    '"{0}" in "{1}" holds a broken character (a lone UTF-16 surrogate)'
                ).format(field, language)
            elif max_length is not None and len(value.strip()) > max_length:
                problem = _tr(
                    '"{0}" in "{1}" is {2} characters long; at most {3} are allowed'
                ).format(field, language, len(value.strip()), max_length)
            if problem:
                self.add(where, problem)
            else:
                found[language] = value.strip()
        if len(found) < len(raw):
            return None
        if len(found) > 1:
            texts[field] = found
        return next(iter(found.values()))

    def _unknown_fields(self, data: dict[str, Any], known: frozenset[str], where: str) -> None:
        # Typo protection: "descripton" would otherwise vanish without a word.
        # Fields starting with "x-" are free for a programme's own notes.
        for field in data:
            if field in known or field.startswith(_EXTENSION_PREFIX):
                continue
            close = difflib.get_close_matches(field, sorted(known), n=1)
            if close:
                problem = _tr('unknown field "{0}" (did you mean "{1}"?)').format(
                    _shorten(field), close[0]
                )
            else:
                allowed = ", ".join(f'"{name}"' for name in sorted(known))
                problem = _tr(
                    'unknown field "{0}" (allowed are {1}, and any name starting with "x-")'
                ).format(_shorten(field), allowed)
            self.add(where, problem)

    # duplicated JSON keys ---------------------------------------------------------

    def _note_duplicates(self, data: dict[str, Any], where: str) -> None:
        self._visited.add(id(data))
        for key, count in getattr(data, "duplicate_keys", ()):
            self.add(
                where,
                _tr('the key "{0}" appears {1}; keep only one').format(
                    _shorten(key), _times(count)
                ),
            )

    def sweep_unvisited_duplicates(self, data: object) -> None:
        """Report duplicated keys in objects the checks above never looked into.

        That is, inside "x-" fields or in values of the wrong type. Iterative,
        because the JSON may be nested nearly as deep as Python's recursion limit.
        """
        stack: list[tuple[object, str]] = [(data, "")]
        while stack:
            value, path = stack.pop()
            if isinstance(value, dict):
                if id(value) not in self._visited:
                    for key, count in getattr(value, "duplicate_keys", ()):
                        if path:
                            problem = _tr('the key "{0}" appears {1} in {2}; keep only one')
                        else:
                            problem = _tr(
                                'the key "{0}" appears {1} at the top of the file; keep only one'
                            )
                        self.add("", problem.format(_shorten(key), _times(count), path))
                for key, child in value.items():
                    stack.append((child, f'{path}["{key}"]' if path else f'"{key}"'))
            elif isinstance(value, list):
                for position, child in enumerate(value):
                    stack.append((child, f"{path}[{position}]"))


def _dimension_label(index: int, item: object) -> str:
    """Name a dimension by position and, where readable, by key: 'dimension 3 ("team")'."""
    if isinstance(item, dict):
        key = item.get("key")
        if isinstance(key, str) and key.strip():
            return _tr('dimension {0} ("{1}")').format(index, _shorten(key.strip()))
    return _tr("dimension {0}").format(index)


def _is_encodable(text: str) -> bool:
    # JSON's "\ud800" escapes decode to lone surrogates, which no file or database
    # column can store as UTF-8.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _times(count: int) -> str:
    """How often a key or a level appears: always more than once."""
    return _tr("twice") if count == 2 else _tr("%n times", n=count)


def _missing(field: str) -> str:
    return _tr('the "{0}" field is missing').format(field)


def _empty(field: str) -> str:
    return _tr('"{0}" is empty').format(field)


def _broken(field: str) -> str:
    return _tr('"{0}" holds a broken character (a lone UTF-16 surrogate)').format(field)


def _too_long(field: str, length: int, limit: int) -> str:
    return _tr('"{0}" is {1} characters long; at most {2} are allowed').format(field, length, limit)


def _not_an_object(item: object) -> str:
    return _tr("must be a JSON object {{...}}, got {0}").format(_show(item))


def _is_int(value: object) -> bool:
    # bool is a subclass of int, but "version": true is a mistake, not version 1.
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return _tr("a number")
    if isinstance(value, str):
        return _tr("text")
    if isinstance(value, list):
        return _tr("a list")
    if isinstance(value, dict):
        return _tr("an object")
    return type(value).__name__


def _show(value: object) -> str:
    """Describe a found value briefly: the value itself if short, else its kind."""
    if isinstance(value, (dict, list)):
        return _kind(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and value.bit_length() > 10_000:
        return _tr("a number with thousands of digits")  # which repr() refuses to write
    return _shorten(repr(value))


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
