"""The server's /v1 API as the device calls it (httpx)."""

import gzip
import ipaddress
import ssl
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from yjfield.domain.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    SCHEMA_VERSION,
    Change,
    EnrolRequest,
    EnrolResponse,
    HeldChanges,
    HeldDecision,
    PasswordChange,
    Problem,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    ScopeSummary,
    SignInRequest,
    TokenPair,
    WipeConfirmation,
)
from yjfield.sync.errors import (
    InsecureServer,
    Offline,
    UnreadableAnswer,
    UntrustedServer,
    refusal,
)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def unreachable(error: httpx.TransportError) -> Offline:
    """Offline, unless the server was reached but could not prove who it is."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return UntrustedServer()
        cause = cause.__cause__ or cause.__context__
    return Offline()


def check_url(url: str) -> str:
    """https, or plain http only to this computer; raises InsecureServer otherwise."""
    parts = urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback(parts.hostname or "")):
        return url.rstrip("/")
    raise InsecureServer()


class ServerApi:
    """One server. Certificates are verified (optionally against a custom CA bundle)."""

    def __init__(self, base_url: str, *, http: httpx.Client | None = None,
                 ca_bundle: Path | None = None, timeout: float = 30.0) -> None:
        self.base_url = check_url(base_url)
        verify: ssl.SSLContext | bool = True
        if ca_bundle is not None and http is None:
            try:
                verify = ssl.create_default_context(cafile=str(ca_bundle))
            except (OSError, ssl.SSLError):
                raise UntrustedServer(
                    "The certificate bundle IT set for checking the server could not be read.",
                    "Your work is kept on this laptop. Tell IT; the preset names "
                    f"{ca_bundle.name}.") from None
        self._http = http or httpx.Client(base_url=self.base_url, verify=verify,
                                          timeout=timeout)
        self._headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                         SCHEMA_HEADER: str(SCHEMA_VERSION)}

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, answer: type[BaseModel] | None, *,
              token: str | None = None, body: BaseModel | None = None,
              params: dict[str, Any] | None = None) -> Any:
        headers = dict(self._headers)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        content = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            content = body.model_dump_json().encode()
            if len(content) > 1024:  # JSON shrinks five- to tenfold; laptops sync on 4G
                content = gzip.compress(content, compresslevel=6)
                headers["Content-Encoding"] = "gzip"
        try:
            response = self._http.request(method, f"/v1{path}", headers=headers, params=params,
                                          content=content)
        except httpx.TransportError as error:
            raise unreachable(error) from error
        if response.status_code >= 400:
            try:
                problem = Problem.model_validate_json(response.content)
            except ValidationError:
                try:
                    problem = Problem.model_validate(response.json()["problem"])
                except (ValueError, KeyError, TypeError, ValidationError):
                    if response.status_code >= 500:
                        raise Offline("The server is having problems right now.") from None
                    raise UnreadableAnswer() from None
            raise refusal(problem)
        if answer is None:
            return None
        try:
            return answer.model_validate_json(response.content)
        except ValidationError:
            raise UnreadableAnswer() from None

    def health(self) -> bool:
        """True when the server answers."""
        try:
            return self._http.get("/v1/health", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    def enrol(self, username: str, password: str, device_name: str,
              one_time_code: str | None = None) -> EnrolResponse:
        result: EnrolResponse = self._call("POST", "/auth/enrol", EnrolResponse, body=EnrolRequest(
            username=username, password=password, device_name=device_name,
            one_time_code=one_time_code or None))
        return result

    def change_password(self, token: str, current: str, new: str) -> None:
        self._call("POST", "/auth/password", None, token=token, body=PasswordChange(
            current_password=current, new_password=new))

    def sign_in(self, username: str, password: str, device_id: str,
                one_time_code: str | None = None) -> TokenPair:
        """New tokens for this enrolled device (its own were lost or expired)."""
        result: TokenPair = self._call("POST", "/auth/sign-in", TokenPair, body=SignInRequest(
            username=username, password=password, device_id=device_id,
            one_time_code=one_time_code or None))
        return result

    def refresh(self, refresh_token: str) -> TokenPair:
        result: TokenPair = self._call("POST", "/auth/refresh", TokenPair,
                                       body=RefreshRequest(refresh_token=refresh_token))
        return result

    def push(self, token: str, changes: list[Change]) -> PushResponse:
        result: PushResponse = self._call("POST", "/sync/push", PushResponse, token=token,
                                          body=PushRequest(changes=changes))
        return result

    def pull(self, token: str, request: PullRequest) -> PullResponse:
        result: PullResponse = self._call("POST", "/sync/pull", PullResponse, token=token,
                                          body=request)
        return result

    def summary(self, token: str, upto: int, by_child: bool = False) -> ScopeSummary:
        params: dict[str, Any] = {"upto": upto}
        if by_child:
            params["by_child"] = "true"
        result: ScopeSummary = self._call("GET", "/sync/summary", ScopeSummary, token=token,
                                          params=params)
        return result

    def held_changes(self, token: str) -> HeldChanges:
        result: HeldChanges = self._call("GET", "/held", HeldChanges, token=token)
        return result

    def decide_held(self, token: str, number: int, decision: HeldDecision) -> None:
        self._call("POST", f"/held/{int(number)}", None, token=token, body=decision)

    def confirm_wipe(self, refresh_token: str) -> None:
        """Tell the server this (revoked) laptop's store is erased."""
        self._call("POST", "/device/wiped", None,
                   body=WipeConfirmation(refresh_token=refresh_token))

