// Search suggestions as you type: the WAI-ARIA combobox pattern (list autocomplete) over every
// input[data-suggest]. Without this file the inputs are plain search fields that still work.
(function () {
  'use strict';
  var counter = 0;

  function setup(input) {
    var id = 'goi-y-' + (++counter);
    var list = document.createElement('ul');
    list.id = id;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Gợi ý tìm kiếm');
    list.hidden = true;
    input.parentNode.style.position = 'relative';
    input.parentNode.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);

    var items = [];
    var active = -1;
    var timer = null;
    var lastQuery = '';

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      items.forEach(function (li, i) { li.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0) { input.setAttribute('aria-activedescendant', items[index].id); }
      else { input.removeAttribute('aria-activedescendant'); }
    }

    function choose(index) {
      var li = items[index];
      if (!li) { return; }
      if (li.dataset.url) { window.location.href = li.dataset.url; return; }
      input.value = li.dataset.label;
      close();
      input.form.submit();
    }

    function render(suggestions) {
      list.textContent = '';
      items = suggestions.map(function (s, i) {
        var li = document.createElement('li');
        li.id = id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.label = s.label;
        if (s.url) { li.dataset.url = s.url; li.className = 'suggestion-title'; }
        li.textContent = s.label;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(i); });
        list.appendChild(li);
        return li;
      });
      active = -1;
      if (items.length === 0) { close(); return; }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q.length < 2) { render([]); return; }
      if (q === lastQuery) { return; }
      lastQuery = q;
      fetch('/api/search/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) { render(data.suggestions || []); } })
        .catch(function () { render([]); });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        if (list.hidden) { lastQuery = ''; fetchSuggestions(); return; }
        e.preventDefault();
        highlight(active < items.length - 1 ? active + 1 : 0);
      } else if (e.key === 'ArrowUp') {
        if (list.hidden) { return; }
        e.preventDefault();
        highlight(active > 0 ? active - 1 : items.length - 1);
      } else if (e.key === 'Enter') {
        if (!list.hidden && active >= 0) { e.preventDefault(); choose(active); }
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ''; }
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  }

  document.querySelectorAll('input[data-suggest]').forEach(setup);
})();
// The search page's filter panel (<details data-open-wide>) starts closed so results come first on phones;
// where there is room beside the results it opens. Without this file it simply stays closed, one click away.
(function () {
  'use strict';
  if (!window.matchMedia || !window.matchMedia('(min-width: 48.01rem)').matches) return;
  document.querySelectorAll('details[data-open-wide]').forEach(function (panel) { panel.open = true; });
})();
