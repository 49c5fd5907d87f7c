"""My caseload in figures, worked out on the laptop from what it holds."""

from datetime import timedelta

from yjfield.app.caseload_figures import CaseloadFigures, caseload_figures
from yjfield.domain.child import Child
from yjfield.domain.codes import Attendance, ContactMode, Speaker
from yjfield.domain.contact import Appointment, Contact, VoiceEntry
from yjfield.domain.flags import RedFlag
from yjfield.domain.plan import Plan
from yjfield.domain.policy import LocalPolicy
from yjfield.store.store import Store


def test_figures_count_what_needs_doing_and_how_the_child_is_heard(store: Store,
                                                                    child: Child) -> None:
    now = store.now()
    heard = store.add_fact(Contact(child_id=child.id, start=now - timedelta(days=3)))
    store.add_fact(VoiceEntry(child_id=child.id, at=heard.start, words="It's going OK",
                              contact_id=heard.id))
    quiet = store.add_fact(Contact(child_id=child.id, start=now - timedelta(days=2),
                                   no_words_reason="Declined"))
    # A parent's words do not count as the child's; a phone call is not face to face.
    store.add_fact(VoiceEntry(child_id=child.id, at=quiet.start, words="He's tired",
                              contact_id=quiet.id, speaker=Speaker.PARENT_CARER))
    store.add_fact(Contact(child_id=child.id, start=now - timedelta(days=1),
                           mode=ContactMode.PHONE))
    # Missed ten days ago, seen since: nothing to follow up for this child.
    store.add_fact(Contact(child_id=child.id, start=now - timedelta(days=10),
                           attendance=Attendance.DID_NOT_ATTEND, present=(),
                           follow_up_due=(now - timedelta(days=9)).date()))
    # Another child missed theirs and has not been seen since.
    other = store.create(Child(given_name="Rook", family_name="Aldwell",
                               date_of_birth=child.date_of_birth))
    store.add_fact(Contact(child_id=other.id, start=now - timedelta(days=5),
                           attendance=Attendance.DID_NOT_ATTEND, present=(),
                           follow_up_due=(now - timedelta(days=4)).date()))
    store.create(Plan(child_id=child.id, status="agreed", version=1, strengths="Drawing",
                      agreed_on=(now - timedelta(days=120)).date(),
                      last_review_on=(now - timedelta(days=100)).date(),
                      next_review_due=(now - timedelta(days=10)).date()))
    store.create(Appointment(child_id=child.id, start=now + timedelta(days=2)))
    store.create(Appointment(child_id=child.id, start=now + timedelta(days=9)))
    store.add_fact(RedFlag(child_id=child.id, at=now, category="missing",
                           description="Out all night"))
    figures = caseload_figures(store, LocalPolicy(), now)
    assert (figures.children, figures.reviews_overdue, figures.follow_ups_overdue,
            figures.concerns_open, figures.appointments_this_week) == (2, 1, 1, 1, 1)
    assert (figures.seen_face_to_face, figures.seen_with_words) == (2, 1)
    assert CaseloadFigures.share(figures.seen_with_words, figures.seen_face_to_face) == 50
    assert (figures.plans_agreed, figures.plans_with_childs_section) == (1, 1)
    assert figures.not_seen_as_expected == 1  # the other child, never seen
    assert CaseloadFigures.share(0, 0) is None
