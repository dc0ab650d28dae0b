// The clinic site's chat widget: a "Chat about knee pain" button that opens the chat in an
// iframe served by the bot. Include with:
//   <script src="https://BOT-HOST/embed.js" defer></script>
// Optional attributes: data-label="…" (button text), data-position="left" (default right).
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || document.getElementById('clinic-chat-launcher')) return;
  var origin = new URL(script.src, window.location.href).origin;
  var label = script.getAttribute('data-label') || 'Chat about knee pain';
  var side = script.getAttribute('data-position') === 'left' ? 'left' : 'right';

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
    position: 'fixed', bottom: '16px', zIndex: '2147483000', minHeight: '48px', padding: '12px 20px',
    border: '0', borderRadius: '24px', background: '#0b5567', color: '#ffffff', font: '600 16px system-ui, sans-serif',
    boxShadow: '0 2px 8px rgba(0,0,0,.3)', cursor: 'pointer'
  });
  button.style[side] = '16px';

  var frame = document.createElement('iframe');
  frame.id = 'clinic-chat-frame';
  frame.title = 'Chat with the clinic about knee pain';
  frame.hidden = true;
  frame.setAttribute('allow', '');
  css(frame, {
    position: 'fixed', bottom: '76px', zIndex: '2147483000', width: 'min(400px, calc(100vw - 32px))',
    height: 'min(640px, calc(100vh - 96px))', border: '1px solid #0b5567', borderRadius: '12px',
    background: '#ffffff', boxShadow: '0 4px 16px rgba(0,0,0,.3)'
  });
  frame.style[side] = '16px';

  function setOpen(open) {
    if (open && !frame.src) frame.src = origin + '/embed'; // loaded on first open, not with the site
    frame.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) frame.focus();
    else button.focus();
  }

  button.addEventListener('click', function () {
    setOpen(frame.hidden);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !frame.hidden && document.activeElement === frame) setOpen(false);
  });
  // Escape pressed inside the chat arrives as a message from the chat's own origin.
  window.addEventListener('message', function (e) {
    if (e.origin === origin && e.source === frame.contentWindow && e.data && e.data.type === 'clinic-chat:close' && !frame.hidden) {
      setOpen(false);
    }
  });

  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
