"""backup, restore: a checked copy of the database now, or a backup put back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accelerator.cli.common import CONTEXT
from accelerator.domain.formatting import format_number
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context, marked, translate
from accelerator.paths import AppPaths, is_url

if TYPE_CHECKING:
    from accelerator.services.safety import SafetyService

_tr = in_context("CLI")

#: Why a backup was made, as ``backup --list`` says it (the backup's name keeps the word).
REASONS = {
    "daily": marked("CLI", "daily"),
    "manual": marked("CLI", "manual"),
    "pre-migration": marked("CLI", "pre-migration"),
    "pre-restore": marked("CLI", "pre-restore"),
}


def register(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help=_tr("make a checked copy of the database in the backups folder")
    )
    backup.add_argument(
        "--list", action="store_true", help=_tr("list the backups (newest first) instead")
    )
    backup.set_defaults(handler=_backup)
    restore = commands.add_parser(
        "restore",
        help=_tr("replace the database with a backup (the current one is kept as a backup)"),
    )
    restore.add_argument("file", metavar="FILE", type=Path, help=_tr("the backup to restore"))
    restore.set_defaults(handler=_restore)


def _service(paths: AppPaths, target: str) -> SafetyService:
    from accelerator.services.safety import SafetyService

    if is_url(target):
        raise AcceleratorError(
            _tr(
                "{0} is a database server: back it up with the server's own tools "
                "(pg_dump), not with Accelerator"
            ).format(target)
        )
    return SafetyService(Path(target), paths.backups_dir)


def _backup(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    service = _service(paths, target)
    if args.list:
        records = service.list_backups()
        if not records:
            print(_tr("No backups of {0} in {1}").format(target, paths.backups_dir))
        for record in records:
            taken = record.taken_at.strftime("%Y-%m-%d %H:%M:%S")
            reason = (
                translate(CONTEXT, REASONS[record.reason])
                if record.reason in REASONS
                else record.reason
            )
            size = format_number(record.size_bytes)
            print(f"{taken}  {reason:<13} {size:>12} B  {record.path}")
        return 0
    if not Path(target).is_file():
        raise AcceleratorError(_tr("there is no database at {0} to back up").format(target))
    record = service.back_up_now()
    print(record.path)
    return 0


def _restore(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    if target == str(paths.default_database):
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    result = _service(paths, target).restore(args.file)
    print(
        _tr("Restored {0} from {1} (schema {2}).").format(
            result.database, result.restored_from, result.schema_version
        )
    )
    if result.previous is not None:
        print(_tr("The database it replaced is kept as {0}").format(result.previous.path))
    if result.moved_aside is not None:
        print(_tr("The damaged database it replaced was moved to {0}").format(result.moved_aside))
    return 0
