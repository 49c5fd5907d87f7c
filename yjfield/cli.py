"""The `yjfield` command."""

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from yjfield import __version__
from yjfield.app.demo import (
    DEMO_PASSPHRASE,
    DEMO_PORT,
    DemoLaptop,
    set_up_demo_laptops,
    start_demo_server,
)
from yjfield.app.paths import data_dir, profile_dir
from yjfield.app.preset import load_preset
from yjfield.app.server_process import EmbeddedServerFailed
from yjfield.store.errors import StoreError
from yjfield.sync.errors import SyncError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="yjfield", description=(
        "yjfield: an offline-first caseload app for youth justice practitioners."))
    parser.add_argument("--version", action="version", version=f"yjfield {__version__}")
    parser.add_argument("--data-dir", type=Path, help="where to keep yjfield's files "
                        "(default: the user data folder)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this copy works (store, embedded server, sync, window) "
                             "in a throwaway folder, then exit")
    # `make package-check` times the launch to the first screen with it.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="{open,demo,server}")
    sub.add_parser("open", help="open the app on this laptop's caseload (the default)")
    demo = sub.add_parser("demo", help="run on an invented demo service")
    demo.add_argument("--seed-only", action="store_true",
                      help="create the demo service and caseloads, then exit")
    demo.add_argument("--data-dir", dest="demo_dir", type=Path,
                      help="where to keep the demo's files")
    demo.add_argument("--passphrase", default=DEMO_PASSPHRASE,
                      help="passphrase for the demo stores (default: %(default)r)")
    demo.add_argument("--children", type=int, default=40, help="children in the demo service")
    demo.add_argument("--months", type=int, default=6, help="months of invented history")
    demo.add_argument("--role", choices=["youth-worker", "supervisor", "case-manager",
                                         "victim-worker", "manager"],
                      default="youth-worker", help="whose laptop to open")
    demo.add_argument("--devices", type=int, choices=[1, 2], default=1,
                      help="2 opens the youth worker's and the case manager's laptops side by "
                           "side, sharing children, to watch a conflict happen and settle it")
    return parser


def _no_screen() -> bool:
    """True on a Linux box with no display (Qt would abort with a cryptic error)."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def demo_windows(laptops: list[DemoLaptop], role: str, devices: int) -> list[DemoLaptop]:
    """The laptops to open: the role's own, or with two devices, two that share children."""
    by_role = {"youth-worker": laptops[0], "supervisor": laptops[1], "case-manager": laptops[2],
               "victim-worker": laptops[3], "manager": laptops[4]}
    if devices == 2:
        return [by_role["youth-worker"], by_role["case-manager"]]
    return [by_role[role]]


def _demo(args: argparse.Namespace) -> int:
    if not args.seed_only and _no_screen():
        print("There is no screen here to open yjfield's window on.\n"
              "Run it on a desktop, or use 'yjfield demo --seed-only' to set up the demo "
              "without a window.", file=sys.stderr)
        return 2
    folder = args.demo_dir or args.data_dir
    base = data_dir(folder) if folder else data_dir() / "demo"
    print(f"Starting the local demo server (an invented service) in {base} ...")
    server = start_demo_server(base, children=args.children, months=args.months)
    print(f"The demo's server is at {server.url}.")
    if server.port != DEMO_PORT:
        print(f"Its usual port, {DEMO_PORT}, is in use by another program. Demo laptops set "
              f"up on an earlier run look for the server there, so they will show Offline "
              f"until port {DEMO_PORT} is free again.", file=sys.stderr)
    try:
        laptops = set_up_demo_laptops(base, server.url, passphrase=args.passphrase)
        for laptop in laptops:
            print(f"  {laptop.display_name}: {laptop.folder}")
        if args.seed_only:
            return 0
        from yjfield.ui.run import run_app  # Qt loads only when a window is wanted

        chosen = demo_windows(laptops, args.role, args.devices)
        return run_app([(laptop.folder, laptop.display_name) for laptop in chosen],
                       demo_passphrase=args.passphrase)
    finally:
        server.close()
    return 0


def _open(args: argparse.Namespace) -> int:
    """The installed app: this laptop's own profile; the first run sets it up."""
    if _no_screen() and not args.exit_when_shown:
        print("There is no screen here to open yjfield's window on.", file=sys.stderr)
        return 2
    from yjfield.ui.run import run_app

    preset = load_preset(args.data_dir)
    return run_app([(profile_dir(data_dir(args.data_dir), "laptop"), "")],
                   server_url=preset.server_url, exit_when_shown=args.exit_when_shown)


def _console_or_nowhere() -> None:
    """A windowed program (Windows, macOS bundles) has no console; print would fail."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["server"]:
        # The installed bundle has one program; the app starts its embedded server as
        # `yjfield server ...`, and IT can run the server's commands the same way.
        from yjfield.server.cli import main as server_main

        _console_or_nowhere()
        return server_main(arguments[1:])
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(arguments)
    try:
        if args.self_test:
            from yjfield.selftest import self_test

            return self_test(args.data_dir)
        _console_or_nowhere()
        if args.command == "demo":
            return _demo(args)
        return _open(args)
    except (StoreError, SyncError) as error:
        print(f"{error.what}\n{error.todo}", file=sys.stderr)
        return 2
    except EmbeddedServerFailed as error:
        print(f"The local demo server could not start: {error}", file=sys.stderr)
        return 2
    return 1


if __name__ == "__main__":
    sys.exit(main())
