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
