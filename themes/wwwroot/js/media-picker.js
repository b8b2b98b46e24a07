// Content editor: pick a file from the library. A body button inserts the file's Markdown at the cursor;
// a media field's button puts the file's id in the field (the picker then lists only the field's kind).
(function () {
  var dialog = document.getElementById('media-picker');
  if (!dialog) return;
  var search = dialog.querySelector('input[type=search]');
  var results = dialog.querySelector('[data-picker-results]');
  var timer = null;
  var current = null;

  function load() {
    var url = '/admin/api/media?q=' + encodeURIComponent(search.value) + (current.kind ? '&kind=' + encodeURIComponent(current.kind) : '');
    fetch(url, { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (items) {
        results.innerHTML = '';
        if (!items.length) { results.textContent = 'Không có tệp phù hợp.'; return; }
        items.forEach(function (item) {
          var li = document.createElement('li');
          var button = document.createElement('button');
          button.type = 'button'; button.className = 'picker-item';
          if (item.thumbnail) { var img = document.createElement('img'); img.src = item.thumbnail; img.alt = ''; img.width = 120; img.height = 90; button.appendChild(img); }
          var name = document.createElement('span'); name.textContent = item.fileName + (item.alt ? ' – ' + item.alt : '');
          button.appendChild(name);
          button.addEventListener('click', function () { choose(item); });
          li.appendChild(button); results.appendChild(li);
        });
      })
      .catch(function () { results.textContent = 'Không tải được thư viện.'; });
  }

  function choose(item) {
    if (current.mode === 'field') {
      current.target.value = item.id;
      show(current.target, item.thumbnail, item.fileName + (item.alt ? ' – ' + item.alt : ''));
    } else {
      insert(current.target, item.markdown);
    }
    dialog.close();
    current.opener.focus();
  }

  function show(input, thumbnail, text) {
    var chosen = document.getElementById(input.id + '-chosen');
    if (!chosen) return;
    chosen.innerHTML = '';
    if (thumbnail) { var img = document.createElement('img'); img.src = thumbnail; img.alt = ''; img.width = 120; img.height = 90; chosen.appendChild(img); }
    var span = document.createElement('span'); span.textContent = text; chosen.appendChild(span);
  }

  function insert(target, text) {
    var start = target.selectionStart, end = target.selectionEnd, value = target.value;
    target.value = value.slice(0, start) + text + value.slice(end);
    target.selectionStart = target.selectionEnd = start + text.length;
    target.focus();
    target.dispatchEvent(new Event('input'));
  }

  document.querySelectorAll('[data-media-picker-open]').forEach(function (opener) {
    opener.addEventListener('click', function () {
      current = {
        opener: opener,
        target: document.getElementById(opener.getAttribute('data-media-picker-open')),
        kind: opener.getAttribute('data-media-kind') || '',
        mode: opener.getAttribute('data-media-mode') || 'insert'
      };
      dialog.showModal(); search.focus(); load();
    });
  });
  document.querySelectorAll('[data-media-clear]').forEach(function (button) {
    button.addEventListener('click', function () {
      var input = document.getElementById(button.getAttribute('data-media-clear'));
      input.value = '';
      show(input, null, 'Chưa chọn tệp.');
    });
  });
  // Upload from the picker: the new file is chosen at once, as if picked from the list.
  var upload = dialog.querySelector('[data-picker-upload]');
  var uploadFile = upload.querySelector('input[type=file]');
  var uploadAlt = upload.querySelector('input[type=text]');
  var uploadStatus = upload.querySelector('[data-picker-upload-status]');
  upload.querySelector('[data-picker-upload-send]').addEventListener('click', function () {
    var file = uploadFile.files[0];
    if (!file) { uploadStatus.textContent = 'Hãy chọn một tệp.'; uploadFile.focus(); return; }
    var data = new FormData();
    data.append('file', file);
    data.append('alt', uploadAlt.value);
    var token = document.querySelector('input[name="__RequestVerificationToken"]');
    if (token) data.append('__RequestVerificationToken', token.value);
    uploadStatus.textContent = 'Đang tải lên…';
    fetch('/admin/api/media', { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (json) { return { ok: r.status === 201, json: json }; }); })
      .then(function (answer) {
        if (!answer.ok) { uploadStatus.textContent = answer.json.detail || answer.json.title || 'Chưa tải lên được.'; return; }
        uploadStatus.textContent = '';
        uploadFile.value = ''; uploadAlt.value = '';
        choose(answer.json);
      })
      .catch(function () { uploadStatus.textContent = 'Mất kết nối, chưa tải lên được.'; });
  });
  // With script the field shows the chosen file (thumbnail and name); its id stays in the form, out of sight.
  document.querySelectorAll('.media-field .media-id').forEach(function (input) {
    input.hidden = true;
    input.removeAttribute('required');
    input.removeAttribute('pattern');
  });
  search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(load, 250); });
  dialog.querySelector('[data-picker-close]').addEventListener('click', function () { dialog.close(); });
})();
