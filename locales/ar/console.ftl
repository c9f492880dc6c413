# لوحة تحكم الموظفين في Caravan، العربية (بصيغة رسمية). الرسائل والمتغيرات نفسها الموجودة في
# locales/en/console.ftl (يتحقق منها core/tests/locales_complete.rs). نصوص قصيرة وواضحة لأداة عمل.
console-title = لوحة تحكم Caravan
title-unread =
    { $count ->
        [one] ({ $count }) لوحة تحكم Caravan
       *[other] ({ $count }) لوحة تحكم Caravan
    }
store-label = المتجر
login-heading = تسجيل الدخول
login-email = البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-limited = محاولات كثيرة جدًا. يرجى المحاولة مرة أخرى بعد بضع دقائق.
invite-heading = مرحبًا، { $name }
invite-explain = يرجى اختيار كلمة مرور للحساب { $email }: 12 حرفًا على الأقل.
invite-submit = تعيين كلمة المرور وتسجيل الدخول
invite-gone = انتهت صلاحية رابط الدعوة هذا أو سبق استخدامه. يرجى طلب رابط جديد من المسؤول.
password-too-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.
sign-out = تسجيل الخروج
ui-language = لغة لوحة التحكم
error-network = تعذّر الوصول إلى الخادم. جارٍ إعادة المحاولة…
error-other = حدث خطأ ما: { $detail }
inbox-heading = صندوق الوارد
filter-status = الحالة
filter-language = اللغة
filter-country = البلد
filter-region = المنطقة
filter-any = الكل
filter-unread = غير المقروءة فقط
filter-mine = المسندة إليّ
status-bot = مع البوت
status-waiting = بانتظار موظف
status-open = مفتوحة
status-closed = مغلقة
inbox-empty = لا توجد محادثة تطابق هذه الفلاتر.
region-unreachable = تعذّر الوصول إلى منطقة { $region } حاليًا.
waiting-minutes =
    { $minutes ->
        [zero] في الانتظار منذ { $minutes } دقيقة
        [one] في الانتظار منذ دقيقة واحدة
        [two] في الانتظار منذ دقيقتين
        [few] في الانتظار منذ { $minutes } دقائق
        [many] في الانتظار منذ { $minutes } دقيقة
       *[other] في الانتظار منذ { $minutes } دقيقة
    }
unread-count =
    { $count ->
        [zero] لا رسائل غير مقروءة
        [one] رسالة واحدة غير مقروءة
        [two] رسالتان غير مقروءتين
        [few] { $count } رسائل غير مقروءة
        [many] { $count } رسالة غير مقروءة
       *[other] { $count } رسالة غير مقروءة
    }
shopper-local-time = توقيت العميل: { $time }
trigger-asked = طلب التحدث إلى شخص
trigger-misses = لم يفهم البوت
trigger-repeated = كرّر السؤال نفسه
trigger-frustrated = منزعج
trigger-vip = عميل مميز (VIP)
trigger-lookups = استعلامات كثيرة عن الطلبات
back-to-inbox = العودة إلى صندوق الوارد
summary-heading = ملخص التحويل
summary-intents = استفسر عن
summary-mood = المزاج
summary-order = الطلب
summary-email = البريد الإلكتروني لتلقي الرد
mood-calm = هادئ
mood-tense = متوتر
mood-upset = منزعج
author-shopper = العميل
author-bot = البوت
author-agent = الموظف
written-in = لغة النص الأصلي: { $language }
show-original = عرض النص الأصلي
show-translation = عرض الترجمة
reveal = إظهار البيانات
revealed = معروضة لكم دون إخفاء؛ وقد سُجّل ذلك في سجل التدقيق.
reveal-not-allowed = لا يسمح دوركم بإظهار البيانات الشخصية.
composer-placeholder = اكتبوا ردكم…
composer-send = إرسال
composer-preview = سيقرأ العميل:
composer-preview-same = يقرأ العميل لغتكم: لا حاجة إلى الترجمة.
note-toggle = ملاحظة خاصة (لا يراها إلا فريقكم)
note-placeholder = اكتبوا ملاحظة لفريقكم…
note-save = حفظ الملاحظة
note-by = ملاحظة من: { $name }
shopper-typing = العميل يكتب…
canned-label = الردود الجاهزة
actions-label = إجراءات المحادثة
assigned-to = مسندة إلى: { $name }
assign-me = إسنادها إليّ
hand-back = إعادتها إلى البوت
close-conversation = إغلاق
conversation-closed = هذه المحادثة مغلقة.
rating-given = التقييم: { $stars } من 5
rating-comment = التعليق: { $comment }
shortcuts = المفاتيح: j و k للتنقل في صندوق الوارد، Enter للفتح، r للرد، Esc للرجوع.
assign-to = إسناد إلى…
assignee-writes = يكتب باللغة { $language }
assignee-on-shift = في المناوبة
assignee-off-shift = خارج المناوبة
notify-toggle = صوت وإشعار عند التحويلات الجديدة
notify-blocked = يحظر هذا المتصفح إشعارات لوحة التحكم؛ سيُشغَّل الصوت فقط.
notify-title = عميل بانتظار موظف
notify-body = يكتب باللغة { $language }. افتحوا لوحة التحكم للرد.
team-heading = الفريق
team-admins-only = لا يمكن فتح صفحة الفريق إلا لمسؤولي المتجر.
member-name = الاسم
member-email = البريد الإلكتروني
member-role = الدور
member-languages = اللغات التي يكتب بها (الأولى هي لغة لوحة التحكم لديه)
member-regions = المناطق التي يراها
member-teams = الفرق التي يعمل وفق ساعات عملها
member-state = الحساب
member-active = نشط
member-invited = مدعو
member-disabled = معطَّل
member-edit = تعديل
member-revoke = تسجيل الخروج من كل الأجهزة
member-disable = تعطيل
member-reinstate = إعادة التفعيل
member-can-reveal = يمكنه إظهار البيانات الشخصية
member-save = حفظ التغييرات
member-change-heading = تعديل بيانات شخص
role-admin = مسؤول
role-agent = موظف
invite-create-heading = دعوة شخص
invite-create = إنشاء رابط دعوة
invite-link-made = أرسلوا هذا الرابط إلى الشخص الذي دعوتموه. يعمل مرة واحدة فقط، لمدة 7 أيام.
audit-heading = سجل التدقيق
audit-refresh = إعادة التحميل
audit-when = متى
audit-who = مَن
audit-what = ماذا
audit-target = يخص
audit-reveal = إظهار بيانات شخصية
audit-invite = دعوة
audit-update = تعديل بيانات شخص
audit-revoke = تسجيل خروج شخص من كل الأجهزة
audit-disable = تعطيل حساب
audit-reinstate = إعادة تفعيل حساب
canned-id = المعرّف (a-z و0-9 و-)
canned-title = العنوان
canned-locale = لغة النص
canned-text = النص
canned-variables = اكتبوا { $name } مكان اسم الموظف و{ $order } مكان رقم الطلب الذي تحقّق منه العميل.
canned-save = حفظ النص
canned-delete = إزالة
channel-socket = محادثة الويب، اتصال مباشر
channel-polling = محادثة الويب، وضع الاتصال البطيء: اجعلوا ردودكم قصيرة
