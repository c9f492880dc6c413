# Caravanin agenttikonsoli, suomi. Puhuttelu: neutraali ja kohtelias. Samat viestit ja muuttujat
# kuin locales/en/console.ftl:ssä (tarkistaa core/tests/locales_complete.rs).
# Agentit lukevat näitä koko päivän: lyhyesti, selkeästi, työkalun sävyyn.
console-title = Caravan-konsoli
title-unread =
    { $count ->
        [one] ({ $count }) Caravan-konsoli
       *[other] ({ $count }) Caravan-konsoli
    }
store-label = Kauppa
login-heading = Kirjautuminen
login-email = Sähköposti
login-password = Salasana
login-submit = Kirjaudu
login-failed = Sähköposti tai salasana on väärin.
login-limited = Liian monta yritystä. Yritä uudelleen muutaman minuutin kuluttua.
invite-heading = Tervetuloa, { $name }
invite-explain = Valitse salasana tilille { $email }: vähintään 12 merkkiä.
invite-submit = Aseta salasana ja kirjaudu
invite-gone = Kutsulinkki on vanhentunut tai jo käytetty. Pyydä uusi ylläpitäjältä.
password-too-short = Salasanassa on oltava vähintään 12 merkkiä.
sign-out = Kirjaudu ulos
ui-language = Konsolin kieli
error-network = Palvelimeen ei saada yhteyttä. Yritetään uudelleen…
error-other = Jokin meni vikaan: { $detail }
inbox-heading = Saapuneet
filter-status = Tila
filter-language = Kieli
filter-country = Maa
filter-region = Alue
filter-any = Kaikki
filter-unread = Vain lukemattomat
filter-mine = Minulle osoitetut
status-bot = Botilla
status-waiting = Odottaa ihmistä
status-open = Avoin
status-closed = Suljettu
inbox-empty = Mikään keskustelu ei vastaa näitä suodattimia.
region-unreachable = Alueeseen { $region } ei juuri nyt saada yhteyttä.
waiting-minutes =
    { $minutes ->
        [one] Odottanut { $minutes } minuutin
       *[other] Odottanut { $minutes } minuuttia
    }
unread-count =
    { $count ->
        [one] { $count } lukematon
       *[other] { $count } lukematonta
    }
shopper-local-time = Asiakkaan aika: { $time }
trigger-asked = Pyysi ihmistä
trigger-misses = Botti ei ymmärtänyt
trigger-repeated = Kysyi saman uudelleen
trigger-frustrated = Harmistunut
trigger-vip = VIP-asiakas
trigger-lookups = Liikaa tilaushakuja
back-to-inbox = Takaisin saapuneisiin
summary-heading = Siirron yhteenveto
summary-intents = Kysyi aiheista
summary-mood = Mieliala
summary-order = Tilaus
summary-email = Sähköposti vastausta varten
mood-calm = Rauhallinen
mood-tense = Jännittynyt
mood-upset = Harmistunut
author-shopper = Asiakas
author-bot = Botti
author-agent = Asiakaspalvelija
written-in = Alkuperäinen kieli: { $language }
show-original = Näytä alkuperäinen
show-translation = Näytä käännös
reveal = Näytä tiedot
revealed = Näytetään sinulle peittämättömänä; tästä on tehty merkintä tarkastuslokiin.
reveal-not-allowed = Roolisi ei salli henkilötietojen näyttämistä.
composer-placeholder = Kirjoita vastaus…
composer-send = Lähetä
composer-preview = Asiakas lukee:
composer-preview-same = Asiakas lukee samaa kieltä: käännöstä ei tarvita.
note-toggle = Yksityinen muistiinpano (näkyy vain tiimillesi)
note-placeholder = Kirjoita muistiinpano tiimillesi…
note-save = Tallenna muistiinpano
note-by = Muistiinpanon kirjoittaja: { $name }
shopper-typing = Asiakas kirjoittaa…
canned-label = Valmiit vastaukset
actions-label = Keskustelun toiminnot
assigned-to = Osoitettu: { $name }
assign-me = Osoita minulle
hand-back = Palauta botille
close-conversation = Sulje
conversation-closed = Tämä keskustelu on suljettu.
rating-given = Arvio: { $stars }/5
rating-comment = Kommentti: { $comment }
shortcuts = Näppäimet: j ja k liikkuvat saapuneissa, Enter avaa, r vastaa, Esc palaa.
assign-to = Osoita…
assignee-writes = kirjoittaa: { $language }
assignee-on-shift = vuorossa
assignee-off-shift = ei vuorossa
notify-toggle = Ääni ja ilmoitus uusista siirroista
notify-blocked = Tämä selain estää konsolin ilmoitukset; vain ääni kuuluu.
notify-title = Asiakas odottaa ihmistä
notify-body = Kirjoituskieli: { $language }. Vastaa avaamalla konsoli.
team-heading = Tiimi
team-admins-only = Vain kaupan ylläpitäjät voivat avata tiimisivun.
member-name = Nimi
member-email = Sähköposti
member-role = Rooli
member-languages = Kielet, joilla henkilö kirjoittaa (ensimmäinen on hänen konsolinsa kieli)
member-regions = Alueet, jotka henkilö näkee
member-teams = Tiimit, joiden työaikojen mukaan henkilö työskentelee
member-state = Tili
member-active = Aktiivinen
member-invited = Kutsuttu
member-disabled = Poistettu käytöstä
member-edit = Muokkaa
member-revoke = Kirjaa ulos kaikkialta
member-disable = Poista käytöstä
member-reinstate = Ota uudelleen käyttöön
member-can-reveal = Saa näyttää henkilötiedot
member-save = Tallenna muutokset
member-change-heading = Muokkaa henkilöä
role-admin = Ylläpitäjä
role-agent = Asiakaspalvelija
invite-create-heading = Kutsu henkilö
invite-create = Luo kutsulinkki
invite-link-made = Lähetä tämä linkki kutsumallesi henkilölle. Se toimii kerran, 7 päivän ajan.
audit-heading = Tarkastusloki
audit-refresh = Lataa uudelleen
audit-when = Milloin
audit-who = Kuka
audit-what = Mitä
audit-target = Kohde
audit-reveal = Näytti henkilötietoja
audit-invite = Kutsui
audit-update = Muokkasi henkilöä
audit-revoke = Kirjasi henkilön ulos kaikkialta
audit-disable = Poisti tilin käytöstä
audit-reinstate = Otti tilin uudelleen käyttöön
canned-id = Tunnus (a-z, 0-9 ja -)
canned-title = Otsikko
canned-locale = Tekstin kieli
canned-text = Teksti
canned-variables = Kirjoita { $name } asiakaspalvelijan nimen paikalle ja { $order } asiakkaan vahvistaman tilausnumeron paikalle.
canned-save = Tallenna teksti
canned-delete = Poista
channel-socket = Verkkochat, reaaliaikainen yhteys
channel-polling = Verkkochat, hitaan verkon tila: vastaa lyhyesti
