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
