# Caravan-Agentenkonsole, Deutsch. Register: Sie. Dieselben Nachrichten und Variablen wie
# locales/en/console.ftl (geprüft von core/tests/locales_complete.rs).
# Agentinnen und Agenten lesen diese Texte den ganzen Tag: kurz, klar, sachlich.
console-title = Caravan-Konsole
title-unread =
    { $count ->
        [one] ({ $count }) Caravan-Konsole
       *[other] ({ $count }) Caravan-Konsole
    }
store-label = Shop
login-heading = Anmelden
login-email = E-Mail
login-password = Passwort
login-submit = Anmelden
login-failed = E-Mail-Adresse oder Passwort ist falsch.
login-limited = Zu viele Versuche. Bitte versuchen Sie es in ein paar Minuten erneut.
invite-heading = Willkommen, { $name }
invite-explain = Wählen Sie ein Passwort für { $email }: mindestens 12 Zeichen.
invite-submit = Passwort festlegen und anmelden
invite-gone = Dieser Einladungslink ist abgelaufen oder wurde bereits verwendet. Bitten Sie Ihren Admin um einen neuen.
password-too-short = Das Passwort muss mindestens 12 Zeichen lang sein.
sign-out = Abmelden
ui-language = Sprache der Konsole
error-network = Der Server ist nicht erreichbar. Neuer Versuch läuft…
error-other = Etwas ist schiefgelaufen: { $detail }
inbox-heading = Posteingang
filter-status = Status
filter-language = Sprache
filter-country = Land
filter-region = Region
filter-any = Alle
filter-unread = Nur ungelesene
filter-mine = Mir zugewiesen
status-bot = Beim Bot
status-waiting = Wartet auf eine Person
status-open = Offen
status-closed = Geschlossen
inbox-empty = Keine Unterhaltung entspricht diesen Filtern.
region-unreachable = Die Region { $region } ist gerade nicht erreichbar.
waiting-minutes =
    { $minutes ->
        [one] Wartet seit { $minutes } Minute
       *[other] Wartet seit { $minutes } Minuten
    }
unread-count =
    { $count ->
        [one] { $count } ungelesen
       *[other] { $count } ungelesen
    }
shopper-local-time = Ortszeit des Kunden: { $time }
trigger-asked = Hat nach einer Person gefragt
trigger-misses = Der Bot hat nicht verstanden
trigger-repeated = Hat dasselbe erneut gefragt
trigger-frustrated = Verärgert
trigger-vip = VIP-Kunde
trigger-lookups = Zu viele Bestellabfragen
back-to-inbox = Zurück zum Posteingang
summary-heading = Zusammenfassung der Übergabe
summary-intents = Gefragt nach
summary-mood = Stimmung
summary-order = Bestellung
summary-email = E-Mail für die Antwort
mood-calm = Ruhig
mood-tense = Angespannt
mood-upset = Verärgert
author-shopper = Kunde
author-bot = Bot
author-agent = Agent
written-in = Originalsprache: { $language }
show-original = Original anzeigen
show-translation = Übersetzung anzeigen
reveal = Daten anzeigen
revealed = Für Sie unmaskiert angezeigt; dies wurde im Audit-Log protokolliert.
reveal-not-allowed = Ihre Rolle darf keine personenbezogenen Daten aufdecken.
composer-placeholder = Antwort schreiben…
composer-send = Senden
composer-preview = Der Kunde liest:
composer-preview-same = Der Kunde versteht Ihre Sprache: keine Übersetzung nötig.
note-toggle = Interne Notiz (nur für Ihr Team sichtbar)
note-placeholder = Notiz für Ihr Team schreiben…
note-save = Notiz speichern
note-by = Notiz von { $name }
shopper-typing = Der Kunde schreibt…
canned-label = Textbausteine
actions-label = Aktionen für die Unterhaltung
assigned-to = Zugewiesen an { $name }
assign-me = Mir zuweisen
hand-back = An den Bot zurückgeben
close-conversation = Schließen
conversation-closed = Diese Unterhaltung ist geschlossen.
rating-given = Bewertung: { $stars } von 5
rating-comment = Kommentar: { $comment }
shortcuts = Tasten: j und k bewegen durch den Posteingang, Enter öffnet, r antwortet, Esc geht zurück.
assign-to = Zuweisen an…
assignee-writes = schreibt { $language }
assignee-on-shift = im Dienst
assignee-off-shift = nicht im Dienst
notify-toggle = Ton und Benachrichtigung bei neuen Übergaben
notify-blocked = Dieser Browser blockiert Benachrichtigungen der Konsole; nur der Ton wird abgespielt.
notify-title = Ein Kunde wartet auf eine Person
notify-body = Schreibt auf { $language }. Öffnen Sie die Konsole, um zu antworten.
team-heading = Team
team-admins-only = Nur die Admins des Shops können die Teamseite öffnen.
member-name = Name
member-email = E-Mail
member-role = Rolle
member-languages = Sprachen, in denen die Person schreibt (die erste ist die Sprache ihrer Konsole)
member-regions = Regionen, die die Person sieht
member-teams = Teams, nach deren Arbeitszeiten die Person arbeitet
member-state = Konto
member-active = Aktiv
member-invited = Eingeladen
member-disabled = Deaktiviert
member-edit = Bearbeiten
member-revoke = Überall abmelden
member-disable = Deaktivieren
member-reinstate = Wieder aktivieren
member-can-reveal = Darf personenbezogene Daten aufdecken
member-save = Änderungen speichern
member-change-heading = Person bearbeiten
role-admin = Admin
role-agent = Agent
invite-create-heading = Person einladen
invite-create = Einladungslink erstellen
invite-link-made = Senden Sie diesen Link an die eingeladene Person. Er funktioniert einmal und ist 7 Tage gültig.
audit-heading = Audit-Log
audit-refresh = Neu laden
audit-when = Wann
audit-who = Wer
audit-what = Was
audit-target = Betrifft
audit-reveal = Personenbezogene Daten aufgedeckt
audit-invite = Eingeladen
audit-update = Person bearbeitet
audit-revoke = Person überall abgemeldet
audit-disable = Konto deaktiviert
audit-reinstate = Konto wieder aktiviert
canned-id = ID (a-z, 0-9 und -)
canned-title = Titel
canned-locale = Sprache des Textes
canned-text = Text
canned-variables = Schreiben Sie { $name } für den Namen des Agenten und { $order } für die vom Kunden bestätigte Bestellnummer.
canned-save = Text speichern
canned-delete = Entfernen
channel-socket = Web-Chat, Live-Verbindung
channel-polling = Web-Chat, Modus für langsame Netze: Antworten kurz halten
