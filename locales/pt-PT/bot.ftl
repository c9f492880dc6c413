# Respostas do bot, português europeu. Registro: formal (terceira pessoa).
bot-greeting = Olá, e obrigado pela sua mensagem! Um elemento da nossa equipa irá responder-lhe aqui dentro de momentos.
season-christmas = Feliz Natal!
season-lunar-new-year = Feliz Ano Novo Lunar!
season-seollal = Feliz Seollal!
season-tet = Feliz Tết!
season-songkran = Feliz Songkran!
season-ramadan = Ramadão Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Feliz Eid al-Adha!
season-diwali = Feliz Diwali!
template-order-shipped = A sua encomenda foi enviada. Irá receber o número de seguimento por e-mail.
template-thanks-waiting = Obrigado por aguardar. Estamos a verificar isso neste momento.
template-anything-else = Podemos ajudar em mais alguma coisa?
