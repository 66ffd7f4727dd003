// Limber on a static host (written by the static export only).
// go-app routes under its root prefix (BASE) but renders links and
// pushes history without it, and hosts that serve folders redirect /page
// to /page/. This keeps the address and every link under the base path.
// It runs before app.js (which is deferred) so the router sees the fixed
// address.
(() => {
  "use strict";
  const BASE = "{{.Base}}"; // "" at the host's root

  // /limber/exercises/ -> /limber/exercises: go-app's routes have no slash.
  const path = location.pathname;
  if (path.length > BASE.length + 1 && path.endsWith("/")) {
    history.replaceState(history.state, "", path.replace(/\/+$/, "") + location.search + location.hash);
  }
  if (!BASE) return;

  const inBase = (p) => p === BASE || p.startsWith(BASE + "/");
  const withBase = (u) => {
    const url = new URL(u, location.href);
    if (url.origin === location.origin && !inBase(url.pathname)) {
      url.pathname = BASE + url.pathname;
    }
    return url.href;
  };

  // go-app pushes "/exercises" after a tap; keep the address reloadable.
  for (const name of ["pushState", "replaceState"]) {
    const original = history[name];
    history[name] = function (state, title, u) {
      return original.call(this, state, title, u == null ? u : withBase(u));
    };
  }

  // Links rendered in the browser start with "/": prefix them so a new
  // tab, a copied link or a bookmark lands under the base path too.
  const fixLink = (a) => {
    const href = a.getAttribute("href");
    if (href && href.startsWith("/") && !href.startsWith("//") && !inBase(href.split(/[?#]/)[0])) {
      a.setAttribute("href", BASE + href);
    }
  };
  const scan = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.tagName === "A") fixLink(node);
    node.querySelectorAll("a[href^='/']").forEach(fixLink);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "attributes" && r.target.tagName === "A") fixLink(r.target);
      else r.addedNodes.forEach(scan);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["href"] });
})();
