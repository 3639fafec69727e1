from typing import Optional

from .base_model import BaseModel


class CreatePricelistAccess(BaseModel):
    create_pricelist_access: Optional["CreatePricelistAccessCreatePricelistAccess"]


class CreatePricelistAccessCreatePricelistAccess(BaseModel):
    access_type: Optional[int]
    contact: Optional["CreatePricelistAccessCreatePricelistAccessContact"]
    contact_id: Optional[str]
    contact_user_id: Optional[str]
    drop: Optional["CreatePricelistAccessCreatePricelistAccessDrop"]
    drop_id: Optional[str]
    id: Optional[str]
    owner_id: Optional[str]
    pricelist_id: Optional[str]


class CreatePricelistAccessCreatePricelistAccessContact(BaseModel):
    id: Optional[str]
    name: Optional[str]
    email: Optional[str]
    urlkey: Optional[str]


class CreatePricelistAccessCreatePricelistAccessDrop(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
