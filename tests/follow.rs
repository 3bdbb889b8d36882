//! Following feeds over HTTP, against a loopback server the test starts (no network):
//! new items arrive within one poll, an unchanged feed answered 304 is not re-read, a
//! server that is down or slow is a problem and nothing else stops, and the same story
//! in two feeds is one article. The CLI reads a URL given as a path.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

#[path = "support/http_server.rs"]
#[allow(dead_code)] // each test file uses part of it
mod http_server;

use std::collections::HashMap;
use std::net::TcpListener;
use std::process::Command;
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use http_server::{Page, Server, rss};

use incident_map::corrections::Corrections;
use incident_map::follow::{FeedChange, FeedFollow, Polling};
use incident_map::gazetteer::Gazetteer;

fn feed(body: String, etag: Option<&'static str>) -> Page {
    Page {
        body,
        content_type: "application/rss+xml",
        etag,
        delay: Duration::ZERO,
    }
}

const ERBIL: (&str, &str, &str) = (
    "https://wire.example/erbil",
    "Drone hits base near Erbil",
    "A drone struck a base near Erbil airport on Tuesday, officials said.",
);
const KIRKUK: (&str, &str, &str) = (
    "https://wire.example/kirkuk",
    "Rockets fired at Kirkuk",
    "Two rockets struck an oil field near Kirkuk on Tuesday, police said.",
);
const MOSUL: (&str, &str, &str) = (
    "https://wire.example/mosul",
    "Envoy visits Mosul",
    "The UN envoy visited Mosul on Tuesday and met the governor.",
);

fn quick() -> Polling {
    Polling {
        interval: Duration::from_millis(150),
        timeout: Duration::from_millis(800),
        max_backoff: Duration::from_millis(600),
    }
}

fn start(urls: &[String]) -> FeedFollow {
    FeedFollow::start(
        urls,
        Gazetteer::embedded().unwrap(),
        Arc::new(Corrections::new()),
        quick(),
        || {},
    )
    .unwrap()
}

/// Waits for the next change that is not `Unchanged` (up to five seconds).
fn next_news(follow: &FeedFollow) -> FeedChange {
    for _ in 0..50 {
        match follow.next(Duration::from_millis(100)) {
            Some(FeedChange::Unchanged { .. }) | None => continue,
            Some(change) => return change,
        }
    }
    panic!("no change within five seconds");
}

fn new_paths(change: &FeedChange) -> Vec<String> {
    match change {
        FeedChange::New { outcomes, .. } => outcomes.iter().map(|o| o.path.clone()).collect(),
        other => panic!("expected new items, got {other:?}"),
    }
}

#[test]
fn new_items_arrive_within_one_poll_and_an_unchanged_feed_is_not_read_again() {
    let server = Server::start();
    server.set("/feed.xml", feed(rss(&[ERBIL]), Some("\"v1\"")));
    let follow = start(&[server.url("/feed.xml")]);
    let first = next_news(&follow);
    assert_eq!(new_paths(&first), [ERBIL.0]);
    if let FeedChange::New { outcomes, .. } = &first {
        let extracted = outcomes[0].result.as_ref().unwrap();
        assert_eq!(extracted.events.len(), 1, "{:?}", extracted.events);
    }
    // Polls go on: the server answers 304 and the feed is not read again.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while server.not_modified("/feed.xml") < 2 {
        assert!(std::time::Instant::now() < deadline, "no conditional polls");
        thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(server.served("/feed.xml"), 1);
    // A new item is published: it arrives on the next poll, the old one does not again.
    server.set("/feed.xml", feed(rss(&[KIRKUK, ERBIL]), Some("\"v2\"")));
    assert_eq!(new_paths(&next_news(&follow)), [KIRKUK.0]);
}

#[test]
fn a_server_that_is_down_or_slow_is_a_problem_and_the_other_feeds_go_on() {
    let server = Server::start();
    server.set("/good.xml", feed(rss(&[MOSUL]), None));
    server.set(
        "/slow.xml",
        Page {
            delay: Duration::from_secs(3),
            ..feed(rss(&[KIRKUK]), None)
        },
    );
    // A port nothing listens on.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let down = format!(
        "http://127.0.0.1:{}/feed.xml",
        closed.local_addr().unwrap().port()
    );
    drop(closed);
    let follow = start(&[
        down.clone(),
        server.url("/slow.xml"),
        server.url("/good.xml"),
    ]);
    let mut problems = HashMap::new();
    let mut good = false;
    for _ in 0..6 {
        match next_news(&follow) {
            FeedChange::Problem { url, message } => {
                problems.insert(url, message);
            }
            FeedChange::New { url, .. } => good |= url == server.url("/good.xml"),
            FeedChange::Unchanged { .. } => {}
        }
        if good && problems.len() == 2 {
            break;
        }
    }
    assert!(good, "the good feed was read: {problems:?}");
    assert!(
        problems[&down].contains("could not connect"),
        "{problems:?}"
    );
    assert!(
        problems[&server.url("/slow.xml")].contains("timed out"),
        "{problems:?}"
    );
}

#[test]
fn the_same_story_in_two_feeds_is_one_article() {
    let server = Server::start();
    server.set("/a.xml", feed(rss(&[ERBIL, MOSUL]), None));
    // The other feed carries the Erbil story under the same link.
    server.set("/b.xml", feed(rss(&[ERBIL, KIRKUK]), None));
    let follow = start(&[server.url("/a.xml"), server.url("/b.xml")]);
    let mut paths = new_paths(&next_news(&follow));
    paths.extend(new_paths(&next_news(&follow)));
    paths.sort();
    assert_eq!(paths, [ERBIL.0, KIRKUK.0, MOSUL.0]);
}

#[test]
fn the_cli_reads_a_page_given_by_url_and_names_a_url_that_fails() {
    let server = Server::start();
    server.set(
        "/story.html",
        Page {
            body: "<html><head><title>Strike near Erbil</title>\
                   <meta property=\"article:published_time\" content=\"2024-01-02T08:00:00Z\">\
                   </head><body><article><p>A drone struck a base near Erbil airport on \
                   Tuesday, officials said.</p></article></body></html>"
                .to_owned(),
            content_type: "text/html; charset=utf-8",
            etag: None,
            delay: Duration::ZERO,
        },
    );
    let good = server.url("/story.html");
    let missing = server.url("/gone.html");
    let out = Command::new(env!("CARGO_BIN_EXE_incident-map"))
        .args(["extract", "--format", "jsonl", &good, &missing])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "one input failed");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["path"], good.as_str());
    assert_eq!(lines[0]["article"]["date"], "2024-01-02");
    assert_eq!(lines[0]["events"].as_array().unwrap().len(), 1);
    assert_eq!(lines[1]["path"], missing.as_str());
    assert!(
        lines[1]["error"].as_str().unwrap().contains("HTTP 404"),
        "{}",
        lines[1]
    );
}
