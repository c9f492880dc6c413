# واجهة Caravan، العربية (بصيغة رسمية، مخاطبة الجمع للاحترام).
launcher-open = فتح المحادثة
launcher-close = إغلاق المحادثة
header-title = { $store }
header-subtitle = نرد عادةً خلال بضع دقائق
empty-state = اسألونا عن طلبكم أو الشحن أو منتجاتنا.
composer-placeholder = اكتبوا رسالتكم…
composer-send = إرسال
author-you = أنتم
author-bot = المساعد
author-agent = فريق الدعم
agent-typing = فريق الدعم يكتب…
status-sending = جارٍ الإرسال…
status-sent = أُرسلت
status-delivered = وصلت
status-failed = لم تُرسل
connection-connecting = جارٍ الاتصال…
connection-offline = أنتم غير متصلين بالإنترنت. سترسل رسائلكم عند عودة الاتصال.
connection-unavailable = المحادثة غير متاحة حاليًا. رسائلكم محفوظة وسترسل عند عودة الخدمة.
connection-region-unavailable = لا يمكن الوصول الآن إلى الخدمة التي تحفظ محادثتكم في منطقتكم. لا يُرسَل أي شيء إلى مكان آخر: رسائلكم محفوظة على هذا الجهاز وستُرسَل عند عودة الخدمة.
chat-unavailable = المحادثة غير متاحة حاليًا.
messages-waiting =
    { $count ->
        [zero] لا توجد رسائل بانتظار الإرسال.
        [one] رسالة واحدة بانتظار الإرسال.
        [two] رسالتان بانتظار الإرسال.
        [few] { $count } رسائل بانتظار الإرسال.
        [many] { $count } رسالة بانتظار الإرسال.
       *[other] { $count } رسالة بانتظار الإرسال.
    }
error-message-too-long =
    { $max ->
        [zero] هذه الرسالة طويلة جدًا.
        [one] هذه الرسالة طويلة جدًا: الحد الأقصى حرف واحد.
        [two] هذه الرسالة طويلة جدًا: الحد الأقصى حرفان.
        [few] هذه الرسالة طويلة جدًا: الحد الأقصى { $max } أحرف.
        [many] هذه الرسالة طويلة جدًا: الحد الأقصى { $max } حرفًا.
       *[other] هذه الرسالة طويلة جدًا: الحد الأقصى { $max } حرف.
    }
error-generic = حدث خطأ ما. يرجى المحاولة مرة أخرى.
text-mode-on = وضع النص: الصور والصور الرمزية والرسوم المتحركة متوقفة لتوفير البيانات.
text-mode-switch-on = التبديل إلى النص فقط
text-mode-switch-off = التبديل إلى المحادثة الكاملة
lite-mode = محادثة خفيفة للاتصالات البطيئة: نص فقط.
lite-load-full = تحميل المحادثة الكاملة
language-menu = اللغة
translated-notice = تُرجمت تلقائيًا
show-original = عرض النص الأصلي
show-translation = عرض الترجمة
translation-unavailable = لم تُترجم: الترجمة غير متاحة حاليًا.
privacy-menu = الخصوصية
privacy-run-by = يدير هذه المحادثة { $store }.
privacy-stored = تُحفظ محادثتكم في: { $region }.
privacy-policy = سياسة الخصوصية
privacy-download = تنزيل محادثتي
privacy-download-text = نص مقروء
privacy-download-json = بيانات (JSON)
privacy-delete = حذف محادثتي
privacy-delete-confirm = هل تريدون حذف هذه المحادثة نهائيًا؟ لن تتمكنوا أنتم ولا المتجر من استعادتها.
privacy-delete-yes = حذف
privacy-delete-no = الاحتفاظ بها
privacy-deleted = تم حذف محادثتكم.
region-eu = الاتحاد الأوروبي
region-us = الولايات المتحدة
region-sa = أمريكا الجنوبية
region-in = الهند
region-apac = آسيا والمحيط الهادئ
region-oc = أوقيانوسيا
region-me = الشرق الأوسط
region-af = أفريقيا
