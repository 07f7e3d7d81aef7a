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
