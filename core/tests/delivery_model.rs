//! Property: whatever the network does — connections dropped with frames in flight, frames
//! of dead connections arriving late or never, server frames reordered or duplicated, acks
//! repeated — once the network heals, the shopper's screen equals the server's history:
//! nothing lost, nothing doubled, the shopper's messages stored in the order written.
//!
//! The server is core's real `conversation::handle` on a `MemoryLog`; the client is the
//! real `Timeline` (the same code the widget runs on either transport).

use std::collections::VecDeque;

use caravan_core::conversation::memory_log::MemoryLog;
use caravan_core::conversation::rules as conversation;
use caravan_core::delivery::timeline::{Delivery, Timeline};
use caravan_core::wire::ids::ClientMessageId;
use caravan_core::wire::protocol::{Author, ClientFrame, ServerFrame};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Action {
    /// The shopper writes a message.
    Write,
    /// A new connection opens (the current one, if any, drops first).
    Connect,
    /// The current connection drops; what it carried may still arrive, or not.
    Drop,
    /// The server reads the next frame of some connection (each connection is in order).
    ServerReads(usize),
    /// The client receives any frame the server sent on the current connection.
    ClientReceives(usize),
    /// The same, delivered twice.
    ClientReceivesTwice(usize),
    /// What a dead connection still carried is lost.
    LoseDeadConnection(usize),
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        3 => Just(Action::Write),
        1 => Just(Action::Connect),
        1 => Just(Action::Drop),
        5 => any::<usize>().prop_map(Action::ServerReads),
        5 => any::<usize>().prop_map(Action::ClientReceives),
        1 => any::<usize>().prop_map(Action::ClientReceivesTwice),
        1 => any::<usize>().prop_map(Action::LoseDeadConnection),
    ]
}

#[derive(Default)]
struct Connection {
    /// Client → server, in order.
    up: VecDeque<ClientFrame>,
    /// Server → client, delivered in any order.
    down: Vec<ServerFrame>,
    open: bool,
}

#[derive(Default)]
struct World {
    server: MemoryLog,
    client: Timeline,
    connections: Vec<Connection>,
    current: Option<usize>,
    written: Vec<ClientMessageId>,
    now: u64,
}

impl World {
    fn tick(&mut self) -> u64 {
        self.now += 7;
        self.now
    }

    fn send_on_current(&mut self, frames: Vec<ClientFrame>) {
        if let Some(c) = self.current {
            self.connections[c].up.extend(frames);
        }
    }

    fn drop_current(&mut self) {
        if let Some(c) = self.current.take() {
            self.connections[c].open = false;
            self.connections[c].down.clear(); // the client no longer listens
            self.client.closed();
        }
    }

    fn server_reads(&mut self, c: usize) {
        let Some(frame) = self.connections[c].up.pop_front() else {
            return;
        };
        let now = self.tick();
        let Ok(outcome) = conversation::handle(
            &mut self.server,
            frame,
            caravan_core::conversation::rules::Languages {
                shopper: caravan_core::language::locale::Locale::En,
                agent: caravan_core::language::locale::Locale::En,
            },
            now,
        );
        let listening = |conn: &Connection| conn.open;
        if listening(&self.connections[c]) {
            self.connections[c].down.extend(outcome.reply);
        }
        for conn in self.connections.iter_mut().filter(|conn| listening(conn)) {
            conn.down.extend(outcome.broadcast.iter().cloned());
        }
    }

    fn client_receives(&mut self, pick: usize, twice: bool) {
        let Some(c) = self.current else { return };
        let down = &mut self.connections[c].down;
        if down.is_empty() {
            return;
        }
        let i = pick % down.len();
        let frame = if twice {
            down[i].clone()
        } else {
            down.remove(i)
        };
        let now = self.tick();
        let reaction = self.client.apply(&frame, now);
        self.send_on_current(reaction.frames);
        if reaction.retry_later {
            let frames = self.client.flush(now);
            self.send_on_current(frames);
        }
    }

    fn run(&mut self, action: &Action) {
        match action {
            Action::Write => {
                let now = self.tick();
                let n = self.written.len() as u32;
                let id =
                    ClientMessageId::v7(now, [n as u8, (n >> 8) as u8, 1, 2, 3, 4, 5, 6, 7, 8]);
                self.written.push(id);
                let frames = self.client.write(id, format!("message {n}"), now);
                self.send_on_current(frames);
            }
            Action::Connect => {
                self.drop_current();
                self.connections.push(Connection {
                    open: true,
                    ..Connection::default()
                });
                self.current = Some(self.connections.len() - 1);
                let now = self.tick();
                let frames = self.client.opened(now);
                self.send_on_current(frames);
            }
            Action::Drop => self.drop_current(),
            Action::ServerReads(pick) => {
                let busy: Vec<usize> = (0..self.connections.len())
                    .filter(|&c| !self.connections[c].up.is_empty())
                    .collect();
                if !busy.is_empty() {
                    self.server_reads(busy[pick % busy.len()]);
                }
            }
            Action::ClientReceives(pick) => self.client_receives(*pick, false),
            Action::ClientReceivesTwice(pick) => self.client_receives(*pick, true),
            Action::LoseDeadConnection(pick) => {
                let dead: Vec<usize> = (0..self.connections.len())
                    .filter(|&c| !self.connections[c].open)
                    .collect();
                if !dead.is_empty() {
                    self.connections[dead[pick % dead.len()]].up.clear();
                }
            }
        }
    }

    /// The network heals: late frames of dead connections arrive, then one clean
    /// connection runs until nothing is left in flight.
    fn heal(&mut self) {
        for c in 0..self.connections.len() {
            while !self.connections[c].up.is_empty() {
                self.server_reads(c);
            }
        }
        self.run(&Action::Connect);
        let c = self.current.expect("connected");
        for _ in 0..100_000 {
            if !self.connections[c].up.is_empty() {
                self.server_reads(c);
            } else if !self.connections[c].down.is_empty() {
                self.client_receives(0, false);
            } else {
                return;
            }
        }
        panic!("the conversation never settled");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_screen_equals_the_server_after_any_network(actions in proptest::collection::vec(action(), 0..160)) {
        let mut world = World::default();
        for action in &actions {
            world.run(action);
        }
        world.heal();

        // Nothing left on its way, nothing failed.
        prop_assert!(world.client.outbox().entries().is_empty(), "outbox: {:?}", world.client.outbox());
        // The screen is the server's history, exactly.
        prop_assert_eq!(world.client.history(), world.server.messages());
        let shown = world.client.entries();
        prop_assert_eq!(shown.len(), world.server.messages().len());
        for (entry, stored) in shown.iter().zip(world.server.messages()) {
            prop_assert_eq!(&entry.text, &stored.text);
            prop_assert_eq!(entry.author, stored.author);
            prop_assert_eq!(entry.delivery, Delivery::Delivered);
        }
        // Every message written is stored once, in the order written.
        let stored_ids: Vec<ClientMessageId> = world
            .server
            .messages()
            .iter()
            .filter(|m| m.author == Author::Shopper)
            .filter_map(|m| m.id)
            .collect();
        prop_assert_eq!(stored_ids, world.written.clone());
        // Sequence numbers are 1..=n with no hole.
        for (i, m) in world.server.messages().iter().enumerate() {
            prop_assert_eq!(m.seq, i as u64 + 1);
        }
    }
}

#[test]
fn a_reload_mid_conversation_loses_nothing() {
    // The page dies with messages unacknowledged; a new page starts from the saved outbox.
    let mut world = World::default();
    world.run(&Action::Connect);
    world.run(&Action::Write);
    world.run(&Action::Write);
    world.run(&Action::ServerReads(0));
    let saved = world.client.outbox().to_storage();
    world.drop_current();
    world.client =
        Timeline::with_outbox(caravan_core::delivery::outbox::Outbox::from_storage(&saved));
    world.run(&Action::Write);
    world.heal();
    let texts: Vec<&str> = world
        .server
        .messages()
        .iter()
        .filter(|m| m.author == Author::Shopper)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(texts, vec!["message 0", "message 1", "message 2"]);
    assert_eq!(world.client.history(), world.server.messages());
}
