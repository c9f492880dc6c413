# Віджет Caravan, українська. Звертання: на «ви».
launcher-open = Відкрити чат
launcher-close = Закрити чат
header-title = { $store }
header-subtitle = Зазвичай ми відповідаємо протягом кількох хвилин
empty-state = Запитайте нас про замовлення, доставку або наші товари.
composer-placeholder = Напишіть повідомлення…
composer-send = Надіслати
author-you = Ви
author-bot = Асистент
author-agent = Служба підтримки
agent-typing = Служба підтримки друкує…
status-sending = Надсилається…
status-sent = Надіслано
status-delivered = Доставлено
status-failed = Не надіслано
connection-connecting = Під’єднання…
connection-offline = Ви не в мережі. Ваші повідомлення буде надіслано, щойно з’єднання відновиться.
connection-unavailable = Чат зараз недоступний. Ваші повідомлення збережено, їх буде надіслано, щойно сервіс запрацює.
connection-region-unavailable = Сервіс, який зберігає вашу розмову у вашому регіоні, зараз недоступний. Нічого не надсилається деінде: ваші повідомлення чекають на цьому пристрої й будуть доставлені, щойно він запрацює.
chat-unavailable = Чат зараз недоступний.
messages-waiting =
    { $count ->
        [one] { $count } повідомлення очікує надсилання.
        [few] { $count } повідомлення очікують надсилання.
        [many] { $count } повідомлень очікують надсилання.
       *[other] { $count } повідомлення очікують надсилання.
    }
error-message-too-long =
    { $max ->
        [one] Повідомлення задовге: не більше { $max } символу.
        [few] Повідомлення задовге: не більше { $max } символів.
        [many] Повідомлення задовге: не більше { $max } символів.
       *[other] Повідомлення задовге: не більше { $max } символу.
    }
error-generic = Щось пішло не так. Будь ласка, спробуйте ще раз.
text-mode-on = Текстовий режим: зображення, аватари й анімації вимкнено, щоб заощадити трафік.
text-mode-switch-on = Лише текст
text-mode-switch-off = Повна версія чату
lite-mode = Полегшений чат для повільного з’єднання: лише текст.
lite-load-full = Завантажити повну версію чату
language-menu = Мова
translated-notice = Перекладено автоматично
show-original = Показати оригінал
show-translation = Показати переклад
translation-unavailable = Без перекладу: переклад зараз недоступний.
privacy-menu = Конфіденційність
privacy-run-by = Цим чатом керує { $store }.
privacy-stored = Ваша розмова зберігається в регіоні: { $region }.
privacy-policy = Політика конфіденційності
privacy-download = Завантажити мою розмову
privacy-download-text = Читабельний текст
privacy-download-json = Дані (JSON)
privacy-delete = Видалити мою розмову
privacy-delete-confirm = Видалити цю розмову назавжди? Ні ви, ні магазин не зможете її відновити.
privacy-delete-yes = Видалити
privacy-delete-no = Залишити
privacy-deleted = Вашу розмову видалено.
region-eu = Європейський Союз
region-us = США
region-sa = Південна Америка
region-in = Індія
region-apac = Азійсько-Тихоокеанський регіон
region-oc = Океанія
region-me = Близький Схід
region-af = Африка
