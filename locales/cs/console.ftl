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
