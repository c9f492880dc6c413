//! A card under a bot message: labelled lines (an order's status, carrier, tracking,
//! estimated delivery), each value optionally a link. The message's text says the same in
//! plain words, so text mode, the lite chat and older widgets lose nothing. Frames stay
//! flat: the card travels as one string field `cd`, one `label<TAB>value[<TAB>link]` per
//! line; values can come from a store's system, so tabs and line breaks in them are spaces.

/// One line of a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardLine {
    pub label: String,
    pub value: String,
    /// An https link the value opens (a carrier's tracking page).
    pub link: Option<String>,
}

/// Lines a card shows at most.
pub const MAX_CARD_LINES: usize = 24;

/// The `cd` field's value; `None` when there is no card.
pub fn encode(lines: &[CardLine]) -> Option<String> {
    if lines.is_empty() {
        return None;
    }
    let lines: Vec<String> = lines
        .iter()
        .map(|l| {
            let mut line = format!("{}\t{}", clean(&l.label), clean(&l.value));
            if let Some(link) = &l.link {
                line.push('\t');
                line.push_str(&clean(link));
            }
            line
        })
        .collect();
    Some(lines.join("\n"))
}

/// A card from a `cd` field; malformed lines are dropped, and a link that is not https is
/// left out (the value still shows, as text).
pub fn decode(field: &str) -> Vec<CardLine> {
    field
        .lines()
        .filter_map(|line| {
            let mut parts = line.split('\t');
            let (label, value) = (parts.next()?, parts.next()?);
            let link = parts
                .next()
                .filter(|l| l.starts_with("https://"))
                .map(str::to_owned);
            (!label.is_empty() && !value.is_empty()).then(|| CardLine {
                label: label.to_owned(),
                value: value.to_owned(),
                link,
            })
        })
        .take(MAX_CARD_LINES)
        .collect()
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(label: &str, value: &str, link: Option<&str>) -> CardLine {
        CardLine {
            label: label.into(),
            value: value.into(),
            link: link.map(str::to_owned),
        }
    }

    #[test]
    fn cards_round_trip_and_store_text_cannot_forge_lines() {
        let card = vec![
            line("สถานะ", "จัดส่งแล้ว", None),
            line(
                "Tracking",
                "JD014600006",
                Some("https://www.dhl.com/track?id=JD014600006"),
            ),
            line("Latest", "Departed\nStatus\tDelivered", None),
        ];
        let field = encode(&card).expect("a card");
        let read = decode(&field);
        assert_eq!(read.len(), 3);
        assert_eq!(read[..2], card[..2]);
        assert_eq!(read[2].value, "Departed Status Delivered");
        assert_eq!(encode(&[]), None);
        assert_eq!(
            decode("Tracking\t1Z\tjavascript:alert(1)\nno-value"),
            vec![line("Tracking", "1Z", None)]
        );
    }
}
