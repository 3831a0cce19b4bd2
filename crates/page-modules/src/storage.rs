//! What the reader keeps on the device, as plain text under a key in `localStorage`: read
//! defensively (storage blocked by a privacy setting, full, or missing reads as nothing kept)
//! and written through one pair of functions.

/// The device's storage, if the browser lets the page use it.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The text stored under `key`, if storage can be read and holds one.
pub fn stored(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; whether it was kept (a full or blocked storage is left as it is).
pub fn store(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Removes what is stored under `key`, if storage can be used.
pub fn forget(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}
