# Botantwoorden, Nederlands. Register: u.
bot-greeting = Hallo, en bedankt voor uw bericht! Een collega van ons team antwoordt u hier zo snel mogelijk.
season-christmas = Vrolijk kerstfeest!
season-lunar-new-year = Gelukkig Chinees Nieuwjaar!
season-seollal = Gelukkig Seollal!
season-tet = Gelukkig Tết!
season-songkran = Gelukkig Songkran!
season-ramadan = Ramadan Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Gezegend Offerfeest!
season-diwali = Gelukkig Diwali!
template-order-shipped = Uw bestelling is verzonden. U ontvangt de trackingcode per e-mail.
template-thanks-waiting = Bedankt voor uw geduld. We zoeken het nu voor u uit.
template-anything-else = Kunnen we u nog ergens anders mee helpen?
