# Caravans agentkonsol, dansk. Tiltale: du. Samme beskeder og variabler som
# locales/en/console.ftl (kontrolleres af core/tests/locales_complete.rs).
# Agenterne læser teksterne hele dagen: korte, enkle, tonen i et arbejdsværktøj.
console-title = Caravan-konsol
title-unread =
    { $count ->
        [one] ({ $count }) Caravan-konsol
       *[other] ({ $count }) Caravan-konsol
    }
store-label = Butik
login-heading = Log ind
login-email = E-mail
login-password = Adgangskode
login-submit = Log ind
login-failed = E-mailen eller adgangskoden er forkert.
login-limited = For mange forsøg. Prøv igen om et par minutter.
invite-heading = Velkommen, { $name }
invite-explain = Vælg en adgangskode til { $email }: mindst 12 tegn.
invite-submit = Angiv adgangskode og log ind
invite-gone = Invitationslinket er udløbet eller allerede brugt. Bed din administrator om et nyt.
password-too-short = Adgangskoden skal have mindst 12 tegn.
sign-out = Log ud
ui-language = Konsollens sprog
error-network = Serveren kan ikke nås. Prøver igen…
error-other = Noget gik galt: { $detail }
inbox-heading = Indbakke
filter-status = Status
filter-language = Sprog
filter-country = Land
filter-region = Region
filter-any = Alle
filter-unread = Kun ulæste
filter-mine = Tildelt mig
status-bot = Hos botten
status-waiting = Venter på en person
status-open = Åben
status-closed = Lukket
inbox-empty = Ingen samtaler matcher disse filtre.
region-unreachable = Regionen { $region } kan ikke nås lige nu.
waiting-minutes =
    { $minutes ->
        [one] Har ventet { $minutes } minut
       *[other] Har ventet { $minutes } minutter
    }
unread-count =
    { $count ->
        [one] { $count } ulæst
       *[other] { $count } ulæste
    }
shopper-local-time = Kundens tid: { $time }
trigger-asked = Bad om en person
trigger-misses = Botten forstod det ikke
trigger-repeated = Spurgte om det samme igen
trigger-frustrated = Oprørt
trigger-vip = VIP-kunde
trigger-lookups = For mange ordreopslag
back-to-inbox = Tilbage til indbakken
summary-heading = Resumé af overdragelsen
summary-intents = Spurgte om
summary-mood = Stemning
summary-order = Ordre
summary-email = E-mail til svaret
mood-calm = Rolig
mood-tense = Anspændt
mood-upset = Oprørt
author-shopper = Kunde
author-bot = Bot
author-agent = Medarbejder
written-in = Originalsprog: { $language }
show-original = Vis originalen
show-translation = Vis oversættelsen
reveal = Vis oplysninger
revealed = Vises umaskeret for dig; det er skrevet i revisionsloggen.
reveal-not-allowed = Din rolle må ikke vise personoplysninger.
composer-placeholder = Skriv dit svar…
composer-send = Send
composer-preview = Kunden kommer til at læse:
composer-preview-same = Kunden læser dit sprog: ingen oversættelse nødvendig.
note-toggle = Privat note (kun dit team kan se den)
note-placeholder = Skriv en note til dit team…
note-save = Gem note
note-by = Note fra { $name }
shopper-typing = Kunden skriver…
canned-label = Standardsvar
actions-label = Handlinger for samtalen
assigned-to = Tildelt { $name }
assign-me = Tildel mig
hand-back = Giv tilbage til botten
close-conversation = Luk
conversation-closed = Samtalen er lukket.
rating-given = Bedømmelse: { $stars } ud af 5
rating-comment = Kommentar: { $comment }
shortcuts = Taster: j og k flytter i indbakken, Enter åbner, r svarer, Esc går tilbage.
assign-to = Tildel til…
assignee-writes = skriver { $language }
assignee-on-shift = på vagt
assignee-off-shift = ikke på vagt
notify-toggle = Lyd og notifikation ved nye overdragelser
notify-blocked = Denne browser blokerer konsollens notifikationer; kun lyden afspilles.
notify-title = En kunde venter på en person
notify-body = Skriver på { $language }. Åbn konsollen for at svare.
team-heading = Team
team-admins-only = Kun butikkens administratorer kan åbne teamsiden.
member-name = Navn
member-email = E-mail
member-role = Rolle
member-languages = Sprog, personen skriver (det første er sproget i personens konsol)
member-regions = Regioner, personen ser
member-teams = Teams, hvis arbejdstider personen følger
member-state = Konto
member-active = Aktiv
member-invited = Inviteret
member-disabled = Deaktiveret
member-edit = Rediger
member-revoke = Log ud overalt
member-disable = Deaktiver
member-reinstate = Aktivér igen
member-can-reveal = Må vise personoplysninger
member-save = Gem ændringerne
member-change-heading = Rediger en person
role-admin = Administrator
role-agent = Medarbejder
invite-create-heading = Inviter en person
invite-create = Opret et invitationslink
invite-link-made = Send linket til den person, du har inviteret. Det virker én gang og i 7 dage.
audit-heading = Revisionslog
audit-refresh = Indlæs igen
audit-when = Hvornår
audit-who = Hvem
audit-what = Hvad
audit-target = Vedrører
audit-reveal = Viste personoplysninger
audit-invite = Inviterede
audit-update = Redigerede en person
audit-revoke = Loggede en person ud overalt
audit-disable = Deaktiverede en konto
audit-reinstate = Aktiverede en konto igen
canned-id = Id (a-z, 0-9 og -)
canned-title = Titel
canned-locale = Tekstens sprog
canned-text = Tekst
canned-variables = Skriv { $name } for medarbejderens navn og { $order } for det ordrenummer, kunden har bekræftet.
canned-save = Gem teksten
canned-delete = Fjern
channel-socket = Webchat, direkte forbindelse
channel-polling = Webchat, tilstand til langsomt netværk: hold svarene korte
