from datetime import datetime
from typing import Annotated, Literal, Optional, Union

from pydantic import Field

from .base_model import BaseModel


class ListNotifications(BaseModel):
    list_notifications: Optional[list[Optional["ListNotificationsListNotifications"]]]


class ListNotificationsListNotifications(BaseModel):
    created_at: Optional[datetime]
    id: Optional[str]
    object_: Optional[
        Annotated[
            Union["ListNotificationsListNotificationsObjectConnectRequest",],
            Field(discriminator="typename__"),
        ]
    ] = Field(alias="object")
    payload: Optional[str]
    seen_at: Optional[datetime]
    type_: Optional[str] = Field(alias="type")
    updated_at: Optional[datetime]


class ListNotificationsListNotificationsObjectConnectRequest(BaseModel):
    typename__: Literal["ConnectRequest"] = Field(alias="__typename")
    accepted_at: Optional[datetime]
    created_at: Optional[datetime]
    id: Optional[str]
    rejected_at: Optional[datetime]
    source: Optional[str]
    term: Optional[str]
    updated_at: Optional[datetime]
