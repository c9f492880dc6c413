# Konzole agentů Caravan, čeština. Rejstřík: vykání. Stejné zprávy a proměnné jako
# locales/en/console.ftl (kontroluje core/tests/locales_complete.rs).
# Agenti tyto texty čtou celý den: krátce, jasně, věcně.
console-title = Konzole Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Konzole Caravan
       *[other] ({ $count }) Konzole Caravan
    }
store-label = Obchod
login-heading = Přihlášení
login-email = E-mail
login-password = Heslo
login-submit = Přihlásit se
login-failed = E-mail nebo heslo není správné.
login-limited = Příliš mnoho pokusů. Zkuste to znovu za několik minut.
invite-heading = Vítejte, { $name }
invite-explain = Zvolte si heslo pro { $email }: alespoň 12 znaků.
invite-submit = Nastavit heslo a přihlásit se
invite-gone = Platnost této pozvánky vypršela, nebo už byla použita. Požádejte svého správce o novou.
password-too-short = Heslo musí mít alespoň 12 znaků.
sign-out = Odhlásit se
ui-language = Jazyk konzole
error-network = Server je nedostupný. Probíhá nový pokus…
error-other = Něco se pokazilo: { $detail }
inbox-heading = Doručené
filter-status = Stav
filter-language = Jazyk
filter-country = Země
filter-region = Region
filter-any = Vše
filter-unread = Jen nepřečtené
filter-mine = Přiřazené mně
status-bot = U bota
status-waiting = Čeká na operátora
status-open = Otevřená
status-closed = Uzavřená
inbox-empty = Těmto filtrům neodpovídá žádná konverzace.
region-unreachable = Region { $region } je teď nedostupný.
waiting-minutes =
    { $minutes ->
        [one] Čeká { $minutes } minutu
        [few] Čeká { $minutes } minuty
        [many] Čeká { $minutes } minuty
       *[other] Čeká { $minutes } minut
    }
unread-count =
    { $count ->
        [one] { $count } nepřečtená
        [few] { $count } nepřečtené
        [many] { $count } nepřečtené
       *[other] { $count } nepřečtených
    }
shopper-local-time = Čas u zákazníka: { $time }
trigger-asked = Chce mluvit s člověkem
trigger-misses = Bot nerozuměl
trigger-repeated = Opakovaný dotaz
trigger-frustrated = Rozrušení
trigger-vip = VIP zákazník
trigger-lookups = Příliš mnoho dotazů na objednávky
back-to-inbox = Zpět do doručených
summary-heading = Shrnutí předání
summary-intents = Dotazy na
summary-mood = Nálada
summary-order = Objednávka
summary-email = E-mail pro odpověď
mood-calm = Klidná
mood-tense = Napjatá
mood-upset = Rozrušená
author-shopper = Zákazník
author-bot = Bot
author-agent = Operátor
written-in = Původní jazyk: { $language }
show-original = Zobrazit originál
show-translation = Zobrazit překlad
reveal = Zobrazit údaje
revealed = Zobrazeno vám bez maskování; zapsáno do auditního protokolu.
reveal-not-allowed = Vaše role nemůže zobrazovat osobní údaje.
composer-placeholder = Napište odpověď…
composer-send = Odeslat
composer-preview = Zákazník si přečte:
composer-preview-same = Zákazník čte ve vašem jazyce: překlad není potřeba.
note-toggle = Soukromá poznámka (uvidí ji jen váš tým)
note-placeholder = Napište poznámku pro svůj tým…
note-save = Uložit poznámku
note-by = Autor poznámky: { $name }
shopper-typing = Zákazník píše…
canned-label = Předpřipravené odpovědi
actions-label = Akce konverzace
assigned-to = Přiřazeno: { $name }
assign-me = Přiřadit mně
hand-back = Vrátit botovi
close-conversation = Uzavřít
conversation-closed = Tato konverzace je uzavřená.
rating-given = Hodnocení: { $stars } z 5
rating-comment = Komentář: { $comment }
shortcuts = Klávesy: j a k – pohyb v doručených, Enter – otevřít, r – odpovědět, Esc – zpět.
assign-to = Přiřadit…
assignee-writes = píše: { $language }
assignee-on-shift = ve službě
assignee-off-shift = mimo službu
notify-toggle = Zvuk a oznámení při nových předáních
notify-blocked = Tento prohlížeč blokuje oznámení konzole; přehraje se jen zvuk.
notify-title = Zákazník čeká na operátora
notify-body = Jazyk: { $language }. Chcete-li odpovědět, otevřete konzoli.
team-heading = Tým
team-admins-only = Stránku týmu mohou otevřít jen správci obchodu.
member-name = Jméno
member-email = E-mail
member-role = Role
member-languages = Jazyky, ve kterých píše (první je jazyk konzole)
member-regions = Regiony, které vidí
member-teams = Týmy, v jejichž pracovní době pracuje
member-state = Účet
member-active = Aktivní
member-invited = Pozvaný
member-disabled = Deaktivovaný
member-edit = Upravit
member-revoke = Odhlásit všude
member-disable = Deaktivovat
member-reinstate = Znovu aktivovat
member-can-reveal = Smí zobrazovat osobní údaje
member-save = Uložit změny
member-change-heading = Upravit osobu
role-admin = Správce
role-agent = Operátor
invite-create-heading = Pozvat osobu
invite-create = Vytvořit odkaz s pozvánkou
invite-link-made = Pošlete tento odkaz pozvané osobě. Funguje jednou, po dobu 7 dní.
audit-heading = Auditní protokol
audit-refresh = Načíst znovu
audit-when = Kdy
audit-who = Kdo
audit-what = Co
audit-target = Týká se
audit-reveal = Zobrazení osobních údajů
audit-invite = Pozvání
audit-update = Úprava osoby
audit-revoke = Odhlášení osoby všude
audit-disable = Deaktivace účtu
audit-reinstate = Opětovná aktivace účtu
canned-id = ID (a-z, 0-9 a -)
canned-title = Název
canned-locale = Jazyk textu
canned-text = Text
canned-variables = Napište { $name } místo jména operátora a { $order } místo čísla objednávky ověřeného zákazníkem.
canned-save = Uložit text
canned-delete = Odstranit
channel-socket = Webový chat, živé připojení
channel-polling = Webový chat, režim pro pomalou síť: odpovídejte stručně
