//! One HTTP(S) request for an article, a page or a feed: conditional on the validators
//! of the last answer, bounded in time and in size, with failures in words a user can act
//! on. [`crate::follow`] polls with it; reading a URL given as a path fetches it once.

use std::time::Duration;

use super::InputError;
use super::read::{Input, MAX_TEXT_FILE_BYTES, read_downloaded};

/// How long a one-off fetch (a URL given as a path) may take.
pub const FETCH_TIMEOUT: Duration = Duration::from_secs(20);

/// Whether a path given on the command line or typed in the app is a URL to fetch.
pub fn is_url(text: &str) -> bool {
    let lower = text
        .trim_start()
        .get(..8)
        .unwrap_or(text)
        .to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The validators of a URL's last answer, sent back on the next poll.
#[derive(Clone, Debug, Default)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// What a request brought.
pub enum Answer {
    NotModified,
    Body {
        bytes: Vec<u8>,
        content_type: Option<String>,
        validators: Validators,
    },
}

/// An agent whose every request ends within `timeout`; statuses are answers, not errors.
pub fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .user_agent(concat!("incident-map/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

/// One GET of `url`, conditional on `validators`; a status other than 2xx or 304 is an
/// error that names it.
pub fn request(agent: &ureq::Agent, url: &str, validators: &Validators) -> Result<Answer, String> {
    let mut request = agent.get(url);
    if let Some(etag) = &validators.etag {
        request = request.header("If-None-Match", etag);
    }
    if let Some(modified) = &validators.last_modified {
        request = request.header("If-Modified-Since", modified);
    }
    let mut response = request.call().map_err(|e| describe(&e))?;
    let status = response.status().as_u16();
    if status == 304 {
        return Ok(Answer::NotModified);
    }
    if !(200..300).contains(&status) {
        let reason = response.status().canonical_reason().unwrap_or("");
        return Err(format!("the server answered HTTP {status} {reason}")
            .trim()
            .to_owned());
    }
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let content_type = header("content-type");
    let validators = Validators {
        etag: header("etag"),
        last_modified: header("last-modified"),
    };
    let bytes = response
        .body_mut()
        .with_config()
        .limit(MAX_TEXT_FILE_BYTES)
        .read_to_vec()
        .map_err(|e| describe(&e))?;
    Ok(Answer::Body {
        bytes,
        content_type,
        validators,
    })
}

/// A network error in words a user can act on.
fn describe(error: &ureq::Error) -> String {
    match error {
        ureq::Error::Timeout(_) => "no answer in time (timed out)".to_owned(),
        ureq::Error::HostNotFound => "host not found".to_owned(),
        ureq::Error::ConnectionFailed => {
            "could not connect (the server is down or refused)".to_owned()
        }
        ureq::Error::Io(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::ConnectionReset => {
                "could not connect (the server is down or refused)".to_owned()
            }
            std::io::ErrorKind::TimedOut => "no answer in time (timed out)".to_owned(),
            _ => format!("network error: {io}"),
        },
        ureq::Error::BodyExceedsLimit(_) => {
            format!("too large: over {} MB", MAX_TEXT_FILE_BYTES / (1024 * 1024))
        }
        other => other.to_string(),
    }
}

/// Fetches `url` once and reads what it answered (the CLI's `extract https://…`): a
/// failure is one `Err` input naming the reason.
pub fn fetch_once(url: &str, timeout: Duration) -> Vec<Input> {
    match request(&agent(timeout), url, &Validators::default()) {
        Ok(Answer::Body {
            bytes,
            content_type,
            ..
        }) => read_downloaded(url, content_type.as_deref(), &bytes),
        Ok(Answer::NotModified) => vec![failed(url, "the server answered 304 Not Modified".into())],
        Err(message) => vec![failed(url, message)],
    }
}

fn failed(url: &str, message: String) -> Input {
    Input {
        path: url.to_owned(),
        article: Err(InputError::Remote(message)),
    }
}
