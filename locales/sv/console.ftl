# Caravans agentkonsol, svenska. Tilltal: du. Samma meddelanden och variabler som
# locales/en/console.ftl (kontrolleras av core/tests/locales_complete.rs).
# Agenterna läser texterna hela dagen: korta, enkla, tonen i ett arbetsverktyg.
console-title = Caravan-konsol
title-unread =
    { $count ->
        [one] ({ $count }) Caravan-konsol
       *[other] ({ $count }) Caravan-konsol
    }
store-label = Butik
login-heading = Logga in
login-email = E-post
login-password = Lösenord
login-submit = Logga in
login-failed = E-postadressen eller lösenordet är fel.
login-limited = För många försök. Försök igen om några minuter.
invite-heading = Välkommen, { $name }
invite-explain = Välj ett lösenord för { $email }: minst 12 tecken.
invite-submit = Ange lösenord och logga in
invite-gone = Inbjudningslänken har gått ut eller har redan använts. Be din administratör om en ny.
password-too-short = Lösenordet måste ha minst 12 tecken.
sign-out = Logga ut
ui-language = Konsolens språk
error-network = Servern går inte att nå. Försöker igen…
error-other = Något gick fel: { $detail }
inbox-heading = Inkorg
filter-status = Status
filter-language = Språk
filter-country = Land
filter-region = Region
filter-any = Alla
filter-unread = Endast olästa
filter-mine = Tilldelade mig
status-bot = Hos boten
status-waiting = Väntar på en person
status-open = Öppen
status-closed = Stängd
inbox-empty = Inga konversationer matchar filtren.
region-unreachable = Regionen { $region } går inte att nå just nu.
waiting-minutes =
    { $minutes ->
        [one] Har väntat { $minutes } minut
       *[other] Har väntat { $minutes } minuter
    }
unread-count =
    { $count ->
        [one] { $count } oläst
       *[other] { $count } olästa
    }
shopper-local-time = Kundens tid: { $time }
trigger-asked = Bad om en person
trigger-misses = Boten förstod inte
trigger-repeated = Frågade samma sak igen
trigger-frustrated = Upprörd
trigger-vip = VIP-kund
trigger-lookups = För många orderuppslag
back-to-inbox = Tillbaka till inkorgen
summary-heading = Sammanfattning av överlämningen
summary-intents = Frågade om
summary-mood = Stämning
summary-order = Order
summary-email = E-post för svaret
mood-calm = Lugn
mood-tense = Spänd
mood-upset = Upprörd
author-shopper = Kund
author-bot = Bot
author-agent = Agent
written-in = Originalspråk: { $language }
show-original = Visa originalet
show-translation = Visa översättningen
reveal = Visa uppgifter
revealed = Visas omaskerat för dig; detta har skrivits till granskningsloggen.
reveal-not-allowed = Din roll får inte visa personuppgifter.
composer-placeholder = Skriv ditt svar…
composer-send = Skicka
composer-preview = Kunden kommer att läsa:
composer-preview-same = Kunden läser ditt språk: ingen översättning behövs.
note-toggle = Privat anteckning (bara ditt team ser den)
note-placeholder = Skriv en anteckning till ditt team…
note-save = Spara anteckning
note-by = Anteckning från { $name }
shopper-typing = Kunden skriver…
canned-label = Standardsvar
actions-label = Åtgärder för konversationen
assigned-to = Tilldelad { $name }
assign-me = Tilldela mig
hand-back = Lämna tillbaka till boten
close-conversation = Stäng
conversation-closed = Konversationen är stängd.
rating-given = Betyg: { $stars } av 5
rating-comment = Kommentar: { $comment }
shortcuts = Tangenter: j och k flyttar i inkorgen, Enter öppnar, r svarar, Esc går tillbaka.
assign-to = Tilldela…
assignee-writes = skriver { $language }
assignee-on-shift = i tjänst
assignee-off-shift = inte i tjänst
notify-toggle = Ljud och avisering vid nya överlämningar
notify-blocked = Den här webbläsaren blockerar konsolens aviseringar; bara ljudet spelas upp.
notify-title = En kund väntar på en person
notify-body = Skriver på { $language }. Öppna konsolen för att svara.
team-heading = Team
team-admins-only = Bara butikens administratörer kan öppna teamsidan.
member-name = Namn
member-email = E-post
member-role = Roll
member-languages = Språk personen skriver (det första är språket i personens konsol)
member-regions = Regioner personen ser
member-teams = Team vars arbetstider personen följer
member-state = Konto
member-active = Aktiv
member-invited = Inbjuden
member-disabled = Inaktiverad
member-edit = Ändra
member-revoke = Logga ut överallt
member-disable = Inaktivera
member-reinstate = Aktivera igen
member-can-reveal = Får visa personuppgifter
member-save = Spara ändringarna
member-change-heading = Ändra en person
role-admin = Administratör
role-agent = Agent
invite-create-heading = Bjud in en person
invite-create = Skapa en inbjudningslänk
invite-link-made = Skicka länken till personen du bjöd in. Den fungerar en gång, i 7 dagar.
audit-heading = Granskningslogg
audit-refresh = Läs in igen
audit-when = När
audit-who = Vem
audit-what = Vad
audit-target = Gäller
audit-reveal = Visade personuppgifter
audit-invite = Bjöd in
audit-update = Ändrade en person
audit-revoke = Loggade ut en person överallt
audit-disable = Inaktiverade ett konto
audit-reinstate = Aktiverade ett konto igen
canned-id = Id (a-z, 0-9 och -)
canned-title = Titel
canned-locale = Textens språk
canned-text = Text
canned-variables = Skriv { $name } för agentens namn och { $order } för ordernumret som kunden har verifierat.
canned-save = Spara texten
canned-delete = Ta bort
channel-socket = Webbchatt, direktanslutning
channel-polling = Webbchatt, läge för långsamt nät: håll svaren korta
