//! Temporal expressions: "on Wednesday", "late on Monday", "Oct. 17", "17 October 2023",
//! "yesterday", "last week", "since Oct. 17", "in Sept. 2014", "a day earlier", resolved
//! against the article's date.
//!
//! Conventions of news prose: a bare weekday is the most recent such day on or before the
//! article's date (the article's own weekday is that day); a month and day without a year
//! is in the article's year unless that would put it more than 60 days in the future (a
//! date announced for the coming weeks is ahead; "Dec. 28" in January is last year's).

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::lexicon::small_number;
use crate::text::{Gap, Shape, Token};

/// A resolved temporal expression in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeExpression {
    /// Token range of the expression.
    pub first: usize,
    pub end: usize,
    /// First and last day it covers (equal for a single day).
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The expression dates a report ("the Pentagon said on Monday"), not an event.
    pub reporting: bool,
    /// "since Oct. 17": from that day to the article's date.
    pub since: bool,
    /// Only a year or a month was given: too coarse to date a single event by itself.
    pub coarse: bool,
    /// The year was not written: inferred from the article's date.
    pub inferred_year: bool,
    /// Counted from the story's own day, not the article's: "the previous day", "the
    /// next morning". Resolved here against the article's date; the caller moves it to
    /// the day of the event the story tells ([`TimeExpression::shift_to_story`]).
    pub story_relative: bool,
}

impl TimeExpression {
    /// Moves a story-relative expression from the article's day to the story's day.
    pub fn shift_to_story(&mut self, article: NaiveDate, story: NaiveDate) {
        if self.story_relative {
            let shift = story - article;
            self.from += shift;
            self.to += shift;
        }
    }
}

const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "reported",
    "told",
    "added",
    "confirmed",
    "stated",
    "claimed",
    "wrote",
    "tweeted",
    "posted",
    "published",
    "statement",
    "reports",
];

fn month_of(key: &str) -> Option<u32> {
    crate::lexicon::month_number(key)
}

/// Whether a folded word names a day of the week.
pub fn is_weekday(key: &str) -> bool {
    weekday_of(key).is_some()
}

fn weekday_of(key: &str) -> Option<Weekday> {
    Some(match key {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn number(token: &Token<'_>) -> Option<u32> {
    if token.shape != Shape::Number {
        return None;
    }
    let digits = token.text.trim_end_matches(|c: char| c.is_alphabetic());
    digits.parse().ok()
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

/// Year for a month and day given without one: the article's year, or the one before if
/// that would be more than 60 days after the article ("talks in Doha on August 15" in an
/// article of August 11 are four days ahead, not a year ago).
fn infer_year(article: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(article.year(), month, day)?;
    if this_year > article + Duration::days(60) {
        NaiveDate::from_ymd_opt(article.year() - 1, month, day)
    } else {
        Some(this_year)
    }
}

/// Finds and resolves the temporal expressions in `tokens[first..end]`. Needs the
/// article's date for relative expressions; without it only full dates resolve.
pub fn find_time_expressions(
    tokens: &[Token<'_>],
    first: usize,
    end: usize,
    article_date: Option<NaiveDate>,
) -> Vec<TimeExpression> {
    let mut found = Vec::new();
    let mut i = first;
    while i < end {
        if let Some(mut expression) = expression_at(tokens, i, end, article_date) {
            expression.reporting = is_reporting(tokens, first, expression.first);
            if let Some(since) = since_before(tokens, first, expression.first)
                && let Some(article) = article_date
            {
                expression.since = true;
                expression.first = since;
                expression.to = article.max(expression.from);
                // "the first visit since 2011", "the deadliest attack since 2016": the day
                // of the last one before, not of this event.
                expression.reporting |= (since.saturating_sub(4).max(first)..since)
                    .any(|j| tokens[j].key == "first" || tokens[j].key.ends_with("est"));
            }
            i = expression.end;
            found.push(expression);
        } else {
            i += 1;
        }
    }
    let mut found = join_ranges(tokens, found);
    for expression in &mut found {
        widen_to_bare_first_day(tokens, first, expression);
    }
    carry_years(&mut found);
    found
}

/// "between 20 and 25 October 2024", "from 18 to 22 April", "on 10 and 11 June": a bare
/// day number before a dated day, joined by "and" after "between" (or after "on", for
/// the day before), or by "to"/"until"/"through" after "from", starts a range in the
/// same month.
fn widen_to_bare_first_day(tokens: &[Token<'_>], first: usize, expression: &mut TimeExpression) {
    if expression.coarse || expression.from != expression.to || expression.first < first + 3 {
        return;
    }
    let at = expression.first;
    let (opener, day, joiner) = (&tokens[at - 3], &tokens[at - 2], &tokens[at - 1]);
    // "on 10 and 11 June": two days running, told as one stay.
    let next_day = opener.key == "on" && joiner.key == "and";
    let joined = match opener.key.as_str() {
        "between" => joiner.key == "and",
        "from" => matches!(joiner.key.as_str(), "to" | "until" | "till" | "through"),
        _ => next_day,
    };
    if !joined || number(&tokens[at]).is_none() {
        return;
    }
    let Some(day) = number(day).filter(|d| (1..=31).contains(d)) else {
        return;
    };
    if next_day && expression.from.day() != day + 1 {
        return;
    }
    if let Some(from) = expression.from.with_day(day).filter(|&d| d < expression.to) {
        expression.from = from;
        expression.first = at - 3;
    }
}

/// "Secretary Blinken's travel, October 12–16, 2023: … Cairo (October 15)": a day written
/// without its year takes the year of a dated range in the same sentence that it falls
/// in, rather than the year inferred from the article's date.
fn carry_years(found: &mut [TimeExpression]) {
    let spans: Vec<(NaiveDate, NaiveDate)> = found
        .iter()
        .filter(|e| !e.inferred_year && !e.coarse && e.to > e.from)
        .map(|e| (e.from, e.to))
        .collect();
    for expression in found.iter_mut().filter(|e| e.inferred_year) {
        for &(from, to) in &spans {
            let moved = |d: NaiveDate| d.with_year(from.year());
            if let (Some(a), Some(b)) = (moved(expression.from), moved(expression.to))
                && a >= from
                && b <= to
            {
                expression.from = a;
                expression.to = b;
            }
        }
    }
}

/// A dash between two numbers or dates ("20–21", "Oct. 12 - Oct. 14").
fn is_dash(token: &Token<'_>) -> bool {
    matches!(token.text, "–" | "—" | "-" | "‒")
}

/// The day after a dash that follows token `i`: "20–21" (an en dash token) or "20-21"
/// (a joining hyphen), with the index of that day's token.
fn dashed_day(tokens: &[Token<'_>], i: usize, end: usize) -> Option<(u32, usize)> {
    let next = tokens.get(i + 1).filter(|_| i + 1 < end)?;
    let at = if next.gap == Gap::Hyphen {
        i + 1
    } else if is_dash(next) && i + 2 < end {
        i + 2
    } else {
        return None;
    };
    number(&tokens[at])
        .filter(|d| (1..=31).contains(d) && tokens[at].text.len() <= 4)
        .map(|d| (d, at))
}

/// "from 4 May 2021 to 5 May 2021", "between Oct. 12 and Oct. 14", "Oct. 12 – Oct. 14":
/// two dates joined into one range (at most two months long, the first not after the
/// second).
fn join_ranges(tokens: &[Token<'_>], found: Vec<TimeExpression>) -> Vec<TimeExpression> {
    let mut out: Vec<TimeExpression> = Vec::with_capacity(found.len());
    for expression in found {
        if let Some(previous) = out.last_mut() {
            let between = &tokens[previous.end..expression.first];
            let joined = match between {
                [t] => {
                    matches!(t.key.as_str(), "to" | "until" | "till" | "through")
                        || is_dash(t)
                        || t.key == "and"
                            && previous
                                .first
                                .checked_sub(1)
                                .is_some_and(|b| tokens[b].key == "between")
                }
                _ => false,
            };
            let span = expression.to - previous.from;
            if joined
                && !previous.coarse
                && !expression.coarse
                && span >= Duration::zero()
                && span <= Duration::days(62)
            {
                previous.end = expression.end;
                previous.to = expression.to;
                continue;
            }
        }
        out.push(expression);
    }
    out
}

fn key_at<'a>(tokens: &'a [Token<'_>], i: usize, end: usize) -> &'a str {
    if i < end { tokens[i].key.as_str() } else { "" }
}

fn is_reporting(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    let mut i = at;
    while i > first {
        i -= 1;
        let key = tokens[i].key.as_str();
        if REPORTING_VERBS.contains(&key) {
            return true;
        }
        if !matches!(key, "on" | "late" | "early" | "earlier" | "later" | "") || tokens[i].is_cap()
        {
            return false;
        }
    }
    false
}

fn since_before(tokens: &[Token<'_>], first: usize, at: usize) -> Option<usize> {
    let previous = at.checked_sub(1).filter(|&p| p >= first)?;
    (tokens[previous].key == "since").then_some(previous)
}

fn single(first: usize, end: usize, day: NaiveDate) -> TimeExpression {
    TimeExpression {
        first,
        end,
        from: day,
        to: day,
        reporting: false,
        since: false,
        coarse: false,
        inferred_year: false,
        story_relative: false,
    }
}

fn range(first: usize, end: usize, from: NaiveDate, to: NaiveDate, coarse: bool) -> TimeExpression {
    TimeExpression {
        first,
        end,
        from,
        to,
        reporting: false,
        since: false,
        coarse,
        inferred_year: false,
        story_relative: false,
    }
}

fn expression_at(
    tokens: &[Token<'_>],
    i: usize,
    end: usize,
    article: Option<NaiveDate>,
) -> Option<TimeExpression> {
    let token = &tokens[i];
    if let Some(month) = month_of(&token.key).filter(|_| token.is_cap()) {
        return month_expression(tokens, i, end, month, article);
    }
    if let Some(day) = number(token) {
        if let Some(iso) = iso_date(tokens, i, end) {
            return Some(iso);
        }
        // "16–18 January 2024": the range ends on the dated day.
        if let Some((last_day, at)) = dashed_day(tokens, i, end)
            && last_day > day
            && let Some(to) = expression_at(tokens, at, end, article)
            && to.from == to.to
        {
            let from = NaiveDate::from_ymd_opt(to.from.year(), to.from.month(), day)?;
            return Some(range(i, to.end, from, to.from, false));
        }
        // "17 October 2023", "17 Oct".
        let month_at = i + 1;
        if (1..=31).contains(&day)
            && month_at < end
            && tokens[month_at].is_cap()
            && let Some(month) = month_of(&tokens[month_at].key)
        {
            let mut next = month_at + 1;
            if key_at(tokens, next, end).is_empty() && next < end && tokens[next].text == "." {
                next += 1;
            }
            let year = (next < end).then(|| number(&tokens[next])).flatten();
            return match year.filter(|y| (1900..=2100).contains(y)) {
                Some(year) => {
                    NaiveDate::from_ymd_opt(year as i32, month, day).map(|d| single(i, next + 1, d))
                }
                None => infer_year(article?, month, day).map(|d| TimeExpression {
                    inferred_year: true,
                    story_relative: false,
                    ..single(i, month_at + 1, d)
                }),
            };
        }
        if (1900..=2100).contains(&day) && token.text.len() == 4 {
            let previous = i.checked_sub(1).map_or("", |p| tokens[p].key.as_str());
            // "the 2019 attack", "the 2026 NATO Summit": a year before the noun it dates.
            let attributive = matches!(previous, "the" | "a" | "an" | "its" | "their")
                && tokens
                    .get(i + 1)
                    .filter(|_| i + 1 < end)
                    .is_some_and(|t| t.is_word() && t.shape != Shape::Number);
            if attributive
                || matches!(
                    previous,
                    "in" | "since" | "before" | "until" | "from" | "of" | "by" | "during"
                )
            {
                let from = NaiveDate::from_ymd_opt(day as i32, 1, 1)?;
                let to = NaiveDate::from_ymd_opt(day as i32, 12, 31)?;
                return Some(range(i, i + 1, from, to, true));
            }
        }
        return None;
    }
    if token.shape != Shape::Lower && token.shape != Shape::Capitalized {
        return None;
    }
    relative_expression(tokens, i, end, article?)
}

/// "Oct. 17", "October 17, 2023", "Sept. 2014", "in July".
fn month_expression(
    tokens: &[Token<'_>],
    i: usize,
    end: usize,
    month: u32,
    article: Option<NaiveDate>,
) -> Option<TimeExpression> {
    let mut next = i + 1;
    if next < end && tokens[next].text == "." && tokens[next].gap == Gap::None {
        next += 1;
    }
    let value = (next < end).then(|| number(&tokens[next])).flatten();
    match value {
        Some(day) if (1..=31).contains(&day) && tokens[next].text.len() <= 4 && day < 100 => {
            // "February 20–21, 2019": the day after the dash ends the range.
            let last_day = dashed_day(tokens, next, end).filter(|(d, _)| *d > day);
            if let Some((_, at)) = last_day {
                next = at;
            }
            let mut after = next + 1;
            if after < end && tokens[after].text == "," {
                after += 1;
            }
            let year = (after < end).then(|| number(&tokens[after])).flatten();
            let given = year.filter(|y| (1900..=2100).contains(y));
            let (first_day, end_token) = match given {
                Some(year) => (NaiveDate::from_ymd_opt(year as i32, month, day)?, after + 1),
                None => (infer_year(article?, month, day)?, next + 1),
            };
            let expression = match last_day {
                Some((last, _)) => {
                    let to = NaiveDate::from_ymd_opt(first_day.year(), first_day.month(), last)?;
                    range(i, end_token, first_day, to, false)
                }
                None => single(i, end_token, first_day),
            };
            Some(TimeExpression {
                inferred_year: given.is_none(),
                story_relative: false,
                ..expression
            })
        }
        Some(year) if (1900..=2100).contains(&year) => {
            let from = NaiveDate::from_ymd_opt(year as i32, month, 1)?;
            Some(range(
                i,
                next + 1,
                from,
                month_end(year as i32, month)?,
                true,
            ))
        }
        _ => {
            // A bare month ("in July", "late July") needs a preposition or qualifier.
            let previous = i.checked_sub(1).map_or("", |p| tokens[p].key.as_str());
            if month == 5 && tokens[i].text != "May" {
                return None;
            }
            // "the July summit", "the alliance's June talks": a month before a noun is
            // that event's time, the nearest such month either way (a summit named in
            // June for July is ahead).
            let before_noun = (matches!(previous, "the" | "its" | "their" | "his" | "her")
                || i > 0 && tokens[i - 1].is_possessive_mark())
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| i + 1 < end && n.shape == Shape::Lower);
            if !before_noun
                && !matches!(
                    previous,
                    "in" | "since"
                        | "late"
                        | "early"
                        | "mid"
                        | "during"
                        | "until"
                        | "last"
                        | "this"
                )
            {
                return None;
            }
            let article = article?;
            let months_ahead = month as i32 - article.month() as i32;
            let year = if before_noun {
                match months_ahead {
                    7.. => article.year() - 1,
                    ..-6 => article.year() + 1,
                    _ => article.year(),
                }
            } else if months_ahead > 0 {
                article.year() - 1
            } else {
                article.year()
            };
            let start = NaiveDate::from_ymd_opt(year, month, 1)?;
            let last = month_end(year, month)?;
            let (from, to) = match previous {
                "late" => (NaiveDate::from_ymd_opt(year, month, 20)?, last),
                "early" => (start, NaiveDate::from_ymd_opt(year, month, 10)?),
                "mid" => (
                    NaiveDate::from_ymd_opt(year, month, 10)?,
                    NaiveDate::from_ymd_opt(year, month, 20)?,
                ),
                _ => (start, last),
            };
            Some(range(i, i + 1, from, to, true))
        }
    }
}

/// "2023-11-01".
fn iso_date(tokens: &[Token<'_>], i: usize, end: usize) -> Option<TimeExpression> {
    if i + 2 >= end || tokens[i].text.len() != 4 {
        return None;
    }
    let (month, day) = (&tokens[i + 1], &tokens[i + 2]);
    if month.gap != Gap::Hyphen || day.gap != Gap::Hyphen {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(number(&tokens[i])? as i32, number(month)?, number(day)?)?;
    Some(single(i, i + 3, date))
}

/// Weekdays and phrases relative to the article's date.
fn relative_expression(
    tokens: &[Token<'_>],
    i: usize,
    end: usize,
    article: NaiveDate,
) -> Option<TimeExpression> {
    let key = tokens[i].key.as_str();
    let next = key_at(tokens, i + 1, end);
    let next2 = key_at(tokens, i + 2, end);
    let day = |offset: i64| article - Duration::days(offset);
    if let Some(weekday) = weekday_of(key) {
        let previous = i.checked_sub(1).map_or("", |p| tokens[p].key.as_str());
        let back = (7 + article.weekday().num_days_from_monday() as i64
            - weekday.num_days_from_monday() as i64)
            % 7;
        let date = match previous {
            "next" | "coming" => article + Duration::days(if back == 0 { 7 } else { 7 - back }),
            "last" if back == 0 => day(7),
            _ => day(back),
        };
        let end_token = if matches!(next, "night" | "morning" | "evening" | "afternoon") {
            i + 2
        } else {
            i + 1
        };
        return Some(single(i, end_token, date));
    }
    Some(match (key, next, next2) {
        ("yesterday", _, _) => single(i, i + 1, day(1)),
        ("tomorrow", _, _) => single(i, i + 1, day(-1)),
        // Overnight into the article's day.
        ("overnight", _, _) => range(i, i + 1, day(1), day(0), false),
        // "Over the past day", "in the last 24 hours": a daily release's day and the one
        // before it.
        ("the", "past" | "last", "day") => range(i, i + 3, day(1), day(0), false),
        // "In the past week" of a weekly release: the seven days up to it.
        ("the", "past" | "last", "week") => range(i, i + 3, day(7), day(0), false),
        // "in the last 48 hours", "over the past three days": the days up to the story's.
        ("the", "past" | "last", count)
            if let Some(n) = count
                .parse::<i64>()
                .ok()
                .or_else(|| crate::lexicon::small_number(count).map(i64::from))
                .filter(|&n| (1..=31 * 24).contains(&n))
                && let Some(days) = match key_at(tokens, i + 3, end) {
                    "hours" => Some((n + 23) / 24),
                    "days" if n <= 31 => Some(n),
                    _ => None,
                } =>
        {
            range(i, i + 4, day(days), day(0), false)
        }
        ("today", _, _) | ("tonight", _, _) => single(i, i + 1, day(0)),
        ("last", "night", _) => single(i, i + 2, day(1)),
        ("this", "morning" | "afternoon" | "evening", _) => single(i, i + 2, day(0)),
        ("the", "day" | "evening" | "night", "before")
        | ("the", "previous", "day" | "evening" | "night")
        | ("a", "day", "earlier" | "before") => TimeExpression {
            story_relative: true,
            ..single(i, i + 3, day(1))
        },
        ("the", "next" | "following", "day" | "morning" | "evening" | "night") => TimeExpression {
            story_relative: true,
            ..single(i, i + 3, day(-1))
        },
        ("last", "week", _) => range(
            i,
            i + 2,
            day(7 + article.weekday().num_days_from_monday() as i64),
            day(1 + article.weekday().num_days_from_monday() as i64),
            false,
        ),
        ("this", "week", _) | ("earlier", "this", "week") => {
            let monday = day(article.weekday().num_days_from_monday() as i64);
            let len = if key == "earlier" { 3 } else { 2 };
            range(i, i + len, monday, article, false)
        }
        ("next", "week" | "month" | "year", _) | ("later", "this", "year" | "month") => {
            let days = match (next, next2) {
                ("week", _) => 7,
                ("month", _) | (_, "month") => 30,
                _ => 365,
            };
            let len = if key == "later" { 3 } else { 2 };
            range(
                i,
                i + len,
                article + Duration::days(2),
                article + Duration::days(days),
                true,
            )
        }
        ("last", "month", _) => {
            let first_this = NaiveDate::from_ymd_opt(article.year(), article.month(), 1)?;
            let last_prev = first_this.pred_opt()?;
            let first_prev = NaiveDate::from_ymd_opt(last_prev.year(), last_prev.month(), 1)?;
            range(i, i + 2, first_prev, last_prev, true)
        }
        ("last", "spring" | "summer" | "autumn" | "fall" | "winter", _) => {
            // The last season of that name to have ended before the article (meteorological
            // seasons: spring March to May, … winter December to February).
            let start_month = match next {
                "spring" => 3,
                "summer" => 6,
                "autumn" | "fall" => 9,
                _ => 12,
            };
            let season = |year: i32| -> Option<(NaiveDate, NaiveDate)> {
                let start = NaiveDate::from_ymd_opt(year, start_month, 1)?;
                let end = start
                    .checked_add_months(chrono::Months::new(3))?
                    .pred_opt()?;
                Some((start, end))
            };
            let (mut start, mut end) = season(article.year())?;
            while end >= article {
                (start, end) = season(start.year() - 1)?;
            }
            range(i, i + 2, start, end, true)
        }
        ("last", "year", _) => {
            let year = article.year() - 1;
            range(
                i,
                i + 2,
                NaiveDate::from_ymd_opt(year, 1, 1)?,
                NaiveDate::from_ymd_opt(year, 12, 31)?,
                true,
            )
        }
        _ => {
            let count = number(&tokens[i]).or_else(|| small_number(key))?;
            if next == "days" && next2 == "ago" {
                single(i, i + 3, day(i64::from(count)))
            } else {
                return None;
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn resolve(text: &str, article: &str) -> Vec<(String, String, bool)> {
        let tokens = tokenize(text);
        let date = NaiveDate::parse_from_str(article, "%Y-%m-%d").ok();
        find_time_expressions(&tokens, 0, tokens.len(), date)
            .into_iter()
            .map(|e| (e.from.to_string(), e.to.to_string(), e.reporting))
            .collect()
    }

    #[test]
    fn the_past_day_or_week_of_a_release_runs_up_to_its_day() {
        let day = || ("2024-10-02".to_owned(), "2024-10-03".to_owned(), false);
        assert_eq!(
            resolve("Over the past day, jets struck", "2024-10-03"),
            [day()]
        );
        assert_eq!(resolve("in the last 24 hours", "2024-10-03"), [day()]);
        let week = || ("2024-09-26".to_owned(), "2024-10-03".to_owned(), false);
        assert_eq!(
            resolve("Troops, in the past week, neutralised", "2024-10-03"),
            [week()]
        );
        assert_eq!(resolve("over the past seven days", "2024-10-03"), [week()]);
        // "the past decade" is no day.
        assert!(resolve("over the past decade", "2024-10-03").is_empty());
    }

    #[test]
    fn last_season_is_the_last_one_ended_before_the_article() {
        let season = |text: &str, article: &str| {
            let found = resolve(text, article);
            (found[0].0.clone(), found[0].1.clone())
        };
        assert_eq!(
            season("was shelled last autumn", "2024-08-12"),
            ("2023-09-01".to_owned(), "2023-11-30".to_owned())
        );
        // In October, autumn is not over: last autumn is the year before's.
        assert_eq!(season("last fall", "2024-10-05").0, "2023-09-01");
        assert_eq!(
            season("talks held last winter", "2024-04-02"),
            ("2023-12-01".to_owned(), "2024-02-29".to_owned())
        );
    }

    #[test]
    fn a_month_before_a_noun_is_the_nearest_such_month() {
        let month = |text: &str, article: &str| resolve(text, article)[0].0.clone();
        assert_eq!(
            month("before the alliance's July summit", "2023-06-12"),
            "2023-07-01"
        );
        assert_eq!(month("after the July summit", "2023-08-12"), "2023-07-01");
        assert_eq!(month("the January talks", "2023-11-20"), "2024-01-01");
        // Without a noun after it, a bare month still needs a preposition.
        assert!(resolve("the summit of July", "2023-06-12").is_empty());
    }

    #[test]
    fn weekday_is_the_latest_such_day_up_to_the_article() {
        // 2024-01-16 is a Tuesday.
        assert_eq!(
            resolve("fired late on Monday", "2024-01-16")[0].0,
            "2024-01-15"
        );
        assert_eq!(resolve("met on Tuesday", "2024-01-16")[0].0, "2024-01-16");
        assert_eq!(resolve("met on Wednesday", "2024-01-16")[0].0, "2024-01-10");
    }

    #[test]
    fn month_and_day_take_the_article_year_or_the_one_before() {
        assert_eq!(
            resolve("since Oct. 17 in Iraq", "2023-11-01")[0].0,
            "2023-10-17"
        );
        assert_eq!(resolve("on Dec. 30", "2024-01-05")[0].0, "2023-12-30");
        assert_eq!(
            resolve("on 17 October 2022", "2024-01-05")[0].0,
            "2022-10-17"
        );
    }

    #[test]
    fn since_runs_to_the_article_date() {
        let r = resolve("at least 14 attacks since Oct. 17", "2023-11-01");
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str()),
            ("2023-10-17", "2023-11-01")
        );
    }

    #[test]
    fn month_and_year_cover_the_month() {
        let r = resolve("formed in Sept. 2014 to", "2023-11-01");
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str()),
            ("2014-09-01", "2014-09-30")
        );
    }

    #[test]
    fn reporting_dates_are_marked() {
        let r = resolve(
            "killed on Sunday, the Pentagon said on Monday",
            "2024-01-29",
        );
        assert_eq!(r[0], ("2024-01-28".into(), "2024-01-28".into(), false));
        assert!(r[1].2);
    }

    #[test]
    fn ranges_of_days() {
        let span = |text: &str, article: &str| {
            let r = resolve(text, article);
            (r[0].0.clone(), r[0].1.clone())
        };
        assert_eq!(
            span("from 4 May 2021 to 5 May 2021", "2021-05-04"),
            ("2021-05-04".into(), "2021-05-05".into())
        );
        assert_eq!(
            span("February 20–21, 2019", "2019-02-20"),
            ("2019-02-20".into(), "2019-02-21".into())
        );
        assert_eq!(
            span("16–18 January 2024", "2024-01-16"),
            ("2024-01-16".into(), "2024-01-18".into())
        );
        assert_eq!(
            span("Beirut (12-13 Oct.)", "2023-10-12"),
            ("2023-10-12".into(), "2023-10-13".into())
        );
        assert_eq!(
            span("between Oct. 12 and Oct. 14", "2023-10-20"),
            ("2023-10-12".into(), "2023-10-14".into())
        );
        assert_eq!(
            span("Between 20 and 25 October 2024, fighters", "2024-10-30"),
            ("2024-10-20".into(), "2024-10-25".into())
        );
        assert_eq!(
            span("from 18 to 22 April", "2023-05-02"),
            ("2023-04-18".into(), "2023-04-22".into())
        );
        assert_eq!(
            span("visited Budva on 10 and 11 June 2021", "2021-06-14"),
            ("2021-06-10".into(), "2021-06-11".into())
        );
        // Two days apart are two days, not a stay: the later one is the expression's.
        assert_eq!(span("on 10 and 14 June", "2021-06-20").0, "2021-06-14");
        // "10 to 12 April" with no opener is no range (a count may stand there).
        assert_eq!(span("killed 10 to 12 April", "2023-05-02").0, "2023-04-12");
        assert_eq!(
            span("October 12–16, 2023: Cairo (October 15)", "2023-10-12"),
            ("2023-10-12".into(), "2023-10-16".into())
        );
        assert_eq!(
            resolve("October 12–16, 2023: Cairo (October 15)", "2023-10-12")[1].0,
            "2023-10-15"
        );
        assert_eq!(
            span("Overnight, jets struck", "2024-06-12"),
            ("2024-06-11".into(), "2024-06-12".into())
        );
    }

    #[test]
    fn relative_phrases() {
        assert_eq!(resolve("yesterday", "2024-01-16")[0].0, "2024-01-15");
        assert_eq!(resolve("tomorrow", "2024-01-16")[0].0, "2024-01-17");
        assert_eq!(
            resolve("the evening before", "2023-10-18")[0].0,
            "2023-10-17"
        );
        let week = resolve("last week", "2024-01-17");
        assert_eq!(
            (week[0].0.as_str(), week[0].1.as_str()),
            ("2024-01-08", "2024-01-14")
        );
    }

    #[test]
    fn without_an_article_date_only_full_dates_resolve() {
        let tokens = tokenize("on Monday and on 17 October 2023");
        let found = find_time_expressions(&tokens, 0, tokens.len(), None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].from.to_string(), "2023-10-17");
    }
}
