"""The invented demo service, put on a server (for `make run` and trying yjfield out)."""

from sqlalchemy import Connection, select

from yjfield.domain.demo import DemoService, build_demo
from yjfield.server import admin
from yjfield.server.db import services
from yjfield.server.imports import insert_records

DEMO_SERVICE_NAME = "Demotown Youth Justice Service (invented)"


def seed_demo(conn: Connection, *, children: int = 40, months: int = 6) -> str | None:
    """Create the demo service once; returns its id, or None when it already exists."""
    if conn.execute(select(services.c.id).where(services.c.name == DEMO_SERVICE_NAME)).first():
        return None
    demo: DemoService = build_demo(children=children, months=months)
    service_id = admin.create_service(conn, name=DEMO_SERVICE_NAME, policy=demo.policy)
    for user in demo.users:
        created = admin.add_user(conn, service_id=service_id, username=user.username,
                                 display_name=user.display_name, role=user.role,
                                 password=user.password)
        for child_id in demo.assignments[user.username]:
            admin.assign(conn, child_id=child_id, user_id=created)
    insert_records(conn, service_id=service_id, items=demo.records)
    return service_id
