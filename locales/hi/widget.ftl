# Caravan विजेट, हिन्दी। संबोधन: आप।
launcher-open = चैट खोलें
launcher-close = चैट बंद करें
header-title = { $store }
header-subtitle = हम आमतौर पर कुछ ही मिनटों में जवाब देते हैं
empty-state = अपने ऑर्डर, शिपिंग या हमारे उत्पादों के बारे में हमसे कुछ भी पूछें।
composer-placeholder = संदेश लिखें…
composer-send = भेजें
author-you = आप
author-bot = सहायक
author-agent = सहायता टीम
agent-typing = सहायता टीम लिख रही है…
status-sending = भेजा जा रहा है…
status-sent = भेजा गया
status-delivered = पहुँच गया
status-failed = नहीं भेजा गया
connection-connecting = कनेक्ट हो रहा है…
connection-offline = आप ऑफ़लाइन हैं। आपके ऑनलाइन होते ही आपके संदेश भेज दिए जाएँगे।
connection-unavailable = चैट अभी उपलब्ध नहीं है। आपके संदेश सुरक्षित हैं और सेवा लौटते ही भेज दिए जाएँगे।
connection-region-unavailable = आपकी बातचीत को आपके क्षेत्र में रखने वाली सेवा अभी उपलब्ध नहीं है। कुछ भी कहीं और नहीं भेजा जाता: आपके संदेश इसी डिवाइस पर प्रतीक्षा कर रहे हैं और सेवा लौटते ही पहुँचा दिए जाएँगे।
chat-unavailable = चैट अभी उपलब्ध नहीं है।
messages-waiting =
    { $count ->
        [one] { $count } संदेश भेजे जाने की प्रतीक्षा में है।
       *[other] { $count } संदेश भेजे जाने की प्रतीक्षा में हैं।
    }
error-message-too-long =
    { $max ->
        [one] यह संदेश बहुत लंबा है: अधिकतम { $max } वर्ण।
       *[other] यह संदेश बहुत लंबा है: अधिकतम { $max } वर्ण।
    }
error-generic = कुछ गलत हो गया। कृपया फिर से कोशिश करें।
text-mode-on = टेक्स्ट मोड: डेटा बचाने के लिए चित्र, अवतार और एनिमेशन बंद हैं।
text-mode-switch-on = केवल टेक्स्ट पर जाएँ
text-mode-switch-off = पूरी चैट पर जाएँ
lite-mode = धीमे कनेक्शन के लिए हल्की चैट: केवल टेक्स्ट।
lite-load-full = पूरी चैट लोड करें
language-menu = भाषा
translated-notice = स्वचालित रूप से अनुवादित
show-original = मूल दिखाएँ
show-translation = अनुवाद दिखाएँ
translation-unavailable = अनुवाद नहीं हुआ: अनुवाद अभी उपलब्ध नहीं है।
privacy-menu = गोपनीयता
privacy-run-by = यह चैट { $store } द्वारा चलाई जाती है।
privacy-stored = आपकी बातचीत यहाँ सहेजी जाती है: { $region }।
privacy-policy = गोपनीयता नीति
privacy-download = अपनी बातचीत डाउनलोड करें
privacy-download-text = पढ़ने योग्य टेक्स्ट
privacy-download-json = डेटा (JSON)
privacy-delete = अपनी बातचीत हटाएँ
privacy-delete-confirm = क्या यह बातचीत हमेशा के लिए हटानी है? इसके बाद न आप इसे वापस पा सकेंगे, न ही स्टोर।
privacy-delete-yes = हटाएँ
privacy-delete-no = रहने दें
privacy-deleted = आपकी बातचीत हटा दी गई।
region-eu = यूरोपीय संघ
region-us = संयुक्त राज्य अमेरिका
region-sa = दक्षिण अमेरिका
region-in = भारत
region-apac = एशिया-प्रशांत
region-oc = ओशिनिया
region-me = मध्य पूर्व
region-af = अफ़्रीका
