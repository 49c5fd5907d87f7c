"""Who may do what: every role against every endpoint, in and out of scope, and every token state.

The expected outcomes are the tables below; each row is one test.
"""

from datetime import UTC, date, datetime, time
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select, update

from tests.helpers.harness import PASSWORD, FaultyClient, Harness
from yjfield.domain.child import Child
from yjfield.domain.contact import CaseEntry
from yjfield.domain.ids import new_id
from yjfield.domain.protocol import PROTOCOL_HEADER, SCHEMA_HEADER
from yjfield.domain.reparation import ReparationAttendance, ReparationSession
from yjfield.domain.victim import VictimContact
from yjfield.server import admin, auth
from yjfield.server.db import login_attempts, server_audit, tokens
from yjfield.server.errors import ApiError
from yjfield.server.imports import insert_records

HEADERS = {PROTOCOL_HEADER: "1", SCHEMA_HEADER: "1"}
NOW = datetime(2026, 3, 2, 10, tzinfo=UTC)

# role -> what it may push about a child on its caseload
NO = "rejected/forbidden"
PUSH_IN_SCOPE = {
    "yw": {"case_entry": "applied", "reparation_attendance": "applied", "victim_contact": NO},
    "cm": {"case_entry": "applied", "reparation_attendance": "applied", "victim_contact": NO},
    "sup": {"case_entry": NO, "reparation_attendance": "applied", "victim_contact": NO},
    "vw": {"case_entry": NO, "reparation_attendance": NO, "victim_contact": "applied"},
}
# role -> which kinds of an in-scope child it receives
# A credited attendance brings the face-to-face contact the server derives from it
# (server/derived.py) to those who hold contacts, and never to the supervisor.
PULL_IN_SCOPE = {
    "yw": {"child", "case_entry", "reparation_attendance", "reparation_session", "contact"},
    "cm": {"child", "case_entry", "reparation_attendance", "reparation_session", "contact"},
    "sup": {"child", "reparation_attendance", "reparation_session"},
    "vw": {"child", "victim_contact"},
}


class World:
    def __init__(self, engine: Engine, tmp: Any) -> None:
        self.harness = Harness(engine, tmp)
        self.client = FaultyClient(self.harness.app)
        with engine.begin() as conn:
            other = admin.create_service(conn, name="Another invented YJS")
            admin.add_user(conn, service_id=other, username="elsewhere",
                           display_name="Elsewhere (invented)", role=admin.Role.CASE_MANAGER,
                           password=PASSWORD)
        self.mine = Child(given_name="In", family_name="Scope", date_of_birth=date(2010, 1, 1))
        self.theirs = Child(given_name="Out", family_name="Scope",
                            date_of_birth=date(2010, 1, 1))
        self.other_service_child = new_id()
        with engine.begin() as conn:
            insert_records(conn, service_id=self.harness.service_id,
                           items=[self.mine, self.theirs])
        self.harness.assign(self.mine.id, "yw", "cm", "sup", "vw")
        self.tokens: dict[str, dict[str, str]] = {}
        for username in ("yw", "cm", "sup", "vw", "elsewhere"):
            self.tokens[username] = self.enrol(username)

    def enrol(self, username: str) -> dict[str, Any]:
        response = self.client.post("/v1/auth/enrol", headers=HEADERS, json={
            "username": username, "password": PASSWORD, "device_name": "laptop"})
        assert response.status_code == 200, response.text
        body = response.json()
        return {**body["tokens"], "device_id": body["identity"]["device_id"],
                "user_id": body["identity"]["user_id"]}

    def call(self, username: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**HEADERS, "Authorization": f"Bearer {self.tokens[username]['access_token']}"}
        return self.client.request(method, path, headers=headers, **kwargs)

    def push_fact(self, username: str, fact: Any) -> str:
        who = self.tokens[username]
        record = {**fact.to_data(), "recorded_by": who["user_id"], "device_id": who["device_id"]}
        response = self.call(username, "POST", "/v1/sync/push", json={"changes": [{
            "change_id": new_id(), "counter": 1, "op": "append", "kind": fact.kind,
            "record_id": fact.id, "child_id": fact.child_id, "record": record}]})
        assert response.status_code == 200, response.text
        result = response.json()["results"][0]
        return result["status"] if result["status"] == "applied" else \
            f"{result['status']}/{result['code']}"


@pytest.fixture
def world(engine: Engine, tmp_path: Any) -> World:
    return World(engine, tmp_path)


def fact_of(kind: str, child_id: str) -> Any:
    if kind == "case_entry":
        return CaseEntry(child_id=child_id, at=NOW, text="A note")
    if kind == "victim_contact":
        return VictimContact(child_id=child_id, victim_id=new_id(), on=NOW.date(),
                             summary="Would like a letter.")
    session = ReparationSession(project_id=new_id(), on=NOW.date(), start=time(10), end=time(12))
    return ReparationAttendance(child_id=child_id, session_id=session.id,
                                project_id=session.project_id, on=session.on, minutes=60)


@pytest.mark.parametrize("role", sorted(PUSH_IN_SCOPE))
@pytest.mark.parametrize("kind", ["case_entry", "reparation_attendance", "victim_contact"])
def test_push_by_role_and_scope(world: World, role: str, kind: str) -> None:
    assert world.push_fact(role, fact_of(kind, world.mine.id)) == PUSH_IN_SCOPE[role][kind]
    out = world.push_fact(role, fact_of(kind, world.theirs.id))
    assert out == (NO if PUSH_IN_SCOPE[role][kind] == NO else "rejected/out_of_scope")
    # Another service's case manager: the compartment is closed to the role before scope.
    assert world.push_fact("elsewhere", fact_of(kind, world.mine.id)) == (
        NO if kind == "victim_contact" else "rejected/out_of_scope")


@pytest.mark.parametrize("role", sorted(PULL_IN_SCOPE))
def test_pull_by_role_and_scope(world: World, role: str) -> None:
    # Pushed by a device other than the puller's: a device is not sent its own facts.
    author = "yw" if role == "cm" else "cm"
    for kind in ("case_entry", "reparation_attendance"):
        assert world.push_fact(author, fact_of(kind, world.mine.id)) == "applied"
    if role == "vw":
        with world.harness.engine.begin() as conn:
            insert_records(conn, service_id=world.harness.service_id,
                           items=[fact_of("victim_contact", world.mine.id)])
    else:
        assert world.push_fact("vw", fact_of("victim_contact", world.mine.id)) == "applied"
    with world.harness.engine.begin() as conn:  # records of a child on nobody's caseload here
        insert_records(conn, service_id=world.harness.service_id,
                       items=[fact_of("case_entry", world.theirs.id)])
    body = world.call(role, "POST", "/v1/sync/pull", json={"cursor": 0}).json()
    assert {r["kind"] for r in body["records"]} <= PULL_IN_SCOPE[role]
    assert {r["kind"] for r in body["records"]} >= PULL_IN_SCOPE[role] - {"reparation_session"}
    assert all(r["child_id"] in (world.mine.id, None) for r in body["records"])
    assert body["scope"] == [world.mine.id]
    assert world.call("elsewhere", "POST", "/v1/sync/pull", json={"cursor": 0}).json()[
        "records"] == []


ENDPOINTS = [("POST", "/v1/sync/push", {"changes": []}), ("POST", "/v1/sync/pull", {}),
             ("GET", "/v1/sync/summary?upto=0", None)]


@pytest.mark.parametrize("method,path,body", ENDPOINTS)
def test_no_token_and_a_made_up_token_are_refused(world: World, method: str, path: str,
                                                  body: Any) -> None:
    response = world.client.request(method, path, headers=HEADERS, json=body)
    assert (response.status_code, response.json()["code"]) == (401, "not_signed_in")
    response = world.client.request(method, path, json=body, headers={
        **HEADERS, "Authorization": "Bearer made-up"})
    assert (response.status_code, response.json()["code"]) == (401, "not_signed_in")


@pytest.mark.parametrize("method,path,body", ENDPOINTS)
def test_expired_token_is_refused(world: World, method: str, path: str, body: Any) -> None:
    with world.harness.engine.begin() as conn:
        conn.execute(update(tokens).values(expires_at="2000-01-01T00:00:00+00:00"))
    response = world.call("yw", method, path, json=body)
    assert (response.status_code, response.json()["code"]) == (401, "token_expired")


@pytest.mark.parametrize("method,path,body", ENDPOINTS)
def test_revoked_device_is_told_to_wipe(world: World, method: str, path: str,
                                        body: Any) -> None:
    with world.harness.engine.begin() as conn:
        auth.revoke_device(conn, device_id=world.tokens["yw"]["device_id"], reason="lost")
    response = world.call("yw", method, path, json=body)
    assert response.status_code == 403
    assert response.json()["wipe"] is True
    assert response.json()["problem"]["code"] == "device_revoked"
    refreshed = world.client.post("/v1/auth/refresh", headers=HEADERS, json={
        "refresh_token": world.tokens["yw"]["refresh_token"]})
    assert refreshed.json()["problem"]["code"] == "device_revoked"


def test_replayed_refresh_token_stops_the_whole_chain(world: World) -> None:
    old = world.tokens["yw"]["refresh_token"]

    def refresh(token: str) -> httpx.Response:
        return world.client.post("/v1/auth/refresh", headers=HEADERS,
                                 json={"refresh_token": token})

    first = refresh(old)
    assert first.status_code == 200
    # Sent again at once (its answer was lost): a retry, given the same pair.
    retry = refresh(old)
    assert retry.status_code == 200 and retry.json() == first.json()
    newer = refresh(first.json()["refresh_token"])
    assert newer.status_code == 200
    # Once the new pair has been used, the old token again is a copy: stop everything.
    replay = refresh(old)
    assert (replay.status_code, replay.json()["code"]) == (401, "token_replayed")
    assert refresh(newer.json()["refresh_token"]).status_code == 401  # the thief's too
    world.tokens["yw"]["access_token"] = newer.json()["access_token"]
    assert world.call("yw", "POST", "/v1/sync/pull", json={}).status_code == 401


def test_a_used_refresh_token_sent_from_elsewhere_stops_the_chain(world: World) -> None:
    old = world.tokens["yw"]["refresh_token"]
    first = world.client.post("/v1/auth/refresh", headers=HEADERS, json={"refresh_token": old})
    assert first.status_code == 200
    with pytest.raises(ApiError) as caught:
        auth.refresh(world.harness.engine, settings=world.harness.make_app().state.settings,
                     refresh_token=old, address="198.51.100.23")
    assert caught.value.problem.code == "token_replayed"
    after = world.client.post("/v1/auth/refresh", headers=HEADERS,
                              json={"refresh_token": first.json()["refresh_token"]})
    assert after.status_code == 401


def test_sign_in_is_rate_limited_per_account(world: World) -> None:
    for _ in range(5):
        wrong = world.client.post("/v1/auth/enrol", headers=HEADERS, json={
            "username": "yw", "password": "wrong", "device_name": "x"})
        assert wrong.json()["code"] == "wrong_login"
    blocked = world.client.post("/v1/auth/enrol", headers=HEADERS, json={
        "username": "yw", "password": PASSWORD, "device_name": "x"})
    assert (blocked.status_code, blocked.json()["code"]) == (429, "too_many_logins")
    assert world.client.post("/v1/auth/enrol", headers=HEADERS, json={
        "username": "cm", "password": PASSWORD, "device_name": "x"}).status_code == 200


def test_unknown_user_and_wrong_password_look_the_same(world: World) -> None:
    a = world.client.post("/v1/auth/enrol", headers=HEADERS, json={
        "username": "nobody", "password": "x", "device_name": "x"}).json()
    b = world.client.post("/v1/auth/enrol", headers=HEADERS, json={
        "username": "cm", "password": "x", "device_name": "x"}).json()
    assert a == b


def test_requests_without_versions_are_told_to_update(world: World) -> None:
    response = world.client.post("/v1/sync/pull", json={})
    assert (response.status_code, response.json()["code"]) == (426, "client_too_old")
    assert world.client.get("/v1/health").json()["status"] == "ok"


def sign_in(world: World, username: str, device_id: str, password: str = PASSWORD
            ) -> httpx.Response:
    return world.client.post("/v1/auth/sign-in", headers=HEADERS, json={
        "username": username, "password": password, "device_id": device_id})


def test_signing_in_again_keeps_the_device_and_stops_its_old_tokens(world: World) -> None:
    before = world.tokens["yw"]
    again = sign_in(world, "yw", before["device_id"])
    assert again.status_code == 200, again.text
    # The lost sign-in is useless from now on, to whoever holds it.
    old = world.client.post("/v1/auth/refresh", headers=HEADERS,
                            json={"refresh_token": before["refresh_token"]})
    assert (old.status_code, old.json()["code"]) == (401, "not_signed_in")
    assert world.call("yw", "POST", "/v1/sync/pull", json={}).status_code == 401
    world.tokens["yw"] = {**before, **again.json()}
    assert world.push_fact("yw", fact_of("case_entry", world.mine.id)) == "applied"
    newer = world.client.post("/v1/auth/refresh", headers=HEADERS,
                              json={"refresh_token": again.json()["refresh_token"]})
    assert newer.status_code == 200


SIGN_IN_REFUSALS = [
    # (who signs in, whose device, password) -> status, code
    (("yw", "yw", "wrong"), (401, "wrong_login")),
    (("cm", "yw", PASSWORD), (403, "device_unknown")),  # someone else's laptop
    (("elsewhere", "yw", PASSWORD), (403, "device_unknown")),  # another service
    (("yw", None, PASSWORD), (403, "device_unknown")),  # a device that never existed
]


@pytest.mark.parametrize("who,expected", SIGN_IN_REFUSALS)
def test_signing_in_again_is_refused(world: World, who: tuple[str, str | None, str],
                                     expected: tuple[int, str]) -> None:
    username, owner, password = who
    device_id = world.tokens[owner]["device_id"] if owner else new_id()
    refused = sign_in(world, username, device_id, password)
    assert (refused.status_code, refused.json()["code"]) == expected
    # The owner's sign-in still works: a refused attempt stops nothing.
    assert world.call("yw", "POST", "/v1/sync/pull", json={}).status_code == 200


def test_a_revoked_device_cannot_sign_in_again(world: World) -> None:
    with world.harness.engine.begin() as conn:
        auth.revoke_device(conn, device_id=world.tokens["yw"]["device_id"], reason="lost")
    refused = sign_in(world, "yw", world.tokens["yw"]["device_id"])
    assert refused.status_code == 403
    assert refused.json()["problem"]["code"] == "device_revoked"


def test_signing_in_again_counts_toward_the_sign_in_limit(world: World) -> None:
    device_id = world.tokens["yw"]["device_id"]
    for _ in range(5):
        assert sign_in(world, "yw", device_id, "wrong").json()["code"] == "wrong_login"
    blocked = sign_in(world, "yw", device_id)
    assert (blocked.status_code, blocked.json()["code"]) == (429, "too_many_logins")


def test_failures_from_elsewhere_do_not_lock_a_practitioner_out(world: World) -> None:
    for _ in range(6):
        world.client.post("/v1/auth/enrol", headers={**HEADERS, "X-Forwarded-For": "x"}, json={
            "username": "yw", "password": "wrong", "device_name": "x"})
    # The test client always comes from one address; another is a different key.
    with world.harness.engine.connect() as conn:
        keys = {row.key for row in conn.execute(select(login_attempts.c.key))}
    assert "account:yw@testclient" in keys and not any("@x" in key for key in keys)
    with world.harness.engine.begin() as conn:
        conn.execute(update(login_attempts).values(key="account:yw@198.51.100.7"))
    ok = world.client.post("/v1/auth/enrol", headers=HEADERS, json={
        "username": "yw", "password": PASSWORD, "device_name": "x"})
    assert ok.status_code == 200


def test_old_addresses_are_not_kept_and_a_limited_sign_in_is_audited(world: World) -> None:
    with world.harness.engine.begin() as conn:
        conn.execute(login_attempts.insert().values(key="address:192.0.2.9",
                                                    at="2000-01-01T00:00:00+00:00"))
    for _ in range(6):
        world.client.post("/v1/auth/enrol", headers=HEADERS, json={
            "username": "yw", "password": "wrong", "device_name": "x"})
    with world.harness.engine.connect() as conn:
        keys = {row.key for row in conn.execute(select(login_attempts.c.key))}
        actions = [row.action for row in conn.execute(select(server_audit.c.action,
                                                             server_audit.c.detail))]
        details = " ".join(row.detail or "" for row in conn.execute(select(server_audit)))
    assert "address:192.0.2.9" not in keys
    assert "sign_in_limited" in actions and "testclient" not in details
