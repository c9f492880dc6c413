# Caravan-widget, norsk bokmål. Tiltale: du (norsk standard i handel).
launcher-open = Åpne chat
launcher-close = Lukk chat
header-title = { $store }
header-subtitle = Vi svarer vanligvis i løpet av noen minutter
empty-state = Spør oss om bestillingen, frakten eller produktene våre.
composer-placeholder = Skriv en melding…
composer-send = Send
author-you = Deg
author-bot = Assistent
author-agent = Kundeservice
agent-typing = Kundeservice skriver…
status-sending = Sender…
status-sent = Sendt
status-delivered = Levert
status-failed = Ikke sendt
connection-connecting = Kobler til…
connection-offline = Du er frakoblet. Meldingene dine sendes når du er på nett igjen.
connection-unavailable = Chatten er ikke tilgjengelig akkurat nå. Meldingene dine lagres og sendes når tjenesten er tilbake.
connection-region-unavailable = Tjenesten som oppbevarer samtalen din i din region, kan ikke nås nå. Ingenting sendes andre steder: meldingene venter på denne enheten og leveres når den er tilbake.
chat-unavailable = Chatten er ikke tilgjengelig akkurat nå.
messages-waiting =
    { $count ->
        [one] Én melding venter på å bli sendt.
       *[other] { $count } meldinger venter på å bli sendt.
    }
error-message-too-long =
    { $max ->
        [one] Meldingen er for lang: maks { $max } tegn.
       *[other] Meldingen er for lang: maks { $max } tegn.
    }
error-generic = Noe gikk galt. Prøv igjen.
text-mode-on = Tekstmodus: bilder, avatarer og animasjoner er slått av for å spare data.
text-mode-switch-on = Bytt til bare tekst
text-mode-switch-off = Bytt til hele chatten
lite-mode = Lett chat for trege tilkoblinger: bare tekst.
lite-load-full = Last inn hele chatten
language-menu = Språk
translated-notice = Automatisk oversatt
show-original = Vis original
show-translation = Vis oversettelse
translation-unavailable = Ikke oversatt: oversettelse er ikke tilgjengelig nå.
privacy-menu = Personvern
privacy-run-by = Denne chatten drives av { $store }.
privacy-stored = Samtalen din lagres i: { $region }.
privacy-policy = Personvernerklæring
privacy-download = Last ned samtalen min
privacy-download-text = Lesbar tekst
privacy-download-json = Data (JSON)
privacy-delete = Slett samtalen min
privacy-delete-confirm = Vil du slette samtalen for godt? Verken du eller butikken kan få den tilbake.
privacy-delete-yes = Slett
privacy-delete-no = Behold den
privacy-deleted = Samtalen din er slettet.
region-eu = Den europeiske union
region-us = USA
region-sa = Sør-Amerika
region-in = India
region-apac = Asia og Stillehavsområdet
region-oc = Oseania
region-me = Midtøsten
region-af = Afrika
