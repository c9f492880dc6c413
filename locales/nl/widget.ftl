# Caravan-widget, Nederlands. Register: u.
launcher-open = Chat openen
launcher-close = Chat sluiten
header-title = { $store }
header-subtitle = We reageren meestal binnen enkele minuten
empty-state = Stel ons gerust al uw vragen over uw bestelling, de verzending of onze producten.
composer-placeholder = Schrijf een bericht…
composer-send = Versturen
author-you = U
author-bot = Assistent
author-agent = Klantenservice
agent-typing = De klantenservice typt…
status-sending = Versturen…
status-sent = Verstuurd
status-delivered = Afgeleverd
status-failed = Niet verstuurd
connection-connecting = Verbinden…
connection-offline = U bent offline. Uw berichten worden verstuurd zodra u weer online bent.
connection-unavailable = De chat is nu niet beschikbaar. Uw berichten worden bewaard en verstuurd zodra de dienst terug is.
connection-region-unavailable = De dienst die uw gesprek in uw regio bewaart, is nu niet bereikbaar. Er wordt niets elders heen gestuurd: uw berichten wachten op dit apparaat en worden afgeleverd zodra de dienst terug is.
chat-unavailable = De chat is nu niet beschikbaar.
messages-waiting =
    { $count ->
        [one] Eén bericht wacht op verzending.
       *[other] { $count } berichten wachten op verzending.
    }
error-message-too-long =
    { $max ->
        [one] Dit bericht is te lang: maximaal { $max } teken.
       *[other] Dit bericht is te lang: maximaal { $max } tekens.
    }
error-generic = Er ging iets mis. Probeer het opnieuw.
text-mode-on = Tekstmodus: afbeeldingen, avatars en animaties staan uit om data te besparen.
text-mode-switch-on = Alleen tekst tonen
text-mode-switch-off = Naar de volledige chat
lite-mode = Lichte chat voor trage verbindingen: alleen tekst.
lite-load-full = Volledige chat laden
language-menu = Taal
translated-notice = Automatisch vertaald
show-original = Origineel tonen
show-translation = Vertaling tonen
translation-unavailable = Niet vertaald: vertalen is nu niet beschikbaar.
privacy-menu = Privacy
privacy-run-by = Deze chat wordt beheerd door { $store }.
privacy-stored = Uw gesprek wordt opgeslagen in: { $region }.
privacy-policy = Privacybeleid
privacy-download = Mijn gesprek downloaden
privacy-download-text = Leesbare tekst
privacy-download-json = Gegevens (JSON)
privacy-delete = Mijn gesprek verwijderen
privacy-delete-confirm = Dit gesprek definitief verwijderen? U en de winkel kunnen het daarna niet meer terughalen.
privacy-delete-yes = Verwijderen
privacy-delete-no = Bewaren
privacy-deleted = Uw gesprek is verwijderd.
region-eu = Europese Unie
region-us = Verenigde Staten
region-sa = Zuid-Amerika
region-in = India
region-apac = Azië-Pacific
region-oc = Oceanië
region-me = Midden-Oosten
region-af = Afrika
