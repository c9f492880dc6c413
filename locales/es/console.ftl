# Consola de agentes de Caravan, español (España). Registro: usted. Mismos mensajes y variables
# que locales/en/console.ftl (lo comprueba core/tests/locales_complete.rs).
# Los agentes leen estos textos todo el día: breves, claros, tono de herramienta de trabajo.
console-title = Consola de Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Consola de Caravan
       *[other] ({ $count }) Consola de Caravan
    }
store-label = Tienda
login-heading = Iniciar sesión
login-email = Correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-failed = El correo electrónico o la contraseña no son correctos.
login-limited = Demasiados intentos. Vuelva a intentarlo dentro de unos minutos.
invite-heading = Le damos la bienvenida, { $name }
invite-explain = Elija una contraseña para { $email }: al menos 12 caracteres.
invite-submit = Establecer la contraseña e iniciar sesión
invite-gone = Este enlace de invitación ha caducado o ya se ha utilizado. Pida uno nuevo a su administrador.
password-too-short = La contraseña debe tener al menos 12 caracteres.
sign-out = Cerrar sesión
ui-language = Idioma de la consola
error-network = No se puede conectar con el servidor. Reintentando…
error-other = Algo ha salido mal: { $detail }
inbox-heading = Bandeja de entrada
filter-status = Estado
filter-language = Idioma
filter-country = País
filter-region = Región
filter-any = Todos
filter-unread = Solo no leídas
filter-mine = Asignadas a mí
status-bot = Con el bot
status-waiting = Esperando a una persona
status-open = Abierta
status-closed = Cerrada
inbox-empty = Ninguna conversación coincide con estos filtros.
region-unreachable = No se puede conectar con la región { $region } en este momento.
waiting-minutes =
    { $minutes ->
        [one] En espera desde hace { $minutes } minuto
       *[other] En espera desde hace { $minutes } minutos
    }
unread-count =
    { $count ->
        [one] { $count } sin leer
       *[other] { $count } sin leer
    }
shopper-local-time = Hora del cliente: { $time }
trigger-asked = Pidió hablar con una persona
trigger-misses = El bot no entendió
trigger-repeated = Repitió la misma pregunta
trigger-frustrated = Molesto
trigger-vip = Cliente VIP
trigger-lookups = Demasiadas consultas de pedidos
back-to-inbox = Volver a la bandeja de entrada
summary-heading = Resumen del traspaso
summary-intents = Preguntó por
summary-mood = Estado de ánimo
summary-order = Pedido
summary-email = Correo electrónico para la respuesta
mood-calm = Tranquilo
mood-tense = Tenso
mood-upset = Molesto
author-shopper = Cliente
author-bot = Bot
author-agent = Agente
written-in = Idioma original: { $language }
show-original = Mostrar el original
show-translation = Mostrar la traducción
reveal = Mostrar datos
revealed = Visible sin enmascarar para usted; ha quedado anotado en el registro de auditoría.
reveal-not-allowed = Su rol no permite mostrar datos personales.
composer-placeholder = Escriba su respuesta…
composer-send = Enviar
composer-preview = El cliente leerá:
composer-preview-same = El cliente lee su idioma: no hace falta traducir.
note-toggle = Nota privada (solo la ve su equipo)
note-placeholder = Escriba una nota para su equipo…
note-save = Guardar nota
note-by = Nota de { $name }
shopper-typing = El cliente está escribiendo…
canned-label = Respuestas predefinidas
actions-label = Acciones de la conversación
assigned-to = Asignada a { $name }
assign-me = Asignármela
hand-back = Devolver al bot
close-conversation = Cerrar
conversation-closed = Esta conversación está cerrada.
rating-given = Valoración: { $stars } de 5
rating-comment = Comentario: { $comment }
shortcuts = Teclas: j y k recorren la bandeja de entrada, Enter abre, r responde, Esc vuelve atrás.
assign-to = Asignar a…
assignee-writes = escribe en { $language }
assignee-on-shift = de turno
assignee-off-shift = fuera de turno
notify-toggle = Sonido y notificación para nuevos traspasos
notify-blocked = Este navegador bloquea las notificaciones de la consola; solo se reproduce el sonido.
notify-title = Un cliente espera a una persona
notify-body = Escribe en { $language }. Abra la consola para responder.
team-heading = Equipo
team-admins-only = Solo los administradores de la tienda pueden abrir la página del equipo.
member-name = Nombre
member-email = Correo electrónico
member-role = Rol
member-languages = Idiomas en los que escribe (el primero es el de su consola)
member-regions = Regiones que ve
member-teams = Equipos en cuyo horario trabaja
member-state = Cuenta
member-active = Activa
member-invited = Invitada
member-disabled = Desactivada
member-edit = Editar
member-revoke = Cerrar sesión en todos los dispositivos
member-disable = Desactivar
member-reinstate = Volver a activar
member-can-reveal = Puede mostrar datos personales
member-save = Guardar los cambios
member-change-heading = Editar a una persona
role-admin = Administrador
role-agent = Agente
invite-create-heading = Invitar a una persona
invite-create = Crear un enlace de invitación
invite-link-made = Envíe este enlace a la persona invitada. Solo funciona una vez, durante 7 días.
audit-heading = Registro de auditoría
audit-refresh = Volver a cargar
audit-when = Cuándo
audit-who = Quién
audit-what = Qué
audit-target = Afecta a
audit-reveal = Mostró datos personales
audit-invite = Invitó
audit-update = Editó a una persona
audit-revoke = Cerró la sesión de una persona en todos los dispositivos
audit-disable = Desactivó una cuenta
audit-reinstate = Volvió a activar una cuenta
canned-id = Id (a-z, 0-9 y -)
canned-title = Título
canned-locale = Idioma del texto
canned-text = Texto
canned-variables = Escriba { $name } para el nombre del agente y { $order } para el número de pedido que verificó el cliente.
canned-save = Guardar el texto
canned-delete = Eliminar
channel-socket = Chat web, conexión en directo
channel-polling = Chat web, modo para redes lentas: responda con brevedad
