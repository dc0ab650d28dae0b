// The staff page's only script (loaded with the page's CSP nonce): keeps the queue current.
// Every 15 s (and when the tab comes back into view) it fetches this same page and swaps in the
// queue and the title (with the open count). The refresh does not count as activity, so the idle
// sign-out still happens; when it does, the page reloads and shows the sign-in form.
(function () {
  'use strict';
  var url = new URL(window.location.href);
  // The "Saved" notice belongs to the change just made, not to later reloads.
  if (url.searchParams.has('saved')) {
    url.searchParams.delete('saved');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  var queue = document.getElementById('queue');
  if (!queue) return;
  var seconds = Number(queue.getAttribute('data-refresh-seconds')) || 15;
  var busy = false;

  function refresh() {
    if (busy || document.hidden) return;
    busy = true;
    fetch(window.location.pathname + window.location.search, {
      headers: { 'X-Staff-Refresh': '1' },
      credentials: 'same-origin',
      cache: 'no-store',
    })
      .then(function (res) {
        if (res.status === 401) {
          window.location.reload();
          return null;
        }
        return res.ok ? res.text() : null;
      })
      .then(function (html) {
        if (!html) return;
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var next = doc.getElementById('queue');
        var current = document.getElementById('queue');
        if (!next || !current) return;
        // Keep the keyboard where it was: a focused button comes back focused after the swap.
        var focusedId = null;
        var active = document.activeElement;
        if (active && current.contains(active)) {
          var row = active.closest('tr');
          focusedId = row ? row.id + '|' + (active.getAttribute('value') || '') : null;
        }
        current.replaceWith(document.importNode(next, true));
        document.title = doc.title;
        var count = doc.getElementById('open-count');
        var here = document.getElementById('open-count');
        // A live region: screen readers hear "4 to call" only when the number changes.
        if (count && here && here.textContent !== count.textContent) here.textContent = count.textContent;
        if (focusedId) {
          var parts = focusedId.split('|');
          var again = document.getElementById(parts[0]);
          var button = again && again.querySelector('button[value="' + parts[1] + '"]');
          if (button) button.focus();
        }
      })
      .catch(function () {
        /* offline for a moment: try again next time */
      })
      .then(function () {
        busy = false;
      });
  }

  window.setInterval(refresh, seconds * 1000);
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) refresh();
  });
})();
