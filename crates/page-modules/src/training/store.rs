//! The learner's record in localStorage, under one versioned key: read defensively (missing,
//! old or damaged text gives an empty record, never a crash), written in one place.

use crate::storage::{forget, store, stored};
use tsunagu_training::progress::{Progress, PROGRESS_KEY};

/// The stored record, or an empty one.
pub fn load() -> Progress {
    stored(PROGRESS_KEY).and_then(|text| Progress::read(&text)).unwrap_or_default()
}

/// Stores the record; whether it could be kept (storage may be full or blocked).
pub fn save(progress: &Progress) -> bool {
    store(PROGRESS_KEY, &progress.write())
}

/// Removes the record from the device.
pub fn clear() {
    forget(PROGRESS_KEY);
}

/// Changes the stored record with `change` and stores it.
pub fn update(change: impl FnOnce(&mut Progress)) -> bool {
    let mut progress = load();
    change(&mut progress);
    save(&progress)
}
