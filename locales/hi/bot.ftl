# बॉट के जवाब, हिन्दी। संबोधन: आप।
bot-greeting = नमस्ते, आपके संदेश के लिए धन्यवाद! हमारी टीम का कोई सदस्य जल्द ही यहाँ आपको जवाब देगा।
season-christmas = क्रिसमस की शुभकामनाएँ!
season-lunar-new-year = चंद्र नव वर्ष की शुभकामनाएँ!
season-seollal = सोल्लाल की शुभकामनाएँ!
season-tet = तेत की शुभकामनाएँ!
season-songkran = सोंगक्रान की शुभकामनाएँ!
season-ramadan = रमज़ान मुबारक!
season-eid-al-fitr = ईद मुबारक!
season-eid-al-adha = ईद-उल-अज़हा मुबारक!
season-diwali = दीपावली की हार्दिक शुभकामनाएँ!
template-order-shipped = आपका ऑर्डर भेज दिया गया है। ट्रैकिंग नंबर आपको ईमेल से मिलेगा।
template-thanks-waiting = प्रतीक्षा करने के लिए धन्यवाद। हम अभी आपके लिए इसकी जाँच कर रहे हैं।
template-anything-else = क्या हम किसी और चीज़ में आपकी मदद कर सकते हैं?
