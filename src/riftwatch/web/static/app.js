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

    // Upload: say that the work is under way (ingest and coding can take a while).
    var form = document.querySelector("form.upload");
    if (form) {
      form.addEventListener("submit", function () {
        var button = document.getElementById("upload-button");
        button.disabled = true;
        button.textContent = "Ingesting…";
      });
    }
  });
})();
