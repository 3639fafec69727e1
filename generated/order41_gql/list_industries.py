from typing import Optional

from .base_model import BaseModel


class ListIndustries(BaseModel):
    list_industries: Optional[list[Optional["ListIndustriesListIndustries"]]]


class ListIndustriesListIndustries(BaseModel):
    id: Optional[str]
    list_brands: Optional[list[Optional["ListIndustriesListIndustriesListBrands"]]]
    name: Optional[str]


class ListIndustriesListIndustriesListBrands(BaseModel):
    id: Optional[str]
    name: Optional[str]
