//! `tsunagu`: builds, previews and checks a site (see `tsunagu --help`).

use clap::Parser;

fn main() -> std::process::ExitCode {
    tsunagu::cli::run(tsunagu::cli::Cli::parse())
}
