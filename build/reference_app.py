"""The reference program of build/size_ratio.py: one PySide6 window with a QtCharts chart.

It is what any small PySide6 + QtCharts desktop tool looks like; a default PyInstaller
``--onedir`` build of it is the yardstick for the size of the FocalPoint folder.
"""

from __future__ import annotations

import sys

from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    """Show a bar chart in a window; ``--quit`` closes it at once (for a test run)."""
    app = QApplication(sys.argv)
    bars = QBarSet("Participants")
    bars.append([75, 50, 24])
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle("Participants per activity")
    window = QMainWindow()
    window.setCentralWidget(QChartView(chart))
    window.resize(640, 420)
    window.show()
    if "--quit" in sys.argv:
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
