from typing import Optional

from .base_model import BaseModel
from .fragments import OrderFields


class SendOrderConfirmation(BaseModel):
    send_order_confirmation: Optional["SendOrderConfirmationSendOrderConfirmation"]


SendOrderConfirmationSendOrderConfirmation = OrderFields
