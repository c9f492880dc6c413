//! What a shopper wants from one message. Self-contained: `core/build.rs` includes this
//! file to train the model over the same classes, in the same order.

/// A shopper's intent. The order is the model's class order; append, never reorder
/// (`core/data/intents/README.md` defines each one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Intent {
    OrderStatus,
    ShippingTime,
    CustomsDuties,
    ReturnRefund,
    CancelOrder,
    ChangeAddress,
    PaymentProblem,
    ProductQuestion,
    HumanAgent,
    DamagedItem,
    Greeting,
    Thanks,
    /// Anything a store's bot does not answer.
    None,
}

impl Intent {
    /// Every intent, in class order.
    pub const ALL: [Intent; 13] = [
        Intent::OrderStatus,
        Intent::ShippingTime,
        Intent::CustomsDuties,
        Intent::ReturnRefund,
        Intent::CancelOrder,
        Intent::ChangeAddress,
        Intent::PaymentProblem,
        Intent::ProductQuestion,
        Intent::HumanAgent,
        Intent::DamagedItem,
        Intent::Greeting,
        Intent::Thanks,
        Intent::None,
    ];

    /// The name in data files, the wire and the agent's summary.
    pub fn name(self) -> &'static str {
        match self {
            Intent::OrderStatus => "order_status",
            Intent::ShippingTime => "shipping_time",
            Intent::CustomsDuties => "customs_duties",
            Intent::ReturnRefund => "return_refund",
            Intent::CancelOrder => "cancel_order",
            Intent::ChangeAddress => "change_address",
            Intent::PaymentProblem => "payment_problem",
            Intent::ProductQuestion => "product_question",
            Intent::HumanAgent => "human_agent",
            Intent::DamagedItem => "damaged_item",
            Intent::Greeting => "greeting",
            Intent::Thanks => "thanks",
            Intent::None => "none",
        }
    }

    pub fn from_name(name: &str) -> Option<Intent> {
        Intent::ALL.into_iter().find(|i| i.name() == name)
    }

    /// The model's class index.
    pub fn index(self) -> usize {
        self as usize
    }
}
