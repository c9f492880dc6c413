# کنسول کارشناسان Caravan، فارسی. لحن: رسمی (شما). همان پیام‌ها و متغیرهای
# locales/en/console.ftl (بررسی در core/tests/locales_complete.rs). کوتاه، ساده، زبان ابزار کار.
console-title = کنسول Caravan
title-unread =
    { $count ->
        [one] ({ $count }) کنسول Caravan
       *[other] ({ $count }) کنسول Caravan
    }
store-label = فروشگاه
login-heading = ورود
login-email = ایمیل
login-password = گذرواژه
login-submit = ورود
login-failed = ایمیل یا گذرواژه نادرست است.
login-limited = تلاش‌های بیش از حد. لطفاً چند دقیقهٔ دیگر دوباره تلاش کنید.
invite-heading = خوش آمدید، { $name }
invite-explain = برای { $email } یک گذرواژه انتخاب کنید: دست‌کم ۱۲ نویسه.
invite-submit = تنظیم گذرواژه و ورود
invite-gone = این پیوند دعوت منقضی شده یا قبلاً استفاده شده است. از مدیر سیستم پیوند جدیدی بخواهید.
password-too-short = گذرواژه باید دست‌کم ۱۲ نویسه داشته باشد.
sign-out = خروج
ui-language = زبان کنسول
error-network = دسترسی به سرور ممکن نیست. در حال تلاش دوباره…
error-other = مشکلی پیش آمد: { $detail }
inbox-heading = صندوق ورودی
filter-status = وضعیت
filter-language = زبان
filter-country = کشور
filter-region = منطقه
filter-any = همه
filter-unread = فقط خوانده‌نشده‌ها
filter-mine = واگذارشده به من
status-bot = نزد ربات
status-waiting = در انتظار کارشناس
status-open = باز
status-closed = بسته
inbox-empty = هیچ گفتگویی با این فیلترها مطابقت ندارد.
region-unreachable = در حال حاضر دسترسی به منطقهٔ { $region } ممکن نیست.
waiting-minutes =
    { $minutes ->
        [one] { $minutes } دقیقه در انتظار
       *[other] { $minutes } دقیقه در انتظار
    }
unread-count =
    { $count ->
        [one] { $count } خوانده‌نشده
       *[other] { $count } خوانده‌نشده
    }
shopper-local-time = ساعت مشتری: { $time }
trigger-asked = درخواست صحبت با کارشناس
trigger-misses = ربات متوجه نشد
trigger-repeated = همان سؤال را دوباره پرسید
trigger-frustrated = ناراحت
trigger-vip = مشتری VIP
trigger-lookups = جست‌وجوی بیش از حد سفارش
back-to-inbox = بازگشت به صندوق ورودی
summary-heading = خلاصهٔ واگذاری
summary-intents = موضوع پرسش
summary-mood = حال‌وهوا
summary-order = سفارش
summary-email = ایمیل برای دریافت پاسخ
mood-calm = آرام
mood-tense = پرتنش
mood-upset = ناراحت
author-shopper = مشتری
author-bot = ربات
author-agent = کارشناس
written-in = زبان اصلی: { $language }
show-original = نمایش متن اصلی
show-translation = نمایش ترجمه
reveal = نمایش داده‌ها
revealed = بدون پوشش به شما نمایش داده شد؛ این مورد در گزارش ممیزی ثبت شد.
reveal-not-allowed = نقش شما اجازهٔ نمایش داده‌های شخصی را نمی‌دهد.
composer-placeholder = پاسخ خود را بنویسید…
composer-send = ارسال
composer-preview = مشتری این را می‌خواند:
composer-preview-same = مشتری به زبان شما می‌خواند: نیازی به ترجمه نیست.
note-toggle = یادداشت خصوصی (فقط تیم شما آن را می‌بیند)
note-placeholder = یادداشتی برای تیم خود بنویسید…
note-save = ذخیرهٔ یادداشت
note-by = نویسندهٔ یادداشت: { $name }
shopper-typing = مشتری در حال نوشتن است…
canned-label = پاسخ‌های آماده
actions-label = اقدامات گفتگو
assigned-to = واگذارشده به: { $name }
assign-me = واگذاری به من
hand-back = بازگرداندن به ربات
close-conversation = بستن
conversation-closed = این گفتگو بسته شده است.
rating-given = امتیاز: { $stars } از ۵
rating-comment = نظر: { $comment }
shortcuts = کلیدها: j و k برای حرکت در صندوق ورودی، Enter برای باز کردن، r برای پاسخ، Esc برای بازگشت.
assign-to = واگذاری به…
assignee-writes = به { $language } می‌نویسد
assignee-on-shift = در شیفت
assignee-off-shift = خارج از شیفت
notify-toggle = صدا و اعلان برای واگذاری‌های جدید
notify-blocked = این مرورگر اعلان‌های کنسول را مسدود می‌کند؛ فقط صدا پخش می‌شود.
notify-title = مشتری منتظر کارشناس است
notify-body = به { $language } می‌نویسد. برای پاسخ، کنسول را باز کنید.
team-heading = تیم
team-admins-only = فقط مدیران فروشگاه می‌توانند صفحهٔ تیم را باز کنند.
member-name = نام
member-email = ایمیل
member-role = نقش
member-languages = زبان‌هایی که می‌نویسد (اولی زبان کنسول اوست)
member-regions = منطقه‌هایی که می‌بیند
member-teams = تیم‌هایی که طبق ساعات کارشان کار می‌کند
member-state = حساب
member-active = فعال
member-invited = دعوت‌شده
member-disabled = غیرفعال
member-edit = ویرایش
member-revoke = خروج از همه‌جا
member-disable = غیرفعال‌سازی
member-reinstate = فعال‌سازی دوباره
member-can-reveal = مجاز به نمایش داده‌های شخصی
member-save = ذخیرهٔ تغییرات
member-change-heading = ویرایش یک فرد
role-admin = مدیر
role-agent = کارشناس
invite-create-heading = دعوت از یک فرد
invite-create = ساخت پیوند دعوت
invite-link-made = این پیوند را برای فردی که دعوت کرده‌اید بفرستید. فقط یک بار و تا ۷ روز کار می‌کند.
audit-heading = گزارش ممیزی
audit-refresh = بارگذاری دوباره
audit-when = زمان
audit-who = کاربر
audit-what = اقدام
audit-target = مربوط به
audit-reveal = نمایش داده‌های شخصی
audit-invite = دعوت
audit-update = ویرایش یک فرد
audit-revoke = خروج یک فرد از همه‌جا
audit-disable = غیرفعال‌سازی یک حساب
audit-reinstate = فعال‌سازی دوبارهٔ یک حساب
canned-id = شناسه (a-z، 0-9 و -)
canned-title = عنوان
canned-locale = زبان متن
canned-text = متن
canned-variables = به‌جای نام کارشناس { $name } و به‌جای شمارهٔ سفارشی که مشتری تأیید کرده { $order } بنویسید.
canned-save = ذخیرهٔ متن
canned-delete = حذف
channel-socket = گفتگوی وب، اتصال زنده
channel-polling = گفتگوی وب، حالت شبکهٔ کند: پاسخ‌ها را کوتاه بنویسید
