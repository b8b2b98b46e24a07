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
