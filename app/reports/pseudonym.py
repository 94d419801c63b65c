"""Pseudonymised names for reports that leave the mission: initials and a stable reference.

The reference is derived from the participant's record id (a random UUID), so the
same person has the same reference in every report, on every node, and the reference
says nothing about the name.
"""

from __future__ import annotations

import base64
import hashlib

_ALPHABET_FIX = str.maketrans({"0": "8", "1": "9"})  # base32 has no 0/1; keep it so


def reference(participant_id: str) -> str:
    """A short stable reference such as ``P-7KQ2M4`` for a participant id."""
    digest = hashlib.blake2b(participant_id.encode("utf-8"), digest_size=8,
                             person=b"fp-pseudonym").digest()
    code = base64.b32encode(digest).decode("ascii")[:6].translate(_ALPHABET_FIX)
    return f"P-{code}"


def initials(full_name: str) -> str:
    """Initials of each part of a name, any script: 'Élodie Mbéki-Nsanga' -> 'É.M.'."""
    parts = [p for p in full_name.replace("-", " ").split() if p[:1].isalpha()]
    if not parts:
        return "?"
    return "".join(f"{p[0].upper()}." for p in parts[:4])


def pseudonym(full_name: str, participant_id: str) -> str:
    """What a pseudonymised report shows instead of a name."""
    return f"{initials(full_name)} {reference(participant_id)}"
