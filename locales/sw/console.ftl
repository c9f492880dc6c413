# Dashibodi ya mawakala wa Caravan, Kiswahili. Mtindo: wa heshima. Jumbe na vigezo sawa na
# locales/en/console.ftl (hukaguliwa na core/tests/locales_complete.rs).
# Mawakala husoma maandishi haya siku nzima: mafupi, rahisi, lugha ya kazini.
console-title = Dashibodi ya Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Dashibodi ya Caravan
       *[other] ({ $count }) Dashibodi ya Caravan
    }
store-label = Duka
login-heading = Ingia
login-email = Barua pepe
login-password = Nenosiri
login-submit = Ingia
login-failed = Barua pepe au nenosiri si sahihi.
login-limited = Majaribio mengi mno. Tafadhali jaribu tena baada ya dakika chache.
invite-heading = Karibu, { $name }
invite-explain = Chagua nenosiri la { $email }: angalau herufi 12.
invite-submit = Weka nenosiri na uingie
invite-gone = Kiungo hiki cha mwaliko kimeisha muda au kimeshatumika. Tafadhali omba kipya kutoka kwa msimamizi.
password-too-short = Nenosiri linahitaji angalau herufi 12.
sign-out = Toka
ui-language = Lugha ya dashibodi
error-network = Seva haipatikani. Inajaribu tena…
error-other = Hitilafu imetokea: { $detail }
inbox-heading = Kikasha
filter-status = Hali
filter-language = Lugha
filter-country = Nchi
filter-region = Eneo
filter-any = Zote
filter-unread = Ambazo hazijasomwa tu
filter-mine = Nilizopewa
status-bot = Kwa boti
status-waiting = Inasubiri mtu
status-open = Wazi
status-closed = Imefungwa
inbox-empty = Hakuna mazungumzo yanayolingana na vichujio hivi.
region-unreachable = Eneo la { $region } halipatikani kwa sasa.
waiting-minutes =
    { $minutes ->
        [one] Inasubiri kwa dakika { $minutes }
       *[other] Inasubiri kwa dakika { $minutes }
    }
unread-count =
    { $count ->
        [one] Ujumbe { $count } haujasomwa
       *[other] Jumbe { $count } hazijasomwa
    }
shopper-local-time = Saa ya mnunuzi: { $time }
trigger-asked = Aliomba kuongea na mtu
trigger-misses = Boti haikuelewa
trigger-repeated = Aliuliza jambo lilelile tena
trigger-frustrated = Amekasirika
trigger-vip = Mteja wa VIP
trigger-lookups = Utafutaji mwingi mno wa oda
back-to-inbox = Rudi kwenye kikasha
summary-heading = Muhtasari wa uhamisho
summary-intents = Aliuliza kuhusu
summary-mood = Hisia
summary-order = Oda
summary-email = Barua pepe ya kupokea jibu
mood-calm = Mtulivu
mood-tense = Ana wasiwasi
mood-upset = Amekasirika
author-shopper = Mnunuzi
author-bot = Boti
author-agent = Wakala
written-in = Lugha asili: { $language }
show-original = Onyesha asili
show-translation = Onyesha tafsiri
reveal = Onyesha data
revealed = Imeonyeshwa kwako bila kufichwa; hili limeandikwa kwenye kumbukumbu ya ukaguzi.
reveal-not-allowed = Jukumu lako haliruhusu kuonyesha data binafsi.
composer-placeholder = Andika jibu lako…
composer-send = Tuma
composer-preview = Mnunuzi atasoma:
composer-preview-same = Mnunuzi anasoma lugha yako: hakuna haja ya kutafsiri.
note-toggle = Dokezo la faragha (ni timu yako pekee inayoliona)
note-placeholder = Andika dokezo kwa timu yako…
note-save = Hifadhi dokezo
note-by = Dokezo kutoka kwa { $name }
shopper-typing = Mnunuzi anaandika…
canned-label = Majibu yaliyoandaliwa
actions-label = Vitendo vya mazungumzo
assigned-to = Imekabidhiwa kwa { $name }
assign-me = Nikabidhi mimi
hand-back = Rudisha kwa boti
close-conversation = Funga
conversation-closed = Mazungumzo haya yamefungwa.
rating-given = Ukadiriaji: { $stars } kati ya 5
rating-comment = Maoni: { $comment }
shortcuts = Vitufe: j na k kusogea kwenye kikasha, Enter kufungua, r kujibu, Esc kurudi.
assign-to = Kabidhi kwa…
assignee-writes = anaandika { $language }
assignee-on-shift = yuko zamu
assignee-off-shift = hayuko zamu
notify-toggle = Sauti na arifa kwa uhamisho mpya
notify-blocked = Kivinjari hiki kinazuia arifa za dashibodi; sauti pekee ndiyo itachezwa.
notify-title = Mnunuzi anasubiri mtu
notify-body = Anaandika kwa { $language }. Tafadhali fungua dashibodi ili kujibu.
team-heading = Timu
team-admins-only = Ni wasimamizi wa duka pekee wanaoweza kufungua ukurasa wa timu.
member-name = Jina
member-email = Barua pepe
member-role = Jukumu
member-languages = Lugha anazoandika (ya kwanza ni lugha ya dashibodi yake)
member-regions = Maeneo anayoyaona
member-teams = Timu ambazo hufanya kazi kwa saa zake
member-state = Akaunti
member-active = Inatumika
member-invited = Amealikwa
member-disabled = Imezimwa
member-edit = Badilisha
member-revoke = Toa kwenye vifaa vyote
member-disable = Zima
member-reinstate = Washa tena
member-can-reveal = Anaweza kuonyesha data binafsi
member-save = Hifadhi mabadiliko
member-change-heading = Badilisha maelezo ya mtu
role-admin = Msimamizi
role-agent = Wakala
invite-create-heading = Alika mtu
invite-create = Tengeneza kiungo cha mwaliko
invite-link-made = Tafadhali tuma kiungo hiki kwa mtu uliyemwalika. Kinafanya kazi mara moja tu, kwa siku 7.
audit-heading = Kumbukumbu ya ukaguzi
audit-refresh = Pakia tena
audit-when = Lini
audit-who = Nani
audit-what = Nini
audit-target = Inahusu
audit-reveal = Alionyesha data binafsi
audit-invite = Alialika
audit-update = Alibadilisha maelezo ya mtu
audit-revoke = Alimtoa mtu kwenye vifaa vyote
audit-disable = Alizima akaunti
audit-reinstate = Aliwasha akaunti tena
canned-id = Kitambulisho (a-z, 0-9 na -)
canned-title = Kichwa
canned-locale = Lugha ya maandishi
canned-text = Maandishi
canned-variables = Andika { $name } kwa jina la wakala na { $order } kwa nambari ya oda ambayo mnunuzi ameithibitisha.
canned-save = Hifadhi maandishi
canned-delete = Ondoa
channel-socket = Gumzo la wavuti, muunganisho wa moja kwa moja
channel-polling = Gumzo la wavuti, hali ya mtandao wa polepole: tafadhali jibu kwa ufupi
