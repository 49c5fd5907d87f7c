"""Expected store errors, each with what happened and what to do.

Anything not listed here that escapes the store is a bug and reaches the crash
dialog instead.
"""


class StoreError(Exception):
    """An expected problem with the local store, explained in two parts."""

    what = "The caseload store could not be used."
    todo = "Please try again. If it keeps happening, contact your IT service desk."

    def __init__(self, what: str | None = None, todo: str | None = None) -> None:
        if what is not None:
            self.what = what
        if todo is not None:
            self.todo = todo
        super().__init__(self.what)

    def __str__(self) -> str:
        return f"{self.what} {self.todo}"


class WrongPassphrase(StoreError):
    what = "That passphrase is not right for this laptop's caseload."
    todo = "Check Caps Lock and try again. Nothing has been changed."


class TooManyAttempts(StoreError):
    def __init__(self, wait_seconds: int) -> None:
        self.wait_seconds = wait_seconds
        minutes, seconds = divmod(wait_seconds, 60)
        super().__init__(
            "There have been too many wrong passphrases, so unlocking is paused.",
            f"You can try again in {minutes}:{seconds:02d}.",
        )


class NotAStore(StoreError):
    what = "This file is not a yjfield caseload store."
    todo = ("It has been left exactly as it was. Choose another folder, or ask your IT "
            "service desk for help.")


class DamagedStore(StoreError):
    what = "The caseload store on this laptop is damaged and cannot be opened."
    todo = ("It has been left exactly as it was. Please contact your IT service desk: "
            "your synced records are safe on the server.")


class StoreMissing(StoreError):
    what = "There is no caseload store on this laptop yet."
    todo = "Set up yjfield to create one."


class StoreExists(StoreError):
    what = "A caseload store already exists here."
    todo = "Unlock it instead, or choose another folder."


class StoreReadOnly(StoreError):
    what = "The caseload store's folder cannot be written to."
    todo = "Nothing was saved. Check that the disk is not read-only, or ask your IT service desk."


class DiskFull(StoreError):
    what = "The disk is full, so the last change could not be saved."
    todo = "Nothing already saved was lost. Free some space, then save again."


class NewerStore(StoreError):
    what = "This caseload store was made by a newer version of yjfield."
    todo = "Please update yjfield. The store has not been changed."


class RecordNotFound(StoreError):
    what = "That record is not on this laptop."
    todo = "It may have been moved off your caseload. Sync to get the latest."


class RuleBroken(StoreError):
    """A save the practice rules refuse; `what` carries the plain reasons."""

    todo = "Please correct it and save again. Nothing was saved."

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = reasons
        super().__init__(" ".join(reasons))
