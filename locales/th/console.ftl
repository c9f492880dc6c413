# คอนโซลเจ้าหน้าที่ Caravan ภาษาไทย ระดับภาษา: สุภาพ ข้อความและตัวแปรเหมือน
# locales/en/console.ftl (ตรวจโดย core/tests/locales_complete.rs) เจ้าหน้าที่อ่านทั้งวัน: สั้น ชัดเจน
console-title = คอนโซล Caravan
title-unread =
    { $count ->
       *[other] ({ $count }) คอนโซล Caravan
    }
store-label = ร้านค้า
login-heading = เข้าสู่ระบบ
login-email = อีเมล
login-password = รหัสผ่าน
login-submit = เข้าสู่ระบบ
login-failed = อีเมลหรือรหัสผ่านไม่ถูกต้อง
login-limited = ลองหลายครั้งเกินไป โปรดลองอีกครั้งในอีกไม่กี่นาที
invite-heading = ยินดีต้อนรับ { $name }
invite-explain = โปรดตั้งรหัสผ่านสำหรับ { $email } อย่างน้อย 12 ตัวอักษร
invite-submit = ตั้งรหัสผ่านและเข้าสู่ระบบ
invite-gone = ลิงก์คำเชิญนี้หมดอายุหรือถูกใช้ไปแล้ว โปรดขอลิงก์ใหม่จากผู้ดูแลระบบ
password-too-short = รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร
sign-out = ออกจากระบบ
ui-language = ภาษาของคอนโซล
error-network = ไม่สามารถเชื่อมต่อเซิร์ฟเวอร์ได้ กำลังลองใหม่…
error-other = เกิดข้อผิดพลาด: { $detail }
inbox-heading = กล่องข้อความ
filter-status = สถานะ
filter-language = ภาษา
filter-country = ประเทศ
filter-region = ภูมิภาค
filter-any = ทั้งหมด
filter-unread = เฉพาะที่ยังไม่อ่าน
filter-mine = มอบหมายให้ฉัน
status-bot = อยู่กับบอท
status-waiting = รอเจ้าหน้าที่
status-open = เปิดอยู่
status-closed = ปิดแล้ว
inbox-empty = ไม่มีการสนทนาที่ตรงกับตัวกรองเหล่านี้
region-unreachable = ไม่สามารถเชื่อมต่อภูมิภาค { $region } ได้ในขณะนี้
waiting-minutes =
    { $minutes ->
       *[other] รอมาแล้ว { $minutes } นาที
    }
unread-count =
    { $count ->
       *[other] ยังไม่อ่าน { $count } รายการ
    }
shopper-local-time = เวลาของลูกค้า: { $time }
trigger-asked = ขอคุยกับเจ้าหน้าที่
trigger-misses = บอทไม่เข้าใจ
trigger-repeated = ถามเรื่องเดิมซ้ำ
trigger-frustrated = ไม่พอใจ
trigger-vip = ลูกค้า VIP
trigger-lookups = ค้นหาคำสั่งซื้อบ่อยเกินไป
back-to-inbox = กลับไปที่กล่องข้อความ
summary-heading = สรุปการส่งต่อ
summary-intents = เรื่องที่ถาม
summary-mood = อารมณ์
summary-order = คำสั่งซื้อ
summary-email = อีเมลสำหรับรับคำตอบ
mood-calm = สงบ
mood-tense = ตึงเครียด
mood-upset = ไม่พอใจ
author-shopper = ลูกค้า
author-bot = บอท
author-agent = เจ้าหน้าที่
written-in = ภาษาต้นฉบับ: { $language }
show-original = แสดงต้นฉบับ
show-translation = แสดงคำแปล
reveal = แสดงข้อมูล
revealed = แสดงแบบไม่ปิดบังให้คุณเห็น และบันทึกลงในบันทึกการตรวจสอบแล้ว
reveal-not-allowed = บทบาทของคุณไม่มีสิทธิ์แสดงข้อมูลส่วนบุคคล
composer-placeholder = พิมพ์คำตอบ…
composer-send = ส่ง
composer-preview = ลูกค้าจะเห็นข้อความนี้:
composer-preview-same = ลูกค้าอ่านภาษาเดียวกับคุณ ไม่ต้องแปล
note-toggle = โน้ตส่วนตัว (เฉพาะทีมของคุณที่เห็น)
note-placeholder = เขียนโน้ตถึงทีมของคุณ…
note-save = บันทึกโน้ต
note-by = โน้ตโดย { $name }
shopper-typing = ลูกค้ากำลังพิมพ์…
canned-label = คำตอบสำเร็จรูป
actions-label = การจัดการการสนทนา
assigned-to = มอบหมายให้ { $name }
assign-me = มอบหมายให้ฉัน
hand-back = ส่งกลับให้บอท
close-conversation = ปิด
conversation-closed = การสนทนานี้ปิดแล้ว
rating-given = คะแนน: { $stars } จาก 5
rating-comment = ความคิดเห็น: { $comment }
shortcuts = ปุ่มลัด: j และ k เลื่อนในกล่องข้อความ  Enter เปิด  r ตอบกลับ  Esc ย้อนกลับ
