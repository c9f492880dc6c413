# Consola agenților Caravan, română. Registru: dumneavoastră. Aceleași mesaje și variabile ca
# locales/en/console.ftl (verificat de core/tests/locales_complete.rs).
# Agenții citesc aceste texte toată ziua: scurte, clare, tonul unui instrument de lucru.
console-title = Consola Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Consola Caravan
       *[other] ({ $count }) Consola Caravan
    }
store-label = Magazin
login-heading = Autentificare
login-email = E-mail
login-password = Parolă
login-submit = Autentificați-vă
login-failed = Adresa de e-mail sau parola este greșită.
login-limited = Prea multe încercări. Încercați din nou peste câteva minute.
invite-heading = Bun venit, { $name }
invite-explain = Alegeți o parolă pentru { $email }: cel puțin 12 caractere.
invite-submit = Setați parola și autentificați-vă
invite-gone = Acest link de invitație a expirat sau a fost deja folosit. Cereți unul nou administratorului.
password-too-short = Parola trebuie să aibă cel puțin 12 caractere.
sign-out = Deconectare
ui-language = Limba consolei
error-network = Serverul nu poate fi accesat. Se reîncearcă…
error-other = A apărut o eroare: { $detail }
inbox-heading = Mesaje primite
filter-status = Stare
filter-language = Limbă
filter-country = Țară
filter-region = Regiune
filter-any = Oricare
filter-unread = Doar necitite
filter-mine = Atribuite mie
status-bot = La bot
status-waiting = Așteaptă o persoană
status-open = Deschisă
status-closed = Închisă
inbox-empty = Nicio conversație nu corespunde acestor filtre.
region-unreachable = Regiunea { $region } nu poate fi accesată momentan.
waiting-minutes =
    { $minutes ->
        [one] Așteaptă de { $minutes } minut
        [few] Așteaptă de { $minutes } minute
       *[other] Așteaptă de { $minutes } de minute
    }
unread-count =
    { $count ->
        [one] { $count } mesaj necitit
        [few] { $count } mesaje necitite
       *[other] { $count } de mesaje necitite
    }
shopper-local-time = Ora clientului: { $time }
trigger-asked = A cerut o persoană
trigger-misses = Botul nu a înțeles
trigger-repeated = A repetat întrebarea
trigger-frustrated = Supărat
trigger-vip = Client VIP
trigger-lookups = Prea multe căutări de comenzi
back-to-inbox = Înapoi la mesajele primite
summary-heading = Rezumatul transferului
summary-intents = A întrebat despre
summary-mood = Stare de spirit
summary-order = Comandă
summary-email = E-mail lăsat pentru răspuns
mood-calm = Calm
mood-tense = Tensionat
mood-upset = Supărat
author-shopper = Client
author-bot = Bot
author-agent = Agent
written-in = Limba originală: { $language }
show-original = Afișați originalul
show-translation = Afișați traducerea
reveal = Afișați datele
revealed = Afișat nemascat pentru dumneavoastră; accesul a fost înregistrat în jurnalul de audit.
reveal-not-allowed = Rolul dumneavoastră nu permite afișarea datelor personale.
composer-placeholder = Scrieți răspunsul…
composer-send = Trimiteți
composer-preview = Clientul va citi:
composer-preview-same = Clientul citește în limba dumneavoastră: nu este nevoie de traducere.
note-toggle = Notă privată (doar echipa dumneavoastră o vede)
note-placeholder = Scrieți o notă pentru echipa dumneavoastră…
note-save = Salvați nota
note-by = Autorul notei: { $name }
shopper-typing = Clientul scrie…
canned-label = Răspunsuri predefinite
actions-label = Acțiuni pentru conversație
assigned-to = Atribuită: { $name }
assign-me = Atribuiți-mi
hand-back = Predați înapoi botului
close-conversation = Închideți
conversation-closed = Această conversație este închisă.
rating-given = Evaluare: { $stars } din 5
rating-comment = Comentariu: { $comment }
shortcuts = Taste: j și k parcurg mesajele primite, Enter deschide, r răspunde, Esc revine.
assign-to = Atribuiți…
assignee-writes = scrie în { $language }
assignee-on-shift = în tură
assignee-off-shift = în afara turei
notify-toggle = Sunet și notificare pentru transferurile noi
notify-blocked = Acest browser blochează notificările consolei; se aude doar sunetul.
notify-title = Un client așteaptă o persoană
notify-body = Scrie în { $language }. Deschideți consola pentru a răspunde.
team-heading = Echipă
team-admins-only = Doar administratorii magazinului pot deschide pagina echipei.
member-name = Nume
member-email = E-mail
member-role = Rol
member-languages = Limbile în care scrie (prima este limba consolei sale)
member-regions = Regiunile pe care le vede
member-teams = Echipele după al căror program lucrează
member-state = Cont
member-active = Activ
member-invited = Invitat
member-disabled = Dezactivat
member-edit = Modificați
member-revoke = Deconectați peste tot
member-disable = Dezactivați
member-reinstate = Reactivați
member-can-reveal = Poate afișa datele personale
member-save = Salvați modificările
member-change-heading = Modificați o persoană
role-admin = Administrator
role-agent = Agent
invite-create-heading = Invitați o persoană
invite-create = Creați un link de invitație
invite-link-made = Trimiteți acest link persoanei invitate. Funcționează o singură dată, timp de 7 zile.
audit-heading = Jurnal de audit
audit-refresh = Reîncărcați
audit-when = Când
audit-who = Cine
audit-what = Ce
audit-target = Privește
audit-reveal = A afișat date personale
audit-invite = A invitat
audit-update = A modificat o persoană
audit-revoke = A deconectat o persoană peste tot
audit-disable = A dezactivat un cont
audit-reinstate = A reactivat un cont
canned-id = ID (a-z, 0-9 și -)
canned-title = Titlu
canned-locale = Limba textului
canned-text = Text
canned-variables = Scrieți { $name } pentru numele agentului și { $order } pentru numărul comenzii verificat de client.
canned-save = Salvați textul
canned-delete = Eliminați
channel-socket = Chat web, conexiune în timp real
channel-polling = Chat web, mod pentru rețea lentă: răspundeți scurt
