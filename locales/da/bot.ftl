# Botsvar, dansk. Tiltale: du.
bot-greeting = Hej, og tak for din besked! En fra vores team svarer dig her om lidt.
season-christmas = Glædelig jul!
season-lunar-new-year = Godt månenytår!
season-seollal = God Seollal!
season-tet = God Tết!
season-songkran = God Songkran!
season-ramadan = Ramadan Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Velsignet Eid al-Adha!
season-diwali = God Diwali!
template-order-shipped = Din ordre er afsendt. Du modtager trackingnummeret på e-mail.
template-thanks-waiting = Tak, fordi du venter. Vi undersøger det for dig nu.
template-anything-else = Er der andet, vi kan hjælpe dig med?
