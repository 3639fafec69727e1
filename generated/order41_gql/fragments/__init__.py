import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cart_fields import (
        CartFields,
        CartFieldsBuyer,
        CartFieldsDrop,
        CartFieldsParentProducts,
        CartFieldsParentProductsMeta,
        CartFieldsSeller,
    )
    from .cart_product_fields import (
        CartProductFields,
        CartProductFieldsProduct,
        CartProductFieldsVariants,
        CartProductFieldsVariantsProduct,
    )
    from .contact_fields import (
        ContactFields,
        ContactFieldsAccessCustomers,
        ContactFieldsAccessSuppliers,
        ContactFieldsContactUser,
    )
    from .discount_fields import DiscountFields
    from .drop_fields import (
        DropFields,
        DropFieldsDropProductsMeta,
        DropFieldsOrderTotalArray,
    )
    from .drop_with_link_fields import (
        DropWithLinkFields,
        DropWithLinkFieldsOrderTotalArray,
    )
    from .order_fields import (
        OrderFields,
        OrderFieldsBuyer,
        OrderFieldsDrop,
        OrderFieldsOrderExtraCosts,
        OrderFieldsOrderMeta,
        OrderFieldsParentProducts,
    )
    from .order_product_fields import (
        OrderProductFields,
        OrderProductFieldsProduct,
        OrderProductFieldsVariants,
        OrderProductFieldsVariantsProduct,
    )
    from .pricelist_fields import (
        PricelistFields,
        PricelistFieldsAccess,
        PricelistFieldsDrop,
        PricelistFieldsValues,
    )
    from .pricelist_value_fields import (
        PricelistValueFields,
        PricelistValueFieldsProduct,
    )
    from .product_fields import (
        ProductFields,
        ProductFieldsOptionGroups,
        ProductFieldsOptionGroupsOptions,
        ProductFieldsVariants,
    )
    from .product_variant_fields import ProductVariantFields
    from .user_fields import UserFields

_LAZY_IMPORTS = {
    "CartFields": ".cart_fields",
    "CartFieldsBuyer": ".cart_fields",
    "CartFieldsDrop": ".cart_fields",
    "CartFieldsParentProducts": ".cart_fields",
    "CartFieldsParentProductsMeta": ".cart_fields",
    "CartFieldsSeller": ".cart_fields",
    "CartProductFields": ".cart_product_fields",
    "CartProductFieldsProduct": ".cart_product_fields",
    "CartProductFieldsVariants": ".cart_product_fields",
    "CartProductFieldsVariantsProduct": ".cart_product_fields",
    "ContactFields": ".contact_fields",
    "ContactFieldsAccessCustomers": ".contact_fields",
    "ContactFieldsAccessSuppliers": ".contact_fields",
    "ContactFieldsContactUser": ".contact_fields",
    "DiscountFields": ".discount_fields",
    "DropFields": ".drop_fields",
    "DropFieldsDropProductsMeta": ".drop_fields",
    "DropFieldsOrderTotalArray": ".drop_fields",
    "DropWithLinkFields": ".drop_with_link_fields",
    "DropWithLinkFieldsOrderTotalArray": ".drop_with_link_fields",
    "OrderFields": ".order_fields",
    "OrderFieldsBuyer": ".order_fields",
    "OrderFieldsDrop": ".order_fields",
    "OrderFieldsOrderExtraCosts": ".order_fields",
    "OrderFieldsOrderMeta": ".order_fields",
    "OrderFieldsParentProducts": ".order_fields",
    "OrderProductFields": ".order_product_fields",
    "OrderProductFieldsProduct": ".order_product_fields",
    "OrderProductFieldsVariants": ".order_product_fields",
    "OrderProductFieldsVariantsProduct": ".order_product_fields",
    "PricelistFields": ".pricelist_fields",
    "PricelistFieldsAccess": ".pricelist_fields",
    "PricelistFieldsDrop": ".pricelist_fields",
    "PricelistFieldsValues": ".pricelist_fields",
    "PricelistValueFields": ".pricelist_value_fields",
    "PricelistValueFieldsProduct": ".pricelist_value_fields",
    "ProductFields": ".product_fields",
    "ProductFieldsOptionGroups": ".product_fields",
    "ProductFieldsOptionGroupsOptions": ".product_fields",
    "ProductFieldsVariants": ".product_fields",
    "ProductVariantFields": ".product_variant_fields",
    "UserFields": ".user_fields",
}


def __getattr__(name):
    """Import the module a fragment class lives in, the first time it is used."""
    module_name = _LAZY_IMPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(__all__)


__all__ = [
    "CartFields",
    "CartFieldsBuyer",
    "CartFieldsDrop",
    "CartFieldsParentProducts",
    "CartFieldsParentProductsMeta",
    "CartFieldsSeller",
    "CartProductFields",
    "CartProductFieldsProduct",
    "CartProductFieldsVariants",
    "CartProductFieldsVariantsProduct",
    "ContactFields",
    "ContactFieldsAccessCustomers",
    "ContactFieldsAccessSuppliers",
    "ContactFieldsContactUser",
    "DiscountFields",
    "DropFields",
    "DropFieldsDropProductsMeta",
    "DropFieldsOrderTotalArray",
    "DropWithLinkFields",
    "DropWithLinkFieldsOrderTotalArray",
    "OrderFields",
    "OrderFieldsBuyer",
    "OrderFieldsDrop",
    "OrderFieldsOrderExtraCosts",
    "OrderFieldsOrderMeta",
    "OrderFieldsParentProducts",
    "OrderProductFields",
    "OrderProductFieldsProduct",
    "OrderProductFieldsVariants",
    "OrderProductFieldsVariantsProduct",
    "PricelistFields",
    "PricelistFieldsAccess",
    "PricelistFieldsDrop",
    "PricelistFieldsValues",
    "PricelistValueFields",
    "PricelistValueFieldsProduct",
    "ProductFields",
    "ProductFieldsOptionGroups",
    "ProductFieldsOptionGroupsOptions",
    "ProductFieldsVariants",
    "ProductVariantFields",
    "UserFields",
]
