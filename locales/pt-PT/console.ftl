# Consola de agentes do Caravan, português europeu. Registo: formal (terceira pessoa). Mesmas
# mensagens e variáveis que locales/en/console.ftl (verificado por core/tests/locales_complete.rs).
# Os agentes leem estes textos o dia inteiro: curtos, simples, tom de ferramenta de trabalho.
console-title = Consola do Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Consola do Caravan
       *[other] ({ $count }) Consola do Caravan
    }
store-label = Loja
login-heading = Iniciar sessão
login-email = E-mail
login-password = Palavra-passe
login-submit = Iniciar sessão
login-failed = O e-mail ou a palavra-passe estão incorretos.
login-limited = Demasiadas tentativas. Tente novamente dentro de alguns minutos.
invite-heading = Boas-vindas, { $name }
invite-explain = Escolha uma palavra-passe para { $email }: pelo menos 12 caracteres.
invite-submit = Definir a palavra-passe e iniciar sessão
invite-gone = Esta ligação de convite expirou ou já foi utilizada. Peça uma nova ao seu administrador.
password-too-short = A palavra-passe tem de ter pelo menos 12 caracteres.
sign-out = Terminar sessão
ui-language = Idioma da consola
error-network = Não é possível contactar o servidor. A tentar novamente…
error-other = Ocorreu um erro: { $detail }
inbox-heading = Caixa de entrada
filter-status = Estado
filter-language = Idioma
filter-country = País
filter-region = Região
filter-any = Todos
filter-unread = Apenas não lidas
filter-mine = Atribuídas a mim
status-bot = Com o bot
status-waiting = À espera de uma pessoa
status-open = Aberta
status-closed = Fechada
inbox-empty = Nenhuma conversa corresponde a estes filtros.
region-unreachable = Não é possível contactar a região { $region } neste momento.
waiting-minutes =
    { $minutes ->
        [one] À espera há { $minutes } minuto
       *[other] À espera há { $minutes } minutos
    }
unread-count =
    { $count ->
        [one] { $count } não lida
       *[other] { $count } não lidas
    }
shopper-local-time = Hora do cliente: { $time }
trigger-asked = Pediu para falar com uma pessoa
trigger-misses = O bot não percebeu
trigger-repeated = Repetiu a mesma pergunta
trigger-frustrated = Aborrecido
trigger-vip = Cliente VIP
trigger-lookups = Demasiadas consultas de encomendas
back-to-inbox = Voltar à caixa de entrada
summary-heading = Resumo da transferência
summary-intents = Perguntou sobre
summary-mood = Estado de espírito
summary-order = Encomenda
summary-email = E-mail deixado para a resposta
mood-calm = Calmo
mood-tense = Tenso
mood-upset = Aborrecido
author-shopper = Cliente
author-bot = Bot
author-agent = Agente
written-in = Idioma original: { $language }
show-original = Mostrar o original
show-translation = Mostrar a tradução
reveal = Revelar dados
revealed = Visível sem máscara para si; o acesso ficou registado no registo de auditoria.
reveal-not-allowed = A sua função não permite revelar dados pessoais.
composer-placeholder = Escreva a sua resposta…
composer-send = Enviar
composer-preview = O cliente vai ler:
composer-preview-same = O cliente lê o seu idioma: não é necessária tradução.
note-toggle = Nota privada (só a sua equipa a vê)
note-placeholder = Escreva uma nota para a sua equipa…
note-save = Guardar nota
note-by = Nota de { $name }
shopper-typing = O cliente está a escrever…
canned-label = Respostas predefinidas
actions-label = Ações da conversa
assigned-to = Atribuída a { $name }
assign-me = Atribuir a mim
hand-back = Devolver ao bot
close-conversation = Fechar
conversation-closed = Esta conversa está fechada.
rating-given = Avaliação: { $stars } em 5
rating-comment = Comentário: { $comment }
shortcuts = Teclas: j e k percorrem a caixa de entrada, Enter abre, r responde, Esc volta atrás.
assign-to = Atribuir a…
assignee-writes = escreve em { $language }
assignee-on-shift = de serviço
assignee-off-shift = fora de serviço
notify-toggle = Som e notificação para novas transferências
notify-blocked = Este navegador bloqueia as notificações da consola; só o som é reproduzido.
notify-title = Um cliente está à espera de uma pessoa
notify-body = Escreve em { $language }. Abra a consola para responder.
team-heading = Equipa
team-admins-only = Só os administradores da loja podem abrir a página da equipa.
member-name = Nome
member-email = E-mail
member-role = Função
member-languages = Idiomas em que escreve (o primeiro é o da consola dessa pessoa)
member-regions = Regiões que vê
member-teams = Equipas cujo horário cumpre
member-state = Conta
member-active = Ativa
member-invited = Convidada
member-disabled = Desativada
member-edit = Editar
member-revoke = Terminar sessão em todos os dispositivos
member-disable = Desativar
member-reinstate = Reativar
member-can-reveal = Pode revelar dados pessoais
member-save = Guardar as alterações
member-change-heading = Editar uma pessoa
role-admin = Administrador
role-agent = Agente
invite-create-heading = Convidar uma pessoa
invite-create = Criar ligação de convite
invite-link-made = Envie esta ligação à pessoa convidada. Funciona uma vez, durante 7 dias.
audit-heading = Registo de auditoria
audit-refresh = Atualizar
audit-when = Quando
audit-who = Quem
audit-what = O quê
audit-target = Relativo a
audit-reveal = Revelou dados pessoais
audit-invite = Convidou
audit-update = Editou uma pessoa
audit-revoke = Terminou a sessão de uma pessoa em todos os dispositivos
audit-disable = Desativou uma conta
audit-reinstate = Reativou uma conta
canned-id = Id (a-z, 0-9 e -)
canned-title = Título
canned-locale = Idioma do texto
canned-text = Texto
canned-variables = Escreva { $name } para o nome do agente e { $order } para o número da encomenda que o cliente verificou.
canned-save = Guardar o texto
canned-delete = Remover
channel-socket = Chat do site, ligação em direto
channel-polling = Chat do site, modo de rede lenta: responda de forma breve
