"""What the window offers the person signed in, asked of the services' own rules.

A page or menu does not decide by role. It asks ``context.services.permissions.allows``
(the table the services refuse by) and then offers the action, hides it (something this
person never does), or shows it disabled with ``refusal(use_case)`` as its tooltip (where
seeing it helps: the same company, another mentor's).
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from accelerator.i18n import in_context
from accelerator.services.permissions import UseCase

_tr = in_context("Offers")


def refusal(use_case: UseCase) -> str:
    """Why the person is not offered ``use_case``: who may, in one sentence."""
    texts = {
        UseCase.MANAGE_PROGRAMMES: _tr(
            "Only a coordinator can set up and change programmes, their milestone templates "
            "and cohorts."
        ),
        UseCase.MANAGE_COMPANIES: _tr("Only a coordinator can add and change companies."),
        UseCase.MANAGE_ENROLMENTS: _tr(
            "Only a coordinator can enrol companies, change their status and assign mentors."
        ),
        UseCase.UPDATE_MILESTONES: _tr(
            "Only a coordinator or the company's mentor can change its milestones; a viewer "
            "reads them."
        ),
        UseCase.LOG_ASSESSMENTS: _tr(
            "Only a coordinator or the company's mentor can assess it; a viewer reads the "
            "assessments."
        ),
        UseCase.CORRECT_ANY_ASSESSMENT: _tr(
            "Only the mentor who made an assessment, or a coordinator, can correct it."
        ),
        UseCase.MANAGE_FRAMEWORKS: _tr(
            "Only a coordinator can import or change a readiness framework."
        ),
        UseCase.MANAGE_MEMBERS: _tr(
            "Only a coordinator can keep the clusters, their tiers and their members."
        ),
        UseCase.MANAGE_EVENTS: _tr(
            "Only a coordinator can plan events and register people for them."
        ),
        UseCase.CHECK_IN: _tr(
            "Only a coordinator can check people in at the door: the list holds everyone "
            "registered."
        ),
        UseCase.MANAGE_MATCHMAKING: _tr(
            "Only a coordinator can keep needs and offers and book meetings."
        ),
        UseCase.MANAGE_PROJECTS: _tr(
            "Only a coordinator can keep joint projects, their partners and their funding."
        ),
        UseCase.MANAGE_FIGURES: _tr(
            "Only a coordinator can keep member figures and send and collect their forms."
        ),
        UseCase.LOG_MENTOR_SESSIONS: _tr(
            "Only a coordinator or the company's mentor can log mentor sessions with it."
        ),
        UseCase.MANAGE_USERS: _tr("Only a coordinator can add users and change their access."),
        UseCase.READ_AUDIT_TRAIL: _tr("Only a coordinator can read the audit trail."),
        UseCase.IMPORT_COMPANIES: _tr("Only a coordinator can import companies."),
        UseCase.RESTORE_BACKUP: _tr(
            "Only a coordinator can restore a backup: it replaces everyone's data."
        ),
        UseCase.READ_CONFIDENTIAL: _tr("Only a coordinator can read confidential notes."),
        UseCase.LOAD_DEMO: _tr("Only a coordinator can load the demo programme."),
    }
    return texts.get(use_case, _tr("You cannot do this in your role."))


def offer(target: QWidget | QAction, allowed: bool, use_case: UseCase, *, hide: bool) -> None:
    """Offer ``target`` when ``allowed``; otherwise hide it (``hide``: something this
    person never does) or disable it and say why."""
    if allowed:
        return
    target.setEnabled(False)
    if hide:
        target.setVisible(False)
        return
    target.setToolTip(refusal(use_case))
    if isinstance(target, QAction):
        target.setStatusTip(refusal(use_case))
