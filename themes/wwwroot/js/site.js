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
