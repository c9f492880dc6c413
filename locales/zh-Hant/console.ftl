# Caravan 客服主控台，繁體中文。語體：敬語（您）。訊息與變數同 locales/en/console.ftl
# （由 core/tests/locales_complete.rs 檢查）。客服整天閱讀：簡短、清楚、工作工具的語氣。
console-title = Caravan 主控台
title-unread =
    { $count ->
       *[other] ({ $count }) Caravan 主控台
    }
store-label = 商店
login-heading = 登入
login-email = 電子郵件
login-password = 密碼
login-submit = 登入
login-failed = 電子郵件或密碼錯誤。
login-limited = 嘗試次數過多，請幾分鐘後再試。
invite-heading = 歡迎您，{ $name }
invite-explain = 請為 { $email } 設定密碼：至少 12 個字元。
invite-submit = 設定密碼並登入
invite-gone = 此邀請連結已過期或已被使用。請向您的管理員索取新連結。
password-too-short = 密碼至少需要 12 個字元。
sign-out = 登出
ui-language = 主控台語言
error-network = 無法連線至伺服器，正在重試…
error-other = 發生問題：{ $detail }
inbox-heading = 收件匣
filter-status = 狀態
filter-language = 語言
filter-country = 國家/地區
filter-region = 區域
filter-any = 全部
filter-unread = 僅限未讀
filter-mine = 指派給我的
status-bot = 機器人處理中
status-waiting = 等待真人客服
status-open = 處理中
status-closed = 已結束
inbox-empty = 沒有符合這些篩選條件的對話。
region-unreachable = 目前無法連線至 { $region } 區域。
waiting-minutes =
    { $minutes ->
       *[other] 已等待 { $minutes } 分鐘
    }
unread-count =
    { $count ->
       *[other] { $count } 則未讀
    }
shopper-local-time = 顧客當地時間：{ $time }
trigger-asked = 要求真人客服
trigger-misses = 機器人無法理解
trigger-repeated = 重複詢問相同問題
trigger-frustrated = 情緒不滿
trigger-vip = VIP 顧客
trigger-lookups = 訂單查詢次數過多
back-to-inbox = 返回收件匣
summary-heading = 轉接摘要
summary-intents = 詢問內容
summary-mood = 情緒
summary-order = 訂單
summary-email = 留下的回覆信箱
mood-calm = 平靜
mood-tense = 緊張
mood-upset = 不滿
author-shopper = 顧客
author-bot = 機器人
author-agent = 客服
written-in = 原文語言：{ $language }
show-original = 查看原文
show-translation = 查看譯文
reveal = 顯示完整資料
revealed = 已向您顯示未遮蔽的內容；此操作已記錄於稽核日誌。
reveal-not-allowed = 您的角色無權查看完整的個人資料。
composer-placeholder = 輸入您的回覆…
composer-send = 傳送
composer-preview = 顧客將看到：
composer-preview-same = 顧客使用與您相同的語言，無需翻譯。
note-toggle = 內部備註（僅您的團隊可見）
note-placeholder = 為您的團隊撰寫備註…
note-save = 儲存備註
note-by = 備註者：{ $name }
shopper-typing = 顧客正在輸入…
canned-label = 快速回覆
actions-label = 對話操作
assigned-to = 已指派給 { $name }
assign-me = 指派給我
hand-back = 交回機器人
close-conversation = 結束
conversation-closed = 此對話已結束。
rating-given = 評分：{ $stars } / 5
rating-comment = 留言：{ $comment }
shortcuts = 快速鍵：j 和 k 在收件匣中移動，Enter 開啟，r 回覆，Esc 返回。
