"""Nothing personal is readable in any file the store writes."""

from datetime import timedelta
from pathlib import Path

from tests.conftest import PASSPHRASE, FakeClock
from tests.helpers.files import files_containing, plaintext_forms
from yjfield.domain.child import Child
from yjfield.domain.contact import Contact, VoiceEntry
from yjfield.domain.identity import DeviceIdentity
from yjfield.store.keys import KdfParams
from yjfield.store.store import Store

NAME_GIVEN = "Quentavia"
NAME_FAMILY = "Brackenridge-Oyelaran"
NOTE = "Spoke about the allotment project and feeling safer walking home"
VOICE = "I reckon the allotment is the best bit of my week"
DRAFT = "Half-typed note about the climbing wall"


def _write_sensitive(store: Store, clock: FakeClock) -> None:
    child = store.create(Child(given_name=NAME_GIVEN, family_name=NAME_FAMILY,
                               date_of_birth=clock().date().replace(year=2010)))
    contact = store.add_fact(Contact(child_id=child.id, start=clock() - timedelta(hours=1),
                                     end=clock(), narrative=NOTE))
    store.add_fact(VoiceEntry(child_id=child.id, at=clock(), words=VOICE, contact_id=contact.id))
    store.record_view(child.id)
    store.put_secret("refresh-token", "secret-refresh-token-value-123")
    store.save_draft(f"contact:{child.id}", {"note": DRAFT})


def test_no_plaintext_in_any_file_while_open_and_after_close(
        tmp_path: Path, identity: DeviceIdentity, clock: FakeClock) -> None:
    folder = tmp_path / "profile"
    store = Store.initialise(folder, PASSPHRASE, identity, kdf=KdfParams.fast_for_tests(),
                             now=clock)
    _write_sensitive(store, clock)
    needles = [form for text in (NAME_GIVEN, NAME_FAMILY, NOTE, VOICE, DRAFT, "allotment",
                                 "secret-refresh-token-value-123", PASSPHRASE)
               for form in plaintext_forms(text)]
    # While open the WAL and shared-memory files hold the latest pages.
    assert (folder / "store.db-wal").exists()
    assert files_containing(tmp_path, needles) == []
    store.close()
    assert files_containing(tmp_path, needles) == []
    # Reopening shows the data is really there (the scan was not of an empty store).
    reopened = Store.unlock(folder, PASSPHRASE)
    try:
        assert [r.given_name for r in reopened.caseload()] == [NAME_GIVEN]
        assert reopened.search_children("allot")
        assert reopened.draft_keys() and reopened.draft(reopened.draft_keys()[0]) == {
            "note": DRAFT}
    finally:
        reopened.close()


def test_store_files_are_owner_only(store: Store, store_dir: Path) -> None:
    assert store_dir.stat().st_mode & 0o777 == 0o700
    for path in store_dir.iterdir():
        if path.is_file() and not path.name.endswith(("-shm", "-wal")):
            assert path.stat().st_mode & 0o077 == 0, path.name


def test_change_passphrase_rewraps_without_touching_the_database(
        store: Store, store_dir: Path, child: Child) -> None:
    store.close()
    before = (store_dir / "store.db").read_bytes()
    Store.change_passphrase(store_dir, PASSPHRASE, "a brand new passphrase here")
    assert (store_dir / "store.db").read_bytes() == before
    reopened = Store.unlock(store_dir, "a brand new passphrase here")
    try:
        assert reopened.get(Child, child.id).given_name == "Marlowe"
    finally:
        reopened.close()
