"""The one look: palette, status colours, spacing and the stylesheet, light and dark.

Every screen takes its colours from here (never a colour written in a widget), so a
change of look is made once. Text colours meet WCAG 2.2 AA (4.5:1) on their
backgrounds in both modes; `contrast()` is the check a test runs over them.
"""

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class Status(StrEnum):
    """The four kinds of message, and what a status colour means wherever it is used."""

    POSITIVE = "positive"
    INFORMATION = "information"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Scheme:
    window: str
    surface: str  # cards, lists, fields
    text: str
    muted: str  # secondary text
    accent: str  # the brand teal: selection, focus, primary buttons
    accent_text: str
    border: str
    #: status -> (background, text) for message bars and badges
    status: dict[Status, tuple[str, str]]


LIGHT = Scheme(
    window="#f4f6f6", surface="#ffffff", text="#1b2426", muted="#4d5b5e",
    accent="#0b6b6f", accent_text="#ffffff", border="#c9d2d3",
    status={Status.POSITIVE: ("#e3f3e6", "#17561f"),
            Status.INFORMATION: ("#e2eef8", "#134a73"),
            Status.WARNING: ("#fdf1d6", "#6b4500"),
            Status.ERROR: ("#fbe3e4", "#8a0010")},
)

DARK = Scheme(
    window="#161c1d", surface="#202829", text="#e8eeee", muted="#aebbbd",
    accent="#5cc3c7", accent_text="#0b1b1c", border="#3a4647",
    status={Status.POSITIVE: ("#183a1f", "#bfe8c6"),
            Status.INFORMATION: ("#16324a", "#c4def5"),
            Status.WARNING: ("#3d2e0b", "#f6dfa4"),
            Status.ERROR: ("#4a1619", "#f8c9cc")},
)

#: Spacing and type scale (points), used by layouts and the stylesheet.
SPACING = 8
TYPE_SCALE = {"body": 10, "small": 9, "title": 14, "heading": 12}


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints is not None and hints.colorScheme().name == "Dark")


def scheme() -> Scheme:
    return DARK if is_dark() else LIGHT


def status_colours(status: Status) -> tuple[QColor, QColor]:
    background, text = scheme().status[status]
    return QColor(background), QColor(text)


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours."""
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def stylesheet(s: Scheme) -> str:
    rows = [
        f"QMainWindow, QDialog {{ background: {s.window}; }}",
        # Spin boxes and date and time edits keep Fusion's own frame (with the palette):
        # styled like the fields, their step arrows were squeezed out of sight.
        f"QLineEdit, QTextEdit, QPlainTextEdit, QComboBox {{ background: {s.surface}; "
        f"color: {s.text}; border: 1px solid {s.border}; border-radius: 4px; "
        f"padding: 4px 6px; }}",
        f"QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QComboBox:focus "
        f"{{ border: 2px solid {s.accent}; }}",
        f"QTableView, QListWidget, QTreeView {{ background: {s.surface}; color: {s.text}; "
        f"border: 1px solid {s.border}; border-radius: 4px; "
        f"selection-background-color: {s.accent}; selection-color: {s.accent_text}; }}",
        f"QTableView:focus, QListWidget:focus {{ border: 2px solid {s.accent}; }}",
        f"QHeaderView::section {{ background: {s.window}; color: {s.muted}; border: none; "
        f"border-bottom: 1px solid {s.border}; padding: 4px 6px; font-weight: 600; }}",
        f"QPushButton {{ background: {s.surface}; color: {s.text}; "
        f"border: 1px solid {s.border}; border-radius: 4px; padding: 5px 12px; }}",
        f"QPushButton:default {{ background: {s.accent}; color: {s.accent_text}; "
        f"border-color: {s.accent}; }}",
        f"QPushButton:focus {{ border: 2px solid {s.accent}; }}",
        f"QTabBar::tab {{ padding: 6px 12px; color: {s.muted}; }}",
        f"QTabBar::tab:selected {{ color: {s.text}; border-bottom: 3px solid {s.accent}; }}",
        f"QLabel#problem {{ color: {s.status[Status.ERROR][1]}; }}",
        f"QLabel#muted {{ color: {s.muted}; }}",
        f"QWidget#draftRow {{ background: {s.status[Status.WARNING][0]}; }}",
        f"QWidget#draftRow QLabel {{ color: {s.status[Status.WARNING][1]}; }}",
    ]
    for status, (background, text) in s.status.items():
        rows.append(f'MessageBarWidget[status="{status.value}"] {{ background: {background}; '
                    f"border: 1px solid {text}; border-radius: 6px; }}")
        rows.append(f'MessageBarWidget[status="{status.value}"] QLabel {{ color: {text}; }}')
    return "\n".join(rows)


def apply_theme(app: QApplication) -> None:
    """The look, for the whole app: Fusion with this palette and stylesheet."""
    s = scheme()
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, s.window),
                         (QPalette.ColorRole.Base, s.surface),
                         (QPalette.ColorRole.AlternateBase, s.window),
                         (QPalette.ColorRole.WindowText, s.text),
                         (QPalette.ColorRole.Text, s.text),
                         (QPalette.ColorRole.ButtonText, s.text),
                         (QPalette.ColorRole.Button, s.surface),
                         (QPalette.ColorRole.Highlight, s.accent),
                         (QPalette.ColorRole.HighlightedText, s.accent_text),
                         (QPalette.ColorRole.PlaceholderText, s.muted),
                         (QPalette.ColorRole.Link, s.accent)):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(s))
