"""The values and expected errors the UI works with, so the UI depends on app alone."""

from yjfield.app.capture import GoalEdit, PlanForEdit
from yjfield.app.child_record import ChildRecordView, VictimWork
from yjfield.app.session import Candidate, ConflictView, ProblemView
from yjfield.domain.codes import Role
from yjfield.store.errors import StoreError, TooManyAttempts, WrongPassphrase
from yjfield.store.rows import CaseloadRecord
from yjfield.sync.engine import SyncProgress, SyncReport
from yjfield.sync.errors import SignInAgain, SyncError
from yjfield.sync.retry import Backoff
from yjfield.sync.status import SyncStatus

#: Errors the practitioner is told about in words; anything else is a bug.
EXPECTED_ERRORS = (StoreError, SyncError)

__all__ = ["EXPECTED_ERRORS", "Backoff", "Candidate", "CaseloadRecord", "ChildRecordView",
           "ConflictView", "GoalEdit", "PlanForEdit", "ProblemView", "Role",
           "SignInAgain", "StoreError", "SyncError",
           "SyncProgress", "SyncReport", "SyncStatus", "TooManyAttempts", "VictimWork",
           "WrongPassphrase"]
