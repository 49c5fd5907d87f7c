"""The demo service: invented, realistic, and each practitioner holds only their scope."""

import subprocess
import sys
from collections import Counter
from pathlib import Path

from yjfield.app.demo import records_for, seed_profiles
from yjfield.app.demo_data import build_demo
from yjfield.domain.codes import Role
from yjfield.domain.scope import REPARATION_CHILD_FIELDS, REPARATION_KINDS
from yjfield.store.keys import KdfParams
from yjfield.store.store import Store


def test_demo_has_months_of_every_kind_of_record() -> None:
    service = build_demo(children=40, months=6)
    kinds = Counter(record.kind for record in service.records)
    assert len(service.children) == 40
    assert {u.role for u in service.users} == {Role.YOUTH_WORKER, Role.REPARATION_SUPERVISOR,
                                               Role.CASE_MANAGER}
    for kind in ("contact", "voice", "plan", "plan_goal", "review", "reparation_requirement",
                 "reparation_session", "reparation_attendance", "red_flag", "programme"):
        assert kinds[kind] > 0, kind
    assert kinds["contact"] > 40 * 10  # roughly weekly over six months


def test_demo_is_repeatable_for_a_seed() -> None:
    first, second = build_demo(children=5, seed=7), build_demo(children=5, seed=7)
    assert [c.given_name for c in first.children] == [c.given_name for c in second.children]


def test_supervisor_scope_is_reparation_only() -> None:
    service = build_demo(children=12)
    supervisor = service.user(Role.REPARATION_SUPERVISOR)
    records = records_for(service, supervisor)
    assert {r.kind for r in records} <= REPARATION_KINDS
    assert not [r for r in records if r.kind == "contact"]


def test_seeded_profiles_open_with_their_own_scope(tmp_path: Path) -> None:
    service = build_demo(children=12)
    folders = seed_profiles(tmp_path, "pw", service, kdf=KdfParams.fast_for_tests())
    for user in service.users:
        store = Store.unlock(folders[user.username], "pw")
        try:
            held = {line.child_id for line in store.caseload()}
            assert held == service.assignments[user.username]
            assert store.pending_count() == 0  # seeded as if synced, nothing to send
            if user.role == Role.REPARATION_SUPERVISOR:
                for entity in store.entities("child"):
                    assert set(entity.data) <= REPARATION_CHILD_FIELDS
                    assert entity.record.address is None  # type: ignore[attr-defined]
                assert store.facts(next(iter(held)), "contact") == []
        finally:
            store.close()


def test_demo_command_seeds_then_refuses_to_reseed(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "yjfield", "demo", "--seed-only", "--data-dir",
               str(tmp_path), "--passphrase", "pw", "--children", "6"]
    first = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    assert "Created the invented demo service" in first.stdout
    second = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    assert "already exists" in second.stdout
    assert sorted(p.name for p in (tmp_path / "profiles").iterdir()) == [
        "demo.casemanager", "demo.supervisor", "demo.youthworker"]
