# Console ng mga agent ng Caravan, Filipino. Antas: magalang. Parehong mga mensahe at variable
# ng locales/en/console.ftl (sinusuri ng core/tests/locales_complete.rs).
# Buong araw itong binabasa ng mga agent: maikli, malinaw, pang-trabaho.
console-title = Caravan console
title-unread =
    { $count ->
        [one] ({ $count }) Caravan console
       *[other] ({ $count }) Caravan console
    }
store-label = Tindahan
login-heading = Mag-sign in
login-email = Email
login-password = Password
login-submit = Mag-sign in
login-failed = Mali ang email o ang password.
login-limited = Masyadong maraming pagsubok. Pakisubukan ulit pagkalipas ng ilang minuto.
invite-heading = Maligayang pagdating, { $name }
invite-explain = Pumili po ng password para sa { $email }: hindi bababa sa 12 character.
invite-submit = Itakda ang password at mag-sign in
invite-gone = Nag-expire na o nagamit na ang invite link na ito. Humingi po ng bago sa inyong admin.
password-too-short = Kailangang may hindi bababa sa 12 character ang password.
sign-out = Mag-sign out
ui-language = Wika ng console
error-network = Hindi maabot ang server. Sinusubukan ulit…
error-other = May nangyaring mali: { $detail }
inbox-heading = Inbox
filter-status = Status
filter-language = Wika
filter-country = Bansa
filter-region = Rehiyon
filter-any = Lahat
filter-unread = Hindi pa nababasa lang
filter-mine = Naka-assign sa akin
status-bot = Nasa bot
status-waiting = Naghihintay ng tao
status-open = Bukas
status-closed = Sarado
inbox-empty = Walang usapang tugma sa mga filter na ito.
region-unreachable = Hindi maabot ang rehiyong { $region } sa ngayon.
waiting-minutes =
    { $minutes ->
        [one] Naghihintay nang { $minutes } minuto
       *[other] Naghihintay nang { $minutes } minuto
    }
unread-count =
    { $count ->
        [one] { $count } hindi pa nababasa
       *[other] { $count } hindi pa nababasa
    }
shopper-local-time = Oras ng mamimili: { $time }
trigger-asked = Humiling na makausap ang isang tao
trigger-misses = Hindi naintindihan ng bot
trigger-repeated = Inulit ang parehong tanong
trigger-frustrated = Naiinis
trigger-vip = VIP na customer
trigger-lookups = Sobrang daming paghahanap ng order
back-to-inbox = Bumalik sa inbox
summary-heading = Buod ng handoff
summary-intents = Mga itinanong
summary-mood = Mood
summary-order = Order
summary-email = Email para sa sagot
mood-calm = Kalmado
mood-tense = Tensiyonado
mood-upset = Naiinis
author-shopper = Mamimili
author-bot = Bot
author-agent = Agent
written-in = Orihinal na wika: { $language }
show-original = Ipakita ang orihinal
show-translation = Ipakita ang salin
reveal = Ipakita ang data
revealed = Ipinakita sa inyo nang walang takip; naitala ito sa audit log.
reveal-not-allowed = Hindi pinapayagan ng inyong role na ipakita ang personal na data.
composer-placeholder = Isulat ang inyong sagot…
composer-send = Ipadala
composer-preview = Mababasa ng mamimili:
composer-preview-same = Nababasa ng mamimili ang inyong wika: hindi kailangan ng salin.
note-toggle = Pribadong tala (ang inyong team lang ang makakakita)
note-placeholder = Sumulat ng tala para sa inyong team…
note-save = I-save ang tala
note-by = Tala ni { $name }
shopper-typing = Nagta-type ang mamimili…
canned-label = Mga handang sagot
actions-label = Mga aksyon sa usapan
assigned-to = Naka-assign kay { $name }
assign-me = I-assign sa akin
hand-back = Ibalik sa bot
close-conversation = Isara
conversation-closed = Sarado na ang usapang ito.
rating-given = Rating: { $stars } sa 5
rating-comment = Komento: { $comment }
shortcuts = Mga key: j at k para gumalaw sa inbox, Enter para buksan, r para sumagot, Esc para bumalik.
assign-to = I-assign kay…
assignee-writes = nagsusulat sa { $language }
assignee-on-shift = naka-shift
assignee-off-shift = wala sa shift
notify-toggle = Tunog at notification para sa mga bagong handoff
notify-blocked = Bina-block ng browser na ito ang mga notification ng console; tunog lang ang tutunog.
notify-title = May mamimiling naghihintay ng tao
notify-body = Nagsusulat sa { $language }. Buksan po ang console para sumagot.
team-heading = Team
team-admins-only = Ang mga admin lang ng tindahan ang makakapagbukas ng page ng team.
member-name = Pangalan
member-email = Email
member-role = Role
member-languages = Mga wikang isinusulat niya (ang una ay ang wika ng kanyang console)
member-regions = Mga rehiyong nakikita niya
member-teams = Mga team na sinusunod niya ang oras ng trabaho
member-state = Account
member-active = Aktibo
member-invited = Naimbitahan
member-disabled = Naka-disable
member-edit = Baguhin
member-revoke = I-sign out sa lahat ng device
member-disable = I-disable
member-reinstate = I-enable ulit
member-can-reveal = Puwedeng magpakita ng personal na data
member-save = I-save ang mga pagbabago
member-change-heading = Baguhin ang detalye ng isang tao
role-admin = Admin
role-agent = Agent
invite-create-heading = Mag-imbita ng tao
invite-create = Gumawa ng invite link
invite-link-made = Ipadala po ang link na ito sa taong inimbitahan ninyo. Isang beses lang itong gagana, sa loob ng 7 araw.
audit-heading = Audit log
audit-refresh = I-reload
audit-when = Kailan
audit-who = Sino
audit-what = Ano
audit-target = Patungkol sa
audit-reveal = Nagpakita ng personal na data
audit-invite = Nag-imbita
audit-update = Nagbago ng detalye ng isang tao
audit-revoke = Nag-sign out ng isang tao sa lahat ng device
audit-disable = Nag-disable ng account
audit-reinstate = Nag-enable ulit ng account
canned-id = Id (a-z, 0-9 at -)
canned-title = Pamagat
canned-locale = Wika ng teksto
canned-text = Teksto
canned-variables = Isulat po ang { $name } para sa pangalan ng agent at ang { $order } para sa order number na na-verify ng mamimili.
canned-save = I-save ang teksto
canned-delete = Alisin
channel-socket = Web chat, live na koneksyon
channel-polling = Web chat, mode para sa mabagal na network: paikliin po ang mga sagot
