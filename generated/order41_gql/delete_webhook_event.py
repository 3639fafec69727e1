from typing import Optional

from .base_model import BaseModel


class DeleteWebhookEvent(BaseModel):
    delete_webhook_event: Optional["DeleteWebhookEventDeleteWebhookEvent"]


class DeleteWebhookEventDeleteWebhookEvent(BaseModel):
    event_type: Optional[str]
    id: Optional[str]
    object_type: Optional[str]
    webhook_id: Optional[str]
