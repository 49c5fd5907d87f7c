"""The demo: an invented service on a local server, one synced laptop per practitioner."""

import subprocess
import sys
from collections import Counter
from pathlib import Path

from yjfield.app.demo import set_up_demo_laptops, start_demo_server
from yjfield.cli import demo_windows
from yjfield.domain.codes import Role
from yjfield.domain.demo import build_demo
from yjfield.domain.scope import REPARATION_CHILD_FIELDS, REPARATION_KINDS
from yjfield.store.keys import KdfParams
from yjfield.store.store import Store


def test_demo_has_months_of_every_kind_of_record() -> None:
    service = build_demo(children=40, months=6)
    kinds = Counter(record.kind for record in service.records)
    assert len(service.children) == 40
    assert {u.role for u in service.users} == {Role.YOUTH_WORKER, Role.REPARATION_SUPERVISOR,
                                               Role.CASE_MANAGER, Role.VICTIM_WORKER,
                                               Role.SERVICE_MANAGER}
    for kind in ("contact", "voice", "plan", "plan_goal", "review", "reparation_requirement",
                 "reparation_session", "reparation_attendance", "red_flag", "programme",
                 "victim", "victim_contact", "restorative_justice"):
        assert kinds[kind] > 0, kind
    assert kinds["contact"] > 40 * 10  # roughly weekly over six months


def test_demo_is_repeatable_for_a_seed() -> None:
    first, second = build_demo(children=5, seed=7), build_demo(children=5, seed=7)
    assert [c.given_name for c in first.children] == [c.given_name for c in second.children]


def test_demo_laptops_sync_their_own_scope_from_the_local_server(tmp_path: Path) -> None:
    server = start_demo_server(tmp_path, children=8, months=2, port=None)
    try:
        laptops = set_up_demo_laptops(tmp_path, server.url, passphrase="pw",
                                      kdf=KdfParams.fast_for_tests())
        again = set_up_demo_laptops(tmp_path, server.url, passphrase="pw")  # no second enrol
    finally:
        server.close()
    assert [laptop.folder for laptop in again] == [laptop.folder for laptop in laptops]
    demo = build_demo(children=8, months=2)
    # `yjfield demo --devices 2` opens two laptops that share children, so a conflict can
    # be watched happening.
    pair = demo_windows(laptops, "youth-worker", 2)
    assert [laptop.username for laptop in pair] == ["demo.youthworker", "demo.casemanager"]
    assert set(demo.assignments[pair[0].username]) & set(demo.assignments[pair[1].username])
    assert demo_windows(laptops, "supervisor", 1)[0].username == "demo.supervisor"
    assert demo_windows(laptops, "victim-worker", 1)[0].username == "demo.victimworker"
    assert demo_windows(laptops, "manager", 1)[0].username == "demo.manager"
    for laptop in laptops:
        store = Store.unlock(laptop.folder, "pw")
        try:
            assert store.meta("first_sync_complete") is not None
            assert len(store.caseload()) == len(demo.assignments[laptop.username])
            victims = len(store.entities("victim"))
            # The victims' compartment reaches the victim worker's laptop and no other.
            assert (victims > 0) == (store.identity.role == Role.VICTIM_WORKER)
            if store.identity.role == Role.REPARATION_SUPERVISOR:
                for entity in store.entities("child"):
                    assert set(entity.data) <= REPARATION_CHILD_FIELDS
                held = {r[0] for r in store.db.execute("SELECT DISTINCT kind FROM facts")}
                assert held <= REPARATION_KINDS | {"audit"}
        finally:
            store.close()


def test_demo_command_seeds_and_exits(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "yjfield", "demo", "--seed-only", "--data-dir",
               str(tmp_path), "--passphrase", "pw", "--children", "6", "--months", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "invented service" in done.stdout
    assert sorted(p.name for p in (tmp_path / "profiles").iterdir()) == [
        "demo.casemanager", "demo.manager", "demo.supervisor", "demo.victimworker",
        "demo.youthworker"]
