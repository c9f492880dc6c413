# Tiện ích Caravan, tiếng Việt. Cách xưng hô: Quý khách (trang trọng).
launcher-open = Mở trò chuyện
launcher-close = Đóng trò chuyện
header-title = { $store }
header-subtitle = Chúng tôi thường trả lời trong vài phút
empty-state = Quý khách cứ hỏi chúng tôi về đơn hàng, giao hàng hoặc sản phẩm.
composer-placeholder = Nhập tin nhắn…
composer-send = Gửi
author-you = Quý khách
author-bot = Trợ lý
author-agent = Đội hỗ trợ
agent-typing = Đội hỗ trợ đang nhập…
status-sending = Đang gửi…
status-sent = Đã gửi
status-delivered = Đã nhận
status-failed = Chưa gửi được
connection-connecting = Đang kết nối…
connection-offline = Quý khách đang ngoại tuyến. Tin nhắn sẽ được gửi khi có kết nối trở lại.
connection-unavailable = Trò chuyện hiện không khả dụng. Tin nhắn của Quý khách được giữ lại và sẽ được gửi khi dịch vụ hoạt động trở lại.
connection-region-unavailable = Hiện không thể kết nối tới dịch vụ lưu cuộc trò chuyện của Quý khách trong khu vực của Quý khách. Không có gì được gửi đi nơi khác: tin nhắn đang chờ trên thiết bị này và sẽ được gửi khi dịch vụ hoạt động trở lại.
chat-unavailable = Trò chuyện hiện không khả dụng.
messages-waiting =
    { $count ->
       *[other] Có { $count } tin nhắn đang chờ gửi.
    }
error-message-too-long =
    { $max ->
       *[other] Tin nhắn quá dài: tối đa { $max } ký tự.
    }
error-generic = Đã xảy ra lỗi. Vui lòng thử lại.
text-mode-on = Chế độ văn bản: đã tắt hình ảnh, ảnh đại diện và hiệu ứng để tiết kiệm dữ liệu.
text-mode-switch-on = Chuyển sang chỉ văn bản
text-mode-switch-off = Chuyển sang trò chuyện đầy đủ
lite-mode = Trò chuyện nhẹ cho kết nối chậm: chỉ văn bản.
lite-load-full = Tải trò chuyện đầy đủ
language-menu = Ngôn ngữ
translated-notice = Đã dịch tự động
show-original = Xem bản gốc
show-translation = Xem bản dịch
translation-unavailable = Chưa dịch: dịch vụ dịch hiện không khả dụng.
privacy-menu = Quyền riêng tư
privacy-run-by = Dịch vụ trò chuyện này do { $store } vận hành.
privacy-stored = Cuộc trò chuyện của Quý khách được lưu trữ tại: { $region }.
privacy-policy = Chính sách quyền riêng tư
privacy-download = Tải xuống cuộc trò chuyện
privacy-download-text = Văn bản dễ đọc
privacy-download-json = Dữ liệu (JSON)
privacy-delete = Xóa cuộc trò chuyện
privacy-delete-confirm = Xóa vĩnh viễn cuộc trò chuyện này? Sau khi xóa, cả Quý khách và cửa hàng đều không thể khôi phục lại.
privacy-delete-yes = Xóa
privacy-delete-no = Giữ lại
privacy-deleted = Cuộc trò chuyện của Quý khách đã được xóa.
region-eu = Liên minh châu Âu
region-us = Hoa Kỳ
region-sa = Nam Mỹ
region-in = Ấn Độ
region-apac = Châu Á – Thái Bình Dương
region-oc = Châu Đại Dương
region-me = Trung Đông
region-af = Châu Phi
