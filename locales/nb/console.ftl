# Caravans agentkonsoll, norsk bokmål. Tiltale: du. Samme meldinger og variabler som
# locales/en/console.ftl (kontrolleres av core/tests/locales_complete.rs).
# Agentene leser tekstene hele dagen: korte, enkle, tonen i et arbeidsverktøy.
console-title = Caravan-konsoll
title-unread =
    { $count ->
        [one] ({ $count }) Caravan-konsoll
       *[other] ({ $count }) Caravan-konsoll
    }
store-label = Butikk
login-heading = Logg inn
login-email = E-post
login-password = Passord
login-submit = Logg inn
login-failed = E-postadressen eller passordet er feil.
login-limited = For mange forsøk. Prøv igjen om noen minutter.
invite-heading = Velkommen, { $name }
invite-explain = Velg et passord for { $email }: minst 12 tegn.
invite-submit = Angi passord og logg inn
invite-gone = Invitasjonslenken er utløpt eller allerede brukt. Be administratoren din om en ny.
password-too-short = Passordet må ha minst 12 tegn.
sign-out = Logg ut
ui-language = Konsollspråk
error-network = Får ikke kontakt med serveren. Prøver igjen…
error-other = Noe gikk galt: { $detail }
inbox-heading = Innboks
filter-status = Status
filter-language = Språk
filter-country = Land
filter-region = Region
filter-any = Alle
filter-unread = Bare uleste
filter-mine = Tildelt meg
status-bot = Hos boten
status-waiting = Venter på en person
status-open = Åpen
status-closed = Lukket
inbox-empty = Ingen samtaler samsvarer med disse filtrene.
region-unreachable = Får ikke kontakt med regionen { $region } akkurat nå.
waiting-minutes =
    { $minutes ->
        [one] Har ventet { $minutes } minutt
       *[other] Har ventet { $minutes } minutter
    }
unread-count =
    { $count ->
        [one] { $count } ulest
       *[other] { $count } uleste
    }
shopper-local-time = Kundens tid: { $time }
trigger-asked = Ba om en person
trigger-misses = Boten forsto ikke
trigger-repeated = Spurte om det samme igjen
trigger-frustrated = Opprørt
trigger-vip = VIP-kunde
trigger-lookups = For mange ordreoppslag
back-to-inbox = Tilbake til innboksen
summary-heading = Sammendrag av overføringen
summary-intents = Spurte om
summary-mood = Stemning
summary-order = Ordre
summary-email = E-post for svaret
mood-calm = Rolig
mood-tense = Anspent
mood-upset = Opprørt
author-shopper = Kunde
author-bot = Bot
author-agent = Medarbeider
written-in = Originalspråk: { $language }
show-original = Vis originalen
show-translation = Vis oversettelsen
reveal = Vis opplysninger
revealed = Vises umaskert for deg; dette er skrevet til revisjonsloggen.
reveal-not-allowed = Rollen din kan ikke vise personopplysninger.
composer-placeholder = Skriv svaret ditt…
composer-send = Send
composer-preview = Kunden vil lese:
composer-preview-same = Kunden leser språket ditt: ingen oversettelse trengs.
note-toggle = Privat notat (bare teamet ditt ser det)
note-placeholder = Skriv et notat til teamet ditt…
note-save = Lagre notat
note-by = Notat fra { $name }
shopper-typing = Kunden skriver…
canned-label = Standardsvar
actions-label = Handlinger for samtalen
assigned-to = Tildelt { $name }
assign-me = Tildel meg
hand-back = Gi tilbake til boten
close-conversation = Lukk
conversation-closed = Denne samtalen er lukket.
rating-given = Vurdering: { $stars } av 5
rating-comment = Kommentar: { $comment }
shortcuts = Taster: j og k flytter i innboksen, Enter åpner, r svarer, Esc går tilbake.
assign-to = Tildel til…
assignee-writes = skriver { $language }
assignee-on-shift = på vakt
assignee-off-shift = ikke på vakt
notify-toggle = Lyd og varsel ved nye overføringer
notify-blocked = Denne nettleseren blokkerer varsler fra konsollen; bare lyden spilles av.
notify-title = En kunde venter på en person
notify-body = Skriver på { $language }. Åpne konsollen for å svare.
team-heading = Team
team-admins-only = Bare butikkens administratorer kan åpne teamsiden.
member-name = Navn
member-email = E-post
member-role = Rolle
member-languages = Språk personen skriver (det første er språket i personens konsoll)
member-regions = Regioner personen ser
member-teams = Team som personen følger arbeidstidene til
member-state = Konto
member-active = Aktiv
member-invited = Invitert
member-disabled = Deaktivert
member-edit = Endre
member-revoke = Logg ut overalt
member-disable = Deaktiver
member-reinstate = Aktiver igjen
member-can-reveal = Kan vise personopplysninger
member-save = Lagre endringene
member-change-heading = Endre en person
role-admin = Administrator
role-agent = Medarbeider
invite-create-heading = Inviter en person
invite-create = Lag en invitasjonslenke
invite-link-made = Send lenken til personen du inviterte. Den virker én gang, i 7 dager.
audit-heading = Revisjonslogg
audit-refresh = Last inn på nytt
audit-when = Når
audit-who = Hvem
audit-what = Hva
audit-target = Gjelder
audit-reveal = Viste personopplysninger
audit-invite = Inviterte
audit-update = Endret en person
audit-revoke = Logget en person ut overalt
audit-disable = Deaktiverte en konto
audit-reinstate = Aktiverte en konto igjen
canned-id = Id (a-z, 0-9 og -)
canned-title = Tittel
canned-locale = Tekstens språk
canned-text = Tekst
canned-variables = Skriv { $name } for navnet til medarbeideren og { $order } for ordrenummeret kunden har bekreftet.
canned-save = Lagre teksten
canned-delete = Fjern
channel-socket = Nettchat, direkte tilkobling
channel-polling = Nettchat, modus for tregt nett: hold svarene korte
