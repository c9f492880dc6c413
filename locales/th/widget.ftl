# วิดเจ็ต Caravan ภาษาไทย ระดับภาษา: สุภาพ
launcher-open = เปิดแชท
launcher-close = ปิดแชท
header-title = { $store }
header-subtitle = โดยปกติเราจะตอบกลับภายในไม่กี่นาที
empty-state = สอบถามเราได้ทุกเรื่องเกี่ยวกับคำสั่งซื้อ การจัดส่ง หรือสินค้าของเรา
composer-placeholder = พิมพ์ข้อความ…
composer-send = ส่ง
author-you = คุณ
author-bot = ผู้ช่วย
author-agent = ทีมบริการลูกค้า
agent-typing = ทีมบริการลูกค้ากำลังพิมพ์…
status-sending = กำลังส่ง…
status-sent = ส่งแล้ว
status-delivered = ถึงแล้ว
status-failed = ส่งไม่สำเร็จ
connection-connecting = กำลังเชื่อมต่อ…
connection-offline = คุณออฟไลน์อยู่ ข้อความของคุณจะถูกส่งเมื่อกลับมาออนไลน์
connection-unavailable = แชทไม่พร้อมใช้งานในขณะนี้ ข้อความของคุณถูกเก็บไว้และจะถูกส่งเมื่อบริการกลับมา
connection-region-unavailable = ไม่สามารถเข้าถึงบริการที่เก็บบทสนทนาของคุณไว้ในภูมิภาคของคุณได้ในขณะนี้ ไม่มีสิ่งใดถูกส่งไปที่อื่น ข้อความของคุณรออยู่ในอุปกรณ์นี้และจะถูกส่งเมื่อบริการกลับมา
chat-unavailable = แชทไม่พร้อมใช้งานในขณะนี้
messages-waiting =
    { $count ->
       *[other] มีข้อความ { $count } ข้อความรอการส่ง
    }
error-message-too-long =
    { $max ->
       *[other] ข้อความนี้ยาวเกินไป: ไม่เกิน { $max } ตัวอักษร
    }
error-generic = เกิดข้อผิดพลาด โปรดลองอีกครั้ง
text-mode-on = โหมดข้อความ: ปิดรูปภาพ อวาตาร์ และภาพเคลื่อนไหวเพื่อประหยัดข้อมูล
text-mode-switch-on = เปลี่ยนเป็นข้อความอย่างเดียว
text-mode-switch-off = เปลี่ยนเป็นแชทแบบเต็ม
lite-mode = แชทแบบเบาสำหรับการเชื่อมต่อที่ช้า: ข้อความเท่านั้น
lite-load-full = โหลดแชทแบบเต็ม
language-menu = ภาษา
translated-notice = แปลโดยอัตโนมัติ
show-original = ดูต้นฉบับ
show-translation = ดูคำแปล
translation-unavailable = ไม่ได้แปล: บริการแปลไม่พร้อมใช้งานในขณะนี้
privacy-menu = ความเป็นส่วนตัว
privacy-run-by = แชทนี้ดำเนินการโดย { $store }
privacy-stored = บทสนทนาของคุณจัดเก็บไว้ที่: { $region }
privacy-policy = นโยบายความเป็นส่วนตัว
privacy-download = ดาวน์โหลดบทสนทนาของฉัน
privacy-download-text = ข้อความที่อ่านได้
privacy-download-json = ข้อมูล (JSON)
privacy-delete = ลบบทสนทนาของฉัน
privacy-delete-confirm = ต้องการลบบทสนทนานี้อย่างถาวรหรือไม่ หลังจากลบแล้ว ทั้งคุณและร้านค้าจะไม่สามารถกู้คืนได้อีก
privacy-delete-yes = ลบ
privacy-delete-no = เก็บไว้
privacy-deleted = ลบบทสนทนาของคุณแล้ว
region-eu = สหภาพยุโรป
region-us = สหรัฐอเมริกา
region-sa = อเมริกาใต้
region-in = อินเดีย
region-apac = เอเชียแปซิฟิก
region-oc = โอเชียเนีย
region-me = ตะวันออกกลาง
region-af = แอฟริกา
