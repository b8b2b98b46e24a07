// Media library upload: drag and drop, several files, one request per file with its own progress bar.
// Errors come back as problem+json whose detail is already Vietnamese.
(function () {
  var form = document.querySelector('[data-media-upload]');
  if (!form) return;
  var input = form.querySelector('input[type=file]');
  var zone = form.querySelector('[data-dropzone]');
  var list = form.querySelector('[data-upload-list]');
  var token = form.querySelector('input[name="__RequestVerificationToken"]');
  var queue = [];

  function add(files) {
    Array.prototype.forEach.call(files, function (file) {
      var li = document.createElement('li');
      var name = document.createElement('strong');
      name.textContent = file.name;
      li.appendChild(name);
      var alt = null;
      if (/^image\//.test(file.type) || /\.(jpe?g|png|webp|gif|avif)$/i.test(file.name)) {
        var id = 'alt-' + queue.length;
        var label = document.createElement('label');
        label.setAttribute('for', id);
        label.textContent = 'Mô tả ảnh (bắt buộc)';
        alt = document.createElement('input');
        alt.type = 'text'; alt.id = id; alt.maxLength = 500; alt.required = true;
        li.appendChild(label); li.appendChild(alt);
      }
      var progress = document.createElement('progress');
      progress.max = 100; progress.value = 0;
      progress.setAttribute('aria-label', 'Tiến độ tải lên ' + file.name);
      var status = document.createElement('span');
      status.className = 'hint';
      li.appendChild(progress); li.appendChild(status);
      list.appendChild(li);
      queue.push({ file: file, alt: alt, progress: progress, status: status, done: false });
    });
  }

  function send(entry) {
    return new Promise(function (resolve) {
      var data = new FormData();
      data.append('file', entry.file);
      if (entry.alt) data.append('alt', entry.alt.value);
      ['folder', 'tags', 'credit'].forEach(function (n) { var f = form.elements[n]; if (f) data.append(n, f.value); });
      if (token) data.append('__RequestVerificationToken', token.value);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.getAttribute('action'));
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) entry.progress.value = Math.round(e.loaded * 100 / e.total); };
      xhr.onload = function () {
        var json = null;
        try { json = JSON.parse(xhr.responseText); } catch (ignored) { }
        if (xhr.status === 201 && json) {
          entry.done = true; entry.progress.value = 100;
          var count = document.querySelector('[data-library-count]');
          if (count) {
            var total = parseInt(count.getAttribute('data-library-count'), 10) + 1;
            count.setAttribute('data-library-count', total);
            count.textContent = total + ' tệp.';
          }
          entry.status.innerHTML = '';
          var a = document.createElement('a');
          a.href = '/admin/thu-vien/' + json.id; a.textContent = 'Đã tải lên – xem tệp';
          entry.status.appendChild(a);
        } else {
          entry.status.setAttribute('role', 'alert');
          entry.status.textContent = (json && (json.detail || json.title)) || ('Lỗi ' + xhr.status + ', chưa tải lên được.');
        }
        resolve();
      };
      xhr.onerror = function () { entry.status.textContent = 'Mất kết nối, chưa tải lên được.'; resolve(); };
      xhr.send(data);
    });
  }

  input.addEventListener('change', function () { add(input.files); input.value = ''; });
  ['dragenter', 'dragover'].forEach(function (t) { zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add('over'); }); });
  ['dragleave', 'drop'].forEach(function (t) { zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove('over'); }); });
  zone.addEventListener('drop', function (e) { add(e.dataTransfer.files); });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var pending = queue.filter(function (q) { return !q.done; });
    var missing = pending.filter(function (q) { return q.alt && !q.alt.value.trim(); });
    if (missing.length) { missing[0].alt.focus(); missing[0].status.textContent = 'Vui lòng nhập mô tả ảnh.'; return; }
    // Two at a time: parallel enough for many small files without starving the server's image work.
    var next = 0;
    function worker() { if (next >= pending.length) return Promise.resolve(); return send(pending[next++]).then(worker); }
    Promise.all([worker(), worker()]);
  });
})();
