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
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (json) { target.innerHTML = json.html; })
      .catch(function () { target.textContent = 'Không tải được bản xem trước.'; });
  }
  source.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(render, 300); });
  render();
})();
