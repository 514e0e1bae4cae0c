/* meldwijzer – comfort only; every page works without this script.
   Mirrors the casus of this tab into sessionStorage (erased when the tab closes), restores
   it after a reload or the back button, keeps unsent field input, warns before losing
   work, and runs the writing check while the user types. Nothing leaves the browser except
   the ordinary form posts and the same-origin writing check. */
(function () {
  "use strict";
  var SLEUTEL = "meldwijzer.casus";
  var CONCEPT = "meldwijzer.concept";
  var opslag;
  try { opslag = window.sessionStorage; opslag.getItem(SLEUTEL); } catch (e) { opslag = null; }

  function lees(naam) {
    if (!opslag) { return null; }
    try { return JSON.parse(opslag.getItem(naam) || "null"); } catch (e) { return null; }
  }
  function schrijf(naam, waarde) {
    if (!opslag) { return; }
    try { opslag.setItem(naam, JSON.stringify(waarde)); } catch (e) { /* quota: ignore */ }
  }
  function wis() {
    if (!opslag) { return; }
    opslag.removeItem(SLEUTEL);
    opslag.removeItem(CONCEPT);
  }

  // A meldcode profile loaded in private mode travels like the casus (docs/meldcode.md).
  function profielVan(form) {
    var veld = form.querySelector("input[name=meldcode_profiel]");
    return veld ? veld.value : "";
  }
  function zetProfiel(form, waarde) {
    if (!waarde) { return; }
    var veld = form.querySelector("input[name=meldcode_profiel]");
    if (!veld) {
      veld = document.createElement("input");
      veld.type = "hidden";
      veld.name = "meldcode_profiel";
      form.appendChild(veld);
    }
    veld.value = waarde;
  }

  var bezig = false;   // a form is being sent: no warning
  var gewijzigd = false;

  function herstel(form, bewaard) {
    form.querySelector("input[name=staat]").value = bewaard.staat;
    zetProfiel(form, bewaard.meldcode);
    var actie = form.querySelector("input[name=actie][type=hidden]");
    if (!actie) {
      actie = document.createElement("input");
      actie.type = "hidden";
      actie.name = "actie";
      form.appendChild(actie);
    }
    actie.value = "herstel";
    bezig = true;
    form.submit();
  }

  function veldWaarden(form) {
    var uit = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === "hidden" || el.type === "submit" || el.type === "button" || el.type === "file" || el.type === "password") { return; }
      if (el.type === "radio") { if (el.checked) { uit[el.name] = el.value; } else if (!(el.name in uit)) { uit[el.name] = null; } return; }
      if (el.type === "checkbox") {
        var lijst = uit[el.name] || [];
        if (el.checked) { lijst.push(el.value); }
        uit[el.name] = lijst;
        return;
      }
      uit[el.name] = el.value;
    });
    return uit;
  }

  function zetWaarden(form, waarden) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !(el.name in waarden) || el.type === "hidden" || el.type === "submit") { return; }
      var w = waarden[el.name];
      if (el.type === "radio") { el.checked = w === el.value; }
      else if (el.type === "checkbox") { el.checked = Array.isArray(w) && w.indexOf(el.value) !== -1; }
      else if (typeof w === "string") { el.value = w; }
    });
  }

  function startPagina() {
    if (document.body.getAttribute("data-wissen") === "1") { wis(); }
    var bewaard = lees(SLEUTEL);
    var form = document.getElementById("herstel");
    if (!form || !bewaard || !bewaard.staat) { return; }
    if (form.getAttribute("data-auto-herstel") === "1") {
      var melding = document.querySelector("[data-herstel-melding]");
      if (melding) { melding.textContent = "Uw casus wordt teruggezet…"; }
      herstel(form, bewaard);
      return;
    }
    form.querySelector("input[name=staat]").value = bewaard.staat;
    zetProfiel(form, bewaard.meldcode);
    var label = form.querySelector("[data-herstel-label]");
    if (label && bewaard.label) { label.textContent = ": ‘" + bewaard.label + "’"; }
    form.hidden = false;
  }

  function casusPagina(form) {
    var rev = parseInt(form.getAttribute("data-rev") || "0", 10);
    var sleutel = form.getAttribute("data-sleutel") || "";
    var pagina = form.getAttribute("data-pagina") || "";
    var staat = form.querySelector("input[name=staat]").value;
    var bewaard = lees(SLEUTEL);
    if (bewaard && bewaard.sleutel === sleutel && bewaard.rev > rev) {
      herstel(form, bewaard);  // an older copy of this casus (back button): show the newest
      return;
    }
    var herstelKnop = form.querySelector("[data-herstel-staat]");
    if (rev === 0 && herstelKnop && bewaard && bewaard.staat) {
      // The posted casus was damaged: offer the last good copy of this tab, plus what she typed.
      herstelKnop.parentNode.hidden = false;
      herstelKnop.addEventListener("click", function () { form.querySelector("input[name=staat]").value = bewaard.staat; });
    }
    if (rev > 0) { schrijf(SLEUTEL, { sleutel: sleutel, rev: rev, staat: staat, label: form.getAttribute("data-label") || "", meldcode: profielVan(form) }); }

    var concept = lees(CONCEPT);
    if (concept && concept.sleutel === sleutel && concept.rev === rev && concept.pagina === pagina) {
      zetWaarden(form, concept.velden);
      gewijzigd = true;
    }
    form.addEventListener("input", function () {
      gewijzigd = true;
      schrijf(CONCEPT, { sleutel: sleutel, rev: rev, pagina: pagina, velden: veldWaarden(form) });
    });
    form.addEventListener("change", function () {
      gewijzigd = true;
      schrijf(CONCEPT, { sleutel: sleutel, rev: rev, pagina: pagina, velden: veldWaarden(form) });
    });
    form.addEventListener("submit", function (e) {
      var knop = e.submitter;
      if (knop && knop.name === "actie" && knop.value.indexOf("verwijder:") === 0) {
        // Removing an item cannot be undone: ask first (issue 13 item 6).
        if (!window.confirm("Dit item verwijderen? Dit kan niet ongedaan worden gemaakt.")) { e.preventDefault(); return; }
        var ja = document.createElement("input");
        ja.type = "hidden"; ja.name = "verwijderen_bevestigd"; ja.value = "1";
        form.appendChild(ja);
      }
      if (knop && knop.hasAttribute("data-wissen-knop")) {
        if (!window.confirm("Alle notities van deze casus wissen? Dit kan niet ongedaan worden gemaakt.")) { e.preventDefault(); return; }
        var bevestigd = document.createElement("input");
        bevestigd.type = "hidden"; bevestigd.name = "bevestigd"; bevestigd.value = "1";
        form.appendChild(bevestigd);
        wis();
      }
      bezig = true;
      if (knop && knop.hasAttribute("data-download")) {
        // A download leaves the page in place: warn again afterwards.
        window.setTimeout(function () { bezig = false; }, 2000);
      }
    });
    // Header button "Acuut gevaar?" and others outside the form also submit it.
    window.addEventListener("beforeunload", function (e) {
      if (bezig) { return; }
      if (gewijzigd || rev > 1) { e.preventDefault(); e.returnValue = ""; }
    });
    document.addEventListener("click", function (e) {
      var a = e.target.closest ? e.target.closest("a[href^='tel:']") : null;
      if (a) { bezig = true; window.setTimeout(function () { bezig = false; }, 1500); }
    });
    // Choosing to report opens the part about the report.
    form.addEventListener("change", function (e) {
      var melding = document.getElementById("rond-melding");
      if (melding && e.target.name === "melden_keuze" && e.target.value === "ja") { melding.open = true; }
    });
    tellers(form);
    var fout = document.getElementById("foutsamenvatting");
    if (fout) { fout.focus(); }
    schrijfcheck(form);
  }

  // A counter for fields with a limit: always for short fields, near the limit for notes.
  function tellers(form) {
    Array.prototype.forEach.call(form.querySelectorAll("[data-max]"), function (veld) {
      var max = parseInt(veld.getAttribute("data-max"), 10);
      if (!max) { return; }
      var teller = document.createElement("p");
      teller.className = "mw-teller";
      teller.id = veld.id + "_teller";
      teller.setAttribute("aria-live", "polite");
      veld.parentNode.insertBefore(teller, veld.nextSibling);
      function tel() {
        var n = veld.value.length;
        var tonen = max <= 300 || n >= max * 0.9;
        teller.hidden = !tonen;
        teller.textContent = n > max
          ? n + " van " + max + " tekens: " + (n - max) + " te veel. Maak de tekst korter."
          : n + " van " + max + " tekens";
        teller.classList.toggle("mw-teller--te-lang", n > max);
      }
      veld.addEventListener("input", tel);
      tel();
    });
  }

  function schrijfcheck(form) {
    var token = form.querySelector("input[name=csrfmiddlewaretoken]");
    if (!window.fetch || !token) { return; }
    var adres = document.body.getAttribute("data-schrijfcheck");
    if (!adres) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("[data-schrijfcheck-voor]"), function (vak) {
      var veld = document.getElementById(vak.getAttribute("data-schrijfcheck-voor"));
      if (!veld) { return; }
      var wachten = null;
      veld.addEventListener("input", function () {
        window.clearTimeout(wachten);
        wachten = window.setTimeout(function () {
          var soortVeld = form.querySelector("input[name=sig_soort]:checked");
          var soort = veld.name === "sig_tekst" && soortVeld ? soortVeld.value : null;
          fetch(adres, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", "X-CSRFToken": token.value },
            body: JSON.stringify({ tekst: veld.value, soort: soort })
          }).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
            if (data && data.bevindingen) { toonBevindingen(vak, data.bevindingen); }
          }).catch(function () { /* offline: the check runs again after sending */ });
        }, 700);
      });
      if (veld.name === "sig_tekst") {
        // A hypothesis may interpret, a fact may not: check again when the type changes.
        Array.prototype.forEach.call(form.querySelectorAll("input[name=sig_soort]"), function (r) {
          r.addEventListener("change", function () {
            if (veld.value) { veld.dispatchEvent(new Event("input")); }
          });
        });
      }
    });
  }

  function toonBevindingen(vak, lijst) {
    while (vak.firstChild) { vak.removeChild(vak.firstChild); }
    if (!lijst.length) { return; }
    var doos = document.createElement("div");
    doos.className = "mw-bevindingen";
    var titel = document.createElement("p");
    titel.className = "mw-bevindingen__titel";
    titel.textContent = "Schrijftips";
    doos.appendChild(titel);
    var ul = document.createElement("ul");
    ul.className = "mw-bevindingen__lijst";
    lijst.forEach(function (b) {
      var li = document.createElement("li");
      var q = document.createElement("q");
      q.textContent = b.tekst;
      li.appendChild(q);
      li.appendChild(document.createTextNode(": " + b.uitleg + (b.suggestie ? " " + b.suggestie : "")));
      ul.appendChild(li);
    });
    doos.appendChild(ul);
    vak.appendChild(doos);
  }

  // A reload or Back should fetch the page shown (GET), not resend the form to the address
  // it was posted to: that may be another step (a save with an error) or /openen/.
  function zetAdres() {
    var adres = document.body.getAttribute("data-adres");
    if (!adres || !window.history || !window.history.replaceState) { return; }
    window.history.replaceState(null, "", adres + window.location.hash);
  }

  document.addEventListener("DOMContentLoaded", function () {
    zetAdres();
    var form = document.getElementById("casus");
    if (form && form.querySelector("input[name=staat]") && form.getAttribute("data-rev") !== null) {
      casusPagina(form);
    } else {
      startPagina();
    }
  });
}());
