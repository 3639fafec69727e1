from typing import Optional

from .base_model import BaseModel


class AddWebhookEvents(BaseModel):
    add_webhook_events: Optional[int]
