# Caravan-widget, dansk. Tiltale: du (dansk standard i handel).
launcher-open = Åbn chat
launcher-close = Luk chat
header-title = { $store }
header-subtitle = Vi svarer som regel inden for få minutter
empty-state = Spørg os om din ordre, levering eller vores produkter.
composer-placeholder = Skriv en besked…
composer-send = Send
author-you = Dig
author-bot = Assistent
author-agent = Kundeservice
agent-typing = Kundeservice skriver…
status-sending = Sender…
status-sent = Sendt
status-delivered = Leveret
status-failed = Ikke sendt
connection-connecting = Forbinder…
connection-offline = Du er offline. Dine beskeder bliver sendt, når du er online igen.
connection-unavailable = Chatten er ikke tilgængelig lige nu. Dine beskeder gemmes og sendes, når tjenesten er tilbage.
connection-region-unavailable = Tjenesten, der opbevarer din samtale i din region, kan ikke nås lige nu. Intet sendes andre steder hen: dine beskeder venter på denne enhed og leveres, når den er tilbage.
chat-unavailable = Chatten er ikke tilgængelig lige nu.
messages-waiting =
    { $count ->
        [one] Én besked venter på at blive sendt.
       *[other] { $count } beskeder venter på at blive sendt.
    }
error-message-too-long =
    { $max ->
        [one] Beskeden er for lang: højst { $max } tegn.
       *[other] Beskeden er for lang: højst { $max } tegn.
    }
error-generic = Noget gik galt. Prøv igen.
text-mode-on = Teksttilstand: billeder, avatarer og animationer er slået fra for at spare data.
text-mode-switch-on = Skift til kun tekst
text-mode-switch-off = Skift til hele chatten
lite-mode = Let chat til langsomme forbindelser: kun tekst.
lite-load-full = Indlæs hele chatten
language-menu = Sprog
translated-notice = Oversat automatisk
show-original = Vis original
show-translation = Vis oversættelse
translation-unavailable = Ikke oversat: oversættelse er ikke tilgængelig lige nu.
privacy-menu = Privatliv
privacy-run-by = Denne chat drives af { $store }.
privacy-stored = Din samtale opbevares i: { $region }.
privacy-policy = Privatlivspolitik
privacy-download = Download min samtale
privacy-download-text = Læsbar tekst
privacy-download-json = Data (JSON)
privacy-delete = Slet min samtale
privacy-delete-confirm = Vil du slette samtalen for altid? Hverken du eller butikken kan få den tilbage.
privacy-delete-yes = Slet
privacy-delete-no = Behold den
privacy-deleted = Din samtale er slettet.
region-eu = Den Europæiske Union
region-us = USA
region-sa = Sydamerika
region-in = Indien
region-apac = Asien og Stillehavsområdet
region-oc = Oceanien
region-me = Mellemøsten
region-af = Afrika
