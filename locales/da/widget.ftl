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
