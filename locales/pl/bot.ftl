# Odpowiedzi bota, polski. Rejestr: formy grzecznościowe, bezosobowo.
bot-greeting = Dzień dobry i dziękujemy za wiadomość! Osoba z naszego zespołu wkrótce odpowie tutaj.
season-christmas = Wesołych Świąt!
season-lunar-new-year = Szczęśliwego Nowego Roku Księżycowego!
season-seollal = Szczęśliwego Seollal!
season-tet = Szczęśliwego Tết!
season-songkran = Szczęśliwego Songkran!
season-ramadan = Ramadan Karim!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Błogosławionego Id al-Adha!
season-diwali = Szczęśliwego Diwali!
template-order-shipped = Zamówienie zostało wysłane. Numer przesyłki prześlemy e-mailem.
template-thanks-waiting = Dziękujemy za cierpliwość. Właśnie to sprawdzamy.
template-anything-else = Czy możemy pomóc w czymś jeszcze?
