//! `news_annotator._engine`: the annotator engine for Python (PyO3).
//!
//! Every result is built from `Annotation::to_json`, the function behind
//! `annotate --jsonl`, and converted value by value into Python objects, so the
//! dicts have exactly the CLI's schema (and follow it when it grows). The GIL is
//! released while the engine runs; `annotate_many` spreads texts over threads.
//! A panic in the engine never crosses into Python: it becomes `RuntimeError`.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use annotator::engine::Engine;
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString};
use serde_json::Value;

/// The one engine of the process (it is `Send + Sync`; built on first use).
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::new)
}

/// One text's `annotate --jsonl` line as a JSON value; `None` if the engine panicked.
fn annotate_value(text: &str, id: Value) -> Option<Value> {
    catch_unwind(AssertUnwindSafe(|| engine().annotate(text).to_json(id))).ok()
}

/// The result as Python sees it: the CLI's line (`as_json`) or the equivalent objects.
fn output<'py>(py: Python<'py>, v: &Value, as_json: bool) -> PyResult<Bound<'py, PyAny>> {
    if as_json {
        Ok(PyString::new(py, &v.to_string()).into_any())
    } else {
        to_py(py, v)
    }
}

/// A JSON value as the equivalent Python object (`json.loads` would give the same).
fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, item) in map {
                dict.set_item(k, to_py(py, item)?)?;
            }
            dict.into_any()
        }
    })
}

/// An `id` as JSON: `None`, `bool`, `int`, `float` or `str`; anything else is a `TypeError`.
fn id_value(id: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Value> {
    let Some(id) = id else {
        return Ok(Value::Null);
    };
    if id.is_none() {
        Ok(Value::Null)
    } else if id.is_instance_of::<PyBool>() {
        Ok(Value::Bool(id.extract()?))
    } else if id.is_instance_of::<PyInt>() {
        match id.extract::<i64>() {
            Ok(i) => Ok(Value::from(i)),
            Err(_) => Ok(Value::from(id.extract::<u64>()?)),
        }
    } else if id.is_instance_of::<PyFloat>() {
        let f: f64 = id.extract()?;
        serde_json::Number::from_f64(f)
            .map(Value::Number)
            .ok_or_else(|| PyValueError::new_err(format!("{what} must be a finite float")))
    } else if id.is_instance_of::<PyString>() {
        Ok(Value::String(id.extract()?))
    } else {
        Err(PyTypeError::new_err(format!(
            "{what} must be None, bool, int, float or str, not {}",
            id.get_type().name()?
        )))
    }
}

/// A `str` argument as a Rust string; anything else is a `TypeError` naming `what`.
fn text_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    if !obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be str, not {}",
            obj.get_type().name()?
        )));
    }
    obj.extract()
}

/// Annotates one text: the people, places and positions it names and who holds which post.
///
/// Returns a dict with exactly the schema of one `annotate --jsonl` output line:
/// ``{"id", "entities", "holds", "groups", ...}``. Offsets are Unicode code points
/// (Python string indices), end exclusive. ``id`` (None, bool, int, float or str) is
/// copied into the result. With ``as_json=True`` the result is that line itself, a
/// ``str`` (faster: no dicts are built). The GIL is released while the engine runs.
///
/// Raises ``TypeError`` if ``text`` is not a ``str`` or ``id`` is not a JSON scalar,
/// ``RuntimeError`` if the engine fails on this text.
#[pyfunction]
#[pyo3(signature = (text, *, id = None, as_json = false))]
fn annotate(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    id: Option<&Bound<'_, PyAny>>,
    as_json: bool,
) -> PyResult<Py<PyAny>> {
    let text = text_arg(text, "text")?;
    let id = id_value(id, "id")?;
    let value = py
        .detach(|| annotate_value(&text, id))
        .ok_or_else(|| PyRuntimeError::new_err("internal error while annotating the text"))?;
    Ok(output(py, &value, as_json)?.unbind())
}

/// Annotates many texts on several threads, with the GIL released; results in input order.
///
/// ``texts`` is any iterable of ``str`` (a lone ``str`` is refused). ``threads`` is the
/// number of worker threads: ``None`` means one per available core. ``ids``, if given,
/// is an iterable of as many ids as there are texts (None, bool, int, float or str),
/// copied into the results. Each result is what ``annotate(text, id=id, as_json=as_json)``
/// returns.
///
/// Raises ``TypeError`` naming the index of the first text (or id) of the wrong type,
/// ``ValueError`` if ``threads`` is below 1 or ``ids`` has another length,
/// ``RuntimeError`` naming the index of a text the engine failed on.
#[pyfunction]
#[pyo3(signature = (texts, threads = None, *, ids = None, as_json = false))]
fn annotate_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<&Bound<'_, PyAny>>,
    ids: Option<&Bound<'_, PyAny>>,
    as_json: bool,
) -> PyResult<Py<PyList>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a single str (use annotate())",
        ));
    }
    let threads = thread_count(threads)?;
    let mut owned = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        owned.push(text_arg(&item?, &format!("texts[{i}]"))?);
    }
    let mut id_values = Vec::with_capacity(owned.len());
    match ids.filter(|ids| !ids.is_none()) {
        Some(ids) => {
            for (i, item) in ids.try_iter()?.enumerate() {
                id_values.push(id_value(Some(&item?), &format!("ids[{i}]"))?);
            }
            if id_values.len() != owned.len() {
                return Err(PyValueError::new_err(format!(
                    "ids has {} items but texts has {}",
                    id_values.len(),
                    owned.len()
                )));
            }
        }
        None => id_values.resize(owned.len(), Value::Null),
    }
    let results = py.detach(|| run_parallel(&owned, &id_values, threads));
    let list = PyList::empty(py);
    for (i, value) in results.iter().enumerate() {
        let value = value.as_ref().ok_or_else(|| {
            PyRuntimeError::new_err(format!("internal error while annotating texts[{i}]"))
        })?;
        list.append(output(py, value, as_json)?)?;
    }
    Ok(list.unbind())
}

/// `threads`: `None` for every available core, else an `int` of at least 1.
fn thread_count(threads: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    match threads.filter(|t| !t.is_none()) {
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
        Some(t) if t.is_instance_of::<PyBool>() || !t.is_instance_of::<PyInt>() => {
            Err(PyTypeError::new_err(format!(
                "threads must be int or None, not {}",
                t.get_type().name()?
            )))
        }
        Some(t) => match t.extract::<i64>() {
            Ok(n) if n >= 1 => Ok(n as usize),
            _ => Err(PyValueError::new_err("threads must be at least 1")),
        },
    }
}

/// Annotates `texts` on `threads` scoped threads, each taking the next unclaimed text.
fn run_parallel(texts: &[String], ids: &[Value], threads: usize) -> Vec<Option<Value>> {
    let next = AtomicUsize::new(0);
    let workers = threads.clamp(1, texts.len().max(1));
    let mut out: Vec<Option<Value>> = vec![None; texts.len()];
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= texts.len() {
                            break done;
                        }
                        done.push((i, annotate_value(&texts[i], ids[i].clone())));
                    }
                })
            })
            .collect();
        for h in handles {
            if let Ok(done) = h.join() {
                for (i, v) in done {
                    out[i] = v;
                }
            }
        }
    });
    out
}

/// The compiled part of `news_annotator` (import the package, not this module).
#[pymodule]
fn _engine(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(annotate, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_many, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
