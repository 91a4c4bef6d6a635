"""The window's language setting is remembered for the next start and read by the CLI too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accelerator.paths import resolve_paths
from accelerator.settings import read_settings, save_language, saved_language


def test_a_chosen_language_is_remembered_and_following_the_system_forgets_it(
    tmp_path: Path,
) -> None:
    paths = resolve_paths(tmp_path)
    assert saved_language(paths) is None
    save_language(paths, "nb")
    assert saved_language(paths) == "nb"
    save_language(paths, None)
    assert saved_language(paths) is None
    assert read_settings(paths) == {}


def test_other_settings_in_the_file_are_kept(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    paths.settings_file.write_text(json.dumps({"other": 1}), encoding="utf-8")
    save_language(paths, "en")
    assert read_settings(paths) == {"other": 1, "language": "en"}


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"language": "klingon"}'])
def test_a_damaged_file_or_an_unknown_language_counts_as_no_choice(
    tmp_path: Path, content: str
) -> None:
    paths = resolve_paths(tmp_path)
    paths.settings_file.write_text(content, encoding="utf-8")
    assert saved_language(paths) is None


def test_a_language_without_a_catalogue_is_refused_and_nothing_written(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    with pytest.raises(ValueError):
        save_language(paths, "de")
    assert not paths.settings_file.exists()
