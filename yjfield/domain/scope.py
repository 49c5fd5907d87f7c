"""What each role may hold on its device (the server enforces it; devices rely on it).

A reparation supervisor needs the minimum about each child in their sessions:
who they are, and their hours; never contacts, voice entries, plans or flags.
"""

from typing import Any

from yjfield.domain.codes import Role

#: Kinds a reparation supervisor's device holds.
REPARATION_KINDS = frozenset({"child", "reparation_requirement", "reparation_project",
                              "reparation_session", "reparation_attendance"})

#: The child's fields a reparation supervisor sees (the rest is left out, not blanked).
REPARATION_CHILD_FIELDS = frozenset({"id", "child_id", "given_name", "family_name",
                                     "preferred_name", "date_of_birth", "communication_needs",
                                     "archived"})

#: Kinds with no child, needed by everyone who sees reparation.
SHARED_KINDS = frozenset({"reparation_project", "reparation_session"})


def kinds_for(role: Role) -> frozenset[str] | None:
    """The record kinds this role's device may hold (None: every non-restricted kind)."""
    if role == Role.REPARATION_SUPERVISOR:
        return REPARATION_KINDS
    return None


def minimise(role: Role, kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """The part of a record this role may see."""
    if role == Role.REPARATION_SUPERVISOR and kind == "child":
        return {k: v for k, v in data.items() if k in REPARATION_CHILD_FIELDS}
    return data


def field_visible(role: Role, kind: str, field: str) -> bool:
    return role != Role.REPARATION_SUPERVISOR or kind != "child" \
        or field in REPARATION_CHILD_FIELDS
