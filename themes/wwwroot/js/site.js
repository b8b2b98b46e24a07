// Small progressive enhancements; every page works without this file.
document.addEventListener('click', function (event) {
  var target = event.target.closest('[data-print]');
  if (target) { window.print(); }
});
// External video: the third-party player loads only after the visitor asks for it.
document.addEventListener('click', function (event) {
  var start = event.target.closest('[data-load-video]');
  if (!start) return;
  event.preventDefault();
  var box = start.closest('[data-embed]');
  var frame = document.createElement('iframe');
  frame.src = box.getAttribute('data-embed');
  frame.title = box.getAttribute('data-title') || 'Video';
  frame.width = 1280; frame.height = 720;
  frame.allowFullscreen = true;
  frame.setAttribute('allow', 'fullscreen; picture-in-picture');
  box.replaceChildren(frame);
  frame.focus();
});
// Phone menu: without script the "Menu" link opens the list through :target; with it, a real button
// (aria-expanded, aria-controls) opens and closes it, and Escape closes it and returns to the button.
(function () {
  var link = document.querySelector('[data-menu-toggle]');
  if (!link) return;
  var list = document.getElementById(link.getAttribute('href').slice(1));
  var button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.textContent = link.textContent;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', list.id);
  link.replaceWith(button);
  list.classList.add('is-enhanced');
  var close = list.querySelector('[data-menu-close]');
  if (close) close.parentElement.hidden = true;
  function set(open) {
    button.setAttribute('aria-expanded', String(open));
    list.classList.toggle('is-open', open);
  }
  button.addEventListener('click', function () { set(button.getAttribute('aria-expanded') !== 'true'); });
  list.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') { set(false); button.focus(); }
  });
  button.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') set(false);
  });
})();
// Page views: one beacon per page shown, cached pages included; it carries no id of the visitor.
(function () {
  var url = document.body.getAttribute('data-beacon');
  if (url && navigator.sendBeacon) navigator.sendBeacon(url);
})();
