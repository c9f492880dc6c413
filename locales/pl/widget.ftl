# Widżet Caravan, polski. Rejestr: formy grzecznościowe (Pan/Pani), bezosobowo.
launcher-open = Otwórz czat
launcher-close = Zamknij czat
header-title = { $store }
header-subtitle = Zwykle odpowiadamy w ciągu kilku minut
empty-state = Prosimy pytać o zamówienie, wysyłkę lub nasze produkty.
composer-placeholder = Napisz wiadomość…
composer-send = Wyślij
author-you = Ja
author-bot = Asystent
author-agent = Obsługa klienta
agent-typing = Obsługa klienta pisze…
status-sending = Wysyłanie…
status-sent = Wysłano
status-delivered = Dostarczono
status-failed = Nie wysłano
connection-connecting = Łączenie…
connection-offline = Brak połączenia z internetem. Wiadomości zostaną wysłane po jego przywróceniu.
connection-unavailable = Czat jest teraz niedostępny. Wiadomości są zachowane i zostaną wysłane, gdy usługa wróci.
connection-region-unavailable = Usługa, która przechowuje rozmowę w Państwa regionie, jest teraz nieosiągalna. Nic nie jest wysyłane gdzie indziej: wiadomości czekają na tym urządzeniu i zostaną dostarczone, gdy usługa wróci.
chat-unavailable = Czat jest teraz niedostępny.
messages-waiting =
    { $count ->
        [one] Jedna wiadomość czeka na wysłanie.
        [few] { $count } wiadomości czekają na wysłanie.
        [many] { $count } wiadomości czeka na wysłanie.
       *[other] { $count } wiadomości czeka na wysłanie.
    }
error-message-too-long =
    { $max ->
        [one] Ta wiadomość jest za długa: maksymalnie { $max } znak.
        [few] Ta wiadomość jest za długa: maksymalnie { $max } znaki.
        [many] Ta wiadomość jest za długa: maksymalnie { $max } znaków.
       *[other] Ta wiadomość jest za długa: maksymalnie { $max } znaku.
    }
error-generic = Coś poszło nie tak. Prosimy spróbować ponownie.
text-mode-on = Tryb tekstowy: obrazy, awatary i animacje są wyłączone, aby oszczędzać dane.
text-mode-switch-on = Przełącz na sam tekst
text-mode-switch-off = Przełącz na pełny czat
lite-mode = Lekki czat dla wolnych połączeń: tylko tekst.
lite-load-full = Wczytaj pełny czat
language-menu = Język
translated-notice = Przetłumaczono automatycznie
show-original = Pokaż oryginał
show-translation = Pokaż tłumaczenie
translation-unavailable = Nie przetłumaczono: tłumaczenie jest teraz niedostępne.
privacy-menu = Prywatność
privacy-run-by = Ten czat prowadzi { $store }.
privacy-stored = Rozmowa jest przechowywana w regionie: { $region }.
privacy-policy = Polityka prywatności
privacy-download = Pobierz moją rozmowę
privacy-download-text = Czytelny tekst
privacy-download-json = Dane (JSON)
privacy-delete = Usuń moją rozmowę
privacy-delete-confirm = Usunąć tę rozmowę na zawsze? Nie będzie można jej odzyskać – ani tutaj, ani w sklepie.
privacy-delete-yes = Usuń
privacy-delete-no = Zachowaj
privacy-deleted = Rozmowa została usunięta.
region-eu = Unia Europejska
region-us = Stany Zjednoczone
region-sa = Ameryka Południowa
region-in = Indie
region-apac = Azja i Pacyfik
region-oc = Oceania
region-me = Bliski Wschód
region-af = Afryka
