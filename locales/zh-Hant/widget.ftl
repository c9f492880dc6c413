# Caravan 小工具，繁體中文。語體：敬語（您）。
launcher-open = 開啟聊天
launcher-close = 關閉聊天
header-title = { $store }
header-subtitle = 我們通常會在幾分鐘內回覆
empty-state = 關於訂單、運送或商品，歡迎隨時詢問我們。
composer-placeholder = 輸入訊息…
composer-send = 傳送
author-you = 您
author-bot = 助理
author-agent = 客服團隊
agent-typing = 客服團隊正在輸入…
status-sending = 傳送中…
status-sent = 已傳送
status-delivered = 已送達
status-failed = 未傳送
connection-connecting = 連線中…
connection-offline = 您目前處於離線狀態。恢復連線後，您的訊息將自動傳送。
connection-unavailable = 聊天暫時無法使用。您的訊息已保存，服務恢復後將自動傳送。
connection-region-unavailable = 目前無法連線到在您所在地區保存對話的服務。訊息不會傳送到其他地方：它們會保存在此裝置上，待服務恢復後送達。
chat-unavailable = 聊天暫時無法使用。
messages-waiting =
    { $count ->
       *[other] 有 { $count } 則訊息等待傳送。
    }
error-message-too-long =
    { $max ->
       *[other] 訊息過長：最多 { $max } 個字元。
    }
error-generic = 發生問題，請再試一次。
text-mode-on = 文字模式：為節省數據用量，已關閉圖片、大頭貼和動畫。
text-mode-switch-on = 切換為純文字
text-mode-switch-off = 切換為完整聊天
lite-mode = 適用於慢速網路的輕量聊天：僅文字。
lite-load-full = 載入完整聊天
language-menu = 語言
translated-notice = 自動翻譯
show-original = 查看原文
show-translation = 查看譯文
translation-unavailable = 未翻譯：翻譯服務暫時無法使用。
privacy-menu = 隱私權
privacy-run-by = 本聊天服務由 { $store } 營運。
privacy-stored = 您的對話儲存於：{ $region }。
privacy-policy = 隱私權政策
privacy-download = 下載我的對話
privacy-download-text = 可讀文字
privacy-download-json = 資料（JSON）
privacy-delete = 刪除我的對話
privacy-delete-confirm = 要永久刪除此對話嗎？刪除後，您和商店都將無法復原。
privacy-delete-yes = 刪除
privacy-delete-no = 保留
privacy-deleted = 您的對話已刪除。
region-eu = 歐盟
region-us = 美國
region-sa = 南美洲
region-in = 印度
region-apac = 亞太地區
region-oc = 大洋洲
region-me = 中東
region-af = 非洲
