# Caravan 위젯, 한국어. 높임: 합니다체/해요체.
launcher-open = 채팅 열기
launcher-close = 채팅 닫기
header-title = { $store }
header-subtitle = 보통 몇 분 안에 답변드립니다
empty-state = 주문, 배송, 상품에 관해 무엇이든 문의해 주세요.
composer-placeholder = 메시지를 입력하세요…
composer-send = 보내기
author-you = 고객님
author-bot = 도우미
author-agent = 고객지원팀
agent-typing = 고객지원팀이 입력 중입니다…
status-sending = 보내는 중…
status-sent = 보냄
status-delivered = 전달됨
status-failed = 보내지 못함
connection-connecting = 연결 중…
connection-offline = 오프라인 상태입니다. 다시 온라인이 되면 메시지를 보내 드립니다.
connection-unavailable = 지금은 채팅을 이용할 수 없습니다. 메시지는 보관되며 서비스가 복구되면 전송됩니다.
connection-region-unavailable = 고객님의 지역에서 대화를 보관하는 서비스에 지금 연결할 수 없습니다. 다른 곳으로는 아무것도 보내지 않습니다. 메시지는 이 기기에서 대기하다가 서비스가 복구되면 전달됩니다.
chat-unavailable = 지금은 채팅을 이용할 수 없습니다.
messages-waiting =
    { $count ->
       *[other] 전송 대기 중인 메시지가 { $count }개 있습니다.
    }
error-message-too-long =
    { $max ->
       *[other] 메시지가 너무 깁니다. 최대 { $max }자까지 입력할 수 있습니다.
    }
error-generic = 문제가 발생했습니다. 다시 시도해 주세요.
text-mode-on = 텍스트 모드: 데이터를 아끼기 위해 이미지, 아바타, 애니메이션을 껐습니다.
text-mode-switch-on = 텍스트만 보기
text-mode-switch-off = 전체 채팅으로 전환
lite-mode = 느린 연결을 위한 가벼운 채팅: 텍스트만 표시됩니다.
lite-load-full = 전체 채팅 불러오기
language-menu = 언어
translated-notice = 자동 번역됨
show-original = 원문 보기
show-translation = 번역 보기
translation-unavailable = 번역되지 않음: 지금은 번역을 이용할 수 없습니다.
privacy-menu = 개인정보
privacy-run-by = 이 채팅은 { $store }에서 운영합니다.
privacy-stored = 고객님의 대화 보관 지역: { $region }
privacy-policy = 개인정보 처리방침
privacy-download = 대화 내용 다운로드
privacy-download-text = 읽기 쉬운 텍스트
privacy-download-json = 데이터(JSON)
privacy-delete = 대화 내용 삭제
privacy-delete-confirm = 이 대화를 영구적으로 삭제하시겠습니까? 삭제하면 고객님도 스토어도 다시 복구할 수 없습니다.
privacy-delete-yes = 삭제
privacy-delete-no = 유지
privacy-deleted = 대화가 삭제되었습니다.
region-eu = 유럽연합
region-us = 미국
region-sa = 남아메리카
region-in = 인도
region-apac = 아시아·태평양
region-oc = 오세아니아
region-me = 중동
region-af = 아프리카
