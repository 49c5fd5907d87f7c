"""What can go wrong talking to the server, in words a practitioner understands."""

from yjfield.domain.protocol import ErrorCode, Problem


class SyncError(Exception):
    """An expected sync problem: what happened and what to do."""

    what = "Sync did not finish."
    todo = "Your work is kept on this laptop. Sync will try again."

    def __init__(self, what: str | None = None, todo: str | None = None) -> None:
        if what:
            self.what = what
        if todo is not None:
            self.todo = todo
        super().__init__(self.what)


class Offline(SyncError):
    what = "The server cannot be reached."
    todo = "You can keep working; your changes are kept and will sync when you are online."


class UntrustedServer(Offline):
    """The connection was made, but the server could not prove who it is (TLS)."""

    what = "The server's identity could not be checked, so nothing was sent to it."
    todo = ("Your work is kept on this laptop. This happens on networks that intercept "
            "connections (some guest Wi-Fi): try another network. If it keeps happening, "
            "tell IT: the server's certificate may need their certificate bundle.")


class InsecureServer(SyncError):
    what = "The server address must start with https://."
    todo = "Plain http is only allowed for a server on this computer. Check the address."


class Refused(SyncError):
    """The server answered with a problem from its catalogue."""

    def __init__(self, problem: Problem) -> None:
        self.code = problem.code
        super().__init__(problem.message, problem.todo)


class SignInNeeded(Refused):
    pass


class SignInAgain(SyncError):
    """The laptop has no usable sign-in (lost from the keyring, expired, or stopped).

    Only the practitioner's password fixes it; the store and its waiting work are kept.
    """

    what = "This laptop needs you to sign in again."
    todo = ("Choose \"Sign in again\" and type your service password. Your work on this "
            "laptop is kept, and syncs once you have signed in.")


class TooOld(Refused):
    pass


class Revoked(Refused):
    pass


class UnreadableAnswer(SyncError):
    what = "The server sent an answer yjfield could not read."
    todo = ("Nothing was changed on this laptop. Sync will try again; if it keeps "
            "happening, contact IT.")


def refusal(problem: Problem) -> Refused:
    if problem.code == ErrorCode.DEVICE_REVOKED:
        return Revoked(problem)
    if problem.code == ErrorCode.CLIENT_TOO_OLD:
        return TooOld(problem)
    if problem.code in (ErrorCode.NOT_SIGNED_IN, ErrorCode.TOKEN_EXPIRED,
                        ErrorCode.TOKEN_REPLAYED, ErrorCode.WRONG_LOGIN):
        return SignInNeeded(problem)
    return Refused(problem)
