//! The article's annotation as files: JSON (the schema of `annotate
//! --jsonl`), a CSV of the entities, and a standalone annotated HTML page.
//! Pure functions (unit-tested natively) plus [`download`] and [`copy`],
//! the only parts that touch the browser.

use serde_json::Value;

use crate::engine::output::Output;
use crate::engine::{Entity, Kind};
use crate::ui::state::Analysis;

/// One export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `annotate --jsonl`'s output line, pretty-printed.
    Json,
    /// One row per entity.
    Csv,
    /// The article with its highlights, as a page of its own.
    Html,
}

impl Format {
    /// All formats, in button order.
    pub const ALL: [Format; 3] = [Format::Json, Format::Csv, Format::Html];

    /// The button label.
    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Csv => "CSV",
            Format::Html => "HTML",
        }
    }

    /// The downloaded file's name.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Json => "article.json",
            Format::Csv => "article-entities.csv",
            Format::Html => "article.html",
        }
    }

    /// The file's media type.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv;charset=utf-8",
            Format::Html => "text/html;charset=utf-8",
        }
    }

    /// The file's content for `a`.
    pub fn render(self, a: &Analysis) -> String {
        match self {
            Format::Json => to_json(a),
            Format::Csv => to_csv(a),
            Format::Html => to_html(a),
        }
    }
}

/// The id the exports give the article.
const ID: &str = "article";

/// The country an entity belongs to, or its place's.
fn country(e: &Entity) -> Option<&str> {
    e.country
        .as_deref()
        .or_else(|| e.place.as_ref().and_then(|p| p.country.as_deref()))
}

/// `{"id","entities":[{start,end,kind,text}],"holds":[{person,position}],"groups":[…]}`,
/// exactly as `annotate --jsonl` writes it (pretty-printed).
pub fn to_json(a: &Analysis) -> String {
    let id = Value::from(ID);
    let out = Output::new(&a.annotation, &id);
    serde_json::to_string_pretty(&out).unwrap_or_default() + "\n"
}

/// One CSV field, quoted when it must be (RFC 4180). A field that a
/// spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a
/// leading `'`: the article is untrusted text.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The CSV header.
pub const CSV_HEADER: &str = "kind,name,mentions,aliases,positions_or_holders,country,quotations";

/// One row per entity, most mentioned first within each kind: kind, name,
/// mention count, other spellings, posts held (a person) or holders (a
/// position), country, the words of each quotation (a person's). Lists
/// inside a field are joined with `; `.
pub fn to_csv(a: &Analysis) -> String {
    let ann = &a.annotation;
    let mut out = String::from(CSV_HEADER);
    out.push_str("\r\n");
    for kind in Kind::ALL {
        for &i in &a.order[crate::ui::state::kind_index(kind)] {
            let e = &ann.entities[i];
            let aliases: Vec<&str> = e
                .aliases
                .iter()
                .map(String::as_str)
                .filter(|&s| s != e.name)
                .collect();
            let related: Vec<String> = match e.kind {
                Kind::Person => e
                    .holds
                    .iter()
                    .filter_map(|h| {
                        let post = &ann.entities.get(h.position)?.name;
                        Some(match &h.country {
                            Some(c) => format!("{post} ({c})"),
                            None => post.clone(),
                        })
                    })
                    .collect(),
                Kind::Position => e
                    .holders
                    .iter()
                    .filter_map(|&p| Some(ann.entities.get(p)?.name.clone()))
                    .collect(),
                Kind::Place => Vec::new(),
            };
            let row = [
                e.kind.as_str().to_string(),
                e.name.clone(),
                e.mentions.len().to_string(),
                aliases.join("; "),
                related.join("; "),
                country(e).unwrap_or_default().to_string(),
                (a.quotes_of(i).iter())
                    .map(|&q| a.quote_text(q).trim())
                    .collect::<Vec<_>>()
                    .join("; "),
            ];
            let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

/// `s` with `&`, `<`, `>`, `"` and `'` escaped for HTML text and attributes.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The exported page's styles (its own file: inline styles are fine there).
const HTML_STYLE: &str = "\
body{margin:2rem auto;max-width:46rem;padding:0 1rem;font:17px/1.7 Georgia,serif;color:#1b1c1f;background:#fff}
article{white-space:pre-wrap;overflow-wrap:anywhere}
mark{padding:0 .1em;border-radius:3px 3px 0 0;color:inherit}
mark.person{background:#dbe7ff;border-bottom:2px solid #2456d6}
mark.place{background:#d3f5e3;border-bottom:3px double #07804f}
mark.position{background:#fdecc4;border-bottom:2px dashed #b45309}
h1{font:600 1.3rem system-ui,sans-serif}h2{font:600 1rem system-ui,sans-serif;margin-top:2rem}
ul{font:15px/1.5 system-ui,sans-serif;padding-left:1.2rem}.note{color:#54575e}
q.quote{quotes:none;text-decoration:underline dotted #54575e 2px;text-underline-offset:.45em}
q.quote::before{content:\"❝\";color:#54575e;font-size:.8em}";

/// The article as a standalone HTML page: every mention in a
/// `<mark class="person|place|position">`, every quotation in a
/// `<q class="quote">` titled with its speaker, every bit of text escaped,
/// and lists of the entities and quotations after it.
pub fn to_html(a: &Analysis) -> String {
    let ann = &a.annotation;
    let mut body = String::new();
    let mut in_quote = None;
    for &seg in &a.segments {
        if seg.quote != in_quote {
            if in_quote.is_some() {
                body.push_str("</q>");
            }
            if let Some(q) = seg.quote {
                body.push_str(&format!(
                    "<q class=\"quote\" title=\"{}\">",
                    escape_html(&said_by(a, q))
                ));
            }
            in_quote = seg.quote;
        }
        let text = escape_html(a.slice(seg));
        match seg.mention.and_then(|m| ann.mentions.get(m)) {
            Some(m) => {
                let name = ann
                    .entities
                    .get(m.entity)
                    .map_or(m.text.as_str(), |e| e.name.as_str());
                let kind = m.kind.as_str();
                body.push_str(&format!(
                    "<mark class=\"{kind}\" data-kind=\"{kind}\" title=\"{}: {}\">{text}</mark>",
                    crate::ui::state::kind_label(m.kind).0,
                    escape_html(name)
                ));
            }
            None => body.push_str(&text),
        }
    }
    if in_quote.is_some() {
        body.push_str("</q>");
    }
    let mut list = String::new();
    for kind in Kind::ALL {
        let order = &a.order[crate::ui::state::kind_index(kind)];
        if order.is_empty() {
            continue;
        }
        list.push_str(&format!(
            "<h2>{}</h2>\n<ul>\n",
            crate::ui::state::kind_label(kind).1
        ));
        for &i in order {
            let e = &ann.entities[i];
            let note = country(e)
                .filter(|&c| c != e.name)
                .map(|c| format!(" <span class=\"note\">({})</span>", escape_html(c)))
                .unwrap_or_default();
            list.push_str(&format!(
                "<li><mark class=\"{}\">{}</mark>{note} × {}</li>\n",
                kind.as_str(),
                escape_html(&e.name),
                e.mentions.len()
            ));
        }
        list.push_str("</ul>\n");
    }
    if !ann.quotes.is_empty() {
        list.push_str("<h2>Quotations</h2>\n<ul>\n");
        for q in 0..ann.quotes.len() {
            list.push_str(&format!(
                "<li>“{}” <span class=\"note\">{}</span></li>\n",
                escape_html(a.quote_text(q).trim()),
                escape_html(&said_by(a, q))
            ));
        }
        list.push_str("</ul>\n");
    }
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Annotated article</title>\n<style>\n{HTML_STYLE}\n</style>\n</head>\n<body>\n\
         <h1>Annotated article</h1>\n<article>{body}</article>\n{list}</body>\n</html>\n"
    )
}

/// Who says quotation `q`, in words.
fn said_by(a: &Analysis, q: usize) -> String {
    match a.quote_speaker(q) {
        Some(name) => format!("Said by {name}"),
        None => "No named speaker".to_string(),
    }
}

/// Saves `content` as a file called `name`: a Blob URL clicked through an
/// `<a download>`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has started by the time this runs.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Puts `content` on the clipboard, then calls `done` with whether it worked.
pub fn copy(content: &str, done: impl FnOnce(bool) + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let promise = gloo::utils::window()
        .navigator()
        .clipboard()
        .write_text(content);
    type Done = Rc<Cell<Option<Box<dyn FnOnce(bool)>>>>;
    let done: Done = Rc::new(Cell::new(Some(Box::new(done))));
    let ok = {
        let done = done.clone();
        Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| {
            if let Some(f) = done.take() {
                f(true)
            }
        })
    };
    let err = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| {
        if let Some(f) = done.take() {
            f(false)
        }
    });
    let _ = promise.then2(&ok, &err);
    // One small leak per copy: the closures must outlive the promise.
    ok.forget();
    err.forget();
}

#[cfg(test)]
mod tests;
