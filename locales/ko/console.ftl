# Caravan 상담원 콘솔, 한국어. 높임: 문장은 합니다체, 버튼은 명사형. 메시지와 변수는
# locales/en/console.ftl과 같습니다(core/tests/locales_complete.rs에서 확인). 짧고 명확하게.
console-title = Caravan 콘솔
title-unread =
    { $count ->
       *[other] ({ $count }) Caravan 콘솔
    }
store-label = 스토어
login-heading = 로그인
login-email = 이메일
login-password = 비밀번호
login-submit = 로그인
login-failed = 이메일 또는 비밀번호가 올바르지 않습니다.
login-limited = 시도 횟수가 너무 많습니다. 몇 분 후에 다시 시도해 주십시오.
invite-heading = { $name }님, 환영합니다
invite-explain = { $email } 계정의 비밀번호를 정해 주십시오. 12자 이상이어야 합니다.
invite-submit = 비밀번호 설정 후 로그인
invite-gone = 이 초대 링크는 만료되었거나 이미 사용되었습니다. 관리자에게 새 링크를 요청해 주십시오.
password-too-short = 비밀번호는 12자 이상이어야 합니다.
sign-out = 로그아웃
ui-language = 콘솔 언어
error-network = 서버에 연결할 수 없습니다. 다시 시도하는 중…
error-other = 문제가 발생했습니다: { $detail }
inbox-heading = 수신함
filter-status = 상태
filter-language = 언어
filter-country = 국가
filter-region = 지역
filter-any = 전체
filter-unread = 읽지 않은 대화만
filter-mine = 내게 배정됨
status-bot = 봇 응대 중
status-waiting = 상담원 대기 중
status-open = 진행 중
status-closed = 종료됨
inbox-empty = 이 필터와 일치하는 대화가 없습니다.
region-unreachable = 현재 { $region } 지역에 연결할 수 없습니다.
waiting-minutes =
    { $minutes ->
       *[other] { $minutes }분째 대기 중
    }
unread-count =
    { $count ->
       *[other] 읽지 않음 { $count }개
    }
shopper-local-time = 고객 현지 시간: { $time }
trigger-asked = 상담원 연결 요청
trigger-misses = 봇이 이해하지 못함
trigger-repeated = 같은 질문 반복
trigger-frustrated = 불만
trigger-vip = VIP 고객
trigger-lookups = 주문 조회 과다
back-to-inbox = 수신함으로 돌아가기
summary-heading = 인계 요약
summary-intents = 문의 내용
summary-mood = 감정 상태
summary-order = 주문
summary-email = 답변 받을 이메일
mood-calm = 차분함
mood-tense = 긴장함
mood-upset = 불만
author-shopper = 고객
author-bot = 봇
author-agent = 상담원
written-in = 원문 언어: { $language }
show-original = 원문 보기
show-translation = 번역 보기
reveal = 마스킹 해제
revealed = 마스킹 없이 표시되었습니다. 이 작업은 감사 로그에 기록되었습니다.
reveal-not-allowed = 현재 역할로는 개인 정보의 마스킹을 해제할 수 없습니다.
composer-placeholder = 답장을 입력하십시오…
composer-send = 보내기
composer-preview = 고객에게 표시될 내용:
composer-preview-same = 고객이 같은 언어를 사용합니다. 번역이 필요하지 않습니다.
note-toggle = 비공개 메모(팀원만 볼 수 있습니다)
note-placeholder = 팀에 남길 메모를 입력하십시오…
note-save = 메모 저장
note-by = 메모 작성자: { $name }
shopper-typing = 고객이 입력 중입니다…
canned-label = 자주 쓰는 답변
actions-label = 대화 작업
assigned-to = 담당자: { $name }
assign-me = 내게 배정
hand-back = 봇으로 되돌리기
close-conversation = 종료
conversation-closed = 이 대화는 종료되었습니다.
rating-given = 평점: 5점 만점에 { $stars }점
rating-comment = 의견: { $comment }
shortcuts = 단축키: j와 k로 수신함 이동, Enter로 열기, r로 답장, Esc로 돌아가기.
