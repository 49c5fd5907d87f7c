"""The one catalogue of error codes the server answers with, and the handlers that render it."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from yjfield.domain.protocol import ErrorCode, Problem, WipeInstruction

log = logging.getLogger("yjfield.server")

CATALOGUE: dict[ErrorCode, tuple[int, str, str]] = {
    ErrorCode.BAD_REQUEST: (400, "The server could not understand the request.",
                            "Please update yjfield; if it keeps happening, contact IT."),
    ErrorCode.TOO_LARGE: (413, "The request was too large for the server.",
                          "Sync will send it in smaller parts."),
    ErrorCode.NOT_SIGNED_IN: (401, "This laptop is not signed in to the server.",
                              "Please sign in again."),
    ErrorCode.WRONG_LOGIN: (401, "The username or password is not right.",
                            "Check them and try again."),
    ErrorCode.TOO_MANY_LOGINS: (429, "There have been too many failed sign-ins.",
                                "Please wait 15 minutes, then try again."),
    ErrorCode.TOKEN_EXPIRED: (401, "Your sign-in has expired.", "Please sign in again."),
    ErrorCode.TOKEN_REPLAYED: (401, "This sign-in was used twice, so it has been stopped "
                               "to keep the records safe.", "Please sign in again."),
    ErrorCode.DEVICE_REVOKED: (403, "This laptop has been removed from the service.",
                               "Its caseload store is being erased. Contact your manager."),
    ErrorCode.DEVICE_UNKNOWN: (403, "This laptop is not enrolled for that account.",
                               "Sign in as the person who set this laptop up, or ask your "
                               "manager to set it up for you."),
    ErrorCode.CLIENT_TOO_OLD: (426, "This version of yjfield is too old for the server.",
                               "Please update yjfield. Your unsynced work is kept until then."),
    ErrorCode.FORBIDDEN: (403, "Your role does not allow this.", "Ask your manager."),
    ErrorCode.NOT_FOUND: (404, "That was not found on the server.", ""),
    ErrorCode.OUT_OF_SCOPE: (403, "That child is not on your caseload.", "Ask your manager."),
    ErrorCode.REASSIGNED: (403, "That child is no longer on your caseload.",
                           "Your change is kept; your manager can accept it."),
    ErrorCode.INVALID_RECORD: (422, "The record is not valid.", "Please correct it."),
    ErrorCode.ID_REUSED: (409, "A different record with the same id exists.",
                          "Please tell your IT service desk."),
    ErrorCode.NOT_EDITABLE: (422, "That cannot be changed.", ""),
    ErrorCode.ERASED: (410, "That child's record passed the service's retention period and "
                       "was erased.", "Nothing more can be added to it."),
    ErrorCode.DECLINED: (409, "Your manager did not accept this change.",
                         "It is kept on your laptop with their reason."),
    ErrorCode.FIXED_FIELD: (422, "A record's id and the child it belongs to never change.",
                            "Record it again for the right child."),
    ErrorCode.CHANGE_ID_REUSED: (409, "Another laptop already sent a change with this id.",
                                 "Please tell your IT service desk."),
    ErrorCode.DEVICE_LIMIT: (403, "You already have as many laptops set up as your service "
                             "allows.", "Ask your manager to remove one you no longer use "
                             "(yjfield-server revoke-device), then sign in again."),
    ErrorCode.CODE_NEEDED: (401, "Your account also needs the six-digit code from your "
                            "authenticator app.", "Type the code it shows now, then try again."),
    ErrorCode.SECOND_FACTOR_NOT_SET_UP: (403, "Your service asks for a one-time code when "
                                         "signing in, and yours is not set up yet.",
                                         "Ask your administrator to set up your second "
                                         "factor (yjfield-server second-factor)."),
    ErrorCode.WEAK_PASSWORD: (422, "That password is not strong enough.",
                              "Choose at least 12 characters that are hard to guess."),
    ErrorCode.SERVER_ERROR: (500, "Something went wrong on the server.",
                             "Your work is kept on your laptop. Sync will try again."),
}


class ApiError(Exception):
    def __init__(self, code: ErrorCode, message: str | None = None) -> None:
        status, default, todo = CATALOGUE[code]
        self.status = status
        self.problem = Problem(code=code, message=message or default, todo=todo)
        super().__init__(self.problem.message)


def problem_response(code: ErrorCode, message: str | None = None) -> JSONResponse:
    error = ApiError(code, message)
    body: dict[str, Any] = error.problem.model_dump(mode="json")
    if code == ErrorCode.DEVICE_REVOKED:
        body = WipeInstruction(problem=error.problem).model_dump(mode="json")
    return JSONResponse(body, status_code=error.status)


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, error: ApiError) -> JSONResponse:
        return problem_response(error.problem.code, error.problem.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        detail = f" (at {where})" if where else ""
        return problem_response(ErrorCode.BAD_REQUEST,
                                f"The server could not understand the request{detail}.")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, error: StarletteHTTPException) -> JSONResponse:
        code = {404: ErrorCode.NOT_FOUND, 413: ErrorCode.TOO_LARGE,
                405: ErrorCode.BAD_REQUEST}.get(error.status_code, ErrorCode.BAD_REQUEST)
        return problem_response(code)

    @app.exception_handler(Exception)
    async def _bug(_: Request, error: Exception) -> JSONResponse:
        # The detail goes to the server log (no personal data in messages); the
        # device gets the stable code only.
        log.error("unhandled %s", type(error).__name__, exc_info=error)
        return problem_response(ErrorCode.SERVER_ERROR)

