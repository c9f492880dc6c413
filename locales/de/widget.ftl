# Caravan-Widget, Deutsch. Register: Sie.
launcher-open = Chat öffnen
launcher-close = Chat schließen
header-title = { $store }
header-subtitle = Wir antworten meist innerhalb weniger Minuten
empty-state = Fragen Sie uns alles zu Ihrer Bestellung, zum Versand oder zu unseren Produkten.
composer-placeholder = Nachricht schreiben…
composer-send = Senden
author-you = Sie
author-bot = Assistent
author-agent = Kundenservice
agent-typing = Der Kundenservice schreibt…
status-sending = Wird gesendet…
status-sent = Gesendet
status-delivered = Zugestellt
status-failed = Nicht gesendet
connection-connecting = Verbindung wird hergestellt…
connection-offline = Sie sind offline. Ihre Nachrichten werden gesendet, sobald Sie wieder online sind.
connection-unavailable = Der Chat ist gerade nicht verfügbar. Ihre Nachrichten bleiben gespeichert und werden gesendet, sobald der Dienst wieder erreichbar ist.
connection-region-unavailable = Der Dienst, der Ihre Unterhaltung in Ihrer Region speichert, ist gerade nicht erreichbar. Nichts wird anderswohin gesendet: Ihre Nachrichten warten auf diesem Gerät und werden zugestellt, sobald er wieder erreichbar ist.
chat-unavailable = Der Chat ist gerade nicht verfügbar.
messages-waiting =
    { $count ->
        [one] Eine Nachricht wartet auf den Versand.
       *[other] { $count } Nachrichten warten auf den Versand.
    }
error-message-too-long =
    { $max ->
        [one] Diese Nachricht ist zu lang: höchstens { $max } Zeichen.
       *[other] Diese Nachricht ist zu lang: höchstens { $max } Zeichen.
    }
error-generic = Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.
text-mode-on = Textmodus: Bilder, Avatare und Animationen sind aus, um Daten zu sparen.
text-mode-switch-on = Nur Text anzeigen
text-mode-switch-off = Zum vollständigen Chat wechseln
lite-mode = Leichter Chat für langsame Verbindungen: nur Text.
lite-load-full = Vollständigen Chat laden
language-menu = Sprache
translated-notice = Automatisch übersetzt
show-original = Original anzeigen
show-translation = Übersetzung anzeigen
translation-unavailable = Nicht übersetzt: Die Übersetzung ist gerade nicht verfügbar.
privacy-menu = Datenschutz
privacy-run-by = Dieser Chat wird von { $store } betrieben.
privacy-stored = Ihre Unterhaltung wird gespeichert in: { $region }.
privacy-policy = Datenschutzerklärung
privacy-download = Meine Unterhaltung herunterladen
privacy-download-text = Lesbarer Text
privacy-download-json = Daten (JSON)
privacy-delete = Meine Unterhaltung löschen
privacy-delete-confirm = Diese Unterhaltung endgültig löschen? Weder Sie noch der Shop können sie danach wiederherstellen.
privacy-delete-yes = Löschen
privacy-delete-no = Behalten
privacy-deleted = Ihre Unterhaltung wurde gelöscht.
region-eu = Europäische Union
region-us = Vereinigte Staaten
region-sa = Südamerika
region-in = Indien
region-apac = Asien-Pazifik
region-oc = Ozeanien
region-me = Naher Osten
region-af = Afrika
