// The upload form on the import history page: refuses a file over the size limit before it is sent
// (the server refuses it too, but only once the whole file has travelled), and says the import is
// running while the page waits, so that nobody presses the button twice.
(function () {
  var form = document.getElementById('upload-form');
  if (!form) {
    return;
  }
  var input = document.getElementById('file');
  var button = document.getElementById('upload-submit');
  var error = document.getElementById('file-error');
  var status = document.getElementById('upload-status');
  var maxBytes = Number(form.getAttribute('data-max-bytes'));
  var summary = document.getElementById('upload-error');
  if (summary) {
    // the server refused the last upload: take keyboard and screen reader users straight to why
    summary.focus();
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = false;
    input.setAttribute('aria-describedby', 'file-hint file-error');
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }

  form.addEventListener('submit', function (event) {
    var file = input.files && input.files[0];
    if (!file) {
      event.preventDefault();
      showError(form.getAttribute('data-none'));
      return;
    }
    if (maxBytes > 0 && file.size > maxBytes) {
      event.preventDefault();
      showError(form.getAttribute('data-too-large'));
      return;
    }
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    status.textContent = form.getAttribute('data-working').replace('{file}', file.name);
    button.disabled = true;
  });
})();
