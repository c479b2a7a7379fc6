// Renders the OpenAPI description with Swagger UI (a file of its own: the pages' CSP allows no inline script).
window.addEventListener('load', function () {
    var root = document.getElementById('swagger-ui');
    window.SwaggerUIBundle({url: root.getAttribute('data-spec'), domNode: root, deepLinking: true});
});
