# Caravan ウィジェット、日本語。敬語（丁寧語）。
launcher-open = チャットを開く
launcher-close = チャットを閉じる
header-title = { $store }
header-subtitle = 通常、数分以内にご返信いたします
empty-state = ご注文、配送、商品について、お気軽にお問い合わせください。
composer-placeholder = メッセージを入力…
composer-send = 送信
author-you = お客様
author-bot = アシスタント
author-agent = サポートチーム
agent-typing = サポートチームが入力中です…
status-sending = 送信中…
status-sent = 送信済み
status-delivered = 配信済み
status-failed = 未送信
connection-connecting = 接続中…
connection-offline = オフラインです。オンラインに戻りましたら、メッセージを送信いたします。
connection-unavailable = 現在チャットをご利用いただけません。メッセージは保存され、サービス復旧後に送信されます。
connection-region-unavailable = お客様の地域で会話を保管しているサービスに現在接続できません。他の場所へ送信されることはありません。メッセージはこの端末で待機し、復旧後にお届けします。
chat-unavailable = 現在チャットをご利用いただけません。
messages-waiting =
    { $count ->
       *[other] 送信待ちのメッセージが { $count } 件あります。
    }
error-message-too-long =
    { $max ->
       *[other] メッセージが長すぎます。{ $max } 文字以内でご入力ください。
    }
error-generic = 問題が発生しました。もう一度お試しください。
text-mode-on = テキストモード：データ節約のため、画像・アバター・アニメーションをオフにしています。
text-mode-switch-on = テキストのみに切り替える
text-mode-switch-off = 通常のチャットに切り替える
lite-mode = 低速回線向けの軽量チャット：テキストのみ。
lite-load-full = 通常のチャットを読み込む
language-menu = 言語
translated-notice = 自動翻訳
show-original = 原文を表示
show-translation = 翻訳を表示
translation-unavailable = 未翻訳：現在、翻訳をご利用いただけません。
privacy-menu = プライバシー
privacy-run-by = このチャットは { $store } が運営しています。
privacy-stored = お客様の会話の保管場所：{ $region }
privacy-policy = プライバシーポリシー
privacy-download = 会話をダウンロード
privacy-download-text = テキスト形式
privacy-download-json = データ（JSON）
privacy-delete = 会話を削除
privacy-delete-confirm = この会話を完全に削除しますか？削除すると、お客様もストアも元に戻すことはできません。
privacy-delete-yes = 削除する
privacy-delete-no = 削除しない
privacy-deleted = 会話を削除しました。
region-eu = 欧州連合
region-us = アメリカ合衆国
region-sa = 南米
region-in = インド
region-apac = アジア太平洋
region-oc = オセアニア
region-me = 中東
region-af = アフリカ
