// Suggestions as you type: an input with data-suggest="customers" (or "products") gets the
// matching codes and names from /suggest/<kind>?q=... in its datalist. Without JavaScript the
// fields still take a code or a name, and a name that fits several is answered with the choices.
(function () {
    'use strict';
    var timers = new WeakMap();
    function fill(input) {
        var list = document.getElementById(input.getAttribute('list'));
        var q = input.value.trim();
        if (!list || q.length < 1) {
            return;
        }
        fetch('/suggest/' + input.dataset.suggest + '?q=' + encodeURIComponent(q), {credentials: 'same-origin'})
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (suggestions) {
                list.replaceChildren.apply(list, suggestions.map(function (s) {
                    var option = document.createElement('option');
                    option.value = s.value;
                    option.textContent = s.label;
                    return option;
                }));
            })
            .catch(function () { /* no suggestions: the field still works */ });
    }
    document.addEventListener('input', function (event) {
        var input = event.target;
        if (!(input instanceof HTMLInputElement) || !input.dataset.suggest) {
            return;
        }
        clearTimeout(timers.get(input));
        timers.set(input, setTimeout(function () { fill(input); }, 150));
    });
}());
