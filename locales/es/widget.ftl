# Widget de Caravan, español (España). Registro: usted.
launcher-open = Abrir chat
launcher-close = Cerrar chat
header-title = { $store }
header-subtitle = Solemos responder en pocos minutos
empty-state = Pregúntenos lo que necesite sobre su pedido, el envío o nuestros productos.
composer-placeholder = Escriba un mensaje…
composer-send = Enviar
author-you = Usted
author-bot = Asistente
author-agent = Equipo de atención
agent-typing = El equipo de atención está escribiendo…
status-sending = Enviando…
status-sent = Enviado
status-delivered = Entregado
status-failed = No enviado
connection-connecting = Conectando…
connection-offline = No tiene conexión. Sus mensajes se enviarán cuando vuelva a estar en línea.
connection-unavailable = El chat no está disponible en este momento. Sus mensajes se guardan y se enviarán cuando el servicio vuelva.
connection-region-unavailable = No es posible acceder ahora al servicio que guarda su conversación en su región. No se envía nada a otro lugar: sus mensajes esperan en este dispositivo y se entregarán cuando vuelva.
chat-unavailable = El chat no está disponible en este momento.
messages-waiting =
    { $count ->
        [one] Hay un mensaje pendiente de envío.
       *[other] Hay { $count } mensajes pendientes de envío.
    }
error-message-too-long =
    { $max ->
        [one] Este mensaje es demasiado largo: como máximo { $max } carácter.
       *[other] Este mensaje es demasiado largo: como máximo { $max } caracteres.
    }
error-generic = Algo ha fallado. Inténtelo de nuevo.
text-mode-on = Modo texto: imágenes, avatares y animaciones desactivados para ahorrar datos.
text-mode-switch-on = Cambiar a solo texto
text-mode-switch-off = Cambiar al chat completo
lite-mode = Chat ligero para conexiones lentas: solo texto.
lite-load-full = Cargar el chat completo
language-menu = Idioma
translated-notice = Traducido automáticamente
show-original = Ver original
show-translation = Ver traducción
translation-unavailable = Sin traducir: la traducción no está disponible en este momento.
privacy-menu = Privacidad
privacy-run-by = Este chat lo gestiona { $store }.
privacy-stored = Su conversación se almacena en: { $region }.
privacy-policy = Política de privacidad
privacy-download = Descargar mi conversación
privacy-download-text = Texto legible
privacy-download-json = Datos (JSON)
privacy-delete = Eliminar mi conversación
privacy-delete-confirm = ¿Eliminar esta conversación definitivamente? Ni usted ni la tienda podrán recuperarla.
privacy-delete-yes = Eliminar
privacy-delete-no = Conservarla
privacy-deleted = Su conversación se ha eliminado.
region-eu = Unión Europea
region-us = Estados Unidos
region-sa = América del Sur
region-in = India
region-apac = Asia-Pacífico
region-oc = Oceanía
region-me = Oriente Medio
region-af = África
