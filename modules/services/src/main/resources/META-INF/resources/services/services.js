/*
 * The SLA countdown: each .sla-countdown carries its deadline (epoch ms) and counts down in the
 * browser between the board's refreshes, so a request turns late the minute it is, whatever the
 * sweep has done. A stopped one (technician on site) keeps its text.
 */
var StoreCrmSla = (function () {
  function text(minutes) {
    var abs = Math.abs(minutes);
    var m = abs % 60;
    return (minutes < 0 ? "-" : "") + Math.floor(abs / 60) + "h " + (m < 10 ? "0" : "") + m + "m";
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll(".sla-countdown").forEach(function (el) {
      if (el.getAttribute("data-stopped") === "true") {
        return;
      }
      var deadline = Number(el.getAttribute("data-deadline"));
      var minutes = Math.floor((deadline - now) / 60000);
      el.textContent = text(minutes);
      var row = el.closest("tr");
      if (row) {
        var risk = Number(el.getAttribute("data-risk")) || 30;
        row.classList.toggle("sla-late", minutes < 0);
        row.classList.toggle("sla-at-risk", minutes >= 0 && minutes <= risk);
      }
    });
  }
  document.addEventListener("DOMContentLoaded", tick);
  setInterval(tick, 30000);
  return { tick: tick };
})();
