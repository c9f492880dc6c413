# Console de atendimento do Caravan, português do Brasil. Registro: você, cordial. Mesmas
# mensagens e variáveis de locales/en/console.ftl (verificado por core/tests/locales_complete.rs).
# Os agentes leem estes textos o dia todo: curtos, simples, tom de ferramenta de trabalho.
console-title = Console do Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Console do Caravan
       *[other] ({ $count }) Console do Caravan
    }
store-label = Loja
login-heading = Entrar
login-email = E-mail
login-password = Senha
login-submit = Entrar
login-failed = O e-mail ou a senha estão incorretos.
login-limited = Muitas tentativas. Tente novamente em alguns minutos.
invite-heading = Boas-vindas, { $name }
invite-explain = Escolha uma senha para { $email }: pelo menos 12 caracteres.
invite-submit = Definir a senha e entrar
invite-gone = Este link de convite expirou ou já foi usado. Peça um novo ao seu administrador.
password-too-short = A senha precisa ter pelo menos 12 caracteres.
sign-out = Sair
ui-language = Idioma do console
error-network = Não foi possível acessar o servidor. Tentando novamente…
error-other = Algo deu errado: { $detail }
inbox-heading = Caixa de entrada
filter-status = Status
filter-language = Idioma
filter-country = País
filter-region = Região
filter-any = Todos
filter-unread = Somente não lidas
filter-mine = Atribuídas a mim
status-bot = Com o bot
status-waiting = Aguardando uma pessoa
status-open = Aberta
status-closed = Encerrada
inbox-empty = Nenhuma conversa corresponde a estes filtros.
region-unreachable = Não é possível acessar a região { $region } no momento.
waiting-minutes =
    { $minutes ->
        [one] Aguardando há { $minutes } minuto
       *[other] Aguardando há { $minutes } minutos
    }
unread-count =
    { $count ->
        [one] { $count } não lida
       *[other] { $count } não lidas
    }
shopper-local-time = Horário do cliente: { $time }
trigger-asked = Pediu para falar com uma pessoa
trigger-misses = O bot não entendeu
trigger-repeated = Repetiu a mesma pergunta
trigger-frustrated = Irritado
trigger-vip = Cliente VIP
trigger-lookups = Consultas de pedido em excesso
back-to-inbox = Voltar à caixa de entrada
summary-heading = Resumo da transferência
summary-intents = Perguntou sobre
summary-mood = Humor
summary-order = Pedido
summary-email = E-mail deixado para a resposta
mood-calm = Calmo
mood-tense = Tenso
mood-upset = Irritado
author-shopper = Cliente
author-bot = Bot
author-agent = Atendente
written-in = Idioma original: { $language }
show-original = Mostrar o original
show-translation = Mostrar a tradução
reveal = Revelar dados
revealed = Exibido sem máscara para você; isso foi registrado no log de auditoria.
reveal-not-allowed = Sua função não permite revelar dados pessoais.
composer-placeholder = Escreva sua resposta…
composer-send = Enviar
composer-preview = O cliente vai ler:
composer-preview-same = O cliente lê o seu idioma: não é preciso traduzir.
note-toggle = Nota privada (só a sua equipe vê)
note-placeholder = Escreva uma nota para a sua equipe…
note-save = Salvar nota
note-by = Nota de { $name }
shopper-typing = O cliente está digitando…
canned-label = Respostas prontas
actions-label = Ações da conversa
assigned-to = Atribuída a { $name }
assign-me = Atribuir a mim
hand-back = Devolver ao bot
close-conversation = Encerrar
conversation-closed = Esta conversa está encerrada.
rating-given = Avaliação: { $stars } de 5
rating-comment = Comentário: { $comment }
shortcuts = Teclas: j e k navegam pela caixa de entrada, Enter abre, r responde, Esc volta.
assign-to = Atribuir a…
assignee-writes = escreve em { $language }
assignee-on-shift = em expediente
assignee-off-shift = fora do expediente
notify-toggle = Som e notificação para novas transferências
notify-blocked = Este navegador bloqueia as notificações do console; só o som é reproduzido.
notify-title = Um cliente está aguardando uma pessoa
notify-body = Escrevendo em { $language }. Abra o console para responder.
team-heading = Equipe
team-admins-only = Só os administradores da loja podem abrir a página da equipe.
member-name = Nome
member-email = E-mail
member-role = Função
member-languages = Idiomas em que escreve (o primeiro é o do console dessa pessoa)
member-regions = Regiões que vê
member-teams = Equipes cujo horário cumpre
member-state = Conta
member-active = Ativa
member-invited = Convidada
member-disabled = Desativada
member-edit = Editar
member-revoke = Desconectar de todos os dispositivos
member-disable = Desativar
member-reinstate = Reativar
member-can-reveal = Pode revelar dados pessoais
member-save = Salvar as alterações
member-change-heading = Editar uma pessoa
role-admin = Administrador
role-agent = Atendente
invite-create-heading = Convidar uma pessoa
invite-create = Criar link de convite
invite-link-made = Envie este link para a pessoa convidada. Ele funciona uma vez, por 7 dias.
audit-heading = Log de auditoria
audit-refresh = Atualizar
audit-when = Quando
audit-who = Quem
audit-what = O quê
audit-target = Referente a
audit-reveal = Revelou dados pessoais
audit-invite = Convidou
audit-update = Editou uma pessoa
audit-revoke = Desconectou uma pessoa de todos os dispositivos
audit-disable = Desativou uma conta
audit-reinstate = Reativou uma conta
canned-id = Id (a-z, 0-9 e -)
canned-title = Título
canned-locale = Idioma do texto
canned-text = Texto
canned-variables = Escreva { $name } para o nome do atendente e { $order } para o número do pedido que o cliente verificou.
canned-save = Salvar o texto
canned-delete = Remover
channel-socket = Chat do site, conexão ao vivo
channel-polling = Chat do site, modo de rede lenta: responda de forma breve
