// The clinic site's chat widget: a "Chat about knee pain" button that opens the chat in an
// iframe served by the bot. Include with:
//   <script src="https://BOT-HOST/embed.js" defer></script>
// Optional attributes: data-label="…" (button text), data-position="left" (default right),
// data-phone="(214) 972-0302" (shown if the bot cannot be reached at all), data-lang="es" (else
// the page's own <html lang>): a Spanish site gets the button, the chat and the fallback in Spanish.
//
// One conversation per visitor across the clinic's pages: the frame is cross-site and gets no
// lasting storage, so this loader (on the clinic's own origin) keeps the conversation id and its
// refreshable token in localStorage and hands them to the frame by postMessage; messages are
// accepted only from the bot's origin and from our own frame.
// Below 600 px the chat is a full-screen sheet with a close button; a site the bot does not
// allow (WEB_CHAT_EMBED_ORIGINS) gets a small card with the clinic's phone number instead.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || document.getElementById('clinic-chat-launcher')) return;
  var origin = new URL(script.src, window.location.href).origin;
  var lang = (script.getAttribute('data-lang') || document.documentElement.lang || 'en').toLowerCase();
  var spanish = lang.split('-')[0] === 'es';
  // A Spanish site asks for Spanish; otherwise the visitor's browser language decides, as on /.
  var query = spanish ? '?lang=es' : '';
  // The loader's own two words per language (it runs before the bot answers); the rest comes from the bot.
  var label = script.getAttribute('data-label') || (spanish ? 'Pregunte por su rodilla' : 'Chat about knee pain');
  var side = script.getAttribute('data-position') === 'left' ? 'left' : 'right';
  var KEY = 'clinic-chat:' + origin;
  var phone = window.matchMedia('(max-width: 599px)');

  // Styles via the CSSOM (element.style) so the host page's CSP need not allow inline styles.
  function css(el, styles) {
    for (var k in styles) el.style[k] = styles[k];
  }

  var button = document.createElement('button');
  button.id = 'clinic-chat-launcher';
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'clinic-chat-frame');
  css(button, {
    position: 'fixed',
    bottom: '16px',
    zIndex: '2147483000',
    minHeight: '48px',
    padding: '12px 20px',
    border: '0',
    borderRadius: '24px',
    background: '#0b5567',
    color: '#ffffff',
    font: '600 16px system-ui, sans-serif',
    boxShadow: '0 2px 8px rgba(0,0,0,.3)',
    cursor: 'pointer',
  });
  button.style[side] = '16px';

  var frame = null;
  var fallback = null;
  var config = null; // GET /embed/config: may this site show the chat, and the clinic's phone
  var open = false;
  var bodyOverflow = '';

  function loadConfig() {
    if (!config) {
      config = fetch(origin + '/embed/config' + query, { credentials: 'omit' })
        .then(function (res) {
          if (!res.ok) throw new Error('config ' + res.status);
          return res.json();
        })
        .catch(function () {
          return { allowed: false, unreachable: true };
        });
    }
    return config;
  }

  function saved() {
    try {
      var s = JSON.parse(window.localStorage.getItem(KEY) || 'null');
      return s && s.expiresAt > Date.now() ? s : null;
    } catch {
      return null;
    }
  }

  function layout() {
    if (!frame) return;
    if (phone.matches) {
      // Full-screen sheet; the frame's own header has the close button.
      css(frame, {
        top: '0',
        left: '0',
        right: '0',
        bottom: '0',
        width: '100%',
        height: '100%',
        border: '0',
        borderRadius: '0',
        boxShadow: 'none',
      });
    } else {
      css(frame, {
        top: 'auto',
        bottom: '76px',
        left: 'auto',
        right: 'auto',
        width: 'min(400px, calc(100vw - 32px))',
        height: 'min(640px, calc(100vh - 96px))',
        border: '1px solid #0b5567',
        borderRadius: '12px',
        boxShadow: '0 4px 16px rgba(0,0,0,.3)',
      });
      frame.style[side] = '16px';
    }
    // On a phone the sheet covers the page: the launcher hides and the page does not scroll behind.
    button.style.display = open && phone.matches ? 'none' : '';
    document.documentElement.style.overflow = open && phone.matches ? 'hidden' : bodyOverflow;
  }

  // The frame is made on first intent (hover, focus, touch) so the chat is ready when opened.
  function ensureFrame() {
    return loadConfig().then(function (c) {
      if (!c.allowed) return null;
      if (!frame) {
        frame = document.createElement('iframe');
        frame.id = 'clinic-chat-frame';
        frame.title = spanish
          ? 'Chat con la clínica sobre el dolor de rodilla'
          : 'Chat with the clinic about knee pain';
        frame.hidden = true;
        frame.setAttribute('allow', '');
        css(frame, { position: 'fixed', zIndex: '2147483001', background: '#ffffff' });
        frame.src = origin + '/embed' + query;
        document.body.appendChild(frame);
        layout();
      }
      return frame;
    });
  }

  function showFallback(c) {
    if (!fallback) {
      fallback = document.createElement('div');
      fallback.id = 'clinic-chat-fallback';
      fallback.setAttribute('role', 'dialog');
      fallback.setAttribute('aria-label', label);
      fallback.tabIndex = -1;
      css(fallback, {
        position: 'fixed',
        bottom: '76px',
        zIndex: '2147483001',
        maxWidth: 'min(320px, calc(100vw - 32px))',
        padding: '16px',
        background: '#ffffff',
        color: '#1d1d1f',
        border: '1px solid #0b5567',
        borderRadius: '12px',
        boxShadow: '0 4px 16px rgba(0,0,0,.3)',
        font: '16px/1.4 system-ui, sans-serif',
      });
      fallback.style[side] = '16px';
      var text = document.createElement('p');
      css(text, { margin: '0 0 12px' });
      var number = c.phoneDisplay || script.getAttribute('data-phone') || '';
      text.textContent = c.unavailableText || number;
      fallback.appendChild(text);
      if (number) {
        var call = document.createElement('a');
        call.href = c.phoneTel || 'tel:' + number.replace(/[^\d+]/g, '');
        call.textContent = number;
        css(call, {
          display: 'inline-block',
          minHeight: '44px',
          padding: '10px 16px',
          borderRadius: '22px',
          background: '#0b5567',
          color: '#ffffff',
          fontWeight: '700',
          textDecoration: 'none',
        });
        fallback.appendChild(call);
      }
      document.body.appendChild(fallback);
    }
    fallback.hidden = false;
    fallback.focus();
  }

  function setOpen(next) {
    open = next;
    button.setAttribute('aria-expanded', String(next));
    if (!next) {
      if (frame) frame.hidden = true;
      if (fallback) fallback.hidden = true;
      layout();
      button.focus();
      return;
    }
    ensureFrame().then(function (f) {
      if (!open) return;
      if (!f) return loadConfig().then(showFallback);
      f.hidden = false;
      layout();
      f.focus();
    });
  }

  button.addEventListener('click', function () {
    setOpen(!open);
  });
  ['pointerenter', 'focus', 'touchstart'].forEach(function (type) {
    button.addEventListener(
      type,
      function () {
        ensureFrame();
      },
      { once: true, passive: true },
    );
  });
  document.addEventListener('keydown', function (e) {
    if (
      e.key === 'Escape' &&
      open &&
      (document.activeElement === frame || (fallback && fallback.contains(document.activeElement)))
    )
      setOpen(false);
  });
  if (phone.addEventListener) phone.addEventListener('change', layout);

  // Only our own frame, from the bot's origin, is listened to.
  window.addEventListener('message', function (e) {
    if (!frame || e.origin !== origin || e.source !== frame.contentWindow || !e.data) return;
    var d = e.data;
    if (d.type === 'clinic-chat:hello') {
      frame.contentWindow.postMessage({ type: 'clinic-chat:session', session: saved() }, origin);
    } else if (d.type === 'clinic-chat:save' && d.session && typeof d.session.token === 'string') {
      try {
        window.localStorage.setItem(
          KEY,
          JSON.stringify({
            token: d.session.token,
            conversationId: d.session.conversationId,
            domain: d.session.domain,
            userId: d.session.userId,
            expiresAt: d.session.expiresAt,
          }),
        );
      } catch {
        /* storage disabled: the chat works, it just starts afresh on the next page */
      }
    } else if (d.type === 'clinic-chat:forget') {
      try {
        window.localStorage.removeItem(KEY);
      } catch {
        /* storage disabled */
      }
    } else if (d.type === 'clinic-chat:close' && open) {
      setOpen(false);
    }
  });

  bodyOverflow = document.documentElement.style.overflow;
  document.body.appendChild(button);
  // A visitor already chatting on another page: get the chat ready straight away.
  if (saved()) ensureFrame();
})();
