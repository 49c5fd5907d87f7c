"""Services, users and caseload assignments (used by the CLI and the sync service).

Functions here never commit: the caller's transaction is the unit of work.
"""

from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import Connection, and_, bindparam, select, update

from yjfield.domain.codes import Role
from yjfield.domain.ids import new_id
from yjfield.domain.policy import LocalPolicy
from yjfield.server.audit import ServerAction
from yjfield.server.audit import record as audit
from yjfield.server.db import assignments, now_text, records, services, users

_hasher = PasswordHasher()


def use_password_hasher(hasher: PasswordHasher) -> None:
    """Hash passwords with other Argon2 settings from now on (the test suite's cheap
    ones: hashing at the real cost took a fifth of its time). Hashes made under any
    settings still verify, as each records its own."""
    global _hasher
    _hasher = hasher


class AdminError(Exception):
    """An administrative action that cannot be done, explained plainly."""


@dataclass(frozen=True)
class UserRow:
    id: str
    service_id: str
    username: str
    display_name: str
    role: Role
    active: bool


def create_service(conn: Connection, *, name: str, policy: LocalPolicy | None = None) -> str:
    service_id = new_id()
    conn.execute(services.insert().values(
        id=service_id, name=name, policy=(policy or LocalPolicy()).model_dump_json(),
        head_seq=0, created_at=now_text()))
    return service_id


def add_user(conn: Connection, *, service_id: str, username: str, display_name: str,
             role: Role, password: str) -> str:
    if conn.execute(select(users.c.id).where(users.c.username == username)).first():
        raise AdminError(f"There is already a user called {username}.")
    if not conn.execute(select(services.c.id).where(services.c.id == service_id)).first():
        raise AdminError("There is no such service.")
    user_id = new_id()
    conn.execute(users.insert().values(
        id=user_id, service_id=service_id, username=username, display_name=display_name,
        role=role.value, password_hash=_hasher.hash(password), active=True,
        created_at=now_text()))
    return user_id


def set_password(conn: Connection, *, user_id: str, password: str) -> None:
    """A new password for the user (the caller has checked it against the rules)."""
    conn.execute(update(users).where(users.c.id == user_id).values(
        password_hash=_hasher.hash(password)))


def user_by_id(conn: Connection, user_id: str) -> UserRow | None:
    row = conn.execute(select(users).where(users.c.id == user_id)).mappings().first()
    return None if row is None else user_from_row(row)


def user_by_name(conn: Connection, username: str) -> UserRow | None:
    row = conn.execute(select(users).where(users.c.username == username)).mappings().first()
    return None if row is None else user_from_row(row)


def user_from_row(row: object) -> UserRow:
    """A UserRow from any row holding the users table's columns."""
    data = dict(row)  # type: ignore[call-overload]
    return UserRow(id=data["id"], service_id=data["service_id"], username=data["username"],
                   display_name=data["display_name"], role=Role(data["role"]),
                   active=bool(data["active"]))


def check_password(conn: Connection, *, username: str, password: str) -> UserRow | None:
    """The user when the password is right, else None (same answer for unknown users)."""
    row = conn.execute(select(users).where(users.c.username == username)).mappings().first()
    if row is None:
        # Hash anyway, so a wrong username takes as long as a wrong password.
        _hasher.hash(password)
        return None
    try:
        _hasher.verify(row["password_hash"], password)
    except Exception:  # argon2 raises several kinds of mismatch: all mean "no"
        return None
    return user_from_row(row)


def assign(conn: Connection, *, child_id: str, user_id: str) -> None:
    """Put a child on a practitioner's caseload (a no-op when already there)."""
    user = user_by_id(conn, user_id)
    if user is None:
        raise AdminError("There is no such user.")
    if child_id in children_in_scope(conn, user_id=user_id):
        return
    conn.execute(assignments.insert().values(
        service_id=user.service_id, child_id=child_id, user_id=user_id,
        assigned_at=now_text()))
    audit(conn, ServerAction.ASSIGNED, service_id=user.service_id, user_id=user_id,
          child_id=child_id)


def unassign(conn: Connection, *, child_id: str, user_id: str) -> None:
    ended = conn.execute(update(assignments).where(and_(
        assignments.c.child_id == child_id, assignments.c.user_id == user_id,
        assignments.c.unassigned_at.is_(None))).values(unassigned_at=now_text())).rowcount
    user = user_by_id(conn, user_id)
    if ended and user is not None:
        audit(conn, ServerAction.UNASSIGNED, service_id=user.service_id, user_id=user_id,
              child_id=child_id)


def service_of_child(conn: Connection, child_id: str) -> str:
    """The service holding this child's record (AdminError when no service does)."""
    found = conn.execute(select(records.c.service_id).where(and_(
        records.c.id == child_id, records.c.kind == "child"))).scalars().all()
    if len(found) != 1:
        raise AdminError("No child with that id is held on this server.")
    return str(found[0])


CURRENT_CHILDREN = select(assignments.c.child_id).where(and_(
    assignments.c.user_id == bindparam("user_id"), assignments.c.unassigned_at.is_(None)))


def children_in_scope(conn: Connection, *, user_id: str) -> set[str]:
    # Built once (every sync asks): putting the query together cost more than running it.
    return {row[0] for row in conn.execute(CURRENT_CHILDREN, {"user_id": user_id})}


def ever_assigned(conn: Connection, *, user_id: str, child_id: str) -> bool:
    return conn.execute(select(assignments.c.id).where(and_(
        assignments.c.user_id == user_id, assignments.c.child_id == child_id))).first() is not None
