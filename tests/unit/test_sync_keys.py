"""Keys, sealing, fingerprints and identity cards (app.sync.keys, pure)."""

from __future__ import annotations

import pytest

from app.sync import keys as fpk
from app.sync.errors import SyncError, WrongPassphraseError


def test_seal_round_trip_records_kdf_and_hides_private_keys() -> None:
    ident = fpk.generate_identity()
    sealed = fpk.seal(ident, "pass phrase", fpk.WEAK_FOR_TESTS)
    assert sealed["kdf"]["alg"] == "argon2id"
    assert sealed["kdf"]["opslimit"] == fpk.WEAK_FOR_TESTS.opslimit
    assert ident.sign_key.as_dict(private=True)["d"] not in str(sealed)
    opened = fpk.unseal(sealed, "pass phrase")
    assert opened.sign_kid == ident.sign_kid
    assert opened.enc_kid == ident.enc_kid


def test_production_costs_are_at_least_moderate() -> None:
    import nacl.pwhash

    assert fpk.MODERATE.opslimit >= nacl.pwhash.argon2id.OPSLIMIT_MODERATE
    assert fpk.MODERATE.memlimit >= nacl.pwhash.argon2id.MEMLIMIT_MODERATE


def test_wrong_passphrase_is_one_sentence() -> None:
    sealed = fpk.seal(fpk.generate_identity(), "right", fpk.WEAK_FOR_TESTS)
    with pytest.raises(WrongPassphraseError) as info:
        fpk.unseal(sealed, "wrong")
    assert str(info.value).startswith("The passphrase is wrong")


def test_damaged_key_file() -> None:
    sealed = fpk.seal(fpk.generate_identity(), "right", fpk.WEAK_FOR_TESTS)
    sealed["kdf"]["salt"] = "***"
    with pytest.raises(SyncError, match="damaged"):
        fpk.unseal(sealed, "right")


def test_kid_is_rfc7638_thumbprint() -> None:
    # RFC 8037 appendix A.3: the thumbprint of the Ed25519 example key.
    jwk = {"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}
    assert fpk.kid_of(jwk) == "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"


def test_fingerprint_groups_of_four_and_normalise() -> None:
    fp = fpk.fingerprint("abcdefghij")
    assert fp == "abcd efgh ij"
    assert fpk.normalise_fingerprint(" abcd  efgh\nij ") == "abcdefghij"


def _card() -> dict:
    ident = fpk.generate_identity()
    sign, enc = ident.public_jwks()
    return fpk.make_card(node_id="0b5c1c9e-1111-4a4a-8888-123456789abc", kind="field",
                         name="Goma", mission="MONUSCO", app_version="0.1.0",
                         sign_jwk=sign, enc_jwk=enc)


def test_card_round_trip_recomputes_kids() -> None:
    data = _card()
    card = fpk.read_card(data)
    assert card.fingerprint == data["fingerprint"]
    data["fingerprint"] = "forged"
    assert fpk.read_card(data).fingerprint != "forged"


@pytest.mark.parametrize("breakage", [
    lambda c: c.update(format="other"),
    lambda c: c.update(kind="laptop"),
    lambda c: c["sign_jwk"].update(crv="X25519"),
    lambda c: c["enc_jwk"].update(kty="RSA"),
    lambda c: c["sign_jwk"].update(d="secret"),
    lambda c: c["sign_jwk"].update(x="not base64!"),
    lambda c: c.pop("node_id"),
])
def test_bad_cards_are_refused(breakage) -> None:
    data = _card()
    breakage(data)
    with pytest.raises(SyncError):
        fpk.read_card(data)
