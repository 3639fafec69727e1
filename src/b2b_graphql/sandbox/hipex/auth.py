"""Logging in, registering, resetting a password, and the logged-in account (`AccountSelf`)."""

from __future__ import annotations

import re
import secrets
from typing import Any

from .._core import Call, Resolvers
from .state import HipexSandbox, Row, Session

__all__ = ["PUBLIC", "resolvers"]

resolvers = Resolvers()
#: Root fields that work without a session.
PUBLIC = frozenset(
    {"Login", "RegisterUser", "VerifyRegisteredUser", "ForgotPassword", "VerifyForgotPassword"}
)
MIN_PASSWORD = 8
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _refused() -> Row:
    return {
        "id": None,
        "success": False,
        "errorMessage": "Invalid username or password.",
        "errorMessageId": "login.invalid_credentials",
        "email": None,
        "name": None,
        "locale": None,
        "settings": None,
        "ssoJwt": None,
    }


@resolvers.mutation("Login")
def login(call: Call[HipexSandbox], *, username: str, password: str) -> Row:
    """The token goes in the `Authorization` response header, never in the body; a wrong
    password is `success: false` in data."""
    account = call.state.check_login(username, password)
    if account is None:
        return _refused()
    call.context.response_headers["Authorization"] = call.state.open_session(account)
    call.context.state["logged_in"] = True
    return {
        "id": account["id"],
        "success": True,
        "errorMessage": None,
        "errorMessageId": None,
        "email": account["email"],
        "name": account["name"],
        "locale": account["locale"],
        "settings": account["settings"],
        "ssoJwt": None,
    }


def _password_problems(password: str, confirm: str | None = None) -> list[str]:
    problems = []
    if len(password) < MIN_PASSWORD:
        problems.append(f"Use at least {MIN_PASSWORD} characters.")
    if confirm is not None and confirm != password:
        problems.append("The passwords do not match.")
    return problems


@resolvers.mutation("RegisterUser")
def register_user(call: Call[HipexSandbox], *, email: str, name: str, password: str) -> Row:
    """A new account waits for its verification token (mailed: `HipexSandbox.outbox`);
    it cannot log in before `VerifyRegisteredUser`."""
    state = call.state
    problems: dict[str, list[str]] = {}
    if not _EMAIL.match(email):
        problems["email"] = ["This value is not a valid email address."]
    elif state.account_by_email(email) is not None:
        problems["email"] = ["An account with this email address exists."]
    if not name.strip():
        problems["name"] = ["This value should not be blank."]
    if _password_problems(password):
        problems["password"] = _password_problems(password)
    if problems:
        raise state.invalid(problems)
    token = secrets.token_hex(16)
    with state.lock:
        state.add(
            state.accounts,
            {
                "email": email,
                "name": name,
                "password": password,
                "locale": "en_US",
                "settings": [],
                "verified": False,
                "closed": False,
                "verification": token,
            },
        )
        state.mail(email, "Verify your account", token)
    return {"email": email, "display_name": name}


def _token_matches(account: Row, kind: str, given: str) -> bool:
    """Whether `given` is the account's pending `kind` token ("verification" or "reset")."""
    expected = account.get(kind) or ""
    return bool(expected) and secrets.compare_digest(given.encode(), expected.encode())


def _verification(success: bool, message: str) -> Row:
    return {"success": success, "message": message}


@resolvers.mutation("VerifyRegisteredUser")
def verify_registered_user(call: Call[HipexSandbox], *, email: str, verificationToken: str) -> Row:
    account = call.state.account_by_email(email)
    if account is None or not _token_matches(account, "verification", verificationToken):
        return _verification(False, "Unknown verification token.")
    account.update(verified=True, verification=None)
    return _verification(True, "Your account is verified; you can log in.")


@resolvers.mutation("ForgotPassword")
def forgot_password(call: Call[HipexSandbox], *, email: str) -> Row:
    """DECISION: the answer is the same for an unknown address (no way to probe which
    accounts exist); only a known, open account gets a reset token mailed. A new request
    replaces the previous token."""
    account = call.state.account_by_email(email)
    if account is not None and not account["closed"]:
        token = secrets.token_hex(16)
        account["reset"] = token
        call.state.mail(account["email"], "Reset your password", token)
    return {"email": email}


@resolvers.mutation("VerifyForgotPassword")
def verify_forgot_password(
    call: Call[HipexSandbox],
    *,
    email: str,
    verificationToken: str,
    newPassword: str,
    confirmNewPassword: str,
) -> Row:
    """A reset token works once; the new password ends every session of the account."""
    state = call.state
    account = state.account_by_email(email)
    if account is None or not _token_matches(account, "reset", verificationToken):
        return _verification(False, "Unknown verification token.")
    problems = _password_problems(newPassword, confirmNewPassword)
    if problems:
        return _verification(False, " ".join(problems))
    _set_password(state, account, newPassword)
    account["reset"] = None
    return _verification(True, "Your password is changed; log in with the new one.")


def _set_password(
    state: HipexSandbox, account: Row, password: str, keep: int | None = None
) -> None:
    """Change the password and end the account's sessions (but `keep`)."""
    account["password"] = password
    if account["id"] == 1:
        state.password = password
    state.revoke_all(account["id"], keep=keep)


@resolvers.mutation("AccountSelf")
def account_self(call: Call[HipexSandbox], *, delete: bool, entity: Row | None = None) -> Any:
    """The logged-in account: without `entity` it is read; `locale` and `email` persist (and
    come back from `Login`); a new password needs the current one and its confirmation.

    DECISION: a password change keeps the session it was made in (the caller stays logged
    in) and ends the account's other sessions. `delete: true` closes the account: the answer
    is null, every session ends and the credentials stop working."""
    state = call.state
    session: Session = call.principal
    with state.lock:
        account = state.accounts[session.account]
        data = entity or {}
        if delete:
            account["closed"] = True
            state.revoke_all(account["id"])
            return None
        problems: dict[str, list[str]] = {}
        email = data.get("email")
        if email is not None and not _EMAIL.match(email):
            problems["email"] = ["This value is not a valid email address."]
        elif email is not None and state.account_by_email(email) not in (None, account):
            problems["email"] = ["An account with this email address exists."]
        if data.get("newPassword") is not None:
            current = str(data.get("currentPassword") or "")
            if not secrets.compare_digest(current.encode(), account["password"].encode()):
                problems["currentPassword"] = ["The current password is not correct."]
            mismatch = _password_problems(data["newPassword"], data.get("confirmNewPassword"))
            if mismatch:
                problems["newPassword"] = mismatch
        if problems:
            raise state.invalid(problems)
        if data.get("locale") is not None:
            account["locale"] = data["locale"]
        if email is not None:
            account["email"] = email
            if account["id"] == 1:
                state.username = email
        if data.get("newPassword") is not None:
            _set_password(state, account, data["newPassword"], keep=session.id)
        return {"id": account["id"], "email": account["email"], "locale": account["locale"]}
