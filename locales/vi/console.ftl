# Bảng điều khiển nhân viên Caravan, tiếng Việt. Văn phong: lịch sự, ngắn gọn. Cùng thông điệp
# và biến như locales/en/console.ftl (được kiểm tra bởi core/tests/locales_complete.rs).
# Nhân viên đọc các chuỗi này cả ngày: ngắn, rõ ràng, giọng của công cụ làm việc.
console-title = Bảng điều khiển Caravan
title-unread =
    { $count ->
       *[other] ({ $count }) Bảng điều khiển Caravan
    }
store-label = Cửa hàng
login-heading = Đăng nhập
login-email = Email
login-password = Mật khẩu
login-submit = Đăng nhập
login-failed = Email hoặc mật khẩu không đúng.
login-limited = Quá nhiều lần thử. Vui lòng thử lại sau vài phút.
invite-heading = Chào mừng, { $name }
invite-explain = Vui lòng chọn mật khẩu cho { $email }: ít nhất 12 ký tự.
invite-submit = Đặt mật khẩu và đăng nhập
invite-gone = Liên kết mời này đã hết hạn hoặc đã được sử dụng. Vui lòng đề nghị quản trị viên gửi liên kết mới.
password-too-short = Mật khẩu cần có ít nhất 12 ký tự.
sign-out = Đăng xuất
ui-language = Ngôn ngữ bảng điều khiển
error-network = Không thể kết nối tới máy chủ. Đang thử lại…
error-other = Đã xảy ra lỗi: { $detail }
inbox-heading = Hộp thư đến
filter-status = Trạng thái
filter-language = Ngôn ngữ
filter-country = Quốc gia
filter-region = Khu vực
filter-any = Tất cả
filter-unread = Chỉ chưa đọc
filter-mine = Được giao cho tôi
status-bot = Bot đang xử lý
status-waiting = Đang chờ nhân viên
status-open = Đang mở
status-closed = Đã đóng
inbox-empty = Không có cuộc trò chuyện nào khớp với bộ lọc này.
region-unreachable = Hiện không thể kết nối tới khu vực { $region }.
waiting-minutes =
    { $minutes ->
       *[other] Đã chờ { $minutes } phút
    }
unread-count =
    { $count ->
       *[other] { $count } chưa đọc
    }
shopper-local-time = Giờ của khách hàng: { $time }
trigger-asked = Yêu cầu gặp nhân viên
trigger-misses = Bot không hiểu
trigger-repeated = Hỏi lại cùng một câu
trigger-frustrated = Bực bội
trigger-vip = Khách hàng VIP
trigger-lookups = Tra cứu đơn hàng quá nhiều lần
back-to-inbox = Quay lại hộp thư đến
summary-heading = Tóm tắt chuyển giao
summary-intents = Đã hỏi về
summary-mood = Tâm trạng
summary-order = Đơn hàng
summary-email = Email để nhận câu trả lời
mood-calm = Bình tĩnh
mood-tense = Căng thẳng
mood-upset = Bực bội
author-shopper = Khách hàng
author-bot = Bot
author-agent = Nhân viên
written-in = Ngôn ngữ gốc: { $language }
show-original = Xem bản gốc
show-translation = Xem bản dịch
reveal = Hiện dữ liệu
revealed = Đã hiển thị không che cho bạn; thao tác này đã được ghi vào nhật ký kiểm tra.
reveal-not-allowed = Vai trò của bạn không được phép hiện dữ liệu cá nhân.
composer-placeholder = Nhập câu trả lời…
composer-send = Gửi
composer-preview = Khách hàng sẽ đọc:
composer-preview-same = Khách hàng đọc cùng ngôn ngữ với bạn: không cần dịch.
note-toggle = Ghi chú riêng (chỉ nhóm của bạn thấy)
note-placeholder = Viết ghi chú cho nhóm của bạn…
note-save = Lưu ghi chú
note-by = Ghi chú của { $name }
shopper-typing = Khách hàng đang nhập…
canned-label = Câu trả lời mẫu
actions-label = Thao tác với cuộc trò chuyện
assigned-to = Được giao cho { $name }
assign-me = Giao cho tôi
hand-back = Trả lại cho bot
close-conversation = Đóng
conversation-closed = Cuộc trò chuyện này đã đóng.
rating-given = Đánh giá: { $stars }/5
rating-comment = Nhận xét: { $comment }
shortcuts = Phím: j và k để di chuyển trong hộp thư đến, Enter để mở, r để trả lời, Esc để quay lại.
