# Console agenti Caravan, italiano. Registro: Lei. Stessi messaggi e variabili di
# locales/en/console.ftl (verificato da core/tests/locales_complete.rs).
# Gli agenti leggono questi testi tutto il giorno: brevi, chiari, tono da strumento di lavoro.
console-title = Console Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Console Caravan
       *[other] ({ $count }) Console Caravan
    }
store-label = Negozio
login-heading = Accesso
login-email = Email
login-password = Password
login-submit = Accedi
login-failed = L’email o la password non sono corrette.
login-limited = Troppi tentativi. Riprovi tra qualche minuto.
invite-heading = Le diamo il benvenuto, { $name }
invite-explain = Scelga una password per { $email }: almeno 12 caratteri.
invite-submit = Imposta la password e accedi
invite-gone = Questo link di invito è scaduto o è già stato usato. Ne chieda uno nuovo al Suo amministratore.
password-too-short = La password deve avere almeno 12 caratteri.
sign-out = Esci
ui-language = Lingua della console
error-network = Impossibile raggiungere il server. Nuovo tentativo in corso…
error-other = Si è verificato un problema: { $detail }
inbox-heading = Posta in arrivo
filter-status = Stato
filter-language = Lingua
filter-country = Paese
filter-region = Regione
filter-any = Tutti
filter-unread = Solo non lette
filter-mine = Assegnate a me
status-bot = Con il bot
status-waiting = In attesa di una persona
status-open = Aperta
status-closed = Chiusa
inbox-empty = Nessuna conversazione corrisponde a questi filtri.
region-unreachable = La regione { $region } non è raggiungibile in questo momento.
waiting-minutes =
    { $minutes ->
        [one] In attesa da { $minutes } minuto
       *[other] In attesa da { $minutes } minuti
    }
unread-count =
    { $count ->
        [one] { $count } non letto
       *[other] { $count } non letti
    }
shopper-local-time = Ora del cliente: { $time }
trigger-asked = Ha chiesto di parlare con una persona
trigger-misses = Il bot non ha capito
trigger-repeated = Ha ripetuto la stessa domanda
trigger-frustrated = Irritato
trigger-vip = Cliente VIP
trigger-lookups = Troppe ricerche di ordini
back-to-inbox = Torna alla posta in arrivo
summary-heading = Riepilogo del passaggio
summary-intents = Argomenti richiesti
summary-mood = Umore
summary-order = Ordine
summary-email = Email lasciata per la risposta
mood-calm = Calmo
mood-tense = Teso
mood-upset = Irritato
author-shopper = Cliente
author-bot = Bot
author-agent = Operatore
written-in = Lingua originale: { $language }
show-original = Mostra l’originale
show-translation = Mostra la traduzione
reveal = Mostra in chiaro
revealed = Visibile in chiaro per Lei; l’accesso è stato registrato nel log di audit.
reveal-not-allowed = Il Suo ruolo non consente di mostrare i dati personali.
composer-placeholder = Scriva la risposta…
composer-send = Invia
composer-preview = Il cliente leggerà:
composer-preview-same = Il cliente legge la Sua lingua: nessuna traduzione necessaria.
note-toggle = Nota privata (la vede solo il Suo team)
note-placeholder = Scriva una nota per il Suo team…
note-save = Salva nota
note-by = Nota di { $name }
shopper-typing = Il cliente sta scrivendo…
canned-label = Risposte predefinite
actions-label = Azioni sulla conversazione
assigned-to = Assegnata a { $name }
assign-me = Assegna a me
hand-back = Restituisci al bot
close-conversation = Chiudi
conversation-closed = Questa conversazione è chiusa.
rating-given = Valutazione: { $stars } su 5
rating-comment = Commento: { $comment }
shortcuts = Tasti: j e k per scorrere la posta in arrivo, Enter per aprire, r per rispondere, Esc per tornare indietro.
assign-to = Assegna a…
assignee-writes = scrive in { $language }
assignee-on-shift = in turno
assignee-off-shift = fuori turno
notify-toggle = Suono e notifica per i nuovi passaggi
notify-blocked = Questo browser blocca le notifiche della console; viene riprodotto solo il suono.
notify-title = Un cliente attende una persona
notify-body = Scrive in { $language }. Apra la console per rispondere.
team-heading = Team
team-admins-only = Solo gli amministratori del negozio possono aprire la pagina del team.
member-name = Nome
member-email = Email
member-role = Ruolo
member-languages = Lingue in cui scrive (la prima è quella della sua console)
member-regions = Regioni che vede
member-teams = Team di cui segue gli orari
member-state = Account
member-active = Attivo
member-invited = Invitato
member-disabled = Disattivato
member-edit = Modifica
member-revoke = Disconnetti ovunque
member-disable = Disattiva
member-reinstate = Riattiva
member-can-reveal = Può mostrare in chiaro i dati personali
member-save = Salva le modifiche
member-change-heading = Modifica una persona
role-admin = Amministratore
role-agent = Operatore
invite-create-heading = Invita una persona
invite-create = Crea un link di invito
invite-link-made = Invii questo link alla persona invitata. Funziona una sola volta, per 7 giorni.
audit-heading = Log di audit
audit-refresh = Aggiorna
audit-when = Quando
audit-who = Chi
audit-what = Cosa
audit-target = Riguarda
audit-reveal = Ha mostrato in chiaro dati personali
audit-invite = Ha invitato
audit-update = Ha modificato una persona
audit-revoke = Ha disconnesso ovunque una persona
audit-disable = Ha disattivato un account
audit-reinstate = Ha riattivato un account
canned-id = Id (a-z, 0-9 e -)
canned-title = Titolo
canned-locale = Lingua del testo
canned-text = Testo
canned-variables = Scriva { $name } per il nome dell’operatore e { $order } per il numero d’ordine verificato dal cliente.
canned-save = Salva il testo
canned-delete = Rimuovi
channel-socket = Chat web, connessione in tempo reale
channel-polling = Chat web, modalità rete lenta: risponda brevemente
