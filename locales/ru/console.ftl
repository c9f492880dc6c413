# Консоль операторов Caravan, русский. Обращение: на «вы». Те же сообщения и переменные, что
# в locales/en/console.ftl (проверяет core/tests/locales_complete.rs).
# Операторы читают эти тексты весь день: коротко, просто, рабочий тон.
console-title = Консоль Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Консоль Caravan
       *[other] ({ $count }) Консоль Caravan
    }
store-label = Магазин
login-heading = Вход
login-email = Эл. почта
login-password = Пароль
login-submit = Войти
login-failed = Неверный адрес эл. почты или пароль.
login-limited = Слишком много попыток. Повторите через несколько минут.
invite-heading = Добро пожаловать, { $name }
invite-explain = Придумайте пароль для { $email }: не менее 12 символов.
invite-submit = Задать пароль и войти
invite-gone = Срок действия ссылки-приглашения истёк, или она уже использована. Запросите новую у администратора.
password-too-short = Пароль должен содержать не менее 12 символов.
sign-out = Выйти
ui-language = Язык консоли
error-network = Сервер недоступен. Повторная попытка…
error-other = Что-то пошло не так: { $detail }
inbox-heading = Входящие
filter-status = Статус
filter-language = Язык
filter-country = Страна
filter-region = Регион
filter-any = Все
filter-unread = Только непрочитанные
filter-mine = Назначенные мне
status-bot = У бота
status-waiting = Ждёт оператора
status-open = Открыт
status-closed = Закрыт
inbox-empty = Нет диалогов, подходящих под эти фильтры.
region-unreachable = Регион { $region } сейчас недоступен.
waiting-minutes =
    { $minutes ->
        [one] Ждёт { $minutes } минуту
        [few] Ждёт { $minutes } минуты
        [many] Ждёт { $minutes } минут
       *[other] Ждёт { $minutes } минуты
    }
unread-count =
    { $count ->
        [one] { $count } непрочитанное
        [few] { $count } непрочитанных
        [many] { $count } непрочитанных
       *[other] { $count } непрочитанного
    }
shopper-local-time = Время у покупателя: { $time }
trigger-asked = Просит позвать человека
trigger-misses = Бот не понял
trigger-repeated = Повторный вопрос
trigger-frustrated = Раздражение
trigger-vip = VIP-клиент
trigger-lookups = Слишком много проверок заказов
back-to-inbox = Назад во входящие
summary-heading = Сводка передачи
summary-intents = Темы вопросов
summary-mood = Настроение
summary-order = Заказ
summary-email = Эл. почта для ответа
mood-calm = Спокойное
mood-tense = Напряжённое
mood-upset = Раздражённое
author-shopper = Покупатель
author-bot = Бот
author-agent = Оператор
written-in = Язык оригинала: { $language }
show-original = Показать оригинал
show-translation = Показать перевод
reveal = Показать данные
revealed = Показано вам без маскировки; это записано в журнал аудита.
reveal-not-allowed = Ваша роль не позволяет раскрывать персональные данные.
composer-placeholder = Напишите ответ…
composer-send = Отправить
composer-preview = Покупатель прочитает:
composer-preview-same = Покупатель читает на вашем языке: перевод не нужен.
note-toggle = Приватная заметка (видна только вашей команде)
note-placeholder = Напишите заметку для своей команды…
note-save = Сохранить заметку
note-by = Автор заметки: { $name }
shopper-typing = Покупатель печатает…
canned-label = Шаблоны ответов
actions-label = Действия с диалогом
assigned-to = Назначен: { $name }
assign-me = Назначить мне
hand-back = Вернуть боту
close-conversation = Закрыть
conversation-closed = Этот диалог закрыт.
rating-given = Оценка: { $stars } из 5
rating-comment = Комментарий: { $comment }
shortcuts = Клавиши: j и k — перемещение по входящим, Enter — открыть, r — ответить, Esc — назад.
assign-to = Назначить…
assignee-writes = пишет на языке: { $language }
assignee-on-shift = на смене
assignee-off-shift = не на смене
notify-toggle = Звук и уведомление о новых передачах
notify-blocked = Этот браузер блокирует уведомления консоли; звучит только сигнал.
notify-title = Покупатель ждёт оператора
notify-body = Язык: { $language }. Откройте консоль, чтобы ответить.
team-heading = Команда
team-admins-only = Страницу команды могут открыть только администраторы магазина.
member-name = Имя
member-email = Эл. почта
member-role = Роль
member-languages = Языки, на которых пишет (первый — язык консоли)
member-regions = Видимые регионы
member-teams = Команды, по графику которых работает
member-state = Учётная запись
member-active = Активна
member-invited = Приглашение отправлено
member-disabled = Отключена
member-edit = Изменить
member-revoke = Завершить все сеансы
member-disable = Отключить
member-reinstate = Включить снова
member-can-reveal = Может раскрывать персональные данные
member-save = Сохранить изменения
member-change-heading = Изменение данных сотрудника
role-admin = Администратор
role-agent = Оператор
invite-create-heading = Приглашение сотрудника
invite-create = Создать ссылку-приглашение
invite-link-made = Отправьте эту ссылку приглашённому сотруднику. Она действует один раз в течение 7 дней.
audit-heading = Журнал аудита
audit-refresh = Обновить
audit-when = Когда
audit-who = Кто
audit-what = Что
audit-target = Объект
audit-reveal = Раскрытие персональных данных
audit-invite = Приглашение
audit-update = Изменение данных сотрудника
audit-revoke = Завершение всех сеансов сотрудника
audit-disable = Отключение учётной записи
audit-reinstate = Повторное включение учётной записи
canned-id = Идентификатор (a-z, 0-9 и -)
canned-title = Название
canned-locale = Язык текста
canned-text = Текст
canned-variables = Пишите { $name } вместо имени оператора и { $order } вместо номера заказа, подтверждённого покупателем.
canned-save = Сохранить текст
canned-delete = Удалить
channel-socket = Веб-чат, соединение в реальном времени
channel-polling = Веб-чат, режим медленной сети: отвечайте коротко
