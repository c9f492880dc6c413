# Widget Caravan, română. Registru: dumneavoastră.
launcher-open = Deschideți chatul
launcher-close = Închideți chatul
header-title = { $store }
header-subtitle = De obicei răspundem în câteva minute
empty-state = Întrebați-ne orice despre comanda dumneavoastră, livrare sau produsele noastre.
composer-placeholder = Scrieți un mesaj…
composer-send = Trimiteți
author-you = Dumneavoastră
author-bot = Asistent
author-agent = Echipa de asistență
agent-typing = Echipa de asistență scrie…
status-sending = Se trimite…
status-sent = Trimis
status-delivered = Livrat
status-failed = Netrimis
connection-connecting = Se conectează…
connection-offline = Sunteți offline. Mesajele dumneavoastră vor fi trimise când reveniți online.
connection-unavailable = Chatul nu este disponibil acum. Mesajele dumneavoastră sunt păstrate și vor fi trimise când serviciul revine.
connection-region-unavailable = Serviciul care păstrează conversația dumneavoastră în regiunea dumneavoastră nu poate fi contactat acum. Nimic nu este trimis în altă parte: mesajele așteaptă pe acest dispozitiv și vor fi livrate când serviciul revine.
chat-unavailable = Chatul nu este disponibil acum.
messages-waiting =
    { $count ->
        [one] Un mesaj așteaptă să fie trimis.
        [few] { $count } mesaje așteaptă să fie trimise.
       *[other] { $count } de mesaje așteaptă să fie trimise.
    }
error-message-too-long =
    { $max ->
        [one] Acest mesaj este prea lung: cel mult { $max } caracter.
        [few] Acest mesaj este prea lung: cel mult { $max } caractere.
       *[other] Acest mesaj este prea lung: cel mult { $max } de caractere.
    }
error-generic = A apărut o eroare. Vă rugăm să încercați din nou.
text-mode-on = Mod text: imaginile, avatarele și animațiile sunt oprite pentru a economisi date.
text-mode-switch-on = Treceți la doar text
text-mode-switch-off = Treceți la chatul complet
lite-mode = Chat ușor pentru conexiuni lente: doar text.
lite-load-full = Încărcați chatul complet
language-menu = Limbă
translated-notice = Tradus automat
show-original = Afișați originalul
show-translation = Afișați traducerea
translation-unavailable = Netradus: traducerea nu este disponibilă acum.
privacy-menu = Confidențialitate
privacy-run-by = Acest chat este administrat de { $store }.
privacy-stored = Conversația dumneavoastră este stocată în: { $region }.
privacy-policy = Politica de confidențialitate
privacy-download = Descărcați conversația
privacy-download-text = Text lizibil
privacy-download-json = Date (JSON)
privacy-delete = Ștergeți conversația
privacy-delete-confirm = Ștergeți definitiv această conversație? Nu va mai putea fi recuperată nici de dumneavoastră, nici de magazin.
privacy-delete-yes = Ștergeți
privacy-delete-no = Păstrați
privacy-deleted = Conversația dumneavoastră a fost ștearsă.
region-eu = Uniunea Europeană
region-us = Statele Unite
region-sa = America de Sud
region-in = India
region-apac = Asia-Pacific
region-oc = Oceania
region-me = Orientul Mijlociu
region-af = Africa
