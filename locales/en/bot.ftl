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
