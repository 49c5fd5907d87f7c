"""Devices, tokens and sign-in limits.

Tokens are random strings; the server keeps only an HMAC of each (keyed by the
server secret), so a copy of the database holds no usable token. Access tokens
are short-lived; refresh tokens rotate, and replaying a used one stops the whole
chain. Functions that must record something even when they refuse (a failed
sign-in, a replayed token) take the engine and write in their own transaction.
"""

import hashlib
import hmac
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from sqlalchemy import Connection, Engine, and_, bindparam, delete, func, select, update

from yjfield.domain.identity import DeviceIdentity
from yjfield.domain.ids import new_id
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.protocol import (
    EnrolRequest,
    EnrolResponse,
    ErrorCode,
    PasswordChange,
    SignInRequest,
    TokenPair,
)
from yjfield.server import admin, second_factor
from yjfield.server.admin import UserRow
from yjfield.server.audit import ServerAction
from yjfield.server.audit import record as audit
from yjfield.server.db import (
    devices,
    login_attempts,
    refresh_retries,
    services,
    tokens,
    users,
)
from yjfield.server.errors import ApiError
from yjfield.server.passwords import WeakPassword
from yjfield.server.passwords import check_password as check_new_password
from yjfield.server.sealing import seal, unseal
from yjfield.server.settings import ServerSettings
from yjfield.server.sync_service import Caller

T = TypeVar("T")


def _now() -> datetime:
    return datetime.now(UTC)


def token_hash(settings: ServerSettings, token: str) -> str:
    return hmac.new(settings.secret_key.encode(), token.encode(), hashlib.sha256).hexdigest()


def issue_tokens(conn: Connection, *, settings: ServerSettings, device_id: str,
                 family: str | None = None, now: datetime | None = None) -> TokenPair:
    now = now or _now()
    access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    family = family or new_id()
    conn.execute(tokens.insert(), [
        {"token_hash": token_hash(settings, access), "device_id": device_id, "kind": "access",
         "family": family,
         "expires_at": (now + timedelta(minutes=settings.access_token_minutes)).isoformat()},
        {"token_hash": token_hash(settings, refresh), "device_id": device_id,
         "kind": "refresh", "family": family,
         "expires_at": (now + timedelta(days=settings.refresh_token_days)).isoformat()},
    ])
    return TokenPair(access_token=access, refresh_token=refresh,
                     expires_in=settings.access_token_minutes * 60)


#: The token, its device and its user in one query, built once: every request runs it.
_ACCESS_TOKEN = (
    select(tokens.c.revoked_at, tokens.c.expires_at, devices.c.id.label("device_id"),
           devices.c.revoked_at.label("device_revoked_at"), devices.c.enrolled_at,
           users.c.id, users.c.service_id,
           users.c.username, users.c.display_name, users.c.role, users.c.active)
    .join(devices, devices.c.id == tokens.c.device_id)
    .join(users, users.c.id == devices.c.user_id)
    .where(and_(tokens.c.token_hash == bindparam("token_hash"), tokens.c.kind == "access")))


def authenticate(conn: Connection, *, settings: ServerSettings, token: str,
                 allow_revoked: bool = False, now: datetime | None = None) -> Caller:
    """The user and device behind an access token, or an ApiError saying why not."""
    now = now or _now()
    row = conn.execute(_ACCESS_TOKEN, {"token_hash": token_hash(settings, token)}
                       ).mappings().first()
    if row is None:
        raise ApiError(ErrorCode.NOT_SIGNED_IN)
    device_revoked = row["device_revoked_at"] is not None
    # Revocation is checked before anything else: whatever state its tokens are in,
    # a revoked device is told to wipe.
    if device_revoked:
        if not allow_revoked:
            raise ApiError(ErrorCode.DEVICE_REVOKED)
    elif row["revoked_at"] is not None:
        raise ApiError(ErrorCode.NOT_SIGNED_IN)
    elif row["expires_at"] < now.isoformat():
        raise ApiError(ErrorCode.TOKEN_EXPIRED)
    user = admin.user_from_row(row)
    # A stopped user's revoked laptop may still confirm its wipe (allow_revoked).
    if not user.active and not device_revoked:
        raise ApiError(ErrorCode.NOT_SIGNED_IN)
    return Caller(user=user, device_id=row["device_id"], enrolled_at=row["enrolled_at"])


#: How long a laptop whose answer was lost may send the same refresh token again and
#: be given the same new pair (refresh-token rotation schemes allow such a window).
REFRESH_RETRY_SECONDS = 120
_RETRY = "refresh-retry"


def refresh(engine: Engine, *, settings: ServerSettings, refresh_token: str,
            address: str = "", now: datetime | None = None) -> TokenPair:
    """A new token pair for a refresh token, which is used up by this.

    Sent again within a couple of minutes, from the same address, before its new pair
    was used, it is a retry (the answer was lost on the way): the same pair is sent
    back. Any other use of a used token is a copy: the whole chain is stopped.
    """
    now = now or _now()
    used_hash = token_hash(settings, refresh_token)
    with engine.begin() as conn:
        row = conn.execute(select(tokens).where(and_(
            tokens.c.token_hash == used_hash,
            tokens.c.kind == "refresh")).with_for_update()).mappings().first()
        if row is None:
            raise ApiError(ErrorCode.NOT_SIGNED_IN)
        revoked_device = conn.execute(select(devices.c.revoked_at).where(
            devices.c.id == row["device_id"])).scalar() is not None
        if revoked_device:
            raise ApiError(ErrorCode.DEVICE_REVOKED)
        if row["revoked_at"] is not None:
            raise ApiError(ErrorCode.NOT_SIGNED_IN)
        if row["used_at"] is not None:
            again = _retried(conn, settings, used_hash, address, now)
            if again is not None:
                return again
            # A used refresh token again: someone has a copy. Stop the whole chain.
            conn.execute(update(tokens).where(tokens.c.family == row["family"])
                         .values(revoked_at=now.isoformat()))
            _audit_device(conn, ServerAction.TOKEN_REPLAYED, row["device_id"], now,
                          "a used refresh token was sent again; its sign-in was stopped")
            replayed = True
        else:
            replayed = False
    if replayed:
        raise ApiError(ErrorCode.TOKEN_REPLAYED)
    with engine.begin() as conn:
        if row["expires_at"] < now.isoformat():
            raise ApiError(ErrorCode.TOKEN_EXPIRED)
        used = conn.execute(update(tokens).where(and_(
            tokens.c.token_hash == row["token_hash"], tokens.c.used_at.is_(None)))
            .values(used_at=now.isoformat())).rowcount
        if used != 1:
            raise ApiError(ErrorCode.TOKEN_REPLAYED)
        _audit_device(conn, ServerAction.TOKEN_REFRESHED, row["device_id"], now)
        pair = issue_tokens(conn, settings=settings, device_id=row["device_id"],
                            family=row["family"], now=now)
        conn.execute(delete(refresh_retries).where(
            refresh_retries.c.expires_at < now.isoformat()))
        conn.execute(refresh_retries.insert().values(
            token_hash=used_hash, address_hash=token_hash(settings, f"address:{address}"),
            sealed_pair=seal(settings, _RETRY, pair.model_dump_json(), used_hash),
            expires_at=(now + timedelta(seconds=REFRESH_RETRY_SECONDS)).isoformat()))
        return pair


def _retried(conn: Connection, settings: ServerSettings, used_hash: str, address: str,
             now: datetime) -> TokenPair | None:
    """The pair already given for this refresh token, when sending it again is a retry."""
    kept = conn.execute(select(refresh_retries).where(
        refresh_retries.c.token_hash == used_hash)).mappings().first()
    if (kept is None or kept["expires_at"] < now.isoformat()
            or kept["address_hash"] != token_hash(settings, f"address:{address}")):
        return None
    sealed = unseal(settings, _RETRY, kept["sealed_pair"], used_hash)
    if sealed is None:
        return None
    pair = TokenPair.model_validate_json(sealed)
    fresh = conn.execute(select(tokens.c.used_at, tokens.c.revoked_at).where(
        tokens.c.token_hash == token_hash(settings, pair.refresh_token))).first()
    if fresh is None or fresh.used_at is not None or fresh.revoked_at is not None:
        return None  # the new pair was used since: this is not the laptop retrying
    return pair


def _audit_device(conn: Connection, action: ServerAction, device_id: str, at: datetime,
                  detail: str | None = None) -> None:
    device = conn.execute(select(devices.c.service_id, devices.c.user_id).where(
        devices.c.id == device_id)).first()
    audit(conn, action, service_id=device.service_id if device else None,
          user_id=device.user_id if device else None, device_id=device_id, at=at, detail=detail)


def _recent_failures(conn: Connection, key: str, since: datetime) -> int:
    return int(conn.execute(select(func.count()).select_from(login_attempts).where(and_(
        login_attempts.c.key == key, login_attempts.c.at >= since.isoformat()))).scalar_one())


def _signed_in(engine: Engine, *, settings: ServerSettings, username: str, password: str,
               address: str, now: datetime, then: Callable[[Connection, UserRow], T],
               code: str | None = None, signed_in_device: bool = False) -> T:
    """then(conn, user) for the active user with that password (and one-time code, when
    they have a second factor), within the sign-in limits.

    A failed attempt is recorded after the sign-in's own transaction ends, so it counts
    whatever happens to that transaction.
    """
    # An account is limited per address it is tried from: failures from elsewhere
    # (someone who knows a practitioner's username) cannot lock them out at will.
    # Guessing from many addresses meets the password rules and the second factor.
    keys = (f"account:{username.lower()}@{address}", f"address:{address}")
    since = now - timedelta(minutes=settings.login_window_minutes)
    with engine.begin() as conn:
        # Addresses are personal data: none is kept longer than the limit needs it.
        conn.execute(delete(login_attempts).where(login_attempts.c.at < since.isoformat()))
        limited = (_recent_failures(conn, keys[0], since) >= settings.login_failures_per_account
                   or _recent_failures(conn, keys[1], since)
                   >= settings.login_failures_per_address)
        if limited:
            known = admin.user_by_name(conn, username)
            audit(conn, ServerAction.SIGN_IN_LIMITED,
                  service_id=known.service_id if known else None,
                  user_id=known.id if known else None, at=now,
                  detail="too many failed sign-ins")  # no address: personal data
    if limited:
        raise ApiError(ErrorCode.TOO_MANY_LOGINS)
    refusal = ErrorCode.WRONG_LOGIN
    with engine.begin() as conn:
        user = admin.check_password(conn, username=username, password=password)
        if user is not None and user.active:
            if signed_in_device:
                conn.execute(delete(login_attempts).where(login_attempts.c.key == keys[0]))
                return then(conn, user)
            if second_factor.has_one(conn, user.id):
                if code is None:
                    # The password was right; the code is asked for, not counted.
                    raise ApiError(ErrorCode.CODE_NEEDED)
                if second_factor.accept(conn, settings=settings, user_id=user.id, code=code,
                                        now=now):
                    conn.execute(delete(login_attempts).where(login_attempts.c.key == keys[0]))
                    return then(conn, user)
                refusal = ErrorCode.CODE_NEEDED
            elif _policy(conn, user.service_id).second_factor_required:
                raise ApiError(ErrorCode.SECOND_FACTOR_NOT_SET_UP)
            else:
                conn.execute(delete(login_attempts).where(login_attempts.c.key == keys[0]))
                return then(conn, user)
    with engine.begin() as conn:
        conn.execute(login_attempts.insert(), [{"key": k, "at": now.isoformat()} for k in keys])
        # The username is not kept when it names no one: people type passwords into it.
        known = admin.user_by_name(conn, username)
        audit(conn, ServerAction.SIGN_IN_REFUSED, service_id=known.service_id if known else None,
              user_id=known.id if known else None, at=now,
              detail="unknown username" if known is None
              else "account stopped" if user is not None and not user.active
              else "wrong one-time code" if refusal == ErrorCode.CODE_NEEDED
              else "wrong password")
    if refusal == ErrorCode.CODE_NEEDED:
        raise ApiError(refusal, "That one-time code was not right, or was already used.")
    raise ApiError(ErrorCode.WRONG_LOGIN)


def _policy(conn: Connection, service_id: str) -> LocalPolicy:
    return LocalPolicy.model_validate_json(conn.execute(select(services.c.policy).where(
        services.c.id == service_id)).scalar_one())


def change_password(engine: Engine, *, settings: ServerSettings, caller: Caller,
                    request: PasswordChange, address: str,
                    now: datetime | None = None) -> None:
    """A practitioner's new password, given their current one (counted like a sign-in)."""
    at = now or _now()
    try:
        check_new_password(request.new_password,
                           [caller.user.username, caller.user.display_name])
    except WeakPassword as error:
        raise ApiError(ErrorCode.WEAK_PASSWORD, str(error)) from None

    def store(conn: Connection, user: UserRow) -> None:
        if user.id != caller.user.id:
            raise ApiError(ErrorCode.FORBIDDEN)
        admin.set_password(conn, user_id=user.id, password=request.new_password)
        audit(conn, ServerAction.PASSWORD_CHANGED, service_id=user.service_id,
              user_id=user.id, device_id=caller.device_id, at=at)

    # Within the sign-in limits like any sign-in; the one-time code is not asked again,
    # as the laptop is signed in already.
    _signed_in(engine, settings=settings, username=caller.user.username,
               password=request.current_password, address=address, now=at, then=store,
               signed_in_device=True)


def enrol(engine: Engine, *, settings: ServerSettings, request: EnrolRequest, address: str,
          now: datetime | None = None) -> EnrolResponse:
    """Sign a practitioner in on a new device: the device is enrolled and given tokens."""
    at = now or _now()

    def enrol_device(conn: Connection, user: UserRow) -> EnrolResponse:
        limit = _policy(conn, user.service_id).max_devices_per_user
        active = conn.execute(select(func.count()).select_from(devices).where(and_(
            devices.c.user_id == user.id, devices.c.revoked_at.is_(None)))).scalar_one()
        if active >= limit:
            refused.append(user)
            raise ApiError(ErrorCode.DEVICE_LIMIT)
        device_id = new_id()
        conn.execute(devices.insert().values(
            id=device_id, service_id=user.service_id, user_id=user.id,
            name=request.device_name, enrolled_at=at.isoformat(), last_counter=0))
        pair = issue_tokens(conn, settings=settings, device_id=device_id, now=at)
        audit(conn, ServerAction.ENROLLED, service_id=user.service_id, user_id=user.id,
              device_id=device_id, at=at)
        policy = conn.execute(select(services.c.policy).where(
            services.c.id == user.service_id)).scalar_one()
        identity = DeviceIdentity(user_id=user.id, username=user.username,
                                  display_name=user.display_name, role=user.role,
                                  device_id=device_id, service_id=user.service_id)
        return EnrolResponse(identity=identity, tokens=pair,
                             policy=LocalPolicy.model_validate_json(policy))

    refused: list[UserRow] = []
    try:
        return _signed_in(engine, settings=settings, username=request.username,
                          password=request.password, address=address, now=at,
                          then=enrol_device, code=request.one_time_code)
    finally:
        for user in refused:  # recorded on its own: the refused sign-in rolled back
            with engine.begin() as conn:
                audit(conn, ServerAction.ENROL_REFUSED, service_id=user.service_id,
                      user_id=user.id, at=at, detail="the limit on laptops was reached")


def sign_in_again(engine: Engine, *, settings: ServerSettings, request: SignInRequest,
                  address: str, now: datetime | None = None) -> TokenPair:
    """New tokens for an enrolled device whose refresh token was lost or expired.

    The device keeps its id and its change counter, so its unsynced work still goes
    through exactly once. Every earlier token of the device stops working: a lost
    token may be in someone else's hands.
    """
    at = now or _now()

    def reissue(conn: Connection, user: UserRow) -> TokenPair:
        device = conn.execute(select(devices).where(devices.c.id == request.device_id)
                              .with_for_update()).mappings().first()
        if device is None or device["user_id"] != user.id:
            raise ApiError(ErrorCode.DEVICE_UNKNOWN)
        if device["revoked_at"] is not None:
            raise ApiError(ErrorCode.DEVICE_REVOKED)
        conn.execute(update(tokens).where(and_(tokens.c.device_id == device["id"],
                                               tokens.c.revoked_at.is_(None)))
                     .values(revoked_at=at.isoformat()))
        audit(conn, ServerAction.SIGNED_IN_AGAIN, service_id=user.service_id, user_id=user.id,
              device_id=device["id"], at=at)
        return issue_tokens(conn, settings=settings, device_id=device["id"], now=at)

    return _signed_in(engine, settings=settings, username=request.username,
                      password=request.password, address=address, now=at, then=reissue,
                      code=request.one_time_code)


def revoke_device(conn: Connection, *, device_id: str, reason: str) -> bool:
    """Refuse the device from now on; its next contact is told to wipe."""
    done = conn.execute(update(devices).where(and_(
        devices.c.id == device_id, devices.c.revoked_at.is_(None)))
        .values(revoked_at=_now().isoformat(), revoked_reason=reason)).rowcount
    if done:
        _audit_device(conn, ServerAction.REVOKED, device_id, _now(), reason)
    return bool(done)


def stop_user(conn: Connection, *, user_id: str, reason: str) -> int:
    """A leaver: the account is refused from now on and each of its devices told to wipe.

    Returns how many devices were revoked. The user row stays, so the audit trail
    still names who did what.
    """
    user = admin.user_by_id(conn, user_id)
    assert user is not None
    conn.execute(update(users).where(users.c.id == user_id).values(active=False))
    audit(conn, ServerAction.USER_STOPPED, service_id=user.service_id, user_id=user_id,
          at=_now(), detail=reason)
    owned = conn.execute(select(devices.c.id).where(devices.c.user_id == user_id)).scalars().all()
    return sum(revoke_device(conn, device_id=device_id, reason=reason) for device_id in owned)


_ANY_TOKEN = (
    select(tokens.c.revoked_at, devices.c.id.label("device_id"),
           devices.c.revoked_at.label("device_revoked_at"), devices.c.wipe_confirmed_at)
    .join(devices, devices.c.id == tokens.c.device_id)
    .where(tokens.c.token_hash == bindparam("token_hash")))


def confirm_wipe(conn: Connection, *, settings: ServerSettings, token: str,
                 now: datetime | None = None) -> str:
    """Record that a revoked device erased its store; returns when that was recorded.

    Only a device the service revoked can be wiped: one that was not is refused, so
    no laptop can mark itself wiped and carry on. The token may have expired (the
    laptop may have been off for weeks), but not been stopped; once the wipe is
    recorded every token of the device is stopped, and a repeat of the confirmation
    (its answer was lost) is answered with the time first recorded.
    """
    now = now or _now()
    row = conn.execute(_ANY_TOKEN, {"token_hash": token_hash(settings, token)}
                       ).mappings().first()
    if row is None:
        raise ApiError(ErrorCode.NOT_SIGNED_IN)
    if row["device_revoked_at"] is None:
        raise ApiError(ErrorCode.FORBIDDEN, "This laptop has not been removed from the "
                       "service, so there is no wipe to confirm.")
    if row["wipe_confirmed_at"] is not None:
        return str(row["wipe_confirmed_at"])
    if row["revoked_at"] is not None:
        raise ApiError(ErrorCode.NOT_SIGNED_IN)
    device_id = row["device_id"]
    conn.execute(update(devices).where(devices.c.id == device_id)
                 .values(wipe_confirmed_at=now.isoformat()))
    _audit_device(conn, ServerAction.WIPE_CONFIRMED, device_id, now)
    conn.execute(update(tokens).where(and_(tokens.c.device_id == device_id,
                                           tokens.c.revoked_at.is_(None)))
                 .values(revoked_at=now.isoformat()))
    return now.isoformat()
