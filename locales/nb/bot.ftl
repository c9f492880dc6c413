# Botsvar, norsk bokmål. Tiltale: du.
bot-greeting = Hei, og takk for meldingen din! Noen fra teamet vårt svarer deg her om kort tid.
season-christmas = God jul!
season-lunar-new-year = Godt månenyttår!
season-seollal = God Seollal!
season-tet = God Tết!
season-songkran = God Songkran!
season-ramadan = Ramadan Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Velsignet Eid al-Adha!
season-diwali = God Diwali!
template-order-shipped = Bestillingen din er sendt. Du får sporingsnummeret på e-post.
template-thanks-waiting = Takk for at du venter. Vi sjekker det for deg nå.
template-anything-else = Er det noe mer vi kan hjelpe deg med?
