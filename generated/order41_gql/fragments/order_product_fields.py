from typing import Optional

from ..base_model import BaseModel


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
