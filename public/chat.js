// The clinic chat page: gets a Direct Line token from this server, renders Microsoft's Web Chat,
// and keeps the token fresh. Works the same with the built-in Direct Line and Azure's.
(function () {
  'use strict';

  var statusEl = document.getElementById('chat-status');
  var root = document.getElementById('webchat');
  var welcome = document.getElementById('chat-welcome');
  var nonceMeta = document.querySelector('meta[name="webchat-nonce"]');
  var callLink = document.querySelector('.call-link');
  var phone = callLink ? callLink.textContent.trim() : '';

  function setStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.classList.toggle('error', Boolean(isError));
  }

  function failed() {
    // The page's words come from the server, in the page's language (knowledge/messages, web-failed).
    setStatus(statusEl.getAttribute('data-failed') || phone, true);
  }

  function getToken() {
    return fetch('/api/directline/token', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    }).then(function (res) {
      if (!res.ok) throw new Error('token ' + res.status);
      return res.json();
    });
  }

  // Starts the conversation at once, while the Web Chat bundle is still on its way: the bot's
  // welcome is then ready (and shown, below) by the time Web Chat can draw anything.
  function startConversation(t) {
    // The page's locale goes with it, so the bot's welcome is already in the page's language.
    return fetch(t.domain + '/conversations', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + t.token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: chatLocale() }),
    })
      .then(function (res) {
        if (!res.ok) throw new Error('start ' + res.status);
        return res.json();
      })
      .then(function (body) {
        t.token = body.token || t.token;
        t.conversationId = body.conversationId || t.conversationId;
        if (body.expires_in) t.expires_in = body.expires_in;
        return t;
      });
  }

  // Where the conversation is remembered. On the chat page: this tab's sessionStorage (a reload
  // or Back continues it). In the clinic site's widget the frame is cross-site and gets no
  // lasting storage, so the loader on the clinic's own origin (embed.js) keeps it and hands it
  // over by postMessage; both sides check who they talk to.
  var SAVED = 'clinic-chat';
  var embedded = document.body.classList.contains('mode-embed') && window.parent !== window;
  var embedMeta = document.querySelector('meta[name="embed-origins"]');
  var parentOrigins = [window.location.origin].concat(
    ((embedMeta && embedMeta.content) || '').split(/\s+/).filter(Boolean),
  );
  var parentOrigin = null; // set once the host page has answered from an allowed origin

  function allowedParent(origin) {
    for (var i = 0; i < parentOrigins.length; i++) {
      var p = parentOrigins[i];
      if (p === origin) return true;
      var m = /^(https?:\/\/)\*\.(.+)$/.exec(p);
      if (m && origin.indexOf(m[1]) === 0 && origin.slice(-(m[2].length + 1)) === '.' + m[2]) return true;
    }
    return false;
  }

  function askHost() {
    return new Promise(function (resolve) {
      var done = false;
      function finish(v) {
        if (done) return;
        done = true;
        window.removeEventListener('message', onMessage);
        resolve(v);
      }
      function onMessage(e) {
        if (e.source !== window.parent || !allowedParent(e.origin) || !e.data || e.data.type !== 'clinic-chat:session')
          return;
        parentOrigin = e.origin;
        finish(e.data.session || null);
      }
      window.addEventListener('message', onMessage);
      // Only a greeting: nothing private goes to a parent that has not identified itself.
      window.parent.postMessage({ type: 'clinic-chat:hello' }, '*');
      window.setTimeout(function () {
        finish(null);
      }, 1500);
    });
  }

  function loadSaved() {
    if (embedded) return askHost();
    try {
      return Promise.resolve(JSON.parse(window.sessionStorage.getItem(SAVED) || 'null'));
    } catch {
      return Promise.resolve(null);
    }
  }

  function save(t) {
    var s = {
      token: t.token,
      conversationId: t.conversationId,
      domain: t.domain,
      userId: t.userId,
      expiresAt: Date.now() + t.expires_in * 1000,
    };
    if (embedded) {
      if (parentOrigin) window.parent.postMessage({ type: 'clinic-chat:save', session: s }, parentOrigin);
      return;
    }
    try {
      window.sessionStorage.setItem(SAVED, JSON.stringify(s));
    } catch {
      /* storage disabled: the chat still works, it just will not resume */
    }
  }

  function forget() {
    if (embedded) {
      if (parentOrigin) window.parent.postMessage({ type: 'clinic-chat:forget' }, parentOrigin);
      return;
    }
    try {
      window.sessionStorage.removeItem(SAVED);
    } catch {
      /* storage disabled */
    }
  }

  function resume(s) {
    if (!s || !s.token || !s.domain || !(s.expiresAt > Date.now() + 15000))
      return Promise.reject(new Error('nothing to resume'));
    return fetch(s.domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + s.token } })
      .then(function (res) {
        if (!res.ok) throw new Error('resume ' + res.status);
        return res.json();
      })
      .then(function (body) {
        if (body.conversationId && body.conversationId !== s.conversationId) throw new Error('other conversation');
        return {
          token: body.token,
          conversationId: s.conversationId,
          domain: s.domain,
          userId: s.userId,
          expires_in: body.expires_in,
          resumed: true,
        };
      });
  }

  // The welcome as plain text until Web Chat takes over (it then shows the same message).
  var webChatShown = false;
  function showWelcome(t) {
    var tries = 0;
    function poll() {
      if (webChatShown || tries++ > 40) return;
      fetch(t.domain + '/conversations/' + encodeURIComponent(t.conversationId) + '/activities', {
        headers: { Authorization: 'Bearer ' + t.token },
      })
        .then(function (res) {
          return res.ok ? res.json() : { activities: [] };
        })
        .then(function (body) {
          var first = (body.activities || []).filter(function (a) {
            return a.type === 'message' && a.from && a.from.role === 'bot' && a.text;
          })[0];
          if (webChatShown) return;
          if (!first) return window.setTimeout(poll, 250);
          welcome.textContent = first.text
            .replace(/\*\*([^*\n]+)\*\*/g, '$1')
            .replace(/\[([^\]\n]+)\]\([^)\s]+\)/g, '$1');
          welcome.hidden = false;
          setStatus('');
        })
        .catch(function () {
          /* Web Chat will show it */
        });
    }
    poll();
  }

  // Resolves when the deferred bundles have run (they may already have).
  function whenWebChat() {
    return new Promise(function (resolve, reject) {
      if (window.WebChat && window.markdownit) return resolve();
      var bundle = document.getElementById('webchat-bundle');
      bundle.addEventListener('load', function () {
        if (window.WebChat && window.markdownit) resolve();
        else
          window.addEventListener('load', function () {
            if (window.WebChat && window.markdownit) resolve();
            else reject(new Error('no Web Chat'));
          });
      });
      bundle.addEventListener('error', function () {
        reject(new Error('Web Chat did not load'));
      });
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
          save({
            token: body.token,
            conversationId: body.conversationId,
            domain: domain,
            userId: savedUserId,
            expires_in: body.expires_in || expiresIn,
          });
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
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && !webChatShown) {
            // Web Chat now shows the transcript itself: the plain-text welcome steps aside.
            webChatShown = true;
            window.requestAnimationFrame(function () {
              welcome.hidden = true;
            });
          }
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
    transcriptVisualKeyboardIndicatorWidth: 3,
  };

  // Markdown for the minimal Web Chat bundle (which has no renderer of its own): markdown-it
  // with raw HTML off, links checked by markdown-it (no javascript:), web links in a new tab.
  function createMarkdown() {
    var md = window.markdownit({ html: false, linkify: false, breaks: true, typographer: true });
    var defaultOpen =
      md.renderer.rules.link_open ||
      function (tokens, idx, options, env, self) {
        return self.renderToken(tokens, idx, options);
      };
    md.renderer.rules.link_open = function (tokens, idx, options, env, self) {
      var href = tokens[idx].attrGet('href') || '';
      if (/^https?:/i.test(href)) {
        tokens[idx].attrSet('target', '_blank');
        tokens[idx].attrSet('rel', 'noopener noreferrer');
      }
      return defaultOpen(tokens, idx, options, env, self);
    };
    return function (text) {
      return md.render(text || '');
    };
  }

  function close() {
    window.parent.postMessage({ type: 'clinic-chat:close' }, parentOrigin || '*');
  }

  // In the site widget, Escape (when Web Chat did not use it) and the close button ask the host
  // page to close us; key presses inside an iframe never reach the host page on their own.
  if (embedded) {
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    });
    var closeButton = document.querySelector('.close-chat');
    if (closeButton) closeButton.addEventListener('click', close);
  }

  // Web Chat's own words (send box, "Send", timestamps) in Spanish when the page is: ?lang=es, the
  // page's <html lang>, or else the browser's language. Web Chat also puts this locale on every
  // message, which the bot reads as the first hint of the conversation's language.
  function chatLocale() {
    var asked = new URLSearchParams(window.location.search).get('lang');
    var lang = asked || document.documentElement.getAttribute('lang') || navigator.language || 'en';
    if (!asked && lang === 'en' && navigator.language) lang = navigator.language; // the page's default
    return /^es\b/i.test(lang) ? 'es-US' : 'en-US';
  }

  var savedUserId;

  loadSaved()
    .then(resume)
    .catch(function () {
      forget();
      return getToken().then(startConversation);
    })
    .then(function (t) {
      savedUserId = t.userId;
      save(t);
      if (!t.resumed) showWelcome(t);
      return whenWebChat().then(function () {
        return t;
      });
    })
    .then(function (t) {
      // With a conversation id directlinejs reconnects to it (and replays the transcript).
      var directLine = window.WebChat.createDirectLine({
        token: t.token,
        domain: t.domain,
        conversationId: t.conversationId,
        webSocket: true,
      });
      scheduleRefresh(directLine, t.domain, t.expires_in);
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          store: createStore(),
          userID: t.userId,
          username: statusEl.getAttribute('data-you') || 'You',
          locale: chatLocale(),
          nonce: nonceMeta ? nonceMeta.content : undefined,
          styleOptions: styleOptions,
          renderMarkdown: createMarkdown(),
          cardActionMiddleware: cardActionMiddleware,
        },
        root,
      );
    })
    .catch(failed);
})();
