"""Loading the interface's translations (Welsh first, under the Welsh Language Standards).

Every user-visible string goes through tr(); `make translations` refreshes the
.ts files from the code and compiles them to .qm, which are loaded here.
"""

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from yjfield.app.paths import resources_dir

TRANSLATIONS = resources_dir() / "translations"


def chosen_language() -> str:
    """YJFIELD_LANGUAGE (for example 'cy'), else the system's language."""
    return os.environ.get("YJFIELD_LANGUAGE") or QLocale.system().name().split("_")[0]


def install_translator(app: QCoreApplication, language: str | None = None,
                       folder: Path = TRANSLATIONS) -> QTranslator | None:
    """Load yjfield_<language>.qm if there is one; English needs none."""
    language = language or chosen_language()
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(folder / f"yjfield_{language}.qm")):
        return None
    app.installTranslator(translator)
    return translator
