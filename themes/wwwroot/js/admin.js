// A refused action: move focus to the message at the top of the form (a screen reader reads it, the page scrolls
// there) and mark each field that has its own message as invalid, described by that message.
(function () {
  var summary = document.querySelector('[data-autofocus]');
  if (summary) summary.focus();
  document.querySelectorAll('.field-validation-error[data-valmsg-for]').forEach(function (message, index) {
    var control = document.getElementsByName(message.getAttribute('data-valmsg-for'))[0];
    if (!control || control.type === 'hidden') return;
    if (!message.id) message.id = 'field-error-' + index;
    control.setAttribute('aria-invalid', 'true');
    var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    if (described.indexOf(message.id) < 0) described.push(message.id);
    control.setAttribute('aria-describedby', described.join(' '));
  });
})();

// Live preview of the Markdown body, rendered and sanitized by the server.
(function () {
  var source = document.querySelector('[data-preview-source]');
  if (!source) return;
  var target = document.getElementById(source.getAttribute('data-preview-source'));
  var form = source.form;
  var timer = null;
  function render() {
    var data = new FormData();
    data.append('markdown', source.value);
    var token = form.querySelector('input[name="__RequestVerificationToken"]');
    if (token) data.append('__RequestVerificationToken', token.value);
    fetch('/admin/api/xem-truoc', { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (json) { return { ok: r.ok, json: json }; }); })
      .then(function (answer) {
        // A refused body (too long, nested too deep) comes back as a problem whose detail says why.
        if (answer.ok) target.innerHTML = answer.json.html;
        else target.textContent = answer.json.detail || 'Không tải được bản xem trước.';
      })
      .catch(function () { target.textContent = 'Không tải được bản xem trước.'; });
  }
  source.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(render, 300); });
  render();
})();
