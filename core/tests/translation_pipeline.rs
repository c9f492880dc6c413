//! The translation pipeline end to end with in-memory providers: personal data and
//! glossary terms never reach a provider and come back untouched, the phrasebook and the
//! memory answer before any provider, and every failure ends in an honest "unavailable".

use std::cell::RefCell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use caravan_core::language::catalog::Catalog;
use caravan_core::language::locale::{Locale, SUPPORTED};
use caravan_core::translation::glossary::Glossary;
use caravan_core::translation::memory::{InMemoryStore, Phrasebook};
use caravan_core::translation::pipeline::{
    Resources, Translation, Translator, Unavailable, Via, translate,
};
use caravan_core::translation::provider_api::ProviderError;

/// Everything here is ready at once; a real edge awaits fetches.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = future.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

/// What a test provider does with the markup it is sent.
enum Behaviour {
    /// Tags the text with the target and moves every marker to the front, as a provider
    /// reordering a sentence would.
    Translate,
    /// Drops the first marker.
    DropMarker,
    Fail(ProviderError),
}

struct TestProvider {
    name: &'static str,
    behaviour: Behaviour,
    seen: RefCell<Vec<String>>,
}

impl TestProvider {
    fn new(name: &'static str, behaviour: Behaviour) -> Self {
        Self {
            name,
            behaviour,
            seen: RefCell::default(),
        }
    }

    fn calls(&self) -> usize {
        self.seen.borrow().len()
    }
}

fn split_markers(masked: &str) -> (Vec<String>, String) {
    let mut markers = Vec::new();
    let mut words = String::new();
    let mut rest = masked;
    while let Some(at) = rest.find("<x id=") {
        words.push_str(&rest[..at]);
        let end = rest[at..].find("/>").map_or(rest.len(), |e| at + e + 2);
        markers.push(rest[at..end].to_owned());
        rest = &rest[end..];
    }
    words.push_str(rest);
    (markers, words)
}

impl Translator for TestProvider {
    fn name(&self) -> &str {
        self.name
    }

    async fn translate(
        &self,
        masked: &str,
        _source: &str,
        target: Locale,
    ) -> Result<String, ProviderError> {
        self.seen.borrow_mut().push(masked.to_owned());
        let (markers, words) = split_markers(masked);
        match &self.behaviour {
            Behaviour::Translate => Ok(format!(
                "{} [{}]{}",
                markers.concat(),
                target.tag(),
                words.to_uppercase()
            )),
            Behaviour::DropMarker => Ok(format!("{}{}", markers[1..].concat(), words)),
            Behaviour::Fail(e) => Err(e.clone()),
        }
    }
}

fn phrasebook() -> Phrasebook {
    let mut book = Phrasebook::default();
    for locale in SUPPORTED.iter().copied() {
        let path = format!(
            "{}/../locales/{}/bot.ftl",
            env!("CARGO_MANIFEST_DIR"),
            locale.tag()
        );
        let source = std::fs::read_to_string(&path).expect(&path);
        book.add(locale, &Catalog::parse(&source).expect("catalog"));
    }
    book
}

/// What the pipeline needs besides providers: a glossary, the real locales' phrasebook and
/// an empty memory.
struct Fixture {
    glossary: Glossary,
    book: Phrasebook,
    memory: InMemoryStore,
}

impl Fixture {
    fn new(glossary: Glossary) -> Self {
        Self {
            glossary,
            book: phrasebook(),
            memory: InMemoryStore::default(),
        }
    }

    fn resources(&self) -> Resources<'_, InMemoryStore> {
        Resources {
            glossary: &self.glossary,
            phrasebook: &self.book,
            memory: &self.memory,
        }
    }
}

const THAI: &str = "สวัสดีค่ะ คำสั่งซื้อ#12345 รองเท้าAirFlex Pro ยังไม่มาถึง \
                    ติดต่อ anna.k@example.com หรือ +66 81 234 5678 บัตร 4111 1111 1111 1111";
const SECRETS: [&str; 5] = [
    "#12345",
    "AirFlex Pro",
    "anna.k@example.com",
    "+66 81 234 5678",
    "4111 1111 1111 1111",
];

#[test]
fn personal_data_and_glossary_terms_never_reach_the_provider_and_survive() {
    let fixture = Fixture::new(Glossary::new(["AirFlex Pro", "AirFlex"]));
    let res = fixture.resources();
    let provider = TestProvider::new("standin", Behaviour::Translate);
    let out = block_on(translate(
        THAI,
        "th",
        Locale::En,
        &res,
        std::slice::from_ref(&provider),
        Unavailable::NoProvider,
    ));
    let Translation::Done { text, via } = out else {
        panic!("not translated: {out:?}");
    };
    assert_eq!(via, Via::Provider("standin".into()));
    let sent = provider.seen.borrow()[0].clone();
    for secret in SECRETS {
        assert!(!sent.contains(secret), "{secret} was sent: {sent}");
        assert_eq!(text.matches(secret).count(), 1, "{secret} in {text}");
    }
    assert!(text.contains("[en]"), "{text}");
}

#[test]
fn the_memory_answers_repeats_even_with_other_personal_data() {
    let fixture = Fixture::new(Glossary::default());
    let res = fixture.resources();
    let provider = TestProvider::new("standin", Behaviour::Translate);
    let providers = std::slice::from_ref(&provider);
    let ask = |text: &'static str| {
        block_on(translate(
            text,
            "de",
            Locale::En,
            &res,
            providers,
            Unavailable::NoProvider,
        ))
    };
    let first = ask("Wo ist meine Bestellung 55501?");
    assert!(matches!(
        first,
        Translation::Done {
            via: Via::Provider(_),
            ..
        }
    ));
    let second = ask("wo ist   meine Bestellung 77702?");
    let Translation::Done { text, via } = second else {
        panic!("{second:?}");
    };
    assert_eq!(via, Via::Memory);
    assert!(text.contains("77702") && !text.contains("55501"), "{text}");
    assert_eq!(
        provider.calls(),
        1,
        "the memory short-circuits the provider"
    );
    assert_eq!(fixture.memory.len(), 1);
}

#[test]
fn template_replies_use_the_locales_human_translation() {
    let fixture = Fixture::new(Glossary::default());
    let res = fixture.resources();
    let provider = TestProvider::new("standin", Behaviour::Translate);
    let thai = std::fs::read_to_string(format!(
        "{}/../locales/th/bot.ftl",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("th");
    let want = Catalog::parse(&thai)
        .expect("th")
        .format(
            "template-thanks-waiting",
            &[],
            &caravan_core::language::catalog::PlainRules,
        )
        .expect("template");
    let out = block_on(translate(
        "Thank you for waiting.  We are checking this for you now.",
        "en",
        Locale::Th,
        &res,
        std::slice::from_ref(&provider),
        Unavailable::NoProvider,
    ));
    assert_eq!(
        out,
        Translation::Done {
            text: want,
            via: Via::Phrasebook
        }
    );
    assert_eq!(provider.calls(), 0);
}

#[test]
fn failures_fall_through_to_the_next_provider_then_to_unavailable() {
    let limited = TestProvider::new("limited", Behaviour::Fail(ProviderError::RateLimited));
    let lossy = TestProvider::new("lossy", Behaviour::DropMarker);
    let good = TestProvider::new("good", Behaviour::Translate);
    let text = "Mein Paket 99123 ist beschädigt angekommen";
    let run = |providers: &[&TestProvider]| {
        let providers: Vec<TestProviderRef> =
            providers.iter().map(|p| TestProviderRef(p)).collect();
        // A fresh memory each time, so every run reaches the providers.
        let fixture = Fixture::new(Glossary::default());
        let res = fixture.resources();
        block_on(translate(
            text,
            "de",
            Locale::Ja,
            &res,
            &providers,
            Unavailable::OutsideRegion,
        ))
    };
    assert!(matches!(
        run(&[&limited, &lossy, &good]),
        Translation::Done { via: Via::Provider(name), .. } if name == "good"
    ));
    assert!(matches!(
        run(&[&lossy]),
        Translation::Unavailable(Unavailable::PlaceholdersLost(_))
    ));
    assert_eq!(
        run(&[&limited]),
        Translation::Unavailable(Unavailable::Failed(ProviderError::RateLimited))
    );
    assert_eq!(
        run(&[]),
        Translation::Unavailable(Unavailable::OutsideRegion)
    );
}

/// Lets one provider value be listed in several runs.
struct TestProviderRef<'a>(&'a TestProvider);

impl Translator for TestProviderRef<'_> {
    fn name(&self) -> &str {
        self.0.name()
    }

    async fn translate(
        &self,
        masked: &str,
        source: &str,
        target: Locale,
    ) -> Result<String, ProviderError> {
        self.0.translate(masked, source, target).await
    }
}

#[test]
fn same_language_or_data_only_needs_no_translation() {
    let fixture = Fixture::new(Glossary::default());
    let res = fixture.resources();
    let provider = TestProvider::new("standin", Behaviour::Translate);
    let providers = std::slice::from_ref(&provider);
    for (text, source, target) in [
        ("Where is my order?", "en", Locale::En),
        ("Onde está o meu pedido?", "pt", Locale::PtBr),
        ("#55501 anna@example.com", "th", Locale::En),
    ] {
        let out = block_on(translate(
            text,
            source,
            target,
            &res,
            providers,
            Unavailable::NoProvider,
        ));
        assert_eq!(out, Translation::NotNeeded, "{text}");
    }
    let zh = block_on(translate(
        "我的订单什么时候发货？请帮我查一下物流信息",
        "zh-Hans",
        Locale::ZhHant,
        &res,
        providers,
        Unavailable::NoProvider,
    ));
    assert!(
        matches!(zh, Translation::Done { .. }),
        "script differs: {zh:?}"
    );
}

proptest::proptest! {
    /// Whatever a shopper writes, masking and restoring gives it back byte for byte.
    #[test]
    fn masking_round_trips_any_text(text in "[a-zA-Z0-9 #@.+\\-<>&;'\"ก-๙٠-٩]{0,80}") {
        let glossary = Glossary::new(["AirFlex", "a b"]);
        let masked = caravan_core::translation::pipeline::protect(&text, &glossary);
        let restored = caravan_core::translation::placeholders::restore(&masked.text, &masked.slots);
        proptest::prop_assert_eq!(restored.as_deref(), Ok(text.as_str()));
    }
}
