# Konsola agentów Caravan, polski. Rejestr: bezosobowo, przyciski w trybie rozkazującym.
# Te same komunikaty i zmienne co locales/en/console.ftl (sprawdza core/tests/locales_complete.rs).
# Agenci czytają te teksty cały dzień: krótko, prosto, rzeczowo.
console-title = Konsola Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Konsola Caravan
       *[other] ({ $count }) Konsola Caravan
    }
store-label = Sklep
login-heading = Logowanie
login-email = E-mail
login-password = Hasło
login-submit = Zaloguj się
login-failed = Nieprawidłowy e-mail lub hasło.
login-limited = Zbyt wiele prób. Prosimy spróbować ponownie za kilka minut.
invite-heading = Witamy, { $name }
invite-explain = Prosimy ustawić hasło dla { $email }: co najmniej 12 znaków.
invite-submit = Ustaw hasło i zaloguj się
invite-gone = Ten link z zaproszeniem wygasł lub został już użyty. O nowy można poprosić administratora.
password-too-short = Hasło musi mieć co najmniej 12 znaków.
sign-out = Wyloguj się
ui-language = Język konsoli
error-network = Brak połączenia z serwerem. Ponawianie próby…
error-other = Coś poszło nie tak: { $detail }
inbox-heading = Skrzynka odbiorcza
filter-status = Status
filter-language = Język
filter-country = Kraj
filter-region = Region
filter-any = Wszystkie
filter-unread = Tylko nieprzeczytane
filter-mine = Przypisane do mnie
status-bot = Obsługuje bot
status-waiting = Czeka na konsultanta
status-open = Otwarta
status-closed = Zamknięta
inbox-empty = Żadna rozmowa nie pasuje do tych filtrów.
region-unreachable = Region { $region } jest teraz niedostępny.
waiting-minutes =
    { $minutes ->
        [one] Czeka { $minutes } minutę
        [few] Czeka { $minutes } minuty
        [many] Czeka { $minutes } minut
       *[other] Czeka { $minutes } minuty
    }
unread-count =
    { $count ->
        [one] { $count } nieprzeczytana
        [few] { $count } nieprzeczytane
        [many] { $count } nieprzeczytanych
       *[other] { $count } nieprzeczytanych
    }
shopper-local-time = Czas u klienta: { $time }
trigger-asked = Prośba o rozmowę z człowiekiem
trigger-misses = Bot nie zrozumiał
trigger-repeated = Powtórzone pytanie
trigger-frustrated = Zdenerwowanie
trigger-vip = Klient VIP
trigger-lookups = Zbyt wiele sprawdzeń zamówień
back-to-inbox = Wróć do skrzynki
summary-heading = Podsumowanie przekazania
summary-intents = Pytania o
summary-mood = Nastrój
summary-order = Zamówienie
summary-email = E-mail do odpowiedzi
mood-calm = Spokojny
mood-tense = Napięty
mood-upset = Zdenerwowany
author-shopper = Klient
author-bot = Bot
author-agent = Konsultant
written-in = Język oryginału: { $language }
show-original = Pokaż oryginał
show-translation = Pokaż tłumaczenie
reveal = Pokaż dane
revealed = Dane widoczne bez maskowania; zapisano to w dzienniku audytu.
reveal-not-allowed = Przypisana rola nie pozwala na odkrywanie danych osobowych.
composer-placeholder = Napisz odpowiedź…
composer-send = Wyślij
composer-preview = Klient przeczyta:
composer-preview-same = Klient czyta w tym samym języku: tłumaczenie niepotrzebne.
note-toggle = Notatka prywatna (widoczna tylko dla zespołu)
note-placeholder = Napisz notatkę dla zespołu…
note-save = Zapisz notatkę
note-by = Autor notatki: { $name }
shopper-typing = Klient pisze…
canned-label = Gotowe odpowiedzi
actions-label = Działania w rozmowie
assigned-to = Przypisano: { $name }
assign-me = Przypisz do mnie
hand-back = Oddaj botowi
close-conversation = Zamknij
conversation-closed = Ta rozmowa jest zamknięta.
rating-given = Ocena: { $stars } na 5
rating-comment = Komentarz: { $comment }
shortcuts = Klawisze: j i k – poruszanie się po skrzynce, Enter – otwarcie, r – odpowiedź, Esc – powrót.
assign-to = Przypisz do…
assignee-writes = pisze w języku: { $language }
assignee-on-shift = na zmianie
assignee-off-shift = poza zmianą
notify-toggle = Dźwięk i powiadomienie o nowych przekazaniach
notify-blocked = Ta przeglądarka blokuje powiadomienia konsoli; odtwarzany jest tylko dźwięk.
notify-title = Klient czeka na konsultanta
notify-body = Język klienta: { $language }. Aby odpowiedzieć, należy otworzyć konsolę.
team-heading = Zespół
team-admins-only = Stronę zespołu mogą otworzyć tylko administratorzy sklepu.
member-name = Imię i nazwisko
member-email = E-mail
member-role = Rola
member-languages = Języki, w których pisze (pierwszy to język konsoli)
member-regions = Widoczne regiony
member-teams = Zespoły, w których godzinach pracuje
member-state = Konto
member-active = Aktywne
member-invited = Zaproszone
member-disabled = Wyłączone
member-edit = Zmień
member-revoke = Wyloguj wszędzie
member-disable = Wyłącz
member-reinstate = Włącz ponownie
member-can-reveal = Może odkrywać dane osobowe
member-save = Zapisz zmiany
member-change-heading = Zmiana danych osoby
role-admin = Administrator
role-agent = Konsultant
invite-create-heading = Zaproszenie osoby
invite-create = Utwórz link z zaproszeniem
invite-link-made = Ten link należy wysłać zaproszonej osobie. Działa jednorazowo przez 7 dni.
audit-heading = Dziennik audytu
audit-refresh = Wczytaj ponownie
audit-when = Kiedy
audit-who = Kto
audit-what = Co
audit-target = Dotyczy
audit-reveal = Odkrycie danych osobowych
audit-invite = Zaproszenie
audit-update = Zmiana danych osoby
audit-revoke = Wylogowanie osoby wszędzie
audit-disable = Wyłączenie konta
audit-reinstate = Ponowne włączenie konta
canned-id = Identyfikator (a-z, 0-9 i -)
canned-title = Tytuł
canned-locale = Język tekstu
canned-text = Tekst
canned-variables = { $name } zostanie zastąpione imieniem konsultanta, a { $order } numerem zamówienia zweryfikowanego przez klienta.
canned-save = Zapisz tekst
canned-delete = Usuń
channel-socket = Czat na stronie, połączenie na żywo
channel-polling = Czat na stronie, tryb dla wolnej sieci: należy odpowiadać krótko
