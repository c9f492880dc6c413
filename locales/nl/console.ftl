# Caravan-agentconsole, Nederlands. Register: u. Dezelfde berichten en variabelen als
# locales/en/console.ftl (gecontroleerd door core/tests/locales_complete.rs).
# Medewerkers lezen deze teksten de hele dag: kort, helder, de toon van werkgereedschap.
console-title = Caravan-console
title-unread =
    { $count ->
        [one] ({ $count }) Caravan-console
       *[other] ({ $count }) Caravan-console
    }
store-label = Winkel
login-heading = Inloggen
login-email = E-mail
login-password = Wachtwoord
login-submit = Inloggen
login-failed = Het e-mailadres of het wachtwoord is onjuist.
login-limited = Te veel pogingen. Probeer het over een paar minuten opnieuw.
invite-heading = Welkom, { $name }
invite-explain = Kies een wachtwoord voor { $email }: minimaal 12 tekens.
invite-submit = Wachtwoord instellen en inloggen
invite-gone = Deze uitnodigingslink is verlopen of al gebruikt. Vraag uw beheerder om een nieuwe.
password-too-short = Het wachtwoord moet minimaal 12 tekens hebben.
sign-out = Uitloggen
ui-language = Taal van de console
error-network = De server is niet bereikbaar. Opnieuw proberen…
error-other = Er is iets misgegaan: { $detail }
inbox-heading = Inbox
filter-status = Status
filter-language = Taal
filter-country = Land
filter-region = Regio
filter-any = Alle
filter-unread = Alleen ongelezen
filter-mine = Aan mij toegewezen
status-bot = Bij de bot
status-waiting = Wacht op een medewerker
status-open = Open
status-closed = Gesloten
inbox-empty = Geen gesprekken die aan deze filters voldoen.
region-unreachable = De regio { $region } is op dit moment niet bereikbaar.
waiting-minutes =
    { $minutes ->
        [one] Wacht al { $minutes } minuut
       *[other] Wacht al { $minutes } minuten
    }
unread-count =
    { $count ->
        [one] { $count } ongelezen
       *[other] { $count } ongelezen
    }
shopper-local-time = Tijd bij de klant: { $time }
trigger-asked = Vroeg om een medewerker
trigger-misses = De bot begreep het niet
trigger-repeated = Stelde dezelfde vraag opnieuw
trigger-frustrated = Geïrriteerd
trigger-vip = VIP-klant
trigger-lookups = Te veel bestellingen opgezocht
back-to-inbox = Terug naar de inbox
summary-heading = Samenvatting van de overdracht
summary-intents = Vroeg naar
summary-mood = Stemming
summary-order = Bestelling
summary-email = E-mailadres voor het antwoord
mood-calm = Rustig
mood-tense = Gespannen
mood-upset = Geïrriteerd
author-shopper = Klant
author-bot = Bot
author-agent = Medewerker
written-in = Oorspronkelijke taal: { $language }
show-original = Origineel tonen
show-translation = Vertaling tonen
reveal = Gegevens tonen
revealed = Zonder maskering aan u getoond; dit is vastgelegd in het auditlog.
reveal-not-allowed = Met uw rol kunt u geen persoonsgegevens tonen.
composer-placeholder = Typ uw antwoord…
composer-send = Versturen
composer-preview = De klant leest:
composer-preview-same = De klant leest uw taal: vertalen is niet nodig.
note-toggle = Privénotitie (alleen zichtbaar voor uw team)
note-placeholder = Schrijf een notitie voor uw team…
note-save = Notitie opslaan
note-by = Notitie van { $name }
shopper-typing = De klant typt…
canned-label = Standaardantwoorden
actions-label = Acties voor het gesprek
assigned-to = Toegewezen aan { $name }
assign-me = Aan mij toewijzen
hand-back = Teruggeven aan de bot
close-conversation = Sluiten
conversation-closed = Dit gesprek is gesloten.
rating-given = Beoordeling: { $stars } van 5
rating-comment = Opmerking: { $comment }
shortcuts = Toetsen: j en k bladeren door de inbox, Enter opent, r beantwoordt, Esc gaat terug.
