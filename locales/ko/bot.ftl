# 봇 답변, 한국어. 높임: 합니다체.
bot-greeting = 안녕하십니까, 메시지를 보내 주셔서 감사합니다! 곧 담당 직원이 이곳에서 답변드리겠습니다.
season-christmas = 즐거운 성탄절 보내십시오!
season-lunar-new-year = 새해 복 많이 받으십시오!
season-seollal = 설날을 맞아 새해 복 많이 받으십시오!
season-tet = 즐거운 뗏 명절 보내십시오!
season-songkran = 즐거운 송크란 축제 보내십시오!
season-ramadan = 라마단 카림! 평안한 라마단 보내십시오.
season-eid-al-fitr = 이드 무바라크! 축복받은 명절 보내십시오.
season-eid-al-adha = 축복받은 이드 알아드하 보내십시오!
season-diwali = 행복한 디왈리 보내십시오!
template-order-shipped = 주문하신 상품이 발송되었습니다. 운송장 번호는 이메일로 보내 드립니다.
template-thanks-waiting = 기다려 주셔서 감사합니다. 지금 확인하고 있습니다.
template-anything-else = 더 도와드릴 일이 있으십니까?
