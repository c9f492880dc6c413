# Caravan-widget, suomi. Puhuttelu: neutraali ja kohtelias.
launcher-open = Avaa chat
launcher-close = Sulje chat
header-title = { $store }
header-subtitle = Vastaamme yleensä muutamassa minuutissa
empty-state = Kysy meiltä tilauksesta, toimituksesta tai tuotteistamme.
composer-placeholder = Kirjoita viesti…
composer-send = Lähetä
author-you = Sinä
author-bot = Avustaja
author-agent = Asiakaspalvelu
agent-typing = Asiakaspalvelu kirjoittaa…
status-sending = Lähetetään…
status-sent = Lähetetty
status-delivered = Toimitettu
status-failed = Ei lähetetty
connection-connecting = Yhdistetään…
connection-offline = Olet offline-tilassa. Viestit lähetetään, kun yhteys palaa.
connection-unavailable = Chat ei ole juuri nyt käytettävissä. Viestit säilytetään ja lähetetään, kun palvelu palaa.
connection-region-unavailable = Palveluun, joka säilyttää keskustelun alueellasi, ei juuri nyt saada yhteyttä. Mitään ei lähetetä muualle: viestit odottavat tällä laitteella ja toimitetaan, kun palvelu palaa.
chat-unavailable = Chat ei ole juuri nyt käytettävissä.
messages-waiting =
    { $count ->
        [one] Yksi viesti odottaa lähetystä.
       *[other] { $count } viestiä odottaa lähetystä.
    }
error-message-too-long =
    { $max ->
        [one] Viesti on liian pitkä: enintään { $max } merkki.
       *[other] Viesti on liian pitkä: enintään { $max } merkkiä.
    }
error-generic = Jokin meni vikaan. Yritä uudelleen.
text-mode-on = Tekstitila: kuvat, avatarit ja animaatiot on poistettu käytöstä datan säästämiseksi.
text-mode-switch-on = Vaihda pelkkään tekstiin
text-mode-switch-off = Vaihda täyteen chattiin
lite-mode = Kevyt chat hitaille yhteyksille: vain tekstiä.
lite-load-full = Lataa täysi chat
language-menu = Kieli
translated-notice = Käännetty automaattisesti
show-original = Näytä alkuperäinen
show-translation = Näytä käännös
translation-unavailable = Ei käännetty: käännöspalvelu ei ole juuri nyt käytettävissä.
privacy-menu = Tietosuoja
privacy-run-by = Tätä chattia ylläpitää { $store }.
privacy-stored = Keskustelusi säilytetään alueella: { $region }.
privacy-policy = Tietosuojaseloste
privacy-download = Lataa keskusteluni
privacy-download-text = Luettava teksti
privacy-download-json = Data (JSON)
privacy-delete = Poista keskusteluni
privacy-delete-confirm = Poistetaanko tämä keskustelu pysyvästi? Sitä ei saa enää takaisin – et sinä eikä kauppa.
privacy-delete-yes = Poista
privacy-delete-no = Säilytä
privacy-deleted = Keskustelusi on poistettu.
region-eu = Euroopan unioni
region-us = Yhdysvallat
region-sa = Etelä-Amerikka
region-in = Intia
region-apac = Aasian ja Tyynenmeren alue
region-oc = Oseania
region-me = Lähi-itä
region-af = Afrikka
