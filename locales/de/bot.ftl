# Bot-Antworten, Deutsch. Register: Sie.
bot-greeting = Guten Tag und vielen Dank für Ihre Nachricht! Jemand aus unserem Team antwortet Ihnen hier in Kürze.
season-christmas = Frohe Weihnachten!
season-lunar-new-year = Frohes Mondneujahr!
season-seollal = Frohes Seollal!
season-tet = Frohes Tết-Fest!
season-songkran = Frohes Songkran!
season-ramadan = Ramadan Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Gesegnetes Opferfest!
season-diwali = Frohes Diwali!
template-order-shipped = Ihre Bestellung wurde versandt. Die Sendungsnummer erhalten Sie per E-Mail.
template-thanks-waiting = Vielen Dank für Ihre Geduld. Wir prüfen das gerade für Sie.
template-anything-else = Können wir Ihnen sonst noch behilflich sein?
