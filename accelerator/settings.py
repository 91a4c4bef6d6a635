"""A person's own settings on this computer, in ``settings.json`` in the config folder.

Kept as a file, not in Qt's settings, because the command line reads them too: a
coordinator who chose bokmål in the window gets bokmål from ``accelerator report`` as well.
A setting nobody made is absent; a damaged or unreadable file counts as no settings at all
(it is a convenience, never a reason not to start).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from accelerator.i18n import LANGUAGES
from accelerator.paths import AppPaths
from accelerator.services.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

LANGUAGE = "language"


def read_settings(paths: AppPaths) -> dict[str, Any]:
    try:
        found = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("settings in %s not read: %s", paths.settings_file, error)
        return {}
    return found if isinstance(found, dict) else {}


def saved_language(paths: AppPaths) -> str | None:
    """The language chosen in the window, or None to follow the system."""
    value = read_settings(paths).get(LANGUAGE)
    return value if value in LANGUAGES else None


def save_language(paths: AppPaths, language: str | None) -> Path:
    """Remembers ``language`` (None: follow the system) for the next start."""
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"no catalogue for {language!r}")
    settings = read_settings(paths)
    if language is None:
        settings.pop(LANGUAGE, None)
    else:
        settings[LANGUAGE] = language
    text = json.dumps(settings, indent=2, ensure_ascii=False) + "\n"
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(paths.settings_file, text.encode("utf-8"))
    return paths.settings_file
