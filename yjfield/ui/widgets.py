"""Small pieces several screens share."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def words(code: str) -> str:
    """A stored code ("did_not_attend") as words ("Did not attend")."""
    return code.replace("_", " ").capitalize()


def problem_label() -> QLabel:
    """Where a screen says what went wrong and what to do (hidden until then)."""
    label = QLabel()
    label.setObjectName("problem")  # coloured by the theme's stylesheet
    label.setWordWrap(True)
    label.hide()
    return label


def centred_column(page: QWidget, column: QWidget, max_width: int) -> None:
    """Lay `column` out in the middle of `page`, a little above centre, at most max_width."""
    column.setMaximumWidth(max_width)
    centre = QHBoxLayout()
    centre.addStretch(1)
    centre.addWidget(column, 3)
    centre.addStretch(1)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addLayout(centre)
    layout.addStretch(2)
