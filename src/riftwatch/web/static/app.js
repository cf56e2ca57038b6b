// riftwatch workbench: a little behaviour on top of server-rendered pages.
// Served from /static (the Content-Security-Policy allows no inline script).
"use strict";

(function () {
  function eventMarks(id) {
    return document.querySelectorAll('mark.ev[data-events~="' + String(id).replace(/\D/g, "") + '"]');
  }

  function clearFocus() {
    document.querySelectorAll(".focus").forEach(function (el) { el.classList.remove("focus"); });
  }

  function focusEvent(id, scrollToText) {
    clearFocus();
    var marks = eventMarks(id);
    marks.forEach(function (m) { m.classList.add("focus"); });
    var row = document.getElementById("event-" + id);
    if (row) { row.classList.add("focus"); }
    if (scrollToText && marks.length) { marks[0].scrollIntoView({ block: "center" }); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    // Document page: a click on an event row shows its stretch of text, and back.
    document.querySelectorAll("tr.event-row").forEach(function (row) {
      row.addEventListener("click", function (ev) {
        if (ev.target.closest("a")) { return; }
        focusEvent(row.dataset.event, true);
      });
    });
    document.querySelectorAll("mark.ev").forEach(function (mark) {
      mark.addEventListener("click", function () {
        focusEvent(mark.dataset.events.split(" ")[0], false);
      });
    });
    var hash = window.location.hash.match(/^#event-(\d+)$/);
    if (hash) { focusEvent(hash[1], false); }

    // Upload: say that the work is under way (ingest and coding can take a while), and
    // how far the ingest has got (GET /api/ingest/progress, read from the store) until
    // the page with the result replaces this one.
    var form = document.querySelector("form.upload");
    if (form) {
      form.addEventListener("submit", function () {
        var button = document.getElementById("upload-button");
        button.disabled = true;
        button.textContent = "Ingesting…";
        var shown = document.getElementById("upload-progress");
        if (!shown || !window.fetch) { return; }
        var before = shown.dataset.run || "";
        var poll = function () {
          fetch("/api/ingest/progress", {credentials: "same-origin"})
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (p) {
              if (!p || p.run === null || String(p.run) === before) { return; }
              var files = p.files || {};
              var parts = Object.keys(files).map(function (k) { return k + " " + files[k]; });
              var read = "files read: " + (parts.join(", ") || "none yet") +
                "; documents stored: " + p.documents;
              shown.textContent = p.status === "running" ? "Ingesting (" + read + ")…" :
                "Ingested (" + read + "); coding the new documents…";
            })
            .catch(function () {});
        };
        window.setInterval(poll, 1000);
      });
    }
  });
})();

// Progressive enhancement of the write forms (marked data-enhance). Without this script
// they are plain POST forms answered by a redirect back to the page; with it they are sent
// in the background (the same POST: the form's fields with its csrf_token), the page the
// redirect leads to is fetched, and its <main> replaces this one in place: no reload, the
// scroll position and the focus are kept, and a status line says what happened. An error
// (the server's numbered message) is shown beside the form. A redirect to another page
// (e.g. to the actor a merge kept) is followed as a normal navigation.
(function () {
  if (!window.fetch || !window.DOMParser || !window.URLSearchParams) { return; }

  function statusBox(form) {
    var box = form.querySelector(".form-status");
    if (!box) {
      box = document.createElement("span");
      box.className = "form-status small";
      box.setAttribute("role", "status");
      box.setAttribute("aria-live", "polite");
      form.appendChild(box);
    }
    return box;
  }

  function announce(text) {
    var live = document.getElementById("live-status");
    if (!live) {
      live = document.createElement("div");
      live.id = "live-status";
      live.className = "live-status";
      live.setAttribute("role", "status");
      live.setAttribute("aria-live", "polite");
      document.body.appendChild(live);
    }
    live.textContent = text;
  }

  function errorText(html, status) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var message = doc.querySelector(".error");
    return message ? message.textContent.trim() : "the server answered " + status;
  }

  function replaceMain(html, url) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var fresh = doc.querySelector("main");
    var here = document.querySelector("main");
    if (!fresh || !here) { return false; }
    var focused = document.activeElement && document.activeElement.id;
    var x = window.scrollX, y = window.scrollY;
    here.replaceWith(fresh);
    if (doc.title) { document.title = doc.title; }
    window.scrollTo(x, y);
    if (focused && document.getElementById(focused)) { document.getElementById(focused).focus(); }
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    }
    document.dispatchEvent(new CustomEvent("rw:updated", { detail: { url: url.href } }));
    return true;
  }

  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-enhance")) { return; }
    if ((form.method || "").toLowerCase() !== "post") { return; }
    ev.preventDefault();
    var data;
    try { data = new FormData(form, ev.submitter || null); } catch (e) {
      data = new FormData(form);
      if (ev.submitter && ev.submitter.name) { data.append(ev.submitter.name, ev.submitter.value); }
    }
    var body = new URLSearchParams();
    data.forEach(function (value, key) { if (typeof value === "string") { body.append(key, value); } });
    var buttons = form.querySelectorAll("button");
    buttons.forEach(function (b) { b.disabled = true; });
    var box = statusBox(form);
    box.textContent = "saving…";
    box.classList.remove("error");
    fetch(form.action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Accept": "text/html" },
    }).then(function (response) {
      return response.text().then(function (text) { return { response: response, text: text }; });
    }).then(function (got) {
      var url = new URL(got.response.url);
      if (!got.response.ok) {
        buttons.forEach(function (b) { b.disabled = false; });
        box.textContent = errorText(got.text, got.response.status);
        box.classList.add("error");
        box.setAttribute("role", "alert");
        return;
      }
      if (!got.response.redirected) { url = new URL(window.location.href); }
      if (url.pathname !== window.location.pathname) {
        window.location.assign(url.href);
        return;
      }
      if (!replaceMain(got.text, url)) { window.location.assign(url.href); return; }
      announce("Saved.");
      if (url.hash) {
        var target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
        if (target) { target.classList.add("updated"); }
      }
    }).catch(function () {
      buttons.forEach(function (b) { b.disabled = false; });
      box.textContent = "not sent (no connection?)";
      box.classList.add("error");
    });
  });

  // Actor fields: the knowledge base's names as the analyst types (a datalist filled from
  // GET /api/actors; the field still takes any id or name without it).
  var timer = null;
  document.addEventListener("input", function (ev) {
    var input = ev.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute("data-actor-complete")) { return; }
    var list = document.getElementById(input.getAttribute("list") || "");
    var q = input.value.trim();
    if (!list || q.length < 2) { return; }
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      fetch("/api/actors?limit=10&q=" + encodeURIComponent(q), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (found) {
          list.textContent = "";
          (found.items || []).forEach(function (a) {
            var option = document.createElement("option");
            option.value = a.id;
            option.textContent = a.name;
            list.appendChild(option);
          });
        })
        .catch(function () { /* the field works without suggestions */ });
    }, 200);
  });
})();
