# Botsvar, svenska. Tilltal: du.
bot-greeting = Hej och tack för ditt meddelande! Någon i vårt team svarar dig här inom kort.
season-christmas = God jul!
season-lunar-new-year = Gott månnyår!
season-seollal = Glad Seollal!
season-tet = Glad Tết!
season-songkran = Glad Songkran!
season-ramadan = Ramadan Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Välsignad Eid al-Adha!
season-diwali = Glad Diwali!
template-order-shipped = Din beställning har skickats. Du får spårningsnumret via e-post.
template-thanks-waiting = Tack för att du väntar. Vi kontrollerar det åt dig nu.
template-anything-else = Finns det något mer vi kan hjälpa dig med?
