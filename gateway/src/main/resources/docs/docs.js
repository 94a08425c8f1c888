// Swagger UI over every service's OpenAPI document. The list of documents comes from the gateway's routes
// (/api/docs/swagger-config), so that a new service appears here without touching this page.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    configUrl: '/api/docs/swagger-config',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout'
  });
});
