//! The `tsunagu` command: build a site from a content folder, preview it with live reload,
//! check content, and start a new city. Argument parsing (clap) and dispatch only; the work is
//! in `site_build`, `serve` and the content compiler.

mod serve;
mod site_build;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use site_build::{build_site, build_site_with_run, layered_content, read_test_results, BuildInput, BuildProblem};

/// Builds, previews and checks a tsunagu site.
#[derive(Debug, Parser)]
#[command(
    name = "tsunagu",
    version,
    about = "Builds, previews and checks a tsunagu site (重層的支援体制整備事業の計画と相談窓口の案内)."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Reads the content and writes the whole static site into a folder.
    Build {
        #[command(flatten)]
        input: InputArgs,
        /// The path the site is served under, e.g. /fukushi/jusou/.
        #[arg(long, default_value = "/")]
        base: String,
        /// The folder to write (emptied first if an earlier build wrote it).
        #[arg(long, default_value = "dist")]
        out: PathBuf,
        /// A test run the browser tests recorded (scripts/test.sh writes one), to publish on the
        /// accessibility results page; without it the page says no run was recorded.
        #[arg(long, value_name = "FILE")]
        test_results: Option<PathBuf>,
        /// Also write `.br` and `.gz` copies beside each text file and the WASM, for hosts that
        /// serve precompressed files (nginx `gzip_static`/`brotli_static`, most CDNs).
        #[arg(long)]
        precompress: bool,
    },
    /// Builds, serves on 127.0.0.1, rebuilds on every change and reloads the open page.
    Serve {
        #[command(flatten)]
        input: InputArgs,
        /// The port on 127.0.0.1.
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// The path to preview the site under.
        #[arg(long, default_value = "/")]
        base: String,
    },
    /// Adds a city to a content folder: site.toml entry, index page, a windows.toml with one
    /// example window, and resident and staff guides using the national wording.
    NewCity {
        /// The city's id: lower-case ASCII letters, digits and `-` (e.g. `izu`); it is in URLs.
        id: String,
        /// The city's name, e.g. 伊豆市.
        #[arg(long)]
        name: String,
        /// The prefecture, e.g. 静岡県.
        #[arg(long, default_value = "")]
        prefecture: String,
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
    },
    /// Prints a host's configuration for a built site: the security headers, caching, the 404
    /// page and `application/wasm` (`_headers` for Netlify and Cloudflare Pages is in every build).
    HostConfig {
        /// The host: `nginx`.
        #[arg(value_enum)]
        host: Host,
        /// The folder the host serves from; the build goes in `<root><base>`.
        #[arg(long)]
        root: PathBuf,
        /// The path the site is served under, as given to `tsunagu build`.
        #[arg(long, default_value = "/")]
        base: String,
        /// nginx's `listen` (a port, or address:port).
        #[arg(long, default_value = "80")]
        listen: String,
        /// Also serve the `.br` copies of `tsunagu build --precompress` (needs nginx's brotli
        /// module; Debian: the apt package libnginx-mod-http-brotli-static). The `.gz` copies
        /// are always served (`gzip_static`, built into nginx).
        #[arg(long)]
        brotli_static: bool,
    },
    /// Lists every problem in a content folder, and each guide's coverage.
    Check {
        /// The content folder.
        #[arg(default_value = "content")]
        content: PathBuf,
    },
}

/// The hosts `host-config` writes for.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Host {
    /// An nginx `server` block.
    Nginx,
}

/// Where a site's content and styles come from.
#[derive(Debug, clap::Args)]
struct InputArgs {
    /// The content folder (site.toml, pages, cities).
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// A folder with main.css and print.css to use instead of the bundled ones
    /// (default: ./style if it exists).
    #[arg(long)]
    style: Option<PathBuf>,
    /// For developers: take the WASM and its loader from this Trunk output folder instead of
    /// the bundled ones.
    #[arg(long)]
    app: Option<PathBuf>,
}

impl InputArgs {
    fn into_input(self, base: String) -> BuildInput {
        let style = self.style.or_else(|| Some(PathBuf::from("style")).filter(|dir| dir.join("main.css").is_file()));
        BuildInput { content: self.content, style, app: self.app, base }
    }
}

/// Runs the command line.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build { input, base, out, test_results, precompress } => {
            site_build::run_build(input.into_input(base), &out, test_results.as_deref(), precompress)
        }
        Command::Serve { input, port, base } => serve::run_serve(input.into_input(base), port),
        Command::Check { content } => site_build::run_check(&content),
        Command::HostConfig { host: Host::Nginx, root, base, listen, brotli_static } => {
            match crate::content::normalize_base_path(&base) {
                Ok(base) => {
                    let root = std::path::absolute(&root).unwrap_or(root);
                    let root = root.display().to_string();
                    print!("{}", crate::publish::hosting::nginx_server(&root, &base, &listen, brotli_static));
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("error: {message}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::NewCity { id, name, prefecture, content } => {
            site_build::run_new_city(&content, &id, &name, &prefecture)
        }
    }
}
