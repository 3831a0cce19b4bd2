// tsunagu serve only (never in a build): reloads the page when the site is rebuilt, and shows
// content errors over the page until they are fixed. It asks the preview server, on the same
// host, to answer when the site's version changes.
(() => {
  let version = null;
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
  const wait = async () => {
    for (;;) {
      try {
        const response = await fetch("/__tsunagu/wait?v=" + (version ?? ""), { cache: "no-store" });
        const state = await response.json();
        if (version !== null && state.version !== version && state.errors.length === 0) {
          location.reload();
          return;
        }
        version = state.version;
        show(state.errors);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  };
  wait();
})();
