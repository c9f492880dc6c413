# Bot and template replies, English. Register: friendly and polite. Seasonal greetings
# are put before the greeting on the dates in locales/seasons.tsv. Template replies seed
# the translation memory, so an agent who sends one gets these human translations.
bot-greeting = Hello, and thank you for your message! A member of our team will reply here shortly.
season-christmas = Merry Christmas!
season-lunar-new-year = Happy Lunar New Year!
season-seollal = Happy Seollal!
season-tet = Happy Tết!
season-songkran = Happy Songkran!
season-ramadan = Ramadan Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Eid al-Adha Mubarak!
season-diwali = Happy Diwali!
template-order-shipped = Your order has been shipped. You will receive the tracking number by email.
template-thanks-waiting = Thank you for waiting. We are checking this for you now.
template-anything-else = Is there anything else we can help you with?
# The bot's own turns (core/src/bot/dialogue.rs). Keep them short: shoppers read them on phones.
bot-hello = Hello! I'm the store's assistant. I can help with your order, shipping, duties, returns and payments, or connect you with a person. How can I help?
bot-welcome = You're welcome! Is there anything else I can help with?
bot-glad = Glad I could help! Anything else?
bot-ask-choice = I want to be sure I understand. Is your question about one of these?
bot-cannot-answer = I'm sorry, I don't have an answer to that. Would you like to talk to a person?
bot-ask-order-number = I can check that for you. What is your order number? You'll find it in your order confirmation e-mail (for example #1001).
bot-ask-contact = Thank you. To keep your order private, what e-mail address or phone number did you use at checkout?
bot-order-no-match = I couldn't find an order with that number and contact. Please check both and try again, or talk to a person.
bot-orders-unavailable = I can't reach the store's order system right now. Please try again in a few minutes, or talk to a person.
bot-helpful = Did this help?
bot-handoff = I'm connecting you with a person. Everything you write here is kept for them.
bot-handoff-wait = I'm connecting you with a person. Typical wait: { $minutes } min. Everything you write here is kept for them.
bot-handoff-away = Our team is away right now and will be back { $when } (your time). Everything you write here is kept for them. If you like, leave your e-mail address and we'll answer there too.
bot-email-saved = Thank you! We'll also answer at { $email }.
bot-agent-joined = A person has joined the chat.
bot-handed-back = You're back with the store's assistant. How can I help?
choice-person = Talk to a person
choice-yes = Yes
choice-no = No
choice-order-status = Where is my order?
choice-shipping-time = Shipping times
choice-customs-duties = Duties and taxes
choice-return-refund = Returns and refunds
choice-cancel-order = Cancel an order
choice-change-address = Change the address
choice-payment-problem = A payment problem
choice-product-question = A product question
choice-damaged-item = Damaged or wrong item
# Country rules (core/src/commerce/). { $country } is the country's name in the shopper's language; { $amount } a price with its currency.
bot-shipping-time = Delivery to { $country } usually takes { $min } to { $max } business days after your order ships.
bot-shipping-none = Sorry, we don't ship to { $country } at the moment.
bot-duties-included = For delivery to { $country }, import duties and taxes are included in the price: there is nothing more to pay on delivery.
bot-duties-on-delivery = For delivery to { $country }, import duties and taxes are not included in the price: the carrier collects them on delivery.
bot-duties-vat-at-checkout = In { $country }, import tax on orders up to { $amount } is charged at checkout, so the parcel is not held for it.
bot-duties-no-threshold = { $country } charges import duty and tax on every parcel, whatever its value.
bot-duties-threshold = In { $country }, parcels worth up to { $amount } usually enter without import duty or tax.
bot-withdrawal-law = In { $country }, you may withdraw from an online purchase within { $days } days of receiving it, without giving a reason.
bot-returns-policy = You can return items within { $days } days of delivery.
