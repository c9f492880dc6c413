# 机器人回复，简体中文。语体：敬语（您）。
bot-greeting = 您好，感谢您的留言！我们的团队成员将很快在这里为您解答。
season-christmas = 圣诞快乐！
season-lunar-new-year = 新春快乐，恭喜发财！
season-seollal = 韩国新年快乐！
season-tet = 越南新年快乐！
season-songkran = 泼水节快乐！
season-ramadan = 斋月吉庆！
season-eid-al-fitr = 开斋节快乐！
season-eid-al-adha = 古尔邦节快乐！
season-diwali = 排灯节快乐！
template-order-shipped = 您的订单已发货，物流单号将通过电子邮件发送给您。
template-thanks-waiting = 感谢您的耐心等待，我们正在为您核实。
template-anything-else = 请问还有什么可以帮您的吗？
