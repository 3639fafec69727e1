from typing import Any, Optional

from .base_model import BaseModel


class TrackingHistory(BaseModel):
    tracking_history: Optional["TrackingHistoryTrackingHistory"]


class TrackingHistoryTrackingHistory(BaseModel):
    shipment_number: Optional[str]
    history: Optional[Any]
    error: Optional[str]
