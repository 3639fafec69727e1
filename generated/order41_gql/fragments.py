from datetime import date, datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class CartProductFields(BaseModel):
    cart_id: Optional[str]
    id: Optional[str]
    product_id: Optional[str]
    quantity: Optional[float]
    product: Optional["CartProductFieldsProduct"]
    variants: Optional[list[Optional["CartProductFieldsVariants"]]]


class CartProductFieldsProduct(BaseModel):
    id: Optional[str]
    name: Optional[str]
    sku: Optional[str]
    urlkey: Optional[str]


class CartProductFieldsVariants(BaseModel):
    cart_id: Optional[str]
    id: Optional[str]
    product_id: Optional[str]
    quantity: Optional[float]
    product: Optional["CartProductFieldsVariantsProduct"]


class CartProductFieldsVariantsProduct(BaseModel):
    id: Optional[str]
    name: Optional[str]
    sku: Optional[str]
    urlkey: Optional[str]


class CartFields(BaseModel):
    buyer_id: Optional[str]
    created_at: Optional[datetime]
    creator_type: Optional[str]
    drop_id: Optional[str]
    guest_id: Optional[str]
    id: Optional[str]
    is_private: Optional[bool]
    owner_id: Optional[str]
    rep_id: Optional[str]
    seller_id: Optional[str]
    updated_at: Optional[datetime]
    urlkey: Optional[str]
    parent_products_meta: Optional["CartFieldsParentProductsMeta"] = Field(
        alias="_parentProductsMeta"
    )
    parent_products: Optional[list[Optional["CartFieldsParentProducts"]]]
    drop: Optional["CartFieldsDrop"]
    buyer: Optional["CartFieldsBuyer"]
    seller: Optional["CartFieldsSeller"]


class CartFieldsParentProductsMeta(BaseModel):
    applied_discount: Optional[float]
    count: Optional[int]
    currency: Optional[str]
    discount_amount: Optional[float]
    margin: Optional[float]
    msrp_multiplier: Optional[float]
    parent_count: Optional[int]
    profit: Optional[float]
    quantity: Optional[float]
    summary: Optional[str]
    total: Optional[float]
    total_rrp: Optional[float]


class CartFieldsParentProducts(CartProductFields):
    pass


class CartFieldsDrop(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class CartFieldsBuyer(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class CartFieldsSeller(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class ContactFields(BaseModel):
    contact_user_id: Optional[str]
    currency: Optional[str]
    custom_id: Optional[str]
    default_supplier: Optional[int]
    discount: Optional[float]
    email: Optional[str]
    id: Optional[str]
    img: Optional[list[Optional[str]]]
    invite: Optional[bool]
    invoice_address: Optional[str]
    invoice_apartment: Optional[str]
    invoice_city: Optional[str]
    invoice_company: Optional[str]
    invoice_country: Optional[str]
    invoice_firstname: Optional[str]
    invoice_lastname: Optional[str]
    invoice_postalcode: Optional[str]
    invoice_region: Optional[str]
    is_superman: Optional[bool]
    is_superwoman: Optional[bool]
    last_invite: Optional[datetime]
    migrate_old_id: Optional[str]
    name: Optional[str]
    notes: Optional[str]
    owner_id: Optional[str]
    payment_bank_custom: Optional[str]
    payment_email: Optional[str]
    payment_iban_custom: Optional[str]
    payment_method: Optional[str]
    payment_tax_code: Optional[str]
    payment_vat_custom: Optional[str]
    phone: Optional[str]
    shipping_address: Optional[str]
    shipping_apartment: Optional[str]
    shipping_city: Optional[str]
    shipping_company: Optional[str]
    shipping_country: Optional[str]
    shipping_firstname: Optional[str]
    shipping_lastname: Optional[str]
    shipping_postalcode: Optional[str]
    shipping_region: Optional[str]
    show_connect_button: Optional[bool]
    show_payment_tax_code: Optional[bool]
    status: Optional[int]
    term_of_payment: Optional[str]
    type_: Optional[int] = Field(alias="type")
    urlkey: Optional[str]
    contact_user: Optional["ContactFieldsContactUser"]
    access_customers: Optional[list[Optional["ContactFieldsAccessCustomers"]]]
    access_suppliers: Optional[list[Optional["ContactFieldsAccessSuppliers"]]]


class ContactFieldsContactUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class ContactFieldsAccessCustomers(BaseModel):
    access_contact_id: Optional[str]
    access_type: Optional[int]
    access_user_id: Optional[str]
    contact_id: Optional[str]
    contact_user_id: Optional[str]
    owner_id: Optional[str]


class ContactFieldsAccessSuppliers(BaseModel):
    access_contact_id: Optional[str]
    access_type: Optional[int]
    access_user_id: Optional[str]
    contact_id: Optional[str]
    contact_user_id: Optional[str]
    owner_id: Optional[str]


class DiscountFields(BaseModel):
    active: Optional[bool]
    applications: Optional[int]
    fixed_amount_value: Optional[float]
    id: Optional[str]
    name: Optional[str]
    owner_id: Optional[str]
    percentage_value: Optional[float]
    quantity_or_amount: Optional[int]
    type_: Optional[int] = Field(alias="type")
    urlkey: Optional[str]
    xgety_items: Optional[str]
    xgety_minimum_amount: Optional[float]
    xgety_minimum_qty_items: Optional[float]
    xgety_percentage: Optional[float]


class DropFields(BaseModel):
    access: Optional[int]
    assets: Optional[list[Optional[str]]]
    assets_archive_generated_at: Optional[datetime]
    assets_archive_url: Optional[str]
    created_at: Optional[datetime]
    csv_source: Optional[str]
    currency_buy: Optional[str]
    currency_sell: Optional[str]
    deadline: Optional[datetime]
    deadline_stop: Optional[bool]
    delivery_end: Optional[date]
    delivery_start: Optional[date]
    delivery_window: Optional[str]
    discoverable: Optional[bool]
    filter_: Optional[int] = Field(alias="filter")
    filters: Optional[list[Optional[int]]]
    id: Optional[str]
    images: Optional[list[Optional[str]]]
    info: Optional[str]
    is_public: Optional[bool]
    last_promotion: Optional[datetime]
    name: Optional[str]
    note: Optional[str]
    order: Optional[int]
    order_items_qty: Optional[float]
    order_qty: Optional[int]
    order_total: Optional[float]
    owner_id: Optional[str]
    pdf_generated_at: Optional[datetime]
    pdf_url: Optional[str]
    range_drop_int: Optional[str]
    range_drop_text: Optional[str]
    season: Optional[str]
    status: Optional[int]
    updated_at: Optional[datetime]
    urlkey: Optional[str]
    order_total_array: Optional[list[Optional["DropFieldsOrderTotalArray"]]]
    drop_products_meta: Optional["DropFieldsDropProductsMeta"] = Field(
        alias="_dropProductsMeta"
    )


class DropFieldsOrderTotalArray(BaseModel):
    amount: Optional[str]
    currency: Optional[str]


class DropFieldsDropProductsMeta(BaseModel):
    count: Optional[int]


class DropWithLinkFields(BaseModel):
    access: Optional[int]
    assets: Optional[list[Optional[str]]]
    assets_archive_generated_at: Optional[datetime]
    assets_archive_url: Optional[str]
    created_at: Optional[datetime]
    csv_source: Optional[str]
    currency_buy: Optional[str]
    currency_sell: Optional[str]
    deadline: Optional[datetime]
    deadline_stop: Optional[bool]
    delivery_end: Optional[date]
    delivery_start: Optional[date]
    delivery_window: Optional[str]
    discoverable: Optional[bool]
    drop_link: Optional[str]
    filter_: Optional[int] = Field(alias="filter")
    filters: Optional[list[Optional[int]]]
    id: Optional[str]
    images: Optional[list[Optional[str]]]
    info: Optional[str]
    is_public: Optional[bool]
    last_promotion: Optional[datetime]
    name: Optional[str]
    note: Optional[str]
    order: Optional[int]
    order_items_qty: Optional[float]
    order_qty: Optional[int]
    order_total: Optional[float]
    owner_id: Optional[str]
    pdf_generated_at: Optional[datetime]
    pdf_url: Optional[str]
    range_drop_int: Optional[str]
    range_drop_text: Optional[str]
    season: Optional[str]
    status: Optional[int]
    updated_at: Optional[datetime]
    urlkey: Optional[str]
    order_total_array: Optional[list[Optional["DropWithLinkFieldsOrderTotalArray"]]]


class DropWithLinkFieldsOrderTotalArray(BaseModel):
    amount: Optional[str]
    currency: Optional[str]


class OrderProductFields(BaseModel):
    price: Optional[float]
    quantity: Optional[float]
    product: Optional["OrderProductFieldsProduct"]
    variants: Optional[list[Optional["OrderProductFieldsVariants"]]]


class OrderProductFieldsProduct(BaseModel):
    id: Optional[str]
    name: Optional[str]
    sku: Optional[str]
    urlkey: Optional[str]


class OrderProductFieldsVariants(BaseModel):
    price: Optional[float]
    quantity: Optional[float]
    product: Optional["OrderProductFieldsVariantsProduct"]


class OrderProductFieldsVariantsProduct(BaseModel):
    id: Optional[str]
    name: Optional[str]
    sku: Optional[str]
    urlkey: Optional[str]


class OrderFields(BaseModel):
    applied_discount_id: Optional[str]
    applied_pricelist_id: Optional[str]
    buyer_id: Optional[str]
    cancel: Optional[bool]
    comment: Optional[str]
    created_at: Optional[datetime]
    currency: Optional[str]
    custom_discount: Optional[str]
    custom_id: Optional[str]
    discount_amount: Optional[float]
    discount_type: Optional[str]
    drop_id: Optional[str]
    extra_costs: Optional[float]
    id: Optional[str]
    inform: Optional[bool]
    invoice_date: Optional[date]
    invoice_no: Optional[str]
    is_seller: Optional[bool]
    order_tag: Optional[str]
    owner_id: Optional[str]
    qty: Optional[float]
    range_order_int: Optional[str]
    range_order_text: Optional[str]
    rating: Optional[int]
    rep_id: Optional[str]
    seller_id: Optional[str]
    shipping_costs: Optional[float]
    status: Optional[bool]
    sum_of_products: Optional[float]
    total_amount: Optional[float]
    updated_at: Optional[datetime]
    urlkey: Optional[str]
    vat: Optional[float]
    order_meta: Optional["OrderFieldsOrderMeta"]
    order_extra_costs: Optional[list[Optional["OrderFieldsOrderExtraCosts"]]]
    parent_products: Optional[list[Optional["OrderFieldsParentProducts"]]]
    drop: Optional["OrderFieldsDrop"]
    buyer: Optional["OrderFieldsBuyer"]


class OrderFieldsOrderMeta(BaseModel):
    margin: Optional[float]
    msrp_multiplier: Optional[float]
    profit: Optional[float]
    total_rrp: Optional[float]


class OrderFieldsOrderExtraCosts(BaseModel):
    amount: Optional[float]
    id: Optional[str]
    name: Optional[str]
    tax_ratio: Optional[float]


class OrderFieldsParentProducts(OrderProductFields):
    pass


class OrderFieldsDrop(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class OrderFieldsBuyer(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class PricelistFields(BaseModel):
    currency: Optional[str]
    drop_id: Optional[str]
    drop_name: Optional[str]
    id: Optional[str]
    name: Optional[str]
    owner_id: Optional[str]
    status: Optional[bool]
    type_: Optional[int] = Field(alias="type")
    urlkey: Optional[str]
    values: Optional["PricelistFieldsValues"] = Field(alias="_values")
    access: Optional["PricelistFieldsAccess"] = Field(alias="_access")
    drop: Optional["PricelistFieldsDrop"]


class PricelistFieldsValues(BaseModel):
    count: Optional[int]


class PricelistFieldsAccess(BaseModel):
    count: Optional[int]


class PricelistFieldsDrop(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class PricelistValueFields(BaseModel):
    drop_id: Optional[str]
    id: Optional[str]
    owner_id: Optional[str]
    price: Optional[float]
    pricelist_id: Optional[str]
    product_id: Optional[str]
    rrp: Optional[str]
    product: Optional["PricelistValueFieldsProduct"]


class PricelistValueFieldsProduct(BaseModel):
    id: Optional[str]
    name: Optional[str]
    sku: Optional[str]
    urlkey: Optional[str]


class ProductVariantFields(BaseModel):
    color: Optional[str]
    cost: Optional[float]
    created_at: Optional[datetime]
    id: Optional[str]
    inventory_stock: Optional[str]
    option_value_1: Optional[str]
    option_value_2: Optional[str]
    option_value_3: Optional[str]
    option_value_4: Optional[str]
    option_value_5: Optional[str]
    parent_id: Optional[str]
    price: Optional[float]
    row_order: Optional[int]
    rrp: Optional[str]
    sku: Optional[str]
    updated_at: Optional[datetime]


class ProductFields(BaseModel):
    color: Optional[str]
    created_at: Optional[datetime]
    custom_field_1: Optional[str]
    custom_field_2: Optional[str]
    custom_field_3: Optional[str]
    custom_field_4: Optional[str]
    custom_field_5: Optional[str]
    custom_field_6: Optional[str]
    custom_field_7: Optional[str]
    custom_field_8: Optional[str]
    custom_id: Optional[str]
    id: Optional[str]
    images: Optional[list[Optional[str]]]
    info: Optional[str]
    inventory_stock_limit: Optional[str]
    material: Optional[str]
    name: Optional[str]
    origin: Optional[str]
    owner_id: Optional[str]
    parent_id: Optional[str]
    parent_or_child: Optional[str]
    sku: Optional[str]
    sold_out: Optional[bool]
    supplier_id: Optional[str]
    taric: Optional[str]
    type_: Optional[str] = Field(alias="type")
    updated_at: Optional[datetime]
    urlkey: Optional[str]
    option_groups: Optional[list[Optional["ProductFieldsOptionGroups"]]]
    variants: Optional[list[Optional["ProductFieldsVariants"]]]


class ProductFieldsOptionGroups(BaseModel):
    id: Optional[str]
    name: Optional[str]
    options: Optional[list[Optional["ProductFieldsOptionGroupsOptions"]]]


class ProductFieldsOptionGroupsOptions(BaseModel):
    id: Optional[str]
    name: Optional[str]
    order: Optional[int]


class ProductFieldsVariants(ProductVariantFields):
    pass


class UserFields(BaseModel):
    can_search: Optional[bool]
    discoverable: Optional[bool]
    display_name: Optional[str]
    email_profile: Optional[str]
    facebook: Optional[str]
    id: Optional[str]
    image: Optional[str]
    image_mood: Optional[str]
    info: Optional[str]
    instagram: Optional[str]
    name: Optional[str]
    phone: Optional[str]
    twitter: Optional[str]
    url: Optional[str]
    url_name: Optional[str]
    urlkey: Optional[str]
