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
assign-to = Toewijzen aan…
assignee-writes = schrijft { $language }
assignee-on-shift = in dienst
assignee-off-shift = niet in dienst
notify-toggle = Geluid en melding bij nieuwe overdrachten
notify-blocked = Deze browser blokkeert meldingen van de console; alleen het geluid wordt afgespeeld.
notify-title = Een klant wacht op een medewerker
notify-body = Schrijft in het { $language }. Open de console om te antwoorden.
team-heading = Team
team-admins-only = Alleen de beheerders van de winkel kunnen de teampagina openen.
member-name = Naam
member-email = E-mail
member-role = Rol
member-languages = Talen waarin deze persoon schrijft (de eerste is de taal van de console)
member-regions = Regio’s die deze persoon ziet
member-teams = Teams waarvan deze persoon de werktijden volgt
member-state = Account
member-active = Actief
member-invited = Uitgenodigd
member-disabled = Uitgeschakeld
member-edit = Wijzigen
member-revoke = Overal uitloggen
member-disable = Uitschakelen
member-reinstate = Weer inschakelen
member-can-reveal = Mag persoonsgegevens tonen
member-save = Wijzigingen opslaan
member-change-heading = Persoon wijzigen
role-admin = Beheerder
role-agent = Medewerker
invite-create-heading = Persoon uitnodigen
invite-create = Uitnodigingslink maken
invite-link-made = Stuur deze link naar de persoon die u hebt uitgenodigd. De link werkt één keer en blijft 7 dagen geldig.
audit-heading = Auditlog
audit-refresh = Opnieuw laden
audit-when = Wanneer
audit-who = Wie
audit-what = Wat
audit-target = Betreft
audit-reveal = Persoonsgegevens getoond
audit-invite = Uitgenodigd
audit-update = Persoon gewijzigd
audit-revoke = Persoon overal uitgelogd
audit-disable = Account uitgeschakeld
audit-reinstate = Account weer ingeschakeld
canned-id = Id (a-z, 0-9 en -)
canned-title = Titel
canned-locale = Taal van de tekst
canned-text = Tekst
canned-variables = Schrijf { $name } voor de naam van de medewerker en { $order } voor het bestelnummer dat de klant heeft bevestigd.
canned-save = Tekst opslaan
canned-delete = Verwijderen
channel-socket = Webchat, live verbinding
channel-polling = Webchat, modus voor traag netwerk: houd antwoorden kort
