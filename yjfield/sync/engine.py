"""The client sync engine: push the outbox, pull by cursor, keep the scope, obey revocation.

It runs on a background thread owned by the app, never the GUI thread. Every
step that changes the store is one local transaction, so a sync can be cut off
at any moment and simply run again.
"""

import gc
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any, TypeVar

from yjfield.domain.protocol import (
    MAX_CHANGES_PER_PUSH,
    MAX_PULL_PAGE,
    Change,
    ChangeResult,
    ChangeStatus,
    HeldChanges,
    HeldDecision,
    Op,
    PullRequest,
    PullResponse,
)
from yjfield.domain.scope import SHARED_KINDS, may_hold
from yjfield.store.incoming import IncomingPage, read_page
from yjfield.store.rows import OutboxRecord
from yjfield.store.secrets import SecretStore
from yjfield.store.store import Store
from yjfield.sync import wipe
from yjfield.sync.api import ServerApi
from yjfield.sync.errors import (
    Revoked,
    SignInAgain,
    SignInNeeded,
    SyncError,
    UnreadableAnswer,
)

log = logging.getLogger(__name__)


class _CollectorPause:
    """Hold back Python's cycle collector while pages are applied.

    A first sync makes and drops hundreds of thousands of small objects, none of them
    in cycles; the collector kept sweeping the whole heap for them, an eighth of the
    sync's time on this machine. Reference counting still frees them as it goes. Counted,
    so syncs on several threads at once (a test's crowd of devices) resume it only when
    the last one is done, and only if it was running before the first.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._resume = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._holders == 0:
                self._resume = gc.isenabled()
                gc.disable()
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if self._holders == 0 and self._resume:
                    gc.enable()


_collector_paused = _CollectorPause()

T = TypeVar("T")

REFRESH_TOKEN = "refresh-token"  # noqa: S105 - the name a secret is kept under


@dataclass(frozen=True)
class SyncProgress:
    """For a progress bar: what is happening and how far it has got."""

    phase: str  # "sending", "receiving", "checking"
    done: int
    total: int


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    rejected: int = 0
    held: int = 0
    mismatched: int = 0
    purged: list[str] = field(default_factory=list)
    backfilled: list[str] = field(default_factory=list)
    first_sync_complete: bool = False
    #: Children still not held whole after fetching them again (said in the status).
    incomplete: list[str] = field(default_factory=list)


class FirstSyncIncomplete(SyncError):
    what = "The first sync did not bring everything on your caseload."
    todo = "Please sync again while connected; it will fetch the rest."


class Wiped(SyncError):
    what = "This laptop has been removed from the service, so its caseload has been erased."
    todo = "Contact your manager if you need it back on this laptop."


def to_change(entry: OutboxRecord) -> Change:
    """An outbox entry as it travels."""
    payload = entry.payload
    return Change(
        change_id=entry.change_id, counter=entry.seq, op=Op(entry.op), kind=entry.record_kind,
        record_id=entry.record_id, child_id=entry.child_id, record=payload.get("record"),
        fields=payload.get("fields"), base=payload.get("base"),
        resolves=payload.get("resolves", []), made_at=entry.created_at)


class SyncEngine:
    """One device's sync with its server."""

    def __init__(self, store: Store, api: ServerApi, secrets: SecretStore, *,
                 push_batch: int = MAX_CHANGES_PER_PUSH, pull_page: int = MAX_PULL_PAGE,
                 on_progress: Callable[[SyncProgress], None] | None = None,
                 access_token: str | None = None) -> None:
        self.store = store
        self.api = api
        self.secrets = secrets
        self.push_batch = push_batch
        self.pull_page = pull_page
        self.on_progress = on_progress or (lambda progress: None)
        self._access = access_token

    # -- tokens -----------------------------------------------------------------

    def _refresh(self) -> str:
        refresh_token = self.secrets.get(REFRESH_TOKEN)
        if refresh_token is None:  # the OS keyring lost it, or it was never kept
            raise SignInAgain()
        try:
            pair = self.api.refresh(refresh_token)
        except SignInNeeded as error:  # expired after a long time offline, or stopped
            raise SignInAgain(error.what) from error
        self.secrets.put(REFRESH_TOKEN, pair.refresh_token)
        self._access = pair.access_token
        return pair.access_token

    def _with_token(self, call: Callable[[str], T]) -> T:
        token = self._access or self._refresh()
        try:
            return call(token)
        except SignInNeeded:
            # Expired, or stopped by a sign-in on this laptop since: a fresh one decides.
            self._access = None
            return call(self._refresh())

    def change_password(self, current: str, new: str) -> None:
        """The practitioner's own service password, changed on the server."""
        self._with_token(partial(self.api.change_password, current=current, new=new))

    def held_changes(self) -> HeldChanges:
        """Changes held for a decision that this laptop's manager may decide on."""
        result: HeldChanges = self._with_token(self.api.held_changes)
        return result

    def decide_held(self, number: int, *, accept: bool, reason: str = "") -> None:
        self._with_token(partial(self.api.decide_held, number=number,
                                 decision=HeldDecision(accept=accept, reason=reason)))

    def sign_in_again(self, password: str, one_time_code: str | None = None) -> None:
        """New tokens for this same device, so its waiting changes keep their counter."""
        identity = self.store.identity
        pair = self.api.sign_in(identity.username, password, identity.device_id,
                                one_time_code)
        self.secrets.put(REFRESH_TOKEN, pair.refresh_token)
        self._access = pair.access_token

    # -- the whole sync ---------------------------------------------------------

    def sync(self) -> SyncReport:
        """Push, then pull, then settle the scope. Safe to run again after any failure."""
        report = SyncReport()
        try:
            self._push(report)
            self._pull(report)
        except Revoked:
            self._wipe()
            raise Wiped() from None
        with self.store.db.atomic():
            self.store.set_meta("last_sync", datetime.now(UTC).isoformat())
        return report

    def _next_batch(self, sent: set[str]) -> list[OutboxRecord]:
        """Changes to send, in order, stopping before a second change to the same record.

        A later edit was made on top of the earlier one; it goes in the next round,
        once the earlier one's acknowledgement has moved its base version. Held changes
        go too, once a sync (`sent`), in their place in the order: the server answers
        what became of each (still held; applied, as the child came back or a manager
        accepted it; or declined, with the manager's reason).
        """
        batch: list[OutboxRecord] = []
        records: set[str] = set()
        for entry in self.store.outbox_to_send(limit=self.push_batch + len(sent)):
            if entry.state == "held" and entry.change_id in sent:
                continue
            if entry.op != "append" and entry.record_id in records:
                break
            records.add(entry.record_id)
            batch.append(entry)
            if len(batch) == self.push_batch:
                break
        return batch

    def _push(self, report: SyncReport) -> None:
        total = self.store.count_to_send()
        sent: set[str] = set()
        batch = self._next_batch(sent)
        while batch:
            sent.update(entry.change_id for entry in batch)
            response = self._with_token(partial(self.api.push,
                                                changes=[to_change(e) for e in batch]))
            answered = {result.change_id: result for result in response.results}
            if not any(entry.change_id in answered for entry in batch):
                raise UnreadableAnswer()
            with self.store.db.atomic():  # one commit for the whole batch of answers
                self._record_answers(batch, answered, report)
            self.on_progress(SyncProgress("sending", report.sent + report.rejected + report.held,
                                          max(total, 1)))
            batch = self._next_batch(sent)

    def _record_answers(self, batch: list[OutboxRecord], answered: dict[str, ChangeResult],
                        report: SyncReport) -> None:
        acks: list[tuple[str, dict[str, int]]] = []
        restored: list[tuple[str, dict[str, Any]]] = []
        scope = self.store.known_scope()
        for entry in batch:
            result = answered.get(entry.change_id)
            if result is None:
                continue  # sent again next round
            if result.status in (ChangeStatus.APPLIED, ChangeStatus.CONFLICT,
                                 ChangeStatus.DUPLICATE):
                acks.append((entry.change_id, result.versions))
                report.sent += 1
                if entry.state == "held" and entry.op == "append" and entry.child_id in scope:
                    # Its child is back on this caseload, and this laptop may have purged
                    # the fact while it was away; the server never sends a laptop its own
                    # facts, so it goes back into the store from here.
                    restored.append((entry.record_kind, entry.payload["record"]))
            elif result.status == ChangeStatus.HELD and entry.state == "held":
                continue  # still waiting for a manager
            else:
                state = "held" if result.status == ChangeStatus.HELD else "rejected"
                self.store.set_change_state(entry.change_id, state,
                                            result.code.value if result.code else None,
                                            result.message)
                if state == "held":
                    report.held += 1
                else:
                    report.rejected += 1
        self.store.ack_changes(acks)
        if restored:
            self.store.apply_server_facts(restored)

    def _check_page(self, request: PullRequest, page: PullResponse) -> None:
        """Refuse a page that breaks the protocol, before anything is applied."""
        scope = set(page.scope)
        last = request.cursor
        role = self.store.identity.role
        allowed = {kind: may_hold(role, kind) for kind in {r.kind for r in page.records}}
        for record in page.records:
            if not allowed[record.kind]:
                raise UnreadableAnswer("The server sent a kind of record your role must not "
                                       "hold on this laptop; none of that page was saved.")
            if record.seq <= last and request.children is None:
                raise UnreadableAnswer("The server sent records out of order; none were saved.")
            last = max(last, record.seq)
            if record.child_id is not None and record.child_id not in scope:
                raise UnreadableAnswer("The server sent a record outside your caseload; "
                                       "none of that page was saved.")
            if record.child_id is None and record.kind not in SHARED_KINDS:
                raise UnreadableAnswer()
        if page.cursor < request.cursor or (page.records and page.cursor < last):
            raise UnreadableAnswer("The server's sync position went backwards; nothing was "
                                   "saved.")
        if page.has_more and page.cursor == request.cursor:  # would ask for it for ever
            raise UnreadableAnswer("The server promised more but its sync position did not "
                                   "move; nothing was saved.")

    def _fetch(self, token: str, request: PullRequest) -> tuple[PullResponse, IncomingPage]:
        """One page: fetched, checked and its records read, with no store access."""
        page = self.api.pull(token, request=request)
        self._check_page(request, page)
        try:
            return page, read_page(page.records)
        except ValueError:  # pydantic's ValidationError too
            raise UnreadableAnswer("The server sent a record that breaks the rules for its "
                                   "kind; none of that page was saved.") from None

    def _fetched(self, pending: Future[tuple[PullResponse, IncomingPage]] | None,
                 request: PullRequest) -> tuple[PullResponse, IncomingPage]:
        if pending is not None:
            try:
                return pending.result()
            except SignInNeeded:  # the access token ran out while the page before was saved
                self._access = None
        return self._with_token(partial(self._fetch, request=request))

    def _pull_pages(self, report: SyncReport, start: PullRequest, *,
                    move_cursor: bool, backfilled: set[str] | None = None) -> PullResponse:
        """Fetch and apply pages until the server has no more.

        When there is more than one page, the next is fetched, checked and read on a
        helper thread while this one is saved: the network, the checks and the local
        store work at the same time. (Most syncs bring one page, fetched here without
        a thread.) The helper never touches the store, which is this thread's: a token
        that runs out meanwhile is renewed here. Pages are still applied strictly in
        order, each with its cursor in one transaction.
        """
        request = start
        whole = self.store.known_scope()
        with _collector_paused(), \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="yjfield-pull") as fetcher:
            pending: Future[tuple[PullResponse, IncomingPage]] | None = None
            while True:
                asked = request
                page, incoming = self._fetched(pending, request)
                pending = None
                if page.has_more:
                    request = request.model_copy(update={"cursor": page.cursor})
                    pending = fetcher.submit(self._fetch, self._access or self._refresh(),
                                             request)
                if move_cursor:
                    # Which children this laptop holds whole up to the new cursor: from
                    # the start, every child the page's scope names; after that, only
                    # those it held whole and the server still sent. One that left
                    # meanwhile is not whole any more, so if it comes back it is fetched
                    # again (the laptop's belief moves with its cursor, never behind it).
                    page_scope = set(page.scope)
                    whole = page_scope if asked.cursor == 0 else whole & page_scope
                elif backfilled is not None and not page.has_more:
                    whole = whole | backfilled  # with the backfill's last page, not before
                result = self.store.apply_pull_page(
                    incoming, page.cursor if move_cursor else None,
                    whole if move_cursor or not page.has_more else None)
                report.received += len(result.inserted) + len(incoming.entities)
                report.mismatched += len(result.mismatched)
                if result.mismatched:
                    log.warning("%d records arrived with an id already used",
                                len(result.mismatched))
                self.on_progress(SyncProgress("receiving", page.cursor, max(page.head, 1)))
                if not page.has_more:
                    return page

    def _pull(self, report: SyncReport) -> None:
        first = self.store.meta("first_sync_complete") is None
        # Always from the stored cursor, a first sync too: each page was applied with
        # its cursor, so nothing before it is missing (the first-sync check re-fetches
        # from 0 itself if the counts say otherwise).
        last = self._pull_pages(report, PullRequest(cursor=self.store.cursor(),
                                                    limit=self.pull_page),
                                move_cursor=True)
        scope = set(last.scope)
        for child_id in sorted(self.store.children_held() - scope):
            # Its pending changes went up in the push before this pull. Changes refused
            # because the service erased the child go first: were the app killed between
            # the two steps, the child would still be here to purge next time.
            self.store.forget_erased_changes(child_id)
            self.store.purge_child(child_id, reason="left this practitioner's caseload")
            report.purged.append(child_id)
        if report.purged:
            self.store.purge_unlinked_sessions()
        # Children on the caseload that this laptop does not hold whole: new to it, or
        # away while pages went by, or a backfill cut short. Fetched from the start.
        joined = sorted(scope - self.store.known_scope())
        if joined:
            self._pull_pages(report, PullRequest(cursor=0, limit=self.pull_page,
                                                 children=joined, upto=last.cursor),
                             move_cursor=False, backfilled=set(joined))
            report.backfilled = joined
        if first:
            self._check_first_sync(last.cursor)
            report.first_sync_complete = True
        else:
            self._check_whole(report, scope, last.cursor)

    def _check_whole(self, report: SyncReport, scope: set[str], upto: int) -> None:
        """Compare what this laptop holds of each child with what the server has of them
        (up to the cursor), and fetch any child that falls short again, from the start.

        The scope-and-cursor rule should make this find nothing; it is the laptop's own
        proof that it is whole, cheap (one request of counts), and the net under
        anything that rule did not foresee.
        """
        server = self._with_token(partial(self.api.summary, upto=upto, by_child=True))
        held = self.store.counts_by_child()
        short = sorted(child for child, count in (server.children or {}).items()
                       if child in scope and held.get(child, 0) < count)
        if short:
            log.warning("%d children were not held whole; fetching them again", len(short))
            self._pull_pages(report, PullRequest(cursor=0, limit=self.pull_page,
                                                 children=short, upto=upto),
                             move_cursor=False, backfilled=set(short))
            report.backfilled = sorted({*report.backfilled, *short})
            held = self.store.counts_by_child()
            report.incomplete = [child for child in short
                                 if held.get(child, 0) < (server.children or {})[child]]
        with self.store.db.atomic():  # said in the status until a sync finds them whole
            self.store.set_meta("children_not_whole", str(len(report.incomplete)))

    def _check_first_sync(self, upto: int) -> None:
        """A first sync counts only once the device holds as many records as its scope has."""
        self.on_progress(SyncProgress("checking", 0, 1))
        summary = self._with_token(partial(self.api.summary, upto=upto))
        held = self.store.counts_from_server()
        missing = {kind: count for kind, count in summary.counts.items()
                   if held.get(kind, 0) < count}
        if missing:
            with self.store.db.atomic():
                self.store.set_meta("cursor", "0")  # fetch everything again next time
            raise FirstSyncIncomplete()
        with self.store.db.atomic():
            self.store.set_meta("first_sync_complete", datetime.now(UTC).isoformat())

    # -- revocation ---------------------------------------------------------------

    def _wipe(self) -> None:
        """Keep the proof to send, erase the local store, then send the proof."""
        refresh_token = self.secrets.get(REFRESH_TOKEN)
        url = self.store.meta("server_url") or self.api.base_url
        profile = self.store.db.path.parent
        receipt = None
        if refresh_token:
            receipt = wipe.keep_receipt(profile, server_url=url,
                                        device_id=self.store.identity.device_id,
                                        refresh_token=refresh_token)
        self.secrets.delete(REFRESH_TOKEN)
        self.store.erase()
        if receipt is not None and not wipe.send_receipt(receipt, lambda _: self.api,
                                                             close=False):
            log.warning("the wipe is not confirmed to the server yet; it will be sent later")
