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


def test_the_docs_stand_on_their_own() -> None:
    """Every document the docs and the code name is in the repository."""
    root = Path(__file__).parents[1]
    texts = [root / "README.md", *DOCS.glob("*.md"), *(root / "yjfield").rglob("*.py")]
    for path in texts:
        text = path.read_text("utf-8")
        for outside in ("DOMAIN.md", "SYNC-CONTRACT.md", "../shared"):
            assert outside not in text, (path.name, outside)
    assert (DOCS / "domain.md").exists() and (DOCS / "sync-contract.md").exists()
