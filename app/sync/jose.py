"""JWS/JWE build and verify for bundles with joserfc, algorithms pinned (SYNC-SPEC 3, 9).

Every failure becomes :class:`BundleRejectedError` with one sentence for the operator.

On import, joserfc makes every check of the headers, recipients, keys and algorithms,
but on the bundle with its one large member (the JWE ciphertext, the JWS payload)
left empty; its algorithm objects are wrapped (:class:`_Deferred`) so that the bulk
step - AES-GCM decryption, Ed25519 verification - is recorded and then made here on
the real member, which is decoded with pybase64 (SIMD) under the same strict base64url
rules as joserfc's: the Ed25519 check with joserfc's own algorithm object, on a thread,
and the AES-GCM decryption with cryptography as joserfc's A256GCM model does it, but
piece by piece, each piece decoded on a thread while the one before is decrypted. A
244 MiB bundle is opened several times faster than through joserfc's pure-Python
decoding and copies.
"""

from __future__ import annotations

import binascii
import contextlib
import json
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import pybase64
from cryptography.hazmat.primitives.ciphers import Cipher
from cryptography.hazmat.primitives.ciphers.algorithms import AES
from cryptography.hazmat.primitives.ciphers.modes import GCM
from joserfc import jwe, jws
from joserfc.jwe import GeneralJSONEncryption, JWERegistry
from joserfc.jwk import OKPKey
from joserfc.jws import JWSRegistry

from app.domain.i18n import message
from app.sync.errors import BundleRejectedError
from app.sync.payload import Member

JWS_TYP = "fp-bundle+jws"
PAYLOAD_CTY = "fp-bundle.v1+json"
JWE_CTY = "fp-bundle+jws"
SIGN_ALGS = ("Ed25519", "EdDSA")
KEY_ALG = "ECDH-ES+A256KW"
CONTENT_ENC = "A256GCM"
DEFAULT_CAP = 256 * 1024 * 1024
#: joserfc's A256GCM content encryption (the only one a bundle may use).
_GCM_MODEL = JWERegistry.algorithms["enc"][CONTENT_ENC]
T = TypeVar("T")


class _Deferred:
    """A joserfc algorithm object whose bulk step (``verify`` of a JWS signature,
    ``decrypt`` of JWE content) only records its arguments, for :meth:`finish` to run
    the real step on the real (large) member; everything else is the real object's."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.args: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def verify(self, msg: bytes, sig: bytes, key: Any) -> bool:
        """JWS: record the signature and key; the signing input is made later."""
        self.args = (sig, key)
        return True

    def decrypt(self, ciphertext: bytes, tag: bytes, cek: bytes, iv: bytes, aad: bytes) -> bytes:
        """JWE: record the content key, iv, tag and AAD; decrypt nothing yet."""
        self.args = (tag, cek, iv, aad)
        return b""

    def finish_verify(self, signing_input: bytes) -> bool:
        """The real signature check over the real signing input."""
        if self.args is None:
            return False
        sig, key = self.args
        return bool(self._real.verify(signing_input, sig, key))

    def finish_decrypt_pieces(self, pieces: Iterable[bytes], size: int) -> bytearray:
        """The real AES-GCM decryption (and tag check) of the real ciphertext, of ``size``
        bytes, given piece by piece: cryptography's AES-GCM used exactly as joserfc's
        A256GCM model uses it, writing into one buffer. Nothing of the plaintext is
        given before the tag is checked."""
        if self.args is None or self._real is not _GCM_MODEL:
            raise ValueError("no A256GCM content key was found")
        tag, cek, iv, aad = self.args
        decryptor = Cipher(AES(cek), GCM(iv, tag)).decryptor()
        decryptor.authenticate_additional_data(aad)
        out = bytearray(size + 15)  # update_into wants room for one block more
        done = 0
        with memoryview(out) as view:
            for piece in pieces:
                if done + len(piece) > size:
                    raise ValueError("ciphertext longer than announced")
                done += decryptor.update_into(piece, view[done:done + len(piece) + 15])
        decryptor.finalize()  # raises InvalidTag: changed after it was made
        if done != size:
            raise ValueError("ciphertext shorter than announced")
        del out[size:]
        return out


def _jws_registry(cap: int, deferred: dict[str, _Deferred] | None = None) -> JWSRegistry:
    algorithms = {**JWSRegistry.algorithms, **(deferred or {})}

    class BundleJWSRegistry(JWSRegistry):
        max_payload_length = cap

    BundleJWSRegistry.algorithms = algorithms
    return BundleJWSRegistry(algorithms=list(SIGN_ALGS))


def _jwe_registry(cap: int, deferred: _Deferred | None = None) -> JWERegistry:
    algorithms = {part: dict(models) for part, models in JWERegistry.algorithms.items()}
    if deferred is not None:
        algorithms["enc"][CONTENT_ENC] = deferred  # type: ignore[assignment]

    class BundleJWERegistry(JWERegistry):
        max_ciphertext_length = cap

    BundleJWERegistry.algorithms = algorithms  # type: ignore[assignment]
    return BundleJWERegistry(algorithms=[KEY_ALG, CONTENT_ENC], verify_all_recipients=False)


def _in_thread(work: Callable[[], Any]) -> Callable[[], Any]:
    """Run ``work`` in a thread; the function returned waits and gives its result, or
    None if it raised (the caller treats None as a failed check)."""
    out: list[Any] = [None]

    def run() -> None:
        try:
            out[0] = work()
        except Exception:  # untrusted input: a failure is a failed check, never a crash
            out[0] = None

    worker = threading.Thread(target=run, name="bundle-verify", daemon=True)
    worker.start()

    def result() -> Any:
        worker.join()
        return out[0]

    return result


_SAFE_ENDING = (b"AEIMQUYcgkosw048", b"AQgw")


def b64url_decode(segment: bytes | Member) -> bytes | bytearray:
    """Strict unpadded base64url, with exactly joserfc's rules (no ``+``, ``/``, ``=``
    or whitespace, no impossible length, canonical last character), decoded by pybase64.

    A :class:`~app.sync.payload.Member` is decoded where it lies in its document, without
    a copy; when it is not base64url, its document is parsed whole first, so that one
    that is not JSON is refused as such (the sentence a full parse gives)."""
    data, start, end = _span(segment)
    try:
        pad = _b64url_check(data, start, end)
        view = memoryview(data)[start:end]
        if not pad:
            return pybase64.b64decode(view, altchars=b"-_", validate=True)
        body = len(view) - 4 + pad  # whole quads, decoded in place; then the padded rest
        out = pybase64.b64decode_as_bytearray(view[:body], altchars=b"-_", validate=True)
        out += _decode(view[body:], pad)
        return out
    except binascii.Error:
        _not_json_first(segment)
        raise


#: base64url characters decoded at a time by :func:`b64url_pieces` (a multiple of 4).
PIECE_CHARS = 2 * 1024 * 1024


def b64url_pieces(segment: bytes | Member, chars: int | None = None
                  ) -> tuple[Iterator[bytes], int]:
    """:func:`b64url_decode` piece by piece (``chars`` characters each, default
    :data:`PIECE_CHARS`): the pieces, each decoded when asked for, and the number of
    bytes they make. The form rules are checked at once; a letter outside the alphabet
    raises when its piece is decoded."""
    chars = chars or PIECE_CHARS
    if chars % 4:
        raise ValueError("pieces must hold whole quads")
    data, start, end = _span(segment)
    try:
        pad = _b64url_check(data, start, end)
    except binascii.Error:
        _not_json_first(segment)
        raise
    n = end - start

    def pieces() -> Iterator[bytes]:
        view = memoryview(data)[start:end]
        try:
            for at in range(0, n, chars):
                last = at + chars >= n
                yield _decode(view[at:at + chars], pad if last else 0)
        except binascii.Error:
            _not_json_first(segment)
            raise

    return pieces(), n // 4 * 3 + (0, 0, 1, 2)[n % 4]


def _span(segment: bytes | Member) -> tuple[bytes, int, int]:
    if isinstance(segment, Member):
        return segment.doc, segment.start, segment.end
    return segment, 0, len(segment)


def _b64url_check(data: bytes, start: int, end: int) -> int:
    """joserfc's form rules for ``data[start:end]``; gives the padding it lacks."""
    if any(data.find(c, start, end) >= 0 for c in (b"+", b"/", b"=")):
        raise binascii.Error("not base64url")
    pad = -(end - start) % 4
    if pad == 3 or (pad and data[end - 1] not in _SAFE_ENDING[pad - 1]):
        raise binascii.Error("not base64url")
    return pad


def _decode(view: memoryview, pad: int) -> bytes:
    if not pad:
        return pybase64.b64decode(view, altchars=b"-_", validate=True)
    return pybase64.b64decode(bytes(view) + b"=" * pad, altchars=b"-_", validate=True)


def _not_json_first(segment: bytes | Member) -> None:
    """Before a member is refused as not base64url: if it lay in a document that is not
    JSON after all (scanned, not parsed), refuse it as not JSON instead."""
    if isinstance(segment, Member):
        segment.parsed()


def _ahead(items: Iterator[T]) -> Iterator[T]:
    """``items``, each made on a thread while the caller works on the one before (base64
    decoding and AES-GCM both release the GIL: about 0.2 s less on a 244 MiB bundle)."""
    end = object()
    with ThreadPoolExecutor(1, thread_name_prefix="bundle-decode") as pool:
        future = pool.submit(next, items, end)
        while (item := future.result()) is not end:
            future = pool.submit(next, items, end)
            yield item  # type: ignore[misc]


def sign(payload: bytes, key: OKPKey, cap: int = DEFAULT_CAP) -> dict[str, Any]:
    """A General JSON Serialization JWS with one Ed25519 signature over ``payload``."""
    header = {"alg": "Ed25519", "kid": key.thumbprint(), "typ": JWS_TYP, "cty": PAYLOAD_CTY}
    return dict(
        jws.serialize_json([{"protected": header}], payload, key, registry=_jws_registry(cap))
    )


def encrypt(
    plaintext: bytes, recipients: list[dict[str, Any]], cap: int = DEFAULT_CAP
) -> dict[str, Any]:
    """A General JSON Serialization JWE of ``plaintext`` to X25519 public JWKs."""
    obj = GeneralJSONEncryption({"enc": CONTENT_ENC, "cty": JWE_CTY}, plaintext)
    for jwk in recipients:
        key = OKPKey.import_key({"kty": "OKP", "crv": "X25519", "x": jwk["x"]})
        obj.add_recipient({"alg": KEY_ALG, "kid": key.thumbprint()}, key)
    return dict(jwe.encrypt_json(obj, None, registry=_jwe_registry(cap)))


def _reject(code: str, message: str) -> BundleRejectedError:
    return BundleRejectedError(code, message)


def is_jwe(outer: dict[str, Any]) -> bool:
    return "ciphertext" in outer


def jwe_recipient_kids(outer: dict[str, Any]) -> list[str]:
    recipients = outer.get("recipients")
    if not isinstance(recipients, list):
        if isinstance(outer.get("header"), dict):  # flattened: still one recipient
            return [str(outer["header"].get("kid", ""))]
        return []
    return [str(r["header"].get("kid", "")) for r in recipients
            if isinstance(r, dict) and isinstance(r.get("header"), dict)]


def _check_jwe(outer: dict[str, Any], enc_key: OKPKey) -> None:
    """The JWE's form, recipient and headers are the ones FocalPoint writes."""
    if not isinstance(outer.get("recipients"), list):
        raise _reject(
            "not_a_bundle",
            message("The encrypted bundle is not in the general JSON form FocalPoint "
                    "writes; ask the sender to export again."),
        )
    if enc_key.thumbprint() not in jwe_recipient_kids(outer):
        raise _reject(
            "not_for_this_node",
            message("The bundle is not encrypted to this node's key; ask the sender to "
                    "export it again '--to' this node."),
        )
    try:
        protected = json.loads(_b64json(outer.get("protected")))
    except ValueError as exc:
        raise _reject(
            "bad_header",
            message("The bundle's protected header is damaged; ask the sender to export "
                    "again."),
        ) from exc
    if (
        not isinstance(protected, dict)
        or protected.get("enc") != CONTENT_ENC
        or protected.get("zip") is not None
        or protected.get("cty") != JWE_CTY
    ):
        raise _reject(
            "bad_header",
            message("The bundle's encryption header is not the one FocalPoint uses; ask the "
                    "sender to export again."),
        )
    for r in outer["recipients"]:
        header = r.get("header") if isinstance(r, dict) else None
        if not isinstance(header, dict) or header.get("alg") not in (KEY_ALG, None):
            raise _reject(
                "bad_header",
                message("The bundle uses a key algorithm FocalPoint does not accept; ask "
                        "the sender to export again."),
            )


def decrypt(outer: dict[str, Any], enc_key: OKPKey, cap: int = DEFAULT_CAP) -> bytes:
    """The plaintext (a JWS) of a bundle JWE encrypted to ``enc_key``; consumes
    ``outer['ciphertext']`` (set to None once read)."""
    _check_jwe(outer, enc_key)
    content = _Deferred(JWERegistry.algorithms["enc"][CONTENT_ENC])
    try:
        segment = outer.get("ciphertext")
        if not isinstance(segment, str | bytes | Member) or len(segment) > cap:
            raise ValueError("ciphertext")
        jwe.decrypt_json({**outer, "ciphertext": ""}, enc_key,
                         registry=_jwe_registry(cap, content))
        outer["ciphertext"] = None  # the caller's only other reference: free it early
        pieces, size = b64url_pieces(_encoded(segment))
        del segment
        return content.finish_decrypt_pieces(_ahead(pieces), size)
    except BundleRejectedError:  # the document was not JSON after all
        raise
    except Exception as exc:  # untrusted input: any library failure is a rejection
        raise _reject(
            "decrypt_failed",
            message("The bundle cannot be decrypted: it was changed after it was made or is "
                    "damaged; ask the sender to export again."),
        ) from exc


def _b64json(segment: Any) -> bytes:
    import base64

    if not isinstance(segment, str | bytes | Member):
        raise ValueError("segment")
    data = _ascii(segment)
    return base64.urlsafe_b64decode(data + b"=" * (-len(data) % 4))


def _ascii(segment: str | bytes | Member) -> bytes:
    """A base64url member as bytes (a small one: a large :class:`Member` is decoded in
    place by :func:`b64url_decode` instead)."""
    if isinstance(segment, Member):
        segment = segment.parsed()  # text, or the sentence when the document is not JSON
    return segment.encode("utf-8") if isinstance(segment, str) else segment


def _encoded(segment: str | bytes | Member) -> bytes | Member:
    """A large base64url member as :func:`b64url_decode` takes it: as it is, unless it
    is text (a document that :func:`app.sync.payload.scan_envelope` left to the full
    parser)."""
    return segment.encode("utf-8") if isinstance(segment, str) else segment


@dataclass(frozen=True)
class Signed:
    """A verified JWS: the signer's kid and the payload bytes."""

    kid: str
    payload: bytes | bytearray


def signer_kid(outer: dict[str, Any]) -> str:
    """The ``kid`` of the single signature's protected header (checked, not verified)."""
    sigs = outer.get("signatures")
    if not isinstance(sigs, list) or len(sigs) != 1 or not isinstance(sigs[0], dict):
        raise _reject(
            "signature_count",
            message("The bundle must carry exactly one signature; ask the sender to export "
                    "again."),
        )
    try:
        header = json.loads(_b64json(sigs[0].get("protected")))
    except ValueError as exc:
        raise _reject(
            "bad_header",
            message("The bundle's signature header is damaged; ask the sender to export "
                    "again."),
        ) from exc
    if not isinstance(header, dict):
        raise _reject(
            "bad_header",
            message("The bundle's signature header is damaged; ask the sender to export "
                    "again."),
        )
    if header.get("alg") not in SIGN_ALGS:
        raise _reject(
            "bad_algorithm",
            message("The bundle is signed with an algorithm FocalPoint does not accept; ask "
                    "the sender to export again."),
        )
    if header.get("typ") != JWS_TYP or header.get("cty") != PAYLOAD_CTY or "b64" in header:
        raise _reject(
            "bad_header",
            message("The bundle's signature header does not name a FocalPoint bundle; ask "
                    "the sender to export again."),
        )
    unprotected = sigs[0].get("header")
    if unprotected is not None and not isinstance(unprotected, dict):
        raise _reject(
            "bad_header",
            message("The bundle's unprotected header is malformed; ask the sender to export "
                    "again."),
        )
    kid = header.get("kid")
    if not isinstance(kid, str) or not kid:
        raise _reject(
            "bad_header", message("The bundle's signature names no key; ask the sender to "
                                  "export again.")
        )
    return kid


def verify(
    outer: dict[str, Any], find_key: Callable[[str], OKPKey], cap: int = DEFAULT_CAP
) -> Signed:
    """Check the single signature with the key ``find_key`` returns for its kid.

    Consumes ``outer['payload']`` (set to None once read) so that a large payload is
    not held twice; the decrypt step does the same with the ciphertext."""
    with verifying(outer, find_key, cap) as signed:
        pass
    return signed


@contextlib.contextmanager
def verifying(
    outer: dict[str, Any], find_key: Callable[[str], OKPKey], cap: int = DEFAULT_CAP
) -> Iterator[Signed]:
    """:func:`verify`, with the payload given to the ``with`` block while the Ed25519
    check still runs on its thread: the block can parse it meanwhile (about 0.25 s of a
    244 MiB bundle's import). Leaving the block waits for the check, and a signature
    that does not match is refused there - also in place of any error the block raised,
    so that nothing read from an unverified payload is reported or kept. The block must
    not let the payload or what it made from it out before the block ends."""
    kid = signer_kid(outer)
    if not isinstance(outer.get("payload"), str | bytes | Member):
        raise _reject("not_a_bundle", message("The bundle carries no signed content; ask "
                                              "the sender to export again."))
    key = find_key(kid)
    sig = outer["signatures"][0]
    if sig.get("header"):
        raise _reject(
            "bad_header",
            message("The bundle carries an unprotected signature header, which FocalPoint "
                    "never writes; ask the sender to export again."),
        )
    try:
        payload, check = _payload_and_check(outer, sig, key, cap)
    except BundleRejectedError:  # the document was not JSON after all
        raise
    except Exception as exc:  # untrusted input: any library failure is a rejection
        raise _bad_signature() from exc
    try:
        yield Signed(kid=kid, payload=payload.pop())  # the block holds the only reference
    except BaseException:
        if check() is not True:
            raise _bad_signature() from None
        raise
    if check() is not True:
        raise _bad_signature()


def _bad_signature() -> BundleRejectedError:
    return _reject(
        "bad_signature",
        message("The bundle's signature does not match its content: it was changed after "
                "it was signed; do not import it and ask the sender to export again."),
    )


def _payload_and_check(outer: dict[str, Any], sig: dict[str, Any], key: OKPKey, cap: int
                       ) -> tuple[list[bytes | bytearray], Callable[[], Any]]:
    """joserfc checks the signature's header, algorithm and key on a stub without the
    payload; the signing input is put together and checked (Ed25519) on a thread, the
    payload is decoded meanwhile (base64 decoding and Ed25519 release the GIL). Gives
    the payload (in a list, for the caller to take) and the function that waits for the
    check (True: valid). Raises on any failure found before the check ends."""
    deferred = {name: _Deferred(JWSRegistry.algorithms[name]) for name in SIGN_ALGS}
    segment = outer["payload"]
    if len(segment) > cap:
        raise ValueError("payload")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # EdDSA is accepted, as SYNC-SPEC 3 allows
        jws.deserialize_json({"payload": "", "signatures": [sig]}, key,
                             registry=_jws_registry(cap, deferred))
    outer["payload"] = None  # the caller's only other reference: free it early
    data = _encoded(segment)
    del segment
    parts = [str(sig["protected"]).encode("utf-8"),
             data.view() if isinstance(data, Member) else data]

    def check_signature() -> bool:
        signing_input = b".".join(parts)  # a copy made here, while the payload is decoded
        parts.clear()  # the document can go as soon as the payload is decoded too
        return any(d.finish_verify(signing_input) for d in deferred.values() if d.args)

    check = _in_thread(check_signature)
    try:
        payload = b64url_decode(data)
    except BaseException:
        check()
        raise
    return [payload], check


def unverified_payload(outer: dict[str, Any]) -> bytes:
    """The JWS payload bytes without checking the signature (only to read an enrolment
    card, whose key then verifies the signature)."""
    return _b64json(outer.get("payload"))
