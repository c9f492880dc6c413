# Консоль операторів Caravan, українська. Звертання: на «ви». Ті самі повідомлення та змінні,
# що й у locales/en/console.ftl (перевіряє core/tests/locales_complete.rs).
# Оператори читають ці тексти цілий день: коротко, просто, робочий тон.
console-title = Консоль Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Консоль Caravan
       *[other] ({ $count }) Консоль Caravan
    }
store-label = Магазин
login-heading = Вхід
login-email = Ел. пошта
login-password = Пароль
login-submit = Увійти
login-failed = Неправильна адреса ел. пошти або пароль.
login-limited = Забагато спроб. Спробуйте ще раз за кілька хвилин.
invite-heading = Вітаємо, { $name }
invite-explain = Оберіть пароль для { $email }: щонайменше 12 символів.
invite-submit = Встановити пароль і увійти
invite-gone = Термін дії цього посилання-запрошення минув, або його вже використано. Попросіть нове в адміністратора.
password-too-short = Пароль має містити щонайменше 12 символів.
sign-out = Вийти
ui-language = Мова консолі
error-network = Сервер недоступний. Повторна спроба…
error-other = Щось пішло не так: { $detail }
inbox-heading = Вхідні
filter-status = Статус
filter-language = Мова
filter-country = Країна
filter-region = Регіон
filter-any = Усі
filter-unread = Лише непрочитані
filter-mine = Призначені мені
status-bot = У бота
status-waiting = Чекає на оператора
status-open = Відкритий
status-closed = Закритий
inbox-empty = Немає діалогів, що відповідають цим фільтрам.
region-unreachable = Регіон { $region } зараз недоступний.
waiting-minutes =
    { $minutes ->
        [one] Чекає { $minutes } хвилину
        [few] Чекає { $minutes } хвилини
        [many] Чекає { $minutes } хвилин
       *[other] Чекає { $minutes } хвилини
    }
unread-count =
    { $count ->
        [one] { $count } непрочитане
        [few] { $count } непрочитані
        [many] { $count } непрочитаних
       *[other] { $count } непрочитаного
    }
shopper-local-time = Час у покупця: { $time }
trigger-asked = Просить покликати людину
trigger-misses = Бот не зрозумів
trigger-repeated = Повторне запитання
trigger-frustrated = Роздратування
trigger-vip = VIP-клієнт
trigger-lookups = Забагато перевірок замовлень
back-to-inbox = Назад до вхідних
summary-heading = Підсумок передачі
summary-intents = Теми запитань
summary-mood = Настрій
summary-order = Замовлення
summary-email = Ел. пошта для відповіді
mood-calm = Спокійний
mood-tense = Напружений
mood-upset = Роздратований
author-shopper = Покупець
author-bot = Бот
author-agent = Оператор
written-in = Мова оригіналу: { $language }
show-original = Показати оригінал
show-translation = Показати переклад
reveal = Показати дані
revealed = Показано вам без маскування; це записано в журнал аудиту.
reveal-not-allowed = Ваша роль не дозволяє розкривати персональні дані.
composer-placeholder = Напишіть відповідь…
composer-send = Надіслати
composer-preview = Покупець прочитає:
composer-preview-same = Покупець читає вашою мовою: переклад не потрібен.
note-toggle = Приватна нотатка (бачить лише ваша команда)
note-placeholder = Напишіть нотатку для своєї команди…
note-save = Зберегти нотатку
note-by = Автор нотатки: { $name }
shopper-typing = Покупець друкує…
canned-label = Шаблони відповідей
actions-label = Дії з діалогом
assigned-to = Призначено: { $name }
assign-me = Призначити мені
hand-back = Повернути боту
close-conversation = Закрити
conversation-closed = Цей діалог закрито.
rating-given = Оцінка: { $stars } з 5
rating-comment = Коментар: { $comment }
shortcuts = Клавіші: j і k — переміщення вхідними, Enter — відкрити, r — відповісти, Esc — назад.
assign-to = Призначити…
assignee-writes = пише мовою: { $language }
assignee-on-shift = на зміні
assignee-off-shift = не на зміні
notify-toggle = Звук і сповіщення про нові передачі
notify-blocked = Цей браузер блокує сповіщення консолі; лунає лише звук.
notify-title = Покупець чекає на оператора
notify-body = Мова: { $language }. Відкрийте консоль, щоб відповісти.
team-heading = Команда
team-admins-only = Сторінку команди можуть відкрити лише адміністратори магазину.
member-name = Ім’я
member-email = Ел. пошта
member-role = Роль
member-languages = Мови, якими пише (перша — мова консолі)
member-regions = Видимі регіони
member-teams = Команди, за графіком яких працює
member-state = Обліковий запис
member-active = Активний
member-invited = Запрошення надіслано
member-disabled = Вимкнений
member-edit = Змінити
member-revoke = Завершити всі сеанси
member-disable = Вимкнути
member-reinstate = Увімкнути знову
member-can-reveal = Може розкривати персональні дані
member-save = Зберегти зміни
member-change-heading = Зміна даних співробітника
role-admin = Адміністратор
role-agent = Оператор
invite-create-heading = Запрошення співробітника
invite-create = Створити посилання-запрошення
invite-link-made = Надішліть це посилання запрошеному співробітникові. Воно діє один раз протягом 7 днів.
audit-heading = Журнал аудиту
audit-refresh = Оновити
audit-when = Коли
audit-who = Хто
audit-what = Що
audit-target = Об’єкт
audit-reveal = Розкриття персональних даних
audit-invite = Запрошення
audit-update = Зміна даних співробітника
audit-revoke = Завершення всіх сеансів співробітника
audit-disable = Вимкнення облікового запису
audit-reinstate = Повторне ввімкнення облікового запису
canned-id = Ідентифікатор (a-z, 0-9 і -)
canned-title = Назва
canned-locale = Мова тексту
canned-text = Текст
canned-variables = Пишіть { $name } замість імені оператора та { $order } замість номера замовлення, підтвердженого покупцем.
canned-save = Зберегти текст
canned-delete = Видалити
channel-socket = Вебчат, з’єднання в реальному часі
channel-polling = Вебчат, режим повільної мережі: відповідайте коротко
