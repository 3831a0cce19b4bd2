//! The pinned tool versions agree with each other, so a dependency update cannot leave
//! Trunk looking for a wasm-bindgen CLI that does not match the library in the WASM.

fn version_in_lock(lock: &str, name: &str) -> Option<String> {
    let entry = lock.split("[[package]]").find(|entry| entry.contains(&format!("name = \"{name}\"\n")))?;
    let line = entry.lines().find(|line| line.starts_with("version = "))?;
    Some(line.trim_start_matches("version = ").trim_matches('"').to_string())
}

#[test]
fn trunk_uses_the_wasm_bindgen_version_in_cargo_lock() {
    let lock = std::fs::read_to_string("Cargo.lock").unwrap();
    let trunk = std::fs::read_to_string("Trunk.toml").unwrap();
    let locked = version_in_lock(&lock, "wasm-bindgen").expect("wasm-bindgen is in Cargo.lock");
    assert!(
        trunk.contains(&format!("wasm_bindgen = \"{locked}\"")),
        "Trunk.toml must pin wasm_bindgen = \"{locked}\" (the version in Cargo.lock)"
    );
}

#[test]
fn the_markdown_parser_is_only_in_the_native_build() {
    let manifest = std::fs::read_to_string("Cargo.toml").unwrap();
    let features = manifest.split("[features]").nth(1).unwrap().split("[dependencies]").next().unwrap();
    let hydrate = features.split("hydrate = [").nth(1).unwrap().split(']').next().unwrap();
    assert!(!hydrate.contains("pulldown") && !hydrate.contains("ssr"), "the hydrate feature pulls in the parser");
    let dependency = manifest.lines().find(|line| line.starts_with("pulldown-cmark = ")).unwrap();
    assert!(dependency.contains("optional = true"), "pulldown-cmark must be optional in [dependencies]");
}
