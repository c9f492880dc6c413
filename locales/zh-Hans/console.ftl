# Caravan 客服控制台，简体中文。语体：敬语（您）。消息与变量同 locales/en/console.ftl
# （由 core/tests/locales_complete.rs 检查）。客服全天阅读：简短、清楚、工作工具的语气。
console-title = Caravan 控制台
title-unread =
    { $count ->
       *[other] ({ $count }) Caravan 控制台
    }
store-label = 店铺
login-heading = 登录
login-email = 邮箱
login-password = 密码
login-submit = 登录
login-failed = 邮箱或密码错误。
login-limited = 尝试次数过多，请几分钟后再试。
invite-heading = 欢迎您，{ $name }
invite-explain = 请为 { $email } 设置密码：至少 12 个字符。
invite-submit = 设置密码并登录
invite-gone = 此邀请链接已过期或已被使用。请联系您的管理员获取新链接。
password-too-short = 密码至少需要 12 个字符。
sign-out = 退出登录
ui-language = 控制台语言
error-network = 无法连接服务器，正在重试…
error-other = 出现问题：{ $detail }
inbox-heading = 收件箱
filter-status = 状态
filter-language = 语言
filter-country = 国家/地区
filter-region = 区域
filter-any = 全部
filter-unread = 仅未读
filter-mine = 分配给我的
status-bot = 机器人处理中
status-waiting = 等待人工
status-open = 进行中
status-closed = 已关闭
inbox-empty = 没有符合这些筛选条件的会话。
region-unreachable = 目前无法连接 { $region } 区域。
waiting-minutes =
    { $minutes ->
       *[other] 已等待 { $minutes } 分钟
    }
unread-count =
    { $count ->
       *[other] { $count } 条未读
    }
shopper-local-time = 顾客当地时间：{ $time }
trigger-asked = 要求转人工
trigger-misses = 机器人未能理解
trigger-repeated = 重复提问
trigger-frustrated = 情绪不满
trigger-vip = VIP 顾客
trigger-lookups = 订单查询次数过多
back-to-inbox = 返回收件箱
summary-heading = 转接摘要
summary-intents = 咨询内容
summary-mood = 情绪
summary-order = 订单
summary-email = 留下的回复邮箱
mood-calm = 平静
mood-tense = 紧张
mood-upset = 不满
author-shopper = 顾客
author-bot = 机器人
author-agent = 客服
written-in = 原文语言：{ $language }
show-original = 查看原文
show-translation = 查看译文
reveal = 显示完整信息
revealed = 已向您显示未遮盖的内容；此操作已记入审计日志。
reveal-not-allowed = 您的角色无权查看完整的个人数据。
composer-placeholder = 输入您的回复…
composer-send = 发送
composer-preview = 顾客将看到：
composer-preview-same = 顾客使用与您相同的语言，无需翻译。
note-toggle = 内部备注（仅您的团队可见）
note-placeholder = 为您的团队写一条备注…
note-save = 保存备注
note-by = 备注人：{ $name }
shopper-typing = 顾客正在输入…
canned-label = 快捷回复
actions-label = 会话操作
assigned-to = 已分配给 { $name }
assign-me = 分配给我
hand-back = 交回机器人
close-conversation = 关闭
conversation-closed = 此会话已关闭。
rating-given = 评分：{ $stars } / 5
rating-comment = 评论：{ $comment }
shortcuts = 快捷键：j 和 k 在收件箱中移动，Enter 打开，r 回复，Esc 返回。
