# Widget do Caravan, português do Brasil. Registro: você, cordial.
launcher-open = Abrir chat
launcher-close = Fechar chat
header-title = { $store }
header-subtitle = Costumamos responder em poucos minutos
empty-state = Pergunte o que quiser sobre seu pedido, a entrega ou nossos produtos.
composer-placeholder = Escreva uma mensagem…
composer-send = Enviar
author-you = Você
author-bot = Assistente
author-agent = Equipe de atendimento
agent-typing = A equipe de atendimento está digitando…
status-sending = Enviando…
status-sent = Enviada
status-delivered = Entregue
status-failed = Não enviada
connection-connecting = Conectando…
connection-offline = Você está sem conexão. Suas mensagens serão enviadas quando você voltar a ficar on-line.
connection-unavailable = O chat está indisponível no momento. Suas mensagens ficam guardadas e serão enviadas quando o serviço voltar.
connection-region-unavailable = O serviço que guarda sua conversa na sua região não pode ser acessado agora. Nada é enviado para outro lugar: suas mensagens aguardam neste dispositivo e serão entregues quando ele voltar.
chat-unavailable = O chat está indisponível no momento.
messages-waiting =
    { $count ->
        [one] Uma mensagem aguardando envio.
       *[other] { $count } mensagens aguardando envio.
    }
error-message-too-long =
    { $max ->
        [one] Esta mensagem é longa demais: no máximo { $max } caractere.
       *[other] Esta mensagem é longa demais: no máximo { $max } caracteres.
    }
error-generic = Algo deu errado. Tente novamente.
text-mode-on = Modo texto: imagens, avatares e animações desativados para economizar dados.
text-mode-switch-on = Mudar para somente texto
text-mode-switch-off = Mudar para o chat completo
lite-mode = Chat leve para conexões lentas: somente texto.
lite-load-full = Carregar o chat completo
language-menu = Idioma
translated-notice = Traduzido automaticamente
show-original = Ver original
show-translation = Ver tradução
translation-unavailable = Não traduzida: a tradução está indisponível no momento.
privacy-menu = Privacidade
privacy-run-by = Este chat é operado por { $store }.
privacy-stored = Sua conversa fica armazenada em: { $region }.
privacy-policy = Política de privacidade
privacy-download = Baixar minha conversa
privacy-download-text = Texto legível
privacy-download-json = Dados (JSON)
privacy-delete = Excluir minha conversa
privacy-delete-confirm = Excluir esta conversa para sempre? Nem você nem a loja poderão recuperá-la.
privacy-delete-yes = Excluir
privacy-delete-no = Manter
privacy-deleted = Sua conversa foi excluída.
region-eu = União Europeia
region-us = Estados Unidos
region-sa = América do Sul
region-in = Índia
region-apac = Ásia-Pacífico
region-oc = Oceania
region-me = Oriente Médio
region-af = África
