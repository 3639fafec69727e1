from typing import Optional

from .base_model import BaseModel


class Brands(BaseModel):
    brands: Optional["BrandsBrands"]


class BrandsBrands(BaseModel):
    brands: Optional[list[Optional[str]]]
