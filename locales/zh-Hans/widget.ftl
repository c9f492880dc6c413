# Caravan 小组件，简体中文。语体：敬语（您）。
launcher-open = 打开聊天
launcher-close = 关闭聊天
header-title = { $store }
header-subtitle = 我们通常会在几分钟内回复
empty-state = 关于订单、配送或商品，欢迎随时咨询我们。
composer-placeholder = 输入消息…
composer-send = 发送
author-you = 您
author-bot = 助手
author-agent = 客服团队
agent-typing = 客服团队正在输入…
status-sending = 发送中…
status-sent = 已发送
status-delivered = 已送达
status-failed = 未发送
connection-connecting = 正在连接…
connection-offline = 您目前处于离线状态。恢复联网后，您的消息将自动发送。
connection-unavailable = 聊天暂时不可用。您的消息已保存，服务恢复后将自动发送。
connection-region-unavailable = 目前无法连接在您所在地区保存对话的服务。消息不会发送到其他地方：它们会保存在此设备上，待服务恢复后送达。
chat-unavailable = 聊天暂时不可用。
messages-waiting =
    { $count ->
       *[other] 有 { $count } 条消息等待发送。
    }
error-message-too-long =
    { $max ->
       *[other] 消息过长：最多 { $max } 个字符。
    }
error-generic = 出现问题，请重试。
text-mode-on = 文字模式：为节省流量，已关闭图片、头像和动画。
text-mode-switch-on = 切换为纯文字
text-mode-switch-off = 切换为完整聊天
lite-mode = 适用于慢速网络的轻量聊天：仅文字。
lite-load-full = 加载完整聊天
language-menu = 语言
translated-notice = 自动翻译
show-original = 查看原文
show-translation = 查看译文
translation-unavailable = 未翻译：翻译服务暂时不可用。
privacy-menu = 隐私
privacy-run-by = 本聊天服务由 { $store } 运营。
privacy-stored = 您的对话存储于：{ $region }。
privacy-policy = 隐私政策
privacy-download = 下载我的对话
privacy-download-text = 可读文本
privacy-download-json = 数据（JSON）
privacy-delete = 删除我的对话
privacy-delete-confirm = 要永久删除此对话吗？删除后，您和店铺都将无法恢复。
privacy-delete-yes = 删除
privacy-delete-no = 保留
privacy-deleted = 您的对话已删除。
region-eu = 欧盟
region-us = 美国
region-sa = 南美洲
region-in = 印度
region-apac = 亚太地区
region-oc = 大洋洲
region-me = 中东
region-af = 非洲
