"""The account: profile, settings, plans (and requests to change them), payment
subscriptions, the team and the workspaces it gives access to, demo account copies."""

from __future__ import annotations

from typing import Any

from ._wiring import Call, Resolvers
from .auth import workspaces_of
from .common import owned, owner_of, related, related_in
from .filters import Record, fail, find, listing, page, select
from .integrations import administered
from .jobs import job_for
from .state import DEFAULT_PASSWORD, Order41Sandbox, apply, blank

__all__ = ["current_plan", "resolvers", "setting_of"]

resolvers = Resolvers()


def setting_of(state: Order41Sandbox, user_id: str) -> Record:
    settings = state.table("settings")
    if user_id not in settings:
        settings[user_id] = {
            **blank("Setting"),
            "id": user_id,
            "ownerId": user_id,
            "industries": [],
        }
    return settings[user_id]


def current_plan(state: Order41Sandbox, user_id: str) -> Record | None:
    plans = [p for p in state.table("user_plans").values() if p["userId"] == user_id]
    return state.table("plans").get(plans[-1]["planId"]) if plans else None


# -- profile and settings -----------------------------------------------------------------------


@resolvers.query("getProfile")
def get_profile(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    if id or urlkey:
        return call.state.user(id, urlkey)
    return owner_of(call)


@resolvers.query("getProfiles")
def get_profiles(call: Call) -> list[Record]:
    # DECISION: the deprecated getProfiles answers the profiles the caller can act as (its
    # workspaces), like listWorkspaces.
    return workspaces_of(call.state, owner_of(call)["id"])


@resolvers.mutation("updateProfile")
def update_profile(call: Call, user: Any = None) -> Record:
    record = owner_of(call)
    data = dict(user or {})
    if data.get("urlkey") and any(
        u["urlkey"] == data["urlkey"] and u["id"] != record["id"] for u in call.state.users.values()
    ):
        raise fail(f"urlkey {data['urlkey']} is taken")
    old_urlkey = record["urlkey"]
    apply(record, data)
    signups = call.state.table("signups")
    if old_urlkey in signups and record["urlkey"] != old_urlkey:
        signups[record["urlkey"]] = signups.pop(old_urlkey)
    return call.state.touch(record)


@resolvers.query("getSetting")
def get_setting(call: Call) -> Record:
    return setting_of(call.state, owner_of(call)["id"])


@resolvers.mutation("updateSetting")
def update_setting(call: Call, settings: Any = None) -> str:
    record = setting_of(call.state, owner_of(call)["id"])
    data = dict(settings or {})
    # DECISION: the integration token a setting names must be one of the caller's own tokens;
    # another account's token is NOT_FOUND, like an unknown one (see `common.owned`).
    if data.get("integrationTokenId") is not None and not any(
        t.id == str(data["integrationTokenId"]) and t.user_id == record["ownerId"]
        for t in call.state.tokens.values()
    ):
        raise fail(f"token {data['integrationTokenId']} not found", "NOT_FOUND")
    apply(record, data, keep=("ownerId",))
    if "country" in data:  # an object, so not among the record's scalar fields
        record["country"] = data["country"]
    return "Settings updated"


@resolvers.field("Setting", "integrationToken")
def setting_integration_token(call: Call, parent: Record) -> Record | None:
    token = next(
        (
            t
            for t in call.state.tokens.values()
            if t.id == str(parent["integrationTokenId"]) and t.user_id == parent["ownerId"]
        ),
        None,
    )
    return call.state.token_record(token) if token else None


@resolvers.field("User", "setting")
def user_setting(call: Call, parent: Record) -> Record | None:
    # DECISION: settings (addresses, the integration token) are private: a profile shows its
    # settings to its own user only; anyone else's `setting` is null.
    if parent["id"] != owner_of(call)["id"]:
        return None
    return setting_of(call.state, parent["id"])


@resolvers.field("User", "plans")
def user_plans(call: Call, parent: Record) -> list[Record]:
    return [p for p in call.state.table("user_plans").values() if p["userId"] == parent["id"]]


@resolvers.field("User", "contacts")
def user_contacts(
    call: Call, parent: Record, first: Any = None, offset: Any = None
) -> list[Record]:
    owned = [c for c in call.state.contacts.values() if c["ownerId"] == parent["id"]]
    return listing(owned, first, offset, default=10)


# -- plans --------------------------------------------------------------------------------------


@resolvers.query("listPlans")
def list_plans(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(select(call.state.table("plans").values(), filter), first, offset, orderBy)


@resolvers.query("_listPlansMeta")
def list_plans_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(select(call.state.table("plans").values(), filter))}


@resolvers.query("getPlan")
def get_plan(call: Call, id: Any) -> Record:
    return call.state.get("plans", id, what="plan")


@resolvers.query("listPlanChangeRequests")
def list_plan_change_requests(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    mine = [
        r
        for r in call.state.table("plan_change_requests").values()
        if r["userId"] == owner_of(call)["id"]
    ]
    return listing(select(mine, filter), first, offset, orderBy)


@resolvers.mutation("planChangeRequest")
def plan_change_request(call: Call, planId: Any) -> Record:
    plan = get_plan(call, planId)
    return call.state.insert(
        "plan_change_requests",
        "PlanChangeRequest",
        {"planId": plan["id"], "userId": owner_of(call)["id"]},
    )


@resolvers.mutation("setUserPlan")
def set_user_plan(call: Call, planId: Any, userId: Any = None) -> Record:
    """The user's plan from now on; a pending request for that plan counts as accepted."""
    plan = get_plan(call, planId)
    user = call.state.user(userId) if userId else owner_of(call)
    # DECISION: a plan is set for the caller or for an account whose team it is an ADMIN of
    # (as integrations' `userId`); anyone else is NOT_FOUND.
    if user["id"] not in administered(call):
        raise fail(f"user {userId} not found", "NOT_FOUND")
    for request in call.state.table("plan_change_requests").values():
        if (
            request["userId"] == user["id"]
            and request["planId"] == plan["id"]
            and request["acceptedAt"] is None
        ):
            request.update(acceptedAt=call.state.now_dt(), acceptedBy=owner_of(call)["id"])
    return call.state.insert(
        "user_plans",
        "UserPlan",
        {"name": plan["name"]},
        planId=plan["id"],
        userId=user["id"],
        stripeProductId=f"prod_{plan['id']}",
    )


resolvers.field("PlanChangeRequest", "plan")(related_in("plans", "planId"))
resolvers.field("UserPlan", "plan")(related_in("plans", "planId"))
resolvers.field("UserPlan", "user")(related("users", "userId"))


@resolvers.field("Credential", "representing")
def credential_representing(
    call: Call, parent: Record, first: Any = None, offset: Any = None
) -> list[Record]:
    found: list[Record] = parent["representing"]
    return page(found, first, offset)


# -- payment subscriptions ----------------------------------------------------------------------


# DECISION: a payment subscription is its account's billing: another account's is NOT_FOUND
# (`common.owned`) and the list holds the caller's only.
def subscription(call: Call, id_: Any) -> Record:
    what = "payment subscription"
    return owned(call, call.state.get("payment_subscriptions", id_, what=what), what)


@resolvers.query("listPaymentSubscriptions")
def list_payment_subscriptions(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    me = owner_of(call)["id"]
    mine = [r for r in call.state.table("payment_subscriptions").values() if r["ownerId"] == me]
    return listing(select(mine, filter), first, offset, orderBy)


@resolvers.query("getPaymentSubscription")
def get_payment_subscription(call: Call, id: Any = None) -> Record:
    return subscription(call, id)


@resolvers.mutation("createPaymentSubscription")
def create_payment_subscription(call: Call, data: Any = None) -> Record:
    return call.state.insert(
        "payment_subscriptions", "PaymentSubscription", data, ownerId=owner_of(call)["id"]
    )


@resolvers.mutation("updatePaymentSubscription")
def update_payment_subscription(call: Call, data: Any = None, id: Any = None) -> Record:
    return apply(subscription(call, id), data or {})


@resolvers.mutation("deletePaymentSubscription")
def delete_payment_subscription(call: Call, id: Any = None) -> Record:
    record = subscription(call, id)
    del call.state.table("payment_subscriptions")[record["id"]]
    return record


# -- team and workspaces ------------------------------------------------------------------------


def team_of(call: Call) -> list[Record]:
    return [
        t for t in call.state.table("team_users").values() if t["userId"] == owner_of(call)["id"]
    ]


@resolvers.query("listTeamUsers")
def list_team_users(
    call: Call, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(team_of(call), first, offset, orderBy)


@resolvers.query("_listTeamUsersMeta")
def list_team_users_meta(call: Call) -> Record:
    return {"count": len(team_of(call))}


@resolvers.mutation("addTeamUser")
def add_team_user(call: Call, email: Any = None, role: Any = None) -> Record:
    """Adds the account with that email to the caller's team (an unknown email gets an
    account to sign in to later: its credential's status is false until then)."""
    if not email or "@" not in str(email):
        raise fail("addTeamUser: a valid email is required")
    known = call.state.passwords.get(str(email).lower())
    member_id = (
        known[0] if known else call.state.add_user(str(email), DEFAULT_PASSWORD, str(email))["id"]
    )
    if any(t["credentialId"] == member_id for t in team_of(call)):
        raise fail(f"{email} is in the team already")
    return call.state.insert(
        "team_users",
        "TeamUser",
        {"role": role or "SALES_REP"},
        userId=owner_of(call)["id"],
        credentialId=member_id,
        registered=known is not None,
    )


@resolvers.mutation("deleteTeamUser")
def delete_team_user(call: Call, id: Any = None) -> Record:
    record = find({t["id"]: t for t in team_of(call)}, id, None, "team user")
    del call.state.table("team_users")[record["id"]]
    return record


@resolvers.field("TeamUser", "credential")
def team_user_credential(call: Call, parent: Record) -> Record:
    return {"email": call.state.email_of(parent["credentialId"]), "status": parent["registered"]}


@resolvers.query("listWorkspaces")
def list_workspaces(call: Call) -> list[Record]:
    return workspaces_of(call.state, owner_of(call)["id"])


@resolvers.mutation("switchWorkspace")
def switch_workspace(call: Call, userId: Any = None) -> str:
    """A token for workspace `userId`: one that listWorkspaces answers for the caller."""
    user = owner_of(call)
    wanted = str(userId or user["id"])
    if wanted not in {w["id"] for w in workspaces_of(call.state, user["id"])}:
        raise fail(f"workspace {wanted} is not one of yours", "NOT_FOUND")
    return call.state.issue_token(wanted, "short").value


@resolvers.mutation("copyDemoAccount")
def copy_demo_account(call: Call, email: str, urlkey: str) -> Record:
    """A new seller account `email` holding copies of the drops of the account `urlkey`."""
    from .drops import copy_drop

    source = call.state.user(urlkey=urlkey)
    if "@" not in email or email.lower() in call.state.passwords:
        raise fail(f"copyDemoAccount: {email} is not a new valid email")
    target = call.state.add_user(email, DEFAULT_PASSWORD, f"Copy of {source['name']}")
    copies = [
        copy_drop(call.state, d, target, d["name"])["id"]
        for d in list(call.state.drops.values())
        if d["ownerId"] == source["id"]
    ]
    return job_for(call, "copyDemoAccount", {"userId": target["id"], "dropIds": copies})
