# ข้อความตอบกลับของบอต ภาษาไทย ระดับภาษา: สุภาพ
bot-greeting = สวัสดีค่ะ ขอบคุณสำหรับข้อความของคุณ ทีมงานของเราจะตอบกลับที่นี่ในไม่ช้าค่ะ
season-christmas = สุขสันต์วันคริสต์มาส
season-lunar-new-year = สุขสันต์วันตรุษจีน
season-seollal = สุขสันต์วันซอลลัล
season-tet = สุขสันต์วันตรุษเวียดนาม
season-songkran = สุขสันต์วันสงกรานต์
season-ramadan = รอมฎอนการีม
season-eid-al-fitr = อีดมุบาร็อก
season-eid-al-adha = สุขสันต์วันอีดิ้ลอัฎฮา
season-diwali = สุขสันต์วันดิวาลี
template-order-shipped = คำสั่งซื้อของคุณจัดส่งแล้วค่ะ คุณจะได้รับหมายเลขพัสดุทางอีเมล
template-thanks-waiting = ขอบคุณที่รอค่ะ เรากำลังตรวจสอบให้คุณอยู่ในขณะนี้
template-anything-else = มีอะไรให้เราช่วยเหลือเพิ่มเติมอีกไหมคะ
