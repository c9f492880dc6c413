# Виджет Caravan, русский. Обращение: на «вы».
launcher-open = Открыть чат
launcher-close = Закрыть чат
header-title = { $store }
header-subtitle = Обычно мы отвечаем в течение нескольких минут
empty-state = Спросите нас о заказе, доставке или наших товарах.
composer-placeholder = Напишите сообщение…
composer-send = Отправить
author-you = Вы
author-bot = Ассистент
author-agent = Служба поддержки
agent-typing = Служба поддержки печатает…
status-sending = Отправляется…
status-sent = Отправлено
status-delivered = Доставлено
status-failed = Не отправлено
connection-connecting = Подключение…
connection-offline = Вы не в сети. Ваши сообщения будут отправлены, когда подключение восстановится.
connection-unavailable = Чат сейчас недоступен. Ваши сообщения сохранены и будут отправлены, когда сервис снова заработает.
connection-region-unavailable = Сервис, который хранит ваш разговор в вашем регионе, сейчас недоступен. Ничего не отправляется в другое место: ваши сообщения ждут на этом устройстве и будут доставлены, когда он снова заработает.
chat-unavailable = Чат сейчас недоступен.
messages-waiting =
    { $count ->
        [one] { $count } сообщение ожидает отправки.
        [few] { $count } сообщения ожидают отправки.
        [many] { $count } сообщений ожидают отправки.
       *[other] { $count } сообщения ожидают отправки.
    }
error-message-too-long =
    { $max ->
        [one] Сообщение слишком длинное: не более { $max } символа.
        [few] Сообщение слишком длинное: не более { $max } символов.
        [many] Сообщение слишком длинное: не более { $max } символов.
       *[other] Сообщение слишком длинное: не более { $max } символа.
    }
error-generic = Что-то пошло не так. Пожалуйста, попробуйте ещё раз.
text-mode-on = Текстовый режим: изображения, аватары и анимации отключены для экономии трафика.
text-mode-switch-on = Только текст
text-mode-switch-off = Полная версия чата
lite-mode = Облегчённый чат для медленного соединения: только текст.
lite-load-full = Загрузить полную версию чата
language-menu = Язык
translated-notice = Переведено автоматически
show-original = Показать оригинал
show-translation = Показать перевод
translation-unavailable = Без перевода: перевод сейчас недоступен.
privacy-menu = Конфиденциальность
privacy-run-by = Этим чатом управляет { $store }.
privacy-stored = Ваш разговор хранится в регионе: { $region }.
privacy-policy = Политика конфиденциальности
privacy-download = Скачать мой разговор
privacy-download-text = Читаемый текст
privacy-download-json = Данные (JSON)
privacy-delete = Удалить мой разговор
privacy-delete-confirm = Удалить этот разговор навсегда? Ни вы, ни магазин не сможете его восстановить.
privacy-delete-yes = Удалить
privacy-delete-no = Оставить
privacy-deleted = Ваш разговор удалён.
region-eu = Европейский союз
region-us = США
region-sa = Южная Америка
region-in = Индия
region-apac = Азиатско-Тихоокеанский регион
region-oc = Океания
region-me = Ближний Восток
region-af = Африка
