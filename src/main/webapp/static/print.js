// The Print button of printable pages: opens the browser's print dialog (without JavaScript, use the browser's own Print).
document.addEventListener('click', function (event) {
    if (event.target instanceof HTMLElement && event.target.hasAttribute('data-print')) {
        window.print();
    }
});
