# ボットの返信、日本語。敬語（丁寧語・謙譲語）。
bot-greeting = お問い合わせいただき、誠にありがとうございます。担当者より間もなくこちらでご返信いたします。
season-christmas = メリークリスマス。素敵なクリスマスをお過ごしください。
season-lunar-new-year = 旧正月おめでとうございます。
season-seollal = ソルラルおめでとうございます。
season-tet = テトおめでとうございます。
season-songkran = ソンクラーンおめでとうございます。
season-ramadan = ラマダン・カリーム。ラマダンをお迎えのことと存じます。
season-eid-al-fitr = イード・ムバーラク。断食明けのお祝いを申し上げます。
season-eid-al-adha = イード・アル＝アドハーのお祝いを申し上げます。
season-diwali = ディワリおめでとうございます。
template-order-shipped = ご注文の商品を発送いたしました。追跡番号はメールにてお知らせいたします。
template-thanks-waiting = お待たせいたしました。ただいま確認しております。
template-anything-else = ほかにお手伝いできることはございますか。
