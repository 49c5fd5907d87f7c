"""What each role may hold on its device (the server enforces it; devices check it too).

A reparation supervisor needs the minimum about each child in their sessions:
who they are, and their hours; never contacts, voice entries, plans or flags.
The victims' compartment travels only to victim workers, who see the children
whose offences it concerns at the same minimum.
"""

from typing import Any

from yjfield.domain.codes import Role

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
