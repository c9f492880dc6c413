# Răspunsurile botului, română. Registru: dumneavoastră.
bot-greeting = Bună ziua și vă mulțumim pentru mesaj! O persoană din echipa noastră vă va răspunde aici în curând.
season-christmas = Crăciun fericit!
season-lunar-new-year = Un An Nou Lunar fericit!
season-seollal = Seollal fericit!
season-tet = Tết fericit!
season-songkran = Songkran fericit!
season-ramadan = Ramadan Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Eid al-Adha binecuvântat!
season-diwali = Diwali fericit!
template-order-shipped = Comanda dumneavoastră a fost expediată. Veți primi numărul de urmărire prin e-mail.
template-thanks-waiting = Vă mulțumim pentru răbdare. Verificăm acum acest lucru pentru dumneavoastră.
template-anything-else = Vă mai putem ajuta cu altceva?
