/*
 * The rebuild page's progress bar: polls the JSON of data-progress-url every second while a rebuild runs and shows
 * the records read, the state (texts from #rebuild-texts) and the generation in use once it has switched.
 */
(function () {
  'use strict';

  function text(id, value) {
    document.getElementById(id).textContent = value;
  }

  function number(n) {
    return Number(n).toLocaleString(document.documentElement.lang === 'en' ? 'en' : 'vi');
  }

  function show(status) {
    var texts = document.getElementById('rebuild-texts');
    var state = document.getElementById('rebuild-state');
    state.textContent = texts.getAttribute('data-' + status.state) || status.state;
    state.setAttribute('data-state', status.state);
    text('rebuild-active', status.active);
    text('rebuild-generation', status.generation || '—');
    text('rebuild-read', number(status.read));
    text('rebuild-total', number(status.total));
    var bar = document.getElementById('rebuild-progress');
    bar.value = status.percent;
    bar.textContent = status.percent + ' %';
    text('rebuild-percent', status.percent + ' %');
    document.getElementById('rebuild-start').disabled = status.state === 'running';
  }

  function poll(url) {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) return;
        show(status);
        if (status.state === 'running') window.setTimeout(function () { poll(url); }, 1000);
      })
      .catch(function () { window.setTimeout(function () { poll(url); }, 3000); });
  }

  function start() {
    var panel = document.getElementById('rebuild-status');
    if (!panel) return;
    var url = panel.getAttribute('data-progress-url');
    if (document.getElementById('rebuild-state').getAttribute('data-state') === 'running') poll(url);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}());
