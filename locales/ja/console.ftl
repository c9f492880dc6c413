# Caravan エージェントコンソール、日本語。文は丁寧語（です・ます）、ボタンは簡潔に。
# メッセージと変数は locales/en/console.ftl と同じです（core/tests/locales_complete.rs で確認）。
# エージェントが一日中読む文言です：短く、平易に、業務ツールらしく。
console-title = Caravan コンソール
title-unread =
    { $count ->
       *[other] ({ $count }) Caravan コンソール
    }
store-label = ストア
login-heading = ログイン
login-email = メールアドレス
login-password = パスワード
login-submit = ログイン
login-failed = メールアドレスまたはパスワードが正しくありません。
login-limited = 試行回数が多すぎます。数分後にもう一度お試しください。
invite-heading = ようこそ、{ $name } さん
invite-explain = { $email } のパスワードを設定してください（12 文字以上）。
invite-submit = パスワードを設定してログイン
invite-gone = この招待リンクは有効期限切れか、すでに使用されています。管理者に新しいリンクを依頼してください。
password-too-short = パスワードは 12 文字以上にしてください。
sign-out = ログアウト
ui-language = コンソールの言語
error-network = サーバーに接続できません。再試行しています…
error-other = 問題が発生しました：{ $detail }
inbox-heading = 受信トレイ
filter-status = ステータス
filter-language = 言語
filter-country = 国
filter-region = リージョン
filter-any = すべて
filter-unread = 未読のみ
filter-mine = 自分の担当
status-bot = ボット対応中
status-waiting = 担当者を待機中
status-open = オープン
status-closed = クローズ済み
inbox-empty = この条件に一致する会話はありません。
region-unreachable = 現在 { $region } リージョンに接続できません。
waiting-minutes =
    { $minutes ->
       *[other] { $minutes } 分待機中
    }
unread-count =
    { $count ->
       *[other] 未読 { $count } 件
    }
shopper-local-time = お客様の現地時刻：{ $time }
trigger-asked = 担当者との会話を希望
trigger-misses = ボットが理解できず
trigger-repeated = 同じ質問を繰り返し
trigger-frustrated = 不満あり
trigger-vip = VIP のお客様
trigger-lookups = 注文照会が多すぎる
back-to-inbox = 受信トレイに戻る
summary-heading = 引き継ぎの概要
summary-intents = 問い合わせ内容
summary-mood = 感情
summary-order = 注文
summary-email = 回答送付先メール
mood-calm = 落ち着いている
mood-tense = やや緊張
mood-upset = 不満
author-shopper = お客様
author-bot = ボット
author-agent = 担当者
written-in = 原文の言語：{ $language }
show-original = 原文を表示
show-translation = 翻訳を表示
reveal = マスク解除
revealed = マスクを解除して表示しています。この操作は監査ログに記録されました。
reveal-not-allowed = 現在のロールでは個人データのマスクを解除できません。
composer-placeholder = 返信を入力…
composer-send = 送信
composer-preview = お客様に表示される文面：
composer-preview-same = お客様はあなたと同じ言語をお使いです。翻訳は不要です。
note-toggle = 非公開メモ（チームのみ閲覧できます）
note-placeholder = チーム向けのメモを入力…
note-save = メモを保存
note-by = メモ作成者：{ $name }
shopper-typing = お客様が入力中です…
canned-label = 定型文
actions-label = 会話の操作
assigned-to = 担当：{ $name }
assign-me = 自分に割り当て
hand-back = ボットに戻す
close-conversation = クローズ
conversation-closed = この会話はクローズされています。
rating-given = 評価：5 点中 { $stars } 点
rating-comment = コメント：{ $comment }
shortcuts = キー操作：j と k で受信トレイを移動、Enter で開く、r で返信、Esc で戻る。
