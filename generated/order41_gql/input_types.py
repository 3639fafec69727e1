from datetime import date, datetime
from typing import Annotated, Any, Optional

from pydantic import ConfigDict, Field, PlainSerializer

from b2b_graphql.order41.scalars import serialize_json

from .base_model import BaseModel
from .enums import (
    AccountType,
    DropStatus,
    OrderExtraCostType,
    OrderStatusOption,
    OrderTagOption,
    PartnerIntegrationType,
)


class AddToCartInput(BaseModel):
    """Type for accepting add to cart attributes"""

    model_config = ConfigDict(extra="forbid")
    buyer_id: Optional[str] = None
    cart_id: Optional[str] = None
    cart_urlkey: Optional[str] = None
    drop_id: Optional[str] = None
    items: Optional[list[Optional["CartProductInput"]]] = None
    product_id: Optional[str] = None
    quantity: Optional[float] = None


class CartFilter(BaseModel):
    """Type for accepting cart filter values"""

    model_config = ConfigDict(extra="forbid")
    buyer_id: Optional["IdFilter"] = None
    drop_id: Optional["IdFilter"] = None


class CartInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    buyer_id: Optional[str] = None
    cart_products: Optional[list[Optional["CartProductInput"]]] = None
    drop_id: Optional[str] = None
    guest_id: Optional[str] = None
    is_private: Optional[bool] = None
    rep_id: Optional[str] = None


class CartProductInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    product_id: str
    quantity: Optional[float] = None


class ConnectRequestModelFilter(BaseModel):
    """Type for accepting connect request filter values"""

    model_config = ConfigDict(extra="forbid")
    accepted_at: Optional["DatetimeFilter"] = None
    rejected_at: Optional["DatetimeFilter"] = None
    requester_user_id: Optional["IdFilter"] = None
    requester_user_urlkey: Optional["UrlkeyFilter"] = None
    target_user_id: Optional["IdFilter"] = None
    target_user_urlkey: Optional["UrlkeyFilter"] = None


class ContactFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    contact_user_id: Optional["IdFilter"] = None
    name: Optional["StringFilter"] = None
    owner_id: Optional["IdFilter"] = None
    query: Optional[str] = None
    "Full text search on contact entries"
    type_: Optional["IntegerFilter"] = Field(alias="type", default=None)
    "0 = Customer, 1 = Supplier, 2 = Sales Rep, 3 = Team Member"


class ContactInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    contact_user_id: Optional[str] = None
    currency: Optional[str] = None
    custom_id: Optional[str] = None
    default_supplier: Optional[int] = None
    discount: Optional[float] = None
    email: Optional[str] = None
    invite: Optional[bool] = None
    "Can the contact be invited or not"
    invoice_address: Optional[str] = None
    invoice_apartment: Optional[str] = None
    invoice_city: Optional[str] = None
    invoice_company: Optional[str] = None
    invoice_country: Optional[str] = None
    invoice_firstname: Optional[str] = None
    invoice_lastname: Optional[str] = None
    invoice_postalcode: Optional[str] = None
    invoice_region: Optional[str] = None
    is_superman: Optional[bool] = None
    is_superwoman: Optional[bool] = None
    last_invite: Optional[datetime] = None
    "Last platform invite send date"
    migrate_old_id: Optional[str] = None
    name: Optional[str] = None
    notes: Optional[str] = None
    payment_bank_custom: Optional[str] = None
    payment_email: Optional[str] = None
    payment_iban_custom: Optional[str] = None
    payment_method: Optional[str] = None
    payment_tax_code: Optional[str] = None
    payment_vat_custom: Optional[str] = None
    phone: Optional[str] = None
    shipping_address: Optional[str] = None
    shipping_apartment: Optional[str] = None
    shipping_city: Optional[str] = None
    shipping_company: Optional[str] = None
    shipping_country: Optional[str] = None
    shipping_firstname: Optional[str] = None
    shipping_lastname: Optional[str] = None
    shipping_postalcode: Optional[str] = None
    shipping_region: Optional[str] = None
    show_connect_button: Optional[bool] = None
    "Show connect button"
    show_payment_tax_code: Optional[bool] = None
    status: Optional[int] = None
    term_of_payment: Optional[str] = None
    type_: Optional[int] = Field(alias="type", default=None)
    "0 = Customer, 1 = Supplier, 2 = Sales Rep, 3 = Team Member"
    urlkey: Optional[str] = None


class CountryInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: Optional[str] = None
    "a two-character country code following ISO 3166 https://www.iso.org/iso-3166-country-codes.html"


class CreateDiscountInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    active: Optional[bool] = None
    "Indicates whether discount can be used or not"
    applications: Optional[int] = None
    "Number of times discount is currently in use"
    fixed_amount_value: Optional[float] = None
    name: Optional[str] = None
    "Descriptive name of the discount"
    owner_id: Optional[str] = None
    percentage_value: Optional[float] = None
    "Discount value in % from the order amount"
    quantity_or_amount: Optional[int] = None
    status: Optional[bool] = None
    "Indicates whether discount is activated or not"
    type_: Optional[int] = Field(alias="type", default=None)
    xgety_items: Optional[str] = None
    xgety_minimum_amount: Optional[float] = None
    xgety_minimum_qty_items: Optional[float] = None
    xgety_percentage: Optional[float] = None


class CreatePricelistAccessInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    access_type: Optional[int] = None
    contact_id: str
    pricelist_id: str


class CreatePricelistInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    access: Optional[list[Optional["PricelistAccessInput"]]] = None
    currency: Optional[str] = None
    "3 character currency code. eg. USD, EUR, NOK ..."
    drop_id: Optional[str] = None
    name: Optional[str] = None
    owner_id: Optional[str] = None
    status: Optional[bool] = None
    "Indicates whether pricelist is enabled or disabled 0 enabled, 1 disabled"
    type_: Optional[int] = Field(alias="type", default=None)
    "Indicates whether pricelist applies to customer currency (0) selected customers (1)"
    values: Optional[list[Optional["UpdatePricelistValueInput"]]] = None


class CreatePricelistValueInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    price: float
    pricelist_id: str
    product_id: str
    rrp: Optional[str] = None


class DatetimeFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    eq: Optional[datetime] = None
    exists: Optional[bool] = None
    gt: Optional[datetime] = None
    lt: Optional[datetime] = None


class DiscountFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Optional["IdFilter"] = None
    query: Optional[str] = None
    "Filter discounts by name"


class DiscountInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    active: Optional[bool] = None
    "Indicates whether discount can be used or not"
    applications: Optional[int] = None
    "Number of times discount is currently in use"
    fixed_amount_value: Optional[float] = None
    name: Optional[str] = None
    "Descriptive name of the discount"
    owner_id: Optional[str] = None
    percentage_value: Optional[float] = None
    "Discount value in % from the order amount"
    quantity_or_amount: Optional[int] = None
    status: Optional[bool] = None
    "Indicates whether discount is activated or not"
    type_: Optional[int] = Field(alias="type", default=None)
    urlkey: Optional[str] = None
    "Uniq non integer identifier of the discount"
    xgety_items: Optional[str] = None
    xgety_minimum_amount: Optional[float] = None
    xgety_minimum_qty_items: Optional[float] = None
    xgety_percentage: Optional[float] = None


class DropFilter(BaseModel):
    """Type for accepting drop filter values"""

    model_config = ConfigDict(extra="forbid")
    owner_id: Optional["IdFilter"] = None
    owner_urlkey: Optional["UrlkeyFilter"] = None
    query: Optional[str] = None
    "Full text search in name field of the drops"
    status: Optional["DropStatusFilter"] = None


class DropInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    access: Optional[int] = None
    archive: Optional[bool] = None
    assets: Optional[list[Optional[str]]] = None
    csv_source: Optional[str] = None
    currency_buy: Optional[str] = None
    currency_sell: Optional[str] = None
    deadline: Optional[datetime] = None
    "Drop order collection deadline"
    deadline_stop: Optional[bool] = None
    delivery_end: Optional[date] = None
    "Expected product delivery end date. Only visible in exports."
    delivery_start: Optional[date] = None
    "Expected product delivery start date. Only visible in exports."
    delivery_window: Optional[str] = None
    "Informative text about the delivery window to displayed on the drop"
    discoverable: Optional[bool] = None
    "Indicates if a public drop is indexable and searchable for other users or not."
    filter_: Optional[int] = Field(alias="filter", default=None)
    "0 - No filter ser, (1-8) custom_field_(1-8), 9 - supplier_name"
    filters: Optional[list[Optional[int]]] = None
    "List of field identifiers where (1-8) custom_field_(1-8), 9 - supplier_name"
    images: Optional[list[Optional[str]]] = None
    info: Optional[str] = None
    "General description of the drop"
    is_public: Optional[bool] = None
    "Is publicly accesible - without login and access grants"
    name: Optional[str] = None
    "Name of the drop"
    note: Optional[str] = None
    openrate: Optional[int] = None
    "Statistical data for drop views"
    order: Optional[int] = None
    "Custom order of the drop in a list view"
    order_items_qty: Optional[float] = None
    order_qty: Optional[int] = None
    order_total: Optional[float] = None
    public_visitor_count: Optional[int] = None
    "Statistical data for drop views"
    range_drop_int: Optional[str] = None
    "Dynamic part of a custom identifier for the drop taken from owner settings."
    range_drop_text: Optional[str] = None
    "Static part of a custom identifier for the drop taken from owner settings."
    season: Optional[str] = None
    status: Optional[int] = None
    "0: Not active, 1: Active, 2: Archived"
    supplier_id: Optional[str] = None
    supplier_name: Optional[str] = None


class DropStatusFilter(BaseModel):
    """Object for collecting filter arguments for field drop status"""

    model_config = ConfigDict(extra="forbid")
    eq: Optional[DropStatus] = None
    neq: Optional[DropStatus] = None


class EventFilter(BaseModel):
    """Type for accepting event filter values"""

    model_config = ConfigDict(extra="forbid")
    id: Optional["IdFilter"] = None
    type_: Optional[str] = Field(alias="type", default=None)


class EventInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    payload: Optional[Annotated[Any, PlainSerializer(serialize_json)]] = None
    "Payload of the event"
    type_: Optional[str] = Field(alias="type", default=None)
    "Type of event"


class ExternalContactFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    contact_id: Optional["IdFilter"] = None
    external_system_id: Optional["IdFilter"] = None
    external_system_name: Optional["StringFilter"] = None
    partner_integration_id: Optional["IdFilter"] = None


class ExternalContactInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    contact_id: Optional[str] = None
    external_system_id: Optional[str] = None
    external_system_name: Optional[str] = None
    extra: Optional[str] = None
    partner_integration_id: Optional[str] = None


class ExternalOrderFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    external_system_id: Optional["IdFilter"] = None
    external_system_name: Optional["StringFilter"] = None
    order_id: Optional["IdFilter"] = None
    partner_integration_id: Optional["IdFilter"] = None


class ExternalOrderInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    external_system_id: Optional[str] = None
    external_system_name: Optional[str] = None
    extra: Optional[str] = None
    order_id: Optional[str] = None
    partner_integration_id: Optional[str] = None


class ExternalProductFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    external_system_id: Optional["IdFilter"] = None
    external_system_name: Optional["StringFilter"] = None
    partner_integration_id: Optional["IdFilter"] = None
    product_id: Optional["IdFilter"] = None


class ExternalProductInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    external_system_id: Optional[str] = None
    external_system_name: str
    extra: Optional[str] = None
    partner_integration_id: str
    product_id: str


class IdFilter(BaseModel):
    """Object for collecting filter arguments for field of type ID"""

    model_config = ConfigDict(extra="forbid")
    eq: Optional[str] = None
    in_: Optional[list[Optional[str]]] = Field(alias="in", default=None)
    neq: Optional[str] = None


class IndustryBrandFilter(BaseModel):
    """Type for accepting brand filter values"""

    model_config = ConfigDict(extra="forbid")
    brand_id: Optional["IdFilter"] = None
    industry_id: Optional["IdFilter"] = None


class IndustryFilter(BaseModel):
    """Type for accepting industry filter values"""

    model_config = ConfigDict(extra="forbid")
    id: Optional["IdFilter"] = None
    query: Optional[str] = None
    "Full text search in name field of the industries"


class IntegerFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    eq: Optional[int] = None
    neq: Optional[int] = None


class IntegrationConfigurationFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: Optional[list[Optional[str]]] = None
    "Filtering options for integration_configuration"
    partner_integration_id: Optional[str] = None
    "partner integration id"
    partner_integration_ids: Optional["IdFilter"] = None
    "partner integration ids"


class IntegrationConfigurationInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: Optional[str] = None
    "key of the partner_integration eg. admin_api_access_token"
    partner_integration_id: Optional[str] = None
    "partner_integration_id"
    value: Optional[str] = None
    "value for the key"


class IntegrationDataInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    field_name: Optional[str] = None
    value: Optional[str] = None


class IntegrationInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    shopify_admin_api_access_token: Optional[str] = None
    shopify_api_secret_key: Optional[str] = None
    shopify_url: Optional[str] = None


class KeyValueInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: Optional[str] = None
    "key"
    value: Optional[str] = None
    "value"


class LoginOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    country_code: Optional[str] = None


class NotificationFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    seen_at: Optional["DatetimeFilter"] = None


class Option(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Optional[str] = None
    value: Optional[str] = None


class OrderExtraCostInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    amount: Optional[float] = None
    name: Optional[OrderExtraCostType] = None
    tax_ratio: Optional[float] = None


class OrderFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    buyer_id: Optional["IdFilter"] = None
    "User id of the buyer"
    drop_id: Optional["IdFilter"] = None
    from_date: Optional[datetime] = None
    "Orders whose created at field is greater than or equal to this date."
    id: Optional["IdFilter"] = None
    order_tag: Optional[OrderTagOption] = None
    query: Optional[str] = None
    status: Optional[OrderStatusOption] = None
    to_date: Optional[datetime] = None
    "Orders whose created at field is less than or equal to this date."


class OrderInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    applied_discount_id: Optional[str] = None
    applied_pricelist_id: Optional[str] = None
    buyer_email: Optional[str] = None
    buyer_id: Optional[str] = None
    buyer_name: Optional[str] = None
    cancel: Optional[bool] = None
    comment: Optional[str] = None
    currency: Optional[str] = None
    custom_discount: Optional[str] = None
    drop_id: Optional[str] = None
    drop_name: Optional[str] = None
    drop_season: Optional[str] = None
    extra_costs: Optional[float] = None
    inform: Optional[bool] = None
    inform_admin: Optional[bool] = None
    invoice_date: Optional[date] = None
    invoice_no: Optional[str] = None
    is_private: Optional[bool] = None
    is_seller: Optional[bool] = None
    order_tag: Optional[int] = None
    qty: Optional[float] = None
    range_order_int: Optional[str] = None
    range_order_text: Optional[str] = None
    rep_id: Optional[str] = None
    seller_id: Optional[str] = None
    shipping_costs: Optional[float] = None
    status: Optional[bool] = None
    supplier_name: Optional[str] = None
    total_amount: Optional[float] = None
    vat: Optional[str] = None


class PartnerIntegrationFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type_: Optional["PartnerIntegrationTypeFilter"] = Field(alias="type", default=None)
    "Filtering options for partner_integration"


class PartnerIntegrationInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Optional[str] = None
    "name of partner integration"
    type_: Optional[PartnerIntegrationType] = Field(alias="type", default=None)
    "type of the partner integration eg. shopify or quickbooks"


class PartnerIntegrationTypeFilter(BaseModel):
    """partner_integration_type filter"""

    model_config = ConfigDict(extra="forbid")
    eq: Optional[PartnerIntegrationType] = None
    in_: Optional[list[Optional[PartnerIntegrationType]]] = Field(
        alias="in", default=None
    )
    neq: Optional[PartnerIntegrationType] = None


class PaymentSubscriptionFilter(BaseModel):
    """Type for accepting drop filter values"""

    model_config = ConfigDict(extra="forbid")
    id: Optional["IdFilter"] = None
    stripe_customer_id: Optional["StringFilter"] = None
    stripe_product_id: Optional["StringFilter"] = None
    stripe_subscription_id: Optional["StringFilter"] = None
    stripe_subscription_status: Optional["StringFilter"] = None


class PaymentSubscriptionInput(BaseModel):
    """payment_subscription_input"""

    model_config = ConfigDict(extra="forbid")
    stripe_customer_id: Optional[str] = None
    stripe_product_id: Optional[str] = None
    stripe_subscription_id: Optional[str] = None
    stripe_subscription_status: Optional[str] = None


class PlanChangeRequestFilter(BaseModel):
    """Available filter options for reducing bulk plan_change_request query results"""

    model_config = ConfigDict(extra="forbid")
    accepted_at: Optional["DatetimeFilter"] = None
    id: Optional["IdFilter"] = None
    plan_id: Optional["IdFilter"] = None


class PlanFilter(BaseModel):
    """Available filter options for reducing bulk plan query results"""

    model_config = ConfigDict(extra="forbid")
    active: Optional[bool] = None
    id: Optional["IdFilter"] = None
    name: Optional["StringFilter"] = None


class PricelistAccessInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    access_type: Optional[int] = None
    contact_id: Optional[str] = None


class PricelistFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    drop_id: Optional["IdFilter"] = None
    query: Optional[str] = None


class ProductFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    drop_id: Optional["IdFilter"] = None
    id: Optional["IdFilter"] = None
    "Filter products by product id"
    parent_id: Optional["IdFilter"] = None
    query: Optional[str] = None
    supplier_id: Optional["IdFilter"] = None
    supplier_name: Optional["StringFilter"] = None


class ProductInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    color: Optional[str] = None
    "Color of the product."
    cost: Optional[float] = None
    created_at: Optional[datetime] = None
    custom_field_1: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_2: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_3: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_4: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_5: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_6: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_7: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_8: Optional[str] = None
    "Custom field configured in user settings"
    custom_id: Optional[str] = None
    "User defined custom id of the product"
    ean: Optional[str] = None
    "International (European) Article Number of the product"
    images: Optional[list[Optional[str]]] = None
    img_urls: Optional[list[Optional[str]]] = None
    "Integration purposes only - accepts any public image URL and will reupload that to our CDN"
    info: Optional[str] = None
    "Generic product description"
    inventory_stock: Optional[str] = None
    material: Optional[str] = None
    name: Optional[str] = None
    "Name of product"
    option_value_1: Optional[str] = None
    "Custom variant value for the first configured field"
    option_value_2: Optional[str] = None
    "Custom variant value for the second configured field"
    option_value_3: Optional[str] = None
    "Custom variant value for the third configured field"
    option_value_4: Optional[str] = None
    "Custom variant value for the forth configured field"
    option_value_5: Optional[str] = None
    "Custom variant value for the fifth configured field"
    options: Optional[list[Optional["Option"]]] = None
    origin: Optional[str] = None
    owner_id: Optional[str] = None
    "User ID of the product owner"
    parent_id: Optional[str] = None
    parent_or_child: Optional[str] = None
    price: Optional[float] = None
    range_product_int: Optional[str] = None
    range_product_text: Optional[str] = None
    rrp: Optional[str] = None
    "Business. Recommended retail price"
    sku: Optional[str] = None
    "Stock-keeping unit (SKU) is a scannable bar code"
    supplier_id: Optional[str] = None
    supplier_name: Optional[str] = None
    taric: Optional[str] = None
    "Code designed to show the various rules applying to specific products when imported into the EU"
    type_: Optional[str] = Field(alias="type", default=None)


class ProductVariantInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    cost: Optional[float] = None
    inventory_stock: Optional[str] = None
    option_value_1: Optional[str] = None
    "Custom variant value for the first configured field"
    option_value_2: Optional[str] = None
    "Custom variant value for the second configured field"
    option_value_3: Optional[str] = None
    "Custom variant value for the third configured field"
    option_value_4: Optional[str] = None
    "Custom variant value for the forth configured field"
    option_value_5: Optional[str] = None
    "Custom variant value for the fifth configured field"
    parent_id: Optional[str] = None
    price: Optional[float] = None
    row_order: Optional[int] = None
    rrp: Optional[str] = None
    "Business. Recommended retail price"
    sku: Optional[str] = None
    "Stock-keeping unit (SKU) is a scannable bar code"


class ProductVariantUpdateInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    cost: Optional[float] = None
    id: Optional[str] = None
    inventory_stock: Optional[str] = None
    option_value_1: Optional[str] = None
    "Custom variant value for the first configured field"
    option_value_2: Optional[str] = None
    "Custom variant value for the second configured field"
    option_value_3: Optional[str] = None
    "Custom variant value for the third configured field"
    option_value_4: Optional[str] = None
    "Custom variant value for the forth configured field"
    option_value_5: Optional[str] = None
    "Custom variant value for the fifth configured field"
    parent_id: Optional[str] = None
    price: Optional[float] = None
    row_order: Optional[int] = None
    rrp: Optional[str] = None
    "Business. Recommended retail price"
    sku: Optional[str] = None
    "Stock-keeping unit (SKU) is a scannable bar code"


class SettingInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    address_address: Optional[str] = None
    address_apartment: Optional[str] = None
    address_city: Optional[str] = None
    address_company: Optional[str] = None
    address_country: Optional[str] = None
    address_firstname: Optional[str] = None
    address_lastname: Optional[str] = None
    address_postalcode: Optional[str] = None
    country: Optional["CountryInput"] = None
    custom_attach: Optional[int] = None
    custom_field_1_name: Optional[str] = None
    custom_field_1_status: Optional[int] = None
    custom_field_2_name: Optional[str] = None
    custom_field_2_status: Optional[int] = None
    custom_field_3_name: Optional[str] = None
    custom_field_3_status: Optional[int] = None
    custom_field_4_name: Optional[str] = None
    custom_field_4_status: Optional[int] = None
    custom_field_5_name: Optional[str] = None
    custom_field_5_status: Optional[int] = None
    custom_field_6_name: Optional[str] = None
    custom_field_6_status: Optional[int] = None
    custom_field_7_name: Optional[str] = None
    custom_field_7_status: Optional[int] = None
    custom_field_8_name: Optional[str] = None
    custom_field_8_status: Optional[int] = None
    custom_height: Optional[str] = None
    custom_inventory: Optional[int] = None
    custom_invite: Optional[str] = None
    custom_invite_subject: Optional[str] = None
    custom_option_1_name: Optional[str] = None
    custom_option_1_status: Optional[int] = None
    custom_option_2_name: Optional[str] = None
    custom_option_2_status: Optional[int] = None
    custom_option_3_name: Optional[str] = None
    custom_option_3_status: Optional[int] = None
    custom_option_4_name: Optional[str] = None
    custom_option_4_status: Optional[int] = None
    custom_option_5_name: Optional[str] = None
    custom_option_5_status: Optional[int] = None
    custom_preorder: Optional[int] = None
    custom_seperator: Optional[int] = None
    custom_update: Optional[str] = None
    custom_width: Optional[str] = None
    from_csv: Optional[bool] = None
    from_email: Optional[str] = None
    from_message: Optional[str] = None
    from_pdf: Optional[bool] = None
    from_subject: Optional[str] = None
    industries: Optional[list[Optional[str]]] = None
    integration_token_id: Optional[str] = None
    "integration token id"
    invoice_text: Optional[str] = None
    owner_id: Optional[str] = None
    payment_bank: Optional[str] = None
    payment_iban: Optional[str] = None
    payment_vat: Optional[str] = None
    range_drop_int: Optional[str] = None
    range_drop_text: Optional[str] = None
    range_order_int: Optional[str] = None
    range_order_text: Optional[str] = None
    range_product_int: Optional[str] = None
    range_product_text: Optional[str] = None
    range_supplier_int: Optional[str] = None
    range_supplier_text: Optional[str] = None
    show_in_dashboard: Optional[bool] = None


class ShareDropInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    all_contacts: Optional[bool] = None
    "share the drop with all contacts"
    all_supplier_access: Optional[bool] = None
    "share the drop with all contacts who are allowed to see the products of the supplier of the drop"
    individuals: Optional[list[Optional[str]]] = None
    "list of contact ids for sharing the drop"
    message: str
    "Message to be shared with the drop"
    send_me_a_copy: Optional[bool] = None
    "Should the sender receive a copy of the email."


class SignupConfirmInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    confirm_code: str
    "Secret code delivered through email."
    urlkey: str
    "Unique non numeric identifier of the signup."


class SignupInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    accept_newsletter: Optional[bool] = None
    "Optionally subscribe to the Order41 Newsletter to be informed about all the new and great things in the B2B sales space."
    accept_terms: bool
    "For using Order41 you have to accept the terms of service https://order41.com/terms-of-service"
    account_type: Optional[AccountType] = None
    email: str
    "Email associated with the new account"
    inviter: Optional[str] = None
    "Inviter user urlkey - if there is any"
    name: Optional[str] = None
    "Name associated with the new account"
    password: str
    "Password to be used for login"


class StringFilter(BaseModel):
    """Object for collecting filter arguments for field of type String"""

    model_config = ConfigDict(extra="forbid")
    eq: Optional[str] = None
    in_: Optional[list[Optional[str]]] = Field(alias="in", default=None)
    neq: Optional[str] = None


class UpdatePricelistValueInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    price: Optional[float] = None
    product_id: str
    rrp: Optional[str] = None


class UpdateProductInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    cost: Optional[float] = None
    custom_field_1: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_2: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_3: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_4: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_5: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_6: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_7: Optional[str] = None
    "Custom field configured in user settings"
    custom_field_8: Optional[str] = None
    "Custom field configured in user settings"
    ean: Optional[str] = None
    "International (European) Article Number of the product"
    images: Optional[list[Optional[str]]] = None
    img_urls: Optional[list[Optional[str]]] = None
    "Integration purposes only - accepts any public image URL and will reupload that to our CDN"
    info: Optional[str] = None
    "Generic product description"
    inventory_stock: Optional[str] = None
    material: Optional[str] = None
    name: Optional[str] = None
    "Name of product"
    option_value_1: Optional[str] = None
    "Custom variant value for the first configured field"
    option_value_2: Optional[str] = None
    "Custom variant value for the second configured field"
    option_value_3: Optional[str] = None
    "Custom variant value for the third configured field"
    option_value_4: Optional[str] = None
    "Custom variant value for the forth configured field"
    option_value_5: Optional[str] = None
    "Custom variant value for the fifth configured field"
    origin: Optional[str] = None
    parent_id: Optional[str] = None
    parent_or_child: Optional[str] = None
    price: Optional[float] = None
    rrp: Optional[str] = None
    "Business. Recommended retail price"
    sku: Optional[str] = None
    "Stock-keeping unit (SKU) is a scannable bar code"
    supplier_id: Optional[str] = None
    taric: Optional[str] = None
    "Code designed to show the various rules applying to specific products when imported into the EU"
    type_: Optional[str] = Field(alias="type", default=None)


class UrlkeyFilter(BaseModel):
    """Object for collecting filter arguments for field of type urlkey"""

    model_config = ConfigDict(extra="forbid")
    eq: Optional[str] = None
    neq: Optional[str] = None


class UserInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    can_search: Optional[bool] = None
    discoverable: Optional[bool] = None
    "Indicates if a user is searchable for other users or not."
    display_name: Optional[str] = None
    "User or contact name based according to current user"
    email_profile: Optional[str] = None
    facebook: Optional[str] = None
    image: Optional[str] = None
    image_mood: Optional[str] = None
    images: Optional[list[Optional[str]]] = None
    img: Optional[list[Optional[str]]] = None
    img_mood: Optional[list[Optional[str]]] = None
    info: Optional[str] = None
    instagram: Optional[str] = None
    name: Optional[str] = None
    phone: Optional[str] = None
    twitter: Optional[str] = None
    url: Optional[str] = None
    url_name: Optional[str] = None
    urlkey: Optional[str] = None


class WebhookEventInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event_type: Optional[str] = None
    id: Optional[str] = None
    object_type: Optional[str] = None


class WebhookInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    headers: Optional[Annotated[Any, PlainSerializer(serialize_json)]] = None
    password: Optional[str] = None
    url: Optional[str] = None
    user_name: Optional[str] = None
    webhook_events: Optional[list[Optional["WebhookEventInput"]]] = None
