# Caravan ایجنٹ کنسول، اردو۔ لہجہ: رسمی (آپ)۔ locales/en/console.ftl والے ہی پیغامات اور متغیرات
# (core/tests/locales_complete.rs جانچتا ہے)۔ ایجنٹ انہیں دن بھر پڑھتے ہیں: مختصر، سادہ، دفتری۔
console-title = Caravan کنسول
title-unread =
    { $count ->
        [one] ({ $count }) Caravan کنسول
       *[other] ({ $count }) Caravan کنسول
    }
store-label = اسٹور
login-heading = سائن ان
login-email = ای میل
login-password = پاس ورڈ
login-submit = سائن ان کریں
login-failed = ای میل یا پاس ورڈ غلط ہے۔
login-limited = بہت زیادہ کوششیں۔ براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔
invite-heading = خوش آمدید، { $name }
invite-explain = { $email } کے لیے پاس ورڈ منتخب کریں: کم از کم 12 حروف۔
invite-submit = پاس ورڈ سیٹ کریں اور سائن ان کریں
invite-gone = اس دعوتی لنک کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے۔ اپنے ایڈمن سے نیا لنک طلب کریں۔
password-too-short = پاس ورڈ میں کم از کم 12 حروف ہونے چاہئیں۔
sign-out = سائن آؤٹ کریں
ui-language = کنسول کی زبان
error-network = سرور سے رابطہ نہیں ہو پا رہا۔ دوبارہ کوشش کی جا رہی ہے…
error-other = کچھ غلط ہو گیا: { $detail }
inbox-heading = ان باکس
filter-status = اسٹیٹس
filter-language = زبان
filter-country = ملک
filter-region = علاقہ
filter-any = سبھی
filter-unread = صرف غیر پڑھی ہوئی
filter-mine = مجھے تفویض کردہ
status-bot = بوٹ کے پاس
status-waiting = ایجنٹ کی منتظر
status-open = کھلی
status-closed = بند
inbox-empty = کوئی گفتگو ان فلٹرز سے مطابقت نہیں رکھتی۔
region-unreachable = { $region } علاقے سے اس وقت رابطہ نہیں ہو پا رہا۔
waiting-minutes =
    { $minutes ->
        [one] { $minutes } منٹ سے انتظار میں
       *[other] { $minutes } منٹ سے انتظار میں
    }
unread-count =
    { $count ->
        [one] { $count } غیر پڑھا ہوا
       *[other] { $count } غیر پڑھے ہوئے
    }
shopper-local-time = گاہک کا وقت: { $time }
trigger-asked = کسی انسان سے بات کرنا چاہی
trigger-misses = بوٹ سمجھ نہیں سکا
trigger-repeated = ایک ہی بات دوبارہ پوچھی
trigger-frustrated = ناراض
trigger-vip = VIP گاہک
trigger-lookups = آرڈر کی بہت زیادہ تلاش
back-to-inbox = ان باکس پر واپس جائیں
summary-heading = منتقلی کا خلاصہ
summary-intents = پوچھے گئے موضوعات
summary-mood = مزاج
summary-order = آرڈر
summary-email = جواب کے لیے دی گئی ای میل
mood-calm = پرسکون
mood-tense = کشیدہ
mood-upset = ناراض
author-shopper = گاہک
author-bot = بوٹ
author-agent = ایجنٹ
written-in = اصل زبان: { $language }
show-original = اصل دکھائیں
show-translation = ترجمہ دکھائیں
reveal = ڈیٹا دکھائیں
revealed = آپ کو بغیر ماسک کے دکھایا گیا؛ یہ آڈٹ لاگ میں درج کر دیا گیا ہے۔
reveal-not-allowed = آپ کے کردار کو ذاتی ڈیٹا دکھانے کی اجازت نہیں۔
composer-placeholder = اپنا جواب لکھیں…
composer-send = بھیجیں
composer-preview = گاہک یہ پڑھے گا:
composer-preview-same = گاہک آپ کی زبان پڑھتا ہے: ترجمے کی ضرورت نہیں۔
note-toggle = نجی نوٹ (صرف آپ کی ٹیم اسے دیکھ سکتی ہے)
note-placeholder = اپنی ٹیم کے لیے نوٹ لکھیں…
note-save = نوٹ محفوظ کریں
note-by = نوٹ منجانب: { $name }
shopper-typing = گاہک لکھ رہا ہے…
canned-label = تیار جوابات
actions-label = گفتگو کے اقدامات
assigned-to = تفویض کردہ: { $name }
assign-me = مجھے تفویض کریں
hand-back = بوٹ کو واپس سونپیں
close-conversation = بند کریں
conversation-closed = یہ گفتگو بند ہو چکی ہے۔
rating-given = درجہ بندی: 5 میں سے { $stars }
rating-comment = تبصرہ: { $comment }
shortcuts = کلیدیں: j اور k سے ان باکس میں آگے پیچھے جائیں، Enter سے کھولیں، r سے جواب دیں، Esc سے واپس جائیں۔
assign-to = تفویض کریں…
assignee-writes = { $language } میں لکھتے ہیں
assignee-on-shift = شفٹ پر
assignee-off-shift = شفٹ پر نہیں
notify-toggle = نئی منتقلیوں کے لیے آواز اور اطلاع
notify-blocked = یہ براؤزر کنسول کی اطلاعات روکتا ہے؛ صرف آواز چلے گی۔
notify-title = ایک گاہک کسی ایجنٹ کا منتظر ہے
notify-body = { $language } میں لکھ رہا ہے۔ جواب دینے کے لیے کنسول کھولیں۔
team-heading = ٹیم
team-admins-only = ٹیم کا صفحہ صرف اسٹور کے ایڈمن کھول سکتے ہیں۔
member-name = نام
member-email = ای میل
member-role = کردار
member-languages = وہ زبانیں جن میں لکھتے ہیں (پہلی ان کے کنسول کی زبان ہے)
member-regions = وہ علاقے جو دیکھ سکتے ہیں
member-teams = وہ ٹیمیں جن کے اوقات میں کام کرتے ہیں
member-state = اکاؤنٹ
member-active = فعال
member-invited = مدعو
member-disabled = غیر فعال
member-edit = تبدیل کریں
member-revoke = ہر جگہ سے سائن آؤٹ کریں
member-disable = غیر فعال کریں
member-reinstate = دوبارہ فعال کریں
member-can-reveal = ذاتی ڈیٹا دکھا سکتے ہیں
member-save = تبدیلیاں محفوظ کریں
member-change-heading = کسی فرد کی تفصیلات تبدیل کریں
role-admin = ایڈمن
role-agent = ایجنٹ
invite-create-heading = کسی فرد کو مدعو کریں
invite-create = دعوتی لنک بنائیں
invite-link-made = یہ لنک مدعو کیے گئے فرد کو بھیجیں۔ یہ صرف ایک بار، 7 دن تک کام کرتا ہے۔
audit-heading = آڈٹ لاگ
audit-refresh = دوبارہ لوڈ کریں
audit-when = کب
audit-who = کس نے
audit-what = کیا
audit-target = متعلقہ
audit-reveal = ذاتی ڈیٹا دکھایا
audit-invite = مدعو کیا
audit-update = ایک فرد کی تفصیلات تبدیل کیں
audit-revoke = ایک فرد کو ہر جگہ سے سائن آؤٹ کیا
audit-disable = ایک اکاؤنٹ غیر فعال کیا
audit-reinstate = ایک اکاؤنٹ دوبارہ فعال کیا
canned-id = شناخت (a-z، 0-9 اور -)
canned-title = عنوان
canned-locale = متن کی زبان
canned-text = متن
canned-variables = ایجنٹ کے نام کے لیے { $name } اور گاہک کے تصدیق شدہ آرڈر نمبر کے لیے { $order } لکھیں۔
canned-save = متن محفوظ کریں
canned-delete = ہٹائیں
channel-socket = ویب چیٹ، براہ راست کنکشن
channel-polling = ویب چیٹ، سست نیٹ ورک موڈ: جواب مختصر رکھیں
