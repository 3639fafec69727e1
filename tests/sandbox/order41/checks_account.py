"""Sign-in and account flows (codes and tokens are checked), profile and settings, plans,
payment subscriptions, the team and its workspaces."""

from __future__ import annotations

import json

from b2b_graphql.sandbox.order41 import DEFAULT_EMAIL, DEFAULT_PASSWORD
from b2b_graphql.sandbox.order41.auth import confirmation_code

from .api import UNKNOWN, Api, behaviour, ids


def me(api: Api) -> str:
    return str(api.ok("getProfile", "id")["id"])


@behaviour("login", "loginAs", "updatePassword", "getCredential")
def login(api: Api) -> None:
    anonymous = api.as_token(None)
    token = anonymous.ok("login", email=DEFAULT_EMAIL, password=DEFAULT_PASSWORD)
    assert me(api.as_token(token)) == "1"
    assert anonymous.error("login", email=DEFAULT_EMAIL, password="wrong") == "INVALID_CREDENTIALS"
    assert anonymous.error("getCredential") == "UNAUTHENTICATED"
    credential = api.ok("getCredential", "userId email accountType status plan { id }")
    assert credential == {
        "userId": "1",
        "email": DEFAULT_EMAIL,
        "accountType": "SELLER",
        "status": True,
        "plan": {"id": "1"},
    }
    other = api.ok("loginAs", email="buyer2@order41.test")
    assert api.as_token(other).ok("getCredential", "userId") == {"userId": "3"}
    assert api.error("loginAs", email="nobody@example.com") == "NOT_FOUND"
    assert api.error("updatePassword", password="wrong", newPassword="x") == "INVALID_CREDENTIALS"
    assert (
        api.ok("updatePassword", password=DEFAULT_PASSWORD, newPassword="n3w") == "Password updated"
    )
    assert (
        anonymous.error("login", email=DEFAULT_EMAIL, password=DEFAULT_PASSWORD)
        == "INVALID_CREDENTIALS"
    )
    assert anonymous.ok("login", email=DEFAULT_EMAIL, password="n3w")
    # DECISION (auth.login): the login country becomes the settings country if none is set.
    buyer = {"email": "buyer1@order41.test", "password": DEFAULT_PASSWORD}
    as_buyer = api.as_token(anonymous.ok("login", **buyer, options={"countryCode": "at"}))
    assert as_buyer.ok("getSetting", "country { code }") == {"country": {"code": "AT"}}
    as_buyer = api.as_token(anonymous.ok("login", **buyer, options={"countryCode": "CH"}))
    assert as_buyer.ok("getSetting", "country { code }") == {"country": {"code": "AT"}}
    bad = anonymous.error("login", **buyer, options={"countryCode": "Austria"})
    assert bad == "BAD_USER_INPUT"


@behaviour("generateLongLivedToken", "generateGuestId", "invalidateToken", "integrationToken")
def tokens(api: Api) -> None:
    long_lived = api.ok("generateLongLivedToken", "value type isValid userId")
    assert (
        long_lived["type"] == "long_lived" and long_lived["isValid"] and long_lived["userId"] == 1
    )
    session = api.as_token(long_lived["value"])
    assert me(session) == "1"
    assert session.ok("invalidateToken") == "Token invalidated"
    assert session.error("getProfile") == "UNAUTHENTICATED"
    assert me(api) == "1"  # other tokens stay valid
    guest = api.as_token(None).ok("generateGuestId", "value type ownerId")
    assert guest["type"] == "guest" and guest["ownerId"] == "1"
    integration = api.ok("integrationToken", userId="4")
    assert me(api.as_token(integration)) == "4"
    assert api.error("integrationToken", userId=UNKNOWN) == "NOT_FOUND"


@behaviour("signup", "signupConfirm", "resendSignupVerificationEmail")
def signup(api: Api) -> None:
    anonymous = api.as_token(None)
    sent = {
        "email": "new@example.com",
        "password": "pw-1",
        "acceptTerms": True,
        "accountType": "BUYER",
        "name": "New",
    }
    confirmation = anonymous.ok("signup", "id urlkey accountType", input=sent)
    assert confirmation["accountType"] == "BUYER"
    assert anonymous.error("signup", input=sent) == "BAD_USER_INPUT"  # the email is taken
    assert (
        anonymous.error("signup", input={**sent, "email": "x@example.com", "acceptTerms": False})
        == "BAD_USER_INPUT"
    )
    # DECISION: no login before the email address is confirmed.
    assert anonymous.error("login", email="new@example.com", password="pw-1") == "FORBIDDEN"
    urlkey = confirmation["urlkey"]
    first_code = confirmation_code(api.state, urlkey)  # what the email would carry
    assert anonymous.ok("resendSignupVerificationEmail", "id urlkey", urlkey=urlkey) == {
        "id": confirmation["id"],
        "urlkey": urlkey,
    }
    code = confirmation_code(api.state, urlkey)
    wrong = {"urlkey": urlkey, "confirmCode": "000000" if code != "000000" else "111111"}
    assert anonymous.error("signupConfirm", "id", input=wrong) == "INVALID_CODE"
    if first_code != code:
        stale = {"urlkey": urlkey, "confirmCode": first_code}
        assert anonymous.error("signupConfirm", "id", input=stale) == "INVALID_CODE"
    session = anonymous.ok(
        "signupConfirm", "id user { id }", input={"urlkey": urlkey, "confirmCode": code}
    )
    assert session["user"] == {"id": confirmation["id"]}
    assert me(api.as_token(session["id"])) == confirmation["id"]
    assert anonymous.ok("login", email="new@example.com", password="pw-1")
    again = {"urlkey": urlkey, "confirmCode": code}
    assert anonymous.error("signupConfirm", "id", input=again) == "BAD_USER_INPUT"
    assert anonymous.error("resendSignupVerificationEmail", urlkey="no-such") == "NOT_FOUND"


@behaviour("passwordResetEmail", "resetPassword")
def password_reset(api: Api) -> None:
    anonymous = api.as_token(None)
    assert (
        anonymous.error("resetPassword", "userId", password="x", token="bogus") == "INVALID_TOKEN"
    )
    job = anonymous.ok("passwordResetEmail", "id type", email="buyer1@order41.test")
    assert job["type"] == "passwordResetEmail"
    unknown = anonymous.ok("passwordResetEmail", "id type", email="nobody@example.com")
    assert unknown["type"] == "passwordResetEmail"  # the same answer: no account enumeration
    resets = api.state.table("password_resets")
    (token,) = [t for t, r in resets.items() if r["userId"] == "2"]  # what the email would carry
    assert anonymous.ok("resetPassword", "userId email", password="reset-pw", token=token) == {
        "userId": "2",
        "email": "buyer1@order41.test",
    }
    assert anonymous.ok("login", email="buyer1@order41.test", password="reset-pw")
    assert (
        anonymous.error("resetPassword", "userId", password="again", token=token) == "INVALID_TOKEN"
    )


@behaviour("updateProfile", "getProfiles")
def profile(api: Api) -> None:
    changed = api.ok(
        "updateProfile", "id name phone", user={"name": "Renamed Seller", "phone": "+49 40 1"}
    )
    assert changed == {"id": "1", "name": "Renamed Seller", "phone": "+49 40 1"}
    assert api.ok("getProfile", "name", id="1") == {"name": "Renamed Seller"}
    taken = api.ok("getProfile", "urlkey", id="2")["urlkey"]
    assert api.error("updateProfile", user={"urlkey": taken}) == "BAD_USER_INPUT"
    assert ids(api.ok("getProfiles")) == ids(api.ok("listWorkspaces")) == ["1", "4"]


@behaviour("getSetting", "updateSetting")
def settings(api: Api) -> None:
    assert api.ok("getSetting", "addressCity ownerId") == {"addressCity": "Hamburg", "ownerId": "1"}
    token = api.ok("generateLongLivedToken", "id")["id"]
    sent = {
        "addressCity": "Bremen",
        "country": {"code": "DE"},
        "fromPdf": 1,
        "integrationTokenId": token,
    }
    assert api.ok("updateSetting", settings=sent) == "Settings updated"
    setting = api.ok("getSetting", "addressCity country { code } fromPdf integrationToken { id }")
    assert setting == {
        "addressCity": "Bremen",
        "country": {"code": "DE"},
        "fromPdf": True,
        "integrationToken": {"id": token},
    }
    assert api.error("updateSetting", settings={"integrationTokenId": UNKNOWN}) == "NOT_FOUND"


@behaviour("planChangeRequest", "setUserPlan")
def plans(api: Api) -> None:
    request = api.ok("planChangeRequest", "id planId userId acceptedAt plan { name }", planId="3")
    assert request["planId"] == "3" and request["userId"] == "1" and request["acceptedAt"] is None
    assert request["plan"] == {"name": "Pro"}
    pending = api.ok("listPlanChangeRequests", "id", filter={"acceptedAt": {"exists": False}})
    assert request["id"] in ids(pending)
    plan = api.ok("setUserPlan", "id name plan { id } user { id }", planId="3")
    assert plan["plan"] == {"id": "3"} and plan["user"] == {"id": "1"} and plan["name"] == "Pro"
    assert api.ok("getCredential", "plan { id }") == {"plan": {"id": "3"}}
    accepted = api.ok(
        "listPlanChangeRequests", "id acceptedAt", filter={"id": {"eq": request["id"]}}
    )
    assert accepted[0]["acceptedAt"] is not None  # the plan set answers the request
    assert api.ok("getProfile", "plans { plan { id } }")["plans"][-1] == {"plan": {"id": "3"}}
    assert api.error("planChangeRequest", planId=UNKNOWN) == "NOT_FOUND"
    assert api.error("setUserPlan", planId="1", userId=UNKNOWN) == "NOT_FOUND"


SUBSCRIPTION = "id stripeCustomerId stripeSubscriptionStatus"


@behaviour("createPaymentSubscription", "updatePaymentSubscription", "deletePaymentSubscription")
def subscriptions(api: Api) -> None:
    created = api.ok(
        "createPaymentSubscription",
        SUBSCRIPTION,
        data={"stripeCustomerId": "cus_peer", "stripeSubscriptionStatus": "trialing"},
    )
    assert (
        created["stripeCustomerId"] == "cus_peer"
        and created["stripeSubscriptionStatus"] == "trialing"
    )
    assert api.ok("getPaymentSubscription", SUBSCRIPTION, id=created["id"]) == created
    changed = api.ok(
        "updatePaymentSubscription",
        "stripeSubscriptionStatus",
        id=created["id"],
        data={"stripeSubscriptionStatus": "active"},
    )
    assert changed == {"stripeSubscriptionStatus": "active"}
    found = api.ok(
        "listPaymentSubscriptions", "id", filter={"stripeCustomerId": {"eq": "cus_peer"}}
    )
    assert ids(found) == [created["id"]]
    assert api.ok("deletePaymentSubscription", "id", id=created["id"]) == {"id": created["id"]}
    assert api.error("getPaymentSubscription", id=created["id"]) == "NOT_FOUND"
    assert api.error("updatePaymentSubscription", id=created["id"], data={}) == "NOT_FOUND"


@behaviour("addTeamUser", "deleteTeamUser")
def team(api: Api) -> None:
    before = api.ok("_listTeamUsersMeta", "count")["count"]
    member = api.ok(
        "addTeamUser",
        "id role credential { email status }",
        email="new.rep@example.com",
        role="SALES_REP",
    )
    assert member["role"] == "SALES_REP" and member["credential"] == {
        "email": "new.rep@example.com",
        "status": False,
    }
    assert api.ok("_listTeamUsersMeta", "count")["count"] == before + 1
    assert member["id"] in ids(api.ok("listTeamUsers", first=100))
    assert api.error("addTeamUser", email="new.rep@example.com", role="ADMIN") == "BAD_USER_INPUT"
    known = api.ok(
        "addTeamUser", "credential { status }", email="agency@order41.test", role="ADMIN"
    )
    assert known["credential"] == {"status": True}
    assert api.ok("deleteTeamUser", "id", id=member["id"]) == {"id": member["id"]}
    assert member["id"] not in ids(api.ok("listTeamUsers", first=100))
    assert api.error("deleteTeamUser", id=member["id"]) == "NOT_FOUND"
    assert api.error("deleteTeamUser", id="5") == "NOT_FOUND"  # another account's team


@behaviour("listWorkspaces", "switchWorkspace")
def workspaces(api: Api) -> None:
    spaces = ids(api.ok("listWorkspaces"))
    assert spaces == ["1", "4"]
    for workspace in spaces:
        token = api.ok("switchWorkspace", userId=workspace)
        assert me(api.as_token(token)) == workspace
    assert api.error("switchWorkspace", userId="2") == "NOT_FOUND"  # not one of the seller's
    rep = api.as_token(api.ok("loginAs", email="rep@order41.test"))
    assert ids(rep.ok("listWorkspaces")) == ["6", "1"]  # the rep is in the seller's team
    api.ok("deleteTeamUser", "id", id="4")
    assert ids(rep.ok("listWorkspaces")) == ["6"]
    assert rep.error("switchWorkspace", userId="1") == "NOT_FOUND"


@behaviour("copyDemoAccount")
def copy_demo_account(api: Api) -> None:
    urlkey = api.ok("getProfile", "urlkey", id="1")["urlkey"]
    job = api.ok("copyDemoAccount", "id type", email="copy@example.com", urlkey=urlkey)
    result = json.loads(api.finished(job)["result"])
    assert api.ok("getProfile", "name", id=result["userId"]) == {"name": "Copy of Demo Seller"}
    copy = api.as_token(api.ok("loginAs", email="copy@example.com"))  # listDrops: one's own
    copies = copy.ok("listDrops", "id name", filter={"ownerId": {"eq": result["userId"]}})
    assert ids(copies) == result["dropIds"] and len(copies) == 4
    assert api.error("copyDemoAccount", email="copy@example.com", urlkey=urlkey) == "BAD_USER_INPUT"
    assert api.error("copyDemoAccount", email="other@example.com", urlkey="nope") == "NOT_FOUND"
