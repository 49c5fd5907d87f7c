"""`yjfield-server held-changes`: see, accept or decline changes held for a manager."""

import argparse
from typing import Any

from sqlalchemy import Engine

from yjfield.domain.protocol import ChangeStatus
from yjfield.server import held
from yjfield.server.admin import AdminError

COMMANDS = frozenset({"held-changes"})


def add_parsers(sub: Any) -> None:
    command = sub.add_parser(
        "held-changes", help="changes made offline for a child who had moved caseload: "
                             "list them, or accept or decline one")
    command.add_argument("--service", help="only this service's (service id)")
    action = command.add_mutually_exclusive_group()
    action.add_argument("--show", type=int, metavar="N", help="everything change N carries")
    action.add_argument("--accept", type=int, metavar="N",
                        help="apply change N now, as its author's")
    action.add_argument("--decline", type=int, metavar="N",
                        help="refuse change N for good (give --reason)")
    command.add_argument("--by", metavar="USERNAME",
                         help="the case manager, service manager or administrator deciding")
    command.add_argument("--reason", help="why it is declined (the author is shown this)")


def run(args: argparse.Namespace, engine: Engine) -> int:
    if (args.accept is not None or args.decline is not None) and not args.by:
        raise AdminError("Say who decides, with --by USERNAME.")
    if args.accept is not None:
        with engine.begin() as conn:
            result = held.accept(conn, args.accept, by=args.by)
        print("Accepted and applied." if result.status == ChangeStatus.APPLIED else
              "Accepted; a field was changed meanwhile, so it is now a conflict for the "
              "case manager to resolve.")
    elif args.decline is not None:
        with engine.begin() as conn:
            held.decline(conn, args.decline, by=args.by, reason=args.reason or "")
        print("Declined: the author's laptop will show your reason at its next sync.")
    else:
        with engine.connect() as conn:
            found = held.waiting(conn, service_id=args.service)
        if args.show is not None:
            shown = [h for h in found if h.number == args.show]
            if not shown:
                raise AdminError(f"No held change numbered {args.show} is waiting.")
            print(shown[0].change.model_dump_json(indent=2))
        elif not found:
            print("No changes are waiting for a decision.")
        else:
            print(f"{'N':>5}  {'held at (UTC)':<16}  {'child':<36}  change")
        for item in found if args.show is None else []:
            print(f"{item.number:>5}  {item.at[:16].replace('T', ' ')}  "
                  f"{item.child_id or '-':<36}  {item.describe()}")
    return 0
