//! Finding the entry that answers a shopper's words: BM25 over character n-grams of the
//! entries' question variants (and tags), so a misspelt word still shares most of its
//! n-grams, and Japanese, Chinese and Thai, written without spaces, are searchable. An
//! entry scores its best variant; the best entry is the answer when it scores at least
//! [`MIN_RELATIVE`] of what the query would score against itself.

use std::collections::HashMap;

use crate::knowledge::base::KnowledgeBase;
use crate::language::folding::{fold, is_unspaced, words};
use crate::language::locale::Locale;

/// BM25's usual parameters.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Below this share of the query's own score, no entry answers. Shoppers wrap a question in
/// words of their own ("how can i retrun this jacket" scores 0.19 against "How do I return
/// an item?"), while an unrelated question stays under 0.07 in the unit cases below; not
/// yet measured on a held-out set of real questions.
pub const MIN_RELATIVE: f32 = 0.15;

/// The entry found for a query, in the locale whose questions matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub entry: String,
    pub locale: Locale,
    /// The best variant's score over the query's own (0 to about 1).
    pub relative: f32,
}

/// The terms of a text: each word (two characters or more) and its character trigrams with
/// the edges marked; in unspaced scripts, characters and character pairs.
pub fn terms(text: &str) -> Vec<String> {
    let mut terms = Vec::new();
    for word in words(&fold(text)) {
        let chars: Vec<char> = word.chars().collect();
        if chars.iter().any(|&c| is_unspaced(c)) {
            terms.extend(chars.iter().map(|c| c.to_string()));
            terms.extend(chars.windows(2).map(|w| w.iter().collect::<String>()));
            continue;
        }
        if chars.len() >= 2 {
            terms.push(format!("w:{word}"));
        }
        let marked: Vec<char> = ['<'].into_iter().chain(chars).chain(['>']).collect();
        terms.extend(marked.windows(3).map(|w| w.iter().collect::<String>()));
    }
    terms
}

struct Document<'a> {
    entry: &'a str,
    counts: HashMap<String, f32>,
    len: f32,
}

/// The best entry for `query` among the question variants written in `locale`.
pub fn search(kb: &KnowledgeBase, query: &str, locale: Locale) -> Option<Hit> {
    let docs: Vec<Document> = kb
        .entries
        .values()
        .flat_map(|e| {
            let variants = e.questions.get(locale.tag()).into_iter().flatten();
            variants.map(move |v| {
                let mut text = v.clone();
                for tag in &e.tags {
                    text.push(' ');
                    text.push_str(tag);
                }
                (e.id.as_str(), text)
            })
        })
        .map(|(entry, text)| {
            let terms = terms(&text);
            let mut counts = HashMap::new();
            for t in &terms {
                *counts.entry(t.clone()).or_insert(0.0) += 1.0;
            }
            Document {
                entry,
                counts,
                len: terms.len() as f32,
            }
        })
        .collect();
    if docs.is_empty() {
        return None;
    }
    let n = docs.len() as f32;
    let avg = docs.iter().map(|d| d.len).sum::<f32>() / n;
    let mut query_counts: HashMap<String, f32> = HashMap::new();
    for t in terms(query) {
        *query_counts.entry(t).or_insert(0.0) += 1.0;
    }
    let idf = |t: &str| {
        let df = docs.iter().filter(|d| d.counts.contains_key(t)).count() as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    };
    let weights: Vec<(&String, f32, f32)> =
        query_counts.iter().map(|(t, q)| (t, idf(t), *q)).collect();
    // What the query would score against itself as a document of average length.
    let own: f32 = weights
        .iter()
        .map(|(_, idf, q)| idf * q * (K1 + 1.0) / (q + K1))
        .sum();
    if own <= 0.0 {
        return None;
    }
    let score = |d: &Document| -> f32 {
        weights
            .iter()
            .map(|(t, idf, q)| {
                let tf = d.counts.get(*t).copied().unwrap_or(0.0).min(*q);
                idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * d.len / avg))
            })
            .sum()
    };
    let (best, relative) = docs
        .iter()
        .map(|d| (d.entry, score(d) / own))
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    (relative >= MIN_RELATIVE).then(|| Hit {
        entry: best.to_owned(),
        locale,
        relative,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::entry::Entry;

    fn kb() -> KnowledgeBase {
        let entry = |id: &str, questions: &[(&str, &[&str])]| Entry {
            id: id.into(),
            questions: questions
                .iter()
                .map(|(l, qs)| (l.to_string(), qs.iter().map(|q| q.to_string()).collect()))
                .collect(),
            answers: [("en".to_owned(), "a".to_owned())].into(),
            tags: Vec::new(),
            link: None,
        };
        let mut kb = KnowledgeBase::default();
        let entries = vec![
            entry(
                "returns",
                &[
                    (
                        "en",
                        &["How do I return an item?", "What is your return policy?"],
                    ),
                    ("ja", &["返品したいです", "返品の方法を教えてください"]),
                ],
            ),
            entry(
                "payment-methods",
                &[
                    (
                        "en",
                        &[
                            "Which payment methods do you accept?",
                            "Can I pay with PayPal?",
                        ],
                    ),
                    ("th", &["ชำระเงินด้วยวิธีไหนได้บ้าง"]),
                ],
            ),
            entry(
                "sizes",
                &[(
                    "en",
                    &["Do your shoes run small?", "What size should I order?"],
                )],
            ),
        ];
        kb.replace(entries).expect("valid");
        kb
    }

    #[test]
    fn finds_the_entry_despite_typos_and_other_words() {
        let kb = kb();
        let found = |q: &str, l| search(&kb, q, l).map(|h| h.entry);
        assert_eq!(
            found("how can i retrun this jacket", Locale::En).as_deref(),
            Some("returns")
        );
        assert_eq!(
            found("do you take paypal?", Locale::En).as_deref(),
            Some("payment-methods")
        );
        assert_eq!(
            found("what size shoes should i get", Locale::En).as_deref(),
            Some("sizes")
        );
        assert_eq!(
            found("この靴を返品したい", Locale::Ja).as_deref(),
            Some("returns")
        );
        assert_eq!(
            found("จ่ายเงินวิธีไหนได้บ้างคะ", Locale::Th).as_deref(),
            Some("payment-methods")
        );
    }

    #[test]
    fn nothing_rather_than_a_wrong_answer() {
        let kb = kb();
        assert_eq!(
            search(&kb, "is the store open on sundays", Locale::En),
            None
        );
        assert_eq!(search(&kb, "", Locale::En), None);
        assert_eq!(
            search(&kb, "how do I return?", Locale::De),
            None,
            "no German questions"
        );
    }
}
