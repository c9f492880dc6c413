//! `cargo xtask dev`'s console invite: once the local edge answers, the demo store's admin
//! is invited through the admin API and the link printed, so a newcomer answers shoppers
//! in the console within a minute. Plain HTTP/1.1 to 127.0.0.1 (no client crate needed).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::process::Result;

const ADDRESS: &str = "127.0.0.1:8787";

/// `method path` with `headers` and `body`: the status and the body of the answer.
fn request(
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<(u16, String)> {
    let mut stream = TcpStream::connect(ADDRESS).map_err(|e| e.to_string())?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .map_err(|e| e.to_string())?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nhost: {ADDRESS}\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(body.as_bytes()))
        .map_err(|e| e.to_string())?;
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .map_err(|e| e.to_string())?;
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no HTTP status")?;
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    // Small JSON answers come whole or in one chunk; keep what lies between braces.
    let json = match (body.find('{'), body.rfind('}')) {
        (Some(a), Some(b)) if a <= b => &body[a..=b],
        _ => body,
    };
    Ok((status, json.to_owned()))
}

/// Waits for the edge (up to two minutes: the first start compiles nothing but may be
/// slow), then invites `email` as the demo store's admin over every region.
pub fn print_invite(edge: &str, merchant: &str, admin_token: &str, regions: &[String]) {
    let ready = (0..240).any(|_| {
        std::thread::sleep(Duration::from_millis(500));
        matches!(request("GET", "/v1/health", &[], ""), Ok((200, _)))
    });
    if !ready {
        return;
    }
    let email = format!("admin@{merchant}.example");
    let profile = serde_json::json!({
        "email": email, "name": "Demo admin", "role": "admin",
        "languages": ["en"], "regions": regions, "can_reveal": true,
    });
    let bearer = format!("Bearer {admin_token}");
    let answer = request(
        "POST",
        &format!("/v1/console/{merchant}/invites"),
        &[
            ("authorization", &bearer),
            ("content-type", "application/json"),
        ],
        &profile.to_string(),
    );
    match answer {
        Ok((201, body)) => {
            let link = serde_json::from_str::<serde_json::Value>(&body)
                .ok()
                .and_then(|v| v["invite_url"].as_str().map(str::to_owned));
            if let Some(link) = link {
                println!(
                    "\nThe agent console: open this link, choose a password, and you answer the \
                     demo store's shoppers as {email} (single use, valid 7 days):\n  {link}\n"
                );
            }
        }
        Ok((409, _)) => println!(
            "\nThe agent console: {edge}/console/#/{merchant}, signed in as {email} with the \
             password you chose.\n"
        ),
        Ok((status, body)) => eprintln!("xtask: the console invite failed ({status}): {body}"),
        Err(e) => eprintln!("xtask: the console invite failed: {e}"),
    }
}
