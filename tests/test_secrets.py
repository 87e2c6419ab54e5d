"""The rules of desktop_app.secrets that need no keyring daemon: masking, size, refusals."""

from __future__ import annotations

import json
import logging
import re

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, fail, null
from keyring.backends.chainer import ChainerBackend

from desktop_app.errors import (
    SecretEmpty,
    SecretsBackendFailed,
    SecretsInsecureBackend,
    SecretsLocked,
    SecretsNoBackend,
    SecretsUnavailable,
    SecretTooLong,
)
from desktop_app.messages import LANGUAGES, _catalog, describe, message
from desktop_app.secrets import (
    MASK,
    MAX_SECRET_BYTES,
    Secret,
    SecretStore,
    StoredIn,
    check_secret,
    choose_backend,
)

PLAIN = "pw-7f3c1e-Äö€"


def test_a_secret_never_shows_itself(caplog: pytest.LogCaptureFixture) -> None:
    secret = Secret(PLAIN)
    caplog.set_level(logging.INFO)
    logging.getLogger("test").info("token %s %r", secret, secret)
    shown = [repr(secret), str(secret), f"{secret}", f"{secret!r}", f"{secret:>20}"]
    shown.append("%s %r" % (secret, secret))  # noqa: UP031  (the way logging formats)
    shown.append(repr({"token": secret}))
    shown.append(caplog.text)
    assert all(PLAIN not in text and MASK in text for text in shown), shown
    with pytest.raises(TypeError):
        json.dumps({"token": secret})
    assert secret.reveal() == PLAIN
    assert secret == Secret(PLAIN) and secret != Secret(PLAIN + "x")
    assert not Secret("")


@pytest.mark.parametrize(
    ("character", "fits"),
    [("x", 1280), ("ä", 1280), ("€", 1280), ("😀", 640)],  # UTF-16: 2, 2, 2 and 4 bytes
)
def test_the_longest_secret_windows_keeps_is_accepted_and_one_more_character_refused(
    character: str, fits: int
) -> None:
    check_secret(character * fits)
    too_long = character * (fits + 1)
    with pytest.raises(SecretTooLong) as refused:
        check_secret(too_long)
    assert refused.value.params == {
        "size": MAX_SECRET_BYTES + len(character.encode("utf-16-le")),
        "limit": MAX_SECRET_BYTES,
    }
    texts = [str(refused.value), repr(refused.value)]
    texts += [describe(refused.value, language) for language in LANGUAGES]
    assert all(too_long not in text and character * 20 not in text for text in texts)
    assert "2560 tavua" in describe(refused.value, "fi")


def test_an_over_long_or_empty_secret_is_refused_before_any_backend_sees_it() -> None:
    store = SecretStore(backend=null.Keyring())
    with pytest.raises(SecretTooLong):
        store.set("lahde", "x" * 1281)
    with pytest.raises(SecretEmpty):
        store.set("lahde", "")
    assert store.get("lahde") is None
    with pytest.raises(ValueError, match="key"):
        store.set(" ", PLAIN)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_a_backend_that_keeps_nothing_leaves_the_secret_in_this_run_only(
    backend: KeyringBackend,
) -> None:
    store = SecretStore(backend=backend)
    status = store.status()
    assert (status.usable, status.code) == (False, "secrets.no_backend")
    assert isinstance(status.error, SecretsNoBackend)
    assert status.session_notice("fi").startswith("Salasanaa ei voi tallentaa. Tietokoneessa")
    assert store.set("lahde", PLAIN) is StoredIn.SESSION
    assert store.get("lahde") == Secret(PLAIN)
    store.delete("lahde")
    assert store.get("lahde") is None
    assert SecretStore(backend=backend).get("lahde") is None  # the next run asks again


# The two stand-ins below are plain classes on purpose: a KeyringBackend subclass would be
# registered with keyring for the whole test process.


class PlaintextKeyring:
    """Named as keyrings.alt's file store is; records whatever reaches it."""

    def __init__(self) -> None:
        self.received: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.received.append(password)

    def delete_password(self, service: str, username: str) -> None:
        pass


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_a_keyrings_alt_file_store_never_receives_a_secret() -> None:
    backend = PlaintextKeyring()
    store = SecretStore(backend=backend)
    assert store.status().code == "secrets.insecure_backend"
    assert isinstance(store.status().error, SecretsInsecureBackend)
    assert store.set("lahde", PLAIN) is StoredIn.SESSION
    assert backend.received == []


def test_in_a_chain_the_best_acceptable_keyring_is_used_not_the_first_that_accepts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # keyring's chainer would write to the first backend that takes a password
    secret_service = SecretService.Keyring()
    monkeypatch.setattr(ChainerBackend, "backends", [PlaintextKeyring(), secret_service])
    assert choose_backend(ChainerBackend()) == (secret_service, None)
    monkeypatch.setattr(ChainerBackend, "backends", [PlaintextKeyring(), null.Keyring()])
    chosen, refused = choose_backend(ChainerBackend())
    assert isinstance(chosen, PlaintextKeyring) and isinstance(refused, SecretsInsecureBackend)


class BrokenKeyring:
    """A keyring whose service raises what it raises without a D-Bus session."""

    def get_password(self, service: str, username: str) -> str | None:
        raise ConnectionRefusedError("no session bus")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise ConnectionRefusedError(f"could not store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise ConnectionRefusedError("no session bus")


def test_a_failing_keyring_is_reported_and_its_error_never_carries_the_secret() -> None:
    store = SecretStore(backend=BrokenKeyring())
    status = store.status()
    assert status.code == "secrets.backend_failed"
    assert isinstance(status.error, SecretsBackendFailed)
    assert "ConnectionRefusedError: no session bus" in status.describe("fi")
    assert store.set("lahde", PLAIN) is StoredIn.SESSION


def test_a_keyring_that_fails_only_when_writing_falls_back_without_the_secret_in_the_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class FailsOnWrite(BrokenKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            return None

    store = SecretStore(backend=FailsOnWrite())
    assert store.status().usable
    caplog.set_level(logging.INFO)
    assert store.set("lahde", PLAIN) is StoredIn.SESSION
    status = store.status()
    assert not status.usable and status.error is not None
    assert PLAIN not in status.error.detail and MASK in status.error.detail
    assert PLAIN not in caplog.text and "secrets.backend_failed" in caplog.text
    assert store.get("lahde") == Secret(PLAIN)


def test_every_secrets_message_exists_in_every_language_and_renders() -> None:
    kinds = [
        SecretsUnavailable,
        SecretsNoBackend,
        SecretsInsecureBackend,
        SecretsLocked,
        SecretsBackendFailed,
        SecretTooLong,
        SecretEmpty,
    ]
    params = {"backend": "keyring.backends.fail.Keyring", "detail": "x", "size": 9, "limit": 8}
    for language in LANGUAGES:
        for code in [kind.code for kind in kinds] + ["secrets.session_only"]:
            assert code in _catalog(language), (language, code)
            text = message(code, language, reason="x", **params)
            assert not re.search(r"[{}]", text), (language, code, text)
