# Caravan-widget, svenska. Tilltal: du (svensk standard i handel).
launcher-open = Öppna chatten
launcher-close = Stäng chatten
header-title = { $store }
header-subtitle = Vi svarar oftast inom några minuter
empty-state = Fråga oss gärna om din beställning, leveransen eller våra produkter.
composer-placeholder = Skriv ett meddelande…
composer-send = Skicka
author-you = Du
author-bot = Assistent
author-agent = Kundtjänst
agent-typing = Kundtjänst skriver…
status-sending = Skickar…
status-sent = Skickat
status-delivered = Levererat
status-failed = Inte skickat
connection-connecting = Ansluter…
connection-offline = Du är offline. Dina meddelanden skickas när du är online igen.
connection-unavailable = Chatten är inte tillgänglig just nu. Dina meddelanden sparas och skickas när tjänsten är tillbaka.
connection-region-unavailable = Tjänsten som förvarar din konversation i din region går inte att nå just nu. Inget skickas någon annanstans: dina meddelanden väntar på den här enheten och levereras när den är tillbaka.
chat-unavailable = Chatten är inte tillgänglig just nu.
messages-waiting =
    { $count ->
        [one] Ett meddelande väntar på att skickas.
       *[other] { $count } meddelanden väntar på att skickas.
    }
error-message-too-long =
    { $max ->
        [one] Meddelandet är för långt: högst { $max } tecken.
       *[other] Meddelandet är för långt: högst { $max } tecken.
    }
error-generic = Något gick fel. Försök igen.
text-mode-on = Textläge: bilder, avatarer och animationer är avstängda för att spara data.
text-mode-switch-on = Byt till endast text
text-mode-switch-off = Byt till hela chatten
lite-mode = Lätt chatt för långsamma anslutningar: endast text.
lite-load-full = Ladda hela chatten
language-menu = Språk
translated-notice = Automatiskt översatt
show-original = Visa original
show-translation = Visa översättning
translation-unavailable = Inte översatt: översättning är inte tillgänglig just nu.
privacy-menu = Integritet
privacy-run-by = Den här chatten drivs av { $store }.
privacy-stored = Din konversation lagras i: { $region }.
privacy-policy = Integritetspolicy
privacy-download = Ladda ner min konversation
privacy-download-text = Läsbar text
privacy-download-json = Data (JSON)
privacy-delete = Radera min konversation
privacy-delete-confirm = Vill du radera konversationen för gott? Varken du eller butiken kan få tillbaka den.
privacy-delete-yes = Radera
privacy-delete-no = Behåll den
privacy-deleted = Din konversation har raderats.
region-eu = Europeiska unionen
region-us = USA
region-sa = Sydamerika
region-in = Indien
region-apac = Asien och Stillahavsområdet
region-oc = Oceanien
region-me = Mellanöstern
region-af = Afrika
