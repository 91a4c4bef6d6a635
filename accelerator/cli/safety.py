"""backup, restore: a checked copy of the database now, or a backup put back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accelerator.errors import AcceleratorError
from accelerator.paths import AppPaths, is_url

if TYPE_CHECKING:
    from accelerator.services.safety import SafetyService


def register(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help="make a checked copy of the database in the backups folder"
    )
    backup.add_argument(
        "--list", action="store_true", help="list the backups (newest first) instead"
    )
    backup.set_defaults(handler=_backup)
    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup (the current one is kept as a backup)",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    restore.set_defaults(handler=_restore)


def _service(paths: AppPaths, target: str) -> SafetyService:
    from accelerator.services.safety import SafetyService

    if is_url(target):
        raise AcceleratorError(
            f"{target} is a database server: back it up with the server's own tools "
            "(pg_dump), not with Accelerator"
        )
    return SafetyService(Path(target), paths.backups_dir)


def _backup(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    service = _service(paths, target)
    if args.list:
        records = service.list_backups()
        if not records:
            print(f"No backups of {target} in {paths.backups_dir}")
        for record in records:
            taken = record.taken_at.strftime("%Y-%m-%d %H:%M:%S")
            print(f"{taken}  {record.reason:<13} {record.size_bytes:>12,} B  {record.path}")
        return 0
    if not Path(target).is_file():
        raise AcceleratorError(f"there is no database at {target} to back up")
    record = service.back_up_now()
    print(record.path)
    return 0


def _restore(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    if target == str(paths.default_database):
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    result = _service(paths, target).restore(args.file)
    print(
        f"Restored {result.database} from {result.restored_from} (schema {result.schema_version})."
    )
    if result.previous is not None:
        print(f"The database it replaced is kept as {result.previous.path}")
    if result.moved_aside is not None:
        print(f"The damaged database it replaced was moved to {result.moved_aside}")
    return 0
