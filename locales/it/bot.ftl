# Risposte del bot, italiano. Registro: Lei.
bot-greeting = Buongiorno e grazie per il suo messaggio! Una persona del nostro team le risponderà qui a breve.
season-christmas = Buon Natale!
season-lunar-new-year = Felice Capodanno lunare!
season-seollal = Felice Seollal!
season-tet = Felice Tết!
season-songkran = Felice Songkran!
season-ramadan = Ramadan Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Felice Eid al-Adha!
season-diwali = Felice Diwali!
template-order-shipped = Il suo ordine è stato spedito. Riceverà il numero di tracciamento via e-mail.
template-thanks-waiting = Grazie per l’attesa. Stiamo verificando per lei in questo momento.
template-anything-else = Possiamo aiutarla in qualcos’altro?
