"""atomic(): a transaction, or a savepoint inside one; all of it is saved, or none."""

import pytest

from tests.conftest import PASSPHRASE
from yjfield.domain.policy import LocalPolicy
from yjfield.store.store import Store


def _values(store: Store) -> list[str]:
    rows = store.db.execute("SELECT value FROM meta WHERE key LIKE 't%' ORDER BY key")
    return [value for (value,) in rows]


def test_inner_failure_rolls_back_only_the_savepoint(store: Store) -> None:
    with store.db.atomic():
        store.set_meta("t1", "outer before")
        with pytest.raises(RuntimeError), store.db.atomic():
            store.set_meta("t2", "inner")
            raise RuntimeError("inner fails")
        store.set_meta("t3", "outer after")
    assert _values(store) == ["outer before", "outer after"]


def test_outer_failure_rolls_back_everything_inside(store: Store) -> None:
    with pytest.raises(RuntimeError), store.db.atomic():
        store.set_meta("t1", "outer")
        with store.db.atomic():
            store.set_meta("t2", "inner committed to the savepoint only")
        raise RuntimeError("outer fails")
    assert _values(store) == []
    assert not store.db.in_transaction


def test_policy_is_kept_with_defaults_until_set(store: Store, store_dir: object) -> None:
    assert store.policy() == LocalPolicy()
    store.set_policy(LocalPolicy(follow_up_working_days=2, idle_lock_minutes=10))
    store.close()
    reopened = Store.unlock(store_dir, PASSPHRASE)  # type: ignore[arg-type]
    try:
        assert reopened.policy().follow_up_working_days == 2
        assert reopened.policy().idle_lock_minutes == 10
    finally:
        reopened.close()
