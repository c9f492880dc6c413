# ابزارک Caravan، فارسی. لحن: رسمی (شما).
launcher-open = باز کردن گفتگو
launcher-close = بستن گفتگو
header-title = { $store }
header-subtitle = معمولاً ظرف چند دقیقه پاسخ می‌دهیم
empty-state = هر پرسشی درباره سفارش، ارسال یا محصولات ما دارید، بپرسید.
composer-placeholder = پیامی بنویسید…
composer-send = ارسال
author-you = شما
author-bot = دستیار
author-agent = تیم پشتیبانی
agent-typing = تیم پشتیبانی در حال نوشتن است…
status-sending = در حال ارسال…
status-sent = ارسال شد
status-delivered = تحویل شد
status-failed = ارسال نشد
connection-connecting = در حال اتصال…
connection-offline = شما آفلاین هستید. پیام‌هایتان پس از برقراری دوباره اتصال ارسال می‌شوند.
connection-unavailable = گفتگو در حال حاضر در دسترس نیست. پیام‌هایتان نگه داشته می‌شوند و پس از بازگشت سرویس ارسال خواهند شد.
connection-region-unavailable = سرویسی که گفتگوی شما را در منطقه‌تان نگه می‌دارد اکنون در دسترس نیست. چیزی به جای دیگری فرستاده نمی‌شود: پیام‌هایتان روی همین دستگاه منتظر می‌مانند و پس از بازگشت سرویس تحویل داده می‌شوند.
chat-unavailable = گفتگو در حال حاضر در دسترس نیست.
messages-waiting =
    { $count ->
        [one] یک پیام در انتظار ارسال است.
       *[other] { $count } پیام در انتظار ارسال است.
    }
error-message-too-long =
    { $max ->
        [one] این پیام خیلی طولانی است: حداکثر { $max } نویسه.
       *[other] این پیام خیلی طولانی است: حداکثر { $max } نویسه.
    }
error-generic = مشکلی پیش آمد. لطفاً دوباره تلاش کنید.
text-mode-on = حالت متنی: تصاویر، آواتارها و پویانمایی‌ها برای صرفه‌جویی در داده خاموش هستند.
text-mode-switch-on = تغییر به فقط متن
text-mode-switch-off = تغییر به گفتگوی کامل
lite-mode = گفتگوی سبک برای اتصال‌های کند: فقط متن.
lite-load-full = بارگیری گفتگوی کامل
language-menu = زبان
translated-notice = به‌طور خودکار ترجمه شد
show-original = نمایش متن اصلی
show-translation = نمایش ترجمه
translation-unavailable = ترجمه نشد: ترجمه در حال حاضر در دسترس نیست.
privacy-menu = حریم خصوصی
privacy-run-by = این گفتگو را { $store } اداره می‌کند.
privacy-stored = گفتگوی شما در این منطقه ذخیره می‌شود: { $region }.
privacy-policy = سیاست حفظ حریم خصوصی
privacy-download = دانلود گفتگوی من
privacy-download-text = متن خوانا
privacy-download-json = داده (JSON)
privacy-delete = حذف گفتگوی من
privacy-delete-confirm = این گفتگو برای همیشه حذف شود؟ پس از حذف، نه شما و نه فروشگاه نمی‌توانید آن را بازگردانید.
privacy-delete-yes = حذف
privacy-delete-no = نگه داشتن
privacy-deleted = گفتگوی شما حذف شد.
region-eu = اتحادیهٔ اروپا
region-us = ایالات متحده
region-sa = آمریکای جنوبی
region-in = هند
region-apac = آسیا و اقیانوس آرام
region-oc = اقیانوسیه
region-me = خاورمیانه
region-af = آفریقا
