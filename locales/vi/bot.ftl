# Trả lời của bot, tiếng Việt. Cách xưng hô: Quý khách (trang trọng).
bot-greeting = Xin chào, cảm ơn Quý khách đã nhắn tin! Nhân viên của chúng tôi sẽ sớm trả lời Quý khách tại đây.
season-christmas = Chúc mừng Giáng sinh!
season-lunar-new-year = Chúc mừng năm mới âm lịch!
season-seollal = Chúc mừng Seollal!
season-tet = Chúc mừng năm mới! An khang thịnh vượng!
season-songkran = Chúc mừng Songkran!
season-ramadan = Ramadan Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Chúc mừng lễ Eid al-Adha!
season-diwali = Chúc mừng lễ Diwali!
template-order-shipped = Đơn hàng của Quý khách đã được gửi đi. Quý khách sẽ nhận mã vận đơn qua email.
template-thanks-waiting = Cảm ơn Quý khách đã chờ. Chúng tôi đang kiểm tra cho Quý khách ngay bây giờ.
template-anything-else = Chúng tôi có thể hỗ trợ Quý khách thêm điều gì không ạ?
