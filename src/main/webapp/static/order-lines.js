// Order entry by keyboard, with each line's figures at once.
// - Typing into the last line adds an empty line below it, so a clerk goes on with Tab and never
//   needs "More lines" (nor the mouse). Without JavaScript, "More lines" adds lines and puts the
//   cursor in the first new one.
// - As lines are typed, each shows its product, the stock free here and in all, the price, the
//   line total and whether the warehouse is short, with the order total below (from
//   /orders/figures). Without JavaScript the same figures come with every send (Preview).
(function () {
    'use strict';
    var form = document.getElementById('order-form');
    var body = document.querySelector('table.lines tbody');
    var rows = document.querySelector('input[name=rows]');
    var total = document.getElementById('entry-total');
    if (!form || !body || !rows) {
        return;
    }
    var shortLabel = body.closest('table').dataset.shortLabel || 'short';
    var timer;
    var asked = 0;

    function addLineAfterLast(event) {
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
        show(row, null);
        body.appendChild(row);
        rows.value = String(index + 1);
    }

    function cell(row, figure, text) {
        var found = row.querySelector('[data-figure=' + figure + ']');
        if (found) {
            found.textContent = text === null || text === undefined ? '' : String(text);
        }
        return found;
    }

    function show(row, line) {
        var name = cell(row, 'name', line && line.name);
        cell(row, 'freeHere', line && line.freeHere);
        cell(row, 'freeTotal', line && line.freeTotal);
        cell(row, 'unitPrice', line && line.unitPrice);
        cell(row, 'lineTotal', line && line.lineTotal);
        var isShort = Boolean(line && line.shortHere);
        row.classList.toggle('short', isShort);
        if (name && isShort) {
            var badge = document.createElement('span');
            badge.className = 'badge warn';
            badge.textContent = shortLabel;
            name.append(' ', badge);
        }
    }

    function refresh() {
        var params = new URLSearchParams();
        params.append('warehouse', form.elements.warehouse ? form.elements.warehouse.value : '');
        Array.prototype.forEach.call(body.children, function (row) {
            var inputs = row.querySelectorAll('input');
            params.append('sku', inputs[0].value);
            params.append('quantity', inputs[1].value);
        });
        var mine = ++asked;
        fetch('/orders/figures?' + params.toString(), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (figures) {
                if (!figures || mine !== asked) {
                    return; // a later answer is on its way
                }
                Array.prototype.forEach.call(body.children, function (row, i) { show(row, figures.lines[i]); });
                if (total) {
                    total.textContent = figures.total;
                }
            })
            .catch(function () { /* the figures come with Preview */ });
    }

    function later() {
        clearTimeout(timer);
        timer = setTimeout(refresh, 200);
    }

    body.addEventListener('input', function (event) {
        addLineAfterLast(event);
        later();
    });
    if (form.elements.warehouse) {
        form.elements.warehouse.addEventListener('change', later);
    }
}());
