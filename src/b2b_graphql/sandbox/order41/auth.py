"""Sign-in and account flows: login, tokens (short-lived, long-lived, guest), logout,
password change and reset, signup with its confirmation code.

The reference does not say how the server answers a bad token; this sandbox answers HTTP 200
with `{"errors": [{"message": "Unauthenticated: ...", "extensions": {"code":
"UNAUTHENTICATED", "reason": "TOKEN_MISSING" | "TOKEN_INVALID" | "TOKEN_EXPIRED"}}]}`.
"""

from __future__ import annotations

import secrets
from typing import Any

from ._wiring import Call, Resolvers
from .common import owner_of
from .filters import Record, fail
from .jobs import job_for
from .state import Order41Sandbox

__all__ = ["confirmation_code", "reset_token", "resolvers", "start_signup", "workspaces_of"]

resolvers = Resolvers()
RESET_TOKEN_LIFETIME = 3600.0


def confirmation_code(state: Order41Sandbox, urlkey: str) -> str:
    """The code the confirmation email would carry (tests read it from the store)."""
    return str(state.table("signups")[urlkey]["code"])


def workspaces_of(state: Order41Sandbox, user_id: str) -> list[Record]:
    """The user's own workspace, then those of the teams the user is a member of."""
    teams = [
        t["userId"] for t in state.table("team_users").values() if t["credentialId"] == user_id
    ]
    ids = dict.fromkeys([user_id, *teams])
    return [state.users[i] for i in ids if i in state.users]


def credential(state: Order41Sandbox, user: Record) -> Record:
    from .account import current_plan

    pending = state.table("signups").get(user["urlkey"])
    return {
        "userId": user["id"],
        "email": state.email_of(user["id"]),
        "accountType": user.get("accountType") or "SELLER",
        "isAdmin": True,
        "status": pending is None or pending["confirmed"],
        "welcome": False,
        "nlAccept": bool(user.get("nlAccept")),
        "recovery": None,
        "recoveryInform": False,
        "plan": current_plan(state, user["id"]),
        "representing": workspaces_of(state, user["id"])[1:],
    }


@resolvers.mutation("login")
def login(call: Call, email: str, password: str, options: Any = None) -> str:
    known = call.state.passwords.get(email.strip().lower())
    country = str((options or {}).get("countryCode") or "").strip().upper()
    # DECISION: `options.countryCode` ("additional information provided with the login",
    # default "") is the country the user logs in from: when given it must be a two-letter
    # ISO 3166 code (else BAD_USER_INPUT, before the password is checked), and it becomes the
    # account's settings country if none is set yet (a set one is the user's choice and
    # stays). The token is the same either way.
    if country and not (len(country) == 2 and country.isalpha()):
        raise fail("login: options.countryCode must be a two-letter ISO 3166 code")
    if known is not None:
        pending = call.state.table("signups").get(call.state.users[known[0]]["urlkey"])
        # DECISION: an account whose signup is not confirmed cannot log in yet.
        if pending is not None and not pending["confirmed"] and known[1] == password:
            raise fail("Confirm your email address before logging in", "FORBIDDEN")
    token = call.state.login(email, password)
    if country and known is not None:
        from .account import setting_of

        setting = setting_of(call.state, known[0])
        if not setting.get("country"):
            setting["country"] = {"code": country, "name": None}
    return token


@resolvers.mutation("loginAs")
def login_as(call: Call, email: str) -> str:
    known = call.state.passwords.get(str(email).lower())
    if known is None:
        raise fail(f"no user with email {email}", "NOT_FOUND")
    return call.state.issue_token(known[0], "short").value


@resolvers.mutation("generateLongLivedToken")
def generate_long_lived_token(call: Call) -> Record:
    return call.state.token_record(call.state.issue_token(owner_of(call)["id"], "long"))


@resolvers.mutation("generateGuestId")
def generate_guest_id(call: Call) -> Record:
    # Public: a guest token belongs to the caller when signed in, else to the demo seller.
    owner = call.context.state.get("user") or call.state.users["1"]
    return call.state.token_record(call.state.issue_token(owner["id"], "guest"))


@resolvers.mutation("invalidateToken")
def invalidate_token(call: Call) -> str:
    call.context.state["token"].valid = False
    return "Token invalidated"


@resolvers.mutation("updatePassword")
def update_password(call: Call, password: str, newPassword: str) -> str:
    user = owner_of(call)
    email = call.state.email_of(user["id"])
    if email is None or call.state.passwords[email][1] != password:
        raise fail("the current password is wrong", "INVALID_CREDENTIALS")
    call.state.passwords[email] = (user["id"], newPassword)
    return "Password updated"


@resolvers.query("getCredential")
def get_credential(call: Call) -> Record:
    return credential(call.state, owner_of(call))


# -- signup -------------------------------------------------------------------------------------


def new_code(state: Order41Sandbox, user: Record) -> Record:
    entry = {
        "urlkey": user["urlkey"],
        "userId": user["id"],
        "code": f"{secrets.randbelow(10**6):06d}",
        "confirmed": False,
    }
    state.table("signups")[user["urlkey"]] = entry
    return entry


def confirmation(user: Record) -> Record:
    return {"id": user["id"], "urlkey": user["urlkey"], "accountType": user["accountType"]}


@resolvers.mutation("signup")
def signup(call: Call, input: Any = None) -> Record:
    data = input or {}
    if not data.get("acceptTerms"):
        raise fail("signup: the terms must be accepted")
    if str(data["email"]).lower() in call.state.passwords:
        raise fail(f"an account with email {data['email']} exists already")
    account = data.get("accountType") or "SELLER"
    user = start_signup(call.state, data["email"], data["password"], data.get("name"), account)
    user["nlAccept"] = bool(data.get("acceptNewsletter"))
    return confirmation(user)


def start_signup(
    state: Order41Sandbox,
    email: str,
    password: str,
    name: str | None = None,
    account: str = "SELLER",
) -> Record:
    """A new account waiting for its confirmation code (`confirmation_code(state, urlkey)`)."""
    user = state.add_user(email, password, name or email, account)
    new_code(state, user)
    return user


def pending_signup(state: Order41Sandbox, urlkey: Any) -> Record:
    entry = state.table("signups").get(str(urlkey))
    if entry is None or entry["userId"] not in state.users:
        raise fail(f"no signup with urlkey {urlkey}", "NOT_FOUND")
    if entry["confirmed"]:
        raise fail("this signup is confirmed already")
    return entry


@resolvers.mutation("signupConfirm")
def signup_confirm(call: Call, input: Any = None) -> Record:
    data = input or {}
    entry = pending_signup(call.state, data.get("urlkey"))
    if str(data.get("confirmCode")) != entry["code"]:
        raise fail("the confirmation code is wrong", "INVALID_CODE")
    entry["confirmed"] = True
    # DECISION: a confirmed signup is signed in: the session id is a short-lived token.
    token = call.state.issue_token(entry["userId"], "short")
    return {"id": token.value, "user": call.state.users[entry["userId"]]}


@resolvers.mutation("resendSignupVerificationEmail")
def resend_signup_verification_email(call: Call, urlkey: Any = None) -> Record:
    entry = pending_signup(call.state, urlkey)
    user = call.state.users[entry["userId"]]
    new_code(call.state, user)  # the old code stops working
    return confirmation(user)


# -- password reset -----------------------------------------------------------------------------


@resolvers.mutation("passwordResetEmail")
def password_reset_email(call: Call, email: str) -> Record:
    # DECISION: every address gets the same answer (a job sending the email), so the API does
    # not tell which addresses have accounts; only a known one gets a reset token.
    known = call.state.passwords.get(email.strip().lower())
    if known is not None:
        reset_token(call.state, known[0])
    return job_for(call, "passwordResetEmail", {"sent": True})


def reset_token(state: Order41Sandbox, user_id: str) -> str:
    """A password reset token for the user (what the reset email would carry)."""
    value = secrets.token_urlsafe(16)
    state.table("password_resets")[value] = {
        "id": value,
        "userId": user_id,
        "expiresAt": state.now() + RESET_TOKEN_LIFETIME,
        "used": False,
    }
    return value


@resolvers.mutation("resetPassword")
def reset_password(call: Call, password: str, token: str) -> Record:
    entry = call.state.table("password_resets").get(token)
    if entry is None or entry["used"] or entry["expiresAt"] <= call.state.now():
        raise fail("the reset token is invalid or expired", "INVALID_TOKEN")
    if not password:
        raise fail("resetPassword: the new password must not be empty")
    entry["used"] = True
    email = call.state.email_of(entry["userId"])
    assert email is not None
    call.state.passwords[email] = (entry["userId"], password)
    return credential(call.state, call.state.users[entry["userId"]])
