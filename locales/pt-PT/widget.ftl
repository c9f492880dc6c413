# Widget do Caravan, português europeu. Registro: formal (terceira pessoa).
launcher-open = Abrir chat
launcher-close = Fechar chat
header-title = { $store }
header-subtitle = Normalmente respondemos em poucos minutos
empty-state = Pergunte-nos o que precisar sobre a sua encomenda, o envio ou os nossos produtos.
composer-placeholder = Escreva uma mensagem…
composer-send = Enviar
author-you = Eu
author-bot = Assistente
author-agent = Equipa de apoio
agent-typing = A equipa de apoio está a escrever…
status-sending = A enviar…
status-sent = Enviada
status-delivered = Entregue
status-failed = Não enviada
connection-connecting = A ligar…
connection-offline = Está sem ligação. As suas mensagens serão enviadas quando voltar a estar online.
connection-unavailable = O chat está indisponível de momento. As suas mensagens ficam guardadas e serão enviadas quando o serviço voltar.
connection-region-unavailable = Não é possível contactar agora o serviço que guarda a sua conversa na sua região. Nada é enviado para outro lado: as suas mensagens aguardam neste dispositivo e serão entregues quando ele voltar.
chat-unavailable = O chat está indisponível de momento.
messages-waiting =
    { $count ->
        [one] Uma mensagem a aguardar envio.
       *[other] { $count } mensagens a aguardar envio.
    }
error-message-too-long =
    { $max ->
        [one] Esta mensagem é demasiado longa: no máximo { $max } carácter.
       *[other] Esta mensagem é demasiado longa: no máximo { $max } caracteres.
    }
error-generic = Ocorreu um erro. Tente novamente.
text-mode-on = Modo de texto: imagens, avatares e animações desativados para poupar dados.
text-mode-switch-on = Mudar para só texto
text-mode-switch-off = Mudar para o chat completo
lite-mode = Chat leve para ligações lentas: só texto.
lite-load-full = Carregar o chat completo
language-menu = Idioma
translated-notice = Traduzido automaticamente
show-original = Ver original
show-translation = Ver tradução
translation-unavailable = Não traduzida: a tradução está indisponível de momento.
privacy-menu = Privacidade
privacy-run-by = Este chat é gerido por { $store }.
privacy-stored = A sua conversa está armazenada em: { $region }.
privacy-policy = Política de privacidade
privacy-download = Transferir a minha conversa
privacy-download-text = Texto legível
privacy-download-json = Dados (JSON)
privacy-delete = Eliminar a minha conversa
privacy-delete-confirm = Eliminar esta conversa definitivamente? Não poderá ser recuperada, nem por si nem pela loja.
privacy-delete-yes = Eliminar
privacy-delete-no = Manter
privacy-deleted = A sua conversa foi eliminada.
region-eu = União Europeia
region-us = Estados Unidos
region-sa = América do Sul
region-in = Índia
region-apac = Ásia-Pacífico
region-oc = Oceânia
region-me = Médio Oriente
region-af = África
