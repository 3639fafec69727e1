from datetime import date, datetime
from typing import Optional

from pydantic import Field

from ..base_model import BaseModel


class DropWithLinkFields(BaseModel):
    access: Optional[int]
    assets: Optional[list[Optional[str]]]
    assets_archive_generated_at: Optional[datetime]
    assets_archive_url: Optional[str]
    created_at: Optional[datetime]
    csv_source: Optional[str]
    currency_buy: Optional[str]
    currency_sell: Optional[str]
    deadline: Optional[datetime]
    deadline_stop: Optional[bool]
    delivery_end: Optional[date]
    delivery_start: Optional[date]
    delivery_window: Optional[str]
    discoverable: Optional[bool]
    drop_link: Optional[str]
    filter_: Optional[int] = Field(alias="filter")
    filters: Optional[list[Optional[int]]]
    id: Optional[str]
    images: Optional[list[Optional[str]]]
    info: Optional[str]
    is_public: Optional[bool]
    last_promotion: Optional[datetime]
    name: Optional[str]
    note: Optional[str]
    order: Optional[int]
    order_items_qty: Optional[float]
    order_qty: Optional[int]
    order_total: Optional[float]
    owner_id: Optional[str]
    pdf_generated_at: Optional[datetime]
    pdf_url: Optional[str]
    range_drop_int: Optional[str]
    range_drop_text: Optional[str]
    season: Optional[str]
    status: Optional[int]
    updated_at: Optional[datetime]
    urlkey: Optional[str]
    order_total_array: Optional[list[Optional["DropWithLinkFieldsOrderTotalArray"]]]


class DropWithLinkFieldsOrderTotalArray(BaseModel):
    amount: Optional[str]
    currency: Optional[str]
