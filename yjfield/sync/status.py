"""What the practitioner always sees about sync: online or not, waiting changes, last sync."""

from dataclasses import dataclass

from yjfield.store.store import Store


@dataclass(frozen=True)
class SyncStatus:
    online: bool
    pending: int
    last_success: str | None
    conflicts: int
    problems: int
    message: str | None = None


def read_status(store: Store, *, online: bool, message: str | None = None) -> SyncStatus:
    """The status as the store knows it (call on the store's own thread)."""
    # Audit events sync too, but "changes waiting" means the practitioner's own work.
    short = int(store.meta("children_not_whole") or 0)
    if message is None and short:
        message = (f"{short} child's record is not complete on this laptop yet; it is "
                   "fetched again at the next sync." if short == 1 else
                   f"{short} children's records are not complete on this laptop yet; they "
                   "are fetched again at the next sync.")
    return SyncStatus(online=online, pending=store.pending_count(include_audit=False),
                      last_success=store.meta("last_sync"), conflicts=store.conflict_count(),
                      problems=len(store.problems()), message=message)
