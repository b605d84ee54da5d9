// Pickers (unit, model): type a few letters, choose among the matches the page's JSON endpoint answers
// ([{id, label, path}] to ?q=). The field holds the chosen code; without this script it is a plain field with a
// link to the search page. Loaded once per picker (no inline script under the CSP): each picker starts once.
(function () {
  'use strict';

  function start(box) {
    if (box.getAttribute('data-picker-ready')) return;
    box.setAttribute('data-picker-ready', 'true');
    var input = box.querySelector('.picker-input');
    var list = box.querySelector('.picker-options');
    var chosen = box.querySelector('.picker-chosen');
    var status = box.querySelector('.picker-status');
    var source = box.getAttribute('data-source');
    if (!input || !list || !source) return;
    var choices = [], active = -1, asked = 0, timer = null;

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    function close() {
      list.hidden = true;
      list.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll('[role=option]');
      for (var i = 0; i < options.length; i++) options[i].setAttribute('aria-selected', String(i === index));
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({block: 'nearest'});
      }
    }

    function choose(index) {
      var choice = choices[index];
      if (!choice) return;
      input.value = choice.id;
      chosen.textContent = choice.path || choice.label;
      close();
      input.focus();
    }

    function show(answer) {
      choices = answer || [];
      list.textContent = '';
      choices.forEach(function (choice, index) {
        var option = document.createElement('li');
        option.id = list.id + '-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        var label = document.createElement('span');
        label.className = 'label';
        label.textContent = choice.label + ' (' + choice.id + ')';
        var path = document.createElement('span');
        path.className = 'path';
        path.textContent = choice.path || '';
        option.appendChild(label);
        option.appendChild(path);
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(index);
        });
        list.appendChild(option);
      });
      list.hidden = choices.length === 0;
      input.setAttribute('aria-expanded', String(choices.length > 0));
      status.textContent = choices.length > 0 ? choices.length + ' ' + box.getAttribute('data-found')
          : box.getAttribute('data-none');
      active = -1;
    }

    function search() {
      var query = input.value.trim();
      if (query.length < 2) {
        close();
        return;
      }
      var mine = ++asked;
      var url = source + (source.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(query);
      fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (answer) { if (mine === asked) show(answer); })
          .catch(close);
    }

    input.addEventListener('input', function () {
      chosen.textContent = '';
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) return;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight(Math.min(active + 1, choices.length - 1));
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  }

  function startAll() {
    var boxes = document.querySelectorAll('[data-picker]');
    for (var i = 0; i < boxes.length; i++) start(boxes[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startAll);
  else startAll();
})();
