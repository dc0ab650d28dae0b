// The clinic chat page: gets a Direct Line token from this server, renders Microsoft's Web Chat,
// and keeps the token fresh. Works the same with the built-in Direct Line and Azure's.
(function () {
  'use strict';

  var statusEl = document.getElementById('chat-status');
  var root = document.getElementById('webchat');
  var nonceMeta = document.querySelector('meta[name="webchat-nonce"]');
  var callLink = document.querySelector('.call-link');
  var phone = callLink ? callLink.textContent.trim() : '';

  function setStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.classList.toggle('error', Boolean(isError));
  }

  function failed() {
    setStatus('Sorry, the chat could not connect. Please reload the page, or call us on ' + phone + '.', true);
  }

  function getToken() {
    return fetch('/api/directline/token', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) {
        if (!res.ok) throw new Error('token ' + res.status);
        return res.json();
      });
  }

  // A reload (or a tap on a link and Back) continues the same conversation in this tab.
  // sessionStorage: gone when the tab closes, never shared with other tabs or sites.
  var SAVED = 'clinic-chat';

  function save(t) {
    try {
      window.sessionStorage.setItem(SAVED, JSON.stringify({
        token: t.token, conversationId: t.conversationId, domain: t.domain, userId: t.userId,
        expiresAt: Date.now() + t.expires_in * 1000
      }));
    } catch (e) { /* storage disabled: the chat still works, it just will not resume */ }
  }

  function resume() {
    var s;
    try {
      s = JSON.parse(window.sessionStorage.getItem(SAVED) || 'null');
    } catch (e) {
      s = null;
    }
    if (!s || !s.token || !(s.expiresAt > Date.now() + 15000)) return Promise.reject(new Error('nothing to resume'));
    return fetch(s.domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + s.token } })
      .then(function (res) {
        if (!res.ok) throw new Error('resume ' + res.status);
        return res.json();
      })
      .then(function (body) {
        if (body.conversationId && body.conversationId !== s.conversationId) throw new Error('other conversation');
        return { token: body.token, conversationId: s.conversationId, domain: s.domain, userId: s.userId, expires_in: body.expires_in, resumed: true };
      });
  }

  // Refresh well before expiry (half-way, at most 5 minutes early); on failure try again soon.
  function scheduleRefresh(directLine, domain, expiresIn) {
    var lead = Math.min(300, expiresIn / 2);
    var delayMs = Math.max(15, expiresIn - lead) * 1000;
    window.setTimeout(function () {
      fetch(domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + directLine.token } })
        .then(function (res) {
          if (!res.ok) throw new Error('refresh ' + res.status);
          return res.json();
        })
        .then(function (body) {
          directLine.token = body.token;
          save({ token: body.token, conversationId: body.conversationId, domain: domain, userId: savedUserId, expires_in: body.expires_in || expiresIn });
          scheduleRefresh(directLine, domain, body.expires_in || expiresIn);
        })
        .catch(function () {
          scheduleRefresh(directLine, domain, Math.max(30, lead));
        });
    }, delayMs);
  }

  // Tap-to-call buttons on cards (Action.OpenUrl with tel:) open the phone app in this tab via a
  // real tel: link; Web Chat's default would open an empty window for them.
  function cardActionMiddleware() {
    return function (next) {
      return function (args) {
        var action = args.cardAction;
        if (action && action.type === 'openUrl' && /^tel:\+?[\d]+$/.test(action.value || '')) {
          var a = document.createElement('a');
          a.href = action.value;
          a.className = 'visually-hidden';
          document.body.appendChild(a);
          a.click();
          a.remove();
          return;
        }
        return next(args);
      };
    };
  }

  // Status line for people (and screen readers): connecting, connected, trouble.
  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') setStatus('');
          else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') failed();
          else if (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS' && action.payload) {
            // 2 online, 3 expired token, 4 failed to connect, 5 ended
            var s = action.payload.connectionStatus;
            if (s === 2) setStatus('');
            else if (s === 3 || s === 4 || s === 5) failed();
          }
          return next(action);
        };
      };
    });
  }

  var styleOptions = {
    accent: '#0b5567',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    subtle: '#595959',
    timestampColor: '#595959',
    sendBoxPlaceholderColor: '#595959',
    bubbleBackground: '#eef3f6',
    bubbleTextColor: '#1d1d1f',
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: '#0b5567',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 8,
    botAvatarInitials: 'IH',
    botAvatarBackgroundColor: '#0b5567',
    // Every choice visible as a button that wraps to the next line, never hidden in a carousel.
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 44,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionTextColor: '#0b5567',
    suggestedActionBorderColor: '#0b5567',
    suggestedActionBorderRadius: 22,
    suggestedActionsStackedLayoutButtonTextWrap: true,
    hideUploadButton: true,
    sendBoxHeight: 48,
    transcriptVisualKeyboardIndicatorColor: '#0b5567',
    transcriptVisualKeyboardIndicatorWidth: 3
  };

  // In the site widget, Escape (when Web Chat did not use it) asks the host page to close us;
  // key presses inside an iframe never reach the host page on their own.
  if (document.body.classList.contains('mode-embed') && window.parent !== window) {
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !e.defaultPrevented) window.parent.postMessage({ type: 'clinic-chat:close' }, '*');
    });
  }

  if (!window.WebChat) {
    failed();
    return;
  }

  var savedUserId;

  resume()
    .catch(function () {
      try {
        window.sessionStorage.removeItem(SAVED);
      } catch (e) { /* storage disabled */ }
      return getToken();
    })
    .then(function (t) {
      savedUserId = t.userId;
      save(t);
      var options = { token: t.token, domain: t.domain, webSocket: true };
      // With a conversation id directlinejs reconnects (and replays the transcript) instead of starting.
      if (t.resumed) options.conversationId = t.conversationId;
      var directLine = window.WebChat.createDirectLine(options);
      scheduleRefresh(directLine, t.domain, t.expires_in);
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          store: createStore(),
          userID: t.userId,
          username: 'You',
          locale: 'en-US',
          nonce: nonceMeta ? nonceMeta.content : undefined,
          styleOptions: styleOptions,
          cardActionMiddleware: cardActionMiddleware
        },
        root
      );
    })
    .catch(failed);
})();
