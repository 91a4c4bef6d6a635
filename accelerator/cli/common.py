"""What the command modules share."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from accelerator.paths import AppPaths
from accelerator.services import Services

Handler = Callable[[argparse.Namespace, AppPaths, str], int]


def prepare(paths: AppPaths, target: str) -> Services:
    """The services on the database, created or upgraded as needed."""
    from accelerator.services.database import prepare_database

    if target == str(paths.default_database):
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    return Services(prepare_database(target))
