# Kiolesura cha Caravan, Kiswahili. Mtindo: wa heshima.
launcher-open = Fungua gumzo
launcher-close = Funga gumzo
header-title = { $store }
header-subtitle = Kwa kawaida tunajibu ndani ya dakika chache
empty-state = Tuulize chochote kuhusu agizo lako, usafirishaji au bidhaa zetu.
composer-placeholder = Andika ujumbe…
composer-send = Tuma
author-you = Wewe
author-bot = Msaidizi
author-agent = Timu ya usaidizi
agent-typing = Timu ya usaidizi inaandika…
status-sending = Inatuma…
status-sent = Imetumwa
status-delivered = Imefika
status-failed = Haijatumwa
connection-connecting = Inaunganisha…
connection-offline = Huko mtandaoni. Ujumbe wako utatumwa utakaporudi mtandaoni.
connection-unavailable = Gumzo halipatikani kwa sasa. Ujumbe wako umehifadhiwa na utatumwa huduma itakaporejea.
connection-region-unavailable = Huduma inayohifadhi mazungumzo yako katika eneo lako haipatikani kwa sasa. Hakuna kinachotumwa mahali pengine: ujumbe wako unasubiri kwenye kifaa hiki na utafikishwa huduma itakaporejea.
chat-unavailable = Gumzo halipatikani kwa sasa.
messages-waiting =
    { $count ->
        [one] Ujumbe mmoja unasubiri kutumwa.
       *[other] Jumbe { $count } zinasubiri kutumwa.
    }
error-message-too-long =
    { $max ->
        [one] Ujumbe huu ni mrefu mno: herufi { $max } tu.
       *[other] Ujumbe huu ni mrefu mno: herufi { $max } tu.
    }
error-generic = Hitilafu imetokea. Tafadhali jaribu tena.
text-mode-on = Hali ya maandishi: picha, avatari na uhuishaji vimezimwa ili kuokoa data.
text-mode-switch-on = Badilisha kuwa maandishi pekee
text-mode-switch-off = Badilisha kuwa gumzo kamili
lite-mode = Gumzo jepesi kwa miunganisho ya polepole: maandishi pekee.
lite-load-full = Pakia gumzo kamili
language-menu = Lugha
translated-notice = Imetafsiriwa kiotomatiki
show-original = Onyesha asili
show-translation = Onyesha tafsiri
translation-unavailable = Haijatafsiriwa: huduma ya kutafsiri haipatikani kwa sasa.
privacy-menu = Faragha
privacy-run-by = Gumzo hili linaendeshwa na { $store }.
privacy-stored = Mazungumzo yako yamehifadhiwa katika eneo: { $region }.
privacy-policy = Sera ya faragha
privacy-download = Pakua mazungumzo yangu
privacy-download-text = Maandishi yanayosomeka
privacy-download-json = Data (JSON)
privacy-delete = Futa mazungumzo yangu
privacy-delete-confirm = Je, ungependa kufuta mazungumzo haya kabisa? Wewe wala duka hamtaweza kuyarejesha tena.
privacy-delete-yes = Futa
privacy-delete-no = Usifute
privacy-deleted = Mazungumzo yako yamefutwa.
region-eu = Umoja wa Ulaya
region-us = Marekani
region-sa = Amerika Kusini
region-in = India
region-apac = Asia na Pasifiki
region-oc = Oceania
region-me = Mashariki ya Kati
region-af = Afrika
