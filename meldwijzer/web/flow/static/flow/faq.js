/* meldwijzer – FAQ page: filters the questions while the user types. Comfort only: the
   search form works without this script (a plain GET with q, filtered on the server). */
(function () {
  "use strict";
  var veld = document.querySelector("[data-faq-zoek]");
  var aantal = document.querySelector("[data-faq-aantal]");
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-faq-item]"));
  if (!veld || !aantal || !items.length) { return; }

  function plat(tekst) {
    // Lower case without diacritics, as the server does: 'client' finds 'cliënt'.
    return tekst.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }
  var teksten = items.map(function (item) { return plat(item.textContent || ""); });
  var totaal = items.length;
  var begin = aantal.textContent;

  veld.addEventListener("input", function () {
    var woorden = plat(veld.value).split(/\s+/).filter(Boolean);
    if (!woorden.length) {
      items.forEach(function (item) { item.hidden = false; });
      aantal.textContent = begin;
      return;
    }
    var gevonden = 0;
    items.forEach(function (item, i) {
      var past = woorden.every(function (w) { return teksten[i].indexOf(w) !== -1; });
      item.hidden = !past;
      if (past) { gevonden += 1; }
    });
    aantal.textContent = gevonden + " van de " + totaal + " vragen gevonden.";
  });
})();
