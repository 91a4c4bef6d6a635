"""Framework files: every broken file is refused with words that point at the mistake.

The people who edit these files are programme coordinators, not developers, so the
tests assert on the wording of the problems as much as on the refusal itself.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import re
import string
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accelerator.domain.framework_file import (
    FORMAT,
    FORMAT_VERSION,
    LEVELS,
    ONE_LANGUAGE_FORMAT_VERSION,
    DimensionSpec,
    FrameworkFileError,
    FrameworkSpec,
    LevelSpec,
    Translations,
    bundled_framework_paths,
    default_framework_path,
    dump_framework,
    load_framework_file,
    load_framework_text,
    parse_framework,
)

CORPUS = Path(__file__).resolve().parents[1] / "data" / "frameworks"
DEFAULT_KEYS = ["customer", "technology", "business_model", "ip", "team", "funding"]
DEFAULT_NAMES = ["Customer", "Technology", "Business model", "IP", "Team", "Funding"]

#: Each broken file of the corpus, with words its refusal must contain.
BROKEN_FILES: list[tuple[str, list[str]]] = [
    ("eight_levels.json", ['dimension 2 ("team")', "level 9 is missing"]),
    ("seven_levels.json", ['dimension 2 ("team")', "8, 9", "missing"]),
    ("level_10.json", ['dimension 2 ("team")', "level 10", "outside 1..9"]),
    ("level_0_and_negative.json", ["level 0 is outside", "level -1 is outside", "1, 2"]),
    ("duplicate_level.json", ["level 3 appears twice", "level 4 is missing"]),
    ("duplicate_dimension_keys.json", ["dimensions 1 and 2", 'key "team"']),
    (
        "duplicate_json_keys.json",
        ['dimension 2 ("team"): the key "name" appears twice', 'key "version" appears twice'],
    ),
    (
        "wrong_types.json",
        [
            "level must be a whole number, got 'three'",
            '"version" must be a whole number',
            "got true",
            '"name" must be text, got 42',
        ],
    ),
    # Python 3.13 words trailing commas differently; line and column are named always.
    ("not_json.json", ["not valid JSON at line ", ", column "]),
    ("empty_file.json", ["empty"]),
    ("not_utf8.json", ["not UTF-8"]),
    ("newer_format.json", ["newer version of Accelerator", "format version 3"]),
    ("missing_dimensions.json", ['"dimensions" field is missing']),
    ("empty_dimensions.json", ['"dimensions" is empty']),
    ("too_many_dimensions.json", ["21 dimensions", "at most 20"]),
    ("unknown_field.json", ['unknown field "descripton"', 'did you mean "description"']),
    ("bad_key.json", ['"key"', "lowercase", "'Test Framework'"]),
    ("wrong_format.json", ['"format" must be "accelerator-framework"', "some-other-tool"]),
    ("top_level_list.json", ["JSON object", "not a list"]),
    ("empty_title.json", ['dimension 2 ("team"), level 5: "title" is empty']),
    ("description_too_long.json", ["level 1", '"description" is 2001 characters']),
]


def _minimal() -> dict[str, Any]:
    """A small valid framework as decoded JSON, for tests that change one thing."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "key": "mini",
        "name": "Mini",
        "version": 1,
        "dimensions": [
            {
                "key": "team",
                "name": "Team",
                "levels": [
                    {"level": n, "title": f"Step {n}", "description": f"Evidence {n}."}
                    for n in LEVELS
                ],
            }
        ],
    }


def _problems(data: object) -> str:
    with pytest.raises(FrameworkFileError) as caught:
        parse_framework(data, "test.json")
    return str(caught.value)


# --- the corpus of broken files ----------------------------------------------------


@pytest.mark.parametrize(("file_name", "expected_words"), BROKEN_FILES)
def test_a_broken_file_is_refused_naming_its_problem(
    file_name: str, expected_words: list[str]
) -> None:
    path = CORPUS / file_name
    with pytest.raises(FrameworkFileError) as caught:
        load_framework_file(path)
    message = str(caught.value)
    assert message.splitlines()[0] == f"{path} is not a valid framework file:"
    for words in expected_words:
        assert words in message
    assert caught.value.problems
    assert all(problem in message for problem in caught.value.problems)


def test_every_broken_file_in_the_corpus_is_covered() -> None:
    """A file added to the corpus without a case in the table above would test nothing."""
    valid = {"bom_utf8.json", "extension_fields.json"}
    covered = {name for name, _ in BROKEN_FILES} | {"several_problems.json"}
    assert {path.name for path in CORPUS.glob("*.json")} == valid | covered


def test_a_file_with_several_problems_names_all_of_them() -> None:
    with pytest.raises(FrameworkFileError) as caught:
        load_framework_file(CORPUS / "several_problems.json")
    message = str(caught.value)
    assert 'unknown field "colour"' in message
    assert '"version" must be a whole number of 1 or more, got 0' in message
    assert 'dimension 1 ("customer"): level 10 is outside 1..9' in message
    assert 'dimension 1 ("customer"): levels 8, 9 are missing' in message
    assert 'dimension 2 ("customer"), level 7: "title" is empty' in message
    assert 'dimensions 1 and 2 both use the key "customer"' in message
    assert len(caught.value.problems) == 6
    assert len(message.splitlines()) == 1 + 6  # the heading, then one line per problem


@pytest.mark.parametrize("file_name", ["bom_utf8.json", "extension_fields.json"])
def test_valid_files_in_the_corpus_load(file_name: str) -> None:
    spec = load_framework_file(CORPUS / file_name)
    assert spec.key == "test-framework"
    assert [dimension.key for dimension in spec.dimensions] == ["customer", "team"]


def test_the_byte_order_mark_really_is_there() -> None:
    assert (CORPUS / "bom_utf8.json").read_bytes().startswith(b"\xef\xbb\xbf")


# --- the frameworks shipped with Accelerator ---------------------------------------


def test_both_bundled_frameworks_load_with_nine_levels_per_dimension() -> None:
    paths = bundled_framework_paths()
    assert {path.name for path in paths} >= {"default.json", "technology-only.json"}
    for path in paths:
        spec = load_framework_file(path)
        for dimension in spec.dimensions:
            assert [level.level for level in dimension.levels] == list(LEVELS), dimension.key


def test_the_default_framework_has_the_six_dimensions_in_order() -> None:
    spec = load_framework_file(default_framework_path())
    assert [dimension.key for dimension in spec.dimensions] == DEFAULT_KEYS
    assert [dimension.name for dimension in spec.dimensions] == DEFAULT_NAMES


def test_the_technology_only_framework_has_a_single_dimension() -> None:
    spec = load_framework_file(default_framework_path().with_name("technology-only.json"))
    assert spec.key == "technology-readiness"
    assert [(dimension.key, dimension.name) for dimension in spec.dimensions] == [
        ("technology", "Technology")
    ]


def test_no_two_level_descriptions_in_the_default_framework_are_identical() -> None:
    spec = load_framework_file(default_framework_path())
    descriptions = Counter(
        level.description for dimension in spec.dimensions for level in dimension.levels
    )
    assert [text for text, count in descriptions.items() if count > 1] == []


#: The fewest and most words of a level's title: a bokmål compound ("Konseptbevis") is
#: one word where English takes two.
TITLE_WORDS = {"en": (2, 5), "nb": (1, 5)}


@pytest.mark.parametrize("path", bundled_framework_paths(), ids=lambda path: path.name)
@pytest.mark.parametrize("language", ["en", "nb"])
def test_bundled_texts_follow_the_writing_rules(path: Path, language: str) -> None:
    """English in plain ASCII; in each language titles of a few words, distinct within a
    dimension, and descriptors that are sentences."""
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    spec = load_framework_file(path)
    fewest, most = TITLE_WORDS[language]
    for dimension in spec.dimensions:
        titles = [level.in_language("title", language) for level in dimension.levels]
        assert len(set(titles)) == len(titles), dimension.key
        for level in dimension.levels:
            title = level.in_language("title", language)
            description = level.in_language("description", language)
            if language == "en":
                assert (title + description).isascii(), (dimension.key, level.level)
            assert fewest <= len(title.split()) <= most, (dimension.key, title)
            assert description.endswith("."), (dimension.key, level.level)


@pytest.mark.parametrize("path", bundled_framework_paths(), ids=lambda path: path.name)
def test_every_bundled_text_is_in_english_and_bokmal(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == FORMAT_VERSION
    items = [data, *data["dimensions"]]
    items += [level for dimension in data["dimensions"] for level in dimension["levels"]]
    for item in items:
        for name in ("name", "title", "description", "licence"):
            if name in item:
                assert list(item[name]) == ["en", "nb"], (item.get("key"), name)


def test_the_default_framework_in_bokmal() -> None:
    spec = load_framework_file(default_framework_path())
    assert spec.in_language("name", "nb") == "Selskapsmodenhet"
    assert [d.in_language("name", "nb") for d in spec.dimensions] == [
        "Kunde",
        "Teknologi",
        "Forretningsmodell",
        "IPR",
        "Team",
        "Finansiering",
    ]
    customer = spec.dimensions[0]
    assert customer.levels[6].in_language("title", "nb") == "Første betalte pilot"
    assert customer.levels[6].in_language("title", "en") == "First paying pilot"


@pytest.mark.parametrize("path", bundled_framework_paths(), ids=lambda path: path.name)
def test_the_bokmal_texts_translate_ours_and_borrow_from_no_other_model(path: Path) -> None:
    """The descriptors are the project's own (the KTH model's texts are copyrighted): each
    bokmål text renders the English text of the same level, which the licence says was
    written for Accelerator. So it is there, is not the English left as it was, keeps
    every figure the English gives, is about as long, and names no outside model."""
    spec = load_framework_file(path)
    assert spec.licence.startswith("Written for Accelerator.")
    assert spec.in_language("licence", "nb").startswith("Skrevet for Accelerator.")
    for dimension in spec.dimensions:
        for level in dimension.levels:
            for name in ("title", "description"):
                english, bokmal = level.in_language(name, "en"), level.in_language(name, "nb")
                where = (dimension.key, level.level, name)
                assert bokmal != english, where
                assert re.findall(r"\d+", bokmal) == re.findall(r"\d+", english), where
                assert not re.search(r"\bKTH\b|\bIRL\b|\bCRL\b|\bBRL\b", bokmal), where
                if name == "description":
                    ratio = len(bokmal.split()) / len(english.split())
                    assert 0.6 <= ratio <= 1.5, (where, ratio)
    descriptions = Counter(
        level.in_language("description", "nb")
        for dimension in spec.dimensions
        for level in dimension.levels
    )
    assert [text for text, count in descriptions.items() if count > 1] == []


@pytest.mark.parametrize("path", bundled_framework_paths(), ids=lambda path: path.name)
def test_a_bundled_framework_round_trips_through_its_json_dict(path: Path) -> None:
    spec = load_framework_file(path)
    assert parse_framework(spec.to_json_dict()) == spec
    assert load_framework_text(dump_framework(spec)) == spec


# --- single rules ------------------------------------------------------------------


def test_texts_are_stripped_of_surrounding_whitespace() -> None:
    data = _minimal()
    data["name"] = "  Mini\n"
    data["dimensions"][0]["key"] = " team "
    data["dimensions"][0]["levels"][0]["title"] = "\tStep 1 "
    spec = parse_framework(data)
    assert spec.name == "Mini"
    assert spec.dimensions[0].key == "team"
    assert spec.dimensions[0].levels[0].title == "Step 1"


def test_optional_texts_default_to_empty() -> None:
    spec = parse_framework(_minimal())
    assert spec.description == ""
    assert spec.licence == ""
    assert spec.dimensions[0].description == ""


def test_levels_given_out_of_order_come_back_sorted() -> None:
    data = _minimal()
    data["dimensions"][0]["levels"].reverse()
    spec = parse_framework(data)
    assert [level.level for level in spec.dimensions[0].levels] == list(LEVELS)


@pytest.mark.parametrize(
    ("version", "words"),
    [
        (True, "got true"),
        (0, "got 0"),
        (-3, "got -3"),
        (1.0, "got 1.0"),
        ("1", "got '1'"),
        (None, "got null"),
    ],
)
def test_version_must_be_a_positive_whole_number(version: object, words: str) -> None:
    data = _minimal()
    data["version"] = version
    assert words in _problems(data)


@pytest.mark.parametrize(
    ("level", "words"),
    [
        ("three", "level must be a whole number, got 'three'"),
        (3.5, "level must be a whole number, got 3.5"),
        (False, "level must be a whole number, got false"),
        (10**40, f"level {10**40} is outside 1..9"),
    ],
)
def test_a_level_number_of_the_wrong_kind_is_named(level: object, words: str) -> None:
    data = _minimal()
    data["dimensions"][0]["levels"][0]["level"] = level
    message = _problems(data)
    assert words in message
    assert "level 1 is missing" in message


@pytest.mark.parametrize(
    "key", ["", "   ", "Team", "team!", "te am", "t" * 65, "lag\u00e5", 7, None]
)
def test_a_bad_dimension_key_is_refused(key: object) -> None:
    data = _minimal()
    data["dimensions"][0]["key"] = key
    assert "dimension 1" in _problems(data)


def test_a_key_of_64_characters_is_allowed() -> None:
    data = _minimal()
    data["key"] = "a" * 64
    assert parse_framework(data).key == "a" * 64


def test_limits_on_text_length() -> None:
    data = _minimal()
    data["name"] = "n" * 201
    data["dimensions"][0]["levels"][0]["title"] = "t" * 121
    message = _problems(data)
    assert '"name" is 201 characters long; at most 200' in message
    assert '"title" is 121 characters long; at most 120' in message


def test_unknown_fields_are_refused_at_every_level_but_x_fields_are_free() -> None:
    data = _minimal()
    data["x-note"] = "kept out of the spec"
    data["dimensions"][0]["nmae"] = "Team"
    data["dimensions"][0]["levels"][0]["comment"] = "hello"
    message = _problems(data)
    assert 'dimension 1 ("team"): unknown field "nmae" (did you mean "name"?)' in message
    assert 'dimension 1 ("team"), level 1: unknown field "comment"' in message
    assert "x-note" not in message


def test_every_field_missing_from_a_level_is_named() -> None:
    data = _minimal()
    data["dimensions"][0]["levels"][1] = {}
    message = _problems(data)
    assert 'levels entry 2: the "level" field is missing' in message
    assert 'levels entry 2: the "title" field is missing' in message
    assert 'levels entry 2: the "description" field is missing' in message
    assert "level 2 is missing" in message


def test_levels_that_are_not_objects_are_named_by_position() -> None:
    data = _minimal()
    data["dimensions"][0]["levels"][8] = "nine"
    assert 'dimension 1 ("team"), levels entry 9: must be a JSON object' in _problems(data)


def test_a_dimension_with_no_levels_says_which_are_needed() -> None:
    data = _minimal()
    data["dimensions"][0]["levels"] = []
    assert '"levels" is empty; levels 1 to 9 are needed' in _problems(data)


def test_a_top_level_that_is_not_an_object_is_refused() -> None:
    assert "not text" in _problems("just a string")


def test_an_older_or_missing_format_version_is_refused() -> None:
    data = _minimal()
    data["format_version"] = 0
    assert '"format_version" must be 1 or 2, got 0' in _problems(data)
    del data["format_version"]
    assert '"format_version" field is missing' in _problems(data)


def test_a_newer_format_is_not_judged_by_todays_rules() -> None:
    """Unknown fields of a newer layout would only hide the one problem that matters."""
    data = _minimal()
    data["format_version"] = FORMAT_VERSION + 1
    data["levels_per_dimension"] = 7
    with pytest.raises(FrameworkFileError) as caught:
        parse_framework(data)
    assert len(caught.value.problems) == 1
    assert "newer version of Accelerator" in caught.value.problems[0]


def test_a_lone_surrogate_is_refused() -> None:
    """JSON can spell one, but no UTF-8 file or database column can hold it."""
    data = _minimal()
    data["dimensions"][0]["levels"][0]["description"] = "broken \ud800 text"
    assert "broken character" in _problems(data)


# --- texts in several languages ---------------------------------------------------


def _in_two_languages() -> dict[str, Any]:
    """``_minimal()`` with its name and level 1 in English and bokmål (format version 2)."""
    data = _minimal()
    data["name"] = {"en": "Mini", "nb": "Mini på norsk"}
    level = data["dimensions"][0]["levels"][0]
    level["title"] = {"en": "Step 1", "nb": "Steg 1"}
    level["description"] = {"en": "Evidence 1.", "nb": "Bevis 1."}
    return data


def test_a_text_in_several_languages_shows_each_and_its_own_elsewhere() -> None:
    spec = parse_framework(_in_two_languages())
    level = spec.dimensions[0].levels[0]
    assert (spec.name, level.title, level.description) == ("Mini", "Step 1", "Evidence 1.")
    assert [level.in_language("title", language) for language in ("en", "nb", "sv")] == [
        "Step 1",
        "Steg 1",
        "Step 1",  # a language the text lacks: its own, the first
    ]
    assert spec.in_language("name", "nb") == "Mini på norsk"
    assert spec.languages() == ("en", "nb")


def test_the_first_language_of_a_text_is_its_own() -> None:
    data = _minimal()
    data["name"] = {"nb": "Mini på norsk", "en": "Mini"}
    spec = parse_framework(data)
    assert (spec.name, spec.in_language("name", "en"), spec.in_language("name", "sv")) == (
        "Mini på norsk",
        "Mini",
        "Mini på norsk",
    )


def test_a_framework_in_one_language_shows_it_in_every_language() -> None:
    spec = parse_framework(_minimal())
    level = spec.dimensions[0].levels[0]
    assert spec.languages() == ()
    for language in ("en", "nb"):
        assert (spec.in_language("name", language), level.in_language("title", language)) == (
            "Mini",
            "Step 1",
        )


def test_a_text_in_one_language_of_an_object_is_a_plain_text() -> None:
    """{"en": "Mini"} says no more than "Mini": it is shown in every language."""
    data = _minimal()
    data["name"] = {"en": "Mini"}
    spec = parse_framework(data)
    assert spec == parse_framework(_minimal())
    assert spec.to_json_dict()["name"] == "Mini"


def test_a_file_in_two_languages_round_trips_as_version_2() -> None:
    spec = parse_framework(_in_two_languages())
    text = dump_framework(spec)
    written = json.loads(text)
    assert written["format_version"] == FORMAT_VERSION == 2
    assert written["name"] == {"en": "Mini", "nb": "Mini på norsk"}
    assert written["dimensions"][0]["name"] == "Team"  # one language: a plain text still
    assert written["dimensions"][0]["levels"][0]["title"] == {"en": "Step 1", "nb": "Steg 1"}
    assert load_framework_text(text) == spec


def test_a_file_in_one_language_is_written_as_version_1_that_older_copies_read() -> None:
    data = _minimal()
    data["format_version"] = ONE_LANGUAGE_FORMAT_VERSION
    spec = parse_framework(data)
    written = json.loads(dump_framework(spec))
    assert written["format_version"] == ONE_LANGUAGE_FORMAT_VERSION == 1
    assert written["name"] == "Mini"
    assert load_framework_text(dump_framework(spec)) == spec
    # A file of version 2 with plain texts only is the same framework.
    data["format_version"] = FORMAT_VERSION
    assert parse_framework(data) == spec


def test_a_framework_without_its_translations_is_in_one_language() -> None:
    spec = parse_framework(_in_two_languages())
    one = spec.in_one_language()
    assert one.languages() == ()
    assert one.dimensions[0].levels[0].in_language("title", "nb") == "Step 1"
    assert json.loads(dump_framework(one))["format_version"] == 1


def test_a_replaced_own_text_is_shown_in_its_language() -> None:
    """The own text lives in the attribute only, so a change to it cannot be outvoted by
    an old copy of it among the translations."""
    spec = parse_framework(_in_two_languages())
    renamed = dataclasses.replace(spec, name="Maxi")
    assert (renamed.in_language("name", "en"), renamed.in_language("name", "nb")) == (
        "Maxi",
        "Mini på norsk",
    )
    assert renamed.to_json_dict()["name"] == {"en": "Maxi", "nb": "Mini på norsk"}


def test_texts_in_several_languages_need_format_version_2() -> None:
    """An older Accelerator would call each such text "not text"; version 2 makes it say
    that a newer one wrote the file."""
    data = _in_two_languages()
    data["format_version"] = 1
    with pytest.raises(FrameworkFileError) as caught:
        parse_framework(data)
    assert caught.value.problems == (
        '"format_version" must be 2 for texts in several languages, such as "name" of the '
        "framework",
    )


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ({}, 'level 1: "title" has no text in any language'),
        (
            {"en": "Step 1", "xx": "Schritt 1"},
            "level 1: \"title\" has a text in an unknown language, 'xx'; name each language "
            'by its two-letter code, such as "en" or "nb"',
        ),
        ({"en": "Step 1", "NB": "Steg 1"}, "unknown language, 'NB'"),
        ({"en": "Step 1", "no": "Steg 1"}, "unknown language, 'no'"),
        ({"en": "Step 1", "nb_NO": "Steg 1"}, "unknown language, 'nb_NO'"),
        ({"en": "Step 1", "nb": "  "}, 'level 1: "title" in "nb" is empty'),
        ({"en": "Step 1", "nb": 7}, 'level 1: "title" in "nb" must be text, got 7'),
        ({"en": "Step 1", "nb": None}, '"title" in "nb" must be text, got null'),
        ({"en": "Step 1", "nb": "S" * 121}, '"title" in "nb" is 121 characters long; at most 120'),
        ({"en": "Step \ud800", "nb": "Steg 1"}, '"title" in "en" holds a broken character'),
        ([], '"title" must be text, got a list'),
    ],
)
def test_a_bad_text_in_several_languages_is_named(title: object, words: str) -> None:
    data = _minimal()
    data["dimensions"][0]["levels"][0]["title"] = title
    assert words in _problems(data)


def test_every_bad_language_of_a_text_is_named_at_once() -> None:
    data = _minimal()
    data["dimensions"][0]["description"] = {"en": "", "nb": 3, "zz": "?"}
    problems = _problems(data)
    for words in (
        '"description" in "en" is empty',
        '"description" in "nb" must be text',
        "unknown language, 'zz'",
    ):
        assert words in problems


def test_an_optional_text_may_be_given_in_several_languages() -> None:
    data = _minimal()
    data["description"] = {"en": "Small.", "nb": "Liten."}
    data["licence"] = {"en": "Ours.", "nb": "Vår."}
    spec = parse_framework(data)
    assert (spec.description, spec.in_language("licence", "nb")) == ("Small.", "Vår.")


def test_a_language_given_twice_in_a_text_is_named() -> None:
    text = json.dumps(_minimal()).replace(
        '"title": "Step 1"', '"title": {"en": "Step 1", "nb": "Steg 1", "nb": "Steg en"}'
    )
    with pytest.raises(FrameworkFileError) as caught:
        load_framework_text(text)
    assert 'level 1: the key "nb" appears twice' in str(caught.value)


# --- reading text and files --------------------------------------------------------


def test_duplicate_json_keys_are_named_where_they_are() -> None:
    text = json.dumps(_minimal()).replace('"title": "Step 4"', '"title": "Step 4", "title": "Four"')
    with pytest.raises(FrameworkFileError) as caught:
        load_framework_text(text)
    assert caught.value.problems == (
        'dimension 1 ("team"), level 4: the key "title" appears twice; keep only one',
    )


def test_duplicate_json_keys_inside_x_fields_are_found_too() -> None:
    text = json.dumps(_minimal())[:-1] + ', "x-notes": {"a": 1, "a": 2, "a": 3}}'
    with pytest.raises(FrameworkFileError) as caught:
        load_framework_text(text)
    assert 'the key "a" appears 3 times in "x-notes"' in str(caught.value)


def test_invalid_json_names_line_and_column() -> None:
    with pytest.raises(FrameworkFileError) as caught:
        load_framework_text('{\n  "key": "mini"\n  "name": "Mini"\n}', "hand.json")
    assert caught.value.problems == ("not valid JSON at line 3, column 3: Expecting ',' delimiter",)
    assert str(caught.value).startswith("hand.json is not a valid framework file:\n")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"version": NaN}', "NaN is not allowed"),
        ('{"version": -Infinity}', "-Infinity is not allowed"),
        ('{"version": 1' + "0" * 5000 + "}", "a number with 5001 digits is far too long"),
        ("[" * 200_000 + "]" * 200_000, "nested too deeply"),
    ],
    ids=["nan", "infinity", "huge-integer", "deep-nesting"],
)
def test_json_that_python_reads_only_reluctantly_is_refused(text: str, words: str) -> None:
    with pytest.raises(FrameworkFileError) as caught:
        load_framework_text(text)
    assert len(caught.value.problems) == 1
    assert words in caught.value.problems[0]


def test_text_with_a_byte_order_mark_is_read() -> None:
    text = "\ufeff" + json.dumps(_minimal())
    assert load_framework_text(text).key == "mini"


def test_a_missing_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(FrameworkFileError) as caught:
        load_framework_file(tmp_path / "nowhere.json")
    assert "cannot be read: No such file or directory" in str(caught.value)


def test_a_directory_is_refused_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(FrameworkFileError) as caught:
        load_framework_file(tmp_path)
    assert "cannot be read" in str(caught.value)


def test_a_file_over_5_mb_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    text = json.dumps(_minimal())
    path.write_text(text[:-1] + ', "x-padding": "' + "p" * (5 * 1024 * 1024) + '"}')
    with pytest.raises(FrameworkFileError) as caught:
        load_framework_file(path)
    assert "larger than 5 MB" in str(caught.value)


def test_a_file_just_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "padded.json"
    start = json.dumps(_minimal())[:-1] + ', "x-padding": "'
    path.write_text(start + "p" * (5 * 1024 * 1024 - len(start) - 2) + '"}')
    assert path.stat().st_size == 5 * 1024 * 1024
    assert load_framework_file(path).key == "mini"


def test_the_error_survives_pickling() -> None:
    error = FrameworkFileError("a.json", ["one", "two"])
    copied = pickle.loads(pickle.dumps(error))
    assert copied.problems == ("one", "two")
    assert str(copied) == str(error) == "a.json is not a valid framework file:\n  - one\n  - two"


def test_dump_framework_writes_readable_unicode_and_a_final_newline() -> None:
    data = _minimal()
    data["name"] = "F\u00e6rdigheder \U0001f680"
    text = dump_framework(parse_framework(data))
    assert "F\u00e6rdigheder \U0001f680" in text
    assert text.endswith("}\n")
    assert json.loads(text)["format"] == FORMAT


def test_to_json_dict_sorts_levels_of_a_hand_built_spec() -> None:
    levels = tuple(LevelSpec(n, f"Step {n}", f"Evidence {n}.") for n in reversed(LEVELS))
    spec = FrameworkSpec("k", "K", 1, "", "", (DimensionSpec("d", "D", "", levels),))
    dumped = spec.to_json_dict()
    dimensions: Any = dumped["dimensions"]
    assert [level["level"] for level in dimensions[0]["levels"]] == list(LEVELS)


# --- Unicode round trip ------------------------------------------------------------

_EXTRA_CHARACTERS = (
    "\u00e6\u00f8\u00e5\u00c6\u00d8\u00c5\u00e4\u00f6\u00fc\U0001f680\U0001f469\u200d\U0001f52c"
)
_characters = st.one_of(st.characters(codec="utf-8"), st.sampled_from(_EXTRA_CHARACTERS))


def _text(max_size: int, *, allow_empty: bool = False) -> st.SearchStrategy[str]:
    texts = st.text(_characters, max_size=max_size).map(str.strip)
    return texts if allow_empty else texts.filter(bool)


_keys = st.text(string.ascii_lowercase + string.digits + "-_", min_size=1, max_size=64)


_languages = st.lists(st.sampled_from(["en", "nb", "sv", "se", "fi"]), max_size=3, unique=True)


@st.composite
def _translations(draw: st.DrawFn, own: dict[str, str], max_size: int) -> Translations:
    """Texts beside the item's own ones (``own``) in a few drawn languages, for some fields;
    an empty own text (an optional field left out) has none."""
    texts: dict[str, dict[str, str]] = {}
    for name, text in own.items():
        languages = draw(_languages)
        if text and len(languages) > 1:
            texts[name] = {languages[0]: text}
            texts[name].update((code, draw(_text(max_size))) for code in languages[1:])
    return Translations.of(texts)


@st.composite
def _levels(draw: st.DrawFn, number: int) -> LevelSpec:
    title, description = draw(_text(120)), draw(_text(300))
    texts = draw(_translations({"title": title, "description": description}, 120))
    return LevelSpec(number, title, description, texts)


@st.composite
def _dimensions(draw: st.DrawFn, key: str) -> DimensionSpec:
    levels = tuple(draw(_levels(number)) for number in LEVELS)
    name, description = draw(_text(200)), draw(_text(200, allow_empty=True))
    texts = draw(_translations({"name": name, "description": description}, 200))
    return DimensionSpec(key, name, description, levels, texts)


@st.composite
def _frameworks(draw: st.DrawFn) -> FrameworkSpec:
    keys = draw(st.lists(_keys, min_size=1, max_size=3, unique=True))
    name = draw(_text(200))
    description = draw(_text(300, allow_empty=True))
    licence = draw(_text(100, allow_empty=True))
    own = {"name": name, "description": description, "licence": licence}
    return FrameworkSpec(
        key=draw(_keys),
        name=name,
        version=draw(st.integers(min_value=1, max_value=10**6)),
        description=description,
        licence=licence,
        dimensions=tuple(draw(_dimensions(key)) for key in keys),
        texts=draw(_translations(own, 200)),
    )


@settings(database=None, max_examples=60, deadline=None)
@given(_frameworks())
def test_unicode_texts_round_trip_through_the_file_format(spec: FrameworkSpec) -> None:
    """In one language or several, each text in each language comes back as it was."""
    text = dump_framework(spec)
    assert json.loads(text)["format_version"] == (2 if spec.languages() else 1)
    assert load_framework_text(text) == spec
    assert parse_framework(copy.deepcopy(spec.to_json_dict())) == spec
