"""Entry script of the frozen application (PyInstaller runs it as ``__main__``).

It only calls :func:`app.__main__.main`: the same code as ``python -m app``.
"""

from __future__ import annotations

import multiprocessing
import sys

from app.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
