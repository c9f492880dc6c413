# Bot replies, English.
bot-greeting = Hello, and thank you for your message! A member of our team will reply here shortly.
