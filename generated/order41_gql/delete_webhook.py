from typing import Annotated, Any, Optional

from pydantic import BeforeValidator

from b2b_graphql.order41.scalars import parse_json

from .base_model import BaseModel


class DeleteWebhook(BaseModel):
    delete_webhook: Optional["DeleteWebhookDeleteWebhook"]


class DeleteWebhookDeleteWebhook(BaseModel):
    headers: Optional[Annotated[Any, BeforeValidator(parse_json)]]
    id: Optional[str]
    owner: Optional["DeleteWebhookDeleteWebhookOwner"]
    owner_id: Optional[str]
    password: Optional[str]
    url: Optional[str]
    user_name: Optional[str]
    webhook_events: Optional[list[Optional["DeleteWebhookDeleteWebhookWebhookEvents"]]]


class DeleteWebhookDeleteWebhookOwner(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class DeleteWebhookDeleteWebhookWebhookEvents(BaseModel):
    event_type: Optional[str]
    id: Optional[str]
    object_type: Optional[str]
    webhook_id: Optional[str]
