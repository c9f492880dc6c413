# پاسخ‌های ربات، فارسی. لحن: رسمی (شما).
bot-greeting = سلام و از پیام شما سپاسگزاریم! یکی از همکاران ما به‌زودی همین‌جا به شما پاسخ می‌دهد.
season-christmas = کریسمس مبارک!
season-lunar-new-year = سال نو قمری مبارک!
season-seollal = سولال مبارک!
season-tet = جشن تت مبارک!
season-songkran = سونگکران مبارک!
season-ramadan = رمضان مبارک!
season-eid-al-fitr = عید فطر مبارک!
season-eid-al-adha = عید قربان مبارک!
season-diwali = دیوالی مبارک!
template-order-shipped = سفارش شما ارسال شد. کد رهگیری از طریق ایمیل برایتان فرستاده می‌شود.
template-thanks-waiting = از شکیبایی شما سپاسگزاریم. هم‌اکنون در حال بررسی آن برای شما هستیم.
template-anything-else = آیا کار دیگری هست که بتوانیم برایتان انجام دهیم؟
