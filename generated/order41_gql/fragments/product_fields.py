from datetime import datetime
from typing import Optional

from pydantic import Field

from ..base_model import BaseModel
from .product_variant_fields import ProductVariantFields  # noqa: F401


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
