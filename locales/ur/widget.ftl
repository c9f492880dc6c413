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
privacy-menu = رازداری
privacy-run-by = یہ چیٹ { $store } کے زیرِ انتظام ہے۔
privacy-stored = آپ کی گفتگو یہاں محفوظ کی جاتی ہے: { $region }۔
privacy-policy = رازداری کی پالیسی
privacy-download = اپنی گفتگو ڈاؤن لوڈ کریں
privacy-download-text = پڑھنے کے قابل متن
privacy-download-json = ڈیٹا (JSON)
privacy-delete = اپنی گفتگو حذف کریں
privacy-delete-confirm = کیا یہ گفتگو ہمیشہ کے لیے حذف کر دی جائے؟ اس کے بعد نہ آپ اسے واپس لا سکیں گے اور نہ ہی اسٹور۔
privacy-delete-yes = حذف کریں
privacy-delete-no = رہنے دیں
privacy-deleted = آپ کی گفتگو حذف کر دی گئی۔
region-eu = یورپی یونین
region-us = ریاستہائے متحدہ امریکا
region-sa = جنوبی امریکا
region-in = بھارت
region-apac = ایشیا بحرالکاہل
region-oc = اوقیانوسیہ
region-me = مشرق وسطیٰ
region-af = افریقہ
