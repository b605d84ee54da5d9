// Login page: a click on a demo user fills the form (no inline script: the pages' CSP forbids it).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('button.pick').forEach(function (button) {
    button.addEventListener('click', function () {
      document.getElementById('username').value = button.dataset.username || '';
      var password = document.getElementById('password');
      if (button.dataset.password) {
        password.value = button.dataset.password;
      }
      password.focus();
    });
  });
});
