"""What each role may hold on its device, and what it may write (the server enforces both).

A reparation supervisor needs the minimum about each child in their sessions:
who they are, and their hours; never contacts, voice entries, plans or flags.
The victims' compartment travels only to victim workers, who see the children
whose offences it concerns at the same minimum.
"""

from collections.abc import Iterable
from typing import Any

from yjfield.domain.codes import Role
from yjfield.domain.protocol import Op

#: Kinds a reparation supervisor's device holds.
REPARATION_KINDS = frozenset({"child", "reparation_requirement", "reparation_project",
                              "reparation_session", "reparation_attendance"})

#: The victims' compartment: held by the server and victim workers' devices only.
RESTRICTED_KINDS = frozenset({"victim", "victim_contact", "restorative_justice"})

#: Kinds a victim worker's device holds.
VICTIM_WORKER_KINDS = RESTRICTED_KINDS | {"child"}

#: The child's fields a reparation supervisor or victim worker sees (the rest is
#: left out, not blanked).
REPARATION_CHILD_FIELDS = frozenset({"id", "child_id", "given_name", "family_name",
                                     "preferred_name", "date_of_birth", "communication_needs",
                                     "archived"})

#: Kinds with no child, needed by everyone who sees reparation.
SHARED_KINDS = frozenset({"reparation_project", "reparation_session"})


_MINIMAL_CHILD_ROLES = frozenset({Role.REPARATION_SUPERVISOR, Role.VICTIM_WORKER})


def kinds_for(role: Role) -> frozenset[str] | None:
    """The record kinds this role's device may hold (None: every non-restricted kind)."""
    if role == Role.REPARATION_SUPERVISOR:
        return REPARATION_KINDS
    if role == Role.VICTIM_WORKER:
        return VICTIM_WORKER_KINDS
    return None


def may_hold(role: Role, kind: str) -> bool:
    """Whether a device of this role may hold records of this kind at all."""
    allowed = kinds_for(role)
    return kind not in RESTRICTED_KINDS if allowed is None else kind in allowed


def minimise(role: Role, kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """The part of a record this role may see."""
    if role in _MINIMAL_CHILD_ROLES and kind == "child":
        return {k: v for k, v in data.items() if k in REPARATION_CHILD_FIELDS}
    return data


def field_visible(role: Role, kind: str, field: str) -> bool:
    return role not in _MINIMAL_CHILD_ROLES or kind != "child" \
        or field in REPARATION_CHILD_FIELDS


# -- who may write what ---------------------------------------------------------------
#
# Seeing a record is not being allowed to change it. A reparation supervisor sees who
# each child is, but must never archive a child; a victim worker sees a child's date of
# birth, but must never change it. The table below is the whole of it: the server
# enforces it, the docs print it (docs/data-protection.md), and a matrix test tries
# every role, kind, field and operation against it.

APPEND, CREATE, PATCH, ARCHIVE = Op.APPEND, Op.CREATE, Op.PATCH, Op.ARCHIVE
_EDIT = frozenset({CREATE, PATCH, ARCHIVE})
_ADD = frozenset({APPEND})

#: A child's identity: only roles that open and close cases change it.
CHILD_IDENTITY_FIELDS = frozenset({"given_name", "family_name", "date_of_birth"})

_CASE_FACTS = ("contact", "case_entry", "voice", "red_flag", "flag_event", "plan_version",
               "review", "compliance_event", "reparation_session", "reparation_attendance")
_CASE_RECORDS = ("child", "programme", "appointment", "plan", "plan_goal",
                 "reparation_requirement")


def _table(facts: tuple[str, ...] = (), **mutable: frozenset[Op]) -> dict[str, frozenset[Op]]:
    return {"audit": _ADD, **dict.fromkeys(facts, _ADD), **mutable}


_CASE_HOLDER = _table(_CASE_FACTS, **dict.fromkeys(_CASE_RECORDS, _EDIT))

#: role -> kind -> the operations its laptops may send. Anything absent is refused.
WRITES: dict[Role, dict[str, frozenset[Op]]] = {
    # Sees children in clubs and at home: records what happened and what the child
    # said, raises concerns, books appointments and works on the plan with the child;
    # corrects a child's everyday details, but not who the child is.
    Role.YOUTH_WORKER: _table(
        ("contact", "case_entry", "voice", "red_flag", "plan_version",
         "reparation_session", "reparation_attendance"),
        child=frozenset({PATCH}), appointment=_EDIT, plan=frozenset({CREATE, PATCH}),
        plan_goal=_EDIT),
    # Holds the case: everything about the child outside the victims' compartment.
    Role.CASE_MANAGER: _CASE_HOLDER,
    Role.SERVICE_MANAGER: {**_CASE_HOLDER, "reparation_project": _EDIT},
    # Runs the service's set-up, not its cases.
    Role.ADMIN: _table(reparation_project=_EDIT),
    # Logs sessions and the hours in them; nothing else about a child.
    Role.REPARATION_SUPERVISOR: _table(("reparation_session", "reparation_attendance")),
    # The victims' compartment, and nothing of the child's own record.
    Role.VICTIM_WORKER: _table(("victim_contact", "restorative_justice"), victim=_EDIT),
}

#: Roles that may open a case (create a child's record); it joins their caseload.
CASE_OPENERS = frozenset(role for role, kinds in WRITES.items()
                         if CREATE in kinds.get("child", frozenset()))


#: Decisions only a service manager records, each by their own sign-in.
MANAGER_DECISIONS = frozenset({"breach_approved"})


def write_refusal(role: Role, kind: str, op: Op, fields: Iterable[str] = (),
                  record: dict[str, Any] | None = None) -> str | None:
    """Why this role may not make this change, in words; None when it may."""
    allowed = WRITES[role].get(kind, frozenset())
    if op not in allowed:
        what = {APPEND: "record", CREATE: "add", PATCH: "change", ARCHIVE: "archive"}[op]
        return f"Your role does not {what} this kind of record."
    if (kind == "compliance_event" and record is not None
            and record.get("event") in MANAGER_DECISIONS and role != Role.SERVICE_MANAGER):
        return "Only a service manager approves breach proceedings, from their own laptop."
    if kind == "child" and role not in CASE_OPENERS:
        named = set(fields)
        if "archived" in named:
            return "Only the child's case manager or a manager can archive a child's record."
        if named & CHILD_IDENTITY_FIELDS:
            return ("Only the child's case manager or a manager can change a child's name "
                    "or date of birth.")
    return None


def write_table_markdown() -> str:
    """WRITES as the Markdown table docs/data-protection.md prints (a test keeps it in step)."""
    roles = list(WRITES)
    kinds = sorted({kind for table in WRITES.values() for kind in table})
    letters = {APPEND: "add", CREATE: "create", PATCH: "change", ARCHIVE: "archive"}
    head = "| kind | " + " | ".join(role.value.replace("_", " ") for role in roles) + " |"
    lines = [head, "|" + "---|" * (len(roles) + 1)]
    for kind in kinds:
        cells = []
        for role in roles:
            ops = WRITES[role].get(kind, frozenset())
            text = ", ".join(letters[op] for op in (APPEND, CREATE, PATCH, ARCHIVE) if op in ops)
            if kind == "child" and ops and role not in CASE_OPENERS:
                text += " (not name, date of birth or archive)"
            cells.append(text or "—")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
