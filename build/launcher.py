"""Entry script of the frozen application (PyInstaller runs it as ``__main__``).

It calls :func:`app.__main__.main`: the same code as ``python -m app``. One option is
the build's own: ``--frozen-check [HOME]`` runs build/frozen_checks.py inside the frozen
executable (collation, code pages, Arabic and Cyrillic text, search) and exits.
"""

from __future__ import annotations

import multiprocessing
import sys

from app.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if sys.argv[1:2] == ["--frozen-check"]:
        import frozen_checks

        sys.exit(frozen_checks.run(sys.argv[2:]))
    sys.exit(main())
