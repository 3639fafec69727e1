import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .async_base_client import AsyncBaseClient
    from .base_model import BaseModel
    from .billing_address import BillingAddress, BillingAddressBillingAddress
    from .brands import Brands, BrandsBrands
    from .categories import Categories, CategoriesCategories
    from .client import AxroGeneratedClient
    from .input_types import (
        CartItemInput,
        OrderInput,
        ShippingAddressInput,
        ShippingAddressUpdateInput,
    )
    from .order_create import OrderCreate
    from .order_details import (
        OrderDetails,
        OrderDetailsOrderDetails,
        OrderDetailsOrderDetailsOrder,
        OrderDetailsOrderDetailsOrderBillingAddress,
        OrderDetailsOrderDetailsOrderItems,
        OrderDetailsOrderDetailsOrderShippingAddress,
    )
    from .orders import Orders, OrdersOrderList, OrdersOrderListOrders
    from .products import (
        Products,
        ProductsProducts,
        ProductsProductsProducts,
        ProductsProductsProductsCategory,
        ProductsProductsProductsPrice,
        ProductsProductsProductsTitle,
    )
    from .shipment_details import (
        ShipmentDetails,
        ShipmentDetailsShipmentDetails,
        ShipmentDetailsShipmentDetailsShipment,
        ShipmentDetailsShipmentDetailsShipmentItems,
    )
    from .shipments import (
        Shipments,
        ShipmentsShipmentList,
        ShipmentsShipmentListShipments,
    )
    from .shipping_addresses import (
        ShippingAddresses,
        ShippingAddressesShippingAddresses,
    )
    from .shipping_create import ShippingCreate
    from .shipping_update import ShippingUpdate
    from .tracking_history import TrackingHistory, TrackingHistoryTrackingHistory
    from .user_info import (
        UserInfo,
        UserInfoUserInfo,
        UserInfoUserInfoBillingAddress,
        UserInfoUserInfoCustomer,
    )
_LAZY_IMPORTS = {
    "AsyncBaseClient": ".async_base_client",
    "AxroGeneratedClient": ".client",
    "BaseModel": ".base_model",
    "BillingAddress": ".billing_address",
    "BillingAddressBillingAddress": ".billing_address",
    "Brands": ".brands",
    "BrandsBrands": ".brands",
    "CartItemInput": ".input_types",
    "Categories": ".categories",
    "CategoriesCategories": ".categories",
    "OrderCreate": ".order_create",
    "OrderDetails": ".order_details",
    "OrderDetailsOrderDetails": ".order_details",
    "OrderDetailsOrderDetailsOrder": ".order_details",
    "OrderDetailsOrderDetailsOrderBillingAddress": ".order_details",
    "OrderDetailsOrderDetailsOrderItems": ".order_details",
    "OrderDetailsOrderDetailsOrderShippingAddress": ".order_details",
    "OrderInput": ".input_types",
    "Orders": ".orders",
    "OrdersOrderList": ".orders",
    "OrdersOrderListOrders": ".orders",
    "Products": ".products",
    "ProductsProducts": ".products",
    "ProductsProductsProducts": ".products",
    "ProductsProductsProductsCategory": ".products",
    "ProductsProductsProductsPrice": ".products",
    "ProductsProductsProductsTitle": ".products",
    "ShipmentDetails": ".shipment_details",
    "ShipmentDetailsShipmentDetails": ".shipment_details",
    "ShipmentDetailsShipmentDetailsShipment": ".shipment_details",
    "ShipmentDetailsShipmentDetailsShipmentItems": ".shipment_details",
    "Shipments": ".shipments",
    "ShipmentsShipmentList": ".shipments",
    "ShipmentsShipmentListShipments": ".shipments",
    "ShippingAddressInput": ".input_types",
    "ShippingAddressUpdateInput": ".input_types",
    "ShippingAddresses": ".shipping_addresses",
    "ShippingAddressesShippingAddresses": ".shipping_addresses",
    "ShippingCreate": ".shipping_create",
    "ShippingUpdate": ".shipping_update",
    "TrackingHistory": ".tracking_history",
    "TrackingHistoryTrackingHistory": ".tracking_history",
    "UserInfo": ".user_info",
    "UserInfoUserInfo": ".user_info",
    "UserInfoUserInfoBillingAddress": ".user_info",
    "UserInfoUserInfoCustomer": ".user_info",
}


def __getattr__(name):
    """Import the module a generated name lives in, the first time it is used."""
    module_name = _LAZY_IMPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(__all__)


__all__ = [
    "AsyncBaseClient",
    "AxroGeneratedClient",
    "BaseModel",
    "BillingAddress",
    "BillingAddressBillingAddress",
    "Brands",
    "BrandsBrands",
    "CartItemInput",
    "Categories",
    "CategoriesCategories",
    "OrderCreate",
    "OrderDetails",
    "OrderDetailsOrderDetails",
    "OrderDetailsOrderDetailsOrder",
    "OrderDetailsOrderDetailsOrderBillingAddress",
    "OrderDetailsOrderDetailsOrderItems",
    "OrderDetailsOrderDetailsOrderShippingAddress",
    "OrderInput",
    "Orders",
    "OrdersOrderList",
    "OrdersOrderListOrders",
    "Products",
    "ProductsProducts",
    "ProductsProductsProducts",
    "ProductsProductsProductsCategory",
    "ProductsProductsProductsPrice",
    "ProductsProductsProductsTitle",
    "ShipmentDetails",
    "ShipmentDetailsShipmentDetails",
    "ShipmentDetailsShipmentDetailsShipment",
    "ShipmentDetailsShipmentDetailsShipmentItems",
    "Shipments",
    "ShipmentsShipmentList",
    "ShipmentsShipmentListShipments",
    "ShippingAddressInput",
    "ShippingAddressUpdateInput",
    "ShippingAddresses",
    "ShippingAddressesShippingAddresses",
    "ShippingCreate",
    "ShippingUpdate",
    "TrackingHistory",
    "TrackingHistoryTrackingHistory",
    "UserInfo",
    "UserInfoUserInfo",
    "UserInfoUserInfoBillingAddress",
    "UserInfoUserInfoCustomer",
]
