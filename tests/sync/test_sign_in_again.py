"""A laptop whose sign-in is lost or expired signs in again and loses nothing."""

import threading
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import update

from tests.helpers.harness import PASSWORD, Device, Harness
from yjfield.domain.contact import Contact
from yjfield.server.db import tokens
from yjfield.sync.engine import REFRESH_TOKEN
from yjfield.sync.errors import SignInAgain, SignInNeeded

NOW = datetime.now(UTC)


def with_waiting_work(harness: Harness, devices: list[Device]) -> tuple[Device, str, str]:
    """A synced youth worker's laptop with one contact recorded since: (laptop, child, contact)."""
    yw = harness.device("yw")
    devices.append(yw)
    child = harness.new_child(yw)
    yw.sync()
    contact = yw.store.add_fact(Contact(child_id=child.id, start=NOW,
                                        narrative="Written while signed out"))
    return yw, child.id, contact.id


def test_a_token_lost_from_the_keyring_asks_for_the_password(harness: Harness,
                                                              devices: list[Device]) -> None:
    yw, child_id, contact_id = with_waiting_work(harness, devices)
    yw.engine.secrets.delete(REFRESH_TOKEN)  # the keyring was cleared
    yw.engine._access = None  # and the app restarted
    with pytest.raises(SignInAgain):
        yw.sync()
    assert yw.store.pending_count(include_audit=False) == 1  # the work waits

    with pytest.raises(SignInNeeded):
        yw.engine.sign_in_again("not the password")
    yw.engine.sign_in_again(PASSWORD)
    report = yw.sync()
    assert report.sent >= 1 and report.rejected == 0
    assert yw.store.pending_count(include_audit=False) == 0

    cm = harness.device("cm")
    devices.append(cm)
    harness.assign(child_id, "cm")
    cm.sync()
    assert [held.fact.id for held in cm.store.facts(child_id, "contact")] == [contact_id]


def test_an_expired_sign_in_after_weeks_offline(harness: Harness,
                                                devices: list[Device]) -> None:
    yw, _, _ = with_waiting_work(harness, devices)
    with harness.engine.begin() as conn:  # five weeks away: every token has run out
        conn.execute(update(tokens).values(expires_at="2000-01-01T00:00:00+00:00"))
    with pytest.raises(SignInAgain) as refused:
        yw.sync()
    assert refused.value.what == "Your sign-in has expired."
    device_id = yw.store.identity.device_id
    yw.engine.sign_in_again(PASSWORD)
    assert yw.sync().sent >= 1
    assert yw.store.identity.device_id == device_id  # the same device, not a new enrolment
    assert yw.store.pending_count(include_audit=False) == 0


def test_an_access_token_running_out_between_pages_is_renewed_on_the_syncing_thread(
        harness: Harness, paged_laptop: Device, monkeypatch: pytest.MonkeyPatch) -> None:
    # The next page is fetched on a helper thread while this one is saved; the renewed
    # sign-in is saved in the store (no keyring here), which only the syncing thread
    # may touch: from the helper, it would land inside the page's transaction.
    yw = paged_laptop
    apply, put = yw.store.apply_pull_page, yw.store.put_secret
    saved_on: list[threading.Thread] = []

    def then_run_out(*args: Any, **kwargs: Any) -> Any:
        result = apply(*args, **kwargs)
        if not saved_on:
            with harness.engine.begin() as conn:
                conn.execute(update(tokens).where(tokens.c.kind == "access")
                             .values(expires_at="2000-01-01T00:00:00+00:00"))
        return result

    def watched(name: str, value: str) -> None:
        saved_on.append(threading.current_thread())
        put(name, value)

    monkeypatch.setattr(yw.store, "apply_pull_page", then_run_out)
    monkeypatch.setattr(yw.store, "put_secret", watched)
    assert yw.sync().first_sync_complete
    assert saved_on and set(saved_on) == {threading.current_thread()}
    yw.engine._access = None  # the app restarts: the refresh token it saved is the live one
    monkeypatch.undo()
    yw.sync()
    assert yw.engine._access is not None


def test_a_practitioner_with_a_second_factor_signs_in_again_with_its_code(
        harness: Harness, devices: list[Device]) -> None:
    import pyotp

    from tests.helpers.harness import SECRET
    from yjfield.server import second_factor
    from yjfield.server.settings import ServerSettings
    from yjfield.sync.errors import Refused

    yw, _child_id, _contact_id = with_waiting_work(harness, devices)
    with harness.engine.begin() as conn:
        uri = second_factor.set_up(conn, settings=ServerSettings(secret_key=SECRET,
                                                                 database_url="unused"),
                                   user_id=harness.users["yw"], username="yw")
    totp = pyotp.parse_uri(uri)
    yw.engine.secrets.delete(REFRESH_TOKEN)
    yw.engine._access = None
    with pytest.raises(Refused) as asked:
        yw.engine.sign_in_again(PASSWORD)  # the password alone is not enough now
    assert asked.value.code == "code_needed"
    yw.engine.sign_in_again(PASSWORD, totp.now())  # type: ignore[attr-defined]
    yw.sync()
    assert yw.store.pending_count(include_audit=False) == 0
