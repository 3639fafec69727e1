from typing import Optional

from ..base_model import BaseModel


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
