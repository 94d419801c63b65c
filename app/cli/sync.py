"""Sync commands: keys, export, import, conflicts (SYNC-SPEC.md, docs/sync.md)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from app.cli import Context, emit, registrar, table_text
from app.cli.core import INIT_HOOKS
from app.domain.errors import ConfigurationError
from app.services import keys as keysvc
from app.services import syncing
from app.sync.errors import BundleRejectedError

PASSPHRASE_ENV = "FOCALPOINT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "FOCALPOINT_NEW_PASSPHRASE"
MIN_PASSPHRASE = 8


def _read_file(path: str) -> str:
    text = Path(path).read_text(encoding="utf-8")
    return text[:-1] if text.endswith("\n") else text


def _prompt(label: str, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise ConfigurationError(
            f"No {label} was given and there is no terminal to ask for it; use "
            f"--passphrase-file or the {PASSPHRASE_ENV} environment variable.")
    first = getpass.getpass(f"{label.capitalize()}: ")
    if confirm and getpass.getpass(f"{label.capitalize()} again: ") != first:
        raise ConfigurationError("The two passphrases differ; run the command again.")
    return first


def passphrase(ctx: Context, *, confirm: bool = False) -> str:
    """The operator's passphrase: --passphrase-file, $FOCALPOINT_PASSPHRASE, or a prompt."""
    if ctx.passphrase_file:
        return _read_file(ctx.passphrase_file)
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    return _prompt("passphrase", confirm)


def _check_new(value: str) -> str:
    if len(value) < MIN_PASSPHRASE:
        raise ConfigurationError(f"The passphrase is too short; choose one of at least "
                                 f"{MIN_PASSPHRASE} characters.")
    return value


def make_keys_at_init(ctx: Context, ws: Any, args: argparse.Namespace) -> None:
    """INIT hook: make the node's keys, sealed with the operator's passphrase."""
    info = keysvc.create_identity(ws, _check_new(passphrase(ctx, confirm=True)))
    if not getattr(args, "json", False):
        print(f"Keys made. Fingerprint to read over the phone: {info['fingerprint']}")


if make_keys_at_init not in INIT_HOOKS:
    INIT_HOOKS.append(make_keys_at_init)


def _unlocker(ctx: Context, ws: Any) -> Any:
    cache: list[Any] = []

    def unlock() -> Any:
        if not cache:
            cache.append(keysvc.unlock(ws, passphrase(ctx)))
        return cache[0]
    return unlock


def _keys(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    try:
        return _KEY_ACTIONS[args.action](ctx, ws, args)
    finally:
        ws.close()


def _card(ctx: Context, ws: Any, args: argparse.Namespace) -> int:
    data = keysvc.write_card(ws, Path(args.out))
    emit(args, data, f"Wrote {data['card']}. Fingerprint: {data['fingerprint']}")
    return 0


def _trust(ctx: Context, ws: Any, args: argparse.Namespace) -> int:
    data = keysvc.trust(ws, keysvc.read_card_file(Path(args.card)), args.fingerprint)
    emit(args, data, f"Trusted {data['kind']} node '{data['name']}' ({data['node_id']}).")
    return 0


def _revoke(ctx: Context, ws: Any, args: argparse.Namespace) -> int:
    data = keysvc.revoke(ws, args.kid, args.reason)
    emit(args, data, f"Revoked the key of '{data['name']}'; its bundles after number "
                     f"{data['revoked_after_seq']} will be refused.")
    return 0


def _list_keys(ctx: Context, ws: Any, args: argparse.Namespace) -> int:
    rows = keysvc.list_keys(ws)
    emit(args, rows, lambda: table_text(rows, ["name", "kind", "mission", "trusted", "revoked",
                                               "fingerprint", "node_id"]))
    return 0


def _change_passphrase(ctx: Context, ws: Any, args: argparse.Namespace) -> int:
    old = passphrase(ctx)
    if args.new_passphrase_file:
        new = _read_file(args.new_passphrase_file)
    else:
        new = os.environ.get(NEW_PASSPHRASE_ENV) or _prompt("new passphrase", True)
    data = keysvc.change_passphrase(ws, old, _check_new(new))
    emit(args, data, "The passphrase was changed.")
    return 0


def _enrolment(ctx: Context, ws: Any, args: argparse.Namespace) -> int:
    data = syncing.export_enrolment(ws, keysvc.unlock(ws, passphrase(ctx)), Path(args.out))
    emit(args, data, data["path"])
    return 0


_KEY_ACTIONS = {"card": _card, "trust": _trust, "revoke": _revoke, "list": _list_keys,
                "passphrase": _change_passphrase, "enrolment": _enrolment}


def _export(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    try:
        identity = keysvc.unlock(ws, passphrase(ctx))
        data = syncing.export_bundle(ws, args.to, identity,
                                     out_dir=Path(args.out) if args.out else None,
                                     encrypt=not args.no_encrypt)
    finally:
        ws.close()
    emit(args, data, data["path"])
    return 0


def _import_text(r: dict[str, Any]) -> str:
    if r["status"] == "enrolment":
        return (f"{r['file']}: identity card of '{r['name']}' ({r['kind']}); fingerprint "
                f"{r['fingerprint']} - confirm it with its operator before trusting it.")
    if r["status"] == "duplicate":
        return f"{r['file']}: already imported (bundle {r['seq']}); nothing changed."
    verb = "would apply" if r["status"] == "dry-run" else "applied"
    extra = ""
    if r["status"] == "dry-run":
        extra = (f" ({r['added']} added, {r['changed']} changed, {r['deleted']} deleted)")
    note = f" Note: {r['reason']}." if r.get("reason") and r["status"] == "imported" else ""
    return (f"{r['file']}: bundle {r['seq']} {verb} {r['applied']} changes{extra}, skipped "
            f"{r['skipped']}, {r['conflicts']} conflicts.{note}")


def _import(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    try:
        results = syncing.import_files(ws, [Path(f) for f in args.files], _unlocker(ctx, ws),
                                       dry_run=args.dry_run)
    finally:
        ws.close()
    rejected = [r for r in results if r["status"] == "rejected"]
    if args.json:
        emit(args, results[0] if len(results) == 1 else results, "")
    else:
        for r in results:
            if r["status"] == "rejected":
                print(f"focalpoint: {r['file']}: {r['reason']}", file=sys.stderr)
            else:
                print(_import_text(r))
    return BundleRejectedError.exit_code if rejected else 0


def _conflicts(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    try:
        if args.action == "resolve":
            data: Any = syncing.resolve_conflict(ws, args.id, args.keep)
            text = (f"Conflict {args.id} resolved: kept the {args.keep} value; the choice "
                    "travels with the next export.")
        else:
            data = syncing.list_conflicts(ws, status=None if args.all else "open")
            rows = data
            text = table_text(rows, ["id", "table_name", "record_id", "field", "status",
                                     "incoming_by"])
    finally:
        ws.close()
    emit(args, data, text)
    return 0


@registrar
def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keys", help="this node's keys and the trust store")
    ksub = p.add_subparsers(dest="action", required=True)
    q = ksub.add_parser("card", help="write this node's public identity card")
    q.add_argument("--out", required=True, help="file (or folder) for the .fpkey.json card")
    q = ksub.add_parser("trust", help="trust a node's card after checking its fingerprint")
    q.add_argument("card")
    q.add_argument("--fingerprint", required=True, help="as read by the other operator")
    q = ksub.add_parser("revoke", help="revoke a node's key (lost or stolen laptop)")
    q.add_argument("kid", help="signing kid, node id or node name")
    q.add_argument("--reason", required=True)
    ksub.add_parser("list", help="every known node and key")
    q = ksub.add_parser("passphrase", help="change the passphrase of this node's keys")
    q.add_argument("--new-passphrase-file", help=f"else ${NEW_PASSPHRASE_ENV} or a prompt")
    q = ksub.add_parser("enrolment", help="write a self-signed enrolment bundle")
    q.add_argument("--out", required=True, help="folder")
    for q in ksub.choices.values():
        q.add_argument("--json", action="store_true")
    p.set_defaults(handler=_keys)

    p = sub.add_parser("export", help="write a sync bundle for a node")
    p.add_argument("--to", required=True, help="node name, id or kid")
    p.add_argument("--out", help="folder (default: the node's outbox)")
    p.add_argument("--no-encrypt", action="store_true",
                   help="sign only (for bundles without personal data)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_export)

    p = sub.add_parser("import", help="import sync bundles")
    p.add_argument("files", nargs="+")
    p.add_argument("--dry-run", action="store_true", help="verify and show, write nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_import)

    p = sub.add_parser("conflicts", help="list or resolve sync conflicts")
    csub = p.add_subparsers(dest="action", required=True)
    q = csub.add_parser("list", help="open conflicts")
    q.add_argument("--all", action="store_true", help="resolved ones too")
    q.add_argument("--json", action="store_true")
    q = csub.add_parser("resolve", help="keep the local or the incoming value")
    q.add_argument("id")
    q.add_argument("--keep", required=True, choices=["local", "incoming"])
    q.add_argument("--json", action="store_true")
    p.set_defaults(handler=_conflicts)
