from typing import Annotated, Any, Optional

from pydantic import BeforeValidator

from b2b_graphql.order41.scalars import parse_json

from .base_model import BaseModel


class ListWebhooks(BaseModel):
    list_webhooks: Optional[list[Optional["ListWebhooksListWebhooks"]]]


class ListWebhooksListWebhooks(BaseModel):
    headers: Optional[Annotated[Any, BeforeValidator(parse_json)]]
    id: Optional[str]
    owner: Optional["ListWebhooksListWebhooksOwner"]
    owner_id: Optional[str]
    password: Optional[str]
    url: Optional[str]
    user_name: Optional[str]
    webhook_events: Optional[list[Optional["ListWebhooksListWebhooksWebhookEvents"]]]


class ListWebhooksListWebhooksOwner(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class ListWebhooksListWebhooksWebhookEvents(BaseModel):
    event_type: Optional[str]
    id: Optional[str]
    object_type: Optional[str]
    webhook_id: Optional[str]
