# 機器人回覆，繁體中文。語體：敬語（您）。
bot-greeting = 您好，感謝您的留言！我們的團隊成員將很快在這裡為您解答。
season-christmas = 聖誕快樂！
season-lunar-new-year = 新春快樂，恭喜發財！
season-seollal = 韓國新年快樂！
season-tet = 越南新年快樂！
season-songkran = 潑水節快樂！
season-ramadan = 齋月吉慶！
season-eid-al-fitr = 開齋節快樂！
season-eid-al-adha = 宰牲節快樂！
season-diwali = 排燈節快樂！
template-order-shipped = 您的訂單已出貨，物流單號將以電子郵件寄給您。
template-thanks-waiting = 感謝您耐心等候，我們正在為您確認。
template-anything-else = 請問還有什麼可以為您服務的嗎？
