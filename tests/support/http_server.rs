//! A loopback HTTP/1.1 server for tests (no network): pages set per path, `ETag` and
//! `If-None-Match` honoured, answers counted; and an RSS writer for test feeds.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// What the server answers for one path: body, content type, ETag; or a delay first.
#[derive(Clone)]
pub struct Page {
    pub body: String,
    pub content_type: &'static str,
    pub etag: Option<&'static str>,
    pub delay: Duration,
}

/// A loopback HTTP/1.1 server: one thread per connection, answers from `pages`, honours
/// `If-None-Match`, and counts full (200) answers per path.
pub struct Server {
    port: u16,
    pages: Arc<Mutex<HashMap<String, Page>>>,
    served: Arc<Mutex<HashMap<String, usize>>>,
    not_modified: Arc<Mutex<HashMap<String, usize>>>,
}

impl Server {
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let pages: Arc<Mutex<HashMap<String, Page>>> = Arc::default();
        let served: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let not_modified: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let (p, s, n) = (pages.clone(), served.clone(), not_modified.clone());
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (p, s, n) = (p.clone(), s.clone(), n.clone());
                thread::spawn(move || answer(stream, &p, &s, &n));
            }
        });
        Server {
            port,
            pages,
            served,
            not_modified,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn set(&self, path: &str, page: Page) {
        self.pages.lock().unwrap().insert(path.to_owned(), page);
    }

    pub fn served(&self, path: &str) -> usize {
        self.served.lock().unwrap().get(path).copied().unwrap_or(0)
    }

    pub fn not_modified(&self, path: &str) -> usize {
        self.not_modified
            .lock()
            .unwrap()
            .get(path)
            .copied()
            .unwrap_or(0)
    }
}

fn answer(
    stream: TcpStream,
    pages: &Mutex<HashMap<String, Page>>,
    served: &Mutex<HashMap<String, usize>>,
    not_modified: &Mutex<HashMap<String, usize>>,
) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_owned();
    let mut if_none_match = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("if-none-match")
        {
            if_none_match = Some(value.trim().to_owned());
        }
    }
    let page = pages.lock().unwrap().get(&path).cloned();
    let mut stream = stream;
    let Some(page) = page else {
        let _ = stream
            .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    };
    thread::sleep(page.delay);
    if page.etag.is_some() && if_none_match.as_deref() == page.etag {
        *not_modified.lock().unwrap().entry(path).or_default() += 1;
        let _ = stream.write_all(b"HTTP/1.1 304 Not Modified\r\nConnection: close\r\n\r\n");
        return;
    }
    *served.lock().unwrap().entry(path).or_default() += 1;
    let etag = page
        .etag
        .map(|e| format!("ETag: {e}\r\n"))
        .unwrap_or_default();
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {}\r\n{etag}Content-Length: {}\r\nConnection: close\r\n\r\n",
        page.content_type,
        page.body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(page.body.as_bytes());
}

/// An RSS feed of `(link, title, text)` items, written for these tests.
pub fn rss(items: &[(&str, &str, &str)]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Wire</title>",
    );
    for (link, title, text) in items {
        out.push_str(&format!(
            "<item><title>{title}</title><link>{link}</link>\
             <pubDate>Tue, 02 Jan 2024 08:00:00 GMT</pubDate><description>{text}</description></item>"
        ));
    }
    out.push_str("</channel></rss>");
    out
}
