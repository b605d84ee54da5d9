// The register form (Mẫu 1): progressive enhancement only, the form works without it.
// The individual's fields show only when registering an individual; the error summary takes the focus.
(function () {
  var form = document.getElementById('register-form');
  var box = document.getElementById('individual');
  if (!form || !box) return;
  function sync() {
    var kind = form.querySelector('input[name=registrantKind]:checked');
    box.hidden = !!kind && kind.value === 'COLLECTIVE' && !box.querySelector('.field-error');
  }
  form.addEventListener('change', sync);
  sync();
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();
})();
