from typing import Optional

from .base_model import BaseModel


class UpdatePaymentSubscription(BaseModel):
    update_payment_subscription: Optional[
        "UpdatePaymentSubscriptionUpdatePaymentSubscription"
    ]


class UpdatePaymentSubscriptionUpdatePaymentSubscription(BaseModel):
    id: Optional[str]
    stripe_customer_id: Optional[str]
    stripe_product_id: Optional[str]
    stripe_subscription_id: Optional[str]
    stripe_subscription_status: Optional[str]
