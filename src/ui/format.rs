//! Small text formatting helpers for the views.

/// `1234567` as `1,234,567`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Latitude and longitude as `41.01° N, 28.98° E`.
pub fn coordinates(lat: f32, lon: f32) -> String {
    let ns = if lat < 0.0 { 'S' } else { 'N' };
    let ew = if lon < 0.0 { 'W' } else { 'E' };
    format!("{:.2}° {ns}, {:.2}° {ew}", lat.abs(), lon.abs())
}

/// `"1 mention"`, `"3 mentions"`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A size in bytes as `"5.0 MB"`, `"12 KB"`, `"800 bytes"` (decimal units).
pub fn size(bytes: usize) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{} KB", bytes / 1_000),
        _ => format!("{:.1} MB", bytes as f64 / 1e6),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(15_462_452), "15,462,452");
    }

    #[test]
    fn format_coordinates() {
        assert_eq!(coordinates(41.0082, 28.9784), "41.01° N, 28.98° E");
        assert_eq!(coordinates(-33.45, -70.6667), "33.45° S, 70.67° W");
    }

    #[test]
    fn format_count() {
        assert_eq!(count(1, "mention", "mentions"), "1 mention");
        assert_eq!(count(2, "mention", "mentions"), "2 mentions");
    }

    #[test]
    fn format_size() {
        assert_eq!(size(800), "800 bytes");
        assert_eq!(size(12_345), "12 KB");
        assert_eq!(size(5_000_000), "5.0 MB");
        assert_eq!(size(10_485_760), "10.5 MB");
    }
}
