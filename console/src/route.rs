//! Where the console is: read from and written to the URL's fragment, so invite tokens
//! and conversation ids never reach a server log or a `Referer`.
//!
//! - `#invite/{merchant}/{token}`: an invite link (`POST …/invites` makes them)
//! - `#/{merchant}`: the inbox
//! - `#/{merchant}/{region}/{conversation}`: one conversation
//! - `#/{merchant}/team`: the team, the audit log and the canned replies (admins)
//! - anything else: the start page, which asks for the store

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Start,
    Invite {
        merchant: String,
        token: String,
    },
    Inbox {
        merchant: String,
    },
    Conversation {
        merchant: String,
        region: String,
        id: String,
    },
    Team {
        merchant: String,
    },
}

/// Ids as the edge writes them: merchants, regions, conversation ids and tokens.
fn is_id(s: &str) -> bool {
    (1..=128).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let parts: Vec<&str> = hash.split('/').collect();
        if !parts[1..].iter().all(|p| is_id(p)) {
            return Route::Start;
        }
        let owned = |i: usize| parts[i].to_owned();
        match parts.as_slice() {
            ["invite", _, _] => Route::Invite {
                merchant: owned(1),
                token: owned(2),
            },
            ["", _] => Route::Inbox { merchant: owned(1) },
            ["", _, "team"] => Route::Team { merchant: owned(1) },
            ["", _, _, _] => Route::Conversation {
                merchant: owned(1),
                region: owned(2),
                id: owned(3),
            },
            _ => Route::Start,
        }
    }

    pub fn hash(&self) -> String {
        match self {
            Route::Start => "#".into(),
            Route::Invite { merchant, token } => format!("#invite/{merchant}/{token}"),
            Route::Inbox { merchant } => format!("#/{merchant}"),
            Route::Conversation {
                merchant,
                region,
                id,
            } => format!("#/{merchant}/{region}/{id}"),
            Route::Team { merchant } => format!("#/{merchant}/team"),
        }
    }

    pub fn merchant(&self) -> Option<&str> {
        match self {
            Route::Start => None,
            Route::Invite { merchant, .. }
            | Route::Inbox { merchant }
            | Route::Team { merchant }
            | Route::Conversation { merchant, .. } => Some(merchant),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn every_route_reads_back_from_its_hash() {
        let routes = [
            Route::Start,
            Route::Invite {
                merchant: "demo".into(),
                token: "AbC-_09".into(),
            },
            Route::Inbox {
                merchant: "demo".into(),
            },
            Route::Conversation {
                merchant: "demo".into(),
                region: "apac".into(),
                id: "0f3a".into(),
            },
            Route::Team {
                merchant: "demo".into(),
            },
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.hash()), route);
        }
    }

    #[test]
    fn anything_odd_is_the_start_page() {
        for hash in [
            "",
            "#",
            "#/",
            "#/demo/eu",
            "#/de mo",
            "#/demo/eu/<script>",
            "#invite/demo",
            "#/demo/eu/x/y",
            "#javascript:alert(1)",
        ] {
            assert_eq!(Route::parse(hash), Route::Start, "{hash}");
        }
    }
}
