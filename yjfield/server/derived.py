"""Records the server derives from others, so that what happened is counted where it
matters: a child credited at a reparation session was seen face to face there.

A reparation supervisor's laptop records attendance and never holds contacts or voice
entries; the server adds, for each child credited, an attended face-to-face contact at
the reparation site (so "last seen" and voice coverage count reparation), and turns a
non-empty reflection into a voice entry linked to it. Their ids come from the
attendance's, so a retried push never derives twice; a correction of the attendance
derives a correction of the contact.
"""

import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any

from yjfield.domain.codes import Attendance, ContactMode, ContactSetting, PresentRole, Speaker
from yjfield.domain.contact import Contact, VoiceEntry
from yjfield.domain.reparation import ReparationAttendance, ReparationSession

_NAMESPACE = uuid.UUID("6b1f3f52-0f6c-4d1e-9a55-3d6a3c1e7a10")


def derived_id(record_id: str, what: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{record_id}:{what}"))


def from_attendance(attendance: ReparationAttendance, session: ReparationSession | None,
                    ) -> list[Contact | VoiceEntry]:
    """The contact (and voice entry) a credited attendance stands for."""
    start_time = session.start if session is not None else time(12)
    start = datetime.combine(attendance.on, start_time, UTC)
    seen = attendance.minutes > 0
    corrects = (derived_id(attendance.corrects, "contact")
                if attendance.corrects is not None else None)
    author: dict[str, Any] = {"recorded_by": attendance.recorded_by,
                              "device_id": attendance.device_id,
                              "recorded_at": attendance.recorded_at}
    contact = Contact(
        id=derived_id(attendance.id, "contact"), child_id=attendance.child_id, start=start,
        end=start + timedelta(minutes=attendance.minutes) if seen else None,
        mode=ContactMode.FACE_TO_FACE, setting=ContactSetting.REPARATION_SITE,
        attendance=Attendance.ATTENDED if seen else Attendance.DID_NOT_ATTEND,
        present=(PresentRole.CHILD,) if seen else (),
        # Credited hours are the order's own record; this contact only says they were seen.
        counts_toward_order=False,
        narrative=f"Reparation session: {attendance.minutes} minutes credited.",
        no_words_reason=None if attendance.reflection.strip() or not seen
        else "Reparation session (no reflection recorded)",
        corrects=corrects,
        correction_reason=attendance.correction_reason if corrects else None, **author)
    made: list[Contact | VoiceEntry] = [contact]
    if seen and attendance.reflection.strip():
        made.append(VoiceEntry(
            id=derived_id(attendance.id, "voice"), child_id=attendance.child_id, at=start,
            words=attendance.reflection, topic="reparation", contact_id=contact.id,
            speaker=Speaker.CHILD, **author))
    return made
