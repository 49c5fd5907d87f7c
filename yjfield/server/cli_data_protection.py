"""The data protection officer's commands: audit, subject access, retention and legal holds."""

import argparse
import getpass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from yjfield.domain.codes import ProgrammeType
from yjfield.server import admin, audit, retention
from yjfield.server.admin import AdminError
from yjfield.server.subject_access import export_child

COMMANDS = frozenset({"audit", "export-child", "retention-rule", "retention", "legal-hold"})


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use a date like 2026-11-23") from None


def add_parsers(sub: Any) -> None:
    trail = sub.add_parser("audit", help="who looked at or changed a record, and when")
    trail.add_argument("--child", metavar="ID", help="events about this child")
    trail.add_argument("--user", metavar="NAME", help="events by this user")
    trail.add_argument("--since", metavar="DATE", type=_date, help="from this date (UTC)")
    export = sub.add_parser("export-child",
                            help="subject access: everything held about one child")
    export.add_argument("child_id")
    export.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="writes FILE.json and FILE.html (never overwrites)")
    export.add_argument("--by", default=None, help="who is answering the request "
                                                   "(recorded in the audit; default: you)")
    rule = sub.add_parser("retention-rule", help="add or list a service's retention rules")
    rule.add_argument("--service", required=True, help="service id")
    rule.add_argument("--programme", choices=["any", *(p.value for p in ProgrammeType)],
                      help="programme type the rule covers (with --years: add a rule)")
    rule.add_argument("--years", type=int)
    rule.add_argument("--from", dest="starts", default=retention.Starts.PROGRAMME_END.value,
                      choices=[s.value for s in retention.Starts])
    sweep = sub.add_parser("retention", help="list or erase records past their retention")
    sweep.add_argument("--service", required=True, help="service id")
    mode = sweep.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true", help="only list what is due")
    mode.add_argument("--apply", action="store_true", help="erase what is due (not held)")
    sweep.add_argument("--today", type=_date, default=None, help=argparse.SUPPRESS)
    hold = sub.add_parser("legal-hold", help="stop, or allow again, erasure of a child")
    hold.add_argument("child_id")
    action = hold.add_mutually_exclusive_group(required=True)
    action.add_argument("--reason", help="place a hold, with its reason")
    action.add_argument("--lift", action="store_true", help="lift the hold")


def run(args: argparse.Namespace, engine: Engine) -> int:
    if args.command == "audit":
        with engine.connect() as conn:
            if args.user is not None and admin.user_by_name(conn, args.user) is None:
                raise AdminError(f"There is no user called {args.user}.")
            print(audit.render(audit.trail(conn, child_id=args.child, username=args.user,
                                           since=args.since)))
    elif args.command == "export-child":
        with engine.begin() as conn:
            written = export_child(conn, args.child_id, args.out,
                                   by=args.by or getpass.getuser())
        print("Written (readable by you only): " + " and ".join(str(p) for p in written))
    elif args.command == "retention-rule":
        _retention_rule(args, engine)
    elif args.command == "retention":
        _retention(args, engine)
    elif args.command == "legal-hold":
        with engine.begin() as conn:
            if args.lift:
                lifted = retention.lift_hold(conn, child_id=args.child_id)
                print("The hold is lifted." if lifted else "That child had no legal hold.")
            else:
                retention.place_hold(conn, child_id=args.child_id, reason=args.reason)
                print("The child's record is on legal hold: retention will not erase it.")
    return 0


def _retention_rule(args: argparse.Namespace, engine: Engine) -> None:
    if (args.programme is None) != (args.years is None):
        raise AdminError("To add a rule, give both --programme and --years.")
    if args.programme is not None:
        rule = retention.Rule(None if args.programme == "any" else ProgrammeType(args.programme),
                              args.years, retention.Starts(args.starts))
        with engine.begin() as conn:
            retention.add_rule(conn, service_id=args.service, rule=rule)
        print(f"Added: {rule.describe()}.")
    with engine.connect() as conn:
        rules = retention.rules(conn, args.service)
    print("\n".join(rule.describe() for rule in rules) if rules
          else "This service has no retention rules, so nothing is ever erased.")


def _retention(args: argparse.Namespace, engine: Engine) -> None:
    today = args.today or date.today()
    with engine.begin() as conn:
        found = retention.due(conn, service_id=args.service, today=today)
        for item in found:
            state = "on legal hold, kept" if item.held else (
                "erased" if args.apply else "would be erased")
            print(f"{item.child_id}  due {item.due_on}  {state}  ({item.rules})")
        if args.apply:
            count = retention.erase(conn, service_id=args.service, children=found)
            print(f"Erased {count} children's records; laptops purge them at their next sync.")
        else:
            waiting = sum(1 for item in found if not item.held)
            print(f"{waiting} children's records are past their retention period. "
                  "Nothing was erased (dry run).")
