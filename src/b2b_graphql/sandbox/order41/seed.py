"""The seeded data: deterministic for a given `seed` (prices, costs, stock vary with it), dated
over the past 30 days, with entities 1 to 4 of every kind (the reference's examples use id 4).

Accounts: 1 the demo seller (`DEFAULT_EMAIL`), 2, 3 and 5 buyers, 4 a second seller
("Northwind Agency") whose team the demo seller is in (so it is a workspace of the seller),
6 a sales rep in the demo seller's team.
"""

from __future__ import annotations

from .._fake import number
from .carts import add_line, create_cart
from .contacts import create_contact
from .drops import add_products_to_drop, create_drop, share_drop
from .jobs import export_file, finish_jobs, start_job
from .orders import create_order, recalculate
from .pricelists import add_pricelist_access, create_pricelist, upsert_values
from .products import create_product, create_variants
from .state import DEFAULT_EMAIL, DEFAULT_LONG_LIVED_TOKEN, DEFAULT_PASSWORD, Order41Sandbox

__all__ = ["populate"]

COLOURS = ["Black", "Navy", "Sand", "Olive"]
KINDS = ["Jacket", "Shirt", "Cap", "Scarf", "Boots"]


def populate(
    state: Order41Sandbox, *, products: int = 60, orders: int = 30, seed: int = 41
) -> None:
    """Seed `state`; the clock is set back 30 days meanwhile, so records are dated in the past."""
    offset = state.clock_offset
    state.clock_offset -= 30 * 86400
    try:
        _accounts(state)
        _catalogue(state, products, seed)
        _trade(state, orders)
        _account_data(state)
        _network(state)
        _integrations(state)
    finally:
        state.clock_offset = offset


def _accounts(state: Order41Sandbox) -> None:
    seller = state.add_user(DEFAULT_EMAIL, DEFAULT_PASSWORD, "Demo Seller")
    state.issue_token(seller["id"], "long", value=DEFAULT_LONG_LIVED_TOKEN)
    buyer1 = state.add_user("buyer1@order41.test", DEFAULT_PASSWORD, "Buyer 1", "BUYER")
    buyer2 = state.add_user("buyer2@order41.test", DEFAULT_PASSWORD, "Buyer 2", "BUYER")
    state.add_user("agency@order41.test", DEFAULT_PASSWORD, "Northwind Agency")
    buyer3 = state.add_user("buyer3@order41.test", DEFAULT_PASSWORD, "Buyer 3", "BUYER")
    state.add_user("rep@order41.test", DEFAULT_PASSWORD, "Sales Rep")
    for n, buyer in enumerate([buyer1, buyer2, buyer3], start=1):
        create_contact(
            state,
            seller,
            {
                "name": buyer["name"],
                "email": f"buyer{n}@order41.test",
                "contactUserId": buyer["id"],
                "type": 0,
                "currency": "EUR",
                "invoiceCity": ["Hamburg", "Berlin", "Munich"][n - 1],
            },
        )
    for n in range(1, 4):
        create_contact(
            state, seller, {"name": f"Supplier {n}", "email": f"supplier{n}@example.com", "type": 1}
        )


def _catalogue(state: Order41Sandbox, count: int, seed: int) -> None:
    seller = state.users["1"]
    step = 10 * 86400 / max(1, count)
    for n in range(1, count + 1):
        product = create_product(
            state,
            seller,
            {
                "name": f"{KINDS[n % 5]} {n:03d}",
                "sku": f"SKU-{n:04d}",
                "price": float(20 + number(f"{seed}:price:{n}") % 180),
                "cost": float(8 + number(f"{seed}:cost:{n}") % 60),
                "rrp": str(40 + number(f"{seed}:rrp:{n}") % 300),
                "color": COLOURS[n % len(COLOURS)],
                "supplierId": str(4 + n % 3),
                "inventoryStock": str(number(f"{seed}:stock:{n}") % 200),
            },
        )
        state.advance_clock(step)
        if n % 3 == 1:
            create_variants(
                state,
                seller,
                product["id"],
                [{"optionValue1": size, "sku": f"SKU-{n:04d}-{size}"} for size in "SML"],
            )
    parents = [p for p in state.products.values() if p["parentId"] is None]
    size = max(1, len(parents) // 4)
    names = ["Spring Collection", "Summer Basics", "Outlet", "Autumn Preview"]
    for n, name in enumerate(names, start=1):
        drop = create_drop(
            state,
            seller,
            {
                "name": name,
                "season": f"SS{24 + n}",
                "discoverable": n >= 3,
                "isPublic": n in (1, 4),
            },
        )
        chunk = parents[(n - 1) * size : n * size] if n < 4 else parents[3 * size :]
        add_products_to_drop(state, drop["id"], [p["id"] for p in chunk])
    add_products_to_drop(state, "4", ["4"])  # a variant on its own, named by the examples
    share_drop(state, state.drops["1"], {"message": "New season", "allContacts": True})
    for n, group in enumerate(["Size", "Colour", "Material", "Fit", "Length"], start=1):
        state.insert(
            "product_option_groups",
            "ProductOptionGroup",
            {"name": group},
            ownerId=seller["id"],
            order=n,
        )
    for group, options in (("1", ["S", "M", "L"]), ("2", COLOURS)):
        for n, name in enumerate(options):
            state.insert("product_options", "ProductOption", {"name": name}, groupId=group, order=n)
    industries = ["Fashion", "Footwear", "Outdoor", "Accessories"]
    for name in industries:
        state.insert("industries", "Industry", {"name": name})
    brands = [
        ("Northwind", ["1", "3"]),
        ("Fjellstad", ["3"]),
        ("Lumen", ["1", "4"]),
        ("Stride", ["2"]),
    ]
    for name, industry_ids in [*brands, ("Atelier 41", ["1"]), ("Trailhead", ["2", "3"])]:
        state.insert("brands", "Brand", {"name": name}, industryIds=industry_ids)


def _trade(state: Order41Sandbox, orders: int) -> None:
    seller = state.users["1"]
    buyers = [state.users[i] for i in ("2", "3", "5")]
    for n in range(1, 5):  # standing carts 1-4 (4 holds variant 4, as the reference's examples)
        drop_id = "2" if n == 2 else "1"
        cart = create_cart(state, seller, {"dropId": drop_id, "buyerId": buyers[(n - 1) % 3]["id"]})
        members = state.drop_products[drop_id]
        product = "4" if n == 4 else members[(n - 1) % len(members)]["productId"]
        add_line(state, cart, product, float(n + 1))
    for n in range(1, orders + 1):
        buyer = buyers[n % len(buyers)]
        drop_id = str(1 + n % 2)
        cart = create_cart(state, seller, {"dropId": drop_id, "buyerId": buyer["id"]})
        members = state.drop_products[drop_id]
        for k in range(1 + n % 3):
            entry = members[(n * 7 + k * 3) % len(members)]
            add_line(state, cart, entry["productId"], float(1 + (n + k) % 4))
        create_order(state, seller, cart, note=f"Seeded order {n}")
        state.advance_clock(15 * 86400 / max(1, orders))
    for order_id in [o for o in ("1", "2", "3", "4") if o in state.orders]:
        cost = {
            "id": state.new_id("extraCost"),
            "amount": 4.9,
            "name": "SHIPPING_COST_VAT",
            "taxRatio": 0.19,
        }
        state.extra_costs[order_id].append(cost)
        recalculate(state, state.orders[order_id])
    for n, name in enumerate(["Wholesale EUR", "Trade EUR", "Outlet EUR", "Preview EUR"], start=1):
        pricelist = create_pricelist(
            state, seller, {"name": name, "currency": "EUR", "dropId": str(n)}
        )
        values = state.drop_products[str(n)][:5]
        upsert_values(
            state,
            pricelist["id"],
            [{"productId": v["productId"], "price": 10.0 * n} for v in values],
        )
        add_pricelist_access(state, pricelist, {"contactId": str(n)})
    for n, (name, percentage) in enumerate(
        [
            ("Early bird", 10.0),
            ("Loyalty", 5.0),
            ("Bulk", 15.0),
            ("Clearance", 30.0),
            ("Friends", 20.0),
        ],
        start=1,
    ):
        state.insert(
            "discounts",
            "Discount",
            {
                "name": name,
                "percentageValue": percentage,
                "type": 1,
                "active": n != 5,
                "status": True,
                "applications": 0,
            },
            ownerId=seller["id"],
        )
    for discount, drop in (("1", "1"), ("2", "2"), ("3", "3"), ("4", "4")):
        state.insert("drop_discounts", "DropDiscount", {}, discountId=discount, dropId=drop)
    for n, type_ in enumerate(
        ["drop.viewed", "order.created", "cart.updated", "drop.shared", "order.created"], start=1
    ):
        state.insert("events", "Event", {"type": type_, "payload": f'{{"n": {n}}}'}, ownerId="1")
    for n, (job, kind) in enumerate(
        [
            ("exportProducts", "products"),
            ("generateDropPdf", "drops"),
            ("generateContactsSpreadsheet", "contacts"),
            ("generateInvoice", "orders"),
        ],
        start=1,
    ):
        url = export_file(
            state, kind, f"seeded-{n}", "pdf" if kind in ("drops", "orders") else "xlsx", []
        )
        start_job(
            state,
            job,
            url,
            owner="1",
            dropId="1" if kind == "drops" else None,
            orderId="1" if kind == "orders" else None,
        )
    finish_jobs(state)


def _account_data(state: Order41Sandbox) -> None:
    from .account import setting_of

    plans = [
        ("Free", "SELLER", True),
        ("Starter", "SELLER", True),
        ("Pro", "SELLER", True),
        ("Buyer Plus", "BUYER", False),
    ]
    for name, account, active in plans:
        state.insert(
            "plans",
            "Plan",
            {"name": name, "accountType": account, "description": f"The {name} plan"},
            active=active,
        )
    for user, plan in (("1", "1"), ("2", "4"), ("3", "4"), ("4", "3")):
        name = plans[int(plan) - 1][0]
        state.insert(
            "user_plans",
            "UserPlan",
            {"name": name},
            planId=plan,
            userId=user,
            stripeProductId=f"prod_{plan}",
        )
    for n in range(1, 5):
        request = state.insert(
            "plan_change_requests", "PlanChangeRequest", {}, planId=str(1 + n % 3), userId="1"
        )
        if n == 1:
            request.update(acceptedAt=state.now_dt(), acceptedBy="1")
    for n in range(1, 5):
        state.insert(
            "payment_subscriptions",
            "PaymentSubscription",
            {
                "stripeCustomerId": f"cus_{n:04d}",
                "stripeProductId": f"prod_{n}",
                "stripeSubscriptionId": f"sub_{n:04d}",
                "stripeSubscriptionStatus": "active" if n < 4 else "canceled",
            },
            ownerId="1",
        )
    for user in ("2", "3", "4"):
        setting_of(state, user)["addressCountry"] = "DE"
    setting_of(state, "1").update(
        addressCompany="Demo Seller GmbH",
        addressCity="Hamburg",
        addressCountry="DE",
        invoiceText="Thank you for your order",
    )
    for member, role in (
        ("2", "SALES_REP"),
        ("3", "SALES_REP"),
        ("5", "SALES_REP"),
        ("6", "ADMIN"),
    ):
        state.insert(
            "team_users",
            "TeamUser",
            {"role": role},
            userId="1",
            credentialId=member,
            registered=True,
        )
    state.insert(
        "team_users", "TeamUser", {"role": "ADMIN"}, userId="4", credentialId="1", registered=True
    )


def _network(state: Order41Sandbox) -> None:
    for n, requester in enumerate(["2", "3", "4", "5"], start=1):
        request = state.insert(
            "connect_requests",
            "ConnectRequest",
            {"source": "search", "term": "demo"},
            requesterUserId=requester,
            targetUserId="1",
        )
        state.insert(
            "notifications",
            "Notification",
            {},
            type="CONNECT_REQUEST",
            userId="1",
            objectId=request["id"],
            payload=f"{state.users[requester]['name']} wants to connect",
        )
        if n == 3:  # the agency is a partner
            request["acceptedAt"] = state.now_dt()


def _integrations(state: Order41Sandbox) -> None:
    # The demo seller's integration is number 4, the reference's example id (deleteIntegration).
    for user_id in ("2", "3", "4", "1"):
        state.insert(
            "integrations",
            "Integration",
            {
                "shopifyUrl": f"https://shop{user_id}.myshopify.test",
                "shopifyApiSecretKey": f"shpss_{user_id}",
                "shopifyAdminApiAccessToken": f"shpat_{user_id}",
            },
            ownerId=user_id,
        )
        state.table("integration_data")[user_id] = {
            "id": user_id,
            "values": {"shopifyLocation": "main", "syncStock": "true"},
        }
    for name, type_ in (
        ("Shopify", "SHOPIFY"),
        ("QuickBooks", "QUICKBOOKS"),
        ("Warehouse", "COMMON"),
        ("ERP", "COMMON"),
    ):
        partner = state.insert(
            "partner_integrations", "PartnerIntegration", {"name": name, "type": type_}, ownerId="1"
        )
        state.insert(
            "integration_configurations",
            "IntegrationConfiguration",
            {
                "key": "apiUrl",
                "value": f"https://{name.lower()}.example.com",
                "partnerIntegrationId": partner["id"],
            },
        )
    for kind, table, key in (
        ("product", "external_products", "productId"),
        ("order", "external_orders", "orderId"),
        ("contact", "external_contacts", "contactId"),
    ):
        for n in range(1, 7 if kind == "product" else 5):
            link = f"1:{n}"
            state.table(table)[link] = {
                "id": link,
                key: str(n),
                "partnerIntegrationId": "1",
                "externalSystemId": f"ext-{kind}-{n}",
                "externalSystemName": "shopify",
                "extra": None,
            }
    for n in range(1, 5):
        hook = state.insert(
            "webhooks",
            "Webhook",
            {"url": f"https://hooks.example.com/{n}", "userName": "hook", "headers": "{}"},
            ownerId="1",
        )
        state.insert(
            "webhook_events",
            "WebhookEvent",
            {"eventType": "created", "objectType": ["order", "drop", "product", "contact"][n - 1]},
            webhookId=hook["id"],
        )
