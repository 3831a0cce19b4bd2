// tsunagu serve only (never in a build): reloads the page when the site is rebuilt, and shows
// content errors over the page until they are fixed. The server adds this script with the
// version the page was served at (`?v=N`). One tab at a time (a Web Lock) asks the server to
// answer when the version changes; it tells the other tabs over a BroadcastChannel, so open
// tabs never use up the browser's few connections to the host.
(() => {
  let version = new URL(document.currentScript.src).searchParams.get("v") ?? "";
  const channel = "BroadcastChannel" in window ? new BroadcastChannel("tsunagu-live-reload") : null;
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const show = (errors) => {
    let box = document.getElementById("tsunagu-preview-errors");
    if (!errors.length) {
      box?.remove();
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.id = "tsunagu-preview-errors";
      box.setAttribute("role", "alert");
      box.style.cssText =
        "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;background:#fff;color:#000;border-top:4px solid #b00;padding:1rem;font:14px/1.5 monospace;white-space:pre-wrap";
      document.body.append(box);
    }
    box.textContent = "プレビュー：内容に誤りがあります（直すと自動で再読み込みします）。表示中は最後に正しく作れたサイトです。\n\n" + errors.join("\n");
  };
  /** Takes the server's state; reloads when a newer good build is there. */
  const apply = (state) => {
    if (String(state.version) !== version && state.errors.length === 0) {
      location.reload();
      return true;
    }
    version = String(state.version);
    show(state.errors);
    return false;
  };
  const ask = async (known) => {
    const response = await fetch("/__tsunagu/wait?v=" + known, { cache: "no-store" });
    return response.json();
  };
  channel?.addEventListener("message", (event) => apply(event.data));
  const waitForChanges = async () => {
    for (;;) {
      const asked = Date.now();
      try {
        const state = await ask(version);
        channel?.postMessage(state);
        if (apply(state)) return;
        if (Date.now() - asked < 1000) await pause(1000); // the server is busy: ask less often
      } catch {
        await pause(1000);
      }
    }
  };
  // The state now (answered at once): errors to show, or a build newer than this page.
  ask("")
    .then((state) => {
      if (apply(state)) return;
      if (navigator.locks) navigator.locks.request("tsunagu-live-reload", waitForChanges);
      else waitForChanges();
    })
    .catch(() => pause(1000).then(() => location.reload()));
})();
