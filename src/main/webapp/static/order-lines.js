// Order entry by keyboard: typing into the last line adds an empty line below it, so a clerk goes
// on with Tab and never needs "More lines" (nor the mouse). Without JavaScript, "More lines" adds
// lines and puts the cursor in the first new one.
(function () {
    'use strict';
    var body = document.querySelector('table.lines tbody');
    var rows = document.querySelector('input[name=rows]');
    if (!body || !rows) {
        return;
    }
    body.addEventListener('input', function (event) {
        var last = body.lastElementChild;
        if (!last || !last.contains(event.target) || event.target.value === '' || body.children.length >= 500) {
            return;
        }
        var index = body.children.length;
        var row = last.cloneNode(true);
        row.firstElementChild.textContent = String(index + 1);
        row.querySelectorAll('input').forEach(function (input) {
            input.name = input.name.replace(/\[\d+\]/, '[' + index + ']');
            input.id = input.name;
            input.value = '';
            ['aria-invalid', 'aria-describedby', 'autofocus'].forEach(function (name) { input.removeAttribute(name); });
        });
        row.querySelectorAll('.error').forEach(function (message) { message.remove(); });
        row.querySelectorAll('.has-error').forEach(function (cell) { cell.classList.remove('has-error'); });
        body.appendChild(row);
        rows.value = String(index + 1);
    });
}());
