from typing import Optional

from .base_model import BaseModel


class DeletePricelistAccess(BaseModel):
    delete_pricelist_access: Optional["DeletePricelistAccessDeletePricelistAccess"]


class DeletePricelistAccessDeletePricelistAccess(BaseModel):
    access_type: Optional[int]
    contact: Optional["DeletePricelistAccessDeletePricelistAccessContact"]
    contact_id: Optional[str]
    contact_user_id: Optional[str]
    drop: Optional["DeletePricelistAccessDeletePricelistAccessDrop"]
    drop_id: Optional[str]
    id: Optional[str]
    owner_id: Optional[str]
    pricelist_id: Optional[str]


class DeletePricelistAccessDeletePricelistAccessContact(BaseModel):
    id: Optional[str]
    name: Optional[str]
    email: Optional[str]
    urlkey: Optional[str]


class DeletePricelistAccessDeletePricelistAccessDrop(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
