"""Guarantee 1 at the store: a saved record survives the app being killed at any instant."""

import os
import random
from datetime import date
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.helpers.figures import FIGURES, Trial
from tests.helpers.processes import run_and_kill
from yjfield.domain.child import Child
from yjfield.domain.identity import DeviceIdentity
from yjfield.store.keys import KdfParams
from yjfield.store.store import Store

WRITER = Path(__file__).parents[1] / "helpers" / "crash_writer.py"
TRIALS = int(os.environ.get("YJFIELD_CRASH_TRIALS", "200" if os.environ.get("YJFIELD_VERIFY")
                            else "20"))


def test_sigkill_at_random_moments_loses_no_acknowledged_record(
        tmp_path: Path, identity: DeviceIdentity) -> None:
    seed = int(os.environ.get("YJFIELD_SEED", random.randrange(2**32)))
    rng = random.Random(seed)
    folder = tmp_path / "profile"
    store = Store.initialise(folder, PASSPHRASE, identity, kdf=KdfParams.fast_for_tests())
    child = store.create(Child(given_name="Crash", family_name="Trial",
                               date_of_birth=date(2010, 1, 1)))
    store.close()
    acknowledged: list[str] = []
    last_patch: str | None = None
    figures = FIGURES.report(Trial("app killed while saving", seed=seed, failed=True))
    for trial in range(TRIALS):
        lines = run_and_kill(WRITER, [str(folder), PASSPHRASE, child.id, str(trial * 1_000_000)],
                             rng.uniform(0.0, 0.25))
        figures.trials += 1
        figures.faults += 1
        acknowledged += [line.split()[1] for line in lines if line.startswith("fact ")]
        patches = [line.split()[1] for line in lines if line.startswith("patch ")]
        last_patch = patches[-1] if patches else last_patch
        reopened = Store.unlock(folder, PASSPHRASE)
        try:
            context = f"seed {seed}, trial {trial}"
            assert reopened.db.one("PRAGMA integrity_check") == "ok", context
            stored = {r.fact.id for r in reopened.facts(child.id, "contact")}
            figures.records_lost = sum(1 for i in acknowledged if i not in stored)
            queued = [row[0] for row in reopened.db.execute(
                "SELECT record_id FROM outbox WHERE op = 'append' AND record_kind = 'contact'")]
            figures.records_duplicated = len(queued) - len(set(queued))
            assert figures.records_lost == 0, f"acknowledged records lost ({context})"
            assert figures.records_duplicated == 0, f"duplicate outbox entries ({context})"
            assert set(acknowledged) <= set(queued), f"acknowledged without outbox ({context})"
            assert stored == set(queued), f"a fact without its outbox entry ({context})"
            if last_patch is not None:
                # The edit may be newer than the last acknowledgement, never older.
                current = reopened.get(Child, child.id).preferred_name or ""
                assert int(current.removeprefix("Name")) >= int(last_patch.removeprefix("Name"))
        finally:
            reopened.close()
    assert len(acknowledged) > TRIALS, "the writer hardly wrote: the trial proved nothing"
    figures.failed = False
