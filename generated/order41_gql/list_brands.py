from typing import Optional

from .base_model import BaseModel


class ListBrands(BaseModel):
    list_brands: Optional[list[Optional["ListBrandsListBrands"]]]


class ListBrandsListBrands(BaseModel):
    id: Optional[str]
    name: Optional[str]
