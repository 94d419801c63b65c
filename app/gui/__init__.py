"""The PySide6 desktop application: the only package that imports Qt."""

from app.gui import signal_refcount
from app.gui.pyside_setup import skip_source_scan

skip_source_scan()  # first, so that importing the GUI and the core costs less
signal_refcount.install()  # before any signal is emitted (PySide6 6.12.0's True refcount)
