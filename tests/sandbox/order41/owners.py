"""The cases of `test_owners`: per domain, every root field called by buyer 1 (user 2) with
ids of records it is no party to (the seller's, another buyer's), and what it must answer:
NOT_FOUND, FORBIDDEN, or a check that it shows only buyer 1's own records."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from b2b_graphql.sandbox.order41 import (
    Order41Sandbox,
    account,
    carts,
    contacts,
    discounts,
    drops,
    events,
    jobs,
    orders,
    pricelists,
    products,
)
from b2b_graphql.sandbox.order41.common import ORDER_PARTIES
from b2b_graphql.sandbox.order41.jobs import export_file, read_file

from .api import ids

ME = "2"  # buyer1@order41.test
NOT_FOUND = "NOT_FOUND"
FORBIDDEN = "FORBIDDEN"
WATCHED = (
    *("orders", "order_lines", "extra_costs", "carts", "cart_lines", "contacts"),
    *("drops", "drop_products", "drop_shares", "products"),
    *("product_option_groups", "product_options", "discounts", "drop_discounts"),
    *("pricelists", "pricelist_values", "pricelist_access"),
    *("users", "settings", "team_users", "payment_subscriptions", "plan_change_requests"),
    *("user_plans", "events", "jobs"),
)

Args = Callable[[Order41Sandbox], dict[str, Any]]
#: NOT_FOUND / FORBIDDEN (the error code), or a check of the answer (answer, state) -> bool
Expected = str | Callable[[Any, Order41Sandbox], bool]


def table_of(s: Order41Sandbox, name: str) -> Any:
    """A core entity dict (`s.orders`) or one of the store's `tables`."""
    return getattr(s, name) if hasattr(s, name) else s.table(name)


def mine(record: dict[str, Any], keys: tuple[str, ...]) -> bool:
    return any(record.get(k) == ME for k in keys)


def my_orders(s: Order41Sandbox) -> set[str]:
    return {k for k, o in s.orders.items() if mine(o, ORDER_PARTIES)}


def my_carts(s: Order41Sandbox) -> set[str]:
    return {k for k, c in s.carts.items() if mine(c, carts.CART_PARTIES)}


def foreign_order(s: Order41Sandbox) -> str:
    return next(k for k, o in s.orders.items() if not mine(o, ORDER_PARTIES))


def own_order(s: Order41Sandbox) -> str:
    return next(iter(sorted(my_orders(s), key=int)))


def foreign_cart(s: Order41Sandbox) -> str:
    return next(k for k, c in s.carts.items() if not mine(c, carts.CART_PARTIES))


def cost_of(s: Order41Sandbox, order_id: str) -> str:
    return str(s.extra_costs[order_id][0]["id"])


def my_contacts(s: Order41Sandbox) -> set[str]:
    return {k for k, c in s.contacts.items() if c["ownerId"] == ME}


def only_mine(found: Callable[[Order41Sandbox], set[str]]) -> Expected:
    """A list holding the caller's records (all of them: fewer than a page) and nothing else."""
    return lambda answer, s: sorted(ids(answer)) == sorted(found(s))


def counted(found: Callable[[Order41Sandbox], set[str]]) -> Expected:
    return lambda answer, s: answer == {"count": len(found(s))}


def mine_made(table: str) -> Expected:
    """A record made for the caller (its own, nobody else's changed)."""

    def check(answer: Any, s: Order41Sandbox) -> bool:
        return bool(table_of(s, table)[answer["id"]]["ownerId"] == ME)

    return check


def no_rows(answer: Any, s: Order41Sandbox) -> bool:
    """A contacts file holding none of the seller's contacts."""
    url = answer if isinstance(answer, str) else s.table("jobs")[answer["id"]]["pending_result"]
    return read_file(s, url, "contacts") == []


def my_drops(s: Order41Sandbox) -> set[str]:
    return {k for k, d in s.drops.items() if d["ownerId"] == ME}


def drops_where(key: str) -> Callable[[Order41Sandbox], set[str]]:
    return lambda s: {k for k, d in s.drops.items() if d[key]}


HIDDEN, SHARED = "2", "1"  # drop 2 is neither public, discoverable nor shared; 1 is shared


def on_drop(key: str = "id", **extra: Any) -> Callable[[str], Args]:
    return lambda drop_id: lambda s: {key: drop_id, **extra}


#: a drop's owner's root fields, by the arguments naming a drop
OWNERS_ONLY: dict[str, Callable[[str], Args]] = {
    "updateDrop": on_drop(dropData={"name": "x"}),
    "deleteDrop": on_drop(),
    "duplicateDrop": on_drop(),
    "copyDrop": lambda d: (
        lambda s: {
            "dropUrlkey": s.drops[d]["urlkey"],
            "targetUserUrlkey": s.users[ME]["urlkey"],
        }
    ),
    "addProductsToDrop": on_drop("dropId", productIds=["2"]),
    "removeProductsFromDrop": lambda d: (
        lambda s: {
            "dropId": d,
            "productIds": [s.drop_products[d][0]["productId"]],
        }
    ),
    "shareDrop": on_drop(input={"message": "Look"}),
    "updateDropProduct": on_drop("dropId", id="1", rowOrder=5),
    "generateDropPdf": on_drop("dropId"),
    "generateAssetArchive": on_drop("dropId"),
    "generateDropProductsImagesZip": on_drop(),
    "generateDropProductsSpreadsheet": on_drop(),
    "generateDropOrdersSpreadsheet": on_drop(),
    "generateDropOrdersOverviewSpreadsheet": on_drop(),
    "generateDropSupplierOrderSpreadsheet": on_drop(),
}


def my_products(s: Order41Sandbox) -> set[str]:
    return {k for k, p in s.products.items() if p["ownerId"] == ME}


def hidden_product(s: Order41Sandbox) -> str:
    """A seller's product in no drop buyer 1 may see (only in drop 2)."""
    seen = {m["productId"] for d in ("1", "3", "4") for m in s.drop_products[d]}
    return str(next(m["productId"] for m in s.drop_products[HIDDEN] if m["productId"] not in seen))


def variant_of_1(s: Order41Sandbox) -> str:
    return str(s.variants_of("1")[0]["id"])


def made_in_background(answer: Any, s: Order41Sandbox) -> bool:
    made = json.loads(s.table("jobs")[answer["id"]]["pending_result"])["productId"]
    return bool(s.products[made]["ownerId"] == ME)


def imported_as_mine(answer: Any, s: Order41Sandbox) -> bool:
    """The seller's product 1's sku, imported by buyer 1: a product of its own."""
    return [p["sku"] for p in s.products.values() if p["ownerId"] == ME] == ["SKU-0001"]


def sellers_products_file(s: Order41Sandbox) -> dict[str, Any]:
    rows = [{"sku": s.products["1"]["sku"], "name": "Imported"}]
    return {"fileUrl": export_file(s, "products", "products", "csv", rows)}


def pricelist_file(s: Order41Sandbox) -> dict[str, Any]:
    rows = [{"productId": "1", "price": 1.0}]
    return {"id": "1", "fileUrl": export_file(s, "pricelists", "pricelist", "csv", rows)}


def sellers_team_user(s: Order41Sandbox) -> str:
    return next(k for k, t in s.table("team_users").items() if t["userId"] == "1")


def answered_as(key: str, value: Any) -> Expected:
    return lambda answer, s: answer[key] == value


def refreshed_mine(answer: Any, s: Order41Sandbox) -> bool:
    """The caller's own contacts (none) are indexed, and only it may look the job up."""
    job = s.table("jobs")[answer["id"]]
    return bool(job["ownerId"] == ME and json.loads(job["pending_result"])["indexed"] == 0)


def sellers_export(s: Order41Sandbox) -> dict[str, Any]:
    rows = [{"name": c["name"], "email": c["email"]} for c in s.contacts.values()]
    return {"fileUrl": export_file(s, "contacts", "contacts", "csv", rows)}


def F(extra: dict[str, Any] | None = None, key: str = "id") -> Args:
    """Arguments naming an order buyer 1 is no party to."""
    return lambda s: {key: foreign_order(s), **(extra or {})}


def C(extra: dict[str, Any] | None = None, key: str = "id") -> Args:
    """Arguments naming a cart of another account."""
    return lambda s: {key: foreign_cart(s), **(extra or {})}


def none(s: Order41Sandbox) -> dict[str, Any]:
    return {}


STRANGER: dict[str, dict[str, tuple[Args, Expected]]] = {
    "orders": {
        "listOrders": (lambda s: {"first": 100}, only_mine(my_orders)),
        "orders": (lambda s: {"first": 100}, only_mine(my_orders)),
        "_listOrdersMeta": (none, counted(my_orders)),
        "orderStatistics": (
            none,
            lambda a, s: (
                a
                == {"totalAmount": round(sum(s.orders[o]["totalAmount"] for o in my_orders(s)), 2)}
            ),
        ),
        "getOrder": (F(), NOT_FOUND),
        "ordersByIds": (
            lambda s: {"orderIds": [foreign_order(s), own_order(s)]},
            lambda a, s: ids(a) == [own_order(s)],
        ),
        "getOrdersPricelistId": (F(key="orderId"), NOT_FOUND),
        "createOrder": (C(), NOT_FOUND),
        "orderDrops": (lambda s: {"dropIds": [HIDDEN]}, NOT_FOUND),  # a drop it cannot see
        "updateOrder2": (F({"data": {"comment": "x"}}), NOT_FOUND),
        "updateOrder": (
            lambda s: {"id": int(foreign_order(s)), "data": {"comment": "x"}},
            NOT_FOUND,
        ),
        "deleteOrder": (F(), NOT_FOUND),
        "rateOrder": (F({"rating": 1}), NOT_FOUND),
        "returnOrderToStock": (F(), NOT_FOUND),
        "sendOrderConfirmation": (F(), NOT_FOUND),
        "addProductToOrder": (F({"productId": "1"}), NOT_FOUND),
        "createOrderExtraCost": (F({"data": {"amount": 1.0}}, key="orderId"), NOT_FOUND),
        "updateOrderExtraCost": (
            lambda s: {"id": cost_of(s, foreign_order(s)), "data": {"amount": 1.0}},
            NOT_FOUND,
        ),
        "deleteOrderExtraCost": (lambda s: {"id": cost_of(s, foreign_order(s))}, NOT_FOUND),
        "generateInvoice": (F(), NOT_FOUND),
        "generateOrderConfirmationPdf": (F(), NOT_FOUND),
        "generateOrderConfirmationSpreadsheet": (F(), NOT_FOUND),
        "orderProductsImages": (F(), NOT_FOUND),
    },
    "carts": {
        "listCarts": (lambda s: {"first": 100}, only_mine(my_carts)),
        "_listCartsMeta": (none, counted(my_carts)),
        "getCart": (C(), NOT_FOUND),
        "addToCart": (
            lambda s: {"input": {"cartId": foreign_cart(s), "productId": "1"}},
            NOT_FOUND,
        ),
        "updateCartProduct": (C({"productId": "1", "quantity": 1.0}, key="cartId"), NOT_FOUND),
        "removeFromCart": (C({"productId": "1"}, key="cartId"), NOT_FOUND),
        "updateCart": (C({"cartData": {}}), NOT_FOUND),
        "deleteCart": (C(), NOT_FOUND),
        "duplicateCart": (C(), NOT_FOUND),
        "createCartFromOrder": (F(), NOT_FOUND),
        "autoGenerateCart": (lambda s: {"dropId": "1"}, mine_made("carts")),
    },
    "contacts": {
        "listContacts": (lambda s: {"first": 100}, only_mine(my_contacts)),
        "listContactsV2": (lambda s: {"first": 100}, only_mine(my_contacts)),
        "_listContactsMeta": (none, lambda a, s: a == {"count": 0}),
        "getContact": (lambda s: {"id": "1"}, NOT_FOUND),
        "createContactV2": (lambda s: {"data": {"name": "Mine"}}, mine_made("contacts")),
        "createContact": (lambda s: {"name": "Mine"}, mine_made("contacts")),
        "updateContact": (lambda s: {"id": "1", "data": {"name": "x"}}, NOT_FOUND),
        "deleteContact": (lambda s: {"contactId": "1"}, NOT_FOUND),
        "inviteContact": (lambda s: {"id": "1"}, NOT_FOUND),
        "addAccessCustomers": (lambda s: {"id": "4", "customerIds": ["1"]}, NOT_FOUND),
        "removeAccessCustomers": (lambda s: {"id": "4", "customerIds": ["1"]}, NOT_FOUND),
        "addAccessSuppliers": (lambda s: {"id": "1", "supplierIds": ["4"]}, NOT_FOUND),
        "removeAccessSuppliers": (lambda s: {"id": "1", "supplierIds": ["4"]}, NOT_FOUND),
        "generateContactsSpreadsheet": (lambda s: {"type": "CSV"}, no_rows),
        "downloadContacts": (lambda s: {"type": "csv"}, no_rows),
        "importContacts": (sellers_export, lambda a, s: len(my_contacts(s)) == 6),
    },
    "drops": {
        "listDrops": (lambda s: {"first": 100}, only_mine(my_drops)),
        "drops": (lambda s: {"first": 100}, only_mine(my_drops)),
        "_listDropsMeta": (none, lambda a, s: a == {"count": 0}),
        "listSharedDrops": (none, lambda a, s: ids(a) == [SHARED]),
        "_listSharedDropsMeta": (none, lambda a, s: a == {"count": 1}),
        "recentDrops": (lambda s: {"first": 100}, lambda a, s: ids(a) == [SHARED]),
        "discoverDrops": (lambda s: {"first": 100}, only_mine(drops_where("discoverable"))),
        "discoverDropsMeta": (
            none,
            lambda a, s: a == {"count": len(drops_where("discoverable")(s))},
        ),
        "exploreDrops": (lambda s: {"first": 100}, only_mine(drops_where("isPublic"))),
        "getDrop": (lambda s: {"id": HIDDEN}, NOT_FOUND),
        "_getDropMeta": (lambda s: {"id": HIDDEN}, NOT_FOUND),
        "getDropProfile": (lambda s: {"id": HIDDEN}, NOT_FOUND),
        "getDropRate": (lambda s: {"id": HIDDEN}, NOT_FOUND),
        "rateDrop": (lambda s: {"id": HIDDEN, "rate": 3}, NOT_FOUND),
        "createDrop": (lambda s: {"input": {"name": "Mine"}}, mine_made("drops")),
        **{field: (args(SHARED), FORBIDDEN) for field, args in OWNERS_ONLY.items()},
    },
    "products": {
        "listProducts": (lambda s: {"first": 100}, only_mine(my_products)),
        "products": (lambda s: {"first": 100}, only_mine(my_products)),
        "userProducts": (lambda s: {"first": 100}, only_mine(my_products)),
        "_listProductsMeta": (none, lambda a, s: a == {"count": 0}),
        "getProduct": (lambda s: {"id": hidden_product(s)}, NOT_FOUND),
        "getProductsByIds": (
            lambda s: {"productIds": [hidden_product(s), "1"]},
            lambda a, s: ids(a) == ["1"],
        ),
        "createProduct": (lambda s: {"data": {"name": "Mine"}}, mine_made("products")),
        "createProductInBackground": (lambda s: {"data": {"name": "Mine"}}, made_in_background),
        "updateProduct": (lambda s: {"id": "1", "data": {"name": "x"}}, FORBIDDEN),
        "updateProductInBackground": (lambda s: {"id": "1", "data": {"name": "x"}}, FORBIDDEN),
        "duplicateProduct": (lambda s: {"id": "1", "data": {"name": "x"}}, FORBIDDEN),
        "deleteProducts": (lambda s: {"id": {"eq": "1"}}, lambda a, s: a == []),
        "createProductVariants": (
            lambda s: {"parentId": "1", "variants": [{"sku": "x"}]},
            FORBIDDEN,
        ),
        "updateProductVariants": (
            lambda s: {"variants": [{"id": variant_of_1(s), "sku": "x"}]},
            FORBIDDEN,
        ),
        "deleteProductVariants": (lambda s: {"ids": [variant_of_1(s)]}, FORBIDDEN),
        "updateVariantRowOrder": (lambda s: {"id": variant_of_1(s), "rowOrder": 9}, FORBIDDEN),
        "createProductOptions": (lambda s: {"groupId": "1", "names": ["XL"]}, NOT_FOUND),
        "updateProductOption": (lambda s: {"id": "1", "name": "x"}, NOT_FOUND),
        "removeProductOption": (lambda s: {"id": "1"}, NOT_FOUND),
        "removeProductOptions": (lambda s: {"groupId": "1"}, NOT_FOUND),
        "bulkProductImportSampleFile": (none, lambda a, s: bool(a["url"])),
        "exportProducts": (lambda s: {"id": SHARED}, FORBIDDEN),
        "importProducts": (sellers_products_file, imported_as_mine),
    },
    "discounts": {
        "listDiscounts": (lambda s: {"first": 100}, lambda a, s: a == []),
        "getDiscounts": (lambda s: {"first": 100}, lambda a, s: a == []),
        "_listDiscountsMeta": (none, lambda a, s: a == {"count": 0}),
        "getDiscount": (lambda s: {"id": "1"}, NOT_FOUND),
        "createDiscount": (lambda s: {"discount": {"name": "Mine"}}, mine_made("discounts")),
        "updateDiscount": (lambda s: {"id": "1", "discount": {"name": "x"}}, NOT_FOUND),
        "deleteDiscounts": (lambda s: {"id": {"eq": "1"}}, lambda a, s: a == []),
        "addDiscount": (lambda s: {"discountId": "1", "dropId": SHARED}, NOT_FOUND),
        "removeDiscount": (lambda s: {"discountId": "1", "dropId": SHARED}, NOT_FOUND),
    },
    "pricelists": {
        "listPricelists": (lambda s: {"first": 100}, lambda a, s: a == []),
        "getPricelists": (lambda s: {"first": 100}, lambda a, s: a == []),
        "_listPricelistsMeta": (none, lambda a, s: a == {"count": 0}),
        "getPricelist": (lambda s: {"id": "1"}, NOT_FOUND),
        "getPricelistValuesByPricelistId": (lambda s: {"pricelistId": "1"}, NOT_FOUND),
        "createPricelist": (lambda s: {"pricelist": {"name": "Mine"}}, mine_made("pricelists")),
        "updatePricelist": (lambda s: {"id": "1", "pricelist": {"name": "x"}}, NOT_FOUND),
        "deletePricelist": (lambda s: {"pricelistId": "1"}, NOT_FOUND),
        "createPricelistValue": (
            lambda s: {"pricelistValue": {"pricelistId": "1", "productId": "1", "price": 1.0}},
            NOT_FOUND,
        ),
        "updatePricelistValue": (
            lambda s: {"id": "1", "pricelistValue": {"productId": "1", "price": 1.0}},
            NOT_FOUND,
        ),
        "updatePricelistValues": (
            lambda s: {"pricelistId": "1", "values": [{"productId": "1", "price": 1.0}]},
            NOT_FOUND,
        ),
        "deletePricelistValue": (lambda s: {"id": "1"}, NOT_FOUND),
        "createPricelistAccess": (
            lambda s: {"pricelistAccess": {"pricelistId": "1", "contactId": "2"}},
            NOT_FOUND,
        ),
        "deletePricelistAccess": (lambda s: {"id": "1"}, NOT_FOUND),
        "generatePricelistSpreadsheet": (lambda s: {"id": "1"}, NOT_FOUND),
        "importPricelist": (pricelist_file, NOT_FOUND),
    },
    "account": {
        "listPlans": (none, lambda a, s: len(a) == len(s.table("plans"))),  # plans are public
        "_listPlansMeta": (none, lambda a, s: a == {"count": len(s.table("plans"))}),
        "getPlan": (lambda s: {"id": "1"}, answered_as("id", "1")),
        "getProfile": (lambda s: {"id": "1"}, answered_as("id", "1")),  # a public profile
        "getProfiles": (none, lambda a, s: ids(a) == [ME, "1"]),  # a rep in the seller's team
        "updateProfile": (lambda s: {"user": {"name": "Me"}}, answered_as("id", ME)),
        "getSetting": (none, answered_as("ownerId", ME)),
        "updateSetting": (lambda s: {"settings": {"addressCity": "Kiel"}}, lambda a, s: bool(a)),
        "listTeamUsers": (none, lambda a, s: a == []),
        "_listTeamUsersMeta": (none, lambda a, s: a == {"count": 0}),
        "addTeamUser": (lambda s: {"email": "mate@example.com"}, answered_as("userId", ME)),
        "deleteTeamUser": (lambda s: {"id": sellers_team_user(s)}, NOT_FOUND),
        "listWorkspaces": (none, lambda a, s: ids(a) == [ME, "1"]),
        "switchWorkspace": (lambda s: {"userId": "3"}, NOT_FOUND),
        "listPlanChangeRequests": (none, lambda a, s: a == []),
        "planChangeRequest": (lambda s: {"planId": "1"}, answered_as("userId", ME)),
        "setUserPlan": (lambda s: {"planId": "1", "userId": "1"}, NOT_FOUND),
        "listPaymentSubscriptions": (none, lambda a, s: a == []),
        "getPaymentSubscription": (lambda s: {"id": "1"}, NOT_FOUND),
        "createPaymentSubscription": (
            lambda s: {"data": {"stripeCustomerId": "cus_me"}},
            mine_made("payment_subscriptions"),
        ),
        "updatePaymentSubscription": (
            lambda s: {"id": "1", "data": {"stripeCustomerId": "x"}},
            NOT_FOUND,
        ),
        "deletePaymentSubscription": (lambda s: {"id": "1"}, NOT_FOUND),
        # DECISION (the sandbox's): any account's drops may be copied into a new demo account
        # (the reference's demo accounts are public); the source stays as it was.
        "copyDemoAccount": (
            lambda s: {"email": "demo@example.com", "urlkey": s.users["1"]["urlkey"]},
            lambda a, s: a["type"] == "copyDemoAccount",
        ),
    },
    "events": {
        "listEvents": (none, lambda a, s: a == []),
        "_listEventsMeta": (none, lambda a, s: a == {"count": 0}),
        "getEvent": (lambda s: {"id": "1"}, NOT_FOUND),
        "createEvent": (lambda s: {"input": {"type": "mine"}}, mine_made("events")),
    },
    "jobs": {
        "getBackgroundJob": (lambda s: {"id": "1"}, NOT_FOUND),  # the seller's (seed)
        "generatePresignedPut": (lambda s: {"fileName": "mine.csv"}, lambda a, s: bool(a)),
        "refreshSearch": (lambda s: {"type": "CONTACTS"}, refreshed_mine),
    },
}
MODULES = {
    "orders": orders,
    "carts": carts,
    "contacts": contacts,
    "drops": drops,
    "products": products,
    "discounts": discounts,
    "pricelists": pricelists,
    "account": account,
    "events": events,
    "jobs": jobs,
}
SELECT = {
    "orderStatistics": "totalAmount",
    "_listContactsMeta": "count",
    "_listDropsMeta": "count",
    "_getDropMeta": "orderQty",
    "getDropProfile": "id",
    "getDropRate": "rate",
    "rateDrop": "rate",
    "_listProductsMeta": "count",
    "bulkProductImportSampleFile": "url",
    "_listDiscountsMeta": "count",
    "_listPricelistsMeta": "count",
    "getPlan": "id",
    "getProfile": "id",
    "updateProfile": "id",
    "getSetting": "ownerId",
    "addTeamUser": "userId",
    "planChangeRequest": "userId",
    "copyDemoAccount": "type",
    "_listTeamUsersMeta": "count",
    "_listPlansMeta": "count",
    "_listEventsMeta": "count",
    "generatePresignedPut": "url",
}
CASES = [(domain, field) for domain, fields in STRANGER.items() for field in sorted(fields)]


def watched(state: Order41Sandbox) -> dict[str, Any]:
    return copy.deepcopy({name: table_of(state, name) for name in WATCHED})


def unchanged(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Every record there before is there still, as it was (the caller's new ones, its own
    profile and settings aside)."""
    return all(
        after[t].get(k) == v
        for t in before
        for k, v in before[t].items()
        if not (t in ("users", "settings") and k == ME)
    )
