// eventwire serve: highlight items of an article from the side panel, ?event=e3 or #quote-q1.
"use strict";

function lightUp(tokens, scroll) {
  const text = document.getElementById("article-text");
  if (!text) return null;
  text.querySelectorAll(".m.hl").forEach((el) => el.classList.remove("hl"));
  document.querySelectorAll(".item.on").forEach((el) => el.classList.remove("on"));
  let first = null;
  for (const tok of tokens) {
    if (!/^[A-Za-z0-9_.-]+$/.test(tok)) continue;
    text.querySelectorAll('[data-ids~="' + tok + '"]').forEach((el) => {
      el.classList.add("hl");
      first = first || el;
    });
  }
  const trigger = tokens.find((t) => t.startsWith("event-"));
  const target = (trigger && text.querySelector('[data-ids~="' + trigger + '"]')) || first;
  if (target && scroll) target.scrollIntoView({ block: "center" });
  return target;
}

function wirePanel() {
  document.querySelectorAll("button.item[data-targets]").forEach((btn) => {
    btn.addEventListener("click", () => {
      lightUp(btn.dataset.targets.split(" "), true);
      btn.classList.add("on");
      if (btn.dataset.event) history.replaceState(null, "", "?event=" + encodeURIComponent(btn.dataset.event));
    });
  });
}

function fromLocation() {
  const text = document.getElementById("article-text");
  if (!text) return;
  const lit = (text.dataset.lit || "").split(" ").filter(Boolean);
  const hash = decodeURIComponent(location.hash.slice(1));
  const tokens = lit.length ? lit : (hash ? [hash] : []);
  if (!tokens.length) return;
  lightUp(tokens, true);
  const btn = document.querySelector('button.item[data-targets~="' + tokens[0] + '"]');
  if (btn) btn.classList.add("on");
}

document.addEventListener("DOMContentLoaded", () => {
  wirePanel();
  fromLocation();
});
