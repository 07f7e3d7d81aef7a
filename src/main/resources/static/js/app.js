// Small enhancements on top of pages that work without JavaScript (issue 13, items 4, 7 and 10).
(function () {
  'use strict';

  // The main menu is a <details> element: a "Menu" button on small screens. On wide screens it is open.
  var menu = document.getElementById('menu');
  if (menu) {
    var wide = window.matchMedia('(min-width: 64rem)');
    var follow = function () {
      if (wide.matches) {
        menu.open = true;
      } else if (!menu.hasAttribute('data-user-opened')) {
        menu.open = false;
      }
    };
    menu.querySelector('summary').addEventListener('click', function () {
      if (menu.open) {
        menu.removeAttribute('data-user-opened');
      } else {
        menu.setAttribute('data-user-opened', '');
      }
    });
    follow();
    wide.addEventListener('change', follow);
  }

  // After a form error: the title starts with "Fout:" and focus moves to the error summary (or, on a form
  // that shows its errors only next to the fields, to the first field in error).
  var summary = document.querySelector('.jr-error-summary') || document.querySelector('[aria-invalid="true"]');
  if (summary) {
    if (document.title.indexOf('Fout:') !== 0) {
      document.title = 'Fout: ' + document.title;
    }
    if (!summary.matches('input, select, textarea, button, a[href]') && !summary.hasAttribute('tabindex')) {
      summary.setAttribute('tabindex', '-1');
    }
    summary.focus();
  }
})();

// ADR 0040: two minutes before the idle session ends, say so in the aria-live region with a "Blijf ingelogd" button
// that keeps the session; when it has ended, go to the login page that says why. Every htmx request also keeps it.
(function () {
  'use strict';
  var region = document.getElementById('sessie-melding');
  if (!region || !region.dataset.seconden) {
    return;
  }
  var seconds = parseInt(region.dataset.seconden, 10);
  var warnBefore = Math.min(120, Math.floor(seconds / 2));
  var warnTimer;
  var endTimer;
  var clear = function () {
    region.textContent = '';
    region.classList.remove('jr-session-warning--shown');
  };
  var warn = function () {
    clear();
    var text = document.createElement('p');
    text.className = 'utrecht-paragraph';
    text.textContent = 'U heeft een tijd niets gedaan. Over ' + Math.round(warnBefore / 60) +
        ' minuten wordt u uitgelogd. Wat u niet heeft opgeslagen, gaat dan verloren.';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'utrecht-button utrecht-button--primary-action';
    button.textContent = 'Blijf ingelogd';
    button.addEventListener('click', function () {
      fetch(region.dataset.verlengUrl, { credentials: 'same-origin' }).then(function (response) {
        if (response.ok) {
          clear();
          start();
        }
      });
    });
    region.appendChild(text);
    region.appendChild(button);
    region.classList.add('jr-session-warning--shown');
  };
  var start = function () {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(warn, (seconds - warnBefore) * 1000);
    endTimer = setTimeout(function () {
      window.location.href = region.dataset.verlopenUrl;
    }, seconds * 1000);
  };
  document.body.addEventListener('htmx:afterRequest', start);
  start();
}());
