# Widget Caravan, italiano. Registro: Lei.
launcher-open = Apri la chat
launcher-close = Chiudi la chat
header-title = { $store }
header-subtitle = Di solito rispondiamo in pochi minuti
empty-state = Ci chieda pure qualsiasi cosa sul suo ordine, sulla spedizione o sui nostri prodotti.
composer-placeholder = Scriva un messaggio…
composer-send = Invia
author-you = Lei
author-bot = Assistente
author-agent = Assistenza clienti
agent-typing = L’assistenza clienti sta scrivendo…
status-sending = Invio in corso…
status-sent = Inviato
status-delivered = Consegnato
status-failed = Non inviato
connection-connecting = Connessione in corso…
connection-offline = È offline. I suoi messaggi verranno inviati quando sarà di nuovo online.
connection-unavailable = La chat non è disponibile al momento. I suoi messaggi sono conservati e verranno inviati quando il servizio tornerà attivo.
connection-region-unavailable = Il servizio che conserva la sua conversazione nella sua regione non è raggiungibile al momento. Nulla viene inviato altrove: i suoi messaggi attendono su questo dispositivo e verranno consegnati quando tornerà attivo.
chat-unavailable = La chat non è disponibile al momento.
messages-waiting =
    { $count ->
        [one] Un messaggio in attesa di invio.
       *[other] { $count } messaggi in attesa di invio.
    }
error-message-too-long =
    { $max ->
        [one] Questo messaggio è troppo lungo: al massimo { $max } carattere.
       *[other] Questo messaggio è troppo lungo: al massimo { $max } caratteri.
    }
error-generic = Si è verificato un errore. Riprovi.
text-mode-on = Modalità testo: immagini, avatar e animazioni disattivati per risparmiare dati.
text-mode-switch-on = Passa al solo testo
text-mode-switch-off = Passa alla chat completa
lite-mode = Chat leggera per connessioni lente: solo testo.
lite-load-full = Carica la chat completa
language-menu = Lingua
translated-notice = Tradotto automaticamente
show-original = Mostra l’originale
show-translation = Mostra la traduzione
translation-unavailable = Non tradotto: la traduzione non è disponibile al momento.
privacy-menu = Privacy
privacy-run-by = Questa chat è gestita da { $store }.
privacy-stored = La sua conversazione è conservata in: { $region }.
privacy-policy = Informativa sulla privacy
privacy-download = Scarica la mia conversazione
privacy-download-text = Testo leggibile
privacy-download-json = Dati (JSON)
privacy-delete = Elimina la mia conversazione
privacy-delete-confirm = Eliminare definitivamente questa conversazione? Né lei né il negozio potranno più recuperarla.
privacy-delete-yes = Elimina
privacy-delete-no = Conserva
privacy-deleted = La sua conversazione è stata eliminata.
region-eu = Unione europea
region-us = Stati Uniti
region-sa = America del Sud
region-in = India
region-apac = Asia-Pacifico
region-oc = Oceania
region-me = Medio Oriente
region-af = Africa
