# Widget Caravan, čeština. Rejstřík: vykání.
launcher-open = Otevřít chat
launcher-close = Zavřít chat
header-title = { $store }
header-subtitle = Obvykle odpovídáme do několika minut
empty-state = Zeptejte se nás na cokoli o objednávce, dopravě nebo našich produktech.
composer-placeholder = Napište zprávu…
composer-send = Odeslat
author-you = Vy
author-bot = Asistent
author-agent = Zákaznická podpora
agent-typing = Zákaznická podpora píše…
status-sending = Odesílání…
status-sent = Odesláno
status-delivered = Doručeno
status-failed = Neodesláno
connection-connecting = Připojování…
connection-offline = Jste offline. Vaše zprávy se odešlou, až budete znovu online.
connection-unavailable = Chat je teď nedostupný. Vaše zprávy zůstávají uložené a odešlou se, až bude služba zpět.
connection-region-unavailable = Služba, která uchovává vaši konverzaci ve vašem regionu, je teď nedostupná. Nic se neposílá jinam: vaše zprávy čekají v tomto zařízení a budou doručeny, až bude zpět.
chat-unavailable = Chat je teď nedostupný.
messages-waiting =
    { $count ->
        [one] Jedna zpráva čeká na odeslání.
        [few] { $count } zprávy čekají na odeslání.
        [many] { $count } zprávy čeká na odeslání.
       *[other] { $count } zpráv čeká na odeslání.
    }
error-message-too-long =
    { $max ->
        [one] Tato zpráva je příliš dlouhá: nejvýše { $max } znak.
        [few] Tato zpráva je příliš dlouhá: nejvýše { $max } znaky.
        [many] Tato zpráva je příliš dlouhá: nejvýše { $max } znaku.
       *[other] Tato zpráva je příliš dlouhá: nejvýše { $max } znaků.
    }
error-generic = Něco se pokazilo. Zkuste to prosím znovu.
text-mode-on = Textový režim: obrázky, avatary a animace jsou vypnuté kvůli úspoře dat.
text-mode-switch-on = Přepnout na pouhý text
text-mode-switch-off = Přepnout na plný chat
lite-mode = Lehký chat pro pomalé připojení: jen text.
lite-load-full = Načíst plný chat
language-menu = Jazyk
translated-notice = Přeloženo automaticky
show-original = Zobrazit originál
show-translation = Zobrazit překlad
translation-unavailable = Nepřeloženo: překlad je teď nedostupný.
privacy-menu = Soukromí
privacy-run-by = Tento chat provozuje { $store }.
privacy-stored = Vaše konverzace je uložena v regionu: { $region }.
privacy-policy = Zásady ochrany osobních údajů
privacy-download = Stáhnout moji konverzaci
privacy-download-text = Čitelný text
privacy-download-json = Data (JSON)
privacy-delete = Smazat moji konverzaci
privacy-delete-confirm = Smazat tuto konverzaci natrvalo? Už ji nebudete moci obnovit vy ani obchod.
privacy-delete-yes = Smazat
privacy-delete-no = Ponechat
privacy-deleted = Vaše konverzace byla smazána.
region-eu = Evropská unie
region-us = Spojené státy
region-sa = Jižní Amerika
region-in = Indie
region-apac = Asie a Tichomoří
region-oc = Oceánie
region-me = Blízký východ
region-af = Afrika
