# Caravan एजेंट कंसोल, हिन्दी। संबोधन: आप। locales/en/console.ftl जैसे ही संदेश और वेरिएबल
# (core/tests/locales_complete.rs जाँचता है)। एजेंट इन्हें दिन भर पढ़ते हैं: छोटे, सरल, कामकाजी।
console-title = Caravan कंसोल
title-unread =
    { $count ->
        [one] ({ $count }) Caravan कंसोल
       *[other] ({ $count }) Caravan कंसोल
    }
store-label = स्टोर
login-heading = साइन इन
login-email = ईमेल
login-password = पासवर्ड
login-submit = साइन इन करें
login-failed = ईमेल या पासवर्ड गलत है।
login-limited = बहुत अधिक प्रयास। कृपया कुछ मिनट बाद फिर से कोशिश करें।
invite-heading = स्वागत है, { $name }
invite-explain = { $email } के लिए पासवर्ड चुनें: कम से कम 12 वर्ण।
invite-submit = पासवर्ड सेट करें और साइन इन करें
invite-gone = यह आमंत्रण लिंक समाप्त हो चुका है या पहले ही इस्तेमाल हो चुका है। अपने एडमिन से नया लिंक माँगें।
password-too-short = पासवर्ड में कम से कम 12 वर्ण होने चाहिए।
sign-out = साइन आउट करें
ui-language = कंसोल की भाषा
error-network = सर्वर से संपर्क नहीं हो पा रहा है। फिर से कोशिश की जा रही है…
error-other = कुछ गलत हो गया: { $detail }
inbox-heading = इनबॉक्स
filter-status = स्थिति
filter-language = भाषा
filter-country = देश
filter-region = क्षेत्र
filter-any = सभी
filter-unread = केवल अपठित
filter-mine = मुझे सौंपी गई
status-bot = बॉट के पास
status-waiting = एजेंट की प्रतीक्षा में
status-open = खुली
status-closed = बंद
inbox-empty = इन फ़िल्टर से कोई बातचीत मेल नहीं खाती।
region-unreachable = { $region } क्षेत्र से अभी संपर्क नहीं हो पा रहा है।
waiting-minutes =
    { $minutes ->
        [one] { $minutes } मिनट से प्रतीक्षा में
       *[other] { $minutes } मिनट से प्रतीक्षा में
    }
unread-count =
    { $count ->
        [one] { $count } अपठित
       *[other] { $count } अपठित
    }
shopper-local-time = ग्राहक का समय: { $time }
trigger-asked = किसी व्यक्ति से बात करनी चाही
trigger-misses = बॉट समझ नहीं पाया
trigger-repeated = वही बात दोबारा पूछी
trigger-frustrated = नाराज़
trigger-vip = VIP ग्राहक
trigger-lookups = ऑर्डर की बहुत ज़्यादा खोजें
back-to-inbox = इनबॉक्स पर वापस जाएँ
summary-heading = हैंडऑफ़ सारांश
summary-intents = इनके बारे में पूछा
summary-mood = मनोदशा
summary-order = ऑर्डर
summary-email = जवाब के लिए दिया गया ईमेल
mood-calm = शांत
mood-tense = तनाव में
mood-upset = नाराज़
author-shopper = ग्राहक
author-bot = बॉट
author-agent = एजेंट
written-in = मूल भाषा: { $language }
show-original = मूल दिखाएँ
show-translation = अनुवाद दिखाएँ
reveal = डेटा दिखाएँ
revealed = आपको बिना मास्क के दिखाया गया; यह ऑडिट लॉग में दर्ज कर दिया गया है।
reveal-not-allowed = आपकी भूमिका को व्यक्तिगत डेटा दिखाने की अनुमति नहीं है।
composer-placeholder = अपना जवाब लिखें…
composer-send = भेजें
composer-preview = ग्राहक यह पढ़ेगा:
composer-preview-same = ग्राहक आपकी भाषा पढ़ता है: अनुवाद की ज़रूरत नहीं।
note-toggle = निजी नोट (केवल आपकी टीम इसे देख सकती है)
note-placeholder = अपनी टीम के लिए नोट लिखें…
note-save = नोट सहेजें
note-by = नोट लेखक: { $name }
shopper-typing = ग्राहक लिख रहा है…
canned-label = तैयार जवाब
actions-label = बातचीत की कार्रवाइयाँ
assigned-to = सौंपी गई: { $name }
assign-me = मुझे सौंपें
hand-back = बॉट को वापस सौंपें
close-conversation = बंद करें
conversation-closed = यह बातचीत बंद हो चुकी है।
rating-given = रेटिंग: 5 में से { $stars }
rating-comment = टिप्पणी: { $comment }
shortcuts = कुंजियाँ: j और k से इनबॉक्स में ऊपर-नीचे जाएँ, Enter से खोलें, r से जवाब दें, Esc से वापस जाएँ।
assign-to = सौंपें…
assignee-writes = { $language } में लिखते हैं
assignee-on-shift = शिफ़्ट पर
assignee-off-shift = शिफ़्ट पर नहीं
notify-toggle = नए हैंडऑफ़ के लिए आवाज़ और सूचना
notify-blocked = यह ब्राउज़र कंसोल की सूचनाएँ रोकता है; केवल आवाज़ बजेगी।
notify-title = एक ग्राहक किसी व्यक्ति की प्रतीक्षा कर रहा है
notify-body = { $language } में लिख रहा है। जवाब देने के लिए कंसोल खोलें।
team-heading = टीम
team-admins-only = टीम पेज केवल स्टोर के एडमिन खोल सकते हैं।
member-name = नाम
member-email = ईमेल
member-role = भूमिका
member-languages = वे भाषाएँ जिनमें लिखते हैं (पहली उनके कंसोल की भाषा है)
member-regions = वे क्षेत्र जो देख सकते हैं
member-teams = वे टीमें जिनके समय पर काम करते हैं
member-state = खाता
member-active = सक्रिय
member-invited = आमंत्रित
member-disabled = निष्क्रिय
member-edit = बदलें
member-revoke = हर जगह से साइन आउट करें
member-disable = निष्क्रिय करें
member-reinstate = फिर से सक्रिय करें
member-can-reveal = व्यक्तिगत डेटा दिखा सकते हैं
member-save = बदलाव सहेजें
member-change-heading = व्यक्ति का विवरण बदलें
role-admin = एडमिन
role-agent = एजेंट
invite-create-heading = किसी व्यक्ति को आमंत्रित करें
invite-create = आमंत्रण लिंक बनाएँ
invite-link-made = यह लिंक आमंत्रित व्यक्ति को भेजें। यह केवल एक बार, 7 दिनों तक काम करता है।
audit-heading = ऑडिट लॉग
audit-refresh = फिर से लोड करें
audit-when = कब
audit-who = किसने
audit-what = क्या
audit-target = संबंधित
audit-reveal = व्यक्तिगत डेटा दिखाया
audit-invite = आमंत्रित किया
audit-update = व्यक्ति का विवरण बदला
audit-revoke = व्यक्ति को हर जगह से साइन आउट किया
audit-disable = खाता निष्क्रिय किया
audit-reinstate = खाता फिर से सक्रिय किया
canned-id = आईडी (a-z, 0-9 और -)
canned-title = शीर्षक
canned-locale = टेक्स्ट की भाषा
canned-text = टेक्स्ट
canned-variables = एजेंट के नाम के लिए { $name } और ग्राहक द्वारा सत्यापित ऑर्डर नंबर के लिए { $order } लिखें।
canned-save = टेक्स्ट सहेजें
canned-delete = हटाएँ
channel-socket = वेब चैट, लाइव कनेक्शन
channel-polling = वेब चैट, धीमे नेटवर्क वाला मोड: जवाब छोटे रखें
