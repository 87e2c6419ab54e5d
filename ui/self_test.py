"""``paatospaja --self-test``: the core checks, then Qt's platform plugin, icon and translations.

A bundle that lacks the platform plugin cannot open a window at all, and Qt then stops the
process itself with its own message; the core checks have been printed by then, so the
report still shows everything up to the Qt line, and the exit status is not 0.
"""

from __future__ import annotations

import io
import sys

from desktop_app.resources import resource_path
from desktop_app.selftest import (
    CheckResult,
    CheckStatus,
    SelfTestReport,
    guarded,
    run_checks,
)

EXIT_FAILED = 1


def run_self_test(language: str | None = None) -> int:
    """Print one line per check and a summary; 0 when nothing failed (warnings allowed)."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A Windows console or a redirected log may not take every character of the text.
        sys.stdout.reconfigure(errors="replace")

    def show(result: CheckResult) -> None:
        print(result.line(language), flush=True)

    core = run_checks(language, on_result=show)
    qt = guarded("qt", check_qt, language)
    show(qt)
    report = SelfTestReport([*core.results, qt])
    print(report.summary(language), flush=True)
    return 0 if report.passed else EXIT_FAILED


def check_qt() -> CheckResult:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.app import application_icon

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    platform = app.platformName()
    missing: list[str] = []
    sizes = {size.width() for size in application_icon().availableSizes()}
    if not {16, 256} <= sizes:  # 16 px from the ICO (Qt's ico plugin), 256 px from either
        missing.append(f"icons/paatospaja.ico, paatospaja.png ({sorted(sizes)} px)")
    for language in ("sv", "en"):
        translator = QTranslator()
        if not translator.load(f"paatospaja_{language}", str(resource_path("translations"))):
            missing.append(f"translations/paatospaja_{language}.qm")
    widget = QWidget()  # the widgets library loads and makes a native window
    widget.winId()
    widget.deleteLater()
    if missing:
        params = {"platform": platform, "missing": ", ".join(missing)}
        return CheckResult("qt", CheckStatus.FAILED, "selftest.qt.incomplete", params)
    return CheckResult("qt", CheckStatus.OK, "selftest.qt.ok", {"platform": platform})
