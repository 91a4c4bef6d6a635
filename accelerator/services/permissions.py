"""The window's question before it offers something: may the signed-in person do it?

It answers from the table the services refuse by (``accelerator.services.use_cases``). A
mentor does some things only for the companies assigned to them; ``allows(...,
enrolment_id=...)`` answers that too, with the query the services use.
"""

from __future__ import annotations

import logging

from accelerator.domain.enums import Role
from accelerator.errors import AcceleratorError
from accelerator.services.base import Service
from accelerator.services.use_cases import ASSIGNED_ONLY, RULES, UseCase, role_allows

log = logging.getLogger(__name__)

__all__ = ["RULES", "PermissionService", "UseCase", "role_allows"]


class PermissionService(Service):
    """What the acting person may do, asked before offering it."""

    def allows(self, use_case: UseCase, *, enrolment_id: int | None = None) -> bool:
        """Whether the actor may ``use_case``; with ``enrolment_id``, for that company in
        that cohort (a mentor: only if assigned to it)."""
        if not role_allows(self.actor.role, use_case):
            return False
        if enrolment_id is None or use_case not in ASSIGNED_ONLY:
            return True
        if self.actor.role is not Role.MENTOR:
            return True
        try:
            with self._read() as s:
                return self._is_assigned(s, enrolment_id)
        except AcceleratorError as error:  # deactivated meanwhile: nothing is allowed any more
            log.info("allows(%s) for %s: %s", use_case, self.actor.username, error)
            return False
