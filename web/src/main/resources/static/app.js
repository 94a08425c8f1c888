// PCMS console: small progressive enhancements. Every page works without this file.
// - live updates: new inbox items arrive over /events (server-sent events relayed by the console with the officer's
//   token, which never reaches this page);
// - the service worker, which caches the shell only (see /sw.js);
// - the error summary takes the focus, so that a screen reader announces what to fix.
(function () {
  'use strict';

  function showUnread(count) {
    var badge = document.getElementById('unread-badge');
    if (!badge) { return; }
    badge.textContent = String(count);
    badge.hidden = count === 0;
  }

  function addInboxItem(item) {
    var list = document.getElementById('inbox-items');
    var count = document.getElementById('inbox-count');
    if (count) { count.textContent = String(Number(count.textContent || '0') + 1); }
    if (!list) { return; }
    var empty = document.getElementById('inbox-empty');
    if (empty) { empty.remove(); }
    var entry = document.createElement('li');
    entry.className = 'urgency-' + (item.urgency || 'ROUTINE');
    var link = document.createElement('a');
    link.href = '/inbox';
    link.textContent = item.title || '';
    entry.appendChild(link);
    list.insertBefore(entry, list.firstChild);
  }

  function listen() {
    var source = document.body.getAttribute('data-live');
    if (!source || !window.EventSource) { return; }
    var unread = 0;
    var events = new EventSource(source);
    events.addEventListener('inbox-item', function (event) {
      try {
        var item = JSON.parse(event.data);
        unread += 1;
        showUnread(unread);
        addInboxItem(item);
      } catch (ignored) { /* a malformed event changes nothing on the page */ }
    });
    window.addEventListener('pagehide', function () { events.close(); });
  }

  function focusErrors() {
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    listen();
    focusErrors();
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/sw.js').catch(function () { /* the console works without it */ });
    }
  });
}());
