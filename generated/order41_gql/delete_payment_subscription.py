from typing import Optional

from .base_model import BaseModel


class DeletePaymentSubscription(BaseModel):
    delete_payment_subscription: Optional[
        "DeletePaymentSubscriptionDeletePaymentSubscription"
    ]


class DeletePaymentSubscriptionDeletePaymentSubscription(BaseModel):
    id: Optional[str]
    stripe_customer_id: Optional[str]
    stripe_product_id: Optional[str]
    stripe_subscription_id: Optional[str]
    stripe_subscription_status: Optional[str]
