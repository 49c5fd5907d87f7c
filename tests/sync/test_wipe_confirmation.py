"""Only the server moves a laptop to "wiped", and the proof reaches it whatever happens.

Issue: a revoked laptop's wipe was not recorded when the confirmation was cut or the
app restarted, and any laptop could mark itself wiped and keep syncing.
"""

from typing import Any

import pytest
from sqlalchemy import select

from tests.helpers.harness import PASSWORD, FaultyClient, Harness, enrol
from yjfield.domain.contact import CaseEntry
from yjfield.domain.protocol import PROTOCOL_HEADER, SCHEMA_HEADER
from yjfield.server import auth
from yjfield.server.db import devices as devices_table
from yjfield.sync import wipe
from yjfield.sync.api import ServerApi
from yjfield.sync.engine import Wiped

HEADERS = {PROTOCOL_HEADER: "1", SCHEMA_HEADER: "1"}


def _confirmed(harness: Harness, device_id: str) -> Any:
    with harness.engine.connect() as conn:
        return conn.execute(select(devices_table.c.wipe_confirmed_at).where(
            devices_table.c.id == device_id)).scalar()


def test_a_laptop_that_was_not_revoked_cannot_mark_itself_wiped(harness: Harness,
                                                                devices: list[Any]) -> None:
    yw = enrol(harness, devices, "yw")
    client = FaultyClient(harness.app)
    enrolled = client.post("/v1/auth/enrol", headers=HEADERS, json={
        "username": "yw", "password": PASSWORD, "device_name": "modified"}).json()
    answer = client.post("/v1/device/wiped", headers={
        **HEADERS, "Authorization": f"Bearer {enrolled['tokens']['access_token']}"})
    assert (answer.status_code, answer.json()["code"]) == (403, "forbidden")
    assert _confirmed(harness, enrolled["identity"]["device_id"]) is None
    # It goes on syncing as before: nothing was changed.
    assert client.post("/v1/sync/pull", headers={
        **HEADERS, "Authorization": f"Bearer {enrolled['tokens']['access_token']}"},
        json={}).status_code == 200
    yw.sync()


@pytest.mark.allow_log_warnings
def test_a_cut_confirmation_is_kept_and_sent_at_the_next_start(harness: Harness,
                                                               devices: list[Any]) -> None:
    yw = enrol(harness, devices, "yw")
    child = harness.new_child(yw)
    yw.sync()
    yw.store.add_fact(CaseEntry(child_id=child.id, at=yw.store.now(), text="offline"))
    device_id = yw.store.identity.device_id
    with harness.engine.begin() as conn:
        auth.revoke_device(conn, device_id=device_id, reason="lost laptop")
    assert isinstance(yw.client, FaultyClient)

    def cut_the_confirmation(request_path: str) -> None:
        yw.client.fail_requests = 1 if request_path.endswith("/device/wiped") else 0

    original = yw.client.send

    def send(request: Any, **kwargs: Any) -> Any:
        cut_the_confirmation(request.url.path)
        return original(request, **kwargs)

    yw.client.send = send  # type: ignore[method-assign]
    with pytest.raises(Wiped):
        yw.sync()
    assert not yw.folder.exists()
    assert _confirmed(harness, device_id) is None  # the server never heard it
    receipts = list(yw.folder.parent.glob(".wipe-*.json"))
    assert len(receipts) == 1
    # The app starts again later (a new process: nothing but the file is left).
    yw.client.send = original  # type: ignore[method-assign]
    sent = wipe.send_receipts(yw.folder.parent,
                              lambda url: ServerApi(url, http=FaultyClient(harness.app)))
    assert sent == 1 and list(yw.folder.parent.glob(".wipe-*.json")) == []
    first = _confirmed(harness, device_id)
    assert first is not None
    # Its tokens are dead now, and a repeat of the confirmation changes nothing.
    refreshed = FaultyClient(harness.app).post("/v1/auth/refresh", headers=HEADERS, json={
        "refresh_token": "whatever"})
    assert refreshed.status_code == 401
    with harness.engine.connect() as conn:
        assert conn.execute(select(devices_table.c.wipe_confirmed_at).where(
            devices_table.c.id == device_id)).scalar() == first


def test_a_lost_answer_to_the_confirmation_is_answered_again(harness: Harness,
                                                             devices: list[Any]) -> None:
    yw = enrol(harness, devices, "yw")
    refresh_token = yw.engine.secrets.get("refresh-token")
    with harness.engine.begin() as conn:
        auth.revoke_device(conn, device_id=yw.store.identity.device_id, reason="leaver")
    client = FaultyClient(harness.app)
    first = client.post("/v1/device/wiped", headers=HEADERS,
                        json={"refresh_token": refresh_token})
    again = client.post("/v1/device/wiped", headers=HEADERS,
                        json={"refresh_token": refresh_token})
    assert first.status_code == again.status_code == 200
    assert first.json()["at"] == again.json()["at"]
    # Every other use of its tokens is refused.
    assert client.post("/v1/auth/refresh", headers=HEADERS, json={
        "refresh_token": refresh_token}).status_code in (401, 403)
