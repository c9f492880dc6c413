# Caravan ویجیٹ، اردو۔ لہجہ: رسمی (آپ)۔
launcher-open = چیٹ کھولیں
launcher-close = چیٹ بند کریں
header-title = { $store }
header-subtitle = ہم عموماً چند منٹ میں جواب دیتے ہیں
empty-state = اپنے آرڈر، ترسیل یا ہماری مصنوعات کے بارے میں ہم سے کچھ بھی پوچھیں۔
composer-placeholder = پیغام لکھیں…
composer-send = بھیجیں
author-you = آپ
author-bot = معاون
author-agent = سپورٹ ٹیم
agent-typing = سپورٹ ٹیم لکھ رہی ہے…
status-sending = بھیجا جا رہا ہے…
status-sent = بھیج دیا گیا
status-delivered = پہنچ گیا
status-failed = نہیں بھیجا گیا
connection-connecting = رابطہ ہو رہا ہے…
connection-offline = آپ آف لائن ہیں۔ آپ کے پیغامات آن لائن ہوتے ہی بھیج دیے جائیں گے۔
connection-unavailable = چیٹ اس وقت دستیاب نہیں ہے۔ آپ کے پیغامات محفوظ ہیں اور سروس بحال ہونے پر بھیج دیے جائیں گے۔
connection-region-unavailable = وہ سروس جو آپ کی گفتگو آپ کے خطے میں محفوظ رکھتی ہے، اس وقت دستیاب نہیں ہے۔ کچھ بھی کہیں اور نہیں بھیجا جاتا: آپ کے پیغامات اسی ڈیوائس پر منتظر ہیں اور سروس بحال ہونے پر پہنچا دیے جائیں گے۔
chat-unavailable = چیٹ اس وقت دستیاب نہیں ہے۔
messages-waiting =
    { $count ->
        [one] ایک پیغام بھیجے جانے کا منتظر ہے۔
       *[other] { $count } پیغامات بھیجے جانے کے منتظر ہیں۔
    }
error-message-too-long =
    { $max ->
        [one] یہ پیغام بہت طویل ہے: زیادہ سے زیادہ { $max } حرف۔
       *[other] یہ پیغام بہت طویل ہے: زیادہ سے زیادہ { $max } حروف۔
    }
error-generic = کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔
text-mode-on = ٹیکسٹ موڈ: ڈیٹا بچانے کے لیے تصاویر، اوتار اور اینیمیشن بند ہیں۔
text-mode-switch-on = صرف متن پر جائیں
text-mode-switch-off = مکمل چیٹ پر جائیں
lite-mode = سست کنکشن کے لیے ہلکی چیٹ: صرف متن۔
lite-load-full = مکمل چیٹ لوڈ کریں
language-menu = زبان
translated-notice = خودکار ترجمہ
show-original = اصل متن دکھائیں
show-translation = ترجمہ دکھائیں
translation-unavailable = ترجمہ نہیں ہوا: ترجمہ اس وقت دستیاب نہیں ہے۔
