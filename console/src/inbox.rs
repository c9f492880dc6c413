//! The inbox: each region the agent may see, read from that region and merged here (core's
//! `merge`: people waiting first, longest wait first), filtered, counted, and read again
//! every few seconds. A region that cannot be reached is named; the others still show.

use caravan_core::agents::inbox::{Filter, InboxRow, Status, counts, is_new_handoff, merge};
use caravan_core::language::catalog::Arg;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

use std::cell::RefCell;

use crate::api;
use crate::intl;
use crate::live::{self, Link, Pushed};
use crate::notify;
use crate::route::Route;
use crate::state::{Me, Ui, ui};

/// How often the inbox is read again whole, besides the live rows (waiting times move on,
/// and a region whose link is down still shows its changes).
const REFRESH: Duration = Duration::from_secs(30);

thread_local! {
    /// The live links of the inbox on screen; dropped (closed) when it goes.
    static LINKS: RefCell<Vec<Link>> = const { RefCell::new(Vec::new()) };
}

/// The merged rows, the regions not reached, the filter, and the last row pushed live (the
/// open conversation reads itself again when it is its own).
#[derive(Debug, Clone, Copy)]
pub struct Inbox {
    pub rows: RwSignal<Vec<InboxRow>>,
    pub unreachable: RwSignal<Vec<String>>,
    pub filter: RwSignal<Filter>,
    pub pushed: RwSignal<Option<String>>,
    /// The conversation whose shopper was last seen typing, and a count of the signs.
    pub typing: RwSignal<(String, u32)>,
}

impl Default for Inbox {
    fn default() -> Inbox {
        Inbox {
            rows: RwSignal::new(Vec::new()),
            unreachable: RwSignal::new(Vec::new()),
            filter: RwSignal::new(Filter::default()),
            pushed: RwSignal::new(None),
            typing: RwSignal::new((String::new(), 0)),
        }
    }
}

impl Inbox {
    /// A row pushed by its region: it replaces the conversation's row, in merge order.
    /// Is it a new handoff?
    fn upsert(&self, row: InboxRow) -> bool {
        let id = row.conversation.clone();
        let new = self.rows.with_untracked(|rows| {
            is_new_handoff(rows.iter().find(|r| r.conversation == id), &row)
        });
        self.rows.update(|rows| {
            let mut all: Vec<InboxRow> = rows.drain(..).filter(|r| r.conversation != id).collect();
            all.push(row);
            *rows = merge([all]);
        });
        self.pushed.set(Some(id));
        new
    }

    pub fn shown(&self) -> Vec<InboxRow> {
        let filter = self.filter.get();
        self.rows
            .with(|rows| rows.iter().filter(|r| filter.matches(r)).cloned().collect())
    }
}

async fn read_all(ui: Ui, me: &Me) -> (Vec<InboxRow>, Vec<String>) {
    let mut lists = Vec::new();
    let mut unreachable = Vec::new();
    for region in &me.account.regions {
        let path = format!("inbox/{region}");
        let rows = api::call(&me.merchant, "GET", &path, None, None)
            .await
            .inspect_err(|e| ui.check_session(e))
            .ok()
            .and_then(|v| serde_json::from_value::<Vec<InboxRow>>(v["rows"].clone()).ok());
        match rows {
            Some(rows) => lists.push(rows),
            None => unreachable.push(region.clone()),
        }
    }
    (merge(lists), unreachable)
}

fn status_id(status: Status) -> &'static str {
    match status {
        Status::Bot => "status-bot",
        Status::Waiting => "status-waiting",
        Status::Open => "status-open",
        Status::Closed => "status-closed",
    }
}

const STATUSES: [Status; 4] = [Status::Waiting, Status::Open, Status::Bot, Status::Closed];

#[component]
pub fn InboxList(me: Me) -> impl IntoView {
    let ui = ui();
    let inbox = expect_context::<Inbox>();
    let me = StoredValue::new(me);
    let refresh = move || {
        spawn_local(async move {
            let Some(me) = me.try_get_value() else {
                return;
            };
            let (rows, unreachable) = read_all(ui, &me).await;
            if inbox.rows.is_disposed() {
                return;
            }
            ui.unread.set(counts(&rows).unread);
            inbox.rows.set(rows);
            inbox.unreachable.set(unreachable);
        });
    };
    refresh();
    if let Ok(handle) = set_interval_with_handle(refresh, REFRESH) {
        on_cleanup(move || handle.clear());
    }
    let Me {
        merchant, account, ..
    } = me.get_value();
    let links: Vec<Link> = account
        .regions
        .into_iter()
        .map(|region| {
            let store = merchant.clone();
            let on_push = move |pushed: Pushed| match pushed {
                // A message in flight when the inbox went away.
                _ if inbox.rows.is_disposed() => {}
                Pushed::Row(row) => {
                    if inbox.upsert(row.clone()) {
                        notify::announce(ui, &store, &row);
                    }
                    ui.unread.set(inbox.rows.with(|r| counts(r.iter()).unread));
                }
                Pushed::Removed(id) => {
                    inbox
                        .rows
                        .update(|rows| rows.retain(|r| r.conversation != id));
                    ui.unread.set(inbox.rows.with(|r| counts(r.iter()).unread));
                }
                Pushed::Typing(id) => inbox.typing.update(|(c, n)| {
                    *c = id;
                    *n = n.wrapping_add(1);
                }),
            };
            live::watch(merchant.clone(), region, on_push, refresh)
        })
        .collect();
    LINKS.with_borrow_mut(|l| *l = links);
    on_cleanup(|| LINKS.with_borrow_mut(Vec::clear));

    let status_filter = move |ev| {
        let value = event_target_value(&ev);
        inbox.filter.update(|f| {
            f.status = STATUSES.into_iter().find(|s| status_id(*s) == value);
        });
    };
    let choices = move |pick: fn(&InboxRow) -> Option<String>| {
        let mut values: Vec<String> = inbox.rows.with(|r| r.iter().filter_map(pick).collect());
        values.sort();
        values.dedup();
        values
    };
    // A menu's choice sets one field of the filter; "" is any.
    let filter_by = move |set: fn(&mut Filter, Option<String>)| {
        move |ev| {
            let v = event_target_value(&ev);
            inbox
                .filter
                .update(|f| set(f, (!v.is_empty()).then_some(v)));
        }
    };
    let mine = me.get_value().account.email;
    let counted = move |status: Status| {
        let c = inbox.rows.with(|r| counts(r.iter()));
        let n = match status {
            Status::Bot => c.bot,
            Status::Waiting => c.waiting,
            Status::Open => c.open,
            Status::Closed => c.closed,
        };
        format!("{} ({n})", ui.t(status_id(status)))
    };
    let tag = move || ui.strings.with(|s| s.locale.tag());
    view! {
        <nav class="cv-inbox" aria-labelledby="cv-inbox-heading">
            <h2 id="cv-inbox-heading">{ui.tr("inbox-heading")}</h2>
            <div class="cv-filters">
                <label><span>{ui.tr("filter-status")}</span>
                    <select on:change=status_filter>
                        <option value="">{ui.tr("filter-any")}</option>
                        {STATUSES.map(|s| view! { <option value=status_id(s)>{move || counted(s)}</option> })}
                    </select>
                </label>
                <label><span>{ui.tr("filter-language")}</span>
                    <select on:change=filter_by(|f, v| f.language = v)>
                        <option value="">{ui.tr("filter-any")}</option>
                        {move || choices(|r| Some(r.language.clone())).into_iter().map(|l| {
                            let name = intl::name_of(tag(), "language", &l);
                            view! { <option value=l>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label><span>{ui.tr("filter-country")}</span>
                    <select on:change=filter_by(|f, v| f.country = v)>
                        <option value="">{ui.tr("filter-any")}</option>
                        {move || choices(|r| r.country.clone()).into_iter().map(|c| {
                            let name = intl::name_of(tag(), "region", &c);
                            view! { <option value=c>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label><span>{ui.tr("filter-region")}</span>
                    <select on:change=filter_by(|f, v| f.region = v)>
                        <option value="">{ui.tr("filter-any")}</option>
                        {me.get_value().account.regions.into_iter().map(|r| view! { <option value=r.clone()>{r.clone()}</option> }).collect_view()}
                    </select>
                </label>
                <label class="cv-check"><input type="checkbox"
                    on:change=move |ev| inbox.filter.update(|f| f.unread_only = event_target_checked(&ev))/>
                    <span>{ui.tr("filter-unread")}</span></label>
                <label class="cv-check"><input type="checkbox"
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let mine = mine.clone();
                        inbox.filter.update(|f| f.assignee = on.then_some(mine));
                    }/>
                    <span>{ui.tr("filter-mine")}</span></label>
            </div>
            <p class="cv-error" role="status">{move || inbox.unreachable.get().into_iter()
                .map(|r| ui.strings.with(|s| s.with("region-unreachable", "region", &r)))
                .collect::<Vec<_>>().join(" ")}</p>
            <ol class="cv-rows">
                {move || {
                    let rows = inbox.shown();
                    if rows.is_empty() {
                        return view! { <li class="cv-none">{ui.t("inbox-empty")}</li> }.into_any();
                    }
                    let merchant = me.get_value().merchant;
                    rows.into_iter().map(|row| view! { <Row row=row merchant=merchant.clone()/> }).collect_view().into_any()
                }}
            </ol>
        </nav>
    }
}

/// One conversation in the list: a link to it, with what an agent picks by.
#[component]
fn Row(row: InboxRow, merchant: String) -> impl IntoView {
    let ui = ui();
    let route = Route::Conversation {
        merchant,
        region: row.region.clone(),
        id: row.conversation.clone(),
    };
    let href = route.hash();
    let current = {
        let route = route.clone();
        move || ui.route.get() == route
    };
    let s = ui.strings.get_untracked();
    let tag = s.locale.tag();
    let now = js_sys::Date::now();
    let language = intl::name_of(tag, "language", &row.language);
    let country = row
        .country
        .as_deref()
        .map(|c| intl::name_of(tag, "region", c));
    let local = row
        .time_zone
        .as_deref()
        .and_then(|z| intl::local_time(tag, z, now))
        .map(|t| s.with("shopper-local-time", "time", &t));
    let waiting = (row.status == Status::Waiting)
        .then_some(row.waiting_since_ms)
        .flatten()
        .map(|since| {
            let minutes = ((now - since as f64) / 60_000.0).max(0.0).floor();
            s.format("waiting-minutes", &[("minutes", Arg::Num(minutes))])
        });
    let trigger = row
        .trigger
        .as_deref()
        .map(|t| s.get(&format!("trigger-{t}")));
    let unread = (row.unread > 0).then(|| s.count("unread-count", "count", row.unread.into()));
    let status = s.get(status_id(row.status));
    let rating = row
        .rating
        .map(|stars| s.count("rating-given", "stars", stars.into()));
    view! {
        <li class="cv-row" data-status=status_id(row.status).trim_start_matches("status-") data-conversation=row.conversation.clone()
            aria-current=move || current().then_some("true")>
            <a href=href>
                <span class="cv-row-top">
                    <span class="cv-lang-name" lang=row.language.clone()>{language}</span>
                    <span class="cv-country">{country}</span>
                    <span class="cv-region">{row.region.clone()}</span>
                    <span class="cv-unread">{unread}</span>
                </span>
                <span class="cv-row-meta">
                    <span class="cv-status">{status}</span>
                    <span class="cv-trigger">{trigger}</span>
                    <span class="cv-waiting">{waiting}</span>
                    <span class="cv-local">{local}</span>
                    <span class="cv-rating">{rating}</span>
                </span>
                <span class="cv-last" dir="auto">{row.last_text.clone()}</span>
            </a>
        </li>
    }
}
