from typing import Optional

from .base_model import BaseModel


class OrderStatistics(BaseModel):
    order_statistics: Optional["OrderStatisticsOrderStatistics"]


class OrderStatisticsOrderStatistics(BaseModel):
    amount_by_supplier: Optional[
        list[Optional["OrderStatisticsOrderStatisticsAmountBySupplier"]]
    ]
    total_amount: Optional[float]
    total_ordered_items: Optional[float]


class OrderStatisticsOrderStatisticsAmountBySupplier(BaseModel):
    id: Optional[str]
    name: Optional[str]
    total_amount: Optional[float]
    total_ordered_items: Optional[float]
