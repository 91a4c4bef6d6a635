"""Root test configuration.

Qt draws offscreen, and before anything can ask platformdirs or QSettings where the
home directory is, HOME and the XDG folders point into a throw-away folder: the
tests never touch the real home directory.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="accelerator-tests-home-"))
os.environ["HOME"] = str(_HOME)
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
os.environ.pop("ACCELERATOR_DB", None)
os.environ.pop("ACCELERATOR_DATA_DIR", None)

from accelerator.db.engine import Database  # noqa: E402
from accelerator.db.open import open_database  # noqa: E402
from accelerator.services import Services  # noqa: E402
from accelerator.services.database import prepare_database  # noqa: E402
from tests.factories import Factory  # noqa: E402


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the default framework, made once and copied per test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = prepare_database(str(path))
    db.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, template_database: Path) -> Path:
    path = tmp_path / "accelerator.db"
    shutil.copyfile(template_database, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def make(services: Services) -> Factory:
    """Small factories: ``make.company(name="Havbris AS")`` and so on."""
    return Factory(services)
