from datetime import datetime
from typing import Optional

from .base_model import BaseModel


class RejectConnectRequest(BaseModel):
    reject_connect_request: Optional["RejectConnectRequestRejectConnectRequest"]


class RejectConnectRequestRejectConnectRequest(BaseModel):
    accepted_at: Optional[datetime]
    created_at: Optional[datetime]
    id: Optional[str]
    rejected_at: Optional[datetime]
    requester_user: Optional["RejectConnectRequestRejectConnectRequestRequesterUser"]
    source: Optional[str]
    target_user: Optional["RejectConnectRequestRejectConnectRequestTargetUser"]
    term: Optional[str]
    updated_at: Optional[datetime]


class RejectConnectRequestRejectConnectRequestRequesterUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class RejectConnectRequestRejectConnectRequestTargetUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
