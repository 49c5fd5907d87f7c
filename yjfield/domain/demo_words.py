"""The invented words of the demo: notes that vary, places that fit each programme.

Notes are put together from parts, so no sentence repeats for a child month after
month as it would never do in a real record.
"""

import random

from yjfield.domain.codes import (
    Attendance,
    ContactMode,
    ContactSetting,
    FlagCategory,
    ProgrammeType,
    ReparationSource,
)

#: Programmes the demo's children are on: voluntary work, out-of-court and court orders.
DEMO_PROGRAMMES = (ProgrammeType.PREVENTION, ProgrammeType.TURNAROUND, ProgrammeType.OUTCOME_22,
                   ProgrammeType.YOUTH_CONDITIONAL_CAUTION, ProgrammeType.REFERRAL_ORDER,
                   ProgrammeType.YOUTH_REHABILITATION_ORDER)
#: The source of hours each programme's reparation comes from, in order of preference.
DEMO_SOURCES = (ReparationSource.REFERRAL_ORDER_CONTRACT, ReparationSource.YRO_UNPAID_WORK,
                ReparationSource.YOUTH_CONDITIONAL_CAUTION, ReparationSource.LOCAL_DIVERSION)

_EVERYDAY = (ContactSetting.HOME_VISIT, ContactSetting.YOUTH_CLUB, ContactSetting.SCHOOL,
             ContactSetting.COMMUNITY, ContactSetting.OFFICE)
_COURT_WORK = {ProgrammeType.REFERRAL_ORDER: (ContactSetting.PANEL,),
               ProgrammeType.YOUTH_REHABILITATION_ORDER: (ContactSetting.COURT,),
               ProgrammeType.YOUTH_CONDITIONAL_CAUTION: (ContactSetting.POLICE_STATION,)}


def settings_for(programme: ProgrammeType) -> tuple[ContactSetting, ...]:
    """Where a worker meets a child on this programme: court, panel and police station
    only where the programme takes them there, never for voluntary work."""
    return _EVERYDAY + _COURT_WORK.get(programme, ())


ETHNICITIES = ("White", "Mixed or multiple ethnic groups", "Black, Black British, Caribbean "
               "or African", "Asian or Asian British", "Not stated")
COMMUNICATION = ("Needs time to answer; do not rush.", "Prefers pictures and short sentences.",
                 "Speech and language assessment: difficulty following long instructions.",
                 "Hearing aid in the left ear; sit on the right.")

_OPENINGS = {
    ContactSetting.HOME_VISIT: ("Home visit.", "Called round at home after school.",
                                "Visited at home with their carer in."),
    ContactSetting.YOUTH_CLUB: ("Met at the youth club.", "Caught up at the Tuesday drop-in.",
                                "Saw {n} at the club before football."),
    ContactSetting.SCHOOL: ("Met at school in the pastoral room.",
                            "Saw {n} at school at lunchtime."),
    ContactSetting.COMMUNITY: ("Walked and talked by the canal.", "Met at the café in town.",
                               "Met at the library."),
    ContactSetting.OFFICE: ("Office appointment.", "Met at the office.",
                            "Session at the office in the small room."),
    ContactSetting.PANEL: ("Referral order panel meeting.", "Panel review meeting."),
    ContactSetting.COURT: ("Saw {n} at court before the review hearing.",),
    ContactSetting.POLICE_STATION: ("Met at the police station to go through the caution's "
                                    "conditions.",),
}
_TOPICS = ("We talked about college; {n} said the bus is the hardest part of the day.",
           "{n} showed me the bike they have been fixing and explained each part.",
           "We went through the plan goals; {n} wants to get to training on time.",
           "{n} was quieter than usual and said home has been tense this week.",
           "We worked on the victim awareness piece; {n} wrote about how the owner felt.",
           "We planned the next reparation session and what {n} would like to do there.",
           "We talked about staying safe at weekends and who {n} spends time with.",
           "{n} talked about a falling-out with a friend and how it was sorted.",
           "We looked at apprenticeships; {n} liked the sound of the bike workshop one.",
           "{n} said sleep is better since the phone stays downstairs at night.")
_ENDINGS = ("Next time: {when}.", "We agreed to meet again {when}.",
            "I will ring {n}'s carer before {when}.", "{n} chose where we meet {when}.")
_WHEN = ("on Thursday", "next week", "after half term", "on Monday after school", "in ten days")
_MISSED = {Attendance.DID_NOT_ATTEND: ("{n} did not come; no answer on the phone.",
                                       "Waited half an hour; {n} did not arrive."),
           Attendance.CANCELLED_BY_CHILD: ("{n} texted in the morning to cancel.",
                                           "{n}'s carer rang to cancel: {n} was out."),
           Attendance.ATTEMPTED_NO_CONTACT: ("Called round unannounced; nobody answered.",),
           Attendance.CANCELLED_BY_SERVICE: ("We cancelled: the worker was off sick.",),
           Attendance.RESCHEDULED: ("Moved to next week at {n}'s request.",)}
_REMOTE = {ContactMode.PHONE: ("Phone call.", "Rang {n} after college."),
           ContactMode.VIDEO: ("Video call.",),
           ContactMode.TEXT: ("Texted {n} a reminder of Thursday's session.",
                              "Sent {n} the link to the apprenticeship page."),
           ContactMode.LETTER: ("Wrote to {n} and their carer with the new appointment.",),
           ContactMode.EMAIL: ("Emailed the college about {n}'s timetable, as agreed.",)}


class Notes:
    """Case notes for one child, none repeated."""

    def __init__(self, rng: random.Random, name: str) -> None:
        self._rng = rng
        self._name = name
        self._used: set[str] = set()

    def next(self, attendance: Attendance, mode: ContactMode, setting: ContactSetting) -> str:
        rng = self._rng
        for _ in range(50):
            if attendance != Attendance.ATTENDED:
                parts = [rng.choice(_MISSED.get(attendance, _MISSED[Attendance.DID_NOT_ATTEND])),
                         "Follow-up: " + rng.choice(_ENDINGS)]
            elif mode != ContactMode.FACE_TO_FACE:
                parts = [rng.choice(_REMOTE[mode])]
                if mode in (ContactMode.PHONE, ContactMode.VIDEO):
                    parts.append(rng.choice(_TOPICS))
                parts.append(rng.choice(_ENDINGS))
            else:
                parts = [rng.choice(_OPENINGS[setting]), rng.choice(_TOPICS),
                         rng.choice(_ENDINGS)]
            text = " ".join(parts).format(n=self._name, when=rng.choice(_WHEN))
            if text not in self._used:
                break
        self._used.add(text)
        return text


NOT_ASKED_YET = ("Left a message introducing the service; no answer yet.",
                 "Wrote to introduce the service and how to reach us.")
TASKS = {"Community garden": ("Weeding and clearing the raised beds", "Planting winter veg",
                              "Building a compost bay"),
         "Food bank": ("Sorting donations by date", "Packing food parcels",
                       "Unloading the supermarket delivery"),
         "Bike workshop": ("Fixing punctures on donated bikes", "Stripping and cleaning chains",
                           "Safety-checking bikes for the school scheme")}
REFLECTIONS = ("It was good to help out.", "Tiring but worth it.",
               "I learned how to fix a puncture.", "Didn't think I'd like it but I did.",
               "The people there were alright.", "I want to do more of the building bit.",
               "Felt useful for once.", "")

#: What a worker wrote when raising a concern, by kind of concern.
CONCERNS = {
    FlagCategory.SAFEGUARDING: ("{n} had a bruise on the arm and would not say how.",
                                "{n}'s carer says an uncle they are not to see has visited."),
    FlagCategory.EXPLOITATION: ("{n} has a new phone and trainers and won't say who paid.",
                                "Older lads were waiting for {n} outside the club in a car."),
    FlagCategory.MISSING: ("{n} was not home for two nights; police informed by the carer.",
                           "{n} missed curfew three times this week; whereabouts unknown."),
    FlagCategory.SELF_HARM: ("{n} said things would be easier if they weren't around.",
                             "Fresh cuts on {n}'s wrist seen at the session."),
    FlagCategory.EDUCATION_ABSENCE: ("School says {n} has not been in for two weeks.",
                                     "{n} excluded for five days; nothing arranged for them."),
    FlagCategory.SUBSTANCE: ("{n} smelt strongly of cannabis and was drowsy.",
                             "{n} talked about taking pills at weekend parties."),
    FlagCategory.ACCOMMODATION: ("{n} was told to leave home after an argument.",
                                 "{n} is sofa-surfing at a friend's since Sunday."),
    FlagCategory.OTHER: ("{n} is being picked on online; screenshots shown to me.",
                         "{n}'s mum is in hospital; no one else at home."),
}

#: Why a face-to-face contact has none of the child's words.
NO_WORDS = ("Declined to say anything for the record", "Not appropriate today",
            "Too upset to talk about it", "Mostly practical: filled in the college form")
