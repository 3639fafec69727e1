from datetime import datetime
from typing import Optional

from .base_model import BaseModel


class ListConnectRequests(BaseModel):
    list_connect_requests: Optional[
        list[Optional["ListConnectRequestsListConnectRequests"]]
    ]


class ListConnectRequestsListConnectRequests(BaseModel):
    accepted_at: Optional[datetime]
    created_at: Optional[datetime]
    id: Optional[str]
    rejected_at: Optional[datetime]
    requester_user: Optional["ListConnectRequestsListConnectRequestsRequesterUser"]
    source: Optional[str]
    target_user: Optional["ListConnectRequestsListConnectRequestsTargetUser"]
    term: Optional[str]
    updated_at: Optional[datetime]


class ListConnectRequestsListConnectRequestsRequesterUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class ListConnectRequestsListConnectRequestsTargetUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
