// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    var input = document.getElementById(button.getAttribute("data-copy-target"));
    var status = document.getElementById("copy-status");
    if (!input || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(function () {
        button.textContent = "Link copied";
        if (status) { status.textContent = "The link to your result was copied."; }
      }, function () {
        input.select();
        if (status) { status.textContent = "Select the link and copy it."; }
      });
    });
  });
  var errors = document.getElementById("form-errors");
  if (errors) {
    errors.focus();
  }
});
