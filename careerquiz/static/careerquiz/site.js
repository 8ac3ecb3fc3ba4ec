// Progressive enhancement only: every page works without this file. Its words come from
// data- attributes, written by the templates in the page's language.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    var input = document.getElementById(button.getAttribute("data-copy-target"));
    var status = document.getElementById("copy-status");
    if (!input || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(function () {
        button.textContent = button.getAttribute("data-copied");
        if (status) { status.textContent = button.getAttribute("data-copied-status"); }
      }, function () {
        input.select();
        if (status) { status.textContent = button.getAttribute("data-copy-failed"); }
      });
    });
  });
  var errors = document.getElementById("form-errors");
  if (errors) {
    errors.focus();
  }
});
