"""Why a bundle, a key or a card was refused: one sentence for the operator."""

from __future__ import annotations

from app.domain.errors import FocalPointError
from app.domain.i18n import message


class SyncError(FocalPointError):
    """A sync operation failed; ``code`` is a stable machine-readable cause."""

    exit_code = 4

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


class BundleRejectedError(SyncError):
    """A bundle was refused; nothing was written (SYNC-SPEC section 6)."""

    exit_code = 5


class WrongPassphraseError(SyncError):
    """The passphrase does not open the node's sealed keys."""

    def __init__(self) -> None:
        super().__init__(
            "wrong_passphrase",
            message("The passphrase is wrong, so the node's keys stay locked; type it again "
                    "(it is case-sensitive)."),
        )
