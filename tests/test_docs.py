"""The docs print tables the code defines: they must not drift from it."""

from pathlib import Path

from yjfield.domain.scope import write_table_markdown

DOCS = Path(__file__).parents[1] / "docs"


def test_the_who_may_write_what_table_in_the_docs_is_the_one_the_server_enforces() -> None:
    text = (DOCS / "data-protection.md").read_text("utf-8")
    start = text.index("<!-- generated: yjfield.domain.scope.write_table_markdown() -->")
    end = text.index("<!-- end generated -->")
    printed = text[start:end].split("\n", 1)[1].strip()
    assert printed == write_table_markdown()
