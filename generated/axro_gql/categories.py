from typing import Optional

from .base_model import BaseModel


class Categories(BaseModel):
    categories: Optional[list[Optional["CategoriesCategories"]]]


class CategoriesCategories(BaseModel):
    id: Optional[int]
    de: Optional[str]
    en: Optional[str]
