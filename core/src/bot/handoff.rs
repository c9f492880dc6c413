//! When the bot gives a conversation to a person, and why. The thresholds are data
//! (`core/data/bot/handoff.tsv`); an explicit request is honoured at once, whatever they say.

use thiserror::Error;

/// Why a conversation went to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// The shopper asked for a person.
    Asked,
    /// The bot missed too often in a row (unsure, nothing to answer, "did not help").
    Misses,
    /// The shopper asked the same thing again and again.
    Repeated,
    /// The shopper is upset.
    Frustrated,
    /// The merchant's rule for important customers.
    Vip,
    /// The shopper used up their order lookups.
    Lookups,
}

impl Trigger {
    pub fn name(self) -> &'static str {
        match self {
            Trigger::Asked => "asked",
            Trigger::Misses => "misses",
            Trigger::Repeated => "repeated",
            Trigger::Frustrated => "frustrated",
            Trigger::Vip => "vip",
            Trigger::Lookups => "lookups",
        }
    }

    pub const ALL: [Trigger; 6] = [
        Trigger::Asked,
        Trigger::Misses,
        Trigger::Repeated,
        Trigger::Frustrated,
        Trigger::Vip,
        Trigger::Lookups,
    ];

    pub fn from_name(name: &str) -> Option<Trigger> {
        Trigger::ALL.into_iter().find(|t| t.name() == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum HandoffRulesError {
    #[error("line {0}: expected `<rule>\\t<value>\\t<what it means>`")]
    Columns(usize),
    #[error("line {0}: unknown rule {1:?}")]
    Rule(usize, String),
    #[error("line {0}: {1:?} is not a whole number from 1")]
    Value(usize, String),
    #[error("rule {0} is missing")]
    Missing(&'static str),
}

/// The thresholds, each at least 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HandoffRules {
    pub misses_in_a_row: u32,
    pub same_question: u32,
    pub frustration_message: u32,
    pub frustration_trend: u32,
}

/// Messages the frustration trend adds up.
pub const TREND_WINDOW: usize = 3;

const SHIPPED: &str = include_str!("../../data/bot/handoff.tsv");
const NAMES: [&str; 4] = [
    "misses_in_a_row",
    "same_question",
    "frustration_message",
    "frustration_trend",
];

impl HandoffRules {
    pub fn shipped() -> HandoffRules {
        HandoffRules::parse(SHIPPED).unwrap_or(HandoffRules {
            misses_in_a_row: 2,
            same_question: 3,
            frustration_message: 3,
            frustration_trend: 4,
        })
    }

    pub fn parse(tsv: &str) -> Result<HandoffRules, HandoffRulesError> {
        let mut values: [Option<u32>; 4] = [None; 4];
        for (i, line) in tsv.lines().enumerate() {
            let n = i + 1;
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let [rule, value, _] = line.split('\t').collect::<Vec<_>>()[..] else {
                return Err(HandoffRulesError::Columns(n));
            };
            let slot = NAMES
                .iter()
                .position(|r| *r == rule)
                .ok_or_else(|| HandoffRulesError::Rule(n, rule.into()))?;
            let value = value
                .parse()
                .ok()
                .filter(|v| *v >= 1)
                .ok_or_else(|| HandoffRulesError::Value(n, value.into()))?;
            values[slot] = Some(value);
        }
        let get = |i: usize| values[i].ok_or(HandoffRulesError::Missing(NAMES[i]));
        Ok(HandoffRules {
            misses_in_a_row: get(0)?,
            same_question: get(1)?,
            frustration_message: get(2)?,
            frustration_trend: get(3)?,
        })
    }

    /// The trigger a conversation has reached, given `misses` in a row, the times the
    /// latest question was `asked`, and the frustration of recent messages, latest last.
    pub fn reached(&self, misses: u32, asked: u32, moods: &[u32]) -> Option<Trigger> {
        let latest = moods.last().copied().unwrap_or(0);
        let trend: u32 = moods.iter().rev().take(TREND_WINDOW).sum();
        if latest >= self.frustration_message || trend >= self.frustration_trend {
            Some(Trigger::Frustrated)
        } else if asked >= self.same_question {
            Some(Trigger::Repeated)
        } else if misses >= self.misses_in_a_row {
            Some(Trigger::Misses)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_rules_parse() {
        assert_eq!(HandoffRules::parse(SHIPPED), Ok(HandoffRules::shipped()));
    }

    #[test]
    fn thresholds_trigger_in_order_of_urgency() {
        let rules = HandoffRules::shipped();
        assert_eq!(rules.reached(0, 1, &[0, 0]), None);
        assert_eq!(rules.reached(1, 1, &[1, 1]), None);
        assert_eq!(rules.reached(2, 1, &[]), Some(Trigger::Misses));
        assert_eq!(rules.reached(2, 3, &[]), Some(Trigger::Repeated));
        assert_eq!(rules.reached(2, 3, &[3]), Some(Trigger::Frustrated));
        assert_eq!(
            rules.reached(0, 1, &[2, 1, 1]),
            Some(Trigger::Frustrated),
            "a trend of 4"
        );
        assert_eq!(
            rules.reached(0, 1, &[2, 0, 1, 1]),
            None,
            "only the last three count"
        );
    }

    #[test]
    fn bad_tables_say_where() {
        assert_eq!(
            HandoffRules::parse("misses_in_a_row\t0\tx"),
            Err(HandoffRulesError::Value(1, "0".into()))
        );
        assert_eq!(
            HandoffRules::parse("patience\t2\tx"),
            Err(HandoffRulesError::Rule(1, "patience".into()))
        );
        assert_eq!(
            HandoffRules::parse("misses_in_a_row\t2\tx"),
            Err(HandoffRulesError::Missing("same_question"))
        );
    }

    #[test]
    fn triggers_have_names() {
        for t in Trigger::ALL {
            assert_eq!(Trigger::from_name(t.name()), Some(t));
        }
    }
}
