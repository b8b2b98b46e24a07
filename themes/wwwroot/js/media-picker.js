// Content editor: pick a file from the library and insert its Markdown at the cursor of the body.
(function () {
  var dialog = document.getElementById('media-picker');
  var opener = document.querySelector('[data-media-picker-open]');
  if (!dialog || !opener) return;
  var target = document.getElementById(opener.getAttribute('data-media-picker-open'));
  var search = dialog.querySelector('input[type=search]');
  var results = dialog.querySelector('[data-picker-results]');
  var timer = null;

  function load() {
    fetch('/admin/api/media?q=' + encodeURIComponent(search.value), { credentials: 'same-origin' })
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
          button.addEventListener('click', function () { insert(item.markdown); dialog.close(); });
          li.appendChild(button); results.appendChild(li);
        });
      })
      .catch(function () { results.textContent = 'Không tải được thư viện.'; });
  }

  function insert(text) {
    var start = target.selectionStart, end = target.selectionEnd, value = target.value;
    target.value = value.slice(0, start) + text + value.slice(end);
    target.selectionStart = target.selectionEnd = start + text.length;
    target.focus();
    target.dispatchEvent(new Event('input'));
  }

  opener.addEventListener('click', function () { dialog.showModal(); search.focus(); load(); });
  search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(load, 250); });
  dialog.querySelector('[data-picker-close]').addEventListener('click', function () { dialog.close(); });
})();
