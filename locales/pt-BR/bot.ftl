# Respostas do bot, português do Brasil. Registro: você, cordial.
bot-greeting = Olá, e obrigado pela sua mensagem! Alguém da nossa equipe vai responder aqui em instantes.
season-christmas = Feliz Natal!
season-lunar-new-year = Feliz Ano Novo Lunar!
season-seollal = Feliz Seollal!
season-tet = Feliz Tết!
season-songkran = Feliz Songkran!
season-ramadan = Ramadã Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Feliz Eid al-Adha!
season-diwali = Feliz Diwali!
template-order-shipped = Seu pedido foi enviado. Você vai receber o código de rastreio por e-mail.
template-thanks-waiting = Obrigado por aguardar. Estamos verificando isso para você agora.
template-anything-else = Podemos ajudar com mais alguma coisa?
