from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from .async_base_client import AsyncBaseClient
from .base_model import UNSET

if TYPE_CHECKING:
    from .base_model import UnsetType
    from .billing_address import BillingAddress
    from .brands import Brands
    from .categories import Categories
    from .input_types import (
        OrderInput,
        ShippingAddressInput,
        ShippingAddressUpdateInput,
    )
    from .order_create import OrderCreate
    from .order_details import OrderDetails
    from .orders import Orders
    from .products import Products
    from .shipment_details import ShipmentDetails
    from .shipments import Shipments
    from .shipping_addresses import ShippingAddresses
    from .shipping_create import ShippingCreate
    from .shipping_update import ShippingUpdate
    from .tracking_history import TrackingHistory
    from .user_info import UserInfo
if TYPE_CHECKING:
    from typing import Unpack

    from b2b_graphql import CallOptions


def gql(q: str) -> str:
    return q


class AxroGeneratedClient(AsyncBaseClient):
    secret_variables = {}

    async def user_info(self, **options: Unpack[CallOptions]) -> "UserInfo":
        from .user_info import UserInfo

        query = gql("""
            query userInfo {
              userInfo {
                email
                customer {
                  company
                }
                billingAddress {
                  company
                  department
                  street
                  zip
                  city
                  country
                }
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="userInfo", variables=variables, **options
        )
        return self.get_model(response, UserInfo)

    async def billing_address(self, **options: Unpack[CallOptions]) -> "BillingAddress":
        from .billing_address import BillingAddress

        query = gql("""
            query billingAddress {
              billingAddress {
                company
                department
                street
                zip
                city
                country
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="billingAddress", variables=variables, **options
        )
        return self.get_model(response, BillingAddress)

    async def shipping_addresses(
        self, **options: Unpack[CallOptions]
    ) -> "ShippingAddresses":
        from .shipping_addresses import ShippingAddresses

        query = gql("""
            query shippingAddresses {
              shippingAddresses {
                id
                company
                department
                firstname
                lastname
                street
                zip
                city
                country
                phone
                email
                status
                info
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="shippingAddresses",
            variables=variables,
            **options,
        )
        return self.get_model(response, ShippingAddresses)

    async def shipping_create(
        self,
        input: "ShippingAddressInput",
        check: Union[Optional[bool], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ShippingCreate":
        from .input_types import ShippingAddressInput
        from .shipping_create import ShippingCreate

        query = gql("""
            mutation shippingCreate($input: ShippingAddressInput!, $check: Boolean) {
              shippingCreate(input: $input, check: $check)
            }
            """)
        variables: dict[str, object] = {
            "input": self._input_argument("input", ShippingAddressInput, input),
            "check": check,
        }
        response = await self.execute(
            query=query, operation_name="shippingCreate", variables=variables, **options
        )
        return self.get_model(response, ShippingCreate)

    async def shipping_update(
        self,
        id: str,
        input: "ShippingAddressUpdateInput",
        **options: Unpack[CallOptions],
    ) -> "ShippingUpdate":
        from .input_types import ShippingAddressUpdateInput
        from .shipping_update import ShippingUpdate

        query = gql("""
            mutation shippingUpdate($id: String!, $input: ShippingAddressUpdateInput!) {
              shippingUpdate(id: $id, input: $input)
            }
            """)
        variables: dict[str, object] = {
            "id": id,
            "input": self._input_argument("input", ShippingAddressUpdateInput, input),
        }
        response = await self.execute(
            query=query, operation_name="shippingUpdate", variables=variables, **options
        )
        return self.get_model(response, ShippingUpdate)

    async def products(
        self,
        product_number: Union[Optional[str], "UnsetType"] = UNSET,
        oem: Union[Optional[str], "UnsetType"] = UNSET,
        ean: Union[Optional[str], "UnsetType"] = UNSET,
        brand: Union[Optional[str], "UnsetType"] = UNSET,
        category: Union[Optional[str], "UnsetType"] = UNSET,
        page: Union[Optional[int], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "Products":
        from .products import Products

        query = gql("""
            query products($productNumber: String, $oem: String, $ean: String, $brand: String, $category: String, $page: Int, $limit: Int) {
              products(
                product_number: $productNumber
                oem: $oem
                ean: $ean
                brand: $brand
                category: $category
                page: $page
                limit: $limit
              ) {
                totalPages
                products {
                  productNumber
                  ean
                  brand
                  oemNumber
                  stock
                  price {
                    fromQuantity
                    toQuantity
                    price
                  }
                  title {
                    enGb
                    deDe
                  }
                  category {
                    id
                    en
                    de
                  }
                  modifiedAt
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "productNumber": product_number,
            "oem": oem,
            "ean": ean,
            "brand": brand,
            "category": category,
            "page": page,
            "limit": limit,
        }
        response = await self.execute(
            query=query, operation_name="products", variables=variables, **options
        )
        return self.get_model(response, Products)

    async def categories(self, **options: Unpack[CallOptions]) -> "Categories":
        from .categories import Categories

        query = gql("""
            query categories {
              categories {
                id
                de
                en
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="categories", variables=variables, **options
        )
        return self.get_model(response, Categories)

    async def brands(self, **options: Unpack[CallOptions]) -> "Brands":
        from .brands import Brands

        query = gql("""
            query brands {
              brands {
                brands
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="brands", variables=variables, **options
        )
        return self.get_model(response, Brands)

    async def orders(
        self,
        page: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "Orders":
        from .orders import Orders

        query = gql("""
            query orders($page: Int) {
              orderList(page: $page) {
                totalPages
                error
                orders {
                  orderNumber
                  date
                  commission
                  currency
                  orderTotal
                  orderSource
                }
              }
            }
            """)
        variables: dict[str, object] = {"page": page}
        response = await self.execute(
            query=query, operation_name="orders", variables=variables, **options
        )
        return self.get_model(response, Orders)

    async def order_details(
        self, order_number: str, **options: Unpack[CallOptions]
    ) -> "OrderDetails":
        from .order_details import OrderDetails

        query = gql("""
            query orderDetails($orderNumber: String!) {
              orderDetails(orderNumber: $orderNumber) {
                orderNumber
                error
                order {
                  invoiceNumber
                  date
                  commission
                  currency
                  orderTotal
                  orderSource
                  carrier
                  shippingAddress {
                    company
                    street
                    zip
                    city
                  }
                  billingAddress {
                    company
                    street
                    zip
                    city
                  }
                  items {
                    productNumber
                    orderNumber
                    oemNumber
                    quantity
                    total
                  }
                }
              }
            }
            """)
        variables: dict[str, object] = {"orderNumber": order_number}
        response = await self.execute(
            query=query, operation_name="orderDetails", variables=variables, **options
        )
        return self.get_model(response, OrderDetails)

    async def order_create(
        self,
        order: "OrderInput",
        place: Union[Optional[bool], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "OrderCreate":
        from .input_types import OrderInput
        from .order_create import OrderCreate

        query = gql("""
            mutation orderCreate($order: OrderInput!, $place: Boolean) {
              orderCreate(order: $order, place: $place)
            }
            """)
        variables: dict[str, object] = {
            "order": self._input_argument("order", OrderInput, order),
            "place": place,
        }
        response = await self.execute(
            query=query, operation_name="orderCreate", variables=variables, **options
        )
        return self.get_model(response, OrderCreate)

    async def shipments(
        self,
        page: Union[Optional[int], "UnsetType"] = UNSET,
        order_number: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "Shipments":
        from .shipments import Shipments

        query = gql("""
            query shipments($page: Int, $orderNumber: String) {
              shipmentList(page: $page, orderNumber: $orderNumber) {
                totalPages
                error
                shipments {
                  shipmentNumber
                  company
                  commission
                  status
                  date
                  shippingDate
                  trackingUrl
                  trackingCode
                  carrier
                }
              }
            }
            """)
        variables: dict[str, object] = {"page": page, "orderNumber": order_number}
        response = await self.execute(
            query=query, operation_name="shipments", variables=variables, **options
        )
        return self.get_model(response, Shipments)

    async def shipment_details(
        self, shipment_number: str, **options: Unpack[CallOptions]
    ) -> "ShipmentDetails":
        from .shipment_details import ShipmentDetails

        query = gql("""
            query shipmentDetails($shipmentNumber: String!) {
              shipmentDetails(shipmentNumber: $shipmentNumber) {
                shipmentNumber
                error
                shipment {
                  orderNumbers
                  invoiceNumber
                  shipmentNumber
                  shippingDate
                  items {
                    productNumber
                    orderNumber
                    oemNumber
                    commission
                    quantity
                    total
                  }
                }
              }
            }
            """)
        variables: dict[str, object] = {"shipmentNumber": shipment_number}
        response = await self.execute(
            query=query,
            operation_name="shipmentDetails",
            variables=variables,
            **options,
        )
        return self.get_model(response, ShipmentDetails)

    async def tracking_history(
        self, shipment_number: str, **options: Unpack[CallOptions]
    ) -> "TrackingHistory":
        from .tracking_history import TrackingHistory

        query = gql("""
            query trackingHistory($shipmentNumber: String!) {
              trackingHistory(shipmentNumber: $shipmentNumber) {
                shipmentNumber
                history
                error
              }
            }
            """)
        variables: dict[str, object] = {"shipmentNumber": shipment_number}
        response = await self.execute(
            query=query,
            operation_name="trackingHistory",
            variables=variables,
            **options,
        )
        return self.get_model(response, TrackingHistory)
