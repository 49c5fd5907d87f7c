"""The look, defined in one place, readable in light and in dark (WCAG 2.2 AA, 4.5:1)."""

import ast
import re
from pathlib import Path

import pytest

from yjfield.ui.theme import DARK, LIGHT, Scheme, contrast

UI = Path(__file__).parents[2] / "yjfield" / "ui"
COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_is_readable_on_its_background(scheme: Scheme) -> None:
    pairs = [(scheme.text, scheme.window), (scheme.text, scheme.surface),
             (scheme.muted, scheme.window), (scheme.muted, scheme.surface),
             (scheme.accent_text, scheme.accent),
             *((text, background) for background, text in scheme.status.values())]
    for text, background in pairs:
        assert contrast(text, background) >= 4.5, (text, background)


def test_contrast_is_measured_as_wcag_measures_it() -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert contrast("#777777", "#ffffff") < 4.5 < contrast("#767676", "#ffffff") + 0.01


def test_new_screens_take_their_colours_from_the_theme() -> None:
    """Colours written into screens were the old way; every one now comes from the theme."""
    allowed = {"theme.py"}
    for path in UI.glob("*.py"):
        if path.name in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not COLOUR.search(node.value), (path.name, node.value)
