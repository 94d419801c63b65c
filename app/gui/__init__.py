"""The PySide6 desktop application: the only package that imports Qt."""

from app.gui.pyside_setup import skip_source_scan

skip_source_scan()  # first, so that importing the GUI and the core costs less
