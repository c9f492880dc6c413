# Widget de Caravan, español de Latinoamérica. Registro: usted.
launcher-open = Abrir chat
launcher-close = Cerrar chat
header-title = { $store }
header-subtitle = Por lo general respondemos en pocos minutos
empty-state = Consúltenos lo que necesite sobre su pedido, el envío o nuestros productos.
composer-placeholder = Escriba un mensaje…
composer-send = Enviar
author-you = Usted
author-bot = Asistente
author-agent = Equipo de soporte
agent-typing = El equipo de soporte está escribiendo…
status-sending = Enviando…
status-sent = Enviado
status-delivered = Entregado
status-failed = No enviado
connection-connecting = Conectando…
connection-offline = No tiene conexión. Sus mensajes se enviarán cuando vuelva a estar en línea.
connection-unavailable = El chat no está disponible en este momento. Sus mensajes quedan guardados y se enviarán cuando el servicio se restablezca.
connection-region-unavailable = No podemos comunicarnos ahora con el servicio que guarda su conversación en su región. No se envía nada a otro lugar: sus mensajes esperan en este dispositivo y se entregarán cuando se restablezca.
chat-unavailable = El chat no está disponible en este momento.
messages-waiting =
    { $count ->
        [one] Hay un mensaje pendiente de envío.
       *[other] Hay { $count } mensajes pendientes de envío.
    }
error-message-too-long =
    { $max ->
        [one] Este mensaje es demasiado largo: máximo { $max } carácter.
       *[other] Este mensaje es demasiado largo: máximo { $max } caracteres.
    }
error-generic = Ocurrió un error. Vuelva a intentarlo.
text-mode-on = Modo texto: imágenes, avatares y animaciones desactivados para ahorrar datos.
text-mode-switch-on = Cambiar a solo texto
text-mode-switch-off = Cambiar al chat completo
lite-mode = Chat liviano para conexiones lentas: solo texto.
lite-load-full = Cargar el chat completo
language-menu = Idioma
translated-notice = Traducido automáticamente
show-original = Ver original
show-translation = Ver traducción
translation-unavailable = Sin traducir: la traducción no está disponible en este momento.
privacy-menu = Privacidad
privacy-run-by = Este chat lo administra { $store }.
privacy-stored = Su conversación se almacena en: { $region }.
privacy-policy = Política de privacidad
privacy-download = Descargar mi conversación
privacy-download-text = Texto legible
privacy-download-json = Datos (JSON)
privacy-delete = Eliminar mi conversación
privacy-delete-confirm = ¿Eliminar esta conversación de forma permanente? Ni usted ni la tienda podrán recuperarla.
privacy-delete-yes = Eliminar
privacy-delete-no = Conservarla
privacy-deleted = Su conversación fue eliminada.
region-eu = Unión Europea
region-us = Estados Unidos
region-sa = Sudamérica
region-in = India
region-apac = Asia-Pacífico
region-oc = Oceanía
region-me = Medio Oriente
region-af = África
