"""Node keys: Ed25519 signing and X25519 encryption JWKs, kids, fingerprints, sealing
with a passphrase (Argon2id + SecretBox), and public identity cards (SYNC-SPEC 2)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils
from joserfc.jwk import OKPKey

from app.domain.i18n import message
from app.sync.errors import SyncError, WrongPassphraseError

SEALED_FORMAT = "focalpoint-sealed-keys"
CARD_FORMAT = "focalpoint-identity-card"
CARD_SUFFIX = ".fpkey.json"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id costs. Production uses at least libsodium's MODERATE limits."""

    opslimit: int
    memlimit: int


MODERATE = KdfParams(nacl.pwhash.argon2id.OPSLIMIT_MODERATE, nacl.pwhash.argon2id.MEMLIMIT_MODERATE)
#: For tests only: passed explicitly, never chosen by configuration.
WEAK_FOR_TESTS = KdfParams(nacl.pwhash.argon2id.OPSLIMIT_MIN, nacl.pwhash.argon2id.MEMLIMIT_MIN)


@dataclass(frozen=True)
class Identity:
    """A node's unlocked private keys (kept in memory only while signing/decrypting)."""

    sign_key: OKPKey
    enc_key: OKPKey

    @property
    def sign_kid(self) -> str:
        return self.sign_key.thumbprint()

    @property
    def enc_kid(self) -> str:
        return self.enc_key.thumbprint()

    def public_jwks(self) -> tuple[dict[str, Any], dict[str, Any]]:
        return public_jwk(self.sign_key), public_jwk(self.enc_key)


def generate_identity() -> Identity:
    """Fresh Ed25519 (signing) and X25519 (encryption) key pairs."""
    return Identity(
        OKPKey.generate_key("Ed25519", private=True), OKPKey.generate_key("X25519", private=True)
    )


def public_jwk(key: OKPKey) -> dict[str, Any]:
    """The public JWK of ``key`` with its kid (RFC 7638 thumbprint)."""
    data = dict(key.as_dict(private=False))
    data["kid"] = key.thumbprint()
    return data


def kid_of(jwk: dict[str, Any]) -> str:
    """The RFC 7638 thumbprint of a public JWK (base64url SHA-256)."""
    return import_public(jwk, jwk.get("crv", "")).thumbprint()


def import_public(jwk: dict[str, Any], curve: str) -> OKPKey:
    """A public OKP key of ``curve`` from its JWK; private parts are refused."""
    if not isinstance(jwk, dict) or jwk.get("kty") != "OKP" or jwk.get("crv") != curve:
        raise SyncError(
            "bad_key",
            message("The key is not an {curve} public key; ask the sender for a new "
                    "identity card.", curve=curve),
        )
    if "d" in jwk:
        raise SyncError(
            "private_key_in_card",
            message("The identity card holds a private key; do not use it, and ask for a "
                    "new card."),
        )
    try:
        return OKPKey.import_key({"kty": "OKP", "crv": curve, "x": jwk.get("x", "")})
    except Exception as exc:  # joserfc raises several kinds for a malformed key
        raise SyncError(
            "bad_key",
            message("The {curve} key in the card is malformed; ask the sender for a new "
                    "identity card.", curve=curve),
        ) from exc


def fingerprint(kid: str) -> str:
    """The signing kid in groups of 4 characters, for reading aloud."""
    return " ".join(kid[i : i + 4] for i in range(0, len(kid), 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (any spacing) back to the kid it shows."""
    return "".join(text.split())


# --- sealing ------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return nacl.pwhash.argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE,
        passphrase.encode("utf-8"),
        salt,
        opslimit=kdf.opslimit,
        memlimit=kdf.memlimit,
    )


def seal(identity: Identity, passphrase: str, kdf: KdfParams = MODERATE) -> dict[str, Any]:
    """The private keys encrypted with a key derived from ``passphrase`` (Argon2id).

    The KDF parameters are recorded in the result so that unlocking uses the same costs.
    """
    if not passphrase:
        raise SyncError(
            "empty_passphrase", message("The passphrase is empty; choose one of at least 8 "
                                        "characters.")
        )
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    box = nacl.secret.SecretBox(_derive(passphrase, salt, kdf))
    secret = json.dumps(
        {
            "sign": identity.sign_key.as_dict(private=True),
            "enc": identity.enc_key.as_dict(private=True),
        }
    ).encode("utf-8")
    return {
        "format": SEALED_FORMAT,
        "format_version": 1,
        "sign_kid": identity.sign_kid,
        "enc_kid": identity.enc_kid,
        "kdf": {
            "alg": "argon2id",
            "opslimit": kdf.opslimit,
            "memlimit": kdf.memlimit,
            "salt": _b64(salt),
        },
        "cipher": "xsalsa20poly1305",
        "sealed": _b64(box.encrypt(secret)),
    }


def unseal(sealed: dict[str, Any], passphrase: str) -> Identity:
    """The identity inside ``sealed``; :class:`WrongPassphraseError` when it does not open."""
    try:
        kdf = sealed["kdf"]
        if sealed.get("format") != SEALED_FORMAT or kdf.get("alg") != "argon2id":
            raise KeyError("format")
        key = _derive(
            passphrase, _unb64(kdf["salt"]), KdfParams(int(kdf["opslimit"]), int(kdf["memlimit"]))
        )
        blob = _unb64(sealed["sealed"])
    except (KeyError, TypeError, ValueError) as exc:
        raise SyncError(
            "bad_key_file",
            message("The node's key file is damaged; restore it from a backup of the keys "
                    "folder."),
        ) from exc
    try:
        secret = json.loads(nacl.secret.SecretBox(key).decrypt(blob))
    except nacl.exceptions.CryptoError as exc:
        raise WrongPassphraseError() from exc
    return Identity(OKPKey.import_key(secret["sign"]), OKPKey.import_key(secret["enc"]))


# --- identity cards -----------------------------------------------------------------------


def make_card(
    *,
    node_id: str,
    kind: str,
    name: str,
    mission: str | None,
    app_version: str,
    sign_jwk: dict[str, Any],
    enc_jwk: dict[str, Any],
) -> dict[str, Any]:
    """A node's public identity card (``*.fpkey.json``)."""
    return {
        "format": CARD_FORMAT,
        "format_version": 1,
        "node_id": node_id,
        "kind": kind,
        "name": name,
        "mission": mission,
        "app_version": app_version,
        "sign_jwk": sign_jwk,
        "enc_jwk": enc_jwk,
        "fingerprint": fingerprint(kid_of(sign_jwk)),
    }


@dataclass(frozen=True)
class Card:
    """A checked identity card: its keys parse and its kids are recomputed here."""

    node_id: str
    kind: str
    name: str
    mission: str | None
    app_version: str
    sign_jwk: dict[str, Any]
    enc_jwk: dict[str, Any]
    sign_kid: str
    enc_kid: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_kid)


def read_card(data: Any) -> Card:
    """Check a card's shape and keys; the fingerprint is recomputed, never trusted."""
    bad = SyncError(
        "bad_card",
        message("This file is not a FocalPoint identity card; ask the other node for its "
                "'.fpkey.json' file."),
    )
    if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
        raise bad
    fields = ("node_id", "kind", "name")
    if any(not isinstance(data.get(f), str) or not data.get(f) for f in fields):
        raise bad
    if data["kind"] not in ("field", "hq"):
        raise bad
    mission = data.get("mission")
    if mission is not None and not isinstance(mission, str):
        raise bad
    sign = import_public(data.get("sign_jwk"), "Ed25519")
    enc = import_public(data.get("enc_jwk"), "X25519")
    return Card(
        node_id=data["node_id"],
        kind=data["kind"],
        name=data["name"],
        mission=mission or None,
        app_version=str(data.get("app_version") or ""),
        sign_jwk=public_jwk(sign),
        enc_jwk=public_jwk(enc),
        sign_kid=sign.thumbprint(),
        enc_kid=enc.thumbprint(),
    )
