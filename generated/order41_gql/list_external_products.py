from typing import Optional

from .base_model import BaseModel


class ListExternalProducts(BaseModel):
    list_external_products: Optional[
        list[Optional["ListExternalProductsListExternalProducts"]]
    ]


class ListExternalProductsListExternalProducts(BaseModel):
    external_system_id: Optional[str]
    external_system_name: Optional[str]
    extra: Optional[str]
    partner_integration_id: Optional[str]
    product_id: Optional[str]
