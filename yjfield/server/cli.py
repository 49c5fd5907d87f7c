"""The `yjfield-server` command: run the server and administer it."""

import argparse
import copy
import getpass
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import uvicorn
from pydantic import ValidationError
from sqlalchemy import Engine, select

from yjfield.domain.codes import ReparationKind, Role
from yjfield.domain.reparation import ReparationProject
from yjfield.server import admin, audit, auth, cli_data_protection, cli_held, second_factor
from yjfield.server.app import create_app
from yjfield.server.db import devices, make_engine, migrate, refresh_statistics, users
from yjfield.server.demo import seed_demo
from yjfield.server.embedded import KEEP_ALIVE_SECONDS
from yjfield.server.imports import ImportProblem, add_records, import_caseload
from yjfield.server.passwords import WeakPassword
from yjfield.server.passwords import check_password as check_new_password
from yjfield.server.settings import ServerSettings


def _log_config() -> dict[str, Any]:
    # uvicorn's own logging, but an access line without the caller's network address:
    # the address a practitioner connects from (their home broadband, say) is personal
    # data, and the lines are for finding faults, which method, path and status serve.
    # A reverse proxy keeps addresses under its own retention policy if needed.
    config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    config["formatters"]["access"]["fmt"] = '%(levelprefix)s "%(request_line)s" %(status_code)s'
    return config


_DATABASE_HELP = ("sqlite:///FILE or postgresql+psycopg://USER@HOST/DB (default: "
                  "YJFIELD_SERVER_DATABASE_URL, else a SQLite file in the user data folder; "
                  "production mode needs PostgreSQL)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="yjfield-server",
                                     description="The yjfield central server.")
    parser.add_argument("--database", metavar="URL", help=_DATABASE_HELP)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--ssl-certfile", type=Path, help="TLS certificate (PEM)")
    serve.add_argument("--ssl-keyfile", type=Path, help="TLS private key (PEM)")
    serve.add_argument("--forwarded-allow-ips", metavar="ADDRESSES", default="",
                       help="the reverse proxies (comma-separated addresses) whose "
                            "X-Forwarded-For header names the caller; by default none is "
                            "trusted, so the sign-in limits count the connecting address")
    serve.add_argument("--exit-with-parent", action="store_true",
                       help="stop when standard input closes, as it does when the program "
                            "that started this server ends (the app's embedded server)")
    sub.add_parser("init", help="create or update the database schema")
    add_service = sub.add_parser("add-service", help="add a youth justice service")
    add_service.add_argument("name")
    add_user = sub.add_parser("add-user", help="add a practitioner")
    add_user.add_argument("username")
    add_user.add_argument("--service", required=True, help="service id")
    add_user.add_argument("--role", required=True, choices=[r.value for r in Role])
    add_user.add_argument("--display-name", required=True)
    add_user.add_argument("--password-stdin", action="store_true",
                          help="read the password from standard input")
    reset = sub.add_parser("reset-password", help="set a new password for a practitioner "
                                                  "who has forgotten theirs")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true",
                       help="read the password from standard input")
    factor = sub.add_parser("second-factor", help="set up a practitioner's one-time codes "
                                                  "(prints what to add to an authenticator app)")
    factor.add_argument("username")
    for name, text in (("assign", "put a child on a caseload"),
                       ("unassign", "take a child off a caseload")):
        command = sub.add_parser(name, help=text)
        command.add_argument("child_id")
        command.add_argument("username")
    list_devices = sub.add_parser("list-devices", help="enrolled devices")
    list_devices.add_argument("--user", help="only this user's")
    revoke = sub.add_parser("revoke-device", help="refuse a device and have it wipe itself")
    revoke.add_argument("device_id")
    revoke.add_argument("--reason", default="revoked by an administrator")
    stop = sub.add_parser("stop-user", help="a leaver: refuse the account and have each of "
                                            "its devices wipe itself")
    stop.add_argument("username")
    stop.add_argument("--reason", default="left the service")
    demo = sub.add_parser("seed-demo", help="create the invented demo service (once)")
    demo.add_argument("--children", type=int, default=40)
    demo.add_argument("--months", type=int, default=6)
    project = sub.add_parser("add-project", help="add a reparation project "
                             "(supervisors see it after their next sync)")
    project.add_argument("--service", required=True, help="service id")
    project.add_argument("--name", required=True)
    project.add_argument("--direct", action="store_true",
                         help="direct reparation, to a named person (default: indirect)")
    project.add_argument("--host", help="host organisation")
    project.add_argument("--capacity", type=int, help="places per session")
    project.add_argument("--risk-assessment", help="the risk assessment's reference")
    importer = sub.add_parser("import-caseload", help="import children, their programmes "
                              "and reparation hours from a CSV or JSON file")
    importer.add_argument("file", type=Path)
    importer.add_argument("--service", required=True, help="service id")
    cli_data_protection.add_parsers(sub)
    cli_held.add_parsers(sub)
    for command in sub.choices.values():
        # Accepted after the command too (`yjfield-server serve --database URL`), where
        # people type it; SUPPRESS leaves one given before the command in place.
        command.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                             help=_DATABASE_HELP)
    return parser


def _stop_when_stdin_closes(server: uvicorn.Server) -> None:
    """Stop gracefully once the parent is gone: the OS closes our stdin pipe then.

    This works the same on Windows, macOS and Linux, where watching the parent's
    process id does not (Windows has no getppid change on a parent's death).
    """
    stdin = sys.stdin
    if stdin is None:  # started with no standard input at all: nothing to watch
        return

    def watch() -> None:
        while stdin.buffer.read(4096):
            pass
        server.should_exit = True

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _engine(settings: ServerSettings) -> Engine:
    engine = make_engine(settings.resolved_database_url())
    migrate(engine)
    return engine


def _new_password(args: argparse.Namespace, prompt: str, user_inputs: list[str]) -> str:
    password = (sys.stdin.readline().rstrip("\n") if args.password_stdin
                else getpass.getpass(prompt))
    try:
        check_new_password(password, user_inputs)
    except WeakPassword as error:
        raise admin.AdminError(str(error)) from None
    return password


def _user(engine: Engine, username: str) -> admin.UserRow:
    with engine.connect() as conn:
        user = admin.user_by_name(conn, username)
    if user is None:
        raise admin.AdminError(f"There is no user called {username}.")
    return user


def _user_id(engine: Engine, username: str) -> str:
    with engine.connect() as conn:
        user = admin.user_by_name(conn, username)
    if user is None:
        raise admin.AdminError(f"There is no user called {username}.")
    return user.id


def _run(args: argparse.Namespace, settings: ServerSettings) -> int:
    if args.command == "serve":
        config = uvicorn.Config(
            create_app(settings), host=args.host, port=args.port, log_level="info",
            log_config=_log_config(),
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
            # uvicorn believes X-Forwarded-For from 127.0.0.1 unless told otherwise: any
            # local program could then pose as any address and dodge the sign-in limit.
            proxy_headers=bool(args.forwarded_allow_ips),
            forwarded_allow_ips=args.forwarded_allow_ips or None,
            ssl_certfile=str(args.ssl_certfile) if args.ssl_certfile else None,
            ssl_keyfile=str(args.ssl_keyfile) if args.ssl_keyfile else None)
        server = uvicorn.Server(config)
        if args.exit_with_parent:
            _stop_when_stdin_closes(server)
        server.run()
        return 0
    engine = _engine(settings)
    try:
        return _administer(args, engine, settings)
    finally:
        engine.dispose()


def _administer(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    if args.command in cli_data_protection.COMMANDS:
        return cli_data_protection.run(args, engine)
    if args.command in cli_held.COMMANDS:
        return cli_held.run(args, engine)
    if args.command == "init":
        print("The database is ready.")
    elif args.command == "add-service":
        with engine.begin() as conn:
            print(admin.create_service(conn, name=args.name))
    elif args.command == "add-user":
        password = _new_password(args, "Password for the new user: ",
                                 [args.username, args.display_name])
        with engine.begin() as conn:
            print(admin.add_user(conn, service_id=args.service, username=args.username,
                                 display_name=args.display_name, role=Role(args.role),
                                 password=password))
    elif args.command == "reset-password":
        user = _user(engine, args.username)
        password = _new_password(args, f"New password for {args.username}: ",
                                 [user.username, user.display_name])
        with engine.begin() as conn:
            admin.set_password(conn, user_id=user.id, password=password)
            audit.record(conn, audit.ServerAction.PASSWORD_RESET, service_id=user.service_id,
                         user_id=user.id, detail="by an administrator")
        print(f"The password for {args.username} is changed.")
    elif args.command == "second-factor":
        user = _user(engine, args.username)
        with engine.begin() as conn:
            uri = second_factor.set_up(conn, settings=settings, user_id=user.id,
                                       username=user.username)
            audit.record(conn, audit.ServerAction.SECOND_FACTOR_SET_UP,
                         service_id=user.service_id, user_id=user.id)
        print("Add this to the practitioner's authenticator app (as a QR code or by hand); "
              "from now on signing in on a laptop asks for its six-digit code:")
        print(uri)
    elif args.command in ("assign", "unassign"):
        user_id = _user_id(engine, args.username)
        with engine.begin() as conn:
            action = admin.assign if args.command == "assign" else admin.unassign
            action(conn, child_id=args.child_id, user_id=user_id)
        print("Done.")
    elif args.command == "list-devices":
        query = select(devices.c.id, users.c.username, devices.c.name, devices.c.enrolled_at,
                       devices.c.revoked_at, devices.c.wipe_confirmed_at).join(
            users, users.c.id == devices.c.user_id)
        if args.user:
            query = query.where(users.c.username == args.user)
        with engine.connect() as conn:
            for row in conn.execute(query.order_by(devices.c.enrolled_at)):
                state = (f"wiped (confirmed {row.wipe_confirmed_at[:19]})"
                         if row.wipe_confirmed_at else
                         "revoked (wipe not yet confirmed)" if row.revoked_at else "active")
                print(f"{row.id}  {row.username:<20} {row.name:<24} {row.enrolled_at}  {state}")
    elif args.command == "revoke-device":
        with engine.begin() as conn:
            done = auth.revoke_device(conn, device_id=args.device_id, reason=args.reason)
        print("Revoked: it will be told to wipe at its next contact." if done
              else "That device was not found, or is already revoked.")
    elif args.command == "stop-user":
        user_id = _user_id(engine, args.username)
        with engine.begin() as conn:
            revoked = auth.stop_user(conn, user_id=user_id, reason=args.reason)
        print(f"Stopped {args.username}: they can no longer sign in, and {revoked} device(s) "
              "will wipe at their next contact.")
    elif args.command == "seed-demo":
        with engine.begin() as conn:
            created = seed_demo(conn, children=args.children, months=args.months)
        print("Created the invented demo service." if created
              else "The demo service already exists.")
    elif args.command == "add-project":
        project = ReparationProject(
            name=args.name, host_organisation=args.host, capacity=args.capacity,
            risk_assessment=args.risk_assessment,
            reparation_kind=ReparationKind.DIRECT if args.direct else ReparationKind.INDIRECT)
        with engine.begin() as conn:
            add_records(conn, service_id=args.service, items=[project])
        print(project.id)
    elif args.command == "import-caseload":
        with engine.begin() as conn:
            ids = import_caseload(conn, service_id=args.service,
                                  text=args.file.read_text("utf-8-sig"),
                                  json_format=args.file.suffix.lower() == ".json")
        refresh_statistics(engine)
        print(f"Imported {len(ids)} children.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        # Only a --database given overrides the environment's YJFIELD_SERVER_DATABASE_URL.
        settings = ServerSettings(**({"database_url": args.database} if args.database else {}))
    except ValidationError as error:
        print(f"The server settings are not safe to start with: {error.errors()[0]['msg']}",
              file=sys.stderr)
        return 2
    try:
        return _run(args, settings)
    except (admin.AdminError, ImportProblem) as error:
        print(str(error), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
