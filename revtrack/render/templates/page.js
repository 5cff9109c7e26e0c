// revtrack page behaviour: n/p between changes, fold toggle, links into folds.
// Every feature also works without this script except the keyboard.
(function () {
  "use strict";
  var changes = Array.prototype.slice.call(document.querySelectorAll(".change"));
  var folds = function () { return Array.prototype.slice.call(document.querySelectorAll("details.fold")); };
  var where = document.getElementById("where");
  var current = -1;

  function visible(el) {
    var r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }

  // The next change below (d = 1) or above (d = -1) what the reader is looking at.
  function step(d) {
    if (current >= 0 && visible(changes[current])) return current + d;
    var i, top;
    if (d > 0) {
      for (i = 0; i < changes.length; i++) {
        top = changes[i].getBoundingClientRect().top;
        if (top > 5) return i;
      }
      return changes.length;
    }
    for (i = changes.length - 1; i >= 0; i--) {
      top = changes[i].getBoundingClientRect().top;
      if (top < -5) return i;
    }
    return -1;
  }

  function go(d) {
    if (!changes.length) return;
    var i = Math.max(0, Math.min(changes.length - 1, step(d)));
    if (current >= 0) changes[current].classList.remove("current");
    current = i;
    var el = changes[i];
    el.classList.add("current");
    el.scrollIntoView({ block: "start" });
    el.focus({ preventScroll: true });
    if (history.replaceState) history.replaceState(null, "", "#" + el.id);
    if (where) where.textContent = "Change " + (i + 1) + " of " + changes.length;
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (e.key === "n" || e.key === "j") { go(1); e.preventDefault(); }
    else if (e.key === "p" || e.key === "k") { go(-1); e.preventDefault(); }
  });

  var toggle = document.getElementById("toggle-all");
  if (toggle) {
    if (!folds().length) toggle.hidden = true;
    var label = toggle.textContent;
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-pressed") !== "true";
      folds().forEach(function (f) { f.open = open; });
      toggle.setAttribute("aria-pressed", open ? "true" : "false");
      toggle.textContent = open ? "Fold unchanged" : label;
    });
  }

  // A link to a paragraph inside a fold opens the fold first.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) return;
    var f = el.closest("details.fold");
    if (f && !f.open) { f.open = true; el.scrollIntoView({ block: "start" }); }
    var k = changes.indexOf(el.closest(".change"));
    if (k >= 0) { current = k; }
  }
  window.addEventListener("hashchange", reveal);
  reveal();

  // Print every paragraph, then put the folds back.
  var wasOpen = [];
  window.addEventListener("beforeprint", function () {
    wasOpen = folds().map(function (f) { return f.open; });
    folds().forEach(function (f) { f.open = true; });
  });
  window.addEventListener("afterprint", function () {
    folds().forEach(function (f, i) { f.open = !!wasOpen[i]; });
  });
})();
