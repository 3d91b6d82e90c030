// Ties each field's error message to its field (aria-invalid, aria-describedby), moves focus to the
// first field in error and says in the page title that there are errors. The pages work without it.
document.addEventListener('DOMContentLoaded', () => {
  const errors = Array.from(document.querySelectorAll('.field-error'));
  errors.forEach((error, i) => {
    let field = error.previousElementSibling;
    while (field && !field.matches('input, select, textarea')) {
      field = field.previousElementSibling;
    }
    if (!field) {
      return;
    }
    error.id = error.id || 'error-' + (field.id || i);
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', error.id);
  });
  const first = document.querySelector('[aria-invalid="true"]');
  if (first) {
    first.focus();
    const alert = document.querySelector('[role="alert"]');
    if (alert && !document.title.startsWith(alert.textContent.trim())) {
      document.title = alert.textContent.trim() + ' · ' + document.title;
    }
  }
});
