"""An invented youth justice service with months of realistic, entirely fictional history.

Every name is made up from two short lists; no record describes a real person.
The generator is deterministic for a seed, so tests and benchmarks repeat.
"""

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from yjfield.domain.base import Fact, Mutable
from yjfield.domain.child import Child, KeyContact, Programme
from yjfield.domain.codes import (
    Attendance,
    ComplianceKind,
    Concern,
    ContactMode,
    ContactSetting,
    FlagCategory,
    FlagOutcome,
    FlagStage,
    GoalArea,
    GoalStatus,
    LanguagePreference,
    LegalStatus,
    PresentRole,
    ProgrammeType,
    ReparationKind,
    ReparationSource,
    Role,
    Severity,
    VoiceCapture,
)
from yjfield.domain.compliance import ComplianceEvent
from yjfield.domain.compliance_rules import decision_choices, warning_letter
from yjfield.domain.contact import Appointment, CaseEntry, Contact, VoiceEntry, follow_up_due
from yjfield.domain.dates import add_months
from yjfield.domain.demo_words import (
    COMMUNICATION,
    CONCERNS,
    DEMO_PROGRAMMES,
    DEMO_SOURCES,
    ETHNICITIES,
    NO_WORDS,
    NOT_ASKED_YET,
    REFLECTIONS,
    TASKS,
    Notes,
    settings_for,
)
from yjfield.domain.flags import FlagEvent, RedFlag
from yjfield.domain.ids import new_id
from yjfield.domain.plan import Plan, PlanGoal, Review, agree_plan
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.programme_rules import SOURCE_FITS, default_deadline
from yjfield.domain.reparation import (
    ReparationAttendance,
    ReparationProject,
    ReparationRequirement,
    ReparationSession,
)
from yjfield.domain.victim import (
    RestorativeJustice,
    RestorativeProcess,
    Victim,
    VictimContact,
    VictimType,
)

GIVEN = ("Ari", "Bex", "Cai", "Dara", "Eden", "Fin", "Gwen", "Harley", "Ioan", "Jory", "Kit",
         "Lowri", "Marlo", "Nia", "Oakley", "Perrin", "Quin", "Rhys", "Sami", "Tegan", "Umar",
         "Vida", "Wren", "Xan", "Yas", "Zeph", "Alfie", "Bryn", "Cerys", "Dylan", "Elis", "Ffion")
FAMILY = ("Ashgrove", "Brackwell", "Carrowby", "Dunmere", "Elsworth", "Fenwright", "Gallowfield",
          "Harrowgate", "Ivelsby", "Jessop-Vale", "Kettleby", "Larkhollow", "Marrowdene",
          "Nettlecombe", "Oakhurst", "Penhallow", "Quarrendon", "Rookwood", "Saltmarsh",
          "Thornaby", "Underhill", "Vennington", "Wickersley", "Yarwell")
NOTES = (
    "We met at the youth club and talked about how college is going. {n} said the bus is "
    "the hardest part of the day.",
    "Home visit. {n} was in good spirits and showed me the bike they have been fixing.",
    "Talked through the plan goals together. {n} wants to focus on getting to training on time.",
    "{n} was quieter than usual today; we agreed to check in again on Thursday.",
    "Worked on the victim awareness session. {n} wrote a short piece about how others felt.",
    "Went over the timetable for reparation at the community garden with {n} and their carer.",
    "Football session at the leisure centre, then a chat about staying safe at weekends.",
)
VOICE = (
    "I like it when people actually listen to me.",
    "College is alright but the bus is a nightmare.",
    "I want to get my CSCS card and work on building sites.",
    "The garden project is better than I thought it would be.",
    "Mum says I'm doing better and I think she's right.",
    "I don't want to go back to how things were.",
    "Can we meet at the library next time instead?",
)
VICTIMS = (("Demotown Corner Stores Ltd", VictimType.BUSINESS),
           ("Harrowgate Bowls Club", VictimType.COMMUNITY),
           ("Morwen Pellowby", VictimType.PERSON), ("Idris Vantmoor", VictimType.PERSON),
           ("Riverside Launderette", VictimType.BUSINESS), ("Bethan Quillford", VictimType.PERSON))
VICTIM_CONTACTS = (
    "Explained the order and what the young person is doing; would like to hear how it goes.",
    "Asked whether a letter of apology would help; thinking about it.",
    "Agreed to a meeting with the young person and a facilitator next month.",
)
NICKNAMES = ("Jay", "Bo", "Kez", "Mo", "Tee", "Frankie", "Robbie")
PROJECTS = (("Community garden", "Greenfields Trust", ReparationKind.INDIRECT),
            ("Food bank", "Northside Pantry", ReparationKind.INDIRECT),
            ("Bike workshop", "Pedal Forward", ReparationKind.INDIRECT),
            ("Letter of apology", None, ReparationKind.DIRECT))


@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    role: Role
    password: str
    user_id: str = field(default_factory=new_id)


@dataclass
class DemoService:
    """The whole invented service: users, children, who is assigned to whom, and records."""

    name: str
    service_id: str
    users: list[DemoUser]
    children: list[Child]
    assignments: dict[str, set[str]]  # username -> child ids
    records: list[Fact | Mutable]
    policy: LocalPolicy

    def user(self, role: Role) -> DemoUser:
        return next(u for u in self.users if u.role == role)


def demo_users() -> list[DemoUser]:
    return [
        DemoUser("demo.youthworker", "Sam Youthworker (demo)", Role.YOUTH_WORKER, "demo-yw-pass"),
        DemoUser("demo.supervisor", "Alex Supervisor (demo)", Role.REPARATION_SUPERVISOR,
                 "demo-rs-pass"),
        DemoUser("demo.casemanager", "Jo Casemanager (demo)", Role.CASE_MANAGER, "demo-cm-pass"),
        DemoUser("demo.victimworker", "Lee Victimworker (demo)", Role.VICTIM_WORKER,
                 "demo-vw-pass"),
        DemoUser("demo.manager", "Kim Manager (demo)", Role.SERVICE_MANAGER, "demo-sm-pass"),
    ]


class _Builder:
    def __init__(self, rng: random.Random, today: date, policy: LocalPolicy,
                 manager: str) -> None:
        self.rng = rng
        self.today = today
        self.policy = policy
        self.manager = manager  # who acknowledges and closes concerns in the demo
        self.records: list[Fact | Mutable] = []
        self.programmes: dict[str, Programme] = {}

    def at(self, day: date, hour: int) -> datetime:
        return datetime.combine(day, time(hour, self.rng.choice((0, 15, 30, 45))), UTC)

    def child(self, index: int) -> Child:
        rng = self.rng
        given, family = GIVEN[index % len(GIVEN)], FAMILY[(index * 7 + 3) % len(FAMILY)]
        age_days = rng.randint(12 * 365, 17 * 365 + 300)
        if index == 0:
            age_days = 17 * 365 + 183  # 17 and a half: moving on to adult services soon
        welsh = rng.random() < 0.15
        looked_after = rng.random() < 0.12
        return Child(
            ethnicity=rng.choice(ETHNICITIES) if rng.random() < 0.5 else None,
            communication_needs=rng.choice(COMMUNICATION) if rng.random() < 0.25 else None,
            legal_statuses=(LegalStatus.LOOKED_AFTER,) if looked_after else (),
            legal_status_since=({LegalStatus.LOOKED_AFTER: self.today - timedelta(
                days=rng.randint(60, 900))} if looked_after else {}),
            given_name=given, family_name=family,
            preferred_name=rng.choice(NICKNAMES) if rng.random() < 0.2 else None,
            date_of_birth=self.today - timedelta(days=age_days),
            gender=rng.choice(("Girl", "Boy", "Boy", "Girl", "Non-binary")),
            language=LanguagePreference.WELSH if welsh else LanguagePreference.ENGLISH,
            language_asked_on=self.today - timedelta(days=rng.randint(10, 200)),
            send_aln=rng.random() < 0.3,
            ete_provider=rng.choice(("Riverside Academy", "Hillcrest College",
                                     "Valley Training Centre", None)),
            address=f"{rng.randint(1, 99)} Example Road, Demotown",
            key_contacts=(KeyContact(name=f"{rng.choice(GIVEN)} {family}",
                                     relationship=rng.choice(("Mum", "Dad", "Carer", "Nan"))),),
            concerns=tuple(rng.sample(list(Concern), rng.randint(0, 2))),
        )

    def programme(self, child: Child, months: int) -> Programme:
        """A programme that fits the child, with the dates its type has in law."""
        rng = self.rng
        kind = rng.choice(DEMO_PROGRAMMES)
        start = self.today - timedelta(days=30 * months)
        fields: dict[str, object] = {}
        if kind == ProgrammeType.YOUTH_CONDITIONAL_CAUTION:
            start = self.today - timedelta(days=min(30 * months, 50))
            fields["end"] = start + timedelta(weeks=10)
        elif kind == ProgrammeType.REFERRAL_ORDER:
            fields["end"] = add_months(start, rng.randint(max(3, months + 1), 12))
            fields["conviction_date"] = start - timedelta(days=rng.randint(7, 28))
        elif kind == ProgrammeType.YOUTH_REHABILITATION_ORDER:
            fields["end"] = add_months(start, 12)
            fields["conviction_date"] = start - timedelta(days=rng.randint(7, 28))
        elif kind == ProgrammeType.TURNAROUND:
            fields["eligibility_event_on"] = start - timedelta(days=rng.randint(10, 60))
        return Programme(child_id=child.id, programme_type=kind, start=start, **fields)

    def history(self, child: Child, months: int, extra_entries: int,
                projects: list[ReparationProject]) -> None:
        rng, add = self.rng, self.records.append
        programme = self.programme(child, months)
        self.programmes[child.id] = programme
        start = programme.start
        add(programme)
        plan = Plan(child_id=child.id, strengths="I'm good at football and fixing bikes",
                    help_needed="Getting up for college", who_helps="Mum and my worker")
        goals = [PlanGoal(child_id=child.id, plan_id=plan.id, area=area, description=text,
                          owner="Child and worker",
                          status=rng.choice((GoalStatus.IN_PROGRESS, GoalStatus.NOT_STARTED,
                                             GoalStatus.ACHIEVED)))
                 for area, text in rng.sample([
                     (GoalArea.ETE, "Go to college at least four days a week"),
                     (GoalArea.LEISURE, "Join the Tuesday football club"),
                     (GoalArea.FAMILY, "Spend Sunday afternoons with my nan"),
                     (GoalArea.VICTIMS_RESTORATIVE, "Understand how the shop owner felt"),
                     (GoalArea.HEALTH_WELLBEING, "Talk to someone when I feel stressed"),
                 ], rng.randint(2, 4))]
        agreed_on = start + timedelta(days=rng.randint(10, 20))
        changes, version = agree_plan(plan, goals, agreed_on)
        # Reviews spread so that some are overdue, as on any real caseload.
        last_review = max(agreed_on, self.today - timedelta(days=rng.randint(10, 110)))
        due = last_review + timedelta(days=rng.randint(60, 90))
        plan = Plan.model_validate({**plan.model_dump(), **changes,
                                    "last_review_on": last_review, "next_review_due": due})
        add(plan)
        self.records += goals
        add(version)
        add(Review(child_id=child.id, plan_id=plan.id, on=last_review,
                   childs_view="Things are better at home.", outcome="Goals kept; review again."))
        self._contacts(child, start, months, goals)
        for n in range(extra_entries):
            day = start + timedelta(days=rng.randint(0, 30 * months))
            add(CaseEntry(child_id=child.id, at=self.at(day, 15),
                          text=f"Case note {n}: " + rng.choice(NOTES).format(n=child.given_name)))
        if rng.random() < 0.35:
            raised = self.at(start + timedelta(days=rng.randint(5, 30 * months)), 11)
            category = rng.choice(list(FlagCategory))
            flag = RedFlag(child_id=child.id, at=raised, category=category,
                           severity=rng.choice(list(Severity)),
                           description=rng.choice(CONCERNS[category]).format(
                               n=child.preferred_name or child.given_name))
            add(flag)
            if rng.random() < 0.5:
                add(FlagEvent(child_id=child.id, flag_id=flag.id, at=raised + timedelta(hours=3),
                              stage=FlagStage.ACKNOWLEDGED, by_name=self.manager,
                              note="Read; spoke to the worker who raised it."))
                if rng.random() < 0.5:
                    add(FlagEvent(child_id=child.id, flag_id=flag.id,
                                  at=raised + timedelta(days=9), stage=FlagStage.CLOSED,
                                  by_name=self.manager, outcome=FlagOutcome.SAFETY_PLAN,
                                  note="Safety plan agreed with the child and their carer."))
        add(Appointment(child_id=child.id,
                        start=self.at(self.today + timedelta(days=rng.randint(1, 12)), 16),
                        setting=rng.choice(settings_for(programme.programme_type))))

    def _contacts(self, child: Child, start: date, months: int, goals: list[PlanGoal]) -> None:
        rng, add = self.rng, self.records.append
        programme = self.programmes[child.id]
        name = child.preferred_name or child.given_name
        notes = Notes(rng, name)
        warnings: list[date] = []
        day = start + timedelta(days=rng.randint(0, 6))
        while day < self.today:
            mode = rng.choices(list(ContactMode), (70, 15, 5, 6, 2, 2))[0]
            # Only a meeting or a call can be missed; a text or a letter is simply sent.
            attendance = rng.choices(list(Attendance), (80, 4, 8, 3, 3, 2))[0] \
                if mode in (ContactMode.FACE_TO_FACE, ContactMode.VIDEO, ContactMode.PHONE) \
                else Attendance.ATTENDED
            setting = rng.choice(settings_for(programme.programme_type)) \
                if mode == ContactMode.FACE_TO_FACE else ContactSetting.OFFICE
            begin = self.at(day, rng.randint(9, 18))
            attended = attendance == Attendance.ATTENDED
            seen = attended and mode == ContactMode.FACE_TO_FACE
            speaks = seen and rng.random() < 0.6
            contact = Contact(
                child_id=child.id, start=begin, end=begin + timedelta(minutes=rng.choice(
                    (30, 45, 60, 90))), mode=mode, setting=setting, attendance=attendance,
                present=((PresentRole.CHILD,) if attended else ()) + (
                    (PresentRole.PARENT_CARER,) if rng.random() < 0.3 else ()),
                goal_ids=tuple(g.id for g in rng.sample(goals, min(len(goals), 1))),
                narrative=notes.next(attendance, mode, setting),
                counts_toward_order=attendance.may_count_against_child or attended,
                no_words_reason=rng.choice(NO_WORDS) if seen and not speaks else None,
                follow_up_due=follow_up_due(day, attendance, self.policy))
            add(contact)
            if speaks:
                add(VoiceEntry(child_id=child.id, at=begin, words=rng.choice(VOICE),
                               how_captured=rng.choice(list(VoiceCapture)),
                               contact_id=contact.id, seen_by_child=rng.random() < 0.5))
            if attendance.may_count_against_child and rng.random() < 0.7:
                self._decide(child, programme, contact, day, warnings)
            day += timedelta(days=rng.randint(5, 11))

    def _decide(self, child: Child, programme: Programme, contact: Contact, day: date,
                warnings: list[date]) -> None:
        """The decision the programme allows, as a careful case manager makes it."""
        offered = decision_choices(programme.programme_type, warnings, day,
                                   self.policy.warnings_before_breach)
        # A first miss is often explained; otherwise the programme's own route, but never
        # breach proceedings in the demo (they wait for a manager's approval).
        choice = ComplianceKind.ACCEPTABLE_ABSENCE if self.rng.random() < 0.4 else next(
            (c for c in offered.choices[1:] if c != ComplianceKind.BREACH_PROPOSED),
            ComplianceKind.ACCEPTABLE_ABSENCE)
        letter = None
        note = "Rang the next day: they were unwell, and their carer confirmed it." \
            if choice == ComplianceKind.ACCEPTABLE_ABSENCE else \
            "Missed the appointment with no reason given; talked it through at the next visit."
        if choice == ComplianceKind.WARNING_ISSUED:
            warnings.append(day)
            letter = warning_letter(child.preferred_name or child.given_name, child.language,
                                    day, "you did not come to your appointment and did not "
                                    "tell us why.", day)
        self.records.append(ComplianceEvent(child_id=child.id, on=day, contact_id=contact.id,
                                            programme_id=programme.id, event=choice,
                                            note=note, letter=letter))

    def victims(self, children: list[Child]) -> None:
        """A victim for each child's offence, the victim worker's contact with them, and
        for some a restorative process."""
        rng = self.rng
        for index, kid in enumerate(children):
            name, kind = VICTIMS[index % len(VICTIMS)]
            asked = rng.random() < 0.8
            victim = Victim(child_id=kid.id, name=name, victim_type=kind,
                            consents_to_contact=True if asked else None,
                            wants_restorative_justice=rng.choice((True, False)) if asked else None)
            self.records.append(victim)
            said = VICTIM_CONTACTS if victim.wants_restorative_justice else \
                VICTIM_CONTACTS[:2] if asked else NOT_ASKED_YET
            for step in range(rng.randint(1, len(said))):
                self.records.append(VictimContact(
                    child_id=kid.id, victim_id=victim.id,
                    on=self.today - timedelta(days=rng.randint(5, 120)),
                    summary=said[step]))
            if victim.wants_restorative_justice:
                self.records.append(RestorativeJustice(
                    child_id=kid.id, victim_id=victim.id,
                    on=self.today - timedelta(days=rng.randint(1, 30)),
                    process=rng.choice((RestorativeProcess.CONFERENCE,
                                        RestorativeProcess.LETTER_OF_APOLOGY)),
                    victim_views="Wanted to know it would not happen again.",
                    outcome="Apology accepted"))

    def requirement(self, child: Child) -> ReparationRequirement | None:
        """Hours the child's programme carries, from the source that fits it (or none)."""
        programme = self.programmes[child.id]
        kind = programme.programme_type
        source = next((s for s in DEMO_SOURCES if kind in SOURCE_FITS[s]), None)
        if source is None or (source == ReparationSource.LOCAL_DIVERSION
                              and self.rng.random() < 0.6):
            return None  # most voluntary work has no reparation
        if source == ReparationSource.YRO_UNPAID_WORK:
            assert programme.conviction_date is not None
            if child.age_on(programme.conviction_date) not in (16, 17):
                return None  # unpaid work is for 16 and 17 year olds at conviction
            hours = self.rng.choice((40, 60, 80))
        elif source == ReparationSource.YOUTH_CONDITIONAL_CAUTION:
            hours = self.rng.choice((4, 6, 8, 10))
        else:
            hours = self.rng.choice((6, 8, 10, 12))
        return ReparationRequirement(
            child_id=child.id, programme_id=programme.id, source=source,
            minutes_required=hours * 60, start=programme.start,
            deadline=default_deadline(source, programme.start) or programme.end)

    def reparation(self, children: list[Child], projects: list[ReparationProject],
                   supervisor: str) -> list[Child]:
        """Requirements and Saturday sessions; returns the children who have hours."""
        rng, add = self.rng, self.records.append
        with_hours = []
        for child in children:
            requirement = self.requirement(child)
            if requirement is not None:
                add(requirement)
                with_hours.append((child, requirement))
        if not with_hours:
            return []
        start = min(r.start for _, r in with_hours)
        done = dict.fromkeys((c.id for c, _ in with_hours), 0)
        day = start + timedelta(days=(5 - start.weekday()) % 7)  # Saturdays
        while day < self.today:
            project = rng.choice(projects[:3])
            session = ReparationSession(project_id=project.id, on=day, start=time(10),
                                        end=time(13), tasks=rng.choice(TASKS[project.name]),
                                        signed_off_by=supervisor)
            add(session)
            # Only children with hours still to do come; none is credited beyond them.
            ready = [(c, r) for c, r in with_hours
                     if r.start <= day and done[c.id] < r.minutes_required]
            for child, requirement in rng.sample(ready, min(len(ready), rng.randint(2, 5))):
                minutes = min(rng.choice((120, 150, 180)),
                              requirement.minutes_required - done[child.id])
                done[child.id] += minutes
                add(ReparationAttendance(
                    child_id=child.id, session_id=session.id, project_id=project.id, on=day,
                    minutes=minutes, requirement_id=requirement.id,
                    reflection=rng.choice(REFLECTIONS)))
            day += timedelta(days=7)
        return [child for child, _ in with_hours]


def build_demo(*, children: int = 40, months: int = 6, extra_entries_per_child: int = 0,
               seed: int = 20261123, today: date | None = None) -> DemoService:
    """The invented service: five practitioners, `children` children, `months` of history."""
    rng = random.Random(seed)
    today = today or date.today()
    policy = LocalPolicy()
    users = demo_users()
    builder = _Builder(rng, today, policy, manager=users[2].display_name)
    projects = [ReparationProject(name=name, host_organisation=host, reparation_kind=kind)
                for name, host, kind in PROJECTS]
    builder.records += projects
    kids = [builder.child(i) for i in range(children)]
    builder.records += kids
    for kid in kids:
        builder.history(kid, months, extra_entries_per_child, projects)
    supervisor = next(u for u in users if u.role == Role.REPARATION_SUPERVISOR)
    reparation_kids = builder.reparation(kids, projects, supervisor.display_name)
    victims_of = kids[::4]
    builder.victims(victims_of)
    ids = [k.id for k in kids]
    half = len(ids) // 2
    assignments = {
        users[0].username: set(ids[:half]),
        users[2].username: set(ids[half // 2:]),
        users[1].username: {k.id for k in reparation_kids},
        users[3].username: {k.id for k in victims_of},
        users[4].username: set(ids),  # the service manager oversees every child
    }
    return DemoService(name="Demotown Youth Justice Service (invented)", service_id=new_id(),
                       users=users, children=kids, assignments=assignments,
                       records=builder.records, policy=policy)
