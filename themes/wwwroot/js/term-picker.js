// Term pickers of the content editor (topics, S&T fields, column series): the server renders a plain list of
// check boxes (or radio buttons) with names; a long list gets a filter box here, matching with or without
// diacritics ("khoa hoc" finds "Khoa học"). Ticked terms stay visible whatever the filter.
(function () {
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  document.querySelectorAll('[data-term-picker]').forEach(function (picker) {
    var list = picker.querySelector('.term-options');
    var items = Array.prototype.slice.call(list.querySelectorAll('li'));
    if (items.length < 8) return;
    var id = picker.id + '-filter';
    var box = document.createElement('div');
    box.className = 'term-filter';
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = 'Lọc theo tên';
    var input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    input.autocomplete = 'off';
    var status = document.createElement('p');
    status.className = 'hint';
    status.id = id + '-status';
    status.setAttribute('aria-live', 'polite');
    input.setAttribute('aria-describedby', status.id);
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(status);
    picker.insertBefore(box, list);
    var names = items.map(function (item) { return fold(item.textContent); });

    function update() {
      var query = fold(input.value.trim());
      var shown = 0;
      items.forEach(function (item, i) {
        var match = !query || names[i].indexOf(query) >= 0 || item.querySelector('input').checked;
        item.hidden = !match;
        if (match) shown++;
      });
      status.textContent = query ? shown + ' mục phù hợp' : '';
    }

    input.addEventListener('input', update);
    // Enter in the filter must not submit the editor's form: it moves to the first match instead.
    input.addEventListener('keydown', function (event) {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      var first = list.querySelector('li:not([hidden]) input');
      if (first) first.focus();
    });
  });
})();
