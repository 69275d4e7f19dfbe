/* global window, document */
/*
 * Mesa chat widget loader. Put one tag on any page:
 *   <script src="https://DESK/portal/chat-widget.js" async></script>
 * Optional: data-lang="es|en", data-position="left|right".
 * It adds a button that opens the chat in an iframe served by the desk (/portal/chat?embed=1): the
 * host page never sees the conversation and the chat never sees the host page (no shared DOM).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__mesaChatWidget) return;
  window.__mesaChatWidget = true;
  var origin = new URL(script.src).origin;
  var lang = script.getAttribute('data-lang') || ((navigator.language || 'es').toLowerCase().indexOf('es') === 0 ? 'es' : 'en');
  var side = script.getAttribute('data-position') === 'left' ? 'left' : 'right';
  var labels = { es: ['Ayuda', 'Abrir el chat de ayuda', 'Cerrar el chat de ayuda'], en: ['Help', 'Open the help chat', 'Close the help chat'] }[lang === 'en' ? 'en' : 'es'];

  var host = document.createElement('div');
  host.setAttribute('data-mesa-chat', '');
  var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  var style = document.createElement('style');
  style.textContent =
    ':host{all:initial}' +
    '.btn{position:fixed;bottom:20px;' + side + ':20px;z-index:2147483000;background:#1d4ed8;color:#fff;border:0;border-radius:999px;padding:12px 18px;font:600 15px system-ui,sans-serif;box-shadow:0 6px 20px rgba(15,23,42,.25);cursor:pointer}' +
    '.btn:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}' +
    '.frame{position:fixed;bottom:76px;' + side + ':20px;z-index:2147483000;width:min(380px,calc(100vw - 40px));height:min(560px,calc(100vh - 100px));border:1px solid #cbd5e1;border-radius:14px;box-shadow:0 12px 40px rgba(15,23,42,.3);background:#fff;display:none}' +
    '.frame.open{display:block}';
  var button = document.createElement('button');
  button.className = 'btn';
  button.type = 'button';
  button.textContent = labels[0];
  button.setAttribute('aria-label', labels[1]);
  button.setAttribute('aria-expanded', 'false');
  var frame = null;
  button.addEventListener('click', function () {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.className = 'frame';
      frame.title = labels[0];
      frame.src = origin + '/portal/chat?embed=1&lang=' + lang;
      frame.setAttribute('referrerpolicy', 'no-referrer');
      root.appendChild(frame);
    }
    var open = !frame.classList.contains('open');
    frame.classList.toggle('open', open);
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? labels[2] : labels[1]);
    if (open) frame.focus();
  });
  root.appendChild(style);
  root.appendChild(button);
  (document.body || document.documentElement).appendChild(host);
})();
