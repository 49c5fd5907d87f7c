"""Hostile input to the server: generated from its own OpenAPI document, and written by hand.

Schemathesis sends every endpoint requests built from the served schema, signed in
and not; nothing may answer 5xx. The hand-written cases are the ones a fuzzer
rarely finds: oversized and deeply nested bodies, invalid UTF-8, meta-characters
in every text field, extreme numbers and dates, unknown enum values, and a push
naming another service's records.
"""

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from sqlalchemy import Engine

from tests.helpers.figures import FIGURES, Trial
from tests.helpers.harness import PASSWORD, FaultyClient, Harness
from yjfield.domain.child import Child
from yjfield.domain.ids import new_id
from yjfield.domain.protocol import PROTOCOL_HEADER, SCHEMA_HEADER
from yjfield.server import admin
from yjfield.server.imports import insert_records

HEADERS = {PROTOCOL_HEADER: "1", SCHEMA_HEADER: "1"}
EXAMPLES = int(os.environ.get("YJFIELD_FUZZ_EXAMPLES",
                              "150" if os.environ.get("YJFIELD_VERIFY") else "10"))
FUZZ = FIGURES.report(Trial("hostile requests (schemathesis)"))
HAND = FIGURES.report(Trial("hostile requests (by hand)"))


class Signed:
    def __init__(self, engine: Engine, tmp: Path) -> None:
        self.harness = Harness(engine, tmp)
        self.client = FaultyClient(self.harness.app)
        response = self.client.post("/v1/auth/enrol", headers=HEADERS, json={
            "username": "yw", "password": PASSWORD, "device_name": "laptop"})
        body = response.json()
        self.token = body["tokens"]["access_token"]
        self.identity = body["identity"]
        self.child = Child(given_name="Fuzz", family_name="Target",
                           date_of_birth=datetime(2010, 1, 1).date())
        with engine.begin() as conn:
            insert_records(conn, service_id=self.harness.service_id, items=[self.child])
        self.harness.assign(self.child.id, "yw")

    def headers(self, signed: bool = True) -> dict[str, str]:
        return {**HEADERS, **({"Authorization": f"Bearer {self.token}"} if signed else {})}


@pytest.fixture
def signed(engine: Engine, tmp_path: Path) -> Signed:
    return Signed(engine, tmp_path)


def test_generated_requests_never_make_the_server_fail(signed: Signed,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="yjfield.server")
    schema = schemathesis.openapi.from_asgi("/v1/openapi.json", signed.harness.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6

    for operation in operations:
        _fuzz(operation, signed)
    assert [r for r in caplog.records if "unhandled" in r.getMessage()] == []


def _fuzz(operation: Any, signed: Signed) -> None:
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def call(case: Any) -> None:
        for with_token in (True, False):
            response = case.call(headers=signed.headers(with_token))
            FUZZ.trials += 1
            FUZZ.faults += 1
            FUZZ.server_errors += response.status_code >= 500
            assert response.status_code < 500, (operation.method, operation.path,
                                                response.text[:300])
            assert "application/json" in str(response.headers.get("content-type")), operation.path

    call()


HOSTILE_TEXT = ["'; DROP TABLE records; --", "<script>alert(1)</script>", "\u202e\u0000",
                "%s%s%n", "{{7*7}}", "a" * 100_000, "\ud800"]


def _push(signed: Signed, record: dict[str, Any], kind: str = "case_entry",
          **change: Any) -> Any:
    body = {"changes": [{"change_id": new_id(), "counter": 1, "op": "append", "kind": kind,
                         "record_id": record.get("id", new_id()),
                         "child_id": record.get("child_id"), "record": record, **change}]}
    return signed.client.post("/v1/sync/push", headers=signed.headers(),
                              content=json.dumps(body).encode("utf-8", "surrogatepass"))


def _entry(signed: Signed, **fields: Any) -> dict[str, Any]:
    return {"id": new_id(), "child_id": signed.child.id, "at": datetime.now(UTC).isoformat(),
            "text": "ordinary", "recorded_by": signed.identity["user_id"],
            "device_id": signed.identity["device_id"], **fields}


def _hand_cases(signed: Signed, other_child: str) -> list[tuple[str, Any]]:
    post = signed.client.post
    cases: list[tuple[str, Any]] = [
        ("oversized body", lambda: post("/v1/sync/push", headers=signed.headers(),
                                        content=b"{" + b'"a":"' + b"x" * 20_000_000 + b'"}')),
        ("deep JSON", lambda: post("/v1/sync/push", headers=signed.headers(),
                                   content=b"[" * 100_000 + b"]" * 100_000)),
        ("invalid UTF-8", lambda: post("/v1/sync/push", headers=signed.headers(),
                                       content=b'{"changes": "\xff\xfe\xfa"}')),
        ("not JSON", lambda: post("/v1/sync/pull", headers=signed.headers(), content=b"\x00")),
        ("huge cursor", lambda: post("/v1/sync/pull", headers=signed.headers(),
                                     json={"cursor": 10**30})),
        ("negative cursor", lambda: post("/v1/sync/pull", headers=signed.headers(),
                                         json={"cursor": -5, "limit": -1})),
        ("far future", lambda: _push(signed, _entry(signed, at="9999-12-31T23:59:59+00:00"))),
        ("far past", lambda: _push(signed, _entry(signed, at="0001-01-01T00:00:00+00:00"))),
        ("unknown enum", lambda: _push(signed, _entry(signed), op="teleport")),
        ("unknown kind", lambda: _push(signed, _entry(signed), kind="spaceship")),
        ("huge counter", lambda: _push(signed, _entry(signed), counter=10**40)),
        ("another service's child", lambda: _push(signed, _entry(signed,
                                                                 child_id=other_child))),
    ]
    cases += [(f"text {text[:12]!r}", lambda text=text: _push(signed, _entry(signed, text=text)))
              for text in HOSTILE_TEXT]
    return cases


def test_hand_written_hostile_requests_get_a_plain_refusal(
        signed: Signed, engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="yjfield.server")
    with engine.begin() as conn:
        other = admin.create_service(conn, name="Another invented YJS")
        child = Child(given_name="Else", family_name="Where", date_of_birth=datetime(
            2010, 1, 1).date())
        insert_records(conn, service_id=other, items=[child])
    for name, send in _hand_cases(signed, child.id):
        response = send()
        HAND.trials += 1
        HAND.faults += 1
        HAND.server_errors += response.status_code >= 500
        assert response.status_code < 500, (name, response.text[:300])
        body = response.json()
        if response.status_code >= 400:
            assert body["code"] and body["message"], name
        else:
            results = body["results"]
            assert results[0]["status"] in ("applied", "rejected"), name
            if name == "another service's child":
                assert results[0]["code"] == "out_of_scope"
    assert [r for r in caplog.records if "unhandled" in r.getMessage()] == []
